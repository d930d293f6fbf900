/* risk: records grouped by the view values of the quasi-identifiers.  The
 * smallest group is k; groups below the threshold are counted; the worst
 * groups come smallest first, in a reproducible order; keys decode to the
 * view values; blank lines are not records; a column that is not a
 * quasi-identifier does not split groups. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "policy.h"
#include "risk.h"
#include "testlib.h"

static const char POLICY[] =
    "[project]\nname = t\n"
    "[file all]\nmatch = *\n"
    "[column age]\nheaders = age\nop = keep\nquasi = yes\n"
    "[column note]\nheaders = note\nop = keep\n"
    "[column cp]\nheaders = cp\nop = keep\nquasi = show\n"
    "[column secret]\nheaders = secret\nop = drop\nquasi = yes\n";

struct fixture {
	struct engine		*e;
	struct view		*v;
	struct risk_scan	*s;
};

static int
setup(void **state)
{
	static const char head[] = "age;note;secret;cp\n";
	struct fixture *f = calloc(1, sizeof(*f));
	struct view_reader *rd;
	struct pfs_error err;
	int fd;

	assert_non_null(f);
	f->e = test_engine(POLICY);
	fd = test_temp_fd(head, sizeof(head) - 1);
	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_open(f->e, &f->e->policy->files[0], rd, &f->v,
	    &err), 0);
	view_reader_free(rd);
	close(fd);
	assert_int_equal(risk_scan_new(f->v, &f->s), 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	risk_scan_free(f->s);
	view_free(f->v);
	engine_free(f->e);
	free(f);
	return 0;
}

/* Records as the view gives them: age;note;cp (secret is dropped). */
static void
scan(struct fixture *f, const char *const *records)
{
	for (; *records != NULL; records++)
		assert_int_equal(risk_scan_record(f->s, *records,
		    strlen(*records)), 0);
}

static void
test_quasi_identifiers(void **state)
{
	struct fixture *f = *state;
	size_t col;

	/* The emitted quasi columns only, at their view positions. */
	assert_int_equal(risk_scan_nqi(f->s), 2);
	assert_string_equal(policy_column_name(risk_scan_qi(f->s, 0, &col)),
	    "age");
	assert_int_equal(col, 0);
	assert_string_equal(policy_column_name(risk_scan_qi(f->s, 1, &col)),
	    "cp");
	assert_int_equal(col, 2);
	assert_null(risk_scan_qi(f->s, 2, &col));
}

static void
test_groups_and_k(void **state)
{
	static const char *const records[] = {
		"34;a;29200\n", "34;b;29200\n", "34;c;29200\r\n",
		"35;a;29200\n", "35;b;29200\n",
		"34;a;29000\n",
		"\n", "\r\n",			/* blank lines: not records */
		"\"34\";\"x;y\";\"29200\"\n",	/* quoting is not a value */
		NULL,
	};
	struct fixture *f = *state;
	struct risk_summary sum;

	scan(f, records);
	risk_scan_summary(f->s, 3, &sum);
	assert_int_equal(sum.records, 7);
	assert_int_equal(sum.classes, 3);
	assert_int_equal(sum.k, 1);
	assert_int_equal(sum.threshold, 3);
	assert_int_equal(sum.below_classes, 2);		/* sizes 2 and 1 */
	assert_int_equal(sum.below_records, 3);
	risk_scan_summary(f->s, 1, &sum);
	assert_int_equal(sum.below_classes, 0);
	assert_int_equal(sum.below_records, 0);
}

static void
test_worst_groups(void **state)
{
	static const char *const records[] = {
		"40;;75001\n", "40;;75001\n", "40;;75001\n",
		"41;;75002\n", "41;;75002\n",
		"42;;75003\n",
		"39;;75004\n",
		NULL,
	};
	struct fixture *f = *state;
	struct risk_class worst[3];
	const char *v;
	size_t n, vlen;

	scan(f, records);
	n = risk_scan_worst(f->s, worst, 3);
	assert_int_equal(n, 3);
	/* Smallest first; a tie in key order ("39" before "42"). */
	assert_int_equal(worst[0].count, 1);
	assert_int_equal(worst[1].count, 1);
	assert_int_equal(worst[2].count, 2);
	assert_int_equal(risk_key_value(worst[0].key, worst[0].len, 0, &v,
	    &vlen), 0);
	assert_int_equal(vlen, 2);
	assert_memory_equal(v, "39", 2);
	assert_int_equal(risk_key_value(worst[0].key, worst[0].len, 1, &v,
	    &vlen), 0);
	assert_memory_equal(v, "75004", 5);
	assert_int_equal(risk_key_value(worst[1].key, worst[1].len, 0, &v,
	    &vlen), 0);
	assert_memory_equal(v, "42", 2);
	/* No third value; a key cut short does not decode. */
	assert_int_equal(risk_key_value(worst[0].key, worst[0].len, 2, &v,
	    &vlen), -EINVAL);
	assert_int_equal(risk_key_value(worst[0].key, 5, 0, &v, &vlen),
	    -EINVAL);
	assert_int_equal(risk_scan_worst(f->s, worst, 0), 0);
}

/* Values that differ only where the encoding could blur them are
 * different groups: "1|23" is not "12|3". */
static void
test_key_boundaries(void **state)
{
	static const char *const records[] = {
		"1;;23\n", "12;;3\n", ";;123\n", "123;;\n", NULL,
	};
	struct fixture *f = *state;
	struct risk_summary sum;

	scan(f, records);
	risk_scan_summary(f->s, 2, &sum);
	assert_int_equal(sum.classes, 4);
	assert_int_equal(sum.k, 1);
}

/* Many distinct combinations: the table grows and keeps every count. */
static void
test_growth(void **state)
{
	struct fixture *f = *state;
	struct risk_summary sum;
	char rec[64];

	for (int round = 0; round < 3; round++)
		for (int i = 0; i < 5000; i++) {
			int n = snprintf(rec, sizeof(rec), "%d;x;%05d\n", i % 100,
			    i);
			assert_int_equal(risk_scan_record(f->s, rec, (size_t)n),
			    0);
		}
	risk_scan_summary(f->s, 4, &sum);
	assert_int_equal(sum.records, 15000);
	assert_int_equal(sum.classes, 5000);
	assert_int_equal(sum.k, 3);
	assert_int_equal(sum.below_classes, 5000);
}

/* A view without quasi-identifiers: every record in one group. */
static void
test_no_quasi(void **state)
{
	static const char head[] = "a;b\n";
	struct engine *e = test_engine("[project]\nname = t\ncolumns = keep\n"
	    "[file all]\nmatch = *\n");
	struct view_reader *rd;
	struct pfs_error err;
	struct risk_summary sum;
	struct risk_scan *s;
	struct view *v;
	int fd = test_temp_fd(head, sizeof(head) - 1);

	(void)state;
	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_open(e, &e->policy->files[0], rd, &v, &err), 0);
	assert_int_equal(risk_scan_new(v, &s), 0);
	assert_int_equal(risk_scan_nqi(s), 0);
	assert_int_equal(risk_scan_record(s, "1;2\n", 4), 0);
	assert_int_equal(risk_scan_record(s, "3;4\n", 4), 0);
	risk_scan_summary(s, 5, &sum);
	assert_int_equal(sum.records, 2);
	assert_int_equal(sum.classes, 1);
	assert_int_equal(sum.k, 2);
	risk_scan_free(s);
	view_free(v);
	view_reader_free(rd);
	close(fd);
	engine_free(e);
}

static void
test_empty(void **state)
{
	struct fixture *f = *state;
	struct risk_summary sum;

	risk_scan_summary(f->s, 5, &sum);
	assert_int_equal(sum.records, 0);
	assert_int_equal(sum.k, 0);
	assert_int_equal(risk_scan_record(f->s, "", 0), 0);
	risk_scan_summary(f->s, 5, &sum);
	assert_int_equal(sum.records, 0);
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_quasi_identifiers),
		T(test_groups_and_k),
		T(test_worst_groups),
		T(test_key_boundaries),
		T(test_growth),
		cmocka_unit_test(test_no_quasi),
		T(test_empty),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
