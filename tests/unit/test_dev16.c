/* Unit tests of the pass on the sixteenth hand set's dev half (docs/scrub.md
 * "heldout16 dev families (dev16)"): numbers after a "n°" and the word
 * that says what they number, in groups of unequal lengths, with a code
 * of capitals and digits before them; the misused opioid medicines by
 * their way of use; "enceinte" the noun.  Beside each, the look-alike of
 * the same shape that stays.  The detectors alone (detect_run), without
 * row values, in both modes. */
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

/* A number after "n°" and the word that says what it numbers, a word no
 * rule knows as an id's label ("n° unique", "n° de sinistre"), in groups
 * of unequal lengths (a bag's, a claim's number as a form prints it),
 * after a blood product's name, or after a code of capitals and digits
 * joined by a '-': the raw digits go.  What stays: a lot's, a room's
 * number after "n°", counts in thousands, values listed, a short number
 * after the same words. */
TEST_SPAN_CASES(test_numbers_after_what_they_number, &test_default, &S,
	{ "Demande de logement social, n\xc2\xb0 unique "
	    "0311225012345678.", { NULL }, { "0311225012345678",
	    NULL } },
	{ "AT du 2 mars 2025, n\xc2\xb0 de sinistre 25 7134 882 0.",
	    { NULL }, { "25 7134 882 0", NULL } },
	{ "transfusion du CGR n\xc2\xb0 0714 25 117385 chez M. Boutros.",
	    { NULL }, { "0714 25 117385", NULL } },
	{ "l'\xc3\xa9tiquette de la poche 2511 03 84527 transfus\xc3\xa9"
	    "e hier", { NULL }, { "2511 03 84527", NULL } },
	{ "CSS : dossier n\xc2\xb0 C2S-25-330917 accept\xc3\xa9.",
	    { NULL }, { "C2S-25-330917", NULL } },
	{ "Inscrit, n\xc2\xb0 Cristal 2024-0417752.", { NULL },
	    { "2024-0417752", NULL } },
	{ "liste nationale, n\xc2\xb0 CRISTAL N-2024-0417752.",
	    { NULL }, { "N-2024-0417752", NULL } },
	{ "carte de donateur (facult\xc3\xa9, n\xc2\xb0 DC 11482) "
	    "retrouv\xc3\xa9" "e", { NULL }, { "DC 11482", NULL } },
	/* what stays */
	{ "Vaccin, n\xc2\xb0 de lot 12 345 678 ; n\xc2\xb0 unique 12.",
	    { "12 345 678", "unique 12", NULL }, { NULL } },
	{ "poche 2 de 3, CGR 450 ml, 1 234 567 plaquettes.",
	    { "450 ml", "1 234 567", NULL }, { NULL } },
	{ "Vaccin, lot n\xc2\xb0 AB 12345 ; lot n\xc2\xb0 unique "
	    "1234567 ; n\xc2\xb0 CHU 12345.", { "12345", "1234567",
	    "CHU 12345" }, { NULL } },
	{ "Glyc\xc3\xa9mies 110 145 180 ; n\xc2\xb0 de chambre 12.",
	    { "110 145 180", "chambre 12", NULL }, { NULL } },
	{ "FEV 2 45 110 mesur\xc3\xa9s ; C2S-12 accord\xc3\xa9" "e.",
	    { "2 45 110", "C2S-12", NULL }, { NULL } })

/* A phone typed with its pairs cut in single digits between separators
 * that change, after a phone cue: the raw number goes.  What stays: the
 * same shape with no cue, or with nine or eleven digits. */
TEST_SPAN_CASES(test_phone_in_loose_groups, &test_default, &S,
	{ "tel patient 06 . 20 . 4 7 . 1 1 . 9 8 -> corrig\xc3\xa9",
	    { NULL }, { "06 . 20 . 4 7 . 1 1 . 9 8", NULL } },
	{ "portable : 07-5 1-33 . 8 0 . 12 (fille)", { NULL },
	    { "07-5 1-33 . 8 0 . 12", NULL } },
	/* what stays */
	{ "Scores 06 . 20 . 4 7 . 1 1 . 9 8 ce jour.", { "4 7",
	    "9 8", NULL }, { NULL } },
	{ "tel 06 . 20 . 4 7 . 1 1 . 9 ; tel 06 . 2 0 . 4 7 . 1 1 . "
	    "9 8 . 5", { "4 7 . 1 1 . 9 ;", "9 8 . 5", NULL },
	    { NULL } })

/* A place named after the word of its kind, before a comma and its
 * address: a building, a domiciliation's association before its post
 * box (both part of the name), a business where the patient works (its
 * kind stays); a key box's code typed digit by digit.  What stays: a
 * business named by an ordinary word, a kind with no name, a count
 * after "code". */
TEST_SPAN_CASES(test_places_named_after_their_kind, &test_default, &S,
	{ "Adresse : B\xc3\xa2t. Les C\xc3\xa8" "dres, 12 av. "
	    "Fr\xc3\xa9" "d\xc3\xa9ric Mistral, 13500 Martigues.",
	    { NULL }, { "B\xc3\xa2t. Les C\xc3\xa8" "dres", NULL } },
	{ "Domiciliation : association Emma\xc3\xbcs, BP 17, 31000 "
	    "Toulouse.", { NULL }, { "association Emma\xc3\xbcs",
	    NULL } },
	{ "H\xc3\xa9patite A : M. Santos, restaurant Le Petit "
	    "Lisbonne, rue des Carmes, 45000 Orl\xc3\xa9" "ans.",
	    { "restaurant", NULL }, { "Le Petit Lisbonne", NULL } },
	{ "Cl\xc3\xa9 dans la boite a cle code 4-1-7-7.", { NULL },
	    { "4-1-7-7", NULL } },
	{ "SSIAD : digicode 2.5.8.0, 3e \xc3\xa9tage.", { NULL },
	    { "2.5.8.0", NULL } },
	/* what stays */
	{ "Repas au restaurant, rue des Carmes ; bar Cordonnier, "
	    "rue des Lilas.", { "restaurant", "Cordonnier", NULL },
	    { NULL } },
	{ "Code 4-1-7 du CCAM ; code 1 2.", { "4-1-7", "1 2",
	    NULL }, { NULL } })

/* Opioid medicines misused, by their way of use (F11): an oral morphine
 * injected or sniffed, a medicine "détourné" or its "mésusage".  What
 * stays: the same medicines prescribed, and the nurse's injection of
 * morphine. */
TEST_SPAN_CASES(test_opioid_medicines_misused, &test_default, &S,
	{ "Maraude : vit dans un camion, injecte du Skenan, abc\xc3\xa8s.",
	    { NULL }, { "Skenan", NULL } },
	{ "Moscontin inject\xc3\xa9s depuis 2 ans.", { NULL },
	    { "Moscontin", NULL } },
	{ "N\xc3\xa9" "ocodion d\xc3\xa9tourn\xc3\xa9 (sirop).",
	    { NULL }, { "N\xc3\xa9" "ocodion", NULL } },
	{ "Tramadol d\xc3\xa9tourn\xc3\xa9 ce mois.", { NULL },
	    { "Tramadol", NULL } },
	/* what stays */
	{ "Douleur : Skenan LP 30 mg matin et soir, Actiskenan si "
	    "besoin.", { "Skenan", "Actiskenan", NULL }, { NULL } },
	{ "Titration : injection de morphine SC, tramadol 50 mg.",
	    { "morphine", "tramadol", NULL }, { NULL } })

/* "Enceinte" the noun after its article (a blood bank's refrigerated
 * cabinets, a hospital's grounds) stays; the pregnancy's adjective
 * still goes. */
TEST_SPAN_CASES(test_enclosure_not_pregnancy, &test_default, &S,
	{ "D\xc3\xa9p\xc3\xb4t de sang : temp\xc3\xa9rature des "
	    "enceintes OK.", { "enceintes", NULL }, { NULL } },
	{ "Fugue : retrouv\xc3\xa9 dans l'enceinte de l'h\xc3\xb4pital.",
	    { "enceinte", NULL }, { NULL } },
	{ "Les enceintes r\xc3\xa9" "frig\xc3\xa9r\xc3\xa9" "es sont "
	    "pleines.", { "enceintes", NULL }, { NULL } },
	/* what goes */
	{ "Mme Pigeon, enceinte de 28 SA, RAI n\xc3\xa9gative.",
	    { NULL }, { "enceinte", NULL } },
	{ "suivi des femmes enceintes diab\xc3\xa9tiques", { NULL },
	    { "enceintes", NULL } },
	{ "Elle est enceinte, une enceinte pleine.", { NULL },
	    { "enceinte", NULL } })

/* In a note in capitals, what follows a name a title took is not its
 * next word: the birth cue ("NEE LE"), the pain scale before its score
 * ("EVA 7"); a code of capitals joined to its number ("EPC OXA-48") is
 * no pair of names; a blood group read positive after a relative ("Rh+")
 * no name.  The names, word surnames too, still go. */
TEST_SPAN_CASES(test_words_after_a_name_in_capitals, &test_default, &S,
	{ "CIBLE DOULEUR D: M. VERGNES Lucien EVA 7 sacrum A: "
	    "oxynorm 5mg", { "EVA", NULL }, { "VERGNES Lucien",
	    NULL } },
	{ "Mme BALOGH Tunde NEE LE02.11.1970 TEL0623558104",
	    { "NEE", NULL }, { "BALOGH Tunde", NULL } },
	{ "M. CORDONNIER Paul EVA 7 sacrum", { "EVA", NULL },
	    { "CORDONNIER Paul", NULL } },
	{ "Mme PIGEON Marie NEE LE 01/02/1950", { "NEE", NULL },
	    { "PIGEON Marie", NULL } },
	{ "cas index BHRe (EPC OXA-48) chez M. Mihailescu Sorin",
	    { "EPC", "OXA", NULL }, { "Mihailescu Sorin", NULL } },
	{ "RAI n\xc3\xa9gative. Conjoint Rh+, fils AB+.", { "Rh",
	    "AB", NULL }, { NULL } },
	/* what still goes */
	{ "MME BALOGH NEE VIGNERON", { NULL }, { "BALOGH",
	    "VIGNERON", NULL } },
	{ "contact JEAN KERGOAT-2 ce jour", { NULL },
	    { "JEAN KERGOAT", NULL } },
	{ "Mme DIALLO EVA 8 ANS", { NULL }, { "DIALLO EVA", NULL } },
	{ "Conjoint Pigeon ; fils Tisserand-, rappel", { NULL },
	    { "Pigeon", "Tisserand", NULL } })

/* "M." before the row's surname of a woman whose first name starts with
 * M is her initial ("vue M. SCHNEIDER"), but not where her first name
 * is written whole after the surname ("M. Schneider Mathilde"): there it
 * is the title. */
static void
test_m_title_before_whole_first_name(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "SCHNEIDER", 9 },
		{ DETECT_IDENT_FIRST_NAME, "Mathilde", 8 },
	};
	const char *text = "vue M. SCHNEIDER ; M. Schneider Mathilde rappelle";
	const char *second = strstr(text, "; M.") + 2;
	int initials = 0, second_taken = 0;

	(void)state;
	assert_int_equal(detect_run(&test_default, text, strlen(text), row,
	    N(row), &S), 0);
	for (size_t k = 0; k < S.nspans; k++) {
		if (S.spans[k].kind == DETECT_INITIAL)
			initials++;
		if (S.spans[k].start <= (size_t)(second - text) &&
		    S.spans[k].end > (size_t)(second - text))
			second_taken = 1;
	}
	assert_int_equal(initials, 1);
	assert_false(second_taken);
	test_row_word_gone(&test_default, &S, text, row, N(row), "Mathilde");
}

/* The rules of this pass look a bounded number of words back (the owner
 * words after "n°", the code before the '-') or on (eight groups at
 * most). */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"n\xc2\xb0 unique 1234567 ", "n\xc2\xb0 de a b 1234567 ",
		"n\xc2\xb0 a ", "12 1 ", "1 12 ", "12 123 1 ", "12 1234 1 ",
		"poche 12 1 ", "CGR n\xc2\xb0 1 12 ", "n\xc2\xb0 1 12 123 ",
		"C2S-1-2 ", "C2S-", "n\xc2\xb0 AB 12345 ", "lot n\xc2\xb0 AB 12345 ",
		"n\xc2\xb0 A N-1234567 ", "n\xc2\xb0 A N-", "A1B2C3-1 ", "A1-A1-A1-", "n\xc2\xb0 A ",
		"injecte du Skenan ", "des enceintes ", "l'enceinte ",
		"tel 0 ", "tel 06 . 2 0 . ", "tel 0 1 2 3 4 5 6 7 8 9 0 1 ",
		"tel 06 1 ", "code 1-1-1 ", "boite a cle code 1-1-1-1 ",
		"digicode 1 1 1 1 1 1 1 1 1 1 ", "restaurant Le A, rue B, ",
		"B\xc3\xa2t. Les A, 1 rue B, ", "association A, BP 1, ",
		"restaurant A B, ", "M. A B EVA 7 ", "MME A NEE ",
		"EVA 7 EVA 7 ", "AB CD-1 ", "M. AB CD-1 ",
		"Conjoint Rh+ ", "fils A+ A+ ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_after_what_they_number),
		cmocka_unit_test(test_phone_in_loose_groups),
		cmocka_unit_test(test_places_named_after_their_kind),
		cmocka_unit_test(test_opioid_medicines_misused),
		cmocka_unit_test(test_enclosure_not_pregnancy),
		cmocka_unit_test(test_words_after_a_name_in_capitals),
		cmocka_unit_test(test_m_title_before_whole_first_name),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
