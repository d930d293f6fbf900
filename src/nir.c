/* The French NIR: parse every written form, check the key (2A/2B rule), and
 * make keyed pseudonyms that look and validate like a NIR. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <sodium.h>

#include "blake2b4.h"
#include "nir.h"
#include "util.h"

static int
two(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* The value of eight ASCII digits: pairs, then fours, then all, each step
 * a multiply (on a little-endian machine; a loop elsewhere). */
static uint32_t
eight_digits(const char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w;

	memcpy(&w, p, 8);
	w = ((w & 0x0f0f0f0f0f0f0f0fULL) * 2561) >> 8;
	w = ((w & 0x00ff00ff00ff00ffULL) * 6553601) >> 16;
	return (uint32_t)(((w & 0x0000ffff0000ffffULL) * 42949672960001ULL) >>
	    32);
#else
	uint32_t v = 0;

	for (int i = 0; i < 8; i++)
		v = v * 10 + (uint32_t)(p[i] - '0');
	return v;
#endif
}

/* nir_key of a body known to be thirteen digits. */
static int
key_of_digits(const char *body)
{
	uint64_t n = (uint64_t)eight_digits(body) * 100000u +
	    eight_digits(body + NIR_BODY - 8) % 100000u;

	return 97 - (int)(n % 97);
}

int
nir_key(const char body[NIR_BODY])
{
	uint64_t n = 0;	/* 13 digits fit: one modulo at the end */
	unsigned d;
	int i;

	/* Thirteen digits (most bodies): no test per character. */
	if (util_is_digits(body, NIR_BODY))
		return key_of_digits(body);
	/* A character that is not a digit counts as 0. */
	for (i = 0; i < NIR_BODY; i++) {
		d = (unsigned)((unsigned char)body[i] - '0');
		n = n * 10 + (d < 10 ? d : 0);
	}
	/* Corsica's 2A/2B are read as 19/18 for the key only (the numbers
	 * predate the split of département 20 and the key was kept):
	 * position 5 (10^7) becomes 1, position 6 (10^6, counted 0) 9 or 8. */
	if (body[6] == 'A' || body[6] == 'B') {
		d = (unsigned)((unsigned char)body[5] - '0');
		n -= (uint64_t)(d < 10 ? d : 0) * 10000000u;
		n += 10000000u + (body[6] == 'A' ? 9u : 8u) * 1000000u;
	}
	return 97 - (int)(n % 97);
}

/* Field checks on an upper-cased body; the key is checked apart.
 * digits: the body is known to be thirteen digits. */
static int
nir_body_valid(const char *b, int digits)
{
	int i, month;

	for (i = 0; !digits && i < NIR_BODY; i++) {
		if (util_is_digit(b[i]))
			continue;
		if (i == 6 && b[5] == '2' && (b[6] == 'A' || b[6] == 'B'))
			continue;
		return 0;
	}
	/* 3, 4, 7, 8: temporary numbers (NIA) that real exports carry. */
	switch (b[0]) {
	case '1': case '2': case '3': case '4': case '7': case '8':
		break;
	default:
		return 0;
	}
	/* 20-42 and 50-99 stand for an incomplete civil status. */
	month = two(b + 3);
	if (month == 0 || (month >= 13 && month <= 19) ||
	    (month >= 43 && month <= 49))
		return 0;
	/* "20" is accepted: people born in Corsica before 1976 keep it. */
	if (b[5] == '0' && b[6] == '0')
		return 0;
	return 1;
}

/*
 * The thirteen characters of a body copied as two overlapping words, the
 * last first: the keyed hash then reads the body's first word within one
 * store and its tail a byte at a time within the other (a load across two
 * stores waits for both).
 */
static inline void
body_copy(char *d, const char *b)
{
	uint64_t x, y;

	memcpy(&y, b + NIR_BODY - 8, 8);
	memcpy(&x, b, 8);
	memcpy(d + NIR_BODY - 8, &y, 8);
	memcpy(d, &x, 8);
}

int
nir_parse(const char *s, size_t len, struct nir *out)
{
	const char *b;
	char c[NIR_FULL];
	size_t i, n = 0;
	int key, digits = 0;

	if (s == NULL || out == NULL)
		return -EINVAL;
	/* Written as digits alone (most exports): nothing to take out, and
	 * read from the source (below), so not copied. */
	if ((len == NIR_BODY || len == NIR_FULL) && util_is_digits(s, len)) {
		n = len;
		len = 0;
		digits = 1;
	}
	for (i = 0; i < len; i++) {
		if (nir_is_separator(s[i])) {
			/* Between characters only: the caller trims. */
			if (n == 0 || i + 1 == len)
				return -EINVAL;
			continue;
		}
		if (n == NIR_FULL)
			return -EINVAL;
		c[n++] = (s[i] == 'a' || s[i] == 'b') ? s[i] - 'a' + 'A' : s[i];
	}
	if (n != NIR_BODY && n != NIR_FULL)
		return -EINVAL;
	/* Digits alone: read from the source, which c is a copy of (its
	 * words just stored: a load across two of them waits for both). */
	b = digits ? s : c;
	if (!nir_body_valid(b, digits))
		return -EINVAL;
	key = 0;
	if (n == NIR_FULL) {
		if (!util_is_digit(b[13]) || !util_is_digit(b[14]))
			return -EINVAL;
		key = two(b + 13);
		if (key != (digits ? key_of_digits(b) : nir_key(b)))
			return -EINVAL;
	}
	body_copy(out->body, b);
	out->body[NIR_BODY] = '\0';
	out->has_key = n == NIR_FULL;
	out->key = key;
	return 0;
}

/* "00" to "99": two digits with one load (a fake NIR is written for
 * every row, five numbers of two or three digits). */
static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/* v (below 10^width) as width digits, width 2 or 3. */
static void
put_num(char *p, unsigned int v, int width)
{
	if (width == 3) {
		*p++ = (char)('0' + v / 100);
		v %= 100;
	}
	memcpy(p, digit_pairs + 2 * v, 2);
}

/* BLAKE2b-512's state before any input, made once: a copy of it is where
 * every expansion starts (crypto_generichash would set it up and wipe it
 * again for each NIR, a third of the call).  It holds nothing secret. */
static crypto_generichash_state fresh_state;
static pthread_once_t fresh_once = PTHREAD_ONCE_INIT;
static int fresh_ready;

static void
fresh_init(void)
{
	if (crypto_generichash_init(&fresh_state, NULL, 0, 64) == 0)
		__atomic_store_n(&fresh_ready, 1, __ATOMIC_RELEASE);
}

/* The fresh state copied into st by the C library's memcpy: a memcpy of
 * its fixed 384 bytes compiles to an inline `rep movs`, twice as slow to
 * start (a micro-benchmark on this machine's cores: 17-20 ns against 5-9
 * ns).  The empty asm hides the size from the compiler, so it calls. */
static crypto_generichash_state *
fresh_copy(crypto_generichash_state *st)
{
	size_t n = sizeof(*st);

	__asm__("" : "+r"(n));
	return memcpy(st, &fresh_state, n);
}

/* BLAKE2b-512 (unkeyed) of msg: the bytes of crypto_generichash. */
static void
expand(unsigned char h[64], const unsigned char *msg, size_t len)
{
	crypto_generichash_state st;

	if (!__atomic_load_n(&fresh_ready, __ATOMIC_ACQUIRE))
		pthread_once(&fresh_once, fresh_init);
	if (!__atomic_load_n(&fresh_ready, __ATOMIC_ACQUIRE) ||
	    crypto_generichash_update(fresh_copy(&st), msg, len) != 0 ||
	    crypto_generichash_final(&st, h, 64) != 0)
		crypto_generichash(h, 64, msg, len, NULL, 0);
}

static int
three(const char *p)
{
	return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/*
 * Whether a fake body, just written from these numbers (its first
 * character and département as the source's or as characters), is the
 * source's body: by value and by byte, not by words, which would wait for
 * the two-byte stores that wrote it.  Both bodies are digits but for a
 * Corsican 2A/2B, compared as characters.
 */
static int
same_as_source(const char *body, const char *fake, unsigned int year,
    unsigned int month, unsigned int commune, unsigned int order)
{
	return body[0] == fake[0] && two(body + 1) == (int)year &&
	    two(body + 3) == (int)month && body[5] == fake[5] &&
	    body[6] == fake[6] && three(body + 7) == (int)commune &&
	    three(body + 10) == (int)order;
}

/* nir_key of the thirteen digits sex, year, month, département (below
 * 100), commune and order, from their values. */
static int
key_of_body(unsigned int sex, unsigned int year, unsigned int month,
    unsigned int dept, unsigned int commune, unsigned int order)
{
	uint64_t n = ((((uint64_t)sex * 100 + year) * 100 + month) * 100 +
	    dept) * 1000000u + commune * 1000u + order;

	return 97 - (int)(n % 97);
}

/* What a fake NIR is drawn from: BLAKE2b-512 of this domain || the seed;
 * the 2^-40-ish bias of a 64-bit value reduced mod < 1000 is irrelevant
 * here.  One hash of domain || seed gives the same bytes as an update for
 * each. */
static const char draws_domain[] = "pseudonymfs nir_fake v1";
#define DRAWS_MSG	(sizeof(draws_domain) - 1 + 16)
_Static_assert(NIR_BATCH == BLAKE2B4_LANES, "a batch is the lanes");

static void
draws_msg(unsigned char msg[DRAWS_MSG], const uint8_t seed[16])
{
	memcpy(msg, draws_domain, sizeof(draws_domain) - 1);
	memcpy(msg + sizeof(draws_domain) - 1, seed, 16);
}

int
nir_batch_ready(void)
{
	return blake2b4_ready();
}

void
nir_draws(const uint8_t (*seed)[16], size_t n, unsigned char *const h[])
{
	/* Together, so that one wipe clears them (they hold the seeds). */
	struct {
		unsigned char	msg[BLAKE2B4_LANES][DRAWS_MSG];
	} w;
	const unsigned char *msg[BLAKE2B4_LANES];
	unsigned char *out[BLAKE2B4_LANES], spare[NIR_DRAWS];

	if (n < 2 || n > NIR_BATCH || !blake2b4_ready()) {
		for (size_t i = 0; i < n; i++) {
			draws_msg(w.msg[0], seed[i]);
			expand(h[i], w.msg[0], DRAWS_MSG);
		}
		sodium_memzero(&w, sizeof(w));
		return;
	}
	/* A lane without a seed hashes the first one's again, into spare. */
	for (size_t k = 0; k < BLAKE2B4_LANES; k++) {
		if (k < n)
			draws_msg(w.msg[k], seed[k]);
		msg[k] = w.msg[k < n ? k : 0];
		out[k] = k < n ? h[k] : spare;
	}
	blake2b4_512(msg, DRAWS_MSG, out);
	sodium_memzero(&w, sizeof(w));
	sodium_memzero(spare, sizeof(spare));
}

int
nir_fake(const struct nir *src, const uint8_t seed[16], int keep_year,
    char out[NIR_FULL])
{
	unsigned char h[NIR_DRAWS], msg[DRAWS_MSG];
	int n;

	draws_msg(msg, seed);
	expand(h, msg, sizeof(msg));
	n = nir_fake_drawn(src, h, keep_year, out);
	sodium_memzero(h, sizeof(h));
	sodium_memzero(msg, sizeof(msg));
	return n;
}

int
nir_fake_drawn(const struct nir *src, const unsigned char h[NIR_DRAWS],
    int keep_year, char out[NIR_FULL])
{
	unsigned int year, month, dept, commune, order;

	out[0] = src->body[0];
	if (keep_year) {
		memcpy(out + 1, src->body + 1, 2);
		year = (unsigned int)two(src->body + 1);
	} else {
		year = (unsigned int)(util_load_le(h, 8) % 100);
		put_num(out + 1, year, 2);
	}
	month = (unsigned int)(util_load_le(h + 8, 8) % 12) + 1;
	put_num(out + 3, month, 2);
	/* 01-95 without 20 (94 values), then 2A and 2B, so that Corsica
	 * shows up in fakes as it does in real data. */
	dept = (unsigned int)(util_load_le(h + 16, 8) % 96);
	if (dept == 94)
		memcpy(out + 5, "2A", 2);
	else if (dept == 95)
		memcpy(out + 5, "2B", 2);
	else
		put_num(out + 5, dept + 1 + (dept + 1 >= 20), 2);
	commune = (unsigned int)(util_load_le(h + 24, 8) % 990) + 1;
	put_num(out + 7, commune, 3);
	order = (unsigned int)(util_load_le(h + 32, 8) % 999) + 1;
	put_num(out + 10, order, 3);
	/* A fake equal to its source would pass the identifier through;
	 * moving the order number is enough and stays deterministic. */
	if (same_as_source(src->body, out, year, month, commune, order)) {
		order = order % 999 + 1;
		put_num(out + 10, order, 3);
	}

	if (!src->has_key)
		return NIR_BODY;
	/* Digits only unless the fake is Corsican: the key of the numbers
	 * just written (read back as text, the body's words would wait for
	 * the two-byte stores that made them). */
	put_num(out + NIR_BODY, (unsigned int)(dept < 94 ? key_of_body(
	    (unsigned int)(out[0] - '0'), year, month,
	    dept + 1 + (dept + 1 >= 20), commune, order) : nir_key(out)), 2);
	return NIR_FULL;
}

int
nir_write_like(const char *chars, size_t n, const char *like,
    size_t like_len, struct buf *out)
{
	size_t i, j, count = 0;
	int r;
	char c;

	/* Digits alone, as many as the fake's: the fake as it is. */
	if (like_len == n && util_is_digits(like, like_len))
		return buf_append_short(out, chars, n);
	for (i = 0; i < like_len; i++)
		count += !nir_is_separator(like[i]);
	if (count != n)
		return buf_append(out, chars, n);
	if ((r = buf_reserve(out, like_len)) != 0)
		return r;
	/* Written without separators (most exports): the characters, with
	 * "2a" kept lower-case when written so. */
	if (like_len == n) {
		memcpy(out->data + out->len, chars, n);
		for (i = 0; i < n; i++)
			if (like[i] >= 'a' && like[i] <= 'z' &&
			    chars[i] >= 'A' && chars[i] <= 'Z')
				out->data[out->len + i] = (char)(chars[i] -
				    'A' + 'a');
		out->len += n;
		return 0;
	}
	for (i = j = 0; i < like_len; i++) {
		if (nir_is_separator(like[i])) {
			c = like[i];
		} else {
			c = chars[j++];
			/* Keep a lower-case "2a" lower-case. */
			if (like[i] >= 'a' && like[i] <= 'z' &&
			    c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
		}
		out->data[out->len++] = c;
	}
	return 0;
}
