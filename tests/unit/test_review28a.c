/* Unit tests of the final review of the twenty-sixth pass's first
 * landings (docs/threat-model.md "review28a"): precision27's ward rule
 * ("Médecine Interne B") no longer keeps the intern named after a colon
 * ("Visite Interne : Pigeon") or after an initial ("Médecine Interne B
 * Pigeon", "J.-P. Dauphin"), while the ward's letter before a lower-case
 * word, a title or a colon stays.  The detectors alone (detect_run), in both
 * modes. */
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

/* "Interne" or "Externe" after a capitalized noun, then a colon and a
 * capitalized word, or an initial and a surname: the intern on duty, as
 * before precision27. */
TEST_SPAN_CASES(test_ward_interne_intern, &test_default, &S,
	{ "Visite Interne : Pigeon ce matin.", { NULL },
	    { "Pigeon", NULL } },
	{ "Chirurgie Externe : Dauphin.", { NULL },
	    { "Dauphin", NULL } },
	/* an initial after it: the intern's, no ward's letter */
	{ "M\xc3\xa9" "decine Interne B Pigeon ce jour.", { NULL },
	    { "B Pigeon", NULL } },
	{ "M\xc3\xa9" "decine Interne J.-P. Dauphin ce jour.",
	    { NULL }, { "Dauphin", NULL } },
	{ "M\xc3\x89" "DECINE INTERNE B VIGNERON", { NULL },
	    { "B VIGNERON", NULL } },
	/* the ward's letter before a lower-case word or a title */
	{ "M\xc3\xa9" "decine Interne B vu ce jour.", { "B vu", NULL },
	    { NULL } },
	{ "Transfert en M\xc3\xa9" "decine Interne B. Mme Petit "
	    "pr\xc3\xa9venue.", { "Interne B", NULL },
	    { "Petit", NULL } },
	/* the ward before a colon and a lower-case word: kept */
	{ "M\xc3\xa9" "decine Interne B : entr\xc3\xa9" "e ce jour, "
	    "Mme Chapelle pr\xc3\xa9venue.", { "Interne B", NULL },
	    { "Chapelle", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ward_interne_intern),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
