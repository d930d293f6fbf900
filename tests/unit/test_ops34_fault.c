/*
 * test_ops34_fault.c - ops34: the scrub's tables that cannot be built.
 * detect_prepare names the table that failed (the cue table's two words,
 * from the project's lists); engine_prepare_detectors reports it for a
 * policy that scrubs and leaves a policy that does not alone; and
 * detect_run, the second line, still fails closed: no span, an error,
 * every time.  The fault is injected as the integration test does
 * (PSEUDONYMFS_TEST_FAULT=cue, before the first build: once a process).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "engine.h"
#include "icd10.h"

static char reported[2048];

static void
capture(void *arg, const struct pfs_error *e)
{
	(void)arg;
	pfs_error_format(e, reported, sizeof(reported));
}

static const struct pfs_reporter report = { capture, NULL };

static struct engine *
open_policy(const char *op)
{
	static const uint8_t master[KEYS_MASTER_BYTES] = { 7 };
	char text[512];
	struct engine *e = NULL;

	snprintf(text, sizeof(text), "[project]\nname = t\n\n[file f]\n"
	    "match = *.csv\n\n[column c]\nheaders = Commentaire\nop = %s\n",
	    op);
	assert_int_equal(engine_new(text, master, &e, &report), 0);
	return e;
}

static void
test_cue_collision(void **state)
{
	static const char raw[] = "Appeler Mme ZORGLUBINE au 06 12 34 56 78";
	const struct detect_options o = { DETECT_ALL, 0,
	    ICD10_SENSITIVE_DEFAULT, NULL, 0 };
	struct detect_scratch s = { 0 };
	struct engine *e;
	const char *what;

	(void)state;
	assert_int_equal(detect_prepare(&what), -EEXIST);
	assert_non_null(strstr(what, "the cue table: the cue words"));
	/* once a process: the same again */
	assert_int_equal(detect_prepare(&what), -EEXIST);
	/* the second line: every run fails, no span */
	for (int i = 0; i < 2; i++) {
		assert_int_not_equal(detect_run(&o, raw, strlen(raw), NULL, 0,
		    &s), 0);
		assert_int_equal(s.nspans, 0);
	}
	detect_scratch_free(&s);
	/* a policy that scrubs: refused, the table named, no raw value */
	e = open_policy("scrub");
	reported[0] = '\0';
	assert_int_equal(engine_prepare_detectors(e, 0, &report), -EEXIST);
	assert_non_null(strstr(reported, "the cue table"));
	assert_non_null(strstr(reported, "not started"));
	assert_null(strstr(reported, "ZORGLUB"));
	engine_free(e);
	/* a lexicon op needs the tables too */
	e = open_policy("analysis");
	assert_int_equal(engine_prepare_detectors(e, 0, &report), -EEXIST);
	engine_free(e);
	/* one that does neither starts; `always` (check) does not */
	e = open_policy("drop");
	reported[0] = '\0';
	assert_int_equal(engine_prepare_detectors(e, 0, &report), 0);
	assert_string_equal(reported, "");
	assert_int_equal(engine_prepare_detectors(e, 1, &report), -EEXIST);
	engine_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cue_collision),
	};

	if (setenv("PSEUDONYMFS_TEST_FAULT", "cue", 1) != 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
