/* BLAKE2b-512 of four short messages at once (the NIR's seed expansion,
 * src/nir.c).  One BLAKE2b compression is a chain of some 400 dependent
 * cycles that libsodium's code cannot shorten; four messages in the four
 * 64-bit lanes of AVX2 registers take about twice the time of one, so each
 * costs about half.  The bytes are BLAKE2b's (RFC 7693: unkeyed, no salt
 * or personalization, 64 bytes out), those of crypto_generichash(out, 64,
 * msg, len, NULL, 0): test_blake2b4 compares them, and the first use checks
 * one set against libsodium before any is trusted. */
#ifndef PSEUDONYMFS_BLAKE2B4_H
#define PSEUDONYMFS_BLAKE2B4_H

#include <stddef.h>

#define BLAKE2B4_LANES	4
#define BLAKE2B4_MAX	128	/* one block: the only messages it takes */

/* 1 when blake2b4_512 may be called: the CPU has AVX2 and the first
 * check against libsodium passed (once per process); else 0, and the
 * caller hashes with libsodium. */
int	blake2b4_ready(void);

/* out[i] = BLAKE2b-512(msg[i][0..len)) for the four lanes, len at most
 * BLAKE2B4_MAX, every message of the same length.  Only after
 * blake2b4_ready() said 1. */
void	blake2b4_512(const unsigned char *const msg[BLAKE2B4_LANES],
	    size_t len, unsigned char *const out[BLAKE2B4_LANES]);

#endif
