/* The patients' identities from another file: loaded once per version of
 * that file into keyed fingerprints, looked up per row by patient.  See
 * include/identity.h and docs/scrub.md. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "engine.h"
#include "identity.h"
#include "index.h"
#include "membudget.h"
#include "norm.h"
#include "tree.h"
#include "view.h"

/* Fingerprints kept per row of the source: a name, a birth name, an
 * address and a phone hold a dozen words; more is not an identity. */
#define MAX_ROW_FPS	64

/* 8 bytes a patient and 4 a word: 32-bit digests.  Two patients whose
 * pd collide (some 116 pairs in a million) share their words: a word of
 * one is hidden in the other's comments too, never the reverse. */
struct identity_patient {
	uint32_t	pd;		/* keyed digest of the normalized id */
	uint32_t	start;		/* first of its fingerprints */
};

struct identity {
	uint64_t		 version;
	struct timespec		 changed;	/* the file's ctime */
	struct identity_patient	*patients;	/* sorted by pd */
	size_t			 npatients;
	uint32_t		*fps;		/* per patient, sorted */
	size_t			 nfps;
	size_t			 bytes;		/* charged to membudget */
	unsigned		 refs;		/* atomic */
};

struct identity_source {
	pthread_mutex_t		 lock;
	int			 root_fd;	/* -1: not attached */
	struct identity		*cur;		/* the last version loaded */
	uint64_t		 failed;	/* a version that did not load */
	const char		*failed_what;
	long			 failed_line;
	/* A version the memory budget refused, and the bytes its load had
	 * budget had free when it started: it is read again only once the
	 * budget has more free (hostile24).  Read again at every open,
	 * a large identity file cost a scan per open of each file that
	 * depends on it, and a line in the log each time. */
	uint64_t		 nomem;
	size_t			 nomem_need;
	/* The last failure (version, text) and the last one the daemon
	 * logged (identity_source_report): said once per version. */
	uint64_t		 fail_version;
	const char		*fail_what;
	uint64_t		 reported_version;
	const char		*reported_what;
};

/* The fixed texts of the source's failures (identity_source_report tells
 * its errors from the others by them). */
static const char TEXT_NOT_LOADED[] = "the identity source is not loaded";
static const char TEXT_UNREADABLE[] = "the identity source cannot be read "
    "(pseudonymize check names its line)";
static const char TEXT_NO_PATIENT[] = "the identity source has no patient "
    "column";
static const char TEXT_NO_IDENTIFIES[] = "the identity source has no column "
    "with identifies =";
static const char TEXT_CANNOT_OPEN[] = "the identity source cannot be opened";
static const char TEXT_NOMEM[] = "the identity source does not fit in the "
    "memory budget (-o memory=)";

/* ---- fingerprints ---- */

/* The two keys of a patient: where its fingerprints are (pd), and the
 * key they are made with.  From the normalized id, under two policy
 * keys: pd says nothing of the key. */
static int
patient_keys(const struct policy *p, const char *id, size_t len,
    struct buf *tmp, uint32_t *pd, uint8_t key[16])
{
	uint8_t mac[KEYS_PRF_BYTES];
	int r;

	if (p->patient == NULL)
		return -ENOENT;
	if ((r = norm_value(policy_column_norm(p->patient), id, len,
	    tmp)) != 0)
		return r;
	if (tmp->len == 0)
		return -ENOENT;
	keys_prf(p->identity_patient_prf, tmp->data, tmp->len, mac);
	memcpy(pd, mac, sizeof(*pd));
	keys_prf(p->identity_word_prf, tmp->data, tmp->len, key);
	sodium_memzero(tmp->data, tmp->len);
	return 0;
}

static uint32_t
fingerprint(const uint8_t key[16], enum identity_kind kind, const char *w,
    size_t n)
{
	uint8_t msg[80], out[crypto_shorthash_siphash24_BYTES];
	uint32_t fp;

	if (n > sizeof(msg) - 1)
		n = sizeof(msg) - 1;	/* a word that long is still one word */
	msg[0] = (uint8_t)kind;
	memcpy(msg + 1, w, n);
	crypto_shorthash_siphash24(out, msg, n + 1, key);
	memcpy(&fp, out, sizeof(fp));
	sodium_memzero(msg, n + 1);
	return fp;
}

int
identity_row_has(const struct identity_row *r, enum identity_kind kind,
    const char *word, size_t len)
{
	uint32_t fp;
	size_t lo = 0, hi;

	if (r == NULL || r->nfps == 0 || len == 0)
		return 0;
	fp = fingerprint(r->key, kind, word, len);
	for (hi = r->nfps; lo < hi; ) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->fps[mid] < fp)
			lo = mid + 1;
		else if (r->fps[mid] > fp)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

uint64_t
identity_version(const struct identity *id)
{
	return id->version;
}

struct timespec
identity_changed(const struct identity *id)
{
	return id->changed;
}

size_t
identity_bytes(const struct identity *id)
{
	return id->bytes;
}

size_t
identity_patients(const struct identity *id)
{
	return id->npatients;
}

int
identity_row_of(const struct identity *id, const struct policy *p,
    const char *patient, size_t len, struct buf *tmp, struct identity_row *out)
{
	uint32_t pd;
	size_t lo = 0, hi;
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = patient_keys(p, patient, len, tmp, &pd, out->key)) != 0)
		return r;
	for (hi = id->npatients; lo < hi; ) {
		size_t mid = lo + (hi - lo) / 2;
		if (id->patients[mid].pd < pd)
			lo = mid + 1;
		else if (id->patients[mid].pd > pd)
			hi = mid;
		else {
			uint32_t end = mid + 1 < id->npatients ?
			    id->patients[mid + 1].start : (uint32_t)id->nfps;
			out->fps = id->fps + id->patients[mid].start;
			out->nfps = end - id->patients[mid].start;
			return 0;
		}
	}
	sodium_memzero(out->key, sizeof(out->key));
	return -ENOENT;
}

void
identity_hold(struct identity *id)
{
	__atomic_add_fetch(&id->refs, 1, __ATOMIC_RELAXED);
}

void
identity_put(struct identity *id)
{
	if (id == NULL || __atomic_sub_fetch(&id->refs, 1, __ATOMIC_ACQ_REL) != 0)
		return;
	membudget_uncharge(id->bytes);
	free(id->patients);
	free(id->fps);
	free(id);
}

/* ---- loading ---- */

struct loader {
	const struct policy	*p;
	uint64_t		*e;	/* pd << 32 | fingerprint */
	size_t			 n, cap;
	size_t			 charged;	/* e's bytes, to membudget */
	struct buf		 tmp;
	struct buf		 norm;
	int			 patient_at;	/* index in the scanned cells */
	enum detect_ident	 kinds[VIEW_MAX_CTX];
};

static int
add_fp(struct loader *ld, uint32_t pd, const uint8_t key[16],
    enum identity_kind kind, const char *w, size_t n, unsigned *count)
{
	if (n == 0 || *count >= MAX_ROW_FPS)
		return 0;
	if (ld->n == ld->cap) {
		/* 1.5 times: the load's peak is this array. */
		size_t cap = ld->cap ? ld->cap + ld->cap / 2 : 4096;
		size_t more = (cap - ld->cap) * sizeof(*ld->e);
		uint64_t *g;

		/* Charged as it grows: a file that repeats one row makes a
		 * small set from a large array (hostile23). */
		if (membudget_charge(more) != 0)
			return -ENOMEM;
		if ((g = realloc(ld->e, cap * sizeof(*g))) == NULL) {
			membudget_uncharge(more);
			return -ENOMEM;
		}
		ld->charged += more;
		ld->e = g;
		ld->cap = cap;
	}
	ld->e[ld->n] = (uint64_t)pd << 32 | fingerprint(key, kind, w, n);
	ld->n++;
	(*count)++;
	return 0;
}

/* The words of a value as the detectors fold them (NORM_TEXT, split at
 * spaces and apostrophes). */
static int
add_words(struct loader *ld, uint32_t pd, const uint8_t key[16],
    enum identity_kind kind, const char *v, size_t len, unsigned *count)
{
	size_t a, b, nwords = 0;
	int r;

	if ((r = norm_value(NORM_TEXT, v, len, &ld->norm)) != 0)
		return r;
	for (a = 0; a < ld->norm.len; a = b + 1) {
		for (b = a; b < ld->norm.len && ld->norm.data[b] != ' ' &&
		    ld->norm.data[b] != '\''; b++)
			;
		if (b == a)
			continue;
		nwords++;
		if ((r = add_fp(ld, pd, key, kind, ld->norm.data + a, b - a,
		    count)) != 0)
			return r;
	}
	/* A city alone is an address; a word of a street is not. */
	if (kind == IDENTITY_ADDRESS && nwords == 1)
		r = add_fp(ld, pd, key, IDENTITY_CITY, ld->norm.data,
		    ld->norm.len, count);
	if (ld->norm.len)
		sodium_memzero(ld->norm.data, ld->norm.len);
	return r;
}

/* A phone's last nine digits: 06 12 34 56 78, +33 6 12 34 56 78 alike. */
static int
add_phone(struct loader *ld, uint32_t pd, const uint8_t key[16],
    const char *v, size_t len, unsigned *count)
{
	char d[32];
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		if (v[i] >= '0' && v[i] <= '9') {
			if (n == sizeof(d))
				memmove(d, d + 1, --n);
			d[n++] = v[i];
		}
	if (n >= 9 && add_fp(ld, pd, key, IDENTITY_PHONE, d + n - 9, 9,
	    count) != 0)
		return -ENOMEM;
	sodium_memzero(d, sizeof(d));
	return 0;
}

static int
load_row(void *arg, const char *const *vals, const size_t *lens, size_t n)
{
	struct loader *ld = arg;
	uint8_t key[16];
	uint32_t pd;
	unsigned count = 0;
	int r = 0;

	r = patient_keys(ld->p, vals[ld->patient_at], lens[ld->patient_at],
	    &ld->tmp, &pd, key);
	if (r == -ENOENT)
		return 0;	/* a row without a patient names no one's */
	for (size_t i = 0; r == 0 && i < n; i++) {
		if ((int)i == ld->patient_at)
			continue;
		switch (ld->kinds[i]) {
		case DETECT_IDENT_NAME:
		case DETECT_IDENT_FIRST_NAME:
		case DETECT_IDENT_LAST_NAME:
			r = add_words(ld, pd, key, IDENTITY_NAME, vals[i],
			    lens[i], &count);
			break;
		case DETECT_IDENT_ADDRESS:
			r = add_words(ld, pd, key, IDENTITY_ADDRESS, vals[i],
			    lens[i], &count);
			break;
		case DETECT_IDENT_PHONE:
			r = add_phone(ld, pd, key, vals[i], lens[i], &count);
			break;
		default:
			break;
		}
	}
	sodium_memzero(key, sizeof(key));
	return r;
}

static int
entry_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Sort in place: one pass of American flag sort on the top byte, then
 * qsort within each of the 256 buckets.  glibc's qsort is a merge sort
 * with a buffer the size of the array: at a million patients, 80 MB more
 * at the load's peak; a bucket is 1/256 of it.
 */
static void
sort_entries(uint64_t *e, size_t n)
{
	size_t count[256] = { 0 }, next[256], end[256], at = 0;

	for (size_t i = 0; i < n; i++)
		count[e[i] >> 56]++;
	for (int b = 0; b < 256; b++) {
		next[b] = at;
		at += count[b];
		end[b] = at;
	}
	for (int b = 0; b < 256; b++)
		while (next[b] < end[b]) {
			uint64_t v = e[next[b]];
			int d = (int)(v >> 56);

			if (d == b) {
				next[b]++;
				continue;
			}
			/* Into its bucket; what was there comes back here. */
			e[next[b]] = e[next[d]];
			e[next[d]++] = v;
		}
	for (int b = 0; b < 256; b++) {
		size_t from = end[b] - count[b];

		if (count[b] > 1)
			qsort(e + from, count[b], sizeof(*e), entry_cmp);
	}
}

/* Sorted entries into patients and their fingerprints; the fingerprints
 * are written over the entries (4 bytes behind 8), then shrunk. */
static int
build_sets(struct loader *ld, struct identity *id)
{
	uint32_t *fps = (uint32_t *)(void *)ld->e;
	size_t np = 0, nf = 0, i;
	uint64_t prev = 0;

	if (ld->n > UINT32_MAX)
		return -EFBIG;
	sort_entries(ld->e, ld->n);
	for (i = 0; i < ld->n; i++)
		np += i == 0 || ld->e[i] >> 32 != ld->e[i - 1] >> 32;
	if ((id->patients = calloc(np ? np : 1, sizeof(*id->patients))) == NULL)
		return -ENOMEM;
	np = 0;
	for (i = 0; i < ld->n; i++) {
		/* Read before fps[nf] overwrites the entries behind it. */
		uint64_t e = ld->e[i];

		if (i == 0 || e >> 32 != prev >> 32) {
			id->patients[np].pd = (uint32_t)(e >> 32);
			id->patients[np++].start = (uint32_t)nf;
		} else if (e == prev)
			continue;	/* the same word twice */
		prev = e;
		fps[nf++] = (uint32_t)e;
	}
	id->npatients = np;
	id->nfps = nf;
	id->fps = nf ? realloc(ld->e, nf * sizeof(*fps)) : NULL;
	if (nf == 0 || id->fps == NULL) {
		if (nf != 0)
			return -ENOMEM;	/* ld->e still holds them */
		free(ld->e);
	}
	ld->e = NULL;
	id->bytes = np * sizeof(*id->patients) + nf * sizeof(*fps) +
	    sizeof(*id);
	return 0;
}

static int
load_error(struct pfs_error *err, const char *what)
{
	*err = (struct pfs_error){ .code = EIO, .what = what };
	return -EIO;
}

/* Load one version from the open source file fd. */
static int
load(const struct engine *e, int fd, uint64_t version, struct identity **out,
    struct pfs_error *err)
{
	const struct policy *p = e->policy;
	struct loader ld = { .p = p, .patient_at = -1 };
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct identity *id = NULL;
	size_t cols[VIEW_MAX_CTX], ncols = 0;
	int r;

	*out = NULL;
	if ((r = view_reader_new(fd, &rd)) != 0 ||
	    (r = view_open(e, p->identity_rule, rd, &v, err)) != 0) {
		if (r == -EINVAL || r == -EIO)
			r = load_error(err, TEXT_UNREADABLE);
		goto out;
	}
	for (size_t i = 0; i < view_ncols(v) && ncols < VIEW_MAX_CTX; i++) {
		const struct policy_column *c = view_col(v, i)->rule;

		if (c == NULL)
			continue;
		if (c == p->patient && ld.patient_at < 0)
			ld.patient_at = (int)ncols;
		else if (policy_column_identifies(c) == DETECT_IDENT_NONE)
			continue;
		ld.kinds[ncols] = c == p->patient ? DETECT_IDENT_NONE :
		    policy_column_identifies(c);
		cols[ncols++] = i;
	}
	if (ld.patient_at < 0 || ncols < 2) {
		r = load_error(err, ld.patient_at < 0 ? TEXT_NO_PATIENT :
		    TEXT_NO_IDENTIFIES);
		goto out;
	}
	if ((r = view_scan_cells(v, rd, cols, ncols, load_row, &ld, err)) != 0) {
		/* Its line is the identity file's, not the file being shown:
		 * pseudonymize check on the identity file names it. */
		if (r == -EINVAL || r == -EIO)
			r = load_error(err, TEXT_UNREADABLE);
		goto out;
	}
	if ((id = calloc(1, sizeof(*id))) == NULL) {
		r = -ENOMEM;
		goto out;
	}
	id->version = version;
	id->refs = 1;
	/* The set's bytes replace the array's in the budget. */
	membudget_uncharge(ld.charged);
	ld.charged = 0;
	if ((r = build_sets(&ld, id)) != 0)
		goto out;
	if ((r = membudget_charge(id->bytes)) != 0)
		goto out;
	*out = id;
	id = NULL;
 out:
	if (id != NULL) {
		free(id->patients);
		free(id->fps);
		free(id);
	}
	free(ld.e);
	membudget_uncharge(ld.charged);
	buf_free(&ld.tmp);
	buf_free(&ld.norm);
	view_free(v);
	view_reader_free(rd);
	return r;
}

/* ---- the source file ---- */

int
identity_source_new(struct identity_source **out)
{
	struct identity_source *src = calloc(1, sizeof(*src));

	if ((*out = src) == NULL)
		return -ENOMEM;
	src->root_fd = -1;
	pthread_mutex_init(&src->lock, NULL);
	return 0;
}

int
identity_source_attach(struct identity_source *src, int root_fd)
{
	int fd;

	if (src == NULL)
		return 0;
	if ((fd = fcntl(root_fd, F_DUPFD_CLOEXEC, 3)) == -1)
		return -errno;
	pthread_mutex_lock(&src->lock);
	if (src->root_fd >= 0)
		close(src->root_fd);
	src->root_fd = fd;
	pthread_mutex_unlock(&src->lock);
	return 0;
}

void
identity_source_free(struct identity_source *src)
{
	if (src == NULL)
		return;
	identity_put(src->cur);
	if (src->root_fd >= 0)
		close(src->root_fd);
	pthread_mutex_destroy(&src->lock);
	free(src);
}

int
identity_rule_depends(const struct policy *p, const struct policy_file *rule)
{
	if (p->identity_rule == NULL || rule == p->identity_rule)
		return 0;
	for (size_t i = 0; i < p->ncolumns; i++) {
		const struct policy_column *c = policy_column_at(p, i);

		if (policy_column_op(c) == OP_SCRUB &&
		    policy_column_in_file(c, rule))
			return 1;
	}
	return 0;
}

/* The identity file beneath the root, one component at a time, never
 * through a symbolic link (as tree.c resolves every source path). */
static int
open_source(int root_fd, const char *rel)
{
	char part[NAME_MAX + 1];
	int fd = root_fd, next;

	for (const char *p = rel, *slash; *p != '\0'; p = slash + 1) {
		size_t n;

		slash = strchr(p, '/');
		n = slash ? (size_t)(slash - p) : strlen(p);
		if (n == 0 || n > NAME_MAX) {
			errno = ENOENT;
			next = -1;
		} else {
			memcpy(part, p, n);
			part[n] = '\0';
			/* O_NONBLOCK: a FIFO put in the file's place must
			 * not hang the load, holding the source's lock
			 * (hostile23); source_open refuses it. */
			next = openat(fd, part, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
			    (slash ? O_DIRECTORY : O_NONBLOCK));
		}
		if (fd != root_fd)
			close(fd);
		if (next == -1)
			return -errno;
		fd = next;
		if (slash == NULL)
			break;
	}
	return fd == root_fd ? -ENOENT : fd;
}

static uint64_t
version_of(const struct policy *p, const struct stat *st)
{
	struct index_identity id;
	uint8_t mac[KEYS_PRF_BYTES];
	uint8_t msg[8 + sizeof(id)];
	uint64_t v;

	index_identity_of(st, &id);
	memcpy(msg, "PNFSID01", 8);
	memcpy(msg + 8, &id, sizeof(id));
	keys_prf(p->index_prf, msg, sizeof(msg), mac);
	memcpy(&v, mac, sizeof(v));
	return v ? v : 1;
}

/* Open and stat the file: its descriptor, version and ctime, or -errno. */
static int
source_open(const struct engine *e, uint64_t *version,
    struct timespec *changed)
{
	const struct identity_source *src = e->identity;
	struct stat st;
	int fd;

	if (src == NULL || src->root_fd < 0)
		return -ENOENT;
	if ((fd = open_source(src->root_fd, e->policy->identity_path)) < 0)
		return fd;
	if (fstat(fd, &st) == -1) {
		int r = -errno;
		close(fd);
		return r;
	}
	/* A FIFO, a device or a socket is no identity file; a regular
	 * file is read as usual (blocking reads). */
	if (!S_ISREG(st.st_mode) ||
	    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == -1) {
		close(fd);
		return -ENOENT;
	}
	*version = version_of(e->policy, &st);
	*changed = st.st_ctim;
	return fd;
}

int
identity_source_version(const struct engine *e, uint64_t *version,
    struct timespec *changed)
{
	struct timespec ct;
	int fd;

	if ((fd = source_open(e, version, &ct)) < 0)
		return fd;
	close(fd);
	if (changed != NULL)
		*changed = ct;
	return 0;
}

uint64_t
identity_source_stamp(const struct engine *e, struct timespec *changed)
{
	struct timespec ct = { 0, 0 };
	uint64_t v;

	if (identity_source_version(e, &v, &ct) != 0)
		v = 1;
	if (changed != NULL)
		*changed = ct;
	return v;
}

/* What the memory budget has free now (all of it without a limit). */
static size_t
budget_free(void)
{
	size_t limit = membudget_limit(), used = membudget_used();

	if (limit == 0)
		return SIZE_MAX;
	return limit > used ? limit - used : 0;
}

int
identity_source_get(const struct engine *e, struct identity **out,
    struct pfs_error *err)
{
	struct identity_source *src = e->identity;
	struct identity *id = NULL;
	struct timespec changed;
	uint64_t version = 0;
	size_t free_before;
	int fd, r;

	*out = NULL;
	memset(err, 0, sizeof(*err));
	if (src == NULL)
		return load_error(err, TEXT_NOT_LOADED);
	pthread_mutex_lock(&src->lock);
	if ((fd = source_open(e, &version, &changed)) < 0) {
		r = load_error(err, TEXT_CANNOT_OPEN);
		goto out;
	}
	if (src->cur != NULL && src->cur->version == version) {
		identity_hold(src->cur);
		*out = src->cur;
		r = 0;
		goto out;
	}
	/* A version that failed fails again without being read again. */
	if (src->failed == version) {
		r = load_error(err, src->failed_what);
		err->line = src->failed_line;
		goto out;
	}
	/* One the budget refused, until the budget has more free than it
	 * had then: the load needed more than that. */
	free_before = budget_free();
	if (src->nomem == version && free_before < src->nomem_need) {
		r = -ENOMEM;
		goto out;
	}
	if ((r = load(e, fd, version, &id, err)) != 0) {
		if (r == -EIO) {
			src->failed = version;
			src->failed_what = err->what;
			src->failed_line = err->line;
		} else if (r == -ENOMEM) {
			src->nomem = version;
			src->nomem_need = free_before == SIZE_MAX ? SIZE_MAX :
			    free_before + 1;
		}
		goto out;
	}
	id->changed = changed;
	identity_put(src->cur);
	src->cur = id;
	identity_hold(id);
	*out = id;
	src->nomem = 0;
	src->reported_version = 0;
	src->reported_what = NULL;
 out:
	if (r == -ENOMEM) {
		*err = (struct pfs_error){ .code = ENOMEM, .what = TEXT_NOMEM };
	}
	if (r != 0) {
		src->fail_version = version;
		src->fail_what = err->what;
	}
	if (fd >= 0)
		close(fd);
	pthread_mutex_unlock(&src->lock);
	return r;
}

int
identity_source_report(const struct engine *e, const struct pfs_error *err)
{
	static const char *const texts[] = { TEXT_NOT_LOADED, TEXT_UNREADABLE,
	    TEXT_NO_PATIENT, TEXT_NO_IDENTIFIES, TEXT_CANNOT_OPEN, TEXT_NOMEM };
	struct identity_source *src = e->identity;
	size_t i;
	int r;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (err->what == texts[i])
			break;
	if (src == NULL || i == sizeof(texts) / sizeof(texts[0]))
		return -1;
	pthread_mutex_lock(&src->lock);
	r = src->reported_version != src->fail_version ||
	    src->reported_what != src->fail_what;
	src->reported_version = src->fail_version;
	src->reported_what = src->fail_what;
	pthread_mutex_unlock(&src->lock);
	return r;
}
