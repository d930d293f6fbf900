/* A growable byte buffer: the one allocation pattern the engine repeats on
 * its read path, reused across rows so steady-state processing allocates
 * nothing. */
#ifndef PSEUDONYMFS_BUF_H
#define PSEUDONYMFS_BUF_H

#include <stddef.h>

#include "pfs_error.h"

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* Make room for `extra` more bytes; 0 or -ENOMEM.  Inline when there is
 * room already (operators reserve once per value). */
int	buf_grow(struct buf *b, size_t extra) PFS_WUR;
static inline int PFS_WUR
buf_reserve(struct buf *b, size_t extra)
{
	if (extra <= b->cap - b->len)
		return 0;
	return buf_grow(b, extra);
}
int	buf_grow_append(struct buf *b, const void *p, size_t n) PFS_WUR;
static inline int PFS_WUR
buf_append(struct buf *b, const void *p, size_t n)
{
	if (n > b->cap - b->len)
		return buf_grow_append(b, p, n);
	if (n > 0)
		__builtin_memcpy(b->data + b->len, p, n);
	b->len += n;
	return 0;
}
int	buf_append_str(struct buf *b, const char *s) PFS_WUR;
int	buf_grow_putc(struct buf *b, char c) PFS_WUR;
/* Inline: one byte at a time is how delimiters and folded text go out. */
static inline int PFS_WUR
buf_putc(struct buf *b, char c)
{
	if (b->len == b->cap)
		return buf_grow_putc(b, c);
	b->data[b->len++] = c;
	return 0;
}
/* Forget the contents, keep the memory. */
static inline void buf_reset(struct buf *b) { b->len = 0; }
/* Wipe then free: buffers may have held raw cell values. */
void	buf_free(struct buf *b);

#endif
