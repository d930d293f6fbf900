/* Unit tests for the scrub detectors' front end (src/detect_dict.c
 * tokenize, src/detect.c detect_begin): its fast paths give what their
 * definitions give.  A word's dictionary flags, from the word cache (its
 * key compared sixteen bytes at a time) or not, are the dictionary's
 * answer; the phone cues are a word flag (W_PHONECUE) and never a
 * dictionary bit of the word; the text's punctuation bits (text_bytes)
 * are memchr's answers (tokenize's, since it or-s them as it reads the
 * text); words joined across gaps of one and two bytes as
 * words_joined's rule says; a text over DETECT_MAX_TEXT (the words'
 * 32-bit offsets) refused before a byte of it is read. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "icd10.h"
#include "norm.h"
#include "../../src/detect_int.h"	/* white-box: the words' fields */

static struct detect_scratch S;
static const struct detect_options ALL = { DETECT_ALL, 8,
	ICD10_SENSITIVE_DEFAULT, NULL, 0 };

static void
run(const char *text, size_t len)
{
	assert_int_equal(detect_run(&ALL, text, len, NULL, 0, &S), 0);
}

/* Every word of the text has the dictionary's flags for its fold, less
 * D_MOVED (word flags) and D_CUE (the comment's cues,
 * speed33a), and each of W_PHONECUE, W_IDLABEL, W_ACCOUNT,
 * W_PLATECUE, W_HEADFIRST, W_CLOSING, W_DOCLABEL, W_SHELTER, W_SUMETOU,
 * W_SUMAGE, W_SUMRARE exactly when the dictionary has its bit. */
static void
check_words(void)
{
	for (size_t i = 0; i < S.nwords; i++) {
		const struct detect_word *w = &S.words[i];
		uint64_t f;

		if (w->flags & W_DIGIT)
			continue;
		f = dict_flags_hashed(wf(&S, w), w->fold_len, w->fhash);
		assert_true(w->dflags == (f & ~(D_MOVED | D_CUE)));
		assert_int_equal(!!(w->flags & W_PHONECUE),
		    !!(f & D_PHONECUE));
		assert_int_equal(!!(w->flags & W_IDLABEL), !!(f & D_IDLABEL));
		assert_int_equal(!!(w->flags & W_ACCOUNT), !!(f & D_ACCOUNT));
		assert_int_equal(!!(w->flags & W_PLATECUE),
		    !!(f & D_PLATECUE));
		assert_int_equal(!!(w->flags & W_HEADFIRST),
		    !!(f & D_HEADFIRST));
		assert_int_equal(!!(w->flags & W_CLOSING), !!(f & D_CLOSING));
		assert_int_equal(!!(w->flags & W_DOCLABEL),
		    !!(f & D_DOCLABEL));
		assert_int_equal(!!(w->flags & W_SHELTER), !!(f & D_SHELTER));
		assert_int_equal(!!(w->flags & W_SUMETOU), !!(f & D_SUMETOU));
		assert_int_equal(!!(w->flags & W_SUMAGE), !!(f & D_SUMAGE));
		assert_int_equal(!!(w->flags & W_SUMRARE), !!(f & D_SUMRARE));
		/* speed29b: the typo test's word bit is the dictionary's
		 * FUZZY_NOT, exactly (scan_row_names' walk reads it alone) */
		assert_int_equal(!!(w->flags & W_NOFUZZY), !!(f & FUZZY_NOT));
		/* and every moved bit of the list, those after these too
		 * (D_ARABPART, D_DEVICE, D_INITCUE were not asked here:
		 * review24) */
#define CHECK_MOVED(d, wf)						\
		assert_int_equal(!!(w->flags & (wf)), !!(f & (d)));
		DICT_MOVED_FLAGS(CHECK_MOVED)
#undef CHECK_MOVED
	}
}

/* name_summary_make's words carry their flag, whatever their case and
 * accents ("Où", "NÉE"), and a word beside them none (speed24b). */
static void
test_summary_flags(void **state)
{
	static const char text[] = "et OU O\xc3\xb9 ans an mois n\xc3\xa9 "
	    "N\xc3\xa9" "E mille cents avec etre ours ane";
	static const uint32_t want[] = {
		W_SUMETOU, W_SUMETOU, W_SUMETOU, W_SUMAGE, W_SUMAGE, W_SUMAGE,
		W_SUMRARE, W_SUMRARE, W_SUMRARE, W_SUMRARE, W_SUMRARE, 0, 0, 0,
	};
	const uint32_t all = W_SUMETOU | W_SUMAGE | W_SUMRARE;

	(void)state;
	run(text, strlen(text));
	assert_int_equal(S.nwords, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < S.nwords; i++)
		assert_int_equal(S.words[i].flags & all, want[i]);
}

/* W_NOFUZZY (speed29b): a word of the tables or a name of the lists, in
 * any case (the cache's word and the word read), carries it; a name no
 * list holds, a typo of one and an ordinary word of no table do not, so
 * scan_row_names still reads them as typos of the row's names. */
static void
test_nofuzzy_flag(void **state)
{
	static const char text[] = "Docteur MARTIN mars rue Kerouredn "
	    "docteur martin MARS Rue KEROUREDAN kunntz";
	static const int want[] = { 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0 };

	(void)state;
	for (int pass = 0; pass < 2; pass++) {	/* into the cache, out */
		run(text, strlen(text));
		assert_int_equal(S.nwords, sizeof(want) / sizeof(want[0]));
		for (size_t i = 0; i < S.nwords; i++)
			assert_int_equal(!!(S.words[i].flags & W_NOFUZZY),
			    want[i]);
		check_words();
	}
}

/* The words of the moved bits the later branches added (names25's
 * Arabic particles, the devices, names27's heading of initials) carry
 * their W_ flag and no D_ bit, whatever their case (review24). */
static void
test_later_moved_flags(void **state)
{
	static const char text[] = "BEN Ibn abou PACEMAKER Valve Initiales";
	static const uint32_t want[] = { W_ARABPART, W_ARABPART, W_ARABPART,
	    W_DEVICE, W_DEVICE, W_INITCUE };
	const uint32_t all = W_ARABPART | W_DEVICE | W_INITCUE;

	(void)state;
	run(text, strlen(text));
	assert_int_equal(S.nwords, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < S.nwords; i++)
		assert_int_equal(S.words[i].flags & all, want[i]);
	check_words();
}

/* Words of 1 to 24 letters, and words that differ from each other in
 * their last byte only (the cache's compare at its sixteenth byte, the
 * last of its key, and past it: not cached), each read twice: once into
 * the word cache, once out of it. */
static void
test_cached_flags(void **state)
{
	static const char *const texts[] = {
		"Le patient Martin, docteur Dupont, vu le 3 mars par Mme Leroy.",
		/* words of each bit tokenize moves to the word's flags */
		"Skype : pseudo ; plaque du v\xc3\xa9hicule ; IPP dossier ; "
		    "Nom | Pr\xc3\xa9nom | T\xc3\xa9l portable ; "
		    "Cordialement, Amiti\xc3\xa9s ; passeport, tessera ; squat, "
		    "campement",
		/* name_summary_make's words (W_SUMETOU, W_SUMAGE, W_SUMRARE) */
		/* D_ARABPART, D_DEVICE, D_INITCUE's words (review24) */
		"Karim BEN Salah, Ibn Rochd, abou ; pacemaker, Valve, "
		    "stimulateur ; N\xc2\xb0 pt / Initiales / initiale",
		"Paul et Rose ou O\xc3\xb9 ; 72 ans, 1 an, 3 mois ; n\xc3\xa9 "
		    "N\xc3\xa9" "e ; vingt-neuf mille, deux cents, avec AVEC",
		"a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi",
		"abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq "
		    "abcdefghijklmnopqr abcdefghijklmnopqrs abcdefghijklmnopqrstuvwx",
		"abcdefghijklmnoq abcdefghijklmnopr abcdefghijklmnopqs "
		    "abcdefghijklmnopqrt",
		"anticoagulation anticoagulations hospitalisation "
		    "hospitalisations",
		"Martine Martinez Martins martin MARTIN Dupond dupont",
		"h\xc3\xa9matome Zo\xc3\xa9 pr\xc3\xa9venue Cr\xc3\xa9" "atinine",
	};

	(void)state;
	for (int pass = 0; pass < 2; pass++)
		for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
			run(texts[k], strlen(texts[k]));
			assert_true(S.nwords > 0);
			check_words();
		}
}

/* The words that announce a phone, as written in notes; and words that
 * look like them and do not. */
static void
test_phone_cues(void **state)
{
	static const char *const cues[] = { "T\xc3\xa9l", "t\xc3\xa9l\xc3\xa9phone",
	    "PORTABLE", "joignable", "WhatsApp", "rappeler", "num\xc3\xa9ro" };
	static const char *const others[] = { "t\xc3\xa9l\xc3\xa9phonique",
	    "porte", "rappel", "joint", "num\xc3\xa9ros", "telex", "mobiles" };

	(void)state;
	for (size_t k = 0; k < sizeof(cues) / sizeof(cues[0]); k++) {
		run(cues[k], strlen(cues[k]));
		assert_int_equal(S.nwords, 1);
		assert_true(S.words[0].flags & W_PHONECUE);
		assert_true(S.word_flags & W_PHONECUE);
		assert_false(S.words[0].dflags & D_PHONECUE);
		check_words();
	}
	for (size_t k = 0; k < sizeof(others) / sizeof(others[0]); k++) {
		run(others[k], strlen(others[k]));
		assert_int_equal(S.nwords, 1);
		assert_false(S.words[0].flags & W_PHONECUE);
		assert_false(S.word_flags & W_PHONECUE);
		check_words();
	}
}

static uint32_t
text_bytes_reference(const char *t, size_t len)
{
	static const struct { int c; uint32_t bit; } b[] = {
		{ '@', TB_AT }, { '(', TB_PAREN }, { '[', TB_BRACKET },
		{ '{', TB_BRACKET }, { '"', TB_DQUOTE }, { 0xab, TB_XAB },
		{ 0x9c, TB_X9C }, { ':', TB_COLON }, { '%', TB_CODE },
		{ '&', TB_CODE },
		/* review20: a list's bullet, a CSV line's ';' */
		{ '-', TB_BULLET }, { '*', TB_BULLET }, { 0xa2, TB_BULLET },
		{ 0x93, TB_BULLET }, { ';', TB_SEMI },
		/* speed21: a name spelled with '_' */
		{ '_', TB_USCORE },
		/* dev18: a surname's apostrophe, a record's '=' */
		{ '\'', TB_APOS }, { 0x99, TB_APOS }, { '=', TB_EQUALS },
		/* speed26: the gates that read the text with memchr */
		{ ',', TB_COMMA }, { '/', TB_SLASH }, { '\n', TB_NEWLINE },
		/* speed27b: scan_glottal_names' U+2019 (and every 0xe2) */
		{ 0xe2, TB_XE2 }, { '-', TB_HYPHEN }, { '\r', TB_CR },
	};
	uint32_t m = 0;

	for (size_t k = 0; k < sizeof(b) / sizeof(b[0]); k++)
		if (memchr(t, b[k].c, len) != NULL)
			m |= b[k].bit;
	/* names40: the lead byte of a letter of another script */
	for (size_t k = 0; k < len; k++) {
		unsigned char c = (unsigned char)t[k];

		if ((c >= 0xce && c <= 0xe0) || (c >= 0xe3 && c <= 0xed))
			m |= TB_SCRIPT;
	}
	return m;
}

/* The bits are tokenize's (skipped bytes, and the bytes of the letters
 * it reads beyond ASCII): 20,000 random texts of pieces where 0xab and
 * 0x9c stand in every place a byte can (a letter of two bytes: "ī" c4 ab,
 * "Ŝ" c5 9c, Cyrillic "Ы" d0 ab, "М" d0 9c; a quote it skips: "«", "“";
 * a byte alone, not UTF-8), and 0xe2 wherever it can be (the first byte
 * of a quote it skips, of a letter it reads: Tifinagh "ⴰ" e2 b4 b0),
 * beside ASCII letters and the gates' bytes; the reference reads the
 * text the detectors read (normalized). */
static void
test_text_bytes_beyond_ascii(void)
{
	static const char *const pieces[] = {
		"a", "Bo", "z", "7", " ", ", ", ".", "-", "'", "@", "(", "[",
		"{", "\"", ":", "%", "&", "\xc3\xa9", "\xc3\x89",
		"\xc4\xab", "\xc5\x9c", "\xd0\xab", "\xd0\x9c",
		"\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x99",
		"\xab", "\x9c", "\xc3", "\xe2\x80\xa2", "\xe2\x80\x93", ";", "*", "_",
		"=", "/", "\n",
		/* 0xe2 first in a letter read_word reads (Tifinagh "ⴰ",
		 * Glagolitic "ⰰ", Coptic "ⲁ", and "ℓ", which the detectors'
		 * normalization may fold), alone */
		"\xe2\xb4\xb0", "\xe2\xb0\xb0", "\xe2\xb2\x81",
		"\xe2\x84\x93", "\xe2", "\r",
	};
	const size_t np = sizeof(pieces) / sizeof(pieces[0]);
	char t[160];

	srand(13);
	for (int round = 0; round < 20000; round++) {
		size_t len = 0, n = (size_t)rand() % 24;
		const char *u;

		for (size_t k = 0; k < n; k++) {
			const char *q = pieces[(size_t)rand() % np];

			memcpy(t + len, q, strlen(q));
			len += strlen(q);
		}
		run(t, len);
		u = S.tn.changed ? S.tn.text.data : t;
		assert_int_equal(S.text_bytes, text_bytes_reference(u,
		    S.tn.changed ? S.tn.text.len : len));
	}
}

/* 20,000 random texts of 0 to 80 bytes (ASCII letters and the bytes of
 * the bits, one of them at each place: the first, the last, a block's
 * edge), each without the detectors' normalization (all ASCII): the bits
 * equal memchr's. */
static void
test_text_bytes(void **state)
{
	static const char alphabet[] = "abc XYZ 019,.@([\":-;*_/\n";
	char t[96];

	(void)state;
	srand(12);
	for (int round = 0; round < 20000; round++) {
		size_t len = (size_t)rand() % 81;

		for (size_t i = 0; i < len; i++)
			t[i] = (rand() % 4) ? 'a' + rand() % 26 :
			    alphabet[rand() % (sizeof(alphabet) - 1)];
		run(t, len);
		assert_int_equal(S.text_bytes, text_bytes_reference(t, len));
	}
	/* the bytes beyond ASCII: "«" (c2 ab) and "“" (e2 80 9c) */
	test_text_bytes_beyond_ascii();
	run("dit \xc2\xab Mimi \xc2\xbb", 15);
	assert_true(S.text_bytes & TB_XAB);
	run("dit \xe2\x80\x9cMimi\xe2\x80\x9d et encore un peu de texte", 40);
	assert_true(S.text_bytes & TB_X9C);
	assert_false(S.text_bytes & (TB_XAB | TB_AT | TB_DQUOTE));
}

/* A word has as many characters as bytes (nchars) exactly when its
 * bytes are all ASCII: detect_term.c plain_word takes such a word as it
 * is without reading it.  Words of ASCII letters and digits, accented
 * Latin letters of two bytes (fast and slow folds), Greek, Cyrillic, CJK
 * and letters of four bytes, alone and glued to ASCII letters. */
static void
test_ascii_words_by_count(void **state)
{
	static const char *const texts[] = {
		"Le patient Martin vu le 3 mars 2021 par Mme Leroy, IPP 12345678.",
		"h\xc3\xa9matome de Zo\xc3\xa9 \xc3\xa0 Stra\xc3\x9f" "e, "
		    "\xc5\x93" "d\xc3\xa8me \xc5\x80l \xc4\xb3s",
		"\xce\xb2-HCG \xce\xb2hCG \xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd "
		    "\xe6\x9d\x8e\xe5\xb0\x8f\xe9\xbe\x99 a\xf0\x9d\x90\x80z",
		"ZO\xc3\x89 M\xc3\x9cLLER fran\xc3\xa7ois \xc3\x89milie "
		    "x\xc3\xa9y 42kg 1\xc2\xb0",
	};

	(void)state;
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		const char *t;

		run(texts[k], strlen(texts[k]));
		t = S.tn.changed ? S.tn.text.data : texts[k];
		assert_true(S.nwords > 3);
		for (size_t i = 0; i < S.nwords; i++) {
			const struct detect_word *w = &S.words[i];
			int ascii = 1;

			for (size_t b = w->start; b < w->end; b++)
				ascii &= (unsigned char)t[b] < 0x80;
			assert_int_equal(w->nchars == w->end - w->start, ascii);
		}
	}
}

/* words_joined's rule (src/detect_dict.c), written out: words a and b
 * with the bytes g between them, a an initial or a title or not. */
static int
joined_reference(const unsigned char *g, size_t n, int initial_or_title)
{
	size_t k = 0;

	if (n == 1 && (g[0] == '-' || g[0] == '\''))
		return 1;
	if (n == 3 && g[0] == 0xe2 && g[1] == 0x80 && g[2] == 0x99)
		return 1;
	if (k < n && g[k] == '.') {
		if (!initial_or_title)
			return 0;
		k++;
		if (k < n && g[k] == '-')
			k++;
	}
	if (n - k > 2)
		return 0;
	for (; k < n; k++) {
		if (g[k] == ' ')
			continue;
		if (g[k] == 0xc2 && k + 1 < n && g[k + 1] == 0xa0) {
			k++;
			continue;
		}
		return 0;
	}
	return 1;
}

/* Every gap of one and two bytes of punctuation and spaces, and of the
 * two-byte characters that are no letters, after an initial, a title and
 * another word: tokenize's tables (gap_one, gap_two) give the rule's
 * answer. */
static void
test_joined_gaps(void **state)
{
	static const char *const firsts[] = { "J", "Dr", "Mme", "Jean" };
	static const char ascii[] = " -'.,;:()/";
	static const char *const wide[] = { "\xc2\xa0", "\xc2\xab",
	    "\xc2\xbb", "\xc2\xb0" };
	unsigned char gaps[160][3];
	size_t ngaps = 0, glen[160];
	char t[64];

	(void)state;
	for (size_t x = 0; ascii[x] != '\0'; x++) {
		gaps[ngaps][0] = (unsigned char)ascii[x];
		glen[ngaps++] = 1;
		for (size_t y = 0; ascii[y] != '\0'; y++) {
			gaps[ngaps][0] = (unsigned char)ascii[x];
			gaps[ngaps][1] = (unsigned char)ascii[y];
			glen[ngaps++] = 2;
		}
	}
	for (size_t x = 0; x < sizeof(wide) / sizeof(wide[0]); x++) {
		memcpy(gaps[ngaps], wide[x], 2);
		glen[ngaps++] = 2;
	}
	for (size_t f = 0; f < sizeof(firsts) / sizeof(firsts[0]); f++)
		for (size_t g = 0; g < ngaps; g++) {
			size_t n = strlen(firsts[f]);
			const unsigned char *u;
			int it;

			memcpy(t, firsts[f], n);
			memcpy(t + n, gaps[g], glen[g]);
			memcpy(t + n + glen[g], "Martin", 6);
			run(t, n + glen[g] + 6);
			assert_int_equal(S.nwords, 2);
			/* the gap as tokenize read it: normalized (a no-break
			 * space is a space there) */
			u = (const unsigned char *)(S.tn.changed ?
			    S.tn.text.data : t) + S.words[0].end;
			it = S.words[0].nchars == 1 || (S.words[0].dflags &
			    D_TITLE);
			assert_int_equal(S.words[0].joined, joined_reference(u,
			    S.words[1].start - S.words[0].end, it));
		}
}

/* A word of letters beyond ASCII and ASCII ones, read by read_word (the
 * ASCII letters after the first accent in a loop of their own): its
 * letters counted, W_CAP and W_UPPER as their case says, its fold
 * norm_value's.  20,000 random words of one to nine letters, each of
 * them lower or upper case, ASCII or two bytes ("é" "É", "ī" c4 ab, "Ŝ"
 * c5 9c), the first of them beyond ASCII half the time. */
static void
test_latin_words(void **state)
{
	static const struct { const char *s; int upper; } letters[] = {
		{ "a", 0 }, { "z", 0 }, { "B", 1 }, { "Q", 1 },
		{ "\xc3\xa9", 0 }, { "\xc3\x89", 1 }, { "\xc4\xab", 0 },
		{ "\xc5\x9c", 1 },
	};
	struct buf ref = BUF_INIT;
	char t[40];

	(void)state;
	srand(14);
	for (int round = 0; round < 20000; round++) {
		size_t len = 0, n = 1 + (size_t)rand() % 9;
		int lower = 0, first_upper = 0;

		for (size_t k = 0; k < n; k++) {
			size_t q = (size_t)rand() % 8;

			if (k == 0 && (rand() & 1))
				q = 4 + q % 4;	/* a first letter beyond ASCII */
			memcpy(t + len, letters[q].s, strlen(letters[q].s));
			len += strlen(letters[q].s);
			lower |= !letters[q].upper;
			if (k == 0)
				first_upper = letters[q].upper;
		}
		run(t, len);
		assert_int_equal(S.nwords, 1);
		assert_int_equal(S.words[0].nchars, n);
		assert_int_equal(!!(S.words[0].flags & W_CAP), first_upper);
		assert_int_equal(!!(S.words[0].flags & W_UPPER),
		    n >= 2 && !lower);
		assert_int_equal(norm_value(NORM_TEXT, t, len, &ref), 0);
		assert_int_equal(S.words[0].fold_len, ref.len);
		assert_memory_equal(wf(&S, &S.words[0]), ref.data, ref.len);
	}
	buf_free(&ref);
}

/* The late word classes (detect_int.h WC_LATE on, word_class) hold
 * exactly the words their definitions name, in order, however the words
 * come: each rule that visits one tests there only what its class does
 * not say, so a word left out would be a name missed.  3,000 random
 * comments of initials, titles in capitals, cue words, verbs after a
 * subject and names, with the gaps that join words and those that do
 * not; the lists as rules found them after detect_run, and made again. */
static void
check_late_classes(void)
{
	/* (WC_OWN and WC_OWN2 after them are no classes: a rule's own
	 * lists, from the spans) */
	for (int c = WC_LATE; c < WC_OWN; c++) {
		size_t n, m = 0;
		const uint32_t *l = word_class(&S, c, &n);

		for (size_t i = 0; i < S.nwords; i++) {
			const struct detect_word *w = &S.words[i], *p = i ? w - 1 : NULL;
			int in;

			switch (c) {
			case WC_NAMECUE:
				in = i + 1 < S.nwords && (w->dflags & D_NAMECUE);
				break;
			case WC_INITIAL:
				in = (w->flags & W_DOT) && (w->nchars == 1 ||
				    w->fold_len == 1);
				break;
			case WC_SUBJVERB:
				in = i > 0 && (w->dflags & D_SUBJVERB);
				break;
			default:	/* WC_CAPTITLED */
				in = p != NULL && (w->flags & W_UPPER) && p->joined &&
				    (p->dflags & (D_TITLE | D_SPLITT));
				break;
			}
			if (!in)
				continue;
			assert_true(m < n);
			assert_int_equal(l[m], i);
			m++;
		}
		assert_int_equal(m, n);
	}
}

static void
test_late_word_classes(void **state)
{
	static const char *const pieces[] = {
		"J.", "m.", "M.", "p.", "Mme", "MME", "DR", "Dr", "MARTEAU",
		"DOUMBIA", "non", "nom", "Nom", "ses", "sa", "son", "fille",
		"signale", "Dupont", "Garazi", "et", "12", "a.", "patient",
		"ép.", "Ma", "dame", "I.V.G.",
	};
	static const char *const gaps[] = { " ", ", ", ". ", " : ", "-" };
	char t[400];

	(void)state;
	srand(15);
	for (int round = 0; round < 3000; round++) {
		size_t len = 0, n = 1 + (size_t)rand() % 24;

		for (size_t k = 0; k < n; k++) {
			const char *w = pieces[(size_t)rand() %
			    (sizeof(pieces) / sizeof(pieces[0]))];
			const char *g = gaps[(size_t)rand() % 8 % 5];

			if (k > 0) {
				memcpy(t + len, g, strlen(g));
				len += strlen(g);
			}
			memcpy(t + len, w, strlen(w));
			len += strlen(w);
		}
		run(t, len);
		check_late_classes();
		for (int c = WC_LATE; c < WC_OWN; c++)
			S.nwclass[c] = UINT32_MAX;	/* made again */
		check_late_classes();
	}
}

/* A text of DETECT_MAX_TEXT + 1 bytes is refused (-EFBIG) before any of
 * its bytes is read (they are mapped PROT_NONE: a read would kill the
 * test), by detect_run and by tokenize on its own (the normalized text),
 * and nothing is found: its words' offsets would not fit their 32 bits.
 * A short text after it is read as ever. */
static void
test_text_over_limit(void **state)
{
	size_t n = DETECT_MAX_TEXT + 1;
	char *t = mmap(NULL, n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS |
	    MAP_NORESERVE, -1, 0);

	(void)state;
	assert_true(t != MAP_FAILED);
	assert_int_equal(detect_run(&ALL, t, n, NULL, 0, &S), -EFBIG);
	assert_int_equal(S.nspans, 0);
	assert_int_equal(tokenize(t, n, &S), -EFBIG);
	assert_int_equal(S.nwords, 0);
	assert_int_equal(munmap(t, n), 0);
	run("Vu par Mme Martin", 17);
	assert_int_equal(S.nwords, 4);
	assert_int_equal(S.words[3].start, 11);
	assert_int_equal(S.words[3].end, 17);
	assert_int_equal(S.nspans, 1);
	assert_int_equal(S.spans[0].start, 11);
}

/* read_ascii_word loads sixteen bytes at a word: the text's last sixteen
 * come from a copy (tokenize's tail), never from past the text.  Texts
 * that end right before a page mapped PROT_NONE (a read past them would
 * kill the test), words of 1 to 33 letters last, through detect_run and
 * detect_run_many (the scrub's batch): the words read whole, the rules
 * run to the end (review22). */
static void
test_text_at_a_guard_page(void **state)
{
	static const char *const texts[] = {
		"a", "Martin", "Vu par Mme Martin", "abcdefghijklmno",
		"abcdefghijklmnop", "abcdefghijklmnopq",
		"Vu le 3 mars, passeport X4417821L, NOM=LEROY",
		"tel 06 12 34 56 78 Dupont abcdefghijklmnopqrstuvwxyzabcdefg",
		"M. Prud'homme", "12", "",
	};
	long pg = sysconf(_SC_PAGESIZE);
	char *m;

	(void)state;
	assert_true(pg > 0);
	/* pages: text, guard, text, guard */
	m = mmap(NULL, 4 * (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0);
	assert_true(m != MAP_FAILED);
	assert_int_equal(mprotect(m + pg, (size_t)pg, PROT_NONE), 0);
	assert_int_equal(mprotect(m + 3 * pg, (size_t)pg, PROT_NONE), 0);
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		size_t n = strlen(texts[k]);
		char *a = m + pg - n, *b = m + 3 * pg - n;
		const char *tt[2] = { a, b };
		size_t lens[2] = { n, n };
		const struct detect_value *rows[2] = { NULL, NULL };
		const size_t nrows[2] = { 0, 0 };
		struct detect_scratch ss[2];

		memcpy(a, texts[k], n);
		memcpy(b, texts[k], n);
		run(a, n);
		if (n > 0) {
			const struct detect_word *w = &S.words[S.nwords - 1];

			assert_int_equal(w->end, n);
			for (size_t i = w->start; i < w->end; i++)
				assert_int_equal(wf(&S, w)[i - w->start],
				    a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
		}
		memset(ss, 0, sizeof(ss));
		assert_int_equal(detect_run_many(&ALL, 2, tt, lens, rows, nrows,
		    ss), 0);
		assert_int_equal(ss[0].nwords, S.nwords);
		assert_int_equal(ss[1].nspans, S.nspans);
		detect_scratch_free(&ss[0]);
		detect_scratch_free(&ss[1]);
	}
	assert_int_equal(munmap(m, 4 * (size_t)pg), 0);
}

/* word_at of the text of n bytes run() read last, at every byte and 40
 * past its end: the count of the words that start before the byte; the
 * index itself is exact at every block (a lower bound would do for the
 * answers; a low one makes long scans). */
static void
word_at_check(size_t n)
{
	for (size_t at = 0, i = 0; at < n + 40; at++) {
		while (i < S.nwords && S.words[i].start < at)
			i++;
		assert_int_equal(word_at(&S, at), i);
		if (at % 16 == 0 && at / 16 < S.nwblk)
			assert_int_equal(S.wblk[at / 16], i);
	}
	assert_int_equal(S.nwblk, n / 16 + 1);
}

/* word_at (the first word that starts at or after a byte) from
 * tokenize's index of the text's sixteen-byte blocks: the count of the
 * words that start before the byte, at every byte of the text and past
 * its end.  3,000 random texts, long ones and short ones in turn on one
 * scratch (what a longer text left in the index must not be read):
 * words of 1 to 40 letters, gaps of 1 to 50 bytes (spaces and
 * punctuation), blocks with many words and blocks with none.  The index itself is exact at every block. */
static void
test_word_at_index(void **state)
{
	static const char gapc[] = "    ,.;:-()/'";
	char t[4096];
	unsigned seed = 28;

	(void)state;
	for (int k = 0; k < 3000; k++) {
		size_t n = 0, cap = k % 2 ? 40 + (size_t)(k % 7) * 9 : 3000;
		unsigned long_gaps = (unsigned)k % 3;

		while (n + 100 < cap) {
			size_t wl, gl;

			seed = seed * 1103515245u + 12345u;
			wl = 1 + (seed >> 16) % (k % 5 == 0 ? 40 : 8);
			for (size_t x = 0; x < wl; x++)
				t[n++] = (char)('a' + (seed >> (x % 16)) % 26);
			seed = seed * 1103515245u + 12345u;
			gl = 1 + (seed >> 16) % (long_gaps ? 50 : 3);
			for (size_t x = 0; x < gl; x++)
				t[n++] = gapc[(seed >> (x % 16)) %
				    (sizeof(gapc) - 1)];
		}
		run(t, n);
		word_at_check(n);
	}
}

/* The same of the texts under 128 bytes, whose index tokenize fills in
 * two registers (speed36b): every length 0 to 127, words of 1 to 12
 * letters, gaps of 1 to 40 bytes (blocks where no word starts, first,
 * between words and last), a long text between them on the same scratch
 * (the entries it left must not be read).  It fails with the registers'
 * last step (the first four entries' maximum into the last four) taken
 * out. */
static void
test_word_at_short(void **state)
{
	static const char gapc[] = "    ,.;:-()/'";
	char t[4096];
	unsigned seed = 36;

	(void)state;
	for (int k = 0; k < 6000; k++) {
		size_t n = 0, len = (size_t)k % 128;

		if (k % 97 == 0) {
			/* a long text first: its index is larger */
			memset(t, 'a', 3000);
			for (size_t x = 5; x < 3000; x += 7)
				t[x] = ' ';
			run(t, 3000);
		}
		while (n < len) {
			size_t wl, gl;

			seed = seed * 1103515245u + 12345u;
			gl = (seed >> 16) % ((k / 128) % 2 ? 40 : 3);
			for (size_t x = 0; x < gl && n < len; x++)
				t[n++] = gapc[(seed >> (x % 16)) %
				    (sizeof(gapc) - 1)];
			seed = seed * 1103515245u + 12345u;
			wl = 1 + (seed >> 16) % 12;
			for (size_t x = 0; x < wl && n < len; x++)
				t[n++] = (char)('a' + (seed >> (x % 16)) % 26);
		}
		run(t, n);
		word_at_check(n);
	}
}

/* The words beyond ASCII read again from the word cache's Latin slots
 * (src/detect_dict.c latin_word) are read_word's: every field of every
 * word, and the text's bytes, as a scratch whose cache is empty before
 * each text gives them.  4,000 random texts of pieces glued or apart:
 * words of accents in both cases ("é" "É", "ī" c4 ab, "Ŝ" c5 9c, "ﬁ"
 * whose fold is longer), two-byte characters that are no letters inside
 * a run ("n°", "°", "«", a no-break space), longer ones ("l’", "’", a
 * Greek letter that looks Latin, a letter cut at the text's end), digits,
 * and the bytes after a word that its flags read (". ", ".M", end of
 * text); the same runs come back in other places. */
static void
check_same_words(const struct detect_scratch *a, const struct detect_scratch *b)
{
	assert_int_equal(a->nwords, b->nwords);
	assert_int_equal(a->text_bytes, b->text_bytes);
	assert_int_equal(a->word_flags, b->word_flags);
	for (size_t i = 0; i < a->nwords; i++) {
		const struct detect_word *x = &a->words[i], *y = &b->words[i];

		assert_int_equal(x->start, y->start);
		assert_int_equal(x->end, y->end);
		assert_int_equal(x->flags, y->flags);
		assert_int_equal(x->nchars, y->nchars);
		assert_int_equal(x->fold_len, y->fold_len);
		assert_memory_equal(wf(a, x), wf(b, y), x->fold_len);
		assert_true(x->fhash == y->fhash);
		assert_true(x->dflags == y->dflags);
		assert_int_equal(x->joined, y->joined);
		assert_int_equal(a->wcls[i], b->wcls[i]);
	}
}

static void
test_latin_cache(void **state)
{
	static const char *const pieces[] = {
		"\xc3\xa9", "\xc3\x89", "\xc4\xab", "\xc5\x9c", "e", "E", "r",
		"M", "\xef\xac\x81", "n\xc2\xb0", "\xc2\xb0", "\xc2\xab",
		"\xc2\xa0", "l\xe2\x80\x99", "\xe2\x80\x99", "\xce\xbf",
		"\xd0\x98", "12", ".", ". ", ".M", " ", " ", " ", "-", "'",
		"pr\xc3\xa9venue", "H\xc3\xa9l\xc3\xa8ne", "\xc3\xa0",
		"Z\xc3\x89.", "\xc3\x89.M", "\xc2\xb5mol",
	};
	static struct detect_scratch fresh;
	char t[160];
	unsigned seed = 29;

	(void)state;
	for (int k = 0; k < 4000; k++) {
		size_t n = 0, want = 1 + (size_t)k % 60;

		while (n < want) {
			const char *q;

			seed = seed * 1103515245u + 12345u;
			q = pieces[(seed >> 16) % (sizeof(pieces) /
			    sizeof(pieces[0]))];
			memcpy(t + n, q, strlen(q));
			n += strlen(q);
		}
		/* now and then a letter cut at the end ("\xc3") */
		if (k % 7 == 0)
			t[n++] = (char)0xc3;
		assert_int_equal(tokenize(t, n, &S), 0);
		wcache_free(&fresh);
		assert_int_equal(tokenize(t, n, &fresh), 0);
		check_same_words(&S, &fresh);
	}
	detect_scratch_free(&fresh);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cached_flags),
		cmocka_unit_test(test_summary_flags),
		cmocka_unit_test(test_later_moved_flags),
		cmocka_unit_test(test_nofuzzy_flag),
		cmocka_unit_test(test_phone_cues),
		cmocka_unit_test(test_text_bytes),
		cmocka_unit_test(test_joined_gaps),
		cmocka_unit_test(test_latin_words),
		cmocka_unit_test(test_ascii_words_by_count),
		cmocka_unit_test(test_late_word_classes),
		cmocka_unit_test(test_text_over_limit),
		cmocka_unit_test(test_text_at_a_guard_page),
		cmocka_unit_test(test_word_at_index),
		cmocka_unit_test(test_word_at_short),
		cmocka_unit_test(test_latin_cache),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
