/* Unit tests of the thirty-fourth hostile pass (docs/threat-model.md
 * "hostile34"): the row's own values hidden in forms hostile33 left.
 * Went through raw on main:
 * - a name glued to letters by an override ("x<RLO>TNOPUD<PDF>y", shown
 *   xDUPONTy);
 * - a NIR backwards ("476543215720481"), or with a sign between every
 *   digit when its key is not valid ("1-7-2-0-3-9-9-1-2-3-4-5-6-1-1"); a
 *   phone or IPP backwards;
 * - a part of two or three letters cut by a sign ("NO-E", "Ev|a");
 * - the name in Cyrillic or Greek by sound or letter by letter ("ДЮПОН",
 *   "ΝΤΙΠΟΝ", "Жан", "ЕВА").
 * Each negative: every letter or digit of the form inside a span (the
 * scrub replaces spans: none of the raw value is left; testlib.c
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

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

#define RLO	"\xe2\x80\xae"
#define RLE	"\xe2\x80\xab"
#define PDF	"\xe2\x80\xac"
#define RLI	"\xe2\x81\xa7"
#define PDI	"\xe2\x81\xa9"

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

/* a NIR whose key is not valid: only the row says it is one */
static const struct detect_value MARCHAND[] = {
	{ DETECT_IDENT_LAST_NAME, "MARCHAND", 8 },
	{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
	{ DETECT_IDENT_NIR, "172039912345611", 15 },
};

static const struct detect_value NOE[] = {
	{ DETECT_IDENT_LAST_NAME, "NOE", 3 },
	{ DETECT_IDENT_FIRST_NAME, "Eva", 3 },
};

/* testlib's, in this file's mode and scratch */
#define form_gone_in(text, row, nrow, form) \
	test_row_form_gone_in(&test_default, &S, (text), (row), (nrow), (form))
#define form_gone(row, nrow, form) \
	test_row_form_gone(&test_default, &S, (row), (nrow), (form))

/* The override's bytes only (the letters glued outside its marks are
 * not the name) */
static void
override_gone(const struct detect_value *row, size_t nrow, const char *pre,
    const char *form, const char *post)
{
	char text[512];

	snprintf(text, sizeof(text), "%s%s%s", pre, form, post);
	form_gone_in(text, row, nrow, form);
	snprintf(text, sizeof(text), "Vu ce jour %s%s%s pour suivi.", pre, form,
	    post);
	form_gone_in(text, row, nrow, form);
}

static void
test_glued_override(void **state)
{
	(void)state;
	override_gone(DUPONT, N(DUPONT), "x", RLO "TNOPUD" PDF, "y");
	override_gone(DUPONT, N(DUPONT), "ab", RLO "TNOPUD" PDF, "cd");
	override_gone(DUPONT, N(DUPONT), "x", RLO "tnopuD" PDF, "");
	override_gone(DUPONT, N(DUPONT), "x", RLO "NAEJ" PDF, "y");
	override_gone(DUPONT, N(DUPONT), "x", RLE RLO "TNOPUD" PDF PDF, "y");
	override_gone(MARCHAND, N(MARCHAND), "x", RLO "DNAHCRAM" PDF, "y");
	/* the override holds the glued letters too */
	form_gone(DUPONT, N(DUPONT), RLO "x" RLO "TNOPUD" PDF "y" PDF);
	/* a run of one set apart stays glued: the name around it */
	form_gone(DUPONT, N(DUPONT), RLO "TNO" RLI "x" PDI "PUD" PDF);
}

static void
test_numbers(void **state)
{
	static const char *const dupont[] = {
		"476543215720481", "476 543 215 720 481", "87 65 43 21 60",
		"8765432160", "654321",
	};
	static const char *const marchand[] = {
		"1-7-2-0-3-9-9-1-2-3-4-5-6-1-1", "1.7.2.0.3.9.9.1.2.3.4.5.6.1.1",
		"1 7 2 0 3 9 9 1 2 3 4 5 6 1 1", "1|7|2|0|3|9|9|1|2|3|4|5|6|1|1",
		"1_7_2_0_3_9_9_1_2_3_4_5_6_1_1", "1*7*2*0*3*9*9*1*2*3*4*5*6*1*1",
		"1- 7- 2- 0- 3- 9- 9- 1- 2- 3- 4- 5- 6- 1- 1",
		"116543219930271", "116 543 219 930 271",
	};

	(void)state;
	for (size_t i = 0; i < N(dupont); i++)
		form_gone(DUPONT, N(DUPONT), dupont[i]);
	for (size_t i = 0; i < N(marchand); i++)
		form_gone(MARCHAND, N(MARCHAND), marchand[i]);
}

static void
test_short_parts(void **state)
{
	static const char *const gone[] = {
		"NO-E", "N-OE", "NO|E", "NO/E", "NO\\E", "NO_E", "NO*E", "NO.E",
		"N|oe", "No|e", "=\"NO\"&\"E\"", "E-VA", "EV|A", "E\\VA", "Ev|a",
		"E|va", "=\"E\"&\"VA\"", "=\"Ev\"&\"a\"",
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		form_gone(NOE, N(NOE), gone[i]);
}

static void
test_script_names(void **state)
{
	static const char *const dupont[] = {
		"\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d",	/* ДЮПОН */
		"\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd",	/* Дюпон */
		"\xd0\x94\xd0\xa3\xd0\x9f\xd0\x9e\xd0\x9d\xd0\xa2",	/* ДУПОНТ */
		"\xce\x9d\xce\xa4\xce\x99\xce\xa0\xce\x9f\xce\x9d",	/* ΝΤΙΠΟΝ */
		"\xce\x9d\xcf\x84\xce\xb9\xcf\x80\xcf\x8c\xce\xbd",	/* Ντιπόν */
		"\xd0\x96\xd0\xb0\xd0\xbd",			/* Жан */
		"\xce\x96\xce\xb1\xce\xbd",			/* Ζαν */
	};
	static const char *const marchand[] = {
		"\xd0\x9c\xd0\x90\xd0\xa0\xd0\xa8\xd0\x90\xd0\x9d",	/* МАРШАН */
		"\xce\x9c\xce\x91\xce\xa1\xce\xa3\xce\x91\xce\x9d",	/* ΜΑΡΣΑΝ */
		"\xd0\x9f\xd0\xbe\xd0\xbb\xd1\x8c",		/* Поль */
		"\xce\xa0\xcf\x89\xce\xbb",			/* Πωλ */
		"\xce\xa0\xce\x91\xce\xa5\xce\x9b",		/* ΠΑΥΛ */
	};
	static const char *const noe[] = {
		"\xd0\x95\xd0\x92\xd0\x90",			/* ЕВА (look-alikes) */
		"\xd0\x95\xd0\xb2\xd0\xb0",			/* Ева */
		"\xce\x95\xcf\x8d\xce\xb1",			/* Εύα */
		"\xd0\x9d\xd0\x9e\xd0\xad",			/* НОЭ */
	};

	(void)state;
	for (size_t i = 0; i < N(dupont); i++)
		form_gone(DUPONT, N(DUPONT), dupont[i]);
	for (size_t i = 0; i < N(marchand); i++)
		form_gone(MARCHAND, N(MARCHAND), marchand[i]);
	for (size_t i = 0; i < N(noe); i++)
		form_gone(NOE, N(NOE), noe[i]);
}

/* What stays: numbers and signs of no row value, particles and words
 * cut by a sign that make no short part, Greek of units and analytes,
 * Cyrillic and Greek words that are not the row's name */
static void
test_keeps(void **state)
{
	(void)state;
	test_row_word_kept(&test_default, &S,
	    "Posologie 1-0-1 pendant 7 jours", DUPONT, N(DUPONT), "1-0-1");
	test_row_word_kept(&test_default, &S, "Plan NO-GO ce jour", NOE,
	    N(NOE), "NO-GO");
	test_row_word_kept(&test_default, &S, "Vu en A/E ce jour", NOE,
	    N(NOE), "A/E");
	test_row_word_kept(&test_default, &S, "D.U. de g\xc3\xa9riatrie",
	    (const struct detect_value[]){ { DETECT_IDENT_LAST_NAME, "DU", 2 } },
	    1, "D.U.");
	test_row_word_kept(&test_default, &S, "il l'a vu ce jour",
	    (const struct detect_value[]){ { DETECT_IDENT_LAST_NAME, "LA", 2 } },
	    1, "l'a");
	test_row_word_kept(&test_default, &S, "\xce\xb3GT 45 UI/L, 5 \xce\xbcg",
	    DUPONT, N(DUPONT), "\xce\xb3GT");
	/* "привет", "лечение", "πολυ" (poly) beside a row DUPONT Jean,
	 * MARCHAND Paul: no sound of the row's names.  (Capitalized, a
	 * word of another script in a French comment is names40's name
	 * with no cue, taken on purpose: scan_script_names.) */
	test_row_word_kept(&test_default, &S,
	    "Il dit \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 ce jour",
	    DUPONT, N(DUPONT), "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82");
	/* (lower case: capitalized after "Vu," it is names40's name in
	 * another script, taken on purpose: scan_script_names) */
	test_row_word_kept(&test_default, &S, "Vu, \xd0\xbb\xd0\xb5\xd1\x87"
	    "\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 ce jour", DUPONT, N(DUPONT),
	    "\xd0\xbb\xd0\xb5\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5");
	test_row_word_kept(&test_default, &S, "\xcf\x80\xce\xbf\xce\xbb\xcf\x85 ok",
	    MARCHAND, N(MARCHAND), "\xcf\x80\xce\xbf\xce\xbb\xcf\x85");
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_glued_override),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_short_parts),
		cmocka_unit_test(test_script_names),
		cmocka_unit_test(test_keeps),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
