/* NFKC for the scrub detectors, with a byte map back to the source
 * (include/textnorm.h).  libunistring does the Unicode work (uninorm,
 * unictype); this file only cuts the text into units (a character and
 * the combining marks after it) and keeps, for every normalized byte, the
 * source offset of the unit it came from.  Text that needs nothing (all
 * ASCII, or precomposed accents only: most French comments) is not
 * copied. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <unicode/uspoof.h>
#include <sodium.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "norm.h"
#include "textnorm.h"

/* Latin-1 letters and Latin Extended-A, the accents of French text:
 * precomposed, nothing to do (but "Ĳ", "Ŀ", "ŉ", "ſ"). */
static inline int
latin_precomposed(ucs4_t uc)
{
	return (uc >= 0xc0 && uc <= 0xff) || (uc >= 0x100 && uc <= 0x17f &&
	    uc != 0x132 && uc != 0x133 && uc != 0x13f && uc != 0x140 &&
	    uc != 0x149 && uc != 0x17f);
}

/* A dash NFKC leaves as it is (hyphen, non-breaking hyphen, figure, en
 * and em dash, horizontal bar, minus): read as '-', as NFKC reads the
 * full-width one, since a number's detectors know ASCII separators only.
 * A phone or a NIR written "06‑51‑94‑88‑22" (U+2011, what a web page
 * writes so that a number does not wrap) or "1–84–02–75–123–456–74"
 * went through raw. */
static inline int
is_dash(ucs4_t uc)
{
	return (uc >= 0x2010 && uc <= 0x2015) || uc == 0x2212;
}

/* An apostrophe written with another mark: the left single quote
 * U+2018 and the acute accent U+00B4, which keyboards and word
 * processors put in "O‘Brien", "N´Diaye", "l´hôpital".  Between two
 * letters they are read as U+2019, the apostrophe the rules know (NFKC
 * made "´" a space and a combining accent: the name was cut in two and
 * its second part left raw; review21), when n->apostrophes asks it (the
 * detectors: a key of names.c is derived as before).  Any U+2018 takes
 * the copying path; left as it is, its bytes are the same. */
static inline int
is_odd_apostrophe(ucs4_t uc)
{
	return uc == 0x2018 || uc == 0xb4;
}

/* Byte c ends or starts a letter: ASCII letters, and the bytes of a
 * character beyond ASCII (accented letters). */
static inline int
letter_byte(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* p[i] is a backtick with a letter on each side (names29). */
static inline int
backtick_apostrophe(const uint8_t *p, size_t len, size_t i)
{
	return i > 0 && i + 1 < len && letter_byte(p[i - 1]) &&
	    letter_byte(p[i + 1]);
}

/* A backtick between two letters in p (names29): an ASCII byte, which
 * needs_change's blocks do not look at; asked only of a text that
 * needs no other change, by memchr, and only when n->backticks (the
 * detectors set it when the tokenizer saw a backtick: most texts have
 * none, and a memchr a text cost 0.25 M instructions a pass). */
static int
has_backtick_apostrophe(const uint8_t *p, size_t len)
{
	const uint8_t *q = p, *end = p + len;

	while (q < end && (q = memchr(q, '`', (size_t)(end - q))) != NULL) {
		if (backtick_apostrophe(p, len, (size_t)(q - p)))
			return 1;
		q++;
	}
	return 0;
}

/* Would NFKC, removing default-ignorables, a dash or a digit beyond
 * ASCII change this character? */
static int
char_changes(ucs4_t uc)
{
	ucs4_t dec[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;

	if (latin_precomposed(uc))
		return 0;
	if (is_dash(uc) || uc_decimal_value(uc) >= 0 || is_odd_apostrophe(uc))
		return 1;
	if (uc_is_property_default_ignorable_code_point(uc) ||
	    uc_combining_class(uc) != 0)
		return 1;
	if (uc_decomposition(uc, &tag, dec) < 0 || tag == UC_DECOMP_CANONICAL)
		return 0;
	/* "m²", "10⁹", "½": kept, see the header. */
	return tag != UC_DECOMP_SUPER && tag != UC_DECOMP_SUB &&
	    tag != UC_DECOMP_FRACTION;
}

/*
 * A C0 control byte but a tab and the line ends (LF, CR, and VT, the line
 * break FileMaker and Excel write inside a cell): a form feed, the ASCII
 * file, group, record and unit separators, a stray 0x01, a NUL.  The
 * detectors' cues want a space after them ("Mme Vigneron"):
 * "Mme<US>Vigneron", "Appel de sa fille<0x01>Cordonnier" went through raw
 * (hostile25).  Read as a space, one byte for one.  A tab and a VT keep
 * their meaning: the detectors read a table pasted in a cell by its tabs
 * and its line ends (review20, cue_eol); a title at a line's end before
 * the name on the next, "Mme<TAB>Vigneron" among them, is left
 * (docs/threat-model.md, hostile25).
 */
static inline int
control_byte(uint8_t c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' &&
	    c != '\r') || c == 0x7f;
}

/*
 * The same beyond ASCII: DEL (above, 0x7f), the C1 controls U+0080-U+009F
 * (what a Windows-1252 export read as Latin-1 and written again as UTF-8
 * holds for its "…", "’", "–", "€": U+0085, U+0092, U+0096, U+0080) and
 * the line and paragraph separators U+2028, U+2029 (a text pasted from a
 * word processor or a web page).  No detector knew them as a separator:
 * "Mme<U+0085>Vigneron", "Patiente<DEL>Pigeon" went through raw
 * (hostile26).  Read as a space, the unit's bytes for one (the map sends
 * the space over them).
 */
static inline int
control_char(ucs4_t uc)
{
	return (uc >= 0x80 && uc <= 0x9f) || uc == 0x2028 || uc == 0x2029;
}

/* Windows-1252's characters for the bytes 0x80-0x9f (0: none). */
static const uint16_t cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/*
 * "HÃ©lÃ¨ne", "FranÃ§ois", "Ã‰lodie": a letter of U+00C0-U+00FF whose
 * two UTF-8 bytes were read as Latin-1 or Windows-1252 and written again
 * as UTF-8 (mojibake, an export converted twice).  At p[i], "Ã" (c3 83)
 * and the character its second byte became: the length of the pair in
 * the text, *b that byte (the letter is c3 *b), or 0.  The tokenizer cut
 * such a name at "©" and only its first piece was taken.
 */
static size_t
mojibake_at(const uint8_t *p, size_t len, size_t i, uint8_t *b)
{
	ucs4_t uc;
	int m;

	if (i + 3 >= len || p[i] != 0xc3 || p[i + 1] != 0x83 ||
	    (m = u8_mbtoucr(&uc, p + i + 2, len - i - 2)) < 0)
		return 0;
	if (uc >= 0x80 && uc <= 0xbf) {		/* Latin-1 */
		*b = (uint8_t)uc;
		return 2 + (size_t)m;
	}
	for (unsigned k = 0; k < 32; k++)	/* Windows-1252 */
		if (cp1252_high[k] != 0 && cp1252_high[k] == uc) {
			*b = (uint8_t)(0x80 + k);
			return 2 + (size_t)m;
		}
	return 0;
}

/* ---- Look-alikes of a disguise (hostile32) ----
 * A writer who wants a name past the scrub writes it with letters that
 * look Latin and are not: "DUΡΟΝT" with Greek capitals, "Duроnt" with
 * Cyrillic ones, "ᴅᴜᴘᴏɴᴛ" in small capitals, "D̲U̲P̲O̲N̲T̲" with a mark
 * under each letter, a phone in superscript or dingbat digits
 * ("⁰⁶ ¹² ³⁴ ⁵⁶ ⁷⁸", "➀➁"), a name reversed inside a right-to-left
 * override that a screen shows in the right order.  NFKC leaves all of
 * these; a reader reads them.  The detectors read them as what they
 * draw (n->evasion).
 *
 * Which letter a character draws comes from Unicode's data, not from a
 * hand table: UTS #39's confusable skeleton (ICU's uspoof, the
 * confusables.txt that ICU ships and the header matching already reads,
 * norm.c) for the letters of other scripts, and the character's name
 * for the Latin letters NFKC and the skeleton leave (norm_latin_base:
 * small capitals, "Ø", letters in a box or as a regional indicator).
 * What a code point of the BMP draws is asked once, at its first
 * reading, and kept (ev_tab: one byte a code point, 0 not asked yet, 1
 * nothing drawn, else the ASCII letter or digit); a text of ASCII and
 * precomposed accents never asks.  (Asking the whole BMP at the first
 * such text was 17 M instructions, a tenth of a 5,000-comment run.) */
#define EV_TAB	0x10000
static uint8_t ev_tab[EV_TAB];
static pthread_once_t ev_once = PTHREAD_ONCE_INIT;
static USpoofChecker *ev_spoof;	/* read only once opened */

/* The ASCII letter the skeleton of uc is, or 0. */
static int
ev_skeleton(ucs4_t uc)
{
	UChar in[2], out[8];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n;

	if (uc >= 0x10000 || ev_spoof == NULL)
		return 0;
	in[0] = (UChar)uc;
	n = uspoof_getSkeleton(ev_spoof, 0, in, 1, out, 8, &st);
	if (U_FAILURE(st) || n != 1 || out[0] >= 0x80 ||
	    !(((out[0] | 0x20) >= 'a' && (out[0] | 0x20) <= 'z') ||
	    (out[0] >= '0' && out[0] <= '9')))	/* Cyrillic "З": 3 */
		return 0;
	/* A capital's skeleton is "l" for "I" ("І", "Ι", "Ӏ") */
	if (out[0] == 'l' && uc_is_upper(uc))
		return 'I';
	return out[0];
}

static void
ev_open(void)
{
	UErrorCode st = U_ZERO_ERROR;

	/* (if ICU fails, the letters of other scripts stay as written) */
	ev_spoof = uspoof_open(&st);
	if (U_FAILURE(st))
		ev_spoof = NULL;
}

/* What code point uc (U+0080 and above) draws, asked of Unicode. */
static int
ev_ask(ucs4_t uc)
{
	ucs4_t dec[UC_DECOMPOSITION_MAX_LENGTH];
	char digits[2];
	int c = 0, tag, d;

	/* CJK, Hangul, surrogates, private use: nothing drawn */
	if ((uc >= 0x3400 && uc < 0xa000) || (uc >= 0xac00 && uc < 0xf900) ||
	    latin_precomposed(uc))
		return 0;
	if (uc_is_alpha(uc)) {
		/* an accented letter NFKC keeps is the detectors' as it
		 * is ("ễ"); NFKC's own folds are done */
		if (uc_decomposition(uc, &tag, dec) >= 0)
			return 0;
		if (uc_script(uc) == uc_script('a'))
			c = norm_latin_base(uc);
		else {
			pthread_once(&ev_once, ev_open);
			c = ev_skeleton(uc);
		}
	} else if (uc_decimal_value(uc) < 0 &&
	    ((d = uc_digit_value(uc)) >= 0 ||
	    (norm_drawn_number(uc, digits) == 1 && (d = digits[0] - '0') >= 0)))
		/* superscript, subscript, circled, dingbat digits */
		c = '0' + d;
	return c > 0 && c < 0x80 ? c : 0;
}

/* What uc draws: an ASCII letter or digit, or 0. */
static int
ev_draws(ucs4_t uc)
{
	int c;

	if (uc < 0x80)
		return 0;
	if (uc < EV_TAB) {
		/* threads may ask the same code point at once: each
		 * stores the same byte */
		if ((c = __atomic_load_n(&ev_tab[uc], __ATOMIC_RELAXED)) == 0) {
			c = ev_ask(uc);
			c = c ? c : 1;
			__atomic_store_n(&ev_tab[uc], (uint8_t)c,
			    __ATOMIC_RELAXED);
		}
		return c == 1 ? 0 : c;
	}
	/* letters in a box, a disc, or as regional indicators */
	if (uc >= 0x1f100 && uc <= 0x1f1ff)
		return norm_latin_base(uc);
	return 0;
}

int
textnorm_draws(uint32_t uc)
{
	return ev_draws((ucs4_t)uc);
}

static inline int
ev_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* The evasion pass asks for uc: what it draws, a right-to-left override
 * or its end. */
static inline int
ev_char(ucs4_t uc)
{
	return ev_draws(uc) != 0 || uc == 0x202e;
}

/* Marks left after a Latin letter by NFKC (no precomposed letter holds
 * them: "D̲", "Ṕ" composes, "D́" does not) are dropped; a mark on a
 * letter of another script stays (Cyrillic stress, Arabic vowels). */
static inline int
ev_mark(ucs4_t uc)
{
	return uc_combining_class(uc) != 0 ||
	    uc_is_general_category(uc, UC_CATEGORY_M);
}

/* The Greek of units and analytes glued to Latin letters ("µmol", "γGT",
 * "βHCG", "TNFα", "κ/λ"): norm.c's is_science_greek, for the headers. */
static int
ev_science_greek(ucs4_t uc)
{
	return (uc >= 0x3b1 && uc <= 0x3b5) || uc == 0x3ba || uc == 0x3bb ||
	    uc == 0x3bc || uc == 0x3c9;
}

struct ev_char {
	ucs4_t		 uc;
	uint32_t	 off;
	uint8_t		 len;
	uint8_t		 draws;	/* ev_draws */
	uint8_t		 cls;
};

enum { EV_OTHER, EV_LATIN, EV_DRAWN, EV_ALIEN, EV_MARK };

/* The lines holding a right-to-left override, in the order a screen
 * shows them: a screen shows "<U+202E>TNOPUD" as DUPONT.  Unicode's
 * bidirectional algorithm for its explicit marks (UAX #9, X1-X8: the
 * embeddings LRE, RLE, the overrides LRO, RLO, their pop PDF, the
 * isolates LRI, RLI, FSI and their pop PDI, each in its stack, to a
 * depth of 125), then each character's level (I1-I2: a character
 * under an override takes its direction; any other is read as a Latin
 * letter, left to right) and the line's order (L2: from the highest
 * level down to 1, the runs at that level or above reversed, each
 * character kept whole).  The whole of the marks' nesting is read, not
 * only the last override's: "<RLO>TNO<LRO><PDF>PUD<PDF>" (a PDF that
 * closes an inner embedding, not the override), an override inside an
 * isolate inside another (hostile33; a run to its first pop went raw).
 * The line's bytes from its first mark to its last character not at
 * level 0 map to that mark's source offset (one unit: a span in it
 * replaces the whole of it, the marks with it).
 *
 * A run shown at another level than the letters glued to it is a word
 * of its own (hostile34): "x<RLO>TNOPUD<PDF>y" is shown "xDUPONTy", a
 * word no detector reads as the name that the marks set apart.  Where
 * two letters or digits side by side on screen are at two levels, and
 * the higher run holds two of them or more, *brk gets the byte offset
 * of the second (ascending; ev_pass writes a space there).  A run of
 * one ("DUP<RLI>x<PDI>ONT") is left glued: a letter set apart alone
 * is a cut of the word around it. */
#define BIDI_MAX_DEPTH	125

/* Byte t[i] starts a letter or a digit (ASCII, or any character past
 * it: ev_pass reads what it is) */
static inline int
bidi_alnum(const uint8_t *t, size_t i)
{
	const uint8_t c = t[i];

	return c >= 0xc0 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
	    (c | 0x20) <= 'z');
}

/* The alphanumerics from byte i at level lv[i] (at most 2 counted) */
static size_t
bidi_run_alnum(const uint8_t *t, const uint8_t *lv, size_t i, size_t end,
    int dir)
{
	size_t n = 0;
	const uint8_t l = lv[i];

	for (size_t k = i; n < 2 && k < end && lv[k] == l;
	    k = dir > 0 ? k + 1 : k - 1) {
		if ((t[k] & 0xc0) == 0x80)
			continue;
		if (!bidi_alnum(t, k))
			break;
		n++;
		if (dir < 0 && k == 0)
			break;
	}
	return n;
}

static int
ev_reverse(struct textnorm *n, uint32_t **brk, size_t *nbrk)
{
	uint8_t *t = (uint8_t *)n->text.data, *lv = NULL, *tmp = NULL;
	size_t len = n->text.len, e = 0;
	int r = 0;

	for (size_t ls = 0; ls < len && e < n->nbidi; ) {
		size_t le, a, z, k, e0;
		int has_rlo = 0, top = 0, maxl = 0, over_iso = 0, over_emb = 0;
		/* the stack: level, override (0, 'L', 'R'), isolate */
		uint8_t sl[BIDI_MAX_DEPTH + 2], so[BIDI_MAX_DEPTH + 2];
		uint8_t si[BIDI_MAX_DEPTH + 2];

		for (le = ls; le < len && t[le] != '\n' && t[le] != '\r'; le++)
			;
		/* the marks of this line: e0.. (a mark at le belongs to
		 * the line before the line end) */
		while (e < n->nbidi && n->rlo[e][0] < ls)
			e++;
		e0 = e;
		for (k = e; k < n->nbidi && n->rlo[k][0] <= le; k++)
			has_rlo |= n->rlo[k][1] == 0x202e;
		if (!has_rlo) {
			e = k;
			ls = le + 1;
			continue;
		}
		if (lv == NULL && ((lv = malloc(len + 1)) == NULL ||
		    (tmp = malloc(len + 1)) == NULL)) {
			r = -ENOMEM;
			goto out;
		}
		sl[0] = 0;
		so[0] = 0;
		si[0] = 0;
		/* each character's level; the marks at a position apply
		 * before the character there */
		for (size_t i = ls; i <= le; ) {
			ucs4_t uc;
			int m = 1, lev;

			while (e < n->nbidi && n->rlo[e][0] <= i) {
				ucs4_t b = (ucs4_t)n->rlo[e++][1];
				int odd = b == 0x202b || b == 0x202e || b == 0x2067;
				int nl = odd ? (sl[top] + 1) | 1 :
				    (sl[top] + 2) & ~1;

				if (b == 0x202c) {		/* PDF */
					if (over_iso > 0)
						;
					else if (over_emb > 0)
						over_emb--;
					else if (top > 0 && !si[top])
						top--;
				} else if (b == 0x2069) {	/* PDI */
					int iso = 0;

					for (int q = top; q > 0; q--)
						iso |= si[q];
					if (over_iso > 0)
						over_iso--;
					else if (iso) {
						over_emb = 0;
						while (!si[top])
							top--;
						top--;
					}
				} else if (nl > BIDI_MAX_DEPTH ||
				    over_iso > 0 || over_emb > 0) {
					if (b >= 0x2066)
						over_iso++;
					else if (over_iso == 0)
						over_emb++;
				} else {
					top++;
					sl[top] = (uint8_t)nl;
					so[top] = b == 0x202d ? 'L' :
					    b == 0x202e ? 'R' : 0;
					si[top] = b >= 0x2066;
				}
			}
			if (i == le)
				break;
			m = u8_mbtoucr(&uc, t + i, le - i);
			if (m < 0)
				m = 1;
			lev = sl[top];
			/* I1, I2: R raises an even level, L an odd one */
			if (so[top] == 'R')
				lev += !(lev & 1);
			else
				lev += lev & 1;
			if (lev > maxl)
				maxl = lev;
			memset(lv + i, lev, (size_t)m);
			i += (size_t)m;
		}
		/* the region that moves: from the line's first mark to
		 * its last character above level 0 */
		a = n->rlo[e0][0];
		for (z = le; z > a && lv[z - 1] == 0; z--)
			;
		/* L2: the runs at level v or above reversed, v from the
		 * highest to 1, by characters (each reversal reverses
		 * bytes, then each character's bytes back in order).  At
		 * most 126 passes over the line: linear in its length. */
		for (int v = maxl; v >= 1; v--)
			for (size_t i = a; i < z; ) {
				size_t j;

				if (lv[i] < v) {
					i++;
					continue;
				}
				for (j = i; j < z && lv[j] >= v; j++)
					;
				/* (the levels need no reversing: the
				 * passes after ask only "v - 1 or above",
				 * which the whole run is) */
				for (size_t x = 0; x < j - i; x++)
					tmp[x] = t[j - 1 - x];
				memcpy(t + i, tmp, j - i);
				/* (the levels too, in the order shown, for
				 * the breaks below: a character's bytes are
				 * all at its level) */
				for (size_t x = 0; x < j - i; x++)
					tmp[x] = lv[j - 1 - x];
				memcpy(lv + i, tmp, j - i);
				/* each character's bytes back in order */
				for (size_t x = i; x < j; ) {
					size_t y = x;

					while (y < j && (t[y] & 0xc0) == 0x80)
						y++;
					if (y < j && y > x)
						for (size_t p = x, q = y; p < q; p++, q--) {
							uint8_t c = t[p];
							t[p] = t[q];
							t[q] = c;
						}
					x = y + 1;
				}
				i = j;
			}
		for (k = a; k < z; k++)
			n->map[k] = (uint32_t)n->rlo[e0][2];
		/* the breaks: [a, z] as shown, and the characters just
		 * outside it (at level 0) */
		for (k = a > ls ? a : ls + 1; k <= z && k < le; k++) {
			size_t p = k - 1;

			if ((t[k] & 0xc0) == 0x80)
				continue;
			while (p > ls && (t[p] & 0xc0) == 0x80)
				p--;
			if (lv[p] == lv[k] || !bidi_alnum(t, p) ||
			    !bidi_alnum(t, k))
				continue;
			/* (the higher run: two alphanumerics or more) */
			if ((lv[k] > lv[p] ? bidi_run_alnum(t, lv, k, le, 1) :
			    bidi_run_alnum(t, lv, p, le, -1)) < 2)
				continue;
			if (*brk == NULL &&
			    (*brk = malloc((len + 1) * sizeof(**brk))) == NULL) {
				r = -ENOMEM;
				goto out;
			}
			(*brk)[(*nbrk)++] = (uint32_t)k;
		}
		ls = le + 1;
	}
 out:
	free(lv);
	free(tmp);
	return r;
}

/* c is a digit, ASCII or drawn (a superscript, a dingbat) */
static inline int
ev_digitish(const struct ev_char *c)
{
	return c->uc < 0x80 ? (c->uc >= '0' && c->uc <= '9') :
	    (c->cls == EV_OTHER && ev_is_digit(c->draws));
}

/* ev_pass's characters, wiped (the text's code points) and freed. */
static void
ev_chars_free(struct textnorm *n)
{
	if (n->ev != NULL) {
		sodium_memzero(n->ev, n->ev_cap * sizeof(struct ev_char));
		free(n->ev);
	}
	n->ev = NULL;
	n->ev_cap = 0;
}

/* Room in n's ev scratch for a text of len bytes (len + 1 characters and
 * map entries at most: the pass writes no more bytes than it reads). */
static int
ev_reserve(struct textnorm *n, size_t len)
{
	if (n->ev_cap < len + 1) {
		ev_chars_free(n);
		if ((n->ev = malloc((len + 1) * sizeof(struct ev_char))) == NULL)
			return -ENOMEM;
		n->ev_cap = len + 1;
	}
	if (n->ev_map_cap < len + 1) {
		free(n->ev_map);
		n->ev_map_cap = 0;
		if ((n->ev_map = malloc((len + 1) * sizeof(*n->ev_map))) == NULL)
			return -ENOMEM;
		n->ev_map_cap = len + 1;
	}
	buf_reset(&n->ev_text);
	return buf_reserve(&n->ev_text, len + 1);
}

/* After the pass: what is past TEXTNORM_EV_KEEP is not kept. */
static void
ev_trim(struct textnorm *n)
{
	if (n->ev_cap > TEXTNORM_EV_KEEP)
		ev_chars_free(n);
	if (n->ev_map_cap > TEXTNORM_EV_KEEP) {
		free(n->ev_map);
		n->ev_map = NULL;
		n->ev_map_cap = 0;
	}
	if (n->ev_text.cap > TEXTNORM_EV_KEEP)
		buf_free(&n->ev_text);
}

/* The pass over the normalized text (n->ev_seen): the words of Latin
 * letters and look-alikes read as Latin, marks off their letters, runs
 * of drawn digits read as digits.  Its characters, text and map are n's
 * ev scratch (ops34: a malloc of each, and a buffer grown byte by byte,
 * per cell that had a mark or a look-alike). */
static int
ev_pass(struct textnorm *n)
{
	const uint8_t *t;
	struct ev_char *c;
	const uc_script_t *alien[8];
	size_t nc = 0, nalien = 0, len;
	struct buf *out = &n->ev_text;
	uint32_t *map, *brk = NULL;
	size_t nbrk = 0, bi = 0;
	int r = 0;

	if (n->nrlo > 0 && (r = ev_reverse(n, &brk, &nbrk)) != 0)
		goto out;
	t = (const uint8_t *)n->text.data;
	len = n->text.len;
	/* (a space more for each break, hostile34) */
	if ((r = ev_reserve(n, len + nbrk)) != 0)
		goto out;
	c = n->ev;
	map = n->ev_map;
	for (size_t i = 0; i < len; ) {
		struct ev_char *e = &c[nc++];
		int m = u8_mbtoucr(&e->uc, t + i, len - i);

		if (m < 0) {
			m = 1;
			e->uc = 0xfffd;
		}
		e->off = (uint32_t)i;
		e->len = (uint8_t)m;
		e->draws = (uint8_t)ev_draws(e->uc);
		if (e->uc < 0x80)
			e->cls = ((e->uc | 0x20) >= 'a' && (e->uc | 0x20) <=
			    'z') ? EV_LATIN : EV_OTHER;
		else if (e->draws && (!ev_is_digit(e->draws) ||
		    uc_is_alpha(e->uc)))
			e->cls = EV_DRAWN;	/* a letter, or drawn as one */
		else if (ev_mark(e->uc))
			e->cls = EV_MARK;
		else if (uc_is_alpha(e->uc)) {
			const uc_script_t *sc = uc_script(e->uc);

			if (sc == uc_script('a'))
				e->cls = EV_LATIN;
			else {
				e->cls = EV_ALIEN;
				size_t k;

				for (k = 0; k < nalien && alien[k] != sc; k++)
					;
				if (k == nalien && nalien < 8)
					alien[nalien++] = sc;
			}
		} else
			e->cls = EV_OTHER;
		i += (size_t)m;
	}
	/* the words: what to read as Latin, what to drop */
	for (size_t i = 0; i < nc; ) {
		size_t j, latin = 0, lower = 0, drawn = 0, foreign = 0, ndraw;
		int whole;

		if (c[i].cls == EV_OTHER) {
			i++;
			continue;
		}
		for (j = i; j < nc && c[j].cls != EV_OTHER; j++) {
			if (c[j].cls == EV_LATIN) {
				latin++;
				lower += c[j].uc >= 'a' && c[j].uc <= 'z';
			} else if (c[j].cls == EV_DRAWN)
				drawn++;
			else if (c[j].cls == EV_ALIEN)
				foreign++;
		}
		ndraw = 0;
		/* glued to a digit, look-alikes are a number's letters:
		 * "О6 12 З4 56 78" with a Cyrillic О and З is read "O6 12
		 * 34 56 78" (then as hostile30's letters for digits) */
		if (drawn > 0 && foreign == 0 && latin == 0 &&
		    ((i > 0 && ev_digitish(&c[i - 1])) ||
		    (j < nc && ev_digitish(&c[j])))) {
			for (size_t k = i; k < j; k++)
				if (c[k].cls == EV_DRAWN) {
					c[k].cls = EV_LATIN;
					c[k].uc = 0x110000;
					ndraw++;
				}
		} else if (drawn > 0 && foreign == 0) {
			/* a word all look-alikes of one script is Latin
			 * only when the text has no other letter of that
			 * script: "ΚΑΙ" in a Greek text stays Greek */
			whole = latin == 0 && drawn >= 2;
			for (size_t k = i; k < j && whole; k++) {
				const uc_script_t *sc;

				if (c[k].cls != EV_DRAWN ||
				    (sc = uc_script(c[k].uc)) == uc_script('a'))
					continue;
				for (size_t q = 0; q < nalien; q++)
					if (alien[q] == sc)
						whole = 0;
			}
			if (latin > 0 || whole)
				for (size_t k = i; k < j; k++) {
					/* the Greek of units and analytes
					 * ("γGT", "TNFα", "βHCG") when no
					 * lower-case Latin letter is beside */
					if (c[k].cls == EV_DRAWN &&
					    (lower > 0 || !ev_science_greek(
					    c[k].uc))) {
						c[k].cls = EV_LATIN;
						c[k].uc = 0x110000;	/* drawn */
						ndraw++;
					}
				}
		}
		/* marks on a word of Latin letters */
		if (foreign == 0 && (latin > 0 || ndraw > 0))
			for (size_t k = i; k < j; k++)
				if (c[k].cls == EV_MARK)
					c[k].uc = 0x110001;	/* dropped */
		i = j;
	}
	/* runs of drawn digits, four or more (one separator between two
	 * digits): "10⁹", "m²", "10¹²/L" stay */
	for (size_t i = 0; i < nc; ) {
		size_t j = i, ndig = 0;

		if (!(c[i].cls == EV_OTHER && ev_is_digit(c[i].draws))) {
			i++;
			continue;
		}
		while (j < nc) {
			int dig = c[j].uc < 0x80 ? (c[j].uc >= '0' && c[j].uc
			    <= '9') : ev_is_digit(c[j].draws);

			if (dig) {
				ndig += c[j].uc >= 0x80;
				j++;
			} else if (j + 1 < nc && j > i && (c[j].uc == ' ' ||
			    c[j].uc == '.' || c[j].uc == '-' || c[j].uc == '/')
			    && (c[j + 1].uc < 0x80 ? (c[j + 1].uc >= '0' &&
			    c[j + 1].uc <= '9') : ev_is_digit(c[j + 1].draws)))
				j++;
			else
				break;
		}
		if (ndig >= 4)
			for (size_t k = i; k < j; k++)
				if (c[k].uc >= 0x80 && c[k].cls == EV_OTHER &&
				    ev_is_digit(c[k].draws))
					c[k].uc = 0x110000;
		i = j > i ? j : i + 1;
	}
	/* the text again */
	for (size_t i = 0; i < nc && r == 0; i++) {
		size_t at = out->len;

		/* a run set apart by its level (ev_reverse) */
		while (bi < nbrk && brk[bi] < c[i].off)
			bi++;
		if (bi < nbrk && brk[bi] == c[i].off) {
			if ((r = buf_append(out, " ", 1)) != 0)
				break;
			map[at] = n->map[c[i].off];
			at = out->len;
		}
		if (c[i].uc == 0x110001)
			continue;
		if (c[i].uc == 0x110000)
			r = buf_append(out, &c[i].draws, 1);
		else
			r = buf_append(out, t + c[i].off, c[i].len);
		for (size_t k = at; k < out->len && r == 0; k++)
			map[k] = n->map[c[i].off + (k - at < c[i].len ?
			    k - at : 0)];
	}
	if (r == 0) {
		/* the pass's text and map for n's, n's kept for the next */
		struct buf was = n->text;
		uint32_t *was_map = n->map;
		size_t was_cap = n->map_cap;

		map[out->len] = n->map[len];
		n->text = *out;
		n->map = map;
		n->map_cap = n->ev_map_cap;
		*out = was;
		n->ev_map = was_map;
		n->ev_map_cap = was_cap;
	}
 out:
	free(brk);
	ev_trim(n);
	return r;
}

/* Room for one more right-to-left override's run (n->rlo): every one
 * is reversed, however many the text holds ("x" in eight overrides then
 * a name in a ninth went raw with a table of eight; review29a). */
static int
rlo_reserve(struct textnorm *n)
{
	size_t (*q)[3];
	size_t cap;

	if (n->nbidi < n->rlo_cap)
		return 0;
	cap = n->rlo_cap ? n->rlo_cap * 2 : 8;
	if ((q = realloc(n->rlo, cap * sizeof(*q))) == NULL)
		return -ENOMEM;
	n->rlo = q;
	n->rlo_cap = cap;
	return 0;
}

/* What needs_change found: a character to change, and an "Ã" that may
 * be mojibake (then textnorm_run asks mojibake_at at each "Ã"). */
enum { NC_CHANGE = 1, NC_MOJIBAKE = 2 };

/* needs_change's answer for a change found: NC_MOJIBAKE too when p[0..len)
 * holds an "Ã" that may start one. */
static int
change_in(const uint8_t *p, size_t len)
{
	return NC_CHANGE | (memmem(p, len, "\xc3\x83", 2) ? NC_MOJIBAKE : 0);
}

#if defined(__SSE2__)
/* The bytes beyond ASCII of block x (the bits of `valid`: the block's
 * bytes not read yet) are all letters of U+00C0-U+017F in two bytes that
 * needs_change passes by (latin_precomposed; not an "Ã", c3 83, which may
 * open mojibake): each a lead c3, c4 or c5 with its continuation in the
 * block.  One test a block of French text, where the loop below stopped
 * at each accent (a break, a mispredicted exit or two, some forty
 * instructions: speed34b).  Exact or 0: a block it does not pass is read
 * as before. */
static inline int
latin_block(__m128i x, unsigned valid)
{
	const unsigned high = (unsigned)_mm_movemask_epi8(x) & valid;
	const unsigned l3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8((char)0xc3))) & valid;
	const unsigned l4 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8((char)0xc4))) & valid;
	const unsigned l5 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8((char)0xc5))) & valid;
	const unsigned lead = l3 | l4 | l5, cont = lead << 1;
	/* continuations: 0x80-0xbf (signed, below -64) */
	const unsigned c8 = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x,
	    _mm_set1_epi8(-64)));
	/* the letters latin_precomposed leaves out: "Ĳ" "ĳ" "Ŀ" (c4 b2,
	 * b3, bf), "ŀ" "ŉ" "ſ" (c5 80, 89, bf); and "Ã" (c3 83) */
	const __m128i bf = _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xbf));
	const unsigned b3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8((char)0x83)));
	const unsigned b4 = (unsigned)_mm_movemask_epi8(_mm_or_si128(bf,
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xb2)),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xb3)))));
	const unsigned b5 = (unsigned)_mm_movemask_epi8(_mm_or_si128(bf,
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0x80)),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0x89)))));

	/* every high byte a lead or its continuation, no lead at the
	 * block's last byte, each continuation one, none left out */
	return ((high ^ (lead | cont)) | (lead & 0x8000u) | (cont & ~c8) |
	    (b3 & l3 << 1) | (b4 & l4 << 1) | (b5 & l5 << 1)) == 0;
}
#endif

static int
needs_change(const uint8_t *p, size_t len, int controls, int evasion)
{
	for (size_t i = 0; i < len; ) {
		ucs4_t uc;
		uint64_t v;
		int n;

#if defined(__SSE2__)
		/* Sixteen bytes at a time: bit k of `high` byte i + k beyond
		 * ASCII, of `ctl` a byte before the first such below 0x20 or
		 * DEL (a tab or a line end too, looked at one by one).  On to
		 * the first byte beyond ASCII, or past the block; the bytes
		 * after that first one are the next block's.  The last block
		 * is the text's last sixteen bytes, those before i shifted
		 * out.  (Eight at a time in a uint64_t, below, and the last
		 * ones a byte at a time, were a third of the scrubbed
		 * export's normalization.) */
		if (len >= 16) {
			size_t at;
			unsigned skip, high, ctl, ascii;
			__m128i x;

			/* The blocks of plain ASCII: one test each (with
			 * controls, the signed "below 0x20" holds for the
			 * bytes beyond ASCII too) */
			for (;;) {
				at = i + 16 <= len ? i : len - 16;
				x = _mm_loadu_si128((const __m128i *)
				    (const void *)(p + at));
				ctl = (unsigned)_mm_movemask_epi8(controls ?
				    _mm_or_si128(_mm_cmplt_epi8(x,
				    _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(x,
				    _mm_set1_epi8(0x7f))) : x);
				if (ctl >> (i - at) != 0)
					break;
				if ((i = at + 16) >= len)
					return 0;
			}
			skip = (unsigned)(i - at);
			/* a block of ASCII and French accents: its controls,
			 * and on past it */
			if (latin_block(x, 0xffffu << skip)) {
				for (ctl = controls ? ctl >> skip &
				    ~((unsigned)_mm_movemask_epi8(x) >> skip) :
				    0; ctl != 0; ctl &= ctl - 1)
					if (control_byte(p[i +
					    (size_t)__builtin_ctz(ctl)]))
						return change_in(p, len);
				i = at + 16;
				continue;
			}
			high = (unsigned)_mm_movemask_epi8(x) >> skip;
			ascii = high ? (1u << __builtin_ctz(high)) - 1 : 0xffffu;
			for (ctl = controls ? (ctl >> skip) & ascii : 0; ctl != 0;
			    ctl &= ctl - 1)
				if (control_byte(p[i + (size_t)__builtin_ctz(ctl)]))
					return change_in(p, len);
			if (high == 0) {
				i = at + 16;
				continue;
			}
			i += (size_t)__builtin_ctz(high);
		} else
#endif
		/* ASCII eight bytes at a time; in a block that is not, on to
		 * its first byte beyond ASCII (one of the eight is).  With
		 * controls, a block holding a byte below 0x20 (a tab or a
		 * line end too: the test is for the eight at once) is looked
		 * at a byte at a time. */
		if (i + 8 <= len) {
			memcpy(&v, p + i, 8);
			uint64_t del = v ^ 0x7f7f7f7f7f7f7f7fULL;

			if (controls && (((v - 0x2020202020202020ULL) & ~v) |
			    ((del - 0x0101010101010101ULL) & ~del)) &
			    0x8080808080808080ULL) {
				for (size_t k = i; k < i + 8 && p[k] < 0x80; k++)
					if (control_byte(p[k]))
						return change_in(p, len);
			}
			if ((v &= 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* the lowest set bit is the first such byte's */
			i += (size_t)__builtin_ctzll(v) / 8;
#else
			while (p[i] < 0x80)
				i++;
#endif
		} else if (p[i] < 0x80) {
			if (controls && control_byte(p[i]))
				return change_in(p, len);
			i++;
			continue;
		}
		/* A letter of U+00C0-U+017F in two bytes, the accents of
		 * French: decoded here, without a call (most comments have
		 * some, and nothing else beyond ASCII). */
		if (p[i] >= 0xc3 && p[i] <= 0xc5 && i + 1 < len &&
		    (p[i + 1] & 0xc0) == 0x80 && latin_precomposed(
		    (ucs4_t)(p[i] & 0x1f) << 6 | (p[i + 1] & 0x3f))) {
			uint8_t b;

			/* "Ã" first: mojibake? (one test an accent) */
			if (p[i + 1] == 0x83 && mojibake_at(p, len, i, &b))
				return NC_CHANGE | NC_MOJIBAKE;
			i += 2;
			continue;
		}
		if ((n = u8_mbtoucr(&uc, p + i, len - i)) < 0) {
			i++;	/* not UTF-8: left as it is */
			continue;
		}
		if (char_changes(uc) || (controls && control_char(uc)) ||
		    (evasion && ev_char(uc)))
			return change_in(p + i, len - i);
		i += (size_t)n;
	}
	return 0;
}

static int
reserve_map(struct textnorm *n, size_t need)
{
	uint32_t *m;
	size_t cap;

	if (need <= n->map_cap)
		return 0;
	for (cap = n->map_cap ? n->map_cap : 256; cap < need; cap *= 2)
		;
	if ((m = realloc(n->map, cap * sizeof(*m))) == NULL)
		return -ENOMEM;
	n->map = m;
	n->map_cap = cap;
	return 0;
}

/* Append bytes p[0..k) that came from source offset `from`. */
static int
emit(struct textnorm *n, const void *p, size_t k, size_t from)
{
	int r;

	if ((r = reserve_map(n, n->text.len + k + 1)) != 0 ||
	    (r = buf_append(&n->text, p, k)) != 0)
		return r;
	for (size_t i = n->text.len - k; i < n->text.len; i++)
		n->map[i] = (uint32_t)from;
	return 0;
}

/* Append ASCII bytes p[0..k), each a unit of its own: from source
 * offsets from, from + 1, ... */
static int
emit_ascii(struct textnorm *n, const uint8_t *p, size_t k, size_t from)
{
	size_t at = n->text.len;
	int r;

	if ((r = reserve_map(n, at + k + 1)) != 0 ||
	    (r = buf_append(&n->text, p, k)) != 0)
		return r;
	for (size_t i = 0; i < k; i++)
		n->map[at + i] = (uint32_t)(from + i);
	return 0;
}

/* One unit (a character and its combining marks) through NFKC, without
 * the default-ignorables of the result. */
static int
emit_normalized(struct textnorm *n, const uint8_t *u, size_t k, size_t from)
{
	uint8_t stack[64], *res;
	size_t rlen = sizeof(stack);
	int r = 0;

	res = u8_normalize(UNINORM_NFKC, u, k, stack, &rlen);
	if (res == NULL)
		return emit(n, u, k, from);	/* left as it is */
	for (size_t i = 0; i < rlen && r == 0; ) {
		ucs4_t uc;
		int m = u8_mbtoucr(&uc, res + i, rlen - i);

		if (m < 0)
			m = 1;
		else if (uc_is_property_default_ignorable_code_point(uc)) {
			i += (size_t)m;
			continue;
		}
		r = emit(n, res + i, (size_t)m, from);
		i += (size_t)m;
	}
	if (res != stack)
		free(res);
	return r;
}

/* ---- Escapes inside a word (hostile32) ----
 * A name cut by an HTML character reference or a source-code escape
 * that a page or a program shows as the letter: "DUP&shy;ONT",
 * "Du&#112;ont", "H&eacute;l&egrave;ne", "DUP\u00adONT", "Du\x70ont",
 * "Du%70ont".  Read as the character when it is glued to a letter and
 * is a letter, a mark or a default-ignorable (a soft hyphen, a zero
 * width space: dropped); "&amp;", "%20", "C:\x" stay as written.  Asked
 * only of a text whose bytes hold '&', '%' or '\' (the tokenizer's
 * TB_CODE, TB_BSLASH: detect_begin reads the text again, n->escapes). */
static inline int
esc_byte(uint8_t c)
{
	return c == '&' || c == '%' || c == '\\';
}

static int
hexval(uint8_t c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/* The hex number of n digits at p[0..len) (n at most), at least min
 * digits; *k the digits read.  -1 when none. */
static long
hex_at(const uint8_t *p, size_t len, size_t min, size_t n, size_t *k)
{
	long v = 0;
	size_t i;

	for (i = 0; i < len && i < n && hexval(p[i]) >= 0; i++)
		v = v * 16 + hexval(p[i]);
	*k = i;
	return i >= min ? v : -1;
}

/* An HTML named reference: a few invisible ones, and a Latin letter
 * with an accent (&eacute;, &Ccedil;: HTML 4's Latin-1 names, the
 * letter and the accent's name, composed by Unicode). */
static ucs4_t
esc_named(const uint8_t *p, size_t n)
{
	static const struct { const char *name; ucs4_t mark; } acc[] = {
		{ "acute", 0x301 }, { "grave", 0x300 }, { "circ", 0x302 },
		{ "uml", 0x308 }, { "cedil", 0x327 }, { "tilde", 0x303 },
		{ "ring", 0x30a },
	};
	static const struct { const char *name; ucs4_t uc; } inv[] = {
		{ "shy", 0xad }, { "zwj", 0x200d }, { "zwnj", 0x200c },
		{ "lrm", 0x200e }, { "rlm", 0x200f },
		{ "ZeroWidthSpace", 0x200b }, { "NoBreak", 0x2060 },
		{ "nbsp", 0xa0 },	/* (between digits only: esc_at) */
		{ "amp", '&' },		/* (an escape's own: esc_decode) */
	};

	for (size_t i = 0; i < sizeof(inv) / sizeof(inv[0]); i++)
		if (strlen(inv[i].name) == n && memcmp(p, inv[i].name, n) == 0)
			return inv[i].uc;
	if (n < 2 || !((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z'))
		return 0;
	for (size_t i = 0; i < sizeof(acc) / sizeof(acc[0]); i++)
		if (strlen(acc[i].name) == n - 1 &&
		    memcmp(p + 1, acc[i].name, n - 1) == 0)
			return uc_composition(p[0], acc[i].mark);
	return 0;
}

/* The escape at p[i] (an esc_byte), decoded into *uc: its length, or 0
 * when it is none (its syntax alone: esc_at asks what it draws and what
 * is beside it). */
static size_t
esc_decode1(const uint8_t *p, size_t len, size_t i, ucs4_t *uc)
{
	size_t k = 0, m = 0;
	long v = -1;

	/* "\\": an escaped backslash (an escape of an escape: esc_decode) */
	if (p[i] == '\\' && i + 1 < len && p[i + 1] == '\\') {
		*uc = '\\';
		return 2;
	}
	if (p[i] == '&' && i + 3 < len) {
		if (p[i + 1] == '#' && (p[i + 2] | 0x20) == 'x') {
			v = hex_at(p + i + 3, len - i - 3, 1, 6, &k);
			m = 3 + k;
		} else if (p[i + 1] == '#') {
			v = 0;
			for (k = 0; i + 2 + k < len && k < 7 &&
			    p[i + 2 + k] >= '0' && p[i + 2 + k] <= '9'; k++)
				v = v * 10 + (p[i + 2 + k] - '0');
			if (k == 0)
				v = -1;
			m = 2 + k;
		} else {
			for (k = 1; i + k < len && k < 16 &&
			    ((p[i + k] | 0x20) >= 'a' && (p[i + k] | 0x20) <=
			    'z'); k++)
				;
			if (i + k < len && p[i + k] == ';' && k > 1)
				v = (long)esc_named(p + i + 1, k - 1);
			m = k;
		}
		if (v <= 0 || i + m >= len || p[i + m] != ';')
			return 0;
		m++;
	} else if (p[i] == '\\' && i + 3 < len && p[i + 1] == 'u' &&
	    p[i + 2] == '{') {
		/* redteam47: "\u{44}" (JavaScript, Rust, Swift, PHP) */
		v = hex_at(p + i + 3, len - i - 3, 1, 6, &k);
		m = 3 + k;
		if (i + m >= len || p[i + m] != '}')
			return 0;
		m++;
	} else if (p[i] == '\\' && i + 2 < len && (p[i + 1] == 'u' ||
	    p[i + 1] == 'x' || p[i + 1] == 'U')) {
		/* \uXXXX, \xXX, and (redteam47) \UXXXXXXXX (C, Python) */
		size_t nd = p[i + 1] == 'u' ? 4 : p[i + 1] == 'U' ? 8 : 2;

		v = hex_at(p + i + 2, len - i - 2, nd, nd, &k);
		m = 2 + k;
	} else if (p[i] == '\\' && i + 3 < len && p[i + 1] == '\'') {
		/* redteam47: RTF's "\'e9", a byte of the document's code
		 * page (Windows-1252: Latin-1's letters from 0xc0; the few
		 * of 0x80-0x9f a name writes) */
		static const uint16_t w[32] = {
			[0x0a] = 0x160, [0x0c] = 0x152, [0x0e] = 0x17d,
			[0x1a] = 0x161, [0x1c] = 0x153, [0x1e] = 0x17e,
			[0x1f] = 0x178,
		};

		v = hex_at(p + i + 2, 2, 2, 2, &k);
		if (v >= 0x80 && v < 0xa0)
			v = w[v - 0x80] ? w[v - 0x80] : -1;
		m = 4;
	} else if (p[i] == '%') {
		/* %XX, or the UTF-8 bytes of one character, each %XX */
		uint8_t b[4];
		size_t nb = 0, need = 1;
		int cm;

		while (nb < need && i + m + 2 < len && p[i + m] == '%' &&
		    (v = hex_at(p + i + m + 1, 2, 2, 2, &k)) >= 0) {
			if (nb == 0)
				need = v < 0xc0 ? 1 : v < 0xe0 ? 2 : v < 0xf0 ?
				    3 : 4;
			b[nb++] = (uint8_t)v;
			m += 3;
		}
		if (nb == 0 || nb != need || (cm = u8_mbtoucr(uc, b, nb)) < 0 ||
		    (size_t)cm != nb)
			return 0;
		v = (long)*uc;
	}
	if (v <= 0 || v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
		return 0;
	*uc = (ucs4_t)v;
	return m;
}

/* ---- Escapes of escapes (hostile33) ----
 * "DUP&amp;shy;ONT", "Du&amp;#112;ont", "Du&#38;#112;ont", "Du%2570ont",
 * "DUP%26shy%3BONT", "DUP\\\\u00adONT", "&amp;amp;shy;": a page (or a
 * program) that escaped its text twice shows the first escape, which a
 * reader reads as the character.  When the escape at p[i] draws an
 * escape's own byte ('&', '%', '\\'), the bytes from i are decoded
 * again, a layer at a time (every escape of the layer decoded), up to
 * ESC_LAYERS layers of ESC_WIN bytes, until the layer starts with an
 * escape of a character that is none of those: that character, and
 * the source bytes its escape came from (each layer keeps, for each of
 * its bytes, the end of the bytes it came from in the layer before). */
#define ESC_LAYERS	4
#define ESC_WIN		64

static size_t
esc_decode(const uint8_t *p, size_t len, size_t i, ucs4_t *uc)
{
	uint8_t lay[2][ESC_WIN + 8], end[ESC_LAYERS + 1][ESC_WIN + 8];
	size_t m = esc_decode1(p, len, i, uc), n, cur = 0;
	ucs4_t c;

	if (m == 0 || !(*uc == '&' || *uc == '%' || *uc == '\\'))
		return m;
	n = len - i < ESC_WIN ? len - i : ESC_WIN;
	memcpy(lay[0], p + i, n);
	for (int l = 1; l <= ESC_LAYERS; l++) {
		const uint8_t *in = lay[cur];
		uint8_t *out = lay[cur ^ 1];
		size_t o = 0, mm;

		for (size_t k = 0; k < n && o < ESC_WIN; ) {
			uint8_t u8[6];
			int ul;

			if (esc_byte(in[k]) &&
			    (mm = esc_decode1(in, n, k, &c)) != 0 &&
			    (ul = u8_uctomb(u8, c, (ptrdiff_t)sizeof(u8))) > 0 &&
			    o + (size_t)ul <= ESC_WIN) {
				for (int b = 0; b < ul; b++) {
					out[o] = u8[b];
					end[l][o++] = (uint8_t)(k + mm);
				}
				k += mm;
			} else {
				out[o] = in[k];
				end[l][o++] = (uint8_t)(k + 1);
				k++;
			}
		}
		n = o;
		cur ^= 1;
		/* the layer starts with an escape: of what? */
		if (n == 0 || !esc_byte(out[0]) ||
		    (mm = esc_decode1(out, n, 0, &c)) == 0)
			break;
		if (c == '&' || c == '%' || c == '\\')
			continue;
		/* its bytes in the source: back through the layers */
		for (int b = l; b >= 1; b--)
			mm = end[b][mm - 1];
		*uc = c;
		return mm;
	}
	return m;	/* the escape's own byte, as one layer reads it */
}

static inline int
esc_digit_byte(uint8_t c)
{
	return c >= '0' && c <= '9';
}

/* An escape decodes at p[i] and draws a letter, a mark, a digit or is
 * invisible (esc_at's classes; a space is not one). */
static int
esc_drawn_at(const uint8_t *p, size_t len, size_t i, int digit)
{
	ucs4_t c;

	return esc_byte(p[i]) && esc_decode(p, len, i, &c) != 0 &&
	    (c >= '0' && c <= '9' ? 1 : !digit && (uc_is_alpha(c) ||
	    uc_is_general_category(c, UC_CATEGORY_M) ||
	    uc_is_property_default_ignorable_code_point(c)));
}

/* An escape of esc_drawn_at's ends right before p[i]: the longest is
 * "&ZeroWidthSpace;" (16 bytes), "%F0%9F%84%B0" 12; escaped again
 * ("&amp;amp;#68;", hostile33), up to 32. */
static int
esc_drawn_before(const uint8_t *p, size_t len, size_t i, int digit)
{
	ucs4_t c;

	for (size_t k = 3; k <= 32 && k <= i; k++)
		if (esc_byte(p[i - k]) && esc_decode(p, len, i - k, &c) == k &&
		    esc_drawn_at(p, len, i - k, digit))
			return 1;
	return 0;
}

/* The escape at p[i] (an esc_byte), decoded into *uc: its length, or 0
 * when it is none, or not glued to what it draws, or draws nothing.
 * A letter, a mark or an invisible one glued to a letter; a digit glued
 * to a digit ("06&#49;2345678", "12&#51;456": a phone, an IPP a page
 * shows whole; review29a); a space (&nbsp;, &#32;, %20) between two
 * digits, ASCII or escaped ("06&nbsp;12&nbsp;34"); any of them glued
 * to another one ("&#68;&#85;&#80;...", a name or a number written all
 * in references; review29a). */
static size_t
esc_at(const uint8_t *p, size_t len, size_t i, ucs4_t *uc)
{
	size_t m = esc_decode(p, len, i, uc);
	uint8_t b, a;
	int digit, space;

	if (m == 0)
		return 0;
	b = i > 0 ? p[i - 1] : 0;
	a = i + m < len ? p[i + m] : 0;
	digit = *uc >= '0' && *uc <= '9';
	space = *uc == ' ' || *uc == 0xa0 || *uc == 0x202f;
	/* (a digit beside: ASCII, or an escape of one) */
	if (space)
		return (esc_digit_byte(b) || (i >= 3 &&
		    esc_drawn_before(p, len, i, 1))) && (esc_digit_byte(a) ||
		    (i + m < len && esc_drawn_at(p, len, i + m, 1))) ? m : 0;
	if (!digit && !uc_is_alpha(*uc) && !uc_is_general_category(*uc,
	    UC_CATEGORY_M) && !uc_is_property_default_ignorable_code_point(*uc))
		return 0;
	/* glued to a letter before or after; a digit or an invisible one
	 * to a digit ("0612&shy;345678") */
	if ((digit || uc_is_property_default_ignorable_code_point(*uc)) &&
	    (esc_digit_byte(b) || esc_digit_byte(a)))
		return m;
	if (!digit && ((i > 0 && letter_byte(b)) ||
	    (i + m < len && letter_byte(a))))
		return m;
	/* or to another escape that draws */
	if ((i + m < len && esc_drawn_at(p, len, i + m, 0)) ||
	    (i >= 3 && esc_drawn_before(p, len, i, 0)))
		return m;
	return 0;
}

/* ---- Markup inside a word (redteam47) ----
 * A cell typed or pasted from a page, a word processor or a wiki keeps
 * its markup, which a reader of the rendered text does not see:
 * "Du<b>pont</b>", "DUP<br>ONT", "Du{\i pont}", "{\b Du}pont",
 * "DU<!-- -->PONT".  A chain of such elements with a letter or a digit
 * glued on each side is read as nothing (an inline tag, an RTF control
 * word, a brace, a comment) or as a space (a tag that starts a block or
 * a line: "<br>", "<p>", "<td>", RTF's "\par").  Only known tag and
 * control word names, so that "PSA <4", "a < b", "C:\users\dupont" (a
 * path's folder is a word) and "x{2}" keep their bytes; a chain not
 * glued on both sides stays ("<b>Dupont</b>" is read word by word). */
static const char *const tag_inline[] = {
	"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn",
	"em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp",
	"small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
	"wbr", NULL
};
static const char *const tag_block[] = {
	"blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4",
	"h5", "h6", "hr", "li", "ol", "p", "pre", "table", "tbody", "td",
	"th", "tr", "ul", NULL
};
/* RTF's character formatting words (a number may follow: "\b0",
 * "\fs20"); "\par", "\line", "\tab" end a line or leave a gap */
static const char *const rtf_inline[] = {
	"b", "caps", "cb", "cf", "chcbpat", "f", "fs", "highlight", "i",
	"nosupersub", "outl", "plain", "scaps", "shad", "strike", "sub",
	"super", "ul", "uld", "uldb", "ulnone", "ulw", "v", NULL
};
static const char *const rtf_block[] = { "line", "par", "tab", NULL };
static const char *const rtf_off[] = { "nosupersub", "plain", "ulnone", NULL };

static inline int
markup_byte(uint8_t c)
{
	return c == '<' || c == '{' || c == '}' || c == '\\';
}

static inline int
word_byte(uint8_t c)
{
	return letter_byte(c) || (c >= '0' && c <= '9');
}

/* Is p[0..n) one of list's names (case folded when fold)?  0, 1. */
static int
name_in(const char *const *list, const uint8_t *p, size_t n, int fold)
{
	for (; *list != NULL; list++) {
		size_t k;

		if (strlen(*list) != n)
			continue;
		for (k = 0; k < n && (uint8_t)(*list)[k] ==
		    (fold ? (p[k] | 0x20) : p[k]); k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* The markup element at p[i]: its length, 0 when none; *space set when
 * it starts a block or a line. */
static size_t
markup_one(const uint8_t *p, size_t len, size_t i, int *space)
{
	size_t k = i + 1, nb;

	*space = 0;
	if (p[i] == '{' || p[i] == '}')
		return 1;
	if (p[i] == '\\') {
		/* an RTF control word: lower-case letters, a number, one
		 * space its delimiter */
		for (nb = k; k < len && k - nb < 16 && p[k] >= 'a' &&
		    p[k] <= 'z'; k++)
			;
		if (k == nb)
			return 0;
		if (name_in(rtf_block, p + nb, k - nb, 0))
			*space = 1;
		else if (!name_in(rtf_inline, p + nb, k - nb, 0))
			return 0;
		if (k < len && p[k] == '-')
			k++;
		while (k < len && k - nb < 24 && p[k] >= '0' && p[k] <= '9')
			k++;
		if (p[k - 1] == '-')
			return 0;
		/* its delimiter; after a word that ends a run ("\\b0",
		 * "\\ulnone", "\\plain"), typed by hand as often as the
		 * space between two words ("Du\\b pont\\b0 vu"): read so */
		if (k < len && p[k] == ' ') {
			if (p[k - 1] == '0' || name_in(rtf_off, p + nb,
			    k - nb, 0))
				*space = 1;
			k++;
		}
		return k - i;
	}
	if (p[i] != '<')
		return 0;
	/* a comment, up to 256 bytes */
	if (k + 2 < len && memcmp(p + k, "!--", 3) == 0) {
		for (k += 3; k + 2 < len && k - i < 256; k++)
			if (memcmp(p + k, "-->", 3) == 0)
				return k + 3 - i;
		return 0;
	}
	if (k < len && p[k] == '/')
		k++;
	for (nb = k; k < len && k - nb < 12 && (((p[k] | 0x20) >= 'a' &&
	    (p[k] | 0x20) <= 'z') || (k > nb && p[k] >= '1' && p[k] <= '6'));
	    k++)
		;
	if (name_in(tag_block, p + nb, k - nb, 1))
		*space = 1;
	else if (!name_in(tag_inline, p + nb, k - nb, 1))
		return 0;
	/* its attributes, on one line, up to 256 bytes */
	if (k < len && p[k] != '>' && p[k] != '/' && p[k] != ' ')
		return 0;
	for (; k < len && k - i < 256 && p[k] != '>'; k++)
		if (p[k] == '<' || p[k] == '\n' || p[k] == '\r')
			return 0;
	return k < len && p[k] == '>' ? k + 1 - i : 0;
}

/* A chain of markup elements at p[i]: its length, 0 when none; *space
 * set when one of them is read as a space.  Between two word bytes; or,
 * when it holds an HTML tag or comment (which a page never shows), with
 * anything but a space on one side at least: a date or a number cut by
 * one ("16/<b>05</b>/1934", "06.<i>12</i>.34"), a name's closing tag
 * ("DUPONT</b> vu"). */
static size_t
markup_at(const uint8_t *p, size_t len, size_t i, int *space)
{
	size_t k = i, m;
	int sp, html = 0, words = 0;
	uint8_t b = i > 0 ? p[i - 1] : ' ', a;

	*space = 0;
	if (!word_byte(b) && p[i] != '<')
		return 0;
	while (k < len && markup_byte(p[k]) && k - i < 1024 &&
	    (m = markup_one(p, len, k, &sp)) != 0) {
		html |= p[k] == '<';
		words |= p[k] == '\\';
		*space |= sp;
		k += m;
	}
	/* braces alone are no markup ("jean.dupont{at}gmail.com") */
	if (k == i || !(html || words))
		return 0;
	a = k < len ? p[k] : ' ';
	if (word_byte(b) && word_byte(a))
		return k - i;
	return html && (b > ' ' || a > ' ') ? k - i : 0;
}

int
textnorm_has_escape(const char *src, size_t len)
{
	const uint8_t *p = (const uint8_t *)src;
	static const char bytes[] = "&%\\";
	static const char mbytes[] = "<{}\\";
	ucs4_t uc;
	int sp;

	/* each byte by memchr: a '%' of "SpO2 98 %" is common */
	for (size_t b = 0; b < 3; b++)
		for (const uint8_t *q = p; q < p + len && (q = memchr(q,
		    bytes[b], (size_t)(p + len - q))) != NULL; q++)
			if (esc_at(p, len, (size_t)(q - p), &uc) != 0)
				return 1;
	/* redteam47: markup inside a word */
	for (size_t b = 0; b < 4; b++)
		for (const uint8_t *q = p; q < p + len && (q = memchr(q,
		    mbytes[b], (size_t)(p + len - q))) != NULL; q++)
			if (markup_at(p, len, (size_t)(q - p), &sp) != 0)
				return 1;
	return 0;
}

/* textnorm_run's units, mojibake asked (moji) or not: in line with a
 * constant, so that a text without "Ã" pays no test a unit. */
static inline __attribute__((always_inline)) int
norm_units(struct textnorm *n, const uint8_t *p, size_t len, int moji)
{
	uint8_t mb[2] = { 0xc3, 0 };
	int r;

	for (size_t i = 0; i < len; ) {
		size_t start = i, mk, k;
		ucs4_t uc;
		int m, simple, d;

		/* A run of ASCII bytes that are units as they are (not a
		 * control, not a backtick asked about), copied at once with
		 * their offsets; but its last byte before one beyond ASCII,
		 * which may be a combining mark of it.  (A unit each, a
		 * decoding and an emit a byte, was most of the cost of a
		 * text that has one character to change.) */
		for (k = i; k < len && p[k] < 0x80 && !(n->controls &&
		    control_byte(p[k])) && !(p[k] == '`' && n->backticks) &&
		    !(n->escapes && (esc_byte(p[k]) || markup_byte(p[k])));
		    k++)
			;
		if (k < len && p[k] >= 0x80 && k > i)
			k--;
		if (k > i) {
			if ((r = emit_ascii(n, p + i, k - i, i)) != 0)
				return r;
			i = k;
			continue;
		}

		/* redteam47: markup inside a word, read as nothing or as
		 * a space */
		if (n->escapes && markup_byte(p[i]) &&
		    (mk = markup_at(p, len, i, &d)) != 0) {
			if (d && (r = emit(n, " ", 1, start)) != 0)
				return r;
			i += mk;
			continue;
		}
		/* hostile32: an escape inside a word, as its character */
		if (n->escapes && esc_byte(p[i]) &&
		    (mk = esc_at(p, len, i, &uc)) != 0) {
			uint8_t u8[6];
			int ul = u8_uctomb(u8, uc, (ptrdiff_t)sizeof(u8));

			if (ul > 0 && (r = emit_normalized(n, u8, (size_t)ul,
			    start)) != 0)
				return r;
			n->ev_seen |= n->evasion;
			i += mk;
			continue;
		}
		/* mojibake: the letter it was, mapped over both pieces */
		if (moji && p[i] == 0xc3 && i + 1 < len && p[i + 1] == 0x83 &&
		    (mk = mojibake_at(p, len, i, &mb[1])) != 0) {
			if ((r = emit(n, mb, 2, start)) != 0)
				return r;
			i += mk;
			continue;
		}
		if (n->controls && control_byte(p[i])) {
			if ((r = emit(n, " ", 1, start)) != 0)
				return r;
			i++;
			continue;
		}
		/* names29: a backtick between two letters is an apostrophe
		 * typed on a keyboard without one ("O`Brien", "N`Diaye",
		 * "l`hopital"): read as U+2019, as is_odd_apostrophe's marks */
		if (p[i] == '`' && n->backticks && backtick_apostrophe(p,
		    len, i)) {
			if ((r = emit(n, "\xe2\x80\x99", 3, start)) != 0)
				return r;
			i++;
			continue;
		}
		if ((m = u8_mbtoucr(&uc, p + i, len - i)) < 0) {
			m = 1;
			uc = 0xfffd;
			simple = 1;
		} else if (n->controls && control_char(uc)) {
			if ((r = emit(n, " ", 1, start)) != 0)
				return r;
			i += (size_t)m;
			continue;
		} else {
			simple = p[i] < 0x80 || !char_changes(uc);
			/* hostile32: a look-alike, a right-to-left override
			 * and its end (PDF, PDI) for ev_pass */
			if (n->evasion && p[i] >= 0x80) {
				/* the bidirectional marks, each where it
				 * stands in the text (ev_reverse) */
				if ((uc >= 0x202a && uc <= 0x202e) ||
				    (uc >= 0x2066 && uc <= 0x2069)) {
					if ((r = rlo_reserve(n)) != 0)
						return r;
					n->rlo[n->nbidi][0] = n->text.len;
					n->rlo[n->nbidi][1] = uc;
					n->rlo[n->nbidi++][2] = start;
					n->nrlo += uc == 0x202e;
				}
				if (ev_char(uc))
					n->ev_seen = 1;
			}
		}
		i += (size_t)m;
		/* The combining marks that follow belong to this unit. */
		for (;;) {
			ucs4_t c2;
			int m2;

			if (i >= len || p[i] < 0x80 ||
			    (m2 = u8_mbtoucr(&c2, p + i, len - i)) < 0 ||
			    uc_combining_class(c2) == 0)
				break;
			i += (size_t)m2;
			simple = 0;
			n->ev_seen |= n->evasion;	/* marks: ev_pass */
		}
		if (simple)
			r = emit(n, p + start, i - start, start);
		else if (i - start == 2 && p[start] == 0xc2 && p[start + 1] == 0xa0)
			r = emit(n, " ", 1, start);	/* no-break space */
		else if (i - start == 3 && is_dash(uc))
			r = emit(n, "-", 1, start);
		else if (n->apostrophes && is_odd_apostrophe(uc) &&
		    i - start == (uc == 0xb4 ?
		    2u : 3u) && start > 0 && i < len &&
		    letter_byte(p[start - 1]) && letter_byte(p[i]))
			r = emit(n, "\xe2\x80\x99", 3, start);
		else if ((d = uc_decimal_value(uc)) >= 0)
			/* a digit of another script (Arabic-Indic "٠٦…",
			 * Devanagari, Bengali ...), which NFKC leaves: read as
			 * its ASCII digit, as names.c reads it
			 * ("٠٦١٢٣٤٥٦٧٨" went through raw).  Combining marks
			 * after a digit (any script, ASCII too: "0́6́1́…")
			 * are dropped with it, or they would split the number
			 * into units no detector joins; the map sends the
			 * digit's span over its marks. */
			r = emit(n, &(char){ (char)('0' + d) }, 1, start);
		else
			r = emit_normalized(n, p + start, i - start, start);
		if (r != 0)
			return r;
	}
	return 0;
}

int
textnorm_run(struct textnorm *n, const char *src, size_t len)
{
	const uint8_t *p = (const uint8_t *)src;
	int r, c;

	n->changed = 0;
	buf_reset(&n->text);
	/* Offsets are kept in 32 bits; a 4 GB cell is read as it is. */
	if (len >= UINT32_MAX)
		return 0;
	n->ev_seen = 0;
	n->nrlo = 0;
	n->nbidi = 0;
	if ((c = needs_change(p, len, n->controls, n->evasion)) == 0 &&
	    !(n->backticks && has_backtick_apostrophe(p, len)) &&
	    !n->escapes)
		return 0;
	if ((r = (c & NC_MOJIBAKE) ? norm_units(n, p, len, 1) :
	    norm_units(n, p, len, 0)) != 0)
		return r;
	if ((r = reserve_map(n, n->text.len + 1)) != 0)
		return r;
	n->map[n->text.len] = (uint32_t)len;
	if (n->evasion && (n->ev_seen || n->nrlo > 0) &&
	    (r = ev_pass(n)) != 0)
		return r;
	n->changed = 1;
	return 0;
}

/* ---- OCR digits ----
 * A scanned letter read by OCR writes "l8/O4/l947", "5l100 Reims", "l2
 * rue du Moulin": the letters l, I, O, o where the page had 1 and 0.
 * Inside a number's shape only (a date of three parts, a postcode
 * before its city, a house number before a street word), the detectors
 * read them as digits; one byte for one, so the map back is unchanged.
 * Elsewhere they stay letters: "O2", "3l/min", "I10", "l4-l5". */
static inline int
ocr_letter(unsigned char c)
{
	return c == 'l' || c == 'I' || c == 'O' || c == 'o';
}

static inline int
ocr_alnum(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' &&
	    (c | 32) <= 'z');
}

/* Bytes i.. of up to `max` digits or OCR letters: their number, and of
 * them the letters (*letters) and the digits (*digits). */
static size_t
ocr_run(const uint8_t *p, size_t len, size_t i, size_t max, size_t *letters,
    size_t *digits)
{
	size_t k;

	for (k = i; k < len && k - i < max; k++) {
		if (p[k] >= '0' && p[k] <= '9')
			(*digits)++;
		else if (ocr_letter(p[k]))
			(*letters)++;
		else
			break;
	}
	return k - i;
}

/* "l8/O4/l947", "l2.O3.21": three parts, the same separator twice, a
 * day and a month of one or two, a year of two or four; or the year
 * first, of four ("l986-O7-3O", "2O21.O3.l2"); at least three true
 * digits.  Its length from i, or 0. */
static size_t
ocr_date(const uint8_t *p, size_t len, size_t i)
{
	size_t k = i, letters = 0, digits = 0, n;
	uint8_t sep = 0;
	int ymd = 0;

	for (int part = 0; part < 3; part++) {
		n = ocr_run(p, len, k, 5, &letters, &digits);
		if (part == 0 && n == 4)
			ymd = 1;
		if (n == 0 || (part < 2 && n > 2 && !(part == 0 && ymd)) ||
		    (part == 2 && (ymd ? n > 2 : n != 2 && n != 4)))
			return 0;
		k += n;
		if (part == 2)
			break;
		if (k >= len || (p[k] != '/' && p[k] != '.' && p[k] != '-') ||
		    (sep != 0 && p[k] != sep))
			return 0;
		sep = p[k++];
	}
	if (letters == 0 || digits < 3 || (k < len && ocr_alnum(p[k])))
		return 0;
	return k - i;
}

/* "mars 2O19", "en l998": four that read 19xx or 20xx, at least two
 * true digits, a word and a space before, nothing glued after (a year
 * after its month or its cue; the date detectors decide whether it is
 * one).  4, or 0. */
static size_t
ocr_year(const uint8_t *p, size_t len, size_t i)
{
	size_t letters = 0, digits = 0;
	uint8_t a, b;

	if (i < 2 || p[i - 1] != ' ' || !(ocr_alnum(p[i - 2]) &&
	    !(p[i - 2] >= '0' && p[i - 2] <= '9')) ||
	    ocr_run(p, len, i, 5, &letters, &digits) != 4 || digits < 2 ||
	    (i + 4 < len && ocr_alnum(p[i + 4])))
		return 0;
	a = p[i] == 'l' || p[i] == 'I' ? '1' : p[i];
	b = p[i + 1] == 'O' || p[i + 1] == 'o' ? '0' : p[i + 1];
	return (a == '1' && b == '9') || (a == '2' && b == '0') ? 4 : 0;
}

/* "RPPS 1O111935200", "IPP 8OO12345": nine to fifteen, one or two of
 * them letters, nothing glued either side (the caller saw the left): a
 * long number, an identifier's shape no word has; or five to fifteen
 * whose letters are all O or o after a true digit ("32OOOOO2", "4oo12").  Its
 * length, or 0. */
static size_t
ocr_long(const uint8_t *p, size_t len, size_t i)
{
	size_t letters = 0, digits = 0, n;

	n = ocr_run(p, len, i, 16, &letters, &digits);
	if (n > 15 || letters == 0 || (i + n < len && ocr_alnum(p[i + n])))
		return 0;
	if (n >= 9 && letters <= 2)
		return n;
	/* "IPP : 32OOOOO2", "dossier 1OO2OO45": six to fifteen, a true
	 * digit first and another, every letter an O, a zero (leaks19b);
	 * in lower case too ("32ooooo2", review20), and five when the last
	 * is a true digit too ("IPP 4OO12", "4oo12"); no word is a digit
	 * then O's and digits */
	if (n < 5 || digits < 2 || !(p[i] >= '0' && p[i] <= '9') ||
	    (n == 5 && !(p[i + 4] >= '0' && p[i + 4] <= '9')))
		return 0;
	for (size_t k = i; k < i + n; k++)
		if (!(p[k] >= '0' && p[k] <= '9') && p[k] != 'O' && p[k] != 'o')
			return 0;
	return n;
}

/* "O6 4l 22 93 O8", "l 85 O4 75 l23 456 78": a phone of five
 * pairs (the first starting with 0) or a NIR of 13 or 15 in its groups
 * (its first 1, 2, 7 or 8), one space, dot or dash between the groups,
 * at least 6 (phone) or 9 (NIR) true digits and at most three letters,
 * nothing glued either side.  Words of the same letters ("IO", "Ol",
 * "O2 2 l/min") have no such shape. */
static int
ocr_grouped_ok(uint8_t first, size_t groups, size_t pairs, size_t chars,
    size_t letters, size_t digits, size_t lead)
{
	if (letters == 0 || letters > 3)
		return 0;
	if (groups == 5 && pairs == 5 && first == '0' && digits >= 6)
		return 1;
	return (chars == 13 || chars == 15) && groups >= 4 && digits >= 9 &&
	    lead == 1 && (first == '1' || first == '2' || first == '7' ||
	    first == '8');
}

/* The length from i of the longest such number ("... O8 ok": not "o"),
 * or 0. */
static size_t
ocr_grouped(const uint8_t *p, size_t len, size_t i)
{
	size_t k = i, letters = 0, digits = 0, groups = 0, pairs = 0, n;
	size_t lead = 0, best = 0;
	uint8_t first;

	if (i > 0 && ocr_alnum(p[i - 1]))
		return 0;
	first = p[i] == 'O' || p[i] == 'o' ? '0' : p[i] == 'l' ||
	    p[i] == 'I' ? '1' : p[i];
	while (groups < 7) {
		n = ocr_run(p, len, k, 5, &letters, &digits);
		if (n == 0 || n > 3 || (k + n < len && ocr_alnum(p[k + n])))
			break;
		if (groups == 0)
			lead = n;
		pairs += n == 2;
		groups++;
		k += n;
		if (ocr_grouped_ok(first, groups, pairs, k - i - (groups - 1),
		    letters, digits, lead))
			best = k - i;
		if (k + 1 >= len || (p[k] != ' ' && p[k] != '.' && p[k] != '-'))
			break;
		k++;
	}
	return best;
}

/* The start of a phone or NIR of OCR'd groups (ocr_grouped) that holds
 * byte k, up to 20 bytes back, or len; its length in *m. */
static size_t
ocr_grouped_start(const uint8_t *p, size_t len, size_t k, size_t *m)
{
	for (size_t b = k + 1; b > 0 && k + 1 - b < 20; b--) {
		size_t st = b - 1;

		if (!(p[st] >= '0' && p[st] <= '9') && !ocr_letter(p[st]) &&
		    p[st] != ' ' && p[st] != '.' && p[st] != '-')
			break;
		if ((*m = ocr_grouped(p, len, st)) != 0 && st + *m > k)
			return st;
	}
	return len;
}

/* Street words after which an OCR'd house number is read ("l2 rue"). */
static const char *const ocr_street_words[] = {
	"rue ", "avenue ", "av ", "av. ", "bd ", "boulevard ", "chemin ",
	"impasse ", "place ", "route ", "quai ", "cours ", "all\xc3\xa9" "e ",
	"allee ", NULL,
};

/* "5l100 Reims": five, at least three true digits, then a space and a
 * capital (two, the département's, when the rest are zeros: "44OOO
 * Nantes"); "l2 rue": one to three, a true digit, then a street word.
 * five before a city in capitals of three letters or more
 * ("O6OOO NICE", "7500l PARIS"): one true digit is enough, and the last
 * may be an l (before a capitalized word, no unit: "5000l" of litres is
 * glued to a unit or to nothing).  The length from i, or 0. */
static size_t
ocr_number(const uint8_t *p, size_t len, size_t i)
{
	size_t letters = 0, digits = 0, n, k;

	n = ocr_run(p, len, i, 6, &letters, &digits);
	k = i + n;
	if (letters == 0 || k + 2 >= len || p[k] != ' ')
		return 0;
	if (n == 5 && digits >= 1 && k + 4 <= len && p[k + 1] >= 'A' &&
	    p[k + 1] <= 'Z' && p[k + 2] >= 'A' && p[k + 2] <= 'Z' &&
	    p[k + 3] >= 'A' && p[k + 3] <= 'Z')
		return n;
	if (p[i + n - 1] == 'l' || p[i + n - 1] == 'I')
		return 0;
	if (n == 5 && digits >= 3 && ((p[k + 1] >= 'A' && p[k + 1] <= 'Z') ||
	    p[k + 1] == 0xc3))
		return n;
	/* "44OOO Nantes", "29OO0 Quimper": a département's two true digits
	 * first, the rest zeros read as O (a city's round postcode) before
	 * a capital (leaks19b); no word is two digits and O's */
	if (n == 5 && p[i] >= '0' && p[i] <= '9' && p[i + 1] >= '0' &&
	    p[i + 1] <= '9' && ((p[k + 1] >= 'A' && p[k + 1] <= 'Z') ||
	    p[k + 1] == 0xc3)) {
		size_t z = i + 2;

		while (z < k && (p[z] == 'O' || p[z] == 'o' || p[z] == '0'))
			z++;
		if (z == k)
			return n;
	}
	if (n > 3 || digits == 0)
		return 0;
	for (size_t w = 0; ocr_street_words[w] != NULL; w++) {
		size_t m = strlen(ocr_street_words[w]), q;

		if (k + 1 + m > len)
			continue;
		for (q = 0; q < m && (p[k + 1 + q] | (p[k + 1 + q] < 0x80 ?
		    32 : 0)) == (uint8_t)ocr_street_words[w][q]; q++)
			;
		if (q == m)
			return n;
	}
	return 0;
}

static int
ocr_lower(uint8_t c)
{
	return c >= 'a' && c <= 'z';
}

static int
ocr_ascii_letter(uint8_t c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* "Mou1in", "C0MPTE", "H0SPITALISATI0N", "Rol4nd": a 1, a 0 or a 4 with
 * two lower-case letters each side, or a 0 between two capitals, is the
 * letter the page had (a name or a street read whole again); so is a 0
 * after a capital before two lower-case letters ("C0ulibaly") and a 0
 * after two lower-case letters before the last one ("Seyd0u").  Not
 * "HbA1c", "hba1c", "H1N1", "B12", "CD4", "T2N0". */
static int
ocr_in_word(const uint8_t *p, size_t len, size_t k)
{
	uint8_t a, b;

	if (k == 0 || k + 1 >= len || (p[k] != '0' && p[k] != '1' &&
	    p[k] != '4'))
		return 0;
	a = p[k - 1];
	b = p[k + 1];
	/* two letters each side: "hba1c" stays */
	if (ocr_lower(a) && ocr_lower(b) && k >= 2 && k + 2 < len &&
	    ocr_ascii_letter(p[k - 2]) && ocr_ascii_letter(p[k + 2]))
		return p[k] == '1' ? 'l' : p[k] == '4' ? 'a' : 'o';
	if (p[k] != '0')
		return 0;
	if (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z')
		return 'O';
	/* the start of a name ("C0ulibaly"), the end of one ("Seyd0u") */
	if (a >= 'A' && a <= 'Z' && ocr_lower(b) && k + 2 < len &&
	    ocr_lower(p[k + 2]) && (k < 2 || !ocr_ascii_letter(p[k - 2])))
		return 'o';
	if (ocr_lower(a) && ocr_lower(b) && k >= 2 && ocr_lower(p[k - 2]) &&
	    (k + 2 >= len || !ocr_ascii_letter(p[k + 2])))
		return 'o';
	return 0;
}

/* The next digit from k with an OCR letter beside it, or len.  Eight
 * bytes at a time: most blocks hold no digit. */
static size_t
ocr_next(const uint8_t *p, size_t len, size_t k)
{
	const uint64_t ones = 0x0101010101010101ULL;

	while (k < len) {
		if (k + 8 <= len) {
			uint64_t v, x;

			memcpy(&v, p + k, 8);
			x = v ^ (ones * '0');
			/* no byte below 10 after the xor: no digit */
			if (((x - ones * 10) & ~x & (ones * 0x80)) == 0) {
				k += 8;
				continue;
			}
		}
		for (size_t end = k + 8 < len ? k + 8 : len; k < end; k++)
			if (p[k] >= '0' && p[k] <= '9' && ((k > 0 &&
			    ocr_letter(p[k - 1])) || (k + 1 < len &&
			    ocr_letter(p[k + 1])) || ocr_in_word(p, len, k)))
				return k;
	}
	return len;
}

/* The number with an OCR letter that holds the digit at k, in one of
 * the shapes above: its start (its length in *m), or len. */
static size_t
ocr_shape_at(const uint8_t *p, size_t len, size_t k, size_t *m)
{
	size_t st;

	if ((st = ocr_grouped_start(p, len, k, m)) < len)
		return st;
	/* back to the start of the number */
	for (st = k; st > 0 && k - st < 12 && ((p[st - 1] >= '0' &&
	    p[st - 1] <= '9') || ocr_letter(p[st - 1]) ||
	    p[st - 1] == '/' || p[st - 1] == '.' || p[st - 1] == '-');
	    st--)
		;
	while (st < k && !(p[st] >= '0' && p[st] <= '9') && !ocr_letter(p[st]))
		st++;
	if ((st > 0 && ocr_alnum(p[st - 1])) ||
	    ((*m = ocr_date(p, len, st)) == 0 &&
	    (*m = ocr_number(p, len, st)) == 0 &&
	    (*m = ocr_year(p, len, st)) == 0 &&
	    (*m = ocr_long(p, len, st)) == 0))
		return len;
	return st;
}

/* The source copied as it is, each byte its own offset. */
static int
copy_identity(struct textnorm *n, const char *src, size_t len)
{
	int r;

	buf_reset(&n->text);
	if ((r = reserve_map(n, len + 1)) != 0 ||
	    (r = buf_append(&n->text, src, len)) != 0)
		return r;
	for (size_t i = 0; i <= len; i++)
		n->map[i] = (uint32_t)i;
	n->changed = 1;
	return 0;
}

int
textnorm_ocr(struct textnorm *n, const char *src, size_t len)
{
	const uint8_t *p = (const uint8_t *)(n->changed ? n->text.data : src);
	size_t plen = n->changed ? n->text.len : len, k, st, m;
	uint8_t *w;
	int r, wrote = 0;

	if (plen >= UINT32_MAX)
		return 0;
	for (k = ocr_next(p, plen, 0); k < plen; k = ocr_next(p, plen, k + 1)) {
		if ((m = (size_t)ocr_in_word(p, plen, k)) != 0) {
			if (!n->changed) {
				if ((r = copy_identity(n, src, len)) != 0)
					return r;
				p = (const uint8_t *)n->text.data;
			}
			((uint8_t *)n->text.data)[k] = (uint8_t)m;
			wrote = 1;
			continue;
		}
		if ((st = ocr_shape_at(p, plen, k, &m)) == plen)
			continue;
		if (!n->changed) {
			if ((r = copy_identity(n, src, len)) != 0)
				return r;
			p = (const uint8_t *)n->text.data;
		}
		w = (uint8_t *)n->text.data;
		for (size_t q = st; q < st + m; q++)
			if (w[q] == 'l' || w[q] == 'I')
				w[q] = '1';
			else if (w[q] == 'O' || w[q] == 'o')
				w[q] = '0';
		wrote = 1;
		/* a shape found from before k may end before it ("2026/88412la":
		 * the year 2026 from the 'l'): on from k, never back to it,
		 * which found the same shape again and again */
		if (st + m > k)
			k = st + m;
	}
	return wrote;
}

size_t
textnorm_src_start(const struct textnorm *n, size_t b)
{
	return n->changed ? n->map[b] : b;
}

/* The end of the unit that holds the span's last byte. */
size_t
textnorm_src_end(const struct textnorm *n, size_t e)
{
	size_t j;

	if (!n->changed || e == 0)
		return e;
	for (j = e; j < n->text.len && n->map[j] == n->map[e - 1]; j++)
		;
	return n->map[j];
}

void
textnorm_free(struct textnorm *n)
{
	buf_free(&n->text);
	free(n->map);
	n->map = NULL;
	n->map_cap = 0;
	free(n->rlo);
	n->rlo = NULL;
	n->rlo_cap = 0;
	n->nrlo = 0;
	ev_chars_free(n);
	buf_free(&n->ev_text);
	free(n->ev_map);
	n->ev_map = NULL;
	n->ev_map_cap = 0;
	n->nbidi = 0;
}
