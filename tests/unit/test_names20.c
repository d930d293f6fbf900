/* Unit tests of names20 (docs/scrub.md "Names, twentieth pass
 * (names20)"): a surname that is an ordinary French word and in no list
 * of names ("Abbé", "Pigeon", "Vigneron", "Chapelle") where only its
 * place says it is a name: after an ambiguous first name ("Marie",
 * "Jean") that follows a person's preposition, a letter's closing or
 * comes before "a écrit"; in capitals between a civil title and a first
 * name; beside an initial; alone after the "de" of a call.  Each raw
 * surname must be inside a span; the look-alikes (a word of care, a
 * disease's man, a letter that labels a noun, an outline's letter, the
 * pharmacy in lower case) must stay.  The detectors alone (detect_run),
 * default mode. */
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

/* An ambiguous first name of the lists and a word surname, after a
 * preposition that leads to a person, a letter's closing, or before "a
 * écrit" (word_surname_pair, person_slot_before, wrote_follows). */
TEST_SPAN_CASES(test_ambiguous_first_word_surname, &test_default, &S,
	{ "Courrier de Marie Abb\xc3\xa9 re\xc3\xa7u ce matin.",
	    { NULL }, { "Marie Abb\xc3\xa9", NULL } },
	{ "Patiente adress\xc3\xa9" "e par Jean Tisserand pour avis.",
	    { NULL }, { "Jean Tisserand", NULL } },
	{ "Cordialement. Jean Vigneron", { NULL },
	    { "Jean Vigneron", NULL } },
	{ "Le 3 mars, Marie Chanoine a \xc3\xa9" "crit :", { NULL },
	    { "Marie Chanoine", NULL } },
	/* a word of care after the first name, a sign's eponym, a
	 * first name alone at a sentence's start */
	{ "Courrier de Marie Pharmacie re\xc3\xa7u.",
	    { "Pharmacie", NULL }, { NULL } },
	{ "Pas de signe de Marcus Gunn ce jour.",
	    { "Marcus", "Gunn", NULL }, { NULL } },
	{ "Syndrome de Marie Chapelle.", { "Chapelle", NULL },
	    { NULL } },
	{ "Hier Marie a dit non.", { "Hier", NULL }, { NULL } })

/* All in capitals after a civil title: a word surname then a first name
 * of the lists (ambiguous too), before the clause's end or a verb. */
TEST_SPAN_CASES(test_caps_surname_then_first, &test_default, &S,
	{ "MME ABB\xc3\x89 MARIE VUE CE JOUR.", { NULL },
	    { "ABB\xc3\x89", "MARIE", NULL } },
	{ "MME PIGEON MARIE, 45 ANS.", { NULL },
	    { "PIGEON", NULL } },
	{ "M. VIGNERON JEAN EST VENU.", { NULL },
	    { "VIGNERON", NULL } },
	/* a word of the patient's state, a service */
	{ "MME AGITEE MARIE.", { "AGITEE", NULL }, { NULL } },
	{ "MME R\xc3\x89" "ANIMATION MARIE VUE CE JOUR.",
	    { "R\xc3\x89" "ANIMATION", NULL }, { NULL } })

/* An initial beside a word surname (initial_word_surname). */
TEST_SPAN_CASES(test_initial_word_surname, &test_default, &S,
	{ "L. Pigeon pr\xc3\xa9venu ce jour.", { NULL },
	    { "Pigeon", NULL } },
	{ "Vu avec Chapelle S. ce matin.", { NULL },
	    { "Chapelle", NULL } },
	{ "Vu avec L. Cordonnier ce matin.", { NULL },
	    { "Cordonnier", NULL } },
	{ "Sa fille L. Vigneron, joignable le soir.", { NULL },
	    { "Vigneron", NULL } },
	/* an outline's letter, a vitamin, a letter that labels */
	{ "A. Histoire de la maladie.", { "Histoire", NULL },
	    { NULL } },
	{ "Prise de vitamine D. Pomme cuite au dessert.",
	    { "Pomme", NULL }, { NULL } },
	{ "Vu avec Groupe A. ce matin.", { "Groupe", NULL },
	    { NULL } },
	{ "Vu avec Doliprane L. ce matin.", { "Doliprane", NULL },
	    { NULL } })

/* A word surname alone after the "de" of a call or a visit, as after
 * "vu par" (relation_name_first, call_de). */
TEST_SPAN_CASES(test_word_surname_after_call, &test_default, &S,
	{ "Appel de Pigeon pour avoir des nouvelles.", { NULL },
	    { "Pigeon", NULL } },
	{ "Visite de Vigneron ce jour.", { NULL },
	    { "Vigneron", NULL } },
	{ "Appel de Chapelle, son fils.", { NULL },
	    { "Chapelle", NULL } },
	/* the pharmacy, a service, a drug, a thing asked for */
	{ "Appel de la pharmacie pour le traitement.",
	    { "pharmacie", NULL }, { NULL } },
	{ "Appel de Cardiologie ce jour.", { "Cardiologie", NULL },
	    { NULL } },
	{ "Appel de Doliprane.", { "Doliprane", NULL }, { NULL } },
	{ "Demande de Transfert faite.", { "Transfert", NULL },
	    { NULL } },
	{ "Vu par le kin\xc3\xa9 ce matin.", { "kin\xc3\xa9", NULL },
	    { NULL } })

/* A surname with a particle whose core is an ordinary word or in no
 * list (particle_surname, leading_particle): a capitalized French
 * particle where no sentence starts, a lower-case one after a first
 * name found, a foreign particle in lower case after a capitalized one,
 * the Irish and West African prefixes glued by an apostrophe. */
TEST_SPAN_CASES(test_particle_surnames, &test_default, &S,
	{ "Vue par Du Pont ce matin, RAS.", { NULL },
	    { "Du Pont", NULL } },
	{ "Entretien avec Hugo Des Rosiers ce jour.", { NULL },
	    { "Des Rosiers", NULL } },
	{ "Entretien avec Hugo du Pigeon ce jour.", { NULL },
	    { "du Pigeon", NULL } },
	{ "Vue par Van der Berg ce matin.", { NULL },
	    { "Van der Berg", NULL } },
	{ "Entretien avec O'Neill ce jour.", { NULL },
	    { "O'Neill", NULL } },
	{ "Appel de Marie N'Dour ce jour.", { NULL },
	    { "N'Dour", NULL } },
	{ "Entretien avec O\xe2\x80\x99Neill ce jour.", { NULL },
	    { "O\xe2\x80\x99Neill", NULL } },
	/* in capitals after a title, a first name after the core */
	{ "MME DU PONT CHANTAL VUE CE JOUR.", { NULL },
	    { "DU PONT CHANTAL", NULL } },
	{ "DR DE GARDE PREVENU.", { "GARDE", NULL }, { NULL } },
	/* a street, a town, eponyms, an institution in title case */
	{ "Domicile : 12 rue Du Pont, Lyon.", { NULL }, { NULL } },
	{ "Entretien avec Marie de Lyon ce jour.", { "Lyon", NULL },
	    { NULL } },
	{ "Test O'Sullivan normal.", { "Sullivan", NULL }, { NULL } },
	{ "Tendinite (pas de De Quervain).", { "Quervain", NULL },
	    { NULL } },
	{ "Transfert Clinique Du Parc ce jour.", { "Parc", NULL },
	    { NULL } },
	{ "Vacances \xc3\xa0 La Rochelle.", { "Rochelle", NULL },
	    { NULL } })

/* A word surname alone after "et" that follows a relative, a role or
 * a name found (scan_et_word_surnames). */
TEST_SPAN_CASES(test_et_word_surname, &test_default, &S,
	{ "Pr\xc3\xa9sents : la patiente, sa fille et Pigeon.",
	    { NULL }, { "Pigeon", NULL } },
	{ "Vu avec sa fille et Vigneron ce jour.", { NULL },
	    { "Vigneron", NULL } },
	{ "Mme Martin et Chapelle ce jour.", { NULL },
	    { "Chapelle", NULL } },
	/* a drug, a feast, a service, a word in lower case */
	{ "Vu avec sa fille et Doliprane.", { "Doliprane", NULL },
	    { NULL } },
	{ "Viendra avec son fils et No\xc3\xabl.",
	    { "No\xc3\xabl", NULL }, { NULL } },
	{ "Vu par la kin\xc3\xa9 et Cardiologie.",
	    { "Cardiologie", NULL }, { NULL } },
	{ "Vu avec sa fille et le kin\xc3\xa9.",
	    { "kin\xc3\xa9", NULL }, { NULL } })

/* The surname first at a sentence's start before a first name and a
 * person's verb, and a pair before "est" and a participle of a person
 * who came or was told (word_surname_pair, sentence_opener,
 * est_person_follows). */
TEST_SPAN_CASES(test_surname_first_and_est, &test_default, &S,
	{ "Vigneron Marie a appel\xc3\xa9 ce matin.", { NULL },
	    { "Vigneron Marie", NULL } },
	{ "Pigeon Hugo a appel\xc3\xa9 ce matin.", { NULL },
	    { "Pigeon", NULL } },
	{ "Marie Abb\xc3\xa9 est pass\xc3\xa9" "e ce matin.",
	    { NULL }, { "Marie Abb\xc3\xa9", NULL } },
	{ "Jean Pigeon est injoignable.", { NULL },
	    { "Jean Pigeon", NULL } },
	/* a word that opens sentences, a word of care, "est" and a
	 * participle said of things */
	{ "Puis Jean a appel\xc3\xa9.", { "Puis", NULL }, { NULL } },
	{ "Ensuite Marie a refus\xc3\xa9.", { "Ensuite", NULL },
	    { NULL } },
	{ "Pharmacie Marie a appel\xc3\xa9.", { "Pharmacie", NULL },
	    { NULL } },
	{ "Rose Vigneron est arr\xc3\xaat\xc3\xa9" "e.",
	    { "Vigneron", NULL }, { NULL } })

/* "Le", "La" at a sentence's start before a name found that no
 * dictionary has as a word, after an initial or before a person's verb
 * (leading_particle). */
TEST_SPAN_CASES(test_sentence_start_article_particle, &test_default, &S,
	{ "Le Floch refuse le traitement ce soir.", { NULL },
	    { "Le Floch", NULL } },
	{ "C. Le Hir pr\xc3\xa9venu ce jour.", { NULL },
	    { "Le Hir", NULL } },
	/* an ordinary word after the article, no person's verb */
	{ "La Fontaine refuse de couler.", { "La", NULL }, { NULL } },
	{ "Le Vidal a \xc3\xa9t\xc3\xa9 consult\xc3\xa9.",
	    { "Le", NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ambiguous_first_word_surname),
		cmocka_unit_test(test_caps_surname_then_first),
		cmocka_unit_test(test_initial_word_surname),
		cmocka_unit_test(test_word_surname_after_call),
		cmocka_unit_test(test_particle_surnames),
		cmocka_unit_test(test_et_word_surname),
		cmocka_unit_test(test_surname_first_and_est),
		cmocka_unit_test(test_sentence_start_article_particle),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
