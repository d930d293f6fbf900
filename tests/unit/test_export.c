/* export: the exporter's engine as a library: a file cut in chunks on
 * several workers and a chunk of records without their header give the
 * bytes of one sequential view pass; a malformed file gives one error
 * record naming the view file, line and column (never a cell value) and
 * leaves no output file behind. */
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "drift.h"
#include "engine.h"
#include "export.h"
#include "progress.h"
#include "scanned.h"
#include "policy.h"
#include "view.h"
#include "testlib.h"

static const char policy_text[] =
    "[project]\nname = t\npatient = ipp\n"
    "[file all]\nmatch = *.csv\n"
    "[column ipp]\nheaders = IPP\nop = token\n"
    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
    "[column note]\nheaders = Note\nop = keep\n";

static int
temp_fd(void)
{
	char path[] = "/tmp/test_export.XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	unlink(path);
	return fd;
}

/* All of fd's bytes. */
static void
slurp(int fd, struct buf *out)
{
	char chunk[65536];
	off_t off = 0;
	ssize_t n;

	while ((n = pread(fd, chunk, sizeof(chunk), off)) > 0) {
		assert_int_equal(buf_append(out, chunk, (size_t)n), 0);
		off += n;
	}
	assert_true(n == 0);
}

/* The reference: one view_run from the first record, straight from the
 * view module (the producer the mount uses too). */
static void
one_pass(const struct engine *e, int fd, struct buf *head, struct buf *body)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct pfs_error err = { 0 };
	const char *h;
	size_t hlen;

	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_open(e, &e->policy->files[0], rd, &v, &err), 0);
	h = view_head(v, &hlen);
	assert_int_equal(buf_append(head, h, hlen), 0);
	assert_int_equal(view_run(v, rd, view_data_line(v), test_collect, body,
	    &err), 0);
	view_free(v);
	view_reader_free(rd);
}

/* The error records a run reported, formatted, and the last one's place. */
struct reports {
	int		 n;
	char		 text[1024];
	long		 line;
	size_t		 column;
	int		 code;
};

static void
collect(void *arg, const struct pfs_error *pe)
{
	struct reports *r = arg;

	r->n++;
	pfs_error_format(pe, r->text, sizeof(r->text));
	r->line = pe->line;
	r->column = pe->column;
	r->code = pe->code;
}

/* A file big enough to be cut in chunks (EXPORT_SPLIT_MIN), with quoted
 * fields holding newlines and delimiters so a wrong cut would show. */
static void
make_big(struct buf *src)
{
	char row[256];

	assert_int_equal(buf_append(src, "IPP;Nom;Note\r\n", 14), 0);
	for (unsigned i = 0; src->len < EXPORT_SPLIT_MIN + EXPORT_CHUNK; i++) {
		int n = snprintf(row, sizeof(row), i % 7 == 0 ?
		    "%08u;Martin;\"ligne\r\nsuite; %u\"\r\n" :
		    "%08u;Durand;note %u\r\n", i, i * 31u);
		assert_int_equal(buf_append(src, row, (size_t)n), 0);
	}
}

static void
test_chunked_equals_one_pass(void **state)
{
	struct engine *e = test_engine(policy_text);
	struct buf src = BUF_INIT, head = BUF_INIT, body = BUF_INIT;
	struct buf got1 = BUF_INIT, got4 = BUF_INIT;
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 4, .report = { collect, &rep } };
	int fd, out1 = temp_fd(), out4 = temp_fd();

	(void)state;
	make_big(&src);
	fd = test_temp_fd(src.data, src.len);
	one_pass(e, fd, &head, &body);
	assert_true(body.len > EXPORT_SPLIT_MIN / 2);
	assert_int_equal(export_fd(e, &e->policy->files[0], fd, out4, "big.csv",
	    &o), 0);
	o.jobs = 1;
	assert_int_equal(export_fd(e, &e->policy->files[0], fd, out1, "big.csv",
	    &o), 0);
	assert_int_equal(rep.n, 0);
	slurp(out4, &got4);
	slurp(out1, &got1);
	assert_int_equal(got4.len, head.len + body.len);
	assert_memory_equal(got4.data, head.data, head.len);
	assert_memory_equal(got4.data + head.len, body.data, body.len);
	assert_int_equal(got1.len, got4.len);
	assert_memory_equal(got1.data, got4.data, got4.len);
	/* Not an identity: the names and IPPs were replaced. */
	assert_null(memmem(got4.data, got4.len, "Martin", 6));
	assert_null(memmem(got4.data, got4.len, "00000007;", 9));
	buf_free(&src);
	buf_free(&head);
	buf_free(&body);
	buf_free(&got1);
	buf_free(&got4);
	close(fd);
	close(out1);
	close(out4);
	engine_free(e);
}

/* Records cut in two chunks at a record boundary, each exported apart
 * with the header given as a line: together the records of one pass. */
static void
test_chunks_equal_one_pass(void **state)
{
	static const char data[] = "IPP;Nom;Note\n"
	    "1001;Martin;\"a;b\nc\"\n1002;Durand;x\n1003;Petit;y\n1004;Roux;z\n";
	struct engine *e = test_engine(policy_text);
	struct buf head = BUF_INIT, body = BUF_INIT, got = BUF_INIT;
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 1, .report = { collect, &rep } };
	struct export_header h = { .line = "IPP;Nom;Note\n", .encoding = -1 };
	const char *cut = strstr(data, "1003;");
	const char *first = strchr(data, '\n') + 1;
	int fd = test_temp_fd(data, strlen(data)), out = temp_fd();
	int c1 = test_temp_fd(first, (size_t)(cut - first));
	int c2 = test_temp_fd(cut, strlen(cut));

	(void)state;
	one_pass(e, fd, &head, &body);
	assert_int_equal(export_chunk(e, &e->policy->files[0], &h, c1, out,
	    "standard input", &o), 0);
	assert_int_equal(export_chunk(e, &e->policy->files[0], &h, c2, out,
	    "standard input", &o), 0);
	assert_int_equal(rep.n, 0);
	slurp(out, &got);
	assert_int_equal(got.len, body.len);
	assert_memory_equal(got.data, body.data, body.len);
	assert_null(memmem(got.data, got.len, "Martin", 6));
	/* An empty header line is refused, as the header's error. */
	h.line = "";
	assert_int_equal(export_chunk(e, &e->policy->files[0], &h, c1, out,
	    "standard input", &o), -EINVAL);
	assert_int_equal(rep.n, 1);
	assert_string_equal(rep.text, "header: the header is empty");
	buf_free(&head);
	buf_free(&body);
	buf_free(&got);
	close(fd);
	close(out);
	close(c1);
	close(c2);
	engine_free(e);
}

/* A chunk's line numbers count from its first record. */
static void
test_chunk_error_names_its_line(void **state)
{
	static const char chunk[] = "1001;Martin;a\n1002;Durand;b;Secret99\n";
	struct engine *e = test_engine(policy_text);
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 1, .report = { collect, &rep } };
	struct export_header h = { .line = "IPP;Nom;Note", .encoding = -1 };
	int in = test_temp_fd(chunk, strlen(chunk)), out = temp_fd();

	(void)state;
	assert_int_equal(export_chunk(e, &e->policy->files[0], &h, in, out,
	    "standard input", &o), -EINVAL);
	assert_int_equal(rep.n, 1);
	assert_int_equal(rep.line, 2);
	assert_int_equal(rep.column, 4);
	assert_non_null(strstr(rep.text, "standard input: line 2, column 4: "));
	assert_null(strstr(rep.text, "Secret99"));
	assert_null(strstr(rep.text, "Durand"));
	close(in);
	close(out);
	engine_free(e);
}

/* A malformed file: one record with the view name, line and column, no
 * cell value, and no output file left (nor the temporary one). */
static void
test_malformed_file_leaves_nothing(void **state)
{
	static const char data[] = "IPP;Nom;Note\n1001;Martin;a\n"
	    "1002;Durand;\"Secret42\n";
	struct engine *e = test_engine(policy_text);
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 2, .report = { collect, &rep } };
	char dir[] = "/tmp/test_export_dir.XXXXXX", path[64];
	int fd = test_temp_fd(data, strlen(data)), dfd;
	DIR *d;
	struct dirent *de;
	int entries = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	assert_true(dfd >= 0);
	assert_int_equal(export_to_path(e, &e->policy->files[0], fd, dfd,
	    "out.csv", "labo/out.csv", &o), -EINVAL);
	assert_int_equal(rep.n, 1);
	assert_int_equal(rep.code, EINVAL);
	assert_int_equal(rep.line, 3);
	assert_int_equal(rep.column, 3);
	assert_non_null(strstr(rep.text, "labo/out.csv: line 3, column 3: "));
	assert_null(strstr(rep.text, "Secret42"));
	assert_null(strstr(rep.text, "Durand"));
	assert_non_null(d = fdopendir(dup(dfd)));
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			entries++;
	closedir(d);
	assert_int_equal(entries, 0);
	snprintf(path, sizeof(path), "%s", dir);
	assert_int_equal(rmdir(path), 0);
	close(dfd);
	close(fd);
	engine_free(e);
}

/* One view pass over data: its result, the bytes it made, its error. */
static int
run_view(const struct engine *e, const char *data, struct buf *body,
    struct pfs_error *err)
{
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	int fd = test_temp_fd(data, strlen(data)), r;

	assert_int_equal(view_reader_new(fd, &rd), 0);
	/* A header the file fails on is an answer too. */
	if ((r = view_open(e, &e->policy->files[0], rd, &v, err)) == 0)
		r = view_run(v, rd, view_data_line(v), test_collect, body, err);
	view_free(v);
	view_reader_free(rd);
	close(fd);
	return r;
}

/* The view of data fails at `line` with an error saying `why`, and none of
 * its bytes made before the failure hold `raw` (the value that must not
 * leave); nor does the error. */
static void
assert_view_fails(const struct engine *e, const char *data, long line,
    const char *why, const char *raw, struct buf *body)
{
	struct pfs_error err;

	buf_reset(body);
	assert_int_equal(run_view(e, data, body, &err), -EINVAL);
	assert_int_equal(err.line, line);
	assert_non_null(strstr(err.what, why));
	assert_null(strstr(err.what, raw));
	assert_null(memmem(body->data ? body->data : "", body->len, raw,
	    strlen(raw)));
}

/* Each of the n files of data[] is read whole (view_run returns 0): the
 * negative side of a test whose other files fail. */
static void
assert_views_read(const struct engine *e, const char *const *data, size_t n,
    struct buf *body)
{
	struct pfs_error err;

	for (size_t i = 0; i < n; i++) {
		buf_reset(body);
		assert_int_equal(run_view(e, data[i], body, &err), 0);
	}
}

/* 300 bytes of one word: a header cell longer than a file name. */
#define LONG_FILLER \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

/* Two exports concatenated, the second with its columns in another order:
 * its rows, read under the first header, put the IPP under the kept Note.
 * The file fails at the second header, before any of its rows.  The same
 * header in its own order, and a row holding a header's word, are rows. */
static void
test_header_again_in_another_order(void **state)
{
	static const char *const fail[] = {
		"IPP;Nom;Note\n1001;Martin;a\nNote;Nom;IPP\n"
		    "Secret42;Durand;40099999\n",
		/* its own BOM, quotes and case */
		"IPP;Nom;Note\n1001;Martin;a\n\xef\xbb\xbfnote;\"NOM\"; ipp\n"
		    "Secret42;Durand;40099999\n",
	};
	static const char *const rows[] = {
		"IPP;Nom;Note\n1001;Martin;a\nIPP;Nom;Note\n1002;Durand;b\n",
		"IPP;Nom;Note\n1001;Martin;Note\nNom;Martin;voir Note\n",
	};
	struct engine *e = test_engine(policy_text);
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++) {
		assert_view_fails(e, fail[i], 3, "another order", "40099999",
		    &body);
	}
	assert_views_read(e, rows, sizeof(rows) / sizeof(rows[0]), &body);
	buf_free(&body);
	engine_free(e);
}

/* The header again under another of its rules' headers, past the first
 * records (hostile22): "Remarque;IPP;Nom" (Remarque a header of Note's
 * rule) matched none of the first header's cells, so its rows were read
 * under them, the name under the kept Note.  Negative: the second header
 * in its order, one cell another spelling of its own rule, a row holding
 * one such header, are rows. */
static void
test_header_again_under_synonyms(void **state)
{
	static const char text[] =
	    "[project]\nname = t\npatient = ipp\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP, N° IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
	    "[column note]\nheaders = Note, Remarque\nop = keep\n";
#define ROWS10	"1001;Martin;a\n1002;Martin;a\n1003;Martin;a\n" \
	"1004;Martin;a\n1005;Martin;a\n1006;Martin;a\n1007;Martin;a\n" \
	"1008;Martin;a\n1009;Martin;a\n1010;Martin;a\n"
	static const char *const fail[] = {
		"IPP;Nom;Note\n" ROWS10 "Remarque;IPP;Nom\nb;4011;ZORGLUSYN\n",
		"IPP;Nom;Note\n" ROWS10 "\"remarque\";N° IPP; nom \nb;4011;ZORGLUSYN\n",
		"IPP;Nom;Note\n" ROWS10 "Nom;Remarque;IPP\nZORGLUSYN;b;4011\n",
	};
	static const char *const rows[] = {
		"IPP;Nom;Note\n" ROWS10 "N° IPP;Nom;Remarque\n4011;Durand;b\n",
		"IPP;Nom;Note\n" ROWS10 "4011;Remarque;b\n",
	};
#undef ROWS10
	struct engine *e = test_engine(text);
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++)
		assert_view_fails(e, fail[i], 12, "another order", "ZORGLUSYN",
		    &body);
	assert_views_read(e, rows, sizeof(rows) / sizeof(rows[0]), &body);
	buf_free(&body);
	engine_free(e);
}

/* A DOS code page (CP850) after the bytes the sniffer decided Windows-1252
 * on: its é between two letters (Ren\x82e) is 1252's low quote.  Read on,
 * it was a kept cell 'Ren‚e ZORGLUDOS' in the view; the file fails at that
 * line, before any of its bytes.  Negative: 1252's ‰ after a digit, ‹ › around
 * a word, „ inside one, far past the sniff too, are read. */
static void
test_dos_codepage_past_the_sniff(void **state)
{
	static const struct { const char *tail, *why; } tails[] = {
		{ "1002;Durand;Ren\x82" "e ZORGLUDOS\n", "DOS code page" },
		{ "1002;Durand;Fran\x87ois ZORGLUDOS\n", "DOS code page" },
		/* Mac Roman's é and ô (Excel's CSV (Macintosh)) */
		{ "1002;Durand;H\x8el\x8ene ZORGLUDOS\n", "Mac code page" },
		{ "1002;Durand;C\x99te ZORGLUDOS\n", "Mac code page" },
	};
	static const size_t ntails = sizeof(tails) / sizeof(tails[0]);
	static const char tail_ok[] = "1002;Durand;5\x89 \x8b" "Note\x9b a\x84"
	    "b \x93" "bien\x94 \x95 BO\x8eIDAR Bo\x9e" "ena Doliprane\x99 1 g\n";
	struct engine *e = test_engine(policy_text);
	struct pfs_error err;
	struct buf data = BUF_INIT, body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i <= ntails; i++) {
		const char *tail = i < ntails ? tails[i].tail : tail_ok;

		buf_reset(&data);
		buf_reset(&body);
		assert_int_equal(buf_append_str(&data,
		    "IPP;Nom;Note\n1001;Martin;caf\xe9\n"), 0);
		for (int j = 0; j < 12000; j++)
			assert_int_equal(buf_append_str(&data,
			    "1001;Martin;rien a signaler\n"), 0);
		assert_int_equal(buf_append_str(&data, tail), 0);
		assert_int_equal(buf_append(&data, "", 1), 0);
		if (i == ntails) {
			assert_int_equal(run_view(e, data.data, &body, &err), 0);
			continue;
		}
		assert_view_fails(e, data.data, 12003, tails[i].why,
		    "ZORGLUDOS", &body);
	}
	buf_free(&data);
	buf_free(&body);
	engine_free(e);
}

/* UTF-8 read as Windows-1252 and saved again as UTF-8 (a spreadsheet that
 * opened the file in the wrong encoding): valid UTF-8, so "PrÃ©nom" met
 * no rule and under columns = keep its first names came out raw, as
 * mojibake every reader decodes back.  A header holding it fails the
 * file.  Negative: Portuguese Ã before a letter, â, typographic quotes,
 * dashes, an ellipsis and the euro sign in a header, and a comment
 * holding a pasted snippet of mojibake (scrub's to read), are read. */
static void
test_header_encoded_twice(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column prenom]\nheaders = Prénom\nop = fake\nkind = first_name\n";
	static const char *const fail[] = {
		"IPP;PrÃ©nom\n1;ZORGLUTWICE\n",
		"IPP;TÃ©lÃ©phone\n1;ZORGLUTWICE\n",
		"IPP;Ã\xc2\xa0 joindre\n1;ZORGLUTWICE\n",
		"NÂ° IPP;Note\n1;ZORGLUTWICE\n",
		"IPP;Nom dâ€™usage\n1;ZORGLUTWICE\n",
		"IPP;\"Ã‰tat civil\"\n1;ZORGLUTWICE\n",
	};
	static const char *const ok[] = {
		"IPP;Prénom;JOÃO;SÃO;Âge;l’âme;“x” – y…;€\n1;Marc;a;b;c;d;e;f\n",
		"IPP;Prénom;Note\n1;Marc;vu avec HÃ©lÃ¨ne, NÂ° 12\n",
	};
	struct engine *e = test_engine(keep_text);
	struct pfs_error err;
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++)
		assert_view_fails(e, fail[i], 1, "encoded twice",
		    "ZORGLUTWICE", &body);
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		buf_reset(&body);
		if (run_view(e, ok[i], &body, &err) != 0)
			fail_msg("read #%zu refused: %s", i, err.what);
	}
	buf_free(&body);
	engine_free(e);
}

/* A header whose letters beyond ASCII an encoding lost or escaped: a
 * Windows-1252 export decoded as UTF-8 with replacement characters
 * ("Pr\uFFFDnom"), converted to ASCII ("Pr?nom", "Prnom"), read in a DOS or
 * Mac code page and saved as UTF-8 ("Pr├®nom", "Pr√©nom"), or escaped by a
 * web tool ("Pr&eacute;nom", "Pr%C3%A9nom", "Pr\u00e9nom").  It met no
 * rule, so under columns = keep the first names and phones under it came
 * out raw (redteam18).  The file fails at its header; "Pr?nom" also under
 * a policy that names no first name (an identifier's header).  Negative:
 * headers with one sign beyond ASCII, a '?' that ends a word, a misspelt
 * header of no rule, a rule's lost header of 2 letters, are read. */
static void
test_header_letters_lost(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column age]\nheaders = Âge\nop = keep\n"
	    "[column prenom]\nheaders = Prénom\nop = fake\nkind = first_name\n"
	    "[column tel]\nheaders = Téléphone\nop = fake\nkind = phone\n";
	static const char no_first_name[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char *const fail[] = {
		"IPP;Pr\xef\xbf\xbdnom\n1;ZORGLULOST\n",
		"IPP;T\xef\xbf\xbdl\xef\xbf\xbdphone\n1;0612345678\n",
		"IPP;Pr?nom\n1;ZORGLULOST\n",
		"IPP;T?l?phone\n1;0612345678\n",
		"IPP;Prnom\n1;ZORGLULOST\n",
		"IPP;TLPHONE\n1;0612345678\n",
		"IPP;Pr├®nom\n1;ZORGLULOST\n",
		"IPP;Pr√©nom\n1;ZORGLULOST\n",
		"IPP,Pr&eacute;nom\n1,ZORGLULOST\n",
		"IPP\tT&#233;l&#xE9;phone\tSexe\n1\t0612345678\tF\n"
		    "2\t0612345679\tM\n",
		"IPP;Pr%C3%A9nom\n1;ZORGLULOST\n",
		"IPP;Pr\\u00e9nom\n1;ZORGLULOST\n",
		"IPP;Pr\\xe9nom\n1;ZORGLULOST\n",
		"IPP;Pr=E9nom\n1;ZORGLULOST\n",
		"IPP;\"Pr?nom \"\n1;ZORGLULOST\n",
	};
	static const char *const no_rule_fail[] = {
		"IPP;Pr?nom\n1;ZORGLULOST\n",
		"IPP;Pr\xef\xbf\xbdnom usuel\n1;ZORGLULOST\n",
		"IPP;N? de s?curit? sociale\n1;ZORGLULOST\n",
		"IPP;M?re\n1;ZORGLULOST\n",
		"IPP;Personne ? pr?venir\n1;ZORGLULOST\n",
	};
	/* accents dropped with no sign left, no rule of them: an
	 * identifier's header (the lists hold the dropped forms) */
	static const char *const no_rule_stripped[] = {
		"IPP;Prnom\n1;ZORGLULOST\n",
		"IPP;N de scurit sociale\n1;ZORGLULOST\n",
	};
	static const char *const ok[] = {
		"IPP;Prénom;Service d’accueil;Poids (kg);Taux %;Allergie?;"
		    "Coût €;N° lot;Médecin \xf0\x9f\x91\xa8\xe2\x80\x8d\xe2\x9a\x95"
		    "\xef\xb8\x8f;Unité (µmol/L);Lieu?;GE;« Service »;Q1?;Près?;"
		    "Nom du m?decin;Resultat\n"
		    "1;Marc;a;b;c;d;e;f;g;h;i;j;k;l;m;n;o\n",
		"IPP;Prénom;Note\n1;Marc;Pr?nom Pr\xef\xbf\xbdnom\n",
	};
	struct engine *e = test_engine(keep_text);
	struct engine *bare = test_engine(no_first_name);
	struct pfs_error err;
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++) {
		assert_view_fails(e, fail[i], 1, "were lost", "ZORGLULOST",
		    &body);
		assert_null(memmem(body.data ? body.data : "", body.len,
		    "0612345678", 10));
	}
	for (size_t i = 0; i < sizeof(no_rule_fail) / sizeof(no_rule_fail[0]);
	    i++)
		assert_view_fails(bare, no_rule_fail[i], 1, "were lost",
		    "ZORGLULOST", &body);
	for (size_t i = 0; i < sizeof(no_rule_stripped) /
	    sizeof(no_rule_stripped[0]); i++)
		assert_view_fails(bare, no_rule_stripped[i], 1,
		    "person's identifier", "ZORGLULOST", &body);
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		buf_reset(&body);
		if (run_view(e, ok[i], &body, &err) != 0)
			fail_msg("read #%zu refused: %s", i, err.what);
	}
	buf_free(&body);
	engine_free(e);
	engine_free(bare);
}

/* A title line (or two) before the header: the title was read as the
 * header, which names none of the policy's columns, and the real header
 * as a row.  Padded to the rows' width by a spreadsheet ("Liste;;"), every
 * column was unnamed, so under columns = keep every cell came out raw, even
 * under ragged = fail; under ragged = pad a one-field title did the same to
 * the title itself.  The file fails at the real header, before any of its
 * rows.  Negative: a header and rows that name no rule, a row that holds a
 * column's name under a real header, are read. */
static void
test_title_line_before_the_header(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\nragged = pad\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n";
	static const struct { const char *data; long line; } fail[] = {
		{ "Liste des patients;;\nIPP;Nom;Note\n4009;ZORGLUT;a\n", 2 },
		{ "Export du service\nIPP;Nom;Note\n4009;ZORGLUT;a\n", 2 },
		/* a ',' in the title: ',' is the delimiter, the header one
		 * field "IPP;Nom;Note" */
		{ "Export du 12/03, cardiologie\nIPP;Nom;Note\n4009;ZORGLUT;a\n",
		    2 },
		{ "Export\nService de cardiologie;;\n\"ipp\"; NOM ;Note\n"
		    "4009;ZORGLUT;a\n", 3 },
	};
	static const char *const rows[] = {
		"A;B;C\nx;y;z\nu;v;w\n",
		"IPP;Nom;Note\n1001;Martin;Nom\nIPP;Nom;Note\n",
	};
	struct engine *e = test_engine(keep_text);
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++) {
		assert_view_fails(e, fail[i].data, fail[i].line, "title",
		    "ZORGLUT", &body);
		assert_null(memmem(body.data ? body.data : "", body.len,
		    "4009", 4));
	}
	assert_views_read(e, rows, sizeof(rows) / sizeof(rows[0]), &body);
	buf_free(&body);
	engine_free(e);
}

/* A title line one of whose cells is a column's header, under the
 * default columns = drop: it was the header, so the real header was a row
 * and the names under it came out raw under the kept Note (hostile22).
 * Two cells of a record among the first that are other columns' headers
 * fail the file.  Negative: one such cell, a comment naming columns, the
 * header again in its order, are rows. */
static void
test_title_line_naming_a_column(void **state)
{
	static const struct { const char *data; long line; } fail[] = {
		{ "Note;du;jour\nNom;IPP;Note\nZORGLUT;4009;a\n", 2 },
		{ "x;Note;y\n\"IPP\";\xef\xbb\xbf NOM ;Note\n4009;ZORGLUT;a\n", 2 },
		{ "Note;x;y\n;;\nNom;IPP;Note\nZORGLUT;4009;a\n", 3 },
	};
	static const char *const rows[] = {
		"IPP;Nom;Note\n1001;Martin;Nom\n",
		"IPP;Nom;Note\n1001;Martin;Nom, IPP vus\n",
		"IPP;Nom;Note\n1001;Martin;a\nIPP;Nom;Note\n1002;Durand;b\n",
		"Note;x\nNom;a\n",
	};
	struct engine *e = test_engine(policy_text);
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++)
		assert_view_fails(e, fail[i].data, fail[i].line, "title",
		    "ZORGLUT", &body);
	assert_views_read(e, rows, sizeof(rows) / sizeof(rows[0]), &body);
	buf_free(&body);
	engine_free(e);
}

/* A header that carries text no one sees (hostile22): the tags of a
 * name after the kept Note's header met its rule, and the view's header,
 * shown as the source writes it, carried the name.  Unicode tags,
 * variation selectors 17-256, more than two zero-width characters fail
 * the file at line 1.  Negative: a BOM, a zero-width space, a soft hyphen
 * in a header are read, as before. */
static void
test_header_hidden_text(void **state)
{
	static const struct { const char *data, *raw; } fail[] = {
		{ "IPP;Nom;Note\xf3\xa0\x81\x9a\xf3\xa0\x81\x8f\xf3\xa0\x81\x92\xf3\xa0\x81\x87\xf3\xa0\x81\x8c\xf3\xa0\x81\x95\xf3\xa0\x81\x94\xf3\xa0\x81\x81\xf3\xa0\x81\x87\n1001;Martin;a\n",
		    "\xf3\xa0\x81\x9a\xf3\xa0\x81\x8f\xf3\xa0\x81\x92" },
		{ "IPP;Nom\xf3\xa0\x85\x9a\xf3\xa0\x85\x8f\xf3\xa0\x85\x92\xf3\xa0\x85\x87\xf3\xa0\x85\x8c\xf3\xa0\x85\x95\xf3\xa0\x85\x96\xf3\xa0\x85\x93;Note\n1001;Martin;a\n",
		    "\xf3\xa0\x85\x9a\xf3\xa0\x85\x8f\xf3\xa0\x85\x92" },
		{ "IPP;Nom;Note\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8c\xe2\x80\x8b\xe2\x80\x8c\n1001;Martin;a\n",
		    "\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8c\xe2\x80\x8b\xe2\x80\x8c" },
	};
	static const char *const rows[] = {
		"\xef\xbb\xbfIPP;Nom;Note\xe2\x80\x8b\n1001;Martin;a\n",
		"IPP;No\xc2\xadm;\"\xef\xbb\xbfNote\"\n1001;Martin;a\n",
	};
	struct engine *e = test_engine(policy_text);
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++)
		assert_view_fails(e, fail[i].data, 1, "invisible", fail[i].raw,
		    &body);
	assert_views_read(e, rows, sizeof(rows) / sizeof(rows[0]), &body);
	buf_free(&body);
	engine_free(e);
}

/* A file in a delimiter the reader does not split on (':', a space, HL7's
 * '^', '~', Hive's ^A, '¦'): each record was one field, the header named no column and
 * looked like no data, so under columns = keep every row came out whole,
 * raw; after a title line too.  A cell holding two headers of the policy's
 * columns (or of a person's identifier, in the header) between one such
 * sign fails the file, and so does a header cell holding one of them
 * between words, by a sign that is no space ("Code:Nom:Service": one was
 * not enough, the names under it were kept raw).  Negative: a header of
 * one rule's word among others ("Nom du médecin", "Médecin traitant :
 * nom"), a one-column file, a comment naming one column, are read;
 * suspect_names = show keeps the file. */
static void
test_delimiter_the_reader_does_not_split(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n";
	static const char show_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\nsuspect_names = show\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const struct { const char *data; long line; } fail[] = {
		{ "IPP:Nom:Sexe\n4009:ZORGLUJ:F\n", 1 },
		{ "IPP Nom Sexe\n4009 ZORGLUJ F\n", 1 },
		{ "IPP^Nom^Sexe\n4009^ZORGLUJ^F\n", 1 },
		{ "ipp ~ NOM ~ Sexe\n4009 ~ ZORGLUJ ~ F\n", 1 },
		/* Hive's default ^A, ASCII's unit separator, a broken bar,
		 * a box-drawing bar */
		{ "IPP\001Nom\001Sexe\n4009\001ZORGLUJ\001F\n", 1 },
		{ "IPP\037Nom\037Sexe\n4009\037ZORGLUJ\037F\n", 1 },
		{ "IPP¦Nom¦Sexe\n4009¦ZORGLUJ¦F\n", 1 },
		{ "IPP│Nom│Sexe\n4009│ZORGLUJ│F\n", 1 },
		/* another of the reader's delimiters in a ';' file's cell */
		{ "Code;Note;IPP,Nom\nA;x;4009,ZORGLUJ\n", 1 },
		/* no rule's header but two identifiers' */
		{ "Sexe:Telephone:Date de naissance\nF:ZORGLUJ:1\n", 1 },
		/* a ',' in the first cell makes ',' the delimiter */
		{ "IPP:Nom:Sexe,Note\n4009:ZORGLUJ:F,a\n", 1 },
		{ "Liste des patients\nIPP:Nom:Sexe\n4009:ZORGLUJ:F\n", 2 },
		/* one header of the policy's or an identifier's among words,
		 * joined by a sign that is no space: each row kept whole */
		{ "Code:Nom:Service\nA12:ZORGLUJ:cardio\n", 1 },
		{ "IPP/Service/Sexe\nZORGLUJ/cardio/F\n", 1 },
		{ "Nom^Service\nZORGLUJ^cardio\n", 1 },
		{ "Sejour:Prenom:UF\nS1:ZORGLUJ:2301\n", 1 },
	};
	static const char *const rows[] = {
		"Nom du medecin\nDr Martin\n",
		"Code\nA01\n",
		"Note;Libelle\nvoir Nom et IPP;Date IPP\n",
		"IPP;Nom du medecin;Date de la visite\n1;Dr Martin;2023\n",
		"IPP;N° lot;Poids (kg);Service d’accueil;Nom — du médecin\n1;2;a;b;c\n",
		/* one header among words of a longer header, or a space */
		"IPP;M\xc3\xa9" "decin traitant : nom\n1;a\n",
		"IPP;Nom (du m\xc3\xa9" "decin);Date/heure\n1;a;b\n",
	};
	struct engine *e = test_engine(keep_text), *show = test_engine(show_text);
	struct pfs_error err;
	struct buf body = BUF_INIT;
	char *big;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++)
		assert_view_fails(e, fail[i].data, fail[i].line, "delimiter",
		    "ZORGLUJ", &body);
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		buf_reset(&body);
		if (run_view(e, rows[i], &body, &err) != 0)
			fail_msg("read #%zu refused: %s", i, err.what);
	}
	buf_reset(&body);
	assert_int_equal(run_view(show, fail[0].data, &body, &err), 0);
	/* A header cell too long to split (over 1 MiB: 120,000 columns
	 * joined by ':') fails as joined; it was kept whole, its rows raw. */
	buf_reset(&body);
	assert_int_equal(buf_append(&body, "IPP:Nom:Sexe", 12), 0);
	while (body.len <= (1u << 20))
		assert_int_equal(buf_append(&body, ":Colonne", 8), 0);
	assert_int_equal(buf_append(&body, "\n4009:ZORGLUJ:F\n", 16), 0);
	assert_int_equal(buf_putc(&body, '\0'), 0);
	big = strdup(body.data);
	assert_non_null(big);
	assert_view_fails(e, big, 1, "delimiter", "ZORGLUJ", &body);
	buf_reset(&body);
	assert_int_equal(run_view(show, big, &body, &err), 0);
	free(big);
	buf_free(&body);
	engine_free(e);
	engine_free(show);
}

/* A file without its header line under columns = keep: its first record is
 * the header, names no column, and every column of every row was kept raw.
 * A header no rule names that looks like data (a date, a number of 8+
 * digits, a NIR, an email) fails the file, as a kept file name that looks
 * like one is refused; suspect_names = show keeps it.  Negative: a header
 * of words and a short year, under columns = keep, are read. */
static void
test_headerless_file_under_keep(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char show_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\nsuspect_names = show\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char *const fail[] = {
		"1002;ZORGLUH;03/04/1960\n1003;Beta;05/06/1970\n",
		"1002;ZORGLUH;40099999\n1003;Beta;40099998\n",
		"x;ZORGLUH;a.b@example.org\ny;Beta;c.d@example.org\n",
		/* the email past the 256th byte of a long cell */
		"x;ZORGLUH " LONG_FILLER " a.b@example.org\ny;Beta\n",
	};
	static const char *const rows[] = {
		"Code;Libelle;2023\nA01;Cholera;12\n",
		"IPP;Poids;Date entree\n1002;70;03/04/1960\n",
	};
	struct engine *e = test_engine(keep_text), *show = test_engine(show_text);
	struct pfs_error err;
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++) {
		assert_view_fails(e, fail[i], 1, "without its header", "ZORGLUH",
		    &body);
		buf_reset(&body);
		assert_int_equal(run_view(show, fail[i], &body, &err), 0);
	}
	assert_views_read(e, rows, sizeof(rows) / sizeof(rows[0]), &body);
	buf_free(&body);
	engine_free(e);
	engine_free(show);
}

/* A pivoted export (one column per patient, the header row their names)
 * under columns = keep: the header names no column, and the view showed
 * "DUPONT Jean" and "MARTIN Paul" as written (check only reported them;
 * redteam13).  A header no rule names that is a name of the lists fails
 * the file as one that looks like data does; suspect_names = show keeps
 * it.  Negative: ordinary headers (Poids, Service, Médecin) are read. */
static void
test_pivoted_header_of_names_under_keep(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char show_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\nsuspect_names = show\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char pivot[] =
	    "IPP;DUPONT Jean;MARTIN Paul\n1002;12,5;13,1\n";
	static const char plain[] =
	    "IPP;Poids;Service;M\xc3\xa9" "decin\n1002;70;Cardio;Dr X\n";
	struct engine *e = test_engine(keep_text), *show = test_engine(show_text);
	struct pfs_error err;
	struct buf body = BUF_INIT;

	(void)state;
	assert_int_equal(run_view(e, pivot, &body, &err), -EINVAL);
	assert_int_equal(err.line, 1);
	assert_int_equal(err.column, 2);
	assert_null(memmem(body.data ? body.data : "", body.len, "DUPONT", 6));
	assert_null(strstr(err.what, "DUPONT"));
	buf_reset(&body);
	assert_int_equal(run_view(show, pivot, &body, &err), 0);
	buf_reset(&body);
	assert_int_equal(run_view(e, plain, &body, &err), 0);
	assert_non_null(memmem(body.data, body.len, "Cardio", 6));
	buf_free(&body);
	engine_free(e);
	engine_free(show);
}

/* The same headers beside a control character: names.c refuses a name
 * holding one before it reads it, so a tab or an escape hid a listed name
 * or a NIR from the header check, and under columns = keep the column was
 * kept, its header shown ("IPP;Nom;<TAB>1840275123456"; hostile20).  In a
 * header a control character is read as a space.  Negative: other
 * headers beside one are kept. */
static void
test_header_beside_a_control_character_under_keep(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char *const refused[] = {
		"IPP;Poids;\tDUPONT\n1002;70;x\n",
		"IPP;Poids;DUPONT\t\n1002;70;x\n",
		"IPP;Poids;\t1840275123456\n1002;70;x\n",
		"IPP;Poids;\x1b" "DUPONT Jean\n1002;70;x\n",
		"IPP;Poids;MARTIN\x7f\n1002;70;x\n",
	};
	static const char plain[] = "IPP;Poids;\tCommentaire;Note\x01\n"
	    "1002;70;Cardio;RAS\n";
	struct engine *e = test_engine(keep_text);
	struct pfs_error err;
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		buf_reset(&body);
		assert_int_equal(run_view(e, refused[i], &body, &err), -EINVAL);
		assert_int_equal(err.line, 1);
		assert_int_equal(err.column, 3);
		assert_null(memmem(body.data ? body.data : "", body.len,
		    "DUPONT", 6));
		assert_null(memmem(body.data ? body.data : "", body.len,
		    "MARTIN", 6));
		assert_null(memmem(body.data ? body.data : "", body.len,
		    "1840275123456", 13));
	}
	buf_reset(&body);
	assert_int_equal(run_view(e, plain, &body, &err), 0);
	assert_non_null(memmem(body.data, body.len, "Cardio", 6));
	buf_free(&body);
	engine_free(e);
}

/* A header no rule names that says it holds a person's identifier in a
 * spelling the policy does not list (an English or abbreviated synonym of
 * its own: "Surname", "NOM_PAT", "DOB", "Tel1") was kept raw under
 * columns = keep with every cell under it.  The file fails at
 * that header; naming the column in a rule, or suspect_names = show,
 * reads it.  Negative: headers of other things are kept. */
static void
test_identifying_header_under_keep(void **state)
{
	static const char keep_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	static const char named_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Surname, NOM_PAT, DOB, Tel1\nop = redact\n";
	static const char show_text[] =
	    "[project]\nname = t\npatient = ipp\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\nsuspect_names = show\n"
	    "[column ipp]\nheaders = IPP\nop = token\n";
	/* No column rule for the file: the file as it is, as asked. */
	static const char all_keep_text[] =
	    "[project]\nname = t\ncolumns = keep\n"
	    "[file all]\nmatch = *.csv\n";
	static const char *const fail[] = {
		"IPP;Surname;Poids\n1002;ZORGLUH;70\n",
		"IPP;Poids;NOM_PAT\n1002;70;ZORGLUH\n",
		"IPP;DOB\n1002;ZORGLUH\n",
		"IPP;Tel1\n1002;ZORGLUH\n",
	};
	static const size_t col[] = { 2, 3, 2, 2 };
	static const char plain[] =
	    "IPP;Poids;Service;Nom du m\xc3\xa9" "decin\n1002;70;Cardio;Dr X\n";
	struct engine *e = test_engine(keep_text), *named = test_engine(named_text),
	    *show = test_engine(show_text), *all_keep = test_engine(all_keep_text);
	struct pfs_error err;
	struct buf body = BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(fail) / sizeof(fail[0]); i++) {
		assert_view_fails(e, fail[i], 1, "a person's identifier",
		    "ZORGLUH", &body);
		assert_int_equal(run_view(e, fail[i], &body, &err), -EINVAL);
		assert_int_equal(err.column, col[i]);
		buf_reset(&body);
		assert_int_equal(run_view(named, fail[i], &body, &err), 0);
		assert_null(memmem(body.data, body.len, "ZORGLUH", 7));
		buf_reset(&body);
		assert_int_equal(run_view(show, fail[i], &body, &err), 0);
		buf_reset(&body);
		/* The rows as they are (the header is the view's head). */
		assert_int_equal(run_view(all_keep, fail[i], &body, &err), 0);
		assert_int_equal(body.len, strlen(strchr(fail[i], '\n') + 1));
		assert_memory_equal(body.data, strchr(fail[i], '\n') + 1,
		    body.len);
		buf_reset(&body);
	}
	assert_int_equal(run_view(e, plain, &body, &err), 0);
	assert_non_null(memmem(body.data, body.len, "Cardio", 6));
	buf_free(&body);
	engine_free(e);
	engine_free(named);
	engine_free(show);
	engine_free(all_keep);
}

/* export_file: a file no rule matches is refused by a record that says
 * so without naming the file (its name may be a patient's). */
static void
test_file_without_rule(void **state)
{
	struct engine *e = test_engine(policy_text);
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 1, .report = { collect, &rep } };

	(void)state;
	assert_int_equal(export_file(e, "/tmp/Durand_Jean.txt", NULL, "-", &o),
	    -ENOENT);
	assert_int_equal(rep.n, 1);
	assert_non_null(strstr(rep.text, "no [file] rule"));
	assert_null(strstr(rep.text, "Durand"));
	engine_free(e);
}

/* export_file into a directory: the file under its view name, atomically
 * (no temporary left), with the bytes of one view pass. */
static void
test_file_into_directory(void **state)
{
	static const char data[] = "IPP;Nom;Note\n1001;Martin;x\n";
	struct engine *e = test_engine(policy_text);
	struct buf head = BUF_INIT, body = BUF_INIT, got = BUF_INIT;
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 1, .report = { collect, &rep } };
	char dir[] = "/tmp/test_export_file.XXXXXX", src[64], out[64], cmd[160];
	int fd = test_temp_fd(data, strlen(data)), ofd;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(src, sizeof(src), "%s.csv", dir);
	assert_non_null(f = fopen(src, "w"));
	fputs(data, f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(export_file(e, src, NULL, dir, &o), 0);
	assert_int_equal(rep.n, 0);
	/* Named as the rule shows it: the source's base name, kept. */
	snprintf(out, sizeof(out), "%s/%s", dir, strrchr(src, '/') + 1);
	assert_true((ofd = open(out, O_RDONLY)) >= 0);
	slurp(ofd, &got);
	close(ofd);
	one_pass(e, fd, &head, &body);
	assert_int_equal(got.len, head.len + body.len);
	assert_memory_equal(got.data, head.data, head.len);
	assert_memory_equal(got.data + head.len, body.data, body.len);
	assert_null(memmem(got.data, got.len, "1001", 4));
	snprintf(cmd, sizeof(cmd), "test $(ls -A '%s' | wc -l) -eq 1", dir);
	assert_int_equal(system(cmd), 0);
	test_rm_tree(dir);
	test_rm_tree(src);
	buf_free(&head);
	buf_free(&body);
	buf_free(&got);
	close(fd);
	engine_free(e);
}

/* A tree by its paths: what the view shows is written, the rest counted;
 * a destination inside the source is refused before anything is made. */
static void
test_dir(void **state)
{
	struct engine *e = test_engine(policy_text);
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 2, .report = { collect, &rep } };
	struct export_totals t;
	char src[] = "/tmp/test_export_src.XXXXXX", path[128], cmd[300];
	struct stat st;

	(void)state;
	assert_non_null(mkdtemp(src));
	test_put_file(src, "a.csv", "IPP;Nom;Note\n1001;Martin;x\n");
	test_put_file(src, "notes.txt", "Martin\n");
	/* Inside the source: refused, nothing created. */
	snprintf(path, sizeof(path), "%s/out", src);
	assert_int_equal(export_dir(e, src, path, &o, &t), -EINVAL);
	assert_int_equal(rep.n, 1);
	assert_non_null(strstr(rep.text, "inside the source"));
	assert_int_equal(stat(path, &st), -1);
	/* Beside it: created, the CSV written, the text file counted. */
	snprintf(path, sizeof(path), "%s.out", src);
	assert_int_equal(export_dir(e, src, path, &o, &t), 0);
	assert_int_equal(rep.n, 1);
	assert_int_equal(t.exported, 1);
	assert_int_equal(t.failed, 0);
	assert_int_equal(t.unmatched, 1);
	snprintf(cmd, sizeof(cmd), "%s/a.csv", path);
	assert_int_equal(stat(cmd, &st), 0);
	snprintf(cmd, sizeof(cmd), "%s/notes.txt", path);
	assert_int_equal(stat(cmd, &st), -1);
	/* Again: not empty now, refused without --update. */
	assert_int_equal(export_dir(e, src, path, &o, &t), -EEXIST);
	test_rm_tree(src);
	test_rm_tree(path);
	engine_free(e);
}

/* A source the exporter cannot open still counts its bytes as done, so
 * the progress line reaches 100% (the exporter's side of review27's
 * leftover in check: progress_file_done(..., 0) for a file never read).
 * Run as nobody in a child: root opens a file of mode 000. */
static void
test_dir_progress_unopenable(void **state)
{
	struct engine *e = test_engine(policy_text);
	char src[] = "/tmp/test_export_psrc.XXXXXX";
	char dst[] = "/tmp/test_export_pdst.XXXXXX", path[128];
	unsigned long long want = 0;
	struct stat st;
	int status;
	pid_t pid;

	(void)state;
	assert_non_null(mkdtemp(src));
	assert_non_null(mkdtemp(dst));
	test_put_file(src, "a.csv", "IPP;Nom;Note\n1001;Martin;x\n");
	test_put_file(src, "b.csv", "IPP;Nom;Note\n1002;Durand;y\n");
	for (const char *n = "a"; n != NULL; n = *n == 'a' ? "b" : NULL) {
		snprintf(path, sizeof(path), "%s/%s.csv", src, n);
		assert_int_equal(stat(path, &st), 0);
		want += (unsigned long long)st.st_size;
	}
	assert_int_equal(chmod(path, 0), 0);	/* b.csv */
	assert_int_equal(chmod(src, 0755), 0);
	/* nobody writes the view; a user who is not root is the child */
	if (geteuid() == 0)
		assert_int_equal(chown(dst, 65534, 65534), 0);
	assert_true((pid = fork()) >= 0);
	if (pid == 0) {
		struct export_opts o = { .jobs = 1 };
		struct export_totals t;
		struct progress pg;
		int r;

		if (geteuid() == 0 && (setgid(65534) != 0 ||
		    setuid(65534) != 0))
			_exit(2);
		progress_init(&pg, 0, "export", want, 2);
		o.progress = &pg;
		r = export_dir(e, src, dst, &o, &t);
		fprintf(stderr, "export_dir %d: done %llu of %llu, %lu files, "
		    "%lu failed\n", r, pg.done, want, pg.files_done, t.failed);
		_exit(r == 0 && pg.done == want && pg.files_done == 2 &&
		    t.failed == 1 ? 0 : 1);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	test_rm_tree(src);
	test_rm_tree(dst);
	engine_free(e);
}

/* ---- the drift scan and the export read one version ---- */

static void
no_finding(void *arg, const char *finding)
{
	(void)arg;
	(void)finding;
}

/* The drift scan of src (open as sfd) into a sealed table of versions. */
static struct scanned *
scan(const struct engine *e, int sfd, const char *src)
{
	struct scanned *seen = NULL;
	struct drift_totals t;

	assert_int_equal(scanned_new(&seen), 0);
	assert_int_equal(drift_scan_fd(e, sfd, src, NULL, seen, no_finding,
	    NULL, &t), 0);
	scanned_seal(seen);
	return seen;
}

static void
put_at(const char *path, const char *data)
{
	FILE *f;

	assert_non_null(f = fopen(path, "w"));
	fputs(data, f);
	assert_int_equal(fclose(f), 0);
}

/* One file, one descriptor: replaced by rename (or removed) after the scan,
 * the export still writes the version scanned, every byte of it; written in
 * place after the scan, the export refuses (ESTALE) and writes nothing. */
static void
test_file_exports_the_version_scanned(void **state)
{
	static const char v1[] = "IPP;Nom;Note\n1001;Martin;x\n1002;Durand;y\n";
	static const char v2[] = "IPP;Nom;Note;Secret\n9;REPLACEDRAW;z;s\n";
	struct engine *e = test_engine(policy_text);
	struct buf head = BUF_INIT, body = BUF_INIT, got = BUF_INIT;
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 1, .report = { collect, &rep } };
	char dir[] = "/tmp/test_export_pin.XXXXXX", src[96], tmp[96], out[96];
	int ref = test_temp_fd(v1, strlen(v1)), sfd, ofd;
	struct stat st;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(src, sizeof(src), "%s/a.csv", dir);
	snprintf(tmp, sizeof(tmp), "%s/new.tmp", dir);
	snprintf(out, sizeof(out), "%s.out.csv", dir);
	one_pass(e, ref, &head, &body);
	for (int removed = 0; removed < 2; removed++) {
		put_at(src, v1);
		assert_true((sfd = open(src, O_RDONLY | O_CLOEXEC)) >= 0);
		o.scanned = scan(e, sfd, src);
		if (removed) {
			assert_int_equal(unlink(src), 0);
		} else {
			put_at(tmp, v2);
			assert_int_equal(rename(tmp, src), 0);
		}
		assert_int_equal(export_file_fd(e, sfd, src, NULL, out, &o), 0);
		assert_int_equal(rep.n, 0);
		assert_true((ofd = open(out, O_RDONLY)) >= 0);
		got.len = 0;
		slurp(ofd, &got);
		close(ofd);
		assert_int_equal(got.len, head.len + body.len);
		assert_memory_equal(got.data, head.data, head.len);
		assert_memory_equal(got.data + head.len, body.data, body.len);
		assert_int_equal(unlink(out), 0);
		scanned_free(o.scanned);
		close(sfd);
	}
	/* Written in place between the scan and the export. */
	put_at(src, v1);
	assert_true((sfd = open(src, O_RDONLY | O_CLOEXEC)) >= 0);
	o.scanned = scan(e, sfd, src);
	put_at(src, v2);
	assert_int_equal(export_file_fd(e, sfd, src, NULL, out, &o), -ESTALE);
	assert_int_equal(rep.n, 1);
	assert_int_equal(rep.code, ESTALE);
	assert_non_null(strstr(rep.text, "changed since the drift scan"));
	assert_null(strstr(rep.text, "REPLACEDRAW"));
	assert_int_equal(stat(out, &st), -1);
	scanned_free(o.scanned);
	close(sfd);
	close(ref);
	test_rm_tree(dir);
	buf_free(&head);
	buf_free(&body);
	buf_free(&got);
	engine_free(e);
}

/* A tree: a file replaced, one removed and one added after the scan each
 * fail as "changed since the drift scan", named by view path; the file
 * left alone is exported. */
static void
test_tree_exports_the_versions_scanned(void **state)
{
	static const char v1[] = "IPP;Nom;Note\n1001;Martin;x\n";
	struct engine *e = test_engine(policy_text);
	struct reports rep = { 0 };
	struct export_opts o = { .jobs = 2, .report = { collect, &rep } };
	struct export_totals t;
	char src[] = "/tmp/test_export_pins.XXXXXX", dst[96], path[128];
	struct stat st;
	int sfd;

	(void)state;
	assert_non_null(mkdtemp(src));
	snprintf(dst, sizeof(dst), "%s.out", src);
	test_put_file(src, "same.csv", v1);
	test_put_file(src, "replaced.csv", v1);
	test_put_file(src, "removed.csv", v1);
	assert_true((sfd = open(src, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0);
	o.scanned = scan(e, sfd, src);
	test_put_file(src, "new.tmp", "IPP;Nom;Note\n1;REPLACEDRAW;z\n");
	snprintf(path, sizeof(path), "%s/new.tmp", src);
	snprintf(dst, sizeof(dst), "%s/replaced.csv", src);
	assert_int_equal(rename(path, dst), 0);
	snprintf(path, sizeof(path), "%s/removed.csv", src);
	assert_int_equal(unlink(path), 0);
	test_put_file(src, "added.csv", v1);
	snprintf(dst, sizeof(dst), "%s.out", src);
	assert_int_equal(export_dir_fd(e, sfd, src, dst, &o, &t), 0);
	assert_int_equal(t.exported, 1);
	assert_int_equal(t.failed, 3);
	assert_int_equal(rep.n, 3);
	assert_int_equal(rep.code, ESTALE);
	assert_non_null(strstr(rep.text, "changed since the drift scan"));
	snprintf(path, sizeof(path), "%s/same.csv", dst);
	assert_int_equal(stat(path, &st), 0);
	snprintf(path, sizeof(path), "%s/replaced.csv", dst);
	assert_int_equal(stat(path, &st), -1);
	snprintf(path, sizeof(path), "%s/added.csv", dst);
	assert_int_equal(stat(path, &st), -1);
	scanned_free(o.scanned);
	close(sfd);
	test_rm_tree(src);
	test_rm_tree(dst);
	engine_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_file_exports_the_version_scanned),
		cmocka_unit_test(test_tree_exports_the_versions_scanned),
		cmocka_unit_test(test_chunked_equals_one_pass),
		cmocka_unit_test(test_chunks_equal_one_pass),
		cmocka_unit_test(test_chunk_error_names_its_line),
		cmocka_unit_test(test_malformed_file_leaves_nothing),
		cmocka_unit_test(test_header_again_in_another_order),
		cmocka_unit_test(test_header_again_under_synonyms),
		cmocka_unit_test(test_dos_codepage_past_the_sniff),
		cmocka_unit_test(test_header_encoded_twice),
		cmocka_unit_test(test_header_letters_lost),
		cmocka_unit_test(test_title_line_before_the_header),
		cmocka_unit_test(test_title_line_naming_a_column),
		cmocka_unit_test(test_header_hidden_text),
		cmocka_unit_test(test_delimiter_the_reader_does_not_split),
		cmocka_unit_test(test_headerless_file_under_keep),
		cmocka_unit_test(test_pivoted_header_of_names_under_keep),
		cmocka_unit_test(test_header_beside_a_control_character_under_keep),
		cmocka_unit_test(test_identifying_header_under_keep),
		cmocka_unit_test(test_file_without_rule),
		cmocka_unit_test(test_file_into_directory),
		cmocka_unit_test(test_dir),
		cmocka_unit_test(test_dir_progress_unopenable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
