/* The sensitive lexicon's tables (src/sensitive.c), shared with the
 * build-time tool that writes them as C data (gen/gen_dict.c --sensitive:
 * build/sensitive_image.c), so that a program finds them made in its
 * binary rather than making them at its first scrub. */
#ifndef SENSITIVE_INT_H
#define SENSITIVE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "sensitive.h"

struct sensitive_entry {
	const char		*words;	/* folded words, one space apart */
	size_t			 nwords;
	enum sensitive_kind	 kind;
	uint32_t		 groups;
	const char		*atc;
};

struct sensitive_atc_rule {
	const char	*prefix;
	size_t		 len;
	uint32_t	 group;
};

/* The entries' first words, hashed: each names the entries it starts,
 * entries[lo .. hi) (sorted, they follow one another). */
struct sensitive_first_slot {
	const char	*word;		/* in entries[lo].words; NULL: empty */
	size_t		 len, lo, hi;
};

/* A one-word term of the suppressed groups, for the slips of typing. */
struct sensitive_near_word {
	const char	*w;		/* in entries[].words */
	size_t		 len;
	uint32_t	 groups;
};

/* Everything sensitive_init makes. */
struct sensitive_image {
	uint64_t				 stamp;
	const struct sensitive_entry		*entries;
	size_t					 nentries;
	const struct sensitive_atc_rule		*atc_rules;
	size_t					 natc_rules;
	const struct sensitive_first_slot	*first_index;
	size_t					 first_mask;
	const struct sensitive_near_word	*near_words;
	size_t					 nnear;
	const struct sensitive_near_word *const	*near_mid;
	const uint8_t				*near_bits;
};

/* What the image is made from, as far as it can be told cheaply. */
uint64_t	sensitive_sources_stamp(void);
/* The tables in use (made, or the image), 0 or -errno. */
int	sensitive_current(struct sensitive_image *out);
/* The tables made afresh (not the image) equal the image linked in: 1,
 * 0 if not, -ENOENT without an image, -ENOMEM.  For test_dict_image. */
int	sensitive_built_equals_image(void);

#endif
