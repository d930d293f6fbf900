/* loglimit: a message once per LOGLIMIT_INTERVAL_S, repeats counted; other
 * messages unaffected; a full window forgets its oldest; the table is
 * charged to the memory budget. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "loglimit.h"
#include "membudget.h"

static void
test_once_per_interval(void **state)
{
	struct loglimit *l;
	unsigned long held = 99;
	const char *a = "/x.csv: two or more source entries give this view name";
	const char *b = "/y.csv: two or more source entries give this view name";

	(void)state;
	assert_int_equal(loglimit_new(&l), 0);
	assert_int_equal(loglimit_allow(l, a, 1000, &held), 1);
	assert_int_equal(held, 0);
	/* Listed again and again within the interval: held back. */
	assert_int_equal(loglimit_allow(l, a, 1000, &held), 0);
	assert_int_equal(loglimit_allow(l, a, 1300, &held), 0);
	assert_int_equal(loglimit_allow(l, a, 1000 + LOGLIMIT_INTERVAL_S - 1,
	    &held), 0);
	/* Another message is its own. */
	assert_int_equal(loglimit_allow(l, b, 1001, &held), 1);
	assert_int_equal(held, 0);
	/* After the interval: logged, with the three held back. */
	assert_int_equal(loglimit_allow(l, a, 1000 + LOGLIMIT_INTERVAL_S,
	    &held), 1);
	assert_int_equal(held, 3);
	assert_int_equal(loglimit_allow(l, a, 1000 + LOGLIMIT_INTERVAL_S + 1,
	    &held), 0);
	loglimit_free(l);
}

static void
test_null_logs_everything(void **state)
{
	unsigned long held = 7;

	(void)state;
	assert_int_equal(loglimit_allow(NULL, "/a: x", 1, &held), 1);
	assert_int_equal(loglimit_allow(NULL, "/a: x", 1, &held), 1);
	assert_int_equal(held, 0);
}

/* More messages than slots: the table stays its size, and a message it
 * forgot is logged again rather than held back for ever. */
static void
test_bounded(void **state)
{
	struct loglimit *l;
	unsigned long held;
	char text[64];
	size_t logged_again = 0;

	(void)state;
	assert_int_equal(loglimit_new(&l), 0);
	for (int i = 0; i < 4 * LOGLIMIT_SLOTS; i++) {
		snprintf(text, sizeof(text), "/f%d.csv: refused", i);
		assert_int_equal(loglimit_allow(l, text, 10 + i, &held), 1);
	}
	for (int i = 0; i < 64; i++) {
		snprintf(text, sizeof(text), "/f%d.csv: refused", i);
		logged_again += loglimit_allow(l, text, 10 + 4 * LOGLIMIT_SLOTS,
		    &held) == 1;
	}
	assert_true(logged_again > 0);
	loglimit_free(l);
}

static void
test_charged(void **state)
{
	struct loglimit *l;
	size_t before = membudget_used();

	(void)state;
	assert_int_equal(loglimit_new(&l), 0);
	assert_true(membudget_used() > before);
	loglimit_free(l);
	assert_int_equal(membudget_used(), before);
	membudget_set_limit(before + 1024);
	assert_int_equal(loglimit_new(&l), -ENOMEM);
	assert_null(l);
	membudget_set_limit(0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_once_per_interval),
		cmocka_unit_test(test_null_logs_everything),
		cmocka_unit_test(test_bounded),
		cmocka_unit_test(test_charged),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
