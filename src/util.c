/* Helpers shared by several modules (util.h). */
#include <errno.h>
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
