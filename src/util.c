/* Helpers shared by several modules (util.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int
util_iconv(iconv_t cd, const char *s, size_t n, struct buf *out, size_t *used)
{
	char *in = (char *)s, *dst;
	size_t left = n, room;
	int r = 0;

	buf_reset(out);
	iconv(cd, NULL, NULL, NULL, NULL);
	while (left > 0) {
		if ((r = buf_reserve(out, left * 2 + 16)) != 0)
			break;
		dst = out->data + out->len;
		room = out->cap - out->len;
		if (iconv(cd, &in, &left, &dst, &room) == (size_t)-1 &&
		    errno != E2BIG)
			r = -EILSEQ;
		out->len = (size_t)(dst - out->data);
		if (r != 0)
			break;
	}
	if (used != NULL)
		*used = n - left;
	return r;
}

struct dirent *
util_readdir(DIR *d)
{
	struct dirent *de;

	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			break;
	return de;
}

void
util_escape_controls(const char *s, char *out, size_t cap)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0, i, n;

	if (cap == 0)
		return;
	for (i = 0; p[i] != '\0'; i += n) {
		/* C1 is two bytes in UTF-8 (0xc2 0x80-0x9f); the line and
		 * paragraph separators and the bidirectional embeddings,
		 * overrides and isolates (U+2028-U+202E, U+2066-U+2069:
		 * "TNOPUD" shown as DUPONT) three: all their bytes escaped. */
		int c1 = p[i] == 0xc2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f;
		int bidi = p[i] == 0xe2 && ((p[i + 1] == 0x80 && p[i + 2] >= 0xa8 &&
		    p[i + 2] <= 0xae) || (p[i + 1] == 0x81 && p[i + 2] >= 0xa6 &&
		    p[i + 2] <= 0xa9));
		int ctl = p[i] < 0x20 || p[i] == 0x7f || c1 || bidi;

		n = bidi ? 3 : c1 ? 2 : 1;
		if (o + (ctl ? 4 * n : 1) >= cap)
			break;
		if (!ctl) {
			out[o++] = (char)p[i];
			continue;
		}
		for (size_t k = 0; k < n; k++) {
			out[o++] = '\\';
			out[o++] = 'x';
			out[o++] = hex[p[i + k] >> 4];
			out[o++] = hex[p[i + k] & 15];
		}
	}
	out[o] = '\0';
}

int
util_test_fault(const char *name)
{
	const char *v = getenv("PSEUDONYMFS_TEST_FAULT");
	size_t n = strlen(name);

	for (; v != NULL && *v != '\0'; v += strcspn(v, ","),
	    v += *v == ',')
		if (strncmp(v, name, n) == 0 && (v[n] == ',' || v[n] == '\0'))
			return 1;
	return 0;
}
