/* Small helpers several modules need, one definition each (issue 14):
 * the ASCII digit test, little-endian loads of keyed-hash output, FNV-1a
 * for in-memory tables, the ASCII check, iconv into a buffer, the
 * directory-read loop without "." and "..", pread retried on EINTR.
 * Inline where they sit on the read path. */
#ifndef PSEUDONYMFS_UTIL_H
#define PSEUDONYMFS_UTIL_H

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "buf.h"
#include "pfs_error.h"

/* Is byte c one of set's?  strchr(set, c) also finds the set's own NUL
 * terminator: a U+0000 in a cell read as every separator the detectors
 * test, a sentence's end among them, where a capitalized word is not
 * taken as a name ("Patiente<NUL> Pigeon vue" left Pigeon; hostile25). */
static inline int
util_in_set(const char *set, char c)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* '0' to '9' only: isdigit() depends on the locale. */
static inline int
util_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The first n (at most 8) bytes of p as a little-endian number: how keyed
 * hash output becomes a seed, an offset or a pick, the same on every
 * machine.  (Pseudonyms depend on it: never change the byte order.) */
static inline uint64_t
util_load_le(const uint8_t *p, size_t n)
{
	uint64_t v = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&v, p, n);	/* on the read path (fake seeds): no byte loop */
#else
	while (n-- > 0)
		v = (v << 8) | p[n];
#endif
	return v;
}

/* FNV-1a, 64 bits, continued from h (UTIL_FNV1A_BASIS to start): for
 * tables in memory only.  Unkeyed: never for a pseudonym. */
#define UTIL_FNV1A_BASIS	0xcbf29ce484222325ULL
static inline uint64_t
util_fnv1a(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 0x100000001b3ULL;
	return h;
}

/*
 * The detectors' word hash (detect_int.h's hash(), the generated
 * lexicons' tables): eight bytes at a time, where FNV-1a paid a multiply
 * a byte.  The bytes in chunks of eight, little-endian, the last padded
 * with zeros (one chunk of zeros for no byte); h starts at the seed xor
 * the length, and each chunk is xor-ed in and mixed by a 64x64->128-bit
 * multiply by an odd constant, its two halves xor-ed (every bit of the
 * chunk reaches the low bits, which the tables index by).  For tables in
 * memory and at build time only, unkeyed: never for a pseudonym.  The
 * tables built from it compare no bytes (the lexicon's sorted hashes):
 * a collision of two words in 64 bits is what they accept, as with
 * FNV-1a (docs/performance.md, speed25a).
 */
#define UTIL_WHASH_SEED	0x9e3779b97f4a7c15ULL
#define UTIL_WHASH_MUL	0xd6e8feb86659fd93ULL
static inline uint64_t
util_whash_mix(uint64_t x)
{
	unsigned __int128 m = (unsigned __int128)x * UTIL_WHASH_MUL;

	return (uint64_t)m ^ (uint64_t)(m >> 64);
}

/* The eight bytes at p as a little-endian number. */
static inline uint64_t
util_whash_load8(const unsigned char *p)
{
	uint64_t v = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&v, p, 8);
#else
	for (size_t k = 0; k < 8; k++)
		v |= (uint64_t)p[k] << (8 * k);
#endif
	return v;
}

/* Bytes [0, n) of p, n <= 8, as a little-endian number, reading none
 * past them: two loads that overlap (their common bytes are the same),
 * not a loop a byte. */
static inline uint64_t
util_whash_short(const unsigned char *p, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n >= 4) {
		uint32_t lo, hi;

		memcpy(&lo, p, 4);
		memcpy(&hi, p + n - 4, 4);
		return (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
	}
	if (n == 0)
		return 0;
	return (uint64_t)p[0] | (uint64_t)p[n >> 1] << (8 * (n >> 1)) |
	    (uint64_t)p[n - 1] << (8 * (n - 1));
#else
	uint64_t v = 0;

	for (size_t k = 0; k < n; k++)
		v |= (uint64_t)p[k] << (8 * k);
	return v;
#endif
}

static inline uint64_t
util_whash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = UTIL_WHASH_SEED ^ (uint64_t)n;
	size_t i = 0;

	if (n <= 8)
		return util_whash_mix(h ^ util_whash_short(s, n));
	for (; n - i > 8; i += 8)
		h = util_whash_mix(h ^ util_whash_load8(s + i));
	/* the last 1 to 8 bytes: the eight that end the word, shifted */
	return util_whash_mix(h ^ (util_whash_load8(s + n - 8) >>
	    (8 * (8 - (n - i)))));
}

/* No byte >= 0x80; eight bytes at a time (most of an export is ASCII). */
static inline int
util_is_ascii(const char *s, size_t n)
{
	uint64_t acc = 0, w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return (acc & 0x8080808080808080ULL) == 0;
}

/* Every byte an ASCII digit: NIRs, IPPs and dates are digit runs.  Eight
 * bytes at a time: a byte is a digit when its high nibble is 3 and stays 3
 * after adding 6 (a carry out of a byte only comes from one that already
 * failed).  The last word overlaps the one before. */
static inline int
util_is_digits(const char *s, size_t n)
{
	const uint64_t hi = 0xf0f0f0f0f0f0f0f0ULL, three = 0x3333333333333333ULL;
	uint64_t w;
	size_t i;

	if (n < 8) {
		for (i = 0; i < n; i++)
			if (!util_is_digit(s[i]))
				return 0;
		return 1;
	}
	for (i = 0;; i += 8) {
		if (i + 8 > n)
			i = n - 8;
		memcpy(&w, s + i, 8);
		if (((w & hi) | (((w + 0x0606060606060606ULL) & hi) >> 4)) != three)
			return 0;
		if (i + 8 == n)
			return 1;
	}
}

/* memcmp(a, b, n) == 0 for short buffers (memo keys, a few words): a word
 * at a time, the last overlapping the one before, without a call. */
static inline int
util_mem_equal(const void *a, const void *b, size_t n)
{
	const char *x = a, *y = b;
	uint64_t u, v, diff = 0;
	size_t i;

	if (n < 8) {
		uint32_t p, q, r, t;

		if (n < 4) {
			for (i = 0; i < n; i++)
				if (x[i] != y[i])
					return 0;
			return 1;
		}
		memcpy(&p, x, 4);
		memcpy(&q, y, 4);
		memcpy(&r, x + n - 4, 4);
		memcpy(&t, y + n - 4, 4);
		return ((p ^ q) | (r ^ t)) == 0;
	}
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&u, x + i, 8);
		memcpy(&v, y + i, 8);
		diff |= u ^ v;
	}
	memcpy(&u, x + n - 8, 8);
	memcpy(&v, y + n - 8, 8);
	return (diff | (u ^ v)) == 0;
}

/* One pread(2) of up to n bytes at off, again while a signal interrupts
 * it: the bytes read (0 at the end of the file), or -errno.  A caller
 * that wants the whole range loops over it. */
static inline ssize_t
util_pread(int fd, void *p, size_t n, off_t off)
{
	ssize_t got;

	do
		got = pread(fd, p, n, off);
	while (got == -1 && errno == EINTR);
	return got == -1 ? -errno : got;
}

/* The next entry of a directory stream other than "." and "..", or NULL
 * at its end (errno set on an error, as readdir). */
struct dirent *util_readdir(DIR *d);

/* s into out[0..cap) with its control characters (C0, DEL, C1 written
 * in UTF-8; the line and paragraph separators and the bidirectional
 * controls U+2028-U+202E, U+2066-U+2069) as \xNN, NUL-terminated; cut before an escape that does not
 * fit.  For a message line that holds a name: a newline in it would forge
 * a line, an escape would drive the reader's terminal. */
void	util_escape_controls(const char *s, char *out, size_t cap);

/* Convert n bytes with cd (reset first) into out, which is reset.  0, or
 * -EILSEQ / -EINVAL with out holding what was converted and *used (if not
 * NULL) the input bytes it came from, or -ENOMEM. */
int	util_iconv(iconv_t cd, const char *s, size_t n, struct buf *out,
	    size_t *used) PFS_WUR;

/* A fault injected for the tests: 1 if the environment variable
 * PSEUDONYMFS_TEST_FAULT (a comma-separated list) names `name`.  Read at
 * the start of a one-time build (the scrub's tables, ops34): a fault
 * makes that build fail as it would without memory or with a bad list,
 * and the program refuses to start; it can never make a value shown
 * that would otherwise be hidden.  Also read at each word the
 * transliterator is asked ("translit_run", review48): that cell fails
 * closed (-EIO), as when ICU fails at run time. */
int	util_test_fault(const char *name);

#endif
