/* pseudonymfs: mount the pseudonymized, read-only view of a directory of
 * exports.  Options, checks, then the FUSE loop; the work is in fs.c. */
#include <errno.h>
#include <sched.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include "drift.h"
#include "fs.h"
#include "membudget.h"
#include "mountpoint.h"
#include "namecache.h"
#include "pfs_error.h"
#include "proctitle.h"
#include "version.h"
#include "util.h"

#define DEFAULT_MAX_THREADS 10
#define DEFAULT_INDEX_LOG	3	/* seconds */

struct options {
	char	*policy;
	char	*key;
	char	*audit;		/* NULL: syslog */
	char	*src;
	char	*cache;
	char	*log;		/* NULL: syslog (and stderr, see logdest.h) */
	char	*memory;	/* the memory budget, "256M" */
	unsigned long max_open;	/* 0: from RLIMIT_NOFILE */
	char	*index_log;	/* seconds before an index pass is logged */
	char	*index_threads;	/* threads per index pass */
	char	*first_pass;	/* where a pass keeps its bytes, or "off" */
	char	*first_pass_max;	/* their disk budget, "2G" */
	int	 have_mountpoint;
	int	 have_fsname;
	int	 shared;	/* allow_other or allow_root */
	int	 allow_other;
	int	 allow_root;
	int	 help;
	int	 version;
	int	 enforce_k;
	int	 source_times;	/* stat shows the source's times */
	int	 strict;	/* refuse to mount on any drift finding */
	int	 nonempty;
};

enum {
	KEY_HELP, KEY_VERSION, KEY_FSNAME, KEY_RW, KEY_AUTO_UNMOUNT,
	KEY_SHARED,
};

#define OPT(t, field, v)	{ t, offsetof(struct options, field), v }
#define PASS(t)		FUSE_OPT_KEY(t, FUSE_OPT_KEY_KEEP)
#define IGNORE(t)	FUSE_OPT_KEY(t, FUSE_OPT_KEY_DISCARD)

/* Every option the program knows, as sshfs lists its own; anything else
 * is refused by name (option_proc), since libfuse 3.14 would accept it. */
static const struct fuse_opt option_spec[] = {
	OPT("policy=%s", policy, 0),
	OPT("key=%s", key, 0),
	OPT("audit=%s", audit, 0),
	OPT("cache=%s", cache, 0),
	OPT("log=%s", log, 0),
	OPT("memory=%s", memory, 0),
	OPT("max_open=%lu", max_open, 0),
	OPT("index_log=%s", index_log, 0),
	OPT("index_threads=%s", index_threads, 0),
	OPT("first_pass=%s", first_pass, 0),
	OPT("first_pass_max=%s", first_pass_max, 0),
	OPT("enforce_k", enforce_k, 1),
	OPT("source_times", source_times, 1),
	OPT("strict", strict, 1),
	/* libfuse 3 dropped it; the check is ours (mountpoint.h). */
	OPT("nonempty", nonempty, 1),
	/* Handed to libfuse as they are. */
	FUSE_OPT_KEY("allow_other", KEY_SHARED),
	FUSE_OPT_KEY("allow_root", KEY_SHARED), PASS("default_permissions"),
	PASS("ro"), PASS("nodev"), PASS("nosuid"), PASS("noexec"),
	PASS("noatime"), PASS("relatime"), PASS("clone_fd"), PASS("subtype="),
	PASS("max_read="), PASS("max_threads="), PASS("max_idle_threads="),
	PASS("-f"), PASS("-d"), PASS("-s"),
	FUSE_OPT_KEY("fsname=", KEY_FSNAME),
	/* What mount(8) and mount.fuse3 pass for fstab's sake (x-* too, in
	 * option_proc): meaningless here. */
	IGNORE("defaults"), IGNORE("auto"), IGNORE("noauto"), IGNORE("user"),
	IGNORE("users"), IGNORE("nouser"), IGNORE("nofail"), IGNORE("_netdev"),
	IGNORE("comment="),
	/* mount.fuse3 adds dev and suid for root; the view is
	 * nodev,nosuid,noexec whatever is asked. */
	IGNORE("dev"), IGNORE("suid"), IGNORE("exec"),
	FUSE_OPT_KEY("rw", KEY_RW),
	FUSE_OPT_KEY("auto_unmount", KEY_AUTO_UNMOUNT),
	FUSE_OPT_KEY("-h", KEY_HELP),
	FUSE_OPT_KEY("--help", KEY_HELP),
	FUSE_OPT_KEY("-V", KEY_VERSION),
	FUSE_OPT_KEY("--version", KEY_VERSION),
	FUSE_OPT_END
};

static int
option_proc(void *data, const char *arg, int key, struct fuse_args *outargs)
{
	struct options *o = data;

	(void)outargs;
	switch (key) {
	case KEY_HELP:
		o->help = 1;
		return 0;
	case KEY_VERSION:
		o->version = 1;
		return 0;
	case KEY_FSNAME:
		o->have_fsname = 1;
		return 1;
	case KEY_SHARED:
		o->shared = 1;
		if (strcmp(arg, "allow_root") == 0)
			o->allow_root = 1;
		else
			o->allow_other = 1;
		return 1;
	case KEY_RW:
		fprintf(stderr, "pseudonymfs: the view is read-only: option 'rw' "
		    "is refused (mount(8) adds it unless the options say ro: "
		    "write ro in /etc/fstab)\n");
		return -1;
	case KEY_AUTO_UNMOUNT:
		fprintf(stderr, "pseudonymfs: option 'auto_unmount' is refused: "
		    "with libfuse 3.14 a crashed view can look empty, which "
		    "rsync --delete would propagate\n");
		return -1;
	case FUSE_OPT_KEY_NONOPT:
		if (o->src == NULL) {
			/* The source is positional, as for sshfs: that is what
			 * fstab and mount.fuse3 pass. */
			o->src = strdup(arg);
			return o->src == NULL ? -1 : 0;
		}
		if (!o->have_mountpoint) {
			o->have_mountpoint = 1;
			return 1;
		}
		fprintf(stderr, "pseudonymfs: unexpected argument '%s'\n", arg);
		return -1;
	}
	if (strncmp(arg, "x-", 2) == 0)
		return 0;
	fprintf(stderr, "pseudonymfs: unknown %s '%s' (see pseudonymfs --help)"
	    "\n", arg[0] == '-' ? "flag" : "option", arg);
	return -1;
}

/* The engine's error records before the mount (policy, key, mount point,
 * log, audit log), on stderr; once mounted, fs.c logs them. */
static void
report_startup(void *arg, const struct pfs_error *e)
{
	char text[PATH_MAX + 1024], line[PATH_MAX + 1024];

	(void)arg;
	pfs_error_format(e, text, sizeof(text));
	util_escape_controls(text, line, sizeof(line));
	fprintf(stderr, "pseudonymfs: %s\n", line);
}

static const struct pfs_reporter startup_errors = { report_startup, NULL };

/* The index cache directory: created 0700, refused if others can read or
 * write it (offsets only, but a planted index would be refused anyway by
 * its MAC; a readable one says which files changed when). */
static int
open_cache_dir(const char *path)
{
	struct stat st;
	int fd;

	if (mkdir(path, 0700) == -1 && errno != EEXIST) {
		fprintf(stderr, "pseudonymfs: cannot create cache %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) == -1 ||
	    fstat(fd, &st) == -1) {
		fprintf(stderr, "pseudonymfs: cannot open cache %s: %s\n", path,
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (st.st_uid != geteuid() || (st.st_mode & 077)) {
		fprintf(stderr, "pseudonymfs: cache %s must belong to this user "
		    "and be private to it (mode %04o): chmod 700 %s\n", path,
		    (unsigned)(st.st_mode & 07777), path);
		close(fd);
		return -1;
	}
	return fd;
}

static int
stop_at_first(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	(void)name;
	(void)st;
	(void)rule;
	(void)src_name;
	*(int *)arg = 1;
	return 1;
}

/* The root lists an entry only if some file beneath it is shown. */
static int
src_shows_a_file(const struct tree *t)
{
	int found = 0;

	return tree_list(t, t->root_fd, "", "", stop_at_first, &found) != 0 || found;
}

/* Descriptors and memory: what one reader may take from the others. */
static int
set_limits(const struct options *o, struct fs *fs)
{
	unsigned long nofile = handles_raise_nofile(), max_open;
	size_t budget = MEMBUDGET_DEFAULT;

	if (o->memory != NULL && (budget = membudget_parse(o->memory)) <
	    ((size_t)16 << 20)) {
		fprintf(stderr, "pseudonymfs: memory=%s: give a size of at least "
		    "16M (k, M or G)\n", o->memory);
		return -1;
	}
	/* Half the descriptors for open files, an eighth for directories;
	 * the rest stays in reserve for lookups (one per path component),
	 * index builds, the access log and libfuse. */
	max_open = o->max_open ? o->max_open : nofile / 2;
	if (max_open > nofile - nofile / 4) {
		fprintf(stderr, "pseudonymfs: max_open=%lu: at most %lu with a "
		    "descriptor limit of %lu (raise LimitNOFILE= or ulimit -n)\n",
		    max_open, nofile - nofile / 4, nofile);
		return -1;
	}
	if (handles_new(max_open, &fs->handles) != 0 ||
	    handles_new(nofile / 8 ? nofile / 8 : 1, &fs->dir_handles) != 0)
		return -1;
	membudget_set_limit(budget);
	/* Freed buffers go back to the system: a fixed mmap threshold stops
	 * glibc from keeping big freed buffers in the heap. */
	mallopt(M_MMAP_THRESHOLD, 256 << 10);
	mallopt(M_TRIM_THRESHOLD, 1 << 20);
	return 0;
}

/* Threads for one index pass: -o index_threads=N, else the CPUs this
 * process may run on.  -1 after a message for a bad value. */
static int
index_threads_option(const char *arg)
{
	cpu_set_t set;
	char *end;
	long n;

	if (arg == NULL) {
		if (sched_getaffinity(0, sizeof(set), &set) == 0 &&
		    (n = CPU_COUNT(&set)) > 0)
			return n > INDEX_MAX_JOBS ? INDEX_MAX_JOBS : (int)n;
		return 1;
	}
	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno || *end != '\0' || end == arg || n < 1 || n > INDEX_MAX_JOBS) {
		fprintf(stderr, "pseudonymfs: index_threads=%s: expected 1 to %d\n",
		    arg, INDEX_MAX_JOBS);
		return -1;
	}
	return (int)n;
}

/* Where the index pass keeps its view bytes for the first read
 * (firstpass.h): the cache given to the index cache, or -1. */
static int
first_pass_option(const struct options *o, struct index_cache *cache)
{
	struct firstpass *fp;
	off_t max = -1;
	int r;

	if (o->first_pass != NULL && strcmp(o->first_pass, "off") == 0)
		return 0;
	if (o->first_pass_max != NULL &&
	    (max = (off_t)membudget_parse(o->first_pass_max)) == 0 &&
	    strcmp(o->first_pass_max, "0") != 0) {
		fprintf(stderr, "pseudonymfs: first_pass_max=%s: expected a "
		    "size (k, M, G)\n", o->first_pass_max);
		return -1;
	}
	if ((r = firstpass_open(o->first_pass, max, &fp)) != 0 &&
	    o->first_pass != NULL) {
		fprintf(stderr, "pseudonymfs: first_pass=%s: %s\n",
		    o->first_pass, strerror(-r));
		return -1;
	}
	/* The default directory missing: every first read runs twice. */
	if (r != 0)
		fprintf(stderr, "pseudonymfs: /var/tmp: %s: index passes keep "
		    "no bytes for the first read\n", strerror(-r));
	if (fp != NULL)
		index_cache_keep_first_pass(cache, fp);
	return 0;
}

static void
usage(FILE *f)
{
	fprintf(f,
	    "usage: pseudonymfs [-f] [-s] [-d] -o policy=FILE,key=FILE[,OPTIONS] "
	    "SRC MOUNTPOINT\n"
	    "\n"
	    "Mounts the pseudonymized, read-only view of the exports under SRC.\n"
	    "\n"
	    "  -o policy=FILE    the policy (docs/policy.md)\n"
	    "  -o key=FILE       the key, from 'pseudonymize keygen', mode 0600\n"
	    "  -o audit=FILE     the access log, hash-chained (default: syslog,\n"
	    "                    facility authpriv); docs/operations-audit.md\n"
	    "  -o cache=DIR      keep file indexes in DIR (mode 0700) across mounts\n"
	    "  -o log=FILE       also write diagnostics (why a file cannot be\n"
	    "                    shown) to FILE; default syslog, and stderr with\n"
	    "                    -f or under systemd\n"
	    "  -o nonempty       mount on a directory that is not empty\n"
	    "  -o max_open=N     open files at most (default: half the\n"
	    "                    descriptor limit, raised to its hard limit);\n"
	    "                    one user gets at most 3/4 of them\n"
	    "  -o memory=SIZE    memory budget for buffers and indexes (default\n"
	    "                    256M; k, M, G); past it a read fails with ENOMEM\n"
	    "  -o index_log=N    log an index pass (file, %%, rate) once it has run\n"
	    "                    N seconds, then every 5 s (default %d; 0: all)\n"
	    "  -o index_threads=N  threads for one index pass of a large file\n"
	    "                    (default: the CPUs available)\n"
	    "  -o first_pass=DIR|off  where the index pass of a file keeps its\n"
	    "                    view bytes for the first read, in unnamed\n"
	    "                    files (default /var/tmp; off: read twice)\n"
	    "  -o first_pass_max=SIZE  disk for them (default 2G, at most a\n"
	    "                    quarter of the free space)\n"
	    "  -o allow_other    let other users read the view (needs\n"
	    "                    user_allow_other in /etc/fuse.conf for non-root)\n"
	    "  -o enforce_k      refuse to open (EACCES) a file whose k is below\n"
	    "                    the policy's k_threshold (docs/check.md)\n"
	    "  -o source_times   show the source's times (default: times made\n"
	    "                    from the inode number, which say nothing of\n"
	    "                    the source: docs/mount.md)\n"
	    "  -o strict         refuse to mount if the policy misses anything in\n"
	    "                    SRC: a header or a file no rule names, an\n"
	    "                    expected rule missing (printed at every start)\n"
	    "  -o max_threads=N  worker threads (default %d)\n"
	    "  -o fsname=, subtype=, max_read=, max_idle_threads=, clone_fd,\n"
	    "     allow_root, noatime, relatime: passed to libfuse\n"
	    "  -o ro, nofail, noauto, _netdev, x-*, comment=: from fstab, mount(8)\n"
	    "                    or systemd, accepted; write ro there, since\n"
	    "                    mount(8) adds rw, which is refused (the view is\n"
	    "                    always ro), as is auto_unmount\n"
	    "  -f                stay in the foreground (log to stderr too)\n"
	    "  -s                single-threaded\n"
	    "  -d                FUSE debug output (implies -f)\n"
	    "\n"
	    "Always mounted ro,nodev,nosuid,noexec; default_permissions too with\n"
	    "allow_other or allow_root.\n",
	    DEFAULT_INDEX_LOG, DEFAULT_MAX_THREADS);
}

/* Parse argv: 0 to go on, 1 when done (help, version), -1 after a message. */
static int
parse_options(struct fuse_args *args, struct options *o)
{
	if (fuse_opt_parse(args, o, option_spec, option_proc) == -1)
		return -1;
	if (o->help) {
		usage(stdout);
		return 1;
	}
	if (o->version) {
		printf("pseudonymfs %s (libfuse %s)\n", PSEUDONYMFS_VERSION,
		    fuse_pkgversion());
		return 1;
	}
	/* Said in one line: the whole usage would bury which it was. */
	if (o->src == NULL || !o->have_mountpoint) {
		fprintf(stderr, "pseudonymfs: %s missing; usage: pseudonymfs [-f] "
		    "-o policy=FILE,key=FILE[,OPTIONS] SRC MOUNTPOINT (pseudonymfs "
		    "--help for the options)\n", o->src == NULL ?
		    "SRC and MOUNTPOINT are" : "MOUNTPOINT is");
		return -1;
	}
	/* Name what is missing: a bare usage hides which option it was. */
	if (o->policy == NULL || o->key == NULL) {
		fprintf(stderr, "pseudonymfs: %s is missing (%s); pseudonymfs "
		    "--help for the usage\n", o->policy == NULL ?
		    "-o policy=FILE" : "-o key=FILE", o->policy == NULL ?
		    "the policy file" : "the key file, from 'pseudonymize keygen'");
		return -1;
	}
	return 0;
}

/* -o index_log=N: seconds, or -1 after a message. */
static long
index_log_option(const char *arg)
{
	char *end;
	long n;

	if (arg == NULL)
		return DEFAULT_INDEX_LOG;
	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno || *end != '\0' || end == arg || n < 0 || n > 86400) {
		fprintf(stderr, "pseudonymfs: index_log=%s: expected seconds, 0 "
		    "to 86400\n", arg);
		return -1;
	}
	return n;
}

/* enforce_k needs quasi-identifiers to measure k on. */
static int
has_quasi(const struct policy *p)
{
	if (policy_has_quasi(p))
		return 1;
	fprintf(stderr, "pseudonymfs: enforce_k needs quasi-identifiers: the "
	    "policy declares none (quasi = yes on a [column] rule, "
	    "docs/policy.md)\n");
	return 0;
}

/* The index cache: threads, progress in the log, risk, the directory. */
static int
setup_index_cache(const struct options *o, struct fs *fs)
{
	long index_log;
	int jobs, cache_fd;

	if (index_cache_new(&fs->cache) != 0 ||
	    (index_log = index_log_option(o->index_log)) < 0 ||
	    (jobs = index_threads_option(o->index_threads)) < 0)
		return -1;
	index_cache_set_jobs(fs->cache, (unsigned)jobs);
	/* glibc gives each new thread an arena of its own, up to eight per
	 * CPU, and each keeps up to M_TRIM_THRESHOLD of freed memory: with
	 * ten workers reading at once that is some 5 MB over the budget,
	 * freed by one thread and not reusable by another.  As many arenas
	 * as index threads keep the budget's promise under any concurrency
	 * (docs/operations.md, "Limits"). */
	mallopt(M_ARENA_MAX, jobs);
	/* A pass longer than that says how far it is, in the log. */
	index_cache_set_progress(fs->cache, fs_log_index_progress, fs,
	    index_log * 1000000000LL);
	if (fs->enforce_k)
		index_cache_measure_risk(fs->cache);
	if (first_pass_option(o, fs->cache) != 0)
		return -1;
	if (o->cache != NULL) {
		if ((cache_fd = open_cache_dir(o->cache)) == -1)
			return -1;
		index_cache_set_dir(fs->cache, cache_fd);
	}
	return 0;
}

/*
 * The daemon's own files beneath the source (mount48): the audit file, the
 * log and their rotated copies, the index cache.  Never shown
 * (engine_own_add), and said at every start by the setting's name, not
 * its path: the operator knows the path, and the part of it beneath the
 * source is a source name, which may be a patient's (this goes to the
 * journal under systemd).  A cache that is the source itself is refused:
 * its files would lie among the exports.  0, or -1 after a message.
 */
static int
own_files(const struct options *o, struct engine *engine, int root_fd)
{
	static const char *const setting[] = { "-o audit=", "-o log=",
	    "-o cache=" };
	static const char *const what[] = { "the audit file and its rotated "
	    "copies", "the log file and its rotated copies", "the index cache "
	    "directory and its files" };
	const char *path[] = { o->audit, o->log, o->cache };
	int r;

	for (int i = 0; i < 3; i++) {
		if (path[i] == NULL)
			continue;
		r = engine_own_add(engine, root_fd, setting[i], path[i], i == 2);
		if (r == 2) {
			fprintf(stderr, "pseudonymfs: -o cache= is the source "
			    "directory itself: index files would lie among the "
			    "exports; give a directory outside the source\n");
			return -1;
		}
		/* Unsure is refused: a file of ours the view might show. */
		if (r < 0) {
			fprintf(stderr, "pseudonymfs: %s: cannot tell whether it "
			    "lies inside the source (%s): not started\n",
			    setting[i], strerror(-r));
			return -1;
		}
		if (r == 1)
			fprintf(stderr, "pseudonymfs: warning: %s lies inside the "
			    "source: %s are never shown, whatever the policy "
			    "says, but the daemon writes into the source; keep "
			    "it outside (docs/operations-audit.md)\n",
			    setting[i], what[i]);
	}
	return 0;
}

/* The policy, the key and everything the callbacks use: any error means
 * no mount. */
static int
setup_fs(const struct options *o, struct engine **engine, struct fs *fs)
{
	const char *conf[2] = { o->policy, o->key };
	int i;

	/* Before loading them: an edit in between is then reported, never
	 * missed (fs_conf_look). */
	for (i = 0; i < 2; i++)
		if ((fs->conf_path[i] = realpath(conf[i], NULL)) != NULL &&
		    stat(fs->conf_path[i], &fs->conf_st[i]) != 0) {
			free(fs->conf_path[i]);
			fs->conf_path[i] = NULL;
		}
	if (engine_open(o->policy, o->key, engine, &startup_errors) != 0 ||
	    engine_prepare_detectors(*engine, 0, &startup_errors) != 0)
		return -1;
	fs->tree.engine = *engine;
	if (set_limits(o, fs) != 0 ||
	    (o->enforce_k && !has_quasi((*engine)->policy)))
		return -1;
	fs->enforce_k = o->enforce_k;
	fs->source_times = o->source_times;
	fs->shared = o->shared;
	fs->uid = getuid();
	fs->gid = getgid();
	if ((fs->tree.root_fd = open(o->src, O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1) {
		fprintf(stderr, "pseudonymfs: %s: %s\n", o->src, strerror(errno));
		return -1;
	}
	if (engine_attach_source(*engine, fs->tree.root_fd) != 0 ||
	    namecache_new(&fs->tree.names) != 0 ||
	    inodes_new((*engine)->policy->inode_prf, &fs->inodes) != 0)
		return -1;
	/* After the cache directory is made: it is known by its inode. */
	if (setup_index_cache(o, fs) != 0)
		return -1;
	return own_files(o, *engine, fs->tree.root_fd);
}

/* Read-only, always.  Named "pseudonymfs" in mount tables, which every
 * user can read (/proc/mounts): the source's path may hold a patient's
 * name or number.  default_permissions on a view other users may enter
 * (allow_other, allow_root): the kernel applies the source's bits to each
 * of them.  A view of one user needs none: the kernel lets no one else in
 * (the mounter's uid and gid only), and the daemon reads the sources with
 * the mounter's rights; without it the kernel asks for no attributes
 * before an open, so a file whose index pass runs opens at once (its
 * attributes time out at once, for stat's sake; docs/performance.md). */
static int
add_mount_options(struct fuse_args *args, const struct options *o)
{
	char *opts = NULL;
	int r = -1;

	if (fuse_opt_add_opt(&opts, o->shared ? "ro,nodev,nosuid,noexec,"
	    "default_permissions,subtype=pseudonymfs" : "ro,nodev,nosuid,"
	    "noexec,subtype=pseudonymfs") == 0 &&
	    (o->have_fsname || fuse_opt_add_opt(&opts,
	    "fsname=pseudonymfs") == 0) &&
	    fuse_opt_add_arg(args, "-o") == 0 &&
	    fuse_opt_add_arg(args, opts) == 0)
		r = 0;
	free(opts);
	return r;
}

/* A drift finding, before the mount, on standard error. */
static void
drift_print(void *arg, const char *finding)
{
	char line[PATH_MAX + 1024];

	(void)arg;
	util_escape_controls(finding, line, sizeof(line));
	fprintf(stderr, "pseudonymfs: drift: %s\n", line);
}

/* The checks that need the mount point and the log, and the audit log,
 * last: one that cannot take a record means no mount, since no access
 * may go untraced.  Then the policy's drift, printed before mounting. */
static int
check_before_mount(const struct options *o, const struct fuse_cmdline_opts *cmd,
    const struct engine *engine, struct fs *fs)
{
	struct drift_totals dt;
	char summary[256];
	int r;

	if (mountpoint_check(o->src, cmd->mountpoint, o->nonempty,
	    &startup_errors) != 0 || logdest_open(&fs->log, o->log,
	    cmd->foreground, &startup_errors) != 0)
		return -1;
	if (logdest_nowhere(&fs->log) != NULL)
		fprintf(stderr, "pseudonymfs: warning: %s\n",
		    logdest_nowhere(&fs->log));
	if (!src_shows_a_file(&fs->tree))
		fprintf(stderr, "pseudonymfs: warning: %s holds no file that a "
		    "[file] rule of %s matches: the view will be empty (pseudonymize "
		    "check shows what is not matched)\n", o->src, o->policy);
	if (audit_open(o->audit, engine->policy->hash, keys_id(engine->keys),
	    &fs->audit, &startup_errors) != 0)
		return -1;
	if ((r = drift_scan(engine, o->src, NULL, drift_print, NULL,
	    &dt)) != 0) {
		fprintf(stderr, "pseudonymfs: %s: %s\n", o->src, strerror(-r));
		return -1;
	}
	if (drift_summary(&dt, "-o strict", o->strict, summary,
	    sizeof(summary)) == 0)
		drift_print(NULL, summary);
	return o->strict && drift_findings(&dt) > 0 ? -1 : 0;
}

/* The session's loop until unmounted (or SIGTERM, SIGINT, SIGHUP: a clean
 * end too): 0, or -1. */
static int
run_loop(struct fuse_session *se, const struct fuse_cmdline_opts *cmd)
{
	struct fuse_loop_config *loop;
	int r;

	if (cmd->singlethread)
		return fuse_session_loop(se) < 0 ? -1 : 0;
	if ((loop = fuse_loop_cfg_create()) == NULL)
		return -1;
	fuse_loop_cfg_set_clone_fd(loop, cmd->clone_fd);
	/* Left at UINT_MAX when not given: libfuse's own default. */
	if (cmd->max_idle_threads != UINT_MAX)
		fuse_loop_cfg_set_idle_threads(loop, cmd->max_idle_threads);
	/* libfuse leaves max_threads at UINT_MAX when not given. */
	fuse_loop_cfg_set_max_threads(loop, cmd->max_threads == 0 ||
	    cmd->max_threads > 100000 ? DEFAULT_MAX_THREADS : cmd->max_threads);
	r = fuse_session_loop_mt(se, loop);
	fuse_loop_cfg_destroy(loop);
	return r < 0 ? -1 : 0;
}

/*
 * The options that let more out than the default view: other users
 * (allow_other, allow_root), the source's times (source_times), a name of
 * the operator's in /proc/mounts (fsname=, which may be the source's
 * path).  Each is named in the log line of the mount and in an audit
 * record of its own after the mount record (event=option, path= the
 * option's name, never its value), so that the trail says under which
 * options the opens after it were served.  Into buf, "" if none.
 */
static void
weakening_options(const struct options *o, char *buf, size_t len)
{
	snprintf(buf, len, "%s%s%s%s", o->allow_other ? ",allow_other" : "",
	    o->allow_root ? ",allow_root" : "",
	    o->source_times ? ",source_times" : "",
	    o->have_fsname ? ",fsname" : "");
	if (buf[0] == ',')
		memmove(buf, buf + 1, strlen(buf));
}

/* One audit record per weakening option (above).  0 or -errno. */
static int
record_options(struct fs *fs, const char *weak, pid_t pid)
{
	char name[32];
	struct audit_access acc = { "option", getuid(), pid, name, 0 };
	size_t n;
	int r;

	while (*weak != '\0') {
		n = strcspn(weak, ",");
		snprintf(name, sizeof(name), "%.*s", (int)n, weak);
		if ((r = audit_record(fs->audit, &acc)) != 0)
			return r;
		weak += n + (weak[n] == ',');
	}
	return 0;
}

/* Mount, serve, unmount; the mount, its weakening options and the unmount
 * are audit records.  The exit status. */
static int
serve(struct fuse_args *args, const struct fuse_cmdline_opts *cmd,
    const struct options *o, const struct engine *engine, struct fs *fs)
{
	struct audit_access acc = { "mount", getuid(), 0, cmd->mountpoint, 0 };
	struct fuse_session *se;
	char weak[80];
	int status = 1, signals = 0, r;

	openlog("pseudonymfs", LOG_PID, LOG_DAEMON);
	if ((se = fuse_session_new(args, fs_operations(),
	    sizeof(struct fuse_lowlevel_ops), fs)) == NULL)
		return 1;
	/* libfuse or fusermount3 said why on stderr ("failed to open
	 * /dev/fuse", "user has no write access to mountpoint", "option
	 * allow_other only allowed if..."); ours says what it means. */
	if (fuse_session_mount(se, cmd->mountpoint) != 0) {
		fprintf(stderr, "pseudonymfs: cannot mount on %s (the line above "
		    "says why): nothing is mounted\n", cmd->mountpoint);
		goto destroy;
	}
	weakening_options(o, weak, sizeof(weak));
	fs_log(fs, LOG_INFO, "mounted %s, policy %s, key id %s, project '%s'%s"
	    ", max_open %lu, memory %zuM%s%s", cmd->mountpoint,
	    engine->policy->hash, keys_id(engine->keys),
	    engine->policy->project, fs->enforce_k ? ", enforce_k" : "",
	    handles_max(fs->handles), membudget_limit() >> 20,
	    weak[0] ? "; options that show more: " : "", weak);
	if (fuse_daemonize(cmd->foreground) != 0 ||
	    fuse_set_signal_handlers(se) != 0)
		goto unmount;
	signals = 1;
	/* After daemonizing, so the record names the daemon's pid. */
	acc.pid = getpid();
	if ((r = audit_record(fs->audit, &acc)) != 0 ||
	    (r = record_options(fs, weak, acc.pid)) != 0) {
		fs_log(fs, LOG_ERR, "cannot write the audit record of the mount: "
		    "%s: unmounting", strerror(-r));
		goto unmount;
	}
	/* An unmount (or a signal) during the index pass of a large file
	 * stops the pass: the daemon exits at once (fs.h). */
	if ((r = fs_watch_start(fs, se)) != 0)
		fs_log(fs, LOG_WARNING, "cannot start the unmount watcher: %s: "
		    "an unmount waits for a running index pass", strerror(-r));
	status = run_loop(se, cmd) == 0 ? 0 : 1;
	fs_watch_stop(fs);
	fs_log(fs, LOG_INFO, "unmounted %s", cmd->mountpoint);
	acc.event = "unmount";
	if ((r = audit_record(fs->audit, &acc)) != 0)
		fs_log(fs, LOG_ERR, "cannot write the audit record of the "
		    "unmount: %s", strerror(-r));
 unmount:
	if (signals)
		fuse_remove_signal_handlers(se);
	fuse_session_unmount(se);
 destroy:
	fuse_session_destroy(se);
	return status;
}

static void
teardown(struct options *o, struct engine *engine, struct fs *fs)
{
	index_cache_free(fs->cache);
	namecache_free(fs->tree.names);
	inodes_free(fs->inodes);
	free(fs->conf_path[0]);
	free(fs->conf_path[1]);
	audit_close(fs->audit);
	logdest_close(&fs->log);
	handles_free(fs->handles);
	handles_free(fs->dir_handles);
	if (fs->tree.root_fd > 0)
		close(fs->tree.root_fd);
	engine_free(engine);
	free(o->policy);
	free(o->key);
	free(o->audit);
	free(o->cache);
	free(o->log);
	free(o->memory);
	free(o->index_log);
	free(o->index_threads);
	free(o->first_pass);
	free(o->first_pass_max);
	free(o->src);
}

int
main(int argc, char **argv)
{
	struct fuse_args args = FUSE_ARGS_INIT(argc, argv);
	struct fuse_cmdline_opts cmd = { 0 };
	struct options o = { 0 };
	struct engine *engine = NULL;
	struct fs fs = { 0 };
	int status = 1, r;

	fs.log.fd = -1;
	if (engine_protect_process() != 0) {
		fprintf(stderr, "pseudonymfs: cannot disable core dumps: %s\n",
		    strerror(errno));
		goto out;
	}
	if ((r = parse_options(&args, &o)) != 0) {
		status = r > 0 ? 0 : 1;
		goto out;
	}
	/* libfuse holds its own copies now: the source's, the key's and the
	 * policy's paths leave /proc/PID/cmdline (proctitle.h). */
	if (proctitle_hide(argc, argv, NULL) != 0)
		goto out;
	/* Everything is checked before mounting: an error means no mount. */
	if (setup_fs(&o, &engine, &fs) != 0 ||
	    add_mount_options(&args, &o) != 0 ||
	    fuse_parse_cmdline(&args, &cmd) != 0 || cmd.mountpoint == NULL ||
	    check_before_mount(&o, &cmd, engine, &fs) != 0)
		goto out;
	/* ps shows "pseudonymfs MOUNTPOINT" (public in /proc/mounts). */
	proctitle_set(cmd.mountpoint);
	status = serve(&args, &cmd, &o, engine, &fs);
 out:
	teardown(&o, engine, &fs);
	free(cmd.mountpoint);
	fuse_opt_free_args(&args);
	return status;
}
