/* Dialect sniffing. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "csvio.h"
#include "dialect.h"

#define SNIFF_RECORDS 20

static const char candidates[] = { ';', ',', '\t', '|' };

/*
 * UTF-8 unless the bytes say otherwise.  Windows-1252 text almost never
 * forms a valid multi-byte UTF-8 sequence ("é" is one byte followed by a
 * letter), so one valid sequence means UTF-8, and any invalid byte in such a
 * file is an error for the reader to report, not a hint to switch encodings.
 * A sequence cut at the end of a partial head counts as valid.
 */
static enum dialect_encoding
guess_encoding(const char *s, size_t n, int whole)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int multibyte = 0, invalid = 0, len;
	ucs4_t uc;

	while (p < end) {
		if (*p < 0x80) {
			/* ASCII, most of a head, a word at a time. */
			for (uint64_t w; end - p >= 8; p += 8) {
				memcpy(&w, p, 8);
				if ((w & 0x8080808080808080ULL) != 0)
					break;
			}
			while (p < end && *p < 0x80)
				p++;
			continue;
		}
		len = u8_mbtoucr(&uc, p, (size_t)(end - p));
		if (len == -2 && !whole)
			break;
		if (len < 0) {
			invalid = 1;
			p++;
			continue;
		}
		/* One valid sequence decides: nothing after can change it. */
		multibyte = 1;
		break;
	}
	return multibyte || !invalid ? DIALECT_UTF8 : DIALECT_CP1252;
}

/*
 * A DOS code page (CP850, CP437: Excel's "CSV (MS-DOS)", older hospital
 * and lab systems) read as Windows-1252: its accented letters are 1252's
 * punctuation ("Pr\x82nom" reads "Pr‚nom"), so "Prénom", "Téléphone",
 * "Né(e) le" met no rule and were kept raw under columns = keep, and
 * scrub's dictionaries did not match the names of a comment.  Its sign:
 * é, â, ç, ê, ë or ï of CP850 (82 83 87 88 89 8B) between two ASCII
 * letters, where Windows-1252 has ‚ ƒ ‡ ˆ ‰ ‹, which no text writes
 * inside a word.  (à, è, ô, ù, û are left out: 1252's …, Š, “, — and –
 * can follow a letter.)
 */
static int
ascii_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int
ascii_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static const char dos_why[] = "a DOS code page (CP850, Excel's CSV "
    "(MS-DOS)), not Windows-1252: convert the file to UTF-8";
static const char mac_why[] = "a Mac code page (Mac Roman, Excel's CSV "
    "(Macintosh)), not Windows-1252: convert the file to UTF-8";

/*
 * Mac Roman (Excel's "CSV (Macintosh)", FileMaker, older Mac exports) read
 * as Windows-1252 is the same trap as CP850: its é is 1252's Ž ("Prénom"
 * reads "PrŽnom", "Téléphone" "TŽlŽphone"), so the header met no rule and
 * under columns = keep the first names and phones under it came out raw,
 * and scrub matched no "HŽlne" of a comment.  Its signs between two ASCII
 * letters: î ï ò ô (94 95 98 99: 1252's ” • ˜ ™, which no text writes
 * inside a word); é and ü (8E 9F: Ž Ÿ) with a lowercase letter beside
 * them (an upper-case Czech name, "BOŽIDAR", keeps Ž between capitals).
 * Its à â á (88 89 87) are CP850's signs already; è ê ç ù are bytes 1252
 * leaves undefined, refused as such.  Left out: ë û ö ä (91 9E 9A 8A:
 * 1252's ‘ ž š Š, which a typed quote or a Czech name puts in a word).
 */
const char *
dialect_codepage_letter(const char *s, size_t n, size_t i)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char c;

	if (i == 0 || i + 1 >= n || !ascii_letter(p[i - 1]) ||
	    !ascii_letter(p[i + 1]))
		return NULL;
	c = p[i];
	if (c >= 0x82 && c <= 0x8b && ((1u << (c - 0x82)) & 0x2e3))
		return dos_why;
	if (c == 0x94 || c == 0x95 || c == 0x98 || c == 0x99)
		return mac_why;
	if ((c == 0x8e || c == 0x9f) && (ascii_lower(p[i - 1]) ||
	    ascii_lower(p[i + 1])))
		return mac_why;
	return NULL;
}

/* The first other code page's letter of the sniffed bytes, or NULL. */
static const char *
other_codepage(const char *s, size_t n)
{
	const char *why;

	for (size_t i = 1; i + 1 < n; i++)
		if ((unsigned char)s[i] >= 0x82 &&
		    (why = dialect_codepage_letter(s, n, i)) != NULL)
			return why;
	return NULL;
}

static int
codepage_refused(const char *why, struct pfs_error *err)
{
	*err = (struct pfs_error){ .code = EINVAL, .what = why };
	return -EINVAL;
}

int
dialect_settle_encoding(struct dialect *d, const char *sample, size_t n,
    struct pfs_error *err)
{
	const char *why;

	d->encoding = guess_encoding(sample, n, 0);
	if (d->encoding == DIALECT_CP1252 &&
	    (why = other_codepage(sample, n)) != NULL)
		return codepage_refused(why, err);
	return 0;
}

/* Fields per record for the first records, with this delimiter: the
 * header's in *fields, and in *rows the count every data record after it
 * agrees on (0 if they do not agree, or there are none); *cut is set when
 * the head ends inside the first record (the header is wider than the
 * head: its field count with this delimiter is unknown). */
static int
score_delimiter(char delim, const char *s, size_t n, int whole, size_t *fields,
    size_t *rows, int *cut)
{
	struct csvio_record rec = { 0 };
	struct pfs_error err;
	size_t first = 0, records = 0;
	long used;
	int consistent = 1;

	*cut = 0;
	*rows = 0;
	while (records < SNIFF_RECORDS && n > 0) {
		used = csvio_next(delim, s, n, whole, 1, &rec, &err);
		if (used == 0 && records == 0 && !whole)
			*cut = 1;
		if (used <= 0)
			break;
		if (records == 0)
			first = rec.nfields;
		else if (!(rec.nfields == 1 && rec.fields[0].raw_len == 0)) {
			if (rec.nfields != first)
				consistent = 0;
			if (records == 1 || (*rows != 0 && rec.nfields != *rows))
				*rows = records == 1 ? rec.nfields : 0;
		}
		records++;
		s += used;
		n -= (size_t)used;
	}
	/* A delimiter that makes the header malformed is not the delimiter. */
	if (records == 0 && !whole)
		consistent = 0;
	csvio_record_free(&rec);
	*fields = first;
	return consistent;
}

/*
 * Excel's "sep=X" line (X one byte, then LF or CRLF), which Excel writes
 * and reads before the header to name the delimiter.  Read as a header, it
 * is two unnamed fields ("sep=" and ""), the real header becomes a record,
 * and under ragged = pad with columns = keep the first two cells of every
 * row (an IPP, a name) would be kept raw: so it is taken out of the header
 * and copied to the view as it is.  A spreadsheet that saved the line again
 * as a row of its sheet pads it to the sheet's width with delimiters and
 * quotes it ("sep=;";; : its cell holds the delimiter); read as a header it
 * was as wide as the rows and every cell came out raw under columns = keep,
 * even under ragged = fail.  So a quoted line, and delimiters, spaces and
 * tabs after it, are the line's too (a delimiter other than X fails the
 * file in check_sep, as an unpadded line naming another would).  Returns
 * its length, or 0; *too_long when it is longer than the preamble holds.
 */
static size_t
sep_line(const char *s, size_t n, char *x, int *too_long)
{
	size_t i, q = n > 0 && s[0] == '"';

	*too_long = 0;
	if (n < q + 6 || strncasecmp(s + q, "sep=", 4) != 0)
		return 0;
	*x = s[q + 4];
	if (*x == '"' || *x == '\r' || *x == '\n')
		return 0;
	i = q + 5;
	if (q && s[i++] != '"')
		return 0;
	while (i < n && (s[i] == ' ' || memchr(candidates, s[i],
	    sizeof(candidates)) != NULL))
		i++;
	if (i < n && s[i] == '\n')
		i++;
	else if (i + 1 < n && s[i] == '\r' && s[i + 1] == '\n')
		i += 2;
	else
		return 0;
	*too_long = i > DIALECT_SEP_MAX;
	return i;
}

/* The delimiter a sep= line names must be the one the header and rows are
 * split by (`decided`: the header has two fields or more under it, or the
 * rows agree on one); a line naming another would make every record one
 * field, kept raw under columns = keep. */
static int
check_sep(struct dialect *d, char named, int decided, struct pfs_error *err)
{
	if (memchr(candidates, named, sizeof(candidates)) == NULL) {
		*err = (struct pfs_error){ .code = EINVAL, .line = 1,
		    .what = "the sep= line names a delimiter other than ';', "
		    "',', tab or '|'" };
		return -EINVAL;
	}
	if (decided && d->delim != named) {
		*err = (struct pfs_error){ .code = EINVAL, .line = 1,
		    .what = "the sep= line names another delimiter than the "
		    "header's" };
		return -EINVAL;
	}
	d->delim = named;
	return 0;
}

/*
 * A file of another format under a name a [file] rule matches: an HTML
 * table (the "Excel export" of many web applications), an XML or a JSON
 * export saved as .csv.  Read as delimited text, each of its lines was one
 * field under a header ("<html><body><table>") that named no column and
 * looked like no data, so under columns = keep every line came out as it
 * was, the names in its cells with it (redteam18).  Its sign: its first
 * bytes past blanks are a tag ('<' then a letter, '!', '?' or '/') or a
 * JSON document ('{', or '[' then '{', '[' or '"').  A header does not
 * start so: "<5 ans" has a digit after its '<', SQL Server's "[IPP]" a
 * letter after its '['.  Why, or NULL.
 */
static const char *
other_format(const char *head, size_t n)
{
	size_t i = 0, j;

	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' ||
	    head[i] == '\n'))
		i++;
	if (i + 1 >= n)
		return NULL;
	if (head[i] == '<' && (isalpha((unsigned char)head[i + 1]) ||
	    head[i + 1] == '!' || head[i + 1] == '?' || head[i + 1] == '/'))
		return "markup (HTML, XML), not a delimited text export: "
		    "export the table as CSV";
	if (head[i] == '{')
		return "JSON, not a delimited text export: export the table "
		    "as CSV";
	if (head[i] != '[')
		return NULL;
	for (j = i + 1; j < n && (head[j] == ' ' || head[j] == '\t' ||
	    head[j] == '\r' || head[j] == '\n'); j++)
		;
	if (j < n && (head[j] == '{' || head[j] == '[' || head[j] == '"'))
		return "JSON, not a delimited text export: export the table "
		    "as CSV";
	return NULL;
}

int
dialect_sniff(const char *head, size_t n, int whole, struct dialect *d,
    struct pfs_error *err)
{
	size_t best_fields = 0, best_rows = 1, fields, rows, i;
	int best_consistent = 0, cut;
	char row_delim = 0, named = 0;
	int too_long;
	const char *why;

	memset(d, 0, sizeof(*d));
	d->delim = ',';
	if (n >= 2 && (((unsigned char)head[0] == 0xff &&
	    (unsigned char)head[1] == 0xfe) || ((unsigned char)head[0] == 0xfe &&
	    (unsigned char)head[1] == 0xff))) {
		*err = (struct pfs_error){ .code = EINVAL, .what = "UTF-16 is "
		    "not supported: convert the file to UTF-8" };
		return -EINVAL;
	}
	if (memchr(head, '\0', n) != NULL) {
		*err = (struct pfs_error){ .code = EINVAL,
		    .what = "NUL byte: this is not a text export" };
		return -EINVAL;
	}
	if (n >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0) {
		d->bom_len = 3;
		head += 3;
		n -= 3;
	}
	if ((why = other_format(head, n)) != NULL) {
		*err = (struct pfs_error){ .code = EINVAL, .line = 1,
		    .what = why };
		return -EINVAL;
	}
	if ((d->sep_len = sep_line(head, n, &named, &too_long)) != 0) {
		if (too_long) {
			*err = (struct pfs_error){ .code = EINVAL, .line = 1,
			    .what = "the sep= line is padded past "
			    "the preamble's 256 bytes" };
			return -EINVAL;
		}
		memcpy(d->sep_line, head, d->sep_len);
		head += d->sep_len;
		n -= d->sep_len;
	}
	d->encoding = d->bom_len ? DIALECT_UTF8 : guess_encoding(head, n, whole);
	if (d->encoding == DIALECT_CP1252 &&
	    (why = other_codepage(head, n)) != NULL)
		return codepage_refused(why, err);

	/* The delimiter that splits the header widest; a tie goes to the one
	 * whose first records agree on the field count.  A ragged row must not
	 * turn a ';' file into a one-column ',' file.  A header that does not
	 * end within the head, for any candidate, would make this a guess
	 * (the widest split is unknown): the caller reads more, or fails. */
	for (i = 0; i < sizeof(candidates); i++) {
		int consistent = score_delimiter(candidates[i], head, n, whole,
		    &fields, &rows, &cut);
		if (cut) {
			*err = (struct pfs_error){ .code = EAGAIN, .what = "the "
			    "header does not end within the sniffed bytes" };
			return -EAGAIN;
		}
		if (fields > best_fields || (fields == best_fields &&
		    consistent && !best_consistent)) {
			best_fields = fields;
			best_consistent = consistent;
			d->delim = candidates[i];
		}
		if (rows > best_rows) {
			best_rows = rows;
			row_delim = candidates[i];
		}
	}
	/* A header that no candidate splits says nothing of the delimiter,
	 * and the tie above would pick one the rows do not hold: rows
	 * "M;DUPONT" under a one-field header would be one kept field.  If
	 * the rows agree on a split, that is the delimiter, and the header
	 * is narrower than its rows: ragged (fails, or pads to the header). */
	if (best_fields == 1 && row_delim != 0)
		d->delim = row_delim;
	if (d->sep_len != 0)
		return check_sep(d, named, best_fields > 1 || row_delim != 0,
		    err);
	return 0;
}

const char *
dialect_encoding_name(enum dialect_encoding e)
{
	return e == DIALECT_UTF8 ? "UTF-8" : "WINDOWS-1252";
}
