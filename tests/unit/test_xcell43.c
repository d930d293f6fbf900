/* Unit tests of xcell43 (docs/threat-model.md "xcell43"): what xcell38's
 * read of a row value cut across the row's scrubbed cells left open.
 * Letters parted by signs inside a neighbour or the cell ("D.U.P" |
 * "ONT", "D-U-P" | "O-N-T", "D U P" | "ONT"); a neighbour's part in
 * other digits than ASCII (full-width, Arabic-Indic, Devanagari); a
 * Corsican NIR (2A, 2B) cut across cells; a value spread over more than
 * six cells a side.  Each went through raw on main e7f8feb0.  Keeps:
 * ordinary dotted abbreviations, letters that make another row's name,
 * the same shapes for numbers of no row value. */
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
#include "ops.h"
#include "policy.h"
#include "scrub.h"
#include "../../src/policy_column.h"	/* white-box: a column's fields */

static struct detect_scratch S;

#define NROW	5

static const struct detect_value DUPONT[NROW] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

static const struct detect_value NOE[2] = {
	{ DETECT_IDENT_LAST_NAME, "NOE", 3 },
	{ DETECT_IDENT_FIRST_NAME, "Eva", 3 },
};

/* a Corsican patient: NIR of d\xc3\xa9partement 2A, another of 2B */
static const struct detect_value CORSE[3] = {
	{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
	{ DETECT_IDENT_NIR, "2 84 02 2A 123 456 81", 21 },
	{ DETECT_IDENT_ID, "987654", 6 },
};
static const struct detect_value CORSE13[2] = {
	{ DETECT_IDENT_LAST_NAME, "MARTIN", 6 },
	{ DETECT_IDENT_NIR, "184022B123456", 13 },
};

/* another patient, for letters that happen to make part of a name */
static const struct detect_value MARTIN[2] = {
	{ DETECT_IDENT_LAST_NAME, "MARTIN", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
};

#define GONE(...)	TEST_CELL_GONE(&S, __VA_ARGS__)
#define KEPT(...)	TEST_CELL_KEPT(&S, __VA_ARGS__)

/* 1. Letters parted by signs across a cut, in the neighbour or in the
 * cell itself. */
static void
test_signed_letters(void **state)
{
	(void)state;
	GONE(DUPONT, NROW, 1, "ONT", "Vu D.U.P", "ONT pour suivi");
	GONE(DUPONT, NROW, 0, "D.U.P", "Vu D.U.P", "ONT pour suivi");
	GONE(DUPONT, NROW, 0, "D.U.P.", "Vu D.U.P.", "O.N.T. pour suivi");
	GONE(DUPONT, NROW, 1, "O.N.T", "Vu D.U.P.", "O.N.T. pour suivi");
	GONE(DUPONT, NROW, 0, "D-U-P", "Vu D-U-P", "O-N-T pour suivi");
	GONE(DUPONT, NROW, 1, "O-N-T", "Vu D-U-P", "O-N-T pour suivi");
	GONE(DUPONT, NROW, 0, "D U P", "Vu D U P", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu D U P", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DU-P", "ONT");
	GONE(DUPONT, NROW, 0, "DU", "vu DU", "P.O.N.T ce jour");
	GONE(DUPONT, NROW, 1, "P.O.N.T", "vu DU", "P.O.N.T ce jour");
	/* lower case, a name of four letters or more */
	GONE(DUPONT, NROW, 1, "o.n.t", "vu d.u.p", "o.n.t.");
	/* and over three cells: the middle cell's letters parted too */
	GONE(DUPONT, NROW, 1, "P.O", "vu D.U", "P.O", "N.T hier");
	GONE(DUPONT, NROW, 2, "N.T", "vu D.U", "P.O", "N.T hier");
	/* a short part in capitals, all pieces in capitals */
	GONE(NOE, 2, 1, "O.E", "vu N", "O.E ce jour");
}

/* 2. A neighbour's digits in another script (its bytes are not
 * normalized; the cell's own are). */
static void
test_other_digits(void **state)
{
	(void)state;
	/* full-width 06 12 | 34 56 78 */
	GONE(DUPONT, NROW, 1, "34 56 78", "tel \xef\xbc\x90\xef\xbc\x96 "
	    "\xef\xbc\x91\xef\xbc\x92", "34 56 78");
	/* Arabic-Indic */
	GONE(DUPONT, NROW, 1, "34 56 78", "tel \xd9\xa0\xd9\xa6 \xd9\xa1\xd9\xa2",
	    "34 56 78");
	/* Devanagari after: 06 12 | ३४ ५६ ७८ */
	GONE(DUPONT, NROW, 0, "06 12", "tel 06 12", "\xe0\xa5\xa9\xe0\xa5\xaa "
	    "\xe0\xa5\xab\xe0\xa5\xac \xe0\xa5\xad\xe0\xa5\xae");
	/* a NIR: full-width body, ASCII rest */
	GONE(DUPONT, NROW, 1, "456 74", "NIR \xef\xbc\x91\xef\xbc\x98\xef\xbc\x94"
	    "\xef\xbc\x90\xef\xbc\x92\xef\xbc\x97\xef\xbc\x95 \xef\xbc\x91"
	    "\xef\xbc\x92\xef\xbc\x93", "456 74");
}

/* 3. A Corsican NIR cut across cells. */
static void
test_corsica(void **state)
{
	(void)state;
	GONE(CORSE, 3, 0, "2A", "NIR 2 84 02 2A", "123 456 81 vu");
	GONE(CORSE, 3, 1, "123 456 81", "NIR 2 84 02 2A", "123 456 81 vu");
	GONE(CORSE, 3, 0, "2 84 02", "NIR 2 84 02", "2A 123 456 81");
	GONE(CORSE, 3, 1, "2A 123 456 81", "NIR 2 84 02", "2A 123 456 81");
	GONE(CORSE, 3, 1, "2a123", "NIR 28402", "2a123 45681");
	/* without its key, and the key computed with 2A read 19 */
	GONE(CORSE, 3, 1, "123 456", "NIR 2 84 02 2A", "123 456");
	/* a row NIR of 13 (2B): the text with its key */
	GONE(CORSE13, 2, 1, "123456 61", "NIR 184022B", "123456 61 ok");
	/* over three cells */
	GONE(CORSE, 3, 1, "2A", "NIR 2 84 02", "2A", "123 456 81");
}

/* 4. A value over more than six cells a side. */
static void
test_long_chains(void **state)
{
	(void)state;
	GONE(CORSE, 3, 0, "V", "Dossier V", "I", "G", "N", "E", "R", "O",
	    "N revu");
	GONE(CORSE, 3, 7, "N", "Dossier V", "I", "G", "N", "E", "R", "O",
	    "N revu");
	/* a NIR a group a cell: the first group has seven after */
	GONE(DUPONT, NROW, 0, "1", "NIR 1", "8", "4", "0", "2", "7", "5",
	    "123", "456", "74");
	GONE(DUPONT, NROW, 9, "74", "NIR 1", "8", "4", "0", "2", "7", "5",
	    "123", "456", "74");
}

/* Keeps: abbreviations, letters of another row's name, numbers of no row
 * value in the same shapes. */
static void
test_keeps(void **state)
{
	(void)state;
	KEPT(DUPONT, NROW, 0, "R.A.S.", "R.A.S.", "ok");
	KEPT(DUPONT, NROW, 1, "ok", "R.A.S.", "ok");
	KEPT(DUPONT, NROW, 0, "A.V.C", "suspicion A.V.C", "ONT");
	KEPT(DUPONT, NROW, 1, "ONT", "suspicion A.V.C", "ONT");
	KEPT(DUPONT, NROW, 0, "D.U.P", "Vu D.U.P", "RE pour suivi");
	/* DUPONT's letters in MARTIN's row */
	KEPT(MARTIN, 2, 0, "D.U.P", "Vu D.U.P", "ONT pour suivi");
	KEPT(MARTIN, 2, 1, "O-N-T", "Vu D-U-P", "O-N-T pour suivi");
	/* a short part in lower case, letters parted */
	KEPT(NOE, 2, 1, "o.e", "vu n", "o.e ce jour");
	/* a word of four letters stops the read inside a cell */
	KEPT(DUPONT, NROW, 1, "ONT", "Vu D.U.P puis", "ONT pour suivi");
	/* digits in another script that make no row value */
	KEPT(DUPONT, NROW, 1, "34 56 79", "tel \xef\xbc\x90\xef\xbc\x96 "
	    "\xef\xbc\x91\xef\xbc\x92", "34 56 79");
	/* a Corsican NIR of another patient, 2B for 2A */
	KEPT(CORSE, 3, 1, "123 456 81", "NIR 2 84 02 2B", "123 456 81 vu");
	KEPT(CORSE, 3, 0, "2B", "NIR 2 84 02 2B", "123 456 81 vu");
	/* the Corsican NIR with another key */
	KEPT(CORSE, 3, 1, "123 456 82", "NIR 2 84 02 2A", "123 456 82 vu");
	/* a chain of eight cells that makes no value */
	KEPT(CORSE, 3, 0, "V", "Dossier V", "I", "G", "N", "E", "R", "O",
	    "T revu");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_signed_letters),
		cmocka_unit_test(test_other_digits),
		cmocka_unit_test(test_corsica),
		cmocka_unit_test(test_long_chains),
		cmocka_unit_test(test_keeps),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
