/* Unit tests of the twenty-fourth precision pass (docs/scrub.md
 * "Precision, twenty-fourth pass (precision24)"): a thing of the closed
 * lists (a programme, a laboratory network, a device's maker) right
 * after a role's word or as a note's heading ("Sage-femme PRADO :",
 * "l'interne Erasmus :", "Erasmus :", "labo externe (Cerba)", "pompe
 * externe Medtrum :") is no name.  Beside it, the look-alikes that still
 * go: a surname there, listed or an ordinary word in no list ("l'interne
 * Pigeon", "Sage-femme Vigneron :", "labo externe (Tisserand)", "pompe
 * externe Cordonnier"), a programme spelt as a given name or after a
 * title or a wife ("Sophia :", "Mme Prado :", "sa femme PRADO"), a verb
 * after it, and the patient's own name (the row's values).  The detectors alone
 * (detect_run), in both modes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "linear.h"
#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;
static const struct detect_options DEFAULT_MODE = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 0 };
static const struct detect_options RECALL_MODE = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 1 };

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A programme, a laboratory or a device's maker after a role's word or
 * as a heading stays; a surname there goes. */
static void
test_listed_thing_after_role(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Sage-femme PRADO : Mme Rigaud.", { "PRADO", NULL },
		    { "Rigaud", NULL } },
		{ "En English pour l'interne Erasmus : \"pt in room 4\".",
		    { "Erasmus", NULL }, { NULL } },
		{ "Erasmus : M. Kelly Ciar\xc3\xa1n, \xc3\xa9tudiant.",
		    { "Erasmus", NULL }, { "Kelly", "Ciar\xc3\xa1n", NULL } },
		{ "PRADO : Mme Rigaud passe demain.", { "PRADO", NULL },
		    { "Rigaud", NULL } },
		{ "Retour labo externe (Cerba) : \xc3\xa9lectrophor\xc3\xa8se.",
		    { "Cerba", NULL }, { NULL } },
		{ "pompe externe Medtrum : Mme Carri\xc3\xa8re Maryse.",
		    { "Medtrum", NULL }, { "Carri\xc3\xa8re", "Maryse", NULL } },
		/* look-alikes: a person there */
		{ "L'interne Pigeon : patient vu.", { NULL },
		    { "Pigeon", NULL } },
		{ "Sage-femme Vigneron : Mme Rigaud.", { NULL },
		    { "Vigneron", "Rigaud", NULL } },
		{ "Sage-femme CHAPELLE : Mme Rigaud.", { NULL },
		    { "CHAPELLE", NULL } },
		{ "Retour labo externe (Tisserand) : vu.", { NULL },
		    { "Tisserand", NULL } },
		{ "pompe externe Cordonnier : vu.", { NULL },
		    { "Cordonnier", NULL } },
		{ "Dupont : appel de la fille.", { NULL }, { "Dupont", NULL } },
		{ "Sophia : appel de la fille.", { NULL }, { "Sophia", NULL } },
		{ "Mme Prado : appel de la fille.", { NULL },
		    { "Prado", NULL } },
		{ "sa femme PRADO : appel.", { NULL }, { "PRADO", NULL } },
		{ "l'interne Erasmus a appel\xc3\xa9.", { NULL },
		    { "Erasmus", NULL } },
		{ "l'interne Erasmus Jean : vu.", { NULL },
		    { "Erasmus", "Jean", NULL } },
		{ "Vu avec l'externe Cerba Jean ce jour.", { NULL },
		    { "Cerba", "Jean", NULL } },
		{ "pompe externe Renault Marie : vu.", { NULL },
		    { "Renault", "Marie", NULL } },
	};
	static const struct detect_value prado[] = {
		{ DETECT_IDENT_LAST_NAME, "PRADO", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Luis", 4 },
	};

	(void)state;
	test_span_cases(&DEFAULT_MODE, &S, cases, N(cases));
	/* the patient named like the programme: his name goes there */
	test_row_word_gone(&DEFAULT_MODE, &S, "Sage-femme PRADO : vu.",
	    prado, N(prado), "PRADO");
	test_row_word_gone(&RECALL_MODE, &S, "PRADO : appel du patient.",
	    prado, N(prado), "PRADO");
}

/* The rules look one or two words back (the role, the maker, the noun)
 * and one ahead (a colon, a capital after the model). */
static void
test_linear_time(void **state)
{
	struct test_detect_timing timing = { &DEFAULT_MODE, &S, NULL, 0 };
	static const char *const units[] = {
		"Sage-femme PRADO : ", "PRADO : ", "Erasmus : ",
		"l'interne Erasmus ", "labo externe (Cerba) ",
		"pompe externe Medtrum : ",
	};
	const size_t n = 4096;

	(void)state;
	for (size_t u = 0; u < N(units); u++)
		assert_linear(test_detect_time, &timing, units[u], n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_listed_thing_after_role),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
