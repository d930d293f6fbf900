/* Opening the files a program trusts for its protection (the key, the
 * policy): whoever can replace one of them decides what the next view shows.
 * Opened O_NONBLOCK|O_NOFOLLOW (a FIFO cannot hang the program, a symbolic
 * link is refused rather than followed), required to be a regular file,
 * and checked for who may have written it.  Knows nothing of FUSE. */
#ifndef PSEUDONYMFS_SECFILE_H
#define PSEUDONYMFS_SECFILE_H

#include <stddef.h>
#include <sys/stat.h>

#include "pfs_error.h"

struct pfs_reporter;

enum secfile_kind {
	SECFILE_KEY,	/* no group/other bit; owned by the caller (any
			   owner when the caller is root) */
	SECFILE_POLICY,	/* no group/other write; owned by root or the caller */
};

/* Open `path` (what = "key file", "policy", for messages) for reading,
 * blocking reads restored.  The fd, with its stat in *st, or -errno with
 * one record reported (pfs_error.h) naming the file and saying how to fix
 * it. */
int	secfile_open(const char *path, enum secfile_kind kind, const char *what,
	    struct stat *st, const struct pfs_reporter *report) PFS_WUR;

#endif
