/* Unit tests of the twenty-first pass on the leaks the twentieth left
 * (docs/scrub.md "Leftovers, twenty-first pass (leaks21)"): numbers after
 * the labels no rule knew (a prisoner's "détenu", the imaging archive's
 * "Pacs" and "accession", a label's one-letter suffix "CMU-C", four
 * digits and a key after a label), a
 * stranger's name cut at a line's end, a hyphen or none, a name spelled
 * letter by letter, a Polynesian name's glottal stop, a shelter named
 * "CHU", a Breton place's article, a "Saint-" surname after a first
 * name.  Beside
 * each, the look-alike of the same shape that stays.  The detectors
 * alone (detect_run), without row values, in both modes. */
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

/* A number after a prisoner's ("numéro de détenu"), an imaging
 * archive's ("Pacs :", "n° d'accession") label, or a label with its
 * one-letter suffix ("n° CMU-C"): the raw number goes, the archive's
 * capitals before it too.  What stays: the same words with no number,
 * a count, a sum. */
TEST_SPAN_CASES(test_numbers_after_new_labels, &test_default, &S,
	{ "num\xc3\xa9ro de d\xc3\xa9tenu 123456, parloir le 3.",
	    { NULL }, { "123456", NULL } },
	{ "Radio de thorax. Pacs : ACC 4471920356.", { NULL },
	    { "ACC 4471920356", NULL } },
	{ "Scanner, n\xc2\xb0 d'accession 4471920356.", { NULL },
	    { "4471920356", NULL } },
	{ "Attestation n\xc2\xb0 CMU-C 4471 2209 valide.", { NULL },
	    { "4471 2209", NULL } },
	{ "Incarc\xc3\xa9r\xc3\xa9, matricule 4471-B, cellule 12.",
	    { NULL }, { "4471-B", NULL } },
	/* what stays */
	{ "Images sur le PACS 2024, d\xc3\xa9tenu depuis 12 ans.",
	    { "2024", "12 ans", NULL }, { NULL } },
	{ "le d\xc3\xa9tenu a 123456 euros de dettes ; PACS 3 s\xc3\xa9ries.",
	    { "123456 euros", "3 s\xc3\xa9ries", NULL }, { NULL } },
	{ "CMU-C accord\xc3\xa9" "e, 3 ans, n\xc2\xb0 de chambre 12.",
	    { "3 ans", "chambre 12", NULL }, { NULL } },
	{ "chambre 4471-B, n\xc2\xb0 4471-B ; matricule 471-B.",
	    { "chambre 4471-B", "4471-B ;", "471-B" }, { NULL } })

/* A stranger's name cut by a hyphen at a line's end: the piece on the
 * next line goes with the name.  What stays: a dash with a space before
 * it, a word cut after no name, a break with no hyphen. */
TEST_SPAN_CASES(test_name_cut_at_line_end, &test_default, &S,
	{ "Vu avec H\xc3\xa9l\xc3\xa8ne Cha-\npelle ce jour.",
	    { NULL }, { "pelle", NULL } },
	{ "Vu avec M. DUPO-\r\nNT ce jour.", { NULL },
	    { "NT", NULL } },
	/* what stays */
	{ "Vu avec M. Kervazo -\nvu ce jour ; bilan san-\nguin fait.",
	    { "vu ce", "guin", NULL }, { NULL } })

/* A relative's first name at a line's end and the surname, an ordinary
 * word, at the next line's start before a person's verb, or a word no
 * dictionary has before the sentence's rest: the surname goes.  What
 * stays: the care note's next item after the same first name ("Repas
 * pris", "Nuit calme", "Traitement inchangé"), a drug. */
TEST_SPAN_CASES(test_surname_on_next_line, &test_default, &S,
	{ "Appel de sa fille H\xc3\xa9l\xc3\xa8ne\nChapelle est "
	    "pass\xc3\xa9" "e ce jour.", { NULL }, { "Chapelle", NULL } },
	{ "son fils Jean\n  Pigeon dit que tout va bien.", { NULL },
	    { "Pigeon", NULL } },
	{ "sa fille Marie\nKervazo ce jour.", { NULL },
	    { "Kervazo", NULL } },
	/* what stays */
	{ "Appel de son fils Jean\nRepas pris. Nuit calme.",
	    { "Repas", NULL }, { NULL } },
	{ "Appel de sa fille Marie\nTraitement inchang\xc3\xa9.",
	    { "Traitement", NULL }, { NULL } },
	{ "Appel de son fils Jean\nDoliprane donn\xc3\xa9.",
	    { "Doliprane", NULL }, { NULL } })

/* A name spelled letter by letter after a title, '_' or '-' between the
 * letters: every letter goes.  What stays: a spelled run after no name,
 * a run after a name and a semicolon. */
TEST_SPAN_CASES(test_spelled_name, &test_default, &S,
	{ "Appel de M. D_U_P_O_N_T ce jour.", { NULL },
	    { "U", "O", "T" } },
	{ "Appel de Mme P-I-G-E-O-N, sa fille.", { NULL },
	    { "P-I-G-E-O-N", NULL } },
	/* what stays */
	{ "Bilan A-B-C-D-E fait par M. Martin ; A-B ce jour.",
	    { "A-B-C-D-E", "A-B ce", NULL }, { NULL } })

/* A Polynesian name with its glottal stop written as an apostrophe,
 * after a title or beside a name: every piece goes.  What stays: French
 * elisions ("aujourd'hui", "Presqu'île", "Quelqu'un", "Prud'homme"),
 * the same name with no cue. */
TEST_SPAN_CASES(test_glottal_stop_names, &test_default, &S,
	{ "M. Fa'aua Teiki est venu.", { NULL },
	    { "Fa", "aua", "Teiki" } },
	{ "Mme Tehani Ta\xe2\x80\x99" "ata vue ce jour.", { NULL },
	    { "Ta", "ata", NULL } },
	/* what stays */
	{ "Aujourd'hui M. Martin va bien, Presqu'\xc3\xaele de Crozon.",
	    { "Aujourd", "hui", "Presqu" }, { "Martin", NULL } },
	{ "Quelqu'un a vu M. Martin ; Prud'homme ; Fa'aua seul.",
	    { "Quelqu", "Prud", "Fa'aua" }, { "Martin", NULL } })

/* An emergency shelter named "CHU" (centre d'hébergement d'urgence)
 * after a shelter's cue ("115", "SIAO", "hébergé"), its name an article
 * and a capitalized word: the name goes as an address.  What stays: the
 * hospital ("CHU de Brest"), "CHU" with no cue before it. */
TEST_SPAN_CASES(test_shelter_named_chu, &test_default, &S,
	{ "sans domicile, h\xc3\xa9" "berg\xc3\xa9 par le 115 au CHU "
	    "Les Augustins depuis lundi.", { NULL },
	    { "CHU Les Augustins", NULL } },
	{ "SIAO : place au CHU La Boussole ce soir.", { NULL },
	    { "La Boussole", NULL } },
	/* what stays */
	{ "h\xc3\xa9" "berg\xc3\xa9" " par le 115, hospitalis\xc3\xa9 au "
	    "CHU de Brest.", { "CHU de Brest", NULL }, { NULL } },
	{ "Vu au CHU Les Augustins hier.", { "CHU Les Augustins",
	    NULL }, { NULL } })

/* A Breton place's name with its article in lower case ("Pen ar
 * Hoat"), after a residence's cue: the whole name goes.  What stays:
 * "an" after a city when no capitalized word follows it. */
TEST_SPAN_CASES(test_breton_place_article, &test_default, &S,
	{ "Domicile : Pen ar Hoat.", { NULL }, { "Pen ar Hoat", NULL } },
	{ "Vit \xc3\xa0 Toul an Hery depuis 2010.", { NULL },
	    { "Toul an Hery", NULL } },
	/* what stays */
	{ "Vit \xc3\xa0 Brest depuis un an ; an 2020.",
	    { "un an", "an 2020", NULL }, { "Brest", NULL } })

/* A "Saint-" or "Sainte-" compound right after a first name found, the
 * clause ending or going on in lower case: the compound is the surname
 * and goes.  What stays: the saint's place after "à", after no first
 * name, after a capitalized word that is no title. */
TEST_SPAN_CASES(test_saint_surname_after_first_name, &test_default, &S,
	{ "Courrier de Marie Saint-Martin re\xc3\xa7u ce matin.",
	    { NULL }, { "Saint-Martin", NULL } },
	{ "Pr\xc3\xa9sents : Dr Le Bihan, Jean Sainte-Marie et l'IDE.",
	    { NULL }, { "Sainte-Marie", NULL } },
	/* what stays */
	{ "Vu avec Marie \xc3\xa0 Saint-Malo ; gare Saint-Lazare.",
	    { "Saint-Malo", "Saint-Lazare", NULL }, { NULL } },
	{ "Novotel Paris Saint-Lazare ce soir.",
	    { "Saint-Lazare", NULL }, { NULL } })

/* The rules of this pass look a bounded number of words back (the
 * label's suffix) or on. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"n\xc2\xb0 CMU-C 1234 5678 ", "CMU-C-C-", "A-C-", "Pacs : ACC 1234567 ",
		"Pacs ", "d\xc3\xa9tenu 123456 ", "M. Abc-\nde ",
		"Abc-\n", "M. Abc-\nde-\nfg-\n", "sa fille Marie\nChapelle ",
		"fils Jean\nPigeon dit ", "Jean\nJean\n", "M. A_B_C ",
		"M. A_", "A_", "M. A-B-C-D ", "M. A_B_C_1 ", "M. Fa'aua ",
		"Fa'a'a'", "Fa'", "M. Fa'a Fa'a ", "Aujourd'hui ",
		"115 CHU Les A ", "CHU Les A ", "115 au CHU ", "SIAO CHU La ",
		"matricule 1234-A ", "1234-A ", "Vit \xc3\xa0 Pen ar Hoat ",
		"Pen ar Pen ar ", "de Marie Saint-Martin ", "Marie Saint-",
		"Saint-Saint-",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_after_new_labels),
		cmocka_unit_test(test_name_cut_at_line_end),
		cmocka_unit_test(test_surname_on_next_line),
		cmocka_unit_test(test_spelled_name),
		cmocka_unit_test(test_glottal_stop_names),
		cmocka_unit_test(test_shelter_named_chu),
		cmocka_unit_test(test_breton_place_article),
		cmocka_unit_test(test_saint_surname_after_first_name),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
