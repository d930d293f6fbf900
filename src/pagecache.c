/* Page-cache ownership per view path (include/pagecache.h). */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pagecache.h"
#include "util.h"

#define PAGECACHE_BUCKETS 1024

struct owner {
	struct owner		*next;
	struct index_identity	 id;		/* the version that owns the cache */
	unsigned		 cached;	/* its handles open through the cache */
	int			 foreign;	/* another version read around it: a
						 * private mmap of such a handle
						 * fills the cache too */
	off_t			 size;		/* its view size */
	struct index_identity	 reported;	/* the kernel's attributes */
	off_t			 reported_size;
	int			 has_reported;
	int			 unsure;	/* two different reports: the
						 * kernel may apply them in
						 * either order */
	char			 path[];
};

struct pagecache {
	pthread_mutex_t		 lock;
	struct owner		*buckets[PAGECACHE_BUCKETS];
};

int
pagecache_new(struct pagecache **out)
{
	struct pagecache *pc;

	if ((pc = calloc(1, sizeof(*pc))) == NULL)
		return -ENOMEM;
	pthread_mutex_init(&pc->lock, NULL);
	*out = pc;
	return 0;
}

void
pagecache_free(struct pagecache *pc)
{
	if (pc == NULL)
		return;
	for (size_t i = 0; i < PAGECACHE_BUCKETS; i++) {
		struct owner *o = pc->buckets[i], *next;
		for (; o != NULL; o = next) {
			next = o->next;
			free(o);
		}
	}
	pthread_mutex_destroy(&pc->lock);
	free(pc);
}

static struct owner **
bucket_of(struct pagecache *pc, const char *path)
{
	uint64_t h = util_fnv1a(UTIL_FNV1A_BASIS, path, strlen(path));

	return &pc->buckets[h % PAGECACHE_BUCKETS];
}

/* Called with the lock held: the owner record of a path, or NULL. */
static struct owner *
find(struct pagecache *pc, const char *path)
{
	struct owner *o = *bucket_of(pc, path);

	while (o != NULL && strcmp(o->path, path) != 0)
		o = o->next;
	return o;
}

/* Called with the lock held: the record of a path, made if need be. */
static struct owner *
find_or_add(struct pagecache *pc, const char *path,
    const struct index_identity *id)
{
	struct owner *o, **pp;
	size_t len = strlen(path);

	if ((o = find(pc, path)) != NULL)
		return o;
	if ((o = calloc(1, sizeof(*o) + len + 1)) == NULL)
		return NULL;
	memcpy(o->path, path, len + 1);
	o->id = *id;
	o->foreign = 1;		/* nothing known of the kernel's pages */
	pp = bucket_of(pc, path);
	o->next = *pp;
	*pp = o;
	return o;
}

int
pagecache_report(struct pagecache *pc, const char *view_rel,
    const struct index_identity *id, off_t size, off_t *report)
{
	struct owner *o;
	int r = 0;

	*report = size;
	pthread_mutex_lock(&pc->lock);
	if ((o = find_or_add(pc, view_rel, id)) == NULL) {
		r = -ENOMEM;
		goto out;
	}
	if (o->cached > 0 && !index_identity_equal(&o->id, id) &&
	    o->size > size)
		*report = o->size;
	/* Replies to requests in flight together are applied by the kernel
	 * in its own order (a short read sets the size too): after two
	 * different reports, which one it holds is unknown. */
	if (o->has_reported && (o->reported_size != *report ||
	    !index_identity_equal(&o->reported, id)))
		o->unsure = 1;
	o->reported = *id;
	o->reported_size = *report;
	o->has_reported = 1;
 out:
	pthread_mutex_unlock(&pc->lock);
	return r;
}

int
pagecache_open(struct pagecache *pc, const char *view_rel,
    const struct index_identity *id, off_t size, enum pagecache_mode *mode,
    int *stale_attrs)
{
	struct owner *o;
	int r = 0;

	pthread_mutex_lock(&pc->lock);
	if ((o = find_or_add(pc, view_rel, id)) == NULL) {
		r = -ENOMEM;
		goto out;
	}
	*stale_attrs = !o->has_reported || o->unsure ||
	    o->reported_size != size || !index_identity_equal(&o->reported, id);
	o->unsure = 0;		/* the caller makes the kernel forget */
	if (o->cached == 0) {
		/* No handle reads through the cache: this version takes it. */
		*mode = index_identity_equal(&o->id, id) && !o->foreign ?
		    PAGECACHE_KEEP : PAGECACHE_DROP;
		o->id = *id;
		o->size = size;
		o->foreign = 0;
		o->cached = 1;
	} else if (index_identity_equal(&o->id, id)) {
		*mode = PAGECACHE_KEEP;
		o->cached++;
	} else {
		*mode = PAGECACHE_DIRECT;
		o->foreign = 1;
	}
 out:
	pthread_mutex_unlock(&pc->lock);
	return r;
}

void
pagecache_close(struct pagecache *pc, const char *view_rel,
    enum pagecache_mode mode)
{
	struct owner *o;

	if (mode == PAGECACHE_DIRECT)
		return;
	pthread_mutex_lock(&pc->lock);
	if ((o = find(pc, view_rel)) != NULL && o->cached > 0)
		o->cached--;
	pthread_mutex_unlock(&pc->lock);
}
