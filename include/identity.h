/* The patients' identities from another file (issue 10): a stays or lab
 * table carries only the IPP while its comments quote the patient's name,
 * birth name, phone and address.  `[project] identity = PATH` names a
 * source file (its [file] rule, keyed by the project's patient column)
 * whose `identifies =` columns are loaded once into keyed digests, never
 * the values: per patient, 32-bit SipHash fingerprints of its normalized
 * name and address words and phone digits, under a key derived from the
 * patient id.  Scrub then checks the words of a comment against the
 * fingerprints of its row's patient (src/detect.c, scan_identity).
 * docs/scrub.md has the memory measured and the reload rules. */
#ifndef PSEUDONYMFS_IDENTITY_H
#define PSEUDONYMFS_IDENTITY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "buf.h"
#include "pfs_error.h"

/* What a fingerprint stands for. */
enum identity_kind {
	IDENTITY_NAME = 'N',	/* a word of a name, first name, birth name */
	IDENTITY_ADDRESS = 'A',	/* a word of an address (its number too) */
	IDENTITY_CITY = 'C',	/* an address value of one word (a city) */
	IDENTITY_PHONE = 'P',	/* the last 9 digits of a phone */
};

/* One row's patient, for the detectors: its fingerprints and their key. */
struct identity_row {
	const uint32_t	*fps;
	size_t		 nfps;
	uint8_t		 key[16];
};

/* Is `word` (NORM_TEXT-folded, as the detectors fold words) one of the
 * row's patient's identifiers of this kind?  1 or 0. */
int	identity_row_has(const struct identity_row *r, enum identity_kind kind,
	    const char *word, size_t len);

/* One loaded version of the identity source, shared by the views that use
 * it (reference counted). */
struct identity;

/* The source's version: a keyed digest of the file's (dev, ino, size,
 * mtime, ctime); never 0. */
uint64_t identity_version(const struct identity *id);
/* The file's ctime at that version: every change that makes a new
 * version moves it, even a replacement by a file of an older mtime (cp -p,
 * rsync -a).  A view that reads the source is as new as it (index.h,
 * index_view_mtime). */
struct timespec identity_changed(const struct identity *id);
/* The row's patient (its raw id cell, UTF-8): 0 with *out filled, or
 * -ENOENT (blank id, or a patient the source does not hold), -ENOMEM. */
struct policy;
int	identity_row_of(const struct identity *id, const struct policy *p,
	    const char *patient, size_t len, struct buf *tmp,
	    struct identity_row *out) PFS_WUR;
/* Memory held (for docs and the bench). */
size_t	identity_bytes(const struct identity *id);
size_t	identity_patients(const struct identity *id);
void	identity_hold(struct identity *id);
void	identity_put(struct identity *id);

/* The file behind it, reloaded when it changes: one per engine. */
struct identity_source;
struct engine;
struct policy_file;
struct pfs_error;

int	identity_source_new(struct identity_source **out) PFS_WUR;
/* The source root (the source keeps its own descriptor); until attached,
 * files that depend on the identity source cannot be shown. */
int	identity_source_attach(struct identity_source *src, int root_fd)
	    PFS_WUR;
void	identity_source_free(struct identity_source *src);
/* Does a file of this rule depend on the identity source?  A rule other
 * than the source's own with a scrub column. */
int	identity_rule_depends(const struct policy *p,
	    const struct policy_file *rule);
/* The version a view opened now would use, without loading (a stat): for
 * the index cache key, and the file's ctime (identity_changed; changed
 * may be NULL).  0, or -errno (the file cannot be found). */
int	identity_source_version(const struct engine *e, uint64_t *version,
	    struct timespec *changed) PFS_WUR;
/* The same, 1 (and a zero ctime) when the file cannot be found: what
 * names a view that depends on it (its index key), whether or not it
 * reads it. */
uint64_t identity_source_stamp(const struct engine *e,
	    struct timespec *changed);
/* The loaded version for a view (load or reload if the file changed):
 * 0 with a held *out (identity_put it), or -EIO with *err saying why
 * (the file is missing, cannot be parsed, has no patient column or no
 * identifies column), -ENOMEM (*err saying so).  A version the memory
 * budget refused is not read again until the budget has more free than
 * when it was refused: each open of a dependent file cost a scan of the
 * identity file (hostile24). */
int	identity_source_get(const struct engine *e, struct identity **out,
	    struct pfs_error *err) PFS_WUR;
/* Is err (a failure of a view that depends on the source) the identity
 * source's own, and the first of its version and kind?  1: it is, and is
 * now marked said; 0: it is, and was said already; -1: it is not the
 * source's.  So the daemon logs an identity failure once per version of
 * the file, not at every lookup and open of each dependent file. */
int	identity_source_report(const struct engine *e,
	    const struct pfs_error *err);

#endif
