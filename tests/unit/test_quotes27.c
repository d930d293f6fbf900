/* Unit tests of the twenty-fourth pass's quoted names (docs/scrub.md
 * "Quoted names, twenty-fourth pass (quotes27)"), hostile27's leftovers
 * (docs/threat-model.md "Hostile review, twenty-seventh pass
 * (hostile27)"): a surname in single quotes (' ', ‘ ’, ‹ ›) after a
 * title, a relative or a role, and a surname that is an ordinary word in
 * any quotes after a relative or a role ("sa fille « Cordonnier »"),
 * which hostile27 took only if the word was a name by itself.  The
 * detectors alone, in both modes; each case that takes a name failed on
 * main. */
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

/* A title, then a single quote: the capitalized words in it go, as in
 * double quotes (surnames that are ordinary words in no name list). */
TEST_SPAN_CASES(test_title_single_quoted_name, &test_default, &S,
	{ "Vu avec Mme 'Vigneron' ce matin.", { "Vu", "matin" },
	    { "Vigneron" } },
	{ "Vu avec Mme 'Vigneron'.", { "Vu", "avec" },
	    { "Vigneron" } },
	{ "RDV avec Mme 'Dauphin', sa voisine.", { "RDV",
	    "voisine" }, { "Dauphin" } },
	{ "Transmis au Dr \xe2\x80\x98Pigeon\xe2\x80\x99 pour avis.",
	    { "Transmis", "avis" }, { "Pigeon" } },
	{ "Appel de M. \xe2\x80\xb9" "Chapelle\xe2\x80\xba hier.",
	    { "Appel", "hier" }, { "Chapelle" } },
	{ "Vu avec Mme \xe2\x80\xb9 Tisserand \xe2\x80\xba ce jour.",
	    { "Vu", "jour" }, { "Tisserand" } },
	{ "Avis du Dr 'Prince Cordonnier' ce jour.", { "Avis",
	    "jour" }, { "Prince", "Cordonnier" } },
	/* lower case, or never closed: no name */
	{ "Mme 'va bien' selon elle.", { "va", "bien" }, { NULL } })

/* A relative or a role, then one capitalized word in quotes: a surname
 * even when it is an ordinary word (ordinary_surname_word), in double or
 * single quotes. */
TEST_SPAN_CASES(test_kin_role_quoted_surname, &test_default, &S,
	{ "Appel de sa fille \xc2\xab Cordonnier \xc2\xbb ce soir.",
	    { "Appel", "soir" }, { "Cordonnier" } },
	{ "Son fils \"Pigeon\" a appel\xc3\xa9.", { "Son", "fils" },
	    { "Pigeon" } },
	{ "Vue avec l'infirmi\xc3\xa8re \xc2\xab Dauphin \xc2\xbb ce "
	    "matin.", { "Vue", "matin" }, { "Dauphin" } },
	{ "Vu avec le voisin \xe2\x80\x9cVigneron\xe2\x80\x9d hier.",
	    { "Vu", "voisin" }, { "Vigneron" } },
	{ "Vu avec la voisine \xe2\x80\xb9" "Chapelle\xe2\x80\xba "
	    "hier.", { "Vu", "hier" }, { "Chapelle" } },
	{ "Vu avec sa tutrice \xe2\x80\x98Pigeon\xe2\x80\x99 hier.",
	    { "Vu", "hier" }, { "Pigeon" } },
	{ "Sa m\xc3\xa8re \xe2\x80\x98Tisserand\xe2\x80\x99 "
	    "pr\xc3\xa9venue.", { "Sa" }, { "Tisserand" } },
	/* what stays: lower case, a word no surname is, a phrase */
	{ "Appel de sa fille \xc2\xab ador\xc3\xa9" "e \xc2\xbb ce "
	    "soir.", { "Appel", "soir" }, { NULL } },
	{ "Son fils \"Urgent\" a appel\xc3\xa9.", { "Son", "Urgent" },
	    { NULL } },
	{ "Son fils \"Important\" a appel\xc3\xa9.", { "Son",
	    "Important" }, { NULL } },
	{ "L'infirmi\xc3\xa8re \xc2\xab Important \xc2\xbb ce "
	    "jour.", { "Important", "jour" }, { NULL } },
	{ "Sa fille \xc2\xab Tout Va Bien \xc2\xbb ce soir.", {
	    "Tout", "Bien" }, { NULL } })

/* An apostrophe is an elision as often: "'" opens a quote only after a
 * space, "(" or the start, and closes only before a space, a punctuation
 * or the end; a quote never closed takes nothing. */
TEST_SPAN_CASES(test_apostrophe_not_quote, &test_default, &S,
	{ "Son fils 'Important ce soir.", { "Important", "soir" },
	    { NULL } },
	{ "Voir le fils d'Urgence' demain.", { "Urgence",
	    "demain" }, { NULL } },
	{ "Vu par l'Urgence'", { "Vu", "Urgence" }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_single_quoted_name),
		cmocka_unit_test(test_kin_role_quoted_surname),
		cmocka_unit_test(test_apostrophe_not_quote),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
