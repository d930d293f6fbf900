/* Unit tests for the icd10 module: written forms, the chapter/block ladder,
 * sensitive groups, and the self-consistency of the shipped tables. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "icd10.h"

#define CAT(l, n)	((l) * 100 + (n))

static int
parse(const char *s, struct icd10_code *c)
{
	return icd10_parse(s, strlen(s), c);
}

static void
expect_code(const char *in, int category, const char *text)
{
	struct icd10_code	 c;

	memset(&c, 0x55, sizeof(c));
	assert_int_equal(parse(in, &c), 0);
	assert_int_equal(c.category, category);
	assert_string_equal(c.text, text);
}

static void
test_parse_accepted(void **state)
{
	(void)state;
	expect_code("B20", CAT('B', 20), "B20");
	expect_code("b20", CAT('B', 20), "B20");
	expect_code("B20.1", CAT('B', 20), "B20.1");
	expect_code(" B20.1 ", CAT('B', 20), "B20.1");
	expect_code("\tB20.1  ", CAT('B', 20), "B20.1");
	expect_code("B201", CAT('B', 20), "B20.1");	/* PMSI, no dot */
	expect_code("B2010", CAT('B', 20), "B20.1");	/* ATIH 5th char */
	expect_code("B20.10", CAT('B', 20), "B20.1");
	expect_code("B20+1", CAT('B', 20), "B20");	/* filler, no 4th */
	expect_code("Z5100", CAT('Z', 51), "Z51.0");
	expect_code("Z51000", CAT('Z', 51), "Z51.0");	/* 6 significant */
	expect_code("A17.0+", CAT('A', 17), "A17.0");	/* dagger as '+' */
	expect_code("u07.1", CAT('U', 7), "U07.1");
	expect_code("A00", CAT('A', 0), "A00");
	expect_code("Z99", CAT('Z', 99), "Z99");
}

static void
test_parse_len_is_honoured(void **state)
{
	struct icd10_code	 c;

	(void)state;
	/* Only the first len bytes count: a cell is not NUL-terminated. */
	assert_int_equal(icd10_parse("B201;X", 4, &c), 0);
	assert_string_equal(c.text, "B20.1");
	assert_int_equal(icd10_parse("B20", 2, &c), -EINVAL);
}

static void
test_parse_rejected(void **state)
{
	static const char *bad[] = {
		"", "   ", "B2", "120", "BB0", "B2O", "B20.", "B20..1",
		"B20.X1", "B20X", "T36.0X1A", "B20.1.2", "B20-", "B 20",
		"B20 1", "B201234", "B20.1234", "B20+123", "+B20", ".B20",
		"É20", "B20*", "1B20", "B20;", "B20,1",
	};
	struct icd10_code	 c;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (parse(bad[i], &c) != -EINVAL)
			fail_msg("accepted bad form #%zu", i);
	}
	assert_int_equal(icd10_parse(NULL, 3, &c), -EINVAL);
	assert_int_equal(icd10_parse("B20", 3, NULL), -EINVAL);
	/* An embedded NUL inside len is not a code character. */
	assert_int_equal(icd10_parse("B2\0", 3, &c), -EINVAL);
}

/* Categories and the chapter or block each falls in. */
struct range_case {
	int		 category;
	const char	*want;
};
#define EXPECT_RANGES(expect, ...) do {					\
	static const struct range_case cases_[] = { __VA_ARGS__ };	\
	size_t n_ = sizeof(cases_) / sizeof(cases_[0]);			\
	for (size_t i_ = 0; i_ < n_; i_++)				\
		expect(cases_[i_].category, cases_[i_].want);		\
} while (0)

static void
expect_chapter(int category, const char *roman)
{
	const struct icd10_range	*ch = icd10_chapter(category);

	assert_non_null(ch);
	assert_string_equal(ch->roman, roman);
}

static void
test_chapter_boundaries(void **state)
{
	(void)state;
	EXPECT_RANGES(expect_chapter,
	    { CAT('A', 0), "I" },
	    { CAT('B', 99), "I" },
	    { CAT('C', 0), "II" },
	    { CAT('D', 48), "II" },
	    { CAT('D', 50), "III" },
	    { CAT('D', 89), "III" },
	    { CAT('E', 90), "IV" },
	    { CAT('F', 0), "V" },
	    { CAT('H', 59), "VII" },
	    { CAT('H', 60), "VIII" },
	    { CAT('H', 95), "VIII" },
	    { CAT('K', 93), "XI" },
	    { CAT('P', 96), "XVI" },
	    { CAT('S', 0), "XIX" },
	    { CAT('T', 98), "XIX" },
	    { CAT('U', 7), "XXII" },
	    { CAT('V', 1), "XX" },
	    { CAT('X', 60), "XX" },
	    { CAT('Y', 98), "XX" },
	    { CAT('Z', 0), "XXI" },
	    { CAT('Z', 99), "XXI" });

	/* Gaps between chapters belong to none. */
	assert_null(icd10_chapter(CAT('D', 49)));
	assert_null(icd10_chapter(CAT('E', 91)));
	assert_null(icd10_chapter(CAT('H', 96)));
	assert_null(icd10_chapter(CAT('K', 94)));
	assert_null(icd10_chapter(CAT('P', 97)));
	assert_null(icd10_chapter(CAT('T', 99)));
	assert_null(icd10_chapter(CAT('V', 0)));
	assert_null(icd10_chapter(CAT('Y', 99)));
	assert_null(icd10_chapter(0));
	assert_null(icd10_chapter(-1));
	assert_null(icd10_chapter(CAT('Z', 99) + 1));
}

static void
expect_block(int category, const char *range)
{
	const struct icd10_range	*b = icd10_block(category);
	char				 out[8];

	assert_non_null(b);
	icd10_range_format(b, out);
	assert_string_equal(out, range);
	assert_null(b->roman);
	assert_null(b->title_fr);
}

static void
test_block_lookup(void **state)
{
	(void)state;
	EXPECT_RANGES(expect_block,
	    { CAT('B', 20), "B20-B24" },
	    { CAT('B', 24), "B20-B24" },
	    { CAT('F', 32), "F30-F39" },
	    { CAT('O', 4), "O00-O08" },
	    { CAT('A', 0), "A00-A09" },
	    { CAT('A', 97), "A92-A99" },
	    { CAT('B', 98), "B95-B98" },
	    { CAT('B', 99), "B99-B99" },
	    { CAT('C', 50), "C50-C50" },
	    { CAT('D', 48), "D37-D48" },
	    { CAT('G', 14), "G10-G14" },
	    { CAT('J', 9), "J09-J18" },
	    { CAT('K', 64), "K55-K64" },
	    { CAT('M', 17), "M15-M19" },
	    { CAT('O', 94), "O94-O99" },
	    { CAT('T', 79), "T79-T79" },
	    { CAT('U', 7), "U00-U49" },
	    { CAT('U', 83), "U82-U85" },
	    { CAT('X', 99), "X85-Y09" },
	    { CAT('Y', 5), "X85-Y09" },
	    { CAT('Z', 0), "Z00-Z13" },
	    { CAT('Z', 99), "Z80-Z99" });

	/* Categories in no block: gaps, withdrawn or unused codes. */
	assert_null(icd10_block(CAT('A', 10)));
	assert_null(icd10_block(CAT('A', 90)));	/* dengue moved to A97 */
	assert_null(icd10_block(CAT('B', 10)));	/* ICD-10-CM only */
	assert_null(icd10_block(CAT('C', 42)));
	assert_null(icd10_block(CAT('U', 50)));
	assert_null(icd10_block(CAT('D', 49)));
	assert_null(icd10_block(0));
}

static void
test_sensitive_groups(void **state)
{
	(void)state;
	assert_int_equal(icd10_sensitive_groups(CAT('B', 20)), ICD10_HIV);
	assert_int_equal(icd10_sensitive_groups(CAT('B', 24)), ICD10_HIV);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 21)), ICD10_HIV);
	assert_int_equal(icd10_sensitive_groups(CAT('R', 75)), ICD10_HIV);
	assert_int_equal(icd10_sensitive_groups(CAT('F', 0)), ICD10_MENTAL);
	assert_int_equal(icd10_sensitive_groups(CAT('F', 99)), ICD10_MENTAL);
	assert_int_equal(icd10_sensitive_groups(CAT('O', 4)), ICD10_PREGNANCY);
	assert_int_equal(icd10_sensitive_groups(CAT('A', 50)), ICD10_STI);
	assert_int_equal(icd10_sensitive_groups(CAT('A', 64)), ICD10_STI);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 30)),
	    ICD10_REPRODUCTIVE);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 39)),
	    ICD10_REPRODUCTIVE);

	/* Neighbours that must not be flagged. */
	assert_int_equal(icd10_sensitive_groups(CAT('B', 19)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('B', 25)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('G', 30)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('E', 99)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 20)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 22)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 29)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('Z', 40)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('R', 74)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('R', 76)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('A', 49)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('A', 65)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('P', 0)), 0);
	assert_int_equal(icd10_sensitive_groups(CAT('N', 99)), 0);
}

static void
test_sensitive_parse(void **state)
{
	static const struct {
		const char	*name;
		uint32_t	 bit;
	} ok[] = {
		{ "hiv", ICD10_HIV }, { "mental", ICD10_MENTAL },
		{ "pregnancy", ICD10_PREGNANCY }, { "sti", ICD10_STI },
		{ "reproductive", ICD10_REPRODUCTIVE }, { "HIV", ICD10_HIV },
	};
	uint32_t	 bit;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		bit = 0;
		assert_int_equal(icd10_sensitive_parse(ok[i].name, &bit), 0);
		assert_int_equal(bit, ok[i].bit);
	}
	bit = 0xdead;
	assert_int_equal(icd10_sensitive_parse("", &bit), -EINVAL);
	assert_int_equal(icd10_sensitive_parse("hi", &bit), -EINVAL);
	assert_int_equal(icd10_sensitive_parse("hivx", &bit), -EINVAL);
	assert_int_equal(icd10_sensitive_parse("cancer", &bit), -EINVAL);
	assert_int_equal(bit, 0xdead);
	assert_int_equal(icd10_sensitive_parse(NULL, &bit), -EINVAL);
	assert_int_equal(icd10_sensitive_parse("hiv", NULL), -EINVAL);
	assert_int_equal(ICD10_SENSITIVE_DEFAULT, 0x1f);
}

/* Names and ranges of the groups: one vocabulary with the lexicon. */
static void
test_sensitive_name_overlap(void **state)
{
	(void)state;
	assert_string_equal(icd10_sensitive_name(ICD10_HIV), "hiv");
	assert_string_equal(icd10_sensitive_name(ICD10_REPRODUCTIVE),
	    "reproductive");
	assert_null(icd10_sensitive_name(ICD10_HIV | ICD10_STI));
	assert_null(icd10_sensitive_name(0));
	assert_int_equal(icd10_sensitive_overlap(CAT('B', 20), CAT('B', 22)),
	    ICD10_HIV);
	assert_int_equal(icd10_sensitive_overlap(CAT('Z', 21), CAT('Z', 21)),
	    ICD10_HIV);
	assert_int_equal(icd10_sensitive_overlap(CAT('A', 0), CAT('B', 99)),
	    ICD10_HIV | ICD10_STI);
	assert_int_equal(icd10_sensitive_overlap(CAT('C', 0), CAT('C', 97)), 0);
	assert_int_equal(icd10_sensitive_overlap(CAT('O', 4), CAT('O', 4)),
	    ICD10_PREGNANCY);
}

static void
test_range_format(void **state)
{
	char	 out[8];

	(void)state;
	icd10_range_format(icd10_chapter(CAT('A', 0)), out);
	assert_string_equal(out, "A00-B99");
	icd10_range_format(icd10_chapter(CAT('V', 50)), out);
	assert_string_equal(out, "V01-Y98");
	icd10_range_format(icd10_block(CAT('I', 5)), out);
	assert_string_equal(out, "I05-I09");
	icd10_range_format(NULL, out);
	assert_string_equal(out, "");
}

static int
roman_value(const char *r)
{
	static const char *romans[] = {
		"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
		"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII",
		"XIX", "XX", "XXI", "XXII",
	};
	int	 i;

	for (i = 0; i < 22; i++)
		if (strcmp(r, romans[i]) == 0)
			return i + 1;
	return 0;
}

/* The tables are only reachable through the API, so walk every possible
 * category and check what comes back. */
static void
test_chapters_complete(void **state)
{
	const struct icd10_range	*seen[23] = { NULL };
	const struct icd10_range	*ch;
	int				 c, n, nseen = 0;

	(void)state;
	for (c = CAT('A', 0); c <= CAT('Z', 99); c++) {
		if ((ch = icd10_chapter(c)) == NULL)
			continue;
		assert_true(c >= ch->first && c <= ch->last);
		assert_non_null(ch->roman);
		n = roman_value(ch->roman);
		assert_true(n >= 1 && n <= 22);
		if (seen[n] == NULL) {
			seen[n] = ch;
			nseen++;
			assert_non_null(ch->title_fr);
			assert_true(strlen(ch->title_fr) > 0);
		} else
			assert_ptr_equal(seen[n], ch);
	}
	assert_int_equal(nseen, 22);
	assert_string_equal(seen[1]->title_fr,
	    "Certaines maladies infectieuses et parasitaires");
	assert_string_equal(seen[2]->title_fr, "Tumeurs");
	assert_string_equal(seen[22]->title_fr,
	    "Codes d'utilisation particulière");
}

static void
test_blocks_consistent(void **state)
{
	const struct icd10_range	*b, *prev = NULL;
	int				 c, k, nblocks = 0;

	(void)state;
	for (c = CAT('A', 0); c <= CAT('Z', 99); c++) {
		if ((b = icd10_block(c)) == NULL || b == prev)
			continue;
		nblocks++;
		/* Sorted and non-overlapping: a new block starts here. */
		assert_int_equal(b->first, c);
		assert_true(b->first <= b->last);
		if (prev != NULL)
			assert_true(prev->last < b->first);
		/* Every category in the range maps back to this block. */
		for (k = b->first; k <= b->last; k++)
			assert_ptr_equal(icd10_block(k), b);
		/* Inside exactly one chapter. */
		assert_non_null(icd10_chapter(b->first));
		assert_ptr_equal(icd10_chapter(b->first),
		    icd10_chapter(b->last));
		prev = b;
	}
	/* All 263 WHO 2019 finest-level blocks are reachable: an unsorted
	 * table would hide some from the bisection (see docs/icd10.md). */
	assert_int_equal(nblocks, 263);
}

/* One parser for every `suppress =` (icd10, scrub, analysis, drug, ward). */
static void
test_suppress_parse(void **state)
{
	static const char *const bad[] = { "", "cancer", "F", "B20-", "-B24",
	    "B24-B20", "B20-B24-B26", "B20X", "hiv-mental", "B20--B24" };
	struct icd10_suppress_item it;

	(void)state;
	assert_int_equal(icd10_suppress_parse("none", &it), 0);
	assert_int_equal(it.groups, 0);
	assert_false(it.is_range);
	assert_int_equal(icd10_suppress_parse("Default", &it), 0);
	assert_int_equal(it.groups, ICD10_SENSITIVE_DEFAULT);
	assert_int_equal(icd10_suppress_parse("hiv", &it), 0);
	assert_int_equal(it.groups, ICD10_HIV);
	assert_false(it.is_range);
	assert_int_equal(icd10_suppress_parse("B20-B24", &it), 0);
	assert_true(it.is_range);
	assert_int_equal(it.groups, 0);
	assert_int_equal(it.first, CAT('B', 20));
	assert_int_equal(it.last, CAT('B', 24));
	assert_int_equal(it.overlap, ICD10_HIV);
	/* Codes with their 4th character, spaces, lower case. */
	assert_int_equal(icd10_suppress_parse("b20.0 - B24.9", &it), 0);
	assert_int_equal(it.first, CAT('B', 20));
	assert_int_equal(it.last, CAT('B', 24));
	/* One code is a range of one. */
	assert_int_equal(icd10_suppress_parse("O04", &it), 0);
	assert_true(it.is_range);
	assert_int_equal(it.first, it.last);
	assert_int_equal(it.overlap, ICD10_PREGNANCY);
	assert_int_equal(icd10_suppress_parse("C00-C97", &it), 0);
	assert_int_equal(it.overlap, 0);
	assert_int_equal(icd10_suppress_parse("A00-Z99", &it), 0);
	assert_int_equal(it.overlap, ICD10_SENSITIVE_DEFAULT);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(icd10_suppress_parse(bad[i], &it), -EINVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_accepted),
		cmocka_unit_test(test_parse_len_is_honoured),
		cmocka_unit_test(test_parse_rejected),
		cmocka_unit_test(test_chapter_boundaries),
		cmocka_unit_test(test_block_lookup),
		cmocka_unit_test(test_sensitive_groups),
		cmocka_unit_test(test_sensitive_parse),
		cmocka_unit_test(test_sensitive_name_overlap),
		cmocka_unit_test(test_range_format),
		cmocka_unit_test(test_chapters_complete),
		cmocka_unit_test(test_blocks_consistent),
		cmocka_unit_test(test_suppress_parse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
