/* Unit tests of the twenty-second names pass (docs/scrub.md "Names,
 * twenty-second pass (names22)"): a first name of the lists and a
 * surname that is an ordinary word before a heading's colon ("Marie
 * Pigeon : chute"), and in lower case after a relative before a
 * person's verb ("le patient pigeon marie a appelé").  Beside each, the
 * look-alikes that stay: a section of the note before a nurse's first
 * name ("Transmissions Marie :"), a single heading word ("Cardiologie :"),
 * a first name before a verb or an adjective after "patient" ("le
 * patient marie dort bien", "patient stable a appelé").  And a month,
 * or a feast as a surname after a first name ("Sophie Février
 * signale"), beside "avec Marie Lundi matin".  And an English date of
 * a day and a weak month after a date's cue ("Seen on 3 June.": recall).
 * The detectors
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

/* A first name of the lists, then an ordinary word, before a heading's
 * colon: both go (main left both raw). */
TEST_SPAN_CASES(test_heading_first_surname, &test_default, &S,
	{ "Marie Pigeon : chute dans la chambre.", { NULL },
	    { "Marie", "Pigeon", NULL } },
	{ "Jean Vigneron : RAS ce jour.", { NULL },
	    { "Jean", "Vigneron", NULL } },
	{ "Rose Tisserand : vu ce jour.", { NULL },
	    { "Rose", "Tisserand", NULL } },
	{ "Claire Cordonnier : refuse le traitement.", { NULL },
	    { "Claire", "Cordonnier", NULL } },
	/* the same place, no name: a section, then a nurse's
	 * first name (the surname first is left: this shape) */
	{ "Transmissions Marie : RAS.", { "Transmissions", NULL },
	    { NULL } },
	{ "Cardiologie : chute ce matin.", { "Cardiologie", "chute",
	    NULL }, { NULL } },
	{ "Bilan : chute. Conclusion : RAS.", { "Bilan", "Conclusion",
	    NULL }, { NULL } })

/* In lower case after a relative ("le patient", "sa fille"), a first
 * name of the lists and an ordinary word before a person's verb: both
 * go, in either order (main left both raw). */
TEST_SPAN_CASES(test_lower_first_surname, &test_default, &S,
	{ "le patient pigeon marie a appel\xc3\xa9.", { NULL },
	    { "pigeon", "marie", NULL } },
	{ "le patient marie pigeon a appel\xc3\xa9.", { NULL },
	    { "marie", "pigeon", NULL } },
	{ "sa fille marie vigneron refuse.", { NULL },
	    { "marie", "vigneron", NULL } },
	{ "le patient jean dauphin a appel\xc3\xa9 ce matin.",
	    { NULL }, { "jean", "dauphin", NULL } },
	/* no person's verb after the pair, or no first name */
	{ "le patient marie dort bien.", { "dort", "bien", NULL },
	    { NULL } },
	{ "patient stable a appel\xc3\xa9.", { "stable", NULL },
	    { NULL } },
	{ "le patient marie pigeon ce jour.", { "pigeon", NULL },
	    { NULL } })

/* A month or a feast capitalized right after a first name of the lists,
 * where names19c's pair stands (a person's verb, a birth cue, a person's
 * slot before, a signature): a surname (main left it raw).  A weekday
 * (a time right after a name), a month in lower case stay. */
TEST_SPAN_CASES(test_calendar_surname, &test_default, &S,
	{ "Sophie F\xc3\xa9vrier signale une douleur.", { NULL },
	    { "Sophie", "F\xc3\xa9vrier", NULL } },
	{ "Courrier de Jean P\xc3\xa2ques re\xc3\xa7u ce matin.",
	    { NULL }, { "Jean", "P\xc3\xa2ques", NULL } },
	{ "Hugo Janvier, n\xc3\xa9(e) le 12/03/1950, entr\xc3\xa9 "
	    "ce jour.", { NULL }, { "Hugo", "Janvier", NULL } },
	{ "Cordialement. Claire Octobre", { NULL },
	    { "Claire", "Octobre", NULL } },
	{ "Vu avec Marie Lundi ce jour.", { "Lundi", NULL },
	    { NULL } },
	{ "RDV avec Marie Lundi matin.", { "Lundi", "matin", NULL },
	    { NULL } },
	{ "Vu Marie f\xc3\xa9vrier dernier, elle a appel\xc3\xa9.",
	    { "f\xc3\xa9vrier", NULL }, { NULL } })

/* A day right before a weak English month ("March", "June", "May"), a
 * date's cue before the day, no capitalized word or number after the
 * month: a date in a note of any language (main left the day raw and
 * the month raw or taken as a name).  A first name after a number and
 * before a surname, a month with no day stay dates of no one's. */
TEST_SPAN_CASES(test_day_month_cued, &test_default, &S,
	{ "Seen on 12 March by the team.", { NULL },
	    { "12", "March", NULL } },
	{ "Seen on 3 June.", { NULL }, { "3", "June", NULL } },
	{ "Discharged on 14 April, doing well.", { NULL },
	    { "14", "April", NULL } },
	{ "Vu le 5 May, RAS.", { NULL }, { "5", "May", NULL } },
	/* no cue before the day: left to comment_english */
	{ "Ch 12 sortie, RAS.", { "12", NULL }, { NULL } })

/* Each rule reads the heading's two words, the pair and the verb after
 * it. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Marie Pigeon : ", "Marie Pigeon ", "Marie : ",
		"le patient pigeon marie a appel\xc3\xa9 ",
		"le patient marie pigeon ", "patient pigeon marie ",
		"marie pigeon a ", "Sophie F\xc3\xa9vrier signale ",
		"Marie Lundi matin ", "Jean P\xc3\xa2ques ",
		"on 12 March ", "on 3 June by ", "12 June ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_heading_first_surname),
		cmocka_unit_test(test_lower_first_surname),
		cmocka_unit_test(test_calendar_surname),
		cmocka_unit_test(test_day_month_cued),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
