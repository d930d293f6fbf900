/* Unit tests for the names of the lists used as things (issue 10, helper
 * namesprec10; docs/scrub.md "namesprec10"): an eponym in its context, a
 * town after "à", a firm after who employs or houses.  Each rule with its
 * negative: a person of the same name, written as one, still goes.  In
 * both modes, with and without the row's own names. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "detect.h"

#define SPANCHECK_MARKED
#include "spancheck.h"

/* An eponym before "'s" and a clinical noun, or after "selon" when the
 * English medical dictionary has it: kept.  The same names after a
 * title, before another noun, and names "selon" introduces that are
 * first names or no entry of the dictionary: gone. */
static void
test_eponyms_in_context_kept(void **state)
{
	(void)state;
	check_marked("Poche de Douglas libre, {Hartmann}'s pouch intact, "
	    "{Bell}'s palsy ruled out.", NULL, NULL);
	check_marked("Nodule de 9 mm, a controler selon {Fleischner} a 3 mois, "
	    "by-pass en Y selon {Roux}.", NULL, NULL);
	check_marked("Vu ce jour. Mr [Hartmann]'s sign, then M. [Hartmann] "
	    "called.", NULL, NULL);
	check_marked("Entretien : selon [Fatou], il dort mal ; selon [Dupont] "
	    "aussi.", NULL, NULL);
	/* the row's own surname, used as an eponym */
	check_marked("Mme [Fleischner] [Anne], nodule a revoir selon "
	    "{Fleischner}.", "Fleischner", "Anne");
}

/* An eponym right after a title is a surname when a first name follows
 * it; the disease of the same name stays, and so does an eponym after a
 * title with no first name after it. */
static void
test_eponym_surnames_after_title(void **state)
{
	(void)state;
	check_marked("Mme [Parkinson] [Eleanor] (pas de lien avec la maladie "
	    "de {Parkinson}) consulte.", NULL, NULL);
	check_marked("Neurologie : Mme [Broca] [Yvette], aphasie de {Broca} "
	    "apres AVC.", NULL, NULL);
	check_marked("M. [Crohn] [Bastien] pour douleurs, pas de maladie de "
	    "{Crohn}. Le Dr {Parkinson} a decrit la maladie.", NULL, NULL);
}

/* A commune after "à" (and, when it is also a first name, after a verb
 * of place) or after "de" and a place of care is a town, the row's
 * surname too.  After a verb that gives to someone, or before a name, it
 * is a person. */
static void
test_towns_after_a_kept(void **state)
{
	(void)state;
	check_marked("Patient M. [Lyon] [Mathieu] ne a {Lyon}, adresse par le "
	    "CHU de {Lyon}.", "Lyon", "Mathieu");
	check_marked("M. [Kaczmarek], SCA, transfere a {Nancy} en urgence.",
	    NULL, NULL);
	check_marked("Resultats communiques a [Nancy] [Martin] ce jour.",
	    NULL, NULL);
	check_marked("Vu avec M. [Lyon]. Il a dit a [Nancy] de rappeler.",
	    NULL, NULL);
}

/* A commune of several words after "à" is a town, a saint's name of
 * two words and the row's own compound surname too; the same name after
 * a first name or a title still goes. */
static void
test_compound_towns_after_a_kept(void **state)
{
	(void)state;
	check_marked("Mme [Sainte-Rose] [Leontine], nee a {Sainte}-{Rose} "
	    "(Guadeloupe). Sa fille [Marie] [Sainte-Rose].", "Sainte-Rose",
	    "Leontine");
	check_marked("Mme [Saint-Cyr], nee a {Saint}-{Cyr}-sur-Loire. Vu "
	    "[Margot] [Saint-Cyr].", "Saint-Cyr", NULL);
}

/* A lower-case word the lexicon lacks that is an agent noun of one of
 * its verbs qualifies the role before it ("médecin adresseur": adresser);
 * names in lower case after a relation, of the lists or not, still go,
 * those ending as agent nouns too ("patrice", "vasseur"). */
static void
test_agent_nouns_kept(void **state)
{
	(void)state;
	check_marked("Medecin {adresseur} : Dr [Paul] [Kerhuel], medecin "
	    "{regulateur} : Dr [Anne] [Moal].", NULL, NULL);
	check_marked("Appel : son fils [patrice] a appele, son voisin "
	    "[vasseur] aussi.", NULL, NULL);
}

/* Two capitalized common English words in a French line are a team or
 * a board, no person (the default mode: recall first takes a word no
 * French dictionary has); a pair the lists hold, or no dictionary has,
 * still goes in both. */
static void
test_english_pairs_kept(void **state)
{
	(void)state;
	check_marked_modes("TAVI discute en {Heart} {Team}, dossier vu en "
	    "{Tumor} {Board} ce jour.", NULL, NULL, 1);
	check_marked("Rendez-vous avec [Kerouredan] [Trazibule], puis avec "
	    "[Grace] [Hill].", NULL, NULL);
}

/* An eponym after a head and an adjective, or after a scale written as
 * an acronym; a capitalized word with the ending of an examination; a
 * surname after "le" and a word of reading (a book): kept.  The same
 * names as persons, a scale's name no dictionary has after an acronym
 * of the lists, and "le Dupont" with no word of reading: gone. */
static void
test_clinical_things_kept(void **state)
{
	(void)state;
	check_marked("Mme [Fuchs] [Leonie] : dystrophie endotheliale de "
	    "{Fuchs}, lampe de {Wood} sans particularite.", "Fuchs", "Leonie");
	check_marked("Score ADL de {Katz} 4/6. Vu au CMP de [Dupont].", NULL,
	    NULL);
	check_marked("{Nasofibroscopie} : oedeme. {Orthopantomogramme} : "
	    "dents incluses. Mme [Kinesitherapie] [Aurore] vue.", NULL, NULL);
	check_marked("M. [Vidal] [Marcel] consulte le {Vidal}, verifie dans "
	    "le {Vidal}. Le voisin, le [Dupont], a encore sonne.", "Vidal",
	    "Marcel");
}

/* An abbreviation alone in parentheses after a lower-case word, and a
 * commune after "de" and an acronym: kept.  In parentheses after a
 * relative, a relation or a name, a name still goes. */
static void
test_abbreviations_in_parentheses_kept(void **state)
{
	(void)state;
	check_marked("Reunion collegiale ({LATA}) pour M. [Mugnier], IDE de "
	    "coordination ({PRADO}), appel du CDPS de {Maripasoula}.", NULL,
	    NULL);
	check_marked("Presentes : sa fille ([LUCIE]) et son epouse ([LEROY]).",
	    NULL, NULL);
}

/* Who employs, houses or insures: the firm after them is kept; a title
 * after them still announces a person. */
static void
test_firms_after_cue_kept(void **state)
{
	(void)state;
	check_marked("M. [Chaouch] revient (employeur : {Transdev}). Bailleur "
	    "social {Paris} {Habitat} saisi.", NULL, NULL);
	check_marked("Signale au bailleur (M. [Comte]), employeur : Mme "
	    "[Dubreuil].", NULL, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eponyms_in_context_kept),
		cmocka_unit_test(test_eponym_surnames_after_title),
		cmocka_unit_test(test_towns_after_a_kept),
		cmocka_unit_test(test_firms_after_cue_kept),
		cmocka_unit_test(test_compound_towns_after_a_kept),
		cmocka_unit_test(test_agent_nouns_kept),
		cmocka_unit_test(test_english_pairs_kept),
		cmocka_unit_test(test_clinical_things_kept),
		cmocka_unit_test(test_abbreviations_in_parentheses_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
