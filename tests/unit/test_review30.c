/* Unit tests of review30 (docs/threat-model.md "review30"): the spans of
 * a text whose map has units of many bytes (a line a right-to-left
 * override reversed, hostile32/33) back to the source's bytes.
 * - Two names in one unit ("<RLO>tnopuD naeJ", shown "Jean Dupont") gave
 *   two spans of the same source bytes: scrub_apply, which reads each
 *   span from the last one's end, took a length below 0.  One span now,
 *   over every raw letter.
 * - Each span's end was walked to its unit's end: a line of names after
 *   one override took time quadratic in its length. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"
#include "linear.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))
#define RLO	"\xe2\x80\xae"
#define PDF	"\xe2\x80\xac"

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
};

/* The spans of text are sorted and disjoint, and every letter of the
 * names (at from, n bytes) is inside one. */
static void
check_disjoint_covering(const char *text, const char *const *raw, size_t nraw)
{
	assert_int_equal(detect_run(&test_default, text, strlen(text), DUPONT,
	    N(DUPONT), &S), 0);
	assert_true(S.nspans > 0);
	for (size_t i = 1; i < S.nspans; i++)
		assert_true(S.spans[i].start >= S.spans[i - 1].end);
	for (size_t r = 0; r < nraw; r++) {
		const char *at = strstr(text, raw[r]);

		assert_non_null(at);
		for (size_t b = (size_t)(at - text); b < (size_t)(at - text) +
		    strlen(raw[r]); b++) {
			int in = 0;

			for (size_t i = 0; i < S.nspans; i++)
				in |= b >= S.spans[i].start && b < S.spans[i].end;
			if (!in)
				print_error("byte %zu of '%s' outside\n", b, text);
			assert_true(in);
		}
	}
}

static void
test_one_unit_one_span(void **state)
{
	static const char *const both[] = { "tnopuD", "naeJ" };

	(void)state;
	check_disjoint_covering(RLO "tnopuD naeJ ok", both, 2);
	check_disjoint_covering("a " RLO "tnopuD " PDF "b " RLO "naeJ " PDF
	    "c", both, 2);
	check_disjoint_covering("Vu " RLO "naeJ tnopuD le 21/30/5102", both, 2);
}

/* CPU seconds of detect_run over one override, then unit n times: one
 * line, one unit of the map, a name span every few bytes */
static double
override_line_time(void *arg, const char *unit, size_t n)
{
	const size_t ul = strlen(unit), len = strlen(RLO) + ul * n;
	char *text = malloc(len + 1);
	double t0;

	(void)arg;
	assert_non_null(text);
	memcpy(text, RLO, strlen(RLO));
	for (size_t i = 0; i < n; i++)
		memcpy(text + strlen(RLO) + i * ul, unit, ul);
	text[len] = '\0';
	t0 = linear_cpu_seconds();
	assert_int_equal(detect_run(&test_default, text, len, DUPONT,
	    N(DUPONT), &S), 0);
	t0 = linear_cpu_seconds() - t0;
	assert_true(S.nspans > 0);
	free(text);
	return t0;
}

static void
test_unit_ends_linear(void **state)
{
	(void)state;
	assert_linear(override_line_time, NULL, "tnopuD naeJ ", 8192);
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_unit_one_span),
		cmocka_unit_test(test_unit_ends_linear),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
