/* Bounded Damerau-Levenshtein distance of short words (include/fuzzy.h). */
#include <string.h>

#include <unistr.h>

#include "fuzzy.h"

unsigned
fuzzy_budget(size_t nchars)
{
	if (nchars <= 3)
		return 0;
	return nchars <= 7 ? 1 : 2;
}

/* s as code points into out (at most FUZZY_MAX_CHARS + 1 of them): the
 * count, which exceeds FUZZY_MAX_CHARS when s is longer. */
static size_t
decode(const char *s, size_t n, ucs4_t *out)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t k = 0;

	for (size_t i = 0; i < n && k <= FUZZY_MAX_CHARS; k++) {
		int len;

		if (p[i] < 0x80) {
			out[k] = p[i++];
			continue;
		}
		len = u8_mbtouc(&out[k], p + i, n - i);
		i += (size_t)(len > 0 ? len : 1);
	}
	return k;
}

size_t
fuzzy_nchars(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t k = 0;

	/* Continuation bytes do not start a character. */
	for (size_t i = 0; i < n; i++)
		k += (p[i] & 0xc0) != 0x80;
	return k;
}

unsigned
fuzzy_distance(const char *a, size_t alen, const char *b, size_t blen,
    unsigned max)
{
	ucs4_t x[FUZZY_MAX_CHARS + 1], y[FUZZY_MAX_CHARS + 1];
	/* Three rows of the table: i - 2, i - 1, i (for transpositions). */
	unsigned rows[3][FUZZY_MAX_CHARS + 2];
	unsigned far = max + 1;
	size_t n, m;

	n = decode(a, alen, x);
	m = decode(b, blen, y);
	if (n > FUZZY_MAX_CHARS || m > FUZZY_MAX_CHARS)
		return far;
	if ((n > m ? n - m : m - n) > max)
		return far;
	for (size_t j = 0; j <= m; j++)
		rows[0][j] = j <= max ? (unsigned)j : far;
	for (size_t i = 1; i <= n; i++) {
		unsigned *cur = rows[i % 3], *prev = rows[(i - 1) % 3];
		unsigned *prev2 = rows[(i + 1) % 3];	/* i - 2 */
		size_t lo = i > max ? i - max : 1;
		size_t hi = i + max < m ? i + max : m;
		unsigned best = far;

		/* Cells outside the band are "far"; so is column 0 past max. */
		for (size_t j = 0; j <= m; j++)
			if (j < lo || j > hi)
				cur[j] = far;
		cur[0] = i <= max ? (unsigned)i : far;
		if (cur[0] < best)
			best = cur[0];
		for (size_t j = lo; j <= hi; j++) {
			unsigned d = prev[j - 1] + (x[i - 1] != y[j - 1]);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] &&
			    x[i - 2] == y[j - 1] && prev2[j - 2] + 1 < d)
				d = prev2[j - 2] + 1;
			if (d > far)
				d = far;
			cur[j] = d;
			if (d < best)
				best = d;
		}
		if (best > max)
			return far;	/* every path is already too long */
	}
	return rows[n % 3][m] <= max ? rows[n % 3][m] : far;
}

/* A letter's bit, the other characters hashed onto the 38 bits left.
 * (The shift masked: clang warns of the negative count in the branch a
 * constant below 'a' does not take, which broke make fuzz's build.) */
#define SIG_BIT(c)	((c) >= 'a' && (c) <= 'z' ? \
	(uint64_t)1 << (((c) - 'a') & 63) : \
	(uint64_t)1 << (26 + ((uint32_t)(c) * 2654435761u >> 7) % 38))

static uint64_t
sig_bit(ucs4_t c)
{
	return SIG_BIT(c);
}

/* The ASCII bytes' bits, made by the compiler: fuzzy_sig's loop loads
 * one where it tested a range and hashed (a multiply and a modulo) for
 * every byte of every word it is asked of (scan_row_names' typo search
 * asks it of the row's names and of the words that may be typos). */
#define SIG4(c)		SIG_BIT(c), SIG_BIT((c) + 1), SIG_BIT((c) + 2), \
	SIG_BIT((c) + 3)
#define SIG16(c)	SIG4(c), SIG4((c) + 4), SIG4((c) + 8), SIG4((c) + 12)
#define SIG64(c)	SIG16(c), SIG16((c) + 16), SIG16((c) + 32), \
	SIG16((c) + 48)
static const uint64_t ascii_sig[128] = { SIG64(0), SIG64(64) };

uint64_t
fuzzy_sig(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s;
	uint64_t sig = 0;

	/* Folded words are ASCII but for a few letters ("ł", "ı"). */
	for (size_t i = 0; i < n;) {
		ucs4_t c;
		int len;

		if (p[i] < 0x80) {
			sig |= ascii_sig[p[i++]];
			continue;
		}
		len = u8_mbtouc(&c, p + i, n - i);
		sig |= sig_bit(c);
		i += (size_t)(len > 0 ? len : 1);
	}
	return sig;
}

int
fuzzy_heads_near(const char *a, size_t alen, const char *b, size_t blen)
{
	const uint8_t *x = (const uint8_t *)a, *y = (const uint8_t *)b;

	if (alen < 2 || blen < 2 || (x[0] | x[1] | y[0] | y[1]) >= 0x80)
		return 1;
	return x[0] == y[0] || x[1] == y[1] || x[0] == y[1] || x[1] == y[0];
}

int
fuzzy_sig_near(uint64_t a, uint64_t b, unsigned max)
{
	return (unsigned)__builtin_popcountll(a & ~b) <= max &&
	    (unsigned)__builtin_popcountll(b & ~a) <= max;
}
