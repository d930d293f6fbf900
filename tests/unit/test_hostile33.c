/* Unit tests of the thirty-third hostile pass (docs/threat-model.md
 * "hostile33"): the row's own values written so that a reader reads
 * them and the detectors did not.  Went through raw on main:
 * - escapes of escapes ("DUP&amp;shy;ONT", "Du&#38;#112;ont",
 *   "Du%2570ont", "DUP%26shy%3BONT", "DUP\\u00adONT");
 * - the name cut by a sign ("DU\PONT", "DU|PONT", "DUP_ONT", "DUP.ONT",
 *   "DUP ONT", "D u p o n t"), by a formula ('="DUP"&"ONT"',
 *   '=CONCATENATE("DUP";"ONT")'), a line break; with digits for letters
 *   ("V1GN3R0N"), reversed ("TNOPUD");
 * - a right-to-left override whose run an inner embedding or isolate
 *   cut ("<RLO>TNO<LRO><PDF>PUD<PDF>", shown DUPONT).
 * Each negative: every letter of the form inside a span (the scrub
 * replaces spans: none of the raw value is left; testlib.c
 * test_row_form_gone). */
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

#define RLO	"\xe2\x80\xae"
#define LRO	"\xe2\x80\xad"
#define RLE	"\xe2\x80\xab"
#define LRE	"\xe2\x80\xaa"
#define PDF	"\xe2\x80\xac"
#define LRI	"\xe2\x81\xa6"
#define RLI	"\xe2\x81\xa7"
#define FSI	"\xe2\x81\xa8"
#define PDI	"\xe2\x81\xa9"

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

/* testlib's, in this file's mode and scratch */
#define form_gone_in(text, row, nrow, form) \
	test_row_form_gone_in(&test_default, &S, (text), (row), (nrow), (form))
#define form_gone(row, nrow, form) \
	test_row_form_gone(&test_default, &S, (row), (nrow), (form))

static void
test_double_escapes(void **state)
{
	static const char *const gone[] = {
		"DUP&amp;shy;ONT", "Dup&amp;#111;nt", "Dup&amp;#x6f;nt",
		"DUP&amp;amp;shy;ONT", "DUP&amp;amp;amp;shy;ONT",
		"DUP&#38;shy;ONT", "Dup&#38;#111;nt", "Dup&#x26;#111;nt",
		"Dup%256fnt", "DUP%26shy%3BONT", "DUP\\\\u00adONT",
		"&amp;#68;&amp;#85;&amp;#80;&amp;#79;&amp;#78;&amp;#84;",
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		form_gone(DUPONT, N(DUPONT), gone[i]);
	form_gone(VIGNERON, N(VIGNERON), "H&amp;eacute;l&amp;egrave;ne");
}

static void
test_cut_names(void **state)
{
	static const char *const gone[] = {
		"DU\\PONT", "DU|PONT", "DU_PONT", "DU-PONT", "DU/PONT",
		"DU*PONT", "DU+PONT", "DU~PONT", "DU^PONT", "DU#PONT",
		"DU:PONT", "DU=PONT", "DU.PONT", "DU,PONT", "DU;PONT",
		"DU!PONT", "DU?PONT", "DU'PONT", "DU\"PONT", "DU`PONT",
		"DU(PONT", "DU)PONT", "DU[PONT", "DU{PONT}", "DU<PONT",
		"DU>PONT", "DU@PONT", "DU$PONT", "Dup\\ont", "DUP ONT",
		"D u p o n t", "DUP\xc2\xb7ONT", "DUP\xe2\x80\xa2ONT",
		"DUP\xe2\x80\xa6ONT", "D*UPONT", "DUP\nONT", "DUP-\nONT",
		"DUP\r\nONT", "J\\ean", "Je|an",
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		form_gone(DUPONT, N(DUPONT), gone[i]);
	form_gone(VIGNERON, N(VIGNERON), "VIGN\\ERON");
	form_gone(VIGNERON, N(VIGNERON), "H\\\xc3\xa9l\xc3\xa8ne");
}

static void
test_formulas(void **state)
{
	static const char *const gone[] = {
		"=\"DUP\"&\"ONT\"", "=\"DU\"&\"PO\"&\"NT\"",
		"=CONCATENATE(\"DUP\";\"ONT\")", "=CONCATENATE(\"DUP\",\"ONT\")",
		"=CONCAT(\"DUP\"; \"ONT\")", "=CONCATENER(\"DUP\";\"ONT\")",
		"='DUP'&'ONT'", "=\"Dup\"&\"ont\"",
		"=TEXTJOIN(\"\";VRAI;\"DUP\";\"ONT\")",
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		form_gone(DUPONT, N(DUPONT), gone[i]);
}

static void
test_letters_drawn(void **state)
{
	(void)state;
	form_gone(VIGNERON, N(VIGNERON), "V1GN3R0N");
	form_gone(VIGNERON, N(VIGNERON), "VIGN3RON");
	form_gone(VIGNERON, N(VIGNERON), "V1GNERON");
	form_gone(DUPONT, N(DUPONT), "DUP0NT");
	form_gone(DUPONT, N(DUPONT), "TNOPUD");
	form_gone(DUPONT, N(DUPONT), "Tnopud");
	form_gone(DUPONT, N(DUPONT), "DDUUPPOONNTT");
	form_gone(VIGNERON, N(VIGNERON), "VIGNER0N");
	/* the row's name alone, an ordinary word: the whole comment */
	form_gone_in("VIGNERON", VIGNERON, N(VIGNERON), "VIGNERON");
	form_gone_in("Vigneron", VIGNERON, N(VIGNERON), "Vigneron");
	form_gone(VIGNERON, N(VIGNERON), "NORENGIV");
}

/* speed36a: row_name_pieces answers a word that is a part of four to
 * eight bytes with no digit itself (piece_list_at), a longer one through
 * piece_at: the name alone, reversed, doubled, of each length */
static void
test_part_lengths(void **state)
{
	static const struct detect_value PONT[] = {
		{ DETECT_IDENT_LAST_NAME, "PONT", 4 },
	};
	static const struct detect_value CHARPENTIER[] = {
		{ DETECT_IDENT_LAST_NAME, "CHARPENTIER", 11 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};

	(void)state;
	form_gone_in("Pont", PONT, N(PONT), "Pont");
	form_gone_in("PONT", PONT, N(PONT), "PONT");
	form_gone(PONT, N(PONT), "PPOONNTT");
	form_gone_in("Charpentier", CHARPENTIER, N(CHARPENTIER),
	    "Charpentier");
	form_gone_in("CHARPENTIER", CHARPENTIER, N(CHARPENTIER),
	    "CHARPENTIER");
	form_gone(CHARPENTIER, N(CHARPENTIER), "REITNEPRAHC");
	form_gone(CHARPENTIER, N(CHARPENTIER), "CHARP3NTIER");
	form_gone(CHARPENTIER, N(CHARPENTIER), "CHAR|PENTIER");
	form_gone(CHARPENTIER, N(CHARPENTIER), "EIRAM");
}

static void
test_nested_overrides(void **state)
{
	static const char *const gone[] = {
		RLO "TNO" LRO PDF "PUD" PDF, RLO "TNO" LRI PDI "PUD" PDF,
		RLO "TNO" RLE PDF "PUD" PDF, RLO "TNO" FSI PDI "PUD" PDF,
		RLO "TNO" LRE PDF "PUD", RLI RLO "TNOPUD" PDI,
		LRO RLO "TNOPUD" PDF PDF, RLE LRO "DUPONT" PDF PDF,
		RLO "x " RLO "TNOPUD" PDF " y" PDF,
		RLO "87 65 43 21 60" PDF,
	};
	static const char *const numbers[] = {
		"=\"06 12\"&\" 34 56 78\"", "=\"1840275\"&\"12345674\"",
		"1-8-4-0-2-7-5-1-2-3-4-5-6-7-4", "l84O2751234567 4",
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		form_gone(DUPONT, N(DUPONT), gone[i]);
	for (size_t i = 0; i < N(numbers); i++)
		form_gone(DUPONT, N(DUPONT), numbers[i]);
}

/* What stays: ordinary words cut by signs, escapes of signs, pieces of
 * the row's name that do not make it, in lower case with spaces */
static void
test_keeps(void **state)
{
	static const char *const kept[] = {
		"du pont", "pont", "DU", "et/ou",
	};

	(void)state;
	for (size_t i = 0; i < N(kept); i++) {
		char text[256];

		snprintf(text, sizeof(text), "Chute du pont, et/ou "
		    "DU PONTAGE vu.");
		test_row_word_kept(&test_default, &S, text, DUPONT, N(DUPONT),
		    kept[i]);
	}
	test_row_word_kept(&test_default, &S, "il tombe de la tour ce jour",
	    (const struct detect_value[]){ { DETECT_IDENT_LAST_NAME,
	    "DELATOUR", 8 } }, 1, "tour");
	test_row_word_kept(&test_default, &S, "HbA1c 7,2 % ce jour",
	    DUPONT, N(DUPONT), "HbA1c");
}

/* textnorm alone: the nested override's line in the order shown, mapped
 * whole to its first mark; an escape of an escape read as the letter
 * with its source bytes */
static void
test_textnorm_bytes(void **state)
{
	struct textnorm tn = { 0 };
	const char *bidi = "ok " RLO "TNO" LRO PDF "PUD" PDF " ok";
	const char *esc = "DUP&amp;shy;ONT ok";

	(void)state;
	tn.evasion = 1;
	assert_int_equal(textnorm_run(&tn, bidi, strlen(bidi)), 0);
	assert_int_equal(tn.changed, 1);
	assert_int_equal(tn.text.len, 12);
	assert_memory_equal(tn.text.data, "ok DUPONT ok", 12);
	assert_int_equal(textnorm_src_start(&tn, 3), 3);
	assert_int_equal(textnorm_src_end(&tn, 9), strlen(bidi) - 3);
	tn.escapes = 1;
	assert_int_equal(textnorm_run(&tn, esc, strlen(esc)), 0);
	assert_int_equal(tn.changed, 1);
	assert_memory_equal(tn.text.data, "DUPONT ok", 9);
	assert_int_equal(textnorm_src_start(&tn, 0), 0);
	assert_int_equal(textnorm_src_start(&tn, 3), 12);
	assert_int_equal(textnorm_src_end(&tn, 6), 15);
	/* R&amp;D: an escape of a sign, no letter: as written */
	assert_int_equal(textnorm_has_escape("R&amp;D", 7), 0);
	textnorm_free(&tn);
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_double_escapes),
		cmocka_unit_test(test_cut_names),
		cmocka_unit_test(test_formulas),
		cmocka_unit_test(test_letters_drawn),
		cmocka_unit_test(test_part_lengths),
		cmocka_unit_test(test_nested_overrides),
		cmocka_unit_test(test_keeps),
		cmocka_unit_test(test_textnorm_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
