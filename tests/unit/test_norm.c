/* Unit tests for norm: the spellings of one name or one NIR that must hash
 * alike, the ones that must not, header folding, and invalid UTF-8. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <unicase.h>
#include <unistr.h>

#include "norm.h"

/* The normalized form of s as a NUL-terminated string in a static buffer,
 * failing the test if normalization fails. */
static const char *
nv(enum norm_kind kind, const char *s)
{
	static char out[4][256];
	static int slot;
	struct buf b = BUF_INIT;
	char *o = out[slot++ % 4];

	assert_int_equal(norm_value(kind, s, strlen(s), &b), 0);
	assert_true(b.len < 256);
	memcpy(o, b.data ? b.data : "", b.len);
	o[b.len] = '\0';
	buf_free(&b);
	return o;
}

/* Values through norm_value: each in -> out. */
struct norm_case {
	enum norm_kind	 kind;
	const char	*in, *out;
};

static void
expect_norm(const struct norm_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(nv(c[i].kind, c[i].in), c[i].out) != 0)
			fail_msg("kind %d: \"%s\" -> \"%s\", expected \"%s\"",
			    (int)c[i].kind, c[i].in, nv(c[i].kind, c[i].in),
			    c[i].out);
}
#define EXPECT_NORM(...) do {						\
	static const struct norm_case cases_[] = { __VA_ARGS__ };	\
	expect_norm(cases_, sizeof(cases_) / sizeof(cases_[0]));	\
} while (0)

static const char *
nh(const char *s)
{
	static char out[4][256];
	static int slot;
	struct buf b = BUF_INIT;
	char *o = out[slot++ % 4];

	assert_int_equal(norm_header(s, strlen(s), &b), 0);
	assert_true(b.len < 256);
	/* norm_header promises a NUL-terminated result. */
	assert_non_null(b.data);
	assert_int_equal(b.data[b.len], '\0');
	memcpy(o, b.data, b.len + 1);
	buf_free(&b);
	return o;
}

static void
test_kind_parse(void **state)
{
	enum norm_kind k = NORM_EXACT;

	(void)state;
	assert_int_equal(norm_kind_parse("text", &k), 0);
	assert_int_equal(k, NORM_TEXT);
	assert_int_equal(norm_kind_parse("nir", &k), 0);
	assert_int_equal(k, NORM_NIR);
	assert_int_equal(norm_kind_parse("digits", &k), 0);
	assert_int_equal(k, NORM_DIGITS);
	assert_int_equal(norm_kind_parse("exact", &k), 0);
	assert_int_equal(k, NORM_EXACT);
	assert_int_equal(norm_kind_parse("Text", &k), -EINVAL);
	assert_int_equal(norm_kind_parse("", &k), -EINVAL);
	assert_int_equal(norm_kind_parse("digit", &k), -EINVAL);
}

static void
test_text_case_accents_spaces(void **state)
{
	(void)state;
	EXPECT_NORM(
	    { NORM_TEXT, "Hélène", "helene" },
	    { NORM_TEXT, "HELENE", "helene" },
	    { NORM_TEXT, " hélène  ", "helene" },
	    { NORM_TEXT, "HÉLÈNE", "helene" },
	    /* Decomposed input (e + combining acute) folds the same way. */
	    { NORM_TEXT, "He\xcc\x81le\xcc\x80ne", "helene" },
	    /* Inner runs of spaces collapse to one, tabs and NBSP count. */
	    { NORM_TEXT, "Anne   \t Marie", "anne marie" },
	    { NORM_TEXT, "Anne\xc2\xa0Marie", "anne marie" });
	/* Negative: different names stay different. */
	assert_string_not_equal(nv(NORM_TEXT, "Hélène"), nv(NORM_TEXT, "Helena"));
	assert_string_not_equal(nv(NORM_TEXT, "Anne Marie"),
	    nv(NORM_TEXT, "Annemarie"));
	assert_string_equal(nv(NORM_TEXT, ""), "");
	assert_string_equal(nv(NORM_TEXT, "   "), "");
}

static void
test_text_hyphens(void **state)
{
	(void)state;
	assert_string_equal(nv(NORM_TEXT, "Jean-Pierre"),
	    nv(NORM_TEXT, "JEAN PIERRE"));
	EXPECT_NORM(
	    { NORM_TEXT, "Jean-Pierre", "jean pierre" },
	    { NORM_TEXT, "Jean - Pierre", "jean pierre" },
	    /* En dash and non-breaking hyphen as typed by word processors. */
	    { NORM_TEXT, "Jean\xe2\x80\x93Pierre", "jean pierre" },
	    { NORM_TEXT, "Jean\xe2\x80\x91Pierre", "jean pierre" });
}

static void
test_text_ligatures(void **state)
{
	(void)state;
	assert_string_equal(nv(NORM_TEXT, "Cœur"), "coeur");
	assert_string_equal(nv(NORM_TEXT, "CŒUR"), "coeur");
	assert_string_equal(nv(NORM_TEXT, "Cœur"), nv(NORM_TEXT, "COEUR"));
	assert_string_equal(nv(NORM_TEXT, "Læticia"), "laeticia");
	assert_string_equal(nv(NORM_TEXT, "Strauß"), "strauss");
	assert_string_equal(nv(NORM_TEXT, "Strauß"), nv(NORM_TEXT, "STRAUSS"));
	/* Compatibility ligature: ﬁ (U+FB01) -> fi. */
	assert_string_equal(nv(NORM_TEXT, "\xef\xac\x81lle"), "fille");
}

static void
test_text_apostrophes(void **state)
{
	(void)state;
	assert_string_equal(nv(NORM_TEXT, "d\xe2\x80\x99" "Artagnan"),
	    nv(NORM_TEXT, "D'ARTAGNAN"));
	assert_string_equal(nv(NORM_TEXT, "d\xe2\x80\x99" "Artagnan"), "d'artagnan");
	assert_string_equal(nv(NORM_TEXT, "d\xca\xbc" "artagnan"), "d'artagnan");
	/* The apostrophe is kept: "d'Arc" is not "dArc". */
	assert_string_not_equal(nv(NORM_TEXT, "d'Arc"), nv(NORM_TEXT, "dArc"));
}

static void
test_nir_forms(void **state)
{
	const char *ref;

	(void)state;
	ref = nv(NORM_NIR, "1841275123456");
	assert_string_equal(ref, "1841275123456");
	EXPECT_NORM(
	    { NORM_NIR, "184127512345678", "1841275123456" },
	    { NORM_NIR, "1 84 12 75 123 456 78", "1841275123456" },
	    { NORM_NIR, "1.84.12.75.123.456.78", "1841275123456" },
	    { NORM_NIR, "1-84-12-75-123-456-78", "1841275123456" },
	    { NORM_NIR, " 1 84 12 75 123 456 ", "1841275123456" },
	    /* Corsica: lower-case 2a is the same département as 2A. */
	    { NORM_NIR, "2 53 07 2a 073 004 43", "253072A073004" });
	/* Negative: another number, or a 14-character string, is not cut. */
	assert_string_not_equal(nv(NORM_NIR, "1841275123457"), "1841275123456");
	assert_string_equal(nv(NORM_NIR, "18412751234567"), "18412751234567");
}

static void
test_digits(void **state)
{
	(void)state;
	EXPECT_NORM(
	    { NORM_DIGITS, "06 12 34 56 78", "0612345678" },
	    { NORM_DIGITS, "06.12.34.56.78", "0612345678" },
	    { NORM_DIGITS, "IPP-000123", "000123" },
	    { NORM_DIGITS, "abc", "" },
	    /* Digits alone (taken a word at a time), and one byte that is
	     * not in the first, the overlapping last or a middle word. */
	    { NORM_DIGITS, "10000002", "10000002" },
	    { NORM_DIGITS, "1234567890123", "1234567890123" },
	    { NORM_DIGITS, "1234567890123456789", "1234567890123456789" },
	    { NORM_DIGITS, "1234567a90123", "123456790123" },
	    { NORM_DIGITS, "x2345678", "2345678" },
	    { NORM_DIGITS, "12345678 ", "12345678" },
	    { NORM_DIGITS, "12345678:2345678", "123456782345678" },
	    { NORM_DIGITS, "12345678/0123456789", "123456780123456789" });
	/* Leading zeros are digits: "0123" is not "123". */
	assert_string_not_equal(nv(NORM_DIGITS, "0123"), nv(NORM_DIGITS, "123"));
}

static void
test_exact(void **state)
{
	(void)state;
	assert_string_equal(nv(NORM_EXACT, " Hélène "), " Hélène ");
	assert_string_not_equal(nv(NORM_EXACT, "Hélène"), nv(NORM_EXACT, "HELENE"));
}

static void
test_header(void **state)
{
	(void)state;
	/* A header's key is a skeleton (docs/policy.md, section 5): compared,
	 * never shown, so each spelling is checked against its plain one. */
	assert_string_equal(nh("N° Séjour"), nh("nsejour"));
	assert_string_equal(nh("nº sejour"), nh("nsejour"));
	assert_string_equal(nh("NSEJOUR"), nh("nsejour"));
	assert_string_equal(nh("n°séjour"), nh("nsejour"));
	assert_string_equal(nh("Né(e) le"), nh("neele"));
	assert_string_equal(nh("nee le"), nh("neele"));
	assert_string_equal(nh("Nom d\xe2\x80\x99usage"), nh("nomdusage"));
	assert_string_equal(nh("NOM-D'USAGE"), nh("nomdusage"));
	assert_string_equal(nh("Prénom(s)"), nh("prenoms"));
	assert_string_equal(nh("CIM-10"), nh("cim10"));
	assert_string_equal(nh("  Date de naissance  "), nh("datedenaissance"));
	assert_string_equal(nh("---"), "");
	/* Plain ASCII letters and digits only: punctuation and spaces are
	 * gone, case too. */
	assert_string_equal(nh("nsejour"), nh("NSEJOUR"));
	for (const char *k = nh("N° Séjour, CIM-10"); *k; k++)
		assert_true((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9'));
	/* Negative: digits and letters are kept, so these stay apart. */
	assert_string_not_equal(nh("DAS 1"), nh("DAS 2"));
	assert_string_not_equal(nh("nom"), nh("nom2"));
	assert_string_not_equal(nh("nom"), nh("non"));
	assert_string_not_equal(nh("prenom"), nh("nom"));
}

/* Look-alike letters (UTS #39 confusables) must not hide a header from its
 * rule: "Nоm" with a Cyrillic о, "ΝΟΜ" in Greek capitals, "Adrеsse" with a
 * Cyrillic е, "ІРР" all Cyrillic, "Nom" in mathematical bold. */
static void
test_header_confusable(void **state)
{
	(void)state;
	assert_string_equal(nh("N\xd0\xbem"), nh("Nom"));
	assert_string_equal(nh("\xce\x9d\xce\x9f\xce\x9c"), nh("nom"));
	assert_string_equal(nh("\xce\xbd\xce\xbf\xce\xbc"), nh("NOM"));
	assert_string_equal(nh("Adr\xd0\xb5sse"), nh("adresse"));
	assert_string_equal(nh("\xd0\x86\xd0\xa0\xd0\xa0"), nh("IPP"));
	assert_string_equal(nh("\xf0\x9d\x90\x8d\xf0\x9d\x90\xa8"
	    "\xf0\x9d\x90\xa6"), nh("nom"));
	assert_string_equal(nh("T\xce\xb5l\xc3\xa9phone"), nh("Telephone"));
	/* Negative: a word that only shares letters stays apart; a Cyrillic
	 * word that does not look like the Latin one too ("НОМ" is "HOM"). */
	assert_string_not_equal(nh("\xd0\x9d\xd0\x9e\xd0\x9c"), nh("nom"));
	assert_string_not_equal(nh("N\xd0\xbem"), nh("Num"));
	assert_string_not_equal(nh("ville"), nh("vile"));
}

static void
test_mixed_script(void **state)
{
	(void)state;
	assert_int_equal(norm_mixed_script("N\xd0\xbem", 4), 1);
	assert_int_equal(norm_mixed_script("Nom", 3), 0);
	/* Two words, one script each: a Russian header beside a French one. */
	assert_int_equal(norm_mixed_script("Nom \xd0\xb8\xd0\xbc\xd1\x8f", 10),
	    0);
	assert_int_equal(norm_mixed_script("\xd0\xb8\xd0\xbc\xd1\x8f", 6), 0);
	/* Accents and digits belong to no script of their own. */
	assert_int_equal(norm_mixed_script("Pr\xc3\xa9nom2", 8), 0);
}

static int
header_mixed(const char *s)
{
	int mixed = -1;

	assert_int_equal(norm_header_mixed(s, strlen(s), &mixed), 0);
	return mixed;
}

/* A header's mixed scripts, as plan_columns judges them under columns =
 * keep: a laboratory's Greek is not a disguise. */
static void
test_header_mixed(void **state)
{
	(void)state;
	assert_int_equal(header_mixed("Adr\xd0\xb5sse"), 1);
	assert_int_equal(header_mixed("Pr\xce\xbfnom"), 1);	/* Greek omicron */
	assert_int_equal(header_mixed("\xef\xbd\x8e\xd0\xbe\xef\xbd\x8d"), 1);
	/* Negative: what lab exports write. */
	assert_int_equal(header_mixed("Albumine (\xc2\xb5mol/L)"), 0);	/* micro sign */
	assert_int_equal(header_mixed("\xce\xbcg/L"), 0);		/* Greek mu */
	assert_int_equal(header_mixed("\xce\xb2HCG"), 0);
	assert_int_equal(header_mixed("\xce\xb3GT"), 0);
	assert_int_equal(header_mixed("\xce\xb1" "FP"), 0);
	assert_int_equal(header_mixed("\xce\x94T"), 0);		/* capital delta */
	assert_int_equal(header_mixed("Cha\xc3\xaene \xce\xba"), 0);
	assert_int_equal(header_mixed("Nom"), 0);
}

/* An invisible character inside a header (a zero-width space, a soft
 * hyphen, a BOM, a bidirectional mark or isolate, a word joiner: what a
 * copy from a web page or a spreadsheet leaves) must not hide it from its
 * rule: under columns = keep the column would be kept raw. */
static void
test_header_invisible(void **state)
{
	static const char *const invisible[] = {
		"\xc2\xad", "\xe2\x80\x8b", "\xe2\x80\x8c", "\xe2\x80\x8d",
		"\xe2\x81\xa0", "\xe2\x80\x8e", "\xe2\x80\x8f", "\xef\xbb\xbf",
		"\xe2\x80\xaa", "\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa9",
		"\xe1\xa0\x8e", "\xef\xb8\x8f", "\xcd\x8f", "\xf3\xa0\x80\x81",
	};
	char h[64];

	(void)state;
	for (size_t i = 0; i < sizeof(invisible) / sizeof(invisible[0]); i++) {
		snprintf(h, sizeof(h), "Pr%s\xc3\xa9nom%s", invisible[i], invisible[i]);
		if (strcmp(nh(h), "prenom") != 0)
			fail_msg("invisible character #%zu kept in a header: %s", i, nh(h));
	}
	/* Negative: a visible letter beyond ASCII still tells two headers apart. */
	assert_string_not_equal(nh("Nom\xce\xb1"), nh("Nom"));
}

/* norm_header_lost: a header read once what an encoding lost or escaped
 * is taken out ("Prénom", "Pr?nom", "Pr\uFFFDnom", "Pr├®nom", "Prnom",
 * "Pr&eacute;nom", "Pr%C3%A9nom", "Pr\u00e9nom": one key); each run
 * replaced by fill's letter; the signs of a lost letter told apart from a
 * header's own apostrophe or symbol (redteam18). */
static void
test_header_lost(void **state)
{
	static const struct { const char *h; int signs; } same[] = {
		{ "Pr\xc3\xa9nom", 0 }, { "Prnom", 0 }, { "Pr?nom", 1 },
		{ "Pr\xef\xbf\xbdnom", 1 }, { "Pr\xe2\x94\x9c\xc2\xaenom", 1 },
		{ "Pr\xe2\x88\x9a\xc2\xa9nom", 1 }, { "Pr&eacute;nom", 1 },
		{ "Pr&#233;nom", 1 }, { "Pr&#xE9;nom", 1 }, { "Pr%C3%A9nom", 1 },
		{ "Pr\\u00e9nom", 1 }, { "Pr\\xe9nom", 1 }, { "Pr=E9nom", 1 },
		{ "Pr=C3=A9nom", 1 },
	};
	static const char *const no_sign[] = {
		"Service d\xe2\x80\x99" "accueil", "N\xc2\xb0 lot", "Taux %",
		"\xc2\xab Nom \xc2\xbb", "R&D", "Prix 5%", "Co\xc3\xbbt \xe2\x82\xac",
		"IMC=P/T2", "x=1", "Ratio=ab",
	};
	struct buf out = BUF_INIT;
	size_t runs;
	int signs;

	(void)state;
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		assert_int_equal(norm_header_lost(same[i].h, strlen(same[i].h),
		    NULL, &out, &runs, &signs), 0);
		if (strcmp(out.data, "prnom") != 0 || signs != same[i].signs)
			fail_msg("#%zu: %s, signs %d", i, out.data, signs);
		assert_int_equal(runs, same[i].signs || i == 0 ? 1 : 0);
		assert_int_equal(norm_header_lost(same[i].h, strlen(same[i].h),
		    "e", &out, &runs, &signs), 0);
		if (runs == 1 && strcmp(out.data, "prenom") != 0)
			fail_msg("#%zu filled: %s", i, out.data);
	}
	assert_int_equal(norm_header_lost("T?l?phone", 9, "e-", &out, &runs,
	    &signs), 0);
	assert_string_equal(out.data, "telphone");
	assert_int_equal(runs, 2);
	for (size_t i = 0; i < sizeof(no_sign) / sizeof(no_sign[0]); i++) {
		assert_int_equal(norm_header_lost(no_sign[i], strlen(no_sign[i]),
		    NULL, &out, &runs, &signs), 0);
		if (signs)
			fail_msg("no_sign #%zu has a sign", i);
	}
	buf_free(&out);
}

/* A small capital or a letter with a stroke in a header ("Pʀénom", "ɴom",
 * "ĐDN") meets its rule: neither NFKC nor the skeleton reads it as its
 * letter, so under columns = keep it was kept raw (redteam18).  Negative:
 * "Æ" and "ß" stay what they are. */
static void
test_header_latin_letters(void **state)
{
	char want[64];

	(void)state;
	snprintf(want, sizeof(want), "%s", nh("Pr\xc3\xa9nom"));
	assert_string_equal(nh("P\xca\x80\xc3\xa9nom"), want);
	snprintf(want, sizeof(want), "%s", nh("Nom"));
	assert_string_equal(nh("\xc9\xb4om"), want);
	assert_string_equal(nh("N\xe1\xb4\x8fM"), want);
	snprintf(want, sizeof(want), "%s", nh("DDN"));
	assert_string_equal(nh("\xc4\x90" "DN"), want);
	assert_int_equal(norm_latin_base(0x1d05), 'D');
	assert_int_equal(norm_latin_base(0x0131), 'i');
	assert_int_equal(norm_latin_base(0x00d8), 'O');
	assert_int_equal(norm_latin_base(0x00c6), 0);
	assert_int_equal(norm_latin_base(0x00df), 0);
	assert_int_equal(norm_latin_base(0x0414), 0);
	assert_int_equal(norm_latin_base('D'), 0);
	assert_string_not_equal(nh("\xc3\x86tat"), nh("Etat"));
	/* Letters drawn as symbols that NFKC leaves (hostile22): a
	 * regional indicator, a negative squared or circled letter are
	 * read as theirs; Braille with dots and private use characters
	 * stay in the key.  Either way "Sexe" followed by them is no longer
	 * Sexe's header (it was, and showed the name). */
	assert_int_equal(norm_latin_base(0x1f1ff), 'Z');
	assert_int_equal(norm_latin_base(0x1f189), 'Z');
	assert_int_equal(norm_latin_base(0x1f169), 'Z');
	assert_int_equal(norm_latin_base(0x1f600), 0);
	snprintf(want, sizeof(want), "%s", nh("Sexe"));
	assert_string_not_equal(nh("Sexe \xf0\x9f\x87\xbf\xf0\x9f\x87\xb4\xf0\x9f\x87\xb7"), want);
	assert_string_not_equal(nh("Sexe \xf0\x9f\x86\x89\xf0\x9f\x85\xbe\xf0\x9f\x86\x81"), want);
	assert_string_not_equal(nh("Sexe \xf0\x9f\x85\xa9\xf0\x9f\x85\x9e\xf0\x9f\x85\xa1"), want);
	assert_string_not_equal(nh("Sexe \xe2\xa0\xb5\xe2\xa0\x95\xe2\xa0\x97"), want);
	assert_string_not_equal(nh("Sexe \xee\x81\x9a"), want);
	/* negative: a symbol, the Braille blank are read through */
	assert_string_equal(nh("Sexe \xf0\x9f\x99\x82"), want);
	assert_string_equal(nh("Sexe\xe2\xa0\x80"), want);
	snprintf(want, sizeof(want), "%s", nh("Nom"));
	assert_string_equal(nh("\xf0\x9f\x85\xbd\xf0\x9f\x85\xbe\xf0\x9f\x85\xbc"), want);
}

/* A number drawn in a disc or as a dingbat, which NFKC leaves, as its
 * digits: one reading for the kept names and check's kept cells
 * (review23: check's stopped at 9, "⓬" and "❿" were no number there).
 * Negative: a fraction, a hundred, a letter, ASCII, a symbol. */
static void
test_drawn_number(void **state)
{
	static const struct { unsigned uc; const char *want; } cases[] = {
		{ 0x24ff, "0" },	/* ⓿ NEGATIVE CIRCLED DIGIT ZERO */
		{ 0x278f, "6" },	/* ➏ DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SIX */
		{ 0x277f, "10" },	/* ❿ DINGBAT NEGATIVE CIRCLED NUMBER TEN */
		{ 0x2793, "10" },	/* ➓ */
		{ 0x24ec, "12" },	/* ⓬ NEGATIVE CIRCLED NUMBER TWELVE */
		{ 0x24f4, "20" },	/* ⓴ */
		{ 0x2473, "20" },	/* ⑳ CIRCLED NUMBER TWENTY */
		{ 0x32bf, "50" },	/* ㊿ CIRCLED NUMBER FIFTY */
		{ 0x00bd, "" },		/* ½ */
		{ 0x0bf1, "" },		/* TAMIL NUMBER ONE HUNDRED */
		{ 0x1f169, "" },	/* 🅩 a drawn letter */
		{ '7', "" },
		{ 0x1f600, "" },
	};
	char d[2];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int n = norm_drawn_number(cases[i].uc, d);

		if (n != (int)strlen(cases[i].want) ||
		    memcmp(d, cases[i].want, (size_t)n) != 0)
			fail_msg("U+%04X: %d digits, want \"%s\"", cases[i].uc,
			    n, cases[i].want);
	}
}

/* Punctuation, symbols and controls beyond ASCII are read through as ASCII
 * punctuation is: French guillemets ("\u00ab Nom \u00bb"), a middle dot,
 * an arrow, a Braille blank (U+2800, shown as a space), a C1 control (NEL)
 * left "Nom" unnamed, so kept raw under columns = keep. */
static void
test_header_punct_beyond_ascii(void **state)
{
	static const char *const around[][2] = {
		{ "\xc2\xab ", " \xc2\xbb" },	/* guillemets */
		{ "\xe2\x80\x9c", "\xe2\x80\x9d" },	/* typographic quotes */
		{ "\xe3\x80\x90", "\xe3\x80\x91" },	/* CJK brackets */
		{ "\xc2\xbf", "?" },		/* inverted question mark */
		{ "", " \xc2\xb7" },		/* middle dot */
		{ "", "\xe2\x80\xa2" },		/* bullet */
		{ "", " \xe2\x86\x92" },		/* arrow */
		{ "", " \xe2\x9c\x93" },		/* check mark */
		{ "", "\xe2\x80\xa0" },		/* dagger */
		{ "", "\xe2\xb8\xba" },		/* two-em dash */
		{ "", "\xc2\x85" },		/* NEL, a C1 control */
		{ "\xc2\x9c", "" },		/* ST, a C1 control */
		{ "\xe2\xa0\x80", "" },		/* Braille blank */
		{ "", "\xef\xbf\xbc" },		/* object replacement */
		{ "", "\xf0\x9f\x8f\xbb" },	/* emoji modifier */
	};
	char h[64];

	(void)state;
	for (size_t i = 0; i < sizeof(around) / sizeof(around[0]); i++) {
		snprintf(h, sizeof(h), "%sPr\xc3\xa9nom%s", around[i][0],
		    around[i][1]);
		if (strcmp(nh(h), "prenom") != 0)
			fail_msg("sign #%zu beyond ASCII kept in a header: %s", i,
			    nh(h));
	}
	/* Negative: letters and digits beyond ASCII still tell headers apart
	 * (a Greek analyte, a superscript number, a CJK word). */
	assert_string_not_equal(nh("Nom\xce\xb1"), nh("Nom"));
	assert_string_not_equal(nh("Nom\xc2\xb9"), nh("Nom"));
	assert_string_not_equal(nh("Nom\xe5\x90\x8d"), nh("Nom"));
}

static void
test_invalid_utf8(void **state)
{
	static const char *bad[] = {
		"H\xe9l\xe8ne",		/* CP1252, the commonest case */
		"\xff",
		"abc\xc3",		/* truncated sequence */
		"\xc0\xaf",		/* overlong */
		"\xed\xa0\x80",		/* surrogate */
	};
	struct buf b = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (norm_value(NORM_TEXT, bad[i], strlen(bad[i]), &b) != -EILSEQ)
			fail_msg("norm_value accepted invalid UTF-8 #%zu", i);
		if (norm_header(bad[i], strlen(bad[i]), &b) != -EILSEQ)
			fail_msg("norm_header accepted invalid UTF-8 #%zu", i);
	}
	buf_free(&b);
}

/* The Latin table must give exactly what libunistring gives, alone and in
 * context (spaces, hyphens and apostrophes around), for every code point
 * it covers, and for strings that mix them: tokens are keyed on this. */
static void
test_latin_table_matches_libunistring(void **state)
{
	static const char *const around[][2] = {
		{ "", "" }, { "x", "y" }, { " ", " " }, { "-", "'" }, { "A ", "\xc2\xa0" "B" },
	};
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	char text[64];
	uint8_t cp[4];
	unsigned seed = 12345;

	(void)state;
	for (ucs4_t uc = 0x80; uc < 0x250; uc++) {
		int n = u8_uctomb(cp, uc, sizeof(cp));
		for (size_t k = 0; k < sizeof(around) / sizeof(around[0]); k++) {
			int len = snprintf(text, sizeof(text), "%s%.*s%s", around[k][0],
			    n, (const char *)cp, around[k][1]);
			assert_int_equal(norm_value(NORM_TEXT, text, (size_t)len, &fast), 0);
			assert_int_equal(norm_text_reference(text, (size_t)len, &ref), 0);
			assert_int_equal(fast.len, ref.len);
			assert_memory_equal(fast.data ? fast.data : "", ref.data ? ref.data : "",
			    ref.len);
		}
	}
	/* Random mixtures of ASCII, Latin and beyond-Latin characters. */
	for (int round = 0; round < 2000; round++) {
		size_t len = 0;
		for (int j = 0; j < 8; j++) {
			seed = seed * 1103515245u + 12345u;
			ucs4_t uc = (seed >> 8) % 4 == 0 ? 0x20 + (seed >> 12) % 0x5f :
			    (seed >> 8) % 4 == 3 ? 0x250 + (seed >> 12) % 0x2000 :
			    0x80 + (seed >> 12) % (0x250 - 0x80);
			if (uc >= 0xd800 && uc < 0xe000)
				uc = 'a';
			len += (size_t)u8_uctomb((uint8_t *)text + len, uc, 4);
		}
		assert_int_equal(norm_value(NORM_TEXT, text, len, &fast), 0);
		assert_int_equal(norm_text_reference(text, len, &ref), 0);
		assert_int_equal(fast.len, ref.len);
		assert_memory_equal(fast.data ? fast.data : "", ref.data ? ref.data : "",
		    ref.len);
	}
	buf_free(&fast);
	buf_free(&ref);
}

/* Values of one to seven bytes folded as one word (norm.c
 * fold_ascii_short) give what libunistring gives: every string of one and
 * two bytes 0-127, every string of three of the bytes where the word's
 * tests change (controls, space, hyphen, backquote, the ends of the
 * letters, a byte beyond ASCII), and random strings of four to seven. */
static void
norm_short_check(const char *text, size_t len, struct buf *fast,
    struct buf *ref)
{
	assert_int_equal(norm_value(NORM_TEXT, text, len, fast), 0);
	assert_int_equal(norm_text_reference(text, len, ref), 0);
	assert_int_equal(fast->len, ref->len);
	assert_memory_equal(fast->data ? fast->data : "", ref->data ? ref->data : "",
	    ref->len);
}

static void
test_short_values_match_libunistring(void **state)
{
	static const char pick[] = "\x01\t\x1f -`'@AMZ[az{~\x7f" "9.";
	const size_t npick = sizeof(pick) - 1;
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	char text[8];
	unsigned seed = 4242;

	(void)state;
	for (int a = 0; a < 128; a++) {
		text[0] = (char)a;
		norm_short_check(text, 1, &fast, &ref);
		for (int b = 0; b < 128; b++) {
			text[1] = (char)b;
			norm_short_check(text, 2, &fast, &ref);
		}
	}
	for (size_t a = 0; a < npick; a++)
		for (size_t b = 0; b < npick; b++)
			for (size_t c = 0; c < npick; c++) {
				text[0] = pick[a];
				text[1] = pick[b];
				text[2] = pick[c];
				norm_short_check(text, 3, &fast, &ref);
			}
	for (int round = 0; round < 40000; round++) {
		size_t len;

		seed = seed * 1103515245u + 12345u;
		len = 4 + (seed >> 16) % 4;
		for (size_t j = 0; j < len; j++) {
			seed = seed * 1103515245u + 12345u;
			text[j] = (seed >> 16) % 4 == 0 ? (char)('a' + (seed >> 8) % 26) :
			    pick[(seed >> 8) % npick];
		}
		norm_short_check(text, len, &fast, &ref);
	}
	/* "é" at either end of a short value: the general path */
	norm_short_check("\xc3\xa9te", 4, &fast, &ref);
	norm_short_check("Zo\xc3\xa9", 4, &fast, &ref);
	buf_free(&fast);
	buf_free(&ref);
}

/* The ASCII fast path (a table and a run folded at once) must give what
 * libunistring gives: every byte 1-127 alone and between letters, and
 * random ASCII strings heavy in separators (runs of spaces, hyphens, tabs,
 * line ends at the start and end). */
static void
test_ascii_run_matches_libunistring(void **state)
{
	static const char pick[] = " -\t\r\n`'aZ9.";
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	char text[64];
	unsigned seed = 777;

	(void)state;
	for (int c = 1; c < 128; c++) {
		for (int k = 0; k < 3; k++) {
			int len = 0;
			if (k > 0)
				text[len++] = 'x';
			text[len++] = (char)c;
			if (k == 2)
				text[len++] = 'Y';
			assert_int_equal(norm_value(NORM_TEXT, text, (size_t)len,
			    &fast), 0);
			assert_int_equal(norm_text_reference(text, (size_t)len,
			    &ref), 0);
			assert_int_equal(fast.len, ref.len);
			assert_memory_equal(fast.data ? fast.data : "",
			    ref.data ? ref.data : "", ref.len);
		}
	}
	for (int round = 0; round < 5000; round++) {
		size_t len = 0;
		for (int j = 0; j < 20; j++) {
			seed = seed * 1103515245u + 12345u;
			text[len++] = (seed >> 16) % 3 == 0 ?
			    (char)(1 + (seed >> 8) % 127) :
			    pick[(seed >> 8) % (sizeof(pick) - 1)];
		}
		/* Sometimes an accent in the middle: the run stops and resumes. */
		if (round % 3 == 0) {
			text[7] = (char)0xc3;
			text[8] = (char)0xa9;
		}
		assert_int_equal(norm_value(NORM_TEXT, text, len, &fast), 0);
		assert_int_equal(norm_text_reference(text, len, &ref), 0);
		assert_int_equal(fast.len, ref.len);
		assert_memory_equal(fast.data ? fast.data : "",
		    ref.data ? ref.data : "", ref.len);
	}
	buf_free(&fast);
	buf_free(&ref);
}

/* Runs folded eight bytes at a time must give what libunistring gives:
 * long random strings, mostly letters and digits with a separator now
 * and then (a space, two spaces, a hyphen, a tab, a backquote, a line
 * end) and an accent here and there, at every length up to 60. */
static void
test_ascii_words_match_libunistring(void **state)
{
	static const char *const pick[] = { " ", "  ", "-", "\t", "`", "\n",
	    "\xc3\xa9", "\xc5\x93", "@", "." };
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	char text[80];
	unsigned seed = 4242;

	(void)state;
	for (int round = 0; round < 50000; round++) {
		size_t len = 0, want;

		seed = seed * 1103515245u + 12345u;
		want = (seed >> 16) % 61;
		while (len < want) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 9 == 0) {
				const char *sep = pick[(seed >> 8) % 10];
				size_t n = strlen(sep);
				if (len + n > want)
					break;
				memcpy(text + len, sep, n);
				len += n;
			} else {
				static const char alnum[] = "abcXYZ019mQ";
				text[len++] = alnum[(seed >> 8) % 11];
			}
		}
		assert_int_equal(norm_value(NORM_TEXT, text, len, &fast), 0);
		assert_int_equal(norm_text_reference(text, len, &ref), 0);
		assert_int_equal(fast.len, ref.len);
		assert_memory_equal(fast.data ? fast.data : "",
		    ref.data ? ref.data : "", ref.len);
	}
	buf_free(&fast);
	buf_free(&ref);
}

/* A hyphen is folded as a space by the word and block fast paths: two
 * separators (space or hyphen, in any order) at every pair of positions
 * of values of 1 to 40 letters, so that a hyphen meets a space or another
 * hyphen across every join of the overlapping halves and blocks (byte 15
 * of 32, the first, the last), must give what libunistring gives. */
static void
test_hyphen_pairs_match_libunistring(void **state)
{
	static const char sep[] = " -";
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	char text[48];

	(void)state;
	for (size_t len = 1; len <= 40; len++)
		for (size_t a = 0; a < len; a++)
			for (size_t b = a; b < len && b <= a + 3; b++)
				for (int m = 0; m < 4; m++) {
					memset(text, 'k', len);
					text[0] = len > 2 ? 'J' : 'k';
					text[a] = sep[m & 1];
					text[b] = sep[(m >> 1) & 1];
					assert_int_equal(norm_value(NORM_TEXT,
					    text, len, &fast), 0);
					assert_int_equal(norm_text_reference(
					    text, len, &ref), 0);
					assert_int_equal(fast.len, ref.len);
					assert_memory_equal(fast.data ?
					    fast.data : "", ref.data ?
					    ref.data : "", ref.len);
				}
	buf_free(&fast);
	buf_free(&ref);
}

/* A whole value of 8 to 32 ASCII bytes folded at once (two overlapping
 * blocks or words) must give what libunistring gives: at every length, a
 * space, two spaces, a hyphen and a capital at every position (the joins
 * of the overlapping halves, the first byte, the last). */
static void
test_ascii_whole_matches_libunistring(void **state)
{
	static const char *const put[] = { " ", "  ", "-", "Q", " x ", "`" };
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	char text[40];

	(void)state;
	for (size_t len = 6; len <= 34; len++)
		for (size_t k = 0; k < sizeof(put) / sizeof(put[0]); k++)
			for (size_t at = 0; at + strlen(put[k]) <= len; at++) {
				for (size_t i = 0; i < len; i++)
					text[i] = (char)('a' + i % 26);
				memcpy(text + at, put[k], strlen(put[k]));
				assert_int_equal(norm_value(NORM_TEXT, text, len,
				    &fast), 0);
				assert_int_equal(norm_text_reference(text, len,
				    &ref), 0);
				assert_int_equal(fast.len, ref.len);
				assert_memory_equal(fast.data ? fast.data : "",
				    ref.data ? ref.data : "", ref.len);
			}
	buf_free(&fast);
	buf_free(&ref);
}

/* norm_lower_latin must give what u8_tolower(NFC) gives, for every code
 * point of its table alone and beside ASCII, and for random mixtures; and
 * refuse (-1) text it does not cover, a combining accent included. */
static void
test_lower_latin_matches_libunistring(void **state)
{
	uint8_t text[64], ref[256], *res;
	char fast[256];
	size_t rlen;
	ssize_t n;
	unsigned seed = 4242;

	(void)state;
	for (ucs4_t uc = 0x80; uc < 0x250; uc++) {
		for (int k = 0; k < 2; k++) {
			size_t len = 0;
			if (k == 1)
				text[len++] = 'Q';
			len += (size_t)u8_uctomb(text + len, uc, 4);
			if (k == 1)
				text[len++] = 'x';
			rlen = sizeof(ref);
			res = u8_tolower(text, len, NULL, UNINORM_NFC, ref, &rlen);
			assert_ptr_equal(res, ref);
			n = norm_lower_latin((const char *)text, len, fast,
			    sizeof(fast));
			assert_int_equal(n, (ssize_t)rlen);
			assert_memory_equal(fast, ref, rlen);
		}
	}
	for (int round = 0; round < 5000; round++) {
		size_t len = 0;
		for (int j = 0; j < 10; j++) {
			seed = seed * 1103515245u + 12345u;
			ucs4_t uc = (seed >> 8) % 2 ? 0x20 + (seed >> 12) % 0x5f :
			    0x80 + (seed >> 12) % (0x250 - 0x80);
			len += (size_t)u8_uctomb(text + len, uc, 4);
		}
		rlen = sizeof(ref);
		res = u8_tolower(text, len, NULL, UNINORM_NFC, ref, &rlen);
		assert_ptr_equal(res, ref);
		n = norm_lower_latin((const char *)text, len, fast, sizeof(fast));
		assert_int_equal(n, (ssize_t)rlen);
		assert_memory_equal(fast, ref, rlen);
	}
	/* e + U+0301 composes under NFC: not the table's to say. */
	assert_int_equal(norm_lower_latin("Ce\xcc\x81", 4, fast, sizeof(fast)),
	    -1);
	assert_int_equal(norm_lower_latin("\xce\xa3", 2, fast, sizeof(fast)), -1);
	assert_int_equal(norm_lower_latin("ABC", 3, fast, 2), -1);
}

/* Headers that say they hold a person's identifier, in the spellings the
 * policy may not list (columns = keep showed them raw): French, English,
 * abbreviated, numbered, qualified ("fixe", "usuel", "de jeune fille").
 * Negative: headers of other people or things, quasi-identifiers ("Année
 * de naissance"), words that only start or end like one, and an
 * identifier's word beside a word of another kind. */
static void
test_header_identifying(void **state)
{
	static const char *const yes[] = {
		"Nom", "NOM_PAT", "Nom du patient", "Patient Name", "PatientID",
		"Surname", "Last Name", "first_name", "Given name", "DOB",
		"Date de naissance", "DT_NAIS", "N\xc3\xa9(e) le", "N\xc2\xb0 SS",
		"Num_Secu", "NIR", "Tel1", "T\xc3\xa9l. portable", "Telephone 2",
		"E-mail", "Courriel", "Adresse 1", "Address line 2", "IPP",
		"MRN", "Patient", "Identit\xc3\xa9", "Nom de naissance",
		"\xef\xbc\xae\xef\xbd\x8f\xef\xbd\x8d",	/* full-width Nom */
		"T\xc3\xa9l\xc3\xa9phone fixe", "N\xc2\xb0 de s\xc3\xa9" "curit\xc3\xa9 sociale",
		"Nom et pr\xc3\xa9noms", "Date of birth", "Compl\xc3\xa9ment d'adresse",
		"Pr\xc3\xa9nom usuel", "N\xc2\xb0 dossier", "Nom de jeune fille",
		/* the family name, and the persons an export names beside
		 * the patient (their columns were kept raw) */
		"Nom de famille", "Nom du conjoint", "Nom de la m\xc3\xa8re",
		"M\xc3\xa8re", "P\xc3\xa8re", "Assur\xc3\xa9",
		"B\xc3\xa9n\xc3\xa9" "ficiaire", "Nom assur\xc3\xa9" "e",
		"Personne de confiance", "Personne \xc3\xa0 pr\xc3\xa9venir",
		"Tuteur", "Nom du responsable l\xc3\xa9gal",
		"T\xc3\xa9l. contact urgence", "\xc3\x89poux",
		"Matricule", "N\xc2\xb0 d'immatriculation", "M\xc3\xa9l.",
		/* their accents dropped by a conversion to ASCII (redteam18) */
		"Prnom", "Tlphone portable", "N de scurit sociale",
		"Numro de tlphone", "Personne  prvenir", "Bnficiaire",
	};
	static const char *const no[] = {
		"Nom du m\xc3\xa9" "decin", "Drug name", "Nom de l'analyse",
		"Service", "Poids", "Sexe", "Code postal", "Ville",
		"Ann\xc3\xa9" "e de naissance", "Lieu de naissance", "Prescripteur",
		"Commentaire", "Date de sortie", "Nomenclature", "Telemetrie",
		"Nombre", "Statut patient", "Patient age", "Code", "Tel 10",
		"Donn\xc3\xa9" "e", "Ville de naissance", "Type d'adresse",
		"Nom commercial", "Identifiant m\xc3\xa9" "decin", "ID", "Date",
		"Insuline", "Mobilit\xc3\xa9", "Poids de naissance", "Nb patients",
		"Dossier m\xc3\xa9" "dical",
		"Famille", "Famille ATC", "Contact", "Urgence", "Parent",
		"Statut assur\xc3\xa9", "Nombre de personnes",
		"Personnel soignant", "M\xc3\xa9" "decin traitant",
		"R\xc3\xa9gime", "Cas contact", "Code INSEE commune",
		"M\xc3\xa9lange", "Voie d'administration",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (!norm_header_identifying(nh(yes[i])))
			fail_msg("not an identifier's header: %s", yes[i]);
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (norm_header_identifying(nh(no[i])))
			fail_msg("an identifier's header: %s", no[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_latin_table_matches_libunistring),
		cmocka_unit_test(test_ascii_run_matches_libunistring),
		cmocka_unit_test(test_short_values_match_libunistring),
		cmocka_unit_test(test_ascii_words_match_libunistring),
		cmocka_unit_test(test_ascii_whole_matches_libunistring),
		cmocka_unit_test(test_hyphen_pairs_match_libunistring),
		cmocka_unit_test(test_lower_latin_matches_libunistring),
		cmocka_unit_test(test_kind_parse),
		cmocka_unit_test(test_text_case_accents_spaces),
		cmocka_unit_test(test_text_hyphens),
		cmocka_unit_test(test_text_ligatures),
		cmocka_unit_test(test_text_apostrophes),
		cmocka_unit_test(test_nir_forms),
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_header),
		cmocka_unit_test(test_header_invisible),
		cmocka_unit_test(test_header_latin_letters),
		cmocka_unit_test(test_header_lost),
		cmocka_unit_test(test_drawn_number),
		cmocka_unit_test(test_header_punct_beyond_ascii),
		cmocka_unit_test(test_header_confusable),
		cmocka_unit_test(test_mixed_script),
		cmocka_unit_test(test_header_mixed),
		cmocka_unit_test(test_header_identifying),
		cmocka_unit_test(test_invalid_utf8),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
