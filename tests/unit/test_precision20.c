/* Unit tests of the twentieth precision pass (docs/scrub.md "Precision,
 * twentieth pass"): spans that ran on over the words after an
 * identifier (a street's name over the sentence that goes on, a spouse's
 * "de" taken as a particle, a carer's trade after the carer's name);
 * each beside the names of the same shapes
 * that must still go, surnames that are ordinary words and in no list of
 * names among them.  The detectors alone (detect_run), in both modes. */
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

/* A street's name ends where the sentence goes on in lower case after its
 * capitalized word ("12 bis rue Lafayette maintenant", "3 rue Pasteur
 * depuis 2010"); the street still goes whole, and a person after it
 * still goes: "chez" or "avec" and a surname that is an ordinary word no
 * list holds ("chez Pigeon", "chez Vigneron Marie", "chez chapelle
 * jean"), a street all in lower case ("rue de la paix"), lower-case
 * words inside a name ("rue du Moulin à Vent"). */
static void
test_street_name_ends_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Jsuis au 12 bis rue Lafayette maintenant",
		    { "maintenant", NULL }, { "12 bis rue Lafayette", NULL } },
		{ "Vit au 3 rue Pasteur depuis 2010.", { "depuis", NULL },
		    { "3 rue Pasteur", NULL } },
		{ "Habite 12 avenue Foch d\xc3\xa9sormais.",
		    { "d\xc3\xa9sormais", NULL }, { "12 avenue Foch", NULL } },
		{ "Domicile : 3 rue de la Paix depuis peu.",
		    { "depuis peu", NULL }, { "3 rue de la Paix", NULL } },
		{ "Vit 3 rue Jean Moulin actuellement.",
		    { "actuellement", NULL }, { "3 rue Jean Moulin", NULL } },
		/* the persons after the street still go */
		{ "Vit au 3 rue Pasteur chez Pigeon depuis 2010.", { NULL },
		    { "3 rue Pasteur", "Pigeon", NULL } },
		{ "Vit au 3 rue Pasteur chez Vigneron Marie.", { NULL },
		    { "Vigneron Marie", NULL } },
		{ "Vit au 3 rue Pasteur chez Cordonnier.", { NULL },
		    { "Cordonnier", NULL } },
		{ "Vit au 3 rue Pasteur chez Prince.", { NULL },
		    { "Prince", NULL } },
		{ "Vit au 3 rue Pasteur chez chapelle jean.", { NULL },
		    { "chapelle jean", NULL } },
		{ "Vit au 3 rue Pasteur pr\xc3\xa8s de Tisserand.", { NULL },
		    { "Tisserand", NULL } },
		/* a street in lower case, lower-case words inside a name */
		{ "vit au 3 rue de la paix depuis 2010.", { NULL },
		    { "3 rue de la paix", NULL } },
		{ "Vit au 3 rue du Moulin \xc3\xa0 Vent depuis 2010.", { NULL },
		    { "3 rue du Moulin \xc3\xa0 Vent", NULL } },
		/* a noun after the street may be a surname in lower case */
		{ "Vit au 3 rue Pasteur pigeon.", { NULL },
		    { "pigeon", NULL } },
		/* OCR cut a name in two: its short piece is no word after */
		{ "l4 bd Vict or Hugo O6OOO NICE", { NULL },
		    { "Vict or Hugo", "NICE", NULL } },
	};
	static const struct detect_value prince[] = {
		{ DETECT_IDENT_LAST_NAME, "PRINCE", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Rose", 4 },
	};
	static const struct detect_value dauphin[] = {
		{ DETECT_IDENT_LAST_NAME, "DAUPHIN", 7 },
		{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient's own name after the street */
	test_row_word_gone(&test_default, &S,
	    "Vit au 3 rue Pasteur chez Prince depuis 2010.", prince,
	    N(prince), "Prince");
	test_row_word_gone(&test_recall, &S,
	    "Vit au 3 rue Pasteur chez Prince depuis 2010.", prince,
	    N(prince), "Prince");
	test_row_word_gone(&test_default, &S,
	    "Vit au 3 rue Pasteur avec Dauphin maintenant.", dauphin,
	    N(dauphin), "Dauphin");
}

/* "Épouse de Joaquim", "veuve de Joaquim": the wife of Joaquim; "de" is
 * the preposition, not a birth name's particle, when a given name of the
 * lists that no list holds as a surname follows.  The given name still
 * goes, and so does a surname after it that is an ordinary word; a
 * married name with its particle still goes whole. */
static void
test_spouse_of_given_name_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Mme Mendes, \xc3\xa9pouse de Joaquim, dit qu'il a rechut\xc3\xa9.",
		    { "pouse de", NULL }, { "Mendes", "Joaquim", NULL } },
		{ "Mme Mendes, veuve de Joaquim, vue ce jour.",
		    { "veuve de", NULL }, { "Joaquim", NULL } },
		/* still go */
		{ "Mme Mendes, \xc3\xa9pouse de Joaquim Pigeon, vue.", { NULL },
		    { "Joaquim Pigeon", NULL } },
		{ "Mme Mendes, \xc3\xa9pouse de Joaquim Vigneron, vue.", { NULL },
		    { "Joaquim Vigneron", NULL } },
		{ "Mme Mendes, veuve de Sophie Chapelle.", { NULL },
		    { "Sophie Chapelle", NULL } },
		{ "Mme Mendes, \xc3\xa9pouse de Pigeon, vue.", { NULL },
		    { "de Pigeon", NULL } },
		{ "Mme Mendes \xc3\xa9pouse de La Fontaine vue.", { NULL },
		    { "de La Fontaine", NULL } },
		{ "Mme Mendes, \xc3\xa9pouse de Joaquim Tisserand, vue.", { NULL },
		    { "Joaquim Tisserand", NULL } },
	};
	static const struct detect_value pigeon[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Joaquim", 7 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	test_row_word_gone(&test_default, &S,
	    "Mme Mendes, \xc3\xa9pouse de Joaquim Pigeon, vue.", pigeon,
	    N(pigeon), "Pigeon");
	test_row_word_gone(&test_default, &S,
	    "Mme Mendes, \xc3\xa9pouse de Joaquim, vue.", pigeon,
	    N(pigeon), "Joaquim");
}

/* A carer's trade or grade after the carer's name, as a signature or a
 * list of the staff writes it ("Mme Durand Cadre de santé", "Dr Legrand
 * Chirurgien", "Mme Blanc Sage-femme").  The name still goes whole,
 * surnames that are ordinary words among them; a trade that is a surname
 * of the lists stays the name's ("Mme Dupont Boulanger"), and so does the
 * word after a given name alone ("Mme Sophie Cadre": her surname may be
 * "Cadre"). */
static void
test_care_after_surname_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Mme Durand Cadre de sant\xc3\xa9.", { "Cadre", NULL },
		    { "Durand", NULL } },
		{ "M. Petit Interne de garde.", { "Interne", NULL },
		    { "Petit", NULL } },
		{ "Dr Legrand Chirurgien.", { "Chirurgien", NULL },
		    { "Legrand", NULL } },
		{ "Mme Blanc Secr\xc3\xa9taire m\xc3\xa9" "dicale.",
		    { "Secr\xc3\xa9taire", NULL }, { "Blanc", NULL } },
		{ "Mme Blanc Sage-femme.", { "Sage-femme", NULL },
		    { "Blanc", NULL } },
		{ "Mme Kervazo M\xc3\xa9" "decin ce jour.",
		    { "decin ce jour", NULL }, { "Kervazo", NULL } },
		/* a place, a means, a time of care after the patient's */
		{ "Mme Dupont Bloc 14h.", { "Bloc", NULL }, { "Dupont", NULL } },
		{ "M. Martin Lit 3.", { "Lit", NULL }, { "Martin", NULL } },
		{ "Mme Dupont Retour EHPAD demain.", { "Retour", NULL },
		    { "Dupont", NULL } },
		{ "Mme Durand Pansement refait.", { "Pansement", NULL },
		    { "Durand", NULL } },
		{ "Mme Dupont Chute ce matin.", { "Chute", NULL },
		    { "Dupont", NULL } },
		/* still go */
		{ "Mme Marie Pigeon Pansement refait.", { "Pansement", NULL },
		    { "Marie Pigeon", NULL } },
		{ "Mme Vigneron Toilette faite.", { "Toilette", NULL },
		    { "Vigneron", NULL } },
		{ "Mme Sophie Chute ce matin.", { NULL },
		    { "Sophie Chute", NULL } },
		{ "Mme Pigeon Retour demain.", { "Retour", NULL },
		    { "Pigeon", NULL } },
		{ "Mme Sophie Lit vue ce jour.", { NULL },
		    { "Sophie Lit", NULL } },
		{ "Mme Pigeon Cadre de sant\xc3\xa9.", { "Cadre", NULL },
		    { "Pigeon", NULL } },
		{ "Mme Marie Vigneron Infirmi\xc3\xa8re.", { NULL },
		    { "Marie Vigneron", NULL } },
		{ "Mme Durand Chapelle Secr\xc3\xa9taire.", { NULL },
		    { "Durand Chapelle", NULL } },
		{ "Mme Dupont Boulanger Infirmi\xc3\xa8re.", { NULL },
		    { "Dupont Boulanger", NULL } },
		{ "Mme Sophie Cadre vue ce jour.", { NULL },
		    { "Sophie Cadre", NULL } },
		{ "Dr Tisserand Chef de service.", { NULL },
		    { "Tisserand", NULL } },
	};
	static const struct detect_value cadre[] = {
		{ DETECT_IDENT_LAST_NAME, "CADRE", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Sophie", 6 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient whose surname is the trade */
	test_row_word_gone(&test_default, &S, "Mme Durand Cadre vue ce jour.",
	    cadre, N(cadre), "Cadre");
}

/* The hospital's own acronyms (committees, coding, records, units,
 * staff) after a name or a role ("Mme Kervazo RCP ce jour", "IDE : SSPI
 * fait"), clinical words now.  A surname in capitals beside them still
 * goes, and an acronym that reads as a surname capitalized is not one
 * of them ("Vu avec Clan", "Mme Marie CLAN"). */
TEST_SPAN_CASES(test_hospital_acronyms_kept, &test_default, &S,
	{ "Mme Kervazo RCP ce jour.", { "RCP", NULL },
	    { "Kervazo", NULL } },
	{ "Mme Dupont SSPI ce soir.", { "SSPI", NULL },
	    { "Dupont", NULL } },
	{ "IDE : SSPI fait ce soir.", { "SSPI", NULL }, { NULL } },
	{ "Mme Durand DMP consult\xc3\xa9.", { "DMP", NULL },
	    { "Durand", NULL } },
	/* still go */
	{ "Mme Marie PIGEON RCP ce jour.", { "RCP", NULL },
	    { "Marie PIGEON", NULL } },
	{ "Mme Vigneron IBODE.", { "IBODE", NULL },
	    { "Vigneron", NULL } },
	{ "Mme Marie CLAN vue ce jour.", { NULL }, { "CLAN", NULL } },
	{ "Vu avec Clan ce jour.", { NULL }, { "Clan", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_street_name_ends_kept),
		cmocka_unit_test(test_spouse_of_given_name_kept),
		cmocka_unit_test(test_care_after_surname_kept),
		cmocka_unit_test(test_hospital_acronyms_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
