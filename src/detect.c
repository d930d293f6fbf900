/* Free-text detectors: numbers checked by their keys (NIR, IBAN, RPPS,
 * FINESS), phones, emails, dates, and names found three ways (the row's
 * own values, a title before them, the shipped dictionary).  Every rule
 * here was measured on the labeled corpus (tests/scrub/), see
 * docs/scrub.md; a rule that looks obvious but was not measured is a
 * guess.
 *
 * This file is the driver (detect_run: which detector runs, in which
 * order), the span list every detector adds to, and the gates; the
 * detectors are in detect_*.c, one family a file (src/detect_int.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sodium.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "detect.h"
#include "detect_int.h"
#include "sensitive.h"
#include "textnorm.h"
#include "translit.h"

int
detect_ident_parse(const char *name, enum detect_ident *out)
{
	static const char *const names[] = {
		"", "name", "first_name", "last_name", "nir", "phone", "email",
		"address", "id",
	};

	for (size_t i = 1; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (enum detect_ident)i;
			return 0;
		}
	return -EINVAL;
}

/* ---- spans ---- */

/* Record span k as the span of every word it holds whole.  Inlined into
 * add_span, which every span goes through: a call there cost its own
 * prologue and epilogue and add_span's saved registers around it
 * (docs/performance.md, speed24c); the other callers call mark_words. */
static inline __attribute__((always_inline)) void
mark_words_inline(struct detect_scratch *s, size_t k)
{
	const struct detect_span *sp = &s->spans[k];
	size_t i = word_at(s, sp->start);
	/* held in locals: the byte stores to `touched` may alias anything
	 * as far as the compiler knows, and made it load each of these
	 * again at every word (speed28b) */
	const size_t start = sp->start, end = sp->end, n = s->nwords;
	struct detect_word *words = s->words;
	int32_t *wspan = s->wspan;
	uint64_t names = 0;

	/* Whole or not, a name or not: selects and masks, no branch (the
	 * span's last word is cut by it as often as not). */
	uint64_t name = -(uint64_t)(sp->kind == DETECT_NAME);

	if (i > 0 && words[i - 1].end > start)
		words[i - 1].touched = 1;
	for (; i < n && words[i].start < end; i++) {
		uint64_t whole = -(uint64_t)(words[i].end <= end);

		words[i].touched = 1;
		wspan[i] = whole ? (int32_t)k : wspan[i];
		names |= name_bits(words[i].fhash) & name & whole;
	}
	s->name_mask |= names;
}

void
mark_words(struct detect_scratch *s, size_t k)
{
	mark_words_inline(s, k);
}

static int
key_order(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

int
detect_keys_reserve(struct detect_scratch *s, size_t n)
{
	uint64_t *k;

	if (n <= s->keys_cap)
		return 0;
	if ((k = realloc(s->keys, n * sizeof(*k))) == NULL)
		return -ENOMEM;
	s->keys = k;
	s->keys_cap = n;
	return 0;
}

void
detect_keys_sort(struct detect_scratch *s, size_t n)
{
	qsort(s->keys, n, sizeof(*s->keys), key_order);
}

int
detect_keys_have(const struct detect_scratch *s, size_t n, uint64_t key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->keys[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && s->keys[lo] == key;
}

/* The spans from the start of a cache line: add_span writes each one
 * cold (the rules of a batch run over 32 scratches between two spans of
 * one), and a span of 96 bytes at an array 16 bytes into a line spread
 * two spans over five lines rather than three (speed36c). */
static __attribute__((noinline)) int
spans_grow(struct detect_scratch *s)
{
	size_t cap = s->spans_cap ? s->spans_cap * 2 : 16;
	struct detect_span *sp;

	if ((sp = aligned_alloc(64, cap * sizeof(*sp))) == NULL)
		return -ENOMEM;
	if (s->nspans > 0)
		memcpy(sp, s->spans, s->nspans * sizeof(*sp));
	free(s->spans);
	s->spans = sp;
	s->spans_cap = cap;
	return 0;
}

_Static_assert(16 * sizeof(struct detect_span) % 64 == 0,
    "aligned_alloc's size is a multiple of the line");

/* Add a span unless an earlier (stronger) detector took any of it.
 * 1 if added, 0 if not, -ENOMEM. */
int
add_span(struct detect_scratch *s, size_t start, size_t end,
    enum detect_kind kind, int ctx)
{
	struct detect_span *sp;

	if (end <= start || overlaps(s, start, end))
		return 0;
	if (s->nspans == s->spans_cap && spans_grow(s) != 0)
		return -ENOMEM;
	sp = &s->spans[s->nspans++];
	memset(sp, 0, sizeof(*sp));
	sp->start = start;
	sp->end = end;
	sp->kind = kind;
	sp->ctx = ctx;
	s->span_kinds |= DETECT_BIT(kind);
	if (s->kind_rows != NULL)
		s->kind_rows[kind] |= s->kind_bit;
	if (s->span_kinds & SPAN_KINDS_COUNTED)
		s->span_kind_count[kind]++;
	take_bytes(s, start, end);
	if (s->tokenized)
		mark_words_inline(s, s->nspans - 1);
	return 1;
}

/*
 * Most detectors start from a word of one of the tables (a title, a
 * month, a street word...): one whose table no word of the comment is in
 * has nothing to do, and is not run (each pass over the words costs
 * branches and cache whatever it finds).  Each detector says what it
 * starts from at its top (comment_has, has_span_kind: detect_int.h);
 * change that line with its rules.  tests/integration/test_scrub_gates.sh
 * runs every detector on every comment (this flag set, in the build of
 * this file alone with -DDETECT_NO_GATES) and must find what the gated
 * ones find.
 */
#ifdef DETECT_NO_GATES
const int detect_no_gates = 1;
#else
const int detect_no_gates = 0;
#endif

_Static_assert(DETECT_NKINDS < 31, "SPAN_KINDS_COUNTED is no kind's bit");

void
span_kind_change(struct detect_scratch *s, enum detect_kind from,
    enum detect_kind to)
{
	if (from == to)
		return;
	/* The counts, made at the comment's first change of a kind: a walk
	 * of its spans once, and add_span counts from then on.  Kept from
	 * the first span, they cost a line of the scratch written at every
	 * span (some 18,000 misses of the data cache a pass of the bench in
	 * batches, with detect_begin's clearing: speed31b); a walk at every
	 * change made a cell of many addresses quadratic (test_scrub's
	 * test_linear_time). */
	if (!(s->span_kinds & SPAN_KINDS_COUNTED)) {
		memset(s->span_kind_count, 0, sizeof(s->span_kind_count));
		for (size_t k = 0; k < s->nspans; k++)
			s->span_kind_count[s->spans[k].kind]++;
		s->span_kinds |= SPAN_KINDS_COUNTED;
	}
	if (--s->span_kind_count[from] == 0) {
		s->span_kinds &= ~DETECT_BIT(from);
		if (s->kind_rows != NULL)
			s->kind_rows[from] &= ~s->kind_bit;
	}
	s->span_kind_count[to]++;
	s->span_kinds |= DETECT_BIT(to);
	if (s->kind_rows != NULL)
		s->kind_rows[to] |= s->kind_bit;
}
/*
 * A comment written in English (a tourist's note, an occupational health
 * note for English-speaking staff, an ENT referral): three English
 * function words or more, two of them different.  None of these is a
 * French word as written: the bytes are compared, lower case and ASCII
 * ("thé" folds to "the" but is not it; "but", "on", "an", "in", "a",
 * "or", "as" are left out, French words or Latin: "in utero").  Fewer
 * than 64: comment_english marks those seen in a 64-bit mask.  Also a
 * comment with one of them at least that says it is in English:
 * "(English)", "in English" (precision15).
 */
const char *const english_function[] = {
	"the", "of", "and", "with", "from", "his", "her", "she", "he", "this",
	"that", "for", "was", "is", "are", "has", "have", "been", "since",
	"to", "at", "by", "it", "will", "would", "not", "who", "which",
	"there", "their", "they", "we", "you", "your", "my", "our", "under",
	"here", "after", "before", "about", "into", "over", "then", "than",
	"when", "where", "what", "him", "them", "these", "those", "should",
	"could", "does", "did", "had", "were", "be", "being", NULL,
};

/* The ordinal suffixes of English days ("Dec 4th", "March 2nd"): D_ENGFUNC
 * too, so that scan_english_dates' gate (a digit and D_ENGFUNC) opens on
 * a note with no English function word ("repeat C-section booked Dec
 * 4th"); english_function_at does not count them (they are not in
 * english_function), so comment_english says what it said. */
const char *const english_ordinals[] = { "st", "nd", "rd", "th", NULL };

/* Word i is one of english_function as written (lower case, ASCII):
 * its index, or -1. */
static int
english_function_at(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);

	if (!(w->dflags & D_ENGFUNC) || w->fold_len < 2 || w->fold_len > 5 ||
	    (w->flags & (W_DIGIT | W_CAP | W_UPPER)) || w->end - w->start !=
	    w->fold_len || memcmp(t + w->start, f, w->fold_len) != 0)
		return -1;
	for (size_t k = 0; english_function[k] != NULL; k++)
		if (lit_is(english_function[k], f, w->fold_len) &&
		    english_function[k][w->fold_len] == '\0')
			return (int)k;
	return -1;
}

/* Who a name follows in an English note: "her son will", "his
 * neighbour your called" (review, eighteenth pass: the names of the
 * lists that are function words, "will", "your", "were", went there
 * before precision17).  The French relatives ("wife", "daughter"...) and
 * titles are D_RELATIVE and D_TITLE already. */
static const char *const english_person_nouns[] = {
	"son", "sons", "daughters", "neighbour", "neighbor", "friend",
	"partner", "carer", "caregiver", "nurse", "uncle", "aunt", "nephew",
	"grandson", "granddaughter", "boyfriend", "girlfriend", "fiance",
	"fiancee", "colleague", "flatmate", "roommate", "landlord", "landlady",
	"mr", "mrs", "ms", "miss", "dr", "doctor", NULL,
};
static uint64_t english_person_nouns_filter;	/* word_in_filtered_list */

/* Word i comes right after a title, a relative, a relation noun or one
 * of english_person_nouns, after "chez", or after a relation cue and its
 * preposition ("vu avec", "appel de"): a name's place. */
static int
english_person_before(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p;

	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if ((p->dflags & (D_TITLE | D_RELATIVE | D_RELATION)) ||
	    (p->fold_len >= 2 && p->fold_len <= 13 &&
	    word_in_filtered_list(s, p, english_person_nouns)))
		return 1;
	/* "chez" alone too: "dort chez her ce soir" (no French or English
	 * text puts an English function word after it) */
	return word_is(s, i - 1, "chez") || (i >= 2 &&
	    (s->words[i - 2].dflags & D_RELCUE) && (word_is(s, i - 1, "avec") ||
	    word_is(s, i - 1, "par") || word_is(s, i - 1, "de") ||
	    word_is(s, i - 1, "d") || word_is(s, i - 1, "a")));
}

/* One English function word at least, as written, other than word j
 * (NO_WORD: any): the comment has some English in it ("Patient requests
 * a sick note for work"); a French note typed in lower case has none
 * ("son fils ruddy").  Not the word asked about itself (review,
 * eighteenth pass): "sa fille her", "vu avec her ce jour" ("Her", a Hmong
 * surname) made the note English by the name alone, which then read as
 * the English pronoun.  Read once (the first such word and whether there
 * is a second), kept in s->english_word: lower_ordinary_word asks it for
 * each English word after a relation, and a walk of every word each time
 * was quadratic in a note whose only such word is not written as one
 * ("son fils ruddy The " repeated: 0.15 MB took a second). */
int
comment_english_word(const char *t, struct detect_scratch *s, size_t j)
{
	if (s->english > 0)
		return 1;
	if (s->english_word < 0) {
		s->english_word = 0;
		if (comment_has(s, 0, D_ENGFUNC))
			for (size_t i = 0; i < s->nwords && s->english_word < 2;
			    i++)
				if (english_function_at(t, s, i) >= 0 &&
				    s->english_word++ == 0)
					s->english_word_at = i;
	}
	return s->english_word >= 2 || (s->english_word == 1 &&
	    s->english_word_at != j);
}

int
comment_english(const char *t, struct detect_scratch *s)
{
	uint64_t seen = 0;
	int hits = 0, kinds = 0;

	if (s->english >= 0)
		return s->english;
	if (!comment_has(s, 0, D_ENGFUNC))
		return s->english = 0;
	for (size_t i = 0; i < s->nwords && (hits < 3 || kinds < 2); i++) {
		int k = english_function_at(t, s, i);

		if (k < 0)
			continue;
		hits++;
		if (!(seen & (1ULL << k))) {
			seen |= 1ULL << k;
			kinds++;
		}
	}
	s->english = hits >= 3 && kinds >= 2;
	/* a note that says it is written in English, with an English word
	 * of its own: "Maternity (English): ... of labour",
	 * "Surgical note (in English) : ... was informed", "Patient speaks
	 * English only. ... admitted for chest pain" (precision18) */
	for (size_t i = 1; !s->english && hits > 0 && i < s->nwords; i++)
		if (word_is(s, i, "english") && (s->words[i].flags & W_CAP) &&
		    !(s->words[i].flags & W_UPPER) &&
		    (t[s->words[i].start - 1] == '(' || ((word_is(s, i - 1,
		    "in") || word_is(s, i - 1, "speaks") || word_is(s, i - 1,
		    "speak")) && !(s->words[i - 1].flags & (W_CAP | W_UPPER)))))
			s->english = 1;
	return s->english;
}

/* Ends as the adjectives of nations of detect_demonym: "-ian", "-ish",
 * "-ese", "-ean", "-can" ("Belgian", "Swedish", "Portuguese", "Korean",
 * "Corsican"); three bytes, so that few capitalized words are looked up
 * ("German" is a first name of the lists: nation_adjective). */
static int
demonym_end(const char *f, size_t n)
{
	const char *e = f + n - 3;

	return lit_is("ian", e, 3) || lit_is("ish", e, 3) ||
	    lit_is("ese", e, 3) || lit_is("ean", e, 3) || lit_is("can", e, 3);
}

/* lexicon_has for word i, asked once per word.  In a comment written in
 * English, a common English word that is no name of the lists is an
 * ordinary word too ("Travel insurance", "from Dublin", "Occupational
 * health"); a name of the lists stays what the name rules make of it
 * ("Mr Baker", "Will"). */
int
word_lexicon(const char *t, struct detect_scratch *s, size_t i)
{
	struct detect_word *w = &s->words[i];

	if (w->lex < 0) {
		w->lex = (int8_t)lexicon_has_word(t, s, i);
		if (!w->lex && !(w->dflags & (D_FIRST | D_LAST)) &&
		    w->fold_len >= 2 && !(w->flags & W_DIGIT) &&
		    comment_english(t, s) && english_has(w->fhash))
			w->lex = 1;
		/* "Mr Van den Broeck Pieter, Belgian, 66 y", "Tourist,
		 * Swedish": an English adjective of a nation, no name of
		 * the lists; its ending first */
		if (!w->lex && (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
		    !(w->dflags & (D_FIRST | D_LAST)) && w->fold_len >= 5 &&
		    demonym_end(wf(s, w), w->fold_len) &&
		    demonym_has(w->fhash))
			w->lex = 1;
		/* "le week-end": a part of a compound of the lexicon
		 * a byte's test first */
		if (!w->lex && !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
		    ((w->end < s->text_len && t[w->end] == '-') ||
		    (w->start > 0 && t[w->start - 1] == '-')))
			w->lex = (int8_t)lower_compound_part(t, s, i, 0);
		/* "médecin adresseur" */
		if (!w->lex && w->fold_len >= 7 && !(w->flags & (W_CAP |
		    W_UPPER | W_DIGIT)) && !(w->dflags & (D_FIRST | D_LAST)))
			w->lex = (int8_t)lexicon_variant(t, s, i);
		/* "Dear Dr Patel, your patient" (precision17): an English
		 * function word as written, lower case, is English by
		 * itself (none is a French word as written), whatever the
		 * rest of the note; a name of the lists ("your", "will" of
		 * the faker lists) only in a note written in English ("son
		 * fils will").  Three letters or more: a word of two ("by",
		 * "to", "at") took one street address of four words out
		 * of heldout10's frozen half (figures only).  Where a name
		 * stands it is one (review, eighteenth pass): after a title,
		 * a kin word or a cue, a name of the lists in an English
		 * note ("his neighbour your called"), any of them in a
		 * French one ("sa fille her", "vu avec her": Her is a Hmong
		 * surname) */
		if (!w->lex && (w->dflags & D_ENGFUNC) && w->fold_len >= 3 &&
		    english_function_at(t, s, i) >= 0 &&
		    (comment_english(t, s) ? !(w->dflags & (D_FIRST | D_LAST)) ||
		    !english_person_before(s, i) : !(w->dflags & (D_FIRST |
		    D_LAST)) && !english_person_before(s, i)))
			w->lex = 1;
	}
	return w->lex;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct detect_span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Only spaces, hyphens and apostrophes between a and b. */
static int
name_gap(const char *t, size_t a, size_t b)
{
	if (b - a > 3 || b <= a)
		return b == a;
	if (b - a == 3)
		return memcmp(t + a, "\xe2\x80\x99", 3) == 0;	/* ’ */
	for (size_t k = a; k < b; k++)
		if (t[k] != ' ' && t[k] != '-' && t[k] != '\'')
			return 0;
	return 1;
}

/* The byte at t[i] starts a letter of a name: an ASCII letter, or a
 * Latin letter of two bytes (lead 0xc3 but the signs x and /, 0xc4,
 * 0xc5). */
static size_t
glued_letter_len(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];

	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return 1;
	if (i + 1 >= len || ((unsigned char)t[i + 1] & 0xc0) != 0x80)
		return 0;
	if (c == 0xc3)
		return (unsigned char)t[i + 1] == 0x97 ||
		    (unsigned char)t[i + 1] == 0xb7 ? 0 : 2;
	return c == 0xc4 || c == 0xc5 ? 2 : 0;
}

/* A capital: A-Z, or a capital of Latin-1 (0xc3 0x80-0x9e). */
static int
glued_capital(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];

	if (c >= 'A' && c <= 'Z')
		return 1;
	return c == 0xc3 && i + 1 < len && (unsigned char)t[i + 1] >= 0x80 &&
	    (unsigned char)t[i + 1] <= 0x9e && (unsigned char)t[i + 1] != 0x97;
}

/* A name's last part in lower case after a hyphen: the second syllable
 * of a Korean or Chinese given name as records write it ("Hye-jin",
 * "Xiao-lin", "Seok-sun"), or a compound first name typed fast
 * ("Marie-anne").  Two to six ASCII lower-case letters from b, then no
 * letter, digit, apostrophe or hyphen; the span's last word before the
 * hyphen capitalized and not in capitals; not a French enclitic ("-ci",
 * "-là", "-t", "-il", "-elle", "-on", "-moi", "-lui", "-en", "-y").
 * A part a list holds as a weak name ("lin", "sun", "jin") was left raw
 * while "Seok-li" went whole (the lead, twenty-sixth pass). */
static size_t	glued_word_start(const char *, size_t, size_t);

static int
glued_lower_part(const char *t, struct detect_span *p, size_t b, size_t hi,
    size_t len)
{
	static const char *const enclitics[] = { "ci", "la", "t", "il",
	    "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "le",
	    "les", "moi", "toi", "lui", "leur", "leurs", "en", "y", "ce",
	    "me", "te", "se", "meme", "bis", "ter", NULL };
	size_t e = b, a;

	while (e < hi && t[e] >= 'a' && t[e] <= 'z')
		e++;
	if (e - b < 2 || e - b > 6 || (e < len && (glued_letter_len(t, e,
	    len) != 0 || t[e] == '\'' || t[e] == '-' ||
	    ((unsigned char)t[e] >= '0' && (unsigned char)t[e] <= '9'))))
		return 0;
	a = glued_word_start(t, p->end, len);
	if (a >= p->end || p->end - a < 2 || !glued_capital(t, a, len) ||
	    glued_capital(t, a + 1, len) || a < p->start)
		return 0;
	for (size_t k = 0; enclitics[k] != NULL; k++)
		if (strlen(enclitics[k]) == e - b &&
		    memcmp(enclitics[k], t + b, e - b) == 0)
			return 0;
	p->end = e;
	return 1;
}

/* The start of the word of letters that ends at b (exclusive), or b when
 * none: walked back over continuation bytes. */
static size_t
glued_word_start(const char *t, size_t b, size_t len)
{
	size_t a = b;

	while (a > 0) {
		size_t k = a - 1;

		while (k > 0 && ((unsigned char)t[k] & 0xc0) == 0x80 &&
		    a - k < 2)
			k--;
		if (glued_letter_len(t, k, len) != a - k)
			break;
		a = k;
	}
	return a;
}

/* "Saint", "Sainte", "St", "Ste" in any case: "Saint-Louis" is a
 * hospital or a town, the row's Louis in it no person (after_saint). */
static int
glued_saint(const char *w, size_t n)
{
	return (n == 5 && strncasecmp(w, "saint", 5) == 0) ||
	    (n == 6 && strncasecmp(w, "sainte", 6) == 0) ||
	    (n == 2 && strncasecmp(w, "st", 2) == 0) ||
	    (n == 3 && strncasecmp(w, "ste", 3) == 0);
}

/* A name's part glued to a name span by a hyphen, written as a name (a
 * capital, then two letters or more in all): "PIGEON-[CHAPELLE Marcelle]",
 * "[Marcelle Vigneron]-Tisserand".  The span took one part of a double
 * surname and the other stayed raw (hostile28); it takes the whole chain,
 * three parts at most, never into a neighbour span.  lo and hi bound the
 * span's growth (the spans around it).  Only for a span that is a person
 * for sure, a row's own value or a name of two words and more (the
 * caller): a span of one word glued to another is as often an eponym
 * read as a name ("[Pouteau]-Colles", "HAS-BLED"), and the hyphen would
 * take the other word too. */
static void
span_take_glued_parts(const char *t, size_t len, struct detect_span *p,
    size_t lo, size_t hi)
{
	for (int n = 0; n < 2 && p->start >= lo + 3 &&
	    t[p->start - 1] == '-'; n++) {
		size_t a = glued_word_start(t, p->start - 1, len);

		if (a < lo || p->start - 1 - a < 2 || !glued_capital(t, a, len) ||
		    (a > 0 && (t[a - 1] == '\'' ||
		    ((unsigned char)t[a - 1] >= '0' &&
		    (unsigned char)t[a - 1] <= '9'))) ||
		    glued_saint(t + a, p->start - 1 - a))
			break;
		p->start = a;
	}
	for (int n = 0; n < 2 && p->end + 3 <= hi && t[p->end] == '-'; n++) {
		size_t b = p->end + 1, l;

		if (!glued_capital(t, b, len)) {
			if (glued_lower_part(t, p, b, hi, len))
				continue;
			break;
		}
		while (b < hi && (l = glued_letter_len(t, b, len)) != 0 &&
		    b + l <= hi)
			b += l;
		if (b - (p->end + 1) < 2 || (b < len && (t[b] == '\'' ||
		    ((unsigned char)t[b] >= '0' && (unsigned char)t[b] <= '9'))))
			break;
		p->end = b;
	}
}

/* A byte of a code: an ASCII letter or digit. */
static int
code_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* A sign that joins two parts of a code: "HOP-7721", "DOS_88231",
 * "HOP/7721". */
static int
code_join(unsigned char c)
{
	return c == '-' || c == '_' || c == '/';
}

#define CODE_MAX	40	/* a longer run is a path, not a code */

/* The code around t[i] (a code byte): its letters and digits, joined by
 * a sign or nothing, into [*a, *b); 1 if it holds a letter and a digit,
 * its letters all capitals, and is CODE_MAX bytes at most, else 0.  A
 * code is written in capitals ("HOP-7721", "DOS_88231"); a word in lower
 * case is a name or a file's word beside a number ("Leroy-Vidal/DT2",
 * "DUPONT_bilan_2023.pdf"), not a part of one identifier. */
static int
code_around(const char *t, size_t len, size_t i, size_t *a, size_t *b)
{
	size_t x = i, y = i + 1;
	int letter = 0, digit = 0;

	while (x > 0 && i - x < CODE_MAX) {
		if (code_byte((unsigned char)t[x - 1]))
			x--;
		else if (x >= 2 && code_join((unsigned char)t[x - 1]) &&
		    code_byte((unsigned char)t[x - 2]))
			x -= 2;
		else
			break;
	}
	while (y < len && y - i < CODE_MAX) {
		if (code_byte((unsigned char)t[y]))
			y++;
		else if (y + 1 < len && code_join((unsigned char)t[y]) &&
		    code_byte((unsigned char)t[y + 1]))
			y += 2;
		else
			break;
	}
	if (y - x > CODE_MAX)
		return 0;
	for (size_t k = x; k < y; k++) {
		if (t[k] >= '0' && t[k] <= '9')
			digit = 1;
		else if (t[k] >= 'A' && t[k] <= 'Z')
			letter = 1;
		else if (t[k] >= 'a' && t[k] <= 'z')
			return 0;
	}
	*a = x;
	*b = y;
	return letter && digit;
}

/* A span that took part of a code ("[HOP]-7721", "DOS_[88231]",
 * "[AB12]-3456"): it takes the whole code (idcode39).  An identifier is
 * replaced whole; half of it left raw is half the identifier shown.  A
 * code no span touches stays (ISO-15189, COVID-19, HLA-B27), and the code
 * ends at a space or any other sign: no span grows over a word.  A name
 * (or an initial) and a number the identifier rules took ("DOS_[88231]")
 * only: the other kinds' bytes are read back (a date's, a NIR's, a
 * phone's shift or pseudonym, "J3-[12/03]").  A number's label glued
 * with nothing ("IPP40099999", "NIR1840...") is the label's word, not
 * the code's: an identifier's span grows over a sign only.  lo and hi
 * bound the span's growth (the spans around it). */
static void
span_take_whole_code(const char *t, size_t len, struct detect_span *p,
    size_t lo, size_t hi)
{
	const int word = p->kind == DETECT_NAME || p->kind == DETECT_INITIAL;
	size_t a, b;

	if (!word && p->kind != DETECT_ID)
		return;
	if (p->start > lo && code_byte((unsigned char)t[p->start]) &&
	    ((word && code_byte((unsigned char)t[p->start - 1])) ||
	    code_join((unsigned char)t[p->start - 1])) &&
	    code_around(t, len, p->start, &a, &b) && a < p->start)
		p->start = a > lo ? a : lo;
	if (p->end < hi && code_byte((unsigned char)t[p->end - 1]) &&
	    ((word && code_byte((unsigned char)t[p->end])) ||
	    code_join((unsigned char)t[p->end])) &&
	    code_around(t, len, p->end - 1, &a, &b) && b > p->end)
		p->end = b < hi ? b : hi;
}

/* Many spans (a long comment): sorted by qsort.  Out of line, with the
 * map back to the source's bytes below: most comments need neither, and
 * every comment runs finish_spans. */
static __attribute__((noinline, cold)) void
sort_many_spans(struct detect_scratch *s)
{
	qsort(s->spans, s->nspans, sizeof(s->spans[0]), span_cmp);
}

/* The text was normalized (textnorm): the spans back to the source's
 * bytes.  Two spans in one unit of the map (a line a right-to-left
 * override reversed, hostile32/33: "<RLO>tnopuD naeJ") map to the same
 * source bytes: they are one span then, the first's, up to the last one's
 * end (review30: scrub_apply read the second's start before the first's
 * end, a length below 0).  The end of a unit is walked once for all the
 * spans in it (textnorm_src_end walks to it from each span's end: a
 * line of names after one override took time quadratic in its length). */
static __attribute__((noinline)) void
spans_to_source(struct detect_scratch *s)
{
	const struct textnorm *tn = &s->tn;
	size_t n = 0, from = 0, walked = 0, walked_end = 0;

	for (size_t i = 0; i < s->nspans; i++) {
		struct detect_span q = s->spans[i];
		const size_t e = q.end;

		q.start = textnorm_src_start(tn, q.start);
		/* an end inside the unit walked already (from its bytes
		 * [from - 1, walked), one source offset): that unit's end */
		if (e >= from && e <= walked && e > 0 && from > 0)
			q.end = walked_end;
		else if (e == 0)
			q.end = textnorm_src_end(tn, e);
		else {
			for (from = e, walked = e; walked < tn->text.len &&
			    tn->map[walked] == tn->map[e - 1]; walked++)
				;
			q.end = walked_end = tn->map[walked];
		}
		if (n > 0 && q.start < s->spans[n - 1].end) {
			struct detect_span *p = &s->spans[n - 1];
			const size_t end = q.end > p->end ? q.end : p->end;

			/* one span: a date's shift reads its bytes as a
			 * date, so the other's kind if one is a date */
			if (p->kind == DETECT_DATE && q.kind != DETECT_DATE) {
				q.start = p->start;
				*p = q;
			}
			p->end = end;
			continue;
		}
		s->spans[n++] = q;
	}
	s->nspans = n;
}

/* In order (spans are disjoint); the words of one row value side by side
 * as one span ("Jean-Claude", "LE GOFF": one pseudonym each, not one per
 * word), and so the words of one name no row holds (one placeholder);
 * back to the source's bytes. */
static void
finish_spans(const char *t, size_t len, struct detect_scratch *s)
{
	size_t n = 0;

	/* Disjoint spans have distinct starts: any sort gives one order.  A
	 * comment has a few, mostly in order already. */
	if (s->nspans > 16)
		sort_many_spans(s);
	for (size_t i = 1; s->nspans <= 16 && i < s->nspans; i++) {
		struct detect_span x;
		size_t j = i;

		/* (a span is some hundred bytes: one in place is not copied
		 * out and back) */
		if (s->spans[i - 1].start <= s->spans[i].start)
			continue;
		x = s->spans[i];
		for (; j > 0 && s->spans[j - 1].start > x.start; j--)
			s->spans[j] = s->spans[j - 1];
		s->spans[j] = x;
	}
	for (size_t i = 0; i < s->nspans; i++) {
		struct detect_span *p = n > 0 ? &s->spans[n - 1] : NULL;
		const struct detect_span *q = &s->spans[i];

		if (q->end <= q->start)
			continue;	/* absorbed by an address (add_address) */
		/* one test of the three (mostly false, as a whole well
		 * predicted; the kinds alone are not) */
		if (p != NULL && ((p->kind == DETECT_NAME) &
		    (q->kind == DETECT_NAME) & (p->ctx == q->ctx)) &&
		    name_gap(t, p->end, q->start)) {
			p->end = q->end;
			continue;
		}
		if (n != i)
			s->spans[n] = *q;
		n++;
	}
	s->nspans = n;
	for (size_t i = 0; i < n; i++) {
		struct detect_span *q = &s->spans[i];
		const size_t lo = i > 0 ? s->spans[i - 1].end : 0;
		const size_t hi = i + 1 < n ? s->spans[i + 1].start : len;

		/* span_take_glued_parts' own first tests, asked first: few
		 * spans touch a hyphen, and a span's kind is as often a name
		 * as not (a branch the kind's test mispredicted, speed36c) */
		if ((q->start >= lo + 3 && t[q->start - 1] == '-') ||
		    (q->end + 3 <= hi && t[q->end] == '-')) {
			if (q->kind == DETECT_NAME && (q->ctx >= 0 ||
			    memchr(t + q->start, ' ', q->end - q->start) !=
			    NULL))
				span_take_glued_parts(t, len, q, lo, hi);
		}
		/* a span glued to a letter, a digit or a code's sign on
		 * either side: most spans end at a space or a stop */
		if ((q->start > lo && (code_byte((unsigned char)t[q->start - 1]) ||
		    code_join((unsigned char)t[q->start - 1]))) ||
		    (q->end < hi && (code_byte((unsigned char)t[q->end]) ||
		    code_join((unsigned char)t[q->end]))))
			span_take_whole_code(t, len, q, lo, hi);
	}
	if (s->tn.changed)
		spans_to_source(s);
}

/* The bit map of taken bytes, cleared for a text of len bytes. */
static int
reset_taken(struct detect_scratch *s, size_t len)
{
	size_t need = len / 64 + 1;

	if (need > s->taken_cap) {
		uint64_t *g = realloc(s->taken, need * sizeof(*g));
		if (g == NULL)
			return -ENOMEM;
		s->taken = g;
		s->taken_cap = need;
	}
	memset(s->taken, 0, need * sizeof(*s->taken));
	return 0;
}

/*
 * The rules, strongest first (a span is never taken twice), each behind
 * its gate: what a comment must hold for the rule to find anything (a
 * word flag W_*, a dictionary bit D_* of some word, both or-ed over the
 * comment by tokenize; a kind of span already found).  A rule whose gate
 * is shut is not entered, so its code is not fetched: a comment of some
 * eighty bytes runs a dozen of the thirty-odd rules, and the detectors'
 * code no longer fits the instruction cache (docs/performance.md, "Scrub
 * throughput, sixth pass").
 *
 * A new rule declares its gate here, on the line that runs it, through
 * HAS (comment_has: W_ flags all there, one of the D_ bits), KIND
 * (has_span_kind), TBANY, TBALL, HINT and NOGATES (see ON), joined by
 * & and | (never && or ||: in run_rules_many each is a mask of the
 * batch's texts), to the kinds it looks for (names, email ...:
 * RULES_LOCALS) by ON, or OPT for an option alone; its costly tests
 * (summary_has, signature_tail) are XT's second argument, asked of each
 * text whose gate is open; and its function says "(detect_run's gate)"
 * where it says what it starts from.  A rule that adds a W_ or D_ flag
 * to the comment's (scan_split_names' D_TITLE) must say so to gm_has.  A gate may only skip what cannot find
 * anything: test_scrub_gates runs every rule on every comment (the
 * -DDETECT_NO_GATES build, where every gate is open) and must find the
 * same spans.  A rule that needs another table of words gets a D_ bit
 * (dict_init) rather than a walk over the words to decide.
 *
 * The list is written once, RULES, and expanded twice: run_rules runs it
 * in line over one comment (detect_run); run_rules_many runs each rule over a
 * batch of comments, each with its own scratch (detect_run_many, scrub
 * ahead's way: a rule's code stays in the instruction cache over the
 * batch).  A gate reads the options and its own comment only.
 */
#define RULES(X, XT)							\
	X(email ON (NOGATES | TBANY(TB_AT)),				\
	    scan_emails(text, len, row, nrow, s))			\
	X(email ON (NOGATES | TBANY(TB_PAREN | TB_BRACKET)),		\
	    scan_bracket_emails(text, len, s))				\
	X(email ON CUE(0, C_MAILAT), scan_word_emails(text, len, s))	\
	X(email ON (NOGATES | TBANY(TB_CODE)),				\
	    scan_coded_emails(text, len, s))				\
	/* (speed37b) an account starts two letters before a digit	\
	 * word ("FR76", "FR 76") or is a RIB of eleven digits:	\
	 * tokenize's iban_may, once a digit word */			\
	X(iban ON (NOGATES | HINT(iban_hint)), scan_ibans(text, len, s))	\
	X(OPT(o->ident != NULL),					\
	    scan_identity_phones(text, len, s, o->ident))		\
	/* (speed32f) a walk starts only at a digit word with a		\
	 * look-alike letter glued before or after (tokenize's hint,	\
	 * the same two bytes) or a line break after (break_gap: a	\
	 * '\n' in the text): in no other comment does it start	\
	 * one */							\
	X(AND(HAS(W_DIGIT, 0), OR(NOGATES, HINT(lookalike_hint) |	\
	    TBANY(TB_NEWLINE))),					\
	    scan_lookalike_numbers(o->kinds, text, len, row, nrow, s))	\
	X(HAS(W_DIGIT, 0), scan_numbers(o, text, len, row, nrow, s))	\
	X(phone ON (HAS(W_PHONECUE, 0) | HINT(zero_hint)),		\
	    scan_spelled_phones(text, row, nrow, s))			\
	/* leaks48: a phone or a NIR said in words, digits mixed in	\
	 * (a number word in the comment) */				\
	X(CUE(0, C_NUMWORD),						\
	    scan_spoken_numbers(o->kinds, text, row, nrow, s))		\
	X(dates ON HAS(W_DIGIT, D_MONTH), scan_text_dates(text, len, s))	\
	X(dates ON (HAS(W_DIGIT, 0) | HAS(0, D_MONTH)),			\
	    scan_partial_dates(text, len, s))				\
	X(dates ON CUE(0, C_MOISCUE), scan_spelled_days_of_month(text, s))	\
	/* (dev25) a day said again with its month after "euh" */	\
	X(dates ON (KIND(DETECT_BIT(DETECT_DATE)) & CUE(0, C_EUH)),		\
	    scan_repeated_days(text, s))					\
	/* (speed31f) week_at's first test: the word before the number	\
	 * is the "S" alone (fold "s"), "semaine" or "sem", each	\
	 * C_WEEKCUE */							\
	X(dates ON CUE(W_DIGIT, C_WEEKCUE), scan_week_numbers(text, len, s))	\
	X(dates ON (HAS(W_DIGIT, D_ENGFUNC) | CUE(W_DIGIT, C_ENGMONTH)),	\
	    scan_english_dates(text, s))				\
	X(id ON HAS(W_DIGIT, 0), scan_labeled_ids(text, len, row, nrow, s))	\
	/* (recall25) an insurer's name (detect_insurer_names: C_INSURER,	\
	 * the union's only) right before its member's number */	\
	X(id ON CUE(W_DIGIT, C_INSURER), scan_insurer_numbers(text, len, s))	\
	/* (recall24) a code with the X of an unknown person has a	\
	 * '-' (TB_HYPHEN); its other forms and a study's number a	\
	 * word of recall_id_cues (C_IDCUE) */				\
	X(id ON (CUE(W_DIGIT, C_IDCUE) |				\
	    (HAS(W_DIGIT, 0) & (NOGATES | TBANY(TB_HYPHEN)))),		\
	    scan_provisional_ids(text, len, s))			\
	X(id ON CUE(W_DIGIT, C_IDCUE), scan_study_ids(text, len, s))	\
	/* (recall27) a desk's, a bank's or an insurer's reference	\
	 * after its word ("Ticket INC0048813"); (recall28) a file	\
	 * number's shape after "code" too, C_BOOKING's ("code client	\
	 * ... plateforme HOP-7721") */					\
	X(id ON CUE(W_DIGIT, C_REFCODE | C_BOOKING),			\
	    scan_reference_codes(text, len, s))			\
	/* (recall27) a card's or an account's last digits */		\
	X(id ON CUE(W_DIGIT, C_ENDING), scan_number_endings(text, len, s)) \
	X(id ON CUE(W_IDLABEL, C_NUMWORD), scan_spelled_ids(text, s))	\
	/* (speed31e) without a plate's cue (W_PLATECUE) scan_plates is	\
	 * scan_hyphen_plates, whose plates have a '-' glued before	\
	 * their digit word (TB_HYPHEN) */				\
	X(id ON (HAS(W_DIGIT | W_PLATECUE, 0) |				\
	    (HAS(W_DIGIT, 0) & (NOGATES | TBANY(TB_HYPHEN)))),		\
	    scan_plates(text, len, s))					\
	/* (speed31f) every position but a "///" one has a digit word	\
	 * gps_may_hold asks for, marked W_GPSNUM by tokenize: four	\
	 * digits or more after '.' or ',' (gps_decimal's decimals), a	\
	 * degree sign after (gps_dms), the "3" of "what3words" (gps_at	\
	 * reads its form only there, or in a text with "///"); "///"	\
	 * has its '/' (TB_SLASH) */					\
	X(address ON OR(HAS(W_GPSNUM, 0), OR(NOGATES, TBANY(TB_SLASH))),	\
	    scan_gps_coordinates(text, len, s))				\
	/* (speed31e) every handle follows a label (W_ACCOUNT): the	\
	 * rule's first test */					\
	X(id ON HAS(W_ACCOUNT, 0), scan_account_handles(text, len, s))	\
	/* (speed31e) a number after a document's label (W_DOCLABEL), or	\
	 * a hyphenated code, whose '-' (TB_BULLET) and group of	\
	 * capitals (W_UPPER) the rule asks before its walk */		\
	X(id ON (HAS(W_DIGIT | W_DOCLABEL, 0) |				\
	    (HAS(W_DIGIT | W_UPPER, 0) & (NOGATES | TBANY(TB_BULLET)))),	\
	    scan_document_numbers(text, len, s))			\
	/* (dev25) a booking code after "code": capitals, '-', digits */	\
	X(id ON AND(CUE(W_DIGIT, C_BOOKING) & HAS(W_UPPER, 0),		\
	    OR(NOGATES, TBANY(TB_HYPHEN))), scan_booking_codes(text, s))	\
	X(diag ON (HAS(W_DIGIT, 0) | HAS(0, D_TERM) | HAS(W_ACRO, 0) |	\
	    HAS(W_UPPER, 0)),						\
	    scan_terms(text, len, o->diagnosis_groups, s))		\
	X(diag ON HAS(W_NEW, 0), scan_slips(text, o->diagnosis_groups, s))	\
	X(diag ON HAS(0, D_TFIRST),					\
	    scan_sero_sign(text, len, o->diagnosis_groups, s))		\
	X(diag ON HAS(W_DIGIT | W_CAP, 0),				\
	    scan_ocr_terms(text, o->diagnosis_groups, s))		\
	X(diag ON KIND(DETECT_BIT(DETECT_DIAGNOSIS)),			\
	    scan_cued_terms(text, len, o->diagnosis_groups, s))		\
	X(OPT(1), scan_row_names(text, row, nrow, s))			\
	/* (xcell37) a row value cut at the boundary of two of the	\
	 * row's scrubbed cells: only a cell given their ends */	\
	X(CELLS, scan_cell_ends(text, row, nrow, s))			\
	X(OPT(o->ident != NULL), scan_identity(text, s, o->ident))	\
	X(address ON HAS(W_SHELTER, 0), scan_shelters(text, s))		\
	X(names ON (HAS(W_UPPER, D_PARTICLE) & HAS(W_CAP, D_FIRST)),	\
	    scan_capital_particle_names(text, s))			\
	X(OPT(address), scan_addresses(text, s))			\
	X(address ON HAS(W_STAY, 0), scan_stays(text, s))		\
	X((names | address) ON (NOGATES |				\
	    TBALL(TB_DQUOTE | TB_COLON) | TBANY(TB_CHATMARK | TB_QMARK)),	\
	    scan_keyed_values(text, len, s, names != 0, address != 0))	\
	X(names ON (HINT(ocr_hint) | HAS(0, D_SPLITT)),			\
	    scan_split_names(text, s))					\
	X((names | address) ON (NOGATES | TBANY(TB_EQUALS)),		\
	    scan_equal_records(text, len, s, names != 0, address != 0))	\
	X(names ON (NOGATES | TBANY(TB_QMARK)), scan_lost_letter_names(text, s))	\
	X(names ON HAS(0, D_TITLE | D_RELATIVE), scan_titles(text, s))	\
	X(names ON HAS(0, D_FIRST | D_LAST), scan_dictionary(text, s))	\
	XT(names ON KIND(DETECT_BIT(DETECT_DATE) | DETECT_BIT(DETECT_ID)),	\
	    summary_has(s, NS_BORN), scan_born_names(text, s))		\
	X(names ON HAS(0, D_RELATIVE | D_RELATION | D_RELCUE),		\
	    scan_relations(text, s))					\
	X(names ON HAS(0, D_SPEECH), scan_speakers(text, s))		\
	X(names ON (HAS(W_CAP, 0) | HAS(W_UPPER, 0)),			\
	    scan_unknown_pairs(text, s))				\
	/* (speed31e) every word it reads is glued to the next by ' or	\
	 * U+2019 (TB_APOS, TB_XE2): the rule's first test */		\
	X(names ON ((HAS(0, D_TITLE) | KIND(DETECT_BIT(DETECT_NAME))) &	\
	    (NOGATES | TBANY(TB_APOS | TB_XE2))),			\
	    scan_glottal_names(text, s))				\
	X(names ON KIND(DETECT_BIT(DETECT_NAME)), scan_name_neighbours(text, s))	\
	X(OPT(names), scan_shape_names(text, s))			\
	X(names ON HAS(0, D_RELATIVE | D_TITLE), scan_lower_names(text, s))	\
	XT(names ON HAS(0, D_FIRST), summary_has(s, NS_LOWER_FIRST),	\
	    scan_lower_first_pairs(text, s))				\
	X(names ON AND(HAS(W_UPPER, D_TITLE), OR(NOGATES, TBANY(TB_COMMA))),	\
	    scan_comma_first_names(text, s))				\
	/* (dev25) a signature after a sign-off or a sentence's end, a	\
	 * variant spelling after its cue, a first name in lower case	\
	 * after "signé" or a message's "de" */				\
	X(names ON HAS(W_CAP, 0), scan_signoff_names(text, s))		\
	X(names ON (CUE(W_CAP, C_VARIANT) | CUE(W_UPPER, C_VARIANT)),	\
	    scan_variant_spellings(text, s))				\
	X(names ON (HAS(0, D_FIRST) & CUE(0, C_SIGNED)),		\
	    scan_cued_lower_names(text, s))				\
	/* (dev27) a name after a chat mention's '@', a name inside a	\
	 * file's name ("CR_Virtanen_07122025.pdf") */			\
	X(names ON (NOGATES | TBANY(TB_AT)), scan_chat_mentions(text, s))	\
	X(names ON (NOGATES | TBANY(TB_USCORE)), scan_file_name_caps(text, s))	\
	X(names ON (HAS(W_CAP, 0) & (NOGATES | TBANY(TB_COMMA | TB_PAREN))),	\
	    scan_bare_names_before_age(text, s))			\
	X(names ON (HAS(0, D_NAMECUE | D_MSGCUE) |			\
	    TBANY(TB_DQUOTE | TB_XAB | TB_X9C) |				\
	    (TBANY(TB_APOS) & (HAS(0, D_TITLE | D_RELATIVE) |		\
	    HAS(W_ROLE, 0)))),						\
	    scan_name_cues(text, s))					\
	X(names ON CUE(W_CAP, C_BIRTHCUE), scan_birth_names(text, len, s))	\
	/* (recall28) "le pasteur Ndikumana": a minister's title that is	\
	 * a surname too (minister_title_words, C_MINISTER) */		\
	X(names ON (CUE(W_CAP, C_MINISTER) | CUE(W_UPPER, C_MINISTER)),	\
	    scan_minister_names(text, s))				\
	X(names ON (KIND(DETECT_BIT(DETECT_NAME)) &			\
	    (NOGATES | TBANY(TB_SLASH))), scan_name_spellings(text, s))	\
	X(names ON AND(HAS(W_DIGIT, 0) | TBANY(TB_CHATMARK | TB_BULLET),	\
	    OR(NOGATES, TBANY(TB_COLON))), scan_chat_senders(text, s))	\
	X(names ON AND(HAS(W_CAP, 0), OR(NOGATES, TBANY(TB_COLON))),	\
	    scan_attendance_lists(text, s))				\
	X(names ON (NOGATES | TBANY(TB_COLON)), scan_mail_headers(text, s))	\
	X(names ON (KIND(DETECT_BIT(DETECT_EMAIL)) &			\
	    (NOGATES | TBANY(TB_CHATMARK | TB_BRACKET))),		\
	    scan_mail_names(text, s))					\
	/* (speed31e) after a title only cue_title_eponyms (a name found	\
	 * and an eponym) and cue_caps_after_titles (a word in capitals)	\
	 * run: scan_name_tails' own tests */				\
	X(names ON ((HAS(0, D_RELATIVE | D_RELATION) &			\
	    (KIND(DETECT_BIT(DETECT_NAME)) | HAS(0, D_LAST))) |		\
	    (HAS(0, D_TITLE) & ((KIND(DETECT_BIT(DETECT_NAME)) &		\
	    HAS(0, D_EPONYM)) | HAS(W_UPPER, 0)))),			\
	    scan_name_tails(text, s))					\
	X(names ON AND(KIND(DETECT_BIT(DETECT_NAME)), OR(NOGATES,	\
	    AND(TBANY(TB_BULLET), TBANY(TB_NEWLINE)))),			\
	    scan_name_cut_tails(text, s))				\
	X(names ON (HAS(W_SPACED, 0) | HAS(W_ACRO, 0)),			\
	    scan_spelled_names(text, s))				\
	/* (names39) two initials "A V", "A-V" beside a name found */	\
	X(names ON (HAS(W_SPACED, 0) & KIND(DETECT_BIT(DETECT_NAME))),	\
	    scan_spaced_initials(text, s))				\
	/* (names40) a word in another script in a French text: a	\
	 * letter's lead byte beyond Latin (TB_SCRIPT) */		\
	X(names ON (NOGATES | TBANY(TB_SCRIPT)),			\
	    scan_script_names(text, s))				\
	/* (recall25) its units hold a capitalized word and "comme"	\
	 * (dictated_cue_words: C_DICTATED, a cue, with the words that	\
	 * say a spelling, "épelle", "orthographe"), or (recall26) a	\
	 * letter alone and a capital one to three bytes after it, as	\
	 * "D Delta" (W_SPACED) */					\
	X(names ON OR(CUE(W_CAP, C_DICTATED), HAS(W_SPACED, 0)),	\
	    scan_dictated_spellings(text, s))				\
	/* (speed31e) the letters are joined by '_' or '-' alone	\
	 * (TB_USCORE, TB_HYPHEN: TB_BULLET's '*' and bullets are none) */	\
	X(names ON AND(KIND(DETECT_BIT(DETECT_NAME)),			\
	    OR(NOGATES, TBANY(TB_HYPHEN | TB_USCORE))),			\
	    scan_spelled_name_tails(text, s))				\
	X(names ON HINT(name_mask), scan_name_repeats(text, s))		\
	XT(names ON KIND(DETECT_BIT(DETECT_NAME)),			\
	    detect_no_gates || (s->text_bytes & TB_COMMA) != 0 ||	\
	    summary_has(s, NS_ETOU), scan_name_coordination(text, s))	\
	XT(names ON HAS(W_CAP, 0), summary_has(s, NS_ETOU),		\
	    scan_et_word_surnames(text, s))				\
	XT(OPT(names), detect_no_gates || signature_tail(text, s),	\
	    scan_signature_initials(text, s))				\
	X(names ON HAS(W_DOT | W_CAP, D_PARTICLE),			\
	    scan_initial_particle_names(text, s))			\
	X(names ON HAS(W_CAP, D_PARTICLE), scan_cue_particle_names(text, s))	\
	X(names ON (HAS(0, D_PARTICLE) & HAS(0, D_NAMECUE)),		\
	    scan_label_particle_names(text, s))			\
	X(HAS(W_DOT, 0) & KIND(name_spans),				\
	    scan_initials(text, row, nrow, s))				\
	X(HAS(0, D_PARTICLE) & KIND(name_spans), scan_particles(text, s))	\
	X(names ON KIND(DETECT_BIT(DETECT_PHONE)), scan_phone_names(text, s))	\
	X(names ON (KIND(DETECT_BIT(DETECT_NAME)) &			\
	    (NOGATES | TBANY(TB_APOS))),				\
	    scan_name_apostrophe_tails(text, s))			\
	X(names ON KIND(DETECT_BIT(DETECT_NAME)), scan_name_glued(text, s))	\
	X(names ON (HAS(W_ARABPART, 0) & KIND(DETECT_BIT(DETECT_NAME))),	\
	    scan_arabic_particle_tails(text, s))			\
	X(names ON (HAS(W_UPPER, 0) | HAS(W_CAP, 0)),			\
	    scan_asian_triples(text, s))				\
	X(names ON (HAS(W_UPPER, 0) |					\
	    (HAS(W_CAP, 0) & HAS(W_PERSONACT, 0))),			\
	    scan_cue_word_surnames(text, s))				\
	X(names ON (KIND(DETECT_BIT(DETECT_NAME)) | HAS(W_CAP, D_AMBIG)), \
	    scan_head_word_surnames(text, s))				\
	/* (speed47) asian_given_tail's third word (a word in capitals)	\
	 * and names45's given names after a family name (a capitalized	\
	 * word), one walk of the name spans */			\
	X(names ON ((HAS(W_UPPER, 0) | HAS(W_CAP, 0)) &			\
	    KIND(DETECT_BIT(DETECT_NAME))),				\
	    scan_asian_tails(text, s, comment_has(s, W_UPPER, 0),	\
	    comment_has(s, W_CAP, 0)))					\
	X(names ON HAS(W_INITCUE, 0), scan_initials_table(text, s))	\
	X(names ON (NOGATES | HINT(caret_hint)), scan_hl7_names(text, s))	\
	X(names ON (HINT(caret_hint) | HAS(0, D_FEWCUE)),		\
	    scan_file_names(text, s))					\
	X(names ON HAS(0, D_FEWCUE), scan_url_names(text, s))		\
	/* (recall25) a row pasted with " / ", ", " or runs of spaces	\
	 * has no byte of its own (two spaces): every comment with a	\
	 * date, a phone or an address; anchor_row_sep reads the bytes	\
	 * beside each such span first */				\
	X(names ON KIND(DETECT_BIT(DETECT_DATE) |			\
	    DETECT_BIT(DETECT_PHONE) | DETECT_BIT(DETECT_ADDRESS)),	\
	    scan_table_cells(text, s))					\
	/* (speed31e) a table's heading has a word of W_HEADFIRST	\
	 * (table_heading_word, the rule's first test) */		\
	X(names ON ((NOGATES | TBANY(TB_CELL | TB_SEMI)) &		\
	    HAS(W_HEADFIRST, 0)), scan_table_name_columns(text, s))	\
	/* (speed31e) its first test is slash_gap: a '/' between two	\
	 * spaces (TB_SLASH) */						\
	X(names ON ((NOGATES | HAS(0, D_NAMECUE)) &			\
	    (NOGATES | TBANY(TB_SLASH))), scan_slash_table_names(text, s))	\
	X(names ON HAS(0, D_PHARMACY), scan_pharmacy_owners(text, s))	\
	X(names ON AND(HAS(0, D_INSTHEAD | D_PHARMACY),			\
	    KIND(DETECT_BIT(DETECT_NAME))), scan_owner_compounds(text, s))	\
	/* (speed31e) two capitals alone joined by '-' (hyphen_capitals,	\
	 * the rule's first test: TB_HYPHEN, two W_CAP words) */	\
	X(names ON (KIND(DETECT_BIT(DETECT_NAME) |			\
	    DETECT_BIT(DETECT_INITIAL)) & HAS(W_CAP, 0) &		\
	    (NOGATES | TBANY(TB_HYPHEN))), scan_hyphen_initials(text, s))	\
	XT(names ON (HAS(W_DIGIT | W_CAP, 0) & (NOGATES | TBANY(TB_PAREN))),	\
	    summary_has(s, NS_AVEC | NS_ETOU), scan_aged_names(text, len, s))	\
	X(address ON KIND(DETECT_BIT(DETECT_ADDRESS)),			\
	    scan_address_lines(text, s))					\
	/* (dev25) a unit and its building, "de la" between */		\
	X(address ON KIND(DETECT_BIT(DETECT_ADDRESS)),			\
	    scan_unit_of_building(text, s))				\
	/* (speed31e) after a name only scan_localities runs, from a	\
	 * name's span and ", " after it (TB_COMMA); the others read an	\
	 * address found (scan_homes' own test) */			\
	X(address ON (KIND(DETECT_BIT(DETECT_ADDRESS)) |		\
	    (KIND(DETECT_BIT(DETECT_NAME) | DETECT_BIT(DETECT_INITIAL)) &	\
	    (NOGATES | TBANY(TB_COMMA)))), scan_homes(text, s))		\
	/* (recall28: after the homes, whose name a bed may precede,	\
	 * "lit 3 au CHRS Les Glycines") a bed's or a pitch's number	\
	 * beside an address */					\
	X(address ON KIND(DETECT_BIT(DETECT_ADDRESS)),			\
	    scan_shelter_beds(text, s))				\
	X(id ON (KIND(DETECT_BIT(DETECT_NAME) |				\
	    DETECT_BIT(DETECT_INITIAL) | DETECT_BIT(DETECT_DATE)) &	\
	    (NOGATES | TBANY(TB_SLASH | TB_CELL | TB_SEMI))),		\
	    scan_table_row_numbers(text, len, s))			\
	/* (recall27) a birth's or a death's year alone, recall first */	\
	X(dates ON AND(HAS(W_DIGIT, 0), OPT(o->recall)),		\
	    scan_event_years(text, len, s))				\
	X(OPT(o->recall), scan_recall(text, len, s))

/* What the gates of RULES read. */
#define RULES_LOCALS							\
	unsigned k = o->kinds;						\
	int names = (k & DETECT_BIT(DETECT_NAME)) != 0;			\
	int dates = (k & DETECT_BIT(DETECT_DATE)) != 0;			\
	int email = (k & DETECT_BIT(DETECT_EMAIL)) != 0;		\
	int iban = (k & DETECT_BIT(DETECT_IBAN)) != 0;			\
	int phone = (k & DETECT_BIT(DETECT_PHONE)) != 0;		\
	int id = (k & DETECT_BIT(DETECT_ID)) != 0;			\
	int address = (k & DETECT_BIT(DETECT_ADDRESS)) != 0;		\
	int diag = (o->diagnosis_groups != 0) &				\
	    ((k & DETECT_BIT(DETECT_DIAGNOSIS)) != 0);			\
	unsigned name_spans = DETECT_BIT(DETECT_NAME) |			\
	    DETECT_BIT(DETECT_INITIAL)

/* ON joins a gate's option (names, email ...: RULES_LOCALS, the same
 * for every comment) to its tests of the comment.  In run_rules it is
 * &&: a branch on the option, which the CPU predicts, then one on the
 * comment's tests.  In run_rules_many it is a product: there the option
 * (0 or 1) scales a mask of the batch's texts (RUN_MASK).  OPT is a gate
 * that is an option alone.
 *
 * The tests of one comment a gate may make, written as these words so
 * that one list serves both ways of running it: here (run_rules) each is
 * the comment's 0 or 1; in run_rules_many each is a mask of the batch's
 * texts (GM_*), and the gate's & and | join the masks of every text at
 * once.  HAS: comment_has; KIND: has_span_kind; TBANY, TBALL: some, or
 * every, TB_ byte of the set is in the text; HINT: a hint of the
 * scratch is not 0 (in run_rules_many a row gm_make makes, named
 * gm_hint_row_<field>: a new hint adds one; under DETECT_NO_GATES as read: write NOGATES | before
 * it where a rule may run without it); NOGATES: detect_no_gates; AND and
 * OR: && and || here (a second test asked only when the first leaves it
 * to decide: as written before speed31b, whose & and | there cost some
 * 10,000 mispredictions a pass comment by comment), & and | there.  A
 * test of its own comment that costs more (summary_has, signature_tail)
 * is XT's second argument: asked, as a && after the gate, of each text
 * whose gate is open. */
#define ON &&
#define OPT(x)		(x)
#define HAS(w, d)	comment_has(s, (w), (d))
#define CUE(w, c)	comment_cue(s, (w), (c))
#define KIND(k)		has_span_kind(s, (k))
#define TBANY(b)	((s->text_bytes & (b)) != 0)
#define TBALL(b)	((s->text_bytes & (b)) == (b))
#define HINT(f)		(s->f != 0)
/* (xcell37) the text was given the ends of the cells beside it
 * (row_take_cell_ends): not a gate NOGATES opens, the rule reads what
 * this run set only */
#define CELLS		cells
#define NOGATES		detect_no_gates
#define AND(a, b)	((a) && (b))
#define OR(a, b)	((a) || (b))
#define RUN(gate, call)							\
	if ((gate) && (r = (call)) != 0)				\
		return r;
#define RUN_T(gate, test, call)						\
	if ((gate) && (test) && (r = (call)) != 0)			\
		return r;

/* The kinds a gate of RULES reads (RULES_LOCALS) but diagnoses, whose
 * option also reads the groups. */
#define RULES_KINDS	(DETECT_BIT(DETECT_NAME) | DETECT_BIT(DETECT_DATE) | \
	DETECT_BIT(DETECT_EMAIL) | DETECT_BIT(DETECT_IBAN) |		\
	DETECT_BIT(DETECT_PHONE) | DETECT_BIT(DETECT_ID) |		\
	DETECT_BIT(DETECT_ADDRESS))

/* Every rule, in order; all: every kind of RULES_KINDS is asked, so the
 * options' tests fold away (run_rules). */
static inline __attribute__((always_inline)) int
run_rules_with(const struct detect_options *o, const char *text, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s,
    int cells, int all)
{
	RULES_LOCALS;
	int r;

	if (all)
		names = dates = email = iban = phone = id = address = 1;
	RULES(RUN, RUN_T)
	(void)name_spans;
	return 0;
}

static __attribute__((noinline)) int
run_rules_all(const struct detect_options *o, const char *text, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s,
    int cells)
{
	return run_rules_with(o, text, len, row, nrow, s, cells, 1);
}

static __attribute__((noinline)) int
run_rules_some(const struct detect_options *o, const char *text, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s,
    int cells)
{
	return run_rules_with(o, text, len, row, nrow, s, cells, 0);
}

/* Every rule, in order.  A policy asks every kind (scrub_spans, the
 * default policy): then the rules run in a copy of their list where the
 * option's test of each gate is gone (some fifty gates test `names`, a
 * load from the stack, a test and a branch each, every comment:
 * docs/performance.md, speed24c); the gates' tests of the comment are the
 * same in both. */
static int
run_rules(const struct detect_options *o, const char *text, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s,
    int cells)
{
	if ((o->kinds & RULES_KINDS) == RULES_KINDS)
		return run_rules_all(o, text, len, row, nrow, s, cells);
	return run_rules_some(o, text, len, row, nrow, s, cells);
}

/* The lists of detect_int.h WC_* before WC_LATE, each made when a rule
 * first asks it for the comment (word_class): a rule's gate shut, or a
 * comment without the class's flags, and it is not made (speed23b: one
 * walk for the five lists, made for every comment, was some 70
 * instructions a word, and half the comments ask two or three of them).
 * A list reads the words' class bytes (detect_int.h WCB_*, tokenize)
 * eight at a time and visits only the words whose bytes may belong
 * (wc_sparse): a walk that tested every word's flags, a store and an add
 * a word with no branch, was ten to thirty instructions a word and list
 * (speed27b).  The lists read the words' flags, folds' lengths and the
 * bytes between words, none of which a rule changes (scan_split_names'
 * D_TITLE goes to a D_SPLITT word, which WC_TITLE already lists): made
 * early or late, the same lists.  A class whose flags no word of the
 * comment has is empty at once (comment_has, which says yes under
 * DETECT_NO_GATES: there every list is made, and test_scrub_gates
 * compares the lists). */

#if !defined(__SSE2__)
/* The portable walk's helpers (wc_sparse without SSE2); clang's
 * -Wunused-function counts an unused static inline, and `make fuzz`
 * (clang) failed on them (hostile27). */
#define WCB_ONES	0x0101010101010101ull

/* The class bytes of words i to i + 7, word i in the low byte. */
static inline uint64_t
wcb_load(const uint8_t *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

/* The high bit of each byte of x that is not 0 (no carry crosses a
 * byte: (b & 0x7f) + 0x7f is at most 0xfe). */
static inline uint64_t
wcb_nonzero(uint64_t x)
{
	return (((x & 0x7f * WCB_ONES) + 0x7f * WCB_ONES) | x) &
	    0x80 * WCB_ONES;
}
#endif

/* Word i, whose class byte let it through, belongs to list c. */
static inline __attribute__((always_inline)) unsigned
wc_member(const struct detect_scratch *s, size_t i, int c)
{
	const struct detect_word *w = &s->words[i];
	unsigned b = s->wcls[i];

	switch (c) {
	case WC_NEAR:
		/* no number: capitalized, of three letters or more, or of
		 * two or fewer glued to the word before by ' or - */
		return ((b & W_DIGIT) == 0) & ((((b & (W_CAP | W_UPPER)) !=
		    0) & (w->nchars >= 3)) | (((b & WCB_GLUED) != 0) &
		    (w->nchars <= 2)));
	case WC_RELATION:
		return (w->dflags & (D_RELATIVE | D_RELATION | D_RELCUE)) != 0;
	case WC_TITLE:
		/* (D_SPLITT: a title OCR cut in two, which scan_split_names
		 * makes D_TITLE before scan_titles runs) */
		return (w->dflags & (D_TITLE | D_RELATIVE | D_SPLITT)) != 0;
	case WC_PARTICLE:
		/* a particle that is no letter and its dot ("D.") */
		return (w->nchars != 1) | ((w->flags & W_DOT) == 0);
	case WC_NAMECUE:
		return (w->dflags & D_NAMECUE) != 0;
	case WC_INITIAL:
		/* a letter and its dot, or a fold of one letter */
		return (w->nchars == 1) | (w->fold_len == 1);
	case WC_SUBJVERB:
		return (w->dflags & D_SUBJVERB) != 0;
	case WC_CAPTITLED:
		/* word i a title joined to word i + 1, in capitals */
		return w->joined & ((w->dflags & (D_TITLE | D_SPLITT)) != 0);
	default:	/* WC_PAIR: the bytes say it all */
		return 1;
	}
}

/* List c into l: i + off for each word i in [from, to) whose class byte
 * has a bit of here and, if next, the byte of word i + 1 a bit of next,
 * and that wc_member says belongs; in order (to is nwords or nwords - 1).
 * Sixteen words a step with SSE2 (eight without), then a word's test
 * where the bytes let it through: a comment's words are some fifteen,
 * the words a list holds a few. */
static inline __attribute__((always_inline)) size_t
wc_sparse(const struct detect_scratch *s, uint32_t *l, size_t from,
    size_t to, unsigned here, unsigned next, size_t off, int c)
{
	const uint8_t *cb = s->wcls;
	uint32_t *o = l;

#if defined(__SSE2__)
	const __m128i zero = _mm_setzero_si128();

	for (size_t b = from; b < to; b += 16) {
		unsigned hits = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)
		    (cb + b)), _mm_set1_epi8((char)here)), zero)) & 0xffff;

		if (next)
			hits &= ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			    _mm_and_si128(_mm_loadu_si128((const __m128i *)
			    (const void *)(cb + b + 1)), _mm_set1_epi8((char)
			    next)), zero));
		while (hits != 0) {
			size_t i = b + (size_t)__builtin_ctz(hits);

			hits &= hits - 1;
			*o = (uint32_t)(i + off);
			o += wc_member(s, i, c);
		}
	}
#else
	for (size_t b = from; b < to; b += 8) {
		uint64_t hits = wcb_nonzero(wcb_load(cb + b) & here * WCB_ONES);

		if (next)
			hits &= wcb_nonzero(wcb_load(cb + b + 1) &
			    next * WCB_ONES);
		while (hits != 0) {
			size_t i = b + (size_t)__builtin_ctzll(hits) / 8;

			hits &= hits - 1;
			*o = (uint32_t)(i + off);
			o += wc_member(s, i, c);
		}
	}
#endif
	/* The bytes past the last word are 0 (tokenize), so no word past
	 * it is listed, and a last step needs no mask: only word to, the
	 * last word when to is nwords - 1, may have been, last. */
	if (o > l && o[-1] >= to + off)
		o--;
	return (size_t)(o - l);
}

static inline __attribute__((always_inline)) void
word_class_make(struct detect_scratch *s, int c)
{
	uint32_t *l = s->wclass + (size_t)c * s->wclass_cap;
	size_t n = s->nwords, k = 0;

	if (n > 0) {
		switch (c) {
		case WC_PAIR:
			/* a capitalized word, and the next one capitalized or
			 * a particle */
			if (comment_has(s, W_CAP, 0) | comment_has(s, W_UPPER, 0))
				k = wc_sparse(s, l, 0, n - 1, W_CAP | W_UPPER,
				    W_CAP | W_UPPER | WCB_PART, 0, WC_PAIR);
			break;
		case WC_NEAR:
			k = wc_sparse(s, l, 0, n, W_CAP | W_UPPER | WCB_GLUED,
			    0, 0, WC_NEAR);
			break;
		case WC_RELATION:
			if (comment_has(s, 0, D_RELATIVE | D_RELATION |
			    D_RELCUE))
				k = wc_sparse(s, l, 0, n - 1, WCB_RELTITLE, 0, 0,
				    WC_RELATION);
			break;
		case WC_TITLE:
			if (comment_has(s, 0, D_TITLE | D_RELATIVE | D_SPLITT))
				k = wc_sparse(s, l, 0, n - 1, WCB_RELTITLE, 0, 0,
				    WC_TITLE);
			break;
		case WC_PARTICLE:
			if (comment_has(s, 0, D_PARTICLE))
				k = wc_sparse(s, l, 0, n - 1, WCB_PART, 0, 0,
				    WC_PARTICLE);
			break;
		/* the late ones (no gate of their own: their rules' gates
		 * asked the comment's flags) */
		case WC_NAMECUE:	/* not the last word */
			k = wc_sparse(s, l, 0, n - 1, WCB_CUEVERB, 0, 0,
			    WC_NAMECUE);
			break;
		case WC_INITIAL:
			k = wc_sparse(s, l, 0, n, W_DOT, 0, 0, WC_INITIAL);
			break;
		case WC_SUBJVERB:	/* not the first word */
			k = wc_sparse(s, l, 1, n, WCB_CUEVERB, 0, 0,
			    WC_SUBJVERB);
			break;
		default:
			/* WC_CAPTITLED: word i + 1 in capitals after a title
			 * (or D_SPLITT, which scan_split_names may make one)
			 * joined to it */
			k = wc_sparse(s, l, 0, n - 1, WCB_RELTITLE, W_UPPER, 1,
			    WC_CAPTITLED);
			break;
		}
	}
	s->nwclass[c] = (uint32_t)k;
}

/* One function a class (detect_int.h word_class_early picks it where
 * the class is a constant): no switch at run time, each its own walk. */
void
word_class_pair(struct detect_scratch *s)
{
	word_class_make(s, WC_PAIR);
}

void
word_class_near(struct detect_scratch *s)
{
	word_class_make(s, WC_NEAR);
}

void
word_class_relation(struct detect_scratch *s)
{
	word_class_make(s, WC_RELATION);
}

void
word_class_title(struct detect_scratch *s)
{
	word_class_make(s, WC_TITLE);
}

void
word_class_particle(struct detect_scratch *s)
{
	word_class_make(s, WC_PARTICLE);
}

void
word_class_namecue(struct detect_scratch *s)
{
	word_class_make(s, WC_NAMECUE);
}

void
word_class_initial(struct detect_scratch *s)
{
	word_class_make(s, WC_INITIAL);
}

void
word_class_subjverb(struct detect_scratch *s)
{
	word_class_make(s, WC_SUBJVERB);
}

void
word_class_captitled(struct detect_scratch *s)
{
	word_class_make(s, WC_CAPTITLED);
}

/* detect_run up to the rules: the text normalized (*text, *len) and cut
 * into words. */
static int
detect_begin(const char **text, size_t *len,
    struct detect_scratch *s)
{
	const char *src = *text;
	size_t src_len = *len;
	int r;

	/* The dictionary, and the sensitive tables with it (dict_init:
	 * tokenize reads their bits of sensitive_near_prefix, W_NEW) */
	if (!dict_ready())
		return -ENOMEM;
	s->nspans = 0;
	s->span_kinds = 0;	/* and SPAN_KINDS_COUNTED */
	s->name_mask = 0;
	s->rowdig_made = 0;
	s->name_summary = 0;
	s->tokenized = 0;
	/* A word's offsets are 32 bits (detect_int.h struct detect_word):
	 * a longer text is refused, not cut (tokenize asks again of the
	 * normalized text) */
	if (src_len > DETECT_MAX_TEXT)
		return -EFBIG;
	/* The detectors read the normalized text; finish_spans maps back.
	 * An apostrophe written as U+2018 or U+00B4 is read as U+2019. */
	s->tn.apostrophes = 1;
	s->tn.controls = 1;
	s->tn.evasion = 1;
	s->tn.backticks = 0;
	if ((r = textnorm_run(&s->tn, src, src_len)) != 0)
		return r;
	if (s->tn.changed) {
		*text = s->tn.text.data ? s->tn.text.data : "";
		*len = s->tn.text.len;
	}
	if ((r = reset_taken(s, *len)) != 0)
		return r;
	s->text_len = *len;
	if ((r = tokenize(*text, *len, s)) != 0)
		return r;
	/* names29: a backtick typed for an apostrophe ("O`Brien"): the
	 * tokenizer's TB_APOS hint, then the text again with the backticks
	 * between letters read as U+2019 (a rare second pass) */
	if ((s->text_bytes & TB_APOS) && memchr(src, '`', src_len) != NULL) {
		s->tn.backticks = 1;
		if ((r = textnorm_run(&s->tn, src, src_len)) != 0)
			return r;
		*text = s->tn.changed ? (s->tn.text.data ? s->tn.text.data :
		    "") : src;
		*len = s->tn.changed ? s->tn.text.len : src_len;
		if ((r = reset_taken(s, *len)) != 0)
			return r;
		s->text_len = *len;
		if ((r = tokenize(*text, *len, s)) != 0)
			return r;
	}
	/* hostile32: an escape glued to a letter ("DUP&shy;ONT",
	 * "Du&#112;ont", "Du\\x70ont", "Du%70ont"): the tokenizer saw a '&',
	 * '%' or '\\', then the text again with the escapes read;
	 * redteam47: markup inside a word ("Du<b>pont", "Du{\\i pont}"), a
	 * '>' (TB_CHATMARK) or a brace (TB_BRACKET) */
	if ((s->text_bytes & (TB_CODE | TB_BSLASH | TB_CHATMARK |
	    TB_BRACKET)) &&
	    textnorm_has_escape(src, src_len)) {
		s->tn.escapes = 1;
		r = textnorm_run(&s->tn, src, src_len);
		s->tn.escapes = 0;
		if (r != 0)
			return r;
		*text = s->tn.changed ? (s->tn.text.data ? s->tn.text.data :
		    "") : src;
		*len = s->tn.changed ? s->tn.text.len : src_len;
		if ((r = reset_taken(s, *len)) != 0)
			return r;
		s->text_len = *len;
		if ((r = tokenize(*text, *len, s)) != 0)
			return r;
	}
	/* OCR'd digits ("l8/O4/l947", "Mou1in"): a rare pass over the text,
	 * then the words again */
	if (s->ocr_hint) {
		if ((r = textnorm_ocr(&s->tn, src, src_len)) < 0)
			return r;
		if (r > 0) {
			*text = s->tn.text.data;
			if ((r = tokenize(*text, *len, s)) != 0)
				return r;
			/* the text was OCR'd: scan_split_names' gate */
			s->ocr_hint = 1;
		}
	}
	/* the word classes: made when a rule asks (word_class) */
	s->text = *text;
	s->src = src;
	s->src_len = src_len;
	if (s->nwords == 0)
		memset(s->nwclass, 0, sizeof(s->nwclass));
	for (int c = 0; c < WC_OWN; c++)
		s->nwclass[c] = UINT32_MAX;
	s->tokenized = 1;
	return 0;
}

#if defined(__x86_64__) && defined(__LP64__)
_Static_assert(sizeof(struct detect_scratch) % 64 == 0,
    "a batch's scratches keep their lines (detect.h cell_pad)");
#endif

/* xcell37: the ends of the cells beside this one, which the caller put
 * after the row's values (DETECT_IDENT_CELL_*), into s->cell_end (the
 * caller's entries: xcell38, up to DETECT_CELL_CHAIN a side, read in
 * place), and *cells 1 (the gate of scan_cell_ends: RULES' CELLS); the
 * count of the values alone, which is all the rules see.  A text
 * without ends leaves the scratch alone: cell_end is in a line of its
 * own, which a store and a gate's load for every text cost some 0.6 M of
 * the bench's model (8,000 more data misses a pass), and the rule reads
 * it only after this run set it. */
static size_t
row_take_cell_ends(const struct detect_value *row, size_t nrow,
    struct detect_scratch *s, int *cells)
{
	size_t n = nrow, live = 0;

	*cells = 0;
	if (row == NULL || nrow == 0 ||
	    (row[nrow - 1].kind != DETECT_IDENT_CELL_BEFORE &&
	    row[nrow - 1].kind != DETECT_IDENT_CELL_AFTER))
		return nrow;
	while (n > 0 && (row[n - 1].kind == DETECT_IDENT_CELL_BEFORE ||
	    row[n - 1].kind == DETECT_IDENT_CELL_AFTER)) {
		live |= row[n - 1].len;
		n--;
	}
	s->cell_end = row + n;
	s->ncell_end = (uint32_t)(nrow - n);
	*cells = live != 0;
	return n;
}

int
detect_run(const struct detect_options *o, const char *text, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	int cells, r;

	nrow = row_take_cell_ends(row, nrow, s, &cells);
	if (nrow > MAX_ROW)
		nrow = MAX_ROW;
	if ((r = detect_begin(&text, &len, s)) != 0 ||
	    (r = run_rules(o, text, len, row, nrow, s, cells)) != 0)
		return r;
	finish_spans(text, len, s);
	return 0;
}

/* detect_run over n texts, rule by rule: each rule runs over every text
 * before the next rule starts, so its code stays in the instruction
 * cache (the thirty-odd rules of a comment are some 30 KB of code; run
 * comment by comment, each evicts the others).  The spans of text i are
 * ss[i]'s, as detect_run would find them: each text has its own scratch,
 * and a rule reads only its own text's.
 *
 * A rule's gate is asked of every text at once: each of its tests is a
 * mask of the texts (bit i: text i), and the gate is the masks' & and |
 * (speed31b).  The words' W_ and D_ flags and the text's TB_ bytes are
 * made by detect_begin and no rule changes them (but one D_TITLE: below),
 * so their masks are made once a chunk, by turning the texts' flags
 * (a 64-bit word a text) into one word a flag (gm_transpose); the kinds
 * of spans found and the hints are read from the scratches when a gate
 * asks them.  Then the rule runs over the texts of the mask, lowest
 * first.  A gate shut for every text costs a few instructions and no
 * branch a text (a gate asked text by text, then a list of the open ones
 * (speed19), was some ten instructions a text and rule, 5 M a pass of
 * the bench in batches of 32).  The order of the calls is the texts'
 * order, as before, and a gate reads the options and its own text's
 * scratch only, which no other text's call changes: the same spans.  At
 * most RULE_CHUNK texts (a mask's bits; detect_run_many cuts a larger
 * batch). */
#define RULE_CHUNK	64
#define RUN_MANY_TEXT(i)						\
	const char *text = texts[i];					\
	size_t len = lens[i];						\
	const struct detect_value *row = rows[i];			\
	size_t nrow = nrows[i] > MAX_ROW ? MAX_ROW : nrows[i];		\
	struct detect_scratch *s = &ss[i];				\
									\
	(void)text, (void)len, (void)row, (void)nrow, (void)s

/* The masks of a chunk's flags: wd[b][0] the texts with W_ flag 1 << b
 * (b < 32) or TB_ byte 1 << (b - 32), wd[b][1] those with D_BIT(b). */
struct gate_masks {
	uint64_t	all;		/* the chunk's texts */
	uint64_t	wd[64][2];
	/* krow[k]: the texts with a span of kind k, kept as the rules run
	 * (struct detect_scratch.kind_rows) */
	uint64_t	krow[DETECT_NKINDS];
	/* crow[c]: the texts with cue C_BIT(c) (s->word_cues) */
	uint64_t	crow[C_NBITS];
	/* the texts with each of the hints detect_begin leaves and no rule
	 * changes (HINT: gm_hint_row; scan_table_cells sets caret_hint and
	 * puts it back), made once a chunk: a gate read the field of each
	 * of the chunk's scratches (speed34c) */
	uint64_t	hocr, hzero, hcaret, hlookalike, hiban;
};

#if defined(__SSE2__)
/* One round of the transpose below: rows k and k + j (k & j == 0) swap
 * the high j bits of each 2j-bit block of k with the low ones of k + j. */
#define GM_ROUND(a, j, m)						\
	for (unsigned b_ = 0; b_ < 64; b_ += 2 * (j))			\
		for (unsigned k_ = b_; k_ < b_ + (j); k_++) {		\
			__m128i t_ = _mm_and_si128(_mm_xor_si128(	\
			    _mm_srli_epi64((a)[k_], (j)), (a)[k_ + (j)]),	\
			    _mm_set1_epi64x((long long)(m)));		\
									\
			(a)[k_ + (j)] = _mm_xor_si128((a)[k_ + (j)], t_);	\
			(a)[k_] = _mm_xor_si128((a)[k_],		\
			    _mm_slli_epi64(t_, (j)));			\
		}

/* Row i (a text: its W_ and TB_ flags, its D_ flags) to row b (a flag:
 * its texts), both words of a row at once: Hacker's Delight's transpose
 * of 64 by 64 bits, six rounds of 32 swaps, in the two lanes of a
 * register (some 1,300 instructions for both, a chunk). */
static void
gm_transpose(uint64_t wd[64][2])
{
	__m128i a[64];

	for (unsigned i = 0; i < 64; i++)
		a[i] = _mm_loadu_si128((const __m128i *)wd[i]);
	GM_ROUND(a, 32, 0x00000000FFFFFFFFull)
	GM_ROUND(a, 16, 0x0000FFFF0000FFFFull)
	GM_ROUND(a, 8, 0x00FF00FF00FF00FFull)
	GM_ROUND(a, 4, 0x0F0F0F0F0F0F0F0Full)
	GM_ROUND(a, 2, 0x3333333333333333ull)
	GM_ROUND(a, 1, 0x5555555555555555ull)
	for (unsigned i = 0; i < 64; i++)
		_mm_storeu_si128((__m128i *)wd[i], a[i]);
}
#else
/* Row i to row b in each word of the rows (Hacker's Delight's transpose
 * of 64 by 64 bits: six rounds of swaps of blocks). */
static void
gm_transpose(uint64_t wd[64][2])
{
	for (unsigned w = 0; w < 2; w++) {
		uint64_t m = 0x00000000FFFFFFFFull;

		for (unsigned j = 32; j != 0; j >>= 1, m ^= m << j)
			for (unsigned k = 0; k < 64; k = ((k | j) + 1) & ~j) {
				uint64_t t = ((wd[k][w] >> j) ^ wd[k | j][w]) &
				    m;

				wd[k | j][w] ^= t;
				wd[k][w] ^= t << j;
			}
	}
}
#endif

static void
gm_make(struct gate_masks *g, size_t n, struct detect_scratch *ss)
{
	for (size_t i = 0; i < 64; i++) {
		const struct detect_scratch *s = &ss[i < n ? i : 0];
		uint64_t in = -(uint64_t)(i < n);

		g->wd[i][0] = (s->word_flags |
		    (uint64_t)s->text_bytes << 32) & in;
		g->wd[i][1] = s->word_dflags & in;
	}
	gm_transpose(g->wd);
	g->all = n >= 64 ? ~0ull : (1ull << n) - 1;
	/* the kinds found so far (detect_begin's), as rows; each text's
	 * add_span and span_kind_change keep them from here */
	memset(g->krow, 0, sizeof(g->krow));
	memset(g->crow, 0, sizeof(g->crow));
	for (size_t i = 0; i < n; i++) {
		struct detect_scratch *s = &ss[i];

		for (unsigned k = s->span_kinds & DETECT_ALL; k != 0;
		    k &= k - 1)
			g->krow[__builtin_ctz(k)] |= (uint64_t)1 << i;
		/* and the cues (a few comments have one) */
		for (uint64_t c = s->word_cues; c != 0; c &= c - 1)
			g->crow[__builtin_ctzll(c)] |= (uint64_t)1 << i;
		s->kind_rows = g->krow;
		s->kind_bit = (uint64_t)1 << i;
	}
	g->hocr = g->hzero = g->hcaret = g->hlookalike = g->hiban = 0;
	for (size_t i = 0; i < n; i++) {
		const struct detect_scratch *s = &ss[i];

		g->hocr |= (uint64_t)(s->ocr_hint != 0) << i;
		g->hzero |= (uint64_t)(s->zero_hint != 0) << i;
		g->hcaret |= (uint64_t)(s->caret_hint != 0) << i;
		g->hlookalike |= (uint64_t)(s->lookalike_hint != 0) << i;
		g->hiban |= (uint64_t)(s->iban_hint != 0) << i;
	}
}

/* The texts that have every flag of bits (bits: constant, a gate's: the
 * loop is unrolled and its tests fold, what is left is an and a flag). */
static inline __attribute__((always_inline)) uint64_t
gm_and(const uint64_t (*col)[2], unsigned lane, uint64_t bits,
    uint64_t all)
{
	uint64_t m = all;

	_Pragma("GCC unroll 64")
	for (unsigned b = 0; b < 64; b++)
		if ((bits >> b) & 1)
			m &= col[b][lane];
	return m;
}

/* The texts that have some flag of bits (as gm_and). */
static inline __attribute__((always_inline)) uint64_t
gm_or(const uint64_t (*col)[2], unsigned lane, uint64_t bits)
{
	uint64_t m = 0;

	_Pragma("GCC unroll 64")
	for (unsigned b = 0; b < 64; b++)
		if ((bits >> b) & 1)
			m |= col[b][lane];
	return m;
}

/* The one D_ flag a rule adds (scan_split_names: D_TITLE to a word of a
 * text with a D_SPLITT word, for the rules after it): the texts that had
 * D_SPLITT and not D_TITLE at the chunk's start are asked again. */
static __attribute__((noinline)) uint64_t
gm_late_titles(const struct gate_masks *g, const struct detect_scratch *ss)
{
	uint64_t m = 0;

	for (uint64_t x = g->wd[__builtin_ctzll(D_SPLITT)][1] &
	    ~g->wd[__builtin_ctzll(D_TITLE)][1] & g->all; x != 0;
	    x &= x - 1) {
		size_t i = (size_t)__builtin_ctzll(x);

		m |= (uint64_t)((ss[i].word_dflags & D_TITLE) != 0) << i;
	}
	return m;
}

/* comment_has of every text */
static inline __attribute__((always_inline)) uint64_t
gm_has(const struct gate_masks *g, const struct detect_scratch *ss,
    uint32_t wflags, uint64_t dflags)
{
	uint64_t m;

	if (detect_no_gates)
		return g->all;
	m = gm_and(g->wd, 0, wflags, g->all);
	if (dflags != 0)
		m &= gm_or(g->wd, 1, dflags) |
		    ((dflags & D_TITLE) ? gm_late_titles(g, ss) : 0);
	return m;
}

/* comment_cue of every text: the W_ flags' mask, and the rows of the
 * cues (crow, made by gm_make: tokenize's, which no rule changes).
 * Unrolled whole (64 >= C_NBITS), so that the tests of `cues`, a
 * constant, fold: with "unroll 8" over C_NBITS 16 a loop was left, two
 * branches a cue gate and chunk (some 8,000 mispredicted a pass of the
 * bench in batches of 32: speed34c). */
_Static_assert(C_NBITS <= 64, "gm_cue's loop is unrolled whole");
static inline __attribute__((always_inline)) uint64_t
gm_cue(const struct gate_masks *g, uint32_t wflags, uint64_t cues)
{
	uint64_t m = 0;

	if (detect_no_gates)
		return g->all;
	_Pragma("GCC unroll 64")
	for (unsigned c = 0; c < C_NBITS; c++)
		if ((cues >> c) & 1)
			m |= g->crow[c];
	return m & gm_and(g->wd, 0, wflags, g->all);
}

/* has_span_kind of every text: the rows of the kinds (krow), which
 * add_span and span_kind_change keep as the rules run; a gate reads a
 * row a kind (kinds: constant, the loop unrolled and its tests folded),
 * where it read each text's span_kinds (a loop over the chunk's
 * scratches at each of some thirty gates; speed33a) */
static inline __attribute__((always_inline)) uint64_t
gm_kind(const struct gate_masks *g, unsigned kinds)
{
	uint64_t m = 0;

	if (detect_no_gates)
		return g->all;
	_Pragma("GCC unroll 32")
	for (unsigned k = 0; k < DETECT_NKINDS; k++)
		if ((kinds >> k) & 1)
			m |= g->krow[k];
	return m;
}

#undef ON
#undef OPT
#undef HAS
#undef CUE
#undef KIND
#undef TBANY
#undef TBALL
#undef HINT
#undef NOGATES
#undef AND
#undef OR
#define ON *
#define AND(a, b)	((a) & (b))
#define OR(a, b)	((a) | (b))
#define OPT(x)		(-(uint64_t)((x) != 0))
#define HAS(w, d)	gm_has(&g, ss, (w), (d))
#define CUE(w, c)	gm_cue(&g, (w), (c))
#define KIND(k)		gm_kind(&g, (k))
#define TBANY(b)	gm_or(g.wd, 0, (uint64_t)(b) << 32)
#define TBALL(b)	gm_and(g.wd, 0, (uint64_t)(b) << 32, g.all)
/* a hint gm_make made a row of (gate_masks.h*), or one a rule changes
 * (name_mask: add_span's), read from each scratch */
#define HINT(f)		gm_hint_row_##f
#define gm_hint_row_ocr_hint		g.hocr
#define gm_hint_row_zero_hint		g.hzero
#define gm_hint_row_caret_hint		g.hcaret
#define gm_hint_row_lookalike_hint	g.hlookalike
#define gm_hint_row_iban_hint		g.hiban
#define gm_hint_row_name_mask		gm_hint(n, ss, name_mask)
#define NOGATES		(detect_no_gates ? g.all : 0)
#define gm_hint(n, ss, f) __extension__ ({				\
	uint64_t hm_ = 0;						\
	for (size_t hi_ = 0; hi_ < (n); hi_++)				\
		hm_ |= (uint64_t)((ss)[hi_].f != 0) << hi_;		\
	hm_;								\
})
#define RUN_MASK(gate, call)						\
	for (uint64_t open = (gate) & g.all; open != 0;			\
	    open &= open - 1) {						\
		RUN_MANY_TEXT((size_t)__builtin_ctzll(open));		\
		if ((r = (call)) != 0)					\
			goto out;					\
	}
#define RUN_MASK_T(gate, test, call)					\
	for (uint64_t open = (gate) & g.all; open != 0;			\
	    open &= open - 1) {						\
		RUN_MANY_TEXT((size_t)__builtin_ctzll(open));		\
		if ((test) && (r = (call)) != 0)			\
			goto out;					\
	}

/* Every rule in turn over the n texts (n <= RULE_CHUNK): 0, or the
 * first error.  all: every kind of RULES_KINDS is asked, the options'
 * tests fold away, as in run_rules. */
static inline __attribute__((always_inline)) int
run_rules_many_with(const struct detect_options *o, size_t n,
    const char *const *texts, const size_t *lens,
    const struct detect_value *const *rows, const size_t *nrows,
    struct detect_scratch *ss, uint64_t cells, int all)
{
	RULES_LOCALS;
	struct gate_masks g;
	int r;

	if (all)
		names = dates = email = iban = phone = id = address = 1;
	gm_make(&g, n, ss);
	RULES(RUN_MASK, RUN_MASK_T)
	(void)name_spans;
	r = 0;
 out:
	/* (g, which the texts' kind_rows point into, goes) */
	for (size_t i = 0; i < n; i++)
		ss[i].kind_rows = NULL;
	return r;
}

static __attribute__((noinline)) int
run_rules_many_all(const struct detect_options *o, size_t n,
    const char *const *texts, const size_t *lens,
    const struct detect_value *const *rows, const size_t *nrows,
    struct detect_scratch *ss, uint64_t cells)
{
	return run_rules_many_with(o, n, texts, lens, rows, nrows, ss, cells, 1);
}

static __attribute__((noinline)) int
run_rules_many_some(const struct detect_options *o, size_t n,
    const char *const *texts, const size_t *lens,
    const struct detect_value *const *rows, const size_t *nrows,
    struct detect_scratch *ss, uint64_t cells)
{
	return run_rules_many_with(o, n, texts, lens, rows, nrows, ss, cells, 0);
}

int
detect_run_many(const struct detect_options *o, size_t n,
    const char **texts, size_t *lens, const struct detect_value *const *rows,
    const size_t *nrows, struct detect_scratch *ss)
{
	int r = 0;

	/* One cache of recent words for all (ss[0]'s): the same words come
	 * back text after text, and thirty-two caches would not stay in the
	 * data cache.  It gives what the lookups give: shared or not, the
	 * spans are the same. */
	if (n > 0 && ((r = wcache_alloc(&ss[0])) != 0 ||
	    (r = row_cache_alloc(&ss[0])) != 0))
		return r;
	for (size_t i = 1; i < n; i++) {
		wcache_free(&ss[i]);
		ss[i].wcache = ss[0].wcache;
	}
	/* And one row's prepared values (detect_row.c row_cache): a
	 * patient's rows come one after the other, in one batch or
	 * across two, and the cache is keyed by the values' bytes: the
	 * same spans whichever scratch made it. */
	for (size_t i = 1; i < n; i++) {
		row_cache_free(&ss[i]);
		ss[i].rowcache = ss[0].rowcache;
	}
	for (size_t i = 0; i < n; i++)
		if ((r = detect_begin(&texts[i], &lens[i], &ss[i])) != 0)
			goto out;
	/* RULE_CHUNK texts at a time (run_rules_many's list of open
	 * gates); the export's batches are smaller (view.c SCRUB_AHEAD) */
	for (size_t c = 0; c < n; c += RULE_CHUNK) {
		size_t m = n - c < RULE_CHUNK ? n - c : RULE_CHUNK;
		size_t nr[RULE_CHUNK];
		uint64_t cells = 0;

		/* (the cells' ends apart: the rules see the values alone) */
		for (size_t i = 0; i < m; i++) {
			int e;

			nr[i] = row_take_cell_ends(rows[c + i], nrows[c + i],
			    &ss[c + i], &e);
			cells |= (uint64_t)e << i;
		}
		if ((r = (o->kinds & RULES_KINDS) == RULES_KINDS ?
		    run_rules_many_all(o, m, texts + c, lens + c, rows + c,
		    nr, ss + c, cells) : run_rules_many_some(o, m, texts + c,
		    lens + c, rows + c, nr, ss + c, cells)) != 0)
			goto out;
	}
	for (size_t i = 0; i < n; i++)
		finish_spans(texts[i], lens[i], &ss[i]);
 out:
	for (size_t i = 1; i < n; i++) {
		ss[i].wcache = NULL;
		ss[i].rowcache = NULL;
	}
	return r;
}

void
detect_scratch_free(struct detect_scratch *s)
{
	free(s->spans);
	free(s->words);
	free(s->taken);
	free(s->wspan);
	free(s->dwords);
	free(s->twords);
	free(s->wclass);
	free(s->wcls);
	free(s->wblk_buf);
	free(s->keys);
	free(s->spelled_w);
	free(s->spelled_done);
	s->spelled_w = NULL;
	s->spelled_done = NULL;
	s->spelled_cap = 0;
	textnorm_free(&s->tn);
	if (s->tn_cell != NULL) {
		textnorm_free(s->tn_cell);
		free(s->tn_cell);
		s->tn_cell = NULL;
	}
	translit_free(&s->translit);
	sensitive_scratch_free(&s->sens);
	wcache_free(s);
	s->spans = NULL;
	s->words = NULL;
	s->taken = NULL;
	s->wspan = NULL;
	s->dwords = NULL;
	s->ndwords = 0;
	s->twords = NULL;
	s->ntwords = 0;
	s->wclass = NULL;
	s->wcls = NULL;
	s->wblk_buf = NULL;
	s->wblk = NULL;
	s->nwblk = s->wblk_cap = 0;
	s->keys = NULL;
	s->keys_cap = 0;
	s->wclass_cap = 0;
	s->taken_cap = 0;
	s->nspans = s->spans_cap = s->nwords = s->words_cap = 0;
	buf_free(&s->fold);
	buf_free(&s->tmp);
	row_cache_free(s);
	/* the row's identifiers as digits: raw values, wiped as the folds */
	sodium_memzero(s->rowdig, sizeof(s->rowdig));
	sodium_memzero(s->rowdig_len, sizeof(s->rowdig_len));
	s->rowdig_made = 0;
}
