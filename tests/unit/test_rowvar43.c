/* Unit tests of rowvar43 (docs/threat-model.md "rowvar43"): the row's own
 * name part of five letters or more written as its consonant skeleton
 * ("DPNT", "Vgnrn", "GRRD", "SBLL" for DUPONT, VIGNERON, GIRARD, Isabelle)
 * stayed raw in a scrubbed comment.  Each case must go as the row's own
 * value (its span's ctx); each negative must stay: the same word for a
 * stranger's row, in lower case with no name cue, the skeleton of a part
 * under five letters or of under four consonants, ordinary and clinical
 * words one edit from a row name ("matin" for MARTIN).  The detectors
 * alone (detect_run).  Every gone case was left raw, or found as no row
 * value, on main e7f8feb0. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

#define ROW2(last, first)	{ \
	{ DETECT_IDENT_LAST_NAME, last, sizeof(last) - 1 }, \
	{ DETECT_IDENT_FIRST_NAME, first, sizeof(first) - 1 }, \
}

static const struct detect_value DUPONT[] = ROW2("DUPONT", "Jean");
static const struct detect_value VIGNERON[] = ROW2("VIGNERON", "H\xc3\xa9l\xc3\xa8ne");
static const struct detect_value GIRARD[] = ROW2("GIRARD", "Isabelle");
static const struct detect_value ARNOULT[] = ROW2("ARNOULT", "Paul");
static const struct detect_value CHEVALLIER[] = ROW2("CHEVALLIER", "Luc");
static const struct detect_value MARTIN[] = ROW2("MARTIN", "Louis");
static const struct detect_value MOREAU[] = ROW2("MOREAU", "Anne");
static const struct detect_value ROUSSEAU[] = ROW2("ROUSSEAU", "Marc");
static const struct detect_value BRUNO[] = ROW2("BRUNO", "Paul");
static const struct detect_value GARNIER[] = ROW2("GARNIER", "Marc");
static const struct detect_value FOURNIER[] = ROW2("FOURNIER", "Anne");

/* skel_make, skel_is: the skeleton in capitals or capitalized, in a
 * sentence, alone, after a title, beside the first name */
static void
test_skeleton_gone(void **state)
{
	static const struct {
		const struct detect_value *row;
		const char *text, *w;
		int k;
	} cases[] = {
		{ DUPONT, "Vu ce jour DPNT pour suivi.", "DPNT", 0 },
		{ DUPONT, "Vu ce jour Dpnt pour suivi.", "Dpnt", 0 },
		{ DUPONT, "DPNT", "DPNT", 0 },
		{ DUPONT, "Mme Dpnt revue.", "Dpnt", 0 },
		{ DUPONT, "vue par mme dpnt ce jour.", "dpnt", 0 },
		{ VIGNERON, "Vu ce jour VGNRN pour suivi.", "VGNRN", 0 },
		{ VIGNERON, "Vgnrn", "Vgnrn", 0 },
		{ GIRARD, "RAS. GRRD rentre demain.", "GRRD", 0 },
		/* doubled letters made one or doubled, on both sides */
		{ CHEVALLIER, "Vu ce jour CHVLR pour suivi.", "CHVLR", 0 },
		{ CHEVALLIER, "Vu ce jour Chvllr pour suivi.", "Chvllr", 0 },
		/* a first vowel kept or dropped; the first name's skeleton */
		{ ARNOULT, "Vu ce jour ARNLT pour suivi.", "ARNLT", 0 },
		{ ARNOULT, "Vu ce jour RNLT pour suivi.", "RNLT", 0 },
		{ GIRARD, "Vu ce jour SBLL pour suivi.", "SBLL", 1 },
		{ GIRARD, "Appel de Isbll ce jour.", "Isbll", 1 },
	};

	(void)state;
	for (size_t c = 0; c < N(cases); c++)
		test_row_word_as_value(&test_default, &S, cases[c].text,
		    cases[c].row, 2, cases[c].w, cases[c].k);
}

/* The negatives: a stranger's row, lower case with no cue, short parts
 * and short skeletons, a skeleton of three consonants ("GRD": doubled
 * made one under SKEL_MIN) */
static void
test_skeleton_kept(void **state)
{
	(void)state;
	test_row_word_kept(&test_default, &S, "Vu ce jour DPNT pour suivi.",
	    MARTIN, N(MARTIN), "DPNT");
	test_row_word_kept(&test_default, &S, "Vu ce jour VGNRN pour suivi.",
	    DUPONT, N(DUPONT), "VGNRN");
	test_row_word_kept(&test_default, &S, "revu avec dpnt ce jour.",
	    DUPONT, N(DUPONT), "dpnt");
	test_row_word_kept(&test_default, &S, "Vu ce jour GRD pour suivi.",
	    GIRARD, N(GIRARD), "GRD");
	test_row_word_kept(&test_default, &S, "Vu ce jour MR pour suivi.",
	    MOREAU, N(MOREAU), "MR");
	test_row_word_kept(&test_default, &S, "Flux RSS en panne.",
	    ROUSSEAU, N(ROUSSEAU), "RSS");
	/* BRUNO: five letters, three consonants */
	test_row_word_kept(&test_default, &S, "Vu ce jour BRN pour suivi.",
	    BRUNO, N(BRUNO), "BRN");
}

/* Ordinary words one edit from the row's name stay in lower case
 * ("matin" for MARTIN), and so does a clinical text of consonant
 * acronyms beside the row, byte for byte (no span at all) */
static void
test_ordinary_words_kept(void **state)
{
	static const char *const clinical[] = {
		"Vu ce matin, RAS. HBPM, NFS, CRP, TDM : sans particularit\xc3"
		    "\xa9. Trt inchang\xc3\xa9.",
		"PDT repas pris. VGM bas, CCMH normal. BPCO connue.",
	};

	(void)state;
	test_row_word_kept(&test_default, &S, "Vu ce matin, RAS.", MARTIN,
	    N(MARTIN), "matin");
	test_row_word_kept(&test_default, &S, "revu ce matin pour suivi.",
	    MARTIN, N(MARTIN), "matin");
	test_row_word_kept(&test_default, &S, "MATIN : RAS", MARTIN,
	    N(MARTIN), "MATIN");
	test_row_word_kept(&test_default, &S, "le matin calme, mrtn non",
	    MARTIN, N(MARTIN), "mrtn");
	for (size_t k = 0; k < N(clinical); k++) {
		const struct detect_value *rows[] = { DUPONT, MARTIN, GIRARD,
		    CHEVALLIER };

		for (size_t r = 0; r < N(rows); r++) {
			assert_int_equal(detect_run(&test_default, clinical[k],
			    strlen(clinical[k]), rows[r], 2, &S), 0);
			assert_int_equal(S.nspans, 0);
		}
	}
}

/* script_latin_key: the r of a last -ier is not heard, so the row's
 * name written in Cyrillic or Greek as it sounds ("Гарнье", "Фурнье",
 * "Γκαρνιέ") is the row's, alone in a cell too; a stranger's row keeps it */
static void
test_script_ier(void **state)
{
	static const struct {
		const struct detect_value *row;
		const char *text;
	} cases[] = {
		{ GARNIER, "\xd0\x93\xd0\xb0\xd1\x80\xd0\xbd\xd1\x8c\xd0\xb5" },
		{ FOURNIER, "\xd0\xa4\xd1\x83\xd1\x80\xd0\xbd\xd1\x8c\xd0\xb5" },
		{ GARNIER, "\xce\x93\xce\xba\xce\xb1\xcf\x81\xce\xbd\xce\xb9"
		    "\xce\xad" },
	};

	(void)state;
	for (size_t c = 0; c < N(cases); c++)
		test_row_word_as_value(&test_default, &S, cases[c].text,
		    cases[c].row, 2, cases[c].text, 0);
	test_row_word_kept(&test_default, &S, cases[0].text, DUPONT,
	    N(DUPONT), cases[0].text);
	test_row_word_kept(&test_default, &S, cases[1].text, GARNIER,
	    N(GARNIER), cases[1].text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_skeleton_gone),
		cmocka_unit_test(test_skeleton_kept),
		cmocka_unit_test(test_ordinary_words_kept),
		cmocka_unit_test(test_script_ier),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
