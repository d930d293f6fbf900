/* Shared by the unit tests (testlib.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "icd10.h"
#include "linear.h"
#include "policy.h"
#include "testlib.h"

const uint8_t TEST_MASTER[KEYS_MASTER_BYTES] = {
	7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
	7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
};

const struct detect_options test_default = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 0 };
const struct detect_options test_recall = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 1 };

static void
keep_error(void *arg, const struct pfs_error *e)
{
	struct test_errors *t = arg;

	t->count++;
	t->code = e->code;
	t->line = e->line;
	t->in_config = e->in_config;
	snprintf(t->file, sizeof(t->file), "%s", e->file ? e->file : "");
	pfs_error_format(e, t->text, sizeof(t->text));
}

const struct pfs_reporter *
test_errors(struct test_errors *t)
{
	memset(t, 0, sizeof(*t));
	t->reporter.fn = keep_error;
	t->reporter.arg = t;
	return &t->reporter;
}

struct engine *
test_engine_key(const char *policy_text, const uint8_t master[KEYS_MASTER_BYTES])
{
	struct engine *e = NULL;
	struct test_errors err;

	if (engine_new(policy_text, master, &e, test_errors(&err)) != 0)
		fail_msg("engine_new: %s", err.text);
	return e;
}

struct engine *
test_engine(const char *policy_text)
{
	return test_engine_key(policy_text, TEST_MASTER);
}

int
test_temp_fd(const void *data, size_t n)
{
	char path[] = "/tmp/pfs-unit.XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	return fd;
}

void
test_put_file(const char *dir, const char *rel, const char *data)
{
	char path[PATH_MAX];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	assert_non_null(f = fopen(path, "w"));
	assert_true(fputs(data, f) >= 0);
	assert_int_equal(fclose(f), 0);
}

void
test_mkdir(const char *dir, const char *rel)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	assert_int_equal(mkdir(path, 0700), 0);
}

void
test_symlink(const char *target, const char *dir, const char *rel)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	assert_int_equal(symlink(target, path), 0);
}

void
test_rm_tree(const char *path)
{
	char cmd[PATH_MAX + 16];

	assert_null(strchr(path, '\''));
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
	assert_int_equal(system(cmd), 0);
}

int
test_collect(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	(void)src_end;
	(void)next_line;
	return buf_append(arg, bytes, len);
}

int
test_run_sink(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	struct test_run *run = arg;

	assert_int_equal(buf_append(&run->out, bytes, len), 0);
	if (run->n == run->cap) {
		run->cap = run->cap ? 2 * run->cap : 256;
		run->src = realloc(run->src, run->cap * sizeof(*run->src));
		run->dst = realloc(run->dst, run->cap * sizeof(*run->dst));
		run->line = realloc(run->line, run->cap * sizeof(*run->line));
		assert_true(run->src && run->dst && run->line);
	}
	run->src[run->n] = src_end;
	run->dst[run->n] = run->out.len;
	run->line[run->n] = next_line;
	run->n++;
	return 0;
}

struct view *
test_view_run(const struct engine *e, int fd, struct test_run *run,
    struct view_stats *st, int *rc, struct pfs_error *err)
{
	struct view_reader *rd;
	struct view *v = NULL;

	memset(run, 0, sizeof(*run));
	assert_int_equal(view_reader_new(fd, &rd), 0);
	*rc = view_open(e, &e->policy->files[0], rd, &v, err);
	if (*rc == 0) {
		const char *head;
		size_t head_len;

		head = view_head(v, &head_len);
		assert_int_equal(buf_append(&run->out, head, head_len), 0);
		if (st != NULL) {
			st->ncols = view_ncols(v);
			assert_non_null(st->cols = calloc(view_ncols(v),
			    sizeof(*st->cols)));
			view_reader_set_stats(rd, st);
		}
		*rc = view_run(v, rd, view_data_line(v), test_run_sink, run,
		    err);
	}
	view_reader_free(rd);
	return v;
}

void
test_view_restart(const struct view *v, int fd, const struct test_run *run,
    size_t k)
{
	struct test_run tail = { 0 };
	struct view_reader *rd;
	struct pfs_error err;

	assert_true(k < run->n);
	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_reader_seek(rd, run->src[k]), 0);
	assert_int_equal(view_run(v, rd, run->line[k], test_run_sink, &tail,
	    &err), 0);
	assert_int_equal(tail.out.len, run->out.len - run->dst[k]);
	assert_memory_equal(tail.out.len ? tail.out.data : "",
	    run->out.data + run->dst[k], tail.out.len);
	view_reader_free(rd);
	test_run_free(&tail);
}

void
test_run_free(struct test_run *run)
{
	buf_free(&run->out);
	free(run->src);
	free(run->dst);
	free(run->line);
	memset(run, 0, sizeof(*run));
}

void
test_gone_kept(const char *out, const char *const *gone, size_t ngone,
    const char *const *kept, size_t nkept)
{
	for (size_t i = 0; i < ngone; i++) {
		if (strstr(out, gone[i]) != NULL)
			print_error("left '%s' in '%s'\n", gone[i], out);
		assert_null(strstr(out, gone[i]));
	}
	for (size_t i = 0; i < nkept; i++) {
		if (strstr(out, kept[i]) == NULL)
			print_error("took '%s' in '%s'\n", kept[i], out);
		assert_non_null(strstr(out, kept[i]));
	}
}

/* Fails unless word w of text (its first occurrence) lies inside one
 * of the spans of s; returns that span's index. */
static size_t
word_in_one_span(const struct detect_scratch *s, const char *text,
    const char *w)
{
	const char *p = strstr(text, w);
	size_t a, at = 0;
	int found = 0;

	assert_non_null(p);
	a = (size_t)(p - text);
	for (size_t k = 0; k < s->nspans; k++)
		if (s->spans[k].start <= a && s->spans[k].end >= a +
		    strlen(w)) {
			found = 1;
			at = k;
		}
	if (!found)
		print_error("left '%s' in '%s'\n", w, text);
	assert_true(found);
	return at;
}

void
test_spans_gone_kept(const struct detect_options *o, struct detect_scratch *s,
    const char *text, const char *const *gone, size_t ngone,
    const char *const *kept, size_t nkept)
{
	assert_int_equal(detect_run(o, text, strlen(text), NULL, 0, s), 0);
	for (size_t i = 0; i < ngone; i++)
		word_in_one_span(s, text, gone[i]);
	for (size_t i = 0; i < nkept; i++) {
		const char *p = strstr(text, kept[i]);
		size_t a;

		assert_non_null(p);
		a = (size_t)(p - text);
		for (size_t k = 0; k < s->nspans; k++)
			if (s->spans[k].start < a + strlen(kept[i]) &&
			    s->spans[k].end > a) {
				print_error("took '%s' in '%s'\n", kept[i], text);
				fail();
			}
	}
}

void
test_untouched(const struct detect_options *o, struct detect_scratch *s,
    const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(detect_run(o, texts[i], strlen(texts[i]),
		    NULL, 0, s), 0);
		if (s->nspans != 0)
			fail_msg("span %zu-%zu in \"%s\"", s->spans[0].start,
			    s->spans[0].end, texts[i]);
	}
}

void
test_spans_both_modes(const struct detect_options *o,
    struct detect_scratch *s, const char *text, const char *const *gone,
    size_t ngone, const char *const *kept, size_t nkept)
{
	struct detect_options recall = *o;

	recall.recall = 1;
	test_spans_gone_kept(o, s, text, gone, ngone, kept, nkept);
	test_spans_gone_kept(&recall, s, text, gone, ngone, NULL, 0);
}

void
test_span_cases(const struct detect_options *o, struct detect_scratch *s,
    const struct test_span_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const size_t most = sizeof(c[i].kept) / sizeof(c[i].kept[0]);
		size_t nk = 0, ng = 0;

		while (nk < most && c[i].kept[nk] != NULL)
			nk++;
		while (ng < most && c[i].gone[ng] != NULL)
			ng++;
		test_spans_both_modes(o, s, c[i].text, c[i].gone, ng,
		    c[i].kept, nk);
	}
}

void
test_row_word_gone(const struct detect_options *o, struct detect_scratch *s,
    const char *text, const struct detect_value *row, size_t nrow,
    const char *w)
{
	assert_int_equal(detect_run(o, text, strlen(text), row, nrow, s), 0);
	word_in_one_span(s, text, w);
}

void
test_row_word_kept(const struct detect_options *o, struct detect_scratch *s,
    const char *text, const struct detect_value *row, size_t nrow,
    const char *w)
{
	const char *at = strstr(text, w);
	size_t a, b;

	assert_non_null(at);
	a = (size_t)(at - text);
	b = a + strlen(w);
	assert_int_equal(detect_run(o, text, strlen(text), row, nrow, s), 0);
	for (size_t k = 0; k < s->nspans; k++)
		if (s->spans[k].start < b && s->spans[k].end > a)
			fail_msg("took '%s' in '%s'", w, text);
}

void
test_row_word_as_value(const struct detect_options *o,
    struct detect_scratch *s, const char *text,
    const struct detect_value *row, size_t nrow, const char *w, int k)
{
	size_t at;

	assert_int_equal(detect_run(o, text, strlen(text), row, nrow, s), 0);
	at = word_in_one_span(s, text, w);
	if (s->spans[at].ctx != k)
		print_error("'%s' in '%s' went as row value %d, not %d\n", w,
		    text, s->spans[at].ctx, k);
	assert_int_equal(s->spans[at].ctx, k);
}

static int
cell_blank(const char *c)
{
	return c[strspn(c, " \t\r\n")] == '\0';
}

/* A letter or a digit: ASCII, or the lead byte of a character of
 * several bytes */
static int
cell_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
	    c >= 0xc2;
}

void
test_cell_piece(const struct detect_options *o, struct detect_scratch *s,
    const struct detect_value *row, size_t nrow, const char *const *cells,
    size_t ncells, size_t j, const char *piece, int gone)
{
	struct detect_value v[DETECT_MAX_ROW + 2 * DETECT_CELL_CHAIN];
	const char *t = cells[j], *at = strstr(t, piece);
	size_t n = nrow, k = 0;

	assert_non_null(at);
	assert_true(nrow <= DETECT_MAX_ROW);
	memcpy(v, row, nrow * sizeof(*v));
	for (size_t b = j; b > 0 && k < DETECT_CELL_CHAIN; b--)
		if (!cell_blank(cells[b - 1])) {
			v[n++] = (struct detect_value){ DETECT_IDENT_CELL_BEFORE,
			    cells[b - 1], strlen(cells[b - 1]) };
			k++;
		}
	k = 0;
	for (size_t a = j + 1; a < ncells && k < DETECT_CELL_CHAIN; a++)
		if (!cell_blank(cells[a])) {
			v[n++] = (struct detect_value){ DETECT_IDENT_CELL_AFTER,
			    cells[a], strlen(cells[a]) };
			k++;
		}
	assert_int_equal(detect_run(o, t, strlen(t), v, n, s), 0);
	for (size_t x = (size_t)(at - t); x < (size_t)(at - t) +
	    strlen(piece); x++) {
		int in = 0;

		for (size_t q = 0; q < s->nspans && !in; q++)
			in = s->spans[q].start <= x && x < s->spans[q].end;
		if (gone ? !in && cell_alnum((unsigned char)t[x]) : in) {
			print_error("'%s' of cell %zu \"%s\" %s\n", piece, j, t,
			    gone ? "left" : "taken");
			for (size_t q = 0; q < ncells; q++)
				print_error("  cell %zu: \"%s\"\n", q, cells[q]);
			fail();
		}
	}
}

/* A letter or a digit: ASCII, or the first byte of a letter of two
 * bytes (not the bidirectional marks, three bytes) */
static int
form_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
	    (c >= 0xc2 && c <= 0xdf);
}

void
test_row_form_gone_in(const struct detect_options *o,
    struct detect_scratch *s, const char *text,
    const struct detect_value *row, size_t nrow, const char *form)
{
	const char *at = strstr(text, form);
	size_t a, b;

	assert_non_null(at);
	a = (size_t)(at - text);
	b = a + strlen(form);
	assert_int_equal(detect_run(o, text, strlen(text), row, nrow, s), 0);
	for (size_t i = a; i < b; i++) {
		int in = 0;

		if (!form_alnum((unsigned char)text[i]))
			continue;
		if (form[0] == '=') {
			size_t q = 0;

			for (size_t k = a; k < i; k++)
				q += text[k] == '"' || text[k] == '\'';
			if (!(q & 1))
				continue;
		}
		for (size_t k = 0; k < s->nspans && !in; k++)
			in = s->spans[k].start <= i && s->spans[k].end > i;
		if (!in)
			fail_msg("byte %zu of '%s' left raw in '%s'", i,
			    form, text);
	}
}

void
test_row_form_gone(const struct detect_options *o, struct detect_scratch *s,
    const struct detect_value *row, size_t nrow, const char *form)
{
	char text[512];

	snprintf(text, sizeof(text), "Vu ce jour %s pour suivi.", form);
	test_row_form_gone_in(o, s, text, row, nrow, form);
	test_row_form_gone_in(o, s, form, row, nrow, form);
}

double
test_detect_time(void *arg, const char *unit, size_t n)
{
	const struct test_detect_timing *d = arg;
	size_t ul = strlen(unit);
	char *text = malloc(ul * n + 1);
	double t0;

	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + i * ul, unit, ul);
	text[ul * n] = '\0';
	t0 = linear_cpu_seconds();
	assert_int_equal(detect_run(d->o, text, ul * n, d->row, d->nrow, d->s),
	    0);
	t0 = linear_cpu_seconds() - t0;
	free(text);
	return t0;
}

void
test_detect_linear(const struct detect_options *o, struct detect_scratch *s,
    const char *const *units, size_t n)
{
	struct test_detect_timing timing = { o, s, NULL, 0 };

	for (size_t u = 0; u < n; u++)
		assert_linear(test_detect_time, &timing, units[u], 4096);
}
