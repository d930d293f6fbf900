/* firstpass: kept bytes read back at any offset across the writers'
 * flushes; a range with a byte not kept is refused, never padded; the disk
 * budget stops a writer and is given back with the file; while the pass
 * runs, a reader waits for bytes until their writer is placed, and the
 * file's close wakes it with nothing. */
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "firstpass.h"

/* The byte at view offset i of the test's view. */
static char
byte_at(off_t i)
{
	return (char)('a' + (i * 7 + i / 251) % 26);
}

static void
write_range(struct firstpass_writer *w, off_t from, off_t to)
{
	char chunk[1000];

	/* In pieces of odd sizes, as records come. */
	while (from < to) {
		size_t n = (size_t)(to - from) < 997 ? (size_t)(to - from) : 997;
		for (size_t i = 0; i < n; i++)
			chunk[i] = byte_at(from + (off_t)i);
		firstpass_write(w, chunk, n);
		from += (off_t)n;
	}
}

static int
dir_fd(void)
{
	int fd = open("/var/tmp", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	assert_true(fd >= 0);
	return fd;
}

static void
test_reads_across_writers(void **state)
{
	const off_t base = 100, mid = base + 600000, end = mid + 300000;
	struct firstpass *fp;
	struct firstpass_file *f;
	struct firstpass_writer *w1, *w2;
	char *got = malloc(400000);
	uint64_t rng = 20261203;

	(void)state;
	assert_int_equal(firstpass_new(dir_fd(), 10 << 20, &fp), 0);
	assert_non_null(f = firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	/* Two streams written at once, as the chunks of a parallel pass. */
	assert_non_null(w1 = firstpass_writer_new(f));
	assert_non_null(w2 = firstpass_writer_new(f));
	write_range(w1, base, base + 300000);
	write_range(w2, mid, end);
	write_range(w1, base + 300000, mid);
	firstpass_writer_finish(w2);
	firstpass_writer_end(w1, base);
	firstpass_writer_end(w2, mid);
	assert_int_equal(firstpass_used(fp), end - base);
	for (int k = 0; k < 300; k++) {
		off_t off;
		size_t len;

		rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
		off = base + (off_t)((rng >> 20) % (uint64_t)(end - base));
		len = 1 + (size_t)((rng >> 40) % 400000);
		if (off + (off_t)len > end)
			len = (size_t)(end - off);
		assert_int_equal(firstpass_read(f, got, len, off), (ssize_t)len);
		for (size_t i = 0; i < len; i++)
			if (got[i] != byte_at(off + (off_t)i))
				fail_msg("byte %lld differs", (long long)(off + (off_t)i));
	}
	/* Before the first kept byte, past the last: not kept. */
	assert_int_equal(firstpass_read(f, got, 10, base - 5), 0);
	assert_int_equal(firstpass_read(f, got, 10, end - 5), 0);
	assert_int_equal(firstpass_read(f, got, 10, end + 5), 0);
	firstpass_file_free(f);
	assert_int_equal(firstpass_used(fp), 0);
	firstpass_free(fp);
	free(got);
}

static void
test_budget_stops_a_writer(void **state)
{
	struct firstpass *fp;
	struct firstpass_file *f, *g;
	struct firstpass_writer *w;
	char got[100];

	(void)state;
	/* Room for one flush of the staging buffer: the second finds it full. */
	assert_int_equal(firstpass_new(dir_fd(), FIRSTPASS_STAGE, &fp), 0);
	assert_non_null(f = firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	assert_non_null(w = firstpass_writer_new(f));
	write_range(w, 0, 3 * FIRSTPASS_STAGE);
	firstpass_writer_end(w, 0);
	assert_int_equal(firstpass_used(fp), FIRSTPASS_STAGE);
	assert_int_equal(firstpass_read(f, got, 100, 1000), 100);
	for (int i = 0; i < 100; i++)
		assert_int_equal(got[i], byte_at(1000 + i));
	/* The first flush is kept, what came after it is not. */
	assert_int_equal(firstpass_read(f, got, 100, FIRSTPASS_STAGE - 50), 0);
	assert_int_equal(firstpass_read(f, got, 100, 2 * FIRSTPASS_STAGE), 0);
	/* A full budget makes no new file. */
	assert_null(g = firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	firstpass_file_free(f);
	assert_int_equal(firstpass_used(fp), 0);
	firstpass_free(fp);
}

static void
test_nothing_kept(void **state)
{
	struct firstpass *fp;
	struct firstpass_file *f[FIRSTPASS_MAX_FILES];
	struct firstpass_writer *w;
	char got[10];

	(void)state;
	assert_int_equal(firstpass_new(dir_fd(), 10 << 20, &fp), 0);
	/* A small source keeps nothing; past FIRSTPASS_MAX_FILES, nothing. */
	assert_null(firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE - 1));
	for (int i = 0; i < FIRSTPASS_MAX_FILES; i++)
		assert_non_null(f[i] = firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	assert_null(firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	firstpass_file_free(f[0]);
	assert_non_null(f[0] = firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	for (int i = 0; i < FIRSTPASS_MAX_FILES; i++)
		firstpass_file_free(f[i]);
	firstpass_free(fp);
	/* No file: writers keep nothing, reads find nothing. */
	assert_null(firstpass_file_new(NULL, FIRSTPASS_MIN_SOURCE));
	assert_non_null(w = firstpass_writer_new(NULL));
	write_range(w, 0, 5000);
	firstpass_writer_end(w, 0);
	assert_int_equal(firstpass_read(NULL, got, 10, 0), 0);
}

struct waiter {
	struct firstpass_file	*f;
	off_t			 off;
	size_t			 len;
	ssize_t			 r;
	char			 buf[5000];
};

static void *
wait_read(void *arg)
{
	struct waiter *w = arg;

	w->r = firstpass_read_wait(w->f, w->buf, w->len, w->off);
	return NULL;
}

static void
test_readers_wait_for_placed_bytes(void **state)
{
	const off_t base = 300, mid = base + 3 * FIRSTPASS_STAGE;
	struct firstpass *fp;
	struct firstpass_file *f;
	struct firstpass_writer *w1, *w2;
	struct waiter early = { .len = 5000 }, late = { .len = 5000 },
	    past = { .len = 10 };
	pthread_t t1, t2, t3;

	(void)state;
	assert_int_equal(firstpass_new(dir_fd(), 64 << 20, &fp), 0);
	assert_non_null(f = firstpass_file_new(fp, FIRSTPASS_MIN_SOURCE));
	early.f = late.f = past.f = f;
	early.off = base + 10;
	late.off = mid + 100;
	past.off = mid + 2 * FIRSTPASS_STAGE;
	assert_int_equal(pthread_create(&t1, NULL, wait_read, &early), 0);
	assert_int_equal(pthread_create(&t2, NULL, wait_read, &late), 0);
	assert_int_equal(pthread_create(&t3, NULL, wait_read, &past), 0);
	/* The second chunk is written first, its view offset not yet known:
	 * nothing of it may be read. */
	assert_non_null(w2 = firstpass_writer_new(f));
	write_range(w2, mid, mid + 2 * FIRSTPASS_STAGE);
	firstpass_writer_finish(w2);
	assert_int_equal(firstpass_read(f, late.buf, 10, mid + 100), 0);
	/* The first, placed at once: its flushes can be read as they come. */
	assert_non_null(w1 = firstpass_writer_new(f));
	firstpass_writer_place(w1, base);
	write_range(w1, base, base + FIRSTPASS_STAGE + 7);
	assert_int_equal(pthread_join(t1, NULL), 0);
	assert_int_equal(early.r, 5000);
	for (size_t i = 0; i < early.len; i++)
		assert_int_equal(early.buf[i], byte_at(early.off + (off_t)i));
	write_range(w1, base + FIRSTPASS_STAGE + 7, mid);
	firstpass_writer_end(w1, base);
	/* The first ended: the second is placed, its reader served. */
	firstpass_writer_place(w2, mid);
	assert_int_equal(pthread_join(t2, NULL), 0);
	assert_int_equal(late.r, 5000);
	for (size_t i = 0; i < late.len; i++)
		assert_int_equal(late.buf[i], byte_at(late.off + (off_t)i));
	firstpass_writer_end(w2, mid);
	/* Past the end: the close says no more bytes will come. */
	firstpass_file_close(f);
	assert_int_equal(pthread_join(t3, NULL), 0);
	assert_int_equal(past.r, 0);
	firstpass_file_free(f);
	firstpass_free(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reads_across_writers),
		cmocka_unit_test(test_budget_stops_a_writer),
		cmocka_unit_test(test_nothing_kept),
		cmocka_unit_test(test_readers_wait_for_placed_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
