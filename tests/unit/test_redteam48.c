/* redteam48: what a real export writes for a suppressed group in the
 * columns the example policy keeps or transforms, each written the way the
 * red team found it left: the sensitive value that must not come out, and
 * the ordinary one beside it that must come out as before.  Synthetic
 * cells only. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "detect.h"
#include "engine.h"
#include "icd10.h"
#include "ops.h"
#include "sensitive.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"

static const char policy_text[] =
    "[project]\nname = t\n"
    "[file all]\nmatch = *\n"
    "[column analyse]\nheaders = Analyse\nop = analysis\n"
    "placeholder = [SUPPRIME]\nlinked = resultat\n"
    "[column resultat]\nheaders = Valeur\nop = keep\n"
    "[column med]\nheaders = Médicament\nop = drug\naction = drop_row\n"
    "[column service]\nheaders = Service\nop = ward\nplaceholder = [X]\n"
    "[column dp]\nheaders = DP\nop = icd10\nlevel = chapter\n"
    "suppress = hiv, mental, pregnancy, sti, reproductive\n"
    "placeholder = [SUPPRIME]\n";

static struct policy *
load(void)
{
	struct test_errors err;
	struct policy *p = NULL;

	if (policy_load_string(policy_text, "t.policy", &p,
	    test_errors(&err)) != 0)
		fail_msg("%s", err.text);
	return p;
}

static const struct policy_column *
rule(const struct policy *p, const char *name)
{
	for (size_t i = 0; i < p->ncolumns; i++)
		if (strcmp(p->columns[i].name, name) == 0)
			return &p->columns[i];
	fail_msg("no rule %s", name);
	return NULL;
}

/* The cell's output must be want (NULL: the cell as written). */
static void
apply(const struct policy *p, const char *name, const char *in,
    const char *want)
{
	struct ops_scratch s = { 0 };
	struct ops_row row = { 0 };
	struct buf out = BUF_INIT;

	if (want == NULL)
		want = in;
	assert_int_equal(ops_apply(p, rule(p, name), &row, in, strlen(in), &s,
	    &out), 0);
	if (out.len != strlen(want) || memcmp(out.data ? out.data : "", want,
	    out.len) != 0)
		fail_msg("%s: \"%s\" gave \"%.*s\", not \"%s\"", name, in,
		    (int)out.len, out.data ? out.data : "", want);
	buf_free(&out);
	ops_scratch_free(&s);
}

/* A drug of a suppressed group: the lexicon must say so. */
static void
drug_hidden(const char *cell, int hidden)
{
	struct sensitive_scratch s = { 0 };
	struct sensitive_result res;

	assert_int_equal(sensitive_lookup(cell, strlen(cell),
	    SENSITIVE_BIT(SENSITIVE_DRUG) | SENSITIVE_BIT(SENSITIVE_TERM), &s,
	    &res), 0);
	if ((res.groups != 0) != hidden)
		fail_msg("drug \"%s\": groups %u", cell, (unsigned)res.groups);
	sensitive_scratch_free(&s);
}

/* Diagnosis codes as people type them in a code column. */
static void
test_dp_odd_codes(void **state)
{
	static const char *const hidden[] = {
		"F 32.1", "F32,1", "F32-1", "F32.1*", "F32.", "f 32",
		"F-32.1", "F.32.1", "F32 .1", "B24.", "B 24", "B20-B24",
		"Z 21", "O 04.9", "O04,9", "a 54.9", "F 20.0", "F1O.2",
		"B2O", "004.9", "080", "A54.8+", "B20\xe2\x80\xa0", "X60",
		"X84.9", "I10-F32",
	};
	struct policy *p;

	(void)state;
	p = load();
	for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		apply(p, "dp", hidden[i], "[SUPPRIME]");
	/* ordinary codes written the same ways: their chapter */
	apply(p, "dp", "I 10", "I00-I99");
	apply(p, "dp", "E11,9", "E00-E90");
	apply(p, "dp", "J18-9", "J00-J99");
	apply(p, "dp", "I10.", "I00-I99");
	apply(p, "dp", "X59", "V01-Y98");
	apply(p, "dp", "X85", "V01-Y98");
	/* what is no code stays empty */
	apply(p, "dp", "A 12 ans", "");
	apply(p, "dp", "F3 2.1", "");
	apply(p, "dp", "Fracture", "");
	apply(p, "dp", "F32.1 Episode", "");
	policy_free(p);
}

/* ATC codes set apart by a sign, and the integrase inhibitors' old codes. */
static void
test_atc_forms(void **state)
{
	char atc[SENSITIVE_ATC_MAX];
	struct policy *p;

	(void)state;
	assert_int_equal(sensitive_atc_parse("J05 AR03", 8, atc), 0);
	assert_string_equal(atc, "J05AR03");
	assert_int_equal(sensitive_atc_parse("j05.ar.03", 9, atc), 0);
	assert_string_equal(atc, "J05AR03");
	assert_int_equal(sensitive_atc_parse("N07B-C02", 8, atc), 0);
	assert_string_equal(atc, "N07BC02");
	assert_int_equal(sensitive_atc_parse("J05  AR03", 9, atc), -EINVAL);
	assert_int_equal(sensitive_atc_parse("J05 AR03 x", 10, atc), -EINVAL);
	p = load();
	apply(p, "med", "J05 AR03", "");
	apply(p, "med", "N07B C02", "");
	apply(p, "med", "J05AX12", "");
	apply(p, "med", "J05AX08", "");
	apply(p, "med", "J05AX11", "");
	apply(p, "med", "A10 BA02", "A10 BA02");
	apply(p, "med", "J05AB01", "J05AB01");	/* aciclovir */
	policy_free(p);
}

/* Abbreviations and brands a prescription column writes. */
static void
test_drug_names(void **state)
{
	static const char *const hidden[] = {
		"AZT 300 mg", "3TC 150 mg", "FTC", "BHD 8 mg", "PrEP",
		"METHERGIN 0,2 mg", "methylergométrine", "PREPIDIL gel",
	};
	static const char *const kept[] = {
		"METFORMINE 850 mg", "Aciclovir 800 mg", "DOLIPRANE 1 g",
		"AMOXICILLINE 1 g", "XANAX 0,25 mg", "ATARAX 25 mg",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		drug_hidden(hidden[i], 1);
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		drug_hidden(kept[i], 0);
}

/* Analysis labels: a drug's level, other names, LOINC codes. */
static void
test_analyses(void **state)
{
	static const char *const hidden[] = {
		"Dosage plasmatique darunavir", "Taux résiduel dolutégravir",
		"Clozapinémie", "Dosage méthadone", "Lymphocytes T4",
		"Marqueurs sériques T21", "HPV", "Recherche HPV haut risque",
		"Dépistage stupéfiants", "THC urines",
		"Transferrine désialylée", "21198-7", "19080-1", "2118-8",
		"5221-7", "7917-8", "7918-6",
	};
	static const char *const kept[] = {
		"Créatinine", "T4 libre", "Dosage vancomycine",
		"Dosage paracétamol", "Alpha-foetoprotéine", "TSH",
		"14682-9", "Transferrine", "HbA1c",
	};
	struct policy *p;

	(void)state;
	p = load();
	for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		apply(p, "analyse", hidden[i], "[SUPPRIME]");
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		apply(p, "analyse", kept[i], NULL);
	policy_free(p);
}

/* Wards: psychiatric sectors by their number, other names. */
static void
test_wards(void **state)
{
	static const char *const hidden[] = {
		"Secteur 75G12", "59I03", "CMP 2AG01", "SMPR 69P01",
		"Centre hospitalier spécialisé", "CUMP", "CIVG",
		"Infectiologie", "Vénéréologie", "Dermato-vénéréologie",
	};
	static const char *const kept[] = {
		"Cardiologie", "Bâtiment G12", "Salle 12G", "Lit 759G12",
		"75G123", "Dermatologie", "Pédiatrie", "Néonatologie",
		"Unité 3G",
	};
	struct policy *p;

	(void)state;
	p = load();
	for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		apply(p, "service", hidden[i], "[X]");
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		apply(p, "service", kept[i], NULL);
	policy_free(p);
}

static struct detect_scratch S;

/* Free text: a dotted code with a space after its letter, an ATC code of
 * a suppressed group's drug; what only looks like them stays. */
static void
test_text_codes(void **state)
{
	static const char *const gone[] = {
		"F 32.1", "J05AR03", "N07BC02", "O 04.9", "N05AN01",
	};
	const char *text = "DP F 32.1 ; sous J05AR03 et N07BC02 ; O 04.9 ; "
	    "N05AN01 ; km A 50.5, B 12.5, F 32 ans, J05AB01, A10BA02, "
	    "ref J05AR03X, j05ar03";
	const char *kept_text[] = {
		"vu A 50.5 km, vitamine B 12.5, F 32 ans",
		"sous J05AB01 (aciclovir) et A10BA02",
		"code j05ar03 en minuscules",
	};

	(void)state;
	test_spans_gone_kept(&test_default, &S, text, gone,
	    sizeof(gone) / sizeof(gone[0]), NULL, 0);
	test_untouched(&test_default, &S, kept_text,
	    sizeof(kept_text) / sizeof(kept_text[0]));
}

static int
teardown(void **state)
{
	(void)state;
	detect_scratch_free(&S);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dp_odd_codes),
		cmocka_unit_test(test_atc_forms),
		cmocka_unit_test(test_drug_names),
		cmocka_unit_test(test_analyses),
		cmocka_unit_test(test_wards),
		cmocka_unit_test(test_text_codes),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
