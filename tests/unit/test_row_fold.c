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
#include <stdio.h>
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

/* Values of letters, digits, two-byte Latin letters and lone spaces and
 * hyphens, 1 to 80 bytes (row_value_simple's sixteen bytes at a time,
 * across its chunks' and its 63 bytes' edges, row_fold_latin's moves),
 * now and then a byte it leaves to the byte loop (two separators, an
 * apostrophe, a tab, a letter cut or folded to no letter): each agrees.  Each
 * value is its own allocation of exactly its bytes, so that a read past
 * its end is seen by valgrind or the sanitizers. */
static void
test_fold_simple(void **state)
{
	static const char alpha[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	    "@.,_~{}[]()/;:!?#\x7f";
	static const char *const odd[] = {
		"  ", "--", " -", "'", "`", "\t", "\n", "\x01", "\xc2\xa0",
		"\xc2\xad", "\xc4\xb0", "\xe2\x80\x99", "\xc3",
	};
	/* two-byte Latin letters: folded one at a time (row_fold_latin)
	 * to one letter or two */
	static const char *const latin[] = {
		"\xc3\xa9", "\xc3\x89", "\xc3\xa8", "\xc3\xaf", "\xc3\x9f",
		"\xc5\x92", "\xc5\x93", "\xc3\xb8", "\xc3\xa6", "\xc7\x86",
		"\xc3\xa7", "\xc5\x81",
	};

	size_t fast = 0;
	int r;

	(void)state;
	srand(27);
	for (int round = 0; round < 20000; round++) {
		size_t len = 1 + (size_t)rand() % 80, n = 0;
		char *v = malloc(len);

		assert_non_null(v);
		while (n < len) {
			int pick = rand() % 16;

			if ((pick == 0 && rand() % 4 == 0) || pick == 15) {
				const char *o = pick == 15 ?
				    latin[(size_t)rand() %
				    (sizeof(latin) / sizeof(latin[0]))] :
				    odd[(size_t)rand() %
				    (sizeof(odd) / sizeof(odd[0]))];
				size_t l = strlen(o);

				if (l > len - n)
					l = len - n;
				memcpy(v + n, o, l);
				n += l;
			} else if (pick < 3) {
				v[n++] = pick == 1 ? '-' : ' ';
			} else {
				v[n++] = alpha[(size_t)rand() %
				    (sizeof(alpha) - 1)];
			}
		}
		r = row_value_fold_agrees(v, len);
		assert_true(r == 1 || r == 2);
		fast += r == 1;
		free(v);
	}
	assert_true(fast > 15000);
}

/* Every two-byte character (U+0080 to U+07FF) alone, inside a word and
 * after a space, in a value of row_value_simple's (sixteen bytes at a
 * time, then row_fold_latin's table of letters, speed29e) and in a
 * longer one: the fold norm_value makes, or the value left to it. */
static void
test_fold_latin_letters(void **state)
{
	(void)state;
	for (unsigned uc = 0x80; uc < 0x800; uc++) {
		char c[3] = { (char)(0xc0 | (uc >> 6)), (char)(0x80 | (uc & 0x3f)),
		    0 };
		char v[128];

		snprintf(v, sizeof(v), "%s", c);
		agrees(v);
		snprintf(v, sizeof(v), "Ab%scd %sx", c, c);
		agrees(v);
		snprintf(v, sizeof(v), "12 rue %sAB%s-Ef %s", c, c, c);
		agrees(v);
		snprintf(v, sizeof(v), "Le Grand%s Chemin des %sEcoles%s du "
		    "Bois", c, c, c);
		agrees(v);
	}
}

/* number_pieces_may (row_number_pieces' gate, hostile34) from the digit
 * words' mask (speed37a) and from its walk of every word: the same
 * answer for 300,000 random comments of 1 to 64 words, digit words
 * (runs of them, fold lengths of 1 to 6) and others, gaps of 0 to 7
 * bytes, some words taken by a span, the 64th word among them; both
 * answers come often. */
static void
test_number_pieces_mask(void **state)
{
	struct detect_scratch s;
	struct detect_word w[64];
	size_t yes = 0;
	int r;

	(void)state;
	srand(37);
	for (int round = 0; round < 300000; round++) {
		size_t n = rand() % 4 == 0 ? 64 : 1 + (size_t)rand() % 64;
		uint32_t at = (uint32_t)rand() % 3;
		int digits = 1 + rand() % 4;	/* one in 1 to 4 a digit */

		memset(&s, 0, sizeof(s));
		memset(w, 0, sizeof(w));
		for (size_t i = 0; i < n; i++) {
			w[i].start = at;
			w[i].fold_len = 1 + (uint32_t)rand() % 6;
			w[i].end = at + w[i].fold_len;
			w[i].flags = rand() % digits == 0 ? W_DIGIT : W_CAP;
			w[i].touched = (uint8_t)(rand() % 3 != 0);
			at = w[i].end + (uint32_t)(rand() % 5 == 0 ?
			    rand() % 8 : 1 + rand() % 2);
		}
		s.words = w;
		s.nwords = n;
		r = row_number_pieces_agrees(&s);
		assert_true(r == 0 || r == 1);
		yes += (size_t)r;
	}
	/* (both answers, often) */
	assert_true(yes > 30000 && yes < 270000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_fixed),
		cmocka_unit_test(test_fold_random),
		cmocka_unit_test(test_fold_simple),
		cmocka_unit_test(test_fold_latin_letters),
		cmocka_unit_test(test_number_pieces_mask),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
