/* Fuzz target: the policy parser (policy_load_string) on arbitrary text,
 * then, for a policy it accepts, binding to a key and matching files and
 * headers as the exporter and the mount do.  A refusal must come with one
 * error record (pfs_error.h), naming the policy, whose text is
 * NUL-terminated in a buffer too short for it. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "pfs_error.h"
#include "policy.h"

#define FUZZ_MAX_INPUT	(256u << 10)

static void
fuzz_die(const char *what)
{
	fprintf(stderr, "fuzz_policy: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct refusal {
	int	count;
	char	text[128];
};

static void
keep_refusal(void *arg, const struct pfs_error *e)
{
	struct refusal *rf = arg;

	rf->count++;
	if (e->file == NULL || strcmp(e->file, "f.policy") != 0 || e->code <= 0)
		fuzz_die("a refusal that does not name the policy and an errno");
	pfs_error_format(e, rf->text, sizeof(rf->text));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *paths[] = {
		"patients.csv", "labo/resultats.tsv", "export_X.csv", "a/b/c.csv",
		".hidden.csv", "x", "",
	};
	static const char *headers[] = { "ipp", "nom", "nsejour", "", "a" };
	uint8_t master[KEYS_MASTER_BYTES];
	struct policy *p = NULL;
	struct keys *k = NULL;
	struct refusal rf = { 0 };
	struct pfs_reporter report = { keep_refusal, &rf };
	char *text;
	int r;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	/* The parser reads a C string: a NUL in the file ends it, as
	 * policy_load() would see it after its own checks. */
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	memset(rf.text, 'Z', sizeof(rf.text));
	r = policy_load_string(text, "f.policy", &p, &report);
	if (r != 0) {
		if (p != NULL)
			fuzz_die("a refused policy was returned");
		if (rf.count != 1)
			fuzz_die("a refusal without exactly one error record");
		if (memchr(rf.text, '\0', sizeof(rf.text)) == NULL)
			fuzz_die("an error message without its NUL");
		if (r > 0)
			fuzz_die("a positive return");
		goto out;
	}
	memset(master, 0x5a, sizeof(master));
	if (keys_from_bytes(master, &k) != 0)
		fuzz_die("keys_from_bytes");
	if (policy_bind(p, k, NULL) == 0) {
		for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
			const struct policy_file *f = policy_match_file(p, paths[i]);

			for (size_t j = 0; f != NULL && j < sizeof(headers) / sizeof(headers[0]);
			    j++)
				if (policy_match_column(p, f, headers[j]) !=
				    policy_match_column(p, f, headers[j]))
					fuzz_die("a header matched two ways");
		}
	}
	if (strlen(p->hash) != POLICY_HASH_HEX - 1)
		fuzz_die("a policy without its hash");
out:
	policy_free(p);
	keys_free(k);
	free(text);
	return 0;
}
