/* pfs_error: the one formatter puts each part of a record in its place and
 * leaves out the parts a record does not have; a short buffer is cut, not
 * overrun, and the length needed is returned. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pfs_error.h"

static void
expect(const struct pfs_error *e, const char *want)
{
	char buf[256];

	assert_int_equal(pfs_error_format(e, buf, sizeof(buf)),
	    (int)strlen(want));
	assert_string_equal(buf, want);
}

static void
test_parts(void **state)
{
	(void)state;
	expect(&(struct pfs_error){ .code = EINVAL, .file = "labo/r.csv",
	    .line = 12, .column = 3, .what = "unterminated quoted field" },
	    "labo/r.csv: line 12, column 3: unterminated quoted field");
	expect(&(struct pfs_error){ .code = EINVAL, .file = "p.csv",
	    .line = 4, .what = "x" }, "p.csv: line 4: x");
	expect(&(struct pfs_error){ .file = "p.csv", .column = 3,
	    .what = "no rule names its header: dropped" },
	    "p.csv: column 3: no rule names its header: dropped");
	expect(&(struct pfs_error){ .code = ENOENT, .file = "a/b.csv",
	    .what = "cannot open source", .with_errno = 1 },
	    "a/b.csv: cannot open source: No such file or directory");
	expect(&(struct pfs_error){ .code = ENOENT, .file = "a/b.csv" },
	    "a/b.csv: No such file or directory");
	expect(&(struct pfs_error){ .code = EPERM, .file = "d/",
	    .rule = "a file of [file x]", .what = "not shown" },
	    "d/: a file of [file x]: not shown");
	/* An errno without with_errno: what says it all. */
	expect(&(struct pfs_error){ .code = EINVAL, .what = "bad" }, "bad");
	expect(&(struct pfs_error){ .code = 0 }, "");
}

static void
test_short_buffer(void **state)
{
	struct pfs_error e = { .code = EINVAL, .file = "abcdef", .line = 1,
	    .what = "w" };
	char buf[5];

	(void)state;
	memset(buf, 'z', sizeof(buf));
	assert_int_equal(pfs_error_format(&e, buf, sizeof(buf)),
	    (int)strlen("abcdef: line 1: w"));
	assert_string_equal(buf, "abcd");
	assert_int_equal(pfs_error_format(&e, NULL, 0), 17);
}

static int reported;

static void
count(void *arg, const struct pfs_error *e)
{
	reported += *(int *)arg + e->code;
}

static void
test_report(void **state)
{
	int one = 1;
	struct pfs_reporter r = { count, &one };

	(void)state;
	pfs_error_sys(&r, "f", "w", 2);
	assert_int_equal(reported, 3);
	pfs_error_sys(NULL, "f", "w", 2);		/* no reporter: nothing */
	pfs_error_sys(&(struct pfs_reporter){ 0 }, "f", "w", 2);
	assert_int_equal(reported, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parts),
		cmocka_unit_test(test_short_buffer),
		cmocka_unit_test(test_report),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
