/* Unit tests of precision28 (docs/scrub.md "Precision, twenty-eighth
 * pass"), each rule's keep (the word that must stay) and its negative (a
 * name of the same shape where a person stands, which must still go):
 * - a classification or criteria named after a place abroad, its
 *   article first ("classification de Los Angeles", "critères de New
 *   York", "œsophagite Los Angeles B"), which main took ("Angeles",
 *   "Los Angeles"); "Mme San Martin", "Dr Los Santos" still go;
 * - a town of the proper nouns' list after a journey's word and "de"
 *   ("son départ de Colombo", "appelle de Colombo", "rentrée de
 *   Florence"), which main took as a surname; "Retour de Mme Colombo",
 *   "le départ de Florence" (Florence's), "rentré de Florence Martin"
 *   still go;
 * - a classification before its grade without "de" only when it is one
 *   of the lists ("œsophagite Savary grade II", "ulcère Forrest grade
 *   II" stay): a surname of the lists there is a person's ("gastrite
 *   Dupont grade B", "gastrite Garnier stade 2"), which main kept;
 * - the Pacific places of the Malagasy surnames' shape (names37)
 *   ("évasané de Rangiroa"), which main took; "Rakotondrabe",
 *   "Rakotovao" still go;
 * - the vacuum extraction of a delivery in the pregnancy group
 *   ("extraction par ventouse"), which main left; "ventouse" alone stays;
 * - "germaine" in lower case after a cousin ("sa cousine germaine Manon
 *   Rivière"), which main took as a given name; "Sa cousine Germaine"
 *   still goes;
 * - the hospital's and the health system's bodies in capitals after a
 *   patient's name ("M. Martin DIM prévenu"), which main read as a
 *   birth name in capitals; "Mme DIM Sophie" still takes "Sophie".
 * The detectors alone (detect_run), as test_dev23.c. */
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

/* "Los Angeles", "New York" after a classification's head and "de", or
 * after a disease's word: kept; the same articles in a person's name
 * after a title go. */
TEST_SPAN_CASES(test_place_article_classification, &test_default, &S,
	{ "\xc5\x92sophagite de grade B selon la classification de "
	    "Los Angeles, IPP double dose.", { "Los Angeles", NULL },
	    { NULL } },
	{ "\xc5\x92sophagite de grade B (classification de Los "
	    "Angeles).", { "Los Angeles", NULL }, { NULL } },
	{ "\xc5\x92sophagite Los Angeles B sous IPP.",
	    { "Los Angeles", NULL }, { NULL } },
	{ "Spondylarthrite : crit\xc3\xa8res de New York modifi"
	    "\xc3\xa9s remplis.", { "New York", NULL }, { NULL } },
	{ "Appel de Mme San Martin ce jour.", { "Appel", NULL },
	    { "San Martin", NULL } },
	{ "Vu avec le Dr Los Santos.", { "Vu avec", NULL },
	    { "Los Santos", NULL } },
	{ "Classification de Los Angeles vue avec M. Los Angeles "
	    "Pedro.", { "Classification de Los Angeles vue", NULL },
	    { "Pedro", NULL } })

/* A town of the proper nouns' list after a journey's word and "de": the
 * place; the same word after a title, a noun with no possessive, or
 * before a first name is a person. */
TEST_SPAN_CASES(test_place_after_journey, &test_default, &S,
	{ "HTA, pas de traitement depuis son d\xc3\xa9part de Colombo "
	    "; son fils traduit.", { "Colombo", NULL }, { NULL } },
	{ "Le mari appelle de Colombo, inquiet, pas de nouvelles.",
	    { "Colombo", NULL }, { NULL } },
	{ "Rentr\xc3\xa9" "e d'Alep hier soir, fi\xc3\xa8vre ; revenu "
	    "de Colombo en mars.", { "Alep", "Colombo", NULL },
	    { NULL } },
	{ "Retour de Mme Colombo ce jour.", { "Retour", NULL },
	    { "Colombo", NULL } },
	{ "Le d\xc3\xa9part de Florence est pr\xc3\xa9vu demain, vu "
	    "avec Mme Colombo.", { "demain", NULL },
	    { "Florence", "Colombo", NULL } },
	{ "Rentr\xc3\xa9 de Florence Martin hier.", { "hier", NULL },
	    { "Florence Martin", NULL } })

/* Before a grade without "de": the classifications of the lists stay, a
 * surname of the lists goes (main kept it); with "de", as before. */
TEST_SPAN_CASES(test_classification_grade_of_lists, &test_default, &S,
	{ "\xc5\x93sophagite Savary grade II sous IPP.",
	    { "Savary", NULL }, { NULL } },
	{ "FOGD : ulc\xc3\xa8re Forrest grade II, clip pos\xc3\xa9.",
	    { "Forrest", NULL }, { NULL } },
	{ "\xc5\x92sophagite Los Angeles grade C, contr\xc3\xb4le.",
	    { "Los Angeles", NULL }, { NULL } },
	{ "Cirrhose Child grade B, ascite.", { "Child", NULL },
	    { NULL } },
	{ "art\xc3\xa9riopathie Rutherford grade 3, carcinome r\xc3\xa9"
	    "nal Fuhrman grade 2", { "Rutherford", "Fuhrman", NULL },
	    { NULL } },
	{ "gastrite Dupont grade B vue ce jour", { "gastrite", NULL },
	    { "Dupont", NULL } },
	{ "gastrite Garnier stade 2, revue.", { "gastrite", NULL },
	    { "Garnier", NULL } },
	{ "h\xc3\xa9patite Lef\xc3\xa8vre grade B", { "patite", NULL },
	    { "Lef\xc3\xa8vre", NULL } })

/* Places of the Malagasy shape that no list holds: kept; Malagasy
 * surnames in the same positions still go. */
TEST_SPAN_CASES(test_shape_places, &test_default, &S,
	{ "\xc3\x89vasan\xc3\xa9 de Rangiroa ce jour, fracture.",
	    { "Rangiroa", NULL }, { NULL } },
	{ "RAS. Rangiroa puis Papeete en avion.", { "Rangiroa", NULL },
	    { NULL } },
	{ "Retour de Rarotonga, dengue ?", { "Rarotonga", NULL },
	    { NULL } },
	{ "RAS. Rakotondrabe sortie ce jour.", { "sortie", NULL },
	    { "Rakotondrabe", NULL } },
	{ "B\xc3\xa9" "b\xc3\xa9 Rakotovao, 3 kg.", { "kg", NULL },
	    { "Rakotovao", NULL } },
	{ "Mme Rangiroa vue ce jour.", { "vue", NULL },
	    { "Rangiroa", NULL } })

/* The obstetric acts name the pregnancy group (conf/sensitive/
 * pregnancy.txt): the vacuum extraction goes as the forceps and the
 * episiotomy do; "ventouse" alone (cupping, an electrode) stays. */
TEST_SPAN_CASES(test_obstetric_acts, &test_default, &S,
	{ "Extraction par ventouse pour ARCF, \xc3\xa9pisiotomie.",
	    { "pour", NULL }, { "Extraction par ventouse",
	    "pisiotomie", NULL } },
	{ "Naissance par ventouse, Forceps refus\xc3\xa9.",
	    { "refus", NULL }, { "Naissance par ventouse", "Forceps",
	    NULL } },
	{ "Pose de ventouses sur le dos, d\xc3\xa9tente.",
	    { "Pose de ventouses sur le dos", NULL }, { NULL } },
	{ "ECG : une ventouse d\xc3\xa9" "coll\xc3\xa9" "e, refait.",
	    { "une ventouse", NULL }, { NULL } })

/* "germain(e)" in lower case after a cousin, a brother or a sister: the
 * adjective of full kinship, kept; the name after it, and "Germaine"
 * capitalized, still go. */
TEST_SPAN_CASES(test_full_kinship, &test_default, &S,
	{ "Lettres pour son fr\xc3\xa8re Hugo Fontaine et sa cousine "
	    "germaine Manon Rivi\xc3\xa8re.", { "cousine germaine",
	    NULL }, { "Hugo Fontaine", "Manon Rivi", NULL } },
	{ "Sa cousine germaine est venue, ses fr\xc3\xa8res germains "
	    "aussi.", { "cousine germaine", "germains", NULL },
	    { NULL } },
	{ "son cousin germain paul rivi\xc3\xa8re est venu.",
	    { "cousin germain", NULL }, { "paul", NULL } },
	{ "Sa cousine Germaine est venue.", { "cousine", NULL },
	    { "Germaine", NULL } })

/* The hospital's and the health system's bodies in capitals after a
 * patient's name end the name (clinical_words): "DIM", "INS", "DRH"
 * stay; the surname before them and a name after a title in capitals
 * still go. */
TEST_SPAN_CASES(test_care_bodies_after_name, &test_default, &S,
	{ "M. Martin DIM pr\xc3\xa9venu pour le codage.", { "DIM",
	    NULL }, { "Martin", NULL } },
	{ "Mme Kervazo INS v\xc3\xa9rifi\xc3\xa9" "e, DRH inform\xc3\xa9"
	    "e.", { "INS", "DRH", NULL }, { "Kervazo", NULL } },
	{ "DIM : s\xc3\xa9jour cod\xc3\xa9, contact DIM poste 4412.",
	    { "DIM :", "contact DIM", NULL }, { NULL } },
	{ "Mme DIM Sophie vue ce jour.", { "vue", NULL },
	    { "Sophie", NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"classification de Los Angeles ", "Los Angeles ", "Los ",
		"son depart de Colombo ", "de Colombo ", "rentre de ",
		"gastrite Dupont grade B ", "Savary grade II ", "Rangiroa ",
		"extraction par ventouse ", "par ventouse ",
		"sa cousine germaine ", "cousine germaine Manon ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_place_article_classification),
		cmocka_unit_test(test_place_after_journey),
		cmocka_unit_test(test_classification_grade_of_lists),
		cmocka_unit_test(test_shape_places),
		cmocka_unit_test(test_obstetric_acts),
		cmocka_unit_test(test_full_kinship),
		cmocka_unit_test(test_care_bodies_after_name),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
