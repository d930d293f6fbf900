/* La Poste's postcodes and the communes they serve: is "29000 quimper" a
 * postcode and its city?  The pairs are compiled in (gen/gen_postcodes.c
 * from conf/places/postcodes.txt, gen/postcodes.sh says where they come
 * from) as sorted hashes; a key is looked up by bisection.  docs/scrub.md,
 * "A postcode and its commune". */
#include <stddef.h>
#include <stdint.h>

#include "postcodes.h"

extern const uint64_t	postcodes_keys[];
extern const size_t	postcodes_nkeys;

int
postcodes_has(const char *s, size_t n)
{
	uint64_t h = postcodes_hash(s, n);
	size_t lo = 0, hi = postcodes_nkeys;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (postcodes_keys[mid] < h)
			lo = mid + 1;
		else if (postcodes_keys[mid] > h)
			hi = mid;
		else
			return 1;
	}
	return 0;
}
