/*
 * test_list_filter: the lists' hash filters (detect_int.h
 * list_filter_make, list_filter_pass; speed31g).  A filter only turns a
 * word away before the list's walk: every word of the list must pass
 * it (no word of a list ever refused), and the filter, made at the
 * first ask, stays the same.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/detect_int.h"	/* white-box: the filters */

static const char *const sample_list[] = {
	"adresse", "domicile", "vit", "a", "chez", "residant", NULL,
};

/* Every word of the list passes its filter; the filter is made once. */
static void
list_words_pass(const char *const *list)
{
	uint64_t filter = 0, made;

	for (const char *const *w = list; *w != NULL; w++)
		assert_true(list_filter_pass(list, &filter,
		    hash(*w, strlen(*w))));
	made = filter;
	assert_int_not_equal(made, 0);
	for (const char *const *w = list; *w != NULL; w++)
		assert_true(list_filter_pass(list, &filter,
		    hash(*w, strlen(*w))));
	assert_true(filter == made);
}

static void
test_every_word_passes(void **state)
{
	(void)state;
	list_words_pass(sample_list);
	list_words_pass(detect_car_makes);
	list_words_pass(foreign_street_types);
}

/* A word whose hash's bit is not in the filter is turned away, and such
 * a word is in no list: the filter of six words has at most six bits,
 * so most words of another list go. */
static void
test_other_words_go(void **state)
{
	static const char *const others[] = {
		"pigeon", "vigneron", "chapelle", "tisserand", "cordonnier",
		"prince", "dauphin", "lundi", "mardi", "hopital", "rue",
		"avenue", "boulevard", "impasse", "chemin", "route", NULL,
	};
	uint64_t filter = 0;
	size_t gone = 0, n = 0;

	(void)state;
	for (const char *const *w = others; *w != NULL; w++, n++) {
		int pass = list_filter_pass(sample_list, &filter,
		    hash(*w, strlen(*w)));

		assert_false(in_list(sample_list, *w, strlen(*w)));
		gone += !pass;
	}
	assert_true(gone * 2 > n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_word_passes),
		cmocka_unit_test(test_other_words_go),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
