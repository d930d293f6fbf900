/* Unit tests of dev23 (docs/scrub.md "dev23"), each test failing on main
 * (9151561 + heldout23) without the branch:
 * - a nickname beside a person's name found: in quotes in parentheses
 *   after it ("Mme Petit Marguerite (« Guite » pour l'équipe)"), or
 *   before the full name in parentheses ("c'est Lulu (Lucienne
 *   Marchand)"), or in quotes after "appelée", which main left raw; "Doliprane (Lucienne Marchand)",
 *   "Patient (...)", "(« Papa »)" stay;
 * - a case's reference after "Cas", capitals glued to digits ("Cas
 *   LY20251187"), which main took without its capitals or not at all;
 *   "en cas de", "Cas index", "Cas A1" stay;
 * - a city in lower case of several words after a postcode ("13090 aix
 *   en provence", "97411 saint paul", "85000 la roche sur yon"), of
 *   which main took the first word; "75011 paris en voiture" ends at
 *   the city;
 * - a room of a residence named right after it ("la chambre 5 de la
 *   résidence"), which main left raw; a ward's room stays;
 * - a dilution's ratio after "au" ("Dilution de la morphine au 1/10"),
 *   a classification named after a place before its grade ("Œsophagite
 *   de Los Angeles grade C"), a dish named after a first name
 *   ("Charlotte aux fraises"), which main took as a date or a name:
 *   kept; the look-alikes still go ("rdv au 1/10", "Mme Pigeon grade 2",
 *   "gastrite de Marie Pigeon grade B", "Mme Pigeon aux fraises").
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

/* A nickname beside the name found goes; a word that is no nickname
 * before a full name, or a relative's word in quotes, stays. */
TEST_SPAN_CASES(test_nicknames_beside_name, &test_default, &S,
	{ "Mme Petit Marguerite (\xc2\xab Guite \xc2\xbb pour "
	    "l'\xc3\xa9quipe), ch. 9 de l'EHPAD, angoiss\xc3\xa9" "e.",
	    { "angoiss", NULL }, { "Guite", "Petit Marguerite", NULL } },
	{ "SMS : \xc2\xab c'est Lulu (Lucienne Marchand) de la chambre "
	    "5, je suis tomb\xc3\xa9" "e \xc2\xbb", { "SMS", NULL },
	    { "Lulu", "Lucienne Marchand", NULL } },
	{ "M. Roux Paul (\"Polo\") a bien dormi.", { "dormi", NULL },
	    { "Polo", "Roux Paul", NULL } },
	{ "Mme Vigneron Anne (\xc2\xab Pigeon \xc2\xbb pour tous) "
	    "refuse le repas.", { "refuse", NULL }, { "Pigeon", NULL } },
	{ "c'est D\xc3\xa9" "d\xc3\xa9 (Andr\xc3\xa9 Marchand) qui "
	    "appelle", { "appelle", NULL }, { "D\xc3\xa9" "d\xc3\xa9",
	    NULL } },
	{ "Mme Petit Marguerite, appel\xc3\xa9" "e \xc2\xab Guite "
	    "\xc2\xbb par l'\xc3\xa9quipe, chambre 3.", { "par", NULL },
	    { "Guite", NULL } },
	{ "a appel\xc3\xa9 \xc2\xab SOS M\xc3\xa9" "decins \xc2\xbb "
	    "\xc3\xa0 3h", { "SOS", NULL }, { NULL } },
	{ "Doliprane (Lucienne Marchand) donn\xc3\xa9 \xc3\xa0 8h.",
	    { "Doliprane", NULL }, { "Lucienne Marchand", NULL } },
	{ "Patient (Lucienne Marchand) vu ce jour.", { "Patient", NULL },
	    { "Lucienne Marchand", NULL } },
	{ "M. Roux Paul (\xc2\xab Papa \xc2\xbb) calme.",
	    { "Papa", "calme", NULL }, { "Roux Paul", NULL } })

/* A case's reference after "Cas" goes whole; "cas" that numbers
 * nothing stays. */
TEST_SPAN_CASES(test_case_numbers, &test_default, &S,
	{ "Cas LY20251187 : Mme G., 83 ans, hyponatr\xc3\xa9mie.",
	    { "83 ans", NULL }, { "LY20251187", NULL } },
	{ "cas LY20251187 transmis au CRPV", { "transmis", NULL },
	    { "LY20251187", NULL } },
	{ "Cas CT25-004471 transmis", { "transmis", NULL },
	    { "CT25-004471", NULL } },
	{ "CAS : PA2025118 clos", { "clos", NULL }, { "PA2025118",
	    NULL } },
	{ "En cas de fi\xc3\xa8vre, Cas index de la fratrie, Cas A1 "
	    "discut\xc3\xa9.", { "Cas index", "Cas A1", NULL },
	    { NULL } })

/* A city in lower case after its postcode goes whole; the words after
 * it that are no city's stay. */
TEST_SPAN_CASES(test_lower_city_after_postcode, &test_default, &S,
	{ "ma nouvelle adresse est 5 bis impasse des Vignes 13090 aix "
	    "en provence, merci", { "merci", NULL },
	    { "13090 aix en provence", NULL } },
	{ "adresse : 12 rue des Lilas 97411 saint paul merci",
	    { "merci", NULL }, { "97411 saint paul", NULL } },
	{ "12 rue des Lilas 85000 la roche sur yon", { NULL },
	    { "85000 la roche sur yon", NULL } },
	{ "12 rue du Lac 64500 saint jean de luz", { NULL },
	    { "64500 saint jean de luz", NULL } },
	{ "3 rue du Port 75011 paris en voiture", { "voiture", NULL },
	    { "75011 paris", NULL } },
	{ "3 rue du Port 44000 nantes en urgence", { "urgence", NULL },
	    { "44000 nantes", NULL } })

/* A room of a residence named after it goes; a ward's room stays. */
TEST_SPAN_CASES(test_room_of_residence, &test_default, &S,
	{ "c'est Lulu de la chambre 5 de la r\xc3\xa9sidence, je suis "
	    "tomb\xc3\xa9" "e", { "tomb", NULL }, { "chambre 5", NULL } },
	{ "chute dans la chambre 12 du foyer, relev\xc3\xa9" "e",
	    { "relev", NULL }, { "chambre 12", NULL } },
	{ "la chambre 5 de la maison de retraite", { NULL },
	    { "chambre 5", NULL } },
	{ "la chambre 5 du service de cardiologie, chambre 8 de "
	    "l'h\xc3\xb4pital", { "chambre 5", "chambre 8", NULL },
	    { NULL } })

/* A dilution's ratio stays; a date after "au" still goes. */
TEST_SPAN_CASES(test_dilution_ratio, &test_default, &S,
	{ "Dilution de la morphine au 1/10, soit 1 mg par mL.",
	    { "1/10", NULL }, { NULL } },
	{ "dilu\xc3\xa9 au 1/10 dans du NaCl, s\xc3\xa9rum dilu\xc3\xa9 "
	    "au 1/2 avant", { "1/10", "1/2", NULL }, { NULL } },
	{ "rdv au 1/10 avec le Dr Martin", { NULL }, { "1/10", NULL } },
	{ "dilution faite, rdv au 1/10", { NULL }, { "1/10", NULL } },
	{ "dilu\xc3\xa9 puis revu au 12/10", { NULL }, { "12/10",
	    NULL } })

/* A classification named after a place before its grade, a dish named
 * after a first name: kept; a person in the same places still goes
 * (ordinary-word surnames: Pigeon, Chapelle, Vigneron, Prince). */
TEST_SPAN_CASES(test_eponym_grade_and_dish, &test_default, &S,
	{ "\xc5\x92sophagite de Los Angeles grade C, contr\xc3\xb4le "
	    "\xc3\xa0 8 semaines.", { "Los Angeles", NULL }, { NULL } },
	{ "\xc5\x92sophagite Los Angeles grade B sous IPP",
	    { "Los Angeles", NULL }, { NULL } },
	{ "Mme Pigeon grade 2 au Barthel", { NULL }, { "Pigeon", NULL } },
	{ "gastrite de Marie Pigeon grade B", { NULL },
	    { "Marie Pigeon", NULL } },
	{ "Dr Chapelle stade 2", { NULL }, { "Chapelle", NULL } },
	{ "M. Vigneron Paul grade C", { NULL }, { "Vigneron Paul",
	    NULL } },
	{ "Charlotte aux fraises au go\xc3\xbbter, eau g\xc3\xa9lifi"
	    "\xc3\xa9" "e.", { "Charlotte", NULL }, { NULL } },
	{ "Madeleine au citron pour le go\xc3\xbbter.",
	    { "Madeleine", NULL }, { NULL } },
	{ "Mme Pigeon aux fraises, M. Prince au chocolat.", { NULL },
	    { "Pigeon", "Prince", NULL } },
	{ "sa fille Charlotte aux urgences", { NULL }, { "Charlotte",
	    NULL } },
	/* review28b: after a first name, the surname (an ordinary
	 * word) is the person's, no dish */
	{ "Paul Prince au chocolat ce midi.", { NULL }, { "Paul",
	    "Prince", NULL } },
	{ "Anne Dauphin aux pommes ce midi.", { NULL }, { "Anne",
	    "Dauphin", NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Cas LY20251187 ", "cas AB12345 : ", "13090 aix en provence ",
		"97411 saint paul ", "85000 la roche sur yon ", "aix en ",
		"13090 aix en en en ", "Mme Petit Marguerite (\"Guite\") ",
		"Lulu (Lucienne Marchand) ", "(Lucienne Marchand) ",
		"chambre 5 de la residence ", "dilue au 1/10 ", "au 1/10 ",
		"oesophagite de Los Angeles grade C ", "Los Angeles grade ",
		"Charlotte aux fraises ", "Mme Pigeon aux ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nicknames_beside_name),
		cmocka_unit_test(test_case_numbers),
		cmocka_unit_test(test_lower_city_after_postcode),
		cmocka_unit_test(test_room_of_residence),
		cmocka_unit_test(test_dilution_ratio),
		cmocka_unit_test(test_eponym_grade_and_dish),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
