/* pseudonymize: the offline front-end of the engine (keygen, export, check,
 * audit-verify): options and messages; the work is in export.c, check.c. */
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
#include "drift.h"
#include "engine.h"
#include "export.h"
#include "ops.h"
#include "tree.h"
#include "progress.h"
#include "provenance.h"
#include "reveal.h"
#include "tree.h"
#include "version.h"
#include "view.h"

#define OUT_CHUNK	(1u << 20)

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

/* Usage of each subcommand: `pseudonymize SUBCOMMAND --help` prints its
 * own, `pseudonymize --help` all of them. */
static const struct {
	const char	*name;
	const char	*text;
} usages[] = {
	{ "keygen",
	    "usage: %s keygen KEYFILE\n"
	    "  Writes a new random key, mode 0600, and prints its key id.\n" },
	{ "export",
	    "usage: %s export -p POLICY -k KEYFILE [-v] [-q] [-j N] [--update]\n"
	    "                 [--strict] [--as PATH] [--provenance FILE] [--gzip]\n"
	    "                 SRC DST\n"
	    "       %s export -p POLICY -k KEYFILE --as PATH\n"
	    "                 (--header-line LINE | --header-from FILE)\n"
	    "                 [--encoding utf-8|cp1252] - -\n"
	    "  A source X.csv.gz (gzip) is read decompressed and written as\n"
	    "  X.csv; --gzip writes every file compressed, as NAME.gz:\n"
	    "  docs/gzip.md.\n"
	    "  SRC and DST are both directories (the tree is mirrored, only\n"
	    "  files a policy rule matches are written) or both files; '-' is\n"
	    "  standard input or output, and --as PATH names the file the\n"
	    "  policy should match standard input as.  A DST directory must be\n"
	    "  empty unless --update is given: then its files are replaced and\n"
	    "  what the view no longer has is removed.  -j N: N worker threads\n"
	    "  (default: the number of CPUs); the bytes do not depend on N.\n"
	    "  -q: no progress line and no summary.  With --header-line or\n"
	    "  --header-from, standard input holds records without their header\n"
	    "  (a chunk of a file, for Spark or Hadoop Streaming) and the output\n"
	    "  has no header: docs/scaling.md.  --provenance FILE writes a line\n"
	    "  per exported file (its source digest and view digest, as the\n"
	    "  mount's user.pseudonymfs.* attributes): docs/provenance.md.\n"
	    "  Before anything is written, what the policy names nowhere in SRC\n"
	    "  (headers, expected rules, files) is printed; --strict refuses to\n"
	    "  start on any such finding: docs/check.md.\n" },
	{ "check",
	    "usage: %s check -p POLICY [-k KEYFILE] [-q] [--json] [--k N]\n"
	    "             [--worst N] [--show-headers] SRC\n"
	    "  Reports what a view shows and its re-identification risk:\n"
	    "  docs/check.md.  -q: no progress line.\n" },
	{ "audit-verify",
	    "usage: %s audit-verify FILE...   (a rotated series, oldest first)\n" },
	{ "reveal",
	    "usage: %s reveal -p POLICY -k KEYFILE [-o FILE] [--audit FILE]\n"
	    "             [--as PATH] SRC TOKEN...\n"
	    "  For the key holder: the source path, line and raw cells of the\n"
	    "  rows whose view holds each token (or the source name of a\n"
	    "  file-name token).  Only to a terminal or a new file (-o), after\n"
	    "  an audit record per token (--audit): docs/threat-model.md.\n" },
};

static void
print_usage(FILE *f, const char *cmd)
{
	for (size_t i = 0; i < sizeof(usages) / sizeof(usages[0]); i++) {
		if (cmd != NULL && strcmp(cmd, usages[i].name) != 0)
			continue;
		/* Two %s at most: the program name for each usage line. */
		fprintf(f, usages[i].text, progname, progname);
	}
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: %s keygen KEYFILE\n"
	    "       %s export -p POLICY -k KEYFILE [-v] [-q] [-j N] [--update]\n"
	    "                 [--strict] [--as PATH] [--provenance FILE] [--gzip]\n"
	    "                 SRC DST\n"
	    "       %s export -p POLICY -k KEYFILE --as PATH\n"
	    "                 (--header-line LINE | --header-from FILE)\n"
	    "                 [--encoding utf-8|cp1252] - -\n"
	    "       %s check -p POLICY [-k KEYFILE] [-q] [--json] [--k N] [--worst N]\n"
	    "             [--show-headers] [--show-names] SRC\n"
	    "       %s audit-verify FILE...   (a rotated series, oldest first)\n"
	    "       %s reveal -p POLICY -k KEYFILE [-o FILE] [--audit FILE]\n"
	    "             [--as PATH] SRC TOKEN...\n"
	    "       %s --version\n"
	    "\n"
	    "'%s SUBCOMMAND --help' says more about each.\n",
	    progname, progname, progname, progname, progname, progname,
	    progname, progname);
	exit(2);
}

/* `SUBCOMMAND --help` or `-h` anywhere before `--`: that usage, exit 0. */
static void
help_if_asked(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			print_usage(stdout, argv[0]);
			exit(fflush(stdout) == 0 ? 0 : 1);
		}
}

/* A missing required option is named, not left to a bare usage. */
static int
require(const char *cmd, const char *value, const char *opt, const char *what)
{
	if (value != NULL)
		return 0;
	warnx("%s: %s is missing (%s); '%s %s --help' for the usage", cmd, opt,
	    what, progname, cmd);
	return -1;
}

/* A progress line: on a terminal only, and not with -q. */
static int
progress_wanted(int quiet)
{
	return !quiet && isatty(STDERR_FILENO);
}

/* ---- output of records without their header ---- */

struct out {
	int		 fd;
	char		*buf;
	size_t		 len;
};

static int
out_flush(struct out *o)
{
	size_t off = 0;
	ssize_t n;

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
out_sink(void *arg, const char *p, size_t n, off_t src_end, long line)
{
	struct out *o = arg;
	int r;

	(void)src_end;
	(void)line;
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


/*
 * Records without their header on in_fd (a chunk of a file cut at record
 * boundaries), to out_fd without a header.  The plan and the dialect come
 * from the header alone: the whole file given by --header-from (so they are
 * exactly those of a one-pass export), or the line given by --header-line;
 * --encoding settles what an ASCII header leaves open.  Every chunk is then
 * read the same way, whatever bytes it happens to hold.
 */
static int
export_headless(const struct engine *e, const struct policy_file *rule,
    const char *header_line, const char *header_from, int encoding,
    int in_fd, int out_fd)
{
	struct view_reader *hrd = NULL, *rd = NULL;
	struct view *v = NULL;
	struct view_error err = { 0 };
	struct out o = { .fd = out_fd, .buf = NULL, .len = 0 };
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
	if (r != 0 || (r = view_open(e, rule, hrd, &v, &err)) != 0)
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
	    (r = view_run(v, rd, 1, out_sink, &o, &err)) != 0)
		goto out;
	r = out_flush(&o);
 out:
	if (r != 0)
		export_report(name, &err, r);
 done:
	if (hfd != -1)
		close(hfd);
	free(o.buf);
	view_free(v);
	view_reader_free(hrd);
	view_reader_free(rd);
	return r;
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

struct export_args {
	const char	*policy, *key, *src, *dst, *provenance;
	const char	*as, *header_line, *header_from;
	int		 encoding, verbose, quiet;
	int		 strict;	/* refuse to start on any drift finding */
	struct export_opts opts;
};

/* Standard input: a whole file, or records without their header. */
static int
export_stdin(const struct engine *e, struct export_args *a)
{
	const struct policy_file *rule;
	const char *as = a->as;
	struct progress pg;
	struct stat st;
	int r;

	if (as == NULL && e->policy->nfiles == 1)
		as = e->policy->files[0].globs[0];
	if (as == NULL || (rule = policy_match_file(e->policy, as)) == NULL) {
		warnx("standard input: say which file rule applies with "
		    "--as PATH (a path the policy matches)");
		return 1;
	}
	if (a->header_line != NULL || a->header_from != NULL)
		return export_headless(e, rule, a->header_line, a->header_from,
		    a->encoding, STDIN_FILENO, STDOUT_FILENO) != 0;
	if (strcmp(a->dst, "-") != 0) {
		warnx("standard input goes to standard output: use - as DST");
		return 1;
	}
	/* The total is known when standard input is a file. */
	progress_init(&pg, progress_wanted(a->quiet), progname,
	    fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) ?
	    (unsigned long long)st.st_size : 0, 1);
	a->opts.progress = &pg;
	r = export_fd(e, rule, STDIN_FILENO, STDOUT_FILENO, "standard input",
	    &a->opts);
	progress_end(&pg);
	a->opts.progress = NULL;
	return r != 0;
}

static void
export_summary(const struct export_args *a, const struct export_totals *t)
{
	char bytes[32];

	if (a->quiet)
		return;
	progress_format_bytes(bytes, sizeof(bytes), (double)t->bytes);
	warnx("%lu files exported (%s of source), %lu failed, %lu not matched by "
	    "any rule, %lu other entries not shown (hidden, links, directories "
	    "without a shown file)", t->exported, bytes, t->failed, t->unmatched,
	    t->not_shown);
	if (t->too_deep)
		warnx("%lu of the failed are files deeper than %d directories "
		    "below the source, which the view does not show", t->too_deep,
		    TREE_MAX_DEPTH);
	if (a->opts.update)
		warnx("--update: %lu entries of an earlier export removed",
		    t->removed);
}

static int
export_dir_cmd(const struct engine *e, struct export_args *a, int dst_exists)
{
	struct export_totals t;
	struct progress pg;
	int src_fd = -1, dst_fd = -1, r = 1;

	if (strcmp(a->dst, "-") == 0) {
		warnx("a directory cannot go to standard output");
		return 1;
	}
	if (dst_inside_src(a->src, a->dst)) {
		warnx("%s is inside %s: the source is never written to", a->dst,
		    a->src);
		return 1;
	}
	if (!dst_exists && mkdir(a->dst, 0750) == -1) {
		warnx("%s: %s", a->dst, strerror(errno));
		return 1;
	}
	src_fd = open(a->src, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	dst_fd = open(a->dst, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (src_fd == -1 || dst_fd == -1) {
		warnx("cannot open %s: %s", src_fd == -1 ? a->src : a->dst,
		    strerror(errno));
		goto out;
	}
	if (engine_attach_source(e, src_fd) != 0) {
		warnx("%s: %s", a->src, strerror(errno));
		goto out;
	}
	progress_init(&pg, progress_wanted(a->quiet), progname, 0, 0);
	a->opts.progress = &pg;
	r = export_tree(e, src_fd, dst_fd, a->dst, &a->opts, &t);
	progress_end(&pg);
	a->opts.progress = NULL;
	if (r == -EEXIST) {
		r = 1;
		goto out;
	}
	export_summary(a, &t);
	r = r != 0 || t.failed != 0;
 out:
	if (src_fd != -1)
		close(src_fd);
	if (dst_fd != -1)
		close(dst_fd);
	return r;
}

/* DST: "-", an existing directory (the view's base name goes in it), or a
 * file name. */
static int
export_file_to(const struct engine *e, const struct export_args *a,
    const struct policy_file *rule, int sfd, const char *view_path,
    int dst_is_dir)
{
	const char *vbase = strrchr(view_path, '/'), *dbase;
	char dir[PATH_MAX];
	int dfd, r;

	if (strcmp(a->dst, "-") == 0)
		return export_fd(e, rule, sfd, STDOUT_FILENO, view_path,
		    &a->opts) != 0;
	vbase = vbase ? vbase + 1 : view_path;
	if (dst_is_dir) {
		snprintf(dir, sizeof(dir), "%s", a->dst);
		dbase = vbase;
	} else {
		const char *slash = strrchr(a->dst, '/');
		snprintf(dir, sizeof(dir), "%.*s", slash ?
		    (int)(slash - a->dst) + 1 : 1, slash ? a->dst : ".");
		dbase = slash ? slash + 1 : a->dst;
	}
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		warnx("%s: %s", dir, strerror(errno));
		return 1;
	}
	r = export_to_path(e, rule, sfd, dfd, dbase, view_path, &a->opts) != 0;
	close(dfd);
	return r;
}

static int
export_file_cmd(const struct engine *e, struct export_args *a,
    const struct stat *sst, int dst_is_dir)
{
	const struct policy_file *rule;
	const char *base = strrchr(a->src, '/');
	const char *as;
	struct ops_scratch scratch = { 0 };
	struct buf view_path = BUF_INIT;
	struct tree_naming how;
	struct progress pg;
	char plain[NAME_MAX + 1];
	int sfd, r = 1;

	/* X.csv.gz is matched and named as X.csv, as in a tree. */
	base = tree_plain_name(base ? base + 1 : a->src, plain, sizeof(plain));
	as = a->as ? a->as : base;
	if ((rule = policy_match_file(e->policy, as)) == NULL) {
		warnx("no [file] rule of the policy matches this file "
		    "(use --as PATH to match it as another path)");
		return 1;
	}
	if (tree_view_name(e->policy, as, rule, &scratch, &view_path,
	    &how) != 0)
		goto out;
	if (!how.shown) {
		warnx("the file is not shown: [file %s]: %s", rule->name,
		    tree_refusal_text(how.refusal));
		goto out;
	}
	if ((sfd = open(a->src, O_RDONLY | O_CLOEXEC)) == -1) {
		warnx("%s: cannot open source: %s", view_path.data,
		    strerror(errno));
		goto out;
	}
	progress_init(&pg, progress_wanted(a->quiet), progname,
	    (unsigned long long)sst->st_size, 1);
	a->opts.progress = &pg;
	r = export_file_to(e, a, rule, sfd, view_path.data, dst_is_dir);
	progress_end(&pg);
	a->opts.progress = NULL;
	close(sfd);
 out:
	buf_free(&view_path);
	ops_scratch_free(&scratch);
	return r;
}

static int
parse_jobs(const char *s, unsigned *jobs)
{
	char *end;
	unsigned long n;

	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno || *end != '\0' || end == s || n < 1 || n > EXPORT_MAX_JOBS) {
		warnx("-j %s: expected a number of worker threads, 1 to %d", s,
		    EXPORT_MAX_JOBS);
		return -1;
	}
	*jobs = (unsigned)n;
	return 0;
}

static int
parse_encoding(const char *s, int *encoding)
{
	if (strcasecmp(s, "utf-8") == 0 || strcasecmp(s, "utf8") == 0)
		*encoding = DIALECT_UTF8;
	else if (strcasecmp(s, "cp1252") == 0 ||
	    strcasecmp(s, "windows-1252") == 0)
		*encoding = DIALECT_CP1252;
	else {
		warnx("--encoding %s: expected utf-8 or cp1252", s);
		return -1;
	}
	return 0;
}

static int
export_parse(int argc, char **argv, struct export_args *a)
{
	static const struct option longopts[] = {
		{ "as", required_argument, NULL, 'a' },
		{ "header-line", required_argument, NULL, 'H' },
		{ "header-from", required_argument, NULL, 'F' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "update", no_argument, NULL, 'U' },
		{ "provenance", required_argument, NULL, 'P' },
		{ "strict", no_argument, NULL, 'S' },
		{ "gzip", no_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	a->encoding = -1;
	a->opts.jobs = export_default_jobs();
	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:vqj:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': a->policy = optarg; break;
		case 'k': a->key = optarg; break;
		case 'v': a->verbose = 1; break;
		case 'q': a->quiet = 1; break;
		case 'U': a->opts.update = 1; break;
		case 'a': a->as = optarg; break;
		case 'H': a->header_line = optarg; break;
		case 'F': a->header_from = optarg; break;
		case 'P': a->provenance = optarg; break;
		case 'S': a->strict = 1; break;
		case 'z': a->opts.gzip = 1; break;
		case 'j':
			if (parse_jobs(optarg, &a->opts.jobs) != 0)
				return -1;
			break;
		case 'E':
			if (parse_encoding(optarg, &a->encoding) != 0)
				return -1;
			break;
		default: usage();
		}
	}
	if (require("export", a->policy, "-p POLICY", "the policy file") != 0 ||
	    require("export", a->key, "-k KEYFILE", "the key file") != 0)
		return -1;
	if (argc - optind != 2)
		usage();
	a->src = argv[optind];
	a->dst = argv[optind + 1];
	if (a->header_line != NULL && a->header_from != NULL) {
		warnx("--header-line and --header-from: give one");
		return -1;
	}
	if ((a->header_line != NULL || a->header_from != NULL) &&
	    (strcmp(a->src, "-") != 0 || strcmp(a->dst, "-") != 0)) {
		warnx("--header-line and --header-from are for chunks on standard "
		    "input: SRC and DST must be -");
		return -1;
	}
	if (a->opts.gzip && (a->header_line != NULL || a->header_from != NULL)) {
		warnx("--gzip writes whole files, not chunks (gzip the "
		    "concatenated output)");
		return -1;
	}
	if (a->provenance != NULL && (a->header_line != NULL ||
	    a->header_from != NULL)) {
		warnx("--provenance records whole files, not chunks");
		return -1;
	}
	if (a->encoding >= 0 && a->header_line == NULL) {
		warnx("--encoding goes with --header-line (with --header-from the "
		    "file's encoding is sniffed as for a whole file)");
		return -1;
	}
	return 0;
}

/* The sidecar is created, never overwritten (0640, like the views). */
static int
open_provenance(const struct engine *e, const char *path, FILE **fp)
{
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
	if (fd == -1 || (*fp = fdopen(fd, "w")) == NULL) {
		warnx("--provenance %s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (provenance_write_header(*fp, e) != 0) {
		warnx("--provenance %s: cannot write", path);
		return -1;
	}
	return 0;
}

/*
 * Before anything is written: what the policy names nowhere in SRC (headers
 * no rule names, expected rules missing, files no rule matches), printed
 * without values; --strict refuses to go on with any.  -q keeps them quiet
 * unless they refuse the export.  Standard input is read once, by the
 * export itself: not scanned.
 */
static int
export_drift(const struct engine *engine, const struct export_args *a)
{
	struct drift_totals t;
	char *text = NULL;
	size_t len = 0;
	FILE *f;
	int r, refused;

	if ((f = open_memstream(&text, &len)) == NULL)
		return a->strict ? -1 : 0;
	r = drift_scan(engine, a->src, a->as, progname, f, &t);
	if (r == 0)
		drift_summary(&t, progname, "--strict", a->strict, f);
	fclose(f);
	refused = a->strict && (r != 0 || drift_findings(&t) > 0);
	if (!a->quiet || refused)
		fwrite(text, 1, len, stderr);
	free(text);
	if (r != 0)
		warnx("%s: %s", a->src, strerror(-r));
	return refused ? -1 : 0;
}

static int
cmd_export(int argc, char **argv)
{
	struct export_args a = { 0 };
	struct engine *engine = NULL;
	struct stat sst, dst_st;
	char err[1024];
	int r = 1, dst_is_dir;

	if (export_parse(argc, argv, &a) != 0)
		return 1;
	if (engine_open(a.policy, a.key, &engine, err, sizeof(err)) != 0) {
		warnx("%s", err);
		return 1;
	}
	/* Refused by --strict: nothing written, not even the sidecar. */
	if (strcmp(a.src, "-") != 0 &&
	    export_drift(engine, &a) != 0)
		goto out;
	if (a.provenance != NULL &&
	    open_provenance(engine, a.provenance, &a.opts.provenance) != 0)
		goto out;
	if (a.verbose)
		warnx("policy %s, key id %s, project '%s', %u worker%s",
		    engine->policy->hash, keys_id(engine->keys),
		    engine->policy->project, a.opts.jobs,
		    a.opts.jobs == 1 ? "" : "s");
	if (strcmp(a.src, "-") == 0) {
		r = export_stdin(engine, &a);
		goto out;
	}
	if (stat(a.src, &sst) == -1) {
		warnx("%s: %s", a.src, strerror(errno));
		goto out;
	}
	dst_is_dir = strcmp(a.dst, "-") != 0 && stat(a.dst, &dst_st) == 0 &&
	    S_ISDIR(dst_st.st_mode);
	if (S_ISDIR(sst.st_mode))
		r = export_dir_cmd(engine, &a, dst_is_dir);
	else if (S_ISREG(sst.st_mode))
		r = export_file_cmd(engine, &a, &sst, dst_is_dir);
	else
		warnx("%s is neither a directory nor a regular file", a.src);
 out:
	if (a.opts.provenance != NULL && fclose(a.opts.provenance) != 0) {
		warnx("--provenance: cannot write: %s", strerror(errno));
		r = 1;
	}
	engine_free(engine);
	return r;
}

/* The progress total of check: what the view of src shows. */
static void
check_source_size(const struct engine *e, const char *src,
    unsigned long long *bytes, unsigned long *files)
{
	struct stat st;
	int fd;

	*bytes = 0;
	*files = 0;
	if ((fd = open(src, O_RDONLY | O_CLOEXEC)) == -1)
		return;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		export_tree_size(e, fd, bytes, files);
	} else if (S_ISREG(st.st_mode)) {
		*bytes = (unsigned long long)st.st_size;
		*files = 1;
	}
	close(fd);
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
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 },
	};
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	struct progress pg;
	const char *policy = NULL, *key = NULL;
	struct engine *engine = NULL;
	char err[1024], *end;
	unsigned long n;
	int ch, r, quiet = 0;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': policy = optarg; break;
		case 'k': key = optarg; break;
		case 'q': quiet = 1; break;
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
	if (require("check", policy, "-p POLICY", "the policy file") != 0)
		return 1;
	if (argc - optind != 1)
		usage();
	r = key ? engine_open(policy, key, &engine, err, sizeof(err)) :
	    engine_open_unkeyed(policy, &engine, err, sizeof(err));
	if (r != 0) {
		warnx("%s", err);
		return 1;
	}
	/* Only with a key does check read every record (the risk pass). */
	progress_init(&pg, progress_wanted(quiet) && key != NULL, progname, 0, 0);
	if (pg.on) {
		check_source_size(engine, argv[optind], &pg.total, &pg.files_total);
		o.progress = &pg;
	}
	r = check_run(engine, argv[optind], &o, stdout, &t);
	progress_end(&pg);
	engine_free(engine);
	if (fflush(stdout) != 0 || r != 0)
		return 1;
	if (t.failed || t.refused)
		return 1;
	return t.below || t.drift || t.hard_links || t.name_warnings ? 3 : 0;
}

static int
cmd_keygen(int argc, char **argv)
{
	struct keys *k = NULL;
	char err[512];

	if (argc != 2)
		usage();
	if (keys_generate(argv[1], err, sizeof(err)) != 0) {
		warnx("%s", err);
		return 1;
	}
	/* Read back: the id printed is the one of the bytes on disk. */
	if (keys_load(argv[1], &k, err, sizeof(err)) != 0) {
		warnx("%s", err);
		return 1;
	}
	printf("%s: key id %s\n", argv[1], keys_id(k));
	keys_free(k);
	return fflush(stdout) == 0 ? 0 : 1;
}

/* Exit 0 if every token was found, 3 if one was found nowhere, 1 on an
 * error. */
static int
cmd_reveal(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "audit", required_argument, NULL, 'A' },
		{ "as", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	const char *policy = NULL, *key = NULL, *outpath = NULL, *audit = NULL;
	const char *as = NULL;
	const char *const *tokens;
	struct reveal_totals t;
	struct engine *engine = NULL;
	FILE *out = NULL;
	char err[1024];
	size_t ntokens;
	int ch, r = 1;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': policy = optarg; break;
		case 'k': key = optarg; break;
		case 'o': outpath = optarg; break;
		case 'A': audit = optarg; break;
		case 'a': as = optarg; break;
		default: usage();
		}
	}
	if (require("reveal", policy, "-p POLICY", "the policy file") != 0 ||
	    require("reveal", key, "-k KEYFILE", "the key file") != 0)
		return 1;
	if (argc - optind < 2)
		usage();
	tokens = (const char *const *)argv + optind + 1;
	ntokens = (size_t)(argc - optind - 1);
	for (size_t i = 0; i < ntokens; i++)
		if (strlen(tokens[i]) == 0 || strlen(tokens[i]) > REVEAL_MAX_TOKEN) {
			warnx("a token is 1 to %d characters", REVEAL_MAX_TOKEN);
			return 1;
		}
	if (engine_open(policy, key, &engine, err, sizeof(err)) != 0) {
		warnx("%s", err);
		return 1;
	}
	if ((out = reveal_open_output(outpath, err, sizeof(err))) == NULL ||
	    (audit != NULL && reveal_audit(engine, audit, tokens, ntokens, err,
	    sizeof(err)) != 0)) {
		warnx("%s", err);
		goto done;
	}
	if ((r = reveal_run(engine, argv[optind], as, tokens, ntokens, out,
	    &t)) != 0) {
		warnx("%s: %s", argv[optind], strerror(-r));
		r = 1;
	} else {
		r = t.failed ? 1 : t.missing ? 3 : 0;
	}
 done:
	if (out != NULL && out != stdout && fclose(out) != 0) {
		warnx("-o %s: %s", outpath, strerror(errno));
		r = 1;
	}
	if (out == stdout && fflush(stdout) != 0)
		r = 1;
	engine_free(engine);
	return r;
}

/* Exit 0 if the chain holds, 1 at the first broken record, 2 if a file
 * cannot be read, 3 if the chain holds but a daemon's mount or unmount
 * record is missing (docs/operations-audit.md). */
static int
cmd_audit_verify(int argc, char **argv)
{
	unsigned warnings = 0;
	int r;

	if (argc < 2)
		usage();
	r = audit_verify_sessions((const char *const *)argv + 1,
	    (size_t)argc - 1, stdout, &warnings);
	if (r == 0 && warnings)
		return 3;
	return r == 0 ? 0 : r == -EBADMSG ? 1 : 2;
}

int
main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(int, char **);
	} cmds[] = {
		{ "keygen", cmd_keygen },
		{ "export", cmd_export },
		{ "check", cmd_check },
		{ "audit-verify", cmd_audit_verify },
		{ "reveal", cmd_reveal },
	};

	if (engine_protect_process() != 0) {
		warnx("cannot disable core dumps: %s", strerror(errno));
		return 1;
	}
	if (argc < 2)
		usage();
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("%s %s (libsodium %s)\n", progname, PSEUDONYMFS_VERSION,
		    sodium_version_string());
		return fflush(stdout) == 0 ? 0 : 1;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		print_usage(stdout, argc > 2 && strcmp(argv[1], "help") == 0 ?
		    argv[2] : NULL);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0) {
			help_if_asked(argc - 1, argv + 1);
			return cmds[i].run(argc - 1, argv + 1);
		}
	warnx("%s: no such subcommand", argv[1]);
	usage();
}
