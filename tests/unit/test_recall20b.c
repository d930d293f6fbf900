/* Unit tests of recall20's second round (twenty-third pass, docs/scrub.md
 * "Recall, twentieth pass again (recall20, twenty-third pass)"): free
 * numbers written in pairs, postcodes in two groups before one of their
 * communes, ships named after their kind, the pitch of a campsite or a
 * marina after the place, the numbers of a network or a registry, the
 * place where someone was found.  Beside each, the look-alikes that stay.  The detectors
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

/* A free number (0800 to 0805) in pairs after its prefix, or right
 * after a phone cue, is a phone someone wrote down (an on-call line): it
 * goes. */
TEST_SPAN_CASES(test_free_numbers_in_pairs, &test_default, &S,
	{ "Appel de l'astreinte PSAD (t\xc3\xa9l 0 800 12 34 56) : "
	    "panne.", { NULL }, { "0 800 12 34 56", NULL } },
	{ "rappeler le 0800 12 34 56 demain", { NULL },
	    { "0800 12 34 56", NULL } },
	{ "prestataire au 0 805 69 12 34 (gratuit)", { NULL },
	    { "0 805 69 12 34", NULL } },
	{ "astreinte : t\xc3\xa9l 0 800 123 456 ; num\xc3\xa9ro vert "
	    "0 800 840 800", { NULL }, { "0 800 123 456",
	    "0 800 840 800", NULL } })

/* The services' own free numbers printed in threes stay, and a lab
 * value's thousands. */
TEST_SPAN_CASES(test_free_numbers_in_threes_kept, &test_default, &S,
	{ "num\xc3\xa9ro Sida Info Service 0 800 840 800 remis.",
	    { "0 800 840 800", NULL }, { NULL } },
	{ "Tabac Info Service 0800 123 456", { "0800 123 456", NULL },
	    { NULL } },
	{ "PNN 0 800 /mm3, lymphocytes 0 400 /mm3", { "0 800",
	    "0 400", NULL }, { NULL } })

/* A postcode in two groups before one of its communes goes with it. */
TEST_SPAN_CASES(test_spaced_postcodes_before_commune, &test_default, &S,
	{ "habite 13 008 Marseille depuis 2019", { NULL },
	    { "13 008 Marseille", NULL } },
	{ "courrier au 69 003 Lyon, c\xc3\xb4t\xc3\xa9 gare", { NULL },
	    { "69 003 Lyon", NULL } },
	{ "ADRESSE : 12 RUE DES LILAS, 29 200 BREST", { NULL },
	    { "29 200 BREST", NULL } })

/* The commune read first as the row's name (a first name "Paris"): the
 * postcode in two groups still goes, with the commune. */
static void
test_spaced_postcode_commune_of_row_name(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_FIRST_NAME, "Paris", 5 },
	};
	const char *text = "courrier au 75 012 Paris, 4e \xc3\xa9tage";

	(void)state;
	test_row_word_gone(&test_default, &S, text, row, N(row), "012");
	test_row_word_gone(&test_default, &S, text, row, N(row), "Paris");
}

/* Counts and lab values in two groups stay: no commune of theirs after
 * them, or a number or a clinical word glued before. */
TEST_SPAN_CASES(test_spaced_counts_kept, &test_default, &S,
	{ "13 008 habitants \xc3\xa0 Marseille", { "13 008", NULL },
	    { NULL } },
	{ "TA 13 008 Marseille", { "13 008", NULL }, { NULL } },
	{ "Plaquettes 75 012 /mm3 ; 75 mg de Kardegic", { "75 012",
	    "75 mg", NULL }, { NULL } })

/* A ship after its kind or after "à bord du": its name goes, the kind
 * word stays. */
TEST_SPAN_CASES(test_ships_by_their_kind, &test_default, &S,
	{ "P\xc3\xaa" "cheur, 41 ans, palangrier Saint-Louis III : corps "
	    "\xc3\xa9tranger.", { "palangrier", NULL },
	    { "Saint-Louis III", NULL } },
	{ "matelot sur le porte-conteneurs MSC Aurelia (IMO 9734215)",
	    { "porte-conteneurs", NULL }, { "MSC Aurelia", NULL } },
	{ "Matelot sur le chalutier Notre-Dame des Flots, plaie.",
	    { NULL }, { "Notre-Dame des Flots", NULL } },
	{ "Marin \xc3\xa0 bord du Marion Dufresne, douleur "
	    "thoracique.", { NULL }, { "Marion Dufresne", NULL } },
	{ "embarqu\xc3\xa9 \xc3\xa0 bord de l'Herm\xc3\xa8s depuis "
	    "trois semaines", { NULL }, { "Herm\xc3\xa8s", NULL } })

/* No ship: a vessel word in lower case, vehicles of care in capitals,
 * the noun's capitalized homograph (a surname), a sentence's end. */
TEST_SPAN_CASES(test_ship_look_alikes_kept, &test_default, &S,
	{ "transport\xc3\xa9 \xc3\xa0 bord du SMUR, puis \xc3\xa0 "
	    "bord du VSAV de Brest", { "SMUR", "VSAV", NULL },
	    { NULL } },
	{ "passag\xc3\xa8re de ferry : patch de scopolamine ; "
	    "voilier monocoque", { "ferry", "monocoque", NULL },
	    { NULL } },
	{ "vit sur un bateau. Le patient va mieux ; au bord du Lot",
	    { "Le", "Lot", NULL }, { NULL } })

/* A pitch of a campsite or a marina right after the place: it goes. */
TEST_SPAN_CASES(test_pitches_after_place, &test_default, &S,
	{ "log\xc3\xa9 au camping Les Dunes, mobil-home 22 ; "
	    "employeur", { NULL }, { "mobil-home 22", NULL } },
	{ "Vit au camping Les Flots Bleus, bungalow B12.", { NULL },
	    { "bungalow B12", NULL } },
	{ "R\xc3\xa9sidence du Port, ponton B, anneau 45, 17000 La "
	    "Rochelle", { NULL }, { "ponton B", "anneau 45", NULL } },
	{ "Vit sur un bateau au port de plaisance de La Rochelle, "
	    "ponton 12, place 45.", { NULL }, { "ponton 12",
	    "place 45", NULL } },
	{ "amarr\xc3\xa9 \xc3\xa0 la marina de Port-Camargue, "
	    "ponton F", { NULL }, { "ponton F", NULL } })

/* A pitch's word with no place before it, or a time after it, stays. */
TEST_SPAN_CASES(test_pitch_look_alikes_kept, &test_default, &S,
	{ "vit en caravane 3 mois par an", { "caravane 3", NULL },
	    { NULL } },
	{ "le ponton 2 est ferm\xc3\xa9, anneau 4 de gastroplastie",
	    { "ponton 2", "anneau 4", NULL }, { NULL } },
	{ "Vit au camping Les Flots Bleus, caravane 3 mois par an",
	    { "caravane 3", NULL }, { NULL } },
	{ "le ponton 2 est ferm\xc3\xa9, place 3 libre ; bilan : "
	    "anneau 4, place 5", { "place 3", "anneau 4", "place 5" },
	    { NULL } })

/* A network's or registry's name written as a brand before its
 * number, and a registry's number after "registre": they go. */
TEST_SPAN_CASES(test_registry_numbers, &test_default, &S,
	{ "RCP sarcomes : Dossier NetSarc 2026-04417. Avis : chirurgie.",
	    { "Dossier", NULL }, { "NetSarc 2026-04417", NULL } },
	{ "dossier ViaTrajectoire 4471209 envoy\xc3\xa9 ; dossier "
	    "RRePS 2026-0417", { NULL }, { "ViaTrajectoire 4471209",
	    "RRePS 2026-0417", NULL } },
	{ "Inclus dans le registre REDECAN n\xc2\xb0 44718.",
	    { "registre", NULL }, { "44718", NULL } })

/* An acronym, a capitalized word or a name with "n°" before the number
 * stays outside it; a count after the name, a register's page stay. */
TEST_SPAN_CASES(test_registry_look_alikes_kept, &test_default, &S,
	{ "dossier MDPH 123456 en cours ; dossier CRIP 2025-04127",
	    { "MDPH", "CRIP", NULL }, { "123456", "2025-04127",
	    NULL } },
	{ "dossier Trajectoire n\xc2\xb0 4471209 ; dossier OxyDom "
	    "n\xc2\xb0 BL-778104", { "Trajectoire", "OxyDom", NULL },
	    { "4471209", "BL-778104", NULL } },
	{ "dossier NetSarc 12 patients ; registre des stup\xc3\xa9"
	    "fiants page 12, 2 ampoules", { "NetSarc", "12", NULL },
	    { NULL } })

/* Where someone was found or located, an outdoor place of a town with
 * its name: it goes with its noun.  A place of stay's name ends before
 * a word of time. */
TEST_SPAN_CASES(test_found_places, &test_default, &S,
	{ "localisation par la police : parc de la T\xc3\xaate d'Or ; "
	    "pris en charge vers 23h.", { "police", NULL },
	    { "parc de la T\xc3\xaate d'Or", NULL } },
	{ "retrouv\xc3\xa9" "e dans le bois de Vincennes par les "
	    "pompiers", { "pompiers", NULL },
	    { "bois de Vincennes", NULL } },
	{ "retrouv\xc3\xa9 sur la plage des Catalans, hypothermie",
	    { "hypothermie", NULL }, { "plage des Catalans", NULL } })

TEST_SPAN_CASES(test_found_place_look_alikes_kept, &test_default, &S,
	{ "calcul retrouv\xc3\xa9 dans le canal de Wirsung",
	    { "canal de Wirsung", NULL }, { NULL } },
	{ "retrouv\xc3\xa9 au parc. Le Samu pr\xc3\xa9venu ; "
	    "balade au parc de la T\xc3\xaate d'Or", { "Le Samu",
	    "parc de la", NULL }, { NULL } },
	{ "Vit sur l'aire d'accueil Les Peupliers depuis 2 ans ; "
	    "lieu-dit Kerbrat depuis mars", { "depuis", NULL },
	    { "Les Peupliers", "Kerbrat", NULL } })

/* Each rule asks a bounded window: linear over repeated cells. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"t\xc3\xa9l 0 800 12 34 56 ", "0 800 840 800 ", "0 800 ",
		"habite 13 008 Marseille ", "13 008 ", "13 008 Marseille, ",
		"chalutier Notre-Dame des Flots ", "chalutier A B C D E F ",
		"\xc3\xa0 bord du ", "\xc3\xa0 bord de la Belle ",
		"palangrier ", "camping Les Dunes, mobil-home 22, ",
		"ponton B, anneau 45, ", "caravane ", "ponton 12, place 45, ",
		"port de plaisance, ponton 12, ", "port, ponton, place, ",
		"Dossier NetSarc 2026-04417 ", "NetSarc 2026-04417 ",
		"registre REDECAN n\xc2\xb0 44718 ", "registre ",
		"retrouv\xc3\xa9 au parc de la T\xc3\xaate d'Or ",
		"localisation : ", "retrouv\xc3\xa9 ", "parc de la ",
		"aire d'accueil Les Peupliers depuis ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_free_numbers_in_pairs),
		cmocka_unit_test(test_free_numbers_in_threes_kept),
		cmocka_unit_test(test_spaced_postcodes_before_commune),
		cmocka_unit_test(test_spaced_postcode_commune_of_row_name),
		cmocka_unit_test(test_spaced_counts_kept),
		cmocka_unit_test(test_ships_by_their_kind),
		cmocka_unit_test(test_ship_look_alikes_kept),
		cmocka_unit_test(test_pitches_after_place),
		cmocka_unit_test(test_pitch_look_alikes_kept),
		cmocka_unit_test(test_registry_numbers),
		cmocka_unit_test(test_registry_look_alikes_kept),
		cmocka_unit_test(test_found_places),
		cmocka_unit_test(test_found_place_look_alikes_kept),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
