/*
 * test_review29b.c - review29b (twenty-seventh pass, a hostile read of the
 * second half's landings; docs/threat-model.md "review29b"):
 *
 * - scan_dictated_spellings (recall25) looked for the name each spelling
 *   spells by a walk of every word of the comment: a comment of many
 *   spellings ("A comme Al, B comme Bo, C comme Ci. " x 60000) was
 *   quadratic (7 s for 720 KB, about a minute for 2 MB).  Its words are
 *   found by a binary search of the comment's folds now: linear.
 * - the names it finds stay the same: two spellings, the first of letters
 *   no word has ("abc"), the second's word ("ABD") after it.
 *
 * The detectors alone (detect_run), as test_recall25.c.
 */
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

/* The word a spelling spells goes, after a spelling of letters no word
 * has; the words around stay. */
TEST_SPAN_CASES(test_dictated_names_found, &test_default, &S,
	{ "A comme Anne, B comme Bob, C comme Cid. A comme Ada, B comme "
	    "Bea, D comme Denis. soit ABD, vu", { "soit", "vu", NULL },
	    { "ABD", "Denis", NULL } },
	{ "A comme Anne, B comme Bob, C comme Cid. Vu ABC puis A comme "
	    "Ada, B comme Bea, C comme Cid : abc, revu", { "Vu",
	    "revu", NULL }, { "ABC", "abc", NULL } },
	{ "vitamine D comme pr\xc3\xa9vu, contr\xc3\xb4le",
	    { "vitamine D comme", NULL }, { NULL } })

/* Many spellings in one comment: linear (linear.h). */
static void
test_dictated_linear(void **state)
{
	static const char *const units[] = {
		"A comme Al, B comme Bo, C comme Ci. ",
		"A comme Abc, B comme Bo, C comme Ci. Abc abc ",
		"D comme Denis, U comme Ursule, P comme Pierre ; DUP ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dictated_names_found),
		cmocka_unit_test(test_dictated_linear),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
