/* Unit tests of the thirty-second precision pass on the sensitive terms
 * and dates (docs/scrub.md "precd43"): the contexts the dev halves' hand
 * sets label when they hold a group's term, so the scrubber keeps hiding
 * them though they read as "not the patient's own condition": a negated
 * mention (31 of 41 labelled), a relative's condition (26 of 26), a note
 * with no patient or a statistic (the terms labelled 80 times of 123, and
 * the care words left are policy words), an obstetric code (GxPy, 23 of
 * 24).  And the patient's own positive mention, which must go whatever
 * the context rules become.  The detectors alone (detect_run), without
 * row values. */
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

/* The patient's own condition, said positively: it goes. */
TEST_SPAN_CASES(test_positive_mention, &test_default, &S,
	{ "TS m\xc3\xa9" "dicamenteuse hier, IMV au "
	    "parac\xc3\xa9tamol.", { NULL }, { "TS", "IMV", NULL } },
	{ "Id\xc3\xa9" "es noires depuis 3 semaines, insomnie.",
	    { NULL }, { "Id\xc3\xa9" "es noires", NULL } },
	{ "Patient sous Biktarvy, CV ind\xc3\xa9tectable.",
	    { NULL }, { "Biktarvy", NULL } },
	{ "Test HPV positif, colposcopie.", { NULL },
	    { "HPV positif", NULL } })

/* The contexts the hand sets label: a negation, a relative, a note with
 * no patient, an obstetric code.  Each still goes. */
TEST_SPAN_CASES(test_labelled_contexts, &test_default, &S,
	{ "Pas de TS, pas d'id\xc3\xa9" "es noires.", { NULL },
	    { "TS", "id\xc3\xa9" "es noires", NULL } },
	{ "M\xc3\xa8re alcoolique, p\xc3\xa8re sous "
	    "m\xc3\xa9thadone.", { NULL },
	    { "alcoolique", "m\xc3\xa9thadone", NULL } },
	{ "Sa s\xc5\x93ur est enceinte de 5 mois.", { NULL },
	    { "enceinte", NULL } },
	{ "D\xc3\xa9pistage en d\xc3\xa9tention : VIH, syphilis, "
	    "82 % d'acceptation.", { NULL },
	    { "VIH", "syphilis", NULL } },
	{ "Taux de grossesse clinique par transfert : 34 % sur "
	    "l'ann\xc3\xa9" "e.", { NULL }, { "grossesse", NULL } },
	{ "Mme Roux, G2P1, enceinte de 14 SA.", { NULL },
	    { "G2P1", "enceinte", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positive_mention),
		cmocka_unit_test(test_labelled_contexts),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
