/* Unit tests of recall28 (docs/scrub.md "recall28"): a surname after a
 * minister's title that is a surname too ("le pasteur Ndikumana",
 * "l'abbé Kerbrat"), a hyphenated file number whose reference word is
 * further back in its clause ("code client ... plateforme HOP-7721"),
 * the places of a person with no home ("lit 3 au CHRS Les Glycines",
 * "rue des Aulnes, emplacement 7").  Beside each family, the look-alikes that stay.  The detectors
 * alone (detect_run), without row values. */
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

/* A minister's title in lower case after an article, then a surname. */
TEST_SPAN_CASES(test_ministers, &test_default, &S,
	{ "Le pasteur Ndikumana vient prier avec la patiente chaque "
	    "dimanche.", { "pasteur", "patiente" },
	    { "Ndikumana", NULL } },
	{ "l'abb\xc3\xa9 Kerbrat passera demain, puis le cur\xc3\xa9 "
	    "Le Gall.", { "abb\xc3\xa9", "passera" },
	    { "Kerbrat", "Le Gall" } },
	{ "LE PASTEUR NDIKUMANA PASSERA, la pasteure Ouedraogo "
	    "aussi.", { "PASSERA", "aussi" },
	    { "NDIKUMANA", "Ouedraogo" } })

/* The title capitalized or without its article (an institute, a vaccine,
 * a surname), an ordinary word after it, "cure" without its accent. */
TEST_SPAN_CASES(test_ministers_kept, &test_default, &S,
	{ "vaccin Pasteur fait \xc3\xa0 l'Institut Pasteur de Lille.",
	    { "vaccin", "Institut" }, { NULL } },
	{ "le pasteur de la paroisse est pass\xc3\xa9, le p\xc3\xa8re "
	    "de la patiente aussi.", { "paroisse", "patiente" },
	    { NULL } },
	{ "cure Caelyx J3, notre abb\xc3\xa9 Martin est venu.",
	    { "Caelyx", "Martin" }, { NULL } })

/* A desk's file number (capitals, a hyphen, four digits or more) after
 * a reference word further back in its clause. */
TEST_SPAN_CASES(test_hyphen_references, &test_default, &S,
	{ "code client de l'h\xc3\xb4pital pour la plateforme "
	    "HOP-7721 (\xc3\xa0 ne pas confondre).", { "plateforme",
	    NULL }, { "HOP-7721", NULL } },
	{ "code client attribu\xc3\xa9 par la plateforme : CLT-48812.",
	    { "plateforme", NULL }, { "CLT-48812", NULL } },
	{ "r\xc3\xa9""f\xc3\xa9rence du dossier chez l'assureur : "
	    "DOS-2023-0042.", { "assureur", NULL },
	    { "DOS-2023-0042", NULL } })

/* Standards, clinical codes, a thing's code, a date with a hyphen. */
TEST_SPAN_CASES(test_hyphen_references_kept, &test_default, &S,
	{ "r\xc3\xa9""f\xc3\xa9rence de la norme ISO-15189 pour le "
	    "laboratoire.", { "ISO-15189", NULL }, { NULL } },
	{ "code client : COVID-19 et T-21 demand\xc3\xa9s, HLA-B27 "
	    "positif.", { "COVID-19", "HLA-B27" }, { NULL } },
	{ "code couleur ABC-1234 du bracelet, r\xc3\xa9""f\xc3\xa9rence "
	    "du test CA-125.", { "ABC-1234", "CA-125" }, { NULL } },
	{ "code client : recommandations PNNS-2019 remises.",
	    { "PNNS-2019", NULL }, { NULL } })

/* A bed before its home, a pitch beside a travellers' site's address. */
TEST_SPAN_CASES(test_no_home_places, &test_default, &S,
	{ "Dort lit 3 au CHRS Les Glycines depuis lundi.",
	    { "Dort", "lundi" }, { "lit 3", "Glycines" } },
	{ "Vaccins faits sur l'aire de la rue des Aulnes, emplacement "
	    "7 ; carnets mis \xc3\xa0 jour.", { "Vaccins", "carnets" },
	    { "emplacement 7", "Aulnes" } },
	{ "emplacement 12 de l'aire d'accueil de la route de "
	    "Thionville, caravane blanche.", { "caravane", NULL },
	    { "emplacement 12", "Thionville" } })

/* A hospital's bed, a bed or a pitch with no home, a body's name before
 * its postcode, the centre that gives an address of record (the hand
 * sets leave "CCAS" before its street five times of seven). */
TEST_SPAN_CASES(test_no_home_places_kept, &test_default, &S,
	{ "Lit 3 : retour de bloc, emplacement 3 du cath\xc3\xa9ter "
	    "\xc3\xa0 surveiller.", { "Lit 3", "emplacement 3" },
	    { NULL } },
	{ "patient du lit 4 au 12 rue des Lilas ? appel du CCAS, 2 "
	    "appels sans r\xc3\xa9ponse.", { "lit 4", "CCAS" },
	    { NULL } },
	{ "CPAM du Finist\xc3\xa8re, 29282 Brest Cedex.",
	    { "CPAM", "Finist\xc3\xa8re" }, { NULL } },
	{ "Domiciliation au CCAS, 4 place de l'H\xc3\xb4tel de Ville, "
	    "59000 Lille.", { "CCAS", NULL }, { NULL } })

/* Each family's shapes, repeated, in time linear in the text. */
static void
test_recall28_linear(void **state)
{
	static const char *const units[] = {
		"le pasteur Ndikumana ", "le pasteur ", "LE PASTEUR NDIKUMANA ",
		"code client HOP-7721 ", "code HOP-7721-7721 ",
		"lit 3 au CHRS Les Glycines ", "lit 3 au ",
		"rue des Aulnes, emplacement 7, ", "emplacement 7 de l'aire ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ministers),
		cmocka_unit_test(test_ministers_kept),
		cmocka_unit_test(test_hyphen_references),
		cmocka_unit_test(test_hyphen_references_kept),
		cmocka_unit_test(test_no_home_places),
		cmocka_unit_test(test_no_home_places_kept),
		cmocka_unit_test(test_recall28_linear),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
