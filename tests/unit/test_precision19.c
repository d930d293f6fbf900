/* Unit tests of the nineteenth precision pass (docs/scrub.md "Precision,
 * nineteenth pass"): families of ordinary words that a sweep of the
 * lexicons through sentence templates found changed
 * (tests/scrub/lexicon_sweep.py); each beside the names of the same
 * shapes that must still go.  The detectors alone (detect_run), in both
 * modes. */
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

/* A transmission by role ("IDE : Pansement refait", "AS : Toilette
 * faite", "IDE : paracetamol fait") or a relative's line ("Fille :
 * Inquiète pour le retour"): the word after the colon starts a sentence.
 * The person's name there still goes: a name of the lists, a word no
 * dictionary has, a word before a verb of speech, a time after a carer,
 * a subject's verb, a name's word or a birth name's cue after kin, a
 * word alone. */
TEST_SPAN_CASES(test_role_colon_content_kept, &test_default, &S,
	{ "IDE : Pansement refait ce matin, cicatrice propre.",
	    { "Pansement", NULL }, { NULL } },
	{ "AS : Toilette faite au lavabo.", { "Toilette", NULL },
	    { NULL } },
	{ "Kin\xc3\xa9 : Marche avec d\xc3\xa9" "ambulateur, 20 m.",
	    { "Marche", NULL }, { NULL } },
	{ "IDE : Cardiologie pr\xc3\xa9venue pour l'ECG.",
	    { "Cardiologie", NULL }, { NULL } },
	{ "IDE : Lovenox 0,4 fait \xc3\xa0 20h.", { "Lovenox", NULL },
	    { NULL } },
	{ "IDE : acetazolamide donn\xc3\xa9 \xc3\xa0 8h.",
	    { "acetazolamide", NULL }, { NULL } },
	{ "Infirmi\xc3\xa8re : Transfusion faite, pas de frisson.",
	    { "Transfusion", NULL }, { NULL } },
	/* the carer's name in the same place */
	{ "IDE : Martine ce soir.", { NULL }, { "Martine", NULL } },
	{ "IDE : Marchand fait le pansement.", { NULL },
	    { "Marchand", NULL } },
	{ "IDE : Kerouredan fait le pansement.", { NULL },
	    { "Kerouredan", NULL } },
	{ "IDE : kerouredan fait le pansement.", { NULL },
	    { "kerouredan", NULL } },
	{ "IDE : Vigneron ce soir.", { NULL }, { "Vigneron", NULL } },
	{ "IDE : Vigneron signale une chute.", { NULL },
	    { "Vigneron", NULL } },
	{ "IDE : Faucon, AS : Pigeon.", { NULL }, { "Faucon",
	    "Pigeon", NULL } },
	{ "IDE : Pansement Kerouredan.", { NULL }, { "Kerouredan",
	    NULL } },
	/* a relative's line filled the same */
	{ "Fille : Inqui\xc3\xa8te pour le retour \xc3\xa0 domicile.",
	    { "Inqui\xc3\xa8te", NULL }, { NULL } },
	{ "\xc3\x89pouse : Pr\xc3\xa9sente ce jour, rassur\xc3\xa9" "e.",
	    { "Pr\xc3\xa9sente", NULL }, { NULL } },
	{ "\xc3\x89pouse : Faucon n\xc3\xa9" "e Martin.", { NULL },
	    { "Faucon", "Martin", NULL } },
	{ "Fils : Mouton est venu ce matin.", { NULL }, { "Mouton",
	    NULL } },
	{ "Fille : Katell ce jour.", { NULL }, { "Katell", NULL } },
	{ "Fils : Vigneron Marc passera.", { NULL }, { "Vigneron Marc",
	    NULL } },
	{ "Fille : Kerouredan pour le retour.", { NULL },
	    { "Kerouredan", NULL } },
	/* all in capitals, and an acronym by its shape */
	{ "IDE : PARACETAMOL FAIT A 8H.", { "PARACETAMOL", NULL },
	    { NULL } },
	{ "IDE : DMP consult\xc3\xa9, pas de courrier.", { "DMP",
	    NULL }, { NULL } },
	{ "IDE : KEROUREDAN FAIT LE PANSEMENT.", { NULL },
	    { "KEROUREDAN", NULL } },
	{ "IDE : MARTINE DUPONT.", { NULL }, { "MARTINE DUPONT",
	    NULL } },
	{ "IDE : MARTINE FAIT LE PANSEMENT.", { NULL }, { "MARTINE",
	    NULL } },
	{ "IDE : GOAS fait le pansement.", { NULL }, { "GOAS",
	    NULL } },
	/* a surname that is an ordinary word no list of names
	 * holds, the subject of the verb after it (the lead,
	 * verb_of_a_subject): after kin any verb of a subject or a
	 * future, after a carer "fait" with its object */
	{ "Fille : Pigeon passera demain.", { NULL }, { "Pigeon",
	    NULL } },
	{ "Fille : Chapelle viendra lundi.", { NULL }, { "Chapelle",
	    NULL } },
	{ "Fils : Tisserand appelle ce soir.", { NULL },
	    { "Tisserand", NULL } },
	{ "IDE : Vigneron fait le pansement.", { NULL },
	    { "Vigneron", NULL } },
	{ "IDE : Pigeon fait sa toilette.", { NULL }, { "Pigeon",
	    NULL } },
	{ "IDE : Cordonnier passera ce soir.", { NULL },
	    { "Cordonnier", NULL } },
	{ "IDE : Pansement fait.", { "Pansement", NULL }, { NULL } },
	{ "IDE : Toilette fait ce matin.", { "Toilette", NULL },
	    { NULL } })

/* A unit of care or a carer by its trade, capitalized after "par"
 * ("adressé par Réanimation", "par Interniste"): no person.  A name
 * there still goes: a word no dictionary has, a first name of the lists
 * ending so, a word of seven letters ("Batiste"). */
TEST_SPAN_CASES(test_care_unit_after_par_kept, &test_default, &S,
	{ "Adress\xc3\xa9 par R\xc3\xa9" "animation pour avis.",
	    { "R\xc3\xa9" "animation", NULL }, { NULL } },
	{ "Patient adress\xc3\xa9 par M\xc3\xa9" "decine pour bilan.",
	    { "M\xc3\xa9" "decine", NULL }, { NULL } },
	{ "Adress\xc3\xa9 par Interniste pour avis.", { "Interniste",
	    NULL }, { NULL } },
	{ "Adress\xc3\xa9 par R\xc3\xa9gulateur pour avis.",
	    { "R\xc3\xa9gulateur", NULL }, { NULL } },
	{ "Adress\xc3\xa9 par Dialyse pour avis.", { "Dialyse", NULL },
	    { NULL } },
	/* persons in the same place */
	{ "Vu par Materne ce matin.", { NULL }, { "Materne", NULL } },
	{ "Adress\xc3\xa9 par Kerouredan pour avis.", { NULL },
	    { "Kerouredan", NULL } },
	{ "Adress\xc3\xa9 par Baptiste pour avis.", { NULL },
	    { "Baptiste", NULL } },
	{ "Adress\xc3\xa9 par Batiste pour avis.", { NULL },
	    { "Batiste", NULL } })

/* A drug typed in lower case after a name ("Mme Dupont acetazolamide 250
 * mg"): a word of the ATC index that the English medical dictionary holds
 * too is no rest of the name.  A word no dictionary has, and the places
 * and firms of the keep lists that are surnames too ("kerguelen",
 * "delcourt"), still go with the name. */
TEST_SPAN_CASES(test_drug_after_name_kept, &test_default, &S,
	{ "Mme Dupont acetazolamide 250 mg ce soir.",
	    { "acetazolamide", NULL }, { "Dupont", NULL } },
	{ "M. Martin ondansetron 8 mg si besoin.", { "ondansetron",
	    NULL }, { "Martin", NULL } },
	/* the rest of a name in the same place */
	{ "Mme Dupont kerouredan cette nuit.", { NULL },
	    { "Dupont kerouredan", NULL } },
	{ "mme dupont kerguelen cette nuit.", { NULL },
	    { "dupont kerguelen", NULL } },
	{ "Appel du curateur rene delcourt au poste.", { NULL },
	    { "rene delcourt", NULL } })

/* Word w of text is inside a span found with the row's values (gone),
 * or outside every span (kept). */
static void
check_row_word(const char *text, const struct detect_value *row, size_t n,
    const char *w, int gone)
{
	const char *p = strstr(text, w);
	size_t a;
	int found = 0;

	assert_non_null(p);
	a = (size_t)(p - text);
	assert_int_equal(detect_run(&test_default, text, strlen(text), row, n,
	    &S), 0);
	for (size_t k = 0; k < S.nspans; k++)
		found |= S.spans[k].start < a + strlen(w) && S.spans[k].end > a;
	if (found != gone)
		print_error("%s '%s' in '%s'\n", gone ? "left" : "took", w,
		    text);
	assert_int_equal(found, gone);
}

/* A capitalized word of care after a person's name (precision19b, the
 * lexicon sweep's largest family left): a brand of the sensitive
 * lexicon, an INN of the ATC index, a service or a carer by its ending,
 * an ordinary word before a dose.  Beside each, the look-alike that must
 * still go: a first name of the lists there ("Mme Dupont Rose"), a word
 * no dictionary has ("Kerouredan Bounmy 1 cp"), a surname that is an
 * ordinary word before an age ("Vigneron 45 ans"); the patient's own
 * name from the row as a stranger's. */
static void
test_care_word_after_name_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Mme Dupont Doliprane 1 g ce soir.", { "Doliprane", NULL },
		    { "Dupont", NULL } },
		{ "Mme Dupont Rose vue ce jour.", { NULL },
		    { "Dupont Rose", NULL } },
		{ "M. Martin Kin\xc3\xa9sith\xc3\xa9rapie demain.",
		    { "Kin\xc3\xa9sith\xc3\xa9rapie", NULL },
		    { "Martin", NULL } },
		{ "M. Martin Pierre 1 cp le soir.", { NULL },
		    { "Martin Pierre", NULL } },
		{ "Mme Le Goff Cardiologie ce jour.", { "Cardiologie", NULL },
		    { "Le Goff", NULL } },
		{ "Mme Le Goff Claire ce jour.", { NULL },
		    { "Le Goff Claire", NULL } },
		{ "M. Bernard Amlodipine 5 mg le matin.", { "Amlodipine",
		    NULL }, { "Bernard", NULL } },
		{ "M. Bernard amlodipine le matin.", { "amlodipine", NULL },
		    { "Bernard", NULL } },
		{ "Vu avec Mme Kerouredan Bounmy 1 cp.", { NULL },
		    { "Kerouredan Bounmy", NULL } },
		{ "Mme Dupont Vigneron 45 ans.", { NULL },
		    { "Dupont Vigneron", NULL } },
		/* a surname that is an ordinary word no list holds, before
		 * a dose: the name's, not a drug (the lead) */
		{ "Mme Marie Pigeon 1 cp le soir.", { NULL },
		    { "Marie Pigeon", NULL } },
		{ "M. Jean Tisserand 2 cp matin et soir.", { NULL },
		    { "Jean Tisserand", NULL } },
	};
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "KERVAZO", 7 },
		{ DETECT_IDENT_FIRST_NAME, "Nolwenn", 7 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	check_row_word("Mme Kervazo Lovenox 0,4 ml ce soir.", row, N(row),
	    "Kervazo", 1);
	check_row_word("Mme Kervazo Lovenox 0,4 ml ce soir.", row, N(row),
	    "Lovenox", 0);
	check_row_word("Mme Kervazo Cardiologie ce jour.", row, N(row),
	    "Cardiologie", 0);
	check_row_word("Kervazo Doliprane 1 g le soir.", row, N(row),
	    "Doliprane", 0);
	check_row_word("Mme Kervazo Nolwenn vue ce jour.", row, N(row),
	    "Nolwenn", 1);
	check_row_word("Mme Kervazo Bounmy vue ce jour.", row, N(row),
	    "Bounmy", 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_colon_content_kept),
		cmocka_unit_test(test_care_unit_after_par_kept),
		cmocka_unit_test(test_drug_after_name_kept),
		cmocka_unit_test(test_care_word_after_name_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
