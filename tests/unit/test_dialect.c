/* dialect: what sniffing decides from a file's first bytes (BOM, encoding,
 * delimiter), and what it refuses (UTF-16, NUL bytes, a header longer than
 * the head).  A wrong delimiter would shift every cell into another
 * column's rule; a wrong encoding would fold names wrongly. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <unistr.h>

#include "dialect.h"

/* Sniff a NUL-terminated head (n = strlen unless given). */
static int
sniff(const char *head, size_t n, int whole, struct dialect *d,
    const char **what)
{
	struct pfs_error err = { 0 };
	int r = dialect_sniff(head, n, whole, d, &err);

	/* The record's static text: what the tests below look at. */
	*what = err.what;
	return r;
}

struct delim_case {
	const char	*head;
	char		 delim;
};

/* Each whole head sniffs to its delimiter (and has no BOM). */
static void
check_delimiters(const struct delim_case *cases, size_t n)
{
	struct dialect d;
	const char *what;

	for (size_t i = 0; i < n; i++) {
		assert_int_equal(sniff(cases[i].head, strlen(cases[i].head), 1,
		    &d, &what), 0);
		if (d.delim != cases[i].delim)
			fail_msg("case %zu: delimiter '%c', expected '%c'", i,
			    d.delim, cases[i].delim);
		assert_int_equal(d.bom_len, 0);
	}
}

static void
test_delimiter_is_the_widest_split(void **state)
{
	static const struct delim_case cases[] = {
		{ "a;b;c\n1;2;3\n", ';' },
		{ "a,b,c\n1,2,3\n", ',' },
		{ "a\tb\tc\n1\t2\t3\n", '\t' },
		{ "a|b|c\n1|2|3\n", '|' },
		/* Decimal commas in a ';' file: the header decides. */
		{ "nom;poids;taille\nX;72,5;1,80\n", ';' },
		/* A quoted header field may hold another candidate. */
		{ "\"a;b\",c,d\n1,2,3\n", ',' },
		/* One column: every candidate gives one field; the first
		 * tried, ';', the usual French one, is kept. */
		{ "ipp\n1\n2\n", ';' },
		/* CRLF line ends change nothing. */
		{ "a;b\r\n1;2\r\n", ';' },
	};

	(void)state;
	check_delimiters(cases, sizeof(cases) / sizeof(cases[0]));
}

/* On a tie, the delimiter whose first records agree wins, even if another
 * was tried first: a ragged row must not pick the delimiter. */
static void
test_tie_goes_to_the_consistent_delimiter(void **state)
{
	static const char head[] = "a;b,c\n1;2;3,4\n5;6;7,8\n";
	struct dialect d;
	const char *what;

	(void)state;
	/* ';' and ',' both split the header in two; only ',' keeps two
	 * fields in the records. */
	assert_int_equal(sniff(head, strlen(head), 1, &d, &what), 0);
	assert_int_equal(d.delim, ',');
}

/* A header no candidate splits says nothing; rows that agree on a split
 * say the delimiter, so that a one-field header over ';' records is a
 * ragged file (it fails), not one kept field holding "M;DUPONT".  Rows
 * that do not agree (free text with a comma here and there) leave the
 * file one column. */
static void
test_one_field_header_takes_the_rows_split(void **state)
{
	static const struct delim_case cases[] = {
		{ "sexe\nM;DUPONT\nF;MARTIN\n", ';' },
		{ "sexe\nM,DUPONT\nF,MARTIN\n", ',' },
		{ "sexe\nM|DUPONT|1001\n", '|' },
		/* The widest agreeing split wins. */
		{ "sexe\nM;DUPONT,Jean;1\nF;MARTIN,Paul;2\n", ';' },
		/* Rows that disagree: one column, under the first delimiter
		 * that keeps every row one field, as before. */
		{ "note\nRAS\nvu ce jour, revoir; bilan, J8\n", '\t' },
		{ "note\nRAS, stable\nrevoir\n", ';' },
		/* A quoted delimiter is not a split. */
		{ "note\n\"a;b\"\n\"c;d\"\n", ';' },
	};

	(void)state;
	check_delimiters(cases, sizeof(cases) / sizeof(cases[0]));
}

static void
test_refusals(void **state)
{
	static const char utf16le[] = "\xff\xfe" "a\0;\0b\0";
	static const char utf16be[] = "\xfe\xff" "\0a\0;\0b";
	static const char nul[] = "a;b\n1;\0\n";
	struct dialect d;
	const char *what;

	(void)state;
	assert_int_equal(sniff(utf16le, sizeof(utf16le) - 1, 1, &d, &what),
	    -EINVAL);
	assert_non_null(strstr(what, "UTF-16"));
	assert_int_equal(sniff(utf16be, sizeof(utf16be) - 1, 1, &d, &what),
	    -EINVAL);
	assert_non_null(strstr(what, "UTF-16"));
	assert_int_equal(sniff(nul, sizeof(nul) - 1, 1, &d, &what), -EINVAL);
	assert_non_null(strstr(what, "NUL"));
}

/* A header that does not end within a partial head: the caller must read
 * more; the same bytes as the whole file are a one-record file. */
static void
test_header_cut_asks_for_more(void **state)
{
	static const char head[] = "ipp;nom;prenom;date_naissance";
	static const char quoted[] = "\"ipp\n;nom\";x\n1";
	struct dialect d;
	const char *what;

	(void)state;
	assert_int_equal(sniff(head, strlen(head), 0, &d, &what), -EAGAIN);
	assert_non_null(what);
	assert_int_equal(sniff(head, strlen(head), 1, &d, &what), 0);
	assert_int_equal(d.delim, ';');
	/* A line feed inside a quoted header field does not end it. */
	assert_int_equal(sniff(quoted, 7, 0, &d, &what), -EAGAIN);
	assert_int_equal(sniff(quoted, strlen(quoted), 0, &d, &what), 0);
	assert_int_equal(d.delim, ';');
}

static void
test_bom(void **state)
{
	static const char head[] = "\xef\xbb\xbf" "a;b\n\xe9;1\n";
	struct dialect d;
	const char *what;

	(void)state;
	assert_int_equal(sniff(head, strlen(head), 1, &d, &what), 0);
	assert_int_equal(d.bom_len, 3);
	assert_int_equal(d.delim, ';');
	/* The BOM says UTF-8, whatever the bytes after it. */
	assert_int_equal(d.encoding, DIALECT_UTF8);
	/* A BOM alone is not part of the first header name. */
	assert_int_equal(sniff("\xef\xbb\xbf" "a|b\n", 7, 1, &d, &what), 0);
	assert_int_equal(d.delim, '|');
}

static void
test_encoding(void **state)
{
	static const struct {
		const char		*head;
		int			 whole;
		enum dialect_encoding	 enc;
	} cases[] = {
		{ "nom;ville\nMartin;Paris\n", 1, DIALECT_UTF8 },	/* ASCII */
		{ "nom;ville\nB\xc3\xa9nard;S\xc3\xa8te\n", 1, DIALECT_UTF8 },
		{ "nom;ville\nB\xe9nard;S\xe8te\n", 1, DIALECT_CP1252 },
		/* One valid sequence decides: a stray byte is the reader's
		 * error to report, not a reason to switch encodings. */
		{ "nom;ville\nB\xc3\xa9nard;S\xe8te\n", 1, DIALECT_UTF8 },
		/* A sequence cut by the end of a partial head is valid... */
		{ "nom;ville\nB\xc3", 0, DIALECT_UTF8 },
		/* ...but not at the end of the whole file. */
		{ "nom;ville\nB\xc3", 1, DIALECT_CP1252 },
	};
	struct dialect d;
	const char *what;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(sniff(cases[i].head, strlen(cases[i].head),
		    cases[i].whole, &d, &what), 0);
		if (d.encoding != cases[i].enc)
			fail_msg("case %zu: %s", i, dialect_encoding_name(d.encoding));
	}
	assert_string_equal(dialect_encoding_name(DIALECT_UTF8), "UTF-8");
	assert_string_equal(dialect_encoding_name(DIALECT_CP1252),
	    "WINDOWS-1252");
}

/* An ASCII head leaves the encoding to the first non-ASCII bytes later
 * in the file. */
/* The guess as first written, a byte at a time over the whole sample. */
static enum dialect_encoding
guess_reference(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int multibyte = 0, invalid = 0, len;
	ucs4_t uc;

	while (p < end) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		len = u8_mbtoucr(&uc, p, (size_t)(end - p));
		if (len == -2)
			break;
		if (len < 0) {
			invalid = 1;
			p++;
			continue;
		}
		multibyte = 1;
		p += len;
	}
	return multibyte || !invalid ? DIALECT_UTF8 : DIALECT_CP1252;
}

/* The guess skips ASCII a word at a time and stops at the first valid
 * sequence: the same answer as the byte loop on random samples of ASCII,
 * Windows-1252 accents, UTF-8 sequences whole and cut, at every length. */
static void
test_encoding_guess_fast(void **state)
{
	static const char *const pieces[] = { "a", "b;c", "0123456789", " ",
	    "\xe9", "\xe8", "\xc3\xa9", "\xe2\x82\xac", "\xc3", "\xe2\x82",
	    "\xf0\x9f\x98\x80", "\x80", "\xff", "\n" };
	const size_t np = sizeof(pieces) / sizeof(pieces[0]);
	uint64_t z = 88172645463325252ULL;
	struct pfs_error err;
	char s[256];
	unsigned cp = 0, u8 = 0;
	int r;

	(void)state;
	for (int i = 0; i < 100000; i++) {
		size_t n = 0, want;
		struct dialect d;

		z ^= z << 13;
		z ^= z >> 7;
		z ^= z << 17;
		want = z % 60;
		while (n < want) {
			/* Mostly ASCII, as heads are. */
			const char *pc = pieces[(z >> (n % 40)) % 4 == 0 ?
			    (z >> 20 ^ n * 7) % np : (n + (z >> 30)) % 4];
			size_t l = strlen(pc);

			memcpy(s + n, pc, l);
			n += l;
		}
		memset(&d, 0, sizeof(d));
		/* The encoding is decided either way; a DOS code page's sign
		 * refuses it besides (test_dos_codepage). */
		r = dialect_settle_encoding(&d, s, n, &err);
		assert_true(r == 0 || r == -EINVAL);
		assert_int_equal(d.encoding, guess_reference(s, n));
		if (d.encoding == DIALECT_CP1252)
			cp++;
		else
			u8++;
	}
	assert_true(cp > 1000);
	assert_true(u8 > 1000);
}

static void
test_settle_encoding(void **state)
{
	static const char head[] = "nom;ville\nMartin;Paris\n";
	struct pfs_error err;
	struct dialect d;
	const char *what;

	(void)state;
	assert_int_equal(sniff(head, strlen(head), 0, &d, &what), 0);
	assert_int_equal(dialect_settle_encoding(&d, "\xe9t\xe9;x\n", 6, &err),
	    0);
	assert_int_equal(d.encoding, DIALECT_CP1252);
	assert_int_equal(d.delim, ';');		/* untouched */
	assert_int_equal(dialect_settle_encoding(&d, "\xc3\xa9t\xc3\xa9\n", 7,
	    &err), 0);
	assert_int_equal(d.encoding, DIALECT_UTF8);
	/* A sample cut inside a sequence is not evidence against UTF-8. */
	assert_int_equal(dialect_settle_encoding(&d, "ab\xc3", 3, &err), 0);
	assert_int_equal(d.encoding, DIALECT_UTF8);
	/* A DOS code page after an ASCII head: refused there too. */
	assert_int_equal(dialect_settle_encoding(&d, "Fran\x87ois;x\n", 12,
	    &err), -EINVAL);
	assert_non_null(strstr(err.what, "DOS"));
}

/* Excel's "CSV (MS-DOS)" and older systems write CP850: read as
 * Windows-1252, "Pr\x82nom" is "Pr‚nom", which meets no rule (kept raw
 * under columns = keep).  Refused; the same text in Windows-1252, and
 * Windows-1252's own punctuation and letters after a letter, are not. */
static void
test_dos_codepage(void **state)
{
	static const char *const dos[] = {
		"IPP;Nom;Pr\x82nom;Sexe\n1;Martin;Ren\x82" "e;F\n",
		"IPP;Nom;Sexe\n1;Fran\x87ois;M\n",
		"IPP;Nom;Sexe\n1;Jo\x89lle;F\n",
		"IPP;Nom;Sexe\n1;Ana\x8bs;F\n",
		"IPP;Nom;Sexe\n1;Th\x82" "bault;F\n",
	};
	static const char *const cp1252[] = {
		"IPP;Nom;Pr\xe9nom;Sexe\n1;Martin;Ren\xe9" "e;F\n",
		"IPP;Nom;Sexe\n1;Jean\x96Pierre;M\n",		/* en dash */
		"IPP;Nom;Sexe\n1;l\x92h\xf4pital;M\n",	/* apostrophe */
		"IPP;Nom;Sexe\n1;c\x9cur \x8c" "D\xc8ME;M\n",	/* oe, OE */
		"IPP;Nom;Sexe\n1;\x8aimi\x9a;M\n",		/* S and s caron */
		"IPP;Nom;Sexe\n1;attente\x85 RAS;M\n",	/* ellipsis */
		"IPP;Nom;Sexe\n1;\x84Martin\x93 5\x89;M\n",	/* quotes */
	};
	struct dialect d;
	const char *what;

	(void)state;
	for (size_t i = 0; i < sizeof(dos) / sizeof(dos[0]); i++) {
		if (sniff(dos[i], strlen(dos[i]), 1, &d, &what) != -EINVAL)
			fail_msg("DOS code page #%zu read as Windows-1252", i);
		assert_non_null(strstr(what, "DOS"));
	}
	for (size_t i = 0; i < sizeof(cp1252) / sizeof(cp1252[0]); i++) {
		if (sniff(cp1252[i], strlen(cp1252[i]), 1, &d, &what) != 0)
			fail_msg("Windows-1252 #%zu refused: %s", i, what);
		assert_int_equal(d.encoding, DIALECT_CP1252);
	}
}

/* Excel's "CSV (Macintosh)" and older Mac exports write Mac Roman: read
 * as Windows-1252, "Pr\x8enom" is "PrŽnom", which meets no rule (its
 * first names and phones were kept raw under columns = keep).  Refused,
 * also after an ASCII head; Windows-1252's own Ž, ž, quotes, bullet and
 * trade mark where text puts them are not. */
static void
test_mac_codepage(void **state)
{
	static const char *const mac[] = {
		"IPP;Nom;Pr\x8enom;Sexe\n1;Martin;H\x8el\x8ene;F\n",
		"IPP;Nom;T\x8el\x8ephone\n1;Martin;0612345678\n",
		"IPP;Nom;Sexe\n1;Ma\x94tre;M\n",		/* i circumflex */
		"IPP;Nom;Sexe\n1;Ana\x95s;F\n",		/* i diaeresis */
		"IPP;Nom;Sexe\n1;Le C\x99te;F\n",		/* o circumflex */
		"IPP;Nom;Sexe\n1;M\x9fller;F\n",		/* u diaeresis */
	};
	static const char *const cp1252[] = {
		"IPP;Nom;Sexe\n1;BO\x8eIDAR;M\n",		/* Z caron, capitals */
		"IPP;Nom;Sexe\n1;\x8e" "arko;M\n",		/* a word's first */
		"IPP;Nom;Sexe\n1;Bo\x9e" "ena;F\n",		/* z caron */
		"IPP;Nom;Sexe\n1;\x93" "bien\x94 \x95 item;F\n",	/* quotes, bullet */
		"IPP;Nom;Sexe\n1;Doliprane\x99 1 g;F\n",	/* trade mark */
		"IPP;Nom;Sexe\n1;L\x92HA\x9f-LES-ROSES;F\n",	/* Y diaeresis */
	};
	struct pfs_error err;
	struct dialect d;
	const char *what;

	(void)state;
	for (size_t i = 0; i < sizeof(mac) / sizeof(mac[0]); i++) {
		if (sniff(mac[i], strlen(mac[i]), 1, &d, &what) != -EINVAL)
			fail_msg("Mac code page #%zu read as Windows-1252", i);
		assert_non_null(strstr(what, "Mac Roman"));
	}
	for (size_t i = 0; i < sizeof(cp1252) / sizeof(cp1252[0]); i++) {
		if (sniff(cp1252[i], strlen(cp1252[i]), 1, &d, &what) != 0)
			fail_msg("Windows-1252 #%zu refused: %s", i, what);
		assert_int_equal(d.encoding, DIALECT_CP1252);
	}
	assert_int_equal(sniff("nom;ville\n", 10, 0, &d, &what), 0);
	assert_int_equal(dialect_settle_encoding(&d, "Pr\x8enom;x\n", 10,
	    &err), -EINVAL);
	assert_non_null(strstr(err.what, "Mac Roman"));
}

/* A file of another format saved under a .csv name: an HTML table (the
 * "Excel export" of web applications), XML, JSON.  Read as text, each line
 * was one field under a header that named no column, kept whole under
 * columns = keep, names and all (redteam18).  It fails; a header that
 * starts with '<' and a digit, or SQL Server's "[IPP]", is a header. */
static void
test_other_format(void **state)
{
	static const char *const other[] = {
		"<html><body><table>\n<tr><td>IPP</td><td>Nom</td></tr>\n",
		"\xef\xbb\xbf<table>\n<tr><td>1</td><td>ZORGLUB</td></tr>\n",
		"\r\n  <!DOCTYPE html>\n<html>\n",
		"<?xml version=\"1.0\"?>\n<patients/>\n",
		"<patients>\n<patient><nom>ZORGLUB</nom></patient>\n",
		"{\"ipp\": 1, \"nom\": \"ZORGLUB\"}\n",
		"[\n  {\"ipp\": 1}\n]\n",
		"[[1, \"ZORGLUB\"]]\n",
	};
	static const char *const headers[] = {
		"<5 ans;5-18 ans\n1;2\n",
		"[IPP];[Nom]\n1;Z\n",
		"< 18;>= 18\n1;2\n",
	};
	struct dialect d;
	const char *what;

	(void)state;
	for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
		if (sniff(other[i], strlen(other[i]), 1, &d, &what) != -EINVAL)
			fail_msg("#%zu read as delimited text", i);
		assert_non_null(strstr(what, "not a delimited text export"));
	}
	for (size_t i = 0; i < sizeof(headers) / sizeof(headers[0]); i++)
		if (sniff(headers[i], strlen(headers[i]), 1, &d, &what) != 0)
			fail_msg("header #%zu refused: %s", i, what);
}

/* Excel's "sep=;" first line is a preamble, not a header of two unnamed
 * fields (which under ragged = pad and columns = keep kept the first two
 * cells of every row raw); it must name the header's delimiter. */
static void
test_sep_line(void **state)
{
	static const char semi[] = "sep=;\nIPP;Nom;Sexe\n1;ZORGLUB;M\n";
	static const char crlf[] = "\xef\xbb\xbf" "SEP=|\r\nIPP|Nom\r\n1|Z\r\n";
	struct dialect d;
	const char *what;

	(void)state;
	assert_int_equal(sniff(semi, strlen(semi), 1, &d, &what), 0);
	assert_int_equal(d.delim, ';');
	assert_int_equal(d.sep_len, 6);
	assert_memory_equal(d.sep_line, "sep=;\n", 6);
	assert_int_equal(dialect_preamble_len(&d), 6);
	assert_int_equal(sniff(crlf, strlen(crlf), 1, &d, &what), 0);
	assert_int_equal(d.delim, '|');
	assert_int_equal(dialect_preamble_len(&d), 3 + 7);
	/* A one-field header says nothing: the line decides. */
	assert_int_equal(sniff("sep=,\nSexe\n", 11, 1, &d, &what), 0);
	assert_int_equal(d.delim, ',');
	/* Another delimiter than the header's, or one not supported: the
	 * file fails rather than keep each record as one field. */
	assert_int_equal(sniff("sep=,\nIPP;Nom\n1;Z\n", 18, 1, &d, &what),
	    -EINVAL);
	assert_non_null(strstr(what, "sep="));
	assert_int_equal(sniff("sep=:\nIPP:Nom\n", 14, 1, &d, &what), -EINVAL);
	/* Not a sep= line: a header named so, or no line end after one byte. */
	assert_int_equal(sniff("sep=;x\n1;2\n", 11, 1, &d, &what), 0);
	assert_int_equal(d.sep_len, 0);
	assert_int_equal(sniff("separ;x\n1;2\n", 12, 1, &d, &what), 0);
	assert_int_equal(d.sep_len, 0);
}

/* A sep= line saved again by a spreadsheet, or written by a script, as a
 * row of the sheet: padded to its width with delimiters (and spaces),
 * quoted because its cell holds the delimiter.  Read as a header, it was
 * as wide as the rows, so under columns = keep every cell, the real header
 * a record, came out raw, even under ragged = fail. */
static void
test_sep_line_padded(void **state)
{
	static const char *const lines[] = {
		"sep=;;;\n", "Sep=;;;;;\r\n", "\"sep=;\";;\n",
		"\"SEP=;\"\r\n", "sep=; \n", "sep=\t\t\t\n", "\"sep=,\",,\n",
	};
	static const char *const rows[] = {
		"IPP;Nom;Sexe\n1;ZORGLUB;M\n", "IPP;Nom;Sexe\n1;ZORGLUB;M\n",
		"IPP;Nom;Sexe\n1;ZORGLUB;M\n", "IPP;Nom;Sexe\n1;ZORGLUB;M\n",
		"IPP;Nom\n1;ZORGLUB\n", "IPP\tNom\tSexe\tNIR\n1\tZ\tM\t2\n",
		"IPP,Nom,Sexe\n1,ZORGLUB,M\n",
	};
	static const char delims[] = { ';', ';', ';', ';', ';', '\t', ',' };
	char text[256], longline[600];
	struct dialect d;
	const char *what;

	(void)state;
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		snprintf(text, sizeof(text), "%s%s", lines[i], rows[i]);
		if (sniff(text, strlen(text), 1, &d, &what) != 0)
			fail_msg("padded sep= line #%zu refused: %s", i, what);
		if (d.sep_len != strlen(lines[i]) || d.delim != delims[i])
			fail_msg("padded sep= line #%zu read as the header "
			    "(sep_len %zu)", i, d.sep_len);
		assert_memory_equal(d.sep_line, lines[i], d.sep_len);
	}
	/* Negative: a header whose first field is "sep=" with a name after
	 * it, or a padded line naming another delimiter than the rows'. */
	assert_int_equal(sniff("sep=;;x\n1;2;3\n", 14, 1, &d, &what), 0);
	assert_int_equal(d.sep_len, 0);
	snprintf(text, sizeof(text), "\"sep=,\";;\nIPP;Nom;S\n1;Z;M\n");
	assert_int_equal(sniff(text, strlen(text), 1, &d, &what), -EINVAL);
	/* A padded line longer than the preamble can hold fails the file
	 * rather than become its header. */
	memset(longline, ';', sizeof(longline));
	memcpy(longline, "sep=;", 5);
	memcpy(longline + 500, "\nIPP;Nom\n1;Z\n", 13);
	assert_int_equal(sniff(longline, 513, 1, &d, &what), -EINVAL);
	assert_non_null(strstr(what, "sep="));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_delimiter_is_the_widest_split),
		cmocka_unit_test(test_tie_goes_to_the_consistent_delimiter),
		cmocka_unit_test(test_one_field_header_takes_the_rows_split),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_header_cut_asks_for_more),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_encoding),
		cmocka_unit_test(test_settle_encoding),
		cmocka_unit_test(test_encoding_guess_fast),
		cmocka_unit_test(test_other_format),
		cmocka_unit_test(test_sep_line),
		cmocka_unit_test(test_dos_codepage),
		cmocka_unit_test(test_mac_codepage),
		cmocka_unit_test(test_sep_line_padded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
