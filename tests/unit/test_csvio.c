/* csvio: record splitting against libcsv as the reference parser, raw spans
 * that rebuild the source byte for byte, and the malformed inputs that must
 * fail rather than pass through. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <csv.h>

#include "csvio.h"

/* ---- libcsv as the oracle ---- */

struct oracle {
	char	fields[64][256];
	size_t	nfields;
	size_t	records;
	size_t	fields_per_record[64];
};

static void
oracle_field(void *s, size_t len, void *data)
{
	struct oracle *o = data;

	if (o->nfields < 64) {
		snprintf(o->fields[o->nfields], sizeof(o->fields[0]), "%.*s",
		    (int)len, s ? (char *)s : "");
		o->nfields++;
	}
}

static void
oracle_record(int c, void *data)
{
	struct oracle *o = data;

	(void)c;
	if (o->records < 64)
		o->fields_per_record[o->records] = o->nfields;
	o->records++;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
oracle_parse(const char *text, char delim, struct oracle *o)
{
	struct csv_parser p;

	memset(o, 0, sizeof(*o));
	assert_int_equal(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI), 0);
	csv_set_delim(&p, (unsigned char)delim);
	csv_set_space_func(&p, no_space);
	assert_int_equal(csv_parse(&p, text, strlen(text), oracle_field,
	    oracle_record, o), strlen(text));
	assert_int_equal(csv_fini(&p, oracle_field, oracle_record, o), 0);
	csv_free(&p);
}

/* Split all of text; check each unescaped field against libcsv and that
 * the raw spans and line ends concatenate back to the input. */
static void
split_matches_libcsv(const char *text, char delim)
{
	struct csvio_record rec = { 0 };
	struct pfs_error err;
	struct oracle o;
	struct buf value = BUF_INIT, rebuilt = BUF_INIT;
	size_t n = strlen(text), off = 0, field = 0;
	long used;

	oracle_parse(text, delim, &o);
	while ((used = csvio_next(delim, text + off, n - off, 1, 0, &rec, &err)) > 0) {
		for (size_t i = 0; i < rec.nfields; i++) {
			assert_int_equal(csvio_unescape(&rec.fields[i], &value), 0);
			assert_true(field < o.nfields);
			assert_int_equal(value.len, strlen(o.fields[field]));
			assert_memory_equal(value.data ? value.data : "",
			    o.fields[field], value.len);
			field++;
			if (i > 0)
				assert_int_equal(buf_putc(&rebuilt, delim), 0);
			assert_int_equal(buf_append(&rebuilt, rec.fields[i].raw,
			    rec.fields[i].raw_len), 0);
		}
		assert_int_equal(buf_append(&rebuilt, rec.eol, rec.eol_len), 0);
		off += (size_t)used;
	}
	assert_int_equal(used, 0);
	assert_int_equal(field, o.nfields);
	assert_int_equal(rebuilt.len, n);
	assert_memory_equal(rebuilt.data, text, n);
	buf_free(&value);
	buf_free(&rebuilt);
	csvio_record_free(&rec);
}

static void
test_matches_libcsv(void **state)
{
	(void)state;
	split_matches_libcsv("a;b;c\r\n1;2;3\r\n", ';');
	split_matches_libcsv("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n", ',');
	split_matches_libcsv("a\tb\n  spaced  \t trailing \n", '\t');
	split_matches_libcsv("a;b\r\n\"multi\r\nline\";\"\"\r\n;\r\n", ';');
	split_matches_libcsv("a|b\n1|2", '|');	/* no final line end */
	split_matches_libcsv("\"\";\"\"\"\"\n", ';');
}

static void
test_quoted_flag_and_eol(void **state)
{
	struct csvio_record rec = { 0 };
	struct pfs_error err;
	const char *s = "\"a\";b\r\nnext";
	long used;

	(void)state;
	used = csvio_next(';', s, strlen(s), 1, 0, &rec, &err);
	assert_int_equal(used, 7);
	assert_int_equal(rec.nfields, 2);
	assert_true(rec.fields[0].quoted);
	assert_false(rec.fields[1].quoted);
	assert_int_equal(rec.eol_len, 2);
	assert_int_equal(rec.newlines, 1);
	csvio_record_free(&rec);
}

/* Without at_eof, a record cut anywhere must ask for more, never guess. */
static void
test_needs_more(void **state)
{
	const char *s = "a;\"b\"\"c\";d\r\n";
	struct csvio_record rec = { 0 };
	struct pfs_error err;

	(void)state;
	for (size_t cut = 1; cut < strlen(s); cut++)
		assert_int_equal(csvio_next(';', s, cut, 0, 0, &rec, &err), 0);
	assert_int_equal(csvio_next(';', s, strlen(s), 0, 0, &rec, &err),
	    (long)strlen(s));
	csvio_record_free(&rec);
}

static void
expect_malformed(const char *s, size_t n, size_t line_delta, size_t field,
    const char *what)
{
	struct csvio_record rec = { 0 };
	struct pfs_error err;

	assert_int_equal(csvio_next(';', s, n, 1, 10, &rec, &err), -EINVAL);
	assert_int_equal(err.line, 10 + (long)line_delta);	/* from line 10 */
	assert_int_equal(err.column, field);
	assert_int_equal(err.code, EINVAL);
	assert_string_equal(err.what, what);
	csvio_record_free(&rec);
}

static void
test_malformed(void **state)
{
	(void)state;
	/* Named where the quote opens: that is where the fix goes. */
	expect_malformed("a;\"open\n\nstill", 15, 0, 2, "unterminated quoted field");
	expect_malformed("x;\"a\nb\";c\"d\n", 13, 1, 3, "quote inside an unquoted field");
	expect_malformed("a;\"b\"x\n", 7, 0, 2, "text after a closing quote");
	expect_malformed("a;b\"c\n", 6, 0, 2, "quote inside an unquoted field");
	expect_malformed("a;b\rc\n", 6, 0, 2, "carriage return without line feed");
	expect_malformed("a;b\0c\n", 6, 0, 2, "NUL byte");
	expect_malformed("a;\"b\0\"\n", 7, 0, 2, "NUL byte");
}

static void
test_write_value(void **state)
{
	struct buf out = BUF_INIT;

	(void)state;
	assert_int_equal(csvio_write_value(';', 0, "plain", 5, &out), 0);
	assert_int_equal(csvio_write_value(';', 1, "was quoted", 10, &out), 0);
	assert_int_equal(csvio_write_value(';', 0, "a;b", 3, &out), 0);
	assert_int_equal(csvio_write_value(';', 0, "say \"x\"", 7, &out), 0);
	assert_int_equal(csvio_write_value(';', 0, "a,b", 3, &out), 0);
	assert_int_equal(csvio_write_value(';', 0, "l1\nl2", 5, &out), 0);
	assert_int_equal(buf_putc(&out, '\0'), 0);
	assert_string_equal(out.data, "plain\"was quoted\"\"a;b\"\"say \"\"x\"\"\"a,b\"l1\nl2\"");
	buf_free(&out);
}

/* A quoted value is written as libcsv's csv_write2 writes it: quotes
 * doubled at every position, runs of them, none, the empty value. */
static void
test_write_quoted_as_libcsv(void **state)
{
	static const char *const values[] = {
		"", "\"", "\"\"", "a", "a\"", "\"a", "a\"b", "\"\"x\"\"",
		"Mme \"X\" dit ; \"non\"", "no quote; at all\r\n",
	};
	struct buf out = BUF_INIT;
	char want[64];
	char v[24];

	(void)state;
	for (size_t k = 0; k < sizeof(values) / sizeof(values[0]); k++) {
		size_t n = strlen(values[k]), w;

		buf_reset(&out);
		assert_int_equal(csvio_write_value(';', 1, values[k], n, &out), 0);
		w = csv_write2(want, sizeof(want), values[k], n, CSVIO_QUOTE);
		assert_int_equal(out.len, w);
		assert_memory_equal(out.data, want, w);
	}
	/* a quote at every position of values of every length */
	for (size_t len = 1; len <= sizeof(v); len++)
		for (size_t at = 0; at < len; at++) {
			size_t w;

			memset(v, 'q', len);
			v[at] = '"';
			v[len - 1 - at] = '"';
			buf_reset(&out);
			assert_int_equal(csvio_write_value(';', 1, v, len, &out), 0);
			w = csv_write2(want, sizeof(want), v, len, CSVIO_QUOTE);
			assert_int_equal(out.len, w);
			assert_memory_equal(out.data, want, w);
		}
	buf_free(&out);
}

/* A value is quoted when it holds the delimiter, a quote, CR or LF at any
 * position (the check reads eight bytes at a time: every offset of a word
 * and the tail), and only then. */
static void
test_write_value_every_position(void **state)
{
	static const char special[] = { ';', '"', '\r', '\n', ',', '\t', '#',
	    '\x80', 'z' };
	struct buf out = BUF_INIT;
	char v[40];

	(void)state;
	for (size_t k = 0; k < sizeof(special); k++) {
		for (size_t len = 1; len <= sizeof(v); len++) {
			for (size_t at = 0; at < len; at++) {
				int want = special[k] == ';' || special[k] == '"' ||
				    special[k] == '\r' || special[k] == '\n';

				memset(v, 'a', len);
				v[at] = special[k];
				buf_reset(&out);
				assert_int_equal(csvio_write_value(';', 0, v, len,
				    &out), 0);
				assert_int_equal(out.len > 0 && out.data[0] == '"',
				    want);
				if (!want)
					assert_memory_equal(out.data, v, len);
			}
		}
	}
	buf_free(&out);
}

/* Records as the reference (the general path alone) splits them: same
 * return, fields, quoting, line end, ascii claim and error. */
static void
same_as_reference(const char *text, size_t n, char delim, int at_eof)
{
	struct csvio_record a = { 0 }, b = { 0 };
	struct pfs_error ea, eb;
	long ua, ub;

	memset(&ea, 0, sizeof(ea));
	memset(&eb, 0, sizeof(eb));
	ua = csvio_next(delim, text, n, at_eof, 7, &a, &ea);
	ub = csvio_next_reference(delim, text, n, at_eof, 7, &b, &eb);
	assert_int_equal(ua, ub);
	if (ua < 0) {
		assert_int_equal(ea.code, eb.code);
		assert_int_equal(ea.line, eb.line);
		assert_int_equal(ea.column, eb.column);
		assert_string_equal(ea.what, eb.what);
	}
	if (ua > 0) {
		assert_int_equal(a.nfields, b.nfields);
		for (size_t i = 0; i < a.nfields; i++) {
			assert_ptr_equal(a.fields[i].raw, b.fields[i].raw);
			assert_int_equal(a.fields[i].raw_len, b.fields[i].raw_len);
			assert_int_equal(a.fields[i].quoted, b.fields[i].quoted);
		}
		assert_ptr_equal(a.eol, b.eol);
		assert_int_equal(a.eol_len, b.eol_len);
		assert_int_equal(a.newlines, b.newlines);
		if (a.ascii)
			for (long i = 0; i < ua; i++)
				assert_true((unsigned char)text[i] < 0x80);
		/* Every high byte within [high, high_end), which starts and
		 * ends with one. */
		if (a.high != NULL) {
			assert_true((unsigned char)a.high[0] >= 0x80);
			assert_true((unsigned char)a.high_end[-1] >= 0x80);
			for (long i = 0; i < ua; i++)
				if ((unsigned char)text[i] >= 0x80)
					assert_true(text + i >= a.high &&
					    text + i < a.high_end);
		}
	}
	csvio_record_free(&a);
	csvio_record_free(&b);
}

/* The fast paths (one line without quotes; sixteen or thirty-two bytes at
 * a time with quoted fields) against the general path, on random lines
 * made of the bytes that matter: delimiters, quotes, CR, LF, NUL, high
 * bytes, letters, every length up to a few blocks, cut anywhere, at EOF or
 * not; at each width the CPU has (csvio_set_wide). */
static void
fast_paths_at(int width)
{
	static const char pick[] = { ';', ';', ';', '"', '\r', '\n', '\0',
	    '\xc3', '\xa9', ',', '\t', 'a', 'b', 'c', '1', ' ' };
	static const char delims[] = { ';', ',', '\t', '|' };
	unsigned long long x = 0x9e3779b97f4a7c15ULL;
	char text[144];

	if (csvio_set_wide(width) != width)
		return;		/* no AVX2 here: the other width is run */
	for (int round = 0; round < 300000; round++) {
		size_t n, i;
		int rare;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		n = (size_t)(x % (round % 2 ? sizeof(text) : 80));
		rare = (int)(x >> 8) % 4;	/* how often the special bytes come */
		for (i = 0; i < n; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			text[i] = (x >> 20) % (unsigned)(2 + rare * 6) == 0 ?
			    pick[(x >> 8) % sizeof(pick)] :
			    (char)('a' + (x >> 32) % 26);
		}
		same_as_reference(text, n, delims[(x >> 40) % 4], (x >> 44) & 1);
	}
	csvio_set_wide(0);
}

static void
test_fast_paths_match_reference(void **state)
{
	(void)state;
	fast_paths_at(16);
	fast_paths_at(32);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches_libcsv),
		cmocka_unit_test(test_quoted_flag_and_eol),
		cmocka_unit_test(test_needs_more),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_write_value),
		cmocka_unit_test(test_write_value_every_position),
		cmocka_unit_test(test_write_quoted_as_libcsv),
		cmocka_unit_test(test_fast_paths_match_reference),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
