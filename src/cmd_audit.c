/* pseudonymize audit-verify: the hash chain of a rotated series of audit
 * logs (the work is in audit.c, docs/operations-audit.md). */
#include <errno.h>
#include <stdio.h>

#include "audit.h"
#include "cmd.h"

/* Exit 0 if the chain holds, 1 at the first broken record, 2 if a file
 * cannot be read, 3 if the chain holds but a daemon's mount or unmount
 * record is missing (docs/operations-audit.md). */
static int
run_audit_verify(int argc, char **argv)
{
	unsigned warnings = 0;
	int r;

	if (argc < 2)
		cmd_usage_of("audit-verify", "expected one audit file or more "
		    "(a rotated series, oldest first)");
	r = audit_verify_sessions((const char *const *)argv + 1,
	    (size_t)argc - 1, stdout, &warnings);
	if (r == 0 && warnings)
		return 3;
	return r == 0 ? 0 : r == -EBADMSG ? 1 : 2;
}
const struct cmd cmd_audit_verify = {
	"audit-verify",
	"%s audit-verify FILE...   (a rotated series, oldest first)\n",
	"  Checks the hash chain of the access log of pseudonymfs -o audit=\n"
	"  (or of reveal --audit): docs/operations-audit.md.\n"
	"  Exit 0 the chain is intact; 1 at the first broken record; 2 a\n"
	"  file cannot be read; 3 intact, but a daemon's session is\n"
	"  incomplete (a mount or unmount record missing: a \"warning:\" line).\n",
	run_audit_verify,
};
