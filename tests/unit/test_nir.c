/* Unit tests for nir: known-valid numbers, every written form, the 2A/2B key
 * rule, structural rejects, and fakes that validate but never give back the
 * source. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "nir.h"

static int
parse(const char *s, struct nir *n)
{
	return nir_parse(s, strlen(s), n);
}

/* body + its correct key, so that a reject can only come from the field
 * under test. */
static void
with_key(const char *body, char full[NIR_FULL + 1])
{
	memcpy(full, body, NIR_BODY);
	snprintf(full + NIR_BODY, 3, "%02d", nir_key(body));
}

static void
test_known_valid(void **state)
{
	static const char *ok[] = {
		"295109912611193", "253072A07300443", "253072B07300470",
		"255081416802538",
	};
	struct nir n;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		memset(&n, 0, sizeof(n));
		if (parse(ok[i], &n) != 0)
			fail_msg("rejected known-valid #%zu", i);
		assert_memory_equal(n.body, ok[i], NIR_BODY);
		assert_int_equal(n.body[NIR_BODY], '\0');
		assert_int_equal(n.has_key, 1);
		assert_int_equal(n.key, (ok[i][13] - '0') * 10 + ok[i][14] - '0');
		assert_int_equal(nir_key(ok[i]), n.key);
	}
}

static void
test_written_forms(void **state)
{
	static const char *forms[] = {
		"255081416802538", "2 55 08 14 168 025 38",
		"2.55.08.14.168.025.38", "2-55-08-14-168-025-38",
		"2 55 08 14 168 025-38", "25508 14168025 38",
		"2  55 08 14 168 025 38", "2 55.08-14 168.025 38",
		"2 5 5 0 8 1 4 1 6 8 0 2 5 3 8",
	};
	struct nir n;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		if (parse(forms[i], &n) != 0)
			fail_msg("rejected form: %s", forms[i]);
		assert_string_equal(n.body, "2550814168025");
		assert_int_equal(n.has_key, 1);
		assert_int_equal(n.key, 38);
	}
	/* Without the key: valid on structure alone. */
	assert_int_equal(parse("2550814168025", &n), 0);
	assert_string_equal(n.body, "2550814168025");
	assert_int_equal(n.has_key, 0);
	assert_int_equal(parse("2 55 08 14 168 025", &n), 0);
	assert_string_equal(n.body, "2550814168025");
	assert_int_equal(n.has_key, 0);
	/* The length bounds the parse. */
	assert_int_equal(nir_parse("255081416802538", 13, &n), 0);
	assert_int_equal(n.has_key, 0);
}

static void
test_key_and_corsica(void **state)
{
	struct nir n;

	(void)state;
	assert_int_equal(nir_key("253072A073004"), 43);
	assert_int_equal(nir_key("253072B073004"), 70);
	assert_int_equal(nir_key("2951099126111"), 93);
	/* The substitution is what makes 2A and 2B differ. */
	assert_int_not_equal(nir_key("253072A073004"),
	    nir_key("253072B073004"));
	assert_int_equal(nir_key("253071907300" "4"), 43);

	assert_int_equal(parse("2 53 07 2a 073 004 43", &n), 0);
	assert_string_equal(n.body, "253072A073004");
	assert_int_equal(parse("253072b07300470", &n), 0);
	assert_string_equal(n.body, "253072B073004");
	/* Swapped keys must fail. */
	assert_int_equal(parse("253072A07300470", &n), -EINVAL);
	assert_int_equal(parse("253072B07300443", &n), -EINVAL);
	/* A key of 97 (N divisible by 97) is written "97". */
	assert_true(nir_key("1000000000000") >= 1);
	assert_true(nir_key("1000000000000") <= 97);
}

/* The key as the definition reads: digit by digit, 2A/2B as 19/18, any
 * other character as 0.  nir_key computes it in one pass and corrects
 * Corsica after; both must agree on every body, valid or not. */
static int
key_by_definition(const char *body)
{
	unsigned long long n = 0;
	int corsica = body[6] == 'A' || body[6] == 'B';

	for (int i = 0; i < NIR_BODY; i++) {
		char c = body[i];
		if (corsica && i == 5)
			c = '1';
		else if (i == 6 && c == 'A')
			c = '9';
		else if (i == 6 && c == 'B')
			c = '8';
		n = n * 10 + (c >= '0' && c <= '9' ? (unsigned)(c - '0') : 0);
	}
	return 97 - (int)(n % 97);
}

/* nir_key against the definition on 200,000 random bodies from seed x
 * (xorshift64): all digits, or mostly digits with letters and other bytes
 * where they matter (the department, and one byte in eight). */
static void
check_random_bodies(unsigned long long x, int digits_only)
{
	static const char pick[] = "0123456789AB a";
	char body[NIR_BODY + 1];

	body[NIR_BODY] = '\0';
	for (int round = 0; round < 200000; round++) {
		for (int i = 0; i < NIR_BODY; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			body[i] = (!digits_only &&
			    (i == 5 || i == 6 || x % 8 == 0)) ?
			    pick[(x >> 8) % (sizeof(pick) - 1)] :
			    (char)('0' + (x >> 8) % 10);
		}
		assert_int_equal(nir_key(body), key_by_definition(body));
	}
}

static void
test_key_matches_definition(void **state)
{
	(void)state;
	check_random_bodies(88172645463325252ULL, 0);
}

/* Bodies of thirteen digits take nir_key's fast path: the definition
 * again, on random all-digit bodies. */
static void
test_key_of_digits_matches_definition(void **state)
{
	(void)state;
	check_random_bodies(2463534242ULL, 1);
}

static void
test_reject(void **state)
{
	static const char *bad[] = {
		"255081416802539",	/* wrong key */
		"255081416802537",
		"295109912611199",
		"25508141680253",	/* 14 */
		"2550814168025388",	/* 16 */
		"255081416802",		/* 12 */
		"",
		" 255081416802538", "255081416802538 ", "-255081416802538",
		"2 55 08 14 168 025 38.",
		"253072C07300443",	/* only A and B */
		"2550814168025x8",
		"25508141680A538",
		"2550814168025 3 8 1",
		"255081416802538\n",
	};
	struct nir n;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse(bad[i], &n) != -EINVAL)
			fail_msg("accepted bad #%zu", i);
}

/* Each body below carries its correct key, so only the field is wrong;
 * the paired good body differs in that field alone. */
static void
test_structure(void **state)
{
	static const char *bad[] = {
		"0550814168025", "5550814168025", "6550814168025",
		"9550814168025",		/* sex */
		"2550014168025", "2551314168025", "2551914168025",
		"2554314168025", "2554914168025",	/* month */
		"2550800168025",		/* département 00 */
		"25508A4168025", "255081A168025", "2550813A68025",
		"A550814168025", "2550814168A25", "25508141680B5",
		"255081C168025",
	};
	static const char *good[] = {
		"1550814168025", "3550814168025", "4550814168025",
		"7550814168025", "8550814168025",
		"2550114168025", "2551214168025", "2552014168025",
		"2554214168025", "2555014168025", "2559914168025",
		"2550820168025",		/* Corsica before 1976 */
		"2550899168025", "2550801168025", "2550897168025",
		"255082A168025", "255082B168025",
	};
	char full[NIR_FULL + 1];
	struct nir n;
	size_t i;

	(void)state;
	full[NIR_FULL] = '\0';
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		with_key(bad[i], full);
		if (parse(full, &n) != -EINVAL)
			fail_msg("accepted keyed %s", bad[i]);
		if (parse(bad[i], &n) != -EINVAL)
			fail_msg("accepted unkeyed %s", bad[i]);
	}
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		with_key(good[i], full);
		if (parse(full, &n) != 0)
			fail_msg("rejected keyed %s", good[i]);
		assert_int_equal(n.has_key, 1);
		if (parse(good[i], &n) != 0)
			fail_msg("rejected unkeyed %s", good[i]);
	}
}

static void
seed_of(uint32_t i, uint8_t seed[16])
{
	memset(seed, 0x5a, 16);
	memcpy(seed, &i, sizeof(i));
}

static void
test_fake_valid(void **state)
{
	const char *srcs[] = {
		"255081416802538", "184127512345600", "2550814168025",
		"253072A07300443",
	};
	char out[NIR_FULL], full[NIR_FULL + 1];
	int seen2a = 0, seen2b = 0, year_moved = 0, keep, w;
	struct nir src, got;
	uint8_t seed[16];
	uint32_t i;
	size_t k;

	(void)state;
	with_key("1841275123456", full);
	srcs[1] = full;
	for (k = 0; k < sizeof(srcs) / sizeof(srcs[0]); k++) {
		assert_int_equal(parse(srcs[k], &src), 0);
		for (keep = 0; keep <= 1; keep++) {
			for (i = 0; i < 3000; i++) {
				seed_of(i, seed);
				w = nir_fake(&src, seed, keep, out);
				assert_int_equal(w, src.has_key ? NIR_FULL :
				    NIR_BODY);
				if (nir_parse(out, (size_t)w, &got) != 0)
					fail_msg("fake does not validate");
				assert_int_equal(got.has_key, src.has_key);
				assert_int_equal(out[0], src.body[0]);
				if (keep)
					assert_memory_equal(out + 1,
					    src.body + 1, 2);
				else if (memcmp(out + 1, src.body + 1, 2) != 0)
					year_moved++;
				assert_memory_not_equal(out, src.body,
				    NIR_BODY);
				/* Fields in the documented ranges. */
				assert_in_range((out[3] - '0') * 10 +
				    out[4] - '0', 1, 12);
				assert_false(out[5] == '2' && out[6] == '0');
				assert_false(out[5] == '0' && out[6] == '0');
				assert_false(out[5] == '9' && out[6] > '5');
				seen2a += out[5] == '2' && out[6] == 'A';
				seen2b += out[5] == '2' && out[6] == 'B';
				assert_memory_not_equal(out + 7, "000", 3);
				assert_true(memcmp(out + 7, "990", 3) <= 0);
				assert_memory_not_equal(out + 10, "000", 3);
			}
		}
	}
	assert_true(seen2a > 0);
	assert_true(seen2b > 0);
	assert_true(year_moved > 0);
}

static void
test_fake_deterministic(void **state)
{
	char a[NIR_FULL], b[NIR_FULL], c[NIR_FULL];
	struct nir src, other;
	uint8_t seed[16];

	(void)state;
	assert_int_equal(parse("255081416802538", &src), 0);
	seed_of(42, seed);
	assert_int_equal(nir_fake(&src, seed, 0, a), NIR_FULL);
	assert_int_equal(nir_fake(&src, seed, 0, b), NIR_FULL);
	assert_memory_equal(a, b, NIR_FULL);
	seed_of(43, seed);
	assert_int_equal(nir_fake(&src, seed, 0, c), NIR_FULL);
	assert_memory_not_equal(a, c, NIR_FULL);

	/* Only the seed (and the kept fields) matter: another source with
	 * the same sex gives the same fake. */
	assert_int_equal(parse("2 95 10 99 126 111 93", &other), 0);
	seed_of(42, seed);
	assert_int_equal(nir_fake(&other, seed, 0, b), NIR_FULL);
	assert_memory_equal(a, b, NIR_FULL);
}

static void
test_fake_never_source(void **state)
{
	char first[NIR_FULL], again[NIR_FULL];
	struct nir src, twin;
	uint8_t seed[16];
	uint32_t i;

	(void)state;
	assert_int_equal(parse("255081416802538", &src), 0);
	for (i = 0; i < 50; i++) {
		seed_of(i, seed);
		assert_int_equal(nir_fake(&src, seed, 1, first), NIR_FULL);
		/* Make a source that is exactly what this seed would give. */
		memcpy(twin.body, first, NIR_BODY);
		twin.body[NIR_BODY] = '\0';
		twin.has_key = 1;
		twin.key = nir_key(twin.body);
		assert_int_equal(nir_fake(&twin, seed, 1, again), NIR_FULL);
		assert_memory_not_equal(again, twin.body, NIR_BODY);
		/* Perturbed, still valid, still deterministic. */
		assert_int_equal(nir_parse(again, NIR_FULL, &src), 0);
		assert_memory_equal(again, first, 10);
		assert_int_equal(parse("255081416802538", &src), 0);
	}
}

static void
check_like(const char *chars, const char *like, const char *want)
{
	struct buf b = BUF_INIT;

	assert_int_equal(nir_write_like(chars, strlen(chars), like,
	    strlen(like), &b), 0);
	assert_int_equal(b.len, strlen(want));
	assert_memory_equal(b.data, want, b.len);
	buf_free(&b);
}

static void
test_write_like(void **state)
{
	char out[NIR_FULL];
	struct buf b = BUF_INIT;
	struct nir src, got;
	uint8_t seed[16];
	const char *like = "1 84 12 75 123 456 78";

	(void)state;
	check_like("299014A12345687", like, "2 99 01 4A 123 456 87");
	check_like("184127512345678", like, like);
	check_like("299014512345687", "1.84.12.75.123.456.78",
	    "2.99.01.45.123.456.87");
	check_like("299014512345687", "1-84-12-75-123-456-78",
	    "2-99-01-45-123-456-87");
	check_like("299014512345687", "18412 75123 456-78",
	    "29901 45123 456-87");
	check_like("299014512345687", "184127512345678", "299014512345687");
	/* Lower-case Corsica stays lower-case. */
	check_like("253072B07300470", "2 53 07 2a 073 004 43",
	    "2 53 07 2b 073 004 70");
	/* The same without separators (a path of its own). */
	check_like("253072B07300470", "253072a07300443", "253072b07300470");
	check_like("253072B07300470", "253072A07300443", "253072B07300470");
	check_like("253071907300443", "253072a07300443", "253071907300443");
	/* Count mismatch: written plainly. */
	check_like("2990145123456", like, "2990145123456");
	check_like("299014512345687", "1 84 12 75 123 456", "299014512345687");

	/* A fake written in the source's layout reads back as the fake. */
	assert_int_equal(parse(like, &src), -EINVAL);	/* key 78 is wrong */
	assert_int_equal(parse("2 55 08 14 168 025 38", &src), 0);
	seed_of(7, seed);
	assert_int_equal(nir_fake(&src, seed, 1, out), NIR_FULL);
	assert_int_equal(nir_write_like(out, NIR_FULL, "2 55 08 14 168 025 38",
	    21, &b), 0);
	assert_int_equal(b.len, 21);
	assert_int_equal(nir_parse(b.data, b.len, &got), 0);
	assert_memory_equal(got.body, out, NIR_BODY);
	assert_int_equal(b.data[1], ' ');
	assert_int_equal(b.data[18], ' ');
	buf_free(&b);
}

/* nir_draws then nir_fake_drawn give nir_fake's bytes, for batches of one
 * to NIR_BATCH seeds (four lanes at once, or one by one); negative: the
 * draws of one seed are not another's. */
static void
test_draws_equal_fake(void **state)
{
	static const char *bodies[] = {
		"295109912611193", "253072A07300443", "255081416802538",
		"2990145123456",
	};
	uint8_t seed[NIR_BATCH][16];
	unsigned char h[NIR_BATCH][NIR_DRAWS], *hp[NIR_BATCH];
	char want[NIR_FULL], got[NIR_FULL];
	struct nir src;

	(void)state;
	for (uint32_t round = 0; round < 500; round++) {
		size_t n = round % NIR_BATCH + 1;

		for (size_t i = 0; i < n; i++)
			seed_of(round * 7 + (uint32_t)i, seed[i]);
		for (size_t i = 0; i < NIR_BATCH; i++)
			hp[i] = h[i];
		nir_draws((const uint8_t (*)[16])seed, n, hp);
		for (size_t i = 0; i < n; i++) {
			const char *b = bodies[(round + i) % 4];
			int keep = (int)((round + i) & 1), w;

			assert_int_equal(nir_parse(b, strlen(b), &src), 0);
			w = nir_fake(&src, seed[i], keep, want);
			assert_int_equal(nir_fake_drawn(&src, h[i], keep, got), w);
			assert_memory_equal(got, want, (size_t)w);
		}
		if (n > 1)
			assert_memory_not_equal(h[0], h[1], NIR_DRAWS);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_valid),
		cmocka_unit_test(test_written_forms),
		cmocka_unit_test(test_key_and_corsica),
		cmocka_unit_test(test_key_matches_definition),
		cmocka_unit_test(test_key_of_digits_matches_definition),
		cmocka_unit_test(test_reject),
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_fake_valid),
		cmocka_unit_test(test_fake_deterministic),
		cmocka_unit_test(test_fake_never_source),
		cmocka_unit_test(test_write_like),
		cmocka_unit_test(test_draws_equal_fake),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
