/* Size and checkpoints of a view, and reads from them. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"

void
index_identity_of(const struct stat *st, struct index_identity *id)
{
	memset(id, 0, sizeof(*id));
	id->dev = st->st_dev;
	id->ino = st->st_ino;
	id->size = st->st_size;
	id->mtime = st->st_mtim;
	id->ctime = st->st_ctim;
}

int
index_identity_equal(const struct index_identity *a,
    const struct index_identity *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	    a->mtime.tv_sec == b->mtime.tv_sec &&
	    a->mtime.tv_nsec == b->mtime.tv_nsec &&
	    a->ctime.tv_sec == b->ctime.tv_sec &&
	    a->ctime.tv_nsec == b->ctime.tv_nsec;
}

static int
add_checkpoint(struct index *idx, size_t *cap, off_t src, off_t view, long line)
{
	if (idx->ncps == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		struct index_checkpoint *p = realloc(idx->cps, ncap * sizeof(*p));
		if (p == NULL)
			return -ENOMEM;
		idx->cps = p;
		*cap = ncap;
	}
	idx->cps[idx->ncps].src = src;
	idx->cps[idx->ncps].view = view;
	idx->cps[idx->ncps].line = line;
	idx->ncps++;
	return 0;
}

struct build_state {
	struct index	*idx;
	size_t		 cap;
};

static int
build_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct build_state *b = arg;
	struct index *idx = b->idx;

	(void)bytes;
	idx->size += (off_t)len;
	if (idx->size - idx->cps[idx->ncps - 1].view >= (off_t)INDEX_STEP)
		return add_checkpoint(idx, &b->cap, src_end, idx->size, line);
	return 0;
}

int
index_build(const struct engine *e, const struct policy_file *rule, int fd,
    const struct stat *st, struct index **out, struct view_error *err)
{
	struct view_reader *rd = NULL;
	struct build_state b = { 0 };
	struct index *idx;
	int r;

	*out = NULL;
	memset(err, 0, sizeof(*err));
	if ((idx = calloc(1, sizeof(*idx))) == NULL)
		return -ENOMEM;
	b.idx = idx;
	index_identity_of(st, &idx->id);
	if ((r = view_reader_new(fd, &rd)) != 0 ||
	    (r = view_open(e, rule, rd, &idx->view, err)) != 0)
		goto out;
	idx->size = (off_t)idx->view->head.len;
	if ((r = add_checkpoint(idx, &b.cap, idx->view->data_off, idx->size,
	    idx->view->data_line)) != 0 ||
	    (r = view_run(idx->view, rd, idx->view->data_line, build_sink, &b,
	    err)) != 0)
		goto out;
	*out = idx;
	idx = NULL;
 out:
	view_reader_free(rd);
	index_free(idx);
	return r;
}

struct index_cursor {
	struct view_reader	*rd;
	int			 valid;		/* rd is at view offset `pos` */
	off_t			 pos;
	long			 line;
	struct buf		 carry;		/* bytes of a record past the last read */
	off_t			 carry_off;
};

int
index_cursor_new(int fd, struct index_cursor **out)
{
	struct index_cursor *c;
	int r;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return -ENOMEM;
	if ((r = view_reader_new(fd, &c->rd)) != 0) {
		free(c);
		return r;
	}
	*out = c;
	return 0;
}

void
index_cursor_free(struct index_cursor *c)
{
	if (c == NULL)
		return;
	view_reader_free(c->rd);
	buf_free(&c->carry);
	free(c);
}

struct read_state {
	struct index_cursor	*c;
	char			*buf;
	off_t			 want, end;	/* view range asked for */
	size_t			 got;
};

/* Copy the part of [from, from + n) that falls in the asked range, if it
 * continues what is already copied: `got` counts a prefix of the range.
 * (A carry past the start of a read, left by a read at a higher offset on
 * the same handle, would otherwise count the gap before it as read; the
 * kernel sends a handle's reads out of order under concurrent load.) */
static void
copy_overlap(struct read_state *s, const char *bytes, off_t from, size_t n)
{
	off_t lo = from > s->want ? from : s->want;
	off_t hi = from + (off_t)n < s->end ? from + (off_t)n : s->end;

	if (lo < hi && lo <= s->want + (off_t)s->got) {
		memcpy(s->buf + (lo - s->want), bytes + (lo - from),
		    (size_t)(hi - lo));
		if ((size_t)(hi - s->want) > s->got)
			s->got = (size_t)(hi - s->want);
	}
}

static int
read_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct read_state *s = arg;
	struct index_cursor *c = s->c;
	off_t from = c->pos;

	(void)src_end;
	copy_overlap(s, bytes, from, len);
	c->pos += (off_t)len;
	c->line = line;
	if (c->pos >= s->end) {
		/* Keep the rest of this record for the next sequential read. */
		buf_reset(&c->carry);
		c->carry_off = from;
		if (buf_append(&c->carry, bytes, len) != 0)
			c->carry.len = 0;
		return 1;
	}
	return 0;
}

/* The last checkpoint at or before off. */
static const struct index_checkpoint *
locate(const struct index *idx, off_t off)
{
	size_t lo = 0, hi = idx->ncps;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (idx->cps[mid].view <= off)
			lo = mid;
		else
			hi = mid;
	}
	return &idx->cps[lo];
}

ssize_t
index_read(const struct index *idx, struct index_cursor *c, char *buf,
    size_t len, off_t off, struct view_error *err)
{
	struct read_state s = { c, buf, off, 0, 0 };
	const struct view *v = idx->view;
	int r;

	memset(err, 0, sizeof(*err));
	if (off >= idx->size || len == 0)
		return 0;
	if ((off_t)len > idx->size - off)
		len = (size_t)(idx->size - off);
	s.end = off + (off_t)len;
	/* The header is held in memory. */
	if (off < (off_t)v->head.len)
		copy_overlap(&s, v->head.data, 0, v->head.len);
	/* The tail of the record the last read stopped in. */
	if (c->valid && c->carry.len)
		copy_overlap(&s, c->carry.data, c->carry_off, c->carry.len);
	if (s.got == len)
		return (ssize_t)len;
	/* Continue if the cursor stands between the start of what is missing
	 * and a checkpoint's distance before it; otherwise restart. */
	if (!c->valid || c->pos > off + (off_t)s.got ||
	    off + (off_t)s.got - c->pos > (off_t)INDEX_STEP) {
		const struct index_checkpoint *cp = locate(idx, off + (off_t)s.got);
		if ((r = view_reader_seek(c->rd, cp->src)) != 0)
			return r;
		c->pos = cp->view;
		c->line = cp->line;
		c->valid = 1;
		buf_reset(&c->carry);
	}
	r = view_run(v, c->rd, c->line, read_sink, &s, err);
	if (r < 0) {
		c->valid = 0;
		return -EIO;
	}
	/* The source ended early: it is not the file the index describes. */
	if (s.got < len) {
		c->valid = 0;
		err->what = "the source changed while it was read";
		return -EIO;
	}
	return (ssize_t)s.got;
}

void
index_free(struct index *idx)
{
	if (idx == NULL)
		return;
	view_free(idx->view);
	free(idx->cps);
	free(idx);
}

/* ---- cache ---- */

#define CACHE_BUCKETS 1024

struct cache_entry {
	struct cache_entry	*next;
	struct index_identity	 id;
	struct index		*idx;		/* NULL if the file cannot be shown */
	int			 error;
	struct view_error	 err;
	unsigned		 refs;
	int			 opened;
	int			 stale;		/* out of the table, freed at refs 0 */
};

struct index_cache {
	pthread_mutex_t		 lock;
	struct cache_entry	*buckets[CACHE_BUCKETS];
};

int
index_cache_new(struct index_cache **out)
{
	struct index_cache *c;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return -ENOMEM;
	pthread_mutex_init(&c->lock, NULL);
	*out = c;
	return 0;
}

static void
entry_free(struct cache_entry *e)
{
	index_free(e->idx);
	free(e);
}

void
index_cache_free(struct index_cache *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < CACHE_BUCKETS; i++) {
		struct cache_entry *e = c->buckets[i], *next;
		for (; e != NULL; e = next) {
			next = e->next;
			entry_free(e);
		}
	}
	pthread_mutex_destroy(&c->lock);
	free(c);
}

static struct cache_entry **
bucket_of(struct index_cache *c, dev_t dev, ino_t ino)
{
	return &c->buckets[((uint64_t)ino * 0x9e3779b97f4a7c15ULL ^ (uint64_t)dev) %
	    CACHE_BUCKETS];
}

/* Called with the lock held: the entry for (dev, ino), unlinked if its
 * identity is not `id` anymore. */
static struct cache_entry *
cache_find(struct index_cache *c, const struct index_identity *id)
{
	struct cache_entry **pp = bucket_of(c, id->dev, id->ino), *e;

	for (; (e = *pp) != NULL; pp = &e->next) {
		if (e->id.dev != id->dev || e->id.ino != id->ino)
			continue;
		if (index_identity_equal(&e->id, id))
			return e;
		/* Another version of the file: forget this one. */
		*pp = e->next;
		if (e->refs == 0)
			entry_free(e);
		else
			e->stale = 1;
		return NULL;
	}
	return NULL;
}

static int
cache_hand_out(struct cache_entry *e, int for_open, const struct index **out,
    int *first_open, struct view_error *err)
{
	if (e->idx == NULL) {
		*err = e->err;
		return e->error;
	}
	e->refs++;
	*out = e->idx;
	if (for_open) {
		*first_open = !e->opened;
		e->opened = 1;
	}
	return 0;
}

int
index_cache_get(struct index_cache *c, const struct engine *e,
    const struct policy_file *rule, int fd, const struct stat *st,
    int for_open, const struct index **out, int *first_open,
    struct view_error *err)
{
	struct index_identity id;
	struct cache_entry *ent, *fresh;
	struct index *idx = NULL;
	int r;

	*out = NULL;
	*first_open = 0;
	memset(err, 0, sizeof(*err));
	index_identity_of(st, &id);
	pthread_mutex_lock(&c->lock);
	ent = cache_find(c, &id);
	if (ent != NULL) {
		r = cache_hand_out(ent, for_open, out, first_open, err);
		pthread_mutex_unlock(&c->lock);
		return r;
	}
	pthread_mutex_unlock(&c->lock);

	/* Built outside the lock: one slow file does not stall the others. */
	r = index_build(e, rule, fd, st, &idx, err);
	if (r != 0 && r != -EINVAL)
		return r;	/* I/O errors are not remembered */
	if ((fresh = calloc(1, sizeof(*fresh))) == NULL) {
		index_free(idx);
		return -ENOMEM;
	}
	fresh->id = id;
	fresh->idx = idx;
	if (idx != NULL)
		idx->cache_entry = fresh;
	fresh->error = r;
	fresh->err = *err;

	pthread_mutex_lock(&c->lock);
	if ((ent = cache_find(c, &id)) != NULL) {
		entry_free(fresh);	/* another thread was quicker */
	} else {
		struct cache_entry **pp = bucket_of(c, id.dev, id.ino);
		fresh->next = *pp;
		*pp = fresh;
		ent = fresh;
	}
	r = cache_hand_out(ent, for_open, out, first_open, err);
	pthread_mutex_unlock(&c->lock);
	return r;
}

void
index_cache_put(struct index_cache *c, const struct index *idx)
{
	struct cache_entry *e = idx->cache_entry;

	pthread_mutex_lock(&c->lock);
	if (--e->refs == 0 && e->stale)
		entry_free(e);
	pthread_mutex_unlock(&c->lock);
}
