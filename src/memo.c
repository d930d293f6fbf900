/* The per-reader memo of operator outputs (include/memo.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "memo.h"
#include "util.h"

/* The fuzz build makes it small: more collisions per input. */
#ifndef MEMO_SLOTS
#define MEMO_SLOTS	2048
#endif
#define MEMO_COLS	64	/* columns whose hit rate is tracked */
#define MEMO_TRIAL	2048	/* lookups before judging a column */

struct memo_slot {
	uint64_t	id;		/* slot_id(col, tag, klen); 0: unused */
	uint32_t	hash;		/* the key's, high bits: most misses stop here */
	uint8_t		vlen;
	uint8_t		recent;		/* the last used of its pair */
	char		key[MEMO_MAX];
	char		val[MEMO_MAX];
};

struct memo {
	struct memo_slot	*slots;		/* MEMO_SLOTS, on first use */
	/* Per column: a column of unique values would only evict the
	 * names; after a trial, a column that rarely hits stops. */
	unsigned		 lookups[MEMO_COLS];
	unsigned		 hits[MEMO_COLS];
	unsigned char		 stopped[MEMO_COLS];	/* judged: not looked up */
};

int
memo_new(struct memo **out)
{
	if ((*out = calloc(1, sizeof(**out))) == NULL)
		return -ENOMEM;
	return 0;
}

void
memo_free(struct memo *m)
{
	if (m == NULL)
		return;
	if (m->slots != NULL) {
		explicit_bzero(m->slots, MEMO_SLOTS * sizeof(*m->slots));
		free(m->slots);
	}
	free(m);
}

/* Eight bytes at a time (a cell is a few words): a multiply and a
 * rotation per word, then a final mix.  Not keyed and not meant to be:
 * only the slot depends on it, never a view byte. */
static uint64_t
key_hash(uint64_t h, const char *key, size_t klen)
{
	const uint64_t k = 0x9e3779b97f4a7c15ULL;
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= klen; i += 8) {
		memcpy(&w, key + i, 8);
		h = ((h ^ w) * k);
		h ^= h >> 32;
	}
	if (i < klen) {
		/* The tail without a byte loop: the last eight bytes (they
		 * overlap the word before), or two overlapping halves of a
		 * short key.  Any function of the key does: only the slot
		 * depends on it, the key itself is compared. */
		uint32_t a, b;

		if (klen >= 8) {
			memcpy(&w, key + klen - 8, 8);
		} else if (klen >= 4) {
			memcpy(&a, key, 4);
			memcpy(&b, key + klen - 4, 4);
			w = a | (uint64_t)b << 32;
		} else {
			w = (uint64_t)(unsigned char)key[0] |
			    (uint64_t)(unsigned char)key[klen / 2] << 8 |
			    (uint64_t)(unsigned char)key[klen - 1] << 16;
		}
		h = ((h ^ w ^ ((uint64_t)klen << 56)) * k);
	}
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 32);
}

/* Column, tag and key length in one word, compared at once; never 0 (tags
 * are not), so 0 marks an unused slot.  Columns from 2^24 on are not
 * remembered (memo_find). */
#define MEMO_MAX_COL	(1u << 24)
static inline uint64_t
slot_id(size_t col, uint32_t tag, size_t klen)
{
	return (uint64_t)tag << 32 | (uint64_t)col << 8 | klen;
}

static int	memo_lookup(struct memo *m, size_t col, uint32_t tag,
		    const char *key, size_t klen, struct memo_ref *ref);

/* The checks that end most lookups of a column of unique values, apart:
 * they cost no more than a call once the column has stopped. */
int
memo_find(struct memo *m, size_t col, uint32_t tag, const char *key,
    size_t klen, struct memo_ref *ref)
{
	ref->slot = NULL;
	if (klen > MEMO_MAX || (col < MEMO_COLS && m->stopped[col]))
		return -1;
	return memo_lookup(m, col, tag, key, klen, ref);
}

/* Not inlined: memo_find's early return then needs none of its registers. */
static __attribute__((noinline)) int
memo_lookup(struct memo *m, size_t col, uint32_t tag, const char *key,
    size_t klen, struct memo_ref *ref)
{
	uint64_t h = 0xcbf29ce484222325ULL ^ col ^ ((uint64_t)tag << 32),
	    id = slot_id(col, tag, klen);
	struct memo_slot *s;

	if (col >= MEMO_MAX_COL || tag == 0)
		return -1;
	if (col < MEMO_COLS) {
		if (m->lookups[col] >= MEMO_TRIAL &&
		    m->hits[col] < m->lookups[col] / 4) {
			m->stopped[col] = 1;
			return -1;
		}
		if (m->lookups[col] < MEMO_TRIAL)
			m->lookups[col]++;
	}
	if (m->slots == NULL &&
	    (m->slots = calloc(MEMO_SLOTS, sizeof(*m->slots))) == NULL)
		return -1;
	h = key_hash(h, key, klen);
	/* Two ways: a key may sit in either slot of its pair, so that two
	 * frequent values that hash alike do not evict each other. */
	s = &m->slots[(h ^ (h >> 29)) % (MEMO_SLOTS / 2) * 2];
	ref->hash = (uint32_t)(h >> 32);
	for (int way = 0; way < 2; way++) {
		struct memo_slot *w = s + way;

		if (w->id != id || w->hash != ref->hash ||
		    !util_mem_equal(w->key, key, klen))
			continue;
		if (col < MEMO_COLS && m->hits[col] < MEMO_TRIAL)
			m->hits[col]++;
		w->recent = 1;
		s[!way].recent = 0;
		ref->val = w->val;
		ref->vlen = w->vlen;
		return 1;
	}
	/* A miss replaces the slot of the pair used less recently. */
	ref->slot = s;
	ref->pair = s + 1;
	if (s[0].id != 0 && (s[1].id == 0 || s[0].recent)) {
		ref->slot = s + 1;
		ref->pair = s;
	}
	return 0;
}

void
memo_store(struct memo_ref *ref, size_t col, uint32_t tag, const char *key,
    size_t klen, const char *val, size_t vlen)
{
	struct memo_slot *s = ref->slot;

	if (s == NULL || klen > MEMO_MAX || vlen > MEMO_MAX)
		return;
	s->id = slot_id(col, tag, klen);
	s->recent = 1;
	((struct memo_slot *)ref->pair)->recent = 0;
	s->hash = ref->hash;
	s->vlen = (uint8_t)vlen;
	memcpy(s->key, key, klen);
	/* val is NULL when a value is empty. */
	if (vlen > 0)
		memcpy(s->val, val, vlen);
}
