/* The words of a comment and what they are: the tokenizer, the
 * dictionary of folded words (the name lists of conf/detect/ and the small
 * tables of each detector family, as D_* flags), the wfrench lexicon of
 * ordinary words, and a cache of recent words.  Built once, read-only
 * afterwards.  docs/scrub.md. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "detect.h"
#include "detect_int.h"
#include "name_shape.h"
#include "detect_lists.h"
#include "norm.h"
#include "sensitive.h"
#include "sensitive_lists.h"
#include "translit.h"
#include "util.h"

/*
 * The dictionary in use: an open addressing table of struct dict_entry
 * (detect_int.h) over a pool of the words' bytes.  Either the image made
 * at build time (gen/gen_dict.c writes what dict_build makes, linked into
 * the programs: nothing to build at start-up, where building cost some
 * 20 ms a process, a cache miss per word into tables of megabytes), or,
 * in a program linked without it (the unit tests, the generator itself),
 * what dict_build makes at the first detect_run.  The same table either
 * way (test_dict_image compares them).
 */
static const struct dict_entry *dict;
static const char *dict_pool;
static size_t dict_cap;		/* power of two */
static int dict_ok;
static pthread_once_t dict_once = PTHREAD_ONCE_INIT;

/* What dict_build fills; read through the pointers above once built. */
static struct dict_entry *dict_new;
static struct buf dict_words = BUF_INIT;

/* What tokenize asks of each character below U+0280: ASCII letters, and
 * uc_is_alpha and uc_is_upper of U+0080-U+027F (accented letters) from
 * libunistring itself, filled by dict_init.  U+0280: every two-byte
 * sequence read_word looks up (lead bytes 0xc2-0xc9). */
#define LATIN_CLASS_END	0x280
enum { LC_ALPHA = 1, LC_UPPER = 2 };
static uint8_t latin_class[LATIN_CLASS_END];
/* An ASCII letter's lower case, 0 for any other byte. */
static uint8_t ascii_lower[256];
/* A byte a word may start at: an ASCII letter or digit, or any byte of a
 * multibyte character (read_word decides); tokenize skips the rest in a
 * loop of one test a byte. */
static uint8_t word_lead[256];
/* The TB_* bit of a byte (detect_int.h: the gates' bytes), and a byte no
 * word starts at with its TB_* bits above (skip_tb: tokenize's loop over
 * spaces and punctuation or-s them as it reads: the text's bits without
 * a pass of their own). */
static const uint32_t text_byte[256] = {
	['@'] = TB_AT, ['('] = TB_PAREN, ['['] = TB_BRACKET,
	['{'] = TB_BRACKET, ['"'] = TB_DQUOTE, [0xab] = TB_XAB,
	[0x9c] = TB_X9C, [0xb9] = TB_XAB, [':'] = TB_COLON, ['%'] = TB_CODE, ['&'] = TB_CODE,
	['|'] = TB_CELL, ['\t'] = TB_CELL, ['?'] = TB_QMARK,
	['>'] = TB_CHATMARK, ['~'] = TB_CHATMARK,
	['-'] = TB_BULLET | TB_HYPHEN, ['*'] = TB_BULLET, [0xa2] = TB_BULLET, [0x93] = TB_BULLET,
	[';'] = TB_SEMI, ['_'] = TB_USCORE, ['\''] = TB_APOS, [0x99] = TB_APOS,
	['`'] = TB_APOS, ['\\'] = TB_BSLASH,
	['='] = TB_EQUALS, [','] = TB_COMMA, ['/'] = TB_SLASH,
	['\n'] = TB_NEWLINE, [0xe2] = TB_XE2, ['\r'] = TB_CR,
	[0xce ... 0xe0] = TB_SCRIPT, [0xe3 ... 0xed] = TB_SCRIPT,
};
/* skip_tb holds a byte's TB_* bits above its eight of word_lead */
_Static_assert(TB_NEWLINE < 1 << 24 && TB_XE2 < 1 << 24 &&
    TB_HYPHEN < 1 << 24 && TB_CR < 1 << 24 && TB_SCRIPT < 1 << 24,
    "text_byte's bits in skip_tb");
/* 32 bits: the TB_* bits are more than eight (below bit 24) */
static uint32_t skip_tb[256];
/* The fold of a letter of two bytes (U+0080-U+027F) as norm_value gives
 * it anywhere in a word, when it is one or two bytes (norm_latin_fold):
 * read_word folds a word of such letters and ASCII ones itself rather
 * than call norm_value (some 700 instructions and a dozen branches a
 * word: "hématome", "Zoé").  latin_fold_len 0xff: norm_value. */
static uint8_t latin_fold_len[LATIN_CLASS_END];
static char latin_fold_text[LATIN_CLASS_END][2];
/* The same three, one load a letter in read_word: byte 0 latin_class,
 * byte 1 latin_fold_len, bytes 2-3 latin_fold_text (zeros past it). */
static uint32_t latin_pack[LATIN_CLASS_END];

static void
latin_class_init(void)
{
	for (unsigned c = 'A'; c <= 'Z'; c++) {
		latin_class[c] = LC_ALPHA | LC_UPPER;
		latin_class[c + 32] = LC_ALPHA;
		ascii_lower[c] = ascii_lower[c + 32] = (uint8_t)(c + 32);
		word_lead[c] = word_lead[c + 32] = 1;
	}
	for (unsigned c = '0'; c <= '9'; c++)
		word_lead[c] = 1;
	for (unsigned c = 0x80; c < 256; c++)
		word_lead[c] = 1;
	/* bit 2: a letter an OCR reads for a digit (textnorm_ocr) */
	word_lead['l'] = word_lead['I'] = word_lead['O'] = word_lead['o'] = 3;
	/* bit 4: a byte detect_num.c's lookalike_digit reads as a digit (O
	 * o l I | S B Z: s->lookalike_hint, ocr_glued); '|' leads no word,
	 * so skip_tb keeps the two bits below */
	word_lead['l'] |= 4;
	word_lead['I'] |= 4;
	word_lead['O'] |= 4;
	word_lead['o'] |= 4;
	word_lead['|'] |= 4;
	word_lead['S'] |= 4;
	word_lead['B'] |= 4;
	word_lead['Z'] |= 4;
	/* redteam47: lookalike_digit's G, b, q, A, T */
	word_lead['G'] |= 4;
	word_lead['b'] |= 4;
	word_lead['q'] |= 4;
	word_lead['A'] |= 4;
	word_lead['T'] |= 4;
	for (unsigned c = 0; c < 256; c++)
		skip_tb[c] = (uint32_t)(word_lead[c] & 3) |
		    (uint32_t)text_byte[c] << 8;
	for (ucs4_t uc = 0x80; uc < LATIN_CLASS_END; uc++) {
		int alpha = uc_is_alpha(uc);
		const char *f;
		int n = norm_latin_fold(uc, &f);

		latin_class[uc] = (uint8_t)((alpha ? LC_ALPHA : 0) |
		    (alpha && uc_is_upper(uc) ? LC_UPPER : 0));
		latin_fold_len[uc] = 0xff;
		if (n >= 0 && n <= 2) {
			latin_fold_len[uc] = (uint8_t)n;
			memcpy(latin_fold_text[uc], f, (size_t)n);
		}
		latin_pack[uc] = (uint32_t)latin_class[uc] |
		    (uint32_t)latin_fold_len[uc] << 8 |
		    (uint32_t)(uint8_t)latin_fold_text[uc][0] << 16 |
		    (uint32_t)(uint8_t)latin_fold_text[uc][1] << 24;
	}
}

/* The slot of word w (hash h) in the table tab over pool: its own, or
 * the empty one where it would go. */
static inline __attribute__((always_inline)) size_t
dict_find(const struct dict_entry *tab, const char *pool, size_t cap,
    const char *w, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (tab[i].len != 0 &&
	    (tab[i].len != n || memcmp(pool + tab[i].off, w, n) != 0))
		i = (i + 1) & (cap - 1);
	return i;
}

/* While building: the slot of w in dict_new. */
static struct dict_entry *
dict_slot_hashed(const char *w, size_t n, uint64_t h)
{
	return &dict_new[dict_find(dict_new, dict_words.data ?
	    dict_words.data : "", dict_cap, w, n, h)];
}

static struct dict_entry *
dict_slot(const char *w, size_t n)
{
	return dict_slot_hashed(w, n, hash(w, n));
}

/* Entry e holds word w (a copy in the pool, made once: the table
 * outlives the lists).  No entry holds "" (a lookup of it answers 0). */
static int
dict_fill(struct dict_entry *e, const char *w, size_t n)
{
	if (e->len != 0 || n == 0)
		return 0;
	if (dict_words.len > UINT32_MAX - n)
		return -ENOMEM;
	e->off = (uint32_t)dict_words.len;
	if (buf_append(&dict_words, w, n) != 0)
		return -ENOMEM;
	e->len = (uint32_t)n;
	return 0;
}

/* Where the part of a list entry that starts at a ends: "Le Goff",
 * "D'Almeida" are parts; "Jean-Pierre" is one. */
static size_t
dict_part_end(const struct buf *tmp, size_t a)
{
	while (a < tmp->len && tmp->data[a] != ' ' && tmp->data[a] != '\'')
		a++;
	return a;
}

uint64_t
dict_flags_hashed(const char *w, size_t n, uint64_t h)
{
	const struct dict_entry *e;

	if (!dict_ok || n == 0)
		return 0;
	e = &dict[dict_find(dict, dict_pool, dict_cap, w, n, h)];
	return e->len ? e->flags : 0;
}

/* dict_flags_hashed of a word of a text, w folded: a word the dictionary
 * does not hold that is no ordinary word (the lexicon, the English
 * words, a French word slipped in typing), no place or substance of the
 * keep lists, and has the shape of a name of a family
 * no list holds (name_shape.h) counts as a name of the lists: D_FIRST
 * for two pinyin syllables ("Xiaoyu"), D_LAST for a Malagasy surname
 * ("Rakotomalala").  Asked once a word the cache keeps (names37). */
static uint64_t
dict_flags_shaped(const char *w, size_t n, uint64_t h)
{
	uint64_t v = dict_flags_hashed(w, n, h);
	/* a word of a cue list alone is shaped as a word in no list: its
	 * D_CUE kept beside what the shapes say (speed33a) */
	const uint64_t cue = v & D_CUE;

	if ((v & ~D_CUE) != 0 || n < 3 || !dict_ok)
		return v;
	v = 0;
	/* names38: a Bantu name's opening ("Msa", "Mze", "Mbae"): a weak
	 * first name, a name only beside another or after a title ("MSA",
	 * the farmers' insurer, alone stays) */
	if (name_shape_bantu_initial(w, n))
		v = D_FIRST | D_AMBIG | D_WEAK;
	else if (n < 5)
		return cue;
	else if (name_shape_malagasy(w, n))
		v = D_LAST;
	else if (name_shape_pinyin_given(w, n))
		v = D_FIRST;
	/* no French word (nor one slipped in typing: "demin"), no common
	 * English word ("pending"), no place or drug of the keep lists */
	if (v != 0 && (lexicon_has(w, n) || english_has(h) ||
	    dict_keep_has(h) || lexicon_misspelt(w, n)))
		v = 0;
	return v | cue;
}

/*
 * The cue table (speed33a): the cue bits (detect_int.h C_*) of each word
 * of DETECT_CUE_LISTS, by the hash of its fold, for the words the
 * dictionary gives D_CUE.  Some hundred words: filled by dict_init from
 * the lists (the dictionary's image holds D_CUE, not the bits), read by
 * tokenize for a D_CUE word alone, by the hash alone: two words of a cue
 * list with one hash would make the dictionary fail to start (cue_add),
 * and a word of no cue list has no D_CUE and is not looked up.
 */
#define CUE_SLOTS	512
struct cue_slot {
	uint64_t	h;
	uint64_t	cues;		/* 0: empty */
};
static struct cue_slot cue_table[CUE_SLOTS];

/* What dict_init could not build, for detect_prepare (ops34): a text
 * naming the table (and, for the cue table, the two words of the
 * project's lists that share a hash: never a source's value), and its
 * -errno.  Written under dict_once only. */
static char dict_fail_what[256];
static int dict_fail_err;

static int
cue_add(const char *const *words, uint64_t cue, int fault)
{
	/* each slot's word, for the test of two words of one hash */
	static const char *cue_word[CUE_SLOTS];
	static size_t used;

	for (; *words != NULL; words++) {
		size_t n = strlen(*words);
		uint64_t h;
		size_t i;

		if (n == 0)
			continue;
		/* the tests' fault (PSEUDONYMFS_TEST_FAULT=cue): every
		 * word one hash, the second word collides */
		h = fault ? 1 : hash(*words, n);
		for (i = (size_t)h & (CUE_SLOTS - 1); cue_table[i].cues != 0 &&
		    cue_table[i].h != h; i = (i + 1) & (CUE_SLOTS - 1))
			;
		if (cue_table[i].cues == 0 && ++used > CUE_SLOTS / 2) {
			snprintf(dict_fail_what, sizeof(dict_fail_what),
			    "the cue table: more than %d cue words (CUE_SLOTS "
			    "is to be made larger)", CUE_SLOTS / 2);
			return -ENOSPC;
		}
		if (cue_table[i].cues != 0 && strcmp(cue_word[i], *words) != 0) {
			/* two words, one hash: the words of the lists */
			snprintf(dict_fail_what, sizeof(dict_fail_what),
			    "the cue table: the cue words '%.40s' and '%.40s' "
			    "have one hash", cue_word[i], *words);
			return -EEXIST;
		}
		cue_word[i] = *words;
		cue_table[i].h = h;
		cue_table[i].cues |= cue;
	}
	return 0;
}

#define CUE_BITS(list, cue)	| (cue)
_Static_assert(((0 DETECT_CUE_LISTS(CUE_BITS)
    DETECT_CUE_WORD_LISTS(CUE_BITS)) & ~C_ALL) == 0,
    "a cue bit past C_NBITS");
#undef CUE_BITS

static int
cue_init(void)
{
	int fault = util_test_fault("cue"), r = 0;

#define CUE_ADD(list, cue)	(r = cue_add(list, cue, fault)) == 0 &&
	return DETECT_CUE_LISTS(CUE_ADD) DETECT_CUE_WORD_LISTS(CUE_ADD) 1 ?
	    0 : r;
#undef CUE_ADD
}

/* The cue bits of a word the dictionary gives D_CUE or D_CUEWORD (fhash
 * its fold's hash); 0 for a word of no cue list. */
static inline uint64_t
cue_of(uint64_t h)
{
	size_t i = (size_t)h & (CUE_SLOTS - 1);

	while (cue_table[i].cues != 0 && cue_table[i].h != h)
		i = (i + 1) & (CUE_SLOTS - 1);
	return cue_table[i].cues;
}

uint64_t
detect_cue_of(uint64_t fhash)
{
	return cue_of(fhash);
}

/*
 * Recent words, per scratch: what the dictionary says of a folded word
 * and whether the lexicon has a word as written.  Both tables are large
 * (the Dicollecte names, the wfrench lexicon): a lookup is a cache miss or
 * two, while the words of comments repeat ("le", "patient", "rappeler").
 * Direct-mapped, short words only; a hit gives what the lookup gives.  It
 * holds words of the text, so it is wiped when freed.  8192 slots (256
 * KiB, in the second-level cache; with the folds' 16 KiB and the Latin
 * words' 64 KiB, 336 KiB a scratch that scrubs): a miss here is a lookup
 * in tables of megabytes, some 200 cycles on the machine, where a slot
 * that left the first-level cache costs a dozen; 1024 slots missed 3.7
 * times as often as 4096 on the bench corpus (docs/performance.md, "Scrub
 * throughput, eleventh pass"), and 4096's conflict misses (two frequent
 * words in one slot) cost 0.38 M instructions a pass of it that 8192 do
 * not ("Scrub speed, twenty-sixth pass").
 */
#define WCACHE_SLOTS	8192
#define WCACHE_KEY	16
/* Bytes tokenize keeps allocated past the fold of the text (their
 * values unused): wcache_key_differs loads sixteen at a word. */
#define FOLD_SLACK	16
_Static_assert(FOLD_SLACK >= HASH_PAD, "hash_padded reads past a fold");

/* A word's two slots differ in their lowest bit (the index xors the
 * kind in): one cache line holds both (struct detect_wcache is aligned
 * to a line), so that word_lexicon's ask of a word tokenize just looked
 * up finds its line in the first-level cache. */
enum { WC_EMPTY, WC_DICT = 2, WC_LEX = 3 };

/* 32 bytes, so that a slot's address is a shift: with 64-bit flags and
 * 32 bits of moved W_ flags the key has 16 bytes (a folded word longer
 * is rare and is looked up). */
struct wcache_slot {
	uint64_t	value;		/* D_* flags, or lexicon_has's answer */
	uint16_t	fp;		/* high bits of the word's hash */
	uint8_t		kind, len;	/* after fp: word_dict_value reads the
					 * three as one word */
	/* WC_DICT: the W_ flags tokenize gives the word from its fold and
	 * flags, and WB_ZERO (word_wbits): asked once a fill, not once a
	 * word read */
	uint32_t	wbits;
	char		key[WCACHE_KEY];
};
_Static_assert(sizeof(struct wcache_slot) == 32, "struct wcache_slot");
_Static_assert(offsetof(struct wcache_slot, kind) ==
    offsetof(struct wcache_slot, fp) + 2 && offsetof(struct wcache_slot,
    len) == offsetof(struct wcache_slot, fp) + 3, "fp, kind, len");
/* wbits: the word is "zero" (tokenize's zero_hint); not a W_ flag */
#define WB_ZERO		0x80000000u
/* wbits: the dictionary's part of the word's class byte (detect_int.h
 * WCB_PART, WCB_RELTITLE, WCB_CUEVERB), WB_CLS_SHIFT above its place
 * there; not W_ flags either */
#define WB_CLS_SHIFT	24
#define WB_CLS		((uint32_t)(WCB_PART | WCB_RELTITLE | WCB_CUEVERB) << \
	WB_CLS_SHIFT)
/* the W_ flags word_wbits gives must not meet WB_ZERO or WB_CLS */
_Static_assert(((W_MOVED | W_NEW | W_NOFUZZY | W_EPOCUE) &
    (WB_ZERO | WB_CLS)) == 0 && (WB_ZERO & WB_CLS) == 0,
    "word_wbits' flags beside WB_ZERO, WB_CLS");
/* the class byte's dictionary bits are read from the word's dflags
 * (tokenize clears D_MOVED there) */
_Static_assert(((D_PARTICLE | WCB_D_RELTITLE | WCB_D_CUEVERB) & D_MOVED) == 0,
    "a class byte's dictionary bit moved");
/* each moved bit its own flag, none of them a flag read from the text:
 * a bit taken twice by two branches merged (W_CLOSING was renumbered at
 * speed23a's merge) would pass the tests of either */
#define DICT_MOVED_ONE(d, w)	+ 1
#define DICT_MOVED_N		(0 DICT_MOVED_FLAGS(DICT_MOVED_ONE))
_Static_assert(__builtin_popcount(W_MOVED) == DICT_MOVED_N &&
    __builtin_popcountll(D_MOVED) == DICT_MOVED_N &&
    (W_MOVED & (W_DIGIT | W_UPPER | W_CAP | W_DOT | W_ACRO | W_NEW | W_LOOK |
    W_SPACED)) == 0, "DICT_MOVED_FLAGS: a bit twice, or a text flag");
#undef DICT_MOVED_N
#undef DICT_MOVED_ONE

/* The folds of recent words beyond ASCII ("prévenue", "Créatinine"):
 * norm_value's NFKD and case folding cost some 350 instructions a word,
 * and the same words come back comment after comment.  Keyed by the
 * word's bytes; a hit gives what norm_value gives (a function of them). */
#define FOLD_SLOTS	256
#define FOLD_KEY	24

struct fold_slot {
	uint64_t	fhash;		/* hash() of the fold */
	uint32_t	fp;		/* high bits of the hash of the key */
	uint8_t		len, flen;
	char		key[FOLD_KEY];
	char		fold[FOLD_KEY];
};

/* Aligned to a cache line (wcache_make): a slot of 32 bytes at an odd
 * multiple of 16 (calloc's alignment) straddled two lines, and its key's
 * sixteen-byte load (wcache_key_differs) then missed the first-level
 * cache a second time: some 13,000 times a pass of the bench corpus
 * (docs/performance.md, "Lexicon lookups"). */
/* The words read_word reads (a letter beyond ASCII: "prévenue", "à",
 * "Hélène"), kept by their bytes: the run at the word's first byte of
 * ASCII letters and bytes beyond ASCII, shorter than sixteen bytes (the
 * key), gives what read_word gives there (latin_word).  read_word with
 * its call cost some 280 instructions a word, a hit some 100 with its
 * call; the bench corpus has some 400 such runs for 8,400 words a pass,
 * 6% of them missed on a first pass (docs/performance.md, "Scrub speed,
 * twenty-ninth pass (speed29a)").  1,024 slots of 64 bytes (a cache
 * line), two ways a set: with one way and 512, "n°" and "sécu" shared a
 * slot and missed 1,250 times a pass. */
#define LATIN_SLOTS	1024
#define LATIN_KEY	16
struct latin_slot {
	char		key[LATIN_KEY];	/* the run's bytes, zeros after */
	char		fold[LATIN_KEY];	/* the word's fold, zeros after */
	uint64_t	h;		/* the key's hash; 0 (rlen 0) empty */
	uint64_t	fhash;
	uint32_t	flags;		/* read_word's, but W_DOT and W_ACRO */
	uint32_t	tb;		/* its letters' TB_* bits */
	uint8_t		rlen;		/* the run's bytes (1-15) */
	uint8_t		wlen;		/* the word's (0: no word there) */
	uint8_t		flen, nchars;
};
_Static_assert(sizeof(struct latin_slot) == 64, "struct latin_slot");

struct detect_wcache {
	_Alignas(64) struct wcache_slot	slot[WCACHE_SLOTS];
	struct fold_slot		fold[FOLD_SLOTS];
	_Alignas(64) struct latin_slot	latin[LATIN_SLOTS];
};

/* s's word cache, made empty on the first ask; NULL if it cannot be. */
static struct detect_wcache *
wcache_make(struct detect_scratch *s)
{
	if (s->wcache == NULL &&
	    (s->wcache = aligned_alloc(64, sizeof(*s->wcache))) != NULL)
		memset(s->wcache, 0, sizeof(*s->wcache));
	return s->wcache;
}

/* The key is one SSE2 load: no tail to compare past it. */
_Static_assert(WCACHE_KEY == 16, "wcache_key_differs compares 16 bytes");

/* The slot's key and the n bytes at w (1 to WCACHE_KEY) differ.  With
 * SSE2, sixteen bytes compared at once and the bytes past n masked off:
 * the byte loop's exit, at a word's length, was a misprediction a word
 * or so (45,000 on 4,000 comments by cachegrind's model, one word in
 * six).  Reads up to sixteen bytes at w, past n: tokenize keeps sixteen
 * bytes of room past the fold (FOLD_SLACK); key[0..15] is in the slot. */
static inline __attribute__((always_inline)) int
wcache_key_differs(const struct wcache_slot *c, const char *w, size_t n)
{
#if defined(__SSE2__)
	__m128i a = _mm_loadu_si128((const __m128i *)(const void *)c->key);
	__m128i b = _mm_loadu_si128((const __m128i *)(const void *)w);
	uint32_t ne = ~(uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(a, b));

	return (ne & (uint32_t)(((uint64_t)1 << n) - 1)) != 0;
#else
	for (size_t k = 0; k < n; k++)
		if (c->key[k] != w[k])
			return 1;
	return 0;
#endif
}

/* Inline in both callers, as gcc chose before the image (a call a word). */
/* padded: w is a fold of tokenize's, with FOLD_SLACK bytes readable past
 * it (wcache_key_differs compares sixteen bytes at once, no call). */
static inline __attribute__((always_inline)) struct wcache_slot *
wcache_find(struct detect_scratch *s, int kind, const char *w, size_t n,
    uint64_t h, int padded, int *hit)
{
	struct wcache_slot *c;

	*hit = 0;
	if (n > WCACHE_KEY || wcache_make(s) == NULL)
		return NULL;
	c = &s->wcache->slot[(h ^ (h >> 23) ^ (uint64_t)kind) % WCACHE_SLOTS];
	*hit = c->kind == kind && c->fp == (uint16_t)(h >> 48) && c->len == n &&
	    (padded ? !wcache_key_differs(c, w, n) : memcmp(c->key, w, n) == 0);
	return c;
}

static void
wcache_store(struct wcache_slot *c, int kind, const char *w, size_t n,
    uint64_t h, uint64_t value)
{
	if (c == NULL)
		return;
	c->kind = (uint8_t)kind;
	c->fp = (uint16_t)(h >> 48);
	c->len = (uint8_t)n;
	memcpy(c->key, w, n);
	c->value = value;
}

/* The cache made now (detect_run_many shares one). */
int
wcache_alloc(struct detect_scratch *s)
{
	return wcache_make(s) == NULL ? -ENOMEM : 0;
}

/* The cache holds words of the text: wiped when freed. */
void
wcache_free(struct detect_scratch *s)
{
	if (s->wcache != NULL) {
		explicit_bzero(s->wcache, sizeof(*s->wcache));
		free(s->wcache);
		s->wcache = NULL;
	}
}

/* The W_ flags tokenize gives the folded word w (n bytes) whose
 * dictionary flags are d, and WB_ZERO: what it asked of every word read
 * (the dictionary bits it moves, W_NEW's test, the word "zero"), a
 * function of the fold alone, kept in the word cache's slot. */
static uint32_t
word_wbits(const char *w, size_t n, uint64_t h, uint64_t d)
{
	/* D_PHONECUE becomes W_PHONECUE, and each bit of D_MOVED its flag
	 * (detect_int.h DICT_MOVED_FLAGS) */
#define WBIT_OF(dbit, wbit)	| ((d & (dbit)) ? (uint32_t)(wbit) : 0)
	uint32_t b = 0 DICT_MOVED_FLAGS(WBIT_OF);
#undef WBIT_OF

	if ((d & ~(D_MOVED | D_CUE)) == 0 && n >= SENSITIVE_NEAR_MIN &&
	    sensitive_near_prefix(w, n))
		b |= W_NEW;
	/* "zéro": a phone dictated in words may start there */
	if (n == 4 && memcmp(w, "zero", 4) == 0)
		b |= WB_ZERO;
	/* (scan_row_names' typo candidates, speed29b) */
	b |= (uint32_t)((d & FUZZY_NOT) != 0) * W_NOFUZZY;
	/* (eponym_may's four words before, speed30d) */
	b |= (uint32_t)eponym_cue_word(h, d) * W_EPOCUE;
	b |= (uint32_t)(((d & D_PARTICLE) != 0) * WCB_PART |
	    ((d & WCB_D_RELTITLE) != 0) * WCB_RELTITLE |
	    ((d & WCB_D_CUEVERB) != 0) * WCB_CUEVERB) << WB_CLS_SHIFT;
	return b;
}

/* The dictionary flags of the folded word w, and *wb its word_wbits:
 * the cache's, or looked up and kept. */
static __attribute__((noinline)) uint64_t
dict_value_cached(struct detect_scratch *s, const char *w, size_t n,
    uint64_t h, uint32_t *wb)
{
	struct wcache_slot *c;
	uint64_t v;
	int hit;

	*wb = 0;
	if (n == 0)
		return 0;
	c = wcache_find(s, WC_DICT, w, n, h, 0, &hit);
	if (hit) {
		*wb = c->wbits;
		return c->value;
	}
	v = dict_flags_shaped(w, n, h);
	*wb = word_wbits(w, n, h, v);
	wcache_store(c, WC_DICT, w, n, h, v);
	if (c != NULL)
		c->wbits = *wb;
	return v;
}

uint64_t
dict_flags_cached(struct detect_scratch *s, const char *w, size_t n,
    uint64_t h)
{
	uint32_t wb;

	return dict_value_cached(s, w, n, h, &wb);
}

/* The hash of w (UTF-8, any case) lower-cased with its accents, as the
 * lexicon and the compounds were hashed: 0, or -1 when w is empty, longer
 * than 64 bytes or cannot be folded. */
static int
lower_hash(const char *w, size_t n, uint64_t *h)
{
	uint8_t low[128], *lw = low;
	size_t llen = sizeof(low);
	ssize_t fast;

	if (n == 0 || n > 64)
		return -1;
	/* ASCII and Latin accents from a table; libunistring for the rest. */
	if ((fast = norm_lower_latin(w, n, (char *)low, sizeof(low))) >= 0)
		llen = (size_t)fast;
	else if ((lw = u8_tolower((const uint8_t *)w, n, NULL, UNINORM_NFC,
	    low, &llen)) == NULL)
		return -1;
	*h = hash((const char *)lw, llen);
	if (lw != low)
		free(lw);
	return 0;
}

/* The lexicon has the word of hash h (of its lower-cased form).  Its
 * table (gen_lexicon -t, include/detect_lists.h) is read a bucket at a
 * time: a cache line of eight hashes, all eight compared without a
 * branch each; the word is absent once a bucket of its chain has an empty
 * slot.  One line read a lookup, two for the one in twenty whose bucket
 * is full; the sorted list and its index of 65,536 buckets read two or
 * three (docs/performance.md, "Lexicon lookups").  No word hashes to 0
 * (gen_lexicon refuses it): h 0 would match an empty slot. */
int
lexicon_has_hash(uint64_t h)
{
	size_t nb = detect_lexicon_buckets;
	size_t b = (size_t)(((h >> 32) * nb) >> 32);

	if (h == 0)
		return 0;
	for (size_t probes = 0; probes < nb; probes++) {
		const uint64_t *k = detect_lexicon + b * LEXICON_BUCKET_SLOTS;
		unsigned found = 0, empty = 0;

		for (unsigned j = 0; j < LEXICON_BUCKET_SLOTS; j++) {
			found |= k[j] == h;
			empty |= k[j] == 0;
		}
		if (found)
			return 1;
		if (empty)
			return 0;
		b = b + 1 == nb ? 0 : b + 1;
	}
	return 0;
}

/* Is w (UTF-8, any case) an ordinary French word (wfrench)?  Lower-cased
 * with its accents: "laine" is a word, "Laîné" is not (an ASCII word may
 * have lost its accents: the lexicon also has "dernieres"). */
int
lexicon_has(const char *w, size_t n)
{
	uint64_t h;

	if (lower_hash(w, n, &h) != 0)
		return 0;
	return lexicon_has_hash(h);
}

/* h among the n sorted hashes of tab (gen_lexicon's tables). */
static int
hashes_have(const uint64_t *tab, size_t n, uint64_t h)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (tab[mid] < h)
			lo = mid + 1;
		else if (tab[mid] > h)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

/*
 * Word i is a clinical word clipped, as a note's heading writes it:
 * "Coag" (coagulation), "Biochim" (biochimie), "Hospit" (hospitalisation),
 * "Clin" (clinique): four letters or more (five before "ie"), no name of
 * the lists, and one of the endings of the clinical vocabulary after
 * them makes a word of the lexicon.  Asked only of a heading's one word
 * (scan_heading_names): some dozen lookups of the lexicon
 * then.  An unknown surname could end so ("Stimul" + "ation"): the lists
 * hold the common ones, and the heading must be one word, no first name
 * after it.
 */
static const char *const clip_endings[] = {
	"ulation", "ation", "isation", "alisation", "ologie", "logie",
	"graphie", "urgie", "ique", "inine", "ésie", "ie", NULL,
};

int
clipped_word(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t n = w->end - w->start;
	char buf[48];

	/* the word as written: the lexicon has "hématologie", not
	 * "hematologie" */
	if (w->fold_len < 4 || n > 24 || (w->flags & W_DIGIT) ||
	    (w->dflags & (D_FIRST | D_LAST)))
		return 0;
	memcpy(buf, t + w->start, n);
	for (size_t k = 0; clip_endings[k] != NULL; k++) {
		size_t m = strlen(clip_endings[k]);

		if (m == 2 && w->fold_len < 5)
			continue;
		memcpy(buf + n, clip_endings[k], m);
		if (lexicon_has(buf, n + m))
			return 1;
	}
	return 0;
}

/*
 * The lower-case word w of n bytes is a French word of the lexicon
 * slipped in typing, or inflected where the lexicon has its base: a
 * consonant doubled or left single ("rapelle": "rappelle", "apeller":
 * "appeler"), an apostrophe left out inside it or after an elided
 * article before a vowel or an h ("aujourdhui", "dhabitude"), or the
 * feminine or plural of an adjective or a participle the lexicon has
 * in its base form only ("soutenante": "soutenant").  Asked only of a
 * word no dictionary and no list of names has, where a name rule is
 * about to take it in lower case (relation_name_word): a surname typed
 * so (the lists hold the common ones: "loiseau", "dumas") stays a name
 * of the lists and is not asked.  Some dozens of lookups, once a word.
 */
static int
is_consonant(unsigned char c)
{
	return c >= 'a' && c <= 'z' && !util_in_set("aeiouy", c);
}

int
lexicon_misspelt(const char *w, size_t n)
{
	char buf[40];

	if (n < 4 || n + 2 > sizeof(buf))
		return 0;
	/* the feminine or the plural: "-e", "-s", "-es" on a base of five
	 * bytes or more */
	if (n >= 6 && (w[n - 1] == 'e' || w[n - 1] == 's') &&
	    lexicon_has(w, n - 1))
		return 1;
	if (n >= 7 && w[n - 2] == 'e' && w[n - 1] == 's' &&
	    lexicon_has(w, n - 2))
		return 1;
	for (size_t p = 1; p + 1 < n; p++) {
		unsigned char c = (unsigned char)w[p];

		if (!is_consonant(c))
			continue;
		if (c == (unsigned char)w[p + 1]) {
			/* a consonant doubled: once */
			memcpy(buf, w, p);
			memcpy(buf + p, w + p + 1, n - p - 1);
			if (lexicon_has(buf, n - 1))
				return 1;
			p++;
			continue;
		}
		if (c != (unsigned char)w[p - 1]) {
			/* a consonant single: twice */
			memcpy(buf, w, p + 1);
			memcpy(buf + p + 1, w + p, n - p);
			if (lexicon_has(buf, n + 1))
				return 1;
		}
		/* an apostrophe after d, l, j, n, s, c, m, t or qu before a
		 * vowel or an h: "aujourd'hui", "d'habitude" */
		if (util_in_set("dljnscmtu", c) && util_in_set("aeiouyh", w[p + 1]) &&
		    (c != 'u' || w[p - 1] == 'q') && n - p - 1 >= 4) {
			memcpy(buf, w, p + 1);
			buf[p + 1] = '\'';
			memcpy(buf + p + 2, w + p + 1, n - p - 1);
			if (lexicon_has(buf, n + 1) || (p == 1 + (c == 'u') &&
			    lexicon_has(w + p + 1, n - p - 1)))
				return 1;
		}
	}
	return 0;
}

/* Word j, in lower case, no name of the lists and no word of the
 * lexicon, is an ordinary word all the same: a common English word
 * (wamerican, english_has: "patient requests a sick note", "her husband
 * Tobias was informed", "patient doing well" in a note too short to be
 * told English), in a comment with one English function word at least
 * (comment_english_word: "son fils ruddy", "sa fille nathalie le duff"
 * in a French note are names), or a French word slipped in typing or
 * inflected
 * (lexicon_misspelt: "sa fille nathalie rapelle demain", "pas vu le dr
 * aujourdhui", "Épouse Martine soutenante").  "son voisin kerouredan",
 * "sa fille nathalie", "son fils kevin" still go. */
/* Prefixes of French verbs and adjectives ("déperfusé", "réhospitalisé",
 * "surinfecté", "préopératoire" the lexicon may lack): with the accent as
 * written, so that "de-", "re-" of names ("desiree", "renaud") are none. */
static const char *const derive_prefixes[] = {
	"d\xc3\xa9s", "d\xc3\xa9", "r\xc3\xa9", "pr\xc3\xa9", "sur", "sous",
	"anti", "auto", "hyper", "hypo", "post", "poly", "intra", "inter",
	"trans", "p\xc3\xa9ri", "pseudo", "semi", NULL,
};

/* The learned elements a compound's tail starts with ("-thérapie",
 * "-logie", "-graphie", "-scopie", "-tomie", "-pathie", "-plastie"):
 * "delafontaine", "delamaison" are names ("dela" + a word). */
static const char *const learned_tails[] = {
	"th\xc3\xa9rap", "logi", "graph", "scop", "tomi", "path", "plast",
	"vigil", NULL,
};

/* The lower-case word w of n bytes ends as a participle, an infinitive,
 * a present participle or a noun of action ("-é(e)(s)", "-er", "-ant",
 * "-ation", "-ment"): a prefix before such a word derives a verb's form
 * ("déperfusé", "réhospitalisation"); "préfontaine" is a surname. */
static int
derived_ending(const char *w, size_t n)
{
	static const char *const endings[] = {
		"\xc3\xa9", "\xc3\xa9" "e", "\xc3\xa9s", "\xc3\xa9" "es", "er",
		"ant", "ante", "ants", "antes", "ation", "ations", "ment",
		"ments", NULL,
	};

	for (size_t k = 0; endings[k] != NULL; k++) {
		size_t m = strlen(endings[k]);

		if (n > m && memcmp(w + n - m, endings[k], m) == 0)
			return 1;
	}
	return 0;
}

/*
 * The lower-case word w of n bytes is derived from a word of the lexicon
 * of five bytes or more (precision16): a prefix of derive_prefixes before
 * it, the word ending as a verb's form (derived_ending: "patient
 * déperfusé": "perfusé"; not "sa fille préfontaine"), or a learned head of four bytes or
 * more ending in "o" or "a" before it ("infirmière de stomathérapie":
 * "thérapie", "oxygénothérapie"; learned_compound asks the same of a
 * capitalized heading with "o").  Asked where a name rule is about to
 * take a word no dictionary and no list of names has, as
 * lexicon_misspelt: "sa fille kerouredan" has neither.  Not right after
 * a title, a kin word or a relation noun other than the patient's
 * (person_noun_before, in lower_ordinary_word): a surname no list has
 * takes these shapes too ("son voisin autoporter", "sa fille
 * surplanter" went through raw; review, seventeenth pass), and a
 * participle there is written to the patient ("patient déperfusé").
 */
static int
lexicon_derived(const char *w, size_t n)
{
	/* lexicon_has reads 64 bytes at most: a longer word derives from
	 * none, and the walk below stays bounded (review, seventeenth
	 * pass) */
	if (n < 7 || n > 64 + 6)
		return 0;
	for (size_t k = 0; derive_prefixes[k] != NULL && derived_ending(w, n);
	    k++) {
		size_t m = strlen(derive_prefixes[k]);

		if (n >= m + 5 && memcmp(w, derive_prefixes[k], m) == 0 &&
		    lexicon_has(w + m, n - m))
			return 1;
	}
	/* "re-" without its accent before "pré-" or "é-" ("reprélèvement",
	 * "reévaluation"; precision18): not before a consonant, where names
	 * start so ("renaud", "reynaud") */
	if (n >= 2 + 7 && w[0] == 'r' && w[1] == 'e' && derived_ending(w, n) &&
	    (memcmp(w + 2, "pr\xc3\xa9", 4) == 0 ||
	    memcmp(w + 2, "\xc3\xa9", 2) == 0) && lexicon_has(w + 2, n - 2))
		return 1;
	for (size_t p = 4; p + 6 <= n; p++) {
		if (w[p - 1] != 'o' && w[p - 1] != 'a')
			continue;
		for (size_t k = 0; learned_tails[k] != NULL; k++) {
			size_t m = strlen(learned_tails[k]);

			if (n - p >= m && memcmp(w + p, learned_tails[k], m) == 0 &&
			    lexicon_has(w + p, n - p))
				return 1;
		}
	}
	return 0;
}

/* Word j comes right after a title, a kin word or a relation noun that
 * names someone else than the patient ("M.", "sa fille", "son voisin";
 * not "patient", "pt", "résidente"): a surname's place (lexicon_derived). */
static int
person_noun_before(const struct detect_scratch *s, size_t j)
{
	return j > 0 && word_has(s, j - 1, D_TITLE | D_RELATIVE | D_RELATION) &&
	    !word_is(s, j - 1, "patient") && !word_is(s, j - 1, "patiente") &&
	    !word_is(s, j - 1, "pt") && !word_is(s, j - 1, "pte") &&
	    !word_is(s, j - 1, "resident") && !word_is(s, j - 1, "residente");
}

/* Word j (lower case, no name of the lists, a common English word)
 * right after "patient" or "pt" is an English verb in the third person:
 * it ends in "s", English has its stem, and one of the three words after
 * it is English and no French word ("patient requests a sick note",
 * "patient wants a sick note", "patient requests nicotine patches",
 * "patient feels better"), in a note with no English function word for
 * comment_english_word to see (precision22); a common English word
 * right after that verb is none either ("feels better", "sleeps well").
 * A surname no list has in lower case after "patient" is no such verb
 * ("patient kerouredan", "le patient kettle", "patient kettles vu ce
 * jour": French follows). */
static int
patient_english_verb(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (n < 4 || f[n - 1] != 's' || f[n - 2] == 's' || j == 0 ||
	    !(word_is(s, j - 1, "patient") || word_is(s, j - 1, "pt")) ||
	    !english_has(hash(f, n - 1)))
		return 0;
	for (size_t k = j + 1; k < s->nwords && k <= j + 3; k++) {
		const struct detect_word *x = &s->words[k];

		if ((x->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    (x->dflags & (D_FIRST | D_LAST)))
			return 0;
		if (x->fold_len >= 2 && english_has(x->fhash) &&
		    !word_lexicon(t, s, k))
			return 1;
	}
	return 0;
}

int
lower_ordinary_word(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->fold_len < 3 ||
	    (w->dflags & (D_FIRST | D_LAST)))
		return 0;
	return (english_has(w->fhash) && (comment_english_word(t, s, j) ||
	    patient_english_verb(t, s, j) || (j > 0 &&
	    !(s->words[j - 1].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    patient_english_verb(t, s, j - 1)))) ||
	    lexicon_misspelt(t + w->start, w->end - w->start) ||
	    (!person_noun_before(s, j) &&
	    lexicon_derived(t + w->start, w->end - w->start));
}

int
english_has(uint64_t h)
{
	return hashes_have(detect_english, detect_english_count, h);
}

int
detect_word_ordinary(const char *w, size_t n, const char *folded, size_t fn)
{
	uint64_t h = hash(folded, fn);
	int ascii = 1;

	for (size_t i = 0; i < n; i++)
		ascii &= (unsigned char)w[i] < 0x80;
	/* English only as written in ASCII: "Léa" is no "lea". */
	return lexicon_has(w, n) || (ascii && english_has(h)) ||
	    dict_proper_noun_has(h);
}

/* A compound of wfrench with a hyphen, lower-cased with its accents as
 * lexicon_has folds ("week-end"); w holds its hyphens. */
int
compound_has(const char *w, size_t n)
{
	uint64_t h;

	if (lower_hash(w, n, &h) != 0)
		return 0;
	return hashes_have(detect_compound, detect_compound_count, h);
}

int
detect_compound_ordinary(const char *w, size_t n)
{
	return compound_has(w, n);
}

int
demonym_has(uint64_t h)
{
	return hashes_have(detect_demonym, detect_demonym_count, h);
}

int
prep_has(uint64_t h)
{
	return hashes_have(detect_prep, detect_prep_count, h);
}

int
medical_has(uint64_t h)
{
	return hashes_have(detect_medical, detect_medical_count, h);
}

/*
 * lexicon_has for word i of t (tokenize's), through the word cache.  A
 * word of ASCII bytes only (as many characters as bytes: "Patient",
 * "tel", "12") lower-cased is its fold, so the lexicon's hash of it is
 * its fhash: no lower_hash (a copy lower-cased and a hash, some 400
 * instructions a word) and no hash of the word as written; its slot is
 * keyed by the fold, so that "Patient" and "patient" share one.  A word
 * beyond ASCII is keyed as written (no fold of ASCII bytes equals it)
 * and asked of lexicon_has.  (lower_hash refuses a word over 64 bytes:
 * so does the ASCII way.)
 */
int
lexicon_has_word(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t n = w->end - w->start;
	int ascii = w->nchars == n;
	const char *key = ascii ? wf(s, w) : t + w->start;
	uint64_t h = ascii ? w->fhash : hash(key, n);
	struct wcache_slot *c;
	int hit, v;

	c = wcache_find(s, WC_LEX, key, n, h, ascii, &hit);
	if (hit)
		return (int)c->value;
	v = ascii ? n <= 64 && lexicon_has_hash(h) : lexicon_has(key, n);
	wcache_store(c, WC_LEX, key, n, h, (uint64_t)v);
	return v;
}

/* Abbreviations and clipped words French clinical notes are made of,
 * which the lexicon lacks and which are no one's name: a capitalized one
 * is no unknown name beside another ("NFS CRP"), and recall first keeps
 * them.  Folded (no accents).  Written from the usage of French notes
 * (measures, labs, imaging, routes, wards and services, care and social
 * bodies, forms of the file); two-letter ones that are also surnames
 * (Ho, Ly, Mi...) are left out, and so are the places that tell a
 * suppressed group (CSAPA, CAARUD: addiction care). */
static const char *const clinical_words[] = {
	/* vital signs, scores, measures */
	"ta", "pa", "pas", "pad", "fc", "fr", "spo2", "sao2", "sat", "temp",
	"eva", "en", "evs", "gcs", "mms", "mmse", "moca", "gir", "ccmu", "imc",
	"pds", "glyc", "hgt", "dextro", "diur", "aa", "o2", "lo2",
	/* labs */
	"crp", "pct", "vs", "nfs", "bnp", "ntprobnp", "inr", "tp", "tca",
	"hba1c", "hba", "tsh", "t4", "ldl", "hdl", "alat", "asat", "ggt", "pal",
	"ldh", "cpk", "hb", "ht", "vgm", "ccmh", "plq", "pnn", "gb", "dfg",
	"iono", "ionogramme", "creat", "uree", "bili", "alb", "bhcg", "hcg",
	"tropo", "ddimeres", "ecbu", "ecbc", "bu", "pcr", "gds", "gda", "hgpo",
	"neg", "pos", "vit", "vitd", "cd4", "cv", "western", "blot", "edta",
	/* a lab method a list holds as a first name ("Elisa": "PCR + ELISA",
	 * precision16; "Mme ELISA" still goes, clinical_caps) */
	"elisa",
	/* imaging and tests */
	"ecg", "eeg", "emg", "irm", "tdm", "tep", "rx", "rp", "asp", "echo",
	"ett", "eto", "fogd", "efr", "ecd", "holter", "tsa",
	/* conditions */
	"hta", "avc", "ait", "bpco", "ira", "irc", "ic", "icc", "idm", "sca",
	"fa", "tvp", "ep", "dt2", "dt1", "dnid", "did", "aeg", "hdm", "hdlm",
	"ras", "rad", "nfp", "sp", "atcd", "ttt", "trt", "pec",
	/* routes, devices, drugs' forms */
	"po", "iv", "ivd", "im", "sc", "per", "os", "ivse", "sng", "sad",
	/* "Acupan IVL": intraveineuse lente; "CNO Fortimel": compléments
	 * nutritionnels oraux (precision16) */
	"ivl", "cno",
	"vvp", "vvc", "picc", "pac", "kt", "pca", "vni", "iot", "ains", "hbpm",
	"avk", "aod", "lp", "ld", "dci", "prn", "cp", "cpr", "gel",
	"amp", "inj", "mg", "ml", "ui",
	/* wards, services, specialties, carers */
	"cs", "hdj", "hdn", "ide", "idel", "as", "ash", "aes", "kine", "diet",
	"ergo", "psy", "psycho", "orl", "rea", "usic", "usc", "smur", "samu",
	"sau", "uhcd", "ioa", "ssr", "smr", "usld", "had", "ssiad", "ehpad",
	"chu", "chr", "ch", "ght", "aphp", "cmp", "cmpp", "catt", "cpef",
	"pmi", "ase", "ccas", "udaf", "mdph", "cpam", "ars", "smit",
	"mt", "abdo", "respi", "resp", "cardio", "neuro", "pneumo", "gastro",
	"uro",
	"gyneco", "obst", "ortho", "traumato", "rhumato", "onco", "hemato",
	"dermato", "ophtalmo", "pedo", "geria", "anesth", "chir", "urg", "med",
	"mutuelle", "bilan", "echographie", "scanner", "biopsie",
	/* the file, benefits, transport, legal measures */
	"ald", "cmu", "css", "ame", "apa", "aah", "vsl", "psl", "nda", "nip",
	"ddn", "dds", "dde", "ddr", "crh", "cro", "cr", "rdv", "msg", "tel",
	"sdre", "sdt", "spdt", "spdre", "spi",
	/* shorthand */
	"ap", "apres", "avant", "ok", "cf", "etc", "nb", "env", "qq", "qqs",
	"tjrs", "bcp", "pb", "pt", "pte", "pts", "bilat", "gche", "dte", "sup",
	"inf", "ant", "post", "lat", "ext", "int", "recup", "prev", "preop",
	"postop", "sos", "vad", "sem", "sms", "nrp",
	/* the politeness and greetings of a message ("rappeler svp",
	 * "bjr c'est", "merci slt") */
	"svp", "stp", "svpl", "bjr", "bsr", "slt", "cdt", "cdlt", "mrc",
	"asap",
	/* care teams and coordination bodies ("vu par l'EMSP", "appel de la
	 * PTA"): palliative and geriatric mobile teams, coordination
	 * platforms, home care services */
	"emsp", "emasp", "pta", "dac", "maia", "clic", "esa", "spasad",
	"usp", "lisp", "ucsa", "ume", "cpts", "msp", "pasa", "uhr", "hdt",
	"pass", "regul", "admr",
	/* what a nurse or a physiotherapist is there for, after the role
	 * ("IDE ETP", "IDE DP : Mme X", "kiné resp 2x/j": therapeutic
	 * education, peritoneal and haemo-dialysis, chest physiotherapy),
	 * and the mother-baby unit ("unité mère-bébé (UMB)") */
	"etp", "dp", "hd", "umb",
	/* a medical evacuation, by air from an island or overseas
	 * ("EVASAN de Raiatea", "patient évasané de Hiva Oa"): the word
	 * of the French overseas territories, which the lexicon lacks */
	"evasan", "evasans", "evasane", "evasanee", "evasanes", "evasanees",
	"medevac",
	/* specialties clipped ("vu par diabeto", "suivi par addicto") */
	"diabeto", "endocrino", "nephro", "hepato", "infectio", "addicto",
	"stomato", "neurochir", "neuropsy", "pedopsy", "geronto", "immuno",
	"allergo", "angio", "phlebo", "radio", "nutri", "maxillo", "algo",
	/* quadrants, obstetrics, serology and germs, drugs' shorthand,
	 * social files and bodies (recall first kept none of them: issue 10,
	 * ) */
	"fid", "fig", "hcd", "fld", "flg", "map", "rpm", "hrp", "mfiu",
	"derm", "ophtalmologie",
	"aan", "anca", "ebv", "cmv", "hsv", "vzv", "tpha", "vdrl", "bmr",
	"blse", "sarm", "vppb", "lcr", "nac", "atb", "asa", "cni", "caf",
	"npai", "ati", "fsl", "cegidd", "cidd", "btp", "nyha",
	/* the services, bodies, benefits and
	 * scores a note names in capitals, none a person ("Tuteur : ATMP",
	 * "VSAV Saint-Denis :", "SSU Brest :", "IVT Eylea", "amené par la
	 * BAC", "hébergé au CADA", "transfert de l'HEGP", "chez PSA"):
	 * written from the usage of French social and care notes, as above
	 * (no list of them ships in Debian or npm).  Not those that tell a
	 * suppressed group (conf/sensitive: CSAPA, CMPP, CPEF). ELSA, the
	 * addiction liaison team, is kept as "addicto" above is; it is also
	 * a first name, and a word here that the lists hold as a name
	 * ("ELSA", "EVA", "MAIA") is no name in capitals among words that
	 * are not (clinical_caps in detect_name.c), "Elsa" still is. */
	"elsa", "cada", "huda", "chrs", "lhss", "siao", "sdf", "fam", "esat",
	"ime", "itep", "sessad", "camsp", "samsah", "savs", "gem", "uhsa",
	"usmp", "smpr", "spip", "pjj", "aemo", "mecs", "mda", "msa", "carsat",
	"cnav", "urssaf", "aspa", "pch", "aeeh", "rsa", "ansm", "efs",
	"pai", "pps", "aesh", "ulis", "segpa", "cpe", "cio", "mdpa",
	"hegp", "aphm", "hcl", "chru", "chg", "chd", "ghu", "ehpa",
	"vsav", "sdis", "bspp", "bmpm", "cump", "umj", "uml", "bac", "gav",
	"opj", "jld", "jaf", "ssu", "sst", "atmp", "mjpm", "ivt", "psa",
	"oct", "ecog", "dmla", "fevg", "aomi", "tavi", "ppc", "sas", "bpm",
	/* the hospital's and the health system's own bodies and files,
	 * which a title's run in capitals read as a birth name ("M. Martin
	 * DIM prévenu", "Mme Kervazo INS vérifiée": the medical information
	 * department, the national health identifier, the national health
	 * insurance fund, the statistics
	 * directorate, the infection control committee, the advanced
	 * practice nurse, the social life auxiliary, human resources;
	 * precision28, from the lexicon sweep); none is a name of the
	 * lists */
	"dim", "ins", "cnam", "drees", "clin", "ipa", "avs", "drh",
	/* a doctor's status in training ("Interne FFI :": faisant
	 * fonction d'interne, the DFMS and DFMSA diplomas of foreign
	 * graduates, PADHUE) and the EPSM of La Réunion ("Psychiatrie,
	 * EPSMR :"), which the name rules took after a role or as a
	 * heading (precision18); none is a name of the lists */
	"ffi", "dfms", "dfmsa", "padhue", "epsmr",
	/* specialties and examinations clipped
	 * as a note's headings ("Néonat :", "Anapath :", "Bactério :"),
	 * which scan_heading_names read as a patient's name; none is a name
	 * of the lists */
	"neonat", "neonato", "anapath", "anatomopath", "bacterio", "viro",
	"parasito", "myco", "obstet", "pedia", "scanno", "odonto", "endoc",
	/* the hospital's own acronyms: its committees (CME, CLUD,
	 * COMEDIMS, CDU, CRUQPC), coding and funding (PMSI, CCAM,
	 * NGAP, GHM, GHS, T2A, DMS, MCO, MPR, ATIH), records (DMP, DPI,
	 * DMI, HDS), units and staff (SSPI, PUI, UCC, UMG, UNV, CLCC, EMH,
	 * EOH, IADE, IBODE, IPDE, RCP, PPCS), the dependency grid AGGIR,
	 * the French ARA2 and IEC, the regulators ASN and CDAPH: taken as
	 * the name's rest after a name ("Mme Kervazo RCP ce jour") or as a
	 * carer after a role ("IDE : SSPI fait"), precision20's lexicon
	 * sweep.  None is a name of the lists (the acronyms that are:
	 * MAS, EMA, CHI, DIM, HAS, PAP, AT, MP are left to the name
	 * rules), nor reads as a surname once capitalized (CLIN, CLAN
	 * left out: "Vu avec Clan") */
	"cme", "clud", "comedims", "cdu", "cruqpc", "pmsi",
	"ccam", "ngap", "ghm", "ghs", "t2a", "dms", "mco", "mpr", "atih",
	"dmp", "dpi", "dmi", "hds", "sspi", "pui", "ucc", "umg", "unv",
	"clcc", "emh", "eoh", "iade", "ibode", "ipde", "rcp", "ppcs",
	"aggir", "ara2", "iec", "asn", "cdaph",
	/* child protection and forensic units, as the national child
	 * protection plan and the forensic medicine circulars name them
	 * (precision25: "UAPED :" was a heading read as a name): the
	 * paediatric units for children in danger (UAPED), the county's
	 * cell for worrying information (CRIP) and its observatory (ODPE),
	 * the units for difficult patients (UMD) and the secure hospital
	 * units for detainees (UHSI), the mobile psychiatry team for the
	 * homeless (EMPP).  None is a name of the lists */
	"uaped", "crip", "odpe", "umd", "uhsi", "empp",
	NULL,
};

static int
dict_add_list(const char *const *items, unsigned count, uint64_t flags,
    struct buf *tmp)
{
	for (unsigned i = 0; i < count; i++) {
		size_t a, b;

		if (norm_value(NORM_TEXT, items[i], strlen(items[i]), tmp) != 0)
			return -ENOMEM;
		for (a = 0; a < tmp->len; a = b + 1) {
			struct dict_entry *e;

			b = dict_part_end(tmp, a);
			/* Nor a letter: the "h" of "Le Floc'h" is no name
			 * of its own ("17H MOULIN") */
			if (b - a <= 1 || in_list(particles, tmp->data + a, b - a))
				continue;
			e = dict_slot(tmp->data + a, b - a);
			if (dict_fill(e, tmp->data + a, b - a) != 0)
				return -ENOMEM;
			e->flags |= flags;
		}
	}
	return 0;
}


/* names34: the names of a list written as one word only, flags added
 * (D_COMMONLAST: "Jean-Louis", "Da Silva" of last_names.txt give no
 * part, so "Jean" of "service Jean-Moulin" is no common surname). */
static int
dict_add_whole(const char *const *items, unsigned count, uint64_t flags,
    struct buf *tmp)
{
	for (unsigned i = 0; i < count; i++) {
		struct dict_entry *e;

		if (norm_value(NORM_TEXT, items[i], strlen(items[i]), tmp) != 0)
			return -ENOMEM;
		if (tmp->len < 2 || dict_part_end(tmp, 0) != tmp->len)
			continue;
		e = dict_slot(tmp->data, tmp->len);
		if (dict_fill(e, tmp->data, tmp->len) != 0)
			return -ENOMEM;
		e->flags |= flags;
	}
	return 0;
}

/* The Dicollecte first names: a name the other lists do not have and
 * that is also an ordinary word ("Rose", "Olive", "Prudence") counts only
 * beside another name, like the words of ambiguous.txt. */
static int
dict_add_dicollecte(struct buf *tmp)
{
	for (unsigned i = 0; i < detect_list_first_names_dicollecte_count; i++) {
		const char *name = detect_list_first_names_dicollecte[i];
		struct dict_entry *e;

		if (norm_value(NORM_TEXT, name, strlen(name), tmp) != 0)
			return -ENOMEM;
		if (tmp->len == 0 || memchr(tmp->data, ' ', tmp->len) != NULL ||
		    memchr(tmp->data, '\'', tmp->len) != NULL) {
			/* "Jean-Pierre": its parts, as the other lists */
			if (dict_add_list(&name, 1, D_FIRST, tmp) != 0)
				return -ENOMEM;
			continue;
		}
		e = dict_slot(tmp->data, tmp->len);
		if (e->len == 0) {
			if (dict_fill(e, tmp->data, tmp->len) != 0)
				return -ENOMEM;
			/* and "Eva", "Max", "Tom" are also acronyms */
			if (lexicon_has(name, strlen(name)) || tmp->len <= 3)
				e->flags |= D_AMBIG;
		}
		e->flags |= D_FIRST;
	}
	return 0;
}

/* Folded words of the small tables, as they are. */
int
dict_add_words(const char *const *words, uint64_t flags)
{
	for (; *words != NULL; words++) {
		size_t n = strlen(*words);
		struct dict_entry *e;

		if (n == 0)
			continue;	/* no entry holds "" (dict_fill) */
		e = dict_slot(*words, n);
		if (dict_fill(e, *words, n) != 0)
			return -ENOMEM;
		e->flags |= flags;
	}
	return 0;
}

/* The entries of the table of roles (detect_role.c role_words) with one
 * of the kinds or marks of mask, with flags. */
static int
dict_add_roles(unsigned mask, uint64_t flags)
{
	for (const struct role_word *r = role_words; r->word != NULL; r++) {
		size_t n = strlen(r->word);
		struct dict_entry *e;

		if (!(r->kinds & mask))
			continue;
		e = dict_slot(r->word, n);
		if (dict_fill(e, r->word, n) != 0)
			return -ENOMEM;
		e->flags |= flags;
	}
	return 0;
}

/* dict_add_form's arguments. */
static uint64_t flag_term = D_TERM, flag_tfirst = D_TFIRST;

/* One written form of a sensitive entry's word, with the flags arg
 * points to (a uint64_t: a pointer-sized integer may be 32 bits). */
static int
dict_add_form(const char *w, size_t n, void *arg)
{
	struct dict_entry *d;

	if (n == 0)
		return 0;	/* no entry holds "" (dict_fill) */
	d = dict_slot(w, n);
	if (dict_fill(d, w, n) != 0)
		return -ENOMEM;
	d->flags |= *(const uint64_t *)arg;
	return 0;
}

/* A word of each entry of the sensitive lexicon that scrub looks for: a
 * comment with none of them is not scanned for terms (most are not;
 * src/sensitive.c tokenizes the text again). */
static int
dict_add_sensitive(struct buf *tmp)
{
	char last[SENSITIVE_CANON_MAX];
	size_t lastn = 0;

	for (unsigned k = 0; k < sensitive_raw_count; k++) {
		const struct sensitive_raw *e = &sensitive_raw[k];
		size_t a, b;

		if (e->kind != SENSITIVE_RAW_TERM && e->kind != SENSITIVE_RAW_ABBREV &&
		    e->kind != SENSITIVE_RAW_DRUG)
			continue;
		if (norm_value(NORM_TEXT, e->text, strlen(e->text), tmp) != 0)
			return -ENOMEM;
		/* Its last word of letters, the most telling ("traitement
		 * de substitution", "VIH-1": "vih"). */
		for (b = tmp->len; b > 0 && (!is_alnum_byte(tmp->data[b - 1]) ||
		    util_is_digit(tmp->data[b - 1])); b--)
			;
		for (a = b; a > 0 && is_alnum_byte(tmp->data[a - 1]) &&
		    !util_is_digit(tmp->data[a - 1]); a--)
			;
		if (b == a)
			continue;
		/* and every form sensitive.c matches it by ("dépressives"
		 * of "dépressif"); a drug's name is written one way */
		if (e->kind == SENSITIVE_RAW_DRUG) {
			if (dict_add_form(tmp->data + a, b - a,
			    &flag_term) != 0)
				return -ENOMEM;
			continue;
		}
		b = a + sensitive_canon(tmp->data + a, b - a);
		/* the files write a word's forms one after the other
		 * ("depressif", "depressive"...): one key, done once */
		if (b - a == lastn && memcmp(last, tmp->data + a, lastn) == 0)
			continue;
		if (b - a < sizeof(last)) {
			memcpy(last, tmp->data + a, b - a);
			lastn = b - a;
		}
		if (sensitive_canon_forms(tmp->data + a, b - a, dict_add_form,
		    &flag_term) != 0)
			return -ENOMEM;
	}
	return 0;
}

/* D_TFIRST on each written form of the first words of the sensitive
 * lexicon's entries of two words or more (sensitive_first_words; an
 * entry of one word has D_TERM): scan_terms skips a window none of whose
 * words starts an entry.  Words of digits are not
 * looked up in the dictionary: dict_term_first_digit says whether some
 * entry starts with one.  Added after every list, so no list sees these
 * slots. */
int dict_term_first_digit;

static int
dict_add_term_first(const char *w, size_t n, void *arg)
{
	(void)arg;
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (util_is_digit(w[i]))
			dict_term_first_digit = 1;
	/* w is a key of sensitive_canon: each form it stands for */
	return sensitive_canon_forms(w, n, dict_add_form,
	    &flag_tfirst);
}

/* The words of the small tables: no list adds a name to them. */
#define D_TABLES	(D_PARTICLE | D_TITLE | D_NOTNAME | D_RELATIVE | \
    D_STREET | D_MONTH | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | \
    D_TERM | D_CLINICAL | D_SUBJVERB | D_EPONYM | D_RELATION | D_RELCUE)

/* The Faker lists (tests/gen/faker_names.sh), after the small tables: a
 * word of a table stays the table's ("Can", "Pas", "Vit" are names
 * somewhere), and a part no other list has that is an ordinary French
 * word ("Appel", "Sala", "Long") or has three letters or fewer ("Thi",
 * "Duc", "Si") is weak (D_WEAK): a name only right beside another or
 * after a relation (detect_relation.c), like the Dicollecte names. */
static int
dict_add_faker(const char *const *items, unsigned count, uint64_t flags,
    struct buf *tmp)
{
	for (unsigned i = 0; i < count; i++) {
		size_t a, b;

		if (norm_value(NORM_TEXT, items[i], strlen(items[i]), tmp) != 0)
			return -ENOMEM;
		for (a = 0; a < tmp->len; a = b + 1) {
			struct dict_entry *e;
			int weak;

			b = dict_part_end(tmp, a);
			if (b == a)
				continue;
			e = dict_slot(tmp->data + a, b - a);
			/* "vu" (Vũ), "que", "son" are names too: weak, and
			 * no name of the lists (notname_as_name) */
			if (e->len != 0 && (e->flags & D_NOTNAME) &&
			    !(e->flags & D_PARTICLE)) {
				e->flags |= D_WEAK;
				continue;
			}
			if (e->len != 0 && (e->flags & D_TABLES))
				continue;
			weak = b - a <= 3 || lexicon_has(tmp->data + a, b - a);
			if (dict_fill(e, tmp->data + a, b - a) != 0)
				return -ENOMEM;
			/* a new word, or an ambiguous.txt word no name list
			 * had */
			if (weak && !(e->flags & (D_FIRST | D_LAST)))
				e->flags |= D_AMBIG | D_WEAK;
			e->flags |= flags;
		}
	}
	return 0;
}

/* Words that name no person (dict_keep_has): the hashes of a list's
 * folded words that no name list holds (a place that is also a surname,
 * "Lens" or "Beaumont" of the Faker lists, stays a name), in an open
 * addressing table of their own.  Not a dictionary bit: the 32 are
 * taken, and only recall first and the name shapes ask, of words no
 * lexicon has.  After every list of names. */
static uint64_t keep_new[DICT_KEEP_SLOTS];	/* 0: empty; dict_build's */
static const uint64_t *keep_table = keep_new;
static size_t keep_count;

static int
dict_add_keep(const char *const *items, unsigned count, struct buf *tmp)
{
	for (unsigned i = 0; i < count; i++) {
		const struct dict_entry *e;
		uint64_t h;
		size_t k;

		if (norm_value(NORM_TEXT, items[i], strlen(items[i]), tmp) != 0)
			return -ENOMEM;
		if (tmp->len < 2 || memchr(tmp->data, ' ', tmp->len) != NULL)
			continue;
		h = hash(tmp->data, tmp->len);
		e = dict_slot_hashed(tmp->data, tmp->len, h);
		if (e->len != 0 && (e->flags & (D_FIRST | D_LAST)))
			continue;
		h |= h == 0;
		for (k = (size_t)h & (DICT_KEEP_SLOTS - 1); keep_new[k] != 0 &&
		    keep_new[k] != h; k = (k + 1) & (DICT_KEEP_SLOTS - 1))
			;
		if (keep_new[k] == 0 && ++keep_count > DICT_KEEP_SLOTS / 2)
			return -ENOSPC;	/* the lists outgrew the table */
		keep_new[k] = h;
	}
	return 0;
}

int
dict_keep_has(uint64_t h)
{
	size_t k;

	h |= h == 0;
	for (k = (size_t)h & (DICT_KEEP_SLOTS - 1); keep_table[k] != 0;
	    k = (k + 1) & (DICT_KEEP_SLOTS - 1))
		if (keep_table[k] == h)
			return 1;
	return 0;
}

/* The INNs of the ATC index alone (conf/detect/drugs_atc.txt), without
 * Dicollecte's proper nouns that dict_keep_has holds as well: a drug
 * typed after a person's name is no word of that name (precision19b),
 * where a place or a firm of Dicollecte may be a surname too
 * ("Kerguelen", "Delcourt", "Aldi").  Its own table, built on first ask
 * (pthread_once: a lookup table read-only afterwards, shared by the
 * threads); names of the lists are told apart by the caller (dflags). */
#define DRUG_SLOTS	16384	/* a power of two, four times the list */
static uint64_t drug_table[DRUG_SLOTS];	/* 0: empty */
static pthread_once_t drug_once = PTHREAD_ONCE_INIT;

/* The folded hashes of a list's words of three letters or more (one
 * word each) in table, open addressing over slots (a power of two, four
 * times the list at least). */
static void
hash_set_fill(const char *const *items, unsigned count, uint64_t *table,
    size_t slots)
{
	struct buf tmp = BUF_INIT;

	for (unsigned i = 0; i < count; i++) {
		const char *w = items[i];
		size_t n = strlen(w), k;
		uint64_t h;

		/* most INNs are lower-case ASCII letters, their own fold:
		 * norm_value only for the others (the table is built in
		 * the first comment that asks, ~1.3M instructions when all
		 * were folded) */
		for (k = 0; k < n && w[k] >= 'a' && w[k] <= 'z'; k++)
			;
		if (k == n) {
			if (n < 3)
				continue;
			h = hash(w, n);
		} else {
			/* a word that cannot be folded is left out: an ask
			 * of it finds no drug, the name rules decide as
			 * before */
			if (norm_value(NORM_TEXT, w, n, &tmp) != 0 ||
			    tmp.len < 3 || memchr(tmp.data, ' ', tmp.len) != NULL)
				continue;
			h = hash(tmp.data, tmp.len);
		}
		h |= h == 0;
		for (k = (size_t)h & (slots - 1); table[k] != 0 &&
		    table[k] != h; k = (k + 1) & (slots - 1))
			;
		table[k] = h;
	}
	buf_free(&tmp);
}

static int
hash_set_has(const uint64_t *table, size_t slots, uint64_t h)
{
	size_t k;

	h |= h == 0;
	for (k = (size_t)h & (slots - 1); table[k] != 0;
	    k = (k + 1) & (slots - 1))
		if (table[k] == h)
			return 1;
	return 0;
}

static void
drug_table_init(void)
{
	hash_set_fill(detect_list_drugs_atc, detect_list_drugs_atc_count,
	    drug_table, DRUG_SLOTS);
}

/* Dicollecte's proper nouns, those a name list holds too ("Paris",
 * "Nancy", "Florence"), which dict_keep_has leaves out: a town known
 * beyond the communes' list (review26: staff_at_town keeps a surname of
 * the lists after "psychiatre à" only when it is one).  Built on first
 * ask, as the drugs'. */
#define PROPER_SLOTS	16384	/* a power of two, four times the list */
static uint64_t proper_table[PROPER_SLOTS];	/* 0: empty */
static pthread_once_t proper_once = PTHREAD_ONCE_INIT;

static void
proper_table_init(void)
{
	hash_set_fill(detect_list_proper_nouns_dicollecte,
	    detect_list_proper_nouns_dicollecte_count, proper_table,
	    PROPER_SLOTS);
}

int
dict_proper_noun_has(uint64_t h)
{
	pthread_once(&proper_once, proper_table_init);
	return hash_set_has(proper_table, PROPER_SLOTS, h);
}

int
dict_drug_has(uint64_t h)
{
	pthread_once(&drug_once, drug_table_init);
	return hash_set_has(drug_table, DRUG_SLOTS, h);
}

/* Built once, read-only afterwards: threads share it without a lock.
 * The small tables live with their family's detectors (detect_int.h);
 * a new table gets its D_ flag (detect_int.h) and its line here. */
static int
dict_build(void)
{
	struct buf tmp = BUF_INIT;
	int r = -ENOMEM;
	size_t n = detect_list_first_names_count + detect_list_last_names_count +
	    detect_list_ambiguous_count + detect_list_eponyms_count +
	    detect_list_first_names_dicollecte_count +
	    detect_list_first_names_female_count +
	    detect_list_first_names_faker_count +
	    detect_list_last_names_faker_count +
	    detect_list_first_names_fakerjs_count +
	    detect_list_last_names_fakerjs_count +
	    name_shape_chinese_surname_count;

	/* the small tables, and the sensitive entries' first and last
	 * words in each of their written forms (sensitive_canon_forms) */
	n += 1024 + 8 * sensitive_raw_count;
	/* afresh (test_dict_image builds beside the image in use) */
	dict_term_first_digit = 0;
	keep_count = 0;
	memset(keep_new, 0, sizeof(keep_new));
	buf_reset(&dict_words);
	for (dict_cap = 64; dict_cap < n * 2; dict_cap *= 2)
		;
	free(dict_new);		/* not in use: dict_build runs once, or beside the image */
	/* the tests' fault: the dictionary's table cannot be had (ops34) */
	if (util_test_fault("dictionary") ||
	    (dict_new = calloc(dict_cap, sizeof(*dict_new))) == NULL) {
		dict_new = NULL;
		return -ENOMEM;
	}
	if (dict_add_list(detect_list_first_names, detect_list_first_names_count,
	    D_FIRST, &tmp) == 0 &&
	    dict_add_list(detect_list_last_names, detect_list_last_names_count,
	    D_LAST, &tmp) == 0 &&
	    dict_add_whole(detect_list_last_names,
	    detect_list_last_names_count, D_COMMONLAST, &tmp) == 0 &&
	    dict_add_list(detect_list_ambiguous, detect_list_ambiguous_count,
	    D_AMBIG, &tmp) == 0 &&
	    dict_add_list(detect_list_eponyms, detect_list_eponyms_count,
	    D_EPONYM, &tmp) == 0 &&
	    dict_add_dicollecte(&tmp) == 0 &&
	    dict_add_list(detect_list_first_names_female,
	    detect_list_first_names_female_count, D_FEMALE, &tmp) == 0 &&
	    dict_add_words(particles, D_PARTICLE) == 0 &&
	    dict_add_words(titles, D_TITLE) == 0 &&
	    dict_add_words(not_names, D_NOTNAME) == 0 &&
	    dict_add_roles(ROLE_CUE, D_RELATIVE) == 0 &&
	    dict_add_words(street_words, D_STREET) == 0 &&
	    dict_add_words(months, D_MONTH) == 0 &&
	    dict_add_month_abbrevs() == 0 &&
	    dict_add_words(unit_words, D_UNIT) == 0 &&
	    dict_add_words(place_words, D_PLACE) == 0 &&
	    dict_add_words(eponym_heads, D_EPOHEAD) == 0 &&
	    dict_add_words(date_cues, D_DATECUE) == 0 &&
	    dict_add_words(clinical_words, D_CLINICAL) == 0 &&
	    dict_add_words(subject_verbs, D_SUBJVERB) == 0 &&
	    dict_add_sensitive(&tmp) == 0 &&
	    dict_add_words(relation_nouns, D_RELATION) == 0 &&
	    dict_add_roles(ROLE_RELATION, D_RELATION) == 0 &&
	    dict_add_words(relation_bridges, D_BRIDGE) == 0 &&
	    dict_add_words(speech_verbs, D_SPEECH) == 0 &&
	    dict_add_relation_cues() == 0 &&
	    dict_add_faker(detect_list_first_names_faker,
	    detect_list_first_names_faker_count, D_FIRST, &tmp) == 0 &&
	    dict_add_faker(detect_list_last_names_faker,
	    detect_list_last_names_faker_count, D_LAST, &tmp) == 0 &&
	    dict_add_faker(detect_list_first_names_fakerjs,
	    detect_list_first_names_fakerjs_count, D_FIRST, &tmp) == 0 &&
	    dict_add_faker(detect_list_last_names_fakerjs,
	    detect_list_last_names_fakerjs_count, D_LAST, &tmp) == 0 &&
	    dict_add_faker(name_shape_chinese_surnames,
	    name_shape_chinese_surname_count, D_LAST, &tmp) == 0 &&
	    sensitive_first_words(SENSITIVE_BIT(SENSITIVE_TERM) |
	    SENSITIVE_BIT(SENSITIVE_ABBREV) | SENSITIVE_BIT(SENSITIVE_DRUG),
	    dict_add_term_first, NULL) == 0 &&
	    /* last: bits of their own, no list reads them */
	    dict_add_words(institution_heads, D_INSTHEAD) == 0 &&
	    dict_add_words(holidays, D_HOLIDAY) == 0 &&
	    dict_add_words(residence_words, D_RESIDE) == 0 &&
	    dict_add_words(english_function, D_ENGFUNC) == 0 &&
	    dict_add_words(english_ordinals, D_ENGFUNC) == 0 &&
	    dict_add_words(english_month_names, D_CUEWORD) == 0 &&
	    dict_add_words(name_cues, D_NAMECUE) == 0 &&
	    dict_add_words(message_cues, D_MSGCUE) == 0 &&
	    dict_add_words(fewcue_words, D_FEWCUE) == 0 &&
	    dict_add_words(detect_mail_at_words, D_CUEWORD) == 0 &&
	    dict_add_words(foreign_street_types, D_FSTREET) == 0 &&
	    dict_add_words(pharmacy_words, D_PHARMACY) == 0 &&
	    dict_add_words(arabic_particles, D_ARABPART) == 0 &&
	    dict_add_words(person_act_to_call, D_PERSONACT) == 0 &&
	    dict_add_words(person_act_called, D_PERSONACT) == 0 &&
	    dict_add_words(person_act_planned, D_PERSONACT) == 0 &&
	    dict_add_words(initials_cues, D_INITCUE) == 0 &&
	    dict_add_roles(ROLE_ANY, D_ROLE) == 0 &&
	    dict_add_words(split_title_tails, D_SPLITT) == 0 &&
	    dict_add_words(detect_phone_cues, D_PHONECUE) == 0 &&
	    dict_add_words(detect_id_labels, D_IDLABEL) == 0 &&
	    dict_add_words(detect_account_labels, D_ACCOUNT) == 0 &&
	    dict_add_words(detect_plate_cues, D_PLATECUE) == 0 &&
	    dict_add_words(detect_car_makes, D_PLATECUE) == 0 &&
	    dict_add_words(device_nouns, D_DEVICE) == 0 &&
	    dict_add_words(detect_document_labels, D_DOCLABEL) == 0 &&
	    dict_add_words(detect_shelter_nouns, D_SHELTER) == 0 &&
	    dict_add_words(detect_stay_nouns, D_STAY) == 0 &&
	    dict_add_words(month_cue_words, D_CUEWORD) == 0 &&
	    /* the cue lists: D_CUE, their bits in the cue table */
#define DICT_ADD_CUE(list, cue)	dict_add_words(list, D_CUE) == 0 &&
	    DETECT_CUE_LISTS(DICT_ADD_CUE)
#undef DICT_ADD_CUE
	    dict_add_words(detect_name_heading_firsts, D_HEADFIRST) == 0 &&
	    dict_add_words(detect_closing_words, D_CLOSING) == 0 &&
	    dict_add_words(detect_summary_etou, D_SUMETOU) == 0 &&
	    dict_add_words(detect_summary_age, D_SUMAGE) == 0 &&
	    dict_add_words(detect_summary_rare, D_SUMRARE) == 0 &&
	    dict_add_words(detect_proid_labels, D_CUEWORD) == 0 &&
	    /* read-only now: the names' flags decide what is kept */
	    dict_add_keep(detect_list_proper_nouns_dicollecte,
	    detect_list_proper_nouns_dicollecte_count, &tmp) == 0 &&
	    dict_add_keep(detect_list_drugs_atc, detect_list_drugs_atc_count,
	    &tmp) == 0)
		r = 0;
	buf_free(&tmp);
	return r;
}

/* The image made by gen/gen_dict.c, when the program links it (weak: the
 * unit tests and the generator do not, and build the table). */
extern const struct dict_image detect_dict_image __attribute__((weak));

/* What the image was made from, as far as it can be told cheaply: the
 * sizes of the lists.  (make rebuilds the image whenever the engine
 * changes; this catches an image linked with other lists by hand.) */
uint64_t
dict_sources_stamp(void)
{
	const size_t counts[] = { detect_list_first_names_count,
	    detect_list_last_names_count, detect_list_ambiguous_count,
	    detect_list_eponyms_count, detect_list_first_names_dicollecte_count,
	    detect_list_first_names_female_count,
	    detect_list_first_names_faker_count,
	    detect_list_last_names_faker_count,
	    detect_list_first_names_fakerjs_count,
	    detect_list_last_names_fakerjs_count,
	    detect_list_proper_nouns_dicollecte_count,
	    detect_list_drugs_atc_count, sensitive_raw_count,
	    detect_lexicon_count, sizeof(struct dict_entry), DICT_KEEP_SLOTS,
	    detect_lexicon_buckets };

	return hash((const char *)counts, sizeof(counts));
}

static void iban_byte_init(void);

static void
dict_init(void)
{
	const struct dict_image *im = &detect_dict_image;

	latin_class_init();
	iban_byte_init();
	eponym_gate_init();
	role_init();
	/* The sensitive tables first, inside this once: tokenize reads
	 * sensitive_near_bits at every word (word_wbits' W_NEW), with or
	 * without diagnosis groups, and a mount's threads tokenize at once.
	 * Filled by the first scrub that asked for groups, they were copied
	 * while another thread read them (a data race; review23,
	 * test_review23 under `make test-tsan`).  With the image this is a
	 * copy of 8 KB; without it dict_build asked for them already. */
	if ((dict_fail_err = sensitive_init()) != 0) {
		snprintf(dict_fail_what, sizeof(dict_fail_what), "the sensitive "
		    "lexicon (conf/sensitive, its tables)");
		return;
	}
	if ((dict_fail_err = cue_init()) != 0)
		return;		/* cue_add said which */
	/* the image, unless the tests' fault asks for the table made here
	 * (which that fault then fails) */
	if (im != NULL && im->stamp == dict_sources_stamp() &&
	    !util_test_fault("dictionary")) {
		dict = im->entries;
		dict_pool = im->pool;
		dict_cap = im->cap;
		keep_table = im->keep;
		dict_term_first_digit = im->term_first_digit;
		dict_ok = 1;
		return;
	}
	if ((dict_fail_err = dict_build()) != 0) {
		snprintf(dict_fail_what, sizeof(dict_fail_what), "the scrub's "
		    "dictionary (the name lists, the lexicons and the cue "
		    "words, conf/detect and conf/lists)");
		return;
	}
	dict = dict_new;
	dict_pool = dict_words.data ? dict_words.data : "";
	dict_ok = 1;
}

int
detect_prepare(const char **what)
{
	int r;

	*what = NULL;
	if (!dict_ready()) {
		*what = dict_fail_what[0] != '\0' ? dict_fail_what :
		    "the scrub's tables";
		return dict_fail_err < 0 ? dict_fail_err : -ENOMEM;
	}
	/* leaks48: the row's name in another script is read by ICU's
	 * transliterator (translit.h); without it that rule would read
	 * nothing and such a name would go raw, so the program does not
	 * start (a cell that asks without this fails, EIO) */
	if ((r = translit_init()) != 0) {
		*what = "the transliterator (ICU's \"Any-Latin; Latin-ASCII\", "
		    "its data)";
		return r;
	}
	return 0;
}

int
dict_current(struct dict_image *out)
{
	if (!dict_ready())
		return -ENOMEM;
	*out = (struct dict_image){ dict_sources_stamp(), dict, dict_cap,
	    dict_pool, keep_table, dict_term_first_digit };
	return 0;
}

int
dict_built_equals_image(void)
{
	const struct dict_image *im = &detect_dict_image;
	struct dict_image cur;

	if (im == NULL)
		return -ENOENT;
	if (dict_current(&cur) != 0 || dict_build() != 0)
		return -ENOMEM;
	if (cur.entries != im->entries || im->cap != dict_cap ||
	    im->term_first_digit != dict_term_first_digit ||
	    memcmp(im->keep, keep_new, sizeof(keep_new)) != 0)
		return 0;
	for (size_t i = 0; i < dict_cap; i++) {
		const struct dict_entry *a = &im->entries[i], *b = &dict_new[i];

		if (a->len != b->len || a->flags != b->flags || (a->len != 0 &&
		    memcmp(im->pool + a->off, dict_words.data + b->off,
		    a->len) != 0))
			return 0;
	}
	return 1;
}

/* The first detect_run builds the dictionary; 0 if it could not be. */
int
dict_ready(void)
{
	pthread_once(&dict_once, dict_init);
	return dict_ok;
}

/* A word with a byte beyond ASCII: folded by norm_value (NFKD, case
 * folding, accents off), as the row values are. */
static __attribute__((noinline)) int
fold_word_text(struct detect_scratch *s, const char *w, size_t n,
    struct detect_word *word)
{
	struct fold_slot *c = NULL;
	uint64_t h = 0;
	int r;

	word->fold_off = s->fold.len;
	if (n <= FOLD_KEY && wcache_make(s) != NULL) {
		h = hash(w, n);
		c = &s->wcache->fold[(h ^ (h >> 29)) % FOLD_SLOTS];
		if (c->len == n && c->fp == (uint32_t)(h >> 32) &&
		    memcmp(c->key, w, n) == 0) {
			if ((r = buf_append(&s->fold, c->fold, c->flen)) != 0)
				return r;
			word->fold_len = c->flen;
			word->fhash = c->fhash;
			return 0;
		}
	}
	if ((r = norm_value(NORM_TEXT, w, n, &s->tmp)) != 0 ||
	    (r = buf_append(&s->fold, s->tmp.data, s->tmp.len)) != 0)
		return r;
	word->fold_len = (uint32_t)(s->fold.len - word->fold_off);
	word->fhash = hash(s->fold.data ? s->fold.data + word->fold_off : "",
	    word->fold_len);
	if (c != NULL && word->fold_len <= FOLD_KEY) {
		c->fhash = word->fhash;
		c->fp = (uint32_t)(h >> 32);
		c->len = (uint8_t)n;
		c->flen = (uint8_t)word->fold_len;
		memcpy(c->key, w, n);
		memcpy(c->fold, s->fold.data + word->fold_off, word->fold_len);
	}
	return 0;
}

/* Skip one character that is not part of a word; the next index.  Its
 * bytes' TB_* bits or-ed into *tb, eight bits up as tokenize's loop
 * keeps them. */
static size_t
skip_char(const uint8_t *p, size_t len, size_t i, uint32_t *tb)
{
	ucs4_t uc;
	int n;

	if (p[i] < 0x80) {
		*tb |= (uint32_t)text_byte[p[i]] << 8;
		return i + 1;
	}
	n = u8_mbtouc(&uc, p + i, len - i);
	n = n > 0 ? n : 1;
	for (int k = 0; k < n; k++)
		*tb |= (uint32_t)text_byte[p[i + k]] << 8;
	return i + (size_t)n;
}

/* The class (LC_*) of a character beyond Latin, and W_LOOK in *flags
 * for a letter that imitates a Latin one (Greek, Cyrillic, full-width:
 * sensitive_lookalike_latin; not "μmol"'s mu): read only for the
 * characters beyond Latin, rare. */
static unsigned
other_letter_class(ucs4_t uc, uint32_t *flags)
{
	unsigned cls = uc_is_alpha(uc) ? LC_ALPHA : 0;

	if (cls && uc_is_upper(uc))
		cls |= LC_UPPER;
	if (cls && uc >= 0x370 && sensitive_lookalike_latin(uc) != 0)
		*flags |= W_LOOK;
	return cls;
}

/* W_SPACED for a capital alone ending at t[i] that one to three spaces,
 * hyphens, underscores or slashes part from a capital (read_ascii_word:
 * only words of one capital ask). */
static uint32_t
spaced_capital(const char *t, size_t len, size_t i)
{
	size_t k = i;

	while (k < len && k < i + 3 && (t[k] == ' ' || t[k] == '-' ||
	    t[k] == '_' || t[k] == '/'))
		k++;
	return k > i && k < len && t[k] >= 'A' && t[k] <= 'Z' ? W_SPACED : 0;
}

/* A word read: its fields but dflags, fhash and joined (tokenize's), epo
 * and lex not asked yet, touched by no span.  Pairs of 32-bit fields as
 * one store of 64 bits, the four bytes as one of 32: gcc gathered the
 * offsets into a vector register first, some ten instructions a word. */
static inline __attribute__((always_inline)) void
word_fill(struct detect_word *w, size_t start, size_t end, size_t fold_off,
    size_t fold_len, uint32_t flags, size_t nchars)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	_Static_assert(offsetof(struct detect_word, end) ==
	    offsetof(struct detect_word, start) + 4, "start, end");
	_Static_assert(offsetof(struct detect_word, fold_len) ==
	    offsetof(struct detect_word, fold_off) + 4, "fold_off, fold_len");
	_Static_assert(offsetof(struct detect_word, nchars) ==
	    offsetof(struct detect_word, flags) + 4, "flags, nchars");
	_Static_assert(offsetof(struct detect_word, lex) ==
	    offsetof(struct detect_word, epo) + 1 &&
	    offsetof(struct detect_word, touched) ==
	    offsetof(struct detect_word, epo) + 2 &&
	    offsetof(struct detect_word, joined) ==
	    offsetof(struct detect_word, epo) + 3, "epo, lex, touched, joined");
	uint64_t a = (uint32_t)start | (uint64_t)(uint32_t)end << 32;
	uint64_t b = (uint32_t)fold_off | (uint64_t)(uint32_t)fold_len << 32;
	uint64_t c = flags | (uint64_t)(uint32_t)nchars << 32;
	uint32_t d = 0xffff;	/* epo -1, lex -1, touched 0, joined 0 */

	memcpy(&w->start, &a, 8);
	memcpy(&w->fold_off, &b, 8);
	memcpy(&w->flags, &c, 8);
	memcpy(&w->epo, &d, 4);
#else
	w->start = (uint32_t)start;
	w->end = (uint32_t)end;
	w->fold_off = (uint32_t)fold_off;
	w->fold_len = (uint32_t)fold_len;
	w->flags = flags;
	w->nchars = (uint32_t)nchars;
	w->epo = -1;
	w->lex = -1;
	w->touched = 0;
	w->joined = 0;
#endif
}

/*
 * One word from t[i] (a run of digits, or of letters), into the next
 * struct detect_word; *end is the byte after it (i itself if no word
 * starts there).  An ASCII word is folded (lower case) in the loop that
 * reads it, into s->fold, whose room the caller made, then hashed eight
 * bytes at a time.
 */
static __attribute__((noinline)) int
read_word(const char *t, size_t len, size_t i, struct detect_scratch *s,
    struct detect_word *w, size_t *end, uint32_t *letters_tb)
{
	const uint8_t *p = (const uint8_t *)t;
	char *f = s->fold.data + s->fold.len;
	size_t start = i, nchars = 0, fl = 0;
	unsigned lower = 0;	/* a letter not in upper case was read */
	uint32_t flags = 0, tb = 0;
	int ascii = 1;
	int fast = 1;	/* f and h hold the fold: no norm_value */

	if (util_is_digit(t[i])) {
		while (i < len && util_is_digit(t[i])) {
			f[fl++] = t[i];
			i++;
		}
		nchars = fl;
		flags = W_DIGIT;
	} else {
		uint8_t c;

		/* ASCII letters first, the common case: one test a letter
		 * (0x20 is the bit of lower case). */
		while (i < len && (c = ascii_lower[p[i]]) != 0) {
			f[fl++] = (char)c;
			lower |= p[i];
			i++;
		}
		lower &= 0x20;
		if (fl > 0 && ascii_lower[p[start]] != p[start])
			flags |= W_CAP;
		nchars = fl;
		/* Beyond ASCII: accents, other scripts. */
		while (i < len && (p[i] >= 0x80 || !ascii)) {
			unsigned cls;
			int n = 1;

			if (p[i] < 0x80) {
				/* ASCII letters after one beyond ASCII ("Hélène"),
				 * in a loop of their own: lower as in the loop above,
				 * never the first letter (nchars > 0 once ascii is
				 * 0), one byte each (no text_byte) */
				if ((c = ascii_lower[p[i]]) == 0)
					break;
				do {
					f[fl++] = (char)c;
					lower |= p[i] & 0x20u;
					nchars++;
				} while (++i < len && (c = ascii_lower[p[i]]) != 0);
				continue;
			} else if (p[i] >= 0xc2 && p[i] <= 0xc9 && i + 1 < len &&
			    (p[i + 1] & 0xc0) == 0x80) {
				/* Latin accents: libunistring's answers, kept
				 * (class, fold and its length in one load). */
				const uint32_t e = latin_pack[((p[i] & 0x1fu) << 6) |
				    (p[i + 1] & 0x3fu)];
				const unsigned flen = e >> 8 & 0xffu;

				ascii = 0;
				if (!(e & LC_ALPHA))
					break;
				/* its fold, at most its two bytes, stored at
				 * once (f has room for both: the letter's own)
				 * and counted while no letter went to
				 * norm_value: no branch on the letter */
				fast &= flen != 0xff;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				{
					/* bytes 2-3 of e in memory order: one
					 * store (gcc kept two byte stores) */
					const uint16_t two = (uint16_t)(e >> 16);

					memcpy(f + fl, &two, 2);
				}
#else
				f[fl] = (char)(uint8_t)(e >> 16);
				f[fl + 1] = (char)(uint8_t)(e >> 24);
#endif
				fl += flen & (0u - (unsigned)fast);
				lower |= !(e & LC_UPPER);
				flags |= (uint32_t)((nchars == 0) &
				    ((e & LC_UPPER) != 0)) * W_CAP;
				nchars++;
				/* the second byte's text bits (a first byte
				 * beyond ASCII has none) */
				tb |= text_byte[p[i + 1]];
				i += 2;
				continue;
			} else {
				ucs4_t uc;

				n = u8_mbtouc(&uc, p + i, len - i);
				cls = other_letter_class(uc, &flags);
				ascii = 0;
				fast = 0;
			}
			if (!(cls & LC_ALPHA))
				break;
			lower |= !(cls & LC_UPPER);
			if (nchars == 0 && (cls & LC_UPPER))
				flags |= W_CAP;
			nchars++;
			/* "ī" is c4 ab: the text's bits count every byte
			 * (the first too: TB_XE2's 0xe2 starts a letter of
			 * U+2000-U+2FFF, "ℓ", "Ⅳ") */
			for (int k = 0; k < n; k++)
				tb |= text_byte[p[i + k]];
			i += (size_t)n;
		}
		s->text_bytes |= tb;
		if (nchars >= 2 && !lower)
			flags |= W_UPPER;
	}
	*end = i;
	*letters_tb = tb;
	if (nchars == 0)
		return 0;
	if (i < len && t[i] == '.') {
		flags |= W_DOT;
		if (nchars == 1 && (flags & W_CAP) && i + 1 < len &&
		    t[i + 1] >= 'A' && t[i + 1] <= 'Z')
			flags |= W_ACRO;
	}
	w->flags = flags;
	w->start = start;
	w->end = i;
	w->nchars = nchars;
	w->lex = -1;
	w->epo = -1;
	w->touched = 0;
	if (ascii || fast) {
		w->fold_off = s->fold.len;
		w->fold_len = (uint32_t)fl;
		w->fhash = hash_padded(f, fl);
		s->fold.len += fl;
		return 0;
	}
	return fold_word_text(s, t + start, i - start, w);
}

#if defined(__SSE2__)
/* n bytes of ones then zeros, from fold_mask + 16 - n (n <= 16). */
static const uint8_t fold_mask[32] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};
#endif

/*
 * Most words: read_word's work for a word of ASCII digits, or of ASCII
 * letters followed by an ASCII byte or the end (p[i] is a letter or a
 * digit), in tokenize's loop.  0 if the word goes on beyond ASCII: then
 * read_word, out of line, reads it whole (its registers no longer crowd
 * the loop's: some sixty instructions a word fewer).
 */
static inline __attribute__((always_inline)) int
read_ascii_word(const uint8_t *p, size_t len, size_t i,
    struct detect_scratch *s, struct detect_word *w, size_t *end,
    const uint8_t *tail, size_t tail_base)
{
	char *f = s->fold.data + s->fold.len - i;
	uint64_t h;
	uint32_t flags;
	unsigned lower = 0;
	size_t j = i;
	uint8_t c;

#if defined(__SSE2__)
	/* A word of letters: sixteen bytes read at once (most words are
	 * shorter), the word's end from a mask of the letters, its fold
	 * stored in one go (f has FOLD_SLACK bytes of room past the fold:
	 * tokenize), and its hash from the same register (util_whash's
	 * chunks of eight: a multiply or two a word, where FNV-1a's loop
	 * paid one a letter and a mispredicted exit).  The byte loop below
	 * tested each byte's class, stored, and or-ed it for the case: some
	 * twelve instructions a letter.  (Digits, and words of sixteen
	 * letters or more, go byte by byte; a word in the text's last
	 * sixteen bytes is read from tokenize's copy of them, never past
	 * the text: test_tokenize's guard page.) */
	if (!util_is_digit((char)p[i])) {
		/* the text's last sixteen bytes from tail (zeros after
		 * them): a select, not a branch at the end of every text */
		const uint8_t *src = i < tail_base ? p + i : tail + (i - tail_base);
		const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    src);
		/* v | 0x20 in 'a'..'z' (a byte >= 0x80 is negative: no
		 * letter) */
		const __m128i x = _mm_or_si128(v, _mm_set1_epi8(0x20));
		const __m128i l = _mm_and_si128(_mm_cmpgt_epi8(x,
		    _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(x,
		    _mm_set1_epi8('z' + 1)));
		const unsigned n = (unsigned)__builtin_ctz(~(unsigned)
		    _mm_movemask_epi8(l));

		if (n < 16) {
			const uint8_t *u = (const uint8_t *)f + i;
			unsigned low;

			if (((unsigned)_mm_movemask_epi8(v) >> n) & 1)
				return 0;	/* goes on beyond ASCII: read_word */
			/* the fold: the letters in lower case */
			const __m128i fv = _mm_or_si128(v, _mm_and_si128(l,
			    _mm_set1_epi8(0x20)));
			/* its n bytes, zeros after: util_whash's one or two
			 * chunks (n < 16), from the register, no loop */
			const __m128i m = _mm_and_si128(fv, _mm_loadu_si128(
			    (const __m128i *)(const void *)(fold_mask + 16 - n)));
			const uint64_t c0 = (uint64_t)_mm_cvtsi128_si64(m);
			const uint64_t c1 = (uint64_t)_mm_cvtsi128_si64(
			    _mm_unpackhi_epi64(m, m));
			const uint64_t h0 = util_whash_mix(UTIL_WHASH_SEED ^
			    (uint64_t)n ^ c0);

			_mm_storeu_si128((__m128i *)(void *)u, fv);
			h = n > 8 ? util_whash_mix(h0 ^ c1) : h0;
			j = i + n;
			/* bit 5 of each byte (lower case) to bit 7 */
			low = (unsigned)_mm_movemask_epi8(_mm_slli_epi64(v, 2)) &
			    ((1u << n) - 1);
			flags = (~low & 1u) * W_CAP |
			    (uint32_t)((n >= 2) & (low == 0)) * W_UPPER;
			goto flags_done;
		}
	} else {
		/* A word of digits the same way, in the branch tokenize's
		 * words already take on their first byte: the fold is the
		 * digits, stored at once; the byte loop's exit, at a
		 * number's length, was mispredicted one number in two. */
		const uint8_t *src = i < tail_base ? p + i : tail + (i - tail_base);
		const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    src);
		const __m128i d = _mm_and_si128(_mm_cmpgt_epi8(v,
		    _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v,
		    _mm_set1_epi8('9' + 1)));
		const unsigned n = (unsigned)__builtin_ctz(~(unsigned)
		    _mm_movemask_epi8(d));

		if (n < 16) {
			const __m128i m = _mm_and_si128(v, _mm_loadu_si128(
			    (const __m128i *)(const void *)(fold_mask + 16 - n)));
			const uint64_t c0 = (uint64_t)_mm_cvtsi128_si64(m);
			const uint64_t c1 = (uint64_t)_mm_cvtsi128_si64(
			    _mm_unpackhi_epi64(m, m));
			const uint64_t h0 = util_whash_mix(UTIL_WHASH_SEED ^
			    (uint64_t)n ^ c0);

			_mm_storeu_si128((__m128i *)(void *)(f + i), v);
			h = n > 8 ? util_whash_mix(h0 ^ c1) : h0;
			j = i + n;
			flags = W_DIGIT;
			goto flags_done;
		}
	}
#else
	(void)tail;
	(void)tail_base;
#endif
	if (util_is_digit((char)p[i])) {
		do {
			f[j] = (char)p[j];
		} while (++j < len && util_is_digit((char)p[j]));
		flags = W_DIGIT;
	} else {
		while (j < len && (c = ascii_lower[p[j]]) != 0) {
			f[j] = (char)c;
			lower |= p[j++];
		}
		if (j < len && p[j] >= 0x80)
			return 0;
		/* a capital first, all capitals (two or more): arithmetic,
		 * not the branches the words' order made a coin's toss */
		flags = (uint32_t)(ascii_lower[p[i]] != p[i]) * W_CAP |
		    (uint32_t)((j - i >= 2) & (~lower >> 5 & 1)) * W_UPPER;
	}
	h = hash_padded(f + i, j - i);
#if defined(__SSE2__)
 flags_done:
#endif
	flags |= (uint32_t)(j < len && p[j] == '.') * W_DOT;
	/* one capital alone (an initial): one branch, rarely taken */
	if (((j - i - 1) | (~flags & W_CAP)) == 0) {
		if (flags & W_DOT) {
			if (j + 1 < len && p[j + 1] >= 'A' && p[j + 1] <= 'Z')
				flags |= W_ACRO;
		} else
			flags |= spaced_capital((const char *)p, len, j);
	}
	word_fill(w, i, j, s->fold.len, j - i, flags, j - i);
	w->fhash = h;
	s->fold.len += j - i;
	*end = j;
	return 1;
}

#if defined(__SSE2__)
/* latin_word's miss: read_word's word, kept in the slots (set: the
 * first of the run's two) when it is a function of the run's n bytes
 * (key, hashed h). */
static __attribute__((noinline)) int
latin_word_read(const char *t, size_t len, size_t i, struct detect_scratch *s,
    struct detect_word *w, size_t *end, struct latin_slot *set, __m128i key,
    uint64_t h, unsigned n)
{
	const uint8_t *p = (const uint8_t *)t;
	uint32_t tb;
	size_t e;
	int r;

	if ((r = read_word(t, len, i, s, w, end, &tb)) != 0)
		return r;
	e = *end;
	if (set != NULL && (e == i + n || (e + 1 < i + n && p[e] >= 0xc2 &&
	    p[e] <= 0xc9 && (p[e + 1] & 0xc0) == 0x80)) &&
	    (e == i || w->fold_len <= LATIN_KEY)) {
		/* kept in the set's first slot, what it held moved to the
		 * second (the set's older word goes) */
		struct latin_slot *c = set;

		c[1] = c[0];
		_mm_storeu_si128((__m128i *)(void *)c->key, key);
		memset(c->fold, 0, sizeof(c->fold));
		c->h = h;
		c->rlen = (uint8_t)n;
		c->wlen = (uint8_t)(e - i);
		c->tb = tb;
		c->flags = 0;
		c->fhash = 0;
		c->flen = c->nchars = 0;
		if (e > i) {
			memcpy(c->fold, s->fold.data + w->fold_off, w->fold_len);
			c->flen = (uint8_t)w->fold_len;
			c->fhash = w->fhash;
			c->flags = w->flags & ~(uint32_t)(W_DOT | W_ACRO);
			c->nchars = (uint8_t)w->nchars;
		}
	}
	return 0;
}
#endif

/*
 * read_word's word at t[i], from the word cache's Latin slots when the
 * same run was read before (struct latin_slot).  The run, the bytes at
 * t[i] that are ASCII letters or beyond ASCII, holds every byte read_word
 * reads to make its word (a letter stops at a byte of neither kind);
 * what it returns is a function of those bytes when its word is the run
 * whole, or stops inside the run at a two-byte character that is no
 * letter ("n°", "°": latin_pack's answer, two bytes of the run), and is
 * kept only then (a word that stops at a longer character, "l’", is not
 * kept: its answer is the same wherever the run is, but it asks
 * libunistring of a character that may be cut at the run's end).  W_DOT
 * and W_ACRO read the byte after the word: asked again at each hit,
 * never kept.  Reads sixteen bytes at t[i], those of the text's last
 * sixteen from tail (read_ascii_word's).  A hit calls nothing: no
 * register saved (the miss is latin_word_read's).
 */
static __attribute__((noinline)) int
latin_word(const char *t, size_t len, size_t i, struct detect_scratch *s,
    struct detect_word *w, size_t *end, const uint8_t *tail, size_t tail_base)
{
#if defined(__SSE2__)
	const uint8_t *p = (const uint8_t *)t;
	const uint8_t *src = i < tail_base ? p + i : tail + (i - tail_base);
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)src);
	/* v | 0x20 in 'a'..'z', or a byte beyond ASCII (its top bit) */
	const __m128i x = _mm_or_si128(v, _mm_set1_epi8(0x20));
	const __m128i l = _mm_and_si128(_mm_cmpgt_epi8(x,
	    _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1)));
	const unsigned n = (unsigned)__builtin_ctz(~((unsigned)
	    _mm_movemask_epi8(l) | (unsigned)_mm_movemask_epi8(v)));
	struct latin_slot *set, *c;
	__m128i key;
	uint64_t h;
	uint32_t flags;
	size_t e;

	if (n - 1 >= LATIN_KEY - 1 || s->wcache == NULL)
		return latin_word_read(t, len, i, s, w, end, NULL,
		    _mm_setzero_si128(), 0, n);
	key = _mm_and_si128(v, _mm_loadu_si128((const __m128i *)(const void *)
	    (fold_mask + 16 - n)));
	h = util_whash_mix(UTIL_WHASH_SEED ^ (uint64_t)n ^
	    (uint64_t)_mm_cvtsi128_si64(key));
	if (n > 8)
		h = util_whash_mix(h ^ (uint64_t)_mm_cvtsi128_si64(
		    _mm_unpackhi_epi64(key, key)));
	/* two ways: the set's first slot, then its second */
	set = &s->wcache->latin[((h ^ (h >> 29)) % LATIN_SLOTS) & ~1u];
	c = set->h != h && set[1].h == h ? set + 1 : set;
	if (c->h != h || c->rlen != n || _mm_movemask_epi8(_mm_cmpeq_epi8(key,
	    _mm_loadu_si128((const __m128i *)(const void *)c->key))) != 0xffff)
		return latin_word_read(t, len, i, s, w, end, set, key, h, n);
	flags = c->flags;
	e = i + c->wlen;
	*end = e;
	if (e == i)
		return 0;	/* no word: the caller skips */
	/* the fold, sixteen bytes (tokenize's FOLD_SLACK: its room past the
	 * fold is the text's rest and sixteen bytes at least) */
	_mm_storeu_si128((__m128i *)(void *)(s->fold.data + s->fold.len),
	    _mm_loadu_si128((const __m128i *)(const void *)c->fold));
	if (e < len && t[e] == '.') {
		flags |= W_DOT;
		if (c->nchars == 1 && (flags & W_CAP) && e + 1 < len &&
		    t[e + 1] >= 'A' && t[e + 1] <= 'Z')
			flags |= W_ACRO;
	}
	word_fill(w, i, e, s->fold.len, c->flen, flags, c->nchars);
	w->fhash = c->fhash;
	s->fold.len += c->flen;
	s->text_bytes |= c->tb;
	return 0;
#else
	uint32_t tb;

	(void)tail;
	(void)tail_base;
	return read_word(t, len, i, s, w, end, &tb);
#endif
}

static int
words_grow(struct detect_scratch *s)
{
	size_t cap = s->words_cap ? s->words_cap * 2 : 64;
	struct detect_word *g = realloc(s->words, cap * sizeof(*g));
	int32_t *ws;
	size_t *dw;
	uint32_t *wc;
	uint8_t *cb;

	if (g == NULL)
		return -ENOMEM;
	s->words = g;
	if ((ws = realloc(s->wspan, cap * sizeof(*ws))) == NULL)
		return -ENOMEM;
	s->wspan = ws;
	if ((dw = realloc(s->dwords, cap * sizeof(*dw))) == NULL)
		return -ENOMEM;
	s->dwords = dw;
	if ((dw = realloc(s->twords, cap * sizeof(*dw))) == NULL)
		return -ENOMEM;
	s->twords = dw;
	if ((wc = realloc(s->wclass, cap * WC_NCLASSES * sizeof(*wc))) == NULL)
		return -ENOMEM;
	s->wclass = wc;
	s->wclass_cap = cap;
	/* (sixteen past: the class bytes' loads read fifteen past the last) */
	if ((cb = realloc(s->wcls, cap + 16)) == NULL)
		return -ENOMEM;
	s->wcls = cb;
	s->words_cap = cap;
	return 0;
}

/* Words i and i+1 belong to one name: one or two spaces, a hyphen or an
 * apostrophe alone ("Marie-Thérèse", "D'Almeida"), or ". " after an
 * initial or a title.  " - " or ". " after a word ends a name. */
static int
words_joined(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start, k = a;
	const unsigned char *u = (const unsigned char *)t;

	if (b - a == 1 && (t[a] == '-' || t[a] == '\''))
		return 1;
	if (b - a == 3 && u[a] == 0xe2 && u[a + 1] == 0x80 && u[a + 2] == 0x99)
		return 1;	/* ’ */
	if (k < b && t[k] == '.') {
		if (s->words[i].nchars != 1 && !is_title_word(s, i))
			return 0;
		k++;
		if (k < b && t[k] == '-')	/* "J.-P." */
			k++;
	}
	if (b - k > 2)
		return 0;
	for (; k < b; k++) {
		if (t[k] == ' ')
			continue;
		if (u[k] == 0xc2 && k + 1 < b && u[k + 1] == 0xa0) {
			k++;
			continue;
		}
		return 0;
	}
	return 1;
}

/* words_joined for a gap of one byte: 1 joined, 0 not, 2 after an
 * initial or a title only (". "'s rule without its space); and 8 for
 * ' and -: the next word is glued (WCB_GLUED). */
_Static_assert(WCB_GLUED == 8 << 4, "gap_one's 8 is WCB_GLUED");
static const uint8_t gap_one[256] = {
	[' '] = 1, ['-'] = 1 | 8, ['\''] = 1 | 8, ['.'] = 2,
	/* not joined; the cells of structured data glued ("TROADEC^LOIC",
	 * "TROADEC;Loïc") or the parts of a file's name ("DUPONT_Jean.pdf"):
	 * caret_hint */
	['^'] = 4, [';'] = 4, ['|'] = 4, ['\t'] = 4, ['_'] = 4,
};

/* The word cache's slot of a folded word with hash h (WC_DICT). */
static inline __attribute__((always_inline)) const struct wcache_slot *
word_dict_slot(const struct detect_scratch *s, uint64_t h)
{
	return &s->wcache->slot[(h ^ (h >> 23) ^ (uint64_t)WC_DICT) %
	    WCACHE_SLOTS];
}

/* words_joined for a gap of two bytes x, y, as gap_one: 1 joined (two
 * spaces, a no-break space), 2 after an initial or a title only (". ",
 * ".-" of "J.-P."), 0 not (", " and the rest). */
static inline unsigned
gap_two(uint8_t x, uint8_t y)
{
	if ((x == ' ' && y == ' ') || (x == 0xc2 && y == 0xa0))
		return 1;
	return x == '.' && (y == ' ' || y == '-') ? 2 : 0;
}

/* dict_value_cached's hit, inline in tokenize's loop: a call a word, its
 * prologue and libc's memcmp for a few bytes cost some forty instructions
 * of the eighty a word paid (docs/performance.md, issue 10/12-6). */
static inline __attribute__((always_inline)) uint64_t
word_dict_value(struct detect_scratch *s, const char *w, size_t n, uint64_t h,
    uint32_t *wb)
{
	const struct wcache_slot *c;
	uint32_t tag;

	/* empty, or longer than a key: not kept (dict_flags_hashed and
	 * word_wbits give 0 for an empty fold) */
	if (n - 1 >= WCACHE_KEY) {
		uint64_t d = dict_flags_shaped(w, n, h);

		*wb = word_wbits(w, n, h, d);
		return d;
	}
	if (s->wcache == NULL)
		return dict_value_cached(s, w, n, h, wb);	/* makes it */
	c = word_dict_slot(s, h);
	/* fp, kind and len compared as one word (little-endian) */
	memcpy(&tag, &c->fp, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (tag != ((uint32_t)(uint16_t)(h >> 48) | (uint32_t)WC_DICT << 16 |
	    (uint32_t)n << 24) || wcache_key_differs(c, w, n))
#else
	(void)tag;
	if (c->kind != WC_DICT || c->fp != (uint16_t)(h >> 48) || c->len != n ||
	    wcache_key_differs(c, w, n))
#endif
		return dict_value_cached(s, w, n, h, wb);
	*wb = c->wbits;
	return c->value;
}

/* Digits [a, e) with an OCR letter glued before or after ("l8", "5l100"),
 * or a 1, a 0 or a 4 alone between letters ("Mou1in", "Rol4nd"): worth
 * textnorm_ocr's pass (detect_run): bit 2.  Bit 4: a byte lookalike_digit
 * reads as a digit glued before or after (detect_num.c: "O6", "l23456",
 * "S6", "B12", "|2"), the two bytes scan_lookalike_numbers tests at each
 * digit word (speed32f: its gate, s->lookalike_hint). */
static inline int
ocr_glued(const uint8_t *p, size_t len, size_t a, size_t e)
{
	int g = ((a > 0 ? word_lead[p[a - 1]] : 0) |
	    (e < len ? word_lead[p[e]] : 0)) & 6;

	if (e == a + 1 && ((p[a] | 1) == '1' || p[a] == '4') && a > 0 &&
	    e < len && ascii_lower[p[a - 1]] && ascii_lower[p[e]])
		g |= 2;
	return g;
}

/* Whether digit word [a, e) may be where scan_ibans (detect_num.c) finds
 * an account, its walk's own first tests made here once a number so that
 * its gate is a hint (speed37b; s->iban_hint): two ASCII letters glued
 * before two digits or more ("FR76", "fr76"), a word of two digits after
 * two capitals and a space ("FR 76"), or a word of eleven digits after a
 * digit and one ' ', '-' or '.' (a RIB's account, rib_at: bank, branch,
 * account, key).  A superset: the walk asks the rest.  The three bytes
 * before by one table, the tests as bits: no branch on a byte beside a
 * number (speed31f's lesson, gps_number); an index before the text's
 * start is clamped to the number's own first digit (a branch out of line
 * for those words cost tokenize +17 K mispredicted a pass: speed37b). */
enum {
	IB_ALPHA = 1,		/* an ASCII letter */
	IB_UPPER = 2,		/* 'A'-'Z' */
	IB_SPACE = 4,		/* ' ' */
	IB_RIBSEP = 8,		/* ' ', '-', '.': rib_at's separators */
	IB_DIGIT = 16,
};
static uint8_t iban_byte[256];

static void
iban_byte_init(void)
{
	for (unsigned c = 'A'; c <= 'Z'; c++) {
		iban_byte[c] = IB_ALPHA | IB_UPPER;
		iban_byte[c + 32] = IB_ALPHA;
	}
	for (unsigned c = '0'; c <= '9'; c++)
		iban_byte[c] = IB_DIGIT;
	iban_byte[' '] = IB_SPACE | IB_RIBSEP;
	iban_byte['-'] = iban_byte['.'] = IB_RIBSEP;
}

static inline int
iban_may(const uint8_t *p, size_t a, size_t e)
{
	const size_t n = e - a;
	/* (before the text's start: the number's own first digit, which
	 * is none of the classes the tests ask but IB_DIGIT) */
	const unsigned c1 = iban_byte[p[a >= 1 ? a - 1 : a]];
	const unsigned c2 = iban_byte[p[a >= 2 ? a - 2 : a]];
	const unsigned c3 = iban_byte[p[a >= 3 ? a - 3 : a]];

	return (int)((((n == 11) & (c1 >> 3) & (c2 >> 4)) |
	    ((n >= 2) & c1 & c2) |
	    ((n == 2) & (c1 >> 2) & (c2 >> 1) & (c3 >> 1))) & 1);
}

/* W_GPSNUM for the digit word [a, e) (detect_int.h): gps_may_hold's
 * test of each digit word (detect_addr.c), made here once a number so
 * that scan_gps_coordinates' gate is a bit (speed31f).  The three forms:
 * four digits or more after a decimal sign ("47.2184", "47,2184"), a
 * degree sign after ("47°13'", "1º"), the "3" of "what3words" (its 'w'
 * after it first: most "3"s are a number's).  The first two as selects
 * and one branch, taken by a number of one of the forms only: a branch
 * on a byte beside the number (a table of them) went as the dates and
 * doses went, +14 K mispredicted a pass (measured: docs/performance.md,
 * speed31f). */
static inline uint32_t
gps_number(const uint8_t *p, size_t len, size_t a, size_t e)
{
	const unsigned before = a > 0 ? p[a - 1] : 0;
	const unsigned after = e < len ? p[e] : 0;
	const unsigned after2 = e + 1 < len ? p[e + 1] : 0;
	const unsigned decimals = (e - a >= 4) & ((before == '.') |
	    (before == ','));
	const unsigned degree = (after == 0xc2) & ((after2 == 0xb0) |
	    (after2 == 0xba));

	if (decimals | degree)
		return W_GPSNUM;
	if ((after | 32) == 'w' && e - a == 1 && p[a] == '3' && a >= 4 &&
	    len - a >= 6 && strncasecmp((const char *)p + a - 4, "what3words",
	    10) == 0)
		return W_GPSNUM;
	return 0;
}

/* word_at's index before a text is read whole: from the first word */
static const uint32_t wblk_none[1] = { 0 };

/* Room for word_at's index of a text of len bytes: (len >> 4) + 1
 * blocks and one past (tokenize's stores reach the block after the
 * last word's). */
static int
wblk_reserve(struct detect_scratch *s, size_t len)
{
	/* (eight at least: tokenize clears a short text's with two
	 * sixteen-byte stores, not a call) */
	size_t n = len < 96 ? 8 : (len >> 4) + 2;
	uint32_t *b;

	if (n <= s->wblk_cap)
		return 0;
	if ((b = realloc(s->wblk_buf, n * sizeof(*b))) == NULL)
		return -ENOMEM;
	s->wblk_buf = b;
	s->wblk_cap = n;
	return 0;
}

#if defined(__SSE2__)
/* Each of four counts of word_at's index, the larger of a's and b's
 * (counts below 2^31: a signed compare) */
static inline __m128i
wblk_max(__m128i a, __m128i b)
{
	const __m128i m = _mm_cmpgt_epi32(a, b);

	return _mm_or_si128(_mm_and_si128(m, a), _mm_andnot_si128(m, b));
}
#endif

/* The words of the text, folded, with what the dictionary says of each
 * and whether each is joined to the next; s->word_flags and
 * s->word_dflags: every word's flags, or-ed.  The counts and flags are
 * kept in locals until the end: stores through the fold's bytes (char)
 * would make the compiler reload them from s at every word. */
int
tokenize(const char *t, size_t len, struct detect_scratch *s)
{
	const uint8_t *p = (const uint8_t *)t;
	size_t i = 0, end, nwords = 0, ndwords = 0;
	uint32_t wflags = 0, tb = 0;
	uint64_t dflags = 0, name_words = 0, cues = 0;
	int r = 0, ocr = 0, zero = 0, caret = 0, iban = 0;
	/* the words' class bytes (detect_int.h WCB_*) */
	uint8_t *cls = s->wcls;
	/* word_at's index (s->wblk) */
	uint32_t *blk = NULL;
	/* read_ascii_word reads sixteen bytes at a word: those of the text's
	 * last sixteen (all of a shorter one) from here, zeros after them */
	uint8_t tail[32];
	size_t tail_base = len >= 16 ? len - 16 : 0;

	s->text_bytes = 0;	/* read_word adds the bytes of its letters */
	buf_reset(&s->fold);
	s->wblk = wblk_none;
	s->nwblk = 1;
	/* the words' 32-bit offsets (struct detect_word) */
	if (len > DETECT_MAX_TEXT) {
		r = -EFBIG;
		goto out;
	}
	/* Room for the text folded as ASCII (read_word writes there), and
	 * FOLD_SLACK bytes past it (wcache_key_differs reads sixteen bytes
	 * at a word's fold); asked again only after a word whose fold is
	 * longer than the word. */
	if ((r = buf_reserve(&s->fold, len + FOLD_SLACK)) != 0)
		goto out;
	if ((r = wblk_reserve(s, len)) != 0)
		goto out;
	blk = s->wblk_buf;
	/* The word arrays exist before the first word: a text with none
	 * left the lists (s->wclass) NULL, and word_class's NULL + 0 is
	 * undefined (UBSan, fuzz_scrub; hostile27) */
	if (s->words_cap == 0) {
		if ((r = words_grow(s)) != 0)
			goto out;
		cls = s->wcls;
	}
	memset(tail + 16, 0, 16);
	if (len >= 16)
		memcpy(tail, p + tail_base, 16);
	else {
		memset(tail, 0, 16);
		if (len > 0)
			memcpy(tail, p, len);
	}
	for (;;) {
		struct detect_word *w;
		uint32_t wb;

		/* Spaces and punctuation: no word starts there.  Their TB_*
		 * bits (the gates' bytes) or-ed on the way, above the low byte
		 * of the same load.  The first byte's test apart from the
		 * loop's: after a word it is mostly a space (skipped), the
		 * next mostly a word's first byte, and one branch for both
		 * went either way word by word (callgrind's predictor, a
		 * counter a branch: one word in two mispredicted; speed30e). */
		unsigned k0;

		if (i < len && !((k0 = skip_tb[p[i]]) & 0xff)) {
			/* The gap's second byte without a branch: ", " and
			 * ". " beside " ", whose loop exit after one byte or
			 * two was mispredicted a gap in five (speed32a); the
			 * loop goes on from the third.  Its TB_ bits or-ed
			 * whatever it is: a word's first byte has its bits
			 * or-ed by the word's reader (read_word, latin_word's
			 * slot) or skip_char too, an ASCII one has none.  At
			 * the text's end (i1 is i) the byte is read again,
			 * and i goes one past len: the test below stops. */
			const size_t i1 = i + (i + 1 < len);
			const unsigned k1 = skip_tb[p[i1]];

			tb |= k0 | k1;
			i += 1 + (unsigned)((k1 & 0xff) == 0);
			for (unsigned k; i < len &&
			    !((k = skip_tb[p[i]]) & 0xff); i++)
				tb |= k;
		}
		if (i >= len)
			break;
		if (nwords == s->words_cap) {
			if ((r = words_grow(s)) != 0)
				goto out;
			cls = s->wcls;
		}
		w = &s->words[nwords];
		if (p[i] >= 0x80 || !read_ascii_word(p, len, i, s, w, &end,
		    tail, tail_base)) {
			if ((r = latin_word(t, len, i, s, w, &end, tail,
			    tail_base)) != 0)
				goto out;
			if (end == i) {
				/* Not part of a word: skip one character. */
				i = skip_char((const uint8_t *)t, len, i, &tb);
				continue;
			}
			/* A fold as long as the word or shorter left room
			 * for the rest; a longer one ("ﬁ", "½") may not
			 * have.  (read_ascii_word's fold is the word's
			 * length.) */
			if (w->fold_len > end - i && s->fold.cap - s->fold.len <
			    len - end + FOLD_SLACK && (r = buf_reserve(&s->fold,
			    len - end + FOLD_SLACK)) != 0)
				goto out;
		}
		i = end;
		wb = 0;
		if (w->flags & W_DIGIT) {
			s->dwords[ndwords++] = nwords;
			ocr |= ocr_glued(p, len, w->start, end);
			iban |= iban_may(p, w->start, end);
			w->flags |= gps_number(p, len, w->start, end);
			w->dflags = 0;
		} else {
			const char *f = s->fold.data + w->fold_off;
			const uint64_t d = word_dict_value(s, f, w->fold_len,
			    w->fhash, &wb) & ~D_MOVED;

			/* the comment's flags (a digit word has none), and
			 * D_CUE the comment's only: its word's cues into the
			 * comment's (a few words of a few comments) */
			dflags |= d;
			w->dflags = d & ~D_CUE;
			if (__builtin_expect((d & (D_CUE | D_CUEWORD)) != 0, 0))
				cues |= cue_of(w->fhash);
			/* (past word 63 the bits wrap: name_words is read
			 * only for a text of 64 words or fewer) */
			name_words |= (uint64_t)((w->dflags & (D_FIRST |
			    D_LAST)) != 0) << (nwords & 63);
			/* word_wbits: asked once a word the cache holds, not
			 * once a word read */
			w->flags |= wb & ~(WB_ZERO | WB_CLS);
			zero |= (int)(wb / WB_ZERO);
		}
		nwords++;
		wflags |= w->flags;
		/* (stored last: a byte's store may alias what is read above) */
		cls[nwords - 1] = (uint8_t)((w->flags & WCB_TEXT) |
		    ((wb & WB_CLS) >> WB_CLS_SHIFT));
	}
	/* word_at's index: blk[b + 1] the count of the words that start
	 * in block b or before, stored by the last of them (blocks where no
	 * word starts left 0, then given the block's before them: one
	 * store a word, a pass over the blocks after) */
	if (len < 96)
		memset(blk, 0, 8 * sizeof(*blk));
	else
		memset(blk, 0, ((len >> 4) + 2) * sizeof(*blk));
	if (nwords > 0)
		blk[(s->words[0].start >> 4) + 1] = 1;
	/* Once a word: the detectors ask it of the same words many times.
	 * A gap of one byte (most) from a table, of two (", ", ". ") by
	 * gap_two: words_joined's answers for them without its call. */
	/* (the words' array and each next start in locals: the byte stores
	 * may alias s and the words, and made gcc load them again) */
	struct detect_word *const words = s->words;

	for (size_t k = 0; k + 1 < nwords; k++) {
		struct detect_word *wk = &words[k];
		const size_t a = wk->end, b = wk[1].start, gap = b - a;
		unsigned g = gap == 1 ? gap_one[p[a]] : gap == 2 ?
		    gap_two(p[a], p[a + 1]) : 3;
		unsigned j = g & 7;

		j = (j < 2 ? j : j == 2 ? wk->nchars == 1 || is_title_word(s,
		    k) : j == 4 ? (caret = 1, 0) : (unsigned)words_joined(t, s,
		    k));
		blk[(b >> 4) + 1] = (uint32_t)(k + 2);
		wk->joined = (uint8_t)j;
		cls[k + 1] |= (uint8_t)((g & 8) << 4);	/* WCB_GLUED */
	}
	if (nwords > 0) {
		s->words[nwords - 1].joined = 0;
		memset(s->wspan, 0xff, nwords * sizeof(*s->wspan));	/* -1 */
		memset(cls + nwords, 0, 16);
	}
	/* (a store is a count, 1 or more: 0 is a block after one where no
	 * word starts, rare, given the entry before it) */
#if defined(__SSE2__)
	if (len < 128) {
		/* (most texts: eight entries at most, blk[0] 0, all eight
		 * made and cleared above) The counts grow block by block, so
		 * the fill is a running maximum: made in two registers of
		 * four with no loop, where the loop's exit at the text's
		 * length was mispredicted about once a text (speed36b).  The
		 * entries past len >> 4 are read by no one (nwblk). */
		__m128i lo = _mm_loadu_si128((const __m128i *)(const void *)
		    blk);
		__m128i hi = _mm_loadu_si128((const __m128i *)(const void *)
		    (blk + 4));

		lo = wblk_max(lo, _mm_slli_si128(lo, 4));
		hi = wblk_max(hi, _mm_slli_si128(hi, 4));
		lo = wblk_max(lo, _mm_slli_si128(lo, 8));
		hi = wblk_max(hi, _mm_slli_si128(hi, 8));
		hi = wblk_max(hi, _mm_shuffle_epi32(lo, 0xff));
		_mm_storeu_si128((__m128i *)(void *)blk, lo);
		_mm_storeu_si128((__m128i *)(void *)(blk + 4), hi);
	} else
#endif
	for (size_t x = 1; x <= len >> 4; x++)
		if (blk[x] == 0)
			blk[x] = blk[x - 1];
	s->wblk = blk;
	s->nwblk = (len >> 4) + 1;
	/* the folds' offsets are 32 bits too: each is at most the last */
	if (s->fold.len > UINT32_MAX)
		r = -EFBIG;
 out:
	s->nwords = nwords;
	s->ndwords = ndwords;
	s->ocr_hint = ocr & 2;
	s->lookalike_hint = (uint16_t)(ocr & 4);
	s->iban_hint = (uint16_t)iban;
	s->zero_hint = zero;
	s->caret_hint = caret;
	s->english = -1;
	s->english_word = -1;
	s->word_flags = wflags;
	s->word_dflags = dflags;
	s->word_cues = cues;
	s->name_words = name_words;
	s->text_bytes |= tb >> 8;
	return r;
}
