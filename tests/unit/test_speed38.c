/* Unit tests of speed38 (docs/performance.md "speed38"): a rule's
 * candidate words as a mask (detect_int.h words_mask64,
 * words_mask_next), walked by scan_terms (D_TERM), scan_unit_of_building
 * (D_UNIT) and, as the gaps a '/' is in, by scan_name_spellings.  The
 * mask's walk must visit every word the plain walk's first test lets by,
 * in order, from any start, in texts of up to and past 64 words; the
 * spellings of a name must be found with the slash at any gap, after
 * dates' slashes, and past the 64th word (every word walked).  (The
 * walks against the walks of every word over a corpus:
 * test_scrub_gates.sh, no-gates.) */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "icd10.h"
#include "../../src/detect_int.h"	/* white-box: the words, the masks */

static struct detect_scratch S;

/* Words of the dictionary's kinds (terms, units, names, ordinary) and
 * signs, drawn at random. */
static const char *const vocab[] = {
	"d\xc3\xa9pression", "diab\xc3\xa8te", "VIH", "schizophr\xc3\xa9nie",
	"appartement", "\xc3\xa9tage", "b\xc3\xa2timent", "porte", "lot",
	"escalier", "rue", "Paris", "Martin", "Nurzay", "Noorzai", "le",
	"de", "patient", "vu", "ce", "jour", "12", "03/2024", "/", ",",
	"t\xc3\xa9l", "portable", "Appt", "B", "chambre",
};

/* The plain walk's answer from `from`: the first word k >= from that
 * has a bit of dbits or wbits, or n. */
static size_t
plain_next(size_t from, uint64_t dbits, uint32_t wbits)
{
	for (size_t k = from; k < S.nwords; k++)
		if ((S.words[k].dflags & dbits) || (S.words[k].flags & wbits))
			return k;
	return S.nwords;
}

static void
check_mask(uint64_t dbits, uint32_t wbits, size_t *seen)
{
	const uint64_t m = words_mask64(&S, dbits, wbits);
	const size_t n = S.nwords;

	if (n > 64) {
		assert_true(m == ~(uint64_t)0);
		/* every word from any start */
		for (size_t from = 0; from <= n; from++)
			assert_int_equal(words_mask_next(m, from, n),
			    from < n ? from : n);
		return;
	}
	for (size_t k = 0; k < n; k++) {
		int has = (S.words[k].dflags & dbits) ||
		    (S.words[k].flags & wbits);

		assert_int_equal((m >> k) & 1, has);
		*seen += (size_t)has;
	}
	assert_true(n == 64 || (m >> n) == 0);
	for (size_t from = 0; from <= n; from++)
		assert_int_equal(words_mask_next(m, from, n),
		    plain_next(from, dbits, wbits));
}

static void
test_mask_walk(void **state)
{
	char text[4096];
	size_t terms = 0, units = 0, longs = 0;

	(void)state;
	assert_true(dict_ready());
	srand(38);
	for (int round = 0; round < 20000; round++) {
		size_t len = 0, nw = (size_t)(rand() % 90);

		for (size_t k = 0; k < nw; k++) {
			const char *v = vocab[rand() % (int)(sizeof(vocab) /
			    sizeof(vocab[0]))];
			size_t l = strlen(v);

			memcpy(text + len, v, l);
			len += l;
			text[len++] = rand() % 5 ? ' ' : '.';
		}
		text[len] = '\0';
		assert_int_equal(tokenize(text, len, &S), 0);
		longs += S.nwords > 64;
		check_mask(D_TERM, 0, &terms);
		check_mask(D_UNIT, 0, &units);
		check_mask(D_STREET, W_PHONECUE, &units);
	}
	/* the vocabulary gave every kind, and texts past 64 words */
	assert_true(terms > 1000 && units > 1000 && longs > 1000);
}

/* Filler words of no kind: n of them. */
static char *
filler(char *p, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		memcpy(p, "vu ", 3);
		p += 3;
	}
	*p = '\0';
	return p;
}

/* A name's spellings after a slash, wherever the gap is: the first
 * word's, after dates written with slashes, one word from the end. */
TEST_SPAN_CASES(test_spellings_gaps, &test_default, &S,
	{ "M. Nurzay Khalil / Noorzai", { NULL }, { "Noorzai", NULL } },
	{ "vu le 12/03/2024 et le 14/03/2024, M. Nurzay Khalil / Noorzai, "
	    "fusion", { "fusion", NULL }, { "Noorzai", NULL } },
	{ "Nourzai / Noorzai / Nurzay Khalil : 2 dossiers",
	    { "dossiers", NULL }, { "Nourzai", "Noorzai", NULL } },
	{ "1/2 cp, M. Nurzay Khalil /Noorzai/ Nourzay", { NULL },
	    { "Noorzai", "Nourzay", NULL } },
	{ "/ M. Martin / Lyon /", { "Lyon", NULL }, { "Martin", NULL } })

/* Past the 64th word: every word walked, the same spellings found. */
static void
test_spellings_long(void **state)
{
	static const char *const gone[] = { "Noorzai" };
	static const char *const kept[] = { "fusion" };
	char text[1024], *p;

	(void)state;
	for (size_t before = 55; before < 75; before++) {
		p = filler(text, before);
		strcpy(p, "M. Nurzay Khalil / Noorzai, fusion");
		test_spans_both_modes(&test_default, &S, text, gone, 1, kept,
		    1);
		p = filler(text, before);
		strcpy(p, "Nourzai / Noorzai / Nurzay Khalil, fusion");
		test_spans_both_modes(&test_default, &S, text, gone, 1, kept,
		    1);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mask_walk),
		cmocka_unit_test(test_spellings_gaps),
		cmocka_unit_test(test_spellings_long),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
