/* Re-identification risk of a view: records grouped by the view values of
 * the columns the policy declares quasi-identifiers (quasi = yes|show); the
 * smallest group is the file's k.  Computed on view bytes, never on source
 * cells, so what is measured is what a recipient gets.  Memory grows with
 * the number of distinct combinations, not with rows.  docs/check.md. */
#ifndef PSEUDONYMFS_RISK_H
#define PSEUDONYMFS_RISK_H

#include <stddef.h>
#include <sys/types.h>

#include "csvio.h"
#include "pfs_error.h"
#include "view.h"

/* Past this many distinct combinations a file is refused (-E2BIG): the
 * table is the only memory that grows, and a file with millions of distinct
 * combinations has k = 1 anyway. */
#define RISK_MAX_CLASSES	(1u << 22)

/* Whether a column is a quasi-identifier (`quasi =`, docs/check.md), and
 * how its view values appear in a risk report: as they are (show), or as
 * a keyed digest (yes). */
enum risk_quasi { RISK_QUASI_NO, RISK_QUASI_YES, RISK_QUASI_SHOW };

struct risk_summary {
	unsigned long	records;	/* data records (blank lines excluded) */
	unsigned long	classes;	/* distinct combinations */
	unsigned long	k;		/* smallest group; 0 without records */
	unsigned long	below_records;	/* records in groups < threshold */
	unsigned long	below_classes;
	unsigned long	threshold;
};

/* One group: its key (the encoded view values) and size. */
struct risk_class {
	const char	*key;
	size_t		 len;
	unsigned long	 count;
};

/* Counts records per combination of one view's quasi-identifiers. */
struct risk_scan;

/* The quasi-identifiers are the view's emitted columns whose rule says
 * quasi; a view without any puts every record in one group. */
int	risk_scan_new(const struct view *v, struct risk_scan **out) PFS_WUR;

/* Count one record given as its view bytes (what view_run hands a sink).
 * 0, -E2BIG past RISK_MAX_CLASSES combinations, or -errno. */
int	risk_scan_record(struct risk_scan *s, const char *bytes, size_t len)
	    PFS_WUR;

/* The file's error for r: -E2BIG (so many distinct combinations that most
 * are alone) becomes -EINVAL with *err saying so, for the mount and the
 * check alike; other values are returned as they are. */
int	risk_error(int r, struct pfs_error *err) PFS_WUR;

/* A view_sink that counts: pass the scan as arg. */
int	risk_scan_sink(void *arg, const char *bytes, size_t len, off_t src_end,
	    long next_line) PFS_WUR;

size_t	risk_scan_nqi(const struct risk_scan *s);
/* The i-th quasi-identifier: its rule and its position in the view. */
const struct policy_column *risk_scan_qi(const struct risk_scan *s, size_t i,
	    size_t *view_col);

void	risk_scan_summary(const struct risk_scan *s, unsigned long threshold,
	    struct risk_summary *out);

/* The n smallest groups, smallest first (ties in key order, so a report is
 * reproducible); returns how many were written.  Pointers stay valid until
 * the scan is freed. */
size_t	risk_scan_worst(const struct risk_scan *s, struct risk_class *out,
	    size_t n);

/* The i-th value of a group's key: view bytes, source encoding. */
int	risk_key_value(const char *key, size_t len, size_t i, const char **v,
	    size_t *vlen) PFS_WUR;

/* Wipes the table: a quasi-identifier kept raw holds source values. */
void	risk_scan_free(struct risk_scan *s);

#endif
