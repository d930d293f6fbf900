/* Unit tests of xcell37 (docs/threat-model.md "xcell37"): a row value
 * cut at the boundary of two of the row's scrubbed cells ("Jean DUP" |
 * "ONT vu", "D" | "UPONT", a NIR "1840275" | "12345674"), each cell given
 * the other's end (DETECT_IDENT_CELL_BEFORE / _AFTER after the row's
 * values).  Went through raw on main (no rule read a cell's neighbour).
 * Negatives: every letter or digit of the piece inside a span.  Keeps:
 * ordinary words at the ends that make no row value ("ils" | "ont vu"),
 * a name part in one cell only, the ends of a text given none.  The
 * batch (detect_run_many) finds what detect_run finds, and an end given
 * whole or cut by detect_cell_head / detect_cell_tail gives the same
 * spans. */
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

#define NROW	5

static const struct detect_value DUPONT[NROW] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

static const struct detect_value VIGNERON[NROW] = {
	{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
	{ DETECT_IDENT_FIRST_NAME, "Hélène", 8 },
	{ DETECT_IDENT_NIR, "285117512345622", 15 },
	{ DETECT_IDENT_PHONE, "07 45 98 21 33", 14 },
	{ DETECT_IDENT_ID, "904512", 6 },
};

static const struct detect_value NOE[2] = {
	{ DETECT_IDENT_LAST_NAME, "NOE", 3 },
	{ DETECT_IDENT_FIRST_NAME, "Eva", 3 },
};

/* row's values, then the ends before and after ("" for none), into v:
 * the count */
static size_t
with_ends(struct detect_value *v, const struct detect_value *row, size_t nrow,
    const char *before, const char *after)
{
	size_t n = nrow;

	memcpy(v, row, nrow * sizeof(*v));
	if (before[0] != '\0')
		v[n++] = (struct detect_value){ DETECT_IDENT_CELL_BEFORE, before,
		    strlen(before) };
	if (after[0] != '\0')
		v[n++] = (struct detect_value){ DETECT_IDENT_CELL_AFTER, after,
		    strlen(after) };
	return n;
}

/* text, given before and after ("" for none), leaves no letter or digit
 * of piece (its first occurrence) outside the spans (gone), or no byte
 * of it inside one (kept) */
static void
piece(const char *text, const struct detect_value *row, size_t nrow,
    const char *before, const char *after, const char *p, int gone)
{
	const char *const cells[] = { before, text, after };

	test_cell_piece(&test_default, &S, row, nrow, cells, 3, 1, p, gone);
}

static void
piece_gone(const char *text, const struct detect_value *row, size_t nrow,
    const char *before, const char *after, const char *p)
{
	piece(text, row, nrow, before, after, p, 1);
}

static void
piece_kept(const char *text, const struct detect_value *row, size_t nrow,
    const char *before, const char *after, const char *p)
{
	piece(text, row, nrow, before, after, p, 0);
}

/* Is byte x of the last run inside a span? */
static int
covered(size_t x)
{
	for (size_t k = 0; k < S.nspans; k++)
		if (S.spans[k].start <= x && x < S.spans[k].end)
			return 1;
	return 0;
}

static void
test_names_cut(void **state)
{
	(void)state;
	/* DUP | ONT, both sides, a sentence around */
	piece_gone("Vu ce jour Jean DUP", DUPONT, NROW, "", "ONT pour suivi.",
	    "DUP");
	piece_gone("ONT pour suivi.", DUPONT, NROW, "Vu ce jour Jean DUP", "",
	    "ONT");
	/* DU | PONT, D | UPONT, lower case, a hyphen at the cut */
	piece_gone("Patient DU", DUPONT, NROW, "", "PONT revu", "DU");
	piece_gone("PONT revu", DUPONT, NROW, "Patient DU", "", "PONT");
	piece_gone("Appel de D", DUPONT, NROW, "", "UPONT ce matin", "D");
	piece_gone("UPONT ce matin", DUPONT, NROW, "Appel de D", "", "UPONT");
	piece_gone("vu par dup-", DUPONT, NROW, "", "ont ce jour", "dup");
	piece_gone("ont ce jour", DUPONT, NROW, "vu par dup-", "", "ont");
	piece_gone("ONT vu", DUPONT, NROW, "Dossier DUP -", "", "ONT");
	/* accents as the row rules fold them */
	piece_gone("Mme Hél", VIGNERON, NROW, "", "ène vue", "Hél");
	piece_gone("ène vue", VIGNERON, NROW, "Mme Hél", "", "ène");
	piece_gone("VIGNE", VIGNERON, NROW, "", "ron", "VIGNE");
	/* three cells: the middle one a piece between the two others */
	piece_gone("PO", DUPONT, NROW, "vu DU", "NT hier", "PO");
	/* a first name */
	piece_gone("Je", DUPONT, NROW, "", "an", "Je");
	/* a part of three letters in capitals both sides */
	piece_gone("N", NOE, 2, "", "OE vue", "N");
	piece_gone("OE vue", NOE, 2, "vu N", "", "OE");
}

static void
test_numbers_cut(void **state)
{
	(void)state;
	piece_gone("NIR 1840275", DUPONT, NROW, "", "12345674 ok", "1840275");
	piece_gone("12345674 ok", DUPONT, NROW, "NIR 1840275", "", "12345674");
	piece_gone("NIR 1 84 02 75", DUPONT, NROW, "", "123 456 74", "1 84 02 75");
	piece_gone("tel 06 12 34", DUPONT, NROW, "", "56 78", "06 12 34");
	piece_gone("56 78 le soir", DUPONT, NROW, "tel 06 12 34", "", "56 78");
	piece_gone("IPP 123", DUPONT, NROW, "", "456", "123");
}

static void
test_keeps(void **state)
{
	(void)state;
	/* ordinary words at the ends that make no row value */
	piece_kept("ont vu le patient", DUPONT, NROW, "Les résultats ils", "",
	    "ont");
	piece_kept("Les résultats ils", DUPONT, NROW, "", "ont vu", "ils");
	/* "ONT" alone: no neighbour, or one that does not end the name */
	piece_kept("ONT pour suivi.", DUPONT, NROW, "", "", "ONT");
	piece_kept("ONT pour suivi.", DUPONT, NROW, "Vu ce jour DUP puis", "",
	    "ONT");
	/* (xcell38: a sign at the cut is read through, "DUP." | "ONT"
	 * goes, test_xcell38; a number between is no cut) */
	piece_kept("ONT pour suivi.", DUPONT, NROW, "Vu ce jour DUP 3.", "",
	    "ONT");
	/* a name part in one cell: its neighbour's words stay */
	piece_kept("ras ce jour", DUPONT, NROW, "Vu M. DUPONT", "", "ras");
	/* a short part in lower case, a particle: not read so */
	piece_kept("oe vue", NOE, 2, "vu n", "", "oe");
	/* digits that do not make the row's number */
	piece_kept("12345675 ok", DUPONT, NROW, "NIR 1840275", "", "12345675");
	piece_kept("3 fois", DUPONT, NROW, "score 1", "", "3");
}

/* The batch finds what detect_run finds; an end given whole or cut by
 * detect_cell_head / detect_cell_tail gives the same spans (view.c gives
 * the cut copies cell by cell, the batch the cells whole). */
static void
test_batch_and_cut_ends(void **state)
{
	static struct detect_scratch ss[4], cut;
	char longb[400], longa[400];
	const char *texts[4], *t0[4];
	size_t lens[4], nrows[4];
	const struct detect_value *rows[4];
	struct detect_value v[4][NROW + 2], c[NROW + 2];
	size_t h, a, n;

	(void)state;
	/* neighbours longer than DETECT_CELL_END, a word cut at the bound */
	memset(longb, 'x', sizeof(longb));
	memcpy(longb + 300, " texte long Jean DUP", 20);
	longb[320] = '\0';
	snprintf(longa, sizeof(longa), "ONT %s", "aaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ok");
	t0[0] = "Vu ce jour Jean DUP";
	t0[1] = "ONT pour suivi.";
	t0[2] = "DUP";
	t0[3] = "ils ont vu";
	n = with_ends(v[0], DUPONT, NROW, "", longa);
	nrows[0] = n;
	nrows[1] = with_ends(v[1], DUPONT, NROW, longb, "");
	nrows[2] = with_ends(v[2], DUPONT, NROW, longb, longa);
	nrows[3] = with_ends(v[3], DUPONT, NROW, "", "");
	for (size_t i = 0; i < 4; i++) {
		texts[i] = t0[i];
		lens[i] = strlen(t0[i]);
		rows[i] = v[i];
	}
	assert_int_equal(detect_run_many(&test_default, 4, texts, lens, rows,
	    nrows, ss), 0);
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(detect_run(&test_default, t0[i], strlen(t0[i]),
		    v[i], nrows[i], &S), 0);
		assert_int_equal(S.nspans, ss[i].nspans);
		for (size_t k = 0; k < S.nspans; k++) {
			assert_int_equal(S.spans[k].start, ss[i].spans[k].start);
			assert_int_equal(S.spans[k].end, ss[i].spans[k].end);
			assert_int_equal(S.spans[k].kind, ss[i].spans[k].kind);
		}
		/* the same with the ends cut as view.c copies them */
		memcpy(c, v[i], sizeof(c));
		for (size_t k = NROW; k < nrows[i]; k++) {
			if (c[k].kind == DETECT_IDENT_CELL_BEFORE) {
				a = detect_cell_tail(c[k].v, c[k].len);
				c[k].v += a;
				c[k].len -= a;
				assert_true(c[k].len <= DETECT_CELL_END);
			} else {
				h = detect_cell_head(c[k].v, c[k].len);
				c[k].len = h;
				assert_true(h <= DETECT_CELL_END);
			}
		}
		assert_int_equal(detect_run(&test_default, t0[i], strlen(t0[i]),
		    c, nrows[i], &cut), 0);
		assert_int_equal(S.nspans, cut.nspans);
		for (size_t k = 0; k < S.nspans; k++) {
			assert_int_equal(S.spans[k].start, cut.spans[k].start);
			assert_int_equal(S.spans[k].end, cut.spans[k].end);
		}
	}
	/* and the pieces go, the ordinary words stay */
	piece_gone("ONT pour suivi.", DUPONT, NROW, longb, "", "ONT");
	piece_gone("Vu ce jour Jean DUP", DUPONT, NROW, "", longa, "DUP");
	piece_kept("ils ont vu", DUPONT, NROW, "", "", "ont");
	/* a cut word is left out whole: 64 bytes of one word, then more */
	memset(longb, 'a', 100);
	longb[100] = '\0';
	assert_int_equal(detect_cell_head(longb, 100), 0);
	assert_int_equal(detect_cell_tail(longb, 100), 100);
	assert_int_equal(detect_cell_head("court", 5), 5);
	assert_int_equal(detect_cell_tail("court", 5), 0);
	for (size_t i = 0; i < 4; i++)
		detect_scratch_free(&ss[i]);
	detect_scratch_free(&cut);
}

/* A cell of 256 KB of words whose neighbours end and start with the
 * pieces: found, in one pass over the cell (the rule reads its first and
 * last words and DETECT_CELL_END bytes of each neighbour). */
static void
test_long_cell(void **state)
{
	size_t n = 256 << 10;
	char *t = malloc(n + 32);
	size_t k = 0;

	(void)state;
	assert_non_null(t);
	memcpy(t, "ONT ", 4);
	for (k = 4; k + 4 < n; k += 4)
		memcpy(t + k, "ont ", 4);
	memcpy(t + k, "DUP", 3);
	t[k + 3] = '\0';
	piece_gone(t, DUPONT, NROW, "vu DUP", "ONT", "ONT ");
	assert_true(covered(k) && covered(k + 2));
	/* the "ont" between stay */
	assert_false(covered(5));
	free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_cut),
		cmocka_unit_test(test_numbers_cut),
		cmocka_unit_test(test_keeps),
		cmocka_unit_test(test_batch_and_cut_ends),
		cmocka_unit_test(test_long_cell),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
