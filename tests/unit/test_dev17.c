/* Unit tests of the pass on the seventeenth hand set's dev half
 * (docs/scrub.md "heldout17 dev families (dev17)"): capitals before a
 * number whose first group alone is short ("matricule SPV 07-4412", "n°
 * LOC 2025 441 087"); a file's number of capitals and hyphenated digit
 * groups with no label ("Déclaration EI-2025-4471"); a place named after
 * its kind across its article ("exploitation les Granges Basses", "gîte
 * La Coquille", "bois de la Garenne"); names in a letter's slots (a
 * birth name, a signature, a police role).  Beside each, the look-alike that
 * stays.  The detectors alone (detect_run), without row values. */
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
/* long numbers alone are ids (the scrubber's default, scrub_spans') */
static const struct detect_options DIGITS_MODE = { DETECT_ALL, 8,
    ICD10_SENSITIVE_DEFAULT, NULL, 0 };

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Two or three capitals one space before a number in groups, after its
 * label or a "n°": the number's prefix, counted over all its groups.
 * What stays: the capitals before a short number, a lot's number. */
TEST_SPAN_CASES(test_capitals_before_grouped_numbers, &test_default, &S,
	{ "SDIS : matricule SPV 07-4412, br\xc3\xbblure.", { NULL },
	    { "SPV 07-4412", NULL } },
	{ "Contrat de location n\xc2\xb0 LOC 2025 441 087 au nom de "
	    "M. Pigeon.", { NULL }, { "LOC 2025 441 087", NULL } },
	{ "bon de transport n\xc2\xb0 BT 1125 7730 ; assur\xc3\xa9.",
	    { NULL }, { "BT 1125 7730", NULL } },
	/* what stays */
	{ "matricule SPV, 3 gardes ; lot n\xc2\xb0 AB 1125 7730.",
	    { "SPV", "AB 1125", NULL }, { NULL } })

/* Capitals joined by '-' to two groups of digits or more joined by '-',
 * seven digits or more: a file's number with no label.  What stays: a
 * lot's number, a standard's, a short code. */
TEST_SPAN_CASES(test_hyphenated_codes_without_label, &test_default, &S,
	{ "Compresse retrouv\xc3\xa9" "e. D\xc3\xa9" "claration "
	    "EI-2025-4471.", { NULL }, { "EI-2025-4471", NULL } },
	{ "dossier assistance MA-25-117804 ; maman.", { NULL },
	    { "MA-25-117804", NULL } },
	/* what stays */
	{ "lot AB-2023-1234 ; norme EN-1789-2007.", {
	    "AB-2023-1234", "EN-1789-2007", NULL }, { NULL } },
	{ "COVID-19 ; Eval EI-2025-44.", { "COVID-19",
	    "EI-2025-44", NULL }, { NULL } })

/* A place named after the word of its kind and its article, a comma and
 * an address after it: the name goes.  What stays: the same words with
 * no kind before them, a kind with no name. */
TEST_SPAN_CASES(test_places_after_kind_and_article, &test_default, &S,
	{ "employeur M. Vergnaud, exploitation les Granges Basses, "
	    "84300 Cavaillon.", { NULL }, { "Granges Basses", NULL } },
	{ "repos au g\xc3\xaete La Coquille, 64220 Saint-Jean-Pied-"
	    "de-Port.", { NULL }, { "La Coquille", NULL } },
	{ "retrouv\xc3\xa9 au bois de la Garenne, 28100 Dreux.",
	    { NULL }, { "Garenne", NULL } },
	/* what stays */
	{ "il boit de la Bi\xc3\xa8re, 28100 Dreux ; au g\xc3\xaete, "
	    "28100 Dreux.", { "Bi\xc3\xa8re", "g\xc3\xaete", NULL },
	    { NULL } })

/* A name in a letter's own slot: a birth name after its label with no
 * colon, a surname alone signing after the letter's closing word, a
 * surname after a police or justice role.  What stays: the label before
 * no name, a service signing, a role before a role ("OPJ Brigadier
 * Dumont": the rank is no name), a role before a role's word. */
TEST_SPAN_CASES(test_names_in_a_letters_slots, &test_default, &S,
	{ "Mme Guilbaud Anne-Claire (nom de naissance Rabiller) a "
	    "\xc3\xa9t\xc3\xa9 vue.", { NULL }, { "Rabiller", NULL } },
	{ "Corset propos\xc3\xa9. Amiti\xc3\xa9s, Ponsard.", { NULL },
	    { "Ponsard", NULL } },
	{ "r\xc3\xa9quisition du commissariat (OPJ Marchand) : "
	    "examen.", { NULL }, { "Marchand", NULL } },
	{ "entendu par le gendarme Pigeon hier.", { NULL },
	    { "Pigeon", NULL } },
	/* what stays */
	{ "le nom de naissance Inconnu ; Cordialement, "
	    "Secr\xc3\xa9tariat.", { "Inconnu",
	    "Secr\xc3\xa9tariat", NULL }, { NULL } },
	{ "(OPJ Brigadier Dumont) ; IDE : Sage-femme fait ce soir.",
	    { "Brigadier", "Sage-femme", NULL }, { "Dumont", NULL } })

/* A file's number that reads as a date with a capital glued before it
 * and a year no care has ("F25-11-0874"), a study participant's number
 * after the word that names him ("patient 11-008"): the raw number goes.
 * What stays: the same words before a count, a range, a date of care
 * after a capital. */
TEST_SPAN_CASES(test_study_and_file_numbers, &test_default, &S,
	{ "Ambulances - facture n\xc2\xb0 F25-11-0874 - transport.",
	    { NULL }, { "F25-11-0874", NULL } },
	{ "source manquante pour le patient 11-008 (compte rendu).",
	    { NULL }, { "11-008", NULL } },
	/* what stays */
	{ "les patients 11-008 ; patient 12-15 ans ; 3 patients.",
	    { "11-008", "12-15", NULL }, { NULL } })

/* `digits = N` asks for every long number alone: a public trial
 * registry's number goes too (the lead's decision, twentieth pass: a
 * trial's number tells the condition studied and, in one centre, a
 * handful of participants); its prefix, no digit, stays. */
static void
test_trial_registry_number_goes(void **state)
{
	static const struct test_span_case cases[] = {
		{ "\xc3\xa9tude PRONOS-2 (NCT05512347) : Mme Pigeon.",
		    { "PRONOS", NULL }, { "05512347", "Pigeon", NULL } },
		{ "registre ISRCTN12345678 ; dossier 05512347.",
		    { "registre", NULL }, { "12345678", "05512347", NULL } },
	};

	(void)state;
	test_span_cases(&DIGITS_MODE, &S, cases, N(cases));
}

/* A table typed with " / " between cells and " -- " between rows under
 * a heading of a name and a person's column: the names go, whatever
 * their words.  What stays: a table of tests ("NOM / RESULTAT"), the
 * cells of other columns, a placeholder. */
TEST_SPAN_CASES(test_slash_table_names, &test_default, &S,
	{ "NOM / PRENOM / DDN / CHAMBRE -- BRUNET / Lucette / "
	    "03.02.1937 / 112 -- FAUCON / Ren\xc3\xa9 / 27.09.1940 / "
	    "114", { NULL }, { "BRUNET", "FAUCON", NULL } },
	{ "Nom / Pr\xc3\xa9nom / Lien -- Pigeon / Jeanne / fille -- "
	    "Chapelle / Paul / fils", { "fille", NULL }, { "Pigeon",
	    "Chapelle", NULL } },
	/* what stays */
	{ "NOM / RESULTAT -- Glucose / Normal -- Urée / Haute",
	    { "Glucose", "Normal", NULL }, { NULL } },
	{ "Nom / Lien -- Inconnu / fils ; 3 / 4 -- Pigeon", {
	    "Inconnu", "Pigeon", NULL }, { NULL } })

/* The tendon named after Achilles is no person: kept after "tendon",
 * "tendinite", "tendinopathie".  What still goes: the first name
 * Achille in a person's place. */
TEST_SPAN_CASES(test_achilles_tendon_kept, &test_default, &S,
	{ "Mme Schmid, tendinite d'Achille, repos ; rupture du tendon "
	    "d'Achille.", { "Achille", NULL }, { "Schmid", NULL } },
	{ "tendinopathie d'Achille ; vu avec Achille Pigeon.", {
	    "tendinopathie d'Achille", NULL }, { "Achille Pigeon",
	    NULL } })

/* The rules look at most two words back (the articles, the words before
 * a code) and along one run of groups. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"matricule AB 12-1234 ", "n\xc2\xb0 AB 1234 1234 ",
		"n\xc2\xb0 AB 1 1 ", "AB-12-12345 ", "AB-1-", "AB-12-1-1-1-",
		"lot AB-12-12345 ", "exploitation les A B, 1 rue C, ",
		"bois de la A, ", "de la de la A, 12000 B ", "gite A, ",
		"les les A, 12000 B ", "Amiti\xc3\xa9s, A. ", "Amiti\xc3\xa9s, ",
		"nom de naissance A ", "nom de naissance ", "OPJ A ",
		"OPJ Brigadier ", "patient 11-008 ", "patient 1-", "F25-11-0874 ",
		"NCT05512347 ", "NCT 05512347 ", "NOM / PRENOM / DDN -- ",
		"A / B -- ", " / ", " -- ", "NOM / DDN -- A / B / 1 -- ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_capitals_before_grouped_numbers),
		cmocka_unit_test(test_hyphenated_codes_without_label),
		cmocka_unit_test(test_places_after_kind_and_article),
		cmocka_unit_test(test_names_in_a_letters_slots),
		cmocka_unit_test(test_study_and_file_numbers),
		cmocka_unit_test(test_trial_registry_number_goes),
		cmocka_unit_test(test_slash_table_names),
		cmocka_unit_test(test_achilles_tendon_kept),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
