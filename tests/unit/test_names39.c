/* Unit tests of names39 (docs/scrub.md "names39: ..."): the care
 * system's acronyms after a name written in mixed case ("Mme Durand HAS
 * ce jour"), a classification after a disease's word at a sentence's
 * start ("Œsophagite Savary grade II."), a town after "Appelle de" at a
 * sentence's start, the items of a list after "Mmes" ("Mmes PIGEON,
 * VIGNERON et CHAPELLE"), a word in a script beyond Latin after a cue
 * ("Appel de ДЮПОН"), an acronym of the tables written capitalized as a
 * name after a title ("M. Msa"), two initials with a space or a hyphen
 * beside a name ("A V Dupont").  Each case: what must go, and the
 * look-alike words that must stay in the default mode.  The detectors
 * alone (detect_run).  Every gone word was left raw on main 67bcba3,
 * every kept word of the precision tests was taken there. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* care_acronym_after_name: the body stays, the name goes */
TEST_SPAN_CASES(test_care_acronym_after_name, &test_default, &S,
	{ "Mme Durand HAS ce jour.", { "HAS", NULL },
	    { "Durand", NULL } },
	{ "M. Martin AT d\xc3\xa9" "clar\xc3\xa9.", { "AT", NULL },
	    { "Martin", NULL } },
	{ "Mme Dupont MAS demand\xc3\xa9" "e.", { "MAS", NULL },
	    { "Dupont", NULL } },
	{ "Paul Durand HAS pr\xc3\xa9venu.", { "HAS", NULL },
	    { "Paul", "Durand", NULL } })

/* a birth name in capitals after a name in capitals, or before a first
 * name, is still the name's */
TEST_SPAN_CASES(test_care_acronym_negatives, &test_default, &S,
	{ "Mme DURAND MAS ce jour.", { "ce", NULL },
	    { "DURAND", "MAS", NULL } },
	{ "Mme Martin DUPONT ce jour.", { "ce", NULL },
	    { "Martin", "DUPONT", NULL } })

/* classification_head: the disease's word capitalized at a sentence's
 * start is the head, not the classification's first word */
TEST_SPAN_CASES(test_classification_sentence_start, &test_default, &S,
	{ "\xc5\x92sophagite Savary grade II.", { "Savary", NULL },
	    { NULL } },
	{ "Gastrite Savary grade II.", { "Savary", NULL }, { NULL } },
	{ "\xc5\x92sophagite Dupont grade B.", { "grade", NULL },
	    { "Dupont", NULL } },
	{ "\xc5\x92sophagite Los Angeles grade B.", { "Los",
	    "Angeles", NULL }, { NULL } })

/* place_after_journey: "Appelle" capitalized at a sentence's start */
TEST_SPAN_CASES(test_journey_sentence_start, &test_default, &S,
	{ "Appelle de Florence ce matin.", { "Florence", NULL },
	    { NULL } },
	{ "Appel de Florence ce matin.", { "matin", NULL },
	    { "Florence", NULL } },
	{ "Appelle de Florence Martin.", { "Appelle", NULL },
	    { "Florence", "Martin", NULL } })

/* plural_title_items */
TEST_SPAN_CASES(test_plural_title_items, &test_default, &S,
	{ "Mmes PIGEON, VIGNERON et CHAPELLE pr\xc3\xa9sentes.",
	    { "pr\xc3\xa9sentes", NULL },
	    { "PIGEON", "VIGNERON", "CHAPELLE" } },
	{ "Mmes Pigeon, Vigneron et Chapelle.", { NULL },
	    { "Pigeon", "Vigneron", "Chapelle" } },
	{ "Mmes DUPONT, MARTIN et BRAS.", { NULL },
	    { "DUPONT", "MARTIN", "BRAS" } },
	{ "Mmes Pigeon & Vigneron.", { NULL },
	    { "Pigeon", "Vigneron", NULL } },
	{ "Mmes Dupont, kin\xc3\xa9 et IDE.", { "kin\xc3\xa9", "IDE",
	    NULL }, { "Dupont", NULL } },
	{ "Mmes Dupont, IDE et AS pr\xc3\xa9sentes.", { "IDE", "AS",
	    NULL }, { "Dupont", NULL } },
	{ "Mmes Pigeon et Vigneron, Doliprane 1 g.", { "Doliprane",
	    NULL }, { "Pigeon", "Vigneron", NULL } })

/* beyond_latin: no acronym in another script */
TEST_SPAN_CASES(test_other_script_after_cue, &test_default, &S,
	{ "Appel de \xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d ce jour.",
	    { "Appel", "jour", NULL },
	    { "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d", NULL } },
	{ "vu avec \xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d ce jour.",
	    { "jour", NULL },
	    { "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d", NULL } },
	{ "Vu par \xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d.",
	    { "Vu", NULL },
	    { "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d", NULL } },
	{ "Appel de \xce\xa0\xce\x91\xce\xa0\xce\x91\xce\xa3 ce jour.",
	    { "jour", NULL },
	    { "\xce\xa0\xce\x91\xce\xa0\xce\x91\xce\xa3", NULL } },
	{ "Appel de la MGEN ce jour.", { "MGEN", NULL }, { NULL } },
	{ "Dosage \xce\xb3-GT \xc3\xa9lev\xc3\xa9, "
	    "\xce\xb2-bloquant.", { "GT", "bloquant", NULL },
	    { NULL } })

/* table_acronym_capitalized */
TEST_SPAN_CASES(test_table_acronym_capitalized, &test_default, &S,
	{ "M. Msa a appel\xc3\xa9 ce jour.", { "jour", NULL },
	    { "Msa", NULL } },
	{ "Pte Ma\xc3\xablys Perrot pr\xc3\xa9venue.", { "Pte", NULL },
	    { "Ma\xc3\xablys", "Perrot", NULL } },
	{ "Dossier MSA \xc3\xa0 jour.", { "MSA", NULL }, { NULL } },
	{ "Dossier Msa \xc3\xa0 jour.", { "Msa", NULL }, { NULL } },
	{ "Appel de la Msa ce jour.", { "Msa", NULL }, { NULL } })

/* scan_spaced_initials */
TEST_SPAN_CASES(test_spaced_initials, &test_default, &S,
	{ "Vu avec J K Dupont ce jour.", { "Vu", "jour", NULL },
	    { "J", "K", "Dupont" } },
	{ "Vu avec J-K Dupont ce jour.", { "Vu", "jour", NULL },
	    { "J", "K", "Dupont" } },
	{ "Vu avec Dupont J K ce jour.", { "jour", NULL },
	    { "Dupont", "J", "K" } },
	{ "Vu par J K Lefort.", { "Vu", NULL },
	    { "J", "K", "Lefort" } },
	{ "MME DUPONT A VU LE MEDECIN.", { "VU", "MEDECIN", NULL },
	    { "DUPONT", NULL } },
	{ "Groupe A B O.", { "A", "B", "O" }, { NULL } },
	{ "Vitamine A D E.", { "A", "D", "E" }, { NULL } },
	{ "Mme Dupont, groupe A B.", { "A", "B", NULL },
	    { "Dupont", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_care_acronym_after_name),
		cmocka_unit_test(test_care_acronym_negatives),
		cmocka_unit_test(test_classification_sentence_start),
		cmocka_unit_test(test_journey_sentence_start),
		cmocka_unit_test(test_plural_title_items),
		cmocka_unit_test(test_other_script_after_cue),
		cmocka_unit_test(test_table_acronym_capitalized),
		cmocka_unit_test(test_spaced_initials),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
