/* Unit tests for the scrub dictionary's image (gen/gen_dict.c, built into
 * the programs): the program uses it, and it is slot for slot what the
 * engine's dict_build makes at run time in a program without it, so a
 * stale or wrongly written image cannot change what is scrubbed. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "detect_int.h"

extern const struct dict_image detect_dict_image;

static uint64_t
flags_of(const char *w)
{
	return dict_flags_hashed(w, strlen(w), util_fnv1a(UTIL_FNV1A_BASIS, w,
	    strlen(w)));
}

/* The image is the table in use: its stamp is that of the lists linked. */
static void
test_image_in_use(void **state)
{
	struct dict_image cur;

	(void)state;
	assert_int_equal(dict_current(&cur), 0);
	assert_true(detect_dict_image.stamp == dict_sources_stamp());
	assert_ptr_equal(cur.entries, detect_dict_image.entries);
	assert_ptr_equal(cur.pool, detect_dict_image.pool);
	assert_ptr_equal(cur.keep, detect_dict_image.keep);
	assert_ptr_equal(cur.lex_index, detect_dict_image.lex_index);
	/* and answers through it: names, a title, a month, not a word */
	assert_true(flags_of("martin") & D_LAST);
	assert_true(flags_of("docteur") & D_TITLE);
	assert_true(flags_of("mars") & D_MONTH);
	/* the last bit of the 32 once used, through the 64-bit flags */
	assert_true(flags_of("habite") & D_RESIDE);
	assert_int_equal(sizeof(cur.entries[0].flags), sizeof(uint64_t));
	assert_int_equal(flags_of("xqzwv"), 0);
	assert_int_equal(flags_of(""), 0);
	assert_true(lexicon_has("maison", 6));
	assert_false(lexicon_has("xqzwv", 5));
}

/* What dict_build makes now, entry for entry, equals the image. */
static void
test_image_equals_build(void **state)
{
	(void)state;
	assert_int_equal(dict_built_equals_image(), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_image_in_use),
		cmocka_unit_test(test_image_equals_build),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
