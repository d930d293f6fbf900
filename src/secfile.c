/* Checks on the key and policy files before a byte of them is read. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pfs_error.h"
#include "secfile.h"

static int
check_owner(const char *path, enum secfile_kind kind, const char *what,
    const struct stat *st, const struct pfs_reporter *report)
{
	uid_t me = geteuid();

	if (kind == SECFILE_KEY) {
		if (st->st_mode & 077) {
			pfs_error_reportf(report, EPERM,
			    "%s %s is accessible by group or "
			    "others (mode %04o); it must be private to its owner: "
			    "chmod 600 %s", what, path,
			    (unsigned)(st->st_mode & 07777), path);
			return -EPERM;
		}
		/* Its owner could swap in a key it knows, and every token
		 * could then be reversed by trying values.  Root may use the
		 * service user's key: it can do what that user can. */
		if (st->st_uid != me && me != 0) {
			pfs_error_reportf(report, EPERM,
			    "%s %s belongs to another user "
			    "(uid %lu); use a key that belongs to you (uid %lu)",
			    what, path, (unsigned long)st->st_uid,
			    (unsigned long)me);
			return -EPERM;
		}
		return 0;
	}
	/* Whoever can write the policy can make the next mount show raw
	 * values: the same rule as for a key, for writing. */
	if (st->st_mode & (S_IWGRP | S_IWOTH)) {
		pfs_error_reportf(report, EPERM,
		    "%s %s is writable by group or others "
		    "(mode %04o); whoever can write it decides what the view "
		    "shows: chmod go-w %s", what, path,
		    (unsigned)(st->st_mode & 07777), path);
		return -EPERM;
	}
	if (st->st_uid != 0 && st->st_uid != me) {
		pfs_error_reportf(report, EPERM,
		    "%s %s belongs to another user (uid %lu); "
		    "it must belong to root or to you (uid %lu)", what, path,
		    (unsigned long)st->st_uid, (unsigned long)me);
		return -EPERM;
	}
	return 0;
}

int
secfile_open(const char *path, enum secfile_kind kind, const char *what,
    struct stat *st, const struct pfs_reporter *report)
{
	int fd, flags, r;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY |
	    O_CLOEXEC);
	if (fd == -1) {
		r = -errno;
		if (r == -ELOOP)
			pfs_error_reportf(report, ELOOP,
			    "%s %s is a symbolic link: name the "
			    "file itself (a link is never followed)", what, path);
		else
			pfs_error_reportf(report, -r,
			    "cannot open %s %s: %s", what, path,
			    strerror(-r));
		return r;
	}
	if (fstat(fd, st) == -1) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "cannot stat %s %s: %s", what, path,
		    strerror(-r));
		goto fail;
	}
	if (!S_ISREG(st->st_mode)) {
		r = -EINVAL;
		pfs_error_reportf(report, EINVAL,
		    "%s %s is not a regular file", what, path);
		goto fail;
	}
	if ((r = check_owner(path, kind, what, st, report)) != 0)
		goto fail;
	/* A regular file: reads do not block, but say so anyway. */
	if ((flags = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "%s %s: %s", what, path, strerror(-r));
		goto fail;
	}
	return fd;
 fail:
	close(fd);
	return r;
}
