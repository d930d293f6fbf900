/* Unit tests of leaks48 (docs/threat-model.md "leaks48"): the channels
 * leaks47 and redteam47 left.  1. The transliterator fails closed: a
 * process whose ICU cannot open it does not start (detect_prepare) and a
 * cell that asks it fails (-EIO).  2. The row's surname in Cyrillic or
 * Greek lower case cut to its French sound ("дюпо").  3. A phone or a
 * NIR said in French words, or words and digits mixed ("06 douze 34
 * cinquante-six 78", "un, quatre-vingt-quatre, zéro deux, ...").  Every
 * gone form was left raw on main b523b856. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

static const struct detect_value DUP[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
};
static const struct detect_value MONTG[] = {
	{ DETECT_IDENT_LAST_NAME, "MONTGOLFIER", 11 },
	{ DETECT_IDENT_FIRST_NAME, "Lucienne", 8 },
};
static const struct detect_value MARTIN[] = {
	{ DETECT_IDENT_LAST_NAME, "MARTIN", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
};

/* 1. ICU cannot open the transliterator (the tests' fault): the program
 * does not start, naming it, and a cell that asks fails.  In a child:
 * the transliterator is made once a process. */
static void
test_translit_fault(void **state)
{
	pid_t pid;
	int st = 0;

	(void)state;
	fflush(NULL);
	if ((pid = fork()) == 0) {
		struct detect_scratch c = { 0 };
		const char *what = NULL, *w = "vu \xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe";
		int r;

		setenv("PSEUDONYMFS_TEST_FAULT", "translit", 1);
		r = detect_prepare(&what);
		if (r != -EIO || what == NULL ||
		    strstr(what, "transliterator") == NULL)
			_exit(2);
		/* a cell run without detect_prepare's start (Дюпо in
		 * DUPONT's row): fails, no span left to trust */
		if (detect_run(&test_default, w, strlen(w), DUP, N(DUP),
		    &c) != -EIO)
			_exit(3);
		/* a cell with no word of those scripts is not asked */
		if (detect_run(&test_default, "vu ce jour", 10, DUP, N(DUP),
		    &c) != 0)
			_exit(4);
		detect_scratch_free(&c);
		_exit(0);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	/* and without the fault, it opens */
	{
		const char *what = NULL;

		assert_int_equal(detect_prepare(&what), 0);
	}
}

/* 2. Lower case, the French sound, Cyrillic and Greek. */
static void
test_lower_sound(void **state)
{
	static const char *const gone[][2] = {
		{ "\xd0\xb4\xd1\x8e\xd0\xbf\xd0\xbe",
		    "\xd0\xb4\xd1\x8e\xd0\xbf\xd0\xbe" },	/* дюпо */
		{ "vu \xd0\xb4\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd hier",
		    "\xd0\xb4\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd" },	/* дюпон */
		{ "\xd0\xbf\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82 "
		    "\xd0\xb4\xd1\x8e\xd0\xbf\xd0\xbe",
		    "\xd0\xb4\xd1\x8e\xd0\xbf\xd0\xbe" },	/* пациент дюпо */
		{ "\xce\xbd\xcf\x84\xcf\x85\xcf\x80\xcf\x8c",
		    "\xce\xbd\xcf\x84\xcf\x85\xcf\x80\xcf\x8c" },	/* ντυπό */
	};

	(void)state;
	for (size_t k = 0; k < N(gone); k++) {
		test_row_word_gone(&test_default, &S, gone[k][0], DUP, N(DUP),
		    gone[k][1]);
		test_row_word_kept(&test_default, &S, gone[k][0], MARTIN,
		    N(MARTIN), gone[k][1]);
	}
	/* depo (a depot), Russian clinical text, declined lower case */
	test_row_word_kept(&test_default, &S, "\xd0\xb4\xd0\xb5\xd0\xbf\xd0\xbe"
	    " \xd0\xb7\xd0\xb0\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\xd0\xbe", DUP,
	    N(DUP), "\xd0\xb4\xd0\xb5\xd0\xbf\xd0\xbe");
	test_row_word_kept(&test_default, &S, "\xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c"
	    " \xd0\xb2 \xd0\xb6\xd0\xb8\xd0\xb2\xd0\xbe\xd1\x82\xd0\xb5", DUP,
	    N(DUP), "\xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c");
}

/* 2b. The surname cut across two cells in Cyrillic, by its French sound
 * (Монгольфье: the soft sign before a vowel is French's i), and a mixed
 * neighbour word with letters beyond the part. */
#define MONT	"\xd0\x9c\xd0\x9e\xd0\x9d\xd0\xa2"		/* МОНТ */
#define GOLF	"\xd0\x93\xd0\x9e\xd0\x9b\xd0\xac\xd0\xa4\xd0\xac\xd0\x95" /* ГОЛЬФЬЕ */
#define mont	"\xd0\xbc\xd0\xbe\xd0\xbd\xd1\x82"		/* монт */
#define golf	"\xd0\xb3\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x84\xd1\x8c\xd0\xb5" /* гольфье */
#define IERZH	"\xd0\x86\xd0\x95R\xd0\xb6\xd0\xb8"		/* ІЕRжи */

static void
test_cut_sound(void **state)
{
	(void)state;
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 1, GOLF, 1,
	    "vu " MONT, GOLF " hier");
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 0, MONT, 1,
	    "vu " MONT, GOLF " hier");
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 0, mont, 1,
	    mont, golf);
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 1, golf, 1,
	    mont, golf);
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 0, "MONTGOLF", 1,
	    "MONTGOLF", IERZH);
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 1, IERZH, 1,
	    "MONTGOLF", IERZH);
	/* keeps: a stranger's row; pieces that make no part; a Latin
	 * neighbour with letters beyond it */
	TEST_CELL_PIECE(&test_default, &S, MARTIN, N(MARTIN), 0, MONT, 0,
	    "vu " MONT, GOLF " hier");
	TEST_CELL_PIECE(&test_default, &S, MARTIN, N(MARTIN), 0, mont, 0,
	    mont, golf);
	TEST_CELL_PIECE(&test_default, &S, MARTIN, N(MARTIN), 1, golf, 0,
	    mont, golf);
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 1,
	    "\xd0\xb3\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x84", 0, "vu " mont,
	    "\xd0\xb3\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x84 hier");	/* гольф */
	TEST_CELL_PIECE(&test_default, &S, MONTG, N(MONTG), 1, "IERES", 0,
	    "MONTGOLF", "IERES");
}

/* 3. Phones and NIRs said in words, digits mixed in. */
static void
test_spoken_numbers(void **state)
{
	static const char *const gone[][2] = {
		{ "Rappeler au 06 douze 34 cinquante-six 78 demain.",
		    "06 douze 34 cinquante-six 78" },
		{ "tel zéro six, douze, trente-quatre, cinquante-six, "
		    "soixante-dix-huit svp",
		    "z\xc3\xa9ro six, douze, trente-quatre, cinquante-six, "
		    "soixante-dix-huit" },
		{ "joindre le 06 12 trente-quatre 56 78",
		    "06 12 trente-quatre 56 78" },
		{ "le zéro six 12 34 56 soixante-dix-huit",
		    "z\xc3\xa9ro six 12 34 56 soixante-dix-huit" },
		/* another phone (not the row's): valid shape */
		{ "sa fille au 07 onze 22 trente-trois 44",
		    "07 onze 22 trente-trois 44" },
		/* the NIR, group by group, in words and mixed */
		{ "NIR un, quatre-vingt-quatre, zéro deux, soixante-quinze, "
		    "cent vingt-trois, quatre cent cinquante-six, "
		    "soixante-quatorze.",
		    "un, quatre-vingt-quatre, z\xc3\xa9ro deux, soixante-quinze, "
		    "cent vingt-trois, quatre cent cinquante-six, "
		    "soixante-quatorze" },
		{ "secu 1 quatre-vingt-quatre 02 soixante-quinze 123 456 74",
		    "1 quatre-vingt-quatre 02 soixante-quinze 123 456 74" },
		{ "numéro un quatre-vingt-quatre zéro deux soixante-quinze "
		    "cent vingt-trois quatre cent cinquante-six fin",
		    "un quatre-vingt-quatre z\xc3\xa9ro deux soixante-quinze "
		    "cent vingt-trois quatre cent cinquante-six" },
		/* another's NIR with a valid key */
		{ "NIR deux, quatre-vingt-onze, dix, treize, zéro cinquante-"
		    "cinq, zéro quarante-deux, cinquante-sept.",
		    "deux, quatre-vingt-onze, dix, treize, z\xc3\xa9ro cinquante-"
		    "cinq, z\xc3\xa9ro quarante-deux, cinquante-sept" },
	};
	static const char *const kept[] = {
		"deux comprim\xc3\xa9s le matin, trente ans de tabac.",
		"un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix",
		"Patient de soixante-dix-huit ans, 2 cp matin et soir.",
		"trois fois par jour pendant dix jours, puis deux fois",
		"le 06 douze mars, revu le 34 ?",
		"zéro six douze trente-quatre",	/* eight digits */
		/* fifteen digits, a wrong key */
		"deux, quatre-vingt-onze, dix, treize, z\xc3\xa9ro cinquante-"
		    "cinq, z\xc3\xa9ro quarante-deux, cinquante-huit",
		/* thirteen, not the row's */
		"un quatre-vingt-quatre zéro deux soixante-quinze cent "
		    "vingt-trois quatre cent cinquante-sept",
	};

	(void)state;
	for (size_t k = 0; k < N(gone); k++)
		test_row_form_gone_in(&test_default, &S, gone[k][0], DUP,
		    N(DUP), gone[k][1]);
	/* (and in a stranger's row: a valid phone or NIR is anyone's) */
	test_row_form_gone_in(&test_default, &S, gone[0][0], MARTIN,
	    N(MARTIN), gone[0][1]);
	test_row_form_gone_in(&test_default, &S, gone[5][0], MARTIN,
	    N(MARTIN), gone[5][1]);
	for (size_t k = 0; k < N(kept); k++) {
		assert_int_equal(detect_run(&test_default, kept[k],
		    strlen(kept[k]), DUP, N(DUP), &S), 0);
		for (size_t x = 0; x < S.nspans; x++)
			if (S.spans[x].kind == DETECT_PHONE ||
			    S.spans[x].kind == DETECT_NIR) {
				print_error("\"%s\": a span %zu-%zu\n", kept[k],
				    S.spans[x].start, S.spans[x].end);
				fail();
			}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_translit_fault),
		cmocka_unit_test(test_lower_sound),
		cmocka_unit_test(test_cut_sound),
		cmocka_unit_test(test_spoken_numbers),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
