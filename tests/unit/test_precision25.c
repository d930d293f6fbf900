/* Unit tests of the twenty-fifth precision pass (docs/scrub.md
 * "Precision, twenty-fifth pass (precision25)"): a note's heading of a
 * verb done again ("Recontact :") or of a child protection or forensic
 * unit ("UAPED :", "CRIP", "UHSI") is no name; an operation named after
 * its surgeon said alone before its time or its having been done
 * ("Hartmann en urgence", "Nissen programmé") is no name; a week counted
 * from an event ("à S12 post-traitement", "S6 après la chirurgie") is no
 * date of the calendar.  Beside each, the look-alikes that still go: a
 * surname of "re" and a noun ("Rebillard :"), the brief's ordinary-word
 * surnames after "Re" ("Retisserand :", "Recordonnier :"), the surgeon
 * after a title or "par", a relative named like the operation, a week of
 * the calendar after "après" and an examination.  The detectors alone
 * (detect_run), in both modes. */
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

/* A heading of "Re" and a verb's stem, default mode (recall first takes
 * an unknown capitalized word at a line's start by a rule of its own);
 * a surname of that shape still goes. */
static void
test_heading_repeated_verb(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Rebillard : chute ce matin.", { NULL },
		    { "Rebillard", NULL } },
		{ "Remarquet : chute ce matin.", { NULL },
		    { "Remarquet", NULL } },
		{ "Retisserand : chute ce matin.", { NULL },
		    { "Retisserand", NULL } },
		{ "Recordonnier : chute ce matin.", { NULL },
		    { "Recordonnier", NULL } },
		{ "Kerouredan : chute ce matin.", { NULL },
		    { "Kerouredan", NULL } },
	};
	static const char *const gone[] = { "Rosenzweig", "David" };
	static const char *const kept[] = { "Recontact" };
	static const struct detect_value recontact[] = {
		{ DETECT_IDENT_LAST_NAME, "RECONTACT", 9 },
		{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	test_spans_gone_kept(&test_default, &S, "Recontact : M. Rosenzweig David "
	    "ne r\xc3\xa9pond pas (3 appels).", gone, N(gone), kept, N(kept));
	/* the patient named so: his name goes there */
	test_row_word_gone(&test_default, &S, "Recontact : appel du patient.",
	    recontact, N(recontact), "Recontact");
}

/* Child protection and forensic units as headings and after "avec". */
TEST_SPAN_CASES(test_care_unit_acronyms, &test_default, &S,
	{ "UAPED : audition film\xc3\xa9" "e de Camila, 9 ans.",
	    { "UAPED", NULL }, { "Camila", NULL } },
	{ "Information pr\xc3\xa9occupante transmise \xc3\xa0 la CRIP "
	    "par Mme Pigeon.", { "CRIP", NULL }, { "Pigeon", NULL } },
	{ "Transfert en UHSI : M. Vigneron Paul.", { "UHSI", NULL },
	    { "Vigneron", "Paul", NULL } },
	/* look-alikes: a surname in capitals as a heading */
	{ "KEROUREDAN : chute ce matin.", { NULL },
	    { "KEROUREDAN", NULL } })

/* An operation's eponym alone before its time or its having been done
 * stays; the surgeon, a relative, a surname of no list go. */
static void
test_operation_eponym_bare(void **state)
{
	static const struct test_span_case cases[] = {
		{ "P\xc3\xa9ritonite stercorale (perforation diverticulaire), "
		    "Hartmann en urgence.", { "Hartmann", NULL }, { NULL } },
		{ "Reflux s\xc3\xa9v\xc3\xa8re : Nissen programm\xc3\xa9 en "
		    "mars.", { "Nissen", NULL }, { NULL } },
		/* look-alikes: a person there */
		{ "Dr Hartmann pr\xc3\xa9vu au bloc.", { NULL },
		    { "Hartmann", NULL } },
		{ "Patient vu par Hartmann en urgence.", { NULL },
		    { "Hartmann", NULL } },
		{ "Mme Nissen programm\xc3\xa9" "e demain.", { NULL },
		    { "Nissen", NULL } },
		{ "sa fille Whipple pr\xc3\xa9vue demain.", { NULL },
		    { "Whipple", NULL } },
		{ "Dr Tisserand pr\xc3\xa9vu en urgence.", { NULL },
		    { "Tisserand", NULL } },
		{ "Vu avec M. Dauphin en urgence.", { NULL },
		    { "Dauphin", NULL } },
	};
	static const struct detect_value hartmann[] = {
		{ DETECT_IDENT_LAST_NAME, "HARTMANN", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Claire", 6 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient named like the operation: her name goes there */
	test_row_word_gone(&test_default, &S, "Hartmann en urgence ce soir.",
	    hartmann, N(hartmann), "Hartmann");
	test_row_word_gone(&test_recall, &S, "Hartmann en urgence ce soir.",
	    hartmann, N(hartmann), "Hartmann");
}

/* A week counted from an event is no date; a calendar week still is. */
TEST_SPAN_CASES(test_week_after_event, &test_default, &S,
	{ "Charge virale ind\xc3\xa9tectable \xc3\xa0 S12 "
	    "post-traitement.", { "S12", NULL }, { NULL } },
	{ "Contr\xc3\xb4le en S6 post-op par Dr Pigeon.",
	    { "S6", NULL }, { "Pigeon", NULL } },
	{ "Revoir en S8 postop\xc3\xa9ratoire.", { "S8", NULL },
	    { NULL } },
	{ "Bilan \xc3\xa0 S6 apr\xc3\xa8s la chirurgie.",
	    { "S6", NULL }, { NULL } },
	{ "Pr\xc3\xa9vu semaine 14 post-partum.", { "14", NULL },
	    { NULL } },
	/* look-alikes: a week of the calendar */
	{ "Revoir en S12 apr\xc3\xa8s l'IRM.", { NULL },
	    { "S12", NULL } },
	{ "Contr\xc3\xb4le en S12 puis S24.", { NULL },
	    { "S12", NULL } },
	{ "Programm\xc3\xa9 en S38 avec Dr Vigneron.", { NULL },
	    { "S38", "Vigneron", NULL } })

/* The rules look one or two words around the word. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Recontact : ", "Recontact ", "UAPED : ", "Hartmann en urgence ",
		"Hartmann pr\xc3\xa9vu ", "Hartmann Hartmann ",
		"\xc3\xa0 S12 post-traitement ", "en S6 apr\xc3\xa8s la chirurgie ",
		"S6 apr\xc3\xa8s ", "semaine 12 post ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_heading_repeated_verb),
		cmocka_unit_test(test_care_unit_acronyms),
		cmocka_unit_test(test_operation_eponym_bare),
		cmocka_unit_test(test_week_after_event),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
