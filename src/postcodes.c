/* La Poste's postcodes and the communes they serve: is "29000 quimper" a
 * postcode and its city?  The pairs are compiled in (gen/gen_postcodes.c
 * from conf/places/postcodes.txt, gen/places.sh says where they come
 * from) as sorted hashes; a key is looked up by bisection.  docs/scrub.md,
 * "A postcode and its commune".  The communes' whole names of two words
 * or more (conf/places/communes.txt, gen/places.sh) the same way:
 * "Towns whose name is joined by hyphens". */
#include <stddef.h>
#include <stdint.h>

#include "postcodes.h"

extern const uint64_t	postcodes_keys[];
extern const size_t	postcodes_nkeys;
extern const uint64_t	communes_keys[];
extern const size_t	communes_nkeys;
extern const uint64_t	towns_keys[];
extern const size_t	towns_nkeys;

static int
sorted_has(const uint64_t *keys, size_t nkeys, const char *s, size_t n)
{
	uint64_t h = postcodes_hash(s, n);
	size_t lo = 0, hi = nkeys;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (keys[mid] < h)
			lo = mid + 1;
		else if (keys[mid] > h)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

int
postcodes_has(const char *s, size_t n)
{
	return sorted_has(postcodes_keys, postcodes_nkeys, s, n);
}

int
postcodes_commune(const char *s, size_t n)
{
	return sorted_has(communes_keys, communes_nkeys, s, n);
}

int
postcodes_town(const char *s, size_t n)
{
	return sorted_has(towns_keys, towns_nkeys, s, n);
}
