/* Size and checkpoints of a view, and reads from them. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <unistd.h>

#include <sodium.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gzsrc.h"
#include "identity.h"
#include "index.h"
#include "policy.h"
#include "split.h"
#include "keys.h"
#include "membudget.h"
#include "util.h"

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
	    a->ctime.tv_nsec == b->ctime.tv_nsec && a->dep == b->dep;
}

int
index_identity_same_bytes(const struct index_identity *opened,
    nlink_t opened_nlink, const struct stat *now)
{
	int same_ctime = opened->ctime.tv_sec == now->st_ctim.tv_sec &&
	    opened->ctime.tv_nsec == now->st_ctim.tv_nsec;

	/* A rename over the source, or its unlink, moves the ctime of the
	 * inode the handle holds and nothing else; so does a hard link made or
	 * removed.  The link count moving with the ctime proves nothing of
	 * the bytes: after a rename over a source with a second name, its old
	 * bytes were rewritten through that name, size and mtime kept
	 * (`rsync --inplace -t`, `touch -r`), and the handle read the third
	 * version's records (hostile26, test_versions_twice.sh).  Without a
	 * name left, no one can open it to write. */
	return opened->dev == now->st_dev && opened->ino == now->st_ino &&
	    opened->size == now->st_size &&
	    opened->mtime.tv_sec == now->st_mtim.tv_sec &&
	    opened->mtime.tv_nsec == now->st_mtim.tv_nsec &&
	    (same_ctime || (opened_nlink != now->st_nlink &&
	    now->st_nlink == 0));
}

/* The mark of the checkpoint at source offset src (INDEX_MARK_BYTES). */
struct index {
	struct index_identity	 id;
	struct view		*view;		/* the plan, immutable */
	const struct keys_prf	*mark_key;	/* the policy's index key */
	struct timespec		 dep_changed;	/* the identity source's ctime
						 * at id.dep (identity.h) */
	off_t			 size;		/* view bytes in all */
	struct index_checkpoint	*cps;
	size_t			 ncps;
	int			 has_risk;	/* measured in the same pass */
	struct risk_summary	 risk;		/* at the policy's k_threshold */
	struct gzsrc_index	*gz;		/* a gzip source's access points */
	struct firstpass_file	*kept;		/* its pass's view bytes, or NULL
						 * (firstpass.h; the cache drops
						 * them, never while held) */
	void			*cache_entry;	/* owned by an index_cache */
	int			 spoiled;	/* a mark did not verify: the
						 * cache forgets this index */
	uint64_t		 serial;	/* this build of the version */
	/* Its pass, when it ran after the index was handed out
	 * (INDEX_START): the fields above but view, id, kept and serial
	 * are the pass's until it ends (pass_wait). */
	struct index_pass	*pass;
};

/* Numbers of the indexes built or loaded, never reused (index_serial). */
static uint64_t index_serial_next;


static int
checkpoint_mark(const struct keys_prf *key, int fd, off_t src,
    uint8_t *mark)
{
	char msg[8 + 8 + INDEX_MARK_BEFORE + INDEX_MARK_AFTER];
	off_t from = src > INDEX_MARK_BEFORE ? src - INDEX_MARK_BEFORE : 0;
	size_t want = (size_t)(src - from) + INDEX_MARK_AFTER, got = 0;
	ssize_t n;

	memcpy(msg, "PNFSCP01", 8);
	for (int i = 0; i < 8; i++)
		msg[8 + i] = (char)((uint64_t)src >> (8 * i));
	while (got < want) {
		n = util_pread(fd, msg + 16 + got, want - got, from + (off_t)got);
		if (n < 0)
			return (int)n;
		if (n == 0)
			break;
		got += (size_t)n;
	}
	keys_prf(*key, msg, 16 + got, mark);
	explicit_bzero(msg, sizeof(msg));	/* raw cells */
	return 0;
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

/* Reporting a long pass (index_cache_set_progress). */
struct build_progress {
	index_progress_fn	 fn;
	void			*arg;
	const char		*name;
	long long		 after_ns;
	off_t			 total;
	off_t			 next_check;	/* source offset of the next look at
						   the clock */
	struct timespec		 start;
	long long		 last_ns;	/* of the last report, 0: none */
};

struct build_state {
	struct index	*idx;
	size_t		 cap;
	int		 fd;
	struct firstpass_writer *kept;	/* the pass's view bytes, or NULL */
	struct risk_scan *scan;		/* NULL unless the risk is measured */
	struct build_progress *progress;	/* NULL: none */
	/* The cache's cancel flag (index_cache_cancel), or NULL: read per
	 * record, so a pass ends within one record of an unmount. */
	const int	*cancel;
	/* Readers may wait for the pass's first bytes (INDEX_GET_START):
	 * with threads, its first records are made before the file is cut
	 * (build_run). */
	int		 serve_early;
	off_t		 stop_at;	/* > 0: stop after the record past it */
	off_t		 stopped;	/* where it stopped, 0 if it did not */
	long		 stopped_line;
};

/* A pass that runs after its index was handed out, and its end for those
 * who wait for it (include/index.h). */
struct index_pass {
	pthread_mutex_t		 lock;
	pthread_cond_t		 ended;
	unsigned		 refs;
	int			 done;
	int			 error;		/* 0, -EINVAL (err says why), -errno */
	struct pfs_error	 err;
	off_t			 size;		/* the view's, once done */
	/* What its run needs, released when it ends. */
	const struct engine	*e;
	const struct policy_file *rule;
	struct stat		 st;
	int			 fd;		/* a descriptor of its own */
	struct view_reader	*rd;
	unsigned		 jobs;
	struct build_state	 b;
	struct build_progress	 progress;
	char			*name;
};

#define PROGRESS_CHECK_BYTES	(4 << 20)	/* the clock is read this often */

static long long
progress_elapsed(const struct build_progress *p)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - p->start.tv_sec) * 1000000000LL +
	    (now.tv_nsec - p->start.tv_nsec);
}

static void
progress_check(struct build_progress *p, off_t done, int finished)
{
	long long ns;

	if (!finished && done < p->next_check)
		return;
	p->next_check = done + PROGRESS_CHECK_BYTES;
	ns = progress_elapsed(p);
	if (finished ? p->last_ns == 0 && ns < p->after_ns :
	    ns < p->after_ns || (p->last_ns != 0 &&
	    ns - p->last_ns < INDEX_PROGRESS_EVERY_NS))
		return;
	p->last_ns = ns;
	p->fn(p->arg, p->name, done, p->total, ns / 1e9, finished);
}

/* A checkpoint with its mark. */
static int
add_marked(struct build_state *b, off_t src, off_t view, long line)
{
	struct index *idx = b->idx;
	int r;

	if ((r = add_checkpoint(idx, &b->cap, src, view, line)) != 0)
		return r;
	return checkpoint_mark(idx->mark_key, b->fd, src,
	    idx->cps[idx->ncps - 1].mark);
}

/* The pass was cancelled (index_cache_cancel). */
static int
cancelled(const int *cancel)
{
	return cancel != NULL && __atomic_load_n(cancel, __ATOMIC_RELAXED);
}

static int
build_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct build_state *b = arg;
	struct index *idx = b->idx;

	int r;

	if (cancelled(b->cancel))
		return -ECANCELED;
	if (b->scan != NULL && (r = risk_scan_record(b->scan, bytes, len)) != 0)
		return r;
	if (b->kept != NULL)
		firstpass_write(b->kept, bytes, len);
	idx->size += (off_t)len;
	if (b->progress != NULL)
		progress_check(b->progress, src_end, 0);
	if (idx->size - idx->cps[idx->ncps - 1].view >= (off_t)INDEX_STEP &&
	    (r = add_marked(b, src_end, idx->size, line)) != 0)
		return r;
	if (b->stop_at > 0 && src_end >= b->stop_at) {
		b->stopped = src_end;
		b->stopped_line = line;
		return 1;
	}
	return 0;
}

/* ---- the pass on several threads (index_cache_set_jobs) ---- */

/* A large file is cut at record boundaries (split.h) into chunks of about
 * this many source bytes, indexed by the workers, and the chunks' sizes
 * and checkpoints are joined in order.  As for the exporter, a cut is
 * checked (a chunk's run must end where the next starts); where it is not
 * a record boundary the rest is indexed in one pass. */
#define INDEX_CHUNK		(4u << 20)
#define INDEX_SPLIT_MIN		(4 * (off_t)INDEX_CHUNK)

struct ichunk {
	struct split_chunk	 at;
	struct index_checkpoint	*cps;		/* view offsets from the chunk's */
	size_t			 ncps, cap;
	off_t			 size, ended;
	long			 next_line;
	int			 r;
	struct pfs_error	 err;
	struct firstpass_writer	*kept;		/* its view bytes, or NULL */
	int			 finished;
	/* Its view offset, known once every chunk before it has ended where
	 * the next began: its bytes are placed then, for readers of the
	 * running pass (firstpass.h), never before. */
	int			 placeable;
	off_t			 base;
};

struct ipar {
	const struct view	*v;
	const struct keys_prf	*mark_key;
	int			 fd;
	struct firstpass_file	*kept;		/* the index's, or NULL */
	struct ichunk		*c;
	size_t			 n, next;
	pthread_mutex_t		 lock;
	struct build_progress	*progress;
	off_t			 done;
	off_t			 head;		/* view bytes before the first chunk */
	size_t			 joined;	/* chunks ended, in order */
	off_t			 joined_size;	/* their view bytes */
	int			 stopped;	/* a chunk failed or a cut was off */
	const int		*cancel;	/* build_state's */
};

struct ichunk_run {
	struct ipar	*p;
	struct ichunk	*c;
};

static int
ichunk_add(struct ipar *p, struct ichunk *c, off_t src, off_t view, long line)
{
	struct index_checkpoint *grown;

	if (c->ncps == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		if ((grown = realloc(c->cps, cap * sizeof(*grown))) == NULL)
			return -ENOMEM;
		c->cps = grown;
		c->cap = cap;
	}
	c->cps[c->ncps].src = src;
	c->cps[c->ncps].view = view;
	c->cps[c->ncps].line = line;
	c->ncps++;
	return checkpoint_mark(p->mark_key, p->fd, src,
	    c->cps[c->ncps - 1].mark);
}

static int
ichunk_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct ichunk_run *cr = arg;
	struct ichunk *c = cr->c;
	int r;

	if (cancelled(cr->p->cancel))
		return -ECANCELED;
	if (c->kept != NULL)
		firstpass_write(c->kept, bytes, len);
	c->size += (off_t)len;
	c->ended = src_end;
	c->next_line = line;
	if (c->size - c->cps[c->ncps - 1].view >= (off_t)INDEX_STEP &&
	    (r = ichunk_add(cr->p, c, src_end, c->size, line)) != 0)
		return r;
	return src_end >= c->at.end ? 1 : 0;
}

/* The chunks ended in order since the last call: each places the next
 * one's bytes, if it ended without error where the next begins (a cut
 * inside a record would have the next chunk's bytes parsed from the wrong
 * place: they are never shown).  With p->lock held. */
static void
ichunks_place(struct ipar *p)
{
	while (!p->stopped && p->joined < p->n && p->c[p->joined].finished) {
		struct ichunk *c = &p->c[p->joined++], *next;

		next = p->joined < p->n ? &p->c[p->joined] : NULL;
		if (c->r != 0 || next == NULL || c->ended != next->at.start) {
			p->stopped = 1;
			break;
		}
		p->joined_size += c->size;
		next->base = p->head + p->joined_size;
		next->placeable = 1;
		firstpass_writer_place(next->kept, next->base);
	}
}

static void *
ichunk_worker(void *arg)
{
	struct ipar *p = arg;
	struct view_reader *rd = NULL;
	int r0 = view_reader_new(p->fd, &rd);

	for (;;) {
		struct ichunk *c;
		struct ichunk_run cr;

		pthread_mutex_lock(&p->lock);
		c = p->next < p->n ? &p->c[p->next++] : NULL;
		if (c != NULL && p->kept != NULL) {
			c->kept = firstpass_writer_new(p->kept);
			if (c->placeable)
				firstpass_writer_place(c->kept, c->base);
		}
		pthread_mutex_unlock(&p->lock);
		if (c == NULL)
			break;
		cr.p = p;
		cr.c = c;
		c->ended = c->at.start;
		c->next_line = c->at.line;
		if ((c->r = r0) == 0 &&
		    (c->r = view_reader_seek(rd, c->at.start)) == 0 &&
		    (c->r = ichunk_add(p, c, c->at.start, 0, c->at.line)) == 0)
			c->r = view_run(p->v, rd, c->at.line, ichunk_sink, &cr,
			    &c->err);
		if (c->r > 0)
			c->r = 0;
		firstpass_writer_finish(c->kept);
		pthread_mutex_lock(&p->lock);
		c->finished = 1;
		ichunks_place(p);
		p->done += c->at.end - c->at.start;
		if (p->progress != NULL)
			progress_check(p->progress, p->done, 0);
		pthread_mutex_unlock(&p->lock);
	}
	view_reader_free(rd);
	return NULL;
}

/* Join the chunks' results into b's index, in order; *resume is where a
 * pass must go on if a cut was not a record boundary (-1 if none). */
static int
ichunks_join(struct ipar *p, struct build_state *b, struct pfs_error *err,
    off_t *resume, long *resume_line)
{
	struct index *idx = b->idx;
	int r;

	*resume = -1;
	for (size_t i = 0; i < p->n; i++) {
		struct ichunk *c = &p->c[i];
		off_t base = idx->size;

		if (c->r != 0) {
			*err = c->err;
			return c->r;
		}
		/* The first chunk's start may be a checkpoint already (the
		 * data's first record, or where the records made before the
		 * cut stopped). */
		for (size_t j = i == 0 && idx->cps[idx->ncps - 1].src ==
		    c->cps[0].src ? 1 : 0; j < c->ncps; j++) {
			if ((r = add_checkpoint(idx, &b->cap, c->cps[j].src,
			    base + c->cps[j].view, c->cps[j].line)) != 0)
				return r;
			memcpy(idx->cps[idx->ncps - 1].mark, c->cps[j].mark,
			    INDEX_MARK_BYTES);
		}
		/* The chunk's bytes, in view order (firstpass.h). */
		firstpass_writer_end(c->kept, base);
		c->kept = NULL;
		idx->size += c->size;
		if (i + 1 < p->n && c->ended != p->c[i + 1].at.start) {
			*resume = c->ended;
			*resume_line = c->next_line;
			return 0;
		}
	}
	return 0;
}

/* The pass from the reader's position to the end, on this thread, its view
 * bytes kept after those already counted. */
static int
build_rest(struct build_state *b, struct view_reader *rd, long line,
    struct pfs_error *err)
{
	off_t base = b->idx->size;
	int r;

	/* Placed at once: readers of the running pass copy each flush. */
	if (b->idx->kept != NULL) {
		b->kept = firstpass_writer_new(b->idx->kept);
		firstpass_writer_place(b->kept, base);
	}
	r = view_run(b->idx->view, rd, line, build_sink, b, err);
	if (r >= 0)
		firstpass_writer_end(b->kept, base);
	else
		firstpass_writer_free(b->kept);
	b->kept = NULL;
	return r;
}

static int
build_parallel(struct build_state *b, struct view_reader *rd, off_t from,
    long line, off_t size, unsigned jobs, struct pfs_error *err)
{
	const struct view *v = b->idx->view;
	struct ipar p = { .v = v, .mark_key = b->idx->mark_key, .fd = b->fd,
	    .progress = b->progress, .kept = b->idx->kept,
	    .head = b->idx->size, .cancel = b->cancel };
	pthread_t tid[INDEX_MAX_JOBS];
	struct split_chunk *cuts = NULL;
	unsigned started = 0;
	off_t resume = -1;
	long resume_line = 0;
	int r;

	if ((r = split_records_cancel(b->fd, from, size, line, INDEX_CHUNK,
	    b->cancel, &cuts, &p.n)) != 0)
		return r;
	if ((p.c = calloc(p.n, sizeof(*p.c))) == NULL) {
		free(cuts);
		return -ENOMEM;
	}
	for (size_t i = 0; i < p.n; i++)
		p.c[i].at = cuts[i];
	free(cuts);
	if (p.n > 0) {
		p.c[0].placeable = 1;
		p.c[0].base = p.head;
	}
	pthread_mutex_init(&p.lock, NULL);
	for (; started < jobs && started < INDEX_MAX_JOBS; started++)
		if (pthread_create(&tid[started], NULL, ichunk_worker, &p) != 0)
			break;
	if (started == 0)
		ichunk_worker(&p);
	for (unsigned i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	r = ichunks_join(&p, b, err, &resume, &resume_line);
	for (size_t i = 0; i < p.n; i++) {
		free(p.c[i].cps);
		firstpass_writer_free(p.c[i].kept);	/* not joined */
	}
	free(p.c);
	pthread_mutex_destroy(&p.lock);
	if (r == 0 && resume >= 0 && (r = view_reader_seek(rd, resume)) == 0)
		r = build_rest(b, rd, resume_line, err);
	return r;
}

/* The plan, the first checkpoint and the file for the pass's bytes: what
 * a pass starts from (b->idx, with its number). */
static int
build_start(const struct engine *e, const struct policy_file *rule,
    const struct stat *st, int with_risk, struct firstpass *keep,
    struct build_state *b, struct view_reader *rd, struct pfs_error *err)
{
	struct index *idx;
	size_t head_len;
	int r;

	if ((idx = calloc(1, sizeof(*idx))) == NULL)
		return -ENOMEM;
	b->idx = idx;
	idx->mark_key = &e->policy->index_prf;
	index_identity_of(st, &idx->id);
	idx->serial = __atomic_add_fetch(&index_serial_next, 1,
	    __ATOMIC_RELAXED);
	if ((r = view_open(e, rule, rd, &idx->view, err)) != 0)
		return r;
	idx->id.dep = view_identity_version(idx->view, &idx->dep_changed);
	(void)view_head(idx->view, &head_len);
	idx->size = (off_t)head_len;
	if (with_risk && (r = risk_scan_new(idx->view, &b->scan)) != 0)
		return r;
	if ((r = add_marked(b, view_data_off(idx->view), idx->size,
	    view_data_line(idx->view))) != 0)
		return r;
	idx->kept = firstpass_file_new(keep, st->st_size);
	return 0;
}

/* The pass on several threads.  With readers waiting for its first bytes,
 * its first chunk is made on this thread before the rest of the file is
 * cut (split_records reads all of it: 0.1 s per 100 MB, which a `head`
 * of a fresh file would wait for), its bytes readable as they come. */
static int
build_split(struct build_state *b, struct view_reader *rd, off_t size,
    unsigned jobs, struct pfs_error *err)
{
	const struct view *v = b->idx->view;
	off_t from = view_data_off(v);
	long line = view_data_line(v);
	int r;

	if (b->serve_early) {
		b->stop_at = from + (off_t)INDEX_CHUNK;
		r = build_rest(b, rd, line, err);
		b->stop_at = 0;
		if (r < 0 || b->stopped == 0)
			return r < 0 ? r : 0;	/* failed, or at the end */
		from = b->stopped;
		line = b->stopped_line;
	}
	return build_parallel(b, rd, from, line, size, jobs, err);
}

/* The pass itself, from the first record to the end. */
static int
build_run(const struct engine *e, const struct stat *st, unsigned jobs,
    struct build_state *b, struct view_reader *rd, struct pfs_error *err)
{
	struct index *idx = b->idx;
	int r;

	/* The risk is measured record by record in order: one thread.  A
	 * gzip source is one stream (its cuts would be compressed offsets),
	 * and its one pass records the inflate access points. */
	if (jobs > 1 && b->scan == NULL && S_ISREG(st->st_mode) &&
	    view_ncols(idx->view) > 0 && !view_reader_is_gzip(rd) &&
	    st->st_size - view_data_off(idx->view) >= INDEX_SPLIT_MIN)
		r = build_split(b, rd, st->st_size, jobs, err);
	else
		r = build_rest(b, rd, view_data_line(idx->view), err);
	if (r != 0)
		return r;
	if (b->scan != NULL) {
		risk_scan_summary(b->scan, (unsigned long)e->policy->k_threshold,
		    &idx->risk);
		idx->has_risk = 1;
	}
	/* A gzip source: the pass left access points for the cursors. */
	idx->gz = view_reader_take_gz_index(rd);
	if (b->progress != NULL)
		progress_check(b->progress, st->st_size, 1);
	return 0;
}

static int
build(const struct engine *e, const struct policy_file *rule, int fd,
    const struct stat *st, int with_risk, unsigned jobs,
    struct build_progress *progress, struct firstpass *keep,
    const int *cancel, struct index **out, struct pfs_error *err)
{
	struct view_reader *rd = NULL;
	struct build_state b = { .progress = progress, .fd = fd,
	    .cancel = cancel };
	int r;

	*out = NULL;
	memset(err, 0, sizeof(*err));
	if ((r = view_reader_new(fd, &rd)) == 0 &&
	    (r = build_start(e, rule, st, with_risk, keep, &b, rd, err)) == 0 &&
	    (r = build_run(e, st, jobs, &b, rd, err)) == 0) {
		*out = b.idx;
		b.idx = NULL;
	}
	r = risk_error(r, err);
	risk_scan_free(b.scan);
	view_reader_free(rd);
	index_free(b.idx);
	return r;
}

int
index_build(const struct engine *e, const struct policy_file *rule, int fd,
    const struct stat *st, int with_risk, struct index **out,
    struct pfs_error *err)
{
	return build(e, rule, fd, st, with_risk, 1, NULL, NULL, NULL, out,
	    err);
}

/* ---- a pass run after its index was handed out (INDEX_GET_START) ---- */

/* What only its run needs. */
static void
pass_release_run(struct index_pass *p)
{
	risk_scan_free(p->b.scan);
	p->b.scan = NULL;
	view_reader_free(p->rd);
	p->rd = NULL;
	if (p->fd != -1)
		close(p->fd);
	p->fd = -1;
	free(p->name);
	p->name = NULL;
}

void
index_pass_hold(struct index_pass *p)
{
	pthread_mutex_lock(&p->lock);
	p->refs++;
	pthread_mutex_unlock(&p->lock);
}

void
index_pass_put(struct index_pass *p)
{
	unsigned left;

	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	left = --p->refs;
	pthread_mutex_unlock(&p->lock);
	if (left > 0)
		return;
	pass_release_run(p);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->ended);
	free(p);
}

int
index_pass_wait(struct index_pass *p, off_t *size, struct pfs_error *err)
{
	int r;

	pthread_mutex_lock(&p->lock);
	while (!p->done)
		pthread_cond_wait(&p->ended, &p->lock);
	r = p->error;
	if (r == 0 && size != NULL)
		*size = p->size;
	if (r != 0 && err != NULL)
		*err = p->err;
	pthread_mutex_unlock(&p->lock);
	return r;
}

/* -EINPROGRESS while the pass runs, else its result (and *err). */
static int
pass_state(struct index_pass *p, struct pfs_error *err)
{
	int r;

	pthread_mutex_lock(&p->lock);
	r = p->done ? p->error : -EINPROGRESS;
	if (r != 0 && r != -EINPROGRESS)
		*err = p->err;
	pthread_mutex_unlock(&p->lock);
	return r;
}

struct index_pass *
index_pending(const struct index *idx)
{
	struct index_pass *p = idx->pass;

	if (p == NULL)
		return NULL;
	pthread_mutex_lock(&p->lock);
	if (p->done) {
		pthread_mutex_unlock(&p->lock);
		return NULL;
	}
	p->refs++;
	pthread_mutex_unlock(&p->lock);
	return p;
}

uint64_t
index_serial(const struct index *idx)
{
	return idx->serial;
}

static int
pass_run(struct index_pass *p, struct pfs_error *err)
{
	return risk_error(build_run(p->e, &p->st, p->jobs, &p->b, p->rd, err),
	    err);
}

struct index_cursor {
	int			 fd;
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
	c->fd = fd;
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
	const struct index	*idx;
	size_t			 next_cp;	/* the next checkpoint to pass */
	struct pfs_error	*err;
};

static int verify_mark(const struct index *, int,
    const struct index_checkpoint *, struct pfs_error *);

/* A record ended at src_end, view offset c->pos: every checkpoint it went
 * past must fall on a record end with the indexed view offset and bytes,
 * else the reader has joined bytes of two versions inside a record (a
 * source changed without a new size or times) and the parse is off. */
static int
pass_checkpoints(struct read_state *s, off_t src_end)
{
	const struct index *idx = s->idx;
	int r;

	for (; s->next_cp < idx->ncps &&
	    idx->cps[s->next_cp].src <= src_end; s->next_cp++) {
		const struct index_checkpoint *cp = &idx->cps[s->next_cp];

		if (cp->src != src_end || cp->view != s->c->pos) {
			s->err->what = "the source changed while it was read "
			    "(a record no longer ends at a checkpoint)";
			__atomic_store_n(&((struct index *)idx)->spoiled, 1,
			    __ATOMIC_RELAXED);
			return -EIO;
		}
		if ((r = verify_mark(idx, s->c->fd, cp, s->err)) != 0)
			return r;
	}
	return 0;
}

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
	int r;

	/* The end of the view is a checkpoint too: a record past it, or one
	 * that crosses it, means the source's bytes changed without a new
	 * size or times (a shared-mmap writer, a rewrite within one timestamp
	 * tick) somewhere after the last checkpoint; served, the read would
	 * give the new version's bytes cut at the old size, a record without
	 * its end. */
	if (c->pos + (off_t)len > s->idx->size) {
		s->err->what = "the source changed while it was read (its "
		    "records no longer end at the indexed size)";
		__atomic_store_n(&((struct index *)s->idx)->spoiled, 1,
		    __ATOMIC_RELAXED);
		return -EIO;
	}
	copy_overlap(s, bytes, from, len);
	c->pos += (off_t)len;
	c->line = line;
	if ((r = pass_checkpoints(s, src_end)) != 0)
		return r;
	if (c->pos >= s->end) {
		/* Keep the rest of this record for the next sequential read. */
		buf_reset(&c->carry);
		c->carry_off = from;
		if (buf_append(&c->carry, bytes, len) != 0)
			c->carry.len = 0;
		/* At the view's end, run on: the source must end there too
		 * (the check above fails any byte that follows). */
		return c->pos < s->idx->size;
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

/* Whether the source still has, around a checkpoint, the bytes the index
 * was built from: a restart anywhere else could begin inside a record. */
static int
verify_mark(const struct index *idx, int fd, const struct index_checkpoint *cp,
    struct pfs_error *err)
{
	uint8_t now[INDEX_MARK_BYTES];
	int r;

	if ((r = checkpoint_mark(idx->mark_key, fd, cp->src, now)) != 0)
		return r;
	if (sodium_memcmp(now, cp->mark, sizeof(now)) == 0)
		return 0;
	__atomic_store_n(&((struct index *)idx)->spoiled, 1, __ATOMIC_RELAXED);
	err->what = "the source changed while it was read (its bytes at a "
	    "checkpoint are not the indexed ones)";
	return -EIO;
}

/* The marks of the checkpoints a read of view bytes [from, to) covers,
 * the one at or before `from` included. */
static int
verify_marks(const struct index *idx, int fd, off_t from, off_t to,
    struct pfs_error *err)
{
	size_t i = (size_t)(locate(idx, from) - idx->cps);
	int r;

	for (; i < idx->ncps && idx->cps[i].view < to; i++)
		if ((r = verify_mark(idx, fd, &idx->cps[i], err)) != 0)
			return r;
	return 0;
}

/* A read while the pass of idx may still run: the header, then the bytes
 * the pass has placed (waiting for them: a reader at an offset not
 * reached yet, or in a chunk whose view offset is not known yet, waits).
 * *served is cleared when the pass is over and ended well before these
 * bytes were placed: the read then goes on as on any index.  A pass that
 * failed fails every read from then on (EIO); the bytes served before are
 * view bytes of the records before the failure; a pass over the memory
 * budget gives ENOMEM, as a read over it would. */
static ssize_t
read_running(const struct index *idx, char *buf, size_t len, off_t off,
    int *served, struct pfs_error *err)
{
	size_t head_len, got = 0;
	const char *head = view_head(idx->view, &head_len);
	int r;

	*served = 1;
	if ((r = pass_state(idx->pass, err)) != -EINPROGRESS) {
		*served = r != 0;
		return r == 0 ? 0 : r == -ENOMEM ? r : -EIO;
	}
	if (off < (off_t)head_len) {
		got = (size_t)((off_t)head_len - off) < len ?
		    (size_t)((off_t)head_len - off) : len;
		memcpy(buf, head + off, got);
	}
	if (got < len && firstpass_read_wait(idx->kept, buf + got, len - got,
	    off + (off_t)got) != (ssize_t)(len - got)) {
		/* Not placed (past the end, or not kept): read once the pass
		 * is over. */
		if ((r = index_pass_wait(idx->pass, NULL, err)) != 0)
			return r == -ENOMEM ? r : -EIO;
		*served = 0;
		return 0;
	}
	/* A failure found meanwhile fails this read too. */
	if ((r = pass_state(idx->pass, err)) != -EINPROGRESS && r != 0)
		return r == -ENOMEM ? r : -EIO;
	return (ssize_t)len;
}

ssize_t
index_read(const struct index *idx, struct index_cursor *c, char *buf,
    size_t len, off_t off, struct pfs_error *err)
{
	struct read_state s = { c, buf, off, 0, 0, idx, 0, err };
	const char *head;
	size_t head_len;
	ssize_t n;
	int r, served;

	memset(err, 0, sizeof(*err));
	if (len == 0)
		return 0;
	if (idx->pass != NULL &&
	    ((n = read_running(idx, buf, len, off, &served, err)) != 0 ||
	    served))
		return n;
	if (off >= idx->size || len == 0)
		return 0;
	if ((off_t)len > idx->size - off)
		len = (size_t)(idx->size - off);
	s.end = off + (off_t)len;
	/* The header is held in memory. */
	head = view_head(idx->view, &head_len);
	if (off < (off_t)head_len)
		copy_overlap(&s, head, 0, head_len);
	/* The tail of the record the last read stopped in. */
	if (c->valid && c->carry.len)
		copy_overlap(&s, c->carry.data, c->carry_off, c->carry.len);
	if (s.got == len)
		return (ssize_t)len;
	/* The bytes this version's index pass kept: copied, not transformed
	 * again (an error there only sends the read to the transform).  The
	 * checkpoints they cover are checked as a restart would check them:
	 * a source changed behind the index gives EIO either way, and spoils
	 * the index so that the next open reads the new bytes. */
	if (idx->kept != NULL && firstpass_read(idx->kept, buf + s.got,
	    len - s.got, off + (off_t)s.got) == (ssize_t)(len - s.got)) {
		if ((r = verify_marks(idx, c->fd, off, s.end, err)) != 0)
			return r;
		return (ssize_t)len;
	}
	view_reader_use_gz_index(c->rd, idx->gz);
	/* Continue if the cursor stands between the start of what is missing
	 * and a checkpoint's distance before it; otherwise restart. */
	if (!c->valid || c->pos > off + (off_t)s.got ||
	    off + (off_t)s.got - c->pos > (off_t)INDEX_STEP) {
		const struct index_checkpoint *cp = locate(idx, off + (off_t)s.got);
		if ((r = verify_mark(idx, c->fd, cp, err)) != 0 ||
		    (r = view_reader_seek(c->rd, cp->src)) != 0) {
			c->valid = 0;
			return r;
		}
		c->pos = cp->view;
		c->line = cp->line;
		c->valid = 1;
		buf_reset(&c->carry);
	}
	/* The first checkpoint past the cursor. */
	s.next_cp = (size_t)(locate(idx, c->pos) - idx->cps);
	if (idx->cps[s.next_cp].view <= c->pos)
		s.next_cp++;
	r = view_run(idx->view, c->rd, c->line, read_sink, &s, err);
	if (r < 0) {
		c->valid = 0;
		/* Over the memory budget: this read fails, not the file. */
		return r == -ENOMEM ? -ENOMEM : -EIO;
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
	gzsrc_index_free(idx->gz);
	firstpass_file_free(idx->kept);
	index_pass_put(idx->pass);
	free(idx->cps);
	free(idx);
}

/* ---- cache ---- */

#define CACHE_BUCKETS 1024

struct cache_entry {
	struct cache_entry	*next;
	struct cache_entry	*lru_prev, *lru_next;	/* while refs == 0 */
	size_t			 bytes;		/* what it holds, roughly */
	struct index_identity	 id;
	struct index		*idx;		/* NULL if the file cannot be shown */
	int			 error;
	struct pfs_error	 err;
	unsigned		 refs;
	int			 opened;
	int			 stale;		/* out of the table, freed at refs 0 */
};

struct index_cache {
	pthread_mutex_t		 lock;
	int			 with_risk;
	struct firstpass	*keep;		/* passes keep their bytes there */
	time_t			 last_sweep;	/* of kept bytes past their age */
	unsigned		 jobs;		/* threads per pass */
	index_progress_fn	 progress;	/* NULL: passes are not reported */
	void			*progress_arg;
	long long		 progress_after_ns;
	struct cache_entry	*buckets[CACHE_BUCKETS];
	int			 dir_fd;	/* on-disk indexes, or -1 */
	/* Entries no handle holds, most recently used first: evicted from
	 * the tail when the cache would pass its share of the budget. */
	struct cache_entry	*lru_head, *lru_tail;
	size_t			 bytes;
	int			 cancel;	/* atomic: index_cache_cancel */
};

int
index_cache_new(struct index_cache **out)
{
	struct index_cache *c;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return -ENOMEM;
	pthread_mutex_init(&c->lock, NULL);
	c->dir_fd = -1;
	c->jobs = 1;
	*out = c;
	return 0;
}

void
index_cache_cancel(struct index_cache *c)
{
	__atomic_store_n(&c->cancel, 1, __ATOMIC_RELAXED);
}

void
index_cache_set_dir(struct index_cache *c, int dir_fd)
{
	c->dir_fd = dir_fd;
}

void
index_cache_measure_risk(struct index_cache *c)
{
	c->with_risk = 1;
}

static void
entry_free(struct cache_entry *e)
{
	index_free(e->idx);
	membudget_uncharge(e->bytes);
	free(e);
}

/* What an entry holds besides the buffers charged as they grew. */
static size_t
entry_bytes(const struct index *idx)
{
	size_t n = sizeof(struct cache_entry);

	if (idx != NULL)
		n += sizeof(*idx) + idx->ncps * sizeof(*idx->cps) +
		    (idx->view != NULL ? view_footprint(idx->view) : 0);
	return n;
}

/* The cache may keep this share of the memory budget in indexes no
 * handle holds; the rest is for reads. */
static size_t
cache_share(void)
{
	size_t limit = membudget_limit();

	return limit == 0 ? SIZE_MAX : limit / INDEX_CACHE_SHARE;
}

static void
lru_unlink(struct index_cache *c, struct cache_entry *e)
{
	if (e->lru_prev != NULL)
		e->lru_prev->lru_next = e->lru_next;
	else if (c->lru_head == e)
		c->lru_head = e->lru_next;
	else
		return;		/* not on the list */
	if (e->lru_next != NULL)
		e->lru_next->lru_prev = e->lru_prev;
	else
		c->lru_tail = e->lru_prev;
	e->lru_prev = e->lru_next = NULL;
}

static void
lru_push(struct index_cache *c, struct cache_entry *e)
{
	e->lru_prev = NULL;
	e->lru_next = c->lru_head;
	if (c->lru_head != NULL)
		c->lru_head->lru_prev = e;
	else
		c->lru_tail = e;
	c->lru_head = e;
}

/* Unlink e from its bucket (called with the lock held). */
static void
bucket_unlink(struct index_cache *c, struct cache_entry *e);

/* Evict the least recently used entries until `want` more bytes fit in
 * the cache's share.  With the lock held. */
static void
cache_evict(struct index_cache *c, size_t want)
{
	struct cache_entry *e;

	while (c->bytes + want > cache_share() && (e = c->lru_tail) != NULL) {
		lru_unlink(c, e);
		bucket_unlink(c, e);
		c->bytes -= e->bytes;
		entry_free(e);
	}
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
	if (c->dir_fd >= 0)
		close(c->dir_fd);
	firstpass_free(c->keep);
	free(c);
}

void
index_cache_keep_first_pass(struct index_cache *c, struct firstpass *fp)
{
	firstpass_free(c->keep);
	c->keep = fp;
}

/* Kept bytes no handle holds, left by a pass whose file was never opened
 * (a stat of every file, then no read): dropped after their age.  At most
 * once a second, with the lock held. */
static void
sweep_kept(struct index_cache *c)
{
	struct timespec now;

	if (c->keep == NULL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec == c->last_sweep)
		return;
	c->last_sweep = now.tv_sec;
	for (struct cache_entry *e = c->lru_head; e != NULL; e = e->lru_next)
		if (e->idx != NULL && e->idx->kept != NULL &&
		    firstpass_file_age(e->idx->kept) > FIRSTPASS_MAX_AGE_S) {
			firstpass_file_free(e->idx->kept);
			e->idx->kept = NULL;
		}
}

static struct cache_entry **
bucket_of(struct index_cache *c, dev_t dev, ino_t ino)
{
	return &c->buckets[((uint64_t)ino * 0x9e3779b97f4a7c15ULL ^ (uint64_t)dev) %
	    CACHE_BUCKETS];
}

static void
bucket_unlink(struct index_cache *c, struct cache_entry *e)
{
	struct cache_entry **pp = bucket_of(c, e->id.dev, e->id.ino);

	for (; *pp != NULL; pp = &(*pp)->next)
		if (*pp == e) {
			*pp = e->next;
			return;
		}
}

/* Called with the lock held: the entry for (dev, ino), unlinked if its
 * identity is not `id` anymore. */
static struct cache_entry *
cache_find(struct index_cache *c, const struct index_identity *id,
    int *spoiled)
{
	struct cache_entry **pp = bucket_of(c, id->dev, id->ino), *e;

	for (; (e = *pp) != NULL; pp = &e->next) {
		if (e->id.dev != id->dev || e->id.ino != id->ino)
			continue;
		if (!index_identity_equal(&e->id, id))
			;
		else if (e->idx == NULL ||
		    !__atomic_load_n(&e->idx->spoiled, __ATOMIC_RELAXED))
			return e;
		else
			*spoiled = 1;	/* same identity, other bytes */
		/* Another version of the file: forget this one. */
		*pp = e->next;
		c->bytes -= e->bytes;
		if (e->refs == 0) {
			lru_unlink(c, e);
			entry_free(e);
		} else {
			e->stale = 1;
		}
		return NULL;
	}
	return NULL;
}

static int
cache_hand_out(struct index_cache *c, struct cache_entry *e, int for_open,
    const struct index **out, int *first_open, struct pfs_error *err)
{
	/* Most recently used; a held entry is never evicted. */
	lru_unlink(c, e);
	if (e->idx == NULL)
		lru_push(c, e);
	if (e->idx == NULL) {
		/* Said once per version of the file: a reader that stats it
		 * in a loop must not flood the log. */
		*err = e->err;
		*first_open = !e->opened;
		e->opened = 1;
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

/* ---- indexes on disk ----
 *
 * "PNFSIX01", the policy hash (64 hex), the source identity, the rule name
 * length and name, the view size, the checkpoint count and checkpoints
 * (little-endian 64-bit integers, then the mark), then a 16-byte MAC over all of it with
 * the policy's index key.  The file name is the MAC of the identity, policy
 * hash and rule name: it says nothing of the source.
 */

#define DISK_MAGIC	"PNFSIX02"
#define DISK_CP_BYTES	(24 + INDEX_MARK_BYTES)
#define DISK_MAX_CPS	(1u << 24)

static int
put64(struct buf *b, uint64_t v)
{
	uint8_t le[8];

	for (int i = 0; i < 8; i++)
		le[i] = (uint8_t)(v >> (8 * i));
	return buf_append(b, le, 8);
}

/*
 * The program that made an index: a saved index holds the view sizes and
 * checkpoints of the code that wrote it, and another build (new scrub
 * rules, another header matching) makes other bytes from the same file
 * and policy.  Its GNU build ID (the linker's hash of the program, which
 * Debian's gcc writes) goes in the key, so a new build never reads an
 * old build's index.  So do the libraries' IDs: the same program makes
 * other bytes after an upgrade of ICU (its confusables data: which rule a
 * header meets), libunistring (normalization and case folding: tokens,
 * fakes) or glibc (iconv's transliteration), and Debian upgrades them
 * under it; an old index then gave wrong sizes (a truncated copy, EIO).
 * The ID is the BLAKE2b of the build IDs of the program and of those
 * libraries, in load order; not of every loaded object: the vDSO is the
 * kernel's, and modules loaded later (glibc's gconv and NSS modules, a
 * sanitizer's runtime) would make the ID depend on when it was first
 * asked for, and one daemon would not read the indexes of the last.  A
 * program without one gets random bytes: its indexes are never read by
 * another process (nor by it after a restart).
 */
#define BUILD_ID_MAX	crypto_generichash_BYTES

static uint8_t	build_id[BUILD_ID_MAX];
static size_t	build_id_len;
static pthread_once_t build_id_once = PTHREAD_ONCE_INIT;

struct build_ids {
	crypto_generichash_state	h;
	int				objects;	/* seen */
	int				main_has_one;
};

/* The NT_GNU_BUILD_ID note of one object, or NULL. */
static const uint8_t *
object_build_id(const struct dl_phdr_info *info, size_t *len)
{
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const uint8_t *p, *end;

		if (ph->p_type != PT_NOTE)
			continue;
		p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
		end = p + ph->p_memsz;
		while ((size_t)(end - p) >= sizeof(ElfW(Nhdr))) {
			const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)(const void *)p;
			size_t name = (n->n_namesz + 3) & ~(size_t)3;
			size_t desc = (n->n_descsz + 3) & ~(size_t)3;

			if ((size_t)(end - p) < sizeof(*n) + name + desc)
				break;
			if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 &&
			    memcmp(p + sizeof(*n), "GNU", 4) == 0 &&
			    n->n_descsz > 0 && n->n_descsz <= 64) {
				*len = n->n_descsz;
				return p + sizeof(*n) + name;
			}
			p += sizeof(*n) + name + desc;
		}
	}
	return NULL;
}

/* The libraries whose code or data make view bytes (their file names). */
static int
makes_bytes(const char *path)
{
	static const char *const libs[] = { "libicuuc.", "libicui18n.",
	    "libicudata.", "libunistring.", "libc.", NULL };
	const char *base = strrchr(path, '/');

	base = base != NULL ? base + 1 : path;
	for (size_t i = 0; libs[i] != NULL; i++)
		if (strncmp(base, libs[i], strlen(libs[i])) == 0)
			return 1;
	return 0;
}

static int
add_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct build_ids *b = arg;
	const uint8_t *id;
	uint8_t len8;
	size_t len;

	(void)size;
	if (b->objects++ > 0 && !makes_bytes(info->dlpi_name))
		return 0;
	if ((id = object_build_id(info, &len)) == NULL)
		return 0;
	if (b->objects == 1)
		b->main_has_one = 1;
	len8 = (uint8_t)len;
	crypto_generichash_update(&b->h, &len8, 1);
	crypto_generichash_update(&b->h, id, len);
	return 0;
}

static void
build_id_init(void)
{
	struct build_ids b = { .objects = 0 };

	crypto_generichash_init(&b.h, NULL, 0, sizeof(build_id));
	dl_iterate_phdr(add_build_id, &b);
	crypto_generichash_final(&b.h, build_id, sizeof(build_id));
	if (!b.main_has_one)
		randombytes_buf(build_id, sizeof(build_id));
	build_id_len = sizeof(build_id);
}

size_t
index_program_id(const uint8_t **id)
{
	pthread_once(&build_id_once, build_id_init);
	*id = build_id;
	return build_id_len;
}

/* What names the version of a file under a policy: identity, policy,
 * rule, and the program (index_program_id). */
static int
disk_key(const struct engine *e, const struct policy_file *rule,
    const struct index_identity *id, struct buf *b)
{
	const uint8_t *prog;
	size_t nprog = index_program_id(&prog);
	int r;

	if ((r = buf_append(b, DISK_MAGIC, 8)) != 0 ||
	    (r = put64(b, nprog)) != 0 || (r = buf_append(b, prog, nprog)) != 0 ||
	    (r = buf_append(b, e->policy->hash, 64)) != 0 ||
	    (r = put64(b, (uint64_t)id->dev)) != 0 ||
	    (r = put64(b, (uint64_t)id->ino)) != 0 ||
	    (r = put64(b, (uint64_t)id->size)) != 0 ||
	    (r = put64(b, (uint64_t)id->mtime.tv_sec)) != 0 ||
	    (r = put64(b, (uint64_t)id->mtime.tv_nsec)) != 0 ||
	    (r = put64(b, (uint64_t)id->ctime.tv_sec)) != 0 ||
	    (r = put64(b, (uint64_t)id->ctime.tv_nsec)) != 0 ||
	    (r = put64(b, strlen(rule->name))) != 0 ||
	    (r = buf_append_str(b, rule->name)) != 0)
		return r;
	/* The identity source's version, for the files that read it (the
	 * key of the others is as it was). */
	if (id->dep != 0 && (r = put64(b, id->dep)) != 0)
		return r;
	return 0;
}

static void
disk_name(const struct engine *e, const struct buf *key, char name[33])
{
	static const char hex[] = "0123456789abcdef";
	uint8_t mac[KEYS_PRF_BYTES];

	keys_prf(e->policy->index_prf, key->data, key->len, mac);
	for (int i = 0; i < 16; i++) {
		name[2 * i] = hex[mac[i] >> 4];
		name[2 * i + 1] = hex[mac[i] & 15];
	}
	name[32] = '\0';
}

static void
disk_save(int dir_fd, const struct engine *e, const struct policy_file *rule,
    const struct index *idx)
{
	struct buf b = BUF_INIT;
	uint8_t mac[KEYS_PRF_BYTES];
	char name[33], tmp[48];
	size_t i;
	int fd = -1, ok;

	/* Access points hold decompressed bytes: never written to disk. */
	if (idx->gz != NULL || disk_key(e, rule, &idx->id, &b) != 0)
		goto out;
	disk_name(e, &b, name);
	if (put64(&b, (uint64_t)idx->size) != 0 || put64(&b, idx->ncps) != 0)
		goto out;
	for (i = 0; i < idx->ncps; i++)
		if (put64(&b, (uint64_t)idx->cps[i].src) != 0 ||
		    put64(&b, (uint64_t)idx->cps[i].view) != 0 ||
		    put64(&b, (uint64_t)idx->cps[i].line) != 0 ||
		    buf_append(&b, idx->cps[i].mark, INDEX_MARK_BYTES) != 0)
			goto out;
	keys_prf(e->policy->index_prf, b.data, b.len, mac);
	if (buf_append(&b, mac, sizeof(mac)) != 0)
		goto out;
	snprintf(tmp, sizeof(tmp), ".%s.%ld", name, (long)getpid());
	fd = openat(dir_fd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd == -1)
		goto out;
	/* Closed whatever the write gave: a cache on a full disk (or past a
	 * file size limit) made every save leak a descriptor, and the daemon
	 * ran out of them (EMFILE for every open). */
	ok = write(fd, b.data, b.len) == (ssize_t)b.len;
	if (close(fd) != 0)
		ok = 0;
	if (!ok || renameat(dir_fd, tmp, dir_fd, name) != 0)
		unlinkat(dir_fd, tmp, 0);
	fd = -1;
 out:
	if (fd != -1) {
		close(fd);
		unlinkat(dir_fd, tmp, 0);
	}
	buf_free(&b);
}

/* An index from disk, or NULL.  The plan (view_open) is made again: it
 * reads only the head of the file. */
static struct index *
disk_load(int dir_fd, const struct engine *e, const struct policy_file *rule,
    int fd, const struct stat *st, uint64_t dep)
{
	struct view_reader *rd = NULL;
	struct index *idx = NULL;
	struct pfs_error err;
	struct buf key = BUF_INIT, data = BUF_INIT;
	uint8_t mac[KEYS_PRF_BYTES];
	struct stat fst;
	char name[33];
	const uint8_t *p;
	uint64_t ncps;
	size_t i, head_len;
	int dfd = -1, ok = 0;

	if ((idx = calloc(1, sizeof(*idx))) == NULL)
		return NULL;
	idx->mark_key = &e->policy->index_prf;
	index_identity_of(st, &idx->id);
	idx->id.dep = dep;
	idx->serial = __atomic_add_fetch(&index_serial_next, 1,
	    __ATOMIC_RELAXED);
	if (disk_key(e, rule, &idx->id, &key) != 0)
		goto out;
	disk_name(e, &key, name);
	if ((dfd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) == -1 ||
	    fstat(dfd, &fst) == -1 || !S_ISREG(fst.st_mode) ||
	    fst.st_size < (off_t)(key.len + 16 + KEYS_PRF_BYTES) ||
	    fst.st_size > (off_t)(key.len + 16 + KEYS_PRF_BYTES +
	    DISK_CP_BYTES * (off_t)DISK_MAX_CPS) ||
	    buf_reserve(&data, (size_t)fst.st_size) != 0 ||
	    read(dfd, data.data, (size_t)fst.st_size) != fst.st_size)
		goto out;
	data.len = (size_t)fst.st_size;
	keys_prf(e->policy->index_prf, data.data, data.len - KEYS_PRF_BYTES, mac);
	if (sodium_memcmp(mac, data.data + data.len - KEYS_PRF_BYTES,
	    KEYS_PRF_BYTES) != 0 || memcmp(data.data, key.data, key.len) != 0)
		goto out;
	p = (const uint8_t *)data.data + key.len;
	idx->size = (off_t)util_load_le(p, 8);
	ncps = util_load_le(p + 8, 8);
	if (ncps == 0 || ncps > DISK_MAX_CPS ||
	    data.len != key.len + 16 + DISK_CP_BYTES * ncps + KEYS_PRF_BYTES ||
	    (idx->cps = calloc(ncps, sizeof(*idx->cps))) == NULL)
		goto out;
	for (i = 0, p += 16; i < ncps; i++, p += DISK_CP_BYTES) {
		idx->cps[i].src = (off_t)util_load_le(p, 8);
		idx->cps[i].view = (off_t)util_load_le(p + 8, 8);
		idx->cps[i].line = (long)util_load_le(p + 16, 8);
		memcpy(idx->cps[i].mark, p + 24, INDEX_MARK_BYTES);
	}
	idx->ncps = (size_t)ncps;
	if (view_reader_new(fd, &rd) != 0 || view_reader_is_gzip(rd) ||
	    view_open(e, rule, rd, &idx->view, &err) != 0)
		goto out;
	/* The first checkpoint is where the plan says the records start. */
	(void)view_head(idx->view, &head_len);
	ok = view_identity_version(idx->view, &idx->dep_changed) == dep &&
	    idx->cps[0].src == view_data_off(idx->view) &&
	    idx->cps[0].view == (off_t)head_len &&
	    idx->cps[0].line == view_data_line(idx->view);
 out:
	if (dfd != -1)
		close(dfd);
	view_reader_free(rd);
	buf_free(&key);
	buf_free(&data);
	if (!ok) {
		index_free(idx);
		return NULL;
	}
	return idx;
}

void
index_cache_set_jobs(struct index_cache *c, unsigned jobs)
{
	c->jobs = jobs < 1 ? 1 : jobs > INDEX_MAX_JOBS ? INDEX_MAX_JOBS : jobs;
}

void
index_cache_set_progress(struct index_cache *c, index_progress_fn fn,
    void *arg, long long after_ns)
{
	c->progress = fn;
	c->progress_arg = arg;
	c->progress_after_ns = after_ns;
}

/* A new entry for the version id: its index, or the error of its pass. */
static struct cache_entry *
entry_new(const struct index_identity *id, struct index *idx, int r,
    const struct pfs_error *err)
{
	struct cache_entry *e;

	if ((e = calloc(1, sizeof(*e))) == NULL)
		return NULL;
	e->id = *id;
	e->idx = idx;
	if (idx != NULL)
		idx->cache_entry = e;
	e->error = r;
	e->err = *err;
	return e;
}

/* Put `fresh` in the table, unless an entry for its version is there
 * already (another thread was quicker): that one, and fresh is freed.
 * NULL (fresh freed) over the memory budget.  With the lock held. */
static struct cache_entry *
cache_add(struct index_cache *c, struct cache_entry *fresh)
{
	struct cache_entry *ent, **pp;
	size_t bytes = entry_bytes(fresh->idx);
	int spoiled = 0;

	if ((ent = cache_find(c, &fresh->id, &spoiled)) != NULL) {
		entry_free(fresh);
		return ent;
	}
	cache_evict(c, bytes);
	if (membudget_charge(bytes) != 0) {
		entry_free(fresh);
		return NULL;
	}
	fresh->bytes = bytes;
	c->bytes += bytes;
	pp = bucket_of(c, fresh->id.dev, fresh->id.ino);
	fresh->next = *pp;
	*pp = fresh;
	return fresh;
}

/* A pass planned on a descriptor of its own (the caller's is closed once
 * it answered): the index with its plan and first checkpoint in p->b.idx,
 * not run yet.  0, or -EINVAL with *err, or -errno. */
static int
pass_new(struct index_cache *c, const struct engine *e,
    const struct policy_file *rule, const char *name, int fd,
    const struct stat *st, struct index_pass **out, struct pfs_error *err)
{
	struct index_pass *p;
	int r;

	*out = NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return -ENOMEM;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->ended, NULL);
	p->refs = 1;
	p->e = e;
	p->rule = rule;
	p->st = *st;
	p->jobs = c->jobs;
	if ((p->fd = fcntl(fd, F_DUPFD_CLOEXEC, 0)) == -1) {
		r = -errno;
		goto fail;
	}
	if ((p->name = strdup(name)) == NULL) {
		r = -ENOMEM;
		goto fail;
	}
	if (c->progress != NULL) {
		p->progress = (struct build_progress){ c->progress,
		    c->progress_arg, p->name, c->progress_after_ns,
		    st->st_size, 0, { 0, 0 }, 0 };
		clock_gettime(CLOCK_MONOTONIC, &p->progress.start);
		p->b.progress = &p->progress;
	}
	p->b.fd = p->fd;
	p->b.cancel = &c->cancel;
	if ((r = view_reader_new(p->fd, &p->rd)) != 0 ||
	    (r = build_start(e, rule, st, 0, c->keep, &p->b, p->rd, err)) != 0)
		goto fail;
	*out = p;
	return 0;
 fail:
	index_free(p->b.idx);
	p->b.idx = NULL;
	index_pass_put(p);
	return r;
}

/* Whether a lookup's pass may run after its caller answered: it must keep
 * its bytes for the readers that come meanwhile (firstpass.h), and measure
 * no risk (an open refused for its k must know k first). */
static int
may_defer(const struct index_cache *c, const struct stat *st)
{
	return c->keep != NULL && !c->with_risk && S_ISREG(st->st_mode) &&
	    st->st_size >= FIRSTPASS_MIN_SOURCE;
}

/* The index of a version the cache does not hold: from disk, or its pass,
 * run now or (*deferred, INDEX_GET_START, when its bytes can be kept)
 * left to the caller.  0 or -EINVAL with *out NULL (the error to cache),
 * or another -errno. */
static int
cache_make(struct index_cache *c, const struct engine *e,
    const struct policy_file *rule, const char *name, int fd,
    const struct stat *st, unsigned how, uint64_t dep, int spoiled,
    struct index **out, struct index_pass **deferred, struct pfs_error *err)
{
	struct index_pass *p = NULL;
	struct index *idx = NULL;
	int r;

	*out = NULL;
	*deferred = NULL;
	/* An index on disk holds no k: with the risk measured, every file is
	 * read once per mount (the index is still saved for other mounts).
	 * A spoiled index came from these bytes' identity: the one on disk
	 * would be the same, so the file is read again (and the disk copy
	 * replaced). */
	if (!c->with_risk && c->dir_fd >= 0 && !spoiled &&
	    (*out = disk_load(c->dir_fd, e, rule, fd, st, dep)) != NULL)
		return 0;
	if ((how & INDEX_GET_START) && may_defer(c, st)) {
		if ((r = pass_new(c, e, rule, name, fd, st, &p, err)) != 0)
			return r;
		if (p->b.idx->kept != NULL) {
			/* The index holds the pass; the pass, while it runs,
			 * the index (its caller holds a reference). */
			p->b.idx->pass = p;
			*out = p->b.idx;
			*deferred = p;
			return 0;
		}
		/* Nothing can be kept for the readers: run it now. */
		if ((r = pass_run(p, err)) == 0)
			idx = p->b.idx;
		else
			index_free(p->b.idx);
		p->b.idx = NULL;
		index_pass_put(p);
	} else {
		struct build_progress pg = { c->progress, c->progress_arg,
		    name, c->progress_after_ns, st->st_size, 0, { 0, 0 }, 0 };

		clock_gettime(CLOCK_MONOTONIC, &pg.start);
		r = build(e, rule, fd, st, c->with_risk, c->jobs,
		    c->progress != NULL ? &pg : NULL, c->keep, &c->cancel, &idx,
		    err);
	}
	if (r == 0 && c->dir_fd >= 0)
		disk_save(c->dir_fd, e, rule, idx);
	*out = idx;
	return r;
}

int
index_cache_get_running(struct index_cache *c, const struct engine *e,
    const struct policy_file *rule, const char *name, int fd,
    const struct stat *st, unsigned how, const struct index **out,
    int *first_open, struct index_pass **run, struct pfs_error *err)
{
	struct index_identity id;
	struct cache_entry *ent, *fresh;
	struct index_pass *deferred = NULL;
	struct index *idx = NULL;
	int r, spoiled = 0;

	if (run != NULL)
		*run = NULL;
	else
		how &= ~(unsigned)INDEX_GET_START;
 again:
	*out = NULL;
	*first_open = 0;
	memset(err, 0, sizeof(*err));
	index_identity_of(st, &id);
	if (identity_rule_depends(e->policy, rule))
		id.dep = identity_source_stamp(e, NULL);
	pthread_mutex_lock(&c->lock);
	sweep_kept(c);
	ent = cache_find(c, &id, &spoiled);
	if (ent != NULL) {
		r = cache_hand_out(c, ent, how & INDEX_GET_OPEN, out,
		    first_open, err);
		pthread_mutex_unlock(&c->lock);
		/* Its pass still runs: wait for it, unless it will do. */
		if (r == 0 && (*out)->pass != NULL &&
		    !(how & (INDEX_GET_RUNNING | INDEX_GET_START)) &&
		    (r = index_pass_wait((*out)->pass, NULL, err)) != 0) {
			index_cache_put(c, *out);
			*out = NULL;
			if (r == -EINVAL)
				goto again;	/* its error, now cached */
		}
		return r;
	}
	pthread_mutex_unlock(&c->lock);

	/* Built outside the lock: one slow file does not stall the others. */
	r = cache_make(c, e, rule, name, fd, st, how, id.dep, spoiled, &idx,
	    &deferred, err);
	if (r != 0 && r != -EINVAL)
		return r;	/* I/O errors are not remembered */
	/* The identity source may have changed since id.dep was read: the
	 * entry is named by the version the view was planned with. */
	if (idx != NULL)
		id = idx->id;
	if ((fresh = entry_new(&id, idx, r, err)) == NULL) {
		index_free(idx);
		return -ENOMEM;
	}
	pthread_mutex_lock(&c->lock);
	if ((ent = cache_add(c, fresh)) == NULL) {
		pthread_mutex_unlock(&c->lock);
		return -ENOMEM;
	}
	r = cache_hand_out(c, ent, how & INDEX_GET_OPEN, out, first_open, err);
	if (ent == fresh && deferred != NULL) {
		/* The caller runs the pass (index_cache_run), which holds the
		 * index until it ends. */
		ent->refs++;
		index_pass_hold(deferred);
		*run = deferred;
	}
	pthread_mutex_unlock(&c->lock);
	return r;
}

int
index_cache_get(struct index_cache *c, const struct engine *e,
    const struct policy_file *rule, const char *name, int fd,
    const struct stat *st,
    int for_open, const struct index **out, int *first_open,
    struct pfs_error *err)
{
	return index_cache_get_running(c, e, rule, name, fd, st,
	    for_open ? INDEX_GET_OPEN : 0, out, first_open, NULL, err);
}

/* A pass that failed: its index leaves the table (its holders get the
 * error), and a file that cannot be shown is remembered as such. */
static void
cache_forget_failed(struct index_cache *c, struct index *idx, int r,
    const struct pfs_error *err)
{
	struct cache_entry *e = idx->cache_entry, *fresh;

	pthread_mutex_lock(&c->lock);
	if (!e->stale) {
		bucket_unlink(c, e);
		c->bytes -= e->bytes;
		e->stale = 1;
	}
	if (r == -EINVAL && (fresh = entry_new(&e->id, NULL, r, err)) != NULL)
		(void)cache_add(c, fresh);
	pthread_mutex_unlock(&c->lock);
}

/* The memory of an index its pass grew, charged once it ended. */
static void
cache_recharge(struct index_cache *c, struct index *idx)
{
	struct cache_entry *e = idx->cache_entry;
	size_t now = entry_bytes(idx);

	pthread_mutex_lock(&c->lock);
	if (!e->stale && now > e->bytes &&
	    membudget_charge(now - e->bytes) == 0) {
		c->bytes += now - e->bytes;
		e->bytes = now;
	}
	pthread_mutex_unlock(&c->lock);
}

void
index_cache_run(struct index_cache *c, struct index_pass *p)
{
	struct index *idx = p->b.idx;
	struct pfs_error err;
	int r;

	memset(&err, 0, sizeof(err));
	p->b.serve_early = 1;
	r = pass_run(p, &err);
	/* Readers waiting for bytes not kept now wait for the end. */
	firstpass_file_close(idx->kept);
	if (r == 0) {
		cache_recharge(c, idx);
		if (c->dir_fd >= 0)
			disk_save(c->dir_fd, p->e, p->rule, idx);
	} else {
		cache_forget_failed(c, idx, r, &err);
	}
	pthread_mutex_lock(&p->lock);
	p->done = 1;
	p->error = r;
	p->err = err;
	p->size = idx->size;
	p->b.idx = NULL;
	pthread_cond_broadcast(&p->ended);
	pthread_mutex_unlock(&p->lock);
	pass_release_run(p);
	index_cache_put(c, idx);
	index_pass_put(p);
}

void
index_cache_put(struct index_cache *c, const struct index *idx)
{
	struct cache_entry *e = idx->cache_entry;

	pthread_mutex_lock(&c->lock);
	if (--e->refs == 0) {
		/* The first opener is done: its read was the one pass the
		 * bytes were kept for (later opens read the page cache). */
		if (e->opened && e->idx->kept != NULL) {
			firstpass_file_free(e->idx->kept);
			e->idx->kept = NULL;
		}
		if (e->stale) {
			entry_free(e);
		} else {
			lru_push(c, e);
			cache_evict(c, 0);
		}
	}
	pthread_mutex_unlock(&c->lock);
}

const struct index_identity *
index_id(const struct index *idx)
{
	return &idx->id;
}

off_t
index_size(const struct index *idx)
{
	return idx->size;
}

const struct index_checkpoint *
index_checkpoints(const struct index *idx, size_t *n)
{
	*n = idx->ncps;
	return idx->cps;
}

struct timespec
index_view_mtime(const struct index *idx)
{
	struct timespec m = idx->id.mtime, c = idx->dep_changed;

	if (idx->id.dep != 0 && (c.tv_sec > m.tv_sec ||
	    (c.tv_sec == m.tv_sec && c.tv_nsec > m.tv_nsec)))
		return c;
	return m;
}

const struct risk_summary *
index_risk(const struct index *idx)
{
	return idx->has_risk ? &idx->risk : NULL;
}

int
index_spoiled(const struct index *idx)
{
	return idx->spoiled;
}
