/* Unit tests for the sensitive lexicon: each group finds its analyses,
 * drugs, wards and words as French exports write them, and ordinary values
 * stay unmatched (the other side of every rule). */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "icd10.h"
#include "sensitive.h"

#define ANALYSIS	(SENSITIVE_BIT(SENSITIVE_ANALYSIS) | \
			 SENSITIVE_BIT(SENSITIVE_CODE) | \
			 SENSITIVE_BIT(SENSITIVE_TERM))
#define DRUG		(SENSITIVE_BIT(SENSITIVE_DRUG) | \
			 SENSITIVE_BIT(SENSITIVE_TERM))
#define WARD		(SENSITIVE_BIT(SENSITIVE_WARD) | \
			 SENSITIVE_BIT(SENSITIVE_TERM) | \
			 SENSITIVE_BIT(SENSITIVE_ABBREV))

static struct sensitive_scratch scratch;

static uint32_t
groups_of(const char *cell, unsigned kinds)
{
	struct sensitive_result res;

	assert_int_equal(sensitive_lookup(cell, strlen(cell), kinds, &scratch,
	    &res), 0);
	return res.groups;
}

static const char *
atc_of(const char *cell)
{
	static struct sensitive_result res;

	assert_int_equal(sensitive_lookup(cell, strlen(cell), DRUG, &scratch,
	    &res), 0);
	return res.atc;
}

static void
test_analyses(void **state)
{
	static const char *const hiv[] = { "Charge virale VIH-1", "CV VIH",
	    "ARN VIH-1", "Sérologie VIH 1/2", "HIV1/2 Ag/Ac", "Ag p24",
	    "Antigène P24", "Lymphocytes T CD4", "CD4/CD8", "CD4+",
	    "hla-b*5701", "20447-9", " 24467-3 " };
	static const char *const sti[] = { "Sérologie syphilis (TPHA)",
	    "TPHA", "VDRL", "Chlamydia PCR", "PCR Chlamydia trachomatis",
	    "Gonocoque PCR", "FTA-abs", "21613-5" };
	static const char *const pregnancy[] = { "β-HCG", "βhCG", "beta HCG",
	    "bêta-hCG", "BHCG", "hCG plasmatiques", "Test de grossesse",
	    "HCG", "2106-3" };
	(void)state;
	for (size_t i = 0; i < sizeof(hiv) / sizeof(hiv[0]); i++)
		assert_int_equal(groups_of(hiv[i], ANALYSIS), ICD10_HIV);
	for (size_t i = 0; i < sizeof(sti) / sizeof(sti[0]); i++)
		assert_int_equal(groups_of(sti[i], ANALYSIS), ICD10_STI);
	for (size_t i = 0; i < sizeof(pregnancy) / sizeof(pregnancy[0]); i++)
		assert_int_equal(groups_of(pregnancy[i], ANALYSIS),
		    ICD10_PREGNANCY);
	assert_int_equal(groups_of("Spermogramme", ANALYSIS),
	    ICD10_REPRODUCTIVE);
	assert_int_equal(groups_of("Lithémie", ANALYSIS), ICD10_MENTAL);
}

/* The other side: what is not in a group stays unmatched. */
static void
test_ordinary_analyses(void **state)
{
	static const char *const ordinary[] = { "Créatinine", "INR",
	    "Hémoglobine", "CRP", "Glycémie à jeun", "HbA1c", "TSH",
	    "Ferritine", "Plaquettes", "Leucocytes", "Sodium", "Potassium",
	    "Cholestérol total", "CD40 ligand", "T4 libre", "Vitamine B12",
	    "Chlorure", "Charge virale VHB", "Sérologie hépatite C",
	    "2160-0", "Pvih", "Vihuela", "TS", "Temps de saignement (TS)",
	    "20447", "Code 20447-9 bis", "" };
	(void)state;
	for (size_t i = 0; i < sizeof(ordinary) / sizeof(ordinary[0]); i++)
		assert_int_equal(groups_of(ordinary[i], ANALYSIS), 0);
}

static void
test_drugs(void **state)
{
	(void)state;
	assert_int_equal(groups_of("BIKTARVY 50 mg/200 mg/25 mg, comprimé",
	    DRUG), ICD10_HIV);
	assert_string_equal(atc_of("BIKTARVY 50 mg/200 mg/25 mg, comprimé"),
	    "J05AR20");
	/* The longest name wins: the combination, not one of its INNs. */
	assert_string_equal(atc_of("EMTRICITABINE/TENOFOVIR DISOPROXIL "
	    "BIOGARAN 200 mg/245 mg"), "J05AR03");
	assert_int_equal(groups_of("Truvada (PrEP)", DRUG), ICD10_HIV);
	assert_int_equal(groups_of("Ténofovir disoproxil 245 mg", DRUG),
	    ICD10_HIV);
	assert_int_equal(groups_of("OLANZAPINE 10 mg", DRUG), ICD10_MENTAL);
	assert_int_equal(groups_of("Méthadone AP-HP 40 mg sirop", DRUG),
	    ICD10_MENTAL);
	assert_int_equal(groups_of("SUBUTEX 8 mg cp sublingual", DRUG),
	    ICD10_MENTAL);
	assert_int_equal(groups_of("Sertraline 50 mg", DRUG), ICD10_MENTAL);
	assert_int_equal(groups_of("LEELOO 0,1 mg/0,02 mg", DRUG),
	    ICD10_REPRODUCTIVE);
	assert_int_equal(groups_of("Mifégyne 200 mg", DRUG), ICD10_PREGNANCY);
	/* labour induction (G02AD02), obstetrics only */
	assert_int_equal(groups_of("PROSTINE E2 1 mg gel vaginal", DRUG),
	    ICD10_PREGNANCY);
	assert_int_equal(groups_of("EXTENCILLINE 2,4 MUI", DRUG), ICD10_STI);
	/* An ATC code alone in the cell. */
	assert_int_equal(groups_of("J05AR20", DRUG), ICD10_HIV);
	assert_int_equal(groups_of("n05ah03", DRUG), ICD10_MENTAL);
	assert_string_equal(atc_of(" j05ar20 "), "J05AR20");
	/* Hepatitis B antivirals are not HIV. */
	assert_int_equal(groups_of("BARACLUDE 0,5 mg", DRUG), 0);
	assert_string_equal(atc_of("BARACLUDE 0,5 mg"), "J05AF10");
}

static void
test_ordinary_drugs(void **state)
{
	(void)state;
	assert_int_equal(groups_of("METFORMINE 850 mg", DRUG), 0);
	assert_string_equal(atc_of("METFORMINE 850 mg"), "A10BA02");
	assert_int_equal(groups_of("Doliprane 1000 mg", DRUG), 0);
	assert_string_equal(atc_of("Paracétamol 1 g"), "N02BE01");
	assert_int_equal(groups_of("AMOXICILLINE 1 g x3/j", DRUG), 0);
	assert_int_equal(groups_of("Temgesic 0,2 mg", DRUG), 0);
	/* Unknown: no group, no code. */
	assert_int_equal(groups_of("ZZTESTOL 5 mg", DRUG), 0);
	assert_string_equal(atc_of("ZZTESTOL 5 mg"), "");
	/* A drug's own letters never match inside another word. */
	assert_int_equal(groups_of("Lithiase", DRUG), 0);
	assert_int_equal(groups_of("A10BA02", DRUG), 0);
}

static void
test_wards(void **state)
{
	(void)state;
	assert_int_equal(groups_of("Maternité", WARD), ICD10_PREGNANCY);
	assert_int_equal(groups_of("MATERNITE", WARD), ICD10_PREGNANCY);
	assert_int_equal(groups_of("Gynécologie-obstétrique", WARD),
	    ICD10_PREGNANCY);
	assert_int_equal(groups_of("Orthogénie", WARD), ICD10_PREGNANCY);
	assert_int_equal(groups_of("Maladies infectieuses", WARD), ICD10_HIV);
	assert_int_equal(groups_of("CeGIDD", WARD), ICD10_HIV | ICD10_STI);
	assert_int_equal(groups_of("Psychiatrie adulte", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("Addictologie", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("Centre de planification", WARD),
	    ICD10_REPRODUCTIVE);
	assert_int_equal(groups_of("Cardiologie", WARD), 0);
	assert_int_equal(groups_of("Gynécologie", WARD), 0);
	assert_int_equal(groups_of("Maladies respiratoires", WARD), 0);
	assert_int_equal(groups_of("Urgences", WARD), 0);
	assert_int_equal(groups_of("Oncologie", WARD), 0);
}

/*
 * Disguised terms: look-alike letters of Greek, Cyrillic or the full-width
 * forms, capitals spelled apart, laboratory mnemonics, wards.  Each found
 * in its group; and what looks like them but names none stays unmatched.
 */
static void
test_disguised_terms(void **state)
{
	static const char *const hiv[] = {
		"Charge virale V\xd0\x86H-1",		/* Cyrillic I */
		"S\xc3\xa9rologie \xce\x97\xce\x99V",	/* Greek Eta, Iota */
		"CV \xef\xbc\xb6\xef\xbc\xa9\xef\xbc\xa8",	/* full-width */
		"S\xc3\xa9rologie V-I-H", "S\xc3\xa9rologie V I H",
		"V_I_H 1/2", "V/I/H", "V - I - H",
		"CVVIH", "CVHIV", "ARNVIH", "AgP24", "HIV1RNA", "CV VIH-1",
	};
	static const char *const none[] = {
		"Groupe A B O", "Groupe ABO", "A-B-O", "V.I.P.", "V I P",
		"CMV", "S\xc3\xa9rologie CMV", "HTA", "C M V",
		"\xd0\x9e\xd0\xbb\xd0\xb5\xd0\xb3",	/* a Cyrillic name */
		"\xce\x91\xce\xbb\xcf\x86\xce\xb1",	/* a Greek word */
		"J-P D", "M. V. H.",
		"\xd0\x92\xd0\x86\xd0\x9d",	/* Cyrillic Ve, I, En: "BIH" */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(hiv) / sizeof(hiv[0]); i++)
		assert_int_equal(groups_of(hiv[i], ANALYSIS), ICD10_HIV);
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		assert_int_equal(groups_of(none[i], ANALYSIS | WARD), 0);
	/* wards */
	assert_int_equal(groups_of("PMI", WARD), ICD10_PREGNANCY);
	assert_int_equal(groups_of("Protection maternelle et infantile", WARD),
	    ICD10_PREGNANCY);
	assert_int_equal(groups_of("M\xc3\xa9" "decine sexuelle", WARD),
	    ICD10_STI | ICD10_REPRODUCTIVE);
	assert_int_equal(groups_of("Centre de sant\xc3\xa9 sexuelle", WARD),
	    ICD10_REPRODUCTIVE);
	assert_int_equal(groups_of("UHSA", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("CSAPA", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("CMP", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("CATTP", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("C-S-A-P-A", WARD), ICD10_MENTAL);
	assert_int_equal(groups_of("\xd0\xa1\xd0\x9c\xd0\xa0", WARD),
	    ICD10_MENTAL);	/* Cyrillic Es, Em, Er: "CMP" */
	assert_int_equal(groups_of("M\xc3\xa9" "decine interne", WARD), 0);
	assert_int_equal(groups_of("P\xc3\xa9" "diatrie", WARD), 0);
}

/* Hits are words of the text: offsets for scrub. */
static void
test_scan_offsets(void **state)
{
	const char *t = "Patient sous Biktarvy, CV VIH-1 indétectable.";
	(void)state;
	assert_int_equal(sensitive_scan(t, strlen(t), SENSITIVE_ALL,
	    &scratch), 0);
	assert_int_equal(scratch.nhits, 2);
	assert_int_equal(scratch.hits[0].start, 13);
	assert_int_equal(scratch.hits[0].end, 21);
	assert_int_equal(scratch.hits[0].kind, SENSITIVE_DRUG);
	assert_string_equal(scratch.hits[0].atc, "J05AR20");
	assert_memory_equal(t + scratch.hits[1].start, "VIH", 3);
	assert_int_equal(scratch.hits[1].end - scratch.hits[1].start, 3);
	/* A code is a whole cell, not a number in prose. */
	t = "voir 20447-9";
	assert_int_equal(sensitive_scan(t, strlen(t), SENSITIVE_ALL,
	    &scratch), 0);
	assert_int_equal(scratch.nhits, 0);
	/* A disguised term's hit covers the bytes written. */
	t = "CV V\xd0\x86H, V-I-H";
	assert_int_equal(sensitive_scan(t, strlen(t), SENSITIVE_ALL,
	    &scratch), 0);
	assert_int_equal(scratch.nhits, 2);
	assert_int_equal(scratch.hits[0].start, 3);
	assert_int_equal(scratch.hits[0].end, 7);
	assert_int_equal(scratch.hits[1].start, 9);
	assert_int_equal(scratch.hits[1].end, 14);
	/* Decomposed accents (NFD) are part of their word. */
	t = "Mate\xcc\x81rnite\xcc\x81";
	assert_int_equal(groups_of(t, WARD), ICD10_PREGNANCY);
}

/* The words of sensitive_words_scan: one the caller says starts no entry
 * (may_start 0) is not looked up, so a term there is not found (the
 * caller's promise is what makes that right: detect's dictionary flags);
 * the others are; capitals with dots that join_dotted makes one word are
 * looked up whatever their parts said. */
static size_t
words_hits(const char *t, const size_t (*w)[2], size_t n, int may_start)
{
	sensitive_words_begin(&scratch);
	for (size_t i = 0; i < n; i++) {
		char fold[16];
		size_t len = w[i][1] - w[i][0];

		for (size_t k = 0; k < len; k++)
			fold[k] = (char)(t[w[i][0] + k] | 0x20);
		assert_int_equal(sensitive_words_add(&scratch, w[i][0], w[i][1],
		    fold, len, may_start), 0);
	}
	assert_int_equal(sensitive_words_scan(t, SENSITIVE_ALL, &scratch), 0);
	return scratch.nhits;
}

static void
test_words_may_start(void **state)
{
	static const size_t plain[][2] = { { 0, 2 }, { 3, 6 } };
	static const size_t dotted[][2] = { { 0, 2 }, { 3, 4 }, { 5, 6 },
	    { 7, 8 } };
	(void)state;
	assert_int_equal(words_hits("CV VIH", plain, 2, 1), 1);
	assert_int_equal(scratch.hits[0].start, 3);
	assert_int_equal(words_hits("CV VIH", plain, 2, 0), 0);
	assert_int_equal(words_hits("CV V.I.H.", dotted, 4, 0), 1);
	assert_int_equal(scratch.hits[0].start, 3);
	assert_int_equal(scratch.hits[0].end, 8);
}

static void
test_atc_parse(void **state)
{
	char out[SENSITIVE_ATC_MAX];
	(void)state;
	assert_int_equal(sensitive_atc_parse("J05AR20", 7, out), 0);
	assert_string_equal(out, "J05AR20");
	assert_int_equal(sensitive_atc_parse("n05a", 4, out), 0);
	assert_string_equal(out, "N05A");
	assert_int_equal(sensitive_atc_parse("N", 1, out), 0);
	assert_int_equal(sensitive_atc_parse("J05AR2", 6, out), -EINVAL);
	assert_int_equal(sensitive_atc_parse("J05AR200", 8, out), -EINVAL);
	assert_int_equal(sensitive_atc_parse("J5", 2, out), -EINVAL);
	assert_int_equal(sensitive_atc_parse("", 0, out), -EINVAL);
	assert_int_equal(sensitive_atc_parse("Truvada", 7, out), -EINVAL);
	assert_int_equal(sensitive_atc_groups("J05AR"), ICD10_HIV);
	assert_int_equal(sensitive_atc_groups("J05AF10"), 0);
	assert_int_equal(sensitive_atc_groups("G03AA07"), ICD10_REPRODUCTIVE);
}

/* Every group has analyses, wards and drugs: a data file that failed to
 * load would make a group silently empty. */
static void
test_every_group_filled(void **state)
{
	static const uint32_t groups[] = { ICD10_HIV, ICD10_STI,
	    ICD10_PREGNANCY, ICD10_REPRODUCTIVE, ICD10_MENTAL };
	(void)state;
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		assert_true(sensitive_count(groups[i], SENSITIVE_TERM) > 0);
		assert_true(sensitive_count(groups[i], SENSITIVE_ANALYSIS) > 0);
		assert_true(sensitive_count(groups[i], SENSITIVE_WARD) > 0);
		assert_true(sensitive_count(groups[i], SENSITIVE_DRUG) > 0);
	}
	assert_true(sensitive_count(0, SENSITIVE_DRUG) > 20);
}

/* A form of sensitive_canon_forms: counts "depressives" among them, and
 * checks that each maps back to the key. */
static int
form_seen(const char *w, size_t n, void *arg)
{
	char k[80];

	assert_true(n < sizeof(k));
	memcpy(k, w, n);
	assert_int_equal(sensitive_canon(k, n), 9);
	assert_memory_equal(k, "depressif", 9);
	*(int *)arg += n == 11 && memcmp(w, "depressives", 11) == 0;
	return 0;
}

static size_t
canon_of(char out[32], const char *w)
{
	snprintf(out, 32, "%s", w);
	return sensitive_canon(out, strlen(out));
}

/* one key for the plural, feminine and
 * participle forms of a word, the same on both sides; abbreviations and
 * short words as written. */
/* sensitive_canon's "every byte in 'a'-'z'" by loads of four (speed31d),
 * as the byte loop it replaced answered: a word of 5 to 24 bytes with one
 * byte out of the range (each neighbour of 'a' and 'z', a digit, a
 * capital, a space, bytes beyond ASCII) at any place is kept as it is,
 * even with a plural's "s" at its end; all letters, the "s" goes. */
static void
test_canon_letters(void **state)
{
	static const char odd[] = { '`', '{', '0', '9', 'A', 'Z', '@', '[',
	    ' ', (char)0xc3, (char)0x80, (char)0xff };
	char a[32], b[32];
	unsigned seed = 31;

	(void)state;
	for (size_t n = 5; n <= 24; n++) {
		for (size_t at = 0; at < n; at++)
			for (size_t o = 0; o < sizeof(odd); o++) {
				for (size_t i = 0; i < n; i++) {
					seed = seed * 1103515245u + 12345u;
					a[i] = (char)('a' + (seed >> 16) % 26);
				}
				a[n - 1] = 's';
				a[at] = odd[o];
				memcpy(b, a, n);
				assert_int_equal(sensitive_canon(a, n), n);
				assert_memory_equal(a, b, n);
			}
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			a[i] = (char)('a' + (seed >> 16) % 26);
		}
		a[n - 1] = 's';
		assert_true(sensitive_canon(a, n) < n);
	}
}

static void
test_canon(void **state)
{
	static const char *const same[][2] = {
		{ "depressif", "depressives" }, { "depressif", "depressifs" },
		{ "seropositif", "seropositive" }, { "scarifie", "scarifiees" },
		{ "mental", "mentaux" }, { "mental", "mentales" },
		{ "anxieux", "anxieuses" }, { "sideen", "sideennes" },
		{ "sexuel", "sexuelles" }, { "dependant", "dependante" },
	};
	static const char *const apart[][2] = {
		{ "ts", "t" }, { "sdre", "sdr" }, { "prep", "pre" },
		{ "niveau", "niveaux" }, { "depression", "depressif" },
	};
	char a[32], b[32];
	size_t na, nb;
	int seen;

	(void)state;
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		na = canon_of(a, same[i][0]);
		nb = canon_of(b, same[i][1]);
		assert_int_equal(na, nb);
		assert_memory_equal(a, b, na);
	}
	for (size_t i = 0; i < sizeof(apart) / sizeof(apart[0]); i++) {
		na = canon_of(a, apart[i][0]);
		nb = canon_of(b, apart[i][1]);
		assert_false(na == nb && memcmp(a, b, na) == 0);
	}
	/* The forms of a key are the words that map to it: "dépressives" is
	 * one of "depressif"'s, and each maps back. */
	na = canon_of(a, "depressives");
	seen = 0;
	assert_int_equal(sensitive_canon_forms(a, na, form_seen, &seen), 0);
	assert_int_equal(seen, 1);
}

/* In free text: the forms, the dotted abbreviations, and the keep
 * entries that hide nothing. */
static void
test_forms_in_text(void **state)
{
	static const char *const mental[] = { "Patientes dépressives",
	    "elle s'est scarifiée", "jeune fille scarifiée", "ATCD de T.S.",
	    "T.S", "PSYCHOTIQUES", "idées morbides" };
	static const char *const pregnancy[] = { "demande d'I.V.G.",
	    "I.V.G", "Note AS post-natale", "consultation postnatale" };
	static const char *const repro[] = { "Contraception : micropilule" };
	static const char *const none[] = { "dépression respiratoire",
	    "Dépression du segment ST", "t.s.", "T. S.", "TSH", "depressions ventilatoires",
	    "pays natal", "natalit\xc3\xa9 en baisse", "pr\xc3\xa9server la peau",
	    "sans conservateur" };

	(void)state;
	for (size_t i = 0; i < sizeof(mental) / sizeof(mental[0]); i++)
		assert_true(groups_of(mental[i], SENSITIVE_ALL) & ICD10_MENTAL);
	for (size_t i = 0; i < sizeof(pregnancy) / sizeof(pregnancy[0]); i++)
		assert_true(groups_of(pregnancy[i], SENSITIVE_ALL) &
		    ICD10_PREGNANCY);
	for (size_t i = 0; i < sizeof(repro) / sizeof(repro[0]); i++)
		assert_true(groups_of(repro[i], SENSITIVE_ALL) &
		    ICD10_REPRODUCTIVE);
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		assert_int_equal(groups_of(none[i], SENSITIVE_ALL), 0);
}

/* One slip of typing from a one-word term (sensitive_near, keys as
 * sensitive_canon gives them): a letter changed, added, left out, two
 * neighbours swapped; not two slips, not a slip in the first three
 * letters, not a word shorter than SENSITIVE_NEAR_MIN, not an entry
 * itself (that is found as written), not a drug name. */
static void
test_near(void **state)
{
	(void)state;
	assert_true(sensitive_near("schyzophreni", 12) & ICD10_MENTAL);
	assert_true(sensitive_near("chlamidia", 9) & ICD10_STI);
	assert_true(sensitive_near("gonnocoqu", 9) & ICD10_STI);
	assert_true(sensitive_near("syphilli", 8) & ICD10_STI);
	assert_true(sensitive_near("toxicomni", 9) & ICD10_MENTAL);
	assert_true(sensitive_near("avortment", 9) & ICD10_PREGNANCY);
	assert_true(sensitive_near("seroposiitf", 11) & ICD10_HIV);
	/* a letter left out before an "-s" the key ends in */
	assert_true(sensitive_near("grosess", 7) & ICD10_PREGNANCY);
	assert_true(sensitive_near("grosses", 7) & ICD10_PREGNANCY);
	/* in the first three letters: by the three after them */
	assert_true(sensitive_near("shizophreni", 11) & ICD10_MENTAL);
	assert_true(sensitive_near("etylism", 7) & ICD10_MENTAL);
	assert_true(sensitive_near("clamydia", 8) & ICD10_STI);
	assert_true(sensitive_near("siphili", 7) & ICD10_STI);
	assert_true(sensitive_near("sschizophreni", 13) & ICD10_MENTAL);
	assert_int_equal(sensitive_near("schizophreni", 12), 0);
	assert_int_equal(sensitive_near("schyzofreni", 11), 0);
	assert_int_equal(sensitive_near("shyzophreni", 11), 0);
	assert_int_equal(sensitive_near("psycose", 7), 0);
	assert_int_equal(sensitive_near("olanzapinne", 11), 0);
	assert_int_equal(sensitive_near("Chlamidia", 9), 0);
}

static int
teardown(void **state)
{
	(void)state;
	sensitive_scratch_free(&scratch);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_analyses),
		cmocka_unit_test(test_ordinary_analyses),
		cmocka_unit_test(test_drugs),
		cmocka_unit_test(test_ordinary_drugs),
		cmocka_unit_test(test_wards),
		cmocka_unit_test(test_disguised_terms),
		cmocka_unit_test(test_scan_offsets),
		cmocka_unit_test(test_atc_parse),
		cmocka_unit_test(test_every_group_filled),
		cmocka_unit_test(test_canon),
		cmocka_unit_test(test_canon_letters),
		cmocka_unit_test(test_forms_in_text),
		cmocka_unit_test(test_near),
		cmocka_unit_test(test_words_may_start),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
