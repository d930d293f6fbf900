/* util: the helpers several modules share.  Values written as literals:
 * pseudonyms depend on the byte order of util_load_le, and the ASCII
 * check reads eight bytes at a time, so a high byte is tried at every
 * position around the word boundaries. */
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"
#include "util.h"

static void
test_is_digit(void **state)
{
	(void)state;
	for (int c = -128; c < 128; c++)
		assert_int_equal(util_is_digit((char)c), c >= '0' && c <= '9');
	/* Not Unicode digits, not the superscripts of Windows-1252. */
	assert_false(util_is_digit((char)0xb2));
	assert_false(util_is_digit((char)0xb9));
}

static void
test_load_le(void **state)
{
	static const uint8_t b[8] = { 0x01, 0x23, 0x45, 0x67, 0x89, 0xab,
	    0xcd, 0xef };

	(void)state;
	assert_true(util_load_le(b, 8) == 0xefcdab8967452301ULL);
	assert_true(util_load_le(b, 6) == 0xab8967452301ULL);
	assert_true(util_load_le(b, 4) == 0x67452301ULL);
	assert_true(util_load_le(b, 2) == 0x2301ULL);
	assert_true(util_load_le(b, 1) == 0x01ULL);
	assert_true(util_load_le(b, 0) == 0);
}

static void
test_fnv1a(void **state)
{
	(void)state;
	/* The published FNV-1a 64 test vectors. */
	assert_true(util_fnv1a(UTIL_FNV1A_BASIS, "", 0) == 0xcbf29ce484222325ULL);
	assert_true(util_fnv1a(UTIL_FNV1A_BASIS, "a", 1) == 0xaf63dc4c8601ec8cULL);
	assert_true(util_fnv1a(UTIL_FNV1A_BASIS, "foobar", 6) ==
	    0x85944171f73967e8ULL);
	/* Continued: two pieces hash as one. */
	assert_true(util_fnv1a(util_fnv1a(UTIL_FNV1A_BASIS, "foo", 3), "bar",
	    3) == 0x85944171f73967e8ULL);
}

/* util_whash as its comment defines it, a byte at a time: the length
 * xor-ed into the seed, chunks of eight bytes (little-endian, the last
 * padded with zeros, one chunk of zeros for no byte), each xor-ed in and
 * mixed. */
static uint64_t
whash_ref(const unsigned char *p, size_t n)
{
	uint64_t h = UTIL_WHASH_SEED ^ (uint64_t)n;
	size_t i = 0;

	do {
		uint64_t c = 0;

		for (size_t k = 0; k < 8 && i + k < n; k++)
			c |= (uint64_t)p[i + k] << (8 * k);
		h = util_whash_mix(h ^ c);
		i += 8;
	} while (i < n);
	return h;
}

static void
test_whash(void **state)
{
	unsigned char b[64], z[2] = { 0, 0 };
	uint64_t x = 1;

	(void)state;
	for (size_t k = 0; k < sizeof(b); k++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		b[k] = (unsigned char)(x >> 56);
	}
	/* every length and alignment, every chunk boundary */
	for (size_t off = 0; off < 8; off++)
		for (size_t n = 0; off + n <= sizeof(b); n++)
			assert_true(util_whash(b + off, n) ==
			    whash_ref(b + off, n));
	/* the length is hashed: zeros padded are not zeros read */
	assert_true(util_whash(z, 0) != util_whash(z, 1));
	assert_true(util_whash("a", 1) != util_whash("a\0", 2));
	/* the multiply's halves are both kept (a product's low half alone
	 * would give the same low bits to chunks alike in their low bytes) */
	assert_true(util_whash_mix(1) == (UTIL_WHASH_MUL ^ 0));
	assert_true(util_whash_mix(1ULL << 63) ==
	    ((UTIL_WHASH_MUL << 63) ^ (UTIL_WHASH_MUL >> 1)));
}

static void
test_is_ascii(void **state)
{
	char s[40];

	(void)state;
	assert_true(util_is_ascii("", 0));
	memset(s, 'a', sizeof(s));
	for (size_t n = 0; n <= sizeof(s); n++) {
		assert_true(util_is_ascii(s, n));
		for (size_t at = 0; at < n; at++) {
			s[at] = (char)0x80;
			assert_false(util_is_ascii(s, n));
			s[at] = (char)0xff;
			assert_false(util_is_ascii(s, n));
			s[at] = 0x7f;
			assert_true(util_is_ascii(s, n));
			s[at] = 'a';
		}
	}
}

static void
test_iconv(void **state)
{
	iconv_t to_utf8 = iconv_open("UTF-8", "WINDOWS-1252");
	struct buf out = BUF_INIT;
	char big[10000];
	size_t used;

	(void)state;
	assert_true(to_utf8 != (iconv_t)-1);
	assert_int_equal(util_iconv(to_utf8, "B\xe9nard \x80", 8, &out, &used),
	    0);
	assert_int_equal(used, 8);
	assert_int_equal(out.len, 11);
	assert_memory_equal(out.data, "B\xc3\xa9nard \xe2\x82\xac", 11);
	/* Output three times the input: the buffer grows as it goes. */
	memset(big, 0x80, sizeof(big));
	assert_int_equal(util_iconv(to_utf8, big, sizeof(big), &out, &used), 0);
	assert_int_equal(out.len, 3 * sizeof(big));
	/* 0x81 has no character in Windows-1252: what came before it is
	 * converted, and `used` says where it stopped. */
	assert_int_equal(util_iconv(to_utf8, "ab\xe9\x81z", 5, &out, &used),
	    -EILSEQ);
	assert_int_equal(used, 3);
	assert_int_equal(out.len, 4);
	assert_memory_equal(out.data, "ab\xc3\xa9", 4);
	/* Nothing to convert: empty, no error. */
	assert_int_equal(util_iconv(to_utf8, "", 0, &out, &used), 0);
	assert_int_equal(out.len, 0);
	assert_int_equal(used, 0);
	buf_free(&out);
	iconv_close(to_utf8);
}

/* The directory-read loop: every entry once, never "." nor "..". */
static void
test_readdir(void **state)
{
	char dir[] = "/tmp/pfs-util.XXXXXX";
	struct dirent *de;
	int seen = 0;
	DIR *d;

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_non_null(d = opendir(dir));
	assert_null(util_readdir(d));		/* empty: nothing */
	closedir(d);
	test_put_file(dir, "a", "x");
	test_put_file(dir, ".b", "x");
	test_put_file(dir, "..c", "x");
	assert_non_null(d = opendir(dir));
	while ((de = util_readdir(d)) != NULL) {
		assert_string_not_equal(de->d_name, ".");
		assert_string_not_equal(de->d_name, "..");
		seen |= strcmp(de->d_name, "a") == 0 ? 1 :
		    strcmp(de->d_name, ".b") == 0 ? 2 :
		    strcmp(de->d_name, "..c") == 0 ? 4 : 8;
	}
	closedir(d);
	assert_int_equal(seen, 7);
	test_rm_tree(dir);
}

/* util_is_digits, eight bytes at a time, against the byte test: every
 * length up to 24 with one byte of every value at every position. */
static void
test_is_digits(void **state)
{
	char s[24];

	(void)state;
	assert_true(util_is_digits("", 0));
	for (size_t len = 1; len <= sizeof(s); len++) {
		for (size_t at = 0; at < len; at++) {
			for (unsigned c = 0; c < 256; c++) {
				for (size_t i = 0; i < len; i++)
					s[i] = (char)('0' + (i * 7 + c) % 10);
				s[at] = (char)c;
				assert_int_equal(util_is_digits(s, len),
				    c >= '0' && c <= '9');
			}
		}
	}
}

/* util_mem_equal against memcmp: every length up to 40, one byte changed
 * at every position (and none). */
static void
test_mem_equal(void **state)
{
	char a[40], b[40];

	(void)state;
	for (size_t len = 0; len <= sizeof(a); len++) {
		for (size_t i = 0; i < len; i++)
			a[i] = b[i] = (char)('a' + i % 26);
		assert_true(util_mem_equal(a, b, len));
		for (size_t at = 0; at < len; at++) {
			b[at] ^= 0x40;
			assert_false(util_mem_equal(a, b, len));
			assert_false(util_mem_equal(b, a, len));
			b[at] ^= 0x40;
		}
	}
}

/* A message line carries a view name, and a name shown as it is
 * (suspect_names = show) may hold a newline or an escape: escaped, it can
 * neither forge a log line nor drive the operator's terminal. */
static void
test_escape_controls(void **state)
{
	char out[64];

	(void)state;
	util_escape_controls("a\npseudonymfs: mounted", out, sizeof(out));
	assert_string_equal(out, "a\\x0apseudonymfs: mounted");
	util_escape_controls("x\x1b[2K\ty\x7f\r", out, sizeof(out));
	assert_string_equal(out, "x\\x1b[2K\\x09y\\x7f\\x0d");
	/* C1 controls (U+0085 next line, U+009B CSI) too. */
	util_escape_controls("a\xc2\x85" "b\xc2\x9b" "c", out, sizeof(out));
	assert_string_equal(out, "a\\xc2\\x85b\\xc2\\x9bc");
	/* A line separator, a right-to-left override and isolate. */
	util_escape_controls("a\xe2\x80\xa8" "b\xe2\x80\xae" "c\xe2\x81\xa7" "d", out,
	    sizeof(out));
	assert_string_equal(out, "a\\xe2\\x80\\xa8b\\xe2\\x80\\xaec\\xe2\\x81\\xa7d");
	/* Negative: UTF-8 letters and spaces are left alone, and so are
	 * the punctuation beside those controls (an en dash, an ellipsis). */
	util_escape_controls("\xe2\x80\x93\xe2\x80\xa6", out, sizeof(out));
	assert_string_equal(out, "\xe2\x80\x93\xe2\x80\xa6");
	util_escape_controls("H\xc3\xa9l\xc3\xa8ne \xc2\xa0x", out, sizeof(out));
	assert_string_equal(out, "H\xc3\xa9l\xc3\xa8ne \xc2\xa0x");
	/* Cut at the end of the buffer, never inside an escape. */
	util_escape_controls("abcdef\n", out, 9);
	assert_string_equal(out, "abcdef");
	util_escape_controls("\n\n\n", out, 9);
	assert_string_equal(out, "\\x0a\\x0a");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_is_digit),
		cmocka_unit_test(test_load_le),
		cmocka_unit_test(test_fnv1a),
		cmocka_unit_test(test_whash),
		cmocka_unit_test(test_is_ascii),
		cmocka_unit_test(test_is_digits),
		cmocka_unit_test(test_mem_equal),
		cmocka_unit_test(test_iconv),
		cmocka_unit_test(test_readdir),
		cmocka_unit_test(test_escape_controls),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
