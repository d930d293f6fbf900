/* Unit tests of hostile36 (docs/threat-model.md "hostile36"): the row's
 * own surname, an ordinary word, stayed raw in a scrubbed comment when it
 * stood alone in a segment of its own ("RAS (Vigneron)", 'vu ce jour
 * "Vigneron"', a signature "vue ce jour. Vigneron"), before a possessive
 * ("Vigneron's daughter") or in lower case after a name's label ("nom :
 * vigneron", "nom de jeune fille : vigneron"); the row's first name
 * so too ("Rose's daughter", "Prénom - rose", "vu par rose").  Each case: the raw word
 * must not be left, and the same word as a noun, or for a stranger's
 * row, stays.  The detectors alone (detect_run).  Every gone word was
 * left raw on main e1bb351d. */
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

static const struct detect_value ROW[] = {
	{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
	{ DETECT_IDENT_FIRST_NAME, "Marcelle", 8 },
};
static const struct detect_value PROW[] = {
	{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
};
static const struct detect_value OTHER[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
};

/* alone_in_segment: between a sentence's start and a closing sign or
 * the text's end */
static void
test_row_surname_alone(void **state)
{
	static const char *const texts[] = {
		"RAS (Vigneron)", "Mme V. (Vigneron) vue ce jour",
		"vue ce jour \"Vigneron\"", "vue ce jour (VIGNERON)",
		"vue ce jour - Vigneron", "vue ce jour ; Vigneron",
		"vue ce jour. Vigneron", "vue ce jour. Vigneron.",
		"RAS.\nVigneron\nIDE",
		"vue ce jour \xe2\x80\x9cVigneron\xe2\x80\x9d",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], ROW, N(ROW),
		    strstr(texts[k], "VIGNERON") ? "VIGNERON" : "Vigneron");
	test_row_word_gone(&test_default, &S, "RAS. (Pigeon)", PROW,
	    N(PROW), "Pigeon");
	/* the noun in a clause; a label's colon before it and the lower
	 * case in parentheses for a stranger's row (for the row's own
	 * surname both go since leaks45: tests/unit/test_leaks45.c) */
	test_row_word_kept(&test_default, &S, "Repas : Pigeon", OTHER,
	    N(OTHER), "Pigeon");
	test_row_word_kept(&test_default, &S, "Vigneron de m\xc3\xa9tier, "
	    "retrait\xc3\xa9", ROW, N(ROW), "Vigneron");
	test_row_word_kept(&test_default, &S, "collation (pigeon)", OTHER,
	    N(OTHER), "pigeon");
	test_row_word_kept(&test_default, &S, "RAS (Vigneron)", OTHER,
	    N(OTHER), "Vigneron");
	test_row_word_kept(&test_default, &S, "vue ce jour. Vigneron",
	    OTHER, N(OTHER), "Vigneron");
}

/* possessive_follows: "'s", "’s" */
static void
test_row_surname_possessive(void **state)
{
	(void)state;
	test_row_word_gone(&test_default, &S, "Vigneron's daughter called",
	    ROW, N(ROW), "Vigneron");
	test_row_word_gone(&test_default, &S, "Vigneron\xe2\x80\x99s chart",
	    ROW, N(ROW), "Vigneron");
	test_row_word_gone(&test_default, &S, "VIGNERON'S FILE", ROW,
	    N(ROW), "VIGNERON");
	/* a stranger's row, the word glued on after the "s" */
	test_row_word_kept(&test_default, &S, "Vigneron's daughter", OTHER,
	    N(OTHER), "Vigneron");
}

/* after_name_label: the row's surname in lower case after a name's label */
static void
test_row_surname_label(void **state)
{
	static const char *const texts[] = {
		"nom: vigneron", "nom : vigneron", "NOM : vigneron",
		"Nom de naissance : vigneron", "nom de jeune fille : vigneron",
		"nom d'usage: vigneron", "Nom usuel : vigneron",
		"patiente : vigneron", "nom:vigneron", "Nom - vigneron",
		"nom vigneron",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], ROW, N(ROW),
		    "vigneron");
	/* the noun with its article, "patient" without a colon, a
	 * stranger's row */
	test_row_word_kept(&test_default, &S, "le vigneron est venu", ROW,
	    N(ROW), "vigneron");
	test_row_word_kept(&test_default, &S, "patient pigeon", PROW,
	    N(PROW), "pigeon");
	test_row_word_kept(&test_default, &S, "nom : vigneron", OTHER,
	    N(OTHER), "vigneron");
}

/* The row's first name, an ordinary word: before a possessive, in lower
 * case after its label, after names38's cue ("vu par rose") */
static void
test_row_first_name(void **state)
{
	static const struct detect_value rrow[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Rose", 4 },
	};
	static const struct detect_value other[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const char *const texts[] = {
		"Pr\xc3\xa9nom - rose", "vu par rose", "sign\xc3\xa9 rose",
		"appel de rose ce matin",
	};

	(void)state;
	test_row_word_gone(&test_default, &S, "Rose's daughter called", rrow,
	    N(rrow), "Rose");
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], rrow,
		    N(rrow), "rose");
	/* the flower, a stranger's row */
	test_row_word_kept(&test_default, &S, "une rose rouge", rrow,
	    N(rrow), "rose");
	test_row_word_kept(&test_default, &S, "vu par rose", other,
	    N(other), "rose");
	test_row_word_kept(&test_default, &S, "Pr\xc3\xa9nom - rose", other,
	    N(other), "rose");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_surname_alone),
		cmocka_unit_test(test_row_surname_possessive),
		cmocka_unit_test(test_row_surname_label),
		cmocka_unit_test(test_row_first_name),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
