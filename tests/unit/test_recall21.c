/* Unit tests of recall21 (twenty-third pass, docs/scrub.md "Recall,
 * twenty-first pass (recall21)"): a hotel's kind word before a name
 * that opens with its article or particle, and "vit" (the verb, also
 * the vitamin's abbreviation) before a postcode in two groups and one
 * of its communes, "S 12" with a space after a cue of time, a home's
 * unit named with its article ("unité Les Bleuets").  Beside
 * each, the look-alikes that stay.  The
 * detectors alone (detect_run), without row values. */
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

/* "hôtel" in lower case before its name's article or particle is part
 * of the name: alone, "des Pyrénées" names no place. */
TEST_SPAN_CASES(test_hotel_with_article, &test_default, &S,
	{ "curiste, h\xc3\xa9" "berg\xc3\xa9 \xc3\xa0 l'h\xc3\xb4tel "
	    "des Pyr\xc3\xa9n\xc3\xa9" "es, cure respiratoire",
	    { NULL }, { "h\xc3\xb4tel des Pyr\xc3\xa9n\xc3\xa9" "es",
	    NULL } },
	{ "en h\xc3\xb4tel 115, h\xc3\xb4tel Le Relais, chambre 9",
	    { NULL }, { "h\xc3\xb4tel Le Relais", NULL } },
	{ "dort \xc3\xa0 l'h\xc3\xb4tel de la Gare depuis lundi",
	    { NULL }, { "h\xc3\xb4tel de la Gare", NULL } },
	{ "h\xc3\xa9" "berg\xc3\xa9" "e \xc3\xa0 l'h\xc3\xb4tel "
	    "de l'Europe ce soir", { NULL },
	    { "h\xc3\xb4tel de l'Europe", NULL } },
	/* an ordinary word as the name: the article is the cue */
	{ "log\xc3\xa9 \xc3\xa0 l'h\xc3\xb4tel du Dauphin", { NULL },
	    { "h\xc3\xb4tel du Dauphin", NULL } })

/* A brand with no article keeps the kind outside (the hand sets'
 * "l'hôtel [Formule 1]"); a town hall, a hospital, a hotel with no name
 * stay; the name still goes. */
TEST_SPAN_CASES(test_hotel_look_alikes_kept, &test_default, &S,
	{ "mise \xc3\xa0 l'abri \xc3\xa0 l'h\xc3\xb4tel Formule 1 "
	    "\xc3\x89vry", { "h\xc3\xb4tel", NULL },
	    { "Formule 1", NULL } },
	{ "par le 115 \xc3\xa0 l'h\xc3\xb4tel Ibis Budget Porte de "
	    "Bagnolet", { "h\xc3\xb4tel", NULL }, { "Ibis Budget",
	    NULL } },
	{ "convocation \xc3\xa0 l'h\xc3\xb4tel de Ville ; "
	    "CeGIDD de l'H\xc3\xb4tel-Dieu", { "h\xc3\xb4tel de Ville",
	    "H\xc3\xb4tel-Dieu", NULL }, { NULL } },
	{ "revenu \xc3\xa0 l'h\xc3\xb4tel le soir, h\xc3\xb4tel de "
	    "passage", { "h\xc3\xb4tel le soir", "h\xc3\xb4tel de "
	    "passage", NULL }, { NULL } })

/* "vit" before a postcode in two groups and one of its communes is the
 * verb: the place goes. */
TEST_SPAN_CASES(test_vit_spaced_postcode, &test_default, &S,
	{ "Patient qui vit 13 008 Marseille avec sa m\xc3\xa8re",
	    { NULL }, { "13 008 Marseille", NULL } },
	{ "Vit 69 003 Lyon depuis 2019", { NULL },
	    { "69 003 Lyon", NULL } })

/* The vitamin named by its letter, a count, a clinical word glued
 * before, capitals: the numbers stay. */
TEST_SPAN_CASES(test_vit_look_alikes_kept, &test_default, &S,
	{ "vit 13 008 habitants", { "13 008", NULL }, { NULL } },
	{ "TA 13 008 Marseille", { "13 008", NULL }, { NULL } },
	{ "vit B12 13 008 Marseille", { "13 008", NULL }, { NULL } },
	{ "vit D 1000 UI/j", { "1000", NULL }, { NULL } })

/* "S 12" with a space, after a word that places an event in time, is
 * a week of care as "S12" is: its number goes. */
TEST_SPAN_CASES(test_spaced_week_numbers, &test_default, &S,
	{ "revoir en S 12 avec le bilan", { NULL }, { "12", NULL } },
	{ "prochain bilan S 45, IRM", { NULL }, { "45", NULL } },
	{ "programm\xc3\xa9 en S 38-2026", { NULL },
	    { "38-2026", NULL } })

/* A root, a bed, a size, weeks of a treatment, no cue: they stay. */
TEST_SPAN_CASES(test_spaced_week_look_alikes_kept, &test_default, &S,
	{ "hernie L5, douleur en S 1 gauche", { "S 1", NULL },
	    { NULL } },
	{ "r\xc3\xa9ponse \xc3\xa0 S 12 post-traitement",
	    { "S 12", NULL }, { NULL } },
	{ "d\xc3\xa8s S 12 de traitement ; lit S 14",
	    { "S 12 de", "S 14", NULL }, { NULL } },
	{ "taille S 12 ans", { "S 12 ans", NULL }, { NULL } })

/* A unit of a home named with its article goes; the unit's word
 * stays, as the hand sets label ("unité [Les Bleuets]"). */
TEST_SPAN_CASES(test_unit_names, &test_default, &S,
	{ "entr\xc3\xa9" "e en chambre 32 (unit\xc3\xa9 Les Bleuets), "
	    "vient de Dinan", { "unit\xc3\xa9", NULL },
	    { "Les Bleuets", NULL } },
	{ "transf\xc3\xa9r\xc3\xa9" "e au pavillon Les Glycines "
	    "cette nuit", { "pavillon", NULL },
	    { "Les Glycines", NULL } },
	/* an ordinary word surname as the name: the article cues */
	{ "EHPAD, unit\xc3\xa9 La Chapelle, 2e \xc3\xa9tage",
	    { NULL }, { "La Chapelle", NULL } })

/* A kind of unit (no article, or one in lower case), a place of care
 * (SSR: where someone is cared for, not where they live) stay. */
TEST_SPAN_CASES(test_unit_look_alikes_kept, &test_default, &S,
	{ "unit\xc3\xa9 Alzheimer ; unit\xc3\xa9 de soins "
	    "palliatifs", { "Alzheimer", "soins", NULL }, { NULL } },
	{ "unit\xc3\xa9 Le Patient Traceur ; pavillon les bleuets",
	    { "Patient", "bleuets", NULL }, { NULL } },
	{ "sortie vers SSR Les Tilleuls demain", { "Les Tilleuls",
	    NULL }, { NULL } })

/* Each rule asks a bounded window: linear over repeated cells. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"h\xc3\xb4tel des Pins ", "h\xc3\xb4tel de la ",
		"h\xc3\xb4tel Le ", "l'h\xc3\xb4tel de l'Europe, ",
		"h\xc3\xb4tel de de ",
		"vit 13 008 Marseille ", "vit 13 008 ", "en S 12 ", "S 12 ",
		"en S 1 S 2 ", "unit\xc3\xa9 Les Bleuets ", "unit\xc3\xa9 Les ",
		"pavillon La ", "unit\xc3\xa9 Les A B C D E F ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hotel_with_article),
		cmocka_unit_test(test_hotel_look_alikes_kept),
		cmocka_unit_test(test_vit_spaced_postcode),
		cmocka_unit_test(test_vit_look_alikes_kept),
		cmocka_unit_test(test_spaced_week_numbers),
		cmocka_unit_test(test_spaced_week_look_alikes_kept),
		cmocka_unit_test(test_unit_names),
		cmocka_unit_test(test_unit_look_alikes_kept),
		cmocka_unit_test(test_linear_time),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
