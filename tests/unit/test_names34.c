/* Unit tests of names34 (docs/scrub.md "Names, thirty-third pass
 * (names34)"): a surname's particles and core in capitals after kin or a
 * title; an east-Asian name in capitals with no cue at a line's or a
 * list's head; an ordinary-word surname before a first name found and a
 * colon or a person's act; a name in quotes after a word that brings a
 * person, a phrase of two to four name-shaped words in quotes after kin;
 * a double surname after a ward's word.  Each case: what must go in both
 * modes, and the look-alike words that must stay in the default mode.
 * The detectors alone (detect_run).  Every gone word of the rule tests
 * was left raw on main b885052. */
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

/* caps_particle_surname: kin or a title in capitals, "DU", "DE LA",
 * "LE", "LA", then an ordinary word, a street's word (FAILS on main). */
TEST_SPAN_CASES(test_caps_particles, &test_default, &S,
	{ "SON FILS DU PONT A APPELE.", { "FILS", NULL },
	    { "PONT", NULL } },
	{ "VU AVEC MME DE LA TOUR CE JOUR.", { "JOUR", NULL },
	    { "TOUR", NULL } },
	{ "APPEL DE MME DU PIGEON.", { "APPEL", NULL },
	    { "PIGEON", NULL } },
	{ "SA FILLE DU VIGNERON A APPELE.", { "FILLE", NULL },
	    { "VIGNERON", NULL } },
	{ "SA FILLE DE LA TOUR A APPELE.", { "FILLE", NULL },
	    { "TOUR", NULL } },
	{ "SON FILS DE LA CHAPELLE.", { "FILS", NULL },
	    { "CHAPELLE", NULL } },
	{ "DR DU PONT.", { NULL }, { "PONT", NULL } },
	{ "SON FILS DU DAUPHIN A APPELE.", { "APPELE", NULL },
	    { "DAUPHIN", NULL } })

/* Clinical words after particles with no title nor kin, time, place,
 * office and place of work, a pronoun before a verb: stay (passes on
 * main too). */
TEST_SPAN_CASES(test_caps_particles_keep_words, &test_default, &S,
	{ "SOINS DE LA PLAIE.", { "PLAIE", "SOINS", NULL }, { NULL } },
	{ "VU EN CS DU SOIR.", { "SOIR", NULL }, { NULL } },
	{ "PIC DE LA FIEVRE.", { "FIEVRE", NULL }, { NULL } },
	{ "SON FILS DU COIN.", { "COIN", NULL }, { NULL } },
	{ "DR DU SERVICE.", { "SERVICE", NULL }, { NULL } },
	{ "MME DE LA BANQUE A APPELE.", { "BANQUE", NULL }, { NULL } },
	{ "DR DE GARDE.", { "GARDE", NULL }, { NULL } },
	{ "SA FILLE LA RAMENE.", { "RAMENE", NULL }, { NULL } },
	{ "SON FILS LE CONDUIRA DEMAIN.", { "CONDUIRA", NULL },
	    { NULL } },
	{ "SON FILS DU PREMIER MARIAGE A APPELE.",
	    { "PREMIER", "MARIAGE", NULL }, { NULL } },
	{ "MME LA CADRE A APPELE.", { "CADRE", NULL }, { NULL } },
	{ "SA MERE DE LA CAMPAGNE A APPELE.", { "CAMPAGNE", NULL },
	    { NULL } },
	{ "CADRE DE LA NUIT.", { "NUIT", NULL }, { NULL } })

/* asian_line_head, asian_syllable_evidence: a family name of the list
 * and two syllables in capitals heading a line or a list's item, no cue
 * (FAILS on main). */
TEST_SPAN_CASES(test_asian_caps_lines, &test_default, &S,
	{ "LEE MIN HO", { NULL }, { "LEE", "MIN", NULL } },
	{ "NGUYEN VAN AN", { NULL }, { "NGUYEN", "VAN", NULL } },
	{ "LEE MIN HO, NGUYEN VAN AN.", { NULL }, { "LEE", "NGUYEN",
	    NULL } },
	{ "- KIM JI WOO", { NULL }, { "KIM", "WOO", NULL } },
	{ "TAN BOON HUAT", { NULL }, { "TAN", "BOON", "HUAT" } },
	{ "WONG CHI WAI", { NULL }, { "WONG", "WAI", NULL } },
	{ "RAS.\nHOANG VAN DUC", { "RAS", NULL }, { "HOANG", "DUC",
	    NULL } })

/* A family name of the list before terms, function words, states, or
 * two letters before a term: stays (passes on main too). */
TEST_SPAN_CASES(test_asian_caps_keeps_notes, &test_default, &S,
	{ "TAN ET TA OK", { "TAN", NULL }, { NULL } },
	{ "SUN EN CS", { "SUN", NULL }, { NULL } },
	{ "KIM IRM FAITE", { "KIM", "IRM", NULL }, { NULL } },
	{ "HAN TA BAS", { "HAN", "BAS", NULL }, { NULL } },
	{ "LI NA BAS", { "BAS", NULL }, { NULL } },
	{ "TAN LA NUIT", { "NUIT", NULL }, { NULL } },
	{ "NG SUR PLACE", { "PLACE", NULL }, { NULL } },
	{ "MOON NUIT", { "MOON", "NUIT", NULL }, { NULL } },
	{ "Bilan : CRP NA BAS.", { "CRP", "BAS", NULL }, { NULL } })

/* first_name_then_person: an ordinary-word surname at a sentence's start
 * before a first name found and a colon, a call, a visit, "vu" (FAILS on
 * main: the surname was left). */
TEST_SPAN_CASES(test_head_surname_person, &test_default, &S,
	{ "Vigneron Maxime : fracture du radius.", { "fracture", NULL },
	    { "Vigneron", NULL } },
	{ "Chapelle Louis : chute ce matin.", { "chute", NULL },
	    { "Chapelle", NULL } },
	{ "Dauphin Emma passera demain.", { "demain", NULL },
	    { "Dauphin", NULL } },
	{ "Prince Louis : RDV lundi.", { "RDV", NULL },
	    { "Prince", NULL } },
	{ "Vigneron Maxime vu ce jour.", { "jour", NULL },
	    { "Vigneron", NULL } })

/* Persons, groups, acts, states, sizes before a first name: stay
 * (passes on main too). */
TEST_SPAN_CASES(test_head_surname_keeps_nouns, &test_default, &S,
	{ "Chute Marie : fracture du col.", { "Chute", NULL },
	    { NULL } },
	{ "Enfant Lucas : fièvre.", { "Enfant", NULL }, { NULL } },
	{ "Urgences Maxime : fièvre.", { "Urgences", NULL },
	    { NULL } },
	{ "Bébé Emma : fièvre.", { "Bébé", NULL }, { NULL } },
	{ "Famille Louis prévenue.", { "Famille", NULL }, { NULL } },
	{ "Maman Louis a appelé.", { "Maman", NULL }, { NULL } },
	{ "Pansement Louis : fait.", { "Pansement", NULL }, { NULL } },
	{ "Consultation Louis : RAS.", { "Consultation", NULL },
	    { NULL } },
	{ "Fracture Louis : plâtre.", { "Fracture", NULL }, { NULL } },
	{ "Chapelle ardente.", { "Chapelle", "ardente", NULL },
	    { NULL } })

/* quote_call_cue, quote_ordinary_run: a quoted ordinary word after a
 * call, a message, "vu avec"; a quoted phrase of name-shaped words after
 * kin (FAILS on main). */
TEST_SPAN_CASES(test_quoted_names, &test_default, &S,
	{ "appel de \xc2\xab Pigeon \xc2\xbb ce matin.", { "appel", NULL },
	    { "Pigeon", NULL } },
	{ "message de \"Vigneron\" hier.", { "message", NULL },
	    { "Vigneron", NULL } },
	{ "vu avec \xc2\xab Dauphin \xc2\xbb ce jour.", { "jour", NULL },
	    { "Dauphin", NULL } },
	{ "courrier de \xc2\xab Chapelle \xc2\xbb re\xc3\xa7u.",
	    { "courrier", NULL }, { "Chapelle", NULL } },
	{ "de la part de \xc2\xab Tisserand \xc2\xbb.", { "part", NULL },
	    { "Tisserand", NULL } },
	{ "sa fille \xc2\xab Prince Cordonnier \xc2\xbb a appel\xc3\xa9.",
	    { "fille", NULL }, { "Prince", "Cordonnier", NULL } })

/* States, labels, persons, phrases in quotes there: stay (passes on main
 * too). */
TEST_SPAN_CASES(test_quoted_keeps_words, &test_default, &S,
	{ "appel de \xc2\xab Urgence \xc2\xbb ce matin.",
	    { "Urgence", NULL }, { NULL } },
	{ "message de \xc2\xab Bienvenue \xc2\xbb affich\xc3\xa9.",
	    { "Bienvenue", NULL }, { NULL } },
	{ "lettre de \xc2\xab Motivation \xc2\xbb jointe.",
	    { "Motivation", NULL }, { NULL } },
	{ "courrier de \xc2\xab Sortie \xc2\xbb envoy\xc3\xa9.",
	    { "Sortie", NULL }, { NULL } },
	{ "message de \xc2\xab Maman \xc2\xbb re\xc3\xa7u.",
	    { "Maman", NULL }, { NULL } },
	{ "appel de \xc2\xab Papi \xc2\xbb hier.", { "Papi", NULL },
	    { NULL } },
	{ "sa fille \xc2\xab Tout Va Bien \xc2\xbb dit-elle.",
	    { "Tout", "Bien", NULL }, { NULL } },
	{ "sa fille \xc2\xab Bonne Nuit \xc2\xbb chant\xc3\xa9" "e.",
	    { "Bonne", "Nuit", NULL }, { NULL } },
	{ "son fils \xc2\xab Le Petit Prince \xc2\xbb lu.",
	    { "Petit", "Prince", NULL }, { NULL } },
	{ "sa m\xc3\xa8re \xc2\xab Joyeux Anniversaire \xc2\xbb.",
	    { "Joyeux", "Anniversaire", NULL }, { NULL } },
	{ "vu avec \xc2\xab Madame \xc2\xbb ce jour.", { "Madame", NULL },
	    { NULL } })

/* ward_eponym: a first part among the commonest surnames
 * (D_COMMONLAST) before a surname of the lists is a person's double
 * name (FAILS on main); a ward named after a given name and a surname,
 * or a surname no list has, stays; a pharmacy's owner of that list
 * still goes (D_COMMONLAST let through where only names' bits may be). */
static void
test_ward_double_surname(void **state)
{
	static const struct test_span_case cases[] = {
		{ "transfert service Martin-Durand.", { "transfert", NULL },
		    { "Martin", "Durand", NULL } },
		{ "service Bernard-Martin a appel\xc3\xa9.", { "service", NULL },
		    { "Bernard", "Martin", NULL } },
		{ "service Thomas-Durand.", { "service", NULL },
		    { "Thomas", "Durand", NULL } },
	};
	static const struct test_span_case keep[] = {
		{ "Service Claude-Bernard, 3e \xc3\xa9tage.",
		    { "Claude", "Bernard", NULL }, { NULL } },
		{ "service Robert-Debr\xc3\xa9.", { "Robert", NULL }, { NULL } },
		{ "service Jean-Dausset.", { "Jean", "Dausset", NULL },
		    { NULL } },
		{ "R\xc3\xa9" "animation Claude-Bernard 2",
		    { "Claude", "Bernard", NULL }, { NULL } },
		{ "pharmacie pr\xc3\xa9venue (Pharmacie Delattre).",
		    { "pharmacie", NULL }, { "Delattre", NULL } },
		{ "\xc3\xa0 la Pharmacie Lamy, 3 place", { "Pharmacie", NULL },
		    { "Lamy", NULL } },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	test_span_cases(&test_default, &S, keep, N(keep));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_caps_particles),
		cmocka_unit_test(test_caps_particles_keep_words),
		cmocka_unit_test(test_asian_caps_lines),
		cmocka_unit_test(test_asian_caps_keeps_notes),
		cmocka_unit_test(test_head_surname_person),
		cmocka_unit_test(test_head_surname_keeps_nouns),
		cmocka_unit_test(test_quoted_names),
		cmocka_unit_test(test_quoted_keeps_words),
		cmocka_unit_test(test_ward_double_surname),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
