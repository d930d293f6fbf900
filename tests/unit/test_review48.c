/* review48: the final read of the thirty-fifth pass's change.
 * 1. icd10_parse_cell on a cell of blanks only read one byte past the
 *    cell (icd10_loose_one read s[0] of an empty rest before its length
 *    test): the cell here ends at a page that cannot be read. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "icd10.h"

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_icd10_cell_blank_edge),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
