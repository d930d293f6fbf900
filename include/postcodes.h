/* La Poste's postcodes and the communes they serve (conf/places/
 * postcodes.txt, compiled in): "29000 Quimper" is a postcode and its
 * city, "25000 Transfusion" is not.  docs/scrub.md. */
#ifndef POSTCODES_H
#define POSTCODES_H

#include <stddef.h>
#include <stdint.h>

/* The longest key: "PPPPP" and a commune's first words, folded. */
#define POSTCODES_KEY_MAX	64

/* The hash of a key "29000 quimper" (64-bit FNV-1a), the same at build
 * time (gen/gen_postcodes.c) and when a comment asks. */
static inline uint64_t
postcodes_hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
	return h;
}

/* Key s (n bytes: five digits, a space, the commune's name folded and cut
 * as gen/places.sh says) is a postcode of that commune: 1, else 0. */
int	postcodes_has(const char *s, size_t n);
/* Key s (n bytes: a commune's whole name of two words or more, folded,
 * words one space apart: "clermont ferrand", conf/places/communes.txt)
 * is a commune's name: 1, else 0. */
int	postcodes_commune(const char *s, size_t n);
/* s[n], folded, is a commune of one word ("lyon", "nancy"). */
int	postcodes_town(const char *s, size_t n);

#endif
