/* The check report: walks the view tree like the exporter, runs each
 * file's view once to count quasi-identifier groups, prints text or JSON. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>
#include <unictype.h>
#include <unistr.h>

#include "check.h"
#include "names.h"
#include "ops.h"
#include "csvio.h"
#include "joinrisk.h"
#include "identity.h"
#include "keptscan.h"
#include "icd10.h"
#include "risk.h"
#include "tree.h"
#include "view.h"
#include "util.h"

/* A name the report says something about: an entry a rule would show
 * that the view refuses, a name shown as it is with signs of an
 * identifier, or (--show-names) a renamed directory. */
struct name_note {
	char		 path[PATH_MAX];	/* view path; the directory's
						   for an entry with no name */
	int		 refused;
	int		 is_dir;
	const char	*what;
	const char	*sign;			/* a refused kept name's sign
						   (names_sign_text), or NULL */
	const char	*rule;			/* NULL: [project] dirs */
	char		*src;			/* --show-names only */
};

/* Entries of one shown directory that the view does not show. */
struct dir_skips {
	char		 path[PATH_MAX];	/* as the view shows it */
	unsigned long	 unmatched, hidden, empty_dirs, other;
};

/* A shown file with other names: one of them may lie outside the source,
 * where the policy author did not look. */
struct hard_link {
	char		*view_rel;
	unsigned long	 nlink;
};

struct check {
	const struct engine	*e;
	const struct check_opts	*o;
	FILE			*out;
	struct check_totals	*t;
	unsigned long		 threshold;
	const struct tree	*tree;
	int			 nfiles_out;	/* JSON: files written so far */
	struct dir_skips	*dirs;
	size_t			 ndirs;
	struct name_note	*notes;
	size_t			 nnotes;
	unsigned long		 renamed_dirs;
	iconv_t			 cd;		/* WINDOWS-1252 -> UTF-8 */
	struct buf		 tmp, text;
	struct risk_class	*worst;
	int			 has_quasi;	/* the policy declares some */
	struct joinrisk		*join;		/* NULL: no join measured */
	int			 join_error;	/* -E2BIG, -ENOMEM: not measured */
	struct hard_link	*links;		/* shown files with st_nlink > 1 */
	size_t			 nlinks;
	struct view_col_stats	*supp;		/* per policy column: the tree's */
	struct buf		 idname;	/* the identity source's view
						   path (check46), once */
	int			 idname_set;	/* 1: idname made; -1: not
						   shown in the view */
};

/* What view_run feeds: the file's groups, the join across files, and the
 * kept columns' values that look like identifiers. */
struct check_sink {
	struct check		*c;
	struct risk_scan	*scan;
	struct joinrisk_file	*jf;
	struct keptscan		*kept;
	long			 line;		/* the record's first */
	struct view_reader	*rd;		/* the source record, for the
						   row's own names (check43) */
};

static int
check_sink(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	struct check_sink *k = arg;
	int r;

	(void)src_end;
	/* Without quasi-identifiers the view runs for its suppressions. */
	if (k->scan != NULL && (r = risk_scan_record(k->scan, bytes, len)) != 0)
		return r;
	if (k->kept != NULL && ((r = keptscan_row(k->kept,
	    view_reader_record(k->rd), view_reader_identity(k->rd))) != 0 ||
	    (r = keptscan_record(k->kept, bytes, len, k->line)) != 0))
		return r;
	k->line = next_line;
	if (k->jf != NULL && (r = joinrisk_record(k->jf, bytes, len)) != 0) {
		if (r == -EIO)
			return r;
		/* Past a cap: the join is not measured, the file still is. */
		k->c->join_error = r;
		k->jf = NULL;
	}
	return 0;
}

/* ---- output helpers ---- */

/* Source text (a header, a view value) to UTF-8. */
static const char *
utf8_of(struct check *c, enum dialect_encoding enc, const char *s, size_t n,
    size_t *len)
{
	buf_reset(&c->tmp);
	if (enc == DIALECT_UTF8) {
		if (buf_append(&c->tmp, s, n) != 0)
			return NULL;
	} else {
		if (c->cd == (iconv_t)-1 &&
		    (c->cd = iconv_open("UTF-8", "WINDOWS-1252")) == (iconv_t)-1)
			return NULL;
		if (util_iconv(c->cd, s, n, &c->tmp, NULL) != 0)
			return NULL;
	}
	*len = c->tmp.len;
	return c->tmp.len ? c->tmp.data : "";
}

/* A character a terminal or a JSON reader would not show as it is: a C0
 * or C1 control, DEL, a line or paragraph separator, an invisible or
 * bidirectional one (a right-to-left override turns the rest of the line
 * around).  Source names (--show-names) and headers may hold them. */
static int
needs_escape(ucs4_t uc)
{
	return uc < 0x20 || uc == 0x7f || uc_is_general_category(uc,
	    UC_CATEGORY_Cc) || uc_is_general_category(uc, UC_CATEGORY_Cf) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zl) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zp) ||
	    uc_is_property_default_ignorable_code_point(uc);
}

/* A string for the report: JSON-escaped in quotes, or for a terminal;
 * either way escaped: those characters as \uXXXX (JSON; a pair of
 * surrogates beyond the BMP) or \u{X} (text), a byte that is not UTF-8
 * as the four characters \xHH (a JSON string must be UTF-8: the report
 * stays valid JSON). */
static void
put_str(struct check *c, const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s;
	FILE *f = c->out;
	int json = c->o->json;

	if (json)
		fputc('"', f);
	for (size_t i = 0; i < n; ) {
		ucs4_t uc;
		int m;

		if ((m = u8_mbtoucr(&uc, p + i, n - i)) < 0) {
			fprintf(f, json ? "\\\\x%02x" : "\\x%02x", p[i]);
			i++;
			continue;
		}
		if (json && (uc == '"' || uc == '\\'))
			fprintf(f, "\\%c", (int)uc);
		else if (needs_escape(uc) && json && uc > 0xffff)
			fprintf(f, "\\u%04x\\u%04x",
			    (unsigned)(0xd800 + ((uc - 0x10000) >> 10)),
			    (unsigned)(0xdc00 + ((uc - 0x10000) & 0x3ff)));
		else if (needs_escape(uc))
			fprintf(f, json ? "\\u%04x" : uc < 0x80 ? "\\x%02x" :
			    "\\u{%x}", (unsigned)uc);
		else
			fwrite(p + i, 1, (size_t)m, f);
		i += (size_t)m;
	}
	if (json)
		fputc('"', f);
}

static void
put_cstr(struct check *c, const char *s)
{
	put_str(c, s, strlen(s));
}

/* ---- one file ---- */

/* The header's fields, read again from the source (the report names
 * dropped columns too). */
static int
read_header(struct view_reader *rd, const struct view *v, struct buf *raw,
    struct csvio_record *rec)
{
	int r;

	if (view_ncols(v) == 0)
		return -EINVAL;
	if ((r = view_source_header(v, rd, raw, rec)) != 0)
		return r;
	if (rec->nfields == 0)
		return -EINVAL;
	if (rec->nfields != view_ncols(v))
		return -EIO;	/* changed since view_open */
	return 0;
}

static int
generalizes(const struct policy_column *r)
{
	return (policy_column_flags(r) & OP_F_GENERALIZES) != 0;
}

/* How a quasi-identifier's values appear in the report: as the view shows
 * them when the policy generalizes them or says quasi = show; otherwise as
 * a keyed digest (a kept birth date printed in a report would be the raw
 * value travelling in one more document). */
static int
qi_shown(const struct policy_column *r)
{
	return policy_column_quasi(r) == RISK_QUASI_SHOW || generalizes(r);
}

static void
put_qi_value(struct check *c, const struct view *v,
    const struct policy_column *r, const char *val, size_t n)
{
	uint8_t mac[KEYS_PRF_BYTES];
	char hex[2 * 4 + 2];
	const char *u;
	size_t ulen;

	if (qi_shown(r)) {
		if ((u = utf8_of(c, view_encoding(v), val, n, &ulen)) == NULL)
			put_cstr(c, "?");
		else
			put_str(c, u, ulen);
		return;
	}
	keys_prf(policy_column_quasi_prf(r), val, n, mac);
	hex[0] = '#';
	sodium_bin2hex(hex + 1, sizeof(hex) - 1, mac, 4);
	put_cstr(c, hex);
}

static const char *
action_of(const struct view_col *col)
{
	if (!col->emit)
		return "dropped";
	if (col->rule == NULL || policy_column_op(col->rule) == OP_KEEP)
		return "kept";
	return "transformed";
}

/*
 * Columns shown as written under a header an earlier column has under
 * the same rule (view_col.same_as): `Sexe;Sexe` over `M;DUPONT Jean`
 * showed the name under a kept header (hostile31).  By number and rule,
 * never a cell; drift, so check exits 3 and --strict refuses the file.
 * In JSON, after "new": "duplicate":[{"index":3,"same_as":2}].
 */
static void
report_same_headers(struct check *c, const struct view *v, int *drift)
{
	size_t i, n = 0;

	if (c->o->json)
		fputs("],\"duplicate\":[", c->out);
	for (i = 0; i < view_ncols(v); i++) {
		const struct view_col *col = view_col(v, i);

		if (col->same_as == 0)
			continue;
		*drift = 1;
		if (c->o->json) {
			fprintf(c->out, "%s{\"index\":%zu,\"same_as\":%zu}",
			    n ? "," : "", i + 1, col->same_as);
		} else {
			fprintf(c->out, "    duplicate: column %zu has the header "
			    "of column %zu, under [column %s] (op = %s), which "
			    "shows cells as written: both are SHOWN AS WRITTEN "
			    "(read what column %zu holds in the source)\n",
			    i + 1, col->same_as, policy_column_name(col->rule),
			    policy_column_op_name(col->rule), i + 1);
		}
		n++;
	}
}

static void
report_columns(struct check *c, const struct view *v,
    const struct csvio_record *hdr, int *drift)
{
	const struct policy_file *rule = view_rule(v);
	struct buf *cell = &c->text;
	const char *u;
	size_t ulen, i, j, nnew = 0, nmissing = 0;
	int hidden;

	fprintf(c->out, c->o->json ? ",\"columns\":[" : "  columns:\n");
	for (i = 0; i < view_ncols(v); i++) {
		const struct view_col *col = view_col(v, i);

		buf_reset(cell);
		if (csvio_unescape(&hdr->fields[i], cell) != 0 ||
		    (u = utf8_of(c, view_dialect(v)->encoding, cell->data ?
		    cell->data : "", cell->len, &ulen)) == NULL) {
			u = "?";
			ulen = 1;
		}
		/*
		 * A header no rule names may not be a header at all: a file
		 * exported without one has a patient's cells in its first line.
		 * Only its length is shown unless the operator asks.
		 */
		hidden = col->rule == NULL && !c->o->show_headers;
		if (c->o->json) {
			fprintf(c->out, "%s{\"index\":%zu,\"header\":", i ? "," : "",
			    i + 1);
			if (hidden)
				fprintf(c->out, "null,\"header_chars\":%zu", ulen);
			else
				put_str(c, u, ulen);
			fprintf(c->out, ",\"rule\":");
			if (col->rule)
				put_cstr(c, policy_column_name(col->rule));
			else
				fputs("null", c->out);
			if (col->mixed)
				fputs(",\"mixed_script\":true", c->out);
			fprintf(c->out, ",\"op\":\"%s\",\"action\":\"%s\","
			    "\"quasi\":%s}", col->rule ?
			    policy_column_op_name(col->rule) :
			    col->emit ? "keep" : "drop", action_of(col),
			    col->rule && policy_column_quasi(col->rule) &&
			    col->emit ? "true" : "false");
			continue;
		}
		fprintf(c->out, "    %2zu  ", i + 1);
		if (hidden)
			fprintf(c->out, "(a header no rule names, %zu bytes: "
			    "--show-headers prints it)", ulen);
		else
			put_str(c, u, ulen);
		if (col->rule)
			fprintf(c->out, "  -> %s: %s by [column %s]%s\n",
			    action_of(col), policy_column_op_name(col->rule),
			    policy_column_name(col->rule),
			    policy_column_quasi(col->rule) && col->emit ?
			    ", quasi-identifier" : "");
		else if (col->mixed)
			fprintf(c->out, "  -> dropped: no rule names it and its "
			    "letters mix two scripts in a word (a look-alike; "
			    "columns = keep)  [new column]\n");
		else
			fprintf(c->out, "  -> %s: no rule names it (columns = %s)"
			    "  [new column]\n", action_of(col),
			    col->emit ? "keep" : "drop");
	}
	fprintf(c->out, c->o->json ? "],\"drift\":{\"missing\":[" : "  drift:\n");
	for (i = 0; i < rule->nexpect; i++) {
		for (j = 0; j < view_ncols(v); j++)
			if (view_col(v, j)->rule &&
			    strcmp(policy_column_name(view_col(v, j)->rule),
			    rule->expect[i]) == 0)
				break;
		if (j < view_ncols(v))
			continue;
		*drift = 1;
		if (c->o->json) {
			fputs(nmissing ? "," : "", c->out);
			put_cstr(c, rule->expect[i]);
		} else {
			fprintf(c->out, "    missing: [column %s] is expected "
			    "(expect = in [file %s]) but no header matches it\n",
			    rule->expect[i], rule->name);
		}
		nmissing++;
	}
	if (c->o->json)
		fputs("],\"new\":[", c->out);
	for (i = 0; i < view_ncols(v); i++) {
		if (view_col(v, i)->rule != NULL)
			continue;
		/* A look-alike header is dropped, but worth a look: someone
		 * wrote it so, or a tool mangled the export. */
		if (view_col(v, i)->emit || view_col(v, i)->mixed)
			*drift = 1;
		if (c->o->json)
			fprintf(c->out, "%s{\"index\":%zu,\"action\":\"%s\"}",
			    nnew ? "," : "", i + 1, action_of(view_col(v, i)));
		else
			fprintf(c->out, "    new: column %zu is named by no rule: "
			    "%s\n", i + 1, view_col(v, i)->emit ?
			    "KEPT AS IT IS "
			    "(columns = keep)" : view_col(v, i)->mixed ?
			    "dropped (a look-alike header: two scripts in a "
			    "word)" : "dropped");
		nnew++;
	}
	report_same_headers(c, v, drift);
	if (c->o->json)
		fputs("]}", c->out);
	else if (nmissing == 0 && nnew == 0)
		fputs("    none\n", c->out);
}

static void
report_risk(struct check *c, const struct view *v, const struct risk_scan *s,
    int joined, int *below)
{
	struct risk_summary sum;
	size_t i, j, nqi = risk_scan_nqi(s), nworst, col = 0;
	const struct policy_column *r;
	double share;

	risk_scan_summary(s, c->threshold, &sum);
	share = sum.records ? 100.0 * (double)sum.below_records /
	    (double)sum.records : 0.0;
	*below = sum.records > 0 && sum.k < c->threshold;
	nworst = risk_scan_worst(s, c->worst, c->o->worst);
	if (joined && c->o->json)
		fputs(",\"joined\":true", c->out);
	if (c->o->json) {
		fprintf(c->out, ",\"risk\":{\"records\":%lu,\"groups\":%lu,"
		    "\"k\":%lu,\"threshold\":%lu,\"below_records\":%lu,"
		    "\"below_share\":%.4f,\"below_groups\":%lu,\"passes\":%s,"
		    "\"quasi\":[", sum.records, sum.classes, sum.k, c->threshold,
		    sum.below_records, share / 100.0, sum.below_classes,
		    *below ? "false" : "true");
		for (i = 0; i < nqi; i++) {
			r = risk_scan_qi(s, i, &col);
			fprintf(c->out, "%s{\"rule\":", i ? "," : "");
			put_cstr(c, policy_column_name(r));
			fprintf(c->out, ",\"view_column\":%zu,\"op\":\"%s\","
			    "\"values\":\"%s\"}", col + 1,
			    policy_column_op_name(r),
			    qi_shown(r) ? "view" : "digest");
		}
		fputs("],\"smallest_groups\":[", c->out);
	} else {
		fprintf(c->out, "  quasi-identifiers:");
		for (i = 0; i < nqi; i++) {
			r = risk_scan_qi(s, i, &col);
			fprintf(c->out, "%s [column %s] (%s, values %s)", i ? "," : "",
			    policy_column_name(r), policy_column_op_name(r),
			    qi_shown(r) ?
			    "as the view shows them" : "as keyed digests");
		}
		fprintf(c->out, "%s\n", nqi ? "" : " none in this file: every "
		    "record is in one group");
		fprintf(c->out, "  risk: %lu records in %lu groups, k = %lu "
		    "(threshold %lu): %s\n", sum.records, sum.classes, sum.k,
		    c->threshold, sum.records == 0 ? "no records" : joined ?
		    "in records; the file joins on the patient: judged by the "
		    "join across files, below" : *below ? "BELOW THE THRESHOLD" :
		    "passes");
		fprintf(c->out, "        %lu records (%.1f%%) in %lu groups "
		    "smaller than %lu\n", sum.below_records, share,
		    sum.below_classes, c->threshold);
		if (nworst)
			fprintf(c->out, "  smallest groups (size: values):\n");
	}
	if (nqi == 0)
		nworst = 0;	/* one group, no values to show */
	for (i = 0; i < nworst; i++) {
		if (c->o->json)
			fprintf(c->out, "%s{\"size\":%lu,\"values\":[", i ? "," : "",
			    c->worst[i].count);
		else
			fprintf(c->out, "    %6lu: ", c->worst[i].count);
		for (j = 0; j < nqi; j++) {
			const char *val;
			size_t vlen;

			r = risk_scan_qi(s, j, NULL);
			if (risk_key_value(c->worst[i].key, c->worst[i].len, j,
			    &val, &vlen) != 0)
				break;
			fputs(j ? ", " : "", c->out);
			put_qi_value(c, v, r, val, vlen);
		}
		fputs(c->o->json ? "]}" : "\n", c->out);
	}
	if (c->o->json)
		fputs("]}", c->out);
}

static void
report_error(struct check *c, const struct pfs_error *err, int r)
{
	const char *what = err->what ? err->what : strerror(-r);
	struct pfs_error pe;
	char text[256];

	if (c->o->json) {
		fprintf(c->out, ",\"status\":\"error\",\"error\":{\"line\":%ld,"
		    "\"column\":%zu,\"what\":", err->line, err->column);
		put_cstr(c, what);
		fputs("}", c->out);
		return;
	}
	pe = *err;
	pe.code = -r;
	pe.what = what;
	pfs_error_format(&pe, text, sizeof(text));
	fprintf(c->out, "  CANNOT BE SHOWN: %s\n", text);
}

/* The risk pass, counted for the progress line every megabyte. */
struct scan_progress {
	struct risk_scan	*scan;
	struct progress		*pg;
	off_t			 counted;
	struct check_sink	*sink;		/* the file's groups and the join */
};

static int
scan_progress_sink(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	struct scan_progress *sp = arg;

	if (sp->pg != NULL && src_end - sp->counted >= (1 << 20)) {
		progress_add(sp->pg, (unsigned long long)(src_end - sp->counted));
		sp->counted = src_end;
	}
	return check_sink(sp->sink, bytes, len, src_end, next_line);
}

/* ---- suppressions ---- */

/*
 * One rule's counts.  Per group, a count under the k threshold is shown as
 * "<k": for a single patient's file, which group was suppressed is the
 * diagnosis the view hides, and a report travels further than the source.
 */
static void
put_suppressed(struct check *c, const struct policy_column *rule,
    const struct view_col_stats *st, int first)
{
	int b, n = 0;

	if (c->o->json) {
		fprintf(c->out, "%s{\"rule\":", first ? "" : ",");
		put_cstr(c, policy_column_name(rule));
		fprintf(c->out, ",\"op\":\"%s\",\"cells\":%lu,\"linked\":%lu,"
		    "\"rows_dropped\":%lu,\"groups\":{",
		    policy_column_op_name(rule),
		    st->cells, st->linked, st->rows);
	} else {
		fprintf(c->out, "    [column %s] %s: %lu cells",
		    policy_column_name(rule), policy_column_op_name(rule),
		    st->cells);
	}
	for (b = 0; b < VIEW_STATS_GROUPS; b++) {
		const char *name = (1u << b) == OPS_RANGE_GROUP ? "ranges" :
		    icd10_sensitive_name(1u << b);
		unsigned long k = st->groups[b];

		if (k == 0 || name == NULL)
			continue;
		if (c->o->json)
			fprintf(c->out, k < c->threshold ? "%s\"%s\":\"<%lu\"" :
			    "%s\"%s\":%lu", n ? "," : "", name, k < c->threshold ?
			    c->threshold : k);
		else
			fprintf(c->out, k < c->threshold ? "%s%s <%lu" : "%s%s %lu",
			    n ? ", " : " (", name, k < c->threshold ? c->threshold : k);
		n++;
	}
	if (c->o->json) {
		fputs("}}", c->out);
		return;
	}
	fprintf(c->out, "%s, %lu linked cells emptied, %lu rows dropped\n",
	    n ? ")" : "", st->linked, st->rows);
}

static void
add_stats(struct view_col_stats *to, const struct view_col_stats *from)
{
	to->cells += from->cells;
	to->linked += from->linked;
	to->rows += from->rows;
	for (int b = 0; b < VIEW_STATS_GROUPS; b++)
		to->groups[b] += from->groups[b];
}

/* Per column that can suppress: what it did in this file. */
static void
report_suppressed(struct check *c, const struct view *v,
    const struct view_stats *st)
{
	size_t nhide;
	const size_t *hide = view_hidden_cols(v, &nhide);

	fputs(c->o->json ? ",\"suppressed\":[" : "  suppressed (counts under "
	    "the k threshold shown as <k):\n", c->out);
	for (size_t i = 0; i < nhide; i++) {
		size_t col = hide[i];
		const struct policy_column *rule = view_col(v, col)->rule;

		put_suppressed(c, rule, &st->cols[col], i == 0);
		if (c->supp != NULL)
			add_stats(&c->supp[policy_column_index(c->e->policy,
			    rule)], &st->cols[col]);
	}
	if (c->o->json)
		fputs("]", c->out);
}

/* The whole run, per rule that suppressed something. */
static void
report_suppressed_totals(struct check *c)
{
	const struct policy *p = c->e->policy;
	int first = 1;

	if (c->supp == NULL)
		return;
	fputs(c->o->json ? ",\"suppressed\":[" : "\nsuppressed, all files "
	    "(counts under the k threshold shown as <k):\n", c->out);
	for (size_t i = 0; i < p->ncolumns; i++) {
		const struct policy_column *rule = policy_column_at(p, i);

		if (!(policy_column_flags(rule) & OP_F_HIDES))
			continue;
		put_suppressed(c, rule, &c->supp[i], first);
		first = 0;
	}
	if (c->o->json)
		fputs("]", c->out);
	else if (first)
		fputs("    no rule suppresses\n", c->out);
}

/* `size` is the source's size when the walk met it, as the progress total
 * counted it: a source that cannot be opened has no descriptor to ask
 * (its bytes were never counted done, so the line stopped short of 100%;
 * review27). */
static void
check_file_done(struct check *c, off_t size, off_t counted)
{
	if (c->o->progress == NULL)
		return;
	progress_file_done(c->o->progress, size > counted ?
	    (unsigned long long)(size - counted) : 0);
}

static void
report_dialect(struct check *c, const struct view *v)
{
	const struct dialect *d = view_dialect(v);
	const struct policy_file *rule = view_rule(v);
	int utf8 = rule->encoding == VIEW_ENCODING_UTF8;

	if (c->o->json)
		fprintf(c->out, ",\"dialect\":{\"delimiter\":\"%s\",\"encoding\":"
		    "\"%s\",\"bom\":%s,\"view_encoding\":\"%s\"}",
		    d->delim == '\t' ? "\\t" : (char[]){ d->delim, 0 },
		    dialect_encoding_name(d->encoding),
		    d->bom_len ? "true" : "false",
		    dialect_encoding_name(view_encoding(v)));
	else
		fprintf(c->out, "  dialect: delimiter %s, %s%s%s%s\n",
		    d->delim == '\t' ? "tab" :
		    (char[]){ '\'', d->delim, '\'', 0 },
		    dialect_encoding_name(d->encoding),
		    d->bom_len ? " with BOM" : "",
		    utf8 ? "; the view is UTF-8 (encoding = utf-8)" : "",
		    utf8 && rule->bom ? " with BOM" : "");
}

/* Why a file's risk is not in the report. */
static void
report_no_risk(struct check *c)
{
	if (c->o->json)
		fputs(",\"risk\":null", c->out);
	else if (!c->has_quasi)
		fputs("  risk: not computed: the policy declares no "
		    "quasi-identifier (quasi = yes on a [column] rule)\n", c->out);
	else
		fputs("  risk: not computed: the view values of tokens, fakes and "
		    "shifted dates need the key (-k KEYFILE)\n", c->out);
}

/*
 * Kept cells that look like identifiers (keptscan.h): per kept column, by
 * number and rule, the cells with a finding, their kinds and the first
 * one's line.  Never a value, never a header no rule names (the column's
 * number says which).  A finding makes check exit 3: the policy keeps what
 * may identify someone, and only its author can say whether it does.
 */
/*
 * The identity source's path in the view (check46): what a message about
 * it may print.  Each directory of [project] identity = as the view names
 * it (a token under dirs = token), then the file as its rule names it (a
 * .gz by its name without .gz); never the source path, which a token
 * hides.  0 with c->idname_set -1 when a part is not shown; -ENOMEM.
 */
static int
identity_view_name(struct check *c)
{
	const struct policy *p = c->e->policy;
	struct ops_scratch scratch = { 0 };
	struct tree_naming how;
	struct buf name = BUF_INIT;
	char rel[PATH_MAX];
	size_t n, i;
	int r = 0;

	if (c->idname_set != 0)
		return 0;
	c->idname_set = -1;
	n = strlen(p->identity_path);
	if (n >= sizeof(rel))
		return 0;
	memcpy(rel, p->identity_path, n + 1);
	if (n > 3 && strcmp(rel + n - 3, ".gz") == 0)
		rel[n -= 3] = '\0';
	buf_reset(&c->idname);
	for (i = 0; i <= n && r == 0; i++) {
		char save = rel[i];

		if (save != '/' && save != '\0')
			continue;
		rel[i] = '\0';
		r = tree_view_name(p, rel, save == '\0' ? p->identity_rule :
		    NULL, &scratch, &name, &how);
		rel[i] = save;
		if (r != 0 || !how.shown)
			break;
		/* name.len counts its NUL: the path's last one ends it. */
		if ((c->idname.len > 0 && (r = buf_grow_putc(&c->idname,
		    '/')) != 0) || (r = buf_grow_append(&c->idname, name.data,
		    name.len - 1)) != 0 || (save == '\0' &&
		    (r = buf_grow_putc(&c->idname, '\0')) != 0))
			break;
		if (save == '\0')
			c->idname_set = 1;
	}
	buf_free(&name);
	ops_scratch_free(&scratch);
	return r;
}

/* The identity source cannot be loaded: by its view path and the
 * source's fixed text, never the source path or a value.  JSON: the
 * file's "identity_source" member; text: "the identity source P cannot
 * be read (what)", the caller says what follows. */
static void
put_identity_unread(struct check *c, const char *what)
{
	int r = identity_view_name(c);

	if (c->o->json) {
		fputs(",\"identity_source\":{\"path\":", c->out);
		if (r == 0 && c->idname_set == 1)
			put_cstr(c, c->idname.data);
		else
			fputs("null", c->out);
		fputs(",\"status\":\"error\",\"what\":", c->out);
		put_cstr(c, what);
		fputc('}', c->out);
		return;
	}
	fputs("the identity source ", c->out);
	if (r == 0 && c->idname_set == 1)
		put_cstr(c, c->idname.data);
	else
		fputs("(not shown in the view)", c->out);
	fputs(" cannot be read (", c->out);
	put_cstr(c, what);
	fputc(')', c->out);
}

/* The identity source could not be loaded for file's kept cells
 * (check46): said, by its view path and the source's fixed text, never a
 * value; the file counts as incomplete (exit 1).  Before check46 the
 * cells were compared with the row's own columns only and "none found"
 * read as complete. */
static void
report_identity_unread(struct check *c, const char *what)
{
	c->t->identity_unread++;
	if (!c->o->json)
		fputs("  INCOMPLETE: ", c->out);
	put_identity_unread(c, what);
	if (!c->o->json)
		fputs(": the kept cells were not compared with their "
		    "patients' names\n", c->out);
}

/*
 * Did file's view fail to open because the identity source cannot be
 * loaded (check47)?  Its rule depends on the source and asking the source
 * again fails with the same fixed text (a failed version fails again
 * without being read: identity_source_get).  Then the file is said as
 * report_identity_unread says it, by the source's view path: the view's
 * own error named neither the source nor which (check46 named it only for
 * files without a scrub column).
 */
static int
identity_failed(struct check *c, const struct policy_file *rule,
    const struct pfs_error *err)
{
	struct identity *id = NULL;
	struct pfs_error e2;

	if (err->what == NULL || c->e->identity == NULL ||
	    c->e->keys == NULL || !identity_rule_depends(c->e->policy, rule))
		return 0;
	if (identity_source_get(c->e, &id, &e2) == 0) {
		identity_put(id);
		return 0;
	}
	return e2.what == err->what;
}

static void
report_kept(struct check *c, const struct view *v, struct keptscan *k)
{
	size_t i, n = keptscan_ncols(k), shown = 0;

	keptscan_end(k);

	fputs(c->o->json ? ",\"kept_identifiers\":[" :
	    "  kept values like identifiers:", c->out);
	for (i = 0; i < n; i++) {
		const struct keptscan_col *col = keptscan_col(k, i);
		const struct view_col *vc;
		const char *rule;
		int d, first = 1;

		if (col->cells == 0)
			continue;
		vc = view_col(v, col->src_col);
		rule = vc->rule ? policy_column_name(vc->rule) : NULL;
		if (c->o->json) {
			fprintf(c->out, "%s{\"column\":%zu,\"rule\":",
			    shown ? "," : "", col->src_col + 1);
			if (rule)
				put_cstr(c, rule);
			else
				fputs("null", c->out);
			fprintf(c->out, ",\"cells\":%lu,\"first_line\":%ld,"
			    "\"kinds\":{", col->cells, col->first_line);
		} else {
			fprintf(c->out, "\n    column %zu (%s%s%s): %lu cell%s (",
			    col->src_col + 1, rule ? "[column " : "no rule, "
			    "columns = keep", rule ? rule : "", rule ? "]" : "",
			    col->cells, col->cells == 1 ? "" : "s");
		}
		for (d = 0; d < DETECT_NKINDS; d++) {
			if (col->kinds[d] == 0)
				continue;
			fprintf(c->out, c->o->json ? "%s\"%s\":%lu" : "%s%s %lu",
			    first ? "" : ", ", keptscan_kind_name(d),
			    col->kinds[d]);
			first = 0;
		}
		/* The row's own name (check43): a kind of its own, so the
		 * author knows to read the cell beside its row's names. */
		if (col->own_name > 0)
			fprintf(c->out, c->o->json ? "%s\"own_name\":%lu" :
			    "%sthe row's own name %lu", first ? "" : ", ",
			    col->own_name);
		fprintf(c->out, c->o->json ? "}}" : "), first at line %ld",
		    col->first_line);
		shown++;
	}
	if (c->o->json)
		fputs("]", c->out);
	else if (shown == 0)
		fprintf(c->out, " none found in %zu kept column%s\n", n,
		    n == 1 ? "" : "s");
	else
		fputs("\n    (pseudonymize check shows no value: read these "
		    "cells in the source; drop, scrub or transform the column, "
		    "or accept them)\n", c->out);
	c->t->kept_identifiers += shown > 0;
	if (keptscan_identity_unread(k) != NULL)
		report_identity_unread(c, keptscan_identity_unread(k));
}

/* One column of report_date_parts: its number and rule, then what. */
static void
put_date_part(struct check *c, size_t *shown, const struct view_col *vc,
    size_t col)
{
	const char *rule = vc->rule ? policy_column_name(vc->rule) : NULL;

	if (c->o->json) {
		fprintf(c->out, "%s{\"column\":%zu,\"rule\":", *shown ? "," :
		    ",\"date_parts\":[", col + 1);
		if (rule)
			put_cstr(c, rule);
		else
			fputs("null", c->out);
	} else {
		if (*shown == 0)
			fputs("  true parts of dates beside shifted dates:",
			    c->out);
		fprintf(c->out, "\n    column %zu (%s%s%s): ", col + 1,
		    rule ? "[column " : "no rule, columns = keep",
		    rule ? rule : "", rule ? "]" : "");
	}
	(*shown)++;
}

/*
 * Columns that show a part of the true date (a year, a month, a day and
 * month, a weekday, a date) in a file whose dates move by the patient's
 * shift: the recipient reads the true part beside the moved date and
 * narrows the shift, a true month to some thirty days, a true date to the
 * shift itself, and with it every date of that patient in every file
 * (hostile24).  Two kinds: a rule that shows the true date's part (op =
 * date with mode = month or year; op = scrub with dates = month, year or
 * keep), from the policy; a kept column whose cells are such parts
 * (keptscan.h), from the values.  By column number and rule, never a
 * value.  A finding makes check exit 3; the mount and the exporter serve
 * the view as the policy says (docs/policy.md, section 7).
 */
static void
report_date_parts(struct check *c, const struct view *v, struct keptscan *k)
{
	size_t i, n, shown = 0;
	int shifted = 0;

	for (i = 0; i < view_ncols(v); i++) {
		const struct view_col *vc = view_col(v, i);

		if (vc->emit && vc->rule != NULL &&
		    (policy_column_flags(vc->rule) & OP_F_SHIFT))
			shifted = 1;
	}
	if (!shifted)
		return;
	for (i = 0; i < view_ncols(v); i++) {
		const struct view_col *vc = view_col(v, i);
		const char *opt;

		if (!vc->emit || vc->rule == NULL ||
		    (opt = policy_column_true_date(vc->rule)) == NULL)
			continue;
		put_date_part(c, &shown, vc, i);
		if (c->o->json) {
			fputs(",\"option\":", c->out);
			put_cstr(c, opt);
			fputc('}', c->out);
		} else {
			fprintf(c->out, "op = %s, %s: the true date's %s",
			    policy_column_op_name(vc->rule), opt,
			    strstr(opt, "keep") ? "day, month and year" :
			    strstr(opt, "month") ? "month and year" : "year");
		}
	}
	n = k != NULL ? keptscan_ncols(k) : 0;
	for (i = 0; i < n; i++) {
		const struct keptscan_col *col = keptscan_col(k, i);

		if (col->calendar_cells == 0)
			continue;
		put_date_part(c, &shown, view_col(v, col->src_col),
		    col->src_col);
		if (c->o->json)
			fprintf(c->out, ",\"cells\":%lu,\"first_line\":%ld}",
			    col->calendar_cells, col->calendar_line);
		else
			fprintf(c->out, "%lu cell%s (a year, month, day or "
			    "weekday), first at line %ld", col->calendar_cells,
			    col->calendar_cells == 1 ? "" : "s",
			    col->calendar_line);
	}
	if (shown > 0 && c->o->json)
		fputs("]", c->out);
	else if (shown > 0)
		fputs("\n    (the true part beside the moved date narrows each "
		    "patient's shift: shift the column too, drop it, or accept "
		    "it)\n", c->out);
	c->t->date_parts += shown > 0;
}

/*
 * The other [file] rules that match the file: the first in the policy is
 * its rule, theirs do not apply to it (docs/policy.md, section 5).  A
 * stricter rule written below a catch-all applies to nothing; said per
 * file, by rule names only.  `rel` is the path matched.
 */
static void
report_overlap(struct check *c, const struct policy_file *rule,
    const char *rel)
{
	const struct policy *p = c->e->policy;
	const struct policy_file *o;
	char buf[PATH_MAX];
	int n = 0;

	if (rel == NULL)
		return;
	rel = tree_plain_name(rel, buf, sizeof(buf));
	for (o = policy_match_file_after(p, rule, rel); o != NULL;
	    o = policy_match_file_after(p, o, rel)) {
		if (c->o->json) {
			fputs(n++ ? "," : ",\"also_matched\":[", c->out);
			put_cstr(c, o->name);
		} else {
			fprintf(c->out, "%s[file %s]", n++ ?
			    ", " : "  also matched by ", o->name);
		}
	}
	if (n > 0 && c->o->json)
		fputc(']', c->out);
	else if (n > 0)
		fprintf(c->out, ": [file %s] is its rule, the first in the "
		    "policy; %s not apply\n", rule->name, n == 1 ?
		    "the other's does" : "the others' do");
}

static void
check_file(struct check *c, int fd, off_t size,
    const struct policy_file *rule, const char *view_rel, const char *match_rel)
{
	struct scan_progress sp = { NULL, c->o->progress, 0, NULL };

	/* The report may go to the terminal the progress line is on. */
	if (sp.pg != NULL)
		progress_clear(sp.pg);
	struct view_reader *rd = NULL;
	struct view *v = NULL;
	struct risk_scan *scan = NULL;
	struct check_sink sink = { c, NULL, NULL, NULL, 0, NULL };
	struct keptscan *kept = NULL;
	struct pfs_error err = { 0 };
	struct csvio_record hdr = { 0 };
	struct view_stats stats = { NULL, 0 };
	struct buf raw = BUF_INIT;
	size_t nhide;
	char open_why[96];
	int r = -EIO, drift = 0, below = 0, joined = 0;

	c->t->files++;
	if (c->o->json) {
		fprintf(c->out, "%s{\"path\":", c->nfiles_out++ ? "," : "");
		put_cstr(c, view_rel);
		fprintf(c->out, ",\"rule\":");
		put_cstr(c, rule->name);
	} else {
		/* A name shown as it is (suspect_names = show) may hold
		 * a newline or an escape: escaped like a source name. */
		fputc('\n', c->out);
		put_cstr(c, view_rel);
		fprintf(c->out, "  [file %s]\n", rule->name);
	}
	report_overlap(c, rule, match_rel);
	if (fd < 0) {
		/* The source cannot be opened (its mode, an ACL): the
		 * exporter fails it and the mount gives an error, so it is
		 * a file that cannot be shown, not one left out of the
		 * report with "0 cannot be shown" and exit 0 (hostile28). */
		snprintf(open_why, sizeof(open_why), "cannot open source: %s",
		    strerror(-fd));
		err.what = open_why;
		goto out;
	}
	if ((r = view_reader_new(fd, &rd)) != 0 ||
	    (r = view_open(c->e, rule, rd, &v, &err)) != 0)
		goto out;
	report_dialect(c, v);
	if (view_ncols(v) == 0) {
		if (c->o->json)
			fputs(",\"status\":\"ok\",\"columns\":[],\"risk\":null}",
			    c->out);
		else
			fputs("  empty file: empty view\n", c->out);
		goto done;
	}
	if ((r = read_header(rd, v, &raw, &hdr)) != 0)
		goto out;
	(void)view_hidden_cols(v, &nhide);
	if (c->e->keys != NULL && ((r = keptscan_new(v,
	    c->e->policy->shift_unit == POLICY_SHIFT_WEEK, &kept)) != 0 ||
	    (r = keptscan_identity(kept, c->e, v)) != 0 ||
	    (r = keptscan_header(kept, v)) != 0))
		goto out;
	if (c->e->keys != NULL) {
		/* One pass: the view's records, grouped as they go by, its
		 * suppressions counted, its kept cells read.  Run even when
		 * none is asked for: a record the exporter and the mount
		 * refuse (unparsable, an invalid encoding, a transform
		 * error) makes the file fail here too (check27). */
		if (c->has_quasi && (r = risk_scan_new(v, &scan)) != 0)
			goto out;
		if (keptscan_ncols(kept) > 0) {
			sink.kept = kept;
			sink.line = view_data_line(v);
			sink.rd = rd;
		}
		sink.scan = scan;
		sp.scan = scan;
		sp.sink = &sink;
		if (nhide > 0) {
			stats.ncols = view_ncols(v);
			if ((stats.cols = calloc(view_ncols(v),
			    sizeof(*stats.cols))) == NULL) {
				r = -ENOMEM;
				goto out;
			}
			view_reader_set_stats(rd, &stats);
		}
		if (scan != NULL && c->join != NULL && c->join_error == 0 &&
		    (r = joinrisk_file_new(c->join, c->e->policy, v,
		    &sink.jf)) != 0 &&
		    r != -ENOENT)
			goto out;
		joined = sink.jf != NULL;
		if ((r = view_run(v, rd, view_data_line(v), scan_progress_sink,
		    &sp, &err)) != 0)
			goto out;
	} else if ((r = view_check_records(v, rd, view_data_line(v),
	    &err)) != 0) {
		/* Without the key no view byte can be made: the records are
		 * still read, so a file the parser refuses is not "ok". */
		goto out;
	}
	if (sp.pg != NULL)
		progress_clear(sp.pg);
	if (c->o->json)
		fputs(",\"status\":\"ok\"", c->out);
	report_columns(c, v, &hdr, &drift);
	if (sink.kept != NULL)
		report_kept(c, v, kept);
	report_date_parts(c, v, sink.kept);
	if (stats.cols != NULL)
		report_suppressed(c, v, &stats);
	if (scan != NULL)
		report_risk(c, v, scan, joined, &below);
	else
		report_no_risk(c);
	if (c->o->json)
		fputs("}", c->out);
	c->t->drift += drift;
	/* A joined file is judged by the join, which is stricter: a profile
	 * of k patients puts each of its values in k patients' records. */
	c->t->below += below && !joined;
	goto done;
 out:
	c->t->failed++;
	if (fd < 0)
		r = -EINVAL;	/* err.what says it, with the errno's text */
	else if (v == NULL && identity_failed(c, rule, &err)) {
		/* The source's line is not this file's: not printed. */
		if (c->o->json) {
			fputs(",\"status\":\"error\",\"error\":{\"line\":0,"
			    "\"column\":0,\"what\":", c->out);
			put_cstr(c, err.what);
			fputc('}', c->out);
		} else
			fputs("  CANNOT BE SHOWN: ", c->out);
		put_identity_unread(c, err.what);
		if (c->o->json)
			fputs("}", c->out);
		else
			fputs(": its comments would keep the names it "
			    "holds\n", c->out);
		goto done;
	} else if ((r = risk_error(r, &err)) != -EINVAL)
		memset(&err, 0, sizeof(err));
	report_error(c, &err, r);
	if (c->o->json)
		fputs("}", c->out);
 done:
	check_file_done(c, size, sp.counted);
	csvio_record_free(&hdr);
	buf_free(&raw);
	risk_scan_free(scan);
	keptscan_free(kept);
	joinrisk_file_free(sink.jf);
	free(stats.cols);
	view_free(v);
	view_reader_free(rd);
}

/* ---- the tree ---- */

static int
note_hard_link(struct check *c, const char *view_rel, nlink_t nlink)
{
	struct hard_link *grown;

	if ((grown = realloc(c->links, (c->nlinks + 1) * sizeof(*grown))) == NULL)
		return -ENOMEM;
	c->links = grown;
	if ((grown[c->nlinks].view_rel = strdup(view_rel)) == NULL)
		return -ENOMEM;
	grown[c->nlinks++].nlink = (unsigned long)nlink;
	c->t->hard_links++;
	return 0;
}

/* Shown files that have other names, and files too deep to be shown. */
static void
report_links_and_depth(struct check *c)
{
	size_t i;

	if (c->o->json) {
		fputs(",\"hard_links\":[", c->out);
		for (i = 0; i < c->nlinks; i++) {
			fprintf(c->out, "%s{\"file\":", i ? "," : "");
			put_cstr(c, c->links[i].view_rel);
			fprintf(c->out, ",\"links\":%lu}", c->links[i].nlink);
		}
		fputs("]", c->out);
		return;
	}
	if (c->t->too_deep)
		fprintf(c->out, "  %lu files that a rule matches lie deeper than "
		    "%d directories below the source: the view does not show "
		    "them\n", c->t->too_deep, TREE_MAX_DEPTH);
	if (c->nlinks == 0)
		return;
	fputs("\nhard links (the view serves the file; its other names may lie "
	    "outside the source):\n", c->out);
	for (i = 0; i < c->nlinks; i++) {
		fputs("  ", c->out);
		put_cstr(c, c->links[i].view_rel);
		fprintf(c->out, ": %lu links\n", c->links[i].nlink);
	}
}

/* ---- names ---- */

static int
add_note(struct check *c, const char *path, int refused, int is_dir,
    const char *what, const char *rule, const char *src)
{
	struct name_note *n;

	if ((n = realloc(c->notes, (c->nnotes + 1) * sizeof(*n))) == NULL)
		return -ENOMEM;
	c->notes = n;
	n = &c->notes[c->nnotes];
	memset(n, 0, sizeof(*n));
	snprintf(n->path, sizeof(n->path), "%s", path);
	n->refused = refused;
	n->is_dir = is_dir;
	n->what = what;
	n->rule = rule;
	if (c->o->show_names && src != NULL && (n->src = strdup(src)) == NULL)
		return -ENOMEM;
	c->nnotes++;
	return 0;
}

/* A shown name: one shown as it is that looks like an identifier (kept by
 * suspect_names = show, or a weaker sign such as a run of 6 digits) is a
 * warning; a renamed directory is counted (and named with --show-names). */
static int
note_shown_name(struct check *c, const char *view_rel, const char *name,
    const char *src_name, const struct policy_file *rule, int is_dir)
{
	enum names_sign sign;
	int r;

	if (strcmp(name, src_name) != 0) {
		if (!is_dir)
			return 0;
		c->renamed_dirs++;
		return c->o->show_names ? add_note(c, view_rel, 0, 1,
		    "a renamed directory", NULL, src_name) : 0;
	}
	if ((r = names_sign(src_name, strlen(src_name), &sign)) != 0)
		return r;
	if (sign == NAMES_CLEAN)
		return 0;
	c->t->name_warnings++;
	return add_note(c, view_rel, 0, is_dir, names_sign_text(sign),
	    rule ? rule->name : NULL, NULL);
}

/* An entry a rule would show that has no view name. */
static void
note_refused(struct check *c, const struct tree_refused_entry *e)
{
	char path[PATH_MAX];

	/* An entry with no view name is told by its directory: "labo/". */
	snprintf(path, sizeof(path), "%s%s%s", *e->view_dir ? e->view_dir :
	    ".", "/", e->view_name ? e->view_name : "");
	c->t->refused++;
	if (add_note(c, path, 1, e->is_dir, tree_refusal_text(
	    e->how->refusal), e->how->rule, e->src_name) != 0)
		c->t->failed++;	/* the report would be incomplete */
	else if (e->how->refusal == TREE_REFUSED_SUSPECT)
		/* Which sign, never the name: the operator must know what
		 * to look for without --show-names. */
		c->notes[c->nnotes - 1].sign = names_sign_text(e->how->sign);
}

static void
report_names(struct check *c)
{
	size_t i;

	if (c->o->json)
		fprintf(c->out, "],\"renamed_directories\":%lu,\"names\":[",
		    c->renamed_dirs);
	else if (c->nnotes || c->renamed_dirs)
		fprintf(c->out, "\nnames (source names are never printed "
		    "without --show-names):\n  %lu directories shown as tokens\n",
		    c->renamed_dirs);
	for (i = 0; i < c->nnotes; i++) {
		const struct name_note *n = &c->notes[i];

		if (c->o->json) {
			fprintf(c->out, "%s{\"path\":", i ? "," : "");
			put_cstr(c, n->path);
			fprintf(c->out, ",\"kind\":\"%s\",\"shown\":%s,"
			    "\"rule\":", n->is_dir ? "directory" : "file",
			    n->refused ? "false" : "true");
			if (n->rule)
				put_cstr(c, n->rule);
			else
				fputs("null", c->out);
			fputs(",\"what\":", c->out);
			put_cstr(c, n->what);
			if (n->sign) {
				fputs(",\"sign\":", c->out);
				put_cstr(c, n->sign);
			}
			if (n->src) {
				fputs(",\"source_name\":", c->out);
				put_cstr(c, n->src);
			}
			fputc('}', c->out);
			continue;
		}
		fputs("  ", c->out);
		put_cstr(c, n->path);
		fprintf(c->out, ": %s, a %s of %s%s%s%s: %s",
		    n->refused ? "NOT SHOWN" : "warning", n->is_dir ?
		    "directory" : "file", n->rule ? "[" : "[project] dirs",
		    n->rule ? n->is_dir ? "dir " : "file " : "", n->rule ?
		    n->rule : "", n->rule ? "]" : "", n->what);
		if (n->sign)
			fprintf(c->out, "; the name %s", n->sign);
		if (n->src) {
			fputs(" (source name: ", c->out);
			put_cstr(c, n->src);
			fputc(')', c->out);
		}
		fputc('\n', c->out);
	}
}

/* The skip counts of the directory at view_rel: the last record when it
 * is that directory's (a walk gives a directory's skipped entries
 * together, after its subdirectories'), else a new one. */
static struct dir_skips *
dir_skips_of(struct check *c, const char *view_rel)
{
	struct dir_skips *d;

	if (c->ndirs > 0 && strcmp(c->dirs[c->ndirs - 1].path, view_rel) == 0)
		return &c->dirs[c->ndirs - 1];
	if ((d = realloc(c->dirs, (c->ndirs + 1) * sizeof(*d))) == NULL)
		return NULL;
	c->dirs = d;
	d = &c->dirs[c->ndirs++];
	memset(d, 0, sizeof(*d));
	snprintf(d->path, sizeof(d->path), "%s", view_rel);
	return d;
}

/* An entry the view does not list: counted, never named. */
static int
count_skipped(struct check *c, const struct tree_walk_entry *e)
{
	struct dir_skips *d;

	if ((d = dir_skips_of(c, e->view_rel)) == NULL)
		return -ENOMEM;
	if (e->what == TREE_WALK_DIR_END)
		return 0;
	c->t->skipped++;
	if (e->src_name[0] == '.')
		d->hidden++;
	else if (e->st == NULL)
		d->other++;
	else if (S_ISREG(e->st->st_mode))
		d->unmatched++;
	else if (S_ISDIR(e->st->st_mode))
		d->empty_dirs++;
	else
		d->other++;
	return 0;
}

static int
check_shown_file(struct check *c, const struct tree_walk_entry *e)
{
	int fd;

	if (note_shown_name(c, e->view_rel, e->view_name, e->src_name,
	    e->rule, 0) != 0)
		return -ENOMEM;
	if ((fd = tree_walk_open(e)) < 0)
		pfs_error_sys(&c->o->report, e->view_rel, "cannot open", -fd);
	check_file(c, fd, e->st->st_size, e->rule, e->view_rel, e->src_rel);
	if (fd < 0)
		return 0;
	close(fd);
	if (e->st->st_nlink > 1)
		return note_hard_link(c, e->view_rel, e->st->st_nlink);
	return 0;
}

static int
check_visit(void *arg, const struct tree_walk_entry *e)
{
	struct check *c = arg;

	switch (e->what) {
	case TREE_WALK_DIR:
		if (*e->view_rel == '\0')
			return 0;
		return note_shown_name(c, e->view_rel, e->view_name,
		    e->src_name, NULL, 1) != 0 ? -ENOMEM : 0;
	case TREE_WALK_FILE:
		return check_shown_file(c, e);
	case TREE_WALK_REFUSED:
		note_refused(c, e->refused);
		return 0;
	case TREE_WALK_SKIPPED:
	case TREE_WALK_DIR_END:
		return count_skipped(c, e);
	case TREE_WALK_FAILED:
		/* A directory that cannot be opened: the exporter fails it
		 * (what it holds is unknown), so does check (hostile28). */
		pfs_error_report(&c->o->report, e->error);
		c->t->failed++;
		return 0;
	}
	return 0;
}

static void
report_skips(struct check *c)
{
	size_t i;

	if (c->o->json)
		fputs("],\"not_shown\":[", c->out);
	else
		fputs("\nnot shown (counted, never named: a source name may be a "
		    "patient's):\n", c->out);
	for (i = 0; i < c->ndirs; i++) {
		const struct dir_skips *d = &c->dirs[i];
		if (c->o->json) {
			fprintf(c->out, "%s{\"directory\":", i ? "," : "");
			put_cstr(c, d->path);
			fprintf(c->out, ",\"unmatched_files\":%lu,\"hidden\":%lu,"
			    "\"directories_without_shown_files\":%lu,"
			    "\"links_and_other\":%lu}", d->unmatched, d->hidden,
			    d->empty_dirs, d->other);
			continue;
		}
		fputs("  ", c->out);
		put_cstr(c, *d->path ? d->path : ".");
		fprintf(c->out, "/: %lu files no rule matches, %lu hidden, "
		    "%lu directories with no shown file, %lu links or other\n",
		    d->unmatched, d->hidden,
		    d->empty_dirs, d->other);
	}
	if (c->o->json)
		fputs("]", c->out);
}

/* k per patient over the files that show the patient rule's column. */
static void
report_join(struct check *c)
{
	const struct policy *p = c->e->policy;
	struct joinrisk_summary sum;
	double share;
	int below;

	if (c->join == NULL) {
		if (c->o->json)
			fputs(",\"join\":null", c->out);
		return;
	}
	joinrisk_summary(c->join, c->threshold, &sum);
	below = c->join_error == 0 && sum.patients > 0 && sum.k < c->threshold;
	c->t->below += below || c->join_error != 0;
	share = sum.patients ? 100.0 * (double)sum.below_patients /
	    (double)sum.patients : 0.0;
	if (c->o->json) {
		fputs(",\"join\":{\"patient_rule\":", c->out);
		put_cstr(c, policy_column_name(p->patient));
		if (c->join_error != 0) {
			fprintf(c->out, ",\"measured\":false,\"error\":\"%s\"}",
			    c->join_error == -E2BIG ? "too many patients or "
			    "values" : strerror(-c->join_error));
			return;
		}
		fprintf(c->out, ",\"measured\":true,\"files\":%lu,\"records\":%lu,"
		    "\"patients\":%lu,\"profiles\":%lu,\"k\":%lu,"
		    "\"threshold\":%lu,\"below_patients\":%lu,"
		    "\"below_share\":%.4f,\"below_profiles\":%lu,\"passes\":%s}",
		    sum.files, sum.records, sum.patients, sum.profiles, sum.k,
		    c->threshold, sum.below_patients, share / 100.0,
		    sum.below_profiles, below ? "false" : "true");
		return;
	}
	fprintf(c->out, "\nacross files, joined on the patient ([column %s]):\n",
	    policy_column_name(p->patient));
	if (c->join_error != 0) {
		fprintf(c->out, "  NOT MEASURED: %s (counted as below the "
		    "threshold)\n", c->join_error == -E2BIG ? "more patients or "
		    "values than the check holds (docs/check.md)" :
		    strerror(-c->join_error));
		return;
	}
	fprintf(c->out, "  %lu files, %lu records, %lu patients in %lu profiles, "
	    "k = %lu patients (threshold %lu): %s\n", sum.files, sum.records,
	    sum.patients, sum.profiles, sum.k, c->threshold, sum.patients == 0 ?
	    "no patients" : below ? "BELOW THE THRESHOLD" : "passes");
	fprintf(c->out, "  %lu patients (%.1f%%) in %lu profiles smaller than "
	    "%lu\n", sum.below_patients, share, sum.below_profiles, c->threshold);
}

/* The report's state: allocations and the figures every file adds to. */
static int
check_init(struct check *c, const struct engine *e,
    const struct check_opts *o, FILE *out, struct check_totals *t)
{
	c->e = e;
	c->o = o;
	c->out = out;
	c->t = t;
	c->cd = (iconv_t)-1;
	c->has_quasi = policy_has_quasi(e->policy);
	c->threshold = o->threshold ? o->threshold :
	    (unsigned long)e->policy->k_threshold;
	if (o->worst && (c->worst = calloc(o->worst, sizeof(*c->worst))) == NULL)
		return -ENOMEM;
	if (e->keys != NULL && (c->supp = calloc(e->policy->ncolumns + 1,
	    sizeof(*c->supp))) == NULL)
		return -ENOMEM;
	/* The join needs view values (the key) and a patient rule. */
	if (e->keys != NULL && c->has_quasi && e->policy->patient != NULL)
		return joinrisk_new(&c->join);
	return 0;
}

static void
check_free(struct check *c)
{
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	buf_free(&c->tmp);
	buf_free(&c->text);
	buf_free(&c->idname);
	for (size_t i = 0; i < c->nnotes; i++)
		free(c->notes[i].src);
	free(c->notes);
	free(c->dirs);
	for (size_t i = 0; i < c->nlinks; i++)
		free(c->links[i].view_rel);
	free(c->links);
	free(c->worst);
	joinrisk_free(c->join);
	free(c->supp);
}

/* SRC, a directory or a regular file, opened; reported if not. */
static int
check_open(const struct check *c, const char *src, int *fd, struct stat *st)
{
	struct pfs_error pe = { .code = EINVAL, .file = src,
	    .what = "neither a directory nor a regular file" };
	int r;

	if ((*fd = open(src, O_RDONLY | O_CLOEXEC)) == -1 ||
	    fstat(*fd, st) == -1) {
		r = -errno;
		pfs_error_sys(&c->o->report, src, NULL, -r);
		return r;
	}
	if (!S_ISDIR(st->st_mode) && !S_ISREG(st->st_mode)) {
		pfs_error_report(&c->o->report, &pe);
		return -EINVAL;
	}
	return 0;
}

static void
report_head(struct check *c)
{
	const struct engine *e = c->e;

	if (c->o->json) {
		fprintf(c->out, "{\"policy\":\"%s\",\"project\":",
		    e->policy->hash);
		put_cstr(c, e->policy->project);
		fprintf(c->out, ",\"key_id\":");
		if (e->keys)
			fprintf(c->out, "\"%s\"", keys_id(e->keys));
		else
			fputs("null", c->out);
		fprintf(c->out, ",\"threshold\":%lu,\"files\":[", c->threshold);
	} else {
		fprintf(c->out, "pseudonymize check: policy %s, project '",
		    e->policy->hash);
		put_cstr(c, e->policy->project);
		fprintf(c->out, "'\n  key: %s%s\n  k threshold: %lu%s\n",
		    e->keys ? "id " : "none given: columns and drift only",
		    e->keys ? keys_id(e->keys) : "", c->threshold,
		    c->o->threshold ? " (--k)" : " (policy)");
	}
}

/* The tree at fd: every file it shows, then names, skipped entries,
 * links and files too deep to be shown. */
static int
check_tree(struct check *c, struct tree *tree, int fd, const char *src)
{
	int r;

	tree->root_fd = fd;
	if ((r = tree_walk(tree, TREE_WALK_UNREADABLE, check_visit, c)) != 0) {
		pfs_error_sys(&c->o->report, src, "cannot walk", -r);
		return r;
	}
	/* Never shown, so never walked above: counted apart, and they
	 * count as files that cannot be shown. */
	c->t->too_deep = tree_count_too_deep(tree, fd, "");
	c->t->failed += c->t->too_deep;
	report_names(c);
	report_skips(c);
	report_links_and_depth(c);
	return 0;
}

/* One file given as SRC, matched by its base name. */
static int
check_single(struct check *c, int fd, off_t size, const char *src)
{
	const struct policy *p = c->e->policy;
	const char *base = strrchr(src, '/');
	const struct policy_file *rule;
	struct tree_naming how;
	struct ops_scratch scratch = { 0 };
	struct buf name = BUF_INIT;
	int r;

	base = base ? base + 1 : src;
	if ((rule = policy_match_file(p, base)) == NULL) {
		c->t->skipped++;
		fputs(c->o->json ? "],\"not_shown\":[{\"directory\":\"\","
		    "\"unmatched_files\":1}]" : "\nthe file is not shown: "
		    "no [file] rule matches its name\n", c->out);
		return 0;
	}
	if ((r = tree_view_name(p, base, rule, &scratch, &name, &how)) == 0 &&
	    how.shown) {
		check_file(c, fd, size, rule, name.data, base);
	} else if (r == 0) {
		c->t->refused++;
		r = add_note(c, "./", 1, 0, tree_refusal_text(how.refusal),
		    rule->name, base);
	}
	buf_free(&name);
	ops_scratch_free(&scratch);
	if (r != 0)
		return r;
	report_names(c);
	if (c->o->json)
		fputs("],\"not_shown\":[]", c->out);
	return 0;
}

static void
report_totals(struct check *c)
{
	const struct check_totals *t = c->t;

	report_join(c);
	if (c->e->keys != NULL)
		report_suppressed_totals(c);
	if (c->o->json)
		fprintf(c->out, ",\"summary\":{\"files\":%lu,\"failed\":%lu,"
		    "\"below_threshold\":%lu,\"drift\":%lu,\"not_shown\":%lu,"
		    "\"too_deep\":%lu,\"hard_links\":%lu,\"refused_names\":%lu,"
		    "\"name_warnings\":%lu,\"kept_identifiers\":%lu,"
		    "\"date_parts\":%lu,\"identity_unread\":%lu}}\n",
		    t->files, t->failed, t->below, t->drift, t->skipped,
		    t->too_deep, t->hard_links, t->refused, t->name_warnings,
		    t->kept_identifiers, t->date_parts, t->identity_unread);
	else {
		fprintf(c->out, "\nsummary: %lu files shown, %lu cannot be shown, "
		    "%lu below k = %lu, %lu with header drift, %lu entries not "
		    "shown, %lu refused for their names, %lu name warnings, "
		    "%lu with kept values like identifiers",
		    t->files, t->failed, t->below, c->threshold, t->drift,
		    t->skipped, t->refused, t->name_warnings,
		    t->kept_identifiers);
		/* Only when there are: the line is otherwise as before. */
		if (t->date_parts)
			fprintf(c->out, ", %lu with true parts of dates beside "
			    "shifted dates", t->date_parts);
		if (t->identity_unread)
			fprintf(c->out, ", %lu not compared with the identity "
			    "source (it cannot be read: incomplete)",
			    t->identity_unread);
		fputc('\n', c->out);
	}
}

int
check_run(const struct engine *e, const char *src, const struct check_opts *o,
    FILE *out, struct check_totals *t)
{
	struct check c = { 0 };
	struct tree tree = { .engine = e, .root_fd = -1 };
	struct stat st;
	int fd = -1, r;

	memset(t, 0, sizeof(*t));
	c.tree = &tree;
	if ((r = check_init(&c, e, o, out, t)) != 0 ||
	    (r = check_open(&c, src, &fd, &st)) != 0)
		goto out;
	report_head(&c);
	if (S_ISDIR(st.st_mode))
		r = check_tree(&c, &tree, fd, src);
	else
		r = check_single(&c, fd, st.st_size, src);
	if (r == 0)
		report_totals(&c);
 out:
	if (fd != -1)
		close(fd);
	check_free(&c);
	return r;
}
