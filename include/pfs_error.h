/* One error record for the whole engine: what failed, where (a view path,
 * line, column, policy rule; or a place in the policy) and why (a text and
 * an errno), and one formatter for it.  Library code never prints: it fills
 * a record for its caller, or hands one to its caller's reporter, and each
 * program prints records its own way (program name, terminal, log).  The
 * start-up paths (policy, key, audit log, engine_open) report through a
 * reporter too: one channel from the first error to the last.  A record
 * never holds a source value: its strings are view paths, the paths the
 * user gave (policy, key, audit file), policy words and static texts. */
#ifndef PSEUDONYMFS_PFS_ERROR_H
#define PSEUDONYMFS_PFS_ERROR_H

#include <stddef.h>

/*
 * A call that can fail (0 or -errno, a count or -errno, a pointer that is
 * NULL on failure) is declared PFS_WUR, as libsodium marks its own: a
 * caller that drops the result does not build (-Werror).  A caller for
 * which a failure truly cannot matter still reads the result (GCC does
 * not take a cast to void for it) and says why in a comment.
 */
#if defined(__GNUC__) || defined(__clang__)
#define PFS_WUR	__attribute__((warn_unused_result))
#else
#define PFS_WUR
#endif

struct pfs_error {
	int		 code;		/* errno (positive); 0: none */
	const char	*file;		/* the view path it is about (the
					   policy's path: in_config), or
					   NULL */
	long		 line;		/* 1-based; 0: not about a line */
	size_t		 column;	/* 1-based; 0: not about a field */
	const char	*rule;		/* the deciding policy rule as the
					   policy writes it ("[file x]",
					   "[project] dirs"), or NULL */
	const char	*what;		/* static text, never a value; NULL:
					   the errno's text alone.  A reported
					   record's may be composed of policy
					   words and the user's paths
					   (pfs_error_reportf) */
	int		 with_errno;	/* what, then the errno's text */
	int		 in_config;	/* file is a text the user writes (the
					   policy) and line a line of it:
					   "FILE:LINE: ", as compilers and
					   sshd -t name a place in a file */
};

/* A reporter: where library code sends its records (synchronously; the
 * record's strings live until the call returns).  NULL: not reported. */
typedef void (*pfs_report_fn)(void *arg, const struct pfs_error *e);
struct pfs_reporter {
	pfs_report_fn	 fn;
	void		*arg;
};

/*
 * "FILE: line L, column C: RULE: WHAT: ERRNO TEXT" ("FILE:L: ..." for a
 * place in the policy, in_config), leaving out the parts
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

/* Report a record of errno `code` (positive) whose `what` is composed by
 * fmt, into a buffer that lives until r's function returns.  For the
 * start-up messages that name a path the user gave (the policy, the key,
 * the audit file) and say how to fix it; never a source value. */
void	pfs_error_reportf(const struct pfs_reporter *r, int code,
	    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
