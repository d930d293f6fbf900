/*
 * test_ops34.c - ops34: two allocations per comment moved into the
 * detectors' scratch, reused from comment to comment and bounded:
 *
 * - scan_dictated_spellings' index of words (review29b: a malloc and a
 *   calloc per comment that holds a spelling), kept up to
 *   DETECT_SPELLED_KEEP words;
 * - textnorm's look-alike pass (ev_pass: its characters, the text and the
 *   map it writes), kept up to TEXTNORM_EV_KEEP characters.
 *
 * The spans of a scratch that served other comments before, of every
 * size in turn, are those of a fresh scratch; what a scratch keeps stays
 * under its bound after a comment above it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "buf.h"
#include "detect.h"
#include "icd10.h"

static const struct detect_options MODE = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 0 };

/* unit repeated until the text has at least min bytes */
static char *
repeat(const char *unit, size_t min)
{
	size_t n = strlen(unit), k = (min + n - 1) / n + 1;
	char *t = malloc(n * k + 1);

	assert_non_null(t);
	for (size_t i = 0; i < k; i++)
		memcpy(t + i * n, unit, n);
	t[n * k] = '\0';
	return t;
}

/* the kept arrays were used (their caps non-zero once) */
static int saw_spelled, saw_ev;

static void
same_spans(struct detect_scratch *used, const char *t)
{
	struct detect_scratch fresh = { 0 };

	assert_int_equal(detect_run(&MODE, t, strlen(t), NULL, 0, used), 0);
	assert_int_equal(detect_run(&MODE, t, strlen(t), NULL, 0, &fresh), 0);
	assert_int_equal(used->nspans, fresh.nspans);
	for (size_t i = 0; i < fresh.nspans; i++) {
		assert_int_equal(used->spans[i].start, fresh.spans[i].start);
		assert_int_equal(used->spans[i].end, fresh.spans[i].end);
		assert_int_equal(used->spans[i].kind, fresh.spans[i].kind);
	}
	detect_scratch_free(&fresh);
	saw_spelled |= used->spelled_cap > 0;
	saw_ev |= used->tn.ev_cap > 0;
	assert_true(used->spelled_cap <= DETECT_SPELLED_KEEP);
	assert_true(used->tn.ev_cap <= TEXTNORM_EV_KEEP);
	assert_true(used->tn.ev_map_cap <= TEXTNORM_EV_KEEP);
	assert_true(used->tn.ev_text.cap <= TEXTNORM_EV_KEEP + 64);
}

static void
test_scratch_reused(void **state)
{
	static const char *const units[] = {
		/* spellings, their names before and after */
		"Mme Dupond, D comme Denis, U comme Ursule, P comme Pierre ; "
		    "DUP et dup vus. ",
		"A comme Anne, B comme Bob, C comme Cid. Vu ABC puis A comme "
		    "Ada, B comme Bea, C comme Cid : abc, revu. ",
		/* look-alikes: a Cyrillic Р in a name, marks written apart,
		 * dingbat digits of a phone */
		"Vu M. DU\xd0\xa0ONT Jean, tel \xe2\x93\xbf\xe2\x9e\x8f "
		    "\xe2\x9e\x8a\xe2\x9e\x8b, Rene\xcc\x81 Marti\xcc\x81n. ",
		"Appel de Mme \xd0\x9c\xd0\x90RTIN au 06 12 34 56 78, "
		    "cafe\xcc\x81 avec Jose\xcc\x81. ",
	};
	/* sizes: one unit, then across each bound, then one unit again */
	static const size_t sizes[] = { 0, 200, 70000, 30, 9000, 0, 150000,
	    100 };
	struct detect_scratch used = { 0 };

	(void)state;
	for (size_t z = 0; z < sizeof(sizes) / sizeof(*sizes); z++)
		for (size_t u = 0; u < sizeof(units) / sizeof(*units); u++) {
			char *t = repeat(units[u], sizes[z]);

			same_spans(&used, t);
			free(t);
		}
	/* every unit back to back in one comment, and after a large one */
	for (size_t z = 0; z < 2; z++) {
		struct buf b = BUF_INIT;

		for (size_t k = 0; k < (z ? 400 : 3); k++)
			for (size_t u = 0; u < sizeof(units) / sizeof(*units); u++)
				assert_int_equal(buf_append(&b, units[u],
				    strlen(units[u])), 0);
		assert_int_equal(buf_putc(&b, '\0'), 0);
		same_spans(&used, b.data);
		buf_free(&b);
	}
	assert_true(saw_spelled);
	assert_true(saw_ev);
	detect_scratch_free(&used);
	assert_null(used.spelled_w);
	assert_null(used.tn.ev);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scratch_reused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
