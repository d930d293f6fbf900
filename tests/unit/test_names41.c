/* Unit tests of names41 (docs/scrub.md "names41: ..."): a given name no
 * list holds beside a surname that is an ordinary word ("Mialy Rabe a
 * appelé"), a name in brackets beside another with no cue ("Gulnar
 * (Tursun) ce jour"), a surname of the lists in lower case alone after a
 * meeting's "avec" ("vu avec martin ce jour"), "MM." before a list of
 * names ("MM. Kervadec, Tursun et Okonkwo"), an ordinary word of the ATC
 * index after a title and "LE" in capitals ("MR LE GRAS a appelé"), an
 * acronym of the tables capitalized before a first name where a person
 * stands ("Vu avec Msa Ali").  Each case: what must go (the raw name must
 * not come out) and the look-alikes that must stay in the default mode.
 * The detectors alone (detect_run).  Every gone word was left raw on
 * main 6f4ac3ae. */
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

/* word_surname_pair's unknown_name_word: an unknown given name and an
 * ordinary word as surname */
TEST_SPAN_CASES(test_unknown_given_ordinary_surname, &test_default, &S,
	{ "Mialy Rabe a appel\xc3\xa9 ce matin.", { "matin", NULL },
	    { "Mialy", "Rabe", NULL } },
	{ "Vu avec Hasina Rabe ce jour.", { "jour", NULL },
	    { "Hasina", "Rabe", NULL } },
	{ "Liste : Lacatus Florin et Lacatus Florin junior.",
	    { "Liste", "junior" }, { "Lacatus", "Florin", NULL } })

/* a test and its qualifier, a company, a drug and its strength */
TEST_SPAN_CASES(test_unknown_given_keeps, &test_default, &S,
	{ "Echodoppler Veineux pr\xc3\xa9sente une thrombose.",
	    { "Veineux", "thrombose" }, { NULL } },
	{ "Uroculture St\xc3\xa9rile vue.", { "St\xc3\xa9rile", NULL },
	    { NULL } },
	{ "Rapatriement organis\xc3\xa9 par Europ Assistance pour un "
	    "touriste.", { "Assistance", "touriste" }, { NULL } },
	{ "Xarelto Forte prescrit.", { "Forte", "prescrit" },
	    { NULL } },
	{ "Travaille en CDI chez Renault Flins.", { "Renault",
	    "Flins" }, { NULL } },
	{ "Doliprane Cod\xc3\xa9ine a \xc3\xa9t\xc3\xa9 donn\xc3\xa9.",
	    { "Cod\xc3\xa9ine", NULL }, { NULL } })

/* bracket_pair: the other name in brackets */
TEST_SPAN_CASES(test_bracket_pair, &test_default, &S,
	{ "Gulnar (Tursun) ce jour.", { "jour", NULL },
	    { "Gulnar", "Tursun", NULL } },
	{ "Bonjour, c'est Gulnar (Tursun). Mon adresse a chang\xc3\xa9.",
	    { "Bonjour", "adresse" }, { "Gulnar", "Tursun", NULL } },
	{ "Vu avec Kevin (Okonkwo) ce jour.", { "jour", NULL },
	    { "Kevin", "Okonkwo", NULL } })

/* a drug and its other name, a test and its germ, a place */
TEST_SPAN_CASES(test_bracket_keeps, &test_default, &S,
	{ "Xarelto (Rivaroxaban) 20 mg.", { "Xarelto", "Rivaroxaban" },
	    { NULL } },
	{ "Lasilix (Furos\xc3\xa9mide) 40 mg.",
	    { "Lasilix", "Furos\xc3\xa9mide" }, { NULL } },
	{ "Pneumopathie (Streptocoque) trait\xc3\xa9" "e.",
	    { "Pneumopathie", "Streptocoque" }, { NULL } },
	{ "Bilan (Nantes) fait.", { "Bilan", "Nantes" }, { NULL } },
	{ "Sortie (Domicile) pr\xc3\xa9vue.", { "Sortie", "Domicile" },
	    { NULL } })

/* lower_surname_alone: a surname of the lists in lower case after a
 * meeting's "avec", alone there */
TEST_SPAN_CASES(test_lower_surname_after_avec, &test_default, &S,
	{ "vu avec martin ce jour.", { "jour", NULL },
	    { "martin", NULL } },
	{ "vu avec martin et durand.", { "vu", NULL },
	    { "martin", "durand", NULL } },
	{ "rdv avec moreau lundi.", { "rdv", NULL },
	    { "moreau", NULL } },
	{ "entretien avec roux ce matin.", { "matin", NULL },
	    { "roux", NULL } })

/* a noun after "avec": its article, or a word after it */
TEST_SPAN_CASES(test_lower_surname_keeps, &test_default, &S,
	{ "vu avec le m\xc3\xa9" "decin ce jour.", { "m\xc3\xa9" "decin",
	    "jour" }, { NULL } },
	{ "vu avec martin p\xc3\xaa" "cheur.", { "martin", NULL },
	    { NULL } },
	{ "vu avec petit app\xc3\xa9tit.", { "petit", NULL },
	    { NULL } },
	{ "vu avec blanc d'oeuf.", { "blanc", NULL }, { NULL } },
	{ "vu avec rose bengale.", { "rose", NULL }, { NULL } },
	{ "vu avec soin ce jour.", { "soin", NULL }, { NULL } },
	{ "vit avec mari et fils.", { "mari", "fils" }, { NULL } })

/* plural_mm_title: "MM." before two names or more */
TEST_SPAN_CASES(test_mm_title, &test_default, &S,
	{ "MM. Kervadec, Tursun et Okonkwo pr\xc3\xa9sents.",
	    { NULL }, { "Kervadec", "Tursun", NULL } },
	{ "Vu MM. Kervadec et Tursun ce jour.", { "jour", NULL },
	    { "Kervadec", "Tursun", NULL } })

/* millimetres, and "MM. les médecins" */
TEST_SPAN_CASES(test_mm_title_keeps, &test_default, &S,
	{ "MM. les m\xc3\xa9" "decins ont vu le patient.",
	    { "m\xc3\xa9" "decins", "patient" }, { NULL } },
	{ "L\xc3\xa9sion de 5 MM. Biopsie faite.",
	    { "Biopsie", "faite" }, { NULL } },
	{ "Taille 12 MM. Contr\xc3\xb4le et suivi dans 3 mois.",
	    { "Contr\xc3\xb4le", "suivi" }, { NULL } },
	{ "MM. pr\xc3\xa9sents.", { "pr\xc3\xa9sents", NULL },
	    { NULL } })

/* caps_particle_surname: an ordinary word of the ATC index after a
 * title and "LE"; the object after "A", a role, stay */
TEST_SPAN_CASES(test_title_le_drug_word, &test_default, &S,
	{ "MR LE GRAS a appel\xc3\xa9.", { NULL }, { "GRAS", NULL } },
	{ "MME LE GRAS pr\xc3\xa9sente.", { NULL }, { "GRAS", NULL } },
	{ "APPEL DE MR LE GRAS.", { "APPEL", NULL },
	    { "GRAS", NULL } },
	{ "MR LE MEDECIN a appel\xc3\xa9.", { "MEDECIN", NULL },
	    { NULL } },
	{ "EXPLIQUE A MR LE REGIME.", { "REGIME", NULL }, { NULL } })

/* table_acronym_beside_first: where a person stands */
TEST_SPAN_CASES(test_acronym_first_slot, &test_default, &S,
	{ "Vu avec Msa Ali ce jour.", { "jour", NULL },
	    { "Msa", "Ali" } },
	{ "Appel de Msa Ali.", { "Appel", NULL }, { "Msa", "Ali" } },
	{ "Dossier Msa Ali \xc3\xa0 compl\xc3\xa9ter.",
	    { "Dossier", "Msa" }, { "Ali", NULL } },
	{ "Pte Ma\xc3\xablys Perrot pr\xc3\xa9venue.", { "Pte", NULL },
	    { "Perrot", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_given_ordinary_surname),
		cmocka_unit_test(test_unknown_given_keeps),
		cmocka_unit_test(test_bracket_pair),
		cmocka_unit_test(test_bracket_keeps),
		cmocka_unit_test(test_lower_surname_after_avec),
		cmocka_unit_test(test_lower_surname_keeps),
		cmocka_unit_test(test_mm_title),
		cmocka_unit_test(test_mm_title_keeps),
		cmocka_unit_test(test_title_le_drug_word),
		cmocka_unit_test(test_acronym_first_slot),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
