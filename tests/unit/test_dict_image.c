/* Unit tests for the scrub dictionary's image (gen/gen_dict.c, built into
 * the programs): the program uses it, and it is slot for slot what the
 * engine's dict_build makes at run time in a program without it, so a
 * stale or wrongly written image cannot change what is scrubbed. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <unictype.h>
#include <unistr.h>

#include "detect_int.h"
#include "detect_lists.h"
#include "norm.h"
#include "sensitive_int.h"

extern const struct dict_image detect_dict_image;
extern const struct sensitive_image sensitive_image;

static uint64_t
flags_of(const char *w)
{
	return dict_flags_hashed(w, strlen(w), util_whash(w,
	    strlen(w)));
}

/* The image is the table in use: its stamp is that of the lists linked. */
static void
test_image_in_use(void **state)
{
	struct dict_image cur;

	(void)state;
	assert_int_equal(dict_current(&cur), 0);
	assert_true(detect_dict_image.stamp == dict_sources_stamp());
	assert_ptr_equal(cur.entries, detect_dict_image.entries);
	assert_ptr_equal(cur.pool, detect_dict_image.pool);
	assert_ptr_equal(cur.keep, detect_dict_image.keep);
	/* and answers through it: names, a title, a month, not a word */
	assert_true(flags_of("martin") & D_LAST);
	assert_true(flags_of("docteur") & D_TITLE);
	assert_true(flags_of("mars") & D_MONTH);
	/* the last bit of the 32 once used, through the 64-bit flags */
	assert_true(flags_of("habite") & D_RESIDE);
	assert_int_equal(sizeof(cur.entries[0].flags), sizeof(uint64_t));
	assert_int_equal(flags_of("xqzwv"), 0);
	assert_int_equal(flags_of(""), 0);
	assert_true(lexicon_has("maison", 6));
	assert_false(lexicon_has("xqzwv", 5));
}

/* What dict_build makes now, entry for entry, equals the image. */
static void
test_image_equals_build(void **state)
{
	(void)state;
	assert_int_equal(dict_built_equals_image(), 1);
}

/* The lexicon's table (gen_lexicon -t): every hash it holds is found
 * where lexicon_has_hash probes, those of full buckets too (their chain
 * goes on in the next bucket: at a load of 0.6, thousands of them), the
 * count is what gen_lexicon kept, and hashes it does not hold are not
 * found, 0 (an empty slot's value) least of all. */
static void
test_lexicon_table(void **state)
{
	size_t held = 0, full = 0;
	uint64_t x = 0x9e3779b97f4a7c15ULL;

	(void)state;
	for (size_t b = 0; b < detect_lexicon_buckets; b++) {
		size_t used = 0;

		for (size_t k = 0; k < LEXICON_BUCKET_SLOTS; k++) {
			uint64_t h = detect_lexicon[b * LEXICON_BUCKET_SLOTS + k];

			if (h == 0)
				continue;
			used++;
			held++;
			assert_true(lexicon_has_hash(h));
			assert_false(lexicon_has_hash(h ^ 1));
		}
		full += used == LEXICON_BUCKET_SLOTS;
	}
	assert_int_equal(held, detect_lexicon_count);
	assert_true(held > 100000);
	assert_true(full > 1000);
	assert_false(lexicon_has_hash(0));
	for (int i = 0; i < 10000; i++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		assert_false(lexicon_has_hash(x));
	}
	/* and through the words: accents kept, folded ASCII, any case */
	assert_true(lexicon_has("maison", 6));
	assert_true(lexicon_has("MAISON", 6));
	assert_true(lexicon_has("écrire", strlen("écrire")));
	assert_true(lexicon_has("ecrire", 6));
	assert_false(lexicon_has("", 0));
}

/* The sensitive lexicon's tables are the image's (gen_dict --sensitive),
 * they answer through it, and what src/sensitive.c makes afresh equals
 * it, entry for entry and slot for slot; a lexicon with one word changed
 * would not (images_equal compares the words). */
static void
test_sensitive_image(void **state)
{
	struct sensitive_image cur;
	struct sensitive_scratch s = { 0 };
	struct sensitive_result res;

	(void)state;
	assert_int_equal(sensitive_current(&cur), 0);
	assert_true(sensitive_image.stamp == sensitive_sources_stamp());
	assert_ptr_equal(cur.entries, sensitive_image.entries);
	assert_ptr_equal(cur.first_index, sensitive_image.first_index);
	assert_ptr_equal(cur.near_mid, sensitive_image.near_mid);
	assert_true(sensitive_image.nentries > 1000);
	assert_true(sensitive_image.nnear > 100);
	/* answers through them: a term, an ordinary word, an ATC class,
	 * a slip of typing (the near words and their bits) */
	assert_int_equal(sensitive_lookup("séropositif", 12,
	    SENSITIVE_BIT(SENSITIVE_TERM), &s, &res), 0);
	assert_true(res.groups != 0);
	assert_int_equal(sensitive_lookup("maison", 6,
	    SENSITIVE_BIT(SENSITIVE_TERM), &s, &res), 0);
	assert_true(res.groups == 0);
	assert_true(sensitive_atc_groups("J05AR20") != 0);
	assert_true(sensitive_near("schyzophreni", 12) != 0);
	assert_true(sensitive_near("maisonnett", 10) == 0);
	sensitive_scratch_free(&s);
	assert_int_equal(sensitive_built_equals_image(), 1);
}

/* Entry k's words start with the word w of n bytes (then a space or
 * their end). */
static int
entry_starts(const struct sensitive_image *im, size_t k, const char *w,
    size_t n)
{
	const char *e = im->entries[k].words;

	return strncmp(e, w, n) == 0 && (e[n] == ' ' || e[n] == '\0');
}

/* Each slot of the first words' index names exactly the entries its word
 * starts, entries[lo .. hi) (scan_tokens walks them without comparing
 * the word again): every one of them starts with it, the one before lo
 * and the one at hi do not.  Made afresh and in the image alike
 * (test_sensitive_image: images_equal compares hi). */
static void
test_sensitive_first_runs(void **state)
{
	struct sensitive_image im;
	size_t slots = 0, longest = 0;

	(void)state;
	assert_int_equal(sensitive_current(&im), 0);
	for (size_t h = 0; h <= im.first_mask; h++) {
		const struct sensitive_first_slot *f = &im.first_index[h];

		if (f->word == NULL)
			continue;
		slots++;
		assert_true(f->lo < f->hi && f->hi <= im.nentries);
		for (size_t k = f->lo; k < f->hi; k++)
			assert_true(entry_starts(&im, k, f->word, f->len));
		assert_true(f->lo == 0 ||
		    !entry_starts(&im, f->lo - 1, f->word, f->len));
		assert_true(f->hi == im.nentries ||
		    !entry_starts(&im, f->hi, f->word, f->len));
		if (f->hi - f->lo > longest)
			longest = f->hi - f->lo;
	}
	assert_true(slots > 500);
	assert_true(longest > 5);	/* "syndrome", "maladie": runs */
}

/* Every word tokenize folds itself (ASCII letters and Latin letters of
 * two bytes, read_word) has the fold and hash norm_value gives the word,
 * which is what the dictionary and the row values are folded with: each
 * letter from U+0080 to U+027F alone, first, inside and last in a word,
 * in both cases of its neighbours, and a few words of several. */
static void
check_word_folds(const char *t, struct detect_scratch *s, struct buf *b)
{
	assert_int_equal(tokenize(t, strlen(t), s), 0);
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		assert_int_equal(norm_value(NORM_TEXT, t + w->start,
		    w->end - w->start, b), 0);
		assert_int_equal(w->fold_len, b->len);
		assert_memory_equal(wf(s, w), b->len ? b->data : "", b->len);
		assert_true(w->fhash == util_whash(
		    b->len ? b->data : "", b->len));
	}
}

static void
test_tokenize_latin_folds(void **state)
{
	static const char *const words[] = { "Hématome", "ÉLODIE", "Zoé",
	    "Straße", "cœur", "Œdème", "Ørsted", "Łukasz", "Çà", "ŀl", "ǅemal",
	    "ﬁn", "Zoë-Ève", "naïve", "Müller'Dž" };
	struct detect_scratch s;
	struct buf b = BUF_INIT;
	char t[64];
	uint8_t u[4];

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(dict_ready(), 1);
	for (ucs4_t uc = 0x80; uc < 0x280; uc++) {
		int n = u8_uctomb(u, uc, sizeof(u));

		if (n != 2 || !uc_is_alpha(uc))
			continue;
		snprintf(t, sizeof(t), "%.2s %.2sab ab%.2s AB%.2sCD Ab%.2scd",
		    (char *)u, (char *)u, (char *)u, (char *)u, (char *)u);
		check_word_folds(t, &s, &b);
	}
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		check_word_folds(words[i], &s, &b);
	buf_free(&b);
	detect_scratch_free(&s);
}

/* fhash as hash() of the fold for ASCII words of every length around the
 * hash's chunks of eight and tokenize's reads of sixteen (letters, capitals,
 * digits; at the text's end and not), and LIT_HASH as hash() of the
 * literal (word_is compares the two). */
static void
test_tokenize_ascii_hashes(void **state)
{
	static const char abc[] = "AbcdefghijKlmnopqrstUvwxyzabcdefghijklmnopqrstuvwxyz";
	static const char dig[] = "0123456789012345678901234567890123456789";
	struct detect_scratch s;
	struct buf b = BUF_INIT;
	char t[256];

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(dict_ready(), 1);
	for (int n = 1; n <= 40; n++) {
		snprintf(t, sizeof(t), "%.*s, %.*s %.*s.", n, abc, n, dig, n,
		    abc + 10);
		check_word_folds(t, &s, &b);
		snprintf(t, sizeof(t), "x %.*s", n, abc + 3);
		check_word_folds(t, &s, &b);
		snprintf(t, sizeof(t), "%.*s", n, dig);
		check_word_folds(t, &s, &b);
	}
	buf_free(&b);
	detect_scratch_free(&s);
	assert_true(LIT_HASH("") == hash("", 0));
	assert_true(LIT_HASH("et") == hash("et", 2));
	assert_true(LIT_HASH("abcdefgh") == hash("abcdefgh", 8));
	assert_true(LIT_HASH("abcdefghi") == hash("abcdefghi", 9));
	assert_true(LIT_HASH("abcdefghijklmno") == hash("abcdefghijklmno", 15));
	assert_true(LIT_HASH("abcdefghijklmnop") ==
	    hash("abcdefghijklmnop", 16));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_image_in_use),
		cmocka_unit_test(test_image_equals_build),
		cmocka_unit_test(test_lexicon_table),
		cmocka_unit_test(test_sensitive_image),
		cmocka_unit_test(test_sensitive_first_runs),
		cmocka_unit_test(test_tokenize_latin_folds),
		cmocka_unit_test(test_tokenize_ascii_hashes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
