/* check_run: the report a data protection officer reads.  The totals say
 * what the view shows and refuses; the report names no raw value: not a
 * cell, not a header no rule names (without --show-headers), not a
 * directory or file name the view hides or renames.  Without the key,
 * columns and drift only: no risk. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "check.h"
#include "progress.h"
#include "testlib.h"

static const char POLICY[] =
    "[project]\nname = t\nk_threshold = 2\n"
    "[file all]\nmatch = **/*.csv\n"
    "[column ipp]\nheaders = ipp\nop = token\n"
    "[column age]\nheaders = age\nop = keep\nquasi = yes\n"
    "[column cp]\nheaders = cp\nop = keep\nquasi = show\n"
    "[column nom]\nheaders = nom\nop = fake\nkind = last_name\n";

/* Raw values of the source: none may appear in a report. */
static const char *const RAW[] = {
	"DUPONT", "MARTIN", "DURAND", "Inconnu", "Secret1", "notes.txt",
	"TRAN_Minh", "40012308", NULL,
};

struct fixture {
	char		 root[64];
	char		 policy[PATH_MAX];
	struct engine	*e;
	char		*report;
	size_t		 len;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	snprintf(f->root, sizeof(f->root), "/tmp/pfs-check.XXXXXX");
	assert_non_null(mkdtemp(f->root));
	test_mkdir(f->root, "src");
	test_mkdir(f->root, "src/TRAN_Minh");
	test_put_file(f->root, "src/patients.csv",
	    "ipp;age;cp;nom;Inconnu\n"
	    "40012308;34;29200;DUPONT;Secret1\n"
	    "40012309;34;29200;MARTIN;Secret1\n"
	    "40012310;35;29000;DURAND;Secret1\n");
	test_put_file(f->root, "src/notes.txt", "ipp\n40012308\n");
	/* A row wider than its header: the file cannot be shown. */
	test_put_file(f->root, "src/TRAN_Minh/bad.csv", "ipp;nom\n40012308;DUPONT;x\n");
	snprintf(f->policy, sizeof(f->policy), "%s/p.policy", f->root);
	test_put_file(f->root, "p.policy", POLICY);
	f->e = test_engine(POLICY);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	test_rm_tree(f->root);
	engine_free(f->e);
	free(f->report);
	free(f);
	return 0;
}

/* check_run over the fixture's source with these options; the report is
 * in f->report. */
static int
run(struct fixture *f, const struct engine *e, const struct check_opts *o,
    struct check_totals *t)
{
	char src[PATH_MAX];
	FILE *out;
	int r;

	free(f->report);
	f->report = NULL;
	assert_non_null(out = open_memstream(&f->report, &f->len));
	snprintf(src, sizeof(src), "%s/src", f->root);
	r = check_run(e, src, o, out, t);
	assert_int_equal(fclose(out), 0);
	return r;
}

static void
assert_no_raw_value(const struct fixture *f)
{
	for (const char *const *w = RAW; *w != NULL; w++)
		if (strstr(f->report, *w) != NULL)
			fail_msg("the report shows the raw value %s", *w);
}

static void
test_totals(void **state)
{
	struct fixture *f = *state;
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;

	assert_int_equal(run(f, f->e, &o, &t), 0);
	assert_int_equal(t.files, 2);
	assert_int_equal(t.failed, 1);
	assert_int_equal(t.below, 1);		/* k = 1 < 2 */
	assert_int_equal(t.skipped, 1);		/* notes.txt */
	assert_int_equal(t.refused, 0);
	assert_int_equal(t.too_deep, 0);
	assert_non_null(strstr(f->report, "BELOW THE THRESHOLD"));
	assert_non_null(strstr(f->report, "line 2, column 3"));
	assert_no_raw_value(f);
	/* --k 1: nothing is below. */
	o.threshold = 1;
	assert_int_equal(run(f, f->e, &o, &t), 0);
	assert_int_equal(t.below, 0);
	assert_int_equal(t.files, 2);
}

static void
test_json(void **state)
{
	struct fixture *f = *state;
	struct check_opts o = { .json = 1, .worst = 5 };
	struct check_totals t;

	assert_int_equal(run(f, f->e, &o, &t), 0);
	assert_int_equal(f->report[0], '{');
	assert_int_equal(f->report[f->len - 1 - (f->report[f->len - 1] ==
	    '\n')], '}');
	assert_non_null(strstr(f->report, "\"threshold\":2"));
	assert_non_null(strstr(f->report, "\"k\":1"));
	/* quasi = show: view values; quasi = yes: keyed digests. */
	assert_non_null(strstr(f->report, "\"29000\""));
	assert_null(strstr(f->report, "\"35\""));
	assert_non_null(strstr(f->report, "\"header\":null"));
	assert_no_raw_value(f);
}

/* The raw header appears only when asked for. */
static void
test_show_headers(void **state)
{
	struct fixture *f = *state;
	struct check_opts o = { .show_headers = 1 };
	struct check_totals t;

	assert_int_equal(run(f, f->e, &o, &t), 0);
	assert_non_null(strstr(f->report, "Inconnu"));
	assert_null(strstr(f->report, "DUPONT"));
	assert_null(strstr(f->report, "Secret1"));
}

static void
test_without_key(void **state)
{
	struct fixture *f = *state;
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	struct engine *e;
	struct test_errors err;

	assert_int_equal(engine_open_unkeyed(f->policy, &e, test_errors(&err)),
	    0);
	assert_int_equal(run(f, e, &o, &t), 0);
	/* TRAN_Minh/ would be a token: without the key it has no name, so
	 * it is refused (once crashed on the missing key). */
	assert_int_equal(t.files, 1);
	assert_int_equal(t.failed, 0);
	assert_int_equal(t.refused, 1);
	assert_int_equal(t.below, 0);		/* not measured */
	assert_non_null(strstr(f->report, "risk: not computed"));
	assert_non_null(strstr(f->report, "none given"));
	assert_no_raw_value(f);
	engine_free(e);
}

static void
test_missing_source(void **state)
{
	struct fixture *f = *state;
	struct check_opts o = { 0 };
	struct check_totals t;
	char path[PATH_MAX];
	FILE *out;
	char *buf = NULL;
	size_t len;

	snprintf(path, sizeof(path), "%s/nothing-here", f->root);
	assert_non_null(out = open_memstream(&buf, &len));
	assert_int_equal(check_run(f->e, path, &o, out, &t), -ENOENT);
	fclose(out);
	free(buf);
}

/* A shown source that cannot be opened still counts its bytes as done, so
 * the progress line reaches 100%: check_file_done fstat()ed the negative
 * descriptor and counted none of them (review27's leftover).  Run as
 * nobody in a child: root opens a file of mode 000. */
static void
test_progress_unopenable_source(void **state)
{
	struct fixture *f = *state;
	static const char *const shown[] = { "src/patients.csv",
	    "src/TRAN_Minh/bad.csv", "src/shut.csv", NULL };
	unsigned long long want = 0;
	char path[PATH_MAX];
	struct stat st;
	int status;
	pid_t pid;

	test_put_file(f->root, "src/shut.csv", "ipp;nom\n40012308;DUPONT\n");
	for (const char *const *s = shown; *s != NULL; s++) {
		snprintf(path, sizeof(path), "%s/%s", f->root, *s);
		assert_int_equal(stat(path, &st), 0);
		want += (unsigned long long)st.st_size;
	}
	snprintf(path, sizeof(path), "%s/src/shut.csv", f->root);
	assert_int_equal(chmod(path, 0), 0);
	assert_int_equal(chmod(f->root, 0755), 0);
	snprintf(path, sizeof(path), "%s/src", f->root);
	assert_int_equal(chmod(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/src/TRAN_Minh", f->root);
	assert_int_equal(chmod(path, 0755), 0);
	assert_true((pid = fork()) >= 0);
	if (pid == 0) {
		struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
		struct check_totals t;
		struct progress pg;
		FILE *out = fopen("/dev/null", "w");

		if (out == NULL || (geteuid() == 0 && (setgid(65534) != 0 ||
		    setuid(65534) != 0)))
			_exit(2);
		progress_init(&pg, 0, "check", want, 3);
		o.progress = &pg;
		snprintf(path, sizeof(path), "%s/src", f->root);
		int r = check_run(f->e, path, &o, out, &t);
		fprintf(stderr, "check_run %d: done %llu of %llu, %lu files, "
		    "%lu failed\n", r, pg.done, want, pg.files_done, t.failed);
		_exit(r == 0 && pg.done == want && pg.files_done == 3 &&
		    t.failed == 2 ? 0 : 1);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/*
 * hostile31: `Sexe;Sexe` under op = keep over `M;DUPONT Jean` is header
 * drift (the duplicate, by column number) and a kept name (by column and
 * line); neither the name nor its parts are in the report.  Negatives: a
 * file whose kept columns hold sexes, eponyms and wards reports neither.
 */
static void
test_duplicate_kept_header_and_name(void **state)
{
	static const char policy[] =
	    "[project]\nname = t\npatient = ipp\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column sexe]\nheaders = Sexe\nop = keep\n"
	    "[column val]\nheaders = Valeur\nop = keep\n";
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Sexe;Sexe\n"
	    "1;M;F\n2;F;M\n3;M;DUPONT Jean\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.drift, 1);
	assert_int_equal(t.kept_identifiers, 1);
	assert_non_null(strstr(f->report, "duplicate: column 3 has the "
	    "header of column 2"));
	assert_non_null(strstr(f->report, "column 3 ([column sexe]): 1 cell "
	    "(name 1), first at line 4"));
	assert_null(strstr(f->report, "DUPONT"));
	assert_null(strstr(f->report, "Jean"));

	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Sexe;Valeur\n"
	    "1;M;Maladie de Crohn\n2;F;Parkinson\n3;M;Pavillon Jean "
	    "Charcot\n4;F;Cardiologie\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.drift, 0);
	assert_int_equal(t.kept_identifiers, 0);
	assert_non_null(strstr(f->report, "none found in 2 kept columns"));
	engine_free(e);
}

/* Is w in text as a whole word, any case (a short name: "Li", "Vu")? */
static int
has_word(const char *text, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = text; (p = strcasestr(p, w)) != NULL; p++)
		if ((p == text || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	return 0;
}

/* One kept cell beside its row: the row's fields between its IPP and its
 * kept Note (the table's header says which), the Note, and whether check
 * reports the Note as the row's own name. */
struct kept_case {
	const char	*name;
	const char	*row;
	const char	*cell;
	int		 reported;
};

/* A table of kept cells under one policy and header (IPP first, the kept
 * Note last), and the raw names no report may show as whole words. */
struct kept_table {
	const char		*policy;
	const char		*header;
	const struct kept_case	*cases;
	size_t			 ncases;
	const char *const	*raw;
};

static void
kept_no_raw(const struct fixture *f, const struct kept_table *kt,
    const char *name)
{
	for (const char *const *w = kt->raw; *w != NULL; w++)
		if (has_word(f->report, *w))
			fail_msg("%s: the report shows the raw name %s", name,
			    *w);
}

/* Write src/a.csv: the header, then case k's row, or every case's (one
 * a line, in the table's order) when k is ncases. */
static void
kept_file(struct fixture *f, const struct kept_table *kt, size_t k)
{
	char src[PATH_MAX];
	char *text = NULL;
	size_t len;
	FILE *out;

	assert_non_null(out = open_memstream(&text, &len));
	fprintf(out, "%s\n", kt->header);
	for (size_t i = 0; i < kt->ncases; i++)
		if (k == kt->ncases || k == i)
			fprintf(out, "%zu;%s;%s\n", i + 1, kt->cases[i].row,
			    kt->cases[i].cell);
	assert_int_equal(fclose(out), 0);
	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", text);
	free(text);
}

/*
 * The kept-cell scan over a table (check47): each case alone, reported
 * or not, and then every case in one file (the others' rows beside it: a
 * name of another row is not this one's), its kept identifiers by column,
 * count and first line, text and JSON; never a raw name.
 */
static void
kept_cases(struct fixture *f, const struct kept_table *kt)
{
	struct engine *e = test_engine(kt->policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	size_t col = 1, n = 0, first = 0;
	char want[160];

	for (const char *h = kt->header; *h != '\0'; h++)
		col += *h == ';';
	for (size_t k = 0; k < kt->ncases; k++) {
		const struct kept_case *c = &kt->cases[k];

		kept_file(f, kt, k);
		assert_int_equal(run(f, e, &o, &t), 0);
		if (t.kept_identifiers != (unsigned long)c->reported)
			fail_msg("%s: %s (\"%s\")", c->name, c->reported ?
			    "not reported" : "reported", c->cell);
		if (c->reported && strstr(f->report, "the row's own name 1), "
		    "first at line 2") == NULL)
			fail_msg("%s: not as the row's own name", c->name);
		kept_no_raw(f, kt, c->name);
		if (c->reported && n++ == 0)
			first = k + 2;
	}
	kept_file(f, kt, kt->ncases);
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, n > 0);
	if (n == 0)
		assert_non_null(strstr(f->report, "none found in 1 kept "
		    "column"));
	else {
		snprintf(want, sizeof(want), "column %zu ([column note]): %zu "
		    "cell%s ", col, n, n == 1 ? "" : "s");
		assert_non_null(strstr(f->report, want));
		snprintf(want, sizeof(want), "the row's own name %zu), first "
		    "at line %zu", n, first);
		assert_non_null(strstr(f->report, want));
	}
	kept_no_raw(f, kt, "all cases");
	o.json = 1;
	assert_int_equal(run(f, e, &o, &t), 0);
	if (n > 0) {
		snprintf(want, sizeof(want), "\"cells\":%zu,\"first_line\":%zu,",
		    n, first);
		assert_non_null(strstr(f->report, want));
		snprintf(want, sizeof(want), "\"own_name\":%zu", n);
		assert_non_null(strstr(f->report, want));
	}
	kept_no_raw(f, kt, "all cases, JSON");
	engine_free(e);
}

#define KEPT_TABLE(p, h, c, r) \
	{ (p), (h), (c), sizeof(c) / sizeof(*(c)), (r) }

/* kept_cases over a rule's cases, then over its negatives (kept_case
 * tables), in policy p's files of header h, r the raw values that no
 * output may hold */
#define KEPT_BOTH(f, p, h, cases, negatives, r) do {			\
	const struct kept_table pos_ = KEPT_TABLE((p), (h), cases, (r));	\
	const struct kept_table neg_ = KEPT_TABLE((p), (h), negatives, (r)); \
									\
	kept_cases((f), &pos_);						\
	kept_cases((f), &neg_);						\
} while (0)

/* The header of ROW_POLICY's files */
#define ROW_HEADER	"IPP;Nom;Prenom;Patient;Note"

/* The row's names: Nom (faked, identifies), Prenom and Patient (dropped,
 * identify the first name and the whole name); the Note kept. */
static const char ROW_POLICY[] =
    "[project]\nname = t\n"
    "[file all]\nmatch = *.csv\n"
    "[column ipp]\nheaders = IPP\nop = token\n"
    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
    "identifies = last_name\n"
    "[column prenom]\nheaders = Prenom\nop = drop\n"
    "identifies = first_name\n"
    "[column patient]\nheaders = Patient\nop = drop\n"
    "identifies = name\n"
    "[column note]\nheaders = Note\nop = keep\n";

/*
 * check43: a kept cell that repeats its own row's name (a column whose
 * rule says identifies = last_name, first_name or name), an ordinary word
 * of no list, is a kept identifier: by column, count and first line,
 * never the value, text and JSON.  Negatives: another row's name, a
 * compound ("Saint-Martin" for MARTIN, "pigeon-vole" for PIGEON), a one- or
 * two-letter name ("H", "Le") and clinical words are not reported.
 */
static const struct kept_case own_cases[] = {
	{ "nothing", "VIGNERON;Paul;", "RAS", 0 },
	{ "the last name", "TISSERAND;Marc;", "vu par Tisserand", 1 },
	{ "the first name", "PIGEON;Jean;", "appeler JEAN au domicile", 1 },
	{ "a whole name's word", ";;COUTELIER Luc", "coutelier", 1 },
	{ "NBSP and accent", "VIGNERON;Paul;", "\xc2\xa0VIGNÉRON", 1 },
	{ "in a file name", "SABOTIER;Paul;", "dossier_sabotier.pdf", 1 },
};
static const struct kept_case own_negatives[] = {
	{ "another row's", "VIGNERON;Paul;", "vu par tisserand", 0 },
	{ "another row's too", "TISSERAND;Marc;", "vu par vigneron", 0 },
	{ "a saint", "MARTIN;Luc;", "Saint-Martin", 0 },
	{ "a compound word", "PIGEON;Jean;", "jeu de pigeon-vole", 0 },
	{ "one letter", "H;Le;", "prise a 8 h, le matin", 0 },
	{ "two letters", ";;LE Al", "Le bilan, al dente", 0 },
	{ "clinical words", "VIGNERON;Paul;", "douleur thoracique", 0 },
};
static const char *const own_raw[] = { "VIGNERON", "TISSERAND", "PIGEON",
    "COUTELIER", "SABOTIER", "Jean", "Paul", "Marc", "Luc", NULL };

static void
test_row_own_name(void **state)
{
	KEPT_BOTH(*state, ROW_POLICY, ROW_HEADER, own_cases,
	    own_negatives, own_raw);
}

/*
 * check45: what check43 did not look for.  A part of a compound name
 * alone ("Dupont", "Martin" for DUPONT-MARTIN, "Jean" for Jean-Pierre), a
 * name run together ("legoff"), a part beside "née" in a name column, a
 * short name after a title or beside the row's other name ("M. Vu",
 * "NG Li").  Negatives: a stranger's row, particles and marital words
 * alone ("des", "née", "saint"), a short name alone, lower case or in a
 * word ("vu à 18h", "Li+", "LI 0.6"), a compound of the cell.
 */
static const struct kept_case part_cases[] = {
	{ "nothing", "DUPONT-MARTIN;Paul;", "RAS", 0 },
	{ "a compound's first part", "DUPONT-MARTIN;Paul;", "appel dupont", 1 },
	{ "a compound's last part", "DUPONT-MARTIN;Paul;", "famille martin",
	    1 },
	{ "a compound first name's part", "CHARRON;Jean-Pierre;",
	    "appeler jean", 1 },
	{ "run together", "LE GOFF;Yann;", "courrier LeGoff", 1 },
	{ "beside née", ";;SABOTIER Luc n\xc3\xa9" "e VANNIER",
	    "vu par vannier", 1 },
	{ "a short name after a title", "VU;Ba;", "rdv M. Vu", 1 },
	{ "a short name beside another", "NG;Li;", "vu par NG Li", 1 },
};
static const struct kept_case part_negatives[] = {
	{ "nothing", "DUPONT-MARTIN;Paul;", "RAS", 0 },
	{ "a stranger's parts", "TISSERAND;Luc;",
	    "appel dupont, famille martin", 0 },
	{ "a saint in lower case", "CHARRON;Jean-Pierre;",
	    "feu de la saint-jean", 0 },
	{ "a particle alone", "DES ROCHES;Anne;", "bilan des urines", 0 },
	{ "née alone", ";;SABOTIER Luc n\xc3\xa9" "e VANNIER",
	    "n\xc3\xa9" "e a terme", 0 },
	{ "saint alone", "SAINT-GERMAIN;Yves;", "pavillon saint jacques", 0 },
	{ "short names alone", "VU;Ba;", "vu \xc3\xa0 18h, ba", 0 },
	{ "a short name in a word", "LI;Wei;", "Li+ 0.8 mmol/L", 0 },
	{ "short names beside numbers", "NG;Li;", "LI 0.6, NG (non genotype)",
	    0 },
	{ "a short name in lower case", "LE;Al;", "vu avec M. le maire", 0 },
	{ "a particle of a name", "LE GOFF;Yann;", "Le bilan", 0 },
};
static const char *const part_raw[] = { "DUPONT", "MARTIN", "Jean",
    "Pierre", "GOFF", "LEGOFF", "VANNIER", "SABOTIER", "Vu", "Ng", "Li",
    "TISSERAND", "ROCHES", NULL };

static void
test_row_own_name_parts(void **state)
{
	KEPT_BOTH(*state, ROW_POLICY, ROW_HEADER, part_cases,
	    part_negatives, part_raw);
}

/*
 * check45: the identity source asked for the kept cells of a file that
 * has the patient column and no scrub column (check43 asked it only where
 * the view loads it for scrub).  Another patient's name is not this row's.
 */
static void
test_row_identity_without_scrub(void **state)
{
	static const char policy[] =
	    "[project]\nname = t\npatient = ipp\nidentity = patients.csv\n"
	    "[file patients]\nmatch = patients.csv\n"
	    "[file sejours]\nmatch = sejours.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column note]\nheaders = Note\nop = keep\n";
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/patients.csv", "IPP;Nom\n"
	    "40012308;KERHERVE\n40012309;QUINIOU\n");
	test_put_file(f->root, "src/sejours.csv", "IPP;Note\n"
	    "40012308;RAS\n40012309;vu par kerherve\n"
	    "40012308;vu par kerherve\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 1);
	assert_non_null(strstr(f->report, "column 2 ([column note]): 1 cell "
	    "(the row's own name 1), first at line 4"));
	assert_null(strcasestr(f->report, "kerherve"));
	assert_null(strcasestr(f->report, "quiniou"));
	engine_free(e);
}

/*
 * check45: a column faked as a last or first name without `identifies =`
 * is the row's name too (the policy says what it holds); a title in a
 * whole-name column ("Mme", "Dr") is no name of the row alone.
 */
static const struct kept_case faked_cases[] = {
	{ "nothing", "TISSERAND;", "RAS", 0 },
	{ "a faked column's name", "VIGNERON;", "vu par vigneron", 1 },
};
static const struct kept_case faked_negatives[] = {
	{ "a title alone", "TISSERAND;Mme Anne SABOTIER",
	    "rappeler Mme au domicile", 0 },
	{ "a title alone too", "TISSERAND;Dr Paul MARTIN", "Dr de garde", 0 },
};
static const char *const faked_raw[] = { "vigneron", "TISSERAND",
    "SABOTIER", "Anne", NULL };

static void
test_row_faked_name_column(void **state)
{
	static const char policy[] =
	    "[project]\nname = t\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column usage]\nheaders = Usage\nop = fake\nkind = last_name\n"
	    "[column medecin]\nheaders = Medecin\nop = drop\n"
	    "identifies = name\n"
	    "[column note]\nheaders = Note\nop = keep\n";

	KEPT_BOTH(*state, policy, "IPP;Usage;Medecin;Note", faked_cases,
	    faked_negatives, faked_raw);
}

/*
 * check46: the row's name as a part of a hyphenated compound of the cell
 * ("Tisserand-Coutelier" for TISSERAND, "Jean-Sabotier" for Jean or
 * SABOTIER, a U+2011 hyphen, capitals).  Not: a part after a saint, a
 * particle or a place's word ("Saint-Martin", "Boulogne-sur-Vigneron",
 * "Port-Coutelier"), a compound in lower case ("saint-jean",
 * "pigeon-vole").
 */
static const struct kept_case compound_cases[] = {
	{ "nothing", "TISSERAND;Paul;", "RAS", 0 },
	{ "a compound's first part", "TISSERAND;Paul;",
	    "vu par Mme Tisserand-Coutelier", 1 },
	{ "the first name first", "VIGNERON;Jean;", "courrier Jean-Sabotier",
	    1 },
	{ "the last name last", "SABOTIER;Marc;", "vu avec Jean-Sabotier", 1 },
	{ "U+2011, capitals", "COUTELIER;Luc;",
	    "famille VIGNERON\xe2\x80\x91" "COUTELIER", 1 },
};
static const struct kept_case compound_negatives[] = {
	{ "after a saint", "MARTIN;Luc;", "Saint-Martin", 0 },
	{ "a saint in lower case", "CHARRON;Jean;", "feu de la saint-jean", 0 },
	{ "a compound word", "PIGEON;Luc;", "jeu de pigeon-vole", 0 },
	{ "after sur", "VIGNERON;Paul;", "Boulogne-sur-Vigneron", 0 },
	{ "after port", "COUTELIER;Luc;", "Port-Coutelier", 0 },
	{ "after de", "TISSERAND;Paul;", "Saint-Jean-de-Tisserand", 0 },
	{ "another row's", "SABOTIER;Marc;", "Tisserand-Coutelier", 0 },
};
static const char *const compound_raw[] = { "TISSERAND", "COUTELIER",
    "SABOTIER", "VIGNERON", "Jean", "MARTIN", "PIGEON", NULL };

static void
test_row_own_name_compound(void **state)
{
	KEPT_BOTH(*state, ROW_POLICY, ROW_HEADER, compound_cases,
	    compound_negatives, compound_raw);
}

/*
 * check47: a compound in lower case whose part is the row's name and no
 * word of the lexicon ("dupont-lefort" for DUPONT or LEFORT), the row's
 * name of several words inside a compound ("Kerherve-Le-Goff" for LE
 * GOFF, "Jean-de-la-Fontaine" for DE LA FONTAINE).  Not: a place's
 * compound whose part is the row's name ("Boulogne-sur-Mer" for BOULOGNE,
 * "Saint-Martin-de-Ré" for MARTIN, "Villeneuve-..." for VILLENEUVE: a
 * place's joining word, a saint, a commune's name, a postcode after
 * it), a lower-case compound of ordinary words ("grand-mère" for GRAND).
 */
static const struct kept_case compound47_cases[] = {
	{ "nothing", "DUPONT;Paul;", "RAS", 0 },
	{ "the row's compound in lower case", "DUPONT-LEFORT;Paul;",
	    "famille dupont-lefort", 1 },
	{ "a lower-case compound's first part", "DUPONT;Paul;",
	    "famille dupont-lefort", 1 },
	{ "a lower-case compound's last part", "LEFORT;Paul;",
	    "courrier dupont-lefort", 1 },
	{ "a particle's name inside a compound", "LE GOFF;Yann;",
	    "famille Kerherve-Le-Goff", 1 },
	{ "... in lower case", "LE GOFF;Yann;", "famille kerherve-le-goff",
	    1 },
	{ "a particle's name alone", "LE GOFF;Yann;", "vu par Mme Le-Goff", 1 },
	{ "three words inside a compound", "DE LA FONTAINE;Anne;",
	    "courrier Jean-de-la-Fontaine", 1 },
	{ "three words alone", "DE LA FONTAINE;Anne;",
	    "courrier de-la-Fontaine", 1 },
};
static const struct kept_case compound47_negatives[] = {
	{ "-sur-", "BOULOGNE;Paul;", "n\xc3\xa9 \xc3\xa0 Boulogne-sur-Mer", 0 },
	{ "a saint first", "MARTIN;Paul;", "Saint-Martin-de-R\xc3\xa9", 0 },
	{ "-de-", "VILLENEUVE;Paul;", "Villeneuve-de-Berg", 0 },
	{ "-lès-", "VILLENEUVE;Paul;", "Villeneuve-l\xc3\xa8s-Avignon", 0 },
	{ "-d'", "VILLENEUVE;Paul;", "Villeneuve-d'Ascq", 0 },
	{ "a saint inside", "VILLENEUVE;Paul;", "Villeneuve-Saint-Georges", 0 },
	{ "a commune", "VILLENEUVE;Paul;", "Villeneuve-Loubet", 0 },
	{ "a commune too", "CLERMONT;Paul;", "Clermont-Ferrand", 0 },
	{ "-en-", "AIX;Paul;", "Aix-en-Provence", 0 },
	{ "-le- in lower case", "BOIS;Paul;", "Bois-le-Roi", 0 },
	{ "a postcode after", "MARTIN;Paul;", "Martin-Vigneron 06270", 0 },
	{ "ordinary words", "GRAND;Paul;", "sa grand-m\xc3\xa8re", 0 },
	{ "ordinary words too", "ARC;Paul;", "un arc-en-ciel", 0 },
	{ "a bird", "MARTIN;Luc;", "un martin-p\xc3\xaa" "cheur", 0 },
};
static const char *const compound47_raw[] = { "DUPONT", "LEFORT",
    "GOFF", "Kerherve", "FONTAINE", "BOULOGNE", "MARTIN", "VILLENEUVE",
    "CLERMONT", "AIX", "BOIS", "GRAND", "ARC", "Vigneron", "Berg",
    "Avignon", "Ascq", "Georges", "Loubet", "Ferrand", "Provence", "Roi",
    NULL };

static void
test_row_own_name_compound47(void **state)
{
	KEPT_BOTH(*state, ROW_POLICY, ROW_HEADER, compound47_cases,
	    compound47_negatives, compound47_raw);
}

/*
 * check48: a person's compound with a particle, which check47 read as a
 * place's ("Dupont-de-Nemours", "DUPONT-DE-LA-TOUR", "-d'", "-des-" for
 * the row's last name); a lower-case first name that is an ordinary word,
 * used as a name: in a compound of given names ("jean-pierre" for Jean or
 * Pierre, "marie-rose" for Rose), after a title.  Not: a commune
 * ("Villeneuve-de-Berg", "Châteauneuf-du-Pape"), a place's other joining
 * words ("Dupont-sur-Mer"), a part after a saint ("Saint-Dupont-de-Nemours",
 * "saint-jean-baptiste"), the row's first name in a particle compound
 * ("Jean-de-Nemours"), a compound word of the lexicon ("pierre-ponce").
 * (A stranger's "jean-pierre" is a name of the lists, reported as such.)
 */
static const struct kept_case compound48_cases[] = {
	{ "nothing", "DUPONT;Paul;", "RAS", 0 },
	{ "a person's particle", "DUPONT;Paul;", "famille Dupont-de-Nemours",
	    1 },
	{ "capitals, de la", "VIGNERON;Paul;", "courrier VIGNERON-DE-LA-TOUR",
	    1 },
	{ "d'", "TISSERAND;Luc;", "vu par Tisserand-d'Arzac", 1 },
	{ "des", "SABOTIER;Luc;", "famille Sabotier-des-Isnards", 1 },
	{ "given names, the first", "CHARRON;Jean;", "appel de jean-pierre",
	    1 },
	{ "given names, the last", "CHARRON;Pierre;", "appel de jean-pierre",
	    1 },
	{ "given names, a colour", "CHARRON;Rose;", "vu avec marie-rose", 1 },
	{ "after a title", "CHARRON;Pierre;", "vu par M. pierre-xyz", 1 },
};
static const struct kept_case compound48_negatives[] = {
	{ "a commune", "VILLENEUVE;Paul;", "vu \xc3\xa0 Villeneuve-de-Berg", 0 },
	{ "a commune, du", "CHATEAUNEUF;Paul;",
	    "vin de Ch\xc3\xa2teauneuf-du-Pape", 0 },
	{ "a place's joining word", "TISSERAND;Paul;",
	    "n\xc3\xa9 \xc3\xa0 Tisserand-sur-Mer", 0 },
	{ "after a saint", "VIGNERON;Paul;",
	    "\xc3\xa9glise de Saint-Vigneron-de-Nemours", 0 },
	{ "a first name with a particle", "DUPONT;Jean;",
	    "rue Jean-de-Nemours", 0 },
	{ "a stranger's particle", "MARTIN;Paul;",
	    "courrier Dupont-de-Nemours", 0 },
	{ "a saint in lower case", "CHARRON;Jean;", "la saint-jean-baptiste",
	    0 },
	{ "a compound word", "CHARRON;Pierre;", "une pierre-ponce", 0 },
	{ "a colour's compound", "CHARRON;Rose;", "teinte rose-th\xc3\xa9",
	    0 },
};
static const char *const compound48_raw[] = { "DUPONT", "Nemours",
    "VIGNERON", "TISSERAND", "Arzac", "SABOTIER", "Isnards", "CHARRON",
    "Jean", "Pierre", "Rose", "VILLENEUVE", "CHATEAUNEUF", "Berg", "Pape",
    "jean-pierre", "marie-rose", NULL };

static void
test_row_own_name_compound48(void **state)
{
	const struct kept_table pos = KEPT_TABLE(ROW_POLICY,
	    "IPP;Nom;Prenom;Patient;Note", compound48_cases, compound48_raw);
	const struct kept_table neg = KEPT_TABLE(ROW_POLICY,
	    "IPP;Nom;Prenom;Patient;Note", compound48_negatives,
	    compound48_raw);

	kept_cases(*state, &pos);
	kept_cases(*state, &neg);
}

/*
 * check48: the identity source's patient's name of several words inside a
 * compound of a kept cell ("Kerherve-Le-Goff", "kerherve-le-goff" for the
 * source's LE GOFF: "Goff" after "Le" was no part alone), and its last
 * name with a particle ("Dupont-de-Nemours").  Another patient's is not.
 */
static void
test_row_identity_compound48(void **state)
{
	static const char policy[] =
	    "[project]\nname = t\npatient = ipp\nidentity = patients.csv\n"
	    "[file patients]\nmatch = patients.csv\n"
	    "[file sejours]\nmatch = sejours.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column note]\nheaders = Note\nop = keep\n";
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/patients.csv", "IPP;Nom\n"
	    "40012308;LE GOFF\n40012309;QUINIOU\n40012310;DUPONT\n");
	test_put_file(f->root, "src/sejours.csv", "IPP;Note\n"
	    "40012309;famille Kerherve-Le-Goff\n"
	    "40012308;RAS\n"
	    "40012308;famille Kerherve-Le-Goff\n"
	    "40012308;famille kerherve-le-goff\n"
	    "40012309;courrier Dupont-de-Nemours\n"
	    "40012310;courrier Dupont-de-Nemours\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 1);
	/* The detectors find a name in some (a capital beside "Le", "de");
	 * the row's own name is this pass's. */
	assert_non_null(strstr(f->report, "column 2 ([column note]): "));
	assert_non_null(strstr(f->report, "the row's own name 3), first at "
	    "line 2"));
	for (const char *const *w = (const char *const[]){ "goff", "kerherve",
	    "quiniou", "dupont", "nemours", NULL }; *w != NULL; w++)
		if (has_word(f->report, *w))
			fail_msg("the report shows the raw name %s", *w);
	o.json = 1;
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_non_null(strstr(f->report, "\"own_name\":3"));
	assert_null(strcasestr(f->report, "goff"));
	assert_null(strcasestr(f->report, "nemours"));
	engine_free(e);
}

/*
 * check46: an identity source that cannot be loaded (missing here) leaves
 * a file with kept cells and the patient column unchecked against it:
 * said, by its view path and the source's fixed text, counted in
 * identity_unread (exit 1), never a value.  check45 said nothing.
 */
static void
test_identity_unread(void **state)
{
	static const char policy[] =
	    "[project]\nname = t\npatient = ipp\nidentity = patients.csv\n"
	    "[file patients]\nmatch = patients.csv\n"
	    "[file sejours]\nmatch = sejours.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column note]\nheaders = Note\nop = keep\n";
	/* The same, and a file of comments that the scrub reads. */
	static const char policy2[] =
	    "[project]\nname = t\npatient = ipp\nidentity = patients.csv\n"
	    "[file patients]\nmatch = patients.csv\n"
	    "[file sejours]\nmatch = sejours.csv\n"
	    "[file comments]\nmatch = comments.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column note]\nheaders = Note\nop = keep\n"
	    "[column com]\nheaders = Com\nop = scrub\n";
	struct fixture *f = *state;
	struct engine *e = test_engine(policy), *e2 = test_engine(policy2);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/sejours.csv", "IPP;Note\n"
	    "40012308;RAS\n40012309;vu par kerherve\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.identity_unread, 1);
	assert_int_equal(t.failed, 0);
	assert_non_null(strstr(f->report, "INCOMPLETE: the identity source "
	    "patients.csv cannot be read (the identity source cannot be "
	    "opened)"));
	assert_non_null(strstr(f->report, "1 not compared with the identity "
	    "source"));
	assert_null(strcasestr(f->report, "kerherve"));
	assert_null(strstr(f->report, "40012309"));
	o.json = 1;
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_non_null(strstr(f->report, "\"identity_source\":{\"path\":"
	    "\"patients.csv\",\"status\":\"error\""));
	assert_non_null(strstr(f->report, "\"identity_unread\":1}"));
	o.json = 0;

	/* check47: a file with a scrub column cannot be shown (its view
	 * needs the source): said as the file without one says it, by the
	 * source's view path; before, only the source's fixed text. */
	test_put_file(f->root, "src/comments.csv", "IPP;Com\n"
	    "40012309;appel de kerherve\n");
	assert_int_equal(run(f, e2, &o, &t), 0);
	assert_int_equal(t.failed, 1);
	assert_int_equal(t.identity_unread, 1);
	assert_non_null(strstr(f->report, "CANNOT BE SHOWN: the identity "
	    "source patients.csv cannot be read (the identity source cannot "
	    "be opened)"));
	assert_non_null(strstr(f->report, "INCOMPLETE: the identity source "
	    "patients.csv cannot be read (the identity source cannot be "
	    "opened)"));
	assert_null(strcasestr(f->report, "kerherve"));
	assert_null(strstr(f->report, "40012309"));
	o.json = 1;
	assert_int_equal(run(f, e2, &o, &t), 0);
	assert_non_null(strstr(f->report, "\"path\":\"comments.csv\",\"rule\":"
	    "\"comments\",\"status\":\"error\",\"error\":{\"line\":0,"
	    "\"column\":0,\"what\":\"the identity source cannot be opened\"},"
	    "\"identity_source\":{\"path\":\"patients.csv\",\"status\":"
	    "\"error\",\"what\":\"the identity source cannot be opened\"}}"));
	assert_null(strcasestr(f->report, "kerherve"));
	o.json = 0;
	snprintf(src, sizeof(src), "%s/src/comments.csv", f->root);
	assert_int_equal(unlink(src), 0);

	/* A source without its patient column cannot be loaded either. */
	test_put_file(f->root, "src/patients.csv", "Nom\nKERHERVE\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.identity_unread, 1);
	assert_non_null(strstr(f->report, "(the identity source has no "
	    "patient column)"));
	assert_null(strcasestr(f->report, "kerherve"));

	/* Loaded: nothing said, nothing counted. */
	test_put_file(f->root, "src/patients.csv", "IPP;Nom\n"
	    "40012308;QUINIOU\n40012309;KERHERVE\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.identity_unread, 0);
	assert_int_equal(t.kept_identifiers, 1);
	assert_null(strstr(f->report, "INCOMPLETE"));
	engine_free(e);
	engine_free(e2);
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_totals),
		T(test_json),
		T(test_progress_unopenable_source),
		T(test_show_headers),
		T(test_without_key),
		T(test_missing_source),
		T(test_duplicate_kept_header_and_name),
		T(test_row_own_name),
		T(test_row_own_name_parts),
		T(test_row_identity_without_scrub),
		T(test_row_faked_name_column),
		T(test_row_own_name_compound),
		T(test_row_own_name_compound47),
		T(test_row_own_name_compound48),
		T(test_row_identity_compound48),
		T(test_identity_unread),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
