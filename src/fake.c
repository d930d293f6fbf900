/* Fake French values: list entries picked by a keyed seed, shaped like the
 * source cell (letter case, phone layout) without copying any of it. */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fake.h"
#include "fake_lists.h"
#include "norm.h"
#include "util.h"

/*
 * The seed is cut into independent parts so that, for one seed, the first
 * name and the surname are not tied to each other:
 *   bytes 0..5   (48 bits) -> first name, street, city
 *   bytes 6..11  (48 bits) -> surname
 *   bytes 12..15 (32 bits) -> house number, email domain, phone digits
 * Taking a value modulo a list length is biased by at most count / 2^bits:
 * under 2^-39 for the lists, under 2^-18 for the phone digits, which no
 * frequency attack on a few thousand rows can see.
 */
#define SEED_A_OFF	0
#define SEED_B_OFF	6
#define SEED_C_OFF	12

#define ADDRESS_MAX_NUMBER	150

/* RFC 2606 reserved names plus the .fr one AFNIC keeps out of use; their
 * lengths beside them, so that an email costs no strlen. */
#define EMAIL_DOMAINS(X) \
	X("example.fr") X("example.com") X("example.org") X("example.net")
#define DOMAIN_NAME(d)	d,
#define DOMAIN_LEN(d)	sizeof(d) - 1,
static const char *const fake_email_domains[] = { EMAIL_DOMAINS(DOMAIN_NAME) };
static const unsigned char fake_email_domain_lens[] = {
	EMAIL_DOMAINS(DOMAIN_LEN)
};
#define EMAIL_NDOMAINS	\
	(sizeof(fake_email_domains) / sizeof(fake_email_domains[0]))

static const struct {
	const char	*name;
	enum fake_kind	 kind;
} fake_kind_names[] = {
	{ "first_name",	FAKE_FIRST_NAME },
	{ "last_name",	FAKE_LAST_NAME },
	{ "full_name",	FAKE_FULL_NAME },
	{ "address",	FAKE_ADDRESS },
	{ "city",	FAKE_CITY },
	{ "email",	FAKE_EMAIL },
	{ "phone",	FAKE_PHONE },
};

int
fake_kind_parse(const char *name, enum fake_kind *kind)
{
	size_t i;

	for (i = 0; i < sizeof(fake_kind_names) / sizeof(fake_kind_names[0]);
	    i++) {
		if (strcmp(name, fake_kind_names[i].name) == 0) {
			*kind = fake_kind_names[i].kind;
			return 0;
		}
	}
	return -EINVAL;
}

/* True when the source has letters and none of them is lower-case:
 * "HÉLÈNE", "LE GOFF", "D'ALMEIDA" but not "Le Goff" nor "12". */
static bool
like_is_upper(const char *like, size_t len)
{
	const uint8_t *s = (const uint8_t *)like;
	bool upper = false;
	ucs4_t uc;
	int n;

	while (len > 0) {
		if (*s < 0x80) {	/* ASCII without the Unicode tables */
			if (*s >= 'a' && *s <= 'z')
				return false;
			if (*s >= 'A' && *s <= 'Z')
				upper = true;
			s++;
			len--;
			continue;
		}
		n = u8_mbtouc(&uc, s, len);
		if (uc_is_property_lowercase(uc))
			return false;
		if (uc_is_property_uppercase(uc))
			upper = true;
		s += n;
		len -= n;
	}
	return upper;
}

/*
 * The upper-case form of every list entry, made once by u8_toupper itself:
 * upper-case sources are common ("LE GOFF", "MARTIN"), and mapping the same
 * entry again for each cell cost more than the rest of the fake value.
 * Entries are found by list and index; NULL (no memory at start) means mapping
 * each time, as before.  The bytes are the same either way.
 */
enum { LIST_FIRST, LIST_FIRST_F, LIST_FIRST_M, LIST_LAST, LIST_STREET,
    LIST_CITY, UPPER_LISTS };

static struct {
	const char *const	*items;
	const unsigned		*count;
	char			**upper;
	/* Byte lengths of items and upper (strlen was a call per value);
	 * NULL: strlen. */
	unsigned char		*len, *upper_len;
	/* Each entry as norm_value (NORM_TEXT) makes it, to tell a draw
	 * that says its source (fake.h, avoid); NULL: no memory. */
	char			**norm;
	unsigned char		*norm_len;
} upper_lists[UPPER_LISTS] = {
	{ fake_list_first_names, &fake_list_first_names_count, NULL, NULL, NULL, NULL, NULL },
	{ fake_list_first_names_female, &fake_list_first_names_female_count, NULL, NULL, NULL, NULL, NULL },
	{ fake_list_first_names_male, &fake_list_first_names_male_count, NULL, NULL, NULL, NULL, NULL },
	{ fake_list_last_names, &fake_list_last_names_count, NULL, NULL, NULL, NULL, NULL },
	{ fake_list_street_names, &fake_list_street_names_count, NULL, NULL, NULL, NULL, NULL },
	{ fake_list_cities, &fake_list_cities_count, NULL, NULL, NULL, NULL, NULL },
};
static pthread_once_t upper_once = PTHREAD_ONCE_INIT;
static pthread_once_t len_once = PTHREAD_ONCE_INIT;
static pthread_once_t norm_once = PTHREAD_ONCE_INIT;
/* Set once each init has run: no call to pthread_once per value after. */
static int upper_ready, len_ready, norm_ready;

/* The byte length of each of n strings, or NULL (no memory, or one longer
 * than a byte counts). */
static unsigned char *
lengths_of(const char *const *items, unsigned n)
{
	unsigned char *t = malloc(n ? n : 1);
	size_t len;

	for (unsigned i = 0; t != NULL && i < n; i++) {
		if (items[i] == NULL || (len = strlen(items[i])) > 255) {
			free(t);
			return NULL;
		}
		t[i] = (unsigned char)len;
	}
	return t;
}

static void
len_init(void)
{
	for (size_t l = 0; l < UPPER_LISTS; l++)
		upper_lists[l].len = lengths_of(upper_lists[l].items,
		    *upper_lists[l].count);
}

static char *
map_upper(const char *s)
{
	size_t len = 0;
	uint8_t *res;
	char *z;

	/* ASCII (most entries): a-z alone change, as under u8_toupper with
	 * no language, which takes some thousand instructions an entry. */
	if (util_is_ascii(s, strlen(s))) {
		if ((z = strdup(s)) != NULL)
			for (char *c = z; *c != '\0'; c++)
				if (*c >= 'a' && *c <= 'z')
					*c = (char)(*c - 'a' + 'A');
		return z;
	}
	/* Locale-independent mapping: the output must not depend on LANG. */
	res = u8_toupper((const uint8_t *)s, strlen(s), NULL, NULL, NULL, &len);
	if (res == NULL || (z = malloc(len + 1)) == NULL) {
		free(res);
		return NULL;
	}
	memcpy(z, res, len);
	z[len] = '\0';
	free(res);
	return z;
}

static void
upper_init(void)
{
	for (size_t l = 0; l < UPPER_LISTS; l++) {
		unsigned n = *upper_lists[l].count;
		char **t = calloc(n ? n : 1, sizeof(*t));

		for (unsigned i = 0; t != NULL && i < n; i++) {
			if ((t[i] = map_upper(upper_lists[l].items[i])) != NULL)
				continue;
			while (i-- > 0)
				free(t[i]);
			free(t);
			t = NULL;
		}
		upper_lists[l].upper = t;
		if (t != NULL)
			upper_lists[l].upper_len = lengths_of(
			    (const char *const *)t, n);
	}
}

/* The normalized form of every entry, made once: a value's draw is then
 * compared with its source without normalizing the draw (the example
 * policy fakes four cells a row). */
static void
norm_init(void)
{
	struct buf b = BUF_INIT;

	for (size_t l = 0; l < UPPER_LISTS; l++) {
		unsigned n = *upper_lists[l].count;
		char **t = calloc(n ? n : 1, sizeof(*t));
		unsigned char *tl = malloc(n ? n : 1);

		for (unsigned i = 0; t != NULL && tl != NULL && i < n; i++) {
			const char *e = upper_lists[l].items[i];

			if (norm_value(NORM_TEXT, e, strlen(e), &b) == 0 &&
			    b.len <= 255 && (t[i] = malloc(b.len + 1)) != NULL) {
				memcpy(t[i], b.data ? b.data : "", b.len);
				t[i][b.len] = '\0';
				tl[i] = (unsigned char)b.len;
				continue;
			}
			while (i-- > 0)
				free(t[i]);
			free(t);
			t = NULL;
		}
		if (t == NULL) {
			free(tl);
			tl = NULL;
		}
		upper_lists[l].norm = t;
		upper_lists[l].norm_len = tl;
	}
	buf_free(&b);
}

/* Is w[0..n) in s[0..len) as whole space-separated words ("le du" in
 * "annick le du", "goff" in "le goff")? */
static bool
word_among(const char *w, size_t n, const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	while (p < end) {
		const char *sp;

		if ((size_t)(end - p) >= n && memcmp(p, w, n) == 0 &&
		    (p + n == end || p[n] == ' '))
			return true;
		if ((sp = memchr(p, ' ', (size_t)(end - p))) == NULL)
			break;
		p = sp + 1;
	}
	return false;
}

/* Does entry k of list l say the source `avoid` (normalized)?  The same
 * text, after `prefix` (an address's number and space); for a name, also
 * the entry as whole words of the source ("Le Du" drawn for "Annick Le
 * Du") or one word of three bytes or more of it that is a word of the
 * source's ("Goff" of "Le Goff" for "Goff"; "le", "de" alone are no
 * match). */
static bool
entry_says(size_t l, size_t k, const char *prefix, size_t plen,
    const char *avoid, size_t alen)
{
	const char *e = upper_lists[l].norm[k], *p, *end;
	size_t n = upper_lists[l].norm_len[k];

	if (alen == plen + n && memcmp(avoid, prefix, plen) == 0 &&
	    memcmp(avoid + plen, e, n) == 0)
		return true;
	if (l != LIST_FIRST && l != LIST_FIRST_F && l != LIST_FIRST_M &&
	    l != LIST_LAST)
		return false;
	if (word_among(e, n, avoid, alen))
		return true;
	for (p = e, end = e + n; p < end;) {
		const char *sp = memchr(p, ' ', (size_t)(end - p));
		size_t m = (size_t)((sp != NULL ? sp : end) - p);

		if (m >= 3 && word_among(p, m, avoid, alen))
			return true;
		p += m + 1;
	}
	return false;
}

/* The entry of list l that draw i gives: i modulo the list's length, or,
 * when that entry says the source (row->avoid), the next one that does
 * not.  Keyed and deterministic as the draw itself.  -ENOMEM when the
 * normalized entries could not be made: no value then, rather than one
 * that may say its source. */
static int
pick(size_t l, uint64_t i, const struct fake_row *row, size_t *k,
    const char *prefix, size_t plen)
{
	size_t n = *upper_lists[l].count;

	*k = (size_t)(i % n);
	if (row == NULL || row->avoid == NULL)
		return 0;
	if (!__atomic_load_n(&norm_ready, __ATOMIC_ACQUIRE)) {
		pthread_once(&norm_once, norm_init);
		__atomic_store_n(&norm_ready, 1, __ATOMIC_RELEASE);
	}
	if (upper_lists[l].norm == NULL)
		return -ENOMEM;
	for (size_t step = 0; step < n; step++) {
		if (!entry_says(l, *k, prefix, plen, row->avoid,
		    row->avoid_len))
			return 0;
		*k = (*k + 1) % n;
	}
	*k = (size_t)(i % n);	/* every entry says it: cannot happen */
	return 0;
}

/* Append entry k of list l (pick's), upper-cased with its accents when
 * asked. */
static int
append_entry(struct buf *out, size_t l, size_t k, bool upper)
{
	const char *s = upper_lists[l].items[k];
	uint8_t stack[256], *res;
	size_t len = sizeof(stack);
	int r;

	if (!upper) {
		if (!__atomic_load_n(&len_ready, __ATOMIC_ACQUIRE)) {
			pthread_once(&len_once, len_init);
			__atomic_store_n(&len_ready, 1, __ATOMIC_RELEASE);
		}
		return buf_append_short(out, s, upper_lists[l].len != NULL ?
		    upper_lists[l].len[k] : strlen(s));
	}
	if (!__atomic_load_n(&upper_ready, __ATOMIC_ACQUIRE)) {
		pthread_once(&upper_once, upper_init);
		__atomic_store_n(&upper_ready, 1, __ATOMIC_RELEASE);
	}
	if (upper_lists[l].upper != NULL)
		return buf_append_short(out, upper_lists[l].upper[k],
		    upper_lists[l].upper_len != NULL ?
		    upper_lists[l].upper_len[k] :
		    strlen(upper_lists[l].upper[k]));
	res = u8_toupper((const uint8_t *)s, strlen(s), NULL, NULL, stack,
	    &len);
	if (res == NULL)
		return -ENOMEM;
	r = buf_append(out, res, len);
	if (res != stack)
		free(res);
	return r;
}

/* What an ASCII byte of a name becomes in an email local part (0: dropped). */
static const char email_ascii[128] = {
	['-'] = '-',
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
	['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e',
	['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j',
	['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o',
	['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't',
	['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
	['Z'] = 'z',
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e',
	['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
	['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o',
	['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
	['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y',
	['z'] = 'z',
};

/* All eight bytes ASCII letters: ORed with 0x20 (lower case), each is in
 * a-z, which no other byte becomes. */
#define WORD_LOWER(w)	((w) | 0x2020202020202020ULL)
static inline bool
word_letters(uint64_t w)
{
	uint64_t lo = WORD_LOWER(w), ones = 0x0101010101010101ULL,
	    highs = 0x8080808080808080ULL;

	return (w & highs) == 0 && ((lo + ones * (0x80 - 'a')) &
	    ~(lo + ones * (0x7f - 'z')) & highs) == highs;
}

/*
 * The start of an ASCII name made of letters only (most fake names), in
 * lower case eight bytes at a time into d: whole words, the last one
 * overlapping the word before (or two overlapping halves of a name of 4 to
 * 7 bytes), so that no byte loop is left.  Returns the bytes done: all of
 * len, or where a word holds something else (a space, an apostrophe, an
 * accent), for the byte loop to go on from.
 */
static size_t
email_letters(char *d, const uint8_t *p, size_t len)
{
	uint64_t w;
	uint32_t a, b;
	size_t k = 0, at;

	if (len < 4)
		return 0;
	if (len < 8) {
		memcpy(&a, p, 4);
		memcpy(&b, p + len - 4, 4);
		if (!word_letters(a | (uint64_t)b << 32))
			return 0;
		a = (uint32_t)WORD_LOWER((uint64_t)a);
		b = (uint32_t)WORD_LOWER((uint64_t)b);
		memcpy(d, &a, 4);
		memcpy(d + len - 4, &b, 4);
		return len;
	}
	while (k < len) {
		at = len - k >= 8 ? k : len - 8;
		memcpy(&w, p + at, 8);
		if (!word_letters(w))
			return k;
		w = WORD_LOWER(w);
		memcpy(d + at, &w, 8);
		k = at + 8;
	}
	return len;
}

/* Append `s` as an email local part: ASCII lower-case, accents stripped
 * ("Gaëlle" -> "gaelle"), spaces and apostrophes dropped ("D'Almeida" ->
 * "dalmeida"), hyphens kept. */
static int
append_email_part_n(struct buf *out, const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s;
	ucs4_t uc, dec[UC_DECOMPOSITION_MAX_LENGTH];
	size_t k;
	int n, r;

	while (len > 0) {
		/* An ASCII run: letters lower-cased, digits and hyphens as
		 * they are, the rest dropped; from a table, without a branch
		 * per byte (each byte gives at most one). */
		if (*p < 0x80) {
			char *d;

			if ((r = buf_reserve(out, len)) != 0)
				return r;
			d = out->data + out->len;
			k = email_letters(d, p, len);
			d += k;
			p += k;
			len -= k;
			for (; len > 0 && *p < 0x80; p++, len--) {
				*d = email_ascii[*p];
				d += *d != 0;
			}
			out->len = (size_t)(d - out->data);
			continue;
		}
		n = u8_mbtouc(&uc, p, len);
		p += n;
		len -= n;
		if (uc >= 0x80 && uc_is_property_uppercase(uc))
			uc = uc_tolower(uc);	/* "É" of an upper-case fake */
		/* The base letter comes first in a canonical decomposition. */
		while (uc >= 0x80 && uc_canonical_decomposition(uc, dec) > 0)
			uc = dec[0];
		if (uc >= 'A' && uc <= 'Z')
			uc += 'a' - 'A';
		if ((uc >= 'a' && uc <= 'z') || (uc >= '0' && uc <= '9') ||
		    uc == '-')
			r = buf_putc(out, (char)uc);
		else if (uc == 0x152 || uc == 0x153)	/* Œ œ */
			r = buf_append_str(out, "oe");
		else if (uc == 0xc6 || uc == 0xe6)	/* Æ æ */
			r = buf_append_str(out, "ae");
		else if (uc == 0xdf)			/* ß */
			r = buf_append_str(out, "ss");
		else
			r = 0;
		if (r != 0)
			return r;
	}
	return 0;
}

static int
append_email_part(struct buf *out, const char *s)
{
	return append_email_part_n(out, s, strlen(s));
}

int
fake_email_part(const char *s, size_t len, struct buf *out)
{
	return append_email_part_n(out, s, len);
}

enum fake_sex
fake_sex_of(const char *norm, size_t len)
{
	static const char *const female[] = { "f", "femme", "feminin",
	    "female", "2" };
	static const char *const male[] = { "m", "h", "homme", "masculin",
	    "male", "1" };
	size_t i;

	for (i = 0; i < sizeof(female) / sizeof(female[0]); i++)
		if (strlen(female[i]) == len && memcmp(norm, female[i], len) == 0)
			return FAKE_SEX_FEMALE;
	for (i = 0; i < sizeof(male) / sizeof(male[0]); i++)
		if (strlen(male[i]) == len && memcmp(norm, male[i], len) == 0)
			return FAKE_SEX_MALE;
	return FAKE_SEX_UNKNOWN;
}

/* The first-name list of the row's sex, or both when it is unknown. */
static size_t
first_list(enum fake_sex sex)
{
	return sex == FAKE_SEX_FEMALE ? LIST_FIRST_F :
	    sex == FAKE_SEX_MALE ? LIST_FIRST_M : LIST_FIRST;
}

/* A first name for the seed, from the list of the row's sex if known. */
static const char *
first_name(uint64_t a, enum fake_sex sex)
{
	if (sex == FAKE_SEX_FEMALE)
		return fake_list_first_names_female[a %
		    fake_list_first_names_female_count];
	if (sex == FAKE_SEX_MALE)
		return fake_list_first_names_male[a %
		    fake_list_first_names_male_count];
	return fake_list_first_names[a % fake_list_first_names_count];
}

/* An email address: from the row's fake names when it shows both, so the
 * row reads as one person; else from names of its own seed. */
static int
fake_email(uint64_t a, uint64_t b, uint64_t c, const struct fake_row *row,
    struct buf *out)
{
	bool names = row != NULL && row->first_len > 0 && row->last_len > 0;
	int r;

	if (names && row->first_email != NULL)
		r = buf_append_short(out, row->first_email,
		    row->first_email_len);
	else if (names)
		r = append_email_part_n(out, row->first, row->first_len);
	else
		r = append_email_part(out, first_name(a, FAKE_SEX_UNKNOWN));
	if (r == 0)
		r = buf_putc(out, '.');
	if (r == 0 && names && row->last_email != NULL)
		r = buf_append_short(out, row->last_email, row->last_email_len);
	else if (r == 0 && names)
		r = append_email_part_n(out, row->last, row->last_len);
	else if (r == 0)
		r = append_email_part(out,
		    fake_list_last_names[b % fake_list_last_names_count]);
	if (r == 0)
		r = buf_putc(out, '@');
	if (r == 0)
		r = buf_append_short(out, fake_email_domains[c % EMAIL_NDOMAINS],
		    fake_email_domain_lens[c % EMAIL_NDOMAINS]);
	return r;
}

/* fake_plain for the entries of one list (or the email domains). */
static bool
entries_plain(const char *const *items, size_t n, char delim, bool utf8)
{
	for (size_t i = 0; i < n; i++)
		for (const unsigned char *p = (const unsigned char *)items[i];
		    *p != '\0'; p++)
			if (*p == (unsigned char)delim || *p == '"' ||
			    *p == '\r' || *p == '\n' || (!utf8 && *p >= 0x80))
				return false;
	return true;
}

static bool
list_plain(size_t l, char delim, bool utf8)
{
	return entries_plain(upper_lists[l].items, *upper_lists[l].count,
	    delim, utf8);
}

/*
 * Besides list entries (upper-cased or not: u8_toupper maps letters to
 * letters), values hold only digits, spaces, "+33", '.', '@', '-', the
 * letters of an email part and a phone's separators copied from its
 * source, which, unquoted, holds neither the delimiter nor a quote nor a
 * line end.  Delimiters are ';', ',', tab or '|' (dialect.h).
 */
int
fake_plain(enum fake_kind kind, char delim, int utf8)
{
	if (delim != ';' && delim != ',' && delim != '\t' && delim != '|')
		return false;
	switch (kind) {
	case FAKE_FIRST_NAME:
		return list_plain(LIST_FIRST, delim, utf8) &&
		    list_plain(LIST_FIRST_F, delim, utf8) &&
		    list_plain(LIST_FIRST_M, delim, utf8);
	case FAKE_LAST_NAME:
		return list_plain(LIST_LAST, delim, utf8);
	case FAKE_FULL_NAME:
		return fake_plain(FAKE_FIRST_NAME, delim, utf8) &&
		    fake_plain(FAKE_LAST_NAME, delim, utf8);
	case FAKE_ADDRESS:
		return list_plain(LIST_STREET, delim, utf8);
	case FAKE_CITY:
		return list_plain(LIST_CITY, delim, utf8);
	case FAKE_EMAIL:
		return entries_plain(fake_email_domains, EMAIL_NDOMAINS, delim,
		    utf8);
	case FAKE_PHONE:
		return true;
	default:
		return false;
	}
}

/*
 * Phones.  ARCEP reserves one block of 10,000 numbers per zone for fiction
 * (films, books, examples): 01 99 00, 02 61 91, 03 53 01, 04 65 71,
 * 05 36 49 and, for mobiles, 06 39 98; none can ever ring a subscriber.
 * The source's zone picks the block (06 and 07 are mobiles; 08, 09 and
 * anything unreadable fall back to 01).
 */
#define PHONE_NSN_DIGITS	9	/* national number without the trunk 0 */

static const char *
phone_block(char zone)
{
	switch (zone) {
	case '2':	return "26191";
	case '3':	return "35301";
	case '4':	return "46571";
	case '5':	return "53649";
	case '6':
	case '7':	return "63998";
	default:	return "19900";
	}
}

/* Characters that may sit between the digits of a phone and be kept. */
/* The 5-digit block then x as 4 digits: snprintf would cost more than the
 * rest of the phone. */
static void
put_block(char nsn[PHONE_NSN_DIGITS + 1], const char *block, unsigned x)
{
	memcpy(nsn, block, 5);
	for (int i = 8; i >= 5; i--, x /= 10)
		nsn[i] = (char)('0' + x % 10);
	nsn[PHONE_NSN_DIGITS] = '\0';
}

static bool
is_phone_sep(char c)
{
	return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' ||
	    c == ')';
}

/* Length of the national/international prefix at the start of `like`:
 * leading spaces, then "+33" or "0033" (optionally followed by "(0)"), or
 * the trunk "0".  Only these known characters are ever copied. */
static size_t
phone_prefix(const char *like, size_t len, bool *intl)
{
	size_t i = 0, j;

	*intl = false;
	while (i < len && like[i] == ' ')
		i++;
	if (len - i >= 3 && memcmp(like + i, "+33", 3) == 0)
		i += 3;
	else if (len - i >= 4 && memcmp(like + i, "0033", 4) == 0)
		i += 4;
	else
		return i < len && like[i] == '0' ? i + 1 : i;
	*intl = true;
	/* "+33 (0)6 ..." keeps its bracketed trunk zero. */
	for (j = i; j < len && (like[j] == ' ' || like[j] == '.' ||
	    like[j] == '-'); j++)
		;
	if (len - j >= 3 && memcmp(like + j, "(0)", 3) == 0)
		i = j + 3;
	return i;
}

#if defined(__SSE2__)
/* The source's bytes with its digits (bits of dig) replaced by nsn's, in
 * order; whether the digits were already nsn's. */
static bool
phone_put(char *d, const char *like, size_t len, uint32_t dig,
    const char nsn[PHONE_NSN_DIGITS])
{
	bool same = true;

	buf_copy(d, like, len);	/* 8 to 16 bytes: inline */
	for (int k = 0; dig != 0; dig &= dig - 1, k++) {
		same &= d[__builtin_ctz(dig)] == nsn[k];
		d[__builtin_ctz(dig)] = nsn[k];
	}
	return same;
}

/*
 * The common phone ("06 92 75 54 21", "0692755421", "05.36.49.00.00") in
 * one pass: a source of 8 to 16 bytes is read as two overlapping words,
 * its digits and separators found as two bit masks, and when every byte
 * after the prefix is one or the other and the digits are nine, the fake
 * is the source with its digits replaced, as fake_phone's layout branch
 * writes it (same bytes; anything else goes the long way).  Returns 1 when
 * written, 0 to go the long way, or -errno.
 */
/* The bits set in a 16-bit mask, inline: without -mpopcnt (not in the
 * x86-64 baseline) __builtin_popcount is a call to libgcc. */
static inline unsigned
popcount16(uint32_t x)
{
	x -= (x >> 1) & 0x5555;
	x = (x & 0x3333) + ((x >> 2) & 0x3333);
	x = (x + (x >> 4)) & 0x0f0f;
	return (x + (x >> 8)) & 0x1f;
}

static int
phone_fast(const uint8_t seed[FAKE_SEED_BYTES], const char *like,
    size_t len, size_t pre, struct buf *out)
{
	char nsn[PHONE_NSN_DIGITS + 1];
	const char *zone;
	__m128i v, t;
	uint32_t dig, sep, want;
	unsigned x;
	int r;

	if (len < 8 || len > 16 || pre >= len)
		return 0;
	v = _mm_unpacklo_epi64(_mm_loadl_epi64((const __m128i *)like),
	    _mm_loadl_epi64((const __m128i *)(like + len - 8)));
	t = _mm_sub_epi8(v, _mm_set1_epi8('0'));
	dig = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t,
	    _mm_set1_epi8(9)), t));
	t = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))));
	t = _mm_or_si128(t, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8(')'))));
	sep = (uint32_t)_mm_movemask_epi8(t);
	/* Bit i for byte i of the source: the two words overlap when len <
	 * 16, and a byte read twice is classified the same twice. */
	want = ((1u << len) - 1) & ~((1u << pre) - 1);
	dig = ((dig & 0xff) | (dig >> 8) << (len - 8)) & want;
	sep = ((sep & 0xff) | (sep >> 8) << (len - 8)) & want;
	if ((dig | sep) != want || popcount16(dig) != PHONE_NSN_DIGITS)
		return 0;
	x = (unsigned)(util_load_le(seed + SEED_C_OFF, 4) % 10000);
	zone = phone_block(like[__builtin_ctz(dig)]);
	put_block(nsn, zone, x);
	if ((r = buf_reserve(out, len)) != 0)
		return r;
	/* A source already in the fiction block could map onto itself. */
	if (phone_put(out->data + out->len, like, len, dig, nsn)) {
		put_block(nsn, zone, (x + 1) % 10000);
		phone_put(out->data + out->len, like, len, dig, nsn);
	}
	out->len += len;
	return 1;
}
#endif

static int
fake_phone(const uint8_t seed[FAKE_SEED_BYTES], const char *like,
    size_t len, struct buf *out)
{
	char nsn[PHONE_NSN_DIGITS + 1], src[PHONE_NSN_DIGITS];
	char zone = '1', sep = 0;
	size_t i, pre, ndig = 0;
	unsigned x;
	bool intl, layout = true;
	int r;

	pre = phone_prefix(like, len, &intl);
#if defined(__SSE2__)
	if ((r = phone_fast(seed, like, len, pre, out)) != 0)
		return r < 0 ? r : 0;
#endif
	for (i = pre; i < len; i++) {
		if (util_is_digit(like[i])) {
			if (ndig < PHONE_NSN_DIGITS)
				src[ndig] = like[i];
			ndig++;
		} else if (!is_phone_sep(like[i]))
			layout = false;
		else if (sep == 0 && like[i] != '(' && like[i] != ')')
			sep = like[i];
	}
	if (ndig > 0)
		zone = src[0];
	x = (unsigned)(util_load_le(seed + SEED_C_OFF, 4) % 10000);
	put_block(nsn, phone_block(zone), x);
	/* A source already in the fiction block could map onto itself: a fake
	 * value must never equal the real one. */
	if (ndig >= PHONE_NSN_DIGITS && memcmp(nsn, src, PHONE_NSN_DIGITS) == 0)
		put_block(nsn, phone_block(zone),
		    (x + 1) % 10000);

	if (layout && ndig == PHONE_NSN_DIGITS) {
		/* Same layout: prefix, then the source's separators around our
		 * digits. */
		char *d;

		if ((r = buf_reserve(out, len)) != 0)
			return r;
		d = out->data + out->len;
		memcpy(d, like, pre);
		for (i = pre, ndig = 0; i < len; i++)
			d[i] = util_is_digit(like[i]) ? nsn[ndig++] : like[i];
		out->len += len;
		return 0;
	}

	/* Unreadable source (extension, wrong length, words): the usual
	 * written form, keeping only national vs international. */
	if (sep == 0)
		sep = ' ';
	if (intl)
		r = buf_append_str(out, "+33");
	else
		r = buf_putc(out, '0');
	if (r == 0 && intl)
		r = buf_putc(out, sep);
	for (i = 0; r == 0 && i < PHONE_NSN_DIGITS; i++) {
		if (i % 2 == 1)
			r = buf_putc(out, sep);
		if (r == 0)
			r = buf_putc(out, nsn[i]);
	}
	return r;
}

/* "%u " without printf (an address is faked for every row). */
static size_t
house_number(char num[16], unsigned v)
{
	char t[12];
	size_t k = 0, i;

	do {
		t[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	for (i = 0; i < k; i++)
		num[i] = t[k - 1 - i];
	num[k] = ' ';
	return k + 1;
}

int
fake_value(enum fake_kind kind, const uint8_t seed[FAKE_SEED_BYTES],
    const char *like, size_t like_len, struct buf *out)
{
	return fake_value_row(kind, seed, like, like_len, NULL, out);
}

int
fake_value_row(enum fake_kind kind, const uint8_t seed[FAKE_SEED_BYTES],
    const char *like, size_t like_len, const struct fake_row *row,
    struct buf *out)
{
	enum fake_sex sex = row != NULL ? row->sex : FAKE_SEX_UNKNOWN;
	uint64_t a, b, c, w0, w1;
	size_t start = out->len, k, n;
	bool upper;
	char num[16];
	int r;

	/* The three parts from the seed's two words (a load across the
	 * keyed hash's two stores of them waited for both):
	 * a = bytes 0..5, b = bytes 6..11, c = bytes 12..15. */
	w0 = util_load_le(seed, 8);
	w1 = util_load_le(seed + 8, 8);
	a = w0 & 0xffffffffffffULL;
	b = (w0 >> 48) | (w1 & 0xffffffffULL) << 16;
	c = w1 >> 32;
	/* Only names, addresses and cities follow the source's case. */
	upper = kind != FAKE_EMAIL && kind != FAKE_PHONE && like != NULL &&
	    like_is_upper(like, like_len);

	switch (kind) {
	case FAKE_FIRST_NAME:
		if ((r = pick(first_list(sex), a, row, &k, "", 0)) == 0)
			r = append_entry(out, first_list(sex), k, upper);
		break;
	case FAKE_LAST_NAME:
		if ((r = pick(LIST_LAST, b, row, &k, "", 0)) == 0)
			r = append_entry(out, LIST_LAST, k, upper);
		break;
	case FAKE_FULL_NAME:
		if ((r = pick(first_list(sex), a, row, &k, "", 0)) == 0)
			r = append_entry(out, first_list(sex), k, upper);
		if (r == 0)
			r = buf_putc(out, ' ');
		if (r == 0 && (r = pick(LIST_LAST, b, row, &k, "", 0)) == 0)
			r = append_entry(out, LIST_LAST, k, upper);
		break;
	case FAKE_ADDRESS:
		n = house_number(num, (unsigned)(1 + c % ADDRESS_MAX_NUMBER));
		r = buf_append(out, num, n);
		if (r == 0 && (r = pick(LIST_STREET, a, row, &k, num, n)) == 0)
			r = append_entry(out, LIST_STREET, k, upper);
		break;
	case FAKE_CITY:
		if ((r = pick(LIST_CITY, a, row, &k, "", 0)) == 0)
			r = append_entry(out, LIST_CITY, k, upper);
		break;
	case FAKE_EMAIL:
		r = fake_email(a, b, c, row, out);
		break;
	case FAKE_PHONE:
		r = fake_phone(seed, like != NULL ? like : "",
		    like != NULL ? like_len : 0, out);
		break;
	default:
		r = -EINVAL;
		break;
	}
	/* Never leave half a value behind: the caller reuses the buffer. */
	if (r != 0)
		out->len = start;
	return r;
}
