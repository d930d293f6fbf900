/* BLAKE2b-512 of four one-block messages at once (include/blake2b4.h). */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <sodium.h>

#include "blake2b4.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define B4_AVX2	1
#else
#define B4_AVX2	0
#endif

#if B4_AVX2
/* RFC 7693, section 2.6 */
static const uint64_t b4_iv[8] = {
	0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
	0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
	0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

/* The first state word with the parameter block folded in: digest length
 * 64, no key, fanout 1, depth 1 (RFC 7693, section 2.5). */
#define B4_H0	(0x6a09e667f3bcc908ULL ^ 0x01010040ULL)

/* The function's own code is compiled for AVX2 alone, whatever the build's
 * target; blake2b4_ready checks the CPU before anything calls it. */
#define B4_ATTR	__attribute__((target("avx2")))
#define B4_INLINE static inline __attribute__((always_inline, target("avx2")))

/* Rotations right by 32, 24, 16 and 63 of each 64-bit lane: the first three
 * move whole bytes (a shuffle), the last is a shift and an add. */
B4_INLINE __m256i
b4_ror32(__m256i x)
{
	return _mm256_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1));
}

B4_INLINE __m256i
b4_ror24(__m256i x)
{
	return _mm256_shuffle_epi8(x, _mm256_setr_epi8(3, 4, 5, 6, 7, 0, 1, 2,
	    11, 12, 13, 14, 15, 8, 9, 10, 3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13,
	    14, 15, 8, 9, 10));
}

B4_INLINE __m256i
b4_ror16(__m256i x)
{
	return _mm256_shuffle_epi8(x, _mm256_setr_epi8(2, 3, 4, 5, 6, 7, 0, 1,
	    10, 11, 12, 13, 14, 15, 8, 9, 2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12,
	    13, 14, 15, 8, 9));
}

B4_INLINE __m256i
b4_ror63(__m256i x)
{
	return _mm256_or_si256(_mm256_srli_epi64(x, 63), _mm256_add_epi64(x, x));
}

/* The mixing function G (RFC 7693, section 3.1) on the four lanes. */
#define B4_G(a, b, c, d, x, y) do {					\
	a = _mm256_add_epi64(_mm256_add_epi64(a, b), x);		\
	d = b4_ror32(_mm256_xor_si256(d, a));				\
	c = _mm256_add_epi64(c, d);					\
	b = b4_ror24(_mm256_xor_si256(b, c));				\
	a = _mm256_add_epi64(_mm256_add_epi64(a, b), y);		\
	d = b4_ror16(_mm256_xor_si256(d, a));				\
	c = _mm256_add_epi64(c, d);					\
	b = b4_ror63(_mm256_xor_si256(b, c));				\
} while (0)

/* One round, its message schedule SIGMA written out: M(i) is a literal
 * index, so that the words past a short message are known zeros and their
 * additions vanish at compile time. */
#define B4_ROUND(s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12,	\
    s13, s14, s15) do {							\
	B4_G(v[0], v[4], v[8], v[12], M(s0), M(s1));			\
	B4_G(v[1], v[5], v[9], v[13], M(s2), M(s3));			\
	B4_G(v[2], v[6], v[10], v[14], M(s4), M(s5));			\
	B4_G(v[3], v[7], v[11], v[15], M(s6), M(s7));			\
	B4_G(v[0], v[5], v[10], v[15], M(s8), M(s9));			\
	B4_G(v[1], v[6], v[11], v[12], M(s10), M(s11));			\
	B4_G(v[2], v[7], v[8], v[13], M(s12), M(s13));			\
	B4_G(v[3], v[4], v[9], v[14], M(s14), M(s15));			\
} while (0)

/* The twelve rounds (SIGMA of RFC 7693, section 2.7; rounds 10 and 11
 * repeat 0 and 1). */
#define B4_ROUNDS do {							\
	B4_ROUND(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);	\
	B4_ROUND(14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3);	\
	B4_ROUND(11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4);	\
	B4_ROUND(7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8);	\
	B4_ROUND(9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13);	\
	B4_ROUND(2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9);	\
	B4_ROUND(12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11);	\
	B4_ROUND(13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10);	\
	B4_ROUND(6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5);	\
	B4_ROUND(10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0);	\
	B4_ROUND(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);	\
	B4_ROUND(14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3);	\
} while (0)

/* The state before the only block: h (the IV with the parameters) and the
 * IV, the byte count t0 = len and the last-block flag f0 = ~0. */
B4_INLINE void
b4_start(__m256i v[16], size_t len)
{
	v[0] = _mm256_set1_epi64x((long long)B4_H0);
	for (int i = 1; i < 8; i++)
		v[i] = _mm256_set1_epi64x((long long)b4_iv[i]);
	for (int i = 0; i < 8; i++)
		v[8 + i] = _mm256_set1_epi64x((long long)b4_iv[i]);
	v[12] = _mm256_set1_epi64x((long long)(b4_iv[4] ^ (uint64_t)len));
	v[14] = _mm256_set1_epi64x((long long)~b4_iv[6]);
}

/* h ^ v[0..8) ^ v[8..16), each lane to its message's out, little-endian
 * words (this is x86-64). */
B4_INLINE void
b4_finish(__m256i v[16], unsigned char *const out[BLAKE2B4_LANES])
{
	uint64_t o[8][BLAKE2B4_LANES];

	for (int i = 0; i < 8; i++)
		_mm256_storeu_si256((__m256i *)(void *)o[i], _mm256_xor_si256(
		    _mm256_set1_epi64x((long long)(i == 0 ? B4_H0 : b4_iv[i])),
		    _mm256_xor_si256(v[i], v[8 + i])));
	for (int k = 0; k < BLAKE2B4_LANES; k++)
		for (int i = 0; i < 8; i++)
			memcpy(out[k] + 8 * i, &o[i][k], 8);
	sodium_memzero(o, sizeof(o));
}

/* Messages of at most 40 bytes (the NIR's 39): words 5 to 15 are zero. */
B4_ATTR static void
b4_short(const uint64_t w[BLAKE2B4_LANES][16], size_t len,
    unsigned char *const out[BLAKE2B4_LANES])
{
	const __m256i z = _mm256_setzero_si256();
	__m256i m[5], v[16];

	for (int i = 0; i < 5; i++)
		m[i] = _mm256_setr_epi64x((long long)w[0][i], (long long)w[1][i],
		    (long long)w[2][i], (long long)w[3][i]);
	b4_start(v, len);
#define M(i)	((i) < 5 ? m[(i) < 5 ? (i) : 0] : z)
	B4_ROUNDS;
#undef M
	b4_finish(v, out);
}

/* Any message of one block. */
B4_ATTR static void
b4_long(const uint64_t w[BLAKE2B4_LANES][16], size_t len,
    unsigned char *const out[BLAKE2B4_LANES])
{
	__m256i m[16], v[16];

	for (int i = 0; i < 16; i++)
		m[i] = _mm256_setr_epi64x((long long)w[0][i], (long long)w[1][i],
		    (long long)w[2][i], (long long)w[3][i]);
	b4_start(v, len);
#define M(i)	m[i]
	B4_ROUNDS;
#undef M
	b4_finish(v, out);
}
#endif

void
blake2b4_512(const unsigned char *const msg[BLAKE2B4_LANES], size_t len,
    unsigned char *const out[BLAKE2B4_LANES])
{
#if B4_AVX2
	/* The block: each message, then zeros (words read little-endian);
	 * a short message's five words alone. */
	uint64_t w[BLAKE2B4_LANES][16];

	if (len > BLAKE2B4_MAX)
		len = BLAKE2B4_MAX;	/* not a case of the header's */
	if (len <= 40) {
		for (int k = 0; k < BLAKE2B4_LANES; k++) {
			memset(w[k], 0, 40);
			memcpy(w[k], msg[k], len);
		}
		b4_short((const uint64_t (*)[16])w, len, out);
		for (int k = 0; k < BLAKE2B4_LANES; k++)
			sodium_memzero(w[k], 40);	/* seeds */
		return;
	}
	memset(w, 0, sizeof(w));
	for (int k = 0; k < BLAKE2B4_LANES; k++)
		memcpy(w[k], msg[k], len);
	b4_long((const uint64_t (*)[16])w, len, out);
	sodium_memzero(w, sizeof(w));	/* the messages hold seeds */
#else
	for (int k = 0; k < BLAKE2B4_LANES; k++)
		crypto_generichash(out[k], 64, msg[k], len, NULL, 0);
#endif
}

static pthread_once_t ready_once = PTHREAD_ONCE_INIT;
static int ready;

/* The lanes against libsodium on messages of every length the code takes
 * (0, 39, 40, 41, 128): one wrong byte and libsodium does all the work. */
static void
ready_check(void)
{
#if B4_AVX2
	static const size_t lens[] = { 0, 1, 39, 40, 41, 127, 128 };
	unsigned char in[BLAKE2B4_LANES][BLAKE2B4_MAX], got[BLAKE2B4_LANES][64],
	    want[64];
	const unsigned char *msg[BLAKE2B4_LANES];
	unsigned char *out[BLAKE2B4_LANES];

	if (!__builtin_cpu_supports("avx2"))
		return;
	for (int k = 0; k < BLAKE2B4_LANES; k++) {
		for (int i = 0; i < BLAKE2B4_MAX; i++)
			in[k][i] = (unsigned char)(i * 37 + k * 101 + 7);
		msg[k] = in[k];
		out[k] = got[k];
	}
	for (size_t l = 0; l < sizeof(lens) / sizeof(lens[0]); l++) {
		blake2b4_512(msg, lens[l], out);
		for (int k = 0; k < BLAKE2B4_LANES; k++) {
			crypto_generichash(want, 64, in[k], lens[l], NULL, 0);
			if (memcmp(want, got[k], 64) != 0)
				return;
		}
	}
	__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
#endif
}

int
blake2b4_ready(void)
{
	/* Once checked, a load (it is asked every four rows). */
	if (__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
		return 1;
	pthread_once(&ready_once, ready_check);
	return __atomic_load_n(&ready, __ATOMIC_ACQUIRE);
}
