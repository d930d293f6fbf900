/* Fuzz target: dialect sniffing, record splitting and every operator, on
 * arbitrary bytes, through view_open/view_run as the exporter and the mount
 * call them.  Besides "no crash, no sanitizer report", it checks three
 * properties that hold for every input the engine accepts:
 *   - an all-keep file rule reproduces the input byte for byte (but a
 *     column whose header mixes scripts in a word: dropped, by design);
 *   - a run restarted at a record boundary gives the tail of the full run
 *     (what the mount does from its checkpoints);
 *   - a refusal is -EINVAL with a static message, never another error.
 *
 * Input layout: byte 0 selects the mode, the rest is the file.
 *   bit 0: the file comes through a pipe (not seekable) instead of a memfd
 *   bit 1: the all-keep rule instead of the mixed-operator rule */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine.h"
#include "pfs_error.h"
#include "policy.h"
#include "view.h"

#define FUZZ_NAME	"fuzz_view"
#include "fuzzlib.h"

#define FUZZ_MAX_INPUT	(1u << 20)
#define FUZZ_PIPE_MAX	60000		/* under the default pipe buffer */

/* Every operator, several of their modes, each on a one-letter header the
 * fuzzer finds quickly and on a realistic spelling from the seeds. */
static const char fuzz_policy[] =
    "[project]\nname = fuzz\npatient = ipp\ndate_shift_days = 90\n"
    "columns = drop\n"
    "[file mixed]\nmatch = m*\nragged = pad\n"
    "[file strict]\nmatch = s*\ncolumns = keep\n"
    "[file keep]\nmatch = k*\ncolumns = keep\n"
    "[column ipp]\nheaders = ipp, a\nop = token\nprefix = P-\n"
    "normalize = digits\nfiles = mixed, strict\n"
    "[column nom]\nheaders = nom, b\nop = fake\nkind = last_name\n"
    "files = mixed, strict\n"
    "[column prenom]\nheaders = prenom, prénom, c\nop = fake\n"
    "kind = first_name\nfiles = mixed, strict\n"
    "[column full]\nheaders = patient, d\nop = fake\nkind = full_name\n"
    "files = mixed, strict\n"
    "[column adresse]\nheaders = adresse, e\nop = fake\nkind = address\n"
    "files = mixed, strict\n"
    "[column ville]\nheaders = ville, f\nop = fake\nkind = city\n"
    "files = mixed, strict\n"
    "[column tel]\nheaders = tel, téléphone, g\nop = fake\nkind = phone\n"
    "files = mixed, strict\n"
    "[column mail]\nheaders = email, h\nop = fake\nkind = email\n"
    "files = mixed, strict\n"
    "[column nir]\nheaders = nir, i\nop = nir\noutput = nir\nkeep_year = yes\n"
    "files = mixed, strict\n"
    "[column nss]\nheaders = nss, j\nop = nir\nprefix = N\n"
    "files = mixed, strict\n"
    "[column ddn]\nheaders = ddn, k\nop = birthdate\nmode = band\n"
    "reference = 2026-01-01\nfiles = mixed, strict\n"
    /* x, not l: "l" and "i" are one header (UTS #39 skeleton). */
    "[column annee]\nheaders = naissance, x\nop = birthdate\nmode = year\n"
    "files = mixed, strict\n"
    "[column entree]\nheaders = date, m\nop = date\nmode = shift\n"
    "files = mixed, strict\n"
    "[column mois]\nheaders = mois, n\nop = date\nmode = month\n"
    "files = mixed, strict\n"
    "[column an]\nheaders = an, o\nop = date\nmode = year\n"
    "files = mixed, strict\n"
    "[column cp]\nheaders = cp, p\nop = postcode\nfiles = mixed, strict\n"
    "[column dp]\nheaders = dp, q\nop = icd10\nlevel = block\n"
    "suppress = hiv, mental\nplaceholder = [S]\nfiles = mixed, strict\n"
    "[column lib]\nheaders = libelle, r\nop = icd10_label\ncode = dp\n"
    "files = mixed, strict\n"
    "[column das]\nheaders = das, s\nop = icd10\nlevel = code\n"
    "suppress = none\nfiles = mixed, strict\n"
    "[column masque]\nheaders = masque, t\nop = mask\nfirst = 1\nlast = 2\n"
    "files = mixed, strict\n"
    "[column secret]\nheaders = secret, u\nop = redact\ntext = [X]\n"
    "files = mixed, strict\n"
    "[column garde]\nheaders = garde, v\nop = keep\nfiles = mixed, strict\n"
    "[column jette]\nheaders = jette, w\nop = drop\nfiles = mixed, strict\n";

/* The view bytes, and a few restart points from the run. */
struct fuzz_sink {
	struct buf	out;
	off_t		mid_src;
	size_t		mid_dst;
	long		mid_line;
	size_t		records;
};

static int
fuzz_collect(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	struct fuzz_sink *s = arg;
	int r;

	if ((r = buf_append(&s->out, bytes, len)) != 0)
		return r;
	/* Remember every other boundary: ends up about halfway. */
	if (s->records++ % 2 == 0) {
		s->mid_src = src_end;
		s->mid_dst = s->out.len;
		s->mid_line = next_line;
	}
	return 0;
}

static int
fuzz_source(const uint8_t *data, size_t size, int use_pipe)
{
	int fd, p[2];

	if (use_pipe) {
		if (pipe(p) != 0)
			fuzz_die("pipe");
		if (size > 0 && write(p[1], data, size) != (ssize_t)size)
			fuzz_die("pipe write");
		close(p[1]);
		return p[0];
	}
	if ((fd = memfd_create("fuzz_view", 0)) < 0)
		fuzz_die("memfd_create");
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		fuzz_die("memfd write");
	return fd;
}

/* Restart from the remembered boundary: the tail must be the same bytes. */
static void
fuzz_check_restart(const struct view *v, int fd, const struct fuzz_sink *full)
{
	struct fuzz_sink tail;
	struct view_reader *rd;
	struct pfs_error err;
	int r;

	memset(&tail, 0, sizeof(tail));
	if (view_reader_new(fd, &rd) != 0)
		fuzz_die("view_reader_new");
	if (view_reader_seek(rd, full->mid_src) != 0)
		fuzz_die("view_reader_seek");
	r = view_run(v, rd, full->mid_line, fuzz_collect, &tail, &err);
	if (r != 0)
		fuzz_die("a restart failed where the full run succeeded");
	if (tail.out.len != full->out.len - full->mid_dst ||
	    (tail.out.len > 0 && memcmp(tail.out.data, full->out.data + full->mid_dst,
	    tail.out.len) != 0))
		fuzz_die("a restart gave other bytes than the full run");
	view_reader_free(rd);
	buf_free(&tail.out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct policy_file *rule;
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct pfs_error err = { 0 };
	struct fuzz_sink sink;
	int use_pipe, keep_all, fd, r, mixed = 0;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	fuzz_init(fuzz_policy, 37, 11);
	use_pipe = (data[0] & 1) && size - 1 <= FUZZ_PIPE_MAX;
	keep_all = (data[0] & 2) != 0;
	rule = &fuzz_engine->policy->files[keep_all ? 2 : (data[0] & 4) ? 1 : 0];
	data++;
	size--;

	memset(&sink, 0, sizeof(sink));
	fd = fuzz_source(data, size, use_pipe);
	if (view_reader_new(fd, &rd) != 0)
		fuzz_die("view_reader_new");
	r = view_open(fuzz_engine, rule, rd, &v, &err);
	if (r == 0) {
		const char *head;
		size_t head_len;

		head = view_head(v, &head_len);
		if (buf_append(&sink.out, head, head_len) != 0)
			fuzz_die("out of memory");
		sink.mid_dst = sink.out.len;
		sink.mid_src = view_data_off(v);
		sink.mid_line = view_data_line(v);
		r = view_run(v, rd, view_data_line(v), fuzz_collect, &sink,
		    &err);
		/* a header mixing scripts in a word drops its column even
		 * under columns = keep (a look-alike: "Pr\xd0\xb5nom") */
		for (size_t i = 0; i < view_ncols(v); i++)
			mixed |= view_col(v, i)->mixed;
	}
	if (r != 0 && r != -EINVAL)
		fuzz_die("an error other than -EINVAL for a readable input");
	if (r == -EINVAL && (err.what == NULL || err.line < 0))
		fuzz_die("a refusal without a message");
	if (r == 0 && keep_all && !mixed && (sink.out.len != size ||
	    (size > 0 && memcmp(sink.out.data, data, size) != 0)))
		fuzz_die("an all-keep view differs from its source");
	if (r == 0 && !use_pipe)
		fuzz_check_restart(v, fd, &sink);

	view_free(v);
	view_reader_free(rd);
	buf_free(&sink.out);
	close(fd);
	return 0;
}
