/* review48: the final read of the thirty-fifth pass's change.
 * 1. icd10_parse_cell on a cell of blanks only read one byte past the
 *    cell (icd10_loose_one read s[0] of an empty rest before its length
 *    test): the cell here ends at a page that cannot be read. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "detect.h"
#include "icd10.h"
#include "testlib.h"

/* A cell of n bytes whose last byte is the last readable one. */
static char *
cell_at_edge(const char *v, size_t n, void **map, size_t *mlen)
{
	size_t pg = (size_t)sysconf(_SC_PAGESIZE);
	char *p;

	*mlen = 2 * pg;
	*map = mmap(NULL, *mlen, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0);
	assert_true(*map != MAP_FAILED);
	p = *map;
	assert_int_equal(mprotect(p + pg, pg, PROT_NONE), 0);
	memcpy(p + pg - n, v, n);
	return p + pg - n;
}

static void
test_icd10_cell_blank_edge(void **state)
{
	static const char *const cells[] = { "   ", "\t", " ", "  . ",
	    "F32.1", " F 32,1 ", "B20-B24", "F32.1*", "B20\xe2\x80\xa0",
	    NULL };
	struct icd10_code code;

	(void)state;
	for (size_t k = 0; cells[k] != NULL; k++) {
		size_t n = strlen(cells[k]), mlen;
		void *map;
		const char *v = cell_at_edge(cells[k], n, &map, &mlen);
		int r = icd10_parse_cell(v, n, &code);

		/* the blank cells are no code; the others are */
		assert_int_equal(r, k < 4 ? -EINVAL : 0);
		munmap(map, mlen);
	}
}

/* MОНT (a Latin M and T) before the cell GOLFIER, in MONTGOLFIER's
 * row: only cell_end_match asks the transliterator of it (the evasion
 * pass reads it as Latin).  In a child: the fault is the process's. */
static void
test_translit_run_fails_closed(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "MONTGOLFIER", 11 },
		{ DETECT_IDENT_FIRST_NAME, "Lucienne", 8 },
		{ DETECT_IDENT_CELL_AFTER, "GOLFIER", 7 },
	};
	static const struct detect_value row2[] = {
		{ DETECT_IDENT_LAST_NAME, "MONTGOLFIER", 11 },
		{ DETECT_IDENT_FIRST_NAME, "Lucienne", 8 },
		{ DETECT_IDENT_CELL_BEFORE, "MONTGOLF", 8 },
	};
	static const char *const cells[] = { "M\xd0\x9e\xd0\x9dT",
	    "vu M\xd0\x9e\xd0\x9dT" };
	pid_t pid;
	int st = 0;

	(void)state;
	fflush(NULL);
	if ((pid = fork()) == 0) {
		struct detect_scratch c = { 0 };
		const char *what = NULL, *ier = "\xd0\x86\xd0\x95R";

		if (detect_prepare(&what) != 0)
			_exit(2);
		setenv("PSEUDONYMFS_TEST_FAULT", "translit_run", 1);
		for (size_t k = 0; k < 2; k++)
			if (detect_run(&test_default, cells[k],
			    strlen(cells[k]), row, 3, &c) != -EIO)
				_exit(3 + (int)k);
		/* (ІЕR after MONTGOLF: the extra letters' walk) */
		if (detect_run(&test_default, ier, strlen(ier), row2, 3,
		    &c) != -EIO)
			_exit(5);
		detect_scratch_free(&c);
		_exit(0);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_icd10_cell_blank_edge),
		cmocka_unit_test(test_translit_run_fails_closed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
