/* The mistakes a mount point can hide, refused before mounting: a path that
 * is not a directory, a dead mount (a daemon killed without unmounting), a
 * mount point that is already a mount (two daemons stacked), a non-empty
 * directory (the files there would disappear behind the view: SRC and
 * MOUNTPOINT swapped), and a mount point inside the source (the view would
 * read itself).  Knows nothing of FUSE. */
#ifndef PSEUDONYMFS_MOUNTPOINT_H
#define PSEUDONYMFS_MOUNTPOINT_H

#include <stddef.h>

#include "pfs_error.h"

struct pfs_reporter;

/* 0 if `mnt` can take a view of `src`; -errno with one record reported
 * (pfs_error.h) naming the path and what to do.  allow_nonempty: -o
 * nonempty was given. */
int	mountpoint_check(const char *src, const char *mnt, int allow_nonempty,
	    const struct pfs_reporter *report) PFS_WUR;

#endif
