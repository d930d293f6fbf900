/* Policy drift at start-up: headers only, the tree walked as the view
 * shows it (tree.c), findings without values. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drift.h"
#include "ops.h"
#include "tree.h"
#include "view.h"

struct drift {
	const struct engine	*e;
	const struct tree	*tree;
	const char		*prog;
	FILE			*out;
	struct drift_totals	*t;
};

/* One shown file: its header, against the policy.  A header is never
 * printed: positions and rule names say enough to fix the policy. */
static void
drift_file(struct drift *d, int fd, const struct policy_file *rule,
    const char *view_rel)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct view_error err = { 0 };
	size_t i, j;
	int r;

	d->t->files++;
	if ((r = view_reader_new(fd, &rd)) != 0 ||
	    (r = view_open(d->e, rule, rd, &v, &err)) != 0) {
		d->t->failed++;
		fprintf(d->out, "%s: drift: %s: cannot be shown", d->prog,
		    view_rel);
		if (err.line)
			fprintf(d->out, ": line %ld", err.line);
		if (err.column)
			fprintf(d->out, ", column %zu", err.column);
		fprintf(d->out, ": %s\n", err.what ? err.what : strerror(-r));
		goto out;
	}
	for (i = 0; i < v->ncols; i++) {
		if (v->cols[i].rule != NULL)
			continue;
		d->t->unnamed++;
		fprintf(d->out, "%s: drift: %s: column %zu: no rule names its "
		    "header: %s (columns = %s)\n", d->prog, view_rel, i + 1,
		    v->cols[i].emit ? "KEPT AS IT IS" : "dropped",
		    v->cols[i].emit ? "keep" : "drop");
	}
	for (i = 0; v->ncols > 0 && i < rule->nexpect; i++) {
		for (j = 0; j < v->ncols; j++)
			if (v->cols[j].rule != NULL &&
			    strcmp(v->cols[j].rule->name, rule->expect[i]) == 0)
				break;
		if (j < v->ncols)
			continue;
		d->t->missing++;
		fprintf(d->out, "%s: drift: %s: no header matches [column %s], "
		    "which [file %s] expects\n", d->prog, view_rel,
		    rule->expect[i], rule->name);
	}
 out:
	view_free(v);
	view_reader_free(rd);
}

/* Regular files under a directory the view does not show (all of its
 * files are unmatched, or it would be shown), to the depth limit. */
static unsigned long
count_files(int dir_fd, int depth)
{
	unsigned long n = 0;
	struct dirent *de;
	struct stat st;
	DIR *dir;
	int fd;

	if (depth > TREE_MAX_DEPTH || (dir = tree_opendir(dir_fd)) == NULL)
		return 0;
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.' ||
		    fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (S_ISREG(st.st_mode)) {
			n++;
		} else if (S_ISDIR(st.st_mode) && (fd = openat(dir_fd,
		    de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC)) != -1) {
			n += count_files(fd, depth + 1);
			close(fd);
		}
	}
	closedir(dir);
	return n;
}

struct drift_walk {
	struct drift	*d;
	int		 dir_fd;
	const char	*src_rel, *view_rel;
	int		 depth;
	char		**shown;	/* source names the view lists */
	size_t		 nshown;
};

static int drift_dir(struct drift *, int, const char *, const char *, int);

static int
drift_fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct drift_walk *w = arg;
	char view_rel[PATH_MAX], src_rel[PATH_MAX];
	char **grown;
	int fd;

	if ((grown = realloc(w->shown, (w->nshown + 1) * sizeof(*grown))) == NULL)
		return -ENOMEM;
	w->shown = grown;
	if ((w->shown[w->nshown] = strdup(src_name)) == NULL)
		return -ENOMEM;
	w->nshown++;
	if (snprintf(view_rel, sizeof(view_rel), "%s%s%s", w->view_rel,
	    *w->view_rel ? "/" : "", name) >= (int)sizeof(view_rel) ||
	    snprintf(src_rel, sizeof(src_rel), "%s%s%s", w->src_rel,
	    *w->src_rel ? "/" : "", src_name) >= (int)sizeof(src_rel))
		return 0;
	fd = openat(w->dir_fd, src_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
	    (S_ISDIR(st->st_mode) ? O_DIRECTORY : 0));
	if (fd == -1)
		return 0;	/* the export or the mount reports it */
	if (S_ISDIR(st->st_mode))
		drift_dir(w->d, fd, src_rel, view_rel, w->depth + 1);
	else
		drift_file(w->d, fd, rule, view_rel);
	close(fd);
	return 0;
}

/* What the directory holds and the view does not show: regular files,
 * directly or in subdirectories without a shown file.  Hidden entries are
 * hidden on purpose; links are never followed. */
static void
drift_unmatched(struct drift *d, struct drift_walk *w)
{
	unsigned long direct = 0, below = 0;
	struct dirent *de;
	struct stat st;
	DIR *dir;
	size_t i;
	int fd;

	if ((dir = tree_opendir(w->dir_fd)) == NULL)
		return;
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		for (i = 0; i < w->nshown; i++)
			if (strcmp(w->shown[i], de->d_name) == 0)
				break;
		if (i < w->nshown || fstatat(w->dir_fd, de->d_name, &st,
		    AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (S_ISREG(st.st_mode)) {
			direct++;
		} else if (S_ISDIR(st.st_mode) && (fd = openat(w->dir_fd,
		    de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC)) != -1) {
			below += count_files(fd, w->depth + 1);
			close(fd);
		}
	}
	closedir(dir);
	if (direct + below == 0)
		return;
	d->t->unmatched += direct + below;
	fprintf(d->out, "%s: drift: %s/: %lu file%s no [file] rule matches",
	    d->prog, *w->view_rel ? w->view_rel : ".", direct + below,
	    direct + below == 1 ? "" : "s");
	if (below)
		fprintf(d->out, " (%lu in directories the view does not show)",
		    below);
	fputc('\n', d->out);
}

static int
drift_dir(struct drift *d, int dir_fd, const char *src_rel,
    const char *view_rel, int depth)
{
	struct drift_walk w = { d, dir_fd, src_rel, view_rel, depth, NULL, 0 };
	int r;

	if (depth > TREE_MAX_DEPTH)
		return 0;
	if ((r = tree_list(d->tree, dir_fd, src_rel, view_rel, drift_fill, &w)) == 0)
		drift_unmatched(d, &w);
	for (size_t i = 0; i < w.nshown; i++)
		free(w.shown[i]);
	free(w.shown);
	return r;
}

static int
drift_single(struct drift *d, int fd, const char *src, const char *as)
{
	const struct policy_file *rule;
	struct tree_naming how;
	struct ops_scratch scratch = { 0 };
	struct buf name = BUF_INIT;
	const char *base = strrchr(src, '/');
	int r;

	base = as != NULL ? as : base ? base + 1 : src;
	if ((rule = policy_match_file(d->e->policy, base)) == NULL) {
		d->t->unmatched++;
		fprintf(d->out, "%s: drift: the file given matches no [file] "
		    "rule\n", d->prog);
		return 0;
	}
	if ((r = tree_view_name(d->e->policy, base, rule, &scratch, &name,
	    &how)) == 0 && how.shown)
		drift_file(d, fd, rule, name.data);
	buf_free(&name);
	ops_scratch_free(&scratch);
	return r;
}

int
drift_scan(const struct engine *e, const char *src, const char *as,
    const char *prog, FILE *out, struct drift_totals *t)
{
	struct tree tree = { .engine = e, .root_fd = -1 };
	struct drift d = { e, &tree, prog, out, t };
	struct stat st;
	int fd, r;

	memset(t, 0, sizeof(*t));
	if ((fd = open(src, O_RDONLY | O_CLOEXEC)) == -1)
		return -errno;
	if (fstat(fd, &st) == -1) {
		r = -errno;
	} else if (S_ISDIR(st.st_mode)) {
		tree.root_fd = fd;
		if ((r = engine_attach_source(e, fd)) == 0)
			r = drift_dir(&d, fd, "", "", 0);
	} else if (S_ISREG(st.st_mode)) {
		r = drift_single(&d, fd, src, as);
	} else {
		r = 0;		/* a pipe: nothing to read twice */
	}
	close(fd);
	return r;
}

unsigned long
drift_findings(const struct drift_totals *t)
{
	return t->unnamed + t->missing + t->unmatched + t->failed;
}

void
drift_summary(const struct drift_totals *t, const char *prog,
    const char *strict_opt, int strict, FILE *out)
{
	unsigned long n = drift_findings(t);

	if (n == 0)
		return;
	fprintf(out, "%s: drift: %lu finding%s (%lu header%s no rule names, "
	    "%lu expected rule%s missing, %lu file%s no rule matches, %lu "
	    "file%s that cannot be shown): %s %s\n", prog, n, n == 1 ? "" : "s",
	    t->unnamed, t->unnamed == 1 ? "" : "s",
	    t->missing, t->missing == 1 ? "" : "s",
	    t->unmatched, t->unmatched == 1 ? "" : "s",
	    t->failed, t->failed == 1 ? "" : "s",
	    strict ? "refused by" : "would be refused by", strict_opt);
}
