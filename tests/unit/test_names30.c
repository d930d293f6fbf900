/* Unit tests of names30 (docs/scrub.md "Names in capitals, twenty-third
 * pass (names30)"): names in notes written all in capitals, a first name
 * of the lists beside a surname that is an ordinary word in no list,
 * where a person stands; the row's own surname after a word that brings
 * a person.  Each case: what must go in both modes, and the capital
 * clinical words that must stay in the default mode.  The detectors
 * alone (detect_run). */
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

/* caps_word_surname_pair: the pair after a preposition that brings a
 * person, kin, a title, a closing; at a sentence's start before a
 * person's verb; as the note's signature.  Every raw word here was left
 * on main 4be6930. */
TEST_SPAN_CASES(test_caps_pair_in_person_slot, &test_default, &S,
	{ "APPEL DE PIGEON MARIE CE MATIN.", { "APPEL", "MATIN", NULL },
	    { "PIGEON", "MARIE", NULL } },
	{ "APPEL DE MARIE VIGNERON CE MATIN.", { "APPEL", NULL },
	    { "MARIE", "VIGNERON", NULL } },
	{ "VU AVEC CHAPELLE LOUIS.", { "AVEC", NULL },
	    { "CHAPELLE", "LOUIS", NULL } },
	{ "ENTRETIEN AVEC TISSERAND JEANNE CE JOUR.", { "ENTRETIEN",
	    NULL }, { "TISSERAND", "JEANNE", NULL } },
	{ "MESSAGE DE CORDONNIER PAUL POUR LE RDV.", { "RDV", NULL },
	    { "CORDONNIER", "PAUL", NULL } },
	{ "COURRIER POUR PRINCE LOUIS.", { "COURRIER", NULL },
	    { "PRINCE", "LOUIS", NULL } },
	{ "LIVRAISON CHEZ DAUPHIN JEANNE.", { "LIVRAISON", NULL },
	    { "DAUPHIN", "JEANNE", NULL } },
	{ "SA FILLE PIGEON MARIE A APPELE.", { "FILLE", NULL },
	    { "PIGEON", "MARIE", NULL } },
	{ "SON FILS LOUIS VIGNERON EST PASSE.", { "FILS", NULL },
	    { "LOUIS", "VIGNERON", NULL } },
	{ "AVIS DU DR CHAPELLE PAUL.", { "AVIS", NULL },
	    { "CHAPELLE", "PAUL", NULL } },
	{ "PIGEON MARIE APPELLE POUR SON TRAITEMENT.", { "TRAITEMENT",
	    NULL }, { "PIGEON", "MARIE", NULL } },
	{ "MARIE DAUPHIN A APPELE CE MATIN.", { "MATIN", NULL },
	    { "MARIE", "DAUPHIN", NULL } },
	{ "CORDIALEMENT, JEANNE TISSERAND", { "CORDIALEMENT", NULL },
	    { "JEANNE", "TISSERAND", NULL } },
	{ "TRANSMISSIONS FAITES. PRINCE PAUL", { "TRANSMISSIONS",
	    "FAITES", NULL }, { "PRINCE", "PAUL", NULL } })

/* The capital clinical lines the pair rule must leave: no first name
 * beside the word, a word of care, a pronoun, a disease's man. */
TEST_SPAN_CASES(test_caps_pair_keeps_words, &test_default, &S,
	{ "APPEL DE LA PHARMACIE POUR LE TRAITEMENT.", { "PHARMACIE",
	    "TRAITEMENT", NULL }, { NULL } },
	{ "VU AVEC LE CARDIOLOGUE CE JOUR.", { "CARDIOLOGUE", NULL },
	    { NULL } },
	{ "MESSAGE DE L'EHPAD POUR LE RDV.", { "EHPAD", "RDV", NULL },
	    { NULL } },
	{ "POUR BILAN SANGUIN DEMAIN.", { "BILAN", "SANGUIN", NULL },
	    { NULL } },
	{ "RETOUR CHEZ ELLE PREVU DEMAIN.", { "ELLE", "PREVU", NULL },
	    { NULL } },
	{ "MEDECIN DE GARDE PREVENU.", { "GARDE", "PREVENU", NULL },
	    { NULL } },
	{ "APPEL DE SA FILLE CE MATIN.", { "FILLE", "MATIN", NULL },
	    { NULL } },
	{ "TRAITEMENT : KARDEGIC 75 MG, DOLIPRANE 1 G.", { "KARDEGIC",
	    "DOLIPRANE", NULL }, { NULL } })

/* row_caps_person_cue and the sentence start read in capitals: the
 * patient's own surname, an ordinary word, after "AVEC", "CHEZ", "PAR",
 * "APPEL DE", "MESSAGE DE", "DE LA PART DE", or before a person's verb
 * at a sentence's start (left on main 4be6930). */
static void
test_row_surname_after_caps_cue(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};
	static const char *const texts[] = {
		"VU AVEC PIGEON CE JOUR.",
		"PASSAGE CHEZ PIGEON CE MATIN.",
		"ENTRETIEN AVEC PIGEON.",
		"MESSAGE DE PIGEON POUR LE RDV.",
		"APPEL DE PIGEON CE MATIN.",
		"RAS. PIGEON APPELLE POUR SON TRAITEMENT.",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], row, N(row),
		    "PIGEON");
}

/* caps_doctor_before_visit: a word surname between "DR" and a visit's
 * participle (left on main 4be6930); a post, a grade, an adjective or a
 * specialist stays. */
TEST_SPAN_CASES(test_caps_doctor_before_visit, &test_default, &S,
	{ "DR PIGEON PREVENU.", { "PREVENU", NULL }, { "PIGEON", NULL } },
	{ "DR VIGNERON APPELE CE MATIN.", { "APPELE", NULL },
	    { "VIGNERON", NULL } },
	{ "DR DAUPHIN CONTACTE.", { "CONTACTE", NULL },
	    { "DAUPHIN", NULL } },
	{ "DR DE GARDE PREVENU.", { "GARDE", "PREVENU", NULL },
	    { NULL } },
	{ "DR TRAITANT PREVENU.", { "TRAITANT", NULL }, { NULL } },
	{ "DR SENIOR PREVENU.", { "SENIOR", NULL }, { NULL } },
	{ "DR URGENTISTE APPELE.", { "URGENTISTE", NULL }, { NULL } },
	{ "DR CARDIOLOGUE PREVENU.", { "CARDIOLOGUE", NULL },
	    { NULL } })

/* caps_pair_signs: the name alone on a line of a note in capitals, a
 * carer's word after it or not (left on main 4be6930); a care's word
 * before a first name heading a line before more lines stays. */
TEST_SPAN_CASES(test_caps_pair_signs_a_line, &test_default, &S,
	{ "RAS.\nPIGEON MARIE", { "RAS", NULL },
	    { "PIGEON", "MARIE", NULL } },
	{ "PATIENT CALME.\nMARIE VIGNERON\nIDE", { "CALME", NULL },
	    { "MARIE", "VIGNERON", NULL } },
	{ "NUIT CALME\nCHAPELLE LOUIS IDE", { "CALME", NULL },
	    { "CHAPELLE", "LOUIS", NULL } },
	{ "RAS\nJEANNE TISSERAND\n", { "RAS", NULL },
	    { "JEANNE", "TISSERAND", NULL } },
	{ "MOTIF\nCHUTE MARIE\nAVIS DEMANDE", { "CHUTE", NULL },
	    { NULL } },
	{ "RAS\nNUIT CALME\nIDE", { "NUIT", "CALME", NULL },
	    { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_caps_pair_in_person_slot),
		cmocka_unit_test(test_caps_pair_keeps_words),
		cmocka_unit_test(test_row_surname_after_caps_cue),
		cmocka_unit_test(test_caps_doctor_before_visit),
		cmocka_unit_test(test_caps_pair_signs_a_line),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
