/* Unit tests for the limits a reader cannot pass: the handle pool (a share
 * per user, EMFILE then ENFILE, handles given back) and the memory budget
 * (charges refused past the limit, sizes parsed, buffers charged as they
 * grow and uncharged when freed). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>

#include <cmocka.h>

#include "buf.h"
#include "handles.h"
#include "membudget.h"

static void
test_handle_shares(void **state)
{
	struct handles *h;
	int i;

	(void)state;
	assert_int_equal(handles_new(8, &h), 0);
	/* One user: 3/4 of 8. */
	for (i = 0; i < 6; i++)
		assert_int_equal(handles_take(h, 1000), 0);
	assert_int_equal(handles_take(h, 1000), -EMFILE);
	/* Another user: the rest, then everyone is out. */
	assert_int_equal(handles_take(h, 1001), 0);
	assert_int_equal(handles_take(h, 1001), 0);
	assert_int_equal(handles_take(h, 1001), -ENFILE);
	assert_int_equal(handles_take(h, 0), -ENFILE);
	/* Given back: taken again. */
	handles_give(h, 1000);
	assert_int_equal(handles_take(h, 1001), 0);
	assert_int_equal(handles_take(h, 1000), -ENFILE);
	handles_give(h, 1001);
	assert_int_equal(handles_take(h, 1000), 0);
	handles_free(h);
}

static void
test_handle_minimum(void **state)
{
	struct handles *h;

	(void)state;
	assert_int_equal(handles_new(1, &h), 0);
	assert_int_equal(handles_take(h, 5), 0);
	assert_int_equal(handles_take(h, 5), -EMFILE);
	assert_int_equal(handles_take(h, 6), -ENFILE);
	handles_free(h);
	assert_int_equal(handles_take(NULL, 5), 0);	/* no pool: no limit */
}

static void
test_budget(void **state)
{
	size_t base = membudget_used();

	(void)state;
	membudget_set_limit(base + 1000);
	assert_int_equal(membudget_charge(600), 0);
	assert_int_equal(membudget_charge(600), -ENOMEM);
	assert_int_equal(membudget_used(), base + 600);
	membudget_uncharge(600);
	assert_int_equal(membudget_charge(1000), 0);
	membudget_uncharge(1000);
	assert_int_equal(membudget_used(), base);
	membudget_set_limit(0);
	assert_int_equal(membudget_charge((size_t)1 << 40), 0);
	membudget_uncharge((size_t)1 << 40);
}

static void
test_buffers_charged(void **state)
{
	struct buf b = BUF_INIT;
	size_t base = membudget_used();
	static char big[1 << 16];

	(void)state;
	membudget_set_limit(base + (1 << 17));
	assert_int_equal(buf_append(&b, big, sizeof(big)), 0);
	assert_true(membudget_used() >= base + sizeof(big));
	/* Growing past the budget fails, the buffer stays as it was. */
	assert_int_equal(buf_append(&b, big, sizeof(big)), 0);
	assert_int_equal(buf_append(&b, big, sizeof(big)), -ENOMEM);
	assert_int_equal(b.len, 2 * sizeof(big));
	buf_free(&b);
	assert_int_equal(membudget_used(), base);
	membudget_set_limit(0);
}

static void
test_parse(void **state)
{
	(void)state;
	assert_int_equal(membudget_parse("256M"), (size_t)256 << 20);
	assert_int_equal(membudget_parse("1G"), (size_t)1 << 30);
	assert_int_equal(membudget_parse("64k"), (size_t)64 << 10);
	assert_int_equal(membudget_parse("1048576"), (size_t)1 << 20);
	assert_int_equal(membudget_parse("16MB"), (size_t)16 << 20);
	assert_int_equal(membudget_parse("-1M"), 0);
	assert_int_equal(membudget_parse("12X"), 0);
	assert_int_equal(membudget_parse(""), 0);
	assert_int_equal(membudget_parse("99999999999999999999G"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_handle_shares),
		cmocka_unit_test(test_handle_minimum),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_buffers_charged),
		cmocka_unit_test(test_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
