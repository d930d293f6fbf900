/* Unit tests of the twenty-ninth precision pass on the sensitive terms
 * (docs/scrub.md "prec40b: sensitive terms that name no group here"):
 * a drug of the groups' classes given for another indication
 * (amitriptyline and duloxetine for pain, haloperidol for delirium), an
 * ordinary word whose ending the matcher drops read as an abbreviation
 * ("cartes" as cART), "trithérapie" of another disease (the scans and
 * measures of a pregnancy's follow-up stay hidden), and the route after the drug of an
 * entry ("naloxone nasale").  Each rule's look-alike stays, and its
 * negative goes: the same drug beside its group's own words, the
 * abbreviation written as one, HIV's triple therapy, the pregnancy itself
 * named beside the scan.  The detectors alone (detect_run), without row
 * values. */
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

/* Amitriptyline and duloxetine beside pain, haloperidol beside delirium
 * or vomiting stay; beside their group's words, alone, or the depot,
 * they go. */
TEST_SPAN_CASES(test_other_use, &test_default, &S,
	{ "Laroxyl 10 gouttes le soir (douleurs neuropathiques).",
	    { "Laroxyl", NULL }, { NULL } },
	{ "Cs douleur : fibromyalgie, TENS, Laroxyl gouttes "
	    "\xc3\xa0 faible dose.", { "Laroxyl", NULL }, { NULL } },
	{ "Cymbalta 60 mg pour la neuropathie diab\xc3\xa9tique "
	    "douloureuse.", { "Cymbalta", NULL }, { NULL } },
	{ "Confusion post-op\xc3\xa9ratoire. Halop\xc3\xa9ridol "
	    "non donn\xc3\xa9.", { "Halop\xc3\xa9ridol", NULL },
	    { NULL } },
	{ "Syndrome confusionnel post-op. Halop\xc3\xa9ridol 0,5 mg "
	    "si agitation.", { "Halop\xc3\xa9ridol", NULL },
	    { NULL } },
	{ "Naus\xc3\xa9" "es persistantes : halop\xc3\xa9ridol 1 mg.",
	    { "halop\xc3\xa9ridol", NULL }, { NULL } },
	/* the negatives: the drug still goes */
	{ "Intoxication volontaire au Laroxyl, douleurs "
	    "abdominales.", { NULL }, { "Laroxyl", NULL } },
	{ "Laroxyl 50 mg pour la d\xc3\xa9pression, douleurs "
	    "diffuses.", { NULL }, { "Laroxyl", NULL } },
	{ "Laroxyl 25 mg le soir.", { NULL }, { "Laroxyl", NULL } },
	{ "Cymbalta 60 mg, humeur stable.", { NULL },
	    { "Cymbalta", NULL } },
	{ "Schizophr\xc3\xa9nie, confusion ce soir, "
	    "Halop\xc3\xa9ridol 5 mg.", { NULL },
	    { "Halop\xc3\xa9ridol", NULL } },
	{ "Haldol D\xc3\xa9" "canoas 100 mg, confusion ce soir.",
	    { NULL }, { "Haldol", NULL } },
	{ "Haldol 2 mg le soir.", { NULL }, { "Haldol", NULL } })

/* An abbreviation is written as it is: "cartes" after a count is no cART;
 * "cART", "12 SA", "2 IST" still go. */
TEST_SPAN_CASES(test_abbrev_ending, &test_default, &S,
	{ "Carte Vitale, carte CPS : trois cartes, trois usages.",
	    { "cartes", NULL }, { NULL } },
	{ "Remis 3 cartes de rendez-vous.", { "cartes", NULL },
	    { NULL } },
	{ "Sous cART depuis 2010, CV ind\xc3\xa9tectable.", { NULL },
	    { "cART", NULL } },
	{ "Grossesse \xc3\xa0 12 SA, RAS.", { NULL }, { "SA", NULL } },
	{ "Grossesse de trente deux sa.", { NULL }, { "sa", NULL } },
	{ "D\xc3\xa9pistage de 2 IST cette ann\xc3\xa9" "e.",
	    { NULL }, { "IST", NULL } })

/* Three drugs together for a graft, Helicobacter or the lungs: no HIV. */
TEST_SPAN_CASES(test_tritherapie, &test_default, &S,
	{ "Trith\xc3\xa9rapie immunosuppressive : tacrolimus, "
	    "prednisone.", { "Trith\xc3\xa9rapie", NULL }, { NULL } },
	{ "Trith\xc3\xa9rapie d'\xc3\xa9radication d'Helicobacter "
	    "pylori 14 jours.", { "Trith\xc3\xa9rapie", NULL },
	    { NULL } },
	{ "BPCO sous trith\xc3\xa9rapie inhal\xc3\xa9" "e.",
	    { "trith\xc3\xa9rapie", NULL }, { NULL } },
	{ "Sous trith\xc3\xa9rapie depuis 2015.", { NULL },
	    { "trith\xc3\xa9rapie", NULL } },
	{ "Trith\xc3\xa9rapie antir\xc3\xa9trovirale bien "
	    "tol\xc3\xa9r\xc3\xa9" "e.", { NULL },
	    { "Trith\xc3\xa9rapie", NULL } })

/* The scans and measures of a pregnancy's follow-up name the pregnancy
 * (the group is suppressed): they go, as the pregnancy named beside them,
 * the foetus's distress and the obstetric examination do.  prec40b had
 * them kept (the hand sets leave them unlabeled); the lead kept them
 * hidden: a dating scan or a nuchal translucency says "pregnant" as
 * plainly as "12 SA" (docs/scrub.md, prec40b). */
TEST_SPAN_CASES(test_follow_up_exams, &test_default, &S,
	{ "\xc3\x89" "chographie de datation faite, DDR au 2 juin.",
	    { NULL }, { "datation", NULL } },
	{ "Clart\xc3\xa9 nucale 1,4 mm, normale.",
	    { NULL }, { "nucale", NULL } },
	{ "\xc3\x89" "chographie de datation : grossesse "
	    "\xc3\xa9volutive, 12 SA.", { NULL },
	    { "grossesse", "SA", NULL } },
	{ "Examen obst\xc3\xa9trical demand\xc3\xa9 en urgence.",
	    { NULL }, { "obst\xc3\xa9trical", NULL } },
	{ "Souffrance f\xc5\x93tale aigu\xc3\xab, c\xc3\xa9sarienne.",
	    { NULL }, { "f\xc5\x93tale", "c\xc3\xa9sarienne", NULL } })

/* "naloxone nasale": the drug goes, its route stays. */
TEST_SPAN_CASES(test_route_after_drug, &test_default, &S,
	{ "D\xc3\xa9livrance de naloxone nasale \xc3\xa0 la "
	    "s\xc5\x93ur.", { "nasale", NULL }, { "naloxone", NULL } },
	{ "Nalscue (naloxone nasale) remis.", { "nasale", NULL },
	    { "Nalscue", "naloxone", NULL } },
	{ "Kit de naloxone intranasale remis.",
	    { "intranasale", NULL }, { "naloxone", NULL } },
	{ "Kit de naloxone remis.", { NULL },
	    { "Kit de naloxone", NULL } })

/* drug_for_other_use reads a bounded window around each drug: linear
 * over cells of many drugs and indications. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Laroxyl douleur ", "Halop\xc3\xa9ridol confusion ",
		"Laroxyl ", "trois cartes ", "naloxone nasale ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_other_use),
		cmocka_unit_test(test_abbrev_ending),
		cmocka_unit_test(test_tritherapie),
		cmocka_unit_test(test_follow_up_exams),
		cmocka_unit_test(test_route_after_drug),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
