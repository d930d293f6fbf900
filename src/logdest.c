/* The daemon's diagnostics: one line, written whole, to each destination. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "audit.h"
#include "logdest.h"
#include "pfs_error.h"
#include "util.h"

/* systemd sets INVOCATION_ID for a service; JOURNAL_STREAM when its
 * stderr goes to the journal. */
static int
under_systemd(void)
{
	return getenv("INVOCATION_ID") != NULL || getenv("JOURNAL_STREAM") != NULL;
}

int
logdest_open(struct logdest *d, const char *path, int foreground,
    const struct pfs_reporter *report)
{
	struct stat st;
	int r;

	d->fd = -1;
	d->to_stderr = foreground || (under_systemd() && !isatty(STDERR_FILENO));
	/* stderr already goes to the journal: syslog would say it twice. */
	d->to_syslog = !(getenv("JOURNAL_STREAM") != NULL &&
	    !isatty(STDERR_FILENO));
	if (path == NULL)
		return 0;
	d->fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW |
	    O_NOCTTY | O_CLOEXEC, 0600);
	if (d->fd == -1) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "log file %s: %s%s", path, strerror(-r),
		    r == -ELOOP ? " (a symbolic link is refused)" : "");
		return r;
	}
	if (fstat(d->fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (st.st_mode & (S_IWGRP | S_IWOTH))) {
		pfs_error_reportf(report, EINVAL,
		    "log file %s must be a regular file that "
		    "group and others cannot write (chmod go-w %s)", path, path);
		logdest_close(d);
		return -EINVAL;
	}
	return 0;
}

/* Does a syslog daemon listen where syslog(3) sends? */
static int
syslog_listens(void)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	int fd, ok;

	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", AUDIT_SYSLOG_PATH);
	if ((fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1)
		return 0;
	ok = connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0;
	close(fd);
	return ok;
}

const char *
logdest_nowhere(const struct logdest *d)
{
	if (d->fd != -1 || d->to_stderr || syslog_listens())
		return NULL;
	return "no syslog daemon listens at " AUDIT_SYSLOG_PATH ": the reasons "
	    "a file cannot be shown will be lost; give -o log=FILE (or -f)";
}

void
logdest_vlog(const struct logdest *d, int priority, const char *fmt,
    va_list ap)
{
	char text[2048], msg[2048], line[2200], stamp[32];
	struct timespec now;
	struct tm tm;
	va_list copy;
	int n;

	va_copy(copy, ap);
	vsnprintf(text, sizeof(text), fmt, copy);
	va_end(copy);
	/* A name shown as it is (suspect_names = show) may hold a newline
	 * or an escape: one line per message, nothing for a terminal. */
	util_escape_controls(text, msg, sizeof(msg));
	if (d->to_syslog)
		syslog(priority, "%s", msg);
	if (d->to_stderr)
		fprintf(stderr, "pseudonymfs: %s\n", msg);
	if (d->fd == -1)
		return;
	clock_gettime(CLOCK_REALTIME, &now);
	gmtime_r(&now.tv_sec, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%S", &tm);
	n = snprintf(line, sizeof(line), "%s.%03ldZ pseudonymfs[%ld]: %s\n",
	    stamp, now.tv_nsec / 1000000L, (long)getpid(), msg);
	if (n > 0 && (size_t)n < sizeof(line))
		(void)!write(d->fd, line, (size_t)n);
}

void
logdest_close(struct logdest *d)
{
	if (d->fd != -1)
		close(d->fd);
	d->fd = -1;
}
