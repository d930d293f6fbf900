/* Unit tests of the thirty-second hostile pass (docs/threat-model.md
 * "hostile32"): the row's values disguised in Unicode that NFKC leaves
 * and a reader reads.  Went through raw on main:
 * - a name with Greek or Cyrillic look-alikes for some of its letters
 *   ("DUΡΟΝT", "Duроnt"), or all of them in a Latin text;
 * - a name in small capitals ("ᴅᴜᴘᴏɴᴛ") or regional indicators, or with a mark under, through
 *   or over each letter ("D̲U̲P̲O̲N̲T̲", "D̶U̶…", "D́ÚṔ…");
 * - a name reversed in a right-to-left override (shown as DUPONT);
 * - a phone, a NIR, an IPP in superscript, subscript or dingbat digits,
 *   or with Cyrillic letters for digits ("О6 12 З4 56 78");
 * - a name cut by an HTML reference or an escape ("DUP&shy;ONT",
 *   "Du&#112;ont", "Du\x70ont", "Du%70ont").
 * The detectors alone (textnorm's evasion pass), and textnorm's bytes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"
#include "textnorm.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))
#define row_word_kept(t, row, n, w) \
	test_row_word_kept(&test_default, &S, (t), (row), (n), (w))
#define row_word_gone(t, row, n, w) \
	test_row_word_gone(&test_default, &S, (t), (row), (n), (w))

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

/* "Vu ce jour <w> pour suivi.": w must go whole */
static void
name_gone(const char *w)
{
	char text[256];

	snprintf(text, sizeof(text), "Vu ce jour %s pour suivi.", w);
	row_word_gone(text, DUPONT, N(DUPONT), w);
}

/* Look-alikes of other scripts, two or more in a word (one alone was
 * a typo the fuzzy match took already). */
static void
test_homoglyph_names(void **state)
{
	static const char *const gone[] = {
		"DU\xce\xa1\xce\x9f\xce\x9dT",		/* Greek Ρ Ο Ν */
		"Du\xd1\x80\xd0\xbent",			/* Cyrillic р о */
		"\xd0\x88\xd0\xb5\xd0\xb0n",		/* Ј е а: Jean */
		"DUP\xd0\x9e\xce\x9dT",			/* Cyrillic О, Greek Ν */
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		name_gone(gone[i]);
	/* a word all Cyrillic look-alikes in a French text: РОМЕО */
	static const struct detect_value romeo[] = {
		{ DETECT_IDENT_LAST_NAME, "ROMEO", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	row_word_gone("Vu ce jour \xd0\xa0\xd0\x9e\xd0\x9c\xd0\x95\xd0\x9e "
	    "pour suivi.", romeo, N(romeo),
	    "\xd0\xa0\xd0\x9e\xd0\x9c\xd0\x95\xd0\x9e");
	/* the row's address with a Cyrillic а and е */
	static const struct detect_value addr[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_ADDRESS, "12 rue des Lilas", 16 },
	};
	row_word_gone("habite 12 ru\xd0\xb5 d\xd0\xb5s Lil\xd0\xb0s depuis",
	    addr, N(addr), "Lil\xd0\xb0s");
}

/* Small capitals, marks on every letter, a right-to-left override. */
static void
test_drawn_latin_names(void **state)
{
	(void)state;
	/* ᴅᴜᴘᴏɴᴛ */
	name_gone("\xe1\xb4\x85\xe1\xb4\x9c\xe1\xb4\x98\xe1\xb4\x8f\xc9\xb4"
	    "\xe1\xb4\x9b");
	/* regional indicators 🇩🇺🇵🇴🇳🇹 */
	name_gone("\xf0\x9f\x87\xa9\xf0\x9f\x87\xba\xf0\x9f\x87\xb5"
	    "\xf0\x9f\x87\xb4\xf0\x9f\x87\xb3\xf0\x9f\x87\xb9");
	/* a low line, a stroke, an acute on each letter */
	name_gone("D\xcc\xb2U\xcc\xb2P\xcc\xb2O\xcc\xb2N\xcc\xb2T\xcc\xb2");
	name_gone("D\xcc\xb6U\xcc\xb6P\xcc\xb6O\xcc\xb6N\xcc\xb6T\xcc\xb6");
	name_gone("D\xcc\x81U\xcc\x81P\xcc\x81O\xcc\x81N\xcc\x81T\xcc\x81");
	/* RLO TNOPUD PDF, shown as DUPONT; and to the line's end */
	name_gone("\xe2\x80\xaeTNOPUD\xe2\x80\xac");
	row_word_gone("Vu ce jour \xe2\x80\xaeTNOPUD\nsuivi", DUPONT,
	    N(DUPONT), "TNOPUD");
}

/* Numbers in superscript, subscript or dingbat digits. */
static void
test_drawn_digits(void **state)
{
	(void)state;
	/* ⁰⁶ ¹² ³⁴ ⁵⁶ ⁷⁸ */
	row_word_gone("t\xc3\xa9l \xe2\x81\xb0\xe2\x81\xb6 \xc2\xb9\xc2\xb2 "
	    "\xc2\xb3\xe2\x81\xb4 \xe2\x81\xb5\xe2\x81\xb6 \xe2\x81\xb7"
	    "\xe2\x81\xb8 ok", DUPONT, N(DUPONT), "\xe2\x81\xb0\xe2\x81\xb6");
	/* ₀₆₁₂₃₄₅₆₇₈ */
	row_word_gone("appel \xe2\x82\x80\xe2\x82\x86\xe2\x82\x81\xe2\x82\x82"
	    "\xe2\x82\x83\xe2\x82\x84\xe2\x82\x85\xe2\x82\x86\xe2\x82\x87"
	    "\xe2\x82\x88 ok", DUPONT, N(DUPONT), "\xe2\x82\x80\xe2\x82\x86");
	/* ⓪➅ ➀➁ ➂➃ ➄➅ ➆➇ */
	row_word_gone("appel \xe2\x93\xaa\xe2\x9e\x85 \xe2\x9e\x80\xe2\x9e\x81 "
	    "\xe2\x9e\x82\xe2\x9e\x83 \xe2\x9e\x84\xe2\x9e\x85 \xe2\x9e\x86"
	    "\xe2\x9e\x87 ok", DUPONT, N(DUPONT), "\xe2\x9e\x80\xe2\x9e\x81");
	/* Cyrillic О and З glued to digits: "О6 12 З4 56 78", a NIR's
	 * "О2"; a unit in Cyrillic after a number ("70кг") stays */
	row_word_gone("t\xc3\xa9l \xd0\x9e" "6 12 \xd0\x97" "4 56 78 ok",
	    DUPONT, N(DUPONT), "\xd0\x97" "4");
	row_word_gone("t\xc3\xa9l \xd0\x9e" "6 12 \xd0\x97" "4 56 78 ok",
	    DUPONT, N(DUPONT), "\xd0\x9e" "6");
	row_word_gone("NIR 1 84 \xd0\x9e" "2 75 123 456 74", DUPONT,
	    N(DUPONT), "\xd0\x9e" "2");
	row_word_kept("poids 70\xd0\xba\xd0\xb3 stable", DUPONT, N(DUPONT),
	    "70\xd0\xba\xd0\xb3");
	/* IPP ¹²³⁴⁵⁶ */
	row_word_gone("dossier \xc2\xb9\xc2\xb2\xc2\xb3\xe2\x81\xb4\xe2\x81\xb5"
	    "\xe2\x81\xb6 ok", DUPONT, N(DUPONT), "\xc2\xb9\xc2\xb2\xc2\xb3");
}

/* Escapes glued to a letter: read as their character, so the name is
 * whole; the escape goes with it.  "R&D", "98 %", a path, a "%20"
 * between words stay. */
static void
test_escapes(void **state)
{
	static const char *const gone[] = {
		"DUP&shy;ONT", "Du&#112;ont", "Du&#x70;ont", "DUP&#8203;ONT",
		"D&Uacute;PONT", "DUP\\u00adONT", "Du\\x70ont", "Du%70ont",
		"Du%70%6Fnt",
	};
	static const char *const kept[] = { "R&D", "98 %", "AT&T",
	    "C:\\Users\\xavier", "a%20b" };

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		name_gone(gone[i]);
	test_spans_gone_kept(&test_default, &S, "Projet R&D, SpO2 98 %, "
	    "AT&T, fichier C:\\Users\\xavier, lien a%20b, Tom & Co",
	    NULL, 0, kept, N(kept));
}

/* Not Unicode, seen while probing: the row's first name that is an
 * ordinary word, capitalized alone in ASCII double quotes, went through
 * raw (the quote read as a sentence's start); « Jean » and (Jean) went.
 * In lower case it stays ("un \"jean\" bleu": the cloth). */
static void
test_quoted_first_name(void **state)
{
	(void)state;
	test_row_word_as_value(&test_default, &S, "Appel \"Jean\" ok",
	    DUPONT, N(DUPONT), "Jean", 1);
	test_row_word_as_value(&test_default, &S, "\"Jean\" a rappel\xc3\xa9",
	    DUPONT, N(DUPONT), "Jean", 1);
	row_word_kept("il porte un \"jean\" bleu", DUPONT, N(DUPONT),
	    "jean");
}

/* What stays: the Greek of units and analytes, exponents, text in
 * Greek or Cyrillic that holds no row value. */
static void
test_keeps(void **state)
{
	static const char *const kept[] = {
		"\xce\xb3GT",			/* γGT */
		"TNF\xce\xb1",			/* TNFα */
		"\xce\xb2HCG",			/* βHCG */
		"10\xe2\x81\xb9/L",		/* 10⁹/L */
		"m\xc2\xb2",			/* m² */
		"10\xc2\xb9\xc2\xb2/L",		/* 10¹²/L */
	};
	static const char *const cyr[] = {
		"\xd0\x9a\xd0\x90\xd0\x9a",	/* КАК */
		"\xd0\xa2\xd0\x9e\xd0\xa2",	/* ТОТ */
		"\xd0\xb6\xd0\xb0\xd0\xbb\xd1\x83\xd0\xb5\xd1\x82\xd1\x81\xd1"
		"\x8f",				/* жалуется */
	};
	static const char *const greek[] = {
		"\xce\x9a\xce\x91\xce\x99",	/* ΚΑΙ */
		"\xce\xb3\xce\xb9\xce\xb1\xcf\x84\xcf\x81\xcf\x8c\xcf\x82",
	};

	(void)state;
	test_spans_gone_kept(&test_default, &S, "\xce\xb3GT 45 UI/L, "
	    "anti-TNF\xce\xb1, \xce\xb2HCG n\xc3\xa9gatif, PNN 4,5 10\xe2\x81"
	    "\xb9/L, SC 1,8 m\xc2\xb2, GR 4,2 10\xc2\xb9\xc2\xb2/L", NULL, 0,
	    kept, N(kept));
	test_spans_gone_kept(&test_default, &S, "\xd0\x9f\xd0\xb0\xd1\x86"
	    "\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82 \xd0\xb6\xd0\xb0\xd0\xbb\xd1\x83"
	    "\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f, \xd0\x9a\xd0\x90\xd0\x9a \xd0"
	    "\xb8 \xd0\xa2\xd0\x9e\xd0\xa2", NULL, 0, cyr, N(cyr));
	test_spans_gone_kept(&test_default, &S, "\xce\x97 \xce\xb1\xcf\x83"
	    "\xce\xb8\xce\xb5\xce\xbd\xce\xae\xcf\x82 \xce\x9a\xce\x91\xce\x99"
	    " \xce\xbf \xce\xb3\xce\xb9\xce\xb1\xcf\x84\xcf\x81\xcf\x8c\xcf"
	    "\x82", NULL, 0, greek, N(greek));
	/* a word of the row's name letters in another script is no name
	 * when the text is written in that script */
	row_word_kept("\xd0\x9f\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb5\xd0\xbd\xd1"
	    "\x82 \xd0\xa0\xd0\x9e\xd0\x9c\xd0\x95\xd0\x9e", DUPONT, N(DUPONT),
	    "\xd0\xa0\xd0\x9e\xd0\x9c\xd0\x95\xd0\x9e");
}

/* textnorm alone: with evasion, a Cyrillic or Greek text is read as it
 * is (same bytes); without it (names.c's keys), nothing changes. */
static void
test_textnorm_bytes(void **state)
{
	static const char *const same[] = {
		"\xd0\x9f\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82 "
		"\xd0\xa2\xd0\x9e\xd0\xa2 \xd0\x9a\xd0\x90\xd0\x9a",
		"\xce\x97 \xce\xb1\xcf\x83\xce\xb8\xce\xb5\xce\xbd\xce\xae\xcf"
		"\x82 \xce\x9a\xce\x91\xce\x99",
		"\xce\xb3GT, TNF\xce\xb1, 10\xe2\x81\xb9/L, m\xc2\xb2",
		"Patient vu, pas de plainte.",
	};
	struct textnorm tn = { 0 };
	const char *dup = "x DU\xce\xa1\xce\x9f\xce\x9dT y";

	(void)state;
	tn.evasion = 1;
	for (size_t i = 0; i < N(same); i++) {
		assert_int_equal(textnorm_run(&tn, same[i], strlen(same[i])),
		    0);
		if (tn.changed) {
			assert_int_equal(tn.text.len, strlen(same[i]));
			assert_memory_equal(tn.text.data, same[i],
			    strlen(same[i]));
		}
	}
	assert_int_equal(textnorm_run(&tn, dup, strlen(dup)), 0);
	assert_int_equal(tn.changed, 1);
	assert_int_equal(tn.text.len, 10);
	assert_memory_equal(tn.text.data, "x DUPONT y", 10);
	/* the span of DUPONT back to the source bytes, whole */
	assert_int_equal(textnorm_src_start(&tn, 2), 2);
	assert_int_equal(textnorm_src_end(&tn, 8), strlen(dup) - 2);
	tn.evasion = 0;
	assert_int_equal(textnorm_run(&tn, dup, strlen(dup)), 0);
	assert_int_equal(tn.changed, 0);
	textnorm_free(&tn);
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_homoglyph_names),
		cmocka_unit_test(test_drawn_latin_names),
		cmocka_unit_test(test_drawn_digits),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_quoted_first_name),
		cmocka_unit_test(test_keeps),
		cmocka_unit_test(test_textnorm_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
