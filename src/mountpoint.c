/* Checks on SRC and MOUNTPOINT before the mount. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "mountpoint.h"
#include "pfs_error.h"
#include "util.h"

/* Is the directory at mnt the root of a mount?  statx says so directly
 * (a bind mount of the same file system included); older kernels: a
 * device that differs from its parent's. */
static int
is_mount_root(const char *mnt, const struct statx *stx)
{
	char parent[PATH_MAX];
	struct stat up;

	if (stx->stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)
		return (stx->stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
	if (snprintf(parent, sizeof(parent), "%s/..", mnt) >= (int)sizeof(parent) ||
	    stat(parent, &up) == -1)
		return 0;
	return up.st_dev != makedev(stx->stx_dev_major, stx->stx_dev_minor);
}

static int
is_empty_dir(const char *mnt, int *empty)
{
	DIR *d;

	if ((d = opendir(mnt)) == NULL)
		return -errno;
	*empty = util_readdir(d) == NULL;
	closedir(d);
	return 0;
}

/* Is `inner` (a real path) `outer` or beneath it? */
static int
path_within(const char *inner, const char *outer)
{
	size_t n = strlen(outer);

	if (strcmp(outer, "/") == 0)
		return 1;
	return strncmp(inner, outer, n) == 0 &&
	    (inner[n] == '\0' || inner[n] == '/');
}

int
mountpoint_check(const char *src, const char *mnt, int allow_nonempty,
    const struct pfs_reporter *report)
{
	char rsrc[PATH_MAX], rmnt[PATH_MAX];
	struct statx stx;
	int empty = 0, r;

	/* Forced: cached attributes would hide a dead FUSE mount. */
	if (statx(AT_FDCWD, mnt, AT_NO_AUTOMOUNT | AT_STATX_FORCE_SYNC,
	    STATX_TYPE | STATX_INO, &stx) == -1) {
		r = -errno;
		if (r == -ENOTCONN)
			pfs_error_reportf(report, ENOTCONN,
			    "mount point %s is a dead mount (its "
			    "daemon ended without unmounting): fusermount3 -u %s, "
			    "then mount again", mnt, mnt);
		else
			pfs_error_reportf(report, -r,
			    "mount point %s: %s%s", mnt,
			    strerror(-r), r == -EACCES ? " (a mount of another "
			    "user?)" : "");
		return r;
	}
	if (!S_ISDIR(stx.stx_mode)) {
		pfs_error_reportf(report, ENOTDIR,
		    "mount point %s is not a directory", mnt);
		return -ENOTDIR;
	}
	if (is_mount_root(mnt, &stx)) {
		pfs_error_reportf(report, EBUSY,
		    "mount point %s is already a mount: "
		    "unmount it first (findmnt %s shows what is there)", mnt, mnt);
		return -EBUSY;
	}
	if (realpath(src, rsrc) == NULL) {
		r = -errno;
		pfs_error_reportf(report, -r, "%s: %s", src, strerror(-r));
		return r;
	}
	if (realpath(mnt, rmnt) == NULL) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "mount point %s: %s", mnt, strerror(-r));
		return r;
	}
	if (path_within(rmnt, rsrc)) {
		pfs_error_reportf(report, EINVAL,
		    "mount point %s is %s the source %s: the "
		    "view would hide the exports and read itself (are SRC and "
		    "MOUNTPOINT swapped?)", mnt, strcmp(rmnt, rsrc) == 0 ?
		    "the same directory as" : "inside", src);
		return -EINVAL;
	}
	if ((r = is_empty_dir(mnt, &empty)) != 0) {
		pfs_error_reportf(report, -r,
		    "mount point %s: %s", mnt, strerror(-r));
		return r;
	}
	if (!empty && !allow_nonempty) {
		pfs_error_reportf(report, ENOTEMPTY,
		    "mount point %s is not empty: its files "
		    "would be hidden behind the view (are SRC and MOUNTPOINT "
		    "swapped?); give -o nonempty to mount there anyway", mnt);
		return -ENOTEMPTY;
	}
	return 0;
}
