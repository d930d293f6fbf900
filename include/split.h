/* Cutting a delimited file into chunks of whole records, for transforming
 * them in parallel (pseudonymize export -j, docs/performance.md).  The scan
 * follows quotes: a line end inside a quoted field (strict RFC 4180, the
 * only quoting csvio reads) is not a record end.  A cut is a guess that
 * the caller verifies (a chunk's run must end exactly where the next chunk
 * starts): a file whose quoting the scan misreads still gives the bytes of
 * one pass, only more slowly.  Knows nothing of views or policies. */
#ifndef PSEUDONYMFS_SPLIT_H
#define PSEUDONYMFS_SPLIT_H
#include <stddef.h>
#include <sys/types.h>

#include "pfs_error.h"

struct split_chunk {
	off_t	start;		/* source offset of the chunk's first record */
	off_t	end;		/* of the byte after its last record */
	long	line;		/* line number of its first record */
};

/*
 * Chunks of about `target` bytes covering [from, size) of fd, the first
 * starting at `from` on line `line`; *out is malloc'ed (the caller frees).
 * 0 or -errno.
 */
int	split_records(int fd, off_t from, off_t size, long line, size_t target,
	    struct split_chunk **out, size_t *n) PFS_WUR;
/* The same, ending with -ECANCELED once *cancel is set (read before each
 * block: a mount's unmount does not wait for the scan of a large file). */
int	split_records_cancel(int fd, off_t from, off_t size, long line,
	    size_t target, const int *cancel, struct split_chunk **out,
	    size_t *n) PFS_WUR;
#endif
