/* Unit tests for fake: values pinned for fixed seeds (golden: a change of
 * list, seed split or shaping that would change every pseudonym of a
 * project shows here), then properties over many seeds: determinism,
 * spread, case and phone shaping, and the values that must never come out
 * (real phone digits, common names).  No expectation is computed the way
 * fake.c computes it. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fake.h"
#include "fake_lists.h"
#include "norm.h"

#define NSEEDS	500

static const enum fake_kind all_kinds[] = {
	FAKE_FIRST_NAME, FAKE_LAST_NAME, FAKE_FULL_NAME, FAKE_ADDRESS,
	FAKE_CITY, FAKE_EMAIL, FAKE_PHONE,
};
#define NKINDS	(sizeof(all_kinds) / sizeof(all_kinds[0]))

/* Deterministic, well-spread test seeds (splitmix64). */
static void
test_seed(unsigned i, uint8_t seed[FAKE_SEED_BYTES])
{
	uint64_t z = 0x9e3779b97f4a7c15ULL * (i + 1);
	int k;

	for (k = 0; k < FAKE_SEED_BYTES; k++) {
		if (k % 8 == 0) {
			z += 0x9e3779b97f4a7c15ULL;
			z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
			z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
			z ^= z >> 31;
		}
		seed[k] = (uint8_t)(z >> (8 * (k % 8)));
	}
}

/* fake_value into a fresh NUL-terminated string; the caller frees it. */
static char *
fake_str(enum fake_kind kind, const uint8_t seed[FAKE_SEED_BYTES],
    const char *like)
{
	struct buf b = BUF_INIT;
	char *s;

	assert_int_equal(fake_value(kind, seed, like, strlen(like), &b), 0);
	assert_true(b.len > 0);
	assert_null(memchr(b.data, '\0', b.len));
	s = malloc(b.len + 1);
	assert_non_null(s);
	memcpy(s, b.data, b.len);
	s[b.len] = '\0';
	buf_free(&b);
	return s;
}

/* Lower-case ASCII with accents removed: "Hélène" -> "helene". */
static void
fold(const char *s, char *dst, size_t dstlen)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t len = strlen(s), o = 0;
	ucs4_t uc, dec[UC_DECOMPOSITION_MAX_LENGTH];
	int n;

	while (len > 0 && o + 1 < dstlen) {
		n = u8_mbtouc(&uc, p, len);
		p += n;
		len -= n;
		while (uc >= 0x80 && uc_canonical_decomposition(uc, dec) > 0)
			uc = dec[0];
		if (uc >= 'A' && uc <= 'Z')
			uc += 'a' - 'A';
		dst[o++] = uc < 0x80 ? (char)uc : '?';
	}
	dst[o] = '\0';
}

static bool
has_lower(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t len = strlen(s);
	ucs4_t uc;
	int n;

	while (len > 0) {
		n = u8_mbtouc(&uc, p, len);
		if (uc_is_property_lowercase(uc))
			return true;
		p += n;
		len -= n;
	}
	return false;
}

/* s (len bytes) is one of the list's n entries. */
static bool
in_list(const char *const *list, unsigned n, const char *s, size_t len)
{
	for (unsigned i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return true;
	return false;
}

/* Computed once with the seeds of test_seed(), checked in: these must not
 * change (a pseudonym that changes breaks every join on it). */
static const struct {
	enum fake_kind	 kind;
	unsigned	 seed;
	const char	*like;
	const char	*want;
} golden[] = {
	{ FAKE_FIRST_NAME, 0, "Hélène", "Gustave" },
	{ FAKE_FIRST_NAME, 1, "HÉLÈNE", "KATELL" },
	{ FAKE_LAST_NAME, 2, "Dupont", "Marchetti" },
	{ FAKE_LAST_NAME, 3, "D'ALMEIDA-LE GOFF", "GAUDIN" },
	{ FAKE_FULL_NAME, 4, "Hélène Dupont", "Jocelyne Rossi" },
	{ FAKE_FULL_NAME, 5, "HÉLÈNE DUPONT", "JACQUELINE DELAGE" },
	{ FAKE_ADDRESS, 6, "3 allée des Pins", "37 rue Stendhal" },
	{ FAKE_ADDRESS, 7, "12 RUE DES LILAS", "19 RUE ALFRED DE MUSSET" },
	{ FAKE_CITY, 8, "Brest", "Honfleur" },
	{ FAKE_CITY, 9, "VILLENEUVE-SUR-LOT", "SENS" },
	{ FAKE_EMAIL, 10, "jean.dupont@gmail.com",
	    "gwendoline.legall@example.org" },
	{ FAKE_EMAIL, 11, "HELENE.DUPONT@EXAMPLE.FR",
	    "ombeline.jacquot@example.fr" },
	{ FAKE_PHONE, 12, "06 12 34 56 78", "06 39 98 11 19" },
	{ FAKE_PHONE, 13, "+33 1 45 67 89 10", "+33 1 99 00 88 14" },
	{ FAKE_PHONE, 14, "0262 12 34 56", "0261 91 99 03" },
	{ FAKE_PHONE, 15, "tel: 0612345678", "01 99 00 99 12" },
};

static void
test_golden(void **state)
{
	struct fake_row row = { .sex = FAKE_SEX_UNKNOWN, .first = "Gaëlle",
	    .last = "D'Almeida", .first_len = 7, .last_len = 9 };
	uint8_t seed[FAKE_SEED_BYTES];
	struct buf b = BUF_INIT;
	char *s;

	(void)state;
	for (size_t i = 0; i < sizeof(golden) / sizeof(golden[0]); i++) {
		test_seed(golden[i].seed, seed);
		s = fake_str(golden[i].kind, seed, golden[i].like);
		if (strcmp(s, golden[i].want) != 0)
			fail_msg("golden %zu: \"%s\", expected \"%s\"", i, s,
			    golden[i].want);
		free(s);
	}
	/* An email from the row's names: apostrophe and accent folded. */
	test_seed(16, seed);
	assert_int_equal(fake_value_row(FAKE_EMAIL, seed, "a@b.fr", 6, &row,
	    &b), 0);
	assert_int_equal(b.len, strlen("gaelle.dalmeida@example.net"));
	assert_memory_equal(b.data, "gaelle.dalmeida@example.net", b.len);
	buf_free(&b);
}

static void
test_kind_parse(void **state)
{
	static const char *names[] = { "first_name", "last_name", "full_name",
	    "address", "city", "email", "phone" };
	enum fake_kind k = FAKE_PHONE;
	size_t i;

	(void)state;
	for (i = 0; i < NKINDS; i++) {
		assert_int_equal(fake_kind_parse(names[i], &k), 0);
		assert_int_equal(k, all_kinds[i]);
	}
	k = FAKE_CITY;
	assert_int_equal(fake_kind_parse("name", &k), -EINVAL);
	assert_int_equal(fake_kind_parse("", &k), -EINVAL);
	assert_int_equal(fake_kind_parse("First_Name", &k), -EINVAL);
	assert_int_equal(fake_kind_parse("phone ", &k), -EINVAL);
	assert_int_equal(k, FAKE_CITY);	/* untouched on error */
}

static void
test_deterministic(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	char *x, *y;
	unsigned i;
	size_t k;

	(void)state;
	for (i = 0; i < 50; i++) {
		test_seed(i, seed);
		for (k = 0; k < NKINDS; k++) {
			x = fake_str(all_kinds[k], seed, "06 12 34 56 78");
			y = fake_str(all_kinds[k], seed, "06 12 34 56 78");
			assert_string_equal(x, y);
			free(x);
			free(y);
		}
	}
}

static unsigned
count_distinct(enum fake_kind kind, const char *like)
{
	static char *seen[NSEEDS];
	uint8_t seed[FAKE_SEED_BYTES];
	unsigned i, j, n = 0;
	char *s;

	for (i = 0; i < 100; i++) {
		test_seed(i, seed);
		s = fake_str(kind, seed, like);
		for (j = 0; j < n; j++)
			if (strcmp(seen[j], s) == 0)
				break;
		if (j == n)
			seen[n++] = s;
		else
			free(s);
	}
	for (j = 0; j < n; j++)
		free(seen[j]);
	return n;
}

static void
test_spread(void **state)
{
	(void)state;
	/* 100 seeds over ~300 entries: ~85 distinct expected, a broken seed
	 * split (e.g. always index 0) gives 1. */
	assert_true(count_distinct(FAKE_LAST_NAME, "Nom") > 50);
	assert_true(count_distinct(FAKE_FIRST_NAME, "Prénom") > 50);
	assert_true(count_distinct(FAKE_CITY, "Ville") > 50);
	assert_true(count_distinct(FAKE_ADDRESS, "1 rue") > 50);
	assert_true(count_distinct(FAKE_EMAIL, "a@b.c") > 50);
	assert_true(count_distinct(FAKE_PHONE, "0612345678") > 50);
}

static void
test_full_name_parts(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	char *f, *l, *full, want[512];
	unsigned i;

	(void)state;
	for (i = 0; i < 50; i++) {
		test_seed(i, seed);
		f = fake_str(FAKE_FIRST_NAME, seed, "x");
		l = fake_str(FAKE_LAST_NAME, seed, "x");
		full = fake_str(FAKE_FULL_NAME, seed, "x");
		snprintf(want, sizeof(want), "%s %s", f, l);
		assert_string_equal(full, want);
		free(f);
		free(l);
		free(full);
	}
}

static bool
all_ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* The upper-case lists (ASCII entries mapped by a-z alone, the others by
 * u8_toupper) give u8_toupper of the list's spelling, entry by entry. */
static void
test_upper_lists(void **state)
{
	static const struct { enum fake_kind kind; const char *mixed, *upper; }
	    k[] = {
		{ FAKE_FIRST_NAME, "Hélène", "HÉLÈNE" },
		{ FAKE_LAST_NAME, "Dupont", "DUPONT" },
		{ FAKE_CITY, "Lyon", "LYON" },
	};
	uint8_t seed[FAKE_SEED_BYTES], *want;
	unsigned ascii = 0, other = 0;

	(void)state;
	for (size_t j = 0; j < sizeof(k) / sizeof(k[0]); j++) {
		for (unsigned i = 0; i < 3000; i++) {
			char *lower, *upper;
			size_t len = 0;

			test_seed(i, seed);
			lower = fake_str(k[j].kind, seed, k[j].mixed);
			upper = fake_str(k[j].kind, seed, k[j].upper);
			want = u8_toupper((uint8_t *)lower, strlen(lower), NULL,
			    NULL, NULL, &len);
			assert_non_null(want);
			assert_int_equal(strlen(upper), len);
			assert_memory_equal(upper, want, len);
			if (strcmp(lower, upper) != 0 && all_ascii(lower))
				ascii++;
			else if (strcmp(lower, upper) != 0)
				other++;
			free(want);
			free(lower);
			free(upper);
		}
	}
	/* Both paths were taken. */
	assert_true(ascii > 100);
	assert_true(other > 10);
}

static void
test_upper_case(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	char *lower, *upper, *p;
	const char *e;
	unsigned i, accented = 0;
	int cmp;

	(void)state;
	for (i = 0; i < 2000; i++) {
		test_seed(i, seed);
		lower = fake_str(FAKE_FIRST_NAME, seed, "Hélène");
		/* A mixed-case source: the list's spelling. */
		assert_true(in_list(fake_list_first_names,
		    fake_list_first_names_count, lower, strlen(lower)));
		upper = fake_str(FAKE_FIRST_NAME, seed, "HÉLÈNE");
		assert_false(has_lower(upper));
		/* Same letters, case aside. */
		assert_int_equal(u8_casecmp((uint8_t *)lower, strlen(lower),
		    (uint8_t *)upper, strlen(upper), NULL, NULL, &cmp), 0);
		assert_int_equal(cmp, 0);
		/* "é" (c3 a9) in the list must come out as "É" (c3 89). */
		if ((p = strstr(lower, "\xc3\xa9")) != NULL) {
			accented++;
			assert_memory_equal(upper + (p - lower), "\xc3\x89", 2);
		}
		free(lower);
		free(upper);
	}
	assert_true(accented > 10);

	/* Shapes that are not upper-case keep the list's spelling. */
	test_seed(3, seed);
	e = lower = fake_str(FAKE_LAST_NAME, seed, "Dupont");
	assert_true(in_list(fake_list_last_names, fake_list_last_names_count,
	    e, strlen(e)));
	lower = fake_str(FAKE_LAST_NAME, seed, "DUPONt");
	assert_string_equal(lower, e);
	free(lower);
	lower = fake_str(FAKE_LAST_NAME, seed, "1234");	/* no letters */
	assert_string_equal(lower, e);
	free(lower);
	upper = fake_str(FAKE_LAST_NAME, seed, "D'ALMEIDA-LE GOFF");
	assert_false(has_lower(upper));
	assert_string_not_equal(upper, e);
	free(upper);
	free((char *)e);
	upper = fake_str(FAKE_FULL_NAME, seed, "HÉLÈNE DUPONT");
	assert_false(has_lower(upper));
	assert_non_null(strchr(upper, ' '));
	free(upper);
	upper = fake_str(FAKE_ADDRESS, seed, "12 RUE DES LILAS");
	assert_false(has_lower(upper));
	free(upper);
	upper = fake_str(FAKE_CITY, seed, "VILLENEUVE-SUR-LOT");
	assert_false(has_lower(upper));
	free(upper);
	/* Email stays lower-case whatever the source. */
	lower = fake_str(FAKE_EMAIL, seed, "HELENE.DUPONT@EXAMPLE.FR");
	for (p = lower; *p != '\0'; p++)
		assert_false(*p >= 'A' && *p <= 'Z');
	free(lower);
}

static void
test_address(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	unsigned long n, lo = 1000, hi = 0;
	char *s, *end;
	unsigned i;

	(void)state;
	for (i = 0; i < NSEEDS; i++) {
		test_seed(i, seed);
		s = fake_str(FAKE_ADDRESS, seed, "3 allée des Pins");
		n = strtoul(s, &end, 10);
		assert_true(n >= 1 && n <= 150);
		assert_int_equal(*end, ' ');
		/* The street is one of the list, as the list spells it. */
		assert_true(in_list(fake_list_street_names,
		    fake_list_street_names_count, end + 1, strlen(end + 1)));
		lo = n < lo ? n : lo;
		hi = n > hi ? n : hi;
		free(s);
	}
	/* Numbers 1 to 150: both ends are reached. */
	assert_int_equal(lo, 1);
	assert_int_equal(hi, 150);
}

static bool
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static void
test_email(void **state)
{
	static const char *domains[] = { "@example.fr", "@example.com",
	    "@example.org", "@example.net" };
	uint8_t seed[FAKE_SEED_BYTES];
	unsigned i, j, dom_seen = 0;
	char *s, *p;
	bool ok;

	(void)state;
	for (i = 0; i < NSEEDS; i++) {
		test_seed(i, seed);
		s = fake_str(FAKE_EMAIL, seed, "jean.dupont@gmail.com");
		assert_null(strstr(s, "gmail"));
		for (p = s; *p != '\0'; p++)
			assert_true((*p >= 'a' && *p <= 'z') ||
			    (*p >= '0' && *p <= '9') || *p == '.' ||
			    *p == '-' || *p == '@');
		assert_non_null(p = strchr(s, '@'));
		assert_null(strchr(p + 1, '@'));
		assert_true(p > s && p[-1] != '.' && s[0] != '.');
		ok = false;
		for (j = 0; j < 4; j++) {
			if (ends_with(s, domains[j])) {
				ok = true;
				dom_seen |= 1u << j;
			}
		}
		assert_true(ok);
		free(s);
	}
	assert_int_equal(dom_seen, 0xf);

	/* Every name, apostrophes and particles included, folds to ASCII
	 * (golden pins "D'Almeida" -> "dalmeida"). */
	for (i = 0; i < 3000; i++) {
		test_seed(i, seed);
		s = fake_str(FAKE_EMAIL, seed, "");
		assert_null(strpbrk(s, " '"));
		assert_true(strlen(strchr(s, '.')) > strlen("@example.fr") + 1);
		for (p = s; *p != '\0'; p++)
			assert_true((unsigned char)*p < 0x80);
		free(s);
	}
}

/* `pattern` with X for any digit. */
static void
assert_shape(const char *got, const char *pattern)
{
	size_t i;

	if (strlen(got) != strlen(pattern))
		fail_msg("phone \"%s\" does not have the shape \"%s\"", got,
		    pattern);
	for (i = 0; pattern[i] != '\0'; i++) {
		if (pattern[i] == 'X' ? got[i] < '0' || got[i] > '9' :
		    got[i] != pattern[i])
			fail_msg("phone \"%s\" does not have the shape \"%s\"",
			    got, pattern);
	}
}

static void
digits_of(const char *s, char *d, size_t dlen)
{
	size_t o = 0;

	for (; *s != '\0' && o + 1 < dlen; s++)
		if (*s >= '0' && *s <= '9')
			d[o++] = *s;
	d[o] = '\0';
}

static const struct {
	const char	*in;
	const char	*shape;
} phones[] = {
	{ "06 12 34 56 78",		"06 39 98 XX XX" },
	{ "06.12.34.56.78",		"06.39.98.XX.XX" },
	{ "06-12-34-56-78",		"06-39-98-XX-XX" },
	{ "0612345678",			"063998XXXX" },
	{ "07 81 22 33 44",		"06 39 98 XX XX" },
	{ "+33 6 12 34 56 78",		"+33 6 39 98 XX XX" },
	{ "+33612345678",		"+3363998XXXX" },
	{ "+33 7 81 22 33 44",		"+33 6 39 98 XX XX" },
	{ "0033 6 12 34 56 78",		"0033 6 39 98 XX XX" },
	{ "0033612345678",		"003363998XXXX" },
	{ "+33 (0)6 12 34 56 78",	"+33 (0)6 39 98 XX XX" },
	{ "+33(0)612345678",		"+33(0)63998XXXX" },
	{ "01 45 67 89 10",		"01 99 00 XX XX" },
	{ "01.45.67.89.10",		"01.99.00.XX.XX" },
	{ "02 99 12 34 56",		"02 61 91 XX XX" },
	{ "03 20 12 34 56",		"03 53 01 XX XX" },
	{ "04 76 12 34 56",		"04 65 71 XX XX" },
	{ "05 56 12 34 56",		"05 36 49 XX XX" },
	{ "09 51 23 45 67",		"01 99 00 XX XX" },
	{ "+33 1 45 67 89 10",		"+33 1 99 00 XX XX" },
	{ "0262 12 34 56",		"0261 91 XX XX" },
	{ "0692 12 34 56",		"0639 98 XX XX" },
	/* The one-pass layouts' edges (phone_fast): '/' between digits, 16
	 * bytes, no trunk zero, a longest prefix. */
	{ "06/12/34/56/78",		"06/39/98/XX/XX" },
	{ "0033 612 345 678",		"0033 639 98X XXX" },
	{ "1 45 67 89 10",		"1 99 00 XX XX" },
	{ "+33(0)6123456 78",		"+33(0)63998XX XX" },
	/* Unreadable: the usual written form, nothing of the source kept. */
	{ "06 12 34 56 78 poste 12",	"06 39 98 XX XX" },
	{ "06 12 34 56",		"06 39 98 XX XX" },
	{ "tel: 0612345678",		"01 99 00 XX XX" },
	{ "+33 6 12 34 56 78 9",	"+33 6 39 98 XX XX" },
	{ "",				"01 99 00 XX XX" },
};

static void
test_phone_shape(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	char din[64], dout[64], *s;
	unsigned i;
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(phones) / sizeof(phones[0]); k++) {
		for (i = 0; i < 200; i++) {
			test_seed(i, seed);
			s = fake_str(FAKE_PHONE, seed, phones[k].in);
			assert_shape(s, phones[k].shape);
			/* The real number never survives. */
			digits_of(phones[k].in, din, sizeof(din));
			digits_of(s, dout, sizeof(dout));
			if (din[0] != '\0')
				assert_string_not_equal(din, dout);
			assert_null(strstr(s, "poste"));
			assert_null(strstr(s, "tel"));
			free(s);
		}
	}
}

static void
test_phone_never_itself(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	char *s;

	(void)state;
	/* A source already in the fiction block, with the seed that would
	 * map it onto itself: found by asking fake for the seed's number. */
	for (unsigned i = 0; i < NSEEDS; i++) {
		char again[64], *y;

		test_seed(i, seed);
		y = fake_str(FAKE_PHONE, seed, "06 12 34 56 78");
		s = fake_str(FAKE_PHONE, seed, y);
		assert_string_not_equal(s, y);
		free(s);
		/* The same in the international form, and with words after
		 * the number (read as the usual form). */
		snprintf(again, sizeof(again), "+33 %s", y + 1);
		s = fake_str(FAKE_PHONE, seed, again);
		assert_string_not_equal(s, again);
		free(s);
		snprintf(again, sizeof(again), "%s poste 5", y);
		s = fake_str(FAKE_PHONE, seed, again);
		assert_string_not_equal(s, y);
		free(s);
		free(y);
	}
}

static void
test_buf_semantics(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	struct buf b = BUF_INIT;

	(void)state;
	test_seed(1, seed);
	assert_int_equal(buf_append_str(&b, "keep;"), 0);
	assert_int_equal(fake_value(FAKE_CITY, seed, "Paris", 5, &b), 0);
	assert_true(b.len > 5);
	assert_memory_equal(b.data, "keep;", 5);
	/* Unknown kind: error and nothing appended. */
	b.len = 5;
	assert_int_equal(fake_value((enum fake_kind)99, seed, "x", 1, &b),
	    -EINVAL);
	assert_int_equal(b.len, 5);
	/* A NULL source is an empty source. */
	assert_int_equal(fake_value(FAKE_PHONE, seed, NULL, 0, &b), 0);
	assert_int_equal(b.len, 5 + strlen("01 99 00 XX XX"));
	buf_free(&b);
}

/* The synthetic patients are drawn from the most common French names: a
 * fake must never be one of them, or a leak check could not tell a
 * pseudonymized row from a raw one. */
static const char *excluded[] = {
	"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
	"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel",
	"Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
	"Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
	"Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
	"Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel",
	"Nicolas", "Perrin", "Morin", "Mathieu", "Clement", "Gauthier",
	"Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
	"Sanchez", "Gerard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval",
	"Joly", "Gautier",
	"Jean", "Marie", "Pierre", "Philippe", "Nathalie", "Isabelle",
	"Sylvie", "Catherine", "Françoise", "Alain", "Christophe", "Patrick",
	"Christine", "Stéphane", "Sébastien", "Valérie", "Frédéric", "Éric",
	"Julien", "Daniel", "Jacques", "Sandrine", "Anne", "Monique",
	"Olivier", "Céline", "Véronique", "Hélène", "Jeanne", "Louis", "Paul",
	"Camille", "Léa", "Manon", "Chloé", "Emma", "Lucas", "Hugo", "Nathan",
	"Louise", "Alice", "Jules", "Gabriel", "Arthur", "Raphaël", "Inès",
	"Sophie", "Claire", "Julie", "Aurélie", "Émilie", "Martine", "Nadia",
	"Karim", "Mohamed",
};

static const struct {
	const char		*name;
	const char *const	*v;
	const unsigned		*n;
	unsigned		 min;
} lists[] = {
	{ "first_names", fake_list_first_names, &fake_list_first_names_count,
	    300 },
	{ "last_names", fake_list_last_names, &fake_list_last_names_count,
	    300 },
	{ "street_names", fake_list_street_names,
	    &fake_list_street_names_count, 150 },
	{ "cities", fake_list_cities, &fake_list_cities_count, 150 },
};

static void
test_lists_clean(void **state)
{
	char f[256], ex[64], *w, *save;
	size_t l, e;
	unsigned i, j;
	const char *s;

	(void)state;
	for (l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
		if (*lists[l].n < lists[l].min)
			fail_msg("%s: %u entries, want %u", lists[l].name,
			    *lists[l].n, lists[l].min);
		for (i = 0; i < *lists[l].n; i++) {
			s = lists[l].v[i];
			assert_true(s[0] != '\0');
			assert_null(u8_check((const uint8_t *)s, strlen(s)));
			assert_null(strpbrk(s, ";,\"\t\r\n"));
			for (j = 0; j < i; j++)
				assert_string_not_equal(s, lists[l].v[j]);
			/* Not a common name, nor a word of one entry
			 * ("avenue Jean Jaurès" would read as a leak). */
			fold(s, f, sizeof(f));
			for (w = strtok_r(f, " -'", &save); w != NULL;
			    w = strtok_r(NULL, " -'", &save)) {
				for (e = 0; e < sizeof(excluded) /
				    sizeof(excluded[0]); e++) {
					fold(excluded[e], ex, sizeof(ex));
					if (strcmp(w, ex) == 0)
						fail_msg("%s: entry %u contains "
						    "the common name %s",
						    lists[l].name, i,
						    excluded[e]);
				}
			}
		}
	}
}

static bool
in_any_list(const char *name)
{
	size_t l;
	unsigned i;

	for (l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
		for (i = 0; i < *lists[l].n; i++)
			if (strcmp(lists[l].v[i], name) == 0)
				return true;
	return false;
}

static void
test_lists_exclusions_spot(void **state)
{
	(void)state;
	assert_false(in_any_list("Martin"));
	assert_false(in_any_list("Dupont"));
	assert_false(in_any_list("Dumont"));
	assert_false(in_any_list("Hélène"));
	assert_false(in_any_list("Jean"));
	/* ...while the lists do hold the less common names meant instead. */
	assert_true(in_any_list("Gaëlle"));
	assert_true(in_any_list("Le Goff"));
}

/* A row's sex picks the list: every female row gets a name of the female
 * list, every male row one of the male list; unknown draws from both, as a
 * row without sex = does, and gives the value fake_value gives. */
static void
test_sex_picks_list(void **state)
{
	struct fake_row row = { .sex = FAKE_SEX_UNKNOWN };
	uint8_t seed[FAKE_SEED_BYTES];
	struct buf a = BUF_INIT, b = BUF_INIT;
	unsigned i, female_only = 0;

	(void)state;
	for (i = 0; i < NSEEDS; i++) {
		test_seed(i, seed);
		row.sex = FAKE_SEX_FEMALE;
		buf_reset(&a);
		assert_int_equal(fake_value_row(FAKE_FIRST_NAME, seed, "x", 1,
		    &row, &a), 0);
		assert_true(in_list(fake_list_first_names_female,
		    fake_list_first_names_female_count, a.data, a.len));
		female_only += !in_list(fake_list_first_names_male,
		    fake_list_first_names_male_count, a.data, a.len);
		row.sex = FAKE_SEX_MALE;
		buf_reset(&a);
		assert_int_equal(fake_value_row(FAKE_FULL_NAME, seed, "x y", 3,
		    &row, &a), 0);
		assert_non_null(memchr(a.data, ' ', a.len));
		assert_true(in_list(fake_list_first_names_male,
		    fake_list_first_names_male_count, a.data,
		    (size_t)((char *)memchr(a.data, ' ', a.len) - a.data)));
		row.sex = FAKE_SEX_UNKNOWN;
		buf_reset(&a);
		buf_reset(&b);
		assert_int_equal(fake_value_row(FAKE_FIRST_NAME, seed, "x", 1,
		    &row, &a), 0);
		assert_int_equal(fake_value(FAKE_FIRST_NAME, seed, "x", 1, &b), 0);
		assert_int_equal(a.len, b.len);
		assert_memory_equal(a.data, b.data, a.len);
	}
	assert_true(female_only > NSEEDS / 2);
	buf_free(&a);
	buf_free(&b);
}

static void
test_sex_of(void **state)
{
	(void)state;
	assert_int_equal(fake_sex_of("f", 1), FAKE_SEX_FEMALE);
	assert_int_equal(fake_sex_of("feminin", 7), FAKE_SEX_FEMALE);
	assert_int_equal(fake_sex_of("2", 1), FAKE_SEX_FEMALE);
	assert_int_equal(fake_sex_of("m", 1), FAKE_SEX_MALE);
	assert_int_equal(fake_sex_of("h", 1), FAKE_SEX_MALE);
	assert_int_equal(fake_sex_of("homme", 5), FAKE_SEX_MALE);
	assert_int_equal(fake_sex_of("1", 1), FAKE_SEX_MALE);
	assert_int_equal(fake_sex_of("", 0), FAKE_SEX_UNKNOWN);
	assert_int_equal(fake_sex_of("x", 1), FAKE_SEX_UNKNOWN);
	assert_int_equal(fake_sex_of("fm", 2), FAKE_SEX_UNKNOWN);
}

/* An email from the row's fake names: their letters, lower-case and
 * unaccented, a reserved domain; the same row gives the same address. */
static void
test_email_from_names(void **state)
{
	struct fake_row row = { .sex = FAKE_SEX_UNKNOWN, .first = "Gaëlle",
	    .last = "LE GOFF", .first_len = 7, .last_len = 7 };
	uint8_t seed[FAKE_SEED_BYTES];
	struct buf a = BUF_INIT, b = BUF_INIT;
	const char *at;

	(void)state;
	test_seed(7, seed);
	assert_int_equal(fake_value_row(FAKE_EMAIL, seed, "a@b.fr", 6, &row,
	    &a), 0);
	assert_int_equal(fake_value_row(FAKE_EMAIL, seed, "a@b.fr", 6, &row,
	    &b), 0);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	assert_true(a.len > 13 && memcmp(a.data, "gaelle.legoff@", 14) == 0);
	at = memchr(a.data, '@', a.len);
	assert_non_null(at);
	assert_true(memcmp(at + 1, "example.", 8) == 0);
	/* Without names, the seed's own. */
	row.first_len = 0;
	buf_reset(&b);
	assert_int_equal(fake_value_row(FAKE_EMAIL, seed, "a@b.fr", 6, &row,
	    &b), 0);
	buf_reset(&a);
	assert_int_equal(fake_value(FAKE_EMAIL, seed, "a@b.fr", 6, &a), 0);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	buf_free(&a);
	buf_free(&b);
}

/* fake_plain's claim, checked on the values themselves: for each
 * delimiter, a kind said plain never gives a value holding the delimiter,
 * a quote or a line end (nor, for a view that is not UTF-8, a byte >=
 * 0x80), from sources upper- and lower-case, phones in several layouts and
 * rows with fake names; and the bundled lists are plain (the claim is not
 * vacuous), while a delimiter the dialect never picks is not. */
static void
test_plain_claim(void **state)
{
	static const char delims[] = { ';', ',', '\t', '|' };
	static const char *const likes[] = { "Martin", "LE GOFF",
	    "12 rue de la Paix", "06 12 34 56 78", "+33 6.12.34.56.78",
	    "0612345678", "j.doe@x.fr", "(0)6 12-34/56 78" };
	struct fake_row row = { .sex = FAKE_SEX_FEMALE, .first = "Gaëlle",
	    .last = "LE GOFF", .first_len = 7, .last_len = 7 };
	uint8_t seed[FAKE_SEED_BYTES];
	struct buf b = BUF_INIT;

	(void)state;
	for (size_t d = 0; d < sizeof(delims); d++) {
		for (size_t k = 0; k < NKINDS; k++) {
			int utf8 = fake_plain(all_kinds[k], delims[d], 1);
			int any = fake_plain(all_kinds[k], delims[d], 0);

			assert_true(utf8);	/* the lists hold no delimiter */
			assert_true(!any || utf8);
			for (unsigned i = 0; i < 2000; i++) {
				const char *like = likes[i % 8];

				test_seed(i, seed);
				buf_reset(&b);
				assert_int_equal(fake_value_row(all_kinds[k], seed,
				    like, strlen(like), i % 3 ? &row : NULL, &b), 0);
				for (size_t j = 0; j < b.len; j++) {
					unsigned char c = (unsigned char)b.data[j];

					assert_true(c != (unsigned char)delims[d] &&
					    c != '"' && c != '\r' && c != '\n');
					assert_true(any ? c < 0x80 : 1);
				}
			}
		}
	}
	assert_false(fake_plain(FAKE_PHONE, ' ', 1));
	assert_false(fake_plain(FAKE_ADDRESS, 'e', 1));
	buf_free(&b);
}

/* The local part of an email from the row's names, by its definition:
 * ASCII letters lower-cased, digits and hyphens kept, every other ASCII
 * byte dropped; on random names of every ASCII byte, with an accent now and
 * then ("é" -> "e"), so that runs start and stop anywhere; every other
 * round mostly letters. */
static void
test_email_part_definition(void **state)
{
	uint8_t seed[FAKE_SEED_BYTES];
	char first[40], last[40], want[100];
	struct buf out = BUF_INIT, parts = BUF_INIT, again = BUF_INIT;
	unsigned x = 99;

	(void)state;
	test_seed(3, seed);
	for (int round = 0; round < 20000; round++) {
		char *names[2] = { first, last };
		size_t lens[2], w = 0;

		for (int k = 0; k < 2; k++) {
			x = x * 1103515245u + 12345u;
			lens[k] = 1 + (x >> 16) % 30;
			for (size_t i = 0; i < lens[k]; i++) {
				x = x * 1103515245u + 12345u;
				names[k][i] = (char)(1 + (x >> 16) % 127);
				/* Every other round, names of letters with a
				 * stray byte now and then (email_letters' words
				 * of letters, stopped anywhere). */
				if (round % 2 == 1 && (x >> 4) % 12 != 0)
					names[k][i] = (char)("ABCDEFGHIJKLMNOPQRST"
					    "UVWXYZabcdefghijklmnopqrstuvwxyz"
					    [(x >> 16) % 52]);
				if ((x >> 8) % 16 == 0 && i + 1 < lens[k]) {
					names[k][i++] = (char)0xc3;	/* é */
					names[k][i] = (char)0xa9;
				}
			}
			for (size_t i = 0; i < lens[k]; i++) {
				char c = names[k][i];
				if (c == (char)0xc3)
					continue;
				if (c == (char)0xa9)
					c = 'e';
				if (c >= 'A' && c <= 'Z')
					c = (char)(c + 'a' - 'A');
				if ((c >= 'a' && c <= 'z') ||
				    (c >= '0' && c <= '9') || c == '-')
					want[w++] = c;
			}
			want[w++] = k == 0 ? '.' : '@';
		}
		struct fake_row row = { .sex = FAKE_SEX_UNKNOWN, .first = first,
		    .last = last, .first_len = lens[0], .last_len = lens[1] };
		buf_reset(&out);
		assert_int_equal(fake_value_row(FAKE_EMAIL, seed, "a@b.fr", 6,
		    &row, &out), 0);
		assert_true(out.len > w);
		assert_memory_equal(out.data, want, w);
		/* The parts made apart (the view keeps them with the row's
		 * names) give the same address. */
		buf_reset(&parts);
		assert_int_equal(fake_email_part(first, lens[0], &parts), 0);
		row.first_email_len = parts.len;
		assert_int_equal(fake_email_part(last, lens[1], &parts), 0);
		row.last_email_len = parts.len - row.first_email_len;
		row.first_email = parts.data ? parts.data : "";
		row.last_email = row.first_email + row.first_email_len;
		assert_int_equal(row.first_email_len + 1 + row.last_email_len + 1,
		    w);
		buf_reset(&again);
		assert_int_equal(fake_value_row(FAKE_EMAIL, seed, "a@b.fr", 6,
		    &row, &again), 0);
		assert_int_equal(again.len, out.len);
		assert_memory_equal(again.data, out.data, out.len);
	}
	buf_free(&out);
	buf_free(&parts);
	buf_free(&again);
}

/* A seed whose three draws are a, b, c (fake.c's split of the seed:
 * a = bytes 0..5, b = bytes 6..11, c = bytes 12..15, little-endian). */
static void
seed_of(uint64_t a, uint64_t b, uint64_t c, uint8_t seed[FAKE_SEED_BYTES])
{
	uint64_t w0 = (a & 0xffffffffffffULL) | b << 48,
	    w1 = (b >> 16 & 0xffffffffULL) | c << 32;

	for (int i = 0; i < 8; i++) {
		seed[i] = (uint8_t)(w0 >> (8 * i));
		seed[8 + i] = (uint8_t)(w1 >> (8 * i));
	}
}

/* Does `s` hold `part` as whole words ("Le Du" in "Annick Le Du", not
 * "Brun" in "Bruno Martin")? */
static bool
has_words(const char *s, const char *part)
{
	size_t n = strlen(part);

	for (const char *p = s; (p = strstr(p, part)) != NULL; p++)
		if ((p == s || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return true;
	return false;
}

/* fake_value_row with the source's normalized form as `avoid`, into a
 * C string; the fake without it (the plain draw) into plain. */
static void
fake_avoiding(enum fake_kind kind, const uint8_t seed[FAKE_SEED_BYTES],
    const char *src, char *got, char *plain, size_t n)
{
	struct buf norm = BUF_INIT, out = BUF_INIT;
	struct fake_row row = { .sex = FAKE_SEX_UNKNOWN };

	assert_int_equal(norm_value(NORM_TEXT, src, strlen(src), &norm), 0);
	row.avoid = norm.data;
	row.avoid_len = norm.len;
	assert_int_equal(fake_value_row(kind, seed, src, strlen(src), &row,
	    &out), 0);
	assert_true(out.len < n);
	memcpy(got, out.data, out.len);
	got[out.len] = '\0';
	buf_reset(&out);
	assert_int_equal(fake_value(kind, seed, src, strlen(src), &out), 0);
	assert_true(out.len < n);
	memcpy(plain, out.data, out.len);
	plain[out.len] = '\0';
	buf_free(&out);
	buf_free(&norm);
}

/* Every entry of a list drawn for a source that IS that entry (the seed
 * made so: the collision forced, not waited for): with the source to
 * avoid, another entry comes out, the same each time; without, the plain
 * draw is the source (so the test sees the collision it mends). */
static void
test_fake_avoids_source(void **state)
{
	char got[256], plain[256], again[256], src[256];
	uint8_t seed[FAKE_SEED_BYTES];

	(void)state;
	for (unsigned i = 0; i < fake_list_first_names_count; i++) {
		const char *e = fake_list_first_names[i];

		seed_of(i, 0, 0, seed);
		fake_avoiding(FAKE_FIRST_NAME, seed, e, got, plain, sizeof(got));
		assert_string_equal(plain, e);
		if (strcmp(got, e) == 0)
			fail_msg("first name %u drawn for itself", i);
		fake_avoiding(FAKE_FIRST_NAME, seed, e, again, plain,
		    sizeof(again));
		assert_string_equal(got, again);
	}
	for (unsigned i = 0; i < fake_list_last_names_count; i++) {
		const char *e = fake_list_last_names[i];

		/* "Le Goff" as a full name's last part, after a first name
		 * that is also drawn for itself. */
		snprintf(src, sizeof(src), "%s %s", fake_list_first_names[i %
		    fake_list_first_names_count], e);
		seed_of(i % fake_list_first_names_count, i, 0, seed);
		fake_avoiding(FAKE_FULL_NAME, seed, src, got, plain,
		    sizeof(got));
		assert_string_equal(plain, src);
		if (has_words(got, e) || has_words(got,
		    fake_list_first_names[i % fake_list_first_names_count]))
			fail_msg("full name %u: a part drawn for itself (%s)",
			    i, got);
	}
	for (unsigned i = 0; i < fake_list_cities_count; i++) {
		const char *e = fake_list_cities[i];

		seed_of(i, 0, 0, seed);
		fake_avoiding(FAKE_CITY, seed, e, got, plain, sizeof(got));
		assert_string_equal(plain, e);
		if (strcmp(got, e) == 0)
			fail_msg("city %u drawn for itself", i);
	}
	for (unsigned i = 0; i < fake_list_street_names_count; i++) {
		/* c = 11: the house number 12 */
		snprintf(src, sizeof(src), "12 %s", fake_list_street_names[i]);
		seed_of(i, 0, 11, seed);
		fake_avoiding(FAKE_ADDRESS, seed, src, got, plain, sizeof(got));
		assert_string_equal(plain, src);
		if (strcmp(got, src) == 0)
			fail_msg("address %u drawn for itself", i);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_golden),
		cmocka_unit_test(test_kind_parse),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_spread),
		cmocka_unit_test(test_full_name_parts),
		cmocka_unit_test(test_upper_lists),
		cmocka_unit_test(test_upper_case),
		cmocka_unit_test(test_address),
		cmocka_unit_test(test_email),
		cmocka_unit_test(test_phone_shape),
		cmocka_unit_test(test_phone_never_itself),
		cmocka_unit_test(test_buf_semantics),
		cmocka_unit_test(test_lists_clean),
		cmocka_unit_test(test_sex_picks_list),
		cmocka_unit_test(test_sex_of),
		cmocka_unit_test(test_email_from_names),
		cmocka_unit_test(test_email_part_definition),
		cmocka_unit_test(test_plain_claim),
		cmocka_unit_test(test_lists_exclusions_spot),
		cmocka_unit_test(test_fake_avoids_source),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
