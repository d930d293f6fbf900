/* Unit tests of the twenty-sixth hostile pass (docs/threat-model.md
 * "Hostile review, twenty-sixth pass (hostile26)"): DEL (0x7f), the C1
 * controls U+0080-U+009F and the line and paragraph separators U+2028,
 * U+2029 between a cue and a name.  Hostile25 made the C0 control bytes
 * read as spaces (textnorm's `controls`); these were left: no detector
 * knew them as a separator, so the name after "Mme", "sa fille", "Dr"
 * went through raw, through the exporter and the mount alike.  C1
 * controls are what a Windows-1252 export read as Latin-1 and written
 * again as UTF-8 holds for its "…", "’", "–", "€"; U+2028 what a text
 * pasted from a word processor or a web page holds for a line break.
 * The detectors alone (detect_run), in both modes. */
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

/* DEL; U+0080 ("€" read as Latin-1), U+0085 ("…", also NEL), U+0092
 * ("’"), U+0096 ("–"), U+009F; U+2028, U+2029. */
static const char *const CONTROLS[] = { "\x7f", "\xc2\x80", "\xc2\x85",
    "\xc2\x92", "\xc2\x96", "\xc2\x9f", "\xe2\x80\xa8", "\xe2\x80\xa9" };

/* Each control where the space after a cue was: the name goes, as with
 * the space (the surnames are ordinary words in no name list). */
static void
test_del_and_c1_as_space(void **state)
{
	static const struct {
		const char	*before, *after;
		const char	*gone[2];
	} forms[] = {
		{ "Vu avec Mme", "Vigneron ce matin.", { "Vigneron", NULL } },
		{ "Appel de sa fille", "Cordonnier ce soir.", { "Cordonnier",
		    NULL } },
		{ "Patiente", "Pigeon vue ce jour.", { "Pigeon", NULL } },
		{ "Transmis au Dr", "Tisserand ce jour.", { "Tisserand",
		    NULL } },
		{ "Vu avec M.", "Chapelle, son fils.", { "Chapelle", NULL } },
		{ "Rappeler au", "06 12 34 56 78 demain.", { "06 12 34 56 78",
		    NULL } },
	};
	char text[128];

	(void)state;
	for (size_t f = 0; f < N(forms); f++)
		for (size_t c = 0; c < N(CONTROLS); c++) {
			snprintf(text, sizeof(text), "%s%s%s", forms[f].before,
			    CONTROLS[c], forms[f].after);
			test_spans_both_modes(&test_default, &S, text,
			    forms[f].gone, 1, NULL, 0);
		}
}

/* The controls between a phone number's pairs and inside a name after a
 * cue: read as spaces, the number and both names go; the words around
 * an ordinary sentence stay (nothing more is taken than with a space). */
static void
test_del_and_c1_inside(void **state)
{
	static const char *const kept[] = { "Examen", "normal" };
	char text[160], *p;

	(void)state;
	for (size_t c = 0; c < N(CONTROLS); c++) {
		const char *k = CONTROLS[c];
		const char *gone_phone[] = { "06", "12", "34" };
		const char *gone_name[] = { "Prince", "Dauphin" };

		p = text;
		p += sprintf(p, "Joindre au 06%s12%s34%s56%s78 le soir.", k, k,
		    k, k);
		test_spans_both_modes(&test_default, &S, text, gone_phone,
		    N(gone_phone), NULL, 0);
		snprintf(text, sizeof(text), "Vu avec Mme%sPrince%sDauphin ce "
		    "matin.", k, k);
		test_spans_both_modes(&test_default, &S, text, gone_name,
		    N(gone_name), NULL, 0);
		snprintf(text, sizeof(text), "Examen%snormal ce jour.", k);
		test_spans_both_modes(&test_default, &S, text, NULL, 0, kept,
		    N(kept));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_del_and_c1_as_space),
		cmocka_unit_test(test_del_and_c1_inside),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
