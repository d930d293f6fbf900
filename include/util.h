/* Small helpers several modules need, one definition each (issue 14):
 * the ASCII digit test, little-endian loads of keyed-hash output, FNV-1a
 * for in-memory tables, the ASCII check, iconv into a buffer, the
 * directory-read loop without "." and "..".  Inline
 * where they sit on the read path. */
#ifndef PSEUDONYMFS_UTIL_H
#define PSEUDONYMFS_UTIL_H

#include <dirent.h>
#include <iconv.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "pfs_error.h"

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

/* The next entry of a directory stream other than "." and "..", or NULL
 * at its end (errno set on an error, as readdir). */
struct dirent *util_readdir(DIR *d);

/* Convert n bytes with cd (reset first) into out, which is reset.  0, or
 * -EILSEQ / -EINVAL with out holding what was converted and *used (if not
 * NULL) the input bytes it came from, or -ENOMEM. */
int	util_iconv(iconv_t cd, const char *s, size_t n, struct buf *out,
	    size_t *used) PFS_WUR;

#endif
