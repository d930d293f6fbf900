/* The exporter's engine: a file or a tree of files written as the mount
 * would show them, on every core (-j).  Knows nothing of the command line;
 * messages go to stderr and name view paths only, never source names. */
#ifndef PSEUDONYMFS_EXPORT_H
#define PSEUDONYMFS_EXPORT_H
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "engine.h"
#include "progress.h"
#include "view.h"

/* Chunks of one large file transformed in parallel are about this big;
 * a worker holds at most two chunks' view bytes (docs/performance.md). */
#define EXPORT_CHUNK		(4u << 20)
/* Files at least this big are cut into chunks; smaller ones go to the
 * workers whole. */
#define EXPORT_SPLIT_MIN	(2 * EXPORT_CHUNK)
#define EXPORT_MAX_JOBS		256

struct export_opts {
	unsigned		 jobs;		/* worker threads, >= 1 */
	int			 update;	/* DST may hold an earlier export */
	struct progress		*progress;	/* NULL: none */
	FILE			*provenance;	/* --provenance sidecar, or NULL:
						   a line per file written */
	int			 gzip;		/* --gzip: NAME.gz, compressed */
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

/* Worker threads when -j is not given: the CPUs this process may use. */
unsigned	export_default_jobs(void);

/*
 * One open source (a regular file, a pipe) to out_fd: the view's bytes,
 * exactly those of one sequential pass whatever o->jobs is.  `name` (the
 * view path) names the file in messages.  0 or -errno, reported on stderr.
 */
int	export_fd(const struct engine *e, const struct policy_file *rule,
	    int src_fd, int out_fd, const char *name,
	    const struct export_opts *o) __attribute__((warn_unused_result));

/* The same into dst_name in dst_dirfd, atomically: a failed export leaves
 * no file (and removes an earlier one of that name). */
int	export_to_path(const struct engine *e, const struct policy_file *rule,
	    int src_fd, int dst_dirfd, const char *dst_name, const char *name,
	    const struct export_opts *o) __attribute__((warn_unused_result));

/* Sum of the sizes of the files the view of the tree at src_fd shows (for
 * a progress total) and how many there are. */
int	export_tree_size(const struct engine *e, int src_fd,
	    unsigned long long *bytes, unsigned long *files)
	    __attribute__((warn_unused_result));

/*
 * The tree at src_fd into the directory dst_fd.  A destination that is not
 * empty is refused (-EEXIST, reported) unless o->update: then what the
 * view no longer has is removed first and every file is replaced.  *t
 * counts what happened; 0 if the tree could be walked (t->failed says
 * whether every file made it), or -errno.
 */
/* The exporter's messages on stderr, "pseudonymize: " first, one whole
 * line even when workers write at once. */
void	export_warnx(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* A file that failed, by its view name: the line and column of a view
 * error (never a cell value), else the errno text of r. */
void	export_report(const char *name, const struct view_error *err, int r);

int	export_tree(const struct engine *e, int src_fd, int dst_fd,
	    const char *dst_path, const struct export_opts *o,
	    struct export_totals *t) __attribute__((warn_unused_result));
#endif
