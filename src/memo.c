/* The per-reader memo of operator outputs (include/memo.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "memo.h"

/* The fuzz build makes it small: more collisions per input. */
#ifndef MEMO_SLOTS
#define MEMO_SLOTS	2048
#endif
#define MEMO_COLS	64	/* columns whose hit rate is tracked */
#define MEMO_TRIAL	2048	/* lookups before judging a column */

struct memo_slot {
	uint32_t	hash;		/* the key's, high bits: most misses stop here */
	uint32_t	col, tag;
	uint8_t		used, klen, vlen;
	char		key[MEMO_MAX];
	char		val[MEMO_MAX];
};

struct memo {
	struct memo_slot	*slots;		/* MEMO_SLOTS, on first use */
	/* Per column: a column of unique values would only evict the
	 * names; after a trial, a column that rarely hits stops. */
	unsigned		 lookups[MEMO_COLS];
	unsigned		 hits[MEMO_COLS];
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
		w = 0;
		memcpy(&w, key + i, klen - i);
		h = ((h ^ w ^ ((uint64_t)(klen - i) << 56)) * k);
	}
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 32);
}

int
memo_find(struct memo *m, size_t col, uint32_t tag, const char *key,
    size_t klen, struct memo_ref *ref)
{
	uint64_t h = 0xcbf29ce484222325ULL ^ col ^ ((uint64_t)tag << 32);
	struct memo_slot *s;

	ref->slot = NULL;
	if (klen > MEMO_MAX)
		return -1;
	if (col < MEMO_COLS) {
		if (m->lookups[col] >= MEMO_TRIAL &&
		    m->hits[col] < m->lookups[col] / 4)
			return -1;
		if (m->lookups[col] < MEMO_TRIAL)
			m->lookups[col]++;
	}
	if (m->slots == NULL &&
	    (m->slots = calloc(MEMO_SLOTS, sizeof(*m->slots))) == NULL)
		return -1;
	h = key_hash(h, key, klen);
	s = &m->slots[(h ^ (h >> 29)) % MEMO_SLOTS];
	ref->slot = s;
	ref->hash = (uint32_t)(h >> 32);
	if (!s->used || s->hash != ref->hash || s->col != col ||
	    s->tag != tag || s->klen != klen || memcmp(s->key, key, klen) != 0)
		return 0;
	if (col < MEMO_COLS && m->hits[col] < MEMO_TRIAL)
		m->hits[col]++;
	ref->val = s->val;
	ref->vlen = s->vlen;
	return 1;
}

void
memo_store(struct memo_ref *ref, size_t col, uint32_t tag, const char *key,
    size_t klen, const char *val, size_t vlen)
{
	struct memo_slot *s = ref->slot;

	if (s == NULL || klen > MEMO_MAX || vlen > MEMO_MAX)
		return;
	s->used = 1;
	s->hash = ref->hash;
	s->col = (uint32_t)col;
	s->tag = tag;
	s->klen = (uint8_t)klen;
	s->vlen = (uint8_t)vlen;
	memcpy(s->key, key, klen);
	/* val is NULL when a value is empty. */
	if (vlen > 0)
		memcpy(s->val, val, vlen);
}
