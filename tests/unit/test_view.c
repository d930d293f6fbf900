/* view: the pipeline over real files: identity under an all-keep policy
 * across read-buffer boundaries and records longer than the buffer, restart
 * from any record boundary giving the same bytes as a full run, and errors
 * that name line and column. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "engine.h"
#include "view.h"

static const char keep_policy[] =
    "[project]\nname = t\ncolumns = keep\n[file all]\nmatch = *\n";

static const char token_policy[] =
    "[project]\nname = t\npatient = ipp\n"
    "[file all]\nmatch = *\n"
    "[column ipp]\nheaders = IPP\nop = token\n"
    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
    "[column d]\nheaders = Date\nop = date\nmode = shift\n"
    "[column note]\nheaders = Note\nop = keep\n";

static struct engine *
engine_from(const char *policy_text)
{
	uint8_t master[KEYS_MASTER_BYTES];
	struct engine *e = calloc(1, sizeof(*e));
	char err[256];

	memset(master, 7, sizeof(master));
	assert_non_null(e);
	assert_int_equal(policy_load_string(policy_text, "t.policy", &e->policy,
	    err, sizeof(err)), 0);
	assert_int_equal(keys_from_bytes(master, &e->keys), 0);
	assert_int_equal(policy_bind(e->policy, e->keys, err, sizeof(err)), 0);
	return e;
}

static int
temp_file(const char *data, size_t n)
{
	char path[] = "/tmp/test_view.XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	unlink(path);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	return fd;
}

/* Collects the output and every restart point. */
struct collect {
	struct buf	 out;
	off_t		 src[4096];
	size_t		 dst[4096];
	long		 line[4096];
	size_t		 n;
};

static int
collect_sink(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	struct collect *c = arg;

	buf_append(&c->out, bytes, len);
	if (c->n < 4096) {
		c->src[c->n] = src_end;
		c->dst[c->n] = c->out.len;
		c->line[c->n] = line;
		c->n++;
	}
	return 0;
}

static struct view *
run_all(struct engine *e, int fd, struct collect *c, int *rc,
    struct pfs_error *err)
{
	struct view_reader *rd;
	struct view *v = NULL;

	memset(c, 0, sizeof(*c));
	assert_int_equal(view_reader_new(fd, &rd), 0);
	*rc = view_open(e, &e->policy->files[0], rd, &v, err);
	if (*rc == 0) {
		buf_append(&c->out, v->head.data, v->head.len);
		*rc = view_run(v, rd, v->data_line, collect_sink, c, err);
	}
	view_reader_free(rd);
	return v;
}

static void
test_identity_across_buffers(void **state)
{
	struct engine *e = engine_from(keep_policy);
	struct buf src = BUF_INIT;
	struct collect *c = calloc(1, sizeof(*c));
	struct pfs_error err;
	struct view *v;
	int fd, rc;

	(void)state;
	buf_append_str(&src, "\xef\xbb\xbfIPP;Nom;Note\r\n");
	for (int i = 0; i < 20000; i++) {
		char row[128];
		snprintf(row, sizeof(row), "%d;\"N%d;x\";\"a \"\"q\"\"\r\nb\"\r\n",
		    i, i);
		buf_append_str(&src, row);
	}
	/* A record far longer than the read buffer. */
	buf_append_str(&src, "1;\"");
	for (int i = 0; i < 600000; i++)
		buf_putc(&src, (char)('a' + i % 26));
	buf_append_str(&src, "\";z\r\nlast;no;eol");
	fd = temp_file(src.data, src.len);
	v = run_all(e, fd, c, &rc, &err);
	assert_int_equal(rc, 0);
	assert_int_equal(c->out.len, src.len);
	assert_memory_equal(c->out.data, src.data, src.len);
	view_free(v);
	buf_free(&c->out);
	free(c);
	buf_free(&src);
	close(fd);
	engine_free(e);
}

/* What the mount will do: restart at a recorded boundary, get the tail. */
static void
test_restart_from_any_boundary(void **state)
{
	struct engine *e = engine_from(token_policy);
	struct collect *full = calloc(1, sizeof(*full));
	struct collect *part = calloc(1, sizeof(*part));
	struct buf src = BUF_INIT;
	struct pfs_error err;
	struct view *v;
	int fd, rc;

	(void)state;
	buf_append_str(&src, "IPP;Nom;Date;Note\n");
	for (int i = 0; i < 3000; i++) {
		char row[160];
		snprintf(row, sizeof(row), "%d;Name%d;%02d/%02d/20%02d;\"n\n%d\"\n",
		    i % 97, i, 1 + i % 28, 1 + i % 12, i % 30, i);
		buf_append_str(&src, row);
	}
	fd = temp_file(src.data, src.len);
	v = run_all(e, fd, full, &rc, &err);
	assert_int_equal(rc, 0);
	for (size_t k = 0; k + 1 < full->n; k += 97) {
		struct view_reader *rd;

		memset(part, 0, sizeof(*part));
		assert_int_equal(view_reader_new(fd, &rd), 0);
		assert_int_equal(view_reader_seek(rd, full->src[k]), 0);
		assert_int_equal(view_run(v, rd, full->line[k], collect_sink, part,
		    &err), 0);
		assert_int_equal(part->out.len, full->out.len - full->dst[k]);
		assert_memory_equal(part->out.data, full->out.data + full->dst[k],
		    part->out.len);
		view_reader_free(rd);
		buf_free(&part->out);
	}
	/* The raw names never come out. */
	buf_putc(&full->out, '\0');
	assert_null(strstr(full->out.data, "Name1"));
	view_free(v);
	buf_free(&full->out);
	free(full);
	free(part);
	buf_free(&src);
	close(fd);
	engine_free(e);
}

static void
expect_error(const char *policy, const char *data, long line, size_t column,
    const char *what)
{
	struct engine *e = engine_from(policy);
	struct collect *c = calloc(1, sizeof(*c));
	struct pfs_error err;
	struct view *v;
	int fd = temp_file(data, strlen(data)), rc;

	v = run_all(e, fd, c, &rc, &err);
	assert_int_equal(rc, -EINVAL);
	assert_int_equal(err.line, line);
	assert_int_equal(err.column, column);
	assert_non_null(strstr(err.what, what));
	view_free(v);
	buf_free(&c->out);
	free(c);
	close(fd);
	engine_free(e);
}

static void
test_errors_name_line_and_column(void **state)
{
	(void)state;
	/* Lines count the newlines inside quoted fields. */
	expect_error(keep_policy, "a;b\n\"x\ny\";1\n2;\"open\n", 4, 2,
	    "unterminated");
	expect_error(keep_policy, "a;b\n1;2\n1;2;3\n", 3, 3, "more fields");
	expect_error(keep_policy, "a;b;c\n1;2;3\n1;2\n", 3, 2, "fewer fields");
	expect_error(token_policy, "Nom;Date\nX;01/01/2020\n", 1, 0,
	    "patient");	/* shifted dates need the patient column */
	expect_error("[project]\nname = t\ncolumns = fail\n[file a]\nmatch = *\n"
	    "[column x]\nheaders = x\nop = keep\n", "x;y\n1;2\n", 1, 2,
	    "columns = fail");
}

static void
test_empty_and_header_only(void **state)
{
	struct engine *e = engine_from(token_policy);
	struct collect *c = calloc(1, sizeof(*c));
	struct pfs_error err;
	struct view *v;
	int fd, rc;

	(void)state;
	fd = temp_file("", 0);
	v = run_all(e, fd, c, &rc, &err);
	assert_int_equal(rc, 0);
	assert_int_equal(c->out.len, 0);
	view_free(v);
	close(fd);
	buf_free(&c->out);
	fd = temp_file("IPP;Nom;Secret\r\n", 16);
	v = run_all(e, fd, c, &rc, &err);
	assert_int_equal(rc, 0);
	buf_putc(&c->out, '\0');
	assert_string_equal(c->out.data, "IPP;Nom\r\n");	/* unnamed: dropped */
	view_free(v);
	close(fd);
	buf_free(&c->out);
	free(c);
	engine_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identity_across_buffers),
		cmocka_unit_test(test_restart_from_any_boundary),
		cmocka_unit_test(test_errors_name_line_and_column),
		cmocka_unit_test(test_empty_and_header_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
