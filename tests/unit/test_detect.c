/* Unit tests for detect: each detector on the forms it must find, and the
 * near-misses it must leave alone (a 15-digit number with a wrong key, a
 * lab value, a dose "1 000 mg", a clinical eponym, "Saint-Martin"). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;
static const struct detect_options ALL = { DETECT_ALL, 0, 0, NULL, 0 };

static void
run(const struct detect_options *o, const char *text,
    const struct detect_value *row, size_t nrow)
{
	assert_int_equal(detect_run(o, text, strlen(text), row, nrow, &S), 0);
}

/* A span of `kind` covers exactly `what` (the first occurrence); a name
 * span may hold more words of the same name. */
static int
has(const char *text, enum detect_kind kind, const char *what)
{
	const char *p = strstr(text, what);

	if (p == NULL)
		return 0;
	for (size_t i = 0; i < S.nspans; i++) {
		size_t a = (size_t)(p - text), b = a + strlen(what);

		if (S.spans[i].kind == kind && S.spans[i].start == a &&
		    S.spans[i].end == b)
			return 1;
		/* The words of one name are one span: "Marie-Thérèse NGUYEN"
		 * holds "NGUYEN". */
		if (S.spans[i].kind == kind && kind == DETECT_NAME &&
		    S.spans[i].start <= a && S.spans[i].end >= b)
			return 1;
	}
	return 0;
}

static void
find(const char *text, enum detect_kind kind, const char *what)
{
	run(&ALL, text, NULL, 0);
	if (!has(text, kind, what)) {
		print_error("not found: kind %d '%s' in '%s' (%zu spans)\n",
		    (int)kind, what, text, S.nspans);
		fail();
	}
}

static void
nothing(const char *text)
{
	run(&ALL, text, NULL, 0);
	if (S.nspans != 0) {
		print_error("unexpected span %zu-%zu kind %d in '%s'\n",
		    S.spans[0].start, S.spans[0].end, (int)S.spans[0].kind, text);
		fail();
	}
}

/* Texts and the span each must give (what NULL: no span at all). */
struct span_case {
	const char		*text;
	enum detect_kind	 kind;
	const char		*what;
};

static void
expect_spans(const struct span_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (c[i].what != NULL)
			find(c[i].text, c[i].kind, c[i].what);
		else
			nothing(c[i].text);
	}
}
#define EXPECT_SPANS(...) do {						\
	static const struct span_case cases_[] = { __VA_ARGS__ };	\
	expect_spans(cases_, sizeof(cases_) / sizeof(cases_[0]));	\
} while (0)

static void
test_nir(void **state)
{
	(void)state;
	EXPECT_SPANS(
	    { "NIR 2 55 08 14 168 025 38, VIH+",
	      DETECT_NIR, "2 55 08 14 168 025 38" },
	    { "NIR 255081416802538.", DETECT_NIR, "255081416802538" },
	    { "nss 2.55.08.14.168.025.38",
	      DETECT_NIR, "2.55.08.14.168.025.38" },
	    { "nss 2-55-08-14-168-025-38",
	      DETECT_NIR, "2-55-08-14-168-025-38" },
	    { "sans clé 2550814168025 ici", DETECT_NIR, "2550814168025" },
	    { "sans clé 2 55 08 14 168 025 ici",
	      DETECT_NIR, "2 55 08 14 168 025" },
	    { "corse 253072A07300443", DETECT_NIR, "253072A07300443" },
	    { "corse 2 53 07 2B 073 004 70",
	      DETECT_NIR, "2 53 07 2B 073 004 70" },
	    { "né à l'étranger 295109912611193",
	      DETECT_NIR, "295109912611193" },
	    { "typo 2 55 08  14 168 025 38",
	      DETECT_NIR, "2 55 08  14 168 025 38" },
	    /* NIA sex digits 3/4/7/8: valid keys computed for these bodies. */
	    { "NIA 755081416802579", DETECT_NIR, "755081416802579" },
	    /* Near-misses. */
	    { "lot 255081416802599 du vaccin", 0, NULL },	/* wrong key */
	    { "lot 2 55 08 14 168 025 99", 0, NULL },	/* ... not half taken */
	    /* The key after the word "clé" (issue 10). */
	    { "NIR 2 55 08 14 168 025 clé 38, VIH+",
	      DETECT_NIR, "2 55 08 14 168 025 clé 38" },
	    { "NIR 2 55 08 14 168 025 CLE : 38", DETECT_NIR,
	      "2 55 08 14 168 025 CLE : 38" },
	    /* A wrong key after it: the body only, the key stays. */
	    { "NIR 2 55 08 14 168 025 clé 99", DETECT_NIR, "2 55 08 14 168 025" },
	    { "sexe 5 : 555081416802538", 0, NULL },	/* sex digit 5 */
	    { "réf 2551314168025", 0, NULL });	/* month 13 */
}

static void
test_phone(void **state)
{
	(void)state;
	EXPECT_SPANS(
	    { "Tél 06 12 34 56 78.", DETECT_PHONE, "06 12 34 56 78" },
	    { "Tél 06.12.34.56.78", DETECT_PHONE, "06.12.34.56.78" },
	    { "Tél 06-12-34-56-78", DETECT_PHONE, "06-12-34-56-78" },
	    { "au 0612345678 svp", DETECT_PHONE, "0612345678" },
	    { "au +33 6 12 34 56 78", DETECT_PHONE, "+33 6 12 34 56 78" },
	    { "au +33612345678", DETECT_PHONE, "+33612345678" },
	    { "au +33 (0)6 12 34 56 78", DETECT_PHONE, "+33 (0)6 12 34 56 78" },
	    { "au 0033 6 12 34 56 78", DETECT_PHONE, "0033 6 12 34 56 78" },
	    { "Réunion +262 692 12 34 56", DETECT_PHONE, "+262 692 12 34 56" },
	    { "Réunion 0262 48 98 53", DETECT_PHONE, "0262 48 98 53" },
	    { "typo 06 12  34 56 78", DETECT_PHONE, "06 12  34 56 78" },
	    { "Paracétamol 1 000 mg x3/j", 0, NULL },
	    { "Hb 12,5 g/dL, TA 130/80 mmHg", 0, NULL },
	    { "Enoxaparine 4 000 UI/j", 0, NULL },
	    { "code 00 12 34 56 78", 0, NULL },	/* 00 is no zone */
	    { "06 12 34 56", 0, NULL },	/* 8 digits */
	    /* Pairs between slashes; other countries (issue 10). */
	    { "rappeler au 06/09/87/65/43 svp",
	      DETECT_PHONE, "06/09/87/65/43" },
	    { "tel +351 912 345 678, vit à Braga",
	      DETECT_PHONE, "+351 912 345 678" },
	    { "fils +213 554 93 15 42 (Alger)",
	      DETECT_PHONE, "+213 554 93 15 42" },
	    { "+48 527 137 755", DETECT_PHONE, "+48 527 137 755" },
	    { "au 00 221 77 186 22 40.", DETECT_PHONE, "00 221 77 186 22 40" },
	    /* Look-alikes that stay. */
	    { "le 06/09/87, puis 06/09/87/65", DETECT_DATE, "06/09/87" },
	    { "INR +2 ; K+ 4,1 ; +15 mg/j ; +1 000 UI ; 3/4 cp", 0, NULL },
	    { "poids +12 500 g, TA 12/8, score 15/20", 0, NULL },
	    { "00 12 34 56 ; 18h30 ; 2.5 mg", 0, NULL });
}

static void
test_email_iban(void **state)
{
	(void)state;
	EXPECT_SPANS(
	    { "Mail : c.thebault@orange.fr.",
	      DETECT_EMAIL, "c.thebault@orange.fr" },
	    { "à lætitia-leroy@sfr.fr;", DETECT_EMAIL, "lætitia-leroy@sfr.fr" },
	    { "rendez-vous @ 14h", 0, NULL },
	    { "IBAN FR76 3000 6000 0112 3456 7890 189 merci",
	      DETECT_IBAN, "FR76 3000 6000 0112 3456 7890 189" },
	    { "IBAN FR7630006000011234567890189",
	      DETECT_IBAN, "FR7630006000011234567890189" },
	    { "IBAN DE89 3704 0044 0532 0130 00",
	      DETECT_IBAN, "DE89 3704 0044 0532 0130 00" },
	    { "IBAN GB29 NWBK 6016 1331 9268 19",
	      DETECT_IBAN, "GB29 NWBK 6016 1331 9268 19" },
	    /* One digit changed: mod 97 fails, and with no label
	     * nothing says an account */
	    { "virement FR76 3000 6000 0112 3456 7890 188", 0, NULL },
	    /* after its label, an account mistyped is still one
	     * (iban_label_before, recall18) */
	    { "IBAN FR76 3000 6000 0112 3456 7890 188",
	      DETECT_IBAN, "FR76 3000 6000 0112 3456 7890 188" });
	assert_true(detect_iban_valid("FR7630006000011234567890189", 27));
	assert_false(detect_iban_valid("FR763000600001123456789018", 26));
}

static void
test_rpps_finess_ids(void **state)
{
	struct detect_options o = { DETECT_ALL, 8, 0, NULL, 0 };
	const char *t = "code 40012308, réf 197394915, boite 1234567";

	(void)state;
	assert_true(detect_luhn("10003456786", 11));
	EXPECT_SPANS(
	    { "RPPS 10003456786", DETECT_RPPS, "10003456786" },
	    { "RPPS 10003456788", 0, NULL },	/* Luhn fails */
	    { "FINESS 750712184", DETECT_FINESS, "750712184" },
	    { "FINESS 750712185", 0, NULL });
	/* Digit runs only when the policy asks, from its length on. */
	run(&ALL, t, NULL, 0);
	assert_false(has(t, DETECT_ID, "40012308"));
	run(&o, t, NULL, 0);
	assert_true(has(t, DETECT_ID, "40012308"));
	assert_true(has(t, DETECT_ID, "197394915") ||
	    has(t, DETECT_FINESS, "197394915"));
	assert_false(has(t, DETECT_ID, "1234567"));
	/* A number its label names is an id whatever `digits` says, from 5
	 * digits, with / - . between groups (issue 10). */
	EXPECT_SPANS(
	    { "IPP 40012308, NDA", DETECT_ID, "40012308" },
	    { "doublon NIP 779679 ;", DETECT_ID, "779679" },
	    { "N° dossier 2021/92822, HIV", DETECT_ID, "2021/92822" },
	    { "n° séjour 18-992225 meme patient", DETECT_ID, "18-992225" },
	    { "NDA : 1191818", DETECT_ID, "1191818" },
	    { "n° de prélèvement 23.04.017", DETECT_ID, "23.04.017" },
	    { "épisode n° 45226", DETECT_ID, "45226" },
	    /* Not ids: short, unlabeled, or a measure after the label. */
	    { "dossier 2021, épisode 2, chambre 12345, lot 45226", 0, NULL },
	    { "dossier MDPH, 12345 patients", 0, NULL },
	    { "séjour 12345mg", 0, NULL });
	/* ... but never a 15-digit number whose NIR key is wrong. */
	t = "lot 255081416802599";
	run(&o, t, NULL, 0);
	assert_int_equal(S.nspans, 0);
}

static void
test_dates(void **state)
{
	(void)state;
	EXPECT_SPANS(
	    { "vu le 12/03/2021.", DETECT_DATE, "12/03/2021" },
	    { "vu le 12-03-21.", DETECT_DATE, "12-03-21" },
	    { "vu le 2021-03-12.", DETECT_DATE, "2021-03-12" },
	    { "vu le 12.03.2021.", DETECT_DATE, "12.03.2021" },
	    { "vu le 12 mars 2021.", DETECT_DATE, "12 mars 2021" },
	    { "vu le 1er février 2020", DETECT_DATE, "1er février 2020" },
	    { "VU LE 12 MARS 2021", DETECT_DATE, "12 MARS 2021" },
	    { "Hb 12.5 g/dL", 0, NULL },
	    { "EVA 3/10, J+3", 0, NULL },
	    { "vu le 31/02/2021", 0, NULL },	/* no such day */
	    /* Without a year or a day (issue 10); not a score or a pressure. */
	    { "en mars 2021 puis", DETECT_DATE, "mars 2021" },
	    { "vu le 3 mars", DETECT_DATE, "3 mars" },
	    { "le 1er mai", DETECT_DATE, "1er mai" },
	    { "RDV le 18/08.", DETECT_DATE, "18/08" },
	    { "EVA 3/10, TA 12/08, note 15/20", 0, NULL },
	    /* Partial dates in common shapes (issue 10, held-out dev half). */
	    { "rdv le 03.04 a 16h", DETECT_DATE, "03.04" },
	    { "SORTIE PREVUE 07.03", DETECT_DATE, "07.03" },
	    { "ATCD IMV (03.03), traitée", DETECT_DATE, "03.03" },
	    { "critique le 25/3 à 2h10", DETECT_DATE, "25/3" },
	    { "RDV CPEF le 2/10 - Conclusion", DETECT_DATE, "2/10" },
	    { "Convocation samedi 18/01 14h ;", DETECT_DATE, "18/01" },
	    { "refait le 16/5, M. Ribeiro", DETECT_DATE, "16/5" },
	    { "RDV cardio le 12 sept.", DETECT_DATE, "12 sept" },
	    { "RDV CPEF le 17 juil / EHPAD", DETECT_DATE, "17 juil" },
	    { "VSL POUR LE 20 JUIL ;", DETECT_DATE, "20 JUIL" },
	    { "sortie le 3 fév, msg", DETECT_DATE, "3 fév" },
	    { "Biktarvy depuis nov 2019, observance", DETECT_DATE, "nov 2019" },
	    { "Mme Cadiou passera mardi 7.", DETECT_DATE, "7" },
	    /* Full dates: an abbreviated month, a two-digit year. */
	    { "née le 11 juil. 1945 à Brest", DETECT_DATE, "11 juil. 1945" },
	    { "né(e) le 25 juin 45, pour INR", DETECT_DATE, "25 juin 45" },
	    { "DDN 26 juin 89 ;", DETECT_DATE, "26 juin 89" },
	    /* A month alone where a word places an event in it; a word of
	     * position is the date's, "en" is not. */
	    { "RDV mi-février", DETECT_DATE, "mi-février" },
	    { "bilan fin juin.", DETECT_DATE, "fin juin" },
	    { "décédée en janvier. Suivi", DETECT_DATE, "janvier" },
	    { "RDV courant décembre", DETECT_DATE, "courant décembre" },
	    { "en mars, revu", DETECT_DATE, "mars" },
	    /* Look-alikes that stay: doses, ratios, times, scores, pressures,
	     * years alone, rooms, lab values, the number seven, la SEP. */
	    { "Doliprane 2.5 mg le 3/4 du comprimé", 0, NULL },
	    { "EVA 3/10 et 4/10, TA 12/8, score 15/20, force (4/5)", 0, NULL },
	    { "vu à 18h30, vers 11.05, ch. 212, chambre 12", 0, NULL },
	    { "IDM en 2015, Hb 12.5 g/dL, K+ 4.1 mmol/l", 0, NULL },
	    { "le 12 mars 20 mg, le 3 mars 14:30", DETECT_DATE, "12 mars" },
	    { "sept jours de traitement, SEP 2019, oct", 0, NULL },
	    { "mardi 7h, lundi 3 fois, le mois", 0, NULL },
	    /* a month after "de" is an event's (docs/scrub.md, addrdate5) */
	    { "mardi 7h, lundi 3 fois, le mois de mars", DETECT_DATE, "mars" },
	    { "Mars, revu ; Mai 68", 0, NULL });
}

#define V(k, s)	{ k, s, sizeof(s) - 1 }
static const struct detect_value ROW[] = {
	V(DETECT_IDENT_LAST_NAME, "DUPONT"),
	V(DETECT_IDENT_FIRST_NAME, "Hélène"),
	V(DETECT_IDENT_NIR, "255081416802538"),
	V(DETECT_IDENT_PHONE, "06 12 34 56 78"),
	V(DETECT_IDENT_EMAIL, "h.dupont@orange.fr"),
	V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	V(DETECT_IDENT_ID, "40012308"),
	V(DETECT_IDENT_LAST_NAME, "LE GALL"),
};
#define NROW (sizeof(ROW) / sizeof(ROW[0]))

static int
ctx_of(const char *text, const char *what)
{
	const char *p = strstr(text, what);

	for (size_t i = 0; p != NULL && i < S.nspans; i++)
		if (S.spans[i].start == (size_t)(p - text))
			return S.spans[i].ctx;
	return -2;
}

static void
test_row_names(void **state)
{
	const char *t;

	(void)state;
	t = "Mme helene dupont vue, puis DUPONT Hélène; J. Dupont absent";
	run(&ALL, t, ROW, NROW);
	assert_int_equal(ctx_of(t, "helene"), 1);
	assert_int_equal(ctx_of(t, "dupont vue"), 0);
	assert_int_equal(ctx_of(t, "DUPONT H"), 0);
	assert_int_equal(ctx_of(t, "Hélène;"), 1);
	assert_int_equal(ctx_of(t, "Dupont absent"), 0);
	/* The initial is the row first name's: it gets its index. */
	assert_true(has(t, DETECT_INITIAL, "J."));
	t = "Rappeler au 0612345678 ou h.dupont@orange.fr, NIR 2550814168025";
	run(&ALL, t, ROW, NROW);
	assert_int_equal(ctx_of(t, "0612345678"), 3);
	assert_int_equal(ctx_of(t, "h.dupont"), 4);
	assert_int_equal(ctx_of(t, "2550814168025"), 2);
	/* Its groups split by one ASCII sign (try_nir_one_sep): still the
	 * row's NIR, replaced as the NIR column's is. */
	t = "NIR 2:55:08:14:168:025:38 au dossier";
	run(&ALL, t, ROW, NROW);
	assert_int_equal(ctx_of(t, "2:55:08"), 2);
	t = "Domicile 12 rue de la Paix, dossier 40012308";
	run(&ALL, t, ROW, NROW);
	assert_true(has(t, DETECT_ADDRESS, "12 rue de la Paix"));
	assert_int_equal(ctx_of(t, "40012308"), 6);
	/* Compound names: the particle goes with the rest, not alone. */
	t = "M. Le Gall vu, puis le patient";
	run(&ALL, t, ROW, NROW);
	assert_int_equal(ctx_of(t, "Le Gall"), 7);
	assert_int_equal(ctx_of(t, "le patient"), -2);
	/* Whole words only. */
	t = "Dupontel n'est pas le patient";
	run(&ALL, t, ROW, NROW);
	assert_int_equal(S.nspans, 0);
}

static void
test_titles_and_dictionary(void **state)
{
	(void)state;
	EXPECT_SPANS(
	    { "Rappeler Mme Kerguelen au plus vite", DETECT_NAME, "Kerguelen" },
	    { "Courrier au Dr Marie-Thérèse NGUYEN.", DETECT_NAME, "NGUYEN" },
	    { "vu par mme kerguelen", DETECT_NAME, "kerguelen" },
	    { "Avis du Pr Abgrall", DETECT_NAME, "Abgrall" },
	    { "Son épouse Rosine VUILLEMIN présente",
	      DETECT_NAME, "VUILLEMIN" },
	    { "Adressé par Nathalie Lambert", DETECT_NAME, "Lambert" },
	    { "Pierre Blanc appelle", DETECT_NAME, "Blanc" },
	    /* Common words that are also surnames, eponyms, places. */
	    { "Petit œdème des chevilles, blanc de l'œil injecté", 0, NULL },
	    { "Maladie de Parkinson, maladie de Crohn, syndrome de Raynaud",
	      0, NULL },
	    { "Suspicion de maladie d'Alzheimer", 0, NULL },
	    { "Né à Saint-Martin, transfert à l'hôpital Saint-Louis", 0, NULL },
	    { "Masse abdominale palpée. Marche avec une canne", 0, NULL },
	    { "PR évolutive, 5 m de marche", 0, NULL },
	    { "Sortie à domicile, RAS", 0, NULL });
}

static void
test_diagnoses(void **state)
{
	struct detect_options o = { DETECT_ALL, 0, ICD10_HIV | ICD10_PREGNANCY,
	    NULL, 0 };
	const char *t = "Patient VIH+, ATCD d'IVG, grossesse en cours, syphilis";

	(void)state;
	run(&ALL, t, NULL, 0);
	assert_int_equal(S.nspans, 0);	/* not asked */
	run(&o, t, NULL, 0);
	assert_true(has(t, DETECT_DIAGNOSIS, "VIH+"));
	assert_true(has(t, DETECT_DIAGNOSIS, "IVG"));
	assert_true(has(t, DETECT_DIAGNOSIS, "grossesse"));
	assert_false(has(t, DETECT_DIAGNOSIS, "syphilis"));	/* sti not asked */

	/* The shared sensitive lexicon (conf/sensitive/): drugs and
	 * abbreviations of the groups asked for. */
	o.diagnosis_groups = ICD10_HIV | ICD10_MENTAL | ICD10_PREGNANCY;
	t = "Sous Biktarvy, PrEP par Truvada; TS m\xc3\xa9" "dicamenteuse, "
	    "tentative de suicide; ATCD d'ivg; Sa fille appelle, 12 SA";
	run(&o, t, NULL, 0);
	assert_true(has(t, DETECT_DIAGNOSIS, "Biktarvy"));
	assert_true(has(t, DETECT_DIAGNOSIS, "PrEP"));
	assert_true(has(t, DETECT_DIAGNOSIS, "Truvada"));
	assert_true(has(t, DETECT_DIAGNOSIS, "TS"));
	assert_true(has(t, DETECT_DIAGNOSIS, "tentative de suicide"));
	assert_true(has(t, DETECT_DIAGNOSIS, "ivg"));
	assert_true(has(t, DETECT_DIAGNOSIS, "SA"));
	assert_false(has(t, DETECT_DIAGNOSIS, "Sa"));
	t = "SA FILLE APPELLE";
	run(&o, t, NULL, 0);
	assert_int_equal(S.nspans, 0);
}

/* scan_terms starts a window at its first word that starts an entry
 * where the two tokenizers cut alike, and scans it whole where they may
 * not (a combining accent, a letter beyond U+023F): the same terms. */
static void
test_term_windows(void **state)
{
	struct detect_options o = { DETECT_ALL, 0, ICD10_HIV | ICD10_MENTAL,
	    NULL, 0 };
	const char *t = "Suivi ancien pour un trouble bipolaire de type 2, "
	    "se\xcc\x81ropositif connu, \xc3\xa9tat stable";
	size_t ndiag = 0;

	(void)state;
	run(&o, t, NULL, 0);
	assert_true(has(t, DETECT_DIAGNOSIS, "trouble bipolaire"));
	assert_true(has(t, DETECT_DIAGNOSIS, "se\xcc\x81ropositif"));
	/* "\xc9\x90VIH": one word of letters for both, no term */
	t = "Contexte : \xc9\x90VIH. Suivi par le Dr Martin";
	run(&o, t, NULL, 0);
	for (size_t i = 0; i < S.nspans; i++)
		ndiag += S.spans[i].kind == DETECT_DIAGNOSIS;
	assert_int_equal(ndiag, 0);
	t = "Contexte : VIH. Suivi par le Dr Martin";
	run(&o, t, NULL, 0);
	assert_true(has(t, DETECT_DIAGNOSIS, "VIH"));
}

static void
test_spans_sorted_disjoint(void **state)
{
	const char *t = "Mme DUPONT 06 12 34 56 78 le 12/03/2021 NIR "
	    "255081416802538 mail h.dupont@orange.fr";

	(void)state;
	run(&ALL, t, ROW, NROW);
	assert_true(S.nspans >= 5);
	for (size_t i = 1; i < S.nspans; i++)
		assert_true(S.spans[i - 1].end <= S.spans[i].start);
}

/* Numbers glued to letters or spaced oddly, full-width digits, a
 * zero-width space inside a name: found in the normalized text, replaced
 * in the source bytes. */
static void
test_normalized(void **state)
{
	struct detect_options o = { DETECT_ALL, 8, 0, NULL, 0 };
	const char *t;

	(void)state;
	EXPECT_SPANS(
	    { "N°184027512345674 vu", DETECT_NIR, "184027512345674" },
	    { "n°0612345678", DETECT_PHONE, "0612345678" },
	    { "(NIR184027512345674)", DETECT_NIR, "184027512345674" },
	    { "Tél:0612345678.", DETECT_PHONE, "0612345678" });
	find("NIR 1\xe2\x80\xaf" "84\xe2\x80\xaf" "02\xe2\x80\xaf" "75\xe2\x80\xaf"
	    "123\xe2\x80\xaf" "456\xe2\x80\xaf" "74 ok", DETECT_NIR,
	    "1\xe2\x80\xaf" "84\xe2\x80\xaf" "02\xe2\x80\xaf" "75\xe2\x80\xaf"
	    "123\xe2\x80\xaf" "456\xe2\x80\xaf" "74");
	find("NIR 1/84/02/75/123/456/74.", DETECT_NIR, "1/84/02/75/123/456/74");
	find("NIR\t1\t84\t02\t75\t123\t456\t74", DETECT_NIR,
	    "1\t84\t02\t75\t123\t456\t74");
	/* Full-width digits (U+FF10..U+FF19). */
	find("tel \xef\xbc\x90\xef\xbc\x96\xef\xbc\x91\xef\xbc\x92"
	    "\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96"
	    "\xef\xbc\x97\xef\xbc\x98 svp", DETECT_PHONE,
	    "\xef\xbc\x90\xef\xbc\x96\xef\xbc\x91\xef\xbc\x92"
	    "\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96"
	    "\xef\xbc\x97\xef\xbc\x98");
	/* A zero-width space, a soft hyphen, a word joiner inside a name. */
	find("Mme D\xe2\x80\x8bUPONT vue", DETECT_NAME, "D\xe2\x80\x8bUPONT");
	find("Mme Kergu\xc2\xad" "elen vue", DETECT_NAME, "Kergu\xc2\xad" "elen");
	t = "vu DU\xe2\x81\xa0PONT H\xc3\xa9l\xc3\xa8ne";
	run(&ALL, t, ROW, NROW);
	assert_int_equal(ctx_of(t, "DU\xe2\x81\xa0PONT"), 0);
	/* Decomposed accents (e + U+0301) are the row's Hélène. */
	t = "vu He\xcc\x81le\xcc\x80ne ce jour";
	run(&ALL, t, ROW, NROW);
	assert_true(has(t, DETECT_NAME, "He\xcc\x81le\xcc\x80ne"));
	t = "IPP40099999 et IPP 40012308";
	run(&o, t, ROW, NROW);
	assert_true(has(t, DETECT_ID, "40099999"));
	assert_int_equal(ctx_of(t, "40012308"), 6);
	/* Not from inside a longer number, and squares stay squares. */
	nothing("lot 1/84/02/75/123/456/99");
	t = "dates 12/03/2021 15/04/2021";
	run(&ALL, t, NULL, 0);
	assert_true(has(t, DETECT_DATE, "12/03/2021"));
	assert_true(has(t, DETECT_DATE, "15/04/2021"));
	nothing("BSA 1,8 m\xc2\xb2, 10\xe2\x81\xb9/L");
	nothing("HbA1c 7,2 %, COVID19, H1N1");
}

/* Row values of one or two letters and row values that are ordinary
 * words: only where they are used as names. */
static void
test_row_short_and_common(void **state)
{
	const struct detect_value guivarch[] = {
		V(DETECT_IDENT_LAST_NAME, "GUIVARC'H"),
		V(DETECT_IDENT_FIRST_NAME, "Yann"),
	};
	const struct detect_value petit[] = {
		V(DETECT_IDENT_LAST_NAME, "PETIT"),
		V(DETECT_IDENT_FIRST_NAME, "Rose"),
	};
	const struct detect_value wu[] = {
		V(DETECT_IDENT_LAST_NAME, "WU"),
		V(DETECT_IDENT_FIRST_NAME, "Li"),
	};
	const char *t;

	(void)state;
	t = "Vu \xc3\xa0 18h par M. GUIVARC'H, rappel \xc3\xa0 9 h";
	run(&ALL, t, guivarch, 2);
	assert_int_equal(ctx_of(t, "GUIVARC"), 0);
	assert_true(has(t, DETECT_NAME, "GUIVARC'H"));	/* one span */
	assert_int_equal(ctx_of(t, "h par"), -2);
	for (size_t i = 0; i < S.nspans; i++)
		assert_true(S.spans[i].start > 10);	/* nothing in "18h" */
	t = "Petit app\xc3\xa9tit, rose p\xc3\xa2le. Mme Petit vue avec Rose PETIT";
	run(&ALL, t, petit, 2);
	assert_int_equal(ctx_of(t, "Petit app"), -2);
	assert_int_equal(ctx_of(t, "rose p"), -2);
	assert_int_equal(ctx_of(t, "Petit vue"), 0);
	assert_int_equal(ctx_of(t, "Rose PETIT"), 1);
	assert_int_equal(ctx_of(t, "PETIT"), 0);
	t = "appel de petit rose";	/* beside each other: the names */
	run(&ALL, t, petit, 2);
	assert_int_equal(ctx_of(t, "petit"), 0);
	t = "Le petit, vu par Rose ce jour";	/* a capital mid-sentence */
	run(&ALL, t, petit, 2);
	assert_int_equal(ctx_of(t, "petit"), -2);
	assert_int_equal(ctx_of(t, "Rose"), 1);
	t = "Mme WU Li vue; dosage Li 0,8; wu";
	run(&ALL, t, wu, 2);
	assert_int_equal(ctx_of(t, "WU"), 0);
	assert_int_equal(ctx_of(t, "Li vue"), 1);
	assert_int_equal(ctx_of(t, "wu"), -2);
}

/* Names: particles kept together, after "née" and caregivers, all-caps
 * titles, one span per row value. */
static void
test_name_forms(void **state)
{
	const struct detect_value goff[] = {
		V(DETECT_IDENT_LAST_NAME, "LE GOFF"),
		V(DETECT_IDENT_FIRST_NAME, "Jean-Claude"),
	};
	const char *t;

	(void)state;
	EXPECT_SPANS(
	    { "Vu par M. Van den Broeck ce jour",
	      DETECT_NAME, "Van den Broeck" },
	    { "Avis du Dr de La Fontaine.", DETECT_NAME, "de La Fontaine" },
	    { "Mme N'Diaye appelle", DETECT_NAME, "N'Diaye" },
	    { "Mme Martin née Kerbrat, veuve", DETECT_NAME, "Kerbrat" },
	    { "vue par l'interne Julie Kerbrat", DETECT_NAME, "Kerbrat" },
	    { "l'IDE MARTINE KERBRAT passe", DETECT_NAME, "KERBRAT" },
	    { "le kiné Paul a vu", DETECT_NAME, "Paul" });
	t = "MME BLANCHE MANOUKIAN CET APR\xc3\x88S-MIDI";
	run(&ALL, t, NULL, 0);
	assert_true(has(t, DETECT_NAME, "MANOUKIAN"));
	for (size_t i = 0; i < S.nspans; i++)
		assert_true(S.spans[i].end <= 21);
	EXPECT_SPANS(
	    { "SA FILLE APPELLE CE JOUR", 0, NULL },
	    { "l'interne de garde appelle", 0, NULL },
	    /* Eponyms stay, even when the row's first name is the eponym. */
	    { "Angine de Vincent, test de Weber, manoeuvre de Valsalva",
	      0, NULL },
	    { "maladie de Creutzfeldt-Jakob, signe de Lasègue", 0, NULL });
	t = "angine de Vincent; Vincent vu ce jour";
	{
		const struct detect_value vincent[] = {
			V(DETECT_IDENT_FIRST_NAME, "Vincent"),
		};
		run(&ALL, t, vincent, 1);
		assert_int_equal(S.nspans, 1);
		assert_int_equal(ctx_of(t, "Vincent vu"), 0);
	}
	/* Names no list has, beside a name or each other. */
	EXPECT_SPANS(
	    { "Appel de Wojciech MOREL ce jour", DETECT_NAME, "Wojciech" },
	    { "Tél de la pharmacie : Aïssatou Paoli confirme",
	      DETECT_NAME, "Aïssatou Paoli" },
	    { "Tél de la pharmacie : Jean Le Bihan confirme",
	      DETECT_NAME, "Jean" },
	    { "vu par le kiné Yannig Guivarc'h.", DETECT_NAME, "Guivarc'h" });
	/* One span per row value, not one per word. */
	t = "Jean-Claude LE GOFF vu, puis M. Le Goff";
	run(&ALL, t, goff, 2);
	assert_true(has(t, DETECT_NAME, "Jean-Claude"));
	assert_true(has(t, DETECT_NAME, "LE GOFF"));
	assert_true(has(t, DETECT_NAME, "Le Goff"));
	assert_int_equal(S.nspans, 3);
}

/* Clinical abbreviations are no names, even two side by side in
 * capitals; a title after a relative is the title's, not an initial. */
static void
test_clinical_abbreviations(void **state)
{
	const char *t;

	(void)state;
	EXPECT_SPANS(
	    { "Nuit calme, NFS CRP iono \xc3\xa0 J+3, GIR 2, CCMU 2", 0, NULL },
	    { "Famille (MT : Dr Bouaziz)", DETECT_NAME, "Bouaziz" },
	    { "appel de la diet HAMDI ce jour", DETECT_NAME, "HAMDI" },
	    { "Visite de son compagnon M. Pr\xc3\xa9vost", DETECT_NAME,
	      "Pr\xc3\xa9vost" });
	t = "Visite de son compagnon M. Pr\xc3\xa9vost";
	run(&ALL, t, NULL, 0);
	assert_int_equal(S.nspans, 1);	/* not "M." */
	/* A title takes no abbreviation after the name */
	t = "EHPAD : Mme Tr\xc3\xa9guer GIR 2, msg laiss\xc3\xa9 \xc3\xa0 la "
	    "kin\xc3\xa9 AIT MOHAND";
	run(&ALL, t, NULL, 0);
	assert_true(has(t, DETECT_NAME, "Tr\xc3\xa9guer"));
	assert_false(has(t, DETECT_NAME, "GIR"));
	assert_true(has(t, DETECT_NAME, "AIT MOHAND"));
	/* "NOM, Prénom" after a title; not a word after a comma. */
	EXPECT_SPANS(
	    { "EHPAD : Mme. DOUMBIA, Garazi GIR 2", DETECT_NAME, "Garazi" },
	    { "MME SIMON, MARINE, 56 ANS", DETECT_NAME, "MARINE" });
	t = "Vu Mme DOUMBIA, Fatigue et GIR 2";
	run(&ALL, t, NULL, 0);
	assert_false(has(t, DETECT_NAME, "Fatigue"));
	/* Eponyms after heads of anatomy and devices. */
	EXPECT_SPANS(
	    { "lame de Blake, drain de Redon, clairance de Cockcroft",
	      0, NULL });
}

/* Addresses: bis/ter, a comma after the number, units inside a building,
 * named places, a postcode and city after an address or "CP". */
static void
test_addresses(void **state)
{
	(void)state;
	EXPECT_SPANS(
	    { "habite 12 bis rue de la Paix, 29200 Brest",
	      DETECT_ADDRESS, "12 bis rue de la Paix" },
	    { "habite 12 bis rue de la Paix, 29200 Brest",
	      DETECT_ADDRESS, "29200 Brest" },
	    { "au 12, rue Victor Hugo 75012 PARIS CEDEX 12",
	      DETECT_ADDRESS, "12, rue Victor Hugo" },
	    { "au 12, rue Victor Hugo 75012 PARIS CEDEX 12",
	      DETECT_ADDRESS, "75012 PARIS CEDEX 12" },
	    { "3 ter avenue Foch", DETECT_ADDRESS, "3 ter avenue Foch" },
	    { "4 impasse des Lilas 47300 Villeneuve-sur-Lot",
	      DETECT_ADDRESS, "47300 Villeneuve-sur-Lot" },
	    { "Appt 12, B\xc3\xa2t. B, 3e \xc3\xa9tage",
	      DETECT_ADDRESS, "Appt 12" },
	    { "Appt 12, B\xc3\xa2t. B, 3e \xc3\xa9tage",
	      DETECT_ADDRESS, "B\xc3\xa2t. B" },
	    { "Appt 12, B\xc3\xa2t. B, 3e \xc3\xa9tage",
	      DETECT_ADDRESS, "3e \xc3\xa9tage" },
	    { "R\xc3\xa9sidence Les Mimosas, porte 3",
	      DETECT_ADDRESS, "R\xc3\xa9sidence Les Mimosas" },
	    { "au lieu-dit Kerbrat", DETECT_ADDRESS, "lieu-dit Kerbrat" },
	    { "BP 123", DETECT_ADDRESS, "BP 123" },
	    { "CP 29200 Brest", DETECT_ADDRESS, "29200 Brest" },
	    /* Issue 10, the held-out corpus's dev half: abbreviations with
	     * a dot (AFNOR NF Z 10-011), a letter after the number, places
	     * without a number, units after them, postcodes around them. */
	    { "au 167, Av. des Mouettes", DETECT_ADDRESS,
	      "167, Av. des Mouettes" },
	    { "110 ch. des Capucins 93200 saint-denis", DETECT_ADDRESS,
	      "110 ch. des Capucins" },
	    { "110 ch. des Capucins 93200 saint-denis", DETECT_ADDRESS,
	      "93200 saint-denis" },
	    { "73 IMP. VICTOR HUGO 38100 GRENOBLE", DETECT_ADDRESS,
	      "73 IMP. VICTOR HUGO" },
	    { "Adresse 12a rue du Moulin 67600 SELESTAT", DETECT_ADDRESS,
	      "12a rue du Moulin" },
	    { "95 square de Goas Lagorn appt 5A / 20250 Corte CEDEX",
	      DETECT_ADDRESS, "95 square de Goas Lagorn" },
	    { "95 square de Goas Lagorn appt 5A / 20250 Corte CEDEX",
	      DETECT_ADDRESS, "appt 5A" },
	    { "95 square de Goas Lagorn appt 5A / 20250 Corte CEDEX",
	      DETECT_ADDRESS, "20250 Corte CEDEX" },
	    { "domicile (HLM Les Glycines, 118 avenue Paul Bert)",
	      DETECT_ADDRESS, "HLM Les Glycines" },
	    { "Vit au quartier Bas Uhart 69008 Lyon", DETECT_ADDRESS,
	      "quartier Bas Uhart" },
	    { "Vit au quartier Bas Uhart 69008 Lyon", DETECT_ADDRESS,
	      "69008 Lyon" },
	    { "adresse : Ldt Menez Bras 94000 Cr\xc3\xa9teil",
	      DETECT_ADDRESS, "Ldt Menez Bras" },
	    { "lieudit le haut bois", DETECT_ADDRESS, "lieudit le haut bois" },
	    { "une ferme isol\xc3\xa9" "e (Maison Ithurria)", DETECT_ADDRESS,
	      "Maison Ithurria" },
	    { "Foyer ADEF (5 rue L\xc3\xa9" "cuyer, ch. 212)", DETECT_ADDRESS,
	      "Foyer ADEF" },
	    { "Foyer ADEF (5 rue L\xc3\xa9" "cuyer, ch. 212)", DETECT_ADDRESS,
	      "ch. 212" },
	    { "R\xc3\xa9sidence Bellevue B\xc3\xa2t A 64500 Saint-Jean-de-Luz",
	      DETECT_ADDRESS, "R\xc3\xa9sidence Bellevue" },
	    { "R\xc3\xa9sidence Bellevue B\xc3\xa2t A 64500 Saint-Jean-de-Luz",
	      DETECT_ADDRESS, "B\xc3\xa2t A" },
	    { "R\xc3\xa9s. Ker Avel bat. C", DETECT_ADDRESS,
	      "R\xc3\xa9s. Ker Avel" },
	    { "142 venelle du port, porte 12 - 20250 corte cedex 1",
	      DETECT_ADDRESS, "porte 12" },
	    { "142 venelle du port, porte 12 - 20250 corte cedex 1",
	      DETECT_ADDRESS, "20250 corte cedex 1" },
	    { "121 ruelle des Tisserands - digicode 1650# 20200 BASTIA",
	      DETECT_ADDRESS, "digicode 1650#" },
	    { "121 ruelle des Tisserands - digicode 1650# 20200 BASTIA",
	      DETECT_ADDRESS, "20200 BASTIA" },
	    { "166 Imp. Gambetta / LYON 69008", DETECT_ADDRESS, "LYON 69008" },
	    { "14, PASSAGE PAUL BERT, 2\xc3\x88ME \xc3\x89TAGE, "
	      "POINTE-\xc3\x80-PITRE 97110", DETECT_ADDRESS,
	      "POINTE-\xc3\x80-PITRE 97110" },
	    { "18 rue de Tolbiac (75013) avec", DETECT_ADDRESS, "75013" },
	    { "vit \xc3\xa0 Saint-Denis (93200)", DETECT_ADDRESS,
	      "Saint-Denis (93200)" },
	    { "126, rue du 8 mai 1945 59000 Lille -- Motif", DETECT_ADDRESS,
	      "59000 Lille" },
	    { "au 73, Rue du 8 mai 1945 porte 30. Sans", DETECT_ADDRESS,
	      "porte 30" },
	    { "23 bis impasse des mouettes, quimper 29000 ; ok",
	      DETECT_ADDRESS, "quimper 29000" },
	    { "119 bis, place de l'Arsenal LORIENT 56100 - Recherche",
	      DETECT_ADDRESS, "56100" },
	    { "domicile : route de st florent, 20200 bastia / pas",
	      DETECT_ADDRESS, "route de st florent" },
	    { "domicile : route de st florent, 20200 bastia / pas",
	      DETECT_ADDRESS, "20200 bastia" },
	    { "adresse : impasse des Lilas", DETECT_ADDRESS,
	      "impasse des Lilas" },
	    /* Not addresses: the clinical words that look alike. */
	    { "la rue est calme, porte d'entr\xc3\xa9" "e, chambre 12, ch. 4",
	      0, NULL },
	    { "lieu de r\xc3\xa9sidence : domicile, foyer infectieux basal",
	      0, NULL },
	    { "Maison de retraite, au 2 CH de la r\xc3\xa9gion", 0, NULL },
	    { "Retour \xc3\xa0 domicile : rue calme, place assise", 0, NULL },
	    { "Seresta LD Matin, porte 2 bas de contention", 0, NULL },
	    { "K+ 4,5, CRP (12345), glyc\xc3\xa9mie 20250, en 1998 99999",
	      0, NULL },
	    /* Not addresses. */
	    { "EVA 3/10, 12 mg, en cours de bilan, 2 voies veineuses",
	      0, NULL },
	    { "CS de suivi, mise en place, au lieu de 3", 0, NULL },
	    { "glyc\xc3\xa9mie 29200 UI", 0, NULL });
}

/* Every word of gone[] inside a span of o's run, no word of kept[]
 * touched by one. */
static void
recall_case(const struct detect_options *o, const char *text,
    const char *const *gone, size_t ngone, const char *const *kept,
    size_t nkept)
{
	run(o, text, NULL, 0);
	for (size_t i = 0; i < ngone; i++) {
		size_t a = (size_t)(strstr(text, gone[i]) - text);
		int found = 0;

		for (size_t k = 0; k < S.nspans; k++)
			found |= S.spans[k].start <= a && S.spans[k].end >= a +
			    strlen(gone[i]);
		if (!found)
			print_error("recall mode left '%s'\n", gone[i]);
		assert_true(found);
	}
	for (size_t i = 0; i < nkept; i++) {
		size_t a = (size_t)(strstr(text, kept[i]) - text);

		for (size_t k = 0; k < S.nspans; k++)
			if (S.spans[k].start < a + strlen(kept[i]) &&
			    S.spans[k].end > a) {
				print_error("recall mode took '%s'\n", kept[i]);
				fail();
			}
	}
}

/* Recall first (scrub mode = recall): what is not known to be safe goes;
 * the default mode, on the same text, leaves it (the test could fail). */
static void
test_recall_first(void **state)
{
	struct detect_options o = { DETECT_ALL, 0, 0, NULL, 1 };
	static const char text[] = "Jean dit que kerherve a appelé. "
	    "Paracétamol 1 000 mg, TA 130/80, CRP 12,5, angine de Vincent, "
	    "dossier 40099999, poids 72 kg";
	static const char *const gone[] = { "Jean", "kerherve", "40099999" };
	static const char *const kept[] = { "dit", "appelé", "Paracétamol",
	    "000 mg", "130/80", "CRP", "12,5", "angine", "Vincent", "dossier",
	    "72 kg" };

	(void)state;
	run(&ALL, text, NULL, 0);
	assert_false(has(text, DETECT_NAME, "kerherve"));
	/* a first name as the subject of "dit": a name in both modes */
	assert_true(has(text, DETECT_NAME, "Jean"));
	recall_case(&o, text, gone, sizeof(gone) / sizeof(gone[0]), kept,
	    sizeof(kept) / sizeof(kept[0]));
}

/* Recall first keeps what is made of ordinary words: the inflected and
 * medical words of hunspell-fr-comprehensive, participles of its nouns
 * ("hémolysé"), clinical endings, tokens glued to their digits
 * ("HbA1c"), lot numbers, and a common-word surname at the start of a
 * sentence; that surname still goes where it is written as a name. */
static void
test_recall_precision(void **state)
{
	struct detect_options o = { DETECT_ALL, 0, 0, NULL, 1 };
	static const char text[] = "Petit \xc5\x93" "d\xc3\xa8me des chevilles. "
	    "Masse abdominale palp\xc3\xa9" "e, rythme sinusal, "
	    "cholangite et spondylodiscite trait\xc3\xa9" "es, "
	    "pr\xc3\xa9l\xc3\xa8vement h\xc3\xa9molys\xc3\xa9, "
	    "HbA1c \xc3\xa0 7,2 %, SpO2 96 %, lot n\xc2\xb0 184127512345699 "
	    "du vaccin. Patiente Blanc vue, L. ROCHER inform\xc3\xa9. "
	    "Identit\xc3\xa9 : Voisin Kowalczyk. Prudence \xc3\xa0 la "
	    "mobilisation, NFS CRP \xc3\xa0 J+3, GIR 2. Visite de sa fille "
	    "(Marine). Jean a bien mang\xc3\xa9. Sous Genvoya, relais par "
	    "Topalgic, Kard\xc3\xa9gic 75, Skenan LP 30. Famille : Tiago "
	    "07/60/36/55/78. Suivi au CHU de Brest, Western blot positif. "
	    "RAS - Parent pr\xc3\xa9sent.";
	static const char *const gone[] = { "Blanc", "ROCHER", "Voisin",
	    "Kowalczyk", "Marine", "Jean", "Tiago" };
	static const char *const kept[] = { "Prudence", "NFS", "CRP", "GIR",
	    "Genvoya", "Topalgic", "Kard\xc3\xa9gic", "Skenan", "Brest",
	    "Western", "blot", "Parent",
	    "Petit", "\xc5\x93" "d\xc3\xa8me",
	    "Masse", "abdominale", "sinusal", "spondylodiscite",
	    "h\xc3\xa9molys\xc3\xa9", "HbA1c", "SpO2", "184127512345699",
	    "vaccin" };

	(void)state;
	recall_case(&o, text, gone, sizeof(gone) / sizeof(gone[0]), kept,
	    sizeof(kept) / sizeof(kept[0]));
}

/* detect_run_many finds, text by text, the spans detect_run finds: 150
 * texts of every kind, with and without the row, more than the 64 whose
 * open gates run_rule_many lists at once (detect_run_many cuts the batch),
 * the same forms in other orders so that each rule's gates open on other
 * texts of a batch (speed19: each rule's gates asked of the batch first,
 * the rule then run over the texts whose gate is open; speed31b: as masks
 * of the batch's texts).  NF prime: the stride 7 visits every form. */
static void
test_run_many_as_run(void **state)
{
	static const char *const forms[] = {
		"Vu Mme DUPONT Hélène ce jour, tel 06 12 34 56 78.",
		"RAS.",
		"mail : h.dupont@orange.fr le 12/03/2024",
		"Patiente née le 3 mars 1950, NIR 2 55 08 14 168 025 38",
		"Appel de sa fille Claire, 12 rue de la Paix 75002 Paris",
		"HTA, diabète de type 2, suivi par le Dr Bernard",
		"RDV le 18/08 avec M. Nguyen Van Hung",
		"pas de plainte, bonne nuit",
		"IBAN FR76 3000 6000 0112 3456 7890 189",
		"vu avec Kerouredan Bounmy 1 cp le soir",
		"Mme LE GALL (fille) : \"je passe demain\"",
		"J. Martin, IDE",
		/* a title OCR cut in two: scan_split_names makes "sieur" a
		 * title for scan_titles, a D_ flag that comes after tokenize
		 * (speed31b: the gates' masks of the batch ask it again) */
		"Mon sieur Kerouredan vu.",
	};
	enum { N = 150, NF = sizeof(forms) / sizeof(forms[0]) };
	/* every kind (run_rules_many_all), and a policy that asks some
	 * (run_rules_many_some: the options' 0s scale the gates' masks) */
	const struct detect_options opts[] = {
		{ DETECT_ALL, 8, 0, NULL, 0 },
		{ DETECT_ALL & ~(DETECT_BIT(DETECT_DATE) |
		    DETECT_BIT(DETECT_PHONE) | DETECT_BIT(DETECT_ADDRESS)),
		    8, 0, NULL, 0 },
	};
	static struct detect_scratch many[N], one;
	const char *texts[N];
	size_t lens[N], nrows[N];
	const struct detect_value *rows[N];

	(void)state;
	for (size_t i = 0; i < N; i++) {
		/* forms in a stride that is no multiple of NF's factors */
		texts[i] = forms[(i * 7 + i / NF) % NF];
		lens[i] = strlen(texts[i]);
		rows[i] = i % 3 ? ROW : NULL;
		nrows[i] = i % 3 ? sizeof(ROW) / sizeof(ROW[0]) : 0;
	}
	for (size_t p = 0; p < sizeof(opts) / sizeof(opts[0]); p++) {
		const struct detect_options *o = &opts[p];

		for (size_t i = 0; i < N; i++)
			lens[i] = strlen(texts[i] = forms[(i * 7 + i / NF) %
			    NF]);
		assert_int_equal(detect_run_many(o, N, texts, lens, rows,
		    nrows, many), 0);
		for (size_t i = 0; i < N; i++) {
			const char *t = forms[(i * 7 + i / NF) % NF];

			assert_int_equal(detect_run(o, t, strlen(t), rows[i],
			    nrows[i], &one), 0);
			assert_int_equal(many[i].nspans, one.nspans);
			for (size_t k = 0; k < one.nspans; k++) {
				assert_int_equal(many[i].spans[k].start,
				    one.spans[k].start);
				assert_int_equal(many[i].spans[k].end,
				    one.spans[k].end);
				assert_int_equal(many[i].spans[k].kind,
				    one.spans[k].kind);
			}
		}
	}
	for (size_t i = 0; i < N; i++)
		detect_scratch_free(&many[i]);
	detect_scratch_free(&one);
}

/* Spans of scratch a's last text are those of b's. */
static void
same_spans(const struct detect_scratch *a, const struct detect_scratch *b)
{
	assert_int_equal(a->nspans, b->nspans);
	for (size_t k = 0; k < b->nspans; k++) {
		assert_int_equal(a->spans[k].start, b->spans[k].start);
		assert_int_equal(a->spans[k].end, b->spans[k].end);
		assert_int_equal(a->spans[k].kind, b->spans[k].kind);
		assert_int_equal(a->spans[k].ctx, b->spans[k].ctx);
	}
}

/* The row's identifiers as digits (detect_num.c row_value_digits' rowdig)
 * are raw values held in the scratch: detect_scratch_free wipes them, as
 * it wipes the folds (speed26's leftover). */
static void
test_scratch_free_wipes_row_digits(void **state)
{
	static const struct detect_value row[] = {
		V(DETECT_IDENT_NIR, "255081416802538"),
		V(DETECT_IDENT_PHONE, "06 12 34 56 78"),
	};
	static const char text[] =
	    "NIR 2 55 08 14 168 025 38, tel 06 12 34 56 78, dossier 1234567";
	struct detect_options o = { DETECT_ALL, 8, 0, NULL, 0 };
	struct detect_scratch s;
	size_t k;
	int nonzero = 0;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(detect_run(&o, text, sizeof(text) - 1, row, 2, &s), 0);
	/* the rule compared a number with the row: some digits were kept */
	assert_true(s.rowdig_made != 0);
	for (k = 0; k < sizeof(s.rowdig); k++)
		nonzero |= ((const char *)s.rowdig)[k] != 0;
	assert_true(nonzero);
	detect_scratch_free(&s);
	for (k = 0; k < sizeof(s.rowdig); k++)
		assert_int_equal(((const char *)s.rowdig)[k], 0);
	for (k = 0; k < DETECT_MAX_ROW; k++)
		assert_int_equal(s.rowdig_len[k], 0);
	assert_int_equal(s.rowdig_made, 0);
}

/* The spans' array grows from a cache line's start (detect.c spans_grow,
 * speed36c) and keeps the spans found before each growth: forty
 * addresses of mail grow it from 16 to 32 to 64. */
static void
test_spans_grow_aligned(void **state)
{
	struct detect_options o = { DETECT_ALL, 8, 0, NULL, 0 };
	struct detect_scratch s;
	char text[2048];
	size_t len = 0, k;

	(void)state;
	for (k = 0; k < 40; k++)
		len += (size_t)snprintf(text + len, sizeof(text) - len,
		    "%smel%02zu@exemple.fr", k ? ", " : "", k);
	memset(&s, 0, sizeof(s));
	assert_int_equal(detect_run(&o, text, len, NULL, 0, &s), 0);
	assert_int_equal(s.nspans, 40);
	assert_int_equal((uintptr_t)s.spans % 64, 0);
	for (k = 0; k < s.nspans; k++) {
		char want[48];

		snprintf(want, sizeof(want), "mel%02zu@exemple.fr", k);
		assert_int_equal(s.spans[k].kind, DETECT_EMAIL);
		assert_int_equal(s.spans[k].end - s.spans[k].start,
		    strlen(want));
		assert_memory_equal(text + s.spans[k].start, want,
		    strlen(want));
	}
	detect_scratch_free(&s);
}

/* The row values' cache (detect_row.c row_cache, docs/performance.md
 * speed25b) keeps the last row's names and address prepared, keyed by
 * their bytes: each text with a scratch that saw other rows before it
 * (the same row, one byte apart, in another case, the values in other
 * columns, a value the cache does not key, a row too long to keep, more
 * rows in a row than the cache keys each time) gives the spans a fresh
 * scratch gives, and so does a batch of the rows one after the other. */
static void
test_row_cache(void **state)
{
	static char longv[5000];
	static const struct detect_value base[] = {
		V(DETECT_IDENT_LAST_NAME, "DUPONT"),
		V(DETECT_IDENT_FIRST_NAME, "Hélène"),
		V(DETECT_IDENT_NIR, "255081416802538"),
		V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	};
	static const struct detect_value byte[] = {
		V(DETECT_IDENT_LAST_NAME, "DUPONS"),
		V(DETECT_IDENT_FIRST_NAME, "Hélène"),
		V(DETECT_IDENT_NIR, "255081416802538"),
		V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	};
	static const struct detect_value lower[] = {
		V(DETECT_IDENT_LAST_NAME, "dupont"),
		V(DETECT_IDENT_FIRST_NAME, "Hélène"),
		V(DETECT_IDENT_NIR, "255081416802538"),
		V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	};
	static const struct detect_value moved[] = {
		V(DETECT_IDENT_FIRST_NAME, "DUPONT"),
		V(DETECT_IDENT_LAST_NAME, "Hélène"),
		V(DETECT_IDENT_NIR, "255081416802538"),
		V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	};
	static const struct detect_value nir[] = {
		V(DETECT_IDENT_LAST_NAME, "DUPONT"),
		V(DETECT_IDENT_FIRST_NAME, "Hélène"),
		V(DETECT_IDENT_NIR, "169017512345678"),
		V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	};
	static const struct detect_value shorter[] = {
		V(DETECT_IDENT_LAST_NAME, "DUPONT"),
		V(DETECT_IDENT_FIRST_NAME, "Hélène"),
		V(DETECT_IDENT_NIR, "255081416802538"),
	};
	static const struct detect_value other[] = {
		V(DETECT_IDENT_LAST_NAME, "PIGEON"),
		V(DETECT_IDENT_FIRST_NAME, "Marine"),
		V(DETECT_IDENT_NIR, "255081416802538"),
		V(DETECT_IDENT_ADDRESS, "3 impasse des Lilas"),
	};
	struct detect_value big[] = {
		V(DETECT_IDENT_LAST_NAME, "DUPONT"),
		{ DETECT_IDENT_ADDRESS, longv, sizeof(longv) - 1 },
	};
	const struct detect_value *rows[] = { base, byte, lower, moved, nir,
	    shorter, other, big };
	const size_t nrows[] = { 4, 4, 4, 4, 4, 3, 4, 2 };
	static const char *const texts[] = {
		"Vu Mme DUPONT Hélène, 12 rue de la Paix, NIR 2 55 08 14 168 025 38",
		"dupons appelle, Mme Dupont absente; Pigeon refuse, Marine vient",
		"Hélène Dupont au 3 impasse des Lilas, rue de la Paix",
	};
	/* the order of the rows: each after each, runs of one row longer
	 * than the cache's tries, then a run after them */
	static const uint8_t order[] = { 0, 0, 1, 0, 2, 0, 3, 0, 4, 4, 0, 5,
	    0, 6, 7, 7, 0, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 0, 0, 0, 0,
	    6, 6, 1, 7, 0 };
	enum { N = sizeof(order) / sizeof(order[0]) };
	const struct detect_options o = { DETECT_ALL, 8, 0, NULL, 0 };
	static struct detect_scratch kept, fresh, many[N * 3];
	const char *btexts[N * 3];
	size_t blens[N * 3], bnrows[N * 3];
	const struct detect_value *brows[N * 3];

	(void)state;
	for (size_t k = 0; k + 1 < sizeof(longv); k++)
		longv[k] = k % 7 == 6 ? ' ' : (char)('a' + k % 5);
	for (size_t i = 0; i < N * 3; i++) {
		const char *t = texts[i % 3];
		size_t r = order[i / 3];

		assert_int_equal(detect_run(&o, t, strlen(t), rows[r], nrows[r],
		    &kept), 0);
		assert_int_equal(detect_run(&o, t, strlen(t), rows[r], nrows[r],
		    &fresh), 0);
		same_spans(&kept, &fresh);
		detect_scratch_free(&fresh);
		btexts[i] = t;
		blens[i] = strlen(t);
		brows[i] = rows[r];
		bnrows[i] = nrows[r];
	}
	assert_int_equal(detect_run_many(&o, N * 3, btexts, blens, brows,
	    bnrows, many), 0);
	for (size_t i = 0; i < N * 3; i++) {
		size_t r = order[i / 3];

		assert_int_equal(detect_run(&o, texts[i % 3],
		    strlen(texts[i % 3]), rows[r], nrows[r], &fresh), 0);
		same_spans(&many[i], &fresh);
		detect_scratch_free(&fresh);
		detect_scratch_free(&many[i]);
	}
	detect_scratch_free(&kept);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_run_many_as_run),
		cmocka_unit_test(test_row_cache),
		cmocka_unit_test(test_scratch_free_wipes_row_digits),
		cmocka_unit_test(test_recall_first),
		cmocka_unit_test(test_recall_precision),
		cmocka_unit_test(test_clinical_abbreviations),
		cmocka_unit_test(test_nir),
		cmocka_unit_test(test_phone),
		cmocka_unit_test(test_email_iban),
		cmocka_unit_test(test_rpps_finess_ids),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_row_names),
		cmocka_unit_test(test_titles_and_dictionary),
		cmocka_unit_test(test_diagnoses),
		cmocka_unit_test(test_term_windows),
		cmocka_unit_test(test_spans_sorted_disjoint),
		cmocka_unit_test(test_normalized),
		cmocka_unit_test(test_row_short_and_common),
		cmocka_unit_test(test_name_forms),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_spans_grow_aligned),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
