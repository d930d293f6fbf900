/* Unit tests of the twenty-fifth hostile pass (docs/threat-model.md
 * "Hostile review, twenty-fifth pass (hostile25)"): a NUL byte in a cell.
 * The detectors test a text byte against a set of separators with
 * strchr(set, c), which also matches the set's terminating NUL, so a
 * U+0000 in a cell read as a sentence's end, a label's colon, a
 * record's separator (review23's leftover).  Review23 judged that it
 * only ever takes more text; a sentence's start takes less (a
 * capitalized word there may be an ordinary word: written_as_name says
 * no).  The property checked: a name the detectors hide stays hidden,
 * every byte of it, when a NUL is put beside any of its separators or in
 * place of one.  The CSV reader refuses a NUL byte (csvio.c "NUL byte"),
 * so neither the mount nor the exporter hands one to the scrubber today;
 * the detectors' own contract is a (text, length) pair, which may hold
 * one.  The detectors alone (detect_run), in both modes. */
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

/* Texts and the names in them the detectors hide; the surnames are
 * ordinary words in no name list where the form allows it. */
static const struct {
	const char	*text;
	const char	*names[3];
} CASES[] = {
	{ "Patiente Pigeon vue ce jour.", { "Pigeon", NULL } },
	{ "Vu avec Mme Vigneron ce matin.", { "Vigneron", NULL } },
	{ "Appel de M. Chapelle, fils de la patiente.", { "Chapelle", NULL } },
	{ "Nom : TISSERAND Prenom : Louise", { "TISSERAND", "Louise",
	    NULL } },
	{ "NOM ZILBERMAN / PRENOM NOA", { "ZILBERMAN", "NOA", NULL } },
	{ "Je suis Dauphin Hugo, infirmier.", { "Dauphin", "Hugo", NULL } },
	{ "Sa fille Cordonnier a appel\xc3\xa9.", { "Cordonnier", NULL } },
	{ "Prevenir Mme Prince au 06 12 34 56 78.", { "Prince",
	    "06 12 34 56 78", NULL } },
	{ "Patient: Kerherve Yann, ne le 12/03/1961", { "Kerherve", "Yann",
	    NULL } },
	{ "Transmis au Dr Quiniou (cardiologue).", { "Quiniou", NULL } },
	{ "RAS. Vue par le Dr Pigeon; revoir.", { "Pigeon", NULL } },
	{ "C. Du Pont pr\xc3\xa9venu ce jour.", { "Du", "Pont", NULL } },
};

/* Is every byte of [a, a + n) in a span of S? */
static int
covered(size_t a, size_t n)
{
	for (size_t b = a; b < a + n; b++) {
		int in = 0;

		for (size_t k = 0; k < S.nspans && !in; k++)
			in = S.spans[k].start <= b && b < S.spans[k].end;
		if (!in)
			return 0;
	}
	return 1;
}

static int
separator(char c)
{
	return c != '\0' && strchr(" ,.;:/()!?\n-", c) != NULL;
}

/* The spans of text[0..len) with byte `at` set to NUL and to 0x01 (a
 * control byte no detector names): the same, else a NUL was read as
 * something the other odd byte is not (main: a sentence's end, a
 * label's colon...).  Where they differ, print both and fail. */
static void
nul_as_other_byte(const struct detect_options *o, char *buf, size_t len,
    size_t at, const char *orig, const char *what)
{
	struct detect_span with_nul[64];
	size_t n_nul;
	int same;

	buf[at] = '\0';
	assert_int_equal(detect_run(o, buf, len, NULL, 0, &S), 0);
	assert_true(S.nspans <= N(with_nul));
	n_nul = S.nspans;
	memcpy(with_nul, S.spans, n_nul * sizeof(with_nul[0]));
	buf[at] = '\x01';
	assert_int_equal(detect_run(o, buf, len, NULL, 0, &S), 0);
	same = n_nul == S.nspans;
	for (size_t k = 0; same && k < n_nul; k++)
		same = with_nul[k].start == S.spans[k].start &&
		    with_nul[k].end == S.spans[k].end;
	if (!same) {
		print_error("%s at byte %zu of '%s'%s: NUL", what, at, orig,
		    o->recall ? " (recall)" : "");
		for (size_t k = 0; k < n_nul; k++)
			print_error(" %zu:%zu", with_nul[k].start,
			    with_nul[k].end);
		print_error(", 0x01");
		for (size_t k = 0; k < S.nspans; k++)
			print_error(" %zu:%zu", S.spans[k].start,
			    S.spans[k].end);
		print_error("\n");
	}
	assert_true(same);
}

/* A NUL beside each separator of a text that names someone, or in its
 * place, is read as any other odd byte is: never as the separator. */
static void
test_nul_is_no_separator(void **state)
{
	struct detect_options recall = test_default;
	char buf[256];

	(void)state;
	recall.recall = 1;
	for (size_t c = 0; c < N(CASES); c++) {
		const char *t = CASES[c].text;
		size_t len = strlen(t);

		assert_true(len + 1 < sizeof(buf));
		for (int mode = 0; mode < 2; mode++) {
			const struct detect_options *o = mode ? &recall :
			    &test_default;

			/* The names are hidden as written. */
			assert_int_equal(detect_run(o, t, len, NULL, 0, &S), 0);
			for (size_t i = 0; i < 3 && CASES[c].names[i]; i++) {
				const char *w = CASES[c].names[i];
				int ok = covered((size_t)(strstr(t, w) - t),
				    strlen(w));

				if (!ok)
					print_error("'%s' left in '%s'\n", w, t);
				assert_true(ok);
			}
			for (size_t p = 0; p <= len; p++) {
				if (!(p < len && separator(t[p])) &&
				    !(p > 0 && separator(t[p - 1])))
					continue;
				memcpy(buf, t, p);
				memcpy(buf + p + 1, t + p, len - p);
				nul_as_other_byte(o, buf, len + 1, p, t,
				    "inserted");
				if (p == len || !separator(t[p]))
					continue;
				memcpy(buf, t, len);
				nul_as_other_byte(o, buf, len, p, t,
				    "for a separator");
			}
		}
	}
}

/* A control byte where a space was: a form feed, the ASCII separators, a
 * stray 0x01.  The cues want a space after them: each of these names went
 * through raw on main, through the exporter and the mount alike.  (A tab
 * and a VT keep their meaning, a table's cell and line: textnorm.c.) */
static void
test_control_byte_as_space(void **state)
{
	static const char *const ctl[] = { "\f", "\x1f", "\x01", "\x1c",
	    "\x1e", "\x02" };
	static const struct {
		const char	*before, *after;
		const char	*gone[2];
	} forms[] = {
		{ "Vu avec Mme", "Vigneron ce matin.", { "Vigneron", NULL } },
		{ "Appel de sa fille", "Cordonnier ce soir.", { "Cordonnier",
		    NULL } },
		{ "Patiente", "Pigeon vue ce jour.", { "Pigeon", NULL } },
		{ "Transmis au Dr", "Tisserand ce jour.", { "Tisserand",
		    NULL } },
		{ "Rappeler au", "06 12 34 56 78 demain.", { "06 12 34 56 78",
		    NULL } },
	};
	char text[128];

	(void)state;
	for (size_t f = 0; f < N(forms); f++)
		for (size_t c = 0; c < N(ctl); c++) {
			snprintf(text, sizeof(text), "%s%s%s", forms[f].before,
			    ctl[c], forms[f].after);
			test_spans_both_modes(&test_default, &S, text,
			    forms[f].gone, 1, NULL, 0);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nul_is_no_separator),
		cmocka_unit_test(test_control_byte_as_space),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
