/* Diagnosis terms, abbreviations and drugs of the suppressed groups, from
 * the shared sensitive lexicon (src/sensitive.c, conf/sensitive/), and
 * gravidity and parity ("G3P2").  docs/scrub.md. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"
#include "icd10.h"
#include "sensitive.h"

static int scan_terms_in(const char *t, size_t len, size_t w0, size_t *w1,
    size_t seen, uint32_t groups, unsigned kinds, struct detect_scratch *s);

/* A term found whole in a later window that a term an earlier window
 * found lies inside: "grossesse extra-utérine" whose first words an
 * earlier window, cut short, took as "grossesse"; "mort foetale in utero",
 * whose "mort" (the last word of "idées de mort") opened a window too
 * short for it, which found "foetale".  That span grows to the whole
 * term, on either side, if nothing else holds the bytes it gains. */
static void
grow_term(struct detect_scratch *s, size_t start, size_t end)
{
	size_t i = word_at(s, start);
	int32_t k = -1;
	struct detect_span *sp;

	for (; i < s->nwords && s->words[i].start < end && k < 0; i++)
		k = s->wspan[i];
	if (k < 0)
		return;
	sp = &s->spans[k];
	if (sp->kind != DETECT_DIAGNOSIS || sp->start < start ||
	    sp->end > end || (sp->start == start && sp->end == end) ||
	    overlaps(s, start, sp->start) || overlaps(s, sp->end, end))
		return;
	for (size_t b = start; b < sp->start; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	for (size_t b = sp->end; b < end; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	sp->start = start;
	sp->end = end;
	mark_words(s, (size_t)k);
}

/* An ordinary word written in capitals ("FILLE"; not another
 * abbreviation: "TOC, TSPT"). */
static int
upper_word(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_UPPER) && lexicon_has(t + w->start,
	    w->end - w->start);
}

/* An abbreviation that is also an ordinary word ("SA" of "semaines
 * d'aménorrhée", "sa") counts only written as one: two capitals at least,
 * and not among ordinary words all in capitals ("SA FILLE"). */
static int
abbrev_written(const char *t, const struct detect_scratch *s, size_t a,
    size_t b)
{
	size_t upper = 0, i;

	for (size_t k = a; k < b; k++)
		upper += t[k] >= 'A' && t[k] <= 'Z';
	if (upper < 2)
		return 0;
	i = word_at(s, a);
	return !((i > 0 && upper_word(t, s, i - 1)) ||
	    (i + 1 < s->nwords && upper_word(t, s, i + 1)));
}

static int	word_in(const struct detect_scratch *s, size_t i,
		    const char *const *list);

/* word_in of a list that has a filter beside it (NAME_filter, a static
 * uint64_t): a word whose hash's bit is not in it is in no list, without
 * the list's walk (list_filter_pass; speed31g). */
#define word_inf(s, i, list) \
	(list_filter_pass((list), &list##_filter, (s)->words[i].fhash) && \
	word_in((s), (i), (list)))

/* The last word of a count written out, as dictation writes weeks
 * ("trente deux sa", "vingt-huit SA", "trente et un sa"): a number's word
 * of two to sixteen, a ten up to forty, "un" after "et". */
static int
spelled_count(const struct detect_scratch *s, size_t i)
{
	static const char *const counts[] = { "deux", "trois", "quatre",
	    "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
	    "treize", "quatorze", "quinze", "seize", "vingt", "trente",
	    "quarante", NULL };
	static uint64_t counts_filter;	/* word_inf */

	if (s->words[i].flags & W_DIGIT)
		return 0;
	return word_inf(s, i, counts) ||
	    (i > 0 && word_is(s, i, "un") && word_is(s, i - 1, "et"));
}

/* An abbreviation right after a count ("12 SA", "grossesse de 8 sa",
 * "DE 19 SA, BPCO", "trente deux sa"): a number of 1 to 45, or one
 * written out, just before it, and no word right after it, unless in
 * capitals among words that are not ("à 12 sa fille", "LE 12 SA FILLE",
 * "deux sa fille" stay; "12 SA ce jour" goes). */
static int
abbrev_after_count(const char *t, const struct detect_scratch *s, size_t a)
{
	size_t i = word_at(s, a);
	const struct detect_word *n;
	int v;

	if (i == 0 || i >= s->nwords || s->words[i].start != a ||
	    a - s->words[i - 1].end > 2)
		return 0;
	for (size_t k = s->words[i - 1].end; k < a; k++)
		if (t[k] != ' ')
			return 0;
	if (!spelled_count(s, i - 1)) {
		if (!(s->words[i - 1].flags & W_DIGIT) ||
		    s->words[i - 1].end - s->words[i - 1].start > 2)
			return 0;
		v = digits_value(t + s->words[i - 1].start,
		    s->words[i - 1].end - s->words[i - 1].start);
		if (v < 1 || v > 45)
			return 0;
	}
	if (i + 1 >= s->nwords)
		return 1;
	n = &s->words[i + 1];
	if ((n->flags & W_DIGIT) || n->start > s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ')
		return 1;
	/* A word follows: "12 SA ce jour" but not "LE 12 SA FILLE" */
	return (s->words[i].flags & W_UPPER) && !(n->flags & W_UPPER);
}

/* A number and a unit of time or pressure right after the abbreviation
 * ending at b, or a comparison before them: a measured value, not the
 * abbreviation ("TS 3 min" is the bleeding time, "MAP 65 mmHg" and "MAP >
 * 65 mmHg" the mean arterial pressure; "TS x3", "TS 2 fois", "MAP à 28
 * SA" stay what they name). */
static int
before_value(const char *t, const struct detect_scratch *s, size_t b)
{
	static const char *const units[] = { "min", "mn", "s", "sec",
	    "secondes", "minutes", "mmhg" };
	size_t i = word_at(s, b);

	if (i == 0 || i-- + 1 >= s->nwords || s->words[i].end != b ||
	    !(s->words[i + 1].flags & W_DIGIT))
		return 0;
	/* only spaces and one sign of comparison between */
	for (size_t k = b, cmp = 0; k < s->words[i + 1].start; k++)
		if (t[k] != ' ' && ((t[k] != '>' && t[k] != '<' &&
		    t[k] != '=') || cmp++ > 0))
			return 0;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (word_is_str(s, i + 2, units[k]))
			return 1;
	return 0;
}

/* "SA" as a firm's legal form, the société anonyme: right after a
 * capitalized word ("Durand SA", "Pharma SA", "Biogaran SA, lot 45") or
 * right before one ("la SA Dupont"), one space between.  The weeks of
 * amenorrhoea come after their count ("12 SA", "trente deux sa": every
 * "SA" label of the hand sets' dev halves does), which abbrev_counts
 * reads first. */
static int
firm_form(const char *t, const struct detect_scratch *s, size_t a, size_t b)
{
	size_t i = word_at(s, a);
	const struct detect_word *p, *n;

	if (b - a != 2 || t[a] != 'S' || t[a + 1] != 'A' ||
	    i >= s->nwords || s->words[i].start != a)
		return 0;
	p = i > 0 ? &s->words[i - 1] : NULL;
	n = i + 1 < s->nwords ? &s->words[i + 1] : NULL;
	return (p && (p->flags & (W_CAP | W_UPPER)) &&
	    !(p->flags & W_DIGIT) && p->end + 1 == a && t[p->end] == ' ') ||
	    (n && (n->flags & W_CAP) && !(n->flags & W_UPPER) &&
	    n->start == b + 1 && t[b] == ' ');
}

/* An ordinary word the matcher read without its ending ("cartes" is
 * "cart", then cART, the antiretroviral therapy, after "trois"): an
 * abbreviation is written as it is, its ending is no plural of it
 * (prec40b).  One word a..b whose fold the canonical form shortens. */
static int
abbrev_ending(const struct detect_scratch *s, size_t a, size_t b)
{
	char key[SENSITIVE_CANON_MAX];
	size_t i = word_at(s, a);
	const struct detect_word *w;

	if (i >= s->nwords)
		return 0;
	w = &s->words[i];
	if (w->start != a || w->end != b || w->fold_len > sizeof(key))
		return 0;
	memcpy(key, s->fold.data + w->fold_off, w->fold_len);
	return sensitive_canon(key, w->fold_len) < w->fold_len;
}

/* Whether an abbreviation of the lexicon names its group here.  One that
 * is also an ordinary word: after a count ("12 SA"), or written as an
 * abbreviation and not as a firm's form ("Durand SA").  Others ("ivg",
 * "TS") in any case, except in lower case right after a number: there it
 * is a unit or a dose ("1 amp." is an ampoule, not AMP, assisted
 * reproduction). */
static int
abbrev_counts(const char *t, const struct detect_scratch *s, size_t a,
    size_t b)
{
	size_t i;

	if (before_value(t, s, b))
		return 0;
	if (lexicon_has(t + a, b - a))
		return !abbrev_ending(s, a, b) && (abbrev_after_count(t, s, a) ||
		    (abbrev_written(t, s, a, b) && !firm_form(t, s, a, b)));
	for (size_t k = a; k < b; k++)
		if (t[k] >= 'A' && t[k] <= 'Z')
			return 1;
	i = word_at(s, a);
	if (i == 0 || i >= s->nwords || s->words[i].start != a ||
	    !(s->words[i - 1].flags & W_DIGIT) || a - s->words[i - 1].end > 2)
		return 1;
	for (size_t k = s->words[i - 1].end; k < a; k++)
		if (t[k] != ' ')
			return 1;
	return 0;
}

/* Between words j and j + 1 of an obstetric formula: nothing, or one
 * space, hyphen or slash ("G2P1", "G2 P1", "G2-P1", "G2/P1"). */
static int
gp_gap(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t a = s->words[j].end, b = s->words[j + 1].start;

	return b == a || (b == a + 1 && (t[a] == ' ' || t[a] == '-' ||
	    t[a] == '/'));
}

/* Word j: a number of one or two digits. */
static int
gp_count(const struct detect_scratch *s, size_t j)
{
	return j < s->nwords && (s->words[j].flags & W_DIGIT) &&
	    s->words[j].end - s->words[j].start <= 2;
}

/* Word j: the letter l alone ("g", "p", "a"). */
static int
gp_letter(const struct detect_scratch *s, size_t j, const char *l)
{
	return j < s->nwords && s->words[j].nchars == 1 && word_is_str(s, j, l);
}

/* A count in capital Roman numerals, then the letter c, as one word
 * ("IIG", "IIIP"; "IIGIP" holds both): the end of the numeral in the
 * word's bytes from p, or 0. */
static size_t
gp_roman(const char *p, size_t n, char c)
{
	size_t k = 0;

	while (k < n && k < 4 && (p[k] == 'I' || p[k] == 'V'))
		k++;
	return k > 0 && k < n && p[k] == c ? k + 1 : 0;
}

/* The French obstetric formula starting at word i: one past its last
 * word, or 0:
 * "G3P2", "G2 P1", "G2-P1", "G4P2A1" (letter, count); "2G1P", "2G 1P"
 * (count, letter); "IIG IP", "IIIG IIP", "IIGIP" (Roman numerals, in
 * capitals, the G and then the P: "IVG" alone is the abortion). */
static size_t
gp_formula(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	char c = t[w->start];
	size_t k, r;

	if (c != 'g' && c != 'G' && c != 'I' && c != 'V' &&
	    !util_is_digit(c))
		return 0;
	if (gp_letter(s, i, "g") && gp_count(s, i + 1) &&
	    s->words[i + 1].start == w->end && gp_letter(s, i + 2, "p") &&
	    gp_gap(t, s, i + 1) && gp_count(s, i + 3) &&
	    s->words[i + 3].start == s->words[i + 2].end) {
		k = i + 3;	/* "A1": abortions after it */
		if (gp_letter(s, k + 1, "a") && gp_gap(t, s, k) &&
		    gp_count(s, k + 2) &&
		    s->words[k + 2].start == s->words[k + 1].end)
			k += 2;
		return k + 1;
	}
	if (gp_count(s, i) && gp_letter(s, i + 1, "g") &&
	    s->words[i + 1].start == w->end && gp_count(s, i + 2) &&
	    gp_gap(t, s, i + 1) && gp_letter(s, i + 3, "p") &&
	    s->words[i + 3].start == s->words[i + 2].end)
		return i + 4;
	if (!(w->flags & W_UPPER) || w->nchars > 10 ||
	    (r = gp_roman(t + w->start, w->end - w->start, 'G')) == 0)
		return 0;
	if (w->start + r < w->end)	/* "IIGIP" */
		return gp_roman(t + w->start + r, w->end - w->start - r,
		    'P') == w->end - w->start - r ? i + 1 : 0;
	if (i + 1 < s->nwords && s->words[i + 1].start == w->end + 1 &&
	    t[w->end] == ' ' && gp_roman(t + s->words[i + 1].start,
	    s->words[i + 1].end - s->words[i + 1].start, 'P') ==
	    s->words[i + 1].end - s->words[i + 1].start)
		return i + 2;
	return 0;
}

/* A byte glued to a count that may be the formula's "g": "g", "G", or
 * a byte beyond ASCII (a letter the fold makes "g" is a one-letter word
 * all the same); and the first byte of a Roman count, "I" or "V" (bit
 * 1, W_UPPER's place). */
static const uint8_t gp_byte[256] = {
	['g'] = 1, ['G'] = 1, ['I'] = W_UPPER, ['V'] = W_UPPER,
#define GP_HIGH16(b) [b] = 1, [b + 1] = 1, [b + 2] = 1, [b + 3] = 1, \
	[b + 4] = 1, [b + 5] = 1, [b + 6] = 1, [b + 7] = 1, [b + 8] = 1, \
	[b + 9] = 1, [b + 10] = 1, [b + 11] = 1, [b + 12] = 1, [b + 13] = 1, \
	[b + 14] = 1, [b + 15] = 1
	GP_HIGH16(0x80), GP_HIGH16(0x90), GP_HIGH16(0xa0), GP_HIGH16(0xb0),
	GP_HIGH16(0xc0), GP_HIGH16(0xd0), GP_HIGH16(0xe0), GP_HIGH16(0xf0),
#undef GP_HIGH16
};

/*
 * The text may hold a formula of gp_formula, asked of the words that
 * may start one: a count glued to its "g" ("G3", "2G": a digit word with
 * gp_byte's "g" right before or after it; every digit is in a digit
 * word), or capitals starting with a Roman numeral glued to its "G"
 * ("IIG", "IIGIP": a W_UPPER word starting "I" or "V" that gp_roman
 * reads so).  Every formula scan_gravidity finds has one, and most
 * comments none: the walk runs where it may find something.  The digit
 * words' test or-s its answers, without a branch a word (the words'
 * order made each a coin's toss); for the Roman form only the words in
 * capitals are read (their class bytes).  speed23d: it read every byte pair of the
 * text (sixteen at a time) for the same pairs, whether or not a word
 * could start there, 1.1 M instructions a bench pass.
 */
static int
gravidity_hint(const char *t, size_t len, const struct detect_scratch *s)
{
	const unsigned char *p = (const unsigned char *)t;
	unsigned hit = 0;

	/* before a word at 0 or after one at len: its own digit, no "g" */
	for (size_t x = 0; x < s->ndwords; x++) {
		const struct detect_word *w = &s->words[s->dwords[x]];

		hit |= gp_byte[p[w->start - (w->start > 0)]] |
		    gp_byte[p[w->end - (w->end == len)]];
	}
	if (hit & 1)
		return 1;
	/* the Roman form: the words in capitals, found from their class
	 * bytes (speed27b: a memchr over the text for a "G" first, then a
	 * walk of every word, where few words are in capitals) */
	if (!comment_has(s, W_UPPER, 0))
		return 0;
	for (size_t i = wcls_find(s, 0, W_UPPER, 0); i < s->nwords;
	    i = wcls_find(s, i + 1, W_UPPER, 0)) {
		const struct detect_word *w = &s->words[i];

		if ((gp_byte[p[w->start]] & W_UPPER) &&
		    gp_roman(t + w->start, w->end - w->start, 'G') != 0)
			return 1;
	}
	return 0;
}

/* Gravidity and parity (the obstetric history: a pregnancy term), in the
 * forms of gp_formula; not glued to more (a reference: "G2P1X"). */
static int
scan_gravidity(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		size_t k;

		/* a formula starts with a count glued to a letter, "g" or
		 * Roman capitals; most words are none of them (their flags
		 * say so: the text is not read) */
		if (w->flags & W_DIGIT) {
			if (i + 1 >= s->nwords || w[1].start != w->end ||
			    w[1].nchars != 1)
				continue;
		} else if (w->nchars == 1) {
			if ((t[w->start] | 32) != 'g')
				continue;
		} else if (!(w->flags & W_UPPER) || (t[w->start] != 'I' &&
		    t[w->start] != 'V'))
			continue;
		if ((i > 0 && w[-1].end == w->start) ||
		    (k = gp_formula(t, s, i)) == 0)
			continue;
		k--;
		if (k + 1 < s->nwords && s->words[k + 1].start == s->words[k].end)
			continue;	/* glued to more: a reference */
		if ((r = add_span(s, s->words[i].start, s->words[k].end,
		    DETECT_DIAGNOSIS, -1)) < 0)
			return r;
		i = k;
	}
	return 0;
}

/* A word sensitive_scan cuts as tokenize does: ASCII letters and digits
 * and the letters of U+0080-U+023F (no mark, no Greek beta, which it reads
 * apart).  A word of as many characters as bytes is ASCII (tokenize counts
 * a character of two bytes or more once), most words: not read again.
 * In line (with plain_gap): asked of every word and gap of every window,
 * the calls cost as much as the tests (speed29c: -0.27 M a pass). */
static inline __attribute__((always_inline)) int
plain_word(const uint8_t *p, const struct detect_word *w)
{
	size_t start = w->start, end = w->end;

	if (w->nchars == end - start)
		return 1;
	for (size_t i = start; i < end; i++) {
		if (p[i] < 0x80)
			continue;
		if (p[i] < 0xc2 || p[i] > 0xc8 || i + 1 >= end ||
		    (p[i + 1] & 0xc0) != 0x80)
			return 0;
		i++;
	}
	return 1;
}

/* Between two words, nothing sensitive_scan reads as a letter, a digit or
 * a mark: ASCII punctuation and spaces, what is not a letter in
 * U+0080-U+023F, U+2000-U+203F (spaces, dashes, quotes). */
static inline __attribute__((always_inline)) int
plain_gap(const uint8_t *p, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++) {
		if (p[i] < 0x80) {
			if (util_is_digit((char)p[i]) ||
			    ((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z'))
				return 0;
		} else if (p[i] >= 0xc2 && p[i] <= 0xc8 && i + 1 < end &&
		    (p[i + 1] & 0xc0) == 0x80) {
			i++;	/* not a letter, or it would start a word */
		} else if (p[i] == 0xe2 && i + 2 < end && p[i + 1] == 0x80 &&
		    (p[i + 2] & 0xc0) == 0x80) {
			i += 2;
		} else
			return 0;
	}
	return 1;
}

/* Word w may start a term: it starts an entry of the sensitive lexicon
 * of two words or more (D_TFIRST, on every written form of those first
 * words, keep entries' too) or is an entry of one (D_TERM); a word of
 * digits if some entry starts with one.  With the gates off (the gates'
 * tests compare both ways), every word may. */
static inline int
word_may_start_term(const struct detect_word *w)
{
	/* by bits, not a branch on W_DIGIT: window_scan passes the answer
	 * on, and the CPU mispredicted the choice as the words went
	 * (speed31d) */
	unsigned dig = (w->flags & W_DIGIT) != 0;

	return (unsigned)!detect_gates() |
	    (dig & (dict_term_first_digit != 0)) |
	    (!dig & ((w->dflags & (D_TFIRST | D_TERM)) != 0));
}

/* sensitive_scan over the words w0..w1, given tokenize's words and folds
 * where the two cut alike (plain_word, plain_gap: nearly always), rather
 * than cutting and folding them again; the hits count from the start of
 * word w0. */
static int
window_scan(const char *t, size_t w0, size_t w1, unsigned kinds,
    struct detect_scratch *s)
{
	const uint8_t *p = (const uint8_t *)t;
	size_t a = s->words[w0].start, b = s->words[w1].end;
	unsigned lone_capital = 0;	/* some word is a capital alone */
	int r;

	for (size_t k = w0; k <= w1; k++)
		if (!plain_word(p, &s->words[k]) ||
		    (k < w1 && !plain_gap(p, s->words[k].end,
		    s->words[k + 1].start)))
			return sensitive_scan(t + a, b - a, kinds, &s->sens);
	sensitive_words_begin(&s->sens);
	for (size_t k = w0; k <= w1; k++) {
		const struct detect_word *w = &s->words[k];

		/* where tokenize and sensitive_scan cut alike, the
		 * dictionary says which words start no entry: not looked up
		 * (a probe of the lexicon's index a word of the window,
		 * docs/performance.md "Scrub, seventeenth pass: memory") */
		if ((r = sensitive_words_add(&s->sens, w->start - a, w->end - a,
		    s->fold.data + w->fold_off, w->fold_len,
		    word_may_start_term(w))) != 0)
			return r;
		lone_capital |= (w->end - w->start == 1) &
		    ((unsigned)(p[w->start] - 'A') < 26);
	}
	/* most windows have no capital letter alone, which dotted and
	 * spaced abbreviations start with ("T.S.", "V I H") */
	return lone_capital ? sensitive_words_scan(t + a, kinds, &s->sens) :
	    sensitive_words_scan_unjoined(t + a, kinds, &s->sens);
}

/*
 * Where in the window of words w0..e a term may start: its first word
 * that starts an entry of two words or more (D_TFIRST) or is an entry of
 * one (D_TERM, any written form of it), e + 1 if none does.  sensitive_scan
 * cuts the window into its own words and folds each with norm_value, as
 * tokenize does: where the two cut alike (plain_word, plain_gap), the
 * words before that one start nothing, and scanning from it finds the
 * same terms.  Where they might not, the scan starts there.  Most windows
 * hold one short term ("sa", "VIH") or the end of one alone ("...
 * psychiatrique"): this saves tokenizing and folding the words before it
 * again.
 */
static size_t
window_first(const char *t, const struct detect_scratch *s, size_t w0,
    size_t e)
{
	const uint8_t *p = (const uint8_t *)t;

	if (!detect_gates())
		return w0;
	for (size_t k = w0; k <= e; k++) {
		const struct detect_word *w = &s->words[k];

		if (word_may_start_term(w) || !plain_word(p, w) ||
		    (k < e && !plain_gap(p, w->end, s->words[k + 1].start)))
			return k;
	}
	return e + 1;
}

/* Words that say a letter and two digits after them are a code ("code
 * Z21", "DP : B20", "CIM-10 A51"), and words that make them a place
 * ("chambre B21", "box F12"). */
static const char *const code_cues[] = { "cim", "code", "codes", "codage",
    "diagnostic", "diagnostics", "diag", "dp", "das", "dr", "classification",
    NULL };
static uint64_t code_cues_filter;	/* word_inf */
static const char *const code_places[] = { "chambre", "ch", "lit", "box",
    "salle", "bureau", "porte", "batiment", "bat", "secteur", "pavillon",
    "unite", "etage", "appartement", "appt", "apt", "route", "escalier",
    "bloc", "aile", "zone", "niveau", "local", "poste", "ligne", "bus",
    "vol", "tram", "lot", "ref", "n", "no", "numero", "type", NULL };
static uint64_t code_places_filter;	/* word_inf */

static int
word_in(const struct detect_scratch *s, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (word_is_str(s, i, *list))
			return 1;
	return 0;
}

/* A code of CIM-10 ending at word i (its two digits), glued to the
 * capital before: "F32.1" anywhere; "F32", "O04" (chapters V and XV,
 * whose letter and two digits are rarely anything else) unless after a
 * place ("chambre F12"); "Z21", "B20", "A51" only after a word that says
 * it is a code.  Its end, or 0. */
static size_t
icd_code_end(const char *t, size_t len, const struct detect_scratch *s,
    size_t i, uint32_t groups)
{
	const struct detect_word *l = &s->words[i - 1], *d = &s->words[i];
	struct icd10_code code;
	char one[8];
	size_t b = d->end;
	int dotted = 0, spaced;
	char c = t[l->start];

	/* "F 32.1": one space after the letter, read only with the dot below
	 * and not for A ("A 50.5 km"), redteam48 */
	spaced = l->end + 1 == d->start && t[l->end] == ' ' && c != 'A';
	/* glued to the word before first: most numbers have a space before
	 * them, a test the CPU learns, where their length varies */
	if ((l->end != d->start && !spaced) || d->end - d->start != 2 ||
	    l->nchars != 1 ||
	    (c != 'A' && c != 'B' && c != 'F' && c != 'O' && c != 'R' &&
	    c != 'Z') ||
	    (l->start > 0 && (is_alnum_byte(t[l->start - 1]) ||
	    t[l->start - 1] == '.' || t[l->start - 1] == '-' ||
	    t[l->start - 1] == '/')))
		return 0;
	if (b + 1 < len && t[b] == '.' && i + 1 < s->nwords &&
	    s->words[i + 1].start == b + 1 &&
	    (s->words[i + 1].flags & W_DIGIT) &&
	    s->words[i + 1].end - s->words[i + 1].start <= 2) {
		b = s->words[i + 1].end;
		dotted = 1;
	}
	if (spaced && !dotted)
		return 0;
	if (b - d->start + 1 > sizeof(one))
		return 0;
	one[0] = c;
	memcpy(one + 1, t + d->start, b - d->start);
	if ((b < len && (is_alnum_byte(t[b]) || t[b] == '-' || t[b] == '/')) ||
	    icd10_parse(one, b - d->start + 1, &code) != 0 ||
	    !(icd10_sensitive_groups(code.category) & groups))
		return 0;
	if (dotted)
		return b;
	if (i >= 2 && word_inf(s, i - 2, code_places))
		return 0;
	if (c == 'F' || c == 'O' ||
	    (i >= 2 && word_inf(s, i - 2, code_cues)) ||
	    (i >= 3 && word_inf(s, i - 3, code_cues)))
		return b;
	return 0;
}

/* A whole WHO ATC code in capitals ("J05AR03", "N07BC02") whose first two
 * digits are word i: a letter, two digits, two letters, two digits, glued,
 * nothing alphanumeric around.  The drug
 * column's codes, which say the drug's group as much as its name
 * (redteam48).  Its end, or 0. */
static size_t
atc_code_end(const char *t, size_t len, const struct detect_scratch *s,
    size_t i, uint32_t groups)
{
	const struct detect_word *l = &s->words[i - 1], *d = &s->words[i];
	const struct detect_word *a, *e;
	char atc[SENSITIVE_ATC_MAX];
	size_t b;

	if (i + 2 >= s->nwords || l->end != d->start || l->nchars != 1 ||
	    d->end - d->start != 2 || t[l->start] < 'A' || t[l->start] > 'Z' ||
	    (l->start > 0 && is_alnum_byte(t[l->start - 1])))
		return 0;
	a = &s->words[i + 1];
	e = &s->words[i + 2];
	b = e->end;
	if (a->start != d->end || a->end - a->start != 2 ||
	    e->start != a->end || e->end - e->start != 2 ||
	    t[a->start] < 'A' || t[a->start] > 'Z' ||
	    t[a->start + 1] < 'A' || t[a->start + 1] > 'Z' ||
	    (b < len && is_alnum_byte(t[b])) ||
	    sensitive_atc_parse(t + l->start, b - l->start, atc) != 0 ||
	    !(sensitive_atc_groups(atc) & groups))
		return 0;
	return b;
}

/* CIM-10 codes of the suppressed groups written in the text ("F32.1",
 * "DP : Z21"): the codes op = icd10 suppresses in a code column; and
 * ATC codes of their drugs ("J05AR03").  Only the words of digits are
 * visited. */
static int
scan_icd_codes(const char *t, size_t len, uint32_t groups,
    struct detect_scratch *s)
{
	int r;

	for (size_t x = 0; x < s->ndwords; x++) {
		size_t i = s->dwords[x], b;

		if (i == 0 || ((b = icd_code_end(t, len, s, i, groups)) == 0 &&
		    (b = atc_code_end(t, len, s, i, groups)) == 0))
			continue;
		if ((r = add_span(s, s->words[i - 1].start, b,
		    DETECT_DIAGNOSIS, -1)) < 0)
			return r;
	}
	return 0;
}

/* Abbreviations written with dots ("T.S.", "I.V.G"): sensitive_scan
 * reads the capitals as one word (join_dotted), the dictionary does not,
 * so these runs are scanned apart; a comment has one at most, usually
 * none (W_ACRO). */
static int
scan_dotted(const char *t, size_t len, uint32_t groups, unsigned kinds,
    struct detect_scratch *s)
{
	size_t end;
	int r;

	for (size_t i = 0, j; i < s->nwords; i = j + 1) {
		j = i;
		if (!(s->words[i].flags & W_ACRO))
			continue;
		while (j + 1 < s->nwords && (s->words[j].flags & W_DOT) &&
		    s->words[j + 1].start == s->words[j].end + 1 &&
		    s->words[j + 1].nchars == 1 &&
		    (s->words[j + 1].flags & W_CAP))
			j++;
		end = j;
		if ((r = scan_terms_in(t, len, i, &end, 0, groups, kinds,
		    s)) != 0)
			return r;
	}
	return 0;
}

/*
 * Terms the dictionary cannot see, though the lexicon finds them: a word
 * holding a Greek, Cyrillic or full-width look-alike of a Latin letter
 * ("VІH", Cyrillic І; sensitive.c folds it), and three single capitals or
 * more written apart ("V-I-H", "V I H", "V_I_H", "V/I/H"; sensitive.c
 * joins them where they spell an entry's word, never "A B O").  The
 * tokenizer marks such words (W_LOOK, W_SPACED): a comment with none is
 * not walked, and only the words marked are scanned.
 */
static int
scan_disguised(const char *t, size_t len, uint32_t groups, unsigned kinds,
    struct detect_scratch *s)
{
	size_t i, j, e;
	int r;

	for (i = 0; i < s->nwords; i = j + 1) {
		j = i;
		if (!(s->words[i].flags & (W_LOOK | W_SPACED)))
			continue;
		if (!(s->words[i].flags & W_LOOK)) {
			/* the run: each capital but its last spaced */
			while (j + 1 < s->nwords &&
			    (s->words[j + 1].flags & W_SPACED))
				j++;
			if (j == i || j + 1 >= s->nwords ||
			    s->words[j + 1].nchars != 1 ||
			    !(s->words[j + 1].flags & W_CAP))
				continue;
			j++;
		}
		e = j;
		if ((r = scan_terms_in(t, len, i, &e, 0, groups, kinds,
		    s)) != 0)
			return r;
		j = e;
	}
	return 0;
}

/* Tenofovir disoproxil (J05AF07, Viread) and lamivudine (J05AF05) treat a
 * hepatitis B as well as an HIV infection: in a comment that names the
 * hepatitis B and no HIV ("hépatite B chronique sous Viread", "VHB"), the
 * drug names no group.  Only the rare hits of these two codes come here;
 * a drug column (op = drug, no context) keeps them in the HIV group. */
static int
hbv_drug_alone(const struct sensitive_hit *h, const struct detect_scratch *s)
{
	static const char *const hiv[] = { "vih", "hiv", "sida", "arv",
	    "prep", "tritherapie", NULL };
	static uint64_t hiv_filter;	/* word_inf */
	int hbv = 0;

	if (h->kind != SENSITIVE_DRUG || h->atc == NULL ||
	    (strcmp(h->atc, "J05AF07") != 0 && strcmp(h->atc, "J05AF05") != 0))
		return 0;
	for (size_t j = 0; j < s->nwords; j++) {
		if (word_inf(s, j, hiv))
			return 0;
		if (word_is(s, j, "vhb") || word_is(s, j, "hbv") ||
		    word_is(s, j, "aghbs") || (j + 1 < s->nwords &&
		    (word_is(s, j, "hepatite") || word_is(s, j, "ag")) &&
		    (word_is(s, j + 1, "b") || word_is(s, j + 1, "hbs"))))
			hbv = 1;
	}
	return hbv;
}

/* Drugs of the groups' classes given for another indication (prec40b),
 * as hbv_drug_alone: amitriptyline (N06AA09, Laroxyl) and duloxetine
 * (N06AX21, Cymbalta) beside pain and no mood ("Laroxyl 10 gouttes le
 * soir (douleurs neuropathiques)": both are licensed in France for
 * neuropathic pain); haloperidol (N05AD01) beside delirium or vomiting
 * and no psychosis ("confusion post-opératoire ... Halopéridol 0,5 mg si
 * agitation"), never the depot ("Haldol Décanoas": schizophrenia).  The
 * hand sets' guideline leaves both unlabeled ("halopéridol for delirium,
 * amitriptyline for pain").  A word of the group's own near the drug
 * ("intoxication volontaire au Laroxyl", "schizophrénie") keeps it
 * hidden.  Only the words around the drug are read: the indication is
 * written beside it, and a walk of the whole comment for each hit would
 * be quadratic. */
#define OTHER_USE_WORDS	40
static int
drug_for_other_use(const char *t, const struct sensitive_hit *h,
    const struct detect_scratch *s)
{
	static const char *const pain[] = { "douleur", "douleurs",
	    "douloureux", "douloureuse", "douloureuses", "neuropathique",
	    "neuropathiques", "antalgique", "antalgiques", "fibromyalgie",
	    "migraine", "migraines", "cephalee", "cephalees", "algie",
	    "algies", "zona", "postzosterienne", "postzosteriennes",
	    "neuropathie", "neuropathies", "lombalgie", "lombalgies",
	    "radiculalgie", "sciatique", "pain", NULL };
	static uint64_t pain_filter;	/* word_inf */
	static const char *const mood[] = { "depression", "depressions",
	    "depressif", "depressive", "depressifs", "depressives",
	    "antidepresseur", "antidepresseurs", "humeur", "thymie",
	    "thymique", "thymiques", "suicidaire", "suicidaires", "suicide",
	    "ts", "imv", "intoxication", "volontaire", "melancolie",
	    "dysthymie", "anxiodepressif", "anxiodepressive", "tentative",
	    "psychiatre", "psychiatrie", "psychiatrique", "psy", "cmp",
	    "surdosage", "ingestion", "tca", "toc", NULL };
	static uint64_t mood_filter;	/* word_inf */
	static const char *const delirium[] = { "confusion", "confusions",
	    "confusionnel", "confusionnelle", "confus", "confuse",
	    "delirium", "nausee", "nausees", "vomissement", "vomissements",
	    "antiemetique", "antiemetiques", "postoperatoire", NULL };
	static uint64_t delirium_filter;	/* word_inf */
	static const char *const psychosis[] = { "schizophrenie",
	    "schizophrene", "schizophrenes", "schizoaffectif",
	    "schizoaffective", "psychose", "psychoses", "psychotique",
	    "psychotiques", "bipolaire", "bipolaires", "maniaque",
	    "manie", "delirant", "delirante", "delirants", "delirantes",
	    "hallucinatoire", "paranoide", "paranoia", "neuroleptique",
	    "antipsychotique", "decanoas", "cmp", "psychiatre", NULL };
	static uint64_t psychosis_filter;	/* word_inf */
	const char *const *want, *const *against;
	uint64_t *wf, *af;
	size_t i, lo, hi;
	int found = 0;

	if (h->kind != SENSITIVE_DRUG || h->atc == NULL)
		return 0;
	if (strcmp(h->atc, "N06AA09") == 0 || strcmp(h->atc, "N06AX21") == 0) {
		want = pain; wf = &pain_filter;
		against = mood; af = &mood_filter;
	} else if (strcmp(h->atc, "N05AD01") == 0) {
		/* one word: the depot's two ("Haldol Décanoas") stay */
		for (size_t k = h->start; k < h->end; k++)
			if (!is_alnum_byte(t[k]))
				return 0;
		want = delirium; wf = &delirium_filter;
		against = psychosis; af = &psychosis_filter;
	} else
		return 0;
	i = word_at(s, h->start);
	lo = i > OTHER_USE_WORDS ? i - OTHER_USE_WORDS : 0;
	hi = i + OTHER_USE_WORDS < s->nwords ? i + OTHER_USE_WORDS : s->nwords;
	for (size_t j = lo; j < hi; j++) {
		uint64_t fh = s->words[j].fhash;

		if (list_filter_pass(against, af, fh) && word_in(s, j, against))
			return 0;
		if (!found && list_filter_pass(want, wf, fh) &&
		    word_in(s, j, want))
			found = 1;
	}
	return found;
}

/* A route written after the drug, which an entry needs to tell the use
 * ("naloxone nasale", the take-home kit; "naloxone" alone is the
 * anaesthetist's) but which tells nothing once the drug is hidden: the
 * hand sets label the drug and leave the route (dev halves: "nasale" 0
 * of 4).  The end of the hit a..end without it (prec40b). */
static size_t
route_trimmed(const struct detect_scratch *s, size_t a, size_t end)
{
	size_t i = word_at(s, end);

	if (i < 2 || i > s->nwords || s->words[i - 1].end != end)
		return end;
	i--;
	if (!word_is(s, i, "nasale") && !word_is(s, i, "intranasale"))
		return end;
	if (word_is(s, i - 1, "intra") && i >= 2)
		i--;
	return s->words[i - 1].start >= a ? s->words[i - 1].end : end;
}

/* The HIV status written "séro+" or "séro +" (hostile30): "séro" and
 * then a plus sign alone, glued or after one space.  The lexicon reads
 * words and drops signs ("VIH+" is "VIH"), and "séro" alone is any
 * serology, so this went through raw.  "séro toxo +", "séro CMV+" (a
 * word between: another serology), "séro-" and "séro+3" stay.  (Gate:
 * D_TFIRST, which "séro" has as the first word of "séro positif".) */
int
scan_sero_sign(const char *t, size_t len, uint32_t groups,
    struct detect_scratch *s)
{
	/* (most comments have no '+': one vector search, not a walk) */
	if (!(groups & ICD10_HIV) || memchr(t, '+', len) == NULL)
		return 0;
	for (size_t j = 0; j < s->nwords; j++) {
		size_t e = s->words[j].end;
		int r;

		if (s->words[j].fold_len != 4 || !word_is(s, j, "sero"))
			continue;
		if (e < len && t[e] == ' ')
			e++;
		if (e >= len || t[e] != '+' ||
		    (e + 1 < len && (is_alnum_byte(t[e + 1]) ||
		    t[e + 1] == '+')))
			continue;
		if ((r = add_span(s, s->words[j].start, e + 1,
		    DETECT_DIAGNOSIS, -1)) < 0)
			return r;
	}
	return 0;
}

/* Diagnosis terms, abbreviations ("TS", "IVG", "PrEP") and the drugs of
 * the suppressed groups (Biktarvy, Truvada, lithium...): the shared
 * sensitive lexicon (src/sensitive.c, conf/sensitive/), the vocabulary
 * op = icd10 and the analysis, drug and ward columns use too. */
int
scan_terms(const char *t, size_t len, uint32_t groups, struct detect_scratch *s)
{
	unsigned kinds = SENSITIVE_BIT(SENSITIVE_TERM) |
	    SENSITIVE_BIT(SENSITIVE_ABBREV) | SENSITIVE_BIT(SENSITIVE_DRUG);
	size_t w, from = 0, first, seen = 0;
	int r;

	/* digits ("G2P1", "2G1P") or capitals ("IIG IP") */
	if ((groups & ICD10_PREGNANCY) && (comment_has(s, W_DIGIT, 0) ||
	    comment_has(s, W_UPPER, 0)) && (!detect_gates() ||
	    gravidity_hint(t, len, s)) && (r = scan_gravidity(t, s)) != 0)
		return r;
	if (comment_has(s, W_DIGIT | W_CAP, 0) &&
	    (r = scan_icd_codes(t, len, groups, s)) != 0)
		return r;
	if (comment_has(s, W_ACRO, 0) &&
	    (r = scan_dotted(t, len, groups, kinds, s)) != 0)
		return r;
	if ((comment_has(s, W_LOOK, 0) || comment_has(s, W_SPACED, 0)) &&
	    (r = scan_disguised(t, len, groups, kinds, s)) != 0)
		return r;
	/* Only around the words that end an entry: eight words before (the
	 * longest entries), two after ("VIH-1"). */
	if (!comment_has(s, 0, D_TERM))
		return 0;
	const uint64_t cand = words_mask64(s, D_TERM, 0);

	for (w = words_mask_next(cand, 0, s->nwords); w < s->nwords;
	    w = words_mask_next(cand, w + 1, s->nwords)) {
		size_t e = w + 2 < s->nwords ? w + 2 : s->nwords - 1;

		if (!word_has(s, w, D_TERM) || w < from)
			continue;
		/* an entry that starts in its last two words may go on
		 * ("dépression" of "dépression respiratoire", a keep entry) */
		if (word_has(s, e, D_TFIRST))
			e = e + 2 < s->nwords ? e + 2 : s->nwords - 1;
		else if (e > w && word_has(s, e - 1, D_TFIRST))
			e = e + 1 < s->nwords ? e + 1 : e;
		first = window_first(t, s, w > 8 ? w - 8 : 0, e);
		from = e;	/* a term ending at e may go on after it */
		if (first > e)
			continue;
		if ((r = scan_terms_in(t, len, first, &e, seen, groups, kinds,
		    s)) != 0)
			return r;
		from = e;
		seen = s->words[e].end;
	}
	return 0;
}

/* A type's digit glued to a term, or after a hyphen ("VIH-1", "HIV2",
 * "VIH-2+", "VIH1/2"): a label holds it with the term.  Not after a space ("VIH 1
 * cp/j" is a dose), nor a number of more than one digit.  The new end. */
static size_t
type_digit_end(const char *t, size_t len, size_t end)
{
	size_t d = end + (end < len && t[end] == '-');

	if (d >= len || !util_is_digit(t[d]) ||
	    (d + 1 < len && is_alnum_byte(t[d + 1])))
		return end;
	d++;
	/* both types ("VIH1/2") */
	if (d + 1 < len && t[d] == '/' && util_is_digit(t[d + 1]) &&
	    (d + 2 >= len || !is_alnum_byte(t[d + 2])))
		d += 2;
	if (d < len && (t[d] == '+' || t[d] == '-') &&
	    (d + 1 >= len || !is_alnum_byte(t[d + 1])))
		d++;
	return d;
}

/* The hits of the window a..b; one that ends by `seen`, the end of the
 * window before (which started no later), was judged there with as much
 * context before it or more: found then, or part of a longer entry that
 * hid nothing ("chlorhexidine alcoolique", a keep entry, seen whole
 * there, "alcoolique" alone here). */
static int
scan_terms_in(const char *t, size_t len, size_t w0, size_t *w1, size_t seen,
    uint32_t groups, unsigned kinds, struct detect_scratch *s)
{
	size_t a = s->words[w0].start;
	int r;

	if ((r = window_scan(t, w0, *w1, kinds, s)) != 0)
		return r;
	/* An entry the window's end cut short ("dépression de la
	 * fontanelle", a keep entry, from "dépression"): the window grows by
	 * the words it lacked, a few times at most (an entry has a few
	 * words), so that the scan stays linear. */
	for (int k = 0; k < 3 && s->sens.short_by > 0 && *w1 + 1 < s->nwords;
	    k++) {
		*w1 = *w1 + s->sens.short_by < s->nwords ?
		    *w1 + s->sens.short_by : s->nwords - 1;
		if ((r = window_scan(t, w0, *w1, kinds, s)) != 0)
			return r;
	}
	for (size_t i = 0; i < s->sens.nhits; i++) {
		const struct sensitive_hit *h0 = &s->sens.hits[i];
		struct sensitive_hit hit = *h0, *h = &hit;
		size_t end;

		h->start += a;
		h->end += a;
		end = h->end;
		if (end <= seen)
			continue;

		if (!(h->groups & groups) || (h->kind == SENSITIVE_ABBREV &&
		    !abbrev_counts(t, s, h->start, h->end)) ||
		    hbv_drug_alone(h, s) || drug_for_other_use(t, h, s))
			continue;
		if (h->kind == SENSITIVE_TERM)
			end = route_trimmed(s, h->start, end);
		/* "VIH+", "HIV-": the sign says as much as the word. */
		if (end < len && (t[end] == '+' || t[end] == '-') &&
		    (end + 1 >= len || !is_alnum_byte(t[end + 1])))
			end++;
		else
			end = type_digit_end(t, len, end);
		if ((r = add_span(s, h->start, end, DETECT_DIAGNOSIS, -1)) < 0)
			return r;
		if (r == 0)
			grow_term(s, h->start, end);
	}
	return 0;
}

/* Words one slip of typing from a one-word term or drug of the suppressed
 * groups ("schyzophrénie", "chlamidia", "risperdone": sensitive_near).  A
 * word the dictionary knows as anything (a name, a term, a clinical
 * word) or the lexicon knows (an ordinary French word: "addition" is one
 * letter from "addiction") is no slip.  Most words are answered by their
 * length or by one bit.  (detect_run's gate: a word W_NEW, whose first
 * three letters and length are an entry's: sensitive_near_prefix.) */
int
scan_slips(const char *t, uint32_t groups, struct detect_scratch *s)
{
	char key[SENSITIVE_CANON_MAX];
	int r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		size_t n = w->fold_len;

		/* An ordinary word first: most words W_NEW are ("prévues",
		 * "douleurs"), the lexicon's answer is kept in the word for
		 * the name rules, and sensitive_near's search is the dearer */
		if (!(w->flags & W_NEW) || n > sizeof(key) ||
		    word_lexicon(t, s, i))
			continue;
		memcpy(key, s->fold.data + w->fold_off, n);
		n = sensitive_canon(key, n);
		if (!(sensitive_near(key, n) & groups))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_DIAGNOSIS,
		    -1)) < 0)
			return r;
	}
	return 0;
}
