/* The tree of a view: which source entries are shown and under which names,
 * resolved strictly beneath the source root (openat with O_NOFOLLOW, one
 * component at a time: no symbolic link is ever followed, no ".." escapes).
 * Knows nothing of FUSE; the exporter, the check and the mount all walk it,
 * so they show the same entries under the same names. */
#ifndef PSEUDONYMFS_TREE_H
#define PSEUDONYMFS_TREE_H

#include <dirent.h>
#include <limits.h>
#include <sys/stat.h>

#include "buf.h"
#include "engine.h"
#include "names.h"
#include "ops.h"

/* Directories below the source root that the view shows, at most: a file
 * in a deeper directory is not shown (it is counted: tree_count_too_deep). */
#define TREE_MAX_DEPTH 64

/* Why a source entry that a rule would show has no name in the view. */
enum tree_refusal {
	TREE_REFUSED_NONE,
	TREE_REFUSED_COLLISION,	/* another entry gives the same view name */
	TREE_REFUSED_NOT_UTF8,	/* a name to tokenize is not UTF-8 */
	TREE_REFUSED_EMPTY,	/* a name to tokenize folds to nothing */
	TREE_REFUSED_TOO_LONG,	/* prefix + token + extension > NAME_MAX */
	TREE_REFUSED_SUSPECT,	/* a kept name looks like an identifier */
	TREE_REFUSED_NO_KEY,	/* a token name, and no key to compute it
				   (pseudonymize check without -k) */
};

/* What tree_view_name decided for one entry. */
struct tree_naming {
	int			 shown;		/* the name is in `out` */
	enum tree_refusal	 refusal;	/* !shown: NONE is a silent
						   hide ([project] dirs = hide) */
	enum names_sign		 sign;		/* the name's identifier signs */
	const char		*rule;		/* the deciding [file]/[dir]
						   rule; NULL: [project] dirs */
};

/*
 * The name a source entry has in its view directory: the one place that
 * decides it.  `src_rel` is the entry's path from the source root (its last
 * component is the name); `rule` is the [file] rule of a file (NULL for a
 * directory).  Files: rename = keep shows the name unless it looks like an
 * identifier (suspect_names = show to allow it); rename = token gives
 * prefix + keyed token of the base name + last extension.  Directories: the
 * first [dir] rule matching the path decides likewise; with none, [project]
 * dirs = token (prefix "dir-") or hide.  `out` gets the NUL-terminated
 * name when how->shown.  0, or -ENOMEM.
 */
int	tree_view_name(const struct policy *p, const char *src_rel,
	    const struct policy_file *rule, struct ops_scratch *s,
	    struct buf *out, struct tree_naming *how);

/* What a refusal says, for messages ("two entries give this view name"). */
const char *tree_refusal_text(enum tree_refusal why);

/* A subdirectory that cannot be opened (permissions, I/O): its content is
 * unknown, so a caller that must not skip it silently (the exporter) gets
 * it here, by its view path, with tree_list's `arg`.  NULL: the directory
 * is not listed. */
typedef void (*tree_unreadable)(void *arg, const char *view_rel, int error);

/* An entry a rule would show that the view refuses (tree_list only).
 * `view_dir` is the directory's view path; `view_name` the name two
 * entries share (collisions), else NULL; `src_name` is the raw source
 * name: for `pseudonymize check --show-names` only, never for a log. */
struct tree_refused_entry {
	const char		*view_dir;
	const char		*view_name;
	const char		*src_name;
	int			 is_dir;
	const struct tree_naming *how;
};
typedef void (*tree_refused)(void *arg, const struct tree_refused_entry *e);

struct namecache;

struct tree {
	const struct engine	*engine;
	int			 root_fd;	/* O_DIRECTORY on the source root */
	tree_unreadable		 unreadable;	/* optional */
	tree_refused		 refused;	/* optional */
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

/* The entries a view directory shows, sorted by view name.  `fill` gets
 * each view name, the source's stat, the file rule (NULL for a directory)
 * and the source name (to open it from dir_fd); a non-zero return stops
 * the listing.  src_rel and view_rel are the directory's paths. */
typedef int (*tree_fill)(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name);
int	tree_list(const struct tree *t, int dir_fd, const char *src_rel,
	    const char *view_rel, tree_fill fill, void *arg);

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
