/* The engine's two inputs that never change while it runs: the policy bound
 * to its keys.  Shared read-only by every thread and every file. */
#ifndef PSEUDONYMFS_ENGINE_H
#define PSEUDONYMFS_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#include "keys.h"
#include "pfs_error.h"

struct pfs_reporter;
struct policy;

struct identity_source;

struct engine {
	struct policy	*policy;
	struct keys	*keys;
	/* [project] identity = PATH (identity.h): reloaded when the file
	 * changes, behind its own lock; NULL if the policy names none. */
	struct identity_source *identity;
};

/* Load and check the policy and the key, and bind them.  0 or -errno with
 * one record reported (pfs_error.h: the policy's file and line, the key
 * file; never key material). */
int	engine_open(const char *policy_path, const char *key_path,
	    struct engine **out, const struct pfs_reporter *report) PFS_WUR;
/* The same from a policy's text and a master key in memory (the tests,
 * the fuzzers): nothing read from a file.  Messages name the policy
 * "policy". */
int	engine_new(const char *policy_text,
	    const uint8_t master[KEYS_MASTER_BYTES], struct engine **out,
	    const struct pfs_reporter *report) PFS_WUR;
/* The policy alone, keys NULL: enough to plan columns (view_open), not to
 * run a view.  For reports that need no view values. */
int	engine_open_unkeyed(const char *policy_path, struct engine **out,
	    const struct pfs_reporter *report) PFS_WUR;
void	engine_free(struct engine *e);

/* The detectors' tables (detect_prepare), built at a program's start when
 * the policy needs them: a column under op = scrub, or under analysis,
 * drug or ward (the sensitive lexicon); always when `always` (check reads
 * every kept cell with the detectors), and then the name lists' sets of
 * names.c too (names_prepare).  Otherwise (the mount, the exporter) the
 * folded name lists file names are judged with (names_sign), whatever
 * the policy (ops35).  0, or -errno with one record reported that names
 * the table which failed (ops34): the program then refuses to start,
 * where every scrubbed cell (every file name) failed with ENOMEM. */
int	engine_prepare_detectors(const struct engine *e, int always,
	    const struct pfs_reporter *report) PFS_WUR;

/* The source root, for what the policy reads beside the file it shows
 * (the identity source).  Without it, files that depend on the identity
 * source cannot be shown.  0 or -errno. */
int	engine_attach_source(const struct engine *e, int root_fd) PFS_WUR;

/* Before reading a key or a cell: no core dumps, and no ptrace from other
 * processes of the same user (PR_SET_DUMPABLE 0).  0 or -errno. */
int	engine_protect_process(void) PFS_WUR;

/* Whether the regular file `name` of dir_fd (st: its lstat) is the key
 * file or a copy of the key: never shown, whatever the rules say (a key
 * kept beside the exports, under `match = *` and columns = keep, was
 * shown byte for byte).  0 without a key (check without -k). */
int	engine_is_key_file(const struct engine *e, int dir_fd, const char *name,
	    const struct stat *st);

#endif
