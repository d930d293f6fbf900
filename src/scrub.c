/* op = scrub: free text with the identifying spans src/detect.c finds
 * replaced -- by the pseudonym the row value's own column shows, a
 * placeholder, or for a date the date moved or truncated as the policy says,
 * in the shape it was written (docs/scrub.md). */
#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "datefmt.h"
#include "detect.h"
#include "memo.h"
#include "ops.h"
#include "policy_column.h"
#include "scrub.h"
#include "util.h"

/* Each kind's placeholder and its length (put_placeholder). */
#define PLACEHOLDER(s)	{ s, sizeof(s) - 1 }
static const struct placeholder {
	const char	*s;
	size_t		 n;
} placeholders[DETECT_NKINDS] = {
	[DETECT_NAME] = PLACEHOLDER("[NOM]"),
	[DETECT_INITIAL] = PLACEHOLDER("X."),
	[DETECT_NIR] = PLACEHOLDER("[NIR]"),
	[DETECT_PHONE] = PLACEHOLDER("[TEL]"),
	[DETECT_EMAIL] = PLACEHOLDER("[EMAIL]"),
	[DETECT_IBAN] = PLACEHOLDER("[IBAN]"),
	[DETECT_RPPS] = PLACEHOLDER("[RPPS]"),
	[DETECT_FINESS] = PLACEHOLDER("[FINESS]"),
	[DETECT_ID] = PLACEHOLDER("[ID]"),
	[DETECT_DATE] = PLACEHOLDER("[DATE]"),
	[DETECT_ADDRESS] = PLACEHOLDER("[ADRESSE]"),
	[DETECT_DIAGNOSIS] = PLACEHOLDER(""),
};

/* A span's placeholder, its length known (buf_append_str's strlen and
 * call were some 90 instructions a span; thirteen thousand spans of the
 * bench's 3 MB export are placeholders). */
static int
put_placeholder(int kind, struct buf *out)
{
	return buf_append_short(out, placeholders[kind].s, placeholders[kind].n);
}

/* The month name of `month` written as the month word of src was (its
 * case; without accents when it was written without; abbreviated when it
 * was, with its dot when the source's was inside the span and the new
 * month's name is shortened: "11 juil. 1945" -> "11 juin 1945"). */
static int
put_month(const char *src, size_t n, const struct detect_span *sp, int month,
    struct buf *out)
{
	static const char *const plain[] = { "janvier", "fevrier", "mars",
	    "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
	    "novembre", "decembre" };
	static const char *const abbrev[] = { "janv", "févr", "mars", "avr",
	    "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc" };
	static const char *const abbrev_plain[] = { "janv", "fevr", "mars",
	    "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec" };
	const char *mon;
	size_t i;
	int upper = 0, cap = 0, ascii, r, src_month = sp->date.month;
	int short_form = sp->text_month == DETECT_MONTH_ABBREV;

	/* The month word: its first letter and its case. */
	for (i = 0; i < n && !((src[i] | 32) >= 'a' && (src[i] | 32) <= 'z' &&
	    src[i] != 'e' && src[i] != 'r'); i++)
		;
	ascii = util_is_ascii(src, n);
	if (i < n && src[i] >= 'A' && src[i] <= 'Z') {
		cap = 1;
		upper = i + 1 < n && src[i + 1] >= 'A' && src[i + 1] <= 'Z';
	}
	/* "fevrier" written without its accent stays so; "mars" says
	 * nothing, and French spelling is the default. */
	if (src_month != 2 && src_month != 8 && src_month != 12)
		ascii = 0;
	if (short_form)
		mon = ascii ? abbrev_plain[month - 1] : abbrev[month - 1];
	else
		mon = ascii ? plain[month - 1] : detect_month_name(month);
	for (i = 0; mon[i] != '\0'; i++) {
		char ch = mon[i];
		if ((upper || (cap && i == 0)) && ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 32);
		/* é and û upper-cased in UTF-8 */
		if (upper && (unsigned char)ch == 0xc3 && mon[i + 1] != '\0') {
			if ((r = buf_putc(out, ch)) != 0 ||
			    (r = buf_putc(out, (char)(mon[i + 1] - 0x20))) != 0)
				return r;
			i++;
			continue;
		}
		if ((r = buf_putc(out, ch)) != 0)
			return r;
	}
	if (short_form && memchr(src, '.', n) != NULL &&
	    strlen(plain[month - 1]) > strlen(abbrev_plain[month - 1]))
		return buf_putc(out, '.');
	return 0;
}

/* v in decimal, zero-padded to width digits, the bytes snprintf's "%0*d"
 * writes: in line for a day or a year (snprintf costs some 800
 * instructions a call, and a date in a note took two), through snprintf
 * for anything else. */
static int
put_number(int v, int width, struct buf *out)
{
	char text[16];
	int k = 0, n;

	if (v < 0 || v > 9999 || width < 1 || width > 4) {
		snprintf(text, sizeof(text), "%0*d", width, v);
		return buf_append_str(out, text);
	}
	do {
		text[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	while (k < width)
		text[k++] = '0';
	for (n = 0; n < k / 2; n++) {
		char c = text[n];

		text[n] = text[k - 1 - n];
		text[k - 1 - n] = c;
	}
	return buf_append(out, text, (size_t)k);
}

/* "1er" when the source wrote the first of the month so. */
static int
put_day(const char *src, size_t n, int day, struct buf *out)
{
	int r;

	if ((r = put_number(day, 1, out)) != 0)
		return r;
	if (day == 1 && memchr(src, 'r', n) != NULL && n > 2 &&
	    (src[1] == 'e' || src[1] == 'E'))
		return buf_append(out, "er", 2);
	return 0;
}

/* "18/08", "03.04", "25/3": the separator and the digits written;
 * "mardi 7": the day alone; "03/2021": the month and the year. */
static int
put_numeric_partial(const struct detect_span *sp, const struct date_value *d,
    struct buf *out)
{
	char text[32];
	int dd = sp->date.day_digits == 1 ? 1 : 2;
	int md = sp->date.month_digits == 1 ? 1 : 2;

	if (sp->partial == DETECT_PART_DAY_ONLY)
		snprintf(text, sizeof(text), "%0*d", dd, d->day);
	else if (sp->partial == DETECT_PART_NO_DAY)	/* "03/2021", "03/24" */
		snprintf(text, sizeof(text), "%0*d%c%0*d", md, d->month,
		    sp->date.sep ? sp->date.sep : '/',
		    sp->date.year_digits == 2 ? 2 : 4,
		    sp->date.year_digits == 2 ? d->year % 100 : d->year);
	else
		snprintf(text, sizeof(text), "%0*d%c%0*d", dd, d->day,
		    sp->date.sep ? sp->date.sep : '/', md, d->month);
	return buf_append_str(out, text);
}

/* "lundi" before a date, moved by the shift modulo 7, in the case and
 * the abbreviation written ("ven." stays abbreviated, its dot after the
 * span). */
static int
put_weekday(const char *src, size_t n, const struct detect_span *sp,
    int wd, struct buf *out)
{
	static const char *const full[] = { "lundi", "mardi", "mercredi",
	    "jeudi", "vendredi", "samedi", "dimanche" };
	static const char *const abbrev[] = { "lun", "mar", "mer", "jeu",
	    "ven", "sam", "dim" };
	const char *w = sp->text_month == DETECT_MONTH_ABBREV ? abbrev[wd] :
	    full[wd];
	int cap = n > 0 && src[0] >= 'A' && src[0] <= 'Z';
	int upper = cap && n > 1 && src[1] >= 'A' && src[1] <= 'Z';
	/* "les lundis 3, 10 et 17 novembre": the plural's s, as written */
	int plural = sp->text_month != DETECT_MONTH_ABBREV && sp->date.day >= 0 &&
	    sp->date.day < 7 && n == strlen(full[sp->date.day]) + 1 &&
	    (src[n - 1] | 32) == 's';
	int r;

	for (size_t i = 0; w[i] != '\0'; i++)
		if ((r = buf_putc(out, (char)((upper || (cap && i == 0)) ?
		    w[i] - 32 : w[i]))) != 0)
			return r;
	return plural ? buf_putc(out, src[n - 1]) : 0;
}

/* The month word that starts span sp is written after "d'" or "de "
 * ("son rdv d'avril", "le bilan de mars 2021"): the elision written
 * before it (already in out) made to agree with what replaces it, month
 * (0: a placeholder): "d'avril" -30 days is "de mars", "de mai" is
 * "d'avril", "d'[DATE]" is "de [DATE]".  Left as written, the elision
 * would tell whether the month moved from one starting with a vowel. */
static int
letter_byte(char c)
{
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || (unsigned char)c >= 0x80;
}

static int
agree_elision(const char *v, const struct detect_span *sp, int month,
    struct buf *out)
{
	size_t a = sp->start, q;
	int vowel = month == 4 || month == 8 || month == 10;
	int apos = a >= 2 && v[a - 1] == '\'';
	int curly = a >= 4 && memcmp(v + a - 3, "\xe2\x80\x99", 3) == 0;

	if (sp->partial != DETECT_PART_MONTH_ONLY &&
	    sp->partial != DETECT_PART_NO_DAY)
		return 0;
	if ((apos || curly) && !vowel) {
		q = a - (apos ? 2 : 4);	/* the "d" */
		if ((v[q] | 32) != 'd' || (q > 0 && letter_byte(v[q - 1])) ||
		    out->len < (apos ? 1 : 3))
			return 0;
		out->len -= apos ? 1 : 3;
		return buf_append_str(out, v[q] == 'D' && month > 0 &&
		    v[a] >= 'A' && v[a] <= 'Z' ? "E " : "e ");
	}
	if (vowel && a >= 3 && (v[a - 3] | 32) == 'd' && (v[a - 2] | 32) ==
	    'e' && v[a - 1] == ' ' && (a == 3 || !letter_byte(v[a - 4])) &&
	    out->len >= 2) {
		out->len -= 2;
		return buf_putc(out, '\'');
	}
	return 0;
}

static int	put_roman_date(const struct detect_span *sp,
		    const struct date_value *d, struct buf *out);
/* the bytes of a date span's lead (detect.h: "mi-", "fin ",
 * "début ", "l'"): its first word and what separates it from the next
 * (spaces, a hyphen, an apostrophe, a no-break space).  The source's
 * bytes: detection ran on the normalized text, the span is the source's. */
static size_t
span_lead(const char *src, size_t n)
{
	size_t i = 0;

	while (i < n && (((src[i] | 32) >= 'a' && (src[i] | 32) <= 'z') ||
	    ((unsigned char)src[i] >= 0x80 && (unsigned char)src[i] != 0xc2 &&
	    (unsigned char)src[i] != 0xe2)))
		i++;
	while (i < n && (src[i] == ' ' || src[i] == '-' || src[i] == '\'' ||
	    (unsigned char)src[i] == 0xc2 || (unsigned char)src[i] == 0xe2 ||
	    (unsigned char)src[i] == 0xa0 || (unsigned char)src[i] == 0x80 ||
	    (unsigned char)src[i] == 0x99 || (unsigned char)src[i] == 0xaf))
		i++;
	return i < n ? i : 0;
}

/* The season (0 spring .. 3 winter) of a date, astronomical: from the
 * 21st of March, June, December and the 23rd of September. */
static int
season_of_date(const struct date_value *d)
{
	int md = d->month * 100 + d->day;

	if (md >= 321 && md < 621)
		return 0;
	if (md >= 621 && md < 923)
		return 1;
	if (md >= 923 && md < 1221)
		return 2;
	return 3;
}

/* out ends with the word w and a space (a whole word): its length, else 0. */
static size_t
out_ends_with(const struct buf *out, const char *w)
{
	size_t n = strlen(w);

	if (out->len < n || (out->len > n && letter_byte(out->data[out->len -
	    n - 1])))
		return 0;
	for (size_t k = 0; k < n; k++)
		if ((out->data[out->len - n + k] | (w[k] == ' ' ? 0 : 32)) != w[k])
			return 0;
	return n;
}

/* The article or preposition before a season made to agree with the new
 * one (left as written it would tell the old): "au printemps", "en été";
 * "du printemps", "de l'été"; "le printemps", "l'été" (lead: the "l'" is
 * the span's).  *art: the article still to write ("l'" or "le "). */
static int
agree_season(struct buf *out, int spring, int lead, const char **art)
{
	size_t n;

	*art = lead ? (spring ? "le " : "l'") : "";
	if (!lead && spring && (n = out_ends_with(out, "en ")) != 0) {
		out->len -= n;
		return buf_append_str(out, "au ");
	}
	if (!lead && !spring && (n = out_ends_with(out, "au ")) != 0) {
		out->len -= n;
		return buf_append_str(out, "en ");
	}
	if (!lead && !spring && (n = out_ends_with(out, "du ")) != 0) {
		out->len -= n;
		return buf_append_str(out, "de l'");
	}
	if (lead && spring && (n = out_ends_with(out, "de ")) != 0) {
		out->len -= n;
		*art = "";
		return buf_append_str(out, "du ");
	}
	return 0;
}

/* "l'été 2025" moved: the season of the moved middle day, its year (a
 * winter from December: the next year's, "hiver 2024-2025" kept in two
 * years when it still is a winter), in the case and accents written. */
static int
put_season(const char *src, size_t n, const struct detect_span *sp,
    const struct date_value *d, struct buf *out)
{
	static const char *const word[] = { "printemps", "été", "automne",
	    "hiver" };
	static const char *const plain[] = { "printemps", "ete", "automne",
	    "hiver" };
	size_t a = sp->lead ? span_lead(src, n) : 0;
	int k = season_of_date(d), year = d->year, r;
	int cap = a < n && src[a] >= 'A' && src[a] <= 'Z';
	int upper = cap && a + 1 < n && src[a + 1] >= 'A' && src[a + 1] <= 'Z';
	/* "ete" written without its accent stays so; the others say
	 * nothing, and French spelling is the default */
	const char *w = util_is_ascii(src, n) && season_of_date(&sp->date) ==
	    1 ? plain[k] : word[k], *art;
	char text[24];

	if (k == 3 && d->month == 12)
		year++;
	if ((r = agree_season(out, k == 0, sp->lead, &art)) != 0)
		return r;
	for (size_t i = 0; art[i] != '\0'; i++)
		if ((r = buf_putc(out, (char)(i == 0 && sp->lead && src[0] == 'L' ?
		    'L' : art[i]))) != 0)
			return r;
	for (size_t i = 0; w[i] != '\0'; i++) {
		char ch = w[i];

		if ((upper || (cap && i == 0)) && ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 32);
		else if (upper && (unsigned char)ch == 0xa9)
			ch = (char)0x89;	/* É */
		if ((r = buf_putc(out, ch)) != 0)
			return r;
	}
	if (k == 3 && sp->date.sep != 0)
		snprintf(text, sizeof(text), " %04d%c%0*d", year - 1, sp->date.sep,
		    sp->date.day_digits == 2 ? 2 : 4, sp->date.day_digits == 2 ?
		    year % 100 : year);
	else
		snprintf(text, sizeof(text), " %04d", year);
	return buf_append_str(out, text);
}


/* The year of day z (days from 1970-01-01: datefmt.c's calendar). */
static int
week_year_of_days(long z)
{
	int y, m, d;

	date_from_days(z, &y, &m, &d);
	return y;
}

/* Days z's weekday, Monday 0 (1970-01-01 was a Thursday). */
static long
week_day_of(long z)
{
	return ((z + 3) % 7 + 7) % 7;
}

/* Week n of year y (ISO 8601: the week of the 4th of January is the
 * first, weeks start on Monday) moved by `shift` days: the Thursday of
 * the week its moved Thursday falls in says the new week and its year
 * (a shift not a multiple of seven leaves the moved day on another
 * weekday, and at a year's edge its own calendar year is not its week's:
 * Tuesday 30 December 2025 is in 2026's first week; review25).  Without
 * a year (y 0) the weeks go round a year of 52. */
static void
week_shift(int n, int y, int shift, int *wn, int *wy)
{
	long jan4, mon, thu, start;
	int ty;

	if (y == 0) {
		long d = (long)(n - 1) * 7 + 3 + shift;

		d = ((d % 364) + 364) % 364;
		*wn = (int)(d / 7) + 1;
		*wy = 0;
		return;
	}
	jan4 = date_to_days(y, 1, 4);
	mon = jan4 - week_day_of(jan4);
	thu = mon + (long)(n - 1) * 7 + 3 + shift;
	thu += 3 - week_day_of(thu);	/* its week's Thursday */
	ty = week_year_of_days(thu);
	jan4 = date_to_days(ty, 1, 4);
	start = jan4 - week_day_of(jan4);
	*wn = (int)((thu - start) / 7) + 1;
	*wy = ty;
}

/* "S12", "S05/2026", the number of "semaine 38" (DETECT_PART_WEEK):
 * moved by the patient's shift, the "S" and the digits as written; a
 * year written kept under `year`; [DATE] otherwise.  A week is finer
 * than a month: `month` does not keep it. */
static int
scrub_week(const struct policy_column *c, const struct ops_row *row,
    const char *v, const struct detect_span *sp, struct buf *out)
{
	const char *src = v + sp->start;
	size_t n = sp->end - sp->start;
	char text[24];
	int wn, wy, r;

	if (c->scrub_dates == SCRUB_DATES_KEEP)
		return buf_append(out, src, n);
	/* The "S" of "S12" as written, whatever the number becomes, as "S
	 * 12" and "semaine 38" keep theirs (their spans hold the number
	 * only): one shape, "S[DATE]", "S [DATE]", "semaine [DATE]" where
	 * "S12" gave "[DATE]" (hostile27) */
	if (!util_is_digit(src[0]) && (r = buf_putc(out, src[0])) != 0)
		return r;
	switch (c->scrub_dates) {
	case SCRUB_DATES_SHIFT:
		if (!row->has_shift)
			break;
		week_shift(sp->date.day, sp->date.year, row->shift, &wn, &wy);
		if (wy != 0)
			snprintf(text, sizeof(text), "%0*d%c%04d",
			    sp->date.day_digits == 2 ? 2 : 1, wn,
			    sp->date.sep ? sp->date.sep : '/', wy);
		else
			snprintf(text, sizeof(text), "%0*d",
			    sp->date.day_digits == 2 ? 2 : 1, wn);
		return buf_append_str(out, text);
	case SCRUB_DATES_YEAR:
		if (sp->date.year == 0)
			break;
		snprintf(text, sizeof(text), "%04d", sp->date.year);
		return buf_append_str(out, text);
	default:
		break;
	}
	return put_placeholder(DETECT_DATE, out);
}

/* A date without its year ("3 mars", "18/08"), day ("mars 2021") or both
 * ("mi-mars", "mardi 7"): moved by the patient's shift like the others,
 * in the same shape; truncation keeps what it can say (docs/scrub.md). */
static int
scrub_partial_date(const struct policy_column *c, const struct ops_row *row,
    const char *v, const struct detect_span *sp, struct buf *out)
{
	const char *src = v + sp->start;
	size_t n = sp->end - sp->start;
	struct date_value d = sp->date;
	char text[32];
	int r, worded = sp->text_month != DETECT_MONTH_DIGITS;

	if (sp->partial == DETECT_PART_WEEK)
		return scrub_week(c, row, v, sp, out);
	if (sp->partial == DETECT_PART_WEEKDAY) {
		if (c->scrub_dates == SCRUB_DATES_KEEP)
			return buf_append(out, src, n);
		if (c->scrub_dates != SCRUB_DATES_SHIFT || !row->has_shift)
			return put_placeholder(DETECT_DATE, out);
		/* Whole weeks (date_shift_unit = week): the weekday is that
		 * of the moved date too, left as written. */
		if (c->scrub_weeks)
			return buf_append(out, src, n);
		return put_weekday(src, n, sp, (int)(((d.day + row->shift) % 7 +
		    7) % 7), out);
	}
	switch (c->scrub_dates) {
	case SCRUB_DATES_KEEP:
		return buf_append(out, src, n);
	case SCRUB_DATES_SHIFT:
		if (!row->has_shift)
			goto placeholder;
		date_add_days(&d, row->shift);
		break;
	case SCRUB_DATES_MONTH:
		if (sp->partial == DETECT_PART_NO_DAY ||
		    sp->partial == DETECT_PART_MONTH_ONLY)
			return buf_append(out, src, n);
		goto placeholder;
	case SCRUB_DATES_YEAR:
		if (sp->partial != DETECT_PART_NO_DAY)
			goto placeholder;
		snprintf(text, sizeof(text), "%04d", d.year);
		if (sp->lead && sp->text_month != DETECT_MONTH_SEASON &&
		    (r = buf_append(out, src, span_lead(src, n))) != 0)
			return r;
		if (worded && !sp->lead && (r = agree_elision(v, sp, 0,
		    out)) != 0)
			return r;
		return buf_append_str(out, text);
	default:
		goto placeholder;
	}
	if (sp->text_month == DETECT_MONTH_DIGITS)
		return put_numeric_partial(sp, &d, out);
	if (sp->text_month == DETECT_MONTH_ROMAN)	/* "3/XII" */
		return put_roman_date(sp, &d, out);
	if (sp->text_month == DETECT_MONTH_SEASON)
		return put_season(src, n, sp, &d, out);
	if (sp->text_month == DETECT_MONTH_YEAR) {	/* "née en 1944" */
		snprintf(text, sizeof(text), "%0*d", sp->date.year_digits == 2 ?
		    2 : 4, sp->date.year_digits == 2 ? d.year % 100 : d.year);
		return buf_append_str(out, text);
	}
	if (sp->lead) {
		/* "mi-", "fin ": written back, the month after it */
		size_t a = span_lead(src, n);

		if ((r = buf_append(out, src, a)) != 0)
			return r;
		src += a;
		n -= a;
	} else if ((r = agree_elision(v, sp, d.month, out)) != 0)
		return r;
	if (sp->partial == DETECT_PART_MONTH_ONLY)
		return put_month(src, n, sp, d.month, out);
	if (sp->partial == DETECT_PART_NO_DAY) {
		/* "juillet 21" keeps its two digits */
		if (sp->date.year_digits == 2)
			snprintf(text, sizeof(text), " %02d", d.year % 100);
		else
			snprintf(text, sizeof(text), " %04d", d.year);
		if ((r = put_month(src, n, sp, d.month, out)) != 0)
			return r;
		return buf_append_str(out, text);
	}
	if ((r = put_day(src, n, d.day, out)) != 0 ||
	    (r = buf_putc(out, ' ')) != 0)
		return r;
	return put_month(src, n, sp, d.month, out);
placeholder:
	if (worded && !sp->lead && sp->text_month != DETECT_MONTH_SEASON &&
	    (r = agree_elision(v, sp, 0, out)) != 0)
		return r;
	return put_placeholder(DETECT_DATE, out);
}

/* "12/IV/2021": the month in Roman numerals, in the case written, the
 * separator, the digits of the day and the year as they were; "3/XII"
 * without its year. */
static int
put_roman_date(const struct detect_span *sp, const struct date_value *d,
    struct buf *out)
{
	static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI",
	    "VII", "VIII", "IX", "X", "XI", "XII" };
	char text[32], num[8];
	size_t k;

	for (k = 0; roman[d->month - 1][k] != '\0'; k++)
		num[k] = (char)(roman[d->month - 1][k] |
		    (sp->date.month_digits ? 32 : 0));
	num[k] = '\0';
	if (sp->partial == DETECT_PART_NO_YEAR)
		snprintf(text, sizeof(text), "%0*d%c%s",
		    sp->date.day_digits == 1 ? 1 : 2, d->day, sp->date.sep, num);
	else if (sp->date.year_digits == 2)
		snprintf(text, sizeof(text), "%0*d%c%s%c%02d",
		    sp->date.day_digits == 1 ? 1 : 2, d->day, sp->date.sep, num,
		    sp->date.sep, d->year % 100);
	else
		snprintf(text, sizeof(text), "%0*d%c%s%c%04d",
		    sp->date.day_digits == 1 ? 1 : 2, d->day, sp->date.sep, num,
		    sp->date.sep, d->year);
	return buf_append_str(out, text);
}

/* A date found in text, in its written shape: numeric forms through
 * datefmt, "12 mars 2021" with the month written as it was (case,
 * accents). */
static int
scrub_date(const struct policy_column *c, const struct ops_row *row,
    const char *v, const struct detect_span *sp, struct buf *out)
{
	struct date_value d = sp->date;
	const char *src = v + sp->start;
	size_t n = sp->end - sp->start;
	int r;

	if (sp->partial != DETECT_PART_NONE)
		return scrub_partial_date(c, row, v, sp, out);
	switch (c->scrub_dates) {
	case SCRUB_DATES_SHIFT:
		if (!row->has_shift)
			return put_placeholder(DETECT_DATE, out);
		date_add_days(&d, row->shift);
		break;
	case SCRUB_DATES_MONTH:
		date_truncate(&d, DATE_MONTH);
		break;
	case SCRUB_DATES_YEAR:
		date_truncate(&d, DATE_YEAR);
		break;
	case SCRUB_DATES_KEEP:
		return buf_append(out, src, n);
	default:
		return put_placeholder(DETECT_DATE, out);
	}
	if (sp->text_month == DETECT_MONTH_DIGITS)
		return date_format(&d, src, out);
	if (sp->text_month == DETECT_MONTH_ROMAN)
		return put_roman_date(sp, &d, out);
	if ((r = put_day(src, n, d.day, out)) != 0 ||
	    (r = buf_putc(out, ' ')) != 0 ||
	    (r = put_month(src, n, sp, d.month, out)) != 0 ||
	    (r = buf_putc(out, ' ')) != 0)
		return r;
	/* "25 juin 45" keeps its two digits. */
	if (sp->date.year_digits == 2)
		return put_number(d.year % 100, 2, out);
	return put_number(d.year, 4, out);
}

/*
 * The pseudonym the row value's own column shows (the same sex, the same
 * names), when its rule makes one, into *p and *n (n 0: none, the caller
 * writes the placeholder).  The bytes that column wrote in this row when
 * it came before the note (s->views, set by the view for `out`): a copy
 * of some 20 instructions.  Else from the reader's memo when the same value
 * and sex came before (a patient's name in the notes of each of their
 * rows): the operator is a fold, a keyed hash and a fake's draw, some 850
 * instructions, for the same bytes every time.  Not a fake email, which
 * reads the row's fake names besides its value.  The memo's column is
 * MEMO_COLS + k, outside the view's columns whose hit rates it judges;
 * the tag keeps its entries apart from theirs.
 */
static int
scrub_pseudonym(const struct ops_row *row, int k, struct ops_scratch *s,
    struct buf *out, const char **p, size_t *n)
{
	const struct policy_column *c = row->ctx_rules[k];
	const struct detect_value *val = &row->ctx[k];
	const struct ops_row_views *views = s->views;
	uint32_t tag = MEMO_TAG_PSEUDONYM | (uint32_t)row->fake.sex;
	struct memo_ref ref;
	int hit = -1, r;

	/* As the value's own column wrote it in this row, earlier in `out`
	 * (src/view.c): room is made first, so that the append from out
	 * into out does not move what it copies. */
	if (views != NULL && views->out == out && k < OPS_ROW_VIEWS &&
	    (views->have & (uint32_t)1 << k)) {
		*n = views->len[k];
		if ((r = buf_reserve(out, *n)) != 0)
			return r;
		*p = *n > 0 ? out->data + views->off[k] : "";
		return 0;
	}
	/* The row's fake names, made for its email by the same rule from
	 * the same value (src/view.c, row_fakes). */
	if (k == row->first_ctx && row->fake.first != NULL) {
		*p = row->fake.first;
		*n = row->fake.first_len;
		return 0;
	}
	if (k == row->last_ctx && row->fake.last != NULL) {
		*p = row->fake.last;
		*n = row->fake.last_len;
		return 0;
	}
	buf_reset(&s->sub);
	if (s->memo != NULL && (c->flags & OP_F_PSEUDONYM) &&
	    !(c->op == OP_FAKE && c->fake == FAKE_EMAIL))
		hit = memo_find(s->memo, MEMO_COLS + (size_t)k, tag, val->v,
		    val->len, &ref);
	if (hit == 1) {
		*p = ref.val;
		*n = ref.vlen;
		return 0;
	}
	if ((r = ops_pseudonym(c, &row->fake, val->v, val->len, s,
	    &s->sub)) != 0)
		return r;
	*p = s->sub.data;
	*n = s->sub.len;
	if (hit == 0)
		memo_store(&ref, MEMO_COLS + (size_t)k, tag, val->v, val->len,
		    s->sub.data, s->sub.len);
	return 0;
}

int
scrub_detect(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct detect_scratch *det)
{
	struct detect_options o = { DETECT_ALL, c->scrub_digits,
	    c->scrub_groups, row->ident, c->scrub_recall };
	struct detect_value both[DETECT_MAX_ROW + 2 * DETECT_CELL_CHAIN];
	const struct detect_value *vals = row->ctx;
	size_t n = row->ctx ? row->nctx : 0;

	if (c->scrub_dates == SCRUB_DATES_KEEP)
		o.kinds &= ~DETECT_BIT(DETECT_DATE);
	/* The ends of the row's scrubbed cells beside this one, after its
	 * values (xcell37: a row of two comment columns or more).  Its
	 * first DETECT_MAX_ROW values only, which are all detect_run reads
	 * (xcell38: a longer row gave no ends at all; the batch,
	 * view.c ahead_column, gave them) */
	if (row->nends > 0 && n > 0) {
		size_t ne = row->nends < 2 * DETECT_CELL_CHAIN ? row->nends :
		    2 * DETECT_CELL_CHAIN;

		if (n > DETECT_MAX_ROW)
			n = DETECT_MAX_ROW;
		memcpy(both, vals, n * sizeof(*vals));
		memcpy(both + n, row->ends, ne * sizeof(*vals));
		vals = both;
		n += ne;
	}
	return detect_run(&o, v, len, vals, n, det);
}

int
scrub_detect_many(const struct policy_column *c, size_t n, const char **texts,
    size_t *lens, const struct detect_value *const *rows, const size_t *nrows,
    struct detect_scratch *ss)
{
	struct detect_options o = { DETECT_ALL, c->scrub_digits,
	    c->scrub_groups, NULL, c->scrub_recall };

	if (c->scrub_dates == SCRUB_DATES_KEEP)
		o.kinds &= ~DETECT_BIT(DETECT_DATE);
	return detect_run_many(&o, n, texts, lens, rows, nrows, ss);
}

int
scrub_apply(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	const struct detect_span *spans = s->pre_spans;
	size_t prev = 0, gap, nspans = s->pre_nspans;
	int r, merged = 0;

	if (spans == NULL) {
		if ((r = scrub_detect(c, row, v, len, &s->det)) != 0)
			return r;
		spans = s->det.spans;
		nspans = s->det.nspans;
	}
	for (size_t i = 0; i < nspans; i++) {
		const struct detect_span *sp = &spans[i];
		int placeholder = sp->kind == DETECT_NAME && (sp->ctx < 0 ||
		    c->scrub_placeholders);

		/* "Dr Marie-Thérèse NGUYEN" is one [NOM], not three.  The
		 * gap is read only then: walked before each span, its loop
		 * of one to twenty bytes was a tenth of scrub_apply's
		 * mispredicted branches. */
		if (placeholder && merged && sp->start - prev <= 3) {
			for (gap = prev; gap < sp->start && (v[gap] == ' ' ||
			    v[gap] == '-' || v[gap] == '\''); gap++)
				;
			if (gap == sp->start) {
				prev = sp->end;
				continue;
			}
		}
		merged = placeholder;
		/* the text between two spans, the pseudonyms and the
		 * placeholders: mostly short, copied in line (buf_copy), a
		 * call to memcpy each was some 20 instructions */
		if ((r = buf_append_short(out, v + prev, sp->start - prev)) != 0)
			return r;
		prev = sp->end;
		if (sp->kind == DETECT_DATE) {
			if ((r = scrub_date(c, row, v, sp, out)) != 0)
				return r;
			continue;
		}
		if (sp->kind == DETECT_DIAGNOSIS) {
			if ((r = buf_append_str(out, c->text)) != 0)
				return r;
			continue;
		}
		if (sp->ctx >= 0 && (size_t)sp->ctx < row->nctx &&
		    !c->scrub_placeholders) {
			const char *sub;
			size_t n;

			if ((r = scrub_pseudonym(row, sp->ctx, s, out, &sub,
			    &n)) != 0)
				return r;
			if (n > 0 && sp->kind == DETECT_INITIAL) {
				/* "J. DUPONT" -> the fake first name's initial */
				int m = u8_mblen((const uint8_t *)sub, n);

				if ((r = buf_append(out, sub,
				    m > 0 ? (size_t)m : 1)) != 0 ||
				    (r = buf_putc(out, '.')) != 0)
					return r;
				continue;
			}
			if (n > 0) {
				if ((r = buf_append_short(out, sub, n)) != 0)
					return r;
				continue;
			}
		}
		if ((r = put_placeholder(sp->kind == DETECT_NAME &&
		    sp->ctx >= 0 && row->ctx[sp->ctx].kind == DETECT_IDENT_ADDRESS ?
		    DETECT_ADDRESS : (int)sp->kind, out)) != 0)
			return r;
	}
	return buf_append_short(out, v + prev, len - prev);
}
