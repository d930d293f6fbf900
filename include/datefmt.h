/* Dates as exports write them, parsed with their written shape so that a
 * shifted or truncated date is written back the same way. */
#ifndef PSEUDONYMFS_DATEFMT_H
#define PSEUDONYMFS_DATEFMT_H

#include <stddef.h>

#include "buf.h"
#include "pfs_error.h"

enum date_order { DATE_DMY, DATE_YMD };

struct date_value {
	int		year, month, day;	/* proleptic Gregorian */
	enum date_order	order;
	char		sep;		/* '/', '-', '.', or 0 for YYYYMMDD */
	int		year_digits;	/* 4, or 2 ("12/03/21") */
	int		day_digits;	/* 1 or 2 as written: "1/3/2021" */
	int		month_digits;	/* stays unpadded when shifted */
	/* Whatever follows the date ("", " 14:32", "T14:32:05", " 14:32:05")
	 * is kept as a byte range of the source: a time of day is not an
	 * identifier on its own, but truncation clears it, see date_truncate. */
	size_t		tail_off, tail_len;
	int		has_time;	/* tail is a time "HH:MM[:SS]" */
	int		time_zeroed;	/* set by date_truncate: the tail's
					 * clock digits are written as 0 */
};

/* Accepted: DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY, DD/MM/YY, YYYY-MM-DD,
 * YYYY/MM/DD, YYYYMMDD, each optionally followed by " HH:MM[:SS]" or
 * "THH:MM[:SS]" (ISO, optional fraction and zone).  Day and month may be one
 * digit ("1/3/2021"); the width is kept.  The date must exist (no 31/02).
 * Two-digit years: 00..30 are 20xx, 31..99 are 19xx (fixed, not the clock).
 * 0, or -EINVAL. */
int	date_parse(const char *s, size_t len, struct date_value *d) PFS_WUR;
/* A date's day alone, for the birth-date operator. */
struct date_ymd {
	int	year, month, day;
};
/* The year, month and day date_parse would read from s, or -EINVAL where
 * it fails. */
int	date_parse_ymd(const char *s, size_t len, struct date_ymd *out) PFS_WUR;
/* For tests: date_parse without its fast path for the two common
 * ten-character shapes, the definition it must agree with. */
int	date_parse_reference(const char *s, size_t len, struct date_value *d)
	    PFS_WUR;

/* Add (or subtract) whole days; the time of day is kept.  The result is
 * clamped to 0001-01-01..9999-12-31 so it stays writable. */
void	date_add_days(struct date_value *d, int days);

/* Truncate to the first day of the month or of the year; the time of day
 * becomes 00:00 (00:00:00) in the source's shape. */
enum date_unit { DATE_MONTH, DATE_YEAR };
/* What op = date does to a date: moved by the patient's shift, or cut to
 * its month or year. */
enum date_mode	{ DATE_MODE_SHIFT, DATE_MODE_MONTH, DATE_MODE_YEAR };
void	date_truncate(struct date_value *d, enum date_unit unit);

/* Write `d` in its parsed shape; `src` is the string it was parsed from
 * (for the tail).  0, -ENOMEM, or -EINVAL for a value out of range
 * (year 1..9999, month 1..12, day 1..31) that no parse could give. */
int	date_format(const struct date_value *d, const char *src, struct buf *out)
	    PFS_WUR;

/* Completed years between birth and reference (for age bands); -1 if
 * birth is after reference.  Both valid dates, as date_parse gives them. */
int	date_age(const struct date_value *birth, const struct date_value *ref);
int	date_age_ymd(const struct date_ymd *birth,
	    const struct date_value *ref);

/* Days since 1970-01-01 and back (used for shifting, exposed for tests). */
long	date_to_days(int y, int m, int d);
void	date_from_days(long days, int *y, int *m, int *d);

#endif
