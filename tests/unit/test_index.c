/* index: reads at any offset, in any order, through one cursor, equal the
 * view read front to back (the kernel sends one handle's reads out of
 * order under load: a read just before the last one's end once came back
 * with a gap of stale bytes). */
#include <dirent.h>
#include <elf.h>
#include <link.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <sodium.h>

#include "engine.h"
#include "index.h"
#include "policy.h"
#include "testlib.h"

static const char policy[] =
    "[project]\nname = t\npatient = ipp\n"
    "[file all]\nmatch = *\n"
    "[column ipp]\nheaders = IPP\nop = token\n"
    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
    "[column note]\nheaders = Note\nop = keep\n";

/* An unlinked file of n records "id;Martin;note i" (bad_at: an
 * unterminated quote at that record, -1 none); fstat'ed into st. */
static int
notes_file(int n, int bad_at, struct stat *st)
{
	int fd = test_temp_fd("IPP;Nom;Note\n", 13);
	/* "w", not "a": fdopen would set O_APPEND on the file description
	 * fd shares, and pwrite would then append. */
	FILE *f = fdopen(dup(fd), "w");

	assert_non_null(f);
	for (int i = 0; i < n; i++)
		fprintf(f, i == bad_at ? "%d;x;\"open\n" : "%d;Martin;note %d\n",
		    100000 + i, i);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(fstat(fd, st), 0);
	return fd;
}

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
	assert_true(index_size(idx) > 4 * (off_t)INDEX_STEP);
	whole = malloc((size_t)index_size(idx));
	got = malloc(200000);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	for (off = 0; off < index_size(idx); off += 4096)
		assert_true(index_read(idx, c, whole + off, 4096, off, &err) > 0);
	index_cursor_free(c);

	/* One cursor, reads at random offsets and lengths, and reads just
	 * before the previous one (as out-of-order readahead does). */
	assert_int_equal(index_cursor_new(fd, &c2), 0);
	for (int i = 0; i < 3000; i++) {
		size_t len;
		ssize_t n;

		rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
		if (i % 2 == 0 || off <= 0 || off >= index_size(idx))
			off = (off_t)((rng >> 33) % (uint64_t)index_size(idx));
		else
			off -= (off_t)((rng >> 40) % 9000);
		if (off < 0)
			off = 0;
		len = (size_t)((rng >> 20) % 131072) + 1;
		memset(got, 0xAA, len);
		n = index_read(idx, c2, got, len, off, &err);
		assert_int_equal(n, off + (off_t)len <= index_size(idx) ? (ssize_t)len :
		    (ssize_t)(index_size(idx) - off));
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
	const struct index_checkpoint *cps;
	struct index *idx;
	struct stat st;
	char got[4096];
	char *before, *after, *long_read;
	size_t n, ncps;
	int fd;

	(void)state;
	e = test_engine(policy_pad);
	fd = notes_file(40000, -1, &st);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &idx,
	    &err), 0);
	cps = index_checkpoints(idx, &ncps);
	assert_true(ncps > 2);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, got, sizeof(got),
	    cps[2].view, &err), (ssize_t)sizeof(got));
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
	assert_int_equal(index_read(idx, c, got, sizeof(got), cps[2].view,
	    &err), -EIO);
	assert_non_null(err.what);
	assert_true(index_spoiled(idx));
	index_cursor_free(c);

	/* A read that continues past checkpoints checks their marks too: the
	 * cursor was placed before the change; the read after it goes past
	 * the reader's buffer (256 KiB), so it reads bytes of the new version
	 * from an offset that was a record boundary of the old one. */
	assert_int_equal(pwrite(fd, before, n, 0), (ssize_t)n);
	index_free(idx);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &idx,
	    &err), 0);
	cps = index_checkpoints(idx, &ncps);
	assert_false(index_spoiled(idx));
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, got, 16, cps[1].view - 16,
	    &err), 16);
	assert_int_equal(pwrite(fd, after, n, 0), (ssize_t)n);
	long_read = malloc(400000);
	assert_true(cps[1].view + 400000 < index_size(idx));
	assert_int_equal(index_read(idx, c, long_read, 400000, cps[1].view,
	    &err), -EIO);
	free(long_read);
	assert_true(index_spoiled(idx));
	index_cursor_free(c);
	free(before);
	free(after);
	index_free(idx);
	close(fd);
	engine_free(e);
}

/* The end of the view is a checkpoint: bytes changed after the last one
 * without a new size or times (a shared-mmap writer) that make the view
 * longer fail the read that reaches the end, never give the new bytes cut
 * at the old size; the unchanged file reads whole. */
static void
test_changed_tail_fails_at_end(void **state)
{
	static const char drop_nom[] =
	    "[project]\nname = t\ncolumns = drop\n"
	    "[file all]\nmatch = *\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column note]\nheaders = Note\nop = keep\n";
	struct engine *e;
	struct index_cursor *c;
	struct pfs_error err;
	struct index *idx;
	struct stat st;
	size_t ncps, size;
	char *got, *rest, tail[32];
	ssize_t n;
	off_t at;
	int fd;

	(void)state;
	e = test_engine(drop_nom);
	fd = notes_file(2000, -1, &st);
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &idx,
	    &err), 0);
	(void)index_checkpoints(idx, &ncps);
	assert_int_equal(ncps, 1);	/* the change is past the only one */
	size = (size_t)index_size(idx);
	got = malloc(size);
	rest = malloc(size);
	assert_non_null(got);
	assert_non_null(rest);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, got, size, 0, &err), (ssize_t)size);
	assert_int_equal(got[size - 1], '\n');
	/* A second handle reads the first half before the change. */
	index_cursor_free(c);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, rest, size / 2, 0, &err),
	    (ssize_t)(size / 2));

	/* The last record: the dropped Nom a byte shorter, the kept Note a
	 * byte longer; same source size. */
	at = st.st_size - (off_t)strlen("Martin;note 1999\n");
	snprintf(tail, sizeof(tail), "Marti;nnote 1999\n");
	assert_int_equal(pwrite(fd, tail, strlen(tail), at),
	    (ssize_t)strlen(tail));
	/* The handle that read before the change: the old version's bytes
	 * (its reader holds them) or EIO, never the new ones cut. */
	n = index_read(idx, c, rest, size - size / 2, (off_t)(size / 2), &err);
	assert_true(n == -EIO || (n == (ssize_t)(size - size / 2) &&
	    memcmp(rest, got + size / 2, size - size / 2) == 0));
	index_cursor_free(c);
	/* A read from the start, through the source's new bytes. */
	assert_int_equal(index_cursor_new(fd, &c), 0);
	assert_int_equal(index_read(idx, c, rest, size, 0, &err), -EIO);
	assert_non_null(err.what);
	assert_true(index_spoiled(idx));
	index_cursor_free(c);
	free(got);
	free(rest);
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
	size_t n4cps;
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
	assert_int_equal(index_size(four), index_size(one));
	index_checkpoints(four, &n4cps);
	assert_true(n4cps > 4);
	assert_int_equal(index_cursor_new(fd, &c1), 0);
	assert_int_equal(index_cursor_new(fd, &c4), 0);
	for (int i = 0; i < 400; i++) {
		off_t off;
		size_t len;
		ssize_t n1, n4;

		rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
		off = (off_t)((rng >> 33) % (uint64_t)index_size(one));
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

/* ---- the cache of indexes ---- */

static int passes, calls;	/* passes finished, reports */

static void
count_pass(void *arg, const char *name, off_t done, off_t total,
    double seconds, int finished)
{
	(void)arg;
	(void)name;
	(void)done;
	(void)total;
	(void)seconds;
	passes += finished;
	calls++;
}

/* Checkpoints: in order, about INDEX_STEP apart, each a restart point
 * whose bytes are the view's at that offset. */
static void
test_checkpoints(void **state)
{
	const struct index_checkpoint *cps;
	size_t ncps;
	struct engine *e = test_engine(policy_pad);
	struct index_cursor *c;
	struct pfs_error err;
	struct index *idx;
	struct stat st;
	char a[64], b[64];
	int fd = notes_file(60000, -1, &st);

	(void)state;
	assert_int_equal(index_build(e, &e->policy->files[0], fd, &st, 0, &idx,
	    &err), 0);
	cps = index_checkpoints(idx, &ncps);
	assert_true(ncps >= (size_t)(index_size(idx) / INDEX_STEP));
	assert_true(ncps <= (size_t)(index_size(idx) / INDEX_STEP) + 2);
	assert_int_equal(index_cursor_new(fd, &c), 0);
	for (size_t i = 0; i < ncps; i++) {
		const struct index_checkpoint *cp = &cps[i];

		if (i > 0) {
			assert_true(cp->src > cp[-1].src);
			assert_true(cp->view > cp[-1].view);
			assert_true(cp->line > cp[-1].line);
			/* At most one record past the step. */
			assert_true(cp->view - cp[-1].view < (off_t)INDEX_STEP + 64);
		}
		assert_true(cp->view < index_size(idx));
		/* A record starts there: the byte before is a line end. */
		if (cp->view > 0) {
			assert_int_equal(index_read(idx, c, a, 1, cp->view - 1,
			    &err), 1);
			assert_int_equal(a[0], '\n');
		}
		/* Read from the checkpoint, then the same bytes reached by a
		 * read that starts before it. */
		assert_int_equal(index_read(idx, c, a, sizeof(a), cp->view, &err),
		    (ssize_t)sizeof(a));
		if (cp->view >= 10) {
			assert_int_equal(index_read(idx, c, b, sizeof(b) - 10,
			    cp->view - 10, &err), (ssize_t)sizeof(b) - 10);
			assert_memory_equal(a, b + 10, sizeof(b) - 20);
		}
	}
	index_cursor_free(c);
	index_free(idx);
	close(fd);
	engine_free(e);
}

/* One index per version of a file: handed out again while the file is
 * unchanged, first_open said once, a new one when the file changes. */
static void
test_cache_versions(void **state)
{
	struct engine *e = test_engine(policy_pad);
	const struct index *i1, *i2, *i3;
	struct index_cache *cache;
	struct pfs_error err;
	struct stat st;
	int fd = notes_file(2000, -1, &st), first;
	off_t size;

	(void)state;
	assert_int_equal(index_cache_new(&cache), 0);
	assert_int_equal(index_cache_get(cache, e, &e->policy->files[0], "t",
	    fd, &st, 1, &i1, &first, &err), 0);
	assert_true(first);
	assert_int_equal(index_cache_get(cache, e, &e->policy->files[0], "t",
	    fd, &st, 1, &i2, &first, &err), 0);
	assert_ptr_equal(i1, i2);
	assert_false(first);
	size = index_size(i1);
	index_cache_put(cache, i2);
	index_cache_put(cache, i1);
	/* Another version: one more record. */
	assert_int_equal(pwrite(fd, "1;Durand;x\n", 11, st.st_size), 11);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(index_cache_get(cache, e, &e->policy->files[0], "t",
	    fd, &st, 1, &i3, &first, &err), 0);
	assert_true(first);
	assert_true(index_size(i3) > size);
	index_cache_put(cache, i3);
	index_cache_free(cache);
	close(fd);
	engine_free(e);
}

/* A file that cannot be shown is remembered as such, with its error, and
 * the error is said to be new once. */
static void
test_cache_remembers_errors(void **state)
{
	struct engine *e = test_engine(policy_pad);
	struct index_cache *cache;
	const struct index *idx;
	struct pfs_error err;
	struct stat st;
	int fd = notes_file(500, 300, &st), first;

	(void)state;
	assert_int_equal(index_cache_new(&cache), 0);
	index_cache_set_progress(cache, count_pass, NULL, 0);
	for (int round = 0, seen = 0; round < 3; round++) {
		calls = 0;
		assert_int_equal(index_cache_get(cache, e, &e->policy->files[0],
		    "t", fd, &st, 1, &idx, &first, &err), -EINVAL);
		assert_null(idx);
		assert_int_equal(first, round == 0);
		assert_int_equal(err.line, 302);
		assert_non_null(err.what);
		/* Read once: the pass reports, the remembered error does not. */
		if (round == 0)
			seen = calls;
		assert_int_equal(calls, round == 0 ? seen : 0);
		assert_true(seen > 0);
	}
	index_cache_free(cache);
	close(fd);
	engine_free(e);
}

/* Indexes kept on disk: a second cache over the same directory reads
 * none of the source; an index file that does not verify is not used. */
/* The program's identity in the disk key: this build's GNU build ID
 * (the Makefile's gcc writes one), the same at every ask, not zeros. */
static void
test_program_id(void **state)
{
	const uint8_t *a, *b;
	size_t na = index_program_id(&a), nb = index_program_id(&b), zero = 0;

	(void)state;
	assert_true(na >= 16 && na <= 64);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na);
	for (size_t i = 0; i < na; i++)
		zero += a[i] == 0;
	assert_true(zero < na);
}

/* Entries of a directory, "." and ".." included. */
static int
entries(const char *path)
{
	DIR *d = opendir(path);
	int n = 0;

	assert_non_null(d);
	while (readdir(d) != NULL)
		n++;
	closedir(d);
	return n;
}

/* An index that cannot be saved (a full disk; here a file size limit,
 * its signal ignored as the programs do) leaves no descriptor open and
 * no temporary file: each failed save leaked one, until EMFILE. */
static void
test_disk_cache_full(void **state)
{
	struct engine *e = test_engine(policy_pad);
	char dir[] = "/tmp/pfs-index.XXXXXX";
	struct index_cache *cache;
	const struct index *idx;
	struct pfs_error err;
	struct rlimit old, tiny = { 16, 16 };
	struct stat st;
	int fd = notes_file(20000, -1, &st), first, dfd, before;
	void (*was)(int) = signal(SIGXFSZ, SIG_IGN);

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	tiny.rlim_max = old.rlim_max;
	before = entries("/proc/self/fd");
	for (int round = 0; round < 5; round++) {
		assert_int_equal(index_cache_new(&cache), 0);
		assert_true((dfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0);
		index_cache_set_dir(cache, dfd);	/* the cache's now */
		assert_int_equal(setrlimit(RLIMIT_FSIZE, &tiny), 0);
		assert_int_equal(index_cache_get(cache, e, &e->policy->files[0],
		    "t", fd, &st, 1, &idx, &first, &err), 0);
		assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
		index_cache_put(cache, idx);
		index_cache_free(cache);
	}
	assert_int_equal(entries("/proc/self/fd"), before);
	assert_int_equal(entries(dir), 2);
	signal(SIGXFSZ, was);
	test_rm_tree(dir);
	close(fd);
	engine_free(e);
}

/* The build IDs of the loaded objects, hashed as the program ID is made
 * of them (all, or the main program's alone), and which libraries gave
 * one. */
struct ids {
	crypto_generichash_state	all, main;
	int				n, icu, unistring;
};

static int
hash_ids(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct ids *s = arg;
	int first = s->n++ == 0;

	(void)size;
	if (!first && strstr(info->dlpi_name, "/libicu") == NULL &&
	    strstr(info->dlpi_name, "/libunistring.") == NULL &&
	    strstr(info->dlpi_name, "/libc.") == NULL)
		return 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const uint8_t *p = (const uint8_t *)(info->dlpi_addr +
		    ph->p_vaddr), *end = p + ph->p_memsz;

		while (ph->p_type == PT_NOTE &&
		    (size_t)(end - p) >= sizeof(ElfW(Nhdr))) {
			const ElfW(Nhdr) *n = (const void *)p;
			size_t nm = (n->n_namesz + 3) & ~3u, d = (n->n_descsz + 3) & ~3u;
			uint8_t len = (uint8_t)n->n_descsz;

			if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4) {
				crypto_generichash_update(&s->all, &len, 1);
				crypto_generichash_update(&s->all, p + sizeof(*n) + nm, len);
				if (first) {
					crypto_generichash_update(&s->main, &len, 1);
					crypto_generichash_update(&s->main,
					    p + sizeof(*n) + nm, len);
				}
				s->icu += strstr(info->dlpi_name, "libicu") != NULL;
				s->unistring += strstr(info->dlpi_name,
				    "libunistring") != NULL;
				return 0;
			}
			p += sizeof(*n) + nm + d;
		}
	}
	return 0;
}

/* The libraries' build IDs are in the program ID: an upgraded ICU (its
 * confusables data), libunistring or glibc makes other view bytes from
 * the same program, whose old indexes gave wrong sizes. */
static void
test_program_id_libraries(void **state)
{
	struct ids s = { .n = 0 };
	uint8_t all[crypto_generichash_BYTES], main_only[sizeof(all)];
	const uint8_t *id;
	size_t n = index_program_id(&id);

	(void)state;
	crypto_generichash_init(&s.all, NULL, 0, sizeof(all));
	crypto_generichash_init(&s.main, NULL, 0, sizeof(all));
	dl_iterate_phdr(hash_ids, &s);
	crypto_generichash_final(&s.all, all, sizeof(all));
	crypto_generichash_final(&s.main, main_only, sizeof(all));
	assert_true(s.icu > 0 && s.unistring > 0);
	assert_int_equal(n, sizeof(all));
	assert_memory_equal(id, all, n);
	assert_memory_not_equal(id, main_only, n);
}

static void
test_disk_cache(void **state)
{
	struct engine *e = test_engine(policy_pad);
	char dir[] = "/tmp/pfs-index.XXXXXX", path[320];
	struct index_cache *cache;
	const struct index *idx;
	struct pfs_error err;
	struct stat st;
	struct dirent *de;
	DIR *d;
	off_t size;
	int fd = notes_file(20000, -1, &st), first, dfd, saved = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (int round = 0; round < 3; round++) {
		assert_int_equal(index_cache_new(&cache), 0);
		index_cache_set_progress(cache, count_pass, NULL, 0);
		assert_true((dfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0);
		index_cache_set_dir(cache, dfd);
		passes = 0;
		assert_int_equal(index_cache_get(cache, e, &e->policy->files[0],
		    "t", fd, &st, 1, &idx, &first, &err), 0);
		if (round == 0)
			size = index_size(idx);
		assert_int_equal(index_size(idx), size);
		/* Read on the first round; from the disk on the second; read
		 * again on the third, after its file was forged. */
		assert_int_equal(passes, round == 1 ? 0 : 1);
		index_cache_put(cache, idx);
		index_cache_free(cache);
		if (round == 0) {
			/* Flip a byte of a checkpoint's view offset. */
			assert_non_null(d = opendir(dir));
			while ((de = readdir(d)) != NULL) {
				if (de->d_name[0] == '.')
					continue;
				snprintf(path, sizeof(path), "%s/%s", dir,
				    de->d_name);
				saved++;
			}
			closedir(d);
			assert_int_equal(saved, 1);
		}
		if (round == 1) {
			int f = open(path, O_RDWR);
			char c;

			assert_true(f >= 0);
			assert_int_equal(pread(f, &c, 1, 200), 1);
			c ^= 1;
			assert_int_equal(pwrite(f, &c, 1, 200), 1);
			close(f);
		}
	}
	test_rm_tree(dir);
	close(fd);
	engine_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reads_in_any_order),
		cmocka_unit_test(test_changed_bytes_fail_restarts),
		cmocka_unit_test(test_changed_tail_fails_at_end),
		cmocka_unit_test(test_parallel_pass),
		cmocka_unit_test(test_checkpoints),
		cmocka_unit_test(test_cache_versions),
		cmocka_unit_test(test_cache_remembers_errors),
		cmocka_unit_test(test_disk_cache),
		cmocka_unit_test(test_program_id),
		cmocka_unit_test(test_program_id_libraries),
		cmocka_unit_test(test_disk_cache_full),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
