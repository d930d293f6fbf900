/* Unit tests of speed37b (docs/performance.md "speed37b"): scan_ibans'
 * gate, tokenize's s->iban_hint.  The hint must be set wherever the
 * walk's own first tests let a digit word through (two ASCII letters
 * glued before two digits or more, "FR 76", a RIB's four groups), so
 * that the gate skips only comments where scan_ibans finds nothing:
 * random texts of letters, digits and separators against those tests
 * written plainly, word by word; and accounts in their forms (valid,
 * after the label with a bad checksum, a RIB alone) found with the hint
 * set, while dates, doses and a professional's eleven digits leave it
 * unset.  (The gate against no gates: test_scrub_gates.sh.) */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "icd10.h"
#include "../../src/detect_int.h"	/* white-box: the words, the hint */

static struct detect_scratch S;
static const struct detect_options ALL = { DETECT_ALL, 0,
	ICD10_SENSITIVE_DEFAULT, NULL, 0 };

static int
letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int
capital(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* The digit word x of S has n digits */
static int
dword_len(size_t x, size_t n)
{
	const struct detect_word *w = &S.words[S.dwords[x]];

	return w->end - w->start == n;
}

/* scan_ibans' first tests of digit word x, as its walk asks them: a RIB
 * (rib_at: words of 5, 5, 11 and 2 digits, one ' ', '-' or '.' apart),
 * or the two letters before the check digits ("FR76", "FR 76"). */
static int
walk_may(const char *t, size_t x)
{
	const size_t w = S.dwords[x];
	const size_t a = S.words[w].start, e = S.words[w].end;

	if (e - a == 5 && x + 3 < S.ndwords && S.dwords[x + 3] == w + 3 &&
	    dword_len(x + 1, 5) && dword_len(x + 2, 11) && dword_len(x + 3, 2)) {
		int seps = 1;

		for (size_t q = w; q < w + 3; q++) {
			const char c = t[S.words[q].end];

			seps &= S.words[q + 1].start == S.words[q].end + 1 &&
			    (c == ' ' || c == '-' || c == '.');
		}
		if (seps)
			return 1;
	}
	if (a >= 3 && t[a - 1] == ' ' && capital(t[a - 2]) &&
	    capital(t[a - 3]) && e - a == 2)
		return 1;
	return a >= 2 && letter(t[a - 2]) && letter(t[a - 1]) && e - a >= 2;
}

static void
run(const char *t)
{
	assert_int_equal(detect_run(&ALL, t, strlen(t), NULL, 0, &S), 0);
}

static int
has_iban(void)
{
	for (size_t k = 0; k < S.nspans; k++)
		if (S.spans[k].kind == DETECT_IBAN)
			return 1;
	return 0;
}

/* Random texts: wherever the walk's first tests pass on a digit word,
 * the hint is set (tokenize's words, as the rules read them). */
static void
test_hint_covers_walk(void **state)
{
	static const char bytes[] = "FRfrDEzA 0123456789 0123456789 -.:/";
	char t[80];
	unsigned seed = 37;
	size_t shown = 0;

	(void)state;
	assert_true(dict_ready());
	for (int it = 0; it < 40000; it++) {
		const size_t n = 3 + (size_t)(rand_r(&seed) % 60);
		int may = 0;

		for (size_t i = 0; i < n; i++)
			t[i] = bytes[(size_t)rand_r(&seed) % (sizeof(bytes) - 1)];
		t[n] = '\0';
		assert_int_equal(tokenize(t, n, &S), 0);
		for (size_t x = 0; x < S.ndwords && !may; x++)
			may = walk_may(t, x);
		if (may && S.iban_hint == 0 && shown++ < 5)
			print_error("no hint: \"%s\"\n", t);
		assert_true(!may || S.iban_hint != 0);
	}
}

/* An account in each form scan_ibans reads: found, and the hint set. */
static void
test_accounts_found(void **state)
{
	char rib[64];
	const unsigned long long bank = 30006, branch = 1,
	    account = 12345678901ULL;
	const unsigned key = 97 - (unsigned)((89 * bank + 15 * branch +
	    3 * account) % 97);
	const char *const texts[] = {
		"Virement sur FR76 3000 6000 0112 3456 7890 189 ce jour.",
		"compte fr7630006000011234567890189 de la patiente",
		"IBAN : FR 76 3000 6000 0112 3456 7890 189",
		"IBAN FR76 3000 4011 2200 0104 5218 incomplet",
		rib,
	};

	(void)state;
	snprintf(rib, sizeof(rib), "RIB joint %05llu %05llu %011llu %02u fin",
	    bank, branch, account, key);
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		run(texts[k]);
		if (!has_iban() || S.iban_hint == 0)
			print_error("\"%s\": iban %d hint %d\n", texts[k],
			    has_iban(), S.iban_hint);
		assert_true(has_iban());
		assert_true(S.iban_hint != 0);
	}
}

/* Numbers no account starts at: the hint unset, the rule not run. */
static void
test_numbers_no_hint(void **state)
{
	const char *const texts[] = {
		"Vu le 12/03/2021 a 14h30, 500 mg x 3 par jour.",
		"RPPS 10003456786, tel 06 12 34 56 78",
		"chambre 12, lit 4, 45 ans",
		"NIR 1 84 05 75 123 456 78",
	};

	(void)state;
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		run(texts[k]);
		assert_int_equal(S.iban_hint, 0);
		assert_false(has_iban());
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hint_covers_walk),
		cmocka_unit_test(test_accounts_found),
		cmocka_unit_test(test_numbers_no_hint),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
