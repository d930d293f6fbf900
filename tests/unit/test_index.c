/* index: reads at any offset, in any order, through one cursor, equal the
 * view read front to back (the kernel sends one handle's reads out of
 * order under load: a read just before the last one's end once came back
 * with a gap of stale bytes). */
#include <errno.h>
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

#include "engine.h"
#include "index.h"
#include "testlib.h"

static const char policy[] =
    "[project]\nname = t\npatient = ipp\n"
    "[file all]\nmatch = *\n"
    "[column ipp]\nheaders = IPP\nop = token\n"
    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
    "[column note]\nheaders = Note\nop = keep\n";

static void
test_reads_in_any_order(void **state)
{
	struct engine *e;
	struct index_cursor *c, *c2;
	struct pfs_error err;
	struct index *idx;
	struct stat st;
	char *whole, *got;
	uint64_t rng = 20261125;
	off_t off;
	int fd;

	(void)state;
	e = test_engine(policy);
	fd = test_temp_fd("", 0);
	{
		FILE *f = fdopen(dup(fd), "w");
		fputs("IPP;Nom;Note\n", f);
		for (int i = 0; i < 30000; i++)
			fprintf(f, "%d;Martin%d;\"note %d, with some text to make "
			    "records of varied length %*s\"\n", 1000 + i % 977,
			    i % 13, i, i % 50, "");
		fclose(f);
	}
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &idx,
	    &err), 0);
	assert_true(idx->size > 4 * (off_t)INDEX_STEP);
	whole = malloc((size_t)idx->size);
	got = malloc(200000);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	for (off = 0; off < idx->size; off += 4096)
		assert_true(index_read(idx, c, whole + off, 4096, off, &err) > 0);
	index_cursor_free(c);

	/* One cursor, reads at random offsets and lengths, and reads just
	 * before the previous one (as out-of-order readahead does). */
	assert_int_equal(index_cursor_new(fd, &c2), 0);
	for (int i = 0; i < 3000; i++) {
		size_t len;
		ssize_t n;

		rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
		if (i % 2 == 0 || off <= 0 || off >= idx->size)
			off = (off_t)((rng >> 33) % (uint64_t)idx->size);
		else
			off -= (off_t)((rng >> 40) % 9000);
		if (off < 0)
			off = 0;
		len = (size_t)((rng >> 20) % 131072) + 1;
		memset(got, 0xAA, len);
		n = index_read(idx, c2, got, len, off, &err);
		assert_int_equal(n, off + (off_t)len <= idx->size ? (ssize_t)len :
		    (ssize_t)(idx->size - off));
		assert_memory_equal(got, whole + off, (size_t)n);
	}
	index_cursor_free(c2);
	free(whole);
	free(got);
	index_free(idx);
	close(fd);
	engine_free(e);
}

/* Bytes changed under the index (same size): a read that restarts from a
 * checkpoint whose mark no longer verifies fails with EIO and spoils the
 * index; reads before any change, and of an unchanged file, verify. */
/* Ragged rows padded: a misaligned record parses, only the marks catch it. */
static const char policy_pad[] =
    "[project]\nname = t\n"
    "[file all]\nmatch = *\nragged = pad\n"
    "[column ipp]\nheaders = IPP\nop = token\n"
    "[column nom]\nheaders = Nom\nop = keep\n"
    "[column note]\nheaders = Note\nop = keep\n";

static void
test_changed_bytes_fail_restarts(void **state)
{
	struct engine *e;
	struct index_cursor *c;
	struct pfs_error err;
	struct index *idx;
	struct stat st;
	char got[4096];
	char *before, *after, *long_read;
	size_t n;
	int fd;

	(void)state;
	e = test_engine(policy_pad);
	fd = test_temp_fd("", 0);
	{
		FILE *f = fdopen(dup(fd), "w");
		fputs("IPP;Nom;Note\n", f);
		for (int i = 0; i < 40000; i++)
			fprintf(f, "%d;Martin;note %d\n", 100000 + i, i);
		fclose(f);
	}
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &idx,
	    &err), 0);
	assert_true(idx->ncps > 2);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, got, sizeof(got),
	    idx->cps[2].view, &err), (ssize_t)sizeof(got));
	index_cursor_free(c);

	/* Move every record 7 bytes left ("100000;" is 7 bytes), same size. */
	n = (size_t)st.st_size;
	before = malloc(n);
	after = malloc(n);
	assert_int_equal(pread(fd, before, n, 0), (ssize_t)n);
	memcpy(after, before, 13);
	memcpy(after + 13, before + 20, n - 20);
	memset(after + n - 7, '\n', 7);
	assert_int_equal(pwrite(fd, after, n, 0), (ssize_t)n);

	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, got, sizeof(got), idx->cps[2].view,
	    &err), -EIO);
	assert_non_null(err.what);
	assert_true(idx->spoiled);
	index_cursor_free(c);

	/* A read that continues past checkpoints checks their marks too: the
	 * cursor was placed before the change; the read after it goes past
	 * the reader's buffer (256 KiB), so it reads bytes of the new version
	 * from an offset that was a record boundary of the old one. */
	idx->spoiled = 0;
	assert_int_equal(pwrite(fd, before, n, 0), (ssize_t)n);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, got, 16, idx->cps[1].view - 16,
	    &err), 16);
	assert_int_equal(pwrite(fd, after, n, 0), (ssize_t)n);
	long_read = malloc(400000);
	assert_true(idx->cps[1].view + 400000 < idx->size);
	assert_int_equal(index_read(idx, c, long_read, 400000, idx->cps[1].view,
	    &err), -EIO);
	free(long_read);
	assert_true(idx->spoiled);
	index_cursor_free(c);
	free(before);
	free(after);
	index_free(idx);
	close(fd);
	engine_free(e);
}

/* Index passes on several threads (index_cache_set_jobs): a 20 MB file
 * with quoted line feeds gives the size of one pass and the same bytes at
 * every offset, and a malformed record the same error, line and column. */
static int
write_notes(int fd, int bad_at)
{
	FILE *f = fdopen(dup(fd), "w");

	if (f == NULL)
		return -1;
	fputs("IPP;Nom;Note\r\n", f);
	for (int i = 0; i < 340000; i++) {
		if (i == bad_at)
			fputs("1;x;\"unterminated\r\n", f);
		fprintf(f, "%d;Durand%d;\"note %d\nsecond \"\"line\"\" %*s\"\r\n",
		    1000 + i % 977, i % 13, i, i % 40, "");
	}
	return fclose(f);
}

static void
test_parallel_pass(void **state)
{
	struct engine *e;
	struct index_cache *cache;
	struct index_cursor *c1, *c4;
	struct pfs_error err, err4;
	struct index *one;
	const struct index *four;
	struct stat st;
	char *a = malloc(65536), *b = malloc(65536);
	uint64_t rng = 7;
	int fd, first;

	(void)state;
	e = test_engine(policy);
	fd = test_temp_fd("", 0);
	assert_int_equal(write_notes(fd, -1), 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_true(st.st_size > 16 << 20);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &one,
	    &err), 0);
	assert_int_equal(index_cache_new(&cache), 0);
	index_cache_set_jobs(cache, 4);
	assert_int_equal(index_cache_get(cache, e, &e->policy->files[0], "t",
	    fd, &st, 1, &four, &first, &err), 0);
	assert_int_equal(four->size, one->size);
	assert_true(four->ncps > 4);
	assert_int_equal(index_cursor_new(fd, &c1), 0);
	assert_int_equal(index_cursor_new(fd, &c4), 0);
	for (int i = 0; i < 400; i++) {
		off_t off;
		size_t len;
		ssize_t n1, n4;

		rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
		off = (off_t)((rng >> 33) % (uint64_t)one->size);
		len = 1 + (size_t)((rng >> 13) % 65536);
		n1 = index_read(one, c1, a, len, off, &err);
		n4 = index_read(four, c4, b, len, off, &err);
		assert_int_equal(n1, n4);
		assert_true(n1 > 0);
		assert_memory_equal(a, b, (size_t)n1);
	}
	index_cursor_free(c1);
	index_cursor_free(c4);
	index_cache_put(cache, four);
	index_cache_free(cache);
	index_free(one);

	/* A malformed record three quarters in: the same error either way. */
	assert_int_equal(ftruncate(fd, 0), 0);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(write_notes(fd, 260000), 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &one,
	    &err), -EINVAL);
	assert_int_equal(index_cache_new(&cache), 0);
	index_cache_set_jobs(cache, 3);
	assert_int_equal(index_cache_get(cache, e, &e->policy->files[0], "t",
	    fd, &st, 1, &four, &first, &err4), -EINVAL);
	assert_int_equal(err4.line, err.line);
	assert_int_equal(err4.column, err.column);
	assert_string_equal(err4.what, err.what);
	assert_true(err.line > 500000);	/* past the first chunks */
	index_cache_free(cache);
	free(a);
	free(b);
	close(fd);
	engine_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reads_in_any_order),
		cmocka_unit_test(test_changed_bytes_fail_restarts),
		cmocka_unit_test(test_parallel_pass),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
