/* Groups of records by quasi-identifier view values: an open-addressing
 * hash table over an arena of keys. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "policy.h"
#include "risk.h"

struct slot {
	uint64_t	hash;		/* 0: empty */
	size_t		off, len;	/* key in the arena */
	unsigned long	count;
};

struct risk_scan {
	char				 delim;
	size_t				 nview;		/* columns in the view */
	size_t				 nqi;
	size_t				*qi_col;
	const struct policy_column	**qi_rule;

	struct csvio_record		 rec;
	struct buf			 cell, key;

	/* Keyed with a random key: data cannot be shaped to collide. */
	uint8_t				 hkey[crypto_shorthash_KEYBYTES];
	struct slot			*slots;
	size_t				 cap, used;
	struct buf			 arena;
};

int
risk_scan_new(const struct view *v, struct risk_scan **out)
{
	struct risk_scan *s;
	size_t i, j, ncols = view_ncols(v);

	*out = NULL;
	if (sodium_init() < 0)
		return -EIO;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return -ENOMEM;
	s->delim = view_dialect(v)->delim;
	s->qi_col = calloc(ncols ? ncols : 1, sizeof(*s->qi_col));
	s->qi_rule = calloc(ncols ? ncols : 1, sizeof(*s->qi_rule));
	s->cap = 1024;
	s->slots = calloc(s->cap, sizeof(*s->slots));
	if (s->qi_col == NULL || s->qi_rule == NULL || s->slots == NULL) {
		risk_scan_free(s);
		return -ENOMEM;
	}
	randombytes_buf(s->hkey, sizeof(s->hkey));
	for (i = 0, j = 0; i < ncols; i++) {
		const struct view_col *c = view_col(v, i);

		if (!c->emit)
			continue;
		if (c->rule != NULL &&
		    policy_column_quasi(c->rule) != RISK_QUASI_NO) {
			s->qi_col[s->nqi] = j;
			s->qi_rule[s->nqi] = c->rule;
			s->nqi++;
		}
		j++;
	}
	s->nview = j;
	*out = s;
	return 0;
}

static int
table_grow(struct risk_scan *s)
{
	size_t ncap = s->cap * 2, i, h;
	struct slot *n = calloc(ncap, sizeof(*n));

	if (n == NULL)
		return -ENOMEM;
	for (i = 0; i < s->cap; i++) {
		if (s->slots[i].hash == 0)
			continue;
		for (h = s->slots[i].hash & (ncap - 1); n[h].hash != 0;
		    h = (h + 1) & (ncap - 1))
			;
		n[h] = s->slots[i];
	}
	explicit_bzero(s->slots, s->cap * sizeof(*s->slots));
	free(s->slots);
	s->slots = n;
	s->cap = ncap;
	return 0;
}

static int
table_add(struct risk_scan *s, const char *key, size_t len)
{
	uint64_t hash;
	size_t h;
	int r;

	crypto_shorthash((uint8_t *)&hash, (const uint8_t *)key, len, s->hkey);
	hash |= 1;	/* never 0, the empty mark */
	for (h = hash & (s->cap - 1); s->slots[h].hash != 0;
	    h = (h + 1) & (s->cap - 1)) {
		struct slot *e = &s->slots[h];
		/* An empty key has no bytes in the arena (data may be NULL). */
		if (e->hash == hash && e->len == len && (len == 0 ||
		    memcmp(s->arena.data + e->off, key, len) == 0)) {
			e->count++;
			return 0;
		}
	}
	if (s->used >= RISK_MAX_CLASSES)
		return -E2BIG;
	s->slots[h].hash = hash;
	s->slots[h].off = s->arena.len;
	s->slots[h].len = len;
	s->slots[h].count = 1;
	if ((r = buf_append(&s->arena, key, len)) != 0)
		return r;
	/* Load at most one half: probes stay short. */
	if (++s->used * 2 > s->cap)
		return table_grow(s);
	return 0;
}

int
risk_scan_record(struct risk_scan *s, const char *bytes, size_t len)
{
	struct pfs_error cerr;
	uint32_t n;
	long used;
	int r;

	if (len == 0)
		return 0;
	used = csvio_next(s->delim, bytes, len, 1, 1, &s->rec, &cerr);
	if (used < 0)
		return used == -ENOMEM ? -ENOMEM : -EIO;	/* not our view */
	/* A blank line stays a blank line in the view: not a record. */
	if (s->rec.nfields == 1 && s->rec.fields[0].raw_len == 0 && s->nview != 1)
		return 0;
	buf_reset(&s->key);
	for (size_t i = 0; i < s->nqi; i++) {
		buf_reset(&s->cell);
		if (s->qi_col[i] < s->rec.nfields &&
		    (r = csvio_unescape(&s->rec.fields[s->qi_col[i]],
		    &s->cell)) != 0)
			return r;
		n = (uint32_t)s->cell.len;
		if ((r = buf_append(&s->key, &n, sizeof(n))) != 0 ||
		    (r = buf_append(&s->key, s->cell.data, s->cell.len)) != 0)
			return r;
	}
	return table_add(s, s->key.len ? s->key.data : "", s->key.len);
}

int
risk_scan_sink(void *arg, const char *bytes, size_t len, off_t src_end,
    long next_line)
{
	(void)src_end;
	(void)next_line;
	return risk_scan_record(arg, bytes, len);
}

size_t
risk_scan_nqi(const struct risk_scan *s)
{
	return s->nqi;
}

const struct policy_column *
risk_scan_qi(const struct risk_scan *s, size_t i, size_t *view_col)
{
	if (i >= s->nqi)
		return NULL;
	if (view_col != NULL)
		*view_col = s->qi_col[i];
	return s->qi_rule[i];
}

void
risk_scan_summary(const struct risk_scan *s, unsigned long threshold,
    struct risk_summary *out)
{
	memset(out, 0, sizeof(*out));
	out->threshold = threshold;
	for (size_t i = 0; i < s->cap; i++) {
		const struct slot *e = &s->slots[i];
		if (e->hash == 0)
			continue;
		out->records += e->count;
		out->classes++;
		if (out->k == 0 || e->count < out->k)
			out->k = e->count;
		if (e->count < threshold) {
			out->below_records += e->count;
			out->below_classes++;
		}
	}
}

static int
class_cmp(const struct risk_class *a, const struct risk_class *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c;

	if (a->count != b->count)
		return a->count < b->count ? -1 : 1;
	if ((c = memcmp(a->key, b->key, n)) != 0)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

size_t
risk_scan_worst(const struct risk_scan *s, struct risk_class *out, size_t n)
{
	size_t have = 0;

	if (n == 0)
		return 0;
	/* Insertion into a sorted array of n: n is a screenful. */
	for (size_t i = 0; i < s->cap; i++) {
		const struct slot *e = &s->slots[i];
		struct risk_class c;
		size_t j;

		if (e->hash == 0)
			continue;
		c.key = s->arena.data + e->off;
		c.len = e->len;
		c.count = e->count;
		if (have == n && class_cmp(&c, &out[n - 1]) >= 0)
			continue;
		j = have < n ? have++ : n - 1;
		while (j > 0 && class_cmp(&c, &out[j - 1]) < 0) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = c;
	}
	return have;
}

int
risk_key_value(const char *key, size_t len, size_t i, const char **v,
    size_t *vlen)
{
	size_t off = 0;
	uint32_t n;

	for (;;) {
		if (len - off < sizeof(n))
			return -EINVAL;
		memcpy(&n, key + off, sizeof(n));
		off += sizeof(n);
		if (len - off < n)
			return -EINVAL;
		if (i == 0) {
			*v = key + off;
			*vlen = n;
			return 0;
		}
		off += n;
		i--;
	}
}

void
risk_scan_free(struct risk_scan *s)
{
	if (s == NULL)
		return;
	free(s->qi_col);
	free(s->qi_rule);
	csvio_record_free(&s->rec);
	buf_free(&s->cell);
	buf_free(&s->key);
	buf_free(&s->arena);
	if (s->slots != NULL) {
		explicit_bzero(s->slots, s->cap * sizeof(*s->slots));
		free(s->slots);
	}
	sodium_memzero(s->hkey, sizeof(s->hkey));
	free(s);
}

int
risk_error(int r, struct pfs_error *err)
{
	if (r != -E2BIG)
		return r;
	*err = (struct pfs_error){ .code = EINVAL, .what = "more distinct "
	    "quasi-identifier combinations than can be counted: k is 1 "
	    "(docs/check.md)" };
	return -EINVAL;
}
