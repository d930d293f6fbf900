/* Unit tests of the twenty-sixth names pass (docs/scrub.md "Names,
 * twenty-sixth pass (names26)"): a surname cut from its first name by a
 * line break after a title ("Dr Martin\nVigneron", a signature "Mme
 * H\xc3\xa9l\xc3\xa8ne\nChapelle\nIDE"), which 1549ad0 left raw (only after a
 * relative did the surname cross the line); two particles in capitals
 * ("Patiente DE LA CRUZ Chantal"); the third word of an east-Asian name
 * ("TAN Boon Huat"); a surname of the lists alone after "Objet :"; an
 * article at a sentence's start before a surname and a first name ("Le
 * Roux Yann").
 * Beside them, the look-alikes that stay: a note's
 * next item after a titled first name ("Mme H\xc3\xa9l\xc3\xa8ne\nNuit calme",
 * "Dr Martin\nTraitement inchang\xc3\xa9", a head alone on its line before
 * another, a service, a weekday), particles in a line of capitals, a
 * French first name's next word ("MARTIN Eva Mal au dos").  The
 * detectors alone (detect_run), without row values, in both modes. */
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

/* A title and a first name at a line's end, the surname (an ordinary
 * word no list has) at the next line's start: gone (1549ad0 left it). */
TEST_SPAN_CASES(test_titled_line_break_surname, &test_default, &S,
	{ "Courrier du Dr Martin\nKerbrat", { "Courrier", NULL },
	    { "Kerbrat", NULL } },
	{ "Cordialement,\nMme H\xc3\xa9l\xc3\xa8ne\nChapelle\nIDE",
	    { "Cordialement", "IDE", NULL }, { "Chapelle", NULL } },
	{ "Dr Martin\nVigneron\nCardiologue", { "Cardiologue", NULL },
	    { "Vigneron", NULL } },
	{ "Appel de M. Paul\nVigneron, son fils.", { "fils", NULL },
	    { "Vigneron", NULL } },
	{ "Vue avec Mme Rose\r\nPigeon, sa fille.", { "fille", NULL },
	    { "Pigeon", NULL } })

/* A titled first name at a line's end, then the note's next item: a
 * head before its rest, a head alone before another line, a service, a
 * weekday, a unit's acronym: kept. */
TEST_SPAN_CASES(test_titled_line_break_lookalikes, &test_default, &S,
	{ "Mme H\xc3\xa9l\xc3\xa8ne\nNuit calme.", { "Nuit", "calme", NULL },
	    { NULL } },
	{ "Mme H\xc3\xa9l\xc3\xa8ne\nRepas pris.", { "Repas", NULL },
	    { NULL } },
	{ "Dr Martin\nTraitement inchang\xc3\xa9.", { "Traitement", NULL },
	    { NULL } },
	{ "Mme H\xc3\xa9l\xc3\xa8ne\nDouleur\nRAS", { "Douleur", "RAS", NULL },
	    { NULL } },
	{ "Mme H\xc3\xa9l\xc3\xa8ne\nDouleur, calme.", { "Douleur", NULL },
	    { NULL } },
	{ "Dr Martin\nCardiologie", { "Cardiologie", NULL }, { NULL } },
	{ "Dr Martin\nSamedi.", { "Samedi", NULL }, { NULL } },
	{ "Vu par Dr Martin\nSaint-Louis.", { "Saint", "Louis", NULL },
	    { NULL } },
	{ "Mme H\xc3\xa9l\xc3\xa8ne\nChambre 12", { "Chambre", NULL },
	    { NULL } },
	{ "Tension 12/8\nPouls 80\nNuit calme", { "Pouls", "Nuit", NULL },
	    { NULL } },
	{ "Appel de Mme H\xc3\xa9l\xc3\xa8ne\nInjoignable", { "Injoignable", NULL },
	    { NULL } },
	{ "Appel de Mme H\xc3\xa9l\xc3\xa8ne\nInjoignable, rappeler demain.",
	    { "Injoignable", "rappeler", NULL }, { NULL } },
	{ "Rappel de M. Paul\nMerci", { "Merci", NULL }, { NULL } },
	{ "Dr Martin\nR\xc3\xa9pondeur.", { "pondeur", NULL }, { NULL } })

/* Two particles in capitals between a word that is not and a surname in
 * capitals before a first name ("Patiente DE LA CRUZ Chantal"): the
 * second particle goes with the name (1549ad0 left "DE LA" raw). */
TEST_SPAN_CASES(test_caps_particle_pair, &test_default, &S,
	{ "Patiente DE LA CRUZ Chantal, 54 ans.", { "Patiente", "ans", NULL },
	    { "DE", "LA", "CRUZ" } },
	{ "Appel de DE LA CRUZ Chantal.", { "Appel", NULL },
	    { "DE", "LA", "CRUZ" } })

/* Particles in capitals after a word in capitals, or before no name:
 * kept. */
TEST_SPAN_CASES(test_caps_particle_lookalikes, &test_default, &S,
	{ "R\xc3\xa9sultat DE LA NFS normal.", { "DE", "LA", "NFS" },
	    { NULL } },
	{ "RAPPEL DE LA CRUZ Marie", { "RAPPEL", "DE", "LA" },
	    { "CRUZ", NULL } },
	{ "LA FILLE DE LA CRUZ Marie", { "FILLE", "DE", NULL },
	    { "CRUZ", NULL } })

/* An east-Asian name, surname first in capitals, then two short given
 * names: the third word goes too, even when a French word form
 * ("hu\xc3\xa2t" folds to "huat"; 1549ad0 left "Huat" raw). */
TEST_SPAN_CASES(test_asian_given_tail, &test_default, &S,
	{ "Vu avec TAN Boon Huat ce jour.", { "Vu", "jour", NULL },
	    { "TAN", "Boon", "Huat" } },
	{ "Appel de TAN Boon Huat.", { "Appel", NULL },
	    { "Huat", NULL } })

/* After a French first name of the lists an ordinary word is the
 * sentence's next; a unit's acronyms and values are no name: kept. */
TEST_SPAN_CASES(test_asian_given_lookalikes, &test_default, &S,
	{ "Vu avec MARTIN Eva Mal au dos.", { "Mal", "dos", NULL },
	    { "MARTIN", NULL } },
	{ "Vu avec NFS Hb Normale.", { "NFS", "Hb", "Normale" },
	    { NULL } },
	{ "Bilan : CRP Na Bas.", { "CRP", "Na", "Bas" }, { NULL } },
	{ "Vu avec DUPONT L\xc3\xa9" "a Doliprane 1g.", { "Doliprane", NULL },
	    { "DUPONT", NULL } })

/* A surname of the lists alone after a letter's subject label:
 * gone (1549ad0 left "Dubois", "MARTIN" raw). */
TEST_SPAN_CASES(test_subject_lone_surname, &test_default, &S,
	{ "Objet : Dubois", { "Objet", NULL }, { "Dubois", NULL } },
	{ "Objet : MARTIN\nMadame, ", { "Madame", NULL },
	    { "MARTIN", NULL } },
	{ "Concerne : Faure.", { "Concerne", NULL }, { "Faure", NULL } })

/* A letter's subject that is a noun, a patient's field that is an
 * adjective, an acronym: kept. */
TEST_SPAN_CASES(test_subject_lone_lookalikes, &test_default, &S,
	{ "Objet : Relance", { "Relance", NULL }, { NULL } },
	{ "Objet : Convocation.", { "Convocation", NULL }, { NULL } },
	{ "Objet : Demande de RDV", { "Demande", "RDV", NULL }, { NULL } },
	{ "Objet : Compte rendu", { "Compte", NULL }, { NULL } },
	{ "Patient : Calme.", { "Calme", NULL }, { NULL } },
	{ "Patiente : Algique", { "Algique", NULL }, { NULL } },
	{ "Objet : IRM", { "IRM", NULL }, { NULL } },
	{ "Objet : Hospitalisation", { "Hospitalisation", NULL },
	    { NULL } })

/* A capitalized article at a sentence's start before a surname and a
 * first name the rules found ("Le Roux Yann"): the article is the
 * name's (1549ad0 left "Le" raw: "roux" is a French word). */
TEST_SPAN_CASES(test_start_article_before_pair, &test_default, &S,
	{ "Le Roux Yann refuse le traitement.", { "refuse", NULL },
	    { "Le", "Roux", "Yann" } },
	{ "La Fontaine Marie, 82 ans.", { "ans", NULL },
	    { "La", "Fontaine", "Marie" } })

/* The article before a town's name, a body, a word alone: kept. */
TEST_SPAN_CASES(test_start_article_lookalikes, &test_default, &S,
	{ "La Rochelle Paul", { "La", NULL }, { NULL } },
	{ "Le Havre Marie vue.", { "Le", "Havre", NULL }, { NULL } },
	{ "La Poste Jean.", { "La", "Poste", NULL }, { NULL } },
	{ "La Fontaine refuse de couler.", { "La", "Fontaine", NULL },
	    { NULL } },
	/* names29 takes "Le Roux" before a person's verb now (a
	 * surname of the lists after "Le": test_names29.c
	 * test_le_word_surname); "La Fontaine" above stays */
	{ "Le Roux refuse le traitement.", { "traitement", NULL },
	    { "Roux", NULL } })

/* Each rule reads a bounded window: the title and first name before the
 * line's end, the word, and the word or line after it; two particles; a
 * word and the two before it. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Mme H\xc3\xa9l\xc3\xa8ne\nChapelle ", "Dr Martin\nVigneron\n",
		"Mme Rose\nPigeon, sa ", "M. Paul\nNuit\n", "Mme Rose\nIDE\n",
		"Patiente DE LA CRUZ Chantal ", "DE LA DE LA ", "M. DE LA ",
		"TAN Boon Huat ", "TAN Boon ", "ABC Ab Ab ", "Objet : Dubois ",
		"Objet : ", ". Le Roux Yann ", "Le Le Le ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titled_line_break_surname),
		cmocka_unit_test(test_titled_line_break_lookalikes),
		cmocka_unit_test(test_caps_particle_pair),
		cmocka_unit_test(test_caps_particle_lookalikes),
		cmocka_unit_test(test_asian_given_tail),
		cmocka_unit_test(test_asian_given_lookalikes),
		cmocka_unit_test(test_subject_lone_surname),
		cmocka_unit_test(test_subject_lone_lookalikes),
		cmocka_unit_test(test_start_article_before_pair),
		cmocka_unit_test(test_start_article_lookalikes),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
