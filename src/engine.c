/* Engine set-up: policy first (its errors are the likelier ones), then the
 * key, then the keys of every operator. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <sodium.h>

#include "detect.h"
#include "engine.h"
#include "identity.h"
#include "names.h"
#include "pfs_error.h"
#include "policy.h"

/* [project] identity = PATH: its reloading state. */
static int
open_identity(struct engine *e, const struct pfs_reporter *report)
{
	int r;

	if (e->policy->identity_path == NULL)
		return 0;
	if ((r = identity_source_new(&e->identity)) != 0)
		pfs_error_sys(report, NULL, "identity source", -r);
	return r;
}

/* *out NULL until the caller's engine is whole, and a zeroed engine into
 * *e: 0, or -ENOMEM (reported). */
static int
engine_alloc(struct engine **out, struct engine **e,
    const struct pfs_reporter *report)
{
	*out = NULL;
	if ((*e = calloc(1, sizeof(**e))) == NULL) {
		pfs_error_sys(report, NULL, NULL, ENOMEM);
		return -ENOMEM;
	}
	return 0;
}

int
engine_open(const char *policy_path, const char *key_path, struct engine **out,
    const struct pfs_reporter *report)
{
	struct engine *e;
	int r;

	if ((r = engine_alloc(out, &e, report)) != 0)
		return r;
	if ((r = policy_load(policy_path, &e->policy, report)) != 0 ||
	    (r = keys_load(key_path, &e->keys, report)) != 0 ||
	    (r = policy_bind(e->policy, e->keys, report)) != 0 ||
	    (r = open_identity(e, report)) != 0) {
		engine_free(e);
		return r;
	}
	*out = e;
	return 0;
}

int
engine_new(const char *policy_text, const uint8_t master[KEYS_MASTER_BYTES],
    struct engine **out, const struct pfs_reporter *report)
{
	struct engine *e;
	int r;

	if ((r = engine_alloc(out, &e, report)) != 0)
		return r;
	if ((r = policy_load_string(policy_text, "policy", &e->policy,
	    report)) != 0)
		goto fail;
	if ((r = keys_from_bytes(master, &e->keys)) != 0) {
		pfs_error_sys(report, "key", NULL, -r);
		goto fail;
	}
	if ((r = policy_bind(e->policy, e->keys, report)) != 0 ||
	    (r = open_identity(e, report)) != 0)
		goto fail;
	*out = e;
	return 0;
 fail:
	engine_free(e);
	return r;
}

int
engine_open_unkeyed(const char *policy_path, struct engine **out,
    const struct pfs_reporter *report)
{
	struct engine *e;
	int r;

	if ((r = engine_alloc(out, &e, report)) != 0)
		return r;
	if ((r = policy_load(policy_path, &e->policy, report)) != 0) {
		engine_free(e);
		return r;
	}
	*out = e;
	return 0;
}

int
engine_prepare_detectors(const struct engine *e, int always,
    const struct pfs_reporter *report)
{
	const char *what;
	int need = always, r;

	for (size_t i = 0; !need && i < e->policy->ncolumns; i++) {
		const struct policy_column *c = policy_column_at(e->policy, i);

		need = policy_column_op(c) == OP_SCRUB ||
		    (policy_column_flags(c) & OP_F_LEXICON);
	}
	/* check's kept scan reads the name lists' sets too (names.c) */
	if (always && (r = names_prepare(1, &what)) != 0) {
		pfs_error_reportf(report, -r, "the name lists could not be "
		    "built: %s (%s): not started", what, strerror(-r));
		return r;
	}
	/* The mount and the exporter judge every file and directory name
	 * they show with the folded lists (names_sign: a kept name, a
	 * renamed file's extension, a header no rule names).  Built at
	 * their first name, a failure failed every name (ENOMEM): nothing
	 * shown or exported and the cause nowhere (ops34's leftover). */
	if (!always && (r = names_prepare(0, &what)) != 0) {
		pfs_error_reportf(report, -r, "the file-name lists could not "
		    "be built: %s (%s); no file name can be judged without "
		    "them: not started", what, strerror(-r));
		return r;
	}
	if (!need || (r = detect_prepare(&what)) == 0)
		return 0;
	pfs_error_reportf(report, -r, "the scrub's tables could not be "
	    "built: %s (%s); no cell can be scrubbed without them: not "
	    "started", what, strerror(-r));
	return r;
}

void
engine_free(struct engine *e)
{
	if (e == NULL)
		return;
	identity_source_free(e->identity);
	engine_own_free(e);
	policy_free(e->policy);
	keys_free(e->keys);
	free(e);
}

int
engine_protect_process(void)
{
	struct rlimit none = { 0, 0 };

	/* A core dump or a debugger attached by another process of the same
	 * user would show raw cells and the key: neither is allowed. */
	if (setrlimit(RLIMIT_CORE, &none) == -1 ||
	    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == -1)
		return -errno;
	/* A file size limit (ulimit -f, systemd's LimitFSIZE=) must make a
	 * write fail with EFBIG, handled like a full disk: the audit record
	 * is not written and the open refused, the first pass keeps what it
	 * has, the exporter fails the file and removes its temporary.  Its
	 * default signal killed the daemon at a recipient's `ls -l` of a
	 * large file (a dead mount, a chain without its unmount record). */
	if (signal(SIGXFSZ, SIG_IGN) == SIG_ERR)
		return -errno;
	return 0;
}

int
engine_is_key_file(const struct engine *e, int dir_fd, const char *name,
    const struct stat *st)
{
	uint8_t bytes[KEYS_MASTER_BYTES + 1];
	ssize_t n;
	int fd, is;

	if (e->keys == NULL || !S_ISREG(st->st_mode))
		return 0;
	if (keys_is_file(e->keys, st))
		return 1;
	if (st->st_size != KEYS_MASTER_BYTES)
		return 0;
	/* Unreadable: the view could not show it either. */
	if ((fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC)) == -1)
		return 0;
	n = read(fd, bytes, sizeof(bytes));
	close(fd);
	is = n > 0 && keys_is_master(e->keys, bytes, (size_t)n);
	sodium_memzero(bytes, sizeof(bytes));
	return is;
}

int
engine_attach_source(const struct engine *e, int root_fd)
{
	return identity_source_attach(e->identity, root_fd);
}
