/* Unit tests for the word classes (src/detect_int.h WC_PAIR ..
 * WC_CAPTITLED, detect.c word_class_make): listed
 * when a rule first asks one (docs/performance.md, speed23b), from the
 * words' class bytes since speed27b, each holds exactly the words its
 * definition names, in order, whenever it is made: as the rules found it
 * after detect_run, and made again afresh.  A word left out would be a
 * name a rule never looks at. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "icd10.h"
#include "../../src/detect_int.h"	/* white-box: the words' fields */

static struct detect_scratch S;
static const struct detect_options ALL = { DETECT_ALL, 8,
	ICD10_SENSITIVE_DEFAULT, NULL, 0 };

/* Word i is in class c by the class's definition (detect_int.h). */
static int
in_class(const char *t, int c, size_t i)
{
	const struct detect_word *w = &S.words[i];
	const struct detect_word *x = i + 1 < S.nwords ? w + 1 : NULL;
	const struct detect_word *p = i > 0 ? w - 1 : NULL;
	uint32_t cu = W_CAP | W_UPPER;

	switch (c) {
	case WC_PAIR:
		return x != NULL && (w->flags & cu) &&
		    ((x->flags & cu) || (x->dflags & D_PARTICLE));
	case WC_NEAR:
		if (w->flags & W_DIGIT)
			return 0;
		if ((w->flags & cu) && w->nchars >= 3)
			return 1;
		return p != NULL && w->nchars <= 2 && w->start == p->end + 1 &&
		    (t[p->end] == '\'' || t[p->end] == '-');
	case WC_RELATION:
		return x != NULL && (w->dflags & (D_RELATIVE | D_RELATION |
		    D_RELCUE));
	case WC_TITLE:
		return x != NULL && (w->dflags & (D_TITLE | D_RELATIVE |
		    D_SPLITT));
	case WC_PARTICLE:
		return x != NULL && (w->dflags & D_PARTICLE) &&
		    (w->nchars != 1 || !(w->flags & W_DOT));
	case WC_NAMECUE:
		return x != NULL && (w->dflags & D_NAMECUE);
	case WC_INITIAL:
		return (w->flags & W_DOT) && (w->nchars == 1 ||
		    w->fold_len == 1);
	case WC_SUBJVERB:
		return p != NULL && (w->dflags & D_SUBJVERB);
	default:	/* WC_CAPTITLED */
		return p != NULL && (w->flags & W_UPPER) && p->joined &&
		    (p->dflags & (D_TITLE | D_SPLITT));
	}
}

static void
check_classes(const char *t)
{
	for (int c = 0; c < WC_OWN; c++) {
		size_t n, m = 0;
		const uint32_t *l = word_class(&S, c, &n);

		for (size_t i = 0; i < S.nwords; i++) {
			if (!in_class(t, c, i))
				continue;
			assert_true(m < n);
			assert_int_equal(l[m], i);
			m++;
		}
		assert_int_equal(m, n);
	}
}

/* tokenize's mask of the names of the lists (s->name_words, read by
 * scan_dictionary and name_summary_make for a text of 64 words or fewer)
 * and the class bytes' mask of the words in capitals (wcls_mask64): bit
 * i exactly when word i has D_FIRST or D_LAST, W_UPPER; none past the
 * last word (speed30c). */
static void
check_masks(void)
{
	uint64_t names = 0, upper = 0;

	for (size_t i = 0; i < S.nwords && i < 64; i++) {
		names |= (uint64_t)((S.words[i].dflags & (D_FIRST | D_LAST)) !=
		    0) << i;
		upper |= (uint64_t)((S.words[i].flags & W_UPPER) != 0) << i;
	}
	if (S.nwords <= 64)
		assert_true(S.name_words == names);
	assert_true(wcls_mask64(&S, W_UPPER) == upper);
	/* name_word_next: the next such word from each word (every word
	 * past 64) */
	for (size_t from = 0; from <= S.nwords; from++) {
		size_t k = from;

		while (S.nwords <= 64 && k < S.nwords &&
		    !(S.words[k].dflags & (D_FIRST | D_LAST)))
			k++;
		assert_int_equal(name_word_next(&S, from), k);
	}
}

/* 3,000 random comments of capitalized words, particles, titles,
 * relatives, initials, numbers and short glued words, joined by the gaps
 * that join words and those that do not. */
static void
test_word_classes_listed(void **state)
{
	static const char *const pieces[] = {
		"J.", "m.", "D.", "Mme", "DR", "Dr", "MARTEAU", "Dupont", "de",
		"la", "Le", "du", "d", "l", "h", "Guivarc", "fille", "mari",
		"signale", "12", "et", "patient", "PIGEON", "Van", "der", "ép.",
		"Ma", "dame", "Marie", "Ab", "x", "nom", "sa", "dit", "est",
		"É.", "Monsieur", "ADAME", "e", "NGUYEN",
	};
	static const char *const gaps[] = { " ", ", ", ". ", "'", "-", "  ",
		" : " };
	char t[1200];

	(void)state;
	srand(23);
	for (int round = 0; round < 3000; round++) {
		/* (up to 40 words: the class bytes are read sixteen at a
		 * time; one round in four up to 80, past the masks' 64) */
		size_t len = 0, n = 1 + (size_t)rand() % (round % 4 ? 40 : 80);

		for (size_t k = 0; k < n; k++) {
			const char *w = pieces[(size_t)rand() %
			    (sizeof(pieces) / sizeof(pieces[0]))];
			const char *g = gaps[(size_t)rand() %
			    (sizeof(gaps) / sizeof(gaps[0]))];

			if (k > 0) {
				memcpy(t + len, g, strlen(g));
				len += strlen(g);
			}
			memcpy(t + len, w, strlen(w));
			len += strlen(w);
		}
		t[len] = '\0';
		assert_int_equal(detect_run(&ALL, t, len, NULL, 0, &S), 0);
		check_classes(S.text);
		check_masks();
		for (int c = 0; c < WC_LATE; c++)
			S.nwclass[c] = UINT32_MAX;	/* made again */
		for (int c = WC_LATE; c < WC_OWN; c++)
			S.nwclass[c] = UINT32_MAX;	/* made again */
		check_classes(S.text);
	}
	/* no words: every list empty */
	assert_int_equal(detect_run(&ALL, "", 0, NULL, 0, &S), 0);
	check_classes("");
	check_masks();
	detect_scratch_free(&S);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_word_classes_listed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
