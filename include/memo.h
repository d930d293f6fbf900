/* The memo: what an operator made of a cell, remembered by the cell's raw
 * bytes, per reader (one per thread or handle).  Names and codes repeat from
 * row to row; normalizing, hashing and choosing a fake again for each is
 * most of the cost of an export.  Bounded (a fixed table of sets of eight
 * ways: a miss replaces a way of the key's set not hit lately) and
 * deterministic: a hit gives exactly the bytes the operator gave, so the
 * view never depends on what was cached.  It holds raw cells: wiped when
 * freed. */
#ifndef PSEUDONYMFS_MEMO_H
#define PSEUDONYMFS_MEMO_H

#include <stddef.h>
#include <stdint.h>

#include "pfs_error.h"

#define MEMO_MAX	62	/* longer keys and values are not remembered */

struct memo;

/* A looked-up place: on a hit, val[0..vlen) is the remembered value (valid
 * until the next store); on a miss, where memo_store puts it. */
struct memo_ref {
	struct memo	*memo;
	void		*slot;
	unsigned	 set, way;
	uint16_t	 tag;
	const char	*val;
	size_t		 vlen;
};

/* 0 or -ENOMEM. */
int	memo_new(struct memo **out) PFS_WUR;
/* Wipes, then frees.  NULL is fine. */
void	memo_free(struct memo *m);

/*
 * Look up (col, tag, key): 1 on a hit (ref->val), 0 on a miss (store into
 * ref afterwards), -1 when not remembered: key too long, or col is a column
 * of unique values (an IPP, a NIR) that hit less than a quarter of its
 * first 2048 lookups and would only evict the others.  `tag` tells apart
 * values of one column that depend on more than the cell (the row's sex)
 * or are of another form (view bytes, UTF-8 value).
 */
int	memo_find(struct memo *m, size_t col, uint32_t tag, const char *key,
	    size_t klen, struct memo_ref *ref) PFS_WUR;
/* Remember val for the key of a missed memo_find; a value longer than
 * MEMO_MAX is not. */
void	memo_store(struct memo_ref *ref, size_t col, uint32_t tag,
	    const char *key, size_t klen, const char *val, size_t vlen);

#endif
