/* Unit tests for the names with few cues of the sixteenth pass (issue
 * 10, helper recall16; docs/scrub.md "Recall, sixteenth pass"): each raw
 * value must be inside a span, and the ordinary words of the same shapes
 * in none.  The detectors alone (detect_run), without row values, in
 * both modes. */
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
static const struct detect_options DEFAULT_MODE = { DETECT_ALL, 0, 0, NULL, 0 };

/* Every word of gone[] inside a span in both modes, no word of kept[]
 * touched by one in the default mode (recall first may take more,
 * docs/scrub.md): test_spans_both_modes over S. */
static void
check(const char *text, const char *const *gone, size_t ngone,
    const char *const *kept, size_t nkept)
{
	test_spans_both_modes(&DEFAULT_MODE, &S, text, gone, ngone, kept,
	    nkept);
}

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A first name of the lists that is an ordinary word, in lower case at
 * the start of an item, before what only a person does ("céleste a
 * sonné", a compound "ange-marie a bien mangé"); a title, a first name
 * in lower case and an ordinary word before a person's verb ("mme
 * gwendal page n'a pas pris").  What must stay: a device or a thing
 * before the same verbs, "a été", an adverb or a participle after the
 * first name, a page number. */
static void
test_lower_subjects_title_pairs(void **state)
{
	static const char subj_text[] =
	    "nuit calme. c\xc3\xa9leste a sonn\xc3\xa9 2 fois. "
	    "ange-marie a bien mang\xc3\xa9, bon moral. la pompe a "
	    "sonn\xc3\xa9. rose a \xc3\xa9t\xc3\xa9 chang\xc3\xa9" "e. "
	    "marine nationale a appel\xc3\xa9.";
	static const char *const subj_gone[] = { "c\xc3\xa9leste",
	    "ange-marie" };
	static const char *const subj_kept[] = { "pompe", "rose",
	    "nationale" };
	static const char title_text[] =
	    "Mme gwendal page n'a pas pris son traitement. mr violette page "
	    "verbalise des id\xc3\xa9" "es. mme marie fatigu\xc3\xa9" "e "
	    "refuse le repas. mme marie toujours refuse. m. jean page 3 du "
	    "dossier. mme rose calme refuse.";
	static const char *const title_gone[] = { "gwendal page",
	    "violette page" };
	static const char *const title_kept[] = { "fatigu", "toujours",
	    "page 3", "calme" };

	(void)state;
	check(subj_text, subj_gone, N(subj_gone), subj_kept, N(subj_kept));
	check(title_text, title_gone, N(title_gone), title_kept,
	    N(title_kept));
}

/* A Portuguese compound first name in lower case ("maria do ceu"); a
 * first name that is also an acronym after a title and a surname ("M.
 * Arbeletche Iban, 71 ans"); in capitals, a surname after people
 * counted and their first names in the parentheses after it ("2
 * PATIENTES BEGUM DANS LE SERVICE (FATEMA ET SHIRIN, CH 12)"); a
 * relative's first name that is an ordinary word before what the
 * relative does ("SA TANTE NENE PRESENTE").  What must stay: an
 * ordinary word after "dos", the IBAN's label before its number, a
 * plural adjective and the keep lists after a count, the room after the
 * first names, the relative's adjective, a function word. */
static void
test_particles_acronyms_counted_relatives(void **state)
{
	static const char pt_text[] =
	    "ce jour visite de maria do ceu son \xc3\xa9pouse. marie dos "
	    "bloqu\xc3\xa9 depuis hier.";
	static const char *const pt_gone[] = { "maria do ceu" };
	static const char *const pt_kept[] = { "dos bloqu" };
	static const char iban_text[] =
	    "M. Arbeletche Iban, 71 ans, sort ce jour. Mme Dupont Iban : "
	    "FR76 3000 4011 2200 0104 5218 re\xc3\xa7u. M. Durand IBAN : "
	    "7630004011.";
	static const char *const iban_gone[] = { "Arbeletche Iban",
	    "FR76 3000 4011 2200 0104 5218" };
	static const char *const iban_kept[] = { "Iban :", "IBAN" };
	static const char count_text[] =
	    "ATTENTION HOMONYMIE : 2 PATIENTES BEGUM DANS LE SERVICE "
	    "(FATEMA ET SHIRIN, CH 12). 2 PATIENTES DIABETIQUES DANS LE "
	    "SERVICE. 2 PATIENTS COVID DANS LE SERVICE. 3 ENFANTS EN BAS AGE.";
	static const char *const count_gone[] = { "BEGUM", "FATEMA",
	    "SHIRIN" };
	static const char *const count_kept[] = { "CH 12", "DIABETIQUES",
	    "COVID", "EN BAS AGE" };
	static const char rel_text[] =
	    "CRISE DREPANO, SA TANTE NENE PRESENTE. SA FILLE AINEE PRESENTE. "
	    "SA FILLE TRES PRESENTE. SON FILS ANGE PASSERA.";
	static const char *const rel_gone[] = { "NENE", "ANGE" };
	static const char *const rel_kept[] = { "AINEE", "TRES" };

	(void)state;
	check(pt_text, pt_gone, N(pt_gone), pt_kept, N(pt_kept));
	check(iban_text, iban_gone, N(iban_gone), iban_kept, N(iban_kept));
	check(count_text, count_gone, N(count_gone), count_kept,
	    N(count_kept));
	check(rel_text, rel_gone, N(rel_gone), rel_kept, N(rel_kept));
}

/* Names glued by '-' in a file's name or a web address
 * ("dupont-jean.pdf", ".../martin-sophie-cr.pdf", ".../brest/anne-kerlann",
 * "www.doctolib.fr/patient/jean-dupont"); initials of two letters the
 * lexicon holds as a signature after "--" ("-- KL"); a postcode abroad of
 * four digits and its city after a cue of residence or before the
 * country ("vit à 1003 Lausanne", "1200 Genève (Suisse)").  What must
 * stay: a file's name and an address with no name ("compte-rendu.pdf",
 * "www.ameli.fr/assure/remboursements", "ambulances-bretagne"), the
 * abbreviations a note ends with ("-- HS", "-- OK"), four digits before
 * a drug or a word with no cue ("Doliprane 1000 Lasilix", "en 2019
 * Lausanne"). */
static void
test_files_urls_initials_postcodes(void **state)
{
	static const char file_text[] =
	    "PJ : dupont-jean.pdf et compte-rendu.pdf, radio-thorax.jpg. Lien : "
	    "https://drive.example.fr/partage/martin-sophie-cr.pdf ; RDV sur "
	    "https://www.doctolib.fr/medecin-generaliste/brest/anne-kerlann ; "
	    "voir www.doctolib.fr/patient/jean-dupont ; cf www.ameli.fr/assure/"
	    "remboursements ; site www.ambulances-bretagne.fr";
	static const char *const file_gone[] = { "dupont-jean",
	    "martin-sophie", "anne-kerlann", "jean-dupont" };
	static const char *const file_kept[] = { "compte-rendu",
	    "radio-thorax", "remboursements", "ambulances-bretagne",
	    "medecin-generaliste" };
	static const char kl_text[] = "Pansement refait. -- KL";
	static const char *const kl_gone[] = { "KL" };
	static const char hs_text[] = "Pompe en panne. -- HS";
	static const char *const hs_kept[] = { "HS" };
	static const char ok_text[] = "Pansement refait. -- OK";
	static const char *const ok_kept[] = { "OK" };
	static const char pc_text[] =
	    "Vit \xc3\xa0 1003 Lausanne chez sa fille. RDV \xc3\xa0 1200 "
	    "Gen\xc3\xa8ve (Suisse). Doliprane 1000 Lasilix. En 2019 Lausanne "
	    "a gagn\xc3\xa9.";
	static const char *const pc_gone[] = { "1003 Lausanne",
	    "1200 Gen\xc3\xa8ve" };
	static const char *const pc_kept[] = { "1000", "2019 Lausanne" };

	(void)state;
	check(file_text, file_gone, N(file_gone), file_kept, N(file_kept));
	check(kl_text, kl_gone, N(kl_gone), NULL, 0);
	check(hs_text, NULL, 0, hs_kept, N(hs_kept));
	check(ok_text, NULL, 0, ok_kept, N(ok_kept));
	check(pc_text, pc_gone, N(pc_gone), pc_kept, N(pc_kept));
}

/* A first name that is an eponym after a title and before a surname
 * ("Mr Gilbert Delorme"); a first name in lower case alone in
 * parentheses after a relation ("le voisin du dessus (marine)", "sa
 * compagne (céleste)"); after a relative, a title in lower case and the
 * word after it ("son fils m. garat", "son mari m. saint-cyr"); after a
 * title, a surname in capitals and a comma, an ordinary word before a
 * person's verb ("Mme BUCHERT, Materne n'a pas pris").  What must
 * stay: the eponym after "de" or before a verb, an ordinary word in
 * parentheses, a function word after "m.", a length, a thing that rings,
 * a word for a person. */
static void
test_eponym_firsts_paren_kin_titles_commas(void **state)
{
	static const char epo_text[] =
	    "Mr Gilbert Delorme ce matin. Maladie de Gilbert connue. Dr "
	    "Parkinson a d\xc3\xa9" "crit. M. Gilbert a appel\xc3\xa9.";
	static const char *const epo_gone[] = { "Gilbert Delorme" };
	static const char *const epo_kept[] = { "de Gilbert", "Parkinson" };
	static const char paren_text[] =
	    "ok vu avec le voisin du dessus (marine) / rdv. suivie par sa "
	    "compagne (c\xc3\xa9leste). son fils (malade) a appel\xc3\xa9.";
	static const char *const paren_gone[] = { "marine",
	    "c\xc3\xa9leste" };
	static const char *const paren_kept[] = { "malade" };
	static const char kin_text[] =
	    "h\xc3\xa9" "berg\xc3\xa9" " chez son fils m. garat, pharmacie "
	    "de son mari m. saint-cyr. son fils m. de retour. 3 m. de haut.";
	static const char *const kin_gone[] = { "garat", "saint-cyr" };
	static const char *const kin_kept[] = { "de retour", "de haut" };
	static const char comma_text[] =
	    "Mme BUCHERT, Materne n'a pas pris son Xarelto. Mme DUPONT, Pompe "
	    "a sonn\xc3\xa9. Mme MARTIN, Elle refuse. Mme PETIT, Patiente "
	    "refuse.";
	static const char *const comma_gone[] = { "Materne" };
	static const char *const comma_kept[] = { "Pompe", "Elle",
	    "Patiente" };

	(void)state;
	check(epo_text, epo_gone, N(epo_gone), epo_kept, N(epo_kept));
	check(paren_text, paren_gone, N(paren_gone), paren_kept,
	    N(paren_kept));
	check(kin_text, kin_gone, N(kin_gone), kin_kept, N(kin_kept));
	check(comma_text, comma_gone, N(comma_gone), comma_kept,
	    N(comma_kept));
}

/* After a surname found in capitals, a word written as a first name
 * before a clause's end ("vu par BOEHM Materne, PSL prévu"); what must
 * stay: a participle, a word followed by more words, an acronym. */
static void
test_caps_then_first(void **state)
{
	static const char text[] =
	    "Chute de M. J. TRAN dans le couloir, vu par BOEHM Materne, PSL "
	    "pr\xc3\xa9vu. Mme DURAND Vue, RAS. Visite de SIMON Colombe cet "
	    "apr\xc3\xa8s-midi. Mme MARTIN Ras.";
	static const char *const gone[] = { "BOEHM Materne" };
	static const char *const kept[] = { "Vue", "cet", "Ras" };

	(void)state;
	check(text, gone, N(gone), kept, N(kept));
}

/* A name of two letters found, written again before the rest of the
 * name found ("passeport : VU THI HONG NHUNG"); "DE MARTIN" (no such
 * word in a name found) stays. */
static void
test_short_name_heads(void **state)
{
	static const char text[] =
	    "Mme Vu Thi Hong Nhung (orthographe sur le passeport : VU THI "
	    "HONG NHUNG), 58 ans. Vu par le Dr Martin puis DE MARTIN.";
	static const char *const gone[] = { "VU THI" };
	static const char *const kept[] = { "DE MARTIN" };

	(void)state;
	check(text, gone, N(gone), kept, N(kept));
}

/* A Vietnamese name by its middle name "Thi" (seventeenth pass,
 * scan_thi_names): the syllables after it, a month ("Mai") or no list's
 * ("Nhung"), and the surname before it, in title case and in capitals.
 * What must stay: what follows the name in lower case, a word of the
 * lexicon after the first syllable in capitals ("VUE"), the word after
 * a parenthesis, a date of May. */
static void
test_thi_names(void **state)
{
	static const char text[] =
	    "Appel de NGUYEN Thi Mai / pose VVP 20G. Thi Lan signale une "
	    "chute. Madame VU (Thi Hong Nhung) GIR 2. PATIENTE TRAN THI "
	    "MAI VUE CE MATIN. RDV le 3 mai.";
	static const char *const gone[] = { "NGUYEN Thi Mai", "Thi Lan",
	    "Thi Hong Nhung", "TRAN THI MAI" };
	static const char *const kept[] = { "pose", "signale", "GIR", "VUE",
	    "RDV" };

	(void)state;
	check(text, gone, N(gone), kept, N(kept));
}

/* A lower-case name's second part glued by a hyphen, an ordinary word
 * or a relative too (seventeenth pass, lower_hyphen_part): "heloise
 * petit-frere", "Nadia marie-sainte".  What must stay: "sage-femme"
 * after its article, the verb after a first name ("a-t-il"). */
static void
test_lower_hyphen_parts(void **state)
{
	static const char text[] =
	    "sa compagne heloise petit-frere signale une chute. Madame "
	    "Nadia marie-sainte, chambre 12. la sage-femme passera. son fils "
	    "pierre a-t-il appel\xc3\xa9 ?";
	static const char *const gone[] = { "heloise petit-frere",
	    "Nadia marie-sainte" };
	static const char *const kept[] = { "signale", "sage-femme",
	    "a-t-il" };

	(void)state;
	check(text, gone, N(gone), kept, N(kept));
}

/* Eighteenth pass (recall18, docs/scrub.md "Recall, eighteenth pass"). */

/* The options with the sensitive groups suppressed (the default policy's
 * `suppress = default`), in both modes. */
static const struct detect_options DIAG_MODE = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 0 };
static const struct detect_options DIAG_RECALL_MODE = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT, NULL, 1 };

static void
check_diag(const char *text, const char *const *gone, size_t ngone,
    const char *const *kept, size_t nkept)
{
	test_spans_gone_kept(&DIAG_MODE, &S, text, gone, ngone, kept, nkept);
	test_spans_gone_kept(&DIAG_RECALL_MODE, &S, text, gone, ngone, NULL,
	    0);
}

/* A syphilis serology with a positive result beside an STI term
 * (scan_treponemal): "TPHA/VDRL positifs", "TPHA+ VDRL+", "TPHA-VDRL
 * positif".  What must stay: a titre ("VDRL 1/16"), a result on the
 * other side of a parenthesis, a negative result, a positive TPHA in a
 * note with no STI (a check-up's list). */
static void
test_treponemal_positive(void **state)
{
	static const char *const g1[] = { "TPHA/VDRL" };
	static const char *const k1[] = { "SMIT", "MUI" };
	static const char *const g2[] = { "TPHA", "VDRL" };
	static const char *const k2[] = { "Labo", "femme" };
	static const char *const g3[] = { "TPHA-VDRL" };
	static const char *const k3[] = { "VDRL 1/16" };
	static const char *const g4[] = { "syphilis" };
	static const char *const k4[] = { "TPHA-VDRL", "VDRL 1/32",
	    "TPHA/VDRL" };
	static const char *const k5[] = { "TPHA", "NFS" };

	(void)state;
	check_diag("SMIT : syphilis secondaire (ros\xc3\xa9ole, TPHA/VDRL "
	    "positifs), traitement 2,4 MUI.", g1, N(g1), k1, N(k1));
	check_diag("Labo : s\xc3\xa9rologie syphilis (TPHA+ VDRL+) chez une "
	    "femme de 30 ans.", g2, N(g2), k2, N(k2));
	check_diag("S\xc3\xa9rologies : TPHA-VDRL positif, VDRL 1/16, en "
	    "faveur d'une syphilis active.", g3, N(g3), k3, N(k3));
	check_diag("s\xc3\xa9rologie syphilis (TPHA-VDRL) positive, VDRL "
	    "1/32. Contr\xc3\xb4le : TPHA/VDRL n\xc3\xa9gatifs.", g4, N(g4),
	    k4, N(k4));
	test_spans_gone_kept(&DIAG_MODE, &S, "Bilan pr\xc3\xa9op\xc3\xa9"
	    "ratoire : TPHA positif, NFS normale.", NULL, 0, k5, N(k5));
}

/* An English day with its ordinal suffix in a note with no English
 * function word ("booked Dec 4th"): the suffixes open
 * scan_english_dates' gate.  What must stay: the count ("x2"), the
 * words around. */
static void
test_english_ordinal_gate(void **state)
{
	static const char *const gone[] = { "Dec 4th", "March 2nd" };
	static const char *const kept[] = { "x2", "repeat", "booked" };

	(void)state;
	check("Previous C-section x2, repeat elective C-section booked Dec "
	    "4th. Seen March 2nd.", gone, N(gone), kept, N(kept));
}

/* A Vietnamese surname of two letters in capitals before the given
 * name found (viet_surname_head): "VU Ngoc Anh", "LE Van Minh", "DO Thi"
 * aside (scan_thi_names).  What must stay: "VU PAR" in capitals, "VU"
 * before a French name of a long word. */
static void
test_viet_short_surnames(void **state)
{
	static const char *const gone[] = { "VU Ngoc Anh", "LE Van Minh",
	    "HO Quang Huy" };
	static const char *const kept[] = { "VU PAR" };
	static const char *const kept2[] = { "VU" };

	(void)state;
	check("Accompagn\xc3\xa9 de VU Ngoc Anh ; relais. Appel de LE Van "
	    "Minh ce jour, puis HO Quang Huy. VU PAR LE DR MARTIN.", gone,
	    N(gone), kept, N(kept));
	check("VU Jean Dupont ce jour.", NULL, 0, kept2, N(kept2));
}

/* A postcode abroad before a city that is a name of the lists too
 * (bare_foreign_postcode): "vit \xc3\xa0 2500 Biel".  What must stay:
 * a year before a name with no cue, a dose before a drug. */
static void
test_foreign_postcode_named_city(void **state)
{
	static const char *const gone[] = { "2500 Biel", "1700 Biel" };
	static const char *const kept[] = { "2019", "1000" };

	(void)state;
	check("Domicile : 2500 Biel (Suisse). Sa fille vit \xc3\xa0 1700 "
	    "Biel. En 2019 Martin a d\xc3\xa9m\xc3\xa9nag\xc3\xa9. "
	    "Doliprane 1000 Lasilix.", gone, N(gone), kept, N(kept));
}

/* A capitalized first name that is an ordinary word alone in
 * parentheses after a surname in capitals found (paren_cap_word): "M.
 * PAGE (Modeste)".  What must stay: an adjective ("(Diabétique)",
 * "(Portugaise)"), a participle ("(Décédé)"), a specialty, a relative. */
static void
test_paren_cap_first_names(void **state)
{
	static const char *const gone[] = { "Modeste", "Bienvenu" };
	static const char *const kept[] = { "Diab\xc3\xa9tique", "Portugaise",
	    "D\xc3\xa9" "c\xc3\xa9" "d\xc3\xa9", "Cardiologie", "Fils",
	    "verbalise" };

	(void)state;
	check("M. PAGE (Modeste) verbalise des id\xc3\xa9" "es. M. ROUX "
	    "(Bienvenu) dort. Mme ROUX (Diab\xc3\xa9tique) ce jour. Mme SILVA "
	    "(Portugaise) arrive. M. DUPONT (D\xc3\xa9" "c\xc3\xa9" "d\xc3\xa9) "
	    "hier. M. LEROY (Cardiologie) sort. M. ROUX (Fils) appelle.",
	    gone, N(gone), kept, N(kept));
}

/* A first name capitalized and a surname in capitals after a cue of a
 * person, ordinary words both (caps_pair): "vu par Colombe VIGNERON".
 * What must stay: a body, a service, a specialty and an adjective in
 * capitals after the same cues. */
static void
test_caps_pairs_after_cues(void **state)
{
	static const char *const gone[] = { "Colombe VIGNERON",
	    "Rosette BOULANGER" };
	static const char *const kept[] = { "SOS", "M\xc3\xa9" "decins",
	    "Rivi\xc3\xa8re", "MOBILE", "CENTRALE", "Cardiologie" };

	(void)state;
	check("Chute, vu par Colombe VIGNERON, TDM. Appel de Rosette "
	    "BOULANGER ce jour. Vu par SOS M\xc3\xa9" "decins. Adress\xc3\xa9 "
	    "par CMP Rivi\xc3\xa8re. Vu par \xc3\x89quipe MOBILE. Appel de "
	    "Pharmacie CENTRALE. Vu par Cardiologie CHU.", gone, N(gone),
	    kept, N(kept));
}

/* The same convention the other way, "NOM Prénom", after a cue
 * (caps_then_cap): "Visite de SIMON Colombe cet après-midi".  What must
 * stay: a weekday, a present participle, a place of care, a participle
 * or a feminine in -ée after a surname in capitals. */
static void
test_caps_then_first_after_cues(void **state)
{
	static const char *const gone[] = { "SIMON Colombe" };
	static const char *const kept[] = { "Lundi", "Concernant",
	    "Pharmacie", "Veuve", "Appel\xc3\xa9" "e" };

	(void)state;
	check("Visite de SIMON Colombe cet apr\xc3\xa8s-midi. Appel de "
	    "DUPONT Lundi matin. Appel de MARTIN Concernant le rdv. Appel de "
	    "DURAND Pharmacie du centre. Appel de ROUX Veuve ce jour. Appel "
	    "de ROUX Appel\xc3\xa9" "e hier.", gone, N(gone), kept, N(kept));
}

/* An IBAN after its label whose checksum fails, cut or mistyped
 * (iban_label_before): "IBAN FR76 3000 4011 2200 0104 5218 ?? incomplet",
 * to its last whole group before a word glued ("5218 reçu").
 * What must stay: the same shape with no label, a run too short after
 * the label. */
static void
test_labeled_invalid_iban(void **state)
{
	static const char *const gone[] = {
	    "FR76 3000 4011 2200 0104 5218" };
	static const char *const kept[] = { "AB12 3456 7890 1234",
	    "30 ok" };

	(void)state;
	check("RIB re\xc3\xa7u : IBAN FR76 3000 4011 2200 0104 5218 ?? "
	    "incomplet. R\xc3\xa9" "f. AB12 3456 7890 1234 sans objet. IBAN "
	    "FR76 30 ok.", gone, N(gone), kept, N(kept));
	check("IBAN : FR76 3000 4011 2200 0104 5218 re\xc3\xa7u ce jour.",
	    gone, N(gone), NULL, 0);
}

/* A capital alone after a name found, the initial of a first name
 * written after the surname (scan_name_tail_initials, the nineteenth
 * pass): "Transmis à Kerouredan M pour suite", "vu avec Kerouredan M.",
 * "Kerouredan M, IDE".  What must stay: a letter before a capitalized
 * word (a title or a new sentence), a digit, and "A" before a word
 * ("À" unaccented). */
TEST_SPAN_CASES(test_name_tail_initials, &DEFAULT_MODE, &S,
	{ "Transmis \xc3\xa0 Kerouredan M pour suite.", { NULL },
	  { "Kerouredan", "M", NULL } },
	{ "Dossier vu avec Kerouredan M. ce matin.", { NULL },
	  { "Kerouredan", "M.", NULL } },
	{ "Pansement vu avec Kerouredan M, IDE de nuit.", { NULL },
	  { "Kerouredan", "M", NULL } },
	/* Must stay. */
	{ "Vu par Dr Martin A revoir dans 3 mois.", { "A revoir", NULL },
	  { "Martin", NULL } },
	{ "MME DUPONT A \xc3\x89T\xc3\x89 VUE.", { "A \xc3\x89T", NULL },
	  { NULL } },
	{ "Mme Dupont A 38 de fi\xc3\xa8vre.", { "A 38", NULL }, { NULL } },
	{ "Transmis \xc3\xa0 Kerouredan M. Le patient dort.",
	  { "M. Le", NULL }, { NULL } })

/* One capitalized word between two names found, a middle name or a
 * second surname (scan_names_between_names, the nineteenth pass): "Mme
 * Abdallah Msa Moinaecha" with the row's surname and first name.  What
 * must stay: a conjunction or a verb in capitals between two names. */
static void
test_names_between_names(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "ABDALLAH", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Moinaecha", 9 },
	};
	static const struct test_span_case cases[] = {
		{ "VU PAR M. DUPONT ET MME DURAND CE JOUR.", { "ET", NULL },
		  { "DUPONT", "DURAND", NULL } },
		{ "VU PAR DR DUPONT VOIT DR DURAND.", { "VOIT", NULL },
		  { "DUPONT", NULL } },
	};

	(void)state;
	test_row_word_gone(&DEFAULT_MODE, &S, "Transmission IDE : Mme Abdallah "
	    "Msa Moinaecha, 38 ans, G5P4.", row, N(row), "Msa");
	test_span_cases(&DEFAULT_MODE, &S, cases, N(cases));
}

/* All in capitals, "LE" or "LA" between a relative or a carer and a
 * name found is the name's particle (leading_particle, the nineteenth
 * pass): "L'ASH LE HIR TEL", "LA KINÉ LE BERRE".  What must stay: "DE"
 * after a relative ("SA FILLE DE DUPONT"), an article before no name. */
TEST_SPAN_CASES(test_caps_particles_after_relatives, &DEFAULT_MODE, &S,
	{ "FAMILLE : L'ASH LE HIR TEL 03 27 71 77 26", { NULL },
	  { "LE HIR", NULL } },
	{ "FAMILLE : LA KIN\xc3\x89 LE BERRE TEL 03 27 71 77 26", { NULL },
	  { "LE BERRE", NULL } },
	/* Must stay. */
	{ "APPEL DE SA FILLE DE DUPONT", { "FILLE DE", NULL },
	  { "DUPONT", NULL } },
	{ "SA FILLE LE VOIT DEMAIN", { "LE VOIT", NULL }, { NULL } })

/* "VU" (Vũ) written as a name after a carer in lower case, before a
 * dash between spaces (notname_as_name, the nineteenth pass): "la
 * sage-femme VU -- RDV", "son fils VU — RDV".  What must stay: "VU"
 * after "Patient" before the same dash, "VU" before a word. */
TEST_SPAN_CASES(test_vu_before_a_dash, &DEFAULT_MODE, &S,
	{ "Accompagn\xc3\xa9" "e de la sage-femme VU -- RDV report\xc3\xa9",
	  { NULL }, { "VU", NULL } },
	{ "Accompagn\xc3\xa9 de son fils VU \xe2\x80\x94 RDV report\xc3\xa9",
	  { NULL }, { "VU", NULL } },
	/* Must stay. */
	{ "Patient VU - RAS", { "VU", NULL }, { NULL } },
	{ "Accompagn\xc3\xa9 de son fils VU par le Dr", { "VU", NULL },
	  { NULL } })

/* A lower-case first name and surname after a relation before a run of
 * dots or an ellipsis (dots_end_clause, lower_pair; the nineteenth
 * pass): "le curateur rosette ursulet.. famille", "…".  What must
 * stay: an adjective after a first name before the same dots ("sa fille
 * marie inquiète..."), a dot glued to a word. */
TEST_SPAN_CASES(test_lower_pairs_before_dots, &DEFAULT_MODE, &S,
	{ "Revoir MT le curateur rosette ursulet.. famille pr\xc3\xa9venue",
	  { NULL }, { "rosette ursulet", NULL } },
	{ "Revoir le curateur rosette ursulet\xe2\x80\xa6 famille",
	  { NULL }, { "rosette ursulet", NULL } },
	/* Must stay. */
	{ "sa fille marie inqui\xc3\xa8te... revoir",
	  { "inqui\xc3\xa8te", NULL }, { "marie", NULL } },
	{ "son fils paul malade... revoir", { "malade", NULL },
	  { "paul", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lower_subjects_title_pairs),
		cmocka_unit_test(test_particles_acronyms_counted_relatives),
		cmocka_unit_test(test_files_urls_initials_postcodes),
		cmocka_unit_test(test_eponym_firsts_paren_kin_titles_commas),
		cmocka_unit_test(test_caps_then_first),
		cmocka_unit_test(test_short_name_heads),
		cmocka_unit_test(test_thi_names),
		cmocka_unit_test(test_lower_hyphen_parts),
		cmocka_unit_test(test_treponemal_positive),
		cmocka_unit_test(test_english_ordinal_gate),
		cmocka_unit_test(test_viet_short_surnames),
		cmocka_unit_test(test_foreign_postcode_named_city),
		cmocka_unit_test(test_paren_cap_first_names),
		cmocka_unit_test(test_caps_pairs_after_cues),
		cmocka_unit_test(test_caps_then_first_after_cues),
		cmocka_unit_test(test_labeled_invalid_iban),
		cmocka_unit_test(test_name_tail_initials),
		cmocka_unit_test(test_names_between_names),
		cmocka_unit_test(test_caps_particles_after_relatives),
		cmocka_unit_test(test_vu_before_a_dash),
		cmocka_unit_test(test_lower_pairs_before_dots),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
