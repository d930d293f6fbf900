/* inodes: one inode per view path and source version.  A new version of a
 * path (another source inode, size, mtime or ctime, or another view size)
 * is another inode with another number; the same version is the same
 * inode, counted per lookup and gone at the last forget. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "inodes.h"
#include "keys.h"
#include "membudget.h"

struct fixture {
	struct keys	*keys;
	struct keys_prf	 prf;
	struct inodes	*t;
};

static int
setup(void **state)
{
	static struct fixture f;
	uint8_t master[KEYS_MASTER_BYTES];

	memset(master, 7, sizeof(master));
	assert_int_equal(keys_from_bytes(master, &f.keys), 0);
	assert_int_equal(keys_set_project(f.keys, "t"), 0);
	assert_int_equal(keys_derive(f.keys, "inode-number", &f.prf), 0);
	assert_int_equal(inodes_new(f.prf, &f.t), 0);
	*state = &f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	inodes_free(f->t);
	keys_free(f->keys);
	return 0;
}

static struct stat
version(ino_t ino, off_t size, time_t mtime)
{
	struct stat st;

	memset(&st, 0, sizeof(st));
	st.st_dev = 2049;
	st.st_ino = ino;
	st.st_size = size;
	st.st_mtim.tv_sec = mtime;
	st.st_ctim.tv_sec = mtime;
	st.st_mode = S_IFREG | 0444;
	return st;
}

/* A file's inode for view size `size` and identity version `dep`; the
 * index number is the size here: a rebuilt index with other bytes is
 * another number (index_serial). */
static int
file_lookup_mtime(struct inodes *t, const char *path, const struct stat *st,
    off_t size, uint64_t dep, const struct timespec *mtime,
    const struct inode **out)
{
	struct inode_version v = { .dep = dep, .serial = (uint64_t)size + 1,
	    .size = size, .mtime = mtime };

	return inodes_lookup(t, path, 0, st, &v, out, NULL);
}

static int
file_lookup(struct inodes *t, const char *path, const struct stat *st,
    off_t size, uint64_t dep, const struct inode **out)
{
	return file_lookup_mtime(t, path, st, size, dep, NULL, out);
}

static off_t
size_of(struct inodes *t, const struct inode *ino)
{
	off_t size = -1;

	assert_int_equal(inodes_size(t, ino, &size), 0);
	return size;
}

static void
test_root(void **state)
{
	struct fixture *f = *state;
	const struct inode *root = inodes_get(f->t, INODES_ROOT);

	assert_non_null(root);
	assert_true(root->is_dir);
	assert_string_equal(root->path, "/");
	inodes_forget(f->t, INODES_ROOT, 1);
	assert_non_null(inodes_get(f->t, INODES_ROOT));
	assert_int_equal(inodes_count(f->t), 1);
}

static void
test_versions(void **state)
{
	struct fixture *f = *state;
	struct stat v1 = version(100, 4000, 1000), v2 = version(101, 6000, 1001);
	struct stat v1_touched = version(100, 4000, 1002);
	const struct inode *a, *a2, *b, *c, *d;

	assert_int_equal(file_lookup(f->t, "/p.csv", &v1, 3000, 0, &a), 0);
	assert_int_equal(file_lookup(f->t, "/p.csv", &v1, 3000, 0, &a2), 0);
	assert_ptr_equal(a, a2);
	assert_int_equal(size_of(f->t, a), 3000);
	assert_int_not_equal(a->nodeid, INODES_ROOT);
	/* Replaced by rename: another source inode, another inode. */
	assert_int_equal(file_lookup(f->t, "/p.csv", &v2, 5000, 0, &b), 0);
	assert_int_not_equal(b->nodeid, a->nodeid);
	assert_int_not_equal(b->st_ino, a->st_ino);
	assert_int_equal(size_of(f->t, b), 5000);
	/* Rewritten in place: same source inode, new mtime. */
	assert_int_equal(file_lookup(f->t, "/p.csv", &v1_touched, 3000, 0, &c), 0);
	assert_int_not_equal(c->nodeid, a->nodeid);
	assert_int_not_equal(c->st_ino, a->st_ino);
	/* Same identity, another index (rebuilt after a change the identity
	 * did not show): another inode, same number. */
	assert_int_equal(file_lookup(f->t, "/p.csv", &v1, 3100, 0, &d), 0);
	assert_int_not_equal(d->nodeid, a->nodeid);
	assert_int_equal(d->st_ino, a->st_ino);
	/* Same source and size, another identity source's version (the
	 * view's bytes changed, not its source): another inode, so handles of
	 * the old bytes never share pages with the new; the same number. */
	{
		const struct inode *e, *e2;
		struct timespec later = { v1.st_mtim.tv_sec + 60, 5 };

		assert_int_equal(file_lookup_mtime(f->t, "/p.csv", &v1, 3000, 77,
		    &later, &e), 0);
		assert_int_not_equal(e->nodeid, a->nodeid);
		assert_int_equal(e->dep, 77);
		assert_int_equal(e->st_ino, a->st_ino);
		/* Its mtime is the view's (the identity file's ctime), the
		 * other versions' their source's. */
		assert_int_equal(e->mtime.tv_sec, v1.st_mtim.tv_sec + 60);
		assert_int_equal(e->mtime.tv_nsec, 5);
		assert_int_equal(a->mtime.tv_sec, v1.st_mtim.tv_sec);
		assert_int_equal(file_lookup_mtime(f->t, "/p.csv", &v1, 3000, 77,
		    &later, &e2), 0);
		assert_ptr_equal(e, e2);
		/* The times stat shows (inodes_time): none of the source's, a
		 * function of the number and the identity source's version,
		 * in 1980-01-01..1989-12-29. */
		struct timespec ta = inodes_time(a), td = inodes_time(d),
		    te = inodes_time(e), tb = inodes_time(b);
		assert_int_equal(ta.tv_sec, td.tv_sec);	/* same number */
		assert_int_not_equal(ta.tv_sec, te.tv_sec);	/* dep 77 */
		assert_int_not_equal(ta.tv_sec, tb.tv_sec);	/* replaced */
		assert_int_not_equal(ta.tv_sec, v1.st_mtim.tv_sec);
		assert_true(ta.tv_sec >= 315532800 &&
		    ta.tv_sec < 315532800 + 10LL * 365 * 86400);
		assert_int_equal(ta.tv_nsec, 0);
	}
	/* The number a listing shows is the inode's. */
	assert_int_equal(inodes_number(f->t, "/p.csv", 0, &v1), a->st_ino);
	assert_int_equal(inodes_number(f->t, "/p.csv", 0, &v2), b->st_ino);
	/* Another path, same source: another number. */
	assert_int_not_equal(inodes_number(f->t, "/q.csv", 0, &v1), a->st_ino);
	/* Numbers are not the source's. */
	assert_int_not_equal(a->st_ino, 100);
	assert_int_equal(inodes_count(f->t), 6);	/* root, a, b, c, d, e */
}

static void
test_forget(void **state)
{
	struct fixture *f = *state;
	struct stat v1 = version(200, 10, 5);
	const struct inode *a;
	uint64_t id;

	assert_int_equal(file_lookup(f->t, "/d/x.csv", &v1, 10, 0, &a), 0);
	assert_int_equal(file_lookup(f->t, "/d/x.csv", &v1, 10, 0, &a), 0);
	id = a->nodeid;
	inodes_forget(f->t, id, 1);
	assert_ptr_equal(inodes_get(f->t, id), a);
	inodes_forget(f->t, id, 1);
	assert_null(inodes_get(f->t, id));
	/* Looked up again: a new nodeid (never reused), the same number. */
	assert_int_equal(file_lookup(f->t, "/d/x.csv", &v1, 10, 0, &a), 0);
	assert_int_not_equal(a->nodeid, id);
	inodes_forget(f->t, a->nodeid, 5);
	assert_int_equal(inodes_count(f->t), 1);
}

static void
test_many(void **state)
{
	struct fixture *f = *state;
	const struct inode *a;
	uint64_t ids[5000];
	char path[64];

	/* Past the first table size: the tables grow, every inode is found
	 * by its nodeid and by its version. */
	for (int i = 0; i < 5000; i++) {
		struct stat st = version(1000 + i, i, i);
		snprintf(path, sizeof(path), "/dir-%d/f.csv", i % 37);
		assert_int_equal(file_lookup(f->t, path, &st, i, 0, &a), 0);
		ids[i] = a->nodeid;
	}
	assert_int_equal(inodes_count(f->t), 5001);
	for (int i = 0; i < 5000; i++) {
		struct stat st = version(1000 + i, i, i);
		snprintf(path, sizeof(path), "/dir-%d/f.csv", i % 37);
		assert_non_null(a = inodes_get(f->t, ids[i]));
		assert_string_equal(a->path, path);
		assert_int_equal(file_lookup(f->t, path, &st, i, 0, &a), 0);
		assert_int_equal(a->nodeid, ids[i]);
		inodes_forget(f->t, ids[i], 2);
	}
	assert_int_equal(inodes_count(f->t), 1);
}

/* The table is charged to the memory budget: a new inode over the limit
 * fails with -ENOMEM (that lookup only), one the kernel already holds is
 * still found, and a forget gives the bytes back. */
static void
test_memory(void **state)
{
	struct fixture *f = *state;
	struct stat v1 = version(300, 10, 5), v2 = version(301, 10, 5);
	const struct inode *a, *b;
	size_t before = membudget_used(), one;
	static const char path[] = "/a-directory/a-file-of-forty-bytes.csv";

	assert_int_equal(file_lookup(f->t, path, &v1, 10, 0, &a), 0);
	one = membudget_used() - before;
	assert_true(one >= sizeof(struct inode) + sizeof(path));
	membudget_set_limit(membudget_used() + one / 2);
	assert_int_equal(file_lookup(f->t, path, &v2, 10, 0, &b), -ENOMEM);
	assert_int_equal(file_lookup(f->t, path, &v1, 10, 0, &b), 0);
	assert_ptr_equal(a, b);
	inodes_forget(f->t, a->nodeid, 2);
	assert_int_equal(membudget_used(), before);
	assert_int_equal(file_lookup(f->t, path, &v2, 10, 0, &b), 0);
	inodes_forget(f->t, b->nodeid, 1);
	membudget_set_limit(0);
	/* The whole table, tables and root included, goes with it. */
	inodes_free(f->t);
	f->t = NULL;
	assert_true(membudget_used() < before);
}

/* A lookup the engine could not finish over the budget (ops35): the
 * inode the kernel holds for the path is found by its path alone (a
 * file's by its source's identity too, whatever its index and identity
 * source's version), counted as one more lookup, with no memory; a path
 * the kernel does not hold is not, and a new inode is still refused. */
static void
test_held(void **state)
{
	struct fixture *f = *state;
	struct stat v1 = version(400, 10, 5), v2 = version(401, 20, 6);
	struct stat v3 = version(402, 30, 7), dir;
	const struct inode *d, *a, *b, *h;
	uint64_t dn, an, bn;
	size_t used;

	memset(&dir, 0, sizeof(dir));
	dir.st_mode = S_IFDIR | 0755;
	assert_int_equal(inodes_lookup(f->t, "/dir-x", 1, &dir, NULL, &d,
	    NULL), 0);
	assert_int_equal(file_lookup(f->t, "/dir-x/a.csv", &v1, 10, 3, &a), 0);
	assert_int_equal(file_lookup(f->t, "/dir-x/a.csv", &v2, 20, 4, &b), 0);
	assert_ptr_not_equal(a, b);
	/* The budget full: not one byte more. */
	used = membudget_used();
	membudget_set_limit(used);
	assert_int_equal(inodes_lookup(f->t, "/dir-y", 1, &dir, NULL, &h,
	    NULL), -ENOMEM);
	assert_int_equal(inodes_held(f->t, "/dir-y", -1, NULL, &h), -ENOENT);
	assert_int_equal(inodes_held(f->t, "/dir-x", -1, NULL, &h), 0);
	assert_ptr_equal(h, d);
	assert_int_equal(inodes_held(f->t, "/dir-x", 0, NULL, &h), -ENOENT);
	/* a file: the version of that source, or the last looked up */
	assert_int_equal(inodes_held(f->t, "/dir-x/a.csv", 0, &v1, &h), 0);
	assert_ptr_equal(h, a);
	assert_int_equal(inodes_held(f->t, "/dir-x/a.csv", -1, NULL, &h), 0);
	assert_ptr_equal(h, b);
	assert_int_equal(inodes_held(f->t, "/dir-x/a.csv", 0, &v3, &h), -ENOENT);
	assert_int_equal(inodes_held(f->t, "/dir-x/a.cs", -1, NULL, &h),
	    -ENOENT);
	assert_int_equal(membudget_used(), used);
	membudget_set_limit(0);
	/* Each was one more lookup: the kernel forgets them all.  (The
	 * node ids are read before: a forgotten node is freed.) */
	dn = d->nodeid;
	an = a->nodeid;
	bn = b->nodeid;
	inodes_forget(f->t, dn, 1);
	assert_ptr_equal(inodes_get(f->t, dn), d);
	inodes_forget(f->t, dn, 1);
	assert_null(inodes_get(f->t, dn));
	inodes_forget(f->t, an, 1);
	assert_ptr_equal(inodes_get(f->t, an), a);
	inodes_forget(f->t, an, 1);
	inodes_forget(f->t, bn, 2);
	assert_int_equal(inodes_count(f->t), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_root, setup, teardown),
		cmocka_unit_test_setup_teardown(test_versions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_forget, setup, teardown),
		cmocka_unit_test_setup_teardown(test_many, setup, teardown),
		cmocka_unit_test_setup_teardown(test_memory, setup, teardown),
		cmocka_unit_test_setup_teardown(test_held, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
