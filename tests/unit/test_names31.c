/* Unit tests of names31 (docs/scrub.md "Names, thirtieth pass
 * (names31)"): "PR" in capitals before a surname and a visit's
 * participle, "Le" and a surname of the lists before "est" and a
 * visit's state, two ordinary words after kin, a syllable that is a
 * place after an east-Asian name.  Each case: what must go
 * in both modes, and the look-alike words that must stay in the default
 * mode.  The detectors alone (detect_run). */
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

/* caps_pr_before_visit: "PR" in capitals, which is_title refuses (a
 * rheumatoid arthritis), as the professor's title before an ordinary
 * word shaped as a surname and a participle of a call or a visit.
 * Every gone word here was left raw on batch23 2fd84d3. */
TEST_SPAN_CASES(test_caps_pr_before_visit, &test_default, &S,
	{ "PR VIGNERON PREVENU.", { NULL }, { "VIGNERON", NULL } },
	{ "PR PIGEON APPELE CE MATIN.", { "MATIN", NULL },
	    { "PIGEON", NULL } },
	{ "RAS. PR CHAPELLE CONTACTE.", { "RAS", NULL },
	    { "CHAPELLE", NULL } },
	{ "PR TISSERAND INFORME DU RESULTAT.", { "RESULTAT", NULL },
	    { "TISSERAND", NULL } })

/* The disease and the posts after "PR" stay (passes on batch23 too). */
TEST_SPAN_CASES(test_caps_pr_keeps_disease, &test_default, &S,
	{ "PR EROSIVE CONNUE.", { "EROSIVE", "CONNUE" }, { NULL } },
	{ "PR RHUMATOIDE PREVENU.", { "RHUMATOIDE", NULL }, { NULL } },
	{ "PR SENIOR PREVENU.", { "SENIOR", NULL }, { NULL } },
	{ "PR DE GARDE PREVENU.", { "GARDE", NULL }, { NULL } },
	{ "PR CARDIOLOGUE APPELE.", { "CARDIOLOGUE", NULL },
	    { NULL } })

/* start_particle_subject: "Le" and a surname of the lists at a
 * sentence's start before "est" and a visit's state (left on batch23);
 * a body or a note's noun there stays. */
TEST_SPAN_CASES(test_le_surname_est_state, &test_default, &S,
	{ "Le Roux est passé.", { "passé", NULL }, { "Roux", NULL } },
	{ "Le Brun est venu avec sa fille.", { "fille", NULL },
	    { "Brun", NULL } },
	{ "Le Centre est prévenu.", { "Centre", NULL }, { NULL } },
	{ "Le Patient est sorti.", { "Patient", NULL }, { NULL } },
	{ "Le Samu est passé.", { "Samu", NULL }, { NULL } },
	{ "Le Médecin est passé.", { "Médecin", NULL }, { NULL } },
	{ "Le Traitement est arrêté.", { "Traitement", NULL },
	    { NULL } })

/* kin_word_pair: two ordinary words after kin, then what follows a
 * person (left on batch23: the first word was followed by the second,
 * not by a person's verb). */
TEST_SPAN_CASES(test_kin_two_words, &test_default, &S,
	{ "sa fille colombe pigeon a appelé.", { "appelé", NULL },
	    { "colombe", "pigeon" } },
	{ "son fils modeste vigneron passera demain.", { "demain",
	    NULL }, { "modeste", "vigneron" } },
	{ "sa sœur perle chapelle (06 12 34 56 78).", { "sœur", NULL },
	    { "perle", "chapelle" } },
	{ "sa nièce colombe tisserand", { "nièce", NULL },
	    { "colombe", "tisserand" } })

/* A trade and its qualifier, a state after kin stay (passes on batch23
 * too: the precision side). */
TEST_SPAN_CASES(test_kin_two_words_keeps_trades, &test_default, &S,
	{ "son mari chauffeur routier a appelé.", { "chauffeur",
	    "routier" }, { NULL } },
	{ "sa fille chef cuisinière a appelé.", { "chef",
	    "cuisinière" }, { NULL } },
	{ "son fils maçon couvreur a appelé.", { "maçon", "couvreur" },
	    { NULL } },
	{ "son fils cadet malade a appelé.", { "cadet", "malade" },
	    { NULL } })

/* asian_given_tail: a syllable of three letters that Dicollecte lists
 * as a place, after a surname of four capitals and a given name (left
 * on batch23: "Wai"); after a French surname of more capitals the place
 * stays the sentence's ("MARTIN Eva Wai"). */
TEST_SPAN_CASES(test_asian_syllable_place, &test_default, &S,
	{ "Vu avec WONG Kar Wai ce jour.", { "jour", NULL },
	    { "WONG", "Wai" } },
	{ "WONG Kar Wai a appelé.", { "appelé", NULL },
	    { "Kar", "Wai" } },
	{ "Vu avec MARTIN Eva Wai ce jour.", { "Wai", NULL },
	    { "MARTIN", "Eva" } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_caps_pr_before_visit),
		cmocka_unit_test(test_caps_pr_keeps_disease),
		cmocka_unit_test(test_le_surname_est_state),
		cmocka_unit_test(test_kin_two_words),
		cmocka_unit_test(test_kin_two_words_keeps_trades),
		cmocka_unit_test(test_asian_syllable_place),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
