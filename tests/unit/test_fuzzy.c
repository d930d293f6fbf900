/* Unit tests for fuzzy: the bounded distance against a plain full-table
 * reference on random words, the budget, code points rather than bytes,
 * the signature filter never rejecting a pair within reach, and the
 * early exit on words too far apart. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fuzzy.h"

static unsigned
dist(const char *a, const char *b, unsigned max)
{
	return fuzzy_distance(a, strlen(a), b, strlen(b), max);
}

/* Optimal string alignment, the whole table, bytes (ASCII words). */
static unsigned
reference(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	unsigned d[20][20];

	for (size_t i = 0; i <= n; i++)
		d[i][0] = (unsigned)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (unsigned)j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			unsigned v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[n][m];
}

static void
test_typos(void **state)
{
	static const struct {
		const char	*a, *b;
		unsigned	 max, want;
	} cases[] = {
		{ "kuntz", "kunntz", 1, 1 },	/* doubled */
		{ "pinto", "pnto", 1, 1 },	/* dropped */
		{ "dang", "danng", 1, 1 },
		{ "martin", "matrin", 1, 1 },	/* swapped */
		{ "ehrhart", "ehrhrt", 1, 1 },
		{ "lewandowski", "leewandowski", 2, 1 },
		{ "wroblewski", "wrooblewski", 2, 1 },
		{ "bamba", "baba", 1, 1 },
		{ "kuntz", "kuntz", 1, 0 },
		/* Too far: max + 1, whatever the real distance. */
		{ "kuntz", "kantzz", 1, 2 },
		{ "dupont", "durand", 2, 3 },
		{ "pinto", "pi", 2, 3 },	/* lengths */
		{ "", "", 0, 0 },
		{ "", "ab", 2, 2 },
		{ "abc", "", 2, 3 },
		/* max 0 is equality */
		{ "leca", "leca", 0, 0 },
		{ "leca", "lecas", 0, 1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		unsigned d = dist(cases[i].a, cases[i].b, cases[i].max);

		if (d != cases[i].want)
			fail_msg("case %zu: \"%s\" ~ \"%s\" (max %u): %u, "
			    "expected %u", i, cases[i].a, cases[i].b,
			    cases[i].max, d, cases[i].want);
	}
}

/* One character, not two bytes: "ł" and "ą" are single letters. */
static void
test_code_points(void **state)
{
	(void)state;
	assert_int_equal(dist("mirosław", "miroslaw", 1), 1);
	assert_int_equal(dist("dąbrowski", "dąbroowski", 1), 1);
	assert_int_equal(dist("łódź", "lodz", 2), 3);	/* ł, ó, ź: 3 */
	assert_int_equal(fuzzy_nchars("mirosław", strlen("mirosław")), 8);
	assert_int_equal(fuzzy_nchars("abc", 3), 3);
}

static void
test_budget(void **state)
{
	(void)state;
	assert_int_equal(fuzzy_budget(2), 0);	/* "BA", "LI" */
	assert_int_equal(fuzzy_budget(3), 0);	/* "DIA" */
	assert_int_equal(fuzzy_budget(4), 1);
	assert_int_equal(fuzzy_budget(7), 1);
	assert_int_equal(fuzzy_budget(8), 2);
	assert_int_equal(fuzzy_budget(20), 2);
}

/* Longer than any name: never compared, so never near. */
static void
test_long_words(void **state)
{
	char a[FUZZY_MAX_CHARS + 2], b[FUZZY_MAX_CHARS + 2];

	(void)state;
	memset(a, 'a', sizeof(a) - 1);
	a[sizeof(a) - 1] = '\0';
	memcpy(b, a, sizeof(b));
	assert_int_equal(dist(a, b, 2), 3);
	a[FUZZY_MAX_CHARS] = '\0';
	b[FUZZY_MAX_CHARS] = '\0';
	assert_int_equal(dist(a, b, 2), 0);
}

/* The band and the early exit give the same answer as the whole table,
 * and the signature never rejects a pair within reach. */
static void
test_against_reference(void **state)
{
	char a[12], b[12];

	(void)state;
	srand(42);
	for (int round = 0; round < 200000; round++) {
		size_t n = (size_t)(rand() % 10), m;
		unsigned max = (unsigned)(rand() % 4), want, got;

		for (size_t i = 0; i < n; i++)
			a[i] = (char)('a' + rand() % 4);	/* few letters:
								 * many near pairs */
		a[n] = '\0';
		/* b: a with a few random edits, or another word */
		memcpy(b, a, n + 1);
		m = n;
		for (int e = rand() % 4; e > 0; e--) {
			size_t at = m ? (size_t)rand() % m : 0;

			switch (rand() % 4) {
			case 0:
				if (m < 10) {
					memmove(b + at + 1, b + at, m - at + 1);
					b[at] = (char)('a' + rand() % 4);
					m++;
				}
				break;
			case 1:
				if (m > 0) {
					memmove(b + at, b + at + 1, m - at);
					m--;
				}
				break;
			case 2:
				if (m > 0)
					b[at] = (char)('a' + rand() % 4);
				break;
			default:
				if (at + 1 < m) {
					char c = b[at];
					b[at] = b[at + 1];
					b[at + 1] = c;
				}
			}
		}
		want = reference(a, b);
		got = dist(a, b, max);
		assert_int_equal(got, want <= max ? want : max + 1);
		if (want <= max)
			assert_true(fuzzy_sig_near(fuzzy_sig(a, n),
			    fuzzy_sig(b, m), max));
		if (want <= 1)
			assert_true(fuzzy_heads_near(a, n, b, m));
	}
}

/* Each ASCII byte's bit in the signature (fuzzy.c's table, made by the
 * compiler) is the one the rule gives a character: a letter its own, any
 * other byte one of the 38 bits above, by its hash. */
static void
test_signature_ascii_bits(void **state)
{
	(void)state;
	for (unsigned c = 0; c < 128; c++) {
		char b = (char)c;
		uint64_t want = c >= 'a' && c <= 'z' ? (uint64_t)1 << (c - 'a') :
		    (uint64_t)1 << (26 + (c * 2654435761u >> 7) % 38);

		assert_true(fuzzy_sig(&b, 1) == want);
	}
	/* "ł" (U+0142) takes the same rule by its code point */
	assert_true(fuzzy_sig("\xc5\x82", 2) ==
	    (uint64_t)1 << (26 + (0x142u * 2654435761u >> 7) % 38));
}

static void
test_signature_rejects(void **state)
{
	(void)state;
	/* Two letters that one word has and the other not, on one side:
	 * two edits at least. */
	assert_false(fuzzy_sig_near(fuzzy_sig("dupont", 6),
	    fuzzy_sig("durand", 6), 1));
	assert_true(fuzzy_sig_near(fuzzy_sig("kuntz", 5),
	    fuzzy_sig("kunntz", 6), 1));
	assert_true(fuzzy_sig_near(fuzzy_sig("pinto", 5),
	    fuzzy_sig("pnto", 4), 1));
	/* The first two letters: "matin" is near "martin", "petit" not
	 * near "kuntz"; "ła" is not ASCII, no answer. */
	assert_true(fuzzy_heads_near("matin", 5, "martin", 6));
	assert_true(fuzzy_heads_near("ikuntz", 6, "kuntz", 5));
	assert_false(fuzzy_heads_near("petit", 5, "kuntz", 5));
	assert_true(fuzzy_heads_near("\xc5\x82" "a", 3, "xy", 2));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typos),
		cmocka_unit_test(test_code_points),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_long_words),
		cmocka_unit_test(test_against_reference),
		cmocka_unit_test(test_signature_ascii_bits),
		cmocka_unit_test(test_signature_rejects),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
