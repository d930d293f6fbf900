/* Unit tests for audit: records and their fields, escaping of names that
 * would add a field or a line, the chain and what breaks it (a deleted,
 * altered or reordered record), continuing after a restart and across a
 * rotation, refusals (symlink, loose mode, incomplete last record, a
 * second daemon), and many threads writing one chain. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "audit.h"
#include "testlib.h"

#define POLICY	"da2bcfa023b35a426cca1020ba80977b5ad7f104a176a32d09846f79d571bbf0"
#define KEYID	"47b3b144ff7bddf2"

static char dir[64];
static char path[128];

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/test_audit.XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/audit.log", dir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	test_rm_tree(dir);
	return 0;
}

static struct audit *
open_ok(void)
{
	struct audit *a;
	struct test_errors err;

	assert_int_equal(audit_open(path, POLICY, KEYID, &a, test_errors(&err)), 0);
	return a;
}

static void
record_ok(struct audit *a, const char *p, int result)
{
	struct audit_access acc = { "open", 1000, getpid(), p, result };

	assert_int_equal(audit_record(a, &acc), 0);
}

static char *
slurp(const char *p)
{
	static char buf[1 << 16];
	FILE *f = fopen(p, "r");
	size_t n;

	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void
spit(const char *p, const char *text)
{
	FILE *f = fopen(p, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int
verify(const char *p)
{
	const char *paths[] = { p };
	FILE *devnull = fopen("/dev/null", "w");
	int r = audit_verify(paths, 1, devnull);

	fclose(devnull);
	return r;
}

static int
count_lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static void
test_record_fields(void **state)
{
	struct audit *a = open_ok();
	struct stat st;
	char expect[256], comm[64] = "";
	const char *text;
	FILE *f;

	(void)state;
	record_ok(a, "/patients.csv", 0);
	record_ok(a, "/sejours.csv", -EIO);
	audit_close(a);
	text = slurp(path);
	assert_int_equal(count_lines(text), 2);
	f = fopen("/proc/self/comm", "r");
	assert_non_null(fgets(comm, sizeof(comm), f));
	fclose(f);
	comm[strcspn(comm, "\n")] = '\0';
	assert_non_null(strstr(text, "time=20"));
	assert_non_null(strstr(text, " seq=1 event=open uid=1000 pid="));
	snprintf(expect, sizeof(expect), "pid=%ld comm=%s path=/patients.csv "
	    "policy=" POLICY " key=" KEYID " result=ok prev=0000",
	    (long)getpid(), comm);
	assert_non_null(strstr(text, expect));
	assert_non_null(strstr(text, " seq=2 "));
	assert_non_null(strstr(text, "path=/sejours.csv policy="));
	assert_non_null(strstr(text, " result=EIO prev="));
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(verify(path), 0);
}

/* A name with a space, "=", a newline or a non-ASCII byte cannot forge a
 * field or a record. */
static void
test_escaping(void **state)
{
	struct audit *a = open_ok();
	const char *text;

	(void)state;
	record_ok(a, "/a b\nseq=9 event=open result=ok%.csv", 0);
	record_ok(a, "/r\xc3\xa9sultats.tsv", 0);
	audit_close(a);
	text = slurp(path);
	assert_int_equal(count_lines(text), 2);
	assert_non_null(strstr(text, "path=/a%20b%0Aseq=9%20event=open%20result=ok%25.csv policy="));
	assert_non_null(strstr(text, "path=/r%C3%A9sultats.tsv policy="));
	assert_int_equal(verify(path), 0);
}

static void
write_chain(int n)
{
	struct audit *a = open_ok();
	char p[32];
	int i;

	for (i = 0; i < n; i++) {
		snprintf(p, sizeof(p), "/file%d.csv", i);
		record_ok(a, p, 0);
	}
	audit_close(a);
}

/* Remove line k (1-based), or replace s by t in it. */
static void
tamper(int k, const char *s, const char *t)
{
	char *text = strdup(slurp(path)), *out = malloc(strlen(text) + 64);
	char *line, *save = NULL;
	int i = 0;

	out[0] = '\0';
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (++i == k) {
			char *at;
			if (s == NULL)
				continue;
			at = strstr(line, s);
			assert_non_null(at);
			strncat(out, line, (size_t)(at - line));
			strcat(out, t);
			strcat(out, at + strlen(s));
		} else {
			strcat(out, line);
		}
		strcat(out, "\n");
	}
	spit(path, out);
	free(text);
	free(out);
}

static void
test_deleted_record(void **state)
{
	(void)state;
	write_chain(5);
	assert_int_equal(verify(path), 0);
	tamper(3, NULL, NULL);
	assert_int_equal(verify(path), -EBADMSG);
}

static void
test_altered_record(void **state)
{
	(void)state;
	write_chain(5);
	tamper(2, "/file1.csv", "/file7.csv");
	assert_int_equal(verify(path), -EBADMSG);
}

/* Deleting a record and renumbering the rest still breaks the hashes. */
static void
test_deleted_and_renumbered(void **state)
{
	(void)state;
	write_chain(4);
	tamper(2, NULL, NULL);
	tamper(2, "seq=3", "seq=2");
	tamper(3, "seq=4", "seq=3");
	assert_int_equal(verify(path), -EBADMSG);
}

static void
test_garbage_line(void **state)
{
	FILE *f;

	(void)state;
	write_chain(2);
	f = fopen(path, "a");
	fputs("hello\n", f);
	fclose(f);
	assert_int_equal(verify(path), -EBADMSG);
}

/* A restart continues the chain from the file's last record. */
static void
test_restart_continues(void **state)
{
	const char *text;

	(void)state;
	write_chain(3);
	write_chain(2);
	text = slurp(path);
	assert_int_equal(count_lines(text), 5);
	assert_non_null(strstr(text, " seq=5 "));
	assert_int_equal(verify(path), 0);
}

/* logrotate moved the file away: the next record goes to a new file at
 * the path, whose first record names the old file's last hash. */
static void
test_rotation(void **state)
{
	struct audit *a = open_ok();
	char old[160];
	const char *both[2], *wrong[2];
	FILE *devnull;
	struct stat st;

	(void)state;
	record_ok(a, "/one.csv", 0);
	record_ok(a, "/two.csv", 0);
	snprintf(old, sizeof(old), "%s.1", path);
	assert_int_equal(rename(path, old), 0);
	record_ok(a, "/three.csv", 0);
	audit_close(a);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(count_lines(slurp(path)), 1);
	assert_non_null(strstr(slurp(path), " seq=3 "));
	both[0] = old; both[1] = path;
	wrong[0] = path; wrong[1] = old;
	devnull = fopen("/dev/null", "w");
	assert_int_equal(audit_verify(both, 2, devnull), 0);
	assert_int_equal(audit_verify(wrong, 2, devnull), -EBADMSG);
	/* Alone, the new file verifies as a continuation. */
	assert_int_equal(audit_verify(both + 1, 1, devnull), 0);
	fclose(devnull);
}

/* Rotated while nothing was mounted: the daemon starts a new chain in the
 * new file with a mount record; the series verifies, with that noted.  A
 * new chain in the middle of a file, or without a mount record, does not. */
static void
test_new_chain_after_rotation(void **state)
{
	struct audit_access mount = { "mount", 0, getpid(), "/mnt", 0 };
	struct audit *a;
	char old[160];
	const char *both[2];
	FILE *devnull = fopen("/dev/null", "w");

	(void)state;
	write_chain(3);
	snprintf(old, sizeof(old), "%s.1", path);
	assert_int_equal(rename(path, old), 0);
	a = open_ok();
	assert_int_equal(audit_record(a, &mount), 0);
	record_ok(a, "/one.csv", 0);
	audit_close(a);
	both[0] = old; both[1] = path;
	assert_int_equal(audit_verify(both, 2, devnull), 0);
	/* The same without the mount record. */
	tamper(1, "event=mount", "event=open");
	assert_int_equal(audit_verify(both, 2, devnull), -EBADMSG);
	/* A new chain inside one file. */
	unlink(path);
	unlink(old);
	write_chain(2);
	a = open_ok();
	record_ok(a, "/x.csv", 0);
	audit_close(a);
	{
		char *text = strdup(slurp(path));
		FILE *f;
		unlink(path);
		a = open_ok();
		assert_int_equal(audit_record(a, &mount), 0);
		audit_close(a);
		f = fopen(path, "r+");
		fseek(f, 0, SEEK_END);
		{
			char *tail = strdup(slurp(path));
			fseek(f, 0, SEEK_SET);
			fputs(text, f);
			fputs(tail, f);
			free(tail);
		}
		fclose(f);
		free(text);
	}
	assert_int_equal(audit_verify(both + 1, 1, devnull), -EBADMSG);
	fclose(devnull);
}

static void
test_refusals(void **state)
{
	struct audit *a;
	char link[160], sub[160];
	struct test_errors err;
	int fd;

	(void)state;
	/* A symbolic link. */
	snprintf(link, sizeof(link), "%s/link.log", dir);
	assert_int_equal(symlink(path, link), 0);
	assert_int_not_equal(audit_open(link, POLICY, KEYID, &a, test_errors(&err)), 0);
	assert_non_null(strstr(err.text, "symbolic link"));
	/* A directory that does not exist. */
	snprintf(sub, sizeof(sub), "%s/nodir/audit.log", dir);
	assert_int_equal(audit_open(sub, POLICY, KEYID, &a, test_errors(&err)), -ENOENT);
	/* ... is one record naming the file, with the errno's text. */
	assert_int_equal(err.count, 1);
	assert_int_equal(err.code, ENOENT);
	assert_non_null(strstr(err.text, "audit file "));
	assert_non_null(strstr(err.text, sub));
	assert_non_null(strstr(err.text, strerror(ENOENT)));
	/* A directory. */
	assert_int_not_equal(audit_open(dir, POLICY, KEYID, &a, test_errors(&err)), 0);
	/* Writable by others. */
	fd = open(path, O_WRONLY | O_CREAT, 0600);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(chmod(path, 0622), 0);
	assert_int_equal(audit_open(path, POLICY, KEYID, &a, test_errors(&err)), -EPERM);
	assert_non_null(strstr(err.text, "chmod go-w"));
	assert_int_equal(chmod(path, 0640), 0);
	/* An incomplete last record. */
	spit(path, "time=2026");
	assert_int_equal(audit_open(path, POLICY, KEYID, &a, test_errors(&err)), -EBADMSG);
	assert_non_null(strstr(err.text, "incomplete"));
	/* A last line that is not a record. */
	spit(path, "hello\n");
	assert_int_equal(audit_open(path, POLICY, KEYID, &a, test_errors(&err)), -EBADMSG);
	/* Held by another daemon. */
	unlink(path);
	a = open_ok();
	{
		struct audit *b;
		assert_int_not_equal(audit_open(path, POLICY, KEYID, &b, test_errors(&err)), 0);
		assert_non_null(strstr(err.text, "another"));
	}
	audit_close(a);
}

#define THREADS	8
#define PER	200

static void *
writer(void *arg)
{
	struct audit *a = arg;
	struct audit_access acc = { "open", 0, getpid(), "/patients.csv", 0 };
	int i;

	for (i = 0; i < PER; i++)
		if (audit_record(a, &acc) != 0)
			return arg;
	return NULL;
}

static void
test_threads(void **state)
{
	struct audit *a = open_ok();
	pthread_t t[THREADS];
	void *ret;
	int i;

	(void)state;
	for (i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, writer, a), 0);
	for (i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(t[i], &ret), 0);
		assert_null(ret);
	}
	audit_close(a);
	assert_int_equal(verify(path), 0);
	{
		FILE *f = fopen(path, "r");
		char *line = NULL;
		size_t cap = 0;
		int n = 0;
		while (getline(&line, &cap, f) != -1)
			n++;
		free(line);
		fclose(f);
		assert_int_equal(n, THREADS * PER);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_record_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_escaping, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deleted_record, setup, teardown),
		cmocka_unit_test_setup_teardown(test_altered_record, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deleted_and_renumbered, setup, teardown),
		cmocka_unit_test_setup_teardown(test_garbage_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_restart_continues, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rotation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_chain_after_rotation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_threads, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
