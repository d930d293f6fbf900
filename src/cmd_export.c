/* pseudonymize export: a tree, a file or standard input (whole, or records
 * without their header) through the view; the work is in export.c and
 * export_tree.c, the drift report before it in drift.c. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "drift.h"
#include "engine.h"
#include "export.h"
#include "progress.h"
#include "provenance.h"
#include "scanned.h"
#include "tree.h"
#include "util.h"

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
		cmd_warnx("standard input: say which file rule applies with "
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
		cmd_warnx("standard input goes to standard output: use - as DST");
		return 1;
	}
	/* The total is known when standard input is a file. */
	progress_init(&pg, cmd_progress_wanted(a->quiet), cmd_progname,
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
	cmd_warnx("%lu files exported (%s of source), %lu failed, %lu not matched by "
	    "any rule, %lu other entries not shown (hidden, links, directories "
	    "without a shown file)", t->exported, bytes, t->failed, t->unmatched,
	    t->not_shown);
	if (t->too_deep)
		cmd_warnx("%lu of the failed are files deeper than %d directories "
		    "below the source, which the view does not show", t->too_deep,
		    TREE_MAX_DEPTH);
	if (a->opts.update)
		cmd_warnx("--update: %lu entries of an earlier export removed",
		    t->removed);
}

static int
export_dir_cmd(const struct engine *e, int sfd, struct export_args *a)
{
	struct export_totals t;
	struct progress pg;
	int r;

	if (strcmp(a->dst, "-") == 0) {
		cmd_warnx("a directory cannot go to standard output");
		return 1;
	}
	progress_init(&pg, cmd_progress_wanted(a->quiet), cmd_progname, 0, 0);
	a->opts.progress = &pg;
	r = export_dir_fd(e, sfd, a->src, a->dst, &a->opts, &t);
	progress_end(&pg);
	a->opts.progress = NULL;
	if (r == -EEXIST) {
		cmd_warnx("%s is not empty: files of an earlier export would stay "
		    "beside the new ones; give --update to replace them and "
		    "remove what the view no longer has, or export into an "
		    "empty directory", a->dst);
		return 1;
	}
	if (r == 0 || t.exported + t.failed > 0) {
		if (t.too_deep)
			cmd_warnx("%lu files that a rule matches lie deeper than %d "
			    "directories below the source: not shown, not "
			    "exported", t.too_deep, TREE_MAX_DEPTH);
		export_summary(a, &t);
	}
	return r != 0 || t.failed != 0;
}

/* SRC a regular file: DST is "-", a directory or a file name. */
static int
export_file_cmd(const struct engine *e, int sfd, struct export_args *a)
{
	struct progress pg;
	int r;

	progress_init(&pg, cmd_progress_wanted(a->quiet), cmd_progname, 0, 1);
	a->opts.progress = &pg;
	r = export_file_fd(e, sfd, a->src, a->as, a->dst, &a->opts);
	progress_end(&pg);
	a->opts.progress = NULL;
	return r != 0;
}

/* -j N, or a usage error. */
static void
parse_jobs(const char *s, unsigned *jobs)
{
	char *end;
	unsigned long n;

	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno || *end != '\0' || end == s || n < 1 || n > EXPORT_MAX_JOBS)
		cmd_usage_of("export", "-j %s: expected a number of worker "
		    "threads, 1 to %d", s, EXPORT_MAX_JOBS);
	*jobs = (unsigned)n;
}

/* --encoding NAME, or a usage error. */
static void
parse_encoding(const char *s, int *encoding)
{
	if (strcasecmp(s, "utf-8") == 0 || strcasecmp(s, "utf8") == 0)
		*encoding = DIALECT_UTF8;
	else if (strcasecmp(s, "cp1252") == 0 ||
	    strcasecmp(s, "windows-1252") == 0)
		*encoding = DIALECT_CP1252;
	else
		cmd_usage_of("export", "--encoding %s: expected utf-8 or cp1252",
		    s);
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
	a->opts.report.fn = cmd_report;
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
		case 'j': parse_jobs(optarg, &a->opts.jobs); break;
		case 'E': parse_encoding(optarg, &a->encoding); break;
		default: cmd_usage_of("export", NULL);
		}
	}
	if (cmd_require("export", a->policy, "-p POLICY", "the policy file") != 0 ||
	    cmd_require("export", a->key, "-k KEYFILE", "the key file") != 0)
		return -1;
	if (argc - optind != 2)
		cmd_usage_of("export", "expected SRC and DST (a file or a "
		    "directory each, or - -), got %d operand%s", argc - optind,
		    argc - optind == 1 ? "" : "s");
	a->src = argv[optind];
	a->dst = argv[optind + 1];
	if (a->header_line != NULL && a->header_from != NULL)
		cmd_usage_of("export", "--header-line and --header-from: give "
		    "one");
	if ((a->header_line != NULL || a->header_from != NULL) &&
	    (strcmp(a->src, "-") != 0 || strcmp(a->dst, "-") != 0))
		cmd_usage_of("export", "--header-line and --header-from are for "
		    "chunks on standard input: SRC and DST must be -");
	if (a->opts.gzip && (a->header_line != NULL || a->header_from != NULL))
		cmd_usage_of("export", "--gzip writes whole files, not chunks "
		    "(gzip the concatenated output)");
	if (a->provenance != NULL && (a->header_line != NULL ||
	    a->header_from != NULL))
		cmd_usage_of("export", "--provenance records whole files, not "
		    "chunks");
	if (a->encoding >= 0 && a->header_line == NULL)
		cmd_usage_of("export", "--encoding goes with --header-line (with "
		    "--header-from the file's encoding is sniffed as for a whole "
		    "file)");
	return 0;
}

/* The sidecar is created, never overwritten (0640, like the views). */
static int
open_provenance(const struct engine *e, const char *path, FILE **fp)
{
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
	if (fd == -1 || (*fp = fdopen(fd, "w")) == NULL) {
		cmd_warnx("--provenance %s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (provenance_write_header(*fp, e) != 0) {
		cmd_warnx("--provenance %s: cannot write", path);
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
/* A drift finding, as the program's other messages are written. */
static void
drift_print(void *arg, const char *finding)
{
	char line[PATH_MAX + 1024];

	util_escape_controls(finding, line, sizeof(line));
	fprintf(arg, "%s: drift: %s\n", cmd_progname, line);
}

static int
export_drift(const struct engine *engine, int sfd, struct scanned *seen,
    const struct export_args *a)
{
	struct drift_totals t;
	char summary[256];
	char *text = NULL;
	size_t len = 0;
	FILE *f;
	int r, refused;

	if ((f = open_memstream(&text, &len)) == NULL)
		return a->strict ? -1 : 0;
	r = drift_scan_fd(engine, sfd, a->src, a->as, seen, drift_print, f,
	    &t);
	if (r == 0 && drift_summary(&t, "--strict", a->strict, summary,
	    sizeof(summary)) == 0)
		drift_print(f, summary);
	fclose(f);
	refused = a->strict && (r != 0 || drift_findings(&t) > 0);
	if (!a->quiet || refused)
		fwrite(text, 1, len, stderr);
	free(text);
	if (r != 0)
		cmd_warnx("%s: %s", a->src, strerror(-r));
	return refused ? -1 : 0;
}

static int
run_export(int argc, char **argv)
{
	struct export_args a = { 0 };
	struct engine *engine = NULL;
	struct scanned *seen = NULL;
	struct stat sst;
	int sfd = -1, r = 1;

	if (export_parse(argc, argv, &a) != 0)
		return 1;
	if (engine_open(a.policy, a.key, &engine, &cmd_errors) != 0)
		return 1;
	if (engine_prepare_detectors(engine, 0, &cmd_errors) != 0)
		goto out;
	/* SRC is opened once: the drift scan and the export read the same
	 * directory or file, and each file is exported as the version the
	 * scan judged (scanned.h), or fails. */
	if (strcmp(a.src, "-") != 0 &&
	    ((sfd = open(a.src, O_RDONLY | O_CLOEXEC)) == -1 ||
	    fstat(sfd, &sst) == -1)) {
		cmd_warnx("%s: %s", a.src, strerror(errno));
		goto out;
	}
	if (sfd != -1 && scanned_new(&seen) != 0) {
		cmd_warnx("%s", strerror(ENOMEM));
		goto out;
	}
	/* Refused by --strict: nothing written, not even the sidecar. */
	if (sfd != -1) {
		if (export_drift(engine, sfd, seen, &a) != 0)
			goto out;
		scanned_seal(seen);
		a.opts.scanned = seen;
	}
	/* The sidecar inside SRC would be written into the source, as DST
	 * would (export_tree.c refuses it), and read back as data by the
	 * next export: refused, unsure too (mount48). */
	if (a.provenance != NULL && sfd != -1 && S_ISDIR(sst.st_mode) &&
	    engine_own_add(engine, sfd, "--provenance", a.provenance, 0) != 0) {
		cmd_warnx("--provenance: the file lies inside the source (or "
		    "cannot be placed): the source is never written to; give "
		    "a path outside it");
		goto out;
	}
	if (a.provenance != NULL &&
	    open_provenance(engine, a.provenance, &a.opts.provenance) != 0)
		goto out;
	if (a.verbose)
		cmd_warnx("policy %s, key id %s, project '%s', %u worker%s",
		    engine->policy->hash, keys_id(engine->keys),
		    engine->policy->project, a.opts.jobs,
		    a.opts.jobs == 1 ? "" : "s");
	if (strcmp(a.src, "-") == 0) {
		r = export_stdin(engine, &a);
		goto out;
	}
	if (S_ISDIR(sst.st_mode))
		r = export_dir_cmd(engine, sfd, &a);
	else if (S_ISREG(sst.st_mode))
		r = export_file_cmd(engine, sfd, &a);
	else
		cmd_warnx("%s is neither a directory nor a regular file", a.src);
 out:
	if (a.opts.provenance != NULL && fclose(a.opts.provenance) != 0) {
		cmd_warnx("--provenance: cannot write: %s", strerror(errno));
		r = 1;
	}
	if (sfd != -1)
		close(sfd);
	scanned_free(seen);
	engine_free(engine);
	return r;
}
const struct cmd cmd_export = {
	"export",
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
	"  start on any such finding: docs/check.md.\n",
	run_export,
};
