/* Unit tests of prec47b (docs/scrub.md "prec47b: numbers and dates that
 * date or name no patient"): a day or a month of the service's own
 * organisation (a meeting, the duty roster, a training, a monitoring
 * visit) in a note that names nobody is no date.  The negatives: the
 * same days where a person, a patient's meeting, what is done to a
 * patient, the duty of one who cares or a date with its year is in the
 * note still go.  The detectors alone (detect_run), without row
 * values. */
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

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A service's day in a note naming nobody stays; the patient's goes. */
TEST_SPAN_CASES(test_service_dates, &test_default, &S,
	{ "Mail du secr\xc3\xa9tariat : r\xc3\xa9union qualit\xc3\xa9 le "
	    "18 \xc3\xa0 14h, salle du conseil.", { "18", NULL }, { NULL } },
	{ "Note de la cadre : \xc3\xa9" "changes de garde \xc3\xa0 valider "
	    "avant le 15.", { "15", NULL }, { NULL } },
	{ "Prochaine visite de monitoring le 15 ; pr\xc3\xa9parer les "
	    "classeurs.", { "15", NULL }, { NULL } },
	{ "Formation incendie le 3/12, salle B.", { "3/12", NULL },
	    { NULL } },
	/* the negatives: a person, a patient's meeting, a care done to
	 * him, the duty of one who cares, a full date */
	{ "Mme Durand revue le 3, apr\xc3\xa8s la r\xc3\xa9union.", { NULL },
	    { "Durand", "3", NULL } },
	{ "R\xc3\xa9union de synth\xc3\xa8se : vue le 15.", { NULL },
	    { "15", NULL } },
	{ "N\xc3\xa9 en septembre 1984, r\xc3\xa9union le 15.", { NULL },
	    { "septembre 1984", "15", NULL } },
	{ "Interne de garde : patient revu le 15.", { NULL },
	    { "15", NULL } },
	{ "R\xc3\xa9union avec sa fille le 15.", { NULL }, { "15", NULL } },
	{ "R\xc3\xa9union qualit\xc3\xa9 : il sort le 18.", { NULL },
	    { "18", NULL } },
	{ "Formation le 15, Mme Roux absente.", { NULL },
	    { "15", "Roux", NULL } },
	{ "Garde : vu le 15, \xc3\xa0 revoir le 18/03.", { NULL },
	    { "15", "18/03", NULL } })

/* scan_service_dates walks the words and spans once: linear over long
 * notes of meetings and days. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"r\xc3\xa9union le 15. ", "garde avant le 3. ",
		"monitoring le 2/12. ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_service_dates),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
