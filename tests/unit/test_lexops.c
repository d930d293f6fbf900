/* The analysis, drug and ward operators: policy options and their errors,
 * each operator on cells (the sensitive value that must not come out, the
 * ordinary one that must come out byte for byte), and the row pass of the
 * view: linked cells emptied, rows dropped, restart from any boundary
 * giving the same bytes, suppressions counted. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "engine.h"
#include "icd10.h"
#include "ops.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"
#include "view.h"

static const char base_policy[] =
    "[project]\nname = t\n"
    "[file all]\nmatch = *\n"
    "[column ipp]\nheaders = IPP\nop = token\nprefix = P-\n"
    "[column analyse]\nheaders = Analyse\nop = analysis\n"
    "placeholder = [SUPPRIME]\nlinked = resultat\n%s\n"
    "[column resultat]\nheaders = Valeur, Unité\nop = keep\n"
    "[column med]\nheaders = Médicament\nop = drug\n%s\n"
    "[column service]\nheaders = Service\nop = ward\nplaceholder = [X]\n";

static struct policy *
load(const char *analysis_extra, const char *drug_extra,
    struct test_errors *err, int *rc)
{
	char text[2048];
	struct policy *p = NULL;

	snprintf(text, sizeof(text), base_policy, analysis_extra, drug_extra);
	*rc = policy_load_string(text, "t.policy", &p, test_errors(err));
	return p;
}

/* A policy that must load. */
static struct policy *
load_ok(const char *analysis_extra, const char *drug_extra)
{
	struct test_errors err;
	struct policy *p;
	int rc;

	p = load(analysis_extra, drug_extra, &err, &rc);
	if (rc != 0)
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

static void
test_policy_defaults(void **state)
{
	struct policy *p;

	(void)state;
	p = load_ok("", "");
	assert_int_equal(rule(p, "analyse")->suppress_groups,
	    ICD10_SENSITIVE_DEFAULT);
	assert_int_equal(rule(p, "analyse")->nlinked, 1);
	assert_ptr_equal(rule(p, "analyse")->linked[0], rule(p, "resultat"));
	assert_int_equal(rule(p, "analyse")->drop_row, 0);
	assert_int_equal(rule(p, "med")->atc_level, 0);
	assert_string_equal(rule(p, "med")->text, "");
	policy_free(p);

	/* A range stands for the groups it overlaps. */
	p = load_ok("suppress = B20-B24, O04\naction = drop_row", "level = atc3");
	assert_int_equal(rule(p, "analyse")->suppress_groups,
	    ICD10_HIV | ICD10_PREGNANCY);
	assert_int_equal(rule(p, "analyse")->drop_row, 1);
	assert_int_equal(rule(p, "med")->atc_level, 3);
	policy_free(p);
}

static void
expect_error(const char *analysis_extra, const char *drug_extra,
    const char *what)
{
	struct test_errors err;
	struct policy *p;
	int rc;

	p = load(analysis_extra, drug_extra, &err, &rc);
	assert_int_equal(rc, -EINVAL);
	assert_null(p);
	if (strstr(err.text, what) == NULL)
		fail_msg("'%s' does not say '%s'", err.text, what);
}

static void
test_policy_errors(void **state)
{
	(void)state;
	/* Hiding nothing while looking like it hides cancers fails open. */
	expect_error("suppress = default, C00-C97", "", "overlaps no group");
	expect_error("suppress =", "", "suppress is empty");
	expect_error("suppress = hiv, cancer", "", "neither a group");
	expect_error("action = drop", "", "expected one of blank, drop_row");
	expect_error("", "level = atc6", "expected one of name, atc1");
	expect_error("level = atc3", "", "'level' is not an option");
	expect_error("", "linked = nosuch", "linked = nosuch");
	expect_error("", "linked = med", "linked = med");
}

static void
apply(const struct policy *p, const char *name, const char *in,
    const char *want)
{
	struct ops_scratch s = { 0 };
	struct ops_row row = { 0 };
	struct buf out = BUF_INIT;

	assert_int_equal(ops_apply(p, rule(p, name), &row, in, strlen(in), &s,
	    &out), 0);
	assert_int_equal(out.len, strlen(want));
	assert_memory_equal(out.len ? out.data : "", want, out.len);
	buf_free(&out);
	ops_scratch_free(&s);
}

/* Cells through their rules: each in -> out. */
struct op_case {
	const char	*rule, *in, *out;
};
#define EXPECT_OPS(p, ...) do {						\
	static const struct op_case cases_[] = { __VA_ARGS__ };	\
	size_t n_ = sizeof(cases_) / sizeof(cases_[0]);			\
	for (size_t i_ = 0; i_ < n_; i_++)				\
		apply(p, cases_[i_].rule, cases_[i_].in, cases_[i_].out);	\
} while (0)

static void
test_ops(void **state)
{
	struct policy *p;

	(void)state;
	p = load_ok("", "");
	EXPECT_OPS(p,
	    { "analyse", "Charge virale VIH-1", "[SUPPRIME]" },
	    { "analyse", "β-HCG", "[SUPPRIME]" },
	    { "analyse", "Sérologie syphilis (TPHA)", "[SUPPRIME]" },
	    { "analyse", "20447-9", "[SUPPRIME]" },
	    { "analyse", "Créatinine", "Créatinine" },
	    { "analyse",
	      " Temps de saignement (TS) ", " Temps de saignement (TS) " },
	    { "analyse", "", "" },
	    { "med", "BIKTARVY 50 mg/200 mg/25 mg, comprimé", "" },
	    { "med", "J05AR03", "" },
	    { "med", "METFORMINE 850 mg", "METFORMINE 850 mg" },
	    { "med",
	      "1 AMP de sérum physiologique", "1 AMP de sérum physiologique" },
	    { "service", "Maternité", "[X]" },
	    { "service", "CeGIDD", "[X]" },
	    { "service", "Unité IVG", "[X]" },
	    { "service", "Cardiologie", "Cardiologie" });
	/* Disguised: look-alike letters, capitals apart, mnemonics, wards;
	 * and what only looks like them. */
	EXPECT_OPS(p,
	    { "analyse", "Charge virale V\xd0\x86H-1", "[SUPPRIME]" },
	    { "analyse", "CV \xef\xbc\xb6\xef\xbc\xa9\xef\xbc\xa8",
	      "[SUPPRIME]" },
	    { "analyse", "S\xc3\xa9rologie V-I-H", "[SUPPRIME]" },
	    { "analyse", "V I H", "[SUPPRIME]" },
	    { "analyse", "CVVIH", "[SUPPRIME]" },
	    { "analyse", "AgP24", "[SUPPRIME]" },
	    { "analyse", "Groupe A B O", "Groupe A B O" },
	    { "analyse", "S\xc3\xa9rologie CMV", "S\xc3\xa9rologie CMV" },
	    { "analyse", "\xd0\x9e\xd0\xbb\xd0\xb5\xd0\xb3",
	      "\xd0\x9e\xd0\xbb\xd0\xb5\xd0\xb3" },
	    { "service", "PMI", "[X]" },
	    { "service", "M\xc3\xa9" "decine sexuelle", "[X]" },
	    { "service", "UHSA", "[X]" },
	    { "service", "C M P", "[X]" },
	    { "service", "M\xc3\xa9" "decine interne",
	      "M\xc3\xa9" "decine interne" },
	    { "service", "V.I.P.", "V.I.P." });
	policy_free(p);

	p = load_ok("suppress = mental", "level = atc4\nsuppress = hiv");
	/* Only the rule's groups. */
	EXPECT_OPS(p,
	    { "analyse", "Charge virale VIH-1", "Charge virale VIH-1" },
	    { "analyse", "Lithémie", "[SUPPRIME]" },
	    /* Generalized: the class of what it keeps, never the drug. */
	    { "med", "METFORMINE 850 mg", "A10BA" },
	    { "med", "OLANZAPINE 10 mg", "N05AH" },
	    { "med", "TRUVADA 200 mg/245 mg", "" },
	    { "med", "ZZTESTOL 5 mg", "" },
	    { "med", "n05a", "N05A" });
	policy_free(p);
}

/* ---- the row pass ---- */

static struct engine *
engine_from(const char *analysis_extra)
{
	char text[2048];

	snprintf(text, sizeof(text), base_policy, analysis_extra, "");
	return test_engine(text);
}

static const char lab[] =
    "IPP\tAnalyse\tValeur\tUnité\n"
    "1\tCréatinine\t148\tµmol/L\n"
    "1\tCharge virale VIH-1\t128598\tcopies/mL\n"
    "2\tLymphocytes T CD4\t420\t/mm3\n"
    "2\tHémoglobine\t10,7\tg/dL\n"
    "3\tβ-HCG\t1200\tUI/L\n"
    "3\tCRP\t8,8\tmg/L\n";

static void
run_lab(const char *analysis_extra, struct test_run *run, struct view_stats *st)
{
	struct engine *e = engine_from(analysis_extra);
	struct pfs_error err;
	struct view *v;
	int fd = test_temp_fd(lab, sizeof(lab) - 1), rc;

	v = test_view_run(e, fd, run, st, &rc, &err);
	assert_int_equal(rc, 0);
	/* Restart from every boundary: the same tail, dropped rows or not. */
	for (size_t i = 0; i < run->n; i++)
		test_view_restart(v, fd, run, i);
	view_free(v);
	close(fd);
	engine_free(e);
}

static void
assert_absent(const struct buf *b, const char *what)
{
	assert_null(memmem(b->data, b->len, what, strlen(what)));
}

static void
assert_present(const struct buf *b, const char *what)
{
	assert_non_null(memmem(b->data, b->len, what, strlen(what)));
}

static void
test_view_blank(void **state)
{
	struct test_run run, *c = &run;
	struct view_stats st;

	(void)state;
	run_lab("", c, &st);
	assert_present(&c->out, "\tCréatinine\t148\tµmol/L\n");
	assert_present(&c->out, "\tHémoglobine\t10,7\tg/dL\n");
	assert_present(&c->out, "\t[SUPPRIME]\t\t\n");
	for (const char *const *w = (const char *const[]){ "VIH", "128598",
	    "copies/mL", "CD4", "/mm3", "HCG", "1200", "UI/L", NULL }; *w; w++)
		assert_absent(&c->out, *w);
	/* Three hidden analyses, their six cells, no row dropped. */
	assert_int_equal(st.cols[1].cells, 3);
	assert_int_equal(st.cols[1].groups[0], 2);	/* hiv */
	assert_int_equal(st.cols[1].groups[2], 1);	/* pregnancy */
	assert_int_equal(st.cols[1].linked, 6);
	assert_int_equal(st.cols[1].rows, 0);
	free(st.cols);
	test_run_free(c);
}

static void
test_view_drop_row(void **state)
{
	struct test_run run, *c = &run;
	struct view_stats st;
	int lines = 0;

	(void)state;
	run_lab("action = drop_row", c, &st);
	for (size_t i = 0; i < c->out.len; i++)
		lines += c->out.data[i] == '\n';
	assert_int_equal(lines, 4);	/* the header and three rows */
	assert_present(&c->out, "\tCréatinine\t148\tµmol/L\n");
	assert_present(&c->out, "\tCRP\t8,8\tmg/L\n");
	assert_absent(&c->out, "SUPPRIME");
	assert_absent(&c->out, "128598");
	assert_int_equal(st.cols[1].rows, 3);
	free(st.cols);
	test_run_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_policy_defaults),
		cmocka_unit_test(test_policy_errors),
		cmocka_unit_test(test_ops),
		cmocka_unit_test(test_view_blank),
		cmocka_unit_test(test_view_drop_row),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
