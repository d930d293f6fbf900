/* Once per message per interval: the mount meets the same refused names on
 * every listing of their directory (a collision, a name that looks like an
 * identifier), and a log line per listing buries everything else.  A
 * message is logged the first time, then held back for LOGLIMIT_INTERVAL_S
 * while it repeats; the next line says how many were held back.  Messages
 * are told apart by a keyed digest of their text (a random key: names
 * cannot be chosen to silence another's line), in a table of fixed size:
 * past LOGLIMIT_SLOTS different messages, the oldest are forgotten and
 * logged again.  Thread-safe; knows nothing of FUSE. */
#ifndef PSEUDONYMFS_LOGLIMIT_H
#define PSEUDONYMFS_LOGLIMIT_H

#include <stddef.h>
#include <time.h>

#include "pfs_error.h"

#define LOGLIMIT_INTERVAL_S	600
#define LOGLIMIT_SLOTS		8192

struct loglimit;

/* 0, or -ENOMEM (the table is charged to the memory budget). */
int	loglimit_new(struct loglimit **out) PFS_WUR;
void	loglimit_free(struct loglimit *l);

/* Should `text` be logged at time `now` (seconds, CLOCK_MONOTONIC)?  1 with
 * *held the repeats held back since it was last logged, or 0 (held back,
 * counted).  l NULL: always 1. */
int	loglimit_allow(struct loglimit *l, const char *text, time_t now,
	    unsigned long *held) PFS_WUR;

#endif
