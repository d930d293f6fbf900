/* Policy drift at start-up: what a policy that still parses fails to name
 * in a given source.  Run by the exporter and the mount before they serve
 * anything (docs/check.md, "Drift at start"): per shown file, each header
 * no rule names and each `expect`ed rule no header matches; per shown
 * directory, the files no rule matches.  A finding names view paths, rule
 * names and column positions only: never a header's text (a file exported
 * without a header has a patient's cells in its first line), never a
 * skipped entry's name. */
#ifndef PSEUDONYMFS_DRIFT_H
#define PSEUDONYMFS_DRIFT_H

#include "engine.h"
#include "pfs_error.h"

struct drift_totals {
	unsigned long	 files;		/* files the view shows */
	unsigned long	 unnamed;	/* headers no rule names */
	unsigned long	 missing;	/* expected rules no header matches */
	/* columns shown as written whose header an earlier column of the
	 * file has under the same rule (view_col.same_as, hostile31) */
	unsigned long	 duplicated;
	unsigned long	 unmatched;	/* files no rule matches */
	unsigned long	 failed;	/* shown files whose header cannot be read */
	/* entries a rule shows whose view name cannot be shown (a kept name
	 * that looks like an identifier, a collision, a name to rename that
	 * is not UTF-8): the view lacks them as it lacks an unmatched file */
	unsigned long	 refused;
	/* shown files two [file] rules or more match (the first wins): said,
	 * not a finding (a rule before a catch-all is how policies are
	 * written) */
	unsigned long	 overlapping;
};

/* A finding, one line of text without the program's name or a newline
 * (the caller prints it as it prints its other messages: the library
 * never prints). */
typedef void (*drift_report_fn)(void *arg, const char *finding);

/* Scan the tree (or the single regular file) at src, reading headers only,
 * and report each finding to `report`.  A single file is matched as `as`
 * if given (the exporter's --as), else by its base name.  0 (the totals
 * say what was found), or -errno if src cannot be read. */
int	drift_scan(const struct engine *e, const char *src, const char *as,
	    drift_report_fn report, void *arg, struct drift_totals *t) PFS_WUR;

/* The same on src opened by the caller (a directory or a regular file;
 * `src` names it, its base name is matched), read with pread only, so the
 * caller can export from the same descriptor.  Each file scanned is
 * recorded in `seen` (if not NULL) with the identity of the version read
 * (scanned.h): the export checks that it writes those versions. */
struct scanned;
int	drift_scan_fd(const struct engine *e, int fd, const char *src,
	    const char *as, struct scanned *seen, drift_report_fn report,
	    void *arg, struct drift_totals *t) PFS_WUR;

/* Findings in all: what --strict / -o strict refuses on. */
unsigned long drift_findings(const struct drift_totals *t);

/* The line summing the findings up into buf (truncated to len), 0; or
 * -ENOENT, and buf untouched, when there are none.  `strict_opt` is how
 * the caller spells the option ("--strict"). */
int	drift_summary(const struct drift_totals *t, const char *strict_opt,
	    int strict, char *buf, size_t len);

#endif
