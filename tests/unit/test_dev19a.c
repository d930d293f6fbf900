/* Unit tests of the twenty-second pass on the dev halves (docs/scrub.md
 * "Dev families, twenty-second pass (dev19a)"): the line of an address
 * before its street or postcode (a lieu-dit, a farm, a shop: "La Croix du
 * Pal, 07530 ..."), car plates after a make and in foreign shapes, names
 * spelled letter by letter, a day written out before a month and a year,
 * a postcode in words before one of its communes.
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

/* A lieu-dit, a farm, an estate or a shop on the line before the street
 * or the postcode, whose words are in the name lists or ordinary words
 * after an article or a head; the article that opens a place found. */
TEST_SPAN_CASES(test_address_lines_before_street, &test_default, &S,
	{ "Mme Jouve, La Croix du Pal, 07530 Antraigues.", { NULL },
	    { "La Croix du Pal", NULL } },
	{ "M. Aubert, Les Granges du Moulin, 4 chemin des "
	    "Pr\xc3\xa9s, 24200 Sarlat.", { NULL },
	    { "Les Granges du Moulin", NULL } },
	{ "famille h\xc3\xa9" "berg\xc3\xa9" "e, la M\xc3\xa9tairie "
	    "Neuve, 19300 \xc3\x89gletons.", { NULL },
	    { "la M\xc3\xa9tairie Neuve", NULL } },
	{ "domicile le bourg, 46160 Cajarc ; m\xc3\xa9" "decin.",
	    { NULL }, { "le bourg", NULL } },
	{ "Boulangerie Prince, 3 rue des Lilas, 75012 Paris.",
	    { NULL }, { "Boulangerie Prince", NULL } },
	{ "soins palliatifs, la Ferme du Haut, route de Lapoutroie, "
	    "68650 Le Bonhomme.", { NULL },
	    { "la Ferme du Haut", NULL } },
	{ "CLIENT BOYER - LES HAUTS DE CHABRIERES LOT 7 - 26160 LA "
	    "BEGUDE", { NULL }, { "LES HAUTS DE CHABRIERES", NULL } })

/* What stays before an address: a person's title and name of the
 * lists, a service of care, a hospital, a kind of place with no name of
 * its own, a note in capitals, a pharmacy that dispenses. */
TEST_SPAN_CASES(test_address_line_look_alikes_kept, &test_default, &S,
	{ "Dr Martin, 29200 Brest.", { "Dr", NULL }, { NULL } },
	{ "Consultation de cardiologie, 3 rue des Lilas, 75012 Paris.",
	    { "Consultation", "cardiologie", NULL }, { NULL } },
	{ "CHU de Rennes, 2 rue Henri Le Guilloux, 35000 Rennes.",
	    { "CHU", NULL }, { NULL } },
	{ "Maison de sant\xc3\xa9, 2 rue des \xc3\x89" "coles, 22300 "
	    "Lannion.", { "Maison", NULL }, { NULL } },
	{ "URGENCES, 8 RUE DU CALVAIRE, 85000 LA ROCHE-SUR-YON.",
	    { "URGENCES", NULL }, { NULL } },
	{ "pharmacie : Pharmacie des Halles, 6 place de la Halle, "
	    "29200 Brest.", { "Pharmacie des Halles", NULL },
	    { NULL } },
	{ "chambre 12, 2e \xc3\xa9tage ; Doliprane 1 g, 3 fois par "
	    "jour.", { "chambre 12", "Doliprane", "1 g" }, { NULL } })

/* Plates after a car's make ("Peugeot 308 (FX 913 PL)"), and after a
 * plate's cue in the shapes of other countries. */
TEST_SPAN_CASES(test_plates_after_make_and_foreign, &test_default, &S,
	{ "conduit dans une Peugeot 308 (FX 913 PL) gar\xc3\xa9" "e.",
	    { "308", NULL }, { "FX 913 PL", NULL } },
	{ "attend avec la voiture DXB 4 12345.", { NULL },
	    { "DXB 4 12345", NULL } },
	{ "plaque belge 1-ABC-123 ; voiture M AB 1234.", { NULL },
	    { "1-ABC-123", "M AB 1234", NULL } },
	{ "sa voiture 1234 BCD, v\xc3\xa9hicule M-AB 1234.", { NULL },
	    { "1234 BCD", "M-AB 1234", NULL } })

/* A dose in capitals, the spaced shape with no cue (review20's
 * test_plates), a vehicle's seats, its year, a make and model, a
 * staging stay. */
TEST_SPAN_CASES(test_plate_look_alikes_kept, &test_default, &S,
	{ "QUETIAPINE LP 300 MG LE SOIR ; AB 123 CD sans cue.",
	    { "LP 300 MG", "AB 123 CD", NULL }, { NULL } },
	{ "voiture VSL 2 places ; voiture de 2015.",
	    { "VSL 2", "2015", NULL }, { NULL } },
	{ "voiture Peugeot 308 GTI ; Renault 5 TL ; T2 N1 M0.",
	    { "308 GTI", "5 TL", "T2 N1 M0" }, { NULL } },
	{ "voiture : CD4 123 CD8 ; HLA B27.",
	    { "CD4 123 CD8", "B27", NULL }, { NULL } })

/* A name spelled letter by letter after a spelling verb, a title, or
 * beside the given names. */
TEST_SPAN_CASES(test_spelled_names, &test_default, &S,
	{ "L'interpr\xc3\xa8te \xc3\xa9pelle : \xc2\xab G-U-E-Y-E, "
	    "Fatou \xc2\xbb ; n\xc3\xa9" "e en 1982.", { NULL },
	    { "G-U-E-Y-E", NULL } },
	{ "nom \xc3\xa9pel\xc3\xa9 : G U E Y E, confirm\xc3\xa9.",
	    { NULL }, { "G U E Y E", NULL } },
	{ "il \xc3\xa9pelle D.U.P.O.N.T au t\xc3\xa9l\xc3\xa9phone.",
	    { NULL }, { "D.U.P.O.N.T", NULL } },
	{ "Anne P I G E O N, 45 ans, vue ce jour.", { NULL },
	    { "P I G E O N", NULL } },
	{ "\xc3\xa7" "a s'\xc3\xa9" "crit V-I-G-N-E-R-O-N.", { NULL },
	    { "V-I-G-N-E-R-O-N", NULL } })

/* Capitals apart that spell no name: an acronym with dots, a list of
 * grades, a disguised term of three letters (its own rule's), no cue. */
TEST_SPAN_CASES(test_spelled_look_alikes_kept, &test_default, &S,
	{ "S.A.M.U. appel\xc3\xa9 ; score A B C D E F.",
	    { "A B C D E F", NULL }, { NULL } },
	{ "bilan A-B-C-D fait ; groupes A B O D.",
	    { "A-B-C-D", "A B O D", NULL }, { NULL } },
	{ "classes G-U-E-Y-E-12 et X_Y_Z_W2.",
	    { "G-U-E-Y-E-12", "X_Y_Z_W2", NULL }, { NULL } })

/* A day written out before a month and a year: of four digits, or of
 * two (in digits or in words) after a birth's words. */
TEST_SPAN_CASES(test_spelled_day_dates, &test_default, &S,
	{ "\xc2\xab elle est n\xc3\xa9" "e le premier avril "
	    "trente-neuf \xc2\xbb, \xc3\xa0 Rodez.", { NULL },
	    { "premier avril trente-neuf", NULL } },
	{ "n\xc3\xa9" "e le deux mars 1950 ; n\xc3\xa9 le douze mai "
	    "39.", { NULL }, { "deux mars 1950", "douze mai 39",
	    NULL } },
	{ "rdv le trois mars 2026 \xc3\xa0 10h.", { NULL },
	    { "trois mars 2026", NULL } })

/* Two digits or a number in words after a day and month that is no
 * birth's count something. */
TEST_SPAN_CASES(test_spelled_day_counts_kept, &test_default, &S,
	{ "le douze mai 39 patients vus.", { "39 patients", NULL },
	    { NULL } },
	{ "le premier avril, trente-neuf patients.",
	    { "trente-neuf", NULL }, { NULL } })

/* A postcode in words before one of its communes, anywhere; the line
 * before it. */
TEST_SPAN_CASES(test_postcodes_in_words, &test_default, &S,
	{ "adresse donnÃ©" "e : la Borie Basse, douze mille "
	    "Rodez.", { NULL }, { "la Borie Basse",
	    "douze mille Rodez", NULL } },
	{ "Mme Pigeon, quarante-six mille Cahors.", { NULL },
	    { "quarante-six mille Cahors", NULL } })

/* A number in words before a town that is none of its communes, a sum,
 * a year stay. */
TEST_SPAN_CASES(test_numbers_in_words_kept, &test_default, &S,
	{ "il a fait deux mille pas ; prix : trente mille Euros.",
	    { "deux mille", "trente mille", NULL }, { NULL } },
	{ "en deux mille vingt Paris a fermÃ©.",
	    { "deux mille vingt", NULL }, { NULL } })

/* The address line walks six words back at most; a plate's groups are
 * four at most after four words; a spelled run is walked once. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"La Croix du Pal, 07530 Antraigues, ", "A B, 12 rue X, ",
		"le bourg, ", "domicile le bourg, 46160 Cajarc ; ",
		"Les Granges du Moulin de la Croix, 4 chemin des Pr, ",
		"voiture DXB 4 12345 ", "voiture A 1 A 1 A 1 ",
		"Peugeot 308 (FX 913 PL) ", "plaque 1-ABC-123 ", "voiture ",
		"G-U-E-Y-E ", "G U E Y E ", "G U E Y ", "\xc3\xa9pelle G-U-E-Y ",
		"D.U.P.O.N.T. ", "M. G U E Y ",
		"n\xc3\xa9" "e le deux mars 1950 ", "le premier avril trente-neuf ",
		"n\xc3\xa9 le douze mai 39 ", "douze mille Rodez ",
		"la Borie Basse, douze mille Rodez, ", "douze mille ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_address_lines_before_street),
		cmocka_unit_test(test_address_line_look_alikes_kept),
		cmocka_unit_test(test_plates_after_make_and_foreign),
		cmocka_unit_test(test_plate_look_alikes_kept),
		cmocka_unit_test(test_spelled_names),
		cmocka_unit_test(test_spelled_look_alikes_kept),
		cmocka_unit_test(test_spelled_day_dates),
		cmocka_unit_test(test_spelled_day_counts_kept),
		cmocka_unit_test(test_postcodes_in_words),
		cmocka_unit_test(test_numbers_in_words_kept),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
