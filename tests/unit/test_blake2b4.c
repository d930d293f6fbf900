/* Unit tests for blake2b4: the four lanes give crypto_generichash's bytes
 * (BLAKE2b-512, unkeyed) for every length of one block, each lane its own
 * message's, and the check at first use says ready where the CPU has AVX2. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>
#include <sodium.h>

#include "blake2b4.h"

/* Four messages of len bytes from a counter: reproducible, each lane and
 * each round different. */
static void
fill(unsigned char in[BLAKE2B4_LANES][BLAKE2B4_MAX], uint32_t round)
{
	for (int k = 0; k < BLAKE2B4_LANES; k++) {
		uint8_t seed[32] = { 0 };

		memcpy(seed, &round, sizeof(round));
		seed[4] = (uint8_t)k;
		randombytes_buf_deterministic(in[k], BLAKE2B4_MAX, seed);
	}
}

static void
test_ready_where_avx2(void **state)
{
	(void)state;
#if defined(__x86_64__)
	assert_int_equal(blake2b4_ready(), __builtin_cpu_supports("avx2") != 0);
#endif
}

static void
test_lanes_equal_libsodium(void **state)
{
	unsigned char in[BLAKE2B4_LANES][BLAKE2B4_MAX], got[BLAKE2B4_LANES][64],
	    want[64];
	const unsigned char *msg[BLAKE2B4_LANES];
	unsigned char *out[BLAKE2B4_LANES];

	(void)state;
	if (!blake2b4_ready())
		skip();
	for (int k = 0; k < BLAKE2B4_LANES; k++) {
		msg[k] = in[k];
		out[k] = got[k];
	}
	/* Every length of a block, 40 rounds each: the short path (up to
	 * 40 bytes, zero words folded away) and the general one. */
	for (uint32_t r = 0; r < 129 * 40; r++) {
		size_t len = r % 129;

		fill(in, r);
		blake2b4_512(msg, len, out);
		for (int k = 0; k < BLAKE2B4_LANES; k++) {
			crypto_generichash(want, 64, in[k], len, NULL, 0);
			if (memcmp(want, got[k], 64) != 0)
				fail_msg("length %zu, lane %d differs", len, k);
		}
	}
}

/* Negative: one byte changed in one lane changes that lane's digest and
 * no other's (the lanes do not mix), and two lanes given the same
 * message agree. */
static void
test_lanes_apart(void **state)
{
	unsigned char in[BLAKE2B4_LANES][BLAKE2B4_MAX], a[BLAKE2B4_LANES][64],
	    b[BLAKE2B4_LANES][64];
	const unsigned char *msg[BLAKE2B4_LANES];
	unsigned char *oa[BLAKE2B4_LANES], *ob[BLAKE2B4_LANES];

	(void)state;
	if (!blake2b4_ready())
		skip();
	fill(in, 7);
	for (int k = 0; k < BLAKE2B4_LANES; k++) {
		msg[k] = in[k];
		oa[k] = a[k];
		ob[k] = b[k];
	}
	blake2b4_512(msg, 39, oa);
	in[2][38] ^= 1;
	blake2b4_512(msg, 39, ob);
	for (int k = 0; k < BLAKE2B4_LANES; k++)
		if (k == 2)
			assert_memory_not_equal(a[k], b[k], 64);
		else
			assert_memory_equal(a[k], b[k], 64);
	msg[3] = in[1];
	blake2b4_512(msg, 39, ob);
	assert_memory_equal(b[1], b[3], 64);
	assert_memory_not_equal(b[0], b[1], 64);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ready_where_avx2),
		cmocka_unit_test(test_lanes_equal_libsodium),
		cmocka_unit_test(test_lanes_apart),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
