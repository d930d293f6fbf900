/* Values with no cue of their own (docs/scrub.md, "recall11"):
 * partial dates with a word of position ("mi-octobre", "fin nov"), seasons
 * with their year, a transmission's heading date ("Tr. 07/12 :"), the
 * rooms of a care home, names and places with no cue of their own.
 * Each: the value found (or gone from the scrubbed text), and beside it
 * the word of the same shape that must stay. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>


#include "detect.h"
#include "engine.h"
#include "icd10.h"
#include "ops.h"
#include "policy.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"

#define SPANCHECK_CASES
#include "spancheck.h"


/* Partial dates: a word of position before the month is the date's; a
 * season with its year is one. */
static void
test_partial_dates_with_position(void **state)
{
	(void)state;
	CASES(
	    { "redonner rdv fin nov -> propose le 24.11", D, "fin nov", NULL },
	    { "en panne depuis mi-octobre : ne sort plus", D, "mi-octobre",
	      NULL },
	    { "Prochain RDV Mi-d\xc3\xa9" "cembre.", D, "Mi-d\xc3\xa9" "cembre",
	      NULL },
	    { "bilan pr\xc3\xa9vu fin novembre non fait", D, "fin novembre",
	      NULL },
	    { "revu d\xc3\xa9" "but janvier 2026 puis courant mars", D,
	      "d\xc3\xa9" "but janvier 2026", NULL },
	    { "revu d\xc3\xa9" "but janvier 2026 puis courant mars", D,
	      "courant mars", NULL },
	    { "oublis depuis l'\xc3\xa9t\xc3\xa9 2025, troubles", D,
	      "l'\xc3\xa9t\xc3\xa9 2025", NULL },
	    { "expulsion annonc\xc3\xa9" "e au printemps 2027.", D,
	      "printemps 2027", NULL },
	    { "hiver 2024-2025 difficile", D, "hiver 2024-2025", NULL },
	    { "Tr. 07/12 : Mme Dumortier a re\xc3\xa7u la visite", D, "07/12",
	      NULL },
	    /* Must stay: a season without its year, "été" the participle, a
	     * position word before no month, a heading that is a score or a
	     * pressure, a ratio with no colon. */
	    { "pire en hiver, mieux au printemps", ANY, NULL, "hiver" },
	    { "il a \xc3\xa9t\xc3\xa9 2020 fois plus", ANY, NULL, "2020" },
	    { "fin de traitement, mi-temps th\xc3\xa9rapeutique", ANY, NULL,
	      "mi-temps" },
	    { "TA 12/08 : contr\xc3\xb4le", ANY, NULL, "12/08" },
	    { "EVA 07/10 : antalgique", ANY, NULL, "07/10" },
	    { "Tr. 07/12 pour info", ANY, NULL, "07/12" },
	    { "printemps 1850 (r\xc3\xa9" "f. historique)", ANY, NULL,
	      "1850" },
	    { "fin mai 12 mg", ANY, NULL, "12 mg" },
	);
}

/* Moved with the patient (dates = shift, -30 days here): the word of
 * position written back, the season moved as its middle day and its
 * article made to agree; hidden whole when dates = redact. */
static void
test_scrubbed_partial_dates(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	row.has_shift = 1;
	row.shift = -30;
	out = apply(f, "com", &row, "RDV mi-d\xc3\xa9" "cembre, fin nov, "
	    "d\xc3\xa9" "but janvier 2026, Fin Mars");
	assert_string_equal(out, "RDV mi-novembre, fin oct, d\xc3\xa9"
	    "but d\xc3\xa9" "cembre 2025, Fin F\xc3\xa9vrier");
	out = apply(f, "com2", &row, "RDV mi-d\xc3\xa9" "cembre, fin nov, "
	    "l'\xc3\xa9t\xc3\xa9 2025\nTr. 07/12 : calme");
	assert_string_equal(out, "RDV [DATE], [DATE], [DATE]\nTr. [DATE] : "
	    "calme");
	/* A season: -30 days keeps it, -60 may not */
	out = apply(f, "com", &row, "depuis l'\xc3\xa9t\xc3\xa9 2025, au "
	    "printemps 2027, hiver 2024-2025");
	assert_string_equal(out, "depuis l'\xc3\xa9t\xc3\xa9 2025, au "
	    "printemps 2027, hiver 2024-2025");
	row.shift = -120;
	out = apply(f, "com", &row, "depuis l'\xc3\xa9t\xc3\xa9 2025, au "
	    "printemps 2027, L'HIVER 2024-2025, d\xc3\xa9" "but du printemps "
	    "2020");
	assert_string_equal(out, "depuis le printemps 2025, en hiver 2027, "
	    "L'AUTOMNE 2024, d\xc3\xa9" "but de l'hiver 2020");
	out = apply(f, "com", &row, "depuis l'ete 2025");
	assert_string_equal(out, "depuis le printemps 2025");
}

/* The rooms of a home where people live: a cue of the class (its
 * residents, its coordinating nurse, "maison de retraite"); a ward's room
 * or bed stays. */
static void
test_care_home_rooms(void **state)
{
	(void)state;
	CASES(
	    { "ASH signale une fuite d'eau chambre 12, la r\xc3\xa9sidente est "
	      "install\xc3\xa9" "e en ch. 15 pour la nuit.", A, "ch. 15", NULL },
	    { "ASH signale une fuite d'eau chambre 12, la r\xc3\xa9sidente est "
	      "install\xc3\xa9" "e en ch. 15 pour la nuit.", A, "chambre 12",
	      NULL },
	    { "IDEC : retour d'hospit de M. Carpentier (ch. 204, 2e \xc3\xa9tage)",
	      A, "ch. 204", NULL },
	    { "UVP : Mme X calme, chambre 12, a bien dormi.", A, "chambre 12",
	      NULL },
	    /* Must stay: a ward's rooms and beds. */
	    { "slt c'est l'IDE de nuit, mr dupuis ch 14 a arrach\xc3\xa9 sa sonde",
	      ANY, NULL, "ch 14" },
	    { "Lit 3 : retour de bloc \xc3\xa0 16h15. Chambre 27 : isolement.",
	      ANY, NULL, "Chambre 27" },
	    { "R\xc3\xa9sidence principale \xc3\xa0 Brest. Hospitalis\xc3\xa9 "
	      "en ch. 12 de cardiologie.", ANY, NULL, "ch. 12" },
	    { "Vient de maison de retraite, hospitalis\xc3\xa9" "e en chambre "
	      "12.", ANY, NULL, "chambre 12" },
	);
}

#define N	DETECT_NAME

/* Names with no cue of their own: who speaks in a relayed message, a
 * month or an adjective between a relation and a name, a name cut by
 * OCR; and places of residence named in more words. */
static void
test_names_places_without_cue(void **state)
{
	(void)state;
	CASES(
	    { "sms : \"bonsoir c kevin le fils de mr gomez il a mang\xc3\xa9 ?\"",
	      N, "kevin", NULL },
	    { "slt c jess l'IDE de nuit, mr dupuis ch 14 a arrach\xc3\xa9 sa "
	      "sonde", N, "jess", NULL },
	    { "c'est Kevin, le fils de Mme Martin", N, "Kevin", NULL },
	    { "Sa fille Mai Xiong traduit.", N, "Mai Xiong", NULL },
	    { "\xc3\x89pouse laotienne Bounmy ne parle pas fran\xc3\xa7" "ais",
	      N, "Bounmy", NULL },
	    { "Je soussign\xc3\xa9 Dr Mo rel certifie avoir examin\xc3\xa9", N,
	      "Mo rel", NULL },
	    { "je vous adresse M. Merten s Jozef , domicili\xc3\xa9", ANY,
	      "Merten s", NULL },
	    { "Vit \xc3\xa0 Antecume Pata (pirogue 3 h).", A, "Antecume Pata",
	      NULL },
	    { "Mme X, habite Kaw\xc3\xa9ni village, pr\xc3\xa8s de", A,
	      "Kaw\xc3\xa9ni village", NULL },
	    { "Contact r\xc3\xa9" "f\xc3\xa9rente : Claire 06 71 40 28 55.", N,
	      "Claire", NULL },
	    /* Must stay: ordinary words where the name would be, a month
	     * with its year, an eponym, a name that needs no fragment, a
	     * city followed by an ordinary word. */
	    { "c'est bien le fils de Mme Martin", ANY, NULL, "bien" },
	    { "c'est moi la fille de Mme Martin", ANY, NULL, "moi" },
	    { "sa fille Mai 2021 revue", D, "Mai 2021", NULL },
	    { "sa fille pr\xc3\xa9sente Lundi, son fils malade Parkinson", ANY,
	      NULL, "Parkinson" },
	    { "sa fille pr\xc3\xa9sente Lundi, son fils malade Parkinson", ANY,
	      NULL, "pr\xc3\xa9sente" },
	    { "M. Martin a vu le Dr Mo et la IDE", ANY, NULL, "a vu" },
	    { "vit \xc3\xa0 Brest depuis 2010", ANY, NULL, "depuis" },
	    { "T\xc3\xa9l 06 71 40 28 55, Pharmacie Centrale 02 98 00 00 00",
	      ANY, NULL, "Centrale" },
	    { "appeler Orange 06 71 40 28 55", ANY, NULL, "Orange" },
	    { "sa fille a\xc3\xaen\xc3\xa9" "e est venue", ANY, NULL, "est venue" },
	);
}

/* From an unseen hand set's dev half (heldout9): a flattened table's
 * dates, an address in Sweden, Polynesia's kilometre points, a first name
 * cut in two by OCR after a name; and what stays beside them. */
static void
test_tables_abroad_ocr_phones(void **state)
{
	(void)state;
	CASES(
	    { "Date | Poids | TA \xc2\xb6 01/12 | 72,4 | 132/80 \xc2\xb6 02/12 | 72,1",
	      D, "01/12", NULL },
	    { "Date | Poids | TA \xc2\xb6 01/12 | 72,4 | 132/80 \xc2\xb6 02/12 | 72,1",
	      D, "02/12", NULL },
	    { "Address in Sweden : Storgatan 14, 753 20 Uppsala. Email", A,
	      "Storgatan 14", NULL },
	    { "Address in Sweden : Storgatan 14, 753 20 Uppsala. Email", A,
	      "753 20 Uppsala", NULL },
	    { "Domicile : PK 12,5 c\xc3\xb4t\xc3\xa9 mer, 98711 Paea, Tahiti.", A,
	      "PK 12,5 c\xc3\xb4t\xc3\xa9 mer", NULL },
	    { "OCR : Mme Sa nchez Car men ...", ANY, "Car men", NULL },
	    { "signale un changement de n\xc2\xb0 : O6 4l 22 93 O8.",
	      DETECT_PHONE, "O6 4l 22 93 O8", NULL },
	    { "tel 06 4l 22 93 O8 ou O2.98.l4.22.31", DETECT_PHONE,
	      "O2.98.l4.22.31", NULL },
	    { "O2 3 l/min, sat 9O, l4-l5 O6 l2", ANY, NULL, "l4-l5 O6 l2" },
	    { "portable 87 24 51 60, fixe 40 50 12 34", DETECT_PHONE,
	      "87 24 51 60", NULL },
	    { "joignable au 27 12 34.", DETECT_PHONE, "27 12 34", NULL },
	    { "tel 689 87 24 51 60 ; t\xc3\xa9l 687 27 12 34", DETECT_PHONE,
	      "687 27 12 34", NULL },
	    { "t\xc3\xa9l : 12 34, EVA 3, rappeler au 12 13 demain", ANY, NULL,
	      "12 13" },
	    { "fixe 2 fois par jour, 87 24 51 60 g", ANY, NULL, "87 24 51 60" },
	    { "Vit au camping Les Flots Bleus, mobil-home 23, 29950 B\xc3\xa9nodet.",
	      A, "camping Les Flots Bleus", NULL },
	    { "camping en \xc3\xa9t\xc3\xa9, camping-car, le camping municipal",
	      ANY, NULL, "camping municipal" },
	    /* Must stay. */
	    { "TA | 12/08 | 13/07 \xc2\xb6 EVA 3/10", ANY, NULL, "12/08" },
	    { "Date | Poids \xc2\xb6 TA 12/08 | 72,1", ANY, NULL, "12/08" },
	    { "accident au PK 12 de la RN1, polytraumatis\xc3\xa9", ANY, NULL,
	      "PK 12" },
	    { "dosage 132 80 mmHg, Uppsala", ANY, NULL, "132 80" },
	    { "Mme Durand Le moral est bon", ANY, NULL, "moral" },
	    { "M. Martin Il est venu", ANY, NULL, "Il est" },
	);
}

/* Phones abroad with the trunk "(0)" or an area code in parentheses, a
 * French phone cut short after a phone's cue, ids after a prescription's,
 * an invoice's, an admission's label,
 * ids whose holder is named ("patient n° ..."), a key letter glued to an
 * id, a case's number at the police or an insurer; and the numbers of
 * the same shapes that stay (doses, counts, a patient without "n°"). */
static void
test_phones_parens_partial_ids_holders_labels(void **state)
{
	(void)state;
	CASES(
	    { "t\xc3\xa9l. +32 (0)2 512 47 88 le soir", DETECT_PHONE,
	      "+32 (0)2 512 47 88", NULL },
	    { "tel +41 (0)79 412 88 05", DETECT_PHONE, "+41 (0)79 412 88 05",
	      NULL },
	    { "fils au +1 (514) 555-0148.", DETECT_PHONE, "+1 (514) 555-0148",
	      NULL },
	    { "t\xc3\xa9l : 06 12 34 .. (fin illisible)", DETECT_PHONE,
	      "06 12 34", NULL },
	    { "appeler le 06 12 34 56 7 demain", DETECT_PHONE,
	      "06 12 34 56 7", NULL },
	    { "portable 06 12 34 56 (illisible)", DETECT_PHONE, "06 12 34 56",
	      NULL },
	    { "patient n\xc2\xb0 458712 \xc3\xa0 rappeler", DETECT_ID,
	      "458712", NULL },
	    { "num\xc3\xa9ro de patient 458712", DETECT_ID, "458712", NULL },
	    { "n\xc2\xb0 client 458921", DETECT_ID, "458921", NULL },
	    { "identifiant patient : P-458712", DETECT_ID, "P-458712", NULL },
	    { "num\xc3\xa9ro allocataire 1234567G, CAF", DETECT_ID,
	      "1234567G", NULL },
	    { "d\xc3\xa9p\xc3\xb4t de plainte, n\xc2\xb0 de PV 2026/004512",
	      DETECT_ID, "2026/004512", NULL },
	    { "N\xc2\xb0 d'ordonnance : 2026-118734", DETECT_ID, "2026-118734",
	      NULL },
	    { "n\xc2\xb0 de facture F-2026-1187", DETECT_ID, "F-2026-1187",
	      NULL },
	    { "N\xc2\xb0 d'admission 2026-00451", DETECT_ID, "2026-00451",
	      NULL },
	    { "Mme X, adh\xc3\xa9rente n\xc2\xb0 1 847 223 905 : devis",
	      DETECT_ID, "1 847 223 905", NULL },
	    /* Must stay. */
	    { "+15 (0) mg, +2 (3) 4", ANY, NULL, "+15 (0) mg" },
	    { "PA +12 (10) 8 mmHg", ANY, NULL, "+12 (10) 8" },
	    { "le patient 458712 mg", ANY, NULL, "458712" },
	    { "glyc\xc3\xa9mie 06 12 34 56, HbA1c 06 12 34 ..", ANY, NULL,
	      "06 12 34 56" },
	    { "rappeler le 06.12.24 matin, tel : 06 12 34 puis", DETECT_DATE,
	      "06.12.24", "06 12 34 puis" },
	    { "patient n\xc2\xb0 3 de la liste", ANY, NULL, "3" },
	    { "allocataire 1234567Go", ANY, NULL, "1234567Go" },
	    { "PV 12 mmHg, plainte 3 fois", ANY, NULL, "12 mmHg" },
	    { "adh\xc3\xa9rente depuis 1 200 jours", ANY, NULL, "1 200" },
	    { "ordonnance de 100000 UI, facture de 12000 euros", ANY, NULL,
	      "100000" },
	    { "ordonnance de 100000 UI, facture de 12000 euros", ANY, NULL,
	      "12000" },
	);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_partial_dates_with_position),
		cmocka_unit_test(test_scrubbed_partial_dates),
		cmocka_unit_test(test_care_home_rooms),
		cmocka_unit_test(test_names_places_without_cue),
		cmocka_unit_test(test_tables_abroad_ocr_phones),
		cmocka_unit_test(test_phones_parens_partial_ids_holders_labels),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
