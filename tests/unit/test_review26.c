/* Unit tests of review26 (docs/threat-model.md "Review, twenty-sixth
 * pass"), each failing on batch24 (16d138f) without the fix:
 * - dev21's ward named after a person (ward_eponym: "Service
 *   Claude-Bernard") kept any two or three capitalized parts joined by
 *   hyphens after "service", "bâtiment", "amphi"...: a person's double
 *   surname there ("le service Dupont-Durand a appelé", "amphi
 *   Moreau-Girard") stayed, which main took.  The first part is now a
 *   given name of the lists, the shape the rule describes;
 * - dev21's city abroad by its "-Ville" or "-City" ("Koweït-Ville",
 *   "Quezon-City") kept a double surname so ending ("appel de
 *   Moreau-Ville", "vu avec Durand-City"), which main took: two parts
 *   whose first is a surname of the lists are a person's;
 * - precision26's commune after a professional's "à" (staff_at_town:
 *   "psychiatre à Paris") kept a surname of the lists that is a commune
 *   too ("courrier du psychiatre à Besson", "transmis par le médecin à
 *   Fleury"), which main took: such a surname only when Dicollecte knows
 *   it as a proper noun ("Paris", "Nancy").
 * The detectors alone (detect_run), as test_dev21.c. */
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

/* Two surnames joined after a ward's word are a person; a given name
 * and a surname joined are still the ward's eponym. */
TEST_SPAN_CASES(test_ward_double_surname, &test_default, &S,
	{ "Service Dupont-Durand, 3e \xc3\xa9tage.", { "Service",
	    NULL }, { "Dupont-Durand", NULL } },
	{ "Le service Lefebvre-Moreau a appel\xc3\xa9 ce matin.",
	    { "service", NULL }, { "Lefebvre-Moreau", NULL } },
	{ "Cours dans l'amphi Moreau-Girard.", { "amphi", NULL },
	    { "Moreau-Girard", NULL } },
	{ "Service Claude-Bernard, secteur Jean-Moulin.",
	    { "Claude-Bernard", "Jean-Moulin" }, { NULL } })

/* A surname of the lists and "-Ville" or "-City" is a double name; a
 * city abroad so written stays. */
TEST_SPAN_CASES(test_ville_double_surname, &test_default, &S,
	{ "Appel de Moreau-Ville ce matin.", { "Appel", NULL },
	    { "Moreau-Ville", NULL } },
	{ "Vu avec Durand-City ce jour.", { "Vu", NULL },
	    { "Durand-City", NULL } },
	{ "Retour de Kowe\xc3\xaft-Ville, puis Quezon-City.",
	    { "Kowe\xc3\xaft-Ville", "Quezon-City" }, { NULL } })

/* After a professional's "à", a surname of the lists that is a commune
 * too is a person; a town known as one stays. */
TEST_SPAN_CASES(test_staff_at_surname, &test_default, &S,
	{ "Courrier du psychiatre \xc3\xa0 Besson ce jour.",
	    { "Courrier", NULL }, { "Besson", NULL } },
	{ "Transmis par le m\xc3\xa9" "decin \xc3\xa0 Fleury.",
	    { "Transmis", NULL }, { "Fleury", NULL } },
	{ "Avis du cardiologue \xc3\xa0 Gaillard : RAS.",
	    { "cardiologue", NULL }, { "Gaillard", NULL } },
	{ "Suivi par un psychiatre \xc3\xa0 Paris, m\xc3\xa9" "decin "
	    "\xc3\xa0 Nancy.", { "Paris", "Nancy" }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ward_double_surname),
		cmocka_unit_test(test_ville_double_surname),
		cmocka_unit_test(test_staff_at_surname),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
