/* The program's own files beneath the source: the audit file, the log and
 * their rotated copies, the index cache, copies of them.  Never data, so
 * never shown, whatever the rules say (tree.c asks for every entry). */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

#include "engine.h"

/* Directories walked up from a setting's path to find the source root. */
#define OWN_MAX_UP	4096

struct engine_own {
	const char	*setting;	/* "-o audit=": static */
	char		*base;		/* a file's base name; NULL: a dir */
	dev_t		 dev;
	ino_t		 ino;
	int		 have_id;
};

static int
same_id(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* 1 if the directory dir_fd is the root or beneath it, 0 if not, -errno.
 * By device and inode, one ".." at a time: no path text to get wrong
 * (symbolic links, "//", a relative path). */
static int
beneath_root(int root_fd, int dir_fd)
{
	struct stat root, st, up_st;
	int fd, up, r = 0;

	if (fstat(root_fd, &root) == -1 ||
	    (fd = openat(dir_fd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -errno;
	for (int i = 0; i < OWN_MAX_UP; i++) {
		if (fstat(fd, &st) == -1) {
			r = -errno;
			break;
		}
		if (same_id(&st, &root)) {
			r = 1;
			break;
		}
		if ((up = openat(fd, "..", O_PATH | O_DIRECTORY |
		    O_CLOEXEC)) == -1) {
			r = -errno;
			break;
		}
		close(fd);
		fd = up;
		if (fstat(fd, &up_st) == -1) {
			r = -errno;
			break;
		}
		if (same_id(&up_st, &st))
			break;		/* "/": not beneath */
	}
	close(fd);
	return r;
}

static int
own_push(struct engine *e, const char *setting, const char *base,
    const struct stat *st)
{
	struct engine_own *grown, *o;

	if ((grown = realloc(e->own, (e->nown + 1) * sizeof(*grown))) == NULL)
		return -ENOMEM;
	e->own = grown;
	o = &e->own[e->nown];
	memset(o, 0, sizeof(*o));
	o->setting = setting;
	if (base != NULL && (o->base = strdup(base)) == NULL)
		return -ENOMEM;
	if (st != NULL) {
		o->dev = st->st_dev;
		o->ino = st->st_ino;
		o->have_id = 1;
	}
	e->nown++;
	return 0;
}

int
engine_own_add(struct engine *e, int root_fd, const char *setting,
    const char *path, int is_dir)
{
	char parent[PATH_MAX];
	const char *base, *slash;
	struct stat st, root;
	int fd, r;

	if (is_dir) {
		if ((fd = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC)) == -1)
			return errno == ENOENT ? 0 : -errno;
		if (fstat(fd, &st) == -1 || fstat(root_fd, &root) == -1) {
			r = -errno;
			close(fd);
			return r;
		}
		r = same_id(&st, &root) ? 2 : beneath_root(root_fd, fd);
		close(fd);
		if (r == 1 && (r = own_push(e, setting, NULL, &st)) == 0)
			r = 1;
		return r;
	}
	slash = strrchr(path, '/');
	base = slash != NULL ? slash + 1 : path;
	if (*base == '\0')
		return 0;	/* not a file: audit_open says so */
	if (slash == NULL)
		snprintf(parent, sizeof(parent), ".");
	else if (slash == path)
		snprintf(parent, sizeof(parent), "/");
	else if ((size_t)(slash - path) >= sizeof(parent))
		return -ENAMETOOLONG;
	else
		snprintf(parent, sizeof(parent), "%.*s", (int)(slash - path),
		    path);
	if ((fd = open(parent, O_PATH | O_DIRECTORY | O_CLOEXEC)) == -1)
		return errno == ENOENT ? 0 : -errno;
	if ((r = beneath_root(root_fd, fd)) == 1) {
		/* Its inode too, when it exists: a hard link to it is
		 * never shown under any name. */
		int have = fstatat(fd, base, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(st.st_mode);

		if ((r = own_push(e, setting, base, have ? &st : NULL)) == 0)
			r = 1;
	}
	close(fd);
	return r;
}

void
engine_own_free(struct engine *e)
{
	for (size_t i = 0; i < e->nown; i++)
		free(e->own[i].base);
	free(e->own);
	e->own = NULL;
	e->nown = 0;
}

int
engine_own_name(const char *own, const char *name)
{
	size_t bn = strlen(own), sn, xn;
	const char *ext, *p;

	/* access.audit, .1, .2.gz, -20261207, _old, ~: what logrotate
	 * (numbers, dateext, compress), an editor or an operator's mv
	 * make of it.  Any suffix after a separator: unsure means hidden. */
	if (strncmp(name, own, bn) == 0 && (name[bn] == '\0' ||
	    (name[bn] != '\0' && strchr(".-_~", name[bn]) != NULL)))
		return 1;
	/* logrotate's `extension .audit`: the rotation's mark goes before
	 * the extension (access.1.audit, access-20261207.audit.gz). */
	if ((ext = strrchr(own, '.')) == NULL || ext == own)
		return 0;
	sn = (size_t)(ext - own);
	xn = strlen(ext);
	if (strncmp(name, own, sn) != 0 || name[sn] == '\0' ||
	    strchr(".-_", name[sn]) == NULL ||
	    !isdigit((unsigned char)name[sn + 1]))
		return 0;
	for (p = name + sn + 1; (p = strstr(p, ext)) != NULL; p++)
		if (p[xn] == '\0' || p[xn] == '.')
			return 1;
	return 0;
}

/* "2026-12-07T22:55:00.123Z", the time of a record and of a log line. */
#define OWN_STAMP	"dddd-dd-ddTdd:dd:dd.dddZ"
#define OWN_STAMP_LEN	(sizeof(OWN_STAMP) - 1)

static int
is_stamp(const char *s, size_t n)
{
	if (n < OWN_STAMP_LEN)
		return 0;
	for (size_t i = 0; i < OWN_STAMP_LEN; i++)
		if (OWN_STAMP[i] == 'd' ? !isdigit((unsigned char)s[i]) :
		    s[i] != OWN_STAMP[i])
			return 0;
	return 1;
}

/* An audit record (audit.c: "time=STAMP seq=") or a line of -o log=
 * (logdest.c: "STAMP pseudonymfs[PID]: "). */
static int
own_line(const char *s, size_t n)
{
	static const char seq[] = " seq=", daemon[] = " pseudonymfs[";

	if (n >= 5 && memcmp(s, "time=", 5) == 0 && is_stamp(s + 5, n - 5) &&
	    n - 5 - OWN_STAMP_LEN >= sizeof(seq) - 1 &&
	    memcmp(s + 5 + OWN_STAMP_LEN, seq, sizeof(seq) - 1) == 0)
		return 1;
	return is_stamp(s, n) && n - OWN_STAMP_LEN >= sizeof(daemon) - 1 &&
	    memcmp(s + OWN_STAMP_LEN, daemon, sizeof(daemon) - 1) == 0;
}

/* The lines looked at: the first three (a copy cut in a line starts with
 * the rest of that line). */
#define OWN_LINES	3

int
engine_own_bytes(const void *b, size_t n)
{
	const char *s = b, *nl;
	size_t at = 0;

	/* index.c's DISK_MAGIC, "PNFSIX02", and its earlier versions */
	if (n >= 7 && memcmp(s, "PNFSIX0", 7) == 0)
		return 1;
	for (int line = 0; line < OWN_LINES && at < n; line++) {
		if (own_line(s + at, n - at))
			return 1;
		if ((nl = memchr(s + at, '\n', n - at)) == NULL)
			break;
		at = (size_t)(nl - s) + 1;
	}
	return 0;
}

/* The start of a gzip member, inflated: what the view would read. */
static size_t
own_gunzip(const uint8_t *in, size_t n, uint8_t *out, size_t cap)
{
	z_stream z;
	size_t got;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
		return 0;
	z.next_in = (Bytef *)(uintptr_t)in;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	(void)inflate(&z, Z_SYNC_FLUSH);
	got = cap - z.avail_out;
	inflateEnd(&z);
	return got;
}

static int
own_content(int dir_fd, const char *name, const struct stat *st)
{
	uint8_t raw[ENGINE_OWN_SNIFF], plain[ENGINE_OWN_SNIFF];
	ssize_t n;
	int fd;

	if (st->st_size < 8)
		return 0;
	/* Unreadable: the view could not show it either. */
	if ((fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC)) == -1)
		return 0;
	n = pread(fd, raw, sizeof(raw), 0);
	close(fd);
	if (n < 8)
		return 0;
	if (raw[0] == 0x1f && raw[1] == 0x8b)
		return engine_own_bytes(plain, own_gunzip(raw, (size_t)n, plain,
		    sizeof(plain)));
	return engine_own_bytes(raw, (size_t)n);
}

enum engine_own_kind
engine_own_file(const struct engine *e, int dir_fd, const char *name,
    const struct stat *st)
{
	if (S_ISDIR(st->st_mode)) {
		for (size_t i = 0; i < e->nown; i++)
			if (e->own[i].base == NULL && e->own[i].have_id &&
			    st->st_dev == e->own[i].dev &&
			    st->st_ino == e->own[i].ino)
				return ENGINE_OWN_SETTING;
		return ENGINE_OWN_NONE;
	}
	if (!S_ISREG(st->st_mode))
		return ENGINE_OWN_NONE;
	if (engine_is_key_file(e, dir_fd, name, st))
		return ENGINE_OWN_KEY;
	for (size_t i = 0; i < e->nown; i++) {
		const struct engine_own *o = &e->own[i];

		if (o->base == NULL)
			continue;
		if ((o->have_id && st->st_dev == o->dev &&
		    st->st_ino == o->ino) || engine_own_name(o->base, name))
			return ENGINE_OWN_SETTING;
	}
	return own_content(dir_fd, name, st) ? ENGINE_OWN_CONTENT :
	    ENGINE_OWN_NONE;
}
