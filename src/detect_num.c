/* The number detectors: NIR (with its key), phones (French, overseas,
 * international), emails, IBAN, RPPS and FINESS (Luhn), ids by length
 * (the `digits` option) or after a label ("IPP", "N° dossier").
 * docs/scrub.md. */
#include <errno.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "detect.h"
#include "detect_int.h"
#include "nir.h"

/* Longer runs are lot and reference numbers, or NIRs whose key is wrong,
 * which the issue wants left alone (docs/scrub.md) unless a NIR cue
 * names them (try_nir_cued). */
#define MAX_ID_DIGITS	12

/* ---- checks ---- */

int
detect_luhn(const char *digits, size_t n)
{
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int d = digits[n - 1 - i] - '0';
		if (d < 0 || d > 9)
			return 0;
		if (i % 2 == 1 && (d *= 2) > 9)
			d -= 9;
		sum += d;
	}
	return sum % 10 == 0;
}

/* ISO 7064 mod 97-10 over the rearranged IBAN; spaces are skipped. */
int
detect_iban_valid(const char *s, size_t len)
{
	char c[40];
	size_t n = 0;
	unsigned rem = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (n == sizeof(c))
			return 0;
		c[n++] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	}
	if (n < 15 || n > 34 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' ||
	    c[1] > 'Z' || c[2] < '0' || c[2] > '9' || c[3] < '0' || c[3] > '9')
		return 0;
	if (c[0] == 'F' && c[1] == 'R' && n != 27)
		return 0;
	for (size_t k = 0; k < n; k++) {
		char ch = c[(k + 4) % n];
		if (ch >= '0' && ch <= '9')
			rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
		else if (ch >= 'A' && ch <= 'Z')
			rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
		else
			return 0;
	}
	return rem == 1;
}

/* ---- numbers ---- */

/*
 * An underscore, or a punctuation, space or symbol character beyond
 * ASCII that the normalizer leaves (textnorm.c reads the dashes as '-'
 * and NFKC the compatibility spaces as ' '): a middle dot, a bullet, a
 * one-dot leader, the Arabic thousands separator, the Ogham space mark, a
 * division or fraction slash, a dot operator: any of Unicode's Pc, Pd,
 * Po, Zs, Sm, So.  Between two digit groups it separates them as '.'
 * does: "1·84·02·75·123·456·74", "06_12_34_56_78" went through raw
 * so does "%20", a space in a URL.  ASCII ':' ',' ';' stay out: times and decimal lists
 * ("08:30-12:45", "37,5") are no numbers to take whole.  Its length in
 * bytes at t[j], or 0.
 */
size_t
detect_wide_sep(const char *t, size_t len, size_t j)
{
	ucs4_t uc;
	int n;

	if (t[j] == '_')
		return 1;
	/* "06%2012%2034%2056%2078": a space as a URL codes it */
	if (t[j] == '%')
		return j + 3 <= len && t[j + 1] == '2' && t[j + 2] == '0' ? 3 : 0;
	if ((unsigned char)t[j] < 0x80 ||
	    (n = u8_mbtoucr(&uc, (const uint8_t *)t + j, len - j)) < 2)
		return 0;
	return uc_is_general_category_withtable(uc, UC_CATEGORY_MASK_Pc |
	    UC_CATEGORY_MASK_Pd | UC_CATEGORY_MASK_Po | UC_CATEGORY_MASK_Zs |
	    UC_CATEGORY_MASK_Sm | UC_CATEGORY_MASK_So) ? (size_t)n : 0;
}

/*
 * Does the number that ends before t[end] go on into a word: a letter, a
 * digit or a combining mark there ("IPP40099999x", "0612345678é")?
 * Beyond ASCII the character is decoded: every byte >= 0x80 counted as a
 * letter, so a closing guillemet, a typographic apostrophe, a middle dot,
 * a degree, euro or superscript sign glued to a phone or a NIR made it no
 * number ("«0612345678»", "184027512345674’" went through raw).
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
static inline __attribute__((always_inline)) int
glued(const char *t, size_t len, size_t end)
{
	ucs4_t uc;

	if (end >= len)
		return 0;
	if ((unsigned char)t[end] < 0x80)
		return is_alnum_byte(t[end]);
	if (u8_mbtoucr(&uc, (const uint8_t *)t + end, len - end) < 1)
		return 1;	/* not UTF-8: as before */
	return uc_is_general_category_withtable(uc, UC_CATEGORY_MASK_L |
	    UC_CATEGORY_MASK_Nd | UC_CATEGORY_MASK_M);
}

/* The same for the character that ends right before t[i]: a number (an
 * IBAN) glued to a word before it is none, one after "«" is one. */
static int
glued_before(const char *t, size_t i)
{
	size_t k = i;

	if (i == 0)
		return 0;
	if ((unsigned char)t[i - 1] < 0x80)
		return is_alnum_byte(t[i - 1]);
	while (k > 0 && i - k < 4 && ((unsigned char)t[k - 1] & 0xc0) == 0x80)
		k--;
	if (k == 0)
		return 1;	/* not UTF-8: as before */
	return glued(t, i, k - 1);
}

static int ascii_alpha(char c);

/* The character at t[end] (>= 0x80) is a letter (Unicode L*): a
 * phone's pairs may have one as their separator (same_sep_len). */
static int
glued_letter(const char *t, size_t len, size_t end)
{
	ucs4_t uc;

	return u8_mbtoucr(&uc, (const uint8_t *)t + end, len - end) >= 2 &&
	    uc_is_general_category_withtable(uc, UC_CATEGORY_MASK_L);
}

/* The start of a separator (nir_is_separator or wide_sep) that ends right
 * before t[i], or i if there is none. */
static size_t
sep_before(const char *t, size_t i)
{
	size_t k = i;

	if (i == 0)
		return i;
	if (nir_is_separator(t[i - 1]) || t[i - 1] == '_')
		return i - 1;
	/* back over up to three continuation bytes to a lead byte */
	while (k > 0 && i - k < 4 && ((unsigned char)t[k - 1] & 0xc0) == 0x80)
		k--;
	if (k == 0 || k == i || (unsigned char)t[k - 1] < 0xc0)
		return i;
	return detect_wide_sep(t, i, k - 1) == i - k + 1 ? k - 1 : i;
}

/*
 * Collect up to `want` digits from t[i], allowing between two digits one
 * '.' or '-', or one or two spaces (spacing typos), or a no-break space,
 * or one wide_sep.
 * With `nir`, 'A'/'B' count as the 7th character after a '2'.  Stores the
 * characters in out and returns how many; *end is the byte after the last.
 * `run`: the digits at t[i] already counted (number_at's, 0 if not):
 * copied at once rather than tested one by one again, which is all of
 * most numbers ("12 mg", "3 jours").
 */
static size_t
collect_run(const char *t, size_t len, size_t i, size_t run, size_t want,
    int nir, char *out, size_t *end)
{
	size_t n = run < want ? run : want, e;
	char slash = 0;	/* '/' or a tab, once used, is the only separator */

	/* the end in a local, stored once: out is chars, which may alias
	 * *end, so each digit stored it and read it again (speed30b) */
	memcpy(out, t + i, n);
	i += n;
	e = i;
	while (i < len && n < want) {
		char c = t[i];

		if (util_is_digit(c) || (nir && n == 6 && out[5] == '2' &&
		    (c == 'A' || c == 'B' || c == 'a' || c == 'b'))) {
			out[n++] = (char)(c >= 'a' ? c - 32 : c);
			e = ++i;
			continue;
		}
		if (n == 0)
			break;
		/* A separator: one of them, or two spaces. */
		size_t j = i, k;
		if (t[j] == ' ' && j + 1 < len && t[j + 1] == ' ')
			j += 2;
		else if (nir_is_separator(t[j]) && !slash)
			j++;
		else if ((unsigned char)t[j] == 0xc2 && j + 1 < len &&
		    (unsigned char)t[j + 1] == 0xa0 && !slash)
			j += 2;
		else if (nir && (t[j] == '/' || t[j] == '\t') &&
		    (slash == t[j] || (!slash && n <= 1)))
			slash = t[j++];
		else if (!slash && (k = detect_wide_sep(t, len, j)) != 0)
			j += k;
		else
			break;
		if (j >= len || !util_is_digit(t[j]))
			break;
		i = j;
	}
	*end = e;
	return n;
}

static size_t
collect(const char *t, size_t len, size_t i, size_t want, int nir, char *out,
    size_t *end)
{
	return collect_run(t, len, i, 0, want, nir, out, end);
}

/* What follows `end` continues the number (a digit, or a separator then a
 * digit): a 13-character NIR body must not be cut out of a longer number. */
static int
continues(const char *t, size_t len, size_t end)
{
	size_t k;

	if (glued(t, len, end))
		return 1;
	if (end + 1 < len && (nir_is_separator(t[end]) || t[end] == '/' ||
	    t[end] == '\t') && util_is_digit(t[end + 1]))
		return 1;
	if (end + 2 < len && t[end] == ' ' && t[end + 1] == ' ' &&
	    util_is_digit(t[end + 2]))
		return 1;
	if (end < len && (k = detect_wide_sep(t, len, end)) != 0 && end + k < len &&
	    util_is_digit(t[end + k]))
		return 1;
	return 0;
}

/* Row value k's digits (at most 40), made once per comment: a comment
 * compares each of its numbers with the row's id, and the phones with
 * its phone. */
static const char *
row_digits(struct detect_scratch *s, const struct detect_value *v, size_t k,
    size_t *m)
{
	if (!(s->rowdig_made & (uint32_t)1 << k)) {
		size_t n = 0;

		for (size_t i = 0; i < v->len && n < sizeof(s->rowdig[k]); i++)
			if (util_is_digit(v->v[i]))
				s->rowdig[k][n++] = v->v[i];
		s->rowdig_len[k] = (uint8_t)n;
		s->rowdig_made |= (uint32_t)1 << k;
	}
	*m = s->rowdig_len[k];
	return s->rowdig[k];
}

static int
ctx_match_digits(struct detect_scratch *s, const struct detect_value *row,
    size_t nrow, enum detect_ident kind, const char *digits, size_t n,
    size_t tail)
{
	/* no number of fewer digits matches (m > 0 below) */
	if (tail ? n < tail : n == 0)
		return -1;
	for (size_t k = 0; k < nrow; k++) {
		const struct detect_value *v = &row[k];
		const char *d;
		size_t m, b;

		if (v->kind != kind)
			continue;
		/* The value's first digit (an id) or last (a phone, when
		 * all its digits fit rowdig: no more than 40 bytes) against
		 * the number's: most differ, and the value's digits are
		 * neither copied nor compared (speed30b).  A value with no
		 * digit matches nothing (m == 0). */
		if (!tail) {
			for (b = 0; b < v->len && !util_is_digit(v->v[b]); b++)
				;
			if (b == v->len || v->v[b] != digits[0])
				continue;
		} else if (v->len <= sizeof(s->rowdig[k])) {
			for (b = v->len; b > 0 && !util_is_digit(v->v[b - 1]);
			    b--)
				;
			if (b == 0 || v->v[b - 1] != digits[n - 1])
				continue;
		}
		d = row_digits(s, v, k, &m);
		/* Phones compare their last 9 digits (+33, 0033, 0 differ). */
		if (tail && m >= tail && n >= tail &&
		    memcmp(d + m - tail, digits + n - tail, tail) == 0)
			return (int)k;
		if (!tail && m == n && m > 0 && memcmp(d, digits, n) == 0)
			return (int)k;
	}
	return -1;
}

/* Whether the row's NIR v (len bytes) may have body: its first three
 * characters but the separators (nir_parse's body starts with them, 'a'
 * and 'b' in capitals) are body's first three, the sex and the year of
 * birth; a value of fewer is left to nir_parse.  A comment's NIR is
 * compared with the row's, parsed each time (some 200 instructions), and
 * a NIR not the patient's differs there 99 times in 100 (speed30b). */
static inline __attribute__((always_inline)) int
nir_head_may(const char *v, size_t len, const char *body)
{
	size_t n = 0;

	for (size_t i = 0; i < len && n < 3; i++) {
		char c = v[i];

		if (nir_is_separator(c))
			continue;
		if (c == 'a' || c == 'b')
			c = (char)(c - 'a' + 'A');
		if (c != body[n++])
			return 0;
	}
	return 1;
}

static int
ctx_match_nir(const struct detect_value *row, size_t nrow, const char *body)
{
	struct nir n;

	for (size_t k = 0; k < nrow; k++)
		if (row[k].kind == DETECT_IDENT_NIR &&
		    nir_head_may(row[k].v, row[k].len, body) &&
		    nir_parse(row[k].v, row[k].len, &n) == 0 &&
		    memcmp(n.body, body, NIR_BODY) == 0)
			return (int)k;
	return -1;
}

/* After a 13-character NIR ending at `at`: " clé 31", " CLE: 31",
 * " clef 31".  The two digits into key, *end after them; 0 if not so. */
static int
nir_key_after_word(const char *t, size_t len, size_t at, char *key,
    size_t *end)
{
	size_t j = at;

	while (j < len && j - at < 2 && t[j] == ' ')
		j++;
	if (j + 3 > len || (t[j] | 32) != 'c' || (t[j + 1] | 32) != 'l')
		return 0;
	j += 2;
	if ((t[j] | 32) == 'e')
		j++;
	else if (j + 2 <= len && (unsigned char)t[j] == 0xc3 &&
	    ((unsigned char)t[j + 1] == 0xa9 || (unsigned char)t[j + 1] == 0x89))
		j += 2;
	else
		return 0;
	if (j < len && (t[j] | 32) == 'f')
		j++;
	while (j < len && (t[j] == ' ' || t[j] == ':'))
		j++;
	if (j + 2 > len || !util_is_digit(t[j]) || !util_is_digit(t[j + 1]) ||
	    glued(t, len, j + 2) || j - at > 8)
		return 0;
	key[0] = t[j];
	key[1] = t[j + 1];
	*end = j + 2;
	return 1;
}

/* After a 13-character NIR ending at `at`: one ASCII sign ("/", ":",
 * "|"...), spaces around it or not, then the two digits of the key, which
 * end there.  The two digits into key, *end after them; 0 if not so. */
static int
nir_key_after_sign(const char *t, size_t len, size_t at, char *key,
    size_t *end)
{
	size_t j = at;

	while (j < len && j - at < 2 && t[j] == ' ')
		j++;
	if (j >= len || t[j] <= 0x20 || t[j] >= 0x7f || is_alnum_byte(t[j]))
		return 0;
	j++;
	while (j < len && j - at < 5 && t[j] == ' ')
		j++;
	if (j + 2 > len || !util_is_digit(t[j]) || !util_is_digit(t[j + 1]) ||
	    continues(t, len, j + 2))
		return 0;
	key[0] = t[j];
	key[1] = t[j + 1];
	*end = j + 2;
	return 1;
}

/* Words that name the number after them as a NIR ("NIR", "n° SS",
 * "sécu", "numéro de sécurité sociale", "INSEE", "n° d'assuré", "carte
 * Vitale"), and the small words that may stand between. */
static const char *const nir_cues[] = {
	"nir", "nirpp", "nss", "ss", "secu", "sociale", "insee", "assure",
	"assuree", "vitale", "immatriculation",
	/* the INS (identifiant national de santé) is the NIR */
	"ins", NULL,
};
static uint64_t nir_cues_filter;	/* word_in_filtered_list */
static const char *const nir_cue_fillers[] = {
	"n", "no", "num", "numero", "de", "d", "du", "sa", "son", "la", "le",
	"l", "carte", "securite", NULL,
};
static uint64_t nir_cue_fillers_filter;	/* word_in_filtered_list */

/* A NIR cue before the number at byte i, within four words, nothing but
 * spaces and signs between them (no comma, no digit). */
static int
nir_cue_before(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t j = word_at(s, i);

	for (size_t k = j, hops = 0; k > 0 && hops < 4; k--, hops++) {
		const struct detect_word *w = &s->words[k - 1];
		size_t to = k < s->nwords ? s->words[k].start : i;

		if (to - w->end > 4 || memchr(t + w->end, ',', to - w->end) ||
		    memchr(t + w->end, ';', to - w->end) || (w->flags & W_DIGIT))
			return 0;
		if (word_in_filtered_list(s, w, nir_cues))
			return 1;
		if (!word_in_filtered_list(s, w, nir_cue_fillers))
			return 0;
	}
	return 0;
}

/*
 * After a NIR cue, 13 to 15 characters that stop there are the NIR
 * whatever their key or fields say: a typo in a patient's number leaves
 * it as identifying ("NIR 285039912345633 ?? clé invalide").  Without a
 * cue such a number stays (a lot or reference number; docs/scrub.md).
 * Asked only of numbers of 13 characters or more, which are few; k and
 * end: what try_nir's collect of 15 found.
 */
static int
try_nir_cued(const char *t, size_t len, size_t i, size_t k, size_t end,
    struct detect_scratch *s)
{
	if (k < NIR_BODY || continues(t, len, end) || !nir_cue_before(t, s, i))
		return 0;
	return add_span(s, i, end, DETECT_NIR, -1);
}

/*
 * "1:84:02:75:123:456:74", "1,84,02,75,123,456,74", "1;84;…": a NIR whose
 * groups one ASCII sign that collect does not take, the same each time,
 * separates (they went through raw).  One digit (the sex), then four to
 * six groups of one to six digits, fifteen in all, the key two digits of
 * its own: a NIR if its key is valid (1 in 97 for any 15 digits, and the
 * month and the département are checked too), or after a NIR cue.  A
 * longer run of the same sign and digits makes it none.  Asked only when
 * the byte after the first digit is such a sign.
 */
static int
try_nir_one_sep(const char *t, size_t len, size_t i,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	char c[NIR_FULL], sep = t[i + 1];
	size_t j = i, n = 0, groups = 0, glen = 0;
	struct nir nr;

	if (sep == ' ' || sep == '.' || sep == '-' || sep == '/' ||
	    sep < 0x21 || sep > 0x7e || is_alnum_byte(sep))
		return 0;
	if (i > 0 && t[i - 1] == sep)
		return 0;
	for (;;) {
		if (j < len && util_is_digit(t[j])) {
			if (n == NIR_FULL)
				return 0;
			c[n++] = t[j++];
			glen++;
			continue;
		}
		if (glen == 0 || glen > 6 || (groups == 0 && glen != 1))
			return 0;
		groups++;
		if (j + 1 < len && t[j] == sep && util_is_digit(t[j + 1])) {
			j++;
			glen = 0;
			continue;
		}
		break;
	}
	if (n != NIR_FULL || glen != 2 || groups < 5 || groups > 7 ||
	    glued(t, len, j))
		return 0;
	if (nir_parse(c, NIR_FULL, &nr) != 0)
		return nir_cue_before(t, s, i) ? add_span(s, i, j, DETECT_NIR,
		    -1) : 0;
	/* The row's own NIR, as try_nir's: the same replacement as the
	 * NIR column's, however it is punctuated. */
	return add_span(s, i, j, DETECT_NIR, ctx_match_nir(row, nrow,
	    nr.body));
}

/* A separator of try_nir_mixed at t[j]: up to two spaces, one ASCII sign
 * that is no letter, digit or quote, up to two spaces, a digit after; its
 * length, or 0.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) size_t
mixed_sep_len(const char *t, size_t len, size_t j)
{
	size_t k = j, sp;

	/* The spaces, none, one or two, as bits: a loop's exit fell at
	 * their count, the text's (speed32b).  A byte past the text is
	 * read as its last one (len > 0: a number ends at j), its answer
	 * dropped by q < len. */
#define MSL_SPACE(q)	((size_t)(((q) < len) & \
	(t[(q) < len ? (q) : len - 1] == ' ')))
	sp = MSL_SPACE(k);
	k += sp + (sp & MSL_SPACE(k + 1));
	if (k < len && t[k] > 0x20 && t[k] < 0x7f && !is_alnum_byte(t[k]) &&
	    t[k] != '"' && t[k] != '\'')
		k++;
	sp = MSL_SPACE(k);
	k += sp + (sp & MSL_SPACE(k + 1));
#undef MSL_SPACE
	return k > j && k < len && util_is_digit(t[k]) ? k - j : 0;
}

/*
 * "NIR 1.84-02 75:123:456", "n° sécu 1 : 84 : 02 : 75 : 123 : 456 : 99",
 * "1:84.02-75:123:456:74": a NIR whose groups mixed or spaced ASCII signs
 * separate, which neither collect (one sign of ". -" at a time) nor
 * try_nir_one_sep (one sign, the same each time) reads: it went through
 * raw.  Four groups or more of one to seven digits, 13 or 15
 * in all (15: the key a group of two), not inside a longer run: a NIR if
 * its key is valid, else after a NIR cue.  Asked of a number that starts
 * with a sex digit and that collect stopped short of 13 characters: the
 * scan ends at its first group for most.
 */
static int
try_nir_mixed(const char *t, size_t len, size_t i,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	char c[NIR_FULL];
	size_t j = i, n = 0, groups = 0, glen, sl = 0, b;
	struct nir nr;

	for (;;) {
		for (glen = 0; j < len && util_is_digit(t[j]); j++, glen++)
			if (n < NIR_FULL)
				c[n++] = t[j];
			else
				return 0;
		if (glen == 0 || glen > 7)
			return 0;
		groups++;
		if ((sl = mixed_sep_len(t, len, j)) == 0)
			break;
		j += sl;
	}
	if (groups < 4)
		return 0;	/* most: "1 an", "12 mg", "3:00" */
	/* not the tail of a longer run ("5 : 1 : 84 …") */
	for (b = i; b > 0 && i - b < 5 && !util_is_digit(t[b - 1]) &&
	    !is_alnum_byte(t[b - 1]) && t[b - 1] > 0x20; b--)
		;
	while (b > 0 && i - b < 5 && t[b - 1] == ' ')
		b--;
	if (b < i && b > 0 && util_is_digit(t[b - 1]))
		return 0;
	if ((n != NIR_BODY && (n != NIR_FULL || glen != 2)) || groups < 4 ||
	    glued(t, len, j))
		return 0;
	if (n == NIR_FULL && nir_parse(c, NIR_FULL, &nr) == 0)
		return add_span(s, i, j, DETECT_NIR, ctx_match_nir(row, nrow,
		    nr.body));
	return nir_cue_before(t, s, i) ? add_span(s, i, j, DETECT_NIR, -1) : 0;
}

/* collect_run stops at the end of the run of digits at i (run > 0 of
 * them, fewer than its `want`): nothing there, or a byte that no
 * separator starts, or a separator without a digit after it.  A byte
 * beyond ASCII (a wide separator), '%' ("%20"), two spaces, and with
 * `nir` the 'A'/'B' of Corsica after six digits may go on; before a
 * digit, only the separators collect_run takes go on: ' ', '.', '-',
 * '_', and with `nir` a '/' or a tab after one digit (speed23d: the call
 * and its copy for every number of a comment, most followed by a space
 * and a word; speed24a: "12/03/2021", "10:30", "3,5", "14h30" end there
 * too, collect_run read them for nothing). */
enum {
	CRE_GO = 1,	/* '%' (and every byte beyond ASCII: c >> 7) */
	CRE_SPACE = 2,	/* ' ': two go on */
	CRE_SEP = 4,	/* nir_is_separator or '_' before a digit */
	CRE_SLASH = 8,	/* '/' or a tab before a digit (a NIR's) */
	CRE_AB = 16,	/* Corsica's 'A'/'B' after six digits (a NIR's) */
};
static const uint8_t cre_class[128] = {
	['%'] = CRE_GO, [' '] = CRE_SPACE | CRE_SEP, ['.'] = CRE_SEP,
	['-'] = CRE_SEP, ['_'] = CRE_SEP, ['/'] = CRE_SLASH,
	['\t'] = CRE_SLASH, ['a'] = CRE_AB, ['A'] = CRE_AB, ['b'] = CRE_AB,
	['B'] = CRE_AB,
};
_Static_assert(CRE_SEP == 4, "collect_run_ends: nir_is_separator's set");

/* The tests by the class of the byte after the run (cre_class) and by
 * bits, with one branch where the chain had five, each on the text (the
 * byte after a number is a space, a '/', a ',' as the text goes: the CPU
 * mispredicted them; speed31d).  The same answers: a byte beyond ASCII
 * or '%' goes on; past the text's end nothing does; two spaces, or one
 * separator before a digit, go on. */
static inline __attribute__((always_inline)) int
collect_run_ends(const char *t, size_t len, size_t i, size_t run, int nir)
{
	size_t e = i + run;
	unsigned c, k, has1, d1, digit1, ab, go;

	if (e >= len)
		return 1;
	c = (unsigned char)t[e];
	k = (cre_class[c & 0x7f] & (0u - (c < 0x80))) | (c >> 7);
	has1 = e + 1 < len;
	d1 = (unsigned char)t[e + has1] & (0u - has1);
	digit1 = d1 - '0' < 10;
	ab = (unsigned)(nir != 0) & (run == 6) &
	    (t[i + (run == 6 ? 5 : 0)] == '2') & (k >> 4 & 1);
	go = (k & CRE_GO) | ab | (has1 & ((k >> 1 & 1 & (d1 == ' ')) |
	    (digit1 & ((k >> 2 & 1) | ((unsigned)(nir != 0) & (run <= 1) &
	    (k >> 3 & 1))))));
	return !go;
}

/* run: the digits at t[i] (number_at's count). */
static int
try_nir(const char *t, size_t len, size_t i, size_t run,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	char c[NIR_FULL];
	struct nir n;
	size_t end, end13, k, end15;
	int r;

	/* A NIR's sex digit: 1, 2, 3, 4, 7 or 8 (a compare of each, not
	 * strchr's call, for every number of every comment). */
	switch (t[i]) {
	case '1': case '2': case '3': case '4': case '7': case '8':
		break;
	default:
		return 0;
	}
	if (i + 2 < len && !util_is_digit(t[i + 1]) && util_is_digit(t[i + 2]) &&
	    (r = try_nir_one_sep(t, len, i, row, nrow, s)) != 0)
		return r;
	/* most numbers end at their run (collect_run_ends), and a run of
	 * fewer than NIR_BODY digits is no NIR but may be the first group
	 * of a mixed one: only its end is read below */
	if (run < NIR_BODY && collect_run_ends(t, len, i, run, 1)) {
		k = run;
		end = i + run;
	} else
		k = collect_run(t, len, i, run, NIR_FULL, 1, c, &end);
	if (k == NIR_FULL && !continues(t, len, end) &&
	    nir_parse(c, NIR_FULL, &n) == 0)
		return add_span(s, i, end, DETECT_NIR, ctx_match_nir(row, nrow,
		    n.body));
	/* Without the key: only a number that stops after 13 characters,
	 * so a 15-digit number with a wrong key is not half taken. */
	/* A sign or a space, then no letter (most numbers: "1 an", "3 mg"):
	 * the next group may follow (try_nir_mixed). */
	if (k < NIR_BODY)
		return end + 1 < len && t[end] != '/' &&
		    (unsigned char)t[end + 1] < 0x80 && !ascii_alpha(t[end + 1]) &&
		    mixed_sep_len(t, len, end) != 0 ? try_nir_mixed(t, len, i,
		    row, nrow, s) : 0;
	/* the first 13 of the 15 just read, and where they end */
	end15 = end;
	collect_run(t, len, i, run, NIR_BODY, 1, c, &end13);
	/* "1840275123456/74", "… 456:74": the key after a sign collect does
	 * not take; valid, or after a NIR cue (went through raw) */
	if (continues(t, len, end13) && nir_parse(c, NIR_BODY, &n) == 0 &&
	    nir_key_after_sign(t, len, end13, c + NIR_BODY, &end) &&
	    (nir_parse(c, NIR_FULL, &n) == 0 || nir_cue_before(t, s, i)))
		return add_span(s, i, end, DETECT_NIR, ctx_match_nir(row, nrow,
		    n.body));
	if (continues(t, len, end13) || nir_parse(c, NIR_BODY, &n) != 0)
		return try_nir_cued(t, len, i, k, end15, s);
	/* "2 41 11 13 022 517 clé 31": the key after its word, if valid. */
	if (nir_key_after_word(t, len, end13, c + NIR_BODY, &end) &&
	    nir_parse(c, NIR_FULL, &n) == 0)
		end13 = end;
	return add_span(s, i, end13, DETECT_NIR, ctx_match_nir(row, nrow,
	    n.body));
}

/* Overseas country codes written instead of +33, with their digit count. */
static const struct { const char *code; size_t digits; } overseas[] = {
	{ "262", 9 }, { "269", 9 }, { "590", 9 }, { "594", 9 }, { "596", 9 },
	{ "508", 6 }, { "681", 6 }, { "687", 6 }, { "689", 8 },
};

/* "+32 (0)2 512 47 88", "+41 (0)79 412 88 05", "+1 (514)
 * 555-0148": after a country code of one to three digits at j, the
 * trunk "(0)" (dropped, as after +33) or an area code of one to four
 * digits in parentheses, then the rest.  The digits into d, their count
 * (8 to 15), or 0. */
static size_t
phone_parens(const char *t, size_t len, size_t j, char *d, size_t *end)
{
	size_t m = 0, p, a = 0, n;

	while (m < 3 && j + m < len && util_is_digit(t[j + m]))
		m++;
	p = j + m;
	if (p < len && t[p] == ' ')
		p++;
	if (p + 3 > len || t[p] != '(' || (j + m < len &&
	    util_is_digit(t[j + m])))
		return 0;
	memcpy(d, t + j, m);
	while (a < 5 && p + 1 + a < len && util_is_digit(t[p + 1 + a]))
		a++;
	if (a == 0 || a > 4 || p + 1 + a >= len || t[p + 1 + a] != ')')
		return 0;
	/* "(0)": the trunk prefix, not dialled from abroad */
	if (!(a == 1 && t[p + 1] == '0')) {
		memcpy(d + m, t + p + 1, a);
		m += a;
	}
	p += a + 2;
	if (p < len && (t[p] == ' ' || t[p] == '-' || t[p] == '.'))
		p++;
	if (p >= len || !util_is_digit(t[p]))
		return 0;
	n = m + collect(t, len, p, 15 - m, 0, d + m, end);
	return n >= 8 && n <= 15 && !(*end < len && glued(t, len, *end)) ?
	    n : 0;
}

/* "+351 912 345 678", "+48 527 137 755", "00 221 77 186 22 40": any
 * other country (E.164): "+" or "00", the country code and 7 to 12 more
 * digits, 15 at most, grouped as phones are ("00" needs 9 digits after it:
 * "00 12 34 56 78" is no phone).  The digits into d; 0 if not a phone. */
static size_t
phone_international(const char *t, size_t len, size_t i, char *d,
    size_t *end)
{
	size_t j = t[i] == '+' ? i + 1 : i + 2, n;

	if (t[i] != '+' && (i + 2 > len || t[i + 1] != '0'))
		return 0;
	if (t[i] != '+' && j < len && t[j] == ' ')
		j++;
	if (j >= len || !util_is_digit(t[j]) || t[j] == '0')
		return 0;
	if ((n = phone_parens(t, len, j, d, end)) != 0)
		return n;
	n = collect(t, len, j, 15, 0, d, end);
	if (n < (t[i] == '+' ? 8u : 9u) || (*end < len &&
	    glued(t, len, *end)) || (n == 15 && continues(t, len, *end)))
		return 0;
	return n;
}

/* "06/09/87/65/43": five pairs between slashes (a date reads the first
 * three otherwise).  The digits into d; 0 if not so. */
static size_t
phone_slashed(const char *t, size_t len, size_t i, char *d, size_t *end)
{
	for (size_t k = 0; k < 5; k++) {
		size_t p = i + 3 * k;

		if (p + 2 > len || !util_is_digit(t[p]) ||
		    !util_is_digit(t[p + 1]) ||
		    (k < 4 && (p + 2 >= len || t[p + 2] != '/')))
			return 0;
		d[2 * k] = t[p];
		d[2 * k + 1] = t[p + 1];
	}
	*end = i + 14;
	if (d[0] != '0' || d[1] == '0' || (*end < len &&
	    (glued(t, len, *end) || t[*end] == '/')))
		return 0;
	return 10;
}

/* "+33 6 12 34 56 78", "0033 6...", "+33 (0)6...", "+262 692...",
 * "(+33) 1 45...": France and its overseas codes, with their digit
 * counts.  The digits into d. */
static size_t
phone_french_code(const char *t, size_t len, size_t i, char *d, size_t *end)
{
	size_t j, k, n, want = 9;

	if (t[i] == '+' && i + 3 <= len && memcmp(t + i + 1, "33", 2) == 0) {
		j = i + 3;
	} else if (t[i] == '+') {
		for (k = 0; k < sizeof(overseas) / sizeof(overseas[0]); k++)
			if (i + 4 <= len && memcmp(t + i + 1, overseas[k].code,
			    3) == 0)
				break;
		if (k == sizeof(overseas) / sizeof(overseas[0]))
			return 0;
		j = i + 4;
		want = overseas[k].digits;
	} else if (i + 4 < len && memcmp(t + i, "0033", 4) == 0) {
		j = i + 4;
	} else {
		return 0;
	}
	/* "(+33) 1 45 83 62 07", "(0033) 6...": the code in parentheses */
	if (j < len && t[j] == ')' && i > 0 && t[i - 1] == '(')
		j++;
	while (j < len && t[j] == ' ')
		j++;
	if (j + 3 <= len && memcmp(t + j, "(0)", 3) == 0) {
		j += 3;
		while (j < len && t[j] == ' ')
			j++;
	}
	if (j >= len || !util_is_digit(t[j]) || (want == 9 && t[j] == '0'))
		return 0;
	n = collect(t, len, j, want, 0, d, end);
	if (n != want || (*end < len && util_is_digit(t[*end])))
		return 0;
	return n;
}

/* "33 6 12 34 56 78", "33 612345678", "33 (0)6 12 34 56 78": France's
 * country code written without its "+" or "00" (recall25; the
 * +33 and 0033 forms are phone_french_code's).  "33" alone (nothing
 * alphanumeric, no ',' or '.' with a digit glued before), a space, a
 * dot or a '-', the trunk "(0)" or not, then the nine digits of a
 * number without its 0, first 1-9, in one of the two ways a French
 * number is written: one run of nine, or one digit and four pairs with
 * the same separator; nothing glued after.  "33 ans", "33 6 12 34" (too
 * short), "33 1 2 3 4 5" and "33 123 456 789" (no French grouping) stay.
 * The digits into d. */
static size_t
phone_bare_33(const char *t, size_t len, size_t i, char *d, size_t *end)
{
	size_t j = i + 3, q;
	char sep;

	if (i + 12 > len || t[i] != '3' || t[i + 1] != '3' ||
	    (t[i + 2] != ' ' && t[i + 2] != '.' && t[i + 2] != '-') ||
	    (i > 0 && (is_alnum_byte(t[i - 1]) || ((t[i - 1] == ',' ||
	    t[i - 1] == '.') && i > 1 && util_is_digit(t[i - 2])))))
		return 0;
	if (j + 3 <= len && memcmp(t + j, "(0)", 3) == 0) {
		j += 3;
		while (j < len && t[j] == ' ')
			j++;
	}
	if (j >= len || t[j] < '1' || t[j] > '9')
		return 0;
	for (q = j; q < len && util_is_digit(t[q]); q++)
		;
	if (q - j == 9) {
		memcpy(d, t + j, 9);
	} else if (q - j == 1 && q < len && (sep = t[q]) != '\0' &&
	    (sep == ' ' || sep == '.' || sep == '-')) {
		d[0] = t[j];
		for (size_t k = 0; k < 4; k++) {
			if (q + 3 > len || t[q] != sep ||
			    !util_is_digit(t[q + 1]) || !util_is_digit(t[q + 2]))
				return 0;
			d[1 + 2 * k] = t[q + 1];
			d[2 + 2 * k] = t[q + 2];
			q += 3;
		}
	} else {
		return 0;
	}
	if (q < len && (is_alnum_byte(t[q]) || ((t[q] == ' ' || t[q] == '.' ||
	    t[q] == '-') && q + 1 < len && util_is_digit(t[q + 1]))))
		return 0;
	*end = q;
	return 9;
}

/* words that announce a phone number (D_PHONECUE: the
 * dictionary has them, tokenize marks them W_PHONECUE). */
const char *const detect_phone_cues[] = {
	"tel", "telephone", "portable", "port", "mobile", "gsm", "joignable",
	"numero", "fixe", "whatsapp", "appeler", "rappeler", "joindre", "cel",
	NULL,
};

/* A phone cue at most three words before word k, no number between
 * ("tél : 87 24 51 60", "joignable au 27 12 34", "son numéro est le"). */
static inline __attribute__((always_inline)) int
phone_cue_before(const struct detect_scratch *s, size_t k)
{
	for (size_t q = k; q > 0 && k - q < 3; q--) {
		const struct detect_word *w = &s->words[q - 1];

		if (w->flags & W_DIGIT)
			return 0;
		if (w->flags & W_PHONECUE)
			return 1;
	}
	return 0;
}

/* phone_cue_before for the number at byte i, out of line: phone_pacific,
 * which asks it of many numbers, keeps it inline. */
static __attribute__((noinline)) int
phone_cue_at(const struct detect_scratch *s, size_t i)
{
	return phone_cue_before(s, word_at(s, i));
}

/* The separator of phone_same_sep at t[p]: one to twelve bytes up to the
 * next digit, none a digit or a line or tab, at most one a letter ("x",
 * the katakana prolonged mark U+30FC a Japanese input method types for a
 * dash, its half-width U+FF70: "06ー12ー34ー56ー78", "06 x 12 x …" went
 * through raw), a comma or a semicolon only with `cue` (a
 * phone cue before the number: "portable 06, 12, 34, 56, 78"; without
 * one "05, 12, 34" is a list); its length, or 0. */
static size_t
same_sep_len(const char *t, size_t len, size_t p, int cue)
{
	size_t n;
	int letters = 0;

	/* "06,12,34,56,78", "06;12;…": a comma or a semicolon alone, no
	 * space; phone_same_sep asks the same sign four times, two digits
	 * between, the first pair 0[1-9] */
	if (p + 1 < len && (t[p] == ',' || t[p] == ';') &&
	    util_is_digit(t[p + 1]))
		return 1;
	for (n = 0; p + n < len && !util_is_digit(t[p + n]); n++) {
		unsigned char c = (unsigned char)t[p + n];

		if (n == 12 || c < 0x20 || ((c == ',' || c == ';') && !cue))
			return 0;
		if ((c < 0x80 && is_alnum_byte((char)c)) ||
		    (c >= 0xc0 && glued(t, len, p + n)))
			if (++letters > 1 || (c >= 0xc0 &&
			    !glued_letter(t, len, p + n)))
				return 0;
	}
	return p + n < len ? n : 0;
}

/*
 * "06:12:34:56:78", "06∙12∙34∙56∙78" (a dot operator, a math symbol, not
 * punctuation), "06 - 12 - 34 - 56 - 78", "06|12|34|56|78", "(06) 12 34 56
 * 78": five pairs, the first 0 and 1-9, with the same separator between
 * each (any signs but letters and digits; ',' and ';' alone only, no space:
 * "05, 12, 34" is a list), the first pair in parentheses or not; one more pair before or
 * after makes it no phone.  They went through raw: collect takes
 * the ASCII and punctuation separators one at a time only.  The digits
 * into d; 0 if not so.
 */
static size_t
phone_same_sep(const char *t, size_t len, size_t i, struct detect_scratch *s,
    char *d, size_t *end)
{
	size_t p = i + 2, q = i, sl, k;
	int cue = 0;

	if (i + 2 >= len || !util_is_digit(t[i + 1]))
		return 0;
	if (i > 0 && t[i - 1] == '(' && t[p] == ')')
		p++;
	/* the cue asked only of pairs a comma or a semicolon and a space
	 * follow (few numbers) */
	if (p + 2 < len && (t[p] == ',' || t[p] == ';' || t[p + 1] == ',' ||
	    t[p + 1] == ';') && !util_is_digit(t[p + 1]))
		cue = phone_cue_at(s, i);
	if ((sl = same_sep_len(t, len, p, cue)) == 0 ||
	    (p == i + 2 && i > sl && memcmp(t + i - sl, t + p, sl) == 0 &&
	    util_is_digit(t[i - sl - 1])))
		return 0;	/* none, or inside a longer run of pairs */
	for (k = 0; k < 5; k++) {
		if (q + 2 > len || !util_is_digit(t[q]) ||
		    !util_is_digit(t[q + 1]))
			return 0;
		d[2 * k] = t[q];
		d[2 * k + 1] = t[q + 1];
		q += k == 0 ? p - i - 2 : 0;	/* its ')' */
		q += 2;
		if (k < 4) {
			if (q + sl > len || memcmp(t + q, t + p, sl) != 0)
				return 0;
			q += sl;
		}
	}
	if (d[0] != '0' || d[1] == '0' || glued(t, len, q) ||
	    (q + sl < len && memcmp(t + q, t + p, sl) == 0 &&
	    util_is_digit(t[q + sl])))
		return 0;
	*end = q;
	return 10;
}

/* The separator of phone_mixed_sep at t[p]: one to three bytes of " .-/",
 * a digit after; its length, or 0. */
static size_t
mixed_pair_sep(const char *t, size_t len, size_t p)
{
	size_t n = 0;

	while (n < 3 && p + n < len && (t[p + n] == ' ' || t[p + n] == '.' ||
	    t[p + n] == '-' || t[p + n] == '/'))
		n++;
	return n > 0 && p + n < len && util_is_digit(t[p + n]) ? n : 0;
}

/*
 * "06 - 12.34 56/78": five pairs, the first 0 and 1-9, between separators
 * of spaces, dots, hyphens and slashes that are not the same each time
 * (collect takes one sign at a time, phone_same_sep the same one): went
 * through raw.  Not inside a longer run: no digit glued after,
 * nor a separator and a digit.  Asked when the other readers found none.
 */
static size_t
phone_mixed_sep(const char *t, size_t len, size_t i, char *d, size_t *end)
{
	size_t q = i, sl;

	for (size_t k = 0; k < 5; k++) {
		if (q + 2 > len || !util_is_digit(t[q]) ||
		    !util_is_digit(t[q + 1]))
			return 0;
		d[2 * k] = t[q];
		d[2 * k + 1] = t[q + 1];
		q += 2;
		if (k < 4) {
			if ((sl = mixed_pair_sep(t, len, q)) == 0)
				return 0;
			q += sl;
		}
	}
	if (d[0] != '0' || d[1] == '0' || glued(t, len, q) ||
	    mixed_pair_sep(t, len, q) != 0)
		return 0;
	*end = q;
	return 10;
}

/* the local numbers of the Pacific and Saint-Pierre, after a
 * phone cue (phone_cue_before): eight digits in French Polynesia ("87 24
 * 51 60", "40 50 12 34"), six in New Caledonia, Wallis and Futuna and
 * Saint-Pierre ("27 12 34"), in groups of two; or their country code
 * written without its "+" first ("689 87 24 51 60"); or a French number
 * without its 0.  The digits into d; 0 if not so.  "tél : 12 34", "EVA
 * 3", "au 12 13" stay. */
static size_t
phone_pacific(const char *t, size_t len, size_t i, size_t run,
    struct detect_scratch *s, char *d, size_t *end)
{
	size_t j = i, n = 0, want = 0, k;

	/* no cue in the comment: no word_at's bisection for each number */
	if (!comment_has(s, W_PHONECUE, 0))
		return 0;
	k = word_at(s, i);
	if (t[i] < '1' || t[i] > '9' || k >= s->nwords ||
	    s->words[k].start != i || !phone_cue_before(s, k))
		return 0;
	/* "tél 6 12 34 56 78", "portable 612345678": a French number
	 * without its 0, as written after a "+33" left out (went
	 * through raw); nine digits, no more */
	if ((n = collect_run(t, len, i, run, 10, 0, d, end)) == 9 &&
	    !continues(t, len, *end) && (*end == i + 9 ||
	    !util_is_digit(t[i + 1])))
		return n;	/* one run, or its first digit alone: not
				 * "numéro 2026-04417" */
	n = 0;
	if (i + 4 < len && t[i + 3] == ' ' && util_is_digit(t[i + 4]))
		for (size_t c = 5; c < sizeof(overseas) / sizeof(overseas[0]);
		    c++)
			if (memcmp(t + i, overseas[c].code, 3) == 0) {
				want = overseas[c].digits;
				j = i + 4;
			}
	for (;;) {
		if (j + 2 > len || !util_is_digit(t[j]) ||
		    !util_is_digit(t[j + 1]) || n >= 8)
			return 0;
		d[n++] = t[j];
		d[n++] = t[j + 1];
		j += 2;
		if (j + 2 < len && (t[j] == ' ' || t[j] == '.' || t[j] == '-') &&
		    util_is_digit(t[j + 1]) && util_is_digit(t[j + 2]))
			j++;
		else
			break;
	}
	if ((j < len && (is_alnum_byte(t[j]) || ((t[j] == ' ' ||
	    t[j] == '.' || t[j] == '-') && j + 1 < len &&
	    util_is_digit(t[j + 1])))) || (want ? n != want : n != 6 && n != 8))
		return 0;
	*end = j;
	return n;
}

/* a French phone cut short after a phone's cue ("tél : 06 12
 * 34 56 7", "joignable au 06 12 34 ..", "portable 06 12 34 56 (fin
 * illisible)"): 0 and 1-9, then eight or nine digits in all, or six
 * before an ellipsis, "xx" or "**" (the rest withheld or unreadable).  A
 * cue word two words back at most (phone_cue_before); nothing glued.
 * The digits into d, their count, or 0. */
static size_t
phone_partial(const char *t, size_t len, size_t i, size_t run,
    struct detect_scratch *s, char *d, size_t *end)
{
	size_t n, k, e;

	if (!comment_has(s, W_PHONECUE, 0) || i + 1 >= len || t[i + 1] == '0' ||
	    !util_is_digit(t[i + 1]))
		return 0;
	n = collect_run(t, len, i, run, 10, 0, d, end);
	if (n < 6 || n > 9 || n == 7 || (*end < len && glued(t, len, *end)))
		return 0;
	if (n == 6) {
		for (e = *end; e < len && t[e] == ' '; e++)
			;
		if (!(e + 1 < len && ((t[e] == '.' && t[e + 1] == '.') ||
		    ((t[e] | 32) == 'x' && (t[e + 1] | 32) == 'x') ||
		    (t[e] == '*' && t[e + 1] == '*'))) && !(e + 2 < len &&
		    memcmp(t + e, "\xe2\x80\xa6", 3) == 0))
			return 0;
	}
	k = word_at(s, i);
	return k < s->nwords && s->words[k].start == i &&
	    phone_cue_before(s, k) ? n : 0;
}

/* The separator of phone_cued_loose at t[p]: one to three bytes of
 * " .-", a digit after (not a '/': "0 6 1 2 / 3 4 / 5 6 7 8" reads as a
 * date typed digit by digit as much as a phone); its length, or 0. */
static size_t
loose_sep(const char *t, size_t len, size_t p)
{
	size_t n = 0;

	while (n < 3 && p + n < len && (t[p + n] == ' ' || t[p + n] == '.' ||
	    t[p + n] == '-'))
		n++;
	return n > 0 && p + n < len && util_is_digit(t[p + n]) ? n : 0;
}

/*
 * "tel patient 06 . 20 . 4 7 . 1 1 . 9 8": a French phone typed with its
 * pairs cut in single digits here and there, between separators of one to
 * three bytes of " .-" that are not the same each time (loose_sep;
 * phone_mixed_sep asks pairs, collect one sign at a time), after a phone
 * cue
 * (phone_cue_before): ten digits in groups of one or two, the first 0 and
 * 1-9, no separator and digit after, nothing glued.  The digits into d;
 * 0 if not so.
 */
static size_t
phone_cued_loose(const char *t, size_t len, size_t i, size_t run,
    struct detect_scratch *s, char *d, size_t *end)
{
	size_t q = i, n = 0, sl, k;

	/* few numbers are a pair or a digit alone after a cue: the cue
	 * (a bisection) asked last */
	if (run > 2 || !comment_has(s, W_PHONECUE, 0))
		return 0;
	for (;;) {
		size_t g = 0;

		while (q < len && util_is_digit(t[q]) && g < 3) {
			if (n == 10)
				return 0;
			d[n++] = t[q++];
			g++;
		}
		if (g == 0 || g > 2 || n == 10)
			break;
		if ((sl = loose_sep(t, len, q)) == 0)
			break;
		q += sl;
	}
	if (n != 10 || d[0] != '0' || d[1] == '0' || glued(t, len, q) ||
	    loose_sep(t, len, q) != 0)
		return 0;
	k = word_at(s, i);
	if (k >= s->nwords || s->words[k].start != i || !phone_cue_before(s, k))
		return 0;
	*end = q;
	return 10;
}

/* The ten digits t[i..end) of a free number (0800 to 0805) are written
 * in pairs after its prefix, 1-3-2-2-2 ("0 800 12 34 56") or 4-2-2-2
 * ("0800 12 34 56"): as a caller writes down a number told in pairs (an
 * on-call line, a provider's astreinte), a phone; the services print
 * theirs in threes ("0 800 840 800"). */
static int
free_number_in_pairs(const char *t, size_t i, size_t end)
{
	size_t g[5], ng = 0, q = i;

	while (q < end) {
		size_t a = q;

		while (q < end && util_is_digit(t[q]))
			q++;
		if (ng == 5 || q == a)
			return 0;
		g[ng++] = q - a;
		while (q < end && !util_is_digit(t[q]))
			q++;
	}
	if (ng == 5)
		return g[0] == 1 && g[1] == 3 && g[2] == 2 && g[3] == 2 &&
		    g[4] == 2;
	return ng == 4 && g[0] == 4 && g[1] == 2 && g[2] == 2 && g[3] == 2;
}

/* run: the digits at t[i] (number_at's count, 0 at a '+'). */
static int
try_phone(const char *t, size_t len, size_t i, size_t run,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	char d[16];
	size_t end, n = 0, nc = 0;	/* nc: the digits collect found */

	if (t[i] == '+' || (t[i] == '0' && i + 1 < len && t[i + 1] == '0')) {
		n = phone_french_code(t, len, i, d, &end);
		if (n == 0)
			n = phone_international(t, len, i, d, &end);
	} else if (t[i] != '0') {
		if (run == 2 && t[i] == '3')
			n = phone_bare_33(t, len, i, d, &end);
		if (n == 0)
			n = phone_pacific(t, len, i, run, s, d, &end);
	} else if (t[i] == '0' && i + 1 < len) {
		n = phone_slashed(t, len, i, d, &end);
		/* a run of fewer than ten digits that collect would not
		 * go on from ("05/12", "0,5 mg", "03 h"): its digits,
		 * no phone (speed24a) */
		if (n == 0 && run < 10 && collect_run_ends(t, len, i, run,
		    0))
			nc = run;
		else if (n == 0) {
			n = nc = collect_run(t, len, i, run, 10, 0, d, &end);
			if (n != 10 || d[1] == '0' || (end < len &&
			    glued(t, len, end)))
				n = 0;
			/* 0800 to 0805 written as services write them
			 * ("0 800 840 800", "0800 123 456"): a free number of
			 * a service ("Sida Info Service"), no person's (but
			 * the row's own phone); "08.02.45.17.53" stays one,
			 * and so do the digits in pairs after the prefix
			 * (free_number_in_pairs: "0 800 12 34 56") and a
			 * number right after a phone cue ("tél 0 800 123
			 * 456": someone's line to call, as the hand sets
			 * label it; "Sida Info Service 0 800 840 800" has
			 * the service's name between) */
			if (n == 10 && d[1] == '8' && d[2] == '0' && d[3] <= '5' &&
			    (t[i + 1] == ' ' || (i + 4 < len && t[i + 4] == ' ' &&
			    util_is_digit(t[i + 3]))) &&
			    !free_number_in_pairs(t, i, end) &&
			    !phone_cue_at(s, i) &&
			    ctx_match_digits(s, row, nrow, DETECT_IDENT_PHONE, d,
			    n, 9) < 0)
				n = 0;
		}
		if (n == 0)
			n = phone_same_sep(t, len, i, s, d, &end);
		if (n == 0)
			n = phone_mixed_sep(t, len, i, d, &end);
		if (n == 0)
			n = phone_cued_loose(t, len, i, run, s, d, &end);
		/* most numbers are no phone cut short: six, eight or nine
		 * digits only */
		if (n == 0 && (nc == 6 || nc == 8 || nc == 9))
			n = phone_partial(t, len, i, run, s, d, &end);
	}
	if (n == 0)
		return 0;
	return add_span(s, i, end, DETECT_PHONE, ctx_match_digits(s, row, nrow,
	    DETECT_IDENT_PHONE, d, n, n < 9 ? n : 9));
}

/* The longest run of digits number_at reads as one number. */
#define NUMBER_RUN_MAX 40

/* The number detectors at byte i (a digit, or a '+'); *next: the first
 * byte they may look at after it.  run: the digits at i (tokenize's digit
 * word there: a whole run), 0 at a '+'. */
static int
number_at(const struct detect_options *o, const char *t, size_t len, size_t i,
    size_t run, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s, size_t *next)
{
	char c = t[i];
	size_t end, n, sb;
	int r, k;

	*next = i + 1;
	/* Only where a number starts; glued to letters it does
	 * ("N°0612345678", "IPP40099999", "(NIR184...)"), not to digits. */
	if (i > 0 && (util_is_digit(t[i - 1]) || t[i - 1] == '+'))
		return 0;
	if (c == '+' && (i + 1 >= len || !util_is_digit(t[i + 1])))
		return 0;
	/* Nor inside one: "08 14 168 025" in a 15-digit number whose NIR key
	 * is wrong is not a phone.  A number found whole before it
	 * ("12/03/2021 15/04/2021") ends there. */
	if (i >= 2 && (t[i - 1] == ' ' || t[i - 1] == '.' || t[i - 1] == '-') &&
	    ((util_is_digit(t[i - 2]) && !overlaps(s, i - 2, i - 1)) ||
	    (t[i - 2] == ' ' && i >= 3 && util_is_digit(t[i - 3]) &&
	    !overlaps(s, i - 3, i - 2))))
		return 0;
	/* the same after an underscore or a wide separator (wide_sep) */
	if (i >= 2 && !util_is_digit(t[i - 1]) && t[i - 1] != ' ' &&
	    t[i - 1] != '.' && t[i - 1] != '-' &&
	    (sb = sep_before(t, i)) < i && sb > 0 &&
	    util_is_digit(t[sb - 1]) && !overlaps(s, sb - 1, sb))
		return 0;
	/* The run of digits at i, read once (by tokenize): the phone and
	 * NIR tries collect from its end, the ids below are it. */
	if (run > NUMBER_RUN_MAX)
		run = NUMBER_RUN_MAX;
	r = 0;
	if (o->kinds & DETECT_BIT(DETECT_PHONE))
		r = try_phone(t, len, i, run, row, nrow, s);
	if (r == 0 && c != '+' && (o->kinds & DETECT_BIT(DETECT_NIR)))
		r = try_nir(t, len, i, run, row, nrow, s);
	if (r == 0 && c != '+' && (o->kinds & DETECT_BIT(DETECT_DATE)))
		r = try_date(t, len, i, run, s);
	if (r != 0) {
		if (r > 0)
			*next = s->spans[s->nspans - 1].end;
		return r < 0 ? r : 0;
	}
	if (c == '+')
		return 0;
	/* One run of digits (c, not a '+', is its first): RPPS, FINESS, an
	 * id. */
	/* the digits are read where they are (speed23d: copied first,
	 * for nothing: no test changes them) */
	n = run;
	end = i + n;
	if (glued(t, len, end))
		return 0;
	*next = end;
	/* The row's id counts from four digits ("chambre 12" is none). */
	k = n >= 4 ? ctx_match_digits(s, row, nrow, DETECT_IDENT_ID, t + i, n,
	    0) : -1;
	if (k >= 0)
		r = add_span(s, i, end, DETECT_ID, k);
	else if (n == 11 && (o->kinds & DETECT_BIT(DETECT_RPPS)) &&
	    detect_luhn(t + i, n))
		r = add_span(s, i, end, DETECT_RPPS, -1);
	else if (n == 9 && (o->kinds & DETECT_BIT(DETECT_FINESS)) &&
	    detect_luhn(t + i, n))
		r = add_span(s, i, end, DETECT_FINESS, -1);
	else if (o->min_digits > 0 && n >= (size_t)o->min_digits &&
	    n <= MAX_ID_DIGITS && (o->kinds & DETECT_BIT(DETECT_ID)))
		r = add_span(s, i, end, DETECT_ID, -1);
	return r < 0 ? r : 0;
}

/* The digit a letter stands for when typed, or read by OCR, in a number
 * ("O6" with the letter O, "l2" with a small L, "S6"), else 0. */
static inline char
lookalike_digit(char c)
{
	switch (c) {
	case 'O': case 'o':
		return '0';
	case 'l': case 'I': case '|':
		return '1';
	case 'S':
		return '5';
	case 'B':
		return '8';
	case 'Z':
		return '2';
	/* redteam47: the other shapes a digit is typed or read as */
	case 'G': case 'b':
		return '6';
	case 'q':
		return '9';
	case 'A':
		return '4';
	case 'T':
		return '7';
	}
	return 0;
}

static inline int
digit_or_lookalike(char c)
{
	return util_is_digit(c) || lookalike_digit(c) != 0;
}

static inline int
lookalike_sep(char c)
{
	return c == ' ' || c == '.' || c == '-' || c == '/';
}

/* A line break between two groups of a number at t[q] (spaces or tabs,
 * an optional '\r', '\n', spaces or tabs): its length, else 0.  A
 * quoted cell wraps a number where the writer's line ended.  recall25:
 * two line breaks (a blank line between, "06 12\n\n34 56 78": a cell
 * pasted with an empty line) and an indentation of twelve bytes at most
 * after the last one (a cell's continuation indented, "1 56 03
 * 75\n            012 345 53"); 24 bytes in all. */
static size_t
break_gap(const char *t, size_t len, size_t q)
{
	size_t e = q, b;

	while (e < len && e - q < 3 && (t[e] == ' ' || t[e] == '\t'))
		e++;
	if (e < len && t[e] == '\r')
		e++;
	if (e >= len || t[e] != '\n')
		return 0;
	e++;
	/* a second break: a blank line, maybe with spaces on it */
	for (b = e; b < len && b - e < 3 && (t[b] == ' ' || t[b] == '\t');
	    b++)
		;
	if (b < len && t[b] == '\r')
		b++;
	if (b < len && t[b] == '\n')
		e = b + 1;
	for (b = e; e < len && e - b < 12 && (t[e] == ' ' || t[e] == '\t');
	    e++)
		;
	return e < len && digit_or_lookalike(t[e]) ? e - q : 0;
}

/* The number of groups around digit word w (hostile30's rule below): its
 * start, back over groups of digits and look-alike letters that one
 * separator joins, no earlier than lo nor 48 bytes before the word. */
static size_t
lookalike_start(const char *t, size_t lo, size_t w)
{
	size_t p = w;

	for (;;) {
		while (p > lo && w - p < 48 && digit_or_lookalike(t[p - 1]))
			p--;
		if (p >= lo + 2 && w - p < 48 && lookalike_sep(t[p - 1]) &&
		    digit_or_lookalike(t[p - 2])) {
			p--;
			continue;
		}
		return p;
	}
}

/*
 * A number with letters for some of its digits (hostile30): "tél O6 l2 34
 * S6 78", "IPP l23456", "NIR l84O2751234S674" (the letter O for 0, a
 * small L or a capital I for 1, S for 5, B for 8, Z for 2; redteam47: G
 * and b for 6, q for 9, A for 4, T for 7: typed so, or read so by OCR).  The number rules read digits only: "l23456" lost its
 * five digits and kept the "l", a phone with two such letters stayed
 * whole.  Groups of digits and such letters, each group holding a digit,
 * one of ' ' '.' '-' '/' between groups, nothing alphanumeric glued at
 * either end, at least one letter: read as digits, a span when they are
 * the row's phone (its last nine), the row's id (four digits or more)
 * or a NIR whose key is valid (or the row's).  Other such numbers
 * ("lot B12", "S1 S2", "IO 12") are no value of the row and stay.  Only a
 * digit word with such a letter glued to it starts a walk, and each byte
 * is walked once past `done` (48 bytes back at most).  Before
 * scan_numbers, whose span of the digits alone would hold the letters
 * out.
 */
int
scan_lookalike_numbers(unsigned kinds, const char *t, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	size_t done = 0;
	/* break_gap finds a '\n' or nothing: a text with none (tokenize's
	 * text bytes, exact) is not asked, at each digit word followed by
	 * a space (speed32e) */
	const int newline = (s->text_bytes & TB_NEWLINE) != 0;

	/* the digit words only: tokenize's list of them, in order (the
	 * words it gave W_DIGIT, as their class bytes have it; word_wbits
	 * never adds it), which scan_numbers walks next: no search of the
	 * class bytes (speed32e) */
	for (size_t dx = 0; dx < s->ndwords; dx++) {
		const struct detect_word *w = &s->words[s->dwords[dx]];
		char d[24];
		size_t a, q, end, n = 0, looks = 0, cuts = 0, gap;
		int k = -1, kind = DETECT_ID, r;

		if (!(w->flags & W_DIGIT) || w->start < done ||
		    !((w->start > 0 && lookalike_digit(t[w->start - 1])) ||
		    (w->end < len && (lookalike_digit(t[w->end]) ||
		    (newline && (t[w->end] == '\n' || t[w->end] == ' ' ||
		    t[w->end] == '\r') && break_gap(t, len, w->end))))))
			continue;
		a = q = lookalike_start(t, done, w->start);
		end = a;
		while (q < len) {
			size_t g = q, dig = 0, gl = 0;

			for (; q < len && digit_or_lookalike(t[q]); q++) {
				dig += util_is_digit(t[q]) != 0;
				gl += !util_is_digit(t[q]);
			}
			if (dig == 0 || n + (q - g) > sizeof(d)) {
				if (g > w->start)
					break;	/* the number ended before */
				/* a group before the word's: start after it */
				n = 0;
				looks = 0;
				a = q < len && lookalike_sep(t[q]) ? q + 1 : q;
				end = a;
				if (q >= len || !lookalike_sep(t[q]))
					break;
				q++;
				continue;
			}
			for (size_t x = g; x < q; x++)
				d[n++] = util_is_digit(t[x]) ? t[x] :
				    lookalike_digit(t[x]);
			looks += gl;
			end = q;
			if (q + 1 < len && lookalike_sep(t[q]) &&
			    digit_or_lookalike(t[q + 1])) {
				q++;
				continue;
			}
			if (cuts == 0 && newline &&
			    (gap = break_gap(t, len, q)) != 0) {
				cuts++;
				q += gap;
				continue;
			}
			break;
		}
		done = end > w->end ? end : w->end;
		/* a country code's signs before the first group ("+33 (0)7",
		 * "+33 9"): the span holds them, as the phone rules' did */
		if (a >= 3 && memcmp(t + a - 3, "(0)", 3) == 0) {
			size_t b0 = a - 3, b1;

			while (b0 > 0 && a - b0 < 6 && t[b0 - 1] == ' ')
				b0--;
			for (b1 = b0; b1 > 0 && b0 - b1 < 3 &&
			    util_is_digit(t[b1 - 1]); b1--)
				;
			if (b1 < b0 && b1 > 0 && t[b1 - 1] == '+')
				a = b1 - 1;
		} else if (a > 0 && t[a - 1] == '+')
			a--;
		if ((looks == 0 && cuts == 0) || n < 4 || end <= w->start ||
		    (a > 0 && is_alnum_byte(t[a - 1])) ||
		    (end < len && is_alnum_byte(t[end])))
			continue;
		if (n == NIR_FULL || n == NIR_BODY) {
			struct nir nir;

			if ((kinds & DETECT_BIT(DETECT_NIR)) &&
			    nir_parse(d, n, &nir) == 0 &&
			    ((k = ctx_match_nir(row, nrow, nir.body)) >= 0 ||
			    n == NIR_FULL))
				kind = DETECT_NIR;
		}
		if (kind != DETECT_NIR && n >= 9 && n <= 13 &&
		    (kinds & DETECT_BIT(DETECT_PHONE)) &&
		    (k = ctx_match_digits(s, row, nrow, DETECT_IDENT_PHONE, d, n,
		    9)) >= 0)
			kind = DETECT_PHONE;
		/* a French number of ten digits cut by a line break is a
		 * phone, whosever it is */
		if (kind == DETECT_ID && cuts && n == 10 && d[0] == '0' &&
		    d[1] != '0' && (kinds & DETECT_BIT(DETECT_PHONE)))
			kind = DETECT_PHONE;
		if (kind == DETECT_ID && (!(kinds & DETECT_BIT(DETECT_ID)) ||
		    (k = ctx_match_digits(s, row, nrow, DETECT_IDENT_ID, d, n,
		    0)) < 0))
			continue;
		if ((r = add_span(s, a, end, (enum detect_kind)kind, k)) < 0)
			return r;
	}
	return 0;
}

static __attribute__((noinline)) int scan_spaced_ids(const char *t,
    unsigned kinds,
    struct detect_scratch *s);

/* Numbers start at a run of digits, or at a '+' before one: the runs are
 * tokenize's digit words, so the text is not read byte by byte again. */
int
scan_numbers(const struct detect_options *o, const char *t, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	size_t next = 0;
	int r;

	/* Every span number_at adds starts at the byte it is given: at a
	 * byte an email or an IBAN already holds it adds none, and the
	 * `next` it would give is no further than the end of that digit
	 * run, so it is not asked (its tries read up to 15 digits). */
	for (size_t x = 0; x < s->ndwords; x++) {
		const struct detect_word *w = &s->words[s->dwords[x]];
		size_t i = w->start;

		if (i > 0 && t[i - 1] == '+' && i - 1 >= next &&
		    !overlaps(s, i - 1, i) &&
		    (r = number_at(o, t, len, i - 1, 0, row, nrow, s,
		    &next)) != 0)
			return r;
		if (i >= next && !overlaps(s, i, i + 1) &&
		    (r = number_at(o, t, len, i, w->end - w->start, row, nrow, s,
		    &next)) != 0)
			return r;
	}
	/* the same numbers in groups after their label (its gate here:
	 * a rule of its own cost every comment a test) */
	if (comment_cue(s, 0, C_PROID) && (o->kinds &
	    (DETECT_BIT(DETECT_RPPS) | DETECT_BIT(DETECT_FINESS))))
		return scan_spaced_ids(t, o->kinds, s);
	return 0;
}

/* Letters beyond ASCII too: "lætitia-leroy@sfr.fr" is written, if not
 * always delivered.
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
static const uint8_t email_local_byte[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['.'] = 1, ['_'] = 1, ['%'] = 1, ['+'] = 1, ['-'] = 1,
};

/* A table (and any byte beyond ASCII), not a chain of ten tests, each a
 * branch the CPU mispredicted as the bytes went (speed31d). */
static inline __attribute__((always_inline)) int
is_email_local(char c)
{
	unsigned char u = (unsigned char)c;

	return (u >> 7) | email_local_byte[u & 0x7f];
}

/*
 * An email spaced so that a machine does not read it: "jean.dupont @
 * laposte.net", "jean . dupont @ gmail . com" (they went through raw).
 * At an '@' with a space on either side: the local part, its words one
 * space, a dot, one space apart, then the domain the same, two labels at
 * least, the last of two letters or more.  The span's end into *end, its
 * start returned; p if not so.
 */
static int mail_provider(const char *t, size_t n);

static int
is_gap(char c)
{
	return c == ' ' || c == '\n' || c == '\r';
}

/* t[a..p) holds '.', '_' or '-' (a local part "jean.dupont", not "voir"). */
static int
local_sign(const char *t, size_t a, size_t p)
{
	for (size_t q = a; q < p; q++)
		if (t[q] == '.' || t[q] == '_' || t[q] == '-')
			return 1;
	return 0;
}

static size_t
spaced_email(const char *t, size_t len, size_t p, size_t *end)
{
	size_t a = p, d = p + 1, dots = 0, alpha = 0, lab;

	/* a space, or a line break (a cell wrapped after its "@":
	 * "jean.dupont@\ngmail.com" went through raw) */
	if (!((p > 0 && is_gap(t[p - 1])) || (d < len && is_gap(t[d]))))
		return p;
	if (a > 0 && is_gap(t[a - 1]))
		a--;
	for (;;) {
		size_t w = a;

		while (a > 0 && is_email_local(t[a - 1]) && t[a - 1] != '.')
			a--;
		if (a == w)
			return p;
		if (a >= 4 && t[a - 1] == ' ' && t[a - 2] == '.' &&
		    t[a - 3] == ' ' && is_email_local(t[a - 4]))
			a -= 3;
		else if (a >= 1 && t[a - 1] == '.' && a >= 2 &&
		    is_email_local(t[a - 2]))
			a--;
		else
			break;
	}
	if (d < len && t[d] == '\r' && d + 1 < len && t[d + 1] == '\n')
		d++;
	if (d < len && is_gap(t[d]))
		d++;
	for (;;) {
		for (lab = d, alpha = 0; d < len && (ascii_alpha(t[d]) ||
		    util_is_digit(t[d]) || t[d] == '-'); d++)
			alpha = ascii_alpha(t[d]) ? alpha + 1 : len;
		if (d == lab)
			return p;
		if (d + 1 < len && t[d] == '.' && ascii_alpha(t[d + 1]))
			d++;
		else if (d + 3 < len && t[d] == ' ' && t[d + 1] == '.' &&
		    t[d + 2] == ' ' && ascii_alpha(t[d + 3]))
			d += 3;
		else
			break;
		dots++;
	}
	/* "jean.dupont@ gmail": no top-level domain, a provider's name
	 * after a local part with a sign ("voir @ gmail" stays) */
	if ((dots == 0 && (!mail_provider(t + lab, d - lab) ||
	    !local_sign(t, a, p))) || alpha < 2 ||
	    alpha == len || glued(t, len, d))
		return p;
	*end = d;
	return a;
}

/* Mail providers, whose name alone makes a domain ("arobase orange"). */
static int
mail_provider(const char *t, size_t n)
{
	/* the names that are no ordinary word first (mail_brand) */
	static const char *const names[] = {
		"gmail", "hotmail", "yahoo", "outlook", "wanadoo", "laposte",
		"sfr", "icloud", "msn", "aol", "protonmail", "gmx",
		"orange", "free", "neuf", "live", "bbox", NULL,
	};

	for (size_t k = 0; names[k] != NULL; k++)
		if (strlen(names[k]) == n && strncasecmp(t, names[k], n) == 0)
			return k < 12 ? 2 : 1;
	return 0;
}

/* A provider whose name is no ordinary word ("gmail", not "orange" or
 * "free"): "jeandupont at gmail" is an email, "at free" none. */
static int
mail_brand(const char *t, size_t n)
{
	return mail_provider(t, n) == 2;
}

/* "jean.dupont@gmail", "j_martin@orange": a local part [a, p) with a
 * letter, an '@', a domain [p + 1, b) of letters (and '-') only that is a
 * mail provider, or after a local part holding '.', '_' or '-': an email
 * without its top-level domain.  "3@5mg", "rdv@14h", "tr@nsmission" (an
 * '@' for an 'a') are none. */
static int
bare_domain(const char *t, size_t a, size_t p, size_t b)
{
	int letter = 0, sign = 0;

	for (size_t q = a; q < p; q++) {
		letter |= ascii_alpha(t[q]);
		sign |= t[q] == '.' || t[q] == '_' || t[q] == '-';
	}
	size_t q = p + 1;

	while (q < b && ascii_alpha(t[q]))
		q++;
	/* "jean.dupont@gmail·com": a provider, then a dot no reader takes */
	if (letter && q < b && (unsigned char)t[q] >= 0x80 &&
	    mail_provider(t + p + 1, q - p - 1))
		return 1;
	for (; q < b; q++)
		if (!ascii_alpha(t[q]) && t[q] != '-')
			return 0;
	return letter && (sign || mail_provider(t + p + 1, b - p - 1));
}

static int
handle_letter(char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Part f[0..n) of a handle (lower case ASCII) is a name: a surname or a
 * first name of the lists that is no ordinary word, the row's last name,
 * or one of these after an initial ("jdupont"). */
static int
handle_part_name(const char *f, size_t n, const struct detect_value *row,
    size_t nrow)
{
	for (size_t skip = 0; skip <= 1 && n - skip >= 3; skip++) {
		uint64_t d = dict_flags_hashed(f + skip, n - skip, hash(f + skip,
		    n - skip));

		/* "@sophie" is a name of the lists and no word; "@pmartin"
		 * a surname after an initial, a word or not ("martin") */
		if ((d & (skip ? D_LAST : D_FIRST | D_LAST)) &&
		    !(d & (D_WEAK | D_EPONYM)) && (skip ? !lexicon_has(f, n) :
		    !(d & D_AMBIG) && !lexicon_has(f, n)))
			return 1;
		for (size_t j = 0; j < nrow; j++)
			if (row[j].kind == DETECT_IDENT_LAST_NAME &&
			    row[j].len == n - skip &&
			    strncasecmp(row[j].v, f + skip, n - skip) == 0)
				return 1;
	}
	return 0;
}

/*
 * "cc @jdupont", "@marie.leroy", "@pmartin": a handle (an "@" with
 * nothing glued before it) that holds a name: a part between '.', '_'
 * and '-' is one (handle_part_name).  "@domicile", "@ 14h", "@urgences"
 * stay.  A name span from the "@" on: 1, 0 if none, or -errno.
 */
static int
handle_name(const char *t, size_t len, size_t p,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	char f[32];
	size_t b = p + 1, a;
	int name = 0, r;

	while (b < len && b - p <= sizeof(f) && (handle_letter(t[b]) ||
	    util_is_digit(t[b]) || t[b] == '.' || t[b] == '_' || t[b] == '-'))
		b++;
	while (b > p + 1 && !handle_letter(t[b - 1]) && !util_is_digit(t[b - 1]))
		b--;
	if (b - p < 4 || b - p > sizeof(f) || (b < len && (unsigned char)t[b] >=
	    0x80) || overlaps(s, p, b))
		return 0;
	for (a = p + 1; a < b; ) {
		size_t n = 0;

		while (a < b && handle_letter(t[a]) && n < sizeof(f))
			f[n++] = (char)(t[a++] | 32);
		name |= n >= 3 && handle_part_name(f, n, row, nrow);
		while (a < b && !handle_letter(t[a]))
			a++;
	}
	if (!name || (r = add_span(s, p, b, DETECT_NAME, -1)) < 0)
		return name ? r : 0;
	return 1;
}

int
scan_emails(const char *t, size_t len, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	const char *at;
	size_t i = 0, a, b, dot;
	int r, k;

	while (i < len && (at = memchr(t + i, '@', len - i)) != NULL) {
		size_t p = (size_t)(at - t);

		i = p + 1;
		for (a = p; a > 0 && is_email_local(t[a - 1]); a--)
			;
		while (a < p && (t[a] == '.' || t[a] == '-'))
			a++;
		for (b = p + 1; b < len && (is_email_local(t[b]) &&
		    t[b] != '+' && t[b] != '%' && t[b] != '_'); b++)
			;
		while (b > p + 1 && (t[b - 1] == '.' || t[b - 1] == '-'))
			b--;
		dot = 0;
		for (size_t q = p + 1; q < b; q++)
			if (t[q] == '.')
				dot = q;
		/* "cc @jdupont": a handle, before "marie.leroy @orange.fr" */
		if (a == p && (r = handle_name(t, len, p, row, nrow, s)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if ((a == p || b == p + 1) &&
		    (a = spaced_email(t, len, p, &b)) < p) {
			if ((r = add_span(s, a, b, DETECT_EMAIL, -1)) < 0)
				return r;
			i = b;
			continue;
		}
		if (dot == 0 && a < p && b > p + 2 && bare_domain(t, a, p, b)) {
			/* "jean.dupont@gmail": no top-level domain, the
			 * "@" glued on both sides */
		} else if (a == p || dot == 0 || dot >= b - 2 || dot == p + 1)
			continue;
		k = -1;
		for (size_t j = 0; j < nrow; j++)
			if (row[j].kind == DETECT_IDENT_EMAIL &&
			    row[j].len == b - a &&
			    strncasecmp(row[j].v, t + a, b - a) == 0)
				k = (int)j;
		if ((r = add_span(s, a, b, DETECT_EMAIL, k)) < 0)
			return r;
		i = b;
	}
	return 0;
}

/* ---- emails written so as not to be read by a machine ----
 * "mathilde.perrot(at)gmail.com", "jean.dupont [at] orange.fr",
 * "j.martin(arobase)free(point)fr", "x[@]y.fr": the "@" in brackets, in
 * words or as a sign, and the dots of the domain plain or in brackets.
 * Found from each opening bracket: a comment with none pays one memchr. */

static int
ascii_alpha(char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* At byte b (after spaces), a bracketed word of `words` (case folded,
 * ASCII) or "@": the byte after the closing bracket, or 0. */
static size_t
bracket_word(const char *t, size_t len, size_t b, const char *const *words)
{
	char close;
	size_t e;

	while (b < len && t[b] == ' ')
		b++;
	if (b >= len || (t[b] != '(' && t[b] != '[' && t[b] != '{'))
		return 0;
	close = t[b] == '(' ? ')' : t[b] == '[' ? ']' : '}';
	for (size_t k = 0; words[k] != NULL; k++) {
		size_t n;

		/* the first letter (the words are lower case ASCII) before
		 * the calls: most brackets hold no such word */
		if (b + 1 >= len || (t[b + 1] | 0x20) != words[k][0])
			continue;
		n = strlen(words[k]);
		if (b + 1 + n < len && strncasecmp(t + b + 1, words[k], n) == 0 &&
		    t[b + 1 + n] == close)
			return b + 2 + n;
	}
	e = b + 1;
	if (e + 1 < len && t[e] == '@' && t[e + 1] == close)
		return e + 2;
	return 0;
}

/* ---- emails spelled out in words ----
 * "jean point dupont arobase gmail point com", "jean.dupont at
 * gmail.com", "jean_dupont arobase orange": the "@" a word between
 * spaces, the dots words or signs.  They went through raw. */

/* At t[b], " point " or " dot " (any case) then a label's first byte: the
 * byte after its second space, or 0. */
static size_t
dot_word(const char *t, size_t len, size_t b)
{
	static const char *const dots[] = { " point ", " dot ", NULL };

	for (size_t k = 0; dots[k] != NULL; k++) {
		size_t n = strlen(dots[k]);

		if (b + n < len && strncasecmp(t + b, dots[k], n) == 0 &&
		    (ascii_alpha(t[b + n]) || util_is_digit(t[b + n])))
			return b + n;
	}
	return 0;
}

/* The local part ending at t[e] (the space before the "at" word): a run
 * of email letters, and runs before it joined by " point "/" dot ".  Its
 * start, or e; *sign: it holds '.', '_' or '-', or a spelled dot. */
static size_t
word_email_local(const char *t, size_t e, int *sign)
{
	size_t a = e, w;

	*sign = 0;
	for (;;) {
		for (w = a; a > 0 && is_email_local(t[a - 1]) &&
		    t[a - 1] != '%' && t[a - 1] != '+'; a--)
			*sign |= t[a - 1] == '.' || t[a - 1] == '_' ||
			    t[a - 1] == '-';
		if (a == w)
			return w == e ? e : w;
		if (a >= 8 && strncasecmp(t + a - 7, " point ", 7) == 0 &&
		    is_email_local(t[a - 8]))
			a -= 7;
		else if (a >= 6 && strncasecmp(t + a - 5, " dot ", 5) == 0 &&
		    is_email_local(t[a - 6]))
			a -= 5;
		else
			return a;
		*sign = 1;
	}
}

/* The word email whose "at" word holds bytes [p, q) (spaces around):
 * added, or 0 if none. */
static int
word_email_at(const char *t, size_t len, size_t p, size_t q, int arobase,
    struct detect_scratch *s)
{
	size_t a, d = q + 1, lab = d, ndots = 0, tld = 0, x;
	int sign, lower = 1;

	if ((a = word_email_local(t, p - 1, &sign)) == p - 1)
		return 0;
	while (a < p - 1 && (t[a] == '.' || t[a] == '-'))
		a++;
	for (;;) {
		if (d < len && (ascii_alpha(t[d]) || util_is_digit(t[d]) ||
		    t[d] == '-')) {
			lower &= !(t[d] >= 'A' && t[d] <= 'Z');
			tld = ascii_alpha(t[d]) ? tld + 1 : len;
			d++;
		} else if (d + 1 < len && t[d] == '.' && tld > 0 &&
		    ascii_alpha(t[d + 1])) {
			ndots++;
			tld = 0;
			lab = ++d;
		} else if (tld > 0 && (x = dot_word(t, len, d)) != 0) {
			ndots++;
			tld = 0;
			lab = d = x;
			sign = 1;
		} else
			break;
	}
	if (d == q + 1 || tld == 0 || glued(t, len, d))
		return 0;
	if (ndots == 0 ? !(arobase ? mail_provider(t + q + 1, d - q - 1) :
	    mail_brand(t + q + 1, d - q - 1)) :
	    tld < 2 || tld > 6 || (!arobase && (!lower || (!sign &&
	    !mail_provider(t + q + 1, lab - q - 2)))))
		return 0;
	return add_span(s, a, d, DETECT_EMAIL, -1);
}

/* The "@" words (C_MAILAT, the gate of scan_word_emails in detect_run). */
const char *const detect_mail_at_words[] = { "at", "arobase", "arobas", "chez",
	NULL };

/* From each "@" word between spaces (detect_run's gate: the comment has
 * one). */
int
scan_word_emails(const char *t, size_t len, struct detect_scratch *s)
{
	for (size_t k = 1; k + 1 < s->nwords; k++) {
		const struct detect_word *w = &s->words[k];
		int arobase;

		if (!word_cue(w, C_MAILAT))
			continue;
		/* "chez" as "at" (j.dupont chez gmail.com) */
		arobase = w->fold_len > 4;
		if (w->start == 0 || t[w->start - 1] != ' ' ||
		    w->end >= len || t[w->end] != ' ' ||
		    w->end - w->start != w->fold_len ||
		    overlaps(s, w->start, w->end))
			continue;
		int r = word_email_at(t, len, w->start, w->end, arobase, s);

		if (r < 0)
			return r;
	}
	return 0;
}

/* "[.]", "(.)", "(dot)", "[point]" ending right before t[a]: its start,
 * or a. */
static size_t
bracket_dot_before(const char *t, size_t a)
{
	static const char *const forms[] = { "[.]", "(.)", "{.}", "(dot)",
	    "[dot]", "(point)", "[point]", NULL };

	for (size_t k = 0; forms[k] != NULL; k++) {
		size_t n = strlen(forms[k]);

		if (a >= n && strncasecmp(t + a - n, forms[k], n) == 0)
			return a - n;
	}
	return a;
}

/* x, or x + 1 past one space ("gmail [dot] com"). */
static size_t
one_space(const char *t, size_t len, size_t x)
{
	return x < len && t[x] == ' ' ? x + 1 : x;
}

/* At t[p], an "@" written as a URL or an HTML page codes it ("%40",
 * "&#64;", "&#x40;", "&commat;"): its length, or 0. */
static size_t
coded_at(const char *t, size_t len, size_t p)
{
	static const char *const forms[] = { "%40", "&#64;", "&#x40;",
	    "&commat;", NULL };

	for (size_t k = 0; forms[k] != NULL; k++) {
		size_t n = strlen(forms[k]);

		if (p + n <= len && strncasecmp(t + p, forms[k], n) == 0)
			return n;
	}
	return 0;
}

/*
 * "jean.dupont%40gmail.com" (a link's query, "?mail=…"), "jean.dupont&#64;
 * gmail.com" (pasted from a page's source): an email whose "@" is coded
 * went through raw.  The local part glued before the code,
 * the domain after it, two labels at least, the last two letters or more.
 * Asked only of a comment with a '%' or a '&' (detect_run's gate).
 */
int
scan_coded_emails(const char *t, size_t len, struct detect_scratch *s)
{
	for (size_t i = 0; i < len; i++) {
		size_t n, a, d, lab, dots = 0;
		int r;

		if ((t[i] != '%' && t[i] != '&') || (n = coded_at(t, len, i)) == 0)
			continue;
		for (a = i; a > 0 && is_email_local(t[a - 1]) &&
		    t[a - 1] != '%'; a--)
			;
		while (a < i && (t[a] == '.' || t[a] == '-'))
			a++;
		for (d = i + n, lab = d;; d++) {
			if (d < len && (ascii_alpha(t[d]) || util_is_digit(t[d]) ||
			    t[d] == '-'))
				continue;
			if (d + 1 < len && t[d] == '.' && d > lab &&
			    ascii_alpha(t[d + 1])) {
				dots++;
				lab = d + 1;
				continue;
			}
			break;
		}
		if (a == i || dots == 0 || d - lab < 2 || glued(t, len, d) ||
		    overlaps(s, a, d))
			continue;
		if ((r = add_span(s, a, d, DETECT_EMAIL, -1)) < 0)
			return r;
		i = d;
	}
	return 0;
}

int
scan_bracket_emails(const char *t, size_t len, struct detect_scratch *s)
{
	/* "(a)", "[.]": the short forms (went through raw) */
	static const char *const ats[] = { "at", "arobase", "arobas", "a",
	    NULL };
	static const char *const dots[] = { "dot", "point", ".", NULL };
	/* the next '(' and '[' or '{' at or after i (len: none); each found
	 * once, so a comment of many '(' and no '[' is not read to its end
	 * at each '(' */
	size_t i = 0, np = 0, nq = 0;
	int r, first = 1;

	/* a kind of bracket the text has none of (text_bytes): not looked
	 * for */
	if (!(s->text_bytes & TB_PAREN))
		np = len;
	if (!(s->text_bytes & TB_BRACKET))
		nq = len;
	while (i < len) {
		size_t p, a, e, b, d, ndots = 0, tld = 0;

		if ((first && np < len) || np < i) {
			const char *o = memchr(t + i, '(', len - i);

			np = o != NULL ? (size_t)(o - t) : len;
		}
		if ((first && nq < len) || nq < i) {
			/* '[' or '{' ("{at}" as bracket_word reads it) */
			for (nq = i; nq < len && t[nq] != '[' && t[nq] != '{';
			    nq++)
				;
		}
		first = 0;
		p = np < nq ? np : nq;
		if (p >= len)
			break;
		i = p + 1;
		/* "(at)" or "[@]" first, the rare part: most brackets are
		 * none, and the local part before each was read for nothing */
		if ((b = bracket_word(t, len, p, ats)) == 0)
			continue;
		/* the local part, glued or one space before the bracket */
		a = p > 0 && t[p - 1] == ' ' ? p - 1 : p;
		e = a;
		for (;;) {
			size_t w = a, x;

			while (a > 0 && is_email_local(t[a - 1]) &&
			    t[a - 1] != '(')
				a--;
			/* "jean[.]dupont[@]…": a bracketed dot in the local
			 * part too, a word of it before */
			if (a == w || a < 4 || (t[a - 1] != ')' &&
			    t[a - 1] != ']' && t[a - 1] != '}') ||
			    (x = bracket_dot_before(t, a)) == a ||
			    x == 0 || !is_email_local(t[x - 1]))
				break;
			a = x;
		}
		while (a < e && (t[a] == '.' || t[a] == '-'))
			a++;
		if (a == e)
			continue;
		/* the domain: labels, plain dots or bracketed ones */
		if (b < len && t[b] == ' ')
			b++;
		for (d = b; d < len;) {
			size_t x;

			if (ascii_alpha(t[d]) || util_is_digit(t[d]) ||
			    t[d] == '-') {
				tld = ascii_alpha(t[d]) ? tld + 1 : 0;
				d++;
			} else if (t[d] == '.' && d + 1 < len &&
			    ascii_alpha(t[d + 1]) && tld > 0) {
				ndots++;
				tld = 0;
				d++;
			} else if (tld > 0 && (x = bracket_word(t, len, d,
			    dots)) != 0 && (x = one_space(t, len, x)) < len &&
			    ascii_alpha(t[x])) {
				ndots++;
				tld = 0;
				d = x;
			} else
				break;
		}
		if (ndots == 0 || tld < 2)
			continue;
		if ((r = add_span(s, a, d, DETECT_EMAIL, -1)) < 0)
			return r;
		i = d;
	}
	return 0;
}


/* detect_iban_valid's answer for n letters and digits (n >= 4), the
 * first two letters, the next two digits (FR: fr), from `first`, the
 * value of those four as ISO 7064 reads them (a letter two digits, 10 to
 * 35), and `rem`, the rest's value modulo 97: the rest, then the first
 * four, is 1 modulo 97, and 10^6 is 27 modulo 97. */
static int
iban_prefix_valid(size_t n, int fr, unsigned rem, unsigned first)
{
	return n >= 15 && n <= 34 && (!fr || n == 27) &&
	    (rem * 27 + first) % 97 == 1;
}

/* The digits of digit word w (`n` of them, no more) as a number, and
 * what follows it: one space, '-' or '.' then the next digit word. */
static int
rib_part(const char *t, const struct detect_scratch *s, size_t w, size_t n,
    uint64_t *v)
{
	const struct detect_word *d = &s->words[w];

	if (d->end - d->start != n || !(d->flags & W_DIGIT))
		return 0;
	*v = 0;
	for (size_t k = d->start; k < d->end; k++) {
		if (!util_is_digit(t[k]))
			return 0;
		*v = *v * 10 + (uint64_t)(t[k] - '0');
	}
	return 1;
}

/*
 * A French RIB written alone, "30006 00001 12345678901 89": bank (5
 * digits), branch (5), account (11), key (2), one space, '-' or '.' apart,
 * the key 97 - (89 bank + 15 branch + 3 account) mod 97.  An IBAN is this
 * behind "FR76"; written without it, it went through raw.
 * Asked by scan_ibans of each digit word of five digits: the key makes a
 * chance match 1 in 97 of numbers of that exact shape.  1 if added.
 */
static int
rib_at(const char *t, size_t len, struct detect_scratch *s, size_t w)
{
	uint64_t b, g, c, k;

	if (w + 3 >= s->nwords || !rib_part(t, s, w, 5, &b) ||
	    !rib_part(t, s, w + 1, 5, &g) || !rib_part(t, s, w + 2, 11, &c) ||
	    !rib_part(t, s, w + 3, 2, &k))
		return 0;
	for (size_t q = w; q < w + 3; q++) {
		size_t gap = s->words[q + 1].start - s->words[q].end;
		char sp = t[s->words[q].end];

		if (gap != 1 || (sp != ' ' && sp != '-' && sp != '.'))
			return 0;
	}
	if (k != 97 - (89 * b + 15 * g + 3 * c) % 97 ||
	    glued(t, len, s->words[w + 3].end) ||
	    glued_before(t, s->words[w].start) ||
	    overlaps(s, s->words[w].start, s->words[w + 3].end))
		return 0;
	return add_span(s, s->words[w].start, s->words[w + 3].end,
	    DETECT_IBAN, -1);
}

/* The word "IBAN" (any case) ends right before byte i, over spaces and
 * a colon: the label says the run after it is an account, valid or not
 * ("IBAN FR76 3000 4011 2200 0104 5218 ?? incomplet": a digit left out,
 * or a typo, and the checksum fails). */
static int
iban_label_before(const char *t, size_t i)
{
	size_t p = i;

	while (p > 0 && i - p < 4 && (t[p - 1] == ' ' || t[p - 1] == ':'))
		p--;
	return p < i && p >= 4 && (t[p - 4] | 32) == 'i' &&
	    (t[p - 3] | 32) == 'b' && (t[p - 2] | 32) == 'a' &&
	    (t[p - 1] | 32) == 'n' && (p == 4 || !is_alnum_byte(t[p - 5]));
}

/*
 * Letters c0 c1 (any case) are a country code that heads an IBAN: the
 * SWIFT registry's countries, the French overseas codes some banks print
 * for FR, and the African and other countries whose banks write an IBAN
 * outside the registry (Senegal, Côte d'Ivoire, Morocco, Algeria...).
 * The country is in the checksum, so a real account mistyped there fails
 * it anyway; a run of words whose checksum holds by chance ("le12/03/1937
 * tel fille 0684227519": 1 in 97) starts on no country.
 */
static int
iban_country(char c0, char c1)
{
	static const char codes[] =
	    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG "
	    "ES FI FK FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB "
	    "LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT "
	    "QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE "
	    "GF GP MQ RE YT NC PF PM WF BL MF TF "
	    "AO BF BJ CF CG CI CM CV DZ GA GQ GW HN IR KM MA MG ML MZ NE SN TD "
	    "TG";
	char a = (char)(c0 & ~32), b = (char)(c1 & ~32);

	for (size_t k = 0; k + 1 < sizeof(codes); k += 3)
		if (codes[k] == a && codes[k + 1] == b)
			return 1;
	return 0;
}

int
scan_ibans(const char *t, size_t len, struct detect_scratch *s)
{
	size_t next = 0;

	/* Two letters, then the check digits: a run of digits (tokenize's
	 * digit words) starts two bytes after an IBAN does. */
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t w = s->dwords[x], i = s->words[w].start - 2, j, n = 0,
		    best = 0, cut = 0, ncut = 0;
		unsigned rem = 0, first = 0;
		char c0, c1;
		int r, fr;

		char sep = 0;

		if (s->words[w].end - s->words[w].start == 5 &&
		    s->words[w].start >= next &&
		    (r = rib_at(t, len, s, w)) != 0) {
			if (r < 0)
				return r;
			next = s->words[w + 3].end + 1;
			continue;
		}
		if (s->words[w].start < 2 || i < next || i + 15 > len)
			continue;
		/* "FR 76 3000 …": the country code a space before (capitals),
		 * its check digits a word of two */
		if (t[i + 1] == ' ' && s->words[w].start >= 3 &&
		    t[i - 1] >= 'A' && t[i - 1] <= 'Z' && t[i] >= 'A' &&
		    t[i] <= 'Z' && i - 1 >= next &&
		    s->words[w].end - s->words[w].start == 2)
			i--;
		c0 = t[i];
		c1 = t[i + 1];
		/* the check digits at the digit word, which "FR 76" puts a
		 * byte later */
		if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z')) ||
		    !((c1 >= 'A' && c1 <= 'Z') || (c1 >= 'a' && c1 <= 'z')) ||
		    !util_is_digit(t[s->words[w].start]) ||
		    !util_is_digit(t[s->words[w].start + 1]) ||
		    glued_before(t, i))
			continue;
		/* Letters that name no country ("le12/03", "J15",
		 * "IPP4009"): a valid checksum would be a chance one, and
		 * only the label's rule below takes them; without the label
		 * nothing does, so the run is not read (speed30b) */
		if (!iban_country(c0, c1) && !iban_label_before(t, i))
			continue;
		/* Groups of letters and digits, one space apart; the longest
		 * valid prefix ending on a group boundary, checked as it is
		 * read (detect_iban_valid's answer for each prefix). */
		fr = (c0 | 32) == 'f' && (c1 | 32) == 'r';
		for (j = i; j < len && n < 34; j++) {
			unsigned v;

			/* a space, or one sign the same throughout
			 * ("FR76-3000-…", "FR76.3000.…", "FR76:3000:…":
			 * went through raw) */
			if (t[j] == ' ' || ((t[j] == '-' || t[j] == '.' ||
			    t[j] == ':' || t[j] == '_' || t[j] == '/') &&
			    n >= 4 && (sep == 0 || sep == t[j]))) {
				if (j + 1 >= len || !is_alnum_byte(t[j + 1]) ||
				    !is_alnum_byte(t[j - 1]))
					break;
				if (t[j] != ' ')
					sep = t[j];
				if (iban_prefix_valid(n, fr, rem, first))
					best = j;
				cut = j;	/* the last group's end */
				ncut = n;
				continue;
			}
			if (util_is_digit(t[j]))
				v = (unsigned)(t[j] - '0');
			else if (t[j] >= 'A' && t[j] <= 'Z')
				v = (unsigned)(t[j] - 'A' + 10);
			else if (t[j] >= 'a' && t[j] <= 'z')
				v = (unsigned)(t[j] - 'a' + 10);
			else
				break;
			/* ISO 7064 mod 97-10 reads the first four last */
			if (n < 4)
				first = first * (v < 10 ? 10 : 100) + v;
			else
				rem = (rem * (v < 10 ? 10 : 100) + v) % 97;
			n++;
		}
		if (!glued(t, len, j) && iban_prefix_valid(n, fr, rem, first))
			best = j;
		if (!iban_country(c0, c1))
			best = 0;	/* a chance checksum (the label's rule
					 * below still takes any run) */
		/* after the label, twelve characters or more whatever their
		 * checksum: an account mistyped or cut is still one (to its
		 * last whole group when a word follows glued: "5218 reçu") */
		if (best == 0 && n >= 12 && iban_label_before(t, i))
			best = !glued(t, len, j) ? j : ncut >= 12 ? cut : 0;
		if (best == 0)
			continue;
		if ((r = add_span(s, i, best, DETECT_IBAN, -1)) < 0)
			return r;
		next = best + 1;
	}
	return 0;
}

/* Words that say the number after them is a patient's or a stay's
 * identifier ("NIP 779679", "N° dossier 2021/92822", "n° séjour
 * 18-992225"), and the small words that may stand between ("n°", "de"). */
const char *const detect_id_labels[] = {
	"ipp", "nip", "nda", "dossier", "sejour", "prelevement", "episode",
	"venue", "ins",
	/* the numbers of a person's file elsewhere (a prisoner's
	 * "écrou", a CAF "allocataire", a mutual's "adhérent", an insurance
	 * "police"/"contrat"); not "réf." nor "référence", a device's as
	 * often ("référence 1234567 du dispositif") */
	"ecrou", "allocataire", "adherent", "adherente", "police", "policy",
	"contrat",
	"matricule",
	/* a prison's register under its other word ("numéro de détenu
	 * 123456", as "écrou"), and an imaging archive's examination
	 * ("Pacs : ACC 4471920356", "n° d'accession 4471920356"): the
	 * examination's number finds the patient in the archive (leaks21);
	 * "le PACS" with no number after it labels nothing */
	"detenu", "detenue", "pacs", "accession",
	/* an episode's id ("IEP 2504087"), a pharmacy's register of
	 * controlled drugs, whose number names the patient's delivery
	 * ("Numéro d'ordonnancier 2026-04417") */
	"iep", "ordonnancier",
	/* an account's login ("identifiant CAF 2213984", an
	 * online account that names its holder) */
	"identifiant", "identifiants",
	/* a person's file at a public body: a refugee's
	 * temporary protection ("protection temporaire n° APS-5102987346"),
	 * a residence permit's receipt, a judicial case, the state's and
	 * the universal health cover ("AME n° ...", "CMU ..."), a passport */
	"protection", "recepisse", "affaire", "ame", "cmu", "cmuc", "css",
	"passeport", "passport",
	/* the European health insurance card's number, in groups of four
	 * ("EHIC 8052 8000 0012 3456 7890", the French "CEAM", the German
	 * "EKVK", the British "GHIC" that replaced it): a card that names
	 * its holder, as "AME n°" does */
	"ehic", "ghic", "ceam", "ekvk",
	/* a case's number at the police or an insurer ("n° de PV
	 * 2026/004512", "dépôt de plainte n° ...", "n° de sinistre ...") */
	"pv", "plainte", "sinistre",
	/* the numbers of a patient's prescription, invoice, admission and
	 * registration ("N° d'ordonnance : 2026-118734", "n° de facture
	 * F-2026-1187", "N° d'admission 2026-00451"): each finds the patient
	 * in the books that gave it; five digits or more as every label */
	"ordonnance", "facture", "admission", "inscription",
	/* a patient's number in a registry or a network of care
	 * ("registre REDECAN n° 44718", "inclus au registre des cancers
	 * sous le n° 2025-0412"): it finds the patient in the registry's
	 * books, as a file's number does (recall20) */
	"registre",
	/* a pathology slide's number ("lames H25-4471/A1 à A6",
	 * heldout18): the specimen's, which finds the patient in the
	 * laboratory's books as "prélèvement" does (recall22); not "bloc",
	 * the theatre's as often */
	"lame", "lames",
	/* an organ recipient's number on the national waiting list
	 * ("n° CRISTAL 1190523", the Agence de la biomédecine's register):
	 * it finds the patient in the register as a file's number does
	 * (dev24) */
	"cristal",
	/* a victim's number in a mass-casualty plan ("SINUS 48-1207-0044",
	 * the bracelet of the SINUS victim tracking system, fed into the
	 * state's SI-VIC): it names the victim to the families' cell and
	 * the hospitals (dev27); "sinus" the cavity is followed by a side
	 * or a word, not by five digits */
	"sinus",
	/* plurals before a list ("séjours 2504087 et 2504099") */
	"ipps", "ndas", "dossiers", "sejours", "episodes", "venues", NULL,
};
/* The labels of a professional's (RPPS, ADELI) or a body's (FINESS)
 * number, also written in groups of any length ("RPPS : 10 00 34 56
 * 786", "ADELI 75 1 23456 8"): C_PROID, scan_spaced_ids's gate; and
 * the small words that may stand between ("n°", "Id."). */
const char *const detect_proid_labels[] = {
	"rpps", "adeli", "finess", NULL,
};
static const char *const proid_fillers[] = {
	"n", "no", "num", "numero", "id", "identifiant", "de", "d", NULL,
};
static uint64_t proid_fillers_filter;	/* word_in_filtered_list */
static const char *const id_label_fillers[] = {
	"n", "no", "num", "numero", "de", "du", "d", "le", "l",
	/* the body that gave the number ("n° allocataire CAF 1234567") */
	"caf", "msa", "cpam", "mdph", "ald",
	/* an online account's site ("identifiant Ameli 4471203") */
	"ameli",
	/* "protection temporaire n°" */
	"temporaire",
	/* the kind of file at an emergency call centre or a fire
	 * brigade ("Dossier de régulation 25-118347", "n° d'intervention
	 * 2026-004512"): the call's file names its caller */
	"regulation", "intervention", NULL,
};
static uint64_t id_label_fillers_filter;	/* word_in_filtered_list */
/* whose number it is ("patient n° 458712", "numéro de patient
 * 458712", "n° client 458921"): a label only with a word that says
 * "number" on either side; "le patient 458712" is no label. */
static const char *const id_holders[] = {
	"patient", "patiente", "client", "cliente", "usager", "beneficiaire",
	NULL,
};
static uint64_t id_holders_filter;	/* word_in_filtered_list */
/* The fillers that say "number" ("n°", "numéro"): alone, a weak label. */
static const char *const id_number_words[] = {
	"n", "no", "num", "numero", NULL,
};
static uint64_t id_number_words_filter;	/* word_in_filtered_list */
/* Before a bare "n°", things whose number names no person: a drug's or a
 * vaccine's lot, a bed, a bus.  Not an invoice or a quote: a
 * patient's invoice number finds the patient in the biller's books, so
 * "Facture n° F-2026-1187" is an id in the shapes a bare "n°" asks. */
static const char *const id_not_person[] = {
	"lot", "lots", "commande", "article", "version",
	"lit", "chambre", "ch", "box", "bureau", "poste", "bus", "ligne",
	"serie", "modele", "piece", NULL,
};
static uint64_t id_not_person_filter;	/* word_in_filtered_list */

/* a reference ("réf.", "ref :", "référence").  After "n/",
 * "v/", "notre", "votre" it is a letter's file at its sender or its
 * addressee ("N/Réf : 2026/88412", "V/Réf. 1187345", "votre référence
 * 44871"): a label.  Alone it is a device's or a catalogue's as often
 * ("référence 1234567 du dispositif", the generator's): a weaker label
 * (3) than a bare "n°", for a shape no catalogue's plain number has:
 * capitals before the digits or two groups of twelve digits at most
 * ("réf. : 2026-44871", "ref : AB123456"); "réf. HAS 2024", "réf.
 * 1234567" stay, and "ref 1840275123456/99" (a NIR's length: the NIR
 * rules decide). */
static const char *const id_ref_owners[] = {
	"n", "v", "notre", "votre", "nos", "vos", NULL,
};
static uint64_t id_ref_owners_filter;	/* word_in_filtered_list */
/* an insurer's file ("mutuelle MGEN 0123456", "mutuelle
 * Harmonie n° 123456", "complémentaire Malakoff Humanis 1187345"): the
 * insurer's name, one or two capitalized words, may stand between the
 * label and the number; "mutuelle" with neither name nor "n°" after it
 * labels nothing (a postcode: "Mutuelle 89100 Sens"). */

/* Capitals before a number that name no insurer: a post box's ("Mutuelle
 * : TSA 70011", "BP 40217"). */
static const char *const id_not_insurer[] = {
	"tsa", "bp", "cs", "cedex", NULL,
};
static uint64_t id_not_insurer_filter;	/* word_in_filtered_list */

/* Word k (a reference's cue, id_label_other): a label (1) after its
 * owner, else 3. */
static int
id_ref_label(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *o;

	if (k == 0)
		return 3;
	o = &s->words[k - 1];
	return s->words[k].start - o->end <= 2 &&
	    word_in_filtered_list(s, o, id_ref_owners) ? 1 : 3;
}

/* Word k: a reference's cue ("ref", "refs", "reference", "references":
 * its label by id_ref_label) or an insurer's label ("mutuelle",
 * "complementaire", "assurance", "assureur", "prevoyance", "adherent",
 * "adherente", "contrat", "police": 4), else 0.  A switch on the first
 * byte and compares that stop at the first byte that differs: most words
 * are neither, and the walk asks it of each word before a number. */
static int
id_label_other(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	switch (f[0]) {
	case 'r':
		return lit_is("ref", f, n) || lit_is("refs", f, n) ||
		    lit_is("reference", f, n) || lit_is("references", f, n) ?
		    id_ref_label(s, k) : 0;
	case 'm':
		return lit_is("mutuelle", f, n) || lit_is("mutuelles", f, n) ?
		    4 : 0;
	case 'c':
		return lit_is("complementaire", f, n) ||
		    lit_is("contrat", f, n) ? 4 : 0;
	case 'a':
		return lit_is("assurance", f, n) || lit_is("assureur", f, n) ||
		    lit_is("adherent", f, n) || lit_is("adherente", f, n) ?
		    4 : 0;
	case 'p':
		return lit_is("prevoyance", f, n) || lit_is("police", f, n) ?
		    4 : 0;
	default:
		return 0;
	}
}

/* Word k is one letter glued by a '-' to an id label before it ("CMU-C"). */
static int
id_label_suffix(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return k > 0 && w->nchars == 1 && w->end - w->start == 1 &&
	    (w->flags & (W_CAP | W_UPPER)) && t[w->start - 1] == '-' &&
	    s->words[k - 1].end + 1 == w->start &&
	    (s->words[k - 1].flags & W_IDLABEL);
}

/* Word c is the lower-case complement of an id label two words before
 * it, a particle between, each one space (or an apostrophe after "d")
 * from the next: "registre des cancers n° 44718", "dossier de soins n°
 * 2025-0412", "police d'assurance n° 8841207": asked only with a "n°"
 * after it, which says the number is the labeled thing's (recall22). */
static const char *const id_complement_particles[] = {
	"de", "du", "des", "d", NULL,
};
static uint64_t id_complement_particles_filter;	/* word_in_filtered_list */

static int
id_label_complement(const char *t, const struct detect_scratch *s,
    size_t c)
{
	const struct detect_word *w = &s->words[c], *pa, *lab;

	if (c < 2 || (w->flags & (W_DIGIT | W_CAP | W_UPPER)) ||
	    w->end - w->start != w->nchars || w->nchars < 3)
		return 0;
	pa = &s->words[c - 1];
	lab = &s->words[c - 2];
	return (lab->flags & W_IDLABEL) && !(pa->flags & (W_CAP | W_UPPER)) &&
	    word_in_filtered_list(s, pa, id_complement_particles) &&
	    lab->end + 1 == pa->start && t[lab->end] == ' ' &&
	    pa->end + 1 == w->start && (t[pa->end] == ' ' ||
	    (t[pa->end] == '\'' && pa->fold_len == 1));
}

/* Word h is a holder ("patient", "client") right after "code" or a
 * number word ("code patient", "n° patient"), a few spaces or signs
 * between. */
static int
id_holder_numbered(const char *t, const struct detect_scratch *s, size_t h)
{
	const struct detect_word *w = &s->words[h], *c;
	const char *f = wf(s, w);

	if (h == 0 || w->fold_len < 6 || !(f[0] == 'p' || f[0] == 'c' ||
	    f[0] == 'u' || f[0] == 'b') || !word_in_filtered_list(s, w, id_holders))
		return 0;
	c = &s->words[h - 1];
	if (w->start - c->end > 4 || memchr(t + c->end, ';', w->start - c->end) ||
	    memchr(t + c->end, ',', w->start - c->end))
		return 0;
	return lit_is("code", wf(s, c), c->fold_len) ||
	    word_in_filtered_list(s, c, id_number_words);
}

static int	id_network_name(const char *t, const struct detect_scratch *s,
		    size_t j);

/* The word before the number j is a brand-shaped name (id_network_name:
 * "OncoBretagne") or the end of capitalized words joined by '-'
 * ("Onco-Nord"). */
static int
id_brand_before(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *a, *b;

	if (id_network_name(t, s, j))
		return 1;
	if (j < 2)
		return 0;
	b = &s->words[j - 1];
	a = &s->words[j - 2];
	return (a->flags & (W_CAP | W_UPPER)) && (b->flags & (W_CAP | W_UPPER)) &&
	    !((a->flags | b->flags) & W_DIGIT) && a->end + 1 == b->start &&
	    t[a->end] == '-' && b->end + 1 == s->words[j].start &&
	    t[b->end] == ' ';
}

/* Word k is an id label (1), or a filler after one; between the words
 * nothing but a few spaces, colons or signs ("NDA : ", "N° ").  A
 * "n°" with no label before it (2) names a number of any kind: the
 * caller asks for a shape no room or dose has; a bare reference (3, the
 * same, stricter: id_ref_label).  An insurer's name
 * (capitalized words, two at most) may stand after an insurer's label:
 * after any other, what the walk had before the name. */
static int
id_label_before(const char *t, const struct detect_scratch *s, size_t j)
{
	int numbered = 0, holder = 0, named = 0, before_name = 0, other;
	int comma = 0;

	for (size_t k = j, hops = 0; k > 0 && hops < 4 + (size_t)named; k--,
	    hops++) {
		const struct detect_word *w = &s->words[k - 1];
		const char *f = wf(s, w);

		if (s->words[k].start - w->end > 4 ||
		    memchr(t + w->end, ';', s->words[k].start - w->end) ||
		    (w->flags & W_DIGIT))
			break;
		/* a comma after an insurer's name only ("mutuelle Harmonie,
		 * 1234567", "MGEN, n° 0123456"): the walk goes on to its
		 * label, and without one labels nothing ("vu par Dr Martin,
		 * 1234567") */
		if (memchr(t + w->end, ',', s->words[k].start - w->end)) {
			if (named || !(w->flags & (W_CAP | W_UPPER)) ||
			    w->fold_len < 2 || (w->dflags & (D_TITLE | D_MONTH)) ||
			    (w->flags & W_IDLABEL) || id_label_other(s, k - 1) != 0 ||
			    word_in_filtered_list(s, w, id_not_insurer))
				break;
			named = 1;
			comma = 1;
			before_name = numbered ? 2 : 0;	/* "RSA, n° CAF" */
			continue;
		}
		/* after an insurer's name, its label or another word of it */
		if (named) {
			if (id_label_other(s, k - 1) == 4)
				return 1;
			/* an id label before the name of the body or system
			 * that gave the number, or of its holder ("n° de
			 * séjour HAD HAD-26-04471", "Dossier NetSarc
			 * 2026-04417", "Dossier Martin Jean 1234567"): the
			 * label says what the number is, as it does right
			 * before it; the caller still asks an id's shape
			 * (five digits at least).  Not across a comma: "dossier
			 * MDPH, 12345 patients" is a count */
			if ((w->flags & W_IDLABEL) && !comma)
				return 1;
			/* the holder's code or number before the name of
			 * the network that gave it ("code patient
			 * OncoBretagne 2231", "n° patient Onco-Nord 44512";
			 * recall23) */
			if (k >= 2 && id_holder_numbered(t, s, k - 1))
				return 1;
			/* a bare "n°" before a network's name written as
			 * a brand ("n° OncoBretagne 2231", "numéro RCP
			 * Onco-Nord 44512"): the name says whose books
			 * (recall23); "n° Martin 1234567" stays a bare
			 * "n°" */
			if (!comma && word_in_filtered_list(s, w, id_number_words) &&
			    id_brand_before(t, s, j))
				return 1;
			if ((w->flags & W_IDLABEL) ||
			    !(w->flags & (W_CAP | W_UPPER)))
				break;
			/* a name's capitalized parts joined by '-' are one
			 * name ("identifiant RCP Onco-Nord 44512") */
			if (t[w->end] == '-' && w->end + 1 == s->words[k].start)
				continue;
			if (named == 2)
				break;
			named++;
			continue;
		}
		if (w->flags & W_IDLABEL)
			return 1;
		/* a label's one-letter suffix glued by '-' ("n° CMU-C 4471
		 * 2209": the complementary cover's "C"): the label's own
		 * (leaks21) */
		if (id_label_suffix(t, s, k - 1))
			continue;
		if (numbered && word_in_filtered_list(s, w, id_not_person))
			return 0;
		/* first bytes first: one test for most words */
		if (w->fold_len >= 6 && (f[0] == 'p' || f[0] == 'c' ||
		    f[0] == 'u' || f[0] == 'b') && word_in_filtered_list(s, w, id_holders)) {
			if (numbered)
				return 1;
			holder = 1;
			continue;
		}
		/* "code patient 44512", "code client 458921": a holder's
		 * code is its number (recall23); "code" alone ("code
		 * couleur", "code porte", "code CIM") labels nothing */
		if (holder && lit_is("code", f, w->fold_len))
			return 1;
		if (numbered && !named && hops == 1 &&
		    id_label_complement(t, s, k - 1))
			return 1;	/* "registre des cancers n° 44718" */
		if (!word_in_filtered_list(s, w, id_label_fillers)) {
			/* an insurer's label only with a name or a "n°" after
			 * it: "Mutuelle 89100 Sens", "Mutuelle, TSA 70011"
			 * stay */
			if ((other = id_label_other(s, k - 1)) == 4 &&
			    numbered)
				return 1;
			if (other == 1 || other == 3)
				return other;
			/* an insurer's name: what follows must be its label */
			if (other == 0 && (w->flags & (W_CAP | W_UPPER)) &&
			    w->fold_len >= 2 &&
			    !(w->dflags & (D_TITLE | D_MONTH)) &&
			    !word_in_filtered_list(s, w, id_not_insurer)) {
				named = 1;
				before_name = numbered ? 2 : 0;
				continue;
			}
			break;
		}
		/* "n° 2198437", and "n° CAF 2198437": the word
		 * "number" before the body that gave it */
		if (word_in_filtered_list(s, w, id_number_words)) {
			if (holder)
				return 1;
			numbered = 1;
		}
	}
	return named ? before_name : numbered ? 2 : 0;
}

/* A unit after the number: a quantity ("IPP 400123 / 12345 mg",
 * "2504087 euros"); a capital alone is a key letter ("1234567 G"). */
static int
id_unit_after(const struct detect_scratch *s, size_t e)
{
	const struct detect_word *w;

	if (e + 1 >= s->nwords)
		return 0;
	w = &s->words[e + 1];
	return w->start == s->words[e].end + 1 &&
	    !(w->nchars == 1 && (w->flags & W_CAP)) &&
	    (is_measure_unit(wf(s, w), w->fold_len) || (w->fold_len >= 4 &&
	    memcmp(wf(s, w), "euro", 4) == 0));
}

/* "954528 (IPP)": the label in parentheses right after the number. */
static int
id_label_after(const char *t, size_t len, const struct detect_scratch *s,
    size_t e)
{
	size_t b = s->words[e].end;
	const struct detect_word *w;

	if (e + 1 >= s->nwords || b + 2 > len || t[b] != ' ' || t[b + 1] != '(')
		return 0;
	w = &s->words[e + 1];
	return w->start == b + 2 && w->end < len && t[w->end] == ')' &&
	    (w->flags & W_IDLABEL);
}

/* "IPP/NDA : 400123 / 2504087", "NDA 2504087 et 2504088": a number
 * after an id found, with one "et", "ou", "/" or "," between, of about
 * its length, is the next of the list. */
static int
id_list_next(const char *t, const struct detect_scratch *s, size_t prev,
    size_t prev_digits, size_t j, size_t digits)
{
	size_t gap;

	if (prev_digits == 0 || digits + 2 < prev_digits ||
	    digits > prev_digits + 2)
		return 0;
	if (j == prev + 2) {
		const struct detect_word *w = &s->words[prev + 1];

		return (w->fold_len == 2 && (memcmp(wf(s, w), "et", 2) == 0 ||
		    memcmp(wf(s, w), "ou", 2) == 0)) &&
		    w->start == s->words[prev].end + 1 &&
		    s->words[j].start == w->end + 1;
	}
	if (j != prev + 1)
		return 0;
	gap = s->words[j].start - s->words[prev].end;
	return (gap == 3 && t[s->words[prev].end] == ' ' &&
	    t[s->words[prev].end + 1] == '/' && t[s->words[j].start - 1] ==
	    ' ') || (gap == 2 && t[s->words[prev].end] == ',');
}

/* "S25-004411", "ALD-2025-118734", "H250331-19": one to three capitals
 * glued or joined by '-' to the first digits of an id, or four or five
 * joined by '-' (a body's acronym, "APHP-2025-001234"): the
 * word index of the capitals, or j. */
static size_t
id_prefix(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w;

	if (j == 0)
		return j;
	w = &s->words[j - 1];
	if ((w->flags & W_DIGIT) || w->nchars > 5 || (w->nchars > 3 &&
	    w->end == s->words[j].start) || w->end - w->start !=
	    w->nchars || !(w->flags & (W_UPPER | W_CAP)) ||
	    (w->nchars > 1 && !(w->flags & W_UPPER)) ||
	    (w->end != s->words[j].start && !(t[w->end] == '-' &&
	    w->end + 1 == s->words[j].start)) ||
	    (w->start > 0 && is_alnum_byte(t[w->start - 1]) &&
	    !(w->start >= 2 && memcmp(t + w->start - 2, "\xc2\xb0", 2) == 0)))
		return j;
	return j - 1;
}

/* Word j - 1, one space before the id's first word j, is the name of the
 * network, registry or platform that gave the number, written as a
 * brand is, capitals inside the word after a lower-case letter
 * ("Dossier NetSarc 2026-04417", "dossier ViaTrajectoire 4471209",
 * "RRePS", "OncoBretagne"): the name and the number are one reference,
 * as the hand sets label it (heldout11).  An acronym ("dossier MDPH
 * 038-2026-11927", "CRIP") and a word with its first capital only
 * ("Trajectoire", a holder's surname) stay outside, and so does a name
 * with a "n°" between ("OxyDom n° BL-778104"). */
static int
id_network_name(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w;
	int lower = 0, inner = 0;

	if (j == 0)
		return 0;
	w = &s->words[j - 1];
	if (w->end + 1 != s->words[j].start || t[w->end] != ' ' ||
	    (w->flags & (W_DIGIT | W_IDLABEL)) || word_taken(s, j - 1) ||
	    w->end - w->start < 4 || w->end - w->start > 24 ||
	    !(t[w->start] >= 'A' && t[w->start] <= 'Z'))
		return 0;
	for (size_t b = w->start + 1; b < w->end; b++) {
		if (t[b] >= 'a' && t[b] <= 'z')
			lower = 1;
		else if (t[b] >= 'A' && t[b] <= 'Z')
			inner |= lower;
		else
			return 0;
	}
	return inner;
}

/* The capitals of a case's kind written into its reference, right after
 * a "n°": "n° PV 2025/01844" (a police report's number, as the
 * commissariat writes it), labeled whole by the hand sets (heldout17):
 * "PV" is also the label that finds the number (detect_id_labels), so
 * it stayed outside.  Only right after the number word: "PV n°
 * 2025/01844", "n° de PV 2026/004512" keep the label outside, as "n°
 * IPP 1234567" keeps a file's (recall22). */
static const char *const id_case_prefixes[] = {
	"pv",
	/* "n° CRISTAL 1190523": the register's name written before its
	 * number, labeled whole as "n° PV" (dev24) */
	"cristal", NULL,
};
static uint64_t id_case_prefixes_filter;	/* word_in_filtered_list */

static int
id_case_prefix(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w, *v;

	if (j < 2)
		return 0;
	w = &s->words[j - 1];
	v = &s->words[j - 2];
	return (w->flags & W_UPPER) && !(w->flags & W_DIGIT) &&
	    w->end - w->start == w->nchars && t[w->end] == ' ' &&
	    w->end + 1 == s->words[j].start && !word_taken(s, j - 1) &&
	    word_in_filtered_list(s, w, id_case_prefixes) &&
	    !(v->flags & W_DIGIT) && w->start - v->end <= 4 &&
	    !memchr(t + v->end, ',', w->start - v->end) &&
	    word_in_filtered_list(s, v, id_number_words);
}

/* Word p, capitals glued to the digits of a code ("LY20251187",
 * "CT25-004471"), right after the word "cas" (one to three spaces or a
 * colon between): a vigilance centre's or an insurer's case reference
 * ("Cas LY20251187 : Mme G.", a CRPV's case number; dev23).  "cas" is no
 * id label of its own ("en cas de", "dans ce cas", "cas 2 sur 3"): only
 * a code that mixes capitals and digits is read as the case's number,
 * as after "dossier", "affaire" or "sinistre" (detect_id_labels). */
static int
id_case_word_before(const char *t, const struct detect_scratch *s, size_t p)
{
	const struct detect_word *w;
	size_t gap;

	if (p == 0)
		return 0;
	w = &s->words[p - 1];
	gap = s->words[p].start - w->end;
	if (w->fold_len != 3 || (w->flags & W_DIGIT) || gap == 0 || gap > 3 ||
	    !lit_is("cas", wf(s, w), w->fold_len))
		return 0;
	for (size_t b = w->end; b < s->words[p].start; b++)
		if (t[b] != ' ' && t[b] != ':')
			return 0;
	return 1;
}

/* After the id: a key letter alone ("CAF 1234567 G"), the end of the id
 * or `e`. */
static size_t
id_key_letter(const char *t, size_t len, size_t e)
{
	if (e + 2 <= len && t[e] == ' ' && t[e + 1] >= 'A' && t[e + 1] <= 'Z' &&
	    (e + 2 == len || (!is_alnum_byte(t[e + 2]) && t[e + 2] != '\'')))
		return e + 2;
	return e;
}

/* "n° allocataire 1234567G": a key letter glued to an id of
 * seven digits or more after its label, nothing glued after it. */
static int
id_glued_key(const char *t, size_t len, int lab, size_t digits, size_t e)
{
	return lab == 1 && digits >= 7 && t[e] >= 'A' && t[e] <= 'Z' &&
	    (e + 1 == len || (!is_alnum_byte(t[e + 1]) && t[e + 1] != '\'' &&
	    t[e + 1] != '-'));
}

/* The byte at `end` closes a number: the text's end, or a comma, a
 * semicolon, a closing parenthesis, or a full stop or colon that no digit
 * follows ("61 347.", not "61 347.5"). */
static int
id_ends_at_sign(const char *t, size_t len, size_t end)
{
	if (end == len || t[end] == ',' || t[end] == ';' || t[end] == ')')
		return 1;
	return (t[end] == '.' || t[end] == ':') &&
	    (end + 1 == len || !util_is_digit(t[end + 1]));
}

/* "n° adhérent 1 234 567 890": groups of three digits after a first of
 * one to three, one space apart, three groups or more (not "3 200 €");
 * two groups when the first has two or three digits and the number ends
 * at a sign or the text's end ("écrou n° 61 347, quartier", "(écrou
 * 60 911)"): five digits or six, an id's length, where a count or a sum
 * would go on with its unit ("dossier 12 500 patients"): the last word
 * of the run from j, or j. */
static size_t
id_thousands(const char *t, size_t len, const struct detect_scratch *s,
    size_t j)
{
	size_t e = j, g = 1, end;

	if (s->words[j].end - s->words[j].start > 3)
		return j;
	while (e + 1 < s->nwords && (s->words[e + 1].flags & W_DIGIT) &&
	    s->words[e + 1].start == s->words[e].end + 1 &&
	    t[s->words[e].end] == ' ' &&
	    s->words[e + 1].end - s->words[e + 1].start == 3) {
		e++;
		g++;
	}
	end = s->words[e].end;
	/* "1 234 567 €": a sum */
	if (end + 4 <= len && t[end] == ' ' && memcmp(t + end + 1,
	    "\xe2\x82\xac", 3) == 0)
		return j;
	if (g == 2 && s->words[j].end - s->words[j].start >= 2 &&
	    id_ends_at_sign(t, len, end))
		return e;
	if (g < 3 || (e + 1 < s->nwords && s->words[e + 1].start ==
	    s->words[e].end + 1 && ((s->words[e + 1].flags & W_DIGIT) ||
	    is_measure_unit(wf(s, &s->words[e + 1]),
	    s->words[e + 1].fold_len))))
		return j;
	return e;
}

/* "AME n° 75 2026 004512", "n° d'adhérent 12 4471 220945": after an id
 * label, three groups or more of one to six digits, one space apart,
 * eight digits or more in all, ending at a sign or the text's end: a
 * number read out in the groups of its parts (a département, a year, a
 * serial), which id_extent (groups of three or four) and id_thousands
 * (groups of three) do not join.  A count or a sum goes on with a word
 * ("dossier 12 500 patients"), a date is no such run: the last word of
 * the run from j, or j.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) size_t
id_label_groups(const char *t, size_t len, const struct detect_scratch *s,
    size_t j)
{
	size_t e = j, g = 1, digits;

	if (s->words[j].end - s->words[j].start > 6)
		return j;
	digits = s->words[j].end - s->words[j].start;
	while (e + 1 < s->nwords && (s->words[e + 1].flags & W_DIGIT) &&
	    s->words[e + 1].start == s->words[e].end + 1 &&
	    t[s->words[e].end] == ' ' &&
	    s->words[e + 1].end - s->words[e + 1].start <= 6 && g < 8) {
		e++;
		g++;
		digits += s->words[e].end - s->words[e].start;
	}
	if (g < 3 || digits < 8 || !id_ends_at_sign(t, len, s->words[e].end))
		return j;
	for (size_t k = j; k <= e; k++)
		for (size_t b = s->words[k].start; b < s->words[k].end; b++)
			if (!util_is_digit(t[b]))
				return j;
	return e;
}

/* "dossier n° C2S-25-330917", "n° B12-2025-0417": a code of capitals
 * and digits glued together (a capital first, six characters at most,
 * both kinds in it) joined by a '-' to the digits at word j: the id's
 * prefix, as the capitals alone are (id_prefix).  The tokenizer cuts the
 * code at each change of kind ("C", "2", "S"): the word index of its
 * first word, or j. */
static size_t
id_mixed_prefix(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j, chars = 0;
	int letters = 0, digits = 0;

	if (j == 0 || s->words[j - 1].end + 1 != s->words[j].start ||
	    t[s->words[j - 1].end] != '-')
		return j;
	/* back over the glued words of the code, six characters at most */
	while (k > 0 && chars <= 6) {
		const struct detect_word *w = &s->words[k - 1];

		if (k < j && w->end != s->words[k].start)
			break;
		if (w->flags & W_DIGIT)
			digits = 1;
		else if (w->end - w->start == w->nchars &&
		    (w->nchars == 1 ? (w->flags & W_CAP) != 0 :
		    (w->flags & W_UPPER) != 0))
			letters = 1;
		else
			return j;
		chars += w->end - w->start;
		k--;
	}
	if (chars > 6 || !letters || !digits ||
	    (s->words[k].flags & W_DIGIT) || (s->words[k].start > 0 &&
	    (is_alnum_byte(t[s->words[k].start - 1]) ||
	    t[s->words[k].start - 1] == '-')))
		return j;
	return k;
}

/* Word k is a word that says what a number numbers after a "n°": a
 * noun in lower case ("n° unique", "n° de sinistre", "n° de dossier
 * patient") or a body's or a system's name ("n° CRISTAL", "n° Cerfa"),
 * no digit in it and no thing whose number names no person
 * (id_not_person: "n° de lot"). */
static int
id_numbered_owner_word(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return !(w->flags & W_DIGIT) && w->fold_len >= 2 && w->nchars >= 2 &&
	    !(w->dflags & (D_TITLE | D_MONTH)) &&
	    !word_in_filtered_list(s, w, id_number_words) &&
	    !word_in_filtered_list(s, w, id_not_person);
}

/* "n° unique 0311225012345678", "n° de sinistre 25 7134 882 0", "n°
 * CRISTAL N-2024-0417752": one or two words that say what the number
 * numbers (id_numbered_owner_word) between a "n°" (and its "de") and the
 * number at word j, which id_label_before reads as no label (it knows
 * the labels by name): 2, a bare "n°"'s strength (the caller asks the
 * shapes no room or dose has: capitals before the digits, three groups,
 * seven digits), else 0.  Nothing but spaces between the words. */
static int
id_numbered_owner(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j, owners = 0;

	while (k > 0) {
		const struct detect_word *w = &s->words[k - 1];
		const char *f = wf(s, w);
		size_t gap = s->words[k].start - w->end;
		int spaces = gap >= 1 && gap <= 2;

		for (size_t b = w->end; b < s->words[k].start; b++)
			if (t[b] != ' ')
				spaces = 0;
		/* "n° ", "N°", "no." before the first owner word */
		/* ... and no thing whose number names no person before
		 * the "n°" ("Lot n° AB 12345") */
		if (word_in_filtered_list(s, w, id_number_words))
			return owners > 0 && gap <= 4 && !memchr(t + w->end,
			    ',', gap) && !memchr(t + w->end, ';', gap) &&
			    !memchr(t + w->end, ':', gap) && !(k >= 2 &&
			    word_in_filtered_list(s, &s->words[k - 2], id_not_person)) ? 2 : 0;
		/* "de", "d'" between the "n°" and the owner word */
		if (owners > 0 && ((w->fold_len == 2 && memcmp(f, "de", 2) ==
		    0 && spaces) || (w->fold_len == 1 && f[0] == 'd' &&
		    gap <= 3 && (t[w->end] == '\'' || (gap == 3 &&
		    memcmp(t + w->end, "\xe2\x80\x99", 3) == 0))))) {
			k--;
			continue;
		}
		if (!spaces || owners == 2 || !id_numbered_owner_word(s, k - 1))
			return 0;
		owners++;
		k--;
	}
	return 0;
}

/* "carte de donateur n° DC 11482", "n° AB 004417": two or three
 * capitals right after the "n°" and one space before the digits (five
 * or more, counted over all the number's groups: "n° LOC 2025 441 087",
 * "n° BT 1125 7730") are the number's prefix, as "DC-11482" would be
 * (id_numbered_owner read them as its owner word): no word of the
 * dictionary (a body's abbreviation: "n° CHU 12345"), unless the number
 * is in two groups or more (`grouped`: "n° PV 2025/01844", "n° LOC 2025
 * 441 087": a file's prefix that is also an abbreviation, where a body's
 * name before its own number is rare), nothing glued after the digits. */
static int
id_owner_capitals(const char *t, const struct detect_scratch *s, size_t j,
    size_t ndigits, int grouped)
{
	const struct detect_word *w, *d = &s->words[j];

	if (j < 2 || ndigits < 5 || d->nchars != d->end - d->start)
		return 0;
	w = &s->words[j - 1];
	return (w->flags & W_UPPER) && !(w->flags & W_DIGIT) &&
	    w->nchars >= 2 && w->nchars <= 3 && w->end - w->start == w->nchars &&
	    (w->dflags == 0 || (grouped && !(w->flags & W_IDLABEL))) &&
	    w->end + 1 == d->start && t[w->end] == ' ' &&
	    word_in_filtered_list(s, &s->words[j - 2], id_number_words) && !word_taken(s, j - 1);
}

/* Blood products, whose bags carry a number in groups (the EFS's
 * label, haemovigilance's traceability): "la poche 2511 03 84527",
 * "CGR 0714 25 117385". */
static const char *const id_blood_bags[] = {
	"poche", "poches", "cgr", "pfc", "cpa", "mcp", "psl", NULL,
};
static uint64_t id_blood_bags_filter;	/* word_in_filtered_list */

/* Word j is the number of a blood product named right before it, one
 * space apart: a label for a number in groups (id_mixed_groups). */
static int
id_blood_bag_before(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w;

	if (j == 0)
		return 0;
	w = &s->words[j - 1];
	return w->end + 1 == s->words[j].start && t[w->end] == ' ' &&
	    word_in_filtered_list(s, w, id_blood_bags);
}

/* "CGR n° 0714 25 117385", "n° de sinistre 25 7134 882 0": a number in
 * three groups or more of one to six digits, one space apart, of
 * unequal lengths (groups of three after a first are thousands,
 * id_thousands), nine to twenty digits in all, after a label: a bag's,
 * a claim's, a file's number as a form prints it.  No unit or group
 * after it.  The last word of the run from j, or j. */
static size_t
id_mixed_groups(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t e = j, digits = 0, ngroups = 0;
	int unequal = 0;

	for (; e < s->nwords && ngroups < 8; e++) {
		const struct detect_word *w = &s->words[e];
		size_t n = w->end - w->start;

		if (!(w->flags & W_DIGIT) || n > 6 || w->nchars != n ||
		    (e > j && (w->start != s->words[e - 1].end + 1 ||
		    t[s->words[e - 1].end] != ' ')))
			break;
		if (e > j && n != s->words[e - 1].end - s->words[e - 1].start)
			unequal = 1;
		digits += n;
		ngroups++;
	}
	if (ngroups < 3 || !unequal || digits < 9 || digits > 20)
		return j;
	/* "1 234 567 mg", a run cut at eight groups */
	if (e < s->nwords && s->words[e].start == s->words[e - 1].end + 1 &&
	    ((s->words[e].flags & W_DIGIT) || is_measure_unit(wf(s,
	    &s->words[e]), s->words[e].fold_len)))
		return j;
	return e - 1;
}

/* Word k is one to five digits and nothing else, one space after word
 * k - 1 when k > j. */
static int
id_spaced_group(const char *t, const struct detect_scratch *s, size_t j,
    size_t k)
{
	const struct detect_word *w = &s->words[k];

	if (k > j && (w->start != s->words[k - 1].end + 1 ||
	    t[s->words[k - 1].end] != ' '))
		return 0;
	if (!(w->flags & W_DIGIT) || w->end - w->start > 5)
		return 0;
	for (size_t b = w->start; b < w->end; b++)
		if (!util_is_digit(t[b]))
			return 0;
	return 1;
}

/* A label of C_PROID before word j, within three words, nothing but
 * spaces and signs between them (no comma, no digit). */
static int
proid_label_before(const char *t, const struct detect_scratch *s, size_t j)
{
	for (size_t k = j, hops = 0; k > 0 && hops < 3; k--, hops++) {
		const struct detect_word *w = &s->words[k - 1];
		size_t to = s->words[k].start;

		if (to - w->end > 4 || memchr(t + w->end, ',', to - w->end) ||
		    memchr(t + w->end, ';', to - w->end) || (w->flags & W_DIGIT))
			return 0;
		if (word_cue(w, C_PROID))
			return 1;
		if (!word_in_filtered_list(s, w, proid_fillers))
			return 0;
	}
	return 0;
}

/* "RPPS : 10 00 34 56 786", "n° ADELI 75 1 23456 8": a number after a
 * professional's or a body's label written in groups of any length, one
 * space apart, as such a number is dictated: two groups or more of one
 * to five digits, nine or eleven digits in all (ADELI and FINESS, RPPS),
 * no group after.  The last word of the run from j, or j. */
static size_t
id_spaced_run(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t e = j, digits = 0;

	for (; e < s->nwords && digits <= 11 && id_spaced_group(t, s, j, e);
	    e++)
		digits += s->words[e].end - s->words[e].start;
	if (e <= j + 1 || (digits != 9 && digits != 11) ||
	    !proid_label_before(t, s, j))
		return j;
	return e - 1;
}

/* The digits of words [j, e] into d (cap bytes): their count. */
static size_t
id_words_digits(const char *t, const struct detect_scratch *s, size_t j,
    size_t e, char *d, size_t cap)
{
	size_t n = 0;

	for (size_t k = j; k <= e; k++)
		for (size_t b = s->words[k].start; b < s->words[k].end &&
		    n < cap; b++)
			if (util_is_digit(t[b]))
				d[n++] = t[b];
	return n;
}

/* "2026-PREF-0912": capitals (one to four) between two groups of digits,
 * joined by '-' each side, after word e (digits); one capital is a
 * stay's or a site's letter ("séjour 2025-H-41177", dev24). */
static int
id_mid_capitals(const char *t, const struct detect_scratch *s, size_t e)
{
	const struct detect_word *c, *n;

	if (e + 2 >= s->nwords)
		return 0;
	c = &s->words[e + 1];
	n = &s->words[e + 2];
	if (c->start != s->words[e].end + 1 || t[c->start - 1] != '-' ||
	    n->start != c->end + 1 || t[c->end] != '-' ||
	    !(n->flags & W_DIGIT) || c->end - c->start < 1 ||
	    c->end - c->start > 4)
		return 0;
	for (size_t k = c->start; k < c->end; k++)
		if (t[k] < 'A' || t[k] > 'Z')
			return 0;
	return 1;
}

/* The words of an id from its first digits at j: "24B1187365" (letters
 * glued between digits), "NDA 2504 0871 33" (groups of 2 to 4 digits one
 * space apart after a first of 3 or 4), groups joined by '/', '-', '.'.
 * Its bytes but the separators go to d (n of them); the last word. */
static size_t
id_extent(const char *t, const struct detect_scratch *s, size_t j, char *d,
    size_t cap, size_t *n)
{
	size_t e = j;

	for (;;) {
		const struct detect_word *w = &s->words[e];

		for (size_t b = w->start; b < w->end && *n < cap; b++)
			d[(*n)++] = t[b];
		if (e + 1 >= s->nwords)
			break;
		if (s->words[e + 1].start == w->end && e + 2 < s->nwords &&
		    !(s->words[e + 1].flags & W_DIGIT) &&
		    s->words[e + 1].nchars <= 3 &&
		    (s->words[e + 2].flags & W_DIGIT) &&
		    s->words[e + 2].start == s->words[e + 1].end) {
			e += 2;
			continue;
		}
		if ((s->words[e + 1].flags & W_DIGIT) &&
		    s->words[e + 1].start == w->end + 1 && t[w->end] == ' ' &&
		    s->words[j].end - s->words[j].start >= 3 &&
		    s->words[j].end - s->words[j].start <= 4 &&
		    w->end - w->start <= 4 && s->words[e + 1].end -
		    s->words[e + 1].start >= 2 && s->words[e + 1].end -
		    s->words[e + 1].start <= 4 && !(e + 2 < s->nwords &&
		    s->words[e + 2].start == s->words[e + 1].end + 1 &&
		    is_measure_unit(wf(s, &s->words[e + 2]),
		    s->words[e + 2].fold_len))) {
			e++;
			continue;
		}
		if (id_mid_capitals(t, s, e)) {
			e += 2;
			continue;
		}
		if (!(s->words[e + 1].flags & W_DIGIT) ||
		    s->words[e + 1].start != w->end + 1 ||
		    !util_in_set("/-.", t[w->end]))
			break;
		e++;
	}
	return e;
}

/* "TRV-558120-DK": one to three capitals after the last digits, joined
 * by '-' (a country's or a body's code), nothing glued after them: the
 * end of the id, or word e's. */
static size_t
id_suffix(const char *t, size_t len, const struct detect_scratch *s, size_t e)
{
	size_t b = s->words[e].end;
	const struct detect_word *w;

	if (e + 1 >= s->nwords || b + 1 >= len || t[b] != '-')
		return b;
	w = &s->words[e + 1];
	if (w->start != b + 1 || w->end - w->start > 3 ||
	    (w->end < len && (is_alnum_byte(t[w->end]) || t[w->end] == '-' ||
	    t[w->end] == '\'')))
		return b;
	for (size_t k = w->start; k < w->end; k++)
		if (t[k] < 'A' || t[k] > 'Z')
			return b;
	return w->end;
}

/* After a specimen's number ending at byte b, its block or slide
 * ("H25-4471/A1") and a range of them ("/A1 à A6", "/A1-A6"): a capital
 * and one or two digits after a '/', then " à " or '-' and another;
 * nothing alphanumeric glued after.  The end byte, or b (recall22). */
static size_t
id_block_code(const char *t, size_t len, size_t b)
{
	size_t k = b + 2;

	if (b + 3 > len || t[b] < 'A' || t[b] > 'Z' || !util_is_digit(t[b + 1]))
		return 0;
	if (k < len && util_is_digit(t[k]))
		k++;
	return k < len && (is_alnum_byte(t[k]) || t[k] == '\'') ? 0 : k;
}

/* The id's last bytes before b are a block's code after a '/'
 * ("H25-4471/A1", read whole by id_extent). */
static int
id_block_before(const char *t, size_t b)
{
	size_t k = b;

	while (k > 0 && b - k < 2 && util_is_digit(t[k - 1]))
		k--;
	return k < b && k >= 2 && t[k - 1] >= 'A' && t[k - 1] <= 'Z' &&
	    t[k - 2] == '/';
}

static size_t
id_block_suffix(const char *t, size_t len, size_t b)
{
	size_t e, r;

	if (id_block_before(t, b))
		e = b;
	else if (b + 3 > len || t[b] != '/' || (e = id_block_code(t, len,
	    b + 1)) == 0)
		return b;
	if (e + 1 < len && t[e] == '-' && (r = id_block_code(t, len,
	    e + 1)) != 0)
		return r;
	if (e + 4 < len && memcmp(t + e, " \xc3\xa0 ", 4) == 0 &&
	    (r = id_block_code(t, len, e + 4)) != 0)
		return r;
	return e;
}

/* Capitals p that are an id label themselves ("CSS", "AME") joined by a
 * '-' to the digits at word j, after a label of their own ("n°
 * d'adhérent CSS-4471-2093"): the number's prefix, not its label. */
static int
id_label_as_prefix(const char *t, const struct detect_scratch *s, size_t p,
    size_t j)
{
	return s->words[p].end + 1 == s->words[j].start &&
	    t[s->words[p].end] == '-' && id_label_before(t, s, p) == 1;
}

/* "n° adhérent HM 00441872", "dossier AB 1234567": two or three capitals
 * one space before an id's digits (six or more: an id's length), right
 * after an id label, are the id's prefix, as they are when a '-' joins
 * them ("MX-4471-2290", id_prefix); not a label themselves ("n° IPP
 * 1234567", "n° CAF 1234567"), nor a word the dictionary has (a body's
 * or a care's abbreviation: "IPP CHU 1234567"): the word index of the
 * capitals, or j. */
static size_t
id_spaced_prefix(const char *t, const struct detect_scratch *s, size_t j,
    size_t ndigits)
{
	const struct detect_word *w;

	if (j == 0 || ndigits < 6)
		return j;
	w = &s->words[j - 1];
	if (!(w->flags & W_UPPER) || (w->flags & W_IDLABEL) ||
	    w->dflags != 0 || w->nchars < 2 || w->nchars > 3 ||
	    w->end - w->start != w->nchars || t[w->end] != ' ' ||
	    w->end + 1 != s->words[j].start || word_taken(s, j - 1) ||
	    id_label_before(t, s, j - 1) != 1)
		return j;
	return j - 1;
}

/* "Déclaration EI-2025-4471", "dossier assistance MA-25-117804": the
 * capitals at word p (id_prefix) joined by a '-' to two groups of digits
 * or more, words j to e, each joined to the last by a '-', seven digits
 * or more, the last group of three or more: a file's number by its shape
 * alone, which no date, dose, room or score has, so no label is asked.
 * Not the number of a thing that names no person ("lot AB-2023-1234",
 * id_not_person) one or two words before. */
/* A standard's number is no person's ("norme EN-1789-2007"). */
static const char *const id_code_standards[] = {
	"norme", "normes", "iso", "nf", "en", "din", "cei", "iec", NULL,
};
static uint64_t id_code_standards_filter;	/* word_in_filtered_list */

static int
id_hyphen_code(const char *t, const struct detect_scratch *s, size_t p,
    size_t j, size_t e, size_t digits)
{
	if (p == j || e == j || digits < 7 ||
	    s->words[e].end - s->words[e].start < 3 ||
	    s->words[p].end + 1 != s->words[j].start ||
	    t[s->words[p].end] != '-')
		return 0;
	for (size_t k = j + 1; k <= e; k++)
		if (!(s->words[k].flags & W_DIGIT) || s->words[k].start !=
		    s->words[k - 1].end + 1 || t[s->words[k].start - 1] != '-')
			return 0;
	for (size_t k = p, hops = 0; k > 0 && hops < 2; k--, hops++)
		if (word_in_filtered_list(s, &s->words[k - 1], id_not_person) || word_in_filtered_list(s, &s->words[k - 1], id_code_standards))
			return 0;
	return !word_in_filtered_list(s, &s->words[p], id_code_standards);
}

/* A study's participant, whose number follows the word that names him
 * ("le patient 11-008", "sujet 03-112", "participante 2-017"): a site's
 * number of one to three digits, a '-', the participant's of three. */
static const char *const id_study_subjects[] = {
	"patient", "patiente", "sujet", "participant", "participante", NULL,
};
static uint64_t id_study_subjects_filter;	/* word_in_filtered_list */

/* Words j and e (= j + 1) are such a number right after a study's
 * participant word, one space apart, nothing glued after it. */
static int
id_study_subject(const char *t, size_t len, const struct detect_scratch *s,
    size_t j, size_t e)
{
	const struct detect_word *p;

	if (j == 0 || e != j + 1 || s->words[j].end - s->words[j].start > 3 ||
	    s->words[e].end - s->words[e].start != 3 ||
	    s->words[e].start != s->words[j].end + 1 ||
	    t[s->words[j].end] != '-' || (s->words[e].end < len &&
	    (is_alnum_byte(t[s->words[e].end]) || t[s->words[e].end] == '-' ||
	    t[s->words[e].end] == '/')))
		return 0;
	p = &s->words[j - 1];
	return p->end + 1 == s->words[j].start && t[p->end] == ' ' &&
	    word_in_filtered_list(s, p, id_study_subjects);
}

/* a long number found alone (scan_numbers' `digits`) whose
 * capitals before it are the id's ("n° APS-5102987346", "dossier
 * AB1234567890", "n° adhérent HM 00441872": id_spaced_prefix), after an
 * id label or a bare "n°": the span starts at the capitals. */
static void
id_prefix_extend(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_span *sp;
	size_t p;

	/* most taken numbers are dates and phones: asked nothing more */
	if (j == 0 || s->wspan[j] < 0 ||
	    (sp = &s->spans[s->wspan[j]])->kind != DETECT_ID ||
	    sp->start != s->words[j].start)
		return;
	p = id_prefix(t, s, j);
	if (p == j) {
		/* the digits of the whole span ("SPV 07-4412": six) */
		size_t nd = 0;

		for (size_t b = sp->start; b < sp->end; b++)
			nd += util_is_digit(t[b]) != 0;
		p = id_spaced_prefix(t, s, j, nd);
	}
	if (p == j || word_taken(s, p) || (s->words[p].flags & W_IDLABEL) ||
	    (id_label_before(t, s, p) == 0 && id_numbered_owner(t, s, p) == 0 &&
	    !id_case_word_before(t, s, p)))
		return;
	for (size_t b = s->words[p].start; b < sp->start; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	s->spans[s->wspan[j]].start = s->words[p].start;
	mark_words(s, (size_t)s->wspan[j]);
}

/* "matricule 4471-B", "n° écrou 4471-B": four digits and a key of
 * capitals joined by '-' (id_suffix) right after an id label of its own
 * (not a bare "n°"): a register's number, short as a prison's or a
 * company's are (leaks21; recall20 left it: five digits at least for
 * any other id).
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
id_short_keyed(const char *t, size_t len, const struct detect_scratch *s,
    size_t j, size_t e, size_t n)
{
	return e == j && n == 4 && s->words[j].end - s->words[j].start == 4 &&
	    id_suffix(t, len, s, j) != s->words[j].end &&
	    id_label_before(t, s, j) == 1;
}

/* "écrou 7845", "n° d'écrou : 7845", "numéro de détenu 4471": four
 * digits right after a prison's register word (its label of its own,
 * fillers between as id_label_before reads them): a prison's register
 * numbers are short (heldout24's "écrou 7845"; five digits at least
 * for a number after any other label: "dossier 2231" stays).  Only the
 * register words: a file's, a stay's or an insurer's four digits stay
 * as before (dev24). */
static const char *const id_register_words[] = {
	"ecrou", "detenu", "detenue", NULL,
};
static uint64_t id_register_words_filter;	/* word_in_filtered_list */

static int
id_short_register(const char *t, size_t len, const struct detect_scratch *s,
    size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (j == 0 || w->end - w->start != 4 || w->nchars != 4 ||
	    !(w->flags & W_DIGIT) || (w->end < len && is_alnum_byte(t[w->end])))
		return 0;
	for (size_t b = w->start; b < w->end; b++)
		if (!util_is_digit(t[b]))
			return 0;
	/* the register word within three words before, fillers only
	 * between ("écrou n° 7845", "n° d'écrou : 7845") */
	for (size_t k = j, hops = 0; k > 0 && hops < 4; k--, hops++) {
		const struct detect_word *v = &s->words[k - 1];

		if (word_in_filtered_list(s, v, id_register_words))
			return id_label_before(t, s, j) == 1;
		if (!word_in_filtered_list(s, v, id_number_words) &&
		    !(v->fold_len <= 2 && (lit_is("de", wf(s, v), v->fold_len) ||
		    lit_is("d", wf(s, v), v->fold_len))))
			return 0;
	}
	return 0;
}

/* "code patient OncoBretagne 2231", "dossier Trajectoire 4412",
 * "identifiant RCP Onco-Nord 4451": four digits right after the name
 * of the network, registry or body that gave them, itself after an id
 * label: the label and the name together say the number is a file's,
 * as a key does for id_short_keyed (recall23; five digits at least
 * for a number after its label alone: "dossier 2231" stays).  A year
 * ("dossier MDPH 2023", 1900 to 2099) stays, and so does a number
 * after a title or a month ("Dr Martin 2231", "juin 2231").
 * (In line: its first tests are asked of every short number.) */
static inline __attribute__((always_inline)) int
id_short_named(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j], *nm;
	const char *d = t + w->start;

	if (j < 2 || w->end - w->start != 4 || !(w->flags & W_DIGIT))
		return 0;
	nm = &s->words[j - 1];
	if (!(nm->flags & (W_CAP | W_UPPER)) || nm->end + 1 != w->start ||
	    t[nm->end] != ' ' || (nm->flags & (W_DIGIT | W_IDLABEL)) ||
	    nm->fold_len < 2 || (nm->dflags & (D_TITLE | D_MONTH)))
		return 0;
	for (size_t b = 0; b < 4; b++)
		if (!util_is_digit(d[b]))
			return 0;
	if ((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0'))
		return 0;
	return id_label_before(t, s, j) == 1;
}

/* Word j opens a phone's span that an id's label names ("n° adhérent
 * 0118472951", "IPP : 06 12 34 56 78", "matricule 0612345678"): a
 * number of ten digits after the label of a member's, a file's or a
 * register's number is that number, an id (the view's pseudonym keeps
 * an id's shape, not a phone's; recall26).  A bare "n°" (no label), an
 * insurer's label alone ("mutuelle", "contrat": the caller's lab 4), or
 * the row's phone stay a phone.  Gate: a phone found and an id label
 * (W_IDLABEL) in the comment. */
static void
id_phone_labeled(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s, size_t j)
{
	struct detect_span *sp;
	char d[24];
	size_t n = 0, k;

	if (j == 0 || s->wspan[j] < 0 ||
	    (sp = &s->spans[s->wspan[j]])->kind != DETECT_PHONE ||
	    sp->start != s->words[j].start || sp->ctx >= 0)
		return;
	/* the label within three words before, of the id labels' list */
	for (k = j; k > 0 && j - k < 3; k--)
		if (s->words[k - 1].flags & W_IDLABEL)
			break;
	if (k == 0 || !(s->words[k - 1].flags & W_IDLABEL) ||
	    id_label_before(t, s, j) != 1)
		return;
	/* a phone's word right after it ("dossier : 06 12 34 56 78
	 * (portable)") says what it is */
	k = word_at(s, sp->end);
	if (k < s->nwords && s->words[k].start - sp->end <= 3 &&
	    (s->words[k].flags & W_PHONECUE))
		return;
	for (size_t b = sp->start; b < sp->end && n < sizeof(d); b++)
		if (util_is_digit(t[b]))
			d[n++] = t[b];
	span_kind_change(s, DETECT_PHONE, DETECT_ID);
	sp->kind = DETECT_ID;
	sp->ctx = ctx_match_digits(s, row, nrow, DETECT_IDENT_ID, d, n, 0);
}

/* An identifier after its label, of any length from 5 digits and with
 * "/", "-" or "." between its groups, capitals before it or not
 * ("S25-004411"): the `digits` option is for numbers that nothing names.
 * After a bare "n°" (no label), only a shape no room, road or dose has:
 * capitals before the digits, three groups, or seven digits.  The row's
 * own id keeps its pseudonym. */
int
scan_labeled_ids(const char *t, size_t len, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	size_t from = 1;	/* the words before are read */
	size_t prev = 0, prev_digits = 0;	/* the last id found */

	for (size_t x = 0; x < s->ndwords; x++) {
		char d[40];
		size_t j = s->dwords[x], e, n = 0, p, digits = 0, groups = 0,
		    end, mixed;
		int r, lab, glued_key = 0;

		if (j < from)
			continue;
		if (word_taken(s, j)) {
			/* only an id's span grows (most comments have
			 * none: their taken numbers are dates and phones;
			 * speed30b) */
			if (has_span_kind(s, DETECT_BIT(DETECT_PHONE)) &&
			    comment_has(s, W_IDLABEL, 0))
				id_phone_labeled(t, row, nrow, s, j);
			if (has_span_kind(s, DETECT_BIT(DETECT_ID)))
				id_prefix_extend(t, s, j);
			continue;
		}
		/* A number of four digits or fewer with no word within a byte
		 * after it (most: "3 jours", "J12 :"): id_extent would end at
		 * it (each way on, glued letters, a group one space after,
		 * "/-." or "-CAP-", starts at most a byte after it), and the
		 * test below would skip it; skipped here without copying it
		 * (docs/performance.md, "the cost of each rule"). */
		if (s->words[j].end - s->words[j].start < 5 &&
		    (j + 1 >= s->nwords ||
		    s->words[j + 1].start > s->words[j].end + 1) &&
		    !id_short_named(t, s, j) && !id_short_register(t, len, s, j)) {
			from = j + 1;
			continue;
		}
		e = id_extent(t, s, j, d, sizeof(d), &n);
		/* most numbers are short: asked nothing more, unless a first
		 * group of thousands ("1 234 567 890") */
		if (n < 5 && !(e == j && n <= 3 && j + 1 < s->nwords &&
		    s->words[j + 1].start == s->words[j].end + 1 &&
		    (s->words[j + 1].flags & W_DIGIT) &&
		    s->words[j + 1].end - s->words[j + 1].start == 3 &&
		    t[s->words[j].end] == ' ') && !(e == j &&
		    (id_label_groups(t, len, s, j) != j ||
		    id_mixed_groups(t, s, j) != j)) &&
		    !id_short_keyed(t, len, s, j, e, n) &&
		    !(e == j && id_short_named(t, s, j)) &&
		    !(e == j && id_short_register(t, len, s, j))) {
			from = e + 1;
			continue;
		}
		/* "IPP40099999": the capitals are the label, not a prefix;
		 * unless a label of their own stands before them and a '-'
		 * joins them to the digits ("n° d'adhérent CSS-4471-2093": the
		 * body's name written into its member's number) */
		p = id_prefix(t, s, j);
		if (p == j)
			p = id_mixed_prefix(t, s, j);
		if (p != j && (word_taken(s, p) ||
		    ((s->words[p].flags & W_IDLABEL) &&
		    !id_label_as_prefix(t, s, p, j))))
			p = j;
		/* "n° CRISTAL N-2024-0417752": capitals after what a "n°"
		 * numbers are the prefix, though the "N" reads as a "n°" of
		 * its own to id_label_before */
		if (p != j && id_label_before(t, s, p) == 0 &&
		    id_numbered_owner(t, s, p) != 0)
			lab = 2;
		else if ((lab = id_label_before(t, s, p)) == 0 && p != j &&
		    (lab = id_label_before(t, s, j)) != 0)
			p = j;
		if (lab == 0 && (lab = id_numbered_owner(t, s, p)) == 0 &&
		    p != j && (lab = id_numbered_owner(t, s, j)) != 0)
			p = j;
		else if (lab == 2 && p == j && id_owner_capitals(t, s, j,
		    s->words[j].end - s->words[j].start, 0))
			p = j - 1;	/* "n° DC 11482" */
		if (p == j && lab == 1)
			p = id_spaced_prefix(t, s, j, s->words[j].end -
			    s->words[j].start);
		if (lab == 1 && e == j) {
			e = id_thousands(t, len, s, j);
			if (e == j)
				e = id_label_groups(t, len, s, j);
			for (size_t k = j + 1; k <= e && n < sizeof(d); k++)
				for (size_t b = s->words[k].start;
				    b < s->words[k].end && n < sizeof(d); b++)
					d[n++] = t[b];
		}
		/* "CGR n° 0714 25 117385", "la poche 2511 03 84527": groups
		 * of unequal lengths */
		if (p == j && (lab != 0 || id_blood_bag_before(t, s, j)) &&
		    (mixed = id_mixed_groups(t, s, j)) > e) {
			e = mixed;
			n = id_words_digits(t, s, j, e, d, sizeof(d));
			if (lab == 0)
				lab = 1;
		}
		for (size_t k = j; k <= e; k++)
			if (s->words[k].flags & W_DIGIT) {
				digits += s->words[k].end - s->words[k].start;
				groups++;
			}
		/* "matricule SPV 07-4412", "n° LOC 2025 441 087", "n° PV
		 * 2025/01844": the capitals before a number in groups, whose
		 * first group alone is too short for the tests above, asked
		 * again with the digits of all its groups */
		if (p == j && lab == 1 && digits > s->words[j].end -
		    s->words[j].start)
			p = id_spaced_prefix(t, s, j, digits);
		else if (p == j && lab == 2 && digits > s->words[j].end -
		    s->words[j].start && id_owner_capitals(t, s, j, digits,
		    groups >= 2))
			p = j - 1;
		if (lab == 0 && id_hyphen_code(t, s, p, j, e, digits))
			lab = 2;
		if (lab == 0 && p != j && id_case_word_before(t, s, p))
			lab = 1;	/* "Cas LY20251187" */
		if (lab == 0 && p == j && id_study_subject(t, len, s, j, e))
			lab = 1;
		if (lab == 0 && p == j && (id_label_after(t, len, s, e) ||
		    id_list_next(t, s, prev, prev_digits, j, digits)))
			lab = 1;
		if ((n < 5 && !(lab == 1 && (id_short_keyed(t, len, s, j, e,
		    n) || (e == j && p == j && (id_short_named(t, s, j) ||
		    id_short_register(t, len, s, j)))))) || n >= sizeof(d) || (s->words[e].end < len &&
		    is_alnum_byte(t[s->words[e].end]) && !(glued_key =
		    id_glued_key(t, len, lab, digits, s->words[e].end))) ||
		    lab == 0 ||
		    (lab == 2 && p == j && groups < 3 && digits < 7) ||
		    (lab == 3 && p == j && (groups < 2 || digits > 12)) ||
		    id_unit_after(s, e)) {
			from = e + 1;
			continue;
		}
		end = glued_key ? s->words[e].end + 1 : lab == 1 &&
		    digits >= 7 ? id_key_letter(t, len, s->words[e].end) :
		    s->words[e].end;
		if (end == s->words[e].end)
			end = id_suffix(t, len, s, e);
		if (end == s->words[e].end)
			end = id_block_suffix(t, len, end);
		if (p == j && lab == 1 && id_network_name(t, s, j))
			p = j - 1;	/* "Dossier NetSarc 2026-04417" */
		else if (p == j && lab == 1 && id_case_prefix(t, s, j))
			p = j - 1;	/* "n° PV 2025/01844" */
		r = add_span(s, s->words[p].start, end, DETECT_ID,
		    ctx_match_digits(s, row, nrow, DETECT_IDENT_ID, d, n, 0));
		if (r < 0)
			return r;
		prev = e;
		prev_digits = digits;
		from = e + 1;
	}
	return 0;
}

/*
 * The numbers in groups of any length after the label of a
 * professional's or a body's number (id_spaced_run), which scan_numbers
 * leaves (a run of digits is read whole or with the separators of a
 * phone): taken as the same number written whole would be, an RPPS or
 * a FINESS when its Luhn key is right ("RPPS 10003456788", a wrong key,
 * stays as it does whole).  Asked by scan_numbers, only of a comment
 * with such a label (C_PROID).
 */
static int
scan_spaced_ids(const char *t, unsigned kinds, struct detect_scratch *s)
{
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], e, n;
		enum detect_kind kind;
		char d[16];
		int r;

		if (j + 1 >= s->nwords || word_taken(s, j) ||
		    s->words[j + 1].start != s->words[j].end + 1 ||
		    !(s->words[j + 1].flags & W_DIGIT) ||
		    (e = id_spaced_run(t, s, j)) == j)
			continue;
		n = id_words_digits(t, s, j, e, d, sizeof(d));
		kind = n == 11 ? DETECT_RPPS : DETECT_FINESS;
		if (!(kinds & DETECT_BIT(kind)) || !detect_luhn(d, n))
			continue;
		if ((r = add_span(s, s->words[j].start, s->words[e].end, kind,
		    -1)) < 0)
			return r;
		while (x + 1 < s->ndwords && s->dwords[x + 1] <= e)
			x++;
	}
	return 0;
}

/* ---- phones dictated in words ----
 * A voicemail or a dictation transcribed: "zéro six quarante-deux
 * dix-huit trente-trois zéro sept quatre-vingt-dix".  Five groups of
 * two digits, the first "zéro" and a digit 1-9 (a French number starts
 * with 0), each other "zéro" and a digit or a number of 10 to 99 in
 * words; one space, a hyphen or ", " between the words. */
/* The number words, each with its value (spelled_values), then the
 * words that join them in a number of hundreds and thousands
 * (spelled_id_word): the cue of scan_spelled_ids (C_NUMWORD, a cue of
 * the comment, speed33a). */
const char *const spelled_id_words[] = {
	"zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
	"neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
	"seize", "vingt", "vingts", "trente", "quarante", "cinquante",
	"soixante",
	/* (not number words of spelled_value) */
	"cent", "cents", "mille", "million", NULL,
};
static const int spelled_values[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 20, 30,
	40, 50, 60,
};
#define SPELLED_NUMBERS	(sizeof(spelled_values) / sizeof(spelled_values[0]))

/* Word k's value as a number word (0-60), or -1. */
static int
spelled_value(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	if (w->fold_len < 2 || w->fold_len > 9 || (w->flags & W_DIGIT))
		return -1;
	for (size_t i = 0; i < SPELLED_NUMBERS; i++)
		if (word_is_str(s, k, spelled_id_words[i]))
			return spelled_values[i];
	return -1;
}

/* Word k + 1 follows word k as the next word of a number said aloud:
 * one space, a hyphen or ", " between them. */
static int
spelled_gap(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e, g;

	if (k + 1 >= s->nwords)
		return 0;
	e = s->words[k].end;
	g = s->words[k + 1].start - e;
	return (g == 1 && (t[e] == ' ' || t[e] == '-')) || (g == 2 &&
	    t[e] == ',' && t[e + 1] == ' ');
}

/* Word k + 1's value when one space, a hyphen or ", " follows word k;
 * else -1. */
static int
spelled_next(const char *t, const struct detect_scratch *s, size_t k)
{
	if (!spelled_gap(t, s, k))
		return -1;
	return spelled_value(s, k + 1);
}

/* A teen from word q whose value is v (10-16): "douze", "dix-huit";
 * its value, *last its last word. */
static int
spelled_teen(const char *t, const struct detect_scratch *s, size_t q, int v,
    size_t *last)
{
	int u;

	*last = q;
	if (v == 10 && (u = spelled_next(t, s, q)) >= 7 && u <= 9) {
		*last = q + 1;
		return 10 + u;
	}
	return v;
}

/* One group from word q: two digits ("zéro six" 6, "dix-huit",
 * "quarante-deux", "vingt et un", "soixante-dix", "quatre-vingt-dix") or
 * one digit said alone ("quatre"; *one set); its value, *last its last
 * word; -1 if none. */
static int
spelled_group(const char *t, const struct detect_scratch *s, size_t q,
    size_t *last, int *one)
{
	int v = spelled_value(s, q), u;

	*one = 0;
	if (v == 0) {
		if ((u = spelled_next(t, s, q)) < 0 || u > 9)
			return -1;
		*last = q + 1;
		return u;
	}
	if (v >= 10 && v <= 16)
		return spelled_teen(t, s, q, v, last);
	if (v == 4 && spelled_next(t, s, q) == 20) {
		v = 80;
		q++;
	} else if (v < 20) {
		*one = 1;
		*last = q;
		return v;
	}
	*last = q;
	if (v != 80 && q + 2 < s->nwords && spelled_next(t, s, q) < 0 &&
	    word_is(s, q + 1, "et") && ((u = spelled_next(t, s, q + 1)) == 1 ||
	    (v == 60 && u == 11))) {
		*last = q + 2;
		return v + u;
	}
	u = spelled_next(t, s, q);
	if (u >= 1 && u <= 9) {
		*last = q + 1;
		return v + u;
	}
	if ((v == 60 || v == 80) && u >= 10 && u <= 16)
		return v + spelled_teen(t, s, q + 1, u, last);
	return v;
}

/* Word i starts a phone said in words whose first "zéro" is not said,
 * right after a phone cue ("joignable au deux quatre-vingt-dix-huit
 * quatre-vingt-sept douze zéro cinq": 02 98 87 12 05, as a dictation
 * transcribed it): a digit 1-9 said alone, a cue at most three words
 * before it with no number between.  The run must still reach ten
 * digits with the unsaid zero. */
static int
spelled_phone_unsaid_zero(const struct detect_scratch *s, size_t i)
{
	static const char *const digits[] = {
		"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
		"neuf", NULL,
	};
	static uint64_t digits_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i];

	/* a digit's word has two to six letters, none glued to a number; the
	 * cue (a few flags read) before the word list */
	if (w->fold_len < 2 || w->fold_len > 6 || (w->flags & W_DIGIT) ||
	    !phone_cue_before(s, i))
		return 0;
	return word_in_filtered_list(s, w, digits);
}

/* A phone dictated in words from word i, from its "zéro" or (unsaid) a
 * digit whose zero is not said: ten digits or more said in groups of two
 * or one by one, up to sixteen (a slip of speech or of the transcription
 * stays inside the span), added; the last word read (i if none), or a
 * negative errno. */
static long
spelled_phone_at(const char *t, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s, size_t i, int unsaid)
{
	char d[18];
	size_t q = i, last = i, n = 0, l;
	int v, r, one, pair = 0;

	if (unsaid)
		d[n++] = '0';
	/* a digit alone after a number of two ("..., soixante-dix-sept,
	 * trois fois par jour") ends the run, outside it */
	while (n + 2 <= 16 && (v = spelled_group(t, s, q, &l,
	    &one)) >= 0 && !(n == 0 && (spelled_value(s, q) != 0 ||
	    v == 0)) && !(n == 1 && unsaid && q == i && !one) &&
	    !(one && pair)) {
		if (!one)
			d[n++] = (char)('0' + v / 10);
		d[n++] = (char)('0' + v % 10);
		pair = v >= 10;
		last = l;
		if (spelled_next(t, s, last) < 0)
			break;
		q = last + 1;
	}
	if (n < 10)
		return (long)last;
	r = add_span(s, s->words[i].start, s->words[last].end,
	    DETECT_PHONE, ctx_match_digits(s, row, nrow,
	    DETECT_IDENT_PHONE, d, n, 9));
	return r < 0 ? r : (long)last;
}

/* Phones dictated in words (detect_run's gate: tokenize saw a word
 * "zéro", zero_hint; or a phone cue): from a "zéro", or from a digit
 * whose zero is unsaid right after a cue (spelled_phone_unsaid_zero).
 * Without a "zéro" in the comment, only the three words after each cue
 * are asked (most comments with a cue have their phone in digits). */
int
scan_spelled_phones(const char *t, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	long last;

	if (!s->zero_hint) {
		for (size_t c = 0; c + 1 < s->nwords; c++) {
			if (!(s->words[c].flags & W_PHONECUE))
				continue;
			for (size_t i = c + 1; i < s->nwords && i <= c + 3; i++) {
				if (word_taken(s, i) ||
				    !spelled_phone_unsaid_zero(s, i))
					continue;
				if ((last = spelled_phone_at(t, row, nrow, s, i,
				    1)) < 0)
					return (int)last;
				i = (size_t)last;
			}
		}
		return 0;
	}
	for (size_t i = 0, cue = NO_WORD; i < s->nwords; i++) {
		int unsaid;

		if (s->words[i].flags & W_PHONECUE)
			cue = i;
		unsaid = !word_is(s, i, "zero");
		if (unsaid && (cue == NO_WORD || i - cue > 3))
			continue;
		if (word_taken(s, i) || (unsaid &&
		    !spelled_phone_unsaid_zero(s, i)))
			continue;
		if ((last = spelled_phone_at(t, row, nrow, s, i, unsaid)) < 0)
			return (int)last;
		i = (size_t)last;
	}
	return 0;
}

/* ---- numbers said in words, or words and digits mixed (leaks48) ----
 * "06 douze 34 cinquante-six 78", "zéro six, douze, 34, ...", a NIR
 * read group by group ("un, quatre-vingt-quatre, zéro deux, soixante-
 * quinze, cent vingt-trois, quatre cent cinquante-six, soixante-
 * quatorze").  Each group is a word of one to three digits or a number
 * said in words (0-99, or its hundreds: "cent", "quatre cent
 * cinquante-six"); one space, a hyphen or ", " between them.  The
 * digits are taken only when they make a number of known shape: a
 * French phone (ten, the first 0, the second not), a NIR whose key is
 * valid, or the row's own NIR without its key.  Ordinary numbers ("deux
 * comprimés", "trente ans", "un, deux, trois") make none. */

/* The run's room: a NIR's fifteen digits, and a group's three more */
#define SPOKEN_MAX	18

/* Word q is a group of one to three digits alone */
static int
spoken_digit_word(const char *t, const struct detect_scratch *s, size_t q)
{
	const struct detect_word *w = &s->words[q];

	if (!(w->flags & W_DIGIT) || w->end - w->start > 3)
		return 0;
	for (size_t k = w->start; k < w->end; k++)
		if (!util_is_digit(t[k]))
			return 0;
	return 1;
}

/* One group from word q into d (its digits appended at *n, room
 * SPOKEN_MAX), *last its last word, *said set when words said it; 0, or
 * -1 if word q opens none. */
static int
spoken_group(const char *t, const struct detect_scratch *s, size_t q,
    char *d, size_t *n, size_t *last, int *said)
{
	int v, u, one, h = -1;
	size_t l;

	if (spoken_digit_word(t, s, q)) {
		const struct detect_word *w = &s->words[q];

		if (*n + (w->end - w->start) > SPOKEN_MAX)
			return -1;
		memcpy(d + *n, t + w->start, w->end - w->start);
		*n += w->end - w->start;
		*last = q;
		return 0;
	}
	/* hundreds: "cent", "quatre cent(s)" */
	if (word_is(s, q, "cent") || word_is(s, q, "cents"))
		h = 1;
	else if ((v = spelled_value(s, q)) >= 2 && v <= 9 &&
	    spelled_gap(t, s, q) && (word_is(s, q + 1, "cent") ||
	    word_is(s, q + 1, "cents"))) {
		h = v;
		q++;
	} else if (v < 0)
		return -1;
	if (h > 0) {
		u = 0;
		*last = q;
		if (spelled_gap(t, s, q) && spelled_value(s, q + 1) > 0 &&
		    (u = spelled_group(t, s, q + 1, &l, &one)) > 0 && u <= 99)
			*last = l;
		else
			u = 0;
		v = h * 100 + u;
		if (*n + 3 > SPOKEN_MAX)
			return -1;
		d[(*n)++] = (char)('0' + v / 100);
		d[(*n)++] = (char)('0' + v / 10 % 10);
		d[(*n)++] = (char)('0' + v % 10);
		*said = 1;
		return 0;
	}
	/* "zéro" a digit of its own ("zéro deux" 0, 2) */
	if (v == 0) {
		one = 1;
		*last = q;
	} else if ((v = spelled_group(t, s, q, last, &one)) < 0)
		return -1;
	if (*n + 2 > SPOKEN_MAX)
		return -1;
	if (!one)
		d[(*n)++] = (char)('0' + v / 10);
	d[(*n)++] = (char)('0' + v % 10);
	*said = 1;
	return 0;
}

/* Word i may open a spoken phone or NIR: "zéro", a digit group that
 * starts with 0, or a NIR's first digit (1, 2, 3, 4, 7, 8) said or
 * written */
static int
spoken_open(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const sex[] = {
		"un", "deux", "trois", "quatre", "sept", "huit", NULL,
	};
	static uint64_t sex_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i];

	if (spoken_digit_word(t, s, i))
		return t[w->start] == '0' || (w->end - w->start == 1 &&
		    strchr("123478", t[w->start]) != NULL);
	if (w->fold_len < 2 || w->fold_len > 6)
		return 0;
	return word_is(s, i, "zero") || word_in_filtered_list(s, w, sex);
}

/* Word k is a number's word or group, joined to word k + 1 */
static int
spoken_joined(const char *t, const struct detect_scratch *s, size_t k)
{
	return spelled_gap(t, s, k) && (spoken_digit_word(t, s, k) ||
	    spelled_value(s, k) >= 0 || word_is(s, k, "cent") ||
	    word_is(s, k, "cents") || word_is(s, k, "mille"));
}

/* Word i opens a spoken phone or NIR (spoken_open), joined to the next;
 * not inside a number ("quatre-vingt-quatre zéro deux ..."),
 * but after one digit said alone ("cinq, zéro six ...": a slip) */
static int
spoken_start(const char *t, const struct detect_scratch *s, size_t i)
{
	int v;

	if (!spelled_gap(t, s, i) || !spoken_open(t, s, i))
		return 0;
	return !(i > 0 && spoken_joined(t, s, i - 1) && ((v = spelled_value(s,
	    i - 1)) < 0 || v > 9 || (i > 1 && spoken_joined(t, s, i - 2))));
}


/* From word i, the span of a phone or a NIR said in words, digits
 * mixed in or not, added; the last word read (i if none), or a negative
 * errno. */
static long
spoken_number_at(unsigned kinds, const char *t,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s,
    size_t i)
{
	char d[SPOKEN_MAX];
	size_t q = i, last = i, n = 0, e10 = 0, e13 = 0, e15 = 0, after10 = 0;
	int said = 0, s10 = 0, s13 = 0, s15 = 0, k, r;
	struct nir nir;

	while (q < s->nwords && !word_taken(s, q) &&
	    spoken_group(t, s, q, d, &n, &last, &said) == 0) {
		if (e10 != 0 && after10 == 0)
			after10 = n - 10;
		if (n == 10) {
			e10 = last;
			s10 = said;
		} else if (n == 13) {
			e13 = last;
			s13 = said;
		} else if (n == 15) {
			e15 = last;
			s15 = said;
		}
		if (n >= 15 || !spelled_gap(t, s, last))
			break;
		q = last + 1;
	}
	/* (a word must say some of it: digits alone are scan_numbers') */
	if (s15 && (kinds & DETECT_BIT(DETECT_NIR)) &&
	    nir_parse(d, NIR_FULL, &nir) == 0) {
		r = add_span(s, s->words[i].start, s->words[e15].end,
		    DETECT_NIR, ctx_match_nir(row, nrow, nir.body));
		return r < 0 ? r : (long)e15;
	}
	if (s13 && (kinds & DETECT_BIT(DETECT_NIR)) &&
	    nir_parse(d, NIR_BODY, &nir) == 0 &&
	    (k = ctx_match_nir(row, nrow, nir.body)) >= 0) {
		r = add_span(s, s->words[i].start, s->words[e13].end,
		    DETECT_NIR, k);
		return r < 0 ? r : (long)e13;
	}
	/* a phone: the run ends with its ten digits, or a digit said
	 * alone follows ("..., soixante-dix-huit, trois fois par jour");
	 * not ten digits inside a longer number */
	if (s10 && (kinds & DETECT_BIT(DETECT_PHONE)) && d[0] == '0' &&
	    d[1] != '0' && (n == 10 || (after10 == 1 &&
	    !spoken_digit_word(t, s, e10 + 1)))) {
		r = add_span(s, s->words[i].start, s->words[e10].end,
		    DETECT_PHONE, ctx_match_digits(s, row, nrow,
		    DETECT_IDENT_PHONE, d, 10, 9));
		return r < 0 ? r : (long)e10;
	}
	return (long)i;
}

/* Phones and NIRs said in words, digits mixed in or not (detect_run's
 * gate: a number word in the comment, C_NUMWORD).  A walk starts at a
 * word that may open one (spoken_start) and reads at most fifteen
 * digits' groups. */
int
scan_spoken_numbers(unsigned kinds, const char *t,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	long last;

	if (!(kinds & (DETECT_BIT(DETECT_NIR) | DETECT_BIT(DETECT_PHONE))))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		if (!spoken_start(t, s, i) || word_taken(s, i))
			continue;
		if ((last = spoken_number_at(kinds, t, row, nrow, s, i)) < 0)
			return (int)last;
		i = (size_t)last;
	}
	return 0;
}

/* The words before a car's registration ("plaque", "immatriculation",
 * "immat", "immatricul\xc3\xa9" e, "v\xc3\xa9hicule", "voiture"), folded. */
/* D_PLATECUE in the dictionary, which tokenize moves to the word's
 * W_PLATECUE (speed22: plate_cue_in_comment tested each word's length
 * and first letter, then walked this list) */
const char *const detect_plate_cues[] = {
	"plaque", "plaques", "immatriculation", "immat", "immatricule",
	"immatriculee", "vehicule", "voiture", "auto", "camionnette",
	"fourgon", "utilitaire", "moto", "scooter", NULL,
};

/* The makes of cars and motorbikes sold most in France, folded: plate
 * cues too (D_PLATECUE: "une Peugeot 308 (FX 913 PL)", dev19a), none a
 * word of the text around a plate's shape but as a car's, and makers
 * after a vehicle's noun (detect_thing.c device_maker_at: "voiture
 * Renault").  One list for both (roles26): each had makes the other
 * lacked. */
const char *const detect_car_makes[] = {
	"peugeot", "renault", "citroen", "dacia", "toyota", "volkswagen",
	"opel", "fiat", "nissan", "bmw", "audi", "skoda", "kia", "hyundai",
	"tesla", "suzuki", "mazda", "volvo", "mitsubishi", "ford",
	"mercedes", "seat", "honda", "yamaha", NULL,
};

/* A plate cue among the three words before the word that starts at byte
 * a (a colon, "n\xc2\xb0", "de", "du fils" between). */
static int
plate_cue_before(const struct detect_scratch *s, size_t a)
{
	size_t w = word_at(s, a);

	for (size_t k = w; k > 0 && w - k < 4; k--) {
		const struct detect_word *v = &s->words[k - 1];

		if (v->flags & W_PLATECUE)
			return 1;
	}
	return 0;
}

/* Some word of the comment is a plate cue: without one plate_cue_before
 * is 0 at every byte, and only the hyphenated shape may be a plate. */
static int
plate_cue_in_comment(const struct detect_scratch *s)
{
	return (s->word_flags & W_PLATECUE) != 0;
}

/* n capitals from t[p] (within len). */
static int
caps_at(const char *t, size_t len, size_t p, size_t n)
{
	if (p + n > len)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (t[p + i] < 'A' || t[p + i] > 'Z')
			return 0;
	return 1;
}

/* n digits from t[p] (within len). */
static int
digits_at(const char *t, size_t len, size_t p, size_t n)
{
	if (p + n > len)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (t[p + i] < '0' || t[p + i] > '9')
			return 0;
	return 1;
}

/* scan_plates in a comment with no plate cue (speed20): only "AB-123-CD"
 * may be a plate there, and its three digits are a digit word of three
 * between two hyphens: only those words are visited (speed23d: memchr
 * visited every hyphen) and the shape read around them, with
 * scan_plates' own tests: the same spans as its byte loop, which would
 * start at each byte and ask the cue. */
static int
scan_hyphen_plates(const char *t, size_t len, struct detect_scratch *s)
{
	size_t from = 0;	/* the first byte a plate may start at */

	for (size_t x = 0; x < s->ndwords; x++) {
		const struct detect_word *w = &s->words[s->dwords[x]];
		size_t p = w->start - 3, e = p + 9;
		int r;

		if (w->end - w->start != 3 || w->start < 3 ||
		    t[w->start - 1] != '-' || p < from)
			continue;
		if (p + 7 > len || (p > 0 && (is_alnum_byte(t[p - 1]) ||
		    t[p - 1] == '-' || (unsigned char)t[p - 1] >= 0x80)) ||
		    !caps_at(t, len, p, 2) || !digits_at(t, len, p + 3, 3) ||
		    t[p + 6] != '-' || !caps_at(t, len, p + 7, 2) ||
		    (e < len && (is_alnum_byte(t[e]) || t[e] == '-' ||
		    (unsigned char)t[e] >= 0x80)))
			continue;
		if ((r = add_span(s, p, e, DETECT_ID, -1)) < 0)
			return r;
		from = e + 1;
	}
	return 0;
}

/* A plate of another country's shape at p, after a plate's cue: two to
 * four groups of one to three capitals or one to six digits, one space
 * or hyphen between, letters and digits both, five to ten of them
 * ("1-ABC-123" Belgian, "M AB 1234" and "M-AB 1234" German, "1234 BCD"
 * Spanish, "DXB 4 12345" Emirati, "GE 123456" Swiss).  Nothing
 * alphanumeric or a hyphen beside.  Its end, or 0. */
static size_t
foreign_plate_end(const char *t, size_t len, size_t p)
{
	size_t q = p, groups = 0, chars = 0, end = 0;
	int letters = 0, digits = 0;

	if (p > 0 && (is_alnum_byte(t[p - 1]) || t[p - 1] == '-'))
		return 0;
	while (q < len && groups < 4) {
		size_t g = q;

		if (t[q] >= 'A' && t[q] <= 'Z') {
			while (q < len && q - g < 4 && t[q] >= 'A' && t[q] <= 'Z')
				q++;
			if (q - g > 3)
				return 0;
			letters = 1;
		} else if (t[q] >= '0' && t[q] <= '9') {
			while (q < len && q - g < 7 && t[q] >= '0' && t[q] <= '9')
				q++;
			if (q - g > 6)
				return 0;
			digits = 1;
		} else {
			break;
		}
		groups++;
		chars += q - g;
		end = q;
		if (q + 1 >= len || (t[q] != ' ' && t[q] != '-') ||
		    !((t[q + 1] >= 'A' && t[q + 1] <= 'Z') ||
		    (t[q + 1] >= '0' && t[q + 1] <= '9')))
			break;
		q++;
	}
	if (groups < 2 || !letters || !digits || chars < 5 || chars > 10 ||
	    (end < len && (is_alnum_byte(t[end]) || t[end] == '-')))
		return 0;
	return end;
}

/* After each plate cue but a make, the first of the four words after it
 * with a capital or a digit, when it opens a plate of another country's
 * shape (foreign_plate_end): "la voiture DXB 4 12345", "plaque belge
 * 1-ABC-123", "immatriculée M AB 1234".  Only words in lower case
 * between ("voiture Peugeot 308 GTI": a model, after the make).  A span
 * there already (a French plate) is left. */
static const char *const plate_nouns[] = {
	"plaque", "plaques", "immatriculation", "immat", "immatricule",
	"immatriculee", "vehicule", "voiture", "auto", "camionnette",
	"fourgon", "utilitaire", "moto", "scooter", NULL,
};
static uint64_t plate_nouns_filter;	/* word_in_filtered_list */

static int
scan_foreign_plates(const char *t, size_t len, struct detect_scratch *s)
{
	for (size_t c = 0; c < s->nwords; c++) {
		if (!(s->words[c].flags & W_PLATECUE) ||
		    !word_in_filtered_list(s, &s->words[c], plate_nouns))
			continue;
		for (size_t i = c + 1; i < s->nwords && i <= c + 4; i++) {
			const struct detect_word *w = &s->words[i];
			size_t e;
			int r;

			if (!(w->flags & (W_DIGIT | W_UPPER | W_CAP)))
				continue;
			if ((e = foreign_plate_end(t, len, w->start)) != 0 &&
			    !overlaps(s, w->start, e) && (r = add_span(s,
			    w->start, e, DETECT_ID, -1)) < 0)
				return r;
			break;
		}
	}
	return 0;
}

/*
 * A car's registration, a relative's or the patient's ("v\xc3\xa9hicule du
 * fils AB-123-CD", "plaque AB 123 CD", "immatriculation 1234 AB 44"):
 * the French system's shape since 2009, two capitals, three digits, two
 * capitals, with hyphens anywhere (the shape is the cue: no code of care
 * is written so), with a space or nothing after a plate's cue
 * (plate_cue_before); the older shape, one to four digits, one to three
 * capitals, the d\xc3\xa9partement's two digits or 2A/2B, after a cue
 * only.  Nothing alphanumeric or a hyphen beside.  "HLA-B27", "CD4 123
 * CD8", "T2-N1-M0" stay.  Each start reads ten bytes.  (detect_run's
 * gate: a digit.)
 */
int
scan_plates(const char *t, size_t len, struct detect_scratch *s)
{
	if (!plate_cue_in_comment(s))
		return scan_hyphen_plates(t, len, s);
	for (size_t p = 0; p + 7 <= len; p++) {
		size_t e = 0;
		char g;
		int r;

		if (p > 0 && (is_alnum_byte(t[p - 1]) || t[p - 1] == '-' ||
		    (unsigned char)t[p - 1] >= 0x80))
			continue;
		if (caps_at(t, len, p, 2)) {
			g = t[p + 2];
			if (g == '-' && digits_at(t, len, p + 3, 3) &&
			    t[p + 6] == '-' && caps_at(t, len, p + 7, 2))
				e = p + 9;
			else if ((g == ' ' && digits_at(t, len, p + 3, 3) &&
			    p + 6 < len && t[p + 6] == ' ' &&
			    caps_at(t, len, p + 7, 2)) || (digits_at(t, len,
			    p + 2, 3) && caps_at(t, len, p + 5, 2)))
				e = g == ' ' ? p + 9 : p + 7;
			if (e != 0 && g != '-' && !plate_cue_before(s, p))
				e = 0;
		} else if (t[p] >= '0' && t[p] <= '9' && plate_cue_before(s, p)) {
			size_t q = p, c;

			while (q < len && q - p < 5 && t[q] >= '0' && t[q] <= '9')
				q++;
			if (q - p > 4 || q >= len || t[q] != ' ')
				continue;
			for (c = ++q; q < len && q - c < 4 && t[q] >= 'A' &&
			    t[q] <= 'Z'; q++)
				;
			if (q == c || q - c > 3 || q + 2 >= len || t[q] != ' ')
				continue;
			q++;
			if (digits_at(t, len, q, 2) || (t[q] == '2' &&
			    (t[q + 1] == 'A' || t[q + 1] == 'B')))
				e = q + 2;
		}
		if (e == 0 || (e < len && (is_alnum_byte(t[e]) || t[e] == '-' ||
		    (unsigned char)t[e] >= 0x80)))
			continue;
		if ((r = add_span(s, p, e, DETECT_ID, -1)) < 0)
			return r;
		p = e;
	}
	return scan_foreign_plates(t, len, s);
}

/* ---- account handles after their label (review21) ----
 * A relative's or the patient's account written with no domain and no
 * "@": "Skype : luc.dauphin52", "identifiant : jpigeon1950", "pseudo
 * Facebook jeanne.pigeon.50", "contact : marie.dupont", "Instagram :
 * @jeanne_pigeon" (handle_name reads an "@" handle only when a part is a
 * name of the lists).  The label says an account follows; the value's
 * shape says it is one: letters joined to letters by '.', '_' or '-', or
 * letters and two digits or more, no web address (a domain's ending,
 * "www"). */
const char *const detect_account_labels[] = {
	/* D_ACCOUNT in the dictionary, which tokenize moves to the word's
	 * W_ACCOUNT (speed22: the rule tested each word's fold hash, then
	 * its fold, against these) */
	"fb", "mail", "snap", "user", "email", "insta", "login", "skype",
	"compte", "pseudo", "tiktok", "contact", "discord", "twitter",
	"courriel", "facebook", "linkedin", "snapchat", "telegram",
	"username", "instagram", "messenger", "pseudonyme", "identifiant",
	"utilisateur", NULL,
};

/* The endings of a domain: a web address, not a handle. */
static const char *const account_tlds[] = {
	"fr", "com", "net", "org", "eu", "be", "ch", "ma", "dz", "tn", "io",
	"info", "gouv", "re", "gp", "mq", "yt", "nc", "pf", NULL,
};

/* A handle at byte a (an "@" before it allowed): its end, or a if none.
 * 4 to 40 bytes of letters, digits, '.', '_', '-', ending on a letter or
 * a digit; two letters at least, and a separator between two letters or
 * two digits at least; not followed by an "@" (an e-mail's, read
 * elsewhere) nor ending with a domain's ending. */
static size_t
account_handle_end(const char *t, size_t len, size_t a)
{
	size_t b = a, letters = 0, digits = 0, last_dot = 0;
	int joined = 0;

	while (b < len && b - a < 41 && (handle_letter(t[b]) ||
	    util_is_digit(t[b]) || t[b] == '.' || t[b] == '_' || t[b] == '-')) {
		if (handle_letter(t[b]))
			letters++;
		else if (util_is_digit(t[b]))
			digits++;
		else {
			if (b > a && b + 1 < len && handle_letter(t[b - 1]) &&
			    handle_letter(t[b + 1]))
				joined = 1;
			if (t[b] == '.')
				last_dot = b;
		}
		b++;
	}
	while (b > a && !handle_letter(t[b - 1]) && !util_is_digit(t[b - 1]))
		b--;
	if (b - a < 4 || b - a > 40 || letters < 2 || !(joined || digits >= 2) ||
	    (b < len && (t[b] == '@' || (unsigned char)t[b] >= 0x80 ||
	    is_alnum_byte(t[b]))))
		return a;
	if (b - a >= 4 && strncasecmp(t + a, "www.", 4) == 0)
		return a;
	if (last_dot > a && last_dot < b) {
		char f[8];
		size_t n = b - last_dot - 1;

		if (n > 0 && n < sizeof(f)) {
			for (size_t k = 0; k < n; k++)
				f[k] = (char)(t[last_dot + 1 + k] | 32);
			if (in_list(account_tlds, f, n))
				return a;
		}
	}
	return b;
}

/* The account handles after their label, as ids (a name span would
 * draw the label's capitalized word in: "Facebook jeanne.pigeon.50";
 * detect_run's gate: ids).
 * The label, then " : ", ":", " " or "=" (three bytes at most), an "@"
 * allowed, then the handle; or one word between ("pseudo Facebook
 * x.y").  0 or -ENOMEM. */
int
scan_account_handles(const char *t, size_t len, struct detect_scratch *s)
{
	/* no label in the comment: nothing to walk (tokenize's W_ACCOUNT,
	 * one dictionary lookup a word gives it with the word's other bits) */
	if (!(s->word_flags & W_ACCOUNT))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		size_t a, e, j;
		int r;

		if (!(s->words[i].flags & W_ACCOUNT))
			continue;
		for (j = 0; j < 2; j++) {
			/* (the next word asked before it is read: a label
			 * that is the text's last word has none, and
			 * words[nwords] may be past the array) */
			if (j > 0 && (i + 1 >= s->nwords ||
			    !(s->words[i + 1].flags & W_ACCOUNT)))
				break;
			a = s->words[i + j].end;
			while (a < len && a - s->words[i + j].end < 3 &&
			    (t[a] == ' ' || t[a] == ':' || t[a] == '='))
				a++;
			if (a == s->words[i + j].end)
				continue;
			if (a < len && t[a] == '@')
				a++;
			if ((e = account_handle_end(t, len, a)) == a)
				continue;
			/* whole, or the pieces no rule took ("marie.dupont":
			 * the row's "dupont" was) */
			if (!overlaps(s, a, e)) {
				if ((r = add_span(s, a, e, DETECT_ID, -1)) < 0)
					return r;
				break;
			}
			for (size_t p = a, q; p < e; p = q + 1) {
				for (q = p; q < e && (handle_letter(t[q]) ||
				    util_is_digit(t[q])); q++)
					;
				if (q > p && (r = add_span(s, p, q, DETECT_ID,
				    -1)) < 0)
					return r;
			}
			break;
		}
	}
	return 0;
}

/*
 * A row's number in a table pasted into a note (recall23): "N° pt /
 * Initiales / Date incl. -- 001 / D.M. / 02/10/2025 -- 002 / L.K. /
 * 16/10/2025", "014 | MARTIN | Paul | 12.03.1961", "Liste : 001 ; J-P.
 * L. ; 12/03/1961 ; HTA".  A number of one to six digits alone in the
 * first cell of a record (the text's or a line's start, after "--", an
 * em dash, or a ';' between rows; after a ':' only written with a
 * leading zero, "001": no count is), a cell separator after it (" / "
 * spaced, '|', ';', a tab), two cells more at least, one of which
 * starts with a person's name, initials or date found: the number finds
 * the patient in the study's or the ward's list (heldout17 labels it).
 * Stay: "TA 12 / 8 / 10" (no name nor date cell), "3 / 10" (too few
 * cells), "chambre 12 / M. Dupont / 12/03/2025" (not a row's start).
 * Each candidate reads a bounded window: linear.
 */
#define TABLE_ROW_WINDOW	240
#define TABLE_ROW_CELLS		8	/* the cells of a row read for initials */

/* The byte before p, spaces skipped, is a record's edge. */
static int
table_row_edge(const char *t, size_t p, int zero, char sep)
{
	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p == 0 || t[p - 1] == '\n')
		return 1;
	if (t[p - 1] == '-')
		return p >= 2 && t[p - 2] == '-';
	if (p >= 3 && (unsigned char)t[p - 3] == 0xe2 &&
	    (unsigned char)t[p - 2] == 0x80 && (unsigned char)t[p - 1] == 0x94)
		return 1;
	if (t[p - 1] == ';')
		return sep != ';';
	if (t[p - 1] == '|' || t[p - 1] == '\t') {
		/* "| 014 | ...": a bar or a tab that starts the line */
		p--;
		while (p > 0 && t[p - 1] == ' ')
			p--;
		return p == 0 || t[p - 1] == '\n';
	}
	return t[p - 1] == ':' && zero;
}

/* A cell separator sep at byte q ('/' only spaced). */
static int
table_row_sep_at(const char *t, size_t len, size_t q, char sep)
{
	if (t[q] != sep)
		return 0;
	return sep != '/' || (q > 0 && q + 1 < len && t[q - 1] == ' ' &&
	    t[q + 1] == ' ');
}

/* The cell after the separator at q starts with a name, initials or a
 * date found. */
static int
table_row_person_cell(const char *t, const struct detect_scratch *s,
    size_t len, size_t q, char sep)
{
	const struct detect_span *sp;
	size_t b = q + 1, k;

	while (b < len && t[b] == ' ')
		b++;
	if (b >= len || (k = word_at(s, b)) >= s->nwords ||
	    s->words[k].start != b || (sp = span_of(s, k)) == NULL ||
	    sp->start != b)
		return 0;
	if (sp->kind != DETECT_NAME && sp->kind != DETECT_INITIAL &&
	    sp->kind != DETECT_DATE)
		return 0;
	/* a span across the separators is no cell ("3 / 10 / 7 / 12": a
	 * date typed with spaced slashes after the 3) */
	for (size_t x = sp->start; x < sp->end; x++)
		if (table_row_sep_at(t, len, x, sep))
			return 0;
	return 1;
}

/* The bytes [a, b) are a cell of initials alone, spaces around: two to
 * four capitals, each with its dot or joined to the next by '-', a
 * space or ". " between, one dot at least ("D.M.", "J-P. L.", "M.-C.
 * D."); "HTA", "RAS", "A B" are none.  The cell's bounds in *ca, *cb. */
static int
table_row_initials(const char *t, size_t a, size_t b, size_t *ca, size_t *cb)
{
	size_t p, letters = 0, dots = 0;

	while (a < b && t[a] == ' ')
		a++;
	while (b > a && t[b - 1] == ' ')
		b--;
	for (p = a; p < b; ) {
		if (t[p] < 'A' || t[p] > 'Z' || letters == 4)
			return 0;
		letters++;
		p++;
		if (p < b && t[p] == '.') {
			dots++;
			p++;
		}
		if (p < b && (t[p] == '-' || t[p] == ' '))
			p++;
		if (p < b && t[p - 1] == '-' && t[p] == ' ')
			return 0;
	}
	if (letters < 2 || dots == 0)
		return 0;
	*ca = a;
	*cb = b;
	return 1;
}

int
scan_table_row_numbers(const char *t, size_t len, struct detect_scratch *s)
{
	/* the runs of digits only (dwords), as the number scans visit them */
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x];
		const struct detect_word *w = &s->words[j];
		size_t n = w->end - w->start, q, seps = 0, lim, b;
		size_t cell[TABLE_ROW_CELLS];
		int person = 0, r;
		char sep;

		/* most numbers are taken (dates) or followed by a letter,
		 * a unit or a date's '/': one byte says */
		if (word_taken(s, j) || w->end >= len || (t[w->end] != ' ' &&
		    t[w->end] != '|' && t[w->end] != ';' && t[w->end] != '\t') ||
		    n == 0 || n > 6 || n != w->nchars)
			continue;
		for (q = w->start; q < w->end && util_is_digit(t[q]); q++)
			;
		if (q != w->end)
			continue;
		while (q < len && t[q] == ' ')
			q++;
		if (q >= len || !util_in_set("/|;\t", t[q]))
			continue;
		sep = t[q];
		if (!table_row_sep_at(t, len, q, sep) || !table_row_edge(t,
		    w->start, t[w->start] == '0' && n >= 2, sep))
			continue;
		/* the record's cells, up to the next record or line */
		lim = q + TABLE_ROW_WINDOW < len ? q + TABLE_ROW_WINDOW : len;
		for (b = q; b < lim; b++) {
			if (t[b] == '\n' || (t[b] == '-' && b + 1 < lim &&
			    t[b + 1] == '-') || ((unsigned char)t[b] == 0xe2 &&
			    b + 2 < lim && (unsigned char)t[b + 1] == 0x80 &&
			    (unsigned char)t[b + 2] == 0x94) ||
			    (t[b] == ';' && sep != ';'))
				break;
			if (table_row_sep_at(t, len, b, sep)) {
				if (seps < TABLE_ROW_CELLS)
					cell[seps] = b;
				seps++;
				if (seps <= 3 && table_row_person_cell(t, s, len, b, sep))
					person = 1;
			}
		}
		if (seps < 2 || !person)
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_ID, -1)) < 0)
			return r;
		/* a cell of initials in the row ("J-P. L."): a person's,
		 * as a table with an "Initiales" heading writes them
		 * (scan_initials_table), one name whole */
		for (size_t c = 0; c < seps && c < TABLE_ROW_CELLS; c++) {
			size_t to = c + 1 < seps && c + 1 < TABLE_ROW_CELLS ?
			    cell[c + 1] : b, ca, cb;

			if (c + 1 >= TABLE_ROW_CELLS && c + 1 < seps)
				break;
			if (table_row_initials(t, cell[c] + 1, to, &ca, &cb) &&
			    (r = add_span(s, ca, cb, DETECT_NAME, -1)) < 0)
				return r;
		}
	}
	return 0;
}

/* recall27: the words before a reference that a desk, a bank or an
 * insurer gives a patient's file ("Ticket INC0048813", "référence
 * PAY-7F31K9", "assurance voyage TRV-ZA-338120", "n° de réservation
 * RSV-20418"): no id label of their own ("référence 1234567 du
 * dispositif", "ticket modérateur", "code 3"); read only before a code
 * that mixes capitals and digits (reference_code_at). */
const char *const id_code_words[] = {
	"ticket", "incident", "reference", "ref", "transaction", "voyage",
	"client", "commande", "reservation", "requete", NULL,
};
static uint64_t id_code_words_filter;	/* word_in_filtered_list */

static int
code_byte(char c)
{
	return util_is_digit(c) || (c >= 'A' && c <= 'Z') || c == '-';
}

/* A code of ASCII capitals, digits and '-' over [a, b): a capital
 * first, no '-' last, three digits or more and five to twenty-four
 * bytes ("COVID-19", "HLA-B27", "T4", "G2P1" are short of digits or
 * of bytes). */
static int
reference_code_at(const char *t, size_t a, size_t b)
{
	size_t digits = 0;

	if (b - a < 5 || b - a > 24 || t[a] < 'A' || t[a] > 'Z' ||
	    t[b - 1] == '-')
		return 0;
	for (size_t q = a; q < b; q++)
		digits += util_is_digit(t[q]) != 0;
	return digits >= 3;
}

/* recall28: a reference whose shape is a desk's file number, capitals,
 * a hyphen and a number ("HOP-7721", "DOS-2023-0042", "CLT-48812"): a
 * first group of two to five capitals that no standard or clinical
 * code opens with (reference_not_person), then groups of digits (or of
 * capitals and digits), one of four digits or more, and no date among
 * them ("RDV-2025-03-12").  "COVID-19", "T-21", "HLA-B27", "CA-125",
 * "CIM-10", "ISO-15189", "UN-3373" stay. */
static const char *const reference_not_person[] = {
	"iso", "en", "nf", "din", "cei", "iec", "astm", "ce", "un", "covid",
	"sars", "cim", "icd", "dsm", "hla", "nyha", "lot", "ref", "ca", "cd",
	"il", "her", "mk", "bms", "azd", "gsk", "abt", "rdv", "atc", "cip",
	"ccam", "ngap", "lpp", "has", NULL,
};

static int
reference_hyphen_code(const char *t, size_t a, size_t b)
{
	size_t q = a, g, long_digits = 0, groups = 0;
	char low[6];

	while (q < b && t[q] >= 'A' && t[q] <= 'Z')
		q++;
	if (q - a < 2 || q - a > 5 || q >= b || t[q] != '-')
		return 0;
	for (g = a; g < q; g++)
		low[g - a] = (char)(t[g] | 32);
	low[q - a] = '\0';
	if (in_list(reference_not_person, low, q - a))
		return 0;
	while (q < b) {
		size_t d = 0, n = 0;

		q++;	/* the '-' */
		for (g = q; g < b && t[g] != '-'; g++) {
			d += util_is_digit(t[g]) != 0;
			n++;
		}
		if (n == 0)
			return 0;
		/* a date's day or month: two digits between two groups */
		if (d == n && n <= 2 && g < b)
			return 0;
		if (d == n && n >= 4)
			long_digits++;
		groups++;
		q = g;
	}
	/* a year alone after the capitals is an edition's, a guideline's
	 * or a classification's ("ATC-2024", "PNNS-2019") */
	if (groups == 1 && t[b - 5] == '-' && util_is_digit(t[b - 1]) &&
	    (memcmp(t + b - 4, "19", 2) == 0 || memcmp(t + b - 4, "20", 2) == 0))
		return 0;
	return long_digits != 0 && groups <= 3;
}

/* Things whose code names no one: met first on the way back, they own
 * the code ("code couleur ABC-1234", "référence du kit, lot AB-12345"). */
static const char *const reference_things[] = {
	"lot", "lots", "batch", "serie", "modele", "version", "article",
	"norme", "normes", "couleur", "type", "kit", "appareil", "dispositif",
	"materiel", "produit", "flacon", "boite", "test", "essai", "protocole",
	"etude", NULL,
};

/* The words a hyphenated reference (reference_hyphen_code) may follow
 * at a distance, in its clause: id_code_words, and "code" (C_BOOKING's:
 * "code client de l'hôpital pour la plateforme HOP-7721"). */
static int
reference_word_before(const char *t, const struct detect_scratch *s,
    size_t m)
{
	size_t stop = m > 8 ? m - 8 : 0;

	for (size_t k = m; k > stop; k--) {
		const char *g = t + s->words[k - 1].end;
		size_t gl = s->words[k].start - s->words[k - 1].end;

		if (memchr(g, '.', gl) != NULL || memchr(g, ';', gl) != NULL ||
		    memchr(g, '\n', gl) != NULL || memchr(g, '?', gl) != NULL ||
		    memchr(g, '!', gl) != NULL)
			return 0;
		if (in_list(reference_things, wf(s, &s->words[k - 1]),
		    s->words[k - 1].fold_len))
			return 0;
		if (word_in_listf(s, k - 1, id_code_words) ||
		    word_is(s, k - 1, "code") || word_is(s, k - 1, "codes"))
			return 1;
	}
	return 0;
}

/* A code (reference_code_at) one space, a colon or a '#' after a word of
 * id_code_words: the file's reference at a help desk, a bank or an
 * insurer, which finds the patient in its books.  From each digit word
 * (s->dwords), once a code: linear. */
int
scan_reference_codes(const char *t, size_t len, struct detect_scratch *s)
{
	size_t done = 0;

	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], m = j, a, b, gap;
		int r;

		a = s->words[j].start;
		b = s->words[j].end;
		if (a < done)
			continue;
		/* each walk bounded by a code's length (reference_code_at):
		 * a run of "1-1-1-..." is walked once per 25 bytes, linear */
		while (a > 0 && code_byte(t[a - 1]) && b - a <= 24)
			a--;
		/* most numbers start with their digit: no code (one look) */
		if (t[a] < 'A' || t[a] > 'Z' || (a > 0 && code_byte(t[a - 1])))
			continue;
		while (b < len && code_byte(t[b]) && b - a <= 24)
			b++;
		done = b;
		if ((a > 0 && is_alnum_byte(t[a - 1])) ||
		    (b < len && is_alnum_byte(t[b])) ||
		    !reference_code_at(t, a, b))
			continue;
		while (m > 0 && s->words[m].start > a)
			m--;
		if (m == 0 || s->words[m].start != a || word_taken(s, m))
			continue;
		gap = a - s->words[m - 1].end;
		if (gap == 0 || gap > 3 ||
		    !word_in_listf(s, m - 1, id_code_words))
			gap = 0;
		for (size_t q = s->words[m - 1].end; q < a && gap != 0; q++)
			if (t[q] != ' ' && t[q] != ':' && t[q] != '#')
				gap = 0;
		/* recall28: a file number's shape, its word further back in
		 * its clause */
		if (gap == 0 && !(reference_hyphen_code(t, a, b) &&
		    reference_word_before(t, s, m)))
			continue;
		if ((r = add_span(s, a, b, DETECT_ID, -1)) < 0)
			return r;
	}
	return 0;
}

/* recall27: what a number's last digits may be of ("une carte bancaire
 * se terminant par 4417", "son portable finissant par 52 18"): a card's,
 * an account's or a line's, whose end a desk reads to find its holder. */
static const char *const ending_owner_words[] = {
	"carte", "cb", "visa", "mastercard", "amex", "compte", "iban", "rib",
	"cheque", "numero", "telephone", "tel", "portable", "mobile",
	"ligne", "badge", "vitale", "passeport", NULL,
};
static uint64_t ending_owner_words_filter;	/* word_in_filtered_list */

/* The verbs before "par" and a number's last digits (C_ENDING, the
 * gate of scan_number_endings; the rule asks each by its hash). */
const char *const number_ending_verbs[] = {
	"terminant", "finissant", "termine", "finit", "terminee", "termines",
	NULL,
};
static uint64_t number_ending_verbs_filter;	/* word_in_filtered_list */

/* The digits right after "(se) terminant par", "finissant par", "se
 * termine par", "finit par" whose owner (ending_owner_words) is one of
 * the six words before the verb, no '.' or ';' between: the last digits
 * of a card, an account or a phone (two to six, in one or two groups).
 * "le traitement se terminant par 3 cures" names no owner: it stays. */
int
scan_number_endings(const char *t, size_t len, struct detect_scratch *s)
{
	(void)len;
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], e = j, v, nd, stop;
		int owner = 0, r;

		if (j < 3 || word_taken(s, j) || !word_is(s, j - 1, "par"))
			continue;
		v = j - 2;
		if (!word_in_listf(s, v, number_ending_verbs))
			continue;
		nd = s->words[j].end - s->words[j].start;
		if (nd != s->words[j].nchars)
			continue;
		for (size_t q = s->words[j].start; q < s->words[j].end; q++)
			if (!util_is_digit(t[q]))
				nd = 0;
		if (e + 1 < s->nwords && (s->words[e + 1].flags & W_DIGIT) &&
		    s->words[e + 1].start == s->words[e].end + 1 &&
		    t[s->words[e].end] == ' ' && nd + s->words[e + 1].end -
		    s->words[e + 1].start <= 6 && s->words[e + 1].end -
		    s->words[e + 1].start == s->words[e + 1].nchars) {
			e++;
			nd += s->words[e].end - s->words[e].start;
		}
		if (nd < 2 || nd > 6)
			continue;
		stop = v > 6 ? v - 6 : 0;
		for (size_t k = v; k > stop && !owner; k--) {
			const char *g = t + s->words[k - 1].end;
			size_t gl = s->words[k].start - s->words[k - 1].end;

			if (memchr(g, '.', gl) != NULL || memchr(g, ';', gl) != NULL)
				break;
			owner = word_in_listf(s, k - 1, ending_owner_words);
		}
		if (!owner)
			continue;
		if ((r = add_span(s, s->words[j].start, s->words[e].end,
		    DETECT_ID, -1)) < 0)
			return r;
	}
	return 0;
}

/* The words of a provisional identity's or a study's phrase, folded
 * (C_IDCUE, the comment's cues (s->word_cues) only: the gate of scan_study_ids and of
 * scan_provisional_ids' forms without a hyphen). */
const char *const recall_id_cues[] = {
	"provisoire", "temporaire", "anonyme", "inconnu", "inconnue", "ref",
	"reference", "inclusion", "randomisation", "inclus", "incluse",
	"inclue", "randomise", "randomisee", NULL,
};

/* Word k is one group of a provisional identity's code: ASCII capitals
 * only (one to five) or ASCII digits only (one to eight). */
static int
provisional_group(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	size_t n = w->end - w->start;

	if (n != w->nchars || n == 0)
		return 0;
	if (w->flags & W_DIGIT)
		return n <= 8 && util_is_digit(t[w->start]) &&
		    util_is_digit(t[w->end - 1]);
	if (n > 5)
		return 0;
	for (size_t b = w->start; b < w->end; b++)
		if (t[b] < 'A' || t[b] > 'Z')
			return 0;
	return 1;
}

/* Words k and k + 1 are glued by one '-'. */
static int
provisional_joined(const char *t, const struct detect_scratch *s, size_t k)
{
	return s->words[k + 1].start == s->words[k].end + 1 &&
	    t[s->words[k].end] == '-';
}

/* The words before word k (one space or " : " between, at most two
 * words back) say the identity is provisional: "identité provisoire",
 * "nom provisoire", "IPP provisoire", "identité temporaire". */
static int
provisional_cue_before(const char *t, const struct detect_scratch *s,
    size_t k)
{
	size_t gap;

	if (k < 2)
		return 0;
	gap = s->words[k].start - s->words[k - 1].end;
	if (gap > 3)
		return 0;
	for (size_t b = s->words[k - 1].end; b < s->words[k].start; b++)
		if (t[b] != ' ' && t[b] != ':')
			return 0;
	return (word_is(s, k - 1, "provisoire") ||
	    word_is(s, k - 1, "temporaire")) && s->words[k - 1].start ==
	    s->words[k - 2].end + 1 && (word_is(s, k - 2, "identite") ||
	    word_is(s, k - 2, "nom") || word_is(s, k - 2, "ipp") ||
	    word_is(s, k - 2, "dossier"));
}

/* A provisional identity, given by an emergency unit to a person whose
 * name is not known (recall24; heldout22-dev's "identité provisoire
 * URG-X-2511-07"): (1) a code of three groups or more joined by '-',
 * capitals and digits, one group the "X" of an unknown person, four
 * digits or more in all ("URG-X-2511-07", "X-URG-2025-118"); (2)
 * "ANONYME", "INCONNU" or "INCONNUE" in capitals, one space, a number
 * ("ANONYME 2511", "INCONNUE 07-2511"), the word with it; (3) after
 * "identité provisoire" (provisional_cue_before), any such code of
 * three digits or more, or "X" and a number ("identité provisoire X
 * 2511").  From the first digit group of each code (s->dwords): each
 * walk is bounded (five capital groups back, eight groups on), linear.
 * Stay: "COVID-19", "HLA-B27", "anti-Xa", "X 2" (no cue, no code),
 * "accouchement sous X" (no number). */
int
scan_provisional_ids(const char *t, size_t len, struct detect_scratch *s)
{
	/* (speed32f) forms (2) and (3) need a word of recall_id_cues
	 * ("anonyme", "inconnu(e)", "provisoire", "temporaire": C_IDCUE),
	 * form (1) a group "X": a comment with neither a C_IDCUE word nor
	 * a byte 'X' has no code (the hyphen's gate lets in most numbers
	 * with a '-' anywhere, whose walk tested two bytes a digit word) */
	if (!comment_cue(s, 0, C_IDCUE) && memchr(t, 'X', len) == NULL)
		return 0;
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], k = j, e = j, ndigits, lead;
		size_t st = s->words[j].start;
		int lone_x = 0, caps_before = 0, r;

		/* a code's first digit group has a group of capitals and
		 * '-' right before it ("URG-X-2511", "X-URG-2025"), the
		 * other forms a capital, a colon or "provisoire" one space
		 * before it: most numbers have neither (one look at the
		 * two bytes before) */
		if (j == 0 || st < 2 || !((t[st - 1] == '-' ||
		    t[st - 1] == ' ') && ((t[st - 2] >= 'A' &&
		    t[st - 2] <= 'Z') || (t[st - 1] == ' ' &&
		    (t[st - 2] == ':' || (t[st - 2] == 'e' &&
		    s->words[j - 1].fold_len == 10))))))
			continue;
		if (word_taken(s, j) || !provisional_group(t, s, j))
			continue;
		/* the chain's first digit group only */
		if (j > 0 && (s->words[j - 1].flags & W_DIGIT) &&
		    provisional_joined(t, s, j - 1))
			continue;
		while (k > 0 && j - k < 5 && provisional_joined(t, s, k - 1) &&
		    !(s->words[k - 1].flags & W_DIGIT) &&
		    provisional_group(t, s, k - 1)) {
			k--;
			caps_before = 1;
		}
		ndigits = s->words[j].end - s->words[j].start;
		while (e + 1 < s->nwords && e - k < 8 &&
		    provisional_joined(t, s, e) &&
		    provisional_group(t, s, e + 1)) {
			e++;
			if (s->words[e].flags & W_DIGIT)
				ndigits += s->words[e].end - s->words[e].start;
		}
		for (size_t g = k; g <= e; g++)
			if (s->words[g].end - s->words[g].start == 1 &&
			    t[s->words[g].start] == 'X')
				lone_x = 1;
		/* nothing glued to the code on either side */
		if ((s->words[k].start > 0 &&
		    (is_alnum_byte(t[s->words[k].start - 1]) ||
		    t[s->words[k].start - 1] == '-')) ||
		    (s->words[e].end < len && (is_alnum_byte(t[s->words[e].end]) ||
		    (t[s->words[e].end] == '-' && s->words[e].end + 1 < len &&
		    is_alnum_byte(t[s->words[e].end + 1])))))
			continue;
		lead = k;
		if (lone_x && e - k >= 2 && ndigits >= 4) {
			/* (1) */
		} else if (!caps_before && k > 0 &&
		    s->words[k].start == s->words[k - 1].end + 1 &&
		    t[s->words[k - 1].end] == ' ' &&
		    (((s->words[k - 1].flags & W_UPPER) && ndigits >= 2 &&
		    (word_is(s, k - 1, "anonyme") || word_is(s, k - 1, "inconnu") ||
		    word_is(s, k - 1, "inconnue"))) ||
		    (ndigits >= 2 && s->words[k - 1].end -
		    s->words[k - 1].start == 1 && t[s->words[k - 1].start] ==
		    'X' && provisional_cue_before(t, s, k - 1)))) {
			/* (2), (3) "X 2511" */
			lead = k - 1;
		} else if (!(ndigits >= 3 && provisional_cue_before(t, s, k)))
			continue;
		if (word_taken(s, lead))
			continue;
		if ((r = add_span(s, s->words[lead].start, s->words[e].end,
		    DETECT_ID, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word q ends a phrase that says a study, a registry or a network gave
 * the number that follows its name: "réf." / "référence", "n°
 * d'inclusion" / "numéro de randomisation", "inclus(e) dans",
 * "randomisé(e) dans" (recall24).  "critères d'inclusion" (no number
 * word before) is no such phrase. */
static int
study_label_before(const struct detect_scratch *s, size_t q)
{
	if (word_is(s, q, "ref") || word_is(s, q, "reference"))
		return 1;
	if (q >= 2 && (word_is(s, q, "inclusion") ||
	    word_is(s, q, "randomisation")) && (word_is(s, q - 1, "d") ||
	    word_is(s, q - 1, "de")) && s->words[q].start -
	    s->words[q - 1].end <= 3)
		return word_in_filtered_list(s, &s->words[q - 2],
		    id_number_words) || (q >= 3 && word_is(s, q - 2, "o") &&
		    word_is(s, q - 3, "n"));
	if (q >= 1 && word_is(s, q, "dans") &&
	    s->words[q].start == s->words[q - 1].end + 1)
		return word_is(s, q - 1, "inclus") || word_is(s, q - 1,
		    "incluse") || word_is(s, q - 1, "inclue") ||
		    word_is(s, q - 1, "randomise") || word_is(s, q - 1,
		    "randomisee");
	return 0;
}

/* A study's or a registry's number after its name and a phrase that
 * says so (study_label_before): "réf. Trajectoire 2231", "n°
 * d'inclusion PRODIGE 2231", "inclus dans ESPRIT sous le 0412" (recall23
 * left them: "réf." alone asks capitals or groups, "inclusion" is no
 * label).  The name capitalized or in capitals, no title, month, term
 * or unit; then "sous le", "sous le n°", "sous" or nothing; then four to
 * six digits, no year (1900-2099 in four), nothing glued, no unit
 * after.  The number alone is taken.  Stay: "essai PRODIGE 24" (a
 * trial's own number, short), "réf. HAS 2019", "réf. Spasfon 1000 mg",
 * "critères d'inclusion ESPRIT 2231". */
int
scan_study_ids(const char *t, size_t len, struct detect_scratch *s)
{
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], p, n, e;
		const struct detect_word *w = &s->words[j], *nm;
		const char *d = t + w->start;
		int r;

		n = w->end - w->start;
		/* one space before the number, after a name's last letter
		 * (capitals: "PRODIGE 2231") or "le"/"sous"/"n°" */
		if (n < 4 || n > 6 || j < 2 || w->start < 2 ||
		    t[w->start - 1] != ' ' || !((s->words[j - 1].flags &
		    (W_CAP | W_UPPER)) || s->words[j - 1].fold_len <= 4))
			continue;
		if (word_taken(s, j) ||
		    n != w->nchars || (n == 4 && ((d[0] == '1' && d[1] == '9') ||
		    (d[0] == '2' && d[1] == '0'))))
			continue;
		e = w->end;
		if (e < len && (is_alnum_byte(t[e]) || ((t[e] == '/' ||
		    t[e] == ',' || t[e] == '.' || t[e] == '-') && e + 1 < len &&
		    util_is_digit(t[e + 1]))))
			continue;
		if (j + 1 < s->nwords && s->words[j + 1].start - e <= 1 &&
		    is_measure_unit(wf(s, &s->words[j + 1]),
		    s->words[j + 1].fold_len))
			continue;
		p = j - 1;
		/* "sous le n°", "sous le", "sous" */
		if (p >= 1 && word_in_filtered_list(s, &s->words[p],
		    id_number_words) && word_is(s, p - 1, "le"))
			p--;
		if (p >= 2 && word_is(s, p, "le") && word_is(s, p - 1, "sous"))
			p -= 2;
		else if (p >= 1 && word_is(s, p, "sous"))
			p--;
		if (p == 0)
			continue;
		nm = &s->words[p];
		if (!(nm->flags & (W_CAP | W_UPPER)) || (nm->flags & W_DIGIT) ||
		    nm->fold_len < 3 || nm->end >= w->start ||
		    nm->start - s->words[p - 1].end > 3 ||
		    (nm->dflags & (D_TITLE | D_MONTH | D_TERM | D_CLINICAL |
		    D_UNIT)) || word_taken(s, p))
			continue;
		for (size_t b = nm->end; b < s->words[p + 1].start; b++)
			if (t[b] != ' ')
				goto next;
		for (size_t b = s->words[p - 1].end; b < nm->start; b++)
			if (t[b] != ' ' && t[b] != '.' && t[b] != ':')
				goto next;
		if (!study_label_before(s, p - 1))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_ID, -1)) < 0)
			return r;
next:		;
	}
	return 0;
}

/* Word k is a word of a number said aloud, or one that joins them in a
 * number of hundreds and thousands: "cent", "cents", "mille", "million",
 * the number words of spelled_value (spelled_id_words, every one). */
static int
spelled_id_word(const struct detect_scratch *s, size_t k)
{
	return spelled_value(s, k) >= 0 || word_is(s, k, "cent") ||
	    word_is(s, k, "cents") || word_is(s, k, "mille") ||
	    word_is(s, k, "million");
}

/* A file's number dictated in words after its label (recall24;
 * heldout22-dev's "numéro de dossier quatre cinq deux huit huit un
 * neuf"): an id label (W_IDLABEL: "dossier", "IPP", "NIP", "séjour"...),
 * up to two words between ("de", "n°", "numéro", a colon), then five
 * number words or more ("quatre cent douze mille trois cent", digits in
 * groups), one space, a hyphen or ", " between them; "et" only between
 * two of them.  The number words are taken.  Stay: "dossier de trois
 * pages", "IPP deux fois", "séjour de quatre-vingt-dix jours" (three
 * number words).  The walk from each label reads at most two words and
 * the run of number words once (the next label starts after it).
 * (detect_run's gate: a label, and a word of spelled_id_words,
 * C_NUMWORD: speed33a) */
int
scan_spelled_ids(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t k = i + 1, a, e, n = 0;
		int r;

		if (!(s->words[i].flags & W_IDLABEL))
			continue;
		while (k < s->nwords && k <= i + 3 && !spelled_id_word(s, k) &&
		    (word_is(s, k, "de") || word_is(s, k, "d") ||
		    word_in_filtered_list(s, &s->words[k], id_number_words) ||
		    (s->words[k].flags & W_IDLABEL)))
			k++;
		if (k >= s->nwords || word_taken(s, k) || !spelled_id_word(s, k) ||
		    word_is(s, k, "et"))
			continue;
		a = k;
		e = k;
		n = 1;
		while (e + 1 < s->nwords && spelled_gap(t, s, e) &&
		    !word_taken(s, e + 1)) {
			if (spelled_id_word(s, e + 1)) {
				e++;
				n++;
			} else if (word_is(s, e + 1, "et") && e + 2 < s->nwords &&
			    spelled_gap(t, s, e + 1) && spelled_id_word(s, e + 2))
				e++;
			else
				break;
		}
		if (n >= 5 && (r = add_span(s, s->words[a].start,
		    s->words[e].end, DETECT_ID, -1)) < 0)
			return r;
		i = e;
	}
	return 0;
}

/*
 * An insurer's member number after the insurer's name (recall25): "MGEN
 * 0118472951", "MAIF n° 4471 2209", "Malakoff Humanis 1187345",
 * "Harmonie Mutuelle : 4587 2214".  A mutual's card writes its name
 * before the member's number; the number rules read "0118472951" as a
 * phone (an id as good: hidden either way) and left the name, which
 * heldout24 labels with the number, and "Harmonie Mutuelle 4587 2214" (a
 * label word right before two groups of four) raw.  The name: one or two
 * capitalized words or words in capitals right before the number, one of
 * them a French insurer's or mutual's of insurer_names, then spaces, a
 * colon or "n°" between; the number: digits in groups of one space,
 * six to fifteen in all, nothing glued after, no unit nor '/' (a date,
 * a dose).  The span runs from the name's first word to the number's
 * end, an id (a phone found inside it widened: docid_take); an id an
 * insurer's label found already ("mutuelle MGEN 0123456") is left as it
 * is, its digits alone.
 * "appeler la MGEN au 01 18 47 29 51" (a word between), "MGEN 12 mg",
 * "AXA 2023" (four digits) stay.  (detect_run's gate: ids asked, a
 * digit, and C_INSURER: the insurers' names are a cue of the comment
 * (speed33a's cue table), so that the walk over the numbers runs only in a
 * comment that names one; it cost 1.4 M instructions a pass over every
 * comment with a digit and a capital.)  A word of the list has no digit:
 * the tokenizer cuts "AG2R" at its digit, and the cue table is read for
 * whole words (AG2R was in the list and never matched).
 */
const char *const detect_insurer_names[] = {
	"mgen", "maif", "macif", "maaf", "mnh", "mgp", "mma", "axa",
	"malakoff", "humanis", "allianz", "groupama", "apicil",
	"probtp", "interiale", "klesia", "solimut", "mnt", "mfp", "lmde",
	"smerep", "aesio", "audiens", "ccmo", "matmut", "mutualia",
	"swisslife", "generali", "mutex", "adrea", "eovi", "mgefi", "mnfct",
	"ociane", "uniprevoyance", "harmonie", "cnmss", "camieg", "mnpaf",
	"smeno", "heyme", "vivinter", "mutami", NULL,
};
static uint64_t detect_insurer_names_filter;	/* word_in_filtered_list */

/* Word k is a capitalized word or one in capitals, no digit. */
static int
insurer_word(const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[k].flags & W_DIGIT);
}

int
scan_insurer_numbers(const char *t, size_t len, struct detect_scratch *s)
{
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], k, a, q, nd = 0, first;
		int r, named = 0;

		/* a space right before (a date's "03" and "2024" after '/',
		 * a decimal, a glued word are none: a byte's test first) */
		if (j == 0 || t[s->words[j].start - 1] != ' ' ||
		    (x > 0 && s->dwords[x - 1] == j - 1 &&
		    s->words[j].start - s->words[j - 1].end == 1))
			continue;	/* a number's later group */
		k = j - 1;
		/* first: the word before is capitalized, or "n°", "numéro"
		 * (most numbers follow a word in lower case: "le 12") */
		if (!(s->words[k].flags & (W_CAP | W_UPPER)) &&
		    (s->words[k].fold_len > 6 || wf(s, &s->words[k])[0] != 'n'))
			continue;
		/* "n°", "no", "numéro" and a colon between */
		if (word_in_filtered_list(s, &s->words[k], id_number_words) &&
		    !insurer_word(s, k) && k > 0)
			k--;
		else if (s->words[k].fold_len == 1 && (t[s->words[k].start] == 'N' ||
		    t[s->words[k].start] == 'n') && k > 0)
			k--;
		if (!insurer_word(s, k) || s->words[k + 1].start -
		    s->words[k].end > 5)
			continue;
		/* between the name and the number: spaces, ':', "n°" */
		for (size_t p = s->words[k].end; p < s->words[j].start; p++)
			if (t[p] != ' ' && t[p] != ':' && !(k + 1 < j &&
			    p >= s->words[k + 1].start && p < s->words[k + 1].end) &&
			    (unsigned char)t[p] != 0xc2 &&
			    (unsigned char)t[p] != 0xb0 && t[p] != '.') {
				named = -1;
				break;
			}
		if (named < 0)
			continue;
		first = k;
		named = word_in_filtered_list(s, &s->words[k], detect_insurer_names);
		if (k > 0 && insurer_word(s, k - 1) && joined(t, s, k - 1) &&
		    (named || word_in_filtered_list(s, &s->words[k - 1],
		    detect_insurer_names))) {
			named = 1;
			first = k - 1;
		}
		if (!named)
			continue;
		/* the number: groups of digits one space apart */
		for (q = s->words[j].start, a = q;;) {
			while (q < len && util_is_digit(t[q])) {
				q++;
				nd++;
			}
			if (q + 1 < len && t[q] == ' ' && util_is_digit(t[q + 1]) &&
			    nd < 15)
				q++;
			else
				break;
		}
		if (nd < 6 || nd > 15 || (q < len && (is_alnum_byte(t[q]) ||
		    t[q] == '/' || ((t[q] == ',' || t[q] == '.') && q + 1 < len &&
		    util_is_digit(t[q + 1])))))
			continue;
		if (q < len && t[q] == ' ') {
			size_t u = word_at(s, q + 1);

			if (u < s->nwords && s->words[u].start == q + 1 &&
			    is_measure_unit(wf(s, &s->words[u]),
			    s->words[u].fold_len))
				continue;
		}
		(void)a;
		/* an id found already after its label keeps its digits alone
		 * ("mutuelle MGEN 0123456", "n° adhérent MGEN 00441872": the
		 * label's convention); a phone or nothing there is widened */
		if (word_taken(s, j) && span_of(s, j)->kind == DETECT_ID)
			continue;
		if ((r = docid_take(s, first, s->words[first].start, q)) < 0)
			return r;
	}
	return 0;
}
