/* gzsrc: reads at random decompressed offsets, through restarts from access
 * points, equal the decompressed bytes; several members, thinning, and
 * corrupt or truncated data are errors that say which. */
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

#include <zlib.h>

#include "gzsrc.h"

static uint64_t rng = 20261203;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Text that compresses like an export: repeated words and digits. */
static char *
make_text(size_t n)
{
	static const char *words[] = { "DUPONT", "Martin", "75012", "1984-03-12",
	    "Hopital", ";", "\n", "Bernard", "0612345678", "Lyon" };
	char *p = malloc(n);
	size_t i = 0;

	while (i < n) {
		const char *w = words[next() % 10];
		for (; *w && i < n; w++)
			p[i++] = *w;
		if (i < n && next() % 3 == 0)
			p[i++] = (char)('0' + next() % 10);
	}
	return p;
}

/* gzip members of the given sizes, concatenated. */
static unsigned char *
gzip_members(const char *text, const size_t *sizes, size_t nsizes, size_t *outlen)
{
	size_t cap = 0, len = 0, off = 0;
	unsigned char *out = NULL;

	for (size_t i = 0; i < nsizes; i++)
		cap += compressBound(sizes[i]) + 64;
	out = malloc(cap);
	for (size_t i = 0; i < nsizes; i++) {
		z_stream s = { 0 };
		assert_int_equal(deflateInit2(&s, 6, Z_DEFLATED, 31, 8,
		    Z_DEFAULT_STRATEGY), Z_OK);
		s.next_in = (unsigned char *)text + off;
		s.avail_in = (uInt)sizes[i];
		s.next_out = out + len;
		s.avail_out = (uInt)(cap - len);
		assert_int_equal(deflate(&s, Z_FINISH), Z_STREAM_END);
		len += s.total_out;
		off += sizes[i];
		deflateEnd(&s);
	}
	*outlen = len;
	return out;
}

static int
temp_file(const void *p, size_t n)
{
	char path[] = "/tmp/test_gzsrc.XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	unlink(path);
	assert_int_equal(write(fd, p, n), (ssize_t)n);
	return fd;
}

/* Read all of it front to back in odd-sized pieces. */
static void
read_through(struct gzsrc *g, const char *want, size_t n)
{
	char *got = malloc(n + 100);
	struct pfs_error err;
	size_t off = 0;

	while (off < n) {
		size_t ask = 1 + next() % 300000;
		ssize_t r = gzsrc_pread(g, got + off, ask, (off_t)off, &err);
		assert_true(r > 0);
		off += (size_t)r;
	}
	assert_int_equal(gzsrc_pread(g, got, 10, (off_t)n, &err), 0);
	assert_memory_equal(got, want, n);
	free(got);
}

static void
random_reads(struct gzsrc *g, const char *want, size_t n, int count)
{
	char buf[70000];
	struct pfs_error err;

	for (int i = 0; i < count; i++) {
		off_t off = (off_t)(next() % (n + 10));
		size_t len = 1 + next() % sizeof(buf);
		size_t expect = off >= (off_t)n ? 0 :
		    (n - (size_t)off < len ? n - (size_t)off : len);
		ssize_t r = gzsrc_pread(g, buf, len, off, &err);

		assert_int_equal(r, (ssize_t)expect);
		assert_memory_equal(buf, want + (off < (off_t)n ? off : 0), expect);
	}
}

static void
test_random_access(void **state)
{
	size_t n = 9u << 20, sizes[3] = { 5u << 20, 1, (4u << 20) - 1 }, zlen;
	char *text = make_text(n);
	unsigned char *z = gzip_members(text, sizes, 3, &zlen);
	struct gzsrc *builder, *reader, *cold;
	struct gzsrc_index *idx;
	int fd = temp_file(z, zlen);

	(void)state;
	assert_int_equal(gzsrc_detect(fd), 1);
	assert_int_equal(gzsrc_open(fd, &builder), 0);
	read_through(builder, text, n);
	assert_non_null(idx = gzsrc_take_index(builder));
	/* About one point per MiB, each with at most a 32 KiB window. */
	assert_true(gzsrc_index_points(idx) >= 8 && gzsrc_index_points(idx) <= 12);
	assert_true(gzsrc_index_bytes(idx) < 12 * (GZSRC_WINDOW + 64) + 64);
	assert_int_equal(gzsrc_open(fd, &reader), 0);
	gzsrc_use_index(reader, idx);
	random_reads(reader, text, n, 300);
	random_reads(builder, text, n, 50);
	/* Without an index, a reader still gets the right bytes. */
	assert_int_equal(gzsrc_open(fd, &cold), 0);
	random_reads(cold, text, n, 20);
	gzsrc_close(cold);
	gzsrc_close(reader);
	gzsrc_close(builder);
	gzsrc_index_free(idx);
	close(fd);
	free(z);
	free(text);
}

/* Past GZSRC_MAX_POINTS the index thins itself: bounded memory. */
static void
test_thinning(void **state)
{
	size_t n = 8u << 20, zlen;
	char *text = malloc(n);
	unsigned char *z;
	struct gzsrc *g;
	struct gzsrc_index *idx;
	int fd;

	(void)state;
	/* Random bytes do not compress: many deflate blocks, quickly. */
	for (size_t i = 0; i < n; i++)
		text[i] = (char)('a' + next() % 26);
	z = gzip_members(text, &n, 1, &zlen);
	fd = temp_file(z, zlen);
	assert_int_equal(gzsrc_open(fd, &g), 0);
	/* A point every 16 KiB, at most 16: the 8 MiB file must thin. */
	gzsrc_tune(g, 16 << 10, 16);
	read_through(g, text, n);
	idx = gzsrc_take_index(g);
	assert_non_null(idx);
	assert_true(gzsrc_index_points(idx) <= 16 && gzsrc_index_points(idx) >= 8);
	assert_true(gzsrc_index_bytes(idx) <= 16 * (GZSRC_WINDOW + 64) + 64);
	random_reads(g, text, n, 50);
	gzsrc_close(g);
	gzsrc_index_free(idx);
	close(fd);
	free(z);
	free(text);
}

static void
expect_error(const unsigned char *z, size_t zlen, size_t n, const char *msg)
{
	char *buf = malloc(n + 1);
	struct gzsrc *g;
	struct pfs_error err = { 0 };
	size_t off = 0;
	ssize_t r = 1;
	int fd = temp_file(z, zlen);

	assert_int_equal(gzsrc_open(fd, &g), 0);
	while (off <= n && (r = gzsrc_pread(g, buf, 65536 < n + 1 - off ?
	    65536 : n + 1 - off, (off_t)off, &err)) > 0)
		off += (size_t)r;
	assert_int_equal(r, -EIO);
	assert_int_equal(err.code, EIO);
	assert_non_null(err.what);
	assert_string_equal(err.what, msg);
	assert_null(gzsrc_take_index(g));
	gzsrc_close(g);
	close(fd);
	free(buf);
}

static void
test_corrupt_and_truncated(void **state)
{
	size_t n = 3u << 20, zlen;
	char *text = make_text(n);
	unsigned char *z = gzip_members(text, &n, 1, &zlen);

	(void)state;
	expect_error(z, zlen / 2, n, "the gzip data is truncated");
	expect_error(z, zlen - 4, n, "the gzip data is truncated");
	z[zlen / 2] ^= 0x55;
	z[zlen / 2 + 1] ^= 0xaa;
	expect_error(z, zlen, n, "the gzip data is corrupt");
	z[zlen / 2] ^= 0x55;
	z[zlen / 2 + 1] ^= 0xaa;
	z[zlen - 6] ^= 1;	/* the CRC */
	expect_error(z, zlen, n, "the gzip data is corrupt");
	free(z);
	free(text);
}

static void
test_detect(void **state)
{
	int fd = temp_file("IPP;Nom\n", 8);

	(void)state;
	assert_int_equal(gzsrc_detect(fd), 0);
	close(fd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_access),
		cmocka_unit_test(test_thinning),
		cmocka_unit_test(test_corrupt_and_truncated),
		cmocka_unit_test(test_detect),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
