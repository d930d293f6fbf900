/* Unit tests for the homes named without a number or a street word, the
 * units of homes, a city's name after a particle, a postcode repeated
 * alone (src/detect_home.c) and the dates written in English
 * (src/detect_english_date.c; docs/scrub.md, "Sensitive terms and homes,
 * sixteenth pass").  The detectors alone (detect_run), without row
 * values: each raw home or date must lie inside a span, and the ordinary
 * words of the same shapes (an institution before its address, a lot of
 * vaccine, a dose equal to the postcode, "march" as a word) in
 * none. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"

static struct detect_scratch S;
static const struct detect_options DEFAULT_MODE = { DETECT_ALL, 0, 0, NULL, 0 };

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* test_spans_gone_kept in the default mode over S. */
static void
check(const char *text, const char *const *gone, size_t ngone,
    const char *const *kept, size_t nkept)
{
	test_spans_gone_kept(&DEFAULT_MODE, &S, text, gone, ngone, kept, nkept);
}

/* A home's name before a comma and its address, after a cue of a place:
 * a farm after a parenthesis, a Breton house after a colon, a quarter
 * after "à", a quinta after a comma; what stays: a body or a hospital
 * before its address, an ordinary word alone. */
static void
test_homes_before_addresses(void **state)
{
	static const char text[] = "Sort vers sa maison (La Grande "
	    "M\xc3\xa9tairie, 16140 Aigre). Domicile : Pen ar Valy, route de "
	    "Lanv\xc3\xa9oc, 29160 Crozon. Retour chez sa soeur \xc3\xa0 "
	    "Kaw\xc3\xa9ni, rue de la Mosqu\xc3\xa9" "e, 97600 Mamoudzou. "
	    "Sortie vers domicile, Quinta da Fonte, 12 rue des Vignes, 78200 "
	    "Mantes-la-Jolie.";
	static const char *const gone[] = { "La Grande M\xc3\xa9tairie",
	    "Pen ar Valy", "Kaw\xc3\xa9ni", "Quinta da Fonte" };
	static const char text2[] = "Courrier au Conseil D\xc3\xa9partemental, "
	    "12 rue de Brest, 29000 Quimper. Transfert (H\xc3\xb4pital Nord, "
	    "3 rue Pasteur, 13015 Marseille). Suite, 12 rue des Lilas, 29200 "
	    "Brest.";
	static const char *const kept2[] = { "Conseil D\xc3\xa9partemental",
	    "H\xc3\xb4pital Nord", "Suite" };

	(void)state;
	check(text, gone, N(gone), NULL, 0);
	check(text2, NULL, 0, kept2, N(kept2));
}

/* Mayotte's villages before a comma and an address (seventeenth pass,
 * home_before): one written with its elided capital ("Domicile
 * M'tsapéré, rue du Stade"), one named before "village" after a comma
 * ("G5P4, Kawéni village, 97600 Mamoudzou").  What stays: an ordinary
 * word after "L'", a word of the lexicon or a city's name before
 * "village". */
static void
test_mahoran_villages(void **state)
{
	static const char text[] = "Domicile M'tsap\xc3\xa9r\xc3\xa9, rue du "
	    "Stade, 97600 Mamoudzou. Mme X, G5P4, Kaw\xc3\xa9ni village, "
	    "97600 Mamoudzou.";
	static const char *const gone[] = { "M'tsap\xc3\xa9r\xc3\xa9",
	    "Kaw\xc3\xa9ni village" };
	static const char text2[] = "Transfert de L'H\xc3\xb4pital, 3 rue "
	    "des Lilas, 29000 Quimper. Retour au domicile, Grand village, "
	    "97600 Mamoudzou. Retour \xc3\xa0 Paris village, 12 rue des "
	    "Lilas, 75001 Paris.";
	static const char *const kept2[] = { "L'H\xc3\xb4pital", "Grand village",
	    "Paris village" };

	(void)state;
	check(text, gone, N(gone), NULL, 0);
	check(text2, NULL, 0, kept2, N(kept2));
}

/* A home a head word opens, with no address after it ("rentré chez lui
 * Quinta do Vale, lote 7"), the unit of a home after its address ("Les
 * Hauts de Sainte-Anne, villa 9"); what stays: a lot of vaccine, a lot
 * of a drug delivered to the address. */
static void
test_headed_homes_and_units(void **state)
{
	static const char text[] = "Rentr\xc3\xa9 chez lui Quinta do Vale, "
	    "lote 7. Adresse Les Hauts de Sainte-Anne, villa 9, 97227 "
	    "Sainte-Anne.";
	static const char *const gone[] = { "Quinta do Vale", "lote 7",
	    "villa 9" };
	static const char text2[] = "Vaccin fait, lot 4F8621, rappel dans un "
	    "mois. Domicile : 3 rue des Lilas, 29200 Brest, lot 12 de Lovenox "
	    "livr\xc3\xa9.";
	static const char *const kept2[] = { "lot 4F8621", "lot 12" };

	(void)state;
	check(text, gone, N(gone), NULL, 0);
	check(text2, NULL, 0, kept2, N(kept2));
}

/* A city's name after a particle ("4900-281 Viana do Castelo"), a
 * postcode repeated alone (here before the address that gives it), a
 * street whose type follows its name (Hungarian "utca"); what
 * stays: a number equal to the postcode
 * that is a quantity, a number of other digits. */
static void
test_city_tails_and_repeated_postcodes(void **state)
{
	static const char text[] = "Adresse : Rua da Igreja 4, 4900-281 Viana "
	    "do Castelo (Portugal). Rua da Liberdade 3, 4520-211 Santa Maria "
	    "da Feira. Code postal confirm\xc3\xa9 au t\xc3\xa9l\xc3\xa9phone : "
	    "76800. Nouvelle adresse 12 rue des Lilas, 76800 "
	    "Saint-\xc3\x89tienne-du-Rouvray. Factures : Kossuth Lajos utca "
	    "17, H-1053 Budapest.";
	static const char *const gone[] = { "Viana do Castelo",
	    "Santa Maria da Feira", "76800", "Kossuth Lajos utca 17" };
	static const char text2[] = "Domicile 3 rue des Lilas, 29200 Brest. "
	    "H\xc3\xa9parine 29200 UI par jour, lot 29201.";
	static const char *const kept2[] = { "29200 UI", "29201" };

	(void)state;
	check(text, gone, N(gone), NULL, 0);
	check(text2, NULL, 0, kept2, N(kept2));
}

/* Dates in English: the month first or the day first, an ordinal
 * suffix, "of", a year after a comma, a month and its year; what stays:
 * "march" as a word, a count, a dose, a room. */
static void
test_english_dates(void **state)
{
	static const char text[] = "Letter to the GP: your patient was "
	    "admitted on November 2nd with a hip fracture, seen on 3rd of "
	    "March and 4th March, born 2 November 1949, reviewed on December "
	    "5, 2024, moved in April 2021.";
	static const char *const gone[] = { "November 2nd", "3rd of March",
	    "4th March", "2 November 1949", "December 5, 2024", "April 2021" };
	static const char text2[] = "The patient asks 3 times a day for "
	    "water; the march to room 4 was long, give 2 mg at night.";
	static const char *const kept2[] = { "asks 3 times", "march to room 4",
	    "2 mg" };

	(void)state;
	check(text, gone, N(gone), NULL, 0);
	check(text2, NULL, 0, kept2, N(kept2));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_homes_before_addresses),
		cmocka_unit_test(test_headed_homes_and_units),
		cmocka_unit_test(test_mahoran_villages),
		cmocka_unit_test(test_city_tails_and_repeated_postcodes),
		cmocka_unit_test(test_english_dates),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
