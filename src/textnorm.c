/* NFKC for the scrub detectors, with a byte map back to the source
 * (include/textnorm.h).  libunistring does the Unicode work (uninorm,
 * unictype); this file only cuts the text into units (a character and
 * the combining marks after it) and keeps, for every normalized byte, the
 * source offset of the unit it came from.  Text that needs nothing (all
 * ASCII, or precomposed accents only: most French comments) is not
 * copied. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "textnorm.h"

/* Latin-1 letters and Latin Extended-A, the accents of French text:
 * precomposed, nothing to do (but "Ĳ", "Ŀ", "ŉ", "ſ"). */
static inline int
latin_precomposed(ucs4_t uc)
{
	return (uc >= 0xc0 && uc <= 0xff) || (uc >= 0x100 && uc <= 0x17f &&
	    uc != 0x132 && uc != 0x133 && uc != 0x13f && uc != 0x140 &&
	    uc != 0x149 && uc != 0x17f);
}

/* Would NFKC, or removing default-ignorables, change this character? */
static int
char_changes(ucs4_t uc)
{
	ucs4_t dec[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;

	if (latin_precomposed(uc))
		return 0;
	if (uc_is_property_default_ignorable_code_point(uc) ||
	    uc_combining_class(uc) != 0)
		return 1;
	if (uc_decomposition(uc, &tag, dec) < 0 || tag == UC_DECOMP_CANONICAL)
		return 0;
	/* "m²", "10⁹", "½": kept, see the header. */
	return tag != UC_DECOMP_SUPER && tag != UC_DECOMP_SUB &&
	    tag != UC_DECOMP_FRACTION;
}

static int
needs_change(const uint8_t *p, size_t len)
{
	for (size_t i = 0; i < len; ) {
		ucs4_t uc;
		uint64_t v;
		int n;

		/* ASCII eight bytes at a time; in a block that is not, on to
		 * its first byte beyond ASCII (one of the eight is). */
		if (i + 8 <= len) {
			memcpy(&v, p + i, 8);
			if ((v &= 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* the lowest set bit is the first such byte's */
			i += (size_t)__builtin_ctzll(v) / 8;
#else
			while (p[i] < 0x80)
				i++;
#endif
		} else if (p[i] < 0x80) {
			i++;
			continue;
		}
		/* A letter of U+00C0-U+017F in two bytes, the accents of
		 * French: decoded here, without a call (most comments have
		 * some, and nothing else beyond ASCII). */
		if (p[i] >= 0xc3 && p[i] <= 0xc5 && i + 1 < len &&
		    (p[i + 1] & 0xc0) == 0x80 && latin_precomposed(
		    (ucs4_t)(p[i] & 0x1f) << 6 | (p[i + 1] & 0x3f))) {
			i += 2;
			continue;
		}
		if ((n = u8_mbtoucr(&uc, p + i, len - i)) < 0) {
			i++;	/* not UTF-8: left as it is */
			continue;
		}
		if (char_changes(uc))
			return 1;
		i += (size_t)n;
	}
	return 0;
}

static int
reserve_map(struct textnorm *n, size_t need)
{
	uint32_t *m;
	size_t cap;

	if (need <= n->map_cap)
		return 0;
	for (cap = n->map_cap ? n->map_cap : 256; cap < need; cap *= 2)
		;
	if ((m = realloc(n->map, cap * sizeof(*m))) == NULL)
		return -ENOMEM;
	n->map = m;
	n->map_cap = cap;
	return 0;
}

/* Append bytes p[0..k) that came from source offset `from`. */
static int
emit(struct textnorm *n, const void *p, size_t k, size_t from)
{
	int r;

	if ((r = reserve_map(n, n->text.len + k + 1)) != 0 ||
	    (r = buf_append(&n->text, p, k)) != 0)
		return r;
	for (size_t i = n->text.len - k; i < n->text.len; i++)
		n->map[i] = (uint32_t)from;
	return 0;
}

/* One unit (a character and its combining marks) through NFKC, without
 * the default-ignorables of the result. */
static int
emit_normalized(struct textnorm *n, const uint8_t *u, size_t k, size_t from)
{
	uint8_t stack[64], *res;
	size_t rlen = sizeof(stack);
	int r = 0;

	res = u8_normalize(UNINORM_NFKC, u, k, stack, &rlen);
	if (res == NULL)
		return emit(n, u, k, from);	/* left as it is */
	for (size_t i = 0; i < rlen && r == 0; ) {
		ucs4_t uc;
		int m = u8_mbtoucr(&uc, res + i, rlen - i);

		if (m < 0)
			m = 1;
		else if (uc_is_property_default_ignorable_code_point(uc)) {
			i += (size_t)m;
			continue;
		}
		r = emit(n, res + i, (size_t)m, from);
		i += (size_t)m;
	}
	if (res != stack)
		free(res);
	return r;
}

int
textnorm_run(struct textnorm *n, const char *src, size_t len)
{
	const uint8_t *p = (const uint8_t *)src;
	int r;

	n->changed = 0;
	buf_reset(&n->text);
	/* Offsets are kept in 32 bits; a 4 GB cell is read as it is. */
	if (len >= UINT32_MAX || !needs_change(p, len))
		return 0;
	for (size_t i = 0; i < len; ) {
		size_t start = i;
		ucs4_t uc;
		int m, simple;

		if ((m = u8_mbtoucr(&uc, p + i, len - i)) < 0) {
			m = 1;
			uc = 0xfffd;
			simple = 1;
		} else
			simple = p[i] < 0x80 || !char_changes(uc);
		i += (size_t)m;
		/* The combining marks that follow belong to this unit. */
		for (;;) {
			ucs4_t c2;
			int m2;

			if (i >= len || p[i] < 0x80 ||
			    (m2 = u8_mbtoucr(&c2, p + i, len - i)) < 0 ||
			    uc_combining_class(c2) == 0)
				break;
			i += (size_t)m2;
			simple = 0;
		}
		if (simple)
			r = emit(n, p + start, i - start, start);
		else if (i - start == 2 && p[start] == 0xc2 && p[start + 1] == 0xa0)
			r = emit(n, " ", 1, start);	/* no-break space */
		else
			r = emit_normalized(n, p + start, i - start, start);
		if (r != 0)
			return r;
	}
	if ((r = reserve_map(n, n->text.len + 1)) != 0)
		return r;
	n->map[n->text.len] = (uint32_t)len;
	n->changed = 1;
	return 0;
}

size_t
textnorm_src_start(const struct textnorm *n, size_t b)
{
	return n->changed ? n->map[b] : b;
}

/* The end of the unit that holds the span's last byte. */
size_t
textnorm_src_end(const struct textnorm *n, size_t e)
{
	size_t j;

	if (!n->changed || e == 0)
		return e;
	for (j = e; j < n->text.len && n->map[j] == n->map[e - 1]; j++)
		;
	return n->map[j];
}

void
textnorm_free(struct textnorm *n)
{
	buf_free(&n->text);
	free(n->map);
	n->map = NULL;
	n->map_cap = 0;
}
