/* Unit tests of the twenty-seventh hostile pass (docs/threat-model.md
 * "Hostile review, twenty-seventh pass (hostile27)"): a surname in
 * quotes right after a title.  A CSV export quotes a cell that holds a
 * quote and doubles it (`"Vu avec Mme ""Vigneron"""`), and a note quotes
 * a name the way it quotes anything (« », “ ”): scan_titles stops at the
 * quote, and cue_nicknames took a quoted name only after "dit", "alias"
 * or a naming verb, so "Mme \"Vigneron\"" went through raw, through the
 * exporter and the mount alike.  The detectors alone, in both modes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A title, then a quote: the capitalized words in it go, as after a
 * space (the surnames are ordinary words in no name list). */
TEST_SPAN_CASES(test_title_quoted_name, &test_default, &S,
	{ "Vu avec Mme \"Vigneron\" ce matin.", { "Vu", "matin" },
	    { "Vigneron" } },
	{ "Vu avec Mme « Vigneron » ce matin.", { "Vu", "matin" },
	    { "Vigneron" } },
	{ "Vu avec Mme «Vigneron» ce matin.", { "Vu", "matin" },
	    { "Vigneron" } },
	{ "Vu avec M. “Pigeon” ce jour.", { "Vu", "jour" },
	    { "Pigeon" } },
	{ "Transmis au Dr \"Tisserand\" pour avis.", { "Transmis",
	    "avis" }, { "Tisserand" } },
	{ "Appel du Dr « Chapelle Prince », cardiologue.", { "Appel",
	    "cardiologue" }, { "Chapelle", "Prince" } },
	{ "Patiente vue avec Madame \"Dauphin\", sa voisine.", {
	    "Patiente", "voisine" }, { "Dauphin" } },
	{ "RDV avec Mr \"Cordonnier\" demain.", { "RDV", "demain" },
	    { "Cordonnier" } },
	/* a relative or a role: a name by itself only */
	{ "Appel de sa fille « Dupont » ce soir.", { "Appel", "soir" },
	    { "Dupont" } },
	{ "Son fils \"Urgent\" a appelé.", { "Son", "Urgent" },
	    { NULL } },
	{ "Mme \"va bien\" selon elle.", { "va", "bien" }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_quoted_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
