/* Dates written in English (issue 10, sixteenth pass; docs/scrub.md,
 * "Sensitive terms and homes, sixteenth pass"): letters to and from
 * abroad, tourists' notes, interns' handovers write "admitted on November
 * 2nd", "seen on 3rd of March", "born 2 November 1949", "since April
 * 2021".  The French month words are detect_date.c's; these are the
 * English ones, read only in a comment with a digit and an English
 * function word (detect.c english_function) or an English month's whole
 * name (english_month_names), from the words of the comment once.  A date found is written back with digits when it moves
 * ("02/11", "02/11/1949", "04/2021"): the shift hides it the same, in no
 * language in particular. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"

/* The months, whole and abbreviated (with or without a dot), folded.
 * "weak": also an English word or a first name ("March", "May",
 * "August", "Jan", "Mar"): such a month counts only with an ordinal day
 * ("May 3rd") or in a comment comment_english says is English. */
static const struct {
	const char	*w;
	int		 month, weak;
} eng_months[] = {
	{ "january", 1, 0 }, { "february", 2, 0 }, { "march", 3, 1 },
	{ "april", 4, 1 }, { "may", 5, 1 }, { "june", 6, 1 },
	{ "july", 7, 0 }, { "august", 8, 1 }, { "september", 9, 0 },
	{ "october", 10, 0 }, { "november", 11, 0 }, { "december", 12, 0 },
	{ "jan", 1, 1 }, { "feb", 2, 0 }, { "mar", 3, 1 }, { "apr", 4, 0 },
	{ "jun", 6, 0 }, { "jul", 7, 0 }, { "aug", 8, 0 }, { "sep", 9, 1 },
	{ "sept", 9, 0 }, { "oct", 10, 0 }, { "nov", 11, 0 },
	{ "dec", 12, 0 },
};

/* The months' whole names, C_ENGMONTH (a cue of the comment, speed33a):
 * the gate opens on a comment with a digit and one of them, English
 * function word or not ("DOB 4 June 1950", "Discharged on 14 April 2025.";
 * precision22).  The abbreviations are French words or names too
 * ("sept" jours, "mar", "jan", "dec"; "sept jours de traitement, SEP
 * 2019" has no date): they open it with an English function word as
 * before. */
const char *const english_month_names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL,
};

/* Word i is a capitalized English month: its number (and *weak), or 0. */
static int
eng_month(const struct detect_scratch *s, size_t i, int *weak)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & W_CAP) || (w->flags & W_DIGIT) || w->fold_len < 3 ||
	    w->fold_len > 9)
		return 0;
	for (size_t k = 0; k < sizeof(eng_months) / sizeof(eng_months[0]); k++)
		if (word_is_str(s, i, eng_months[k].w)) {
			*weak = eng_months[k].weak;
			return eng_months[k].month;
		}
	return 0;
}

/* A day at word d: one or two digits, 1 to 31, and its ordinal suffix
 * glued ("2nd", "21st", "3rd", "4th"): its value and *last its last word
 * (*ordinal if suffixed), or 0. */
static int
eng_day(const char *t, const struct detect_scratch *s, size_t d,
    size_t *last, int *ordinal)
{
	const struct detect_word *w = &s->words[d];
	int v;

	if (!(w->flags & W_DIGIT) || w->nchars > 2 || word_taken(s, d) ||
	    (v = digits_value(t + w->start, w->end - w->start)) < 1 || v > 31)
		return 0;
	*last = d;
	*ordinal = 0;
	if (d + 1 < s->nwords && s->words[d + 1].start == w->end &&
	    (word_is(s, d + 1, "st") || word_is(s, d + 1, "nd") ||
	    word_is(s, d + 1, "rd") || word_is(s, d + 1, "th"))) {
		*last = d + 1;
		*ordinal = 1;
	} else if (d + 1 < s->nwords && s->words[d + 1].start == w->end)
		return 0;	/* "2mg", "12h" */
	return v;
}

/* A year of four digits, 1900 to 2100, at word y: its value, or 0. */
static int
eng_year(const char *t, const struct detect_scratch *s, size_t y)
{
	const struct detect_word *w = &s->words[y];
	int v;

	if (!(w->flags & W_DIGIT) || w->nchars != 4 || word_taken(s, y) ||
	    (v = digits_value(t + w->start, 4)) < 1900 || v > 2100 ||
	    (w->end < s->text_len && is_alnum_byte(t[w->end])))
		return 0;
	return v;
}

/* Words a and b are one space apart, or b follows a's comma ("November
 * 2, 2024"). */
static int
eng_next(const char *t, const struct detect_scratch *s, size_t a, size_t b,
    int comma)
{
	size_t e = s->words[a].end, st = s->words[b].start;

	return st == e + 1 ? t[e] == ' ' : comma && st == e + 2 &&
	    t[e] == ',' && t[e + 1] == ' ';
}

/* The date from word a to word b: day (0: none), month, year (0: none),
 * written back with digits. */
static int
eng_add(const char *t, struct detect_scratch *s, size_t a, size_t b,
    int day, int month, int year)
{
	struct date_value dv;
	char buf[10];
	int part = year == 0 ? DETECT_PART_NO_YEAR : day == 0 ?
	    DETECT_PART_NO_DAY : DETECT_PART_NONE, r;
	int y = year ? year : (month == 2 && day == 29 ? 2000 : 2001);

	if (s->words[b].end < s->text_len && is_alnum_byte(t[s->words[b].end]))
		return 0;
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = buf[7] = '-';
	buf[5] = (char)('0' + month / 10);
	buf[6] = (char)('0' + month % 10);
	buf[8] = (char)('0' + (day ? day : 15) / 10);
	buf[9] = (char)('0' + (day ? day : 15) % 10);
	if (date_parse(buf, sizeof(buf), &dv) != 0)
		return 0;
	dv.order = DATE_DMY;
	dv.sep = '/';
	dv.day_digits = dv.month_digits = 2;
	dv.year_digits = 4;
	dv.tail_off = dv.tail_len = 0;
	if ((r = add_span(s, s->words[a].start, s->words[b].end, DETECT_DATE,
	    -1)) == 1) {
		s->spans[s->nspans - 1].date = dv;
		s->spans[s->nspans - 1].text_month = DETECT_MONTH_DIGITS;
		s->spans[s->nspans - 1].partial = part;
	}
	return r;
}

/* The day at word a right before the weak month m ("12 March", "3
 * June") is a date in a note of any language when a date's cue leads to
 * the day ("Seen on 12 March by the team.", "Discharged on 14 April.",
 * "vu le 3 June": an English preposition of time, or one of the French
 * date_cues, D_DATECUE) and no capitalized word or number follows the
 * month (a first name after a room's number: "lit 12 April Dupont").
 * names22: main left the day raw and took the month as a name. */
static int
day_month_cued(const char *t, const struct detect_scratch *s, size_t a,
    size_t m)
{
	static const char *const cues[] = {
		"on", "since", "from", "until", "till", "by", "before", "after",
		"of", NULL,
	};
	static uint64_t cues_filter;	/* word_in_filtered_list */
	const struct detect_word *p;

	if (a == 0 || !eng_next(t, s, a - 1, a, 0))
		return 0;
	if (m + 1 < s->nwords && s->words[m + 1].start <= s->words[m].end + 1 &&
	    (s->words[m + 1].flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	p = &s->words[a - 1];
	return !(p->flags & (W_DIGIT | W_UPPER)) && ((p->dflags & D_DATECUE) ||
	    word_in_filtered_list(s, p, cues));
}

/* The date around month word m: "November 2nd", "November 2, 2024",
 * "2nd November 1949", "3rd of March", "April 2021".  1, 0, -ENOMEM. */
static int
eng_date_at(const char *t, struct detect_scratch *s, size_t m, int month,
    int weak, int *english)
{
	size_t last, a = m, b = m;
	int day = 0, year = 0, ordinal = 0;

	/* the day after the month, or before it */
	if (m + 1 < s->nwords && eng_next(t, s, m, m + 1, 0) &&
	    (day = eng_day(t, s, m + 1, &last, &ordinal)) != 0)
		b = last;
	else if (m >= 1 && eng_next(t, s, m - 1, m, 0) && (day = eng_day(t, s,
	    m - 1, &last, &ordinal)) != 0 && last == m - 1)
		a = m - 1;
	else if (m >= 2 && eng_next(t, s, m - 1, m, 0) && (day = eng_day(t, s,
	    m - 2, &last, &ordinal)) != 0 && last == m - 1)
		a = m - 2;	/* "3rd March" */
	else if (m >= 3 && word_is(s, m - 1, "of") &&
	    eng_next(t, s, m - 1, m, 0) && (day = eng_day(t, s, m - 3, &last,
	    &ordinal)) != 0 && last == m - 2 && ordinal &&
	    eng_next(t, s, m - 2, m - 1, 0))
		a = m - 3;
	else if (m >= 2 && word_is(s, m - 1, "of") && eng_next(t, s, m - 1, m,
	    0) && (day = eng_day(t, s, m - 2, &last, &ordinal)) != 0 &&
	    last == m - 2 && eng_next(t, s, m - 2, m - 1, 0))
		a = m - 2;
	else
		day = 0;
	/* the year after the month or the day */
	if (b + 1 < s->nwords && eng_next(t, s, b, b + 1, day != 0 && b != m) &&
	    (year = eng_year(t, s, b + 1)) != 0)
		b++;
	if (day == 0 && year == 0)
		return 0;
	if (weak && !ordinal && year == 0 && !(a + 1 == m &&
	    day_month_cued(t, s, a, m))) {
		if (*english < 0)
			*english = comment_english(t, s) != 0;
		if (!*english)
			return 0;
	}
	for (size_t k = a; k <= b; k++)
		if (word_taken(s, k))
			return 0;
	return eng_add(t, s, a, b, day, month, year);
}

int
scan_english_dates(const char *t, struct detect_scratch *s)
{
	int english = -1, r;
	size_t n;
	/* a month is capitalized, three letters or more: the words of
	 * WC_NEAR */
	const uint32_t *near = word_class(s, WC_NEAR, &n);

	for (size_t q = 0, m; q < n; q++) {
		int month, weak;

		m = near[q];

		if ((month = eng_month(s, m, &weak)) == 0 || word_taken(s, m))
			continue;
		if ((r = eng_date_at(t, s, m, month, weak, &english)) < 0)
			return r;
	}
	return 0;
}
