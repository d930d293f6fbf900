/* The access log: one record per open of a view file (who, which view path,
 * under which policy and key, with what result), to syslog or to a file in
 * which each record carries the BLAKE2b hash of the previous one, so that a
 * deleted or altered record shows.  Knows nothing of FUSE; never sees a
 * cell value or a source name.  Format and operations: docs/operations-audit.md. */
#ifndef PSEUDONYMFS_AUDIT_H
#define PSEUDONYMFS_AUDIT_H

#include <stdio.h>
#include <sys/types.h>

#include "pfs_error.h"

#define AUDIT_HASH_BYTES	32	/* BLAKE2b-256 */
#define AUDIT_HASH_HEX		65	/* 64 hex digits and a NUL */
/* Longest record line: a PATH_MAX path escaped three bytes per byte, and
 * the fixed fields.  Longer lines are not records. */
#define AUDIT_MAX_LINE		16384

/* Where syslog records go (the socket syslog(3) uses). */
#define AUDIT_SYSLOG_PATH	"/dev/log"
/* A syslog daemon that takes longer than this to accept a record: the
 * record fails, and its open with it. */
#define AUDIT_SYSLOG_TIMEOUT	5
/* How long a new daemon waits for the lock of an audit file that a daemon
 * just unmounted still holds (it writes its unmount record first). */
#define AUDIT_LOCK_WAIT_MS	5000

struct audit;
struct pfs_reporter;

/* One access, as the caller saw it. */
struct audit_access {
	const char	*event;		/* "open", "mount", "unmount" */
	uid_t		 uid;
	pid_t		 pid;		/* its /proc/PID/comm is recorded */
	const char	*path;		/* the view path, never a source name */
	int		 result;	/* 0 or -errno */
};

/* Start the log.  path NULL: syslog (facility authpriv), over a socket
 * connected to AUDIT_SYSLOG_PATH now (refused if nothing listens there: the
 * message says to give -o audit=FILE).  Otherwise the
 * file is opened O_APPEND|O_CREAT|O_NOFOLLOW, created 0600, refused if it
 * is not a regular file, is writable by group or others, ends in an
 * incomplete record, or is held by another daemon; an existing file's last
 * record is read so the chain continues.  policy_hash and key_id go into
 * every record.  0 or -errno with one record reported (pfs_error.h). */
int	audit_open(const char *path, const char *policy_hash,
	    const char *key_id, struct audit **out,
	    const struct pfs_reporter *report) PFS_WUR;

/* Write one record, whole, under one lock (any thread).  In file mode a
 * file that was moved away or deleted (rotation) is reopened at its path
 * and the chain continues into it.  0 or -errno: the caller refuses the
 * access when its trace could not be written. */
int	audit_record(struct audit *a, const struct audit_access *acc) PFS_WUR;

void	audit_close(struct audit *a);

/* Check the chain of one or more files given oldest first (a rotated
 * series): every record parses, its seq follows and its prev is the hash
 * of the record before it, across files too.  The first file may continue
 * an earlier one (its first record's prev is not zero): that is reported,
 * not an error; so is a later file that starts a new chain with a mount
 * record (the daemon started on an empty file).  Writes one line per file (and the first broken record) to
 * report.  0 if intact, -EBADMSG at the first broken record, other -errno
 * if a file cannot be read. */
int	audit_verify(const char *const *paths, size_t npaths, FILE *report)
	    PFS_WUR;

/* audit_verify, and the daemons' sessions too: a daemon's records start
 * with its mount record and end with its unmount record.  A missing mount
 * record, a mount record while the previous daemon wrote no unmount record,
 * and a last daemon that is not running on this host but wrote no unmount
 * record are reported as warnings (counted in *warnings), not as a broken
 * chain: a daemon killed with SIGKILL writes no unmount record.  Returns as
 * audit_verify. */
int	audit_verify_sessions(const char *const *paths, size_t npaths,
	    FILE *report, unsigned *warnings) PFS_WUR;

/* Hex BLAKE2b-256 of a record line (without its newline): the next
 * record's prev. */
void	audit_hash_line(const char *line, size_t len, char out[AUDIT_HASH_HEX]);

#endif
