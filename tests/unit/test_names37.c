/* Unit tests of names37 (docs/scrub.md "names37"): names of families no
 * list holds, read by the shape of one word: a romanized Chinese given
 * name of two pinyin syllables ("Lin Xiaoyu", "Wang Xiuying"), the
 * commonest Chinese surnames in pinyin (a hand table), and Malagasy
 * surnames by their morphology ("Rakotomalala", "Andrianarivo").  Each
 * case: what must go, and the look-alike words that must stay in the
 * default mode.  The detectors alone (detect_run).  Every gone word of
 * the rule tests was left raw on batch26c. */
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

/* A Chinese given name of two pinyin syllables beside a Chinese surname,
 * either order, in capitals too; a month first name before a Chinese
 * surname after a relation (FAILS on batch26c). */
TEST_SPAN_CASES(test_chinese_names, &test_default, &S,
	{ "Lin Xiaoyu vue ce jour.", { "jour", NULL },
	    { "Lin", "Xiaoyu", NULL } },
	{ "Mme Wang Xiuying a appel\xc3\xa9.", { "appel\xc3\xa9", NULL },
	    { "Xiuying", NULL } },
	{ "appel de Jianguo Zhang pour RDV.", { "RDV", NULL },
	    { "Jianguo", "Zhang", NULL } },
	{ "ZHOU Meiling hospitalis\xc3\xa9" "e pour chute.",
	    { "chute", NULL }, { "ZHOU", "Meiling", NULL } },
	{ "Xiaoyu a bien mang\xc3\xa9.", { "mang\xc3\xa9", NULL },
	    { "Xiaoyu", NULL } },
	{ "Sa fille Mai Dupont traduit.", { "traduit", NULL },
	    { "Mai", "Dupont", NULL } })

/* Malagasy surnames by their shape where no other rule reads a name:
 * after "Bébé", heading a clause (FAILS on batch26c). */
TEST_SPAN_CASES(test_malagasy_surnames, &test_default, &S,
	{ "B\xc3\xa9" "b\xc3\xa9 Razafindrakoto ? non, v\xc3\xa9rifier "
	    "le bracelet.", { "bracelet", NULL },
	    { "Razafindrakoto", NULL } },
	{ "RAS. Rakotondrabe sortie pr\xc3\xa9vue lundi.",
	    { "sortie", NULL }, { "Rakotondrabe", NULL } },
	{ "B\xc3\xa9" "b\xc3\xa9 Rakotovao, 3 jours, ict\xc3\xa8re.",
	    { "jours", NULL }, { "Rakotovao", NULL } })

/* Look-alikes: the fabric, French words in "Ra", drugs and
 * scores whose letters are pinyin syllables: stay (pass on batch26c
 * too). */
TEST_SPAN_CASES(test_shape_keeps, &test_default, &S,
	{ "chemise de lin, chute au domicile.", { "lin", "chute",
	    NULL }, { NULL } },
	{ "tissu de lin, pansement fait.", { "lin", "pansement",
	    NULL }, { NULL } },
	{ "Rapport du scanner transmis.", { "Rapport", "scanner",
	    NULL }, { NULL } },
	{ "Rapatriement sanitaire pr\xc3\xa9vu.", { "Rapatriement",
	    NULL }, { NULL } },
	{ "Radiographie du thorax normale.", { "Radiographie",
	    "thorax", NULL }, { NULL } },
	{ "Randonn\xc3\xa9" "e annul\xc3\xa9" "e.", { "Randonn\xc3\xa9" "e",
	    NULL }, { NULL } },
	{ "Change complet fait.", { "Change", "complet", NULL },
	    { NULL } },
	{ "MoCA 24/30, score CIWA 8.", { "MoCA", "CIWA", NULL },
	    { NULL } },
	{ "Long s\xc3\xa9jour demand\xc3\xa9.", { "Long", "s\xc3\xa9jour",
	    NULL }, { NULL } },
	{ "Ratatin\xc3\xa9" "e, asth\xc3\xa9nique.", { "Ratatin\xc3\xa9" "e",
	    NULL }, { NULL } },
	{ "He was seen today.", { "seen", "today", NULL }, { NULL } },
	{ "jpeu pa venir demin jsui malade.", { "demin", NULL },
	    { NULL } },
	{ "Sa fille Mai 2021 : RAS.", { "RAS", NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chinese_names),
		cmocka_unit_test(test_malagasy_surnames),
		cmocka_unit_test(test_shape_keeps),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
