/* Which version of a view file may use the kernel's page cache.
 *
 * The kernel keeps one page cache per FUSE inode, and libfuse's high-level
 * API gives one inode per view path, whatever version of the source is
 * behind it: a page read through a handle of one version would be served
 * to a handle of another.  So one version at a time owns the cache of a
 * path: handles of that version read through it; a handle of another
 * version, opened while the owner's handles are still open, reads around
 * it (direct I/O); the first open after the owner's last handle closed
 * makes its version the owner, dropping the pages if they may be another
 * version's.  Knows nothing of FUSE (fs.c turns a mode into open flags).
 */
#ifndef PSEUDONYMFS_PAGECACHE_H
#define PSEUDONYMFS_PAGECACHE_H

#include "index.h"

enum pagecache_mode {
	PAGECACHE_KEEP,		/* through the cache; its pages are this version's */
	PAGECACHE_DROP,		/* through the cache, once its pages are dropped */
	PAGECACHE_DIRECT,	/* around the cache: another version owns it */
};

struct pagecache;

int	pagecache_new(struct pagecache **out)
	    __attribute__((warn_unused_result));
void	pagecache_free(struct pagecache *pc);

/*
 * The size to give the kernel for version `id` of view_rel, whose view is
 * `size` bytes, and a note of what it was given.  The kernel holds one size
 * per path and stops reads through the cache there: while handles of an
 * older version (the owner) are open, the size given is at least theirs, so
 * they are never cut short; a handle of the new version reads around the
 * cache, to its own end.  0, or -ENOMEM (then the size is `size`).
 */
int	pagecache_report(struct pagecache *pc, const char *view_rel,
	    const struct index_identity *id, off_t size, off_t *report);

/* How an open of version `id` (`size` view bytes) of view_rel reads, and
 * in *stale_attrs whether the kernel may hold another version's attributes
 * or size for the path (the caller makes it forget them).  0, or -ENOMEM.
 * Every successful open is paired with a close with the same mode. */
int	pagecache_open(struct pagecache *pc, const char *view_rel,
	    const struct index_identity *id, off_t size,
	    enum pagecache_mode *mode, int *stale_attrs)
	    __attribute__((warn_unused_result));
void	pagecache_close(struct pagecache *pc, const char *view_rel,
	    enum pagecache_mode mode);

#endif
