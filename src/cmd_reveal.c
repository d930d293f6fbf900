/* pseudonymize reveal: for the key holder, the source rows behind a view's
 * tokens, after an audit record per token (the work is in reveal.c,
 * docs/threat-model.md). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "engine.h"
#include "pfs_error.h"
#include "reveal.h"

struct reveal_args {
	const char		*policy, *key, *outpath, *audit, *as, *src;
	const char *const	*tokens;
	size_t			 ntokens;
};

static int
reveal_parse(int argc, char **argv, struct reveal_args *a)
{
	static const struct option longopts[] = {
		{ "audit", required_argument, NULL, 'A' },
		{ "as", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "p:k:o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': a->policy = optarg; break;
		case 'k': a->key = optarg; break;
		case 'o': a->outpath = optarg; break;
		case 'A': a->audit = optarg; break;
		case 'a': a->as = optarg; break;
		default: cmd_usage_of("reveal", NULL);
		}
	}
	if (cmd_require("reveal", a->policy, "-p POLICY", "the policy file") != 0 ||
	    cmd_require("reveal", a->key, "-k KEYFILE", "the key file") != 0)
		return -1;
	if (argc - optind < 2)
		cmd_usage_of("reveal", "expected SRC and at least one TOKEN, got "
		    "%d operand%s", argc - optind, argc - optind == 1 ? "" : "s");
	a->src = argv[optind];
	a->tokens = (const char *const *)argv + optind + 1;
	a->ntokens = (size_t)(argc - optind - 1);
	for (size_t i = 0; i < a->ntokens; i++)
		if (strlen(a->tokens[i]) == 0 ||
		    strlen(a->tokens[i]) > REVEAL_MAX_TOKEN) {
			cmd_warnx("a token is 1 to %d characters",
			    REVEAL_MAX_TOKEN);
			return -1;
		}
	return 0;
}

/* Exit 0 if every token was found, 3 if one was found nowhere, 1 on an
 * error. */
static int
run_reveal(int argc, char **argv)
{
	struct reveal_args a = { 0 };
	struct reveal_totals t;
	struct engine *engine = NULL;
	FILE *out = NULL;
	int r, status = 1;

	if (reveal_parse(argc, argv, &a) != 0)
		return 1;
	if (engine_open(a.policy, a.key, &engine, &cmd_errors) != 0)
		return 1;
	/* Without --audit the records go to syslog, or nothing is revealed:
	 * a reveal is the one act that turns the view back into names, and
	 * its trace must not depend on remembering an option. */
	if ((out = reveal_open_output(a.outpath, a.src, &cmd_errors)) == NULL ||
	    reveal_audit(engine, a.audit, a.tokens, a.ntokens,
	    &cmd_errors) != 0)
		goto done;
	if ((r = reveal_run(engine, a.src, a.as, a.tokens, a.ntokens, out,
	    &cmd_errors, &t)) != 0)
		cmd_warnx("%s: %s", a.src, strerror(-r));
	else
		status = t.failed ? 1 : t.missing ? 3 : 0;
 done:
	if (out != NULL && out != stdout && fclose(out) != 0) {
		cmd_warnx("-o %s: %s", a.outpath, strerror(errno));
		status = 1;
	}
	if (out == stdout && fflush(stdout) != 0)
		status = 1;
	engine_free(engine);
	return status;
}

const struct cmd cmd_reveal = {
	"reveal",
	"%s reveal -p POLICY -k KEYFILE [-o FILE] [--audit FILE]\n"
	"      [--as PATH] SRC TOKEN...\n",
	"  For the key holder: the source path, line and raw cells of the\n"
	"  rows whose view holds each token (or the source name of a\n"
	"  file-name token).  Only to a terminal or a new file (-o), after\n"
	"  an audit record per token (--audit FILE, else syslog; no syslog\n"
	"  and no --audit: refused): docs/threat-model.md.\n",
	run_reveal,
};
