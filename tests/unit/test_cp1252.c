/* cp1252: the tables give iconv's bytes wherever they answer, and answer
 * for every defined byte and every character of Windows-1252; anything
 * else (undefined bytes, characters outside the charset, invalid UTF-8) is
 * left to iconv (-ENOTSUP). */
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cp1252.h"
#include "util.h"

static iconv_t to, from;

static int
setup(void **state)
{
	(void)state;
	to = iconv_open("UTF-8", "WINDOWS-1252");
	from = iconv_open("WINDOWS-1252//TRANSLIT", "UTF-8");
	return to == (iconv_t)-1 || from == (iconv_t)-1;
}

static int
teardown(void **state)
{
	(void)state;
	iconv_close(to);
	iconv_close(from);
	return 0;
}

/* cp1252_to_utf8 and iconv agree on text: iconv refuses what the table
 * leaves to it (-ENOTSUP, returned), else both give the same bytes (0). */
static int
check_to_utf8(const char *text, size_t len, struct buf *a, struct buf *b)
{
	int ra = cp1252_to_utf8(text, len, a);
	int rb = util_iconv(to, text, len, b, NULL);

	if (ra == -ENOTSUP) {
		assert_int_not_equal(rb, 0);
		return ra;
	}
	assert_int_equal(ra, 0);
	assert_int_equal(rb, 0);
	assert_int_equal(a->len, b->len);
	assert_memory_equal(a->data, b->data, a->len);
	return 0;
}

/* Every byte alone: the table's UTF-8 is iconv's, or the byte is one
 * iconv refuses. */
static void
test_every_byte(void **state)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	int defined = 0;

	(void)state;
	for (unsigned c = 0; c < 256; c++) {
		char in = (char)c;

		if (check_to_utf8(&in, 1, &a, &b) != 0)
			continue;
		defined++;
		/* And back: the character is in the table. */
		assert_int_equal(cp1252_from_utf8(b.data, b.len, &a), 0);
		assert_int_equal(a.len, 1);
		assert_int_equal((unsigned char)a.data[0], c);
	}
	assert_int_equal(defined, 256 - 5);	/* 81 8d 8f 90 9d */
	buf_free(&a);
	buf_free(&b);
}

/* Random strings both ways: where the table answers, iconv's bytes. */
static void
test_random_strings(void **state)
{
	/* UTF-8 pieces: ASCII, Latin-1, the 0x80-0x9f specials, characters
	 * 1252 lacks (Polish, Greek, CJK, an emoji) and broken sequences. */
	static const char *const piece[] = { "a", "Z", ";", "\xc3\xa9",
	    "\xc5\x93", "\xe2\x82\xac", "\xe2\x80\x99", "\xc2\xa0", "\xc5\x82",
	    "\xce\xb1", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "\xc3", "\xe2\x82",
	    "\x80", "\xc0\xaf", "\xed\xa0\x80", "\xe0\x80\xaf" };
	struct buf a = BUF_INIT, b = BUF_INIT;
	char text[64];
	unsigned x = 12345;
	int covered = 0;

	(void)state;
	for (int round = 0; round < 50000; round++) {
		size_t len = 0;
		int ra, rb;

		x = x * 1103515245u + 12345u;
		int rare = (x >> 16) % 4 == 0;	/* pieces outside 1252 */
		while (len < 40) {
			x = x * 1103515245u + 12345u;
			unsigned k = (x >> 16) % (rare ? 18 : 8);
			size_t n = strlen(piece[k]);
			memcpy(text + len, piece[k], n);
			len += n;
		}
		ra = cp1252_from_utf8(text, len, &a);
		if (ra != -ENOTSUP) {
			assert_int_equal(ra, 0);
			rb = util_iconv(from, text, len, &b, NULL);
			assert_int_equal(rb, 0);
			assert_int_equal(a.len, b.len);
			assert_memory_equal(a.data, b.data, a.len);
			covered++;
		}
		/* Random bytes as Windows-1252. */
		for (size_t i = 0; i < len; i++) {
			x = x * 1103515245u + 12345u;
			text[i] = (char)(x >> 16);
		}
		check_to_utf8(text, len, &a, &b);
	}
	assert_true(covered > 10000);
	buf_free(&a);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_byte),
		cmocka_unit_test(test_random_strings),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
