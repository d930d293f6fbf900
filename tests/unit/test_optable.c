/* Unit tests for the operator table (src/policy.c, docs/design.md): walks
 * every row, so that an operator added without a name that parses, without
 * a cell function, or with an option another operator's check would let
 * through, fails here.  The option errors name the file, the line and the
 * option, never the value written. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "policy.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"

#define SECRET	"Zq9secretvalue"

static char err[1024];	/* the record load() reported, formatted */

/* What an operator needs besides op = to load; the last [column] of the
 * text, "c", is the one under test. */
static const char *
required(const char *op)
{
	if (strcmp(op, "fake") == 0)
		return "kind = city\n";
	if (strcmp(op, "date") == 0)
		return "mode = month\n";
	if (strcmp(op, "icd10_label") == 0)
		return "code = dp\n";
	return "";
}

/* The policy text for one column of operator `op`; *line is the line of
 * `extra` (the column's last line). */
static void
policy_for(const char *op, const char *extra, char *text, size_t len,
    int *line)
{
	int n;

	n = snprintf(text, len,
	    "[project]\n"		/* 1 */
	    "name = t\n"		/* 2 */
	    "[file all]\n"		/* 3 */
	    "match = *.csv\n"		/* 4 */
	    "[column dp]\n"		/* 5 */
	    "headers = diag\n"		/* 6 */
	    "op = icd10\n"		/* 7 */
	    "[column c]\n"		/* 8 */
	    "headers = x\n"		/* 9 */
	    "op = %s\n"			/* 10 */
	    "%s", op, required(op));
	assert_true(n > 0 && (size_t)n < len);
	*line = 11 + (*required(op) != '\0');
	n += snprintf(text + n, len - (size_t)n, "%s", extra);
	assert_true((size_t)n < len);
}

static int
load(const char *text, struct policy **p)
{
	struct test_errors e;
	int r = policy_load_string(text, "x.policy", p, test_errors(&e));

	snprintf(err, sizeof(err), "%s", e.text);
	return r;
}

static const struct policy_column *
column_c(const struct policy *p)
{
	for (size_t i = 0; i < p->ncolumns; i++)
		if (strcmp(p->columns[i].name, "c") == 0)
			return &p->columns[i];
	fail_msg("no column c");
	return NULL;
}

static int
takes(const struct op_def *d, const char *option)
{
	const char *o;

	for (size_t i = 0; (o = policy_op_option(d, i)) != NULL; i++)
		if (strcmp(o, option) == 0)
			return 1;
	return 0;
}

/* Every row: a name unique in the table that `op =` reads back into that
 * row, a cell function, and flags that agree with one another. */
static void
test_every_operator_parses(void **state)
{
	const struct op_def *d, *e;
	struct policy *p;
	char text[1024];
	int line, op, n = 0;

	(void)state;
	for (op = 0; (d = policy_op_def((enum op_kind)op)) != NULL; op++, n++) {
		assert_non_null(d->name);
		assert_non_null(d->apply);
		assert_non_null(d->options);
		assert_string_equal(policy_op_name((enum op_kind)op), d->name);
		for (int k = 0; k < op; k++) {
			e = policy_op_def((enum op_kind)k);
			if (strcmp(e->name, d->name) == 0)
				fail_msg("op %s is in the table twice", d->name);
		}
		/* A pseudonym is the cell's alone, so scrub can make it again
		 * for a value it finds in text. */
		if (d->flags & OP_F_PSEUDONYM)
			assert_true(d->flags & OP_F_MEMOIZABLE);
		if (d->flags & OP_F_LEXICON)
			assert_true(d->flags & OP_F_HIDES);
		/* A function of the cell alone cannot read the row. */
		if (d->flags & (OP_F_SHIFT | OP_F_CONTEXT))
			assert_false(d->flags & OP_F_MEMOIZABLE);

		policy_for(d->name, "", text, sizeof(text), &line);
		if (load(text, &p) != 0)
			fail_msg("op = %s: %s", d->name, err);
		assert_int_equal(column_c(p)->op, op);
		assert_ptr_equal(column_c(p)->def, d);
		policy_free(p);
	}
	assert_true(n > (int)OP_WARD);
	assert_string_equal(policy_op_name((enum op_kind)n), "?");
}

/* An option no operator takes: the message names the file, the line and
 * the option, and not the value written. */
static void
test_unknown_option(void **state)
{
	const struct op_def *d;
	struct policy *p;
	char text[1024], prefix[64];
	int line;

	(void)state;
	for (int op = 0; (d = policy_op_def((enum op_kind)op)) != NULL; op++) {
		policy_for(d->name, "colour = " SECRET "\n", text, sizeof(text),
		    &line);
		assert_int_equal(load(text, &p), -EINVAL);
		snprintf(prefix, sizeof(prefix), "x.policy:%d: ", line);
		if (strncmp(err, prefix, strlen(prefix)) != 0 ||
		    strstr(err, "'colour' is not an option of [column c]") ==
		    NULL)
			fail_msg("op = %s: '%s'", d->name, err);
		if (strstr(err, SECRET) != NULL)
			fail_msg("op = %s: the value in '%s'", d->name, err);
		/* What it takes is listed, from the table. */
		for (size_t i = 0; policy_op_option(d, i) != NULL; i++)
			assert_non_null(strstr(err, policy_op_option(d, i)));
	}
}

/* Each operator takes its own options and not another's: an option of any
 * other row is refused by name; its own are never refused as unknown. */
static void
test_options_belong_to_their_operator(void **state)
{
	const struct op_def *d, *other;
	struct policy *p;
	char text[1024], extra[128];
	const char *o;
	int line, r;

	(void)state;
	for (int op = 0; (d = policy_op_def((enum op_kind)op)) != NULL; op++) {
		for (int k = 0; (other = policy_op_def((enum op_kind)k)) != NULL;
		    k++) {
			for (size_t i = 0; (o = policy_op_option(other, i)) !=
			    NULL; i++) {
				snprintf(extra, sizeof(extra), "%s = " SECRET "\n",
				    o);
				policy_for(d->name, extra, text, sizeof(text),
				    &line);
				if (strstr(required(d->name), o) == required(d->name))
					continue;	/* given already */
				r = load(text, &p);
				if (r == 0) {
					policy_free(p);
					assert_true(takes(d, o));
					continue;
				}
				assert_int_equal(r, -EINVAL);
				if (takes(d, o) != (strstr(err, "is not an option")
				    == NULL))
					fail_msg("op = %s, %s: '%s'", d->name, o,
					    err);
			}
		}
	}
}

/* Flags that the options refine: a shifted date reads the patient's shift
 * and is no longer the cell's alone; a truncated one generalizes. */
static void
test_flags_from_options(void **state)
{
	static const char base[] =
	    "[project]\nname = t\npatient = id\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column id]\nheaders = ipp\nop = token\n"
	    "[column d]\nheaders = d\nop = date\nmode = %s\n"
	    "[column s]\nheaders = s\nop = scrub\ndates = %s\n";
	struct policy *p;
	char text[512];

	(void)state;
	snprintf(text, sizeof(text), base, "shift", "shift");
	assert_int_equal(load(text, &p), 0);
	assert_true(p->columns[1].flags & OP_F_SHIFT);
	assert_false(p->columns[1].flags & OP_F_MEMOIZABLE);
	assert_false(p->columns[1].flags & OP_F_GENERALIZES);
	assert_true(p->columns[2].flags & OP_F_SHIFT);
	assert_true(p->columns[2].flags & OP_F_CONTEXT);
	assert_true(p->columns[0].flags & OP_F_PSEUDONYM);
	policy_free(p);

	snprintf(text, sizeof(text), base, "year", "redact");
	assert_int_equal(load(text, &p), 0);
	assert_false(p->columns[1].flags & OP_F_SHIFT);
	assert_true(p->columns[1].flags & OP_F_MEMOIZABLE);
	assert_true(p->columns[1].flags & OP_F_GENERALIZES);
	assert_false(p->columns[2].flags & OP_F_SHIFT);
	policy_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_operator_parses),
		cmocka_unit_test(test_unknown_option),
		cmocka_unit_test(test_options_belong_to_their_operator),
		cmocka_unit_test(test_flags_from_options),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
