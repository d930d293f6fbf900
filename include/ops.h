/* The column operators: the only code that reads a raw cell and decides
 * what leaves.  Values in and out are UTF-8; the caller converts. */
#ifndef PSEUDONYMFS_OPS_H
#define PSEUDONYMFS_OPS_H

#include <stddef.h>

#include "buf.h"
#include "detect.h"
#include "fake.h"
#include "identity.h"
#include "nir.h"
#include "norm.h"
#include "pfs_error.h"
#include "policy.h"
#include "sensitive.h"

struct memo;

#define OPS_TOKEN_CHARS 16	/* 80 bits in base32 */

/* op = birthdate: the year, or an age band at a reference date. */
enum ops_birth_mode { OPS_BIRTH_YEAR, OPS_BIRTH_BAND };

/*
 * NIR cells of the next rows of an op = nir rule with output = nir, each
 * parsed and seeded, and their draws made at once (nir_draws: BLAKE2b's
 * four lanes).  ops_nir takes an entry for a cell of the same bytes (and
 * rule), else works alone: what is batched never changes a byte, only when
 * the work is done.  The view fills it (src/view.c, nir_ahead).  Entries
 * hold raw NIRs and their seeds' draws: wiped once taken, and on free.
 */
#define OPS_NIR_RAW	32	/* longer cells are not batched */
struct ops_nir_entry {
	char		 raw[OPS_NIR_RAW];
	size_t		 len;		/* 0: empty or taken */
	struct nir	 nir;
	unsigned char	 h[NIR_DRAWS];
};
struct ops_nir_batch {
	const struct policy_column *rule;
	size_t			 n;
	struct ops_nir_entry	 e[NIR_BATCH];
	uint8_t			 seed[NIR_BATCH][16];
};

/*
 * scrub: the row at hand's identifying values as their own columns wrote
 * them, in the view's output: bit k of `have` says row value k's column
 * (a rule with OP_F_PSEUDONYM) is out->data[off[k], off[k] + len[k]),
 * the operator's bytes, neither quoted nor converted.  They are the bytes
 * ops_pseudonym makes of that value (the same rule, value and row), which
 * scrub writes for a span that is the value, without the operator or the
 * memo.  Set by the view (src/view.c, emit_op_cell), for its own `out`.
 */
#define OPS_ROW_VIEWS	16	/* VIEW_MAX_CTX */
struct ops_row_views {
	const struct buf	*out;
	uint32_t		 have;
	size_t			 off[OPS_ROW_VIEWS], len[OPS_ROW_VIEWS];
};

/* Buffers an operator may use, reused from cell to cell. */
struct ops_scratch {
	struct buf		norm;
	struct buf		fake_norm;	/* fake: the source as text, when
						 * the rule's norm is another */
	struct buf		sub;	/* scrub: a row value's pseudonym */
	struct detect_scratch	det;
	struct sensitive_scratch lex;	/* analysis, drug, ward */
	/* scrub: the spans of the cell at hand, found ahead with those of
	 * the next rows' cells (src/view.c, scrub_ahead), or NULL: find
	 * them now.  Set by the view around one ops_apply. */
	const struct detect_span *pre_spans;
	size_t			 pre_nspans;
	struct ops_nir_batch	 nirs;
	/* scrub: the row values' pseudonyms the row's columns wrote (set by
	 * the view around one ops_apply, like pre_spans), or NULL. */
	const struct ops_row_views *views;
	/* scrub: the reader's memo (memo.h), where the row values'
	 * pseudonyms are remembered, or NULL (made each time). */
	struct memo		*memo;
};

/* What an operator may know about the rest of its row. */
struct ops_row {
	int		 has_shift;	/* the row's patient is known */
	int		 shift;		/* days, never 0 */
	const char	*code;		/* icd10_label: the row's code, UTF-8 */
	size_t		 code_len;	/* (NULL if the file has no code column) */
	/* scrub: the row's identifying values (columns with identifies =)
	 * and their rules, which give their pseudonyms. */
	const struct detect_value	 *ctx;
	const struct policy_column *const *ctx_rules;
	size_t				  nctx;
	/* scrub: the row's patient in the identity source, or NULL. */
	const struct identity_row	 *ident;
	/* fake: the row's sex (for rules with sex =) and its fake first and
	 * last names (for email), when the view has those columns. */
	struct fake_row		 fake;
	/* scrub: the row values whose pseudonyms fake.first and fake.last
	 * are (made by the same rule from the same value), or -1. */
	int			 first_ctx, last_ctx;
	/* scrub: the ends of the row's scrubbed cells beside the cell at
	 * hand (detect.h DETECT_IDENT_CELL_*, xcell37), set by the view
	 * around one ops_apply; nends 0: none. */
	const struct detect_value	 *ends;
	size_t				  nends;
};

/*
 * Every field empty, as `= { 0 }` would make it, field by field: the view
 * clears one per record, and `= { 0 }` of these 152 bytes compiles to a
 * `rep stos`, slow to start on AMD cores (a tenth of transform_record's
 * time).  A field added to struct ops_row is added here: the size check
 * below fails until it is.
 */
static inline void
ops_row_clear(struct ops_row *row)
{
	row->has_shift = 0;
	row->shift = 0;
	row->code = NULL;
	row->code_len = 0;
	row->ctx = NULL;
	row->ctx_rules = NULL;
	row->nctx = 0;
	row->ident = NULL;
	row->fake.sex = FAKE_SEX_UNKNOWN;
	row->fake.first = row->fake.last = NULL;
	row->fake.first_len = row->fake.last_len = 0;
	row->fake.first_email = row->fake.last_email = NULL;
	row->fake.first_email_len = row->fake.last_email_len = 0;
	row->fake.avoid = NULL;
	row->fake.avoid_len = 0;
	row->first_ctx = row->last_ctx = -1;
	row->ends = NULL;
	row->nends = 0;
}
#if defined(__x86_64__) && defined(__LP64__)
_Static_assert(sizeof(struct ops_row) == 168 &&
    sizeof(struct fake_row) == 88, "ops_row_clear sets every field");
#endif

/* An operator's cell function (the `apply` of its row of the operator
 * table): append the view of one cell to `out`. */
typedef int ops_apply_fn(const struct policy_column *c,
    const struct ops_row *row, const char *v, size_t len,
    struct ops_scratch *s, struct buf *out);

/* Append the view of one cell to `out`.  0, or -ENOMEM; a value an operator
 * cannot read (an invalid NIR, a date it cannot parse) is not an error: it
 * is redacted, because it is still someone's data. */
int	ops_apply(const struct policy *p, const struct policy_column *c,
	    const struct ops_row *row, const char *v, size_t len,
	    struct ops_scratch *s, struct buf *out) PFS_WUR;

/* The operators' cell functions: the `apply` of each row of the operator
 * table (src/policy.c); scrub's is in src/scrub.c.  ops_apply calls them; a blank cell reaches only
 * those of operators with OP_F_BLANK. */
ops_apply_fn ops_keep, ops_drop, ops_redact, ops_token_cell, ops_fake,
	    ops_nir, ops_date, ops_birthdate, ops_postcode, ops_icd10,
	    ops_icd10_label, ops_mask, ops_lexicon;

/*
 * Whether every value rule c's operator makes of a source cell that was not
 * quoted can go into the view as it is, under delimiter `delim` and in a
 * UTF-8 view or not: no delimiter, quote or line end in it, and nothing but
 * ASCII when the view is not UTF-8.  1 for tokens and NIRs (a prefix that
 * needs neither), birth dates and fake values (fake_plain); 0 otherwise.
 * The view then skips the check of each value (view.c, settle_cell).
 */
int	ops_plain_output(const struct policy_column *c, char delim, int utf8);

/* What a cell of an analysis, drug or ward column reveals: the groups of
 * src/sensitive.c it names, and 1 if the rule suppresses one of them (0
 * if not).  -ENOMEM.  The view uses it to empty the rule's linked cells or
 * drop the row. */
int	ops_lexicon_hidden(const struct policy_column *c, const char *v,
	    size_t len, struct ops_scratch *s, uint32_t *groups) PFS_WUR;

/* The groups an op = icd10 cell is suppressed for (ICD10_* bits, or
 * OPS_RANGE_GROUP for a range of `suppress` alone); 0 if it is shown.  For
 * pseudonymize check's counts. */
#define OPS_RANGE_GROUP	(1u << 31)
uint32_t ops_icd10_suppressed(const struct policy_column *c, const char *v,
	    size_t len);

/* The per-patient date shift for a patient id, in [-N, -1] or [1, N].
 * -ENOENT for an empty id (its dates are then redacted). */
int	ops_patient_shift(const struct policy *p, const char *id, size_t len,
	    struct ops_scratch *s, int *days) PFS_WUR;

/* The pseudonym rule c makes of a value (token, fake with the row's sex and
 * names, nir), appended to `out`; nothing if c makes none.  For scrub, which
 * writes a name it finds as its column shows it. */
int	ops_pseudonym(const struct policy_column *c, const struct fake_row *fake,
	    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
	    PFS_WUR;

/* The keyed token of a value: prefix + 16 base32 characters. */
int	ops_token(struct keys_prf prf, enum norm_kind norm, const char *prefix,
	    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
	    PFS_WUR;

/* The batch of struct ops_nir_batch: started for rule c (op = nir, output
 * = nir; whatever was in it is wiped), a cell added per row (its UTF-8
 * value; one that does not parse, or longer than OPS_NIR_RAW, is left out
 * and ops_nir handles it alone), then the draws of all made at once. */
void	ops_nir_batch_start(struct ops_scratch *s, const struct policy_column *c);
void	ops_nir_batch_add(struct ops_scratch *s, const char *v, size_t len);
void	ops_nir_batch_draw(struct ops_scratch *s);

void	ops_scratch_free(struct ops_scratch *s);

#endif
