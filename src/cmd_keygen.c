/* pseudonymize keygen: a new random key file (the work is in keys.c). */
#include <stdio.h>

#include "cmd.h"
#include "keys.h"

static int
run_keygen(int argc, char **argv)
{
	struct keys *k = NULL;

	if (argc != 2)
		cmd_usage_of("keygen", "expected one KEYFILE (a new file), got %d "
		    "operands", argc - 1);
	/* Read back: the id printed is the one of the bytes on disk. */
	if (keys_generate(argv[1], &cmd_errors) != 0 ||
	    keys_load(argv[1], &k, &cmd_errors) != 0)
		return 1;
	printf("%s: key id %s\n", argv[1], keys_id(k));
	keys_free(k);
	return fflush(stdout) == 0 ? 0 : 1;
}
const struct cmd cmd_keygen = {
	"keygen",
	"%s keygen KEYFILE\n",
	"  Writes a new random key, mode 0600, and prints its key id.\n",
	run_keygen,
};
