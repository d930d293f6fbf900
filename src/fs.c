/* FUSE callbacks (libfuse's low-level API).  Thin: names with tree, one
 * inode per view path and source version with inodes, sizes and reads
 * with index.  The low-level API, because the kernel keeps one page cache
 * and one size per inode, and the high-level API has one inode per path
 * whatever version of the source is behind it (inodes.h). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "fs.h"
#include "identity.h"
#include "membudget.h"
#include "pfs_error.h"
#include "provenance.h"

/* An open file: fi->fh of open, read and release. */
struct fs_handle {
	struct fs_open		 link;	/* first: fs->open_files */
	int			 fd;
	nlink_t			 nlink;		/* at open (fs_read) */
	const struct index	*idx;
	struct index_cursor	*cursor;
	pthread_mutex_t		 lock;	/* one reader at a time per handle */
	uid_t			 uid;	/* its opener, for the handle count */
	/* Opened before the kernel had the inode's size (PENDING_SIZE in
	 * its inode): a read past the end is refused (fs_read). */
	int			 size_unsettled;
	char			 view_rel[PATH_MAX];
};

/* One entry of a listing, numbered from 0 as readdir's offsets are. */
struct fs_dirent {
	uint64_t		 ino;
	mode_t			 type;
	char			*name;
};

/* An open directory: fi->fh of opendir, readdir and releasedir (the
 * kernel never mixes them with a file's).  Its listing is made when a
 * reader starts at offset 0 and served in slices from it. */
struct fs_dir {
	struct fs_open		 link;	/* first: fs->open_dirs */
	uid_t			 uid;		/* its opener */
	struct tree_node	 node;
	struct fs_dirent	*e;
	size_t			 n, cap;
};

/* The kernel may keep names and attributes this long (seconds).  An
 * inode's attributes never change (one version each); the name of a path
 * is looked up again after ENTRY_TIMEOUT, and an open of an inode whose
 * path now holds another version makes the kernel look it up at once. */
#define ENTRY_TIMEOUT		1.0
#define ATTR_TIMEOUT		1.0
#define NEGATIVE_TIMEOUT	1.0

/* The size a file whose index pass still runs has in the kernel's inode
 * (never in a stat: its attributes time out at once, and every stat,
 * fstat or lseek(SEEK_END) asks again and waits for the pass).  Larger
 * than any view, so that the kernel's page-cache reads are not cut short
 * by it: a read at the real end gets a short answer, which sets the
 * kernel's size to it (docs/performance.md). */
#define PENDING_SIZE		((off_t)1 << 62)

void
fs_log(const struct fs *fs, int priority, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	logdest_vlog(&fs->log, priority, fmt, ap);
	va_end(ap);
}

/* Why view_rel cannot be shown, in the engine's one format
 * (pfs_error_format); r, the call's -errno, when the record has none. */
static void
log_view_error(const struct fs *fs, const char *view_rel,
    const struct pfs_error *err, int r)
{
	struct pfs_error e = *err;
	char text[PATH_MAX + 1024];

	e.file = view_rel;
	if (e.code == 0)
		e.code = -r;
	pfs_error_format(&e, text, sizeof(text));
	fs_log(fs, LOG_ERR, "%s", text);
}

/* A line a reader or a listing can repeat at will: once per
 * LOGLIMIT_INTERVAL_S, then with the repeats counted (loglimit.h). */
static void
log_limited(const struct fs *fs, int priority, const char *text)
{
	struct timespec now;
	unsigned long held;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!loglimit_allow(fs->limited_log, text, now.tv_sec, &held))
		return;
	if (held > 0)
		fs_log(fs, priority, "%s (met %lu more times since it was "
		    "last logged)", text, held);
	else
		fs_log(fs, priority, "%s", text);
}

/* The policy and the key are read once, at the mount (a swap under open
 * files would mix two views in one copy): an operator who edits the policy
 * to drop a column and does not restart would believe it applied.  So an
 * open that finds either file changed (another inode, size, mtime or
 * ctime) logs that the view still applies the mounted one, once per
 * LOGLIMIT_INTERVAL_S; the audit records name the policy hash applied.
 * One look a second at most: two stat calls. */
static void
fs_conf_look(struct fs *fs)
{
	static const char *const what[2] = { "policy", "key" };
	char text[256];
	struct timespec now;
	struct stat st;
	int i;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (__atomic_exchange_n(&fs->conf_looked, (long)now.tv_sec,
	    __ATOMIC_RELAXED) == (long)now.tv_sec)
		return;
	for (i = 0; i < 2; i++) {
		const struct stat *m = &fs->conf_st[i];

		if (fs->conf_path[i] == NULL)
			continue;
		if (stat(fs->conf_path[i], &st) == 0 && st.st_dev == m->st_dev &&
		    st.st_ino == m->st_ino && st.st_size == m->st_size &&
		    st.st_mtim.tv_sec == m->st_mtim.tv_sec &&
		    st.st_mtim.tv_nsec == m->st_mtim.tv_nsec &&
		    st.st_ctim.tv_sec == m->st_ctim.tv_sec &&
		    st.st_ctim.tv_nsec == m->st_ctim.tv_nsec)
			continue;
		snprintf(text, sizeof(text), "the %s file changed or went "
		    "away after the mount: the view still applies the %s it "
		    "mounted with; restart the mount to apply the new one "
		    "(docs/operations.md)", what[i], what[i]);
		log_limited(fs, LOG_WARNING, text);
	}
}

/* A read's error: as log_view_error, once per LOGLIMIT_INTERVAL_S (a
 * reader repeats it at will). */
static void
log_read_error(const struct fs *fs, const char *view_rel,
    const struct pfs_error *err)
{
	struct pfs_error e = *err;
	char text[PATH_MAX + 1024];

	e.file = view_rel;
	if (e.code == 0)
		e.code = EINVAL;
	pfs_error_format(&e, text, sizeof(text));
	log_limited(fs, LOG_ERR, text);
}

/* An entry a rule shows that the view refuses (two entries with one view
 * name, a name that is not UTF-8, a kept name like an identifier): said
 * when a listing meets it, by view directory, rule and shared view name,
 * never by its source name; once per LOGLIMIT_INTERVAL_S, however often
 * the directory is listed (loglimit.h), then with the repeats counted. */
struct dir_fill {
	struct fs		*fs;
	struct fs_dir		*dir;
	int			 error;
};

static void
log_refused(void *arg, const struct tree_refused_entry *e)
{
	const struct fs *fs = ((struct dir_fill *)arg)->fs;
	const char *rule = e->how->rule;
	char text[PATH_MAX + 512];

	if (e->view_name != NULL)
		snprintf(text, sizeof(text), "/%s%s%s: %s", e->view_dir,
		    *e->view_dir ? "/" : "", e->view_name,
		    tree_refusal_text(e->how->refusal));
	else
		snprintf(text, sizeof(text), "/%s: a %s of %s%s%s%s: %s",
		    e->view_dir, e->is_dir ? "directory" : "file", rule ? "[" :
		    "[project] dirs", rule ? e->is_dir ? "dir " : "file " : "",
		    rule ? rule : "", rule ? "]" : "",
		    tree_refusal_text(e->how->refusal));
	log_limited(fs, LOG_WARNING, text);
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

static void
fs_init(void *userdata, struct fuse_conn_info *conn)
{
	struct fs *fs = userdata;

	/* An inode's bytes never change (one version each): the kernel
	 * need not ask for the attributes before each read.  With it asking,
	 * a read of a file whose pass still runs would wait for the whole
	 * pass (its attributes time out at once). */
	conn->want &= ~FUSE_CAP_AUTO_INVAL_DATA;
	fs->tree.refused = log_refused;
	pthread_mutex_init(&fs->open_lock, NULL);
	/* Without it (out of memory), every such line is logged. */
	if (loglimit_new(&fs->limited_log) != 0)
		fs->limited_log = NULL;
}

static void file_close(struct fs *, struct fs_handle *);
static void dir_close(struct fs *, struct fs_dir *);

/* After the loop (its workers joined): the handles whose RELEASE the
 * unmount dropped are closed here (struct fs, open_lock). */
static void
fs_destroy(void *userdata)
{
	struct fs *fs = userdata;
	struct fs_open *o;
	unsigned files = 0, dirs = 0;

	while ((o = fs->open_files) != NULL) {
		fs->open_files = o->next;
		file_close(fs, (struct fs_handle *)o);
		files++;
	}
	while ((o = fs->open_dirs) != NULL) {
		fs->open_dirs = o->next;
		dir_close(fs, (struct fs_dir *)o);
		dirs++;
	}
	pthread_mutex_destroy(&fs->open_lock);
	/* Counts only.  Closed just before an unmount (the kernel dropped
	 * their RELEASE), or still open at a signal's end. */
	if (files + dirs > 0)
		fs_log(fs, LOG_INFO, "closed at the end of the session: %u file "
		    "and %u directory handles the kernel had not released",
		    files, dirs);
	loglimit_free(fs->limited_log);
	fs->limited_log = NULL;
}

/* Link a handle given to the kernel, before the reply that gives it (its
 * RELEASE may come at once); unlink it at its release. */
static void
open_link(struct fs *fs, struct fs_open **list, struct fs_open *o)
{
	pthread_mutex_lock(&fs->open_lock);
	o->prev = NULL;
	if ((o->next = *list) != NULL)
		o->next->prev = o;
	*list = o;
	pthread_mutex_unlock(&fs->open_lock);
}

static void
open_unlink(struct fs *fs, struct fs_open **list, struct fs_open *o)
{
	pthread_mutex_lock(&fs->open_lock);
	if (o->prev != NULL)
		o->prev->next = o->next;
	else
		*list = o->next;
	if (o->next != NULL)
		o->next->prev = o->prev;
	pthread_mutex_unlock(&fs->open_lock);
}

/* A file's index, for a lookup (INDEX_GET_START: *run is a pass to run
 * once answered) or an open (INDEX_GET_OPEN | INDEX_GET_RUNNING): 0, or
 * -EIO for a file that cannot be shown (and the reason in the log, once
 * per version). */
static int
node_index(struct fs *fs, const struct tree_node *n, unsigned how,
    const struct index **idx, int *first_open, struct index_pass **run)
{
	struct pfs_error err;
	int r;

	int said;

	r = index_cache_get_running(fs->cache, fs->tree.engine, n->rule,
	    n->view_rel, n->fd, &n->st, how, idx, first_open, run, &err);
	if (r == 0)
		return 0;
	/* The identity source's failure (a file that cannot be read, or
	 * one the budget refuses), once per version of it: it was said at
	 * every lookup and open of every file that reads it, and a reader
	 * in a loop flooded the log (hostile24). */
	said = identity_source_report(fs->tree.engine, &err);
	if (r == -ENOMEM) {
		if (said == 1)
			log_view_error(fs, n->view_rel, &err, r);
		return r;	/* over the memory budget: this request only */
	}
	if (r == -ECANCELED)
		return -EIO;	/* the mount is going away (fs_watch_start) */
	if (said == 1 || (said < 0 && (r != -EINVAL || *first_open)))
		log_view_error(fs, n->view_rel, &err, r);
	return -EIO;
}

/* What stat shows of an inode whose source entry is `src`: read bits
 * only, the owner's w on directories, the inode's own number.  The
 * source's bits only where the kernel checks them (allow_other,
 * allow_root: default_permissions); otherwise r--r--r-- and rwxr-xr-x
 * whatever the source says: a file its owner alone may read (a
 * restricted patient's, a VIP's) stood out among the others.  1 for a
 * file whose pass still runs (its size is PENDING_SIZE, for the kernel's
 * inode only: the caller gives it no attribute timeout), -EIO for one
 * whose pass failed after its lookup (inodes_size), else 0. */
static int
inode_stat(struct fs *fs, const struct inode *ino, const struct stat *src,
    struct stat *st)
{
	off_t size = 0;
	int r = 0;

	memset(st, 0, sizeof(*st));
	st->st_ino = ino->st_ino;
	/* A source's owner can be a person (the physician who wrote a
	 * patient's export, whose name the view tokenizes): shown only where
	 * the kernel needs it for default_permissions. */
	st->st_uid = fs->shared ? src->st_uid : fs->uid;
	st->st_gid = fs->shared ? src->st_gid : fs->gid;
	if (fs->source_times) {
		st->st_atim = src->st_atim;
		/* A file's: the later of its source's and, when it reads the
		 * identity source, that file's ctime (index_view_mtime). */
		st->st_mtim = ino->is_dir ? src->st_mtim : ino->mtime;
		st->st_ctim = src->st_ctim;
	} else {
		/* Real dates beside shifted ones would give the shift away
		 * (inodes.h). */
		st->st_atim = st->st_mtim = st->st_ctim = inodes_time(ino);
	}
	if (ino->is_dir) {
		/* The owner's w bit, as sshfs and bindfs show it: a copy made
		 * with `cp -r` keeps the modes it reads, and a copy of r-x
		 * directories cannot be removed by its non-root owner.  The
		 * mount is ro, so the kernel refuses every write (EROFS)
		 * whatever the bits say. */
		st->st_mode = S_IFDIR | (fs->shared ? src->st_mode & 0555 :
		    0555) | S_IWUSR;
		st->st_nlink = 2;
		st->st_size = 4096;
	} else {
		st->st_mode = S_IFREG | (fs->shared ? src->st_mode & 0444 :
		    0444);
		st->st_nlink = 1;
		/* Listed with no bytes when it cannot be shown, so that its
		 * user.pseudonymfs.error can be read; every open fails. */
		r = inodes_size(fs->inodes, ino, &size);
		st->st_size = r == -EINPROGRESS ? PENDING_SIZE : size;
	}
	st->st_blksize = 4096;
	st->st_blocks = r == -EINPROGRESS ? 0 : (st->st_size + 511) / 512;
	return r == -EINPROGRESS ? 1 : r;
}

static struct fs *
req_fs(fuse_req_t req)
{
	return fuse_req_userdata(req);
}

/* The view path of `name` in directory `dir`. */
static int
child_path(const char *dir, const char *name, char path[PATH_MAX])
{
	int n = snprintf(path, PATH_MAX, "%s/%s", strcmp(dir, "/") == 0 ? "" :
	    dir, name);

	return n < 0 || n >= PATH_MAX ? -ENAMETOOLONG : 0;
}

/*
 * Where the kernel checks the source's bits (allow_other, allow_root:
 * default_permissions), a source entry whose POSIX ACL says more than its
 * bits is shown with its owner's bits only.  The kernel reads the bits
 * inode_stat shows, not the ACL: a file 0644 whose ACL denies one user
 * (user:bob:---, a patient's export kept from one colleague) was shown
 * r--r--r--, and bob read it through the view (hostile20).  Fail closed:
 * the users the ACL lets in beside the owner are refused too.  An ACL of
 * its three base entries only (4 + 3 * 8 bytes: what the bits say) is no
 * more than the bits; an ACL that cannot be read counts as one that says
 * more.  Other ACL models (NFSv4's, CIFS's) are not read: docs/mount.md.
 */
#define ACL_BASE_XATTR_SIZE	(4 + 3 * 8)

static void
narrow_to_acl(const struct fs *fs, int fd, struct stat *st)
{
	ssize_t n;

	if (!fs->shared)
		return;
	n = fgetxattr(fd, "system.posix_acl_access", NULL, 0);
	if (n == -1 && (errno == ENODATA || errno == ENOTSUP))
		return;
	if (n == -1 || n > ACL_BASE_XATTR_SIZE)
		st->st_mode &= ~(mode_t)(S_IRWXG | S_IRWXO);
}

/*
 * The kernel looks a name up again once its entry timeout (ENTRY_TIMEOUT)
 * has passed, a name whose inode it holds too.  Over the memory budget the
 * engine's part of such a lookup can be refused memory although the inode
 * is in the table: the listing that tells a directory still leads to a
 * shown file (tree_lookup), the parent's listing when the name cache lost
 * it, a file's index that left the cache.  A stat of a name the kernel
 * knew then failed ENOMEM under load (test_inode_budget.sh, seen once in
 * CI under ASan).  The inode the kernel holds for the path is the answer
 * (for a file, the one of the source's version when the source could be
 * opened): it takes no memory.  Given with no entry or attribute timeout
 * (unplanned), so that the next lookup checks the name again, and once
 * memory is back it is checked in full.  Only a new inode is refused
 * (ops35).  *n then has the inode's source entry; its fd is kept (-1 if
 * tree_lookup failed).  0, or `r` when the kernel holds no inode there.
 */
static int
lookup_held(struct fs *fs, const char *path, struct tree_node *n, int r,
    const struct inode **out, int *unplanned)
{
	if (inodes_held(fs->inodes, path, n->fd == -1 ? -1 : n->is_dir,
	    n->fd == -1 ? NULL : &n->st, out) != 0)
		return r;
	if (n->fd == -1) {
		n->is_dir = (*out)->is_dir;
		n->st = (*out)->st;
	}
	*unplanned = 1;
	return 0;
}

/* The inode of a view path now: the source entry's version, its size (or
 * its pass, still running: *run, to run once the lookup is answered). */
static int
lookup_path(struct fs *fs, const char *path, struct tree_node *n,
    const struct inode **out, struct index_pass **run, int *unplanned)
{
	struct inode_version v = { 0 };
	const struct index *idx;
	struct pfs_error err;
	struct timespec mtime;
	int first, known = 0, r;

	*run = NULL;
	*unplanned = 0;
	if ((r = tree_lookup(&fs->tree, path, n)) != 0)
		return r == -ENOMEM ? lookup_held(fs, path, n, r, out,
		    unplanned) : r;
	narrow_to_acl(fs, n->fd, &n->st);
	mtime = n->st.st_mtim;
	if (!n->is_dir) {
		if ((r = node_index(fs, n, INDEX_GET_START, &idx, &first,
		    run)) == 0) {
			v.serial = index_serial(idx);
			v.dep = index_id(idx)->dep;
			v.pass = index_pending(idx);
			v.size = v.pass != NULL ? -1 : index_size(idx);
			mtime = index_view_mtime(idx);
			v.mtime = &mtime;
			index_cache_put(fs->cache, idx);
		} else if (r == -EIO) {
			v.broken = 1;
		} else if (r == -ENOMEM &&
		    (r = lookup_held(fs, path, n, r, out, unplanned)) == 0) {
			known = 1;	/* the version the kernel holds */
			goto held;
		} else if (r == -ENOMEM) {
			/* Over the budget now (the identity source's load,
			 * the index cache), no inode held (lookup_held): one
			 * that cannot be shown, kept by the kernel for no
			 * time, so that an open reaches fs_open, which
			 * records it (ENOMEM, or the file if the budget
			 * allows it by then).  Refused here, the open left
			 * no audit record (hostile24). */
			v.broken = 1;
			*unplanned = 1;
		} else {
			close(n->fd);
			return r;
		}
	}
	if ((r = inodes_lookup(fs->inodes, path, n->is_dir, &n->st, &v,
	    out, &known)) != 0)
		close(n->fd);
	index_pass_put(v.pass);
 held:
	/* The kernel holds this inode already, maybe with the size a short
	 * read gave it: PENDING_SIZE again, with pages cached, would let it
	 * read zeros past the end.  Its size, then, once the pass ended (a
	 * pass this lookup runs itself is a new inode's). */
	if (r == 0 && known && *run == NULL &&
	    inodes_settle(fs->inodes, *out, &err))
		log_view_error(fs, path, &err, -EIO);
	return r;
}

/*
 * A lookup of a name the view shows that fails (its source cannot be
 * opened, the inode table is over the memory budget, its pass failed)
 * gives no inode: the reader's open(2) ends here and never reaches
 * fs_open.  Recorded as a refusal (event=lookup), the path the view's and
 * the result the errno, so that every open a reader tried is in the audit
 * file (hostile25; hostile24 made the identity source's budget reach
 * fs_open).  A stat or a listing's `ls -l` of such a name is recorded
 * too: the audit cannot tell them from an open.
 */
static void
lookup_refused(struct fs *fs, fuse_req_t req, const char *path, int r)
{
	const struct fuse_ctx *ctx = fuse_req_ctx(req);
	struct audit_access acc = { "lookup", ctx->uid, ctx->pid, path, r };
	char text[PATH_MAX + 128];
	int ar;

	/* A reader can stat a broken name in a loop: said once per
	 * LOGLIMIT_INTERVAL_S when the audit cannot be written (review24). */
	if ((ar = audit_record(fs->audit, &acc)) != 0) {
		snprintf(text, sizeof(text), "cannot write the audit record "
		    "of a refused lookup of %s: %s", path, strerror(-ar));
		log_limited(fs, LOG_ERR, text);
	}
}

/*
 * The inode table over the memory budget: the kernel holds more names than
 * -o memory allows (a walk of a large tree), and every lookup of a name it
 * does not hold is refused with ENOMEM until it forgets some.  Each refusal
 * is in the audit file (lookup_refused); an operator had no word of it in
 * the log, where a refused read's ENOMEM is rightly not said (the request's
 * alone).  Said once per LOGLIMIT_INTERVAL_S, a fixed text with no path
 * (hostile26, test_inode_budget.sh).
 */
static void
log_inodes_full(const struct fs *fs)
{
	char text[256];

	snprintf(text, sizeof(text), "lookup refused: the inode table is over "
	    "the memory budget (-o memory=%zuM): names not yet looked up "
	    "fail with ENOMEM until the kernel forgets some; raise -o memory "
	    "(docs/mount.md, \"Reads, sizes and memory\")",
	    membudget_limit() >> 20);
	log_limited(fs, LOG_WARNING, text);
}

static void
fs_lookup(fuse_req_t req, fuse_ino_t parent, const char *name)
{
	struct fs *fs = req_fs(req);
	const struct inode *dir = inodes_get(fs->inodes, parent), *ino;
	struct index_pass *run = NULL;
	struct fuse_entry_param e;
	struct tree_node n;
	char path[PATH_MAX];
	int r, unplanned = 0;

	memset(&e, 0, sizeof(e));
	if (dir == NULL || !dir->is_dir) {
		fuse_reply_err(req, dir == NULL ? ENOENT : ENOTDIR);
		return;
	}
	n.shown = 0;
	if ((r = child_path(dir->path, name, path)) == 0)
		r = lookup_path(fs, path, &n, &ino, &run, &unplanned);
	if (r != 0 && r != -ENOENT && n.shown)
		lookup_refused(fs, req, path, r);
	if (r == -ENOMEM)
		log_inodes_full(fs);
	if (r == -ENOENT) {
		/* Remembered as absent for a while, as the high-level API
		 * did: a shown file appears within NEGATIVE_TIMEOUT. */
		e.entry_timeout = NEGATIVE_TIMEOUT;
		fuse_reply_entry(req, &e);
	} else if (r != 0) {
		fuse_reply_err(req, -r);
	} else if ((r = inode_stat(fs, ino, ino->is_dir ? &n.st : &ino->st,
	    &e.attr)) < 0) {
		if (n.fd != -1)
			close(n.fd);
		inodes_forget(fs->inodes, ino->nodeid, 1);
		lookup_refused(fs, req, path, r);
		fuse_reply_err(req, -r);
	} else {
		e.ino = ino->nodeid;
		e.generation = 1;
		e.entry_timeout = unplanned ? 0 : ENTRY_TIMEOUT;
		/* A file's attributes are its version's; a directory's are
		 * now's.  A file whose pass runs: none to keep, so that stat
		 * asks again and waits for the exact size (fs_getattr). */
		e.attr_timeout = r == 1 || unplanned ? 0 : ATTR_TIMEOUT;
		if (n.fd != -1)
			close(n.fd);	/* -1: a held inode (lookup_held) */
		if (fuse_reply_entry(req, &e) != 0)
			inodes_forget(fs->inodes, ino->nodeid, 1);
	}
	/* Answered: the open that follows is served from the pass while it
	 * runs, on this thread (index.h). */
	if (run != NULL)
		index_cache_run(fs->cache, run);
}

static void
fs_forget(fuse_req_t req, fuse_ino_t ino, uint64_t nlookup)
{
	inodes_forget(req_fs(req)->inodes, ino, nlookup);
	fuse_reply_none(req);
}

static void
fs_forget_multi(fuse_req_t req, size_t count, struct fuse_forget_data *f)
{
	for (size_t i = 0; i < count; i++)
		inodes_forget(req_fs(req)->inodes, f[i].ino, f[i].nlookup);
	fuse_reply_none(req);
}

/* A file's attributes are those of the version its inode is, also when
 * the path now holds another (fstat of a handle of an older version comes
 * here too, without its handle); a directory's are read again. */
static void
fs_getattr(fuse_req_t req, fuse_ino_t nodeid, struct fuse_file_info *fi)
{
	struct fs *fs = req_fs(req);
	const struct inode *ino = inodes_get(fs->inodes, nodeid);
	struct pfs_error err;
	struct tree_node n;
	struct stat st;
	int r;

	(void)fi;
	if (ino == NULL) {
		fuse_reply_err(req, ENOENT);
		return;
	}
	if (!ino->is_dir) {
		/* A file looked up while its pass ran: its size once the
		 * pass has ended, never before. */
		if (inodes_settle(fs->inodes, ino, &err))
			log_view_error(fs, ino->path, &err, -EIO);
		if ((r = inode_stat(fs, ino, &ino->st, &st)) < 0)
			fuse_reply_err(req, -r);
		else
			fuse_reply_attr(req, &st, ATTR_TIMEOUT);
		return;
	}
	if ((r = tree_lookup(&fs->tree, ino->path, &n)) != 0) {
		fuse_reply_err(req, -r);
		return;
	}
	narrow_to_acl(fs, n.fd, &n.st);
	(void)inode_stat(fs, ino, &n.st, &st);
	close(n.fd);
	if (!n.is_dir)
		fuse_reply_err(req, ESTALE);
	else
		fuse_reply_attr(req, &st, ATTR_TIMEOUT);
}

/* The provenance attributes (provenance.h): what produced a view file, or
 * why it cannot be shown.  Directories have none.  The length of the
 * value or list, or -errno. */
static int
fs_xattr(struct fs *fs, const char *path, const char *name, char *value,
    size_t size)
{
	struct provenance_file f = { 0 };
	struct pfs_error err = { 0 };
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
		/* A file that cannot be shown says why in
		 * user.pseudonymfs.error: a policy's refusal (EINVAL), the
		 * memory budget (ENOMEM: listed with size 0 since hostile24,
		 * its getxattr gave a bare ENOMEM), an identity source that
		 * cannot be read (EIO with its fixed text).  Other errors
		 * (an EIO of the source's own bytes) are the request's. */
		if (f.index_error != 0 && f.index_error != -EINVAL &&
		    f.index_error != -ENOMEM &&
		    !(f.index_error == -EIO && err.what != NULL))
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

/* getxattr and listxattr: size 0 asks for the length. */
static void
reply_xattr(fuse_req_t req, fuse_ino_t nodeid, const char *name, size_t size)
{
	struct fs *fs = req_fs(req);
	const struct inode *ino = inodes_get(fs->inodes, nodeid);
	char *value = NULL;
	int r;

	if (ino == NULL) {
		fuse_reply_err(req, ENOENT);
		return;
	}
	if (size > 0 && (value = malloc(size)) == NULL) {
		fuse_reply_err(req, ENOMEM);
		return;
	}
	r = fs_xattr(fs, ino->path, name, value, size);
	if (r < 0)
		fuse_reply_err(req, -r);
	else if (size > 0)
		fuse_reply_buf(req, value, (size_t)r);
	else
		fuse_reply_xattr(req, (size_t)r);
	free(value);
}

static void
fs_getxattr(fuse_req_t req, fuse_ino_t nodeid, const char *name, size_t size)
{
	reply_xattr(req, nodeid, name, size);
}

static void
fs_listxattr(fuse_req_t req, fuse_ino_t nodeid, size_t size)
{
	reply_xattr(req, nodeid, NULL, size);
}

static int
dir_add(struct fs_dir *d, const char *name, uint64_t ino, mode_t type)
{
	struct fs_dirent *e;

	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 32;
		if ((e = realloc(d->e, cap * sizeof(*e))) == NULL)
			return -ENOMEM;
		d->e = e;
		d->cap = cap;
	}
	e = &d->e[d->n];
	if ((e->name = strdup(name)) == NULL)
		return -ENOMEM;
	e->ino = ino;
	e->type = type;
	d->n++;
	return 0;
}

static void
dir_clear(struct fs_dir *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->e[i].name);
	d->n = 0;
}

static int
dir_fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct dir_fill *f = arg;
	char path[PATH_MAX];
	int is_dir = rule == NULL;

	(void)src_name;
	if ((f->error = child_path(f->dir->node.view_rel[0] ?
	    f->dir->node.view_rel : "/", name, path)) != 0 ||
	    (f->error = dir_add(f->dir, name, inodes_number(f->fs->inodes, path,
	    is_dir, st), st->st_mode & S_IFMT)) != 0)
		return 1;
	return 0;
}

/* The listing of an open directory, made again at each offset 0. */
static int
dir_list(struct fs *fs, const struct inode *ino, struct fs_dir *d)
{
	struct dir_fill fill = { fs, d, 0 };
	char parent[PATH_MAX], *slash;
	int r;

	dir_clear(d);
	memcpy(parent, ino->path, strlen(ino->path) + 1);
	if ((slash = strrchr(parent, '/')) != NULL)
		slash[slash == parent] = '\0';
	if ((r = dir_add(d, ".", ino->st_ino, S_IFDIR)) != 0 ||
	    (r = dir_add(d, "..", inodes_number(fs->inodes, parent, 1, NULL),
	    S_IFDIR)) != 0)
		return r;
	r = tree_list(&fs->tree, d->node.fd, d->node.src_rel, d->node.view_rel,
	    dir_fill, &fill);
	return fill.error != 0 ? fill.error : r;
}

static void
fs_opendir(fuse_req_t req, fuse_ino_t nodeid, struct fuse_file_info *fi)
{
	struct fs *fs = req_fs(req);
	const struct inode *ino = inodes_get(fs->inodes, nodeid);
	uid_t uid = fuse_req_ctx(req)->uid;
	struct fs_dir *d;
	int r;

	if (ino == NULL || !ino->is_dir) {
		fuse_reply_err(req, ino == NULL ? ENOENT : ENOTDIR);
		return;
	}
	/* Directory handles hold a descriptor each: counted apart from
	 * files, so a reader holding every file it may still lists. */
	if ((r = handles_take(fs->dir_handles, uid)) != 0) {
		fuse_reply_err(req, -r);
		return;
	}
	if ((d = calloc(1, sizeof(*d))) == NULL) {
		r = -ENOMEM;
		goto fail;
	}
	d->uid = uid;
	if ((r = tree_lookup(&fs->tree, ino->path, &d->node)) != 0) {
		free(d);
		goto fail;
	}
	if (!d->node.is_dir) {
		close(d->node.fd);
		free(d);
		r = -ESTALE;
		goto fail;
	}
	fi->fh = (uint64_t)(uintptr_t)d;
	open_link(fs, &fs->open_dirs, &d->link);
	if (fuse_reply_open(req, fi) != 0) {
		open_unlink(fs, &fs->open_dirs, &d->link);
		dir_close(fs, d);
	}
	return;
 fail:
	handles_give(fs->dir_handles, uid);
	fuse_reply_err(req, -r);
}

static void
fs_readdir(fuse_req_t req, fuse_ino_t nodeid, size_t size, off_t off,
    struct fuse_file_info *fi)
{
	struct fs *fs = req_fs(req);
	struct fs_dir *d = (struct fs_dir *)(uintptr_t)fi->fh;
	const struct inode *ino = inodes_get(fs->inodes, nodeid);
	size_t used = 0, need;
	struct stat st;
	char *buf;
	int r;

	if (ino == NULL) {
		fuse_reply_err(req, ENOENT);
		return;
	}
	if ((off == 0 || d->n == 0) && (r = dir_list(fs, ino, d)) != 0) {
		fuse_reply_err(req, -r);
		return;
	}
	if ((buf = malloc(size)) == NULL) {
		fuse_reply_err(req, ENOMEM);
		return;
	}
	memset(&st, 0, sizeof(st));
	for (size_t i = (size_t)off; off >= 0 && i < d->n; i++) {
		st.st_ino = d->e[i].ino;
		st.st_mode = d->e[i].type;
		need = fuse_add_direntry(req, buf + used, size - used,
		    d->e[i].name, &st, (off_t)i + 1);
		if (need > size - used)
			break;
		used += need;
	}
	fuse_reply_buf(req, buf, used);
	free(buf);
}

static void
dir_close(struct fs *fs, struct fs_dir *d)
{
	handles_give(fs->dir_handles, d->uid);
	dir_clear(d);
	free(d->e);
	close(d->node.fd);
	free(d);
}

static void
fs_releasedir(fuse_req_t req, fuse_ino_t nodeid, struct fuse_file_info *fi)
{
	struct fs_dir *d = (struct fs_dir *)(uintptr_t)fi->fh;
	struct fs *fs = req_fs(req);

	(void)nodeid;
	open_unlink(fs, &fs->open_dirs, &d->link);
	dir_close(fs, d);
	fuse_reply_err(req, 0);
}

static void
handle_free(struct fs *fs, struct fs_handle *h)
{
	if (h->idx != NULL)
		index_cache_put(fs->cache, h->idx);
	index_cursor_free(h->cursor);
	close(h->fd);
	free(h);
}

/* An open handle (open_view succeeded) and its share of max_open. */
static void
file_close(struct fs *fs, struct fs_handle *h)
{
	handles_give(fs->handles, h->uid);
	pthread_mutex_destroy(&h->lock);
	handle_free(fs, h);
}

/* k below the threshold (or not measured: fail closed) refuses the open;
 * fs_open records the refusal in the audit log (EACCES). */
static int
refused_by_k(struct fs *fs, const struct fs_handle *h)
{
	const struct risk_summary *risk = index_risk(h->idx);
	char text[PATH_MAX + 160];

	if (!fs->enforce_k)
		return 0;
	if (risk == NULL)
		snprintf(text, sizeof(text), "%s: refused: k was not measured",
		    h->view_rel);
	else if (risk->records > 0 && risk->k < risk->threshold)
		snprintf(text, sizeof(text), "%s: refused: k = %lu, below the "
		    "policy's k_threshold %lu (pseudonymize check shows the "
		    "groups)", h->view_rel, risk->k, risk->threshold);
	else
		return 0;
	/* Once per LOGLIMIT_INTERVAL_S: every refused open is in the audit
	 * file, and a reader in a loop wrote a line per open to the log
	 * (hostile24). */
	log_limited(fs, LOG_WARNING, text);
	return 1;
}

/* A handle on the version inode `ino` is.  If the path now holds another
 * version (or none), ESTALE: the kernel then looks the path up again and
 * opens the new version's inode (the VFS retries once on ESTALE). */
static int
open_view(struct fs *fs, const struct inode *ino, struct fuse_file_info *fi,
    struct fs_handle **out)
{
	struct index_identity want, now;
	struct fs_handle *h;
	struct tree_node n;
	off_t size;
	int first = 0, r;

	if ((fi->flags & O_ACCMODE) != O_RDONLY || (fi->flags & O_TRUNC))
		return -EROFS;
	if (ino->is_dir)
		return -EISDIR;
	if ((r = tree_lookup(&fs->tree, ino->path, &n)) != 0)
		return r == -ENOENT ? -ESTALE : r;
	index_identity_of(&ino->st, &want);
	index_identity_of(&n.st, &now);
	if (n.is_dir || !index_identity_equal(&want, &now)) {
		close(n.fd);
		return -ESTALE;
	}
	if ((h = calloc(1, sizeof(*h))) == NULL) {
		close(n.fd);
		return -ENOMEM;
	}
	h->fd = n.fd;
	h->nlink = n.st.st_nlink;
	memcpy(h->view_rel, n.view_rel, sizeof(h->view_rel));
	/* While its pass runs, the index serves the bytes it kept so far. */
	if ((r = node_index(fs, &n, INDEX_GET_OPEN | INDEX_GET_RUNNING,
	    &h->idx, &first, NULL)) != 0 ||
	    (r = index_cursor_new(h->fd, &h->cursor)) != 0)
		goto fail;
	/* Bytes changed under an unchanged identity (the index was rebuilt:
	 * another number), or another identity source's version: another
	 * inode. */
	if (index_serial(h->idx) != ino->serial ||
	    index_id(h->idx)->dep != ino->dep) {
		r = -ESTALE;
		goto fail;
	}
	if (refused_by_k(fs, h)) {
		r = -EACCES;
		goto fail;
	}
	pthread_mutex_init(&h->lock, NULL);
	/* The open fd pins this version of the source: a file replaced by
	 * rename keeps serving what this handle started with.  The inode's
	 * pages are this version's, unless its index was just built again
	 * (a change the identity did not show): then they are dropped. */
	fi->keep_cache = !first;
	h->size_unsettled = inodes_size(fs->inodes, ino, &size) ==
	    -EINPROGRESS;
	*out = h;
	return 0;
 fail:
	handle_free(fs, h);
	return r;
}

/* Every open is recorded, whatever its result; an open whose record cannot
 * be written is refused, since every access must leave a trace. */
static void
fs_open(fuse_req_t req, fuse_ino_t nodeid, struct fuse_file_info *fi)
{
	struct fs *fs = req_fs(req);
	const struct fuse_ctx *ctx = fuse_req_ctx(req);
	const struct inode *ino = inodes_get(fs->inodes, nodeid);
	struct audit_access acc = { "open", ctx->uid, ctx->pid, NULL, 0 };
	struct fs_handle *h = NULL;
	int r, ar;

	if (ino == NULL) {
		fuse_reply_err(req, ENOENT);
		return;
	}
	fs_conf_look(fs);
	/* Past its share of handles, the opener alone gets EMFILE (ENFILE
	 * when all are taken): the descriptors in reserve keep lookups,
	 * listings and the other users working (handles.h). */
	if ((r = handles_take(fs->handles, ctx->uid)) == 0) {
		if ((r = open_view(fs, ino, fi, &h)) == 0)
			h->uid = ctx->uid;
		else
			handles_give(fs->handles, ctx->uid);
	}
	/* ESTALE too: the kernel then opens the version the path now
	 * holds, which is another record. */
	acc.path = ino->path;
	acc.result = r;
	if ((ar = audit_record(fs->audit, &acc)) != 0) {
		fs_log(fs, LOG_ERR, "cannot write the audit record of an open "
		    "of %s: %s: the open is refused", ino->path, strerror(-ar));
		r = -EIO;
	}
	if (r == 0) {
		fi->fh = (uint64_t)(uintptr_t)h;
		open_link(fs, &fs->open_files, &h->link);
		if (fuse_reply_open(req, fi) == 0)
			return;
		open_unlink(fs, &fs->open_files, &h->link);
	}
	if (h != NULL)
		file_close(fs, h);
	if (r != 0)
		fuse_reply_err(req, -r);
}

/* Changed in place (truncated, appended, rewritten): what follows would
 * mix two versions, so the read fails instead.  Replaced by rename or
 * unlinked, the inode this handle holds is unchanged. */
static int
source_changed(struct fs *fs, const struct fs_handle *h)
{
	char text[PATH_MAX + 128];
	struct stat st;

	if (fstat(h->fd, &st) == -1)
		return 1;
	if (index_identity_same_bytes(index_id(h->idx), h->nlink, &st))
		return 0;
	/* Said once: every read of the handle comes here, and a reader in
	 * a loop wrote megabytes a second to the log (its disk full, the
	 * audit file beside it and so every open refused). */
	snprintf(text, sizeof(text), "%s: the source changed while open; "
	    "reopen the file to read the new version", h->view_rel);
	log_limited(fs, LOG_WARNING, text);
	return 1;
}

static void
fs_read(fuse_req_t req, fuse_ino_t nodeid, size_t size, off_t off,
    struct fuse_file_info *fi)
{
	struct fs_handle *h = (struct fs_handle *)(uintptr_t)fi->fh;
	struct pfs_error err;
	ssize_t n;
	char *buf;

	(void)nodeid;
	if (source_changed(req_fs(req), h)) {
		fuse_reply_err(req, EIO);
		return;
	}
	if ((buf = malloc(size ? size : 1)) == NULL) {
		fuse_reply_err(req, ENOMEM);
		return;
	}
	pthread_mutex_lock(&h->lock);
	n = index_read(h->idx, h->cursor, buf, size, off, &err);
	pthread_mutex_unlock(&h->lock);
	/* Again after: a read may have waited for a running pass, which
	 * reads the source as it is now. */
	if (n > 0 && source_changed(req_fs(req), h)) {
		free(buf);
		fuse_reply_err(req, EIO);
		return;
	}
	/* Past the end, on an inode the kernel believes PENDING_SIZE bytes
	 * long: an answer of 0 bytes at `off` would set the kernel's size to
	 * `off`, past the real end, and a concurrent short read at the real
	 * end would then be ignored (it is older), leaving zeros readable
	 * past the end.  Such reads come from readahead past the end (whose
	 * errors the kernel ignores), or read past the end before anything
	 * asked the size: EIO, never a wrong size.  A read at the end itself
	 * answers 0: that size is the right one. */
	if (n == 0 && size > 0 && h->size_unsettled &&
	    off > index_size(h->idx)) {
		free(buf);
		fuse_reply_err(req, EIO);
		return;
	}
	/* ENOMEM (over the memory budget) is this read's, not the file's:
	 * not logged, a reader could flood the log with it. */
	if (n < 0 && n != -ENOMEM)
		log_read_error(req_fs(req), h->view_rel, &err);
	if (n < 0)
		fuse_reply_err(req, (int)-n);
	else
		fuse_reply_buf(req, buf, (size_t)n);
	free(buf);
}

static void
fs_release(fuse_req_t req, fuse_ino_t nodeid, struct fuse_file_info *fi)
{
	struct fs_handle *h = (struct fs_handle *)(uintptr_t)fi->fh;
	struct fs *fs = req_fs(req);

	(void)nodeid;
	open_unlink(fs, &fs->open_files, &h->link);
	file_close(fs, h);
	fuse_reply_err(req, 0);
}

static void
fs_statfs(fuse_req_t req, fuse_ino_t nodeid)
{
	struct statvfs sv;

	(void)nodeid;
	if (fstatvfs(req_fs(req)->tree.root_fd, &sv) == -1) {
		fuse_reply_err(req, errno);
		return;
	}
	sv.f_flag |= ST_RDONLY;
	sv.f_bfree = sv.f_bavail = 0;
	sv.f_ffree = sv.f_favail = 0;
	fuse_reply_statfs(req, &sv);
}

/*
 * No write operation: the mount is always ro (pseudonymfs.c), so the
 * kernel answers every write, create, rename, unlink, chmod, truncate or
 * setxattr with EROFS before the daemon sees it, and opens for writing
 * are refused here too (open_view).
 */
static const struct fuse_lowlevel_ops operations = {
	.init		= fs_init,
	.destroy	= fs_destroy,
	.lookup		= fs_lookup,
	.forget		= fs_forget,
	.forget_multi	= fs_forget_multi,
	.getattr	= fs_getattr,
	.opendir	= fs_opendir,
	.readdir	= fs_readdir,
	.releasedir	= fs_releasedir,
	.open		= fs_open,
	.read		= fs_read,
	.release	= fs_release,
	.statfs		= fs_statfs,
	.getxattr	= fs_getxattr,
	.listxattr	= fs_listxattr,
};

const struct fuse_lowlevel_ops *
fs_operations(void)
{
	return &operations;
}

/* How often the watcher looks at the session's exit flag (a signal ends
 * the loop without a POLLERR): the longest an exit waits for a pass. */
#define WATCH_MS	100

static void *
watch_session(void *arg)
{
	struct fs *fs = arg;
	struct pollfd pfd = { .fd = fuse_session_fd(fs->session), .events = 0 };

	while (!__atomic_load_n(&fs->watch_stop, __ATOMIC_RELAXED) &&
	    !fuse_session_exited(fs->session)) {
		pfd.revents = 0;
		/* events 0: woken by POLLERR alone, when the kernel aborts the
		 * connection at the unmount. */
		if (poll(&pfd, 1, WATCH_MS) == 1 &&
		    (pfd.revents & (POLLERR | POLLHUP | POLLNVAL)))
			break;
	}
	/* The session is over (or its loop returned): no pass is wanted. */
	index_cache_cancel(fs->cache);
	return NULL;
}

int
fs_watch_start(struct fs *fs, struct fuse_session *se)
{
	int r;

	fs->session = se;
	__atomic_store_n(&fs->watch_stop, 0, __ATOMIC_RELAXED);
	if ((r = pthread_create(&fs->watcher, NULL, watch_session, fs)) != 0)
		return -r;
	fs->watching = 1;
	return 0;
}

void
fs_watch_stop(struct fs *fs)
{
	if (!fs->watching)
		return;
	__atomic_store_n(&fs->watch_stop, 1, __ATOMIC_RELAXED);
	pthread_join(fs->watcher, NULL);
	fs->watching = 0;
}
