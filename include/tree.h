/* The tree of a view: which source entries are shown and under which names,
 * resolved strictly beneath the source root (openat with O_NOFOLLOW, one
 * component at a time: no symbolic link is ever followed, no ".." escapes).
 * Knows nothing of FUSE; the exporter and the mount both walk it. */
#ifndef PSEUDONYMFS_TREE_H
#define PSEUDONYMFS_TREE_H

#include <dirent.h>
#include <limits.h>
#include <sys/stat.h>

#include "engine.h"

/* Directories below the source root that the view shows, at most: a file
 * in a deeper directory is not shown (it is counted: tree_count_too_deep). */
#define TREE_MAX_DEPTH 64

/* A subdirectory that cannot be opened (permissions, I/O): its content is
 * unknown, so a caller that must not skip it silently (the exporter) gets
 * it here, with tree_list's `arg`.  NULL: the directory is not listed. */
typedef void (*tree_unreadable)(void *arg, const char *src_rel, int error);

struct namecache;

struct tree {
	const struct engine	*engine;
	int			 root_fd;	/* O_DIRECTORY on the source root */
	tree_unreadable		 unreadable;	/* optional */
	/* optional: renamed files found by a hash probe, not a scan of
	 * their directory (namecache.h); the mount sets it. */
	struct namecache	*names;
};

struct tree_node {
	int			 is_dir;
	int			 fd;		/* open, O_RDONLY; the caller closes */
	struct stat		 st;
	const struct policy_file *rule;		/* files only */
	char			 src_rel[PATH_MAX];	/* "" for the root */
	char			 view_rel[PATH_MAX];
};

/* Resolve a view path ("/", "/labo/resultats.tsv", "/export_x7….csv").
 * 0, -ENOENT for anything not shown, or -errno. */
int	tree_lookup(const struct tree *t, const char *view_path,
	    struct tree_node *out);

/* The entries a view directory shows, with their view names.  `fill` gets
 * each name and the source's stat; a non-zero return stops the listing. */
typedef int (*tree_fill)(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name);
int	tree_list(const struct tree *t, int dir_fd, const char *src_rel,
	    tree_fill fill, void *arg);

/* The files some rule matches beneath dir_fd (at src_rel) that lie in a
 * directory deeper than TREE_MAX_DEPTH, so the view does not show them:
 * the exporter and check count them, never silently.  The walk itself is
 * bounded by PATH_MAX and the process's descriptors. */
unsigned long	tree_count_too_deep(const struct tree *t, int dir_fd,
	    const char *src_rel);

/* A directory stream with its own offset over dir_fd's directory (never a
 * dup, whose offset other threads share); NULL and errno on failure. */
DIR	*tree_opendir(int dir_fd);

/* The name rules match a source file by: a gzip source's without its
 * ".gz" (X.csv.gz is shown as X.csv; docs/gzip.md).  Returns name, or buf
 * holding the shorter name. */
const char *tree_plain_name(const char *name, char *buf, size_t len);

#endif
