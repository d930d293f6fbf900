/* Unit tests of the pass on the fifteenth hand set's dev half (docs/scrub.md
 * "Fifteenth hand set's dev half (dev15)"): ids after their label written
 * in two groups or with the body's capitals, streets abroad with an
 * abbreviated type and a six-digit postcode, eponyms with a particle;
 * beside each, the look-alike of the same shape that stays.  The
 * detectors alone (detect_run), without row values, in both modes. */
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

/* A prisoner's écrou number in two groups of digits, a call centre's or a
 * fire brigade's file, a member number with its body's capitals: the
 * raw digits go.  Counts and sums in thousands after the same labels
 * stay ("dossier 12 500 patients", "sinistre 12 500 €"), and a lot's. */
TEST_SPAN_CASES(test_ids_in_groups_and_with_prefix, &test_default, &S,
	{ "USMP : M. Beridze, \xc3\xa9" "crou n\xc2\xb0 61 347, quartier "
	    "arrivants.", { NULL }, { "61 347", NULL } },
	{ "Extraction pour M. Tchakarian (\xc3\xa9" "crou 60 911), "
	    "coloscopie.", { NULL }, { "60 911", NULL } },
	{ "Dentiste : \xc3\xa9" "crou 48 710", { NULL }, { "48 710",
	    NULL } },
	{ "Dossier de r\xc3\xa9gulation 25-118347 : dyspn\xc3\xa9" "e.",
	    { NULL }, { "25-118347", NULL } },
	{ "SDIS, n\xc2\xb0 d'intervention 2026-004512, chute.",
	    { NULL }, { "2026-004512", NULL } },
	{ "Prise en charge CSS, n\xc2\xb0 d'adh\xc3\xa9rent "
	    "CSS-4471-2093.", { NULL }, { "CSS-4471-2093", NULL } },
	/* what stays: counts, sums, lots in thousands */
	{ "Un dossier 12 500 patients ; sinistre 12 500 \xe2\x82\xac.",
	    { "12 500", NULL }, { NULL } },
	{ "Lot n\xc2\xb0 12 345, vaccin ; chambre 12 345, lit 2.",
	    { "12 345", NULL }, { NULL } },
	{ "r\xc3\xa9gulation 25-118347 sans dossier", { "25-118347",
	    NULL }, { NULL } })

/* A street abroad whose type is abbreviated (Romanian and German "Str.")
 * or Romanian or Russian ("Calea", "ulitsa"), its number after the name,
 * and a six-digit postcode with its city (Romania's, Russia's): the
 * street and the postcode go, the city too when a name rule took it.
 * What stays: a streptococcus ("Str. agalactiae"), a count and its unit
 * after six digits ("100000 UFC/ml"). */
TEST_SPAN_CASES(test_streets_abroad_six_digit_postcodes, &test_default, &S,
	{ "Son fils vit \xc3\xa0 Str. Lalelelor 12, 400190 Cluj-Napoca.",
	    { NULL }, { "Str. Lalelelor 12", "400190 Cluj-Napoca",
	    NULL } },
	{ "Sa fille vit Calea Victoriei 12, 010082 Bucuresti.",
	    { NULL }, { "Calea Victoriei 12", "010082 Bucuresti",
	    NULL } },
	{ "Sa fille vit ulitsa Lenina 5, 101000 Moskva.", { NULL },
	    { "ulitsa Lenina 5", "101000 Moskva", NULL } },
	/* what stays */
	{ "ECBU : Str. agalactiae 10, 100000 UFC/ml.", { "agalactiae",
	    "100000 UFC", NULL }, { NULL } })

/* An eponym whose name carries a particle, after a disease, a syndrome, a
 * sign, a test or a fracture ("syndrome de Di George", "thyroïdite de De
 * Quervain", "fracture de Le Fort"): kept as the eponym without its
 * particle is.  The same names as a person's still go, and after a head
 * that names a procedure ("intervention de Le Goff": the surgeon). */
TEST_SPAN_CASES(test_eponyms_with_particles_kept, &test_default, &S,
	{ "P\xc3\xa9" "diatrie : syndrome de Di George \xc3\xa9voqu\xc3\xa9.",
	    { "Di George", NULL }, { NULL } },
	{ "Thyro\xc3\xaf" "dite de De Quervain, fracture de Le Fort II.",
	    { "De Quervain", "Le Fort", NULL }, { NULL } },
	{ "Suspicion de maladie de Van der Berg.", { "Van der Berg",
	    NULL }, { NULL } },
	/* the same names where a person stands */
	{ "Mme Di George vue ce jour, syndrome de Di George.",
	    { NULL }, { "Di George", NULL } },
	{ "Compte rendu d'intervention de Le Goff.", { NULL },
	    { "Le Goff", NULL } })

/* A Polynesian home by its kilometre point after a verb or noun of
 * residence, whatever follows it ("habite PK 18,2 côté montagne,
 * servitude Tehei"), the lane after it too; a PK after an accident
 * stays (the road's mark). */
TEST_SPAN_CASES(test_pk_after_residence, &test_default, &S,
	{ "Mme Teriitahi, habite PK 18,2 côté montagne, "
	    "servitude Tehei, 98712 Papara.", { NULL },
	    { "PK 18,2 côté montagne", "servitude Tehei",
	    NULL } },
	{ "Réside au PK 4 côté mer à Paea.",
	    { NULL }, { "PK 4 côté mer", NULL } },
	/* what stays */
	{ "Scooter renversé au PK 12 côté montagne, "
	    "fracture.", { "PK 12", NULL }, { NULL } })

/* A given name of two words after the surname whose first syllable is a
 * clinical abbreviation written as a name ("Mme Thao Pa Nhia", "Mme
 * Abdallah Msa Moinaecha"): the whole name goes.  The same abbreviation
 * before a value stays a blood pressure ("Mme Thao Pa 13/8"). */
TEST_SPAN_CASES(test_name_syllable_after_surname, &test_default, &S,
	{ "Unité mère-bé" "bé : Mme Thao Pa "
	    "Nhia, 22 ans.", { NULL }, { "Thao Pa Nhia", NULL } },
	{ "Mme Thao Po Nhia vue.", { NULL }, { "Po Nhia", NULL } },
	/* what stays */
	{ "Mme Thao Pa 13/8, FC 80.", { "Pa 13/8", NULL }, { "Thao",
	    NULL } })

/* F23 by its DSM-5 name, "trouble psychotique bref": the qualifier goes
 * with the term (the entry "trouble psychotique" left it raw); "bref"
 * elsewhere stays ("en bref", "un bref malaise"). */
TEST_SPAN_CASES(test_brief_psychotic_disorder, &test_default, &S,
	{ "CMP : suivi pour trouble psychotique bref après un "
	    "deuil.", { NULL }, { "trouble psychotique bref", NULL } },
	{ "Anté" "cé" "dent d'épisode psychotique bref "
	    "en 2020.", { NULL }, { "psychotique bref", NULL } },
	/* what stays */
	{ "En bref : un bref malaise, bilan normal.", { "bref", NULL },
	    { NULL } })

/* Overseas localities after a person's name and a comma, and the next
 * of their chain ("Mme Lauhea Malia, village de Leava, royaume de
 * Sigave"): gone.  What stays: a village that names no place ("village de
 * vacances"), a kingdom after a name ("royaume de Belgique"). */
TEST_SPAN_CASES(test_localities_after_a_name, &test_default, &S,
	{ "Futuna : Mme Lauhea Malia, village de Leava, royaume de "
	    "Sigave, enceinte.", { NULL }, { "village de Leava",
	    "royaume de Sigave", NULL } },
	{ "M. Takala Petelo, village de Vailala, district de Hihifo.",
	    { NULL }, { "Vailala", "Hihifo", NULL } },
	/* what stays */
	{ "M. Martin, village de vacances ; Mme Dupont, royaume de "
	    "Belgique.", { "village de vacances", "Belgique", NULL },
	    { "Martin", NULL } })

/* A commune before its region in parentheses, a note's heading
 * ("Maripasoula (Guyane) :"): a town, no person's name, as before its
 * département's number.  A person's name there still goes ("Mme
 * Maripasoula (Guyane)", "Vu Dupont (Guyane)"). */
TEST_SPAN_CASES(test_town_before_region_kept, &test_default, &S,
	{ "Maripasoula (Guyane) : Aboikoni Sandra, 16 ans.",
	    { "Maripasoula", NULL }, { "Aboikoni Sandra", NULL } },
	{ "Apatou (Guyane) : Mme Pinas vue.", { "Apatou", NULL },
	    { "Pinas", NULL } },
	/* the same shapes before a person */
	{ "Mme Maripasoula (Guyane) vue ; vu Dupont (Guyane).",
	    { NULL }, { "Maripasoula", "Dupont", NULL } })

/* A house's name opened by "Le" or "Les" before its street ("Les Grands
 * Chênes, 11 route de Blois"), as one opened by "La" was: gone.  What
 * stays: a service's name opened by "Les" ("Les Urgences"), a weekday in
 * lower case. */
TEST_SPAN_CASES(test_house_name_with_article, &test_default, &S,
	{ "Retour au domicile, Les Grands Chênes, 11 route de "
	    "Blois, 41350 Vineuil.", { NULL }, { "Les Grands Chênes",
	    NULL } },
	{ "HAD : domicile, Le Grand Chêne, 4 rue des Ormes.",
	    { NULL }, { "Le Grand Chêne", NULL } },
	/* what stays */
	{ "Adressé par Les Urgences, 11 rue de Blois.",
	    { "Urgences", NULL }, { NULL } },
	{ "RDV pris, les lundis et jeudis, 11 rue de Blois.",
	    { "lundis", NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_in_groups_and_with_prefix),
		cmocka_unit_test(test_streets_abroad_six_digit_postcodes),
		cmocka_unit_test(test_eponyms_with_particles_kept),
		cmocka_unit_test(test_pk_after_residence),
		cmocka_unit_test(test_name_syllable_after_surname),
		cmocka_unit_test(test_brief_psychotic_disorder),
		cmocka_unit_test(test_localities_after_a_name),
		cmocka_unit_test(test_town_before_region_kept),
		cmocka_unit_test(test_house_name_with_article),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
