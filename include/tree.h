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
#include "pfs_error.h"

/* Directories below the source root that the view shows, at most: a file
 * in a deeper directory is not shown (it is counted: tree_count_too_deep). */
#define TREE_MAX_DEPTH 64

/* A renamed file keeps its extension when it names a type: this many
 * ASCII letters and digits at most ("xlsx", "json"); a longer word after
 * the last dot is renamed with the rest of the name. */
#define TREE_EXT_MAX 5

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
	    struct buf *out, struct tree_naming *how) PFS_WUR;

/* What a refusal says, for messages ("two entries give this view name"). */
const char *tree_refusal_text(enum tree_refusal why);

/* A subdirectory that cannot be opened (permissions, I/O): its content is
 * unknown, so a caller that must not skip it silently (the exporter) gets
 * it here, by its view path, with tree_list's `arg`.  NULL: the directory
 * is not listed. */
typedef void (*tree_unreadable)(void *arg, const char *view_rel,
    const char *src_name, int error);

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

/* How messages name the rule of a refused entry that has no view name of
 * its own: "a file of [file x]", "a directory of [dir y]", "a directory
 * of [project] dirs" (policy text, never a source name).  Returns buf. */
#define TREE_LABEL_MAX	320
const char *tree_refused_label(const struct tree_refused_entry *e, char *buf,
	    size_t len);

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
	/* 1 once the last component was found in the listing: a failure
	 * after it (the source cannot be opened, the inode table is full)
	 * is of a name the view shows, which fs_lookup records. */
	int			 shown;
};

/* Resolve a view path ("/", "/labo/resultats.tsv", "/export_x7….csv").
 * 0, -ENOENT for anything not shown, or -errno. */
int	tree_lookup(const struct tree *t, const char *view_path,
	    struct tree_node *out) PFS_WUR;

/* The entries a view directory shows, sorted by view name.  `fill` gets
 * each view name, the source's stat, the file rule (NULL for a directory)
 * and the source name (to open it from dir_fd); a non-zero return stops
 * the listing.  src_rel and view_rel are the directory's paths. */
typedef int (*tree_fill)(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name);
int	tree_list(const struct tree *t, int dir_fd, const char *src_rel,
	    const char *view_rel, tree_fill fill, void *arg) PFS_WUR;

/* ---- the whole view, walked ---- */

/* What a walk hands its callback, in this order per directory: DIR, then
 * for each entry in view-name order FILE, REFUSED, FAILED or (a shown
 * subdirectory) its own events; then, once the directory is listed, one
 * SKIPPED per entry it holds that the view does not list, and DIR_END. */
enum tree_walk_what {
	TREE_WALK_DIR,		/* a shown directory (the root first) */
	TREE_WALK_FILE,		/* a shown file */
	TREE_WALK_REFUSED,	/* an entry a rule shows that the view cannot
				   name: `refused` says which and why */
	TREE_WALK_SKIPPED,	/* an entry the view does not list (hidden,
				   unmatched, link, directory without a
				   shown file); st NULL if it cannot be
				   stat'ed */
	TREE_WALK_DIR_END,	/* the directory was listed */
	TREE_WALK_FAILED,	/* a directory cannot be opened or listed, a
				   path is too long: `error` says it */
};

struct tree_walk_entry {
	enum tree_walk_what	 what;
	/* The entry's view path; for SKIPPED and REFUSED, its directory's
	 * ("" for the root).  Messages name entries by this only. */
	const char		*view_rel;
	const char		*view_name;	/* FILE, DIR: the name it shows */
	/* Source path from the root (FAILED: if known) and name in dir_fd:
	 * to open the entry, for --show-names and for reveal (the key
	 * holder's tool); never for another message or a log. */
	const char		*src_rel;
	const char		*src_name;
	int			 dir_fd;	/* the directory holding it; DIR,
						   DIR_END: the directory */
	int			 depth;		/* of the directory holding it;
						   DIR, DIR_END: its own */
	const struct stat	*st;		/* FILE, DIR (not the root),
						   SKIPPED */
	const struct policy_file *rule;		/* FILE */
	const struct tree_refused_entry *refused;	/* REFUSED */
	const struct pfs_error	*error;		/* FAILED */
};

/* 0 to go on; < 0 stops the walk, which returns it. */
typedef int (*tree_walk_fn)(void *arg, const struct tree_walk_entry *e);

/* Walk flags.  TREE_WALK_UNREADABLE: a subdirectory that cannot be opened
 * is a FAILED entry (its content is unknown: the exporter must not skip it
 * silently), else it is a directory without a shown file. */
#define TREE_WALK_UNREADABLE	0x1

/*
 * Every entry of the view of the tree at t->root_fd, depth first, through
 * tree_list (so with the same entries and names as the mount), to
 * TREE_MAX_DEPTH.  t->unreadable and t->refused are not used: those are
 * events here.  0, the callback's error, or -ENOMEM.
 */
int	tree_walk(const struct tree *t, int flags, tree_walk_fn fn, void *arg)
	    PFS_WUR;

/* A FILE entry opened (O_RDONLY, O_NOFOLLOW, O_NONBLOCK: a FIFO put in its
 * place does not hang us): a descriptor, or -errno. */
int	tree_walk_open(const struct tree_walk_entry *e) PFS_WUR;

/* What a directory the view does not show holds, to the depth limit
 * (`depth` is its own): regular files in `files`, everything else
 * (hidden entries, links, devices, directories too deep or unreadable) in
 * `other`.  Links are never followed. */
void	tree_count_unshown(int dir_fd, int depth, unsigned long *files,
	    unsigned long *other);

/* The files some rule matches beneath dir_fd (at src_rel) that lie in a
 * directory deeper than TREE_MAX_DEPTH, so the view does not show them:
 * the exporter and check count them, never silently.  The walk itself is
 * bounded by PATH_MAX and the process's descriptors. */
unsigned long	tree_count_too_deep(const struct tree *t, int dir_fd,
	    const char *src_rel);

/* A directory stream with its own offset over dir_fd's directory (never a
 * dup, whose offset other threads share); NULL and errno on failure. */
DIR	*tree_opendir(int dir_fd) PFS_WUR;

/* The name rules match a source file by: a gzip source's without its
 * ".gz" (X.csv.gz is shown as X.csv; docs/gzip.md).  Returns name, or buf
 * holding the shorter name. */
const char *tree_plain_name(const char *name, char *buf, size_t len);

#endif
