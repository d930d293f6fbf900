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

#define MEMO_WAYS	8	/* slots of a set: one 16-byte line of tags */
#define MEMO_COLS	64	/* columns whose hit rate is tracked */

/* The tags of the memo's users, with the row's sex in the low bits for a
 * fake that reads it: a cell's view bytes and the UTF-8 value of a row's
 * fake name (for its email), src/view.c; a row value's pseudonym that
 * scrub writes in free text, src/scrub.c.  A tag is part of a slot's id:
 * the same key under two tags is two entries. */
#define MEMO_TAG_VIEW		0x100u
#define MEMO_TAG_VALUE		0x200u
#define MEMO_TAG_PSEUDONYM	0x400u

struct memo_slot;

/* A column's state: on trial (lookups and hits counted), stopped (a
 * column of unique values: not looked up), or kept. */
enum { MEMO_COL_TRIAL, MEMO_COL_STOPPED, MEMO_COL_KEPT };

/*
 * Sets of eight ways (memo.c).  In the header for memo_find's first check,
 * inline in the view's loop: a column that stopped costs no call.  Only
 * memo.c reads or writes the rest.
 */
struct memo {
	struct memo_slot	*slots;		/* MEMO_SLOTS, on first use */
	uint16_t		(*tags)[MEMO_WAYS];	/* per set */
	uint8_t			*used;		/* per set: ways hit lately */
	/* Per column: a column of unique values would only evict the
	 * names; after a trial, a column that rarely hits stops. */
	unsigned		 lookups[MEMO_COLS];
	unsigned		 hits[MEMO_COLS];
	unsigned char		 state[MEMO_COLS];
};

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
 * or are of another form (view bytes, UTF-8 value).  Inline: the checks
 * that end every lookup of a column that stopped cost no call.
 */
int	memo_lookup(struct memo *m, size_t col, uint32_t tag, const char *key,
	    size_t klen, struct memo_ref *ref) PFS_WUR;
static inline int PFS_WUR
memo_find(struct memo *m, size_t col, uint32_t tag, const char *key,
    size_t klen, struct memo_ref *ref)
{
	ref->slot = NULL;
	if (klen > MEMO_MAX ||
	    (col < MEMO_COLS && m->state[col] == MEMO_COL_STOPPED))
		return -1;
	return memo_lookup(m, col, tag, key, klen, ref);
}
/* Whether col's trial found it worth remembering (a column of repeated
 * values): a view need not prepare work for its cells that the memo will
 * mostly answer. */
static inline int
memo_kept(const struct memo *m, size_t col)
{
	return col < MEMO_COLS && m->state[col] == MEMO_COL_KEPT;
}
/* Remember val for the key of a missed memo_find; a value longer than
 * MEMO_MAX is not. */
void	memo_store(struct memo_ref *ref, size_t col, uint32_t tag,
	    const char *key, size_t klen, const char *val, size_t vlen);

#endif
