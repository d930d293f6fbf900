/* Kept columns whose view values look like identifiers, for pseudonymize
 * check.  A kept column is the policy author's decision (op = keep, or an
 * unnamed column under columns = keep), and the view copies its bytes: a
 * "Mutuelle" column that holds NIRs, a "Posologie" that names the patient's
 * phone or the diagnosis, a "Valeur" with a birth date.  The scan reads the
 * view's records (what a recipient gets: cells a suppression emptied do
 * not count), runs the scrub's detectors (detect.h) on every kept cell and
 * counts, per column, the cells with a finding and their kinds.  Counts and
 * line numbers only, never a value.  docs/check.md. */
#ifndef PSEUDONYMFS_KEPTSCAN_H
#define PSEUDONYMFS_KEPTSCAN_H

#include <stddef.h>

#include "detect.h"
#include "pfs_error.h"
#include "view.h"

/* One kept column's findings. */
struct keptscan_col {
	size_t		 src_col;	/* the source column (view_col) */
	unsigned long	 cells;		/* cells with at least one finding */
	unsigned long	 kinds[DETECT_NKINDS];	/* cells per kind */
	long		 first_line;	/* the first such cell's line, or 0 */
	/* Cells that are a first or last name of the lists and nothing
	 * else ("DUPONT", "Jean", "MARTIN Paul"), with no other finding,
	 * and the cells not empty: counted as names by keptscan_end when
	 * they are half of the column (a kept column of names under a
	 * header no rule lists; one such word among other values is a
	 * brand or a place). */
	unsigned long	 bare_names, filled;
	long		 bare_line;
	/* In a file with a shifted date (a column whose rule moves dates by
	 * the patient's shift): cells that are a year, a month, a month and
	 * year, a day and month, a quarter, a weekday or a date, which tell
	 * the true date's part beside the moved one and so narrow the shift
	 * (hostile24).  calendar_cells: their count once keptscan_end found
	 * them half of the column (3 or more), else 0. */
	unsigned long	 calendar, calendar_cells;
	long		 calendar_line;
	/* Cells that repeat their own row's name: the value of a column
	 * whose rule says identifies = last_name, first_name or name (or
	 * fakes a last or first name), as whole words (check43), its parts,
	 * run together, short ones beside a title or the rest of the name
	 * (check45).  Counted in cells too. */
	unsigned long	 own_name;
	unsigned long	 bare_own;	/* of which bare names too */
};

struct keptscan;

/* A scan of the view's kept columns; one with none scans nothing.
 * by_weeks: the policy shifts dates by whole weeks (a weekday stays
 * true, so a kept one tells nothing of the shift). */
int	keptscan_new(const struct view *v, int by_weeks,
	    struct keptscan **out) PFS_WUR;

/* The source record (its fields raw, as view_reader_record gives them)
 * of the record keptscan_record reads next: its identifying names
 * (identifies = last_name, first_name, name) are compared with the kept
 * cells of that record only, and forgotten at the next (check43).  ident:
 * the record's patient in the identity source (view_reader_identity), or
 * NULL; its name words are looked for too.  0 or -errno. */
struct csvio_record;
struct identity_row;
int	keptscan_row(struct keptscan *s, const struct csvio_record *src,
	    const struct identity_row *ident) PFS_WUR;

/* check45: the identity source, asked for the kept cells of a file that
 * has the patient column but whose view does not read it (no scrub
 * column).  After keptscan_new; 0 or -errno (a source that cannot be
 * loaded: 0, and keptscan_identity_unread says why). */
struct engine;
int	keptscan_identity(struct keptscan *s, const struct engine *e,
	    const struct view *v) PFS_WUR;

/* Why keptscan_identity could not load the identity source (a fixed
 * text, never a value), or NULL: the file's kept cells were not compared
 * with its patients' names, so check's report is incomplete (check46). */
const char *keptscan_identity_unread(const struct keptscan *s);

/* One record as its view bytes, starting on source line `line`. */
int	keptscan_record(struct keptscan *s, const char *bytes, size_t len,
	    long line) PFS_WUR;

/* The header cells of the kept columns no rule names (columns = keep):
 * the view shows them as they are, and an export with a column per
 * patient ("DUPONT Jean", "1840275123456") names patients there.  Each is
 * scanned as a cell, and judged as a kept file name is (names.h: a listed
 * first or last name, a NIR, 8 or more digits, an email); a finding
 * counts as a cell of line 1.  0 or -errno. */
int	keptscan_header(struct keptscan *s, const struct view *v) PFS_WUR;

/* After the last record: a column at least half of whose cells (3 or
 * more) are bare names of the lists counts them as names. */
void	keptscan_end(struct keptscan *s);

/* The kept columns, in source order, found anything or not. */
size_t	keptscan_ncols(const struct keptscan *s);
const struct keptscan_col *keptscan_col(const struct keptscan *s, size_t i);

/* Cells with a finding, over every kept column. */
unsigned long keptscan_cells(const struct keptscan *s);

/* "NIR", "phone", ... for the report. */
const char *keptscan_kind_name(enum detect_kind k);

void	keptscan_free(struct keptscan *s);

#endif
