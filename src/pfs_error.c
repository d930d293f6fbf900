/* The engine's one error record and its one formatter (pfs_error.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pfs_error.h"

/* Append to buf[*off..len), counting what would not fit. */
static void __attribute__((format(printf, 4, 5)))
put(char *buf, size_t len, size_t *off, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(*off < len ? buf + *off : NULL, *off < len ?
	    len - *off : 0, fmt, ap);
	va_end(ap);
	if (n > 0)
		*off += (size_t)n;
}

int
pfs_error_format(const struct pfs_error *e, char *buf, size_t len)
{
	const char *sep = "";
	size_t off = 0;
	/* A place in the policy: "FILE:LINE", as compilers write it. */
	int in_config = e->in_config && e->file != NULL && e->line;

	if (len > 0)
		buf[0] = '\0';
	if (e->file != NULL) {
		put(buf, len, &off, "%s", e->file);
		sep = ": ";
	}
	if (in_config)
		put(buf, len, &off, ":%ld", e->line);
	else if (e->line && e->column)
		put(buf, len, &off, "%sline %ld, column %zu", sep, e->line,
		    e->column);
	else if (e->line)
		put(buf, len, &off, "%sline %ld", sep, e->line);
	else if (e->column)
		put(buf, len, &off, "%scolumn %zu", sep, e->column);
	if (e->line || e->column)
		sep = ": ";
	if (e->rule != NULL) {
		put(buf, len, &off, "%s%s", sep, e->rule);
		sep = ": ";
	}
	if (e->what != NULL) {
		put(buf, len, &off, "%s%s", sep, e->what);
		sep = ": ";
	}
	if (e->code != 0 && (e->what == NULL || e->with_errno))
		put(buf, len, &off, "%s%s", sep, strerror(e->code));
	return off > (size_t)0x7fffffff ? 0x7fffffff : (int)off;
}

void
pfs_error_report(const struct pfs_reporter *r, const struct pfs_error *e)
{
	if (r != NULL && r->fn != NULL)
		r->fn(r->arg, e);
}

void
pfs_error_sys(const struct pfs_reporter *r, const char *file, const char *what,
    int code)
{
	struct pfs_error e = { .code = code, .file = file, .what = what,
	    .with_errno = 1 };

	pfs_error_report(r, &e);
}

void
pfs_error_reportf(const struct pfs_reporter *r, int code, const char *fmt, ...)
{
	struct pfs_error e = { .code = code };
	char what[1024];
	va_list ap;

	if (r == NULL || r->fn == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	e.what = what;
	r->fn(r->arg, &e);
}
