/* Value and header normalization (libunistring for case folding and
 * decomposition; an ASCII fast path because most cells are ASCII). */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uniname.h>
#include <uninorm.h>
#include <unistr.h>
#include <unicode/uspoof.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "norm.h"
#include "util.h"

int
norm_kind_parse(const char *name, enum norm_kind *kind)
{
	static const struct { const char *name; enum norm_kind kind; } kinds[] = {
		{ "text", NORM_TEXT }, { "nir", NORM_NIR },
		{ "digits", NORM_DIGITS }, { "exact", NORM_EXACT },
	};

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (strcmp(name, kinds[i].name) == 0) {
			*kind = kinds[i].kind;
			return 0;
		}
	}
	return -EINVAL;
}

/*
 * Append one folded code point, collapsing runs of spaces to one and never
 * starting with a space (the trailing one is removed by the caller).
 * Hyphens count as spaces: "Jean-Pierre" and "JEAN PIERRE" are one person
 * far more often than two.
 */
static int
put_folded(struct buf *out, ucs4_t uc)
{
	uint8_t tmp[6];
	int n;

	switch (uc) {
	case '\t': case '\n': case '\r': case '-': case 0x00a0: case 0x2010:
	case 0x2011: case 0x2013: case 0x202f:
		uc = ' ';
		break;
	case 0x2019: case 0x02bc: case 0x2018: case 0x00b4: case 0x0060:
		uc = '\'';
		break;
	case 0x0153:	/* œ has no decomposition, but "coeur" is how it is typed */
		if (buf_putc(out, 'o') != 0)
			return -ENOMEM;
		uc = 'e';
		break;
	case 0x00e6:	/* æ */
		if (buf_putc(out, 'a') != 0)
			return -ENOMEM;
		uc = 'e';
		break;
	}
	if (uc == ' ') {
		if (out->len == 0 || out->data[out->len - 1] == ' ')
			return 0;
		return buf_putc(out, ' ');
	}
	if (uc < 0x80)
		return buf_putc(out, (char)uc);
	if (uc_is_general_category(uc, UC_CATEGORY_M))
		return 0;	/* accents, once decomposed */
	if ((n = u8_uctomb(tmp, uc, sizeof(tmp))) < 0)
		return -EILSEQ;
	return buf_append(out, tmp, (size_t)n);
}

/* The general path: libunistring folds and decomposes the whole string. */
static int
norm_text_slow(const char *s, size_t len, struct buf *out)
{
	uint8_t *folded;
	size_t flen = 0, i;
	ucs4_t uc;
	int n, r = 0;

	if (u8_check((const uint8_t *)s, len) != NULL)
		return -EILSEQ;
	/* Compatibility decomposition folds ligatures and width variants;
	 * casefold maps ß to ss. */
	folded = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD, NULL,
	    &flen);
	if (folded == NULL)
		return -ENOMEM;
	for (i = 0; i < flen && r == 0; i += (size_t)n) {
		n = u8_mbtouc(&uc, folded + i, flen - i);
		r = put_folded(out, uc);
	}
	free(folded);
	return r;
}

/*
 * Latin letters with accents are most of the non-ASCII text in French
 * exports, and libunistring's general path costs more than the rest of a
 * cell's processing.  So the folded form of every code point from U+0080
 * to U+024F is computed once, by the general path itself, and looked up.
 * Folding these one at a time gives what folding the string gives (none of
 * them folds differently in context); test_norm checks it for all of them.
 */
#define LATIN_END	0x250
#define LATIN_FOLD_MAX	7

static struct {
	char	len;
	char	text[LATIN_FOLD_MAX];
	/* What put_folded makes of text, when that is the same in any
	 * context (no space in it, which would collapse with its
	 * neighbours): "é" -> "e", "ß" -> "ss".  -1: feed text instead. */
	char	out_len;
	char	out[LATIN_FOLD_MAX];
} latin[LATIN_END];
static pthread_once_t latin_once = PTHREAD_ONCE_INIT;
static int latin_ok;

static int put_latin(struct buf *out, ucs4_t uc);
static void latin_out_init(ucs4_t uc);

static void
latin_init(void)
{
	uint8_t utf8[4], *folded;
	size_t flen;
	int n;

	for (ucs4_t uc = 0x80; uc < LATIN_END; uc++) {
		latin[uc].len = -1;	/* unless filled: the general path */
		n = u8_uctomb(utf8, uc, sizeof(utf8));
		if (n <= 0)
			continue;
		flen = 0;
		folded = u8_casefold(utf8, (size_t)n, NULL, UNINORM_NFKD, NULL,
		    &flen);
		if (folded == NULL)
			return;	/* latin_ok stays 0 */
		if (flen <= LATIN_FOLD_MAX) {
			latin[uc].len = (char)flen;
			memcpy(latin[uc].text, folded, flen);
		}
		free(folded);
	}
	latin_ok = 1;
	for (ucs4_t uc = 0x80; uc < LATIN_END; uc++)
		latin_out_init(uc);
}

/* latin[uc].out: put_latin after a letter, kept when it holds no space. */
static void
latin_out_init(ucs4_t uc)
{
	struct buf b = BUF_INIT;

	latin[uc].out_len = -1;
	if (latin[uc].len < 0 || buf_putc(&b, 'x') != 0)
		return;
	if (put_latin(&b, uc) == 0 && b.len - 1 <= LATIN_FOLD_MAX &&
	    memchr(b.data + 1, ' ', b.len - 1) == NULL) {
		latin[uc].out_len = (char)(b.len - 1);
		memcpy(latin[uc].out, b.data + 1, b.len - 1);
	}
	buf_free(&b);
}

/* Feed the table's folded code points to put_folded, as the general path
 * feeds a whole string's. */
static int
put_latin(struct buf *out, ucs4_t uc)
{
	const uint8_t *t = (const uint8_t *)latin[uc].text;
	size_t len = (size_t)latin[uc].len, i;
	ucs4_t c;
	int n, r;

	for (i = 0; i < len; i += (size_t)n) {
		n = u8_mbtouc(&c, t + i, len - i);
		if ((r = put_folded(out, c)) != 0)
			return r;
	}
	return 0;
}

/*
 * What put_folded makes of an ASCII character, as a table: lower case;
 * tab, line ends and hyphen as a space; the backquote as an apostrophe.
 */
static unsigned char
ascii_folded(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return (unsigned char)(c + 'a' - 'A');
	if (c == '\t' || c == '\n' || c == '\r' || c == '-')
		return ' ';
	if (c == '`')
		return '\'';
	return c;
}

static unsigned char ascii_fold[128];
static pthread_once_t ascii_once = PTHREAD_ONCE_INIT;

static void
ascii_init(void)
{
	for (unsigned c = 0; c < 128; c++)
		ascii_fold[c] = ascii_folded((unsigned char)c);
}

/* Per byte of a word of ASCII bytes (below 0x80: no carry crosses a byte
 * in these sums), the high bit where the byte is c, below c, or in lo..hi. */
#define W_ONES		0x0101010101010101ULL
#define W_HIGHS		0x8080808080808080ULL
#define W_LOW7		0x7f7f7f7f7f7f7f7fULL
#define W_IS(w, c)	(~(((w) ^ (W_ONES * (c))) + W_LOW7) & W_HIGHS)
#define W_BELOW(w, c)	(~((w) + W_ONES * (0x80 - (c))) & W_HIGHS)
#define W_IN(w, lo, hi)	(((w) + W_ONES * (0x80 - (lo))) & \
			    ~((w) + W_ONES * (0x7f - (hi))) & W_HIGHS)

/*
 * Eight ASCII bytes folded at once when that is what the table and the
 * space rule give byte by byte: the hyphen made a space first (as the
 * table makes it: "Jean-Claude", "Saint-Malo" of the row's values, which
 * scrub folds for every comment, went byte by byte), then no byte the
 * table maps to another than its lower case (control bytes, backquote),
 * and no space that would collapse (two in a row, or one first after a
 * space or at the start).  1 with the folded word in *w, 0 to go byte by
 * byte.
 */
static inline int
fold_ascii_word(uint64_t *w, int last_space)
{
	uint64_t x = *w, sp;

	x -= (W_IS(x, '-') >> 7) * ('-' - ' ');	/* no borrow: '-' > 13 */
	sp = W_IS(x, ' ');
	if (W_BELOW(x, 0x20) | W_IS(x, '`') |
	    (sp & (sp >> 8)) | (sp & (last_space ? 0x80u : 0)))
		return 0;
	*w = x + (W_IN(x, 'A', 'Z') >> 2);
	return 1;
}

#if defined(__SSE2__)
/*
 * fold_ascii_word for sixteen bytes (any byte >= 0x80 refuses too): 1 with
 * the folded bytes in *v, 0 to go eight or one at a time.
 */
static inline int
fold_ascii_block(__m128i *v, int last_space)
{
	const __m128i hy = _mm_cmpeq_epi8(*v, _mm_set1_epi8('-'));
	/* the hyphen a space first, as in fold_ascii_word */
	const __m128i x = _mm_or_si128(_mm_andnot_si128(hy, *v),
	    _mm_and_si128(hy, _mm_set1_epi8(' ')));
	unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8(' ')));
	__m128i up;

	/* Bytes >= 0x80 are negative: below 0x20 catches them too. */
	if (_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(x,
	    _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(x, _mm_set1_epi8('`')))) |
	    (sp & (sp >> 1)) | (sp & (unsigned)(last_space != 0)))
		return 0;
	up = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
	    _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
	*v = _mm_add_epi8(x, _mm_and_si128(up, _mm_set1_epi8('a' - 'A')));
	return 1;
}
#endif

/*
 * The ASCII run at s[*i..]: folded straight into out's memory, spaces
 * collapsed as put_folded collapses them (never one first, never two in a
 * row).  Each byte gives at most one, so one reservation is enough.  Eight
 * bytes at a time where fold_ascii_word can (little-endian: the first byte
 * is the word's lowest), else byte by byte.
 */
static int
fold_ascii_run(const unsigned char *p, size_t len, size_t *i,
    struct buf *out)
{
	size_t k = *i, stop, at;
	int last_space, space, after = 0, r;
	uint64_t w;
	char *d;

	if ((r = buf_reserve(out, len - k)) != 0)
		return r;
	d = out->data + out->len;
	last_space = out->len == 0 || d[-1] == ' ';
	/*
	 * Sixteen, then eight at a time.  `after`: the bytes just before k
	 * were folded by a block or a word, one for one, so the last block or
	 * word of the run may overlap them: it writes the bytes already
	 * written again, and the pairs of spaces across its start were
	 * checked with them.
	 */
#if defined(__SSE2__)
	while (k < len && (len - k >= 16 || after)) {
		__m128i v;

		at = len - k >= 16 ? k : len - 16;
		v = _mm_loadu_si128((const __m128i *)(const void *)(p + at));
		if (!fold_ascii_block(&v, at == k && last_space))
			break;
		_mm_storeu_si128((__m128i *)(void *)(d - (k - at)), v);
		d += len - k >= 16 ? 16 : len - k;
		k = at + 16;
		last_space = d[-1] == ' ';
		after = 1;
	}
#endif
	while (k < len) {
		stop = len;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (len - k >= 8 || after) {
			at = len - k >= 8 ? k : len - 8;
			memcpy(&w, p + at, 8);
			if ((w & W_HIGHS) == 0 &&
			    fold_ascii_word(&w, at == k && last_space)) {
				memcpy(d - (k - at), &w, 8);
				d += len - k >= 8 ? 8 : len - k;
				k = at + 8;
				last_space = d[-1] == ' ';
				after = 1;
				continue;
			}
			if (at == k)
				stop = k + 8;
		}
#endif
		/* Without a branch per byte (spaces fall anywhere in an
		 * address): every byte is stored, and a space after a space or
		 * at the start is overwritten by the next one. */
		after = 0;
		for (; k < stop && p[k] < 0x80; k++) {
			char c = (char)ascii_fold[p[k]];
			space = c == ' ';
			*d = c;
			d += !(space & last_space);
			last_space = space;
		}
		if (k < stop)
			break;	/* a byte >= 0x80 */
	}
	out->len = (size_t)(d - out->data);
	*i = k;
	return 0;
}

/* Both tables, made once; the flag spares a call to pthread_once per cell
 * once they are (it is set after, so a reader that sees it sees them). */
static int tables_ready;

static inline void
tables_init(void)
{
	if (__atomic_load_n(&tables_ready, __ATOMIC_ACQUIRE))
		return;
	pthread_once(&latin_once, latin_init);
	pthread_once(&ascii_once, ascii_init);
	__atomic_store_n(&tables_ready, 1, __ATOMIC_RELEASE);
}

/*
 * One to seven bytes (most names: "Dylan", "MATTEI", "LE ROUX", which
 * scrub folds for every comment of their row) as one word, as
 * fold_ascii_whole folds eight: read by two loads that overlap (the bytes
 * they share are the same, so or-ing them is exact), the rest of the word
 * filled with 'a', which folds to itself and refuses nothing.  1 with the
 * value folded in out, 0 to go byte by byte (out untouched), -ENOMEM.
 */
static inline int
fold_ascii_short(const unsigned char *p, size_t len, struct buf *out)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t a;
	char *d;

	if (len == 0 || out->len != 0)
		return 0;
	if (len >= 4) {
		uint32_t lo, hi;

		memcpy(&lo, p, 4);
		memcpy(&hi, p + len - 4, 4);
		a = lo | (uint64_t)hi << (8 * (len - 4));
	} else if (len >= 2) {
		uint16_t lo, hi;

		memcpy(&lo, p, 2);
		memcpy(&hi, p + len - 2, 2);
		a = lo | (uint64_t)hi << (8 * (len - 2));
	} else {
		a = p[0];
	}
	a |= 0x6161616161616161ULL & (~(uint64_t)0 << (8 * len));
	if ((a & W_HIGHS) != 0 || !fold_ascii_word(&a, 1))
		return 0;
	if (buf_reserve(out, 8) != 0)
		return -ENOMEM;
	d = out->data;
	memcpy(d, &a, 8);
	out->len = len - (d[len - 1] == ' ');
	return 1;
#else
	(void)p;
	(void)len;
	(void)out;
	return 0;
#endif
}

/*
 * A whole value of 8 to 32 ASCII bytes that folds one for one (most
 * emails and phone numbers, many addresses): two overlapping blocks of
 * sixteen, or words of eight, checked and folded at once, with none of
 * fold_ascii_run's bookkeeping.  The pairs of spaces across the second's
 * start are within the first (they overlap) but at 32 bytes, where the
 * byte before it is passed.  1 when done, 0 for the general path (out is
 * untouched), -ENOMEM.
 */
static int
fold_ascii_whole(const unsigned char *p, size_t len, struct buf *out)
{
	char *d;

	if (len < 8)
		return fold_ascii_short(p, len, out);
	if (len > 32 || out->len != 0)
		return 0;
	if (buf_reserve(out, len) != 0)
		return -ENOMEM;
	d = out->data;
#if defined(__SSE2__)
	if (len >= 16) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)p),
		    b = _mm_loadu_si128((const __m128i *)(const void *)(p +
		    len - 16));

		if (!fold_ascii_block(&a, 1) ||
		    !fold_ascii_block(&b, len == 32 && (p[15] == ' ' ||
		    p[15] == '-')))
			return 0;
		/* The second block first: the keyed hash reads the value
		 * by words from its start, each then within one store (a
		 * load across two waits for both). */
		_mm_storeu_si128((__m128i *)(void *)(d + len - 16), b);
		_mm_storeu_si128((__m128i *)(void *)d, a);
		out->len = len - (d[len - 1] == ' ');
		return 1;
	}
#else
	if (len >= 16)
		return 0;
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	{
		uint64_t a, b;

		memcpy(&a, p, 8);
		memcpy(&b, p + len - 8, 8);
		if (((a | b) & W_HIGHS) != 0 || !fold_ascii_word(&a, 1) ||
		    !fold_ascii_word(&b, 0))
			return 0;
		memcpy(d + len - 8, &b, 8);	/* first: as above */
		memcpy(d, &a, 8);
		out->len = len - (d[len - 1] == ' ');
		return 1;
	}
#else
	return 0;
#endif
}

static int
norm_text(const char *s, size_t len, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;
	int r;

	tables_init();
	if ((r = fold_ascii_whole(p, len, out)) != 0)
		return r < 0 ? r : 0;
	for (i = 0; i < len; i++) {
		unsigned char c = p[i];
		if (c < 0x80) {
			if ((r = fold_ascii_run(p, len, &i, out)) != 0)
				return r;
			if (i == len)
				break;
			c = p[i];	/* the byte after the run, not ASCII */
		}
		/* Two-byte sequences up to U+024F, from the table. */
		if (latin_ok && c >= 0xc2 && c <= 0xc9 && i + 1 < len &&
		    (p[i + 1] & 0xc0) == 0x80) {
			ucs4_t uc = ((ucs4_t)(c & 0x1f) << 6) | (p[i + 1] & 0x3f);
			if (uc < LATIN_END && latin[uc].out_len >= 0) {
				if ((r = buf_append(out, latin[uc].out,
				    (size_t)latin[uc].out_len)) != 0)
					return r;
				i++;
				continue;
			}
			if (uc < LATIN_END && latin[uc].len >= 0) {
				if ((r = put_latin(out, uc)) != 0)
					return r;
				i++;
				continue;
			}
		}
		/* Anything else: the whole cell takes the general path. */
		buf_reset(out);
		if ((r = norm_text_slow(s, len, out)) != 0)
			return r;
		break;
	}
	if (out->len > 0 && out->data[out->len - 1] == ' ')
		out->len--;
	return 0;
}

/*
 * Lower case as u8_tolower(NFC) gives it, for the words scrub looks up:
 * ASCII by arithmetic, U+0080-U+024F from a table made once by
 * u8_tolower itself (none of them composes with a neighbour or maps
 * differently in context; test_norm checks it against libunistring).
 */
static struct {
	char	len;
	char	text[4];
} latin_low[LATIN_END];
static pthread_once_t latin_low_once = PTHREAD_ONCE_INIT;
static int latin_low_ok;

static void
latin_low_init(void)
{
	uint8_t utf8[4], low[16], *res;
	size_t llen;
	int n;

	for (ucs4_t uc = 0x80; uc < LATIN_END; uc++) {
		latin_low[uc].len = -1;
		if ((n = u8_uctomb(utf8, uc, sizeof(utf8))) <= 0)
			continue;
		llen = sizeof(low);
		res = u8_tolower(utf8, (size_t)n, NULL, UNINORM_NFC, low, &llen);
		if (res == NULL)
			return;	/* latin_low_ok stays 0 */
		if (res == low && llen <= sizeof(latin_low[uc].text)) {
			latin_low[uc].len = (char)llen;
			memcpy(latin_low[uc].text, low, llen);
		}
		if (res != low)
			free(res);
	}
	latin_low_ok = 1;
}

ssize_t
norm_lower_latin(const char *s, size_t n, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, o = 0;

	pthread_once(&latin_low_once, latin_low_init);
	if (!latin_low_ok)
		return -1;
	for (i = 0; i < n; i++) {
		unsigned char c = p[i];
		if (c < 0x80) {
			if (o == cap)
				return -1;
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		if (c < 0xc2 || c > 0xc9 || i + 1 == n || (p[i + 1] & 0xc0) != 0x80)
			return -1;
		ucs4_t uc = ((ucs4_t)(c & 0x1f) << 6) | (p[i + 1] & 0x3f);
		if (uc >= LATIN_END || latin_low[uc].len < 0 ||
		    cap - o < (size_t)latin_low[uc].len)
			return -1;
		memcpy(out + o, latin_low[uc].text, (size_t)latin_low[uc].len);
		o += (size_t)latin_low[uc].len;
		i++;
	}
	return (ssize_t)o;
}

int
norm_latin_fold(unsigned uc, const char **out)
{
	tables_init();
	if (!latin_ok || uc < 0x80 || uc >= LATIN_END || latin[uc].out_len < 0)
		return -1;
	*out = latin[uc].out;
	return latin[uc].out_len;
}

/* For tests: the general path alone. */
int
norm_text_reference(const char *s, size_t len, struct buf *out)
{
	int r;

	buf_reset(out);
	if ((r = norm_text_slow(s, len, out)) != 0)
		return r;
	if (out->len > 0 && out->data[out->len - 1] == ' ')
		out->len--;
	return 0;
}

int
norm_value(enum norm_kind kind, const char *s, size_t len, struct buf *out)
{
	size_t i;

	buf_reset(out);
	switch (kind) {
	case NORM_TEXT:
		return norm_text(s, len, out);
	case NORM_NIR:
		for (i = 0; i < len; i++) {
			char c = s[i];
			if (c == ' ' || c == '.' || c == '-' || c == '\t')
				continue;
			if (c >= 'a' && c <= 'z')
				c -= 'a' - 'A';
			if (buf_putc(out, c) != 0)
				return -ENOMEM;
		}
		/* The key is a function of the body: the 13- and 15-character
		 * forms of one NIR must give one pseudonym. */
		if (out->len == 15)
			out->len = 13;
		return 0;
	case NORM_DIGITS:
		if (buf_reserve(out, len) != 0)
			return -ENOMEM;
		/* Digits alone (most identifiers): as they are, checked a word
		 * at a time. */
		if (len >= 8 && util_is_digits(s, len)) {
			buf_copy(out->data, s, len);	/* inline up to 16 */
			out->len = len;
			return 0;
		}
		/* Every byte is stored, a digit moves on (no branch). */
		for (i = 0; i < len; i++) {
			out->data[out->len] = s[i];
			out->len += s[i] >= '0' && s[i] <= '9';
		}
		return 0;
	case NORM_EXACT:
		return buf_append(out, s, len);
	}
	return -EINVAL;
}

/*
 * UTS #39 skeleton of NUL-terminated UTF-8 text (ICU's confusables data):
 * Cyrillic "о", Greek "ο" and Latin "o" give one skeleton, so a header
 * written with look-alike letters meets its rule.  The checker is made
 * once; its skeleton function only reads it, from any thread.
 */
static USpoofChecker *spoof;
static pthread_once_t spoof_once = PTHREAD_ONCE_INIT;

static void
spoof_open(void)
{
	UErrorCode st = U_ZERO_ERROR;

	spoof = uspoof_open(&st);
	if (U_FAILURE(st))
		spoof = NULL;
}

/*
 * The skeleton of the text in capitals.  Case first: the skeleton is not
 * case-blind ("M" stays, "m" is "rn"; "I" is "l", "i" stays), and the
 * capitals are where Greek and Cyrillic look most like Latin ("ΝΟΜ";
 * "νομ" is "NOM" too, though "ν" alone looks like a "v": a header meets
 * a rule more often, never less).
 */
static int
skeleton(const char *s, size_t len, struct buf *out)
{
	UErrorCode st = U_ZERO_ERROR;
	uint8_t *up;
	size_t uplen = 0;
	int32_t n;

	pthread_once(&spoof_once, spoof_open);
	if (spoof == NULL)
		return -ENOMEM;		/* fail closed: no matching without it */
	if ((up = u8_toupper((const uint8_t *)s, len, NULL, NULL, NULL,
	    &uplen)) == NULL)
		return errno == EILSEQ ? -EILSEQ : -ENOMEM;
	s = (const char *)up;
	len = uplen;
	if (len > INT32_MAX / 4) {
		free(up);
		return -ENOMEM;
	}
	buf_reset(out);
	if (buf_reserve(out, len * 4 + 16) != 0) {
		free(up);
		return -ENOMEM;
	}
	n = uspoof_getSkeletonUTF8(spoof, 0, s, (int32_t)len, out->data,
	    (int32_t)out->cap, &st);
	if (st == U_BUFFER_OVERFLOW_ERROR) {
		st = U_ZERO_ERROR;
		if (buf_reserve(out, (size_t)n + 1) != 0) {
			free(up);
			return -ENOMEM;
		}
		n = uspoof_getSkeletonUTF8(spoof, 0, s, (int32_t)len, out->data,
		    (int32_t)out->cap, &st);
	}
	free(up);
	if (U_FAILURE(st))
		return st == U_MEMORY_ALLOCATION_ERROR ? -ENOMEM : -EILSEQ;
	out->len = (size_t)n;
	return 0;
}

int
norm_latin_base(unsigned uc)
{
	/* And letters drawn in a box or a disc, or as a regional
	 * indicator, which Unicode counts as symbols and NFKC leaves as
	 * they are: "🅳🆄🅿🅾🅽🆃.csv", "Sexe 🇿🇴🇷🇬" read DUPONT and ZORG,
	 * and were a kept name and a header of the kept Sexe's rule
	 * (hostile22).  Capitals: the lowercase test below is index 1's. */
	static const char *const prefixes[] = { "LATIN CAPITAL LETTER ",
	    "LATIN SMALL LETTER ", "LATIN LETTER ",
	    "REGIONAL INDICATOR SYMBOL LETTER ",
	    "NEGATIVE SQUARED LATIN CAPITAL LETTER ",
	    "NEGATIVE CIRCLED LATIN CAPITAL LETTER ",
	    "SQUARED LATIN CAPITAL LETTER ", "CIRCLED LATIN CAPITAL LETTER " };
	static const char *const drawn[] = { "SMALL CAPITAL ", "DOTLESS ",
	    "SCRIPT ", "AFRICAN " };
	char name[UNINAME_MAX];
	const char *p;

	if (uc < 0x80 || unicode_character_name(uc, name) == NULL)
		return 0;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i]);

		if (strncmp(name, prefixes[i], n) != 0)
			continue;
		p = name + n;
		for (size_t j = 0; j < sizeof(drawn) / sizeof(drawn[0]); j++)
			if (strncmp(p, drawn[j], strlen(drawn[j])) == 0) {
				p += strlen(drawn[j]);
				break;
			}
		if (p[0] < 'A' || p[0] > 'Z' || (p[1] != '\0' &&
		    strncmp(p + 1, " WITH ", 6) != 0))
			return 0;
		return i == 1 ? p[0] - 'A' + 'a' : p[0];
	}
	return 0;
}

int
norm_drawn_number(unsigned uc, char digits[2])
{
	uc_fraction_t v;

	if (uc < 0x80 || !uc_is_general_category(uc, UC_CATEGORY_No))
		return 0;
	v = uc_numeric_value(uc);
	if (v.denominator != 1 || v.numerator < 0 || v.numerator > 99)
		return 0;
	if (v.numerator < 10) {
		digits[0] = (char)('0' + v.numerator);
		return 1;
	}
	digits[0] = (char)('0' + v.numerator / 10);
	digits[1] = (char)('0' + v.numerator % 10);
	return 2;
}

int
norm_header(const char *s, size_t len, struct buf *out)
{
	struct buf stripped = BUF_INIT, text = BUF_INIT;
	size_t i;
	int r = 0;

	buf_reset(out);
	/* "N°" and "Nº" are both written and neither sign is part of the
	 * name; drop them before NFKD turns º into a letter. */
	for (i = 0; i < len; i++) {
		ucs4_t uc;
		int m, base;

		if ((unsigned char)s[i] == 0xc2 && i + 1 < len &&
		    ((unsigned char)s[i + 1] == 0xb0 ||
		    (unsigned char)s[i + 1] == 0xba)) {
			i++;
			continue;
		}
		/* A small capital or a letter with a stroke, which neither
		 * NFKC nor the skeleton reads as its letter ("Pʀénom",
		 * "Nᴏm" with ɴ, "ĐDN"): its letter (norm_latin_base). */
		if ((unsigned char)s[i] >= 0x80 &&
		    (m = u8_mbtoucr(&uc, (const uint8_t *)s + i, len - i)) > 0 &&
		    (base = norm_latin_base(uc)) != 0) {
			if ((r = buf_putc(&stripped, (char)base)) != 0)
				goto out;
			i += (size_t)m - 1;
			continue;
		}
		if ((r = buf_putc(&stripped, s[i])) != 0)
			goto out;
	}
	/* Folded (case, accents, compatibility forms), then its skeleton,
	 * then folded again: a skeleton has capitals and marks. */
	if ((r = norm_text(stripped.data ? stripped.data : "", stripped.len,
	    &text)) != 0 ||
	    (r = skeleton(text.data ? text.data : "", text.len, &stripped)) != 0)
		goto out;
	buf_reset(&text);
	if ((r = norm_text(stripped.data ? stripped.data : "", stripped.len,
	    &text)) != 0)
		goto out;
	for (i = 0; i < text.len; ) {
		unsigned char c = (unsigned char)text.data[i];
		ucs4_t uc;
		int n;

		if (c < 0x80) {
			if (((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) &&
			    (r = buf_putc(out, (char)c)) != 0)
				goto out;
			i++;
			continue;
		}
		/* Letters and digits only, as in ASCII: an invisible character
		 * (zero-width space, soft hyphen, BOM, bidirectional mark,
		 * variation selector), a punctuation sign, a symbol or a C1
		 * control would hide the header from its rule ("Pr<U+200B>énom",
		 * "« Nom »", "Nom<U+2800>" kept raw under columns = keep).
		 * norm_text returned valid UTF-8. */
		n = u8_mbtouc(&uc, (const uint8_t *)text.data + i, text.len - i);
		/* Braille with dots and private use characters draw letters
		 * no one here can read as such ("Sexe ⠵⠕⠗" is Sexe ZOR in
		 * Braille; a font's private glyphs): kept in the key, so the
		 * header is no rule's (hostile22).  The Braille blank is a
		 * space, above. */
		if ((uc > 0x2800 && uc <= 0x28ff) || (uc >= 0xe000 &&
		    uc <= 0xf8ff) || uc >= 0xf0000) {
			if ((r = buf_append(out, text.data + i, (size_t)n)) != 0)
				goto out;
		} else if (!uc_is_property_default_ignorable_code_point(uc) &&
		    (uc_is_general_category(uc, UC_CATEGORY_L) ||
		    uc_is_general_category(uc, UC_CATEGORY_N)) &&
		    (r = buf_append(out, text.data + i, (size_t)n)) != 0)
			goto out;
		i += (size_t)n;
	}
	if ((r = buf_putc(out, '\0')) != 0)
		goto out;
	out->len--;
 out:
	buf_free(&stripped);
	buf_free(&text);
	return r;
}

/* An escape of a character at s[i..len): "%C3", "\u00e9", "\xe9",
 * "&#233;", "&#xe9;", "&eacute;", and quoted-printable's "=E9" (an
 * attachment of a mail, in capitals).  Its length, or 0. */
static size_t
escape_at(const char *s, size_t i, size_t len)
{
	size_t k;

	if (s[i] == '%')
		return i + 2 < len && isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2]) ? 3 : 0;
	if (s[i] == '=')
		return i + 2 < len && strchr("0123456789ABCDEF", s[i + 1]) &&
		    strchr("0123456789ABCDEF", s[i + 2]) && s[i + 1] != '\0' &&
		    s[i + 2] != '\0' ? 3 : 0;
	if (s[i] == '\\' && i + 1 < len && (s[i + 1] == 'u' ||
	    s[i + 1] == 'x')) {
		size_t want = s[i + 1] == 'u' ? 4 : 2;

		for (k = 0; k < want; k++)
			if (i + 2 + k >= len ||
			    !isxdigit((unsigned char)s[i + 2 + k]))
				return 0;
		return 2 + want;
	}
	if (s[i] != '&')
		return 0;
	/* &#NNN; &#xHH; &name;: up to 10 characters before the ';' */
	for (k = i + 1; k < len && k <= i + 10 && (isalnum((unsigned char)s[k]) ||
	    (k == i + 1 && s[k] == '#')); k++)
		;
	return k < len && s[k] == ';' && k > i + 1 ? k + 1 - i : 0;
}

int
norm_header_lost(const char *s, size_t len, const char *fill,
    struct buf *out, size_t *runs, int *signs)
{
	struct buf ascii = BUF_INIT;
	size_t i = 0, n, nonletters = 0;
	int r = 0, in_run = 0;

	*runs = 0;
	*signs = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		ucs4_t uc;

		if (c >= 0x80) {
			int m = u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);

			n = (size_t)m;
			/* U+FFFD is a character an encoder could not read;
			 * two signs in a row between letters, a UTF-8 letter
			 * read in a DOS or Mac code page ("├®", "√©"). */
			if (uc == 0xfffd)
				*signs = 1;
			if (!uc_is_general_category(uc, UC_CATEGORY_L) &&
			    !uc_is_general_category(uc, UC_CATEGORY_M) &&
			    !uc_is_general_category(uc, UC_CATEGORY_N) &&
			    !uc_is_general_category(uc, UC_CATEGORY_Z)) {
				if (++nonletters >= 2)
					*signs = 1;
			} else
				nonletters = 0;
		} else if (c == '?' || (n = escape_at(s, i, len)) > 0) {
			if (c == '?')
				n = 1;
			*signs = 1;
			nonletters = 0;
		} else {
			nonletters = 0;
			in_run = 0;
			if ((r = buf_putc(&ascii, (char)c)) != 0)
				goto out;
			i++;
			continue;
		}
		i += n;
		if (in_run)
			continue;
		in_run = 1;
		if (fill != NULL && *runs < strlen(fill) && fill[*runs] != '-' &&
		    (r = buf_putc(&ascii, fill[*runs])) != 0)
			goto out;
		(*runs)++;
	}
	r = norm_header(ascii.data != NULL ? ascii.data : "", ascii.len, out);
 out:
	buf_free(&ascii);
	return r;
}

int
norm_mixed_script(const char *s, size_t len)
{
	const uc_script_t *word = NULL, *sc;

	for (size_t i = 0; i < len; ) {
		ucs4_t uc;
		int m;

		if ((m = u8_mbtoucr(&uc, (const uint8_t *)s + i, len - i)) < 0)
			return 0;	/* read as UTF-8 by the caller */
		i += (size_t)m;
		if (!uc_is_general_category(uc, UC_CATEGORY_L) &&
		    !uc_is_general_category(uc, UC_CATEGORY_M) && uc != '\'') {
			word = NULL;	/* the word ends */
			continue;
		}
		if ((sc = uc_script(uc)) == NULL ||
		    strcmp(sc->name, "Common") == 0 ||
		    strcmp(sc->name, "Inherited") == 0)
			continue;
		if (word != NULL && word != sc)
			return 1;
		word = sc;
	}
	return 0;
}

/* Greek letters a laboratory glues to Latin ones: µmol/L (the micro sign
 * folds to μ), βHCG, γGT, αFP, ΔT, κ/λ chains, ε, ω.  Not a disguise: a
 * header's look-alike of a rule's is met through the skeleton anyway. */
static int
is_science_greek(ucs4_t uc)
{
	static const ucs4_t greek[] = { 0x03b1, 0x03b2, 0x03b3, 0x03b4,
	    0x03b5, 0x03ba, 0x03bb, 0x03bc, 0x03c9 };

	for (size_t i = 0; i < sizeof(greek) / sizeof(greek[0]); i++)
		if (uc == greek[i])
			return 1;
	return 0;
}

int
norm_header_mixed(const char *s, size_t len, int *mixed)
{
	struct buf text = BUF_INIT, kept = BUF_INIT;
	int r;

	/* On the folded text (lower case; mathematical and full-width
	 * letters are Latin there, as in names.c), without the Greek of
	 * units and analytes. */
	*mixed = 0;
	if ((r = norm_text(s, len, &text)) != 0)
		goto out;
	for (size_t i = 0; i < text.len; ) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, (const uint8_t *)text.data + i,
		    text.len - i);

		if (!is_science_greek(uc) &&
		    (r = buf_append(&kept, text.data + i, (size_t)n)) != 0)
			goto out;
		i += (size_t)n;
	}
	*mixed = norm_mixed_script(kept.data ? kept.data : "", kept.len);
 out:
	buf_free(&text);
	buf_free(&kept);
	return r;
}

/*
 * Headers that name a person's direct identifier, as French and English
 * exports write them once folded (docs/policy.md, section 5: under
 * columns = keep such a header no rule names fails the file).  A header
 * is one when its key is a run of these words, at least one of them a
 * stem: "Nom", "NOM_PAT" (nom pat), "Nom de naissance", "Téléphone
 * fixe", "N° de sécurité sociale" (n de securite sociale), "Patient
 * Name", "Tel1".  One word of another kind makes it another header: "Nom
 * du médecin", "Année de naissance", "Drug name", "Statut patient".
 * Written plainly; compared through the skeleton's folding (norm_key_at).
 * Quasi-identifiers (a postcode, a city, a birth year, a sex) are not
 * stems: a policy keeps those knowingly.
 */
static const char *const norm_id_stems[] = {
	/* names */
	"nom", "noms", "prenom", "prenoms", "patronyme", "identite", "name",
	"names", "lastname", "surname", "familyname", "firstname", "givenname",
	"forename", "fullname", "middlename", "maidenname", "birthname",
	"fname", "lname", "patient", "patients",
	/* birth dates */
	"naissance", "naiss", "nais", "ddn", "neele", "nele", "nee", "dob",
	"birthdate", "birthday", "birth",
	/* NIR, social security and patient numbers */
	"nir", "nss", "ss", "secu", "securite", "insee", "ins", "ssn",
	"socialsecurity", "nhs", "ipp", "nipp", "nda", "mrn", "identifiant",
	"dossier", "matricule", "immatriculation",
	/* phones, emails, addresses */
	"tel", "telephone", "phone", "portable", "mobile", "gsm", "cellphone",
	"email", "mail", "mel", "courriel", "adresse", "adr", "address", "rue",
	"street",
	/* the persons whose names an export writes beside the patient's:
	 * the insured, a spouse, a parent, a guardian, a trusted person */
	"assure", "assuree", "beneficiaire", "conjoint", "conjointe", "epoux",
	"epouse", "mere", "pere", "tuteur", "tutrice", "curateur",
	"curatrice", "personne",
	/* the accented ones with their letters beyond ASCII dropped, as a
	 * conversion to ASCII writes them ("Prnom", "Tlphone": kept raw
	 * under columns = keep, redteam18); not those of 3 letters or less
	 * ("mre", "pre", "ml"), which other headers write */
	"prnom", "prnoms", "tlphone", "scurit", "identit", "bnficiaire",
	"assur", "pouse", "poux",
};

/* Words that only qualify a stem: articles, numbering, which one. */
static const char *const norm_id_words[] = {
	"de", "du", "des", "d", "la", "le", "l", "et", "of", "the", "s",
	"n", "no", "num", "numero", "nr", "number", "id", "date", "dt",
	"usuel", "usage", "jeune", "fille", "jf", "marital", "complet",
	"complete", "fixe", "domicile", "dom", "port", "pro", "perso",
	"personnel", "principal", "postale", "sociale", "social", "pat",
	"usager", "client", "line", "ligne",
	"complement", "2", "3", "4", "5", "6", "7", "8", "9",
	/* "Nom de famille", "Personne à prévenir", "Nom du responsable
	 * légal", "Tél. contact urgence" */
	"famille", "aprevenir", "prevenir", "confiance", "contact", "urgence",
	"responsable", "legal", "legale", "parent", "parents", "enfant",
	"proche", "aidant",
	/* their accents dropped, as above */
	"numro", "prvenir", "aprvenir", "lgal", "lgale", "complment",
};

/* Does word, folded as norm_header folds ASCII ("i" is "l" in the
 * skeleton, as "I" and "1" are), start key[at..n)?  Its length, or 0. */
static size_t
norm_key_at(const char *key, size_t at, size_t n, const char *word)
{
	size_t i;

	for (i = 0; word[i] != '\0'; i++)
		if (at + i >= n || key[at + i] != (word[i] == 'i' ? 'l' :
		    word[i]))
			return 0;
	return i;
}

/* NORM_ID_MAX: longer keys are not one of these headers. */
#define NORM_ID_MAX	64

int
norm_header_identifying(const char *key)
{
	/* reach[p]: bit 0, key[0..p) is a run of words; bit 1, with a
	 * stem among them.  A table, not a search: single-letter words
	 * ("l", "d", "n") would make a search exponential. */
	unsigned char reach[NORM_ID_MAX + 1] = { 1 };
	size_t n = strlen(key);

	if (n == 0 || n > NORM_ID_MAX)
		return 0;
	for (size_t p = 0; p < n; p++) {
		if (reach[p] == 0)
			continue;
		for (size_t i = 0; i < sizeof(norm_id_stems) /
		    sizeof(norm_id_stems[0]); i++) {
			size_t m = norm_key_at(key, p, n, norm_id_stems[i]);

			if (m > 0)
				reach[p + m] |= 3;
		}
		for (size_t i = 0; i < sizeof(norm_id_words) /
		    sizeof(norm_id_words[0]); i++) {
			size_t m = norm_key_at(key, p, n, norm_id_words[i]);

			if (m > 0)
				reach[p + m] |= reach[p];
		}
	}
	return (reach[n] & 2) != 0;
}
