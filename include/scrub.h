/* op = scrub: the replacement of what src/detect.c finds in free text.  Its
 * cell function is the `apply` of the scrub row of the operator table
 * (src/policy.c). */
#ifndef PSEUDONYMFS_SCRUB_H
#define PSEUDONYMFS_SCRUB_H

#include <stddef.h>

#include "pfs_error.h"

/* What scrub does with a date it finds in free text (dates =). */
enum scrub_dates {
	SCRUB_DATES_REDACT, SCRUB_DATES_SHIFT, SCRUB_DATES_MONTH,
	SCRUB_DATES_YEAR, SCRUB_DATES_KEEP,
};

struct buf;
struct detect_scratch;
struct ops_row;
struct ops_scratch;
struct policy_column;

/* The spans scrub_apply replaces in cell v of rule c, into det (the
 * view finds those of several rows at once with it: src/view.c,
 * scrub_ahead). */
int	scrub_detect(const struct policy_column *c, const struct ops_row *row,
	    const char *v, size_t len, struct detect_scratch *det) PFS_WUR;

/* scrub_detect over n cells of column c at once, rule by rule
 * (detect_run_many; rows without an identity source): ss[i] holds cell
 * i's spans.  0, or -ENOMEM. */
int	scrub_detect_many(const struct policy_column *c, size_t n,
	    const char **texts, size_t *lens,
	    const struct detect_value *const *rows, const size_t *nrows,
	    struct detect_scratch *ss) PFS_WUR;

/* An ops_apply_fn (ops.h). */
int	scrub_apply(const struct policy_column *c, const struct ops_row *row,
	    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
	    PFS_WUR;

#endif
