/* Week numbers as dates (issue 10, helper dev20; docs/scrub.md "Dev
 * families of heldout20 (dev20)"): "contrôle en S12", "prochain bilan
 * S45", "programmé en S38", "dès la semaine 38", "prévu sem. 12",
 * "en S12/2026".  A week of the patient's care says the date as well as
 * "le 3 mars" does, and left as written beside the moved dates it gives
 * the shift away: it moves with them (scrub.c put_week) or becomes
 * [DATE], as a partial date (DETECT_PART_WEEK).
 *
 * Only after a word that places something in time (week_cue): "S1" and
 * "S2" are heart sounds, "S1" a sacral vertebra ("L5-S1", "racine S1"),
 * "S12" a room, a bed or a form ("Formulaire S1", "lit S12", "J+3,
 * S12"); and a ward's or a rota's week ("Semaine 37 : 2 lits fermés",
 * "semaine 49 Dr A") has no such cue.  "S1" to "S5" also give way to a
 * spine's word a few words before them or a side after them. */
#include "detect_int.h"

/* The weeks of a year. */
#define WEEK_MAX	53
/* How far back a spine's word makes "S1" .. "S5" a vertebra's. */
#define SPINE_WINDOW	8

/* The words every week form has just before its number (week_at's
 * first test: the "S" alone, "semaine", "sem"), folded: C_WEEKCUE, the
 * rule's gate (speed31f). */
const char *const week_number_cues[] = { "s", "sem", "semaine", NULL };

/* Before "S12" or "semaine 12": words that place an event in time. */
static const char *const week_cues[] = {
	"en", "des", "a", "avant", "apres", "prevu", "prevue", "prevus",
	"prevues", "programme", "programmee", "programmes", "programmees",
	"planifie", "planifiee", "bilan", "controle", "rdv", "revoir",
	"revu", "revue", "vers", "jusqu", "fin", "debut", "mi", NULL,
};
static uint64_t week_cues_filter;	/* word_in_listf */

/* Before "la semaine 12", "sem. 12": the same, one article away
 * ("dès la semaine 38", "prévu la semaine 12"). */
static const char *const week_article_cues[] = {
	"des", "avant", "apres", "prevu", "prevue", "prevus", "prevues",
	"programme", "programmee", "planifie", "planifiee", "pendant",
	"durant", "jusqu", "partir", NULL,
};
static uint64_t week_article_cues_filter;	/* word_in_listf */

/* A spine's or a nerve root's words: "S1" after them is a vertebra. */
static const char *const spine_words[] = {
	"lombaire", "lombaires", "sacre", "sacree", "sacrum", "racine",
	"racines", "radiculaire", "radiculalgie", "radiculopathie",
	"sciatique", "sciatalgie", "cruralgie", "dermatome", "vertebre",
	"vertebres", "vertebral", "vertebrale", "disque", "discale",
	"hernie", "territoire", "reflexe", "achilleen", "myotome",
	"lombosacre", "lombosacree", "charniere", "arthrodese", "foramen",
	"foraminal", "foraminale", NULL,
};
static uint64_t spine_words_filter;	/* word_in_listf */

/* A side or another root after "S1": "S1 gauche", "S1 droite". */
static const char *const side_words[] = {
	"gauche", "droite", "droit", "g", "d", "bilateral", "bilaterale",
	"bilat", NULL,
};
static uint64_t side_words_filter;	/* word_in_listf */

/* Only spaces (one to three) between word i and word i + 1. */
static int
week_spaced(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start;

	if (b <= a || b - a > 3)
		return 0;
	for (; a < b; a++)
		if (t[a] != ' ')
			return 0;
	return 1;
}

/* The value of the digit word i when it is a week (1 .. 53, one or two
 * digits), else 0. */
static int
week_value(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	int v = 0;

	if (!(w->flags & W_DIGIT) || w->end - w->start > 2)
		return 0;
	for (size_t k = w->start; k < w->end; k++)
		v = v * 10 + (t[k] - '0');
	return v >= 1 && v <= WEEK_MAX ? v : 0;
}

/* Word c (before the week's first word) places it in time: a cue, or
 * "de" after "à partir" ("à partir de S12"). */
static int
week_cue(const char *t, const struct detect_scratch *s, size_t c)
{
	if (word_in_listf(s, c, week_cues))
		return 1;
	return c >= 1 && word_is(s, c, "de") && word_is(s, c - 1, "partir") &&
	    week_spaced(t, s, c - 1);
}

/* "S1" .. "S5" at word f (the "S") read as a vertebra or a heart sound:
 * joined to the word before it by a hyphen or a slash ("L5-S1",
 * "L5/S1"), a spine's word a few words before, a side, a hyphen or
 * another root after ("S1 gauche", "S1-S2", "S1 et S2", "S1 S2"), or
 * after "à" alone ("irradiant à S1"). */
static int
week_spine(const char *t, size_t len, const struct detect_scratch *s,
    size_t f, size_t e)
{
	size_t a = s->words[f].start, b = s->words[e].end;
	size_t lo = f > SPINE_WINDOW ? f - SPINE_WINDOW : 0;

	if (a > 0 && (t[a - 1] == '-' || t[a - 1] == '/'))
		return 1;
	if (b < len && (t[b] == '-' || t[b] == '/'))
		return 1;
	for (size_t k = lo; k < f; k++)
		if (word_in_listf(s, k, spine_words) ||
		    ((s->words[k].flags & W_CAP) && s->words[k].nchars == 1 &&
		    (t[s->words[k].start] == 'L' || t[s->words[k].start] == 'S') &&
		    k + 1 < f && s->words[k + 1].start == s->words[k].end &&
		    s->words[k + 1].end == s->words[k + 1].start + 1 &&
		    t[s->words[k + 1].start] >= '1' &&
		    t[s->words[k + 1].start] <= '5'))
			return 1;	/* "L5", "S2" before it: a spine's list */
	if (e + 1 < s->nwords && week_spaced(t, s, e) &&
	    (word_in_listf(s, e + 1, side_words) || word_is(s, e + 1, "et") ||
	    word_is(s, e + 1, "ou")))
		return 1;
	/* "S1 S2 bien frappés", "S2 B1": heart sounds, a pair */
	if (e + 2 < s->nwords && week_spaced(t, s, e) &&
	    s->words[e + 1].nchars == 1 &&
	    s->words[e + 2].start == s->words[e + 1].end &&
	    (s->words[e + 2].flags & W_DIGIT))
		return 1;
	/* "à S1" of a pain's irradiation: a week this early wants a
	 * cue of time, not a place's "à" */
	return f >= 1 && word_is(s, f - 1, "a");
}

/* After the week's number (byte b): "/2026", "-2026" (a year, written
 * into the span), or nothing that goes on with the word.  Returns the
 * span's end, or 0 when the number goes on ("S3-26-7712045", "S25-004411",
 * "S12a", "S1.5"); *year and *sep the year written. */
static size_t
week_tail(const char *t, size_t len, size_t b, int *year, char *sep)
{
	*year = 0;
	*sep = 0;
	if (b >= len)
		return b;
	if ((t[b] == '/' || t[b] == '-') && b + 5 <= len &&
	    (t[b + 1] == '1' || t[b + 1] == '2') && util_is_digit(t[b + 2]) &&
	    util_is_digit(t[b + 3]) && util_is_digit(t[b + 4]) &&
	    (b + 5 == len || !(util_is_digit(t[b + 5]) ||
	    ((t[b + 5] | 32) >= 'a' && (t[b + 5] | 32) <= 'z') ||
	    t[b + 5] == '-' || t[b + 5] == '/'))) {
		*year = (t[b + 1] - '0') * 1000 + (t[b + 2] - '0') * 100 +
		    (t[b + 3] - '0') * 10 + (t[b + 4] - '0');
		if (*year < 1900 || *year > 2099)
			return 0;
		*sep = t[b];
		return b + 5;
	}
	if (util_is_digit(t[b]) || ((t[b] | 32) >= 'a' && (t[b] | 32) <= 'z') ||
	    (unsigned char)t[b] >= 0x80 || t[b] == '-' || t[b] == '/' ||
	    t[b] == '_' || t[b] == '+' ||
	    (t[b] == '.' && b + 1 < len && util_is_digit(t[b + 1])) ||
	    (t[b] == ',' && b + 1 < len && util_is_digit(t[b + 1])))
		return 0;
	return b;
}

/* "semaine 12 de grossesse", "semaine 3 de traitement", "semaine 2
 * d'hospitalisation": a week counted from an event (a term, a course),
 * not one of the calendar. */
static int
week_of_something(const char *t, const struct detect_scratch *s, size_t i)
{
	return i + 1 < s->nwords && week_spaced(t, s, i) &&
	    (word_is(s, i + 1, "de") || word_is(s, i + 1, "d") ||
	    word_is(s, i + 1, "du"));
}

/* After "après" (and an article), an event a course of care is counted
 * from: "S6 après la chirurgie", "S12 après l'arrêt du traitement". */
static const char *const week_events[] = {
	"chirurgie", "intervention", "operation", "traitement", "ttt",
	"greffe", "transplantation", "accouchement", "naissance", "debut",
	"fin", "arret", "initiation", "instauration", "introduction",
	"pose", "exposition", "infection", "diagnostic", "inclusion",
	"randomisation", "vaccination", "injection", "cure", "chimiotherapie",
	"chimio", "radiotherapie", "immunotherapie",
	"hospitalisation", "sortie", "fracture", "avc", "infarctus", NULL,
};
static uint64_t week_events_filter;	/* word_in_listf */

/* Week number word i is counted from an event, not the calendar's:
 * "à S12 post-traitement", "S6 post-op", "S8 postopératoire", "semaine
 * 12 post-partum", "S6 après la chirurgie" (precision25; the hepatology
 * and surgery way of counting weeks).  "post" joined by a hyphen or a
 * word of its own, or a word that starts with "postop"/"postpartum";
 * "après" with an event of week_events, an article between.  "revoir en
 * S12 après l'IRM" stays a week: an examination is no event counted
 * from. */
static int
week_after_event(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;
	const char *f;
	size_t fl;

	if (k >= s->nwords || !week_spaced(t, s, i))
		return 0;
	f = wf(s, &s->words[k]);
	fl = s->words[k].fold_len;
	if ((fl == 4 && memcmp(f, "post", 4) == 0) ||
	    (fl >= 6 && memcmp(f, "postop", 6) == 0) ||
	    (fl >= 8 && memcmp(f, "postpart", 8) == 0) ||
	    (fl >= 9 && memcmp(f, "postnatal", 9) == 0))
		return 1;
	if (!word_is(s, k, "apres") || k + 1 >= s->nwords)
		return 0;
	k++;
	if ((word_is(s, k, "la") || word_is(s, k, "le") ||
	    word_is(s, k, "l") || word_is(s, k, "les") ||
	    word_is(s, k, "son") || word_is(s, k, "sa")) && k + 1 < s->nwords)
		k++;
	return word_in_listf(s, k, week_events);
}

/* How far a follow-up's other time points may stand from its week. */
#define SCHEDULE_WINDOW	4

/* Week number word i is one point of a follow-up schedule counted from
 * an event: a day or a month count ("J15", "M3", "M6") written joined
 * within SCHEDULE_WINDOW words ("sérologies à S6 et à M3" after a blood
 * exposure, "revu à J15, S6 et M3"): the weeks since the exposure or the
 * operation, not the calendar's week 6 (dev27).  A calendar week is
 * not listed beside a count of months. */
static int
week_in_schedule(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t lo = i > SCHEDULE_WINDOW * 2 ? i - SCHEDULE_WINDOW * 2 : 1;
	size_t hi = i + SCHEDULE_WINDOW * 2, k;

	if (hi >= s->nwords)
		hi = s->nwords - 1;
	for (k = lo; k <= hi; k++) {
		const struct detect_word *p = &s->words[k - 1];
		char c;

		if (k == i || s->words[k].start >= s->words[k].end ||
		    t[s->words[k].start] < '0' ||
		    t[s->words[k].start] > '9' ||
		    p->end != s->words[k].start || p->nchars != 1)
			continue;
		c = t[p->start] | 0x20;
		if ((c == 'j' || c == 'm') &&
		    (k < 2 || s->words[k - 2].end < p->start))
			return 1;
	}
	return 0;
}

/* The week span [a, b): number n, `digits` 2 when written with a
 * leading zero ("S05": the moved week is written on two digits too), a
 * year or none. */
static int
add_week(struct detect_scratch *s, size_t a, size_t b, int n, int digits,
    int year, char sep)
{
	int r;

	if ((r = add_span(s, a, b, DETECT_DATE, -1)) == 1) {
		struct detect_span *sp = &s->spans[s->nspans - 1];

		memset(&sp->date, 0, sizeof(sp->date));
		sp->date.year = year;
		sp->date.month = 1;
		sp->date.day = n;
		sp->date.day_digits = digits;
		sp->date.year_digits = year != 0 ? 4 : 0;
		sp->date.sep = sep;
		sp->text_month = DETECT_MONTH_DIGITS;
		sp->partial = DETECT_PART_WEEK;
		sp->lead = 0;
	}
	return r < 0 ? r : 0;
}

/* The digit word i follows an "S" (or "s") alone, joined to it: "S12",
 * "S06/2027". */
int
week_joined_s(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t f = i - 1;

	return i > 0 && s->words[f].end == s->words[i].start &&
	    s->words[f].nchars == 1 &&
	    (t[s->words[f].start] == 'S' || t[s->words[f].start] == 's');
}

/* The digit word i (detect_run's gate: a digit) as a week: "S12" after a
 * cue (the "S" joined to the number, a space or the text's start
 * before it), or "semaine 12", "sem. 12" after a cue or a cue and "la". */
static int
week_at(const char *t, size_t len, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	int n, year;
	size_t f, b;
	char sep;

	/* the word before first: every form below has an "S" alone or
	 * "semaine", "sem" there, which most numbers lack (a date's, a
	 * dose's), where the number's value and its taken bit were read
	 * for every one (speed29c) */
	if (i == 0)
		return 0;
	{
		/* The "S" alone and the two words' hashes in one test of
		 * bits: one branch, nearly never taken, where a chain of
		 * them (the fold's length, then the letter or the words)
		 * went as the numbers went (speed31d: the walk's
		 * mispredictions; speed30b tested the lengths by a mask).
		 * A superset: the words are compared below. */
		const struct detect_word *p = &s->words[i - 1];
		unsigned s_alone = (p->fold_len == 1) & (p->nchars == 1) &
		    ((t[p->start] | 0x20) == 's');

		if (!(s_alone | (p->fhash == LIT_HASH("semaine")) |
		    (p->fhash == LIT_HASH("sem"))))
			return 0;
		if (!s_alone && !word_is(s, i - 1, "semaine") &&
		    !word_is(s, i - 1, "sem"))
			return 0;
	}
	if ((n = week_value(t, s, i)) == 0 || word_taken(s, i))
		return 0;
	f = i - 1;
	if (week_joined_s(t, s, i)) {
		/* "S12": the "S" alone, after a space or the start.  With
		 * its year ("S06/2027", "(S12-2026)") a week by itself: no
		 * vertebra, heart sound or week counted from an event has
		 * one, and try_month_year leaves it to this rule, so a week
		 * is never moved as a month (review25's leftover,
		 * hostile27) */
		size_t a = s->words[f].start;

		if (word_taken(s, f) ||
		    (b = week_tail(t, len, w->end, &year, &sep)) == 0)
			return 0;
		if (year == 0 && (f == 0 || (a > 0 && t[a - 1] != ' ') ||
		    !week_spaced(t, s, f - 1) || !week_cue(t, s, f - 1) ||
		    (n <= 5 && week_spine(t, len, s, f, i)) ||
		    week_after_event(t, s, i) || week_in_schedule(t, s, i)))
			return 0;
		return add_week(s, a, b, n, t[w->start] == '0' &&
		    w->end - w->start == 2 ? 2 : 1, year, sep);
	}
	/* "S 12" after a cue ("revoir en S 12", "prévu S 45"), one space
	 * after a capital "S" alone: the number only goes, as after
	 * "semaine" (the moved week keeps the space); a vertebra or a
	 * week of something ("en S 1 gauche", "dès S 12 de traitement")
	 * stays, and a bare "à" is no cue here ("réponse à S 12": weeks of
	 * a treatment, dev20's what is left) (recall21) */
	if (f > 0 && s->words[f].nchars == 1 && t[s->words[f].start] == 'S' &&
	    s->words[f].end + 1 == w->start && t[s->words[f].end] == ' ') {
		size_t a = s->words[f].start;

		if (word_taken(s, f) || (a > 0 && t[a - 1] != ' ') ||
		    !week_spaced(t, s, f - 1) || !week_cue(t, s, f - 1) ||
		    word_is(s, f - 1, "a") || week_of_something(t, s, i))
			return 0;
		if ((b = week_tail(t, len, w->end, &year, &sep)) == 0)
			return 0;
		if (n <= 5 && week_spine(t, len, s, f, i))
			return 0;
		return add_week(s, w->start, b, n, t[w->start] == '0' &&
		    w->end - w->start == 2 ? 2 : 1, year, sep);
	}
	/* "semaine 12", "sem. 12": the number only (the noun stays) */
	if (!(word_is(s, f, "semaine") || word_is(s, f, "sem")) || f == 0)
		return 0;
	{
		size_t a = s->words[f].end, c = f - 1;

		if (word_is(s, f, "sem") && a < w->start && t[a] == '.')
			a++;
		while (a < w->start && t[a] == ' ')
			a++;
		if (a != w->start || a == s->words[f].end ||
		    !week_spaced(t, s, c))
			return 0;
		if (!word_in_listf(s, c, week_cues) &&
		    !(c >= 1 && (word_is(s, c, "la") || word_is(s, c, "en")) &&
		    week_spaced(t, s, c - 1) &&
		    word_in_listf(s, c - 1, week_article_cues)))
			return 0;
		if ((b = week_tail(t, len, w->end, &year, &sep)) == 0 ||
		    week_of_something(t, s, i) || week_after_event(t, s, i))
			return 0;
		return add_week(s, w->start, b, n, t[w->start] == '0' &&
		    w->end - w->start == 2 ? 2 : 1, year, sep);
	}
}

/* Week numbers as dates (detect_run's gate: a digit and C_WEEKCUE;
 * from the numbers tokenize listed, each looking at most SPINE_WINDOW
 * words back and two ahead: linear). */
int
scan_week_numbers(const char *t, size_t len, struct detect_scratch *s)
{
	int r;

	for (size_t x = 0; x < s->ndwords; x++)
		if ((r = week_at(t, len, s, s->dwords[x])) < 0)
			return r;
	return 0;
}
