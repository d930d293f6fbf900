/* Unit tests of the twenty-sixth pass on eponyms and named things
 * (docs/scrub.md "Eponyms and named things, twenty-sixth pass
 * (eponyms26)"): an eponym after an operation named by its ending
 * ("colectomie de Hartmann", "plastie de Bentall", "urétérostomie de
 * Bricker"), programmes of care or study named like people ("programme
 * PRADO", "PRADO maternité", "en Erasmus", "programme Sophia") and the
 * networks of medical laboratories ("chez Biogroup", "laboratoire
 * Eurofins").  Beside each, the look-alikes that still go: the same
 * words as a person's name ("M. Hartmann", "Dr Foley", "Mme Redon
 * refuse", "Mme Prado", "Lucia Prado", "programme Sophia Martin", "Dr
 * Cerba"), a surname no dictionary holds after an operation ("colectomie
 * de Dupont"), and the patient named so (the row's values).  The
 * detectors alone (detect_run), in both modes. */
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

/* An eponym after an operation's noun ending in -tomie, -plastie, -pexie,
 * -raphie and "de" stays when the English medical dictionary or the
 * list of French surgical eponyms holds it; a person's name there goes. */
static void
test_operation_eponym(void **state)
{
	static const struct test_span_case cases[] = {
		{ "ATCD : gastrectomie, colectomie de Hartmann le 12/03/2019.",
		    { "Hartmann", NULL }, { "12/03/2019", NULL } },
		{ "Plastie de Hartmann le 12/03/2021.", { "Hartmann", NULL },
		    { "12/03/2021", NULL } },
		/* look-alikes: a person there */
		{ "M. Hartmann refuse la colectomie.", { NULL },
		    { "Hartmann", NULL } },
		{ "Colectomie par le Dr Hartmann.", { NULL },
		    { "Hartmann", NULL } },
		{ "Dr Foley a vu la patiente.", { NULL }, { "Foley", NULL } },
		{ "Mme Redon refuse la sortie.", { NULL }, { "Redon", NULL } },
		{ "colectomie de Dupont Marie.", { NULL },
		    { "Dupont", "Marie", NULL } },
	};
	static const char *const none[] = { NULL };
	static const char *const bentall[] = { "Bentall", "Bricker" };
	static const struct detect_value hartmann[] = {
		{ DETECT_IDENT_LAST_NAME, "HARTMANN", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* recall first takes a word no list holds unless its position
	 * says what it is */
	test_spans_gone_kept(&test_recall, &S, "Plastie de Bentall en 2018, "
	    "ur\xc3\xa9t\xc3\xa9rostomie de Bricker.", none, 0, bentall,
	    N(bentall));
	/* the patient named Hartmann, beside no operation */
	test_row_word_gone(&test_default, &S, "M. Hartmann vu ce jour.",
	    hartmann, N(hartmann), "Hartmann");
}

/* A programme named like a person after its head, and a laboratory
 * network, stay; a title, a first name or a name after them is a
 * person. */
static void
test_named_programmes_and_labs(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Suivi avec le programme PRADO apr\xc3\xa8s la sortie.",
		    { "PRADO", NULL }, { NULL } },
		{ "PRADO maternit\xc3\xa9 propos\xc3\xa9 le 04/05/2025.",
		    { "PRADO", NULL }, { "04/05/2025", NULL } },
		{ "Fils en Erasmus en Espagne.", { "Erasmus", NULL },
		    { NULL } },
		{ "Inscrite au programme Sophia pour son diab\xc3\xa8te.",
		    { "Sophia", NULL }, { NULL } },
		{ "Analyses r\xc3\xa9" "alis\xc3\xa9" "es chez Biogroup.",
		    { "Biogroup", NULL }, { NULL } },
		{ "Mme Evans, \xc3\xa9tudiante Erasmus, vue le 15/11/2025.",
		    { "Erasmus", NULL }, { "Evans", "15/11/2025", NULL } },
		{ "Pr\xc3\xa9venue pour la visite PRADO de demain.",
		    { "PRADO", NULL }, { NULL } },
		/* look-alikes: a person */
		{ "Mme Prado appelle pour sa m\xc3\xa8re.", { NULL },
		    { "Prado", NULL } },
		{ "Lucia Prado passe demain.", { NULL },
		    { "Lucia", "Prado", NULL } },
		{ "M. Erasmus refuse le soin.", { NULL },
		    { "Erasmus", NULL } },
		{ "programme Sophia Martin ce jour.", { NULL },
		    { "Sophia", "Martin", NULL } },
		{ "Dr Cerba a vu le patient.", { NULL }, { "Cerba", NULL } },
		{ "L'\xc3\xa9tudiante Prado a appel\xc3\xa9.", { NULL },
		    { "Prado", NULL } },
		{ "L'interne Sophia a vu le patient.", { NULL },
		    { "Sophia", NULL } },
		{ "Visite Sophia demain.", { NULL }, { "Sophia", NULL } },
		{ "Mme Sophia Dupont vue.", { NULL },
		    { "Sophia", "Dupont", NULL } },
	};
	static const struct detect_value sophia[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Sophia", 6 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient named Sophia after "programme": her name */
	test_row_word_gone(&test_default, &S, "programme Sophia propos\xc3\xa9.",
	    sophia, N(sophia), "Sophia");
}

/* A grade in Roman numerals after an eponym, French spacing before ";"
 * ("Clark III ; reprise") as before "," (eponym_grade); after a title
 * the name goes. */
TEST_SPAN_CASES(test_grade_before_semicolon, &test_default, &S,
	{ "M\xc3\xa9lanome superficiel extensif, Breslow 0,6 mm, "
	    "Clark III ; reprise \xc3\xa0 1 cm le 03/02/2025.",
	    { "Clark", NULL }, { "03/02/2025", NULL } },
	{ "Vu M. Clark III ; rappel demain.", { NULL },
	    { "Clark", NULL } },
	{ "Vu Jean Clark III ; rappel demain.", { NULL },
	    { "Jean", "Clark", NULL } })

/* The rules look one word back and one word ahead. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"colectomie de Hartmann ", "plastie de ", "programme PRADO ",
		"PRADO maternit\xc3\xa9 ", "en Erasmus ", "chez Biogroup ",
		"Biogroup ", "programme ", "plastie de Bentall Bentall ", "Clark III ; ", "Clark III ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_operation_eponym),
		cmocka_unit_test(test_named_programmes_and_labs),
		cmocka_unit_test(test_grade_before_semicolon),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
