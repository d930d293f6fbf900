/* Path globs, one component at a time. */
#include <fnmatch.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>

#include "pathglob.h"

/* Length of the component at s (up to '/' or the end). */
static size_t
comp_len(const char *s)
{
	const char *slash = strchr(s, '/');

	return slash ? (size_t)(slash - s) : strlen(s);
}

/* The next component after one of length n, or NULL at the end. */
static const char *
next_comp(const char *s, size_t n)
{
	return s[n] == '/' ? s + n + 1 : NULL;
}

static int
is_starstar(const char *s, size_t n)
{
	return n == 2 && s[0] == '*' && s[1] == '*';
}

const char *
pathglob_check(const char *glob)
{
	const char *g = glob;
	int starstar = 0;

	if (*glob == '\0')
		return "a glob may not be empty";
	if (*glob == '/')
		return "a glob is relative to the source root: it may not "
		    "start with '/'";
	for (; g != NULL; ) {
		size_t n = comp_len(g);

		if (n == 0)
			return "a glob may not hold an empty component ('//' "
			    "or a final '/')";
		if (n > NAME_MAX)
			return "a glob component is longer than a file name";
		if (is_starstar(g, n)) {
			if (++starstar > PATHGLOB_MAX_STARSTAR)
				return "a glob may hold at most 4 '**'";
		} else if (memmem(g, n, "**", 2) != NULL) {
			return "'**' must be a whole component ('a/**/b.csv'); "
			    "'*' never matches '/'";
		}
		g = next_comp(g, n);
	}
	return NULL;
}

/* s[0..n) as a C string into out (NAME_MAX * 4 + 1 bytes), in NFC when it
 * is UTF-8 beyond ASCII: a name copied from macOS is decomposed
 * ("re\xcc\x81sultats.csv"), a policy typed elsewhere composed
 * ("résultats*.csv"), and both mean one name.  0, or -1 if too long. */
static int
comp_nfc(const char *s, size_t n, char *out)
{
	uint8_t *res;
	size_t len = NAME_MAX * 4;
	int ascii = 1;

	for (size_t i = 0; i < n && ascii; i++)
		ascii = (unsigned char)s[i] < 0x80;
	if (!ascii && (res = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n,
	    (uint8_t *)out, &len)) != NULL) {
		if (res != (uint8_t *)out) {
			free(res);
			return -1;
		}
		out[len] = '\0';
		return 0;
	}
	memcpy(out, s, n);	/* ASCII, or not UTF-8: its bytes */
	out[n] = '\0';
	return 0;
}

/* Does the component glob g[0..gn) match the path component p[0..pn)? */
static int
comp_match(const char *g, size_t gn, const char *p, size_t pn)
{
	char gc[NAME_MAX * 4 + 1], pc[NAME_MAX * 4 + 1];

	if (gn > NAME_MAX || pn > NAME_MAX || comp_nfc(g, gn, gc) != 0 ||
	    comp_nfc(p, pn, pc) != 0)
		return 0;
	return fnmatch(gc, pc, 0) == 0;
}

/* g and p point at a component each, or are NULL past the last. */
static int
match_from(const char *g, const char *p)
{
	while (g != NULL) {
		size_t gn = comp_len(g), pn;

		if (is_starstar(g, gn)) {
			const char *rest = next_comp(g, gn);

			/* Zero or more directories: try every suffix of p.
			 * A final "**" matches one or more components. */
			if (rest == NULL)
				return p != NULL;
			for (; p != NULL; p = next_comp(p, comp_len(p)))
				if (match_from(rest, p))
					return 1;
			return 0;
		}
		if (p == NULL)
			return 0;
		pn = comp_len(p);
		if (!comp_match(g, gn, p, pn))
			return 0;
		g = next_comp(g, gn);
		p = next_comp(p, pn);
	}
	return p == NULL;
}

int
pathglob_match(const char *glob, const char *path)
{
	if (*path == '\0')
		return 0;
	return match_from(glob, path);
}
