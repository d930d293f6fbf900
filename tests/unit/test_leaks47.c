/* Unit tests of leaks47 (docs/threat-model.md "leaks47"): the row's
 * own name in the shapes leaks45 left.  1. Transliterated into Cyrillic
 * or Greek where the sound key reads too little ("Дюпо", "ΝΤΥΠΟ" of
 * DUPONT), and declined ("Дюпона").  2. Cut across cells with a space
 * inside one part ("MONT GOLF" | "IER").  3. In lower case after a
 * label of a form's person other than "nom" and "patient" ("Signataire :
 * vigneron", "Patient(e) : vigneron", "Nom, prénom : vigneron").  4. In
 * a word that mixes scripts, look-alikes and letters of their own script
 * ("MОNTGОLFIЕRы", "DUПОНТ"), in the cell or beside the cut ("MОНT" |
 * "GOLFIER", "МОНТ" | "GOLFIER").  Every gone piece was left raw on main
 * 137ee77d. */
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

static const struct detect_value VIG[] = {
	{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
	{ DETECT_IDENT_FIRST_NAME, "Marcelle", 8 },
};
static const struct detect_value DUP[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
};
static const struct detect_value MONTG[] = {
	{ DETECT_IDENT_LAST_NAME, "MONTGOLFIER", 11 },
	{ DETECT_IDENT_FIRST_NAME, "Lucienne", 8 },
};
static const struct detect_value MARTIN[] = {
	{ DETECT_IDENT_LAST_NAME, "MARTIN", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
};

/* A piece of cell j, given the cells around it as view.c gives them,
 * gone or kept (testlib test_cell_piece) */
#define GONE(...)	TEST_CELL_GONE(&S, __VA_ARGS__)
#define KEPT(...)	TEST_CELL_KEPT(&S, __VA_ARGS__)

/* 1. The row's surname written letter for letter in Cyrillic or Greek,
 * cut to its French sound, or declined. */
static void
test_translit(void **state)
{
	/* each text, and the word that must go */
	static const char *const gone[][2] = {
		{ "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe",
		    "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe" },	/* Дюпо */
		{ "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e",
		    "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e" },	/* ДЮПО */
		{ "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe \xd0\xb2\xd1\x87\xd0\xb5"
		    "\xd1\x80\xd0\xb0", "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe" },
		    /* Дюпо вчера */
		{ "\xd1\x83 \xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd\xd0\xb0",
		    "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd\xd0\xb0" },
		    /* у Дюпона */
		{ "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd\xd1\x83 \xd0\xbf"
		    "\xd0\xbb\xd0\xbe\xd1\x85\xd0\xbe",
		    "\xd0\x94\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd\xd1\x83" },
		    /* Дюпону плохо */
		{ "\xce\x9d\xcf\x84\xcf\x85\xcf\x80\xcf\x8c",
		    "\xce\x9d\xcf\x84\xcf\x85\xcf\x80\xcf\x8c" },	/* Ντυπό */
		{ "\xce\x9d\xce\xa4\xce\xa5\xce\xa0\xce\x9f",
		    "\xce\x9d\xce\xa4\xce\xa5\xce\xa0\xce\x9f" },	/* ΝΤΥΠΟ */
	};

	(void)state;
	for (size_t k = 0; k < N(gone); k++) {
		const char *w = gone[k][1];

		test_row_word_gone(&test_default, &S, gone[k][0], DUP, N(DUP),
		    w);
		/* a stranger's row keeps the word alone (in a sentence,
		 * a capitalized word of another script may be any name:
		 * detect_name.c's own rules) */
		if (strchr(gone[k][0], ' ') == NULL)
			test_row_word_kept(&test_default, &S, gone[k][0],
			    MARTIN, N(MARTIN), w);
	}
	/* "Депо" (a depot) shares the key D-P, not the letters; Russian
	 * and Greek clinical text */
	test_row_word_kept(&test_default, &S, "\xd0\x94\xd0\xb5\xd0\xbf\xd0\xbe",
	    DUP, N(DUP), "\xd0\x94\xd0\xb5\xd0\xbf\xd0\xbe");
	test_row_word_kept(&test_default, &S, "\xd0\xb4\xd0\xb5\xd0\xbf\xd0\xbe"
	    " \xd0\xb7\xd0\xb0\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\xd0\xbe", DUP,
	    N(DUP), "\xd0\xb4\xd0\xb5\xd0\xbf\xd0\xbe");
	/* (lower case "дюпо" goes since leaks48: test_leaks48.c) */
	test_row_word_kept(&test_default, &S, "\xd0\x91\xd0\xbe\xd0\xbb\xd1\x8c"
	    " \xd0\xb2 \xd0\xb6\xd0\xb8\xd0\xb2\xd0\xbe\xd1\x82\xd0\xb5, "
	    "\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb0\xd1\x82"
	    "\xd1\x83\xd1\x80\xd0\xb0 38.", DUP, N(DUP), "\xd0\x91\xd0\xbe\xd0\xbb\xd1\x8c");
	test_row_word_kept(&test_default, &S, "\xce\xa0\xcf\x8c\xce\xbd\xce\xbf"
	    "\xcf\x82 \xcf\x83\xcf\x84\xce\xb7\xce\xbd \xce\xba\xce\xbf\xce\xb9"
	    "\xce\xbb\xce\xb9\xce\xac.", DUP, N(DUP),
	    "\xce\xa0\xcf\x8c\xce\xbd\xce\xbf\xcf\x82");
	test_row_word_kept(&test_default, &S, "\xce\xb3GT \xc3\xa9lev\xc3\xa9" "e",
	    DUP, N(DUP), "\xce\xb3GT");
}

/* 2. A part cut in two words by one space, and at the cell. */
static void
test_space_cut(void **state)
{
	(void)state;
	GONE(MONTG, N(MONTG), 0, "MONT GOLF", "Vu MONT GOLF", "IER pour suivi");
	GONE(MONTG, N(MONTG), 1, "IER", "Vu MONT GOLF", "IER pour suivi");
	GONE(MONTG, N(MONTG), 0, "MONT", "Vu MONT", "GOLF IER ce jour");
	GONE(MONTG, N(MONTG), 1, "GOLF IER", "Vu MONT", "GOLF IER ce jour");
	GONE(MONTG, N(MONTG), 0, "mont golf", "vu mont golf", "ier");
	GONE(MONTG, N(MONTG), 1, "ier", "vu mont golf", "ier");
	GONE(MONTG, N(MONTG), 1, "IER", "Vu MONT. GOLF", "IER");
	/* keeps: another row; a line break or two spaces end the read;
	 * words that make no part */
	KEPT(MARTIN, N(MARTIN), 0, "MONT GOLF", "Vu MONT GOLF", "IER ok");
	KEPT(MARTIN, N(MARTIN), 1, "IER", "Vu MONT GOLF", "IER ok");
	KEPT(MONTG, N(MONTG), 1, "IER", "Vu MONT\nGOLF", "IER ok");
	KEPT(MONTG, N(MONTG), 1, "IER", "Vu MONT  GOLF", "IER ok");
	KEPT(MONTG, N(MONTG), 1, "IER", "Vu GOLF CLUB", "IER ok");
	KEPT(MONTG, N(MONTG), 0, "sortie demain", "sortie demain", "ok");
}

/* 3. The row's surname in lower case after a person's label. */
static void
test_person_label(void **state)
{
	static const char *const vig[] = {
		"Signataire : vigneron", "Sign\xc3\xa9 : vigneron",
		"Assur\xc3\xa9" "e : vigneron", "Usager : vigneron",
		"B\xc3\xa9n\xc3\xa9" "ficiaire : vigneron",
		"R\xc3\xa9sidente : vigneron", "identite: vigneron",
		"Patient(e) : vigneron", "Patient = vigneron",
		"Nom, pr\xc3\xa9nom : vigneron",
	};

	(void)state;
	for (size_t k = 0; k < N(vig); k++) {
		test_row_word_gone(&test_default, &S, vig[k], VIG, N(VIG),
		    "vigneron");
		test_row_word_kept(&test_default, &S, vig[k], DUP, N(DUP),
		    "vigneron");
	}
	/* a label that is not a person's keeps the noun (leaks45) */
	test_row_word_kept(&test_default, &S, "Repas : vigneron", VIG, N(VIG),
	    "vigneron");
	test_row_word_kept(&test_default, &S, "Contact : vigneron", VIG,
	    N(VIG), "vigneron");
	test_row_word_kept(&test_default, &S, "le vigneron signe le bon",
	    VIG, N(VIG), "vigneron");
}

/* 4. Words of two scripts, in the cell and beside the cut. */
static void
test_mixed_script(void **state)
{
	/* M, Cyrillic O, NTG, Cyrillic O, LFI, Cyrillic IE, R, Cyrillic YERU */
	static const char mg[] = "M\xd0\x9eNTG\xd0\x9eLFI\xd0\x95R\xd1\x8b";
	/* DU, Cyrillic PE O EN TE */
	static const char du[] = "DU\xd0\x9f\xd0\x9e\xd0\x9d\xd0\xa2";
	/* dup, Cyrillic o, n, Cyrillic te */
	static const char dl[] = "dup\xd0\xben\xd1\x82";

	(void)state;
	test_row_word_gone(&test_default, &S, "vu M\xd0\x9eNTG\xd0\x9eLFI\xd0\x95"
	    "R\xd1\x8b ce jour", MONTG, N(MONTG), mg);
	test_row_word_gone(&test_default, &S, "vu DU\xd0\x9f\xd0\x9e\xd0\x9d"
	    "\xd0\xa2", DUP, N(DUP), du);
	test_row_word_gone(&test_default, &S, "vu dup\xd0\xben\xd1\x82", DUP,
	    N(DUP), dl);
	test_row_word_kept(&test_default, &S, "vu DU\xd0\x9f\xd0\x9e\xd0\x9d"
	    "\xd0\xa2", MARTIN, N(MARTIN), du);
	/* beside the cut: M, Cyrillic O EN, T | GOLFIER; Cyrillic EM O EN
	 * TE | GOLFIER */
	GONE(MONTG, N(MONTG), 0, "M\xd0\x9e\xd0\x9dT", "vu M\xd0\x9e\xd0\x9dT",
	    "GOLFIER ce jour");
	GONE(MONTG, N(MONTG), 1, "GOLFIER", "vu M\xd0\x9e\xd0\x9dT",
	    "GOLFIER ce jour");
	GONE(MONTG, N(MONTG), 1, "GOLFIER",
	    "vu \xd0\x9c\xd0\x9e\xd0\x9d\xd0\xa2", "GOLFIER ce jour");
	/* keeps: another row; a Russian word at the cut */
	KEPT(MARTIN, N(MARTIN), 1, "GOLFIER", "vu \xd0\x9c\xd0\x9e\xd0\x9d"
	    "\xd0\xa2", "GOLFIER ok");
	KEPT(MONTG, N(MONTG), 1, "GOLFIER", "vu \xd0\x9c\xd0\x98\xd0\xa0",
	    "GOLFIER ok");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_translit),
		cmocka_unit_test(test_space_cut),
		cmocka_unit_test(test_person_label),
		cmocka_unit_test(test_mixed_script),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
