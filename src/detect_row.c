/* The row's own values in its free text: its names and address found
 * word by word (any case, any accents), and the patient of the identity
 * source (identity.h), known only as keyed fingerprints: names, address,
 * phone.  docs/scrub.md. */
#include <string.h>

#include <sodium.h>

#include "detect.h"
#include "detect_int.h"
#include "identity.h"
#include "norm.h"

#define MAX_PARTS	32	/* words of one row value */

/* Is word j one of the parts of the row's name values? */
static int
row_name_word(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen)
{
	const struct detect_word *w = &s->words[j];

	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		const char *v = s->ctxfold.data + off[k];

		if (flen[k] == 0 || row[k].kind == DETECT_IDENT_ADDRESS)
			continue;
		for (size_t a = 0, b; a < flen[k]; a = b + 1) {
			for (b = a; b < flen[k] && v[b] != ' ' && v[b] != '\''; b++)
				;
			if (b - a == w->fold_len && b - a > 0 &&
			    memcmp(v + a, wf(s, w), b - a) == 0)
				return 1;
		}
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
int
row_part_usable(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, int first)
{
	const struct detect_word *w = &s->words[i];

	if (w->nchars <= 2) {
		if ((i > 0 && s->words[i - 1].end == w->start) ||
		    (i + 1 < s->nwords && s->words[i + 1].start == w->end))
			return 0;	/* glued to digits or other letters */
		if (!(w->flags & (W_CAP | W_UPPER)))
			return 0;
	}
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
	/* A first name as the subject ("Blanche dit être fatiguée") or
	 * in parentheses ("Mlle MEUNIER (Marine)") */
	if ((first || (w->dflags & D_FIRST)) && (subject_follows(t, s, i) ||
	    in_parentheses(t, s, i)))
		return 1;
	if (written_as_name(t, s, i))
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

/* The parts of one folded row value, split once (at spaces and
 * apostrophes): the word loop runs for every word of the comment. */
struct row_parts {
	uint16_t	off[MAX_PARTS], len[MAX_PARTS];
	size_t		n;
	int		compound;	/* more than one part */
};

/* A 256-bit filter of the parts' hashes (two bits each): a word whose
 * bits are not all set is no part of any row value, which is most words;
 * a word that passes is compared byte by byte as before. */
static void
bloom_add(uint64_t *bloom, uint64_t h)
{
	bloom[(h >> 6) & 3] |= (uint64_t)1 << (h & 63);
	bloom[(h >> 14) & 3] |= (uint64_t)1 << ((h >> 8) & 63);
}

static int
bloom_has(const uint64_t *bloom, uint64_t h)
{
	return (bloom[(h >> 6) & 3] >> (h & 63) & 1) &&
	    (bloom[(h >> 14) & 3] >> ((h >> 8) & 63) & 1);
}

static void
row_value_split(const char *v, size_t vlen, struct row_parts *p,
    uint64_t *bloom)
{
	p->n = 0;
	p->compound = 0;
	for (size_t a = 0, b; a < vlen && p->n < MAX_PARTS; a = b + 1) {
		uint64_t h = UTIL_FNV1A_BASIS;

		for (b = a; b < vlen && v[b] != ' ' && v[b] != '\''; b++)
			h = (h ^ (uint8_t)v[b]) * FNV_PRIME;
		p->compound |= b < vlen;
		p->off[p->n] = (uint16_t)a;
		p->len[p->n++] = (uint16_t)(b - a);
		bloom_add(bloom, h);
	}
}

/* Row value k found at the words listed in cand (ncand of them, in
 * order; all words if cand is NULL). */
static int
row_value_words(const char *t, const struct detect_value *row, size_t nrow,
    size_t k, const size_t *off, const size_t *flen, const struct row_parts *p,
    const uint32_t *cand, size_t ncand, struct detect_scratch *s)
{
	const char *v = s->ctxfold.data + off[k];
	int addr = row[k].kind == DETECT_IDENT_ADDRESS;
	size_t next = 0;	/* words before it belong to an address found */
	int r;

	for (size_t c = 0; c < ncand; c++) {
		size_t i = cand != NULL ? cand[c] : c;
		const struct detect_word *w = &s->words[i];
		const char *f;
		size_t a = flen[k], b = 0, j, q;

		if (i < next || (w->flags & W_DIGIT && !addr))
			continue;
		f = wf(s, w);
		/* Each part of the value; an address only as a run of at
		 * least two of its parts (its number and street). */
		for (q = 0; q < p->n; q++)
			if (p->len[q] == w->fold_len && v[p->off[q]] == f[0] &&
			    memcmp(v + p->off[q], f, p->len[q]) == 0) {
				a = p->off[q];
				b = a + p->len[q];
				break;
			}
		if (a >= flen[k])
			continue;
		/* "le" of "LE GALL", "n" of "N'DIAYE", "sainte" of
		 * "MARIE-SAINTE": only beside the rest of the value. */
		if (in_list(particles, v + a, b - a) && p->compound) {
			if (!particle_beside_rest(t, s, i, v, flen[k], a, b))
				continue;
		} else if (!addr && (!row_part_usable(t, s, i, row, nrow, off,
		    flen, row[k].kind == DETECT_IDENT_FIRST_NAME) ||
		    eponym_position(t, s, i)))
			continue;
		if (!addr) {
			if ((r = add_span(s, w->start, w->end, DETECT_NAME,
			    (int)k)) < 0)
				return r;
			continue;
		}
		/* Address: extend over the following words of the value. */
		for (j = i; j + 1 < s->nwords && b < flen[k]; j++) {
			size_t c2 = b, e;
			/* The value's separators: spaces, apostrophes, hyphens,
			 * punctuation ("EHPAD Les Hortensias, ch. 112", "Les
			 * Jardins de l'Étoile, bât A4"). */
			while (c2 < flen[k] && !is_alnum_byte(v[c2]))
				c2++;
			for (e = c2; e < flen[k] && is_alnum_byte(v[e]); e++)
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

/* The row's names and address, found word by word (any case, any
 * accents), each word of a compound value on its own. */
int
scan_row_names(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	size_t off[MAX_ROW], flen[MAX_ROW], ncand = 0;
	struct row_parts parts[MAX_ROW];
	uint64_t bloom[4] = { 0, 0, 0, 0 };
	uint32_t cand[MAX_CAND];
	int r, any = 0;

	buf_reset(&s->ctxfold);
	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		off[k] = s->ctxfold.len;
		flen[k] = 0;
		if (row[k].kind != DETECT_IDENT_NAME &&
		    row[k].kind != DETECT_IDENT_FIRST_NAME &&
		    row[k].kind != DETECT_IDENT_LAST_NAME &&
		    row[k].kind != DETECT_IDENT_ADDRESS)
			continue;
		if ((r = norm_value(NORM_TEXT, row[k].v, row[k].len, &s->tmp)) != 0 ||
		    (r = buf_append(&s->ctxfold, s->tmp.data, s->tmp.len)) != 0)
			return r;
		flen[k] = s->ctxfold.len - off[k];
	}
	for (size_t k = 0; k < nrow && k < MAX_ROW; k++)
		if (flen[k] > 0) {
			row_value_split(s->ctxfold.data + off[k], flen[k], &parts[k],
			    bloom);
			any = 1;
		}
	if (!any)
		return 0;	/* and ctxfold may still be empty (NULL) */
	for (size_t i = 0; i < s->nwords && ncand <= MAX_CAND; i++)
		if (bloom_has(bloom, s->words[i].fhash)) {
			if (ncand < MAX_CAND)
				cand[ncand] = (uint32_t)i;
			ncand++;
		}
	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		if (flen[k] == 0)
			continue;
		if ((r = row_value_words(t, row, nrow, k, off, flen, &parts[k],
		    ncand <= MAX_CAND ? cand : NULL, ncand <= MAX_CAND ? ncand :
		    s->nwords, s)) != 0)
			return r;
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

/* The row's patient's names, address and phone, known only as keyed
 * fingerprints: a word is taken where a row value's word would be
 * (row_part_usable: short words not glued, ordinary words only where
 * used as a name), or beside another name word of the patient. */
int
scan_identity(const char *t, struct detect_scratch *s,
    const struct identity_row *id)
{
	size_t last;
	int r;

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
		if (!ident_name(s, i, id) || eponym_position(t, s, i))
			continue;
		if (!row_part_usable(t, s, i, NULL, 0, NULL, NULL, 0) &&
		    !(i > 0 && joined(t, s, i - 1) && ident_name(s, i - 1, id)) &&
		    !(i + 1 < s->nwords && joined(t, s, i) &&
		    ident_name(s, i + 1, id)))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}
