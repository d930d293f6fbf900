/* The French NIR (numéro de sécurité sociale): parsing every written form,
 * validation with the key (Corsica 2A/2B rule), and format-preserving
 * pseudonyms that still carry a valid key. */
#ifndef PSEUDONYMFS_NIR_H
#define PSEUDONYMFS_NIR_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "pfs_error.h"

#define NIR_BODY	13	/* S AA MM DD CCC OOO, without the key */
#define NIR_FULL	15

struct nir {
	char	body[NIR_BODY + 1];	/* upper-case, NUL-terminated: "253072A073004" */
	int	has_key;		/* the source carried the two key digits */
	int	key;			/* 1..97, valid when has_key */
};

/* The separators a NIR is written with between its groups ("1 84 12 75
 * 123 456 78", "1.84.12.75.123.456", "1-84-12-…"): nir_parse skips them,
 * nir_write_like reproduces them, scrub's number reader (detect.c) and
 * reveal's token search accept them.  One set for all: a NIR one module
 * reads and another does not is a NIR that leaks.  (File names also use
 * '_': names.c reads it as a space before nir_parse.) */
static inline int
nir_is_separator(char c)
{
	return c == ' ' || c == '.' || c == '-';
}

/* Parse a NIR written with or without spaces, dots and hyphens, with or
 * without its key.  Sex digit 1, 2 (and 3, 4, 7, 8 for NIA-style temporary
 * numbers); month 01-12, 20-42 or 50-99; département 01-99, 2A, 2B (97x and
 * 98x as three digits followed by a two-digit commune).  When the key is
 * present it must be 97 - (N mod 97), with 2A read as 19 and 2B as 18.
 * 0 if valid, -EINVAL otherwise (including a wrong key). */
int	nir_parse(const char *s, size_t len, struct nir *out) PFS_WUR;

/* The key of a 13-character body (2A/2B rule applied). */
int	nir_key(const char body[NIR_BODY]);

/* A pseudonymous NIR derived only from `seed`: same sex digit as `src`,
 * same birth year when keep_year, otherwise plausible random fields, and a
 * valid key.  Written into out[0..15) as 15 characters (13 if the source had
 * no key), no NUL. Returns the number of characters written. */
int	nir_fake(const struct nir *src, const uint8_t seed[16], int keep_year,
	    char out[NIR_FULL]);

/*
 * nir_fake in two steps, so that the costly one is done for several NIRs at
 * once: nir_draws makes what the fakes of n seeds (n <= NIR_BATCH) are
 * drawn from, one BLAKE2b-512 each into h[i] (NIR_DRAWS bytes; four in
 * the lanes of one computation when nir_batch_ready, src/blake2b4.c; the
 * same bytes either way), and
 * nir_fake_drawn writes the fake of src from its seed's draws, as nir_fake
 * would.  The draws are as secret as the seed: wipe them after use.
 */
#define NIR_BATCH	4
#define NIR_DRAWS	64
int	nir_batch_ready(void);
void	nir_draws(const uint8_t (*seed)[16], size_t n,
	    unsigned char *const h[]);
int	nir_fake_drawn(const struct nir *src, const unsigned char h[NIR_DRAWS],
	    int keep_year, char out[NIR_FULL]);

/* Write `chars` (n characters) using the layout of `like`: separators of the
 * source (spaces, dots, hyphens) are reproduced at the same places, so
 * "1 84 12 75 123 456 78" stays grouped the same way.  0 or -ENOMEM. */
int	nir_write_like(const char *chars, size_t n, const char *like,
	    size_t like_len, struct buf *out) PFS_WUR;

#endif
