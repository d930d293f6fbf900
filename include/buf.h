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

/* memcpy for the few bytes most appends are (a field, a name, a line end):
 * two overlapping loads and stores instead of a call to the library's
 * memcpy; reads and writes stay within [p, p + n) and [d, d + n). */
static inline void
buf_copy(char *d, const char *p, size_t n)
{
	if (n >= 8 && n <= 16) {
		unsigned long long a, z;

		__builtin_memcpy(&a, p, 8);
		__builtin_memcpy(&z, p + n - 8, 8);
		__builtin_memcpy(d, &a, 8);
		__builtin_memcpy(d + n - 8, &z, 8);
	} else if (n >= 4 && n < 8) {
		unsigned int a, z;

		__builtin_memcpy(&a, p, 4);
		__builtin_memcpy(&z, p + n - 4, 4);
		__builtin_memcpy(d, &a, 4);
		__builtin_memcpy(d + n - 4, &z, 4);
	} else if (n < 4) {
		if (n > 0) {
			d[0] = p[0];
			d[n / 2] = p[n / 2];
			d[n - 1] = p[n - 1];
		}
	} else {
		__builtin_memcpy(d, p, n);
	}
}

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
/* buf_append for the view's short pieces (a field, a remembered value, a
 * line end), copied inline by buf_copy. */
static inline int PFS_WUR
buf_append_short(struct buf *b, const void *p, size_t n)
{
	/* An empty buffer (data NULL) takes the call too: data + len is
	 * NULL + 0 there, undefined (clang's UBSan: fuzz_view) */
	if (n > b->cap - b->len || b->data == NULL)
		return buf_grow_append(b, p, n);
	buf_copy(b->data + b->len, p, n);
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
