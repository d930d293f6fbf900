/* A file's view without its bytes: the exact size and checkpoints (source
 * offset, view offset, line) at record boundaries, built by one streaming
 * pass, so that a read at any view offset restarts from the nearest
 * checkpoint instead of from the start.  Knows nothing of FUSE. */
#ifndef PSEUDONYMFS_INDEX_H
#define PSEUDONYMFS_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "firstpass.h"
#include "pfs_error.h"
#include "risk.h"
#include "view.h"

/* One checkpoint every this many view bytes: a random 4 KiB read
 * re-transforms at most this much. */
#define INDEX_STEP	(64u << 10)

/* A checkpoint's mark: the index key's PRF of the source bytes around it
 * (INDEX_MARK_BEFORE before, INDEX_MARK_AFTER from it).  A read checks it
 * before restarting there: a source changed without a new size, mtime or
 * ctime (a writer through a shared mmap, a write within one timestamp
 * tick) could otherwise restart the pipeline inside a record and shift a
 * cell into another column. */
#define INDEX_MARK_BYTES	16
#define INDEX_MARK_BEFORE	16
#define INDEX_MARK_AFTER	240

struct index_checkpoint {
	off_t	src;
	off_t	view;
	long	line;
	uint8_t	mark[INDEX_MARK_BYTES];
};

/* What a view was computed from: a change to any field is a new version. */
struct index_identity {
	dev_t		dev;
	ino_t		ino;
	off_t		size;
	struct timespec	mtime;
	struct timespec	ctime;
	/* The identity source's version the view was planned with
	 * (identity.h; 0: the file's rule does not depend on it): a new
	 * identity file is a new version of every file that reads it. */
	uint64_t	dep;
};

/* One version of a view, immutable once built (index.c). */
struct index;

/* The pass of an index handed out before its pass ended (INDEX_GET_START
 * below), and its end for whoever waits for it: the view size, or why the
 * file cannot be shown.  Counted references. */
struct index_pass;

/* The version the index was built from, its view size in bytes, its
 * checkpoints (in order of offset), and the risk measured in its pass
 * (NULL if it was not measured). */
const struct index_identity *index_id(const struct index *idx);
off_t	index_size(const struct index *idx);
const struct index_checkpoint *index_checkpoints(const struct index *idx,
	    size_t *n);
const struct risk_summary *index_risk(const struct index *idx);
/*
 * The view's mtime: its source's, or for a file that depends on the
 * identity source (index_identity's dep) the later of its source's mtime
 * and the identity file's ctime at the version the view was planned with.
 * A new identity file changes the view's bytes, maybe not its size: a
 * copy that trusts size and mtime (rsync's quick check) must see a newer
 * mtime.  The ctime, not the mtime: a replacement by a file of an older
 * mtime (cp -p, rsync -a) still moves it, and every change of the
 * identity file that moves it is a new version anyway (docs/scrub.md).
 */
struct timespec index_view_mtime(const struct index *idx);
/* A checkpoint's mark did not verify: the cache forgets this index. */
int	index_spoiled(const struct index *idx);
/* Each index built or loaded has a number of its own, never reused: a
 * version rebuilt (its bytes changed under an unchanged identity) is
 * another number.  The mount's inodes are keyed by it (inodes.h). */
uint64_t index_serial(const struct index *idx);

/*
 * An index whose pass still runs: its view size and checkpoints are not
 * known, and only index_id, index_serial and index_read may be used until
 * the pass ended.  index_pending gives its pass (one more reference), or
 * NULL once it ended; index_pass_wait waits for that end: 0 and the size,
 * or -EINVAL (*err says why the file cannot be shown) or -errno.
 */
struct index_pass *index_pending(const struct index *idx);
int	index_pass_wait(struct index_pass *p, off_t *size,
	    struct pfs_error *err);
void	index_pass_hold(struct index_pass *p);
void	index_pass_put(struct index_pass *p);

void	index_identity_of(const struct stat *st, struct index_identity *id);
int	index_identity_equal(const struct index_identity *a,
	    const struct index_identity *b);
/* For an open handle: the same bytes as when it opened.  The ctime alone
 * may change when the link count went down to none (the source was
 * replaced by rename or unlinked, and no other name of it is left: its
 * inode, which the handle holds, is untouched); any other change of
 * ctime, or of size or mtime, is a change of the bytes.  A file left with
 * another name (a backup's hard link) may have been rewritten through it
 * with its size and mtime kept, which only the ctime shows (hostile26). */
int	index_identity_same_bytes(const struct index_identity *opened,
	    nlink_t opened_nlink, const struct stat *now);

/* One pass over the open source file fd (which the caller fstat'ed into
 * st); with_risk also groups the records by quasi-identifier (risk.h) in
 * that pass.  0, or -EINVAL with *err saying why the file cannot be shown,
 * or -errno. */
int	index_build(const struct engine *e, const struct policy_file *rule,
	    int fd, const struct stat *st, int with_risk, struct index **out,
	    struct pfs_error *err) PFS_WUR;

/* A read position in one view, owned by one open file: sequential reads
 * continue where the last one stopped instead of going back to a
 * checkpoint.  Not thread-safe: one reader at a time (the caller locks). */
struct index_cursor;

int	index_cursor_new(int fd, struct index_cursor **out) PFS_WUR;
void	index_cursor_free(struct index_cursor *c);

/* Copy view bytes [off, off + len) of `idx` into buf.  Returns the number
 * of bytes (short only at the end of the view), or -EIO (with *err) if the
 * source no longer gives the view the index was built from (it ends early,
 * or a checkpoint's mark does not verify: then the index is spoiled and
 * the cache builds a new one for the next open).  While its pass runs, a
 * read copies the bytes the pass kept, waiting until they are placed;
 * past them it waits for the end of the pass; once the pass has failed,
 * every read fails (-EIO, *err the pass's error). */
ssize_t	index_read(const struct index *idx, struct index_cursor *c, char *buf,
	    size_t len, off_t off, struct pfs_error *err) PFS_WUR;

void	index_free(struct index *idx);

/* ---- the cache of indexes, shared by every thread of the mount ---- */

/* Indexes no open handle holds are kept, least recently used evicted
 * first, up to 1/INDEX_CACHE_SHARE of the memory budget (membudget.h). */
#define INDEX_CACHE_SHARE	4

struct index_cache;

int	index_cache_new(struct index_cache **out) PFS_WUR;
void	index_cache_free(struct index_cache *c);
/*
 * A long index pass, reported while it runs (the mount logs it): `name` is
 * the name the caller gave index_cache_get (the view path), done and total
 * are source bytes.  Called by the building thread once the pass has run
 * `after_ns`, then every INDEX_PROGRESS_EVERY_NS, and once with finished
 * set if it was called before.  after_ns 0 reports every pass.
 */
#define INDEX_PROGRESS_EVERY_NS	5000000000LL
typedef void (*index_progress_fn)(void *arg, const char *name, off_t done,
    off_t total, double seconds, int finished);
void	index_cache_set_progress(struct index_cache *c, index_progress_fn fn,
	    void *arg, long long after_ns);

/* Threads for one index pass (default 1): a file of 16 MB or more is cut
 * at record boundaries and indexed on `jobs` threads, with the checkpoints
 * and size of one pass.  Not when the risk is measured (in order). */
#define INDEX_MAX_JOBS	64
void	index_cache_set_jobs(struct index_cache *c, unsigned jobs);

/* The passes the cache runs from now on keep their view bytes in fp
 * (firstpass.h; the cache takes it), for the reads of the first handles
 * of each version; they are dropped when its first opener's handles are
 * all closed, after FIRSTPASS_MAX_AGE_S if it is never opened, or with
 * the index. */
void	index_cache_keep_first_pass(struct index_cache *c, struct firstpass *fp);

/* Every index the cache builds from now on measures the risk (for a mount
 * that refuses files below the k threshold). */
void	index_cache_measure_risk(struct index_cache *c);

/*
 * The index of an open source file: from the cache if the file's identity
 * (dev, ino, size, mtime, ctime) is the one it was built from, else built
 * now (one pass) and cached; a file that cannot be shown is cached as such
 * too, so it is not re-read until it changes.  *first_open is set the first
 * time an index is handed out for an open (the page cache must be dropped:
 * the view may have changed); for a file that cannot be shown, the first
 * time its error is handed out (the caller logs it once per version).  Every successful get is paired with a put.
 * 0, or -EINVAL with *err, or -errno.
 */
int	index_cache_get(struct index_cache *c, const struct engine *e,
	    const struct policy_file *rule, const char *name, int fd,
	    const struct stat *st,
	    int for_open, const struct index **out, int *first_open,
	    struct pfs_error *err) PFS_WUR;

/*
 * The same, with `how`: INDEX_GET_OPEN is for_open; INDEX_GET_RUNNING
 * accepts an index whose pass still runs (index_pending); INDEX_GET_START
 * also lets a new pass run after the call returns, when its bytes can be
 * kept for the readers that come meanwhile (a large file, index_cache_
 * keep_first_pass, no risk measured): then *run is that pass, which the
 * caller must run with index_cache_run (once it has answered whoever
 * waits for the lookup: a `head` of a fresh file waits for its first
 * records, not for the whole pass).  Otherwise *run is NULL and the pass,
 * if any, ran in the call.
 */
#define INDEX_GET_OPEN		1u
#define INDEX_GET_RUNNING	2u
#define INDEX_GET_START		4u
int	index_cache_get_running(struct index_cache *c, const struct engine *e,
	    const struct policy_file *rule, const char *name, int fd,
	    const struct stat *st, unsigned how, const struct index **out,
	    int *first_open, struct index_pass **run,
	    struct pfs_error *err) PFS_WUR;
/* Run the pass index_cache_get_running left to the caller, to its end
 * (every reader and waiter is woken then), and drop the reference. */
void	index_cache_run(struct index_cache *c, struct index_pass *p);
void	index_cache_put(struct index_cache *c, const struct index *idx);

/*
 * Stop every pass of the cache, running or to come, within a record (the
 * mount is going away: an unmount must not wait for the pass of a large
 * file).  Each ends with -ECANCELED, its waiters and readers woken with
 * it (index_read: -EIO); nothing of it is cached or saved.  From any
 * thread, once; not undone.
 */
void	index_cache_cancel(struct index_cache *c);

/* Keep indexes as files in dir_fd (offsets only, never a cell value), so a
 * remount does not read every file again.  Each file is authenticated with
 * the policy's index key: a forged checkpoint could restart the pipeline
 * inside a record and shift a dropped cell into a kept column, so an index
 * that does not verify is not used.  The cache takes dir_fd. */
void	index_cache_set_dir(struct index_cache *c, int dir_fd);
/* The identity of this program and its libraries (the BLAKE2b of the
 * GNU build IDs of the program, ICU, libunistring and glibc, else random
 * bytes
 * drawn once per process), part of the name of every index kept on
 * disk: another build, or the same over upgraded libraries (ICU,
 * libunistring, glibc), never reads this one's indexes.  Its length. */
size_t	index_program_id(const uint8_t **id);

#endif
