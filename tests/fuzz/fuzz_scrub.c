/* Fuzz target: the free-text scrubber.  Arbitrary text goes (1) to the
 * detectors alone, with arbitrary row values, and (2) through the whole
 * pipeline as the Commentaire cell of a row whose other cells are the row
 * values, under scrub rules in each replacement and date mode.  Besides "no
 * crash, no sanitizer report", it checks that every span the detectors
 * report lies inside the text, in order, without overlap, and that a
 * scrubbed cell is valid UTF-8 whenever its text was.
 *
 * Input layout: byte 0 selects the mode (bits 0-1: how many of the first
 * lines are row values, 0-3; bit 2: digit runs are ids; bit 3: the
 * placeholder rule instead of the pseudonym rule; bit 4: the detectors
 * recall first, scrub mode = recall); then the row values, one per line,
 * then the text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <unistr.h>

#include "detect.h"
#include "engine.h"
#include "pfs_error.h"
#include "icd10.h"
#include "policy.h"
#include "view.h"

#define FUZZ_NAME	"fuzz_scrub"
#include "fuzzlib.h"

#define FUZZ_MAX_INPUT	(64u << 10)

static const char fuzz_policy[] =
    "[project]\nname = fuzz\npatient = ipp\ndate_shift_days = 90\n"
    "[file pseudo]\nmatch = p*\n"
    "[file place]\nmatch = q*\n"
    "[column ipp]\nheaders = ipp\nop = token\nidentifies = id\n"
    "[column nom]\nheaders = nom\nop = fake\nkind = last_name\n"
    "identifies = last_name\n"
    "[column prenom]\nheaders = prenom\nop = fake\nkind = first_name\n"
    "identifies = first_name\n"
    "[column tel]\nheaders = tel\nop = drop\nidentifies = phone\n"
    "[column c1]\nheaders = commentaire\nop = scrub\nreplace = pseudonym\n"
    "dates = shift\ndigits = 8\nsuppress = default\nfiles = pseudo\n"
    "[column c2]\nheaders = commentaire\nop = scrub\nreplace = placeholder\n"
    "dates = month\nfiles = place\n";

static void
check_spans(const struct detect_scratch *s, size_t len)
{
	size_t prev_end = 0;

	for (size_t i = 0; i < s->nspans; i++) {
		const struct detect_span *sp = &s->spans[i];
		if (sp->start >= sp->end || sp->end > len)
			fuzz_die("a span outside the text");
		if (sp->start < prev_end)
			fuzz_die("spans overlap or are out of order");
		prev_end = sp->end;
	}
}

static int
collect(void *arg, const char *bytes, size_t len, off_t src_end, long line)
{
	(void)src_end;
	(void)line;
	return buf_append(arg, bytes, len);
}

/* A CSV cell, quoted with its quotes doubled. */
static int
put_cell(struct buf *b, const char *v, size_t n)
{
	int r = buf_putc(b, '"');

	for (size_t i = 0; r == 0 && i < n; i++) {
		if (v[i] == '"')
			r = buf_putc(b, '"');
		if (r == 0)
			r = buf_putc(b, v[i]);
	}
	return r != 0 ? r : buf_putc(b, '"');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct detect_scratch scratch = { 0 };
	struct detect_options o = { DETECT_ALL & ~DETECT_BIT(DETECT_ID), 0,
	    ICD10_SENSITIVE_DEFAULT, NULL, 0 };
	static const enum detect_ident kinds[3] = {
		DETECT_IDENT_LAST_NAME, DETECT_IDENT_FIRST_NAME, DETECT_IDENT_PHONE,
	};
	struct detect_value row[3];
	struct buf csv = BUF_INIT, out = BUF_INIT;
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct pfs_error err;
	const char *text, *end, *nl;
	size_t nrow, i, tlen;
	int fd, placeholder;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	fuzz_init(fuzz_policy, 29, 3);
	nrow = data[0] & 3;
	if (data[0] & 4) {
		o.kinds |= DETECT_BIT(DETECT_ID);
		o.min_digits = 8;
	}
	placeholder = (data[0] & 8) != 0;
	o.recall = (data[0] & 16) != 0;	/* scrub mode = recall */
	text = (const char *)data + 1;
	end = (const char *)data + size;
	for (i = 0; i < nrow && i < 3; i++) {
		nl = memchr(text, '\n', (size_t)(end - text));
		if (nl == NULL)
			nl = end;
		row[i].kind = kinds[i];
		row[i].v = text;
		row[i].len = (size_t)(nl - text);
		text = nl < end ? nl + 1 : end;
	}
	nrow = i;
	tlen = (size_t)(end - text);

	/* 1. The detectors alone. */
	if (detect_run(&o, text, tlen, row, nrow, &scratch) == 0)
		check_spans(&scratch, tlen);
	detect_scratch_free(&scratch);

	/* 2. The whole pipeline: a header, then one row. */
	if (buf_append_str(&csv, "ipp;nom;prenom;tel;commentaire\n1001;") ||
	    put_cell(&csv, nrow > 0 ? row[0].v : "", nrow > 0 ? row[0].len : 0) ||
	    buf_putc(&csv, ';') ||
	    put_cell(&csv, nrow > 1 ? row[1].v : "", nrow > 1 ? row[1].len : 0) ||
	    buf_putc(&csv, ';') ||
	    put_cell(&csv, nrow > 2 ? row[2].v : "", nrow > 2 ? row[2].len : 0) ||
	    buf_putc(&csv, ';') || put_cell(&csv, text, tlen) ||
	    buf_putc(&csv, '\n'))
		fuzz_die("out of memory");
	if ((fd = memfd_create("fuzz_scrub", 0)) < 0)
		fuzz_die("memfd_create");
	if (write(fd, csv.data, csv.len) != (ssize_t)csv.len)
		fuzz_die("memfd write");
	if (view_reader_new(fd, &rd) != 0)
		fuzz_die("view_reader_new");
	if (view_open(fuzz_engine, &fuzz_engine->policy->files[placeholder ? 1 : 0],
	    rd, &v, &err) == 0 &&
	    view_run(v, rd, view_data_line(v), collect, &out, &err) == 0) {
		/* Valid UTF-8 in, valid UTF-8 out (a replacement never cuts a
		 * character in two). */
		if (u8_check((const uint8_t *)csv.data, csv.len) == NULL &&
		    out.len && u8_check((const uint8_t *)out.data, out.len) != NULL)
			fuzz_die("scrubbed output is not valid UTF-8");
	}
	view_free(v);
	view_reader_free(rd);
	close(fd);
	buf_free(&csv);
	buf_free(&out);
	return 0;
}
