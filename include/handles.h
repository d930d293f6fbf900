/* How many open handles the mount gives out, in all and per user, so that
 * one process opening files in a loop cannot take every descriptor of the
 * daemon: it gets EMFILE once its user holds its share, everyone gets
 * ENFILE once all are taken, and the descriptors kept in reserve (lookups,
 * listings, the access log) are never given to handles.  Knows nothing of
 * FUSE. */
#ifndef PSEUDONYMFS_HANDLES_H
#define PSEUDONYMFS_HANDLES_H

#include <sys/types.h>

#include "pfs_error.h"

struct handles;

/* Raise RLIMIT_NOFILE's soft limit to its hard limit, and return it. */
unsigned long	handles_raise_nofile(void);

/* A pool of `max` handles; one user may hold at most max - max / 4 of
 * them (at least 1), so others always find some.  0 or -ENOMEM. */
int	handles_new(unsigned long max, struct handles **out) PFS_WUR;
/* 0, -EMFILE (uid holds its share) or -ENFILE (all taken). */
int	handles_take(struct handles *h, uid_t uid) PFS_WUR;
void	handles_give(struct handles *h, uid_t uid);
unsigned long	handles_max(const struct handles *h);
void	handles_free(struct handles *h);

#endif
