/* The row's own values in its free text: its names and address found
 * word by word (any case, any accents), and the patient of the identity
 * source (identity.h), known only as keyed fingerprints: names, address,
 * phone.  docs/scrub.md. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include <sodium.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "detect.h"
#include "detect_int.h"
#include "fuzzy.h"
#include "identity.h"
#include "nir.h"
#include "norm.h"
#include "textnorm.h"
#include "translit.h"

#define MAX_PARTS	32	/* words of one row value */
#define PIECE_PARTS	64	/* row_name_pieces' parts kept in a list */
/* (row_value_simple takes a value of 63 bytes at most: 32 parts) */
_Static_assert(MAX_PARTS >= 32, "row_value_simple's parts");

/* The parts of one folded row value, split once (at spaces and
 * apostrophes): the word loop runs for every word of the comment. */
/* The filter of the row values' parts (bloom_add): a 256-bit bloom of
 * their hashes (two bits each), and which values may hold a word: bit
 * x (x < 7; 7 for the rest) of vmask[(h >> 16) & 63] set for each part
 * (hash h) of value vals[x], bit the one of the value being split.  A
 * word the bloom let through is looked for in the values its vmask
 * bits name, not in all (speed31a). */
struct row_filter {
	uint64_t	bloom[4];
	uint8_t		vmask[64];
	unsigned	bit;
};

/* f emptied, bit 1: the bloom and vmask by six stores of sixteen bytes
 * (a memset of the struct was a call, or a string store gcc counts by
 * the byte, every row) */
static inline void
row_filter_clear(struct row_filter *f)
{
#if defined(__SSE2__)
	_mm_storeu_si128((__m128i *)(void *)&f->bloom[0], _mm_setzero_si128());
	_mm_storeu_si128((__m128i *)(void *)&f->bloom[2], _mm_setzero_si128());
	for (unsigned q = 0; q < 4; q++)
		_mm_storeu_si128((__m128i *)(void *)(f->vmask + 16 * q),
		    _mm_setzero_si128());
#else
	memset(f->bloom, 0, sizeof(f->bloom));
	memset(f->vmask, 0, sizeof(f->vmask));
#endif
	f->bit = 1;
}

struct row_parts {
	uint64_t	h[MAX_PARTS];	/* hash() of each part, as fhash */
	uint16_t	off[MAX_PARTS], len[MAX_PARTS];
	size_t		n;
	int		compound;	/* more than one part */
	int		ascii;		/* every byte of the fold is ASCII */
};

/* The parts of the row's name values that a typo may stand for: at most
 * this many (a row has a few names of a few words). */
#define MAX_FUZZY	16

/* rowvar43: a part is read through its consonant skeleton from this many
 * letters (MOREAU's "MR", ROUSSEAU's "RSS" are titles and acronyms), the
 * skeleton from this many letters, at most FUZZY_SKEL_MAX - 1. */
#define SKEL_PART	5
#define SKEL_MIN	4
#define FUZZY_SKEL_MAX	24

struct fuzzy_part {
	const char	*w;		/* folded, in row_fold(s) */
	uint16_t	 len, nchars;
	uint16_t	 k, q;		/* value and part */
	uint8_t		 max;		/* fuzzy_budget */
	uint64_t	 sig;
	/* rowvar43: the part's consonant skeleton (its first letter, then
	 * its consonants: "dpnt" of dupont), the same with doubled letters
	 * made one ("grd" of girard's "grrd"), their lengths; 0: none (a part
	 * under SKEL_PART letters, not ASCII, or a skeleton too short) */
	uint8_t		 sklen, sk2len;
	char		 sk[FUZZY_SKEL_MAX], sk2[FUZZY_SKEL_MAX];
};

/* A row's raw values (the kinds scan_row_names folds) longer than this
 * in all are prepared every time, not kept: the cache's key stays small. */
#define ROW_CACHE_KEY_MAX	4096
/* Rows after which a row that is never the one before is kept one time
 * in eight (scan_row_names). */
#define ROW_CACHE_TRIES		4

/*
 * The last row scan_row_names prepared (its name and address values
 * folded, split, filtered), keyed by the raw bytes of those values: an
 * export repeats a patient's values over rows after rows (stays, results),
 * and the next comment of that row reuses all of it (docs/performance.md,
 * speed25b).  One row: a scratch's, shared by the scratches of a batch as
 * the word cache is (detect_run_many).  It holds raw values: wiped when
 * freed (row_cache_free), never logged.  The fold is the scratch's former
 * ctxfold: the rules read it through row_fold while scan_row_names runs.
 */
struct row_cache {
	struct buf	fold;		/* their folds, each with a space after */
	size_t		nrow;		/* 0: nothing kept */
	/* row_folded_cols of the row, and the kinds of those columns
	 * (kind[k], k a bit of fcols): what was prepared depends on the
	 * row's length, on those columns' kinds (scan_row_fuzzy's parts)
	 * and bytes alone, not on the other columns' kinds */
	uint32_t	fcols;
	int		kind[MAX_ROW];
	size_t		klen[MAX_ROW];	/* row[k].len of the folded kinds */
	size_t		off[MAX_ROW], flen[MAX_ROW];
	struct row_parts parts[MAX_ROW];
	struct row_filter filter;
	uint8_t		vals[MAX_ROW];	/* the k of flen[k] > 0, in order */
	size_t		nvals;
	unsigned	misses;		/* rows in a row not the one before */
	/* the parts a typo may stand for (scan_row_fuzzy), once a word
	 * first needs them: fready */
	struct fuzzy_part fp[MAX_FUZZY];
	size_t		nfp, fminlen, fmaxlen;
	int		fready;
	int		fskel;		/* fp's skeletons made (skel_make) */
	/* row_name_pieces' gate, once a comment first needs it: pready
	 * (gate33): the first letters of the parts (four letters or more,
	 * under 32) and their lengths L, 2L, as that rule made them every
	 * comment; and a filter of the first two bytes a word must have
	 * to start a piece of any part of four or more (piece_pair) */
	int		pready;
	uint32_t	pends;
	uint64_t	plens;
	uint64_t	ppairs[8];
	/* the name values' parts of four bytes or more, in the order
	 * row_name_pieces asks them (values, then parts); pnp past
	 * PIECE_PARTS: too many, that rule walks the values (speed35) */
	struct piece_part {
		uint32_t	qoff;	/* in row_fold */
		uint16_t	len;
		uint8_t		k;	/* the value */
		uint8_t		first;	/* its first byte */
	}		pparts[PIECE_PARTS];
	size_t		pnp;
	/* hostile34's row_short_pieces: the name parts of two or three
	 * letters, not particles (filled with pparts), and their first
	 * letters (a bit of each, asked in scan_row_names' walk) */
	struct piece_part sparts[8];
	size_t		snp;
	uint32_t	sfirst;
	/* script36: the last letters of those of three letters that are
	 * no palindrome (a word in capitals that is one backwards, "EON"
	 * of a row NOE) */
	uint32_t	slast;
	/* the raw values, back to back (a fixed array: a buf's append
	 * cost more than the copy, every row that is not the last one) */
	char		key[ROW_CACHE_KEY_MAX];
};

/* The row values' folds (valid while scan_row_names runs). */
static inline const char *
row_fold(const struct detect_scratch *s)
{
	return s->rowcache->fold.data;
}

/* Word w's fold is one of the parts of folded row value k (flen[k] bytes
 * at off[k] in row_fold(s)), split at its spaces and apostrophes.  The
 * row cache's parts of the value when off is the cache's (it is when
 * there is a row: scan_row_names passes its arrays down) and they are
 * all there (fewer than MAX_PARTS): a hash compare a part, where the
 * value's bytes were walked again for every word asked; the bytes
 * otherwise. */
static inline __attribute__((always_inline)) int
row_value_has_word(const struct detect_scratch *s,
    const struct detect_word *w, const size_t *off, const size_t *flen,
    size_t k)
{
	const struct row_cache *c = s->rowcache;
	const char *v = row_fold(s) + off[k];
	size_t n = flen[k];

	if (c != NULL && off == c->off && c->parts[k].n < MAX_PARTS) {
		const struct row_parts *p = &c->parts[k];

		for (size_t q = 0; q < p->n; q++)
			if (p->h[q] == w->fhash && p->len[q] == w->fold_len &&
			    p->len[q] > 0 &&
			    memcmp(v + p->off[q], wf(s, w), p->len[q]) == 0)
				return 1;
		return 0;
	}
	for (size_t a = 0, b; a < n; a = b + 1) {
		for (b = a; b < n && v[b] != ' ' && v[b] != '\''; b++)
			;
		if (b - a == w->fold_len && b - a > 0 &&
		    memcmp(v + a, wf(s, w), b - a) == 0)
			return 1;
	}
	return 0;
}

/* Is word j one of the parts of the row's name values?  Inlined where
 * it is hot (name_neighbour), as before hyphen_row_name called it too. */
static inline __attribute__((always_inline)) int
row_name_word(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen)
{
	const struct detect_word *w = &s->words[j];

	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		if (flen[k] == 0 || row[k].kind == DETECT_IDENT_ADDRESS)
			continue;
		if (row_value_has_word(s, w, off, flen, k))
			return 1;
	}
	return 0;
}

/* Word j reads as (part of) a name: a row name part or an unambiguous
 * name of the dictionary, written as a name. */
static int
name_neighbour(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen)
{
	const struct detect_word *w = &s->words[j];

	/* "J. Petit", and "m. roux" typed fast */
	if (is_initial(s, j) || (w->nchars == 1 && (w->flags & W_DOT)) ||
	    row_name_word(s, j, row, nrow, off, flen))
		return 1;
	return namelike(s, j) && (s->words[j].dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[j].dflags & (D_AMBIG | D_EPONYM));
}

/* The word joined to word i by a hyphen is a part of the row's names:
 * "marie-sainte", "saint-cyr".  Out of line: few words
 * have a hyphen, and row_name_word stays inlined where it is hot. */
static __attribute__((noinline)) int
hyphen_row_name(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen)
{
	if (i > 0 && s->words[i - 1].end + 1 == s->words[i].start &&
	    t[s->words[i - 1].end] == '-' &&
	    row_name_word(s, i - 1, row, nrow, off, flen))
		return 1;
	return i + 1 < s->nwords && s->words[i].end + 1 ==
	    s->words[i + 1].start && t[s->words[i].end] == '-' &&
	    row_name_word(s, i + 1, row, nrow, off, flen);
}

/* Word j is a part of a row name value other than value k. */
static int
row_word_other(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, size_t k)
{
	const struct detect_word *w = &s->words[j];

	for (size_t o = 0; o < nrow && o < MAX_ROW; o++) {
		if (o == k || flen[o] == 0 || row[o].kind == DETECT_IDENT_ADDRESS)
			continue;
		if (row_value_has_word(s, w, off, flen, o))
			return 1;
	}
	return 0;
}

/* Word j is a part of a row value of the kind kind (not an address),
 * other than value but: that value's index + 1, or 0. */
static size_t
row_word_of_kind(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, enum detect_ident kind, size_t but)
{
	const struct detect_word *w = &s->words[j];

	for (size_t o = 0; o < nrow && o < MAX_ROW; o++) {
		if (o == but || flen[o] == 0 || row[o].kind != kind)
			continue;
		if (row_value_has_word(s, w, off, flen, o))
			return o + 1;
	}
	return 0;
}

/*
 * The word beside word i on side (-1 before, 1 after), over up to two
 * particles ("Martine de Kerouredan", "de la"): its index, or i when
 * there is none, it is a particle, or it is word i's word again
 * ("Martin Martin" is one name twice).  For the pair rules below.
 */
static size_t
pair_neighbour(const char *t, const struct detect_scratch *s, size_t i,
    int side)
{
	size_t j = i;

	for (int hop = 0; hop < 3; hop++) {
		if (side < 0 ? (j == 0 || !joined(t, s, j - 1)) :
		    (j + 1 >= s->nwords || !joined(t, s, j)))
			break;
		j = side < 0 ? j - 1 : j + 1;
		if (!word_has(s, j, D_PARTICLE))
			break;
	}
	if (j == i || word_has(s, j, D_PARTICLE) ||
	    (s->words[j].fold_len == s->words[i].fold_len &&
	    memcmp(wf(s, &s->words[j]), wf(s, &s->words[i]),
	    s->words[i].fold_len) == 0))
		return i;
	return j;
}

/* A row value that is a name: last, first or whole. */
static inline int
ident_is_name(enum detect_ident kind)
{
	return kind == DETECT_IDENT_LAST_NAME ||
	    kind == DETECT_IDENT_FIRST_NAME || kind == DETECT_IDENT_NAME;
}

/*
 * Word i, a part of row value k, stands beside the row's other name
 * (the first name beside the surname, either order, any case, over
 * particles: "Martine Kerouredan", "KEROUREDAN Martine", "Martine de
 * Kerouredan"), or beside another part of a full name value of two
 * parts or more.  The lead's decision (docs/scrub.md, "Review,
 * seventeenth pass"): that pair is the patient whatever a rule reads
 * around it, an institution's or a place's name too ("Unité de soins
 * Martine Kerouredan"); a patient named like a famous person loses the
 * two words of "l'école primaire Victor Hugo", an accepted cost.
 * The other name's value index + 1 (its word into *beside), or 0.
 */
static size_t
row_full_name_beside(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, size_t k, size_t *beside)
{
	enum detect_ident kind = row[k].kind;
	size_t o;

	if (!ident_is_name(kind))
		return 0;
	for (int side = -1; side <= 1; side += 2) {
		size_t j = pair_neighbour(t, s, i, side);

		/* over the other parts of a compound first name or surname
		 * ("Martine-Claire Kerouredan", "Martine Claire Kerouredan"
		 * of the first name Martine-Claire: review, eighteenth pass,
		 * Martine stayed), three at most */
		for (int hop = 0; hop < 3 && j != i && kind !=
		    DETECT_IDENT_NAME && row_word_of_kind(s, j, row, nrow, off,
		    flen, kind, (size_t)-1) != 0; hop++) {
			size_t n = pair_neighbour(t, s, j, side);

			j = n == j ? i : n;
		}
		if (j == i)
			continue;
		/* a full name value: its other part, or a first or last
		 * name column's */
		if (kind == DETECT_IDENT_NAME)
			o = row_word_of_kind(s, j, row, nrow, off, flen,
			    DETECT_IDENT_NAME, (size_t)-1);
		else
			o = row_word_of_kind(s, j, row, nrow, off, flen,
			    kind == DETECT_IDENT_FIRST_NAME ?
			    DETECT_IDENT_LAST_NAME : DETECT_IDENT_FIRST_NAME, k);
		if (o == 0 && kind == DETECT_IDENT_NAME)
			o = row_word_of_kind(s, j, row, nrow, off, flen,
			    DETECT_IDENT_FIRST_NAME, k);
		if (o == 0)
			o = row_word_of_kind(s, j, row, nrow, off, flen,
			    kind == DETECT_IDENT_NAME ? DETECT_IDENT_LAST_NAME :
			    DETECT_IDENT_NAME, k);
		if (o != 0) {
			if (beside != NULL)
				*beside = j;
			return o;
		}
	}
	return 0;
}

/* Between the end of one word and the start of the next: a comma or an
 * opening parenthesis, with spaces ("LUTZ, Alphonse", "MARTEAU (Aurore)"). */
static int
comma_or_paren_gap(const char *t, size_t a, size_t b)
{
	int mark = 0;

	for (; a < b; a++) {
		if (t[a] == ' ')
			continue;
		if ((t[a] != ',' && t[a] != '(') || mark)
			return 0;
		mark = 1;
	}
	return mark;
}

/* Between the end of one word and the start of the next: one line break
 * (a "\r\n" too), spaces or tabs around it ("DUPONT\nMarie": a label, a
 * letter's heading, a name the cell wrapped). */
static int
line_break_gap(const char *t, size_t a, size_t b)
{
	int brk = 0;

	for (; a < b; a++) {
		if (t[a] == ' ' || t[a] == '\t' || t[a] == '\r')
			continue;
		if (t[a] != '\n' || brk)
			return 0;
		brk = 1;
	}
	return brk;
}

/* Word i (a part of row value k) and the row's other name side by side
 * across a comma or a parenthesis, one of them written as a name or
 * found as one already ("petit, rose" of a row PETIT Rose is a
 * description), or across one line break, both written as names. */
static int
row_pair_across(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, size_t k)
{
	for (int side = -1; side <= 1; side += 2) {
		size_t j = i + (size_t)side, a, b;

		if ((side < 0 && i == 0) || j >= s->nwords)
			continue;
		a = side < 0 ? s->words[j].end : s->words[i].end;
		b = side < 0 ? s->words[i].start : s->words[j].start;
		/* "Mme\nDUPONT\nMarie": across one line break, both written
		 * with their capital (review20: the pair's neighbour is read
		 * over a space only) */
		if (line_break_gap(t, a, b) && (s->words[i].flags &
		    (W_CAP | W_UPPER)) && (s->words[j].flags &
		    (W_CAP | W_UPPER)) &&
		    row_word_other(s, j, row, nrow, off, flen, k))
			return 1;
		if (!comma_or_paren_gap(t, a, b) ||
		    !row_word_other(s, j, row, nrow, off, flen, k))
			continue;
		/* "M. Berger Pascal, berger dans les Pyrénées", "Mme Page
		 * Marine, page 3": an ordinary word in lower case after the
		 * other name written with its capital describes, it names
		 * no one ("bouvier, constant", both in lower case, stays a
		 * pair) */
		if (!(s->words[i].flags & (W_CAP | W_UPPER)) &&
		    (s->words[j].flags & (W_CAP | W_UPPER)) &&
		    word_lexicon(t, (struct detect_scratch *)s, i))
			continue;
		if (((s->words[i].flags | s->words[j].flags) & (W_CAP | W_UPPER)) ||
		    is_name_span(span_of(s, j)))
			return 1;
	}
	return 0;
}

/* Word i + 1 ends in "é", "ée", "és" or "ées" as written: a past
 * participle ("Pain refusé"), which folds to a verb ("refuse"). */
static int
participle_next(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a, e;

	if (i + 1 >= s->nwords)
		return 0;
	a = s->words[i + 1].start;
	e = s->words[i + 1].end;
	if (e > a && t[e - 1] == 's')
		e--;
	if (e > a && t[e - 1] == 'e')
		e--;
	return e >= a + 2 && (unsigned char)t[e - 2] == 0xc3 &&
	    (unsigned char)t[e - 1] == 0xa9;
}

/* names30: word i, in capitals, right after a word in capitals that
 * brings a person, one space between: "AVEC", "CHEZ", "PAR", or "DE"
 * after what a person sends or makes ("VU AVEC PIGEON CE JOUR", "PASSAGE
 * CHEZ PIGEON", "APPEL DE PIGEON", "DE LA PART DE PIGEON", "MESSAGE DE
 * PIGEON"): the place "Appel de Pigeon" gives the row's surname by its
 * capital, read in a note all in capitals. */
int
row_caps_person_cue(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const bring[] = {
		"avec", "chez", "par", NULL,
	};
	static uint64_t bring_filter;	/* word_in_filtered_list */
	static const char *const sent[] = {
		"appel", "appels", "message", "messages", "courrier", "mail",
		"sms", "lettre", "part", "nouvelles", NULL,
	};
	static uint64_t sent_filter;	/* word_in_filtered_list */
	const struct detect_word *p;

	if (i < 1 || !(s->words[i].flags & W_UPPER))
		return 0;
	p = &s->words[i - 1];
	if (!(p->flags & W_UPPER) || s->words[i].start != p->end + 1 ||
	    t[p->end] != ' ')
		return 0;
	if (word_in_filtered_list(s, p, bring))
		return 1;
	return i >= 2 && word_is(s, i - 1, "de") &&
	    s->words[i - 1].start == s->words[i - 2].end + 1 &&
	    word_in_filtered_list(s, &s->words[i - 2], sent);
}

/* hostile28: word i in capitals, in a chain of words in capitals that
 * single hyphens join ("VIGNERON-CHAPELLE"), the chain among words that
 * are not in capitals and not at a sentence's start, nor a compound of
 * the lexicon nor a saint's name: written as a name, as one word in
 * capitals there is (written_as_name).  Its neighbour in capitals was
 * the other half of the name, so "courrier de VIGNERON-CHAPELLE reçu"
 * kept the row's own CHAPELLE raw, where "courrier de CHAPELLE reçu"
 * takes it; a note all in capitals ("PETIT-DEJEUNER PRIS" of a row
 * PETIT) is not one. */
static int
row_caps_hyphen_chain(const char *t, const struct detect_scratch *s,
    size_t i)
{
	size_t a = i, b = i;

	if (!(s->words[i].flags & W_UPPER))
		return 0;
	while (a > 0 && i - a < 3 && s->words[a - 1].end + 1 ==
	    s->words[a].start && t[s->words[a - 1].end] == '-' &&
	    (s->words[a - 1].flags & W_UPPER))
		a--;
	while (b + 1 < s->nwords && b - i < 3 && s->words[b].end + 1 ==
	    s->words[b + 1].start && t[s->words[b].end] == '-' &&
	    (s->words[b + 1].flags & W_UPPER))
		b++;
	if (a == b || sentence_start(t, s, a) || after_saint(s, a + 1) ||
	    (a > 0 && (s->words[a - 1].flags & W_UPPER)) ||
	    (b + 1 < s->nwords && (s->words[b + 1].flags & W_UPPER)))
		return 0;
	for (size_t k = a; k <= b; k++)
		if (s->words[k].nchars < 2 || (s->words[k].flags & W_DIGIT))
			return 0;
	return !compound_has(t + s->words[a].start,
	    s->words[b].end - s->words[a].start);
}

/*
 * The row's surname, written as a name (capitalized or in capitals),
 * just before a first name written as one, the first name being one that
 * is also a word or short ("Pigeon Marie suivie", "PIGEON Rose",
 * "Pigeon Marie-Claire" of a row PIGEON Henri: a sister, a mother, the
 * patient's own first name mistyped).  name_neighbour refuses those
 * first names (D_AMBIG) beside any word; beside the row's own surname
 * they make it a name.  An eponym's word or a clinical word in capitals
 * is no first name here.  Lead, twenty-sixth pass (precision27 saw the
 * surname left raw).
 */
static int
before_any_first_name(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *n;

	if (!(w->flags & (W_CAP | W_UPPER)) || w->nchars < 3 ||
	    i + 1 >= s->nwords)
		return 0;
	n = &s->words[i + 1];
	/* names36: or a capitalized part a hyphen joins between, the row's
	 * surname the first of a double one ("Prince-Froment Anne vue" of
	 * a row PRINCE): the first name after the part */
	if (n->start == w->end + 1 && t[w->end] == '-' && i + 2 < s->nwords &&
	    (n->flags & (W_CAP | W_DIGIT)) == W_CAP && n->nchars >= 3 &&
	    !(n->dflags & (D_EPONYM | D_CLINICAL | D_TITLE | D_FIRST))) {
		w = n;
		n = &s->words[i + 2];
		i++;
	}
	if (n->start != w->end + 1 || !(n->dflags & D_FIRST) ||
	    (n->dflags & D_EPONYM) || n->nchars < 3)
		return 0;
	/* "Pigeon Marie", "PIGEON Marie", "PIGEON MARIE"; not "Pigeon
	 * MARIE" nor "Pigeon marie" */
	if (!(n->flags & W_CAP) || ((n->flags & W_UPPER) &&
	    !(w->flags & W_UPPER)))
		return 0;
	return namelike(s, i + 1);
}

/* names38: word i right after "#" or "@" that opens a token (the text's
 * start, a space or a parenthesis before it), not glued to a word after
 * it: "#pigeon", "(@vigneron)"; not "C#", "a#b". */
static int
row_tagged(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t a = w->start, e = w->end;

	if (a < 1 || (t[a - 1] != '#' && t[a - 1] != '@') ||
	    (a >= 2 && t[a - 2] != ' ' && t[a - 2] != '(' &&
	    t[a - 2] != '\n'))
		return 0;
	return e >= s->text_len || !((unsigned char)t[e] >= 0x80 ||
	    util_in_set("-_'", t[e]) || (t[e] >= '0' && t[e] <= '9') ||
	    ((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z'));
}

/*
 * May word i, which equals a part of a row name value, be taken?  Parts
 * of one or two letters never inside a word ("18h" is not the "H" of
 * GUIVARC'H) and, in a compound value, only beside the rest of it (like
 * the particles, see scan_row_names).  A value that is also an ordinary
 * word ("Petit", "Rose", "Masse") only where it is used as a name: after
 * a title or a relative ("née"), beside another name part, or written
 * with a capital where a sentence does not start (or in capitals among
 * words that are not).
 */
/* Word i, capitalized, alone in ASCII double quotes: 'Appel "Jean" ok'.
 * The quote reads as a sentence's start (sentence_start), so the row's
 * first name that is an ordinary word ("jean", "marie") stayed raw where
 * « Jean », “Jean” and (Jean) went (hostile32). */
static int
capital_in_dquotes(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & (W_CAP | W_UPPER)) && w->start > 0 &&
	    t[w->start - 1] == '"' && w->end < s->text_len && t[w->end] == '"';
}

/*
 * hostile36: word i, capitalized or in capitals, stands alone in a
 * segment of its own: a sentence starts before it (an opening
 * parenthesis or quote, ". ", " - ", ";"; not a colon, whose label says
 * what a word is: "Repas : Pain") and only spaces then the text's end, a
 * line's end or a closing sign follow it: "RAS (Vigneron)", 'vu ce jour
 * "Vigneron"', a signature "vue ce jour. Vigneron" or "- VIGNERON".
 * Asked of the row's own surname only: the row says whose word it is,
 * and such a segment names it; an ordinary word alone there stayed raw
 * (only a verb after it made it the subject).
 */
static int
alone_in_segment(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t e = w->end, g = w->start;

	if (!(w->flags & (W_CAP | W_UPPER)) || !sentence_start(t, s, i))
		return 0;
	while (g > 0 && t[g - 1] == ' ')
		g--;
	if (g > 0 && t[g - 1] == ':')
		return 0;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e == s->text_len || util_in_set(")\"]\n\r;!?", t[e]))
		return 1;
	if (t[e] == '.')
		return e + 1 == s->text_len ||
		    util_in_set(" \n\r", t[e + 1]);
	/* a closing guillemet or quotation mark: U+00BB, U+201D */
	return (e + 1 < s->text_len && (unsigned char)t[e] == 0xc2 &&
	    (unsigned char)t[e + 1] == 0xbb) || (e + 2 < s->text_len &&
	    memcmp(t + e, "\xe2\x80\x9d", 3) == 0);
}

/*
 * leaks45: word i, in any case, the only word inside brackets: "vu ce
 * jour (vigneron)", "[pigeon]", "( Vigneron )".  hostile36 left the lower
 * case there (the noun in a gloss as often); asked of the row's own
 * surname only, the row says whose word it is, and a gloss holding that
 * word alone names the patient more often than it glosses a thing: the
 * cost is the noun in that one row, a patient's name the other way.
 */
static int
alone_in_brackets(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t a = w->start, e = w->end;

	while (a > 0 && t[a - 1] == ' ')
		a--;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (a == 0 || e >= s->text_len)
		return 0;
	return (t[a - 1] == '(' && t[e] == ')') ||
	    (t[a - 1] == '[' && t[e] == ']');
}

/*
 * leaks45: word i, capitalized or in capitals, alone after a label's
 * colon up to the segment's end ("Repas : Pigeon", "Contact : VIGNERON."):
 * alone_in_segment's ends, with a label and its colon before it.  A
 * label's value written as a proper noun; asked of the row's own surname
 * only (hostile36 kept it: a meal's dish as often; the row says whose
 * word it is).  The lower case after a label that is not a name's
 * ("Repas : pigeon") stays: the noun.
 */
static int
after_label_colon(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t g = w->start, e = w->end;

	if (i == 0 || !(w->flags & (W_CAP | W_UPPER)) ||
	    (s->words[i - 1].flags & W_DIGIT))
		return 0;
	while (g > 0 && t[g - 1] == ' ')
		g--;
	if (g == 0 || t[g - 1] != ':' || g - 1 != s->words[i - 1].end +
	    (g - 1 > s->words[i - 1].end && t[s->words[i - 1].end] == ' '))
		return 0;	/* (the label glued to its colon, or one space) */
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e == s->text_len || util_in_set(")\"]\n\r;!?", t[e]))
		return 1;
	return t[e] == '.' && (e + 1 == s->text_len ||
	    util_in_set(" \n\r", t[e + 1]));
}

/* hostile36: word i, capitalized or in capitals, before a possessive
 * "'s" or "’s" ("Vigneron's daughter", a note in English, or a form's):
 * a proper noun's. */
static int
possessive_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end, n = s->text_len;

	if (!(s->words[i].flags & (W_CAP | W_UPPER)))
		return 0;
	if (e < n && t[e] == '\'')
		e++;
	else if (e + 2 < n && memcmp(t + e, "\xe2\x80\x99", 3) == 0)
		e += 3;
	else
		return 0;
	if (e >= n || (t[e] != 's' && t[e] != 'S'))
		return 0;
	e++;
	return e == n || !((t[e] >= 'a' && t[e] <= 'z') ||
	    (t[e] >= 'A' && t[e] <= 'Z') || (t[e] >= '0' && t[e] <= '9') ||
	    (unsigned char)t[e] >= 0x80);
}

/*
 * hostile36: word i, in lower case, right after a name's label: "nom",
 * "nom de naissance", "nom d'usage", "nom de jeune fille", "nom
 * d'épouse", "nom de famille", "nom usuel", "nom marital" with a space,
 * a colon, "=" or " - " between them ("nom: vigneron", "NOM : vigneron",
 * "nom de jeune fille : vigneron"), or "patient", "patiente", "name",
 * "surname" with a colon.  The label says a surname follows; asked of
 * the row's own surname only, which a form filled in lower case left
 * raw (a capital made it a name already).  For the row's first name
 * (first): "prénom", "prénoms", "first name", "given name" ("Prénom -
 * rose").
 */
static int
after_name_label(const char *t, const struct detect_scratch *s, size_t i,
    int first)
{
	size_t a, b, l;
	int sign = 0;

	if (i < 1 || (s->words[i].flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	a = s->words[i - 1].end;
	b = s->words[i].start;
	l = i - 1;
	/* leaks47: a label written for either sex, "Patient(e) :",
	 * "Assuré(e) :": the label is the word before the "(e)" */
	if (l >= 1 && a < b && t[a] == ')' && s->words[l].nchars == 1 &&
	    (word_is(s, l, "e") || word_is(s, l, "s")) &&
	    s->words[l - 1].end + 1 == s->words[l].start &&
	    t[s->words[l - 1].end] == '(') {
		a++;
		l--;
	}
	if (b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ':' || t[k] == '=' || t[k] == '-')
			sign++;
		else if (t[k] != ' ')
			return 0;
	}
	if (sign > 1 || (b == a))
		return 0;
	if (first)
		return word_is(s, l, "prenom") || word_is(s, l, "prenoms") ||
		    (l >= 1 && (word_is(s, l - 1, "first") ||
		    word_is(s, l - 1, "given")) && word_is(s, l, "name"));
	/* leaks47: the labels of a form's person besides "patient" (who
	 * is insured, cared for, housed, who signs, an identity), "=" as a
	 * colon; and "Nom, prénom :" ("Nom et prénom", "NOM/PRENOM"), whose
	 * first word is the surname.  Each says a person's name follows; a
	 * label that is not a person's ("Repas : pigeon", "Contact :", a
	 * role as often) keeps the noun (leaks45's decision). */
	if (word_is(s, l, "patient") || word_is(s, l, "patiente") ||
	    word_is(s, l, "name") || word_is(s, l, "surname") ||
	    word_is(s, l, "identite") || word_is(s, l, "signataire") ||
	    word_is(s, l, "signe") || word_is(s, l, "assure") ||
	    word_is(s, l, "assuree") || word_is(s, l, "usager") ||
	    word_is(s, l, "usagere") || word_is(s, l, "beneficiaire") ||
	    word_is(s, l, "resident") || word_is(s, l, "residente") ||
	    ((word_is(s, l, "prenom") || word_is(s, l, "prenoms")) &&
	    l >= 1 && (word_is(s, l - 1, "nom") || (l >= 2 &&
	    word_is(s, l - 2, "nom") && word_is(s, l - 1, "et")))))
		return sign == 1 && (memchr(t + a, ':', b - a) != NULL ||
		    memchr(t + a, '=', b - a) != NULL);
	if (word_is(s, l, "nom"))
		return 1;
	if (l >= 2 && word_is(s, l - 2, "nom") && ((word_is(s, l - 1, "de") &&
	    (word_is(s, l, "naissance") || word_is(s, l, "famille"))) ||
	    (word_is(s, l - 1, "d") && (word_is(s, l, "usage") ||
	    word_is(s, l, "epouse")))))
		return 1;
	if (l >= 1 && word_is(s, l - 1, "nom") && (word_is(s, l, "usuel") ||
	    word_is(s, l, "marital")))
		return 1;
	return l >= 3 && word_is(s, l - 3, "nom") &&
	    word_is(s, l - 2, "de") && word_is(s, l - 1, "jeune") &&
	    word_is(s, l, "fille");
}

int
row_part_usable(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, size_t k, int first)
{
	const struct detect_word *w = &s->words[i];

	if (w->nchars <= 2) {
		if ((i > 0 && s->words[i - 1].end == w->start) ||
		    (i + 1 < s->nwords && s->words[i + 1].start == w->end))
			return 0;	/* glued to digits or other letters */
		if (!(w->flags & (W_CAP | W_UPPER)))
			return 0;
	}
	/* "Mme Petit Rose, petit-déjeuner pris": in lower case, a part of
	 * a compound of the lexicon; a byte's test first.
	 * Not beside another part of the row's names: "marie-sainte",
	 * "saint-cyr" are the patient's. */
	if (!(w->flags & (W_CAP | W_UPPER)) && ((w->end < s->text_len &&
	    t[w->end] == '-') || (w->start > 0 && t[w->start - 1] == '-')) &&
	    !hyphen_row_name(t, s, i, row, nrow, off, flen) &&
	    lower_compound_part(t, s, i, 1))
		return 0;
	/* Not an ordinary word, or used as a name.  The lexicon (a cache
	 * miss or two in a large table) is asked last, when the rest does
	 * not decide. */
	if (i > 0 && joined(t, s, i - 1) && (is_title(t, s, i - 1) ||
	    word_has(s, i - 1, D_RELATIVE) ||
	    name_neighbour(s, i - 1, row, nrow, off, flen)))
		return 1;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    name_neighbour(s, i + 1, row, nrow, off, flen))
		return 1;
	if (before_any_first_name(t, s, i))
		return 1;
	/* A first name as the subject ("Blanche dit être fatiguée") or
	 * in parentheses ("Mlle MEUNIER (Marine)"); the row's first name
	 * in lower case too, where a sentence starts ("nuit calme. rené a
	 * sonné") */
	if ((first || (w->dflags & D_FIRST)) && (subject_follows(t, s, i) ||
	    in_parentheses(t, s, i) || capital_in_dquotes(t, s, i)))
		return 1;
	if (first && (w->dflags & D_FIRST) && sentence_start(t, s, i) &&
	    verb_follows(t, s, i))
		return 1;
	/* The row's surname too, capitalized where a sentence starts, as
	 * the subject of what only a person does: "Pigeon refuse le
	 * traitement", "Vigneron ne veut pas" (namesweep19's sweep: the
	 * clause above asks a first name).  person_verb_follows, not
	 * verb_follows: "est", "reste", "passe" have a mass or a drug for
	 * subject as often ("Masse est palpée"); and no participle, which
	 * folds to the verb ("Pain refusé ce midi" of a row PAIN). */
	if (!first && (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    sentence_start(t, s, i) && person_verb_follows(t, s, i) &&
	    !participle_next(t, s, i))
		return 1;
	/* "NOM, Prénom", "NOM (Prénom)": the row's other name across a
	 * comma or a parenthesis ("bouvier, constant", "MARTEAU (Aurore)") */
	if (row_pair_across(t, s, i, row, nrow, off, flen, k))
		return 1;
	/* names32: the row's surname, capitalized at a sentence's start,
	 * before a colon and a call to make, or a participle of a call, a
	 * visit or a plan ("Pigeon : rappeler demain", "Tisserand prévu
	 * lundi", "Chapelle vu ce jour"): start_person_follows, the
	 * participles of a person's, not those of a mass ("Pain refusé"
	 * of a row PAIN stays, as above) */
	if (!first && (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    sentence_start(t, s, i) && start_person_follows(t, s, i, 1))
		return 1;
	if (row_caps_person_cue(t, s, i))
		return 1;
	/* names38: the row's surname in lower case after a cue that brings
	 * a person ("vu par vigneron", "signé pigeon", "appel de chapelle
	 * ce matin"), or as a hashtag or a handle in any case ("#pigeon",
	 * "@Vigneron"): the patient's own word used as a name */
	if (!first && ((!(w->flags & (W_CAP | W_UPPER)) &&
	    lower_person_cue(t, s, i)) || row_tagged(t, s, i)))
		return 1;
	/* names30: the row's surname at a sentence's start before what
	 * only a person does (the "Pigeon refuse" clause above), read in a
	 * note all in capitals: "RAS. PIGEON APPELLE POUR SON TRAITEMENT" */
	if (!first && (w->flags & W_UPPER) && (i == 0 ||
	    (s->words[i - 1].flags & W_UPPER)) && sentence_start(t, s, i) &&
	    person_verb_follows(t, s, i) && !participle_next(t, s, i))
		return 1;
	if (written_as_name(t, s, i) || row_caps_hyphen_chain(t, s, i))
		return 1;
	/* hostile36: the row's surname alone in a segment ("RAS
	 * (Vigneron)", a signature), before a possessive ("Vigneron's"),
	 * or in lower case after a name's label ("nom : vigneron") */
	if ((!first && alone_in_segment(t, s, i)) ||
	    possessive_follows(t, s, i) || after_name_label(t, s, i, first))
		return 1;
	/* leaks45: the row's surname the only word in brackets, in any
	 * case ("(vigneron)"), or a proper noun alone after a label's colon
	 * ("Repas : Pigeon") */
	if (!first && (alone_in_brackets(t, s, i) ||
	    after_label_colon(t, s, i)))
		return 1;
	/* names38's cue for the row's first name too: "vu par rose",
	 * "signé rose", "appel de rose ce matin" (the noun wants its
	 * article there) */
	if (first && lower_person_cue(t, s, i))
		return 1;
	return !word_lexicon(t, (struct detect_scratch *)s, i);
}

/* Word i is a particle of a row value (v, vlen), at [a, b) of it: is the
 * value's next part the next word of the text, or its previous part the
 * previous word?  "le" of "LE GALL" only beside "gall". */
static int
particle_beside_rest(const char *t, const struct detect_scratch *s, size_t i,
    const char *v, size_t vlen, size_t a, size_t b)
{
	size_t c = b + 1, e;

	for (e = c; e < vlen && v[e] != ' ' && v[e] != '\''; e++)
		;
	if (b < vlen && i + 1 < s->nwords && joined(t, s, i) &&
	    s->words[i + 1].fold_len == e - c &&
	    memcmp(wf(s, &s->words[i + 1]), v + c, e - c) == 0)
		return 1;
	if (a > 0 && i > 0 && joined(t, s, i - 1)) {
		size_t pe = a - 1, ps;

		for (ps = pe; ps > 0 && v[ps - 1] != ' ' && v[ps - 1] != '\'';
		    ps--)
			;
		return s->words[i - 1].fold_len == pe - ps &&
		    memcmp(wf(s, &s->words[i - 1]), v + ps, pe - ps) == 0;
	}
	return 0;
}

/* A 256-bit filter of the parts' hashes (two bits each): a word whose
 * bits are not all set is no part of any row value, which is most words;
 * a word that passes is compared byte by byte as before. */
static inline __attribute__((always_inline)) void
bloom_add(struct row_filter *bloom, uint64_t h)
{
	bloom->bloom[(h >> 6) & 3] |= (uint64_t)1 << (h & 63);
	bloom->bloom[(h >> 14) & 3] |= (uint64_t)1 << ((h >> 8) & 63);
	bloom->vmask[(h >> 16) & 63] |= (uint8_t)bloom->bit;
}

static inline __attribute__((always_inline)) unsigned
bloom_has(const uint64_t *bloom, uint64_t h)
{
	return (unsigned)(bloom[(h >> 6) & 3] >> (h & 63) &
	    bloom[(h >> 14) & 3] >> ((h >> 8) & 63) & 1);
}

/* v[vlen] is a space (scan_row_names puts one after each value): the
 * loop over a part's bytes needs no test of the end. */
static void
row_value_split(const char *v, size_t vlen, struct row_parts *p,
    struct row_filter *bloom)
{
	unsigned high = 0;

	p->n = 0;
	p->compound = 0;
	for (size_t a = 0, b; a < vlen && p->n < MAX_PARTS; a = b + 1) {
		uint64_t h;

		for (b = a; v[b] != ' ' && v[b] != '\''; b++)
			;
		h = hash(v + a, b - a);
		p->compound |= b < vlen;
		p->h[p->n] = h;
		p->off[p->n] = (uint16_t)a;
		p->len[p->n++] = (uint16_t)(b - a);
		bloom_add(bloom, h);
	}
	for (size_t a = 0; a < vlen; a++)
		high |= (uint8_t)v[a];
	p->ascii = high < 0x80;
}

/* What norm_value (NORM_TEXT) makes of an ASCII byte (norm.c
 * ascii_folded): lower case; tab, line ends and the hyphen a space; the
 * backquote an apostrophe.  test_row_fold checks row_value_fast against
 * norm_value (row_value_fold_agrees). */
#define ROW_FOLD(c)	((c) >= 'A' && (c) <= 'Z' ? (c) + 'a' - 'A' :	\
	(c) == '\t' || (c) == '\n' || (c) == '\r' || (c) == '-' ? ' ' :	\
	(c) == '`' ? '\'' : (c))
#define ROW_FOLD4(c)	ROW_FOLD(c), ROW_FOLD((c) + 1), ROW_FOLD((c) + 2), \
	ROW_FOLD((c) + 3)
#define ROW_FOLD16(c)	ROW_FOLD4(c), ROW_FOLD4((c) + 4), ROW_FOLD4((c) + 8), \
	ROW_FOLD4((c) + 12)
static const unsigned char row_ascii_fold[128] = {
	ROW_FOLD16(0), ROW_FOLD16(16), ROW_FOLD16(32), ROW_FOLD16(48),
	ROW_FOLD16(64), ROW_FOLD16(80), ROW_FOLD16(96), ROW_FOLD16(112),
};
/* The same for the bytes a part is made of, 0 for the others: those
 * that fold to a space or an apostrophe, control bytes, bytes beyond
 * ASCII (row_value_fast reads them one at a time). */
#define ROW_PLAIN(c)	((c) < 0x20 || (c) >= 0x80 ||			\
	ROW_FOLD(c) == ' ' || ROW_FOLD(c) == '\'' ? 0 : \
	(unsigned char)ROW_FOLD(c))	/* clang reads both arms' values */
#define ROW_PLAIN4(c)	ROW_PLAIN(c), ROW_PLAIN((c) + 1), ROW_PLAIN((c) + 2), \
	ROW_PLAIN((c) + 3)
#define ROW_PLAIN16(c)	ROW_PLAIN4(c), ROW_PLAIN4((c) + 4), \
	ROW_PLAIN4((c) + 8), ROW_PLAIN4((c) + 12)
#define ROW_PLAIN64(c)	ROW_PLAIN16(c), ROW_PLAIN16((c) + 16), \
	ROW_PLAIN16((c) + 32), ROW_PLAIN16((c) + 48)
static const unsigned char row_ascii_plain[256] = {
	ROW_PLAIN64(0), ROW_PLAIN64(64), ROW_PLAIN64(128), ROW_PLAIN64(192),
};

/* Part [a, b) of a value's fold ends at one of its spaces or apostrophes
 * (row_value_fast; hashed once the fold is made). */
static inline void
row_part_end(struct row_parts *p, size_t a, size_t b)
{
	if (p->n >= MAX_PARTS)
		return;
	p->compound = 1;
	p->off[p->n] = (uint16_t)a;
	p->len[p->n++] = (uint16_t)(b - a);
}

#if defined(__SSE2__)
/* Sixteen bytes of a value whose n bytes (1 to 15) start at v, the bytes
 * past n zeros: two loads that overlap (of eight, of four, or the bytes),
 * none past v + n (a row value is the caller's, with nothing after it). */
static inline __m128i
row_load_short(const unsigned char *v, size_t n)
{
	uint64_t lo = 0, hi = 0;
	uint32_t a, b;

	if (n >= 8) {
		memcpy(&lo, v, 8);
		if (n > 8) {
			memcpy(&hi, v + n - 8, 8);
			hi >>= 8 * (16 - n);
		}
	} else if (n >= 4) {
		memcpy(&a, v, 4);
		memcpy(&b, v + n - 4, 4);
		lo = a | (((uint64_t)b >> (8 * (8 - n))) << 32);
	} else {
		for (size_t k = 0; k < n; k++)
			lo |= (uint64_t)v[k] << (8 * k);
	}
	return _mm_set_epi64x((long long)hi, (long long)lo);
}

/* Sixteen bytes x folded as row_ascii_fold folds them, stored at d: the
 * bit of each byte that folds to a space (a space, a hyphen) in *sep, of
 * each that sends the value to the byte loop in *odd (a byte beyond
 * ASCII, a control byte (a tab, a line end too: rare in a value), an
 * apostrophe or a backquote), of each byte beyond ASCII in *high (left
 * as it is in d). */
static inline __attribute__((always_inline)) void
row_fold16(__m128i x, char *d, unsigned *sep, unsigned *odd, unsigned *high)
{
	__m128i hy = _mm_cmpeq_epi8(x, _mm_set1_epi8('-'));
	__m128i sp = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), hy);
	/* (signed: the bytes beyond ASCII are below 0x20 too) */
	__m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('`'))));
	/* 'A' to 'Z': x - 'A' below 26, unsigned, as a signed compare of
	 * x - 'A' - 128 with 26 - 128 */
	__m128i up = _mm_cmplt_epi8(_mm_sub_epi8(x, _mm_set1_epi8(
	    (char)('A' + 128))), _mm_set1_epi8((char)(26 - 128)));
	/* a letter + 0x20; a hyphen - ('-' - ' ') */
	__m128i f = _mm_sub_epi8(_mm_add_epi8(x, _mm_and_si128(up,
	    _mm_set1_epi8(0x20))), _mm_and_si128(hy, _mm_set1_epi8('-' - ' ')));

	_mm_storeu_si128((__m128i *)(void *)d, f);
	*sep = (unsigned)_mm_movemask_epi8(sp);
	*odd = (unsigned)_mm_movemask_epi8(bad);
	*high = (unsigned)_mm_movemask_epi8(x);
}

/* The fold of each two-byte letter of row_fold_latin (U+0080 to U+027F:
 * lead bytes 0xc2 to 0xc9): one or two ASCII letters, the first in the
 * low byte, the second (or 0) in the high byte; 0 for a character that
 * folds to anything else.  Made once from norm_latin_fold, where each
 * letter was a call and its tests (speed29e). */
static uint16_t row_latin_letters[8 * 64];
static pthread_once_t row_latin_once = PTHREAD_ONCE_INIT;

static void
row_latin_init(void)
{
	for (unsigned x = 0; x < 8 * 64; x++) {
		const char *f;
		int fl = norm_latin_fold(0x80 + x, &f);

		if (fl < 1 || fl > 2 || (unsigned char)(f[0] - 'a') > 25 ||
		    (fl == 2 && (unsigned char)(f[1] - 'a') > 25))
			continue;
		row_latin_letters[x] = (uint16_t)((unsigned char)f[0] |
		    (fl == 2 ? (unsigned)(unsigned char)f[1] << 8 : 0));
	}
}

/*
 * The fold at d of a value of row_value_simple whose bytes beyond ASCII
 * (bits high) are two-byte Latin letters that fold alone to one or two
 * ASCII letters ("Frédérik", "6 cours Napoléon", "SCHŒFFER"): d holds
 * the fold of its ASCII bytes where they stand; each letter's fold is
 * written in its place and the bytes after it moved back over the byte
 * it saved, the separators' bits (*sep) with them.  The fold's length,
 * or 0 for another value (the byte loop's).  A letter folds to letters
 * only, so a separator has the same neighbours in the fold as in the
 * value.
 */
static __attribute__((noinline)) size_t
row_fold_latin(const unsigned char *u, size_t len, char *d, uint64_t high,
    uint64_t *sep)
{
	uint64_t in = *sep, out = 0;
	size_t k = 0, n = 0;	/* the value's bytes read; the fold's made */

	/* (row_latin_letters made when the row cache was: row_cache_alloc,
	 * a call and its load every value with a letter before, speed30d) */
	while (high) {
		size_t q = (size_t)__builtin_ctzll(high);
		unsigned lf;

		/* (u[q] - 0xc2 wraps for a lead byte below 0xc2) */
		if (q + 1 >= len || (unsigned)(u[q] - 0xc2) > 0xc9 - 0xc2 ||
		    (u[q + 1] & 0xc0) != 0x80 || (lf = row_latin_letters[
		    ((unsigned)(u[q] - 0xc2) << 6) | (u[q + 1] & 0x3fu)]) == 0)
			return 0;
		/* the ASCII bytes [k, q), folded where they stand, to n */
		out |= (in & ((1ULL << q) - 1) & ~((1ULL << k) - 1)) >> (k - n);
		if (n != k)
			for (size_t j = k; j < q; j++)
				d[n + j - k] = d[j];
		n += q - k;
		d[n++] = (char)(lf & 0xff);
		if (lf >> 8)
			d[n++] = (char)(lf >> 8);
		k = q + 2;
		high &= ~(3ULL << q);
	}
	out |= (in & ~((1ULL << k) - 1)) >> (k - n);
	/* the bytes after the last letter, sixteen at a time: moved back,
	 * each load before the store that could reach its bytes; d has
	 * room for len + 16 (what is stored past the fold is the caller's
	 * room, no byte of the fold) */
	if (n != k)
		for (size_t j = k; j < len; j += 16)
			_mm_storeu_si128((__m128i *)(void *)(d + n + j - k),
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (d + j)));
	n += len - k;
	*sep = out;
	return n;
}

/*
 * row_value_fast's common case, sixteen bytes at a time: a value of 1 to
 * 63 bytes of ASCII and two-byte Latin letters whose separators (a
 * space, a hyphen) stand alone between two of its other bytes ("LEFORT",
 * "74 rue Jean Moulin", "Jean-Pierre", "Frédérik"): its ASCII bytes fold
 * byte for byte (the letters: row_fold_latin), into parts between the
 * separators.  The fold's length (its parts in p, their bits in bloom,
 * as row_value_fast makes them), or 0: not such a value (nothing written
 * that counts: d's bytes are the caller's room, p and bloom untouched).
 * d has room for len + 16 bytes.
 */
static inline __attribute__((always_inline)) size_t
row_value_simple(const unsigned char *u, size_t len, char *d,
    struct row_parts *p, struct row_filter *bloom)
{
	uint64_t sep = 0, odd = 0, high = 0, valid;
	unsigned s, o, h8;
	size_t i, a, n, flen;

	if (len - 1 >= 63)
		return 0;
	valid = ~0ULL >> (64 - len);
	if (len < 16) {
		row_fold16(row_load_short(u, len), d, &s, &o, &h8);
		sep = s;
		odd = o;
		high = h8;
	} else {
		for (i = 0; i + 16 <= len; i += 16) {
			row_fold16(_mm_loadu_si128((const __m128i *)(const void *)
			    (u + i)), d + i, &s, &o, &h8);
			sep |= (uint64_t)s << i;
			odd |= (uint64_t)o << i;
			high |= (uint64_t)h8 << i;
		}
		/* the last bytes: the sixteen that end the value, those
		 * already folded folded again the same */
		if (i < len) {
			row_fold16(_mm_loadu_si128((const __m128i *)(const void *)
			    (u + len - 16)), d + len - 16, &s, &o, &h8);
			sep |= (uint64_t)s << (len - 16);
			odd |= (uint64_t)o << (len - 16);
			high |= (uint64_t)h8 << (len - 16);
		}
	}
	sep &= valid;
	high &= valid;
	/* no odd byte but those beyond ASCII, no separator first or last,
	 * none beside another (one branch) */
	if (((odd & valid & ~high) | (sep & 1) | (sep >> (len - 1)) |
	    (sep & (sep >> 1))) != 0)
		return 0;
	flen = len;
	if (high != 0 && (flen = row_fold_latin(u, len, d, high, &sep)) == 0)
		return 0;
	/* the parts end at the separators and at flen (at most 32 parts in
	 * 63 bytes: MAX_PARTS) */
	sep |= 1ULL << flen;
	n = 0;
	a = 0;
	for (;;) {
		size_t b = (size_t)__builtin_ctzll(sep);
		uint64_t h = hash_padded(d + a, b - a);

		p->h[n] = h;
		p->off[n] = (uint16_t)a;
		p->len[n++] = (uint16_t)(b - a);
		bloom_add(bloom, h);
		if (b == flen)
			break;
		sep &= sep - 1;
		a = b + 1;
	}
	p->n = n;
	p->compound = n > 1;
	p->ascii = 1;
	return flen;
}
#endif

/*
 * Row value v[0, len) folded as norm_value (NORM_TEXT) folds it, appended
 * to out with a space after it (none when the fold is empty), and split
 * into p as row_value_split splits the fold, its parts' bits or-ed into
 * bloom: one pass over the bytes, where the fold, its copy and the split
 * were three (docs/performance.md, speed23b).  For a value of ASCII and
 * of two-byte Latin letters that fold alone to two bytes at most
 * (norm_latin_fold: "é" -> "e", "ß" -> "ss"), which is nearly every name
 * and address; 0 for any other
 * character (nothing appended and no bit in bloom: the parts are hashed
 * once the fold is made; the caller folds it with norm_value, as
 * row_cache_fill does), 1 done (*flen: the fold's length), or -ENOMEM.  The fold:
 * each byte's (row_ascii_fold) or letter's, spaces collapsed (never one
 * first, never two in a row, none last), as norm_text's fast path.
 */
static int
row_value_fast(const char *v, size_t len, struct buf *out,
    struct row_parts *p, struct row_filter *bloom, size_t *flen)
{
	const unsigned char *u = (const unsigned char *)v;
	size_t n = 0, a = 0;	/* the bytes written; the part's start */
	unsigned high = 0;
	/* sp: a space here is dropped (at the start, after a space); pend:
	 * the last byte written is a space, a part's end once a byte follows
	 * (the last one is dropped) */
	int sp = 1, pend = 0;
	char *d;

	/* a byte folds to one, a two-byte letter to two at most (longer:
	 * norm_value's way): the fold is no longer than the value, and
	 * ctxfold no larger than before; HASH_PAD bytes of room past it,
	 * which hash_padded reads (masked) */
	if (buf_reserve(out, len + 1 + HASH_PAD) != 0)
		return -ENOMEM;
	d = out->data + out->len;
	p->n = 0;
	p->compound = 0;
	for (size_t k = 0; k < len;) {
		const char *f;
		unsigned char x;
		int fl;

		/* a part's letters and digits (most bytes): folded, stored and
		 * hashed, with no other test */
		if (row_ascii_plain[u[k]]) {
			if (pend) {
				row_part_end(p, a, n - 1);
				a = n;
				pend = 0;
			}
			do {
				x = row_ascii_plain[u[k]];
				d[n++] = (char)x;
			} while (++k < len && row_ascii_plain[u[k]]);
			sp = 0;
			continue;
		}
		if (u[k] < 0x80) {
			f = (const char *)&row_ascii_fold[u[k]];
			fl = 1;
			k++;
		} else if (u[k] < 0xc2 || u[k] > 0xc9 || k + 1 >= len ||
		    (u[k + 1] & 0xc0) != 0x80 || (fl = norm_latin_fold(
		    ((unsigned)(u[k] & 0x1f) << 6) | (u[k + 1] & 0x3fu),
		    &f)) < 0 || fl > 2) {
			return 0;
		} else {
			k += 2;
		}
		for (int j = 0; j < fl; j++) {
			x = (unsigned char)f[j];
			/* a space (maybe dropped) ends the part once a byte
			 * follows it; an apostrophe ends it where it stands */
			if (x == ' ') {
				if (!sp) {
					d[n++] = ' ';
					sp = pend = 1;
				}
				continue;
			}
			if (pend) {
				row_part_end(p, a, n - 1);
				a = n;
				pend = 0;
			}
			d[n++] = (char)x;
			sp = 0;
			high |= x;
			if (x == '\'') {
				row_part_end(p, a, n - 1);
				a = n;
			}
		}
	}
	n -= (size_t)pend;	/* the last space */
	if (a < n && p->n < MAX_PARTS) {
		p->off[p->n] = (uint16_t)a;
		p->len[p->n++] = (uint16_t)(n - a);
	}
	/* the parts' hashes once the fold is made, not in its loop (a call
	 * inlined at each of the loop's three ends crowded its registers) */
	for (size_t q = 0; q < p->n; q++) {
		uint64_t h = hash_padded(d + p->off[q], p->len[q]);

		p->h[q] = h;
		bloom_add(bloom, h);
	}
	p->ascii = high < 0x80;
	*flen = n;
	if (n > 0) {
		d[n] = ' ';
		out->len += n + 1;
	}
	return 1;
}

/* row_value_fast's result the same way: a value of row_value_simple's
 * here, sixteen bytes at a time and no call (most names and addresses);
 * the others in row_value_fast's byte loop. */
static inline __attribute__((always_inline)) int
row_value_fold(const char *v, size_t len, struct buf *out,
    struct row_parts *p, struct row_filter *bloom, size_t *flen)
{
#if defined(__SSE2__)
	char *d;
	size_t n;

	/* row_value_simple stores sixteen bytes at a time; hash_padded
	 * reads HASH_PAD past a part (masked) */
	if (buf_reserve(out, len + 16 + HASH_PAD) != 0)
		return -ENOMEM;
	d = out->data + out->len;
	if ((n = row_value_simple((const unsigned char *)v, len, d, p,
	    bloom)) != 0) {
		*flen = n;
		d[n] = ' ';
		out->len += n + 1;
		return 1;
	}
#endif
	return row_value_fast(v, len, out, p, bloom, flen);
}

/* For the tests (test_row_fold): value v folded and split by
 * row_value_fast, and by norm_value then row_value_split, as
 * scan_row_names does either way: 1 the same fold, parts and filter
 * bits, 0 not, 2 row_value_fast leaves the value to norm_value, or a
 * negative errno. */
int
row_value_fold_agrees(const char *v, size_t len)
{
	struct buf fast = BUF_INIT, ref = BUF_INIT;
	struct row_parts pf, pr;
	struct row_filter bf, br;
	size_t flen = 0;
	int r;

	row_filter_clear(&bf);
	row_filter_clear(&br);
	pthread_once(&row_latin_once, row_latin_init);
	if ((r = row_value_fold(v, len, &fast, &pf, &bf, &flen)) != 1) {
		r = r == 0 ? 2 : r;
		goto out;
	}
	if ((r = norm_value(NORM_TEXT, v, len, &ref)) != 0 ||
	    (r = buf_putc(&ref, ' ')) != 0)
		goto out;
	ref.len--;	/* the space after it, for row_value_split */
	r = 0;
	if (flen != ref.len || fast.len != (flen > 0 ? flen + 1 : 0) ||
	    memcmp(fast.data ? fast.data : "", ref.data, flen) != 0)
		goto out;
	if (flen == 0) {
		r = 1;
		goto out;
	}
	row_value_split(ref.data, ref.len, &pr, &br);
	if (pf.n != pr.n || pf.compound != pr.compound ||
	    pf.ascii != pr.ascii || memcmp(bf.bloom, br.bloom,
	    sizeof(bf.bloom)) != 0 || memcmp(bf.vmask, br.vmask,
	    sizeof(bf.vmask)) != 0)
		goto out;
	for (size_t q = 0; q < pf.n; q++)
		if (pf.h[q] != pr.h[q] || pf.off[q] != pr.off[q] ||
		    pf.len[q] != pr.len[q])
			goto out;
	r = 1;
 out:
	buf_free(&fast);
	buf_free(&ref);
	return r;
}

/* Row value k found at the words listed in cand (ncand of them, in
 * order; all words if cand is NULL), or at the words of *wmask (bit i:
 * word i) when wmask is not NULL. */
static int
row_value_words(const char *t, const struct detect_value *row, size_t nrow,
    size_t k, const size_t *off, const size_t *flen, const struct row_parts *p,
    const uint32_t *cand, size_t ncand, const uint64_t *wmask,
    struct detect_scratch *s)
{
	const char *v = row_fold(s) + off[k];
	/* (held here: flen points into the row cache, which the calls in
	 * the loop could write as far as the compiler knows) */
	const size_t vlen = flen[k];
	int addr = row[k].kind == DETECT_IDENT_ADDRESS;
	size_t next = 0;	/* words before it belong to an address found */
	int r;

	/* A name's word some of whose bytes a span holds already (the row's
	 * name in an e-mail address, "bernard-lopez@...", taken before this
	 * scan) is not looked at: add_span would take nothing, and nothing
	 * the loop asks before it writes but the caches of
	 * eponym_position_row and word_lexicon, whose answers do not change.
	 * (An address's word is: its end sets next whatever add_span says.)
	 * Those words were among the costliest asked (the hyphen beside them
	 * opens eponym_may, some 1,000 instructions), speed29b. */
	/* the words of wmask (bit i: word i) when it is given, in order */
	uint64_t m = wmask != NULL ? *wmask : 0;

	for (size_t c = 0;; c++) {
		size_t i;

		if (wmask != NULL) {
			if (m == 0)
				break;
			i = (size_t)__builtin_ctzll(m);
			m &= m - 1;
		} else {
			if (c >= ncand)
				break;
			i = cand != NULL ? cand[c] : c;
		}
		const struct detect_word *w = &s->words[i];
		const char *f;
		size_t a = vlen, b = 0, j, q;

		if (i < next || (!addr && (w->flags & W_DIGIT)))
			continue;
		f = wf(s, w);
		/* Each part of the value; an address only as a run of at
		 * least two of its parts (its number and street).  The
		 * word passed the filter of every value's parts: its hash
		 * first, a test that fails but at the part it is (where
		 * the length failed one time in four, at no place a
		 * predictor could learn). */
		for (q = 0; q < p->n; q++)
			if (p->h[q] == w->fhash && p->len[q] == w->fold_len &&
			    v[p->off[q]] == f[0] &&
			    memcmp(v + p->off[q], f, p->len[q]) == 0) {
				a = p->off[q];
				b = a + p->len[q];
				break;
			}
		/* (the taken test after the part's: most words the filter
		 * let through are a part of one value of three, and the
		 * part's test writes nothing; speed29e) */
		if (a >= vlen || (!addr && overlaps(s, w->start, w->end)))
			continue;
		/* "le" of "LE GALL", "n" of "N'DIAYE", "sainte" of
		 * "MARIE-SAINTE": only beside the rest of the value.  (The
		 * part is word i, whose dictionary flags say it is one of
		 * the particles: no walk through the list.) */
		if (word_has(s, i, D_PARTICLE) && p->compound) {
			/* "née à Sainte-Rose": a town there */
			if (!particle_beside_rest(t, s, i, v, vlen, a, b) ||
			    (eponym_position_row(t, s, i) &&
			    !row_full_name_beside(t, s, i, row, nrow, off, flen,
			    k, NULL)))
				continue;
		} else if (!addr && (!row_part_usable(t, s, i, row, nrow, off,
		    flen, k, row[k].kind == DETECT_IDENT_FIRST_NAME) ||
		    (eponym_position_row(t, s, i) &&
		    !row_full_name_beside(t, s, i, row, nrow, off, flen, k,
		    NULL) &&
		    /* "Centre de santé Kerouredan (Martine)": the pair
		     * across a parenthesis or a comma too (review,
		     * eighteenth pass) */
		    !row_pair_across(t, s, i, row, nrow, off, flen, k))))
			continue;
		if (!addr) {
			if ((r = add_span(s, w->start, w->end, DETECT_NAME,
			    (int)k)) < 0)
				return r;
			continue;
		}
		/* Address: extend over the following words of the value. */
		for (j = i; j + 1 < s->nwords && b < vlen; j++) {
			size_t c2 = b, e;
			/* The value's separators: spaces, apostrophes, hyphens,
			 * punctuation ("EHPAD Les Hortensias, ch. 112", "Les
			 * Jardins de l'Étoile, bât A4"). */
			while (c2 < vlen && !is_alnum_byte(v[c2]))
				c2++;
			for (e = c2; e < vlen && is_alnum_byte(v[e]); e++)
				;
			if (e == c2 || !joined(t, s, j) ||
			    s->words[j + 1].fold_len != e - c2 ||
			    memcmp(wf(s, &s->words[j + 1]), v + c2, e - c2) != 0)
				break;
			b = e;
		}
		/* A one-word value (a city) stands alone. */
		if (p->n == 1 && w->fold_len >= 3) {
			if ((r = add_span(s, w->start, w->end, DETECT_ADDRESS,
			    (int)k)) < 0)
				return r;
			continue;
		}
		/* "de la" alone is not the address. */
		size_t real = 0;
		for (size_t x = i; x <= j; x++)
			real += !word_has(s, x, D_PARTICLE) &&
			    !word_has(s, x, D_STREET);
		if (j > i && real > 0) {
			if ((r = add_span(s, w->start, s->words[j].end,
			    DETECT_ADDRESS, (int)k)) < 0)
				return r;
			next = j + 1;
		}
	}
	return 0;
}

/* Words that the filter lets through, at most MAX_CAND (more: every word
 * is a candidate). */
#define MAX_CAND	128

/* Word i stands where a name stands: after a title or a relative, or
 * beside a span of the row's names.  (A particle of the value itself
 * also says it, see scan_row_fuzzy: "la" alone does not, "la famille"
 * is no "Camille".) */
static int
fuzzy_name_context(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp;

	if (i > 0 && joined(t, s, i - 1) && (is_title(t, s, i - 1) ||
	    word_has(s, i - 1, D_RELATIVE) ||
	    ((sp = span_of(s, i - 1)) != NULL && sp->kind == DETECT_NAME &&
	    sp->ctx >= 0)))
		return 1;
	return i + 1 < s->nwords && joined(t, s, i) &&
	    (sp = span_of(s, i + 1)) != NULL && sp->kind == DETECT_NAME &&
	    sp->ctx >= 0;
}

/* Word j is part q of the value v (split into p). */
static int
word_part_is(const struct detect_scratch *s, size_t j, const char *v,
    const struct row_parts *p, size_t q)
{
	const struct detect_word *w = &s->words[j];

	return q < p->n && w->fold_len == p->len[q] &&
	    memcmp(wf(s, w), v + p->off[q], p->len[q]) == 0;
}

/* Word j, not taken, is part q of value k exactly: take it with the
 * typo beside it ("LE" of "LE SAAOUT", "AIME" of "BIN-AIME"). */
static int
fuzzy_take_beside(struct detect_scratch *s, size_t j,
    const char *v, const struct row_parts *p, size_t q, int k)
{
	const struct detect_word *w = &s->words[j];

	if (word_taken(s, j) || !word_part_is(s, j, v, p, q))
		return 0;
	return add_span(s, w->start, w->end, DETECT_NAME, k);
}

/* c is a vowel of a Latin name, folded (y too: GUYOT, FOY). */
static inline int
skel_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
	    c == 'y';
}

/* f (n bytes, folded) with doubled letters made one, into d: its length,
 * 0 when it does not fit. */
static size_t
skel_single(const char *f, size_t n, char *d)
{
	size_t m = 0;

	for (size_t i = 0; i < n; i++) {
		if (m > 0 && d[m - 1] == f[i])
			continue;
		if (m + 1 >= FUZZY_SKEL_MAX)
			return 0;
		d[m++] = f[i];
	}
	return m;
}

/* The skeletons of part fp (rowvar43): its first letter and its
 * consonants, when the part is SKEL_PART ASCII letters or more with a
 * vowel after the first letter, and what is left is SKEL_MIN letters or
 * more; the same with doubled letters made one, when that is SKEL_MIN
 * or more too. */
static void
skel_make(struct fuzzy_part *fp)
{
	size_t m = 0;

	fp->sklen = fp->sk2len = 0;
	if (fp->nchars < SKEL_PART || fp->len != fp->nchars)
		return;
	for (size_t i = 0; i < fp->len; i++) {
		char c = fp->w[i];

		if (c < 'a' || c > 'z')
			return;		/* an apostrophe, a sign: no skeleton */
		if (i > 0 && skel_vowel(c))
			continue;
		if (m + 1 >= FUZZY_SKEL_MAX)
			return;
		fp->sk[m++] = c;
	}
	if (m < SKEL_MIN || m == fp->len)
		return;
	fp->sklen = (uint8_t)m;
	m = skel_single(fp->sk, m, fp->sk2);
	fp->sk2len = (uint8_t)(m >= SKEL_MIN ? m : 0);
}

/* Word f (n bytes, folded) has a skeleton's shape: SKEL_MIN to
 * FUZZY_SKEL_MAX - 1 ASCII letters, no vowel after the first (skel_is
 * asks it again).  Most words fail at their second or third letter. */
static inline int
skel_shape(const char *f, size_t n)
{
	if (n < SKEL_MIN || n >= FUZZY_SKEL_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (f[i] < 'a' || f[i] > 'z' || (i > 0 && skel_vowel(f[i])))
			return 0;
	return 1;
}

/* Word f (n bytes, folded) is part fp's skeleton: its first letter and
 * consonants alone ("dpnt", "grrd" of DUPONT, GIRARD), or those with a
 * doubled letter made one or doubled ("lefbvr", "chvllr"), or without a
 * first vowel ("rnlt" of ARNOULT).  A word with a vowel after its first
 * letter is none: the typos are fuzzy_distance's. */
static int
skel_is(const char *f, size_t n, const struct fuzzy_part *fp)
{
	char d[FUZZY_SKEL_MAX];
	size_t m;

	if (n < SKEL_MIN || n >= FUZZY_SKEL_MAX || (f[0] != fp->sk[0] &&
	    !(skel_vowel(fp->sk[0]) && f[0] == fp->sk[1])))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (f[i] < 'a' || f[i] > 'z' || (i > 0 && skel_vowel(f[i])))
			return 0;
	if (n == fp->sklen && memcmp(f, fp->sk, n) == 0)
		return 1;
	if (skel_vowel(fp->sk[0]) && n + 1 == fp->sklen &&
	    memcmp(f, fp->sk + 1, n) == 0)
		return 1;
	if (fp->sk2len == 0 || (m = skel_single(f, n, d)) != fp->sk2len)
		return 0;
	return memcmp(d, fp->sk2, m) == 0 || (skel_vowel(fp->sk2[0]) &&
	    m + 1 == fp->sk2len && memcmp(d, fp->sk2 + 1, m) == 0);
}

/* The parts of the row's name values a typo may be read for (four
 * letters or more), into fp; their count, and the range of
 * word lengths that can be near one. */
static size_t
fuzzy_parts(const struct detect_value *row, const uint8_t *vals,
    size_t nvals, const size_t *off, const struct row_parts *parts,
    const struct detect_scratch *s, struct fuzzy_part *fp, size_t *minlen,
    size_t *maxlen)
{
	size_t nfp = 0;

	*minlen = SIZE_MAX;
	*maxlen = 0;
	for (size_t x = 0; x < nvals; x++) {
		size_t k = vals[x];
		const struct row_parts *p = &parts[k];
		const char *v = row_fold(s) + off[k];

		if (row[k].kind == DETECT_IDENT_ADDRESS)
			continue;
		for (size_t q = 0; q < p->n && nfp < MAX_FUZZY; q++) {
			const char *w = v + p->off[q];
			/* (an ASCII part: a character a byte) */
			size_t nc = p->ascii ? p->len[q] :
			    fuzzy_nchars(w, p->len[q]);
			unsigned max = fuzzy_budget(nc);

			if (max == 0)
				continue;
			/* its letters' set when a word first needs it */
			fp[nfp] = (struct fuzzy_part){ w, p->len[q], (uint16_t)nc,
			    (uint16_t)k, (uint16_t)q, (uint8_t)max, 0, 0, 0,
			    { 0 }, { 0 } };
			if (nc - max < *minlen)
				*minlen = nc - max;
			/* (a skeleton is shorter: "dpnt"; the skeletons are
			 * made when a word of their shape first needs them,
			 * scan_row_fuzzy: most comments hold none, and making
			 * them for every row cost ~1% of a pass, speed44) */
			if (p->ascii && nc >= SKEL_PART && SKEL_MIN < *minlen)
				*minlen = SKEL_MIN;
			if (nc + max > *maxlen)
				*maxlen = nc + max;
			nfp++;
		}
	}
	if (*minlen < 3)
		*minlen = 3;
	return nfp;
}

/* Word w may be a typo of the row's names, by what tokenize said of it
 * (three letters or more, no number, no word of the tables: W_NOFUZZY,
 * the dictionary's FUZZY_NOT as tokenize read it, one test of the flags
 * where the dflags were loaded and masked too): the words fuzzy_skip
 * would let through are among these, and only these are walked again
 * once the row's own words are taken. */
static inline int
fuzzy_may(const struct detect_word *w)
{
	return (w->nchars >= 3) & ((w->flags & (W_DIGIT | W_NOFUZZY)) == 0);
}

/* Word i can be no typo of the row's names: its length is out of
 * [minlen, maxlen], a number, a word of the tables, taken, or in lower
 * case with no title, relative, particle or span beside it.  (The words
 * beside it are read afresh: a typo found takes its neighbours.) */
static inline int
fuzzy_skip(const struct detect_scratch *s, size_t i, size_t minlen,
    size_t maxlen)
{
	const struct detect_word *w = &s->words[i];
	/* the words beside, w itself where there is none (its answer then
	 * masked): selects, where the two tests of i were branches the
	 * first and last words sent the other way (speed36b) */
	const unsigned hb = i > 0, ha = i + 1 < s->nwords;
	const struct detect_word *wb = w - hb, *wa = w + ha;
	const int before = (int)hb & (((wb->dflags & (D_TITLE | D_RELATIVE |
	    D_PARTICLE)) != 0) | (wb->touched != 0));
	const int after = (int)ha & (wa->touched != 0);

	return (w->nchars - minlen > maxlen - minlen) |
	    ((w->flags & W_DIGIT) != 0) | ((w->dflags & FUZZY_NOT) != 0) |
	    (w->touched != 0) |
	    (((w->flags & (W_CAP | W_UPPER)) == 0) & !before & !after);
}

/*
 * The row's names with a typo (issue 10): "KUNNTZ", "PNTO", "DANNG",
 * "WRÓÓBLEWSKI" for KUNTZ, PINTO, DANG, WRÓBLEWSKI.  A word not taken
 * whose folded form is within fuzzy_budget edits of a part of a name
 * value (none for parts of three letters or fewer) is that value when it
 * looks like a name where it stands: written with a capital or in
 * capitals, or after a title, a relative, a particle or beside the row's
 * names; an ordinary word only in those places ("MR LE ERRE" for LE
 * BERRE, not "berre" typed for "bière"); never a word of the tables, a
 * name of the lists (someone else: "Martine" is not MARTIN) nor an
 * eponym's place.  Each word is compared with the few parts of the row,
 * after a length and character-set test that rejects most words at
 * once: linear in the text.
 */
static int
scan_row_fuzzy(const char *t, const struct detect_value *row, size_t nrow,
    const uint8_t *vals, size_t nvals, const size_t *off, const size_t *flen,
    const struct row_parts *parts, const uint32_t *cand, size_t ncand,
    struct detect_scratch *s)
{
	/* the parts, kept with the row (row_cache) */
	struct row_cache *rc = s->rowcache;
	struct fuzzy_part *fp = rc->fp;
	size_t nfp = rc->nfp, minlen = 3, maxlen = FUZZY_MAX_CHARS;	/* any */
	int r, ready = rc->fready;

	/* (the range of lengths, the only thing fuzzy_skip's first test
	 * reads, taken before the first word: what it skips with it, the
	 * test after fuzzy_parts below skipped) */
	if (ready) {
		if (nfp == 0)
			return 0;
		minlen = rc->fminlen;
		maxlen = rc->fmaxlen;
	}
	for (size_t c = 0; c < ncand; c++) {
		size_t i = cand != NULL ? cand[c] : c;
		const struct detect_word *w = &s->words[i];
		const struct fuzzy_part *hit = NULL;
		uint64_t sig;

		/* Cheap tests first: most words are in lower case, with
		 * no title or relative before them.  Every word of every
		 * comment takes them and 19 in 20 fail one: all of them
		 * at once, with no branch to mispredict on each. */
		if (fuzzy_skip(s, i, minlen, maxlen))
			continue;
		/* The row's parts, once a word may need them. */
		if (!ready) {
			nfp = fuzzy_parts(row, vals, nvals, off, parts, s, fp,
			    &minlen, &maxlen);
			ready = 1;
			rc->nfp = nfp;
			rc->fminlen = minlen;
			rc->fmaxlen = maxlen;
			rc->fready = 1;
			rc->fskel = 0;
			if (nfp == 0)
				return 0;
			if (w->nchars < minlen || w->nchars > maxlen)
				continue;
		}
		sig = 0;
		/* the skeletons, once a word of their shape needs them */
		const int skel = skel_shape(wf(s, w), w->fold_len);

		if (skel && !rc->fskel) {
			for (size_t f = 0; f < nfp; f++)
				skel_make(&fp[f]);
			rc->fskel = 1;
		}
		for (size_t f = 0; f < nfp && hit == NULL; f++) {
			unsigned d;

			/* The part's skeleton (rowvar43): no vowel after
			 * the first letter, so no typo of the part's, and
			 * its first letter tested first. */
			if (skel && fp[f].sklen != 0 &&
			    w->fold_len < fp[f].len &&
			    skel_is(wf(s, w), w->fold_len, &fp[f])) {
				hit = &fp[f];
				break;
			}
			/* Cheapest first: lengths, the first letters, then
			 * the letters' sets (the word's made once). */
			if ((w->nchars > fp[f].nchars ? w->nchars - fp[f].nchars :
			    fp[f].nchars - w->nchars) > fp[f].max ||
			    (fp[f].max == 1 && !fuzzy_heads_near(wf(s, w),
			    w->fold_len, fp[f].w, fp[f].len)))
				continue;
			if (sig == 0)
				sig = fuzzy_sig(wf(s, w), w->fold_len);
			if (fp[f].sig == 0)
				fp[f].sig = fuzzy_sig(fp[f].w, fp[f].len);
			if (!fuzzy_sig_near(sig, fp[f].sig, fp[f].max))
				continue;
			d = fuzzy_distance(wf(s, w), w->fold_len, fp[f].w,
			    fp[f].len, fp[f].max);
			if (d == 0)
				break;	/* the value itself, left where it stands */
			/* a particle ("della") is no name of its own */
			if (d <= fp[f].max && !in_list(particles, fp[f].w,
			    fp[f].len))
				hit = &fp[f];
		}
		if (hit == NULL)
			continue;
		/* Where it stands; an ordinary word only after a title, a
		 * relative, a particle or beside the row's names; three
		 * letters ("DNG" for DANG) only in capitals. */
		int context = fuzzy_name_context(t, s, i) ||
		    (i > 0 && hit->q > 0 && joined(t, s, i - 1) &&
		    word_part_is(s, i - 1, row_fold(s) + off[hit->k],
		    &parts[hit->k], hit->q - 1));

		if (!context && !(w->flags & (W_CAP | W_UPPER)))
			continue;
		if (w->nchars == 3 && !(w->flags & W_UPPER) && !context)
			continue;
		if (after_saint(s, i) || (!context && word_lexicon(t, s, i)))
			continue;
		/* In an institution's name only beside the row's other name,
		 * which goes too: "Unité de soins Martine Kerouredn"
		 * (row_full_name_beside, the lead's decision). */
		if (eponym_position_row(t, s, i)) {
			size_t j, o = row_full_name_beside(t, s, i, row, nrow,
			    off, flen, (size_t)hit->k, &j);

			if (o == 0)
				continue;
			if (!word_taken(s, j) && (r = add_span(s,
			    s->words[j].start, s->words[j].end, DETECT_NAME,
			    (int)(o - 1))) < 0)
				return r;
		}
		if ((r = add_span(s, w->start, w->end, DETECT_NAME,
		    hit->k)) < 0)
			return r;
		const char *v = row_fold(s) + off[hit->k];
		const struct row_parts *p = &parts[hit->k];

		if (i > 0 && hit->q > 0 && joined(t, s, i - 1) &&
		    (r = fuzzy_take_beside(s, i - 1, v, p, hit->q - 1,
		    hit->k)) < 0)
			return r;
		if (i + 1 < s->nwords && joined(t, s, i) &&
		    (r = fuzzy_take_beside(s, i + 1, v, p, hit->q + 1,
		    hit->k)) < 0)
			return r;
	}
	return 0;
}


/* The kinds of row value scan_row_names looks for: names and address. */
#define ROW_FOLDED_KINDS	((1u << DETECT_IDENT_NAME) | \
	(1u << DETECT_IDENT_FIRST_NAME) | (1u << DETECT_IDENT_LAST_NAME) | \
	(1u << DETECT_IDENT_ADDRESS))

/* Bit k for each of the row's first ncol columns (MAX_ROW at most) of a
 * folded kind: the loops over the columns visit these bits, where a
 * branch on each column's kind went either way column by column (the
 * same row after row, a pattern of seven no counter learns; speed31a). */
static inline uint32_t
row_folded_cols(const struct detect_value *row, size_t ncol)
{
	uint32_t m = 0;

	for (size_t k = 0; k < ncol; k++) {
		const unsigned kind = (unsigned)row[k].kind;

		m |= ((ROW_FOLDED_KINDS >> (kind & 31)) & (uint32_t)(kind < 32))
		    << k;
	}
	return m;
}
_Static_assert(MAX_ROW <= 32, "row_folded_cols: a bit a column");

/* The gap t[a, b) cuts a word at a line's end: a hyphen or none, then one
 * line break ("\r\n" too), spaces or tabs after it ("Du-\npont",
 * "Dupo\nnt"). */
static int
cut_gap(const char *t, size_t a, size_t b)
{
	if (a < b && t[a] == '-')
		a++;
	if (a < b && t[a] == '\r')
		a++;
	if (a >= b || t[a] != '\n')
		return 0;
	for (a++; a < b; a++)
		if (t[a] != ' ' && t[a] != '\t')
			return 0;
	return 1;
}

/*
 * The row's name cut at a line's end, a hyphen or none ("Mme Du-\npont
 * vue", "DUPO-\nNT", "Appel de Mme Dupo\nnt"): two words across cut_gap,
 * the second in lower case (or both in capitals), whose folds joined are
 * a whole part of a name value of four letters or more; one span over
 * both, the value's (review20: each piece alone is no part and stayed).
 * "Bilan\nsanguin", a part's prefix alone stay.  Each pair of words
 * once, four bytes of gap at most.
 */
static int
row_cut_words(const char *t, const struct detect_value *row,
    const uint8_t *vals, size_t nvals, const size_t *off,
    const struct row_parts *parts, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		const struct detect_word *w = &s->words[i], *n = &s->words[i + 1];
		size_t gap = n->start - w->end, m = w->fold_len + n->fold_len;
		int r;

		if (gap > 4 || (t[w->end] != '-' && t[w->end] != '\n' &&
		    t[w->end] != '\r') || !cut_gap(t, w->end, n->start) ||
		    (w->flags & W_DIGIT) || (n->flags & W_DIGIT) ||
		    ((n->flags & (W_CAP | W_UPPER)) && !((w->flags & W_UPPER) &&
		    (n->flags & W_UPPER))) || m < 4)
			continue;
		for (size_t x = 0; x < nvals; x++) {
			size_t k = vals[x], p;
			const char *v = row_fold(s) + off[k];

			if (row[k].kind == DETECT_IDENT_ADDRESS)
				continue;
			for (p = 0; p < parts[k].n; p++)
				if (parts[k].len[p] == m && memcmp(v + parts[k].off[p],
				    wf(s, w), w->fold_len) == 0 &&
				    memcmp(v + parts[k].off[p] + w->fold_len,
				    wf(s, n), n->fold_len) == 0)
					break;
			if (p == parts[k].n)
				continue;
			if ((r = add_span(s, w->start, n->end, DETECT_NAME,
			    (int)k)) < 0)
				return r;
			i++;
			break;
		}
	}
	return 0;
}

/* ---- A name cut to pass (hostile33) ----
 * The row's own name written so that no word of the comment is it, and
 * a reader reads it whole: cut by one sign or a few ("DU\PONT",
 * "DU|PONT", "DUP_ONT", "Dup.ont", "DU-PONT" of a row DUPONT), by a
 * spreadsheet's formula ('="DUP"&"ONT"', '=CONCATENATE("DU";"PONT")'),
 * a line break, a space between capitals ("DUP ONT") or between single
 * letters ("D u p o n t"); with digits for its letters ("DUP0NT",
 * "V1GN3R0N", "M4RCH4ND"); reversed ("TNOPUD", "Tnopud").  Words of the
 * comment, each a piece of one of the row's name parts (four letters or
 * more), in order, across gaps of one to four bytes of no letter or
 * digit, that make the whole part; one span over them, the value's.
 * A gap of spaces only joins capitals or single letters (or a capitalized
 * particle and a capitalized piece, names40: "Du Pont"): "du pont",
 * "de la tour" in lower case stay words.  A piece glued to the next
 * one only when a digit is between ("DUP" "0" "NT"). */

/* The letter digit w draws in a name, or w itself, equal to v */
static inline int
piece_char_is(char w, char v)
{
	static const char draws[10] = {
		'o', 'i', 'z', 'e', 'a', 's', 'g', 't', 'b', 'g',
	};

	return w == v || (w >= '0' && w <= '9' && (draws[w - '0'] == v ||
	    (w == '1' && v == 'l')));
}

static int
piece_is(const char *f, size_t n, const char *v)
{
	for (size_t i = 0; i < n; i++)
		if (!piece_char_is(f[i], v[i]))
			return 0;
	return 1;
}

/* Word w is capitals, or one letter */
static inline int
piece_caps(const struct detect_word *w)
{
	return (w->flags & W_UPPER) || w->nchars == 1;
}

/* Words a, b (b after a) may be two pieces of one name: 1 or 0. */
static int
piece_gap(const char *t, const struct detect_word *a,
    const struct detect_word *b)
{
	size_t g = b->start - a->end;
	int other = 0;

	if (g == 0)
		return ((a->flags | b->flags) & W_DIGIT) != 0;
	if (g > 4)
		return 0;
	for (size_t k = a->end; k < b->start; k++)
		other |= t[k] != ' ';
	/* names40: or a particle capitalized, one space, a capitalized
	 * piece ("Du Pont a appelé" of a row DUPONT: at a sentence's start
	 * no title comes to read the particle; one test, no branch on each
	 * of prose's words) */
	return other || (piece_caps(a) && piece_caps(b) &&
	    ((a->nchars == 1) == (b->nchars == 1))) || ((g == 1) &
	    ((a->flags & (W_CAP | W_UPPER)) == W_CAP) &
	    ((b->flags & (W_CAP | W_UPPER)) == W_CAP) &
	    ((a->dflags & D_PARTICLE) != 0) & (a->nchars >= 2));
}

/* Word w's fold holds a digit */
static int
fold_has_digit(const struct detect_scratch *s, const struct detect_word *w)
{
	const char *f = wf(s, w);

	for (size_t k = 0; k < w->fold_len; k++)
		if (f[k] >= '0' && f[k] <= '9')
			return 1;
	return 0;
}

/* The words from i that make part v[0, L): the last one's index, or
 * SIZE_MAX. */
static size_t
pieces_make(const char *t, const struct detect_scratch *s, size_t i,
    const char *v, size_t L)
{
	size_t pos = 0, j = i, letters = 0;

	for (;;) {
		const struct detect_word *w = &s->words[j];

		if (w->fold_len > L - pos || !piece_is(wf(s, w), w->fold_len,
		    v + pos))
			return SIZE_MAX;
		pos += w->fold_len;
		letters += !(w->flags & W_DIGIT) ? w->fold_len : 0;
		if (pos == L)
			break;
		if (j + 1 >= s->nwords || !piece_gap(t, w, &s->words[j + 1]))
			return SIZE_MAX;
		j++;
	}
	/* two pieces or more (one is the name, the row's own rules'), or
	 * one with digits for letters; half of it letters; nothing glued
	 * after */
	if ((j == i && !fold_has_digit(s, &s->words[i])) || letters * 2 < L ||
	    (j + 1 < s->nwords && s->words[j + 1].start == s->words[j].end))
		return SIZE_MAX;
	return j;
}

/* Word w is part v[0, L) reversed ("TNOPUD", "Tnopud"): five letters or
 * more, as a screen shows it to no one but a reader who reads it
 * backwards. */
static int
piece_reversed(const struct detect_scratch *s, const struct detect_word *w,
    const char *v, size_t L)
{
	const char *f = wf(s, w);

	if (w->fold_len != L || L < 5 || f[0] != v[L - 1] ||
	    memcmp(f, v, L) == 0)
		return 0;
	for (size_t k = 0; k < L; k++)
		if (!piece_char_is(f[k], v[L - 1 - k]))
			return 0;
	return 1;
}

/* The row's numbers (a NIR, a phone, an identifier) written so too: a
 * formula ('="06 12"&" 34 56 78"'), a sign between every digit
 * ("1-8-4-0-2-..."), letters for digits ("l84O2751234567 4"), backwards
 * ("87 65 43 21 60").  Words of digits or of the letters O, o, I, l
 * (read 0 and 1), gaps of one to four bytes of no letter or digit (or
 * none between digits and letters), that make the value's digits or
 * the same backwards; words the number rules took already are theirs. */
#define NUM_PIECES_MAX	24

static inline int
num_char_is(char w, char v)
{
	return w == v || (v == '0' && w == 'o') || (v == '1' && (w == 'l' ||
	    w == 'i'));
}

static int
num_piece_word(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);

	(void)t;
	if (w->flags & W_DIGIT)
		return 1;
	for (size_t k = 0; k < w->fold_len; k++)
		if (f[k] != 'o' && f[k] != 'l' && f[k] != 'i')
			return 0;
	return 1;
}

/* The words from i that make digits d[0, L): the last one's, or
 * SIZE_MAX */
static size_t
num_pieces_make(const char *t, const struct detect_scratch *s, size_t i,
    const char *d, size_t L)
{
	size_t pos = 0, j = i;
	int free_piece = 0;

	for (;;) {
		const struct detect_word *w = &s->words[j];
		const char *f = wf(s, w);

		if (w->fold_len > L - pos || !num_piece_word(t, s, j))
			return SIZE_MAX;
		free_piece |= !word_taken(s, j);
		for (size_t k = 0; k < w->fold_len; k++)
			if (!num_char_is(f[k], d[pos + k]))
				return SIZE_MAX;
		pos += w->fold_len;
		if (pos == L)
			break;
		if (j + 1 >= s->nwords ||
		    s->words[j + 1].start - w->end > 4)
			return SIZE_MAX;
		j++;
	}
	/* (a number the number rules took whole is theirs) */
	if (!free_piece || (j + 1 < s->nwords &&
	    s->words[j + 1].start == s->words[j].end))
		return SIZE_MAX;
	return j;
}

static int
row_number_pieces(const char *t, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	char d[MAX_ROW][2][NUM_PIECES_MAX];
	size_t dl[MAX_ROW], kk[MAX_ROW], nd = 0;
	uint32_t ends = 0;
	int r;

	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		size_t n = 0;

		if (row[k].kind != DETECT_IDENT_NIR &&
		    row[k].kind != DETECT_IDENT_PHONE &&
		    row[k].kind != DETECT_IDENT_ID)
			continue;
		for (size_t q = 0; q < row[k].len && n < NUM_PIECES_MAX; q++)
			if (row[k].v[q] >= '0' && row[k].v[q] <= '9')
				d[nd][0][n++] = row[k].v[q];
		if (n < 6 || n >= NUM_PIECES_MAX)
			continue;
		for (size_t q = 0; q < n; q++)
			d[nd][1][q] = d[nd][0][n - 1 - q];
		ends |= 1u << (d[nd][0][0] - '0') | 1u << (d[nd][1][0] - '0');
		dl[nd] = n;
		kk[nd++] = k;
	}
	if (nd == 0)
		return 0;
	/* (a '0' may be written o, a '1' l or i) */
	if (ends & 1)
		ends |= 1u << 10;
	if (ends & 2)
		ends |= 1u << 11;
	for (size_t i = 0; i < s->nwords; i++) {
		const char c = wf(s, &s->words[i])[0];
		const unsigned b = c >= '0' && c <= '9' ? (unsigned)(c - '0') :
		    c == 'o' ? 10 : c == 'l' || c == 'i' ? 11 : 31;
		size_t j = SIZE_MAX, x;

		if (!((ends >> b) & 1) || (i > 0 && s->words[i - 1].end ==
		    s->words[i].start))
			continue;
		for (x = 0; x < nd && j == SIZE_MAX; x++)
			for (int rev = 0; rev < 2 && j == SIZE_MAX; rev++)
				j = num_pieces_make(t, s, i, d[x][rev], dl[x]);
		if (j == SIZE_MAX)
			continue;
		x--;
		const enum detect_kind kind =
		    row[kk[x]].kind == DETECT_IDENT_NIR ? DETECT_NIR :
		    row[kk[x]].kind == DETECT_IDENT_PHONE ? DETECT_PHONE :
		    DETECT_ID;
		int taken = 0;

		for (size_t q = i; q <= j; q++)
			taken |= word_taken(s, q);
		/* whole, or the pieces a number rule left */
		if (!taken && (r = add_span(s, s->words[i].start,
		    s->words[j].end, kind, (int)kk[x])) < 0)
			return r;
		for (size_t q = i; taken && q <= j; q++)
			if (!word_taken(s, q) && (r = add_span(s,
			    s->words[q].start, s->words[q].end, kind,
			    (int)kk[x])) < 0)
				return r;
		i = j;
	}
	return 0;
}

/* number_pieces_may of a comment of 64 words at most, m its digit
 * words (bit i: word i; scan_row_names' walk): a run of them (word i
 * right after word i - 1, a gap of four bytes at most) of six digits or
 * more holding a word no rule took.  The walk below asked each digit
 * word four tests the predictor missed (a new run, its length, the
 * taken words); here one loop of no test over the digit words makes the
 * masks of the words that continue a run and of the words not taken,
 * most comments stop there (every digit word taken: a date, a phone, an
 * id), and the runs of the others are summed (speed37a). */
static int
number_pieces_mask(const struct detect_scratch *s, uint64_t m)
{
	const struct detect_word *wd = s->words;
	uint64_t cont = 0, untaken = 0;

	for (uint64_t x = m; x != 0; x &= x - 1) {
		const size_t i = (size_t)__builtin_ctzll(x);
		const struct detect_word *w = &wd[i];
		/* (word i - 1, or word i itself for i 0: its gap 0, its
		 * bit masked) */
		const size_t ib = i - (i > 0);

		cont |= (uint64_t)((i > 0) & (unsigned)(m >> ib) &
		    (w->start - wd[ib].end <= 4)) << i;
		untaken |= (uint64_t)(w->touched == 0) << i;
	}
	while (untaken != 0) {
		const size_t u = (size_t)__builtin_ctzll(untaken);
		/* its run: back to the digit word that starts it, on to
		 * the last that continues it */
		const uint64_t starts = m & ~cont & (~(uint64_t)0 >> (63 - u));
		const size_t a = 63 - (size_t)__builtin_clzll(starts);
		size_t b = a + 1, n = wd[a].fold_len;

		while (b < 64 && ((cont >> b) & 1)) {
			n += wd[b].fold_len;
			b++;
		}
		if (n >= 6)
			return 1;
		/* (no word of this run: the next one not taken is past it) */
		untaken &= b < 64 ? ~(uint64_t)0 << b : 0;
	}
	return 0;
}

/* row_number_pieces' gate past the OCR hint and formulas (hostile34):
 * a run of digit words, gaps of one to four bytes, six digits or more,
 * one of them no number rule took (a NIR backwards, "476543215720481";
 * a sign between every digit and a key that is not valid, "1-8-4-0-...":
 * shapes no number rule reads, so nothing of them is taken). */
static __attribute__((noinline)) int
number_pieces_may(const struct detect_scratch *s, const uint64_t *dm)
{
	size_t run = 0, last = SIZE_MAX - 1, untaken = 0;
	uint32_t last_end = 0;
	const uint64_t m = dm != NULL ? *dm : ~(uint64_t)0;

	/* (up to 64 words, scan_row_names' mask of the digit words: the
	 * same answer from masks, speed37a) */
	if (dm != NULL)
		return number_pieces_mask(s, m);
	/* The run's digits and its words no rule took, as selects: the
	 * run's two tests (a break, six digits) were branches that went
	 * as the numbers went (28 k mispredicted a pass); the only branch
	 * left in the loop is the answer, nearly always no (speed37b). */
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w;

		/* (the digit words alone, from scan_row_names' walk) */
		if (i < 64) {
			const uint64_t mi = m >> i;

			if (mi == 0) {
				if (s->nwords <= 64)
					break;
				i = 63;
				continue;
			}
			i += (size_t)__builtin_ctzll(mi);
		}
		w = &s->words[i];
		if (!(w->flags & W_DIGIT))
			continue;
		/* the run goes on: the word right after the last digit
		 * word, four bytes or fewer after it */
		const size_t on = (last + 1 == i) & (w->start - last_end <= 4);

		run = (run & -on) + w->fold_len;
		untaken = (untaken & -on) + !word_taken(s, i);
		last = i;
		last_end = w->end;
		/* six digits or more, one of their words no rule took */
		if ((run >= 6) & (untaken != 0))
			return 1;
	}
	return 0;
}

/* For the tests (test_row_fold): number_pieces_may's answer for the
 * words of s (64 at most) from the masks (number_pieces_mask, with the
 * digit words' mask scan_row_names' walk makes) and from the walk of
 * every word: that answer (0 or 1) when both give it, -1 if not. */
int
row_number_pieces_agrees(const struct detect_scratch *s)
{
	uint64_t m = 0;
	int a, b;

	for (size_t i = 0; i < s->nwords && i < 64; i++)
		m |= (uint64_t)(s->words[i].flags & W_DIGIT) << i;
	a = number_pieces_may(s, &m);
	b = number_pieces_may(s, NULL);
	return a == b ? a : -1;
}

/* Word w is part v[0, L) with each letter twice ("DDUUPPOONNTT") */
static int
piece_doubled(const struct detect_scratch *s, const struct detect_word *w,
    const char *v, size_t L)
{
	const char *f = wf(s, w);

	if (w->fold_len != 2 * L || f[0] != v[0])
		return 0;
	for (size_t k = 0; k < L; k++)
		if (f[2 * k] != v[k] || f[2 * k + 1] != v[k])
			return 0;
	return 1;
}

/* The bit of piece_pair's filter for a word whose fold starts with
 * bytes a, b (b 0: a word of one byte) */
static inline unsigned
piece_pair(unsigned a, unsigned b)
{
	return (a * 37u + b * 11u) & 511u;
}

/* Pair (a, b) added to the filter pp if on (0 or 1), with no branch.  A
 * word's second byte that is a digit is asked as 1 (piece_pair_has): a
 * part's pair (a, v) goes with (a, 1). */
static inline void
piece_pair_put(uint64_t *pp, unsigned a, unsigned b, uint64_t on)
{
	const unsigned h = piece_pair(a, b);

	pp[h >> 6] |= on << (h & 63);
}

/* hostile34: a part of the row's name of two or three letters cut by a
 * sign ("NO-E", "E|VA", "Ev|a", '="NO"&"E"', "L\\EA" of a row NOE Eva,
 * Léa): row_name_pieces asks parts of four letters or more, where a
 * piece is long enough to be the name's; here the pieces are kept
 * strict.  Two pieces or more, exactly the part, each capitals (or a
 * capitalized first and the rest lower case across a sign no word
 * holds: | \ _ * ^ ~ # + = & or quotes), across gaps of one to four
 * bytes of signs, none a space, an apostrophe ("l'a" of a row LA) or
 * a letter; nothing glued before or after by a letter, a digit or one
 * of the gap's signs.  A particle of the names' own list (detect_name.c
 * particles: de, du, la, le, ...) is not asked:
 * "D.U.", "L.A." are an abbreviation more often than a cut name.
 *
 * short_sign: a sign that may cut a short part; strong, one no word
 * holds; weak, any ASCII sign but the apostrophe.  Not the tokenizer's
 * byte classes (detect_dict.c text_byte, the TB_* bits of detect_int.h):
 * they mark the bytes the gates ask a comment for, some of each set
 * (none for '!', '#', '+', '^', '.', ')') beside the tab and bytes
 * beyond ASCII, no set of signs (tidy37). */
static int
short_sign(unsigned char c, int strong)
{
	if (strong)
		return c == '|' || c == '\\' || c == '_' || c == '*' ||
		    c == '^' || c == '~' || c == '#' || c == '+' || c == '=' ||
		    c == '&' || c == '"';
	return c > ' ' && c < 0x7f && c != '\'' && !is_alnum_byte((char)c);
}

/* The gap t[a, b) joins two pieces (strong: only the signs no word
 * holds) */
static int
short_gap(const char *t, size_t a, size_t b, int strong)
{
	if (b <= a || b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++)
		if (!short_sign((unsigned char)t[k], strong))
			return 0;
	return 1;
}

/* Words i..j have nothing glued: before, after (a letter, a digit, a
 * byte beyond ASCII, a sign but an opening or closing one) */
static int
short_alone(const char *t, const struct detect_scratch *s, size_t i,
    size_t j)
{
	const struct detect_word *w0 = &s->words[i];

	if (w0->start > 0) {
		const unsigned char c = (unsigned char)t[w0->start - 1];

		if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z') || (short_sign(c, 0) && c != '"' &&
		    c != '(' && c != '[' && c != '{' && c != '<'))
			return 0;
	}
	if (s->words[j].end < s->text_len) {
		const unsigned char c = (unsigned char)t[s->words[j].end];

		if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z') || (short_sign(c, 0) && c != '"' &&
		    c != ')' && c != ']' && c != '}' && c != '>' && c != '.' &&
		    c != ',' && c != ';' && c != ':' && c != '!' && c != '?'))
			return 0;
	}
	return 1;
}

/* The gap t[a, b) is one space (script36: a part of three letters in
 * capitals cut by a space, "NO E", "E VA"; capitals all along, so not
 * a capitalized word of prose and the one letter after it) */
static inline int
short_space(const char *t, size_t a, size_t b)
{
	return b == a + 1 && t[a] == ' ';
}

/* The words from i that make short part v[0, L): the last one's, or
 * SIZE_MAX */
static size_t
short_pieces_make(const char *t, const struct detect_scratch *s, size_t i,
    const char *v, size_t L)
{
	const struct detect_word *w0 = &s->words[i], *w1 = w0 + 1;
	/* capitals all along (the first word's case decides with the
	 * second's: "N|oe" is a capitalized name cut) */
	const int caps = piece_caps(w0) && piece_caps(w1) &&
	    (w1->flags & (W_CAP | W_UPPER));
	size_t pos = 0, j = i;

	if (!(w0->flags & (W_CAP | W_UPPER)) || (!caps &&
	    (w0->flags & W_UPPER)))
		return SIZE_MAX;
	for (;;) {
		const struct detect_word *w = &s->words[j];

		if ((w->flags & W_DIGIT) || w->fold_len > L - pos ||
		    memcmp(wf(s, w), v + pos, w->fold_len) != 0)
			return SIZE_MAX;
		/* capitals all along, or a capitalized word then lower
		 * case */
		if (j > i && (caps ? !(piece_caps(w) && (w->flags & (W_CAP |
		    W_UPPER))) : (w->flags & (W_CAP | W_UPPER)) != 0))
			return SIZE_MAX;
		pos += w->fold_len;
		if (pos == L)
			break;
		if (j + 1 >= s->nwords || (!short_gap(t, w->end,
		    s->words[j + 1].start, !caps) && !(caps && L == 3 &&
		    short_space(t, w->end, s->words[j + 1].start))))
			return SIZE_MAX;
		j++;
	}
	if (j == i || !short_alone(t, s, i, j))
		return SIZE_MAX;
	return j;
}

/* row_name_pieces' gate, of the row (kept in the row cache until its
 * next row): ends, lens as that rule made them, and the pairs a word
 * that starts a hit must begin with.  A hit at word w, of part q of L
 * bytes (L >= 4, whatever its ends): pieces_make (w's first byte q[0],
 * its second one q[1] or a digit drawing it, or w one byte long); the
 * part reversed (w's first q[L-1], its second q[L-2] or a digit for it,
 * L >= 5); doubled (q[0], q[0]); the name alone (q[0], q[1]). */
static void
piece_gate_fill(struct row_cache *c, const struct detect_value *row,
    const uint8_t *vals, size_t nvals, const size_t *off,
    const struct row_parts *parts, const struct detect_scratch *s)
{
	uint32_t ends = 0, names = 0;
	uint64_t lens = 0;
	size_t np = 0;

	memset(c->ppairs, 0, sizeof(c->ppairs));
	c->snp = 0;
	c->sfirst = 0;
	c->slast = 0;
	/* The name values first, with no branch: a test of each value's
	 * kind, and of each part's length below, the predictor missed at
	 * every row (speed36a) */
	_Static_assert(MAX_ROW <= 32, "names: a bit a value");
	for (size_t x = 0; x < nvals; x++) {
		const unsigned kind = (unsigned)row[vals[x]].kind;

		names |= (uint32_t)((kind == DETECT_IDENT_LAST_NAME) |
		    (kind == DETECT_IDENT_FIRST_NAME) |
		    (kind == DETECT_IDENT_NAME)) << x;
	}
	for (uint32_t m = names; m != 0; m &= m - 1) {
		const size_t k = vals[__builtin_ctz(m)];
		const char *v = row_fold(s) + off[k];

		for (size_t p = 0; p < parts[k].n; p++) {
			const char *q = v + parts[k].off[p];
			const size_t L = parts[k].len[p];

			/* (a part of three bytes or fewer: rare in names, a
			 * branch the predictor learns) */
			if (L >= 2 && L <= 3 && c->snp < 8 && q[0] >= 'a' &&
			    q[0] <= 'z' && !in_list(particles, q, L)) {
				c->sparts[c->snp].qoff = (uint32_t)(off[k] +
				    parts[k].off[p]);
				c->sparts[c->snp].len = (uint16_t)L;
				c->sparts[c->snp++].k = (uint8_t)k;
				c->sfirst |= 1u << (q[0] - 'a');
				if (L == 3 && q[2] != q[0] && q[2] >= 'a' &&
				    q[2] <= 'z')
					c->slast |= 1u << (q[2] - 'a');
			}
			if (L < 4)
				continue;
			const unsigned q0 = (unsigned char)q[0];
			const unsigned ql = (unsigned char)q[L - 1];
			const unsigned e = (unsigned)((L < 32) & (q0 - 'a' < 26) &
			    (ql - 'a' < 26));

			ends |= (e << ((q0 - 'a') & 31)) | (e << ((ql - 'a') & 31));
			lens |= ((uint64_t)e << (L & 63)) |
			    ((uint64_t)e << ((2 * L) & 63));
			if (np < PIECE_PARTS) {
				c->pparts[np].qoff = (uint32_t)(off[k] +
				    parts[k].off[p]);
				c->pparts[np].len = (uint16_t)L;
				c->pparts[np].k = (uint8_t)k;
				c->pparts[np].first = (uint8_t)q0;
			}
			np++;
			piece_pair_put(c->ppairs, q0, 0, 1);
			piece_pair_put(c->ppairs, q0, (unsigned char)q[1], 1);
			piece_pair_put(c->ppairs, q0, 1, 1);
			piece_pair_put(c->ppairs, q0, q0, 1);
			/* (reversed: five bytes or more) */
			piece_pair_put(c->ppairs, ql, (unsigned char)q[L - 2],
			    L >= 5);
			piece_pair_put(c->ppairs, ql, 1, L >= 5);
		}
	}
	c->pends = ends;
	c->plens = lens;
	c->pnp = np;
	c->pready = 1;
}

/* Word w's first two bytes are in the row's pairs */
static inline uint64_t
piece_pair_has(const uint64_t *pp, const struct detect_scratch *s,
    const struct detect_word *w)
{
	const unsigned char *f = (const unsigned char *)wf(s, w);
	const unsigned b = w->fold_len > 1 ? f[1] : 0;
	const unsigned h = piece_pair(f[0], b - '0' < 10 ? 1 : b);

	return (pp[h >> 6] >> (h & 63)) & 1;
}

/* Word i starts a hit of part q (L bytes, L >= 4): the last word of the
 * pieces that make it (pieces_make), or i itself when the word is the
 * part reversed, doubled, or the comment is the row's name alone,
 * capitalized ("VIGNERON", "Marchand", which as ordinary words wanted a
 * use as a name); SIZE_MAX for none.  One test for the two walks of
 * row_name_pieces (its list of parts and the rows past it). */
static inline size_t
piece_at(const char *t, const struct detect_scratch *s, size_t i, const char *q,
    size_t L)
{
	const struct detect_word *w = &s->words[i];
	size_t j;

	if (q[0] == wf(s, w)[0] && w->fold_len <= L &&
	    (j = pieces_make(t, s, i, q, L)) != SIZE_MAX)
		return j;
	if (piece_reversed(s, w, q, L) || piece_doubled(s, w, q, L) ||
	    (s->nwords == 1 && w->fold_len == L &&
	    (w->flags & (W_CAP | W_UPPER)) && memcmp(wf(s, w), q, L) == 0))
		return i;
	return SIZE_MAX;
}

/* Word fold f is part q, both L bytes (4 to 8), and holds no digit:
 * two loads of four bytes each that overlap (no byte read past L) */
static inline int
piece_same_plain(const char *f, const char *q, size_t L)
{
	uint32_t fa, fb, qa, qb;
	uint64_t x;

	memcpy(&fa, f, 4);
	memcpy(&fb, f + L - 4, 4);
	memcpy(&qa, q, 4);
	memcpy(&qb, q + L - 4, 4);
	x = ((uint64_t)qa | (uint64_t)qb << 32) ^ 0x3030303030303030ULL;
	/* (a byte under 10 once xored with '0': a digit) */
	return (fa == qa) & (fb == qb) & (((x - 0x0a0a0a0a0a0a0a0aULL) & ~x &
	    0x8080808080808080ULL) == 0);
}

/* piece_at of word i and a part of the gate's list (speed36a), the same
 * answer: each of piece_at's four ways' first test at once, with no
 * branch (pieces_make: the part's first byte and no longer than it;
 * reversed: its length and last byte, five bytes or more; doubled:
 * twice its length; alone: one word), which turns away most words where
 * the predictor missed piece_at's chain of tests; then the word that is
 * the part itself with no digit, as most of the rest are (the row's
 * name in the comment): no piece (pieces_make wants a digit in a word
 * of the whole part), not reversed (the same bytes), not doubled, only
 * alone. */
static inline size_t
piece_list_at(const char *t, const struct detect_scratch *s, size_t i,
    const struct piece_part *pe, const char *rf)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w), *q = rf + pe->qoff;
	const size_t L = pe->len, fl = w->fold_len;
	const unsigned f0 = (unsigned char)f[0];
	const unsigned last = (unsigned char)q[L - 1];

	if (!(((f0 == pe->first) & ((fl <= L) | (fl == 2 * L))) |
	    ((fl == L) & (L >= 5) & (f0 == last)) | (s->nwords == 1)))
		return SIZE_MAX;
	if (fl == L && L <= 8 && piece_same_plain(f, q, L))
		return s->nwords == 1 && (w->flags & (W_CAP | W_UPPER)) ?
		    i : SIZE_MAX;
	return piece_at(t, s, i, q, L);
}

static int
row_name_pieces(const char *t, const struct detect_value *row,
    const uint8_t *vals, size_t nvals, const size_t *off,
    const struct row_parts *parts, const uint64_t *pcand,
    struct detect_scratch *s)
{
	struct row_cache *rc = s->rowcache;
	int r;

	/* (the parts' ends, lengths and pairs: once a row, gate33) */
	if (!rc->pready)
		piece_gate_fill(rc, row, vals, nvals, off, parts, s);
	const uint32_t ends = rc->pends;
	const uint64_t lens = rc->plens;	/* L, 2L of the parts */
	const uint64_t *pp = rc->ppairs;

	if (ends == 0)
		return 0;
	/* The words whose first letter is one of those, in a mask made
	 * with no branch (up to 64 words; past them each word is asked):
	 * a test a word the predictor missed was most of the rule's cost.
	 * (The pairs tested here too cost more than they saved, gate33:
	 * they are asked of the mask's words alone, below.) */
	uint64_t cand = 0;
	const size_t nw = s->nwords;

	/* (made in scan_row_names' walk of the words when it had them
	 * all, speed35) */
	if (pcand != NULL)
		cand = *pcand;
	else for (size_t i = 0; i < nw && i < 64; i++) {
		const unsigned c = (unsigned)(unsigned char)wf(s,
		    &s->words[i])[0] - 'a';

		cand |= (uint64_t)((c < 26) & (ends >> (c & 31))) << i;
	}
	for (size_t i = 0; i < nw; i++) {
		const struct detect_word *w;
		char c;
		size_t j = SIZE_MAX;

		if (i < 64) {
			const uint64_t m = cand >> i;

			if (m == 0) {
				if (nw <= 64)
					break;
				i = 63;
				continue;
			}
			i += (size_t)__builtin_ctzll(m);
		}
		w = &s->words[i];
		c = wf(s, w)[0];
		if (c < 'a' || c > 'z' || !((ends >> (c - 'a')) & 1) ||
		    !piece_pair_has(pp, s, w) ||
		    (i > 0 && s->words[i - 1].end == w->start))
			continue;
		/* a first piece before a gap of pieces, or one word of a
		 * part's length (reversed, doubled, alone): most words of
		 * prose, a space then a word in lower case, go here */
		if (!(w->fold_len < 64 && ((lens >> w->fold_len) & 1)) &&
		    !(i + 1 < s->nwords && piece_gap(t, w, &s->words[i + 1])))
			continue;
		/* (the list the gate made: no value's kind nor part's
		 * length asked again, a test the predictor missed, speed35) */
		if (rc->pnp <= PIECE_PARTS) {
			const char *rf = row_fold(s);

			for (size_t e = 0; e < rc->pnp; e++) {
				if ((j = piece_list_at(t, s, i, &rc->pparts[e],
				    rf)) == SIZE_MAX)
					continue;
				if ((r = add_span(s, w->start, s->words[j].end,
				    DETECT_NAME, (int)rc->pparts[e].k)) < 0)
					return r;
				break;
			}
		} else for (size_t x = 0; x < nvals && j == SIZE_MAX; x++) {
			const size_t k = vals[x];
			const char *v = row_fold(s) + off[k];

			if (!ident_is_name(row[k].kind))
				continue;
			for (size_t p = 0; p < parts[k].n; p++) {
				if (parts[k].len[p] < 4 ||
				    (j = piece_at(t, s, i, v + parts[k].off[p],
				    parts[k].len[p])) == SIZE_MAX)
					continue;
				if ((r = add_span(s, w->start, s->words[j].end,
				    DETECT_NAME, (int)k)) < 0)
					return r;
				break;
			}
		}
		if (j != SIZE_MAX)
			i = j;
	}
	return 0;
}

/* script36: word i, three letters in capitals, is a short part of the
 * row backwards ("EON", "AVE" of a row NOE Eva): a reader reads the
 * name, no rule did (row_name_pieces reads a part backwards from four
 * letters).  Not a word of the lexicon, nor a proper noun, place or
 * acronym ("ILE" of a row ELI, "MAS" of SAM, "AIL" of LIA, "AVE" of EVA
 * stay), nor English in an English comment; nothing glued.  1 taken, 0 not, or a negative errno. */
static int
short_backwards(const char *t, struct detect_scratch *s, size_t i,
    const char *rf)
{
	const struct row_cache *rc = s->rowcache;
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);
	int r;

	if (!(w->flags & W_UPPER) || (w->flags & W_DIGIT) || w->nchars != 3 ||
	    word_taken(s, i))
		return 0;
	for (size_t e = 0; e < rc->snp; e++) {
		const char *q = rf + rc->sparts[e].qoff;

		if (rc->sparts[e].len != 3 || q[0] == q[2] || f[0] != q[2] ||
		    f[1] != q[1] || f[2] != q[0])
			continue;
		if (!short_alone(t, s, i, i) || lexicon_has_word(t, s, i) ||
		    dict_keep_has(w->fhash) || dict_proper_noun_has(w->fhash) ||
		    (english_has(w->fhash) && comment_english(t, s)))
			return 0;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME,
		    (int)rc->sparts[e].k)) < 0)
			return r;
		return 1;
	}
	return 0;
}

static __attribute__((noinline)) int
row_short_pieces(const char *t, struct detect_scratch *s)
{
	const struct row_cache *rc = s->rowcache;
	const char *rf = row_fold(s);
	int r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		const unsigned c = (unsigned)(unsigned char)wf(s, w)[0] - 'a';
		size_t j = SIZE_MAX;

		if (w->fold_len == 3 && c < 26 && ((rc->slast >> c) & 1) &&
		    (r = short_backwards(t, s, i, rf)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if (i + 1 >= s->nwords || w->fold_len > 2 || !(w->flags & (W_CAP | W_UPPER)) ||
		    c >= 26 || !((rc->sfirst >> c) & 1) ||
		    (!short_gap(t, w->end, s->words[i + 1].start, 0) &&
		    !(piece_caps(w) && short_space(t, w->end,
		    s->words[i + 1].start))) || word_taken(s, i))
			continue;
		for (size_t e = 0; e < rc->snp && j == SIZE_MAX; e++) {
			if ((j = short_pieces_make(t, s, i, rf +
			    rc->sparts[e].qoff, rc->sparts[e].len)) == SIZE_MAX)
				continue;
			if ((r = add_span(s, w->start, s->words[j].end,
			    DETECT_NAME, (int)rc->sparts[e].k)) < 0)
				return r;
		}
		if (j != SIZE_MAX)
			i = j;
	}
	return 0;
}

/* hostile34: the row's name written in Cyrillic or Greek by sound or
 * letter by letter ("ДЮПОН", "Дюпон", "ΝΤΙΠΟΝ", "МАРШАН", "Жан" of a row
 * DUPONT Jean MARCHAND): letters that do not look Latin, so hostile32's
 * look-alikes do not read them, and a reader of either script reads the
 * name.  Both sides are read as a coarse key of sounds (vowels one
 * class, runs of a class one, b/v, c/k/q, j/z, s/ch/sh one each), the
 * row's parts three ways (each letter; French sounds: ch, gn, ph, qu, a
 * soft c or g, no h; the same with a silent last e and consonant off),
 * the word by its script's sounds (Greek's initial ντ, μπ, γκ and the v
 * of αυ, ευ).  A word all of Cyrillic or Greek letters whose key is one
 * of a part's (two classes or more, a consonant among them) is the
 * row's name.
 *
 * hostile35: the same in Armenian (its letters to the same classes: it
 * writes its vowels), Arabic and Hebrew (abjads: vowels mostly not
 * written, so both sides are read as their consonant skeleton), and
 * spellings the key did not read: a consonant written with its voiced or
 * unvoiced neighbour ("Дюбон"), the nasal end written as its vowel alone
 * ("Виньеро"), the name in two words ("دو بون", "ז'אן"), Greek's μπ, ντ,
 * γκ inside a word.  Asked only when the comment has such letters
 * (TB_SCRIPT) or the evasion pass read look-alikes. */
#define SCRIPT_KEY_MAX	48

/* The keys: the classes above (hostile34's, a match alone on two classes
 * or more); voiced and unvoiced one (b/v/p/f, d/t, g/k/q/c, z/j/s/ch: the
 * neighbour letter a writer of the other script or ear puts for the
 * French one, three consonant classes or more); the consonants alone (an
 * abjad's skeleton, with the same merges, which transliteration into
 * Arabic and Hebrew makes: Arabic has no p nor v, writes p with ب and v
 * with ف; Hebrew's ב is b or v, its פ p or f; both write a French g with
 * ג/غ/ق/ك as they please, j and ch with ج/ז'/ש; two consonant classes or
 * more) */
enum { KEY_EXACT, KEY_VOICE, KEY_SKELETON };

/* The classes of Cyrillic а..я (U+0430-U+044F): "" drops the letter */
static const char *const script_cyr[32] = {
	"a", "v", "v", "g", "d", "a", "z", "z", "a", "a", "k", "l", "m",
	"n", "a", "p", "r", "s", "t", "a", "f", "h", "s", "s", "s", "s", "",
	"a", "", "a", "a", "a",
};

/* ... and of Greek α..ω (U+03B1-U+03C9) */
static const char *const script_grk[25] = {
	"a", "v", "g", "d", "a", "z", "a", "t", "a", "k", "l", "m", "n",
	"ks", "a", "p", "r", "s", "s", "t", "a", "f", "h", "ps", "a",
};

/* ... of Armenian ա..և (U+0561-U+0587; its capitals U+0531-U+0556):
 * Eastern Armenian's sounds (ժ the French j, ծ ց ts as Ц, ճ չ ch, ջ dj,
 * ղ gh a g, յ and ւ of ու vowels as й, у) */
static const char *const script_arm[39] = {
	"a", "v", "g", "d", "a", "z", "a", "a", "t", "z", "a", "l", "h",
	"s", "k", "h", "z", "g", "s", "m", "a", "n", "s", "a", "s", "p",
	"z", "r", "s", "v", "t", "r", "s", "a", "p", "k", "a", "f", "av",
};

/* ... of Arabic ء..ي (U+0621-U+064A): the vowel letters and their
 * carriers (ا و ي ى ة ء ع) none, ب b, ف f, ج j (the French j), غ ق ك
 * velars, ث ذ ض ط ظ their nearest; NULL: not read */
static const char *const script_ara[42] = {
	"", "", "", "", "", "", "", "v", "", "t", "t", "z", "h", "h", "d",
	"d", "r", "z", "s", "s", "s", "d", "t", "z", "", "g", NULL, NULL,
	NULL, NULL, NULL, "", "f", "k", "k", "l", "m", "n", "h", "", "", "",
};

/* ... of the Arabic script's letters beyond ي that Persian and others
 * write for sounds Arabic has not (script36: a table, as script_ara, no
 * longer a switch) */
static const struct {
	uint16_t	cp;
	char		cl[2];
} script_ara_ext[] = {
	{ 0x67e, "p" },		/* پ */
	{ 0x686, "s" },		/* چ */
	{ 0x698, "z" },		/* ژ */
	{ 0x6a4, "v" },		/* ڤ */
	{ 0x6a9, "k" },		/* ک */
	{ 0x6af, "g" },		/* گ */
	{ 0x6cc, "" },		/* ی */
};

/* ... of Hebrew א..ת (U+05D0-U+05EA): א ע none, ו and י vowels (ו a v
 * where it opens a word or is doubled), ה none at a word's end, the
 * final forms as their letters */
static const char *const script_heb[27] = {
	"", "v", "g", "d", "h", "", "z", "h", "t", "", "k", "k", "l", "m",
	"m", "n", "n", "s", "", "f", "p", "s", "s", "k", "r", "s", "t",
};

/* The class of c in key kind fold: voiced and unvoiced one (b is in v),
 * and for a skeleton no vowel; 0 drops it */
static inline char
script_fold(char c, int fold)
{
	if (fold == KEY_EXACT)
		return c;
	switch (c) {
	case 'a':
		return fold == KEY_SKELETON ? '\0' : 'a';
	case 'v': case 'f':
		return 'p';
	case 'd':
		return 't';
	case 'g':
		return 'k';
	case 'z':
		return 's';
	default:
		return c;
	}
}

/* Append class string c to key k (n bytes): a class after the same one
 * is one.  0, or -1 when full. */
static int
script_key_add(char *k, size_t *n, const char *c, int fold)
{
	for (; *c != '\0'; c++) {
		const char f = script_fold(*c, fold);

		if (f == '\0' || (*n > 0 && k[*n - 1] == f))
			continue;
		if (*n + 1 >= SCRIPT_KEY_MAX)
			return -1;
		k[(*n)++] = f;
	}
	return 0;
}

/* The class of ASCII letter c, each letter apart */
static const char *
script_latin_class(char c)
{
	static const char *const cls[26] = {
		"a", "v", "k", "d", "a", "f", "g", "h", "a", "z", "k", "l",
		"m", "n", "a", "p", "k", "r", "s", "t", "a", "v", "v", "ks",
		"a", "z",
	};

	return c >= 'a' && c <= 'z' ? cls[c - 'a'] : NULL;
}

static inline int
script_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
	    c == 'y';
}

/* The consonant classes of key k */
static size_t
script_key_cons(const char *k, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += k[i] != 'a';
	return c;
}

/* script36: the vowel a French run of vowel letters r[0, n) sounds,
 * coarsely (au, eau o; ou u; oi a; ai, ei, eu e; else its last letter,
 * y as i): a name's vowels, beside the key, where two consonants alone
 * are too few ("Бол" of Paul, o; "Бал", a ball, a) */
static char
script_run_vowel(const char *r, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (r[i + 1] == 'u' && (r[i] == 'a' || r[i] == 'o'))
			return r[i] == 'a' ? 'o' : 'u';
		if (r[i] == 'o' && r[i + 1] == 'i')
			return 'a';
		if ((r[i] == 'a' || r[i] == 'e') && r[i + 1] == 'i')
			return 'e';
		if (r[i] == 'e' && r[i + 1] == 'u')
			return 'e';
	}
	return r[n - 1] == 'y' ? 'i' : r[n - 1];
}

/* The length of the part f[0, n) as French says it, its silent end off:
 * a last mute e (after a consonant), then a last t, d, s, x or z not
 * doubled or, with ier, the r of a last -ier (rowvar43: GARNIER,
 * FOURNIER: Гарнье, Фурнье).  With nasal, its nasal end off too (n or m
 * after o, a or e after a consonant: -on, -an, -en, the vowel a
 * transliteration may write alone, "Виньеро"), *nasal its vowel, 'o' or
 * 'a'; 0 where it has none.  One reading for the key (script_latin_key),
 * the vowels (script_latin_full) and the transliterated forms
 * (script_sound_form): tidy48. */
static inline __attribute__((always_inline)) size_t
script_silent_end(const char *f, size_t n, int ier, char *nasal)
{
	size_t m = n;

	if (m >= 3 && f[m - 1] == 'e' && !script_vowel(f[m - 2]))
		m--;
	if (m >= 3 && (f[m - 1] == 't' || f[m - 1] == 'd' ||
	    f[m - 1] == 's' || f[m - 1] == 'x' || f[m - 1] == 'z') &&
	    f[m - 2] != f[m - 1])
		m--;
	else if (ier && m >= 5 && f[m - 1] == 'r' && f[m - 2] == 'e' &&
	    f[m - 3] == 'i')
		m--;
	if (nasal != NULL) {
		if (m < 4 || (f[m - 1] != 'n' && f[m - 1] != 'm') ||
		    (f[m - 2] != 'o' && f[m - 2] != 'a' && f[m - 2] != 'e') ||
		    script_vowel(f[m - 3]))
			return 0;
		*nasal = f[m - 2] == 'o' ? 'o' : 'a';
		m--;
	}
	return m;
}

/* The key of the n bytes of fold f: mode 0 each letter, 1 French
 * sounds, 2 French sounds without a silent end, 3 each letter with c
 * read s, 4 as 2 without a nasal end (-on, -an, -en: the vowel a
 * transliteration may write alone, "Виньеро"; *nasal its vowel, 'o' or
 * 'a'; both ends script_silent_end's).  Its length, 0 for none. */
static size_t
script_latin_key(const char *f, size_t n, int mode, int fold, char *k,
    char *nasal, char *vs, size_t *vn)
{
	size_t kn = 0, m = n, rn = 0;
	char run[8];

	if (mode == 2 || mode == 4) {
		m = script_silent_end(f, n, 1, mode == 4 ? nasal : NULL);
		if (m == 0)
			return 0;
	}
	for (size_t i = 0; i < m; i++) {
		const char c = f[i], d = i + 1 < m ? f[i + 1] : 0;
		const char *cl = script_latin_class(c);

		if (cl == NULL)
			return 0;
		if (mode == 3 && c == 'c')
			cl = "s";		/* C written Ц */
		else if (mode > 0 && mode != 3) {
			if ((c == 'c' || c == 's') && d == 'h') {
				cl = "s";
				i++;
			} else if ((c == 'g' && d == 'n') || (c == 'p' &&
			    d == 'h') || (c == 'q' && d == 'u')) {
				cl = c == 'g' ? "n" : c == 'p' ? "f" : "k";
				i++;
			} else if (c == 'c' && (d == 'e' || d == 'i' || d == 'y'))
				cl = "s";
			else if (c == 'g' && (d == 'e' || d == 'i' || d == 'y'))
				cl = "z";
			else if (c == 'h')
				cl = "";
		}
		if (script_key_add(k, &kn, cl, fold) != 0)
			return 0;
		/* (the vowels: a run of vowel letters is one, a consonant
		 * ends it) */
		if (vs != NULL && cl[0] == 'a' && rn < sizeof(run))
			run[rn++] = c;
		else if (vs != NULL && cl[0] != '\0' && cl[0] != 'a' &&
		    rn > 0) {
			if (*vn < SCRIPT_KEY_MAX)
				vs[(*vn)++] = script_run_vowel(run, rn);
			rn = 0;
		}
	}
	if (vs != NULL && rn > 0 && *vn < SCRIPT_KEY_MAX)
		vs[(*vn)++] = script_run_vowel(run, rn);
	return kn;
}

/* The bytes at u[i] (before b) that join two words of one name: a space,
 * '-', an apostrophe (', U+2019, Hebrew's geresh U+05F3), Hebrew's maqaf
 * U+05BE.  Their length, 0 for none. */
static size_t
script_joiner(const unsigned char *u, size_t i, size_t b)
{
	if (u[i] == ' ' || u[i] == '-' || u[i] == '\'')
		return 1;
	if (i + 1 < b && ((u[i] == 0xd7 && u[i + 1] == 0xb3) ||
	    (u[i] == 0xd6 && u[i + 1] == 0xbe)))
		return 2;
	if (i + 2 < b && u[i] == 0xe2 && u[i + 1] == 0x80 && u[i + 2] == 0x99)
		return 3;
	return 0;
}

/* The code point of the letter of two bytes at u[i] (before b), 0 for
 * none */
static inline unsigned
script_cp(const unsigned char *u, size_t i, size_t b)
{
	if (i + 1 >= b || u[i] < 0xc2 || u[i] > 0xdf ||
	    (u[i + 1] & 0xc0) != 0x80)
		return 0;
	return (unsigned)(u[i] & 0x1f) << 6 | (u[i + 1] & 0x3f);
}

/* The class of Greek or Cyrillic letter cp in a word (hostile34's
 * reading); *i past it (and past the second letter of Greek's ντ, μπ,
 * γκ: initial, or anywhere when var & 2); var & 1: υ after α, ε read v.
 * NULL for none. */
static const char *
script_grcy_class(const unsigned char *u, size_t *i, size_t b, unsigned cp,
    int initial, int var, unsigned *prev)
{
	const char *cl;
	unsigned lc;

	if (cp >= 0x410 && cp <= 0x44f) {
		lc = cp < 0x430 ? cp + 0x20 : cp;
		return script_cyr[lc - 0x430];
	}
	if (cp == 0x401 || cp == 0x451)
		return "a";				/* Ё ё */
	if ((cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2) ||
	    (cp >= 0x3b1 && cp <= 0x3c9)) {
		lc = cp < 0x3b1 ? cp + 0x20 : cp;
		cl = script_grk[lc - 0x3b1];
		/* ντ, μπ, γκ: d, b, g */
		if (initial || (var & 2)) {
			const unsigned nx = script_cp(u, *i, b);
			const unsigned nl = nx >= 0x391 && nx <= 0x3a9 ?
			    nx + 0x20 : nx;

			if ((lc == 0x3bd && nl == 0x3c4) ||
			    (lc == 0x3bc && nl == 0x3c0) ||
			    (lc == 0x3b3 && nl == 0x3ba)) {
				cl = lc == 0x3bd ? "d" : lc == 0x3bc ? "v" :
				    "g";
				*i += 2;
			}
		}
		if ((var & 1) && lc == 0x3c5 && (*prev == 0x3b1 ||
		    *prev == 0x3b5))
			cl = "v";
		*prev = lc;
		return cl;
	}
	if ((cp >= 0x386 && cp <= 0x38f && cp != 0x387 && cp != 0x38b &&
	    cp != 0x38d) || cp == 0x390 || (cp >= 0x3aa && cp <= 0x3b0) ||
	    (cp >= 0x3ca && cp <= 0x3ce)) {
		cl = "a";				/* with a mark */
		if ((var & 1) && (cp == 0x38e || cp == 0x3cd) &&
		    (*prev == 0x3b1 || *prev == 0x3b5))
			cl = "v";
		*prev = cp == 0x388 || cp == 0x3ad ? 0x3b5 :
		    cp == 0x386 || cp == 0x3ac ? 0x3b1 : cp;
		return cl;
	}
	return NULL;
}

/* The class of Hebrew or Arabic letter cp; *i past it (and past the
 * second ו of וו, the geresh of ג', ז', צ') */
static const char *
script_abjad_class(const unsigned char *u, size_t *i, size_t b, unsigned cp,
    int initial)
{
	const unsigned nx = script_cp(u, *i, b);
	const int end = *i >= b || script_joiner(u, *i, b) != 0;

	if (cp >= 0x5d0 && cp <= 0x5ea) {
		if (cp == 0x5d5 && (initial || nx == 0x5d5)) {
			*i += nx == 0x5d5 ? 2 : 0;
			return "v";			/* ו v */
		}
		if (cp == 0x5d4 && end && !initial)
			return "";			/* a last ה */
		if (cp == 0x5d2 && *i < b && (u[*i] == '\'' || nx == 0x5f3))
			return "z";			/* ג' j */
		return script_heb[cp - 0x5d0];
	}
	if ((cp >= 0x591 && cp <= 0x5bd) || cp == 0x5bf || cp == 0x5c1 ||
	    cp == 0x5c2 || cp == 0x5c4 || cp == 0x5c5 || cp == 0x5c7)
		return "";				/* points */
	if (cp == 0x5f0)
		return "v";				/* װ */
	if (cp == 0x5f1 || cp == 0x5f2)
		return "";
	if (cp >= 0x621 && cp <= 0x64a) {
		if (cp == 0x647 && end && !initial)
			return "";			/* a last ه */
		return script_ara[cp - 0x621];
	}
	if ((cp >= 0x64b && cp <= 0x65f) || cp == 0x670)
		return "";				/* marks */
	for (size_t x = 0; x < sizeof(script_ara_ext) /
	    sizeof(script_ara_ext[0]); x++)
		if (script_ara_ext[x].cp == cp)
			return script_ara_ext[x].cl;
	return NULL;
}

/* The key of the words at t[a, b) (one word, or two joined: the name in
 * two words): all letters of one family, sounds (Greek, Cyrillic,
 * Armenian) or abjads (Hebrew, Arabic), read as fold says; var: Greek's
 * readings (script_grcy_class).  *last the last letter's vowel: 'o' (о,
 * ο, ω, ո, օ), 'a' (а, α, ա) or 0.  Its length, 0 for none. */
static size_t
script_word_key(const char *t, size_t a, size_t b, int abjad, int var,
    int fold, char *k, char *last)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t kn = 0, i = a;
	unsigned prev = 0, cp = 0;
	int initial = 1;

	while (i < b) {
		const size_t jl = script_joiner(u, i, b);
		const char *cl;
		unsigned lc;

		if (jl > 0) {
			i += jl;
			initial = 1;
			continue;
		}
		if ((cp = script_cp(u, i, b)) == 0)
			return 0;
		i += 2;
		if (abjad)
			cl = script_abjad_class(u, &i, b, cp, initial);
		else if (cp >= 0x531 && cp <= 0x587) {
			lc = cp <= 0x556 ? cp + 0x30 : cp;
			cl = lc >= 0x561 ? script_arm[lc - 0x561] : NULL;
		} else if (cp >= 0x55a && cp <= 0x55f)
			cl = "";			/* Armenian's marks */
		else
			cl = script_grcy_class(u, &i, b, cp, initial, var,
			    &prev);
		if (cl == NULL || script_key_add(k, &kn, cl, fold) != 0)
			return 0;
		initial = 0;
	}
	*last = 0;
	if (cp == 0x43e || cp == 0x41e || cp == 0x3bf || cp == 0x39f ||
	    cp == 0x3cc || cp == 0x38c || cp == 0x3c9 || cp == 0x3a9 ||
	    cp == 0x3ce || cp == 0x38f || cp == 0x578 || cp == 0x548 ||
	    cp == 0x585 || cp == 0x555)
		*last = 'o';
	else if (cp == 0x430 || cp == 0x410 || cp == 0x3b1 || cp == 0x391 ||
	    cp == 0x3ac || cp == 0x386 || cp == 0x561 || cp == 0x531)
		*last = 'a';
	return kn;
}

/* script36: the vowels of the Cyrillic or Greek word t[a, b) read as
 * script_word_key reads it with var (a run of vowel letters one, its
 * last letter's sound: а a, е э e, и й ы i, о ё o, у ю u, я a; Greek α a,
 * ε e, η ι υ i, ο ω o, ου u, αι e), into vs.  Their count, or SIZE_MAX
 * when the word is of another script or does not open with a capital
 * (a name does; "боль", pain, stays beside a row Paul). */
static size_t
script_word_vowels(const char *t, size_t a, size_t b, int var, char *vs)
{
	static const char cyr[32] = "a....e..ii....o....u.......i.eua";
	const unsigned char *u = (const unsigned char *)t;
	size_t vn = 0, i = a;
	unsigned prev = 0, cp;
	char run = 0;

	cp = script_cp(u, a, b);
	if (!((cp >= 0x400 && cp <= 0x42f) || (cp >= 0x386 && cp <= 0x3ab)))
		return SIZE_MAX;
	while (i < b) {
		const unsigned pv = prev;
		const char *cl;
		char x = 0;

		if ((cp = script_cp(u, i, b)) == 0)
			return SIZE_MAX;
		i += 2;
		if ((cl = script_grcy_class(u, &i, b, cp, i == a + 2, var,
		    &prev)) == NULL)
			return SIZE_MAX;
		if (cl[0] == '\0')
			continue;
		if (cl[0] != 'a') {
			if (run != 0 && vn < SCRIPT_KEY_MAX)
				vs[vn++] = run;
			run = 0;
			continue;
		}
		if (cp >= 0x410 && cp <= 0x44f)
			x = cyr[(cp < 0x430 ? cp + 0x20 : cp) - 0x430];
		else if (cp == 0x401 || cp == 0x451)
			x = 'o';
		else switch (cp < 0x391 || cp > 0x3ab ? cp : cp + 0x20) {
		case 0x3b1: case 0x3ac: case 0x386:
			x = 'a';
			break;
		case 0x3b5: case 0x3ad: case 0x388:
			x = 'e';
			break;
		case 0x3bf: case 0x3cc: case 0x38c:
		case 0x3c9: case 0x3ce: case 0x38f:
			x = 'o';
			break;
		default:
			x = 'i';	/* η ι υ and theirs with marks */
		}
		/* ου u, αι e (Greek; prev as script_grcy_class keeps it) */
		if (run == 'o' && (cp == 0x3c5 || cp == 0x3cd || cp == 0x3a5) &&
		    (pv == 0x3bf || pv == 0x3cc || pv == 0x39f))
			x = 'u';
		else if (run == 'a' && (cp == 0x3b9 || cp == 0x3af ||
		    cp == 0x399) && (pv == 0x3b1 || pv == 0x391))
			x = 'e';
		if (x == '.')
			return SIZE_MAX;
		run = x;
	}
	if (run != 0 && vn < SCRIPT_KEY_MAX)
		vs[vn++] = run;
	return vn;
}

/* A key worth a name: two classes or more, one a consonant */
static int
script_key_usable(const char *k, size_t n)
{
	return n >= 2 && script_key_cons(k, n) > 0;
}

/* Word w's bytes in its own script: t's, or the source's when the
 * evasion pass read Greek or Cyrillic look-alikes there as Latin ("ЕВА"
 * read EBA).  The source range in *a, *b; its script (script_of_word),
 * SCRIPT_NONE for none or one no key reads. */
static enum text_script
script_word_src(const struct detect_scratch *s, const char *t,
    const struct detect_word *w, const char **base, size_t *a, size_t *b)
{
	enum text_script sc = script_of_word(t, w->start, w->end);

	if (sc != SCRIPT_NONE) {
		*base = t;
		*a = w->start;
		*b = w->end;
		return sc != SCRIPT_OTHER ? sc : SCRIPT_NONE;
	}
	if (!s->tn.changed || !s->tn.ev_seen || s->src == NULL ||
	    !(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT))
		return SCRIPT_NONE;
	*a = textnorm_src_start(&s->tn, w->start);
	*b = textnorm_src_end(&s->tn, w->end);
	if (*a >= *b || *b > s->src_len ||
	    (sc = script_of_word(s->src, *a, *b)) == SCRIPT_OTHER)
		return SCRIPT_NONE;
	*base = s->src;
	return sc;
}

/* script36: an abjad's word of one consonant class read with its vowel
 * letters ("ليا" of Léa, "إيفا" of Eva: a skeleton of one class is read
 * by nothing, too many words have it): the consonants as the skeleton
 * reads them, a vowel letter as A (ا أ إ آ ى ة, א ע, a last ה ه), W (و ؤ,
 * ו as a vowel) or Y (ي ئ ی, י); one of a run repeated is one, an alef
 * opening the word before another vowel letter its carrier (إي Y).  Its
 * length, 0 for none. */
static size_t
script_abjad_full(const char *t, size_t a, size_t b, char *k)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t kn = 0, i = a;
	int initial = 1;

	while (i < b) {
		const unsigned cp = script_cp(u, i, b);
		const char *cl;
		char m = 0;

		if (cp == 0)
			return 0;
		i += 2;
		if ((cl = script_abjad_class(u, &i, b, cp, initial)) == NULL)
			return 0;
		if (cl[0] != '\0') {
			if (script_key_add(k, &kn, cl, KEY_SKELETON) != 0)
				return 0;
			initial = 0;
			continue;
		}
		switch (cp) {
		case 0x622: case 0x623: case 0x625: case 0x627: case 0x629:
		case 0x649: case 0x639: case 0x5d0: case 0x5e2: case 0x5d4:
		case 0x647:
			m = 'A';
			break;
		case 0x624: case 0x648: case 0x5d5:
			m = 'W';
			break;
		case 0x626: case 0x64a: case 0x6cc: case 0x5d9:
			m = 'Y';
			break;
		}
		if (m == 0)
			continue;
		if (kn == 1 && k[0] == 'A' && initial)
			kn = 0;			/* the carrier */
		if (kn > 0 && k[kn - 1] == m)
			continue;
		if (kn + 1 >= SCRIPT_KEY_MAX)
			return 0;
		k[kn++] = m;
		initial = initial && m == 'A';
	}
	return kn;
}

/* ... and the part f[0, n) so read (French sounds, mode 2: a silent end
 * off): a vowel letter A (a), W (o, u, au, ou), Y (e, i, y, ai, ei, eu) */
static size_t
script_latin_full(const char *f, size_t n, int mode, char *k)
{
	size_t kn = 0;
	char nasal = 0, pk[SCRIPT_KEY_MAX];
	const size_t pn = script_latin_key(f, n, mode, KEY_SKELETON, pk,
	    &nasal, NULL, NULL);
	size_t m = n, c = 0;

	if (pn != 1)
		return 0;
	if (mode == 2)		/* (the r of -ier kept, as before rowvar43) */
		m = script_silent_end(f, n, 0, NULL);
	for (size_t i = 0; i < m; i++) {
		const char x = f[i], d = i + 1 < m ? f[i + 1] : 0;
		char v;

		if (!script_vowel(x)) {
			if (x == 'h')
				continue;
			if (c++ > 0 || kn + 1 >= SCRIPT_KEY_MAX)
				return 0;	/* one consonant letter */
			k[kn++] = pk[0];
			continue;
		}
		if ((x == 'a' || x == 'e') && (d == 'u' || d == 'i'))
			continue;		/* au, ai, eu, ei: the next */
		v = x == 'a' ? 'A' : x == 'o' || x == 'u' ? 'W' : 'Y';
		if (i > 0 && (f[i - 1] == 'e' && x == 'u'))
			v = 'Y';
		if (kn > 0 && k[kn - 1] == v)
			continue;
		if (kn + 1 >= SCRIPT_KEY_MAX)
			return 0;
		k[kn++] = v;
	}
	return kn;
}

#define SCRIPT_VARS	4

/* The words at base[a, b) (two when pair: the name's parts may be two
 * words there too) by the row's name parts: the value it is, or -1.  A
 * sound script's key matches exact (hostile34's, two classes) or with
 * voiced and unvoiced one (three consonant classes or more); an abjad's
 * skeleton on two consonant classes or more.  The nasal end off (mode
 * 4) only for a word ending with the vowel it leaves and three consonant
 * classes (not "Дюбуа" for DUPONT: Dupo-). */
static int
script_name_match(const char *base, size_t a, size_t b, int abjad, int pair,
    const struct detect_value *row, const uint8_t *vals, size_t nvals,
    const size_t *off, const struct row_parts *parts,
    const struct detect_scratch *s)
{
	char wk[2][SCRIPT_VARS][SCRIPT_KEY_MAX], pk[SCRIPT_KEY_MAX];
	char wv[SCRIPT_VARS][SCRIPT_KEY_MAX], pv[SCRIPT_KEY_MAX];
	char buf[64], last = 0, l2;
	size_t wn[2][SCRIPT_VARS], wvn[SCRIPT_VARS];
	const int nv = abjad ? 1 : SCRIPT_VARS;
	int any = 0;

	for (int v = 0; v < nv; v++) {
		size_t nc;

		wn[0][v] = abjad ? 0 : script_word_key(base, a, b, 0, v,
		    KEY_EXACT, wk[0][v], &last);
		if (!script_key_usable(wk[0][v], wn[0][v]))
			wn[0][v] = 0;
		wn[1][v] = script_word_key(base, a, b, abjad, v,
		    abjad ? KEY_SKELETON : KEY_VOICE, wk[1][v], &l2);
		nc = script_key_cons(wk[1][v], wn[1][v]);
		/* (script36: a sound script's word alone on one or two
		 * consonant classes, three classes or more, when its
		 * vowels are read: they must be the part's too, below:
		 * "Бол", "Ефа") */
		wvn[v] = SIZE_MAX;
		if (!abjad && !pair && nc < 3 && nc >= 1 && wn[1][v] >= 3)
			wvn[v] = script_word_vowels(base, a, b, v, wv[v]);
		if (nc < (abjad ? 2u : 3u) && wvn[v] == SIZE_MAX &&
		    !(abjad && !pair && nc == 1))
			wn[1][v] = 0;
		any |= wn[0][v] > 0 || wn[1][v] > 0;
	}
	/* (script36: an abjad's word of one consonant class, read with its
	 * vowel letters, against a part of one consonant letter) */
	if (abjad && !pair && wn[1][0] > 0 &&
	    script_key_cons(wk[1][0], wn[1][0]) == 1) {
		char fk[SCRIPT_KEY_MAX];
		const size_t fkn = script_abjad_full(base, a, b, fk);

		for (size_t x = 0; x < nvals && fkn >= 3; x++) {
			const size_t k = vals[x];
			const char *v = row_fold(s) + off[k];

			if (!ident_is_name(row[k].kind))
				continue;
			for (size_t p = 0; p < parts[k].n; p++)
				for (int mode = 1; mode <= 2; mode++)
					if (script_latin_full(v +
					    parts[k].off[p], parts[k].len[p],
					    mode, pk) == fkn &&
					    memcmp(pk, fk, fkn) == 0)
						return (int)k;
		}
		return -1;
	}
	if (!any)
		return -1;
	for (size_t x = 0; x < nvals; x++) {
		const size_t k = vals[x];
		const char *v = row_fold(s) + off[k];

		if (!ident_is_name(row[k].kind))
			continue;
		/* each part; for two words, also two parts side by side
		 * ("لو غوف" of LE GOFF) */
		for (size_t p = 0; p < parts[k].n; p++)
		    for (int two = 0; two <= (pair && p + 1 < parts[k].n);
			two++) {
			const char *f = v + parts[k].off[p];
			size_t fn = parts[k].len[p];

			if (two) {
				if (fn + parts[k].len[p + 1] > sizeof(buf))
					continue;
				memcpy(buf, f, fn);
				memcpy(buf + fn, v + parts[k].off[p + 1],
				    parts[k].len[p + 1]);
				fn += parts[k].len[p + 1];
				f = buf;
			}
			for (int mode = 0; mode < 5; mode++)
			    for (int kf = abjad; kf < 2; kf++) {
				char nasal = 0;
				size_t pvn = 0;
				const size_t pn = script_latin_key(f, fn, mode,
				    kf == 0 ? KEY_EXACT : abjad ? KEY_SKELETON :
				    KEY_VOICE, pk, &nasal, pv, &pvn);
				const int few = kf == 1 && !abjad &&
				    script_key_cons(pk, pn) < 3;

				if (pn == 0 || (mode == 4 && (abjad ||
				    nasal != last ||
				    script_key_cons(pk, pn) < 3)))
					continue;
				for (int w = 0; w < nv; w++)
					if (pn == wn[kf][w] &&
					    memcmp(pk, wk[kf][w], pn) == 0 &&
					    (!few || (wvn[w] == pvn &&
					    memcmp(pv, wv[w], pvn) == 0)))
						return (int)k;
			}
		}
	}
	return -1;
}

/*
 * leaks47: the row's name transliterated by a standard table, where the
 * sound key above reads too little.  A word of Cyrillic or Greek letters
 * alone ("Дюпо", "ΝΤΥΠΟ" of DUPONT: two consonant classes, which the key
 * shares with "депо", a depot) is written in ASCII Latin letters (ISO 9,
 * UNGEGN: translit.h) and compared with the row's parts letter for
 * letter, not by classes: the part; with a capital, the part as French
 * says it (a silent end off, "dupon"; its nasal too, "dupo"), and a
 * Russian case ending after the part or its sound ("Дюпона", "Дюпону":
 * a, u, e, y, i, om, oj, ym, ov).  "Депо" is depo, no part's.  A word
 * that mixes Latin letters with Cyrillic or Greek ones ("DUПОНТ",
 * "MОNTGОLFIЕRы": the evasion pass reads a word of look-alikes alone)
 * is read two ways, by sound and by look (textnorm_draws: "Р" P, then
 * the rest by sound), and is the row's when a reading is a part, or a
 * part of four letters or more and two letters at most (no ordinary
 * word mixes the scripts; a unit's Greek is one letter, "γGT").  Asked
 * of the row's own name values only.
 */
#define TRANSLIT_WORD	64

/* The part f[0, n) as French says it: drop 1 its silent end, 2 that and
 * its nasal; into o, its length (0: none) */
static size_t
script_sound_form(const char *f, size_t n, int drop, char *o)
{
	char nasal;
	const size_t m = script_silent_end(f, n, 1, drop == 2 ? &nasal : NULL);

	if (m == 0 || m == n)
		return 0;
	memcpy(o, f, m);
	return m;
}

/* w[0, wn) is p[0, pn) then one of Russian's case endings */
static int
script_case_ending(const char *w, size_t wn, const char *p, size_t pn)
{
	static const char *const end[] = {
		"a", "u", "e", "y", "i", "om", "oj", "ym", "ov",
	};

	if (wn <= pn || wn > pn + 2 || memcmp(w, p, pn) != 0)
		return 0;
	for (size_t x = 0; x < sizeof(end) / sizeof(end[0]); x++)
		if (strlen(end[x]) == wn - pn && memcmp(w + pn, end[x],
		    wn - pn) == 0)
			return 1;
	return 0;
}

/* Reading w[0, wn) against the row's parts: mixed (a word of two
 * scripts), cyr (Cyrillic alone: its case endings), cap (capitalized or
 * in capitals).  The value, or -1. */
static int
script_translit_part(const char *w, size_t wn, int mixed, int cyr, int cap,
    const struct detect_value *row, const uint8_t *vals, size_t nvals,
    const size_t *off, const struct row_parts *parts,
    const struct detect_scratch *s)
{
	char form[TRANSLIT_WORD];

	if (wn < 4)
		return -1;
	for (size_t x = 0; x < nvals; x++) {
		const size_t k = vals[x];
		const char *v = row_fold(s) + off[k];

		if (!ident_is_name(row[k].kind))
			continue;
		for (size_t p = 0; p < parts[k].n; p++) {
			const char *f = v + parts[k].off[p];
			const size_t fn = parts[k].len[p];

			if (fn < 4 || fn >= sizeof(form))
				continue;
			if (fn == wn && memcmp(w, f, fn) == 0)
				return (int)k;
			if (mixed) {
				if (wn > fn && wn <= fn + 2 &&
				    memcmp(w, f, fn) == 0)
					return (int)k;
				continue;
			}
			if (cap && cyr && script_case_ending(w, wn, f, fn))
				return (int)k;
			/* the part as French says it, in any case (leaks48:
			 * "дюпо" as "Дюпо"; no Russian or Greek word is
			 * written so, "депо" is depo); declined, with a
			 * capital only */
			for (int drop = 1; drop <= 2; drop++) {
				const size_t m = script_sound_form(f, fn, drop,
				    form);

				if (m < 4)
					continue;
				if ((m == wn && memcmp(w, form, m) == 0) ||
				    (cap && cyr &&
				    script_case_ending(w, wn, form, m)))
					return (int)k;
			}
		}
	}
	return -1;
}

/* Greek's digraphs for b, d, g where a word opens (ICU writes ντ nt, μπ
 * mp, γκ gk) and its υ for a French u (Ντυμά: ICU's y) */
static size_t
script_greek_fix(char *w, size_t n)
{
	if (n >= 2 && ((w[0] == 'n' && w[1] == 't') ||
	    (w[0] == 'm' && w[1] == 'p') || (w[0] == 'g' && w[1] == 'k'))) {
		w[0] = w[0] == 'n' ? 'd' : w[0] == 'm' ? 'b' : 'g';
		memmove(w + 1, w + 2, n - 2);
		n--;
	}
	for (size_t i = 0; i < n; i++)
		if (w[i] == 'y')
			w[i] = 'u';
	return n;
}

/* The first letter a transliteration of the word at u[a, b) can have,
 * two ways at most (Greek's ντ d or n, μπ b or m), lower case, in i[2];
 * 0 where any can (a vowel, a letter not in the tables): a test before
 * ICU's, which costs some 30,000 instructions a word */
static void
script_translit_initial(const unsigned char *u, size_t a, size_t b, char i[2])
{
	/* ISO 9 of а..я; UNGEGN of α..ω (υ as the French u) */
	static const char cyr[33] = "abvgdezzijklmnoprstufhccss.y.eua";
	static const char grk[26] = "avgdeziti" "klmnxoprsstufcpo";
	unsigned cp;

	i[0] = i[1] = 0;
	if (a < b && u[a] < 0x80) {
		i[0] = (char)(u[a] | 0x20);
		if (i[0] < 'a' || i[0] > 'z')
			i[0] = 0;
		return;
	}
	if ((cp = script_cp(u, a, b)) == 0)
		return;
	if (cp >= 0x410 && cp <= 0x44f)
		i[0] = cyr[(cp < 0x430 ? cp + 0x20 : cp) - 0x430];
	else if (cp >= 0x391 && cp <= 0x3c9 && cp != 0x3a2 &&
	    (cp < 0x3aa || cp > 0x3b0)) {
		i[0] = grk[(cp < 0x3b1 ? cp + 0x20 : cp) - 0x3b1];
		i[1] = i[0] == 'n' ? 'd' : i[0] == 'm' ? 'b' : 0;
	}
	if (i[0] == '.' || script_vowel(i[0]))
		i[0] = i[1] = 0;
}

/* The word at base[a, b) (the source's bytes, when the evasion pass
 * read them) by the row's names transliterated, as above: the value, or
 * -1, or -ENOMEM.  sc: its script (SCRIPT_NONE: Latin letters too). */
static int
script_translit_match(const char *base, size_t a, size_t b,
    enum text_script sc, const struct detect_value *row,
    const uint8_t *vals, size_t nvals, const size_t *off,
    const struct row_parts *parts, struct detect_scratch *s)
{
	const unsigned char *u = (const unsigned char *)base;
	char r[TRANSLIT_WORD], look[TRANSLIT_WORD * 2];
	const int mixed = sc == SCRIPT_NONE;
	int cap, hit;
	long n;
	size_t ln = 0, x;

	if (b - a > TRANSLIT_WORD || b <= a)
		return -1;
	/* (no part of four letters or more opens as it can: no call) */
	{
		char in[2] = { 0, 0 };
		int any = 0;

		/* (a word of two scripts, rare, is read by look too) */
		if (mixed)
			in[0] = 0;
		else
			script_translit_initial(u, a, b, in);
		for (size_t y = 0; y < nvals && !any && in[0] != 0; y++) {
			const size_t k = vals[y];
			const char *v = row_fold(s) + off[k];

			if (!ident_is_name(row[k].kind))
				continue;
			for (size_t p = 0; p < parts[k].n && !any; p++)
				any = parts[k].len[p] >= 4 &&
				    (v[parts[k].off[p]] == in[0] ||
				    (in[1] != 0 && v[parts[k].off[p]] == in[1]));
		}
		if (in[0] != 0 && !any)
			return -1;
	}
	/* capitalized or in capitals: its first letter a capital */
	{
		ucs4_t c0;

		u8_mbtouc(&c0, u + a, b - a);
		cap = uc_is_upper(c0);
	}
	if ((n = translit_ascii(&s->translit, base + a, b - a, r,
	    sizeof(r))) < 0)
		return (int)n;
	if (sc == SCRIPT_GREEK)
		n = (long)script_greek_fix(r, (size_t)n);
	if (n > 0 && (hit = script_translit_part(r, (size_t)n, mixed,
	    sc == SCRIPT_CYRILLIC, cap, row, vals, nvals, off, parts,
	    s)) >= 0)
		return hit;
	if (!mixed)
		return -1;
	/* by look: the look-alikes as the Latin letters they draw, the
	 * rest by sound */
	for (x = a; x < b; ) {
		ucs4_t c;
		const int k = u8_mbtouc(&c, u + x, b - x);
		const int d = c >= 0x80 ? textnorm_draws(c) : 0;

		if (k <= 0)
			return -1;
		if (d >= 'A' && ((d | 32) >= 'a' && (d | 32) <= 'z'))
			look[ln++] = (char)d;
		else {
			memcpy(look + ln, u + x, (size_t)k);
			ln += (size_t)k;
		}
		x += (size_t)k;
	}
	if ((n = translit_ascii(&s->translit, look, ln, r, sizeof(r))) < 0)
		return (int)n;
	return n > 0 ? script_translit_part(r, (size_t)n, 1, 0, cap, row,
	    vals, nvals, off, parts, s) : -1;
}

/* t[a, b) mixes ASCII letters with Cyrillic or Greek ones, other than
 * one small Greek letter of a unit or an analyte ("μmol", "γGT", "TNFα":
 * textnorm's ev_science_greek, which the evasion pass leaves too) */
static int
script_mixed_word(const char *t, size_t a, size_t b)
{
	const unsigned char *u = (const unsigned char *)t;
	int latin = 0, other = 0, science = 0;

	for (size_t k = a; k < b; k++) {
		const unsigned char c = u[k];

		if ((c | 32) >= 'a' && (c | 32) <= 'z')
			latin = 1;
		else if (c >= 0xce && c <= 0xd3 && k + 1 < b) {
			const unsigned cp = script_cp(u, k, b);

			other++;
			science += (cp >= 0x3b1 && cp <= 0x3b5) ||
			    cp == 0x3ba || cp == 0x3bb || cp == 0x3bc ||
			    cp == 0x3c9;
		}
	}
	return latin && other > 0 && !(other == 1 && science == 1);
}

static __attribute__((noinline, cold)) int
row_script_names(const char *t, const struct detect_value *row,
    const uint8_t *vals, size_t nvals, const size_t *off,
    const struct row_parts *parts, struct detect_scratch *s)
{
	/* the word before, when of a script a key reads: its range, its
	 * family, whether it is the row's name or taken */
	const char *pbase = NULL;
	size_t pa = 0, pb = 0, pi = SIZE_MAX;
	int pabjad = 0, pdone = 0, r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		const char *base;
		size_t a, b;
		enum text_script sc;
		int abjad, hit = -1, done;

		/* (a word taken: its own bytes only, for a pair; the
		 * source's end of a unit is a walk of the unit, and every
		 * word of a long reversed line is in one) */
		if (word_taken(s, i)) {
			if ((sc = script_of_word(t, w->start, w->end)) ==
			    SCRIPT_NONE || sc == SCRIPT_OTHER) {
				pi = SIZE_MAX;
				continue;
			}
			base = t;
			a = w->start;
			b = w->end;
		} else if ((sc = script_word_src(s, t, w, &base, &a, &b)) ==
		    SCRIPT_NONE) {
			/* leaks47: a word of two scripts ("DUПОНТ") */
			pi = SIZE_MAX;
			if (w->nchars >= 4 && !(w->flags & W_DIGIT) &&
			    script_mixed_word(t, w->start, w->end) &&
			    (hit = script_translit_match(t, w->start, w->end,
			    SCRIPT_NONE, row, vals, nvals, off, parts, s)) != -1 &&
			    (r = hit < 0 ? hit : add_span(s, w->start, w->end,
			    DETECT_NAME, hit)) < 0)
				return r;
			continue;
		}
		abjad = sc == SCRIPT_HEBREW || sc == SCRIPT_ARABIC;
		if (w->nchars >= 2 && !word_taken(s, i) &&
		    (hit = script_name_match(base, a, b, abjad, 0, row, vals,
		    nvals, off, parts, s)) >= 0 &&
		    (r = add_span(s, w->start, w->end, DETECT_NAME, hit)) < 0)
			return r;
		/* leaks47: letter for letter (ISO 9, UNGEGN), where the
		 * key reads too little ("Дюпо") */
		if (hit < 0 && w->nchars >= 4 && !word_taken(s, i) &&
		    (sc == SCRIPT_CYRILLIC || sc == SCRIPT_GREEK)) {
			if ((hit = script_translit_match(base, a, b, sc, row,
			    vals, nvals, off, parts, s)) < -1)
				return hit;
			if (hit >= 0 && (r = add_span(s, w->start, w->end,
			    DETECT_NAME, hit)) < 0)
				return r;
		}
		done = hit >= 0 || word_taken(s, i);
		/* the name in two words ("دو بون", "ז'אן", "Ле Кофф"): the
		 * word before and this one, one joiner apart, when one of
		 * them is not the name alone */
		if (i > 0 && pi == i - 1 && pbase == base &&
		    pabjad == abjad && !(pdone && done) && a > pb &&
		    script_joiner((const unsigned char *)
		    base, pb, a) == a - pb &&
		    (hit = script_name_match(base, pa, b, abjad, 1, row, vals,
		    nvals, off, parts, s)) >= 0) {
			if (!word_taken(s, i - 1) && !word_taken(s, i)) {
				if ((r = add_span(s, s->words[i - 1].start,
				    w->end, DETECT_NAME, hit)) < 0)
					return r;
			} else for (size_t j = i - 1; j <= i; j++)
				if (!word_taken(s, j) && (r = add_span(s,
				    s->words[j].start, s->words[j].end,
				    DETECT_NAME, hit)) < 0)
					return r;
			done = 1;
		}
		pi = i;
		pbase = base;
		pa = a;
		pb = b;
		pabjad = abjad;
		pdone = done;
	}
	return 0;
}

/* Word i is one capital, ASCII. */
static int
spelled_capital(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->end - w->start == 1 && t[w->start] >= 'A' &&
	    t[w->start] <= 'Z';
}

/* The letters L[0, n) (lower case) are a part of folded value v (vn
 * bytes, split at spaces, apostrophes and hyphens), or the whole value
 * without those signs ("L E G O F F" of "le goff"). */
static int
spelled_is_value(const char *L, size_t n, const char *v, size_t vn)
{
	size_t a, b, m = 0;

	for (a = 0; a < vn; a = b + 1) {
		for (b = a; b < vn && v[b] != ' ' && v[b] != '\'' &&
		    v[b] != '-'; b++)
			;
		if (b - a == n && memcmp(v + a, L, n) == 0)
			return 1;
	}
	for (a = 0; a < vn; a++) {
		if (v[a] == ' ' || v[a] == '\'' || v[a] == '-')
			continue;
		if (m >= n || v[a] != L[m])
			return 0;
		m++;
	}
	return m == n;
}

/*
 * The row's own name spelled letter by letter, with no cue (hostile30):
 * "Patient D U P O N T vu", "D.U.P.O.N.T", "D-U-P-O-N-T", "D_U_P_O_N_T".
 * scan_spelled_names (detect_spelled.c) takes such a run after a
 * spelling verb, a title or beside a name only (dotted capitals are
 * acronyms elsewhere, "S.A.M.U."); the patient's own name needs no cue,
 * the row says it.  Capitals alone, one sign the same all along, three
 * letters or more, nothing alphanumeric glued at either end, whose
 * letters are a name value's part or the whole value.  Each word is read
 * once (a run is passed whole).  (Gate: W_SPACED or W_ACRO, tokenize's
 * marks of a capital alone before a sign and a capital.)
 */
static int
row_spelled_values(const char *t, const struct detect_value *row,
    const uint8_t *vals, size_t nvals, const size_t *off, const size_t *flen,
    struct detect_scratch *s)
{
	char L[48];

	for (size_t i = 0; i + 2 < s->nwords; i++) {
		size_t k, e, a = s->words[i].start, b, n = 0;
		char sep;
		int r, taken = 0;

		if (!(s->words[i].flags & (W_SPACED | W_ACRO)) ||
		    !spelled_capital(t, s, i))
			continue;
		sep = t[s->words[i].end];
		if ((sep != ' ' && sep != '.' && sep != '-' && sep != '_') ||
		    (a > 0 && is_alnum_byte(t[a - 1])))
			continue;
		L[n++] = (char)(t[a] | 32);
		for (k = i + 1; k < s->nwords && n < sizeof(L); k++) {
			if (s->words[k].start != s->words[k - 1].end + 1 ||
			    t[s->words[k].start - 1] != sep ||
			    !spelled_capital(t, s, k))
				break;
			L[n++] = (char)(t[s->words[k].start] | 32);
		}
		e = k - 1;
		b = s->words[e].end;
		if (sep == '.' && b < s->text_len && t[b] == '.')
			b++;
		if (n < 3 || n == sizeof(L) || (b < s->text_len &&
		    is_alnum_byte(t[b]))) {
			i = e;
			continue;
		}
		for (size_t x = 0; x < nvals; x++) {
			size_t v = vals[x];

			if (row[v].kind != DETECT_IDENT_LAST_NAME &&
			    row[v].kind != DETECT_IDENT_FIRST_NAME)
				continue;
			if (!spelled_is_value(L, n, row_fold(s) + off[v],
			    flen[v]))
				continue;
			for (size_t j = i; j <= e; j++)
				taken |= word_taken(s, j);
			if (!taken) {
				if ((r = add_span(s, a, s->words[e].end,
				    DETECT_NAME, (int)v)) < 0)
					return r;
			} else {
				for (size_t j = i; j <= e; j++)
					if (!word_taken(s, j) && (r = add_span(s,
					    s->words[j].start, s->words[j].end,
					    DETECT_NAME, (int)v)) < 0)
						return r;
			}
			break;
		}
		i = e;
	}
	return 0;
}

/* Word w is a part of row value k, or (initial) one letter, the first of
 * value k's fold. */
static int
joined_part(const struct detect_scratch *s, const struct detect_word *w,
    const size_t *off, const size_t *flen, size_t k, int initial)
{
	if (initial)
		return w->fold_len == 1 && wf(s, w)[0] == row_fold(s)[off[k]];
	return row_value_has_word(s, w, off, flen, k);
}

/* The fold f (n bytes) is a part of value a then a part of value b glued
 * ("annevigneron" of "AnneVigneron"), or with ainit the first letter of
 * value a then a part of value b of four letters or more ("avigneron"). */
static int
glued_parts(const char *f, size_t n, const char *va, const struct row_parts *pa,
    const char *vb, const struct row_parts *pb, int ainit)
{
	for (size_t x = 0; x < pa->n; x++) {
		size_t la = ainit ? 1 : pa->len[x];

		if (la == 0 || la >= n || memcmp(f, va + pa->off[x], la) != 0)
			continue;
		for (size_t y = 0; y < pb->n; y++)
			if (pb->len[y] == n - la && (!ainit || pb->len[y] >= 4) &&
			    memcmp(f + la, vb + pb->off[y], n - la) == 0)
				return 1;
		if (ainit)
			break;
	}
	return 0;
}

/* The row's first name and surname values for row_joined_names (kf, kl)
 * and the lengths a glued token may have (bit n: n bytes, five or more,
 * under 64): 0 if the row has no such pair (nothing to find). */
static int
joined_prepare(const struct detect_value *row, const uint8_t *vals,
    size_t nvals, const struct row_parts *parts, size_t *kfp, size_t *klp,
    uint64_t *lensp)
{
	size_t kf = MAX_ROW, kl = MAX_ROW;
	uint64_t lens = 0;	/* bit n: a glued token may have n bytes */

	for (size_t x = 0; x < nvals; x++) {
		size_t k = vals[x];

		if (row[k].kind == DETECT_IDENT_FIRST_NAME && kf == MAX_ROW)
			kf = k;
		else if (row[k].kind == DETECT_IDENT_LAST_NAME && kl == MAX_ROW)
			kl = k;
	}
	if (kf == MAX_ROW || kl == MAX_ROW || parts[kf].n >= MAX_PARTS ||
	    parts[kl].n >= MAX_PARTS)
		return 0;
	/* the lengths a glued token may have: most words have none, and
	 * are turned away by one bit */
	for (size_t x = 0; x < parts[kf].n; x++)
		for (size_t y = 0; y < parts[kl].n; y++)
			if (parts[kf].len[x] + parts[kl].len[y] < 64)
				lens |= (uint64_t)1 << (parts[kf].len[x] +
				    parts[kl].len[y]);
	for (size_t y = 0; y < parts[kl].n; y++)
		if (parts[kl].len[y] >= 4 && parts[kl].len[y] < 63)
			lens |= (uint64_t)1 << (parts[kl].len[y] + 1);
	*kfp = kf;
	*klp = kl;
	*lensp = lens & ~(uint64_t)0x1f;	/* five bytes or more */
	return 1;
}

/* Word i may be a glued token of row_joined_names by its length alone
 * (lens: joined_prepare's): 0 or 1, no branch. */
static inline __attribute__((always_inline)) uint64_t
joined_len_may(uint64_t lens, uint32_t fold_len)
{
	return (lens >> (fold_len & 63)) & (uint64_t)(fold_len < 64);
}

/* Word i is a glued token of the row's two names (row_joined_names). */
static inline __attribute__((always_inline)) int
joined_glued(const char *t, struct detect_scratch *s, size_t i,
    const char *vf, const struct row_parts *pf, const char *vl,
    const struct row_parts *pl, uint64_t lens)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);

	return joined_len_may(lens, w->fold_len) &&
	    (f[0] == vf[0] || f[0] == vl[0]) &&
	    !word_taken(s, i) &&
	    (glued_parts(f, w->fold_len, vf, pf, vl, pl, 0) ||
	    glued_parts(f, w->fold_len, vl, pl, vf, pf, 0) ||
	    (glued_parts(f, w->fold_len, vf, pf, vl, pl, 1) &&
	    !word_lexicon(t, s, i)));
}

/* Words i and i + 1 joined by one sign are the row's two names
 * (row_joined_names): their spans added, 1; 0 if not; < 0 an error. */
static int
joined_pair(const char *t, size_t i, const size_t *off, const size_t *flen,
    size_t kf, size_t kl, struct detect_scratch *s)
{
	const uint64_t *bloom = s->rowcache->filter.bloom;
	const struct detect_word *w = &s->words[i], *n = &s->words[i + 1];
	const size_t a = w->start, b = w->end;
	const char c = t[b];
	int r;

	if (n->start != b + 1 || (c != '.' && c != '_' && c != '-'))
		return 0;
	/* one of the two a part of some name value (the row's
	 * filter), the other a part too or a letter */
	if (!((bloom_has(bloom, w->fhash) && (n->fold_len == 1 ||
	    bloom_has(bloom, n->fhash))) || (w->fold_len == 1 &&
	    bloom_has(bloom, n->fhash))))
		return 0;
	if (!((joined_part(s, w, off, flen, kf, 0) &&
	    joined_part(s, n, off, flen, kl, 0)) ||
	    (joined_part(s, w, off, flen, kl, 0) &&
	    (joined_part(s, n, off, flen, kf, 0) ||
	    joined_part(s, n, off, flen, kf, 1))) ||
	    (joined_part(s, w, off, flen, kf, 1) &&
	    joined_part(s, n, off, flen, kl, 0))))
		return 0;
	if (!word_taken(s, i) && !word_taken(s, i + 1)) {
		if ((r = add_span(s, a, n->end, DETECT_NAME, (int)kl)) < 0)
			return r;
	} else {
		for (size_t j = i; j <= i + 1; j++)
			if (!word_taken(s, j) && (r = add_span(s,
			    s->words[j].start, s->words[j].end,
			    DETECT_NAME, -1)) < 0)
				return r;
	}
	return 1;
}

/*
 * The row's first name and surname joined into one handle (hostile30):
 * by one sign ("marcel.pigeon", "vigneron_anne_cr.pdf", "a.vigneron",
 * "vigneron.a") or by nothing ("#AnneVigneron", "MarcelPIGEON",
 * "VigneronAnne", "@mpigeon", "avigneron"): a login, a file name, a
 * hashtag.  The row rules read a surname that is an ordinary word
 * ("pigeon", "vigneron") as a name only where written as one, so these
 * went through raw, or with the first name alone taken.  Both of the
 * patient's names in one token are the patient's: a part of the first
 * name value and a part of the surname value, in either order, or the
 * first name's initial and the surname (four letters or more, and the
 * token no ordinary word: "mange" of Marie ANGE stays).  Each word is
 * read once, with the word after it.
 *
 * kf, kl, lens: joined_prepare's.  masks (NULL: every word is walked)
 * are scan_row_names' walk's, for the first 64 words (speed32e): [0]
 * the words of a length in lens (joined_len_may) that start with the
 * first byte of value kf or kl (when both are letters; speed37a), [1]
 * the words that pass the row's filter (bloom_has).  A word not in [0]
 * is no glued token (joined_glued's first two tests); a pair of words
 * i, i + 1 neither of which is in [1] fails joined_pair's filter test
 * (it asks one of the two to pass): only the words of [0] or of the
 * pair mask below are visited, in order, each as the walk would (a
 * pair taken passes its second word, as the walk's i++).  The spans are
 * the walk's: a word not visited is one for which the walk finds
 * nothing.
 */
static int
row_joined_names(const char *t, const size_t *off, const size_t *flen,
    const struct row_parts *parts, size_t kf, size_t kl, uint64_t lens,
    const uint64_t *masks, struct detect_scratch *s)
{
	const char *vf = row_fold(s) + off[kf], *vl = row_fold(s) + off[kl];
	int r;

	if (masks != NULL) {
		const uint64_t glued = masks[0], bm = masks[1];
		/* word i or word i + 1 passes the filter (joined_pair asks
		 * one of them to), i + 1 < nwords */
		const uint64_t pair = s->nwords < 2 ? 0 : (bm | (bm >> 1)) &
		    (~(uint64_t)0 >> (65 - s->nwords));

		for (uint64_t m = glued | pair; m != 0; m &= m - 1) {
			const size_t i = (size_t)__builtin_ctzll(m);
			char c;

			if (((glued >> i) & 1) && joined_glued(t, s, i, vf,
			    &parts[kf], vl, &parts[kl], lens)) {
				if ((r = add_span(s, s->words[i].start,
				    s->words[i].end, DETECT_NAME, (int)kl)) < 0)
					return r;
				continue;
			}
			if (!((pair >> i) & 1))
				continue;
			/* (a pair's bit i has i + 1 < nwords <= 64; the
			 * sign between first, as joined_pair's own test) */
			c = t[s->words[i].end];
			if (s->words[i + 1].start != s->words[i].end + 1 ||
			    (c != '.' && c != '_' && c != '-'))
				continue;
			if ((r = joined_pair(t, i, off, flen, kf, kl, s)) < 0)
				return r;
			if (r == 1)
				m &= ~((uint64_t)1 << (i + 1));
		}
		return 0;
	}
	for (size_t i = 0; i < s->nwords; i++) {
		if (joined_glued(t, s, i, vf, &parts[kf], vl, &parts[kl],
		    lens)) {
			if ((r = add_span(s, s->words[i].start,
			    s->words[i].end, DETECT_NAME, (int)kl)) < 0)
				return r;
			continue;
		}
		if (i + 1 >= s->nwords)
			break;
		if ((r = joined_pair(t, i, off, flen, kf, kl, s)) < 0)
			return r;
		i += (size_t)r;
	}
	return 0;
}

/* a[0, n) and b[0, n) differ.  Up to sixteen bytes (a name, most
 * addresses) in two loads of eight, or of four, that overlap, never past
 * n: memcmp's call cost more than the compare, three values a comment. */
static inline int
row_bytes_differ(const char *a, const char *b, size_t n)
{
	uint64_t x, y, u, v;
	uint32_t x4, y4, u4, v4;

	if (n > 16)
		return memcmp(a, b, n) != 0;
	if (n >= 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		memcpy(&u, a + n - 8, 8);
		memcpy(&v, b + n - 8, 8);
		return ((x ^ y) | (u ^ v)) != 0;
	}
	if (n >= 4) {
		memcpy(&x4, a, 4);
		memcpy(&y4, b, 4);
		memcpy(&u4, a + n - 4, 4);
		memcpy(&v4, b + n - 4, 4);
		return ((x4 ^ y4) | (u4 ^ v4)) != 0;
	}
	for (size_t k = 0; k < n; k++)
		if (a[k] != b[k])
			return 1;
	return 0;
}

/* The row's values that c holds: the same count, the same name and
 * address columns (fcols) of the same kinds, and the raw bytes of each
 * (those prepared); nrow > 0.  The other columns' kinds are not asked:
 * nothing prepared depends on them. */
static int
row_cache_holds(const struct row_cache *c, const struct detect_value *row,
    size_t nrow, uint32_t fcols)
{
	const char *key = c->key;

	if (c->nrow != nrow || c->fcols != fcols)
		return 0;
	for (uint32_t m = fcols; m != 0; m &= m - 1) {
		const size_t k = (size_t)__builtin_ctz(m);

		if ((int)row[k].kind != c->kind[k] || row[k].len != c->klen[k] ||
		    row_bytes_differ(key, row[k].v, row[k].len))
			return 0;
		key += row[k].len;
	}
	return 1;
}

/* Each name or address value folded (after the one before it in c->fold)
 * and listed: the loops of scan_row_names and scan_row_fuzzy walk these
 * few, not the whole row (seven columns or more, most of them no name: a
 * branch on each kind, every comment).  Folded and split in one pass
 * (row_value_fast); a value it cannot fold goes through norm_value and is
 * split once the fold is whole.  c keeps no key (row_cache_key).  0 or
 * -errno. */
static int
row_cache_fill(struct row_cache *c, const struct detect_value *row,
    size_t nrow, uint32_t fcols, struct detect_scratch *s)
{
	const size_t ncol = nrow < MAX_ROW ? nrow : MAX_ROW;
	size_t nvals = 0;	/* (a local: c->nvals was loaded and stored
				 * again at each value, speed30d) */
	int r, slow = 0;

	c->nrow = 0;
	c->nvals = 0;
	c->fready = 0;
	c->pready = 0;
	row_filter_clear(&c->filter);
	buf_reset(&c->fold);
	/* Every flen is read (0: no value); an off only where flen is not
	 * 0 (the values of vals, the loops that test flen first): set for
	 * the folded columns alone, and the bound of the loop computed
	 * once, where the loop kept them among the registers of the fold
	 * inlined into it (speed29e) */
	memset(c->flen, 0, ncol * sizeof(c->flen[0]));
	for (uint32_t m = fcols; m != 0; m &= m - 1) {
		/* (the folded columns' bits, fcols: one branch a value, where
		 * a test of each column's kind took one a column) */
		const size_t k = (size_t)__builtin_ctz(m);

		c->off[k] = c->fold.len;
		/* (the value's index in vals if it holds a part) */
		c->filter.bit = 1u << (nvals < 7 ? nvals : 7);
		if ((r = row_value_fold(row[k].v, row[k].len, &c->fold,
		    &c->parts[k], &c->filter, &c->flen[k])) < 0)
			return r;
		if (r == 0) {
			if ((r = norm_value(NORM_TEXT, row[k].v, row[k].len,
			    &s->tmp)) != 0 || (r = buf_append(&c->fold,
			    s->tmp.data, s->tmp.len)) != 0)
				return r;
			c->flen[k] = c->fold.len - c->off[k];
			/* the end of the value for row_value_split */
			if (c->flen[k] > 0 &&
			    (r = buf_putc(&c->fold, ' ')) != 0)
				return r;
			c->parts[k].n = SIZE_MAX;	/* split below */
			slow = 1;
		}
		if (c->flen[k] == 0)
			continue;
		c->vals[nvals++] = (uint8_t)k;
	}
	c->nvals = nvals;
	/* The fold is whole: no realloc moves it any more.  The values
	 * row_value_fast left may have put some of their bits in the
	 * filter: made again, of every value's parts. */
	if (slow) {
		row_filter_clear(&c->filter);
		for (size_t x = 0; x < c->nvals; x++) {
			struct row_parts *p = &c->parts[c->vals[x]];

			c->filter.bit = 1u << (x < 7 ? x : 7);
			if (p->n == SIZE_MAX) {
				row_value_split(c->fold.data +
				    c->off[c->vals[x]], c->flen[c->vals[x]], p,
				    &c->filter);
				continue;
			}
			for (size_t q = 0; q < p->n; q++)
				bloom_add(&c->filter, p->h[q]);
		}
	}
	return 0;
}

/* The row just prepared in c kept as its key (row_cache_holds): its
 * kinds and the raw bytes of the values folded; nothing if they are
 * longer than ROW_CACHE_KEY_MAX. */
static void
row_cache_key(struct row_cache *c, const struct detect_value *row,
    size_t nrow, uint32_t fcols)
{
	size_t keylen = 0;

	c->fcols = fcols;
	for (uint32_t m = fcols; m != 0; m &= m - 1) {
		const size_t k = (size_t)__builtin_ctz(m);

		if (row[k].len > ROW_CACHE_KEY_MAX - keylen)
			return;
		c->kind[k] = (int)row[k].kind;
		c->klen[k] = row[k].len;
		if (row[k].len > 0)
			memcpy(c->key + keylen, row[k].v, row[k].len);
		keylen += row[k].len;
	}
	c->nrow = nrow;
}

/* The cache made now (detect_run_many shares ss[0]'s). */
int
row_cache_alloc(struct detect_scratch *s)
{
	if (s->rowcache != NULL)
		return 0;
	/* row_fold_latin's table, before any row is folded */
	pthread_once(&row_latin_once, row_latin_init);
	if ((s->rowcache = calloc(1, sizeof(*s->rowcache))) == NULL)
		return -ENOMEM;
	return 0;
}

/* The cache holds raw row values: wiped when freed. */
void
row_cache_free(struct detect_scratch *s)
{
	if (s->rowcache == NULL)
		return;
	buf_free(&s->rowcache->fold);
	sodium_memzero(s->rowcache, sizeof(*s->rowcache));
	free(s->rowcache);
	s->rowcache = NULL;
}

/* The words (bit i: word i of 64 at most) whose value bits vb[i] hold
 * bit (vb: 64 bytes, zeros past the words). */
static inline uint64_t
row_value_bits(const uint8_t *vb, unsigned bit)
{
	uint64_t m = 0;
#if defined(__SSE2__)
	const __m128i b = _mm_set1_epi8((char)bit);
#define ROW_VALUE_BITS16(q)	((uint64_t)(unsigned)_mm_movemask_epi8(	\
	_mm_cmpeq_epi8(_mm_and_si128(_mm_load_si128((const __m128i *)	\
	(const void *)(vb + 16 * (q))), b), b)) << (16 * (q)))

	m = ROW_VALUE_BITS16(0) | ROW_VALUE_BITS16(1) | ROW_VALUE_BITS16(2) |
	    ROW_VALUE_BITS16(3);
#undef ROW_VALUE_BITS16
#else
	for (unsigned i = 0; i < 64; i++)
		m |= (uint64_t)((vb[i] & bit) != 0) << i;
#endif
	return m;
}

static int row_cue_initials(const char *t, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s);

/* The row's names and address, found word by word (any case, any
 * accents), each word of a compound value on its own. */
int
scan_row_names(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	size_t ncand = 0, nfc = 0, nvals;
	const size_t *off, *flen;
	const struct row_parts *parts;
	const uint64_t *bloom;
	const uint8_t *vmask;
	const uint8_t *vals;
	uint32_t cand[MAX_CAND], fcand[MAX_CAND + 1], fcols;
	struct row_cache *c;
	/* row_joined_names' values and masks (speed32e) */
	size_t kf = MAX_ROW, kl = MAX_ROW;
	uint64_t lens = 0, jmasks[2] = { 0, 0 };
	const uint64_t *jm = NULL;
	/* row_name_pieces' words, made in the walk below (speed35) */
	uint64_t pmask = 0;
	const uint64_t *pm = NULL;
	/* number_pieces_may's words (hostile34) */
	uint64_t dmask;
	const uint64_t *dm = NULL;
	int joined, r;

	if (nrow == 0)
		return 0;
	if ((r = row_cache_alloc(s)) != 0)
		return r;
	/* The row's values prepared once for its comments (the row of the
	 * comment before, most often, in an export) */
	c = s->rowcache;
	fcols = row_folded_cols(row, nrow < MAX_ROW ? nrow : MAX_ROW);
	if (c->nrow != 0 && row_cache_holds(c, row, nrow, fcols)) {
		c->misses = 0;
	} else {
		if ((r = row_cache_fill(c, row, nrow, fcols, s)) != 0)
			return r;
		/* Kept for the next comment: after a few rows that were
		 * not the one before (a file of distinct rows), one time in
		 * eight, which finds the next run of a patient's rows within
		 * eight rows at a small part of the copy's cost. */
		if (c->misses < ROW_CACHE_TRIES || (c->misses & 7) == 0)
			row_cache_key(c, row, nrow, fcols);
		c->misses++;
	}
	if (c->nvals == 0)
		return 0;
	off = c->off;
	flen = c->flen;
	parts = c->parts;
	bloom = c->filter.bloom;
	vmask = c->filter.vmask;
	vals = c->vals;
	nvals = c->nvals;
	joined = joined_prepare(row, vals, nvals, parts, &kf, &kl, &lens);
	/* One walk for both: the words that may be a part (the filter) and
	 * those that may be a typo of one (fuzzy_may).  The filter's first
	 * bit turns most words away, a branch the predictor learns; one
	 * word in six may be a typo, at no place it could learn: that word
	 * is stored and the count moves on with no branch.  Past MAX_CAND
	 * the last slot is overwritten and the count goes on: every word is
	 * then a candidate, as the tests below say. */
	if (s->nwords <= 64) {
		/* (most comments) Each word's value bits (vmask), 0 when the
		 * filter turns it away: each value's words are then a mask
		 * made at once (row_value_bits), and a value no word may be
		 * is not called.  A word that is a part of one value (the
		 * street's "de", a first name) is no longer walked with the
		 * parts of every other value, and no list is made: loops of
		 * one or two turns and tests the predictor could not learn
		 * (speed31a). */
		const struct detect_word *w = s->words, *end = w + s->nwords;
		uint8_t vb[64] __attribute__((aligned(16)));
		unsigned any = 0;

		memset(vb, 0, sizeof(vb));
		uint64_t jlen = 0, jbloom = 0, pc = 0, dc = 0;
		const char *fold = s->fold.data;
		/* row_joined_names' first letters (speed37a): a glued token
		 * starts with the first name's or the surname's first byte
		 * (joined_glued's second test), asked of c0 below when both
		 * are letters, beside row_name_pieces' ends (one shift for
		 * both: the ends in bits 0-25, these in bits 32-57); when
		 * one is no letter, every word (jall) */
		uint64_t jfirst = 0;
		unsigned jall = 1;

		if (joined) {
			const unsigned fa = (unsigned)(unsigned char)
			    row_fold(s)[off[kf]] - 'a';
			const unsigned fb = (unsigned)(unsigned char)
			    row_fold(s)[off[kl]] - 'a';

			if (fa < 26 && fb < 26) {
				jfirst = ((uint64_t)1 << (32 + fa)) |
				    ((uint64_t)1 << (32 + fb));
				jall = 0;
			} else
				jfirst = ~(uint64_t)0 << 32;
		}

		/* (row_name_pieces' gate, once a row: its ends are asked of
		 * each word's first folded byte here, speed35) */
		if (!c->pready)
			piece_gate_fill(c, row, vals, nvals, off, parts, s);
		const uint64_t pends = c->pends | jfirst;

		for (uint32_t i = 0; w < end; w++, i++) {
			const uint64_t h = w->fhash;
			const unsigned bh = bloom_has(bloom, h);
			const unsigned b = vmask[(h >> 16) & 63] & -bh;
			const uint32_t fl = w->fold_len;
			const unsigned c0 = (unsigned)(unsigned char)
			    fold[w->fold_off] - 'a';

			const uint64_t pj = pends >> (c0 & 31);
			const unsigned lt = c0 < 26;

			pc |= (uint64_t)(lt & (unsigned)pj) << i;
			/* hostile34: the digit words number_pieces_may
			 * reads */
			dc |= (uint64_t)(w->flags & W_DIGIT) << i;

			vb[i] = (uint8_t)b;
			any |= b;
			fcand[nfc] = i;
			nfc += (size_t)fuzzy_may(w);
			/* row_joined_names' masks, with no branch: its own
			 * walk of every word (a test or two a word the
			 * predictor missed) cost more (speed32e) */
			jlen |= (joined_len_may(lens, fl) &
			    ((pj >> 32) & (lt | jall))) << i;
			jbloom |= (uint64_t)bh << i;
		}
		jmasks[0] = jlen;
		jmasks[1] = jbloom;
		jm = jmasks;
		pmask = pc;
		pm = &pmask;
		dmask = dc;
		dm = &dmask;
		/* the values some word may be (most comments: none, one
		 * branch); bit 7 stands for the eighth value and those after */
		for (unsigned m = any; m != 0; m &= m - 1) {
			const size_t x0 = (size_t)__builtin_ctz(m);
			const unsigned bit = 1u << x0;
			const uint64_t wm = row_value_bits(vb, bit);

			for (size_t x = x0; x < (x0 < 7 ? x0 + 1 : nvals); x++) {
				const size_t k = vals[x];

				if ((r = row_value_words(t, row, nrow, k, off,
				    flen, &parts[k], NULL, 0, &wm, s)) != 0)
					return r;
			}
		}
		ncand = 0;	/* (the values are done) */
	} else if (s->nwords <= MAX_CAND) {
		/* (both lists hold every word, no clamp) */
		const struct detect_word *w = s->words, *end = w + s->nwords;

		for (uint32_t i = 0; w < end; w++, i++) {
			cand[ncand] = i;
			ncand += bloom_has(bloom, w->fhash);
			fcand[nfc] = i;
			nfc += (size_t)fuzzy_may(w);
		}
	} else for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		if (ncand <= MAX_CAND && bloom_has(bloom, w->fhash)) {
			if (ncand < MAX_CAND)
				cand[ncand] = (uint32_t)i;
			ncand++;
		}
		fcand[nfc < MAX_CAND ? nfc : MAX_CAND] = (uint32_t)i;
		nfc += (size_t)fuzzy_may(w);
	}
	/* (no word passed the filter: no value has a word to look at, and
	 * each call's setup was paid for nothing) */
	for (size_t x = 0; x < nvals && ncand > 0; x++) {
		size_t k = vals[x];

		if ((r = row_value_words(t, row, nrow, k, off, flen, &parts[k],
		    ncand <= MAX_CAND ? cand : NULL, ncand <= MAX_CAND ? ncand :
		    s->nwords, NULL, s)) != 0)
			return r;
	}
	if ((comment_has(s, W_SPACED, 0) | comment_has(s, W_ACRO, 0)) &&
	    (r = row_spelled_values(t, row, vals, nvals, off, flen, s)) != 0)
		return r;
	if (joined && (r = row_joined_names(t, off, flen, parts, kf, kl, lens,
	    jm, s)) != 0)
		return r;
	/* (a line break: tokenize's text bytes, not a memchr, speed27b) */
	if ((s->text_bytes & TB_NEWLINE) &&
	    (r = row_cut_words(t, row, vals, nvals, off, parts, s)) != 0)
		return r;
	if ((r = row_name_pieces(t, row, vals, nvals, off, parts, pm, s)) != 0)
		return r;
	if (!c->pready)
		piece_gate_fill(c, row, vals, nvals, off, parts, s);
	/* (a row with a part of two or three letters: few) */
	if (c->snp > 0 && (r = row_short_pieces(t, s)) != 0)
		return r;
	if (((s->text_bytes & TB_SCRIPT) || (s->tn.changed && s->tn.ev_seen)) &&
	    (r = row_script_names(t, row, vals, nvals, off, parts, s)) != 0)
		return r;
	/* (letters for digits: the OCR hint; a formula: its quotes and
	 * its '&' or ';'; digits no number rule took, hostile34) */
	if (comment_has(s, W_DIGIT, 0) && (s->ocr_hint ||
	    ((s->text_bytes & TB_DQUOTE) && (s->text_bytes & (TB_CODE |
	    TB_SEMI | TB_COMMA))) || number_pieces_may(s, dm)) &&
	    (r = row_number_pieces(t, row, nrow, s)) != 0)
		return r;
	if ((r = row_cue_initials(t, row, nrow, s)) != 0)
		return r;
	return scan_row_fuzzy(t, row, nrow, vals, nvals, off, flen, parts,
	    nfc <= MAX_CAND ? fcand : NULL, nfc <= MAX_CAND ? nfc : s->nwords, s);
}

/* names38: the first letter of a row value, folded to ASCII ("Élodie"
 * -> 'e'), or 0. */
static char
value_initial(const char *v, size_t len)
{
	static const char c3[64] =
	    "aaaaaaaceeeeiiii" "dnooooo ouuuuy  " "aaaaaaaceeeeiiii"
	    "dnooooo ouuuuy y";
	size_t a = 0;
	unsigned char c;

	while (a < len && v[a] == ' ')
		a++;
	if (a >= len)
		return 0;
	c = (unsigned char)v[a];
	if ((c | 32) >= 'a' && (c | 32) <= 'z')
		return (char)(c | 32);
	if (c == 0xc3 && a + 1 < len && (unsigned char)v[a + 1] >= 0x80 &&
	    (unsigned char)v[a + 1] < 0xc0 && c3[(unsigned char)v[a + 1] -
	    0x80] != ' ')
		return c3[(unsigned char)v[a + 1] - 0x80];
	return 0;
}

/* names38: word k's bytes are one or two ASCII letters, all capitals
 * (upper) or all lower case */
static int
initial_letters(const char *t, const struct detect_word *w, int upper)
{
	for (size_t x = w->start; x < w->end; x++) {
		unsigned char c = (unsigned char)t[x];

		if (upper ? (c < 'A' || c > 'Z') : (c < 'a' || c > 'z'))
			return 0;
	}
	return w->end > w->start && w->end - w->start <= 2;
}

/* names38: a cue that signs or sees before word i ("signé", "visa", or
 * "par" after an act: "vu par", "validé par", "rédigé par"), one space
 * or a colon between */
static int
initials_cue(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const signs[] = {
		"signe", "signee", "visa", "vise", "visee", "paraphe", NULL,
	};
	static const char *const acts[] = {
		"vu", "vue", "vus", "signe", "signee", "valide", "validee",
		"redige", "redigee", "transmis", "transmise", "examine",
		"examinee", "revu", "revue", "saisi", "saisie", "fait",
		"faite", "note", "notee", "pris", "prise", "realise",
		"realisee", "controle", "controlee", "verifie", "verifiee",
		"relu", "relue", "dicte", "dictee", "ecrit", "ecrite",
		"vise", "visee", "prescrit", "prescrite", NULL,
	};
	const struct detect_word *c;
	size_t g;

	if (i < 1)
		return 0;
	c = &s->words[i - 1];
	g = s->words[i].start - c->end;
	if (!((g == 1 && t[c->end] == ' ') || (g == 2 &&
	    memcmp(t + c->end, ": ", 2) == 0) || (g == 3 &&
	    memcmp(t + c->end, " : ", 3) == 0)) || c->fold_len > 9)
		return 0;
	if (in_list(signs, wf(s, c), c->fold_len))
		return 1;
	return g == 1 && word_is(s, i - 1, "par") && i >= 2 &&
	    s->words[i - 2].end + 1 == c->start &&
	    t[s->words[i - 2].end] == ' ' &&
	    in_list(acts, wf(s, &s->words[i - 2]), s->words[i - 2].fold_len);
}

/* row_cue_initials' test of word i (a capital or a dot in its class
 * byte): 0, or add_span's -errno. */
static int
row_initials_at(const char *t, struct detect_scratch *s, size_t i, char fi,
    char li)
{
	const struct detect_word *w = &s->words[i], *x;
	size_t e, g;
	char a, b;
	int dotted = 0, upper, r;

	if (w->nchars > 2 || (w->flags & W_DIGIT) ||
	    ((wf(s, w)[0] != fi) && (wf(s, w)[0] != li)))
		return 0;
	upper = (w->flags & W_UPPER) != 0 || (w->nchars == 1 &&
	    t[w->start] >= 'A' && t[w->start] <= 'Z');
	if (!initial_letters(t, w, upper))
		return 0;
	if (w->nchars == 2) {
		if (!upper)
			return 0;
		a = wf(s, w)[0];
		b = wf(s, w)[1];
		e = w->end;
		x = w;
	} else {
		if (i + 1 >= s->nwords)
			return 0;
		x = &s->words[i + 1];
		g = x->start - w->end;
		if (x->nchars != 1 || !initial_letters(t, x, upper) ||
		    !((g == 1 && util_in_set(". -", t[w->end])) ||
		    (g == 2 && t[w->end] == '.' &&
		    (t[w->end + 1] == ' ' || t[w->end + 1] == '-'))))
			return 0;
		dotted = t[w->end] == '.';
		a = wf(s, w)[0];
		b = wf(s, x)[0];
		e = x->end;
	}
	if (e < s->text_len && t[e] == '.') {
		e++;
		dotted |= w->nchars == 1;
	}
	if (!upper && !dotted)
		return 0;
	if (e < s->text_len && (is_alnum_byte(t[e]) || t[e] == '-' ||
	    t[e] == '.' || (unsigned char)t[e] >= 0x80))
		return 0;
	if (!((a == fi && b == li) || (dotted && a == li && b == fi)))
		return 0;
	if (!dotted && x == w && (w->dflags & (D_CLINICAL |
	    D_TERM | D_UNIT | D_NOTNAME | D_MONTH | D_TITLE)))
		return 0;
	if (word_taken(s, i) || (x != w && word_taken(s, i + 1)) ||
	    !initials_cue(t, s, i))
		return 0;
	r = add_span(s, w->start, e, DETECT_INITIAL, -1);
	return r < 0 ? r : 0;
}

/*
 * names38: the row's own initials after a cue that signs or sees ("vu
 * par AV", "signé A.V", "visa : A V", "validé par A-V.", "vu par
 * a.v."): the first name's initial then the surname's, glued in
 * capitals, or one space, a hyphen or a dot between; the surname's
 * first only with a dot ("V.A."), which the order of "AV" cannot tell.
 * A pair of capitals a table holds (a term, a unit: "par IV", "par
 * AB") stays; another's initials stay ("vu par B.D" of a row VIGNERON
 * Anne: names32's rules read a dotted pair beside a name; a bare pair
 * is no one's here).  The words are found by their class bytes (two
 * capitals, W_UPPER, or a dot after, W_DOT), sixteen at a time, then
 * the word before by a filter's bit: "A V", "A-V" (a capital alone, no
 * dot) are not read, which every capitalized word would have to be
 * asked for (+0.4 M instructions a pass of the bench).
 */
/* the words before an initial that initials_cue reads: C_ROWINIT */
const char *const row_initials_cues[] = {
	"par", "signe", "signee", "visa", "vise", "visee", "paraphe", NULL,
};

static __attribute__((noinline)) int
row_cue_initials(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	/* the same list, a filter's bit first: most capitalized words
	 * follow none */
	static uint64_t row_initials_cues_filter; /* word_in_filtered_list */
	char fi = 0, li = 0;
	int r, known = 0;

	/* no word of the list in the comment, no cue before an initial
	 * (speed34a: the comment's cues, tokenize's) */
	if (!comment_cue(s, 0, C_ROWINIT))
		return 0;
	for (size_t from = 0; from < s->nwords; from += 16) {
		unsigned m = 0;
#if defined(__SSE2__)
		const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (s->wcls + from));

		m = 0xffffu & ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_and_si128(v, _mm_set1_epi8((char)(W_UPPER |
		    W_DOT))), _mm_setzero_si128()));
#else
		for (unsigned b = 0; b < 16; b++)
			m |= (unsigned)((s->wcls[from + b] & (W_UPPER |
			    W_DOT)) != 0) << b;
#endif
		for (; m != 0; m &= m - 1) {
			size_t i = from + (size_t)__builtin_ctz(m);

			if (i == 0 || i >= s->nwords ||
			    !word_in_filtered_list(s, &s->words[i - 1],
			    row_initials_cues))
				continue;
			/* the row's initials, once a cue is seen */
			if (!known) {
				for (size_t k = 0; k < nrow; k++) {
					if (row[k].kind ==
					    DETECT_IDENT_FIRST_NAME && !fi)
						fi = value_initial(row[k].v,
						    row[k].len);
					else if (row[k].kind ==
					    DETECT_IDENT_LAST_NAME && !li)
						li = value_initial(row[k].v,
						    row[k].len);
				}
				known = 1;
			}
			if (!fi || !li)
				return 0;
			if ((r = row_initials_at(t, s, i, fi, li)) != 0)
				return r;
		}
	}
	return 0;
}

/* ---- the patient's identity from another file (identity.h) ---- */

/* Word i is one of the identity source's name words for the row's
 * patient (not a particle: "le" of "LE GOFF" only beside the rest). */
static int
ident_name(const struct detect_scratch *s, size_t i,
    const struct identity_row *id)
{
	const struct detect_word *w = &s->words[i];

	return !(w->flags & W_DIGIT) && !word_has(s, i, D_PARTICLE) &&
	    identity_row_has(id, IDENTITY_NAME, wf(s, w), w->fold_len);
}

/* An address word: of the patient's address, or a street word or a
 * particle between them ("12 rue des Lilas": 12 and lilas are the
 * patient's). */
static int
ident_address_word(const struct detect_scratch *s, size_t i,
    const struct identity_row *id, int *real)
{
	const struct detect_word *w = &s->words[i];

	*real = 0;
	if (identity_row_has(id, IDENTITY_ADDRESS, wf(s, w), w->fold_len)) {
		*real = !word_has(s, i, D_PARTICLE) && !word_has(s, i, D_STREET);
		return 2;
	}
	return word_has(s, i, D_PARTICLE) || word_has(s, i, D_STREET);
}

static int
scan_identity_address(const char *t, struct detect_scratch *s, size_t i,
    const struct identity_row *id, size_t *last)
{
	size_t j = i, matched = 0, real = 0;
	int m, rl;

	*last = i;
	if ((m = ident_address_word(s, i, id, &rl)) != 2)
		return 0;
	matched = 1;
	real = (size_t)rl;
	/* An address is a dozen words at most: a run is cut there, so a
	 * comment of particles is not read again from each of its words. */
	while (j + 1 < s->nwords && j - i < 16 && joined(t, s, j) &&
	    (m = ident_address_word(s, j + 1, id, &rl)) != 0) {
		j++;
		if (m == 2) {
			matched++;
			real += (size_t)rl;
			*last = j;
		}
	}
	if (matched >= 2 && real > 0)
		return add_span(s, s->words[i].start, s->words[*last].end,
		    DETECT_ADDRESS, -1);
	/* A city alone. */
	*last = i;
	if (s->words[i].fold_len >= 3 && identity_row_has(id, IDENTITY_CITY,
	    wf(s, &s->words[i]), s->words[i].fold_len))
		return add_span(s, s->words[i].start, s->words[i].end,
		    DETECT_ADDRESS, -1);
	return 0;
}

/*
 * The patient's phone however it is written: digits with at most one
 * byte that is not a letter or a digit between two of them ("06/12/34/56/
 * 78", "+33 6 12 34 56 78"), whose last nine are the patient's.  Before
 * the number detectors, which would read "06/12/34" as a date and leave
 * the rest.
 */
int
scan_identity_phones(const char *t, size_t len, struct detect_scratch *s,
    const struct identity_row *id)
{
	char d[16];
	int r;

	for (size_t i = 0; i < len; i++) {
		size_t n = 0, j = i, start = i;

		if (!util_is_digit(t[i]) || (i > 0 && is_alnum_byte(t[i - 1])))
			continue;
		if (i > 0 && t[i - 1] == '+')
			start = i - 1;
		while (j < len && n < sizeof(d)) {
			if (util_is_digit(t[j])) {
				d[n++] = t[j++];
				if (n >= 9 && (j >= len || !is_alnum_byte(t[j])) &&
				    identity_row_has(id, IDENTITY_PHONE, d + n - 9,
				    9)) {
					sodium_memzero(d, sizeof(d));
					if ((r = add_span(s, start, j, DETECT_PHONE,
					    -1)) < 0)
						return r;
					break;
				}
				continue;
			}
			if ((unsigned char)t[j] >= 0x80 || is_alnum_byte(t[j]) ||
			    j + 1 >= len || !util_is_digit(t[j + 1]) ||
			    !util_is_digit(t[j - 1]))
				break;
			j++;
		}
		i = j > i ? j - 1 : i;
	}
	sodium_memzero(d, sizeof(d));
	return 0;
}

/* Word i and a word beside it (over up to two particles: "Maïwenn de
 * Kerherve", or across a comma or a parenthesis: "Kerherve (Maïwenn)")
 * are two different name words of the patient: the pair is
 * the patient whatever a rule reads around it, an institution's name
 * too ("Unité de soins Maïwenn Kerherve"), as row_full_name_beside
 * decides for the row's own values (docs/scrub.md, "Review, seventeenth
 * pass").  Either word may be the first or the last name: the identity
 * keeps one set of name fingerprints. */
static int
ident_pair_beside(const char *t, const struct detect_scratch *s, size_t i,
    const struct identity_row *id)
{
	for (int side = -1; side <= 1; side += 2) {
		size_t j = pair_neighbour(t, s, i, side), a, b;

		if (j != i && ident_name(s, j, id))
			return 1;
		/* across a comma or a parenthesis ("Centre de santé
		 * Kerherve (Maïwenn)": review, eighteenth pass), as
		 * row_pair_across for the row's values */
		j = i + (size_t)side;
		if ((side < 0 && i == 0) || j >= s->nwords)
			continue;
		a = side < 0 ? s->words[j].end : s->words[i].end;
		b = side < 0 ? s->words[i].start : s->words[j].start;
		if (comma_or_paren_gap(t, a, b) &&
		    ((s->words[i].flags | s->words[j].flags) & (W_CAP | W_UPPER)) &&
		    (s->words[j].fold_len != s->words[i].fold_len ||
		    memcmp(wf(s, &s->words[j]), wf(s, &s->words[i]),
		    s->words[i].fold_len) != 0) && ident_name(s, j, id))
			return 1;
	}
	return 0;
}

/* The row's patient's names, address and phone, known only as keyed
 * fingerprints: a word is taken where a row value's word would be
 * (row_part_usable: short words not glued, ordinary words only where
 * used as a name), or beside another name word of the patient. */
int
scan_identity(const char *t, struct detect_scratch *s,
    const struct identity_row *id)
{
	size_t last;
	int pair, r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if ((r = scan_identity_address(t, s, i, id, &last)) < 0)
			return r;
		if (r > 0 || (w->flags & W_DIGIT)) {
			i = r > 0 ? last : i;
			continue;
		}
		if (!ident_name(s, i, id))
			continue;
		pair = ident_pair_beside(t, s, i, id);
		if (!pair && eponym_position_row(t, s, i))
			continue;
		if (!pair && !row_part_usable(t, s, i, NULL, 0, NULL, NULL, 0, 0) &&
		    !(i > 0 && joined(t, s, i - 1) && ident_name(s, i - 1, id)) &&
		    !(i + 1 < s->nwords && joined(t, s, i) &&
		    ident_name(s, i + 1, id)))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/*
 * xcell37: the row's value cut at the boundary of two of its scrubbed
 * cells ("Jean DUP" | "ONT vu", "D" | "UPONT", "1840275" | "12345674"):
 * each cell alone shows a piece no rule reads ("ONT" is a French word),
 * the view's row shows the name.  The caller gives a cell the end of the
 * scrubbed cells before it and the start of those after
 * (DETECT_IDENT_CELL_*: view.c row_cell_ends); a cell's first or last
 * word whose fold and the neighbours' words at the cut make exactly a
 * part of the row's name values (four letters or more; two or three in
 * capitals on all sides, not a particle), or whose digits and the
 * neighbours' make exactly a NIR, phone or id of the row (six digits or
 * more), is that value's span.  Only the row's own values: two ordinary
 * words that do not make one stay ("ont" alone).
 *
 * xcell38: a value cut over three cells or more ("DU" | "PO" | "NT",
 * "J" | "EA" | "N DUPONT", "06 12" | "34" | "56 78"): a neighbour that
 * is one word (one run of digits) and signs carries the read on to the
 * next cell, up to DETECT_CELL_CHAIN cells a side, and each cell of the
 * cut is taken.  At the cut a reader reads through any sign (cut_sign:
 * spaces, ASCII punctuation, typographic dashes, quotes and dots, and
 * the invisible marks: zero-width, soft hyphen, bidirectional), and
 * the invisible marks inside a neighbour's word ("DU<ZWSP>P").  The
 * row's numbers in the forms they are compared in elsewhere: a phone by
 * its nine last digits after 0, 33, 0033 or 330 (+33 (0)6...), a NIR
 * with or without its key.  Bounded: DETECT_CELL_END bytes of each
 * neighbour, the cell's first and last words, each row value folded once
 * a cell.
 */
#define CELL_RUN_MAX	128	/* the neighbours' words at the cut, folded */
#define CELL_DIGITS	40	/* digits of a run of digit groups */

static inline int
cell_word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
	    c >= 0x80;
}

/* The invisible mark (a zero-width space or joiner, a soft hyphen, a
 * bidirectional mark, embedding or isolate, a word joiner, a byte order
 * mark, the grapheme joiner) that starts at v[i]: its length, else 0. */
static size_t
cell_invisible(const unsigned char *v, size_t n, size_t i)
{
	if (i + 2 <= n && ((v[i] == 0xc2 && v[i + 1] == 0xad) ||
	    (v[i] == 0xcd && v[i + 1] == 0x8f) ||
	    (v[i] == 0xd8 && v[i + 1] == 0x9c)))
		return 2;
	if (i + 3 > n)
		return 0;
	if (v[i] == 0xe2 && v[i + 1] == 0x80 &&
	    ((v[i + 2] >= 0x8b && v[i + 2] <= 0x8f) ||
	    (v[i + 2] >= 0xaa && v[i + 2] <= 0xae)))
		return 3;	/* U+200B-200F, U+202A-202E */
	if (v[i] == 0xe2 && v[i + 1] == 0x81 && v[i + 2] >= 0xa0 &&
	    v[i + 2] <= 0xaf)
		return 3;	/* U+2060-206F */
	if ((v[i] == 0xef && v[i + 1] == 0xbb && v[i + 2] == 0xbf) ||
	    (v[i] == 0xe1 && v[i + 1] == 0xa0 && v[i + 2] == 0x8e))
		return 3;	/* U+FEFF, U+180E */
	return 0;
}

/* A sign a reader reads through at a cut that starts at v[i]: spaces,
 * line ends, ASCII punctuation, a no-break space, guillemets, the middle
 * dot, U+2000-206F (spaces, dashes, quotes, bullets, the ellipsis,
 * invisible marks), the ideographic space and full stop; its length,
 * else 0.  A letter or a digit is none. */
static size_t
cut_sign(const unsigned char *v, size_t n, size_t i)
{
	unsigned char c = v[i];
	size_t k;

	if (c < 0x80)
		return c <= ' ' || (c < 0x7f && !cell_word_byte(c)) ||
		    c == 0x7f ? 1 : 0;
	if ((k = cell_invisible(v, n, i)) != 0)
		return k;
	if (i + 2 <= n && c == 0xc2 && (v[i + 1] == 0xa0 || v[i + 1] == 0xab ||
	    v[i + 1] == 0xbb || v[i + 1] == 0xb7))
		return 2;
	if (i + 3 <= n && c == 0xe2 && (v[i + 1] == 0x80 ||
	    (v[i + 1] == 0x81 && v[i + 2] <= 0xaf)))
		return 3;
	if (i + 3 <= n && c == 0xe3 && v[i + 1] == 0x80 && v[i + 2] <= 0x82)
		return 3;
	return 0;
}

/* The sign that ends at v[i) (at most 3 bytes back, not before v[0]):
 * its length, else 0. */
static size_t
cut_sign_back(const unsigned char *v, size_t i)
{
	for (size_t k = 1; k <= 3 && k <= i; k++)
		if ((k == 1 || (v[i - k] & 0xc0) == 0xc0) &&
		    cut_sign(v, i, i - k) == k)
			return k;
	return 0;
}

size_t
detect_cell_head(const char *v, size_t len)
{
	size_t n = DETECT_CELL_END;

	if (len <= n)
		return len;
	while (n > 0 && ((unsigned char)v[n] & 0xc0) == 0x80)
		n--;
	/* (a word cut at n is left out whole) */
	if (cell_word_byte((unsigned char)v[n]))
		while (n > 0 && cell_word_byte((unsigned char)v[n - 1]))
			n--;
	return n;
}

size_t
detect_cell_tail(const char *v, size_t len)
{
	size_t a;

	if (len <= DETECT_CELL_END)
		return 0;
	a = len - DETECT_CELL_END;
	while (a < len && ((unsigned char)v[a] & 0xc0) == 0x80)
		a++;
	if (a < len && cell_word_byte((unsigned char)v[a - 1]) &&
	    cell_word_byte((unsigned char)v[a]))
		while (a < len && cell_word_byte((unsigned char)v[a]))
			a++;
	return a;
}

/* Neighbour e's bytes a reader sees at the cut: its last
 * DETECT_CELL_END bytes (tail) or first, as the caller may have cut
 * them, into *p, *n. */
static void
cell_end_piece(const struct detect_value *e, int tail, const unsigned char **p,
    size_t *n)
{
	size_t a;

	if (tail) {
		a = detect_cell_tail(e->v, e->len);
		*p = (const unsigned char *)e->v + a;
		*n = e->len - a;
	} else {
		*p = (const unsigned char *)e->v;
		*n = detect_cell_head(e->v, e->len);
	}
}

/* The word at the cut of a neighbour's bytes v[0, n) (tail: its last,
 * else its first), without the invisible marks in it, folded as the
 * row's values are (norm_value), into w (room CELL_RUN_MAX); *caps:
 * written in capitals (ASCII letters, none in lower case); *whole:
 * nothing but signs beside the word, the cut's read goes on to the next
 * cell; *rest: the bytes before the word (tail) or the offset after it,
 * where the read goes on inside the cell (xcell43).  Its length, 0 for
 * none, or -ENOMEM. */
static long
cell_end_word(const unsigned char *v, size_t n, int tail, struct buf *tmp,
    struct textnorm **tnp, struct translit **trp, int sound, char *w,
    size_t room, int *caps, int *whole, size_t *rest, int *high_seen)
{
	char raw[DETECT_CELL_END + 8];
	const char *x;
	size_t a, b, i, k, m = 0;
	int r, high = 0;

	*whole = 0;
	/* the raw word first: its case, and a word there at all */
	if (tail) {
		for (b = n; b > 0 && (k = cut_sign_back(v, b)) != 0; b -= k)
			;
		for (a = b; a > 0; a--) {
			if ((k = cut_sign_back(v, a)) != 0) {
				if (cell_invisible(v, n, a - k) != k)
					break;
				a -= k - 1;
				continue;
			}
			if (!cell_word_byte(v[a - 1]))
				break;
		}
		for (i = a; i > 0 && (k = cut_sign_back(v, i)) != 0; i -= k)
			;
		*whole = i == 0;
		*rest = a;
	} else {
		for (a = 0; a < n && (k = cut_sign(v, n, a)) != 0; a += k)
			;
		for (b = a; b < n; b++) {
			if ((k = cut_sign(v, n, b)) != 0) {
				if (cell_invisible(v, n, b) != k)
					break;
				b += k - 1;
				continue;
			}
			if (!cell_word_byte(v[b]))
				break;
		}
		for (i = b; i < n && (k = cut_sign(v, n, i)) != 0; i += k)
			;
		*whole = i == n;
		*rest = b;
	}
	if (a == b || b - a > sizeof(raw))
		return 0;
	/* (the invisible marks out: "DU<ZWSP>P" reads DUP) */
	for (i = a; i < b; i++) {
		if ((k = cell_invisible(v, b, i)) != 0) {
			i += k - 1;
			continue;
		}
		high |= v[i] >= 0x80;
		raw[m++] = (char)v[i];
	}
	if (m == 0)
		return 0;
	x = raw;
	*high_seen |= high;
	/* leaks47: the second reading, by sound: the word written in Latin
	 * letters by ISO 9 or UNGEGN ("МОНТ", "MОНT" mont), as a writer of
	 * that script writes the name (translit.h) */
	if (high && sound) {
		char lat[DETECT_CELL_END + 8];
		long l;

		if ((l = translit_ascii(trp, raw, m, lat, sizeof(lat))) <= 0)
			return l < 0 ? l : 0;
		/* (in capitals when the raw word has no lower-case letter:
		 * a short piece's test) */
		for (i = 0; i < m; ) {
			ucs4_t c;
			const int q = u8_mbtouc(&c, (const uint8_t *)raw + i,
			    m - i);

			if (q <= 0 || uc_is_lower(c))
				break;
			i += (size_t)q;
		}
		if (i == m)
			for (i = 0; i < (size_t)l; i++)
				lat[i] = (char)(lat[i] & ~0x20);
		memcpy(raw, lat, (size_t)l);
		m = (size_t)l;
		high = 0;
	}
	/* leaks45: look-alikes of other scripts read as the cell's own text
	 * reads them (textnorm's evasion pass, hostile32: "MONТ" with a
	 * Cyrillic Т, "ІER"); a neighbour's bytes are not normalized */
	if (high) {
		struct textnorm *tn = *tnp;

		if (tn == NULL && (tn = *tnp = calloc(1, sizeof(*tn))) == NULL)
			return -ENOMEM;
		tn->apostrophes = 1;
		tn->controls = 1;
		tn->evasion = 1;
		tn->backticks = 0;
		tn->escapes = 0;
		if ((r = textnorm_run(tn, raw, m)) != 0)
			return r == -ENOMEM ? r : 0;
		if (tn->changed && tn->text.len > 0 &&
		    tn->text.len <= sizeof(raw)) {
			x = tn->text.data;
			m = tn->text.len;
		}
	}
	*caps = 1;
	for (i = 0; i < m; i++)
		if (!(x[i] >= 'A' && x[i] <= 'Z'))
			*caps = 0;
	if ((r = norm_value(NORM_TEXT, x, m, tmp)) != 0)
		return r == -ENOMEM ? r : 0;
	/* (a fold that made a space or a sign: not one word) */
	if (tmp->len == 0 || tmp->len > room)
		return 0;
	for (i = 0; i < tmp->len; i++)
		if (!cell_word_byte((unsigned char)tmp->data[i]))
			return 0;
	memcpy(w, tmp->data, tmp->len);
	return (long)tmp->len;
}

/* One joiner of two digit groups. */
static inline int
cell_joiner(unsigned char c)
{
	return c == ' ' || c == '.' || c == '-' || c == '/';
}

/* The digit that starts at v[i] of v[0, n), as an ASCII digit: an ASCII
 * one, or with `other` any Unicode decimal digit (Nd: full-width,
 * Arabic-Indic, Devanagari...; xcell43: a neighbour's bytes are not
 * normalized as the cell's text is); its length into *k.  0 for none. */
static char
cell_digit_at(const unsigned char *v, size_t n, size_t i, int other,
    size_t *k)
{
	ucs4_t uc;
	int m, d;

	*k = 1;
	if (v[i] < 0x80)
		return v[i] >= '0' && v[i] <= '9' ? (char)v[i] : 0;
	if (!other || (m = u8_mbtouc(&uc, v + i, n - i)) < 2 ||
	    uc == 0xfffd || (d = uc_decimal_value(uc)) < 0 || d > 9)
		return 0;
	*k = (size_t)m;
	return (char)('0' + d);
}

/* The digit that ends at v[j) (cell_digit_at backwards). */
static char
cell_digit_before(const unsigned char *v, size_t j, int other, size_t *k)
{
	if (v[j - 1] < 0x80)
		return cell_digit_at(v, j, j - 1, 0, k);
	for (size_t b = 2; other && b <= 4 && b <= j; b++)
		if ((v[j - b] & 0xc0) == 0xc0) {
			char c = cell_digit_at(v, j, j - b, 1, k);

			return *k == b ? c : 0;
		}
	return 0;
}

static inline int
cell_letter(unsigned char c)
{
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* Corsica's 'A' or 'B' of a NIR's département (2A, 2B) at v[i] of
 * v[0, n), a letter alone ("2A", "2a 123"; not "2Ab"): 'A', 'B' or 0.
 * Read only for a row whose NIR has one (xcell43). */
static char
cell_corsica(const unsigned char *v, size_t n, size_t i)
{
	if ((v[i] | 32) != 'a' && (v[i] | 32) != 'b')
		return 0;
	if ((i + 1 < n && cell_letter(v[i + 1])) || (i > 0 &&
	    cell_letter(v[i - 1])))
		return 0;
	return (char)(v[i] & ~32);
}

/* The digits of the run of digit groups (joined by one ' ', '.', '-' or
 * '/') at the end (tail) or the start of v[0..n), after the signs at the
 * cut: into d, and each digit's offset in v into at (if not NULL; the
 * cell's own text, whose digits are ASCII);
 * *whole (if not NULL): nothing but signs beside the run.  With `other`,
 * a neighbour's digits of any script; with `ab`, Corsica's letter
 * after a 2 ("2A"), or starting the run before a digit ("2" | "A 123").
 * Their count, at most CELL_DIGITS (a longer run: 0). */
static size_t
cell_digits(const char *v, size_t n, int tail, char *d, size_t *at,
    int *whole, int other, int ab)
{
	const unsigned char *u = (const unsigned char *)v;
	size_t m = 0, j, k, z;
	char c;

	if (whole != NULL)
		*whole = 0;
	if (tail) {
		for (j = n; j > 0 && (k = cut_sign_back(u, j)) != 0; j -= k)
			;
		for (;;) {
			if (j == 0)
				break;
			if ((c = cell_digit_before(u, j, other, &k)) == 0 &&
			    (!ab || j < 2 || u[j - 2] != '2' ||
			    (c = cell_corsica(u, n, j - 1)) == 0))
				break;
			if (m == CELL_DIGITS)
				return 0;
			k = c >= 'A' ? 1 : k;
			d[m] = c;
			if (at != NULL)
				at[m] = j - k;
			m++;
			j -= k;
			if (j >= 2 && cell_joiner(u[j - 1]) &&
			    (cell_digit_before(u, j - 1, other, &z) != 0 ||
			    (ab && j >= 3 && u[j - 3] == '2' &&
			    cell_corsica(u, n, j - 2) != 0)))
				j--;
		}
		for (size_t x = 0; x < m / 2; x++) {
			char o = d[x];
			d[x] = d[m - 1 - x];
			d[m - 1 - x] = o;
			if (at != NULL) {
				size_t y = at[x];
				at[x] = at[m - 1 - x];
				at[m - 1 - x] = y;
			}
		}
		for (; j > 0 && (k = cut_sign_back(u, j)) != 0; j -= k)
			;
		if (whole != NULL)
			*whole = j == 0;
		return m;
	}
	for (j = 0; j < n && (k = cut_sign(u, n, j)) != 0; j += k)
		;
	for (;;) {
		if (j >= n)
			break;
		c = cell_digit_at(u, n, j, other, &k);
		/* (2A, or A at the run's start before a digit) */
		if (c == 0 && ab && ((m > 0 && d[m - 1] == '2' && j > 0 &&
		    u[j - 1] == '2') || (m == 0 && j + 1 < n &&
		    (cell_digit_at(u, n, j + 1, other, &z) != 0 ||
		    (cell_joiner(u[j + 1]) && j + 2 < n &&
		    cell_digit_at(u, n, j + 2, other, &z) != 0)))))
			c = cell_corsica(u, n, j), k = 1;
		if (c == 0)
			break;
		if (m == CELL_DIGITS)
			return 0;
		d[m] = c;
		if (at != NULL)
			at[m] = j;
		m++;
		j += k;
		if (j + 1 < n && cell_joiner(u[j]) &&
		    cell_digit_at(u, n, j + 1, other, &z) != 0)
			j++;
	}
	for (; j < n && (k = cut_sign(u, n, j)) != 0; j += k)
		;
	if (whole != NULL)
		*whole = j == n;
	return m;
}

/* The cell's first (or last) word, if nothing but signs is before
 * (after) it: its index, else SIZE_MAX. */
static size_t
cell_edge_word(const char *t, const struct detect_scratch *s, int last)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t i = last ? s->nwords - 1 : 0, j, k;
	const struct detect_word *w = &s->words[i];

	if (last) {
		for (j = w->end; j < s->text_len && (k = cut_sign(u,
		    s->text_len, j)) != 0; j += k)
			;
		if (j != s->text_len)
			return SIZE_MAX;
	} else {
		for (j = w->start; j > 0 && (k = cut_sign_back(u, j)) != 0;
		    j -= k)
			;
		if (j != 0)
			return SIZE_MAX;
	}
	return (w->flags & W_DIGIT) ? SIZE_MAX : i;
}

/* A space of any width at v[i] of v[0, n): a read through it is a read
 * between two words, not between two pieces of one. */
static int
cut_space(const unsigned char *v, size_t n, size_t i)
{
	if (v[i] <= ' ')
		return 1;
	if (i + 2 <= n && v[i] == 0xc2 && v[i + 1] == 0xa0)
		return 1;
	if (i + 3 <= n && v[i] == 0xe2 && v[i + 1] == 0x80 && (v[i + 2] <=
	    0x8a || v[i + 2] == 0xaf))
		return 1;	/* U+2000-200A, U+202F */
	return i + 3 <= n && v[i] == 0xe3 && v[i + 1] == 0x80 && v[i + 2] ==
	    0x80;
}

/*
 * leaks45: the signs beside a neighbour's word, at `rest` of v[0, n)
 * on the side the read goes on to (tail: before it, else after it),
 * part it from a next word by no space: "MONT.GOLF", "MONT-GOLF",
 * "MONT/GOLF".  Pieces of one word parted by signs, however long.
 * leaks47: or by one space in a line ("MONT GOLF" | "IER"): a name cut
 * in two words and again at the cell.  The pieces must still make
 * exactly a part of the row's names (cell_part_run), which no two
 * ordinary words but the patient's name make; a line break, a tab or
 * two spaces end the read (xcell43: "D.U.P\npuis" | "ONT").
 */
static int
cell_glued_next(const unsigned char *v, size_t n, size_t rest, int tail)
{
	size_t j = rest, k;
	int sp = 0;

	if (tail) {
		for (; j > 0 && (k = cut_sign_back(v, j)) != 0; j -= k)
			if (cut_space(v, j, j - k) && (v[j - k] < ' ' ||
			    sp++ > 0))
				return 0;
		return j < rest && j > 0 && cell_word_byte(v[j - 1]);
	}
	for (; j < n && (k = cut_sign(v, n, j)) != 0; j += k)
		if (cut_space(v, n, j) && (v[j] < ' ' || sp++ > 0))
			return 0;
	return j > rest && j < n && cell_word_byte(v[j]);
}

/* The words a reader reads at one side of the cell: the nearest
 * neighbour's word at the cut, then, while that word is short (xcell43:
 * "D.U.P", "D U P", "DU-P": letters a sign parts), the word before it
 * (after it) in the same neighbour, and while a neighbour is read to its
 * end, the next one's; candidate k the first k + 1 pieces back to back
 * in reading order (before: c[k] ends buf; after: c[k] starts it). */
#define CELL_PIECES	32	/* the pieces of one side's chain */
#define CELL_SHORT	3	/* a piece this short lets the read on */
struct cell_chain {
	char		 buf[CELL_RUN_MAX];
	const char	*c[CELL_PIECES];
	size_t		 n[CELL_PIECES];
	int		 caps[CELL_PIECES];
	size_t		 k;
	int		 high;	/* a word of other scripts read */
};

/* Side `after`'s chain of s->cell_end into ch, read until it holds
 * `most` bytes (the row's longest name part: a longer chain makes none;
 * xcell43, the bound of a chain over many cells): 0 or -ENOMEM. */
static int
cell_chain_words(struct detect_scratch *s, int after, size_t most, int sound,
    struct cell_chain *ch)
{
	enum detect_ident want = after ? DETECT_IDENT_CELL_AFTER :
	    DETECT_IDENT_CELL_BEFORE;
	char w[CELL_RUN_MAX];
	size_t used = 0;
	int caps = 1, whole = 1;

	ch->k = 0;
	ch->high = 0;
	for (size_t q = 0; q < s->ncell_end && whole && ch->k < CELL_PIECES &&
	    used < most; q++) {
		const struct detect_value *e = &s->cell_end[q];
		const unsigned char *p;
		size_t n, rest;

		if (e->kind != want)
			continue;
		if (e->len == 0)
			break;
		cell_end_piece(e, !after, &p, &n);
		for (;;) {
			int c;
			long m;

			if ((m = cell_end_word(p, n, !after, &s->tmp,
			    &s->tn_cell, &s->translit, sound, w,
			    sizeof(w) - used, &c, &whole, &rest,
			    &ch->high)) < 0)
				return (int)m;
			if (m == 0) {
				whole = 0;
				break;
			}
			caps &= c;
			if (after)
				memcpy(ch->buf + used, w, (size_t)m);
			else
				memcpy(ch->buf + sizeof(ch->buf) - used -
				    (size_t)m, w, (size_t)m);
			used += (size_t)m;
			ch->c[ch->k] = after ? ch->buf : ch->buf +
			    sizeof(ch->buf) - used;
			ch->n[ch->k] = used;
			ch->caps[ch->k++] = caps;
			if (whole || (m > CELL_SHORT && !cell_glued_next(p, n,
			    rest, !after)) || ch->k == CELL_PIECES ||
			    used >= most)
				break;
			/* (the read goes on inside the cell) */
			if (after) {
				p += rest;
				n -= rest;
			} else
				n = rest;
		}
		if (!whole)
			break;
	}
	return 0;
}

/* leaks45: words j and j + 1 of the cell are parted by signs and no
 * space ("MONT.GOLF"); leaks47: or one space in a line ("MONT GOLF"),
 * as cell_glued_next. */
static int
cell_glued_words(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t a = s->words[j].end, b = s->words[j + 1].start;
	int sp = 0;

	if (a >= b)
		return 0;
	for (size_t k = a; k < b; k++)
		if (cut_space((const unsigned char *)t, b, k) &&
		    ((unsigned char)t[k] < ' ' || sp++ > 0))
			return 0;
	return 1;
}

/* The cell's edge run (xcell43): from its word i on (last: back), the
 * words while each is short, as the neighbour's read goes on ("O.N.T",
 * "O-N-T pour"); its count, at most CELL_PIECES, and into caps[x] whether
 * its first x + 1 words are each in capitals (a short name part's
 * test). */
static size_t
cell_edge_run(const char *t, const struct detect_scratch *s, size_t i,
    int last, int *caps)
{
	size_t m = 0;
	int all = 1;

	if (i == SIZE_MAX)
		return 0;
	for (;;) {
		const struct detect_word *w = &s->words[i];

		all &= (w->flags & W_UPPER) || (w->nchars == 1 &&
		    (w->flags & W_CAP));
		caps[m++] = all;
		if (m == CELL_PIECES || (last ? i == 0 : i + 1 == s->nwords))
			break;
		i = last ? i - 1 : i + 1;
		/* (leaks45: a long word goes on to a piece glued by signs,
		 * "MONT.GOLF"; a space between ends the run) */
		if (w->fold_len > CELL_SHORT && !cell_glued_words(t, s,
		    last ? i : i - 1))
			break;
		if (s->words[i].flags & W_DIGIT)
			break;
	}
	return m;
}

/* t[a, b) holds a Cyrillic or Greek letter */
static int
script_greek_cyr(const char *t, size_t a, size_t b)
{
	for (size_t k = a; k + 1 < b; k++)
		if ((unsigned char)t[k] >= 0xce && (unsigned char)t[k] <= 0xd3)
			return 1;
	return 0;
}

/* p[0, L) is b, the folds of the cell's words [i, i + m), a, back to
 * back (sound: words of other scripts by sound, leaks47): 1, 0, or a
 * negative errno (the transliterator failed). */
static int
cell_part_run(const char *p, size_t L, const char *b, size_t nb,
    const char *t, struct detect_scratch *s, size_t i, size_t m,
    const char *a, size_t na, int sound, int extra)
{
	char lat[TRANSLIT_WORD];
	size_t o = nb;

	/* leaks48: the last piece a word of another script read by sound,
	 * its last `extra` letters beyond the part ("MONTGOLF" | "ІЕRжи":
	 * a case ending, an evasion's letters; as a mixed word in one cell,
	 * leaks47) */
	if (extra && na > 2) {
		for (int e = 1; e <= extra; e++) {
			int r = cell_part_run(p, L, b, nb, t, s, i, m, a,
			    na - (size_t)e, sound, 0);

			if (r != 0)
				return r;	/* 1, or -errno */
		}
	}
	if (L <= nb + na || memcmp(p, b, nb) != 0 ||
	    memcmp(p + L - na, a, na) != 0)
		return 0;
	for (size_t x = i; x < i + m; x++) {
		const struct detect_word *w = &s->words[x];
		const char *f = wf(s, w);
		size_t fn = w->fold_len;

		/* leaks47: the cell's own words of other scripts by sound
		 * too ("MОНT" | "GOLFIER") */
		if (sound) {
			const char *base = t;
			size_t a0 = w->start, b0 = w->end;
			long l = 0;

			/* (the source's bytes, where the evasion pass read
			 * them: "MОНT" is MOHT by look) */
			if (s->tn.changed && s->src != NULL) {
				a0 = textnorm_src_start(&s->tn, w->start);
				b0 = textnorm_src_end(&s->tn, w->end);
				base = s->src;
				if (a0 >= b0 || b0 > s->src_len)
					b0 = a0;
			}
			if (script_greek_cyr(base, a0, b0) &&
			    (l = translit_ascii(&s->translit, base + a0,
			    b0 - a0, lat, sizeof(lat))) < 0)
				return (int)l;	/* (fail closed, leaks48) */
			if (l > 0) {
				f = lat;
				fn = (size_t)l;
			}
		}
		if (extra && na == 0 && x + 1 == i + m && fn > 2 &&
		    o + fn > L && o + fn <= L + (size_t)extra && f == lat &&
		    o < L && memcmp(p + o, f, L - o) == 0)
			return 1;
		if (o + fn > L - na || memcmp(p + o, f, fn) != 0)
			return 0;
		o += fn;
	}
	return o == L - na;
}

/* The cell's edge words and the chains bc, ac against the row's name
 * parts. */
static int
cell_end_match(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s, const struct cell_chain *bc,
    const struct cell_chain *ac, int sound)
{
	int fcaps[CELL_PIECES], lcaps[CELL_PIECES];
	char form[TRANSLIT_WORD];
	size_t first, last, fr, lr;
	int r;

	first = bc->k > 0 || ac->k > 0 ? cell_edge_word(t, s, 0) : SIZE_MAX;
	last = ac->k > 0 ? cell_edge_word(t, s, 1) : SIZE_MAX;
	fr = cell_edge_run(t, s, first, 0, fcaps);
	lr = cell_edge_run(t, s, last, 1, lcaps);
	if (bc->k == 0)
		first = SIZE_MAX;
	if (first == SIZE_MAX && last == SIZE_MAX)
		return 0;
	for (size_t k = 0; k < nrow; k++) {
		const char *f;

		if (!ident_is_name(row[k].kind))
			continue;
		if ((r = norm_value(NORM_TEXT, row[k].v, row[k].len,
		    &s->tmp)) != 0) {
			if (r == -ENOMEM)
				return r;
			continue;
		}
		f = s->tmp.data;
		for (size_t a = 0, b; a < s->tmp.len; a = b + 1) {
			size_t L;
			int small;

			for (b = a; b < s->tmp.len && f[b] != ' ' && f[b] != '\'';
			    b++)
				;
			L = b - a;
			/* (a short part in capitals on all sides only, and
			 * no particle: "D.U." is an abbreviation more often) */
			small = L < 4;
			if (L < 2 || (small && in_list(particles, f + a, L)))
				continue;
			/* leaks48: by sound, the part as French says it too
			 * ("МОНТ" | "ГОЛЬФЬЕ" montgolfie: a writer of
			 * Cyrillic writes the name heard) */
			for (int drop = 0; drop < (sound && !small ? 3 : 1);
			    drop++) {
			const char *pf = f + a;
			size_t pl = L;

			if (drop > 0) {
				if (L >= sizeof(form) || (pl =
				    script_sound_form(f + a, L, drop, form)) < 4)
					continue;
				pf = form;
			}
			/* side 0: before, then the cell's first words; 1: its
			 * last words, then after; 2: before, the cell's words
			 * all, after (a cell that is its edge run alone) */
			for (int side = 0; side < 3; side++) {
				size_t nx = side == 1 ? lr : fr, i0;

				if ((side != 1 && first == SIZE_MAX) ||
				    (side != 0 && last == SIZE_MAX) ||
				    (side == 2 && (first != 0 || fr != s->nwords)))
					continue;
				for (size_t x = side == 2 ? nx - 1 : 0; x < nx;
				    x++) {
					int hit = 0, cc = side == 1 ? lcaps[x] :
					    fcaps[x];

					if (small && !cc)
						continue;
					i0 = side == 1 ? last - x : first;
					for (size_t y = 0; y < (side == 1 ? 1 :
					    bc->k) && !hit; y++)
						for (size_t z = 0; z < (side == 0 ?
						    1 : ac->k) && !hit; z++) {
							int caps = (side == 1 ||
							    bc->caps[y]) && (side == 0 ||
							    ac->caps[z]);

							/* (not &&: its -errno kept) */
							hit = !small || caps ?
							    cell_part_run(pf, pl,
							    side == 1 ? "" : bc->c[y],
							    side == 1 ? 0 : bc->n[y],
							    t, s, i0, x + 1,
							    side == 0 ? "" : ac->c[z],
							    side == 0 ? 0 : ac->n[z], sound,
							    drop == 0 && sound && (side == 0 ||
							    ac->high) ? 2 : 0) : 0;
						}
					if (hit < 0)
						return hit;
					if (hit && (r = add_span(s,
					    s->words[i0].start,
					    s->words[i0 + x].end, DETECT_NAME,
					    (int)k)) < 0)
						return r;
				}
			}
			}
		}
	}
	return 0;
}

/* The name parts: the cell's edge words and the neighbours' words. */
static int
cell_end_names(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	struct cell_chain bc, ac;
	size_t most = 0;
	int r;

	if (s->nwords == 0)
		return 0;
	/* (a chain longer than the row's longest name part makes none:
	 * its bytes, twice for a fold that grows) */
	for (size_t k = 0; k < nrow; k++)
		if (ident_is_name(row[k].kind) && row[k].len > most)
			most = row[k].len;
	most = most * 2 < CELL_RUN_MAX ? most * 2 : CELL_RUN_MAX;
	if ((r = cell_chain_words(s, 0, most, 0, &bc)) != 0 ||
	    (r = cell_chain_words(s, 1, most, 0, &ac)) != 0)
		return r;
	if ((r = cell_end_match(t, row, nrow, s, &bc, &ac, 0)) != 0)
		return r;
	/* leaks47: words of other scripts, a neighbour's or the cell's,
	 * read again by sound ("МОНТ" | "GOLFIER", "MОНT" | "GOLFIER"),
	 * when there was one */
	if (!bc.high && !ac.high && !(s->text_bytes & TB_SCRIPT) &&
	    !(s->tn.changed && s->tn.ev_seen))
		return 0;
	if ((r = cell_chain_words(s, 0, most, bc.high, &bc)) != 0 ||
	    (r = cell_chain_words(s, 1, most, ac.high, &ac)) != 0)
		return r;
	return cell_end_match(t, row, nrow, s, &bc, &ac, 1);
}

/* The digits a reader reads at one side of the cell, the nearest
 * neighbour's run at the cut, then, while a neighbour is that run
 * alone, the next one's, back to back in reading order: into d (count
 * *m, at most CELL_DIGITS: the bound of a chain over many cells).  A
 * neighbour's digits of any script; `ab`: Corsica's letters. */
static void
cell_chain_digits(const struct detect_scratch *s, int after, int ab, char *d,
    size_t *m)
{
	enum detect_ident want = after ? DETECT_IDENT_CELL_AFTER :
	    DETECT_IDENT_CELL_BEFORE;
	char one[CELL_DIGITS];
	int whole = 1;

	*m = 0;
	for (size_t q = 0; q < s->ncell_end && whole; q++) {
		const struct detect_value *e = &s->cell_end[q];
		const unsigned char *p;
		size_t n, c;

		if (e->kind != want)
			continue;
		cell_end_piece(e, !after, &p, &n);
		c = cell_digits((const char *)p, n, !after, one, NULL, &whole,
		    1, ab);
		if (c == 0 || c + *m > CELL_DIGITS)
			break;
		if (after)
			memcpy(d + *m, one, c);
		else {
			memmove(d + c, d, *m);
			memcpy(d, one, c);
		}
		*m += c;
	}
}

/* The NIR key of body d[0, 13) (97 - the body mod 97, Corsica's 2A and
 * 2B read 19 and 18: nir_key), into key. */
static void
cell_nir_key(const char *d, char *key)
{
	int k = nir_key(d);

	key[0] = (char)('0' + k / 10);
	key[1] = (char)('0' + k % 10);
}

/* Row value v's characters a number reader reads: its digits, and
 * Corsica's letter after a 2 (upper case), into d (room CELL_DIGITS);
 * their count, or 0 for more. */
static size_t
cell_value_digits(const struct detect_value *v, char *d)
{
	size_t L = 0;

	for (size_t i = 0; i < v->len; i++) {
		char c = v->v[i];

		if (!util_is_digit(c)) {
			if (v->kind != DETECT_IDENT_NIR || i == 0 ||
			    v->v[i - 1] != '2' || ((c | 32) != 'a' &&
			    (c | 32) != 'b'))
				continue;
			c = (char)(c & ~32);
		}
		if (L == CELL_DIGITS)
			return 0;
		d[L++] = c;
	}
	return L;
}

/* Row value v's digits in the forms a reader may write them (xcell38):
 * as written; a NIR with its key and without; a French phone with 0, 33,
 * 0033 or 330 before its nine last digits, or those nine alone, as the
 * row's phones are compared elsewhere (detect_num.c ctx_match_digits).  Into vd[f] (each
 * CELL_DIGITS), their lengths into vl; the count. */
static size_t
cell_value_forms(const struct detect_value *v, char (*vd)[CELL_DIGITS],
    size_t *vl)
{
	static const char *const pre[4] = { "0", "33", "0033", "330" };
	char d[CELL_DIGITS];
	size_t L = cell_value_digits(v, d), nf = 0;

	if (L < 6)
		return 0;
	memcpy(vd[nf], d, L);
	vl[nf++] = L;
	if (v->kind == DETECT_IDENT_NIR && L == 15) {
		memcpy(vd[nf], d, 13);
		vl[nf++] = 13;
	} else if (v->kind == DETECT_IDENT_NIR && L == 13) {
		memcpy(vd[nf], d, 13);
		cell_nir_key(d, vd[nf] + 13);
		vl[nf++] = 15;
	} else if (v->kind == DETECT_IDENT_PHONE && L >= 9 && L <= 13) {
		size_t p = L - 9;
		int french = 0;

		for (size_t x = 0; x < 4; x++)
			if (strlen(pre[x]) == p && memcmp(d, pre[x], p) == 0)
				french = 1;
		for (size_t x = 0; french && x < 4; x++) {
			size_t q = strlen(pre[x]);

			if (q == p && memcmp(d, pre[x], p) == 0)
				continue;	/* as written */
			memcpy(vd[nf], pre[x], q);
			memcpy(vd[nf] + q, d + p, 9);
			vl[nf++] = q + 9;
		}
		/* (and the nine alone: "+33 (0)6 12" | "34 56 78") */
		if (french) {
			memcpy(vd[nf], d + p, 9);
			vl[nf++] = 9;
		}
	}
	return nf;
}

/* A NIR's key in the cell, its body the run that ends the cells before
 * (exactly 13 digits, b): the cell starts, after signs, with the word
 * "clé" ("cle", "clef", "key", any case) or not, signs, then two digits
 * that end there.  The key's span if it is the row's NIR's key. */
static int
cell_nir_key_after(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s, const char *b)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t n = s->text_len, j = 0, k, w;
	char d[CELL_DIGITS], key[2];
	int r;

	for (; j < n && (k = cut_sign(u, n, j)) != 0; j += k)
		;
	w = j;
	if (j + 2 <= n && (u[j] | 32) == 'c' && (u[j + 1] | 32) == 'l') {
		j += 2;
		if (j < n && (u[j] | 32) == 'e')
			j++;
		else if (j + 2 <= n && u[j] == 0xc3 && (u[j + 1] == 0xa9 ||
		    u[j + 1] == 0x89))
			j += 2;
		else
			j = w;
		if (j != w && j < n && (u[j] | 32) == 'f')
			j++;
	} else if (j + 3 <= n && (u[j] | 32) == 'k' && (u[j + 1] | 32) == 'e' &&
	    (u[j + 2] | 32) == 'y')
		j += 3;
	if (j != w && j < n && cell_word_byte(u[j]) && !util_is_digit(t[j]))
		return 0;	/* a longer word ("clear") */
	for (; j < n && (k = cut_sign(u, n, j)) != 0; j += k)
		;
	if (j + 2 > n || !util_is_digit(t[j]) || !util_is_digit(t[j + 1]) ||
	    (j + 2 < n && cell_word_byte(u[j + 2])))
		return 0;
	for (size_t q = 0; q < nrow; q++) {
		size_t L;

		if (row[q].kind != DETECT_IDENT_NIR)
			continue;
		L = cell_value_digits(&row[q], d);
		if ((L != 13 && L != 15) || memcmp(d, b, 13) != 0)
			continue;
		if (L == 15)
			memcpy(key, d + 13, 2);
		else
			cell_nir_key(d, key);
		if (memcmp(key, t + j, 2) == 0 &&
		    (r = add_span(s, j, j + 2, DETECT_NIR, (int)q)) < 0)
			return r;
	}
	return 0;
}

/* The number values: the cell's first (last) digits and the
 * neighbours' last (first) make exactly one. */
static int
cell_end_numbers(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	char cd[2][CELL_DIGITS], nd[2][CELL_DIGITS], vd[5][CELL_DIGITS];
	size_t cat[2][CELL_DIGITS], cm[2] = { 0, 0 }, nm[2] = { 0, 0 };
	size_t vl[5];
	int whole[2] = { 0, 0 }, ab = 0, r;

	/* (Corsica's letters only for a row whose NIR has one) */
	for (size_t k = 0; k < nrow && !ab; k++)
		if (row[k].kind == DETECT_IDENT_NIR)
			for (size_t i = 1; i < row[k].len; i++)
				if (row[k].v[i - 1] == '2' &&
				    ((row[k].v[i] | 32) == 'a' ||
				    (row[k].v[i] | 32) == 'b'))
					ab = 1;
	/* side 0: the neighbours before's last digits, the cell's first;
	 * side 1: the cell's last, the neighbours after's first */
	cell_chain_digits(s, 0, ab, nd[0], &nm[0]);
	cell_chain_digits(s, 1, ab, nd[1], &nm[1]);
	if (nm[0] > 0)
		cm[0] = cell_digits(t, s->text_len, 0, cd[0], cat[0], &whole[0],
		    0, ab);
	if (nm[1] > 0)
		cm[1] = cell_digits(t, s->text_len, 1, cd[1], cat[1], &whole[1],
		    0, ab);
	/* (a NIR's key after its word: "1840275123456" | "clé 74") */
	if (nm[0] == 13 && (r = cell_nir_key_after(t, row, nrow, s, nd[0])) < 0)
		return r;
	if (cm[0] == 0 && cm[1] == 0)
		return 0;
	for (size_t k = 0; k < nrow; k++) {
		enum detect_kind kind;
		size_t nf;

		if (row[k].kind == DETECT_IDENT_NIR)
			kind = DETECT_NIR;
		else if (row[k].kind == DETECT_IDENT_PHONE)
			kind = DETECT_PHONE;
		else if (row[k].kind == DETECT_IDENT_ID)
			kind = DETECT_ID;
		else
			continue;
		nf = cell_value_forms(&row[k], vd, vl);
		for (size_t f = 0; f < nf; f++) {
			const char *v = vd[f];
			size_t L = vl[f], c = cm[0];
			/* (the number a reader reads is the value: it ends
			 * where the value ends, and starts where it starts but
			 * a phone's, compared by its last digits as elsewhere) */
			int ph = kind == DETECT_PHONE;

			/* the value's first i digits before the cut, the
			 * others after */
			for (size_t i = 1; i < L; i++) {
				size_t j = L - i;

				if (cm[0] == j && (nm[0] == i || (ph && nm[0] > i)) &&
				    memcmp(nd[0] + nm[0] - i, v, i) == 0 &&
				    memcmp(cd[0], v + i, j) == 0 &&
				    (r = add_span(s, cat[0][0], cat[0][j - 1] +
				    1, kind, (int)k)) < 0)
					return r;
				if ((cm[1] == i || (ph && cm[1] > i)) && nm[1] == j &&
				    memcmp(cd[1] + cm[1] - i, v, i) == 0 &&
				    memcmp(nd[1], v + i, j) == 0 &&
				    (r = add_span(s, cat[1][cm[1] - i],
				    cat[1][cm[1] - 1] + 1, kind, (int)k)) < 0)
					return r;
			}
			/* a cell that is one run between two pieces: the
			 * value's first i digits before, the cell's, the
			 * others after */
			if (!whole[0] || !whole[1] || c == 0 || c != cm[1] ||
			    c + 2 > L)
				continue;
			for (size_t i = 1; i + c < L; i++) {
				size_t j = L - i - c;

				if ((nm[0] == i || (ph && nm[0] > i)) && nm[1] == j &&
				    memcmp(nd[0] + nm[0] - i, v, i) == 0 &&
				    memcmp(cd[0], v + i, c) == 0 &&
				    memcmp(nd[1], v + i + c, j) == 0 &&
				    (r = add_span(s, cat[0][0], cat[0][c - 1] + 1,
				    kind, (int)k)) < 0)
					return r;
			}
		}
	}
	return 0;
}

int
scan_cell_ends(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	int r;

	if (s->ncell_end == 0 || nrow == 0)
		return 0;
	if ((r = cell_end_names(t, row, nrow, s)) != 0)
		return r;
	return cell_end_numbers(t, row, nrow, s);
}
