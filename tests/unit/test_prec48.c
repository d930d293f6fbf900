/* Unit tests of the names pass prec48 (docs/scrub.md, "prec48"): a route
 * between towns joined by hyphens ("Vol Paris-Pointe-à-Pitre",
 * "(Bichkek-Paris-Montréal)") is no person; the sender of a text message
 * who says who they are in lower case after its greeting and "c" ("slt c
 * shanice jpourrai pa venir") is a name, and the register's own words
 * ("jpourrai", "jsuis", "pa") are none.  Beside each, the privacy
 * counter-cases: what must still go.  The detectors alone (detect_run),
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

/* A route of towns stays; a person's double name that is two towns
 * still goes after a title, and two given names joined still go. */
TEST_SPAN_CASES(test_town_routes, &test_default, &S,
	{ "Vol AF1234 Paris-Pointe-\xc3\xa0-Pitre, si\xc3\xa8ge 32C : "
	    "malaise d'un passager.", { "Paris", "Pointe", NULL }, { NULL } },
	{ "Passager en transit, M. Asanov Nurlan (Bichkek-Paris-"
	    "Montr\xc3\xa9" "al), phl\xc3\xa9" "bite du mollet.",
	    { "Bichkek", "Montr\xc3\xa9" "al", NULL },
	    { "Asanov", "Nurlan", NULL } },
	{ "Trajet Bordeaux-Paris en TGV la veille.", { "Bordeaux", NULL },
	    { NULL } },
	/* privacy: a title before the chain makes it a person's */
	{ "Mme Paris-Laval revue ce jour.", { NULL }, { "Paris-Laval", NULL } },
	/* privacy: two given names of the lists joined are a given name */
	{ "Vu avec Florence-Nancy ce matin.", { NULL },
	    { "Florence-Nancy", NULL } },
	/* privacy: two towns that are names of the lists both are a
	 * person's double name */
	{ "Dossier vu avec Petit-Martin ce matin.", { NULL },
	    { "Petit", "Martin", NULL } },
	/* privacy: the patient after the route still goes */
	{ "Vol Paris-Nice annul\xc3\xa9 pour M. Dupont.", { "Nice", NULL },
	    { "Dupont", NULL } })

/* The sender of a text message in lower case after its greeting and
 * "c"; the register's words are no names. */
TEST_SPAN_CASES(test_sms_senders, &test_default, &S,
	{ "slt c shanice jpourrai pa venir a la saignee jeudi 11 jsuis "
	    "malade, on decale a lundi 15 ? merci", { "jpourrai", "jsuis",
	    "slt" }, { "shanice", "11", NULL } },
	{ "slt c nakato jpeux pa venir demain pr la prise de sang",
	    { "jpeux", "pr", NULL }, { "nakato", NULL } },
	{ "SMS : \xc2\xab bjr cest kevin dupont jsuis en retard \xc2\xbb",
	    { "jsuis", "bjr", NULL }, { "kevin", "dupont", NULL } },
	{ "Note : bjr c wendy jarrive", { "jarrive", NULL },
	    { "wendy", NULL } },
	/* a lower-case pair with no greeting still goes */
	{ "karim bouaziz agit\xc3\xa9 cette nuit", { NULL },
	    { "karim", "bouaziz", NULL } },
	/* the register alone: nobody named */
	{ "slt c moi jpeux pa venir", { "moi", "jpeux", NULL }, { NULL } },
	{ "bjr c pa possible demain", { "pa", NULL }, { NULL } })

/* Both read a bounded neighbourhood of a word: linear. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Paris-Pointe-\xc3\xa0-Pitre ", "Bichkek-Paris-Montr\xc3\xa9" "al ",
		"slt c shanice jsuis ", "Paris-Paris-Paris-Paris-",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_town_routes),
		cmocka_unit_test(test_sms_senders),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
