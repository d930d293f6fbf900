/* Path globs, one component at a time. */
#include <fnmatch.h>
#include <limits.h>
#include <string.h>

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

/* Does the component glob g[0..gn) match the path component p[0..pn)? */
static int
comp_match(const char *g, size_t gn, const char *p, size_t pn)
{
	char gc[NAME_MAX + 1], pc[NAME_MAX + 1];

	if (gn > NAME_MAX || pn > NAME_MAX)
		return 0;
	memcpy(gc, g, gn);
	gc[gn] = '\0';
	memcpy(pc, p, pn);
	pc[pn] = '\0';
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
