/* A comment's number is the row's own id, phone or NIR (its span's ctx
 * is that value's index) exactly when their digits say so: the id's
 * digits all equal, the phone's last nine, the NIR's body.  speed30b
 * made the comparisons look at one character of the row's value first
 * (the id's first digit, the phone's last, the NIR's first three
 * characters but the separators) and stop there when they differ; this
 * test writes random values in the forms rows hold them (labels and
 * words around the digits, separators, values past 40 bytes) and
 * numbers that are theirs or differ in one place, and checks every
 * span's ctx against that slow reading of the digits. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "detect.h"

static const struct detect_options ALL = { DETECT_ALL, 0, 0, NULL, 0 };

enum { K_NIR = 0, K_PHONE = 1, K_ID = 2 };

static uint64_t rng = 0x30b30b30bULL;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static char
digit(unsigned lo)
{
	return (char)('0' + lo + rnd(10 - lo));
}

/* The digits of s, at most cap of them (the row's value is read so). */
static size_t
digits_of(const char *s, char *out, size_t cap)
{
	size_t n = 0;

	for (; *s != '\0' && n < cap; s++)
		if (*s >= '0' && *s <= '9')
			out[n++] = *s;
	return n;
}

/* The span that starts at byte `at` of the text: its ctx, or -2. */
static int
ctx_at(const struct detect_scratch *s, size_t at, enum detect_kind kind)
{
	for (size_t i = 0; i < s->nspans; i++)
		if (s->spans[i].start == at && s->spans[i].kind == kind)
			return s->spans[i].ctx;
	return -2;
}

static void
nir_key(const char *body, char *key)
{
	uint64_t v = 0;

	for (int i = 0; i < 13; i++)
		v = v * 10 + (uint64_t)(body[i] - '0');
	snprintf(key, 3, "%02u", (unsigned)(97 - v % 97));
}

static void
random_nir_body(char *b)
{
	b[0] = (char)('1' + rnd(2));
	b[1] = digit(0);
	b[2] = digit(0);
	snprintf(b + 3, 3, "%02u", 1 + rnd(12));
	snprintf(b + 5, 3, "%02u", 1 + rnd(19));	/* no Corsica */
	for (int i = 7; i < 13; i++)
		b[i] = digit(0);
	b[7] = digit(1);
	b[10] = digit(1);
	b[13] = '\0';
}

static void
test_row_match_forms(void **state)
{
	struct detect_scratch s;
	size_t matched[3] = { 0 }, other[3] = { 0 };

	(void)state;
	memset(&s, 0, sizeof(s));
	for (int iter = 0; iter < 3000; iter++) {
		char nirv[64], phonev[96], idv[64], body[14], key[3];
		char cbody[14], ckey[3], cphone[16], cid[16], idd[16];
		char text[256], vd[64], cd[16];
		struct detect_value row[3];
		unsigned idn = 6 + rnd(4);
		size_t at_nir, at_phone, at_id, m, n;
		int r;

		/* the row's NIR: digits alone, spaced, or its body alone */
		random_nir_body(body);
		nir_key(body, key);
		switch (rnd(3)) {
		case 0:
			snprintf(nirv, sizeof(nirv), "%s%s", body, key);
			break;
		case 1:
			snprintf(nirv, sizeof(nirv),
			    "%.1s %.2s %.2s %.2s %.3s %.3s %s", body, body + 1,
			    body + 3, body + 5, body + 7, body + 10, key);
			break;
		default:
			snprintf(nirv, sizeof(nirv), "%s", body);
		}
		/* the comment's: the row's, or another sex, year or month */
		memcpy(cbody, body, sizeof(cbody));
		switch (rnd(4)) {
		case 1:
			cbody[0] = cbody[0] == '1' ? '2' : '1';
			break;
		case 2:
			cbody[2] = (char)('0' + (cbody[2] - '0' + 1 + rnd(9)) %
			    10);
			break;
		case 3:
			cbody[12] = (char)('0' + (cbody[12] - '0' + 1 +
			    rnd(9)) % 10);
			break;
		}
		nir_key(cbody, ckey);

		/* the row's phone, in the forms of exports */
		{
			char p[11];

			p[0] = '0';
			p[1] = (char)('1' + rnd(7));
			for (int i = 2; i < 10; i++)
				p[i] = digit(0);
			p[10] = '\0';
			switch (rnd(5)) {
			case 0:
				snprintf(phonev, sizeof(phonev), "%s", p);
				break;
			case 1:
				snprintf(phonev, sizeof(phonev),
				    "%.2s %.2s %.2s %.2s %.2s", p, p + 2, p + 4,
				    p + 6, p + 8);
				break;
			case 2:
				snprintf(phonev, sizeof(phonev),
				    "+33 %.1s %.2s %.2s %.2s %.2s", p + 1,
				    p + 2, p + 4, p + 6, p + 8);
				break;
			case 3:
				snprintf(phonev, sizeof(phonev),
				    "%.2s.%.2s.%.2s.%.2s.%.2s (portable)", p,
				    p + 2, p + 4, p + 6, p + 8);
				break;
			default:	/* past 40 bytes, the phone last */
				snprintf(phonev, sizeof(phonev),
				    "01 45 67 89 10 domicile / portable "
				    "%.2s %.2s %.2s %.2s %.2s", p, p + 2,
				    p + 4, p + 6, p + 8);
			}
			/* the comment's: the row's last ten digits or one
			 * changed (the last or another) */
			n = digits_of(phonev, vd, 40);
			memcpy(cphone, "0", 1);
			memcpy(cphone + 1, vd + n - 9, 9);
			cphone[10] = '\0';
			r = (int)rnd(3);
			if (r > 0) {
				size_t q = r == 1 ? 9 : 2 + rnd(7);

				cphone[q] = (char)('0' + (cphone[q] - '0' + 1 +
				    rnd(9)) % 10);
			}
			if (cphone[1] == '0')
				cphone[1] = '6';
		}

		/* the row's id: its digits with a label, a word after, or
		 * alone; the comment's the same digits or one changed */
		for (unsigned i = 0; i < idn; i++)
			idd[i] = digit(i == 0 ? 1 : 0);
		idd[idn] = '\0';
		switch (rnd(3)) {
		case 0:
			snprintf(idv, sizeof(idv), "%s", idd);
			break;
		case 1:
			snprintf(idv, sizeof(idv), "IPP %s", idd);
			break;
		default:
			snprintf(idv, sizeof(idv), "%s (ancien)", idd);
		}
		memcpy(cid, idd, idn + 1);
		r = (int)rnd(3);
		if (r > 0) {
			size_t q = r == 1 ? 0 : idn - 1;

			cid[q] = (char)('1' + (cid[q] - '1' + 1 + rnd(8)) % 9);
		}

		row[K_NIR] = (struct detect_value){ DETECT_IDENT_NIR, nirv,
		    strlen(nirv) };
		row[K_PHONE] = (struct detect_value){ DETECT_IDENT_PHONE,
		    phonev, strlen(phonev) };
		row[K_ID] = (struct detect_value){ DETECT_IDENT_ID, idv,
		    strlen(idv) };
		n = (size_t)snprintf(text, sizeof(text),
		    "Vu ce jour, NIR %s%s ; rappel au ", cbody, ckey);
		at_nir = strlen("Vu ce jour, NIR ");
		at_phone = n;
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "%s demain ; dossier ", cphone);
		at_id = n;
		snprintf(text + n, sizeof(text) - n, "%s classe.", cid);
		assert_int_equal(detect_run(&ALL, text, strlen(text), row, 3,
		    &s), 0);

		/* the NIR: the same body */
		r = ctx_at(&s, at_nir, DETECT_NIR);
		if (r == -2)
			;	/* not read as a NIR: nothing to compare */
		else if (memcmp(cbody, body, 13) == 0) {
			assert_int_equal(r, K_NIR);
			matched[0]++;
		} else {
			assert_int_not_equal(r, K_NIR);
			other[0]++;
		}
		/* the phone: the last nine of the value's first 40 digits */
		m = digits_of(phonev, vd, 40);
		n = digits_of(cphone, cd, sizeof(cd));
		r = ctx_at(&s, at_phone, DETECT_PHONE);
		if (r != -2) {
			if (memcmp(vd + m - 9, cd + n - 9, 9) == 0) {
				assert_int_equal(r, K_PHONE);
				matched[1]++;
			} else {
				assert_int_not_equal(r, K_PHONE);
				other[1]++;
			}
		}
		/* the id: all its digits */
		m = digits_of(idv, vd, 40);
		r = ctx_at(&s, at_id, DETECT_ID);
		if (m == idn && memcmp(vd, cid, idn) == 0) {
			assert_int_equal(r, K_ID);
			matched[2]++;
		} else {
			assert_int_not_equal(r, K_ID);
			other[2]++;
		}
	}
	/* each side of each comparison asked many times */
	for (int k = 0; k < 3; k++) {
		assert_true(matched[k] > 300);
		assert_true(other[k] > 300);
	}
	detect_scratch_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_match_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
