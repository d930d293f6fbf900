/* The exporter's engine: a file, a tree of files or a chunk of records
 * written as the mount would show them, on every core (-j).  Knows nothing
 * of the command line and prints nothing: each failure goes to the
 * caller's reporter (export_opts.report) as a pfs_error naming view paths
 * only, never source names. */
#ifndef PSEUDONYMFS_EXPORT_H
#define PSEUDONYMFS_EXPORT_H
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "engine.h"
#include "pfs_error.h"
#include "progress.h"
#include "view.h"

/* Chunks of one large file transformed in parallel are about this big;
 * a worker holds at most two chunks' view bytes (docs/performance.md). */
#define EXPORT_CHUNK		(4u << 20)
/* Files at least this big are cut into chunks; smaller ones go to the
 * workers whole. */
#define EXPORT_SPLIT_MIN	(2 * EXPORT_CHUNK)
#define EXPORT_MAX_JOBS		256

struct scanned;
struct scanned_version;

struct export_opts {
	unsigned		 jobs;		/* worker threads, >= 1 */
	int			 update;	/* DST may hold an earlier export */
	struct progress		*progress;	/* NULL: none */
	FILE			*provenance;	/* --provenance sidecar, or NULL:
						   a line per file written */
	int			 gzip;		/* --gzip: NAME.gz, compressed */
	struct pfs_reporter	 report;	/* failures, from any worker */
	/* The versions a drift scan read (scanned.h), or NULL: each file is
	 * exported only if it is still the version the scan judged, a file
	 * the scan did not see or that is gone fails ("the source changed
	 * since the drift scan").  export_file takes the entry "" (a single
	 * file), export_tree each file's path below the source. */
	struct scanned		*scanned;
	/* Set per file from `scanned` by export_file and export_tree (NULL:
	 * any version): export_fd refuses a source that is not it. */
	const struct scanned_version *pin;
};

struct export_totals {
	unsigned long	exported;	/* files written */
	unsigned long	failed;		/* files or directories that failed */
	unsigned long	unmatched;	/* regular files no rule matches */
	unsigned long	not_shown;	/* hidden, links, devices, empty dirs */
	unsigned long	too_deep;	/* matched, deeper than TREE_MAX_DEPTH */
	unsigned long	removed;	/* earlier-run entries removed (update) */
	unsigned long long bytes;	/* source bytes of the files shown */
};

/* What a file the drift scan read and the export cannot write as that
 * version says (ESTALE), and its report for the view file `name`. */
#define EXPORT_CHANGED_SINCE_SCAN \
	"the source changed since the drift scan read it; export it again"
void	export_report_changed_since_scan(const struct export_opts *o,
	    const char *name);

/* Worker threads when -j is not given: the CPUs this process may use. */
unsigned	export_default_jobs(void);

/*
 * One open source (a regular file, a pipe) to out_fd: the view's bytes,
 * exactly those of one sequential pass whatever o->jobs is.  `name` (the
 * view path) names the file in messages.  0 or -errno, reported.
 */
int	export_fd(const struct engine *e, const struct policy_file *rule,
	    int src_fd, int out_fd, const char *name,
	    const struct export_opts *o) PFS_WUR;

/* The same into dst_name in dst_dirfd, atomically: a failed export leaves
 * no file (and removes an earlier one of that name). */
int	export_to_path(const struct engine *e, const struct policy_file *rule,
	    int src_fd, int dst_dirfd, const char *dst_name, const char *name,
	    const struct export_opts *o) PFS_WUR;

/*
 * The file at src_path (its name, or `as`, matched against the policy, as
 * in a tree: X.csv.gz as X.csv) to dst_path: "-" (standard output), an
 * existing directory (the file goes in it under its view name) or a file
 * name (written atomically).  o->progress, if any, gets the file's size as
 * its total.  0 or -errno, reported.
 */
int	export_file(const struct engine *e, const char *src_path,
	    const char *as, const char *dst_path, const struct export_opts *o)
	    PFS_WUR;

/* The same with the source already open (src_fd, which the caller
 * closes; src_path names it and its base name is matched): the one
 * descriptor a drift scan read before (drift_scan_fd). */
int	export_file_fd(const struct engine *e, int src_fd,
	    const char *src_path, const char *as, const char *dst_path,
	    const struct export_opts *o) PFS_WUR;

/* Where the header of a chunk's records comes from: a whole file (its
 * plan and dialect are exactly those of a one-pass export of it), or one
 * line, with `encoding` (a dialect_encoding, or -1) settling what an ASCII
 * header leaves open. */
struct export_header {
	const char	*line;		/* or NULL */
	const char	*from;		/* path, or NULL */
	int		 encoding;
};

/*
 * Records without their header on in_fd (a chunk of a file cut at record
 * boundaries) to out_fd, without a header: each record's bytes are those
 * a one-pass export of the whole file gives it.  Line numbers in messages
 * count from the chunk's first record and name the input `name`.  0 or
 * -errno, reported.
 */
int	export_chunk(const struct engine *e, const struct policy_file *rule,
	    const struct export_header *h, int in_fd, int out_fd,
	    const char *name, const struct export_opts *o) PFS_WUR;

/* Sum of the sizes of the files the view of the tree at src_fd shows (for
 * a progress total) and how many there are. */
int	export_tree_size(const struct engine *e, int src_fd,
	    unsigned long long *bytes, unsigned long *files) PFS_WUR;

/*
 * The tree at src_fd into the directory dst_fd (dst_path names it in
 * messages).  A destination that is not empty is refused (-EEXIST, not
 * reported: the caller says what to do) unless o->update: then what the
 * view no longer has is removed first and every file is replaced.  *t
 * counts what happened, t->too_deep included (files the view cannot show,
 * counted as failed, for the caller to say); 0 if the tree could be walked
 * (t->failed says whether every file made it), or -errno.
 */
int	export_tree(const struct engine *e, int src_fd, int dst_fd,
	    const char *dst_path, const struct export_opts *o,
	    struct export_totals *t) PFS_WUR;

/* The same by paths: DST is created if missing, and refused (-EINVAL,
 * reported) if it lies inside SRC: the source is never written, and a
 * later export must not read its own output. */
int	export_dir(const struct engine *e, const char *src_path,
	    const char *dst_path, const struct export_opts *o,
	    struct export_totals *t) PFS_WUR;
/* The same with the source directory already open (src_fd, which the
 * caller closes; src_path is for the inside-the-source check). */
int	export_dir_fd(const struct engine *e, int src_fd, const char *src_path,
	    const char *dst_path, const struct export_opts *o,
	    struct export_totals *t) PFS_WUR;
#endif
