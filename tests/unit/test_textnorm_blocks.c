/* textnorm_run's first look at a text (needs_change), sixteen bytes at a
 * time with SSE2, eight without (speed29c): random texts of ASCII, tabs,
 * line ends, C0 controls, DEL and precomposed accents, at every length
 * and position across the blocks' edges.  A text with a control byte
 * (but tab and line ends) changes, its controls read as spaces, when
 * controls are asked; no other text of this alphabet changes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "textnorm.h"

/* One piece of a text: its bytes, and whether it is a control. */
struct piece {
	const char	*bytes;
	int		 control;
};

static const struct piece pieces[] = {
	{ "a", 0 }, { "B", 0 }, { "z", 0 }, { " ", 0 }, { ".", 0 },
	{ "7", 0 }, { "~", 0 }, { "\t", 0 }, { "\n", 0 }, { "\r", 0 },
	{ "\v", 0 }, { "\xc3\xa9", 0 }, { "\xc3\x89", 0 },
	{ "\xc5\x93", 0 },
	{ "\x01", 1 }, { "\x1f", 1 }, { "\x7f", 1 }, { "\x1b", 1 },
};
#define NPIECES	(sizeof(pieces) / sizeof(pieces[0]))

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

/* A random text of about n bytes into out (room for n + 2), *ctl the
 * number of its control bytes; controls rare (one text in four has
 * none), so that long runs of plain blocks come before one. */
static size_t
random_text(char *out, size_t n, size_t *ctl, int with_controls)
{
	size_t len = 0;

	*ctl = 0;
	while (len < n) {
		unsigned r = next_rand();
		const struct piece *p;

		if (with_controls && r % 23 == 0)
			p = &pieces[NPIECES - 1 - (r / 23) % 4];
		else
			p = &pieces[(r / 23) % (NPIECES - 4)];
		memcpy(out + len, p->bytes, strlen(p->bytes));
		len += strlen(p->bytes);
		*ctl += (size_t)p->control;
	}
	return len;
}

static void
check_text(struct textnorm *tn, const char *src, size_t len, size_t ctl)
{
	/* the text alone in its block: a read past its end is valgrind's */
	char *copy = malloc(len ? len : 1);

	assert_non_null(copy);
	memcpy(copy, src, len);
	tn->controls = 1;
	assert_int_equal(textnorm_run(tn, copy, len), 0);
	assert_int_equal(tn->changed, ctl != 0);
	if (tn->changed) {
		assert_int_equal(tn->text.len, len);
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)copy[i];
			int control = (c < 0x20 && c != '\t' && c != '\n' &&
			    c != '\v' && c != '\r') || c == 0x7f;

			assert_int_equal((unsigned char)tn->text.data[i],
			    control ? ' ' : c);
		}
	}
	tn->controls = 0;
	assert_int_equal(textnorm_run(tn, copy, len), 0);
	assert_int_equal(tn->changed, 0);
	free(copy);
}

static void
test_random_texts(void **state)
{
	struct textnorm tn;
	char text[200];

	(void)state;
	memset(&tn, 0, sizeof(tn));
	for (int round = 0; round < 20000; round++) {
		size_t ctl, n = next_rand() % 96;
		size_t len = random_text(text, n, &ctl, round % 4 != 0);

		check_text(&tn, text, len, ctl);
	}
	textnorm_free(&tn);
}

/* One control byte at every place of texts of every length to 64: the
 * first, the last, and every edge of a block of eight or sixteen. */
static void
test_one_control_everywhere(void **state)
{
	static const char controls[] = { 0x01, 0x1f, 0x7f, 0x00 };
	struct textnorm tn;
	char text[64];

	(void)state;
	memset(&tn, 0, sizeof(tn));
	for (size_t len = 1; len <= sizeof(text); len++)
		for (size_t at = 0; at < len; at++)
			for (size_t c = 0; c < sizeof(controls); c++) {
				memset(text, 'x', len);
				text[at] = controls[c];
				check_text(&tn, text, len, 1);
				/* a tab or a line end there changes nothing */
				text[at] = c % 2 ? '\t' : '\n';
				check_text(&tn, text, len, 0);
			}
	textnorm_free(&tn);
}

/* speed34b's latin_block passes a block of ASCII and two-byte letters
 * of U+00C0-U+017F at once: the letters it must leave to the old path
 * ("Ĳ" "ĳ" "Ŀ" "ŀ" "ŉ" "ſ", which NFKC changes, and the mojibake "Ã©"),
 * alone among accents at every place of texts of every length to 48,
 * still change the text; "×" and "÷" (c3 97, c3 b7), letters of no
 * change, and a lead at a block's last byte with its continuation in the
 * next, do not. */
static void
test_latin_block_edges(void **state)
{
	static const char *const changes[] = {
		"\xc4\xb2", "\xc4\xb3", "\xc4\xbf", "\xc5\x80", "\xc5\x89",
		"\xc5\xbf", "\xc3\x83\xc2\xa9",
	};
	static const char *const keeps[] = {
		"\xc3\x97", "\xc3\xb7", "\xc4\x80", "\xc5\x93", "\xc5\xbe",
		"\xc3\xbf", "\xc3\x80",
	};
	struct textnorm tn;
	char text[64], *copy;

	(void)state;
	memset(&tn, 0, sizeof(tn));
	for (size_t len = 2; len <= 48; len++)
		for (size_t at = 0; at + 1 < len; at++)
			for (size_t k = 0; k < 2 * 7; k++) {
				const char *x = k < 7 ? changes[k] : keeps[k - 7];
				size_t xl = strlen(x), n = 0;

				/* "é" and "a" before and after x */
				while (n < at)
					n += (size_t)(n + 1 < at ? (memcpy(text + n,
					    "\xc3\xa9", 2), 2) : (text[n] = 'a', 1));
				memcpy(text + n, x, xl);
				n += xl;
				while (n < len + xl)
					n += (size_t)(n + 1 < len + xl ?
					    (memcpy(text + n, "\xc3\xa9", 2), 2) :
					    (text[n] = 'b', 1));
				copy = malloc(n);
				assert_non_null(copy);
				memcpy(copy, text, n);
				for (int controls = 0; controls < 2; controls++) {
					tn.controls = controls;
					tn.evasion = controls;
					assert_int_equal(textnorm_run(&tn, copy, n),
					    0);
					assert_int_equal(tn.changed, k < 7);
				}
				free(copy);
			}
	textnorm_free(&tn);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_texts),
		cmocka_unit_test(test_one_control_everywhere),
		cmocka_unit_test(test_latin_block_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
