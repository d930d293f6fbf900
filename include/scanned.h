/* The versions of source files a drift scan judged, for the export that
 * follows it: `pseudonymize export --strict` refuses on what the scan
 * found, so what it exports must be exactly what the scan read.  Each
 * file the scan opens is recorded by its path below the source and the
 * identity of the open file (index.h: dev, ino, size, mtime, ctime, as the
 * mount pins one version per handle); the export checks each file it
 * opens against it.  A file exported under another identity, or that the
 * scan did not see, or that the scan saw and the export no longer finds,
 * is "the source changed since the drift scan" (docs/check.md). */
#ifndef PSEUDONYMFS_SCANNED_H
#define PSEUDONYMFS_SCANNED_H

#include <sys/stat.h>

#include "index.h"
#include "pfs_error.h"

struct scanned;

/* One scanned version: the open file's identity and its link count (a
 * source unlinked or replaced by rename since keeps its bytes: its ctime
 * moves with the link count alone, index_identity_same_bytes). */
struct scanned_version {
	struct index_identity	 id;
	nlink_t			 nlink;
};

int	scanned_new(struct scanned **out) PFS_WUR;
void	scanned_free(struct scanned *s);

/* The file at src_rel below the scanned source ("" for a single file),
 * shown as view_rel (named in messages: never src_rel, which may be a
 * patient's name), was scanned as the open file st.  Before
 * scanned_seal.  0 or -ENOMEM. */
int	scanned_add(struct scanned *s, const char *src_rel,
	    const char *view_rel, const struct stat *st) PFS_WUR;
/* The scan is over: lookups from now on (from any thread). */
void	scanned_seal(struct scanned *s);

/* The version the scan recorded for src_rel (and the entry is marked as
 * exported), or NULL if the scan did not see it. */
const struct scanned_version *scanned_take(struct scanned *s,
	    const char *src_rel);

/* Whether the open file st is still the version v: the same bytes. */
int	scanned_same(const struct scanned_version *v, const struct stat *st);

/* Each entry scanned_take never gave (a file the scan saw and the export
 * did not find), by its view path. */
typedef void (*scanned_missing_fn)(void *arg, const char *view_rel);
unsigned long scanned_missing(const struct scanned *s, scanned_missing_fn fn,
	    void *arg);

#endif
