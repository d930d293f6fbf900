/* Unit tests of leaks45 (docs/threat-model.md "leaks45"): the low leaks
 * hostile36, xcell43 and rowvar43 left.  1. The row's own surname, an
 * ordinary word, the only word in brackets in any case ("(vigneron)") or
 * a proper noun alone after a label's colon ("Repas : Pigeon"); a
 * stranger's row keeps the word.  2. A row value cut into pieces of four
 * letters or more parted by signs inside a cell, the rest in the next
 * ("MONT.GOLF" | "IER").  3. Look-alike letters of other scripts
 * (Cyrillic, Greek) in a neighbour's piece ("MON<Cyrillic T>" |
 * "GOLFIER").  Every gone piece was left raw on main 33759149. */
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
static const struct detect_value PIG[] = {
	{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
};
static const struct detect_value OTHER[] = {
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

/* 1. The row's surname in brackets alone, in any case, or a proper
 * noun alone after a label's colon. */
static void
test_own_word_cued(void **state)
{
	static const char *const vig[] = {
		"vu ce jour (vigneron)", "RAS (vigneron) rappel demain",
		"vu ce jour [vigneron]", "vu ce jour ( vigneron )",
		"Contact : Vigneron", "Contact: VIGNERON.",
		"Signataire : Vigneron\nRAS",
	};
	static const char *const pig[] = {
		"Repas : Pigeon", "collation (pigeon)", "Repas : PIGEON",
		"visite (Pigeon) ce jour",
	};

	(void)state;
	for (size_t k = 0; k < N(vig); k++) {
		const char *w = strstr(vig[k], "vigneron") ? "vigneron" :
		    strstr(vig[k], "VIGNERON") ? "VIGNERON" : "Vigneron";

		test_row_word_gone(&test_default, &S, vig[k], VIG, N(VIG), w);
		/* a stranger's row keeps the word */
		test_row_word_kept(&test_default, &S, vig[k], OTHER,
		    N(OTHER), w);
	}
	for (size_t k = 0; k < N(pig); k++) {
		const char *w = strstr(pig[k], "pigeon") ? "pigeon" :
		    strstr(pig[k], "PIGEON") ? "PIGEON" : "Pigeon";

		test_row_word_gone(&test_default, &S, pig[k], PIG, N(PIG), w);
		test_row_word_kept(&test_default, &S, pig[k], OTHER,
		    N(OTHER), w);
	}
	/* the noun: with other words in the brackets, in lower case after
	 * a label that is not a name's, in a list after the colon */
	test_row_word_kept(&test_default, &S, "collation (pigeon r\xc3\xb4ti)",
	    PIG, N(PIG), "pigeon");
	test_row_word_kept(&test_default, &S, "Repas : pigeon", PIG, N(PIG),
	    "pigeon");
	test_row_word_kept(&test_default, &S, "Repas : Pigeon, haricots",
	    PIG, N(PIG), "Pigeon");
	test_row_word_kept(&test_default, &S, "le vigneron (voisin) est "
	    "venu", VIG, N(VIG), "vigneron");
}

/* 2. Pieces of four letters or more parted by signs, the rest of the
 * value in the next cell (or the cell before). */
static void
test_long_pieces(void **state)
{
	(void)state;
	GONE(MONTG, N(MONTG), 0, "MONT.GOLF", "Vu MONT.GOLF", "IER pour suivi");
	GONE(MONTG, N(MONTG), 1, "IER", "Vu MONT.GOLF", "IER pour suivi");
	GONE(MONTG, N(MONTG), 0, "MONT-GOLF", "Vu MONT-GOLF", "IER");
	GONE(MONTG, N(MONTG), 1, "IER", "Vu MONT-GOLF", "IER");
	GONE(MONTG, N(MONTG), 1, "IER", "Vu MONT/GOLF", "IER");
	GONE(MONTG, N(MONTG), 0, "mont.golf", "vu mont.golf", "ier");
	GONE(MONTG, N(MONTG), 1, "ier", "vu mont.golf", "ier");
	/* the long pieces after the cut */
	GONE(MONTG, N(MONTG), 0, "MONT", "Vu MONT", "GOLF.IER ce jour");
	GONE(MONTG, N(MONTG), 1, "GOLF.IER", "Vu MONT", "GOLF.IER ce jour");
	/* three long pieces and a middle cell */
	GONE(MONTG, N(MONTG), 1, "GOLF", "Vu MONT", "GOLF", "IER revu");
	GONE(MONTG, N(MONTG), 0, "MONT", "Vu MONT", "GOLF", "IER revu");
	/* keeps: another row, pieces that make no value, a space between
	 * two long words ends the read */
	KEPT(MARTIN, N(MARTIN), 0, "MONT.GOLF", "Vu MONT.GOLF", "IER ok");
	KEPT(MARTIN, N(MARTIN), 1, "IER", "Vu MONT.GOLF", "IER ok");
	KEPT(MONTG, N(MONTG), 1, "IER", "Vu GOLF.CLUB", "IER ok");
	KEPT(MONTG, N(MONTG), 0, "sortie.demain", "sortie.demain", "ok");
	KEPT(MONTG, N(MONTG), 1, "IER", "MONT.GOLF puis", "IER ok");
}

/* 3. Look-alike letters of other scripts in a neighbour's piece. */
static void
test_confusables(void **state)
{
	(void)state;
	/* MON + Cyrillic TE | GOLFIER */
	GONE(MONTG, N(MONTG), 1, "GOLFIER", "Vu MON\xd0\xa2", "GOLFIER ce jour");
	/* Greek capitals MU OMICRON NU TAU | GOLFIER */
	GONE(MONTG, N(MONTG), 1, "GOLFIER",
	    "Vu \xce\x9c\xce\x9f\xce\x9d\xce\xa4", "GOLFIER ce jour");
	/* MONTGOLF | Cyrillic I, IE + R after the cut */
	GONE(MONTG, N(MONTG), 0, "MONTGOLF", "Vu MONTGOLF",
	    "\xd0\x86\xd0\x95R ce jour");
	/* with long pieces: MON<TE>.GOLF | IER */
	GONE(MONTG, N(MONTG), 1, "IER", "Vu MON\xd0\xa2.GOLF", "IER");
	/* keeps: another row, a Russian word that draws no value */
	KEPT(MARTIN, N(MARTIN), 1, "GOLFIER", "Vu MON\xd0\xa2", "GOLFIER ok");
	KEPT(MONTG, N(MONTG), 1, "GOLFIER", "Vu \xd0\x9c\xd0\x98\xd0\xa0",
	    "GOLFIER ok");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_own_word_cued),
		cmocka_unit_test(test_long_pieces),
		cmocka_unit_test(test_confusables),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
