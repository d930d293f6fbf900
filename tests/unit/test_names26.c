/* Unit tests of the twenty-sixth names pass (docs/scrub.md "Names,
 * twenty-sixth pass (names26)"): a surname cut from its first name by a
 * line break after a title ("Mme H\xc3\xa9l\xc3\xa8ne\nChapelle a appel\xc3\xa9",
 * "Dr Martin\nVigneron", a signature "Mme H\xc3\xa9l\xc3\xa8ne\nChapelle\nIDE"),
 * which 1549ad0 left raw (only after a relative did the surname cross the
 * line).  Beside them, the look-alikes that stay: a note's next item
 * after a titled first name ("Mme H\xc3\xa9l\xc3\xa8ne\nNuit calme", "Dr
 * Martin\nTraitement inchang\xc3\xa9", a head alone on its line before
 * another, a service, a weekday).  The detectors alone (detect_run),
 * without row values, in both modes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "linear.h"
#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;
static const struct detect_options DEFAULT_MODE = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 0 };

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A title and a first name at a line's end, the surname (an ordinary
 * word no list has) at the next line's start: gone (1549ad0 left it). */
static void
test_titled_line_break_surname(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Vu avec Mme H\xc3\xa9l\xc3\xa8ne\nChapelle a appel\xc3\xa9 ce jour.",
		    { "appel\xc3\xa9", "jour", NULL }, { "Chapelle", NULL } },
		{ "Courrier du Dr Martin\nVigneron", { "Courrier", NULL },
		    { "Vigneron", NULL } },
		{ "Cordialement,\nMme H\xc3\xa9l\xc3\xa8ne\nChapelle\nIDE",
		    { "Cordialement", "IDE", NULL }, { "Chapelle", NULL } },
		{ "Dr Martin\nVigneron\nCardiologue", { "Cardiologue", NULL },
		    { "Vigneron", NULL } },
		{ "Appel de M. Paul\nVigneron, son fils.", { "fils", NULL },
		    { "Vigneron", NULL } },
		{ "Vue avec Mme Rose\r\nPigeon, sa fille.", { "fille", NULL },
		    { "Pigeon", NULL } },
	};

	(void)state;
	test_span_cases(&DEFAULT_MODE, &S, cases, N(cases));
}

/* A titled first name at a line's end, then the note's next item: a
 * head before its rest, a head alone before another line, a service, a
 * weekday, a unit's acronym: kept. */
static void
test_titled_line_break_lookalikes(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Mme H\xc3\xa9l\xc3\xa8ne\nNuit calme.", { "Nuit", "calme", NULL },
		    { NULL } },
		{ "Mme H\xc3\xa9l\xc3\xa8ne\nRepas pris.", { "Repas", NULL },
		    { NULL } },
		{ "Dr Martin\nTraitement inchang\xc3\xa9.", { "Traitement", NULL },
		    { NULL } },
		{ "Mme H\xc3\xa9l\xc3\xa8ne\nDouleur\nRAS", { "Douleur", "RAS", NULL },
		    { NULL } },
		{ "Mme H\xc3\xa9l\xc3\xa8ne\nDouleur, calme.", { "Douleur", NULL },
		    { NULL } },
		{ "Dr Martin\nCardiologie", { "Cardiologie", NULL }, { NULL } },
		{ "Dr Martin\nSamedi.", { "Samedi", NULL }, { NULL } },
		{ "Vu par Dr Martin\nSaint-Louis.", { "Saint", "Louis", NULL },
		    { NULL } },
		{ "Mme H\xc3\xa9l\xc3\xa8ne\nChambre 12", { "Chambre", NULL },
		    { NULL } },
		{ "Tension 12/8\nPouls 80\nNuit calme", { "Pouls", "Nuit", NULL },
		    { NULL } },
	};

	(void)state;
	test_span_cases(&DEFAULT_MODE, &S, cases, N(cases));
}

/* The rule reads a bounded window: the title and first name before the
 * line's end, the word, and the word or line after it. */
static void
test_linear_time(void **state)
{
	struct test_detect_timing timing = { &DEFAULT_MODE, &S, NULL, 0 };
	static const char *const units[] = {
		"Mme H\xc3\xa9l\xc3\xa8ne\nChapelle ", "Dr Martin\nVigneron\n",
		"Mme Rose\nPigeon, ", "M. Paul\nNuit\n", "Mme Rose\nIDE\n",
	};
	const size_t n = 4096;

	(void)state;
	for (size_t u = 0; u < N(units); u++)
		assert_linear(test_detect_time, &timing, units[u], n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titled_line_break_surname),
		cmocka_unit_test(test_titled_line_break_lookalikes),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
