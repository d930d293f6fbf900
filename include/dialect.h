/* Sniffing how an export is written: BOM, encoding, delimiter. Quoting and
 * line endings are kept per field and per record by csvio, so a file that
 * mixes them still comes out as it went in. */
#ifndef PSEUDONYMFS_DIALECT_H
#define PSEUDONYMFS_DIALECT_H

#include "pfs_error.h"

#include <stddef.h>

enum dialect_encoding {
	DIALECT_UTF8,
	DIALECT_CP1252,		/* also covers ISO-8859-1 text (see docs) */
};

/* The longest sep= line, padded ("sep=;";;;...), the preamble holds. */
#define DIALECT_SEP_MAX	256

struct dialect {
	char			delim;		/* ',' ';' '\t' '|' */
	enum dialect_encoding	encoding;
	size_t			bom_len;	/* 3 for a UTF-8 BOM, else 0 */
	/* Excel's "sep=;" line before the header, with its padding and its
	 * line end (sep_len bytes, at most DIALECT_SEP_MAX), copied to the
	 * view as it is. */
	size_t			sep_len;
	char			sep_line[DIALECT_SEP_MAX];
};

/* Bytes before the header: the BOM and the sep= line. */
static inline size_t
dialect_preamble_len(const struct dialect *d)
{
	return d->bom_len + d->sep_len;
}

/*
 * Sniff from the first bytes of a file (`head`, `n` bytes; `whole` if that
 * is the entire file).  Returns 0, or -EINVAL for input that is not a
 * delimited text file (UTF-16, NUL bytes), with *err saying why, or -EAGAIN when
 * the header record does not end within the head for some candidate
 * delimiter: the delimiter cannot be decided without a guess, so the caller
 * sniffs again with more bytes, or fails the file.  An Excel "sep=X" first
 * line (after the BOM) is the preamble's, not the header: X must be the
 * delimiter the header and rows are split by, else -EINVAL.
 */
int	dialect_sniff(const char *head, size_t n, int whole, struct dialect *d,
	    struct pfs_error *err) PFS_WUR;

/* A head that leaves the encoding undecided (pure ASCII, util_is_ascii,
 * no BOM): the caller looks for the first byte >= 0x80 in the rest and
 * calls dialect_settle_encoding() with the bytes from there.  Both refuse
 * (-EINVAL, *err says why) a DOS or Mac code page (CP850, Mac Roman) that
 * would be read as Windows-1252 (dialect_codepage_letter). */
int	dialect_settle_encoding(struct dialect *d, const char *sample, size_t n,
	    struct pfs_error *err) PFS_WUR;

/* Byte i of s[0..n), read as Windows-1252, is a letter of another code
 * page between two ASCII letters (CP850's or Mac Roman's é, "Pr\x82nom",
 * "Pr\x8enom"): the reason the file fails (a static text), else NULL. */
const char *dialect_codepage_letter(const char *s, size_t n, size_t i);

const char *dialect_encoding_name(enum dialect_encoding e);

#endif
