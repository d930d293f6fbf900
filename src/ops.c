/* Column operators. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "datefmt.h"
#include "fake.h"
#include "icd10.h"
#include "keys.h"
#include "nir.h"
#include "norm.h"
#include "ops.h"
#include "policy_column.h"
#include "util.h"

/* Crockford's alphabet, lower case: no i/l/o/u to misread when a token is
 * copied by hand. */
static const char base32[] = "0123456789abcdefghjkmnpqrstvwxyz";

/* The characters of every 10-bit value, low 5 bits first: a token's
 * sixteen characters as eight pairs, a load and a two-byte store each
 * (character by character, the shift, mask and store of each was a fifth
 * of a token). */
#define B32_ROW(h) \
	"0" h "1" h "2" h "3" h \
	"4" h "5" h "6" h "7" h \
	"8" h "9" h "a" h "b" h \
	"c" h "d" h "e" h "f" h \
	"g" h "h" h "j" h "k" h \
	"m" h "n" h "p" h "q" h \
	"r" h "s" h "t" h "v" h \
	"w" h "x" h "y" h "z" h
static const char base32_pairs[] =
    B32_ROW("0") B32_ROW("1") B32_ROW("2") B32_ROW("3")
    B32_ROW("4") B32_ROW("5") B32_ROW("6") B32_ROW("7")
    B32_ROW("8") B32_ROW("9") B32_ROW("a") B32_ROW("b")
    B32_ROW("c") B32_ROW("d") B32_ROW("e") B32_ROW("f")
    B32_ROW("g") B32_ROW("h") B32_ROW("j") B32_ROW("k")
    B32_ROW("m") B32_ROW("n") B32_ROW("p") B32_ROW("q")
    B32_ROW("r") B32_ROW("s") B32_ROW("t") B32_ROW("v")
    B32_ROW("w") B32_ROW("x") B32_ROW("y") B32_ROW("z");
#undef B32_ROW
_Static_assert(sizeof(base32_pairs) == 2 * 1024 + 1, "1024 pairs");

static int
is_blank(const char *v, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (v[i] != ' ' && v[i] != '\t')
			return 0;
	return 1;
}

int
ops_token(struct keys_prf prf, enum norm_kind norm, const char *prefix,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	uint8_t mac[KEYS_PRF_BYTES];
	size_t plen = strlen(prefix);
	uint64_t lo, hi;
	char *tok;
	int r;

	if ((r = norm_value(norm, v, len, &s->norm)) != 0)
		return r;
	/* "?" under normalize = digits is nothing: one token for all such
	 * values would link unrelated rows. */
	if (s->norm.len == 0)
		return 0;
	keys_prf(prf, s->norm.data, s->norm.len, mac);
	/* 16 characters of 5 bits: the first 80 bits of the PRF output, read
	 * as a little-endian number from bit 0 up. */
	lo = util_load_le(mac, 8);
	hi = util_load_le(mac + 8, 2);
	/* Written where it goes: made in a buffer of its own a byte at a
	 * time, the token was copied out by words, each waiting for the
	 * eight stores it spans. */
	if ((r = buf_reserve(out, plen + OPS_TOKEN_CHARS)) != 0)
		return r;
	buf_copy(out->data + out->len, prefix, plen);
	tok = out->data + out->len + plen;
	/* Characters 0-11 are bits 0-59 (six pairs), 12 is bits 60-64, 13-15
	 * the rest of hi (a pair and one): each word shifted along as it is
	 * read. */
	for (int i = 0; i < 12; i += 2, lo >>= 10)
		memcpy(tok + i, base32_pairs + 2 * (lo & 1023), 2);
	tok[12] = base32[(lo | hi << 4) & 31];
	hi >>= 1;
	memcpy(tok + 13, base32_pairs + 2 * (hi & 1023), 2);
	tok[15] = base32[(hi >> 10) & 31];
	out->len += plen + OPS_TOKEN_CHARS;
	return 0;
}

int
ops_patient_shift(const struct policy *p, const char *id, size_t len,
    struct ops_scratch *s, int *days)
{
	uint8_t mac[KEYS_PRF_BYTES];
	int week = p->shift_unit == POLICY_SHIFT_WEEK;
	/* N days, or W = floor(N / 7) weeks (the policy refuses N < 7) */
	uint64_t n = (uint64_t)(week ? p->shift_days / 7 : p->shift_days);
	int64_t d;
	int r;

	if (p->patient == NULL || is_blank(id, len))
		return -ENOENT;
	if (n == 0)	/* fail closed: the policy refuses it */
		return -EINVAL;
	if ((r = norm_value(p->patient->norm, id, len, &s->norm)) != 0)
		return r;
	if (s->norm.len == 0)
		return -ENOENT;
	keys_prf(p->shift_prf, s->norm.data, s->norm.len, mac);
	/* Uniform over [-N, -1] u [1, N] (days, or weeks): a zero shift would
	 * publish the true dates of one patient in 2N+1. The modulo bias is
	 * below 2^-50.  Weeks keep every weekday true, so a weekday written
	 * beside a moved date tells nothing (docs/policy.md).  Weeks read the
	 * MAC's other half: from the same 64 bits, m mod 360 and m mod 50
	 * would agree modulo 10, and a recipient of a project's view under
	 * each unit would narrow a true date to a few days. */
	d = (int64_t)(util_load_le(mac + (week ? 8 : 0), 8) % (2 * n)) -
	    (int64_t)n;
	if (d >= 0)
		d++;
	*days = (int)(week ? 7 * d : d);
	return 0;
}

void
ops_nir_batch_start(struct ops_scratch *s, const struct policy_column *c)
{
	struct ops_nir_batch *b = &s->nirs;

	/* Taken entries were wiped when taken. */
	for (size_t i = 0; i < b->n; i++)
		if (b->e[i].len != 0)
			explicit_bzero(&b->e[i], sizeof(b->e[i]));
	b->n = 0;
	b->rule = c;
}

void
ops_nir_batch_add(struct ops_scratch *s, const char *v, size_t len)
{
	struct ops_nir_batch *b = &s->nirs;
	struct ops_nir_entry *e = &b->e[b->n];

	if (b->rule == NULL || b->n >= NIR_BATCH || len == 0 ||
	    len > OPS_NIR_RAW || nir_parse(v, len, &e->nir) != 0)
		return;
	memcpy(e->raw, v, len);
	e->len = len;
	keys_prf(b->rule->prf, e->nir.body, NIR_BODY, b->seed[b->n]);
	b->n++;
}

void
ops_nir_batch_draw(struct ops_scratch *s)
{
	struct ops_nir_batch *b = &s->nirs;
	unsigned char *h[NIR_BATCH];

	for (size_t i = 0; i < b->n; i++)
		h[i] = b->e[i].h;
	nir_draws((const uint8_t (*)[16])b->seed, b->n, h);
	explicit_bzero(b->seed, sizeof(b->seed));
}

/* The batch's entry for the cell v of rule c, or NULL. */
static struct ops_nir_entry *
nir_batched(struct ops_scratch *s, const struct policy_column *c,
    const char *v, size_t len)
{
	struct ops_nir_batch *b = &s->nirs;

	if (b->rule != c || len == 0)
		return NULL;
	for (size_t i = 0; i < b->n; i++)
		if (b->e[i].len == len && util_mem_equal(b->e[i].raw, v, len))
			return &b->e[i];
	return NULL;
}

/* The fake NIR of n characters made at out's end, shown as the source
 * v writes its NIR. */
static int
nir_shown(const char *v, size_t len, int n, struct buf *out)
{
	char fake[NIR_FULL];

	/* nir_fake writes 13 or 15; said here, so that the compiler sees no
	 * longer copy of fake below. */
	if (n < 0 || n > NIR_FULL)
		return -EINVAL;
	/* Made where it goes: a source of digits alone as many as the
	 * fake's (most) shows the fake as it is (nir_write_like's first
	 * case), and a copy would read it by words across the two-byte
	 * stores that wrote it, waiting for them.  Else moved out of the
	 * way for nir_write_like. */
	if ((size_t)n == len && util_is_digits(v, len)) {
		out->len += len;
		return 0;
	}
	memcpy(fake, out->data + out->len, (size_t)n);
	return nir_write_like(fake, (size_t)n, v, len, out);
}

int
ops_nir(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	uint8_t seed[KEYS_PRF_BYTES];
	struct ops_nir_entry *e;
	struct nir nir;
	int n;

	(void)row;
	if (c->nir_format && (e = nir_batched(s, c, v, len)) != NULL) {
		/* parsed, seeded and drawn with the batch */
		if ((n = buf_reserve(out, NIR_FULL)) != 0)
			return n;
		n = nir_fake_drawn(&e->nir, e->h, c->keep_year,
		    out->data + out->len);
		explicit_bzero(e, sizeof(*e));
		return nir_shown(v, len, n, out);
	}
	if (nir_parse(v, len, &nir) != 0)
		return 0;	/* invalid: redacted */
	if (!c->nir_format)
		return ops_token(c->prf, NORM_EXACT, c->prefix, nir.body,
		    NIR_BODY, s, out);
	keys_prf(c->prf, nir.body, NIR_BODY, seed);
	if ((n = buf_reserve(out, NIR_FULL)) != 0)
		return n;
	n = nir_fake(&nir, seed, c->keep_year, out->data + out->len);
	return nir_shown(v, len, n, out);
}

int
ops_date(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	struct date_value d;

	(void)s;
	if (date_parse(v, len, &d) != 0)
		return 0;
	switch (c->date_mode) {
	case DATE_MODE_SHIFT:
		if (!row->has_shift)
			return 0;	/* no patient, no shift: redacted */
		date_add_days(&d, row->shift);
		break;
	case DATE_MODE_MONTH:
		date_truncate(&d, DATE_MONTH);
		break;
	case DATE_MODE_YEAR:
		date_truncate(&d, DATE_YEAR);
		break;
	}
	return date_format(&d, v, out);
}

/* The decimal digits of v (0 <= v < 10^9) ending just before p, written
 * backwards; where they start. */
static char *
put_digits_before(char *p, unsigned v)
{
	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	return p;
}

static size_t
count_digits(unsigned v)
{
	size_t n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

/*
 * An age band, "lo-hi", or "lo+" for the top one (0 <= lo, hi < 10^9),
 * written where it goes (one a row): a digit at a time through buf_putc
 * cost more than the birth date's parse, and made in a buffer of its own
 * then copied, it would be read by words across the byte stores.
 */
static int
put_band(struct buf *out, int lo, int hi, int top)
{
	size_t n;
	char *end;
	int r;

	if (lo < 0 || lo >= 1000000000 || (!top && (hi < 0 ||
	    hi >= 1000000000)))
		return -EINVAL;
	n = count_digits((unsigned)lo) + 1 +
	    (top ? 0 : count_digits((unsigned)hi));
	if ((r = buf_reserve(out, n)) != 0)
		return r;
	end = out->data + out->len + n;
	if (top) {
		*--end = '+';
	} else {
		end = put_digits_before(end, (unsigned)hi);
		*--end = '-';
	}
	put_digits_before(end, (unsigned)lo);
	out->len += n;
	return 0;
}

int
ops_birthdate(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	struct date_ymd d;
	char text[32];
	int age, lo, r;

	(void)row;
	(void)s;
	/* The day alone: date_parse_ymd fills no date_value (one a row). */
	if (date_parse_ymd(v, len, &d) != 0)
		return 0;
	if (c->birth_mode == OPS_BIRTH_YEAR) {
		if (d.year >= 0 && d.year <= 9999) {
			char *y;

			/* "%04d" unrolled: one per row, written
			 * where it goes (a copy would read the four bytes as
			 * a word across four stores and wait for them). */
			if ((r = buf_reserve(out, 4)) != 0)
				return r;
			y = out->data + out->len;
			y[0] = (char)('0' + d.year / 1000);
			y[1] = (char)('0' + d.year / 100 % 10);
			y[2] = (char)('0' + d.year / 10 % 10);
			y[3] = (char)('0' + d.year % 10);
			out->len += 4;
			return 0;
		}
		snprintf(text, sizeof(text), "%04d", d.year);
		return buf_append_str(out, text);
	}
	if ((age = date_age_ymd(&d, &c->reference)) < 0)
		return 0;
	if (age >= c->top)
		return put_band(out, c->top, 0, 1);
	lo = age - age % c->band;
	/* The last band stops at the top code. */
	return put_band(out, lo, lo + c->band - 1 < c->top ? lo + c->band - 1 :
	    c->top - 1, 0);
}

int
ops_postcode(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	char digits[5];
	size_t n = 0;

	(void)c;
	(void)row;
	(void)s;
	for (size_t i = 0; i < len; i++) {
		if (v[i] == ' ')
			continue;
		if (v[i] < '0' || v[i] > '9' || n == sizeof(digits))
			return 0;
		digits[n++] = v[i];
	}
	if (n != 5)
		return 0;
	if (digits[0] == '2' && digits[1] == '0')
		/* Corsica: 200xx-201xx are Corse-du-Sud, 202xx-206xx Haute-Corse. */
		return buf_append_str(out, digits[2] < '2' ? "2A" : "2B");
	if (digits[0] == '9' && (digits[1] == '7' || digits[1] == '8'))
		return buf_append(out, digits, 3);
	if (digits[0] == '0' && digits[1] == '0')
		return 0;
	return buf_append(out, digits, 2);
}

static int
icd10_hidden(const struct policy_column *c, const struct icd10_code *code)
{
	if (icd10_sensitive_groups(code->category) & c->suppress_groups)
		return 1;
	for (size_t i = 0; i < c->nsuppress_ranges; i++)
		if (code->category >= c->suppress_ranges[i].first &&
		    code->category <= c->suppress_ranges[i].last)
			return 1;
	return 0;
}

int
ops_icd10(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	const struct icd10_range *range;
	struct icd10_code code;
	char text[8];

	(void)row;
	(void)s;
	if (icd10_parse_cell(v, len, &code) != 0)
		return 0;
	if (icd10_hidden(c, &code))
		return buf_append_str(out, c->text);
	switch (c->icd10_level) {
	case ICD10_LEVEL_CODE:
		return buf_append_str(out, code.text);
	case ICD10_LEVEL_CATEGORY:
		snprintf(text, sizeof(text), "%c%02d", code.category / 100,
		    code.category % 100);
		return buf_append_str(out, text);
	case ICD10_LEVEL_BLOCK:
		range = icd10_block(code.category);
		break;
	case ICD10_LEVEL_CHAPTER:
		range = icd10_chapter(code.category);
		break;
	default:
		return -EINVAL;
	}
	if (range == NULL)
		return 0;
	icd10_range_format(range, text);
	return buf_append_str(out, text);
}

/* A label shows the title of what its code was generalized to, when we ship
 * that title; never the source label, which would name a hidden code. */
int
ops_icd10_label(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	const struct policy_column *coder = c->code;
	const struct icd10_range *chapter;
	struct icd10_code code;

	(void)v;
	(void)len;
	(void)s;
	if (row->code == NULL || icd10_parse_cell(row->code, row->code_len, &code) != 0)
		return 0;
	if (icd10_hidden(coder, &code))
		return buf_append_str(out, c->text[0] ? c->text : coder->text);
	if (coder->icd10_level != ICD10_LEVEL_CHAPTER)
		return 0;
	chapter = icd10_chapter(code.category);
	if (chapter == NULL || chapter->title_fr == NULL)
		return 0;
	return buf_append_str(out, chapter->title_fr);
}

uint32_t
ops_icd10_suppressed(const struct policy_column *c, const char *v, size_t len)
{
	struct icd10_code code;
	uint32_t groups;

	if (c->op != OP_ICD10 || icd10_parse_cell(v, len, &code) != 0 ||
	    !icd10_hidden(c, &code))
		return 0;
	groups = icd10_sensitive_groups(code.category) & c->suppress_groups;
	return groups ? groups : OPS_RANGE_GROUP;
}

static int
is_alnum_ascii(char c)
{
	return util_is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/*
 * A French psychiatric sector's number in a ward cell ("Secteur 75G12",
 * "59I03", "2AG01"): the département, G (adults), I (children and
 * adolescents) or P (prisons), and the sector (circulaire du 15 mars 1960;
 * arrêté du 14 mars 1986).  The sectors are psychiatry's and nothing
 * else's, so the shape alone names the group (redteam48).
 */
static int
ward_psy_sector(const char *v, size_t len)
{
	for (size_t i = 0; i + 5 <= len; i++) {
		const char *w = v + i;
		char k = (char)(w[2] & ~32);

		if (i > 0 && is_alnum_ascii(v[i - 1]))
			continue;
		if (!util_is_digit(w[0]) || !(util_is_digit(w[1]) ||
		    (w[0] == '2' && ((w[1] & ~32) == 'A' || (w[1] & ~32) == 'B'))))
			continue;
		if ((k != 'G' && k != 'I' && k != 'P') || !util_is_digit(w[3]) ||
		    !util_is_digit(w[4]))
			continue;
		if (i + 5 < len && is_alnum_ascii(w[5]))
			continue;
		return 1;
	}
	return 0;
}

static uint32_t
ward_shape_groups(const struct policy_column *c, const char *v, size_t len)
{
	return c->op == OP_WARD && ward_psy_sector(v, len) ? ICD10_MENTAL : 0;
}

int
ops_lexicon_hidden(const struct policy_column *c, const char *v, size_t len,
    struct ops_scratch *s, uint32_t *groups)
{
	struct sensitive_result res;
	int r;

	*groups = 0;
	if (is_blank(v, len))
		return 0;
	if ((r = sensitive_lookup(v, len, c->lex_kinds, &s->lex, &res)) != 0)
		return r;
	res.groups |= ward_shape_groups(c, v, len);
	*groups = res.groups;
	return (res.groups & c->suppress_groups) != 0;
}

/*
 * analysis, ward: the cell as written, or the placeholder when it names a
 * suppressed group.  drug: the same, or at level = atcN its ATC code cut to
 * that level (A, A10, A10B, A10BA, A10BA02); a drug the lexicon does not
 * know has no class and comes out empty.
 */
int
ops_lexicon(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	static const size_t atc_len[] = { 0, 1, 3, 4, 5, 7 };
	struct sensitive_result res;
	size_t n;
	int r;

	(void)row;
	if ((r = sensitive_lookup(v, len, c->lex_kinds, &s->lex, &res)) != 0)
		return r;
	res.groups |= ward_shape_groups(c, v, len);
	if (res.groups & c->suppress_groups)
		return buf_append_str(out, c->text);
	if (c->op != OP_DRUG || c->atc_level == 0)
		return buf_append(out, v, len);
	n = strlen(res.atc);
	return buf_append(out, res.atc, n < atc_len[c->atc_level] ? n :
	    atc_len[c->atc_level]);
}

/* Masking counts characters, not bytes, so an accent is never cut in two. */
int
ops_mask(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *scratch, struct buf *out)
{
	const uint8_t *s = (const uint8_t *)v;
	size_t nchars = u8_mbsnlen(s, len), i = 0, off = 0;
	int n, r;
	ucs4_t uc;

	(void)row;
	(void)scratch;
	for (i = 0; off < len; i++, off += (size_t)n) {
		n = u8_mbtouc(&uc, s + off, len - off);
		/* Too short to keep anything without keeping everything. */
		if (nchars > c->mask_first + c->mask_last &&
		    (i < c->mask_first || i >= nchars - c->mask_last))
			r = buf_append(out, s + off, (size_t)n);
		else
			r = buf_putc(out, c->mask_char);
		if (r != 0)
			return r;
	}
	return 0;
}

int
ops_keep(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	(void)c;
	(void)row;
	(void)s;
	return buf_append(out, v, len);
}

int
ops_drop(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	(void)c;
	(void)row;
	(void)v;
	(void)len;
	(void)s;
	(void)out;
	return 0;
}

/* redact: the rule's text, for every cell, blank or not. */
int
ops_redact(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	(void)row;
	(void)v;
	(void)len;
	(void)s;
	return buf_append_str(out, c->text);
}

int
ops_token_cell(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	(void)row;
	return ops_token(c->prf, c->norm, c->prefix, v, len, s, out);
}

int
ops_fake(const struct policy_column *c, const struct ops_row *row,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	uint8_t seed[KEYS_PRF_BYTES];
	struct fake_row fake;
	int r;

	if ((r = norm_value(c->norm, v, len, &s->norm)) != 0)
		return r;
	if (s->norm.len == 0)
		return 0;
	keys_prf(c->prf, s->norm.data, s->norm.len, seed);
	fake = row->fake;
	if (c->sex_ref == NULL)
		fake.sex = FAKE_SEX_UNKNOWN;	/* the rule did not ask */
	/* A fake never says its source (fake.h, avoid): the source as
	 * norm_value's text form, which the rule's own norm mostly is. */
	fake.avoid = s->norm.data;
	fake.avoid_len = s->norm.len;
	if (c->norm != NORM_TEXT) {
		if ((r = norm_value(NORM_TEXT, v, len, &s->fake_norm)) != 0)
			return r;
		fake.avoid = s->fake_norm.data;
		fake.avoid_len = s->fake_norm.len;
	}
	return fake_value_row(c->fake, seed, v, len, &fake, out);
}

/* The operator of the cell's rule.  Empty stays empty: a token of nothing
 * would mark every blank alike. */
/* A fixed text (a token's prefix) that needs no quotes nor conversion. */
static int
text_plain(const char *s, char delim, int utf8)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : "");
	    *p != '\0'; p++)
		if (*p == (unsigned char)delim || *p == '"' || *p == '\r' ||
		    *p == '\n' || (!utf8 && *p >= 0x80))
			return 0;
	return 1;
}

/*
 * Tokens are the prefix and base32 letters and digits; NIRs written as NIRs
 * are digits, 'A' or 'B' and the source's own separators (a space, a dot,
 * a hyphen), and as tokens, tokens; birth dates are digits, '-' and '+';
 * fakes, fake_plain.  The delimiters are ';', ',', tab and '|'.
 */
int
ops_plain_output(const struct policy_column *c, char delim, int utf8)
{
	if (delim != ';' && delim != ',' && delim != '\t' && delim != '|')
		return 0;
	if (c->def == NULL)
		return 0;
	if (c->def->apply == ops_token_cell)
		return text_plain(c->prefix, delim, utf8);
	if (c->def->apply == ops_nir)
		return c->nir_format || text_plain(c->prefix, delim, utf8);
	if (c->def->apply == ops_birthdate)
		return 1;
	if (c->def->apply == ops_fake)
		return fake_plain(c->fake, delim, utf8);
	return 0;
}

int
ops_apply(const struct policy *p, const struct policy_column *c,
    const struct ops_row *row, const char *v, size_t len,
    struct ops_scratch *s, struct buf *out)
{
	(void)p;
	if (!(c->flags & OP_F_BLANK) && is_blank(v, len))
		return 0;
	return c->def->apply(c, row, v, len, s, out);
}

int
ops_pseudonym(const struct policy_column *c, const struct fake_row *fake,
    const char *v, size_t len, struct ops_scratch *s, struct buf *out)
{
	struct ops_row row;

	if (!(c->flags & OP_F_PSEUDONYM))
		return 0;
	/* not `= { 0 }`: that would say row value 0 made fake.first */
	ops_row_clear(&row);
	row.fake = *fake;
	return ops_apply(NULL, c, &row, v, len, s, out);
}

void
ops_scratch_free(struct ops_scratch *s)
{
	buf_free(&s->norm);
	buf_free(&s->fake_norm);
	buf_free(&s->sub);
	detect_scratch_free(&s->det);
	sensitive_scratch_free(&s->lex);
	explicit_bzero(&s->nirs, sizeof(s->nirs));
}
