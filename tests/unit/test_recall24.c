/* Unit tests of recall24 (twenty-sixth pass, docs/scrub.md "Recall,
 * twenty-fourth pass (recall24)"): a provisional identity given to a
 * person whose name is not known ("URG-X-2511-07", "ANONYME 2511",
 * "identité provisoire X 2511"), a door's code with a letter after
 * "code" alone ("code 4821B"), a room in a care home's form ("Chambre :
 * 115"), a street's name with "à" inside ("rue du Moulin-à-Vent"), a
 * hamlet after "à la" ("vit à la Petite Lande"), a street abroad named
 * after a first name that is also a word ("rua maria 12"), a study's
 * number after its name ("n° d'inclusion PRODIGE 2231"), a file's
 * number dictated in words ("dossier quatre cinq deux huit ..."), a
 * table's surname cell in capitals ("014 | PIGEON | Marie | ...").
 * Beside each, the look-alikes that stay.  The detectors alone
 * (detect_run), without row values. */
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

/* A provisional identity: a code with the "X" of an unknown person, a
 * word of anonymity in capitals and its number, a code after
 * "identité provisoire". */
TEST_SPAN_CASES(test_provisional_ids, &test_default, &S,
	{ "identit\xc3\xa9 provisoire URG-X-2511-07, probable IEA.",
	    { NULL }, { "2511-07", NULL } },
	{ "admis sous URG-X-2604-11 puis X-SAU-2025-118 ce soir",
	    { NULL }, { "2604-11", "2025-118", NULL } },
	{ "patient ANONYME 2511 admis ; patiente INCONNUE 07-2511",
	    { NULL }, { "2511", "07-2511", NULL } },
	{ "identit\xc3\xa9 provisoire X 4471 ; IPP provisoire : "
	    "SAU-8812", { NULL }, { "4471", "8812", NULL } },
	{ "nom provisoire : 33127 en attendant la famille",
	    { NULL }, { "33127", NULL } })

/* Codes and numbers with an X or a capital beside them that are no
 * one's identity: they stay. */
TEST_SPAN_CASES(test_provisional_look_alikes_kept, &test_default, &S,
	{ "COVID-19 positif, HLA-B27 n\xc3\xa9gatif", { "19",
	    "B27", NULL }, { NULL } },
	{ "anti-Xa 0,45 UI/mL ; X 2 fois par jour", { "0,45",
	    "2 fois", NULL }, { NULL } },
	{ "accouchement sous X ; trisomie X-21 non", { "X-21",
	    NULL }, { NULL } },
	{ "identit\xc3\xa9 provisoire 2 ans ; patient anonyme 2 fois",
	    { "2 ans", "2 fois", NULL }, { NULL } },
	{ "Kardegic 75 mg, Lasilix 40 ; HbA1c 7,2 %",
	    { "75 mg", "7,2", NULL }, { NULL } },
	{ "classe NYHA-III, stade T2-N0-M0 en 2019",
	    { "NYHA-III", "2019", NULL }, { NULL } })

/* A door's code with its letter after "code" alone; a resident's room
 * written as a form's field in a home. */
TEST_SPAN_CASES(test_door_codes_and_form_rooms, &test_default, &S,
	{ "le portail du 12 bis route de Cassis (Mme X) est "
	    "ferm\xc3\xa9, code 4821B non transmis.", { NULL },
	    { "4821B", NULL } },
	{ "Livraison : sonner, code 30571C puis 2e gauche",
	    { NULL }, { "30571C", NULL } },
	{ "Fiche de liaison EHPAD : R\xc3\xa9sident : Mme Pigeon "
	    "Marthe ; Chambre : 115 ; M\xc3\xa9" "decin co : Dr "
	    "Ouali", { NULL }, { "115", NULL } },
	{ "IDEC : la r\xc3\xa9sidente (ch. : 24) a chut\xc3\xa9 "
	    "cette nuit", { NULL }, { "24", NULL } })

/* A code of digits alone or a letter first (a classification's), a
 * ward's room and bed: they stay. */
TEST_SPAN_CASES(test_door_codes_look_alikes_kept, &test_default, &S,
	{ "code 1234 pour la carte ; code CIM F32", { "1234",
	    NULL }, { NULL } },
	{ "code E1165 ; code 4821 B", { "E1165", "4821", NULL },
	    { NULL } },
	{ "Urgences : Chambre : 12 ; isolement contact.",
	    { "12", NULL }, { NULL } },
	{ "Lit : 3 retour de bloc, Chambre : 27 isolement",
	    { "3", "27", NULL }, { NULL } })

/* A study's or a registry's number after its name and a phrase that
 * says so. */
TEST_SPAN_CASES(test_study_ids, &test_default, &S,
	{ "Patient inclus, r\xc3\xa9" "f. Trajectoire 2231, suivi.",
	    { NULL }, { "2231", NULL } },
	{ "n\xc2\xb0 d'inclusion PRODIGE 4478 confirm\xc3\xa9",
	    { NULL }, { "4478", NULL } },
	{ "inclus dans ESPRIT sous le 0412 le mois dernier",
	    { NULL }, { "0412", NULL } },
	{ "num\xc3\xa9ro de randomisation HORIZON 44512 ; incluse "
	    "dans CANTO sous le n\xc2\xb0 0733", { NULL }, { "44512",
	    "0733", NULL } },
	{ "randomis\xc3\xa9" "e dans Pigeon 4412.", { NULL },
	    { "4412", NULL } })

/* A trial's own short number, a year, a dose, a drug with its number,
 * inclusion criteria: they stay. */
TEST_SPAN_CASES(test_study_look_alikes_kept, &test_default, &S,
	{ "essai PRODIGE 24 propos\xc3\xa9 ; inclus dans ESPRIT 2 ans",
	    { "24", "2 ans", NULL }, { NULL } },
	{ "r\xc3\xa9" "f. HAS 2019 ; r\xc3\xa9" "f. Spasfon 1000 mg",
	    { "2019", "1000 mg", NULL }, { NULL } },
	{ "crit\xc3\xa8res d'inclusion ESPRIT 2231 remplis",
	    { "2231", NULL }, { NULL } },
	{ "r\xc3\xa9" "f. Doliprane 1000 ; inclus dans COVID-19 "
	    "2231", { "1000", "COVID-19", NULL }, { NULL } },
	{ "HbA1c 7,2 % ; code CIM E11.65 ; 75 ans", { "7,2",
	    "E11.65", NULL }, { NULL } })

/* A file's number dictated in words after its label. */
TEST_SPAN_CASES(test_spelled_ids, &test_default, &S,
	{ "ouvrez la parenth\xc3\xa8se num\xc3\xa9ro de dossier "
	    "quatre cinq deux huit huit un neuf fermez la "
	    "parenth\xc3\xa8se", { NULL }, { "cinq deux huit",
	    NULL } },
	{ "dossier quatre cent douze mille trois cent vu",
	    { NULL }, { "douze mille", NULL } },
	{ "IPP : sept deux, trois neuf, quatre quatre", { NULL },
	    { "trois neuf", NULL } },
	{ "dossier vingt et un mille quatre cent deux", { NULL },
	    { "un mille quatre", NULL } })

/* Counts and durations in words after a label: they stay. */
TEST_SPAN_CASES(test_spelled_look_alikes_kept, &test_default, &S,
	{ "dossier de trois pages ; IPP deux fois", { "trois pages",
	    "deux fois", NULL }, { NULL } },
	{ "s\xc3\xa9jour de quatre-vingt-dix jours", {
	    "quatre-vingt-dix", NULL }, { NULL } },
	{ "dossier complet, deux ou trois examens", { "deux ou trois",
	    NULL }, { NULL } })

/* A pasted table's surname cell in capitals before a first name's
 * cell, an ordinary word or a name the first-name rules left. */
TEST_SPAN_CASES(test_table_capitals_surnames, &test_default, &S,
	{ "014 | PIGEON | Marie | 12/03/1961 | HTA", { "HTA",
	    NULL }, { "PIGEON", NULL } },
	{ "015 | MARTIN | Paul | 02/10/1950", { NULL }, { "MARTIN",
	    NULL } },
	{ "Liste :\nVIGNERON | Jean | 06 12 34 56 78", { NULL },
	    { "VIGNERON", NULL } },
	{ "\tCORDONNIER\tAnne\t03/04/1972\t", { NULL },
	    { "CORDONNIER", NULL } })

/* An acronym's cell, a yes/no cell, a cell before a word that is no
 * first name: they stay. */
TEST_SPAN_CASES(test_table_look_alikes_kept, &test_default, &S,
	{ "014 | HTA | Paul | 12/03/1961", { "HTA", NULL },
	    { NULL } },
	{ "OUI | Paul | 12/03/1961 ; NON | Anne | 02/10/1950",
	    { "OUI", "NON", NULL }, { NULL } },
	{ "BPCO | Glyc\xc3\xa9mie | 12/03/2024", { "BPCO",
	    "Glyc\xc3\xa9mie", NULL }, { NULL } })

/* A street's name with "à", "au", "aux" joined by '-' inside it; a
 * hamlet of an adjective and a noun after "à la"; a street abroad in
 * lower case named after a first name that is also a word or a
 * surname (D_AMBIG), its city capitalized or not. */
TEST_SPAN_CASES(test_street_and_hamlet_names, &test_default, &S,
	{ "Courrier revenu (7 ter rue du Moulin-\xc3\xa0-Vent, "
	    "44300 Nantes) : adresse", { NULL }, { "Moulin-\xc3\xa0"
	    "-Vent", NULL } },
	{ "domicile : 8 chemin du Puits-aux-Loups, seule",
	    { NULL }, { "Puits-aux-Loups", NULL } },
	{ "vit \xc3\xa0 la Petite Lande depuis 10 ans ; VAD "
	    "\xc3\xa0 la Vieille Forge", { NULL }, { "Lande",
	    "Forge", NULL } },
	{ "habite \xc3\xa0 la Haute Chapelle avec sa fille",
	    { NULL }, { "Chapelle", NULL } },
	{ "vit rua maria 12, 1100-052 lisboa", { NULL },
	    { "maria 12", "lisboa", NULL } },
	{ "vit via pierre 12, Roma ; habite rua rosa 3", { NULL },
	    { "pierre 12", "rosa 3", NULL } })

/* A town in capitals after a street, a region after "à la", a
 * first name after "via" that is no street (no number, a count, a
 * unit): they stay as before. */
TEST_SPAN_CASES(test_street_look_alikes_kept, &test_default, &S,
	{ "vit \xc3\xa0 la R\xc3\xa9union depuis 2010 ; vit "
	    "\xc3\xa0 la campagne", { "campagne", NULL },
	    { NULL } },
	{ "marche \xc3\xa0 la Petite Lande ; la petite maison",
	    { "marche", "maison", NULL }, { NULL } },
	{ "envoy\xc3\xa9 via pierre 12 fois ; via rose 12 mg",
	    { "12 fois", "12 mg", NULL }, { NULL } },
	{ "transmis via marie 3 jours", { "3 jours", NULL },
	    { NULL } },
	{ "COVID-19 au Moulin-\xc3\xa0-caf\xc3\xa9 : 2 cp",
	    { "2 cp", NULL }, { NULL } })

/* Each rule reads a bounded window: linear over repeated cells. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"URG-X-2511-07 ", "X-", "A-", "1-", "X-1-", "A-B-C-D-E-F-1 ",
		"ANONYME 2511 ", "identit\xc3\xa9 provisoire X 1 ",
		"identit\xc3\xa9 provisoire ", "code 4821B ", "code ",
		"EHPAD Chambre : 115 ", "Chambre : ",
		"3 rue du Moulin-\xc3\xa0-Vent ", "-\xc3\xa0-A",
		"vit \xc3\xa0 la Petite Lande ", "vit \xc3\xa0 la Petite ",
		"vit rua maria 12, Roma ", "via pierre ",
		"r\xc3\xa9" "f. Trajectoire 2231 ", "inclus dans A sous le 0412 ",
		"n\xc2\xb0 d'inclusion A 2231 ", "sous le n\xc2\xb0 1234 ",
		"dossier quatre cinq deux huit un ", "dossier de dossier ",
		"quatre et ", "IPP un ", "| PIGEON | Marie | 12/03/1961 ",
		"| A | A | 12/03/1961 ", "| PIGEON ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_provisional_ids),
		cmocka_unit_test(test_provisional_look_alikes_kept),
		cmocka_unit_test(test_door_codes_and_form_rooms),
		cmocka_unit_test(test_door_codes_look_alikes_kept),
		cmocka_unit_test(test_study_ids),
		cmocka_unit_test(test_study_look_alikes_kept),
		cmocka_unit_test(test_spelled_ids),
		cmocka_unit_test(test_spelled_look_alikes_kept),
		cmocka_unit_test(test_table_capitals_surnames),
		cmocka_unit_test(test_table_look_alikes_kept),
		cmocka_unit_test(test_street_and_hamlet_names),
		cmocka_unit_test(test_street_look_alikes_kept),
		cmocka_unit_test(test_linear_time),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
