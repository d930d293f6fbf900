/* pseudonymize: the offline front-end of the engine (keygen, export,
 * audit-verify). */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "audit.h"
#include "check.h"
#include "engine.h"
#include "index.h"
#include "ops.h"
#include "provenance.h"
#include "tree.h"
#include "view.h"

#define OUT_CHUNK	(1u << 20)
#define PROGRESS_NS	200000000L	/* redraw at most 5 times a second */

static const char *progname = "pseudonymize";

static void __attribute__((format(printf, 1, 2)))
warnx(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: %s keygen KEYFILE\n"
	    "       %s export -p POLICY -k KEYFILE [-v] [--as PATH]\n"
	    "                 [--provenance FILE] SRC DST\n"
	    "       %s export -p POLICY -k KEYFILE --as PATH\n"
	    "                 (--header-line LINE | --header-from FILE)\n"
	    "                 [--encoding utf-8|cp1252] - -\n"
	    "       %s check -p POLICY [-k KEYFILE] [--json] [--k N] [--worst N]\n"
	    "             [--show-headers] [--show-names] SRC\n"
	    "       %s audit-verify FILE...   (a rotated series, oldest first)\n"
	    "\n"
	    "SRC and DST are both directories (the tree is mirrored, only files a\n"
	    "policy rule matches are written) or both files; '-' is standard\n"
	    "input or output, and --as PATH names the file the policy should\n"
	    "match standard input as.  With --header-line or --header-from,\n"
	    "standard input holds records without their header (a chunk of a\n"
	    "file, for Spark or Hadoop Streaming) and the output has no header:\n"
	    "docs/scaling.md.  check reports what a view shows and its\n"
	    "re-identification risk: docs/check.md.\n",
	    progname, progname, progname, progname, progname);
	exit(2);
}

/* ---- output: a temporary file renamed into place on success ---- */

struct out {
	int		 fd;
	char		*buf;
	size_t		 len;
	/* --provenance: the view's bytes and their BLAKE2b-256. */
	off_t		 written;
	crypto_generichash_state *digest;
	unsigned long long bytes_in;	/* progress */
	int		 failed;
};

static int
out_flush(struct out *o)
{
	size_t off = 0;
	ssize_t n;

	if (o->digest != NULL)
		crypto_generichash_update(o->digest, (const unsigned char *)o->buf,
		    o->len);
	o->written += (off_t)o->len;
	while (off < o->len) {
		n = write(o->fd, o->buf + off, o->len - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			return -errno;
		off += (size_t)n;
	}
	o->len = 0;
	return 0;
}

static int
out_write(struct out *o, const char *p, size_t n)
{
	int r;

	while (n > 0) {
		size_t room = OUT_CHUNK - o->len, take = n < room ? n : room;
		memcpy(o->buf + o->len, p, take);
		o->len += take;
		p += take;
		n -= take;
		if (o->len == OUT_CHUNK && (r = out_flush(o)) != 0)
			return r;
	}
	return 0;
}

/* ---- progress on a terminal ---- */

struct progress {
	int			 on;
	struct timespec		 start, last;
	unsigned long		 files_done;
	unsigned long long	 bytes;
	int			 drawn;
};

static long long
ns_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000000000LL + (now.tv_nsec - t->tv_nsec);
}

static void
progress_draw(struct progress *pg, unsigned long long extra, int force)
{
	double secs;

	if (!pg->on)
		return;
	/* Short runs stay silent; long ones say they are alive. */
	if (!force && (ns_since(&pg->start) < 1000000000LL ||
	    ns_since(&pg->last) < PROGRESS_NS))
		return;
	if (force && !pg->drawn)
		return;
	clock_gettime(CLOCK_MONOTONIC, &pg->last);
	secs = ns_since(&pg->start) / 1e9;
	fprintf(stderr, "\r%s: %lu files, %.1f MB read, %.1f MB/s   ", progname,
	    pg->files_done, (pg->bytes + extra) / 1e6,
	    secs > 0 ? (pg->bytes + extra) / 1e6 / secs : 0.0);
	pg->drawn = 1;
}

/* ---- export of one file ---- */

struct job {
	const struct engine	*engine;
	struct progress		 progress;
	struct ops_scratch	 scratch;
	struct buf		 view_path;
	const char		*stdin_as;
	FILE			*provenance;	/* --provenance sidecar */
	int			 verbose;
	unsigned long		 exported, skipped, failed;
};

struct sink_state {
	struct out	*out;
	struct job	*job;
	off_t		 base;
};

static int
export_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct sink_state *s = arg;

	(void)line;
	progress_draw(&s->job->progress, (unsigned long long)src_end, 0);
	return out_write(s->out, bytes, len);
}

static void
report(const char *name, const struct view_error *err, int r)
{
	if (r == -EINVAL && err->what != NULL) {
		if (err->line && err->column)
			warnx("%s: line %ld, column %zu: %s", name, err->line,
			    err->column, err->what);
		else if (err->line)
			warnx("%s: line %ld: %s", name, err->line, err->what);
		else
			warnx("%s: %s", name, err->what);
	} else {
		warnx("%s: %s", name, strerror(-r));
	}
}

static int
source_changed(int fd, const struct index_identity *before)
{
	struct index_identity now;
	struct stat st;

	if (fstat(fd, &st) != 0)
		return 1;
	index_identity_of(&st, &now);
	return !index_identity_equal(before, &now);
}

/* One line of the --provenance sidecar, after the file was written: the
 * same values the mount's user.pseudonymfs.* attributes give. */
static int
record_provenance(struct job *job, const struct policy_file *rule, int src_fd,
    const struct stat *st, const char *name, struct out *o)
{
	char source[PROVENANCE_DIGEST_HEX], view[PROVENANCE_VIEW_HEX];
	unsigned char digest[32];
	int r;

	if ((r = provenance_source_digest(job->engine, src_fd, st, source)) != 0) {
		warnx("%s: cannot digest the source for --provenance: %s", name,
		    strerror(-r));
		return r;
	}
	crypto_generichash_final(o->digest, digest, sizeof(digest));
	sodium_bin2hex(view, sizeof(view), digest, sizeof(digest));
	if ((r = provenance_write_file(job->provenance, name, rule, source,
	    view, o->written)) != 0)
		warnx("--provenance: cannot write: %s", strerror(-r));
	return r;
}

/*
 * Transform src_fd into out_fd.  `name` is how the file is named in
 * messages: its name in the view, never the source name, which may be a
 * patient's ("export_DUPONT_Jean.csv").
 */
static int
export_fd(struct job *job, const struct policy_file *rule, int src_fd,
    int out_fd, const char *name)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct view_error err = { 0 };
	struct out o = { .fd = out_fd };
	struct sink_state s = { &o, job, 0 };
	struct index_identity before;
	crypto_generichash_state digest;
	struct stat st;
	int regular, reported = 0, r;

	/* A file changed while it is read (truncated, appended, rewritten)
	 * would give a view of no version: compared as the mount does. */
	regular = fstat(src_fd, &st) == 0 && S_ISREG(st.st_mode);
	if (regular)
		index_identity_of(&st, &before);
	if (job->provenance != NULL) {
		if (!regular) {
			warnx("%s: --provenance needs a regular source file", name);
			return -EINVAL;
		}
		crypto_generichash_init(&digest, NULL, 0, 32);
		o.digest = &digest;
	}
	if ((o.buf = malloc(OUT_CHUNK)) == NULL)
		return -ENOMEM;
	if ((r = view_reader_new(src_fd, &rd)) != 0)
		goto out;
	if ((r = view_open(job->engine, rule, rd, &v, &err)) != 0)
		goto out;
	if ((r = out_write(&o, v->head.data ? v->head.data : "", v->head.len)) != 0)
		goto out;
	r = view_run(v, rd, v->data_line, export_sink, &s, &err);
	/* Checked first: a truncated record is the change, not a bad row. */
	if (regular && source_changed(src_fd, &before)) {
		warnx("%s: the source changed while it was read; export it "
		    "again", name);
		r = -ESTALE;
		reported = 1;
		goto out;
	}
	if (r == 0)
		r = out_flush(&o);
	if (r == 0 && job->provenance != NULL) {
		reported = 1;
		r = record_provenance(job, rule, src_fd, &st, name, &o);
	}
 out:
	if (r != 0 && !reported)
		report(name, &err, r);
	free(o.buf);
	view_free(v);
	view_reader_free(rd);
	return r;
}

/*
 * Records without their header on in_fd (a chunk of a file cut at record
 * boundaries), to out_fd without a header.  The plan and the dialect come
 * from the header alone: the whole file given by --header-from (so they are
 * exactly those of a one-pass export), or the line given by --header-line;
 * --encoding settles what an ASCII header leaves open.  Every chunk is then
 * read the same way, whatever bytes it happens to hold.
 */
static int
export_headless(struct job *job, const struct policy_file *rule,
    const char *header_line, const char *header_from, int encoding,
    int in_fd, int out_fd)
{
	struct view_reader *hrd = NULL, *rd = NULL;
	struct view *v = NULL;
	struct view_error err = { 0 };
	struct out o = { .fd = out_fd };
	struct sink_state s = { &o, job, 0 };
	const char *name = "header";
	int hfd = -1, r;

	if ((o.buf = malloc(OUT_CHUNK)) == NULL)
		return -ENOMEM;
	if (header_from != NULL) {
		if ((hfd = open(header_from, O_RDONLY | O_CLOEXEC)) == -1) {
			r = -errno;
			warnx("--header-from: cannot open: %s", strerror(errno));
			goto done;
		}
		r = view_reader_new(hfd, &hrd);
	} else {
		r = view_reader_new_mem(header_line, strlen(header_line), &hrd);
	}
	if (r != 0 || (r = view_open(job->engine, rule, hrd, &v, &err)) != 0)
		goto out;
	if (v->ncols == 0) {
		r = -EINVAL;
		err.what = "the header is empty";
		goto out;
	}
	if (encoding >= 0 && (enum dialect_encoding)encoding != v->dialect.encoding) {
		if (!dialect_head_is_ascii(header_line, strlen(header_line))) {
			r = -EINVAL;
			err.what = "--encoding contradicts the header's own encoding";
			goto out;
		}
		v->dialect.encoding = (enum dialect_encoding)encoding;
	}
	/* Line numbers in messages count from the chunk's first record. */
	name = "standard input";
	if ((r = view_reader_new(in_fd, &rd)) != 0 ||
	    (r = view_run(v, rd, 1, export_sink, &s, &err)) != 0)
		goto out;
	r = out_flush(&o);
 out:
	if (r != 0)
		report(name, &err, r);
 done:
	if (hfd != -1)
		close(hfd);
	free(o.buf);
	view_free(v);
	view_reader_free(hrd);
	view_reader_free(rd);
	return r;
}

/* Write DST atomically: a failed file leaves no file at all. */
static int
export_to_path(struct job *job, const struct policy_file *rule, int src_fd,
    int dst_dirfd, const char *dst_name, const char *name)
{
	char tmp[NAME_MAX + 1];
	int fd, r;

	if (snprintf(tmp, sizeof(tmp), ".pseudonymize.%ld.tmp", (long)getpid()) >=
	    (int)sizeof(tmp))
		return -ENAMETOOLONG;
	unlinkat(dst_dirfd, tmp, 0);
	fd = openat(dst_dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0640);
	if (fd == -1) {
		r = -errno;
		warnx("%s: cannot create output: %s", name, strerror(errno));
		return r;
	}
	r = export_fd(job, rule, src_fd, fd, name);
	if (close(fd) == -1 && r == 0) {
		r = -errno;
		warnx("%s: cannot write output: %s", name, strerror(errno));
	}
	if (r == 0 && renameat(dst_dirfd, tmp, dst_dirfd, dst_name) == -1) {
		r = -errno;
		warnx("%s: cannot write output: %s", name, strerror(errno));
	}
	if (r != 0)
		unlinkat(dst_dirfd, tmp, 0);
	return r;
}

/* Create each directory of the view path under dst_root; return a dirfd for
 * the last one. */
static int
open_dst_dir(int dst_root, const char *view_path)
{
	char part[PATH_MAX];
	const char *slash;
	int fd = dup(dst_root), next;

	if (fd == -1)
		return -errno;
	while ((slash = strchr(view_path, '/')) != NULL) {
		size_t n = (size_t)(slash - view_path);
		if (n >= sizeof(part)) {
			close(fd);
			return -ENAMETOOLONG;
		}
		memcpy(part, view_path, n);
		part[n] = '\0';
		if (mkdirat(fd, part, 0750) == -1 && errno != EEXIST) {
			close(fd);
			return -errno;
		}
		next = openat(fd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		close(fd);
		if (next == -1)
			return -errno;
		fd = next;
		view_path = slash + 1;
	}
	return fd;
}

/* One file of the tree: `view_rel` is its path in the view. */
static int
export_tree_file(struct job *job, int src_dirfd, const char *src_name,
    const struct policy_file *rule, const char *view_rel, int dst_root)
{
	const char *base;
	struct stat st;
	int src_fd = -1, dst_dirfd = -1, r;

	src_fd = openat(src_dirfd, src_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (src_fd == -1 || fstat(src_fd, &st) == -1) {
		r = -errno;
		warnx("%s: cannot open source: %s", view_rel, strerror(errno));
		goto out;
	}
	if ((dst_dirfd = open_dst_dir(dst_root, view_rel)) < 0) {
		r = dst_dirfd;
		warnx("%s: cannot create output directory: %s", view_rel,
		    strerror(-r));
		goto out;
	}
	base = strrchr(view_rel, '/');
	base = base ? base + 1 : view_rel;
	r = export_to_path(job, rule, src_fd, dst_dirfd, base, view_rel);
	job->progress.bytes += (unsigned long long)st.st_size;
 out:
	if (r == 0)
		job->exported++;
	else
		job->failed++;
	job->progress.files_done++;
	if (src_fd != -1)
		close(src_fd);
	if (dst_dirfd >= 0)
		close(dst_dirfd);
	return 0;	/* a failed file does not stop the others */
}

struct walk {
	struct job	*job;
	const struct tree *tree;
	int		 dir_fd;
	const char	*src_rel;
	const char	*view_rel;
	int		 dst_root;
};

static int export_dir(struct job *, const struct tree *, int, const char *,
    const char *, int);

/* What the export writes is what the mount shows: the tree module decides
 * both (hidden, unmatched and linked entries are never listed). */
static int
walk_fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct walk *w = arg;
	char view_rel[PATH_MAX], src_rel[PATH_MAX];
	int sub, r;

	if (snprintf(view_rel, sizeof(view_rel), "%s%s%s", w->view_rel,
	    *w->view_rel ? "/" : "", name) >= (int)sizeof(view_rel) ||
	    snprintf(src_rel, sizeof(src_rel), "%s%s%s", w->src_rel,
	    *w->src_rel ? "/" : "", src_name) >= (int)sizeof(src_rel)) {
		w->job->failed++;
		return 0;
	}
	if (!S_ISDIR(st->st_mode))
		return export_tree_file(w->job, w->dir_fd, src_name, rule,
		    view_rel, w->dst_root);
	sub = openat(w->dir_fd, src_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (sub == -1) {
		warnx("%s: cannot open directory: %s", view_rel, strerror(errno));
		w->job->failed++;
		return 0;
	}
	r = export_dir(w->job, w->tree, sub, src_rel, view_rel, w->dst_root);
	close(sub);
	return r;
}

/* An unreadable directory fails the export: its files would be missing
 * from the output with nothing said.  Named by its view path: a source
 * directory's name may be a patient's. */
static void
walk_unreadable(void *arg, const char *view_rel, int error)
{
	struct walk *w = arg;

	warnx("%s: cannot open directory: %s", view_rel, strerror(error));
	w->job->failed++;
}

/* An entry a rule shows but the view cannot name (two entries with one
 * view name, a name that is not UTF-8, a kept name that looks like an
 * identifier) fails the export, and neither entry of a collision is
 * written: one would overwrite the other.  Named by the view directory,
 * the rule and the shared view name, never the source name. */
static void
walk_refused(void *arg, const struct tree_refused_entry *e)
{
	struct walk *w = arg;
	const char *dir = *e->view_dir ? e->view_dir : ".";

	if (e->view_name != NULL)
		warnx("%s/%s: %s", dir, e->view_name,
		    tree_refusal_text(e->how->refusal));
	else
		warnx("%s/: a %s of %s%s%s: %s", dir, e->is_dir ? "directory" :
		    "file", e->how->rule ? "[" : "[project] dirs", e->how->rule ?
		    e->is_dir ? "dir " : "file " : "", e->how->rule ?
		    e->how->rule : "", tree_refusal_text(e->how->refusal));
	w->job->failed++;
}

static int
export_dir(struct job *job, const struct tree *tree, int dir_fd,
    const char *src_rel, const char *view_rel, int dst_root)
{
	struct walk w = { job, tree, dir_fd, src_rel, view_rel, dst_root };
	int r;

	if ((r = tree_list(tree, dir_fd, src_rel, view_rel, walk_fill,
	    &w)) != 0) {
		warnx("%s: cannot list directory: %s", *view_rel ? view_rel : ".",
		    strerror(-r));
		job->failed++;
	}
	return 0;
}

/* The destination must not be inside the source: the source is never
 * written, and a later export must not read its own output. */
static int
dst_inside_src(const char *src, const char *dst)
{
	char rs[PATH_MAX], rd[PATH_MAX], parent[PATH_MAX], *slash;
	size_t n;

	if (realpath(src, rs) == NULL)
		return 0;
	/* DST may not exist yet: then its parent decides. */
	if (realpath(dst, rd) == NULL) {
		snprintf(parent, sizeof(parent), "%s", dst);
		slash = strrchr(parent, '/');
		if (slash == NULL)
			snprintf(parent, sizeof(parent), ".");
		else if (slash == parent)
			parent[1] = '\0';
		else
			*slash = '\0';
		if (realpath(parent, rd) == NULL)
			return 0;
		strncat(rd, "/x", sizeof(rd) - strlen(rd) - 1);
	}
	n = strlen(rs);
	return strncmp(rs, rd, n) == 0 && (rd[n] == '\0' || rd[n] == '/' ||
	    strcmp(rs, "/") == 0);
}

/* The sidecar is created, never overwritten (0640, like the views). */
static int
open_provenance(struct job *job, const char *path)
{
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
	if (fd == -1 || (job->provenance = fdopen(fd, "w")) == NULL) {
		warnx("--provenance %s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (provenance_write_header(job->provenance, job->engine) != 0) {
		warnx("--provenance %s: cannot write", path);
		return -1;
	}
	return 0;
}

static int
cmd_export(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as", required_argument, NULL, 'a' },
		{ "header-line", required_argument, NULL, 'H' },
		{ "header-from", required_argument, NULL, 'F' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "provenance", required_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 },
	};
	const char *policy = NULL, *key = NULL, *src, *dst;
	const char *provenance = NULL;
	const char *header_line = NULL, *header_from = NULL;
	int encoding = -1;
	struct job job = { 0 };
	struct engine *engine = NULL;
	struct stat sst, dst_st;
	char err[1024];
	int ch, r = 1, dst_is_dir;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:v", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': policy = optarg; break;
		case 'k': key = optarg; break;
		case 'v': job.verbose = 1; break;
		case 'a': job.stdin_as = optarg; break;
		case 'H': header_line = optarg; break;
		case 'F': header_from = optarg; break;
		case 'P': provenance = optarg; break;
		case 'E':
			if (strcasecmp(optarg, "utf-8") == 0 ||
			    strcasecmp(optarg, "utf8") == 0)
				encoding = DIALECT_UTF8;
			else if (strcasecmp(optarg, "cp1252") == 0 ||
			    strcasecmp(optarg, "windows-1252") == 0)
				encoding = DIALECT_CP1252;
			else {
				warnx("--encoding %s: expected utf-8 or cp1252",
				    optarg);
				return 1;
			}
			break;
		default: usage();
		}
	}
	if (policy == NULL || key == NULL || argc - optind != 2)
		usage();
	if (header_line != NULL && header_from != NULL) {
		warnx("--header-line and --header-from: give one");
		return 1;
	}
	if ((header_line != NULL || header_from != NULL) &&
	    (strcmp(argv[optind], "-") != 0 || strcmp(argv[optind + 1], "-") != 0)) {
		warnx("--header-line and --header-from are for chunks on standard "
		    "input: SRC and DST must be -");
		return 1;
	}
	if (provenance != NULL && (header_line != NULL || header_from != NULL)) {
		warnx("--provenance records whole files, not chunks");
		return 1;
	}
	if (encoding >= 0 && header_line == NULL) {
		warnx("--encoding goes with --header-line (with --header-from the "
		    "file's encoding is sniffed as for a whole file)");
		return 1;
	}
	src = argv[optind];
	dst = argv[optind + 1];
	if (engine_open(policy, key, &engine, err, sizeof(err)) != 0) {
		warnx("%s", err);
		return 1;
	}
	job.engine = engine;
	if (provenance != NULL && (r = open_provenance(&job, provenance)) != 0) {
		r = 1;
		goto out;
	}
	r = 1;
	if (job.verbose)
		warnx("policy %s, key id %s, project '%s'", engine->policy->hash,
		    keys_id(engine->keys), engine->policy->project);
	job.progress.on = isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &job.progress.start);

	if (strcmp(src, "-") == 0) {
		const struct policy_file *rule;
		const char *as = job.stdin_as;

		if (as == NULL && engine->policy->nfiles == 1)
			as = engine->policy->files[0].globs[0];
		if (as == NULL || (rule = policy_match_file(engine->policy, as)) == NULL) {
			warnx("standard input: say which file rule applies with "
			    "--as PATH (a path the policy matches)");
			goto out;
		}
		if (header_line != NULL || header_from != NULL) {
			r = export_headless(&job, rule, header_line, header_from,
			    encoding, STDIN_FILENO, STDOUT_FILENO) != 0;
		} else if (strcmp(dst, "-") == 0) {
			r = export_fd(&job, rule, STDIN_FILENO, STDOUT_FILENO,
			    "standard input") != 0;
		} else {
			warnx("standard input goes to standard output: use - as DST");
		}
		goto out;
	}
	if (stat(src, &sst) == -1) {
		warnx("%s: %s", src, strerror(errno));
		goto out;
	}
	dst_is_dir = strcmp(dst, "-") != 0 && stat(dst, &dst_st) == 0 &&
	    S_ISDIR(dst_st.st_mode);
	if (S_ISDIR(sst.st_mode)) {
		int src_fd, dst_fd;

		if (strcmp(dst, "-") == 0) {
			warnx("a directory cannot go to standard output");
			goto out;
		}
		if (dst_inside_src(src, dst)) {
			warnx("%s is inside %s: the source is never written to",
			    dst, src);
			goto out;
		}
		if (!dst_is_dir && mkdir(dst, 0750) == -1) {
			warnx("%s: %s", dst, strerror(errno));
			goto out;
		}
		src_fd = open(src, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		dst_fd = open(dst, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (src_fd == -1 || dst_fd == -1) {
			warnx("cannot open %s: %s", src_fd == -1 ? src : dst,
			    strerror(errno));
		} else {
			struct tree tree = { engine, src_fd, walk_unreadable,
			    walk_refused };
			export_dir(&job, &tree, src_fd, "", "", dst_fd);
			progress_draw(&job.progress, 0, 1);
			if (job.progress.drawn)
				fputc('\n', stderr);
			if (job.verbose || job.progress.on)
				warnx("%lu files exported, %lu failed, %lu not "
				    "matched by any rule", job.exported, job.failed,
				    job.skipped);
			r = job.failed != 0;
		}
		if (src_fd != -1)
			close(src_fd);
		if (dst_fd != -1)
			close(dst_fd);
	} else if (S_ISREG(sst.st_mode)) {
		const struct policy_file *rule;
		const char *base = strrchr(src, '/');
		struct tree_naming how;
		char dir[PATH_MAX];
		int sfd, dfd;

		base = base ? base + 1 : src;
		if ((rule = policy_match_file(engine->policy,
		    job.stdin_as ? job.stdin_as : base)) == NULL) {
			warnx("no [file] rule of the policy matches this file "
			    "(use --as PATH to match it as another path)");
			goto out;
		}
		if (tree_view_name(engine->policy, job.stdin_as ? job.stdin_as :
		    base, rule, &job.scratch, &job.view_path, &how) != 0) {
			r = 1;
			goto out;
		}
		if (!how.shown) {
			warnx("the file is not shown: [file %s]: %s", rule->name,
			    tree_refusal_text(how.refusal));
			r = 1;
			goto out;
		}
		r = 1;
		if ((sfd = open(src, O_RDONLY | O_CLOEXEC)) == -1) {
			warnx("%s: cannot open source: %s", job.view_path.data,
			    strerror(errno));
			goto out;
		}
		if (strcmp(dst, "-") == 0) {
			r = export_fd(&job, rule, sfd, STDOUT_FILENO,
			    job.view_path.data) != 0;
		} else {
			const char *vbase = strrchr(job.view_path.data, '/');
			const char *dbase;
			vbase = vbase ? vbase + 1 : job.view_path.data;
			if (dst_is_dir) {
				snprintf(dir, sizeof(dir), "%s", dst);
				dbase = vbase;
			} else {
				const char *slash = strrchr(dst, '/');
				snprintf(dir, sizeof(dir), "%.*s", slash ?
				    (int)(slash - dst) + 1 : 1, slash ? dst : ".");
				dbase = slash ? slash + 1 : dst;
			}
			if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
				warnx("%s: %s", dir, strerror(errno));
			} else {
				r = export_to_path(&job, rule, sfd, dfd, dbase,
				    job.view_path.data) != 0;
				close(dfd);
			}
		}
		close(sfd);
	} else {
		warnx("%s is neither a directory nor a regular file", src);
	}
 out:
	if (job.provenance != NULL && fclose(job.provenance) != 0) {
		warnx("--provenance: cannot write: %s", strerror(errno));
		r = 1;
	}
	buf_free(&job.view_path);
	ops_scratch_free(&job.scratch);
	engine_free(engine);
	return r;
}

/* Exit status of check: 0 nothing to look at, 1 the report could not be
 * made or a file cannot be shown (or named), 3 a file is below the k
 * threshold, its header drifted, or a name shown as it is looks like an
 * identifier (docs/check.md). */
static int
cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "show-headers", no_argument, NULL, 'H' },
		{ "show-names", no_argument, NULL, 'N' },
		{ "k", required_argument, NULL, 'K' },
		{ "worst", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	const char *policy = NULL, *key = NULL;
	struct engine *engine = NULL;
	char err[1024], *end;
	unsigned long n;
	int ch, r;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': policy = optarg; break;
		case 'k': key = optarg; break;
		case 'j': o.json = 1; break;
		case 'H': o.show_headers = 1; break;
		case 'N': o.show_names = 1; break;
		case 'K':
		case 'w':
			errno = 0;
			n = strtoul(optarg, &end, 10);
			if (errno || *end != '\0' || end == optarg ||
			    (ch == 'K' && (n < 1 || n > 1000000)) || n > 1000) {
				warnx("--%s %s: expected a whole number (--k: 1 to "
				    "1000000, --worst: 0 to 1000)", ch == 'K' ?
				    "k" : "worst", optarg);
				return 1;
			}
			if (ch == 'K')
				o.threshold = n;
			else
				o.worst = n;
			break;
		default: usage();
		}
	}
	if (policy == NULL || argc - optind != 1)
		usage();
	r = key ? engine_open(policy, key, &engine, err, sizeof(err)) :
	    engine_open_unkeyed(policy, &engine, err, sizeof(err));
	if (r != 0) {
		warnx("%s", err);
		return 1;
	}
	r = check_run(engine, argv[optind], &o, stdout, &t);
	engine_free(engine);
	if (fflush(stdout) != 0 || r != 0)
		return 1;
	if (t.failed || t.refused)
		return 1;
	return t.below || t.drift || t.name_warnings ? 3 : 0;
}

static int
cmd_keygen(int argc, char **argv)
{
	char err[512];

	if (argc != 2)
		usage();
	if (keys_generate(argv[1], err, sizeof(err)) != 0) {
		warnx("%s", err);
		return 1;
	}
	return 0;
}

/* Exit 0 if the chain holds, 1 at the first broken record, 2 if a file
 * cannot be read. */
static int
cmd_audit_verify(int argc, char **argv)
{
	int r;

	if (argc < 2)
		usage();
	r = audit_verify((const char *const *)argv + 1, (size_t)argc - 1,
	    stdout);
	return r == 0 ? 0 : r == -EBADMSG ? 1 : 2;
}

int
main(int argc, char **argv)
{
	if (engine_protect_process() != 0) {
		warnx("cannot disable core dumps: %s", strerror(errno));
		return 1;
	}
	if (argc < 2)
		usage();
	if (strcmp(argv[1], "keygen") == 0)
		return cmd_keygen(argc - 1, argv + 1);
	if (strcmp(argv[1], "export") == 0)
		return cmd_export(argc - 1, argv + 1);
	if (strcmp(argv[1], "check") == 0)
		return cmd_check(argc - 1, argv + 1);
	if (strcmp(argv[1], "audit-verify") == 0)
		return cmd_audit_verify(argc - 1, argv + 1);
	usage();
}
