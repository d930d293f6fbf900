/* The progress line.  Counters are atomics so workers never wait for the
 * terminal; drawing takes a try-lock and skips when another thread draws. */
#include <stdio.h>
#include <string.h>

#include "progress.h"

#define PROGRESS_DELAY_NS	1000000000LL	/* silent for the first second */
#define PROGRESS_EVERY_NS	200000000LL	/* then at most 5 draws a second */

static long long
since_start(const struct progress *p)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - p->start.tv_sec) * 1000000000LL +
	    (now.tv_nsec - p->start.tv_nsec);
}

void
progress_format_bytes(char *out, size_t n, double bytes)
{
	if (bytes >= 1e9)
		snprintf(out, n, "%.2f GB", bytes / 1e9);
	else if (bytes >= 1e6)
		snprintf(out, n, "%.1f MB", bytes / 1e6);
	else
		snprintf(out, n, "%.0f kB", bytes / 1e3);
}

void
progress_init(struct progress *p, int on, const char *prog,
    unsigned long long total, unsigned long files_total)
{
	memset(p, 0, sizeof(*p));
	p->on = on;
	p->out = stderr;
	p->prog = prog;
	p->total = total;
	p->files_total = files_total;
	pthread_mutex_init(&p->lock, NULL);
	clock_gettime(CLOCK_MONOTONIC, &p->start);
}

static void
draw(struct progress *p, long long ns)
{
	unsigned long long done = __atomic_load_n(&p->done, __ATOMIC_RELAXED);
	double secs = ns / 1e9, rate = secs > 0 ? done / secs : 0;
	char d[32], t[32], r[32], eta[64] = "";

	progress_format_bytes(d, sizeof(d), (double)done);
	progress_format_bytes(r, sizeof(r), rate);
	if (p->total > 0 && rate > 0 && done <= p->total) {
		long left = (long)((p->total - done) / rate + 0.5);
		snprintf(eta, sizeof(eta), ", %ld:%02ld:%02ld left", left / 3600,
		    left / 60 % 60, left % 60);
	}
	if (p->total > 0) {
		progress_format_bytes(t, sizeof(t), (double)p->total);
		fprintf(p->out, "\r%s: %s of %s (%3.0f%%), %s/s%s, file %lu of "
		    "%lu\033[K", p->prog, d, t, done > p->total ? 100.0 :
		    100.0 * done / p->total, r, eta,
		    __atomic_load_n(&p->files_done, __ATOMIC_RELAXED),
		    p->files_total);
	} else {
		fprintf(p->out, "\r%s: %s, %s/s\033[K", p->prog, d, r);
	}
	fflush(p->out);
	p->drawn = 1;
	p->last_ns = ns;
}

static void
maybe_draw(struct progress *p)
{
	long long ns;

	if (!p->on || pthread_mutex_trylock(&p->lock) != 0)
		return;
	ns = since_start(p);
	if (ns >= PROGRESS_DELAY_NS && ns - p->last_ns >= PROGRESS_EVERY_NS)
		draw(p, ns);
	pthread_mutex_unlock(&p->lock);
}

void
progress_add(struct progress *p, unsigned long long bytes)
{
	__atomic_add_fetch(&p->done, bytes, __ATOMIC_RELAXED);
	maybe_draw(p);
}

void
progress_file_done(struct progress *p, unsigned long long bytes_left)
{
	/* Counted, not drawn: the caller may be about to print. */
	__atomic_add_fetch(&p->done, bytes_left, __ATOMIC_RELAXED);
	__atomic_add_fetch(&p->files_done, 1, __ATOMIC_RELAXED);
}

void
progress_clear(struct progress *p)
{
	if (!p->on)
		return;
	pthread_mutex_lock(&p->lock);
	if (p->drawn) {
		fputs("\r\033[K", p->out);
		fflush(p->out);
	}
	pthread_mutex_unlock(&p->lock);
}

void
progress_end(struct progress *p)
{
	pthread_mutex_lock(&p->lock);
	if (p->drawn) {
		/* The last figures, then a line of their own. */
		draw(p, since_start(p));
		fputc('\n', p->out);
		fflush(p->out);
	}
	p->on = 0;
	pthread_mutex_unlock(&p->lock);
	pthread_mutex_destroy(&p->lock);
}
