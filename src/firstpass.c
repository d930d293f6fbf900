/* The index pass's view bytes, kept on disk for the first reader
 * (include/firstpass.h). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "firstpass.h"
#include "membudget.h"
#include "util.h"

#define TMPFS_MAGIC_	0x01021994
#define RAMFS_MAGIC_	0x858458f6

struct firstpass {
	int		 dir_fd;
	off_t		 max;
	off_t		 used;		/* atomic: bytes kept by every file */
	unsigned	 files;		/* atomic: files kept */
	unsigned long	 serial;	/* atomic: names of the fallback */
};

/* A run of view bytes at a place in the temporary file. */
struct extent {
	off_t	view;
	off_t	at;
	size_t	len;
};

struct firstpass_file {
	struct firstpass *fp;
	int		 fd;
	off_t		 end;		/* atomic: where the next flush goes */
	off_t		 charged;	/* atomic: bytes charged to fp->used */
	struct timespec	 born;
	pthread_mutex_t	 lock;		/* the extents, while writers place */
	pthread_cond_t	 more;		/* an extent placed, or the end */
	int		 closed;	/* no extent will be placed anymore */
	struct extent	*ext;		/* placed: sorted by view offset */
	size_t		 next, cap;
};

struct firstpass_writer {
	struct firstpass_file *f;
	char		*stage;
	size_t		 staged;
	off_t		 written;	/* stream bytes flushed */
	int		 dead;		/* stopped keeping */
	/* Under f->lock: once placed (its view offset known), each flush
	 * goes to the file's extents at once; before, to ext. */
	int		 placed;
	off_t		 base;
	struct extent	*ext;		/* stream-relative view offsets */
	size_t		 next, cap;
};

int
firstpass_new(int dir_fd, off_t max_bytes, struct firstpass **out)
{
	struct firstpass *fp;

	*out = NULL;
	if ((fp = calloc(1, sizeof(*fp))) == NULL)
		return -ENOMEM;
	fp->dir_fd = dir_fd;
	fp->max = max_bytes < 0 ? 0 : max_bytes;
	*out = fp;
	return 0;
}

int
firstpass_open(const char *dir, off_t max_bytes, struct firstpass **out)
{
	struct statfs sfs;
	struct statvfs svfs;
	off_t quarter;
	int fd, r;

	*out = NULL;
	if (max_bytes == 0)
		return 0;
	if (dir == NULL)
		dir = "/var/tmp";
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -errno;
	if (fstatfs(fd, &sfs) == -1 || fstatvfs(fd, &svfs) == -1) {
		r = -errno;
		close(fd);
		return r;
	}
	if (sfs.f_type == TMPFS_MAGIC_ || sfs.f_type == RAMFS_MAGIC_) {
		close(fd);
		return 0;
	}
	if (max_bytes < 0) {
		quarter = (off_t)(svfs.f_bavail / 4) * (off_t)svfs.f_frsize;
		max_bytes = quarter < FIRSTPASS_DEFAULT_MAX ? quarter :
		    FIRSTPASS_DEFAULT_MAX;
	}
	if ((r = firstpass_new(fd, max_bytes, out)) != 0)
		close(fd);
	return r;
}

void
firstpass_free(struct firstpass *fp)
{
	if (fp == NULL)
		return;
	close(fp->dir_fd);
	free(fp);
}

off_t
firstpass_used(const struct firstpass *fp)
{
	return fp == NULL ? 0 : __atomic_load_n(&fp->used, __ATOMIC_RELAXED);
}

/* An unnamed file in the directory: O_TMPFILE, or on a file system without
 * it a random name unlinked at once. */
static int
tmp_open(struct firstpass *fp)
{
	char name[64];
	int fd;

	fd = openat(fp->dir_fd, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd != -1 || (errno != EOPNOTSUPP && errno != EISDIR &&
	    errno != EINVAL))
		return fd;
	snprintf(name, sizeof(name), ".pseudonymfs-first.%ld.%lu.%08lx",
	    (long)getpid(), __atomic_add_fetch(&fp->serial, 1,
	    __ATOMIC_RELAXED), (unsigned long)random());
	fd = openat(fp->dir_fd, name, O_CREAT | O_EXCL | O_RDWR | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd != -1)
		unlinkat(fp->dir_fd, name, 0);
	return fd;
}

struct firstpass_file *
firstpass_file_new(struct firstpass *fp, off_t source_size)
{
	struct firstpass_file *f;

	if (fp == NULL || source_size < FIRSTPASS_MIN_SOURCE ||
	    firstpass_used(fp) >= fp->max)
		return NULL;
	if (__atomic_add_fetch(&fp->files, 1, __ATOMIC_RELAXED) >
	    FIRSTPASS_MAX_FILES) {
		__atomic_sub_fetch(&fp->files, 1, __ATOMIC_RELAXED);
		return NULL;
	}
	if ((f = calloc(1, sizeof(*f))) == NULL ||
	    (f->fd = tmp_open(fp)) == -1) {
		__atomic_sub_fetch(&fp->files, 1, __ATOMIC_RELAXED);
		free(f);
		return NULL;
	}
	f->fp = fp;
	clock_gettime(CLOCK_MONOTONIC, &f->born);
	pthread_mutex_init(&f->lock, NULL);
	pthread_cond_init(&f->more, NULL);
	return f;
}

void
firstpass_file_free(struct firstpass_file *f)
{
	if (f == NULL)
		return;
	__atomic_sub_fetch(&f->fp->used, f->charged, __ATOMIC_RELAXED);
	__atomic_sub_fetch(&f->fp->files, 1, __ATOMIC_RELAXED);
	close(f->fd);
	pthread_mutex_destroy(&f->lock);
	pthread_cond_destroy(&f->more);
	free(f->ext);
	free(f);
}

double
firstpass_file_age(const struct firstpass_file *f)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - f->born.tv_sec) +
	    (now.tv_nsec - f->born.tv_nsec) / 1e9;
}

static int
extent_add(struct extent **ext, size_t *n, size_t *cap, off_t view, off_t at,
    size_t len)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		struct extent *p = realloc(*ext, ncap * sizeof(*p));
		if (p == NULL)
			return -ENOMEM;
		*ext = p;
		*cap = ncap;
	}
	(*ext)[*n].view = view;
	(*ext)[*n].at = at;
	(*ext)[*n].len = len;
	(*n)++;
	return 0;
}

struct firstpass_writer *
firstpass_writer_new(struct firstpass_file *f)
{
	struct firstpass_writer *w;

	if ((w = calloc(1, sizeof(*w))) == NULL)
		return NULL;
	w->f = f;
	w->dead = f == NULL;
	if (!w->dead && membudget_charge(FIRSTPASS_STAGE) != 0)
		w->dead = 1;
	else if (!w->dead && (w->stage = malloc(FIRSTPASS_STAGE)) == NULL) {
		membudget_uncharge(FIRSTPASS_STAGE);
		w->dead = 1;
	}
	return w;
}

/* Write the staged bytes to a place of their own in the file. */
static void
writer_flush(struct firstpass_writer *w)
{
	struct firstpass_file *f = w->f;
	struct firstpass *fp;
	size_t n = w->staged, done = 0;
	off_t at, used;
	ssize_t k;

	if (w->dead || n == 0)
		return;
	fp = f->fp;
	w->staged = 0;
	used = __atomic_add_fetch(&fp->used, (off_t)n, __ATOMIC_RELAXED);
	if (used > fp->max) {
		__atomic_sub_fetch(&fp->used, (off_t)n, __ATOMIC_RELAXED);
		w->dead = 1;
		return;
	}
	__atomic_add_fetch(&f->charged, (off_t)n, __ATOMIC_RELAXED);
	at = __atomic_fetch_add(&f->end, (off_t)n, __ATOMIC_RELAXED);
	while (done < n) {
		k = pwrite(f->fd, w->stage + done, n - done, at + (off_t)done);
		if (k == -1 && errno == EINTR)
			continue;
		if (k <= 0) {
			w->dead = 1;	/* a full disk: keep what was kept */
			return;
		}
		done += (size_t)k;
	}
	pthread_mutex_lock(&f->lock);
	if (w->placed) {
		/* A reader may be waiting for these bytes.  A failure to note
		 * them only sends their readers to the transform. */
		if (extent_add(&f->ext, &f->next, &f->cap, w->base + w->written,
		    at, n) != 0)
			w->dead = 1;
		pthread_cond_broadcast(&f->more);
	} else if (extent_add(&w->ext, &w->next, &w->cap, w->written, at,
	    n) != 0) {
		w->dead = 1;
	}
	pthread_mutex_unlock(&f->lock);
	w->written += (off_t)n;
}

void
firstpass_write(struct firstpass_writer *w, const char *p, size_t n)
{
	while (!w->dead && n > 0) {
		size_t room = FIRSTPASS_STAGE - w->staged;
		size_t take = n < room ? n : room;

		memcpy(w->stage + w->staged, p, take);
		w->staged += take;
		p += take;
		n -= take;
		if (w->staged == FIRSTPASS_STAGE)
			writer_flush(w);
	}
}

/* The staging buffer back to the budget. */
static void
writer_unstage(struct firstpass_writer *w)
{
	if (w->stage != NULL) {
		free(w->stage);
		w->stage = NULL;
		membudget_uncharge(FIRSTPASS_STAGE);
	}
	w->dead = 1;
}

void
firstpass_writer_finish(struct firstpass_writer *w)
{
	if (w == NULL)
		return;
	writer_flush(w);
	writer_unstage(w);
}

void
firstpass_writer_free(struct firstpass_writer *w)
{
	if (w == NULL)
		return;
	writer_unstage(w);
	free(w->ext);
	free(w);
}

void
firstpass_writer_place(struct firstpass_writer *w, off_t base)
{
	struct firstpass_file *f;

	if (w == NULL || (f = w->f) == NULL)
		return;
	pthread_mutex_lock(&f->lock);
	if (!w->placed) {
		for (size_t i = 0; i < w->next; i++)
			if (extent_add(&f->ext, &f->next, &f->cap,
			    base + w->ext[i].view, w->ext[i].at,
			    w->ext[i].len) != 0) {
				w->dead = 1;	/* the rest is transformed */
				break;
			}
		w->next = 0;
		w->placed = 1;
		w->base = base;
		pthread_cond_broadcast(&f->more);
	}
	pthread_mutex_unlock(&f->lock);
}

void
firstpass_writer_end(struct firstpass_writer *w, off_t base)
{
	if (w == NULL)
		return;
	firstpass_writer_finish(w);
	firstpass_writer_place(w, base);
	firstpass_writer_free(w);
}

void
firstpass_file_close(struct firstpass_file *f)
{
	if (f == NULL)
		return;
	pthread_mutex_lock(&f->lock);
	f->closed = 1;
	pthread_cond_broadcast(&f->more);
	pthread_mutex_unlock(&f->lock);
}

/* The extent holding view offset off, or NULL.  The writers end in view
 * order, so the extents are sorted. */
static const struct extent *
extent_at(const struct firstpass_file *f, off_t off)
{
	size_t lo = 0, hi = f->next;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct extent *e = &f->ext[mid];

		if (off < e->view)
			hi = mid;
		else if (off >= e->view + (off_t)e->len)
			lo = mid + 1;
		else
			return e;
	}
	return NULL;
}

/* Kept bytes at `at`: what one pread gives (retried on EINTR), 0 at the
 * kept file's end, or -errno.  Both readers below copy through it. */
static ssize_t
kept_pread(const struct firstpass_file *f, char *buf, size_t len, off_t at)
{
	return util_pread(f->fd, buf, len, at);
}

ssize_t
firstpass_read(const struct firstpass_file *f, char *buf, size_t len,
    off_t off)
{
	size_t got = 0;

	if (f == NULL)
		return 0;
	while (got < len) {
		const struct extent *e = extent_at(f, off + (off_t)got);
		off_t in;
		size_t want;
		ssize_t k;

		if (e == NULL)
			return 0;
		in = off + (off_t)got - e->view;
		want = e->len - (size_t)in;
		if (want > len - got)
			want = len - got;
		if ((k = kept_pread(f, buf + got, want, e->at + in)) <= 0)
			return k;
		got += (size_t)k;
	}
	return (ssize_t)len;
}

ssize_t
firstpass_read_wait(struct firstpass_file *f, char *buf, size_t len,
    off_t off)
{
	size_t got = 0;

	if (f == NULL)
		return 0;
	while (got < len) {
		const struct extent *e;
		off_t in, at;
		size_t want;
		ssize_t k;

		/* The extents move as they grow: the one wanted is copied
		 * under the lock, its bytes read after. */
		pthread_mutex_lock(&f->lock);
		while ((e = extent_at(f, off + (off_t)got)) == NULL &&
		    !f->closed)
			pthread_cond_wait(&f->more, &f->lock);
		if (e == NULL) {
			pthread_mutex_unlock(&f->lock);
			return 0;
		}
		in = off + (off_t)got - e->view;
		at = e->at + in;
		want = e->len - (size_t)in;
		pthread_mutex_unlock(&f->lock);
		if (want > len - got)
			want = len - got;
		if ((k = kept_pread(f, buf + got, want, at)) <= 0)
			return k;
		got += (size_t)k;
	}
	return (ssize_t)len;
}
