/* Unit tests for La Poste's (postcode, commune) pairs (src/postcodes.c,
 * conf/places/postcodes.txt): a commune is found under its own postcodes
 * only, with its article or saint, and nothing else is. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "postcodes.h"

static int
has(const char *key)
{
	return postcodes_has(key, strlen(key));
}

static void
test_communes(void **state)
{
	(void)state;
	assert_true(has("29000 quimper"));
	assert_true(has("29000 brest"));
	assert_true(has("37000 tours"));
	assert_true(has("89100 sens"));
	assert_true(has("84100 orange"));
	assert_true(has("17000 la rochelle"));
	assert_true(has("35400 saint malo"));
	assert_true(has("75011 paris"));
	assert_true(has("97400 saint denis"));
	assert_true(has("20000 ajaccio"));
	/* another commune's postcode, a word, a half key */
	assert_false(has("29200 quimper"));
	assert_false(has("25000 transfusion"));
	assert_false(has("12000 mais"));
	assert_false(has("17000 la"));
	assert_false(has("17000 rochelle"));
	assert_false(has("29000 Quimper"));	/* keys are folded */
	assert_false(has("29000"));
	assert_false(has(""));
}

static int
town(const char *key)
{
	return postcodes_commune(key, strlen(key));
}

/* The communes' whole names of two words or more
 * (conf/places/communes.txt): whole, folded; not a half, not a person's
 * hyphenated name, not a name of one word. */
static void
test_commune_names(void **state)
{
	(void)state;
	assert_true(town("clermont ferrand"));
	assert_true(town("chateau thierry"));
	assert_true(town("pont l abbe"));
	assert_true(town("saint pol de leon"));
	assert_true(town("issy les moulineaux"));
	assert_true(town("fort de france"));
	assert_false(town("clermont"));
	assert_false(town("ferrand"));
	assert_false(town("clermont ferran"));
	assert_false(town("jean thierry"));
	assert_false(town("marie claude"));
	assert_false(town("dupont ferrand"));
	assert_false(town("Clermont ferrand"));	/* keys are folded */
	assert_false(town("29000 quimper"));
	assert_false(town(""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_communes),
		cmocka_unit_test(test_commune_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
