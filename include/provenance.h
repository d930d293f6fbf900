/* What produced a view file, and why a file cannot be shown: the extended
 * attributes of the mount (user.pseudonymfs.*) and the exporter's sidecar
 * (--provenance FILE) carry the same values, so a recipient can check that
 * a delivered export matches a mount.  Never a cell value, never a source
 * name.  Knows nothing of FUSE.  docs/provenance.md. */
#ifndef PSEUDONYMFS_PROVENANCE_H
#define PSEUDONYMFS_PROVENANCE_H

#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "engine.h"
#include "index.h"
#include "pfs_error.h"
#include "view.h"

#define PROVENANCE_PREFIX	"user.pseudonymfs."
#define PROVENANCE_DIGEST_HEX	33	/* 128-bit keyed BLAKE2b, hex, NUL */
#define PROVENANCE_VIEW_HEX	65	/* BLAKE2b-256 of the view bytes (b2sum -l 256) */
#define PROVENANCE_ERROR_MAX	256

/* One view file as the mount sees it. */
struct provenance_file {
	const struct engine	*engine;
	const struct policy_file *rule;
	int			 fd;		/* the source, for its digest */
	const struct stat	*st;		/* fstat of fd */
	const struct index	*idx;		/* NULL if it cannot be shown */
	int			 index_error;	/* why not: -EINVAL or -errno */
	const struct pfs_error	*err;
	int			 enforce_k;	/* the mount refuses k < threshold */
};

/* The attribute names of a file, NUL-separated, as listxattr(2) wants
 * them: with size 0 the length needed; -ERANGE if size is too small. */
ssize_t	provenance_list(const struct provenance_file *f, char *list,
	    size_t size) PFS_WUR;

/* One attribute's value (no trailing NUL), as getxattr(2) wants it:
 * -ENODATA for a name the file does not have, -ERANGE, or -EIO if the
 * source cannot be read for its digest. */
ssize_t	provenance_get(const struct provenance_file *f, const char *name,
	    char *value, size_t size) PFS_WUR;

/* The keyed digest of the source's bytes (BLAKE2b-128 under the policy's
 * source key): equal files give equal digests under one key and project,
 * and nobody without the key can test a guess of the content.  Reads the
 * whole file with pread; the last few are remembered by identity.
 * 0 or -errno. */
int	provenance_source_digest(const struct engine *e, int fd,
	    const struct stat *st, char out[PROVENANCE_DIGEST_HEX]) PFS_WUR;

/* "line 12, column 4: unbalanced quote": why a file cannot be shown, in
 * the words the log uses, without a cell value. */
void	provenance_error_text(const struct pfs_error *err, int r, char *buf,
	    size_t len);

/* The k refusal of a mount with enforce_k ("enforce_k: k=1 < 5"), or 0 if
 * the file is not refused. */
int	provenance_k_refusal(const struct index *idx, int enforce_k, char *buf,
	    size_t len);

/* ---- the exporter's sidecar: JSON lines ---- */

/* The first line: format, program version, policy hash, key id. */
int	provenance_write_header(FILE *fp, const struct engine *e) PFS_WUR;
/* One line per exported file. */
int	provenance_write_file(FILE *fp, const char *view_path,
	    const struct policy_file *rule,
	    const char source[PROVENANCE_DIGEST_HEX],
	    const char view_digest[PROVENANCE_VIEW_HEX], off_t size) PFS_WUR;

#endif
