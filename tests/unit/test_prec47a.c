/* Unit tests of the names pass prec47a (docs/scrub.md, "prec47a: a title
 * glued to a code"): a title glued by a hyphen to a short code ("M-ABC 2",
 * "Edora 8 DR-T") is a piece of that code.  Beside it, what still goes: a
 * name after a spaced title in the same note, a hyphenated surname after
 * a title.  The detectors alone (detect_run), in both modes. */
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

/* A title glued to a code stays; a title before a name still takes it. */
TEST_SPAN_CASES(test_glued_title, &test_default, &S,
	{ "Bilan psychomoteur : M-ABC 2, figure de Rey.", { "ABC", NULL },
	    { NULL } },
	{ "Interrogation du PM (Biotronik Edora 8 DR-T) chez M. Bouchard "
	    "R\xc3\xa9jean.", { "T)", NULL }, { "Bouchard", NULL } },
	/* a title and its name, spaced, still go */
	{ "Vu par Dr T ce matin, M. ABC Kevin revu.", { NULL },
	    { "Kevin", NULL } },
	{ "Revue par Mme Dupont-Laval ce jour.", { NULL },
	    { "Dupont-Laval", NULL } })

/* The test is of the title's next word only: linear. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"M-ABC 2, ", "Edora 8 DR-T, ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_glued_title),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
