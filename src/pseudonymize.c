/* pseudonymize: the offline front-end of the engine.  main picks the
 * subcommand; each is a file of its own (src/cmd_*.c: keygen, export,
 * check, audit-verify, reveal) that parses its options and calls the
 * engine, and src/cmd.c holds the usage and messages they share. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "cmd.h"
#include "engine.h"
#include "proctitle.h"
#include "version.h"

int
main(int argc, char **argv)
{
	static char sub[64];

	if (engine_protect_process() != 0) {
		cmd_warnx("cannot disable core dumps: %s", strerror(errno));
		return 1;
	}
	/* From here on the program reads its own copy of the arguments:
	 * those in /proc/PID/cmdline, which every local user can read during
	 * a long export, name the source, the key and the policy
	 * (proctitle.h).  ps shows "pseudonymize SUBCOMMAND". */
	if (proctitle_hide(argc, argv, &argv) != 0) {
		cmd_warnx("%s", strerror(ENOMEM));
		return 1;
	}
	if (argc < 2)
		cmd_usage();
	proctitle_set(argv[1]);
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("%s %s (libsodium %s)\n", cmd_progname,
		    PSEUDONYMFS_VERSION, sodium_version_string());
		return fflush(stdout) == 0 ? 0 : 1;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		cmd_print_usage(stdout, argc > 2 && strcmp(argv[1], "help") == 0 ?
		    argv[2] : NULL);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	for (size_t i = 0; i < cmd_count; i++)
		if (strcmp(argv[1], cmd_all[i]->name) == 0) {
			cmd_help_if_asked(argc - 1, argv + 1);
			/* getopt's messages start with argv[0]: "pseudonymize
			 * export: unrecognized option", not "export: ...". */
			snprintf(sub, sizeof(sub), "%s %s", cmd_progname,
			    cmd_all[i]->name);
			free(argv[1]);	/* proctitle_hide's copy of it */
			argv[1] = sub;
			return cmd_all[i]->run(argc - 1, argv + 1);
		}
	cmd_warnx("%s: no such subcommand", argv[1]);
	cmd_usage();
}
