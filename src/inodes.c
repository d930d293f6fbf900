/* One inode per view path and source version (include/inodes.h). */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"
#include "inodes.h"
#include "membudget.h"

#define INODES_FIRST_BUCKETS	1024

struct node {
	struct inode		 pub;
	struct index_identity	 id;		/* files: the version */
	/* Files, under the table's lock: the view size, or -1 and the pass
	 * that gives it (a reference); broken: cannot be shown. */
	off_t			 size;
	struct index_pass	*pass;
	int			 broken;
	int			 failed;	/* its pass failed after its lookup */
	uint64_t		 nlookup;	/* lookups the kernel holds */
	uint64_t		 pkey;		/* the path's alone (path_key) */
	struct node		*next_key;	/* chain by path */
	struct node		*next_id;	/* chain by nodeid */
	char			 path[];
};

struct inodes {
	pthread_mutex_t		 lock;
	struct keys_prf		 prf;
	struct node		**by_key;
	struct node		**by_id;
	size_t			 nbuckets;	/* of each table, a power of 2 */
	size_t			 count;
	uint64_t		 next_nodeid;	/* never reused */
	struct node		*root;
};

/* What tells two versions apart, in the PRF's input: the view path and,
 * for a file, its source identity. */
struct number_input {
	char			 domain[8];	/* "dir" or "file" */
	struct index_identity	 id;		/* zero for a directory */
};

uint64_t
inodes_number(const struct inodes *t, const char *path, int is_dir,
    const struct stat *st)
{
	size_t len = strnlen(path, PATH_MAX);
	struct number_input in;
	uint8_t out[KEYS_PRF_BYTES];
	uint64_t ino = 0;
	char msg[sizeof(in) + PATH_MAX];

	memset(&in, 0, sizeof(in));
	memcpy(in.domain, is_dir ? "dir" : "file", is_dir ? 3 : 4);
	if (!is_dir)
		index_identity_of(st, &in.id);
	/* One PRF call over the fixed fields and the path. */
	memcpy(msg, &in, sizeof(in));
	memcpy(msg + sizeof(in), path, len);
	keys_prf(t->prf, msg, sizeof(in) + len, out);
	for (size_t i = 0; i < sizeof(ino); i++)
		ino = ino << 8 | out[i];
	/* 63 bits: some tools print st_ino signed; 0 and 1 mean nothing
	 * or the root to others. */
	ino &= INT64_MAX;
	return ino > INODES_ROOT ? ino : ino + 2;
}

/* The key of the chain by path: every version of a path in one chain, so
 * that the inodes the kernel holds for a path are found without their
 * version (inodes_held).  A directory's number, a keyed PRF output of the
 * path alone: uniform, and no cost for a directory's lookup. */
static uint64_t
path_key(const struct inodes *t, const char *path)
{
	return inodes_number(t, path, 1, NULL);
}

/* pkey is a PRF output, uniform already; nodeids count up. */
static size_t
key_hash(uint64_t pkey, size_t nbuckets)
{
	return (size_t)pkey & (nbuckets - 1);
}

static size_t
id_hash(uint64_t nodeid, size_t nbuckets)
{
	return (size_t)(nodeid * 0x9e3779b97f4a7c15ULL >> 20) & (nbuckets - 1);
}

static void
link_node(struct node **by_key, struct node **by_id, size_t nbuckets,
    struct node *n)
{
	size_t k = key_hash(n->pkey, nbuckets);
	size_t i = id_hash(n->pub.nodeid, nbuckets);

	n->next_key = by_key[k];
	by_key[k] = n;
	n->next_id = by_id[i];
	by_id[i] = n;
}

/* Twice the buckets once there are as many nodes as buckets; on failure
 * the chains just grow longer. */
/* The two tables of nb buckets, charged to the memory budget. */
static size_t
tables_bytes(size_t nb)
{
	return 2 * nb * sizeof(struct node *);
}

static void
grow(struct inodes *t)
{
	size_t nb = t->nbuckets * 2;
	struct node **key, **id, *n, *next;

	if (membudget_charge(tables_bytes(nb)) != 0)
		return;
	key = calloc(nb, sizeof(*key));
	id = calloc(nb, sizeof(*id));
	if (key == NULL || id == NULL) {
		free(key);
		free(id);
		membudget_uncharge(tables_bytes(nb));
		return;
	}
	for (size_t b = 0; b < t->nbuckets; b++)
		for (n = t->by_id[b]; n != NULL; n = next) {
			next = n->next_id;
			link_node(key, id, nb, n);
		}
	free(t->by_key);
	free(t->by_id);
	membudget_uncharge(tables_bytes(t->nbuckets));
	t->by_key = key;
	t->by_id = id;
	t->nbuckets = nb;
}

static size_t
node_bytes(size_t path_len)
{
	return sizeof(struct node) + path_len + 1;
}

static void
node_free(struct node *n)
{
	index_pass_put(n->pass);
	membudget_uncharge(node_bytes(strlen(n->path)));
	free(n);
}

static struct node *
node_new(struct inodes *t, const char *path, int is_dir,
    const struct stat *st, const struct inode_version *v)
{
	size_t len = strlen(path);
	struct node *n;

	/* Charged to the memory budget: the kernel decides how many inodes
	 * it holds (a walk of a large tree may hold one per file). */
	if (membudget_charge(node_bytes(len)) != 0)
		return NULL;
	if ((n = calloc(1, sizeof(*n) + len + 1)) == NULL) {
		membudget_uncharge(node_bytes(len));
		return NULL;
	}
	memcpy(n->path, path, len + 1);
	n->pub.path = n->path;
	n->pub.is_dir = is_dir;
	n->pub.st = *st;
	n->pub.mtime = v != NULL && v->mtime != NULL ? *v->mtime : st->st_mtim;
	n->pub.st_ino = inodes_number(t, path, is_dir, st);
	n->pkey = is_dir ? n->pub.st_ino : path_key(t, path);
	if (!is_dir) {
		n->pub.dep = v->dep;
		n->pub.serial = v->serial;
		n->broken = v->broken;
		n->size = v->broken ? 0 : v->size;
		if (n->size < 0 && (n->pass = v->pass) != NULL)
			index_pass_hold(n->pass);
		index_identity_of(st, &n->id);
		n->id.dep = v->dep;
	}
	return n;
}

int
inodes_new(struct keys_prf prf, struct inodes **out)
{
	struct inodes *t;
	struct stat none;

	*out = NULL;
	if ((t = calloc(1, sizeof(*t))) == NULL)
		return -ENOMEM;
	t->prf = prf;
	t->nbuckets = INODES_FIRST_BUCKETS;
	if (membudget_charge(tables_bytes(t->nbuckets)) != 0) {
		free(t);
		return -ENOMEM;
	}
	t->by_key = calloc(t->nbuckets, sizeof(*t->by_key));
	t->by_id = calloc(t->nbuckets, sizeof(*t->by_id));
	memset(&none, 0, sizeof(none));
	if (t->by_key == NULL || t->by_id == NULL ||
	    (t->root = node_new(t, "/", 1, &none, NULL)) == NULL) {
		free(t->by_key);
		free(t->by_id);
		membudget_uncharge(tables_bytes(t->nbuckets));
		free(t);
		return -ENOMEM;
	}
	pthread_mutex_init(&t->lock, NULL);
	/* The kernel never forgets the root. */
	t->root->pub.nodeid = INODES_ROOT;
	t->root->nlookup = 1;
	t->next_nodeid = INODES_ROOT + 1;
	link_node(t->by_key, t->by_id, t->nbuckets, t->root);
	t->count = 1;
	*out = t;
	return 0;
}

void
inodes_free(struct inodes *t)
{
	struct node *n, *next;

	if (t == NULL)
		return;
	for (size_t b = 0; b < t->nbuckets; b++)
		for (n = t->by_id[b]; n != NULL; n = next) {
			next = n->next_id;
			node_free(n);
		}
	free(t->by_key);
	free(t->by_id);
	membudget_uncharge(tables_bytes(t->nbuckets));
	pthread_mutex_destroy(&t->lock);
	free(t);
}

static int
same_version(const struct node *n, const char *path, int is_dir,
    const struct index_identity *id, uint64_t serial)
{
	if (n->pub.is_dir != is_dir || strcmp(n->path, path) != 0)
		return 0;
	return is_dir || (n->pub.serial == serial &&
	    index_identity_equal(&n->id, id));
}

/* The pending node's size, now known.  With the lock held; the pass's
 * reference is the caller's to put. */
static struct index_pass *
node_settle(struct node *n, off_t size, int broken)
{
	struct index_pass *p = n->pass;

	n->pass = NULL;
	n->broken = broken;
	n->failed = broken;
	n->size = broken ? 0 : size;
	return p;
}

int
inodes_lookup(struct inodes *t, const char *path, int is_dir,
    const struct stat *st, const struct inode_version *v,
    const struct inode **out, int *known)
{
	struct index_identity id;
	struct index_pass *done = NULL;
	struct node *n;
	uint64_t st_ino, pkey, serial = is_dir ? 0 : v->serial;
	int r = 0;

	memset(&id, 0, sizeof(id));
	if (!is_dir) {
		index_identity_of(st, &id);
		id.dep = v->dep;
	}
	st_ino = inodes_number(t, path, is_dir, st);
	pkey = is_dir ? st_ino : path_key(t, path);
	pthread_mutex_lock(&t->lock);
	for (n = t->by_key[key_hash(pkey, t->nbuckets)]; n != NULL;
	    n = n->next_key)
		if (n->pub.st_ino == st_ino && same_version(n, path, is_dir,
		    &id, serial))
			break;
	if (n != NULL && !is_dir && n->size < 0 && (v->size >= 0 || v->broken))
		done = node_settle(n, v->size, v->broken);
	if (n == NULL) {
		if ((n = node_new(t, path, is_dir, st, v)) == NULL) {
			r = -ENOMEM;
			goto out;
		}
		n->pub.nodeid = t->next_nodeid++;
		if (t->count >= t->nbuckets)
			grow(t);
		link_node(t->by_key, t->by_id, t->nbuckets, n);
		t->count++;
	}
	if (known != NULL)
		*known = n->nlookup > 0;
	n->nlookup++;
	*out = &n->pub;
 out:
	pthread_mutex_unlock(&t->lock);
	index_pass_put(done);
	return r;
}

int
inodes_held(struct inodes *t, const char *path, int is_dir,
    const struct stat *st, const struct inode **out)
{
	struct index_identity id;
	struct node *n, *best = NULL;
	uint64_t pkey = path_key(t, path);

	memset(&id, 0, sizeof(id));
	if (st != NULL)
		index_identity_of(st, &id);
	pthread_mutex_lock(&t->lock);
	for (n = t->by_key[key_hash(pkey, t->nbuckets)]; n != NULL;
	    n = n->next_key) {
		if (n->pkey != pkey || strcmp(n->path, path) != 0 ||
		    (is_dir >= 0 && n->pub.is_dir != is_dir))
			continue;
		/* The source's version, whichever identity source's
		 * version and index its view was planned with: those are
		 * what cannot be known now. */
		if (st != NULL && !n->pub.is_dir) {
			id.dep = n->id.dep;
			if (!index_identity_equal(&n->id, &id))
				continue;
		}
		/* The one looked up last: nodeids count up. */
		if (best == NULL || n->pub.nodeid > best->pub.nodeid)
			best = n;
	}
	if (best != NULL) {
		best->nlookup++;
		*out = &best->pub;
	}
	pthread_mutex_unlock(&t->lock);
	return best != NULL ? 0 : -ENOENT;
}

int
inodes_size(struct inodes *t, const struct inode *ino, off_t *size)
{
	const struct node *n = (const struct node *)ino;
	int r;

	pthread_mutex_lock(&t->lock);
	r = n->failed ? -EIO : n->size < 0 ? -EINPROGRESS : 0;
	*size = n->size < 0 ? 0 : n->size;
	pthread_mutex_unlock(&t->lock);
	return r;
}

int
inodes_settle(struct inodes *t, const struct inode *ino,
    struct pfs_error *err)
{
	struct node *n = (struct node *)ino;
	struct index_pass *p, *done = NULL;
	off_t size = 0;
	int r, failed = 0;

	/* The waiter's own reference: the node's may go meanwhile. */
	pthread_mutex_lock(&t->lock);
	if ((p = n->pass) != NULL)
		index_pass_hold(p);
	pthread_mutex_unlock(&t->lock);
	if (p == NULL)
		return 0;
	r = index_pass_wait(p, &size, err);
	pthread_mutex_lock(&t->lock);
	if (n->pass == p) {
		done = node_settle(n, size, r != 0);
		failed = r != 0;
	}
	pthread_mutex_unlock(&t->lock);
	index_pass_put(done);
	index_pass_put(p);
	return failed;
}

/* Called with the lock held. */
static struct node *
find_id(struct inodes *t, uint64_t nodeid)
{
	struct node *n = t->by_id[id_hash(nodeid, t->nbuckets)];

	while (n != NULL && n->pub.nodeid != nodeid)
		n = n->next_id;
	return n;
}

const struct inode *
inodes_get(struct inodes *t, uint64_t nodeid)
{
	struct node *n;

	pthread_mutex_lock(&t->lock);
	n = find_id(t, nodeid);
	pthread_mutex_unlock(&t->lock);
	return n != NULL ? &n->pub : NULL;
}

static void
unlink_node(struct inodes *t, struct node *n)
{
	struct node **pp;

	for (pp = &t->by_key[key_hash(n->pkey, t->nbuckets)]; *pp != n;
	    pp = &(*pp)->next_key)
		;
	*pp = n->next_key;
	for (pp = &t->by_id[id_hash(n->pub.nodeid, t->nbuckets)]; *pp != n;
	    pp = &(*pp)->next_id)
		;
	*pp = n->next_id;
	t->count--;
}

void
inodes_forget(struct inodes *t, uint64_t nodeid, uint64_t count)
{
	struct node *n, *gone = NULL;

	if (nodeid == INODES_ROOT)
		return;
	pthread_mutex_lock(&t->lock);
	if ((n = find_id(t, nodeid)) != NULL) {
		n->nlookup = count < n->nlookup ? n->nlookup - count : 0;
		if (n->nlookup == 0) {
			unlink_node(t, n);
			gone = n;
		}
	}
	pthread_mutex_unlock(&t->lock);
	if (gone != NULL)
		node_free(gone);
}

size_t
inodes_count(struct inodes *t)
{
	size_t n;

	pthread_mutex_lock(&t->lock);
	n = t->count;
	pthread_mutex_unlock(&t->lock);
	return n;
}

/* 1980-01-01T00:00:00Z and 10 years of 365 days: where those times fall.
 * Decades before any export, so none reads as a real date of the data and
 * none can be a source's (between 2000 and 2019 one file in 240 fell in the
 * month of a real visit); not before 1980, where zip's DOS times start. */
#define INODES_TIME_BASE	315532800LL
#define INODES_TIME_SPAN	(10LL * 365 * 86400)

struct timespec
inodes_time(const struct inode *ino)
{
	uint64_t x = ino->st_ino;

	/* A new identity source's version keeps the inode number
	 * (inodes_number) but changes the view's bytes: mixed in. */
	if (!ino->is_dir)
		x ^= ino->dep * 0x9e3779b97f4a7c15ULL;
	/* SplitMix64's finalizer: neighbouring inputs, far-apart times. */
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return (struct timespec){ (time_t)(INODES_TIME_BASE +
	    (long long)(x % INODES_TIME_SPAN)), 0 };
}
