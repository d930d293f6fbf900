/* Value and header normalization (libunistring for case folding and
 * decomposition; an ASCII fast path because most cells are ASCII). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "norm.h"

int
norm_kind_parse(const char *name, enum norm_kind *kind)
{
	static const struct { const char *name; enum norm_kind kind; } kinds[] = {
		{ "text", NORM_TEXT }, { "nir", NORM_NIR },
		{ "digits", NORM_DIGITS }, { "exact", NORM_EXACT },
	};

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (strcmp(name, kinds[i].name) == 0) {
			*kind = kinds[i].kind;
			return 0;
		}
	}
	return -EINVAL;
}

static int
is_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/*
 * Append one folded code point, collapsing runs of spaces to one and never
 * starting with a space (the trailing one is removed by the caller).
 * Hyphens count as spaces: "Jean-Pierre" and "JEAN PIERRE" are one person
 * far more often than two.
 */
static int
put_folded(struct buf *out, ucs4_t uc)
{
	uint8_t tmp[6];
	int n;

	switch (uc) {
	case '\t': case '\n': case '\r': case '-': case 0x00a0: case 0x2010:
	case 0x2011: case 0x2013: case 0x202f:
		uc = ' ';
		break;
	case 0x2019: case 0x02bc: case 0x2018: case 0x00b4: case 0x0060:
		uc = '\'';
		break;
	case 0x0153:	/* œ has no decomposition, but "coeur" is how it is typed */
		if (buf_putc(out, 'o') != 0)
			return -ENOMEM;
		uc = 'e';
		break;
	case 0x00e6:	/* æ */
		if (buf_putc(out, 'a') != 0)
			return -ENOMEM;
		uc = 'e';
		break;
	}
	if (uc == ' ') {
		if (out->len == 0 || out->data[out->len - 1] == ' ')
			return 0;
		return buf_putc(out, ' ');
	}
	if (uc < 0x80)
		return buf_putc(out, (char)uc);
	if (uc_is_general_category(uc, UC_CATEGORY_M))
		return 0;	/* accents, once decomposed */
	if ((n = u8_uctomb(tmp, uc, sizeof(tmp))) < 0)
		return -EILSEQ;
	return buf_append(out, tmp, (size_t)n);
}

static int
norm_text(const char *s, size_t len, struct buf *out)
{
	uint8_t *folded = NULL;
	size_t flen = 0, i;
	int r = 0;

	if (is_ascii(s, len)) {
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if ((r = put_folded(out, c)) != 0)
				goto out;
		}
	} else {
		ucs4_t uc;
		int n;

		if (u8_check((const uint8_t *)s, len) != NULL)
			return -EILSEQ;
		/* Compatibility decomposition folds ligatures and width
		 * variants; casefold maps ß to ss. */
		folded = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD,
		    NULL, &flen);
		if (folded == NULL)
			return -ENOMEM;
		for (i = 0; i < flen; i += (size_t)n) {
			n = u8_mbtouc(&uc, folded + i, flen - i);
			if ((r = put_folded(out, uc)) != 0)
				goto out;
		}
	}
	if (out->len > 0 && out->data[out->len - 1] == ' ')
		out->len--;
 out:
	free(folded);
	return r;
}

int
norm_value(enum norm_kind kind, const char *s, size_t len, struct buf *out)
{
	size_t i;

	buf_reset(out);
	switch (kind) {
	case NORM_TEXT:
		return norm_text(s, len, out);
	case NORM_NIR:
		for (i = 0; i < len; i++) {
			char c = s[i];
			if (c == ' ' || c == '.' || c == '-' || c == '\t')
				continue;
			if (c >= 'a' && c <= 'z')
				c -= 'a' - 'A';
			if (buf_putc(out, c) != 0)
				return -ENOMEM;
		}
		/* The key is a function of the body: the 13- and 15-character
		 * forms of one NIR must give one pseudonym. */
		if (out->len == 15)
			out->len = 13;
		return 0;
	case NORM_DIGITS:
		for (i = 0; i < len; i++)
			if (s[i] >= '0' && s[i] <= '9' && buf_putc(out, s[i]) != 0)
				return -ENOMEM;
		return 0;
	case NORM_EXACT:
		return buf_append(out, s, len);
	}
	return -EINVAL;
}

int
norm_header(const char *s, size_t len, struct buf *out)
{
	struct buf stripped = BUF_INIT, text = BUF_INIT;
	size_t i;
	int r = 0;

	buf_reset(out);
	/* "N°" and "Nº" are both written and neither sign is part of the
	 * name; drop them before NFKD turns º into a letter. */
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] == 0xc2 && i + 1 < len &&
		    ((unsigned char)s[i + 1] == 0xb0 ||
		    (unsigned char)s[i + 1] == 0xba)) {
			i++;
			continue;
		}
		if ((r = buf_putc(&stripped, s[i])) != 0)
			goto out;
	}
	if ((r = norm_text(stripped.data ? stripped.data : "", stripped.len,
	    &text)) != 0)
		goto out;
	for (i = 0; i < text.len; i++) {
		unsigned char c = (unsigned char)text.data[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
			if ((r = buf_putc(out, (char)c)) != 0)
				goto out;
		}
	}
	if ((r = buf_putc(out, '\0')) != 0)
		goto out;
	out->len--;
 out:
	buf_free(&stripped);
	buf_free(&text);
	return r;
}
