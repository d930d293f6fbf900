/* pseudonymize check: the report a data protection officer reads before a
 * view is opened to a recipient: per file, what happens to each column,
 * header drift, and the re-identification risk of the view (risk.h); the
 * entries that are not shown, counted.  Text for a terminal or JSON.  Never
 * prints a source cell value nor a skipped entry's name (docs/check.md). */
#ifndef PSEUDONYMFS_CHECK_H
#define PSEUDONYMFS_CHECK_H

#include <stdio.h>

#include "engine.h"
#include "pfs_error.h"
#include "progress.h"

#define CHECK_WORST_DEFAULT	10

struct check_opts {
	int		 json;
	unsigned long	 threshold;	/* 0: the policy's k_threshold */
	size_t		 worst;		/* smallest groups listed per file */
	int		 show_headers;	/* print headers no rule names */
	int		 show_names;	/* print the source names of refused
					   entries and renamed directories */
	struct progress	*progress;	/* NULL: none */
	struct pfs_reporter report;	/* files that cannot be read, by view
					   path (a file that cannot be shown
					   is in the report itself) */
};

struct check_totals {
	unsigned long	 files;		/* files the view shows */
	unsigned long	 failed;	/* of which cannot be shown */
	unsigned long	 below;		/* of which k < threshold */
	unsigned long	 drift;		/* of which miss an expected column or
					   keep an unnamed one */
	unsigned long	 skipped;	/* entries not shown */
	unsigned long	 refused;	/* entries a rule shows that the view
					   cannot name (collision, not UTF-8,
					   a kept name like an identifier) */
	unsigned long	 name_warnings;	/* names shown as they are with
					   signs of an identifier */
	unsigned long	 too_deep;	/* matched files deeper than
					   TREE_MAX_DEPTH: not shown (counted
					   in failed too) */
	unsigned long	 hard_links;	/* shown files with st_nlink > 1 */
	unsigned long	 kept_identifiers;	/* files with kept cells that
					   look like identifiers */
	unsigned long	 date_parts;	/* files with a column that shows
					   a part of the true date (a year, a
					   month, a weekday) beside a shifted
					   date */
	unsigned long	 identity_unread;	/* files whose kept cells
					   were not compared with the identity
					   source: it cannot be loaded (the
					   report is incomplete, check46) */
};

/*
 * Report on the tree (or the single file) at src.  With e->keys NULL the
 * report has columns and drift but no risk (view values need the key).
 * 0 once the report is written (the totals say what it found), or -errno
 * (reported through o->report) if the report could not be made.
 */
int	check_run(const struct engine *e, const char *src,
	    const struct check_opts *o, FILE *out, struct check_totals *t)
	    PFS_WUR;

#endif
