/* Unit tests of redteam47 (docs/threat-model.md "redteam47"): markup a
 * page, a word processor or a wiki leaves inside a word, which a reader of
 * the rendered text does not see ("Du<b>pont</b>", "DUP<br>ONT",
 * "Du{\i pont}", "DU<!-- -->PONT"), and three more escapes of a letter
 * ("\U00000044", "\u{44}", RTF's "\'e9"), and letters typed or read
 * for digits in the row's numbers ("3A" for 34, "5b" for 56).  Every
 * form was left raw on main 137ee77d; the words test_keeps and
 * test_ocr_letters keep had no span there and have none now. */
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

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

static const struct detect_value VIGNERON[] = {
	{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
	{ DETECT_IDENT_FIRST_NAME, "H\xc3\xa9l\xc3\xa8ne", 8 },
};

#define form_gone_in(text, row, nrow, form) \
	test_row_form_gone_in(&test_default, &S, (text), (row), (nrow), (form))

/* A text and the part of it that must go whole (the markup outside the
 * value, a closing tag after it, may stay). */
struct form {
	const char *text, *form;
};

static void
test_html_tags(void **state)
{
	static const struct form f[] = {
		{ "vu Du<b>pont</b> ce jour", "Du<b>pont" },
		{ "vu <b>Du</b>pont ce jour", "Du</b>pont" },
		{ "vu DU<i>PONT</i> ce jour", "DU<i>PONT" },
		{ "vu DU<I>PONT</I> ce jour", "DU<I>PONT" },
		{ "vu DUP<br>ONT ce jour", "DUP<br>ONT" },
		{ "vu DUP<br/>ONT ce jour", "DUP<br/>ONT" },
		{ "vu DUP<br />ONT ce jour", "DUP<br />ONT" },
		{ "vu DU<span class=\"n\">PONT</span> ce jour",
		    "DU<span class=\"n\">PONT" },
		{ "vu Du<a href=\"x\">pont</a> ce jour", "Du<a href=\"x\">pont" },
		{ "vu DU</b><i>PONT ce jour", "DU</b><i>PONT" },
		{ "vu Du<!-- x -->pont ce jour", "Du<!-- x -->pont" },
		{ "vu J<u>ea</u>n DUPONT", "J<u>ea</u>n" },
		{ "tel 06<b>12</b>345678", "06<b>12</b>345678" },
		{ "IPP 123<!-- -->456 vu", "123<!-- -->456" },
		{ "NIR 1840275<span>12345674</span> ok",
		    "1840275<span>12345674" },
		{ "vu <b>DUPONT</b> ce jour", "DUPONT</b>" },
		{ "n\xc3\xa9 le 16/<b>05</b>/1934 vu", "16/<b>05</b>/1934" },
		{ "n\xc3\xa9 le 16.<i>05.1934</i> vu", "16.<i>05.1934" },
	};

	(void)state;
	for (size_t i = 0; i < N(f); i++)
		form_gone_in(f[i].text, DUPONT, N(DUPONT), f[i].form);
	form_gone_in("vu VIGN<b>ERON</b> ce jour", VIGNERON, N(VIGNERON),
	    "VIGN<b>ERON");
}

static void
test_rtf_words(void **state)
{
	static const struct form f[] = {
		{ "vu Du{\\i pont} ce jour", "Du{\\i pont" },
		{ "vu {\\b Du}pont ce jour", "Du}pont" },
		{ "vu Du\\b pont\\b0 ce jour", "Du\\b pont" },
		{ "vu Du\\ul pont\\ulnone ce jour", "Du\\ul pont" },
		{ "vu DU\\fs20 PONT ce jour", "DU\\fs20 PONT" },
		{ "vu DUP\\par ONT ce jour", "DUP\\par ONT" },
	};

	(void)state;
	for (size_t i = 0; i < N(f); i++)
		form_gone_in(f[i].text, DUPONT, N(DUPONT), f[i].form);
}

static void
test_more_escapes(void **state)
{
	static const struct form f[] = {
		{ "vu \\U00000044upont ce jour", "\\U00000044upont" },
		{ "vu Du\\U00000070ont ce jour", "Du\\U00000070ont" },
		{ "vu \\u{44}upont ce jour", "\\u{44}upont" },
		{ "vu Du\\u{70}ont ce jour", "Du\\u{70}ont" },
	};

	(void)state;
	for (size_t i = 0; i < N(f); i++)
		form_gone_in(f[i].text, DUPONT, N(DUPONT), f[i].form);
	form_gone_in("vu H\\'e9l\\'e8ne VIGNERON", VIGNERON, N(VIGNERON),
	    "H\\'e9l\\'e8ne");
}

/* Letters typed or read for digits beyond hostile30's (O o l I | S B Z):
 * G and b for 6, q for 9, A for 4, T for 7, in the row's phone, id and
 * NIR */
static void
test_ocr_letters(void **state)
{
	static const struct form f[] = {
		{ "tel 06 I2 3A 56 7B ce jour", "06 I2 3A 56 7B" },
		{ "tel 0b 12 34 5b 78 ce jour", "0b 12 34 5b 78" },
		{ "tel O6.l2.3A.56.7B ce jour", "O6.l2.3A.56.7B" },
		{ "IPP l2345G vu", "l2345G" },
		{ "IPP 12345b vu", "12345b" },
		{ "NIR l84O27SI2345G7A vu", "l84O27SI2345G7A" },
		{ "NIR 1 84 02 T5 123 456 74 vu", "1 84 02 T5 123 456 74" },
		{ "tel 06 12 q4 56 78 ce jour", "06 12 q4 56 78" },
	};
	static const struct detect_value Q[] = {
		{ DETECT_IDENT_PHONE, "06 12 94 56 78", 14 },
	};
	static const char *const kept[] = {
		"HbA1c", "T4", "T12-L1", "B12", "10g", "2A", "3B", "A1234",
		"T2", "pT2", "IIIA", "G6PD",
	};
	const char *text = "HbA1c 7,2 %, T4 libre 12, T12-L1, vitamine B12 "
	    "300, 10g/l, 2A 3B, lot A1234 T2 N0 M0, pT2 pN1, stade IIIA, "
	    "G6PD";

	(void)state;
	for (size_t i = 0; i + 1 < N(f); i++)
		form_gone_in(f[i].text, DUPONT, N(DUPONT), f[i].form);
	form_gone_in(f[N(f) - 1].text, Q, N(Q), f[N(f) - 1].form);
	for (size_t i = 0; i < N(kept); i++)
		test_row_word_kept(&test_default, &S, text, DUPONT, N(DUPONT),
		    kept[i]);
}

/* What stays: clinical signs, tags around whole words, paths, braces
 * of a formula, a control word's name that is a folder's */
static void
test_keeps(void **state)
{
	static const char *const kept[] = {
		"PSA <4 ng/ml, TA<140, Hb<10g/dl",
		"<b>RAS</b> ce jour<br>revoir dans 3 mois",
		"contr\xc3\xb4le<br>RAS",
		"glyc\xc3\xa9mie<i>\xc3\xa0 jeun</i>normale",
		"traitement{aspirine}continuer",
		"C:\\b\\i\\cr.pdf",
		"a<b et c>d",
		"K+<3,5 mmol/l<br/>natr\xc3\xa9mie 140",
		"score{2}",
		"fichier \\users\\ok\\cr.pdf",
	};

	(void)state;
	test_untouched(&test_default, &S, kept, N(kept));
	/* lower case with a space stays (hostile33's keep), markup or not */
	test_row_word_kept(&test_default, &S, "chute du<b> pont</b> ce jour",
	    DUPONT, N(DUPONT), "pont");
	test_row_word_kept(&test_default, &S, "chute du\\b0 pont ce jour",
	    DUPONT, N(DUPONT), "pont");
}

/* textnorm alone: the markup read as nothing, a block's as a space, the
 * map back to the source over it */
static void
test_textnorm_bytes(void **state)
{
	struct textnorm tn = { 0 };
	const char *t1 = "Du<b>pont</b> ok";
	const char *t2 = "DUP<br>ONT ok";

	(void)state;
	tn.escapes = 1;
	assert_int_equal(textnorm_run(&tn, t1, strlen(t1)), 0);
	assert_int_equal(tn.changed, 1);
	assert_int_equal(tn.text.len, 9);
	assert_memory_equal(tn.text.data, "Dupont ok", 9);
	assert_int_equal(textnorm_src_start(&tn, 2), 5);
	assert_int_equal(textnorm_src_end(&tn, 6), 13);
	assert_int_equal(textnorm_run(&tn, t2, strlen(t2)), 0);
	assert_memory_equal(tn.text.data, "DUP ONT ok", 10);
	assert_int_equal(textnorm_has_escape(t1, strlen(t1)), 1);
	assert_int_equal(textnorm_has_escape("PSA <4", 6), 0);
	assert_int_equal(textnorm_has_escape("a <b> c", 7), 0);
	assert_int_equal(textnorm_has_escape("C:\\users\\b", 10), 0);
	/* a date cut by tags: read whole */
	assert_int_equal(textnorm_run(&tn, "le 16/<b>05</b>/1934", 20), 0);
	assert_memory_equal(tn.text.data, "le 16/05/1934", 13);
	textnorm_free(&tn);
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_tags),
		cmocka_unit_test(test_rtf_words),
		cmocka_unit_test(test_more_escapes),
		cmocka_unit_test(test_ocr_letters),
		cmocka_unit_test(test_keeps),
		cmocka_unit_test(test_textnorm_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
