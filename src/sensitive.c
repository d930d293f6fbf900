/* The sensitive lexicon (include/sensitive.h): conf/sensitive/ folded into
 * one table of word sequences, sorted so that the entries starting with a
 * word are found by bisection. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "norm.h"
#include "sensitive.h"
#include "sensitive_int.h"
#include "sensitive_confusables.h"
#include "sensitive_lists.h"
#include "util.h"

struct sensitive_token {
	size_t	start, end;	/* bytes of the text */
	size_t	off, len;	/* folded form in scratch.fold */
	/* 0: known to start no entry (sensitive_words_add's caller said
	 * so), scan_tokens does not look it up */
	int	may_start;
};

/* The tables in use: sensitive_image's, or made by build() and the two
 * after it (read-only once made). */
static const struct sensitive_entry	*entries;
static size_t		 nentries;
static const struct sensitive_atc_rule	*atc_rules;
static size_t		 natc_rules;
/* The one-word terms for the slips of typing (build_near), sorted as the
 * entries, and again by their fourth to sixth letters (the slips in the
 * first three). */
static const struct sensitive_near_word	*near_words;
static size_t		 nnear;
static const struct sensitive_near_word *const *near_mid;
static int		 init_error;
static pthread_once_t	 init_once = PTHREAD_ONCE_INIT;

/* ---- words ---- */

enum cclass { C_SEP, C_LETTER, C_DIGIT, C_BETA, C_MARK };

static enum cclass
char_class(const uint8_t *p, size_t left, int *n)
{
	ucs4_t uc;

	if (*p < 0x80) {
		*n = 1;
		if ((*p | 32) >= 'a' && (*p | 32) <= 'z')
			return C_LETTER;
		return *p >= '0' && *p <= '9' ? C_DIGIT : C_SEP;
	}
	*n = u8_mbtouc(&uc, p, left);
	if (*n <= 0) {
		*n = 1;
		return C_SEP;
	}
	/* "β-HCG", "βhCG": the Greek letter is written for the word beta. */
	if (uc == 0x03b2 || uc == 0x0392)
		return C_BETA;
	/* Decomposed accents belong to the letter before them. */
	if (uc_is_general_category(uc, UC_CATEGORY_M))
		return C_MARK;
	if (uc_is_alpha(uc))
		return C_LETTER;
	return uc_is_digit(uc) ? C_DIGIT : C_SEP;
}

/* Room for one more token in s->toks.  0 or -ENOMEM. */
static int
toks_room(struct sensitive_scratch *s)
{
	struct sensitive_token *t;
	size_t cap;

	if (s->ntoks < s->toks_cap)
		return 0;
	cap = s->toks_cap ? s->toks_cap * 2 : 32;
	if ((t = realloc(s->toks, cap * sizeof(*t))) == NULL)
		return -ENOMEM;
	s->toks = t;
	s->toks_cap = cap;
	return 0;
}

/* The word folded at s->fold from off on (room made by toks_room): its
 * inflection off, and its token. */
static void
push_folded(struct sensitive_scratch *s, size_t start, size_t end, size_t off)
{
	struct sensitive_token *t;

	s->fold.len = off + sensitive_canon(s->fold.data + off,
	    s->fold.len - off);
	t = &s->toks[s->ntoks++];
	t->start = start;
	t->end = end;
	t->off = off;
	t->len = s->fold.len - off;
	t->may_start = 1;
}

/*
 * A word that may hold a look-alike of a Latin letter: a lead byte of
 * Greek or Cyrillic (U+0370-U+04FF: 0xcd-0xd3) or of the full-width forms
 * (U+FF00-U+FFEF: 0xef 0xbc/0xbd).  French accented letters (0xc3, 0xc5)
 * are not: most words beyond ASCII are answered by this test alone.
 */
int
sensitive_maybe_lookalike(const char *text, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++) {
		uint8_t c = (uint8_t)text[i];

		if ((c >= 0xcd && c <= 0xd3) || (c == 0xef && i + 1 < end &&
		    ((uint8_t)text[i + 1] == 0xbc ||
		    (uint8_t)text[i + 1] == 0xbd)))
			return 1;
	}
	return 0;
}

/* The Latin letter c looks like (gen/gen_confusables.c: Unicode TR39 by
 * ICU; the full-width forms by their compatibility mapping), or 0. */
char
sensitive_lookalike_latin(uint32_t c)
{
	size_t lo = 0, hi = sizeof(sensitive_confusables) /
	    sizeof(sensitive_confusables[0]), mid;

	if (c >= 0xff21 && c <= 0xff3a)
		return (char)('a' + (c - 0xff21));
	if (c >= 0xff41 && c <= 0xff5a)
		return (char)('a' + (c - 0xff41));
	if (c >= 0xff10 && c <= 0xff19)
		return (char)('0' + (c - 0xff10));
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (sensitive_confusables[mid].cp < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sizeof(sensitive_confusables) /
	    sizeof(sensitive_confusables[0]) &&
	    sensitive_confusables[lo].cp == c ? sensitive_confusables[lo].latin : 0;
}

/* The word text[start, end) with its look-alike letters written as the
 * Latin letters they imitate ("VІH", Cyrillic І: "VIH"), in s->skel; the
 * token keeps the word's own bytes, so the hit covers what was written. */
static int
skeleton_of(const char *text, size_t start, size_t end,
    struct sensitive_scratch *s)
{
	const uint8_t *p = (const uint8_t *)text;
	size_t i = start;
	int r = 0, n;

	buf_reset(&s->skel);
	while (r == 0 && i < end) {
		ucs4_t uc;
		char l;

		n = u8_mbtouc(&uc, p + i, end - i);
		if (n <= 0)
			n = 1;
		if (n > 1 && (l = sensitive_lookalike_latin(uc)) != 0)
			r = buf_putc(&s->skel, l);
		else
			r = buf_append(&s->skel, text + i, (size_t)n);
		i += (size_t)n;
	}
	return r;
}

static int
add_token(struct sensitive_scratch *s, const char *text, size_t start,
    size_t end, int beta, int ascii)
{
	size_t off = s->fold.len;
	int r;

	if ((r = toks_room(s)) != 0)
		return r;
	if (beta) {
		r = buf_append(&s->fold, "beta", 4);
	} else if (ascii) {
		r = buf_reserve(&s->fold, end - start);
		for (size_t i = start; r == 0 && i < end; i++)
			s->fold.data[s->fold.len++] = (char)(text[i] >= 'A' &&
			    text[i] <= 'Z' ? text[i] + 32 : text[i]);
	} else if (sensitive_maybe_lookalike(text, start, end)) {
		if ((r = skeleton_of(text, start, end, s)) == 0 &&
		    (r = norm_value(NORM_TEXT, s->skel.data, s->skel.len,
		    &s->tmp)) == -EILSEQ)
			r = 0;	/* as below */
		else if (r == 0)
			r = buf_append(&s->fold, s->tmp.data, s->tmp.len);
	} else {
		if ((r = norm_value(NORM_TEXT, text + start, end - start,
		    &s->tmp)) == -EILSEQ)
			r = 0;	/* cells were checked: cannot happen; no word */
		else if (r == 0)
			r = buf_append(&s->fold, s->tmp.data, s->tmp.len);
	}
	if (r != 0)
		return r;
	push_folded(s, start, end, off);
	return 0;
}

/*
 * A folded word's inflection off (include/sensitive.h): plural, feminine
 * and the participles' "-é(e)(s)" all map to one key, so that an entry
 * written once ("depressif", "scarifie", "seropositif") matches
 * "dépressives", "scarifiée", "séropositives".  Words of fewer than five
 * letters ("TS", "SDRE", "PrEP": abbreviations) are left as they are.  One
 * rule, applied the same way to the entries and to the texts, so that both
 * sides agree; the result is never longer.
 */
/* Each of the four bytes of x is one of 'a'-'z': no high bit, b + 0x1f
 * has it (b >= 'a'), b + 0x05 has not (b <= 'z'); no byte of x under 0x80
 * carries into the next. */
static inline uint32_t
not_lower4(uint32_t x)
{
	const uint32_t hi = UINT32_C(0x80808080);

	return (x & hi) | (~(x + UINT32_C(0x1f1f1f1f)) & hi) |
	    ((x + UINT32_C(0x05050505)) & hi);
}

/* The n bytes at w (n >= 5) are all 'a'-'z'.  Up to sixteen bytes by
 * four loads of four, which overlap as n asks (at 0, min(4, n - 4),
 * max(n - 8, 0) and n - 4: every byte, none past the word), with no
 * branch a byte: a loop over the bytes left at a length the CPU could
 * not foresee, a misprediction a word of every window of scan_terms
 * (speed31d). */
static inline int
all_lower(const char *w, size_t n)
{
	uint32_t a, b, c, d;

	if (n > 16) {
		for (size_t i = 0; i < n; i++)
			if (w[i] < 'a' || w[i] > 'z')
				return 0;
		return 1;
	}
	memcpy(&a, w, 4);
	memcpy(&b, w + (n - 4 < 4 ? n - 4 : 4), 4);
	memcpy(&c, w + (n > 8 ? n - 8 : 0), 4);
	memcpy(&d, w + n - 4, 4);
	return (not_lower4(a) | not_lower4(b) | not_lower4(c) |
	    not_lower4(d)) == 0;
}

size_t
sensitive_canon(char *w, size_t n)
{
	size_t e1;

	if (n < 5)
		return n;
	if (!all_lower(w, n))
		return n;	/* digits, other scripts: as written */
	if (w[n - 1] == 'x' && w[n - 2] == 'u' && w[n - 3] == 'a' &&
	    w[n - 4] != 'e') {
		w[n - 2] = 'l';	/* "mentaux": "mental" */
		return n - 1;
	}
	n -= w[n - 1] == 's';	/* plural */
	/* feminine "-e", and "-ée" of the participles: "scarifiées" (an
	 * "e" and a second one, as bits: the loop's exit fell at a count
	 * of one word's letters, speed32b) */
	e1 = (size_t)((n > 4) & (w[n - 1] == 'e'));
	n -= e1;
	n -= e1 & (size_t)((n > 4) & (w[n - 1] == 'e'));
	if (n < 4)
		return n;
	if (w[n - 2] == 'i' && w[n - 1] == 'v')
		w[n - 1] = 'f';		/* "dépressive": "dépressif" */
	else if (w[n - 3] == 'e' && w[n - 2] == 'u' && w[n - 1] == 's')
		w[n - 1] = 'x';		/* "anxieuse": "anxieux" */
	else if (w[n - 1] == w[n - 2] && (w[n - 1] == 'n' || w[n - 1] == 'l' ||
	    w[n - 1] == 't'))
		n--;			/* "sidéenne", "sexuelle": "-en", "-el" */
	return n;
}

/* A capital letter alone, the first byte of token k. */
static int
capital_alone(const char *text, const struct sensitive_scratch *s, size_t k)
{
	const struct sensitive_token *t = &s->toks[k];

	return t->end - t->start == 1 && text[t->start] >= 'A' &&
	    text[t->start] <= 'Z';
}

static size_t	first_entry_search(const char *w, size_t n);
static inline __attribute__((always_inline)) size_t first_entry(
    const char *w, size_t n, size_t *hi);
/* The longest first word of an entry (bytes, measure_first_words): capitals
 * spelled apart longer than it start no entry. */
static size_t	first_word_max;
static int	starts_with_word(const struct sensitive_entry *e, const char *w,
    size_t n);

/* Between tokens k - 1 and k, one to three spaces, hyphens, underscores
 * or slashes ("V-I-H", "V I H", "V_I_H", "V / I / H"). */
static int
spaced_gap(const char *text, const struct sensitive_scratch *s, size_t k)
{
	size_t a = s->toks[k - 1].end, b = s->toks[k].start;

	if (b <= a || b - a > 3)
		return 0;
	for (; a < b; a++)
		if (text[a] != ' ' && text[a] != '-' && text[a] != '_' &&
		    text[a] != '/')
			return 0;
	return 1;
}

/*
 * Capitals written apart by anything but dots ("V-I-H", "V I H"): the
 * run from token i, three capitals or more, is one word only where the
 * whole run spells the first word of an entry ("VIH"), so that "A B O" (a
 * blood group), initials and "V I P" stay letters.  The run's end, or i
 * + 1.  Not while the tables are made (fold_entry: spaced is 0).
 * *run_end: where the run that holds i ends, if known (> i), else 0.
 * Whether token k joins the run depends on tokens k - 1 and k only, so a
 * run that failed from its first capital ends at the same token from each
 * of the next: it is walked once, not once per capital, which made
 * "A B C D " x n quadratic (linear25).
 */
static size_t
spaced_run(const char *text, struct sensitive_scratch *s, size_t i,
    struct sensitive_token *t, size_t *run_end)
{
	size_t k = i + 1, e, hi, len = t->len;

	if (*run_end > i) {
		k = *run_end;
		len = s->toks[k - 1].off + s->toks[k - 1].len - t->off;
	} else {
		while (k < s->ntoks && capital_alone(text, s, k) &&
		    spaced_gap(text, s, k) && s->toks[k].off == t->off + len) {
			len += s->toks[k].len;
			k++;
		}
		*run_end = k;
	}
	/* not past the longest first word, and by the index, not by
	 * bisection: in a long run of capitals each asks (scan_terms
	 * windows of them: 'A B C D ' x n, 1 s a 2 MB cell, most of it in
	 * bisections' compares).  The index holds every entry's first word
	 * with the entry the bisection gives. */
	if (k < i + 3 || len > first_word_max ||
	    (e = first_entry(s->fold.data + t->off, len, &hi)) >= nentries ||
	    !starts_with_word(&entries[e], s->fold.data + t->off, len))
		return i + 1;
	t->end = s->toks[k - 1].end;
	t->len = len;
	return k;
}

/* An abbreviation written with dots ("T.S.", "I.V.G"): one word, as
 * written without them.  Capitals only: "p.o." stays two letters.  With
 * spaced set, also capitals spelling an entry's word apart (spaced_run). */
static void
join_dotted(const char *text, struct sensitive_scratch *s, int spaced)
{
	size_t i, k, n = 0, run_end = 0;

	for (i = 0; i < s->ntoks; i = k) {
		struct sensitive_token t = s->toks[i];

		k = i + 1;
		if (capital_alone(text, s, i))
			while (k < s->ntoks && capital_alone(text, s, k) &&
			    text[s->toks[k - 1].end] == '.' &&
			    s->toks[k].start == s->toks[k - 1].end + 1 &&
			    s->toks[k].off == t.off + t.len) {
				t.end = s->toks[k].end;
				t.len += s->toks[k].len;
				k++;
			}
		if (k == i + 1 && spaced && i + 2 < s->ntoks &&
		    capital_alone(text, s, i) && capital_alone(text, s, i + 1))
			k = spaced_run(text, s, i, &t, &run_end);
		if (k > i + 1) {
			/* a word none of its parts was: looked up */
			t.may_start = 1;
			t.len = sensitive_canon(s->fold.data + t.off, t.len);
			/* the fold of the words after it stays where it is */
		}
		s->toks[n++] = t;
	}
	s->ntoks = n;
}

/* Split text into words: runs of letters, or of digits; "β" alone.
 * spaced: join_dotted's. */
static int
tokenize(const char *text, size_t len, struct sensitive_scratch *s,
    int spaced)
{
	const uint8_t *p = (const uint8_t *)text;
	enum cclass cur = C_SEP, c;
	size_t i = 0, start = 0;
	int n, ascii = 1, r;

	s->ntoks = 0;
	buf_reset(&s->fold);
	while (i < len) {
		c = char_class(p + i, len - i, &n);
		if (c == C_MARK) {
			if (cur != C_SEP) {
				ascii = 0;
				i += (size_t)n;
				continue;
			}
			c = C_SEP;
		}
		if (cur != C_SEP && (c != cur || cur == C_BETA)) {
			if ((r = add_token(s, text, start, i, cur == C_BETA,
			    ascii)) != 0)
				return r;
			cur = C_SEP;
		}
		if (c != C_SEP && cur == C_SEP) {
			cur = c;
			start = i;
			ascii = 1;
		}
		if (p[i] >= 0x80)
			ascii = 0;
		i += (size_t)n;
	}
	if (cur != C_SEP && (r = add_token(s, text, start, len,
	    cur == C_BETA, ascii)) != 0)
		return r;
	join_dotted(text, s, spaced);
	return 0;
}

/* Candidate x of sensitive_canon_forms: given to fn if it maps to k. */
static int
canon_form(const char *k, size_t n, const char *x, size_t xn,
    int (*fn)(const char *, size_t, void *), void *arg)
{
	char w[SENSITIVE_CANON_MAX + 8];

	memcpy(w, x, xn);
	if (sensitive_canon(w, xn) != n || memcmp(w, k, n) != 0)
		return 0;
	return fn(x, xn, arg);
}

int
sensitive_canon_forms(const char *k, size_t n,
    int (*fn)(const char *, size_t, void *), void *arg)
{
	static const char *const tails[] = { "", "s", "e", "es", "ee", "ees" };
	char x[SENSITIVE_CANON_MAX + 8];
	size_t i, m;
	int r;

	if (n > SENSITIVE_CANON_MAX)
		return canon_form(k, n, k, n, fn, arg);
	memcpy(x, k, n);
	for (i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		m = strlen(tails[i]);
		memcpy(x + n, tails[i], m);
		if ((r = canon_form(k, n, x, n + m, fn, arg)) != 0)
			return r;
	}
	if (n < 3)
		return 0;
	/* "-if": "-ive(s)"; "-eux": "-euse(s)"; "-al": "-aux"; "-en",
	 * "-el", "-et": "-enne(s)", "-elle(s)", "-ette(s)" */
	if (k[n - 2] == 'i' && k[n - 1] == 'f') {
		memcpy(x + n - 1, "ves", 3);
		if ((r = canon_form(k, n, x, n + 1, fn, arg)) != 0 ||
		    (r = canon_form(k, n, x, n + 2, fn, arg)) != 0)
			return r;
	} else if (k[n - 3] == 'e' && k[n - 2] == 'u' && k[n - 1] == 'x') {
		memcpy(x + n - 1, "ses", 3);
		if ((r = canon_form(k, n, x, n + 1, fn, arg)) != 0 ||
		    (r = canon_form(k, n, x, n + 2, fn, arg)) != 0)
			return r;
	} else if (k[n - 2] == 'a' && k[n - 1] == 'l') {
		memcpy(x + n - 1, "ux", 2);
		if ((r = canon_form(k, n, x, n + 1, fn, arg)) != 0)
			return r;
	} else if (k[n - 1] == 'n' || k[n - 1] == 'l' || k[n - 1] == 't') {
		x[n] = k[n - 1];
		memcpy(x + n + 1, "es", 2);
		if ((r = canon_form(k, n, x, n + 2, fn, arg)) != 0 ||
		    (r = canon_form(k, n, x, n + 3, fn, arg)) != 0)
			return r;
	}
	return 0;
}

/* ---- the tables ---- */

/* Also used while the tables are built, before sensitive_init returns. */
static uint32_t
atc_groups(const char *atc)
{
	uint32_t groups = 0;

	for (size_t i = 0; i < natc_rules; i++)
		if (strncmp(atc, atc_rules[i].prefix, atc_rules[i].len) == 0)
			groups |= atc_rules[i].group;
	return groups;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct sensitive_entry *x = a, *y = b;
	int c = strcmp(x->words, y->words);

	return c ? c : (int)x->kind - (int)y->kind;
}

static enum sensitive_kind
kind_of(enum sensitive_raw_kind k)
{
	switch (k) {
	case SENSITIVE_RAW_TERM:	return SENSITIVE_TERM;
	case SENSITIVE_RAW_ABBREV:	return SENSITIVE_ABBREV;
	case SENSITIVE_RAW_ANALYSIS:	return SENSITIVE_ANALYSIS;
	case SENSITIVE_RAW_CODE:	return SENSITIVE_CODE;
	case SENSITIVE_RAW_WARD:	return SENSITIVE_WARD;
	case SENSITIVE_RAW_KEEP:	return SENSITIVE_KEEP;
	default:			return SENSITIVE_DRUG;
	}
}

/* Fold one entry's text with the same tokenizer as the cells it is
 * compared with, so the two cannot disagree. */
static int
fold_entry(const char *text, struct sensitive_scratch *s, struct sensitive_entry *e)
{
	struct buf joined = BUF_INIT;
	int r;

	if ((r = tokenize(text, strlen(text), s, 0)) != 0)
		return r;
	for (size_t i = 0; i < s->ntoks; i++) {
		if ((i > 0 && (r = buf_putc(&joined, ' ')) != 0) ||
		    (r = buf_append(&joined, s->fold.data + s->toks[i].off,
		    s->toks[i].len)) != 0)
			goto fail;
	}
	if ((r = buf_putc(&joined, '\0')) != 0)
		goto fail;
	e->words = joined.data;
	e->nwords = s->ntoks;
	return 0;
 fail:
	buf_free(&joined);
	return r;
}

static int
build(void)
{
	struct sensitive_scratch s = { 0 };
	struct sensitive_atc_rule *rules;
	struct sensitive_entry *all;
	size_t i, n = 0, k;
	int r = 0;

	for (i = 0, natc_rules = 0; i < sensitive_raw_count; i++)
		natc_rules += sensitive_raw[i].kind == SENSITIVE_RAW_ATC;
	rules = calloc(natc_rules ? natc_rules : 1, sizeof(*rules));
	all = calloc(sensitive_raw_count, sizeof(*all));
	atc_rules = rules;
	entries = all;
	if (rules == NULL || all == NULL)
		return -ENOMEM;
	for (i = 0, k = 0; i < sensitive_raw_count; i++) {
		if (sensitive_raw[i].kind != SENSITIVE_RAW_ATC)
			continue;
		rules[k].prefix = sensitive_raw[i].text;
		rules[k].len = strlen(sensitive_raw[i].text);
		rules[k++].group = sensitive_raw[i].group;
	}
	for (i = 0; i < sensitive_raw_count; i++) {
		const struct sensitive_raw *raw = &sensitive_raw[i];
		struct sensitive_entry *e = &all[n];

		if (raw->kind == SENSITIVE_RAW_ATC)
			continue;
		if ((r = fold_entry(raw->text, &s, e)) != 0)
			goto out;
		if (e->nwords == 0) {
			free((char *)e->words);
			continue;
		}
		e->kind = kind_of(raw->kind);
		e->atc = raw->atc;
		e->groups = raw->atc ? atc_groups(raw->atc) : raw->group;
		n++;
	}
	qsort(all, n, sizeof(*all), entry_cmp);
	/* "CeGIDD" is a ward of hiv and of sti: one entry, both groups. */
	for (i = 0, nentries = 0; i < n; i++) {
		struct sensitive_entry *last = nentries ? &all[nentries - 1] : NULL;

		if (last != NULL && last->kind == all[i].kind &&
		    strcmp(last->words, all[i].words) == 0 &&
		    last->atc == NULL && all[i].atc == NULL) {
			last->groups |= all[i].groups;
			free((char *)all[i].words);
			continue;
		}
		all[nentries++] = all[i];
	}
 out:
	sensitive_scratch_free(&s);
	return r;
}

static size_t	first_entry_search(const char *w, size_t n);

/*
 * The entries' first words, hashed: each names the first entry it starts
 * (what the bisection gives).  A word of a text that starts no entry is
 * answered by one probe, not a bisection of string compares; every word
 * of a scanned window is looked up.  Open addressing, power-of-two size.
 */
static const struct sensitive_first_slot *first_index;
static size_t first_mask;

static uint64_t
word_hash(const char *w, size_t n)
{
	uint64_t h = util_fnv1a(UTIL_FNV1A_BASIS, w, n);

	return h ^ (h >> 31);
}

static int	starts_with_word(const struct sensitive_entry *e, const char *w,
    size_t n);

static int
build_first_index(void)
{
	struct sensitive_first_slot *index;
	size_t size = 16, i, len;

	while (size < 4 * nentries)
		size *= 2;
	if ((index = calloc(size, sizeof(*index))) == NULL)
		return -ENOMEM;
	first_index = index;
	first_mask = size - 1;
	for (i = 0; i < nentries; i++) {
		const char *w = entries[i].words;
		size_t h;

		len = strcspn(w, " ");
		if (i > 0 && strncmp(entries[i - 1].words, w, len) == 0 &&
		    (entries[i - 1].words[len] == ' ' ||
		    entries[i - 1].words[len] == '\0'))
			continue;	/* same first word as the entry before */
		for (h = word_hash(w, len) & first_mask; index[h].word != NULL;
		    h = (h + 1) & first_mask)
			;
		index[h].word = w;
		index[h].len = len;
		index[h].lo = first_entry_search(w, len);
		for (index[h].hi = index[h].lo; index[h].hi < nentries &&
		    starts_with_word(&entries[index[h].hi], w, len);
		    index[h].hi++)
			;
	}
	return 0;
}

static int	build_near(void);

/* The image made by gen/gen_dict.c --sensitive, when the program links it
 * (weak: the unit tests and the generator do not, and make the tables). */
extern const struct sensitive_image sensitive_image __attribute__((weak));

uint64_t
sensitive_sources_stamp(void)
{
	const size_t counts[] = { sensitive_raw_count,
	    sizeof(struct sensitive_entry), sizeof(struct sensitive_first_slot),
	    sizeof(struct sensitive_near_word), SENSITIVE_NEAR_BITS,
	    SENSITIVE_NEAR_MIN };

	return util_fnv1a(UTIL_FNV1A_BASIS, counts, sizeof(counts));
}

/* The tables made here (the image aside). */
static int
build_tables(void)
{
	int r;

	memset(sensitive_near_bits, 0, sizeof(sensitive_near_bits));
	nnear = 0;
	if ((r = build()) == 0 && (r = build_first_index()) == 0)
		r = build_near();
	return r;
}

/* first_word_max, from the index: one pass when the tables are ready. */
static void
measure_first_words(void)
{
	first_word_max = 0;
	for (size_t h = 0; first_index != NULL && h <= first_mask; h++)
		if (first_index[h].word != NULL &&
		    first_index[h].len > first_word_max)
			first_word_max = first_index[h].len;
}

/* From the image (some 6 million instructions a process fewer: the
 * entries folded, sorted and indexed at build time), else made here. */
static void
init_tables(void)
{
	const struct sensitive_image *im = &sensitive_image;

	/* the tests' fault: the lexicon's tables cannot be made (ops34) */
	if (util_test_fault("lexicon")) {
		init_error = -ENOMEM;
		return;
	}
	if (im != NULL && im->stamp == sensitive_sources_stamp()) {
		entries = im->entries;
		nentries = im->nentries;
		atc_rules = im->atc_rules;
		natc_rules = im->natc_rules;
		first_index = im->first_index;
		first_mask = im->first_mask;
		near_words = im->near_words;
		nnear = im->nnear;
		near_mid = im->near_mid;
		memcpy(sensitive_near_bits, im->near_bits,
		    sizeof(sensitive_near_bits));
		measure_first_words();
		return;
	}
	if ((init_error = build_tables()) == 0)
		measure_first_words();
}

int
sensitive_init(void)
{
	pthread_once(&init_once, init_tables);
	return init_error;
}

/* The first entry whose first word is toks[i]: entries sort by their
 * words, and ' ' sorts before every letter and digit, so they follow one
 * another. */
static size_t
first_entry_search(const char *w, size_t n)
{
	size_t lo = 0, hi = nentries, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strncmp(entries[mid].words, w, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The same from the index, and *hi the end of the entries w starts:
 * nentries (no entry) when w starts none. */
static inline __attribute__((always_inline)) size_t
first_entry(const char *w, size_t n, size_t *hi)
{
	size_t h;

	for (h = word_hash(w, n) & first_mask; first_index[h].word != NULL;
	    h = (h + 1) & first_mask)
		if (first_index[h].len == n &&
		    memcmp(first_index[h].word, w, n) == 0) {
			*hi = first_index[h].hi;
			return first_index[h].lo;
		}
	*hi = nentries;
	return nentries;
}

static int
starts_with_word(const struct sensitive_entry *e, const char *w, size_t n)
{
	return strncmp(e->words, w, n) == 0 &&
	    (e->words[n] == '\0' || e->words[n] == ' ');
}

/* How many words of e match from toks[i]: e->nwords, or 0.  Where the
 * words run out first, and match as far as they go, s->short_by says how
 * many more a keep entry wanted (a term's last word opens a window of its
 * own, which finds it whole; a keep entry's does not). */
/* scan_tokens asks it only of the entries whose first word is toks[i]
 * (wl bytes: starts_with_word, and toks[i] is the first word of an entry
 * of first_index, so it holds no space): the comparison starts at the
 * second word, and a word's length is found in line (for the first word,
 * a call to strcspn and one to memcmp an entry cost some 70 instructions,
 * 0.8% of scrub_spans). */
static size_t
match_at(struct sensitive_scratch *s, size_t i, const struct sensitive_entry *e,
    size_t wl)
{
	const char *p = e->words + wl;
	size_t j, have = s->ntoks - i;

	if ((e->nwords > have) & (e->kind != SENSITIVE_KEEP))
		return 0;	/* one branch (speed31d) */
	p += *p == ' ';
	for (j = 1; j < e->nwords; j++) {
		const struct sensitive_token *t = &s->toks[i + j];
		size_t n = 0;

		if (j == have) {
			if (e->nwords - have > s->short_by)
				s->short_by = e->nwords - have;
			return 0;
		}
		/* most entries a first word starts differ at their next
		 * word's first byte ("syndrome de ...", "syndrome
		 * d'...", "syndrome anxio..."): no length to find, no
		 * memcmp (speed24a) */
		if (t->len != 0 && *p != s->fold.data[t->off] && *p != ' ' &&
		    *p != '\0')
			return 0;
		while (p[n] != ' ' && p[n] != '\0')
			n++;
		if (n != t->len || memcmp(p, s->fold.data + t->off, n) != 0)
			return 0;
		p += n + (p[n] == ' ');
	}
	return e->nwords;
}

static int
add_hit(struct sensitive_scratch *s, const struct sensitive_hit *h)
{
	if (s->nhits == s->hits_cap) {
		size_t cap = s->hits_cap ? s->hits_cap * 2 : 8;
		struct sensitive_hit *p = realloc(s->hits, cap * sizeof(*p));
		if (p == NULL)
			return -ENOMEM;
		s->hits = p;
		s->hits_cap = cap;
	}
	s->hits[s->nhits++] = *h;
	return 0;
}

/* The matches among the words s->toks (sensitive_scan). */
static int
scan_tokens(unsigned kinds, struct sensitive_scratch *s)
{
	struct sensitive_hit hit;
	size_t i, k, best, n, hi;
	int r, keep = 0;

	for (i = 0; i < s->ntoks; i += best ? best : 1) {
		const char *w = s->fold.data + s->toks[i].off;
		size_t wl = s->toks[i].len;

		best = 0;
		if (!s->toks[i].may_start)
			continue;
		/* the entries w starts, by the index: no string compare of
		 * each (a first word such as "syndrome" starts dozens) */
		for (k = first_entry(w, wl, &hi); k < hi; k++) {
			const struct sensitive_entry *e = &entries[k];

			if (!((kinds | SENSITIVE_BIT(SENSITIVE_KEEP)) &
			    SENSITIVE_BIT(e->kind)) ||
			    (n = match_at(s, i, e, wl)) == 0 || n < best)
				continue;
			if (n > best)
				keep = 0;
			keep |= e->kind == SENSITIVE_KEEP;
			/* A code is a whole cell, never a number in a label. */
			if (e->kind == SENSITIVE_CODE && (i != 0 || n != s->ntoks))
				continue;
			if (n > best) {
				best = n;
				hit.start = s->toks[i].start;
				hit.end = s->toks[i + n - 1].end;
				hit.kind = e->kind;
				hit.groups = e->groups;
				hit.atc = e->atc;
			} else {
				/* Same words, other kinds: "lithium" is an
				 * analysis and a drug. */
				hit.groups |= e->groups;
				if (hit.atc == NULL)
					hit.atc = e->atc;
			}
		}
		if (best && !keep && (r = add_hit(s, &hit)) != 0)
			return r;
	}
	return 0;
}

int
sensitive_scan(const char *text, size_t len, unsigned kinds,
    struct sensitive_scratch *s)
{
	int r;

	s->nhits = 0;
	s->short_by = 0;
	if ((r = sensitive_init()) != 0 || (r = tokenize(text, len, s, 1)) != 0)
		return r;
	return scan_tokens(kinds, s);
}

void
sensitive_words_begin(struct sensitive_scratch *s)
{
	s->ntoks = 0;
	s->nhits = 0;
	s->short_by = 0;
	buf_reset(&s->fold);
}

/* add_token's work for a word folded already: its fold copied, the
 * inflection off. */
int
sensitive_words_add(struct sensitive_scratch *s, size_t start, size_t end,
    const char *fold, size_t n, int may_start)
{
	size_t off = s->fold.len;
	int r;

	if ((r = toks_room(s)) != 0)
		return r;
	/* a word's fold, a few bytes: copied inline (buf_copy), not by a
	 * call to memcpy, as the window's words come one at a time */
	if ((r = buf_append_short(&s->fold, fold, n)) != 0)
		return r;
	push_folded(s, start, end, off);
	s->toks[s->ntoks - 1].may_start = may_start != 0;
	return 0;
}

int
sensitive_words_scan(const char *text, unsigned kinds,
    struct sensitive_scratch *s)
{
	int r;

	if ((r = sensitive_init()) != 0)
		return r;
	join_dotted(text, s, 1);
	return scan_tokens(kinds, s);
}

/* join_dotted joins only runs that start at a capital alone
 * (capital_alone): without one it copies every token onto itself
 * (speed23d: 200 instructions a window of detect's scan_terms). */
int
sensitive_words_scan_unjoined(const char *text, unsigned kinds,
    struct sensitive_scratch *s)
{
	int r;

	(void)text;
	if ((r = sensitive_init()) != 0)
		return r;
	return scan_tokens(kinds, s);
}

int
sensitive_atc_parse(const char *s, size_t len, char out[SENSITIVE_ATC_MAX])
{
	/* Letter, 2 digits, letter, letter, 2 digits: levels 1 to 5. */
	static const char shape[] = "A00AA00";
	size_t i = 0, n = 0;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (; i < len; i++) {
		char c = s[i];

		/* "J05 AR03", "J05.AR.03", "N07B-C02": one sign between two
		 * characters of the code is how some tables set its levels
		 * apart; the code is the same (redteam48). */
		if (n > 0 && i + 1 < len && (c == ' ' || c == '.' || c == '-') &&
		    s[i + 1] != ' ' && s[i + 1] != '.' && s[i + 1] != '-')
			continue;
		if (n == sizeof(shape) - 1)
			return -EINVAL;
		if (shape[n] == 'A' && (c | 32) >= 'a' && (c | 32) <= 'z')
			c = (char)(c & ~32);
		else if (!(shape[n] == '0' && c >= '0' && c <= '9'))
			return -EINVAL;
		out[n++] = c;
	}
	/* Only whole levels: A, A10, A10B, A10BA, A10BA02. */
	if (n != 1 && n != 3 && n != 4 && n != 5 && n != 7)
		return -EINVAL;
	out[n] = '\0';
	return 0;
}

uint32_t
sensitive_atc_groups(const char *atc)
{
	if (sensitive_init() != 0)
		return 0;
	return atc_groups(atc);
}

int
sensitive_lookup(const char *cell, size_t len, unsigned kinds,
    struct sensitive_scratch *s, struct sensitive_result *res)
{
	char atc[SENSITIVE_ATC_MAX];
	int r;

	memset(res, 0, sizeof(*res));
	if ((kinds & SENSITIVE_BIT(SENSITIVE_DRUG)) &&
	    sensitive_atc_parse(cell, len, atc) == 0) {
		memcpy(res->atc, atc, sizeof(atc));
		res->groups = sensitive_atc_groups(atc);
		res->nhits = 1;
		return 0;
	}
	if ((r = sensitive_scan(cell, len, kinds, s)) != 0)
		return r;
	for (size_t i = 0; i < s->nhits; i++) {
		res->groups |= s->hits[i].groups;
		if (res->atc[0] == '\0' && s->hits[i].atc != NULL)
			snprintf(res->atc, sizeof(res->atc), "%s", s->hits[i].atc);
	}
	res->nhits = s->nhits;
	return 0;
}

/* ---- one slip of typing ---- */

/*
 * A word one slip of typing from a one-word term or drug of a group
 * ("schyzophrénie", "chlamidia", "risperdone"): a letter changed, added or
 * left out, or two neighbours swapped.  Only entries and words of
 * SENSITIVE_NEAR_MIN letters or more (after sensitive_canon): shorter words
 * have too many neighbours.  The entries' first three letters and lengths
 * are a hashed bit set (sensitive_near_bits, read by sensitive_near_prefix
 * while the text is cut into words), so that most words are answered by
 * one bit; the others are compared with the entries of the same three
 * letters only (a slip in the first three letters is not found).
 */
uint8_t	sensitive_near_bits[SENSITIVE_NEAR_BITS];

static void
near_set(size_t b)
{
	sensitive_near_bits[b / 8] |= (uint8_t)(1u << (b % 8));
}

static int	cmp3(const char *a, const char *b);

static int
mid_cmp(const void *a, const void *b)
{
	const struct sensitive_near_word *x = *(const struct sensitive_near_word *const *)a;
	const struct sensitive_near_word *y = *(const struct sensitive_near_word *const *)b;

	return cmp3(x->w + 3, y->w + 3);
}

static int
all_letters(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return 0;
	return 1;
}

static int
near_eligible(const struct sensitive_entry *e)
{
	size_t n = strlen(e->words);

	return e->nwords == 1 && e->groups != 0 &&
	    e->kind == SENSITIVE_TERM &&
	    n >= SENSITIVE_NEAR_MIN && all_letters(e->words, n);
}

static int
build_near(void)
{
	struct sensitive_near_word *nw;
	const struct sensitive_near_word **mid;

	if ((nw = calloc(nentries ? nentries : 1, sizeof(*nw))) == NULL)
		return -ENOMEM;
	near_words = nw;
	for (size_t i = 0; i < nentries; i++) {
		struct sensitive_near_word *last = nnear ? &nw[nnear - 1] : NULL;
		const char *w = entries[i].words;

		if (!near_eligible(&entries[i]))
			continue;
		if (last != NULL && strcmp(last->w, w) == 0) {
			last->groups |= entries[i].groups;	/* term and drug */
			continue;
		}
		nw[nnear].w = w;
		nw[nnear].len = strlen(w);
		nw[nnear++].groups = entries[i].groups;
		/* a word of one letter less or one more, its "-s" and
		 * "-e" off as sensitive_near_prefix takes them off; and of
		 * one more again, whose "-ive" or "-euse" ends the key in
		 * "-if" or "-eux" */
		for (size_t n = strlen(w) - 1; n <= strlen(w) + 2; n++) {
			near_set(sensitive_near_bit(w, n));
			near_set(sensitive_near_mid_bit(w + 3, n));
		}
	}
	if ((mid = calloc(nnear ? nnear : 1, sizeof(*mid))) == NULL)
		return -ENOMEM;
	for (size_t i = 0; i < nnear; i++)
		mid[i] = &nw[i];
	qsort(mid, nnear, sizeof(*mid), mid_cmp);
	near_mid = mid;
	return 0;
}

/* a and b differ by one edit at most (Damerau: a swap of two neighbours
 * is one edit). */
static int
one_edit(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0;

	if (an < bn)
		return one_edit(b, bn, a, an);
	if (an - bn > 1)
		return 0;
	while (i < bn && a[i] == b[i])
		i++;
	if (i == bn)
		return 1;		/* equal, or one letter added at the end */
	if (an > bn)			/* a letter added at i */
		return memcmp(a + i + 1, b + i, bn - i) == 0;
	if (memcmp(a + i + 1, b + i + 1, bn - i - 1) == 0)
		return 1;		/* changed at i */
	return i + 1 < bn && a[i] == b[i + 1] && a[i + 1] == b[i] &&
	    memcmp(a + i + 2, b + i + 2, bn - i - 2) == 0;
}

/* The first three letters of a and b, compared (both have three). */
static int
cmp3(const char *a, const char *b)
{
	if (a[0] != b[0])
		return (unsigned char)a[0] - (unsigned char)b[0];
	if (a[1] != b[1])
		return (unsigned char)a[1] - (unsigned char)b[1];
	return (unsigned char)a[2] - (unsigned char)b[2];
}

/* The groups of the words of near_mid whose fourth to sixth letters are
 * m[0..2] and that are one edit from w. */
static uint32_t
near_mid_groups(const char *w, size_t n, const char *m)
{
	uint32_t groups = 0;
	size_t lo = 0, hi = nnear, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cmp3(near_mid[mid]->w + 3, m) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < nnear && cmp3(near_mid[lo]->w + 3, m) == 0; lo++)
		if (near_mid[lo]->len + 1 >= n && near_mid[lo]->len <= n + 1 &&
		    one_edit(w, n, near_mid[lo]->w, near_mid[lo]->len))
			groups |= near_mid[lo]->groups;
	return groups;
}

uint32_t
sensitive_near(const char *w, size_t n)
{
	uint32_t groups = 0;
	size_t lo = 0, hi = nnear, mid;

	/* The key's own length: sensitive_near_prefix would take an "-s"
	 * off again ("grossese": "grosses", then "grosse", two letters from
	 * "grossess" and no bit), but w is a key already.  No bit before
	 * sensitive_init has filled them. */
	if (n < SENSITIVE_NEAR_MIN || !all_letters(w, n) ||
	    sensitive_init() != 0)
		return 0;
	/* a slip in the first three letters: by the next three */
	for (size_t k = 2; k <= 4 && k + 3 <= n; k++)
		if (sensitive_near_has(sensitive_near_mid_bit(w + k, n)))
			groups |= near_mid_groups(w, n, w + k);
	if (!sensitive_near_has(sensitive_near_bit(w, n)))
		hi = 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cmp3(near_words[mid].w, w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; hi > 0 && lo < nnear && cmp3(near_words[lo].w, w) == 0; lo++)
		if (near_words[lo].len + 1 >= n && near_words[lo].len <= n + 1 &&
		    one_edit(w, n, near_words[lo].w, near_words[lo].len))
			groups |= near_words[lo].groups;
	/* A word that is an entry itself (a drug of no group one letter
	 * from one of a group) is that entry, not a slip.  (Bisection, not
	 * first_entry: that one stays inlined in sensitive_scan's loop.) */
	if (groups != 0 && (lo = first_entry_search(w, n)) < nentries &&
	    starts_with_word(&entries[lo], w, n))
		return 0;
	return groups;
}

int
sensitive_first_words(unsigned kinds,
    int (*fn)(const char *, size_t, void *), void *arg)
{
	int r;

	if ((r = sensitive_init()) != 0)
		return r;
	kinds |= SENSITIVE_BIT(SENSITIVE_KEEP);
	for (size_t h = 0; h <= first_mask; h++) {
		const struct sensitive_first_slot *f = &first_index[h];
		size_t k;

		if (f->word == NULL)
			continue;
		for (k = f->lo; k < f->hi; k++)
			if (entries[k].nwords > 1 &&
			    (kinds & SENSITIVE_BIT(entries[k].kind)))
				break;
		if (k < f->hi && (r = fn(f->word, f->len, arg)) != 0)
			return r;
	}
	return 0;
}

size_t
sensitive_count(uint32_t group, enum sensitive_kind kind)
{
	size_t n = 0;

	if (sensitive_init() != 0)
		return 0;
	for (size_t i = 0; i < nentries; i++)
		if (entries[i].kind == kind && (group == 0 ?
		    entries[i].groups == 0 : (entries[i].groups & group) != 0))
			n++;
	return n;
}

void
sensitive_scratch_free(struct sensitive_scratch *s)
{
	free(s->toks);
	free(s->hits);
	buf_free(&s->fold);
	buf_free(&s->tmp);
	buf_free(&s->skel);
	memset(s, 0, sizeof(*s));
}

/* ---- the image (gen/gen_dict.c --sensitive, test_dict_image) ---- */

int
sensitive_current(struct sensitive_image *out)
{
	int r;

	if ((r = sensitive_init()) != 0)
		return r;
	*out = (struct sensitive_image){ sensitive_sources_stamp(), entries,
	    nentries, atc_rules, natc_rules, first_index, first_mask,
	    near_words, nnear, near_mid, sensitive_near_bits };
	return 0;
}

static int
same_str(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* a and b hold the same tables (their pointers aside). */
static int
images_equal(const struct sensitive_image *a, const struct sensitive_image *b)
{
	if (a->nentries != b->nentries || a->natc_rules != b->natc_rules ||
	    a->first_mask != b->first_mask || a->nnear != b->nnear ||
	    memcmp(a->near_bits, b->near_bits, SENSITIVE_NEAR_BITS) != 0)
		return 0;
	for (size_t i = 0; i < a->nentries; i++) {
		const struct sensitive_entry *x = &a->entries[i], *y = &b->entries[i];

		if (!same_str(x->words, y->words) || x->nwords != y->nwords ||
		    x->kind != y->kind || x->groups != y->groups ||
		    !same_str(x->atc, y->atc))
			return 0;
	}
	for (size_t i = 0; i < a->natc_rules; i++)
		if (!same_str(a->atc_rules[i].prefix, b->atc_rules[i].prefix) ||
		    a->atc_rules[i].len != b->atc_rules[i].len ||
		    a->atc_rules[i].group != b->atc_rules[i].group)
			return 0;
	for (size_t h = 0; h <= a->first_mask; h++) {
		const struct sensitive_first_slot *x = &a->first_index[h],
		    *y = &b->first_index[h];

		if ((x->word == NULL) != (y->word == NULL) || (x->word != NULL &&
		    (x->len != y->len || x->lo != y->lo || x->hi != y->hi ||
		    memcmp(x->word, y->word, x->len) != 0)))
			return 0;
	}
	for (size_t i = 0; i < a->nnear; i++)
		if (!same_str(a->near_words[i].w, b->near_words[i].w) ||
		    a->near_words[i].len != b->near_words[i].len ||
		    a->near_words[i].groups != b->near_words[i].groups ||
		    a->near_mid[i] - a->near_words !=
		    b->near_mid[i] - b->near_words)
			return 0;
	return 1;
}

int
sensitive_built_equals_image(void)
{
	const struct sensitive_image *im = &sensitive_image;
	struct sensitive_image cur;
	int r;

	if (im == NULL)
		return -ENOENT;
	if ((r = sensitive_init()) != 0)
		return r;
	/* afresh, over the tables in use (a test's process: the image's
	 * are read-only and stay where they are, the made ones are kept) */
	if ((r = build_tables()) != 0 || (r = sensitive_current(&cur)) != 0)
		return r;
	return im->stamp == cur.stamp && images_equal(im, &cur);
}
