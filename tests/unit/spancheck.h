/*
 * The span checks the detector unit tests share.  Define, before
 * including this after <cmocka.h>, the part a test wants:
 *
 * SPANCHECK_CASES (test_addrdate, test_detect_uncued): run_row() over all
 *   detectors, exact()/hidden()/untouched() of a span, the table of cases
 *   CASES(...) with the kinds A, D, ANY; the op = scrub fixture (MASTER,
 *   the addrdate-test POLICY, setup/teardown, apply() of a column).
 * SPANCHECK_MARKED (test_namesprec, test_thing): check_marked() and
 *   check_marked_modes() of a text whose "[word]" must go and "{word}"
 *   must stay, in the default and the recall modes, with the row's names.
 *
 * Always: SPANCHECK_MASTER_INIT, the master key of the scrub tests, and
 * SPANCHECK_POLICY_HEAD(name), the [project] and token ipp column their
 * policies begin with.
 */
#ifndef SPANCHECK_H
#define SPANCHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"

/* The scrub tests' master key (not testlib's TEST_MASTER). */
#define SPANCHECK_MASTER_INIT	{ 7, 7, 7, 7, 1, 2, 3 }

/* The start of a scrub test's policy: the project and its ipp token. */
#define SPANCHECK_POLICY_HEAD(name)					\
    "[project]\n"							\
    "name = " name "\n"						\
    "patient = ipp\n"							\
    "date_shift_days = 30\n"						\
    "[file all]\n"							\
    "match = *.csv\n"							\
    "[column ipp]\n"							\
    "headers = ipp\n"							\
    "op = token\n"							\
    "prefix = P-\n"							\
    "normalize = digits\n"						\
    "identifies = id\n"

#if defined(SPANCHECK_CASES) || defined(SPANCHECK_MARKED)
static struct detect_scratch S;
#endif

#ifdef SPANCHECK_CASES
#include "buf.h"
#include "engine.h"
#include "ops.h"
#include "policy.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"

static const struct detect_options ALL = { DETECT_ALL, 0, 0, NULL, 0 };

static void
run_row(const char *text, const struct detect_value *row, size_t nrow)
{
	assert_int_equal(detect_run(&ALL, text, strlen(text), row, nrow, &S), 0);
}

/* A span of `kind` covers exactly `what` (its first occurrence). */
static int
exact(const char *text, enum detect_kind kind, const char *what)
{
	const char *p = strstr(text, what);
	size_t a, b;

	if (p == NULL)
		return 0;
	a = (size_t)(p - text);
	b = a + strlen(what);
	for (size_t i = 0; i < S.nspans; i++)
		if (S.spans[i].kind == kind && S.spans[i].start == a &&
		    S.spans[i].end == b)
			return 1;
	return 0;
}

/* Every byte of `what` lies in some span (hidden whatever its kind). */
static int
hidden(const char *text, const char *what)
{
	const char *p = strstr(text, what);
	size_t a, b;

	assert_non_null(p);
	a = (size_t)(p - text);
	b = a + strlen(what);
	for (size_t x = a; x < b; x++) {
		int in = 0;
		for (size_t i = 0; i < S.nspans && !in; i++)
			in = S.spans[i].start <= x && x < S.spans[i].end;
		if (!in && text[x] != ' ')
			return 0;
	}
	return 1;
}

/* No span touches `what`. */
static int
untouched(const char *text, const char *what)
{
	const char *p = strstr(text, what);
	size_t a, b;

	assert_non_null(p);
	a = (size_t)(p - text);
	b = a + strlen(what);
	for (size_t i = 0; i < S.nspans; i++)
		if (S.spans[i].start < b && S.spans[i].end > a)
			return 0;
	return 1;
}

struct acase {
	const char		*text;
	enum detect_kind	 kind;	/* DETECT_NKINDS: hidden, any kind */
	const char		*what;	/* NULL: kept[] only */
	const char		*kept;	/* NULL: nothing */
};

static void
check_cases(const struct acase *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		run_row(c[i].text, NULL, 0);
		if (c[i].what != NULL && !(c[i].kind == DETECT_NKINDS ?
		    hidden(c[i].text, c[i].what) :
		    exact(c[i].text, c[i].kind, c[i].what))) {
			print_error("not found: kind %d '%s' in '%s'\n",
			    (int)c[i].kind, c[i].what, c[i].text);
			for (size_t k = 0; k < S.nspans; k++)
				print_error("  span %d '%.*s'\n", (int)S.spans[k].kind,
				    (int)(S.spans[k].end - S.spans[k].start),
				    c[i].text + S.spans[k].start);
			fail();
		}
		if (c[i].kept != NULL && !untouched(c[i].text, c[i].kept)) {
			print_error("taken: '%s' in '%s'\n", c[i].kept, c[i].text);
			fail();
		}
	}
}
#define CASES(...) do {							\
	static const struct acase cases_[] = { __VA_ARGS__ };		\
	check_cases(cases_, sizeof(cases_) / sizeof(cases_[0]));	\
} while (0)

#define A	DETECT_ADDRESS
#define D	DETECT_DATE
#define ANY	DETECT_NKINDS
static const uint8_t MASTER[KEYS_MASTER_BYTES] = SPANCHECK_MASTER_INIT;
static const char POLICY[] =
    SPANCHECK_POLICY_HEAD("addrdate-test")
    "[column com]\n"
    "headers = commentaire\n"
    "op = scrub\n"
    "dates = shift\n"
    "[column com2]\n"
    "headers = note\n"
    "op = scrub\n"
    "dates = redact\n";

struct fixture {
	struct engine	*e;
	struct ops_scratch s;
	struct buf	 out;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	f->e = test_engine_key(POLICY, MASTER);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	ops_scratch_free(&f->s);
	buf_free(&f->out);
	engine_free(f->e);
	free(f);
	detect_scratch_free(&S);
	return 0;
}

static const char *
apply(struct fixture *f, const char *name, const struct ops_row *row,
    const char *v)
{
	static char text[2048];
	const struct policy *p = f->e->policy;
	const struct policy_column *c = NULL;

	for (size_t i = 0; i < p->ncolumns; i++)
		if (strcmp(p->columns[i].name, name) == 0)
			c = &p->columns[i];
	assert_non_null(c);
	buf_reset(&f->out);
	assert_int_equal(ops_apply(p, c, row, v, strlen(v), &f->s, &f->out), 0);
	assert_true(f->out.len < sizeof(text));
	memcpy(text, f->out.data, f->out.len);
	text[f->out.len] = '\0';
	return text;
}
#endif /* SPANCHECK_CASES */

#ifdef SPANCHECK_MARKED
static const struct detect_options DEFAULT_MODE = { DETECT_ALL, 0, 0, NULL, 0 };
static const struct detect_options RECALL_MODE = { DETECT_ALL, 0, 0, NULL, 1 };

/* The row: a surname and a first name (either may be NULL). */
static size_t
row_of(struct detect_value *row, const char *last, const char *first)
{
	size_t n = 0;

	if (last != NULL)
		row[n++] = (struct detect_value){ DETECT_IDENT_LAST_NAME, last,
		    strlen(last) };
	if (first != NULL)
		row[n++] = (struct detect_value){ DETECT_IDENT_FIRST_NAME, first,
		    strlen(first) };
	return n;
}

/* Span over [a, a + n)?  whole: one span covers all of it; else: some
 * span touches it. */
static int
covered(size_t a, size_t n, int whole)
{
	for (size_t k = 0; k < S.nspans; k++) {
		if (whole && S.spans[k].start <= a && S.spans[k].end >= a + n)
			return 1;
		if (!whole && S.spans[k].start < a + n && S.spans[k].end > a)
			return 1;
	}
	return 0;
}

/* Every "[word]" of marked is a name that must go, every "{word}" a word
 * that must stay; the text run is marked without the brackets.  In the
 * default mode, and in recall first unless default_only. */
static void
check_marked_modes(const char *marked, const char *last, const char *first,
    int default_only)
{
	static const struct detect_options *const modes[] = { &DEFAULT_MODE,
	    &RECALL_MODE };
	struct detect_value row[2];
	size_t nrow = row_of(row, last, first);
	char text[512];
	size_t at[16], len[16], n = 0, tl = 0;
	int gone[16];

	for (const char *p = marked; *p != '\0'; p++) {
		if (*p == '[' || *p == '{') {
			assert_true(n < 16);
			gone[n] = *p == '[';
			at[n] = tl;
			continue;
		}
		if (*p == ']' || *p == '}') {
			len[n] = tl - at[n];
			n++;
			continue;
		}
		assert_true(tl + 1 < sizeof(text));
		text[tl++] = *p;
	}
	text[tl] = '\0';
	for (size_t m = 0; m < (default_only ? 1u : 2u); m++) {
		assert_int_equal(detect_run(modes[m], text, tl, row, nrow, &S), 0);
		for (size_t i = 0; i < n; i++) {
			int c = covered(at[i], len[i], gone[i]);

			if (c != gone[i])
				print_error("%s '%.*s' in '%s' (%s)\n", gone[i] ?
				    "left" : "took", (int)len[i], text + at[i],
				    text, m ? "recall" : "default");
			assert_int_equal(c, gone[i]);
		}
	}
}

static void
check_marked(const char *marked, const char *last, const char *first)
{
	check_marked_modes(marked, last, first, 0);
}
#endif /* SPANCHECK_MARKED */

#endif /* SPANCHECK_H */
