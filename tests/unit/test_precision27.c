/* Unit tests of the twenty-seventh precision pass (docs/scrub.md
 * "Precision, twenty-seventh pass (precision27)"): a hospital named after
 * a person, written as a place named so, a given name and a surname
 * joined by a hyphen ("suivi à Henri-Mondor", "Necker-Enfants malades,
 * Robert-Debré, Trousseau"), is no person; two digits after a day and a
 * month before a plural count noun are a count, no two-digit year ("du
 * 5 au 23 janvier, 14 séances"); "Interne" after a capitalized noun
 * names a ward, not the intern ("Médecine Interne B").  Beside each, the
 * look-alikes that still go: the same pair after a title, before a given
 * name, a pair no table holds ("Henri-Pigeon"), the patient named like
 * the hospital, a two-digit year with nothing after it, the intern after
 * an article, a surname after "Médecine Interne", and the brief's
 * ordinary-word surnames around them.  The detectors alone (detect_run),
 * in both modes. */
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

/* A hospital named after a person, alone: kept; a person still goes. */
static void
test_person_hospital(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Courrier du Dr Kerdraon : M. Ke\xc3\xafta Seydou, "
		    "dr\xc3\xa9panocytose SS, suivi au centre de "
		    "r\xc3\xa9" "f\xc3\xa9rence de Henri-Mondor.",
		    { "Henri-Mondor", NULL }, { "Kerdraon", "Ke\xc3\xafta Seydou",
		    NULL } },
		{ "H\xc3\xb4pital Necker-Enfants malades, Robert-Debr\xc3\xa9, "
		    "Trousseau : correspondants de Mme Pigeon.",
		    { "Robert-Debr\xc3\xa9", NULL }, { "Pigeon", NULL } },
		{ "Transf\xc3\xa9r\xc3\xa9 \xc3\xa0 Georges-Pompidou cette nuit, "
		    "M. Vigneron pr\xc3\xa9venu.", { "Georges-Pompidou", NULL },
		    { "Vigneron", NULL } },
		{ "Chimio \xc3\xa0 Gustave-Roussy, adress\xc3\xa9 par "
		    "Ambroise-Par\xc3\xa9.", { "Gustave-Roussy",
		    "Ambroise-Par\xc3\xa9", NULL }, { NULL } },
		/* a person: a title, a first name after, a relative before */
		{ "M. Robert-Debr\xc3\xa9 vu ce jour.", { NULL },
		    { "Robert-Debr\xc3\xa9", NULL } },
		{ "Robert-Debr\xc3\xa9 Marie a appel\xc3\xa9.", { NULL },
		    { "Robert-Debr\xc3\xa9 Marie", NULL } },
		{ "Sa fille Jean-Verdier appelle.", { NULL },
		    { "Jean-Verdier", NULL } },
		/* a pair no table holds, and a person written with a space */
		{ "Vue par Henri-Pigeon hier.", { NULL },
		    { "Henri-Pigeon", NULL } },
		{ "Paul Brousse a appel\xc3\xa9.", { NULL },
		    { "Paul Brousse", NULL } },
		/* a surname before it: given names after a surname */
		{ "Dupont Robert-Debr\xc3\xa9 vu ce jour.", { NULL },
		    { "Dupont Robert-Debr\xc3\xa9", NULL } },
		/* a third part */
		{ "Vu avec Jean-Henri-Mondor hier.", { NULL },
		    { "Jean-Henri-Mondor", NULL } },
	};
	static const struct detect_value debre[] = {
		{ DETECT_IDENT_LAST_NAME, "DEBRE", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Robert", 6 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient named like the hospital: the row's values go */
	test_row_word_gone(&test_default, &S, "Transf\xc3\xa9r\xc3\xa9 \xc3\xa0 "
	    "Robert-Debr\xc3\xa9 cette nuit.", debre, N(debre),
	    "Debr\xc3\xa9");
	test_row_word_gone(&test_default, &S, "Transf\xc3\xa9r\xc3\xa9 \xc3\xa0 "
	    "Robert-Debr\xc3\xa9 cette nuit.", debre, N(debre), "Robert");
}

/* A count after a day and a month: no year. */
TEST_SPAN_CASES(test_count_after_day_month, &test_default, &S,
	{ "Transport pour la radioth\xc3\xa9rapie de M. Haddad du 5 au "
	    "23 janvier, 14 s\xc3\xa9" "ances, M. Prince d'accord.",
	    { "14 s\xc3\xa9" "ances", NULL }, { "23 janvier", "Haddad",
	    "Prince" } },
	{ "Kin\xc3\xa9 : vu le 2 mars, 25 s\xc3\xa9" "ances avec "
	    "Mme Dauphin.", { "25 s\xc3\xa9" "ances", NULL },
	    { "2 mars", "Dauphin", NULL } },
	/* a two-digit year: nothing, or no count noun, after it */
	{ "Vu le 23 janvier, 14.", { NULL }, { "23 janvier, 14",
	    NULL } },
	{ "N\xc3\xa9" "e le 3 mars 54 \xc3\xa0 Lyon.", { NULL },
	    { "3 mars 54", NULL } })

/* "Interne" after a capitalized noun: a ward. */
TEST_SPAN_CASES(test_ward_interne, &test_default, &S,
	{ "Transfert en M\xc3\xa9" "decine Interne B. Mme Chapelle "
	    "pr\xc3\xa9venue.", { "Interne B", NULL },
	    { "Chapelle", NULL } },
	{ "M\xc3\x89" "DECINE INTERNE B : entr\xc3\xa9" "e de "
	    "M. Tisserand.", { "INTERNE B", NULL },
	    { "Tisserand", NULL } },
	/* the intern: a surname after it, an article before */
	{ "M\xc3\xa9" "decine Interne Pigeon appelle.", { NULL },
	    { "Pigeon", NULL } },
	{ "L'Interne B. a vu la patiente.", { NULL }, { "B.", NULL } },
	{ "Vu avec Martin Interne Cordonnier.", { NULL },
	    { "Martin", "Cordonnier", NULL } })

/* The rules look a word or two around the word. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Henri-Mondor ", "\xc3\xa0 Robert-Debr\xc3\xa9, ",
		"Jean-Henri-Mondor-", "23 janvier, 14 s\xc3\xa9" "ances ",
		"5 mars 14 ", "M\xc3\xa9" "decine Interne B ",
		"Interne B. ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_person_hospital),
		cmocka_unit_test(test_count_after_day_month),
		cmocka_unit_test(test_ward_interne),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
