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
	static const char *const iban_gone[] = { "Arbeletche Iban" };
	static const char *const iban_kept[] = { "Iban : FR76", "IBAN" };
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
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
