/* buf: growth keeps the bytes, every allocation is charged to the memory
 * budget and given back on free, a refused charge leaves the buffer as it
 * was, and sizes that would overflow are refused. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "membudget.h"

/* This test is linked with -Wl,--wrap=free (Makefile): every free of the
 * program goes through __wrap_free, which looks at the block the test
 * watches before it is given back.  A realloc that moves a block frees
 * the old one inside the C library, past this wrapper: the watched block
 * is then never seen. */
void	__real_free(void *);
void	__wrap_free(void *);

static const unsigned char *watched;
static size_t watched_len;
static int watched_freed, watched_wiped;

void
__wrap_free(void *p)
{
	if (p != NULL && p == watched) {
		size_t i;

		watched_freed = 1;
		for (i = 0; i < watched_len && watched[i] == 0; i++)
			;
		watched_wiped = i == watched_len;
		watched = NULL;
	}
	__real_free(p);
}

static void
test_growth_keeps_bytes(void **state)
{
	struct buf b = BUF_INIT;
	size_t cap = 0;
	int grew = 0;

	(void)state;
	/* Nothing to add: nothing allocated. */
	assert_int_equal(buf_append(&b, "x", 0), 0);
	assert_null(b.data);
	for (int i = 0; i < 5000; i++) {
		char c = (char)('a' + i % 26);
		if (i % 2)
			assert_int_equal(buf_putc(&b, c), 0);
		else
			assert_int_equal(buf_append(&b, &c, 1), 0);
		grew += b.cap != cap;
		cap = b.cap;
	}
	assert_int_equal(b.len, 5000);
	assert_true(b.cap >= b.len);
	/* Doubling: a few allocations, not one per byte. */
	assert_true(grew <= 8);
	for (int i = 0; i < 5000; i++)
		assert_int_equal(b.data[i], 'a' + i % 26);
	assert_int_equal(buf_append_str(&b, "fin"), 0);
	assert_memory_equal(b.data + 5000, "fin", 3);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, cap);		/* memory kept */
	buf_free(&b);
	assert_null(b.data);
	assert_int_equal(b.len + b.cap, 0);
	buf_free(&b);				/* twice is harmless */
}

static void
test_reserve(void **state)
{
	struct buf b = BUF_INIT;
	char *data;

	(void)state;
	assert_int_equal(buf_reserve(&b, 100), 0);
	assert_true(b.cap >= 100);
	assert_int_equal(b.len, 0);
	data = b.data;
	/* Room already there: no new allocation. */
	assert_int_equal(buf_append(&b, "0123456789", 10), 0);
	assert_int_equal(buf_reserve(&b, b.cap - b.len), 0);
	assert_ptr_equal(b.data, data);
	/* len + extra would wrap around. */
	assert_int_equal(buf_reserve(&b, SIZE_MAX), -ENOMEM);
	assert_int_equal(buf_reserve(&b, SIZE_MAX - 5), -ENOMEM);
	assert_int_equal(buf_reserve(&b, SIZE_MAX / 2), -ENOMEM);
	assert_int_equal(b.len, 10);
	assert_memory_equal(b.data, "0123456789", 10);
	buf_free(&b);
}

/* The budget sees every byte a buffer holds, and a buffer that cannot
 * grow within it fails that append only. */
static void
test_budget(void **state)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	size_t base = membudget_used();
	char big[4096];

	(void)state;
	memset(big, 'z', sizeof(big));
	assert_int_equal(buf_append(&a, big, 100), 0);
	assert_int_equal(membudget_used(), base + a.cap);
	membudget_set_limit(base + a.cap + 1024);
	assert_int_equal(buf_append(&b, big, 512), 0);
	/* b doubles to 2048 > the 1024 left: refused, b unchanged. */
	assert_int_equal(buf_append(&b, big, 1000), -ENOMEM);
	assert_int_equal(b.len, 512);
	assert_int_equal(b.cap, 512);
	assert_int_equal(buf_putc(&a, 'y'), 0);	/* a has room: no charge */
	assert_int_equal(membudget_used(), base + a.cap + b.cap);
	buf_free(&b);
	assert_int_equal(buf_append(&b, big, 1000), 0);	/* room again */
	membudget_set_limit(0);
	buf_free(&a);
	buf_free(&b);
	assert_int_equal(membudget_used(), base);
}

/* A buffer that grows out of its block leaves no raw text behind: the
 * old block is wiped before it is freed (buf_free wipes; a move must
 * too, or a cell's text stays in the heap's free lists). */
static void
test_growth_wipes_old_block(void **state)
{
	struct buf b = BUF_INIT;
	static const char secret[] = "DUPONT Jean 1 84 02 75 123 456 78";
	char *old;
	int moves = 0;

	(void)state;
	assert_int_equal(buf_append(&b, secret, sizeof(secret) - 1), 0);
	/* Grow until the block moves (it always does from 64 bytes to 1 MB
	 * with glibc's malloc; a move is what the test needs). */
	while (moves == 0 && b.cap < (1u << 20)) {
		old = b.data;
		watched = (const unsigned char *)old;
		watched_len = b.cap;
		watched_freed = watched_wiped = 0;
		assert_int_equal(buf_reserve(&b, b.cap * 2), 0);
		if (b.data != old) {
			moves++;
			assert_true(watched_freed);
			assert_true(watched_wiped);
		}
		watched = NULL;
	}
	assert_int_equal(moves, 1);
	assert_memory_equal(b.data, secret, sizeof(secret) - 1);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_growth_keeps_bytes),
		cmocka_unit_test(test_reserve),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_growth_wipes_old_block),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
