/* The subcommands of `pseudonymize` (src/cmd_*.c, one file each, as
 * ssh-keygen's modes are functions of their own): each has its synopsis,
 * its help and its run function; src/cmd.c holds what they share (the
 * messages, the usage, the error reporter).  Program code, not engine:
 * only pseudonymize links it. */
#ifndef PSEUDONYMFS_CMD_H
#define PSEUDONYMFS_CMD_H

#include <stdio.h>

#include "pfs_error.h"

struct cmd {
	const char	*name;
	/* Lines of at most one %s, the program name; "usage: " or its
	 * width goes before each. */
	const char	*synopsis;
	const char	*help;		/* what --help says after the synopsis */
	/* argv[0] is the subcommand; returns the exit status. */
	int		(*run)(int argc, char **argv);
};

/* In the order `--help` and a wrong command line list them. */
extern const struct cmd cmd_keygen, cmd_export, cmd_check,
    cmd_audit_verify, cmd_reveal;
extern const struct cmd *const cmd_all[];
extern const size_t cmd_count;

extern const char cmd_progname[];

/* "pseudonymize: " + the message + a newline, on stderr. */
void	cmd_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Every synopsis on stderr, exit 2. */
void	cmd_usage(void) __attribute__((noreturn));
/* A usage error of subcommand `name`: what is wrong (fmt, or nothing if
 * NULL), then its synopsis alone, on stderr; exit 2. */
void	cmd_usage_of(const char *name, const char *fmt, ...)
	    __attribute__((noreturn, format(printf, 2, 3)));
/* cmd's synopsis and help (every one's if cmd is NULL). */
void	cmd_print_usage(FILE *f, const char *name);
/* `SUBCOMMAND --help` or `-h` anywhere before `--`: that usage, exit 0. */
void	cmd_help_if_asked(int argc, char **argv);

/* 0, or a usage error (exit 2, cmd_usage_of) naming opt if value is NULL. */
int	cmd_require(const char *name, const char *value, const char *opt,
	    const char *what) PFS_WUR;

/* A struct pfs_reporter function: the engine's error records, one whole
 * line each even when export workers report at once. */
void	cmd_report(void *arg, const struct pfs_error *e);
/* { cmd_report, NULL }: what a subcommand hands the engine for its errors,
 * from the policy's first line to the last file. */
extern const struct pfs_reporter cmd_errors;

/* A progress line: on a terminal only, and not with -q. */
int	cmd_progress_wanted(int quiet);

#endif
