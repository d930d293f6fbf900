/* Unit tests of the nineteenth review pass (docs/scrub.md "Review,
 * nineteenth pass"): identifiers that hand-written notes of other genres
 * (e-mail threads, SMS transcripts, secretaries' messages, transport
 * orders, tables and lists in a cell) left raw.  Each case: what must go
 * in both modes, and the look-alike that must stay in the default mode.
 * The detectors alone (detect_run). */
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

/* A day and a month of two digits each after a date cue, then the value
 * of that day ("INR du 01/12 2,3"): a date, where the number after it
 * kept it raw; a fraction or a pressure before a number stays. */
TEST_SPAN_CASES(test_cued_date_before_value, &test_default, &S,
	{ "INR du 01/12 2,3 ; INR du 08/12 3,1, dose inchang\xc3\xa9" "e.",
	    { NULL }, { "01/12", "08/12", NULL } },
	{ "Pes\xc3\xa9" "e le 02/12 72,1 kg.", { "72,1", NULL },
	    { "02/12", NULL } },
	{ "Glyc\xc3\xa9mie depuis le 03/12 1,42 \xc3\xa0 jeun.",
	    { NULL }, { "03/12", NULL } },
	{ "Chutes : le 04/12 2 chutes dans la nuit.", { NULL },
	    { "04/12", NULL } },
	/* a pressure's label before the cue, a fraction, a weak cue */
	{ "TA le 12/08 80 pulse.", { "12/08", NULL }, { NULL } },
	{ "Prendre le 1/2 2 fois par jour.", { "1/2", NULL }, { NULL } },
	{ "Acuit\xc3\xa9 vu 10/10 2 yeux.", { "10/10", NULL }, { NULL } })

/* A birth's month and two-digit year after its cue, whatever the month's
 * digits ("DDN : 9/53", "née le 12/47"): "09/53" went, "9/53" stayed. */
TEST_SPAN_CASES(test_birth_month_short_year, &test_default, &S,
	{ "DDN : 9/53 - Entr\xc3\xa9" "e : 2/12.", { NULL },
	    { "9/53", NULL } },
	{ "Patiente n\xc3\xa9" "e le 12/47 \xc3\xa0 Oran.", { NULL },
	    { "12/47", NULL } },
	{ "N\xc3\xa9 en 3/61, retrait\xc3\xa9.", { NULL },
	    { "3/61", NULL } },
	{ "Date de naissance 7/38.", { NULL }, { "7/38", NULL } },
	/* a stage's count, a negation, no cue */
	{ "pT3N1a (1/18), marges saines.", { "1/18", NULL }, { NULL } },
	{ "Il ne 3/45 pas.", { "3/45", NULL }, { NULL } },
	{ "Score 9/53 au test.", { "9/53", NULL }, { NULL } })

/* The sender of a chat or SMS message after its clock time, a first
 * name that is also a word ("Rose", "Marie"): a name; a note's entries
 * after a time ("14:00 - Repas : pris") stay. */
TEST_SPAN_CASES(test_chat_senders, &test_default, &S,
	{ "12/11/25 21:03 - Rose: elle a vomi 3 fois ce soir",
	    { "vomi", NULL }, { "Rose", NULL } },
	{ "[03/12/2025, 14:22:05] Marie Blanche: papa a rdv quand ?",
	    { "papa", NULL }, { "Marie Blanche", NULL } },
	{ "03/12 10:14 Marie L. : ok merci, je passe.", { "merci",
	    NULL }, { "Marie L", NULL } },
	{ "[14:22] Rose B.: ok", { NULL }, { "Rose B", NULL } },
	{ "Transmissions : 14:00 - Repas : pris en totalit\xc3\xa9. "
	    "8:30 - TA : 12/8. 21:03 - Vous : ok. 10:30 - Kin\xc3\xa9 "
	    ": s\xc3\xa9" "ance faite. 20:00 - Coucher : RAS.",
	    { "Repas", "Vous", "Coucher" }, { NULL } })

/* A meeting's attendance list: its items are people, first names that
 * are also words too ("Blanche", "Violette"); findings after a noun
 * ("Réflexes présents : Achilléens") and items of roles stay. */
TEST_SPAN_CASES(test_attendance_lists, &test_default, &S,
	{ "Pr\xc3\xa9sents : Rose, Blanche et Violette (IDE), M. "
	    "Martin.", { "IDE", NULL }, { "Blanche", "Violette",
	    NULL } },
	{ "R\xc3\xa9union. Pr\xc3\xa9sents : Dr Roux, Claire "
	    "(interne), la cadre, Prune.", { "interne", "cadre", NULL },
	    { "Claire", "Prune", NULL } },
	{ "Synth\xc3\xa8se - \xc3\x89taient pr\xc3\xa9sentes : "
	    "Mme Blanche, Claire.", { NULL }, { "Blanche", "Claire",
	    NULL } },
	{ "R\xc3\xa9" "flexes pr\xc3\xa9sents : Achill\xc3\xa9" "ens, "
	    "Rotuliens. Participants : IDE de nuit, Pharmacie ; Rose "
	    "claire.", { "Achill\xc3\xa9" "ens", "Pharmacie", NULL },
	    { NULL } })

/* Portugal's postcode and its city with no street before them (the
 * shape four, hyphen, three is its cue); ordinary words after the same
 * digits stay. */
TEST_SPAN_CASES(test_portuguese_postcode_alone, &test_default, &S,
	{ "Adresse : 8135-024 Almancil, Portugal.", { "Portugal",
	    NULL }, { "8135-024 Almancil", NULL } },
	{ "Vit l'hiver au 4700-320 Braga chez son fils.", { "fils",
	    NULL }, { "4700-320 Braga", NULL } },
	{ "Envoi : 4400-123 Vila Nova de Gaia.", { NULL },
	    { "4400-123 Vila Nova de Gaia", NULL } },
	{ "CD4 1250-142 Lymphocytes, en 2019-202 Total.",
	    { "Lymphocytes", "Total", NULL }, { NULL } })

/* A table pasted in the note with a date's column: its DD/MM cells are
 * dates, found by their column (rows one after another, cut by empty
 * cells or lines); a pressure's column of the same shape stays. */
TEST_SPAN_CASES(test_table_date_column, &test_default, &S,
	{ "Tableau : | Date | Poids | TA | 01/12 | 72,4 | 13/08 | "
	    "02/12 | 72,1 | 12/07 | 03/12 | 71,8 | 12/09 |",
	    { "13/08", "12/07", "12/09" }, { "01/12", "02/12",
	    "03/12" } },
	{ "| Date | TA |\n| 05/11 | 12/08 |\n| 06/11 | 11/07 |\n",
	    { "12/08", "11/07", NULL }, { "05/11", "06/11", NULL } },
	{ "| Heure | Date | INR | | 8h | 07/11 | 2,3 | | 9h | 08/11 | "
	    "3,1 |", { "2,3", NULL }, { "07/11", "08/11", NULL } })

/* The first of a month written "1er/12" (the ordinal glued to the
 * month in digits), with its year too: a date, where the day or the
 * whole was left raw ("1er/12/2025" lost its month and year only). */
TEST_SPAN_CASES(test_first_of_month_numeric, &test_default, &S,
	{ "Cs du 1er/12 : RAS.", { "RAS", NULL }, { "1er/12", NULL } },
	{ "Revu le 1er/12/2025 \xc3\xa0 14h.", { NULL },
	    { "1er/12/2025", NULL } },
	{ "N\xc3\xa9 le 1er.03.1950 \xc3\xa0 Oran.", { NULL },
	    { "1er.03.1950", NULL } },
	{ "Vue le 1er. Le 1er/13 et le 1er mai.", { "13", NULL },
	    { "1er mai", NULL } })

/* A list flattened in the note, each entry a DD/MM and a colon after
 * "; ", a dash or a bullet: a date; a score's or a pressure's change
 * after its label stays. */
TEST_SPAN_CASES(test_list_entry_dates, &test_default, &S,
	{ "Poids 01/12 : 72,4 kg - 02/12 : 72,1 kg ; 03/12 : 71,8 kg",
	    { "72,1", NULL }, { "02/12", "03/12", NULL } },
	{ "- 01.12 : INR 2,3 - 08.12 : INR 3,1", { "INR", NULL },
	    { "01.12", "08.12", NULL } },
	{ "\xe2\x80\xa2 03/12 : RAS \xe2\x80\xa2 04/12 : chute",
	    { "RAS", NULL }, { "03/12", "04/12", NULL } },
	{ "EVA 3/10 - 07/10 : mieux. TA 12/8 - 13/08 : debout.",
	    { "07/10", "13/08", NULL }, { NULL } })

/* A name coordinated with a name found over a short note in
 * parentheses after it ("Adam (IDE) et Ilyes"); ordinary words and drugs
 * after the link stay. */
TEST_SPAN_CASES(test_coordination_over_parentheses, &test_default, &S,
	{ "Vus ce jour : ses fils Adam (IDE) et Ilyes (\xc3\xa9tudiant).",
	    { "IDE", NULL }, { "Adam", "Ilyes", NULL } },
	{ "Mme Martin (fille) et Doliprane. M. Dupont (HTA) et "
	    "Parkinson. Mme Blanc (fille) et petit app\xc3\xa9tit.",
	    { "Doliprane", "Parkinson", "petit" }, { "Martin", NULL } })

/* ---- leaks19b: the leaks the review left (docs/scrub.md "Leaks left by
 * the review, nineteenth pass (leaks19b)") ---- */


/* (the letters of the initials are asked one by one: the letter the
 * name rules took and the one this pass adds are two spans) */

/* The patient Ana Lopes of the row. */
static const struct detect_value LOPES_ROW[] = {
	{ DETECT_IDENT_LAST_NAME, "LOPES", 5 },
	{ DETECT_IDENT_FIRST_NAME, "Ana", 3 },
};

/* Word w of text (its first occurrence) is in no span after detect_run
 * in mode o with the row (row, nrow). */
static void
row_word_kept_in(const struct detect_options *o, const char *text,
    const struct detect_value *row, size_t nrow, const char *w)
{
	const char *at = strstr(text, w);
	size_t a, b;

	assert_non_null(at);
	a = (size_t)(at - text);
	b = a + strlen(w);
	assert_int_equal(detect_run(o, text, strlen(text), row, nrow, &S), 0);
	for (size_t i = 0; i < S.nspans; i++)
		if (S.spans[i].start < b && S.spans[i].end > a) {
			print_error("'%s' in '%s' went, kept expected\n", w,
			    text);
			fail();
		}
}

/* The same with the row LOPES_ROW. */
static void
row_word_kept(const struct detect_options *o, const char *text,
    const char *w)
{
	row_word_kept_in(o, text, LOPES_ROW, N(LOPES_ROW), w);
}

/* The patient's surname that is an ordinary word, alone where a sentence
 * starts, as the subject of what only a person does ("Pigeon refuse le
 * traitement", namesweep19's name sweep: 68 of its 70 misses with the
 * patient's row); the first name had the rule, the surname not.  The
 * row's word before "est", "reste" (a mass's verbs) or a participle that
 * folds to a verb ("Pain refusé") stays. */
static void
test_row_surname_subject(void **state)
{
	static const struct detect_value pigeon[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Ana", 3 },
	};
	static const struct detect_value pain[] = {
		{ DETECT_IDENT_LAST_NAME, "PAIN", 4 },
		{ DETECT_IDENT_FIRST_NAME, "Ana", 3 },
	};
	static const struct detect_value masse[] = {
		{ DETECT_IDENT_LAST_NAME, "MASSE", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Ana", 3 },
	};
	static const char *const gone[] = {
		"Pigeon refuse le traitement ce soir.",
		"Nuit calme. Pigeon ne veut pas manger.",
		"Transmissions : Pigeon signale une douleur.",
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++) {
		test_row_word_as_value(&test_default, &S, gone[i], pigeon,
		    N(pigeon), "Pigeon", 0);
		test_row_word_gone(&test_recall, &S, gone[i], pigeon,
		    N(pigeon), "Pigeon");
	}
	row_word_kept_in(&test_default, "Pain refus\xc3\xa9 ce midi.", pain,
	    N(pain), "Pain");
	row_word_kept_in(&test_default, "Masse est palp\xc3\xa9" "e.", masse,
	    N(masse), "Masse");
	row_word_kept_in(&test_default, "Masse reste stable.", masse,
	    N(masse), "Masse");
}

/* speed29b: row_value_words passes over a name's word some bytes of which
 * a span holds already (the row's name in an e-mail address): the same
 * name beside that span, glued to it or after it, is still the row's
 * value (a filter one byte too wide loses "Lopez" glued to a date). */
static void
test_row_name_beside_taken(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "LOPEZ", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Bernard", 7 },
		{ DETECT_IDENT_EMAIL, "bernard-lopez@wanadoo.fr", 24 },
	};
	static const struct { const char *text, *w; int k; } cases[] = {
		{ "RDV 12/03/2024Lopez vu.", "Lopez", 0 },
		{ "Mail bernard-lopez@wanadoo.fr, LOPEZ rappellera.", "LOPEZ",
		    0 },
		{ "Mail bernard-lopez@wanadoo.fr (Bernard) vu.", "Bernard", 1 },
		{ "bernard-lopez@wanadoo.fr Bernard LOPEZ", "LOPEZ", 0 },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++)
		test_row_word_as_value(&test_default, &S, cases[i].text, row,
		    N(row), cases[i].w, cases[i].k);
}

/* A business bears its owner's name: the patient's own surname after a
 * business head ("Taxi Lopes", "Ambulances Dubois-Lopes", "menuiserie
 * Lopes et Fils") is the patient's or a relative's and goes (it stayed,
 * read as an institution named after someone), and a compound surname
 * after it one half of which is found goes whole ("Pharmacie
 * Lopes-Martins" left "Martins").  A place of care named like the
 * patient ("hôpital Lopes", the lead's rule) and a business named after
 * someone else ("Taxi Bouvier-Lemaire", "Pharmacie Bel-Air") stay. */
static void
test_business_owner_names(void **state)
{
	static const struct { const char *text, *w; } gone[] = {
		{ "Retour par Taxi Lopes demain 9h.", "Lopes" },
		{ "Transport par les Ambulances Lopes, bon fait.", "Lopes" },
		{ "Transport par les Ambulances Dubois-Lopes, bon fait.",
		    "Dubois" },
		{ "Transport par les Ambulances Dubois-Lopes, bon fait.",
		    "Lopes" },
		{ "Ordonnance \xc3\xa0 retirer \xc3\xa0 la Pharmacie "
		    "Lopes-Martins, rue de la Gare.", "Martins" },
		{ "Pharmacie Martins-Lopes appel\xc3\xa9" "e.", "Martins" },
		{ "Ancien employeur : menuiserie Lopes et Fils.", "Lopes" },
		{ "Taxi Ana Lopes r\xc3\xa9serv\xc3\xa9.", "Lopes" },
	};
	static const struct { const char *text, *w; } kept[] = {
		{ "Suivi \xc3\xa0 l'h\xc3\xb4pital Lopes depuis mai.", "Lopes" },
		{ "Taxi Bouvier-Lemaire r\xc3\xa9serv\xc3\xa9.", "Bouvier" },
		{ "Taxi Bouvier-Lemaire r\xc3\xa9serv\xc3\xa9.", "Lemaire" },
		{ "Pharmacie Bel-Air appel\xc3\xa9" "e.", "Air" },
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++) {
		test_row_word_gone(&test_default, &S, gone[i].text, LOPES_ROW,
		    N(LOPES_ROW), gone[i].w);
		test_row_word_gone(&test_recall, &S, gone[i].text, LOPES_ROW,
		    N(LOPES_ROW), gone[i].w);
	}
	for (size_t i = 0; i < N(kept); i++)
		row_word_kept(&test_default, kept[i].text, kept[i].w);
}

/* A compound first name's initials joined by a hyphen with one dot or
 * none ("Dr A-S. Vidal", "J-P. Martin", "avis de M-C Dupont", "Dr Vidal
 * (A-S.)"): the first letter stayed beside its dotted or named second;
 * a notation's letters ("HLA-B27", "T2-S.") and letters a comma parts
 * from the name stay. */
TEST_SPAN_CASES(test_hyphen_initials, &test_default, &S,
	{ "Dr A-S. Vidal a vu la patiente.", { NULL },
	    { "A", "S", "Vidal" } },
	{ "Appel de J-P. Martin ce matin.", { NULL },
	    { "J", "P", "Martin" } },
	{ "Avis de M-C Dupont, kin\xc3\xa9.", { NULL },
	    { "M", "C", "Dupont" } },
	{ "Courrier du Dr Vidal (A-S.) re\xc3\xa7u.", { NULL },
	    { "A", "S", NULL } },
	{ "Revu avec A-S Vidal hier.", { NULL }, { "A", "S", NULL } },
	/* a notation, a digit before the letter, a comma */
	{ "HLA-B27 positif, Dr Vidal.", { "HLA-B27", NULL },
	    { "Vidal", NULL } },
	{ "Groupe A-B, Dupont pr\xc3\xa9venu.", { "A-B", NULL },
	    { NULL } })

/* A chat message's sender with no clock time, after a chat's mark at a
 * line's start: WhatsApp's "~ " before a number not in the contacts, a
 * quoted reply's ">" ("~ Marie L.: ...", "> Rose : ..."); a first name
 * that is a word too stayed.  A note's entry after ">" ("> Repas :
 * pris", "> TA : 12/8") and a comparison in a line ("CRP > Rose") stay. */
TEST_SPAN_CASES(test_chat_senders_without_time, &test_default, &S,
	{ "Copie de la conversation :\n~ Marie L.: elle a mang\xc3\xa9 "
	    "ce midi", { NULL }, { "Marie", NULL } },
	{ "Message transf\xc3\xa9r\xc3\xa9 :\n> Rose : elle dort depuis "
	    "10h\nOk merci.", { NULL }, { "Rose", NULL } },
	{ ">> Rose: elle a vomi", { NULL }, { "Rose", NULL } },
	{ "[14:22] ~ Marie L.: ok pour demain", { NULL },
	    { "Marie", NULL } },
	/* entries of a note, a comparison, a mark within a line */
	{ "Bilan :\n> Repas : pris\n> TA : 12/8", { "Repas", "TA",
	    NULL }, { NULL } },
	{ "Voir si CRP > Rose : non.", { "Rose", NULL }, { NULL } })

/* An OCR'd postcode whose zeros were read as O, two true digits (the
 * département's) first: "44OOO Nantes" (textnorm read three true digits
 * at least before a capitalized city).  Four O's after one digit, a sum
 * before a word in capitals of three letters but one digit, a number
 * and its unit stay. */
TEST_SPAN_CASES(test_ocr_round_postcodes, &test_default, &S,
	{ "Nouvelle adresse : 3 rue des Lilas, 44OOO Nantes.", { NULL },
	    { "44OOO", "Nantes", NULL } },
	{ "Courrier retourn\xc3\xa9, vit au 29OOO Quimper depuis mai.",
	    { NULL }, { "29OOO Quimper", NULL } },
	{ "Domicile 35OO0 Rennes.", { NULL }, { "35OO0 Rennes", NULL } },
	/* one true digit before a capitalized word, a sum */
	{ "Classe 4OOOO Nantes.", { "4OOOO", NULL }, { NULL } },
	{ "Facture de 12OOO Euros.", { "12OOO", NULL }, { NULL } })

/* An OCR'd identifier of fewer than nine or with more than two letters,
 * its zeros read as capital O ("IPP : 32OOOOO2"): textnorm read one or
 * two letters in nine to fifteen.  One true digit and a shout stay. */
TEST_SPAN_CASES(test_ocr_zero_ids, &test_default, &S,
	{ "Etiquette : IPP : 32OOOOO2, s\xc3\xa9jour 2025.", { NULL },
	    { "32OOOOO2", NULL } },
	{ "Scan du dossier n\xc2\xb0 1OO2OO45 re\xc3\xa7u.", { NULL },
	    { "1OO2OO45", NULL } },
	/* one true digit, a word's letters */
	{ "Cri : 2OOOOO fois NOOOON.", { "2OOOOO", NULL }, { NULL } })

/* A day and a month with a dot and no year after "datée", "datées" or
 * "Dates" ("ordonnance datée 12.11"): the participle's masculine folds to
 * "date", a cue, its other forms were no cue and a dotted pair needs
 * one; a day of one digit with a dot after a strong cue ("depuis le
 * 3.11") was read only with a slash.  A dose after it, a weak cue stay. */
TEST_SPAN_CASES(test_dated_participle, &test_default, &S,
	{ "Ordonnance dat\xc3\xa9" "e 12.11 : Doliprane 1 g.", { NULL },
	    { "12.11", NULL } },
	{ "Deux ordonnances dat\xc3\xa9" "es 03.12, \xc3\xa0 renouveler.",
	    { NULL }, { "03.12", NULL } },
	{ "Dates : 14.11", { NULL }, { "14.11", NULL } },
	/* a day of one digit and a dot after a strong cue */
	{ "Alit\xc3\xa9" "e depuis le 3.11, revue du 3.11 au 5.11.",
	    { NULL }, { "3.11", "5.11", NULL } },
	{ "Pass\xc3\xa9" "e de 3 le soir \xc3\xa0 1.10 le matin.",
	    { "1.10", NULL }, { NULL } },
	{ "Prendre le 2.50 mg au coucher.", { "2.50", NULL }, { NULL } },
	/* a dose */
	{ "Solution dat\xc3\xa9" "e 1.5 mg par jour.", { "1.5", NULL },
	    { NULL } })

/* All in capitals, an ordinary word no list holds right after a civil
 * title, before a verb it is the subject of or a participle of a visit:
 * the surname (the lead, caps_surname_before_verb).  The title alone
 * before its verb and a word of how the patient is stay. */
TEST_SPAN_CASES(test_caps_surname_before_verb, &test_default, &S,
	{ "MME PIGEON VUE CE JOUR.", { NULL }, { "PIGEON", NULL } },
	{ "MME CHAPELLE EST VENUE.", { NULL }, { "CHAPELLE", NULL } },
	{ "MR FAUCON EST SORTI.", { NULL }, { "FAUCON", NULL } },
	{ "MME PIGEON A APPELE.", { NULL }, { "PIGEON", NULL } },
	{ "MME ALGIQUE A RECU UN DOLIPRANE.", { "ALGIQUE", NULL },
	    { NULL } },
	{ "MME DAUPHIN VUE AVEC SA FILLE.", { NULL }, { "DAUPHIN",
	    NULL } },
	{ "MME ANXIEUSE EST VUE.", { "ANXIEUSE", NULL }, { NULL } },
	{ "MME CALME CE SOIR.", { "CALME", NULL }, { NULL } },
	{ "MME TOUJOURS ALGIQUE.", { "TOUJOURS", "ALGIQUE", NULL },
	    { NULL } },
	{ "MME EST VENUE CE JOUR.", { "EST", "VENUE", NULL },
	    { NULL } },
	{ "MME CONFUSE CE MATIN.", { "CONFUSE", NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_name_beside_taken),
		cmocka_unit_test(test_cued_date_before_value),
		cmocka_unit_test(test_birth_month_short_year),
		cmocka_unit_test(test_chat_senders),
		cmocka_unit_test(test_attendance_lists),
		cmocka_unit_test(test_portuguese_postcode_alone),
		cmocka_unit_test(test_table_date_column),
		cmocka_unit_test(test_first_of_month_numeric),
		cmocka_unit_test(test_list_entry_dates),
		cmocka_unit_test(test_coordination_over_parentheses),
		cmocka_unit_test(test_business_owner_names),
		cmocka_unit_test(test_hyphen_initials),
		cmocka_unit_test(test_chat_senders_without_time),
		cmocka_unit_test(test_ocr_round_postcodes),
		cmocka_unit_test(test_dated_participle),
		cmocka_unit_test(test_ocr_zero_ids),
		cmocka_unit_test(test_row_surname_subject),
		cmocka_unit_test(test_caps_surname_before_verb),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
