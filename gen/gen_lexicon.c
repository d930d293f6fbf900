/* Build-time tool: the lexicon of ordinary French words the scrub
 * detectors consult (a row value that is also a word is a name only where
 * it is used as one; the recall-first mode keeps only these words).
 *
 *   gen_lexicon WORDLIST... > build/lexicon.c
 *   gen_lexicon -n detect_english build/english_words.txt > build/english.c
 *   gen_lexicon -n detect_compound -c /usr/share/dict/french > build/compound.c
 *
 * -n names the arrays (detect_lexicon by default): the second table is the
 * common words of English (detect.c comment_english, docs/scrub.md).
 *
 * The WORDLISTs are /usr/share/dict/french (Debian package wfrench,
 * GPL-2+) and the inflected common words of hunspell-fr-comprehensive
 * (MPL-2.0, gen/hunspell_words.sh), see docs/scrub.md.  Each word is lower-cased with its accents (NFC,
 * libunistring's u8_tolower: "laine" is a word, "laîné" is not), as
 * detect_dict.c lower-cases a word of a comment before it asks, and kept as a
 * 64-bit hash (util_whash, the detectors' hash()): sorted numbers instead of
 * the words, searched by bisection.  With -t (build/lexicon.s, lexicon_has), the hashes are
 * written as an open-addressed table instead: buckets of
 * LEXICON_BUCKET_SLOTS hashes, one cache line each, so that a lookup
 * reads one line of the table (the sorted list and its index cost two
 * cache misses or three a lookup, docs/performance.md "Lexicon lookups").  A word with accents is also kept without them ("dernieres"):
 * an ASCII word of a comment may have lost its accents, a word with
 * accents has not ("laîné" is no word even though "laine" is); and
 * without its accents but with its "œ" ("œdeme"), as typed on a keyboard
 * that makes "œ" and not "è". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <uninorm.h>

#include "buf.h"
#include "detect_lists.h"
#include "util.h"

/* -c: keep the words with a hyphen, and those only */
static int compounds;

/* The detectors' word hash (detect_int.h's hash(): util_whash). */
static uint64_t
hash(const char *s, size_t n)
{
	return util_whash(s, n);
}

/* The word without its accents (NFD, combining marks U+0300..U+036F
 * removed); "œ" and "æ" spelt out unless keep_lig; 0 if some other letter
 * stays beyond ASCII. */
static size_t
strip_accents(const uint8_t *w, size_t n, int keep_lig, char *out, size_t cap)
{
	uint8_t buf[512], *d;
	size_t dlen = sizeof(buf), m = 0;

	if ((d = u8_normalize(UNINORM_NFD, w, n, buf, &dlen)) == NULL)
		return 0;
	for (size_t i = 0; i < dlen && m + 2 < cap; i++) {
		if (d[i] == 0xcc || (d[i] == 0xcd && i + 1 < dlen && d[i + 1] <= 0xaf)) {
			i++;	/* a combining mark, two bytes */
			continue;
		}
		if (d[i] == 0xc5 && i + 1 < dlen && d[i + 1] == 0x93) {
			if (keep_lig) {
				out[m++] = (char)0xc5; out[m++] = (char)0x93;
			} else {
				out[m++] = 'o'; out[m++] = 'e';
			}
			i++;
			continue;
		}
		if (d[i] == 0xc3 && i + 1 < dlen && d[i + 1] == 0xa6) {
			if (keep_lig) {
				out[m++] = (char)0xc3; out[m++] = (char)0xa6;
			} else {
				out[m++] = 'a'; out[m++] = 'e';
			}
			i++;
			continue;
		}
		if (d[i] >= 0x80) {
			m = 0;
			break;
		}
		out[m++] = (char)d[i];
	}
	if (d != buf)
		free(d);
	return m;
}

static int
cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

struct hashes {
	uint64_t	*h;
	size_t		 n, cap;
};

static int
push(struct hashes *hs, const char *w, size_t n)
{
	if (hs->n == hs->cap) {
		size_t cap = hs->cap ? hs->cap * 2 : 65536;
		uint64_t *g = realloc(hs->h, cap * sizeof(*g));

		if (g == NULL)
			return -1;
		hs->h = g;
		hs->cap = cap;
	}
	hs->h[hs->n++] = hash(w, n);
	return 0;
}

/* One word of a list, lower-cased, as written and without its accents. */
static int
add_word(struct hashes *hs, const char *line, size_t got)
{
	uint8_t low[256], *lw;
	char plain[256];
	size_t llen = sizeof(low), m;
	int r = 0;

	lw = u8_tolower((const uint8_t *)line, got, NULL, UNINORM_NFC, low,
	    &llen);
	if (lw == NULL)
		return 0;
	if (push(hs, (const char *)lw, llen) != 0)
		r = -1;
	/* and without its accents: text typed without them
	 * ("DERNIERES REGLES") is made of words too */
	if (r == 0 && (m = strip_accents(lw, llen, 0, plain, sizeof(plain))) > 0 &&
	    m != llen && push(hs, plain, m) != 0)
		r = -1;
	if (r == 0 && (m = strip_accents(lw, llen, 1, plain, sizeof(plain))) > 0 &&
	    (m != llen || memcmp(plain, lw, m) != 0) && push(hs, plain, m) != 0)
		r = -1;
	if (lw != low)
		free(lw);
	return r;
}

/* The single words of one list; how many, or -1. */
static long
read_list(struct hashes *hs, const char *path)
{
	char *line = NULL;
	size_t lcap = 0;
	long words = 0;
	ssize_t got;
	FILE *in;

	if ((in = fopen(path, "r")) == NULL)
		return -1;
	while ((got = getline(&line, &lcap, in)) != -1) {
		while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			got--;
		if (got == 0 || got > 120 || memchr(line, ' ', (size_t)got) != NULL ||
		    memchr(line, '\'', (size_t)got) != NULL ||
		    (memchr(line, '-', (size_t)got) != NULL) != compounds)
			continue;
		if (add_word(hs, line, (size_t)got) != 0) {
			words = -1;
			break;
		}
		words++;
	}
	free(line);
	fclose(in);
	return words;
}

/* The n sorted distinct hashes h as the table lexicon_has probes
 * (src/detect_dict.c lexicon_bucket_of): each in the first empty slot
 * of its bucket or of the buckets after it, in sorted order (the same
 * table at every build).  Some 5/3 slots a hash: at that load (0.6) a
 * bucket of 8 overflows into the next for one lookup in twenty or so.
 * A hash of 0 (an empty slot) cannot be kept: refused. */
static int
put_table(const char *name, const uint64_t *h, size_t n)
{
	size_t nb = n * 5 / (3 * LEXICON_BUCKET_SLOTS) + 1;
	uint64_t *tab = calloc(nb * LEXICON_BUCKET_SLOTS, sizeof(*tab));

	if (tab == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		size_t b = (size_t)(((h[i] >> 32) * nb) >> 32), k = 0;

		if (h[i] == 0) {
			fprintf(stderr, "gen_lexicon: a word hashes to 0\n");
			free(tab);
			return -1;
		}
		while (tab[b * LEXICON_BUCKET_SLOTS + k] != 0)
			if (++k == LEXICON_BUCKET_SLOTS) {
				k = 0;
				b = b + 1 == nb ? 0 : b + 1;
			}
		tab[b * LEXICON_BUCKET_SLOTS + k] = h[i];
	}
	/* GNU as, not C: gcc took 3-4 s to read the million initializers
	 * of a C array, at the end of a fresh build where nothing else runs
	 * beside it; as takes 0.15 s (the same bytes in .rodata).  size_t
	 * is eight bytes (include/detect_lists.h asserts it). */
	printf("/* Generated by gen/gen_lexicon.c: do not edit. */\n"
	    "\t.section .rodata\n\t.balign 64\n"
	    "\t.globl %s\n\t.type %s, @object\n%s:\n", name, name, name);
	for (size_t i = 0; i < nb * LEXICON_BUCKET_SLOTS; i++)
		printf(tab[i] ? "\t.8byte 0x%016llx\n" : "\t.8byte 0\n",
		    (unsigned long long)tab[i]);
	printf("\t.size %s, .-%s\n", name, name);
	printf("\t.balign 8\n\t.globl %s_count\n\t.type %s_count, @object\n"
	    "%s_count:\n\t.8byte %zu\n\t.size %s_count, 8\n",
	    name, name, name, n, name);
	printf("\t.globl %s_buckets\n\t.type %s_buckets, @object\n"
	    "%s_buckets:\n\t.8byte %zu\n\t.size %s_buckets, 8\n",
	    name, name, name, nb, name);
	printf("\t.section .note.GNU-stack,\"\",@progbits\n");
	free(tab);
	return 0;
}

int
main(int argc, char **argv)
{
	struct hashes hs = { NULL, 0, 0 };
	size_t kept = 0;
	const char *name = "detect_lexicon";
	int first = 1, table = 0;
	long least = 1000;

	if (argc >= 3 && strcmp(argv[1], "-n") == 0) {
		name = argv[2];
		first = 3;
	}
	/* -c: the compounds with a hyphen only ("week-end"), whose parts
	 * the tokenizer cuts (detect_compound, precision12) */
	if (argc > first + 1 && strcmp(argv[first], "-c") == 0) {
		compounds = 1;
		first++;
	}
	/* -s: a short list (at least 50 words: detect_demonym) */
	if (argc > first + 1 && strcmp(argv[first], "-s") == 0) {
		least = 50;
		first++;
	}
	/* -t: as the table lexicon_has probes (put_table) */
	if (argc > first + 1 && strcmp(argv[first], "-t") == 0) {
		table = 1;
		first++;
	}
	if (argc <= first) {
		fprintf(stderr, "usage: gen_lexicon [-n NAME] [-c] [-s] [-t] WORDLIST...\n");
		return 2;
	}
	for (int a = first; a < argc; a++) {
		long words = read_list(&hs, argv[a]);

		if (words < least) {
			fprintf(stderr, "gen_lexicon: %s: %s\n", argv[a],
			    words < 0 ? "cannot be read" : "too few words");
			return 1;
		}
	}
	qsort(hs.h, hs.n, sizeof(*hs.h), cmp);
	for (size_t i = 0; i < hs.n; i++)
		if (i == 0 || hs.h[i] != hs.h[i - 1])
			hs.h[kept++] = hs.h[i];
	if (table) {
		int r = put_table(name, hs.h, kept);

		free(hs.h);
		return r == 0 ? 0 : 1;
	}
	printf("/* Generated by gen/gen_lexicon.c: do not edit. */\n"
	    "#include <stddef.h>\n#include <stdint.h>\n");
	printf("const uint64_t %s[] = {\n", name);
	for (size_t i = 0; i < kept; i++)
		printf("0x%016llxULL,\n", (unsigned long long)hs.h[i]);
	printf("};\nconst size_t %s_count = %zu;\n", name, kept);
	free(hs.h);
	return 0;
}
