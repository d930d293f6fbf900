/* Record boundaries by one quote-aware scan: count quotes and line feeds
 * with memchr-speed loops, cut at the first line feed outside quotes past
 * each target offset. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "split.h"

#define SPLIT_READ	(1u << 20)

struct scan {
	struct split_chunk	*chunks;
	size_t			 n, cap;
	int			 in_quotes;
	long			 line;		/* of the byte being scanned */
	off_t			 next_cut;	/* cut at the first record end past it */
	size_t			 target;
};

static int
add_chunk(struct scan *s, off_t start, long line)
{
	struct split_chunk *grown;

	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		if ((grown = realloc(s->chunks, cap * sizeof(*grown))) == NULL)
			return -ENOMEM;
		s->chunks = grown;
		s->cap = cap;
	}
	if (s->n > 0)
		s->chunks[s->n - 1].end = start;
	s->chunks[s->n].start = start;
	s->chunks[s->n].end = start;
	s->chunks[s->n].line = line;
	s->n++;
	s->next_cut = start + (off_t)s->target;
	return 0;
}

/* Scan p[0..len) at source offset `at`. */
static int
scan_block(struct scan *s, const char *p, size_t len, off_t at)
{
	size_t i = 0;
	int r;

	while (i < len) {
		const char *q = memchr(p + i, CSVIO_QUOTE, len - i);
		const char *nl = memchr(p + i, '\n', len - i);
		size_t stop;

		if (s->in_quotes) {
			/* Only a quote matters: it closes (or, doubled, the
			 * next one reopens).  Line feeds inside are counted. */
			stop = q ? (size_t)(q - p) : len;
			for (size_t j = i; j < stop; j++)
				s->line += p[j] == '\n';
			if (q == NULL)
				return 0;
			s->in_quotes = 0;
			i = stop + 1;
			continue;
		}
		if (nl != NULL && (q == NULL || nl < q)) {
			off_t end = at + (nl - p) + 1;
			s->line++;
			i = (size_t)(nl - p) + 1;
			if (end > s->next_cut && (r = add_chunk(s, end, s->line)) != 0)
				return r;
			continue;
		}
		if (q == NULL)
			return 0;
		/* Line feeds before the opening quote. */
		for (size_t j = i; j < (size_t)(q - p); j++)
			s->line += p[j] == '\n';
		s->in_quotes = 1;
		i = (size_t)(q - p) + 1;
	}
	return 0;
}

int
split_records(int fd, off_t from, off_t size, long line, size_t target,
    struct split_chunk **out, size_t *n)
{
	return split_records_cancel(fd, from, size, line, target, NULL, out,
	    n);
}

int
split_records_cancel(int fd, off_t from, off_t size, long line,
    size_t target, const int *cancel, struct split_chunk **out, size_t *n)
{
	struct scan s = { .line = line, .target = target ? target : 1 };
	char *block = NULL;
	off_t at = from;
	ssize_t got;
	int r;

	*out = NULL;
	*n = 0;
	if ((r = add_chunk(&s, from, line)) != 0)
		goto fail;
	if ((block = malloc(SPLIT_READ)) == NULL) {
		r = -ENOMEM;
		goto fail;
	}
	while (at < size) {
		if (cancel != NULL && __atomic_load_n(cancel, __ATOMIC_RELAXED)) {
			r = -ECANCELED;
			goto fail;
		}
		size_t want = size - at < (off_t)SPLIT_READ ? (size_t)(size - at) :
		    SPLIT_READ;
		got = pread(fd, block, want, at);
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0) {
			r = got == 0 ? -EIO : -errno;
			goto fail;
		}
		/* Skip the scan while far from the next cut?  No: quotes
		 * before it decide whether its line feeds end records. */
		if ((r = scan_block(&s, block, (size_t)got, at)) != 0)
			goto fail;
		at += got;
	}
	/* A cut at the very end holds nothing: drop it. */
	if (s.n > 1 && s.chunks[s.n - 1].start >= size)
		s.n--;
	s.chunks[s.n - 1].end = size;
	free(block);
	*out = s.chunks;
	*n = s.n;
	return 0;
 fail:
	free(block);
	free(s.chunks);
	return r;
}
