/* Unit tests of the twenty-third names pass (docs/scrub.md "Names,
 * twenty-third pass (names23)"): the particles of a surname beside an
 * initial or paired at a sentence's start, which names22 left raw beside
 * the rest of the name ("S. Le Roux prévenu": "Le"; "De La Cruz refuse":
 * "De"), and the whole name after or before an initial where the word
 * after the particle is in no list or is an ordinary word ("C. Du Pont
 * prévenu", "J. Le Pen", "Vu avec Des Rosiers H."), probed with surnames
 * that are words (Pigeon, Vigneron, Chapelle).  Beside each, the
 * look-alikes that stay: an article at a sentence's start ("Le patient
 * refuse", "De plus"), a town after "à" ("La Roche-sur-Yon"), a letter
 * that qualifies a word before it ("Vitamine D. Le Dr", "Hépatite B. La
 * Roche-sur-Yon"), a street ("Rue Du Pont B."), "Van" as a vehicle.
 * And a surname that is a word before a first name after "je suis"
 * ("Je suis Dauphin Hugo"), beside "Je suis Infirmière Marie"; a
 * record's fields in capitals with no separator ("NOM ZILBERMAN /
 * PRENOM NOA"), beside "LE NOM PARKINSON / RAS".  The
 * detectors alone (detect_run), without row values, in both modes. */
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

/* The particle of a name found, right after an initial or first of two
 * capitalized particles at a sentence's start, goes with the name (main
 * left "Le", "De" raw). */
TEST_SPAN_CASES(test_particle_beside_initial, &test_default, &S,
	{ "S. Le Roux pr\xc3\xa9venu ce jour.", { NULL },
	    { "Le", "Roux", NULL } },
	{ "L. Le Bris pr\xc3\xa9venu ce jour.", { NULL },
	    { "Le", "Bris", NULL } },
	{ "J. De Oliveira pr\xc3\xa9venu ce jour.", { NULL },
	    { "De", "Oliveira", NULL } },
	{ "De La Cruz refuse le traitement ce soir.", { NULL },
	    { "De", "Cruz", NULL } },
	/* an article at a sentence's start, no initial, no
	 * second particle */
	{ "Le patient refuse. De plus il dort mal.",
	    { "patient", "plus", NULL }, { NULL } },
	{ "Vu ce jour. La Roche-sur-Yon demain.", { "Vu", "demain",
	    NULL }, { NULL } },
	{ "Le Van de l'h\xc3\xb4pital est en panne.", { "Le", "Van",
	    NULL }, { NULL } })

/* A surname with its capitalized particles beside an initial, where the
 * word after the particles is in no list or is an ordinary word: the
 * whole name goes (main left it raw). */
TEST_SPAN_CASES(test_initial_particle_name, &test_default, &S,
	{ "C. Du Pont pr\xc3\xa9venu ce jour.", { "pr\xc3\xa9venu",
	    NULL }, { "Du", "Pont", NULL } },
	{ "J. Le Pen pr\xc3\xa9venu ce jour.", { NULL },
	    { "Le", "Pen", NULL } },
	{ "S. La Rocca pr\xc3\xa9venu ce jour.", { NULL },
	    { "La", "Rocca", NULL } },
	{ "H. Des Rosiers pr\xc3\xa9venu ce jour.", { NULL },
	    { "Des", "Rosiers", NULL } },
	{ "L. De La Fontaine pr\xc3\xa9venu ce jour.", { NULL },
	    { "De", "Fontaine", NULL } },
	{ "S. Le Pigeon pr\xc3\xa9venu ce jour.", { NULL },
	    { "Le", "Pigeon", NULL } },
	{ "Appel de M. Le Vigneron ce matin.", { "Appel", NULL },
	    { "Le", "Vigneron", NULL } },
	{ "Vu avec Du Pont C. ce matin.", { "Vu", "avec", NULL },
	    { "Du", "Pont", NULL } },
	{ "Vu avec La Chapelle B. ce matin.", { "Vu", "avec", NULL },
	    { "La", "Chapelle", NULL } },
	/* a letter that qualifies the word before it, a street, a
	 * town after "à" */
	{ "Vitamine D. Le Patient refuse.", { "Le", "Patient",
	    NULL }, { NULL } },
	{ "Vitamine D. Le Dr passera.", { "Le", NULL }, { NULL } },
	{ "Rue Du Pont B. ce jour.", { "Du", "Pont", NULL },
	    { NULL } },
	{ "Vu \xc3\xa0 La Roche B. demain.", { "La", NULL },
	    { NULL } })

/* After a sender's cue ("je suis"), a surname that is an ordinary word
 * written before a first name of the lists: both go (main left the
 * surname raw, and "Marie" too, ambiguous alone). */
TEST_SPAN_CASES(test_sender_surname_first, &test_default, &S,
	{ "Je suis Dauphin Hugo, son fils.", { "fils", NULL },
	    { "Dauphin", "Hugo", NULL } },
	{ "Bonjour, je suis Pigeon Marie, la fille de la patiente.",
	    { "fille", NULL }, { "Pigeon", "Marie", NULL } },
	{ "Je suis Vigneron Claire.", { NULL },
	    { "Vigneron", "Claire", NULL } },
	{ "Je suis Chapelle Sophie, sa fille.", { NULL },
	    { "Chapelle", "Sophie", NULL } },
	/* a word of the tables before the first name, no first
	 * name after the word */
	{ "Je suis Infirmi\xc3\xa8re Marie.", { "Infirmi\xc3\xa8re",
	    NULL }, { NULL } },
	{ "Bisous Maman Marie.", { "Maman", NULL }, { NULL } },
	{ "Je suis Aide Soignante.", { "Aide", "Soignante", NULL },
	    { NULL } })

/* A record's fields in capitals, the label and its value with no
 * separator ("NOM ZILBERMAN / PRENOM NOA"): the values go, an ordinary
 * word's too (main left them raw). */
TEST_SPAN_CASES(test_caps_record_fields, &test_default, &S,
	{ "Fiche : NOM ZILBERMAN / PRENOM NOA / DDN 03/04/2006",
	    { "NOM", "PRENOM", NULL }, { "ZILBERMAN", "NOA", NULL } },
	{ "NOM PIGEON / PRENOM HUGO / 2e TS", { "NOM", NULL },
	    { "PIGEON", "HUGO", NULL } },
	{ "NOM VIGNERON | PRENOM CLAIRE | SERVICE", { "SERVICE", NULL },
	    { "VIGNERON", "CLAIRE", NULL } },
	/* no field: an article before the label, a sentence */
	{ "LE NOM PARKINSON / RAS", { "PARKINSON", NULL }, { NULL } },
	{ "AU NOM DE LA LOI", { "LOI", NULL }, { NULL } },
	{ "NOM PATIENT / RAS", { "PATIENT", NULL }, { NULL } })

/* Each rule reads three particles and a word each side of an
 * initial. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"C. Du Pont ", "C. Du ", "Du Pont C. ", "S. Le Roux ",
		"De La Cruz refuse. ", "De La ", "C. De La Du Le ",
		"Le Du C. ",
		"Je suis Dauphin Hugo, ", "je suis Pigeon Marie ",
		"Je suis Pigeon ", "NOM PIGEON / ", "NOM ZILBERMAN ",
		"/ NOM NOA ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_particle_beside_initial),
		cmocka_unit_test(test_initial_particle_name),
		cmocka_unit_test(test_sender_surname_first),
		cmocka_unit_test(test_caps_record_fields),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
