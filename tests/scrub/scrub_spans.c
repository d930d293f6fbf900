/* The detectors over a labeled corpus (tests/scrub/gen_corpus.py) on
 * stdin: prints, for each comment, the spans found as start:end:kind,...
 * With -t N, runs the corpus N times and prints the throughput instead
 * (MB/s of comment text), for the benchmark.  With -w, as under
 * date_shift_unit = week: a weekday before a date is left as written
 * (src/scrub.c), so its span is not printed.  SCRUB_SPANS_GROUPS=hiv,...
 * suppresses those groups only (the default: the five).  A line's
 * fields 10 and 11, if there, are the row's scrubbed cells before and
 * after the comment (xcell37: DETECT_IDENT_CELL_*). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "detect.h"
#include "icd10.h"

#define NCTX 7

static const char *const kinds[DETECT_NKINDS] = {
	[DETECT_NAME] = "name", [DETECT_INITIAL] = "initial",
	[DETECT_NIR] = "nir", [DETECT_PHONE] = "phone", [DETECT_EMAIL] = "email",
	[DETECT_IBAN] = "iban", [DETECT_RPPS] = "rpps",
	[DETECT_FINESS] = "finess", [DETECT_ID] = "id", [DETECT_DATE] = "date",
	[DETECT_ADDRESS] = "address", [DETECT_DIAGNOSIS] = "diagnosis",
};

static const enum detect_ident ctx_kinds[NCTX] = {
	DETECT_IDENT_LAST_NAME, DETECT_IDENT_FIRST_NAME, DETECT_IDENT_NIR,
	DETECT_IDENT_PHONE, DETECT_IDENT_EMAIL, DETECT_IDENT_ADDRESS,
	DETECT_IDENT_ID,
};

/* Span k of s as start:end:kind, unless a weekday kept by -w. */
static void
print_span(const struct detect_scratch *s, size_t k, int weeks, int *first)
{
	const struct detect_span *sp = &s->spans[k];

	if (weeks && sp->kind == DETECT_DATE &&
	    sp->partial == DETECT_PART_WEEKDAY)
		return;
	printf("%s%zu:%zu:%s", *first ? "" : ",", sp->start, sp->end,
	    kinds[sp->kind]);
	*first = 0;
}

struct line {
	/* the row's values, then the ends of the cells beside (xcell37) */
	struct detect_value	ctx[NCTX + 2];
	size_t			 nends;
	const char		*text;
	size_t			 len;
};

#define BATCH_MAX 64

/* Comments [i, i + n) through detect_run_many (SCRUB_SPANS_BATCH=n). */
static int
run_batch(const struct detect_options *o, const struct line *lines, size_t i,
    size_t n, size_t nctx, struct detect_scratch *ss)
{
	const char *texts[BATCH_MAX];
	size_t lens[BATCH_MAX], nrows[BATCH_MAX];
	const struct detect_value *rows[BATCH_MAX];

	for (size_t k = 0; k < n; k++) {
		texts[k] = lines[i + k].text;
		lens[k] = lines[i + k].len;
		rows[k] = lines[i + k].ctx;
		nrows[k] = nctx + (nctx > 0 ? lines[i + k].nends : 0);
	}
	return detect_run_many(o, n, texts, lens, rows, nrows, ss);
}

/* How many comments from i go in the next batch: windows of `batch`
 * comments, and with SCRUB_SPANS_BATCH_BYTES=b set, each window in as
 * few batches of equal counts as hold under b bytes of text on average
 * (view.c ahead_column's AHEAD_BATCH_BYTES).  *left: the batches left in
 * the window (0: a new window starts at i). */
static size_t
batch_len(const struct line *lines, size_t i, size_t n, size_t batch,
    size_t max_bytes, size_t *left, size_t *wend)
{
	size_t m;

	if (*left == 0) {
		size_t bytes = 0;

		*wend = n - i < batch ? n : i + batch;
		for (size_t k = i; k < *wend; k++)
			bytes += lines[k].len;
		*left = max_bytes ? bytes / max_bytes + 1 : 1;
	}
	m = (*wend - i + *left - 1) / *left;
	(*left)--;
	return m;
}

/* SCRUB_SPANS_UNESCAPE=1: a backslash and n in a comment is a line
 * break and two backslashes one, so that tests/bench/linear_hunt.py can
 * give cells of several lines (a line of stdin is one comment).  In
 * place; the new length. */
static size_t
unescape_breaks(char *t)
{
	size_t i = 0, n = 0;

	for (; t[i] != '\0'; i++) {
		if (t[i] == '\\' && (t[i + 1] == 'n' || t[i + 1] == '\\')) {
			t[n++] = t[i + 1] == 'n' ? '\n' : '\\';
			i++;
		} else
			t[n++] = t[i];
	}
	t[n] = '\0';
	return n;
}

/* "mental,hiv" (or "" for none) as the bits of those groups; 0 or
 * -EINVAL. */
static int
suppressed_groups(const char *list, uint32_t *groups)
{
	char name[32];
	uint32_t bit;

	*groups = 0;
	while (*list != '\0') {
		size_t n = strcspn(list, ",");

		if (n >= sizeof(name))
			return -EINVAL;
		memcpy(name, list, n);
		name[n] = '\0';
		if (n > 0) {
			if (icd10_sensitive_parse(name, &bit) != 0)
				return -EINVAL;
			*groups |= bit;
		}
		list += n + (list[n] == ',');
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct detect_options o = { DETECT_ALL, 8, ICD10_SENSITIVE_DEFAULT, NULL,
	    0 };
	struct detect_scratch s;
	struct line *lines = NULL;
	size_t n = 0, cap = 0, bytes = 0, cap_line = 0;
	char *buf = NULL;
	ssize_t got;
	int rounds = 0, weeks = 0, first;
	size_t nctx = NCTX, batch = 0;
	static struct detect_scratch ss[BATCH_MAX];
	const char *env = getenv("SCRUB_SPANS_BATCH");
	const char *env_bytes = getenv("SCRUB_SPANS_BATCH_BYTES");
	size_t max_bytes = env_bytes ? (size_t)atol(env_bytes) : 0, m;
	size_t left = 0, wend = 0;
	int unescape = getenv("SCRUB_SPANS_UNESCAPE") != NULL;

	if (env != NULL && (batch = (size_t)atoi(env)) > BATCH_MAX)
		batch = BATCH_MAX;
	/* SCRUB_SPANS_GROUPS=mental,hiv: only these groups suppressed (a
	 * policy's `suppress =`), to check that a group's words are hidden
	 * only when it is (docs/scrub.md, "Precision, twentieth pass") */
	if (getenv("SCRUB_SPANS_GROUPS") != NULL &&
	    suppressed_groups(getenv("SCRUB_SPANS_GROUPS"),
	    &o.diagnosis_groups) != 0) {
		fprintf(stderr, "scrub_spans: SCRUB_SPANS_GROUPS: a comma-"
		    "separated list of hiv, mental, pregnancy, sti, "
		    "reproductive\n");
		return 1;
	}

	memset(&s, 0, sizeof(s));
	/* -r: recall first (scrub mode = recall, docs/scrub.md); -n: no
	 * row values, as in a file that carries only the IPP; -w: dates
	 * moved by whole weeks (date_shift_unit = week). */
	while (argc >= 2 && (strcmp(argv[1], "-r") == 0 ||
	    strcmp(argv[1], "-n") == 0 || strcmp(argv[1], "-w") == 0)) {
		if (argv[1][1] == 'r')
			o.recall = 1;
		else if (argv[1][1] == 'w')
			weeks = 1;
		else
			nctx = 0;
		argc--;
		argv++;
	}
	if (argc == 3 && strcmp(argv[1], "-t") == 0)
		rounds = atoi(argv[2]);
	while ((got = getline(&buf, &cap_line, stdin)) != -1) {
		char *p = buf, *f[NCTX + 4];
		int k, nf;

		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			if ((lines = realloc(lines, cap * sizeof(*lines))) == NULL)
				return 1;
		}
		if (got > 0 && buf[got - 1] == '\n')
			buf[got - 1] = '\0';
		for (k = 0; k < NCTX + 4; k++) {
			f[k] = p;
			if ((p = strchr(p, '\t')) == NULL)
				break;
			*p++ = '\0';
		}
		nf = k;
		if (k < NCTX) {
			fprintf(stderr, "scrub_spans: line %zu: too few fields\n", n + 1);
			return 1;
		}
		for (k = 0; k < NCTX; k++) {
			lines[n].ctx[k].kind = ctx_kinds[k];
			lines[n].ctx[k].v = strdup(f[k]);
			lines[n].ctx[k].len = strlen(f[k]);
		}
		/* fields 10 and 11 (optional): the row's scrubbed cells
		 * before and after this one (xcell37), escaped as the text */
		lines[n].nends = 0;
		for (int e = 0; e < 2 && nf >= NCTX + 2 + e; e++) {
			char *c = f[NCTX + 2 + e];
			size_t cl = unescape ? unescape_breaks(c) : strlen(c);
			struct detect_value *d;

			if (cl == 0)
				continue;
			d = &lines[n].ctx[NCTX + lines[n].nends++];
			d->kind = e == 0 ? DETECT_IDENT_CELL_BEFORE :
			    DETECT_IDENT_CELL_AFTER;
			d->v = strdup(c);
			d->len = cl;
		}
		lines[n].len = unescape ? unescape_breaks(f[NCTX]) :
		    strlen(f[NCTX]);
		lines[n].text = strdup(f[NCTX]);
		bytes += lines[n].len;
		n++;
	}
	free(buf);
	if (rounds > 0) {
		struct timespec a, b;
		double secs;

		clock_gettime(CLOCK_MONOTONIC, &a);
		for (int r = 0; r < rounds; r++)
			for (size_t i = 0; i < n; i += batch ? m : 1) {
				m = batch ? batch_len(lines, i, n, batch,
				    max_bytes, &left, &wend) : 1;
				if (batch ? run_batch(&o, lines, i, m, NCTX,
				    ss) != 0 : detect_run(&o, lines[i].text,
				    lines[i].len, lines[i].ctx, NCTX, &s) != 0)
					return 1;
			}
		clock_gettime(CLOCK_MONOTONIC, &b);
		secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec -
		    a.tv_nsec) / 1e9;
		printf("%zu comments, %.1f MB of text, %.3f s, %.1f MB/s, "
		    "%.0f ns/comment\n", n * (size_t)rounds,
		    (double)bytes * rounds / 1e6, secs,
		    (double)bytes * rounds / 1e6 / secs,
		    secs * 1e9 / (double)(n * (size_t)rounds));
		goto out;
	}
	for (size_t i = 0; batch && i < n; i += m) {
		m = batch_len(lines, i, n, batch, max_bytes, &left, &wend);
		if (run_batch(&o, lines, i, m, nctx, ss) != 0)
			return 1;
		for (size_t j = 0; j < m; j++) {
			first = 1;
			for (size_t k = 0; k < ss[j].nspans; k++)
				print_span(&ss[j], k, weeks, &first);
			printf("\n");
		}
	}
	for (size_t i = 0; !batch && i < n; i++) {
		if (detect_run(&o, lines[i].text, lines[i].len, lines[i].ctx,
		    nctx + (nctx > 0 ? lines[i].nends : 0), &s) != 0)
			return 1;
		first = 1;
		for (size_t k = 0; k < s.nspans; k++)
			print_span(&s, k, weeks, &first);
		printf("\n");
	}
 out:
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < NCTX + lines[i].nends; k++)
			free((char *)lines[i].ctx[k].v);
		free((char *)lines[i].text);
	}
	free(lines);
	detect_scratch_free(&s);
	for (size_t k = 0; k < BATCH_MAX; k++)
		detect_scratch_free(&ss[k]);
	return 0;
}
