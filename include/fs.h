/* The FUSE callbacks: glue between the kernel and the engine's tree and
 * index.  Everything they need is in struct fs, set up before mounting. */
#ifndef PSEUDONYMFS_FS_H
#define PSEUDONYMFS_FS_H

#define FUSE_USE_VERSION 314
#include <fuse_lowlevel.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "audit.h"
#include "engine.h"
#include "handles.h"
#include "index.h"
#include "logdest.h"
#include "loglimit.h"
#include "inodes.h"
#include "tree.h"

/* A handle the kernel holds (fi->fh of an open or opendir), linked while
 * it is open: see struct fs, open_lock. */
struct fs_open {
	struct fs_open		*prev, *next;
};

struct fs {
	struct tree		 tree;
	struct index_cache	*cache;
	struct inodes		*inodes;	/* one per path and version */
	struct audit		*audit;		/* every open is recorded */
	struct handles		*handles;	/* open files, per user too */
	struct handles		*dir_handles;	/* open directories */
	struct logdest		 log;		/* the diagnostics */
	struct loglimit		*limited_log;	/* refused names, reads of a
						 * changed source: once per
						 * text per LOGLIMIT_INTERVAL_S
						 * (made by the init callback) */
	int			 enforce_k;	/* refuse files below k_threshold */
	/* Who stat says owns each entry: the source's owner and group
	 * under allow_other or allow_root (default_permissions checks them),
	 * else the mounting user's, the only one who can enter the view. */
	int			 shared;
	uid_t			 uid;
	gid_t			 gid;
	int			 source_times;	/* stat shows the source's times
						 * (-o source_times), else
						 * inodes_time */
	/* The policy and key files (absolute paths) and their stat at the
	 * mount: read once, so an edit is not applied until a restart; an
	 * open that finds either changed says so in the log (fs_conf_look),
	 * at most one look a second. */
	char			*conf_path[2];
	struct stat		 conf_st[2];
	long			 conf_looked;	/* atomic: CLOCK_MONOTONIC s */
	/* The session's end seen from outside its loop (fs_watch_start). */
	struct fuse_session	*session;
	pthread_t		 watcher;
	int			 watching;
	int			 watch_stop;	/* atomic */
	/* Every file and directory handle given to the kernel and not yet
	 * released.  The kernel sends RELEASE in the background after a
	 * close, and an unmount aborts the connection with the requests
	 * the daemon has not read yet: a file closed just before
	 * `fusermount3 -u` may never be released.  fs_destroy frees what is
	 * left, after the loop has joined its workers (else each such
	 * handle, its read buffers and its source descriptor leaked at the
	 * exit: LeakSanitizer's abort under load).  Made by the init
	 * callback, before any open. */
	pthread_mutex_t		 open_lock;
	struct fs_open		*open_files, *open_dirs;
};

const struct fuse_lowlevel_ops *fs_operations(void);

/* Log a line to the diagnostics' destinations (logdest.h).  Never a cell
 * value: callers pass view names, line and column numbers. */
void	fs_log(const struct fs *fs, int priority, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * While the session's loop runs: a thread that sees its end (an unmount:
 * the kernel aborts the connection, POLLERR on its descriptor; or a
 * signal: fuse_session_exited) and cancels the index passes then
 * (index_cache_cancel).  Else libfuse's loop would wait, to join its
 * workers, for a pass of a large file that a lookup started, and the
 * daemon would stay that long after the unmount.  0 or -errno;
 * fs_watch_stop after the loop (joins it).
 */
int	fs_watch_start(struct fs *fs, struct fuse_session *se);
void	fs_watch_stop(struct fs *fs);

/* index_progress_fn for the mount's index cache, arg the struct fs. */
void	fs_log_index_progress(void *arg, const char *name, off_t done,
	    off_t total, double seconds, int finished);

#endif
