/* The pipeline: source bytes -> records -> operators -> view bytes. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unictype.h>
#include <unistr.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cp1252.h"
#include "csvio.h"
#include "gzsrc.h"
#include "memo.h"
#include "nir.h"
#include "norm.h"
#include "ops.h"
#include "policy_column.h"
#include "scrub.h"
#include "view.h"
#include "identity.h"
#include "membudget.h"
#include "names.h"
#include "util.h"

/* The fuzz build makes both small: more buffer boundaries per input, and
 * no 256 KiB allocation per run (tests/fuzz/, docs/fuzzing.md). */
#ifndef READ_CHUNK
#define READ_CHUNK	(256u << 10)
#endif
#define SNIFF_BYTES	(64u << 10)

/* Scrub ahead (scrub_ahead): records at most, and bytes of scrubbed
 * cells, after the first record. */
#define SCRUB_AHEAD		32
#define SCRUB_AHEAD_BYTES	(256u << 10)
/* scrub_ahead_batch's cells found together, rule by rule: a column's
 * cells of the whole window (SCRUB_AHEAD), in as few batches of about
 * equal counts as keep each under AHEAD_BATCH_BYTES of text
 * (docs/performance.md, "Scrub, eighteenth pass: batches") */
#define AHEAD_BATCH		SCRUB_AHEAD
#define AHEAD_BATCH_BYTES	3072
/* scrubbed columns a view may have for scrub_ahead_batch (more: each
 * cell alone, scrub_ahead) */
#define AHEAD_COLS		8

/* The plan view_open makes (view.h: opaque to its callers). */
struct view {
	const struct engine	*engine;
	const struct policy_file *rule;
	struct dialect		 dialect;	/* the source's */
	int			 utf8;		/* encoding = utf-8: the view is UTF-8 */
	struct view_col		*cols;
	size_t			 ncols;
	long			 patient_col;	/* -1 if no per-patient shift is needed */
	/* scrub's row context: the columns with `identifies =` (none if no
	 * column of the file is scrubbed). */
	long			 ctx_cols[VIEW_MAX_CTX];
	const struct policy_column *ctx_rules[VIEW_MAX_CTX];
	size_t			 nctx;
	/* Scrubbed cells' spans found SCRUB_AHEAD rows at a time (scrub_ahead):
	 * a view with a column op = scrub and no identity source. */
	int			 scrub_ahead;
	/* The column whose NIRs are drawn NIR_BATCH rows at a time
	 * (nir_ahead), or -1. */
	long			 nir_col;
	/* The identity source's version this view was planned with (0: the
	 * rule does not depend on it), and the loaded set when a scrub
	 * column reads it per patient (held until view_free). */
	struct identity		*identity;
	uint64_t		 identity_version;
	struct timespec		 identity_changed;	/* its ctime */
	long			 identity_patient_col;
	/* fake: the row's sex column (-1: none) and, for email, its fake
	 * first- and last-name columns (email_names: both shown). */
	long			 sex_col;
	long			 first_col, last_col;
	int			 email_names;
	/* scrub: the row values of those two columns, whose pseudonyms are
	 * the row's fake names (ops_row first_ctx, last_ctx), or -1 */
	int			 first_ctx, last_ctx;
	/* The row pass: columns whose rule can suppress a cell (analysis,
	 * drug, ward, icd10), and the cells they empty. */
	size_t			*hide_cols;
	size_t			 nhide;
	int			 hide_rows;	/* a rule hides cells or rows (not
						 * only icd10 counted for check) */
	struct view_link	*links;
	size_t			 nlinks;
	/* Per column, how its cells are made (WAY_*) and remembered (its
	 * memo tag's MEMO_*), decided once; the shown columns in order. */
	unsigned char		*way;
	unsigned char		*plain;		/* PLAIN_* bits */
	unsigned char		 plain_bit;	/* the one this view's encoding reads */
	signed char		*memo_way;
	/* Per column, the row value it is (ctx_cols) when its cells are the
	 * pseudonyms scrub writes for that value (a WAY_OP rule with
	 * OP_F_PSEUDONYM: struct ops_row_views), else -1. */
	signed char		*ctx_of;
	size_t			 nviews;	/* columns with ctx_of >= 0 */
	size_t			*shown;
	size_t			 nshown;
	/* The scrubbed columns (WAY_OP, op = scrub) in order, and each
	 * column's place among them (SIZE_MAX: none): a cell is given the
	 * ends of those beside it (row_cell_ends, xcell37). */
	size_t			*scrub_cols, *scrub_of;
	size_t			 nscrub;
	off_t			 data_off;	/* source offset of the first record */
	long			 data_line;	/* its line number */
	long			 header_line;	/* 2 after a sep= line */
	struct buf		 head;		/* BOM and header, as the view shows them */
	/* The header's cells as header_again compares them (cell_text):
	 * end to end in hdr_text, cell i at hdr_off[i]..hdr_off[i + 1];
	 * then, from ncols to nhdr, the headers of the file's column rules
	 * as the policy spells them, entry k read by hdr_rule[k]; sorted by
	 * their hash for a lookup; a bit per length below 64 as a first
	 * test on a record's first cell. */
	struct buf		 hdr_text;
	size_t			*hdr_off;
	size_t			 nhdr;
	const struct policy_column **hdr_rule;
	struct hdr_hash		*hdr_sorted;
	uint64_t		 hdr_lens;
	/* A bit per (length, first byte, last byte), ASCII case folded:
	 * with the policy's spellings in the table, a length and a first
	 * byte alone let most records whose first cell is a name through
	 * (+11% of the export's time on such a file). */
	uint64_t		 hdr_shape[64];
	/* The header names none of the policy's columns: the first records
	 * are looked at for the real header under a title (title_before). */
	int			 title_check;
};

struct hdr_hash {
	uint64_t		 h;
	size_t			 col;
};

struct view_reader {
	int			 fd;
	int			 seekable;
	/* A gzip source: bytes are read at decompressed offsets (gzsrc.h),
	 * and why it could not be read goes in src_err. */
	struct gzsrc		*gz;
	struct pfs_error	 src_err;
	char			*buf;
	size_t			 cap, start, end;	/* unread: buf[start..end) */
	off_t			 buf_off;		/* source offset of buf[0] */
	int			 eof;

	/* Per-reader scratch, reused from record to record. */
	struct csvio_record	 rec;
	struct buf		 cell;		/* unescaped, source encoding */
	struct buf		 utf8;		/* cell in UTF-8 */
	struct buf		 aux;		/* a second cell (patient, code) */
	struct buf		 aux_utf8;
	struct buf		 value;		/* operator output, UTF-8 */
	struct buf		 encoded;	/* operator output, source encoding */
	struct buf		 out;		/* the record's view bytes */
	struct buf		 sex;		/* the row's sex, normalized */
	struct buf		 first, last;	/* the row's fake names */
	struct buf		 first_email, last_email; /* as email parts */
	struct buf		 names_memo;	/* row_name's memo value */
	struct ops_scratch	 ops;
	/* scrub: the row's pseudonyms its columns wrote in `out` */
	struct ops_row_views	 views;
	struct identity_row	 ident;		/* the row's patient, scrub */
	int			 ident_set;	/* ident is the record at hand's */
	/* scrub's row context, one buffer pair per identifying column. */
	struct buf		 ctx_raw[VIEW_MAX_CTX];
	struct buf		 ctx_utf8[VIEW_MAX_CTX];
	struct detect_value	 ctx_vals[VIEW_MAX_CTX];
	iconv_t			 to_utf8, from_utf8;
	/* The view of cells whose operator needs nothing but the cell (and
	 * the row's sex): a token, a fake name, a generalized code. */
	struct memo		*memo;
	/* The row pass: per column, HIDE_SELF or HIDE_LINKED. */
	unsigned char		*hidden;
	size_t			 hidden_cap;
	struct view_stats	*stats;
	/* scrub_ahead's spans of the scrubbed cells of the records of
	 * [ahead_at, ahead_end) (source offsets), in order; and those
	 * records, split, which reader_next takes in turn rather than split
	 * them again (until the buffer moves: reader_fill, a seek). */
	struct csvio_record	 ahead_recs[SCRUB_AHEAD];
	size_t			 ahead_used[SCRUB_AHEAD];
	off_t			 ahead_rec_at[SCRUB_AHEAD];
	size_t			 nrecs, rec_next;
	size_t			 rec_used;	/* rec's bytes (reader_next) */
	/* records the next pass reads: 2 after a seek, twice as many each
	 * pass up to SCRUB_AHEAD (a mount's read of a few records does not
	 * pay for 31 more) */
	size_t			 ahead_rows;
	struct ahead_cell	*ahead;
	size_t			 nahead, ahead_cap, ahead_next;
	struct detect_span	*ahead_spans;
	size_t			 ahead_nspans, ahead_spans_cap;
	off_t			 ahead_at, ahead_end;
	/* nir_ahead's last batch: the records of [nir_at, nir_end) */
	off_t			 nir_at, nir_end;
	/* scrub_ahead's batch (one scrubbed column): a scratch a record,
	 * the cells and row values copied (the reader's buffers are reused
	 * record after record), each record's row values */
	struct detect_scratch	*ahead_det;
	struct buf		 ahead_text;
	struct detect_value	 ahead_vals[SCRUB_AHEAD][VIEW_MAX_CTX];
	/* a batch's row values with a cell's neighbours' ends after them
	 * (ahead_column, a row of two scrubbed cells or more) */
	struct detect_value	 ahead_xvals[SCRUB_AHEAD][VIEW_MAX_CTX +
				     2 * DETECT_CELL_CHAIN];
	/* row_cell_ends: the record's scrubbed cells' ends, copied (raw
	 * bytes: wiped when freed), and each cell's as it is given them */
	struct buf		 xc_text;
	struct cell_end		*xc;
	size_t			 xc_cap;
	/* records [0, ahead_nvals) of the batch have their row values in
	 * ahead_vals, which row_context takes rather than read them again */
	size_t			 ahead_nvals;
};

/* A scrubbed cell's ends, as the cells beside it are given them
 * (xcell37): its last bytes, its first bytes (the whole cell, or
 * detect_cell_tail's and detect_cell_head's: the same spans), whether it
 * shows nothing (empty or spaces: skipped, the reader sees nothing
 * between its neighbours); and the ends it is given itself. */
struct cell_end {
	const char		*tail, *head;
	size_t			 ntail, nhead;
	int			 blank;
	struct detect_value	 give[2 * DETECT_CELL_CHAIN];
	size_t			 ngive;
};

/* A scrubbed cell whose spans scrub_ahead found: the record's source
 * offset, its column, its spans in ahead_spans[first, first + n), or
 * when `spans` is not NULL there (the batch's scratch, ahead_keep). */
struct ahead_cell {
	off_t				 at;
	size_t				 col, first, n;
	const struct detect_span	*spans;
};

enum { HIDE_NONE, HIDE_SELF, HIDE_LINKED };

/* How a column's cells are made: not shown; the source's bytes (keep, or
 * a column no rule names under columns = keep); the row's fake first or
 * last name made for its email (row_fakes); the rule's operator. */
enum { WAY_SKIP, WAY_RAW, WAY_ROW_NAME, WAY_OP };

/* A column's memo tag: none (its value is not the cell's alone), the
 * form alone, or the form with the row's sex. */
enum { MEMO_NONE = -1, MEMO_CELL, MEMO_SEX };

/* A column whose operator's values, from an unquoted cell, go into the
 * view as they are (ops_plain_output): in a UTF-8 view, in any view. */
enum { PLAIN_UTF8 = 1, PLAIN_ANY = 2 };

int
view_reader_new(int fd, struct view_reader **out)
{
	struct view_reader *rd;
	int r;

	if ((rd = calloc(1, sizeof(*rd))) == NULL)
		return -ENOMEM;
	rd->fd = fd;
	rd->seekable = lseek(fd, 0, SEEK_CUR) != -1;
	rd->to_utf8 = rd->from_utf8 = (iconv_t)-1;
	if (membudget_charge(READ_CHUNK) != 0) {
		free(rd);
		return -ENOMEM;
	}
	if ((rd->buf = malloc(READ_CHUNK)) == NULL) {
		membudget_uncharge(READ_CHUNK);
		free(rd);
		return -ENOMEM;
	}
	rd->cap = READ_CHUNK;	/* what view_reader_free gives back */
	if (memo_new(&rd->memo) != 0) {
		view_reader_free(rd);
		return -ENOMEM;
	}
	rd->ops.memo = rd->memo;	/* scrub's pseudonyms (src/scrub.c) */
	rd->views.out = &rd->out;
	rd->ops.views = &rd->views;	/* reset for each record (emit_cells) */
	/* Content decides, as zcat -f does: a CSV never starts with 1f 8b. */
	if (rd->seekable && fd >= 0 && ((r = gzsrc_detect(fd)) < 0 ||
	    (r == 1 && (r = gzsrc_open(fd, &rd->gz)) != 0))) {
		view_reader_free(rd);
		return r;
	}
	*out = rd;
	return 0;
}

int
view_reader_new_mem(const char *p, size_t n, struct view_reader **out)
{
	struct view_reader *rd;
	char *grown;
	int r;

	if (n > VIEW_MAX_RECORD)
		return -EFBIG;
	if ((r = view_reader_new(-1, &rd)) != 0)
		return r;
	if (n > rd->cap) {
		if (membudget_charge(n - rd->cap) != 0) {
			view_reader_free(rd);
			return -ENOMEM;
		}
		if ((grown = realloc(rd->buf, n)) == NULL) {
			membudget_uncharge(n - rd->cap);
			view_reader_free(rd);
			return -ENOMEM;
		}
		rd->buf = grown;
		rd->cap = n;
	}
	memcpy(rd->buf, p, n);
	rd->end = n;
	rd->eof = 1;
	rd->seekable = 0;
	*out = rd;
	return 0;
}

int
view_reader_seek(struct view_reader *rd, off_t off)
{
	if (!rd->seekable)
		return -ESPIPE;
	rd->buf_off = off;
	rd->start = rd->end = 0;
	rd->eof = 0;
	rd->nahead = rd->nrecs = rd->rec_next = rd->ahead_rows = 0;
	rd->ahead_nvals = 0;
	rd->ahead_at = rd->ahead_end = 0;
	rd->nir_at = rd->nir_end = 0;
	return 0;
}

off_t
view_reader_offset(const struct view_reader *rd)
{
	return rd->buf_off + (off_t)rd->start;
}

void
view_reader_free(struct view_reader *rd)
{
	if (rd == NULL)
		return;
	/* The read buffer held raw cells. */
	explicit_bzero(rd->buf, rd->cap);
	free(rd->buf);
	membudget_uncharge(rd->cap);
	csvio_record_free(&rd->rec);
	for (size_t i = 0; i < SCRUB_AHEAD; i++)
		csvio_record_free(&rd->ahead_recs[i]);
	free(rd->ahead);
	/* spans hold dates read from the cells */
	if (rd->ahead_spans != NULL)
		explicit_bzero(rd->ahead_spans, rd->ahead_spans_cap *
		    sizeof(*rd->ahead_spans));
	free(rd->ahead_spans);
	if (rd->ahead_det != NULL)
		for (size_t i = 0; i < AHEAD_BATCH; i++)
			detect_scratch_free(&rd->ahead_det[i]);
	free(rd->ahead_det);
	if (rd->ahead_text.data != NULL)
		explicit_bzero(rd->ahead_text.data, rd->ahead_text.cap);
	buf_free(&rd->ahead_text);
	if (rd->xc_text.data != NULL)
		explicit_bzero(rd->xc_text.data, rd->xc_text.cap);
	buf_free(&rd->xc_text);
	free(rd->xc);
	buf_free(&rd->cell);
	buf_free(&rd->utf8);
	buf_free(&rd->aux);
	buf_free(&rd->aux_utf8);
	buf_free(&rd->value);
	buf_free(&rd->encoded);
	buf_free(&rd->out);
	buf_free(&rd->sex);
	buf_free(&rd->first);
	buf_free(&rd->last);
	buf_free(&rd->first_email);
	buf_free(&rd->last_email);
	buf_free(&rd->names_memo);
	ops_scratch_free(&rd->ops);
	for (size_t i = 0; i < VIEW_MAX_CTX; i++) {
		buf_free(&rd->ctx_raw[i]);
		buf_free(&rd->ctx_utf8[i]);
	}
	memo_free(rd->memo);
	free(rd->hidden);
	if (rd->to_utf8 != (iconv_t)-1)
		iconv_close(rd->to_utf8);
	if (rd->from_utf8 != (iconv_t)-1)
		iconv_close(rd->from_utf8);
	gzsrc_close(rd->gz);
	free(rd);
}

/* Source bytes at a source offset: the file's, or a gzip source's
 * decompressed bytes. */
static ssize_t
source_pread(struct view_reader *rd, void *p, size_t n, off_t off)
{
	if (rd->gz != NULL)
		return gzsrc_pread(rd->gz, p, n, off, &rd->src_err);
	return util_pread(rd->fd, p, n, off);
}

ssize_t
view_reader_pread(struct view_reader *rd, void *p, size_t n, off_t off)
{
	if (!rd->seekable)
		return -ESPIPE;
	return source_pread(rd, p, n, off);
}

int
view_reader_is_gzip(const struct view_reader *rd)
{
	return rd->gz != NULL;
}

struct gzsrc_index *
view_reader_take_gz_index(struct view_reader *rd)
{
	return rd->gz != NULL ? gzsrc_take_index(rd->gz) : NULL;
}

void
view_reader_use_gz_index(struct view_reader *rd, const struct gzsrc_index *idx)
{
	if (rd->gz != NULL)
		gzsrc_use_index(rd->gz, idx);
}

const struct csvio_record *
view_reader_record(const struct view_reader *rd)
{
	return &rd->rec;
}

const struct identity_row *
view_reader_identity(const struct view_reader *rd)
{
	return rd->ident_set ? &rd->ident : NULL;
}

void
view_reader_set_stats(struct view_reader *rd, struct view_stats *st)
{
	rd->stats = st;
}

/* Read more: keep the unread tail, grow only for a record longer than the
 * buffer.  0, or -EFBIG past VIEW_MAX_RECORD, or -errno. */
static int
reader_fill(struct view_reader *rd)
{
	ssize_t n;

	rd->nrecs = rd->rec_next = 0;	/* they point into the buffer */
	if (rd->start > 0) {
		memmove(rd->buf, rd->buf + rd->start, rd->end - rd->start);
		rd->buf_off += (off_t)rd->start;
		rd->end -= rd->start;
		rd->start = 0;
	}
	if (rd->end == rd->cap) {
		size_t cap = rd->cap * 2;
		char *p;

		if (rd->cap >= VIEW_MAX_RECORD)
			return -EFBIG;
		if (membudget_charge(cap - rd->cap) != 0)
			return -ENOMEM;
		if ((p = realloc(rd->buf, cap)) == NULL) {
			membudget_uncharge(cap - rd->cap);
			return -ENOMEM;
		}
		rd->buf = p;
		rd->cap = cap;
	}
	if (rd->seekable) {
		n = source_pread(rd, rd->buf + rd->end, rd->cap - rd->end,
		    rd->buf_off + (off_t)rd->end);
		if (n < 0)
			return (int)n;
	} else {
		do
			n = read(rd->fd, rd->buf + rd->end, rd->cap - rd->end);
		while (n == -1 && errno == EINTR);
		if (n == -1)
			return -errno;
	}
	if (n == 0)
		rd->eof = 1;
	rd->end += (size_t)n;
	return 0;
}

/* Split the next record; 1 if one is in rd->rec, 0 at the end. */
static int
reader_next(struct view_reader *rd, char delim, long line, size_t *used,
    struct pfs_error *err)
{
	long n;
	int r;

	/* split already by scrub_ahead, at this very place of the buffer */
	if (rd->rec_next < rd->nrecs && rd->ahead_rec_at[rd->rec_next] ==
	    rd->buf_off + (off_t)rd->start) {
		struct csvio_record t = rd->rec;

		rd->rec = rd->ahead_recs[rd->rec_next];
		rd->ahead_recs[rd->rec_next] = t;
		*used = rd->rec_used = rd->ahead_used[rd->rec_next++];
		return 1;
	}
	rd->nrecs = rd->rec_next = 0;
	for (;;) {
		n = csvio_next(delim, rd->buf + rd->start, rd->end - rd->start,
		    rd->eof, line, &rd->rec, err);
		if (n < 0)
			return (int)n;
		if (n > 0) {
			*used = rd->rec_used = (size_t)n;
			return 1;
		}
		if (rd->eof)
			return 0;
		if ((r = reader_fill(rd)) != 0)
			return r;
	}
}

static int
set_error(struct pfs_error *err, long line, size_t column, const char *what)
{
	*err = (struct pfs_error){ .code = EINVAL, .line = line,
	    .column = column, .what = what };
	return -EINVAL;
}

/* A gzip source that cannot be read is a file that cannot be shown, with
 * the reason and the line it was met at; other errors stay errnos. */
static int
source_error(struct view_reader *rd, struct pfs_error *err, long line, int r)
{
	if (r == -EIO && rd->src_err.what != NULL)
		return set_error(err, line, 0, rd->src_err.what);
	return r;
}

/* ---- encodings ---- */

static int
reader_iconv(struct view_reader *rd)
{
	if (rd->to_utf8 != (iconv_t)-1)
		return 0;
	rd->to_utf8 = iconv_open("UTF-8", "WINDOWS-1252");
	/* A fake name may hold a character 1252 lacks: transliterate. */
	rd->from_utf8 = iconv_open("WINDOWS-1252//TRANSLIT", "UTF-8");
	if (rd->to_utf8 == (iconv_t)-1 || rd->from_utf8 == (iconv_t)-1)
		return -ENOTSUP;
	return 0;
}

/* Windows-1252 into UTF-8 (out is reset): by table, else iconv (an
 * undefined byte: iconv's error). */
static int
to_utf8(struct view_reader *rd, const char *s, size_t n, struct buf *out)
{
	int r = cp1252_to_utf8(s, n, out);

	if (r != -ENOTSUP)
		return r;
	if ((r = reader_iconv(rd)) != 0)
		return r;
	return util_iconv(rd->to_utf8, s, n, out, NULL);
}

static const char bad_byte[] = "invalid byte for the file's encoding";

/*
 * UTF-8 read as Windows-1252 (or Latin-1) and saved again as UTF-8, as a
 * spreadsheet does to a file it opened in the wrong encoding: é is "Ã©"
 * (C3 83 C2 A9), à "Ã " (then a no-break space), ° "Â°", ’ "â€™".  The
 * file is valid UTF-8, so a header "PrÃ©nom" or "TÃ©lÃ©phone" met no rule
 * and under columns = keep its first names and phones came out raw (as
 * mojibake, which every reader decodes back).  Its sign: "Ã" or "Â" right
 * before another character beyond ASCII (no language writes one; "JOÃO"
 * and "SÃO" have a letter after it), or "â€" (C3 A2 E2 82 AC: the lead of
 * every typographic quote and dash encoded twice).  Looked for in the
 * header only, which the exporting system writes: a comment may hold a
 * pasted snippet of mojibake, which scrub reads through (textnorm), and
 * failing its whole file for it would be a cost on every row for a cell
 * whose rule already transforms it.
 */
static int
twice_encoded(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;

	for (; (p = memchr(p, 0xc3, (size_t)(end - p))) != NULL; p++) {
		if (end - p < 3)
			break;
		if ((p[1] == 0x82 || p[1] == 0x83) && p[2] >= 0xc2 &&
		    p[2] <= 0xf4)
			return 1;
		if (p[1] == 0xa2 && end - p >= 5 && p[2] == 0xe2 &&
		    p[3] == 0x82 && p[4] == 0xac)
			return 1;
	}
	return 0;
}

/*
 * A letter of another code page between two ASCII letters: CP850's é â ç
 * ê ë ï (82 83 87 88 89 8B), which Windows-1252 reads as punctuation
 * (‚ ƒ ‡ ˆ ‰ ‹), or Mac Roman's î ï ò ô é ü (94 95 98 99 8E 9F: ” • ˜ ™ Ž
 * Ÿ; dialect_codepage_letter decides).  The sniffer looks for it in the
 * bytes the encoding was decided on (dialect.c); a DOS or Mac export
 * appended after them, or a file whose first such letter comes later, was
 * read as Windows-1252 past them, as was every chunk read under
 * --encoding cp1252, which skips the sniff.  So each record is looked at
 * too.  A byte that may be one, for the record's quick test.
 */
static int
codepage_byte(unsigned char c)
{
	return (c >= 0x82 && c <= 0x8b && ((1u << (c - 0x82)) & 0x2e3)) ||
	    c == 0x8e || c == 0x94 || c == 0x95 || c == 0x98 || c == 0x99 ||
	    c == 0x9f;
}

/*
 * A field's raw bytes must be valid in the file's encoding (NULL), else
 * why not.  In a
 * Windows-1252 file, a valid multi-byte UTF-8 sequence is another
 * encoding too: text pasted from a UTF-8 source, or a file of lines from
 * two exports, decided Windows-1252 by its first bytes.  Such a cell would
 * be read as mojibake ("HÃ©lÃ¨ne"), which no row value or dictionary
 * matches, so scrub and the name lookups would let it through, and every
 * reader decodes it back; and Windows-1252 text practically never forms
 * one (the sniffer's own rule, dialect.c).  The file fails, as it does
 * when both encodings are in its first bytes.
 */
static const char *
field_invalid(enum dialect_encoding enc, const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s;
	const char *why;
	ucs4_t uc;

	if (util_is_ascii(s, n))
		return NULL;
	if (enc == DIALECT_UTF8)
		return u8_check(p, n) == NULL ? NULL : bad_byte;
	for (size_t i = 0; i < n; i++) {
		/* Windows-1252 leaves five bytes undefined. */
		if (p[i] == 0x81 || p[i] == 0x8d || p[i] == 0x8f ||
		    p[i] == 0x90 || p[i] == 0x9d)
			return bad_byte;
		if (p[i] >= 0xc2 && p[i] <= 0xf4 && i + 1 < n &&
		    (p[i + 1] & 0xc0) == 0x80 &&
		    u8_mbtoucr(&uc, p + i, n - i) > 1)
			return "UTF-8 text in a Windows-1252 file (two "
			    "encodings: convert the file to one)";
		if (codepage_byte(p[i]) &&
		    (why = dialect_codepage_letter(s, n, i)) != NULL)
			return why;
	}
	return NULL;
}

/*
 * A Windows-1252 record with nothing for field_invalid to look at: no byte
 * the encoding leaves undefined, no lead byte of a UTF-8 sequence (C2-F4)
 * followed by a continuation byte (80-BF), no other code page's letter
 * (codepage_byte), sixteen bytes at a time.  Then
 * a record with accents needs no check per field; else (rare in
 * Windows-1252 text: an é before a ° or a «) its fields are looked at
 * one by one, as before.
 */
static int
cp1252_plain(const char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__)
	/* A block and the same shifted by one byte: a lead in the first
	 * with a continuation after it, across the block's end too. */
	for (; i + 17 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i)),
		    w = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
		__m128i m = _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x81)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x8d))),
		    _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x8f)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x90))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x9d))));
		/* Other code pages' letters (codepage_byte), looked at
		 * per field: CP850's, then Mac Roman's. */
		__m128i dos = _mm_or_si128(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x82)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x83))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x87)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x88)))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x89)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x8b))));
		__m128i mac = _mm_or_si128(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x8e)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x94))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x95)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x98)))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x99)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x9f))));
		/* Signed: leads C2-F4 are -62..-12, continuations 80-BF
		 * below -64. */
		__m128i pair = _mm_and_si128(_mm_and_si128(
		    _mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
		    _mm_cmpgt_epi8(_mm_set1_epi8(-11), v)),
		    _mm_cmpgt_epi8(_mm_set1_epi8(-64), w));

		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(m, pair),
		    _mm_or_si128(dos, mac))) != 0)
			return 0;
	}
#endif
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 ||
		    c == 0x9d || codepage_byte(c))
			return 0;
		if (c >= 0xc2 && c <= 0xf4 && i + 1 < n &&
		    ((unsigned char)s[i + 1] & 0xc0) == 0x80)
			return 0;
	}
	return 1;
}

#if defined(__SSE2__)
/*
 * Whether the high bytes (hb, a bit each) of the sixteen at p are all
 * two-byte sequences (U+0080-U+07FF: French accents), each continuation
 * right after its lead byte, a lead byte last allowed (its continuation
 * is the next block's first byte, checked there): then the bytes to step
 * over, sixteen, or fifteen when a lead byte is last (its pair starts the
 * next block), else 0.
 */
static inline unsigned
pairs_only(const uint8_t *p, unsigned hb)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* Signed: leads C2-DF are -62..-33, continuations 80-BF below -64. */
	unsigned lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
	    _mm_cmpgt_epi8(_mm_set1_epi8(-32), v)));
	unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(
	    _mm_set1_epi8(-64), v));

	if ((lead | cont) != hb || cont != ((lead << 1) & 0xffff))
		return 0;
	return 16 - (lead >> 15);
}
#endif

#if defined(__SSE2__)
/*
 * Sixteen bytes at a time, without a branch per block: the lead bytes of
 * two-byte sequences (C2-DF) and the continuation bytes (80-BF) of each
 * block as masks; the block is valid when those are all its high bytes and
 * each continuation follows a lead (the last lead's continuation is the
 * next block's first byte: carried).  An ASCII block passes as well (all
 * masks empty), so the test is the same for every block and only a block
 * holding anything else (a three- or four-byte sequence, a stray byte)
 * leaves it.  The bytes checked, a multiple of sixteen, or fewer when such
 * a block came: the caller checks from there byte by byte (a lead carried
 * into it is stepped back over).
 */
static size_t
pairs_span(const uint8_t *p, size_t n)
{
	size_t i = 0;
	unsigned carry = 0;

	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		unsigned hb = (unsigned)_mm_movemask_epi8(v);
		/* Signed: leads C2-DF are -62..-33, continuations 80-BF below -64. */
		unsigned lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(
		    _mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
		    _mm_cmpgt_epi8(_mm_set1_epi8(-32), v)));
		unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(
		    _mm_set1_epi8(-64), v));

		if ((lead | cont) != hb ||
		    cont != (((lead << 1) | carry) & 0xffff))
			break;
		carry = lead >> 15;
	}
	/* A lead last: its pair is checked again from the lead. */
	return i - carry;
}
#endif

/* The same check over a whole record.  ASCII runs are skipped sixteen or
 * eight bytes at a time and only multi-byte sequences are decoded
 * (u8_check looks at every byte, and most bytes are ASCII). */
static int
record_valid(enum dialect_encoding enc, const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	uint64_t w;
	ucs4_t uc;
	int len;

	if (enc != DIALECT_UTF8)
		return cp1252_plain(s, n);
#if defined(__SSE2__)
	p += pairs_span(p, n);
#endif
	while (p < end) {
#if defined(__SSE2__)
		if ((size_t)(end - p) >= 16) {
			unsigned step, hb = (unsigned)_mm_movemask_epi8(
			    _mm_loadu_si128((const __m128i *)(const void *)p));

			if (hb == 0) {
				p += 16;
				continue;
			}
			if ((step = pairs_only(p, hb)) != 0) {
				p += step;
				continue;
			}
			/* Straight to the first high byte of the sixteen. */
			p += __builtin_ctz(hb);
		} else
#endif
		if ((size_t)(end - p) >= 8) {
			memcpy(&w, p, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				p += 8;
				continue;
			}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* Straight to the first high byte of the word. */
			p += __builtin_ctzll(w & 0x8080808080808080ULL) >> 3;
#endif
		}
		if (*p < 0x80) {
			p++;
			continue;
		}
		/* Two bytes (U+0080-U+07FF: French accents) without a call. */
		if (*p >= 0xc2 && *p <= 0xdf && end - p >= 2 &&
		    (p[1] & 0xc0) == 0x80) {
			p += 2;
			continue;
		}
		if ((len = u8_mbtoucr(&uc, p, (size_t)(end - p))) < 0)
			return 0;
		p += len;
	}
	return 1;
}

static int	field_value_general(struct view_reader *rd,
		    enum dialect_encoding enc, const struct csvio_field *f,
		    struct buf *raw, struct buf *utf8, const char **v,
		    size_t *len);

/* The value of a field, unescaped and in UTF-8: an unquoted UTF-8 or
 * ASCII field is its source bytes, valid while the record is.  Inline for
 * the unquoted UTF-8 field (most), a call for the rest. */
static inline int
field_value(struct view_reader *rd, enum dialect_encoding enc,
    const struct csvio_field *f, struct buf *raw, struct buf *utf8,
    const char **v, size_t *len)
{
	if (!f->quoted && enc == DIALECT_UTF8) {
		*v = f->raw_len ? f->raw : "";
		*len = f->raw_len;
		return 0;
	}
	return field_value_general(rd, enc, f, raw, utf8, v, len);
}

static int
field_value_general(struct view_reader *rd, enum dialect_encoding enc,
    const struct csvio_field *f, struct buf *raw, struct buf *utf8,
    const char **v, size_t *len)
{
	const char *s = f->raw;
	size_t n = f->raw_len;
	int r;

	if (f->quoted) {
		if ((r = csvio_unescape(f, raw)) != 0)
			return r;
		s = raw->data;
		n = raw->len;
	}
	if (enc == DIALECT_UTF8 || util_is_ascii(s, n)) {
		*v = n ? s : "";
		*len = n;
		return 0;
	}
	if ((r = to_utf8(rd, s, n, utf8)) != 0)
		return r;
	*v = utf8->len ? utf8->data : "";
	*len = utf8->len;
	return 0;
}

/*
 * A field's source bytes, quotes and all, into `out` in the view's
 * encoding: copied as they are, or converted to UTF-8 for a Windows-1252
 * source under `encoding = utf-8`.  Quotes and delimiters are ASCII, so the
 * converted field keeps its quoting.
 */
static inline __attribute__((always_inline)) int
append_raw(const struct view *v, struct view_reader *rd, struct buf *out,
    const struct csvio_field *f)
{
	int r;

	if (view_encoding(v) == v->dialect.encoding ||
	    util_is_ascii(f->raw, f->raw_len))
		return buf_append_short(out, f->raw, f->raw_len);
	if ((r = to_utf8(rd, f->raw, f->raw_len, &rd->encoded)) != 0)
		return r;
	return buf_append(out, rd->encoded.data, rd->encoded.len);
}

/* ---- planning ---- */

/* An ASCII head says nothing of the encoding: find the first high byte. */
static int
settle_encoding(struct view_reader *rd, off_t from, struct dialect *d,
    struct pfs_error *err)
{
	char *chunk;
	ssize_t n;
	int r = 0;

	if (!rd->seekable)
		return 0;	/* a pipe: UTF-8, and a later 1252 byte fails */
	if ((chunk = malloc(READ_CHUNK + 4)) == NULL)
		return -ENOMEM;
	for (;;) {
		n = source_pread(rd, chunk, READ_CHUNK + 4, from);
		if (n < 0) {
			r = (int)n;
			break;
		}
		if (n == 0)
			break;
		for (ssize_t i = 0; i < n && i < (ssize_t)READ_CHUNK; i++) {
			if ((unsigned char)chunk[i] >= 0x80) {
				r = dialect_settle_encoding(d, chunk + i,
				    (size_t)(n - i), err);
				goto out;
			}
		}
		from += READ_CHUNK;
	}
 out:
	free(chunk);
	return r;
}

/* Whether a normalized header is the one a fake rule's `sex =` names. */
static int
is_sex_header(const struct policy *p, const char *norm)
{
	for (size_t i = 0; i < p->ncolumns; i++)
		if (p->columns[i].op == OP_FAKE &&
		    p->columns[i].sex_header != NULL &&
		    strcmp(p->columns[i].sex_header, norm) == 0)
			return 1;
	return 0;
}

static int
is_fake(const struct view_col *c, enum fake_kind kind)
{
	return c->emit && c->rule != NULL && c->rule->op == OP_FAKE &&
	    c->rule->fake == kind;
}

/*
 * What fake values take from their row: the sex column the first rule with
 * `sex =` names (one per file), and the first shown fake first- and
 * last-name columns, from which an email is built when the file shows
 * both (docs/policy.md, "fake").
 */
static void
plan_fake_links(struct view *v, long sex_by_header)
{
	size_t i, j;
	int email = 0;

	v->sex_col = v->first_col = v->last_col = -1;
	for (i = 0; i < v->ncols; i++) {
		const struct policy_column *r = v->cols[i].rule;

		if (r == NULL || r->op != OP_FAKE)
			continue;
		if (r->sex_ref != NULL && v->sex_col < 0) {
			if (r->sex_rule == NULL)
				v->sex_col = sex_by_header;
			for (j = 0; r->sex_rule != NULL && j < v->ncols; j++)
				if (v->cols[j].rule == r->sex_rule) {
					v->sex_col = (long)j;
					break;
				}
		}
		if (v->first_col < 0 && is_fake(&v->cols[i], FAKE_FIRST_NAME))
			v->first_col = (long)i;
		if (v->last_col < 0 && is_fake(&v->cols[i], FAKE_LAST_NAME))
			v->last_col = (long)i;
		email |= is_fake(&v->cols[i], FAKE_EMAIL);
	}
	v->email_names = email && v->first_col >= 0 && v->last_col >= 0;
	v->first_ctx = v->last_ctx = -1;
	for (i = 0; i < v->nctx && v->email_names; i++) {
		if (v->ctx_cols[i] == v->first_col)
			v->first_ctx = (int)i;
		if (v->ctx_cols[i] == v->last_col)
			v->last_ctx = (int)i;
	}
}

/*
 * Whether a cell of rule c is remembered, and by what (memo_tag): not when
 * its value is not the cell's alone (an email made of the row's fake
 * names), per sex for a fake that reads the row's sex.
 */
static signed char
plan_memo(const struct view *v, const struct policy_column *c)
{
	if (c == NULL || !(c->flags & OP_F_MEMOIZABLE))
		return MEMO_NONE;
	if (c->op != OP_FAKE)
		return MEMO_CELL;
	if (c->fake == FAKE_EMAIL && v->email_names)
		return MEMO_NONE;
	if (c->sex_ref != NULL && v->sex_col >= 0)
		return MEMO_SEX;
	return MEMO_CELL;
}

static int
plan_ways(struct view *v)
{
	size_t n = v->ncols ? v->ncols : 1;

	if ((v->way = malloc(n)) == NULL || (v->memo_way = malloc(n)) == NULL ||
	    (v->ctx_of = malloc(n)) == NULL ||
	    (v->plain = calloc(n, 1)) == NULL ||
	    (v->shown = calloc(n, sizeof(*v->shown))) == NULL ||
	    (v->scrub_cols = calloc(n, sizeof(*v->scrub_cols))) == NULL ||
	    (v->scrub_of = calloc(n, sizeof(*v->scrub_of))) == NULL)
		return -ENOMEM;
	for (size_t i = 0; i < v->ncols; i++) {
		const struct view_col *c = &v->cols[i];

		if (!c->emit)
			v->way[i] = WAY_SKIP;
		else if (c->rule == NULL || c->rule->op == OP_KEEP)
			v->way[i] = WAY_RAW;
		else if (v->email_names && ((long)i == v->first_col ||
		    (long)i == v->last_col))
			v->way[i] = WAY_ROW_NAME;
		else
			v->way[i] = WAY_OP;
		v->memo_way[i] = plan_memo(v, c->rule);
		if (v->way[i] == WAY_OP || v->way[i] == WAY_ROW_NAME)
			v->plain[i] = (ops_plain_output(c->rule,
			    v->dialect.delim, 1) ? PLAIN_UTF8 : 0) |
			    (ops_plain_output(c->rule, v->dialect.delim, 0) ?
			    PLAIN_ANY : 0);
		if (v->way[i] != WAY_SKIP)
			v->shown[v->nshown++] = i;
		v->ctx_of[i] = -1;
		v->scrub_of[i] = SIZE_MAX;
		if (v->way[i] == WAY_OP && c->rule->op == OP_SCRUB) {
			v->scrub_of[i] = v->nscrub;
			v->scrub_cols[v->nscrub++] = i;
		}
	}
	for (size_t k = 0; k < v->nctx && k < OPS_ROW_VIEWS; k++) {
		size_t i = (size_t)v->ctx_cols[k];

		if (v->way[i] == WAY_OP &&
		    (v->ctx_rules[k]->flags & OP_F_PSEUDONYM)) {
			v->ctx_of[i] = (signed char)k;
			v->nviews++;
		}
	}
	v->plain_bit = view_encoding(v) == DIALECT_UTF8 ? PLAIN_UTF8 : PLAIN_ANY;
	return 0;
}

/*
 * A column of NIRs shown as NIRs (op = nir, output = nir) has its fakes
 * drawn NIR_BATCH rows at a time (nir_ahead): one BLAKE2b-512 each, a
 * sixth of a row's time, and four in one computation cost about two.
 * Not with scrub_ahead, which splits the next records its own way, nor
 * without the four lanes (nir_batch_ready): one by one, the batch would
 * only add work.
 */
static void
plan_nir_ahead(struct view *v)
{
	v->nir_col = -1;
	if (v->scrub_ahead || !nir_batch_ready())
		return;
	for (size_t i = 0; i < v->ncols; i++)
		if (v->way[i] == WAY_OP && v->cols[i].rule->op == OP_NIR &&
		    v->cols[i].rule->nir_format) {
			v->nir_col = (long)i;
			return;
		}
}

static int
is_lexicon(const struct policy_column *c)
{
	return c != NULL && (c->flags & OP_F_LEXICON);
}

/* A column the row pass reads: it can suppress a cell. */
static int
hides(const struct policy_column *c)
{
	return c != NULL && (c->flags & OP_F_HIDES);
}

/*
 * The row pass: the columns that can suppress a cell (analysis, drug,
 * ward, icd10), and the columns of this file their `linked =` rules name.
 * An icd10 column with neither linked nor drop_row is read only to be
 * counted for check.
 */
static int
plan_hiding(struct view *v)
{
	size_t i, j, k, n = 0, nl = 0;

	for (i = 0; i < v->ncols; i++) {
		const struct policy_column *c = v->cols[i].rule;

		if (!hides(c))
			continue;
		n++;
		for (j = 0; j < v->ncols; j++)
			for (k = 0; k < c->nlinked; k++)
				nl += v->cols[j].rule == c->linked[k];
	}
	if (n == 0)
		return 0;
	v->hide_cols = calloc(n, sizeof(*v->hide_cols));
	v->links = calloc(nl ? nl : 1, sizeof(*v->links));
	if (v->hide_cols == NULL || v->links == NULL)
		return -ENOMEM;
	for (i = 0; i < v->ncols; i++) {
		const struct policy_column *c = v->cols[i].rule;

		if (!hides(c))
			continue;
		v->hide_cols[v->nhide++] = i;
		v->hide_rows |= is_lexicon(c) || c->nlinked > 0 || c->drop_row;
		for (j = 0; j < v->ncols; j++)
			for (k = 0; k < c->nlinked; k++)
				if (v->cols[j].rule == c->linked[k]) {
					v->links[v->nlinks].from = i;
					v->links[v->nlinks++].to = j;
				}
	}
	return 0;
}

/*
 * A file of a rule that depends on the identity source (identity.h) is
 * planned with one version of it, held for the view's life: the version
 * is part of what the view was computed from (index.h, the index cache's
 * key), so a new version of the identity file is a new version of this
 * view.  Without a scrub column or the patient column nothing is looked
 * up, but the version still names the view (the cache key is decided
 * before the header is read).  A source that cannot be loaded fails the
 * file (-EIO): its comments would keep the names it holds.
 */
static int
plan_identity(const struct engine *e, struct view *v, int scrubs,
    struct pfs_error *err)
{
	const struct policy *p = e->policy;
	size_t i;
	int r;

	v->identity_patient_col = -1;
	if (!identity_rule_depends(p, v->rule))
		return 0;
	for (i = 0; scrubs && i < v->ncols; i++)
		if (v->cols[i].rule == p->patient)
			break;
	if (!scrubs || i == v->ncols || e->keys == NULL) {
		v->identity_version = identity_source_stamp(e,
		    &v->identity_changed);
		return 0;
	}
	if ((r = identity_source_get(e, &v->identity, err)) != 0)
		return r;
	v->identity_version = identity_version(v->identity);
	v->identity_changed = identity_changed(v->identity);
	v->identity_patient_col = (long)i;
	return 0;
}

/* ---- the header again, in another order (two exports concatenated) ---- */

/* A cell as header_again compares it: its bytes within its quotes,
 * without a BOM (each export of a concatenation opens with its own) or
 * the spaces around it. */
static const char *
cell_text(const struct csvio_field *f, size_t *len)
{
	const char *p = f->raw, *end = f->raw + f->raw_len;

	if (f->quoted && f->raw_len >= 2) {
		p++;
		end--;
	}
	if (end - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*len = (size_t)(end - p);
	return p;
}

static uint64_t
fold_hash(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)(p[i] >= 'A' && p[i] <= 'Z' ?
		    p[i] + 32 : p[i])) * 0x100000001b3ULL;
	return h;
}

static int
cmp_hdr_hash(const void *a, const void *b)
{
	uint64_t x = ((const struct hdr_hash *)a)->h,
	    y = ((const struct hdr_hash *)b)->h;

	return x < y ? -1 : x > y;
}

/* The bit of hdr_shape for a cell of len bytes (0 < len < 64). */
static inline unsigned
hdr_shape_bit(const char *p, size_t len)
{
	unsigned a = (unsigned char)p[0], z = (unsigned char)p[len - 1];

	a |= a >= 'A' && a <= 'Z' ? 32 : 0;
	z |= z >= 'A' && z <= 'Z' ? 32 : 0;
	return (unsigned)(len * 131 + a * 31 + z * 7) & 4095;
}

/* One entry of header_again's table: text p[0..len) read by `rule`. */
static int
add_header_entry(struct view *v, size_t k, const char *p, size_t len,
    const struct policy_column *rule)
{
	int r;

	v->hdr_off[k] = v->hdr_text.len;
	if ((r = buf_append(&v->hdr_text, p, len)) != 0)
		return r;
	v->hdr_off[k + 1] = v->hdr_text.len;
	v->hdr_rule[k] = rule;
	if (len > 0 && len < 64) {
		unsigned b = hdr_shape_bit(p, len);

		v->hdr_lens |= (uint64_t)1 << len;
		v->hdr_shape[b >> 6] |= (uint64_t)1 << (b & 63);
	}
	v->hdr_sorted[k].h = fold_hash(p, len);
	v->hdr_sorted[k].col = k;
	return 0;
}

/*
 * The header's cells, for header_again, and the headers of the policy's
 * column rules for this file as the policy spells them: a second export
 * appended whose header names a column by another of its rule's headers
 * ("Genre;IPP;Nom" under "IPP;Nom;Sexe", Genre a header of Sexe's rule)
 * was not the header again, and its rows came out under the first
 * header's rules, the names under the kept Sexe (hostile22).
 */
static int
plan_header_cells(struct view *v, const struct csvio_record *rec)
{
	const struct policy *p = v->engine->policy;
	size_t i, j, k, len, n = v->ncols;
	const char *t;
	int r;

	for (i = 0; i < p->ncolumns; i++)
		if (policy_column_in_file(&p->columns[i], v->rule))
			n += p->columns[i].nheaders;
	if ((v->hdr_off = calloc(n + 1, sizeof(*v->hdr_off))) == NULL ||
	    (v->hdr_rule = calloc(n ? n : 1, sizeof(*v->hdr_rule))) == NULL ||
	    (v->hdr_sorted = calloc(n ? n : 1, sizeof(*v->hdr_sorted))) == NULL)
		return -ENOMEM;
	for (k = 0; k < v->ncols; k++) {
		t = cell_text(&rec->fields[k], &len);
		if ((r = add_header_entry(v, k, t, len, v->cols[k].rule)) != 0)
			return r;
	}
	for (i = 0; i < p->ncolumns; i++) {
		const struct policy_column *c = &p->columns[i];

		if (!policy_column_in_file(c, v->rule))
			continue;
		for (j = 0; j < c->nheaders; j++, k++)
			if ((r = add_header_entry(v, k, c->spelled[j],
			    strlen(c->spelled[j]), c)) != 0)
				return r;
	}
	v->nhdr = k;
	qsort(v->hdr_sorted, v->nhdr, sizeof(*v->hdr_sorted), cmp_hdr_hash);
	return 0;
}

/* Whether p[0..n) is header entry `col`, in any ASCII case. */
static int
is_header_cell(const struct view *v, size_t col, const char *p, size_t n)
{
	return v->hdr_off[col + 1] - v->hdr_off[col] == n &&
	    strncasecmp(v->hdr_text.data + v->hdr_off[col], p, n) == 0;
}

/* Which header cell field f is: its own column's (*moved 0), another's
 * (*moved 1), or none (0). */
static int
header_cell_of(const struct view *v, const struct csvio_field *f, size_t i,
    int *moved)
{
	struct hdr_hash key, *at;
	const char *p;
	size_t n;
	int found = 0;

	p = cell_text(f, &n);
	*moved = 0;
	if (n == 0)
		return 0;
	if (i < v->ncols && is_header_cell(v, i, p, n))
		return 1;
	key.h = fold_hash(p, n);
	if ((at = bsearch(&key, v->hdr_sorted, v->nhdr, sizeof(key),
	    cmp_hdr_hash)) == NULL)
		return 0;
	/* The first of the entries with this hash, then each in turn: a
	 * header cell of another column, or a policy's header of another
	 * rule than this column's, is out of its place. */
	while (at > v->hdr_sorted && at[-1].h == key.h)
		at--;
	for (; at < v->hdr_sorted + v->nhdr && at->h == key.h; at++)
		if (is_header_cell(v, at->col, p, n)) {
			if (at->col < v->ncols || i >= v->ncols ||
			    v->hdr_rule[at->col] != v->cols[i].rule) {
				*moved = 1;
				return 1;
			}
			found = 1;
		}
	return found;
}

static const char again_why[] = "the header again with its columns in "
    "another order (two exports concatenated?): the rows after it would be "
    "read under the first header's rules";

/*
 * A record that is the header again with its columns in another order:
 * two exports concatenated ("cat a.csv b.csv") whose second writes
 * "Sexe;Nom;IPP" under "IPP;Nom;Sexe".  Its rows would be read by the
 * first header's rules, the IPP under the kept Sexe: raw under the
 * default policy (ragged = fail, columns = drop), as wide as the header.
 * The file fails.  Two of its cells must be header cells, one of them
 * out of its place; the same header in its own order is read as a row
 * as before.  Only a record whose first cell is as long as a header cell
 * is looked at further (a bit test per record).
 */
static int
header_again(const struct view *v, const struct csvio_record *rec, long line,
    struct pfs_error *err)
{
	size_t i, n, hits = 0;
	int moved, any_moved = 0;
	const char *first = cell_text(&rec->fields[0], &n);
	unsigned b;

	/* A length, then a length with a first and a last byte, no header
	 * cell has: the record is data (an IPP as long as `Mutuelle` still
	 * starts with a digit). */
	if (n == 0 || n >= 64 || !(v->hdr_lens & (uint64_t)1 << n))
		return 0;
	b = hdr_shape_bit(first, n);
	if (!(v->hdr_shape[b >> 6] >> (b & 63) & 1) ||
	    !header_cell_of(v, &rec->fields[0], 0, &moved))
		return 0;
	for (i = 0; i < rec->nfields; i++)
		if (header_cell_of(v, &rec->fields[i], i, &moved)) {
			hits++;
			any_moved |= moved;
		}
	if (hits < 2 || !any_moved)
		return 0;
	return set_error(err, line, 0, again_why);
}

/* Header cells longer than this are not split by joined_headers (a header
 * of thousands of columns joined by ':' is some 50 KB): the file fails
 * instead, since such a cell may be every column of the file joined; and
 * the distinct signs it splits one cell by. */
#define JOINED_MAX	(1u << 20)
#define JOINED_SEPS	16

/* A character that is not the file's delimiter and is no letter, digit
 * or mark: ASCII signs and space, another of the reader's delimiters (a
 * ';' file's header cell "IPP,Nom,Sexe"), controls (Hive's default ^A,
 * ASCII's unit separator), and beyond ASCII the broken bar, the section
 * sign, a box-drawing bar. */
static int
foreign_sep(char delim, ucs4_t c)
{
	if (c == (unsigned char)delim || c == '\n' || c == '\r')
		return 0;
	if (c < 0x80)
		return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') &&
		    !(c >= '0' && c <= '9');
	return !uc_is_alnum(c) && !uc_is_general_category(c, UC_CATEGORY_M);
}

/* The piece s[0..n) holds a space between two of its characters (a
 * longer header's words: "Nom — du médecin"). */
static int
piece_spaced(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	while (n > 0 && s[0] == ' ')
		s++, n--;
	return n > 0 && memchr(s, ' ', n) != NULL;
}

/* Of val[0..len) split at every sep[0..n): how many pieces, how many a
 * header of the policy's columns (or with ident of an identifier's), how
 * many hold a space inside. */
static int
joined_count(const struct view *v, const char *val, size_t len,
    const char *sep, size_t n, int ident, size_t *hits, size_t *pieces,
    size_t *spaced, struct buf *norm)
{
	const char *q;
	size_t a, b;
	int r;

	*hits = *pieces = *spaced = 0;
	for (a = 0; a <= len; a = b + n) {
		q = memmem(val + a, len - a, sep, n);
		b = q != NULL ? (size_t)(q - val) : len;
		if ((r = norm_header(val + a, b - a, norm)) != 0)
			return r;
		if (norm->len == 0)
			continue;
		(*pieces)++;
		*spaced += (size_t)piece_spaced(val + a, b - a);
		if (policy_match_column(v->engine->policy, v->rule,
		    norm->data) != NULL || (ident &&
		    norm_header_identifying(norm->data)))
			(*hits)++;
	}
	return 0;
}

/*
 * A file in a delimiter the reader does not split on (':', a space, HL7's
 * '^', '~', Hive's ^A, '¦'): every record is one field, the header names
 * no column and looks like no data, so under columns = keep every row came
 * out whole and raw ("IPP:Nom:Sexe:Tel", then "1001:DUPONT:F:0612345678"),
 * and after a title line it was the same.  Its sign: a cell that holds two
 * or more headers of the policy's columns, or with ident of a person's
 * identifier (norm_header_identifying), between one such character: in
 * the header's own cells (ident).  In a row below a header that names no
 * column (title_before), the policy's headers only, and more than half of
 * its pieces: a comment may say "tel portable" or "voir Nom et IPP".
 * One header word in a longer header ("Nom du médecin") is no sign.
 * In the header (ident), one is, *found 2, by a sign that is no space when
 * the cell is three pieces or more, or two of one word each
 * ("Code:Nom:Service", "Nom^UF": the export's only name column, kept raw
 * with two headers asked for); not "Nom — du médecin", "Médecin
 * traitant : nom".  A space cannot tell "Code Nom UF" from "Nom du
 * médecin": two there.  *found 3: a cell over JOINED_MAX, not split (a
 * header of 1.6 MB joined by ':' was kept whole, its rows raw, exit 0).
 */
static int
joined_headers(const struct view *v, const char *val, size_t len, int ident,
    int *found)
{
	struct buf norm = BUF_INIT;
	ucs4_t tried[JOINED_SEPS], uc;
	size_t k, t, ntried = 0, hits, pieces, spaced;
	int n, r = 0;

	/* too long to split: as if joined (fail closed; joined_long_why) */
	*found = len > JOINED_MAX ? 3 : 0;
	for (k = 0; k < len && !*found && r == 0; k += (size_t)n) {
		if ((n = u8_mbtouc(&uc, (const uint8_t *)val + k, len - k)) < 1)
			n = 1;
		if (!foreign_sep(v->dialect.delim, uc))
			continue;
		for (t = 0; t < ntried && tried[t] != uc; t++)
			;
		if (t < ntried)
			continue;
		if (ntried == JOINED_SEPS)
			break;
		tried[ntried++] = uc;
		if ((r = joined_count(v, val, len, val + k, (size_t)n, ident,
		    &hits, &pieces, &spaced, &norm)) != 0)
			break;
		if (hits >= 2 && (ident || 2 * hits > pieces))
			*found = 1;
		else if (ident && hits == 1 && !uc_is_property_white_space(uc) &&
		    (pieces >= 3 || (pieces == 2 && spaced == 0)))
			*found = 2;
	}
	buf_free(&norm);
	return r;
}

/*
 * A header whose letters beyond ASCII an encoding lost or escaped on the
 * way: a Windows-1252 export read as UTF-8 and saved again ("Pr\uFFFDnom",
 * U+FFFD for each é), or converted to ASCII ("Pr?nom", "Prnom"), or read
 * in a DOS or Mac code page ("Pr├®nom", "Pr√©nom"), or escaped by a web
 * tool ("Pr&eacute;nom", "Pr%C3%A9nom", "Pr\u00e9nom").  It met no rule,
 * so under columns = keep the first names and phones under "Prénom" and
 * "Téléphone" came out raw (redteam18).  Its sign: its key with those
 * characters taken out is a rule's header's with its letters beyond ASCII
 * taken out (policy_match_lost); or, where it holds a sign of a lost
 * letter (U+FFFD, '?', an escape, two signs beyond ASCII in a row), one of
 * é/è/ê, à/â or nothing in place of each of its first 4 runs makes a
 * rule's header or an identifier's ("Pr?nom" under a policy that does
 * not name first names).  Headers of 256 bytes or less: 81 keys at most.
 */
static int
lost_letters(const struct view *v, const char *val, size_t len, int *found)
{
	static const char choices[] = "ea-";
	struct buf key = BUF_INIT;
	char fill[5];
	size_t runs, combos, k, j, x, unused;
	int signs, r;

	*found = 0;
	if ((r = norm_header_lost(val, len, NULL, &key, &runs, &signs)) != 0)
		goto out;
	if (policy_match_lost(v->engine->policy, v->rule, key.data) != NULL) {
		*found = 1;
		goto out;
	}
	if (!signs || runs == 0 || len > 256)
		goto out;
	if (runs > 4)
		runs = 4;
	for (combos = 1, j = 0; j < runs; j++)
		combos *= 3;
	for (k = 0; k < combos && !*found; k++) {
		for (x = k, j = 0; j < runs; j++, x /= 3)
			fill[j] = choices[x % 3];
		fill[runs] = '\0';
		if ((r = norm_header_lost(val, len, fill, &key, &unused,
		    &signs)) != 0)
			goto out;
		*found = policy_match_column(v->engine->policy, v->rule,
		    key.data) != NULL || norm_header_identifying(key.data);
	}
 out:
	buf_free(&key);
	return r == -EILSEQ ? 0 : r;
}

static const char lost_why[] = "a header no rule names reads as a rule's "
    "header, or a person's identifier's, whose letters beyond ASCII were "
    "lost or escaped on the way (\"Pr?nom\", \"Prnom\", \"Pr&eacute;nom\", "
    "\"Pr%C3%A9nom\" for \"Prénom\") and columns = keep would show it raw: "
    "convert the file from its real encoding, or name it in a rule "
    "(suspect_names = show keeps it)";

static const char joined_why[] = "headers of the policy's columns joined "
    "by a sign the reader does not take for a delimiter (':', a space, "
    "'^', a control character): each record would be one field, kept "
    "whole (convert the file to ';', ',', TAB or '|'; suspect_names = "
    "show keeps it)";
static const char joined_long_why[] = "a header cell of more than 1 MiB, "
    "maybe a file's headers joined by a sign the reader does not take for "
    "a delimiter: each record would be one field, kept whole (convert the "
    "file to ';', ',', TAB or '|'; suspect_names = show keeps it)";

/*
 * Under columns = keep, a header no rule names that looks like data (a
 * date, a number of 8 or more digits, a NIR, an email: names.c's signs for
 * a kept file name, but the signs of a header's own spelling) is a file
 * without its header line: its first record was read as the header, no
 * column was named, and every cell of every row came out raw (and
 * check only flagged the header).  One that is a name of the lists is a
 * pivoted export, one column per patient ("IPP;DUPONT Jean;MARTIN Paul"):
 * the view showed the names (no header word of an export is
 * such a name: Nom, Service, Poids are not).  One whose key is a header
 * of a person's identifier (norm_header_identifying: "Surname", "NOM_PAT",
 * "DOB") is a column the policy forgot to name.  The file
 * fails, unless the rule says suspect_names = show, as for a kept name.
 */
static int
header_like_data(const struct view *v, const char *val, size_t len,
    const char *key, size_t col, struct pfs_error *err)
{
	enum names_sign sign;
	char stack[256], *tmp = stack;
	int r, joined = 0, lost = 0;

	if (v->rule->suspect_show || len == 0)
		return 0;
	if (key != NULL && (r = joined_headers(v, val, len, 1, &joined)) != 0)
		return r;
	if (joined == 1 || joined == 3)
		return set_error(err, v->header_line, col + 1, joined == 1 ?
		    joined_why : joined_long_why);
	/* Before the joined header's reason, which "Pr?nom" ("Pr" joined
	 * to "nom") also meets, and the identifier's, which "Prnom" meets:
	 * this one says what to do. */
	if (key != NULL && (r = lost_letters(v, val, len, &lost)) != 0)
		return r;
	if (lost)
		return set_error(err, v->header_line, col + 1, lost_why);
	/* A header that says what it holds, a person's name, birth date,
	 * NIR, phone, email, address or number, in a spelling the policy
	 * does not list ("NOM_PAT", "Surname", "DOB", "Tel1"): kept, it
	 * showed every patient's raw value under a header that said so.
	 * Not where no column rule applies to the file: an all-keep policy
	 * shows the file as it is, on purpose. */
	if (key != NULL && norm_header_identifying(key))
		return set_error(err, v->header_line, col + 1, "a header no "
		    "rule names says it holds a person's identifier (a name, "
		    "a birth date, a NIR, a phone, an email, an address, a "
		    "patient number) and columns = keep would show it raw: "
		    "name it in a rule (suspect_names = show keeps it)");
	/* one header joined to words ("Code:Nom:Service"): after the
	 * identifier's reason, which says more of "N°Tel" */
	if (joined == 2)
		return set_error(err, v->header_line, col + 1, joined_why);
	/* A long header is read whole too (once a file, not a cell): its
	 * email or name past the 256th byte would be shown. */
	if (len > sizeof(stack) && (tmp = malloc(len)) == NULL)
		return -ENOMEM;
	/* A file name holds no '/': names.c reads a date with '-' or '.',
	 * a cell writes it with '/' as often.  Nor a control character,
	 * which names.c refuses before it reads the name: a tab or an
	 * escape beside it hid a listed name or a NIR from this check
	 * ("IPP;Nom;<TAB>1840275123456" kept the column and showed the NIR as
	 * its header; hostile20).  In a header it is a space. */
	for (size_t k = 0; k < len; k++)
		tmp[k] = val[k] == '/' ? '-' : (unsigned char)val[k] < 0x20 ||
		    val[k] == 0x7f ? ' ' : val[k];
	r = names_sign(tmp, len, &sign);
	if (tmp != stack)
		free(tmp);
	if (r != 0)
		return r;
	if (sign == NAMES_LISTED)
		return set_error(err, v->header_line, col + 1, "a header no "
		    "rule names is a first or last name of the lists and "
		    "columns = keep would show it: one column per patient? "
		    "(suspect_names = show keeps it)");
	if (sign != NAMES_NIR && sign != NAMES_DIGITS && sign != NAMES_EMAIL &&
	    sign != NAMES_DATE)
		return 0;
	return set_error(err, v->header_line, col + 1, "a header no rule names "
	    "looks like data (a date, a number, an email) and columns = keep "
	    "would show every cell: a file without its header line? "
	    "(suspect_names = show keeps it)");
}

/* A header cell the file's encoding cannot hold, or in another code page
 * or encoded twice: the file fails at it (column col). */
static int
header_cell_encoding(const struct view *v, const struct csvio_field *f,
    size_t col, struct pfs_error *err)
{
	const char *bad;

	if ((bad = field_invalid(v->dialect.encoding, f->raw,
	    f->raw_len)) != NULL)
		return set_error(err, v->header_line, col + 1, bad == bad_byte ?
		    "invalid byte for the file's encoding in the header" : bad);
	if (v->dialect.encoding == DIALECT_UTF8 &&
	    twice_encoded(f->raw, f->raw_len))
		return set_error(err, v->header_line, col + 1, "UTF-8 text "
		    "encoded twice in the header (read as Windows-1252 and saved "
		    "again as UTF-8: \"PrÃ©nom\"): convert the file back (iconv "
		    "-f UTF-8 -t WINDOWS-1252)");
	return 0;
}

/*
 * A header cell that carries text no one sees: Unicode tag characters
 * (U+E0000..U+E007F, an ASCII letter each), variation selectors 17 to 256
 * (U+E0100..U+E01EF, a byte each) or a run of zero-width characters (two
 * of them make a bit).  A header the policy matched is shown as the
 * source writes it, and header matching reads through such characters,
 * so "Sexe" followed by the tags of a patient's name met the kept Sexe's
 * rule and the view's header carried the name, which any reader decodes
 * (hostile22).  More than HIDDEN_MAX invisible characters of any kind
 * fail the file too; one BOM, zero-width space or soft hyphen, as export
 * tools leave them, is read as before.
 */
#define HIDDEN_MAX	2

static int
hidden_text(const char *val, size_t len)
{
	const uint8_t *s = (const uint8_t *)val, *end = s + len;
	unsigned invisible = 0;
	ucs4_t uc;
	int n;

	while (s < end) {
		if (*s < 0x80) {
			s++;
			continue;
		}
		if ((n = u8_mbtouc(&uc, s, (size_t)(end - s))) <= 0)
			n = 1;
		s += n;
		if ((uc >= 0xe0000 && uc <= 0xe007f) ||
		    (uc >= 0xe0100 && uc <= 0xe01ef))
			return 1;
		if (uc_is_property_default_ignorable_code_point(uc) &&
		    ++invisible > HIDDEN_MAX)
			return 1;
	}
	return 0;
}

/* Identifying columns are read for scrub even when dropped: their
 * indexes and rules in v->ctx_cols, v->ctx_rules. */
static int
plan_context_cols(struct view *v, struct pfs_error *err)
{
	for (size_t i = 0; i < v->ncols; i++) {
		if (v->cols[i].rule == NULL ||
		    v->cols[i].rule->identifies == DETECT_IDENT_NONE)
			continue;
		if (v->nctx == VIEW_MAX_CTX)
			return set_error(err, v->header_line, i + 1, "more than 16 "
			    "columns have identifies = for scrub");
		v->ctx_cols[v->nctx] = (long)i;
		v->ctx_rules[v->nctx++] = v->cols[i].rule;
	}
	return 0;
}

/* An icd10_label column reads the code of its rule's code column. */
static void
plan_icd10_links(struct view *v)
{
	for (size_t i = 0; i < v->ncols; i++) {
		if (v->cols[i].rule == NULL || v->cols[i].rule->op != OP_ICD10_LABEL)
			continue;
		for (size_t j = 0; j < v->ncols; j++)
			if (v->cols[j].rule == v->cols[i].rule->code) {
				v->cols[i].link = (long)j;
				break;
			}
	}
}

/*
 * Columns shown as written under a header an earlier column of the file
 * has too (`Sexe;Sexe`): each gets the rule (docs/policy.md), and a
 * source whose second `Sexe` holds the patient's name showed it under a
 * kept header, with check reading a column of sexes (hostile31).  Marked
 * for drift and check, which report it; the view shows both.  norms[i]:
 * column i's normalized header if its rule shows text, else NULL.  Each
 * column stops at the first earlier one of its rule and header.
 */
static void
mark_same_headers(struct view *v, char *const *norms)
{
	for (size_t i = 1; i < v->ncols; i++) {
		if (norms[i] == NULL || policy_column_repeated(v->cols[i].rule))
			continue;
		for (size_t j = 0; j < i; j++)
			if (norms[j] != NULL &&
			    v->cols[j].rule == v->cols[i].rule &&
			    strcmp(norms[j], norms[i]) == 0) {
				v->cols[i].same_as = j + 1;
				break;
			}
	}
}

static int
plan_columns(const struct engine *e, struct view *v, struct view_reader *rd,
    struct pfs_error *err)
{
	const struct policy *p = e->policy;
	const struct csvio_record *rec = &rd->rec;
	struct buf norm = BUF_INIT;
	char **shown_norm = NULL;	/* headers of columns shown as written */
	int needs_shift = 0, scrubs = 0, ruled = 0, r = 0;
	long sex_by_header = -1;
	const char *val;
	size_t len, i;

	v->ncols = rec->nfields;
	if ((v->cols = calloc(v->ncols, sizeof(*v->cols))) == NULL ||
	    (shown_norm = calloc(v->ncols ? v->ncols : 1,
	    sizeof(*shown_norm))) == NULL) {
		r = -ENOMEM;
		goto out;
	}
	for (i = 0; i < p->ncolumns && !ruled; i++)
		ruled = policy_column_in_file(&p->columns[i], v->rule);
	for (i = 0; i < v->ncols; i++) {
		struct view_col *c = &v->cols[i];

		if ((r = header_cell_encoding(v, &rec->fields[i], i, err)) != 0 ||
		    (r = field_value(rd, v->dialect.encoding, &rec->fields[i],
		    &rd->cell, &rd->utf8, &val, &len)) != 0 ||
		    (r = norm_header(val, len, &norm)) != 0)
			goto out;
		if (hidden_text(val, len)) {
			r = set_error(err, v->header_line, i + 1, "invisible "
			    "characters that can carry text in the header "
			    "(Unicode tags, variation selectors, zero-width "
			    "characters): remove them");
			goto out;
		}
		c->link = -1;
		if (sex_by_header < 0 && is_sex_header(p, norm.data))
			sex_by_header = (long)i;
		c->rule = policy_match_column(p, v->rule, norm.data);
		if (c->rule != NULL) {
			c->emit = c->rule->op != OP_DROP;
			if (c->emit && policy_column_shows_text(c->rule) &&
			    (shown_norm[i] = strdup(norm.data)) == NULL) {
				r = -ENOMEM;
				goto out;
			}
			needs_shift |= (c->rule->flags & OP_F_SHIFT) != 0;
			scrubs |= (c->rule->flags & OP_F_CONTEXT) != 0;
			continue;
		}
		switch (v->rule->unnamed) {
		case VIEW_UNNAMED_DROP:
			c->emit = 0;
			break;
		case VIEW_UNNAMED_KEEP:
			/* A header that mixes scripts in a word and is no
			 * rule's even as a skeleton is a look-alike of a
			 * name the policy does not know: not kept (so its
			 * key, an identifier's or not, shows nothing). */
			if ((r = norm_header_mixed(val, len, &c->mixed)) != 0 ||
			    (r = header_like_data(v, val, len, ruled &&
			    !c->mixed ? norm.data : NULL, i, err)) != 0)
				goto out;
			c->emit = !c->mixed;
			break;
		case VIEW_UNNAMED_FAIL:
			r = set_error(err, v->header_line, i + 1, "no rule names this column "
			    "and the policy says columns = fail");
			goto out;
		}
	}
	mark_same_headers(v, shown_norm);
	for (i = 0; i < v->ncols && v->cols[i].rule == NULL; i++)
		;
	v->title_check = i == v->ncols;
	if ((scrubs && (r = plan_context_cols(v, err)) != 0) ||
	    (r = plan_identity(e, v, scrubs, err)) != 0)
		goto out;
	v->patient_col = -1;
	if (needs_shift) {
		for (i = 0; i < v->ncols; i++)
			if (v->cols[i].rule == p->patient)
				break;
		if (i == v->ncols) {
			r = set_error(err, v->header_line, 0, "dates are shifted per patient, "
			    "but no column of this file matches the patient rule");
			goto out;
		}
		v->patient_col = (long)i;
	}
	plan_fake_links(v, sex_by_header);
	if ((r = plan_ways(v)) != 0 || (r = plan_hiding(v)) != 0)
		goto out;
	/* (The identity source's row is looked up per record: not ahead.) */
	for (i = 0; i < v->ncols && v->identity == NULL; i++)
		if (v->way[i] == WAY_OP && v->cols[i].rule->op == OP_SCRUB)
			v->scrub_ahead = 1;
	plan_nir_ahead(v);
	plan_icd10_links(v);
 out:
	for (i = 0; shown_norm != NULL && i < v->ncols; i++)
		free(shown_norm[i]);
	free(shown_norm);
	buf_free(&norm);
	return r;
}

/* The view's BOM: the source's, or the policy's under encoding = utf-8. */
static size_t
view_bom_len(const struct view *v)
{
	if (!v->utf8)
		return v->dialect.bom_len;
	return v->rule->bom ? 3 : 0;
}

/* The view's BOM, then the source's sep= line as it is (ASCII: the same
 * bytes in either encoding). */
static int
emit_preamble(struct view *v)
{
	int r;

	if ((r = buf_append(&v->head, "\xef\xbb\xbf", view_bom_len(v))) != 0)
		return r;
	return buf_append(&v->head, v->dialect.sep_line, v->dialect.sep_len);
}

static int
emit_header(struct view *v, struct view_reader *rd)
{
	const struct csvio_record *rec = &rd->rec;
	int first = 1, r;

	if ((r = emit_preamble(v)) != 0)
		return r;
	for (size_t i = 0; i < v->ncols; i++) {
		if (!v->cols[i].emit)
			continue;
		if (!first && (r = buf_putc(&v->head, v->dialect.delim)) != 0)
			return r;
		first = 0;
		if ((r = append_raw(v, rd, &v->head, &rec->fields[i])) != 0)
			return r;
	}
	return buf_append(&v->head, rec->eol, rec->eol_len);
}

/*
 * Sniff from the first SNIFF_BYTES, or more: a header wider than that is
 * read whole (the window doubles) up to VIEW_MAX_RECORD, since a delimiter
 * chosen from part of a header is a guess, and a wrong guess can turn every
 * row into one kept column.  Past the limit the file fails.
 */
static int
sniff(struct view_reader *rd, struct dialect *d, struct pfs_error *err)
{
	size_t window = SNIFF_BYTES;
	int r;

	for (;;) {
		while (!rd->eof && rd->end - rd->start < window)
			if ((r = reader_fill(rd)) != 0)
				return r == -EFBIG ? set_error(err, 1, 0, "header "
				    "longer than 64 MiB: the delimiter cannot be "
				    "sniffed") : source_error(rd, err, 1, r);
		r = dialect_sniff(rd->buf + rd->start, rd->end - rd->start,
		    rd->eof, d, err);
		if (r == 0)
			return 0;
		if (r != -EAGAIN)
			return r;	/* -EINVAL: err says why */
		if (window >= VIEW_MAX_RECORD)
			return set_error(err, 1, 0, "header longer than 64 MiB: "
			    "the delimiter cannot be sniffed");
		window *= 2;
	}
}

int
view_open(const struct engine *e, const struct policy_file *rule,
    struct view_reader *rd, struct view **out, struct pfs_error *err)
{
	struct view *v;
	size_t used;
	long hline;
	int r;

	*out = NULL;
	memset(err, 0, sizeof(*err));
	if ((v = calloc(1, sizeof(*v))) == NULL)
		return -ENOMEM;
	v->engine = e;
	v->rule = rule;
	v->utf8 = rule->encoding == VIEW_ENCODING_UTF8;
	v->patient_col = v->nir_col = -1;
	v->sex_col = v->first_col = v->last_col = -1;
	v->first_ctx = v->last_ctx = -1;
	if ((r = sniff(rd, &v->dialect, err)) != 0)
		goto out;
	if (!rd->eof && !v->dialect.bom_len &&
	    util_is_ascii(rd->buf, rd->end) &&
	    (r = settle_encoding(rd, rd->buf_off + (off_t)rd->end,
	    &v->dialect, err)) != 0) {
		if (r != -EINVAL)	/* -EINVAL: the dialect said why */
			r = source_error(rd, err, 1, r);
		goto out;
	}
	rd->start += dialect_preamble_len(&v->dialect);
	hline = v->header_line = v->dialect.sep_len ? 2 : 1;
	r = reader_next(rd, v->dialect.delim, hline, &used, err);
	if (r < 0) {
		if (r == -EFBIG)
			r = set_error(err, 1, 0, "header longer than 64 MiB");
		else if (r != -EINVAL)	/* -EINVAL: csvio said where */
			r = source_error(rd, err, 1, r);
		goto out;
	}
	if (r == 0) {
		/* An empty file has an empty view. */
		if ((r = emit_preamble(v)) != 0)
			goto out;
		v->data_off = view_reader_offset(rd);
		v->data_line = hline;
		*out = v;
		return 0;
	}
	if ((r = plan_columns(e, v, rd, err)) != 0 ||
	    (r = plan_header_cells(v, &rd->rec)) != 0 ||
	    (r = emit_header(v, rd)) != 0)
		goto out;
	rd->start += used;
	v->data_off = view_reader_offset(rd);
	v->data_line = hline + (long)rd->rec.newlines;
	*out = v;
	return 0;
 out:
	view_free(v);
	return r;
}

/* ---- running ---- */

static int
encode_value(struct view_reader *rd, const struct view *v, int quoted)
{
	const char *s = rd->value.len ? rd->value.data : "";
	size_t n = rd->value.len;
	int r;

	if (view_encoding(v) != DIALECT_UTF8 && !util_is_ascii(s, n)) {
		if ((r = cp1252_from_utf8(s, n, &rd->encoded)) == -ENOTSUP &&
		    ((r = reader_iconv(rd)) != 0 ||
		    (r = util_iconv(rd->from_utf8, s, n, &rd->encoded,
		    NULL)) != 0))
			return r;
		if (r != 0)
			return r;
		s = rd->encoded.data;
		n = rd->encoded.len;
	}
	return csvio_write_value(v->dialect.delim, quoted, s, n, &rd->out);
}

/*
 * The view bytes of a value appended to rd->out from `start` (an operator
 * writes there directly): left in place when they need neither quotes nor
 * another encoding (most cells), else taken back and written again by
 * encode_value.
 */
static int	settle_cell_again(struct view_reader *rd, const struct view *v,
		    int quoted, size_t start);

static inline __attribute__((always_inline)) int
settle_cell(struct view_reader *rd, const struct view *v, int quoted,
    size_t start)
{
	const char *s = rd->out.len > start ? rd->out.data + start : "";
	size_t n = rd->out.len - start;

	if (!quoted && (view_encoding(v) == DIALECT_UTF8 ||
	    util_is_ascii(s, n)) &&
	    !csvio_needs_quotes(v->dialect.delim, s, n))
		return 0;
	return settle_cell_again(rd, v, quoted, start);
}

/* Whether column i's value from a cell so quoted needs no settle_cell. */
static inline int
plain_cell(const struct view *v, size_t i, int quoted)
{
	return !quoted && (v->plain[i] & v->plain_bit);
}

/* settle_cell's other case: the value written again, quoted or
 * converted.  In the view's UTF-8, quoted where it is (csvio_write_value's
 * bytes: a quote before and after, each quote in it doubled), not copied
 * out and written back (a scrubbed note quoted in its source, most of
 * the cells this takes). */
static int
settle_cell_again(struct view_reader *rd, const struct view *v, int quoted,
    size_t start)
{
	const char *s = rd->out.len > start ? rd->out.data + start : "";
	size_t n = rd->out.len - start, nq = 0;
	int r;

	if (view_encoding(v) == DIALECT_UTF8 && (quoted ||
	    csvio_needs_quotes(v->dialect.delim, s, n))) {
		char *d;

		for (const char *q = memchr(s, CSVIO_QUOTE, n); q != NULL;
		    q = memchr(q + 1, CSVIO_QUOTE, (size_t)(s + n - q - 1)))
			nq++;
		if ((r = buf_reserve(&rd->out, nq + 2)) != 0)
			return r;
		d = rd->out.data + start;
		d[n + nq + 1] = CSVIO_QUOTE;
		/* from the end: each byte moves by the quotes before it */
		for (size_t i = n, k = nq; k > 0; ) {
			char c = d[--i];

			d[i + k + 1] = c;
			if (c == CSVIO_QUOTE)
				d[i + k--] = CSVIO_QUOTE;
			if (k == 0)
				memmove(d + 1, d, i);
		}
		if (nq == 0)
			memmove(d + 1, d, n);
		d[0] = CSVIO_QUOTE;
		rd->out.len = start + n + nq + 2;
		return 0;
	}
	buf_reset(&rd->value);
	if ((r = buf_append(&rd->value, s, n)) != 0)
		return r;
	rd->out.len = start;
	return encode_value(rd, v, quoted);
}

/*
 * The memo tag of a cell of column col (MEMO_TAG_VIEW or MEMO_TAG_VALUE in
 * `form`), or -1 when its value is not the cell's alone (plan_memo).
 */
static inline long
memo_tag(const struct view *v, size_t col, const struct ops_row *row,
    uint32_t form)
{
	switch (v->memo_way[col]) {
	case MEMO_CELL:
		return form;
	case MEMO_SEX:
		return form | (uint32_t)row->fake.sex;
	default:
		return -1;
	}
}

/*
 * The value of a row's fake first or last name into `out`, and its email
 * local part into `email` (for the row's email), from the memo when the
 * same cell and sex came before: remembered together, as the name's length
 * (one byte), the name, then the email part, so that a name seen before
 * costs neither its operator nor the email's byte loop and accents.
 */
static int
row_name(const struct view *v, struct view_reader *rd, struct ops_row *row,
    size_t col, struct buf *out, struct buf *email)
{
	const struct csvio_field *f = &rd->rec.fields[col];
	const struct policy_column *c = v->cols[col].rule;
	struct buf *both = &rd->names_memo;
	struct memo_ref ref;
	const char *val;
	long tag;
	size_t len;
	int hit = -1, r;

	buf_reset(out);
	buf_reset(email);
	if ((tag = memo_tag(v, col, row, MEMO_TAG_VALUE)) >= 0)
		hit = memo_find(rd->memo, col, (uint32_t)tag, f->raw,
		    f->raw_len, &ref);
	if (hit == 1) {
		/* Empty parts are not appended: a buffer never used has no
		 * memory to point into. */
		len = (unsigned char)ref.val[0];
		if (len > 0 && (r = buf_append_short(out, ref.val + 1, len)) != 0)
			return r;
		if (ref.vlen > 1 + len && (r = buf_append_short(email,
		    ref.val + 1 + len, ref.vlen - 1 - len)) != 0)
			return r;
		return 0;
	}
	if ((r = field_value(rd, v->dialect.encoding, f, &rd->cell, &rd->utf8,
	    &val, &len)) != 0 ||
	    (r = ops_apply(v->engine->policy, c, row, val, len, &rd->ops,
	    out)) != 0 ||
	    (r = fake_email_part(out->data ? out->data : "", out->len,
	    email)) != 0)
		return r;
	if (hit != 0 || out->len > UINT8_MAX)
		return 0;
	buf_reset(both);
	if ((r = buf_putc(both, (char)out->len)) != 0 ||
	    (r = buf_append(both, out->data, out->len)) != 0 ||
	    (r = buf_append(both, email->data, email->len)) != 0)
		return r;
	memo_store(&ref, col, (uint32_t)tag, f->raw, f->raw_len, both->data,
	    both->len);
	return 0;
}

/* The row's sex and fake names, for the fake values that read them. */
static int
row_fakes(const struct view *v, struct view_reader *rd, struct ops_row *row)
{
	static const struct csvio_field empty = { "", 0, 0 };
	const struct csvio_record *rec = &rd->rec;
	const char *val;
	size_t len;
	int r;

	row->fake.sex = FAKE_SEX_UNKNOWN;
	if (v->sex_col >= 0) {
		const struct csvio_field *f = (size_t)v->sex_col < rec->nfields ?
		    &rec->fields[v->sex_col] : &empty;

		if ((r = field_value(rd, v->dialect.encoding, f, &rd->aux,
		    &rd->aux_utf8, &val, &len)) != 0 ||
		    (r = norm_value(NORM_TEXT, val, len, &rd->sex)) != 0)
			return r;
		row->fake.sex = fake_sex_of(rd->sex.data ? rd->sex.data : "",
		    rd->sex.len);
	}
	if (!v->email_names)
		return 0;
	buf_reset(&rd->first);
	buf_reset(&rd->last);
	buf_reset(&rd->first_email);
	buf_reset(&rd->last_email);
	if ((size_t)v->first_col < rec->nfields &&
	    (r = row_name(v, rd, row, (size_t)v->first_col, &rd->first,
	    &rd->first_email)) != 0)
		return r;
	if ((size_t)v->last_col < rec->nfields &&
	    (r = row_name(v, rd, row, (size_t)v->last_col, &rd->last,
	    &rd->last_email)) != 0)
		return r;
	row->fake.first = rd->first.data;
	row->fake.first_len = rd->first.len;
	row->fake.last = rd->last.data;
	row->fake.last_len = rd->last.len;
	/* Never NULL from here (an empty part is ""): fake_email reads them
	 * instead of making them again. */
	row->fake.first_email = rd->first_email.data ? rd->first_email.data :
	    "";
	row->fake.first_email_len = rd->first_email.len;
	row->fake.last_email = rd->last_email.data ? rd->last_email.data : "";
	row->fake.last_email_len = rd->last_email.len;
	return 0;
}

/* The row's fake first or last name (a WAY_ROW_NAME column), already made
 * by row_fakes for its email. */
static inline __attribute__((always_inline)) int
emit_row_name(const struct view *v, struct view_reader *rd, size_t i,
    int quoted)
{
	const struct buf *b = (long)i == v->first_col ? &rd->first : &rd->last;
	size_t start = rd->out.len;
	int r;

	if ((r = buf_append_short(&rd->out, b->data, b->len)) != 0)
		return r;
	if (plain_cell(v, i, quoted))
		return 0;
	return settle_cell(rd, v, quoted, start);
}

static void
count_hidden(struct view_col_stats *st, uint32_t groups)
{
	st->cells++;
	for (int b = 0; b < VIEW_STATS_GROUPS; b++)
		if (groups & (1u << b))
			st->groups[b]++;
}

/*
 * The row pass: rd->hidden[] marks the cells a suppressed analysis, drug
 * or ward empties (itself: its placeholder; its linked cells: nothing),
 * and *drop says the row goes (action = drop_row).  With stats, icd10
 * suppressions are counted too.
 */
static int
hide_row(const struct view *v, struct view_reader *rd, int *drop)
{
	const struct csvio_record *rec = &rd->rec;
	const char *val;
	uint32_t groups;
	size_t len, i;
	int r, hidden;

	*drop = 0;
	if (rd->hidden_cap < v->ncols) {
		unsigned char *p = realloc(rd->hidden, v->ncols);
		if (p == NULL)
			return -ENOMEM;
		rd->hidden = p;
		rd->hidden_cap = v->ncols;
	}
	memset(rd->hidden, HIDE_NONE, v->ncols);
	for (i = 0; i < v->nhide; i++) {
		size_t col = v->hide_cols[i];
		const struct policy_column *c = v->cols[col].rule;

		if (col >= rec->nfields || (c->op == OP_ICD10 && rd->stats == NULL &&
		    c->nlinked == 0 && !c->drop_row))
			continue;
		if ((r = field_value(rd, v->dialect.encoding, &rec->fields[col],
		    &rd->cell, &rd->utf8, &val, &len)) != 0)
			return r;
		if (c->op == OP_ICD10) {
			groups = ops_icd10_suppressed(c, val, len);
			hidden = groups != 0;
		} else if ((hidden = ops_lexicon_hidden(c, val, len, &rd->ops,
		    &groups)) < 0) {
			return hidden;
		} else {
			groups &= c->suppress_groups;
		}
		if (!hidden)
			continue;
		rd->hidden[col] = HIDE_SELF;
		if (rd->stats != NULL)
			count_hidden(&rd->stats->cols[col], groups);
		if (c->drop_row && !*drop) {
			*drop = 1;
			if (rd->stats != NULL)
				rd->stats->cols[col].rows++;
		}
	}
	for (i = 0; i < v->nlinks; i++) {
		const struct view_link *l = &v->links[i];

		if (rd->hidden[l->from] != HIDE_SELF ||
		    rd->hidden[l->to] != HIDE_NONE)
			continue;
		rd->hidden[l->to] = HIDE_LINKED;
		if (rd->stats != NULL && l->to < rec->nfields &&
		    rec->fields[l->to].raw_len > 0)
			rd->stats->cols[l->from].linked++;
	}
	return 0;
}

/*
 * A hidden cell: its rule's placeholder; a linked cell, nothing, or its own
 * rule's placeholder when that rule suppresses too (a ward beside a
 * suppressed DP), so that a cell hidden for its own sake and one hidden for
 * its row's look the same.
 */
static int
emit_hidden(const struct view *v, struct view_reader *rd, size_t col,
    const struct csvio_field *f)
{
	const struct policy_column *c = v->cols[col].rule;
	int r;

	buf_reset(&rd->value);
	if ((rd->hidden[col] == HIDE_SELF || hides(c)) &&
	    (r = buf_append_str(&rd->value, c->text)) != 0)
		return r;
	return encode_value(rd, v, f->quoted);
}

/* The row's patient in the identity source, for scrub (plan_identity). */
static int
row_identity(const struct view *v, struct view_reader *rd,
    struct ops_row *row)
{
	const struct csvio_record *rec = &rd->rec;
	const char *val;
	size_t len;
	int r;

	if ((size_t)v->identity_patient_col >= rec->nfields)
		return 0;
	if ((r = field_value(rd, v->dialect.encoding,
	    &rec->fields[v->identity_patient_col], &rd->aux, &rd->aux_utf8,
	    &val, &len)) != 0)
		return r;
	r = identity_row_of(v->identity, v->engine->policy, val, len,
	    &rd->ops.norm, &rd->ident);
	if (r == 0) {
		row->ident = &rd->ident;
		rd->ident_set = 1;
	}
	return r == -ENOENT ? 0 : r;
}

/* The next data record, as reader_next, with its errors said: 1, 0 at the
 * end, or -errno with err filled in. */
static int
next_record(const struct view *v, struct view_reader *rd, long line,
    size_t *used, struct pfs_error *err)
{
	int r = reader_next(rd, v->dialect.delim, line, used, err);

	if (r == -EFBIG)
		return set_error(err, line, 0, "record longer than 64 MiB");
	if (r < 0 && r != -EINVAL)	/* -EINVAL: csvio said where and why */
		return source_error(rd, err, line, r);
	return r;
}

/* The context columns' values of record rec (the names a free-text cell
 * must not show), decoded to UTF-8 in the reader's buffers, into row. */
static int
row_values(const struct view *v, struct view_reader *rd,
    const struct csvio_record *rec, struct ops_row *row)
{
	static const struct csvio_field empty = { "", 0, 0 };
	const char *val;
	size_t len;
	int r;

	for (size_t i = 0; i < v->nctx; i++) {
		const struct csvio_field *f = (size_t)v->ctx_cols[i] < rec->nfields ?
		    &rec->fields[v->ctx_cols[i]] : &empty;

		if ((r = field_value(rd, v->dialect.encoding, f, &rd->ctx_raw[i],
		    &rd->ctx_utf8[i], &val, &len)) != 0)
			return r;
		rd->ctx_vals[i].kind = v->ctx_rules[i]->identifies;
		rd->ctx_vals[i].v = val;
		rd->ctx_vals[i].len = len;
	}
	row->ctx = rd->ctx_vals;
	row->ctx_rules = v->ctx_rules;
	row->nctx = v->nctx;
	return 0;
}

/*
 * The record at hand's row values as scrub_ahead_batch read them, or NULL
 * (read them now: row_values).  Its record 0 is the record at hand when
 * it ran, record j > 0 the one reader_next took from ahead_recs[j]; the
 * offsets say it is that very record, and the values stay valid (in the
 * buffer, which has not moved since: reader_fill and a seek clear nrecs,
 * or in ahead_text) until the next pass.  The same bytes row_values
 * gives (ahead_copy reads them the same way), some 250 instructions a
 * record.
 */
static const struct detect_value *
ahead_values_of(const struct view *v, const struct view_reader *rd)
{
	off_t at = rd->buf_off + (off_t)rd->start;
	size_t j = rd->rec_next - 1;

	if (!v->scrub_ahead || rd->nrecs == 0 || rd->rec_next == 0 ||
	    j >= rd->ahead_nvals || j >= rd->nrecs)
		return NULL;
	if (at != (j == 0 ? rd->ahead_at : rd->ahead_rec_at[j]))
		return NULL;
	return rd->ahead_vals[j];
}

/* What the row's cells are transformed with: the patient's date shift,
 * the context columns' values (names a free-text cell must not show) and
 * the identity source's fingerprints of the row's patient. */
static int
row_context(const struct view *v, struct view_reader *rd, struct ops_row *row)
{
	const struct policy *p = v->engine->policy;
	const struct csvio_record *rec = &rd->rec;
	const char *val;
	size_t len;
	int r;

	if (v->patient_col >= 0 && (size_t)v->patient_col < rec->nfields) {
		if ((r = field_value(rd, v->dialect.encoding,
		    &rec->fields[v->patient_col], &rd->aux, &rd->aux_utf8, &val,
		    &len)) != 0)
			return r;
		r = ops_patient_shift(p, val, len, &rd->ops, &row->shift);
		if (r == 0)
			row->has_shift = 1;
		else if (r != -ENOENT)
			return r;
	}
	if ((row->ctx = ahead_values_of(v, rd)) != NULL) {
		row->ctx_rules = v->ctx_rules;
		row->nctx = v->nctx;
	} else if ((r = row_values(v, rd, rec, row)) != 0) {
		return r;
	}
	if (v->identity != NULL && (r = row_identity(v, rd, row)) != 0)
		return r;
	return 0;
}

/*
 * xcell37: a row value cut at the boundary of two scrubbed cells ("Jean
 * DUP" | "ONT vu") is one name in the view's row, which a reader reads
 * left to right, the kept columns between included.  So each scrubbed
 * cell is given the last bytes of the nearest scrubbed cell before it
 * and the first bytes of the nearest after it, in column order (kept
 * columns between do not part them; a scrubbed cell that shows nothing,
 * empty or spaces, is passed over), and detect_row.c scan_cell_ends
 * takes the pieces that make one of the row's values.  Only neighbours,
 * not every pair: a cut is read where two cells meet.  The same ends on
 * every path (the cell at hand, scrub_ahead, the batch: ahead_column),
 * so the exporter and the mount write the same bytes.  Nothing when the
 * view has fewer than two scrubbed columns.
 */
static int
cell_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			return 0;
	return 1;
}

/* Scrubbed cell j's neighbours' ends, of the n cells ce, into its give:
 * the cells before it, nearest first, then those after, nearest first,
 * at most DETECT_CELL_CHAIN a side (xcell38: a value cut over three
 * cells or more; detect_row.c reads on past a neighbour only while it
 * is one word, and xcell43 until the chain holds the row's longest
 * value: 40 a side, a cell at least a character of it). */
static void
cell_neighbours(struct cell_end *ce, size_t n, size_t j)
{
	struct cell_end *c = &ce[j];
	size_t k = 0;

	c->ngive = 0;
	for (size_t b = j; b > 0 && k < DETECT_CELL_CHAIN; b--)
		if (!ce[b - 1].blank) {
			c->give[c->ngive++] = (struct detect_value){
			    DETECT_IDENT_CELL_BEFORE, ce[b - 1].tail,
			    ce[b - 1].ntail };
			k++;
		}
	k = 0;
	for (size_t a = j + 1; a < n && k < DETECT_CELL_CHAIN; a++)
		if (!ce[a].blank) {
			c->give[c->ngive++] = (struct detect_value){
			    DETECT_IDENT_CELL_AFTER, ce[a].head, ce[a].nhead };
			k++;
		}
}

/* rd->xc room for n cells: 0 or -ENOMEM. */
static int
cell_ends_room(struct view_reader *rd, size_t n)
{
	struct cell_end *x;

	if (rd->xc_cap >= n)
		return 0;
	if ((x = realloc(rd->xc, n * sizeof(*x))) == NULL)
		return -ENOMEM;
	rd->xc = x;
	rd->xc_cap = n;
	return 0;
}

/* Record rec's scrubbed cells' ends, copied into rd->xc_text (the
 * reader's cell buffers are reused cell after cell), and the ends each
 * is given, into rd->xc[j] (v->scrub_cols[j]'s).  0, or -errno. */
static int
row_cell_ends(const struct view *v, struct view_reader *rd,
    const struct csvio_record *rec)
{
	size_t n = v->nscrub, at[2];
	struct cell_end *ce;
	const char *val;
	size_t len;
	int r;

	if ((r = cell_ends_room(rd, n)) != 0)
		return r;
	ce = rd->xc;
	buf_reset(&rd->xc_text);
	for (size_t j = 0; j < n; j++) {
		size_t col = v->scrub_cols[j], h, a;

		/* (not a compound literal: give is 2 * DETECT_CELL_CHAIN
		 * entries, set by cell_neighbours) */
		ce[j].tail = ce[j].head = "";
		ce[j].ntail = ce[j].nhead = 0;
		ce[j].blank = 1;
		ce[j].ngive = 0;
		if (col >= rec->nfields)
			continue;
		if ((r = field_value(rd, v->dialect.encoding, &rec->fields[col],
		    &rd->cell, &rd->utf8, &val, &len)) != 0)
			return r;
		if (cell_blank(val, len))
			continue;
		ce[j].blank = 0;
		h = detect_cell_head(val, len);
		a = detect_cell_tail(val, len);
		/* (offsets until the copies are all made: the buffer moves) */
		at[0] = rd->xc_text.len;
		if ((r = buf_append(&rd->xc_text, val + a, len - a)) != 0)
			return r;
		at[1] = rd->xc_text.len;
		if ((r = buf_append(&rd->xc_text, val, h)) != 0)
			return r;
		ce[j].tail = (const char *)(uintptr_t)at[0];
		ce[j].ntail = len - a;
		ce[j].head = (const char *)(uintptr_t)at[1];
		ce[j].nhead = h;
	}
	for (size_t j = 0; j < n; j++) {
		const char *base = rd->xc_text.data ? rd->xc_text.data : "";

		if (ce[j].blank)
			continue;
		ce[j].tail = base + (uintptr_t)ce[j].tail;
		ce[j].head = base + (uintptr_t)ce[j].head;
	}
	for (size_t j = 0; j < n; j++)
		cell_neighbours(ce, n, j);
	return 0;
}

/*
 * Scrub ahead (docs/performance.md): the spans of the scrubbed cells of
 * the next SCRUB_AHEAD records already in the read buffer, found one
 * after the other before any of them is transformed, and kept until
 * scrub_apply asks for them (ahead_spans_of).  The detectors are some
 * 30 KB of code, the rest of a row's work (the reader, the other
 * columns' operators, the memo, the writer) as much again: row by row,
 * each evicts the other from the instruction cache; in turn, the
 * detectors run warm.  The spans are what scrub_apply would find itself
 * (scrub_detect, from the same cell and row values, read the same way),
 * so the bytes do not change; a record the pass could not read whole
 * (the buffer's end) or a cell it could not convert is found as before.
 * Not with an identity source (its row is looked up per record).
 */

/*
 * The spans just found in det, kept for (at, col): copied into
 * ahead_spans, or with `lend` pointed to where they are, a scratch of
 * rd->ahead_det that nothing runs in until the next batch (the last
 * detect_run_many of the batch: scrub_ahead_batch).  The copy was some
 * 60 bytes a span written to memory the detectors had evicted, a tenth
 * of the batch's own data misses.
 */
static int
ahead_keep(struct view_reader *rd, off_t at, size_t col,
    const struct detect_scratch *det, int lend)
{
	static const struct detect_span none;
	size_t need = rd->ahead_nspans + det->nspans;

	if (rd->nahead == rd->ahead_cap) {
		size_t cap = rd->ahead_cap ? rd->ahead_cap * 2 : SCRUB_AHEAD;
		struct ahead_cell *a = realloc(rd->ahead, cap * sizeof(*a));

		if (a == NULL)
			return -ENOMEM;
		rd->ahead = a;
		rd->ahead_cap = cap;
	}
	if (lend) {
		/* a cell without spans: a pointer all the same (not NULL) */
		rd->ahead[rd->nahead++] = (struct ahead_cell){ at, col, 0,
		    det->nspans, det->nspans > 0 ? det->spans : &none };
		return 0;
	}
	if (need > rd->ahead_spans_cap || rd->ahead_spans == NULL) {
		size_t cap = rd->ahead_spans_cap ? rd->ahead_spans_cap : 256;
		struct detect_span *sp;

		while (cap < need)
			cap *= 2;
		/* not realloc: the old block is wiped (dates of the cells) */
		if ((sp = malloc(cap * sizeof(*sp))) == NULL)
			return -ENOMEM;
		if (rd->ahead_spans != NULL) {
			memcpy(sp, rd->ahead_spans, rd->ahead_nspans * sizeof(*sp));
			explicit_bzero(rd->ahead_spans, rd->ahead_spans_cap *
			    sizeof(*sp));
			free(rd->ahead_spans);
		}
		rd->ahead_spans = sp;
		rd->ahead_spans_cap = cap;
	}
	if (det->nspans > 0)
		memcpy(rd->ahead_spans + rd->ahead_nspans, det->spans,
		    det->nspans * sizeof(*det->spans));
	rd->ahead[rd->nahead++] = (struct ahead_cell){ at, col,
	    rd->ahead_nspans, det->nspans, NULL };
	rd->ahead_nspans = need;
	return 0;
}

/* The row values scrub reads (row_context's), of record rec, into row
 * (scrub_ahead; scrub_ahead_batch reads them in ahead_copy). */
static int
ahead_row(const struct view *v, struct view_reader *rd,
    const struct csvio_record *rec, struct ops_row *row)
{
	ops_row_clear(row);
	return row_values(v, rd, rec, row);
}

/* The view's scrubbed columns, in order, into cols: how many, or 0 when
 * there are more than AHEAD_COLS (scrub_ahead then). */
static size_t
ahead_cols(const struct view *v, size_t *cols)
{
	size_t n = 0;

	for (size_t c = 0; c < v->ncols; c++)
		if (v->way[c] == WAY_OP && v->cols[c].rule->op == OP_SCRUB) {
			if (n == AHEAD_COLS)
				return 0;
			cols[n++] = c;
		}
	return n;
}

/* Bit k of ahead_copy's *copied: row value k (below AHEAD_CELL_BIT) or
 * cell k - AHEAD_CELL_BIT was copied into ahead_text (an offset there
 * until the batch is made); clear, it is a pointer already. */
#define AHEAD_CELL_BIT	16
_Static_assert(VIEW_MAX_CTX <= AHEAD_CELL_BIT && AHEAD_CELL_BIT + AHEAD_COLS <= 32,
    "ahead_copy's bits");

/* n bytes at p that stay where they are until the batch is made: the
 * source's own bytes (an unquoted UTF-8 field, field_value) in the
 * reader's buffer, which nothing reads into during the batch.  The
 * others are in the reader's decoding buffers, which the next field
 * overwrites. */
static int
ahead_in_source(const struct view_reader *rd, const char *p, size_t n)
{
	uintptr_t a = (uintptr_t)p, b = (uintptr_t)rd->buf;

	return a >= b && a - b <= rd->end && n <= rd->end - (a - b);
}

/*
 * Record rec's row values, into rd->ahead_vals[k], and its cells of the
 * scrubbed columns cols (in at[j], len[j]; len[j] SIZE_MAX for a record
 * too short to have the cell); *bytes grows by the cells'.  A value or a
 * cell still in the source's bytes is pointed to there; the others (quoted,
 * converted) are copied into rd->ahead_text, as offsets until the batch is
 * made, and *copied says which.  (Copying them all was some 110
 * instructions a record: docs/performance.md, tenth pass.)
 */
static int
ahead_copy(const struct view *v, struct view_reader *rd,
    const struct csvio_record *rec, size_t k, const size_t *cols,
    size_t ncols, uintptr_t *at, size_t *len, size_t *bytes,
    uint32_t *copied)
{
	static const struct csvio_field empty = { "", 0, 0 };
	struct detect_value *vals = rd->ahead_vals[k];
	enum dialect_encoding enc = v->dialect.encoding;
	const struct csvio_field *fields = rec->fields;
	size_t nctx = v->nctx, nfields = rec->nfields;
	const char *val;
	size_t n;
	int r;

	*copied = 0;
	/* row_values' values (the same bytes), read here rather than
	 * through it and copied again: an unquoted UTF-8 field, most, is its
	 * source bytes */
	for (size_t i = 0; i < nctx; i++) {
		size_t col = (size_t)v->ctx_cols[i];
		const struct csvio_field *f = col < nfields ? &fields[col] :
		    &empty;

		vals[i].kind = v->ctx_rules[i]->identifies;
		if (!f->quoted && enc == DIALECT_UTF8) {
			vals[i].v = f->raw_len > 0 ? f->raw : "";
			vals[i].len = f->raw_len;
			continue;
		}
		if ((r = field_value_general(rd, enc, f, &rd->cell, &rd->utf8,
		    &val, &n)) != 0)
			return r;
		vals[i].len = n;
		vals[i].v = n > 0 ? val : "";
		if (n == 0 || ahead_in_source(rd, val, n))
			continue;
		vals[i].v = (const char *)(uintptr_t)rd->ahead_text.len;
		*copied |= (uint32_t)1 << i;
		if ((r = buf_append(&rd->ahead_text, val, n)) != 0)
			return r;
	}
	for (size_t j = 0; j < ncols; j++) {
		len[j] = SIZE_MAX;
		if (cols[j] >= rec->nfields)
			continue;
		if ((r = field_value(rd, v->dialect.encoding,
		    &rec->fields[cols[j]], &rd->cell, &rd->utf8, &val,
		    &len[j])) != 0)
			return r;
		*bytes += len[j];
		if (len[j] == 0 || ahead_in_source(rd, val, len[j])) {
			at[j] = (uintptr_t)(len[j] == 0 ? "" : val);
			continue;
		}
		at[j] = rd->ahead_text.len;
		*copied |= (uint32_t)1 << (AHEAD_CELL_BIT + j);
		if ((r = buf_append(&rd->ahead_text, val, len[j])) != 0)
			return r;
	}
	return 0;
}

/* Column cols[j]'s cells of the nrec records copied (ahead_copy), found
 * together, each rule's code fetched once a batch; but each rule touches
 * each cell's scratch once, and the batch's scratches must stay in the
 * data cache between two rules.  So the cells go in as few batches as
 * hold AHEAD_BATCH_BYTES of text each on average, of equal counts (a
 * batch that ends near the bound and a small one after it would fetch
 * the code twice for little): thirty-two cells of 80 bytes in one, of
 * 170 bytes in two of sixteen (docs/performance.md). */
static int
ahead_column(const struct view *v, struct view_reader *rd, size_t col,
    size_t j, size_t ncols, size_t nrec, uintptr_t (*cell)[AHEAD_COLS],
    size_t (*lens)[AHEAD_COLS], const off_t *at)
{
	int last_col = j + 1 == ncols;
	struct cell_end ce[AHEAD_COLS];
	size_t n = 0, len[SCRUB_AHEAD], nrows[SCRUB_AHEAD], rec[SCRUB_AHEAD];
	size_t bytes = 0, nbatch;
	const char *texts[SCRUB_AHEAD];
	const struct detect_value *vals[SCRUB_AHEAD];
	int r;

	for (size_t k = 0; k < nrec; k++) {
		if (lens[k][j] == SIZE_MAX)
			continue;
		texts[n] = (const char *)cell[k][j];
		len[n] = lens[k][j];
		vals[n] = rd->ahead_vals[k];
		nrows[n] = v->nctx;
		/* the ends of the record's scrubbed cells beside it (as
		 * row_cell_ends gives them: here the cells whole) */
		if (ncols >= 2 && v->nctx > 0) {
			for (size_t q = 0; q < ncols; q++) {
				int none = lens[k][q] == SIZE_MAX;
				const char *p = none ? "" : (const char *)cell[k][q];
				size_t m = none ? 0 : lens[k][q];

				ce[q].tail = ce[q].head = p;
				ce[q].ntail = ce[q].nhead = m;
				ce[q].blank = cell_blank(p, m);
				ce[q].ngive = 0;
			}
			cell_neighbours(ce, ncols, j);
			if (ce[j].ngive > 0) {
				memcpy(rd->ahead_xvals[n], rd->ahead_vals[k],
				    v->nctx * sizeof(*rd->ahead_xvals[n]));
				memcpy(rd->ahead_xvals[n] + v->nctx, ce[j].give,
				    ce[j].ngive * sizeof(*ce[j].give));
				vals[n] = rd->ahead_xvals[n];
				nrows[n] += ce[j].ngive;
			}
		}
		rec[n++] = k;
	}
	for (size_t k = 0; k < n; k++)
		bytes += len[k];
	nbatch = bytes / AHEAD_BATCH_BYTES + 1;
	for (size_t i = 0, m; i < n; i += m, nbatch--) {
		m = (n - i + nbatch - 1) / nbatch;
		if ((r = scrub_detect_many(v->cols[col].rule, m, texts + i,
		    len + i, vals + i, nrows + i, rd->ahead_det)) != 0)
			return r;
		/* the last call of the batch: its spans stay where they are */
		for (size_t q = 0; q < m; q++)
			if ((r = ahead_keep(rd, at[rec[i + q]], col,
			    &rd->ahead_det[q], last_col && i + m == n)) != 0)
				return r;
	}
	return 0;
}

/* rd->ahead, kept column after column (each in record order), into the
 * order ahead_spans_of walks: record after record, in each the columns
 * in order.  The spans stay where they are. */
static void
ahead_order(struct view_reader *rd, const off_t *at, size_t nrec)
{
	struct ahead_cell out[SCRUB_AHEAD * AHEAD_COLS];
	size_t cur[AHEAD_COLS], end[AHEAD_COLS], nrun = 0, n = 0;

	/* each column's run: where the column changes */
	for (size_t i = 0; i < rd->nahead; i++)
		if (i == 0 || rd->ahead[i].col != rd->ahead[i - 1].col) {
			if (nrun > 0)
				end[nrun - 1] = i;
			cur[nrun++] = i;
		}
	if (nrun > 0)
		end[nrun - 1] = rd->nahead;
	for (size_t k = 0; k < nrec; k++)
		for (size_t j = 0; j < nrun; j++)
			if (cur[j] < end[j] && rd->ahead[cur[j]].at == at[k])
				out[n++] = rd->ahead[cur[j]++];
	memcpy(rd->ahead, out, n * sizeof(*out));
	rd->nahead = n;
}

/*
 * scrub_ahead for a view of at most AHEAD_COLS scrubbed columns: the
 * record at hand and the next ones split, their row values and cells
 * copied, then each column's cells found together, rule by rule
 * (scrub_detect_many), so that each rule's code stays in the instruction
 * cache over the batch.  The record at hand goes first (ahead_spans_of
 * walks in order) when another comes after it: found alone, cold, one
 * cell in thirty-two cost a tenth of the instruction cache's misses.  A
 * file of one row still goes the plain way (test_scrub_ahead.sh).
 */
static void
scrub_ahead_batch(const struct view *v, struct view_reader *rd,
    const size_t *cols, size_t ncols)
{
	struct pfs_error err;
	size_t pos = rd->start + rd->rec_used, bytes = 0, nrec = 0;
	size_t rows = rd->ahead_rows ? rd->ahead_rows : 2;
	size_t lens[SCRUB_AHEAD][AHEAD_COLS];
	uintptr_t cell[SCRUB_AHEAD][AHEAD_COLS];
	uint32_t copied[SCRUB_AHEAD];
	off_t at[SCRUB_AHEAD];

	rd->nahead = rd->ahead_nspans = rd->ahead_next = 0;
	rd->ahead_nvals = 0;
	rd->nrecs = rd->rec_next = 1;	/* [0]: the record at hand */
	rd->ahead_at = rd->buf_off + (off_t)rd->start;
	rd->ahead_end = rd->buf_off + (off_t)pos;
	rd->ahead_rows = rows * 2 < SCRUB_AHEAD ? rows * 2 : SCRUB_AHEAD;
	if (rd->ahead_det == NULL && (rd->ahead_det = calloc(AHEAD_BATCH,
	    sizeof(*rd->ahead_det))) == NULL)
		return;
	buf_reset(&rd->ahead_text);
	if (ahead_copy(v, rd, &rd->rec, 0, cols, ncols, cell[0], lens[0],
	    &bytes, &copied[0]) != 0)
		return;
	at[nrec++] = rd->ahead_at;
	for (size_t k = 1; k < rows && bytes <= SCRUB_AHEAD_BYTES; k++) {
		long m = csvio_next(v->dialect.delim, rd->buf + pos,
		    rd->end - pos, rd->eof, 0, &rd->ahead_recs[k], &err);

		if (m <= 0)
			break;
		rd->ahead_used[k] = (size_t)m;
		rd->ahead_rec_at[k] = rd->buf_off + (off_t)pos;
		rd->nrecs = k + 1;
		if (ahead_copy(v, rd, &rd->ahead_recs[k], nrec, cols, ncols,
		    cell[nrec], lens[nrec], &bytes, &copied[nrec]) != 0)
			break;
		at[nrec++] = rd->buf_off + (off_t)pos;
		pos += (size_t)m;
		rd->ahead_end = rd->buf_off + (off_t)pos;
	}
	if (nrec < 2)
		return;	/* the record at hand alone: scrub_apply finds it */
	/* ahead_text is whole: its offsets become pointers */
	rd->ahead_nvals = nrec;
	for (size_t k = 0; k < nrec; k++) {
		for (uint32_t m = copied[k]; m != 0; m &= m - 1) {
			unsigned b = (unsigned)__builtin_ctz(m);

			if (b < AHEAD_CELL_BIT)
				rd->ahead_vals[k][b].v = rd->ahead_text.data +
				    (uintptr_t)rd->ahead_vals[k][b].v;
			else
				cell[k][b - AHEAD_CELL_BIT] = (uintptr_t)
				    (rd->ahead_text.data +
				    cell[k][b - AHEAD_CELL_BIT]);
		}
	}
	for (size_t j = 0; j < ncols; j++)
		if (ahead_column(v, rd, cols[j], j, ncols, nrec, cell,
		    lens, at) != 0)
			break;
	if (ncols > 1)
		ahead_order(rd, at, nrec);
}

/* The pass: the records after the one about to be transformed (whose
 * own cells scrub_apply finds as ever, so that a file of one row goes
 * the plain way: test_scrub_ahead.sh compares the two).  It uses the
 * reader's cell and context buffers, which transform_record fills afresh
 * after it.  Never fails: what it leaves out is found by scrub_apply. */
static void
scrub_ahead(const struct view *v, struct view_reader *rd)
{
	struct pfs_error err;
	size_t pos = rd->start + rd->rec_used, bytes = 0;
	size_t rows = rd->ahead_rows ? rd->ahead_rows : 2;

	rd->nahead = rd->ahead_nspans = rd->ahead_next = 0;
	rd->ahead_nvals = 0;
	rd->nrecs = rd->rec_next = 1;	/* [0]: the record at hand */
	rd->ahead_at = rd->buf_off + (off_t)rd->start;
	rd->ahead_end = rd->buf_off + (off_t)pos;
	rd->ahead_rows = rows * 2 < SCRUB_AHEAD ? rows * 2 : SCRUB_AHEAD;
	for (size_t k = 1; k < rows && bytes <= SCRUB_AHEAD_BYTES; k++) {
		const struct csvio_record *rec = &rd->ahead_recs[k];
		off_t at = rd->buf_off + (off_t)pos;
		struct ops_row row;
		long n = csvio_next(v->dialect.delim, rd->buf + pos,
		    rd->end - pos, rd->eof, 0, &rd->ahead_recs[k], &err);

		if (n <= 0)
			return;
		/* reader_next takes it from here */
		rd->ahead_used[k] = (size_t)n;
		rd->ahead_rec_at[k] = at;
		rd->nrecs = k + 1;
		if (ahead_row(v, rd, rec, &row) != 0 ||
		    (v->nscrub >= 2 && v->nctx > 0 &&
		    row_cell_ends(v, rd, rec) != 0))
			return;
		for (size_t c = 0; c < v->ncols && c < rec->nfields; c++) {
			const char *val;
			size_t len;

			if (v->way[c] != WAY_OP || v->cols[c].rule->op != OP_SCRUB)
				continue;
			if (v->nscrub >= 2 && v->nctx > 0) {
				row.ends = rd->xc[v->scrub_of[c]].give;
				row.nends = rd->xc[v->scrub_of[c]].ngive;
			}
			if (field_value(rd, v->dialect.encoding, &rec->fields[c],
			    &rd->cell, &rd->utf8, &val, &len) != 0 ||
			    scrub_detect(v->cols[c].rule, &row, val, len,
			    &rd->ops.det) != 0 ||
			    ahead_keep(rd, at, c, &rd->ops.det, 0) != 0)
				return;
			bytes += len;
		}
		pos += (size_t)n;
		rd->ahead_end = rd->buf_off + (off_t)pos;
	}
}

/* scrub_apply's spans for column col of the record at hand, if the pass
 * found them: into rd->ops (pre_spans), else NULL there. */
static void
ahead_spans_of(struct view_reader *rd, size_t col)
{
	off_t at = rd->buf_off + (off_t)rd->start;

	rd->ops.pre_spans = NULL;
	rd->ops.pre_nspans = 0;
	while (rd->ahead_next < rd->nahead &&
	    (rd->ahead[rd->ahead_next].at < at ||
	    (rd->ahead[rd->ahead_next].at == at &&
	    rd->ahead[rd->ahead_next].col < col)))
		rd->ahead_next++;
	if (rd->ahead_next < rd->nahead && rd->ahead[rd->ahead_next].at == at &&
	    rd->ahead[rd->ahead_next].col == col) {
		const struct ahead_cell *a = &rd->ahead[rd->ahead_next++];

		/* a cell without spans: a pointer all the same (not NULL) */
		rd->ops.pre_spans = a->spans != NULL ? a->spans :
		    rd->ahead_spans + a->first;
		rd->ops.pre_nspans = a->n;
	}
}

/* A record's NIR cell into the batch (ops_nir_batch_add). */
static void
nir_ahead_cell(const struct view *v, struct view_reader *rd,
    const struct csvio_record *rec, size_t col)
{
	const char *val;
	size_t len;

	if (col < rec->nfields && field_value(rd, v->dialect.encoding,
	    &rec->fields[col], &rd->cell, &rd->utf8, &val, &len) == 0)
		ops_nir_batch_add(&rd->ops, val, len);
}

/*
 * When the record at hand is not in the last batch: the NIR cells of it
 * and of the next records in the buffer (NIR_BATCH in all), parsed, seeded
 * and drawn at once (ops_nir_batch_draw).  The records split here are the
 * reader's next, which reader_next takes rather than split them again (as
 * scrub_ahead's).  ops_nir only takes an entry for a cell of the same
 * bytes, so a record that turns out hidden, misaligned or past a chunk's
 * end, or a cell the memo answers, costs its share of the work and
 * nothing else.
 */
static void
nir_ahead(const struct view *v, struct view_reader *rd)
{
	size_t col = (size_t)v->nir_col, pos = rd->start + rd->rec_used;
	off_t at = rd->buf_off + (off_t)rd->start;
	struct pfs_error err;

	/* A column of repeated NIRs is the memo's: most cells would not
	 * take their entry. */
	if ((at >= rd->nir_at && at < rd->nir_end) ||
	    memo_kept(rd->memo, col))
		return;
	rd->nir_at = at;
	rd->nir_end = rd->buf_off + (off_t)pos;
	ops_nir_batch_start(&rd->ops, v->cols[col].rule);
	nir_ahead_cell(v, rd, &rd->rec, col);
	rd->nrecs = rd->rec_next = 1;	/* [0]: the record at hand */
	for (size_t k = 1; k < NIR_BATCH; k++) {
		long n = csvio_next(v->dialect.delim, rd->buf + pos,
		    rd->end - pos, rd->eof, 0, &rd->ahead_recs[k], &err);

		if (n <= 0)
			break;
		/* reader_next takes it from here */
		rd->ahead_used[k] = (size_t)n;
		rd->ahead_rec_at[k] = rd->buf_off + (off_t)pos;
		rd->nrecs = k + 1;
		nir_ahead_cell(v, rd, &rd->ahead_recs[k], col);
		pos += (size_t)n;
		rd->nir_end = rd->buf_off + (off_t)pos;
	}
	ops_nir_batch_draw(&rd->ops);
}

/* A cell of a WAY_OP column: from the memo when the same cell (and sex)
 * came before, else the rule's operator, written straight into the
 * record's bytes (settle_cell) and remembered.  `views` (a constant: the
 * view has columns whose cells scrub reuses, v->ctx_of) notes where they
 * are, for struct ops_row_views. */
static inline __attribute__((always_inline)) int
emit_op_cell(const struct view *v, struct view_reader *rd, size_t i,
    const struct csvio_field *f, struct ops_row *row, int views)
{
	const struct csvio_record *rec = &rd->rec;
	const struct view_col *c = &v->cols[i];
	struct memo_ref ref;
	const char *val;
	size_t len, start;
	long tag;
	int hit = -1, r;

	start = rd->out.len;
	if ((tag = memo_tag(v, i, row, MEMO_TAG_VIEW)) >= 0 &&
	    (hit = memo_find(rd->memo, i, (uint32_t)tag, f->raw, f->raw_len,
	    &ref)) == 1) {
		if ((r = buf_append_short(&rd->out, ref.val, ref.vlen)) != 0 ||
		    !views)
			return r;
		goto written;
	}
	row->code = NULL;
	if (c->link >= 0 && (size_t)c->link < rec->nfields &&
	    (r = field_value(rd, v->dialect.encoding, &rec->fields[c->link],
	    &rd->aux, &rd->aux_utf8, &row->code, &row->code_len)) != 0)
		return r;
	if (v->scrub_ahead && c->rule->op == OP_SCRUB)
		ahead_spans_of(rd, i);
	/* the ends of the scrubbed cells beside it (row_cell_ends) */
	if (v->nscrub >= 2 && v->nctx > 0 && c->rule->op == OP_SCRUB) {
		row->ends = rd->xc[v->scrub_of[i]].give;
		row->nends = rd->xc[v->scrub_of[i]].ngive;
	}
	r = field_value(rd, v->dialect.encoding, f, &rd->cell, &rd->utf8, &val,
	    &len);
	if (r == 0)
		r = ops_apply(v->engine->policy, c->rule, row, val, len, &rd->ops,
		    &rd->out);
	rd->ops.pre_spans = NULL;	/* this cell's only */
	row->ends = NULL;
	row->nends = 0;
	if (r != 0 ||
	    (!plain_cell(v, i, f->quoted) &&
	    (r = settle_cell(rd, v, f->quoted, start)) != 0))
		return r;
	/* out.data is still NULL when a first value is empty. */
	if (hit == 0)
		memo_store(&ref, i, (uint32_t)tag, f->raw, f->raw_len,
		    rd->out.data ? rd->out.data + start : NULL,
		    rd->out.len - start);
	if (!views)
		return 0;
written:
	/* A row value's pseudonym, for a scrubbed cell after it (scrub.c,
	 * scrub_pseudonym): the operator's bytes when the cell is plain
	 * (a remembered view of a cell of the same bytes was plain too). */
	if (v->ctx_of[i] >= 0 && plain_cell(v, i, f->quoted)) {
		size_t k = (size_t)v->ctx_of[i];

		rd->views.off[k] = start;
		rd->views.len[k] = rd->out.len - start;
		rd->views.have |= (uint32_t)1 << k;
	}
	return 0;
}

/* The bytes from a record's first high byte that its encoding check
 * reads: to its last, or sixteen when the record holds them (ASCII after
 * the last: valid, and one block of the check). */
static inline size_t
high_span(const struct csvio_record *rec)
{
	size_t n = (size_t)(rec->high_end - rec->high),
	    room = (size_t)(rec->eol - rec->high);

	return n >= 16 || room < 16 ? n : 16;
}

/*
 * A row of one field that another delimiter splits is a row of another
 * export (two files of two delimiters concatenated): "M,DUPONT,1001"
 * under "Sexe;Nom;IPP" is one field, which padding put whole under the
 * kept Sexe.  Only one-field rows: a short row of two fields or more is
 * split by the file's delimiter, and its commas are a comment's ("vu, va
 * bien" with the trailing cells left out), which must stay.
 */
static int
other_split(const struct view *v, const struct csvio_record *rec)
{
	static const char others[] = { ';', ',', '\t', '|' };
	struct csvio_record alt = { 0 };
	struct pfs_error err;
	const char *p = rec->fields[0].raw;
	size_t n = (size_t)(rec->eol - p);
	int split = 0;

	if (rec->nfields != 1)
		return 0;
	for (size_t i = 0; i < sizeof(others) && !split; i++)
		if (others[i] != v->dialect.delim && memchr(p, others[i], n) &&
		    csvio_next(others[i], p, n, 1, 0, &alt, &err) > 0)
			split = alt.nfields >= 2;
	csvio_record_free(&alt);
	return split;
}

/*
 * ragged = pad: a row with a cell past the header's width that is not
 * empty (empty ones are trailing delimiters) is misaligned somewhere: an
 * unquoted delimiter in a name or a comment moved every later cell one
 * column on, under another column's rule ("appel de Mme X; tel 06..."
 * under Commentaire, Sexe: the phone under the kept Sexe).  Where its
 * cells belong is unknown, so none of them is shown.
 */
static int
row_misaligned(const struct view *v, const struct csvio_record *rec)
{
	if (!v->rule->ragged_pad)
		return 0;
	for (size_t i = v->ncols; i < rec->nfields; i++)
		if (rec->fields[i].raw_len != 0)
			return 1;
	return rec->nfields < v->ncols && other_split(v, rec);
}

/*
 * The same row under a header of one column that the view shows as the
 * source writes it (keep, a column no rule names, analysis, ward, drug):
 * "F,DUPONT,1840275123456" under "Sexe" (a second export appended to a
 * one-column file, a header that lost its delimiters) was one field, not
 * short, so neither ragged = fail nor ragged = pad saw it: the name and the
 * NIR came out under the kept Sexe, exit 0 (hostile20).  Such a file
 * fails under ragged = fail and shows the row empty under pad; a column
 * whose cells are transformed (token, fake, scrub) is left to its
 * operator, and one column of free text kept as written loses its rows
 * that hold a comma (fail closed: its cells cannot be told from another
 * export's).
 */
static int
lone_column_split(const struct view *v, const struct csvio_record *rec)
{
	const struct view_col *c = &v->cols[0];
	uint32_t groups;

	return v->ncols == 1 && c->emit && (c->rule == NULL ||
	    policy_column_copies_cells(c->rule, &groups)) &&
	    other_split(v, rec);
}

/* Such a row keeps its place: the view's delimiters, its line end. */
static int
emit_empty_row(const struct view *v, struct view_reader *rd)
{
	int r;

	for (size_t k = 1; k < v->nshown; k++)
		if ((r = buf_putc(&rd->out, v->dialect.delim)) != 0)
			return r;
	return buf_append_short(&rd->out, rd->rec.eol, rd->rec.eol_len);
}

/* How many records after a header that names no column are looked at. */
#define TITLE_RECORDS	8

/*
 * A title line (or a few) before the header ("Liste des patients",
 * "Export du 12/03/2023;;;" as a spreadsheet pads it) is read as the
 * header: it names none of the policy's columns, so under columns = keep
 * each column was unnamed and kept raw, the IPP and the name too, and the
 * real header came out as a row.  Only when the header named
 * no column (title_check): a record among the first TITLE_RECORDS one of
 * whose cells is a column's header is the real header, and the file
 * fails there, before any row under it.  A file whose cells say "Nom"
 * below a header that names nothing (a key-value export, "Champ;Valeur"
 * then "Nom;DUPONT") fails too: its values would be kept raw the same way.
 */
static int
title_before(const struct view *v, struct view_reader *rd, long line,
    struct pfs_error *err)
{
	const struct csvio_record *rec = &rd->rec;
	struct buf norm = BUF_INIT;
	const char *val;
	size_t len, i;
	int r = 0, joined = 0;

	for (i = 0; i < rec->nfields && r == 0; i++) {
		if (rec->fields[i].raw_len == 0 || rec->fields[i].raw_len > 1024)
			continue;
		if ((r = field_value(rd, v->dialect.encoding, &rec->fields[i],
		    &rd->cell, &rd->utf8, &val, &len)) != 0)
			break;
		/* Its pieces between any candidate delimiter too: a title
		 * holding a ',' made ',' the delimiter of "IPP;Nom;Sexe". */
		for (size_t a = 0, b; a <= len && r == 0; a = b + 1) {
			for (b = a; b < len && !strchr(";,\t|", val[b]); b++)
				;
			if ((r = norm_header(val + a, b - a, &norm)) != 0)
				break;
			if (norm.len > 0 && policy_match_column(
			    v->engine->policy, v->rule, norm.data) != NULL)
				r = set_error(err, line, i + 1, "a header of the "
				    "policy's columns below a header that names "
				    "none: a title line before the header? (remove "
				    "the lines above it)");
		}
		/* Or joined by a sign the reader does not split on, the
		 * title line's own delimiter a known one. */
		if (r == 0 && !v->rule->suspect_show &&
		    (r = joined_headers(v, val, len, 0, &joined)) == 0 && joined)
			r = set_error(err, line, i + 1, joined_why);
	}
	buf_free(&norm);
	return r;
}

/*
 * The same under a header that names some of the policy's columns: a
 * title line one of whose cells is a column's header ("Sexe;du;jour"
 * above "Nom;IPP;Sexe") was the header, so the real header and its rows
 * were read by the title's rules, and the names came out raw under the
 * kept Sexe, under columns = drop too (hostile22).  A record among the
 * first TITLE_RECORDS two of whose cells are, whole, headers of the
 * policy's columns other than their own column's (or a column no rule
 * names) is the real header, and the file fails there.  Two, whole
 * cells: one cell saying "Nom" (a key-value row, a note), or a comment
 * naming columns ("Nom, IPP vus"), is data, as before.
 */
static int
header_below(const struct view *v, struct view_reader *rd, long line,
    struct pfs_error *err)
{
	const struct csvio_record *rec = &rd->rec;
	const struct policy_column *m;
	struct buf norm = BUF_INIT;
	const char *val;
	size_t len, i, hits = 0, first = 0, named = 0;
	int r = 0;

	for (i = 0; i < rec->nfields && i < v->ncols && r == 0; i++) {
		if (rec->fields[i].raw_len == 0 || rec->fields[i].raw_len > 1024)
			continue;
		if ((r = field_value(rd, v->dialect.encoding, &rec->fields[i],
		    &rd->cell, &rd->utf8, &val, &len)) != 0 ||
		    (r = norm_header(val, len, &norm)) != 0)
			break;
		if (norm.len > 0 && (m = policy_match_column(v->engine->policy,
		    v->rule, norm.data)) != NULL && m != v->cols[i].rule &&
		    hits++ == 0)
			first = i;
	}
	buf_free(&norm);
	if (r != 0 || hits < 2)
		return r;
	/* Which it more likely is, for the message: a record that names
	 * more of the policy's columns than the header is the real header
	 * under a title; else a second export's header. */
	for (i = 0; i < v->ncols; i++)
		named += v->cols[i].rule != NULL;
	if (hits <= named)
		return set_error(err, line, 0, again_why);
	return set_error(err, line, first + 1, "headers of the policy's "
	    "columns below the header, under other columns: a title line "
	    "before the header? (remove the lines above it)");
}

/* The record's shown cells, with their delimiters, into rd->out: twice
 * compiled, `views` a constant (emit_op_cell), so that a view without
 * scrub pays nothing for it.  append_raw, settle_cell and emit_row_name
 * are always_inline for it: with two copies gcc called them, 1.4% more
 * instructions for the plain export. */
static inline __attribute__((always_inline)) int
emit_cells(const struct view *v, struct view_reader *rd, struct ops_row *row,
    int hiding, int views)
{
	const struct csvio_record *rec = &rd->rec;
	int r;

	rd->views.have = 0;
	for (size_t k = 0; k < v->nshown; k++) {
		size_t c = v->shown[k];
		const struct csvio_field *f = &rec->fields[c];

		if (k > 0 && (r = buf_putc(&rd->out, v->dialect.delim)) != 0)
			return r;
		if (hiding && rd->hidden[c] != HIDE_NONE)
			r = emit_hidden(v, rd, c, f);
		else if (v->way[c] == WAY_RAW)
			r = append_raw(v, rd, &rd->out, f);
		else if (v->way[c] == WAY_ROW_NAME)
			r = emit_row_name(v, rd, c, f->quoted);
		else
			r = emit_op_cell(v, rd, c, f, row, views);
		if (r != 0)
			return r;
	}
	return 0;
}

/* A blank line carries nothing: it stays a blank line (a file of one
 * column has no blank record: its empty cell is a value). */
static int
blank_record(const struct view *v, const struct csvio_record *rec)
{
	return rec->nfields == 1 && rec->fields[0].raw_len == 0 &&
	    v->ncols != 1;
}

/* A row another delimiter splits under a header of one column: refused
 * unless the policy pads ragged rows (transform_record shows it empty). */
static int
lone_split_refused(const struct view *v, long line, struct pfs_error *err)
{
	if (v->rule->ragged_pad)
		return 0;
	return set_error(err, line, 1, "a row that another delimiter "
	    "splits, under a header of one column (policy: ragged = fail)");
}

/* What refuses a record before any cell is made (its field count, its
 * encoding, a header again): shared by transform_record and
 * view_check_records, so that the check without the key refuses what the
 * exporter refuses. */
static int
record_refused(const struct view *v, struct view_reader *rd, long line,
    struct pfs_error *err)
{
	const struct csvio_record *rec = &rd->rec;
	const char *bad;
	size_t i;
	int r;

	if (rec->nfields != v->ncols && !v->rule->ragged_pad)
		return set_error(err, line, rec->nfields > v->ncols ?
		    v->ncols + 1 : rec->nfields, rec->nfields > v->ncols ?
		    "row has more fields than the header (policy: ragged = fail)" :
		    "row has fewer fields than the header (policy: ragged = fail)");
	/* Mostly ASCII: check the record at once, fields only on a doubt. */
	if (!rec->ascii && !(rec->high != NULL ?
	    record_valid(v->dialect.encoding, rec->high, high_span(rec)) :
	    record_valid(v->dialect.encoding, rec->fields[0].raw,
	    (size_t)(rec->eol - rec->fields[0].raw)))) {
		for (i = 0; i < rec->nfields; i++)
			if ((bad = field_invalid(v->dialect.encoding,
			    rec->fields[i].raw, rec->fields[i].raw_len)) != NULL)
				return set_error(err, line, i + 1, bad);
	}
	/* A title's real header first (its message says what to remove),
	 * then the header again, anywhere. */
	if (line < v->data_line + TITLE_RECORDS && (r = v->title_check ?
	    title_before(v, rd, line, err) : header_below(v, rd, line,
	    err)) != 0)
		return r;
	if (v->hdr_lens != 0 && (r = header_again(v, rec, line, err)) != 0)
		return r;
	return 0;
}

static int
transform_record(const struct view *v, struct view_reader *rd, long line,
    struct pfs_error *err)
{
	const struct csvio_record *rec = &rd->rec;
	struct ops_row row;
	int drop = 0, hiding, r;

	rd->ident_set = 0;
	/* Appended to rd->out: view_run empties it first, view_run_buf
	 * lends the caller's buffer. */
	if (blank_record(v, rec))
		return buf_append(&rd->out, rec->eol, rec->eol_len);
	if ((r = record_refused(v, rd, line, err)) != 0)
		return r;
	if (row_misaligned(v, rec))
		return emit_empty_row(v, rd);
	if (lone_column_split(v, rec)) {
		if ((r = lone_split_refused(v, line, err)) != 0)
			return r;
		return emit_empty_row(v, rd);
	}
	if (v->scrub_ahead) {
		off_t at = rd->buf_off + (off_t)rd->start;

		size_t cols[AHEAD_COLS], ncols;

		if (at < rd->ahead_at || at >= rd->ahead_end) {
			if ((ncols = ahead_cols(v, cols)) > 0)
				scrub_ahead_batch(v, rd, cols, ncols);
			else
				scrub_ahead(v, rd);
		}
	}
	if (v->nir_col >= 0)
		nir_ahead(v, rd);
	ops_row_clear(&row);
	if ((r = row_context(v, rd, &row)) != 0)
		return r;
	hiding = v->nhide > 0 && (v->hide_rows || rd->stats != NULL);
	if (hiding && (r = hide_row(v, rd, &drop)) != 0)
		return r;
	if (drop)
		return 0;	/* nothing of the row, not even its line end */
	if ((r = row_fakes(v, rd, &row)) != 0)
		return r;
	row.first_ctx = v->first_ctx;	/* row.fake's names are made */
	row.last_ctx = v->last_ctx;
	/* A short row (ragged = pad) reads empty fields past its end. */
	if (rec->nfields < v->ncols &&
	    (r = csvio_record_pad(&rd->rec, v->ncols)) != 0)
		return r;
	if (v->nscrub >= 2 && v->nctx > 0 &&
	    (r = row_cell_ends(v, rd, rec)) != 0)
		return r;
	if (v->nviews == 0)
		r = emit_cells(v, rd, &row, hiding, 0);
	else
		r = emit_cells(v, rd, &row, hiding, 1);
	if (r != 0)
		return r;
	return buf_append_short(&rd->out, rec->eol, rec->eol_len);
}

static int
record_failed(int r, long line, struct pfs_error *err)
{
	if (r == -EILSEQ)
		r = set_error(err, line, 0, "a value could not be converted "
		    "to the file's encoding");
	return r;
}

int
view_run(const struct view *v, struct view_reader *rd, long line,
    view_sink sink, void *arg, struct pfs_error *err)
{
	size_t used;
	int r;

	memset(err, 0, sizeof(*err));
	if (v->ncols == 0)
		return 0;	/* empty file */
	for (;;) {
		if ((r = next_record(v, rd, line, &used, err)) <= 0)
			return r;
		buf_reset(&rd->out);
		if ((r = transform_record(v, rd, line, err)) != 0)
			return record_failed(r, line, err);
		rd->start += used;
		line += (long)rd->rec.newlines;
		r = sink(arg, rd->out.data ? rd->out.data : "", rd->out.len,
		    view_reader_offset(rd), line);
		if (r != 0)
			return r;
	}
}

int
view_check_records(const struct view *v, struct view_reader *rd, long line,
    struct pfs_error *err)
{
	const struct csvio_record *rec = &rd->rec;
	size_t used;
	int r;

	memset(err, 0, sizeof(*err));
	if (v->ncols == 0)
		return 0;	/* empty file */
	for (;;) {
		if ((r = next_record(v, rd, line, &used, err)) <= 0)
			return r;
		if (!blank_record(v, rec)) {
			if ((r = record_refused(v, rd, line, err)) != 0)
				return r;
			if (!row_misaligned(v, rec) &&
			    lone_column_split(v, rec) &&
			    (r = lone_split_refused(v, line, err)) != 0)
				return r;
		}
		rd->start += used;
		line += (long)rd->rec.newlines;
	}
}

/* The caller's buffer stands in for rd->out while it runs, so that
 * records are made where they go out. */
int
view_run_buf(const struct view *v, struct view_reader *rd, long line,
    struct buf *out, view_buf_sink sink, void *arg, struct pfs_error *err)
{
	struct buf own = rd->out;
	size_t used, base;
	int r;

	memset(err, 0, sizeof(*err));
	if (v->ncols == 0)
		return 0;	/* empty file */
	rd->out = *out;
	for (;;) {
		if ((r = next_record(v, rd, line, &used, err)) <= 0)
			break;
		base = rd->out.len;
		if ((r = transform_record(v, rd, line, err)) != 0) {
			rd->out.len = base;
			r = record_failed(r, line, err);
			break;
		}
		rd->start += used;
		line += (long)rd->rec.newlines;
		if ((r = sink(arg, &rd->out, view_reader_offset(rd), line)) != 0)
			break;
	}
	*out = rd->out;
	rd->out = own;
	return r;
}

/* ---- the plan, read by reports and the index ---- */

const struct policy_file *
view_rule(const struct view *v)
{
	return v->rule;
}

const struct dialect *
view_dialect(const struct view *v)
{
	return &v->dialect;
}

size_t
view_ncols(const struct view *v)
{
	return v->ncols;
}

/*
 * Counted from the arrays themselves rather than a guess per column: the
 * index cache held 64 bytes a column, the plan's arrays had grown past
 * 80 (header_again's table of the policy's spellings, hostile22), and
 * 400 cached plans of 3,000 columns went 2.4 MB over a 16 MB budget
 * (test_abuse.sh).
 */
size_t
view_footprint(const struct view *v)
{
	size_t n = sizeof(*v);

	n += v->ncols * (sizeof(*v->cols) + sizeof(*v->way) +
	    sizeof(*v->plain) + sizeof(*v->memo_way) + sizeof(*v->ctx_of) +
	    sizeof(*v->shown));
	n += v->nhide * sizeof(*v->hide_cols) + v->nlinks * sizeof(*v->links);
	if (v->hdr_off != NULL)
		n += (v->nhdr + 1) * sizeof(*v->hdr_off) +
		    v->nhdr * (sizeof(*v->hdr_rule) + sizeof(*v->hdr_sorted));
	return n + v->head.cap + v->hdr_text.cap;
}

const struct view_col *
view_col(const struct view *v, size_t i)
{
	return &v->cols[i];
}

const size_t *
view_hidden_cols(const struct view *v, size_t *n)
{
	*n = v->nhide;
	return v->hide_cols;
}

size_t
view_ncontext(const struct view *v)
{
	return v->nctx;
}

const char *
view_head(const struct view *v, size_t *len)
{
	*len = v->head.len;
	return v->head.data != NULL ? v->head.data : "";
}

off_t
view_data_off(const struct view *v)
{
	return v->data_off;
}

long
view_data_line(const struct view *v)
{
	return v->data_line;
}

uint64_t
view_identity_version(const struct view *v, struct timespec *changed)
{
	if (changed != NULL)
		*changed = v->identity_changed;
	return v->identity_version;
}

int
view_source_header(const struct view *v, struct view_reader *rd,
    struct buf *raw, struct csvio_record *rec)
{
	struct pfs_error cerr;
	size_t bom = dialect_preamble_len(&v->dialect);
	ssize_t n;
	int r;

	rec->nfields = 0;
	if (v->data_off <= (off_t)bom)
		return 0;
	buf_reset(raw);
	if ((r = buf_reserve(raw, (size_t)v->data_off)) != 0)
		return r;
	/* Through the reader: a gzip source's header is decompressed. */
	n = view_reader_pread(rd, raw->data, (size_t)v->data_off, 0);
	if (n != (ssize_t)v->data_off)
		return n < 0 ? (int)n : -EIO;
	raw->len = (size_t)n;
	if (csvio_next(v->dialect.delim, raw->data + bom, raw->len - bom, 1,
	    1, rec, &cerr) <= 0)
		return -EIO;	/* changed since view_open */
	return 0;
}

void
view_set_source_encoding(struct view *v, enum dialect_encoding enc)
{
	v->dialect.encoding = enc;
	v->plain_bit = view_encoding(v) == DIALECT_UTF8 ? PLAIN_UTF8 : PLAIN_ANY;
}

enum dialect_encoding
view_encoding(const struct view *v)
{
	return v->utf8 ? DIALECT_UTF8 : v->dialect.encoding;
}

void
view_free(struct view *v)
{
	if (v == NULL)
		return;
	identity_put(v->identity);
	free(v->cols);
	free(v->way);
	free(v->memo_way);
	free(v->ctx_of);
	free(v->plain);
	free(v->shown);
	free(v->scrub_cols);
	free(v->scrub_of);
	free(v->hide_cols);
	free(v->links);
	buf_free(&v->head);
	buf_free(&v->hdr_text);
	free(v->hdr_off);
	free(v->hdr_rule);
	free(v->hdr_sorted);
	free(v);
}

int
view_scan_cells(const struct view *v, struct view_reader *rd,
    const size_t *cols, size_t ncols, view_cells_fn fn, void *arg,
    struct pfs_error *err)
{
	static const struct csvio_field empty = { "", 0, 0 };
	enum dialect_encoding enc = v->dialect.encoding;
	const char *vals[VIEW_MAX_CTX];
	size_t lens[VIEW_MAX_CTX], used;
	long line = v->data_line;
	int r;

	memset(err, 0, sizeof(*err));
	if (ncols > VIEW_MAX_CTX)
		return -EINVAL;
	if (v->ncols == 0)
		return 0;
	for (;;) {
		const struct csvio_record *rec = &rd->rec;

		if ((r = next_record(v, rd, line, &used, err)) <= 0)
			return r;
		if (rec->nfields == 1 && rec->fields[0].raw_len == 0 &&
		    v->ncols != 1)
			goto next;	/* a blank line */
		if (rec->nfields != v->ncols && !v->rule->ragged_pad)
			return set_error(err, line, 0, "row has another number of "
			    "fields than the header (policy: ragged = fail)");
		if (row_misaligned(v, rec) || lone_column_split(v, rec))
			goto next;	/* its cells' columns are unknown */
		for (size_t i = 0; i < ncols; i++) {
			const struct csvio_field *f = cols[i] < rec->nfields ?
			    &rec->fields[cols[i]] : &empty;

			const char *bad = field_invalid(enc, f->raw, f->raw_len);

			if (bad != NULL)
				return set_error(err, line, cols[i] + 1, bad);
			if ((r = field_value(rd, enc, f, &rd->ctx_raw[i],
			    &rd->ctx_utf8[i], &vals[i], &lens[i])) != 0)
				return r;
		}
		if ((r = fn(arg, vals, lens, ncols)) != 0)
			return r;
 next:
		rd->start += used;
		line += (long)rd->rec.newlines;
	}
}
