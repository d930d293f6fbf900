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

/*
 * check43: a kept cell that repeats its own row's name (a column whose
 * rule says identifies = last_name, first_name or name), an ordinary word
 * of no list, is a kept identifier: by column, count and first line,
 * never the value, text and JSON.  Negatives: another row's name, a
 * compound ("Saint-Martin" for MARTIN, "pigeon-vole" for PIGEON), a one- or
 * two-letter name ("H", "Le") and clinical words are not reported.
 */
static void
test_row_own_name(void **state)
{
	static const char policy[] =
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
	static const char *const raw[] = { "VIGNERON", "TISSERAND", "PIGEON",
	    "COUTELIER", "SABOTIER", "Jean", "Paul", "Marc", "Luc", NULL };
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Nom;Prenom;Patient;Note\n"
	    "1;VIGNERON;Paul;;RAS\n"
	    "2;TISSERAND;Marc;;vu par Tisserand\n"
	    "3;PIGEON;Jean;;appeler JEAN au domicile\n"
	    "4;;;COUTELIER Luc;coutelier\n"
	    "5;VIGNERON;Paul;;\xc2\xa0VIGNÉRON\n"
	    "6;SABOTIER;Paul;;dossier_sabotier.pdf\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 1);
	assert_non_null(strstr(f->report, "column 5 ([column note]): 5 cells "
	    "(the row's own name 5), first at line 3"));
	for (const char *const *w = raw; *w != NULL; w++)
		assert_null(strcasestr(f->report, *w));
	o.json = 1;
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_non_null(strstr(f->report, "\"cells\":5,\"first_line\":3,"
	    "\"kinds\":{\"own_name\":5}"));
	for (const char *const *w = raw; *w != NULL; w++)
		assert_null(strcasestr(f->report, *w));
	o.json = 0;

	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Nom;Prenom;Patient;Note\n"
	    "1;VIGNERON;Paul;;vu par tisserand\n"
	    "2;TISSERAND;Marc;;vu par vigneron\n"
	    "3;MARTIN;Luc;;Saint-Martin\n"
	    "4;PIGEON;Jean;;jeu de pigeon-vole\n"
	    "5;H;Le;;prise a 8 h, le matin\n"
	    "6;;;LE Al;Le bilan, al dente\n"
	    "7;VIGNERON;Paul;;douleur thoracique\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 0);
	assert_non_null(strstr(f->report, "none found in 1 kept column"));
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

/*
 * check45: what check43 did not look for.  A part of a compound name
 * alone ("Dupont", "Martin" for DUPONT-MARTIN, "Jean" for Jean-Pierre), a
 * name run together ("legoff"), a part beside "née" in a name column, a
 * short name after a title or beside the row's other name ("M. Vu",
 * "NG Li").  Negatives: a stranger's row, particles and marital words
 * alone ("des", "née", "saint"), a short name alone, lower case or in a
 * word ("vu à 18h", "Li+", "LI 0.6"), a compound of the cell.
 */
static void
test_row_own_name_parts(void **state)
{
	static const char policy[] =
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
	static const char *const raw[] = { "DUPONT", "MARTIN", "Jean",
	    "Pierre", "GOFF", "LEGOFF", "VANNIER", "SABOTIER", "Vu", "Ng",
	    "Li", "TISSERAND", "ROCHES", NULL };
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Nom;Prenom;Patient;Note\n"
	    "1;DUPONT-MARTIN;Paul;;RAS\n"
	    "2;DUPONT-MARTIN;Paul;;appel dupont\n"
	    "3;DUPONT-MARTIN;Paul;;famille martin\n"
	    "4;CHARRON;Jean-Pierre;;appeler jean\n"
	    "5;LE GOFF;Yann;;courrier LeGoff\n"
	    "6;;;SABOTIER Luc n\xc3\xa9" "e VANNIER;vu par vannier\n"
	    "7;VU;Ba;;rdv M. Vu\n"
	    "8;NG;Li;;vu par NG Li\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 1);
	assert_non_null(strstr(f->report, "column 5 ([column note]): 7 cells "));
	assert_non_null(strstr(f->report, "the row's own name 7), first at "
	    "line 3"));
	for (const char *const *w = raw; *w != NULL; w++)
		assert_false(has_word(f->report, *w));
	o.json = 1;
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_non_null(strstr(f->report, "\"own_name\":7"));
	for (const char *const *w = raw; *w != NULL; w++)
		assert_false(has_word(f->report, *w));
	o.json = 0;

	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Nom;Prenom;Patient;Note\n"
	    "1;DUPONT-MARTIN;Paul;;RAS\n"
	    "2;TISSERAND;Luc;;appel dupont, famille martin\n"
	    "3;CHARRON;Jean-Pierre;;feu de la saint-jean\n"
	    "4;DES ROCHES;Anne;;bilan des urines\n"
	    "5;;;SABOTIER Luc n\xc3\xa9" "e VANNIER;n\xc3\xa9" "e a terme\n"
	    "6;SAINT-GERMAIN;Yves;;pavillon saint jacques\n"
	    "7;VU;Ba;;vu \xc3\xa0 18h, ba\n"
	    "8;LI;Wei;;Li+ 0.8 mmol/L\n"
	    "9;NG;Li;;LI 0.6, NG (non genotype)\n"
	    "10;LE;Al;;vu avec M. le maire\n"
	    "11;LE GOFF;Yann;;Le bilan\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 0);
	assert_non_null(strstr(f->report, "none found in 1 kept column"));
	engine_free(e);
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
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Usage;Medecin;Note\n"
	    "1;TISSERAND;;RAS\n2;VIGNERON;;vu par vigneron\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 1);
	assert_non_null(strstr(f->report, "column 4 ([column note]): 1 cell "
	    "(the row's own name 1), first at line 3"));
	assert_false(has_word(f->report, "vigneron"));

	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Usage;Medecin;Note\n"
	    "1;TISSERAND;Mme Anne SABOTIER;rappeler Mme au domicile\n"
	    "2;TISSERAND;Dr Paul MARTIN;Dr de garde\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 0);
	engine_free(e);
}

/*
 * check46: the row's name as a part of a hyphenated compound of the cell
 * ("Tisserand-Coutelier" for TISSERAND, "Jean-Sabotier" for Jean or
 * SABOTIER, a U+2011 hyphen, capitals).  Not: a part after a saint, a
 * particle or a place's word ("Saint-Martin", "Boulogne-sur-Vigneron",
 * "Port-Coutelier"), a compound in lower case ("saint-jean",
 * "pigeon-vole").
 */
static void
test_row_own_name_compound(void **state)
{
	static const char policy[] =
	    "[project]\nname = t\n"
	    "[file all]\nmatch = *.csv\n"
	    "[column ipp]\nheaders = IPP\nop = token\n"
	    "[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column prenom]\nheaders = Prenom\nop = drop\n"
	    "identifies = first_name\n"
	    "[column note]\nheaders = Note\nop = keep\n";
	static const char *const raw[] = { "TISSERAND", "COUTELIER",
	    "SABOTIER", "VIGNERON", "Jean", "MARTIN", "PIGEON", NULL };
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
	struct check_opts o = { .worst = CHECK_WORST_DEFAULT };
	struct check_totals t;
	char src[PATH_MAX];

	snprintf(src, sizeof(src), "%s/src", f->root);
	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Nom;Prenom;Note\n"
	    "1;TISSERAND;Paul;RAS\n"
	    "2;TISSERAND;Paul;vu par Mme Tisserand-Coutelier\n"
	    "3;VIGNERON;Jean;courrier Jean-Sabotier\n"
	    "4;SABOTIER;Marc;vu avec Jean-Sabotier\n"
	    "5;COUTELIER;Luc;famille VIGNERON\xe2\x80\x91" "COUTELIER\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 1);
	assert_non_null(strstr(f->report, "the row's own name 4), first at "
	    "line 3"));
	for (const char *const *w = raw; *w != NULL; w++)
		assert_false(has_word(f->report, *w));
	o.json = 1;
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_non_null(strstr(f->report, "\"own_name\":4"));
	for (const char *const *w = raw; *w != NULL; w++)
		assert_false(has_word(f->report, *w));
	o.json = 0;

	test_rm_tree(src);
	test_mkdir(f->root, "src");
	test_put_file(f->root, "src/a.csv", "IPP;Nom;Prenom;Note\n"
	    "1;MARTIN;Luc;Saint-Martin\n"
	    "2;CHARRON;Jean;feu de la saint-jean\n"
	    "3;PIGEON;Luc;jeu de pigeon-vole\n"
	    "4;VIGNERON;Paul;Boulogne-sur-Vigneron\n"
	    "5;COUTELIER;Luc;Port-Coutelier\n"
	    "6;TISSERAND;Paul;Saint-Jean-de-Tisserand\n"
	    "7;SABOTIER;Marc;Tisserand-Coutelier\n");
	assert_int_equal(run(f, e, &o, &t), 0);
	assert_int_equal(t.kept_identifiers, 0);
	assert_non_null(strstr(f->report, "none found in 1 kept column"));
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
	struct fixture *f = *state;
	struct engine *e = test_engine(policy);
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
		T(test_identity_unread),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
