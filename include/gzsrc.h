/* Gzip sources read at random offsets of their decompressed bytes, as
 * zlib's examples/zran.c does: one full pass records access points (the
 * compressed offset and bit of a deflate block start, its decompressed
 * offset, and the 32 KiB of output before it), and a read then restarts
 * from the nearest point instead of from the start.  The view code sees
 * only "bytes at a decompressed offset" (view.c); docs/gzip.md. */
#ifndef PSEUDONYMFS_GZSRC_H
#define PSEUDONYMFS_GZSRC_H

#include <stddef.h>
#include <sys/types.h>

#include "pfs_error.h"

#define GZSRC_WINDOW		(32u << 10)	/* deflate's history */
#define GZSRC_SPAN		(1u << 20)	/* decompressed bytes between points */
/* Past this many points every other one is dropped and the span doubles:
 * an index holds at most GZSRC_MAX_POINTS * 32 KiB (16 MiB) of windows. */
#define GZSRC_MAX_POINTS	512

/* Access points, built by a reader's sequential pass, then read-only and
 * shared by every reader of that version of the file. */
struct gzsrc_index;

/* One reader: the fd, an inflate state and its position. */
struct gzsrc;

/* 1 if the seekable fd starts with a gzip member header (1f 8b 08), 0 if
 * not, or -errno. */
int	gzsrc_detect(int fd) PFS_WUR;

/* A reader of fd.  It records access points in an index of its own as it
 * goes, until gzsrc_use_index gives it a complete one. 0 or -ENOMEM. */
int	gzsrc_open(int fd, struct gzsrc **out) PFS_WUR;

/* Read decompressed bytes [off, off + n): the count (short only at the
 * end), or -EIO with *err saying why ("the gzip data is corrupt",
 * "... is truncated"), -ENOMEM, or -errno of a read. */
ssize_t	gzsrc_pread(struct gzsrc *g, void *buf, size_t n, off_t off,
	    struct pfs_error *err) PFS_WUR;

/* The reader's own index, if its pass reached the end of the data (NULL
 * otherwise); the caller owns it from then on, and the reader keeps using
 * it until it is closed. */
struct gzsrc_index *gzsrc_take_index(struct gzsrc *g);

/* For tests: another span and bound, before the first read. */
void	gzsrc_tune(struct gzsrc *g, off_t span, size_t max_points);

/* Use a complete index built by another reader (not owned). */
void	gzsrc_use_index(struct gzsrc *g, const struct gzsrc_index *idx);

size_t	gzsrc_index_points(const struct gzsrc_index *idx);
size_t	gzsrc_index_bytes(const struct gzsrc_index *idx);	/* memory held */
void	gzsrc_index_free(struct gzsrc_index *idx);
void	gzsrc_close(struct gzsrc *g);

/* Writing gzip: one member, compressed bytes handed to emit (0 to go on,
 * or -errno).  For pseudonymize export --gzip. */
struct gzout;
typedef int (*gzout_emit)(void *arg, const void *p, size_t n);
int	gzout_new(int level, struct gzout **out) PFS_WUR;
/* n bytes more; with finish, the last ones (the member's trailer follows). */
int	gzout_write(struct gzout *z, const void *p, size_t n, int finish,
	    gzout_emit emit, void *arg) PFS_WUR;
void	gzout_free(struct gzout *z);

#endif
