/* Growable byte buffer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "buf.h"
#include "membudget.h"

int
buf_grow(struct buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len)
		return -ENOMEM;
	need = b->len + extra;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need) {
		if (cap > SIZE_MAX / 2)
			return -ENOMEM;
		cap *= 2;
	}
	/* Charged to the daemon's memory budget: a huge field fails the
	 * request that needed it, not the daemon. */
	if (membudget_charge(cap - b->cap) != 0)
		return -ENOMEM;
	/* Not realloc: when it moves the block it frees the old one as it
	 * is, and the buffers hold cells' raw text (buf_free wipes; a
	 * move must too).  The doubling keeps the copies linear. */
	if ((p = malloc(cap)) == NULL) {
		membudget_uncharge(cap - b->cap);
		return -ENOMEM;
	}
	if (b->data != NULL) {
		memcpy(p, b->data, b->len);
		sodium_memzero(b->data, b->cap);
		free(b->data);
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

int
buf_grow_append(struct buf *b, const void *p, size_t n)
{
	int r;

	if (n == 0)
		return 0;
	if ((r = buf_grow(b, n)) != 0)
		return r;
	memcpy(b->data + b->len, p, n);
	b->len += n;
	return 0;
}

int
buf_append_str(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int
buf_grow_putc(struct buf *b, char c)
{
	int r;

	if ((r = buf_reserve(b, 1)) != 0)
		return r;
	b->data[b->len++] = c;
	return 0;
}

void
buf_free(struct buf *b)
{
	if (b->data != NULL) {
		sodium_memzero(b->data, b->cap);
		free(b->data);
		membudget_uncharge(b->cap);
	}
	b->data = NULL;
	b->len = b->cap = 0;
}
