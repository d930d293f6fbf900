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
struct engine_own;

struct engine {
	struct policy	*policy;
	struct keys	*keys;
	/* [project] identity = PATH (identity.h): reloaded when the file
	 * changes, behind its own lock; NULL if the policy names none. */
	struct identity_source *identity;
	/* The daemon's own files that lie under the source (engine_own_add),
	 * set before the first lookup, read-only after. */
	struct engine_own *own;
	size_t		 nown;
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

/* ---- the program's own files (engine_own.c) ---- */

/* Why a source entry is one of the program's own files: never shown,
 * whatever the rules say. */
enum engine_own_kind {
	ENGINE_OWN_NONE,
	ENGINE_OWN_KEY,		/* the key, a link to it or a copy */
	ENGINE_OWN_SETTING,	/* the file of -o audit= or log=, one of its
				   rotated copies (by name), the cache= dir */
	ENGINE_OWN_CONTENT,	/* audit records, log lines, an index file
				   (by its first bytes, gzip too): a copy */
};

/* Bytes of a file read to know it by its content. */
#define ENGINE_OWN_SNIFF	512

/*
 * A setting's file (`is_dir` 0: -o audit=, -o log=) or directory (1:
 * -o cache=) that the daemon writes: if it lies beneath the source root
 * (root_fd), it is never shown, with a file's rotated copies (its name,
 * then '.', '-', '_' or '~' and anything: access.audit.1, .2.gz,
 * -20261207, .old; logrotate's `extension`: access.1.audit,
 * access-20261207.audit.gz) in any directory of the source (logrotate's
 * olddir).  `setting` names it in messages ("-o audit=").  1 when it lies
 * beneath the root, 0 when not, 2 for a directory that is the root itself
 * (the caller refuses it), or -errno.
 */
int	engine_own_add(struct engine *e, int root_fd, const char *setting,
	    const char *path, int is_dir) PFS_WUR;

/* Whether the entry `name` of dir_fd (st: its lstat) is one of the
 * program's own: the key (engine_is_key_file), a setting's file or
 * directory (engine_own_add), or, for a regular file, one whose first
 * bytes are the daemon's audit records, log lines or an index file,
 * plain or gzip (a copy anywhere: the exporter, which has no settings,
 * hides what the mount hides).  Fails closed: a file that cannot be read
 * is not the program's, but the view cannot read it either. */
enum engine_own_kind engine_own_file(const struct engine *e, int dir_fd,
	    const char *name, const struct stat *st);

/* Whether `b` (n bytes, a file's start) is the daemon's audit records,
 * log lines or index file (the content test of engine_own_file). */
int	engine_own_bytes(const void *b, size_t n);

/* Whether a base name belongs to the family of an own file's base name:
 * the same, or a rotated copy (engine_own_add). */
int	engine_own_name(const char *own_base, const char *name);

/* What engine_own_add kept (engine_free calls it). */
void	engine_own_free(struct engine *e);

#endif
