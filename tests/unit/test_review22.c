/* Unit tests of the twenty-second pass's review (docs/scrub.md "Review,
 * twenty-second pass (review22)"): the word cache keeps each word's W_NEW
 * (word_wbits), which reads sensitive_near_bits.  review22 wiped a cache
 * filled before sensitive_init filled them (a scrub without diagnosis
 * groups first); since review23 the dictionary's once fills them before
 * any word is read (dict_init), so the first scrub without groups
 * already gives a slip of a sensitive word ("schizofrenie") its W_NEW,
 * as a scrub with groups and a fresh scratch do, and the scratch's cache
 * keeps it.  A process of its own (sensitive_init runs once), linked
 * with the dictionary's image as the programs are (Makefile): without it
 * dict_build itself runs sensitive_init before any word is read. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "icd10.h"
#include "sensitive.h"
#include "../../src/detect_int.h"	/* white-box: the words' flags */

static const struct detect_options NO_GROUPS = { DETECT_ALL, 8, 0, NULL, 0 };
static const struct detect_options GROUPS = { DETECT_ALL, 8,
	ICD10_SENSITIVE_DEFAULT, NULL, 0 };

/* The W_NEW of each word of text, by scratch s, into out (n words). */
static size_t
new_flags(const struct detect_options *o, struct detect_scratch *s,
    const char *text, uint32_t *out, size_t max)
{
	size_t n;

	assert_int_equal(detect_run(o, text, strlen(text), NULL, 0, s), 0);
	n = s->nwords < max ? s->nwords : max;
	for (size_t i = 0; i < n; i++)
		out[i] = s->words[i].flags & W_NEW;
	return n;
}

static void
test_first_scrub_without_groups_near(void **state)
{
	static const char text[] = "suivi pour schizofrenie et toxicomanei "
	    "depuis longtemps";
	struct detect_scratch s, fresh;
	uint32_t before[16], after[16], want[16];
	size_t n, m;
	int any = 0;

	(void)state;
	memset(&s, 0, sizeof(s));
	memset(&fresh, 0, sizeof(fresh));
	/* the first scrub of the process, without groups: the cache made
	 * and filled now */
	n = new_flags(&NO_GROUPS, &s, text, before, 16);
	/* with the groups, the same scratch's cache, and a fresh one */
	m = new_flags(&GROUPS, &s, text, after, 16);
	assert_int_equal(m, n);
	assert_int_equal(new_flags(&GROUPS, &fresh, text, want, 16), n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(before[i], want[i]);
		assert_int_equal(after[i], want[i]);
		any |= want[i] != 0;
	}
	assert_true(any);	/* the text has a slip to find */
	detect_scratch_free(&s);
	detect_scratch_free(&fresh);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_scrub_without_groups_near),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
