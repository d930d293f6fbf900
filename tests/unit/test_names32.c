/* Unit tests of names32 (docs/scrub.md "Names, thirty-first pass
 * (names32)"): a stranger's ordinary-word surname alone after a capital
 * cue, or at a sentence's start before a colon and a call or a person's
 * participle (and the row's own there); an east-Asian name in its usual
 * order; particles in lower case after kin, "M" without its dot after a
 * cue.  Each case: what must go in both modes, and the look-alike words
 * that must stay in the default mode.  The detectors alone (detect_run).
 * Every gone word here was left raw on main bdc83a2. */
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

/* caps_cue_surname: a stranger's ordinary-word surname alone after
 * "AVEC", "CHEZ", "APPEL DE", "MESSAGE DE", "DE LA PART DE" in a note
 * all in capitals. */
TEST_SPAN_CASES(test_caps_cue_lone_surname, &test_default, &S,
	{ "VU AVEC PIGEON CE JOUR.", { "JOUR", NULL },
	    { "PIGEON", NULL } },
	{ "APPEL DE VIGNERON", { "APPEL", NULL },
	    { "VIGNERON", NULL } },
	{ "ENTRETIEN AVEC CHAPELLE.", { "ENTRETIEN", NULL },
	    { "CHAPELLE", NULL } },
	{ "MESSAGE DE TISSERAND POUR LE RDV.", { "RDV", NULL },
	    { "TISSERAND", NULL } },
	{ "PASSAGE CHEZ CORDONNIER CE MATIN.", { "MATIN", NULL },
	    { "CORDONNIER", NULL } },
	{ "DE LA PART DE DAUPHIN.", { "PART", NULL },
	    { "DAUPHIN", NULL } },
	{ "VU AVEC PRINCE.", { NULL }, { "PRINCE", NULL } })

/* What a capital note writes after those cues that is no person stays
 * (the precision side; passes on main too). */
TEST_SPAN_CASES(test_caps_cue_keeps_words, &test_default, &S,
	{ "VU AVEC LA FAMILLE.", { "FAMILLE", NULL }, { NULL } },
	{ "AVEC PRUDENCE.", { "PRUDENCE", NULL }, { NULL } },
	{ "VU AVEC CARDIOLOGUE CE JOUR.", { "CARDIOLOGUE", NULL },
	    { NULL } },
	{ "APPEL DE GARDE.", { "GARDE", NULL }, { NULL } },
	{ "PASSAGE CHEZ KINE.", { "KINE", NULL }, { NULL } },
	{ "PAR TELEPHONE.", { "TELEPHONE", NULL }, { NULL } },
	{ "VU AVEC DIFFICULTE.", { "DIFFICULTE", NULL }, { NULL } },
	{ "MESSAGE DE SOUTIEN.", { "SOUTIEN", NULL }, { NULL } },
	{ "COURRIER DE SORTIE.", { "SORTIE", NULL }, { NULL } },
	{ "VU AVEC INTERNE.", { "INTERNE", NULL }, { NULL } },
	{ "APPEL DE CONFIRMATION.", { "CONFIRMATION", NULL },
	    { NULL } },
	{ "AVEC CANNE.", { "CANNE", NULL }, { NULL } },
	{ "MANGE AVEC APPETIT.", { "APPETIT", NULL }, { NULL } },
	{ "TS PAR DEXERYL.", { "DEXERYL", NULL }, { NULL } },
	{ "VU AVEC MAMAN CE JOUR.", { "MAMAN", NULL }, { NULL } })

/* start_word_surname: a stranger's ordinary-word surname at a
 * sentence's start before a colon and a call to make, or a participle of
 * a call or a person's future. */
TEST_SPAN_CASES(test_start_word_surname, &test_default, &S,
	{ "Pigeon : rappeler demain.", { "demain", NULL },
	    { "Pigeon", NULL } },
	{ "Vigneron prévenu.", { NULL }, { "Vigneron", NULL } },
	{ "Cordonnier appelé ce matin.", { "matin", NULL },
	    { "Cordonnier", NULL } },
	{ "RAS. Dauphin injoignable.", { "RAS", NULL },
	    { "Dauphin", NULL } },
	{ "Prince rappellera demain.", { "demain", NULL },
	    { "Prince", NULL } },
	{ "Tisserand : recontacter lundi.", { "lundi", NULL },
	    { "Tisserand", NULL } })

/* A note's noun, a label, a body, a body's part there stays (the
 * precision side; passes on main too). */
TEST_SPAN_CASES(test_start_word_keeps_nouns, &test_default, &S,
	{ "Labo : rappeler demain.", { "Labo", NULL }, { NULL } },
	{ "Mutuelle : rappeler demain.", { "Mutuelle", NULL },
	    { NULL } },
	{ "Conseil : contacter le médecin.", { "Conseil", NULL },
	    { NULL } },
	{ "Banque : rappeler demain.", { "Banque", NULL }, { NULL } },
	{ "Dossier vu ce jour.", { "Dossier", NULL }, { NULL } },
	{ "Talon vu ce jour.", { "Talon", NULL }, { NULL } },
	{ "Escarre vue ce jour.", { "Escarre", NULL }, { NULL } },
	{ "Scanner prévu lundi.", { "Scanner", NULL }, { NULL } },
	{ "Famille prévenue.", { "Famille", NULL }, { NULL } },
	{ "Couple informé.", { "Couple", NULL }, { NULL } },
	{ "Taxi appelé.", { "Taxi", NULL }, { NULL } },
	{ "Cadre prévenu.", { "Cadre", NULL }, { NULL } })

/* row_part_usable: the patient's own surname, an ordinary word, at a
 * sentence's start before a colon and a call, a person's participle,
 * "vu" or "prévu". */
static void
test_row_surname_at_start(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};
	static const char *const texts[] = {
		"Pigeon : rappeler demain.",
		"Pigeon prévu lundi.",
		"Pigeon vu ce jour.",
		"Nuit calme. Pigeon vue ce matin.",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], row, N(row),
		    "Pigeon");
}

/* scan_asian_triples: the family name in capitals, two given names of
 * one syllable, wherever they stand. */
TEST_SPAN_CASES(test_asian_name_order, &test_default, &S,
	{ "LEE Min Ho", { NULL }, { "LEE", "Min", "Ho" } },
	{ "WONG Chi Wai", { NULL }, { "WONG", "Chi", "Wai" } },
	{ "Chambre 12 : TAN Boon Huat", { "Chambre", NULL },
	    { "TAN", "Boon", "Huat" } },
	{ "NGUYEN Van An", { NULL }, { "NGUYEN", "Van", "An" } },
	{ "Vu avec KIM Min Ho ce jour.", { "jour", NULL },
	    { "KIM", "Min", "Ho" } },
	{ "Lit 3 : LEE Min Ho", { "Lit", NULL },
	    { "LEE", "Min", "Ho" } })

/* Acronyms and capitalized note words after them stay, and a French
 * name's next words (the precision side; passes on main too). */
TEST_SPAN_CASES(test_asian_order_keeps_notes, &test_default, &S,
	{ "Vu avec NFS Hb Normale.", { "NFS", "Hb", "Normale" },
	    { NULL } },
	{ "Bilan : CRP Na Bas.", { "CRP", "Na", "Bas" }, { NULL } },
	{ "HTA Sous Ttt.", { "HTA", "Sous", "Ttt" }, { NULL } },
	{ "TA Bras Gauche.", { "TA", "Bras", "Gauche" }, { NULL } },
	{ "MARTIN Eva Mal au dos.", { "Mal", NULL },
	    { "MARTIN", "Eva" } },
	{ "DUPONT Eva Sort demain.", { "Sort", NULL },
	    { "DUPONT", "Eva" } },
	{ "TDM Tap Inj.", { "TDM", "Tap", "Inj" }, { NULL } },
	{ "IRM Chu Nord.", { "IRM", "Chu", "Nord" }, { NULL } })

/* kin_particle_name and "M" without its dot (dotted_m_surname). */
TEST_SPAN_CASES(test_kin_particles_and_bare_m, &test_default, &S,
	{ "son fils de la tour", { "fils", NULL },
	    { "de", "la", "tour" } },
	{ "sa nièce le borgne passera demain.", { "demain", NULL },
	    { "le", "borgne" } },
	{ "son mari le goff a appelé.", { "mari", NULL },
	    { "le", "goff" } },
	{ "son mari van der berg a appelé.", { "mari", NULL },
	    { "van", "der", "berg" } },
	{ "vu M pigeon ce matin.", { "matin", NULL },
	    { "pigeon", NULL } },
	{ "pour M dauphin", { "pour", NULL }, { "dauphin", NULL } })

/* Time, rank, place after kin's particles and a size's "M" stay (the
 * precision side; passes on main too). */
TEST_SPAN_CASES(test_kin_particles_keep_words, &test_default, &S,
	{ "son fils le matin.", { "le", "matin" }, { NULL } },
	{ "son fils de retour.", { "de", "retour" }, { NULL } },
	{ "sa fille de garde.", { "de", "garde" }, { NULL } },
	{ "son fils le plus jeune.", { "le", "plus", "jeune" },
	    { NULL } },
	{ "sa fille la cadette a appelé.", { "la", "cadette" },
	    { NULL } },
	{ "son fils du coin.", { "du", "coin" }, { NULL } },
	{ "sa fille la voisine.", { "la", "voisine" }, { NULL } },
	{ "son fils de la première union a appelé.", { "première",
	    "union" }, { NULL } },
	{ "taille M blanc.", { "blanc", NULL }, { NULL } },
	{ "groupe M martin.", { "martin", NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_caps_cue_lone_surname),
		cmocka_unit_test(test_caps_cue_keeps_words),
		cmocka_unit_test(test_start_word_surname),
		cmocka_unit_test(test_start_word_keeps_nouns),
		cmocka_unit_test(test_row_surname_at_start),
		cmocka_unit_test(test_asian_name_order),
		cmocka_unit_test(test_asian_order_keeps_notes),
		cmocka_unit_test(test_kin_particles_and_bare_m),
		cmocka_unit_test(test_kin_particles_keep_words),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
