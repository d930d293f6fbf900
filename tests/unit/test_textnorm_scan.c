/* Unit tests of textnorm_run's first look at a text (needs_change,
 * src/textnorm.c): sixteen bytes at a time, the last block the text's last
 * sixteen bytes, a control byte found wherever it stands -- in a block,
 * after a letter beyond ASCII in the same block, in the last block's
 * bytes not yet seen, in a text shorter than a block -- and read as a
 * space, one byte for one; tab and line ends, and precomposed accents,
 * leave the text as it is (speed29d).  And a text that changes: its ASCII
 * bytes copied in runs with their offsets, the last one before a
 * combining mark kept with it in its unit. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "textnorm.h"

/* A text of `len` bytes: ASCII letters, "é" (two bytes) at each of
 * accents[0..nacc) that fits, byte `ctl` at `at` (at >= len: none). */
static size_t
make_text(char *t, size_t len, const size_t *accents, size_t nacc,
    size_t at, char ctl)
{
	for (size_t i = 0; i < len; i++)
		t[i] = (char)('a' + i % 26);
	for (size_t k = 0; k < nacc; k++)
		if (accents[k] + 1 < len && (at >= len ||
		    (at != accents[k] && at != accents[k] + 1))) {
			t[accents[k]] = (char)0xc3;
			t[accents[k] + 1] = (char)0xa9;
		}
	if (at < len)
		t[at] = ctl;
	return len;
}

/* A control byte (0x01, 0x1f, DEL) anywhere in a text of 1 to 48 bytes,
 * with accents before it, after it, in its block or none: the text is
 * changed, the byte a space, every other byte and the map as they were. */
static void
test_control_anywhere(void **state)
{
	static const size_t acc_none[1], acc_near[] = { 3, 17, 30 },
	    acc_dense[] = { 0, 5, 9, 14, 20, 27, 33, 40, 45 };
	static const struct {
		const size_t	*a;
		size_t		 n;
	} accents[] = { { acc_none, 0 }, { acc_near, 3 }, { acc_dense, 9 } };
	static const char ctls[] = { 0x01, 0x1f, 0x7f, 0x0c };
	struct textnorm n = { .controls = 1, .apostrophes = 1 };
	char t[64];

	(void)state;
	for (size_t len = 1; len <= 48; len++)
		for (size_t a = 0; a < sizeof(accents) / sizeof(accents[0]); a++)
			for (size_t c = 0; c < sizeof(ctls); c++)
				for (size_t at = 0; at < len; at++) {
					make_text(t, len, accents[a].a,
					    accents[a].n, at, ctls[c]);
					assert_int_equal(textnorm_run(&n, t,
					    len), 0);
					assert_int_equal(n.changed, 1);
					assert_int_equal(n.text.len, len);
					assert_int_equal(n.text.data[at], ' ');
					assert_memory_equal(n.text.data, t, at);
					assert_memory_equal(n.text.data + at + 1,
					    t + at + 1, len - at - 1);
					for (size_t i = 0; i <= len; i++)
						if (i == len || (i > 0 &&
						    (unsigned char)t[i] >= 0x80 &&
						    (unsigned char)t[i] < 0xc0))
							assert_true(n.map[i] == i ||
							    n.map[i] == i - 1);
						else
							assert_int_equal(n.map[i], i);
				}
	textnorm_free(&n);
}

/* Tab, LF, VT, CR and precomposed accents, in every position of texts of
 * 1 to 48 bytes: nothing to change, the source is read as it is. */
static void
test_kept_anywhere(void **state)
{
	static const size_t acc[] = { 2, 11, 16, 31, 46 };
	static const char kept[] = { '\t', '\n', '\v', '\r', ' ' };
	struct textnorm n = { .controls = 1, .apostrophes = 1 };
	char t[64];

	(void)state;
	for (size_t len = 1; len <= 48; len++)
		for (size_t c = 0; c < sizeof(kept); c++)
			for (size_t at = 0; at <= len; at++) {
				make_text(t, len, acc, 5, at, kept[c]);
				assert_int_equal(textnorm_run(&n, t, len), 0);
				assert_int_equal(n.changed, 0);
			}
	textnorm_free(&n);
}

/* Without `controls` (names.c's keys), a control byte is left. */
static void
test_control_left_without_controls(void **state)
{
	struct textnorm n = { 0 };
	char t[64];

	(void)state;
	for (size_t len = 1; len <= 40; len++)
		for (size_t at = 0; at < len; at++) {
			make_text(t, len, NULL, 0, at, 0x01);
			assert_int_equal(textnorm_run(&n, t, len), 0);
			assert_int_equal(n.changed, 0);
		}
	textnorm_free(&n);
}

/* Each unit and its map: ASCII runs, a curly apostrophe, an "e" and a
 * combining acute (one unit, NFKC "é"), a backtick between letters
 * (U+2019), a control byte (a space). */
static void
test_runs_and_units(void **state)
{
	static const char src[] = "ab\xe2\x80\x99" "cde\xcc\x81" "f`g\x01h";
	static const char want[] = "ab\xe2\x80\x99" "cd\xc3\xa9" "f\xe2\x80\x99"
	    "g h";
	static const uint32_t map[] = { 0, 1, 2, 2, 2, 5, 6, 7, 7, 10, 11, 11,
	    11, 12, 13, 14, 15 };
	struct textnorm n = { .controls = 1, .apostrophes = 1,
	    .backticks = 1 };

	(void)state;
	assert_int_equal(textnorm_run(&n, src, sizeof(src) - 1), 0);
	assert_int_equal(n.changed, 1);
	assert_int_equal(n.text.len, sizeof(want) - 1);
	assert_memory_equal(n.text.data, want, sizeof(want) - 1);
	assert_memory_equal(n.map, map, sizeof(map));
	textnorm_free(&n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_control_anywhere),
		cmocka_unit_test(test_kept_anywhere),
		cmocka_unit_test(test_control_left_without_controls),
		cmocka_unit_test(test_runs_and_units),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
