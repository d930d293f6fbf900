/* Unit tests of the twenty-ninth speed pass (speed29e, docs/performance.md
 * "Scrub speed, twenty-ninth pass (speed29e)"): detect_name.c eponym_may
 * asks epo_prev_opens only when the word before is "et", "à" or "selon",
 * as "de", "d", "du" and "le", the other words that open its rules, are
 * particles (eponym_may says yes before it).  Each rule it opens still
 * keeps its eponym: after "et" ("de Leriche et Fontaine", the patient
 * named Fontaine), after "à" (a town that is a first name), after
 * "selon" (a guideline's eponym); each fails with its word left out of
 * the gate.  The detectors alone (detect_run). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "../../src/detect_int.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* The premise of the gate: the four words of epo_prev_opens' rules that
 * the gate does not name are particles in the dictionary. */
static void
test_eponym_prev_particles(void **state)
{
	static const char *const words[] = { "de", "d", "du", "le" };

	(void)state;
	/* the dictionary is built by the first detect_run */
	assert_int_equal(detect_run(&test_default, "x", 1, NULL, 0, &S), 0);
	for (size_t k = 0; k < N(words); k++) {
		size_t n = strlen(words[k]);

		if (!(dict_flags_hashed(words[k], n, hash(words[k], n)) &
		    D_PARTICLE)) {
			print_error("'%s' is no particle\n", words[k]);
			fail();
		}
	}
}

/* Word w of text (its first occurrence after from) is in no span after
 * detect_run with the row (row, nrow). */
static void
word_kept_after(const char *text, const char *from, const char *w,
    const struct detect_value *row, size_t nrow)
{
	const char *at = strstr(strstr(text, from), w);
	size_t a, b;

	assert_non_null(at);
	a = (size_t)(at - text);
	b = a + strlen(w);
	assert_int_equal(detect_run(&test_default, text, strlen(text), row,
	    nrow, &S), 0);
	for (size_t i = 0; i < S.nspans; i++)
		if (S.spans[i].start < b && S.spans[i].end > a) {
			print_error("'%s' in '%s' went, kept expected\n", w,
			    text);
			fail();
		}
}

/* The eponyms that the rules opened by "et", "à" and "selon" keep. */
static void
test_eponym_after_gate_words(void **state)
{
	static const struct detect_value fontaine[] = {
		{ DETECT_IDENT_LAST_NAME, "FONTAINE", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const struct detect_value durand[] = {
		{ DETECT_IDENT_LAST_NAME, "DURAND", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Julie", 5 },
	};

	(void)state;
	/* "et": the second of two eponyms, the patient's own surname */
	word_kept_after("Art\xc3\xa9riopathie stade II de Leriche et "
	    "Fontaine, contr\xc3\xb4le en juin.", "et", "Fontaine", fontaine,
	    N(fontaine));
	/* "à": a town that is also a first name */
	word_kept_after("Consultation du psychiatre \xc3\xa0 Paris.", "\xc3\xa0",
	    "Paris", durand, N(durand));
	word_kept_after("T\xc3\xa9l\xc3\xa9" "consultation (patiente en Guyane, "
	    "psychiatre \xc3\xa0 Paris) : Mme Durand stable.", "\xc3\xa0",
	    "Paris", durand, N(durand));
	/* "selon": a guideline's eponym */
	word_kept_after("Suivi selon Fleischner.", "selon", "Fleischner",
	    durand, N(durand));
	word_kept_after("Nodule de 4 mm du LSD, pas de suivi selon Fleischner. "
	    "Conclusion transmise.", "selon", "Fleischner", NULL, 0);
}

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"de Leriche et Fontaine ", "et Fontaine ", "psychiatre \xc3\xa0 Paris ",
		"selon Fleischner ", "selon ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eponym_prev_particles),
		cmocka_unit_test(test_eponym_after_gate_words),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
