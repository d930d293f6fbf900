/* The per-reader memo of operator outputs (include/memo.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "memo.h"
#include "util.h"

/* The fuzz build makes it small: more collisions per input. */
#ifndef MEMO_SLOTS
#define MEMO_SLOTS	2048
#endif
#define MEMO_TRIAL	2048	/* lookups before judging a column */

/*
 * A slot is two cache lines, the key and its value side by side from the
 * start: a hit on a short cell (a name and its fake, a postcode and its
 * département) reads the first line alone.  A key and value together
 * longer than MEMO_ROOM are not remembered (two of MEMO_MAX bytes are not
 * far off: no cell of the benchmarks or samples comes near).
 */
#define MEMO_ROOM	119
struct memo_slot {
	uint64_t	id;		/* slot_id(col, tag, klen); 0: unused */
	uint8_t		vlen;
	char		kv[MEMO_ROOM];	/* the key, then the value */
};
_Static_assert(sizeof(struct memo_slot) == 128, "a slot is two cache lines");

/* The set of a key, and its tag, from its hash. */
#define MEMO_SETS	(MEMO_SLOTS / MEMO_WAYS)
_Static_assert(MEMO_SETS > 0, "MEMO_SLOTS holds at least one set");

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
	free(m->tags);
	free(m->used);
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

/* The table, on first use: a reader that remembers nothing (a file of
 * unique values, a header-only file) costs nothing. */
static int
memo_alloc(struct memo *m)
{
	if (m->slots != NULL)
		return 0;
	if ((m->tags = calloc(MEMO_SETS, sizeof(*m->tags))) == NULL ||
	    (m->used = calloc(MEMO_SETS, 1)) == NULL ||
	    (m->slots = aligned_alloc(64, MEMO_SLOTS *
	    sizeof(*m->slots))) == NULL) {
		free(m->tags);
		free(m->used);
		m->tags = NULL;
		m->used = NULL;
		return -1;
	}
	memset(m->slots, 0, MEMO_SLOTS * sizeof(*m->slots));
	return 0;
}

/* The ways of a set whose tag is t: bit 2w for way w. */
static inline unsigned
ways_tagged(const uint16_t tags[MEMO_WAYS], uint16_t t)
{
#if defined(__SSE2__)
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)tags);

	/* Two equal bits a way: the even ones. */
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(v,
	    _mm_set1_epi16((short)t))) & 0x5555;
#else
	unsigned m = 0;

	for (int w = 0; w < MEMO_WAYS; w++)
		m |= (unsigned)(tags[w] == t) << 2 * w;
	return m;
#endif
}

/* A column on trial: its lookups counted, and after MEMO_TRIAL of them,
 * judged once (stopped if fewer than a quarter hit, else kept and no
 * longer counted).  1 when it has just stopped. */
static int
memo_judge(struct memo *m, size_t col)
{
	if (m->lookups[col] < MEMO_TRIAL) {
		m->lookups[col]++;
		return 0;
	}
	m->state[col] = m->hits[col] < MEMO_TRIAL / 4 ? MEMO_COL_STOPPED :
	    MEMO_COL_KEPT;
	return m->state[col] == MEMO_COL_STOPPED;
}

/* memo_find past its first checks (include/memo.h). */
int
memo_lookup(struct memo *m, size_t col, uint32_t tag, const char *key,
    size_t klen, struct memo_ref *ref)
{
	uint64_t h = 0xcbf29ce484222325ULL ^ col ^ ((uint64_t)tag << 32),
	    id = slot_id(col, tag, klen);
	unsigned set, ways, free_ways;
	int trial = col < MEMO_COLS && m->state[col] == MEMO_COL_TRIAL;

	if (col >= MEMO_MAX_COL || tag == 0)
		return -1;
	if (trial && memo_judge(m, col))
		return -1;
	trial = trial && m->state[col] == MEMO_COL_TRIAL;
	if (memo_alloc(m) != 0)
		return -1;
	h = key_hash(h, key, klen);
	set = (unsigned)((h ^ (h >> 29)) % MEMO_SETS);
	ref->tag = (uint16_t)(h >> 48);
	for (ways = ways_tagged(m->tags[set], ref->tag); ways != 0;
	    ways &= ways - 1) {
		unsigned w = (unsigned)__builtin_ctz(ways) / 2;
		struct memo_slot *s = &m->slots[set * MEMO_WAYS + w];

		if (s->id != id || !util_mem_equal(s->kv, key, klen))
			continue;
		if (trial)
			m->hits[col]++;
		m->used[set] |= (uint8_t)(1u << w);
		ref->val = s->kv + klen;
		ref->vlen = s->vlen;
		return 1;
	}
	/* A miss replaces a way not hit since the set's ways were last all
	 * hit (an unused one first: its bit is clear too). */
	free_ways = (uint8_t)~m->used[set];
	if (free_ways == 0) {
		m->used[set] = 0;
		free_ways = 0xff;
	}
	ref->set = set;
	ref->way = (unsigned)__builtin_ctz(free_ways);
	ref->memo = m;
	ref->slot = &m->slots[set * MEMO_WAYS + ref->way];
	return 0;
}

void
memo_store(struct memo_ref *ref, size_t col, uint32_t tag, const char *key,
    size_t klen, const char *val, size_t vlen)
{
	struct memo_slot *s = ref->slot;
	struct memo *m = ref->memo;

	if (s == NULL || klen > MEMO_MAX || vlen > MEMO_MAX ||
	    klen + vlen > MEMO_ROOM)
		return;
	s->id = slot_id(col, tag, klen);
	m->tags[ref->set][ref->way] = ref->tag;
	m->used[ref->set] |= (uint8_t)(1u << ref->way);
	s->vlen = (uint8_t)vlen;
	memcpy(s->kv, key, klen);
	/* val is NULL when a value is empty. */
	if (vlen > 0)
		memcpy(s->kv + klen, val, vlen);
}
