/* Per-directory tables of renamed files (view name -> source name), so that
 * a lookup in a directory of N renamed files costs one hash probe instead
 * of N keyed hashes.  A table is valid while its directory's (dev, ino,
 * mtime, ctime) are those it was built from; a miss in a table built within
 * NAMECACHE_RACY_NS of the directory's mtime is not trusted (an entry added
 * in the same timestamp tick would not change the mtime: git's "racy
 * clean" rule).  Holds source names, which may be patients' names: wiped on
 * eviction and free.  Thread-safe.  Knows nothing of FUSE or policies. */
#ifndef PSEUDONYMFS_NAMECACHE_H
#define PSEUDONYMFS_NAMECACHE_H
#include <stddef.h>
#include <sys/stat.h>

#include "pfs_error.h"

#define NAMECACHE_DIRS		64		/* directories kept (LRU) */
#define NAMECACHE_RACY_NS	2000000000LL

struct namecache;
/* A table being built, then handed to namecache_install. */
struct namecache_dir;

int	namecache_new(struct namecache **out) PFS_WUR;
void	namecache_free(struct namecache *c);

/* dir_st: fstat of the directory, taken before it was read. */
int	namecache_dir_new(const struct stat *dir_st, struct namecache_dir **out)
	    PFS_WUR;
int	namecache_dir_add(struct namecache_dir *d, const char *view_name,
	    const char *src_name, const void *rule) PFS_WUR;
void	namecache_dir_free(struct namecache_dir *d);

/* Look up in a table being built (before it is installed). */
const char *namecache_dir_find(const struct namecache_dir *d,
	    const char *view_name, const void **rule);

/* Replace the directory's table with d (the cache takes it). */
void	namecache_install(struct namecache *c, struct namecache_dir *d);

/*
 * The source name shown as view_name in the directory whose fstat is
 * dir_st: 1 found (copied into src, NAME_MAX + 1 bytes; *rule set), 0 not
 * in the directory, -ESTALE no table that can be trusted for this answer
 * (build one).
 */
int	namecache_find(struct namecache *c, const struct stat *dir_st,
	    const char *view_name, char *src, const void **rule) PFS_WUR;
#endif
