/* Where the daemon's diagnostics go (not the access log: audit.h): syslog,
 * a file given with -o log=FILE, and stderr in the foreground or under
 * systemd (whose journal reads it).  A diagnostic names view files, lines
 * and columns, never a cell value.  Knows nothing of FUSE. */
#ifndef PSEUDONYMFS_LOGDEST_H
#define PSEUDONYMFS_LOGDEST_H

#include <stdarg.h>
#include <stddef.h>

#include "pfs_error.h"

struct pfs_reporter;

struct logdest {
	int	fd;		/* -o log=FILE, or -1 */
	int	to_stderr;
	int	to_syslog;
};

/* Decide the destinations: the file (opened O_APPEND|O_CREAT|O_NOFOLLOW,
 * created 0600, refused if not a regular file or writable by group or
 * others), stderr if foreground or if stderr is not a terminal under
 * systemd, syslog otherwise.  0 or -errno with one record reported
 * (pfs_error.h). */
int	logdest_open(struct logdest *d, const char *path, int foreground,
	    const struct pfs_reporter *report) PFS_WUR;
/* A line saying why nothing will read the diagnostics (no file, no stderr
 * and no syslog daemon listening), or NULL if something will. */
const char *logdest_nowhere(const struct logdest *d);
void	logdest_vlog(const struct logdest *d, int priority, const char *fmt,
	    va_list ap);
void	logdest_close(struct logdest *d);

#endif
