/* Policy drift at start-up: headers only, the tree walked as the view
 * shows it (tree.c), findings without values. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drift.h"
#include "ops.h"
#include "scanned.h"
#include "tree.h"
#include "view.h"

struct drift {
	const struct engine	*e;
	const struct tree	*tree;
	drift_report_fn		 report;
	void			*arg;
	struct drift_totals	*t;
	struct scanned		*seen;		/* or NULL */
	int			 error;		/* -ENOMEM recording it */
	/* The directory being walked: its files no rule matches, directly
	 * and in subdirectories the view does not show. */
	unsigned long		 direct, below;
	unsigned long		 keys;	/* of them, the key or a copy */
	unsigned long		 own;	/* the daemon's own (engine_own_file) */
	/* Entries refused for their names, per depth of the directory
	 * holding them: the walk says them while it lists that directory,
	 * between its subdirectories' events, and its DIR_END comes after
	 * them; one counter gave a parent's to the subdirectory that ended
	 * next. */
	unsigned long		 refused[TREE_MAX_DEPTH + 1];
	/* Files per pair of [file] rules that both match them, the first
	 * winning: pairs[w * n + o]; then wins[w] at pairs[n * n + w] (n =
	 * the policy's file rules).  NULL until a file is seen. */
	unsigned long		*pairs;
};

/* One finding, formatted (a view path, rule names, counts: never a value)
 * and handed to the caller's report. */
static void __attribute__((format(printf, 2, 3)))
drift_note(struct drift *d, const char *fmt, ...)
{
	char line[PATH_MAX + 512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	d->report(d->arg, line);
}

/* One shown file: its header, against the policy.  A header is never
 * printed: positions and rule names say enough to fix the policy. */

/* Columns named one by one per file; a header of thousands of columns no
 * rule names would otherwise print a line each (1.2 million lines for 400
 * files of 3,000 columns, and a mount that takes seconds to start). The
 * rest are counted on one line; the totals count every one. */
#define DRIFT_COLUMNS_NAMED	20

static void
drift_file(struct drift *d, int fd, const struct policy_file *rule,
    const char *src_rel, const char *view_rel)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct pfs_error err = { 0 };
	struct stat st;
	char why[256];
	size_t i, j, named = 0, more_kept = 0, more_dropped = 0;
	int r;

	d->t->files++;
	/* The version judged here is the one the export must write. */
	if (d->seen != NULL && (fstat(fd, &st) == -1 ?
	    (r = -errno) : (r = scanned_add(d->seen, src_rel, view_rel,
	    &st))) != 0 && d->error == 0)
		d->error = r;
	if ((r = view_reader_new(fd, &rd)) != 0 ||
	    (r = view_open(d->e, rule, rd, &v, &err)) != 0) {
		d->t->failed++;
		if (r != -EINVAL || err.what == NULL)
			err = (struct pfs_error){ .code = -r };
		pfs_error_format(&err, why, sizeof(why));
		drift_note(d, "%s: cannot be shown: %s", view_rel, why);
		goto out;
	}
	for (i = 0; i < view_ncols(v); i++) {
		if (view_col(v, i)->rule != NULL)
			continue;
		d->t->unnamed++;
		if (++named > DRIFT_COLUMNS_NAMED) {
			if (view_col(v, i)->emit)
				more_kept++;
			else
				more_dropped++;
			continue;
		}
		if (view_col(v, i)->mixed)
			drift_note(d, "%s: column %zu: no rule names its header, "
			    "whose letters mix two scripts in a word (a "
			    "look-alike): dropped (even under columns = keep)",
			    view_rel, i + 1);
		else
			drift_note(d, "%s: column %zu: no rule names its header: "
			    "%s (columns = %s)", view_rel, i + 1,
			    view_col(v, i)->emit ? "KEPT AS IT IS" : "dropped",
			    view_col(v, i)->emit ? "keep" : "drop");
	}
	if (more_kept + more_dropped > 0)
		drift_note(d, "%s: and %zu more columns no rule names: %zu "
		    "dropped, %zu KEPT AS THEY ARE", view_rel,
		    more_kept + more_dropped, more_dropped, more_kept);
	/* A header twice under a rule that shows cells as written: the
	 * second column may be another field the export mislabeled (a
	 * name under a second `Sexe`), shown as it is.  By number. */
	for (i = 0; i < view_ncols(v); i++) {
		const struct view_col *c = view_col(v, i);

		if (c->same_as == 0)
			continue;
		d->t->duplicated++;
		drift_note(d, "%s: column %zu: the same header as column %zu, "
		    "under [column %s] (op = %s), which shows cells as "
		    "written: both SHOWN AS WRITTEN; check what column %zu "
		    "holds, or rename it in the source", view_rel, i + 1,
		    c->same_as, policy_column_name(c->rule),
		    policy_column_op_name(c->rule), i + 1);
	}
	for (i = 0; view_ncols(v) > 0 && i < rule->nexpect; i++) {
		for (j = 0; j < view_ncols(v); j++)
			if (view_col(v, j)->rule != NULL &&
			    strcmp(policy_column_name(view_col(v, j)->rule),
			    rule->expect[i]) == 0)
				break;
		if (j < view_ncols(v))
			continue;
		d->t->missing++;
		drift_note(d, "%s: no header matches [column %s], which "
		    "[file %s] expects", view_rel, rule->expect[i], rule->name);
	}
 out:
	view_free(v);
	view_reader_free(rd);
}

/*
 * The rules a shown file's first match shadows: a file under two [file]
 * rules gets the first one's columns and names, whatever the second says,
 * and a policy author who adds a stricter rule below a catch-all
 * ([file all] match = *.csv, columns = keep, then [file patients]) has a
 * rule that applies to nothing.  Counted per pair, said at
 * the end (drift_overlaps), never per file.  `rel` is the path the rule
 * matched (a gzip source's without ".gz").
 */
static void
drift_overlap(struct drift *d, const struct policy_file *rule,
    const char *rel)
{
	const struct policy *p = d->e->policy;
	const struct policy_file *o;
	size_t n = p->nfiles, w = (size_t)(rule - p->files);
	char buf[PATH_MAX];
	int any = 0;

	if (n < 2)
		return;
	if (d->pairs == NULL &&
	    (d->pairs = calloc(n * n + n, sizeof(*d->pairs))) == NULL) {
		if (d->error == 0)
			d->error = -ENOMEM;
		return;
	}
	d->pairs[n * n + w]++;
	rel = tree_plain_name(rel, buf, sizeof(buf));
	for (o = policy_match_file_after(p, rule, rel); o != NULL;
	    o = policy_match_file_after(p, o, rel)) {
		d->pairs[w * n + (size_t)(o - p->files)]++;
		any = 1;
	}
	d->t->overlapping += any;
}

/* Each pair of rules that both match files, and each rule so shadowed
 * that it applies to none: rule names and counts only. */
static void
drift_overlaps(struct drift *d)
{
	const struct policy *p = d->e->policy;
	size_t n = p->nfiles;

	for (size_t w = 0; d->pairs != NULL && w < n; w++)
		for (size_t o = 0; o < n; o++) {
			unsigned long k = d->pairs[w * n + o];

			if (k == 0)
				continue;
			drift_note(d, "[file %s] and [file %s] both match %lu "
			    "file%s: [file %s], the first in the policy, is "
			    "%s rule; [file %s]'s does not apply%s",
			    p->files[w].name, p->files[o].name, k,
			    k == 1 ? "" : "s", p->files[w].name,
			    k == 1 ? "its" : "their", p->files[o].name,
			    d->pairs[n * n + o] == 0 ? " (it applies to no "
			    "file: every file it matches is an earlier "
			    "rule's)" : "");
		}
	free(d->pairs);
	d->pairs = NULL;
}

/* An entry the view does not list: a regular file, directly or in a
 * subdirectory without a shown file, is one no rule matches.  Hidden
 * entries are hidden on purpose; links are never followed. */
static void
drift_skipped(struct drift *d, const struct tree_walk_entry *e)
{
	unsigned long other = 0;
	int fd;

	if (e->src_name[0] == '.' || e->st == NULL)
		return;
	if (S_ISREG(e->st->st_mode)) {
		d->direct++;
		switch (engine_own_file(d->e, e->dir_fd, e->src_name, e->st)) {
		case ENGINE_OWN_NONE:
			break;
		case ENGINE_OWN_KEY:
			d->keys++;
			break;
		default:
			d->own++;
			break;
		}
	} else if (S_ISDIR(e->st->st_mode) && engine_own_file(d->e, e->dir_fd,
	    e->src_name, e->st) != ENGINE_OWN_NONE) {
		d->direct++;	/* -o cache=: one entry, not walked */
		d->own++;
	} else if (S_ISDIR(e->st->st_mode) && e->depth < TREE_MAX_DEPTH &&
	    (fd = openat(e->dir_fd, e->src_name, O_RDONLY | O_DIRECTORY |
	    O_NOFOLLOW | O_CLOEXEC)) != -1) {
		tree_count_unshown(fd, e->depth + 1, &d->below, &other);
		close(fd);
	}
}

/* The directory's files no rule matches, in one finding. */
static void
drift_unmatched(struct drift *d, const char *view_rel, int depth)
{
	unsigned long n = d->direct + d->below, refused = d->refused[depth];

	if (n > 0) {
		d->t->unmatched += n;
		char below[80] = "";

		if (d->below)
			snprintf(below, sizeof(below), " (%lu in directories "
			    "the view does not show)", d->below);
		drift_note(d, "%s/: %lu file%s no [file] rule matches%s",
		    *view_rel ? view_rel : ".", n, n == 1 ? "" : "s", below);
	}
	/* Never shown whatever the rules (engine_is_key_file), but a key
	 * beside the exports is one copy of it too many: said at every
	 * start. */
	if (d->keys > 0)
		drift_note(d, "%s/: %lu of these file%s the key, a link to it "
		    "or a copy of it: never shown; keep the key outside the "
		    "source", *view_rel ? view_rel : ".", d->keys,
		    d->keys == 1 ? " is" : "s are");
	/* The audit file, the log, their rotated copies, the index cache
	 * beneath the source: never shown, said at every start, a finding
	 * (-o strict refuses), as the key is (mount48). */
	if (d->own > 0)
		drift_note(d, "%s/: %lu of these %s the program's own (the "
		    "audit file, the log or a rotated copy, the index cache, or "
		    "a copy of them, known by name or by content): never "
		    "shown; keep -o audit=, log= and cache= outside the source",
		    *view_rel ? view_rel : ".", d->own, d->own == 1 ? "is" :
		    "are");
	/* Refused by the name they would show: counted, never named (the
	 * name is why); the mount says each one only when it is looked up,
	 * the exporter when it fails it; a mount's start and -o strict
	 * count them too (they once passed them over). */
	if (refused > 0)
		drift_note(d, "%s/: %lu entr%s a [file] or [dir] rule shows "
		    "cannot be shown under %s name (refused: pseudonymize "
		    "check says why)", *view_rel ? view_rel : ".", refused,
		    refused == 1 ? "y" : "ies", refused == 1 ? "its" :
		    "their");
	d->t->refused += refused;
	d->direct = d->below = d->keys = d->own = d->refused[depth] = 0;
}

/* What the walk cannot open, list or name below the source is reported
 * by the export or the mount that reads it: not a drift finding. */
static int
drift_visit(void *arg, const struct tree_walk_entry *e)
{
	struct drift *d = arg;
	int fd, r;

	switch (e->what) {
	case TREE_WALK_FILE:
		drift_overlap(d, e->rule, e->src_rel);
		if ((fd = tree_walk_open(e)) >= 0) {
			drift_file(d, fd, e->rule, e->src_rel, e->view_rel);
			close(fd);
		} else if (d->seen != NULL && (r = scanned_add(d->seen,
		    e->src_rel, e->view_rel, e->st)) != 0) {
			/* Seen, not read: the export says why it cannot
			 * read it either (a changed version fails it). */
			return r;
		}
		return d->error;
	case TREE_WALK_SKIPPED:
		drift_skipped(d, e);
		break;
	case TREE_WALK_REFUSED:
		/* The walk lists no directory deeper (walk_dir). */
		if (e->depth >= 0 && e->depth <= TREE_MAX_DEPTH)
			d->refused[e->depth]++;
		break;
	case TREE_WALK_DIR_END:
		if (e->depth >= 0 && e->depth <= TREE_MAX_DEPTH)
			drift_unmatched(d, e->view_rel, e->depth);
		break;
	case TREE_WALK_FAILED:
		/* The source itself cannot be listed: no scan at all. */
		if (*e->view_rel == '\0')
			return -e->error->code;
		break;
	default:
		break;
	}
	return 0;
}

static int
drift_single(struct drift *d, int fd, const char *src, const char *as)
{
	const struct policy_file *rule;
	struct tree_naming how;
	struct ops_scratch scratch = { 0 };
	struct buf name = BUF_INIT;
	char plain[NAME_MAX + 1];
	const char *base = strrchr(src, '/');
	int r;

	/* Matched as the exporter matches it: X.csv.gz as X.csv. */
	base = tree_plain_name(base ? base + 1 : src, plain, sizeof(plain));
	if (as != NULL)
		base = as;
	if ((rule = policy_match_file(d->e->policy, base)) == NULL) {
		d->t->unmatched++;
		drift_note(d, "the file given matches no [file] rule");
		return 0;
	}
	if ((r = tree_view_name(d->e->policy, base, rule, &scratch, &name,
	    &how)) == 0 && how.shown) {
		drift_overlap(d, rule, base);
		drift_file(d, fd, rule, "", name.data);
	} else if (r == 0) {
		d->t->refused++;
		drift_note(d, "the file given cannot be shown under its name "
		    "(pseudonymize check says why)");
	}
	buf_free(&name);
	ops_scratch_free(&scratch);
	return r != 0 ? r : d->error;
}

int
drift_scan(const struct engine *e, const char *src, const char *as,
    drift_report_fn report, void *arg, struct drift_totals *t)
{
	int fd, r;

	memset(t, 0, sizeof(*t));
	if ((fd = open(src, O_RDONLY | O_CLOEXEC)) == -1)
		return -errno;
	r = drift_scan_fd(e, fd, src, as, NULL, report, arg, t);
	close(fd);
	return r;
}

int
drift_scan_fd(const struct engine *e, int fd, const char *src,
    const char *as, struct scanned *seen, drift_report_fn report, void *arg,
    struct drift_totals *t)
{
	struct tree tree = { .engine = e, .root_fd = -1 };
	struct drift d = { .e = e, .tree = &tree, .report = report,
	    .arg = arg, .t = t, .seen = seen };
	struct stat st;
	int r;

	memset(t, 0, sizeof(*t));
	if (fstat(fd, &st) == -1) {
		r = -errno;
	} else if (S_ISDIR(st.st_mode)) {
		tree.root_fd = fd;
		r = tree_walk(&tree, 0, drift_visit, &d);
	} else if (S_ISREG(st.st_mode)) {
		r = drift_single(&d, fd, src, as);
	} else {
		r = 0;		/* a pipe: nothing to read twice */
	}
	if (r == 0)
		r = d.error;
	drift_overlaps(&d);
	return r;
}

unsigned long
drift_findings(const struct drift_totals *t)
{
	return t->unnamed + t->missing + t->unmatched + t->failed +
	    t->refused + t->duplicated;
}

int
drift_summary(const struct drift_totals *t, const char *strict_opt,
    int strict, char *buf, size_t len)
{
	unsigned long n = drift_findings(t);
	char dup[80] = "";

	if (n == 0)
		return -ENOENT;
	/* Said only when found: the line operators' scripts read is as it
	 * was otherwise. */
	if (t->duplicated > 0)
		snprintf(dup, sizeof(dup), ", %lu duplicate header%s shown as "
		    "written", t->duplicated, t->duplicated == 1 ? "" : "s");
	snprintf(buf, len, "%lu finding%s (%lu header%s no rule names, "
	    "%lu expected rule%s missing, %lu file%s no rule matches, %lu "
	    "file%s that cannot be shown, %lu name%s refused%s): %s %s", n,
	    n == 1 ? "" : "s",
	    t->unnamed, t->unnamed == 1 ? "" : "s",
	    t->missing, t->missing == 1 ? "" : "s",
	    t->unmatched, t->unmatched == 1 ? "" : "s",
	    t->failed, t->failed == 1 ? "" : "s",
	    t->refused, t->refused == 1 ? "" : "s", dup,
	    strict ? "refused by" : "would be refused by", strict_opt);
	return 0;
}
