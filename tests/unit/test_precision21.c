/* Unit tests of the twenty-first precision pass (docs/scrub.md
 * "Precision and roles, twenty-first pass (precision21)"): a surname that
 * is an ordinary word, alone after the label of the person who did or
 * asked for an act ("Radiologue : Dauphin", "Demandé par : Cordonnier
 * (urgences)").  Beside each, the look-alikes of the same shape that stay:
 * a result, a state, a service, an act after the label; and a surname
 * before a first name after a letter's subject label ("Objet : Vigneron
 * Paul").  The detectors
 * alone (detect_run), without row values, in both modes. */
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

/* A role's label, its colon, one capitalized word alone (the end, a
 * punctuation, a parenthesis after it): a surname no list holds goes;
 * a result, a state, a service, a participle, "Signe :" (a clinical
 * sign's label) stay. */
TEST_SPAN_CASES(test_role_label_lone_surname, &test_default, &S,
	{ "Radiologue : Dauphin", { NULL }, { "Dauphin", NULL } },
	{ "Demand\xc3\xa9 par : Cordonnier (urgences)", { NULL },
	    { "Cordonnier", NULL } },
	{ "Prescripteur : Vigneron. Examen : scanner", { "scanner",
	    NULL }, { "Vigneron", NULL } },
	{ "R\xc3\xa9" "f\xc3\xa9rent : Pigeon ; Sign\xc3\xa9 : "
	    "Tisserand", { NULL }, { "Pigeon", "Tisserand", NULL } },
	{ "Interpr\xc3\xa9t\xc3\xa9 par : PRINCE", { NULL },
	    { "PRINCE", NULL } },
	{ "M\xc3\xa9" "decin : Chapelle.", { NULL }, { "Chapelle",
	    NULL } },
	/* what a role reports, or where it works */
	{ "Radiologue : Normal. M\xc3\xa9" "decin : Absent.",
	    { "Normal", "Absent", NULL }, { NULL } },
	{ "Demand\xc3\xa9 par : Urgences ; Prescripteur : Service",
	    { "Urgences", "Service", NULL }, { NULL } },
	{ "Demand\xc3\xa9 par : Cardiologie. M\xc3\xa9" "decin : "
	    "Inform\xc3\xa9", { "Cardiologie", "Inform\xc3\xa9", NULL },
	    { NULL } },
	{ "Sign\xc3\xa9" "e : Pharmacie ; Pr\xc3\xa9leveur : "
	    "Laboratoire", { "Pharmacie", NULL }, { NULL } },
	{ "Signe : Positif. Signe : Dauphin", { "Positif", "Dauphin",
	    NULL }, { NULL } },
	{ "Radiologue : Favorable (contr\xc3\xb4le)", { "Favorable",
	    NULL }, { NULL } })

/* A letter's subject label, its colon, a capitalized word, a first name
 * of the lists: the surname goes with the first name ("Objet : Vigneron
 * Paul", "Réf : Chapelle Marie").  A letter's subject, an act, a state,
 * an acronym before a first name stays. */
TEST_SPAN_CASES(test_subject_surname_first, &test_default, &S,
	{ "Objet : Vigneron Paul, 72 ans", { NULL }, { "Vigneron",
	    "Paul", NULL } },
	{ "R\xc3\xa9" "f : Chapelle Marie", { NULL }, { "Chapelle",
	    "Marie", NULL } },
	{ "Re: Prince Louis", { NULL }, { "Prince", "Louis", NULL } },
	{ "Concerne : PIGEON Jeanne", { NULL }, { "PIGEON", "Jeanne",
	    NULL } },
	/* a letter's subject, an act, an acronym */
	{ "Objet : Demande Marie", { "Demande", NULL }, { NULL } },
	{ "Objet : Hospitalisation Marie", { "Hospitalisation", NULL },
	    { NULL } },
	{ "Objet : Bilan Marie ; Concerne : IRM Julie", { "Bilan",
	    "IRM", NULL }, { NULL } },
	{ "Objet : Dossier Nicolas", { "Dossier", NULL }, { NULL } })

/* The rule looks one word back and one byte or two on. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Radiologue : Dauphin ", "Radiologue : ", "par : ",
		"Demand\xc3\xa9 par : Pigeon (urgences) ", "Sign\xc3\xa9 : ",
		"Radiologue : Dauphin. ", "Objet : Vigneron Paul ",
		"Objet : ", "Objet : Vigneron ", "Re: Re: Re: ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_label_lone_surname),
		cmocka_unit_test(test_subject_surname_first),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
