/*
 * The view bytes of a file's index pass, kept for its first reader.
 *
 * The mount's first stat of a file runs one pass through the engine for
 * the exact size (index.h); that pass produces every view byte and, before
 * this module, threw them away, so the first read ran the transform again.
 * Now the pass writes them to an unnamed temporary file (O_TMPFILE: no name,
 * gone when closed or when the daemon dies), and reads of that version are
 * copied from it until its first opener closes it, so a fresh mount's first
 * read costs one pass.  Readers may copy them while the pass still runs
 * (firstpass_read_wait): a `head` of a fresh file waits for its first
 * records, not for the whole pass.  Disk use is bounded (a pass past the budget stops
 * keeping: reads past what is kept run the transform as before); memory use
 * is one staging buffer per writer.  The bytes are the view's (what any
 * reader of the mount gets), never a source value.  Knows nothing of FUSE.
 */
#ifndef PSEUDONYMFS_FIRSTPASS_H
#define PSEUDONYMFS_FIRSTPASS_H

#include <stddef.h>
#include <sys/types.h>

#include "pfs_error.h"

/* Bytes a writer gathers before one pwrite. */
#define FIRSTPASS_STAGE		(256u << 10)
/* Kept bytes no handle has opened are dropped this long after their pass
 * (a stat of every file, as rsync's file list makes, then reads much later). */
#define FIRSTPASS_MAX_AGE_S	300
/* Smaller sources keep nothing: their transform again costs little, and
 * a stat of thousands of small files must not hold thousands of files. */
#define FIRSTPASS_MIN_SOURCE	((off_t)1 << 20)
/* Kept files at once, whatever their size (each holds a descriptor). */
#define FIRSTPASS_MAX_FILES	64
/* The default disk budget, also capped by a quarter of the free space of
 * the directory when the mount starts. */
#define FIRSTPASS_DEFAULT_MAX	((off_t)2 << 30)

struct firstpass;		/* one per mount: the directory and the budget */
struct firstpass_file;		/* one version's kept bytes */
struct firstpass_writer;	/* one stream of consecutive view bytes */

/* dir_fd: where the temporary files go (fp takes it); max_bytes: the
 * budget (0: keep nothing).  0 or -errno. */
int	firstpass_new(int dir_fd, off_t max_bytes, struct firstpass **out)
	    PFS_WUR;
/* The mount's default: temporary files in `dir` (NULL: /var/tmp), budget
 * max_bytes (-1: FIRSTPASS_DEFAULT_MAX, capped by a quarter of the free
 * space there; nothing kept when the directory is in memory, tmpfs or
 * ramfs, since the bytes would then count against no budget).  *out is
 * NULL when nothing is to be kept.  0 or -errno (the directory). */
int	firstpass_open(const char *dir, off_t max_bytes, struct firstpass **out)
	    PFS_WUR;
void	firstpass_free(struct firstpass *fp);
off_t	firstpass_used(const struct firstpass *fp);

/* A new, empty file of kept bytes for the view of a source of
 * source_size bytes; NULL (not an error: nothing is kept) when fp is NULL,
 * the source is under FIRSTPASS_MIN_SOURCE, fp is over its budget or has
 * FIRSTPASS_MAX_FILES files, or the temporary file cannot be made. */
struct firstpass_file *firstpass_file_new(struct firstpass *fp,
	    off_t source_size);
void	firstpass_file_free(struct firstpass_file *f);
/* Seconds since the file was made (its pass started). */
double	firstpass_file_age(const struct firstpass_file *f);

/* A stream of consecutive view bytes into f (NULL: a writer that keeps
 * nothing).  Writing never fails the pass: past the budget, or on a write
 * error, the writer stops keeping and what it flushed stays valid. */
struct firstpass_writer *firstpass_writer_new(struct firstpass_file *f);
void	firstpass_write(struct firstpass_writer *w, const char *p, size_t n);
/* Flush, and give the staging buffer back (a pass on several threads
 * finishes each chunk's writer as the chunk ends; it ends them in order
 * later). */
void	firstpass_writer_finish(struct firstpass_writer *w);
/* The stream's bytes start at view offset `base`: what it flushed so far,
 * and each flush from now on, can be read (firstpass_read_wait).  The
 * writers of one file are placed in view order (the index pass places a
 * chunk once the chunks before it have ended, at record boundaries), once
 * each; thread-safe against the writer's own flushes. */
void	firstpass_writer_place(struct firstpass_writer *w, off_t base);
/* Flush, place at `base` if not placed yet, and free w. */
void	firstpass_writer_end(struct firstpass_writer *w, off_t base);
/* No more bytes will be placed (the pass ended, or failed): the readers
 * waiting for bytes not kept are woken. */
void	firstpass_file_close(struct firstpass_file *f);
/* Drop a writer's bytes (the pass failed). */
void	firstpass_writer_free(struct firstpass_writer *w);

/* View bytes [off, off + len): len when all of them are kept (copied into
 * buf), 0 when some are not (nothing is to be trusted in buf), or -errno.
 * Thread-safe once the writers have ended. */
ssize_t	firstpass_read(const struct firstpass_file *f, char *buf, size_t len,
	    off_t off) PFS_WUR;
/* The same while the pass runs: waits until every byte of the range is
 * placed (len) or the file is closed without some of them (0). */
ssize_t	firstpass_read_wait(struct firstpass_file *f, char *buf, size_t len,
	    off_t off) PFS_WUR;

#endif
