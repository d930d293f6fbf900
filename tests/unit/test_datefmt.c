/* Unit tests for datefmt: every accepted shape round-trips byte for byte,
 * shifts cross month/year/leap boundaries, truncation clears the time, and
 * anything that is not exactly a date is refused. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "datefmt.h"

static int
parse(const char *s, struct date_value *d)
{
	return date_parse(s, strlen(s), d);
}

/* Parse `s`, apply `days` (if shift) or truncation, and compare the
 * written form with `want`. */
static void
check_written(const struct date_value *d, const char *like, const char *want)
{
	struct buf b = BUF_INIT;

	assert_int_equal(date_format(d, like, &b), 0);
	assert_int_equal(b.len, strlen(want));
	assert_memory_equal(b.data, want, b.len);
	buf_free(&b);
}

static void
check_shift(const char *s, int days, const char *want)
{
	struct date_value d;

	assert_int_equal(parse(s, &d), 0);
	date_add_days(&d, days);
	check_written(&d, s, want);
}

static void
check_trunc(const char *s, enum date_unit u, const char *want)
{
	struct date_value d;

	assert_int_equal(parse(s, &d), 0);
	date_truncate(&d, u);
	check_written(&d, s, want);
}

static void
test_roundtrip(void **state)
{
	static const char *ok[] = {
		"12/03/2021", "12-03-2021", "12.03.2021", "12/03/21",
		"12/03/95", "2021-03-12", "2021/03/12", "20210312",
		"1/3/2021", "01/3/2021", "1/03/2021", "2021-3-1",
		"29/02/2020", "29/02/2000", "01/01/0001", "31/12/9999",
		"12/03/2021 14:32", "12/03/2021 14:32:05", "12/03/2021 9:05",
		"2021-03-12T14:32:05", "2021-03-12T14:32",
		"2021-03-12T14:32:05.123+01:00", "2021-03-12T14:32:05Z",
		"2021-03-12T14:32:05-0530", "2021-03-12 14:32:05,5",
		"2021-03-12 14:32:05+02", "20210312 09:00",
		"12/03/21 23:59:60",
	};
	struct date_value d;
	struct buf b = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		buf_reset(&b);
		if (parse(ok[i], &d) != 0)
			fail_msg("rejected: %s", ok[i]);
		assert_int_equal(date_format(&d, ok[i], &b), 0);
		assert_int_equal(b.len, strlen(ok[i]));
		assert_memory_equal(b.data, ok[i], b.len);
	}
	buf_free(&b);
}

static void
test_fields(void **state)
{
	struct date_value d;

	(void)state;
	assert_int_equal(parse("1/3/2021", &d), 0);
	assert_int_equal(d.day, 1);
	assert_int_equal(d.month, 3);
	assert_int_equal(d.year, 2021);
	assert_int_equal(d.order, DATE_DMY);
	assert_int_equal(d.sep, '/');
	assert_int_equal(d.day_digits, 1);
	assert_int_equal(d.has_time, 0);
	assert_int_equal(d.tail_len, 0);

	assert_int_equal(parse("12/03/21", &d), 0);
	assert_int_equal(d.year, 2021);
	assert_int_equal(d.year_digits, 2);
	assert_int_equal(parse("12/03/30", &d), 0);
	assert_int_equal(d.year, 2030);
	assert_int_equal(parse("12/03/31", &d), 0);
	assert_int_equal(d.year, 1931);
	assert_int_equal(parse("12/03/00", &d), 0);
	assert_int_equal(d.year, 2000);

	assert_int_equal(parse("20210312", &d), 0);
	assert_int_equal(d.order, DATE_YMD);
	assert_int_equal(d.sep, 0);
	assert_int_equal(d.year, 2021);
	assert_int_equal(d.month, 3);
	assert_int_equal(d.day, 12);

	assert_int_equal(parse("2021-03-12T14:32:05", &d), 0);
	assert_int_equal(d.has_time, 1);
	assert_int_equal(d.tail_off, 10);
	assert_int_equal(d.tail_len, 9);
}

static void
test_shift(void **state)
{
	(void)state;
	check_shift("28/02/2020", 1, "29/02/2020");
	check_shift("28/02/2020", 2, "01/03/2020");
	check_shift("28/02/2021", 1, "01/03/2021");
	check_shift("28/02/1900", 1, "01/03/1900");
	check_shift("28/02/2000", 1, "29/02/2000");
	check_shift("31/12/2021", 1, "01/01/2022");
	check_shift("30/04/2021", 1, "01/05/2021");
	check_shift("2021-01-31", 1, "2021-02-01");
	check_shift("20211231", 1, "20220101");
	check_shift("12/03/2021", 365, "12/03/2022");
	check_shift("12/03/2020", 365, "12/03/2021");
	check_shift("12/03/2021", 0, "12/03/2021");
	/* Negative shifts. */
	check_shift("01/01/2022", -1, "31/12/2021");
	check_shift("01/03/2020", -1, "29/02/2020");
	check_shift("01/03/2021", -1, "28/02/2021");
	check_shift("2021-03-12", -3650, "2011-03-15");
	/* Widths as written: a one-digit field grows only when it must. */
	check_shift("1/3/2021", 10, "11/3/2021");
	check_shift("1/3/2021", -1, "28/2/2021");
	check_shift("01/03/2021", 1, "02/03/2021");
	check_shift("2021-3-1", 31, "2021-4-1");
	check_shift("2021-3-1", 300, "2021-12-26");
	/* Two-digit years across the century. */
	check_shift("31/12/99", 1, "01/01/00");
	check_shift("01/01/00", -1, "31/12/99");
	/* The time of day rides along untouched. */
	check_shift("12/03/2021 14:32", 1, "13/03/2021 14:32");
	check_shift("2021-12-31T23:59:59.999+01:00", 1,
	    "2022-01-01T23:59:59.999+01:00");
	/* Clamped at the ends rather than written with a fifth digit. */
	check_shift("31/12/9999", 1, "31/12/9999");
	check_shift("01/01/0001", -1, "01/01/0001");
}

static void
test_truncate(void **state)
{
	struct date_value d;
	struct buf b = BUF_INIT;
	const char *s = "15/08/2021 14:32";

	(void)state;
	check_trunc("15/08/2021", DATE_MONTH, "01/08/2021");
	check_trunc("15/08/2021", DATE_YEAR, "01/01/2021");
	check_trunc("15/08/2021 14:32", DATE_MONTH, "01/08/2021 00:00");
	check_trunc("15/08/2021 14:32:05", DATE_YEAR, "01/01/2021 00:00:00");
	check_trunc("2021-08-15T14:32:05.123+01:00", DATE_YEAR,
	    "2021-01-01T00:00:00.000+01:00");
	check_trunc("2021-08-15T14:32:05Z", DATE_MONTH,
	    "2021-08-01T00:00:00Z");
	check_trunc("2021-08-15 9:05-0530", DATE_MONTH,
	    "2021-08-01 0:00-0530");
	check_trunc("5/8/2021", DATE_MONTH, "1/8/2021");
	check_trunc("5/8/2021", DATE_YEAR, "1/1/2021");
	check_trunc("20210815", DATE_YEAR, "20210101");
	check_trunc("15/08/21", DATE_YEAR, "01/01/21");

	/* Negative: the hour and the day must not survive. */
	assert_int_equal(parse(s, &d), 0);
	date_truncate(&d, DATE_MONTH);
	assert_int_equal(date_format(&d, s, &b), 0);
	assert_null(memmem(b.data, b.len, "14", 2));
	assert_null(memmem(b.data, b.len, "32", 2));
	assert_null(memmem(b.data, b.len, "15", 2));
	buf_free(&b);
}

static void
test_reject(void **state)
{
	static const char *bad[] = {
		"31/02/2021", "2021-13-01", "12/03/2021x", "", "1/1",
		"31/04/2021", "29/02/2021", "29/02/1900", "2021-02-29",
		"00/01/2021", "12/00/2021", "12/13/2021", "32/01/2021",
		" 12/03/2021", "12/03/2021 ", "x12/03/2021", "12/03/2021 foo",
		"12/03/2021 25:00", "12/03/2021 14:60", "12/03/2021 14:32:61",
		"12/03/2021T", "12/03/2021 14", "12/03/2021 14:3",
		"12/03/2021  14:32", "12/03/2021 14:32.5",
		"2021-03-12T14:32:05+0", "2021-03-12T14:32:05Zx",
		"2021-03-12T14:32:05+01:00x", "2021-03-12T14:32:05+01:00:00",
		"2021-03-12T14:32:05+0100 ", "2021-03-12T14:32:05+24",
		"2021-03-12T14:32:05.", "12/03-2021", "2021-03/12",
		"123/03/2021", "12/003/2021", "12/03/20211", "12/03/202",
		"12-03-21", "12.03.21", "12/03/0000", "0000-01-01",
		"00/00/0000", "202103120", "2021031", "20211301", "20210230",
		"12/03/2021\n", "12//2021", "/03/2021", "12/03/", "2021",
		"2021-03-12T14:32:05.1234567890",
	};
	struct date_value d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse(bad[i], &d) != -EINVAL)
			fail_msg("accepted: \"%s\"", bad[i]);
	/* The length bounds the parse: a valid prefix is not a date. */
	assert_int_equal(date_parse("12/03/2021", 5, &d), -EINVAL);
	assert_int_equal(date_parse("12/03/2021 14:32", 10, &d), 0);
	assert_int_equal(d.tail_len, 0);
}

static void
test_format_refuses_bad_value(void **state)
{
	struct date_value d;
	struct buf b = BUF_INIT;

	(void)state;
	assert_int_equal(parse("12/03/2021", &d), 0);
	d.year = 123456;
	assert_int_equal(date_format(&d, "12/03/2021", &b), -EINVAL);
	d.year = 2021;
	d.month = 13;
	assert_int_equal(date_format(&d, "12/03/2021", &b), -EINVAL);
	assert_int_equal(b.len, 0);
	buf_free(&b);
}

static int
age(const char *birth, const char *ref)
{
	struct date_value b, r;

	assert_int_equal(parse(birth, &b), 0);
	assert_int_equal(parse(ref, &r), 0);
	return date_age(&b, &r);
}

static void
test_age(void **state)
{
	(void)state;
	assert_int_equal(age("15/06/1980", "14/06/2020"), 39);
	assert_int_equal(age("15/06/1980", "15/06/2020"), 40);
	assert_int_equal(age("15/06/1980", "16/06/2020"), 40);
	assert_int_equal(age("15/06/1980", "31/05/2020"), 39);
	assert_int_equal(age("15/06/1980", "01/07/2020"), 40);
	assert_int_equal(age("15/06/1980", "15/06/1980"), 0);
	assert_int_equal(age("15/06/1980", "14/06/1981"), 0);
	assert_int_equal(age("15/06/1980", "14/06/1980"), -1);
	assert_int_equal(age("2020-01-01", "2019-12-31"), -1);
	/* Born on a leap day: the year completes on 1 March. */
	assert_int_equal(age("29/02/2000", "28/02/2001"), 0);
	assert_int_equal(age("29/02/2000", "01/03/2001"), 1);
	assert_int_equal(age("29/02/2000", "29/02/2004"), 4);
	/* Mixed shapes compare by value. */
	assert_int_equal(age("19800615", "15/06/2020 08:00"), 40);
}

static void
test_days(void **state)
{
	static const int dim[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	long n, want;
	int y, m, d, yy, mm, dd, last;

	(void)state;
	assert_int_equal(date_to_days(1970, 1, 1), 0);
	assert_int_equal(date_to_days(2000, 3, 1), 11017);
	assert_int_equal(date_to_days(1969, 12, 31), -1);
	assert_int_equal(date_to_days(2000, 1, 1), 10957);
	assert_int_equal(date_to_days(1, 1, 1), -719162);
	assert_int_equal(date_to_days(9999, 12, 31), 2932896);
	date_from_days(11017, &y, &m, &d);
	assert_int_equal(y, 2000);
	assert_int_equal(m, 3);
	assert_int_equal(d, 1);

	/* Every day of years 1..9999 against a plain day counter. */
	want = -719162;
	for (yy = 1; yy <= 9999; yy++) {
		for (mm = 1; mm <= 12; mm++) {
			last = dim[mm - 1];
			if (mm == 2 && ((yy % 4 == 0 && yy % 100 != 0) ||
			    yy % 400 == 0))
				last = 29;
			for (dd = 1; dd <= last; dd++, want++) {
				n = date_to_days(yy, mm, dd);
				if (n != want)
					fail_msg("to_days %d-%d-%d", yy, mm, dd);
				date_from_days(want, &y, &m, &d);
				if (y != yy || m != mm || d != dd)
					fail_msg("from_days %ld", want);
			}
		}
	}
	assert_int_equal(want - 1, 2932896);
}

/* date_parse's fast path for the ten-character shapes against the general
 * path: random strings of digits and separators (most of them dates, many
 * not: 31/02, 00, a wrong separator), every field of the result. */
static void
test_fast_path_matches_reference(void **state)
{
	static const char pick[] = "0123456789/-.0123T ";
	struct date_value a, b;
	unsigned x = 31337;
	char s[40];

	(void)state;
	for (int round = 0; round < 200000; round++) {
		size_t len;
		int ra, rb;

		x = x * 1103515245u + 12345u;
		len = (x >> 16) % 4 == 0 ? 9 + (x >> 8) % 3 : 10;
		for (size_t i = 0; i < len; i++) {
			x = x * 1103515245u + 12345u;
			s[i] = pick[(x >> 16) % (sizeof(pick) - 1)];
		}
		/* Mostly a date's shape, so that both branches are taken. */
		if ((x >> 4) % 2 == 0) {
			s[2] = s[5] = "/-."[(x >> 6) % 3];
		} else if ((x >> 4) % 4 == 1) {
			s[4] = s[7] = "-/"[(x >> 6) % 2];
			s[0] = (char)('1' + (x >> 9) % 2);
		}
		/* A time (or not quite one) after some. */
		if ((x >> 12) % 3 == 0 && len == 10) {
			static const char *const tail[] = { " 14:32",
			    "T14:32:05", " 14:32:05", " 25:00", "T1", " ",
			    "T14:32:05.123+01:00", " 14:32 x" };
			const char *t = tail[(x >> 14) % 8];
			memcpy(s + 10, t, strlen(t));
			len += strlen(t);
		}
		ra = date_parse(s, len, &a);
		rb = date_parse_reference(s, len, &b);
		assert_int_equal(ra, rb);
		if (ra != 0)
			continue;
		assert_int_equal(a.year, b.year);
		assert_int_equal(a.month, b.month);
		assert_int_equal(a.day, b.day);
		assert_int_equal(a.order, b.order);
		assert_int_equal(a.sep, b.sep);
		assert_int_equal(a.year_digits, b.year_digits);
		assert_int_equal(a.day_digits, b.day_digits);
		assert_int_equal(a.month_digits, b.month_digits);
		assert_int_equal(a.tail_off, b.tail_off);
		assert_int_equal(a.tail_len, b.tail_len);
		assert_int_equal(a.has_time, b.has_time);
		assert_int_equal(a.time_zeroed, b.time_zeroed);
	}
}

/*
 * date_parse_ymd (the birth-date operator's) gives date_parse's year,
 * month and day and refuses what it refuses: every day 00-32 of every month 00-13 of years
 * around the leap rules, in the three separators and as YYYY-MM-DD, plus
 * shapes that leave the fast path (a time, two-digit years, stray bytes).
 */
/* date_parse_ymd against date_parse on one cell: same answer, same day. */
static int
same_ymd(const char *cell, size_t n)
{
	struct date_value d;
	struct date_ymd y = { -1, -1, -1 };
	int ok = date_parse(cell, n, &d);

	assert_int_equal(date_parse_ymd(cell, n, &y), ok);
	if (ok == 0) {
		assert_int_equal(y.year, d.year);
		assert_int_equal(y.month, d.month);
		assert_int_equal(y.day, d.day);
	}
	return ok;
}

/* Completed years by the day counts (date_age's earlier definition). */
static int
age_by_days(const struct date_ymd *b, const struct date_value *r)
{
	int age;

	if (date_to_days(b->year, b->month, b->day) >
	    date_to_days(r->year, r->month, r->day))
		return -1;
	age = r->year - b->year;
	if (r->month < b->month || (r->month == b->month && r->day < b->day))
		age--;
	return age;
}

static void
test_parse_ymd(void **state)
{
	static const int years[] = { 0, 1, 1899, 1900, 1970, 1996, 2000,
	    2023, 2024, 2025, 2026, 9999 };
	static const char *const odd[] = { "1/2/1970", "01/02/70",
	    "01/02/1970 12:30", "1970-02-01", "01/02-1970", "0a/02/1970",
	    "01/02/197x", "01/02/19700", " 01/02/1970", "31.12.1999",
	    "29-02-2001", "", "2024/02/29" };
	static const char *const refs[] = { "2026-01-01", "2024-02-29",
	    "2000-03-01", "1970-06-15" };
	struct date_value ref[4];
	struct date_ymd y;
	char cell[32];
	int refused = 0, taken = 0;

	(void)state;
	for (size_t k = 0; k < 4; k++)
		assert_int_equal(date_parse(refs[k], 10, &ref[k]), 0);
	for (size_t k = 0; k < sizeof(years) / sizeof(years[0]); k++)
		for (int m = 0; m <= 13; m++)
			for (int day = 0; day <= 32; day++)
				for (int f = 0; f < 4; f++) {
					int n = f == 3 ? snprintf(cell,
					    sizeof(cell), "%04d-%02d-%02d",
					    years[k], m, day) :
					    snprintf(cell, sizeof(cell),
					    "%02d%c%02d%c%04d", day,
					    "/-."[f], m, "/-."[f], years[k]);

					if (same_ymd(cell, (size_t)n) != 0) {
						refused++;
						continue;
					}
					taken++;
					assert_int_equal(date_parse_ymd(cell,
					    (size_t)n, &y), 0);
					for (size_t r = 0; r < 4; r++)
						assert_int_equal(date_age_ymd(&y,
						    &ref[r]),
						    age_by_days(&y, &ref[r]));
				}
	/* Both sides were reached (negative: 30/02 and month 13 refused). */
	assert_true(taken > 1000 && refused > 1000);
	assert_int_not_equal(date_parse_ymd("30/02/2024", 10, &y), 0);
	assert_int_not_equal(date_parse_ymd("01/13/2024", 10, &y), 0);
	assert_int_equal(date_parse_ymd("29/02/2024", 10, &y), 0);
	assert_int_equal(y.year, 2024);
	/* Born after the reference: no age (negative). */
	assert_int_equal(date_age_ymd(&y, &ref[0]), 1);
	assert_int_equal(date_age_ymd(&y, &ref[3]), -1);
	for (size_t k = 0; k < sizeof(odd) / sizeof(odd[0]); k++)
		same_ymd(odd[k], strlen(odd[k]));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fast_path_matches_reference),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_shift),
		cmocka_unit_test(test_truncate),
		cmocka_unit_test(test_reject),
		cmocka_unit_test(test_format_refuses_bad_value),
		cmocka_unit_test(test_age),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_parse_ymd),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
