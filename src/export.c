/* The exporter's engine: one file, or a tree, on every core.
 *
 * A tree is listed first (the tree module decides what is shown and under
 * which names, as for the mount), then its files are exported by a pool of
 * workers; a file of EXPORT_SPLIT_MIN bytes or more is cut at record
 * boundaries (split.h) and its chunks are transformed by all the workers
 * and written in order.  Either way the bytes are those of one sequential
 * pass: the view of a record depends on nothing but the record. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "csvio.h"
#include "export.h"
#include "gzsrc.h"
#include "index.h"
#include "provenance.h"
#include "scanned.h"
#include "split.h"
#include "tree.h"
#include "view.h"
#include "util.h"

#define OUT_CHUNK	(1u << 20)
#define PROGRESS_STEP	(1u << 20)	/* source bytes between two adds */

unsigned
export_default_jobs(void)
{
	cpu_set_t set;
	int n;

	if (sched_getaffinity(0, sizeof(set), &set) == 0 &&
	    (n = CPU_COUNT(&set)) > 0)
		return n > EXPORT_MAX_JOBS ? EXPORT_MAX_JOBS : (unsigned)n;
	n = (int)sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > EXPORT_MAX_JOBS ? EXPORT_MAX_JOBS : (unsigned)n;
}

/* Why the view file `name` cannot be shown (the view's record: line,
 * column and static text), or the errno r. */
static void
report_view(const struct export_opts *o, const char *name,
    const struct pfs_error *err, int r)
{
	struct pfs_error pe = { .code = -r, .file = name };

	if (r == -EINVAL && err->what != NULL) {
		pe = *err;
		pe.file = name;
		/* A column is said with its line only. */
		pe.column = err->line ? err->column : 0;
	}
	pfs_error_report(&o->report, &pe);
}

static int
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w == -1 && errno == EINTR)
			continue;
		if (w == -1)
			return -errno;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* ---- one pass, in order ---- */

struct out {
	int			 fd;
	struct buf		 b;	/* flushed at OUT_CHUNK */
	struct progress		*pg;
	off_t			 counted;	/* source offset reported */
	/* --provenance: the view's bytes and their BLAKE2b-256. */
	off_t			 written;
	crypto_generichash_state *digest;
	struct gzout		*gz;		/* --gzip */
	/* A regular source (else src_fd is -1) and the identity its bytes
	 * had when the export began: see out_emit. */
	int			 src_fd;
	struct index_identity	 src_id;
	nlink_t			 src_nlink;
	/* Records without their header (export_chunk): the reader whose
	 * view is held back, and where it began; NULL once released. */
	const struct view_reader *hold;
	off_t			 hold_from;
	char			 hold_delim;
};

static int source_changed(int fd, const struct index_identity *before,
    nlink_t before_nlink);

static int
emit_fd(void *arg, const void *p, size_t n)
{
	return write_all(((struct out *)arg)->fd, p, n);
}

/* Every view byte goes out through here, in order (the digest is of the
 * view's bytes, compressed or not).  Bytes made after the source changed
 * in place (cp or a shell's '>' over it, a job that rewrites it) are
 * records of another version cut by the first one's header plan: a file
 * whose columns were reordered put its names under a kept column.  A
 * regular file DST is renamed into place only after the whole source was
 * found unchanged, but standard output, a FIFO, a device or a file behind
 * a link is written as the view is made: so the source's identity is
 * compared before each write, after the bytes were made (a change that
 * came before a read of the new bytes is seen), and nothing more is
 * written once it moved (review19: 400,000 raw names went to a pipe
 * before "the source changed while it was read"). */
static int
out_emit(struct out *o, const char *p, size_t n)
{
	if (o->src_fd >= 0 && source_changed(o->src_fd, &o->src_id,
	    o->src_nlink))
		return -ESTALE;
	if (o->digest != NULL)
		crypto_generichash_update(o->digest, (const unsigned char *)p, n);
	o->written += (off_t)n;
	if (o->gz != NULL)
		return gzout_write(o->gz, p, n, 0, emit_fd, o);
	return write_all(o->fd, p, n);
}

static int
out_flush(struct out *o)
{
	int r = out_emit(o, o->b.data ? o->b.data : "", o->b.len);

	o->b.len = 0;
	return r;
}

static void
out_progress(struct out *o, off_t src_end, int force)
{
	if (o->pg != NULL && (force || src_end - o->counted >= PROGRESS_STEP)) {
		progress_add(o->pg, (unsigned long long)(src_end - o->counted));
		o->counted = src_end;
	}
}

/*
 * A chunk of records cut by a plain line split (Hadoop's TextInputFormat)
 * may begin inside a quoted field: the lines of its tail are then read as
 * records, and one with the header's count of fields is shown under the
 * header's plan, a comment's "Mme X;Jeanne;06 12 34 56 78" with the phone
 * under a kept column.  The parse fails at that field's closing quote
 * (a quote inside an unquoted field, or a quoted field that never closes),
 * but a chunk's view went out every OUT_CHUNK bytes: 1 MiB of records
 * after the cut one, and the raw phone was out before the error
 * (hostile20).  So its view is held back until a record holding a quoted
 * field in step was read whole, or VIEW_MAX_RECORD bytes of it were (a
 * field is no longer: one that long fails the whole file), or the chunk
 * ends; a failure before that sends nothing.  The cut field's closing
 * quote is the chunk's first quote; read out of step it is a quote inside
 * an unquoted field (a failure), or the opening of a field whose text
 * starts with what followed it: the delimiter, a line end, or the second
 * quote of a doubled one ("" read as an empty field, """" as a quote).
 * A quoted field whose text starts otherwise is in step.
 */
static int
in_step(const struct csvio_field *f, char delim)
{
	return f->quoted && f->raw_len > 2 && f->raw[1] != delim &&
	    f->raw[1] != '\r' && f->raw[1] != '\n' && f->raw[1] != '"';
}

static int
still_held(struct out *o, off_t src_end)
{
	const struct csvio_record *rec;

	if (o->hold == NULL)
		return 0;
	rec = view_reader_record(o->hold);
	for (size_t i = 0; i < rec->nfields; i++)
		if (in_step(&rec->fields[i], o->hold_delim))
			goto release;
	if (src_end - o->hold_from < (off_t)VIEW_MAX_RECORD)
		return 1;
 release:
	o->hold = NULL;
	return 0;
}

/* view_run_buf's sink: the records are made in o->b, lent to the view
 * as `b` while it runs. */
static int
out_sink(void *arg, struct buf *b, off_t src_end, long line)
{
	struct out *o = arg;
	int r;

	(void)line;
	out_progress(o, src_end, 0);
	/* Every record is looked at while held, each one's fields. */
	if (still_held(o, src_end) || b->len < OUT_CHUNK)
		return 0;
	r = out_emit(o, b->data, b->len);
	b->len = 0;
	return r;
}

/* From the reader's position (a record boundary on `line`) to the end. */
static int
run_sequential(const struct view *v, struct view_reader *rd, long line,
    struct out *o, struct pfs_error *err)
{
	int r;

	o->counted = view_reader_offset(rd);
	if ((r = view_run_buf(v, rd, line, &o->b, out_sink, o, err)) != 0)
		return r;
	out_progress(o, view_reader_offset(rd), 1);
	return out_flush(o);
}

/* ---- one file, in chunks, on every worker ---- */

struct chunk {
	struct split_chunk	 at;
	struct buf		 view;
	off_t			 ended;		/* after its last record */
	long			 next_line;
	int			 r, done;
	struct pfs_error	 err;
	off_t			 counted;
	struct progress		*pg;
};

struct chunked {
	const struct view	*v;
	int			 fd;
	struct chunk		*c;
	size_t			 n, next, written, window;
	int			 stop;
	pthread_mutex_t		 lock;
	pthread_cond_t		 cond;
	struct progress		*pg;
};

static int
chunk_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct chunk *c = arg;
	int r;

	if ((r = buf_append(&c->view, bytes, len)) != 0)
		return r;
	c->ended = src_end;
	c->next_line = line;
	if (c->pg != NULL && src_end - c->counted >= PROGRESS_STEP) {
		progress_add(c->pg, (unsigned long long)(src_end - c->counted));
		c->counted = src_end;
	}
	return src_end >= c->at.end ? 1 : 0;
}

static void
chunk_run(struct chunked *k, struct view_reader *rd, struct chunk *c)
{
	c->ended = c->at.start;
	c->next_line = c->at.line;
	c->counted = c->at.start;
	c->pg = k->pg;
	if ((c->r = view_reader_seek(rd, c->at.start)) == 0)
		c->r = view_run(k->v, rd, c->at.line, chunk_sink, c, &c->err);
	if (c->r > 0)
		c->r = 0;
	if (c->pg != NULL && c->ended > c->counted)
		progress_add(c->pg, (unsigned long long)(c->ended - c->counted));
}

static void *
chunk_worker(void *arg)
{
	struct chunked *k = arg;
	struct view_reader *rd = NULL;
	int r = view_reader_new(k->fd, &rd);

	pthread_mutex_lock(&k->lock);
	for (;;) {
		size_t i;

		while (!k->stop && k->next < k->n &&
		    k->next >= k->written + k->window)
			pthread_cond_wait(&k->cond, &k->lock);
		if (k->stop || k->next >= k->n)
			break;
		i = k->next++;
		pthread_mutex_unlock(&k->lock);
		if (r != 0)
			k->c[i].r = r;
		else
			chunk_run(k, rd, &k->c[i]);
		pthread_mutex_lock(&k->lock);
		k->c[i].done = 1;
		pthread_cond_broadcast(&k->cond);
	}
	pthread_mutex_unlock(&k->lock);
	view_reader_free(rd);
	return NULL;
}

/*
 * Write the chunks in order as they are done.  A chunk whose run did not
 * end where the next one starts shows that the cut was not a record
 * boundary: the rest of the file is then done in one pass from where the
 * last good chunk ended, so the bytes never depend on the guess.
 */
static int
chunks_write(struct chunked *k, struct out *o, struct pfs_error *err,
    off_t *resume, long *resume_line)
{
	int r = 0;

	*resume = -1;
	for (size_t i = 0; i < k->n; i++) {
		struct chunk *c = &k->c[i];

		pthread_mutex_lock(&k->lock);
		while (!c->done)
			pthread_cond_wait(&k->cond, &k->lock);
		pthread_mutex_unlock(&k->lock);
		if (c->r != 0) {
			*err = c->err;
			return c->r;
		}
		/* The header, held until the first chunk's records passed. */
		if (o->b.len > 0 && (r = out_flush(o)) != 0)
			return r;
		if ((r = out_emit(o, c->view.data ? c->view.data : "",
		    c->view.len)) != 0)
			return r;
		buf_free(&c->view);
		if (i + 1 < k->n && c->ended != k->c[i + 1].at.start) {
			*resume = c->ended;
			*resume_line = c->next_line;
			return 0;
		}
		pthread_mutex_lock(&k->lock);
		k->written = i + 1;
		pthread_cond_broadcast(&k->cond);
		pthread_mutex_unlock(&k->lock);
	}
	return 0;
}

static int
export_chunked(const struct view *v, int fd, off_t size, struct out *o,
    unsigned jobs, struct pfs_error *err)
{
	struct chunked k = { .v = v, .fd = fd, .window = 2 * (size_t)jobs,
	    .pg = o->pg };
	pthread_t tid[EXPORT_MAX_JOBS];
	unsigned started = 0;
	off_t resume = -1;
	long resume_line = 0;
	struct split_chunk *cuts = NULL;
	size_t ncuts = 0;
	int r;

	if ((r = split_records(fd, view_data_off(v), size, view_data_line(v),
	    EXPORT_CHUNK, &cuts, &ncuts)) != 0)
		return r;
	if ((k.c = calloc(ncuts, sizeof(*k.c))) == NULL) {
		free(cuts);
		return -ENOMEM;
	}
	for (size_t i = 0; i < ncuts; i++)
		k.c[i].at = cuts[i];
	free(cuts);
	k.n = ncuts;
	pthread_mutex_init(&k.lock, NULL);
	pthread_cond_init(&k.cond, NULL);
	for (; started < jobs; started++)
		if (pthread_create(&tid[started], NULL, chunk_worker, &k) != 0)
			break;
	if (started == 0)
		r = -EAGAIN;
	else
		r = chunks_write(&k, o, err, &resume, &resume_line);
	pthread_mutex_lock(&k.lock);
	k.stop = 1;
	pthread_cond_broadcast(&k.cond);
	pthread_mutex_unlock(&k.lock);
	for (unsigned i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	for (size_t i = 0; i < k.n; i++)
		buf_free(&k.c[i].view);
	free(k.c);
	pthread_cond_destroy(&k.cond);
	pthread_mutex_destroy(&k.lock);
	if (r == 0 && resume >= 0) {
		struct view_reader *rd = NULL;

		if ((r = view_reader_new(fd, &rd)) == 0 &&
		    (r = view_reader_seek(rd, resume)) == 0)
			r = run_sequential(v, rd, resume_line, o, err);
		view_reader_free(rd);
	}
	return r;
}

/* ---- one file ---- */

/* Whether the open source's bytes changed since `before`: as for a
 * mount's handle, a source unlinked or replaced by rename meanwhile keeps
 * the bytes of the version open (its ctime moved with its link count
 * alone): its view is exported whole. */
static int
source_changed(int fd, const struct index_identity *before,
    nlink_t before_nlink)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return 1;
	return !index_identity_same_bytes(before, before_nlink, &st);
}

/* The source's identity moved while it was read (source_changed). */
static void
report_source_changed(const struct export_opts *o, const char *name)
{
	struct pfs_error pe = { .code = ESTALE, .file = name, .what =
	    "the source changed while it was read; export it again" };

	pfs_error_report(&o->report, &pe);
}

void
export_report_changed_since_scan(const struct export_opts *o, const char *name)
{
	struct pfs_error pe = { .code = ESTALE, .file = name,
	    .what = EXPORT_CHANGED_SINCE_SCAN };

	pfs_error_report(&o->report, &pe);
}

/* One line of the --provenance sidecar, after the file was written: the
 * same values the mount's user.pseudonymfs.* attributes give.  Workers
 * share the sidecar: one line at a time. */
static int
record_provenance(const struct engine *e, const struct export_opts *opts,
    const struct policy_file *rule, int src_fd, const struct stat *st,
    const char *name, struct out *o)
{
	char source[PROVENANCE_DIGEST_HEX], view[PROVENANCE_VIEW_HEX];
	unsigned char digest[32];
	int r;

	if ((r = provenance_source_digest(e, src_fd, st, source)) != 0) {
		pfs_error_sys(&opts->report, name,
		    "cannot digest the source for --provenance", -r);
		return r;
	}
	crypto_generichash_final(o->digest, digest, sizeof(digest));
	sodium_bin2hex(view, sizeof(view), digest, sizeof(digest));
	flockfile(opts->provenance);
	r = provenance_write_file(opts->provenance, name, rule, source, view,
	    o->written);
	funlockfile(opts->provenance);
	if (r != 0)
		pfs_error_sys(&opts->report, NULL, "--provenance: cannot write",
		    -r);
	return r;
}

/* Is the file `st` (what DST names) the source itself, or a hard link to
 * it?  Then the export is refused: "export x.csv x.csv", "export
 * raw/x.csv raw/" and "--gzip raw/x.csv.gz raw/" replaced the raw export
 * by its view (and a DST that links to the source was truncated before a
 * byte was read), although the source is never written to. */
static int
dst_is_source(int src_fd, const struct stat *st, const char *name,
    const struct export_opts *o)
{
	struct pfs_error pe = { .code = EINVAL, .file = name, .what =
	    "the destination is the source file itself (or a link to it): the "
	    "source is never written to; give another DST" };
	struct stat sst;

	if (fstat(src_fd, &sst) != 0 || sst.st_dev != st->st_dev ||
	    sst.st_ino != st->st_ino)
		return 0;
	pfs_error_report(&o->report, &pe);
	return 1;
}

/* A regular file written to through a descriptor (standard output:
 * "export x.csv - >> x.csv", "--as x.csv - - < x.csv 1<> x.csv") that is
 * the source: refused as dst_is_source, before a byte is written (the
 * view was appended to the raw export, then the export failed as a source
 * that changed).  A terminal or a pipe is no source: a terminal is both
 * standard input and output of "export - -" typed by hand. */
static int
out_is_source(int src_fd, int out_fd, const char *name,
    const struct export_opts *o)
{
	struct stat st;

	return fstat(out_fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    dst_is_source(src_fd, &st, name, o);
}

int
export_fd(const struct engine *e, const struct policy_file *rule, int src_fd,
    int out_fd, const char *name, const struct export_opts *opts)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct pfs_error err = { 0 };
	struct out o = { .fd = out_fd, .pg = opts->progress, .src_fd = -1 };
	struct index_identity before;
	crypto_generichash_state digest;
	struct stat st;
	const char *head;
	size_t head_len;
	int regular, r;

	/* A file changed while it is read (truncated, appended, rewritten)
	 * would give a view of no version: compared as the mount does. */
	regular = fstat(src_fd, &st) == 0 && S_ISREG(st.st_mode);
	if (regular) {
		index_identity_of(&st, &before);
		o.src_fd = src_fd;
		o.src_id = before;
		o.src_nlink = st.st_nlink;
	}
	if (regular && out_is_source(src_fd, out_fd, name, opts))
		return -EINVAL;
	/* What a drift scan judged is what is written, or nothing. */
	if (opts->pin != NULL && (!regular || !scanned_same(opts->pin, &st))) {
		export_report_changed_since_scan(opts, name);
		return -ESTALE;
	}
	if (opts->provenance != NULL) {
		if (!regular) {
			struct pfs_error pe = { .code = EINVAL, .file = name,
			    .what = "--provenance needs a regular source file" };

			pfs_error_report(&opts->report, &pe);
			return -EINVAL;
		}
		crypto_generichash_init(&digest, NULL, 0, 32);
		o.digest = &digest;
	}
	if (opts->gzip && (r = gzout_new(6, &o.gz)) != 0)
		goto out;
	if ((r = view_reader_new(src_fd, &rd)) != 0 ||
	    (r = view_open(e, rule, rd, &v, &err)) != 0)
		goto out;
	head = view_head(v, &head_len);
	/* The view's header goes out with the first records, not before:
	 * the records judge it.  A title line above the real header ("Patients
	 * DUPONT Jean, suivi") is read as the header, and the file fails at
	 * the real one, its first record (title_before, view.c); written at
	 * once, the title, name and all, reached standard output, a FIFO or a
	 * file behind a link before the failure (hostile20).  Its write
	 * fails too once the source changed (out_emit): said below as the
	 * change it is. */
	if ((r = buf_append(&o.b, head, head_len)) == 0) {
		if (o.pg != NULL)
			progress_add(o.pg,
			    (unsigned long long)view_data_off(v));
		/* A gzip source is one stream: its cuts would be compressed
		 * offsets. */
		if (regular && opts->jobs > 1 && view_ncols(v) > 0 &&
		    !view_reader_is_gzip(rd) &&
		    st.st_size - view_data_off(v) >= (off_t)EXPORT_SPLIT_MIN)
			r = export_chunked(v, src_fd, st.st_size, &o,
			    opts->jobs, &err);
		else
			r = run_sequential(v, rd, view_data_line(v), &o, &err);
	}
	/* Checked first: a truncated record is the change, not a bad row. */
	if (regular && source_changed(src_fd, &before, st.st_nlink)) {
		report_source_changed(opts, name);
		r = -ESTALE;
		goto done;
	}
	if (r == 0 && o.gz != NULL)
		r = gzout_write(o.gz, NULL, 0, 1, emit_fd, &o);
	if (r == 0 && opts->provenance != NULL) {
		r = record_provenance(e, opts, rule, src_fd, &st, name, &o);
		goto done;
	}
 out:
	if (r != 0)
		report_view(opts, name, &err, r);
 done:
	gzout_free(o.gz);
	buf_free(&o.b);
	view_free(v);
	view_reader_free(rd);
	return r;
}

int
export_to_path(const struct engine *e, const struct policy_file *rule,
    int src_fd, int dst_dirfd, const char *dst_name, const char *name,
    const struct export_opts *o)
{
	static unsigned long serial;
	char tmp[NAME_MAX + 1], gzname[NAME_MAX + 1];
	struct stat st;
	int fd, r;

	/* --gzip: the view's name and .gz, as a gzip source has. */
	if (o->gzip) {
		if (snprintf(gzname, sizeof(gzname), "%s.gz", dst_name) >=
		    (int)sizeof(gzname))
			return -ENAMETOOLONG;
		dst_name = gzname;
	}
	if (fstatat(dst_dirfd, dst_name, &st, 0) == 0 &&
	    dst_is_source(src_fd, &st, name, o))
		return -EINVAL;

	/* One temporary name per file in flight: workers share directories. */
	snprintf(tmp, sizeof(tmp), ".pseudonymize.%ld.%lu.tmp", (long)getpid(),
	    __atomic_add_fetch(&serial, 1, __ATOMIC_RELAXED));
	unlinkat(dst_dirfd, tmp, 0);
	fd = openat(dst_dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0640);
	if (fd == -1) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot create output", -r);
		return r;
	}
	r = export_fd(e, rule, src_fd, fd, name, o);
	if (close(fd) == -1 && r == 0) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot write output", -r);
	}
	if (r == 0 && renameat(dst_dirfd, tmp, dst_dirfd, dst_name) == -1) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot write output", -r);
	}
	if (r != 0)
		unlinkat(dst_dirfd, tmp, 0);
	return r;
}

/* ---- one file by its path ---- */

/* The directory a file export writes into and the name it writes: DST
 * itself and the view's base name when DST is a directory, else DST's
 * parent and base name. */
static int
open_dst(const char *dst_path, const char *view_path, int *dfd,
    const char **dst_name, const struct export_opts *o)
{
	const char *vbase = strrchr(view_path, '/'), *slash;
	char dir[PATH_MAX];
	struct stat st;

	vbase = vbase ? vbase + 1 : view_path;
	if (stat(dst_path, &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(dir, sizeof(dir), "%s", dst_path);
		*dst_name = vbase;
	} else {
		slash = strrchr(dst_path, '/');
		snprintf(dir, sizeof(dir), "%.*s", slash ?
		    (int)(slash - dst_path) + 1 : 1, slash ? dst_path : ".");
		*dst_name = slash ? slash + 1 : dst_path;
	}
	if ((*dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		int r = -errno;

		pfs_error_sys(&o->report, dir, NULL, -r);
		return r;
	}
	return 0;
}

/* A DST that exists and is neither a directory nor a regular file of its
 * own name (/dev/null, a FIFO, a terminal, /dev/stdout, a link to a file)
 * is written into, as cp and shell redirections do: replacing it by
 * rename would put a regular file in place of /dev/null (as root, for
 * the whole machine) or of a link. --gzip writes its stream there too.
 * A regular file is still replaced
 * whole by rename, so that no reader sees half a view. */
static int
dst_written_through(const char *dst_path)
{
	struct stat st;

	if (lstat(dst_path, &st) == -1)
		return 0;
	if (S_ISLNK(st.st_mode))
		return stat(dst_path, &st) == 0 && !S_ISDIR(st.st_mode);
	return !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode);
}

/* Writes the view into the existing DST (see dst_written_through). No
 * O_CREAT: what is opened is what lstat saw, or the open fails. */
static int
export_through(const struct engine *e, const struct policy_file *rule,
    int src_fd, const char *dst_path, const char *name,
    const struct export_opts *o)
{
	struct stat st;
	int fd, r;

	/* Truncated only once known not to be the source (dst_is_source);
	 * a FIFO or a device has nothing to truncate. */
	if ((fd = open(dst_path, O_WRONLY | O_NOCTTY | O_CLOEXEC)) == -1) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot open output", -r);
		return r;
	}
	if (fstat(fd, &st) != 0) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot open output", -r);
		close(fd);
		return r;
	}
	if (dst_is_source(src_fd, &st, name, o)) {
		close(fd);
		return -EINVAL;
	}
	if (S_ISREG(st.st_mode) && ftruncate(fd, 0) == -1) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot truncate output", -r);
		close(fd);
		return r;
	}
	r = export_fd(e, rule, src_fd, fd, name, o);
	/* A file behind a link is left empty, not holding half a view that
	 * a reader could take for the whole. */
	if (r != 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		(void)ftruncate(fd, 0);
	if (close(fd) == -1 && r == 0) {
		r = -errno;
		pfs_error_sys(&o->report, name, "cannot write output", -r);
	}
	return r;
}

/* The rule and view path of the file at src_path (matched as `as`). */
static int
file_naming(const struct engine *e, const char *src_path, const char *as,
    const struct policy_file **rule, struct buf *view_path,
    const struct export_opts *o)
{
	const char *base = strrchr(src_path, '/');
	struct ops_scratch scratch = { 0 };
	struct pfs_error pe = { 0 };
	struct tree_naming how;
	char plain[NAME_MAX + 1], label[TREE_LABEL_MAX];
	int r;

	/* X.csv.gz is matched and named as X.csv, as in a tree. */
	base = tree_plain_name(base ? base + 1 : src_path, plain, sizeof(plain));
	if (as == NULL)
		as = base;
	if ((*rule = policy_match_file(e->policy, as)) == NULL) {
		pe.code = ENOENT;
		pe.what = "no [file] rule of the policy matches this file (use "
		    "--as PATH to match it as another path)";
		r = -ENOENT;
	} else if ((r = tree_view_name(e->policy, as, *rule, &scratch,
	    view_path, &how)) != 0) {
		pe.code = -r;
	} else if (!how.shown) {
		snprintf(label, sizeof(label), "[file %s]", (*rule)->name);
		pe.code = EPERM;
		pe.rule = label;
		pe.what = tree_refusal_text(how.refusal);
		r = -EPERM;
	}
	if (r != 0)
		pfs_error_report(&o->report, &pe);
	ops_scratch_free(&scratch);
	return r;
}

int
export_file(const struct engine *e, const char *src_path, const char *as,
    const char *dst_path, const struct export_opts *o)
{
	int sfd, r;

	if ((sfd = open(src_path, O_RDONLY | O_CLOEXEC)) == -1) {
		r = -errno;
		/* Named by its view path when it has one. */
		return export_file_fd(e, r, src_path, as, dst_path, o);
	}
	r = export_file_fd(e, sfd, src_path, as, dst_path, o);
	close(sfd);
	return r;
}

int
export_file_fd(const struct engine *e, int sfd, const char *src_path,
    const char *as, const char *dst_path, const struct export_opts *o)
{
	const struct policy_file *rule;
	struct buf view_path = BUF_INIT;
	struct export_opts mine = *o;
	const char *dst_name;
	struct stat st;
	int dfd = -1, r;

	if ((r = file_naming(e, src_path, as, &rule, &view_path, o)) != 0)
		goto out;
	if (sfd < 0) {
		r = sfd;
		pfs_error_sys(&o->report, view_path.data, "cannot open source",
		    -r);
		goto out;
	}
	if (o->scanned != NULL &&
	    (mine.pin = scanned_take(o->scanned, "")) == NULL) {
		export_report_changed_since_scan(o, view_path.data);
		r = -ESTALE;
		goto out;
	}
	if (o->progress != NULL && fstat(sfd, &st) == 0 && S_ISREG(st.st_mode)) {
		o->progress->total = (unsigned long long)st.st_size;
		o->progress->files_total = 1;
	}
	if (strcmp(dst_path, "-") == 0)
		r = export_fd(e, rule, sfd, STDOUT_FILENO, view_path.data,
		    &mine);
	else if (dst_written_through(dst_path))
		r = export_through(e, rule, sfd, dst_path, view_path.data,
		    &mine);
	else if ((r = open_dst(dst_path, view_path.data, &dfd, &dst_name,
	    o)) == 0)
		r = export_to_path(e, rule, sfd, dfd, dst_name, view_path.data,
		    &mine);
 out:
	if (dfd != -1)
		close(dfd);
	buf_free(&view_path);
	return r;
}

/* ---- records without their header ---- */

/* The view of a chunk's records, planned from its header alone; its
 * errors are the "header"'s. */
static int
chunk_view(const struct engine *e, const struct policy_file *rule,
    const struct export_header *h, struct view **v, struct pfs_error *err,
    const struct export_opts *o)
{
	struct view_reader *rd = NULL;
	int fd = -1, r;

	if (h->from != NULL) {
		if ((fd = open(h->from, O_RDONLY | O_CLOEXEC)) == -1) {
			r = -errno;
			pfs_error_sys(&o->report, NULL,
			    "--header-from: cannot open", -r);
			return r;
		}
		r = view_reader_new(fd, &rd);
	} else {
		r = view_reader_new_mem(h->line, strlen(h->line), &rd);
	}
	if (r != 0 || (r = view_open(e, rule, rd, v, err)) != 0)
		goto out;
	if (view_ncols(*v) == 0) {
		r = -EINVAL;
		err->what = "the header is empty";
		goto out;
	}
	if (h->encoding >= 0 &&
	    (enum dialect_encoding)h->encoding != view_dialect(*v)->encoding) {
		if (h->line == NULL ||
		    !util_is_ascii(h->line, strlen(h->line))) {
			r = -EINVAL;
			err->what = "--encoding contradicts the header's own "
			    "encoding";
			goto out;
		}
		view_set_source_encoding(*v,
		    (enum dialect_encoding)h->encoding);
	}
 out:
	if (r != 0)
		report_view(o, "header", err, r);
	if (fd != -1)
		close(fd);
	view_reader_free(rd);
	return r;
}

int
export_chunk(const struct engine *e, const struct policy_file *rule,
    const struct export_header *h, int in_fd, int out_fd, const char *name,
    const struct export_opts *opts)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct pfs_error err = { 0 };
	struct out o = { .fd = out_fd, .src_fd = -1 };
	struct stat st;
	int r;

	if (out_is_source(in_fd, out_fd, name, opts))
		return -EINVAL;
	/* A chunk read from a file: nothing made after it changed in place
	 * goes out (out_emit), as for a whole file. */
	if (fstat(in_fd, &st) == 0 && S_ISREG(st.st_mode)) {
		index_identity_of(&st, &o.src_id);
		o.src_fd = in_fd;
		o.src_nlink = st.st_nlink;
	}
	if ((r = chunk_view(e, rule, h, &v, &err, opts)) != 0)
		goto done;
	/* Line numbers count from the chunk's first record; its view is
	 * held back until a quoted field in step (still_held). */
	if ((r = view_reader_new(in_fd, &rd)) == 0) {
		o.hold = rd;
		o.hold_from = view_reader_offset(rd);
		o.hold_delim = view_dialect(v)->delim;
		r = run_sequential(v, rd, 1, &o, &err);
	}
	if (o.src_fd >= 0 && source_changed(in_fd, &o.src_id, o.src_nlink)) {
		report_source_changed(opts, name);
		r = -ESTALE;
	} else if (r != 0) {
		report_view(opts, name, &err, r);
	}
 done:
	buf_free(&o.b);
	view_free(v);
	view_reader_free(rd);
	return r;
}
