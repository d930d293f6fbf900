/* Unit tests for policy: a minimal valid policy, every error with the line
 * it names and what it expects, file and column matching (hidden paths,
 * header synonyms, files = restrictions) and the policy hash. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "norm.h"
#include "icd10.h"
#include "policy.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"

static char err[1024];	/* the record load() reported, formatted */

static int
load(const char *text, struct policy **p)
{
	struct test_errors e;
	int r = policy_load_string(text, "x.policy", p, test_errors(&e));

	snprintf(err, sizeof(err), "%s", e.text);
	return r;
}

/* The policy must be rejected, the message must start with the file and
 * line, and name what was expected. */
static void
expect_error(const char *text, int line, const char *want1, const char *want2)
{
	struct policy *p = (struct policy *)1;
	char prefix[64];

	assert_int_equal(load(text, &p), -EINVAL);
	assert_null(p);
	if (line > 0)
		snprintf(prefix, sizeof(prefix), "x.policy:%d: ", line);
	else
		snprintf(prefix, sizeof(prefix), "x.policy: ");
	if (strncmp(err, prefix, strlen(prefix)) != 0)
		fail_msg("want prefix '%s', got '%s'", prefix, err);
	if (want1 != NULL && strstr(err, want1) == NULL)
		fail_msg("want '%s' in '%s'", want1, err);
	if (want2 != NULL && strstr(err, want2) == NULL)
		fail_msg("want '%s' in '%s'", want2, err);
}

static const struct policy_column *
column(const struct policy *p, const char *name)
{
	for (size_t i = 0; i < p->ncolumns; i++)
		if (strcmp(p->columns[i].name, name) == 0)
			return &p->columns[i];
	fail_msg("no column %s", name);
	return NULL;
}

static const char *
hdr(const char *s)
{
	static char out[4][128];
	static int slot;
	struct buf b = BUF_INIT;
	char *o = out[slot++ % 4];

	assert_int_equal(norm_header(s, strlen(s), &b), 0);
	snprintf(o, 128, "%s", b.data);
	buf_free(&b);
	return o;
}

#define MINIMAL \
	"[project]\n" \
	"name = t\n" \
	"\n" \
	"[file all]\n" \
	"match = *.csv\n"

static void
test_minimal(void **state)
{
	struct policy *p = NULL;

	(void)state;
	assert_int_equal(load(MINIMAL, &p), 0);
	assert_non_null(p);
	assert_string_equal(p->project, "t");
	assert_int_equal(p->nfiles, 1);
	assert_int_equal(p->ncolumns, 0);
	assert_null(p->patient);
	assert_int_equal(p->shift_days, 180);
	assert_int_equal(p->shift_unit, POLICY_SHIFT_DAY);
	assert_int_equal(p->unnamed, VIEW_UNNAMED_DROP);
	assert_string_equal(p->files[0].name, "all");
	assert_int_equal(p->files[0].line, 4);
	assert_int_equal(p->files[0].rename_token, 0);
	assert_int_equal(strlen(p->hash), POLICY_HASH_HEX - 1);
	policy_free(p);
}

static void
test_example_like(void **state)
{
	struct policy *p = NULL;
	const struct policy_column *c;
	static const char text[] =
	    "# comment\n"
	    "[project]\n"
	    "name = demo\n"
	    "patient = ipp\n"
	    "date_shift_days = 30\n"
	    "columns = keep\n"
	    "[file exports]\n"
	    "match = export_*.csv\n"
	    "rename = token\n"
	    "prefix = export_\n"
	    "[column ipp]\n"
	    "headers = IPP, N° IPP\n"
	    "op = token\n"
	    "prefix = P\n"
	    "normalize = digits\n"
	    "[column nom]\n"
	    "headers = nom, nom usuel,\n"
	    "          nom d'usage\n"
	    "op = fake\n"
	    "kind = last_name\n"
	    "[column dates]\n"
	    "headers = date d'entrée\n"
	    "op = date\n"
	    "mode = shift\n"
	    "[column dp]\n"
	    "headers = DP\n"
	    "op = icd10\n"
	    "level = chapter\n"
	    "suppress = hiv, B20-B24, none\n"
	    "placeholder = [X]\n"
	    "[column lib]\n"
	    "headers = libellé DP\n"
	    "op = icd10_label\n"
	    "code = dp\n";

	(void)state;
	assert_int_equal(load(text, &p), 0);
	assert_int_equal(p->shift_days, 30);
	assert_int_equal(p->unnamed, VIEW_UNNAMED_KEEP);
	assert_int_equal(p->files[0].unnamed, VIEW_UNNAMED_KEEP);
	assert_int_equal(p->files[0].rename_token, 1);
	assert_string_equal(p->files[0].rename_prefix, "export_");
	assert_ptr_equal(p->patient, column(p, "ipp"));
	c = column(p, "ipp");
	assert_int_equal(c->line, 11);
	assert_int_equal(c->op, OP_TOKEN);
	assert_string_equal(c->prefix, "P");
	assert_int_equal(c->norm, NORM_DIGITS);
	assert_string_equal(c->domain, "ipp");	/* defaults to the name */
	assert_int_equal(c->nheaders, 2);
	assert_string_equal(c->headers[0], hdr("ipp"));
	assert_string_equal(c->headers[1], hdr("nipp"));
	c = column(p, "nom");
	assert_int_equal(c->nheaders, 3);	/* continued on the next line */
	assert_string_equal(c->headers[2], hdr("nomdusage"));
	assert_int_equal(c->fake, FAKE_LAST_NAME);
	c = column(p, "dp");
	assert_int_equal(c->icd10_level, ICD10_LEVEL_CHAPTER);
	assert_string_equal(c->text, "[X]");
	assert_int_equal(c->nsuppress_ranges, 1);
	assert_ptr_equal(column(p, "lib")->code, c);
	policy_free(p);
}

static void
test_error_unknown_op(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[column x]\n"		/* 6 */
	    "headers = x\n"		/* 7 */
	    "op = tokn\n",		/* 8 */
	    8, "tokn", "keep, drop, redact, token, fake, nir, date, birthdate, "
	    "postcode, icd10, icd10_label, mask");
	/* The raw word is not accepted case-insensitively either. */
	expect_error(MINIMAL
	    "[column x]\n"
	    "op = Token\n"		/* 7 */
	    "headers = x\n",
	    7, "expected one of", NULL);
	/* No op at all: the section line, and the list. */
	expect_error(MINIMAL
	    "\n"
	    "[column x]\n"		/* 7 */
	    "headers = x\n",
	    7, "needs op", "icd10_label");
}

static void
test_error_unknown_option(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[column x]\n"		/* 6 */
	    "headers = x\n"		/* 7 */
	    "op = fake\n"		/* 8 */
	    "kind = first_name\n"	/* 9 */
	    "prefix = P\n",		/* 10 */
	    10, "'prefix' is not an option", "kind");
	/* Reported wherever it is, even before op. */
	expect_error(MINIMAL
	    "[column x]\n"		/* 6 */
	    "level = chapter\n"		/* 7 */
	    "headers = x\n"
	    "op = token\n",
	    7, "'level'", "prefix");
	/* A substring of a valid option is not an option. */
	expect_error(MINIMAL
	    "[column x]\n"
	    "headers = x\n"
	    "op = token\n"
	    "fix = P\n",		/* 9 */
	    9, "'fix'", NULL);
	/* Unknown option in [project] and [file]. */
	expect_error("[project]\n"
	    "name = t\n"
	    "colour = red\n"		/* 3 */
	    "[file a]\n"
	    "match = *\n",
	    3, "'colour'", "name");
	expect_error(MINIMAL
	    "glob = *.tsv\n",		/* 6 */
	    6, "'glob'", "match");
}

static void
test_error_project_name(void **state)
{
	(void)state;
	expect_error("# no name\n"
	    "[project]\n"		/* 2 */
	    "patient = ipp\n"
	    "[file a]\n"
	    "match = *.csv\n"
	    "[column ipp]\n"
	    "headers = ipp\n"
	    "op = token\n",
	    2, "[project] needs a name", NULL);
	expect_error("[project]\n"
	    "name =\n"
	    "[file a]\n"
	    "match = *.csv\n",
	    1, "needs a name", NULL);
	/* No [project] at all. */
	expect_error("[file a]\n"
	    "match = *.csv\n",
	    0, "[project]", NULL);
}

static void
test_error_twice(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[column x]\n"		/* 6 */
	    "headers = x\n"		/* 7 */
	    "op = token\n"		/* 8 */
	    "prefix = A\n"		/* 9 */
	    "prefix = B\n",		/* 10 */
	    10, "'prefix' is given twice", "line 9");
	expect_error("[project]\n"
	    "name = a\n"		/* 2 */
	    "name = b\n"		/* 3 */
	    "[file a]\n"
	    "match = *.csv\n",
	    3, "given twice", "line 2");
	/* A section defined twice. */
	expect_error(MINIMAL
	    "[file all]\n"		/* 6 */
	    "match = *.tsv\n",
	    6, "already defined", "line 4");
}

static void
test_error_unknown_section(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[colum x]\n"		/* 6 */
	    "headers = x\n",
	    6, "unknown section", "[column NAME]");
	expect_error(MINIMAL
	    "\n"
	    "[column]\n",		/* 7: a column needs a name */
	    7, "unknown section", NULL);
	expect_error("[project x]\n"	/* 1 */
	    "name = t\n",
	    1, "unknown section", NULL);
	/* A key before any section. */
	expect_error("name = t\n"
	    MINIMAL,
	    1, "inside a section", NULL);
}

static void
test_error_shared_header(void **state)
{
	(void)state;
	/* "Nom" and "NOM" are one header once normalized. */
	expect_error(MINIMAL
	    "[column a]\n"		/* 6 */
	    "headers = Nom, prénom\n"
	    "op = keep\n"
	    "[column b]\n"		/* 9 */
	    "headers = ville, NOM\n"
	    "op = drop\n",
	    9, "both match the header", "'NOM'");
	/* One side restricted to a file, the other not: still ambiguous in
	 * that file. */
	expect_error(MINIMAL
	    "[column a]\n"		/* 6 */
	    "headers = N° séjour\n"
	    "op = keep\n"
	    "files = all\n"
	    "[column b]\n"		/* 10 */
	    "headers = nsejour\n"
	    "op = drop\n",
	    10, "both match", NULL);
}

/* Two rules restricted to the same file may not share a header either: in
 * that file the header would be ambiguous. */
static void
test_error_shared_header_same_file(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[column a]\n"		/* 6 */
	    "headers = nom\n"
	    "op = keep\n"
	    "files = all\n"
	    "[column b]\n"		/* 10 */
	    "headers = nom\n"
	    "op = drop\n"
	    "files = all\n",
	    10, "both match", NULL);
}

static void
test_shared_header_disjoint_files_ok(void **state)
{
	struct policy *p = NULL;

	(void)state;
	assert_int_equal(load(MINIMAL
	    "[file labo]\n"
	    "match = *.tsv\n"
	    "[column a]\n"
	    "headers = valeur\n"
	    "op = keep\n"
	    "files = all\n"
	    "[column b]\n"
	    "headers = valeur\n"
	    "op = drop\n"
	    "files = labo\n", &p), 0);
	policy_free(p);
}

static void
test_error_files_unknown(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[column a]\n"		/* 6 */
	    "headers = x\n"
	    "op = keep\n"
	    "files = labo\n",
	    6, "no [file labo]", NULL);
}

static void
test_error_icd10_label(void **state)
{
	(void)state;
	/* No code option. */
	expect_error(MINIMAL
	    "[column lib]\n"		/* 6 */
	    "headers = libellé\n"
	    "op = icd10_label\n",
	    6, "needs code", NULL);
	/* Names a rule that does not exist. */
	expect_error(MINIMAL
	    "[column lib]\n"		/* 6 */
	    "headers = libellé\n"
	    "op = icd10_label\n"
	    "code = dp\n",
	    6, "code = dp", "op = icd10");
	/* Names a rule that is not icd10. */
	expect_error(MINIMAL
	    "[column dp]\n"
	    "headers = dp\n"
	    "op = keep\n"
	    "[column lib]\n"		/* 9 */
	    "headers = libellé\n"
	    "op = icd10_label\n"
	    "code = dp\n",
	    9, "must name a [column] with op = icd10", NULL);
}

static void
test_error_shift_without_patient(void **state)
{
	struct policy *p = NULL;

	(void)state;
	expect_error(MINIMAL
	    "[column d]\n"		/* 6 */
	    "headers = date\n"
	    "op = date\n"
	    "mode = shift\n",
	    6, "[project] needs patient", NULL);
	/* Truncation needs no patient. */
	assert_int_equal(load(MINIMAL
	    "[column d]\n"
	    "headers = date\n"
	    "op = date\n"
	    "mode = month\n", &p), 0);
	policy_free(p);
	/* op = date without a mode. */
	expect_error(MINIMAL
	    "[column d]\n"		/* 6 */
	    "headers = date\n"
	    "op = date\n",
	    6, "mode", "shift");
	/* patient names a missing rule: the message names the patient line.
	 * Last, so the checks above run even while this one fails. */
	expect_error("[project]\n"
	    "name = t\n"
	    "patient = ipp\n"
	    "[file a]\n"
	    "match = *.csv\n",
	    3, "patient = ipp", "no [column ipp]");
}

static void
test_error_birthdate(void **state)
{
	struct policy *p = NULL;

	(void)state;
	expect_error(MINIMAL
	    "[column b]\n"		/* 6 */
	    "headers = ddn\n"
	    "op = birthdate\n"
	    "mode = band\n",
	    6, "reference", "YYYY-MM-DD");
	/* An unparseable reference names its own line. */
	expect_error(MINIMAL
	    "[column b]\n"
	    "headers = ddn\n"
	    "op = birthdate\n"
	    "mode = band\n"
	    "reference = tomorrow\n",	/* 10 */
	    10, "reference", NULL);
	/* reference with mode = year is a mistake, not ignored. */
	expect_error(MINIMAL
	    "[column b]\n"
	    "headers = ddn\n"
	    "op = birthdate\n"
	    "reference = 2024-01-01\n",	/* 9 */
	    9, "reference is for mode = band", NULL);
	assert_int_equal(load(MINIMAL
	    "[column b]\n"
	    "headers = ddn\n"
	    "op = birthdate\n"
	    "mode = band\n"
	    "reference = 2024-06-30\n", &p), 0);
	assert_int_equal(column(p, "b")->band, 5);
	assert_int_equal(column(p, "b")->top, 90);
	assert_int_equal(column(p, "b")->reference.year, 2024);
	policy_free(p);
}

/* The file and columns after test_shift_unit's [project]: a patient
 * token and a scrubbed comment. */
#define SHIFT_UNIT_FILES \
	"[file a]\n" \
	"match = *\n" \
	"[column ipp]\n" \
	"headers = ipp\n" \
	"op = token\n" \
	"[column c]\n" \
	"headers = commentaire\n" \
	"op = scrub\n"

/* date_shift_unit: day (the default) or week; week needs a week in
 * date_shift_days, and its scrub columns keep their weekdays. */
static void
test_shift_unit(void **state)
{
	struct policy *p = NULL;

	(void)state;
	assert_int_equal(load("[project]\n"
	    "name = t\n"
	    "patient = ipp\n"
	    "date_shift_unit = week\n"
	    SHIFT_UNIT_FILES, &p), 0);
	assert_int_equal(p->shift_unit, POLICY_SHIFT_WEEK);
	assert_int_equal(p->shift_days, 180);
	assert_int_equal(column(p, "c")->scrub_weeks, 1);
	policy_free(p);
	assert_int_equal(load("[project]\n"
	    "name = t\n"
	    "patient = ipp\n"
	    "date_shift_days = 7\n"
	    "date_shift_unit = day\n"
	    SHIFT_UNIT_FILES, &p), 0);
	assert_int_equal(p->shift_unit, POLICY_SHIFT_DAY);
	assert_int_equal(column(p, "c")->scrub_weeks, 0);
	policy_free(p);
	/* The smallest: one week either way. */
	assert_int_equal(load("[project]\n"
	    "name = t\n"
	    "date_shift_unit = week\n"
	    "date_shift_days = 7\n"
	    "[file a]\n"
	    "match = *\n", &p), 0);
	policy_free(p);
	expect_error("[project]\n"
	    "name = t\n"
	    "date_shift_unit = weeks\n"	/* 3 */
	    "[file a]\n"
	    "match = *\n",
	    3, "date_shift_unit = 'weeks'", "expected one of day, week");
	expect_error("[project]\n"
	    "name = t\n"
	    "date_shift_unit = Week\n"	/* 3 */
	    "[file a]\n"
	    "match = *\n",
	    3, "expected one of day, week", NULL);
	/* Under 7 days there is no whole week but 0: refused, the line of
	 * the unit, both keys named. */
	expect_error("[project]\n"
	    "name = t\n"
	    "date_shift_days = 6\n"
	    "date_shift_unit = week\n"	/* 4 */
	    "[file a]\n"
	    "match = *\n",
	    4, "date_shift_unit = week needs date_shift_days of 7 or more",
	    "(it is 6)");
	expect_error("[project]\n"
	    "name = t\n"
	    "date_shift_unit = week\n"	/* 3 */
	    "date_shift_days = 1\n"
	    "[file a]\n"
	    "match = *\n",
	    3, "date_shift_days of 7 or more", NULL);
}

static void
test_error_values(void **state)
{
	(void)state;
	expect_error("[project]\n"
	    "name = t\n"
	    "date_shift_days = 0\n"	/* 3 */
	    "[file a]\n"
	    "match = *\n",
	    3, "date_shift_days", "1 to 3650");
	expect_error(MINIMAL
	    "[column n]\n"
	    "headers = nir\n"
	    "op = nir\n"
	    "keep_year = yes\n",	/* 9 */
	    9, "keep_year is for output = nir", NULL);
	expect_error(MINIMAL
	    "[column n]\n"
	    "headers = x\n"
	    "op = fake\n"
	    "kind = surname\n",		/* 9 */
	    9, "surname", "last_name");
	expect_error(MINIMAL
	    "[column n]\n"
	    "headers = x\n"
	    "op = icd10\n"
	    "suppress = hiv, pregnant\n",	/* 9 */
	    9, "pregnant", "B20-B24");
	expect_error(MINIMAL
	    "[column n]\n"
	    "headers = x\n"
	    "op = mask\n"
	    "char = **\n",		/* 9 */
	    9, "one ASCII character", NULL);
	expect_error(MINIMAL
	    "[column n]\n"		/* 6 */
	    "op = keep\n",
	    6, "needs headers", NULL);
	expect_error(MINIMAL
	    "[column n]\n"
	    "headers = °, ---\n"	/* 7 */
	    "op = keep\n",
	    7, "empty", NULL);
	expect_error(MINIMAL
	    "[column n]\n"
	    "headers = x\n"
	    "op = token\n"
	    "normalize = lower\n",	/* 9 */
	    9, "digits", NULL);
	expect_error("[project]\n"
	    "name = t\n",
	    0, "[file NAME]", NULL);
	expect_error("[project]\n"
	    "name = t\n"
	    "[file a]\n"
	    "match = *\n"
	    "prefix = p_\n",		/* 5 */
	    5, "rename = token", NULL);
}

static void
test_error_long_line(void **state)
{
	char text[1024], list[300];
	struct policy *p = NULL;
	size_t n = 199 - strlen("headers = ");

	(void)state;
	memset(list, 'a', n);
	list[n] = '\0';
	/* 200 characters is refused, and the message says how to split it. */
	snprintf(text, sizeof(text), MINIMAL "[column x]\nop = keep\nheaders = "
	    "%sb\n", list);
	expect_error(text, 8, "longer than 199", "next line");
	/* Far longer than inih's buffer, on a later line. */
	{
		char longc[300];
		memset(longc, 'c', 280);
		longc[280] = '\0';
		snprintf(text, sizeof(text), MINIMAL "\n\n# %s\n", longc);
		expect_error(text, 8, "longer than 199", NULL);
	}
	/* 199 characters exactly is accepted, at the end of the text... */
	snprintf(text, sizeof(text), MINIMAL "[column x]\nop = keep\nheaders = "
	    "%s", list);
	assert_int_equal(load(text, &p), 0);
	assert_string_equal(column(p, "x")->headers[0], list);
	policy_free(p);
	/* ...and followed by a newline, as every line but the last is. */
	snprintf(text, sizeof(text), MINIMAL "[column x]\nop = keep\nheaders = "
	    "%s\n", list);
	if (load(text, &p) != 0)
		fail_msg("a 199-character line was refused: %s", err);
	assert_string_equal(column(p, "x")->headers[0], list);
	policy_free(p);
}

static void
test_error_syntax(void **state)
{
	(void)state;
	expect_error(MINIMAL
	    "[column x]\n"
	    "headers = x\n"
	    "op keep\n",		/* 8 */
	    8, "expected 'key = value'", NULL);
	expect_error("[project]\n"
	    "name = t\n"
	    "[file a\n"			/* 3 */
	    "match = *\n",
	    3, NULL, NULL);
}

/* Spaces inside the brackets are trimmed when the section is named, so the
 * keys under it must belong to it too (not "must be inside a section"). */
static void
test_section_spaces(void **state)
{
	struct policy *p = NULL;

	(void)state;
	if (load("[ project ]\n"
	    "name = t\n"
	    "[file all ]\n"
	    "match = *.csv\n", &p) != 0)
		fail_msg("rejected: %s", err);
	assert_string_equal(p->project, "t");
	assert_string_equal(p->files[0].name, "all");
	policy_free(p);
}

static void
test_match_file(void **state)
{
	struct policy *p = NULL;
	const struct policy_file *f;

	(void)state;
	assert_int_equal(load("[project]\n"
	    "name = t\n"
	    "[file exports]\n"
	    "match = export_*.csv\n"
	    "[file all]\n"
	    "match = *.csv, *.CSV\n"
	    "[file labo]\n"
	    "match = labo/*.tsv\n"
	    "[file deep]\n"
	    "match = **/*.dat\n", &p), 0);
	f = policy_match_file(p, "export_x.csv");
	assert_non_null(f);
	assert_string_equal(f->name, "exports");	/* first rule wins */
	f = policy_match_file(p, "patients.csv");
	assert_non_null(f);
	assert_string_equal(f->name, "all");
	f = policy_match_file(p, "PATIENTS.CSV");
	assert_non_null(f);
	assert_string_equal(f->name, "all");
	f = policy_match_file(p, "labo/2024.tsv");
	assert_non_null(f);
	assert_string_equal(f->name, "labo");
	assert_null(policy_match_file(p, "labo/2024.txt"));
	assert_null(policy_match_file(p, "notes.doc"));
	assert_null(policy_match_file(p, "patients.csv.bak"));
	/* Hidden files and files under hidden directories, although "*"
	 * matches them under fnmatch without FNM_PERIOD. */
	assert_null(policy_match_file(p, ".x.csv"));
	assert_null(policy_match_file(p, "a/.b/c.csv"));
	assert_null(policy_match_file(p, ".git/x.csv"));
	assert_null(policy_match_file(p, "labo/.2024.tsv"));
	assert_null(policy_match_file(p, "./x.csv"));
	assert_null(policy_match_file(p, "../x.csv"));
	/* '*' never crosses '/' (FNM_PATHNAME): a glob for the root does not
	 * reach into subdirectories, nor "labo/ *.tsv" into a subdirectory. */
	assert_null(policy_match_file(p, "a/x.csv"));
	assert_null(policy_match_file(p, "export_x/y.csv"));
	assert_null(policy_match_file(p, "labo/DUPONT_Jean/resultats.tsv"));
	/* '**' is any number of directories, none included. */
	f = policy_match_file(p, "notes.dat");
	assert_non_null(f);
	assert_string_equal(f->name, "deep");
	assert_non_null(policy_match_file(p, "a/b/c/notes.dat"));
	/* A dot inside a name is not hidden. */
	assert_non_null(policy_match_file(p, "a.b/c.dat"));
	assert_null(policy_match_file(p, "a/.b/c.dat"));
	policy_free(p);
}

static void
test_match_column(void **state)
{
	struct policy *p = NULL;
	const struct policy_file *all, *labo;
	const struct policy_column *c;

	(void)state;
	assert_int_equal(load("[project]\n"
	    "name = t\n"
	    "[file all]\n"
	    "match = *.csv\n"
	    "[file labo]\n"
	    "match = *.tsv\n"
	    "[column nom]\n"
	    "headers = nom, nom usuel, nom d'usage\n"
	    "op = keep\n"
	    "[column ddn]\n"
	    "headers = date de naissance, DDN, né(e) le\n"
	    "op = birthdate\n"
	    "[column sejour]\n"
	    "headers = N° séjour, NDA\n"
	    "op = drop\n"
	    "[column valeur]\n"
	    "headers = valeur\n"
	    "op = keep\n"
	    "files = labo\n", &p), 0);
	all = policy_match_file(p, "p.csv");
	labo = policy_match_file(p, "l.tsv");
	assert_non_null(all);
	assert_non_null(labo);

	c = policy_match_column(p, all, hdr("NOM D\xe2\x80\x99USAGE"));
	assert_non_null(c);
	assert_string_equal(c->name, "nom");
	assert_ptr_equal(policy_match_column(p, all, hdr("Nom-Usuel")), c);
	assert_ptr_equal(policy_match_column(p, all, hdr("NOM")), c);
	c = policy_match_column(p, all, hdr("Né(e) le"));
	assert_non_null(c);
	assert_string_equal(c->name, "ddn");
	assert_ptr_equal(policy_match_column(p, all, hdr("NEE LE")), c);
	assert_ptr_equal(policy_match_column(p, all, hdr("Date de Naissance")), c);
	c = policy_match_column(p, all, hdr("nº sejour"));
	assert_non_null(c);
	assert_string_equal(c->name, "sejour");
	assert_ptr_equal(policy_match_column(p, all, hdr("NSEJOUR")), c);
	/* Negative: similar but different headers. */
	assert_null(policy_match_column(p, all, hdr("nom de naissance")));
	assert_null(policy_match_column(p, all, hdr("prénom")));
	assert_null(policy_match_column(p, all, hdr("date")));
	/* The raw, unnormalized header is not what rules hold. */
	assert_null(policy_match_column(p, all, "Né(e) le"));
	/* files = labo: only in labo files. */
	assert_null(policy_match_column(p, all, hdr("Valeur")));
	c = policy_match_column(p, labo, hdr("Valeur"));
	assert_non_null(c);
	assert_string_equal(c->name, "valeur");
	/* Unrestricted rules apply in every file. */
	assert_non_null(policy_match_column(p, labo, hdr("nom")));
	policy_free(p);
}

static void
test_hash(void **state)
{
	struct policy *a = NULL, *b = NULL, *c = NULL;
	char text[] = MINIMAL;

	(void)state;
	assert_int_equal(load(text, &a), 0);
	assert_int_equal(load(text, &b), 0);
	assert_string_equal(a->hash, b->hash);
	/* One byte more (a trailing space) changes it. */
	{
		char more[sizeof(text) + 1];
		snprintf(more, sizeof(more), "%s ", text);
		assert_int_equal(load(more, &c), 0);
		assert_string_not_equal(a->hash, c->hash);
		policy_free(c);
	}
	/* One byte changed changes it. */
	text[strlen("[project]\nname = ")] = 'u';
	assert_int_equal(load(text, &c), 0);
	assert_string_not_equal(a->hash, c->hash);
	for (const char *h = a->hash; *h; h++)
		assert_true((*h >= '0' && *h <= '9') || (*h >= 'a' && *h <= 'f'));
	policy_free(a);
	policy_free(b);
	policy_free(c);
}

static void
test_op_names(void **state)
{
	(void)state;
	assert_string_equal(policy_op_name(OP_KEEP), "keep");
	assert_string_equal(policy_op_name(OP_ICD10_LABEL), "icd10_label");
	assert_string_equal(policy_op_name(OP_MASK), "mask");
	assert_string_equal(policy_op_name((enum op_kind)99), "?");
}

/* A refusal is one record (pfs_error.h) that names the policy file, the
 * line and the key of the bad line, placed as compilers place it; an error
 * about the whole policy has no line; a policy that loads reports nothing. */
static void
test_error_record(void **state)
{
	struct policy *p = NULL;
	struct test_errors e;

	(void)state;
	assert_int_equal(policy_load_string(MINIMAL "[column x]\n"	/* 6 */
	    "headers = x\n" "op = token\n" "normalize = sideways\n",	/* 9 */
	    "site.policy", &p, test_errors(&e)), -EINVAL);
	assert_null(p);
	assert_int_equal(e.count, 1);
	assert_int_equal(e.code, EINVAL);
	assert_string_equal(e.file, "site.policy");
	assert_int_equal(e.line, 9);
	assert_true(e.in_config);
	assert_int_equal(strncmp(e.text, "site.policy:9: normalize = 'sideways'",
	    strlen("site.policy:9: normalize = 'sideways'")), 0);

	assert_int_equal(policy_load_string("[project]\nname = t\n",
	    "site.policy", &p, test_errors(&e)), -EINVAL);
	assert_int_equal(e.count, 1);
	assert_int_equal(e.line, 0);
	assert_int_equal(strncmp(e.text, "site.policy: no [file NAME]",
	    strlen("site.policy: no [file NAME]")), 0);

	assert_int_equal(policy_load_string(MINIMAL, "site.policy", &p,
	    test_errors(&e)), 0);
	assert_int_equal(e.count, 0);
	policy_free(p);
}

/* A header that folds to nothing is refused wherever it is in the list
 * (hostile27, found by fuzz_policy): after the first one, the policy
 * loaded with the error reported and the headers after it gone from the
 * rule, so under columns = keep their column was shown raw. */
static void
test_error_empty_header_anywhere(void **state)
{
	(void)state;
	expect_error(MINIMAL "[column x]\nop = scrub\nheaders = ---\n", 8,
	    "header '---' is empty", NULL);
	expect_error(MINIMAL "[column x]\nop = scrub\n"
	    "headers = Observation, ---, Commentaire\n", 8,
	    "header '---' is empty", NULL);
}

static void
format_in_16(void *arg, const struct pfs_error *e)
{
	pfs_error_format(e, arg, 16);
}

/* An error message never repeats a value it did not need: no header
 * spelling of another rule, no file contents beyond the faulty token. */
static void
test_error_message_fits(void **state)
{
	struct policy *p = NULL;
	char small[24];

	(void)state;
	/* A short buffer truncates, does not overflow. */
	memset(small, 'Z', sizeof(small));
	assert_int_equal(policy_load_string(MINIMAL "[column x]\nop = tokn\n"
	    "headers = x\n", "x.policy", &p,
	    &(struct pfs_reporter){ format_in_16, small }), -EINVAL);
	assert_true(memchr(small, '\0', 16) != NULL);
	assert_int_equal(small[16], 'Z');
}

/* Options that would be silently ignored, or fail open, are errors. */
static void
test_error_fail_open_options(void **state)
{
	struct policy *p = NULL;

	(void)state;
	/* An empty suppress list would hide nothing. */
	expect_error(MINIMAL "[column dp]\nheaders = dp\nop = icd10\n"
	    "suppress =\n", 9, "suppress is empty", "none");
	expect_error(MINIMAL "[column n]\nheaders = nir\nop = nir\n"
	    "output = nir\nprefix = N\n", 10, "prefix is for output = token",
	    NULL);
	expect_error(MINIMAL "[column b]\nheaders = ddn\nop = birthdate\n"
	    "band = 10\n", 9, "band is for mode = band", NULL);
	/* A comment on a continuation line would become a header spelling. */
	expect_error(MINIMAL "[column x]\nop = keep\nheaders = a,\n"
	    "  b ; comment\n", 9, "may not hold ';'", NULL);
	/* "default" keeps the default groups and adds to them. */
	assert_int_equal(load(MINIMAL "[column dp]\nheaders = dp\nop = icd10\n"
	    "suppress = default, C00-C97\n", &p), 0);
	assert_int_equal(column(p, "dp")->suppress_groups, ICD10_SENSITIVE_DEFAULT);
	assert_int_equal(column(p, "dp")->nsuppress_ranges, 1);
	policy_free(p);
	/* A policy saved with a BOM is read like one without. */
	assert_int_equal(load("\xef\xbb\xbf" MINIMAL, &p), 0);
	policy_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_example_like),
		cmocka_unit_test(test_error_unknown_op),
		cmocka_unit_test(test_error_unknown_option),
		cmocka_unit_test(test_error_project_name),
		cmocka_unit_test(test_error_twice),
		cmocka_unit_test(test_error_unknown_section),
		cmocka_unit_test(test_error_shared_header),
		cmocka_unit_test(test_error_shared_header_same_file),
		cmocka_unit_test(test_shared_header_disjoint_files_ok),
		cmocka_unit_test(test_error_files_unknown),
		cmocka_unit_test(test_error_icd10_label),
		cmocka_unit_test(test_error_shift_without_patient),
		cmocka_unit_test(test_error_birthdate),
		cmocka_unit_test(test_shift_unit),
		cmocka_unit_test(test_error_values),
		cmocka_unit_test(test_error_long_line),
		cmocka_unit_test(test_error_fail_open_options),
		cmocka_unit_test(test_error_syntax),
		cmocka_unit_test(test_section_spaces),
		cmocka_unit_test(test_match_file),
		cmocka_unit_test(test_match_column),
		cmocka_unit_test(test_hash),
		cmocka_unit_test(test_op_names),
		cmocka_unit_test(test_error_message_fits),
		cmocka_unit_test(test_error_record),
		cmocka_unit_test(test_error_empty_header_anywhere),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
