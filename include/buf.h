/* A growable byte buffer: the one allocation pattern the engine repeats on
 * its read path, reused across rows so steady-state processing allocates
 * nothing. */
#ifndef PSEUDONYMFS_BUF_H
#define PSEUDONYMFS_BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* Make room for `extra` more bytes; 0 or -ENOMEM. */
int	buf_reserve(struct buf *b, size_t extra);
int	buf_append(struct buf *b, const void *p, size_t n);
int	buf_append_str(struct buf *b, const char *s);
int	buf_putc(struct buf *b, char c);
/* Forget the contents, keep the memory. */
static inline void buf_reset(struct buf *b) { b->len = 0; }
/* Wipe then free: buffers may have held raw cell values. */
void	buf_free(struct buf *b);

#endif
