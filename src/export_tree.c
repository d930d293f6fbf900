/* The exporter on a tree: list what the view shows (the tree module
 * decides, as for the mount), count what it does not, then export the
 * files on every worker; with --update, first remove from the destination
 * what the view no longer has. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export.h"
#include "scanned.h"
#include "tree.h"
#include "util.h"


/* ---- the plan: every file the view shows ---- */

struct task {
	char			*src_rel, *view_rel;
	const struct policy_file *rule;
	off_t			 size;
};

struct plan {
	struct tree		 tree;
	const struct pfs_reporter *report;	/* NULL: sizing, no message */
	struct task		*tasks;
	size_t			 ntasks, cap;
	char			**dirs;		/* view paths of directories */
	size_t			 ndirs, dcap;
	struct export_totals	*t;
	int			 gzip;		/* files are NAME.gz in DST */
};


static int
push(char ***v, size_t *n, size_t *cap, const char *s)
{
	char **grown;

	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 16;
		if ((grown = realloc(*v, c * sizeof(*grown))) == NULL)
			return -ENOMEM;
		*v = grown;
		*cap = c;
	}
	if (((*v)[*n] = strdup(s)) == NULL)
		return -ENOMEM;
	(*n)++;
	return 0;
}

static int
add_task(struct plan *p, const char *src_rel, const char *view_rel,
    const struct policy_file *rule, off_t size)
{
	struct task *grown, *t;

	if (p->ntasks == p->cap) {
		size_t c = p->cap ? p->cap * 2 : 64;
		if ((grown = realloc(p->tasks, c * sizeof(*grown))) == NULL)
			return -ENOMEM;
		p->tasks = grown;
		p->cap = c;
	}
	t = &p->tasks[p->ntasks];
	if ((t->src_rel = strdup(src_rel)) == NULL)
		return -ENOMEM;
	if ((t->view_rel = strdup(view_rel)) == NULL) {
		free(t->src_rel);
		return -ENOMEM;
	}
	t->rule = rule;
	t->size = size;
	p->ntasks++;
	p->t->bytes += (unsigned long long)size;
	return 0;
}

/* An entry the view does not list, counted (never named: a source name
 * may be a patient's).  A directory without any shown file is counted by
 * what it holds: its files are files no rule matched. */
static void
count_skipped(struct export_totals *t, const struct tree_walk_entry *e)
{
	int sub;

	if (e->src_name[0] == '.' || e->st == NULL)
		t->not_shown++;
	else if (S_ISREG(e->st->st_mode))
		t->unmatched++;
	else if (!S_ISDIR(e->st->st_mode) || e->depth >= TREE_MAX_DEPTH ||
	    (sub = openat(e->dir_fd, e->src_name, O_RDONLY | O_DIRECTORY |
	    O_NOFOLLOW | O_CLOEXEC)) == -1)
		t->not_shown++;
	else {
		tree_count_unshown(sub, e->depth + 1, &t->unmatched,
		    &t->not_shown);
		close(sub);
	}
}

/* An entry a rule shows but the view cannot name (two entries with one
 * view name, a name that is not UTF-8, a kept name that looks like an
 * identifier) fails the export, and neither entry of a collision is
 * written: one would overwrite the other.  Named by the view directory,
 * the rule and the shared view name, never the source name. */
static void
plan_refused(struct plan *p, const struct tree_refused_entry *e)
{
	struct pfs_error pe = { .code = EPERM,
	    .what = tree_refusal_text(e->how->refusal) };
	char path[PATH_MAX], label[TREE_LABEL_MAX];

	p->t->failed++;
	snprintf(path, sizeof(path), "%s/%s", *e->view_dir ? e->view_dir : ".",
	    e->view_name ? e->view_name : "");
	pe.file = path;
	if (e->view_name == NULL)
		pe.rule = tree_refused_label(e, label, sizeof(label));
	pfs_error_report(p->report, &pe);
}

/* An unreadable directory, or one that cannot be listed, fails the
 * export: its files would be missing from the output with nothing said. */
static int
plan_visit(void *arg, const struct tree_walk_entry *e)
{
	struct plan *p = arg;

	switch (e->what) {
	case TREE_WALK_DIR:
		return *e->view_rel ? push(&p->dirs, &p->ndirs, &p->dcap,
		    e->view_rel) : 0;
	case TREE_WALK_FILE:
		return add_task(p, e->src_rel, e->view_rel, e->rule,
		    e->st->st_size);
	case TREE_WALK_REFUSED:
		plan_refused(p, e->refused);
		return 0;
	case TREE_WALK_SKIPPED:
		count_skipped(p->t, e);
		return 0;
	case TREE_WALK_FAILED:
		pfs_error_report(p->report, e->error);
		p->t->failed++;
		return 0;
	case TREE_WALK_DIR_END:
		return 0;
	}
	return 0;
}

static void
plan_free(struct plan *p)
{
	for (size_t i = 0; i < p->ntasks; i++) {
		free(p->tasks[i].src_rel);
		free(p->tasks[i].view_rel);
	}
	for (size_t i = 0; i < p->ndirs; i++)
		free(p->dirs[i]);
	free(p->tasks);
	free(p->dirs);
}

static int
plan_make(const struct engine *e, int src_fd, const struct pfs_reporter *report,
    struct plan *p, struct export_totals *t)
{
	memset(p, 0, sizeof(*p));
	p->t = t;
	p->report = report;
	p->tree.engine = e;
	p->tree.root_fd = src_fd;
	return tree_walk(&p->tree, TREE_WALK_UNREADABLE, plan_visit, p);
}

int
export_tree_size(const struct engine *e, int src_fd, unsigned long long *bytes,
    unsigned long *files)
{
	struct export_totals t = { 0 };
	struct plan p;
	int r;

	/* Messages about unreadable entries come with the real run. */
	r = plan_make(e, src_fd, NULL, &p, &t);
	*bytes = t.bytes;
	*files = p.ntasks;
	plan_free(&p);
	return r;
}

/* ---- opening, beneath the roots ---- */

/*
 * The directory holding the last component of rel beneath root_fd, one
 * component at a time with O_NOFOLLOW (a directory replaced by a link
 * since the listing is not followed), each made first when `make` (the
 * destination's).  A descriptor, *last the last component; or -errno.
 */
static int
open_parent(int root_fd, const char *rel, int make, const char **last)
{
	char part[NAME_MAX + 1];
	const char *slash;
	int fd = dup(root_fd), next;

	if (fd == -1)
		return -errno;
	while ((slash = strchr(rel, '/')) != NULL) {
		size_t n = (size_t)(slash - rel);

		if (n > NAME_MAX) {
			close(fd);
			return -ENAMETOOLONG;
		}
		memcpy(part, rel, n);
		part[n] = '\0';
		if (make && mkdirat(fd, part, 0750) == -1 && errno != EEXIST) {
			next = -errno;
			close(fd);
			return next;
		}
		next = openat(fd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		close(fd);
		if (next == -1)
			return -errno;
		fd = next;
		rel = slash + 1;
	}
	*last = rel;
	return fd;
}

/* The source file at src_rel. */
static int
open_source(int root_fd, const char *src_rel)
{
	const char *name;
	int dir, fd;

	if ((dir = open_parent(root_fd, src_rel, 0, &name)) < 0)
		return dir;
	/* O_NONBLOCK: a FIFO put in the file's place must not hang us. */
	fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd == -1)
		fd = -errno;
	close(dir);
	return fd;
}

/* ---- --update: what the view no longer has goes ---- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
cmp_task(const void *a, const void *b)
{
	return strcmp(((const struct task *)a)->view_rel,
	    ((const struct task *)b)->view_rel);
}

static int
in_plan(const struct plan *p, const char *rel, int is_dir)
{
	if (is_dir)
		return bsearch(&rel, p->dirs, p->ndirs, sizeof(*p->dirs),
		    cmp_str) != NULL;
	struct task key = { .view_rel = (char *)rel };
	return bsearch(&key, p->tasks, p->ntasks, sizeof(*p->tasks),
	    cmp_task) != NULL;
}

/* Remove the entry `name` of dir_fd and everything beneath it. */
static int
remove_all(int dir_fd, const char *name, int depth)
{
	struct dirent *de;
	DIR *d;
	int fd, r = 0;

	if (unlinkat(dir_fd, name, 0) == 0)
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return -errno;
	if (depth > TREE_MAX_DEPTH)
		return -ELOOP;
	fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd == -1)
		return -errno;
	if ((d = fdopendir(fd)) == NULL) {
		close(fd);
		return -errno;
	}
	while (r == 0 && (de = util_readdir(d)) != NULL)
		r = remove_all(fd, de->d_name, depth + 1);
	closedir(d);
	if (r == 0 && unlinkat(dir_fd, name, AT_REMOVEDIR) == -1)
		r = -errno;
	return r;
}

/* Walk the destination: keep what the view lists (a file as a file, a
 * directory as a directory), remove the rest. */
static int
prune_dir(const struct plan *p, int dir_fd, const char *rel, int depth,
    struct export_totals *t)
{
	char sub_rel[PATH_MAX];
	struct dirent *de;
	struct stat st;
	DIR *d;
	int r = 0;

	if ((d = tree_opendir(dir_fd)) == NULL)
		return -errno;
	while (r == 0 && (de = util_readdir(d)) != NULL) {
		int is_dir;

		if (snprintf(sub_rel, sizeof(sub_rel), "%s%s%s", rel,
		    *rel ? "/" : "", de->d_name) >= (int)sizeof(sub_rel)) {
			r = -ENAMETOOLONG;
			break;
		}
		if (fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1) {
			if (errno == ENOENT)
				continue;
			r = -errno;
			break;
		}
		is_dir = S_ISDIR(st.st_mode);
		/* --gzip: X.csv.gz in DST is the view's X.csv. */
		if (!is_dir && p->gzip) {
			size_t n = strlen(sub_rel);
			if (n > 3 && strcmp(sub_rel + n - 3, ".gz") == 0)
				sub_rel[n - 3] = '\0';
			else
				sub_rel[0] = '\0';	/* not ours: removed */
		}
		if ((is_dir || S_ISREG(st.st_mode)) && in_plan(p, sub_rel, is_dir)) {
			if (is_dir && depth < TREE_MAX_DEPTH) {
				int sub = openat(dir_fd, de->d_name, O_RDONLY |
				    O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
				if (sub == -1) {
					r = -errno;
					break;
				}
				r = prune_dir(p, sub, sub_rel, depth + 1, t);
				close(sub);
			}
			continue;
		}
		if ((r = remove_all(dir_fd, de->d_name, depth)) == 0)
			t->removed++;
	}
	closedir(d);
	return r;
}

static int
dst_is_empty(int dst_fd)
{
	DIR *d;
	int empty;

	if ((d = tree_opendir(dst_fd)) == NULL)
		return 0;
	empty = util_readdir(d) == NULL;
	closedir(d);
	return empty;
}

/* ---- running the plan ---- */

struct run {
	const struct engine	*e;
	const struct plan	*p;
	int			 src_fd, dst_fd;
	const struct export_opts *o;
	struct export_opts	 one;		/* a worker's: one job each */
	struct export_totals	*t;
	size_t			 next;		/* atomic: next task */
	int			 big;		/* this pass: the large files */
};

static void
run_task(struct run *run, const struct task *task, const struct export_opts *o)
{
	struct export_opts mine = *o;
	const char *base = NULL;
	struct stat st;
	int src = -1, dir = -1, r;

	/* A file the drift scan did not read was not judged by it. */
	if (o->scanned != NULL &&
	    (mine.pin = scanned_take(o->scanned, task->src_rel)) == NULL) {
		r = -ESTALE;
		export_report_changed_since_scan(o, task->view_rel);
		goto out;
	}
	if ((src = open_source(run->src_fd, task->src_rel)) < 0)
		r = src;
	else if (fstat(src, &st) == -1)
		r = -errno;
	else if (!S_ISREG(st.st_mode))
		r = -ENOENT;	/* replaced since the listing */
	else
		r = 0;
	if (r == -ENOENT && mine.pin != NULL) {
		/* Scanned, then removed or replaced: not an unreadable file. */
		r = -ESTALE;
		export_report_changed_since_scan(o, task->view_rel);
		goto out;
	}
	if (r != 0) {
		pfs_error_sys(&o->report, task->view_rel, "cannot open source",
		    -r);
		goto out;
	}
	if ((dir = open_parent(run->dst_fd, task->view_rel, 1, &base)) < 0) {
		r = dir;
		pfs_error_sys(&o->report, task->view_rel,
		    "cannot create output directory", -r);
		goto out;
	}
	r = export_to_path(run->e, task->rule, src, dir, base, task->view_rel,
	    &mine);
	/* An earlier run's file must not stand in for one that failed now. */
	if (r != 0 && run->o->update)
		unlinkat(dir, base, 0);
 out:
	if (r == 0)
		__atomic_add_fetch(&run->t->exported, 1, __ATOMIC_RELAXED);
	else
		__atomic_add_fetch(&run->t->failed, 1, __ATOMIC_RELAXED);
	/* A source never opened was never read: its bytes are done all the
	 * same, or the line stops short of 100% (hostile29). */
	if (o->progress != NULL)
		progress_file_done(o->progress, src < 0 ?
		    (unsigned long long)task->size : 0);
	if (src >= 0)
		close(src);
	if (dir >= 0)
		close(dir);
}

static int
is_big(const struct task *t)
{
	return t->size >= (off_t)EXPORT_SPLIT_MIN;
}

static void *
run_worker(void *arg)
{
	struct run *run = arg;
	size_t i;

	while ((i = __atomic_fetch_add(&run->next, 1, __ATOMIC_RELAXED)) <
	    run->p->ntasks)
		if (!is_big(&run->p->tasks[i]))
			run_task(run, &run->p->tasks[i], &run->one);
	return NULL;
}

static void
run_plan(struct run *run)
{
	pthread_t tid[EXPORT_MAX_JOBS];
	unsigned started = 0, jobs = run->o->jobs;

	/* Small files whole, one per worker at a time... */
	if (jobs <= 1) {
		run_worker(run);
	} else {
		for (; started < jobs; started++)
			if (pthread_create(&tid[started], NULL, run_worker,
			    run) != 0)
				break;
		if (started == 0)
			run_worker(run);
		for (unsigned i = 0; i < started; i++)
			pthread_join(tid[i], NULL);
	}
	/* ...then each large one cut in chunks over all the workers. */
	for (size_t i = 0; i < run->p->ntasks; i++)
		if (is_big(&run->p->tasks[i]))
			run_task(run, &run->p->tasks[i], run->o);
}

static void
report_gone(void *arg, const char *view_rel)
{
	export_report_changed_since_scan(arg, view_rel);
}

int
export_tree(const struct engine *e, int src_fd, int dst_fd,
    const char *dst_path, const struct export_opts *o, struct export_totals *t)
{
	struct run run = { e, NULL, src_fd, dst_fd, o, *o, t, 0, 0 };
	struct plan p;
	int r;

	memset(t, 0, sizeof(*t));
	run.one.jobs = 1;
	if (!o->update && !dst_is_empty(dst_fd))
		return -EEXIST;
	if ((r = plan_make(e, src_fd, &o->report, &p, t)) != 0) {
		pfs_error_sys(&o->report, NULL, "cannot list the source", -r);
		goto out;
	}
	/* Files the view cannot show for their depth fail the export: they
	 * would be missing from it with nothing said (by the caller, which
	 * has the count). */
	t->too_deep = tree_count_too_deep(&p.tree, src_fd, "");
	t->failed += t->too_deep;
	run.p = &p;
	if (o->progress != NULL) {
		o->progress->total = t->bytes;
		o->progress->files_total = p.ntasks;
	}
	if (o->update) {
		p.gzip = o->gzip;
		qsort(p.tasks, p.ntasks, sizeof(*p.tasks), cmp_task);
		qsort(p.dirs, p.ndirs, sizeof(*p.dirs), cmp_str);
		if ((r = prune_dir(&p, dst_fd, "", 0, t)) != 0) {
			pfs_error_sys(&o->report, dst_path,
			    "cannot remove what the view no longer has", -r);
			goto out;
		}
	}
	run_plan(&run);
	/* Files the drift scan read that the listing no longer has. */
	if (o->scanned != NULL)
		t->failed += scanned_missing(o->scanned, report_gone,
		    (void *)o);
 out:
	plan_free(&p);
	return r;
}

/* ---- a tree by its paths ---- */

/* Is `inner` (resolved) `outer` or beneath it? */
static int
path_within(const char *inner, const char *outer)
{
	size_t n = strlen(outer);

	return strncmp(inner, outer, n) == 0 && (inner[n] == '\0' ||
	    inner[n] == '/' || strcmp(outer, "/") == 0);
}

/* The destination must not be inside the source: the source is never
 * written, and a later export must not read its own output.  Nor may the
 * source be inside the destination: --update removes from DST what the
 * view does not have, the source with it ("export --update raw ." run
 * from raw's parent).  Returns the refusal's text, or NULL. */
static const char *
dst_refused(const char *src, const char *dst)
{
	char rs[PATH_MAX], rd[PATH_MAX], parent[PATH_MAX], *slash;

	if (realpath(src, rs) == NULL)
		return NULL;
	if (realpath(dst, rd) != NULL)
		return path_within(rd, rs) ? "inside the source: the source is "
		    "never written to" : path_within(rs, rd) ? "holds the "
		    "source: the source is never written to (--update would "
		    "remove it)" : NULL;
	/* DST may not exist yet: then its parent decides. */
	snprintf(parent, sizeof(parent), "%s", dst);
	slash = strrchr(parent, '/');
	if (slash == NULL)
		snprintf(parent, sizeof(parent), ".");
	else if (slash == parent)
		parent[1] = '\0';
	else
		*slash = '\0';
	if (realpath(parent, rd) == NULL)
		return NULL;
	return path_within(rd, rs) ? "inside the source: the source is never "
	    "written to" : NULL;
}

int
export_dir_fd(const struct engine *e, int src_fd, const char *src_path,
    const char *dst_path, const struct export_opts *o,
    struct export_totals *t)
{
	struct pfs_error refused = { .code = EINVAL, .file = dst_path };
	struct stat st;
	int dst_fd, r;

	memset(t, 0, sizeof(*t));
	if ((refused.what = dst_refused(src_path, dst_path)) != NULL) {
		pfs_error_report(&o->report, &refused);
		return -EINVAL;
	}
	if ((stat(dst_path, &st) != 0 || !S_ISDIR(st.st_mode)) &&
	    mkdir(dst_path, 0750) == -1) {
		r = -errno;
		pfs_error_sys(&o->report, dst_path, NULL, -r);
		return r;
	}
	if ((dst_fd = open(dst_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		r = -errno;
		pfs_error_sys(&o->report, dst_path, "cannot open", -r);
		return r;
	}
	r = export_tree(e, src_fd, dst_fd, dst_path, o, t);
	close(dst_fd);
	return r;
}

int
export_dir(const struct engine *e, const char *src_path, const char *dst_path,
    const struct export_opts *o, struct export_totals *t)
{
	int src_fd, r;

	memset(t, 0, sizeof(*t));
	if ((src_fd = open(src_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		r = -errno;
		pfs_error_sys(&o->report, src_path, "cannot open", -r);
		return r;
	}
	r = export_dir_fd(e, src_fd, src_path, dst_path, o, t);
	close(src_fd);
	return r;
}
