/* FUSE callbacks.  Thin: resolve with tree, size and read with index. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "fs.h"
#include "provenance.h"

/* fi->fh holds one of these two; is_dir comes first in both. */
struct fs_handle {
	int			 is_dir;	/* 0 */
	int			 fd;
	nlink_t			 nlink;		/* at open (fs_read) */
	enum pagecache_mode	 mode;		/* pagecache.h */
	int			 warned_past_end;
	const struct index	*idx;
	struct index_cursor	*cursor;
	pthread_mutex_t		 lock;	/* one reader at a time per handle */
	uid_t			 uid;	/* its opener, for the handle count */
	char			 view_rel[PATH_MAX];
};

struct fs_dir {
	int			 is_dir;	/* 1 */
	uid_t			 uid;		/* its opener */
	struct tree_node	 node;
};

static struct fs *
fs_get(void)
{
	return fuse_get_context()->private_data;
}

void
fs_log(const struct fs *fs, int priority, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	logdest_vlog(&fs->log, priority, fmt, ap);
	va_end(ap);
}

static void
log_view_error(const struct fs *fs, const char *view_rel,
    const struct view_error *err, int r)
{
	if (r == -EINVAL && err->what != NULL && err->line && err->column)
		fs_log(fs, LOG_ERR, "%s: line %ld, column %zu: %s", view_rel,
		    err->line, err->column, err->what);
	else if (err->what != NULL && err->line)
		fs_log(fs, LOG_ERR, "%s: line %ld: %s", view_rel, err->line,
		    err->what);
	else if (err->what != NULL)
		fs_log(fs, LOG_ERR, "%s: %s", view_rel, err->what);
	else
		fs_log(fs, LOG_ERR, "%s: %s", view_rel, strerror(-r));
}

/* An entry a rule shows that the view refuses (two entries with one view
 * name, a name that is not UTF-8, a kept name like an identifier): said
 * when a listing meets it, by view directory, rule and shared view name,
 * never by its source name. */
static void
log_refused(void *arg, const struct tree_refused_entry *e)
{
	struct fs *fs = fs_get();
	const char *rule = e->how->rule;

	(void)arg;
	if (e->view_name != NULL)
		fs_log(fs, LOG_WARNING, "/%s%s%s: %s", e->view_dir,
		    *e->view_dir ? "/" : "", e->view_name,
		    tree_refusal_text(e->how->refusal));
	else
		fs_log(fs, LOG_WARNING, "/%s: a %s of %s%s%s%s: %s", e->view_dir,
		    e->is_dir ? "directory" : "file", rule ? "[" : "[project] "
		    "dirs", rule ? e->is_dir ? "dir " : "file " : "", rule ? rule :
		    "", rule ? "]" : "", tree_refusal_text(e->how->refusal));
}

/* A long index pass, in the log at the info level: the file by its view
 * name, how far, how fast (index_cache_set_progress). */
void
fs_log_index_progress(void *arg, const char *name, off_t done, off_t total,
    double seconds, int finished)
{
	const struct fs *fs = arg;
	double mb = done / 1e6, rate = seconds > 0 ? mb / seconds : 0;

	if (finished)
		fs_log(fs, LOG_INFO, "indexed %s: %.1f MB in %.1f s (%.1f MB/s)",
		    name, mb, seconds, rate);
	else
		fs_log(fs, LOG_INFO, "indexing %s: %.0f%% (%.1f of %.1f MB), "
		    "%.1f MB/s, %.0f s so far", name, total > 0 ?
		    100.0 * done / total : 100.0, mb, total / 1e6, rate, seconds);
}

static void *
fs_init(struct fuse_conn_info *conn, struct fuse_config *cfg)
{
	struct fs *fs = fs_get();

	(void)conn;
	if (pagecache_new(&fs->pages) != 0) {
		fs_log(fs, LOG_ERR, "out of memory");
		fuse_exit(fuse_get_context()->fuse);
	}
	cfg->use_ino = 1;
	cfg->nullpath_ok = 1;
	/* The view changes only when its source does: attributes can be
	 * cached (0 would add a GETATTR round trip per READ), and the page
	 * cache is kept across opens unless the source changed (fs_open). */
	cfg->attr_timeout = 1.0;
	cfg->entry_timeout = 1.0;
	cfg->negative_timeout = 1.0;
	cfg->auto_cache = 0;
	cfg->kernel_cache = 0;
	cfg->direct_io = 0;
	fs->tree.refused = log_refused;
	return fs;
}

/* Notifications still running, waited for before the mount goes away. */
static pthread_mutex_t	notify_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t	notify_cv = PTHREAD_COND_INITIALIZER;
static unsigned		notify_running;

static void
fs_destroy(void *private_data)
{
	struct fs *fs = private_data;

	pthread_mutex_lock(&notify_lock);
	while (notify_running > 0)
		pthread_cond_wait(&notify_cv, &notify_lock);
	pthread_mutex_unlock(&notify_lock);
	pagecache_free(fs->pages);
	fs->pages = NULL;
}

struct notify_job {
	struct fuse	*fuse;
	int		 done;
	int		 refs;		/* the opener and the thread */
	char		 path[];
};

static void
notify_job_put(struct notify_job *j)
{
	if (--j->refs == 0)
		free(j);
}

static void *
notify_thread(void *arg)
{
	struct notify_job *j = arg;

	/* Attributes and pages; the attributes go first in the kernel, the
	 * pages may wait for reads in flight (which other threads answer). */
	fuse_invalidate_path(j->fuse, j->path);
	pthread_mutex_lock(&notify_lock);
	j->done = 1;
	notify_job_put(j);
	notify_running--;
	pthread_cond_broadcast(&notify_cv);
	pthread_mutex_unlock(&notify_lock);
	return NULL;
}

/*
 * Make the kernel forget the attributes it holds for a path (another
 * version's size would cut or pad reads through the page cache, and fstat
 * on the new handle would show it).  From a thread of its own: the kernel
 * also drops the path's pages, which may wait for reads in flight, and in
 * single-threaded mode only this thread could answer them.  The open waits
 * for it a bounded time; the attributes are dropped before the pages.
 */
static void
forget_attributes(const char *path)
{
	struct timespec until;
	struct notify_job *j;
	size_t len = strlen(path);
	pthread_attr_t attr;
	pthread_t t;
	int r;

	if ((j = calloc(1, sizeof(*j) + len + 1)) == NULL)
		return;
	j->fuse = fuse_get_context()->fuse;
	j->refs = 2;
	memcpy(j->path, path, len + 1);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_mutex_lock(&notify_lock);
	if ((r = pthread_create(&t, &attr, notify_thread, j)) != 0) {
		pthread_mutex_unlock(&notify_lock);
		pthread_attr_destroy(&attr);
		free(j);
		return;
	}
	notify_running++;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_nsec += 200 * 1000 * 1000;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	while (!j->done && pthread_cond_timedwait(&notify_cv, &notify_lock,
	    &until) == 0)
		;
	notify_job_put(j);
	pthread_mutex_unlock(&notify_lock);
	pthread_attr_destroy(&attr);
}

/* A file's index, for stat or open: 0, or -EIO for a file that cannot be
 * shown (and the reason in the log, once per version of the file). */
static int
node_index(struct fs *fs, const struct tree_node *n, int for_open,
    const struct index **idx, int *first_open)
{
	struct view_error err;
	int r;

	r = index_cache_get(fs->cache, fs->tree.engine, n->rule, n->view_rel,
	    n->fd, &n->st, for_open, idx, first_open, &err);
	if (r == 0)
		return 0;
	if (r == -ENOMEM)
		return r;	/* over the memory budget: this request only */
	if (r != -EINVAL || *first_open)
		log_view_error(fs, n->view_rel, &err, r);
	return -EIO;
}

static void
fill_stat(struct stat *st, const struct stat *src, off_t size, int is_dir)
{
	memset(st, 0, sizeof(*st));
	st->st_ino = src->st_ino;
	st->st_uid = src->st_uid;
	st->st_gid = src->st_gid;
	st->st_atim = src->st_atim;
	st->st_mtim = src->st_mtim;
	st->st_ctim = src->st_ctim;
	if (is_dir) {
		/* The owner's w bit, as sshfs and bindfs show it: a copy made
		 * with `cp -r` keeps the modes it reads, and a copy of r-x
		 * directories cannot be removed by its non-root owner.  The
		 * mount is ro, so the kernel refuses every write (EROFS)
		 * whatever the bits say. */
		st->st_mode = S_IFDIR | (src->st_mode & 0555) | S_IWUSR;
		st->st_nlink = 2;
		st->st_size = 4096;
	} else {
		st->st_mode = S_IFREG | (src->st_mode & 0444);
		st->st_nlink = 1;
		st->st_size = size;
	}
	st->st_blksize = 4096;
	st->st_blocks = (st->st_size + 511) / 512;
}

static int
fs_getattr(const char *path, struct stat *st, struct fuse_file_info *fi)
{
	struct fs *fs = fs_get();
	const struct index *idx;
	struct tree_node n;
	off_t size;
	int first, r;

	if (fi != NULL && fi->fh != 0 &&
	    !((struct fs_handle *)(uintptr_t)fi->fh)->is_dir) {
		struct fs_handle *h = (struct fs_handle *)(uintptr_t)fi->fh;
		struct stat src;

		if (fstat(h->fd, &src) == -1)
			return -errno;
		pagecache_report(fs->pages, h->view_rel, index_id(h->idx),
		    index_size(h->idx), &size);
		fill_stat(st, &src, size, 0);
		return 0;
	}
	if (path == NULL)
		return -ENOENT;
	if ((r = tree_lookup(&fs->tree, path, &n)) != 0)
		return r;
	if (n.is_dir) {
		fill_stat(st, &n.st, 0, 1);
	} else if ((r = node_index(fs, &n, 0, &idx, &first)) == 0) {
		pagecache_report(fs->pages, n.view_rel, index_id(idx), index_size(idx),
		    &size);
		fill_stat(st, &n.st, size, 0);
		index_cache_put(fs->cache, idx);
	} else if (r == -EIO) {
		/* Listed with no bytes, so that its user.pseudonymfs.error
		 * can be read; every open still fails with EIO. */
		fill_stat(st, &n.st, 0, 0);
		r = 0;
	}
	close(n.fd);
	return r;
}

/* The provenance attributes (provenance.h): what produced a view file, or
 * why it cannot be shown.  Directories have none. */
static int
fs_xattr(const char *path, const char *name, char *value, size_t size)
{
	struct fs *fs = fs_get();
	struct provenance_file f = { 0 };
	struct view_error err;
	struct tree_node n;
	int first, r;

	if ((r = tree_lookup(&fs->tree, path, &n)) != 0)
		return r;
	if (!n.is_dir) {
		f.engine = fs->tree.engine;
		f.rule = n.rule;
		f.fd = n.fd;
		f.st = &n.st;
		f.err = &err;
		f.enforce_k = fs->enforce_k;
		f.index_error = index_cache_get(fs->cache, f.engine, n.rule,
		    n.view_rel, n.fd, &n.st, 0, &f.idx, &first, &err);
		if (f.index_error != 0 && f.index_error != -EINVAL)
			r = f.index_error;
		else if (name != NULL)
			r = (int)provenance_get(&f, name, value, size);
		else
			r = (int)provenance_list(&f, value, size);
		if (f.idx != NULL)
			index_cache_put(fs->cache, f.idx);
	} else {
		r = name != NULL ? -ENODATA : 0;
	}
	close(n.fd);
	return r;
}

static int
fs_getxattr(const char *path, const char *name, char *value, size_t size)
{
	return fs_xattr(path, name, value, size);
}

static int
fs_listxattr(const char *path, char *list, size_t size)
{
	return fs_xattr(path, NULL, list, size);
}

struct dir_fill {
	void			*buf;
	fuse_fill_dir_t		 filler;
};

static int
dir_fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct dir_fill *d = arg;
	struct stat s = { 0 };

	(void)rule;
	(void)src_name;
	s.st_ino = st->st_ino;
	s.st_mode = st->st_mode & S_IFMT;
	return d->filler(d->buf, name, &s, 0, 0) ? 1 : 0;
}

static int
fs_opendir(const char *path, struct fuse_file_info *fi)
{
	struct fs *fs = fs_get();
	struct fs_dir *d;
	uid_t uid = fuse_get_context()->uid;
	int r;

	/* Directory handles hold a descriptor each: counted apart from
	 * files, so a reader holding every file it may still lists. */
	if ((r = handles_take(fs->dir_handles, uid)) != 0)
		return r;
	if ((d = malloc(sizeof(*d))) == NULL) {
		r = -ENOMEM;
		goto fail;
	}
	d->is_dir = 1;
	d->uid = uid;
	if ((r = tree_lookup(&fs->tree, path, &d->node)) != 0) {
		free(d);
		goto fail;
	}
	if (!d->node.is_dir) {
		close(d->node.fd);
		free(d);
		r = -ENOTDIR;
		goto fail;
	}
	fi->fh = (uint64_t)(uintptr_t)d;
	return 0;
 fail:
	handles_give(fs->dir_handles, uid);
	return r;
}

static int
fs_readdir(const char *path, void *buf, fuse_fill_dir_t filler, off_t off,
    struct fuse_file_info *fi, enum fuse_readdir_flags flags)
{
	struct fs_dir *d = (struct fs_dir *)(uintptr_t)fi->fh;
	struct dir_fill fill = { buf, filler };

	(void)path;
	(void)off;
	(void)flags;
	if (filler(buf, ".", NULL, 0, 0) || filler(buf, "..", NULL, 0, 0))
		return 0;
	return tree_list(&fs_get()->tree, d->node.fd, d->node.src_rel,
	    d->node.view_rel, dir_fill, &fill);
}

static int
fs_releasedir(const char *path, struct fuse_file_info *fi)
{
	struct fs_dir *d = (struct fs_dir *)(uintptr_t)fi->fh;

	(void)path;
	handles_give(fs_get()->dir_handles, d->uid);
	close(d->node.fd);
	free(d);
	return 0;
}

static int
open_view(struct fs *fs, const char *path, struct fuse_file_info *fi)
{
	const struct risk_summary *risk;
	struct fs_handle *h;
	struct tree_node n;
	int first = 0, stale_attrs = 0, r;

	if ((fi->flags & O_ACCMODE) != O_RDONLY || (fi->flags & O_TRUNC))
		return -EROFS;
	if ((r = tree_lookup(&fs->tree, path, &n)) != 0)
		return r;
	if (n.is_dir) {
		close(n.fd);
		return -EISDIR;
	}
	if ((h = calloc(1, sizeof(*h))) == NULL) {
		close(n.fd);
		return -ENOMEM;
	}
	h->fd = n.fd;
	h->nlink = n.st.st_nlink;
	memcpy(h->view_rel, n.view_rel, sizeof(h->view_rel));
	if ((r = node_index(fs, &n, 1, &h->idx, &first)) != 0 ||
	    (r = index_cursor_new(h->fd, &h->cursor)) != 0) {
		if (h->idx != NULL)
			index_cache_put(fs->cache, h->idx);
		close(h->fd);
		free(h);
		return r;
	}
	/* An index without a measured k is refused too: fail closed. */
	risk = index_risk(h->idx);
	if (fs->enforce_k && (risk == NULL || (risk->records > 0 &&
	    risk->k < risk->threshold))) {
		/* fs_open records this refusal in the audit log (EACCES). */
		if (risk == NULL)
			fs_log(fs, LOG_WARNING, "%s: refused: k was not measured",
			    h->view_rel);
		else
			fs_log(fs, LOG_WARNING, "%s: refused: k = %lu, below the "
			    "policy's k_threshold %lu (pseudonymize check shows "
			    "the groups)", h->view_rel, risk->k,
			    risk->threshold);
		index_cache_put(fs->cache, h->idx);
		index_cursor_free(h->cursor);
		close(h->fd);
		free(h);
		return -EACCES;
	}
	if ((r = pagecache_open(fs->pages, h->view_rel, index_id(h->idx),
	    index_size(h->idx), &h->mode, &stale_attrs)) != 0) {
		index_cache_put(fs->cache, h->idx);
		index_cursor_free(h->cursor);
		close(h->fd);
		free(h);
		return r;
	}
	pthread_mutex_init(&h->lock, NULL);
	/* The open fd pins this version of the source: a file replaced by
	 * rename keeps serving what this handle started with.  The kernel's
	 * page cache of the path serves one version at a time (pagecache.h):
	 * a handle of another version reads around it. */
	fi->keep_cache = h->mode != PAGECACHE_DROP;
	fi->direct_io = h->mode == PAGECACHE_DIRECT;
	if (stale_attrs)
		forget_attributes(path);
	fi->fh = (uint64_t)(uintptr_t)h;
	return 0;
}

static int fs_release(const char *, struct fuse_file_info *);

/* Every open is recorded, whatever its result; an open whose record cannot
 * be written is refused, since every access must leave a trace. */
static int
fs_open(const char *path, struct fuse_file_info *fi)
{
	struct fs *fs = fs_get();
	const struct fuse_context *ctx = fuse_get_context();
	struct audit_access acc = { "open", ctx->uid, ctx->pid, path, 0 };
	int r;

	/* Past its share of handles, the opener alone gets EMFILE (ENFILE
	 * when all are taken): the descriptors in reserve keep lookups,
	 * listings and the other users working (handles.h). */
	if ((r = handles_take(fs->handles, ctx->uid)) == 0) {
		if ((r = open_view(fs, path, fi)) == 0)
			((struct fs_handle *)(uintptr_t)fi->fh)->uid = ctx->uid;
		else
			handles_give(fs->handles, ctx->uid);
	}
	acc.result = r;
	if (audit_record(fs->audit, &acc) != 0) {
		fs_log(fs, LOG_ERR, "cannot write the audit record of an open "
		    "of %s: the open is refused", path);
		if (r == 0)
			fs_release(path, fi);
		return -EIO;
	}
	return r;
}

/* The end of the page holding a file's last byte. */
static off_t
page_end(off_t size)
{
	static long page;

	if (page <= 0 && (page = sysconf(_SC_PAGESIZE)) <= 0)
		page = 4096;
	return (size + page - 1) / page * page;
}

static int
fs_read(const char *path, char *buf, size_t size, off_t off,
    struct fuse_file_info *fi)
{
	struct fs_handle *h = (struct fs_handle *)(uintptr_t)fi->fh;
	struct view_error err;
	struct stat st;
	ssize_t n;

	(void)path;
	/* Changed in place (truncated, appended, rewritten): what follows
	 * would mix two versions, so the read fails instead.  Replaced by
	 * rename or unlinked, the inode this handle holds is unchanged. */
	if (fstat(h->fd, &st) == -1)
		return -EIO;
	if (!index_identity_same_bytes(index_id(h->idx), h->nlink, &st)) {
		fs_log(fs_get(), LOG_WARNING, "%s: the source changed while open; "
		    "reopen the file to read the new version", h->view_rel);
		return -EIO;
	}
	/* Through the page cache, the kernel asks only for pages below the
	 * size it holds for the path.  A page wholly past this version's end
	 * means it holds another version's larger size: an empty reply would
	 * become a page of zeros in this handle's file. */
	if (h->mode != PAGECACHE_DIRECT && off >= page_end(index_size(h->idx))) {
		/* Mostly readahead, whose errors no reader sees: once. */
		if (!__atomic_exchange_n(&h->warned_past_end, 1, __ATOMIC_RELAXED))
			fs_log(fs_get(), LOG_NOTICE, "%s: a read past the end of "
			    "the version this handle opened (the source was "
			    "replaced by a larger one): EIO", h->view_rel);
		return -EIO;
	}
	pthread_mutex_lock(&h->lock);
	n = index_read(h->idx, h->cursor, buf, size, off, &err);
	pthread_mutex_unlock(&h->lock);
	/* ENOMEM (over the memory budget) is this read's, not the file's:
	 * not logged, a reader could flood the log with it. */
	if (n < 0 && n != -ENOMEM)
		log_view_error(fs_get(), h->view_rel, &err, -EINVAL);
	/* A short read through the cache sets the kernel's size for the path
	 * to this version's end: the next open of another version must make
	 * it forget that. */
	if (n >= 0 && (size_t)n < size && h->mode != PAGECACHE_DIRECT) {
		off_t ignored;
		pagecache_report(fs_get()->pages, h->view_rel, index_id(h->idx),
		    index_size(h->idx), &ignored);
	}
	return (int)n;
}

static int
fs_release(const char *path, struct fuse_file_info *fi)
{
	struct fs_handle *h = (struct fs_handle *)(uintptr_t)fi->fh;

	(void)path;
	pagecache_close(fs_get()->pages, h->view_rel, h->mode);
	handles_give(fs_get()->handles, h->uid);
	index_cache_put(fs_get()->cache, h->idx);
	index_cursor_free(h->cursor);
	pthread_mutex_destroy(&h->lock);
	close(h->fd);
	free(h);
	return 0;
}

static int
fs_statfs(const char *path, struct statvfs *sv)
{
	(void)path;
	if (fstatvfs(fs_get()->tree.root_fd, sv) == -1)
		return -errno;
	sv->f_flag |= ST_RDONLY;
	sv->f_bfree = sv->f_bavail = 0;
	sv->f_ffree = sv->f_favail = 0;
	return 0;
}

/* Every way of writing fails: the view is read-only, always. */
static int ro_path(const char *p) { (void)p; return -EROFS; }
static int ro_path_mode(const char *p, mode_t m) { (void)p; (void)m; return -EROFS; }
static int ro_mknod(const char *p, mode_t m, dev_t d) { (void)p; (void)m; (void)d; return -EROFS; }
static int ro_two(const char *a, const char *b) { (void)a; (void)b; return -EROFS; }
static int ro_rename(const char *a, const char *b, unsigned f) { (void)a; (void)b; (void)f; return -EROFS; }
static int ro_chmod(const char *p, mode_t m, struct fuse_file_info *fi) { (void)p; (void)m; (void)fi; return -EROFS; }
static int ro_chown(const char *p, uid_t u, gid_t g, struct fuse_file_info *fi) { (void)p; (void)u; (void)g; (void)fi; return -EROFS; }
static int ro_truncate(const char *p, off_t o, struct fuse_file_info *fi) { (void)p; (void)o; (void)fi; return -EROFS; }
static int ro_write(const char *p, const char *b, size_t s, off_t o, struct fuse_file_info *fi) { (void)p; (void)b; (void)s; (void)o; (void)fi; return -EROFS; }
static int ro_create(const char *p, mode_t m, struct fuse_file_info *fi) { (void)p; (void)m; (void)fi; return -EROFS; }
static int ro_utimens(const char *p, const struct timespec tv[2], struct fuse_file_info *fi) { (void)p; (void)tv; (void)fi; return -EROFS; }
static int ro_setxattr(const char *p, const char *n, const char *v, size_t s, int f) { (void)p; (void)n; (void)v; (void)s; (void)f; return -EROFS; }
static int ro_removexattr(const char *p, const char *n) { (void)p; (void)n; return -EROFS; }
static int ro_fallocate(const char *p, int m, off_t o, off_t l, struct fuse_file_info *fi) { (void)p; (void)m; (void)o; (void)l; (void)fi; return -EROFS; }

static const struct fuse_operations operations = {
	.init		= fs_init,
	.destroy	= fs_destroy,
	.getattr	= fs_getattr,
	.opendir	= fs_opendir,
	.readdir	= fs_readdir,
	.releasedir	= fs_releasedir,
	.open		= fs_open,
	.read		= fs_read,
	.release	= fs_release,
	.statfs		= fs_statfs,
	.mknod		= ro_mknod,
	.mkdir		= ro_path_mode,
	.unlink		= ro_path,
	.rmdir		= ro_path,
	.symlink	= ro_two,
	.rename		= ro_rename,
	.link		= ro_two,
	.chmod		= ro_chmod,
	.chown		= ro_chown,
	.truncate	= ro_truncate,
	.write		= ro_write,
	.create		= ro_create,
	.utimens	= ro_utimens,
	.getxattr	= fs_getxattr,
	.listxattr	= fs_listxattr,
	.setxattr	= ro_setxattr,
	.removexattr	= ro_removexattr,
	.fallocate	= ro_fallocate,
};

const struct fuse_operations *
fs_operations(void)
{
	return &operations;
}
