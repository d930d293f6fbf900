/* Unit tests of the thirtieth speed pass (speed30d, docs/performance.md
 * "Scrub speed, thirtieth pass (speed30d)"): tokenize gives W_EPOCUE to
 * the words that may open one of eponym_position_of's rules for a word
 * up to four after them (a cue of a firm, "et", "à", "selon", a place of
 * care), and detect_name.c eponym_may reads the four words before a
 * word only when one of them has it.  The bit is a superset: every word
 * of eponym_cue_listed and every place of care has it, as the text
 * writes it (any case, any accents); the eponyms each kind opens keep.
 * The detectors alone (detect_run). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "../../src/detect_int.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Every word of text whose fold is w (n bytes) has W_EPOCUE, and there
 * is one at least. */
static void
cue_has_bit(const char *text, const char *w, size_t n)
{
	size_t seen = 0;

	assert_int_equal(detect_run(&test_default, text, strlen(text), NULL, 0,
	    &S), 0);
	for (size_t i = 0; i < S.nwords; i++) {
		const struct detect_word *x = &S.words[i];

		if (x->fold_len != n || memcmp(S.fold.data + x->fold_off, w,
		    n) != 0)
			continue;
		seen++;
		if (!(x->flags & W_EPOCUE)) {
			print_error("'%s' in '%s' has no W_EPOCUE\n", w, text);
			fail();
		}
	}
	if (seen == 0) {
		print_error("no word '%s' in '%s'\n", w, text);
		fail();
	}
}

/* The cues of a firm, "et", "à", "selon" (as written: the fold of "À",
 * "ET", "Mutuelle"), and the places of care (D_INSTHEAD), each with
 * W_EPOCUE. */
static void
test_epocue_words(void **state)
{
	static const char *const written[] = {
		"\xc3\xa0", "\xc3\x80", "A", "ET", "Et", "SELON", "Selon",
		"Mutuelle", "BANQUE", "Employeur",
	};
	static const char *const folds[] = {
		"a", "a", "a", "et", "et", "selon", "selon", "mutuelle",
		"banque", "employeur",
	};
	static const char care[] = "H\xc3\xb4pital Necker, clinique du Parc.";
	char text[128];
	const char *w;

	(void)state;
	for (size_t k = 0; (w = eponym_cue_listed(k)) != NULL; k++) {
		snprintf(text, sizeof(text), "Vu ce jour, %s puis Martin.", w);
		cue_has_bit(text, w, strlen(w));
	}
	for (size_t k = 0; k < N(written); k++) {
		snprintf(text, sizeof(text), "Vu ce jour, %s puis Martin.",
		    written[k]);
		cue_has_bit(text, folds[k], strlen(folds[k]));
	}
	for (size_t k = 0; institution_heads[k] != NULL; k++) {
		snprintf(text, sizeof(text), "Vu ce jour, %s puis Martin.",
		    institution_heads[k]);
		cue_has_bit(text, institution_heads[k],
		    strlen(institution_heads[k]));
	}
	/* a word of the places of care's family as the dictionary says */
	assert_int_equal(detect_run(&test_default, care, strlen(care), NULL, 0,
	    &S), 0);
	for (size_t i = 0; i < S.nwords; i++)
		if ((S.words[i].dflags & D_INSTHEAD) &&
		    !(S.words[i].flags & W_EPOCUE))
			fail();
}

/* Word w of text (its first occurrence after from) is in no span after
 * detect_run with the row (row, nrow). */
static void
word_kept_after(const char *text, const char *from, const char *w,
    const struct detect_value *row, size_t nrow)
{
	const char *at = strstr(strstr(text, from), w);
	size_t a, b;

	assert_non_null(at);
	a = (size_t)(at - text);
	b = a + strlen(w);
	assert_int_equal(detect_run(&test_default, text, strlen(text), row,
	    nrow, &S), 0);
	for (size_t i = 0; i < S.nspans; i++)
		if (S.spans[i].start < b && S.spans[i].end > a) {
			print_error("'%s' in '%s' went, kept expected\n", w,
			    text);
			fail();
		}
}

/* The names each kind of cue opens keep, the patient's own surname: a
 * firm after its cue, a place of care's name two words after it. */
static void
test_eponym_after_cues(void **state)
{
	static const struct detect_value harmonie[] = {
		{ DETECT_IDENT_LAST_NAME, "HARMONIE", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const struct detect_value transdev[] = {
		{ DETECT_IDENT_LAST_NAME, "TRANSDEV", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const struct detect_value mondor[] = {
		{ DETECT_IDENT_LAST_NAME, "MONDOR", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};

	(void)state;
	word_kept_after("Prise en charge par la mutuelle Harmonie depuis mars.",
	    "mutuelle", "Harmonie", harmonie, N(harmonie));
	word_kept_after("Son employeur : Transdev, horaires de nuit.",
	    "employeur", "Transdev", transdev, N(transdev));
	word_kept_after("Suivi au CHU Henri Mondor depuis mars.", "CHU",
	    "Mondor", mondor, N(mondor));
}

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"mutuelle Harmonie ", "employeur : Transdev ", "CHU Henri Mondor ",
		"et Martin ", "\xc3\xa0 Paris ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epocue_words),
		cmocka_unit_test(test_eponym_after_cues),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
