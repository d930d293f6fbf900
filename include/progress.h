/* A progress line on a terminal for long jobs (export, check): bytes done
 * of the total, percent, rate and time left, redrawn in place on stderr at
 * most a few times a second, like `rsync --info=progress2`.  Nothing is
 * drawn when stderr is not a terminal or when the caller said quiet, and
 * nothing before the job has run for a second (short jobs stay silent).
 * progress_add() may be called from any thread. */
#ifndef PSEUDONYMFS_PROGRESS_H
#define PSEUDONYMFS_PROGRESS_H
#include <pthread.h>
#include <stdio.h>
#include <time.h>

struct progress {
	int			 on;
	FILE			*out;
	const char		*prog;
	unsigned long long	 total;		/* bytes; 0 if unknown */
	unsigned long long	 done;		/* atomic */
	unsigned long		 files_total;
	unsigned long		 files_done;	/* atomic */
	struct timespec		 start;
	long long		 last_ns;	/* of the last draw, since start */
	int			 drawn;
	pthread_mutex_t		 lock;		/* one drawer at a time */
};

/* on: draw at all (the caller checks isatty and -q). */
void	progress_init(struct progress *p, int on, const char *prog,
	    unsigned long long total, unsigned long files_total);
void	progress_add(struct progress *p, unsigned long long bytes);
/* A file is done; bytes_left: its bytes not yet added. */
void	progress_file_done(struct progress *p, unsigned long long bytes_left);
/* Erase the line for now (before the caller prints on the same terminal);
 * the next draw puts it back. */
void	progress_clear(struct progress *p);
/* Draw the last figures on a line of their own if a line was drawn. */
void	progress_end(struct progress *p);
/* "1.5 MB", "12.0 GB": the units the line uses (10^6 bytes). */
void	progress_format_bytes(char *out, size_t n, double bytes);
#endif
