/* Unit tests of the places pass prec40a (docs/scrub.md, "Places that are
 * no one's address (prec40a)"): the town alone where a child, a sibling
 * or a cousin lives ("fils Carlos, vit à Braga") is no address of the
 * patient; a building named by its letter or its name in a note where no
 * one and no home is named ("coupure électrique prévue bât. C") is the
 * hospital's; the country after a postcode and its city ("H-1053
 * Budapest, Hongrie", "29200 Brest, France") is no city; nor is the
 * word of a body's or a shop's name before a postcode ("CPAM du
 * Finistère, 29282 Brest Cedex").  Beside each,
 * what still goes: the patient's own town, a town after "le décès de son
 * fils", a relative's street, the building of a home, a resident's
 * building, a quarter after a postcode.  The detectors alone
 * (detect_run), in both modes. */
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

/* A relative's town alone stays; the patient's goes. */
TEST_SPAN_CASES(test_kin_town, &test_default, &S,
	{ "Famille pr\xc3\xa9venue : fils Carlos (+351 912 447 806), "
	    "vit \xc3\xa0 Braga. Pompes fun\xc3\xa8" "bres contact\xc3\xa9" "es.",
	    { "Braga", NULL }, { "Carlos", "+351 912 447 806", NULL } },
	{ "Sa s\xc5\x93ur Mme Abalain-Prigent habite Quimper.",
	    { "Quimper", NULL }, { "Abalain-Prigent", NULL } },
	{ "Personne de confiance : aucune, sa s\xc5\x93ur vit \xc3\xa0 "
	    "Bakou (+994 50 412 38 77).", { "Bakou", NULL },
	    { "+994 50 412 38 77", NULL } },
	/* the patient's own town, alone, goes */
	{ "Mme Girard, n\xc3\xa9" "e \xc3\xa0 Lille, vit \xc3\xa0 "
	    "Roubaix, mutuelle \xc3\xa0 jour.", { NULL },
	    { "Roubaix", "Girard", NULL } },
	{ "Depuis le d\xc3\xa9" "c\xc3\xa8s de son fils, vit seule "
	    "\xc3\xa0 Lorient (56).", { NULL }, { "Lorient (56)",
	    NULL } },
	/* a relative's street and postcode go */
	{ "Son fils Andrei vit au 5 rue des Lilas, 35000 Rennes.",
	    { NULL }, { "5 rue des Lilas", "35000 Rennes", "Andrei" } })

/* A building with no one in the note stays; a home's goes. */
TEST_SPAN_CASES(test_building_owner, &test_default, &S,
	{ "Appel du standard : coupure \xc3\xa9lectrique pr\xc3\xa9vue "
	    "mardi 6h-6h30 b\xc3\xa2t. C, groupes test\xc3\xa9s.",
	    { "b\xc3\xa2t. C", NULL }, { NULL } },
	{ "Prison : les d\xc3\xa9tenus du b\xc3\xa2timent Vauban sont "
	    "vus le matin.", { "b\xc3\xa2timent Vauban", NULL },
	    { NULL } },
	/* the building of a home, of a resident, of someone named */
	{ "R\xc3\xa9sidence Les Pins, b\xc3\xa2t. B, 3e \xc3\xa9tage.",
	    { NULL }, { "b\xc3\xa2t. B", "R\xc3\xa9sidence Les Pins",
	    NULL } },
	{ "EHPAD : la r\xc3\xa9sidente du b\xc3\xa2t. C a chut\xc3\xa9.",
	    { NULL }, { "b\xc3\xa2t. C", NULL } },
	{ "Mat\xc3\xa9riel remis \xc3\xa0 M. Lee Tou, \xc3\xa0 rapporter "
	    "au laboratoire, b\xc3\xa2timent Laennec, porte 4.", { NULL },
	    { "b\xc3\xa2timent Laennec", "Lee Tou", NULL } })

/* The country after a postcode and its city stays; they go. */
TEST_SPAN_CASES(test_country_after_city, &test_default, &S,
	{ "Adresse : Kossuth Lajos utca 17, H-1053 Budapest, Hongrie.",
	    { "Hongrie", NULL }, { "H-1053 Budapest",
	    "Kossuth Lajos utca 17", NULL } },
	{ "Adresse : 14 rue des Lilas, 29200 Brest, France.",
	    { "France", NULL }, { "29200 Brest", "14 rue des Lilas",
	    NULL } },
	{ "Adresse : 2 rue Neuve, CH-1206 Gen\xc3\xa8ve, Suisse.",
	    { "Suisse", NULL }, { "CH-1206 Gen\xc3\xa8ve", NULL } },
	/* a quarter after the city goes */
	{ "Adresse : 14 rue des Lilas, 29200 Brest, Lamb\xc3\xa9zellec.",
	    { NULL }, { "Lamb\xc3\xa9zellec", "29200 Brest", NULL } },
	/* the patient named France goes */
	{ "Mme France Le Goff, 14 rue des Lilas, 29200 Brest.",
	    { NULL }, { "France Le Goff", "29200 Brest", NULL } })

/* The word of a body's or a shop's name before a postcode stays; a
 * lieu-dit there, and an EHPAD's name, go. */
TEST_SPAN_CASES(test_body_name, &test_default, &S,
	{ "Courrier de la CPAM du Finist\xc3\xa8re, 29282 Brest Cedex, "
	    "pour Mme Le Goff.", { "Finist\xc3\xa8re", NULL },
	    { "29282 Brest Cedex", "Le Goff", NULL } },
	{ "Officine de garde (Pharmacie du Port, 97400 Saint-Denis) : "
	    "M. Payet.", { "Port", NULL }, { "97400 Saint-Denis",
	    "Payet", NULL } },
	/* a lieu-dit, a home's name */
	{ "Vit chez sa fille, depuis Coat M\xc3\xa9" "al, 22160 Callac.",
	    { NULL }, { "Coat M\xc3\xa9" "al", "22160 Callac", NULL } },
	{ "Mme Quillec, EHPAD du Lac, 29200 Brest.", { NULL },
	    { "EHPAD du Lac", "29200 Brest", NULL } },
	{ "Courrier du Finist\xc3\xa8re, 29282 Brest Cedex.", { NULL },
	    { "Finist\xc3\xa8re", "29282 Brest Cedex", NULL } })

/* The walks are bounded: eight words back from a residence word, the
 * comment's flags for a building. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"fils Carlos vit \xc3\xa0 Braga ", "sa s\xc5\x93ur habite Quimper ",
		"b\xc3\xa2t. C ", "H-1053 Budapest, Hongrie, ",
		"CPAM du Finist\xc3\xa8re, 29282 Brest ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kin_town),
		cmocka_unit_test(test_building_owner),
		cmocka_unit_test(test_country_after_city),
		cmocka_unit_test(test_body_name),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
