/* Unit tests of names19c (docs/scrub.md "Surnames that are words after
 * a given name (names19c)"): a surname that is an ordinary French word
 * and in no list of names ("Chapelle", "Pigeon", "Vigneron") beside a
 * first name of the lists, and an eponym that is a name of the lists
 * after a civil title ("Mme Gilbert").  Each raw surname must be inside
 * a span in both modes; the look-alikes (a word of care, a weekday, a
 * place, an adverb before a first name, the disease) must stay in the
 * default mode.  The detectors alone (detect_run). */
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

/* A first name found as a name, then one capitalized ordinary word, the
 * clause ending after it or going on in lower case (kin_surname beyond
 * a relative). */
TEST_SPAN_CASES(test_word_surname_after_found_first, &test_default, &S,
	{ "Vu avec Marie Chapelle ce jour.", { NULL },
	    { "Chapelle", NULL } },
	{ "Appel de Jean Pigeon, son fils.", { NULL },
	    { "Pigeon", NULL } },
	{ "Entretien avec Paul Tisserand ce matin.", { NULL },
	    { "Tisserand", NULL } },
	{ "vu avec Jean Prince, son fils.", { NULL },
	    { "Prince", NULL } },
	{ "Rose Gilbert a appel\xc3\xa9.", { NULL },
	    { "Gilbert", NULL } },
	/* a word of care, a weekday, a drug after the first name */
	{ "Vu avec Jean Pharmacie ce jour.", { "Pharmacie", NULL },
	    { NULL } },
	{ "Vu avec Marie Lundi ce jour.", { "Lundi", NULL },
	    { NULL } },
	{ "Vu avec Marie Doliprane ce jour.", { "Doliprane", NULL },
	    { NULL } },
	/* a first name of the lists inside a place's name */
	{ "Malaise au Novotel Paris Gare de Lyon, chambre 12.",
	    { "Gare", NULL }, { NULL } })

/* A first name of the lists that is an ordinary word too, at a
 * sentence's start where no rule finds it, and a word surname: the pair
 * goes before what only a person does or a birth cue; the surname first
 * before a birth cue.  An adverb before a first name and a verb, the
 * pair before "est", stay. */
TEST_SPAN_CASES(test_word_surname_pairs, &test_default, &S,
	{ "Rose Vigneron a appel\xc3\xa9.", { NULL },
	    { "Rose Vigneron", NULL } },
	{ "Jean Pigeon n'a pas mang\xc3\xa9.", { NULL },
	    { "Jean Pigeon", NULL } },
	{ "Vigneron Marie, n\xc3\xa9" "e le 3/4/1950.", { NULL },
	    { "Vigneron Marie", NULL } },
	{ "Cordonnier Paul n\xc3\xa9 le 12/05/1948.", { NULL },
	    { "Cordonnier Paul", NULL } },
	{ "Puis Jean a appel\xc3\xa9.", { "Puis", NULL }, { NULL } },
	{ "Hier Marie a dit non.", { "Hier", NULL }, { NULL } },
	{ "Jean Pharmacie a appel\xc3\xa9.", { "Pharmacie", NULL },
	    { NULL } })

/* An eponym that is a name of the lists after a civil title; a
 * doctor's title before an eponym and the disease stay. */
TEST_SPAN_CASES(test_civil_title_eponyms, &test_default, &S,
	{ "Mme Gilbert est venue.", { NULL }, { "Gilbert", NULL } },
	{ "M. Gilbert a appel\xc3\xa9.", { NULL },
	    { "Gilbert", NULL } },
	{ "Madame Gilbert, 45 ans.", { NULL }, { "Gilbert", NULL } },
	{ "Dr Parkinson a d\xc3\xa9" "crit.", { "Parkinson", NULL },
	    { NULL } },
	{ "Maladie de Gilbert connue.", { "Gilbert", NULL },
	    { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_word_surname_after_found_first),
		cmocka_unit_test(test_word_surname_pairs),
		cmocka_unit_test(test_civil_title_eponyms),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
