/* Unit tests of dev20 (docs/scrub.md "Dev families of heldout20
 * (dev20)"): week numbers of the patient's care written as dates ("en
 * S12", "prochain bilan S45", "dès la semaine 38"), which main left raw.
 * Each week must be inside a span in both modes; the look-alikes (a
 * sacral vertebra, heart sounds, a room, a bed, a form, a ward's or a
 * rota's week, a week of pregnancy, an id that starts with S) stay in the
 * default mode.  The detectors alone (detect_run); scrub's rewrite of a
 * week is tests/unit/test_scrub.c test_week_numbers_move.
 * And a surname with lower-case particles after a name's label ("nom
 * d'usage du Plessis", "nom de naissance de Kerguélen"), which main left
 * raw; the label's other complements (the patient, his mother, an
 * eponym) stay.
 * And the parts of a home beside an address that main left raw: a
 * building named with its article before the next part ("Bât. Les
 * Tilleuls, Appt 12"), a building's number after "immeuble" right after
 * an address, "rez-de-jardin" after one, the word of a lieu-dit or a
 * quarter before a place found ("Section Morne Vert"); the same words
 * with no address beside them stay. */
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

/* A week after a word that places an event in time. */
TEST_SPAN_CASES(test_week_numbers, &test_default, &S,
	{ "Contr\xc3\xb4le \xc3\xa0 pr\xc3\xa9voir en S14 (scanner).",
	    { "scanner", NULL }, { "S14", NULL } },
	{ "Consultation PrEP, prochain bilan S47.", { "Consultation",
	    NULL }, { "S47", NULL } },
	{ "Semaine 36 : lits ferm\xc3\xa9s ; reprogramm\xc3\xa9 en S39.",
	    { "Semaine 36", NULL }, { "S39", NULL } },
	{ "Revoir d\xc3\xa8s la semaine 41 en HDJ.", { "HDJ", NULL },
	    { "41", NULL } },
	{ "IRM pr\xc3\xa9vue sem. 22, puis RDV fin S05.", { "IRM",
	    NULL }, { "22", "S05" } },
	{ "Bilan pr\xc3\xa9vu en S12-2026.", { "Bilan", NULL },
	    { "S12-2026", NULL } },
	{ "ECHO PROGRAMMEE EN S30.", { "ECHO", NULL }, { "S30", NULL } },
	/* the cue words in every case (speed31f, speed33a: C_WEEKCUE, the
	 * rule's gate, is on their fold) */
	{ "contr\xc3\xb4le en s12 puis d\xc3\xa8s la SEMAINE 38, "
	    "pr\xc3\xa9vu SEM. 22 en HDJ", { "HDJ", NULL }, { "s12",
	    "38", "22" } })

/* What an S and a number or "semaine" and a number also are: they stay. */
TEST_SPAN_CASES(test_week_numbers_lookalikes, &test_default, &S,
	{ "Hernie discale L5-S1 exclue, racine en S1 gauche.",
	    { "S1 exclue", "S1 gauche", NULL }, { NULL } },
	{ "Douleur irradiant \xc3\xa0 S1, r\xc3\xa9" "flexe aboli.",
	    { "S1", NULL }, { NULL } },
	{ "Auscultation : bilan S1 S2 bien frapp\xc3\xa9s.",
	    { "S1 S2", NULL }, { NULL } },
	{ "Install\xc3\xa9 lit S12, chambre S14, salle S3.",
	    { "lit S12", "chambre S14", "salle S3" }, { NULL } },
	{ "Formulaire S1 / CEAM transmis. Stade IV, J+3, S12.",
	    { "Formulaire S1", "S12", NULL }, { NULL } },
	{ "Tableau des gardes : semaine 49 Dr A ; agenda pour la "
	    "semaine 48 : pas de consultation.", { "semaine 49",
	    "semaine 48", NULL }, { NULL } },
	{ "Vue en semaine 12 de grossesse, prot\xc3\xa9inurie en S3-26.",
	    { "12", "S3-26", NULL }, { NULL } },
	{ "Taille S, pointure 38, en S.", { "Taille S", "38", NULL },
	    { NULL } })

/* A surname with its particles in lower case after a name's label. */
TEST_SPAN_CASES(test_label_particle_names, &test_default, &S,
	{ "Mme Riou Anne (nom d'usage du Plessis), vue ce jour.",
	    { "vue", NULL }, { "du Plessis", NULL } },
	{ "Mme Riou, nom de naissance de Kerlan, suivie.",
	    { "suivie", NULL }, { "de Kerlan", NULL } },
	{ "Mme Riou, nom de jeune fille de la Vigne.", { "jeune",
	    NULL }, { "de la Vigne", NULL } },
	{ "Mme Riou, nom marital : des Essarts-Pigeon.", { "marital",
	    NULL }, { "des Essarts-Pigeon", NULL } },
	{ "Mme Riou (nom d'usage de Chapelle) vue.", { "vue", NULL },
	    { "de Chapelle", NULL } })

/* The label's other complements: they stay. */
TEST_SPAN_CASES(test_label_particle_lookalikes, &test_default, &S,
	{ "Le nom d'usage de la patiente est inconnu.", { "patiente",
	    NULL }, { NULL } },
	{ "Nom de naissance de sa m\xc3\xa8re \xc3\xa0 v\xc3\xa9rifier.",
	    { "naissance de sa", NULL }, { NULL } },
	{ "Nom d'usage du patient \xc3\xa0 corriger.", { "du patient",
	    NULL }, { NULL } },
	{ "Nom d'usage de Parkinson : maladie.", { "Parkinson", NULL },
	    { NULL } })

/* Parts of a home beside an address. */
TEST_SPAN_CASES(test_unit_tails, &test_default, &S,
	{ "Courrier \xc3\xa0 Mme Riou, B\xc3\xa2t. Les Tilleuls, Appt 12, "
	    "Cit\xc3\xa9 des Pins, 59450 Sin-le-Noble.", { "Courrier",
	    NULL }, { "Tilleuls", NULL } },
	{ "Chez sa fille, Cit\xc3\xa9 Bel Air, immeuble 7, 97200 "
	    "Fort-de-France.", { "Chez", NULL }, { "immeuble 7", NULL } },
	{ "Visite chez Mme Riou, Appt 5, rez-de-jardin, R\xc3\xa9sidence "
	    "Les Goélands, 17200 Royan.", { "Visite", NULL },
	    { "rez-de-jardin", NULL } },
	{ "Domicile : Section Morne Vert, 97160 Le Moule.",
	    { "Domicile", NULL }, { "Section", "Morne Vert" } },
	{ "Vit quartier Anse Bleue, 97229 Les Trois-\xc3\x8elets.",
	    { "Vit", NULL }, { "quartier", NULL } },
	{ "O2 livr\xc3\xa9 Quinta da Serra, 8 rue du Moulin, 77100 "
	    "Meaux.", { "livr", NULL }, { "Quinta da Serra", NULL } },
	{ "Vit Vivenda Rosa, 12 rue des Lilas.", { "Vit", NULL },
	    { "Vivenda Rosa", NULL } })

/* The same words with no address beside them. */
TEST_SPAN_CASES(test_unit_tails_lookalikes, &test_default, &S,
	{ "R\xc3\xa9union au B\xc3\xa2t. Les Tilleuls du CHU.",
	    { "Tilleuls", NULL }, { NULL } },
	{ "Un immeuble 4 \xc3\xa9tages sans ascenseur.", { "immeuble 4",
	    NULL }, { NULL } },
	{ "Jardin au rez-de-jardin du service.", { "rez-de-jardin",
	    NULL }, { NULL } },
	{ "La section 4 du rapport, quartier libre.", { "section 4",
	    "quartier", NULL }, { NULL } },
	{ "Quinta de toux la nuit, vivenda rien.", { "Quinta de toux",
	    "vivenda", NULL }, { NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"en S12 ", "S1 S2 ", "L5-S1 ", "en S1 en S1 ", "semaine 12 ",
		"la semaine 12 de ", "sem. 3 ", "en S12-2026 ", "a S1 ",
		"nom d'usage du Plessis ", "nom de la ", "nom d'usage : du ",
		"nom d'usage de de de ", "Bat. Les Pins, ", "Appt 3, immeuble 4, ",
		"Appt 3, rez-de-jardin, ", "Section Morne Vert, ", "imm. ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_week_numbers),
		cmocka_unit_test(test_week_numbers_lookalikes),
		cmocka_unit_test(test_label_particle_names),
		cmocka_unit_test(test_label_particle_lookalikes),
		cmocka_unit_test(test_unit_tails),
		cmocka_unit_test(test_unit_tails_lookalikes),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
