/* tree_lookup and tree_list: the boundary between a mount's paths and the
 * source directory.  Every path that is not an entry the view lists must
 * give ENOENT -- "..", symbolic links (to files or directories, inside or
 * outside the source), hidden entries, files no rule matches, the raw
 * name of a renamed entry, both entries of a collision -- and a listing
 * must never show a raw name the policy renames.  Each case runs with and
 * without the mount's name cache (namecache.h), which finds renamed
 * entries by a hash probe instead of a scan. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "namecache.h"
#include "testlib.h"
#include "tree.h"

static const char POLICY[] =
    "[project]\nname = tree-walk\ncolumns = keep\n"
    "[file exports]\nmatch = **/export_*.tsv\nrename = token\n"
    "prefix = export_\n"
    "[file tables]\nmatch = **/*.csv\n"
    "[dir labo]\nmatch = labo\n";

#define MAX_SEEN 64

struct fixture {
	char		 root[64];	/* the source */
	char		 outside[64];	/* a directory next to it */
	struct engine	*e;
	struct namecache *names;
	struct tree	 t;
	/* refusals reported by tree_list */
	int		 collisions;
};

/*
 * The source:
 *   patients.csv                 shown as is
 *   notes.txt                    no rule
 *   .cache.csv, .git/x.csv       hidden
 *   export_MARTIN.tsv            renamed to a token
 *   labo/resultats.csv           [dir labo] keeps the name
 *   DUPONT_Jean/r.csv            directory renamed to dir-<token>
 *   Durand/a.csv, durand/b.csv   two directories, one token: collision
 *   vide/notes.txt               a directory with nothing shown
 *   lien.csv -> OUTSIDE/secret.csv, rel.csv -> ../OUTSIDE/secret.csv,
 *   interne.csv -> patients.csv, labo2 -> labo, dehors -> OUTSIDE
 */
static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	char target[PATH_MAX];

	assert_non_null(f);
	snprintf(f->root, sizeof(f->root), "/tmp/pfs-tree.XXXXXX");
	snprintf(f->outside, sizeof(f->outside), "/tmp/pfs-out.XXXXXX");
	assert_non_null(mkdtemp(f->root));
	assert_non_null(mkdtemp(f->outside));
	test_put_file(f->outside, "secret.csv", "nir\n1840275123456\n");
	test_put_file(f->root, "patients.csv", "ipp;nom\n1;X\n");
	test_put_file(f->root, "notes.txt", "ipp\n1\n");
	test_put_file(f->root, ".cache.csv", "ipp\n1\n");
	test_mkdir(f->root, ".git");
	test_put_file(f->root, ".git/x.csv", "ipp\n1\n");
	test_put_file(f->root, "export_MARTIN.tsv", "ipp\n1\n");
	test_mkdir(f->root, "labo");
	test_put_file(f->root, "labo/resultats.csv", "ipp\n1\n");
	test_mkdir(f->root, "DUPONT_Jean");
	test_put_file(f->root, "DUPONT_Jean/r.csv", "ipp\n1\n");
	test_mkdir(f->root, "Durand");
	test_put_file(f->root, "Durand/a.csv", "ipp\n1\n");
	test_mkdir(f->root, "durand");
	test_put_file(f->root, "durand/b.csv", "ipp\n1\n");
	test_mkdir(f->root, "vide");
	test_put_file(f->root, "vide/notes.txt", "ipp\n1\n");
	snprintf(target, sizeof(target), "%s/secret.csv", f->outside);
	test_symlink(target, f->root, "lien.csv");
	snprintf(target, sizeof(target), "../%s/secret.csv", f->outside + 5);
	test_symlink(target, f->root, "rel.csv");
	test_symlink("patients.csv", f->root, "interne.csv");
	test_symlink("labo", f->root, "labo2");
	test_symlink(f->outside, f->root, "dehors");

	f->e = test_engine(POLICY);
	f->t.engine = f->e;
	f->t.root_fd = open(f->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(f->t.root_fd >= 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	close(f->t.root_fd);
	namecache_free(f->names);
	engine_free(f->e);
	test_rm_tree(f->root);
	test_rm_tree(f->outside);
	free(f);
	return 0;
}

/* The same fixture through the mount's name cache. */
static int
setup_cached(void **state)
{
	struct fixture *f;

	setup(state);
	f = *state;
	assert_int_equal(namecache_new(&f->names), 0);
	f->t.names = f->names;
	return 0;
}

/* tree_lookup's result; the node's descriptor is closed. */
static int
lookup(struct fixture *f, const char *path, struct tree_node *n)
{
	int r = tree_lookup(&f->t, path, n);

	if (r == 0) {
		assert_true(n->fd >= 0);
		close(n->fd);
	} else {
		assert_int_equal(n->fd, -1);
	}
	return r;
}

struct listing {
	char	 names[MAX_SEEN][NAME_MAX + 1];
	char	 src[MAX_SEEN][NAME_MAX + 1];
	int	 is_dir[MAX_SEEN];
	size_t	 n;
};

static int
fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct listing *l = arg;

	assert_true(l->n < MAX_SEEN);
	snprintf(l->names[l->n], sizeof(l->names[0]), "%s", name);
	snprintf(l->src[l->n], sizeof(l->src[0]), "%s", src_name);
	l->is_dir[l->n] = rule == NULL;
	assert_int_equal(rule == NULL, S_ISDIR(st->st_mode) != 0);
	l->n++;
	return 0;
}

static void
list_root(struct fixture *f, struct listing *l)
{
	memset(l, 0, sizeof(*l));
	assert_int_equal(tree_list(&f->t, f->t.root_fd, "", "", fill, l), 0);
}

/* The view name listed for a source name; fails if it is not listed. */
static const char *
listed_as(const struct listing *l, const char *src_name)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->src[i], src_name) == 0)
			return l->names[i];
	fail_msg("%s is not listed", src_name);
	return NULL;
}

static void
test_listing(void **state)
{
	struct fixture *f = *state;
	struct listing l;

	list_root(f, &l);
	/* patients.csv, export_<token>.tsv, labo, dir-<token>: nothing else. */
	assert_int_equal(l.n, 4);
	for (size_t i = 0; i < l.n; i++) {
		if (i > 0)
			assert_true(strcmp(l.names[i - 1], l.names[i]) < 0);
		assert_null(strstr(l.names[i], "MARTIN"));
		assert_null(strstr(l.names[i], "DUPONT"));
		assert_null(strcasestr(l.names[i], "durand"));
		assert_int_not_equal(l.names[i][0], '.');
	}
	assert_string_equal(listed_as(&l, "patients.csv"), "patients.csv");
	assert_string_equal(listed_as(&l, "labo"), "labo");
	assert_int_equal(strncmp(listed_as(&l, "export_MARTIN.tsv"), "export_",
	    7), 0);
	assert_int_equal(strncmp(listed_as(&l, "DUPONT_Jean"), "dir-", 4), 0);
}

static void
test_shown_entries_resolve(void **state)
{
	struct fixture *f = *state;
	struct tree_node n;
	struct listing l;
	char path[PATH_MAX];

	list_root(f, &l);
	assert_int_equal(lookup(f, "/", &n), 0);
	assert_true(n.is_dir);
	assert_string_equal(n.src_rel, "");
	assert_int_equal(lookup(f, "/patients.csv", &n), 0);
	assert_false(n.is_dir);
	assert_string_equal(n.src_rel, "patients.csv");
	assert_string_equal(n.rule->name, "tables");
	assert_int_equal(n.st.st_size, strlen("ipp;nom\n1;X\n"));
	/* Repeated slashes are one separator. */
	assert_int_equal(lookup(f, "//labo//resultats.csv", &n), 0);
	assert_string_equal(n.src_rel, "labo/resultats.csv");
	assert_string_equal(n.view_rel, "labo/resultats.csv");
	/* Renamed entries: by their view name, to their source. */
	snprintf(path, sizeof(path), "/%s", listed_as(&l, "export_MARTIN.tsv"));
	assert_int_equal(lookup(f, path, &n), 0);
	assert_string_equal(n.src_rel, "export_MARTIN.tsv");
	assert_string_equal(n.rule->name, "exports");
	snprintf(path, sizeof(path), "/%s/r.csv", listed_as(&l, "DUPONT_Jean"));
	assert_int_equal(lookup(f, path, &n), 0);
	assert_string_equal(n.src_rel, "DUPONT_Jean/r.csv");
	assert_string_equal(n.view_rel, path + 1);
	/* Twice: the second lookup may come from the name cache. */
	assert_int_equal(lookup(f, path, &n), 0);
	assert_string_equal(n.src_rel, "DUPONT_Jean/r.csv");
}

static void
test_not_shown_is_enoent(void **state)
{
	static const char *const paths[] = {
		/* dot entries and escapes */
		"/..", "/../", "/./patients.csv", "/labo/../patients.csv",
		"/labo/..", "/../etc/passwd", "/labo/../../etc/passwd",
		/* absolute paths of the host are paths below the root */
		"/etc/passwd", "/tmp", "/proc/self/root/etc/passwd",
		/* symbolic links, whatever they point at */
		"/lien.csv", "/rel.csv", "/interne.csv", "/labo2",
		"/labo2/resultats.csv", "/dehors", "/dehors/secret.csv",
		/* hidden, unmatched, empty of shown files */
		"/.cache.csv", "/.git", "/.git/x.csv", "/notes.txt", "/vide",
		"/vide/notes.txt", "/labo/notes.txt",
		/* raw names of renamed entries */
		"/export_MARTIN.tsv", "/DUPONT_Jean", "/DUPONT_Jean/r.csv",
		/* a collision: neither is shown */
		"/Durand", "/durand", "/Durand/a.csv", "/durand/b.csv",
		/* case and near misses */
		"/PATIENTS.csv", "/patients.csv ", "/patients", "/labo ",
	};
	struct fixture *f = *state;
	struct tree_node n;

	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		int r = lookup(f, paths[i], &n);
		if (r != -ENOENT)
			fail_msg("%s: %d, expected -ENOENT", paths[i], r);
	}
}

static void
test_lookup_errors(void **state)
{
	struct fixture *f = *state;
	struct tree_node n;
	char longname[NAME_MAX + 3];

	assert_int_equal(lookup(f, "/patients.csv/x", &n), -ENOTDIR);
	memset(longname, 'a', sizeof(longname));
	longname[0] = '/';
	longname[sizeof(longname) - 1] = '\0';
	assert_int_equal(lookup(f, longname, &n), -ENAMETOOLONG);
}

/* The tokens of two names that fold to the same are refused, and said
 * so: the mount must not pick one of them. */
static void
note_refused(void *arg, const struct tree_refused_entry *e)
{
	struct fixture *f = arg;

	if (e->how->refusal == TREE_REFUSED_COLLISION) {
		f->collisions++;
		assert_true(e->is_dir);
		assert_non_null(e->view_name);
		assert_null(strcasestr(e->view_name, "durand"));
	}
}

static int
count_fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	(void)arg;
	(void)name;
	(void)st;
	(void)rule;
	(void)src_name;
	return 0;
}

static void
test_collision_reported(void **state)
{
	struct fixture *f = *state;

	f->t.refused = note_refused;
	assert_int_equal(tree_list(&f->t, f->t.root_fd, "", "", count_fill, f),
	    0);
	assert_int_equal(f->collisions, 2);
	f->t.refused = NULL;
}

/* An entry replaced by a symbolic link after it was listed (and cached)
 * is not followed. */
static void
test_replaced_by_a_link(void **state)
{
	struct fixture *f = *state;
	struct tree_node n;
	struct listing l;
	char path[PATH_MAX], target[PATH_MAX], view[PATH_MAX];

	list_root(f, &l);
	snprintf(view, sizeof(view), "/%s", listed_as(&l, "export_MARTIN.tsv"));
	assert_int_equal(lookup(f, view, &n), 0);
	assert_int_equal(lookup(f, "/patients.csv", &n), 0);
	snprintf(path, sizeof(path), "%s/export_MARTIN.tsv", f->root);
	snprintf(target, sizeof(target), "%s/secret.csv", f->outside);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(symlink(target, path), 0);
	assert_int_equal(lookup(f, view, &n), -ENOENT);
	snprintf(path, sizeof(path), "%s/patients.csv", f->root);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(symlink(target, path), 0);
	assert_int_equal(lookup(f, "/patients.csv", &n), -ENOENT);
	list_root(f, &l);
	assert_int_equal(l.n, 2);	/* labo and DUPONT_Jean's token */
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown), \
	cmocka_unit_test_setup_teardown(fn, setup_cached, teardown)
	const struct CMUnitTest tests[] = {
		T(test_listing),
		T(test_shown_entries_resolve),
		T(test_not_shown_is_enoent),
		T(test_lookup_errors),
		T(test_collision_reported),
		T(test_replaced_by_a_link),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
