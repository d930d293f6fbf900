/* The access log: records formatted here, written whole under one lock,
 * chained by BLAKE2b in file mode; and the verifier of such files. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/stat.h>
#include <signal.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "audit.h"
#include "pfs_error.h"

/* The fields of a record, in this order, separated by one space. */
static const char *const fields[] = {
	"time", "seq", "event", "uid", "pid", "comm", "path", "policy", "key",
	"result", "prev",
};
#define NFIELDS		(sizeof(fields) / sizeof(fields[0]))
#define FIELD_TIME	0
#define FIELD_SEQ	1
#define FIELD_EVENT	2
#define FIELD_PID	4
#define FIELD_PREV	10

struct audit {
	pthread_mutex_t	 lock;		/* the write and the chain state */
	char		*path;		/* absolute; NULL for syslog */
	int		 fd;
	int		 sock;		/* syslog: connected to AUDIT_SYSLOG_PATH */
	off_t		 cut_to;	/* a partial record to cut off, or -1 */
	dev_t		 dev;		/* of the file fd has open */
	ino_t		 ino;
	unsigned long long seq;		/* of the last record written */
	char		 prev[AUDIT_HASH_HEX];	/* its hash */
	char		 policy[AUDIT_HASH_HEX];
	char		 key[AUDIT_HASH_HEX];
};

void
audit_hash_line(const char *line, size_t len, char out[AUDIT_HASH_HEX])
{
	unsigned char h[AUDIT_HASH_BYTES];

	crypto_generichash(h, sizeof(h), (const unsigned char *)line, len,
	    NULL, 0);
	sodium_bin2hex(out, AUDIT_HASH_HEX, h, sizeof(h));
}

/* The hash a chain starts from. */
static void
genesis(char out[AUDIT_HASH_HEX])
{
	memset(out, '0', AUDIT_HASH_HEX - 1);
	out[AUDIT_HASH_HEX - 1] = '\0';
}

/* Printable ASCII except space and '%' as is, everything else %XX: a file
 * name or a process name (which any process can set) cannot add a field
 * or a line to the log. */
static void
put_escaped(char *out, size_t outlen, size_t *pos, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*pos + 4 >= outlen)
			return;
		if (*p > 0x20 && *p < 0x7f && *p != '%') {
			out[(*pos)++] = (char)*p;
		} else {
			out[(*pos)++] = '%';
			out[(*pos)++] = hex[*p >> 4];
			out[(*pos)++] = hex[*p & 15];
		}
	}
	out[*pos] = '\0';
}

static void
comm_of(pid_t pid, char *out, size_t outlen)
{
	char path[64];
	ssize_t n;
	int fd;

	snprintf(out, outlen, "?");
	if (pid <= 0)
		return;
	snprintf(path, sizeof(path), "/proc/%ld/comm", (long)pid);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return;
	n = read(fd, out, outlen - 1);
	close(fd);
	if (n <= 0) {
		snprintf(out, outlen, "?");
		return;
	}
	out[n] = '\0';
	out[strcspn(out, "\n")] = '\0';
	if (out[0] == '\0')
		snprintf(out, outlen, "?");
}

static void
result_name(int result, char *out, size_t outlen)
{
	const char *name;

	if (result == 0) {
		snprintf(out, outlen, "ok");
		return;
	}
	if ((name = strerrorname_np(-result)) != NULL)
		snprintf(out, outlen, "%s", name);
	else
		snprintf(out, outlen, "E%d", -result);
}

/* The record line (no newline) for acc with the given seq and prev (prev
 * NULL: syslog, no chain).  Its length, or -1 if it does not fit. */
static int
format_record(const struct audit *a, const struct audit_access *acc,
    unsigned long long seq, const char *prev, char *line, size_t linelen)
{
	char when[40], comm[64], result[32];
	struct timespec now;
	struct tm tm;
	size_t pos;
	int n;

	clock_gettime(CLOCK_REALTIME, &now);
	gmtime_r(&now.tv_sec, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm);
	comm_of(acc->pid, comm, sizeof(comm));
	result_name(acc->result, result, sizeof(result));

	n = snprintf(line, linelen, "time=%s.%03ldZ seq=%llu event=%s uid=%lu "
	    "pid=%ld comm=", when, now.tv_nsec / 1000000L, seq, acc->event,
	    (unsigned long)acc->uid, (long)acc->pid);
	if (n < 0 || (size_t)n >= linelen)
		return -1;
	pos = (size_t)n;
	put_escaped(line, linelen, &pos, comm);
	n = snprintf(line + pos, linelen - pos, " path=");
	if (n < 0 || (size_t)n >= linelen - pos)
		return -1;
	pos += (size_t)n;
	put_escaped(line, linelen, &pos, acc->path != NULL && acc->path[0] ?
	    acc->path : "-");
	n = snprintf(line + pos, linelen - pos, " policy=%s key=%s result=%s",
	    a->policy, a->key, result);
	if (n < 0 || (size_t)n >= linelen - pos)
		return -1;
	pos += (size_t)n;
	if (prev != NULL) {
		n = snprintf(line + pos, linelen - pos, " prev=%s", prev);
		if (n < 0 || (size_t)n >= linelen - pos)
			return -1;
		pos += (size_t)n;
	}
	return pos + 2 < linelen ? (int)pos : -1;
}

/* Split a record line in place into its NFIELDS values.  0, or -1 if it
 * is not a record (wrong fields, order, or a seq/prev that does not
 * parse). */
static int
parse_record(char *line, char *val[NFIELDS], unsigned long long *seq)
{
	char *p = line, *sp, *end;
	size_t i, klen;

	for (i = 0; i < NFIELDS; i++) {
		klen = strlen(fields[i]);
		if (strncmp(p, fields[i], klen) != 0 || p[klen] != '=')
			return -1;
		val[i] = p + klen + 1;
		sp = strchr(val[i], ' ');
		if ((sp == NULL) != (i == NFIELDS - 1) || val[i][0] == '\0' ||
		    val[i][0] == ' ')
			return -1;
		if (sp != NULL) {
			*sp = '\0';
			p = sp + 1;
		}
	}
	errno = 0;
	*seq = strtoull(val[FIELD_SEQ], &end, 10);
	if (errno != 0 || *end != '\0' || val[FIELD_SEQ][0] < '0' ||
	    val[FIELD_SEQ][0] > '9')
		return -1;
	if (strlen(val[FIELD_PREV]) != AUDIT_HASH_HEX - 1 ||
	    strspn(val[FIELD_PREV], "0123456789abcdef") != AUDIT_HASH_HEX - 1)
		return -1;
	return 0;
}

/* Continue the chain of an existing file from its last record. */
static int
read_last(struct audit *a, off_t size, const struct pfs_reporter *report)
{
	size_t want, start, len;
	char *buf, *nl, *val[NFIELDS];
	ssize_t n;
	int r = -EBADMSG;

	genesis(a->prev);
	a->seq = 0;
	if (size == 0)
		return 0;
	want = size < AUDIT_MAX_LINE + 1 ? (size_t)size : AUDIT_MAX_LINE + 1;
	if ((buf = malloc(want + 1)) == NULL)
		return -ENOMEM;
	if ((n = pread(a->fd, buf, want, size - (off_t)want)) != (ssize_t)want) {
		r = n < 0 ? -errno : -EIO;
		pfs_error_reportf(report, -r,
		    "audit file %s: cannot read its last "
		    "record: %s", a->path, strerror(-r));
		goto out;
	}
	buf[want] = '\0';
	if (buf[want - 1] != '\n') {
		pfs_error_reportf(report, EBADMSG,
		    "audit file %s ends in an incomplete "
		    "record; check it with 'pseudonymize audit-verify', then "
		    "move it away to start a new file", a->path);
		goto out;
	}
	buf[want - 1] = '\0';
	nl = memrchr(buf, '\n', want - 1);
	if (nl == NULL && (off_t)want < size) {
		pfs_error_reportf(report, EBADMSG,
		    "audit file %s: its last line is not an "
		    "audit record (too long)", a->path);
		goto out;
	}
	start = nl == NULL ? 0 : (size_t)(nl - buf) + 1;
	len = want - 1 - start;
	audit_hash_line(buf + start, len, a->prev);
	if (parse_record(buf + start, val, &a->seq) != 0) {
		genesis(a->prev);
		pfs_error_reportf(report, EBADMSG,
		    "audit file %s: its last line is not an "
		    "audit record; check it with 'pseudonymize audit-verify'",
		    a->path);
		goto out;
	}
	r = 0;
 out:
	free(buf);
	return r;
}

/* flock LOCK_EX, retried for up to AUDIT_LOCK_WAIT_MS. */
static int
lock_wait(int fd)
{
	const struct timespec step = { 0, 20 * 1000 * 1000 };
	int waited;

	for (waited = 0; ; waited += 20) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno != EWOULDBLOCK || waited >= AUDIT_LOCK_WAIT_MS)
			return -1;
		nanosleep(&step, NULL);
	}
}

/* Open (or create) the file at a->path and note which file it is. */
static int
open_file(struct audit *a, const struct pfs_reporter *report)
{
	struct stat st;
	int fd, r;

	/* Read too: the last record of an existing file starts the chain. */
	fd = open(a->path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd == -1) {
		r = -errno;
		pfs_error_reportf(report, -r, "audit file %s: %s%s", a->path,
		    strerror(-r), r == -ELOOP ? " (a symbolic link is refused)" :
		    "");
		return r;
	}
	if (fstat(fd, &st) == -1) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "audit file %s: %s", a->path, strerror(-r));
		close(fd);
		return r;
	}
	if (!S_ISREG(st.st_mode)) {
		pfs_error_reportf(report, EINVAL,
		    "audit file %s is not a regular file",
		    a->path);
		close(fd);
		return -EINVAL;
	}
	/* Anyone else who can write it can forge records in the middle. */
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		pfs_error_reportf(report, EPERM,
		    "audit file %s is writable by group or "
		    "others: chmod go-w %s", a->path, a->path);
		close(fd);
		return -EPERM;
	}
	if (a->fd != -1)
		close(a->fd);
	a->fd = fd;
	a->cut_to = -1;
	a->dev = st.st_dev;
	a->ino = st.st_ino;
	return 0;
}

/* ---- syslog, written by us ----
 *
 * syslog(3) drops a message it cannot send, silently: no syslog daemon
 * (no /dev/log), a stopped one, a full queue.  An untraced open is what the
 * access log exists to prevent, so records go over our own connected
 * socket, and a record that was not sent refuses its open. */

static int
syslog_connect(struct audit *a)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	struct timeval timeout = { AUDIT_SYSLOG_TIMEOUT, 0 };
	int fd, r;

	if (a->sock != -1) {
		close(a->sock);
		a->sock = -1;
	}
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", AUDIT_SYSLOG_PATH);
	if ((fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1)
		return -errno;
	/* A syslog daemon that stopped reading must not stall every open. */
	(void)setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
	if (connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		r = -errno;
		close(fd);
		return r;
	}
	a->sock = fd;
	return 0;
}

/* One datagram in the form syslog(3) sends: "<PRI>Mmm dd hh:mm:ss
 * TAG[PID]: MSG", facility authpriv, priority notice. */
static int
syslog_send(struct audit *a, const char *line)
{
	char msg[AUDIT_MAX_LINE + 128], stamp[32];
	struct tm tm;
	time_t now = time(NULL);
	int n, tries;

	localtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%h %e %T", &tm);
	n = snprintf(msg, sizeof(msg), "<%d>%s pseudonymfs[%ld]: audit: %s",
	    LOG_AUTHPRIV | LOG_NOTICE, stamp, (long)getpid(), line);
	if (n < 0 || (size_t)n >= sizeof(msg))
		return -ENAMETOOLONG;
	/* The syslog daemon restarted: connect again, once. */
	for (tries = 0; tries < 2; tries++) {
		if (a->sock == -1 && syslog_connect(a) != 0)
			continue;
		if (send(a->sock, msg, (size_t)n, MSG_NOSIGNAL) == n)
			return 0;
		close(a->sock);
		a->sock = -1;
	}
	return -EIO;
}

int
audit_open(const char *path, const char *policy_hash, const char *key_id,
    struct audit **out, const struct pfs_reporter *report)
{
	struct audit *a;
	struct stat st;
	char cwd[PATH_MAX];
	int r;

	*out = NULL;
	if (sodium_init() < 0) {
		pfs_error_reportf(report, EIO, "libsodium cannot start");
		return -EIO;
	}
	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -ENOMEM;
	a->fd = -1;
	a->sock = -1;
	a->cut_to = -1;
	pthread_mutex_init(&a->lock, NULL);
	snprintf(a->policy, sizeof(a->policy), "%s", policy_hash);
	snprintf(a->key, sizeof(a->key), "%s", key_id);
	genesis(a->prev);
	if (path == NULL) {
		/* Checked now: no mount whose records would go nowhere. */
		if ((r = syslog_connect(a)) != 0) {
			pfs_error_reportf(report, -r,
			    "the access log cannot go to syslog: "
			    "%s: %s (no syslog daemon?); give -o audit=FILE "
			    "(pseudonymfs) or --audit FILE (pseudonymize "
			    "reveal) to keep it in a file", AUDIT_SYSLOG_PATH,
			    strerror(-r));
			goto fail;
		}
		*out = a;
		return 0;
	}
	if (path[0] == '\0') {
		pfs_error_reportf(report, EINVAL, "audit= needs a file name");
		r = -EINVAL;
		goto fail;
	}
	/* Absolute: the daemon changes directory to / when it detaches, and
	 * reopens the path after a rotation. */
	if (path[0] == '/') {
		a->path = strdup(path);
	} else if (getcwd(cwd, sizeof(cwd)) == NULL) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "audit file %s: %s", path, strerror(-r));
		goto fail;
	} else if (asprintf(&a->path, "%s/%s", cwd, path) == -1) {
		a->path = NULL;
	}
	if (a->path == NULL) {
		r = -ENOMEM;
		pfs_error_reportf(report, ENOMEM, "out of memory");
		goto fail;
	}
	if ((r = open_file(a, report)) != 0)
		goto fail;
	/* Two daemons appending to one file would interleave two chains.  A
	 * daemon that was just unmounted still writes its unmount record
	 * after fusermount3 -u returns: wait for it a little. */
	if (lock_wait(a->fd) == -1) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "audit file %s is in use by another "
		    "pseudonymfs (give each mount its own audit file)", a->path);
		goto fail;
	}
	if (fstat(a->fd, &st) == -1) {
		r = -errno;
		pfs_error_reportf(report, -r,
		    "audit file %s: %s", a->path, strerror(-r));
		goto fail;
	}
	if ((r = read_last(a, st.st_size, report)) != 0)
		goto fail;
	*out = a;
	return 0;
 fail:
	audit_close(a);
	return r;
}

/* After logrotate (or anyone) moved or deleted the file: append to what
 * is at the path now, creating it, so the chain goes on in the new file. */
static int
follow_rotation(struct audit *a)
{
	struct stat st;
	int r;

	if (lstat(a->path, &st) == 0 && st.st_dev == a->dev &&
	    st.st_ino == a->ino)
		return 0;
	/* The library does not log: the open this record traces is refused,
	 * and the daemon logs that with this errno. */
	if ((r = open_file(a, NULL)) != 0)
		return r;
	(void)flock(a->fd, LOCK_EX | LOCK_NB);
	return 0;
}

int
audit_record(struct audit *a, const struct audit_access *acc)
{
	char line[AUDIT_MAX_LINE + 2];
	struct stat st;
	ssize_t n;
	int len, r = 0;

	pthread_mutex_lock(&a->lock);
	if (a->path == NULL) {
		len = format_record(a, acc, a->seq + 1, NULL, line,
		    sizeof(line) - 1);
		if (len < 0) {
			r = -ENAMETOOLONG;
			goto out;
		}
		line[len] = '\0';
		if ((r = syslog_send(a, line)) == 0)
			a->seq++;
		goto out;
	}
	if ((r = follow_rotation(a)) != 0)
		goto out;
	len = format_record(a, acc, a->seq + 1, a->prev, line,
	    sizeof(line) - 1);
	if (len < 0 || len > AUDIT_MAX_LINE) {
		r = -ENAMETOOLONG;
		goto out;
	}
	line[len] = '\n';
	/* One write of the whole line: O_APPEND makes it one record, even
	 * next to a writer we do not know of.  A short write (a full disk)
	 * is cut off again, so the next record does not glue onto half a
	 * line and the file stays verifiable. */
	if (a->cut_to != -1) {
		if (ftruncate(a->fd, a->cut_to) == -1) {
			r = -errno;
			goto out;
		}
		a->cut_to = -1;
	}
	if (fstat(a->fd, &st) == -1) {
		r = -errno;
		goto out;
	}
	n = write(a->fd, line, (size_t)len + 1);
	if (n != (ssize_t)len + 1) {
		r = n < 0 ? -errno : -ENOSPC;
		/* Not logged here (the library does not log): the next
		 * record cuts first, and a cut that fails again refuses that
		 * record's open with the errno, which the daemon logs. */
		if (n > 0 && ftruncate(a->fd, st.st_size) == -1)
			a->cut_to = st.st_size;
		goto out;
	}
	audit_hash_line(line, (size_t)len, a->prev);
	a->seq++;
 out:
	pthread_mutex_unlock(&a->lock);
	return r;
}

void
audit_close(struct audit *a)
{
	if (a == NULL)
		return;
	if (a->fd != -1)
		close(a->fd);
	if (a->sock != -1)
		close(a->sock);
	pthread_mutex_destroy(&a->lock);
	free(a->path);
	free(a);
}

/* ---- verification ---- */

enum session { SESSION_UNKNOWN, SESSION_MOUNTED, SESSION_UNMOUNTED };

struct chain {
	int			 started;
	unsigned long long	 seq;
	char			 prev[AUDIT_HASH_HEX];
	char			 time[40];	/* of the last record */
	enum session		 session;	/* after the last record */
	char			 daemon[24];	/* pid of the last mount */
	unsigned long long	 mount_seq;	/* and its seq */
	unsigned		 warnings;
	int			 sessions;	/* follow them too */
};

/* The daemons' sessions: each starts with a mount record and ends with an
 * unmount record.  A missing one is not a broken chain (a daemon killed
 * with SIGKILL writes no unmount record) but is worth a look. */
static void
follow_session(struct chain *c, const char *path, long lineno,
    char *val[NFIELDS], unsigned long long seq, FILE *report)
{
	const char *event = val[FIELD_EVENT];

	/* pseudonymize reveal writes its records without a daemon. */
	if (strcmp(event, "reveal") == 0)
		return;
	if (strcmp(event, "mount") == 0) {
		if (c->session == SESSION_MOUNTED) {
			fprintf(report, "%s:%ld: warning: the daemon that mounted "
			    "at seq %llu (pid %s) wrote no unmount record: it was "
			    "killed or crashed\n", path, lineno, c->mount_seq,
			    c->daemon);
			c->warnings++;
		}
		c->session = SESSION_MOUNTED;
		snprintf(c->daemon, sizeof(c->daemon), "%s", val[FIELD_PID]);
		c->mount_seq = seq;
		return;
	}
	if (c->session == SESSION_UNMOUNTED || (c->session == SESSION_UNKNOWN &&
	    seq == 1)) {
		fprintf(report, "%s:%ld: warning: record seq %llu (%s) is not "
		    "preceded by the mount record of its daemon: the mount "
		    "record is missing\n", path, lineno, seq, event);
		c->warnings++;
	}
	c->session = strcmp(event, "unmount") == 0 ? SESSION_UNMOUNTED :
	    SESSION_MOUNTED;
}

/* At the end of the series: the last daemon has not written its unmount
 * record.  Fine if it is still running (on this host), not otherwise. */
static void
last_session(struct chain *c, FILE *report)
{
	char path[64], comm[32] = "";
	long pid;
	FILE *f;

	if (c->session != SESSION_MOUNTED || c->mount_seq == 0)
		return;
	pid = strtol(c->daemon, NULL, 10);
	snprintf(path, sizeof(path), "/proc/%ld/comm", pid);
	if (pid > 0 && (f = fopen(path, "re")) != NULL) {
		if (fgets(comm, sizeof(comm), f) == NULL)
			comm[0] = '\0';
		fclose(f);
	}
	if (strncmp(comm, "pseudonymfs", 11) == 0) {
		fprintf(report, "the daemon that mounted at seq %llu (pid %ld) "
		    "is still running: its unmount record is to come\n",
		    c->mount_seq, pid);
		return;
	}
	fprintf(report, "warning: the daemon that mounted at seq %llu (pid %s) "
	    "is not running here and wrote no unmount record: it was killed "
	    "or crashed (or runs on another host)\n", c->mount_seq, c->daemon);
	c->warnings++;
}

static int
verify_one(const char *path, struct chain *c, FILE *report)
{
	char *line = NULL, *val[NFIELDS], hash[AUDIT_HASH_HEX];
	unsigned long long seq, first_seq = 0, records = 0;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;
	FILE *f;
	int r = 0;

	if ((f = fopen(path, "re")) == NULL) {
		r = -errno;
		fprintf(report, "%s: %s\n", path, strerror(-r));
		return r;
	}
	while ((n = getline(&line, &cap, f)) != -1) {
		lineno++;
		if (n == 0 || line[n - 1] != '\n') {
			fprintf(report, "%s:%ld: incomplete record (no end of "
			    "line)\n", path, lineno);
			r = -EBADMSG;
			goto out;
		}
		line[--n] = '\0';
		if (n > AUDIT_MAX_LINE || memchr(line, '\0', (size_t)n) != NULL) {
			fprintf(report, "%s:%ld: not an audit record\n", path,
			    lineno);
			r = -EBADMSG;
			goto out;
		}
		audit_hash_line(line, (size_t)n, hash);
		if (parse_record(line, val, &seq) != 0) {
			fprintf(report, "%s:%ld: not an audit record\n", path,
			    lineno);
			r = -EBADMSG;
			goto out;
		}
		if (!c->started) {
			/* The first record of the series: a chain either starts
			 * here or continues a file we were not given. */
			c->started = 1;
			if (strspn(val[FIELD_PREV], "0") != AUDIT_HASH_HEX - 1 ||
			    seq != 1)
				fprintf(report, "%s: continues an earlier file: "
				    "its first record (seq %llu) follows the "
				    "record with hash %s; give that file first "
				    "to check the link\n", path, seq,
				    val[FIELD_PREV]);
		} else if (records == 0 && seq == 1 && strcmp(val[FIELD_EVENT],
		    "mount") == 0 && strspn(val[FIELD_PREV], "0") ==
		    AUDIT_HASH_HEX - 1 && strcmp(val[FIELD_TIME], c->time) >= 0) {
			/* The daemon started on a new, empty file (rotated while
			 * nothing was mounted): a new chain, which can only begin
			 * a file, with a mount record, after the previous file's
			 * last record (the times have one fixed format, so they
			 * compare as strings). */
			fprintf(report, "%s: starts a new chain (seq 1, a mount "
			    "on a new file); the previous file ends at seq %llu\n",
			    path, c->seq);
		} else if (seq != c->seq + 1) {
			fprintf(report, "%s:%ld: record seq %llu follows seq "
			    "%llu: %llu record(s) missing or reordered here\n",
			    path, lineno, seq, c->seq, seq > c->seq ?
			    seq - c->seq - 1 : 0);
			r = -EBADMSG;
			goto out;
		} else if (strcmp(val[FIELD_PREV], c->prev) != 0) {
			fprintf(report, "%s:%ld: record seq %llu does not chain "
			    "to the record before it: that record was altered, "
			    "or this one was\n", path, lineno, seq);
			r = -EBADMSG;
			goto out;
		}
		if (c->sessions)
			follow_session(c, path, lineno, val, seq, report);
		if (records++ == 0)
			first_seq = seq;
		c->seq = seq;
		memcpy(c->prev, hash, sizeof(hash));
		snprintf(c->time, sizeof(c->time), "%s", val[FIELD_TIME]);
	}
	if (ferror(f)) {
		r = -EIO;
		fprintf(report, "%s: read error\n", path);
		goto out;
	}
	if (records == 0)
		fprintf(report, "%s: no records\n", path);
	else
		fprintf(report, "%s: %llu records, seq %llu to %llu, chain "
		    "intact; last record hash %s\n", path, records, first_seq,
		    c->seq, c->prev);
 out:
	free(line);
	fclose(f);
	return r;
}

/* The files of one chain, in order, from the genesis hash. */
static int
verify_chain(const char *const *paths, size_t npaths, struct chain *c,
    FILE *report)
{
	int r;

	genesis(c->prev);
	for (size_t i = 0; i < npaths; i++)
		if ((r = verify_one(paths[i], c, report)) != 0)
			return r;
	return 0;
}

int
audit_verify_sessions(const char *const *paths, size_t npaths, FILE *report,
    unsigned *warnings)
{
	struct chain c = { .sessions = 1 };
	int r;

	if ((r = verify_chain(paths, npaths, &c, report)) != 0)
		return r;
	last_session(&c, report);
	if (warnings != NULL)
		*warnings = c.warnings;
	return 0;
}

int
audit_verify(const char *const *paths, size_t npaths, FILE *report)
{
	struct chain c = { 0 };

	return verify_chain(paths, npaths, &c, report);
}
