/* Unit tests of the twenty-first review pass (docs/scrub.md "Review,
 * twenty-first pass (review21)"): identifiers that prescriptions,
 * letterheads and lab sheets left raw.  Each case: what must go in both
 * modes, and the look-alike that must stay in the default mode.  The
 * detectors alone (detect_run), no row. */
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

/* The value after "Nom :", "Nom de naissance :", "Prénom :" that is an
 * ordinary word ("PIGEON", "Vigneron", "Tisserand" in no list): the
 * label says a surname follows.  Placeholders, a specialty, a word that
 * goes on in lower case or before a dose stay. */
TEST_SPAN_CASES(test_label_word_values, &test_default, &S,
	{ "ORDONNANCE\nNom : PIGEON\nPr\xc3\xa9nom : Jeanne\nPoids : 62 kg",
	    { "Poids", "ORDONNANCE", NULL }, { "PIGEON", "Jeanne", NULL } },
	{ "Nom : VIGNERON   Pr\xc3\xa9nom : Paul   Sexe : M",
	    { "Sexe", NULL }, { "VIGNERON", "Paul", NULL } },
	{ "Nom de naissance : CORDONNIER  Nom d'usage : DAUPHIN",
	    { "naissance", NULL }, { "CORDONNIER", "DAUPHIN", NULL } },
	{ "Nom/Pr\xc3\xa9nom : Tisserand Anne - Poids : 70 kg",
	    { "Poids", NULL }, { "Tisserand", "Anne", NULL } },
	{ "Nom : Chapelle, Pr\xc3\xa9nom : Rose, Service : Cardiologie",
	    { "Cardiologie", NULL }, { "Chapelle", "Rose", NULL } },
	/* placeholders, a specialty, a value that goes on */
	{ "Nom : Anonyme ; Nom : Voir \xc3\xa9tiquette ; Nom : Idem",
	    { "Anonyme", "Voir", "Idem" }, { NULL } },
	{ "Nom : Cardiologie\nNom : Refus de donner\nNom : Le patient",
	    { "Cardiologie", "Refus", "patient" }, { NULL } },
	{ "Nom commercial : Doliprane 1 g ; nom : bilan",
	    { "Doliprane", "bilan", NULL }, { NULL } },
	/* a table's cells (cue_table_column's), not a label's value;
	 * the particles of "Nom de naissance : DU PONT" are the
	 * value's, not the label's */
	{ "| Nom | Pr\xc3\xa9nom | Examen |", { "Examen", NULL },
	    { NULL } },
	{ "Nom de naissance : DU PONT", { NULL }, { "PONT", NULL } })

/* A staff list's, a letterhead's or a lab sheet's name before a note
 * of the person's role in parentheses ("Claire Vigneron (IDE)", "Luc
 * Prince (CCA)", "Anne Tisserand (AS)", "Jeanne Pigeon (fille)"): the
 * surname an ordinary word, the first name a weak one too.  A note of
 * no role, a first name alone before a role stay. */
TEST_SPAN_CASES(test_role_note_names, &test_default, &S,
	{ "M\xc3\xa9" "decins du service :\nLuc Prince (CCA)\n"
	    "Paul Vigneron (PH)", { "service", NULL },
	    { "Prince", "Vigneron", "Luc" } },
	{ "Pr\xc3\xa9" "lev\xc3\xa9 par : Claire Vigneron (IDE) "
	    "le 3/3, h\xc3\xa9molys\xc3\xa9", { "h\xc3\xa9molys\xc3\xa9",
	    NULL }, { "Claire", "Vigneron", NULL } },
	{ "\xc3\x89quipe : Anne Tisserand (AS), Jeanne Pigeon (fille)",
	    { "\xc3\x89quipe", NULL }, { "Tisserand", "Pigeon", NULL } },
	{ "Rose Chapelle (aide-soignante) et Jean Dauphin (m\xc3\xa9"
	    "decin traitant)", { "aide", NULL }, { "Chapelle", "Dauphin",
	    NULL } },
	/* no role in the note; a single first name */
	{ "Marie Curie (h\xc3\xb4pital) ; Rose Pompon (marque) ; "
	    "Pansement Jean (IDE)", { "Curie", "Pompon", "Pansement" },
	    { NULL } })

/* An abbreviated weekday with no dot right before a day and a month
 * in digits ("RDV mer 11/03/26", "sam 07/03 : chute", "au lun 30/11"):
 * a span that moves with its date (left as written it told the shift
 * modulo 7), and "sam 07/03" a date with no other cue.  The sea, a
 * name, a weekday before one digit stay. */
TEST_SPAN_CASES(test_bare_weekday_digits, &test_default, &S,
	{ "RDV mer 11/03/26 10h, bain de mer 3 fois", { "bain", NULL },
	    { "mer", "11/03/26", NULL } },
	{ "Agenda : sam 07/03 : chute ; jeu 05/03/26 : appel",
	    { "chute", "appel", NULL }, { "sam", "07/03", "jeu" } },
	{ "Sam 12 ans ; le ven 3 ; mar 2026", { "Sam", "ven", "mar" },
	    { NULL } })

/* A home written as its GPS position or a what3words address: two
 * decimal degrees of four decimals or more, two positions in degrees,
 * minutes and seconds, three words after "///" or "what3words".  Single
 * values, a urine's density twice, a temperature, a web path stay. */
TEST_SPAN_CASES(test_gps_coordinates, &test_default, &S,
	{ "Domicile : 47.2184, -1.5536 (ferme isol\xc3\xa9" "e)",
	    { "ferme", NULL }, { "47.2184", "-1.5536", NULL } },
	{ "GPS 47\xc2\xb0" "13'06.2\"N 1\xc2\xb0" "33'13.0\"W, "
	    "coordonn\xc3\xa9" "es : N 46.1234 W 1.2345",
	    { "GPS", NULL }, { "13'06.2", "33'13.0", "46.1234" } },
	{ "47\xc2\xb0 13\xe2\x80\xb2 6\xe2\x80\xb3 N, 1\xc2\xb0 33"
	    "\xe2\x80\xb2 13\xe2\x80\xb3 O", { NULL }, { "13", "33",
	    NULL } },
	{ "retrouv\xc3\xa9" "e \xc3\xa0 ///pomme.table.soleil, "
	    "what3words : index.home.raft", { "retrouv\xc3\xa9" "e",
	    NULL }, { "pomme", "soleil", "index.home.raft" } },
	{ "Densit\xc3\xa9 1.0150, 1.0200 ; T 38\xc2\xb0" "5 N ; "
	    "INR 2.5, 3.1 ; Kt/V 0.1234, 0.5678", { "1.0150", "0.1234",
	    "38" }, { NULL } },
	{ "voir a.fr/x///b.c.d ; Na 140.1234", { "140.1234", NULL },
	    { NULL } },
	/* three words of symbols (emoji): no word, no text byte;
	 * the "3" of "What3Words" opens the gate (speed31f:
	 * W_GPSNUM) */
	{ "What3Words:\xf0\x9f\x98\x80\xf0\x9f\x98\x80.\xf0\x9f"
	    "\x98\x81\xf0\x9f\x98\x81.\xf0\x9f\x98\x82\xf0\x9f"
	    "\x98\x82 fin", { "fin", NULL }, { "\xf0\x9f\x98\x80",
	    "\xf0\x9f\x98\x81", "\xf0\x9f\x98\x82" } })

/* A surname in capitals that is an ordinary word before an initial
 * ("PRINCE A.", "VIGNERON P.", "DAUPHIN L."): a lab sheet's sampler, a
 * signature, a staff list.  A noun a letter labels, a clinical word, a
 * word in capitals going on in lower case with no person's place before
 * it stay. */
TEST_SPAN_CASES(test_caps_surname_initial, &test_default, &S,
	{ "Pr\xc3\xa9leveur : PRINCE A. - valid\xc3\xa9 par VIGNERON P., "
	    "biologiste", { "biologiste", NULL }, { "PRINCE", "VIGNERON",
	    NULL } },
	{ "vu par CHAPELLE H. ce jour\nTISSERAND A. (IDE)\nIDE : "
	    "DAUPHIN L.", { "jour", NULL }, { "CHAPELLE", "TISSERAND",
	    "DAUPHIN" } },
	{ "GROUPE A. Rh\xc3\xa9sus + ; HTA B. Suivi ; Conclusion : "
	    "STADE B. ; VITAMINE D. 1 amp", { "GROUPE", "HTA", "STADE" },
	    { NULL } },
	{ "CAT : POURSUITE A. voir ; TYPE A. - B", { "POURSUITE",
	    "TYPE", NULL }, { NULL } })

/* A label that says whose name follows ("Nom du patient :", "Nom de la
 * patiente :", "Nom du médecin traitant :"), then the value; other
 * things' names stay. */
TEST_SPAN_CASES(test_whose_name_labels, &test_default, &S,
	{ "Nom du patient : PIGEON\nNom de la patiente : Chapelle "
	    "Rose", { "patient", "patiente", NULL }, { "PIGEON",
	    "Chapelle", NULL } },
	{ "NOM DU PATIENT : KERBRAT ; Nom du m\xc3\xa9" "decin traitant "
	    ": Cordonnier", { "PATIENT", "traitant", NULL },
	    { "KERBRAT", "Cordonnier", NULL } },
	{ "Nom du produit : Dafalgan ; Nom de la mol\xc3\xa9" "cule : "
	    "Parac\xc3\xa9tamol ; Nom du patient : Inconnu",
	    { "Dafalgan", "Parac\xc3\xa9tamol", "Inconnu" }, { NULL } })

/* An account written with no domain and no "@" after its label
 * ("Skype : luc.dauphin52", "identifiant : jpigeon1950", "pseudo
 * Facebook jeanne.pigeon.50", "Instagram : @jeanne_pigeon").  A web
 * address, an e-mail's own rule, a word, a code of one digit stay. */
TEST_SPAN_CASES(test_account_handles, &test_default, &S,
	{ "Skype : luc.dauphin52 ; identifiant : jpigeon1950, vu",
	    { "vu", NULL }, { "luc.dauphin52", "jpigeon1950", NULL } },
	{ "pseudo Facebook jeanne.pigeon.50 ; Instagram : "
	    "@jeanne_pigeon ; login mdupont47", { "Facebook", NULL },
	    { "jeanne.pigeon.50", "jeanne_pigeon", "mdupont47" } },
	{ "contact : www.chu-nantes.fr ; compte : ameli.fr ; mail : "
	    "envoy\xc3\xa9 ; Contact : IDE2 ; Compte rendu : RAS",
	    { "chu-nantes", "ameli", "IDE2" }, { NULL } })

/* An apostrophe written as the left single quote U+2018 or the acute
 * accent U+00B4 inside a name ("O‘Brien", "N´Diaye", "D´Almeida"): read
 * as U+2019, the name whole.  An elision, quotes, a degree's accent stay. */
TEST_SPAN_CASES(test_odd_apostrophes, &test_default, &S,
	{ "M. O\xe2\x80\x98" "Brien vu, Mme N\xc2\xb4" "Diaye vue",
	    { "vu", NULL }, { "Brien", "Diaye", NULL } },
	{ "Mme D\xc2\xb4" "Almeida (HTA), transfert \xc3\xa0 l\xc2\xb4"
	    "h\xc3\xb4pital", { "HTA", "h\xc3\xb4pital", NULL },
	    { "Almeida", NULL } },
	{ "il dit \xe2\x80\x98" "\xc3\xa7" "a va\xe2\x80\x99 ; T 38\xc2\xb4 RAS",
	    { "va", "RAS", NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_label_word_values),
		cmocka_unit_test(test_role_note_names),
		cmocka_unit_test(test_bare_weekday_digits),
		cmocka_unit_test(test_gps_coordinates),
		cmocka_unit_test(test_caps_surname_initial),
		cmocka_unit_test(test_whose_name_labels),
		cmocka_unit_test(test_account_handles),
		cmocka_unit_test(test_odd_apostrophes),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
