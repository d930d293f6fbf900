/* Unit tests of the twenty-ninth names pass (docs/scrub.md "Names,
 * twenty-ninth pass (names29)"): eight families of names that 4be6930
 * left raw -- an ordinary-word surname alone after a letter's subject
 * ("Objet : Vigneron"), "Le" and a surname of the lists that is a word
 * as a subject ("Le Roux refuse"), an ordinary word on the line after a
 * short title before lower case ("Mme\nVigneron ce jour"), a backtick
 * as an apostrophe ("O`Brien") and a first name before an apostrophe's
 * name ("Marie O'Brien"), particles in capitals, a surname in capitals
 * and a first name ("DE LA TOUR Hugo"), the third word of an east-Asian
 * name ("HO Chi Minh"), an ordinary word as a first name after kin ("sa
 * fille colombe a appelé"), an ordinary word after "m." ("m. pigeon").
 * Beside each, the look-alikes that stay.  The detectors alone
 * (detect_run), without row values, in both modes. */
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

/* (a) an ordinary word alone after "Objet :" or "Concerne :" */
TEST_SPAN_CASES(test_subject_word_surname, &test_default, &S,
	{ "Objet : Vigneron", { "Objet", NULL }, { "Vigneron", NULL } },
	{ "Concerne : Pigeon", { "Concerne", NULL },
	    { "Pigeon", NULL } },
	{ "Objet : Chapelle.", { "Objet", NULL }, { "Chapelle", NULL } },
	{ "Objet: Cordonnier", { "Objet", NULL },
	    { "Cordonnier", NULL } },
	{ "Concerne : Tisserand (suite)", { "suite", NULL },
	    { "Tisserand", NULL } })

/* a letter's subject that is an act, a document, a state or a person's
 * noun stays */
TEST_SPAN_CASES(test_subject_word_lookalikes, &test_default, &S,
	{ "Objet : Rendez-vous", { "Rendez", "vous" }, { NULL } },
	{ "Objet : Relance", { "Relance", NULL }, { NULL } },
	{ "Objet : Convocation", { "Convocation", NULL }, { NULL } },
	{ "Objet : Courrier", { "Courrier", NULL }, { NULL } },
	{ "Objet : Devis", { "Devis", NULL }, { NULL } },
	{ "Objet : Absence", { "Absence", NULL }, { NULL } },
	{ "Objet : Facture", { "Facture", NULL }, { NULL } },
	{ "Objet : Urgent", { "Urgent", NULL }, { NULL } },
	{ "Concerne : Patient", { "Patient", NULL }, { NULL } },
	{ "Objet : Cancer", { "Cancer", NULL }, { NULL } },
	{ "Objet : Entretien", { "Entretien", NULL }, { NULL } },
	{ "Objet : Renouvellement", { "Renouvellement", NULL },
	    { NULL } },
	{ "OBJET : RELANCE", { "RELANCE", NULL }, { NULL } },
	{ "Patient : Calme.", { "Calme", NULL }, { NULL } })

/* (b) "Le" and a surname of the lists that is a word, as a subject */
TEST_SPAN_CASES(test_le_word_surname, &test_default, &S,
	{ "Le Roux refuse le traitement.", { "traitement", NULL },
	    { "Roux", NULL } },
	{ "Le Roux refuse", { NULL }, { "Roux", "Le" } },
	{ "Le Roux a appel\xc3\xa9.", { NULL }, { "Roux", NULL } },
	{ "Vu ce jour. Le Brun signale une douleur.", { "douleur",
	    NULL }, { "Brun", NULL } })

TEST_SPAN_CASES(test_le_word_lookalikes, &test_default, &S,
	{ "La Fontaine refuse de couler.", { "Fontaine", NULL },
	    { NULL } },
	{ "Le Centre refuse le patient.", { "Centre", NULL },
	    { NULL } },
	{ "Le Patient a appel\xc3\xa9.", { "Patient", NULL },
	    { NULL } },
	{ "Le Service refuse.", { "Service", NULL }, { NULL } },
	{ "Le Samu refuse le transfert.", { "Samu", NULL },
	    { NULL } },
	{ "Le Roux est pass\xc3\xa9.", { "est", NULL }, { NULL } })

/* (c) a short title at a line's end, an ordinary word then lower case */
TEST_SPAN_CASES(test_short_title_break_word, &test_default, &S,
	{ "Mme\nVigneron ce jour", { "jour", NULL },
	    { "Vigneron", NULL } },
	{ "Dr\nChapelle pour avis", { "avis", NULL },
	    { "Chapelle", NULL } },
	{ "Vu avec Mme\nTisserand ce jour.", { "jour", NULL },
	    { "Tisserand", NULL } },
	{ "Mme\nVigneron vue ce jour", { "jour", NULL },
	    { "Vigneron", NULL } })

TEST_SPAN_CASES(test_short_title_break_lookalikes, &test_default, &S,
	{ "Cher Monsieur\nVoici le compte rendu.", { "Voici",
	    "compte" }, { NULL } },
	{ "Madame\nJe vous adresse ce patient.", { "Je", "adresse" },
	    { NULL } },
	{ "Mme\nTraitement inchang\xc3\xa9 ce jour.", { "Traitement",
	    NULL }, { NULL } },
	{ "Mme\nDouleur ce jour", { "Douleur", NULL }, { NULL } },
	{ "Mme\nElle refuse le repas.", { "Elle", NULL }, { NULL } },
	{ "Mme\nConsultation ce jour", { "Consultation", NULL },
	    { NULL } },
	{ "Dr\nVoici le compte rendu", { "Voici", NULL }, { NULL } },
	{ "Madame\nVigneron ce jour", { "jour", NULL }, { NULL } })

/* (d) a backtick as an apostrophe; a first name before the name */
TEST_SPAN_CASES(test_apostrophe_names, &test_default, &S,
	{ "Vu avec O`Brien ce jour", { "jour", NULL },
	    { "Brien", "O`" } },
	{ "Vu avec M. O`Brien ce jour", { "jour", NULL },
	    { "Brien", NULL } },
	{ "N`Diaye refuse le traitement", { "traitement", NULL },
	    { "Diaye", NULL } },
	{ "Marie O'Brien", { NULL }, { "Marie", "Brien" } },
	{ "Jean O\xe2\x80\x99Neill a appel\xc3\xa9", { NULL },
	    { "Jean", "Neill" } })

TEST_SPAN_CASES(test_apostrophe_lookalikes, &test_default, &S,
	{ "code `ls` dans le terminal", { "ls", "terminal" },
	    { NULL } },
	{ "Test O'Sullivan normal", { "Test", "normal" }, { NULL } },
	{ "l`h\xc3\xb4pital de jour", { "jour", NULL }, { NULL } })

/* (e) particles in capitals, a surname in capitals, a first name */
TEST_SPAN_CASES(test_capital_particle_names, &test_default, &S,
	{ "Patient DE LA TOUR Hugo", { "Patient", NULL },
	    { "TOUR", "LA" } },
	{ "Vu avec DE LA BROSSE Pierre", { "Vu", NULL },
	    { "BROSSE", "Pierre" } },
	{ "Vu avec DU PONT Marie", { "Vu", NULL }, { "PONT", "DU" } },
	{ "DE LA TOUR Hugo, 82 ans", { "ans", NULL },
	    { "TOUR", "DE" } })

TEST_SPAN_CASES(test_capital_particle_lookalikes, &test_default, &S,
	{ "Prise DU TRAITEMENT Marie", { "TRAITEMENT", "Prise" },
	    { NULL } },
	{ "Avis DE LA CARDIOLOGIE Marie", { "CARDIOLOGIE", NULL },
	    { NULL } },
	{ "R\xc3\xa9sultat DE LA NFS normal", { "NFS", "normal" },
	    { NULL } },
	{ "COMPTE RENDU DE LA CONSULTATION Marie", { "CONSULTATION",
	    "COMPTE" }, { NULL } })

/* (f) the third word of an east-Asian name */
TEST_SPAN_CASES(test_asian_third_word, &test_default, &S,
	{ "Vu avec HO Chi Minh", { "Vu", NULL }, { "Minh", "HO" } },
	{ "Patient HO Chi Minh ce jour", { "jour", NULL },
	    { "Minh", NULL } },
	{ "Vu avec TRAN Chi Tam", { "Vu", NULL }, { "Tam", NULL } })

TEST_SPAN_CASES(test_asian_third_lookalikes, &test_default, &S,
	{ "MARTIN Eva Mal au dos", { "Mal", "dos" }, { "MARTIN" } },
	{ "LI Eva Calme", { "Calme", NULL }, { NULL } },
	{ "Vu avec NFS Hb Normale", { "Normale", "NFS" }, { NULL } },
	{ "Bilan : CRP Na Bas", { "Bas", "CRP" }, { NULL } })

/* (g) an ordinary word as a first name after kin */
TEST_SPAN_CASES(test_kin_word_first_name, &test_default, &S,
	{ "sa fille colombe a appel\xc3\xa9", { "fille", NULL },
	    { "colombe", NULL } },
	{ "sa fille colombe", { "fille", NULL }, { "colombe", NULL } },
	{ "son fils modeste passera demain", { "fils", "demain" },
	    { "modeste", NULL } },
	{ "sa soeur perle (06 12 34 56 78)", { "soeur", NULL },
	    { "perle", NULL } })

TEST_SPAN_CASES(test_kin_word_lookalikes, &test_default, &S,
	{ "son fils va mieux", { "va", "mieux" }, { NULL } },
	{ "sa fille est venue", { "est", "venue" }, { NULL } },
	{ "son fils malade a appel\xc3\xa9", { "malade", NULL },
	    { NULL } },
	{ "son fils handicap\xc3\xa9 a appel\xc3\xa9", { "handicap",
	    NULL }, { NULL } },
	{ "son fils m\xc3\xa9" "decin a appel\xc3\xa9", { "decin",
	    NULL }, { NULL } },
	{ "son mari jaloux a appel\xc3\xa9", { "jaloux", NULL },
	    { NULL } },
	{ "son fils inquiet a appel\xc3\xa9", { "inquiet", NULL },
	    { NULL } },
	{ "sa fille seule \xc3\xa0 la maison", { "seule", NULL },
	    { NULL } },
	{ "son fils adolescent a appel\xc3\xa9", { "adolescent",
	    NULL }, { NULL } },
	{ "le kin\xc3\xa9 secr\xc3\xa9tariat (04 91 22 33 44)",
	    { "tariat", NULL }, { NULL } })

/* (h) "m." and an ordinary word in lower case */
TEST_SPAN_CASES(test_dotted_m_surname, &test_default, &S,
	{ "m. pigeon a appel\xc3\xa9", { NULL }, { "pigeon", NULL } },
	{ "vu m. pigeon ce matin", { "matin", NULL },
	    { "pigeon", NULL } },
	{ "appel de m. vigneron", { "appel", NULL },
	    { "vigneron", NULL } },
	{ "pour m. dauphin", { "pour", NULL }, { "dauphin", NULL } },
	{ "M. pigeon a appel\xc3\xa9", { NULL }, { "pigeon", NULL } })

TEST_SPAN_CASES(test_dotted_m_lookalikes, &test_default, &S,
	{ "m. le maire", { "maire", NULL }, { NULL } },
	{ "M. et Mme Vu", { "et", NULL }, { NULL } },
	{ "M. tuberculosis", { "tuberculosis", NULL }, { NULL } },
	{ "3 m. de long", { "long", NULL }, { NULL } },
	{ "taille M blanc", { "blanc", NULL }, { NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Objet : Vigneron ", "Concerne : Pigeon. ", "Objet : ",
		"Le Roux refuse le traitement. ", "Le Roux ", "Le Le ",
		"Mme\nVigneron ce jour ", "Dr\nChapelle pour ", "Mme\n",
		"O`Brien ", "``O`B`", "Marie O'Brien ", "Marie O`",
		"DE LA TOUR Hugo ", "DE LA ", "DU PONT DU PONT ",
		"HO Chi Minh ", "HO Chi ", "sa fille colombe a appel\xc3\xa9 ",
		"sa fille ", "son fils modeste ", "m. pigeon a ",
		"M. pigeon ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_word_surname),
		cmocka_unit_test(test_subject_word_lookalikes),
		cmocka_unit_test(test_le_word_surname),
		cmocka_unit_test(test_le_word_lookalikes),
		cmocka_unit_test(test_short_title_break_word),
		cmocka_unit_test(test_short_title_break_lookalikes),
		cmocka_unit_test(test_apostrophe_names),
		cmocka_unit_test(test_apostrophe_lookalikes),
		cmocka_unit_test(test_capital_particle_names),
		cmocka_unit_test(test_capital_particle_lookalikes),
		cmocka_unit_test(test_asian_third_word),
		cmocka_unit_test(test_asian_third_lookalikes),
		cmocka_unit_test(test_kin_word_first_name),
		cmocka_unit_test(test_kin_word_lookalikes),
		cmocka_unit_test(test_dotted_m_surname),
		cmocka_unit_test(test_dotted_m_lookalikes),
		cmocka_unit_test(test_linear_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
