/* Unit tests for the row values' one-pass fold (src/detect_row.c
 * row_value_fast, docs/performance.md speed23b): for every value it
 * takes, the fold, the parts, their hashes and the filter's bits are
 * norm_value's fold split by row_value_split, as scan_row_names made them
 * before; the values it leaves (a character beyond the two-byte Latin
 * letters that fold alone) go through norm_value. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/detect_int.h"

static int
agrees(const char *v)
{
	int r = row_value_fold_agrees(v, strlen(v));

	assert_true(r == 1 || r == 2);
	return r;
}

/* Names and addresses as exports write them: spaces anywhere, hyphens,
 * apostrophes, accents, ligatures, control bytes. */
static void
test_fold_fixed(void **state)
{
	static const char *const fast[] = {
		"LEFORT", "Ludmila", "74 rue Jean Moulin", "Jean-Pierre",
		"  le  GALL ", "N'DIAYE", "l' x", "abc'", "'abc", "a''b",
		"12 rue de l'\xc3\x89glise", "", " ", "-", "- -", "a -b- ",
		"MARIE-SAINTE", "GUIVARC'H", "Ma\xc3\xafwenn", "\xc5\x92uvray",
		"Stra\xc3\x9f" "e", "BJ\xc3\x98RN", "\xc7\x86" "ak", "O`Neil",
		"a\tb\nc\rd", "x\x01y", "\x7f", "le   \t  goff",
		"6 cours Napol\xc3\xa9on",
	};
	/* (U+00B4 folds to a space and an accent: "a b") */
	static const char *const slow[] = {
		"a\xc2\xb4" "b", "Mar\xc2\xa0Lou", "O\xe2\x80\x99Neil",
		"\xc9\x90x", "\xc3",
		"a\x80", "Zo\xc3\xab\xe2\x80\x8b",
	};

	(void)state;
	for (size_t k = 0; k < sizeof(fast) / sizeof(fast[0]); k++)
		assert_int_equal(agrees(fast[k]), 1);
	for (size_t k = 0; k < sizeof(slow) / sizeof(slow[0]); k++)
		assert_int_equal(agrees(slow[k]), 2);
}

/* 200,000 random values of these pieces: every one row_value_fast takes
 * agrees, and it takes most. */
static void
test_fold_random(void **state)
{
	static const char *const pieces[] = {
		"A", "z", "m", "Q", "0", "9", " ", "  ", "-", "\t", "\n",
		"\r", "`", "'", "\x01", "\x7f", ".", ",", "_", "\xc3\xa9",
		"\xc3\x89", "\xc3\x9f", "\xc5\x92", "\xc5\x93", "\xc3\xb8",
		"\xc7\x86", "\xc2\xb4", "\xc2\xad", "\xc3\xa6", "\xc4\xb0",
		"\xc2\xa0", "\xe2\x80\x99", "\xc3", "\xc9\x90",
	};
	char v[200];
	size_t fast = 0, n = sizeof(pieces) / sizeof(pieces[0]);

	(void)state;
	srand(23);
	for (int round = 0; round < 200000; round++) {
		size_t len = 0, m = (size_t)rand() % 24;

		for (size_t k = 0; k < m; k++) {
			/* the last four send the value to norm_value: rarer */
			size_t q = (size_t)rand() % (rand() % 8 ? n - 4 : n);
			size_t l = strlen(pieces[q]);

			memcpy(v + len, pieces[q], l);
			len += l;
		}
		v[len] = '\0';
		fast += agrees(v) == 1;
	}
	assert_true(fast > 100000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_fixed),
		cmocka_unit_test(test_fold_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
