/* Reading records of a delimited export as spans of the source bytes, and
 * writing cells back, so that a cell nobody changed goes out byte for byte
 * as it came in (quoting included). */
#ifndef PSEUDONYMFS_CSVIO_H
#define PSEUDONYMFS_CSVIO_H

#include <stddef.h>

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

int	csvio_unescape(const struct csvio_field *f, struct buf *out) PFS_WUR;

/* Write a new value for a field: quoted if the source field was, or if the
 * value needs it (delimiter, quote, CR, LF). */
/* Whether a value must be quoted: it holds the delimiter, a quote, CR or
 * LF. */
int	csvio_needs_quotes(char delim, const char *v, size_t len);

int	csvio_write_value(char delim, int source_quoted, const char *v,
	    size_t len, struct buf *out) PFS_WUR;

void	csvio_record_free(struct csvio_record *rec);

#endif
