/* wf (src/detect_int.h) reads a word's fold at s->fold.data without a
 * test of NULL (speed29c): a scratch has words only after tokenize, which
 * makes room in s->fold for the whole text before it reads a word.  Each
 * text below goes to a fresh scratch first (its first text) and to one
 * reused across all of them, short texts after long ones: wherever a
 * word is, the fold's bytes are there and every word's fold inside
 * them. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/detect_int.h"	/* white-box: the words, the fold */

static const char *const texts[] = {
	"", " ", "a", "Z", "7", "é", "  .,;  ", "Mme DUPONT vue ce jour",
	"l'été", "J+3 : 12/03/2021, tél 06 12 34 56 78",
	"Hélène MÉNARD née LE BIHAN, 6 cours Napoléon",
	"x", "-", "\xe2\x80\x99", "OK",
};

static void
check_words(const struct detect_scratch *s)
{
	if (s->nwords == 0)
		return;
	assert_non_null(s->fold.data);
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		assert_true((size_t)w->fold_off + w->fold_len <= s->fold.len);
		assert_ptr_equal(wf(s, w), s->fold.data + w->fold_off);
	}
}

static void
run_one(struct detect_scratch *s, const char *t)
{
	struct detect_options o = { .kinds = DETECT_ALL, .min_digits = 8 };

	assert_int_equal(detect_run(&o, t, strlen(t), NULL, 0, s), 0);
	check_words(s);
}

static void
test_fold_room(void **state)
{
	struct detect_scratch reused;
	char longer[600];

	(void)state;
	memset(&reused, 0, sizeof(reused));
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		struct detect_scratch fresh;

		memset(&fresh, 0, sizeof(fresh));
		run_one(&fresh, texts[k]);
		detect_scratch_free(&fresh);
		run_one(&reused, texts[k]);
	}
	/* a long text, then the short ones again on the same scratch */
	for (size_t i = 0; i + 1 < sizeof(longer); i++)
		longer[i] = i % 7 == 6 ? ' ' : (char)('a' + i % 26);
	longer[sizeof(longer) - 1] = '\0';
	run_one(&reused, longer);
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
		run_one(&reused, texts[k]);
	detect_scratch_free(&reused);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_room),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
