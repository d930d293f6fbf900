/* tree_walk: the one walk of a view's tree (export, check, drift): every
 * shown entry once, in view-name order, each directory's skipped entries
 * after its subdirectories and before its end, refused entries said as
 * refused and never again as skipped, and a callback's error ending the
 * walk at once. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "engine.h"
#include "tree.h"
#include "testlib.h"

static const char POLICY[] =
    "[project]\nname = walk-test\ncolumns = keep\n"
    "[file tok]\nmatch = tok/*.csv\nrename = token\nprefix = export_\n"
    "[file csv]\nmatch = **/*.csv\n"
    "[dir d]\nmatch = **\n";

struct fixture {
	char		 root[64];
	struct engine	*e;
	struct tree	 t;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	snprintf(f->root, sizeof(f->root), "/tmp/test_tree_walk.XXXXXX");
	assert_non_null(mkdtemp(f->root));
	test_put_file(f->root, "a.csv", "x\n1\n");
	test_put_file(f->root, "b.txt", "unmatched\n");
	test_put_file(f->root, ".hidden.csv", "x\n1\n");
	test_symlink("a.csv", f->root, "link.csv");
	test_mkdir(f->root, "sub");
	test_put_file(f->root, "sub/c.csv", "x\n1\n");
	test_mkdir(f->root, "sub/empty");
	test_put_file(f->root, "sub/empty/x.txt", "no rule\n");
	test_mkdir(f->root, "tok");
	test_put_file(f->root, "tok/Dupont.csv", "x\n1\n");
	test_put_file(f->root, "tok/DUPONT.csv", "x\n2\n");
	test_put_file(f->root, "tok/ok.csv", "x\n3\n");
	f->e = test_engine(POLICY);
	f->t.engine = f->e;
	f->t.root_fd = open(f->root, O_RDONLY | O_DIRECTORY);
	assert_true(f->t.root_fd >= 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	close(f->t.root_fd);
	test_rm_tree(f->root);
	engine_free(f->e);
	free(f);
	return 0;
}

/* The events as text, one line each. */
struct log {
	char	 text[4096];
	size_t	 len;
	int	 stop_at_file;	/* > 0: fail the n-th FILE event */
	int	 files;
};

static int
record(void *arg, const struct tree_walk_entry *e)
{
	static const char *names[] = { "DIR", "FILE", "REFUSED", "SKIPPED",
	    "DIR_END", "FAILED" };
	struct log *l = arg;
	const char *what = names[e->what];

	switch (e->what) {
	case TREE_WALK_FILE:
		assert_non_null(e->rule);
		assert_non_null(e->st);
		assert_true(S_ISREG(e->st->st_mode));
		if (++l->files == l->stop_at_file)
			return -EINTR;
		/* fallthrough */
	case TREE_WALK_DIR:
	case TREE_WALK_DIR_END:
		l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) -
		    l->len, "%s %s\n", what, e->view_rel);
		break;
	case TREE_WALK_SKIPPED:
		/* readdir's order is the file system's: kept as a set. */
		l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) -
		    l->len, "%s %s:%s%s\n", what, e->view_rel, e->src_name,
		    e->st == NULL ? "?" : S_ISDIR(e->st->st_mode) ? "/" :
		    S_ISLNK(e->st->st_mode) ? "@" : "");
		break;
	case TREE_WALK_REFUSED:
		l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) -
		    l->len, "%s %s:%s\n", what, e->view_rel,
		    tree_refusal_text(e->refused->how->refusal));
		break;
	case TREE_WALK_FAILED:
		l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) -
		    l->len, "%s %s\n", what, e->view_rel);
		break;
	}
	return 0;
}

/* Does `text` hold `line` (a whole line)? */
static int
has_line(const char *text, const char *line)
{
	size_t n = strlen(line);

	for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
		if ((p == text || p[-1] == '\n') && p[n] == '\n')
			return 1;
	return 0;
}

static const char *
after(const char *text, const char *line)
{
	const char *p = strstr(text, line);

	assert_non_null(p);
	return p + strlen(line);
}

static void
test_walk_order_and_skips(void **state)
{
	struct fixture *f = *state;
	struct log l = { .len = 0 };
	const char *p;

	assert_int_equal(tree_walk(&f->t, 0, record, &l), 0);
	/* Shown entries in view-name order, depth first. */
	p = after(l.text, "DIR \n");
	p = after(p, "FILE a.csv\n");
	p = after(p, "DIR sub\n");
	p = after(p, "FILE sub/c.csv\n");
	p = after(p, "SKIPPED sub:empty/\n");
	p = after(p, "DIR_END sub\n");
	p = after(p, "DIR tok\n");
	p = after(p, "DIR_END tok\n");
	assert_non_null(strstr(p, "DIR_END \n"));
	/* The root's skipped entries come after tok's end, before its own. */
	assert_true(strstr(p, "SKIPPED :b.txt\n") < strstr(p, "DIR_END \n"));
	assert_true(has_line(p, "SKIPPED :.hidden.csv"));
	assert_true(has_line(p, "SKIPPED :link.csv@"));
	/* The two names that give one token: refused (twice), neither shown
	 * nor skipped, and no source name anywhere; ok.csv is shown under its
	 * token, the only file of tok/. */
	p = after(l.text, "DIR tok\n");
	p = after(p, "REFUSED tok:two or more source entries give this view "
	    "name: none of them is shown\n");
	p = after(p, "REFUSED tok:two or more source entries give this view "
	    "name: none of them is shown\n");
	assert_int_equal(strncmp(p, "FILE tok/export_", 16), 0);
	p = after(p, "\n");
	assert_int_equal(strncmp(p, "DIR_END tok\n", 12), 0);
	assert_null(strstr(l.text, "Dupont"));
	assert_null(strstr(l.text, "DUPONT"));
	assert_null(strstr(l.text, "ok.csv"));
	assert_int_equal(l.files, 3);	/* a.csv, sub/c.csv, tok's token */
}

static void
test_callback_error_stops(void **state)
{
	struct fixture *f = *state;
	struct log l = { .stop_at_file = 1 };

	assert_int_equal(tree_walk(&f->t, 0, record, &l), -EINTR);
	assert_int_equal(l.files, 1);
	/* Nothing after the failing FILE event. */
	assert_null(strstr(l.text, "DIR sub"));
	assert_null(strstr(l.text, "SKIPPED"));
	assert_null(strstr(l.text, "DIR_END"));
}

static void
test_count_unshown(void **state)
{
	struct fixture *f = *state;
	unsigned long files = 0, other = 0;
	int fd = openat(f->t.root_fd, "sub", O_RDONLY | O_DIRECTORY);

	assert_true(fd >= 0);
	tree_count_unshown(fd, 1, &files, &other);
	close(fd);
	assert_int_equal(files, 2);	/* c.csv, empty/x.txt */
	assert_int_equal(other, 0);
	files = other = 0;
	tree_count_unshown(f->t.root_fd, 0, &files, &other);
	assert_int_equal(files, 7);	/* .hidden.csv is not counted */
	assert_int_equal(other, 2);	/* .hidden.csv, link.csv */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_walk_order_and_skips, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_callback_error_stops, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_count_unshown, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
