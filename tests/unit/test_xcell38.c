/* Unit tests of xcell38 (docs/threat-model.md "xcell38"): what xcell37's
 * read of a row value cut at the boundary of two scrubbed cells left
 * open.  A value cut over three cells or more ("DU" | "PO" | "NT": each
 * cell given the chain of its neighbours' ends, nearest first, as
 * view.c gives them), a sign at the cut other than a hyphen or a space
 * ("DUP." | "ONT", "DUP_", "DUP/", "DUP'", zero-width and bidirectional
 * marks), the row's numbers written in another form ("+33 6 12" |
 * "34 56 78" for a row 06 12 34 56 78, a NIR's key in the next cell, a
 * NIR without its key), a row of more than DETECT_MAX_ROW values
 * (scrub_detect).  Each went through raw on main 7d873cb3.  Keeps:
 * ordinary words at the ends that make no row value, across the same
 * signs and chains. */
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

/* the same patient, the NIR without its key, the phone in +33 */
static const struct detect_value DUPONT2[NROW] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "1840275123456", 13 },
	{ DETECT_IDENT_PHONE, "+33 6 12 34 56 78", 17 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

static const struct detect_value NOE[2] = {
	{ DETECT_IDENT_LAST_NAME, "NOE", 3 },
	{ DETECT_IDENT_FIRST_NAME, "Eva", 3 },
};

#define GONE(...)	TEST_CELL_GONE(&S, __VA_ARGS__)
#define KEPT(...)	TEST_CELL_KEPT(&S, __VA_ARGS__)

/* 1. A name cut over three cells or more: every piece goes. */
static void
test_three_cells(void **state)
{
	(void)state;
	GONE(DUPONT, NROW, 0, "DU", "vu DU", "PO", "NT hier");
	GONE(DUPONT, NROW, 1, "PO", "vu DU", "PO", "NT hier");
	GONE(DUPONT, NROW, 2, "NT", "vu DU", "PO", "NT hier");
	/* a kept column's empty cell between is passed over */
	GONE(DUPONT, NROW, 0, "DU", "vu DU", "", "PO", "NT hier");
	GONE(DUPONT, NROW, 3, "NT", "vu DU", "", "PO", "NT hier");
	/* letter by letter over six cells */
	GONE(DUPONT, NROW, 0, " D", "Dossier D", "U", "P", "O", "N", "T revu");
	GONE(DUPONT, NROW, 2, "P", "Dossier D", "U", "P", "O", "N", "T revu");
	GONE(DUPONT, NROW, 5, "T", "Dossier D", "U", "P", "O", "N", "T revu");
	/* J | EA | N DUPONT, Je | a | n */
	GONE(DUPONT, NROW, 0, "J", "Vu J", "EA", "N DUPONT ce jour");
	GONE(DUPONT, NROW, 1, "EA", "Vu J", "EA", "N DUPONT ce jour");
	GONE(DUPONT, NROW, 2, "N", "Vu J", "EA", "N DUPONT ce jour");
	GONE(DUPONT, NROW, 0, "Je", "Je", "a", "n vu");
	GONE(DUPONT, NROW, 2, "n", "Je", "a", "n vu");
	/* lower case, accents */
	GONE(DUPONT, NROW, 0, "dup", "appel dup", "o", "nt ce jour");
	GONE(DUPONT, NROW, 2, "nt", "appel dup", "o", "nt ce jour");
	/* a short part in capitals over three cells */
	GONE(NOE, 2, 0, "N", "vu N", "O", "E ce jour");
	GONE(NOE, 2, 2, "E", "vu N", "O", "E ce jour");
}

/* 2. A sign at the cut a reader reads through. */
static void
test_signs(void **state)
{
	(void)state;
	GONE(DUPONT, NROW, 0, "DUP", "Vu DUP.", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP.", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP_", "ONT pour suivi");
	GONE(DUPONT, NROW, 0, "DUP", "Vu DUP_", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP/", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP'", "ONT pour suivi");
	GONE(DUPONT, NROW, 0, "DUP", "Vu DUP'", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP", "(ONT) pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP \xe2\x80\x94", "ONT vu");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP\xc2\xa0", "\xc2\xabONT\xc2\xbb");
	/* zero-width and bidirectional marks at the cut, and inside */
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP\xe2\x80\x8b", "ONT pour suivi");
	GONE(DUPONT, NROW, 0, "DUP", "Vu DUP\xe2\x80\x8b", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP", "\xe2\x80\x8fONT pour suivi");
	GONE(DUPONT, NROW, 0, "DUP", "Vu DUP", "\xe2\x81\xa6ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DU\xe2\x80\x8bP", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP\xc2\xad", "ONT pour suivi");
	GONE(DUPONT, NROW, 1, "ONT", "Vu DUP\xef\xbb\xbf", "ONT pour suivi");
	/* signs and three cells */
	GONE(DUPONT, NROW, 0, "DU", "vu DU.", "PO.", "NT hier");
	GONE(DUPONT, NROW, 2, "NT", "vu DU.", "PO.", "NT hier");
}

/* 3. The row's numbers in another form than the row's. */
static void
test_number_forms(void **state)
{
	(void)state;
	/* +33 for a row 06..., 0 for a row +33, 0033, +33 (0) */
	GONE(DUPONT, NROW, 0, "33 6 12", "tel +33 6 12", "34 56 78 le soir");
	GONE(DUPONT, NROW, 1, "34 56 78", "tel +33 6 12", "34 56 78 le soir");
	GONE(DUPONT, NROW, 1, "34 56 78", "tel 0033 6 12", "34 56 78");
	GONE(DUPONT2, NROW, 1, "34 56 78", "tel 06 12", "34 56 78");
	GONE(DUPONT, NROW, 1, "34 56 78", "tel +33 (0)6 12", "34 56 78");
	GONE(DUPONT, NROW, 0, "6 12", "tel +33 (0)6 12", "34 56 78");
	GONE(DUPONT2, NROW, 0, "06 12", "tel 06 12", "34 56 78");
	/* dots and slashes, a dot at the cut */
	GONE(DUPONT, NROW, 1, "34.56.78", "tel 06.12.", "34.56.78");
	GONE(DUPONT, NROW, 0, "06/12", "tel 06/12/", "34/56/78");
	/* a NIR's key in the next cell; a NIR written without its key */
	GONE(DUPONT2, NROW, 1, "74", "NIR 1840275123456", "74 ok");
	GONE(DUPONT, NROW, 1, "123456", "NIR 1840275", "123456 ok");
	GONE(DUPONT, NROW, 1, "74", "NIR 1840275123456", "clé 74 ok");
	GONE(DUPONT2, NROW, 1, "74", "NIR 1 84 02 75 123 456", "CLE: 74");
	GONE(DUPONT, NROW, 0, "1840275", "NIR 1840275", "123456 ok");
	/* three cells */
	GONE(DUPONT, NROW, 0, "06 12", "tel 06 12", "34", "56 78");
	GONE(DUPONT, NROW, 1, "34", "tel 06 12", "34", "56 78");
	GONE(DUPONT, NROW, 2, "56 78", "tel 06 12", "34", "56 78");
	GONE(DUPONT, NROW, 1, "75 123", "NIR 1 84 02", "75 123", "456 74");
}

/* Ordinary words at the ends that make no row value stay, across the
 * signs and the chains. */
static void
test_keeps(void **state)
{
	(void)state;
	KEPT(DUPONT, NROW, 1, "ont", "Les résultats ils.", "ont vu");
	KEPT(DUPONT, NROW, 0, "ils", "Les résultats ils.", "ont vu");
	KEPT(DUPONT, NROW, 1, "ONT", "Vu ce jour DUP puis.", "ONT vu");
	KEPT(DUPONT, NROW, 1, "ras", "Vu M. DUPONT.", "ras ce jour");
	/* a chain that makes no value */
	KEPT(DUPONT, NROW, 1, "PO", "vu DU", "PO", "RT hier");
	KEPT(DUPONT, NROW, 2, "RT", "vu DU", "PO", "RT hier");
	KEPT(DUPONT, NROW, 0, "DU", "vu DU", "PO", "RT hier");
	/* a word between two cells stops the chain */
	KEPT(DUPONT, NROW, 0, "DU", "vu DU", "PO le", "NT hier");
	/* a short part in lower case */
	KEPT(NOE, 2, 0, "n", "vu n", "o", "e ce jour");
	/* digits that make no row number, in any form */
	KEPT(DUPONT, NROW, 1, "34 56 79", "tel +33 6 12", "34 56 79");
	KEPT(DUPONT2, NROW, 1, "75", "NIR 1840275123456", "75 ok");
	KEPT(DUPONT, NROW, 1, "75", "NIR 1840275123456", "clé 75 ok");
	KEPT(DUPONT, NROW, 1, "74", "NIR 1840275123457", "clé 74 ok");
	KEPT(DUPONT, NROW, 1, "3", "score 1.", "3 fois");
}

/* 4. A row of more than DETECT_MAX_ROW values (scrub_detect): its
 * cells are given their neighbours' ends too. */
static void
test_many_values(void **state)
{
	struct detect_value ctx[DETECT_MAX_ROW + 8], ends[1];
	struct policy_column col;
	struct ops_row row;
	struct detect_scratch det;
	const char *t = "ONT pour suivi";
	int taken = 0;

	(void)state;
	memset(&col, 0, sizeof(col));
	memset(&row, 0, sizeof(row));
	memset(&det, 0, sizeof(det));
	memcpy(ctx, DUPONT, sizeof(DUPONT));
	for (size_t i = NROW; i < DETECT_MAX_ROW + 8; i++)
		ctx[i] = (struct detect_value){ DETECT_IDENT_ID, "99887766", 8 };
	ends[0] = (struct detect_value){ DETECT_IDENT_CELL_BEFORE, "Vu DUP",
	    6 };
	row.ctx = ctx;
	row.nctx = DETECT_MAX_ROW + 8;
	row.ends = ends;
	row.nends = 1;
	row.first_ctx = row.last_ctx = -1;
	assert_int_equal(scrub_detect(&col, &row, t, strlen(t), &det), 0);
	for (size_t k = 0; k < det.nspans; k++)
		if (det.spans[k].start == 0 && det.spans[k].end >= 3)
			taken = 1;
	assert_true(taken);
	detect_scratch_free(&det);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_three_cells),
		cmocka_unit_test(test_signs),
		cmocka_unit_test(test_number_forms),
		cmocka_unit_test(test_keeps),
		cmocka_unit_test(test_many_values),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
