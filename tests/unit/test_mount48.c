/* mount48: the program's own files beneath the source (engine_own.c) are
 * never listed, looked up or exported, whatever the rules say: the audit
 * file, the log and their rotated copies as logrotate names them, the
 * index cache, and copies of any of them known by their first bytes.
 * The negative case of each: the records' name is not in the listing and
 * its lookup is ENOENT. */
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
#include <zlib.h>

#include "namecache.h"
#include "testlib.h"
#include "tree.h"

/* An operator's catch-all: every file, shown as written. */
static const char POLICY[] =
    "[project]\nname = own48\ncolumns = keep\n"
    "[file all]\nmatch = **\nsuspect_names = show\n"
    "[dir all]\nmatch = **\nsuspect_names = show\n";

static const char RECORD[] =
    "time=2026-12-07T10:00:00.000Z seq=7 event=open uid=1000 pid=4242 "
    "comm=cat path=/patients.csv policy=ab key=cd result=ok prev=00\n";
static const char LOGLINE[] =
    "2026-12-07T10:00:01.000Z pseudonymfs[4242]: /patients.csv: line 3: "
    "a cell that cannot be read\n";
static const char DATA[] = "ipp;nom\n1;X\n";

struct fixture {
	char		 root[64];
	struct engine	*e;
	struct namecache *names;
	struct tree	 t;
};

/* A gzip file of `text`, as logrotate's compress writes one. */
static void
put_gzip(const char *dir, const char *rel, const char *text)
{
	char path[PATH_MAX];
	gzFile gz;

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	assert_non_null(gz = gzopen(path, "wb"));
	assert_int_equal(gzputs(gz, text), (int)strlen(text));
	assert_int_equal(gzclose(gz), Z_OK);
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	snprintf(f->root, sizeof(f->root), "/tmp/pfs-own48.XXXXXX");
	assert_non_null(mkdtemp(f->root));
	test_put_file(f->root, "patients.csv", DATA);
	f->e = test_engine(POLICY);
	f->t.engine = f->e;
	f->t.root_fd = open(f->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(f->t.root_fd >= 0);
	*state = f;
	return 0;
}

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

static int
teardown(void **state)
{
	struct fixture *f = *state;

	close(f->t.root_fd);
	namecache_free(f->names);
	engine_free(f->e);
	test_rm_tree(f->root);
	free(f);
	return 0;
}

#define MAX_NAMES 32

struct listing {
	char	names[MAX_NAMES][NAME_MAX + 1];
	int	n;
};

static int
fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct listing *l = arg;

	(void)st;
	(void)rule;
	(void)src_name;
	assert_true(l->n < MAX_NAMES);
	snprintf(l->names[l->n++], NAME_MAX + 1, "%s", name);
	return 0;
}

static int
listed(const struct fixture *f, const char *dir, const char *name)
{
	struct tree_node node;
	struct listing l = { .n = 0 };
	int fd, r;

	assert_int_equal(tree_lookup(&f->t, dir, &node), 0);
	fd = node.fd;
	r = tree_list(&f->t, fd, node.src_rel, node.view_rel, fill, &l);
	close(fd);
	assert_int_equal(r, 0);
	for (int i = 0; i < l.n; i++)
		if (strcmp(l.names[i], name) == 0)
			return 1;
	return 0;
}

/* Hidden: not listed, and its lookup is ENOENT. */
static void
assert_hidden(const struct fixture *f, const char *dir, const char *name)
{
	char path[PATH_MAX];
	struct tree_node node;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (listed(f, dir, name))
		fail_msg("%s is listed", path);
	assert_int_equal(tree_lookup(&f->t, path, &node), -ENOENT);
}

static void
assert_shown(const struct fixture *f, const char *dir, const char *name)
{
	char path[PATH_MAX];
	struct tree_node node;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!listed(f, dir, name))
		fail_msg("%s is not listed", path);
	assert_int_equal(tree_lookup(&f->t, path, &node), 0);
	close(node.fd);
}

/* Copies known by their content, with no setting at all (what the
 * exporter sees): under any name, plain or gzip, in any directory. */
static void
test_copies_by_content(void **state)
{
	struct fixture *f = *state;
	char idx[64] = "PNFSIX02";

	test_mkdir(f->root, "sauvegarde");
	test_put_file(f->root, "sauvegarde/suivi.csv", DATA);
	test_mkdir(f->root, "archives");
	test_put_file(f->root, "archives/acces.1", RECORD);
	test_put_file(f->root, "acces.txt", RECORD);
	test_put_file(f->root, "sauvegarde/journal.csv", LOGLINE);
	/* cut in the middle of a record: its next line is whole */
	test_put_file(f->root, "sauvegarde/coupe.txt", "ult=ok prev=00\n"
	    "time=2026-12-07T10:00:02.000Z seq=8 event=open uid=1 pid=1 "
	    "comm=x path=/a result=ok prev=11\n");
	put_gzip(f->root, "sauvegarde/ancien.csv.gz", RECORD);
	memset(idx + 8, 'a', sizeof(idx) - 9);
	test_put_file(f->root, "3f9a0c.idx", idx);
	assert_hidden(f, "/", "acces.txt");
	assert_hidden(f, "/sauvegarde", "journal.csv");
	assert_hidden(f, "/sauvegarde", "coupe.txt");
	assert_hidden(f, "/sauvegarde", "ancien.csv");
	assert_hidden(f, "/", "3f9a0c.idx");
	assert_shown(f, "/sauvegarde", "suivi.csv");
	/* A directory of the program's files only is not shown either. */
	assert_hidden(f, "", "archives");
	assert_shown(f, "", "patients.csv");
}

/* Data that starts like a record without being one is data. */
static void
test_data_stays(void **state)
{
	struct fixture *f = *state;

	test_put_file(f->root, "time.csv", "time=2026-12-07 10:00 seq=1\n1\n");
	test_put_file(f->root, "horodatage.csv", "2026-12-07T10:00:01.000Z;"
	    "pseudonymfs;1\n");
	test_put_file(f->root, "audit-2026.csv", DATA);
	assert_shown(f, "", "time.csv");
	assert_shown(f, "", "horodatage.csv");
	assert_shown(f, "", "audit-2026.csv");
}

/* -o audit= and log= beneath the source: the file and every rotated
 * name logrotate gives it, in any directory (olddir), whatever its
 * content (a compression the view cannot read, an empty new file). */
static void
test_settings_by_name(void **state)
{
	struct fixture *f = *state;
	static const char *const rotated[] = { "access.audit",
	    "access.audit.1", "access.audit.2.gz", "access.audit.3.xz",
	    "access.audit-20261207", "access.audit-20261207.gz",
	    "access.audit.old", "access.audit~", "access.1.audit",
	    "access-20261207.audit.bz2", "daemon.log", "daemon.log.1",
	    "daemon.log.4.zst", NULL };
	char audit[PATH_MAX], log[PATH_MAX];

	test_mkdir(f->root, "anciens");
	for (int i = 0; rotated[i]; i++) {
		char rel[PATH_MAX];

		test_put_file(f->root, rotated[i], "opaque\x01\x02 bytes\n");
		snprintf(rel, sizeof(rel), "anciens/%s", rotated[i]);
		test_put_file(f->root, rel, "opaque\x01\x02 bytes\n");
	}
	test_put_file(f->root, "access.csv", DATA);
	test_put_file(f->root, "accessible.audit", DATA);
	test_put_file(f->root, "daemon.login", DATA);
	test_put_file(f->root, "anciens/patients.csv", DATA);
	/* Shown before the settings: the names alone are data's. */
	assert_shown(f, "", "access.audit.3.xz");
	snprintf(audit, sizeof(audit), "%s/access.audit", f->root);
	snprintf(log, sizeof(log), "%s/anciens/../daemon.log", f->root);
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o audit=",
	    audit, 0), 1);
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o log=", log,
	    0), 1);
	namecache_free(f->names);	/* a new engine: a new cache */
	f->names = NULL;
	if (f->t.names != NULL) {
		assert_int_equal(namecache_new(&f->names), 0);
		f->t.names = f->names;
	}
	for (int i = 0; rotated[i]; i++) {
		assert_hidden(f, "", rotated[i]);
		assert_hidden(f, "/anciens", rotated[i]);
	}
	assert_shown(f, "", "access.csv");
	assert_shown(f, "", "accessible.audit");
	assert_shown(f, "", "daemon.login");
	assert_shown(f, "/anciens", "patients.csv");
}

/* A hard link to the live audit file is known by its inode. */
static void
test_setting_hard_link(void **state)
{
	struct fixture *f = *state;
	char audit[PATH_MAX], lnk[PATH_MAX];

	test_put_file(f->root, "a.audit", "x;y\n1;2\n");
	snprintf(audit, sizeof(audit), "%s/a.audit", f->root);
	snprintf(lnk, sizeof(lnk), "%s/lien.csv", f->root);
	assert_int_equal(link(audit, lnk), 0);
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o audit=",
	    audit, 0), 1);
	assert_hidden(f, "", "lien.csv");
	assert_hidden(f, "", "a.audit");
}

/* -o cache= beneath the source: the directory is not shown, nor
 * anything in it; the root itself is said (2: the daemon refuses it); a
 * setting outside the source changes nothing. */
static void
test_cache_dir(void **state)
{
	struct fixture *f = *state;
	char cache[PATH_MAX], outside[PATH_MAX];

	test_mkdir(f->root, "index");
	test_put_file(f->root, "index/notes.csv", DATA);
	snprintf(cache, sizeof(cache), "%s/index", f->root);
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o cache=", cache,
	    1), 1);
	assert_hidden(f, "", "index");
	{
		struct tree_node node;
		assert_int_equal(tree_lookup(&f->t, "/index/notes.csv", &node),
		    -ENOENT);
	}
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o cache=",
	    f->root, 1), 2);
	snprintf(outside, sizeof(outside), "%s/..", f->root);
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o cache=",
	    outside, 1), 0);
	snprintf(outside, sizeof(outside), "%s/../pfs-own48-elsewhere.audit",
	    f->root);
	assert_int_equal(engine_own_add(f->e, f->t.root_fd, "-o audit=",
	    outside, 0), 0);
	assert_shown(f, "", "patients.csv");
}

static void
test_name_family(void **state)
{
	static const char *const yes[] = { "audit.log", "audit.log.1",
	    "audit.log.2.gz", "audit.log-20261207", "audit.log-20261207.gz",
	    "audit.log.old", "audit.log~", "audit.log_bak", "audit.1.log",
	    "audit-20261207.log.gz", "audit.2026-12-07.log", NULL };
	static const char *const no[] = { "audit.logs", "audit.csv",
	    "audits.log", "xaudit.log", "audit-stats.csv", "audit.1.csv",
	    "audit", NULL };

	(void)state;
	for (int i = 0; yes[i]; i++)
		if (!engine_own_name("audit.log", yes[i]))
			fail_msg("%s is not of audit.log's family", yes[i]);
	for (int i = 0; no[i]; i++)
		if (engine_own_name("audit.log", no[i]))
			fail_msg("%s is of audit.log's family", no[i]);
}

static void
test_bytes(void **state)
{
	(void)state;
	assert_true(engine_own_bytes(RECORD, strlen(RECORD)));
	assert_true(engine_own_bytes(LOGLINE, strlen(LOGLINE)));
	assert_true(engine_own_bytes("PNFSIX02....", 12));
	assert_false(engine_own_bytes(DATA, strlen(DATA)));
	assert_false(engine_own_bytes("time=2026-12-07T10:00:00.000Z", 29));
	assert_false(engine_own_bytes("2026-12-07T10:00:00.000Z pseudo", 31));
	assert_false(engine_own_bytes("a\nb\nc\n" "time=2026-12-07T10:00:00"
	    ".000Z seq=1 event=open\n", 50));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name_family),
		cmocka_unit_test(test_bytes),
		cmocka_unit_test_setup_teardown(test_copies_by_content, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_copies_by_content,
		    setup_cached, teardown),
		cmocka_unit_test_setup_teardown(test_data_stays, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_settings_by_name, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_settings_by_name,
		    setup_cached, teardown),
		cmocka_unit_test_setup_teardown(test_setting_hard_link, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cache_dir, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
