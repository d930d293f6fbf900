/* memo: a hit gives exactly what was stored for exactly the same key
 * (column, tag and bytes): keys that differ in one byte anywhere, or in
 * length, never hit each other, whatever the word-at-a-time hash and
 * compare make of them.  Columns from 64 on are not judged by hit rate
 * (memo.c), so none stops being looked up. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "memo.h"

static uint64_t rng = 0x2545f4914f6cdd1dULL;

static unsigned
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 16);
}

/* Store key -> its reversed bytes, then look up the key (a hit with that
 * value, unless evicted) and every one-byte change of it (never a hit with
 * another key's value: only a miss, or the changed key's own value). */
static void
test_hits_only_equal_keys(void **state)
{
	struct memo *m;
	struct memo_ref ref;
	char key[MEMO_MAX], val[MEMO_MAX], probe[MEMO_MAX];

	(void)state;
	assert_int_equal(memo_new(&m), 0);
	for (int round = 0; round < 20000; round++) {
		size_t len = next() % (MEMO_MAX + 1), col = 64 + next() % 3;
		uint32_t tag = next() % 2;

		for (size_t i = 0; i < len; i++)
			key[i] = (char)('a' + next() % 3);	/* alike keys */
		for (size_t i = 0; i < len; i++)
			val[i] = key[len - 1 - i];
		if (memo_find(m, col, tag, key, len, &ref) == 0)
			memo_store(&ref, col, tag, key, len, val, len);
		if (memo_find(m, col, tag, key, len, &ref) == 1) {
			assert_int_equal(ref.vlen, len);
			assert_memory_equal(ref.val, val, len);
		}
		for (size_t at = 0; at < len; at++) {
			memcpy(probe, key, len);
			probe[at] = (char)(probe[at] == 'z' ? 'y' : 'z');
			if (memo_find(m, col, tag, probe, len, &ref) == 1) {
				/* Only the probe's own value can come back. */
				for (size_t i = 0; i < len; i++)
					assert_int_equal(ref.val[i],
					    probe[len - 1 - i]);
			}
		}
		/* A prefix of the key is another key. */
		if (len > 0 && memo_find(m, col, tag, key, len - 1, &ref) == 1)
			for (size_t i = 0; i + 1 < len; i++)
				assert_int_equal(ref.val[i], key[len - 2 - i]);
	}
	memo_free(m);
}

/* A file's few hundred frequent cells (its names, its postcodes) all stay
 * once stored: eight ways a set keep them from evicting each other. */
static void
test_few_hundred_keys_stay(void **state)
{
	struct memo *m;
	struct memo_ref ref;
	char key[16], val[16];
	int n;

	(void)state;
	assert_int_equal(memo_new(&m), 0);
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < 400; i++) {
			n = snprintf(key, sizeof(key), "NOM%d", i * 7919);
			snprintf(val, sizeof(val), "FAKE%d", i);
			if (pass == 0) {
				assert_int_equal(memo_find(m, 64, 0x100, key,
				    (size_t)n, &ref), 0);
				memo_store(&ref, 64, 0x100, key, (size_t)n, val,
				    strlen(val));
				continue;
			}
			assert_int_equal(memo_find(m, 64, 0x100, key, (size_t)n,
			    &ref), 1);
			assert_int_equal(ref.vlen, strlen(val));
			assert_memory_equal(ref.val, val, ref.vlen);
		}
	memo_free(m);
}

/* A key and value too long together for a slot are not remembered: the
 * next lookup misses, it never gives part of the value. */
static void
test_long_pair_not_kept(void **state)
{
	struct memo *m;
	struct memo_ref ref;
	char key[MEMO_MAX], val[MEMO_MAX];

	(void)state;
	memset(key, 'k', sizeof(key));
	memset(val, 'v', sizeof(val));
	assert_int_equal(memo_new(&m), 0);
	assert_int_equal(memo_find(m, 64, 1, key, sizeof(key), &ref), 0);
	memo_store(&ref, 64, 1, key, sizeof(key), val, sizeof(val));
	assert_int_equal(memo_find(m, 64, 1, key, sizeof(key), &ref), 0);
	/* A shorter value for the same key fits, and comes back whole. */
	memo_store(&ref, 64, 1, key, sizeof(key), val, 20);
	assert_int_equal(memo_find(m, 64, 1, key, sizeof(key), &ref), 1);
	assert_int_equal(ref.vlen, 20);
	assert_memory_equal(ref.val, val, 20);
	memo_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hits_only_equal_keys),
		cmocka_unit_test(test_few_hundred_keys_stay),
		cmocka_unit_test(test_long_pair_not_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
