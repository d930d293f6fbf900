/* Unit tests of the twentieth review pass (docs/scrub.md "Review,
 * twentieth pass (review20)"): identifiers that pasted records, mails,
 * web addresses and other genres the earlier reviews did not write left
 * raw.  Each case: what must go in both modes, and the look-alike that
 * must stay in the default mode.  The detectors alone (detect_run). */
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

/* A record pasted as XML or a web address's query: the value of a key
 * of a name or a place ("<nom>Tisserand</nom>", "?nom=Pigeon&prenom=
 * Jeanne") goes whatever its words, as a JSON record's did; other keys
 * and a name's value with a digit stay. */
TEST_SPAN_CASES(test_keyed_markup, &test_default, &S,
	{ "<patient><nom>Tisserand</nom><prenom>Luc</prenom>"
	    "<examen>HbA1c</examen></patient>", { "HbA1c", NULL },
	    { "Tisserand", "Luc", NULL } },
	{ "<NOM>Dauphin</NOM> <ville>Rez\xc3\xa9</ville> <nom>HbA1c 7</nom>",
	    { "HbA1c 7", NULL }, { "Dauphin", "Rez\xc3\xa9", NULL } },
	{ "lien : https://portail.chu.fr/dossier?nom=Pigeon&prenom=Jeanne"
	    "&service=cardio#top", { "cardio", NULL },
	    { "Pigeon", "Jeanne", NULL } },
	{ "https://x.fr/a?id=3&name=Prince%20Anne&ville=Saint+Herblain",
	    { "id=3", NULL }, { "Prince%20Anne", "Saint+Herblain", NULL } },
	/* no '?' or '&' before the key, no closing tag */
	{ "Glyc\xc3\xa9mie ? le nom=bilan ; <nom>Chapelle sans fin",
	    { "bilan", "Chapelle", NULL }, { NULL } })

/* The display name before a mail's address in a forwarded or quoted
 * mail, names that are ordinary words ("Chapelle", "Prince",
 * "Tisserand"): the address is the cue; a service's, a shop's or a
 * firm's name before its address stays. */
TEST_SPAN_CASES(test_mail_display_names, &test_default, &S,
	{ "-----Message d'origine-----\nDe: Claire Tisserand "
	    "[mailto:claire.tisserand@orange.fr]\nObjet: RE: rdv",
	    { "Objet", NULL }, { "Tisserand", NULL } },
	{ "Le 03/03/2025 \xc3\xa0 14:02, H\xc3\xa9l\xc3\xa8ne Chapelle "
	    "<h.chapelle@wanadoo.fr> a \xc3\xa9" "crit :",
	    { NULL }, { "Chapelle", NULL } },
	{ "On Mon, Mar 3, 2025 at 2:02 PM Kevin Prince <kp1984@gmail.com>"
	    " wrote:", { "wrote", NULL }, { "Prince", NULL } },
	{ "De : \"Paul Vigneron\" <pvigneron@chu-nantes.fr>",
	    { NULL }, { "Vigneron", NULL } },
	/* services, shops, a firm */
	{ "De : Secr\xc3\xa9tariat G\xc3\xa9riatrie "
	    "<secretariat.geriatrie@chu.fr>",
	    { "Secr\xc3\xa9tariat G\xc3\xa9riatrie", NULL }, { NULL } },
	{ "De : Pharmacie Centrale <pharmacie.centrale@wanadoo.fr>",
	    { "Pharmacie Centrale", NULL }, { NULL } },
	{ "De : Service Cardiologie <cardiologie@chu.fr>, Doctolib "
	    "<no-reply@doctolib.fr>", { "Cardiologie", "Doctolib", NULL },
	    { NULL } })

/* A day and a month with a dot after the participles a letter or a
 * prescription takes ("ordonnance sign\xc3\xa9" "e 12.11", "courrier re\xc3\xa7u
 * 12.11"): review19 left all but "dat\xc3\xa9" e; a dose after them stays. */
TEST_SPAN_CASES(test_participle_dates, &test_default, &S,
	{ "Ordonnance sign\xc3\xa9" "e 12.11 par le m\xc3\xa9" "decin.",
	    { NULL }, { "12.11", NULL } },
	{ "Courrier re\xc3\xa7u 12.11, lettre envoy\xc3\xa9" "e 14.11.",
	    { NULL }, { "12.11", "14.11", NULL } },
	{ "Certificat \xc3\xa9tabli 15.11 ; CR r\xc3\xa9" "dig\xc3\xa9 03.12.",
	    { NULL }, { "15.11", "03.12", NULL } },
	/* doses after the same words */
	{ "A re\xc3\xa7u 2.5 mg puis 12.5 mg ; envoy\xc3\xa9 1.25 mg.",
	    { "2.5", "12.5", "1.25" }, { NULL } })

/* A car's registration, a relative's ("v\xc3\xa9hicule du fils AB-123-CD"):
 * the hyphened shape anywhere, the spaced one and the older one after a
 * plate's cue; codes of care and the same shapes with no cue stay. */
TEST_SPAN_CASES(test_plates, &test_default, &S,
	{ "Transport par le fils, v\xc3\xa9hicule AB-123-CD.", { NULL },
	    { "AB-123-CD", NULL } },
	{ "Parking : plaque EF 456 GH, immatriculation 1234 AB 44.",
	    { NULL }, { "EF 456 GH", "1234 AB 44", NULL } },
	{ "Immat : GH456JK ; voiture 123 ABC 2A.", { NULL },
	    { "GH456JK", "123 ABC 2A", NULL } },
	/* codes, a shape with no cue, a plaque of the skin */
	{ "HLA-B27 positif, CD4 123 CD8, T2-N1-M0 ; AB 123 CD.",
	    { "HLA-B27", "123", "AB 123 CD" }, { NULL } },
	{ "Plaque dentaire 2 mm, plaques 3 fois.", { "2 mm", "3", NULL },
	    { NULL } })

/* An id whose zeros OCR read as a lower-case o ("IPP : 32ooooo2"), and
 * a short one of five ("IPP 4OO12", "IPP 4oo12"): leaks19b took six and
 * more in capitals; a word's o's, one true digit, no label stay. */
TEST_SPAN_CASES(test_ocr_lower_zero_ids, &test_default, &S,
	{ "Etiquette : IPP : 32ooooo2, s\xc3\xa9jour 2025.", { NULL },
	    { "32ooooo2", NULL } },
	{ "IPP 4oo12 ; IPP 4OO12 ; dossier n\xc2\xb0 1oo2oo45.", { NULL },
	    { "4oo12", "4OO12", "1oo2oo45" } },
	/* one true digit, a word, a number of five with no label */
	{ "Cri : 2ooooo fois, nooon ; 12oo mg ; x 4oo12 ok.",
	    { "2ooooo", "12oo", "4oo12" }, { NULL } })

/* A sender after a list's bullet at a line's start, a first name that is
 * a word ("- Rose : elle a bien dormi"): review19 and leaks19b left it
 * (a note's list has the same shape); the note's headings stay. */
TEST_SPAN_CASES(test_bullet_senders, &test_default, &S,
	{ "Transmissions :\n- Rose : elle a bien dormi\n- Blanche : "
	    "refuse le repas", { "Transmissions", NULL },
	    { "Rose", "Blanche", NULL } },
	{ "* Claire L. : vue\n\xe2\x80\xa2 Marine : ok\n\xe2\x80\x93 Jade: "
	    "rappel", { NULL }, { "Claire", "Marine", "Jade" } },
	/* headings, an ordinary word no list holds as a first name,
	 * a dash inside a line */
	{ "- Neuro : RAS\n- Repas : pris\n- Cardio : BDC r\xc3\xa9guliers\n"
	    "- Olive : huile", { "Neuro", "Repas", "Olive" }, { NULL } },
	{ "bilan - Claire : ok ; - France : 3 cas.",
	    { "Claire", "France", NULL }, { NULL } },
	/* one sender alone: a first name no word ("Sophie") goes, one
	 * that is a word ("Rose") is a list's item */
	{ "Soins :\n- Rose : fait.\n- Repas : pris.",
	    { "Rose", NULL }, { NULL } },
	{ "Nuit :\n- Sophie : elle dort.", { "Nuit", NULL },
	    { "Sophie", NULL } })

/* The cells under a table's heading of names, whatever their words
 * ("| Nom | Pr\xc3\xa9nom |" then "| Pigeon | Jeanne |", a CSV's
 * "Nom;Pr\xc3\xa9nom" then "Dauphin;Luc"): names that are ordinary words
 * and in no list stayed; other columns, other headings stay. */
TEST_SPAN_CASES(test_table_name_columns, &test_default, &S,
	{ "| Nom | Pr\xc3\xa9nom | Tel |\n|---|---|---|\n| Pigeon | Jeanne | "
	    "06 11 22 33 44 |\n| Cordonnier | Paul | fils |\n\nGlyc\xc3\xa9mie "
	    "normale", { "fils", "Glyc\xc3\xa9mie", NULL },
	    { "Pigeon", "Cordonnier", NULL } },
	{ "Nom;Pr\xc3\xa9nom;Lien;Tel\nDauphin;Luc;fils;0612345678\n"
	    "Prince;Anne;fille;0698765432", { "fils", "fille", NULL },
	    { "Dauphin", "Prince", NULL } },
	{ "Nom et pr\xc3\xa9nom\tService\nVigneron Tisserand\tCardiologie",
	    { "Cardiologie", NULL }, { "Vigneron", "Tisserand", NULL } },
	/* no heading of names; a heading of things */
	{ "Produit ; Dose ; Nom commercial\nParac\xc3\xa9tamol ; 1 g ; "
	    "Doliprane", { "Parac\xc3\xa9tamol", "Doliprane", NULL },
	    { NULL } },
	{ "Examen | R\xc3\xa9sultat\nPigeon | 7 %", { "Pigeon", NULL },
	    { NULL } })

/* A surname that is an ordinary word beside a first name in a file's
 * name or a web address ("Courrier-Pigeon-Jeanne-12032024.docx",
 * "doctolib.fr/.../paul-vigneron"): only names of the lists or words no
 * dictionary has went; a file's ordinary words stay. */
TEST_SPAN_CASES(test_file_url_surnames, &test_default, &S,
	{ "Voir Courrier-Pigeon-Jeanne-12032024.docx ce jour.",
	    { "Courrier", NULL }, { "Pigeon", NULL } },
	{ "RDV via https://www.doctolib.fr/medecin-generaliste/nantes/"
	    "paul-vigneron?x=1", { "nantes", NULL },
	    { "vigneron", NULL } },
	{ "https://www.doctolib.fr/infirmier/rennes/anne-chapelle",
	    { "infirmier", NULL }, { "chapelle", NULL } },
	/* no first name; a first name that is a word, in lower case */
	{ "scan_plaie_talon.jpg, bilan_sanguin_2024.pdf, lettre_jeanne.pdf",
	    { "plaie", "sanguin", "lettre" }, { NULL } })

/* The patient Marie Dupont: a first name that is a word ("mari\xc3\xa9"). */
static const struct detect_value DUPONT_ROW[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
};

/* Word w of text (its first occurrence) is in no span, with the row
 * DUPONT_ROW, in the default mode. */
static void
row_word_kept(const char *text, const char *w)
{
	const char *at = strstr(text, w);
	size_t a, b;

	assert_non_null(at);
	a = (size_t)(at - text);
	b = a + strlen(w);
	assert_int_equal(detect_run(&test_default, text, strlen(text), DUPONT_ROW,
	    N(DUPONT_ROW), &S), 0);
	for (size_t i = 0; i < S.nspans; i++)
		if (S.spans[i].start < b && S.spans[i].end > a) {
			print_error("'%s' in '%s' went, kept expected\n", w,
			    text);
			fail();
		}
}

/* The row's surname and first name on two lines ("Mme\nDUPONT\nMarie", a
 * label or a wrapped cell): the first name that is a word went only
 * beside the surname over a space.  The word in lower case at a line's
 * start, not beside the surname, stays. */
static void
test_row_pair_line_break(void **state)
{
	static const struct detect_options recall = { DETECT_ALL, 0,
	    ICD10_SENSITIVE_DEFAULT, NULL, 1 };
	static const char *const texts[] = {
		"Mme\nDUPONT\nMarie\nvue ce jour",
		"Patiente : Dupont\r\nMarie, 76 ans",
		"MARIE\nDUPONT, entr\xc3\xa9" "e le 3 mars",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++) {
		const char *w = strstr(texts[k], "Marie") ? "Marie" : "MARIE";

		test_row_word_gone(&test_default, &S, texts[k], DUPONT_ROW,
		    N(DUPONT_ROW), w);
		test_row_word_gone(&recall, &S, texts[k], DUPONT_ROW,
		    N(DUPONT_ROW), w);
	}
	row_word_kept("Bilan\nmarie depuis 1970, Dupont\nvu.", "marie");
}

/* The row's surname cut at a line's end, with a hyphen or none ("Mme
 * Du-\npont vue", "Dupo\nnt", "DU-\nPONT"): each piece alone is no part
 * of the value and stayed. */
static void
test_row_name_cut(void **state)
{
	static const struct detect_options recall = { DETECT_ALL, 0,
	    ICD10_SENSITIVE_DEFAULT, NULL, 1 };
	static const char *const texts[] = {
		"Mme Du-\npont vue ce jour.", "Appel de Mme Dupo\nnt ce matin.",
		"Patiente DU-\r\nPONT, 76 ans.",
	};
	static const char *const pieces[] = { "pont", "nt", "PONT" };

	(void)state;
	for (size_t k = 0; k < N(texts); k++) {
		test_row_word_gone(&test_default, &S, texts[k], DUPONT_ROW,
		    N(DUPONT_ROW), pieces[k]);
		test_row_word_gone(&recall, &S, texts[k], DUPONT_ROW,
		    N(DUPONT_ROW), pieces[k]);
	}
	/* another word cut the same way, a prefix of the name alone */
	row_word_kept("Bilan\nsanguin ; Du-\npuis ce jour.", "puis");
	row_word_kept("Bilan\nsanguin ; Du-\npuis ce jour.", "sanguin");
}

/* A surname that is an ordinary word after a first name found, at a
 * line's end: a signature's name over its role, a mail header's
 * ("Paul Vigneron\nCadre de sant\xc3\xa9", "\xc3\x80 : Paul Vigneron\nCc :"):
 * names19c asked a mark of a clause's end or a word in lower case. */
TEST_SPAN_CASES(test_word_surname_line_end, &test_default, &S,
	{ "Bien \xc3\xa0 vous,\n\nPaul Vigneron\nCadre de sant\xc3\xa9",
	    { "Cadre", NULL }, { "Vigneron", NULL } },
	{ "Cordialement,\nH\xc3\xa9l\xc3\xa8ne Chapelle\nInfirmi\xc3\xa8re "
	    "coordinatrice", { "Infirmi\xc3\xa8re", NULL },
	    { "Chapelle", NULL } },
	{ "\xc3\x80 : Paul Vigneron\r\nObjet : transfert", { "Objet", NULL },
	    { "Vigneron", NULL } },
	/* a drug, a weekday after a first name at a line's end */
	{ "Vu avec Marie\nDoliprane 1 g ; Jean Lundi\nvu.",
	    { "Doliprane", "Lundi", NULL }, { NULL } })

/* The persons a forwarded mail's headers name with no address ("De :
 * Claire Tisserand", "Cc : H\xc3\xa9l\xc3\xa8ne Chapelle; Luc Dauphin"), in a
 * text with a mail's own header; services, and the same lines in a note
 * with no mail header, stay. */
TEST_SPAN_CASES(test_mail_headers, &test_default, &S,
	{ "De : Claire Tisserand\nEnvoy\xc3\xa9 : mardi 4 mars 2025\n"
	    "\xc3\x80 : Paul Vigneron\nObjet : transfert", { "transfert", NULL },
	    { "Tisserand", "Vigneron", NULL } },
	{ "From: Kevin Prince\nCc: H\xc3\xa9l\xc3\xa8ne Chapelle; Luc Dauphin\n"
	    "Subject: patient", { NULL },
	    { "Prince", "Chapelle", "Dauphin" } },
	/* services; no mail header */
	{ "De : Secr\xc3\xa9tariat G\xc3\xa9riatrie\n\xc3\x80 : Pharmacie\n"
	    "Objet : RE: suivi", { "Secr\xc3\xa9tariat", "Pharmacie", NULL },
	    { NULL } },
	{ "A : Rose Pigeon\nCc : Olive Vigneron", { "Pigeon", "Vigneron",
	    NULL }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keyed_markup),
		cmocka_unit_test(test_mail_display_names),
		cmocka_unit_test(test_participle_dates),
		cmocka_unit_test(test_plates),
		cmocka_unit_test(test_ocr_lower_zero_ids),
		cmocka_unit_test(test_bullet_senders),
		cmocka_unit_test(test_table_name_columns),
		cmocka_unit_test(test_file_url_surnames),
		cmocka_unit_test(test_row_pair_line_break),
		cmocka_unit_test(test_row_name_cut),
		cmocka_unit_test(test_word_surname_line_end),
		cmocka_unit_test(test_mail_headers),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
