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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_growth_keeps_bytes),
		cmocka_unit_test(test_reserve),
		cmocka_unit_test(test_budget),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
