/* The name cache: open addressing over FNV-1a, one table per directory,
 * a small LRU of directories under one mutex. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "namecache.h"
#include "util.h"

struct slot {
	char		*view;		/* NULL: empty */
	char		*src;
	const void	*rule;
};

struct namecache_dir {
	dev_t		 dev;
	ino_t		 ino;
	struct timespec	 mtime, ctime;
	long long	 built_ns;	/* CLOCK_REALTIME, against mtime */
	struct slot	*slots;
	size_t		 nslots, n;	/* nslots: a power of two */
	unsigned long	 used;		/* LRU stamp */
};

struct namecache {
	pthread_mutex_t		 lock;
	struct namecache_dir	*dirs[NAMECACHE_DIRS];
	unsigned long		 clock;
};

static uint64_t
hash(const char *s)
{
	return util_fnv1a(UTIL_FNV1A_BASIS, s, strlen(s));
}

static long long
ts_ns(const struct timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

int
namecache_new(struct namecache **out)
{
	struct namecache *c = calloc(1, sizeof(*c));

	if (c == NULL)
		return -ENOMEM;
	pthread_mutex_init(&c->lock, NULL);
	*out = c;
	return 0;
}

static void
wipe_str(char *s)
{
	if (s != NULL) {
		sodium_memzero(s, strlen(s));
		free(s);
	}
}

void
namecache_dir_free(struct namecache_dir *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->nslots; i++) {
		wipe_str(d->slots[i].view);
		wipe_str(d->slots[i].src);
	}
	free(d->slots);
	free(d);
}

void
namecache_free(struct namecache *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < NAMECACHE_DIRS; i++)
		namecache_dir_free(c->dirs[i]);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

int
namecache_dir_new(const struct stat *dir_st, struct namecache_dir **out)
{
	struct namecache_dir *d = calloc(1, sizeof(*d));
	struct timespec now;

	if (d == NULL)
		return -ENOMEM;
	d->dev = dir_st->st_dev;
	d->ino = dir_st->st_ino;
	d->mtime = dir_st->st_mtim;
	d->ctime = dir_st->st_ctim;
	clock_gettime(CLOCK_REALTIME, &now);
	d->built_ns = ts_ns(&now);
	*out = d;
	return 0;
}

static struct slot *
probe(struct slot *slots, size_t nslots, const char *view)
{
	size_t i = (size_t)hash(view) & (nslots - 1);

	while (slots[i].view != NULL && strcmp(slots[i].view, view) != 0)
		i = (i + 1) & (nslots - 1);
	return &slots[i];
}

static int
grow(struct namecache_dir *d)
{
	size_t nslots = d->nslots ? d->nslots * 2 : 64;
	struct slot *slots = calloc(nslots, sizeof(*slots));

	if (slots == NULL)
		return -ENOMEM;
	for (size_t i = 0; i < d->nslots; i++)
		if (d->slots[i].view != NULL)
			*probe(slots, nslots, d->slots[i].view) = d->slots[i];
	free(d->slots);
	d->slots = slots;
	d->nslots = nslots;
	return 0;
}

int
namecache_dir_add(struct namecache_dir *d, const char *view_name,
    const char *src_name, const void *rule)
{
	struct slot *s;
	int r;

	/* At most half full: probes stay short. */
	if (2 * (d->n + 1) > d->nslots && (r = grow(d)) != 0)
		return r;
	s = probe(d->slots, d->nslots, view_name);
	if (s->view != NULL)
		return 0;	/* two sources, one view name: the first wins,
				   as the directory scan finds it */
	if ((s->view = strdup(view_name)) == NULL ||
	    (s->src = strdup(src_name)) == NULL) {
		free(s->view);
		s->view = NULL;
		return -ENOMEM;
	}
	s->rule = rule;
	d->n++;
	return 0;
}

const char *
namecache_dir_find(const struct namecache_dir *d, const char *view_name,
    const void **rule)
{
	struct slot *s;

	if (d->nslots == 0)
		return NULL;
	s = probe(d->slots, d->nslots, view_name);
	if (s->view == NULL)
		return NULL;
	*rule = s->rule;
	return s->src;
}

static int
same_dir(const struct namecache_dir *d, const struct stat *st)
{
	return d->dev == st->st_dev && d->ino == st->st_ino;
}

void
namecache_install(struct namecache *c, struct namecache_dir *d)
{
	struct namecache_dir *old = NULL;
	size_t i, victim = 0;

	pthread_mutex_lock(&c->lock);
	for (i = 0; i < NAMECACHE_DIRS; i++) {
		if (c->dirs[i] == NULL || (c->dirs[i]->dev == d->dev &&
		    c->dirs[i]->ino == d->ino)) {
			victim = i;
			break;
		}
		if (c->dirs[i]->used < c->dirs[victim]->used)
			victim = i;
	}
	old = c->dirs[victim];
	d->used = ++c->clock;
	c->dirs[victim] = d;
	pthread_mutex_unlock(&c->lock);
	namecache_dir_free(old);
}

int
namecache_find(struct namecache *c, const struct stat *dir_st,
    const char *view_name, char *src, const void **rule)
{
	struct namecache_dir *d = NULL;
	const char *found;
	int r = -ESTALE;

	pthread_mutex_lock(&c->lock);
	for (size_t i = 0; i < NAMECACHE_DIRS; i++)
		if (c->dirs[i] != NULL && same_dir(c->dirs[i], dir_st)) {
			d = c->dirs[i];
			break;
		}
	if (d == NULL || ts_ns(&d->mtime) != ts_ns(&dir_st->st_mtim) ||
	    ts_ns(&d->ctime) != ts_ns(&dir_st->st_ctim))
		goto out;
	d->used = ++c->clock;
	if ((found = namecache_dir_find(d, view_name, rule)) != NULL) {
		snprintf(src, NAME_MAX + 1, "%s", found);
		r = 1;
	} else if (d->built_ns - ts_ns(&d->mtime) >= NAMECACHE_RACY_NS) {
		r = 0;
	}
 out:
	pthread_mutex_unlock(&c->lock);
	return r;
}
