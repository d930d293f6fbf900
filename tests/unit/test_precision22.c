/* Unit tests of the twenty-second precision pass (docs/scrub.md
 * "Precision, twenty-second pass (precision22)"): a section of an
 * English clinical note before a colon ("Cardiology :", "Discharge
 * Summary :") and a device written as a brand in a pair of capitalized
 * words ("PSAD OxyDom", "Medtronic MiniMed") are no names.  Beside each,
 * the look-alikes of the same shape that still go: a heading of common
 * English words no medical dictionary holds ("Kettle :", "Sparrow Review
 * :"), a surname of the lists, a double surname glued ("PrinceDauphin",
 * "FitzGerald", "VigneronPaule").  And an English verb after "patient"
 * ("patient requests nicotine patches"), beside a surname in lower case
 * there ("patient kerouredan", "patient kettles vu").  And a date in
 * English with no English function word ("DOB 4 June 1950": recall).  The detectors alone (detect_run),
 * without row values, in both modes. */
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

/* One or two words of an English clinical section before a colon stay
 * (the heading rule took them as the patient's name); a heading of
 * common English words of no such section, a name of the lists, a
 * first name before one still go. */
TEST_SPAN_CASES(test_english_clinical_heading, &test_default, &S,
	{ "Cardiology : ECG normal.", { "Cardiology", NULL },
	    { NULL } },
	{ "Geriatrics : \xc3\xa9" "chelle de Norton 12, grille AGGIR.",
	    { "Geriatrics", NULL }, { NULL } },
	{ "Radiologist : report pending. Colonoscopy : normal.",
	    { "Radiologist", "Colonoscopy", NULL }, { NULL } },
	{ "Discharge Summary : sortie ce jour.", { "Discharge",
	    "Summary", NULL }, { NULL } },
	{ "Physical Examination : normal. Past History : HTA.",
	    { "Physical", "Examination", "History" }, { NULL } },
	{ "Presenting Complaint : chest pain.", { "Presenting",
	    "Complaint", NULL }, { NULL } },
	{ "Haematology : Hb 98. Paediatrics : RAS.", { "Haematology",
	    "Paediatrics", NULL }, { NULL } },
	{ "Maeve : chute. Caesar : RAS.", { NULL }, { "Maeve",
	    "Caesar", NULL } },
	/* the same place, no section: a person's heading */
	{ "Kettle : chute ce matin.", { NULL }, { "Kettle", NULL } },
	{ "Sparrow Review : RAS.", { NULL }, { "Sparrow", NULL } },
	{ "Marie Kettle : chute dans la chambre.", { NULL },
	    { "Marie", "Kettle", NULL } },
	{ "Kerouredan : chute. Bramble History : RAS.", { NULL },
	    { "Kerouredan", "Bramble", NULL } },
	{ "Jean Treatment : chute.", { NULL }, { "Jean", NULL } })

/* A pair of capitalized words no list holds, one written as a brand (a
 * capital inside, short parts): a device and its maker stay.  A double
 * surname glued, a name with a particle or a prefix glued, a name glued
 * to a first name still go. */
TEST_SPAN_CASES(test_brand_pair, &test_default, &S,
	{ "Bon de livraison PSAD OxyDom n\xc2\xb0 12 : concentrateur",
	    { "PSAD", "OxyDom", NULL }, { NULL } },
	{ "Pompe Medtronic MiniMed 780G.", { "Medtronic", "MiniMed",
	    NULL }, { NULL } },
	{ "CPAP ResMed AirSense 10 livr\xc3\xa9" "e.", { "ResMed",
	    "AirSense", NULL }, { NULL } },
	/* names glued */
	{ "Kerouredan PrinceDauphin vu ce jour.", { NULL },
	    { "Kerouredan", "PrinceDauphin", NULL } },
	{ "Kerouredan SparrowKettle vu ce jour.", { NULL },
	    { "Kerouredan", "SparrowKettle", NULL } },
	{ "Kerouredan FitzGerald a appel\xc3\xa9.", { NULL },
	    { "Kerouredan", "FitzGerald", NULL } },
	{ "Jean MacArthur a appel\xc3\xa9.", { NULL }, { "Jean",
	    "MacArthur", NULL } },
	{ "Mme VigneronPaule ce jour.", { NULL }, { "VigneronPaule",
	    NULL } })

/* An English verb in the third person right after "patient", in a note
 * with no English function word: it stays, and a common English word
 * after it.  A surname no list has in lower case after "patient" still
 * goes, and one that looks like such a verb before French words. */
TEST_SPAN_CASES(test_patient_english_verb, &test_default, &S,
	{ "Addiction liaison note: patient requests nicotine patches "
	    "only, declines counselling.", { "requests", NULL },
	    { NULL } },
	{ "Patient wants a sick note.", { "wants", NULL }, { NULL } },
	{ "patient feels better, sleeps well", { "feels", "better",
	    NULL }, { NULL } },
	/* a surname in lower case after "patient" */
	{ "Patient kerouredan vu ce jour.", { NULL }, { "kerouredan",
	    NULL } },
	{ "le patient kettle a appelÃ©.", { NULL }, { "kettle",
	    NULL } },
	{ "patient kettles vu ce jour", { NULL }, { "kettles",
	    NULL } },
	{ "patient sparrows a appelÃ© ce matin", { NULL },
	    { "sparrows", NULL } })

/* A date in English, day first, in a note with no English function
 * word: the gate of scan_english_dates opens on the month's whole name
 * too (a date of birth left raw before: "DOB 4 June 1950").  A weak
 * month beside a number that is no date stays as before. */
TEST_SPAN_CASES(test_english_date_gate, &test_default, &S,
	{ "DOB 4 June 1950", { NULL }, { "4", "June", "1950" } },
	{ "Discharged on 14 April 2025.", { NULL }, { "14", "April",
	    "2025" } },
	{ "Born 4 November 1949 in Cork.", { NULL }, { "4",
	    "November", "1949" } },
	{ "May 3 doses, Marche 2 fois par jour.", { "May", "Marche",
	    "doses" }, { NULL } })

/* The rules read the heading's one or two words, the pair's two, the
 * three words after "patient"'s verb. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Cardiology : ", "Discharge Summary : ", "Kettle Review : ",
		"Cardiology ", "PSAD OxyDom ", "Medtronic MiniMed ",
		"Kerouredan PrinceDauphin ", "OxyDom ",
		"patient requests ", "patient requests nicotine patches ",
		"patient feels better ", "patient ", "DOB 4 June 1950 ",
		"June 4 ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_english_clinical_heading),
		cmocka_unit_test(test_brand_pair),
		cmocka_unit_test(test_patient_english_verb),
		cmocka_unit_test(test_english_date_gate),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
