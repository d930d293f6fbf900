/* Re-identification for the key holder: which source rows a token stands
 * for.  The only code that prints raw cells; pseudonymize reveal restricts
 * where they go and records each use (docs/threat-model.md).  Knows
 * nothing of FUSE. */
#ifndef PSEUDONYMFS_REVEAL_H
#define PSEUDONYMFS_REVEAL_H

#include <stddef.h>
#include <stdio.h>

#include "engine.h"
#include "pfs_error.h"

#define REVEAL_MAX_TOKEN	128

struct reveal_totals {
	unsigned long	files;		/* source files scanned */
	unsigned long	failed;		/* files that could not be read */
	unsigned long	found;		/* tokens found at least once */
	unsigned long	missing;	/* tokens found nowhere */
};

/*
 * Scan src (a directory, as the exporter walks it, or one file matched by
 * its base name or by `as`) under the engine's policy and key, and write to
 * out, for each token, every row whose view holds it (cell tokens, `nir`
 * tokens and fake NIRs, whatever their separators) and every file whose
 * view name holds it (rename = token): the source path, the line, and the
 * row's raw cells under their headers, control characters escaped.
 * Files that cannot be read go to `report`, by their source path (escaped):
 * reveal is the key holder's tool.  0, or -errno if src cannot be read at
 * all.
 */
int	reveal_run(const struct engine *e, const char *src, const char *as,
	    const char *const *tokens, size_t ntokens, FILE *out,
	    const struct pfs_reporter *report, struct reveal_totals *t) PFS_WUR;

/* Where reveal's raw cells may go: standard output if it is a terminal,
 * or a new file at path (created 0600, never overwritten) outside the
 * source directory src.  Anything else (a pipe,
 * a redirection nobody named, a file in the tree a mount shows) is
 * refused: NULL, and a record reported says so. */
FILE	*reveal_open_output(const char *path, const char *src,
	    const struct pfs_reporter *report) PFS_WUR;

/* One audit record per token (event "reveal", the token as path), before
 * anything is revealed: a reveal that cannot be recorded does not happen.
 * path NULL: to syslog, refused when no syslog daemon listens.
 * 0 or -errno with one record reported. */
int	reveal_audit(const struct engine *e, const char *path,
	    const char *const *tokens, size_t ntokens,
	    const struct pfs_reporter *report) PFS_WUR;

#endif
