/* Unit tests of recall22 (twenty-fourth pass, docs/scrub.md "Recall,
 * twenty-second pass (recall22)"): the capitals of a case's kind inside
 * its reference right after a "n°" ("n° PV 2025/01844"), an id label's
 * lower-case complement before the "n°" ("registre des cancers n°
 * 44718"), a home named "Maison" and an ordinary word after a word of
 * lodging ("hébergement maternel Maison Claire"), a pathology slide's
 * number and its blocks ("lames H25-4471/A1 à A6"), a Kanak tribe's kind
 * with its locality ("tribu de Wagap").  Beside each, the
 * look-alikes that stay.  The detectors alone (detect_run), without
 * row values. */
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

/* "n° PV 2025/01844": the police report's kind is written into its
 * reference; the hand sets label it whole. */
TEST_SPAN_CASES(test_case_prefix_inside, &test_default, &S,
	{ "R\xc3\xa9quisition judiciaire n\xc2\xb0 PV 2025/01844 du "
	    "commissariat de N\xc3\xaemes", { NULL },
	    { "PV 2025/01844", NULL } },
	{ "plainte d\xc3\xa9pos\xc3\xa9" "e, num\xc3\xa9ro PV "
	    "2026/004512, OPJ pr\xc3\xa9venu", { NULL },
	    { "PV 2026/004512", NULL } })

/* The label before the "n°", or with "de" between, stays outside as
 * "n° IPP" does; the number still goes. */
TEST_SPAN_CASES(test_case_prefix_look_alikes_kept, &test_default, &S,
	{ "PV n\xc2\xb0 2025/01844 transmis", { "PV", NULL },
	    { "2025/01844", NULL } },
	{ "n\xc2\xb0 de PV 2026/004512 ; n\xc2\xb0 IPP 1234567",
	    { "PV", "IPP", NULL }, { "2026/004512", "1234567",
	    NULL } },
	{ "PV 12 mmHg, score de Glasgow 15", { "PV 12", "15", NULL },
	    { NULL } })

/* An id label, a particle and a lower-case complement, then "n°": the
 * number is the labeled thing's. */
TEST_SPAN_CASES(test_label_complement, &test_default, &S,
	{ "inclus au registre des cancers n\xc2\xb0 44718 en 2025",
	    { NULL }, { "44718", NULL } },
	{ "signal\xc3\xa9 au registre des malformations n\xc2\xb0 "
	    "2025-0412", { NULL }, { "2025-0412", NULL } })

/* No label (a lot), no "n°", a capitalized word as the complement, a
 * dose after the number: kept. */
TEST_SPAN_CASES(test_label_complement_look_alikes_kept, &test_default, &S,
	{ "lot de vaccins n\xc2\xb0 44718 ; registre des cancers 44718",
	    { "44718", NULL }, { NULL } },
	{ "dossier de Pigeon n\xc2\xb0 44718", { "44718", NULL },
	    { NULL } },
	{ "registre des entr\xc3\xa9" "es n\xc2\xb0 12 mg",
	    { "12 mg", NULL }, { NULL } })

/* A pathology slide's number after "lame(s)", with its block's code and
 * a range of blocks. */
TEST_SPAN_CASES(test_slide_numbers, &test_default, &S,
	{ "Demande de relecture : lames H25-4471/A1 \xc3\xa0 A6 de Mme "
	    "Chan", { NULL }, { "H25-4471/A1 \xc3\xa0 A6", NULL } },
	{ "lame H25-4471/B2-B4, revue en RCP", { NULL },
	    { "H25-4471/B2-B4", NULL } })

/* A count of slides, a dose, a block after an id with no '/': kept. */
TEST_SPAN_CASES(test_slide_look_alikes_kept, &test_default, &S,
	{ "lames 3 et 4 relues ; lame 2 ininterpr\xc3\xa9table",
	    { "lames 3", "lame 2", NULL }, { NULL } },
	{ "lames 12345 mg", { "12345", NULL }, { NULL } },
	{ "IPP 1234567 \xc3\xa0 A6", { "A6", NULL },
	    { "1234567", NULL } })

/* A Kanak tribe: the kind goes with the locality, as a lieu-dit's. */
TEST_SPAN_CASES(test_tribe_whole, &test_default, &S,
	{ "Famille \xc3\xa0 la tribu de Wagap, 98822 Poindimi\xc3\xa9",
	    { NULL }, { "tribu de Wagap", NULL } },
	{ "h\xc3\xa9" "berg\xc3\xa9" "e chez la tante, tribu de "
	    "Saint-Louis, 98810 Mont-Dore", { NULL },
	    { "tribu de Saint-Louis", NULL } })

/* No capitalized name after it: a tribe in a sentence stays. */
TEST_SPAN_CASES(test_tribe_look_alikes_kept, &test_default, &S,
	{ "retour dans la tribu de sa m\xc3\xa8re", { "tribu", NULL },
	    { NULL } })

/* "Maison" and an ordinary capitalized word after a word of lodging or
 * residence: a home's name. */
TEST_SPAN_CASES(test_maison_lodging, &test_default, &S,
	{ "pas de logement, h\xc3\xa9" "bergement maternel Maison "
	    "Claire \xc3\xa0 75019 Paris.", { NULL },
	    { "Maison Claire", NULL } },
	{ "h\xc3\xa9" "berg\xc3\xa9" "e \xc3\xa0 la Maison Bleue "
	    "depuis mars", { NULL }, { "Maison Bleue", NULL } },
	{ "vit \xc3\xa0 la Maison Verte avec sa fille", { NULL },
	    { "Maison Verte", NULL } })

/* With no word of lodging before it in the clause (a hospital, a
 * public body, a clinic's service), "Maison" and its word stay. */
TEST_SPAN_CASES(test_maison_look_alikes_kept, &test_default, &S,
	{ "suivie \xc3\xa0 la Maison Blanche", { "Maison Blanche",
	    NULL }, { NULL } },
	{ "h\xc3\xa9" "berg\xc3\xa9" "e chez sa fille. Suivie \xc3\xa0 "
	    "la Maison Blanche.", { "Maison Blanche", NULL },
	    { NULL } },
	{ "h\xc3\xa9" "berg\xc3\xa9" "e, dossier \xc3\xa0 la Maison "
	    "D\xc3\xa9partementale ; vu \xc3\xa0 la Maison m\xc3\xa9" "dicale de garde",
	    { "Maison D\xc3\xa9partementale", "Maison m\xc3\xa9" "dicale",
	    NULL }, { NULL } })

/* Each rule asks a bounded window: linear over repeated cells. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"n\xc2\xb0 PV 2025/01844 ", "n\xc2\xb0 PV ", "PV PV 2025/01844 ",
		"registre des cancers n\xc2\xb0 44718 ", "registre des n\xc2\xb0 ",
		"registre des cancers ",
		"h\xc3\xa9" "berg\xc3\xa9" "e Maison Claire ", "Maison Claire ",
		"vit Maison Maison ", "lames H25-4471/A1 \xc3\xa0 A6 ",
		"lames H25-4471/A1/A1/A1 ", "/A1 \xc3\xa0 A6 ", "tribu de Wagap ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_prefix_inside),
		cmocka_unit_test(test_case_prefix_look_alikes_kept),
		cmocka_unit_test(test_label_complement),
		cmocka_unit_test(test_label_complement_look_alikes_kept),
		cmocka_unit_test(test_slide_numbers),
		cmocka_unit_test(test_slide_look_alikes_kept),
		cmocka_unit_test(test_tribe_whole),
		cmocka_unit_test(test_tribe_look_alikes_kept),
		cmocka_unit_test(test_maison_lodging),
		cmocka_unit_test(test_maison_look_alikes_kept),
		cmocka_unit_test(test_linear_time),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
