/* Dates in the shapes exports write them: parse keeping the shape, shift or
 * truncate the value, write it back in the same shape. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "datefmt.h"
#include "util.h"

/* Two-digit years: 00..30 are 20xx, 31..99 are 19xx.  A constant rather than
 * the clock, so that the same file gives the same view next year. */
#define DATE_PIVOT_YY	30

#define DATE_MIN_YEAR	1
#define DATE_MAX_YEAR	9999

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int dim[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && is_leap(y))
		return 29;
	return dim[m - 1];
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian
 * calendar, no table, no loop. */
long
date_to_days(int y, int m, int d)
{
	long yy, era, yoe, doy, doe;

	yy = (long)y - (m <= 2);
	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
date_from_days(long days, int *y, int *m, int *d)
{
	long z, era, doe, yoe, doy, mp, yy;

	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/* Read a run of digits at s[*i]; the whole run counts, so "123/..." is not
 * read as a two-digit day.  Returns the run length (0 if none). */
static size_t
digit_run(const char *s, size_t len, size_t *i, int *val)
{
	size_t start = *i;
	int v = 0;

	while (*i < len && util_is_digit(s[*i])) {
		if (*i - start < 9)
			v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	*val = v;
	return *i - start;
}

/* Fixed-width field of exactly n digits. */
static int
fixed_digits(const char *s, size_t len, size_t *i, size_t n, int *val)
{
	size_t k;
	int v = 0;

	if (len - *i < n)
		return -1;
	for (k = 0; k < n; k++) {
		if (!util_is_digit(s[*i + k]))
			return -1;
		v = v * 10 + (s[*i + k] - '0');
	}
	*i += n;
	*val = v;
	return 0;
}

/* A time of day after the date: ' ' or 'T', H[H]:MM[:SS[(.|,)fraction]],
 * then an optional zone (Z, +HH, +HHMM, +HH:MM).  On success *clock is the
 * length of the part truncation zeroes (the zone is not a time of day and
 * stays as written). */
static int
time_scan(const char *s, size_t len, size_t *clock)
{
	size_t i = 0, n;
	int v;

	if (len < 1 || (s[0] != ' ' && s[0] != 'T'))
		return -1;
	i = 1;
	n = digit_run(s, len, &i, &v);
	if (n < 1 || n > 2 || v > 23)
		return -1;
	if (i >= len || s[i++] != ':')
		return -1;
	if (fixed_digits(s, len, &i, 2, &v) != 0 || v > 59)
		return -1;
	if (i < len && s[i] == ':') {
		i++;
		/* 60: a leap second is a real time stamp. */
		if (fixed_digits(s, len, &i, 2, &v) != 0 || v > 60)
			return -1;
		if (i < len && (s[i] == '.' || s[i] == ',')) {
			i++;
			n = digit_run(s, len, &i, &v);
			if (n < 1 || n > 9)
				return -1;
		}
	}
	*clock = i;
	if (i == len)
		return 0;
	if (s[i] == 'Z')
		return i + 1 == len ? 0 : -1;
	if (s[i] != '+' && s[i] != '-')
		return -1;
	i++;
	if (fixed_digits(s, len, &i, 2, &v) != 0 || v > 23)
		return -1;
	if (i == len)
		return 0;
	if (s[i] == ':')
		i++;
	if (fixed_digits(s, len, &i, 2, &v) != 0 || v > 59)
		return -1;
	return i == len ? 0 : -1;
}

/* The value of the two digits at p. */
static int
two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/*
 * The two shapes most cells have, ten characters and maybe a time after a
 * space or a T: DD/MM/YYYY (or - .) and YYYY-MM-DD (or /).  1 with *v
 * filled as the general path fills it (the time is the caller's to
 * check), 0 for anything else (the general path decides).
 */
static int
parse_common(const char *s, size_t len, struct date_value *v)
{
	char sep;

	if (len < 10 || (len > 10 && s[10] != ' ' && s[10] != 'T'))
		return 0;
	memset(v, 0, sizeof(*v));
	v->day_digits = v->month_digits = 2;
	v->year_digits = 4;
	v->tail_off = 10;
	v->tail_len = len - 10;
	sep = s[2];
	if ((sep == '/' || sep == '-' || sep == '.') && s[5] == sep &&
	    util_is_digit(s[0]) && util_is_digit(s[1]) &&
	    util_is_digit(s[3]) && util_is_digit(s[4]) &&
	    util_is_digits(s + 6, 4)) {
		v->order = DATE_DMY;
		v->sep = sep;
		v->day = two_digits(s);
		v->month = two_digits(s + 3);
		v->year = two_digits(s + 6) * 100 + two_digits(s + 8);
		return 1;
	}
	sep = s[4];
	if ((sep == '-' || sep == '/') && s[7] == sep &&
	    util_is_digits(s, 4) && util_is_digit(s[5]) &&
	    util_is_digit(s[6]) && util_is_digit(s[8]) &&
	    util_is_digit(s[9])) {
		v->order = DATE_YMD;
		v->sep = sep;
		v->year = two_digits(s) * 100 + two_digits(s + 2);
		v->month = two_digits(s + 5);
		v->day = two_digits(s + 8);
		return 1;
	}
	return 0;
}

int
date_parse(const char *s, size_t len, struct date_value *d)
{
	struct date_value v;

	if (s == NULL || d == NULL || len == 0)
		return -EINVAL;
	if (!parse_common(s, len, &v))
		return date_parse_reference(s, len, d);
	if (v.year < DATE_MIN_YEAR || v.year > DATE_MAX_YEAR ||
	    v.month < 1 || v.month > 12 ||
	    v.day < 1 || v.day > days_in_month(v.year, v.month))
		return -EINVAL;
	if (v.tail_len > 0) {
		size_t clock;

		if (time_scan(s + v.tail_off, v.tail_len, &clock) != 0)
			return -EINVAL;
		v.has_time = 1;
	}
	*d = v;
	return 0;
}

/*
 * A date's year, month and day as date_parse reads them, for the
 * birth-date operator (one a row): the ten characters DD/MM/YYYY (or - .)
 * checked as parse_common and date_parse check them, without filling and
 * copying a date_value; any other cell goes through date_parse, so the
 * answer is always its.
 */
int
date_parse_ymd(const char *s, size_t len, struct date_ymd *out)
{
	struct date_value v;
	char sep;
	int d, m, y;

	if (s != NULL && len == 10 && ((sep = s[2]) == '/' || sep == '-' ||
	    sep == '.') && s[5] == sep && util_is_digit(s[0]) &&
	    util_is_digit(s[1]) && util_is_digit(s[3]) &&
	    util_is_digit(s[4]) && util_is_digits(s + 6, 4)) {
		d = two_digits(s);
		m = two_digits(s + 3);
		y = two_digits(s + 6) * 100 + two_digits(s + 8);
		if (y < DATE_MIN_YEAR || m < 1 || m > 12 || d < 1 ||
		    d > days_in_month(y, m))
			return -EINVAL;
	} else if (date_parse(s, len, &v) == 0) {
		y = v.year;
		m = v.month;
		d = v.day;
	} else {
		return -EINVAL;
	}
	out->year = y;
	out->month = m;
	out->day = d;
	return 0;
}

int
date_parse_reference(const char *s, size_t len, struct date_value *d)
{
	struct date_value v;
	size_t i = 0, n;
	int a;

	if (s == NULL || d == NULL || len == 0)
		return -EINVAL;
	memset(&v, 0, sizeof(v));
	v.day_digits = v.month_digits = 2;
	v.year_digits = 4;

	n = digit_run(s, len, &i, &a);
	if (n == 8 && (i == len || s[i] == ' ' || s[i] == 'T')) {
		/* YYYYMMDD */
		v.order = DATE_YMD;
		v.sep = 0;
		v.year = a / 10000;
		v.month = a / 100 % 100;
		v.day = a % 100;
	} else if (n == 4 && i < len && (s[i] == '-' || s[i] == '/')) {
		v.order = DATE_YMD;
		v.year = a;
		v.sep = s[i++];
		n = digit_run(s, len, &i, &v.month);
		if (n < 1 || n > 2 || i >= len || s[i++] != v.sep)
			return -EINVAL;
		v.month_digits = (int)n;
		n = digit_run(s, len, &i, &v.day);
		if (n < 1 || n > 2)
			return -EINVAL;
		v.day_digits = (int)n;
	} else if ((n == 1 || n == 2) && i < len &&
	    (s[i] == '/' || s[i] == '-' || s[i] == '.')) {
		v.order = DATE_DMY;
		v.day = a;
		v.day_digits = (int)n;
		v.sep = s[i++];
		n = digit_run(s, len, &i, &v.month);
		if (n < 1 || n > 2 || i >= len || s[i++] != v.sep)
			return -EINVAL;
		v.month_digits = (int)n;
		n = digit_run(s, len, &i, &v.year);
		if (n == 2 && v.sep == '/') {
			v.year_digits = 2;
			v.year += v.year <= DATE_PIVOT_YY ? 2000 : 1900;
		} else if (n != 4)
			return -EINVAL;
	} else
		return -EINVAL;

	if (v.year < DATE_MIN_YEAR || v.year > DATE_MAX_YEAR ||
	    v.month < 1 || v.month > 12 ||
	    v.day < 1 || v.day > days_in_month(v.year, v.month))
		return -EINVAL;

	v.tail_off = i;
	v.tail_len = len - i;
	if (v.tail_len > 0) {
		size_t clock;

		/* Anything but a time after the date means this is not a
		 * date cell: "12/03/2021 foo" must not be half-shifted. */
		if (time_scan(s + i, v.tail_len, &clock) != 0)
			return -EINVAL;
		v.has_time = 1;
	}
	*d = v;
	return 0;
}

void
date_add_days(struct date_value *d, int days)
{
	long t, lo, hi;

	t = date_to_days(d->year, d->month, d->day) + days;
	/* Stay writable in four digits rather than produce a fifth one. */
	lo = date_to_days(DATE_MIN_YEAR, 1, 1);
	hi = date_to_days(DATE_MAX_YEAR, 12, 31);
	if (t < lo)
		t = lo;
	if (t > hi)
		t = hi;
	date_from_days(t, &d->year, &d->month, &d->day);
}

void
date_truncate(struct date_value *d, enum date_unit unit)
{
	d->day = 1;
	if (unit == DATE_YEAR)
		d->month = 1;
	if (d->has_time)
		d->time_zeroed = 1;
}

/* val in decimal, zero-padded to `width` digits: what "%0*d" writes for
 * the non-negative values a date holds, without printf's cost (date
 * columns are shifted per row, so they are formatted for every cell). */
static size_t
digits(char *p, int val, int width)
{
	char t[12];
	unsigned v = (unsigned)val;
	size_t k = 0, i;

	/* A day, a month, a year of four digits: no loop. */
	if (width == 2 && v < 100) {
		p[0] = (char)('0' + v / 10);
		p[1] = (char)('0' + v % 10);
		return 2;
	}
	if (width == 4 && v >= 1000 && v < 10000) {
		p[0] = (char)('0' + v / 1000);
		p[1] = (char)('0' + v / 100 % 10);
		p[2] = (char)('0' + v / 10 % 10);
		p[3] = (char)('0' + v % 10);
		return 4;
	}
	do {
		t[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0 && k < sizeof(t));
	while (k < (size_t)width && k < sizeof(t))
		t[k++] = '0';
	for (i = 0; i < k; i++)
		p[i] = t[k - 1 - i];
	return k;
}

static size_t
field(char *p, size_t sz, int val, int width)
{
	(void)sz;
	return digits(p, val, width >= 2 ? 2 : 1);
}

/* Room date_format reserves for a date's text (ten bytes at most). */
#define DATE_TEXT_MAX	32

int
date_format(const struct date_value *d, const char *src, struct buf *out)
{
	char *tmp;
	size_t n = 0, clock, k;
	const char *tail;
	int r, year;

	/* date_parse and date_add_days keep these bounds; a hand-built value
	 * outside them is refused rather than written half-formed. */
	if (d->year < DATE_MIN_YEAR || d->year > DATE_MAX_YEAR ||
	    d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31 ||
	    (d->sep == 0 && d->order != DATE_YMD) ||
	    (d->sep != 0 && d->sep != '/' && d->sep != '-' && d->sep != '.'))
		return -EINVAL;
	/* Written where it goes (the bounds above keep it to ten bytes):
	 * made apart, it was copied by words across the byte stores that
	 * made it, waiting for them. */
	if ((r = buf_reserve(out, DATE_TEXT_MAX)) != 0)
		return r;
	tmp = out->data + out->len;
	year = d->year_digits == 2 ? d->year % 100 : d->year;
	if (d->order == DATE_DMY) {
		n += field(tmp + n, DATE_TEXT_MAX - n, d->day, d->day_digits);
		tmp[n++] = d->sep;
		n += field(tmp + n, DATE_TEXT_MAX - n, d->month,
		    d->month_digits);
		tmp[n++] = d->sep;
		n += digits(tmp + n, year, d->year_digits == 2 ? 2 : 4);
	} else if (d->sep == 0) {
		n += digits(tmp, d->year, 4);
		n += digits(tmp + n, d->month, 2);
		n += digits(tmp + n, d->day, 2);
	} else {
		n += digits(tmp, d->year, 4);
		tmp[n++] = d->sep;
		n += field(tmp + n, DATE_TEXT_MAX - n, d->month,
		    d->month_digits);
		tmp[n++] = d->sep;
		n += field(tmp + n, DATE_TEXT_MAX - n, d->day, d->day_digits);
	}
	out->len += n;

	if (d->tail_len == 0 || src == NULL)
		return 0;
	tail = src + d->tail_off;
	if (!d->time_zeroed || !d->has_time ||
	    time_scan(tail, d->tail_len, &clock) != 0)
		return buf_append(out, tail, d->tail_len);
	for (k = 0; k < d->tail_len; k++) {
		char c = tail[k];

		if (k < clock && util_is_digit(c))
			c = '0';
		if ((r = buf_putc(out, c)) != 0)
			return r;
	}
	return 0;
}

int
date_age_ymd(const struct date_ymd *birth, const struct date_value *ref)
{
	int age;

	/* Two valid dates (date_parse's): the later in days is the later in
	 * (year, month, day) order, without two day counts. */
	if (birth->year != ref->year ? birth->year > ref->year :
	    birth->month != ref->month ? birth->month > ref->month :
	    birth->day > ref->day)
		return -1;
	age = ref->year - birth->year;
	/* Born 29 February: a year is completed on 1 March in common
	 * years, the conservative reading. */
	if (ref->month < birth->month ||
	    (ref->month == birth->month && ref->day < birth->day))
		age--;
	return age;
}

int
date_age(const struct date_value *birth, const struct date_value *ref)
{
	const struct date_ymd b = { birth->year, birth->month, birth->day };

	return date_age_ymd(&b, ref);
}
