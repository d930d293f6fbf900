/* View tree: visibility and names of source entries. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namecache.h"
#include "ops.h"
#include "tree.h"

static int
join(char *out, const char *dir, const char *name)
{
	int n = *dir ? snprintf(out, PATH_MAX, "%s/%s", dir, name) :
	    snprintf(out, PATH_MAX, "%s", name);

	return n < 0 || n >= PATH_MAX ? -ENAMETOOLONG : 0;
}

/* Append "/name" (or "name" to an empty path) in place. */
static int
append(char *path, const char *name)
{
	size_t len = strlen(path);
	int n = snprintf(path + len, PATH_MAX - len, "%s%s", len ? "/" : "", name);

	return n < 0 || (size_t)n >= PATH_MAX - len ? -ENAMETOOLONG : 0;
}

/*
 * A directory stream of its own over dir_fd's directory.  Never dup(): a
 * duplicate shares its file offset with the original, and every lookup of
 * the mount starts from the one root descriptor, so threads would rewind
 * and read each other's position (empty, partial or doubled listings; a
 * lookup that misses an existing file, whose ENOENT the kernel then
 * caches).  openat(".") makes a new open file description with its own
 * offset: no lock, and listings stay parallel.
 */
DIR *
tree_opendir(int dir_fd)
{
	DIR *d;
	int fd;

	if ((fd = openat(dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return NULL;
	if ((d = fdopendir(fd)) == NULL) {
		int e = errno;
		close(fd);
		errno = e;
	}
	return d;
}

/* The name a matched file has in its directory of the view. */
static int
view_base(const struct policy_file *rule, const char *src_rel,
    struct ops_scratch *s, struct buf *name)
{
	const char *slash;
	int r;

	if ((r = ops_view_path(rule, src_rel, s, name)) != 0 ||
	    (r = buf_putc(name, '\0')) != 0)
		return r;
	slash = strrchr(name->data, '/');
	if (slash != NULL)
		memmove(name->data, slash + 1, strlen(slash + 1) + 1);
	return 0;
}

/* The name rules see (tree.h). */
const char *
tree_plain_name(const char *name, char *buf, size_t len)
{
	size_t n = strlen(name);

	if (n <= 3 || strcmp(name + n - 3, ".gz") != 0 || n - 3 >= len)
		return name;
	snprintf(buf, len, "%.*s", (int)(n - 3), name);
	return buf;
}

/*
 * The rule of a regular file, with `rel` cut to the path rules see: a gzip
 * source X.csv.gz is matched and named as X.csv (docs/gzip.md), unless an
 * entry X.csv is there too, which then is the only one shown.  NULL if no
 * rule matches.
 */
static const struct policy_file *
match_file(const struct tree *t, int dir_fd, const char *d_name, char *rel)
{
	size_t dn = strlen(d_name), n = strlen(rel);
	char plain[NAME_MAX + 1];
	struct stat st;

	if (dn > 3 && strcmp(d_name + dn - 3, ".gz") == 0) {
		snprintf(plain, sizeof(plain), "%.*s", (int)(dn - 3), d_name);
		if (fstatat(dir_fd, plain, &st, AT_SYMLINK_NOFOLLOW) == 0)
			return NULL;
		rel[n - 3] = '\0';
	}
	return policy_match_file(t->engine->policy, rel);
}

/* How many directories deep an entry is: "a" 1, "a/b" 2. */
static int
rel_depth(const char *rel)
{
	int n = 1;

	for (; *rel; rel++)
		n += *rel == '/';
	return n;
}

/* Does a directory lead to a file some rule shows?  `depth` is its own,
 * from the root: a directory deeper than TREE_MAX_DEPTH is never shown,
 * whichever way it is reached (listing, lookup, export, check). */
static int
dir_visible(const struct tree *t, int dir_fd, const char *src_rel, int depth)
{
	DIR *d;
	struct dirent *de;
	char rel[PATH_MAX];
	int found = 0;

	if (depth > TREE_MAX_DEPTH || (d = tree_opendir(dir_fd)) == NULL)
		return 0;
	while (!found && (de = readdir(d)) != NULL) {
		struct stat st;

		if (de->d_name[0] == '.' || join(rel, src_rel, de->d_name) != 0 ||
		    fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (S_ISREG(st.st_mode)) {
			found = match_file(t, dir_fd, de->d_name, rel) != NULL;
		} else if (S_ISDIR(st.st_mode)) {
			int sub = openat(dir_fd, de->d_name, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
			if (sub != -1) {
				found = dir_visible(t, sub, rel, depth + 1);
				close(sub);
			} else if (t->unreadable != NULL) {
				found = 1;	/* unknown: walked, then reported */
			}
		}
	}
	closedir(d);
	return found;
}

int
tree_list(const struct tree *t, int dir_fd, const char *src_rel,
    tree_fill fill, void *arg)
{
	struct ops_scratch scratch = { 0 };
	struct buf name = BUF_INIT;
	struct dirent *de;
	char rel[PATH_MAX];
	DIR *d;
	int r = 0;

	if ((d = tree_opendir(dir_fd)) == NULL)
		return -errno;
	while ((de = readdir(d)) != NULL) {
		const struct policy_file *rule;
		struct stat st;

		if (de->d_name[0] == '.' || join(rel, src_rel, de->d_name) != 0 ||
		    fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (S_ISREG(st.st_mode)) {
			if ((rule = match_file(t, dir_fd, de->d_name, rel)) == NULL)
				continue;
			if ((r = view_base(rule, rel, &scratch, &name)) != 0)
				break;
			r = fill(arg, name.data, &st, rule, de->d_name);
		} else if (S_ISDIR(st.st_mode)) {
			int sub = openat(dir_fd, de->d_name, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
			int shown;

			if (sub == -1) {
				if (t->unreadable != NULL)
					t->unreadable(arg, rel, errno);
				continue;
			}
			shown = dir_visible(t, sub, rel, rel_depth(rel));
			close(sub);
			if (!shown)
				continue;
			r = fill(arg, de->d_name, &st, NULL, de->d_name);
		} else {
			continue;	/* symbolic links, devices, sockets: never */
		}
		if (r != 0)
			break;
	}
	closedir(d);
	buf_free(&name);
	ops_scratch_free(&scratch);
	return r > 0 ? 0 : r;
}

unsigned long
tree_count_too_deep(const struct tree *t, int dir_fd, const char *src_rel)
{
	unsigned long n = 0;
	struct dirent *de;
	char *rel;
	DIR *d;

	if ((rel = malloc(PATH_MAX)) == NULL)
		return 0;
	if ((d = tree_opendir(dir_fd)) == NULL) {
		free(rel);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		struct stat st;

		if (de->d_name[0] == '.' || join(rel, src_rel, de->d_name) != 0 ||
		    fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (S_ISREG(st.st_mode)) {
			/* A file's directory is one level above it. */
			n += rel_depth(rel) - 1 > TREE_MAX_DEPTH &&
			    match_file(t, dir_fd, de->d_name, rel) != NULL;
		} else if (S_ISDIR(st.st_mode)) {
			int sub = openat(dir_fd, de->d_name, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
			if (sub != -1) {
				n += tree_count_too_deep(t, sub, rel);
				close(sub);
			}
		}
	}
	closedir(d);
	free(rel);
	return n;
}

struct find_state {
	const char		*want;
	char			 src_name[NAME_MAX + 1];
	const struct policy_file *rule;
	int			 is_dir;
	int			 found;
};

/* Is there a regular file want.gz (for a want that does not exist)?  Its
 * name in src_name. */
static int
gz_twin(int dir_fd, const char *want, char src_name[NAME_MAX + 1])
{
	struct stat st;

	if (snprintf(src_name, NAME_MAX + 1, "%s.gz", want) > NAME_MAX)
		return 0;
	return fstatat(dir_fd, src_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISREG(st.st_mode);
}

/*
 * The renamed files of a directory, scanned: stop at the one shown as
 * f->want, or with `all` add every one of them to the table d.
 */
static int
scan_renamed(const struct tree *t, int dir_fd, const char *src_rel,
    struct find_state *f, struct namecache_dir *all)
{
	struct ops_scratch scratch = { 0 };
	struct buf name = BUF_INIT;
	const struct policy_file *rule;
	char rel[PATH_MAX];
	struct dirent *de;
	struct stat st;
	DIR *d;
	int r = 0;

	if ((d = tree_opendir(dir_fd)) == NULL)
		return -errno;
	while ((all != NULL || !f->found) && (de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || join(rel, src_rel, de->d_name) != 0 ||
		    fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
		    !S_ISREG(st.st_mode))
			continue;
		rule = match_file(t, dir_fd, de->d_name, rel);
		if (rule == NULL || !rule->rename_token)
			continue;
		if ((r = view_base(rule, rel, &scratch, &name)) != 0)
			break;
		if (all != NULL &&
		    (r = namecache_dir_add(all, name.data, de->d_name, rule)) != 0)
			break;
		if (!f->found && strcmp(name.data, f->want) == 0) {
			snprintf(f->src_name, sizeof(f->src_name), "%s", de->d_name);
			f->rule = rule;
			f->found = 1;
		}
	}
	closedir(d);
	buf_free(&name);
	ops_scratch_free(&scratch);
	return r;
}

/* A table entry still names a renamed file of the directory (the table is
 * checked by the directory's times; this checks the entry itself). */
static int
still_renamed(const struct tree *t, int dir_fd, const char *src_rel,
    const char *src_name, const struct policy_file *rule)
{
	char rel[PATH_MAX];
	struct stat st;

	return join(rel, src_rel, src_name) == 0 &&
	    fstatat(dir_fd, src_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISREG(st.st_mode) &&
	    match_file(t, dir_fd, src_name, rel) == rule;
}

/* The renamed file shown as f->want, through the directory's table: built
 * by one scan when there is none that can answer (issue 12: `ls -l` of
 * 10,000 renamed files made 10,000 scans of 10,000 keyed hashes). */
static int
find_renamed_cached(const struct tree *t, int dir_fd, const char *src_rel,
    struct find_state *f)
{
	struct namecache_dir *table = NULL;
	const void *rule = NULL;
	const char *src;
	struct stat dst;
	int r;

	if (fstat(dir_fd, &dst) == -1)
		return -errno;
	r = namecache_find(t->names, &dst, f->want, f->src_name, &rule);
	if (r == 0)
		return 0;
	if (r == 1 && still_renamed(t, dir_fd, src_rel, f->src_name, rule)) {
		f->rule = rule;
		f->found = 1;
		return 0;
	}
	/* Times taken before the scan: a change during it shows next time. */
	if ((r = namecache_dir_new(&dst, &table)) != 0)
		return r;
	if ((r = scan_renamed(t, dir_fd, src_rel, f, table)) != 0) {
		namecache_dir_free(table);
		return r;
	}
	if (!f->found && (src = namecache_dir_find(table, f->want, &rule)) != NULL) {
		snprintf(f->src_name, sizeof(f->src_name), "%s", src);
		f->rule = rule;
		f->found = 1;
	}
	namecache_install(t->names, table);
	return 0;
}

/*
 * Find the source entry shown as `want` in a directory.  A name shown as
 * itself is checked directly; a renamed file (rename = token) can only be
 * found by computing the view names of the directory's renamed files
 * (once per directory version with a name cache).  Either way the entry
 * must be one the directory lists: hidden, unmatched and linked entries
 * cannot be reached by guessing their names.
 */
static int
find_entry(const struct tree *t, int dir_fd, const char *src_rel,
    struct find_state *f)
{
	const struct policy_file *rule;
	char rel[PATH_MAX], plain[NAME_MAX + 1];
	struct stat st;

	if (f->want[0] == '.' || join(rel, src_rel, f->want) != 0)
		return 0;
	if (fstatat(dir_fd, f->want, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		if (S_ISDIR(st.st_mode)) {
			int sub = openat(dir_fd, f->want, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
			if (sub != -1) {
				f->found = f->is_dir = dir_visible(t, sub, rel,
				    rel_depth(rel));
				close(sub);
			}
		} else if (S_ISREG(st.st_mode) &&
		    /* X.csv.gz is listed as X.csv only (match_file) */
		    tree_plain_name(f->want, plain, sizeof(plain)) == f->want &&
		    (rule = policy_match_file(t->engine->policy, rel)) != NULL &&
		    !rule->rename_token) {
			f->found = 1;
			f->rule = rule;
		}
		if (f->found) {
			snprintf(f->src_name, sizeof(f->src_name), "%s", f->want);
			return 0;
		}
	} else if (gz_twin(dir_fd, f->want, f->src_name) &&
	    (rule = policy_match_file(t->engine->policy, rel)) != NULL &&
	    !rule->rename_token) {
		/* X.csv shown for X.csv.gz (match_file). */
		f->found = 1;
		f->rule = rule;
		return 0;
	}
	if (t->names != NULL)
		return find_renamed_cached(t, dir_fd, src_rel, f);
	return scan_renamed(t, dir_fd, src_rel, f, NULL);
}

int
tree_lookup(const struct tree *t, const char *view_path, struct tree_node *out)
{
	char comp[NAME_MAX + 1];
	const char *p = view_path, *slash;
	int fd, r;

	memset(out, 0, sizeof(*out));
	out->fd = -1;
	/* Its own file description, like tree_opendir: the caller may list
	 * it (fs_readdir) while other threads do the same. */
	if ((fd = openat(t->root_fd, ".", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return -errno;
	while (*p == '/')
		p++;
	while (*p) {
		struct find_state f = { 0 };
		size_t n;
		int next;

		slash = strchr(p, '/');
		n = slash ? (size_t)(slash - p) : strlen(p);
		if (n > NAME_MAX) {
			r = -ENAMETOOLONG;
			goto fail;
		}
		memcpy(comp, p, n);
		comp[n] = '\0';
		f.want = comp;
		if ((r = find_entry(t, fd, out->src_rel, &f)) != 0)
			goto fail;
		if (!f.found) {
			r = -ENOENT;
			goto fail;
		}
		if ((r = append(out->src_rel, f.src_name)) != 0 ||
		    (r = append(out->view_rel, comp)) != 0)
			goto fail;
		if (f.is_dir) {
			next = openat(fd, f.src_name, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
		} else {
			if (slash != NULL) {
				r = -ENOTDIR;
				goto fail;
			}
			next = openat(fd, f.src_name, O_RDONLY | O_NOFOLLOW |
			    O_NONBLOCK | O_CLOEXEC);
			out->rule = f.rule;
		}
		if (next == -1) {
			r = -errno;
			goto fail;
		}
		close(fd);
		fd = next;
		p += n;
		while (*p == '/')
			p++;
	}
	if (fstat(fd, &out->st) == -1) {
		r = -errno;
		goto fail;
	}
	out->is_dir = S_ISDIR(out->st.st_mode);
	/* Replaced by something else between listing and opening. */
	if (!out->is_dir && !S_ISREG(out->st.st_mode)) {
		r = -ENOENT;
		goto fail;
	}
	out->fd = fd;
	return 0;
 fail:
	close(fd);
	return r;
}
