/* Bounded edit distance between short words: the patient's own name
 * typed with a slip ("KUNNTZ" for KUNTZ, "PNTO" for PINTO) is still the
 * patient's name (issue 10, docs/scrub.md "The row's names with a
 * typo").  The words compared are folded already (norm_value NORM_TEXT:
 * lower case, no accents); characters are UTF-8 code points, so "ł" of
 * "Mirosław" is one character, not two bytes. */
#ifndef PSEUDONYMFS_FUZZY_H
#define PSEUDONYMFS_FUZZY_H

#include <stddef.h>
#include <stdint.h>

/* Longer words are never compared (no name is): fuzzy_distance says
 * "farther than max" for them. */
#define FUZZY_MAX_CHARS	32

/* The edits allowed against a value of nchars characters: none up to 3
 * ("LI", "BA", "DIA" would meet too many words), 1 from 4 to 7, 2 from 8
 * ("LEEWANDOWSKI"). */
unsigned	fuzzy_budget(size_t nchars);

/* Characters (code points) of the UTF-8 string s[0..n); a byte that is
 * no valid sequence counts as one. */
size_t		fuzzy_nchars(const char *s, size_t n);

/* The Damerau-Levenshtein distance of a and b (optimal string alignment:
 * insertions, deletions, substitutions and transpositions of two
 * neighbours, each 1) when it is at most max, max + 1 otherwise.  Only the
 * diagonal band of width 2 max + 1 is computed, and it stops as soon as
 * every cell of a row exceeds max: O(n (2 max + 1)) for n characters. */
unsigned	fuzzy_distance(const char *a, size_t alen, const char *b,
		    size_t blen, unsigned max);

/* A 64-bit set of the characters of s[0..n) (a-z one bit each, the
 * others hashed over the rest).  Each edit adds at most one character to
 * either side's difference, so two words whose sets differ by more than
 * max on one side are farther than max apart: fuzzy_sig_near rejects most
 * words before fuzzy_distance is asked. */
uint64_t	fuzzy_sig(const char *s, size_t n);
int		fuzzy_sig_near(uint64_t a, uint64_t b, unsigned max);

/* Could a and b be one edit apart, by their first two characters alone?
 * One edit there leaves a[0] == b[0], a[1] == b[1] (a change after them
 * or of one of them), a[0] == b[1] or a[1] == b[0] (one inserted,
 * deleted or swapped).  Asked before anything else; 1 when a byte of
 * them is not ASCII (no answer that cheap). */
int		fuzzy_heads_near(const char *a, size_t alen, const char *b,
		    size_t blen);

#endif
