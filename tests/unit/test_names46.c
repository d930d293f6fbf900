/* Unit tests of names46 (docs/scrub.md "names46: ..."): a lower-case
 * pair after kin whose second member is more than one word: a surname
 * with a particle ("sa sœur colombe le bris à l'hôpital") or a
 * hyphenated given name ("sa fille rosette pierre-charles est passée");
 * a Vietnamese family name of two letters closing a lower-case name with
 * a middle name ("son père van hung vu.").
 * Each case: what must go (the raw name must not come out) and the
 * look-alikes that must stay; the negatives come out byte for byte (no
 * span at all).  The detectors alone (detect_run).  Every gone word was
 * left raw at batch33's tip (36901960). */
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

/* Each text comes out as written (testlib). */
#define assert_untouched(texts, n)					\
	test_untouched(&test_default, &S, (texts), (n))

/* lower_pair_wide: a particle inside the pair's surname */
TEST_SPAN_CASES(test_kin_pair_particle, &test_default, &S,
	{ "Suivi par sa s\xc5\x93ur colombe le bris \xc3\xa0 "
	    "l'h\xc3\xb4pital.", { "Suivi", "pital" },
	    { "colombe", "bris" } },
	{ "sa s\xc5\x93ur colombe le bris est pass\xc3\xa9" "e.",
	    { "pass", NULL }, { "colombe", "bris" } },
	{ "son fils modeste le bris ;", { "fils", NULL },
	    { "modeste", "bris" } },
	{ "sa s\xc5\x93ur mange le pain.", { "mange", "pain" },
	    { NULL } })

/* lower_pair_wide: a hyphenated given name of the lists */
TEST_SPAN_CASES(test_kin_pair_hyphen, &test_default, &S,
	{ "sa fille rosette pierre-charles est pass\xc3\xa9" "e.",
	    { "fille", NULL }, { "rosette", "charles" } },
	{ "son fr\xc3\xa8re rosette jean-marc, 40 ans", { "ans",
	    NULL }, { "rosette", "marc" } },
	{ "son fils joue pierre-papier.", { "joue", "papier" },
	    { NULL } })

/* lower_viet_family: a Vietnamese family name of two letters last */
TEST_SPAN_CASES(test_kin_viet_family_last, &test_default, &S,
	{ "son p\xc3\xa8re van hung vu.", { "son", NULL },
	    { "hung", "vu" } },
	{ "sa m\xc3\xa8re thi lan do, 60 ans", { "ans", NULL },
	    { "lan", "do" } },
	{ "son fils van hung vu par le m\xc3\xa9" "decin", { "vu",
	    "decin" }, { "hung", NULL } })

/* ordinary words after kin and carer words: no span at all */
static void
test_names46_negatives(void **state)
{
	static const char *const texts[] = {
		"sa s\xc5\x93ur est venue",
		"le kin\xc3\xa9 passe demain",
		"son p\xc3\xa8re va mieux",
		"sa s\xc5\x93ur mange le pain.",
		"sa fille habite la roche.",
		"son fils joue le r\xc3\xb4le.",
		"sa fille porte le nom,",
		"son fils joue pierre-papier.",
	};

	(void)state;
	assert_untouched(texts, N(texts));
}

/* The rule's walk stays linear. */
static void
test_names46_linear(void **state)
{
	static const char *const units[] = {
		"sa s\xc5\x93ur colombe le bris \xc3\xa0 ",
		"sa fille rosette pierre-charles est pass\xc3\xa9" "e ",
		"son fils modeste de la le ",
		"son p\xc3\xa8re van hung vu, ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kin_pair_particle),
		cmocka_unit_test(test_kin_pair_hyphen),
		cmocka_unit_test(test_kin_viet_family_last),
		cmocka_unit_test(test_names46_negatives),
		cmocka_unit_test(test_names46_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
