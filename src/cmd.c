/* What the subcommands of pseudonymize share: messages with the program's
 * name, the usage built from each subcommand's synopsis (include/cmd.h),
 * the reporter of the engine's error records. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "pfs_error.h"
#include "util.h"

const char cmd_progname[] = "pseudonymize";

const struct cmd *const cmd_all[] = {
	&cmd_keygen, &cmd_export, &cmd_check, &cmd_audit_verify, &cmd_reveal,
};
const size_t cmd_count = sizeof(cmd_all) / sizeof(cmd_all[0]);

void
cmd_warnx(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", cmd_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Lines of a synopsis, "usage: " before the first when *first. */
static void
print_synopsis(FILE *f, const char *syn, int *first)
{
	const char *nl;
	char line[160];

	for (; (nl = strchr(syn, '\n')) != NULL; syn = nl + 1) {
		snprintf(line, sizeof(line), "%.*s", (int)(nl - syn), syn);
		fputs(*first ? "usage: " : "       ", f);
		fprintf(f, line, cmd_progname);
		fputc('\n', f);
		*first = 0;
	}
}

void
cmd_print_usage(FILE *f, const char *name)
{
	for (size_t i = 0; i < cmd_count; i++) {
		int first = 1;

		if (name != NULL && strcmp(name, cmd_all[i]->name) != 0)
			continue;
		print_synopsis(f, cmd_all[i]->synopsis, &first);
		fputs(cmd_all[i]->help, f);
	}
}

void
cmd_usage(void)
{
	int first = 1;

	for (size_t i = 0; i < cmd_count; i++)
		print_synopsis(stderr, cmd_all[i]->synopsis, &first);
	print_synopsis(stderr, "%s --version\n", &first);
	fprintf(stderr, "\n'%s SUBCOMMAND --help' says more about each.\n",
	    cmd_progname);
	exit(2);
}

void
cmd_usage_of(const char *name, const char *fmt, ...)
{
	va_list ap;
	int first = 1;

	if (fmt != NULL) {
		fprintf(stderr, "%s %s: ", cmd_progname, name);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	for (size_t i = 0; i < cmd_count; i++)
		if (strcmp(name, cmd_all[i]->name) == 0)
			print_synopsis(stderr, cmd_all[i]->synopsis, &first);
	fprintf(stderr, "'%s %s --help' says more.\n", cmd_progname, name);
	exit(2);
}

void
cmd_help_if_asked(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			cmd_print_usage(stdout, argv[0]);
			exit(fflush(stdout) == 0 ? 0 : 1);
		}
}

/* A missing required option is named, not left to a bare usage; a usage
 * error as any other (exit 2, as pseudonymize(1) says). */
int
cmd_require(const char *name, const char *value, const char *opt,
    const char *what)
{
	if (value != NULL)
		return 0;
	cmd_usage_of(name, "%s is missing (%s)", opt, what);
}

void
cmd_report(void *arg, const struct pfs_error *e)
{
	char text[PATH_MAX + 1024], line[PATH_MAX + 1024];

	(void)arg;
	pfs_error_format(e, text, sizeof(text));
	/* A view name shown as it is may hold a newline or an escape. */
	util_escape_controls(text, line, sizeof(line));
	flockfile(stderr);
	fprintf(stderr, "%s: %s\n", cmd_progname, line);
	funlockfile(stderr);
}

const struct pfs_reporter cmd_errors = { cmd_report, NULL };

int
cmd_progress_wanted(int quiet)
{
	return !quiet && isatty(STDERR_FILENO);
}
