/* Windows-1252 <-> UTF-8 by table (include/cp1252.h). */
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "cp1252.h"

/* Code points below this have their Windows-1252 byte in `from_cp`; the
 * highest the charset has is U+2122 (trade mark sign). */
#define CP_END	0x2200

static struct {
	char	len;		/* 0: undefined byte (iconv refuses it) */
	char	utf8[3];
} to_utf8[128];			/* bytes 0x80-0xff */
static unsigned char from_cp[CP_END];	/* 0: not in Windows-1252 */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int ready;	/* the tables are made (set after; read with acquire) */

/* Code point of a UTF-8 sequence of 2 or 3 bytes made by iconv. */
static uint32_t
decode(const unsigned char *u, int len)
{
	if (len == 2)
		return ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
	return ((uint32_t)(u[0] & 0x0f) << 12) | ((uint32_t)(u[1] & 0x3f) << 6) |
	    (u[2] & 0x3f);
}

static void
tables_init(void)
{
	iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
	char in, out[8], *ip, *op;
	size_t il, ol;

	if (cd == (iconv_t)-1)
		return;		/* no table: iconv for everything */
	for (unsigned b = 0x80; b < 0x100; b++) {
		in = (char)b;
		ip = &in;
		op = out;
		il = 1;
		ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
			continue;
		size_t len = sizeof(out) - ol;
		uint32_t cp;

		if (len < 2 || len > 3)
			continue;
		cp = decode((const unsigned char *)out, (int)len);
		if (cp >= CP_END || from_cp[cp] != 0)
			continue;
		to_utf8[b - 0x80].len = (char)len;
		memcpy(to_utf8[b - 0x80].utf8, out, len);
		from_cp[cp] = (unsigned char)b;
	}
	iconv_close(cd);
	__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
}

static int
tables(void)
{
	if (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
		pthread_once(&once, tables_init);
	return __atomic_load_n(&ready, __ATOMIC_ACQUIRE);
}

int
cp1252_to_utf8(const char *s, size_t n, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	char *d;

	buf_reset(out);
	if (!tables())
		return -ENOTSUP;
	/* Three bytes at most for one. */
	if (n > (SIZE_MAX - 1) / 3 || buf_reserve(out, n * 3 + 1) != 0)
		return -ENOMEM;
	d = out->data;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < 0x80) {
			*d++ = (char)p[i];
			continue;
		}
		if (to_utf8[p[i] - 0x80].len == 0)
			return -ENOTSUP;
		memcpy(d, to_utf8[p[i] - 0x80].utf8, 3);
		d += to_utf8[p[i] - 0x80].len;
	}
	out->len = (size_t)(d - out->data);
	return 0;
}

int
cp1252_from_utf8(const char *s, size_t n, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	char *d;
	size_t i;

	buf_reset(out);
	if (!tables())
		return -ENOTSUP;
	if (buf_reserve(out, n + 1) != 0)
		return -ENOMEM;
	d = out->data;
	for (i = 0; i < n; i++) {
		if (p[i] < 0x80) {
			*d++ = (char)p[i];
			continue;
		}
		/* Shortest forms only: anything else is iconv's to judge. */
		if (p[i] >= 0xc2 && p[i] <= 0xdf && i + 1 < n &&
		    (p[i + 1] & 0xc0) == 0x80) {
			cp = decode(p + i, 2);
			i += 1;
		} else if (p[i] >= 0xe0 && p[i] <= 0xef && i + 2 < n &&
		    (p[i + 1] & 0xc0) == 0x80 && (p[i + 2] & 0xc0) == 0x80 &&
		    (p[i] != 0xe0 || p[i + 1] >= 0xa0) &&
		    (p[i] != 0xed || p[i + 1] < 0xa0)) {
			cp = decode(p + i, 3);
			i += 2;
		} else {
			return -ENOTSUP;
		}
		if (cp >= CP_END || from_cp[cp] == 0)
			return -ENOTSUP;
		*d++ = (char)from_cp[cp];
	}
	out->len = (size_t)(d - out->data);
	return 0;
}
