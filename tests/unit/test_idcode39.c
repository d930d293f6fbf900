/* Unit tests of idcode39 (docs/scrub.md "idcode39"): a span that took
 * part of a code ("Patient [HOP]-7721": HOP read as a name, 7721 left
 * raw) showed the other half of the identifier.  The span takes the
 * whole code, letters and digits joined by a hyphen, an underscore, a
 * slash or nothing.  Each gone code was cut on main 76b8fc0e (its digits
 * or its letters left raw).  Keeps: codes no span touches (a norm, a
 * disease, a syndrome, an allele, a code of a year) and the words beside
 * a code, never joined to it over a space.  The detectors alone
 * (detect_run). */
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

/* the code whole in one span, the words beside it kept */
TEST_SPAN_CASES(test_code_whole, &test_default, &S,
	{ "Patient HOP-7721 transf\xc3\xa9r\xc3\xa9", { "Patient",
	    "transf\xc3\xa9r\xc3\xa9" }, { "HOP-7721" } },
	{ "Patient AB12-3456 transf\xc3\xa9r\xc3\xa9", { "Patient" },
	    { "AB12-3456" } },
	{ "Dossier DOS_88231 clos", { "Dossier", "clos" },
	    { "DOS_88231" } },
	{ "Patient HOP/7721 transf\xc3\xa9r\xc3\xa9", { "Patient" },
	    { "HOP/7721" } },
	{ "Vu Mme HOP-7721 ce jour", { "ce jour" }, { "HOP-7721" } },
	{ "Patient HOP-7721.", { "Patient" }, { "HOP-7721" } },
	{ "Patient DUPONT-7721 vu", { "Patient", " vu" },
	    { "DUPONT-7721" } },
)

/* codes no span touches stay whole */
TEST_SPAN_CASES(test_code_untouched, &test_default, &S,
	{ "labo ISO-15189 accr\xc3\xa9" "dit\xc3\xa9", { "ISO-15189" },
	    { NULL } },
	{ "COVID-19 n\xc3\xa9gatif", { "COVID-19" }, { NULL } },
	{ "T-21 d\xc3\xa9pistage", { "T-21" }, { NULL } },
	{ "HLA-B27 positif", { "HLA-B27" }, { NULL } },
	{ "ATC-2024 bilan", { "ATC-2024" }, { NULL } },
	{ "bilan COVID-19 et HLA-B27, Patient HOP-7721 transf\xc3\xa9r\xc3\xa9",
	    { "COVID-19", "HLA-B27", "transf\xc3\xa9r\xc3\xa9" },
	    { "HOP-7721" } },
)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_whole),
		cmocka_unit_test(test_code_untouched),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return rc;
}
