/* Unit tests for ops: each operator on synthetic cells, with the value that
 * must not come out checked for every rule (raw names, NIRs, true dates,
 * sensitive ICD-10 codes, source labels, file base names). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "datefmt.h"
#include "fake.h"
#include "fake_lists.h"
#include "keys.h"
#include "nir.h"
#include "norm.h"
#include "ops.h"
#include "policy.h"
#include "../../src/policy_column.h"	/* white-box: the rule's PRF key */
#include "testlib.h"
#include "tree.h"

static const uint8_t MASTER[KEYS_MASTER_BYTES] = {
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
};

#define SHIFT_DAYS 30

/* %s: the project name. */
static const char POLICY_FMT[] =
    "[project]\n"
    "name = %s\n"
    "patient = ipp\n"
    "date_shift_days = 30\n"
    "[file exports]\n"
    "match = export_*.csv\n"
    "rename = token\n"
    "prefix = export_\n"
    "[file all]\n"
    "match = *.csv\n"
    "[column keep]\n"
    "headers = sexe\n"
    "op = keep\n"
    "[column drop]\n"
    "headers = ville\n"
    "op = drop\n"
    "[column redact]\n"
    "headers = commentaire\n"
    "op = redact\n"
    "text = [CACHE]\n"
    "[column ipp]\n"
    "headers = ipp\n"
    "op = token\n"
    "prefix = P\n"
    "normalize = digits\n"
    "[column nom_tok]\n"
    "headers = nom\n"
    "op = token\n"
    "prefix = N\n"
    "domain = nom\n"
    "[column nom_tok2]\n"
    "headers = nom2\n"
    "op = token\n"
    "prefix = N\n"
    "domain = autre\n"
    "[column nom_tok_same]\n"
    "headers = nom3\n"
    "op = token\n"
    "domain = nom\n"
    "[column prenom]\n"
    "headers = prenom\n"
    "op = fake\n"
    "kind = first_name\n"
    "[column nom_fake]\n"
    "headers = nom de naissance\n"
    "op = fake\n"
    "kind = last_name\n"
    "[column nir_tok]\n"
    "headers = nir\n"
    "op = nir\n"
    "prefix = NIR\n"
    "[column nir_fmt]\n"
    "headers = nss\n"
    "op = nir\n"
    "output = nir\n"
    "keep_year = yes\n"
    "[column nir_fmt2]\n"
    "headers = matricule\n"
    "op = nir\n"
    "output = nir\n"
    "[column dshift]\n"
    "headers = date entree\n"
    "op = date\n"
    "mode = shift\n"
    "[column dmonth]\n"
    "headers = date mois\n"
    "op = date\n"
    "mode = month\n"
    "[column dyear]\n"
    "headers = date annee\n"
    "op = date\n"
    "mode = year\n"
    "[column ddn]\n"
    "headers = ddn\n"
    "op = birthdate\n"
    "[column age]\n"
    "headers = age\n"
    "op = birthdate\n"
    "mode = band\n"
    "reference = 2024-06-30\n"
    "[column cp]\n"
    "headers = cp\n"
    "op = postcode\n"
    "[column dp_code]\n"
    "headers = dp code\n"
    "op = icd10\n"
    "level = code\n"
    "placeholder = [SUPPRIME]\n"
    "[column dp_cat]\n"
    "headers = dp cat\n"
    "op = icd10\n"
    "level = category\n"
    "placeholder = [SUPPRIME]\n"
    "[column dp_block]\n"
    "headers = dp bloc\n"
    "op = icd10\n"
    "level = block\n"
    "placeholder = [SUPPRIME]\n"
    "[column dp_chap]\n"
    "headers = dp\n"
    "op = icd10\n"
    "level = chapter\n"
    "placeholder = [SUPPRIME]\n"
    "[column dp_none]\n"
    "headers = dp libre\n"
    "op = icd10\n"
    "level = category\n"
    "suppress = none\n"
    "[column lib_chap]\n"
    "headers = libelle dp\n"
    "op = icd10_label\n"
    "code = dp_chap\n"
    "[column lib_cat]\n"
    "headers = libelle cat\n"
    "op = icd10_label\n"
    "code = dp_cat\n"
    "[column mask]\n"
    "headers = masque\n"
    "op = mask\n"
    "first = 1\n"
    "last = 2\n"
    "[column tok_pipe]\n"
    "headers = code pipe\n"
    "op = token\n"
    "prefix = C|\n"
    "[column tok_accent]\n"
    "headers = code accent\n"
    "op = token\n"
    "prefix = É-\n";

struct fixture {
	struct engine		*e;
	struct policy		*p;		/* e's */
	struct ops_scratch	 s;
	struct buf		 out;
	char			 str[512];
};

static int
fixture_open(struct fixture *f, const char *project)
{
	char text[sizeof(POLICY_FMT) + 64];

	memset(f, 0, sizeof(*f));
	snprintf(text, sizeof(text), POLICY_FMT, project);
	f->e = test_engine_key(text, MASTER);
	f->p = f->e->policy;
	return 0;
}

/* The fixture's policy with date_shift_unit = week (and date_shift_days
 * = days), for project and master key. */
static void
fixture_open_unit(struct fixture *f, const char *project, int days,
    const char *unit, const uint8_t *master)
{
	static const char line[] = "date_shift_days = 30\n";
	char base[sizeof(POLICY_FMT) + 64], text[sizeof(base) + 64];
	const char *at;

	memset(f, 0, sizeof(*f));
	snprintf(base, sizeof(base), POLICY_FMT, project);
	assert_non_null(at = strstr(base, line));
	snprintf(text, sizeof(text), "%.*sdate_shift_days = %d\n"
	    "date_shift_unit = %s\n%s", (int)(at - base), base, days, unit,
	    at + strlen(line));
	assert_non_null(f->e = test_engine_key(text, master));
	f->p = f->e->policy;
	assert_int_equal(f->p->shift_unit, strcmp(unit, "week") == 0 ?
	    POLICY_SHIFT_WEEK : POLICY_SHIFT_DAY);
}

static void
fixture_open_weeks(struct fixture *f, const char *project, int days,
    const uint8_t *master)
{
	fixture_open_unit(f, project, days, "week", master);
}

static void
fixture_close(struct fixture *f)
{
	ops_scratch_free(&f->s);
	buf_free(&f->out);
	engine_free(f->e);
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL || fixture_open(f, "proj-test") != 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	fixture_close(f);
	free(f);
	return 0;
}

static const struct policy_column *
col(const struct fixture *f, const char *name)
{
	for (size_t i = 0; i < f->p->ncolumns; i++)
		if (strcmp(policy_column_name(policy_column_at(f->p, i)),
		    name) == 0)
			return policy_column_at(f->p, i);
	fail_msg("no column %s", name);
	return NULL;
}

/* Apply a rule to v with a row, return the output as a string (valid until
 * the next call). */
static const char *
apply_row(struct fixture *f, const char *rule, const struct ops_row *row,
    const char *v)
{
	buf_reset(&f->out);
	assert_int_equal(ops_apply(f->p, col(f, rule), row, v, strlen(v), &f->s,
	    &f->out), 0);
	assert_true(f->out.len < sizeof(f->str));
	memcpy(f->str, f->out.data ? f->out.data : "", f->out.len);
	f->str[f->out.len] = '\0';
	return f->str;
}

static const char *
apply(struct fixture *f, const char *rule, const char *v)
{
	struct ops_row row = { 0 };

	return apply_row(f, rule, &row, v);
}

/* Cells through their rules: each in -> out, in order. */
struct cell_case {
	const char	*rule, *in, *out;
};

static void
expect_cells(struct fixture *f, const struct cell_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(apply(f, c[i].rule, c[i].in), c[i].out) != 0)
			fail_msg("[column %s] \"%s\" -> \"%s\", expected \"%s\"",
			    c[i].rule, c[i].in, f->str, c[i].out);
}
#define EXPECT_CELLS(f, ...) do {					\
	static const struct cell_case cases_[] = { __VA_ARGS__ };	\
	expect_cells(f, cases_, sizeof(cases_) / sizeof(cases_[0]));	\
} while (0)

/* apply() into caller storage, for comparing two outputs. */
static void
apply_to(struct fixture *f, const char *rule, const char *v, char *dst,
    size_t n)
{
	snprintf(dst, n, "%s", apply(f, rule, v));
}

static int
is_base32(const char *s, size_t n)
{
	static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

	for (size_t i = 0; i < n; i++)
		if (s[i] == '\0' || strchr(alphabet, s[i]) == NULL)
			return 0;
	return 1;
}

static void
test_keep_drop_redact(void **state)
{
	struct fixture *f = *state;

	EXPECT_CELLS(f,
	    { "keep", "F", "F" },
	    { "keep", " Hélène ", " Hélène " },
	    { "drop", "Paris", "" });
	assert_int_equal(f->out.len, 0);
	assert_string_equal(apply(f, "redact", "Appeler Mme Durand"), "[CACHE]");
	assert_string_equal(apply(f, "redact", ""), "[CACHE]");
}

static void
test_output_appends(void **state)
{
	struct fixture *f = *state;

	/* ops_apply appends: the caller builds a row in one buffer. */
	buf_reset(&f->out);
	assert_int_equal(buf_append_str(&f->out, "a;"), 0);
	assert_int_equal(ops_apply(f->p, col(f, "keep"), &(struct ops_row){ 0 },
	    "M", 1, &f->s, &f->out), 0);
	assert_int_equal(f->out.len, 3);
	assert_memory_equal(f->out.data, "a;M", 3);
}

static void
test_token(void **state)
{
	struct fixture *f = *state;
	char a[64], b[64], c[64];

	apply_to(f, "nom_tok", "Hélène", a, sizeof(a));
	apply_to(f, "nom_tok", "HELENE", b, sizeof(b));
	assert_string_equal(a, b);
	apply_to(f, "nom_tok", " hélène  ", b, sizeof(b));
	assert_string_equal(a, b);
	/* prefix + 16 base32 characters */
	assert_int_equal(strlen(a), 1 + OPS_TOKEN_CHARS);
	assert_int_equal(a[0], 'N');
	assert_true(is_base32(a + 1, OPS_TOKEN_CHARS));
	/* Negative: the raw value never comes out, in any case. */
	assert_null(strcasestr(a, "helene"));
	assert_null(strcasestr(a, "hélène"));
	/* Another person, another token. */
	apply_to(f, "nom_tok", "Hélèna", c, sizeof(c));
	assert_string_not_equal(a, c);
	/* Another domain, another token; the same domain, the same token
	 * (whatever the rule's prefix). */
	apply_to(f, "nom_tok2", "Hélène", c, sizeof(c));
	assert_string_not_equal(a, c);
	assert_string_not_equal(a + 1, c + 1);
	apply_to(f, "nom_tok_same", "Hélène", c, sizeof(c));
	assert_string_equal(a + 1, c);
	/* Blank stays blank. */
	assert_string_equal(apply(f, "nom_tok", ""), "");
	assert_string_equal(apply(f, "nom_tok", "   "), "");
	/* digits normalization: spaced IPP, same token. */
	apply_to(f, "ipp", "000 123 456", a, sizeof(a));
	apply_to(f, "ipp", "000123456", b, sizeof(b));
	assert_string_equal(a, b);
	assert_int_equal(a[0], 'P');
	assert_null(strstr(a, "123456"));
	assert_null(strstr(a, "000123"));
}

/* A token's sixteen characters are the first 80 bits of the PRF's output,
 * five at a time from bit 0 (read little-endian), in Crockford's
 * alphabet: the definition, bit by bit, against ops_token (which writes
 * them by pairs), on 3,000 IPPs. */
static void
test_token_is_its_definition(void **state)
{
	static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
	struct fixture *f = *state;
	const struct policy_column *c = col(f, "ipp");
	uint8_t mac[KEYS_PRF_BYTES];
	char in[32], want[1 + OPS_TOKEN_CHARS + 1];

	for (unsigned n = 0; n < 3000; n++) {
		snprintf(in, sizeof(in), "%09u", n * 2654435761u % 1000000000u);
		keys_prf(c->prf, in, strlen(in), mac);
		want[0] = 'P';
		for (int k = 0; k < OPS_TOKEN_CHARS; k++) {
			unsigned v = 0;

			for (int bit = 0; bit < 5; bit++)
				v |= (unsigned)(mac[(5 * k + bit) / 8] >>
				    ((5 * k + bit) % 8) & 1) << bit;
			want[1 + k] = alphabet[v];
		}
		want[1 + OPS_TOKEN_CHARS] = '\0';
		assert_string_equal(apply(f, "ipp", in), want);
	}
}

static void
test_token_per_project(void **state)
{
	struct fixture *f = *state, *g;
	char a[64], b[64];

	g = calloc(1, sizeof(*g));
	assert_non_null(g);
	assert_int_equal(fixture_open(g, "autre-projet"), 0);
	apply_to(f, "nom_tok", "Hélène", a, sizeof(a));
	apply_to(g, "nom_tok", "Hélène", b, sizeof(b));
	assert_string_not_equal(a, b);
	apply_to(f, "ipp", "123456", a, sizeof(a));
	apply_to(g, "ipp", "123456", b, sizeof(b));
	assert_string_not_equal(a, b);
	fixture_close(g);
	/* The same project on a fresh key object: the same token. */
	assert_int_equal(fixture_open(g, "proj-test"), 0);
	apply_to(f, "ipp", "123456", a, sizeof(a));
	apply_to(g, "ipp", "123456", b, sizeof(b));
	assert_string_equal(a, b);
	fixture_close(g);
	free(g);
}

static void
test_fake_names(void **state)
{
	struct fixture *f = *state;
	char a[128], b[128];

	apply_to(f, "prenom", "Zélandine", a, sizeof(a));
	apply_to(f, "prenom", "Zélandine", b, sizeof(b));
	assert_string_equal(a, b);
	assert_true(a[0] != '\0');
	assert_string_not_equal(a, "Zélandine");
	assert_null(strstr(a, "landine"));
	/* Same person under text normalization, same fake. */
	apply_to(f, "prenom", "ZELANDINE", b, sizeof(b));
	{
		struct buf na = BUF_INIT, nb = BUF_INIT;
		assert_int_equal(norm_value(NORM_TEXT, a, strlen(a), &na), 0);
		assert_int_equal(norm_value(NORM_TEXT, b, strlen(b), &nb), 0);
		assert_int_equal(na.len, nb.len);
		assert_memory_equal(na.data, nb.data, na.len);
		buf_free(&na);
		buf_free(&nb);
	}

	apply_to(f, "nom_fake", "Quertzamblon", a, sizeof(a));
	apply_to(f, "nom_fake", "Quertzamblon", b, sizeof(b));
	assert_string_equal(a, b);
	assert_true(a[0] != '\0');
	assert_null(strcasestr(a, "quertzamblon"));
	/* Two people rarely share a fake: check two that do not. */
	apply_to(f, "nom_fake", "Vrillonnaque", b, sizeof(b));
	assert_null(strcasestr(b, "vrillonnaque"));
}

/* Does a word of three bytes or more of the space-separated `a` appear in
 * `b`?  (Normalized forms: "anais martin" and "anais".) */
static int
shares_word(const char *a, const char *b)
{
	char w[256];
	const char *p = a;

	while (*p != '\0') {
		size_t m = strcspn(p, " ");

		if (m >= 3 && m < sizeof(w)) {
			const char *q = b;

			memcpy(w, p, m);
			w[m] = '\0';
			while (*q != '\0') {
				size_t k = strcspn(q, " ");

				if (k == m && memcmp(q, w, m) == 0)
					return 1;
				q += k + (q[k] != '\0');
			}
		}
		p += m + (p[m] != '\0');
	}
	return 0;
}

/* The normalized text of s, as a C string in dst. */
static void
norm_to(const char *s, char *dst, size_t n)
{
	struct buf b = BUF_INIT;

	assert_int_equal(norm_value(NORM_TEXT, s, strlen(s), &b), 0);
	assert_true(b.len < n);
	memcpy(dst, b.data ? b.data : "", b.len);
	dst[b.len] = '\0';
	buf_free(&b);
}

/* Every name of a list through its fake rule, under several projects'
 * keys: the fake never is the source, nor shares a word of three letters
 * or more with it (a patient called Anaïs drawn "Anaïs" once a key in the
 * list's length: a reader takes it for a leak).  The plain keyed draws
 * (fake_value, no source to avoid) are counted too: some of them ARE the
 * source, so the step to another entry is what this test checks
 * (without it, the fail_msg fires: checked). */
static void
fake_list_never_itself(const char *rule, enum fake_kind kind,
    const char *const *list, unsigned count)
{
	static const char *const projects[] = { "proj-a", "proj-b",
	    "proj-c", "proj-d", "proj-e", "proj-f", "proj-g", "proj-h" };
	unsigned collisions = 0;

	for (size_t p = 0; p < sizeof(projects) / sizeof(projects[0]); p++) {
		struct fixture f;
		const struct policy_column *c;

		fixture_open(&f, projects[p]);
		c = col(&f, rule);
		for (unsigned i = 0; i < count; i++) {
			char src[256], got[256], first[256];
			uint8_t seed[KEYS_PRF_BYTES];
			struct buf b = BUF_INIT;

			norm_to(list[i], src, sizeof(src));
			/* The first draw, as ops_fake made it before. */
			keys_prf(c->prf, src, strlen(src), seed);
			assert_int_equal(fake_value(kind, seed, list[i],
			    strlen(list[i]), &b), 0);
			assert_true(b.len < sizeof(first));
			memcpy(first, b.data, b.len);
			first[b.len] = '\0';
			buf_free(&b);
			norm_to(first, first, sizeof(first));
			collisions += strcmp(first, src) == 0;

			norm_to(apply(&f, rule, list[i]), got, sizeof(got));
			if (strcmp(got, src) == 0 || shares_word(got, src))
				fail_msg("[%s] %s: the fake says its source "
				    "(\"%s\")", projects[p], rule, got);
		}
		fixture_close(&f);
	}
	assert_true(collisions > 0);
}

static void
test_fake_never_itself(void **state)
{
	(void)state;
	fake_list_never_itself("prenom", FAKE_FIRST_NAME,
	    fake_list_first_names, fake_list_first_names_count);
	fake_list_never_itself("nom_fake", FAKE_LAST_NAME,
	    fake_list_last_names, fake_list_last_names_count);
}

#define NIR_A	"184127512345640"	/* synthetic, valid key 40 */
#define NIR_A13	"1841275123456"
#define NIR_A_SP "1 84 12 75 123 456 40"
#define NIR_B	"284037505601269"	/* synthetic, valid key 69 */

static void
test_nir_token(void **state)
{
	struct fixture *f = *state;
	char a[64], b[64], c[64];

	apply_to(f, "nir_tok", NIR_A, a, sizeof(a));
	apply_to(f, "nir_tok", NIR_A13, b, sizeof(b));
	apply_to(f, "nir_tok", NIR_A_SP, c, sizeof(c));
	assert_true(a[0] != '\0');
	assert_string_equal(a, b);
	assert_string_equal(a, c);
	apply_to(f, "nir_tok", "1.84.12.75.123.456.40", c, sizeof(c));
	assert_string_equal(a, c);
	assert_int_equal(strlen(a), 3 + OPS_TOKEN_CHARS);
	assert_memory_equal(a, "NIR", 3);
	assert_true(is_base32(a + 3, OPS_TOKEN_CHARS));
	assert_null(strstr(a, "1841275"));
	assert_null(strstr(a, "123456"));
	apply_to(f, "nir_tok", NIR_B, b, sizeof(b));
	assert_string_not_equal(a, b);
	/* Wrong key: not a NIR we can vouch for, redacted. */
	assert_string_equal(apply(f, "nir_tok", "184127512345678"), "");
	assert_string_equal(apply(f, "nir_tok", "n/a"), "");
}

static int
digits_eq(const char *a, const char *b, size_t n)
{
	return memcmp(a, b, n) == 0;
}

/*
 * A batch of NIR cells (ops_nir_batch_*, as the view's nir_ahead fills it)
 * gives each cell the bytes ops_nir gives it alone; negative: a cell not
 * in the batch, a batch of another rule, and a cell whose entry was taken
 * already are computed alone, with their own bytes.
 */
static void
test_nir_batch(void **state)
{
	static const char *cells[] = {
		NIR_A, "n/a", NIR_A_SP, "253072B07300470", NIR_A13,
	};
	struct fixture *f = *state;
	const struct policy_column *fmt = col(f, "nir_fmt");
	char alone[5][64], other[64], got[64];

	for (size_t i = 0; i < 5; i++)
		apply_to(f, "nir_fmt", cells[i], alone[i], sizeof(alone[i]));
	apply_to(f, "nir_fmt2", NIR_A, other, sizeof(other));
	assert_string_not_equal(other, alone[0]);
	/* Four cells (one does not parse: left out), the last alone. */
	ops_nir_batch_start(&f->s, fmt);
	for (size_t i = 0; i < 4; i++)
		ops_nir_batch_add(&f->s, cells[i], strlen(cells[i]));
	ops_nir_batch_draw(&f->s);
	assert_int_equal(f->s.nirs.n, 3);
	/* Another rule: not the batch's entry for the same cell. */
	apply_to(f, "nir_fmt2", NIR_A, got, sizeof(got));
	assert_string_equal(got, other);
	for (size_t i = 0; i < 5; i++) {
		apply_to(f, "nir_fmt", cells[i], got, sizeof(got));
		if (strcmp(got, alone[i]) != 0)
			fail_msg("\"%s\": batch \"%s\", alone \"%s\"", cells[i],
			    got, alone[i]);
	}
	for (size_t i = 0; i < NIR_BATCH; i++)
		assert_int_equal(f->s.nirs.e[i].len, 0);	/* taken, wiped */
	/* Taken already: computed again, the same. */
	apply_to(f, "nir_fmt", NIR_A, got, sizeof(got));
	assert_string_equal(got, alone[0]);
	/* A batch of one and a batch of two give the same bytes too. */
	for (size_t n = 1; n <= 2; n++) {
		ops_nir_batch_start(&f->s, fmt);
		for (size_t i = 0; i < n; i++)
			ops_nir_batch_add(&f->s, cells[2 * i], strlen(cells[2 * i]));
		ops_nir_batch_draw(&f->s);
		for (size_t i = 0; i < n; i++) {
			apply_to(f, "nir_fmt", cells[2 * i], got, sizeof(got));
			assert_string_equal(got, alone[2 * i]);
		}
	}
}

static void
test_nir_format(void **state)
{
	static const char *inputs[] = {
		NIR_A, NIR_B, "295109912611193", "253072A07300443",
		"253072B07300470", "255081416802538",
	};
	struct fixture *f = *state;
	struct nir n;
	char a[64], b[64];

	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		const char *in = inputs[i];

		apply_to(f, "nir_fmt", in, a, sizeof(a));
		apply_to(f, "nir_fmt", in, b, sizeof(b));
		assert_string_equal(a, b);
		assert_int_equal(strlen(a), 15);
		if (nir_parse(a, strlen(a), &n) != 0)
			fail_msg("fake NIR #%zu does not validate", i);
		assert_int_equal(n.has_key, 1);
		assert_int_equal(a[0], in[0]);			/* sex */
		assert_true(digits_eq(a + 1, in + 1, 2));	/* keep_year */
		/* Negative: never the input, not even its body. */
		assert_string_not_equal(a, in);
		assert_false(digits_eq(a, in, NIR_BODY));

		apply_to(f, "nir_fmt2", in, b, sizeof(b));
		assert_int_equal(nir_parse(b, strlen(b), &n), 0);
		assert_int_equal(b[0], in[0]);
		assert_false(digits_eq(b, in, NIR_BODY));
	}
	/* The 13-character form gives a 13-character fake. */
	apply_to(f, "nir_fmt", NIR_A13, a, sizeof(a));
	assert_int_equal(strlen(a), 13);
	assert_int_equal(nir_parse(a, 13, &n), 0);
	assert_int_equal(n.has_key, 0);
	assert_string_not_equal(a, NIR_A13);
	/* Spacing layout kept: "1 84 12 75 123 456 40". */
	apply_to(f, "nir_fmt", NIR_A_SP, a, sizeof(a));
	assert_int_equal(strlen(a), strlen(NIR_A_SP));
	for (size_t i = 0; i < strlen(NIR_A_SP); i++)
		assert_int_equal(a[i] == ' ', NIR_A_SP[i] == ' ');
	assert_string_not_equal(a, NIR_A_SP);
	assert_int_equal(nir_parse(a, strlen(a), &n), 0);
	/* And the same pseudonym as the unspaced form, once unspaced. */
	apply_to(f, "nir_fmt", NIR_A, b, sizeof(b));
	{
		char packed[32];
		size_t k = 0;
		for (const char *p = a; *p; p++)
			if (*p != ' ')
				packed[k++] = *p;
		packed[k] = '\0';
		assert_string_equal(packed, b);
	}
	/* Dots kept too. */
	apply_to(f, "nir_fmt", "1.84.12.75.123.456.40", a, sizeof(a));
	assert_int_equal(a[1], '.');
	assert_int_equal(a[4], '.');
	/* Invalid key: redacted, never passed through. */
	EXPECT_CELLS(f,
	    { "nir_fmt", "184127512345678", "" },
	    { "nir_fmt2", "184127512345678", "" },
	    { "nir_fmt", "1 84 12 75 123 456 78", "" });
}

static void
test_patient_shift(void **state)
{
	struct fixture *f = *state;
	int d1 = 0, d2 = 0, seen_neg = 0, seen_pos = 0;
	char id[16];

	assert_int_equal(ops_patient_shift(f->p, "123456", 6, &f->s, &d1), 0);
	assert_int_equal(ops_patient_shift(f->p, "123456", 6, &f->s, &d2), 0);
	assert_int_equal(d1, d2);
	/* digits normalization of the patient rule: same patient. */
	assert_int_equal(ops_patient_shift(f->p, "123 456", 7, &f->s, &d2), 0);
	assert_int_equal(d1, d2);
	for (int i = 0; i < 2000; i++) {
		int d;
		snprintf(id, sizeof(id), "%d", 100000 + i);
		assert_int_equal(ops_patient_shift(f->p, id, strlen(id), &f->s,
		    &d), 0);
		assert_true(d != 0);
		assert_true(d >= -SHIFT_DAYS && d <= SHIFT_DAYS);
		seen_neg |= d < 0;
		seen_pos |= d > 0;
	}
	assert_true(seen_neg && seen_pos);
	assert_int_equal(ops_patient_shift(f->p, "", 0, &f->s, &d1), -ENOENT);
	assert_int_equal(ops_patient_shift(f->p, "   ", 3, &f->s, &d1), -ENOENT);
	/* An id with no digit is empty for a digits rule. */
	assert_int_equal(ops_patient_shift(f->p, "abc", 3, &f->s, &d1), -ENOENT);
}

#define NWEEK_IDS 2000

/* date_shift_unit = week: whole weeks in [-W, -1] u [1, W], W =
 * floor(date_shift_days / 7), each of the 2W seen; the same patient
 * (normalized) the same shift; another project or key another shift. */
static void
test_week_shift(void **state)
{
	static const uint8_t other_master[KEYS_MASTER_BYTES] = { 9, 9, 9 };
	struct fixture w, other, rekeyed, small, days;
	int seen[2 * 25 + 1] = { 0 }, d1, d2, nseen = 0, nproj = 0, nkey = 0;
	int nagree = 0;
	char id[16];

	(void)state;
	fixture_open_weeks(&w, "proj-test", 180, MASTER);	/* W = 25 */
	fixture_open_weeks(&other, "proj-other", 180, MASTER);
	fixture_open_weeks(&rekeyed, "proj-test", 180, other_master);
	fixture_open_weeks(&small, "proj-test", 13, MASTER);	/* W = 1 */
	fixture_open_unit(&days, "proj-test", 180, "day", MASTER);
	assert_int_equal(ops_patient_shift(w.p, "123456", 6, &w.s, &d1), 0);
	assert_int_equal(ops_patient_shift(w.p, "123 456", 7, &w.s, &d2), 0);
	assert_int_equal(d1, d2);
	for (int i = 0; i < NWEEK_IDS; i++) {
		int d, o, k, sm;

		snprintf(id, sizeof(id), "%d", 100000 + i);
		assert_int_equal(ops_patient_shift(w.p, id, strlen(id), &w.s,
		    &d), 0);
		assert_int_equal(ops_patient_shift(w.p, id, strlen(id), &w.s,
		    &d2), 0);
		assert_int_equal(d, d2);
		assert_int_equal(d % 7, 0);
		assert_true(d != 0);
		assert_true(d >= -7 * 25 && d <= 7 * 25);
		seen[d / 7 + 25]++;
		assert_int_equal(ops_patient_shift(other.p, id, strlen(id),
		    &other.s, &o), 0);
		assert_int_equal(ops_patient_shift(rekeyed.p, id, strlen(id),
		    &rekeyed.s, &k), 0);
		nproj += o != d;
		nkey += k != d;
		assert_int_equal(ops_patient_shift(small.p, id, strlen(id),
		    &small.s, &sm), 0);
		assert_true(sm == 7 || sm == -7);
		/* The day shift of the same project and key: the draws'
		 * indexes (0..359, 0..49) agree modulo 10 for one patient in
		 * ten, not for all, as one 64-bit value read twice would. */
		assert_int_equal(ops_patient_shift(days.p, id, strlen(id),
		    &days.s, &k), 0);
		nagree += (k + 180 - (k > 0)) % 10 == (d / 7 + 25 - (d > 0)) % 10;
	}
	assert_true(nagree < NWEEK_IDS / 5);
	for (int k = 0; k < 2 * 25 + 1; k++)
		nseen += seen[k] > 0;
	assert_int_equal(seen[25], 0);		/* never 0 */
	assert_int_equal(nseen, 2 * 25);	/* each of the 50 */
	/* 49 in 50 differ when unrelated: far more than half. */
	assert_true(nproj > NWEEK_IDS * 9 / 10);
	assert_true(nkey > NWEEK_IDS * 9 / 10);
	fixture_close(&w);
	fixture_close(&other);
	fixture_close(&rekeyed);
	fixture_close(&small);
	fixture_close(&days);
}

static long
days_of(const char *s)
{
	struct date_value d;

	assert_int_equal(date_parse(s, strlen(s), &d), 0);
	return date_to_days(d.year, d.month, d.day);
}

static void
test_date_shift(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	char a[64], b[64];
	int days;

	assert_int_equal(ops_patient_shift(f->p, "424242", 6, &f->s, &days), 0);
	row.has_shift = 1;
	row.shift = days;

	snprintf(a, sizeof(a), "%s", apply_row(f, "dshift", &row, "01/03/2021"));
	snprintf(b, sizeof(b), "%s", apply_row(f, "dshift", &row, "15/03/2021"));
	assert_string_not_equal(a, "01/03/2021");
	assert_string_not_equal(b, "15/03/2021");
	assert_int_equal(days_of(a) - days_of("01/03/2021"), days);
	/* Interval preserved. */
	assert_int_equal(days_of(b) - days_of(a), 14);
	assert_true(labs(days_of(a) - days_of("01/03/2021")) <= SHIFT_DAYS);
	/* Same patient, another call (another file): same date. */
	{
		int again;
		struct ops_row row2 = { 0 };
		assert_int_equal(ops_patient_shift(f->p, "424 242", 7, &f->s,
		    &again), 0);
		row2.has_shift = 1;
		row2.shift = again;
		assert_string_equal(apply_row(f, "dshift", &row2, "01/03/2021"), a);
	}
	/* Format kept: DD/MM/YYYY HH:MM, time unchanged. */
	snprintf(a, sizeof(a), "%s", apply_row(f, "dshift", &row,
	    "12/03/2021 14:32"));
	assert_int_equal(strlen(a), 16);
	assert_true(a[2] == '/' && a[5] == '/' && a[10] == ' ' && a[13] == ':');
	assert_string_equal(a + 10, " 14:32");
	assert_memory_not_equal(a, "12/03/2021", 10);
	/* ISO stays ISO. */
	snprintf(a, sizeof(a), "%s", apply_row(f, "dshift", &row, "2021-03-12"));
	assert_int_equal(strlen(a), 10);
	assert_true(a[4] == '-' && a[7] == '-');
	assert_string_not_equal(a, "2021-03-12");
	assert_int_equal(days_of(a) - days_of("2021-03-12"), days);
	/* No patient: the date would be true, so it is redacted. */
	assert_string_equal(apply(f, "dshift", "12/03/2021"), "");
	assert_string_equal(apply(f, "dshift", "12/03/2021 14:32"), "");
	/* Unparseable: redacted, not passed through. */
	assert_string_equal(apply_row(f, "dshift", &row, "31/02/2021"), "");
	assert_string_equal(apply_row(f, "dshift", &row, "hier"), "");
	assert_string_equal(apply_row(f, "dshift", &row, "12/03/2021 (env.)"), "");
}

/* An op = date column under date_shift_unit = week: moved by the
 * patient's whole weeks, so each date keeps its weekday; the interval
 * between two dates kept; the raw date gone. */
static void
test_date_shift_weeks(void **state)
{
	struct fixture w;
	struct ops_row row = { 0 };
	static const char *const dates[] = { "01/03/2021", "29/02/2024",
	    "31/12/2020", "2021-03-12", "12/03/2021 14:32" };
	char a[64];
	int days;

	(void)state;
	fixture_open_weeks(&w, "proj-test", 30, MASTER);	/* W = 4 */
	assert_int_equal(ops_patient_shift(w.p, "424242", 6, &w.s, &days), 0);
	row.has_shift = 1;
	row.shift = days;
	assert_int_equal(days % 7, 0);
	assert_true(days != 0 && days >= -28 && days <= 28);
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		snprintf(a, sizeof(a), "%s", apply_row(&w, "dshift", &row,
		    dates[i]));
		assert_string_not_equal(a, dates[i]);
		assert_int_equal(strlen(a), strlen(dates[i]));
		a[10] = '\0';	/* the day, without the time */
		assert_int_equal(days_of(a) - days_of(i == 4 ? "12/03/2021" :
		    dates[i]), days);
		/* date_to_days counts from a fixed day: the same weekday is
		 * the same remainder modulo 7 */
		assert_int_equal(((days_of(a) % 7) + 7) % 7, ((days_of(i == 4 ?
		    "12/03/2021" : dates[i]) % 7) + 7) % 7);
	}
	/* No patient: redacted, as with days. */
	assert_string_equal(apply(&w, "dshift", "12/03/2021"), "");
	fixture_close(&w);
}

static void
test_date_truncate(void **state)
{
	struct fixture *f = *state;

	EXPECT_CELLS(f,
	    { "dmonth", "12/03/2021", "01/03/2021" },
	    { "dyear", "12/03/2021", "01/01/2021" },
	    { "dmonth", "2021-03-12", "2021-03-01" },
	    { "dyear", "2021-03-12", "2021-01-01" },
	    /* The time of day goes too. */
	    { "dmonth", "12/03/2021 14:32", "01/03/2021 00:00" });
	assert_null(strstr(apply(f, "dyear", "12/03/2021 14:32"), "14:32"));
	/* No patient needed for truncation. */
	assert_string_equal(apply(f, "dyear", "31/12/1999"), "01/01/1999");
	assert_string_equal(apply(f, "dmonth", "bientôt"), "");
}

static void
test_birthdate(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(apply(f, "ddn", "12/03/1984"), "1984");
	assert_string_equal(apply(f, "ddn", "1984-03-12"), "1984");
	assert_null(strstr(apply(f, "ddn", "12/03/1984"), "12"));
	EXPECT_CELLS(f,
	    { "ddn", "inconnue", "" },
	    { "ddn", "00/00/1984", "" },
	    /* Bands at 2024-06-30. */
	    { "age", "12/03/1984", "40-44" },
	    { "age", "01/07/1984", "35-39" },
	    { "age", "30/06/1984", "40-44" },
	    { "age", "01/01/2024", "0-4" },
	    { "age", "01/01/1930", "90+" },
	    { "age", "30/06/1934", "90+" },
	    { "age", "01/07/1934", "85-89" },
	    { "age", "01/01/1900", "90+" });
	assert_null(strstr(apply(f, "age", "12/03/1984"), "1984"));
	/* Born after the reference date: no age. */
	assert_string_equal(apply(f, "age", "01/01/2025"), "");
	assert_string_equal(apply(f, "age", "?"), "");
}

static void
test_postcode(void **state)
{
	struct fixture *f = *state;

	EXPECT_CELLS(f,
	    { "cp", "75011", "75" },
	    { "cp", "75 011", "75" },
	    { "cp", "01200", "01" },
	    { "cp", "20090", "2A" },
	    { "cp", "20167", "2A" },
	    { "cp", "20200", "2B" },
	    { "cp", "20600", "2B" },
	    { "cp", "97411", "974" },
	    { "cp", "98800", "988" },
	    /* Negative: nothing that is not a 5-digit code comes out, and
	     * never the full code. */
	    { "cp", "7501", "" },
	    { "cp", "750111", "" },
	    { "cp", "ABCDE", "" },
	    { "cp", "75O11", "" },
	    { "cp", "00123", "" });
	assert_null(strstr(apply(f, "cp", "75011"), "011"));
}

static void
test_icd10_levels(void **state)
{
	struct fixture *f = *state;

	EXPECT_CELLS(f,
	    { "dp_code", "K35.8", "K35.8" },
	    { "dp_code", "k358", "K35.8" },
	    { "dp_cat", "K35.8", "K35" },
	    { "dp_block", "K35.8", "K35-K38" },
	    { "dp_chap", "K35.8", "K00-K93" },
	    { "dp_cat", "I10", "I10" },
	    { "dp_block", "I10", "I10-I15" },
	    { "dp_chap", "I10", "I00-I99" },
	    /* Not a code: redacted, not passed through. */
	    { "dp_chap", "appendicite", "" },
	    { "dp_cat", "appendicite", "" });
}

static void
test_icd10_suppressed(void **state)
{
	static const char *levels[] = { "dp_code", "dp_cat", "dp_block", "dp_chap" };
	/* HIV, mental (default list), pregnancy, STI, contraception. */
	static const char *hidden[] = { "B20.1", "B201", "Z21", "F32", "F32.0",
	    "O04", "A54.3", "Z30.0", "R75" };
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
		for (size_t j = 0; j < sizeof(hidden) / sizeof(hidden[0]); j++) {
			const char *o = apply(f, levels[i], hidden[j]);
			if (strcmp(o, "[SUPPRIME]") != 0)
				fail_msg("%s(%s) gave '%s'", levels[i], hidden[j], o);
		}
		/* Negative: neither the code, its category, block or chapter. */
		assert_null(strstr(apply(f, levels[i], "B20.1"), "B20"));
		assert_null(strstr(apply(f, levels[i], "B20.1"), "B"));
		assert_null(strstr(apply(f, levels[i], "F32"), "F"));
	}
	/* suppress = none: shown. */
	assert_string_equal(apply(f, "dp_none", "F32.0"), "F32");
	assert_string_equal(apply(f, "dp_none", "B20.1"), "B20");
}

static void
test_icd10_label(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *o;

	row.code = "I10";
	row.code_len = 3;
	o = apply_row(f, "lib_chap", &row, "Hypertension essentielle");
	assert_string_equal(o, "Maladies de l'appareil circulatoire");
	assert_null(strstr(o, "Hypertension"));
	/* Category level: no title shipped, so nothing (never the source). */
	o = apply_row(f, "lib_cat", &row, "Hypertension essentielle");
	assert_string_equal(o, "");
	/* Suppressed code: the code rule's placeholder, at every level. */
	row.code = "B20.1";
	row.code_len = 5;
	o = apply_row(f, "lib_chap", &row, "Infection VIH avec infection bactérienne");
	assert_string_equal(o, "[SUPPRIME]");
	assert_null(strstr(o, "VIH"));
	o = apply_row(f, "lib_cat", &row, "Infection VIH");
	assert_string_equal(o, "[SUPPRIME]");
	row.code = "F32";
	row.code_len = 3;
	assert_string_equal(apply_row(f, "lib_chap", &row, "Episode dépressif"),
	    "[SUPPRIME]");
	/* No code in the row, or not a code: nothing. */
	row.code = NULL;
	row.code_len = 0;
	assert_string_equal(apply_row(f, "lib_chap", &row, "Hypertension"), "");
	row.code = "n/a";
	row.code_len = 3;
	assert_string_equal(apply_row(f, "lib_chap", &row, "Hypertension"), "");
	/* An empty source label with a code still gets the title. */
	row.code = "J45";
	row.code_len = 3;
	o = apply_row(f, "lib_chap", &row, "");
	assert_true(o[0] != '\0');
	assert_null(strstr(o, "J45"));
}

static void
test_mask(void **state)
{
	struct fixture *f = *state;

	EXPECT_CELLS(f,
	    { "mask", "Dupont", "D***nt" },
	    { "mask", "Abc", "***" },
	    { "mask", "Ab", "**" },
	    { "mask", "Abcd", "A*cd" },
	    /* Characters, not bytes. */
	    { "mask", "Hélène", "H***ne" },
	    { "mask", "Élodie", "É***ie" },
	    { "mask", "Noé", "***" },
	    { "mask", "Benoît", "B***ît" });
	assert_null(strstr(apply(f, "mask", "Dupont"), "upo"));
	assert_string_equal(apply(f, "mask", ""), "");
}

/* File names through tree_view_name, the one function that names entries
 * (tests/unit/test_tree.c has the rest): a token file name is not a
 * column token. */
static const char *
view_name(struct fixture *f, const struct policy_file *rule, const char *rel)
{
	struct tree_naming how;

	assert_int_equal(tree_view_name(f->p, rel, rule, &f->s, &f->out, &how),
	    0);
	assert_true(how.shown);
	return f->out.data;
}

static void
test_view_path(void **state)
{
	struct fixture *f = *state;
	const struct policy_file *exp, *all;
	char a[256], b[256];

	exp = policy_match_file(f->p, "export_Dupont_Jean.csv");
	all = policy_match_file(f->p, "patients.csv");
	assert_non_null(exp);
	assert_non_null(all);
	assert_string_equal(exp->name, "exports");
	assert_string_equal(all->name, "all");

	assert_string_equal(view_name(f, all, "sub/patients.csv"), "patients.csv");
	snprintf(a, sizeof(a), "%s", view_name(f, exp,
	    "2024/mars/export_Dupont_Jean.csv"));
	/* The name in its directory only. */
	assert_int_equal(strlen(a), strlen("export_") + OPS_TOKEN_CHARS +
	    strlen(".csv"));
	assert_memory_equal(a, "export_", strlen("export_"));
	assert_true(is_base32(a + strlen("export_"), OPS_TOKEN_CHARS));
	assert_string_equal(a + strlen(a) - 4, ".csv");
	assert_null(strcasestr(a, "Dupont"));
	assert_null(strcasestr(a, "Jean"));
	/* Deterministic, whatever the directory; another name gives another
	 * token. */
	assert_string_equal(view_name(f, exp, "export_Dupont_Jean.csv"), a);
	snprintf(b, sizeof(b), "%s", view_name(f, exp, "export_Martin_Paul.csv"));
	assert_null(strcasestr(b, "Martin"));
	assert_string_not_equal(b, a);
	/* The file name key is not a column key: the same string as a
	 * token column does not give the same token. */
	{
		char t[64];
		apply_to(f, "nom_tok_same", "export_Martin_Paul", t, sizeof(t));
		assert_null(strstr(b, t));
	}
}

/* Which rules' values go into the view unchecked (ops_plain_output): a
 * token whose prefix holds the delimiter, or a byte >= 0x80 in a view that
 * is not UTF-8, is not; neither are operators that copy text (keep, redact,
 * mask, dates). */
static void
test_plain_output(void **state)
{
	struct fixture *f = *state;
	static const char delims[] = { ';', ',', '\t', '|' };

	for (size_t d = 0; d < sizeof(delims); d++) {
		char c = delims[d];

		for (int utf8 = 0; utf8 <= 1; utf8++) {
			assert_true(ops_plain_output(col(f, "ipp"), c, utf8));
			assert_true(ops_plain_output(col(f, "nir_tok"), c, utf8));
			assert_true(ops_plain_output(col(f, "nir_fmt"), c, utf8));
			assert_true(ops_plain_output(col(f, "ddn"), c, utf8));
			assert_true(ops_plain_output(col(f, "age"), c, utf8));
			assert_int_equal(ops_plain_output(col(f, "tok_pipe"), c,
			    utf8), c != '|');
			assert_int_equal(ops_plain_output(col(f, "tok_accent"),
			    c, utf8), utf8);
			assert_false(ops_plain_output(col(f, "keep"), c, utf8));
			assert_false(ops_plain_output(col(f, "redact"), c, utf8));
			assert_false(ops_plain_output(col(f, "mask"), c, utf8));
			assert_false(ops_plain_output(col(f, "dshift"), c, utf8));
		}
	}
	/* Never for a delimiter the dialect does not pick. */
	assert_false(ops_plain_output(col(f, "ipp"), ' ', 1));
	/* The claim itself: every value a plain rule made here is plain. */
	assert_null(strpbrk(apply(f, "tok_pipe", "12"), ";,\t\"\r\n"));
	assert_non_null(strchr(apply(f, "tok_pipe", "12"), '|'));
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_keep_drop_redact),
		T(test_output_appends),
		T(test_token),
		T(test_token_is_its_definition),
		T(test_token_per_project),
		T(test_fake_names),
		cmocka_unit_test(test_fake_never_itself),
		T(test_nir_token),
		T(test_nir_batch),
		T(test_nir_format),
		T(test_patient_shift),
		T(test_date_shift),
		T(test_week_shift),
		T(test_date_shift_weeks),
		T(test_date_truncate),
		T(test_birthdate),
		T(test_postcode),
		T(test_icd10_levels),
		T(test_icd10_suppressed),
		T(test_icd10_label),
		T(test_mask),
		T(test_view_path),
		T(test_plain_output),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
