/* Build-time tool: the scrub detectors' dictionary (src/detect_dict.c:
 * the name lists, the small tables of each family, the sensitive
 * lexicon's words, the words that name no person)
 * as C data, so that the programs find it built in their binary instead
 * of building it at start-up (some 20 ms a process, most of it cache
 * misses into tables of megabytes).  Linked with the engine, which has no
 * image yet: dict_ready builds the tables with the code every program
 * would run, and they are written as they are, slot for slot.
 *
 *   gen_dict > build/detect_dict_image.c
 *   gen_dict --sensitive > build/sensitive_image.c   (the sensitive
 *       lexicon's tables, src/sensitive.c, the same way)
 *
 * test_dict_image checks that the image equals what the engine builds. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect_int.h"
#include "sensitive_int.h"

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

/* A C string literal of s, or NULL. */
static void
put_str(FILE *f, const char *s)
{
	if (s == NULL) {
		fputs("NULL", f);
		return;
	}
	fputc('"', f);
	put_bytes(f, s, strlen(s));
	fputc('"', f);
}

/* The index of the entry whose words are at w (the tables point into
 * them): one exists, the tables were made so. */
static size_t
entry_of(const struct sensitive_image *im, const char *w)
{
	for (size_t i = 0; i < im->nentries; i++)
		if (im->entries[i].words == w)
			return i;
	fprintf(stderr, "gen_dict: a pointer into no entry\n");
	exit(1);
}

/* The entries' words, one array each (ew<i>), and the entries. */
static void
put_sensitive_entries(FILE *f, const struct sensitive_image *im)
{
	for (size_t i = 0; i < im->nentries; i++) {
		fprintf(f, "static const char ew%zu[] = ", i);
		put_str(f, im->entries[i].words);
		fputs(";\n", f);
	}
	fprintf(f, "\nstatic const struct sensitive_entry entries[%zu] = {\n",
	    im->nentries ? im->nentries : 1);
	for (size_t i = 0; i < im->nentries; i++) {
		const struct sensitive_entry *e = &im->entries[i];

		fprintf(f, "    { ew%zu, %zu, %d, 0x%x, ", i, e->nwords,
		    (int)e->kind, (unsigned)e->groups);
		put_str(f, e->atc);
		fputs(" },\n", f);
	}
	fprintf(f, "};\n\nstatic const struct sensitive_atc_rule atc_rules[%zu] = {\n",
	    im->natc_rules ? im->natc_rules : 1);
	for (size_t i = 0; i < im->natc_rules; i++) {
		fputs("    { ", f);
		put_str(f, im->atc_rules[i].prefix);
		fprintf(f, ", %zu, 0x%x },\n", im->atc_rules[i].len,
		    (unsigned)im->atc_rules[i].group);
	}
	fputs("};\n\n", f);
}

/* The sensitive lexicon's tables (src/sensitive.c) as C data. */
static int
put_sensitive(FILE *f)
{
	struct sensitive_image im;

	if (sensitive_current(&im) != 0) {
		fprintf(stderr, "gen_dict: the sensitive lexicon could not be made\n");
		return 1;
	}
	fputs("/* Made by gen/gen_dict.c --sensitive at build time: the\n"
	    " * sensitive lexicon's tables, as src/sensitive.c makes them.  Do\n"
	    " * not edit. */\n#include <stddef.h>\n\n#include \"sensitive_int.h\"\n\n", f);
	put_sensitive_entries(f, &im);
	fprintf(f, "static const struct sensitive_first_slot first_index[%zu] = {\n",
	    im.first_mask + 1);
	for (size_t h = 0; h <= im.first_mask; h++)
		if (im.first_index[h].word != NULL)
			fprintf(f, "    [%zu] = { ew%zu, %zu, %zu, %zu },\n", h,
			    entry_of(&im, im.first_index[h].word),
			    im.first_index[h].len, im.first_index[h].lo,
			    im.first_index[h].hi);
	fprintf(f, "};\n\nstatic const struct sensitive_near_word near_words[%zu] = {\n",
	    im.nnear ? im.nnear : 1);
	for (size_t i = 0; i < im.nnear; i++)
		fprintf(f, "    { ew%zu, %zu, 0x%x },\n",
		    entry_of(&im, im.near_words[i].w), im.near_words[i].len,
		    (unsigned)im.near_words[i].groups);
	fprintf(f, "};\n\nstatic const struct sensitive_near_word *const near_mid[%zu] = {\n",
	    im.nnear ? im.nnear : 1);
	for (size_t i = 0; i < im.nnear; i++)
		fprintf(f, "    &near_words[%td],\n", im.near_mid[i] - im.near_words);
	fprintf(f, "};\n\nstatic const uint8_t near_bits[%d] = {\n",
	    SENSITIVE_NEAR_BITS);
	for (size_t b = 0; b < SENSITIVE_NEAR_BITS; b++)
		if (im.near_bits[b] != 0)
			fprintf(f, "    [%zu] = 0x%02x,\n", b, im.near_bits[b]);
	fprintf(f, "};\n\nconst struct sensitive_image sensitive_image = {\n"
	    "    0x%016llxull, entries, %zu, atc_rules, %zu, first_index, %zu,\n"
	    "    near_words, %zu, near_mid, near_bits\n};\n",
	    (unsigned long long)im.stamp, im.nentries, im.natc_rules,
	    im.first_mask, im.nnear);
	return 0;
}

int
main(int argc, char **argv)
{
	struct dict_image im;
	FILE *f = stdout;

	if (argc == 2 && strcmp(argv[1], "--sensitive") == 0) {
		if (put_sensitive(f) != 0)
			return 1;
		if (fflush(f) != 0 || ferror(f)) {
			fprintf(stderr, "gen_dict: write error\n");
			return 1;
		}
		return 0;
	}

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
	fprintf(f, "};\n\nconst struct dict_image detect_dict_image = {\n"
	    "    0x%016llxull, entries, %zu, pool, keep, %d\n};\n",
	    (unsigned long long)im.stamp, im.cap, im.term_first_digit);
	if (fflush(f) != 0 || ferror(f)) {
		fprintf(stderr, "gen_dict: write error\n");
		return 1;
	}
	return 0;
}
