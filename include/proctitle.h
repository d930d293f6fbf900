/* The command line that every local user can read (/proc/PID/cmdline,
 * ps) for as long as a program runs; PR_SET_DUMPABLE does not hide it.
 * The programs' arguments name the source (which may be a patient's
 * directory, /exports/DUPONT_Jean), the key, the policy and the audit log:
 * once the program holds its own copy, the area execve(2) laid them in is
 * overwritten with zeros and a short title is written in its place. */
#ifndef PSEUDONYMFS_PROCTITLE_H
#define PSEUDONYMFS_PROCTITLE_H
#include "pfs_error.h"

/* Overwrite argv[1..argc-1] with zeros.  copy non-NULL: first make a heap
 * copy of argv (argv[argc] NULL, never freed: it lives as long as the
 * program) and store it there.  copy NULL: the caller already copied what
 * it keeps (libfuse's fuse_opt_parse duplicates every argument).  0 or
 * -ENOMEM (then nothing is overwritten). */
int	proctitle_hide(int argc, char **argv, char ***copy) PFS_WUR;
/* Write title where argv[1] was (after proctitle_hide), so that ps shows
 * "PROGRAM TITLE"; cut to the area's length.  Nothing if the arguments
 * were not laid end to end. */
void	proctitle_set(const char *title);
#endif
