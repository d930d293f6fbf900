/* Unit tests of heldout25's dev families (docs/scrub.md "heldout25's dev
 * families (dev25)"): a message signed after a sign-off word or a
 * sentence's end before a closing guillemet ("Thanks, Aigerim", "...
 * Ann »"), a name's variant spelling after its cue ("prénom aussi écrit
 * Phonsavan"), a first name in lower case after "signé" or a message's
 * "de" ("signé fatou", "msg portail de marie-claude hoarau :"), a
 * booking code after "code" ("code ISM-5531"), which main left raw; a
 * typo run taken for a name ("avan loperation") and a month in a set
 * phrase ("Poisson d'avril"), which main hid.  Beside each, the word of
 * the same shape that stays: a title or a closing word after "Merci,", a
 * drug after "aussi écrit", "signé par le patient", "message de la
 * pharmacie", a code system's code, "son rdv d'avril", "karim bouaziz".
 * The detectors alone (detect_run), without row values, in both modes. */
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

/* A message signed by a first name after its sign-off, or after a
 * sentence's end before a closing guillemet: gone (main left them). */
TEST_SPAN_CASES(test_signoff_names, &test_default, &S,
	{ "mail : Can she get the shots? Thanks, Aigerim",
	    { "shots", "Thanks", NULL }, { "Aigerim", NULL } },
	{ "Merci pour le rendez-vous. Merci, Aigerim",
	    { "rendez", "Merci", NULL }, { "Aigerim", NULL } },
	{ "mail : ok for Monday. Best regards, Aigerim",
	    { "regards", NULL }, { "Aigerim", NULL } },
	{ "mail en anglais : \xc2\xab Can she come on Monday? Call me "
	    "back. Ann \xc2\xbb", { "Call", "back", NULL },
	    { "Ann", NULL } })

/* The same places held by a title, a closing word, a drug, or a
 * capitalized word that goes on: kept. */
TEST_SPAN_CASES(test_signoff_lookalikes, &test_default, &S,
	{ "Bonne soir\xc3\xa9""e. Merci, Docteur", { "Docteur", NULL },
	    { NULL } },
	{ "A bient\xc3\xb4t. Merci, Cordialement",
	    { "Cordialement", NULL }, { NULL } },
	{ "Renouvellement svp. Merci, Doliprane",
	    { "Doliprane", NULL }, { NULL } },
	{ "Merci, Bonne journ\xc3\xa9""e \xc3\xa0 vous",
	    { "Bonne", NULL }, { NULL } })

/* A name's variant spelling after its cue: gone. */
TEST_SPAN_CASES(test_variant_spellings, &test_default, &S,
	{ "Mme Sayavong (pr\xc3\xa9nom aussi \xc3\xa9""crit Phonsavan) "
	    ": vue", { "aussi", NULL }, { "Phonsavan", NULL } },
	{ "Nom orthographi\xc3\xa9 Dzhumabaeva dans le dossier",
	    { "dossier", NULL }, { "Dzhumabaeva", NULL } },
	{ "Patient \xc3\xa9""crit aussi : Nurzay, \xc3\xa0 v\xc3\xa9rifier",
	    { "Patient", NULL }, { "Nurzay", NULL } })

/* After the same cues, a drug, words in lower case, "écrit" alone:
 * kept. */
TEST_SPAN_CASES(test_variant_spelling_lookalikes, &test_default, &S,
	{ "Traitement aussi \xc3\xa9""crit Doliprane sur l'ordonnance",
	    { "Doliprane", NULL }, { NULL } },
	{ "Nom aussi \xc3\xa9""crit en majuscules", { "majuscules",
	    NULL }, { NULL } },
	{ "Compte rendu \xc3\xa9""crit Vendredi", { "Vendredi", NULL },
	    { NULL } })

/* A first name in lower case after "signé" or a message's "de": gone. */
TEST_SPAN_CASES(test_cued_lower_names, &test_default, &S,
	{ "ok pour demain sign\xc3\xa9 fatou", { "demain", NULL },
	    { "fatou", NULL } },
	{ "sign\xc3\xa9""e aminata diallo le 12/03", { NULL },
	    { "aminata", "diallo", NULL } },
	{ "msg portail de marie-claude hoarau : bjr docteur",
	    { "portail", "docteur", NULL },
	    { "marie", "claude", "hoarau" } },
	{ "sms de karim : je serai en retard", { "retard", NULL },
	    { "karim", NULL } })

/* After the same cues, a person's role, a body, an ordinary word: kept. */
TEST_SPAN_CASES(test_cued_lower_lookalikes, &test_default, &S,
	{ "consentement sign\xc3\xa9 par le patient",
	    { "patient", NULL }, { NULL } },
	{ "message de la pharmacie : ok", { "pharmacie", NULL },
	    { NULL } },
	{ "sms de sa fille : elle arrive", { "fille", "arrive", NULL },
	    { NULL } })

/* A booking code after "code": gone; a code system's, kept. */
TEST_SPAN_CASES(test_booking_codes, &test_default, &S,
	{ "interpr\xc3\xa8te hmong par t\xc3\xa9l\xc3\xa9phone, code "
	    "ISM-5531.", { "hmong", NULL }, { "5531", NULL } },
	{ "visio, code de r\xc3\xa9servation TRAD-LAO-0931 ; son coupe",
	    { "visio", NULL }, { "0931", NULL } },
	{ "code CIM-10 F32 ; code ATC-2024 N05A", { "CIM", "ATC",
	    "2024" }, { NULL } },
	{ "code ABC-12 sur la fiche", { "ABC", "12", NULL },
	    { NULL } })

/* A typo run after a first name and a month in a set phrase: kept; a
 * name in lower case and a month of an event: gone. */
TEST_SPAN_CASES(test_typo_runs_and_idioms, &test_default, &S,
	{ "je doi prendre le kardegic avan loperation du 15/12",
	    { "avan", "loperation", NULL }, { "15/12", NULL } },
	{ "karim bouaziz agit\xc3\xa9 cette nuit", { "nuit", NULL },
	    { "karim", "bouaziz", NULL } },
	{ "Poisson d'avril du service : fausse panne",
	    { "Poisson", "avril", NULL }, { NULL } },
	{ "les giboul\xc3\xa9""es de mars ont noy\xc3\xa9 le jardin",
	    { "mars", NULL }, { NULL } },
	{ "on reporte son rdv d'avril", { "rdv", NULL },
	    { "avril", NULL } })

/* A surname and its given names with no title before an age or a kin
 * word in parentheses: gone; no name's word there: kept. */
TEST_SPAN_CASES(test_bare_names_before_age, &test_default, &S,
	{ "Passage de Mbemba Exauc\xc3\xa9, 7 ans, TC l\xc3\xa9ger",
	    { "Passage", "ans", NULL }, { "Mbemba", "Exauc", NULL } },
	{ "Famille : Thao Mai Yia (m\xc3\xa8re) et trois enfants",
	    { "Famille", "enfants", NULL }, { "Thao", "Mai", "Yia" } },
	{ "Service P\xc3\xa9""diatrie, 7 ans", { "Service",
	    "diatrie", NULL }, { NULL } },
	{ "H\xc3\xb4pital de Jour (m\xc3\xa8re)", { "pital",
	    "Jour", NULL }, { NULL } },
	{ "Vu en Consultation Orthophonie, 6 ans", { "Consultation",
	    "Orthophonie", NULL }, { NULL } })

/* A day said, broken off after "euh" and said again with its month:
 * gone; a number said again that is no date: kept. */
TEST_SPAN_CASES(test_repeated_days, &test_default, &S,
	{ "rendez vous le dix huit euh le dix huit d\xc3\xa9""cembre "
	    "pour ses yeux", { "rendez", "yeux", NULL },
	    { "dix", "huit", NULL } },
	{ "rdv le 18 euh le 18 d\xc3\xa9""cembre", { "rdv", NULL },
	    { "18", NULL } },
	{ "il a dix huit euh dix neuf ans", { "dix", "huit", "neuf" },
	    { NULL } },
	{ "le dix huit euh je ne sais plus", { "dix", "huit", NULL },
	    { NULL } })

/* A unit's address and its building's, "de la" or "du" between: one
 * address (the small words went raw); a ward's room: kept. */
TEST_SPAN_CASES(test_unit_of_building, &test_default, &S,
	{ "le bail de l'appartement 5 de la r\xc3\xa9sidence Les "
	    "C\xc3\xa8""dres sans accord", { "bail", "accord", NULL },
	    { "appartement 5 de la r", "C\xc3\xa8""dres", NULL } },
	{ "vit appt 12 du b\xc3\xa2timent B", { "vit", NULL },
	    { "appt 12 du b", NULL } },
	{ "la chambre 12 de la patiente", { "patiente", NULL },
	    { NULL } },
	{ "en sa chambre (ch. 12) de l'EHPAD Le Clos Fleuri",
	    { ") de l'", NULL }, { NULL } })

/* A place of a journey after its preposition, a journey's word before
 * it: kept (main took "Bali", "Luang Prabang" for names); a person
 * after "avec", "retour de" a first name, a title: gone. */
TEST_SPAN_CASES(test_travel_places, &test_default, &S,
	{ "s\xc3\xa9jour \xc3\xa0 Bali en juillet", { "Bali", NULL },
	    { NULL } },
	{ "voyage \xc3\xa0 Luang Prabang pour un mariage",
	    { "Luang", "Prabang", NULL }, { NULL } },
	{ "part pour les fun\xc3\xa9railles de sa m\xc3\xa8re \xc3\xa0 "
	    "Luang Prabang", { "Luang", "Prabang", NULL }, { NULL } },
	{ "retour de Julie \xc3\xa0 domicile", { "domicile", NULL },
	    { "Julie", NULL } },
	{ "voyage \xc3\xa0 Bamako avec Mme Diallo", { "Bamako", NULL },
	    { "Diallo", NULL } })

/* An assessment named after its authors after "bilan(s) de": kept; a
 * child's name after "bilan de": gone. */
TEST_SPAN_CASES(test_assessment_eponyms, &test_default, &S,
	{ "Les bilans de Borel-Maisonny et de Chassagny sont "
	    "encore utilis\xc3\xa9s", { "Borel", "Maisonny",
	    "Chassagny" }, { NULL } },
	{ "bilan de Charlop-Atwell \xc3\xa0 6 ans", { "Charlop",
	    "Atwell", NULL }, { NULL } },
	{ "bilan de Marie-Claire Dupont ce matin", { "matin",
	    NULL }, { "Marie-Claire Dupont", NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Thanks, Ann. ", "Merci, Aigerim\n", "Ann \xc2\xbb ",
		"aussi \xc3\xa9""crit Phon ", "orthographi\xc3\xa9 ",
		"sign\xc3\xa9 fatou ", "msg portail de karim ",
		"code ISM-5531 ", "code de r\xc3\xa9servation ", "code ",
		"karim loperation ", "poisson d'avril ", "Mbemba Exauc, 7 ans ",
		"Thao Mai Yia (mere) ", "A B, 7 ans ", "dix huit euh ",
		"le dix huit euh le dix huit decembre ", "euh ",
		"appartement 5 de la residence Les Cedres ", "appt 1 du ",
		"voyage a Luang Prabang ", "Luang ", "voyage a ", "a Bali ",
		"bilans de Borel-Maisonny et de Chassagny ", "de A-B et ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_signoff_names),
		cmocka_unit_test(test_signoff_lookalikes),
		cmocka_unit_test(test_variant_spellings),
		cmocka_unit_test(test_variant_spelling_lookalikes),
		cmocka_unit_test(test_cued_lower_names),
		cmocka_unit_test(test_cued_lower_lookalikes),
		cmocka_unit_test(test_booking_codes),
		cmocka_unit_test(test_typo_runs_and_idioms),
		cmocka_unit_test(test_bare_names_before_age),
		cmocka_unit_test(test_repeated_days),
		cmocka_unit_test(test_unit_of_building),
		cmocka_unit_test(test_travel_places),
		cmocka_unit_test(test_assessment_eponyms),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
