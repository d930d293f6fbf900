/* The versions a drift scan judged (scanned.h): a table of paths below
 * the source and identities, sorted once the scan is over, looked up by
 * the export's workers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "scanned.h"

struct scanned_entry {
	char			*src_rel;
	char			*view_rel;
	struct scanned_version	 v;
	int			 taken;		/* atomic: the export opened it */
};

struct scanned {
	struct scanned_entry	*v;
	size_t			 n, cap;
	int			 sealed;
};

int
scanned_new(struct scanned **out)
{
	if ((*out = calloc(1, sizeof(**out))) == NULL)
		return -ENOMEM;
	return 0;
}

void
scanned_free(struct scanned *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].src_rel);
		free(s->v[i].view_rel);
	}
	free(s->v);
	free(s);
}

int
scanned_add(struct scanned *s, const char *src_rel, const char *view_rel,
    const struct stat *st)
{
	struct scanned_entry *grown, *e;

	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;

		if ((grown = realloc(s->v, cap * sizeof(*grown))) == NULL)
			return -ENOMEM;
		s->v = grown;
		s->cap = cap;
	}
	e = &s->v[s->n];
	memset(e, 0, sizeof(*e));
	if ((e->src_rel = strdup(src_rel)) == NULL)
		return -ENOMEM;
	if ((e->view_rel = strdup(view_rel)) == NULL) {
		free(e->src_rel);
		return -ENOMEM;
	}
	index_identity_of(st, &e->v.id);
	e->v.nlink = st->st_nlink;
	s->n++;
	return 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct scanned_entry *)a)->src_rel,
	    ((const struct scanned_entry *)b)->src_rel);
}

void
scanned_seal(struct scanned *s)
{
	if (s->n > 1)
		qsort(s->v, s->n, sizeof(*s->v), entry_cmp);
	s->sealed = 1;
}

const struct scanned_version *
scanned_take(struct scanned *s, const char *src_rel)
{
	struct scanned_entry key = { .src_rel = (char *)src_rel }, *e;

	if (!s->sealed || s->n == 0 ||
	    (e = bsearch(&key, s->v, s->n, sizeof(*s->v), entry_cmp)) == NULL)
		return NULL;
	__atomic_store_n(&e->taken, 1, __ATOMIC_RELAXED);
	return &e->v;
}

int
scanned_same(const struct scanned_version *v, const struct stat *st)
{
	return index_identity_same_bytes(&v->id, v->nlink, st);
}

unsigned long
scanned_missing(const struct scanned *s, scanned_missing_fn fn, void *arg)
{
	unsigned long n = 0;

	for (size_t i = 0; i < s->n; i++)
		if (!__atomic_load_n(&s->v[i].taken, __ATOMIC_RELAXED)) {
			n++;
			fn(arg, s->v[i].view_rel);
		}
	return n;
}
