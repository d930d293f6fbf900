/* pseudonymize reveal: from a token back to the source rows. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "csvio.h"
#include "nir.h"
#include "ops.h"
#include "reveal.h"
#include "tree.h"
#include "view.h"
#include "util.h"

struct token {
	const char	*text;
	char		 norm[REVEAL_MAX_TOKEN + 1];
	size_t		 len;
	unsigned long	 hits;
};

struct reveal {
	const struct engine	*engine;
	struct tree		 tree;
	struct token		*tokens;
	size_t			 ntokens;
	FILE			*out;
	const struct pfs_reporter *report;
	struct reveal_totals	*t;
};

/* One file being scanned. */
struct scan {
	struct reveal		*rv;
	const struct view	*view;
	struct view_reader	*rd;
	const char		*src_rel;
	long			 line;		/* of the record the sink gets */
	struct csvio_record	 header;	/* the source's header fields */
	struct buf		 header_raw;
	struct csvio_record	 vrec;		/* the record's view fields */
	struct buf		 cell;
	struct buf		 utf8;		/* a cell converted */
	char			 norm[REVEAL_MAX_TOKEN + 1];
	iconv_t			 to_utf8;	/* Windows-1252 files */
};

/* Case folded, without the separators a NIR is written with. */
static size_t
normalize(const char *s, size_t n, char *out, size_t cap)
{
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (nir_is_separator((char)c))
			continue;
		if (len == cap)
			return cap + 1;	/* longer than any token */
		out[len++] = (char)tolower(c);
	}
	out[len] = '\0';
	return len;
}

/* The token as given in `s`, not inside a longer run of letters and
 * digits ("export_94f2…" holds "94f2…" and "export_94f2…"). */
static int
contains_word(const char *s, size_t n, const struct token *tok)
{
	size_t len = strlen(tok->text);

	for (size_t i = 0; len > 0 && i + len <= n; i++) {
		if (strncasecmp(s + i, tok->text, len) != 0)
			continue;
		if ((i == 0 || !isalnum((unsigned char)s[i - 1])) &&
		    (i + len == n || !isalnum((unsigned char)s[i + len])))
			return 1;
	}
	return 0;
}

/* A cell holds the token: equal once normalized (a NIR with or without its
 * key, with any separators), or as a whole word of the cell. */
static int
cell_matches(const char *cell, size_t n, const char *norm, size_t nlen,
    const struct token *tok)
{
	if (nlen == tok->len && memcmp(norm, tok->norm, nlen) == 0)
		return 1;
	if ((nlen == 13 && tok->len == 15) || (nlen == 15 && tok->len == 13))
		if (memcmp(norm, tok->norm, 13) == 0)
			return 1;
	return tok->len >= 8 && contains_word(cell, n, tok);
}

/* Raw bytes as text: control characters escaped, so that a cell cannot
 * move the cursor or retitle the terminal it is printed on. */
static void
put_escaped(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\\')
			fputs("\\\\", out);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\r')
			fputs("\\r", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\x%02x", c);
		else
			fputc(c, out);
	}
}

/* A raw field, unescaped and in UTF-8 for the terminal. */
static void
put_field(struct scan *s, const struct csvio_field *f)
{
	size_t used;
	int r;

	if (csvio_unescape(f, &s->cell) != 0) {
		put_escaped(s->rv->out, f->raw, f->raw_len);
		return;
	}
	if (s->to_utf8 == (iconv_t)-1) {
		put_escaped(s->rv->out, s->cell.data, s->cell.len);
		return;
	}
	r = util_iconv(s->to_utf8, s->cell.data, s->cell.len, &s->utf8, &used);
	put_escaped(s->rv->out, s->utf8.data, s->utf8.len);
	/* What does not convert is shown escaped, after what did. */
	if (r != 0)
		put_escaped(s->rv->out, s->cell.data + used, s->cell.len - used);
}

static void
print_row(struct scan *s, const struct token *tok)
{
	const struct csvio_record *rec = view_reader_record(s->rd);
	FILE *out = s->rv->out;

	fprintf(out, "%s: ", tok->text);
	put_escaped(out, s->src_rel, strlen(s->src_rel));
	fprintf(out, ", line %ld\n", s->line);
	for (size_t i = 0; i < rec->nfields; i++) {
		fputc('\t', out);
		if (i < s->header.nfields)
			put_field(s, &s->header.fields[i]);
		else
			fprintf(out, "(column %zu)", i + 1);
		fputs(": ", out);
		put_field(s, &rec->fields[i]);
		fputc('\n', out);
	}
}

/* Each record's view: does a cell hold a token? */
static int
scan_sink(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	struct scan *s = arg;
	struct pfs_error cerr;
	long used;

	(void)src_end;
	used = csvio_next(view_dialect(s->view)->delim, bytes, len, 1, 1,
	    &s->vrec, &cerr);
	for (size_t t = 0; used > 0 && t < s->rv->ntokens; t++) {
		struct token *tok = &s->rv->tokens[t];

		for (size_t i = 0; i < s->vrec.nfields; i++) {
			size_t nlen;

			if (csvio_unescape(&s->vrec.fields[i], &s->cell) != 0)
				return -ENOMEM;
			nlen = normalize(s->cell.data, s->cell.len, s->norm,
			    REVEAL_MAX_TOKEN);
			if (cell_matches(s->cell.data, s->cell.len, s->norm, nlen,
			    tok)) {
				tok->hits++;
				print_row(s, tok);
				break;
			}
		}
	}
	s->line = next_line;
	return 0;
}

/* The source's header fields, for the names of the raw cells. */
static int
read_header(struct scan *s, int fd)
{
	struct view_reader *hrd = NULL;
	int r;

	if ((r = view_reader_new(fd, &hrd)) == 0)
		r = view_source_header(s->view, hrd, &s->header_raw,
		    &s->header);
	view_reader_free(hrd);
	return r;
}

/* A file that failed.  Standard error may be a redirection (a script's
 * log, a CI job), where a source path (a patient's directory) must not
 * go: it names the file by its view path, as the exporter does; the
 * source path goes where the raw cells go (the terminal or -o FILE),
 * escaped (control characters would reach the terminal).  With the
 * view's line and column, or r. */
static void
report(struct reveal *rv, const char *src_rel, const char *view_rel,
    const struct pfs_error *err, int r)
{
	struct pfs_error pe = { .code = -r };
	char path[PATH_MAX * 4 + 1], text[PATH_MAX * 4 + 1024];
	FILE *f;

	if (r == -EINVAL && err->what != NULL)
		pe = *err;
	pe.file = view_rel;
	pfs_error_report(rv->report, &pe);
	rv->t->failed++;
	if ((f = fmemopen(path, sizeof(path), "w")) == NULL)
		return;
	put_escaped(f, src_rel, strlen(src_rel));
	if (fclose(f) != 0)
		return;
	pe.file = path;
	if (pfs_error_format(&pe, text, sizeof(text)) >= 0)
		fprintf(rv->out, "%s\n", text);
}

static void
reveal_file(struct reveal *rv, int fd, const struct policy_file *rule,
    const char *src_rel, const char *view_rel)
{
	struct scan s = { .rv = rv, .src_rel = src_rel, .to_utf8 = (iconv_t)-1 };
	struct view *v = NULL;
	struct pfs_error err = { 0 };
	int r;

	rv->t->files++;
	if ((r = view_reader_new(fd, &s.rd)) != 0 ||
	    (r = view_open(rv->engine, rule, s.rd, &v, &err)) != 0)
		goto out;
	s.view = v;
	s.line = view_data_line(v);
	if (view_dialect(v)->encoding == DIALECT_CP1252)
		s.to_utf8 = iconv_open("UTF-8", "WINDOWS-1252");
	if ((r = read_header(&s, fd)) != 0)
		goto out;
	r = view_run(v, s.rd, view_data_line(v), scan_sink, &s, &err);
 out:
	if (r != 0)
		report(rv, src_rel, view_rel, &err, r);
	if (s.to_utf8 != (iconv_t)-1)
		iconv_close(s.to_utf8);
	csvio_record_free(&s.header);
	csvio_record_free(&s.vrec);
	/* Both held raw cells. */
	if (s.header_raw.data != NULL)
		explicit_bzero(s.header_raw.data, s.header_raw.cap);
	if (s.cell.data != NULL)
		explicit_bzero(s.cell.data, s.cell.cap);
	buf_free(&s.header_raw);
	buf_free(&s.cell);
	buf_free(&s.utf8);
	view_free(v);
	view_reader_free(s.rd);
}

/* A renamed file's view name holds a file-name token. */
static void
reveal_name(struct reveal *rv, const char *view_name, const char *src_rel)
{
	for (size_t t = 0; t < rv->ntokens; t++) {
		struct token *tok = &rv->tokens[t];

		if (!contains_word(view_name, strlen(view_name), tok))
			continue;
		tok->hits++;
		fprintf(rv->out, "%s: ", tok->text);
		put_escaped(rv->out, src_rel, strlen(src_rel));
		fputs(" (the file's name; shown as ", rv->out);
		put_escaped(rv->out, view_name, strlen(view_name));
		fputs(")\n", rv->out);
	}
}

/* The key holder's walk: failures are named by their view path on
 * standard error, by their source path with the raw cells (report). */
static int
reveal_visit(void *arg, const struct tree_walk_entry *e)
{
	struct reveal *rv = arg;
	struct pfs_error none = { 0 };
	int fd;

	switch (e->what) {
	case TREE_WALK_FILE:
		reveal_name(rv, e->view_name, e->src_rel);
		if ((fd = tree_walk_open(e)) < 0) {
			report(rv, e->src_rel, e->view_rel, &none, fd);
			break;
		}
		reveal_file(rv, fd, e->rule, e->src_rel, e->view_rel);
		close(fd);
		break;
	case TREE_WALK_FAILED:
		report(rv, e->src_rel ? *e->src_rel ? e->src_rel : "." :
		    e->view_rel, *e->view_rel ? e->view_rel : ".", &none,
		    -e->error->code);
		break;
	default:
		break;
	}
	return 0;
}

/* One file given as SRC: matched by its base name, or as `as`. */
static int
reveal_one(struct reveal *rv, int fd, const char *src, const char *as)
{
	const struct policy_file *rule;
	struct ops_scratch scratch = { 0 };
	struct buf name = BUF_INIT;
	struct tree_naming how;
	struct pfs_error pe = { .code = ENOENT };
	const char *base = strrchr(src, '/');
	char plain[NAME_MAX + 1];
	int r;

	base = tree_plain_name(base ? base + 1 : src, plain, sizeof(plain));
	if ((rule = policy_match_file(rv->engine->policy, as ? as : base)) == NULL) {
		pe.what = "no [file] rule of the policy matches this file "
		    "(use --as PATH)";
		pfs_error_report(rv->report, &pe);
		return -ENOENT;
	}
	if ((r = tree_view_name(rv->engine->policy, as ? as : base, rule,
	    &scratch, &name, &how)) != 0)
		goto out;
	if (!how.shown) {
		pe.what = tree_refusal_text(how.refusal);
		pfs_error_report(rv->report, &pe);
		r = -ENOENT;
		goto out;
	}
	reveal_name(rv, name.data, src);
	/* SRC is the caller's own argument: named as given. */
	reveal_file(rv, fd, rule, src, src);
 out:
	buf_free(&name);
	ops_scratch_free(&scratch);
	return r;
}

int
reveal_run(const struct engine *e, const char *src, const char *as,
    const char *const *texts, size_t ntokens, FILE *out,
    const struct pfs_reporter *report, struct reveal_totals *t)
{
	struct reveal rv = { .engine = e, .ntokens = ntokens, .out = out,
	    .report = report, .t = t };
	struct stat st;
	int fd, r = 0;

	memset(t, 0, sizeof(*t));
	if ((rv.tokens = calloc(ntokens, sizeof(*rv.tokens))) == NULL)
		return -ENOMEM;
	for (size_t i = 0; i < ntokens; i++) {
		rv.tokens[i].text = texts[i];
		rv.tokens[i].len = normalize(texts[i], strlen(texts[i]),
		    rv.tokens[i].norm, REVEAL_MAX_TOKEN);
		if (rv.tokens[i].len == 0 || rv.tokens[i].len > REVEAL_MAX_TOKEN) {
			r = -EINVAL;
			goto out;
		}
	}
	if ((fd = open(src, O_RDONLY | O_CLOEXEC)) == -1 ||
	    fstat(fd, &st) == -1) {
		r = -errno;
		if (fd != -1)
			close(fd);
		goto out;
	}
	rv.tree.engine = e;
	rv.tree.root_fd = fd;
	if (S_ISDIR(st.st_mode))
		r = tree_walk(&rv.tree, TREE_WALK_UNREADABLE, reveal_visit, &rv);
	else if (S_ISREG(st.st_mode))
		r = reveal_one(&rv, fd, src, as);
	else
		r = -EINVAL;
	close(fd);
	for (size_t i = 0; r == 0 && i < ntokens; i++) {
		if (rv.tokens[i].hits) {
			t->found++;
		} else {
			t->missing++;
			fprintf(out, "%s: not found\n", rv.tokens[i].text);
		}
	}
 out:
	free(rv.tokens);
	return r;
}

/* The resolved directory of path (path itself if it is a directory and
 * `self`, else its parent) into out; -1 if it cannot be resolved. */
static int
resolved_dir(const char *path, int self, char *out)
{
	char parent[PATH_MAX], *slash;
	struct stat st;

	if (self && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return realpath(path, out) != NULL ? 0 : -1;
	snprintf(parent, sizeof(parent), "%s", path);
	if ((slash = strrchr(parent, '/')) == NULL)
		snprintf(parent, sizeof(parent), ".");
	else if (slash == parent)
		parent[1] = '\0';
	else
		*slash = '\0';
	return realpath(parent, out) != NULL ? 0 : -1;
}

/*
 * Is the new file `path` inside the source directory src?  (Beside a
 * single file given as SRC it is not: that directory is no source tree.)  Its raw cells and source paths would then be a file
 * of the tree a mount shows and a later export reads ("cd /data/exports
 * && pseudonymize reveal ... . TOKEN -o found.csv"), shown by any rule
 * that matches it.  An unresolvable path is not judged here:
 * the open says why.
 */
static int
output_in_source(const char *path, const char *src)
{
	char out[PATH_MAX], root[PATH_MAX];
	struct stat st;
	size_t n;

	if (src == NULL || stat(src, &st) != 0 || !S_ISDIR(st.st_mode) ||
	    resolved_dir(path, 0, out) != 0 || resolved_dir(src, 1, root) != 0)
		return 0;
	n = strlen(root);
	return strncmp(out, root, n) == 0 && (out[n] == '\0' ||
	    out[n] == '/' || strcmp(root, "/") == 0);
}

FILE *
reveal_open_output(const char *path, const char *src,
    const struct pfs_reporter *report)
{
	FILE *fp;
	int fd;

	if (path == NULL) {
		if (!isatty(STDOUT_FILENO)) {
			pfs_error_report(report, &(struct pfs_error){
			    .code = EPERM, .what = "reveal prints raw values: "
			    "it writes to a terminal, or to a new file given "
			    "with -o FILE" });
			return NULL;
		}
		return stdout;
	}
	if (output_in_source(path, src)) {
		pfs_error_reportf(report, EPERM, "-o %s: inside the source: "
		    "a mount or a later export would show the raw values "
		    "(give a path outside it)", path);
		return NULL;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd == -1 || (fp = fdopen(fd, "w")) == NULL) {
		pfs_error_reportf(report, errno, "-o %s: %s", path,
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return NULL;
	}
	return fp;
}

int
reveal_audit(const struct engine *e, const char *path,
    const char *const *tokens, size_t ntokens,
    const struct pfs_reporter *report)
{
	struct audit *a;
	int r = 0;

	if ((r = audit_open(path, e->policy->hash, keys_id(e->keys), &a,
	    report)) != 0)
		return r;
	for (size_t i = 0; i < ntokens && r == 0; i++) {
		struct audit_access acc = { "reveal", getuid(), getpid(),
		    tokens[i], 0 };
		if ((r = audit_record(a, &acc)) != 0)
			pfs_error_reportf(report, -r, "%s%s: cannot write the "
			    "record: %s", path ? "--audit " : "",
			    path ? path : "syslog", strerror(-r));
	}
	audit_close(a);
	return r;
}
