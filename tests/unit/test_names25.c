/* Unit tests of the twenty-fifth names pass (docs/scrub.md "Names,
 * twenty-fifth pass (names25)"): a stranger's surname that is an
 * ordinary word, alone or with capitalized particles, as a sentence's
 * subject before a verb of will or speech and its object ("Pigeon refuse
 * le traitement", "Le Pen refuse le traitement", "Du Pont signale une
 * douleur"), and the core of a name after an Arabic particle a rule took
 * ("Louis Abou Nasser", "ABOU NASSER"), which main left raw.  Beside
 * them, the look-alikes that stay: a role, a body, a relative or a thing
 * as the subject ("Patient refuse", "Famille refuse", "Mutuelle refuse",
 * "Juge demande", "Kiné signale"), a participle written without its
 * accent ("Bilan demande.", "Scanner demande le 12/03", "Avis demande a
 * la cardio", "Traitement refuse ce midi"), a plural, an article before
 * an ordinary noun or a body ("La Poste refuse le colis", "La Caf refuse
 * le dossier", "Le Centre refuse le patient"), a function word after
 * "Ben"; lower-case particles after a first name ("Hugo de la Tour") and
 * a saint's compound after a first name or an initial ("Sophie Saint
 * Jean", "J. Sainte-Marie") beside where a person works, a town, a
 * hospital, a street ("Sophie de la Pharmacie", "Marie de Brest", "à
 * Saint-Louis", "Saint Jean de Luz", "CH Saint-Martin").  The
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

/* A bare surname that is an ordinary word before a person's act: gone
 * (main left it raw). */
TEST_SPAN_CASES(test_bare_word_subject, &test_default, &S,
	{ "Pigeon refuse le traitement ce soir.",
	    { "refuse", "traitement", NULL }, { "Pigeon", NULL } },
	{ "Nuit calme. Vigneron signale une douleur.",
	    { "Nuit", "douleur", NULL }, { "Vigneron", NULL } },
	{ "Chapelle dit que tout va bien.",
	    { "dit", "bien", NULL }, { "Chapelle", NULL } },
	{ "Tisserand souhaite rentrer \xc3\xa0 domicile.",
	    { "souhaite", "domicile", NULL }, { "Tisserand", NULL } },
	{ "Cordonnier ne veut pas manger.",
	    { "veut", "manger", NULL }, { "Cordonnier", NULL } },
	{ "IDE : Dauphin refuse la toilette.",
	    { "IDE", "toilette", NULL }, { "Dauphin", NULL } })

/* The same place held by a role, a body, a relative, a pronoun, a
 * weekday, a plural, or a note's noun before its participle written
 * without the accent: kept. */
TEST_SPAN_CASES(test_bare_word_subject_lookalikes, &test_default, &S,
	{ "Patient refuse le traitement.", { "Patient", NULL },
	    { NULL } },
	{ "Famille refuse le traitement.", { "Famille", NULL },
	    { NULL } },
	{ "Mutuelle refuse la prise en charge.", { "Mutuelle", NULL },
	    { NULL } },
	{ "Voisine appelle le service.", { "Voisine", NULL },
	    { NULL } },
	{ "Juge demande une expertise.", { "Juge", NULL }, { NULL } },
	{ "Kin\xc3\xa9 signale une douleur.", { "Kin\xc3\xa9", NULL },
	    { NULL } },
	{ "M\xc3\xa8re refuse le vaccin.", { "M\xc3\xa8re", NULL },
	    { NULL } },
	{ "Elle refuse le traitement.", { "Elle", NULL }, { NULL } },
	{ "Samedi refuse le traitement.", { "Samedi", NULL },
	    { NULL } },
	{ "Soins refuse la toilette.", { "Soins", NULL }, { NULL } },
	{ "Audiogramme demande. Bilan demande.",
	    { "Audiogramme", "Bilan", NULL }, { NULL } },
	{ "Scanner demande le 12/03 en urgence.", { "Scanner", NULL },
	    { NULL } },
	{ "Avis demande a la cardio.", { "Avis", "cardio", NULL },
	    { NULL } },
	{ "Traitement refuse ce midi.", { "Traitement", NULL },
	    { NULL } },
	{ "Pretre demande par la famille.", { "Pretre", NULL },
	    { NULL } },
	{ "Toilette refus\xc3\xa9" "e ce matin.", { "Toilette", NULL },
	    { NULL } })

/* Capitalized particles and a name's word at a sentence's start before
 * a person's act: the whole surname goes (main left it raw). */
TEST_SPAN_CASES(test_start_particle_subject, &test_default, &S,
	{ "Le Pen refuse le traitement ce soir.",
	    { "refuse", "traitement", NULL }, { "Le", "Pen", NULL } },
	{ "Du Pont signale une douleur.",
	    { "signale", "douleur", NULL }, { "Du", "Pont", NULL } },
	{ "De La Fontaine refuse le traitement.",
	    { "refuse", NULL }, { "La", "Fontaine", NULL } },
	{ "Nuit calme. La Rocca dit que tout va bien.",
	    { "Nuit", "dit", NULL }, { "La", "Rocca", NULL } },
	{ "Des Rosiers souhaite rentrer.",
	    { "souhaite", NULL }, { "Des", "Rosiers", NULL } })

/* An article at a sentence's start before an ordinary noun, a body, a
 * town, a title: kept, whatever the verb. */
TEST_SPAN_CASES(test_start_particle_lookalikes, &test_default, &S,
	{ "La Poste refuse le colis.", { "La", "Poste", NULL },
	    { NULL } },
	{ "La Caf refuse le dossier.", { "La", "Caf", NULL },
	    { NULL } },
	{ "La Cpam demande le formulaire.", { "La", "Cpam", NULL },
	    { NULL } },
	{ "Le Centre refuse le patient.", { "Le", "Centre", NULL },
	    { NULL } },
	{ "La Mutuelle signale un retard.", { "La", "Mutuelle", NULL },
	    { NULL } },
	{ "Le Havre signale une alerte.", { "Le", "Havre", NULL },
	    { NULL } },
	{ "Le Patient refuse le traitement.", { "Le", "Patient", NULL },
	    { NULL } },
	{ "La Famille refuse la visite.", { "La", "Famille", NULL },
	    { NULL } },
	{ "Du Pont refuse.", { "Du", "Pont", NULL }, { NULL } },
	/* a surname of the lists that is a French word */
	{ "La Fontaine refuse de couler.", { "La", "Fontaine", NULL },
	    { NULL } })

/* The core after an Arabic particle a rule took: gone (main left it
 * raw beside "Abou"). */
TEST_SPAN_CASES(test_arabic_particle_tail, &test_default, &S,
	{ "Louis Abou Nasser signale une douleur thoracique.",
	    { "signale", "douleur", NULL }, { "Abou", "Nasser", NULL } },
	{ "Vu avec ABOU NASSER ce jour.", { "Vu", "jour", NULL },
	    { "ABOU", "NASSER", NULL } },
	{ "MME ABOU NASSER LOUIS VUE CE JOUR.", { "VUE", "JOUR", NULL },
	    { "NASSER", "LOUIS", NULL } },
	{ "L. Abou Nasser pr\xc3\xa9venu ce jour.",
	    { "jour", NULL }, { "Abou", "Nasser", NULL } })

/* After "Ben" found, a function word, a date's word, a verb: kept. */
TEST_SPAN_CASES(test_arabic_particle_lookalikes, &test_default, &S,
	{ "Vu avec Ben Ce matin.", { "Ce", "matin", NULL }, { NULL } },
	{ "AVEC BEN ET SA FILLE.", { "ET", "FILLE", NULL }, { NULL } },
	{ "Vu avec Abou Samedi matin.", { "Samedi", "matin", NULL },
	    { NULL } })

/* Particles in lower case and a capitalized word after a first name
 * found or an initial: the surname (main left "de la Tour" raw). */
TEST_SPAN_CASES(test_lower_particle_surname, &test_default, &S,
	{ "Hugo de la Tour signale une douleur thoracique.",
	    { "signale", NULL }, { "Hugo", "Tour", NULL } },
	{ "Courrier de Hugo de la Tour re\xc3\xa7u ce matin.",
	    { "Courrier", NULL }, { "Hugo", "Tour", NULL } },
	{ "Cordialement. Hugo de la Tour", { "Cordialement", NULL },
	    { "Tour", NULL } },
	{ "H. de la Tour pr\xc3\xa9venu ce jour.", { "jour", NULL },
	    { "la", "Tour", NULL } })

/* A first name before where the person works, a town, a service: the
 * particles and the word after them kept. */
TEST_SPAN_CASES(test_lower_particle_lookalikes, &test_default, &S,
	{ "Sophie de la Pharmacie a appel\xc3\xa9.",
	    { "Pharmacie", NULL }, { NULL } },
	{ "Julie du Samu a appel\xc3\xa9.", { "Samu", NULL },
	    { NULL } },
	{ "Paul du Centre a appel\xc3\xa9.", { "Centre", NULL },
	    { NULL } },
	{ "Marie de Brest a appel\xc3\xa9.", { "Brest", NULL },
	    { NULL } },
	{ "Anne des Urgences a appel\xc3\xa9.", { "Urgences", NULL },
	    { NULL } },
	{ "Appel de Jean de la Mutuelle.", { "Mutuelle", NULL },
	    { NULL } },
	{ "Sophie de la Mairie a appel\xc3\xa9.", { "Mairie", NULL },
	    { NULL } },
	{ "Vitamine D. de la Roche", { "Vitamine", NULL }, { NULL } })

/* "Saint Jean" one space apart after a first name, a saint's compound
 * after an initial: the surname (main left it raw). */
TEST_SPAN_CASES(test_saint_surname, &test_default, &S,
	{ "Entretien avec Sophie Saint Jean ce jour.",
	    { "Entretien", "jour", NULL }, { "Saint", "Jean", NULL } },
	{ "Cordialement. Sophie Saint Jean", { "Cordialement", NULL },
	    { "Saint", "Jean", NULL } },
	{ "J. Sainte-Marie pr\xc3\xa9venu ce jour.", { "jour", NULL },
	    { "Sainte", "Marie", NULL } },
	{ "S. Saint Jean pr\xc3\xa9venu ce jour.", { "jour", NULL },
	    { "Saint", "Jean", NULL } })

/* Towns, hospitals and streets named after a saint: kept. */
TEST_SPAN_CASES(test_saint_lookalikes, &test_default, &S,
	{ "Transfert \xc3\xa0 Saint-Louis demain.",
	    { "Saint", "Louis", NULL }, { NULL } },
	{ "Vu Marie \xc3\xa0 Saint Jean de Luz.",
	    { "Saint", "Luz", NULL }, { NULL } },
	{ "Sortie vers Marie Saint Jean de Luz.",
	    { "Saint", "Luz", NULL }, { NULL } },
	{ "RDV au CH Saint-Martin demain.", { "Saint", "Martin", NULL },
	    { NULL } },
	{ "Sortie vers Saint-Martin demain.", { "Saint", "Martin", NULL },
	    { NULL } },
	{ "Vitamine D. Saint-Louis demain.", { "Saint", "Louis", NULL },
	    { NULL } },
	{ "Marie Saint-Jean-de-Luz", { "Saint", "Luz", NULL },
	    { NULL } })

/* Each rule reads a bounded window: a word and the two after it, three
 * particles and a word, a particle and a word. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Pigeon refuse le ", ". Pigeon refuse le ", ". Le Pen refuse le ",
		". Du De La Le ", "Louis Abou Nasser ", "ABOU BEN EL AL ",
		"Ben Ben Ben ", ". Vigneron ne veut ", "Hugo de la Tour ",
		"H. de la ", "Sophie Saint Jean ", "J. Sainte-Marie ",
		"Saint Saint ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bare_word_subject),
		cmocka_unit_test(test_bare_word_subject_lookalikes),
		cmocka_unit_test(test_start_particle_subject),
		cmocka_unit_test(test_start_particle_lookalikes),
		cmocka_unit_test(test_arabic_particle_tail),
		cmocka_unit_test(test_arabic_particle_lookalikes),
		cmocka_unit_test(test_lower_particle_surname),
		cmocka_unit_test(test_lower_particle_lookalikes),
		cmocka_unit_test(test_saint_surname),
		cmocka_unit_test(test_saint_lookalikes),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
