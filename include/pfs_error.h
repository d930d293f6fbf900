/* One error record for the whole engine: what failed, where in the view
 * (view path, line, column, policy rule) and why (a static text and an
 * errno), and one formatter for it.  Library code never prints: it hands
 * a record to its caller's reporter, and each program prints records its
 * own way (program name, terminal).  A record never holds a source value:
 * its strings are view paths, policy labels and static texts. */
#ifndef PSEUDONYMFS_PFS_ERROR_H
#define PSEUDONYMFS_PFS_ERROR_H

#include <stddef.h>

/*
 * A call that can fail (0 or -errno, a count or -errno, a pointer that is
 * NULL on failure) is declared PFS_WUR, as libsodium marks its own: a
 * caller that drops the result does not build (-Werror).  A caller for
 * which the failure truly cannot matter says why in a comment and casts
 * to void.
 */
#if defined(__GNUC__) || defined(__clang__)
#define PFS_WUR	__attribute__((warn_unused_result))
#else
#define PFS_WUR
#endif

struct pfs_error {
	int		 code;		/* errno (positive); 0: none */
	const char	*file;		/* the view path it is about, or NULL */
	long		 line;		/* 1-based; 0: not about a line */
	size_t		 column;	/* 1-based; 0: not about a field */
	const char	*rule;		/* the deciding policy rule as the
					   policy writes it ("[file x]",
					   "[project] dirs"), or NULL */
	const char	*what;		/* static text, never a value; NULL:
					   the errno's text alone */
	int		 with_errno;	/* what, then the errno's text */
};

/* A reporter: where library code sends its records (synchronously; the
 * record's strings live until the call returns).  NULL: not reported. */
typedef void (*pfs_report_fn)(void *arg, const struct pfs_error *e);
struct pfs_reporter {
	pfs_report_fn	 fn;
	void		*arg;
};

/*
 * "FILE: line L, column C: RULE: WHAT: ERRNO TEXT", leaving out the parts
 * the record does not have, into buf (always NUL-terminated when len > 0).
 * Returns the length the whole text needs, as snprintf does.
 */
int	pfs_error_format(const struct pfs_error *e, char *buf, size_t len);

/* Hand e to r (nothing if r or r->fn is NULL). */
void	pfs_error_report(const struct pfs_reporter *r, const struct pfs_error *e);

/* The common record: `what` about `file`, followed by the text of errno
 * `code` (positive). */
void	pfs_error_sys(const struct pfs_reporter *r, const char *file,
	    const char *what, int code);

#endif
