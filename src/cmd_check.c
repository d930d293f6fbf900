/* pseudonymize check: what a view shows and its re-identification risk,
 * before anything is exported (the work is in check.c, docs/check.md). */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "cmd.h"
#include "engine.h"
#include "export.h"
#include "pfs_error.h"
#include "progress.h"

struct check_args {
	const char		*policy, *key, *src;
	int			 quiet;
	struct check_opts	 o;
};

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

/* --k N and --worst N: whole numbers in their range, or a usage error. */
static void
check_parse_count(int ch, const char *s, struct check_opts *o)
{
	char *end;
	unsigned long n;

	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno || *end != '\0' || end == s ||
	    (ch == 'K' ? n < 1 || n > 1000000 : n > 1000))
		cmd_usage_of("check", "--%s %s: expected a whole number (--k: 1 "
		    "to 1000000, --worst: 0 to 1000)", ch == 'K' ? "k" : "worst",
		    s);
	if (ch == 'K')
		o->threshold = n;
	else
		o->worst = n;
}

static int
check_parse(int argc, char **argv, struct check_args *a)
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
	int ch;

	a->o.worst = CHECK_WORST_DEFAULT;
	a->o.report.fn = cmd_report;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': a->policy = optarg; break;
		case 'k': a->key = optarg; break;
		case 'q': a->quiet = 1; break;
		case 'j': a->o.json = 1; break;
		case 'H': a->o.show_headers = 1; break;
		case 'N': a->o.show_names = 1; break;
		case 'K':
		case 'w':
			check_parse_count(ch, optarg, &a->o);
			break;
		default: cmd_usage_of("check", NULL);
		}
	}
	if (cmd_require("check", a->policy, "-p POLICY", "the policy file") != 0)
		return -1;
	if (argc - optind != 1)
		cmd_usage_of("check", "expected one SRC (a file or a directory), "
		    "got %d operands", argc - optind);
	a->src = argv[optind];
	return 0;
}

/* Exit status of check: 0 nothing to look at, 1 the report could not be
 * made or a file cannot be shown (or named), 3 a file is below the k
 * threshold, its header drifted, or a name shown as it is looks like an
 * identifier (docs/check.md). */
static int
run_check(int argc, char **argv)
{
	struct check_args a = { 0 };
	struct check_totals t;
	struct progress pg;
	struct engine *engine = NULL;
	int r;

	if (check_parse(argc, argv, &a) != 0)
		return 1;
	r = a.key ? engine_open(a.policy, a.key, &engine, &cmd_errors) :
	    engine_open_unkeyed(a.policy, &engine, &cmd_errors);
	if (r != 0)
		return 1;
	/* check reads every kept cell with the detectors (keptscan) */
	if (engine_prepare_detectors(engine, 1, &cmd_errors) != 0) {
		engine_free(engine);
		return 1;
	}
	/* Only with a key does check read every record (the risk pass). */
	progress_init(&pg, cmd_progress_wanted(a.quiet) && a.key != NULL,
	    cmd_progname, 0, 0);
	if (pg.on) {
		check_source_size(engine, a.src, &pg.total, &pg.files_total);
		a.o.progress = &pg;
	}
	r = check_run(engine, a.src, &a.o, stdout, &t);
	progress_end(&pg);
	engine_free(engine);
	if (fflush(stdout) != 0 || r != 0)
		return 1;
	if (t.failed || t.refused || t.identity_unread)
		return 1;
	return t.below || t.drift || t.hard_links || t.name_warnings ||
	    t.kept_identifiers || t.date_parts ? 3 : 0;
}

const struct cmd cmd_check = {
	"check",
	"%s check -p POLICY [-k KEYFILE] [-q] [--json] [--k N] [--worst N]\n"
	"      [--show-headers] [--show-names] SRC\n",
	"  Reports what the view of SRC shows (per file: dialect, each\n"
	"  column kept, transformed or dropped, header drift, names refused)\n"
	"  and its re-identification risk; writes no view byte:\n"
	"  docs/check.md.  Exit 0 nothing to look at, 3 findings to read,\n"
	"  1 a file cannot be shown, 2 a usage error.\n"
	"  -k KEYFILE: needed for the risk (k), the suppressed counts and\n"
	"  the files under keyed names.  --json: one JSON document.\n"
	"  --k N: judge k against N, not the policy's k_threshold.\n"
	"  --worst N: list the N smallest groups (default 10).\n"
	"  --show-headers, --show-names: print the text of headers no rule\n"
	"  names and the source names of refused entries (by default their\n"
	"  length and view paths only: either may hold a patient's data).\n"
	"  -q: no progress line.\n",
	run_check,
};
