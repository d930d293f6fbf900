/* Unit tests of the twenty-fourth names pass (docs/scrub.md "Names,
 * twenty-fourth pass (names24)"): a surname with capitalized particles
 * and no initial beside it, mid sentence right after a word that brings
 * a person ("sa fille et Le Roux", "Appel de Du Pont", "avec La Rocca"),
 * which names23 left raw.  Beside them, the look-alikes that stay: towns
 * and services after the same cues or after "à", "vers" ("et Le Havre",
 * "à La Rochelle", "Appel de La Poste", "avec Le Samu", "vers La
 * Réunion", "et Du Pont-de-Claix", an employer named after a town "chez
 * Le Guilvinec Marée") and an article at a sentence's start ("Le patient
 * refuse").  The detectors alone (detect_run), without row values, in
 * both modes. */
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

/* Capitalized particles and a name's word after et, avec, chez, par, or
 * "de" after a call: the whole surname goes (main left it raw). */
TEST_SPAN_CASES(test_cue_particle_name, &test_default, &S,
	{ "Pr\xc3\xa9sents : la patiente, sa fille et Le Roux.",
	    { "patiente", "fille", NULL }, { "Le", "Roux", NULL } },
	{ "Pr\xc3\xa9sents : la patiente, sa fille et Le Pen.",
	    { "patiente", NULL }, { "Le", "Pen", NULL } },
	{ "Pr\xc3\xa9sents : la patiente, sa fille et La Rocca.",
	    { "patiente", NULL }, { "La", "Rocca", NULL } },
	{ "Appel de Du Pont pour avoir des nouvelles.",
	    { "Appel", "nouvelles", NULL }, { "Du", "Pont", NULL } },
	{ "Appel de Des Rosiers pour avoir des nouvelles.",
	    { "Appel", NULL }, { "Des", "Rosiers", NULL } },
	{ "Courrier de Du Pigeon re\xc3\xa7u ce matin.",
	    { "Courrier", NULL }, { "Du", "Pigeon", NULL } })

/* The same cues before a town, a service, an institution; a place after
 * "à", "vers"; an article at a sentence's start: kept. */
TEST_SPAN_CASES(test_cue_particle_lookalikes, &test_default, &S,
	{ "Transfert \xc3\xa0 Lyon et Le Havre demain.",
	    { "Le", "Havre", NULL }, { NULL } },
	{ "Sortie \xc3\xa0 La Rochelle demain.",
	    { "La", "Rochelle", NULL }, { NULL } },
	{ "Appel de La Poste pour un colis.",
	    { "La", "Poste", NULL }, { NULL } },
	{ "Transfert avec Le Samu ce soir.",
	    { "Le", "Samu", NULL }, { NULL } },
	{ "D\xc3\xa9part vers La R\xc3\xa9union demain.",
	    { "La", NULL }, { NULL } },
	{ "Il habite et Du Pont-de-Claix.",
	    { "Du", "Pont", NULL }, { NULL } },
	{ "Mareyeur chez Le Guilvinec Maree.",
	    { "Le", "Guilvinec", NULL }, { NULL } },
	{ "Entretien et La Famille ce jour.",
	    { "La", "Famille", NULL }, { NULL } },
	{ "Le patient refuse. Du Pont refuse.",
	    { "Le", "patient", NULL }, { NULL } })

/* The rule reads three particles and a word after each cue. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"et Le Roux ", "et Le ", "Appel de Du Pont ", "de Du De La ",
		"avec Van Den Le Du ", "et Le Havre ", "chez La Poste ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cue_particle_name),
		cmocka_unit_test(test_cue_particle_lookalikes),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
