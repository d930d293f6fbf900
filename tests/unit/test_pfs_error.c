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
	/* A place in the policy, as compilers write it; the whole policy,
	 * line 0; without a file, the plain form. */
	expect(&(struct pfs_error){ .code = EINVAL, .file = "p.ini", .line = 7,
	    .in_config = 1, .what = "op = 'tokn': expected one of" },
	    "p.ini:7: op = 'tokn': expected one of");
	expect(&(struct pfs_error){ .code = EINVAL, .file = "p.ini",
	    .in_config = 1, .what = "no [file NAME] section" },
	    "p.ini: no [file NAME] section");
	expect(&(struct pfs_error){ .code = EINVAL, .line = 7, .in_config = 1,
	    .what = "x" }, "line 7: x");
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

static char composed[256];
static int composed_code;

static void
keep_text(void *arg, const struct pfs_error *e)
{
	(void)arg;
	composed_code = e->code;
	pfs_error_format(e, composed, sizeof(composed));
}

/* A composed record: its text formatted once, its errno kept, and only
 * while the reporter runs (nothing reported without one). */
static void
test_reportf(void **state)
{
	struct pfs_reporter r = { keep_text, NULL };

	(void)state;
	pfs_error_reportf(&r, EPERM, "key file %s is accessible by %s", "k",
	    "others");
	assert_string_equal(composed, "key file k is accessible by others");
	assert_int_equal(composed_code, EPERM);
	composed[0] = '\0';
	pfs_error_reportf(NULL, EPERM, "%s", "x");
	pfs_error_reportf(&(struct pfs_reporter){ 0 }, EPERM, "%s", "x");
	assert_string_equal(composed, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parts),
		cmocka_unit_test(test_short_buffer),
		cmocka_unit_test(test_report),
		cmocka_unit_test(test_reportf),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
