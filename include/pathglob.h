/* Path globs for [file] and [dir] rules: fnmatch(3) one component at a
 * time, so `*`, `?` and brackets never match '/' (FNM_PATHNAME), plus `**`
 * as a whole component for "any number of directories, none included".
 * Matching is anchored at the source root and case-sensitive, on names in
 * NFC (a decomposed "é" from macOS matches a composed one). */
#ifndef PSEUDONYMFS_PATHGLOB_H
#define PSEUDONYMFS_PATHGLOB_H

#include "pfs_error.h"

/* At most this many `**` in one glob: each one multiplies the work of a
 * match by the path's depth. */
#define PATHGLOB_MAX_STARSTAR 4

/* Is the glob usable?  NULL, or why not ("a glob is relative to the source
 * root: it may not start with '/'"). */
const char *pathglob_check(const char *glob) PFS_WUR;

/* 1 if `path` (relative to the source root, components separated by one
 * '/') matches `glob`, else 0.  The glob must have passed pathglob_check. */
int	pathglob_match(const char *glob, const char *path);

#endif
