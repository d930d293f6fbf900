/* Unit tests of the twenty-eighth names pass (docs/scrub.md "Names,
 * twenty-eighth pass (names28)"): a name on the line after its title
 * ("Vu avec Mme\nVigneron", "appel de M.\nPigeon Paul", "Dr\nChapelle",
 * "Mme\nDUPONT"), or after a tab or a vertical tab, which 8d0451f left
 * raw (a title took its name across one or two spaces only).  Beside
 * them, the look-alikes that stay: a letter's salutation
 * ("Madame,\nJe vous adresse"), a title alone at the text's end, an
 * acronym or a heading on the next line ("Mme\nRAS", "Docteur\nCompte
 * rendu"), an article.  The detectors alone (detect_run), without row
 * values, in both modes. */
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

/* A title at a line's end, the name at the next line's start: gone
 * (8d0451f left it). */
TEST_SPAN_CASES(test_title_line_break_name, &test_default, &S,
	{ "Vu avec Mme\nVigneron", { "Vu", NULL },
	    { "Vigneron", NULL } },
	{ "Vu avec Mme\nVigneron.\nTraitement inchang\xc3\xa9.",
	    { "Traitement", NULL }, { "Vigneron", NULL } },
	{ "Vu avec Mme\nVigneron\nRAS", { "RAS", NULL },
	    { "Vigneron", NULL } },
	{ "Rappel: appel de M.\nPigeon Paul", { "appel", NULL },
	    { "Pigeon", "Paul" } },
	{ "Avis du Dr\nChapelle", { "Avis", NULL },
	    { "Chapelle", NULL } },
	{ "Vu avec Mme\nDUPONT", { "Vu", NULL }, { "DUPONT", NULL } },
	{ "Vu avec Mme\r\nTisserand, sa fille.", { "fille", NULL },
	    { "Tisserand", NULL } },
	{ "Courrier de Madame\nCordonnier", { "Courrier", NULL },
	    { "Cordonnier", NULL } },
	{ "Courrier du Docteur\nPrince", { "Courrier", NULL },
	    { "Prince", NULL } })

/* The same across a tab or a vertical tab. */
TEST_SPAN_CASES(test_title_tab_name, &test_default, &S,
	{ "Vu avec Mme\tVigneron", { "Vu", NULL },
	    { "Vigneron", NULL } },
	{ "Vu avec Mme\vVigneron", { "Vu", NULL },
	    { "Vigneron", NULL } },
	{ "Avis du Dr\tDauphin", { "Avis", NULL },
	    { "Dauphin", NULL } },
	{ "appel de M.\vPigeon Paul", { "appel", NULL },
	    { "Pigeon", "Paul" } },
	/* a table written with tabs in a cell: the title's column */
	{ "Civilit\xc3\xa9\tNom\tService\nMme\tVigneron\tCardio",
	    { "Cardio", "Service" }, { "Vigneron", NULL } })

/* What stays: a salutation, a title at the text's end, an acronym, a
 * heading, an article, a role. */
TEST_SPAN_CASES(test_title_line_break_lookalikes, &test_default, &S,
	{ "Madame,\nJe vous adresse ce patient.", { "Je", "adresse" },
	    { NULL } },
	{ "Cher Monsieur,\nVoici le compte rendu.", { "Voici",
	    "compte" }, { NULL } },
	{ "Avis du Dr\n", { "Avis", NULL }, { NULL } },
	{ "Vu avec Mme\nRAS", { "RAS", "Vu" }, { NULL } },
	{ "Docteur\nCompte rendu d'hospitalisation", { "Compte",
	    "rendu" }, { NULL } },
	{ "Mme\nLe patient va bien.", { "Le", "patient" }, { NULL } },
	{ "Dr\nService de cardiologie", { "Service", "cardiologie" },
	    { NULL } },
	/* an ordinary word then lower case: a sentence's start (and so
	 * a leftover: the name before "ce jour" stays, docs/scrub.md) */
	{ "Mme\nVigneron ce jour.", { "jour", NULL }, { NULL } },
	{ "Cher Monsieur\nVoici le compte rendu.", { "Voici",
	    "compte" }, { NULL } },
	{ "Madame\nJe vous adresse ce patient.", { "Je", "adresse" },
	    { NULL } },
	{ "Mme\nTraitement inchang\xc3\xa9.", { "Traitement",
	    NULL }, { NULL } },
	{ "Destinataire : Madame\nObjet : consultation", { "Objet",
	    "consultation" }, { NULL } },
	{ "Docteur\nConclusion : RAS", { "Conclusion", NULL },
	    { NULL } },
	{ "Docteur\nCOMPTE RENDU", { "COMPTE", "RENDU" }, { NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Mme\n", "Mme\nVigneron ", "M.\nPigeon Paul\n", "Dr\t",
		"Dr\tChapelle\t", "Mme\vMme\n", "Madame,\nJe ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_line_break_name),
		cmocka_unit_test(test_title_tab_name),
		cmocka_unit_test(test_title_line_break_lookalikes),
		cmocka_unit_test(test_linear_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
