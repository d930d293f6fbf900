/* The date detectors: dates written with digits ("12/03/2021") or with a
 * month word ("12 mars 2021", "11 juil. 1945"), and partial dates
 * ("le 3 mars", "mars 2021", "le 18/08", "mardi 7", "mi-mars"), which
 * shift like the others.  The month tables.  docs/scrub.md. */
#include <stdio.h>
#include <string.h>

#include "detect.h"
#include "detect_int.h"

const char *const months[] = {
	"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre", NULL,
};

/* Abbreviated months ("17 juil", "12 sept.", "nov 2019", "11 juil. 1945"),
 * folded, and their month.  Not "sep" (la SEP, multiple sclerosis), "jan"
 * (Jan is a first name), "mar", "jun", "jul". */
static const struct { const char *w; int month; } month_abbrevs[] = {
	{ "janv", 1 }, { "fevr", 2 }, { "fev", 2 }, { "avr", 4 },
	{ "juil", 7 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 },
	{ "dec", 12 },
};

static const char *const month_names[] = {
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre",
};

/* Words before a bare "18/08" that say it is a date, not a score ("EVA
 * 3/10") or a pressure ("TA 12/08"). */
const char *const date_cues[] = {
	"le", "du", "au", "depuis", "des", "jusqu", "jusqu'au", "avant", "apres",
	"rdv", "prevu", "prevue", "vu", "vue", "date", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "entre", "et",
	"sortie", "entree", "hospitalise", "hospitalisee", "rappel", "revu",
	"revue", "ce", "controle", "consultation", "cs", "en", "pour", "vers",
	"a", NULL,
};

/* The abbreviated months are months to the dictionary too. */
int
dict_add_month_abbrevs(void)
{
	for (size_t k = 0; k < sizeof(month_abbrevs) / sizeof(month_abbrevs[0]);
	    k++) {
		const char *w[] = { month_abbrevs[k].w, NULL };
		int r;

		if ((r = dict_add_words(w, D_MONTH)) != 0)
			return r;
	}
	return 0;
}

const char *
detect_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

/* A date written with digits: the longest date_parse accepts from i. */
int
try_date(const char *t, size_t len, size_t i, struct detect_scratch *s)
{
	struct date_value d;
	size_t n = 0, m;
	int r;

	while (i + n < len && n < 10 &&
	    (util_is_digit(t[i + n]) || t[i + n] == '/' || t[i + n] == '-' ||
	    t[i + n] == '.'))
		n++;
	for (m = n; m >= 6; m--) {
		if (!util_is_digit(t[i + m - 1]) || (i + m < len && util_is_digit(t[i + m])))
			continue;
		/* YYYYMMDD alone is an IPP as often as a date. */
		if (memchr(t + i, '/', m) == NULL && memchr(t + i, '-', m) == NULL &&
		    memchr(t + i, '.', m) == NULL)
			continue;
		if (date_parse(t + i, m, &d) != 0) {
			/* "12-03-21", "12.03.21": datefmt reads two-digit
			 * years after '/' only; here the context says date. */
			char tmp[10];
			if (m != 8 || (t[i + 2] != '-' && t[i + 2] != '.') ||
			    t[i + 5] != t[i + 2])
				continue;
			memcpy(tmp, t + i, 8);
			tmp[2] = tmp[5] = '/';
			if (date_parse(tmp, 8, &d) != 0)
				continue;
			d.sep = t[i + 2];
		}
		if ((r = add_span(s, i, i + m, DETECT_DATE, -1)) == 1)
			s->spans[s->nspans - 1].date = d;
		return r;
	}
	return 0;
}

/* Before a month alone, words that place an event in it ("mi-mars",
 * "début juin", "fin janvier", "courant mars", "dès décembre"). */
static const char *const month_alone_cues[] = {
	"mi", "debut", "fin", "courant", "des", "en", "depuis", "mois",
	"jusqu'en", "avant", "apres", NULL,
};

/* After a day and a month: words that make "le 3/4" a quantity ("le 3/4
 * du comprimé", "le 12 mars 20 mg"). */
static const char *const not_after_date[] = {
	"de", "d", "du", "des", "dose", "doses", "comprime", "comprimes", NULL,
};

static const char *const weekdays[] = {
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	NULL,
};

/* The month word i names, 0 if none; *abbrev: written abbreviated. */
static int
month_of(const struct detect_scratch *s, size_t i, int *abbrev)
{
	*abbrev = 0;
	if (!word_has(s, i, D_MONTH))
		return 0;
	for (int k = 0; months[k] != NULL; k++)
		if (word_is(s, i, months[k]))
			return k + 1;
	for (size_t k = 0; k < sizeof(month_abbrevs) / sizeof(month_abbrevs[0]);
	    k++)
		if (word_is(s, i, month_abbrevs[k].w)) {
			*abbrev = 1;
			return month_abbrevs[k].month;
		}
	return 0;
}

/* What follows the number word i: not a unit, a time, a decimal or
 * another number ("le 12 mars 20 mg", "mardi 7h", "25 juin 45,5"). */
static int
number_stands_alone(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	size_t e = s->words[i].end;

	if (e < len && (is_alnum_byte(t[e]) || t[e] == ':' || t[e] == '%'))
		return 0;
	if (e + 1 < len && strchr(",./-", t[e]) != NULL && util_is_digit(t[e + 1]))
		return 0;
	/* The next word, after spaces only ("refait le 16/5, M. X" is a
	 * date); a time after it is no quantity ("samedi 18/01 14h"). */
	if (i + 1 < s->nwords && s->words[i + 1].start - e <= 2 &&
	    t[e] == ' ' && (s->words[i + 1].start == e + 1 || t[e + 1] == ' ')) {
		const struct detect_word *u = &s->words[i + 1];

		if (is_measure_unit(wf(s, u), u->fold_len) ||
		    in_list(not_after_date, wf(s, u), u->fold_len))
			return 0;
		if ((u->flags & W_DIGIT) && !(u->end < len && (t[u->end] == ':' ||
		    (t[u->end] | 32) == 'h')))
			return 0;
	}
	return 1;
}

/* "12 mars 2021", "1er mars 2021", "11 juil. 1945"; with two digits for
 * the year, "25 juin 45" (DATE_PIVOT_YY of datefmt.c: 1945). */
int
scan_text_dates(const char *t, size_t len, struct detect_scratch *s)
{
	int r;

	/* From a number before a month. */
	if (!comment_has(s, W_DIGIT, D_MONTH))
		return 0;
	for (size_t i = 0; i + 2 < s->nwords; i++) {
		const struct detect_word *d = &s->words[i], *y;
		size_t m = i + 1, yn;
		int month, abbrev, day, year;

		if (!(d->flags & W_DIGIT) || d->end - d->start > 2)
			continue;
		if (word_is(s, m, "er"))
			m++;
		if (m + 1 >= s->nwords)
			continue;
		month = month_of(s, m, &abbrev);
		y = &s->words[m + 1];
		yn = y->end - y->start;
		if (!month || !(y->flags & W_DIGIT) || (yn != 4 && yn != 2) ||
		    (s->words[m].start - d->end) > 4 || y->start - s->words[m].end > 2)
			continue;
		if (yn == 2 && !number_stands_alone(t, len, s, m + 1))
			continue;
		/* The text is not NUL-terminated: read the words' digits only. */
		day = digits_value(t + d->start, d->end - d->start);
		year = digits_value(t + y->start, yn);
		if (yn == 2)
			year += year <= 30 ? 2000 : 1900;
		struct date_value dv;
		char buf[16];
		int n = snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month,
		    day);
		if (n != 10 || date_parse(buf, 10, &dv) != 0)
			continue;
		if ((r = add_span(s, d->start, y->end, DETECT_DATE, -1)) < 0)
			return r;
		if (r == 1) {
			dv.year_digits = (int)yn;
			s->spans[s->nspans - 1].date = dv;
			s->spans[s->nspans - 1].text_month = abbrev ?
			    DETECT_MONTH_ABBREV : DETECT_MONTH_WORD;
		}
	}
	return 0;
}

/* A partial date: the span and its parsed value (year 2001 stands for
 * none, 2000 for a 29 February; day 15 for none), in the shape written:
 * the separator and the digits of day and month ("03.04", "25/3"). */
static int
add_partial_date(struct detect_scratch *s, size_t a, size_t b,
    const struct date_value *shape, int part, int text_month)
{
	struct date_value dv;
	char buf[16];
	int n, r;

	n = snprintf(buf, sizeof(buf), "%04d-%02d-%02d", shape->year,
	    shape->month, shape->day);
	if (n != 10 || date_parse(buf, 10, &dv) != 0)
		return 0;
	if ((r = add_span(s, a, b, DETECT_DATE, -1)) == 1) {
		dv.sep = shape->sep;
		dv.day_digits = shape->day_digits;
		dv.month_digits = shape->month_digits;
		s->spans[s->nspans - 1].date = dv;
		s->spans[s->nspans - 1].text_month = text_month;
		s->spans[s->nspans - 1].partial = part;
	}
	return r;
}

/* A cue before word i that announces a date: any of date_cues for
 * "18/08"; for a one-digit day or month ("le 25/3", "du 2/10") or a dot
 * ("le 03.04") not the weak ones ("EVA 3/10 et 4/10" is a score, "vers
 * 11.05" a time); or two and two digits alone in parentheses ("(10/04)",
 * "(03.03)"). */
static int
numeric_date_cue(const struct detect_scratch *s, size_t i, int one_digit,
    int dot, int in_parens)
{
	int strong_only = one_digit || dot;

	static const char *const weak[] = { "et", "a", "en", "pour", "vers",
	    "ce", "entre", "cs", "consultation", "vu", "vue", NULL };
	const struct detect_word *p;

	if (in_parens && !one_digit)
		return 1;
	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if ((p->flags & W_DIGIT) || !word_has(s, i - 1, D_DATECUE))
		return 0;
	return !strong_only || !in_list(weak, wf(s, p), p->fold_len);
}

/* "18/08", "03.04", "25/3", "2/10" after a cue word, not "18/08/..." nor
 * "2.5 mg"; a dot only between two digits and two. */
static int
try_numeric_partial(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *m;
	struct date_value sh = { 0 };
	size_t dn = w->end - w->start, mn;
	char sep;

	if (i + 1 >= s->nwords || w->end >= len)
		return 0;
	m = &s->words[i + 1];
	mn = m->end - m->start;
	sep = t[w->end];
	if ((sep != '/' && sep != '.') || m->start != w->end + 1 ||
	    !(m->flags & W_DIGIT) || mn > 2 || (sep == '.' && (dn != 2 ||
	    mn != 2)) || (m->end < len && (t[m->end] == '/' ||
	    t[m->end] == '.') && m->end + 1 < len &&
	    util_is_digit(t[m->end + 1])) || word_taken(s, i + 1) ||
	    !number_stands_alone(t, len, s, i + 1) ||
	    !numeric_date_cue(s, i, dn == 1 || mn == 1, sep == '.',
	    w->start > 0 && t[w->start - 1] == '(' && m->end < len &&
	    t[m->end] == ')'))
		return 0;
	sh.year = 2001;
	sh.month = digits_value(t + m->start, mn);
	sh.day = digits_value(t + w->start, dn);
	if (sh.month == 2 && sh.day == 29)
		sh.year = 2000;
	sh.sep = sep;
	sh.day_digits = (int)dn;
	sh.month_digits = (int)mn;
	return add_partial_date(s, w->start, m->end, &sh, DETECT_PART_NO_YEAR,
	    DETECT_MONTH_DIGITS);
}

/* From a day number at word i: "3 mars", "1er mai", "17 juil" (not "3
 * mars 2021": a full date), "18/08", "03.04", or "mardi 7". */
static int
partial_from_day(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	struct date_value sh = { 0 };
	size_t m = i + 1;
	int month, abbrev;

	sh.day = digits_value(t + w->start, w->end - w->start);
	sh.year = 2001;
	sh.day_digits = (int)(w->end - w->start);
	if (m < s->nwords && word_is(s, m, "er") && s->words[m].start == w->end)
		m++;
	if (m < s->nwords && (month = month_of(s, m, &abbrev)) != 0 &&
	    s->words[m].start - s->words[m - 1].end <= 2 && !word_taken(s, m)) {
		sh.month = month;
		if (month == 2 && sh.day == 29)
			sh.year = 2000;
		return add_partial_date(s, w->start, s->words[m].end, &sh,
		    DETECT_PART_NO_YEAR, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	if (m == i + 1 && w->end + 1 < len && (t[w->end] == '/' ||
	    t[w->end] == '.') && util_is_digit(t[w->end + 1]))
		return try_numeric_partial(t, len, s, i);
	/* "passera mardi 7": a day of this month; January stands in. */
	if (i > 0 && !(s->words[i - 1].flags & W_DIGIT) &&
	    s->words[i].start - s->words[i - 1].end <= 2 &&
	    in_list(weekdays, wf(s, &s->words[i - 1]), s->words[i - 1].fold_len) &&
	    number_stands_alone(t, len, s, i) && sh.day >= 1 && sh.day <= 31) {
		sh.month = 1;
		return add_partial_date(s, w->start, w->end, &sh,
		    DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS);
	}
	return 0;
}

/* From a month word at i: "mars 2021", "nov 2019" (a day of 15 stands in),
 * or a month alone after a word that places an event in it ("mi-mars",
 * "fin janvier": docs/scrub.md says why they are taken). */
static int
partial_from_month(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;
	struct date_value sh = { 0 };
	size_t m = i + 1;
	int abbrev;

	if ((sh.month = month_of(s, i, &abbrev)) == 0)
		return 0;
	sh.day = 15;
	if (m < s->nwords && (s->words[m].flags & W_DIGIT) &&
	    s->words[m].end - s->words[m].start == 4 &&
	    s->words[m].start - w->end <= 2 && !word_taken(s, m)) {
		sh.year = digits_value(t + s->words[m].start, 4);
		if (sh.year < 1900 || sh.year > 2100)
			return 0;
		return add_partial_date(s, w->start, s->words[m].end, &sh,
		    DETECT_PART_NO_DAY, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	if (abbrev || i == 0)
		return 0;
	p = &s->words[i - 1];
	if (w->start - p->end > 2 || (p->flags & W_DIGIT) ||
	    !in_list(month_alone_cues, wf(s, p), p->fold_len))
		return 0;
	sh.year = 2001;
	return add_partial_date(s, w->start, w->end, &sh, DETECT_PART_MONTH_ONLY,
	    DETECT_MONTH_WORD);
}

/* Dates without a year, a day or both, which shift like the others: "le 3
 * mars", "1er mai", "mars 2021", "le 18/08", "le 03.04", "mardi 7",
 * "mi-mars" (docs/scrub.md). */
int
scan_partial_dates(const char *t, size_t len, struct detect_scratch *s)
{
	int r = 0;

	/* A number ("(03.03)" needs no cue word), or a month. */
	if (!comment_has(s, W_DIGIT, 0) && !comment_has(s, 0, D_MONTH))
		return 0;
	for (size_t i = 0; i < s->nwords && r >= 0; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if ((w->flags & W_DIGIT) && w->end - w->start <= 2)
			r = partial_from_day(t, len, s, i);
		else if (!(w->flags & W_DIGIT))
			r = partial_from_month(t, s, i);
	}
	return r < 0 ? r : 0;
}
