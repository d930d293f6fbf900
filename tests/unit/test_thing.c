/* Unit tests for the names of the lists used bare as things (issue 10,
 * helper precision11; docs/scrub.md "precision11", src/detect_thing.c): an
 * eponym before a grade or a measure, first in parentheses of clinical
 * words, in a chain of hyphens, after "ou" and an eponym; a learned
 * compound as a heading.  Each rule with its negative: a person of the
 * same shape, and the row's own name there, still go. */
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

/* An eponym before a grade or a measure is kept; a title, a first name,
 * an age, a street number or a weight after the same names: gone. */
static void
test_eponym_before_grade_kept(void **state)
{
	(void)state;
	check_marked("TDM : leucopathie vasculaire {Fazekas} 2. Polype "
	    "sessile ({Paris} 0-Is), EVA 1. {Redon} : 80 ml.", NULL, NULL);
	check_marked("Vu M. [Fazekas] 2. Appel de [Jean] [Fazekas] 2.", NULL,
	    NULL);
	check_marked("[Dupont] 45 ans, chute. [Durand] 2 rue des Lilas.", NULL,
	    NULL);
	/* the row's own surname in the same place still goes */
	check_marked("Mme [Fazekas] [Anne] : leucopathie [Fazekas] 2.",
	    "Fazekas", "Anne");
}

/* First in parentheses of clinical words (after a measure, with a number
 * of its own, or in a list of three single words): kept.  An age, a
 * relation, a room, a title or a relative before: gone. */
static void
test_eponym_in_parentheses_kept(void **state)
{
	(void)state;
	check_marked("FEVG 60 % ({Simpson} biplan), epreuve negative "
	    "({Bruce}, palier 4), reflexes presents ({Moro}, succion, "
	    "grasping).", NULL, NULL);
	check_marked("Vu ce jour ([Dupont], 45 ans), sa fille ([Martin], lit "
	    "3), M. [Dufour] ([Simpson] biplan).", NULL, NULL);
}

/* A chain of hyphens with an eponym of the medical dictionary, bare, and
 * a name after "ou" and such a chain: kept.  First names, a title, a cue
 * before "de", a nurse's name after a noun: gone. */
static void
test_eponym_chains_kept(void **state)
{
	(void)state;
	check_marked("Pemphigoide plutot que {Stevens}-{Johnson} ou "
	    "{Lyell}. Cartilage respecte (pas de {Salter}-{Harris}).", NULL,
	    NULL);
	check_marked("Mme [Lemarchand]-[Viot] vue, appel de [Martin]-[Dupont], "
	    "M. ROYER ([Jean]-[Pierre]), cabinet [Guérin]-[Loaëc].", NULL,
	    NULL);
}

/* A learned compound of a word of the lexicon, as a heading: kept.  An
 * unknown surname as a heading: gone. */
static void
test_learned_compound_kept(void **state)
{
	(void)state;
	check_marked("{Identitovigilance} : doublon signale.", NULL, NULL);
	check_marked("[Kerouredan] : chute ce matin.", NULL, NULL);
}

/* A common English word in lower case after a name written with
 * capitals ends the name; a name of the lists in lower case after it, and
 * an unknown lower-case name after a title, still go. */
static void
test_english_verb_after_name_kept(void **state)
{
	(void)state;
	/* default mode: recall first takes what no French lexicon has */
	check_marked_modes("Mr [Fernandes] [João] {prefers} Portuguese; Mr "
	    "[Smith] {takes} his pills.", NULL, NULL, 1);
	check_marked("Mme [Jessica] [françois] vue, mme [kowalczyk] aussi.",
	    NULL, NULL);
}

/* Two capitalized words no list holds before a grade, an acronym after
 * a relation and "du", a comment in parentheses before a colon: kept.
 * Names of the lists in the same places, an acronym after a relation with
 * no article, a heading "NOM, Prénom :": gone. */
static void
test_acronyms_kept(void **state)
{
	(void)state;
	/* default mode: recall first takes "RADS", no word of a lexicon */
	check_marked_modes("Mammographie : BI-{RADS} {ACR} 4. Appel de "
	    "l'infirmiere du {CDPS} de Maripasoula. Courrier d'Oran ({OCR}, "
	    "francais) : lu.", NULL, NULL, 1);
	check_marked("Appel de [Jean] [Martin] 4. La fille du [DIALLO], sa "
	    "voisine [DIOP]. [ZUBIRI], [Itziar] : chute.", NULL, NULL);
}

/* A finding denied ("pas de", "sans") named by eponyms of the medical
 * dictionary, an acronym in mixed case in a chain of hyphens, a learned
 * compound in lower case: kept.  A first name there, a surname the
 * dictionary lacks, a compound name in capitals, an unknown lower-case
 * name after a verb that announces one: gone. */
static void
test_denied_and_compounds_kept(void **state)
{
	(void)state;
	check_marked("Paralysie faciale (pas de {Ramsay} {Hunt}). "
	    "Rattrapage : {DTCaP}-{Hib}-{HépB} 1re dose. Doublon signale a "
	    "l'{identitovigilance}.", NULL, NULL);
	check_marked("Pas de [Jean] [Hunt] ce jour, sans [Dupont]. Vit avec "
	    "[Ruddy] [PETIT]-[FRÈRE]. Message laisse a [kerouredan] [youenn].",
	    NULL, NULL);
}

/* A name right after a head that French writes without "de" (a law, a
 * score, a method): kept.  A first name and surname there, and the row's
 * own surname in the same place: gone. */
static void
test_eponym_after_bare_head_kept(void **state)
{
	(void)state;
	check_marked("Sedation discutee (loi {Claeys}-{Leonetti}), score "
	    "{Wells} faible.", NULL, NULL);
	check_marked("Vu pour le test [Jean] [Dupont].", NULL, NULL);
	check_marked("Mme [Wells] [Anne] vue, score [Wells] faible.", "Wells",
	    "Anne");
}

/* A short lower-case word with no vowel after a relation is a note's
 * abbreviation; short lower-case names with a vowel there still go. */
static void
test_short_abbreviations_kept(void **state)
{
	(void)state;
	check_marked("Pt adresse par {sn} MT pour douleurs, pt {ss} O2.", NULL,
	    NULL);
	check_marked("Appel de sa fille [ly], vu par [sy], son fils [bo].",
	    NULL, NULL);
}

/* A capitalized word no list holds before a participle of a treatment
 * changed is a drug; a person "repris au bloc" and a first name before
 * the same participle still go. */
static void
test_drug_before_participle_kept(void **state)
{
	(void)state;
	check_marked("Mme [Benali] [Rym], {Spéciafoldine} arretee, fer 80 "
	    "mg/j.", NULL, NULL);
	check_marked("Mme [Benali], [Kerouredan] repris au bloc. M. [Dupont], "
	    "[Yannick] arrete.", NULL, NULL);
}

/* A feast after a noun of a time or an event and "de", after its article
 * or a word of time, is kept even when it is the row's own name; the
 * row's name after "appel de", "fils de", "demande de" and a title still
 * goes. */
static void
test_feast_of_row_name_kept(void **state)
{
	(void)state;
	check_marked("Mme [Noël] [Christine] : sortie pour les vacances de "
	    "{Noël}, pas de {Noël} ici. Appel de [Noël], fils de [Noël].",
	    "Noël", "Christine");
	check_marked("Rentre depuis la {Toussaint}, M. [Toussaint] va mieux, "
	    "a la demande de [Toussaint].", "Toussaint", NULL);
}

/* A clipped clinical word as a heading ("Coag :", "Biochim :") and a
 * heading whose parentheses hold a remark in lower case: kept.  An
 * unknown surname as a heading, and one before a first name of the lists
 * in lower case in parentheses: gone. */
static void
test_clipped_heading_kept(void **state)
{
	(void)state;
	check_marked_modes("{Coag} : TP 18 %. {Biochim} : creat 88. "
	    "{Teleconsult} (in English) : refill.", NULL, NULL, 1);
	check_marked("[Kerouredan] : chute. [Martinez] ([jean]) : chute.",
	    NULL, NULL);
}

/* A lower-case compound of the lexicon written with a hyphen, whose
 * parts are no French words alone, is no name after a role and an
 * article, nor is the row's name as its part; a first name of the lists
 * written so in lower case, the row's name beside a first name in such a
 * compound, and the row's own compound names in lower case, still go. */
static void
test_lower_compound_kept(void **state)
{
	(void)state;
	check_marked("Manque un aide-soignant le {week-end}. Vu par sa voisine "
	    "le {week-end}.", NULL, NULL);
	check_marked("Sa fille [marie-louise] passera, son fils [jean-pierre].",
	    NULL, NULL);
	/* the row's own name as a part of such a compound: kept; as a
	 * name after a cue, or beside another first name: gone */
	check_marked("Mme [Petit] [Rose], {petit}-dejeuner pris, le {petit}-fils "
	    "passera. Vu Mme [petit].", "Petit", "Rose");
	check_marked("mme [marie] [anne], [marie]-louise passera.", "Marie",
	    "Anne");
	check_marked("[antoine] [marie-sainte] absent, [saint-cyr] vu.",
	    "Marie-Sainte Saint-Cyr", "Antoine");
}

/* An eponym of the dictionaries after a disease named by its ending and
 * "de" is kept, the row's own surname too; the row's surname after
 * "visite de", "sortie de", and a surname of the lists that no
 * dictionary calls an eponym after such a disease, still go. */
static void
test_eponym_after_disease_kept(void **state)
{
	(void)state;
	check_marked("Mme [Broca] [Yvette], aphasie de {Broca} apres AVC. "
	    "Visite de [Broca] demain, sortie de [Broca].", "Broca", "Yvette");
	check_marked("Ataxie de {Friedreich}, hemiplegie de [Dupont].",
	    NULL, NULL);
}

/* The adjective of a letter's salutation after a title is no name ("chère
 * madame chère consœur"); "madame cher" before no such noun, and the
 * patient named after the salutation, still go. */
static void
test_salutation_kept(void **state)
{
	(void)state;
	check_marked_modes("chere madame {chere} consoeur je revois madame "
	    "[rezaei] [parisa].", NULL, NULL, 1);
	check_marked("vu madame [cher] hier.", NULL, NULL);
}

/* A form of "être" or "avoir" after a relation, in a note in capitals,
 * is no name; the name between the relation and the verb still goes. */
static void
test_auxiliary_after_relation_kept(void **state)
{
	(void)state;
	check_marked("NE SOUHAITE PAS QUE SON FRERE {SOIT} INFORME.", NULL,
	    NULL);
	check_marked("QUE SON FRERE [MARC] SOIT INFORME, son fils [Paul] "
	    "soit present.", NULL, NULL);
}

/* An English adjective of a nation (wamerican's, with its plural) is no
 * name; a surname that wamerican writes the same way but with no plural,
 * and first names of the lists in -ian, still go. */
static void
test_nationality_kept(void **state)
{
	(void)state;
	check_marked_modes("Mr [Van] den [Broeck] [Pieter], {Belgian}, 66 y, "
	    "AF newly diagnosed.", NULL, NULL, 1);
	check_marked("[Kevorkian] appelle ce matin. [Christian] appelle.",
	    NULL, NULL);
}

/* A name after an acronym and "de", its score after it, is a scale;
 * the row's own surname there, a name after "appel de", and a first name
 * of the lists in the same shape still go. */
static void
test_acronym_scale_kept(void **state)
{
	(void)state;
	check_marked("ADL de Katz 5/6, IADL de {Lawton} 4/8. Troubles.", NULL,
	    NULL);
	check_marked("Mme [Lawton] [Anne], IADL de [Lawton] 4/8.", "Lawton",
	    "Anne");
	check_marked("Appel de [Lawton] 4/8, IADL de [Jean] 4/8.", NULL, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eponym_before_grade_kept),
		cmocka_unit_test(test_eponym_in_parentheses_kept),
		cmocka_unit_test(test_eponym_chains_kept),
		cmocka_unit_test(test_learned_compound_kept),
		cmocka_unit_test(test_english_verb_after_name_kept),
		cmocka_unit_test(test_acronyms_kept),
		cmocka_unit_test(test_denied_and_compounds_kept),
		cmocka_unit_test(test_eponym_after_bare_head_kept),
		cmocka_unit_test(test_short_abbreviations_kept),
		cmocka_unit_test(test_drug_before_participle_kept),
		cmocka_unit_test(test_feast_of_row_name_kept),
		cmocka_unit_test(test_clipped_heading_kept),
		cmocka_unit_test(test_lower_compound_kept),
		cmocka_unit_test(test_eponym_after_disease_kept),
		cmocka_unit_test(test_salutation_kept),
		cmocka_unit_test(test_auxiliary_after_relation_kept),
		cmocka_unit_test(test_nationality_kept),
		cmocka_unit_test(test_acronym_scale_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
