/* The mount's inodes: one per view path and version of its source.
 *
 * The kernel keeps one page cache, one size and one set of attributes per
 * inode.  With one inode per path (libfuse's high-level API), the pages and
 * the size of one version of a source were served to handles of another
 * whenever a source was replaced while mounted, and no bookkeeping in the
 * daemon could tell when the kernel had let go of them (a close reaches
 * the daemon asynchronously).  So every version of a file is an inode of
 * its own, keyed by its view path, the source's identity (device, inode,
 * size, mtime, ctime, and the identity source's version for the files that
 * read it) and the number of the index it was looked up with
 * (index_serial): an index built again for an unchanged identity (the
 * bytes changed behind it) is another inode.  A handle keeps the inode it
 * opened, with that version's pages and size, and a lookup after a change
 * gives the kernel a new inode.  Directories are one inode per view path.
 *
 * A file whose index pass still ran at its lookup has no size yet: its
 * inode is pending until the pass ends (inodes_settle waits for it); the
 * size is never guessed.  (The key held the view size before: it is known
 * only at the end of the pass, and the index number tells rebuilt
 * versions apart as well.)
 *
 * The numbers `stat` shows (st_ino) are keyed PRF outputs of the same
 * fields, so they say nothing of the source's inode numbers and differ
 * between versions.  Knows nothing of FUSE: fs.c maps these to replies.
 */
#ifndef PSEUDONYMFS_INODES_H
#define PSEUDONYMFS_INODES_H

#include <stdint.h>
#include <sys/stat.h>

#include "index.h"
#include "keys.h"
#include "pfs_error.h"

#define INODES_ROOT	1	/* the root's number, as FUSE has it */

struct inode {
	uint64_t	 nodeid;	/* what the kernel calls it */
	uint64_t	 st_ino;	/* what stat shows */
	int		 is_dir;
	uint64_t	 dep;		/* files: the identity source's version
					 * the view was built with (index.h) */
	uint64_t	 serial;	/* files: the index's number, 0 for a
					 * file that cannot be shown */
	struct stat	 st;		/* the source's, at the first lookup */
	struct timespec	 mtime;		/* files: the view's (index_view_mtime) */
	const char	*path;		/* the view path, "/" for the root */
};

/* What a file's lookup found besides its source's identity. */
struct inode_version {
	uint64_t		 dep;		/* index_id(idx)->dep */
	uint64_t		 serial;	/* index_serial(idx), 0 if broken */
	off_t			 size;		/* the view size, -1 while the pass
						 * runs */
	struct index_pass	*pass;		/* then: the pass (index_pending) */
	const struct timespec	*mtime;		/* the view's (index_view_mtime);
						 * NULL: the source's */
	int			 broken;	/* cannot be shown: size 0, every
						 * open fails with EIO */
};

struct inodes;

/* The table, with the root in it; st_ino values are `prf` outputs.
 * 0 or -ENOMEM. */
int	inodes_new(struct keys_prf prf, struct inodes **out) PFS_WUR;
void	inodes_free(struct inodes *t);

/*
 * The inode of view path `path` for the source entry `st` and, for a file,
 * the version `v` (NULL for a directory): the one the kernel already has
 * for that version, else a new one.  `dep` is the identity source's
 * version the view was built with (struct index_identity): a new identity
 * file changes a file's bytes, not its source, and must be a new inode, or
 * handles of the old bytes would share pages with the new.  The number
 * stat shows depends on neither dep nor serial (listings cannot know
 * them); the mtime stat shows is the view's (v->mtime).  A pending version's inode holds a reference to its pass until
 * it is settled; a lookup that knows the size settles it.  Each successful
 * call is one more lookup the kernel counts, given back by inodes_forget.
 * *known (if not NULL): the kernel held the inode already.  0 or -ENOMEM.
 */
int	inodes_lookup(struct inodes *t, const char *path, int is_dir,
	    const struct stat *st, const struct inode_version *v,
	    const struct inode **out, int *known) PFS_WUR;

/*
 * The inode the kernel holds for view path `path`, found without its
 * version: is_dir 1 or 0 (-1: either) and, for a file, `st` (NULL: any)
 * the source's identity it must have; the identity source's version and
 * the index it was planned with are not compared (what a lookup refused
 * memory cannot know).  The one looked up last if several.  One more
 * lookup the kernel counts, as inodes_lookup, and no memory: a name the
 * kernel holds is not refused by the budget (ops35, fs.c lookup_held).
 * 0, or -ENOENT if the kernel holds none.
 */
int	inodes_held(struct inodes *t, const char *path, int is_dir,
	    const struct stat *st, const struct inode **out) PFS_WUR;

/* A file inode's view size now: 0 and *size (0 for a file looked up as
 * one that cannot be shown), -EINPROGRESS while its pass runs, -EIO once
 * that pass failed (a handle opened meanwhile may have read bytes: a size
 * of 0 would tell it the file ended there, so its fstat fails instead). */
int	inodes_size(struct inodes *t, const struct inode *ino, off_t *size);

/* Wait for the pass of a pending inode, and give the inode its size (or
 * make it one that cannot be shown).  1 if this call found the pass
 * failed (*err says why; the caller logs it, once per inode), else 0. */
int	inodes_settle(struct inodes *t, const struct inode *ino,
	    struct pfs_error *err);

/* The inode the kernel calls nodeid, or NULL.  Valid while the kernel
 * holds it (until it forgets the last lookup). */
const struct inode *inodes_get(struct inodes *t, uint64_t nodeid) PFS_WUR;

/* The kernel forgets n lookups of nodeid; at none, the inode goes. */
void	inodes_forget(struct inodes *t, uint64_t nodeid, uint64_t n);

/* The st_ino of a version of a view path (for listings, before any
 * lookup): the number its inode has. */
uint64_t inodes_number(const struct inodes *t, const char *path, int is_dir,
	    const struct stat *st);

/*
 * The times stat shows for an inode unless the mount shows the source's
 * (-o source_times): a source's times are real dates (a patient's file
 * written on the day of the visit, a directory created on admission) that
 * the view's shifted dates must not be compared with.  A function of the
 * inode's number and, for a file, of its identity source's version, both
 * keyed already: the same version has the same time across remounts, and
 * another version has another time (rsync's quick check sees it), a
 * second in 2000-01-01..2019-12-27 that says nothing of the source.
 */
struct timespec inodes_time(const struct inode *ino);

/* Inodes the kernel holds (tests, diagnostics). */
size_t	inodes_count(struct inodes *t);

#endif
