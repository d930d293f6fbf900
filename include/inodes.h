/* The mount's inodes: one per view path and version of its source.
 *
 * The kernel keeps one page cache, one size and one set of attributes per
 * inode.  With one inode per path (libfuse's high-level API), the pages and
 * the size of one version of a source were served to handles of another
 * whenever a source was replaced while mounted, and no bookkeeping in the
 * daemon could tell when the kernel had let go of them (a close reaches
 * the daemon asynchronously).  So every version of a file is an inode of
 * its own, keyed by its view path, the source's identity (device, inode,
 * size, mtime, ctime) and its view size: a handle keeps the inode it
 * opened, with that version's pages and size, and a lookup after a change
 * gives the kernel a new inode.  Directories are one inode per view path.
 *
 * The numbers `stat` shows (st_ino) are keyed PRF outputs of the same
 * fields, so they say nothing of the source's inode numbers and differ
 * between versions.  Knows nothing of FUSE: fs.c maps these to replies.
 */
#ifndef PSEUDONYMFS_INODES_H
#define PSEUDONYMFS_INODES_H

#include <stdint.h>
#include <sys/stat.h>

#include "keys.h"
#include "pfs_error.h"

#define INODES_ROOT	1	/* the root's number, as FUSE has it */

struct inode {
	uint64_t	 nodeid;	/* what the kernel calls it */
	uint64_t	 st_ino;	/* what stat shows */
	int		 is_dir;
	int		 broken;	/* a file that cannot be shown: size 0,
					 * every open fails with EIO */
	off_t		 size;		/* files: the view size */
	uint64_t	 dep;		/* files: the identity source's version
					 * the view was built with (index.h) */
	struct stat	 st;		/* the source's, at the first lookup */
	struct timespec	 mtime;		/* files: the view's (index_view_mtime) */
	const char	*path;		/* the view path, "/" for the root */
};

struct inodes;

/* The table, with the root in it; st_ino values are `prf` outputs.
 * 0 or -ENOMEM. */
int	inodes_new(struct keys_prf prf, struct inodes **out) PFS_WUR;
void	inodes_free(struct inodes *t);

/*
 * The inode of view path `path` for the source entry `st` (a file's view
 * being `size` bytes, or `broken`): the one the kernel already has for
 * that version, else a new one.  `dep` is the identity source's version
 * the view was built with (struct index_identity): a new identity file
 * changes a file's bytes, not its source, and must be a new inode, or
 * handles of the old bytes would share pages with the new.  `mtime` is
 * the view's (index_view_mtime; NULL: the source's).  The number
 * stat shows does not depend on it (listings cannot know it).  Each
 * successful call is one more lookup
 * the kernel counts, given back by inodes_forget.  0 or -ENOMEM.
 */
int	inodes_lookup(struct inodes *t, const char *path, int is_dir,
	    const struct stat *st, off_t size, uint64_t dep,
	    const struct timespec *mtime, int broken,
	    const struct inode **out) PFS_WUR;

/* The inode the kernel calls nodeid, or NULL.  Valid while the kernel
 * holds it (until it forgets the last lookup). */
const struct inode *inodes_get(struct inodes *t, uint64_t nodeid) PFS_WUR;

/* The kernel forgets n lookups of nodeid; at none, the inode goes. */
void	inodes_forget(struct inodes *t, uint64_t nodeid, uint64_t n);

/* The st_ino of a version of a view path (for listings, before any
 * lookup): the number its inode has. */
uint64_t inodes_number(const struct inodes *t, const char *path, int is_dir,
	    const struct stat *st);

/* Inodes the kernel holds (tests, diagnostics). */
size_t	inodes_count(struct inodes *t);

#endif
