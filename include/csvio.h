/* Reading records of a delimited export as spans of the source bytes, and
 * writing cells back, so that a cell nobody changed goes out byte for byte
 * as it came in (quoting included). */
#ifndef PSEUDONYMFS_CSVIO_H
#define PSEUDONYMFS_CSVIO_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "buf.h"
#include "pfs_error.h"

#define CSVIO_QUOTE	'"'

/* One field as it stands in the source: raw includes the quotes. */
struct csvio_field {
	const char	*raw;
	size_t		 raw_len;
	int		 quoted;
};

struct csvio_record {
	struct csvio_field	*fields;
	size_t			 nfields;
	size_t			 cap;
	const char		*eol;		/* "\n", "\r\n" or "" at EOF */
	size_t			 eol_len;
	size_t			 newlines;	/* physical lines spanned - 1 + eol */
	int			 ascii;		/* 1: every byte is ASCII; 0: unknown */
	/* When not NULL, every byte >= 0x80 of the record lies in
	 * [high, high_end): the rest is ASCII (the encoding check needs no
	 * more).  NULL: not known. */
	const char		*high, *high_end;
};

/*
 * Split one record off p[0..n).  Strict RFC 4180: a quote only opens a field
 * and after its closing quote comes a delimiter or the end of the line; line
 * ends are LF or CRLF; no NUL byte.  Returns the bytes consumed (> 0), 0 if
 * more input is needed (only when !at_eof; at EOF 0 means no more records),
 * -EINVAL with *err set for malformed input (its line counted from `line`,
 * the record's first, its column the field; what is static text, never a
 * cell value), or -ENOMEM.
 */
long	csvio_next(char delim, const char *p, size_t n, int at_eof, long line,
	    struct csvio_record *rec, struct pfs_error *err) PFS_WUR;

/* The field's value: quotes removed and doubled quotes undone. */
/* For tests: csvio_next without its fast paths (one line without quotes,
 * SSE2), the definition they must agree with. */
long	csvio_next_reference(char delim, const char *p, size_t n, int at_eof,
	    long line, struct csvio_record *rec, struct pfs_error *err) PFS_WUR;
/* The one-pass splitter's block: 16 bytes (SSE2), or 32 where the CPU has
 * AVX2; 0 chooses by the CPU, as the first csvio_next does.  Returns the
 * width now used (16 when 32 is asked of a CPU without AVX2).  For tests,
 * which run both; set once before any thread splits records. */
int	csvio_set_wide(int bytes);

int	csvio_unescape(const struct csvio_field *f, struct buf *out) PFS_WUR;

/* Write a new value for a field: quoted if the source field was, or if the
 * value needs it (delimiter, quote, CR, LF). */
/* Whether a value must be quoted: it holds the delimiter, a quote, CR or
 * LF.  Inline for 4 to 16 bytes (most transformed cells: a token, a NIR,
 * a phone, a year), read as two overlapping halves; a call for the rest. */
int	csvio_needs_quotes_any(char delim, const char *v, size_t len);
static inline int
csvio_needs_quotes(char delim, const char *v, size_t len)
{
#if defined(__SSE2__)
	__m128i w;

	if (len < 4 || len > 16)
		return csvio_needs_quotes_any(delim, v, len);
	if (len >= 8)
		w = _mm_unpacklo_epi64(
		    _mm_loadl_epi64((const __m128i *)(const void *)v),
		    _mm_loadl_epi64((const __m128i *)(const void *)(v + len - 8)));
	else {
		uint32_t a, b;

		__builtin_memcpy(&a, v, 4);
		__builtin_memcpy(&b, v + len - 4, 4);
		w = _mm_cvtsi32_si128((int)a);
		w = _mm_unpacklo_epi32(w, _mm_cvtsi32_si128((int)b));
		/* The upper half must match none of the four: a copy of
		 * the lower half does not change the answer. */
		w = _mm_unpacklo_epi64(w, w);
	}
	return _mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8(delim)),
	    _mm_cmpeq_epi8(w, _mm_set1_epi8(CSVIO_QUOTE))),
	    _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('\r')),
	    _mm_cmpeq_epi8(w, _mm_set1_epi8('\n'))))) != 0;
#else
	return csvio_needs_quotes_any(delim, v, len);
#endif
}

int	csvio_write_value(char delim, int source_quoted, const char *v,
	    size_t len, struct buf *out) PFS_WUR;

/* Empty fields after the record's own, up to n, for a reader of short rows
 * (nfields is unchanged).  0 or -ENOMEM. */
int	csvio_record_pad(struct csvio_record *rec, size_t n) PFS_WUR;

void	csvio_record_free(struct csvio_record *rec);

#endif
