/* One source file's pseudonymized view: sniff and plan once (view_open),
 * then turn records into view bytes from any record boundary (view_run).
 * The exporter runs it from the first record to the end; the mount runs it
 * from checkpoints.  Both get the same bytes because this is the only code
 * that produces them. */
#ifndef PSEUDONYMFS_VIEW_H
#define PSEUDONYMFS_VIEW_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "buf.h"
#include "dialect.h"
#include "engine.h"
#include "pfs_error.h"

/* The view's encoding: the source's, byte for byte, or UTF-8 always
 * (docs/policy.md, `encoding =`). */
enum view_encoding { VIEW_ENCODING_SOURCE, VIEW_ENCODING_UTF8 };
/* What the view does with a column that no rule names (docs/policy.md,
 * `unnamed =`): drop it, keep it, or refuse the file. */
enum view_unnamed { VIEW_UNNAMED_DROP, VIEW_UNNAMED_KEEP, VIEW_UNNAMED_FAIL };

#define VIEW_MAX_RECORD	(64u << 20)	/* bounds memory; docs/design.md */
#define VIEW_MAX_CTX	16		/* identifying columns scrub reads */

/* Why a file cannot be shown is a struct pfs_error (pfs_error.h: code
 * EINVAL, line, column, static text; never a cell value; the caller names
 * the file). */

struct view_stats;
struct policy_file;
struct policy_column;

/* Reads a source through a buffer of its own: one per thread or handle. */
struct view_reader;

int	view_reader_new(int fd, struct view_reader **out) PFS_WUR;
/* A reader over bytes given in memory (a header given apart from its
 * records, docs/scaling.md); the bytes are copied. */
int	view_reader_new_mem(const char *p, size_t n, struct view_reader **out)
	    PFS_WUR;
/* Position at a record boundary found by an earlier run (seekable only). */
int	view_reader_seek(struct view_reader *rd, off_t off) PFS_WUR;
off_t	view_reader_offset(const struct view_reader *rd);
/* Source bytes at a source offset, whatever the buffer holds (for a gzip
 * source, decompressed bytes).  Count, or -errno. */
ssize_t	view_reader_pread(struct view_reader *rd, void *p, size_t n, off_t off)
	    PFS_WUR;
/* Gzip sources (gzsrc.h): detected from the content by view_reader_new.
 * A reader that read the whole file gives up the access points it
 * recorded (NULL if none); another reader of the file restarts from them. */
struct gzsrc_index;
int	view_reader_is_gzip(const struct view_reader *rd);
struct gzsrc_index *view_reader_take_gz_index(struct view_reader *rd);
void	view_reader_use_gz_index(struct view_reader *rd,
	    const struct gzsrc_index *idx);
/* The source record a sink is being handed (its fields are spans of the
 * reader's buffer, valid during the sink's call only). */
struct csvio_record;
const struct csvio_record *view_reader_record(const struct view_reader *rd);
/* The identity source's row of the record a sink is being handed
 * (identity.h), or NULL: the rule does not read the source (a file with
 * no scrub column), or the source does not hold the patient. */
struct identity_row;
const struct identity_row *view_reader_identity(const struct view_reader *rd);
void	view_reader_free(struct view_reader *rd);
/* Count suppressions into st from now on (st->ncols = the view's ncols);
 * NULL stops. */
void	view_reader_set_stats(struct view_reader *rd, struct view_stats *st);

struct view_col {
	const struct policy_column *rule;	/* NULL: unnamed, kept by policy */
	int			 emit;		/* appears in the view */
	int			 mixed;		/* unnamed, its header mixes two
						 * scripts: dropped under keep */
	long			 link;		/* icd10_label: its code column, or -1 */
	/* 1 + the first earlier column with the same header under the same
	 * rule, when that rule shows cells as written
	 * (policy_column_shows_text); 0 otherwise.  The view shows both
	 * (docs/policy.md); drift and check report it (hostile31). */
	size_t			 same_as;
};

/* A cell a row's suppressed analysis, drug or ward empties. */
struct view_link {
	size_t		 from, to;	/* source columns */
};

/* What suppression did, counted for pseudonymize check: per source
 * column of the view (as in struct view), rows seen through it. */
#define VIEW_STATS_GROUPS	32	/* ICD10_* bits, and OPS_RANGE_GROUP */
struct view_col_stats {
	unsigned long	 cells;		/* cells suppressed */
	unsigned long	 groups[VIEW_STATS_GROUPS];	/* of which per group bit */
	unsigned long	 linked;	/* cells of its linked rules emptied */
	unsigned long	 rows;		/* rows dropped (action = drop_row) */
};
struct view_stats {
	struct view_col_stats	*cols;	/* ncols of them */
	size_t			 ncols;
};

/* One file's plan: its dialect, what each source column becomes, the
 * view's header bytes.  The fields are view.c's; callers read the plan
 * through the functions below. */
struct view;

/* Sniff and plan from the reader's start (offset 0); leaves the reader at
 * the first data record.  0, or -EINVAL (the file cannot be shown: *err
 * says where and why), -EIO, -ENOMEM. */
int	view_open(const struct engine *e, const struct policy_file *rule,
	    struct view_reader *rd, struct view **out, struct pfs_error *err)
	    PFS_WUR;

/* Called with each record's view bytes; src_end is the source offset after
 * the record, a valid restart point.  Return 0 to go on, > 0 to stop, < 0
 * to fail with that error. */
typedef int (*view_sink)(void *arg, const char *bytes, size_t len,
    off_t src_end, long next_line);

/* Transform from the reader's position (a record boundary at line `line`)
 * to the end of the source, or until the sink stops.  Returns 0, the
 * sink's positive value, or a negative error with *err filled for -EINVAL. */
int	view_run(const struct view *v, struct view_reader *rd, long line,
	    view_sink sink, void *arg, struct pfs_error *err) PFS_WUR;

/* The records from the reader's position read as view_run reads them, and
 * refused as it refuses them before making a cell (unparsable, a field
 * count or an encoding the file cannot hold, the header again), without
 * the key: check without -k.  0, or view_run's error. */
int	view_check_records(const struct view *v, struct view_reader *rd,
	    long line, struct pfs_error *err) PFS_WUR;

/* view_run appending each record's view bytes straight to the caller's
 * buffer `out` (no copy per record): the sink is then called with it and
 * may consume it (write it out and reset it).  A record that fails leaves
 * nothing of itself in `out`. */
typedef int (*view_buf_sink)(void *arg, struct buf *out, off_t src_end,
    long next_line);
int	view_run_buf(const struct view *v, struct view_reader *rd, long line,
	    struct buf *out, view_buf_sink sink, void *arg,
	    struct pfs_error *err) PFS_WUR;

/* The plan, for reports and the index: the file rule it was made with,
 * the source's dialect, each source column's plan (i < view_ncols; a
 * file with no header has none), the columns whose rule can suppress a
 * cell (their indexes in source columns), the identifying columns scrub
 * reads per row. */
const struct policy_file *view_rule(const struct view *v);
const struct dialect *view_dialect(const struct view *v);
size_t	view_ncols(const struct view *v);
/* The bytes the plan holds (its per-column arrays, the header's text and
 * lookup table), for the index cache's share of the memory budget. */
size_t	view_footprint(const struct view *v);
const struct view_col *view_col(const struct view *v, size_t i);
const size_t *view_hidden_cols(const struct view *v, size_t *n);
size_t	view_ncontext(const struct view *v);
/* The view's BOM and header (as it shows them), and where the records
 * start: the source offset and line a whole run restarts from. */
const char *view_head(const struct view *v, size_t *len);
off_t	view_data_off(const struct view *v);
long	view_data_line(const struct view *v);
/* The identity source's version the view was planned with (0: the rule
 * does not depend on it), and that file's ctime (identity.h; changed may
 * be NULL). */
uint64_t view_identity_version(const struct view *v,
	    struct timespec *changed);
/* The source's header record (its fields span raw), read again through
 * rd: the view keeps only the plan, and a report names dropped columns
 * too.  No header (an empty file): rec->nfields is 0.  0, or -EIO (the
 * source changed since view_open), -ENOMEM. */
int	view_source_header(const struct view *v, struct view_reader *rd,
	    struct buf *raw, struct csvio_record *rec) PFS_WUR;

/* The records' encoding, for a header given apart from them (docs/
 * scaling.md) that is ASCII and so says nothing of it: the caller knows
 * it (--encoding).  Before the first view_run. */
void	view_set_source_encoding(struct view *v, enum dialect_encoding enc);

/* The encoding of the view's bytes: the source's, or UTF-8 with
 * `encoding = utf-8` (header and records alike). */
enum dialect_encoding view_encoding(const struct view *v);

/* Each data record's cells of columns `cols` (at most VIEW_MAX_CTX),
 * unescaped and in UTF-8, from the reader's position to the end, without
 * making view bytes: for a side table read by the engine (the identity
 * source).  fn returns 0 to go on.  0, or the error of view_run. */
typedef int (*view_cells_fn)(void *arg, const char *const *vals,
    const size_t *lens, size_t n);
int	view_scan_cells(const struct view *v, struct view_reader *rd,
	    const size_t *cols, size_t ncols, view_cells_fn fn, void *arg,
	    struct pfs_error *err) PFS_WUR;

void	view_free(struct view *v);

#endif
