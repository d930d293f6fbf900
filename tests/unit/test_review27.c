/* Unit tests of review27 (docs/threat-model.md "review27"): the tests
 * that a word holds no dictionary bit but the names' let D_COMMONLAST
 * through as they let D_LAST (names34 gave the commonest surnames that
 * bit; two of those tests were left asking D_FIRST | D_LAST | D_FEMALE
 * alone).  The detectors alone (detect_run). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* detect_addr.c lower_abroad_city: a city in lower case after a street
 * abroad and its postcode that is also one of the commonest French
 * surnames ("colombo", "pereira": last_names.txt) goes with its
 * postcode, as "roma" does (FAILS on batch25: postcode and city raw). */
TEST_SPAN_CASES(test_abroad_city_common_surname, &test_default, &S,
	{ "vit via roma 12, 00184 colombo depuis mai.", { "vit", NULL },
	    { "00184", "colombo", NULL } },
	{ "vit via roma 12, 00184 pereira depuis mai.", { "vit", NULL },
	    { "00184", "pereira", NULL } },
	{ "vit via roma 12, 00184 roma depuis mai.", { "vit", NULL },
	    { "00184", NULL } })

/* detect_addr.c lower_foreign_street: a street abroad in lower case
 * named after a woman's first name ("rua augusta", "via giulia": D_FEMALE)
 * was refused while a man's ("via paolo") went, and its number, postcode
 * and city with it (FAILS on main 0f7839e: every word left raw).  The
 * French "via" before a first name and a count stays. */
TEST_SPAN_CASES(test_abroad_street_female_first_name, &test_default, &S,
	{ "vit rua augusta 12, 1100-052 lisboa depuis mai.",
	    { "vit", "depuis", NULL }, { "augusta", "1100", "lisboa" } },
	{ "vit via giulia 12, 00184 roma depuis mai.",
	    { "vit", "depuis", NULL }, { "giulia", "00184", NULL } },
	{ "transmis via marie 2 fois ce jour.",
	    { "via", "marie", "fois" }, { NULL } },
	{ "appel via julie 3 fois.", { "via", "julie", NULL },
	    { NULL } })

/* detect_num.c scan_account_handles: a label that is the text's last
 * word, the 64th (the words' array full): the next word was read before
 * the test that there is one (a read past the array: FAILS on batch25
 * under AddressSanitizer, make test-asan's build). */
static void
test_account_label_last_word(void **state)
{
	struct detect_scratch s2;
	char text[64 * 4 + 16];
	size_t n = 0;

	(void)state;
	memset(&s2, 0, sizeof(s2));
	for (int k = 0; k < 63; k++) {
		memcpy(text + n, "mot ", 4);
		n += 4;
	}
	memcpy(text + n, "contact", 7);
	n += 7;
	assert_int_equal(detect_run(&test_default, text, n, NULL, 0, &s2), 0);
	detect_scratch_free(&s2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abroad_city_common_surname),
		cmocka_unit_test(test_account_label_last_word),
		cmocka_unit_test(test_abroad_street_female_first_name),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
