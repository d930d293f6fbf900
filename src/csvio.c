/* Record splitting and field writing.  libcsv parses well but reports
 * neither where a field starts in the source nor whether it was quoted, and
 * both are what byte-faithful output and resumable reads are made of (see
 * docs/design.md); so records are split here, strictly, and libcsv writes the
 * quoted form of new values and serves as the reference parser in tests. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* AVX2 through a target attribute and a run-time check (GCC and clang on
 * x86-64): the build stays for the x86-64 baseline. */
#if defined(__SSE2__) && defined(__x86_64__) && \
    (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define CSVIO_AVX2	1
#else
#define CSVIO_AVX2	0
#endif

/* 16 or 32: the splitter's width, chosen once (csvio_set_wide); 0 until
 * then, and without SSE2 (no one-pass splitter). */
static int	wide_bytes;

#include "csvio.h"

static int
record_grow(struct csvio_record *rec)
{
	size_t cap = rec->cap ? rec->cap * 2 : 32;
	struct csvio_field *f = realloc(rec->fields, cap * sizeof(*f));

	if (f == NULL)
		return -ENOMEM;
	rec->fields = f;
	rec->cap = cap;
	return 0;
}

/* Inline: once per field of every record. */
static inline int
record_push(struct csvio_record *rec, const char *raw, size_t len, int quoted)
{
	if (rec->nfields == rec->cap && record_grow(rec) != 0)
		return -ENOMEM;
	rec->fields[rec->nfields].raw = raw;
	rec->fields[rec->nfields].raw_len = len;
	rec->fields[rec->nfields].quoted = quoted;
	rec->nfields++;
	return 0;
}

/* Bytes that end or break an unquoted field, besides the delimiter. */
static const unsigned char stops[256] = {
	['\0'] = 1, ['\n'] = 1, ['\r'] = 1, [CSVIO_QUOTE] = 1,
};

#define FAIL(w) do { *err = (struct pfs_error){ .code = EINVAL, \
	.line = line + (long)lines, .column = rec->nfields + 1, .what = (w) }; \
	return -EINVAL; } while (0)

/*
 * Most records are one line without a quote: find the line end, make sure
 * the line holds no quote, NUL or stray CR, and split it on the delimiter,
 * each step a memchr (vectorized in glibc).  1 if done, 0 to take the
 * general path, -ENOMEM.
 */
static int
next_plain_line(char delim, const char *p, size_t n, struct csvio_record *rec,
    long *used)
{
	const char *nl = memchr(p, '\n', n), *f, *e, *d;
	size_t end, eol_len = 1;

	if (nl == NULL)
		return 0;
	end = (size_t)(nl - p);
	if (memchr(p, CSVIO_QUOTE, end) != NULL || memchr(p, '\0', end) != NULL)
		return 0;
	if (end > 0 && p[end - 1] == '\r') {
		end--;
		eol_len = 2;
	}
	if (memchr(p, '\r', end) != NULL)
		return 0;
	for (f = p, e = p + end;; f = d + 1) {
		d = memchr(f, delim, (size_t)(e - f));
		if (record_push(rec, f, (size_t)((d ? d : e) - f), 0) != 0)
			return -ENOMEM;
		if (d == NULL)
			break;
	}
	rec->eol = e;
	rec->eol_len = eol_len;
	rec->newlines = 1;
	*used = (long)(end + eol_len);
	return 1;
}

/* The record's line end, its LF at p[lf] (a CR before it belongs to it). */
static int
line_done(struct csvio_record *rec, const char *p, size_t lf, long *used)
{
	rec->eol_len = 1 + (lf > 0 && p[lf - 1] == '\r');
	rec->eol = p + lf + 1 - rec->eol_len;
	rec->newlines = 1;
	*used = (long)(lf + 1);
	return 1;
}

/* Bytes >= 0x80 at base + the set bits of hb: the record's first and last
 * (csvio_record.high). */
static inline void
note_high(struct csvio_record *rec, const char *base, unsigned hb)
{
	if (rec->high == NULL)
		rec->high = base + __builtin_ctz(hb);
	rec->high_end = base + 32 - __builtin_clz(hb);
}

static long	next_general(char delim, const char *p, size_t n, int at_eof,
		    long line, struct csvio_record *rec, struct pfs_error *err);

#if defined(__SSE2__)
/*
 * A quoted field at p[at] on a line of next_line_wide: its end (after the
 * closing quote), or 0 for the general path (no closing quote in sight, a
 * line end or NUL inside, text after the closing quote).
 */
static size_t
quoted_end(char delim, const char *p, size_t n, size_t at)
{
	const char *q;
	size_t i = at + 1;

	for (;;) {
		if ((q = memchr(p + i, CSVIO_QUOTE, n - i)) == NULL ||
		    memchr(p + i, '\n', (size_t)(q - p) - i) != NULL ||
		    memchr(p + i, '\0', (size_t)(q - p) - i) != NULL)
			return 0;
		i = (size_t)(q - p) + 1;
		if (i < n && p[i] == CSVIO_QUOTE) {
			i++;	/* doubled quote */
			continue;
		}
		if (i < n && (p[i] == delim || p[i] == '\n' || p[i] == '\r'))
			return i;
		return 0;
	}
}

/*
 * The splitter, twice: sixteen bytes at a time (SSE2, every x86-64), and
 * thirty-two where the CPU has AVX2 (chosen at run time, wide_bytes): half
 * the blocks for a line of 180 bytes, 3% of an export's time.
 */
#define WIDE_FN		next_line_16
#define WIDE_BLOCK	block_16
#define WIDE_BYTES	16
#define WIDE_ATTR
#define WIDE_VEC	__m128i
#define WIDE_LOAD(p)	_mm_loadu_si128((const __m128i *)(const void *)(p))
#define WIDE_SET1	_mm_set1_epi8
#define WIDE_EQ		_mm_cmpeq_epi8
#define WIDE_OR		_mm_or_si128
#define WIDE_MASK(v)	((unsigned)_mm_movemask_epi8(v))
#include "csvio_wide.h"

#if CSVIO_AVX2
#define WIDE_FN		next_line_32
#define WIDE_BLOCK	block_32
#define WIDE_BYTES	32
#define WIDE_ATTR	__attribute__((target("avx2")))
#define WIDE_VEC	__m256i
#define WIDE_LOAD(p)	_mm256_loadu_si256((const __m256i *)(const void *)(p))
#define WIDE_SET1	_mm256_set1_epi8
#define WIDE_EQ		_mm256_cmpeq_epi8
#define WIDE_OR		_mm256_or_si256
#define WIDE_MASK(v)	((unsigned)_mm256_movemask_epi8(v))
#include "csvio_wide.h"
#endif

static int
next_line_wide(char delim, const char *p, size_t n, struct csvio_record *rec,
    long *used)
{
	int w = __atomic_load_n(&wide_bytes, __ATOMIC_RELAXED);

	if (w == 0)
		w = csvio_set_wide(0);
#if CSVIO_AVX2
	if (w == 32)
		return next_line_32(delim, p, n, rec, used);
#endif
	return next_line_16(delim, p, n, rec, used);
}
#endif

int
csvio_set_wide(int bytes)
{
#if CSVIO_AVX2
	if ((bytes == 32 || bytes == 0) && __builtin_cpu_supports("avx2"))
		bytes = 32;
	else
		bytes = 16;
#elif defined(__SSE2__)
	bytes = 16;
#else
	bytes = 0;
#endif
	__atomic_store_n(&wide_bytes, bytes, __ATOMIC_RELAXED);
	return bytes;
}

long
csvio_next(char delim, const char *p, size_t n, int at_eof, long line,
    struct csvio_record *rec, struct pfs_error *err)
{
	long used;
	int r;

	rec->nfields = 0;
	rec->ascii = 0;
	rec->high = NULL;
	if (n == 0)
		return 0;
#if defined(__SSE2__)
	if (delim != CSVIO_QUOTE && delim != '\r' && delim != '\n' &&
	    delim != '\0' &&
	    (r = next_line_wide(delim, p, n, rec, &used)) != 0)
		return r < 0 ? r : used;
	rec->nfields = 0;
	rec->high = NULL;	/* what it saw of a line it gave up */
#endif
	if ((r = next_plain_line(delim, p, n, rec, &used)) != 0)
		return r < 0 ? r : used;
	rec->nfields = 0;
	return next_general(delim, p, n, at_eof, line, rec, err);
}

long
csvio_next_reference(char delim, const char *p, size_t n, int at_eof,
    long line, struct csvio_record *rec, struct pfs_error *err)
{
	rec->nfields = 0;
	rec->ascii = 0;
	rec->high = NULL;
	if (n == 0)
		return 0;
	return next_general(delim, p, n, at_eof, line, rec, err);
}

/* Any record, byte by byte: quoted fields over several lines, and every
 * error said with its line and column. */
static long
next_general(char delim, const char *p, size_t n, int at_eof, long line,
    struct csvio_record *rec, struct pfs_error *err)
{
	size_t i = 0, start, lines = 0;

	for (;;) {
		start = i;
		if (i < n && p[i] == CSVIO_QUOTE) {
			for (i++;; i++) {
				const char *q;

				q = memchr(p + i, CSVIO_QUOTE, n - i);
				if (q == NULL) {
					if (!at_eof)
						return 0;
					FAIL("unterminated quoted field");
				}
				for (const char *c = p + i; c < q; c++) {
					if (*c == '\n')
						lines++;
					else if (*c == '\0')
						FAIL("NUL byte");
				}
				i = (size_t)(q - p) + 1;
				if (i < n && p[i] == CSVIO_QUOTE)
					continue;	/* doubled quote */
				if (i == n && !at_eof)
					return 0;	/* "" may follow */
				break;
			}
			if (i < n && p[i] != delim && p[i] != '\n' && p[i] != '\r')
				FAIL("text after a closing quote");
			if (record_push(rec, p + start, i - start, 1) != 0)
				return -ENOMEM;
		} else {
			/* Most bytes are none of the five that matter. */
			while (i < n && !stops[(unsigned char)p[i]] && p[i] != delim)
				i++;
			if (i < n && p[i] == CSVIO_QUOTE)
				FAIL("quote inside an unquoted field");
			if (i < n && p[i] == '\0')
				FAIL("NUL byte");
			if (i == n && !at_eof)
				return 0;
			if (record_push(rec, p + start, i - start, 0) != 0)
				return -ENOMEM;
		}
		if (i == n) {
			rec->eol = p + i;
			rec->eol_len = 0;
			rec->newlines = lines;
			return (long)i;
		}
		if (p[i] == delim) {
			i++;
			continue;
		}
		if (p[i] == '\r') {
			if (i + 1 == n && !at_eof)
				return 0;
			if (i + 1 == n || p[i + 1] != '\n')
			{
				rec->nfields--;	/* the field the CR ends */
				FAIL("carriage return without line feed");
			}
			rec->eol = p + i;
			rec->eol_len = 2;
		} else {
			rec->eol = p + i;
			rec->eol_len = 1;
		}
		rec->newlines = lines + 1;
		return (long)(i + rec->eol_len);
	}
}

#undef FAIL

int
csvio_unescape(const struct csvio_field *f, struct buf *out)
{
	const char *s, *end;

	buf_reset(out);
	if (!f->quoted)
		return buf_append(out, f->raw, f->raw_len);
	s = f->raw + 1;
	end = f->raw + f->raw_len - 1;
	if (buf_reserve(out, (size_t)(end - s)) != 0)
		return -ENOMEM;
	while (s < end) {
		const char *q = memchr(s, CSVIO_QUOTE, (size_t)(end - s));
		if (q == NULL)
			q = end;
		memcpy(out->data + out->len, s, (size_t)(q - s));
		out->len += (size_t)(q - s);
		if (q == end)
			break;
		out->data[out->len++] = CSVIO_QUOTE;
		s = q + 2;	/* skip the doubled quote */
	}
	return 0;
}

/* A byte of w is zero (exact: no false positive for "any"). */
#define SWAR_ONES	0x0101010101010101ULL
#define SWAR_HIGHS	0x8080808080808080ULL
#define SWAR_ZERO(w)	(((w) - SWAR_ONES) & ~(w) & SWAR_HIGHS)

/*
 * Whether v holds the delimiter, a quote, CR or LF (a value is written for
 * most transformed cells): sixteen bytes at a time with SSE2, the last
 * block overlapping the one before and a value of 8 to 15 bytes read as
 * two overlapping halves; eight at a time without.
 */
int
csvio_needs_quotes_any(char delim, const char *v, size_t len)
{
#if defined(__SSE2__)
	const __m128i vd = _mm_set1_epi8(delim), vq = _mm_set1_epi8(CSVIO_QUOTE),
	    vcr = _mm_set1_epi8('\r'), vlf = _mm_set1_epi8('\n');
	__m128i w;
	size_t i = 0;

	if (len < 8) {
		for (; i < len; i++)
			if (v[i] == delim || v[i] == CSVIO_QUOTE || v[i] == '\n' ||
			    v[i] == '\r')
				return 1;
		return 0;
	}
	for (;;) {
		if (len < 16)
			w = _mm_unpacklo_epi64(
			    _mm_loadl_epi64((const __m128i *)(const void *)v),
			    _mm_loadl_epi64((const __m128i *)(const void *)
			    (v + len - 8)));
		else
			w = _mm_loadu_si128((const __m128i *)(const void *)
			    (v + (i + 16 > len ? len - 16 : i)));
		if (_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(w, vd), _mm_cmpeq_epi8(w, vq)),
		    _mm_or_si128(_mm_cmpeq_epi8(w, vcr), _mm_cmpeq_epi8(w, vlf)))))
			return 1;
		i += 16;
		if (i >= len)
			return 0;
	}
#else
	const uint64_t d = SWAR_ONES * (unsigned char)delim,
	    q = SWAR_ONES * (unsigned char)CSVIO_QUOTE,
	    lf = SWAR_ONES * '\n', cr = SWAR_ONES * '\r';
	uint64_t w;
	size_t i = 0;

	for (;; i += 8) {
		/* The last word overlaps the one before: checked twice. */
		if (i + 8 > len) {
			if (len < 8 || i == len)
				break;
			i = len - 8;
		}
		memcpy(&w, v + i, 8);
		if (SWAR_ZERO(w ^ d) | SWAR_ZERO(w ^ q) | SWAR_ZERO(w ^ lf) |
		    SWAR_ZERO(w ^ cr))
			return 1;
		if (i + 8 == len)
			return 0;
	}
	for (; i < len; i++)
		if (v[i] == delim || v[i] == CSVIO_QUOTE || v[i] == '\n' ||
		    v[i] == '\r')
			return 1;
	return 0;
#endif
}

/*
 * v between quotes, each quote in it doubled: what libcsv's csv_write2
 * writes (test_csvio compares them), by runs between quotes rather than a
 * byte at a time in two passes (count, then write).  Every scrubbed
 * comment that was quoted goes out this way: the two passes cost as much
 * as a detector.
 */
static int
write_quoted(const char *v, size_t len, struct buf *out)
{
	const char *p = v, *end = v + len, *q;
	size_t nq = 0;
	char *d;
	int r;

	for (q = len ? memchr(v, CSVIO_QUOTE, len) : NULL; q != NULL;
	    q = memchr(q + 1, CSVIO_QUOTE, (size_t)(end - q - 1)))
		nq++;
	if ((r = buf_reserve(out, len + nq + 2)) != 0)
		return r;
	d = out->data + out->len;
	*d++ = CSVIO_QUOTE;
	while (p < end) {
		size_t n;

		q = memchr(p, CSVIO_QUOTE, (size_t)(end - p));
		n = (size_t)((q != NULL ? q + 1 : end) - p);
		memcpy(d, p, n);
		d += n;
		p += n;
		if (q != NULL)
			*d++ = CSVIO_QUOTE;
	}
	*d++ = CSVIO_QUOTE;
	out->len = (size_t)(d - out->data);
	return 0;
}

int
csvio_write_value(char delim, int source_quoted, const char *v, size_t len,
    struct buf *out)
{
	if (!source_quoted && !csvio_needs_quotes(delim, v, len))
		return buf_append(out, v, len);
	return write_quoted(v, len, out);
}

int
csvio_record_pad(struct csvio_record *rec, size_t n)
{
	while (rec->cap < n)
		if (record_grow(rec) != 0)
			return -ENOMEM;
	for (size_t i = rec->nfields; i < n; i++)
		rec->fields[i] = (struct csvio_field){ "", 0, 0 };
	return 0;
}

void
csvio_record_free(struct csvio_record *rec)
{
	free(rec->fields);
	rec->fields = NULL;
	rec->nfields = rec->cap = 0;
}
