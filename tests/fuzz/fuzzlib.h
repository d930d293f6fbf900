/* What the engine harnesses share: dying with a message, and the one
 * engine each builds from its policy.  Header-only because libFuzzer and
 * tests/fuzz/replay.c each build a harness from its one source; define
 * FUZZ_NAME (the harness's name, for messages) before including it. */
#ifndef FUZZLIB_H
#define FUZZLIB_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "engine.h"
#include "pfs_error.h"

static struct engine *fuzz_engine;

static void
fuzz_die(const char *what)
{
	fprintf(stderr, "%s: %s\n", FUZZ_NAME, what);
	abort();
}

/* Why the fuzz policy did not load, on stderr. */
static void
fuzz_report(void *arg, const struct pfs_error *e)
{
	char text[1024];

	(void)arg;
	pfs_error_format(e, text, sizeof(text));
	fprintf(stderr, "%s\n", text);
}

/* fuzz_engine from policy, on the first call only, under the master key
 * whose byte i is i * mul + add (each harness its own key). */
static void
fuzz_init(const char *policy, unsigned mul, unsigned add)
{
	uint8_t master[KEYS_MASTER_BYTES];

	if (fuzz_engine != NULL)
		return;
	for (size_t i = 0; i < sizeof(master); i++)
		master[i] = (uint8_t)(i * mul + add);
	if (engine_new(policy, master, &fuzz_engine,
	    &(struct pfs_reporter){ fuzz_report, NULL }) != 0)
		fuzz_die("the fuzz policy does not load");
}

#endif
