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

/* Each subcommand's synopsis (lines of at most one %s, the program name;
 * "usage: " or its width goes before each) and what it says about it:
 * `pseudonymize SUBCOMMAND --help` prints its own, `--help` all of them,
 * a wrong command line every synopsis. */
static const struct {
	const char	*name;
	const char	*synopsis;
	const char	*help;
} usages[] = {
	{ "keygen", "%s keygen KEYFILE\n",
	    "  Writes a new random key, mode 0600, and prints its key id.\n" },
	{ "export",
	    "%s export -p POLICY -k KEYFILE [-v] [-q] [-j N] [--update]\n"
	    "          [--strict] [--as PATH] [--provenance FILE] [--gzip]\n"
	    "          SRC DST\n"
	    "%s export -p POLICY -k KEYFILE --as PATH\n"
	    "          (--header-line LINE | --header-from FILE)\n"
	    "          [--encoding utf-8|cp1252] - -\n",
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
	    "%s check -p POLICY [-k KEYFILE] [-q] [--json] [--k N] [--worst N]\n"
	    "      [--show-headers] [--show-names] SRC\n",
	    "  Reports what a view shows and its re-identification risk:\n"
	    "  docs/check.md.  -q: no progress line.\n" },
	{ "audit-verify",
	    "%s audit-verify FILE...   (a rotated series, oldest first)\n", "" },
	{ "reveal",
	    "%s reveal -p POLICY -k KEYFILE [-o FILE] [--audit FILE]\n"
	    "      [--as PATH] SRC TOKEN...\n",
	    "  For the key holder: the source path, line and raw cells of the\n"
	    "  rows whose view holds each token (or the source name of a\n"
	    "  file-name token).  Only to a terminal or a new file (-o), after\n"
	    "  an audit record per token (--audit): docs/threat-model.md.\n" },
};

/* Lines of a synopsis, "usage: " before the first when *first. */
static void
print_synopsis(FILE *f, const char *syn, int *first)
{
	const char *nl;
	char line[160];

	for (; (nl = strchr(syn, '\n')) != NULL; syn = nl + 1) {
		snprintf(line, sizeof(line), "%.*s", (int)(nl - syn), syn);
		fputs(*first ? "usage: " : "       ", f);
		fprintf(f, line, progname);
		fputc('\n', f);
		*first = 0;
	}
}

static void
print_usage(FILE *f, const char *cmd)
{
	for (size_t i = 0; i < sizeof(usages) / sizeof(usages[0]); i++) {
		int first = 1;

		if (cmd != NULL && strcmp(cmd, usages[i].name) != 0)
			continue;
		print_synopsis(f, usages[i].synopsis, &first);
		fputs(usages[i].help, f);
	}
}

static void __attribute__((noreturn))
usage(void)
{
	int first = 1;

	for (size_t i = 0; i < sizeof(usages) / sizeof(usages[0]); i++)
		print_synopsis(stderr, usages[i].synopsis, &first);
	print_synopsis(stderr, "%s --version\n", &first);
	fprintf(stderr, "\n'%s SUBCOMMAND --help' says more about each.\n",
	    progname);
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

/* The engine's error records (pfs_error.h), one whole line each even when
 * export workers report at once. */
static void
report(void *arg, const struct pfs_error *e)
{
	char text[PATH_MAX + 1024];

	(void)arg;
	pfs_error_format(e, text, sizeof(text));
	flockfile(stderr);
	fprintf(stderr, "%s: %s\n", progname, text);
	funlockfile(stderr);
}

/* A progress line: on a terminal only, and not with -q. */
static int
progress_wanted(int quiet)
{
	return !quiet && isatty(STDERR_FILENO);
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
	if (a->header_line != NULL || a->header_from != NULL) {
		struct export_header h = { a->header_line, a->header_from,
		    a->encoding };

		return export_chunk(e, rule, &h, STDIN_FILENO, STDOUT_FILENO,
		    "standard input", &a->opts) != 0;
	}
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
export_dir_cmd(const struct engine *e, struct export_args *a)
{
	struct export_totals t;
	struct progress pg;
	int r;

	if (strcmp(a->dst, "-") == 0) {
		warnx("a directory cannot go to standard output");
		return 1;
	}
	progress_init(&pg, progress_wanted(a->quiet), progname, 0, 0);
	a->opts.progress = &pg;
	r = export_dir(e, a->src, a->dst, &a->opts, &t);
	progress_end(&pg);
	a->opts.progress = NULL;
	if (r == -EEXIST) {
		warnx("%s is not empty: files of an earlier export would stay "
		    "beside the new ones; give --update to replace them and "
		    "remove what the view no longer has, or export into an "
		    "empty directory", a->dst);
		return 1;
	}
	if (r == 0 || t.exported + t.failed > 0) {
		if (t.too_deep)
			warnx("%lu files that a rule matches lie deeper than %d "
			    "directories below the source: not shown, not "
			    "exported", t.too_deep, TREE_MAX_DEPTH);
		export_summary(a, &t);
	}
	return r != 0 || t.failed != 0;
}

/* SRC a regular file: DST is "-", a directory or a file name. */
static int
export_file_cmd(const struct engine *e, struct export_args *a)
{
	struct progress pg;
	int r;

	progress_init(&pg, progress_wanted(a->quiet), progname, 0, 1);
	a->opts.progress = &pg;
	r = export_file(e, a->src, a->as, a->dst, &a->opts);
	progress_end(&pg);
	a->opts.progress = NULL;
	return r != 0;
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
	a->opts.report.fn = report;
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
	struct stat sst;
	char err[1024];
	int r = 1;

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
	if (S_ISDIR(sst.st_mode))
		r = export_dir_cmd(engine, &a);
	else if (S_ISREG(sst.st_mode))
		r = export_file_cmd(engine, &a);
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
		if (export_tree_size(e, fd, bytes, files) != 0)
			*bytes = *files = 0;	/* no estimate: no percentage */
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
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT,
	    .report = { report, NULL } };
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
	int ch, r, status = 1;

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
	    &(struct pfs_reporter){ report, NULL }, &t)) != 0)
		warnx("%s: %s", argv[optind], strerror(-r));
	else
		status = t.failed ? 1 : t.missing ? 3 : 0;
 done:
	if (out != NULL && out != stdout && fclose(out) != 0) {
		warnx("-o %s: %s", outpath, strerror(errno));
		status = 1;
	}
	if (out == stdout && fflush(stdout) != 0)
		status = 1;
	engine_free(engine);
	return status;
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
