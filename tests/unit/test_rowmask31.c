/* Unit tests of speed31a's row masks (docs/performance.md "Scrub speed,
 * thirty-first pass (speed31a)"): scan_row_names looks for each row value's
 * words by a mask of value bits (bit 7 stands for the eighth value and
 * those after), on a comment of 64 words or fewer, and by the list of the
 * filter's words on a longer one; the row cache is keyed by the name and
 * address columns, their kinds and bytes.  A speed change: every case
 * here passes on main b885052 too (the spans are the same), and guards
 * the paths main did not have (the shared bit, the cache's key). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))
#define V(kind, s)	{ kind, s, sizeof(s) - 1 }

/* Ten name values between columns of other kinds: the eighth to the
 * tenth share the mask's bit 7; each found as its own value, in a short
 * comment and in one of more than 64 words. */
static void
test_values_past_seven(void **state)
{
	static const struct detect_value row[] = {
		V(DETECT_IDENT_ID, "A123"),
		V(DETECT_IDENT_LAST_NAME, "KEROUREDAN"),
		V(DETECT_IDENT_FIRST_NAME, "Ludmila"),
		V(DETECT_IDENT_PHONE, "0611223344"),
		V(DETECT_IDENT_NAME, "Tisserand"),
		V(DETECT_IDENT_LAST_NAME, "Vigneron"),
		V(DETECT_IDENT_FIRST_NAME, "Maiwenn"),
		V(DETECT_IDENT_LAST_NAME, "Cordonnier"),
		V(DETECT_IDENT_LAST_NAME, "Quillivic"),
		V(DETECT_IDENT_FIRST_NAME, "Gwenola"),
		V(DETECT_IDENT_LAST_NAME, "Le Floch"),
	};
	static const char *const words[] = {
		"Kerouredan", "Quillivic", "Gwenola", "Floch",
	};
	static const int value[] = { 1, 8, 9, 10 };
	static const char *const pad = "le patient dort bien ";
	char *long_text = malloc(4096);
	char text[256];

	(void)state;
	assert_non_null(long_text);
	for (size_t k = 0; k < N(words); k++) {
		snprintf(text, sizeof(text), "Appel de Mme %s ce jour.",
		    words[k]);
		test_row_word_as_value(&test_default, &S, text, row, N(row),
		    words[k], value[k]);
		/* (some 80 words before it: the list's path) */
		long_text[0] = '\0';
		for (int r = 0; r < 20; r++)
			strcat(long_text, pad);
		strcat(long_text, text);
		test_row_word_as_value(&test_default, &S, long_text, row,
		    N(row), words[k], value[k]);
	}
	free(long_text);
}

/* The row cache: the same bytes under another folded kind are prepared
 * again (a typo is looked for among the names' parts, not the
 * address's: "Kerouredn" for the surname KEROUREDAN goes as that value
 * after the row where the same bytes were the address, whose prepared
 * typo parts held none); another kind in a column that is no name keeps
 * what was prepared. */
static void
test_cache_follows_kinds(void **state)
{
	static const struct detect_value as_town[] = {
		V(DETECT_IDENT_ID, "A123"),
		V(DETECT_IDENT_ADDRESS, "KEROUREDAN"),
		V(DETECT_IDENT_FIRST_NAME, "Ludmila"),
	};
	static const struct detect_value as_name[] = {
		V(DETECT_IDENT_ID, "A123"),
		V(DETECT_IDENT_LAST_NAME, "KEROUREDAN"),
		V(DETECT_IDENT_FIRST_NAME, "Ludmila"),
	};
	static const struct detect_value as_name_phone[] = {
		V(DETECT_IDENT_PHONE, "A123"),
		V(DETECT_IDENT_LAST_NAME, "KEROUREDAN"),
		V(DETECT_IDENT_FIRST_NAME, "Ludmila"),
	};
	static const char *const typo = "Appel de Mme Kerouredn ce jour.";

	(void)state;
	/* (the address first, its typo parts asked: a capital word) */
	assert_int_equal(detect_run(&test_default, typo, strlen(typo),
	    as_town, N(as_town), &S), 0);
	test_row_word_as_value(&test_default, &S, typo, as_name, N(as_name),
	    "Kerouredn", 1);
	test_row_word_as_value(&test_default, &S, typo, as_name_phone,
	    N(as_name_phone), "Kerouredn", 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_past_seven),
		cmocka_unit_test(test_cache_follows_kinds),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
