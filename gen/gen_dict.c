/* Build-time tool: the scrub detectors' dictionary (src/detect_dict.c:
 * the name lists, the small tables of each family, the sensitive
 * lexicon's words, the words that name no person, the lexicon's index)
 * as C data, so that the programs find it built in their binary instead
 * of building it at start-up (some 20 ms a process, most of it cache
 * misses into tables of megabytes).  Linked with the engine, which has no
 * image yet: dict_ready builds the tables with the code every program
 * would run, and they are written as they are, slot for slot.
 *
 *   gen_dict > build/detect_dict_image.c
 *
 * test_dict_image checks that the image equals what the engine builds. */
#include <stdint.h>
#include <stdio.h>

#include "detect_int.h"

/* Bytes as a C string literal: letters, digits and spaces as they are,
 * the rest in three octal digits (no escape swallows what follows, no
 * trigraph). */
static void
put_bytes(FILE *f, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == ' ')
			fputc(c, f);
		else
			fprintf(f, "\\%03o", c);
	}
}

static void
put_pool(FILE *f, const struct dict_image *im)
{
	size_t end = 0;

	for (size_t i = 0; i < im->cap; i++)
		if (im->entries[i].len != 0 &&
		    im->entries[i].off + im->entries[i].len > end)
			end = im->entries[i].off + im->entries[i].len;
	fprintf(f, "static const char pool[%zu] =\n", end + 1);
	for (size_t a = 0; a < end; a += 64) {
		fputs("    \"", f);
		put_bytes(f, im->pool + a, end - a < 64 ? end - a : 64);
		fputs("\"\n", f);
	}
	if (end == 0)
		fputs("    \"\"\n", f);
	fputs(";\n\n", f);
}

int
main(void)
{
	struct dict_image im;
	FILE *f = stdout;

	if (dict_current(&im) != 0) {
		fprintf(stderr, "gen_dict: the dictionary could not be built\n");
		return 1;
	}
	fputs("/* Made by gen/gen_dict.c at build time: the scrub detectors'\n"
	    " * dictionary, as src/detect_dict.c builds it.  Do not edit. */\n"
	    "#include \"detect_int.h\"\n\n", f);
	put_pool(f, &im);
	fprintf(f, "static const struct dict_entry entries[%zu] = {\n", im.cap);
	for (size_t i = 0; i < im.cap; i++)
		if (im.entries[i].len != 0)
			fprintf(f, "    [%zu] = { %u, %u, 0x%llxull },\n", i,
			    im.entries[i].off, im.entries[i].len,
			    (unsigned long long)im.entries[i].flags);
	fprintf(f, "};\n\nstatic const uint64_t keep[%d] = {\n",
	    DICT_KEEP_SLOTS);
	for (size_t k = 0; k < DICT_KEEP_SLOTS; k++)
		if (im.keep[k] != 0)
			fprintf(f, "    [%zu] = 0x%016llxull,\n", k,
			    (unsigned long long)im.keep[k]);
	fprintf(f, "};\n\nstatic const uint32_t lex_index[%d] = {\n",
	    DICT_LEX_BUCKETS + 1);
	for (size_t b = 0; b <= DICT_LEX_BUCKETS; b++)
		fprintf(f, "%s%u,%s", b % 8 == 0 ? "    " : " ", im.lex_index[b],
		    b % 8 == 7 || b == DICT_LEX_BUCKETS ? "\n" : "");
	fprintf(f, "};\n\nconst struct dict_image detect_dict_image = {\n"
	    "    0x%016llxull, entries, %zu, pool, keep, lex_index, %d\n};\n",
	    (unsigned long long)im.stamp, im.cap, im.term_first_digit);
	if (fflush(f) != 0 || ferror(f)) {
		fprintf(stderr, "gen_dict: write error\n");
		return 1;
	}
	return 0;
}
