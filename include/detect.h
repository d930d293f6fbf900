/* Free-text detectors for the scrub operator: where a comment names
 * someone (NIR, phone, email, IBAN, RPPS, FINESS, long ids, dates, names)
 * or a diagnosis the policy hides.  Detection only: the operator decides
 * what replaces each span (src/ops.c).  docs/scrub.md has the rules and
 * the measured precision and recall. */
#ifndef PSEUDONYMFS_DETECT_H
#define PSEUDONYMFS_DETECT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "datefmt.h"
#include "pfs_error.h"
#include "sensitive.h"
#include "textnorm.h"

/* What a column holds, for the row context (`identifies =` in a policy). */
enum detect_ident {
	DETECT_IDENT_NONE, DETECT_IDENT_NAME, DETECT_IDENT_FIRST_NAME,
	DETECT_IDENT_LAST_NAME, DETECT_IDENT_NIR, DETECT_IDENT_PHONE,
	DETECT_IDENT_EMAIL, DETECT_IDENT_ADDRESS, DETECT_IDENT_ID,
	/* Not a row value, not a policy's (xcell37): the end of the row's
	 * scrubbed cell before this one, or the start of the one after, so
	 * that a row value cut at the boundary ("DUP" | "ONT") is taken in
	 * both.  Last in the row array; detect_run reads them apart, no
	 * other rule sees them, and a span's ctx never names them.  The
	 * caller may give the whole cell or its detect_cell_head /
	 * detect_cell_tail: the same spans.  xcell38: up to DETECT_CELL_CHAIN
	 * of each, nearest first (the cells before, right to left; after,
	 * left to right), so that a value cut over three cells or more
	 * ("DU" | "PO" | "NT") is read across the middle ones. */
	DETECT_IDENT_CELL_BEFORE, DETECT_IDENT_CELL_AFTER,
};

enum detect_kind {
	DETECT_NAME, DETECT_INITIAL, DETECT_NIR, DETECT_PHONE, DETECT_EMAIL,
	DETECT_IBAN, DETECT_RPPS, DETECT_FINESS, DETECT_ID, DETECT_DATE,
	DETECT_ADDRESS, DETECT_DIAGNOSIS,
	DETECT_NKINDS
};

/* Detectors, as bits of detect_options.kinds. */
#define DETECT_BIT(k)	(1u << (k))
#define DETECT_ALL	((1u << DETECT_NKINDS) - 1)

/* One identifying value of the row, UTF-8. */
struct detect_value {
	enum detect_ident	 kind;
	const char		*v;
	size_t			 len;
};

struct identity_row;

struct detect_options {
	unsigned	kinds;		/* DETECT_BIT()s; DETECT_ID needs min_digits */
	int		min_digits;	/* runs of at least this many digits are ids;
					 * 0: only the row's own id values */
	uint32_t	diagnosis_groups;	/* ICD10_SENSITIVE_* bits */
	/* The row's patient as the identity source knows it (identity.h):
	 * its names, address and phone become [NOM], [ADRESSE], [TEL]. */
	const struct identity_row *ident;
	/* Recall first (scrub mode = recall): every word that is not known
	 * to be safe, every long number that is not a measurement. */
	int		recall;
};

struct detect_span {
	size_t			start, end;	/* bytes of the text */
	enum detect_kind	kind;
	int			ctx;	/* index of the row value it is, or -1 */
	struct date_value	date;	/* DETECT_DATE: the parsed date */
	int			text_month;	/* DETECT_DATE: DETECT_MONTH_* */
	int			partial;	/* DETECT_DATE: DETECT_PART_* */
	/* DETECT_DATE: the span opens with a word that places the date in
	 * its month or an article ("mi-", "fin ", "début ", "l'" of "l'été
	 * 2025"), written back as it is when the date moves (scrub.c) */
	int			lead;
};

/* A date written without its year ("le 3 mars", "18/08": date.year is a
 * stand-in, 2001, or 2000 for a 29 February) or without its day ("mars
 * 2021": date.day is 15). */
enum { DETECT_PART_NONE, DETECT_PART_NO_YEAR, DETECT_PART_NO_DAY,
	DETECT_PART_DAY_ONLY,	/* "mardi 7": date.day only (January 2001) */
	DETECT_PART_MONTH_ONLY,	/* "mi-mars": date.month only (the 15th) */
	DETECT_PART_WEEKDAY,	/* "lundi" of "lundi 5 janvier": date.day is
				 * the weekday, 0 Monday .. 6 Sunday */
	DETECT_PART_WEEK	/* "S12", "semaine 38", "S12/2026": date.day
				 * is the week (1 .. 53), date.day_digits its
				 * digits, date.year the year written or 0
				 * (date.sep before it) */
};

/* How the month of a date was written: digits ("18/08", "03.04": date.sep,
 * day_digits and month_digits say how), a word ("12 mars 2021"), or
 * abbreviated ("17 juil", "11 juil. 1945", "nov 2019"), or in Roman
 * numerals. */
enum { DETECT_MONTH_DIGITS, DETECT_MONTH_WORD, DETECT_MONTH_ABBREV,
	DETECT_MONTH_ROMAN,	/* "12/IV/2021": date.sep, day_digits,
				 * year_digits; month_digits 1: lower case */
	/* "l'été 2025", "printemps 2027", "hiver 2024-2025": a season and
	 * its year (DETECT_PART_NO_DAY; date: the season's middle day; a
	 * winter of two years: date.sep the separator written between them,
	 * date.day_digits the digits of the second) */
	DETECT_MONTH_SEASON,
	/* "née en 1944", "† 1990", "né en 87": a year alone of a birth or a
	 * death (DETECT_PART_NO_DAY; date: the year's 2 July, its middle;
	 * date.year_digits 2 or 4), written back as the moved year */
	DETECT_MONTH_YEAR
};

struct detect_word;
struct row_cache;

/* Row values the detectors look at (more are ignored). */
#define DETECT_MAX_ROW	32
/* Lists of words by what a rule starts from (detect_int.h WC_*). */
#define DETECT_WORD_CLASSES	12

/* Reused from cell to cell: steady-state detection allocates nothing.
 * The fields every rule's gate or walk reads come first, in its first
 * 192 bytes (three or four cache lines: a scratch is not 64-byte
 * aligned): the export runs each rule over a batch of comments
 * (detect_run_many), and each comment's scratch is touched once a rule,
 * so what the gates read stays in a few lines a comment rather than
 * spread over nine (docs/performance.md, "Scrub, eighteenth pass"). */
struct translit;

struct detect_scratch {
	/* bytes 0-63: the words and spans, and what the gates read */
	struct detect_word	*words;
	size_t			 nwords;
	struct detect_span	*spans;
	size_t			 nspans;
	/* Every word's W_ and D_ flags, or-ed (detect.c): a detector whose
	 * first word no word of the comment can be is not run. */
	uint64_t		 word_dflags;
	/* Two bits (detect_int.h name_bits) of the hash of each word that
	 * a name span holds whole, set by mark_words: scan_name_repeats
	 * tests the other words against it (spans dropped later may leave
	 * bits behind: a hint, checked word by word). */
	uint64_t		 name_mask;
	uint32_t		 word_flags;
	/* which of a few punctuation bytes the text holds (detect_int.h
	 * TB_*, detect_begin): one pass, where each rule's gate called
	 * memchr for its own byte */
	uint32_t		 text_bytes;
	/* DETECT_BIT()s of the kinds of s->spans (has_span_kind), kept by
	 * add_span rather than found by a walk of the spans at each ask. */
	unsigned		 span_kinds;
	/* What some name rules start from, found in one walk of the words
	 * the first time a gate asks (detect_int.h name_summary); 0: not
	 * made yet for this comment */
	unsigned		 name_summary;
	/* bytes 64-127: the other hints the gates read, the lists' lengths */
	/* a digit word with an OCR letter glued to it (tokenize) */
	int			 ocr_hint;
	int			 zero_hint;	/* a word "zéro": a phone in words may be there */
	/* two words glued by one '^', ';', '|' or tab (HL7's
	 * "FAMILY^GIVEN", a CSV line: caret_names) */
	int			 caret_hint;
	/* recall25: the separator of the row pasted in a note that
	 * scan_table_cells reads now ('/' of " / ", ',', ' ' for runs of
	 * two spaces or more), 0 if none: set and cleared by that rule */
	int			 row_sep;
	uint32_t		 nwclass[DETECT_WORD_CLASSES];
	/* a digit word with a letter read as a digit glued to it (O o l I
	 * | S B Z: tokenize's ocr_glued; scan_lookalike_numbers' gate) */
	uint16_t		 lookalike_hint;
	/* a digit word where scan_ibans may find an account (tokenize's
	 * iban_may: letters glued before, "FR 76", a RIB's eleven digits;
	 * its gate, speed37b), in lookalike_hint's other half */
	uint16_t		 iban_hint;
	/* The row's values as digits (ctx_match_digits), each made once per
	 * comment when a number is first compared with it: bit k of
	 * rowdig_made says rowdig[k] holds row value k's digits (here, in
	 * the padding after lookalike_hint, rather than alone in a line
	 * that detect_begin's clearing fetched every comment: speed34c). */
	uint32_t		 rowdig_made;
	/* bytes 128-191: what the walks read */
	/* The words each of a few word-walking rules starts from
	 * (detect_int.h WC_*, word_class), listed when a rule first asks:
	 * DETECT_WORD_CLASSES lists of wclass_cap (words_cap) indexes
	 * each, in order, nwclass[c] in list c (UINT32_MAX: a class before
	 * WC_OWN not listed yet, detect.c word_class_make).  A rule
	 * visits its list where it tested every word's flags (a branch a
	 * word the CPU mispredicted often). */
	uint32_t		*wclass;
	/* Linear time: which bytes a span holds (one bit each), and which
	 * span holds each word, instead of a search through the spans. */
	uint64_t		*taken;
	int32_t			*wspan;		/* words_cap of them; -1: none */
	/* tokenize's words that are runs of digits, in order (indexes into
	 * words, words_cap of them): the number, date and postcode scans
	 * visit these rather than test the flags of every word (most of a
	 * comment's words are letters, and each test was a branch the CPU
	 * mispredicted often). */
	size_t			*dwords;
	size_t			 ndwords;
	size_t			 text_len;	/* of what the detectors read */
	/* the words with D_TITLE, in order (words_cap of them; filled by
	 * scan_shape_names for its four title rules, which visited every
	 * word to test one bit that few words have) */
	size_t			*twords;
	size_t			 ntwords;
	/* the rest */
	/* While detect_run_many's rules run over a chunk of texts (detect.c
	 * gm_make): the chunk's kinds of spans as rows, kind_rows[k] the
	 * texts with a span of kind k (a bit a text), and this text's bit,
	 * kept by add_span and span_kind_change beside span_kinds, so that
	 * a gate on the kinds reads a row rather than each text's
	 * span_kinds (speed33a).  NULL otherwise.  Beside spans_cap, which
	 * add_span reads too. */
	uint64_t		*kind_rows;
	uint64_t		 kind_bit;
	size_t			 spans_cap, words_cap;
	size_t			 taken_cap;	/* in 64-bit words */
	size_t			 wclass_cap;
	/* a byte a word, what the lists start from (detect_int.h WCB_*,
	 * tokenize): words_cap + 16 bytes */
	uint8_t			*wcls;
	/* word_at's index (tokenize): wblk[b] is the first word that
	 * starts at or after byte 16 * b, for b < nwblk ((len >> 4) + 1
	 * blocks); wblk_buf its room (wblk_cap entries).  Before a text is
	 * read whole wblk is a one-entry 0 (word 0: a scan from the first
	 * word is right for any words). */
	const uint32_t		*wblk;
	uint32_t		*wblk_buf;
	size_t			 nwblk, wblk_cap;
	/* what the detectors read (detect_begin), while they run: the
	 * lazy word classes read its bytes between words */
	const char		*text;
	/* the source text before textnorm (detect_begin): hostile34's
	 * row_script_names reads a word hostile32 read as look-alikes
	 * ("ЕВА" shown EBA) in its own script */
	const char		*src;
	size_t			 src_len;
	int			 tokenized;
	/* the comment is written in English (detect.c comment_english);
	 * -1: not asked yet (tokenize) */
	int			 english;
	/* English function words as written (detect.c
	 * comment_english_word, asked for each English word after a
	 * relation): 0 none, 1 one (the word english_word_at), 2 two or
	 * more; -1: not asked yet (tokenize) */
	int			 english_word;
	size_t			 english_word_at;
	struct buf		 fold;		/* folded words, back to back */
	/* Written or read every comment (tokenize), here beside fold,
	 * where s->tmp was (read by rare paths only); in the line after
	 * sens they were a line more a comment (speed34c) */
	struct detect_wcache	*wcache;	/* recent words (detect.c) */
	/* The words of the first 64 with D_FIRST or D_LAST, bit k for word
	 * k (tokenize; valid when nwords <= 64): the name rules' walks that
	 * start from a name of the lists (scan_dictionary,
	 * name_summary_make) visit these bits, not every word. */
	uint64_t		 name_words;
	/* Every word's cues (detect_int.h C_*, tokenize), or-ed: the
	 * comment's second mask beside word_dflags, for the gates that ask
	 * for a word of a list no rule asks of a word (speed33a); beside
	 * name_words, which tokenize writes too */
	uint64_t		 word_cues;
	/* the last row scan_row_names prepared (detect_row.c): raw values,
	 * wiped when freed; shared in a batch (detect_run_many) */
	struct row_cache	*rowcache;
	struct textnorm		 tn;		/* what the detectors read */
	struct sensitive_scratch sens;		/* diagnosis terms */
	struct buf		 tmp;
	/* keys a scan looks up, sorted (detect.c detect_keys_sort): the
	 * hashes of the words scan_name_repeats looks for again, the
	 * starts of the name spans scan_name_glued asks about */
	uint64_t		*keys;
	size_t			 keys_cap;
	/* and how many spans of each kind: add_address, which changes a
	 * span's kind, keeps span_kinds without a walk of the spans (made
	 * at a comment's first change: detect_int.h SPAN_KINDS_COUNTED) */
	unsigned		 span_kind_count[DETECT_NKINDS];
	/* The words (the first 64) whose first byte after them that is no
	 * space is a colon, bit k for word k: made once a comment when a
	 * rule of labels before a colon first asks (detect_namecue.c
	 * colon_word; valid while name_summary holds NS_COLONS). */
	uint64_t		 colon_words;
	uint8_t			 rowdig_len[DETECT_MAX_ROW];
	char			 rowdig[DETECT_MAX_ROW][40];
	/* scan_dictated_spellings' index of words (detect_spelled.c,
	 * review29b), kept from comment to comment up to
	 * DETECT_SPELLED_KEEP words (ops34): word indexes and a flag a
	 * word, no text */
	uint32_t		*spelled_w;
	uint8_t			*spelled_done;
	size_t			 spelled_cap;
	/* The row's scrubbed cells beside this one (DETECT_IDENT_CELL_*,
	 * xcell37): the caller's entries after the row's values, their
	 * count (before and after mixed, each side nearest first; xcell38:
	 * the caller's array, not copies), set by detect_run for a text
	 * given them, read in that run only.  Padded to a line: the scratch's size stays a multiple of
	 * 64, as a batch's array of them was laid out before (48 bytes
	 * more moved the hot first lines of each: +0.4 M of the bench's
	 * model in data misses) */
	const struct detect_value *cell_end;
	uint32_t		 ncell_end;
	/* leaks45: a neighbour's word at the cut with look-alikes in it,
	 * read by textnorm's evasion pass (made at the first such word) */
	struct textnorm		*tn_cell;
	/* leaks47: the transliterator of the row's names in other scripts
	 * (translit.h, made at the first such word) */
	struct translit		*translit;
	char			 cell_pad[32];
};

/* The words of a comment whose spelled index a scratch keeps (some 20
 * KB); a comment of more words has one made and freed. */
#define DETECT_SPELLED_KEEP	4096

/* The longest text the detectors read (2 GiB - 1): their words' offsets
 * are 32 bits, and an offset made smaller than 0 must stay above every
 * real one, as it did in 64 bits.  A record is at most VIEW_MAX_RECORD
 * (64 MiB) anyway. */
#define DETECT_MAX_TEXT	((size_t)INT32_MAX)

/* Build the detectors' tables now (the sensitive lexicon, the cue table,
 * the dictionary of names and words), which the first detect_run builds
 * otherwise: a program that scrubs calls it at its start and refuses to
 * start on an error, rather than failing every cell with -ENOMEM (ops34;
 * detect_run still fails closed if they are missing).  0, or -errno
 * (-ENOMEM, -EEXIST: two cue words with one hash, -ENOSPC, -EIO: ICU's
 * transliterator, leaks48) and in *what a
 * text naming the table that failed: static, or the project's own list
 * words, never a source's value.  Once a process: a failure stays. */
int	detect_prepare(const char **what) PFS_WUR;

/* Find the spans of `text` (UTF-8) to replace, sorted and disjoint, into
 * s->spans.  `row` holds the row's identifying values (nrow of them):
 * a span that is one of them has its index in span.ctx.
 * 0, -ENOMEM, or -EFBIG: the text is over DETECT_MAX_TEXT bytes, or so
 * is its normalized form (nothing is found: the caller fails closed). */
int	detect_run(const struct detect_options *o, const char *text, size_t len,
	    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
	    PFS_WUR;

/* detect_run over n texts at once, rule by rule (detect.c); texts[i] and
 * lens[i] are overwritten (the normalized text the spans were found in
 * before their map back); ss[i] holds text i's spans.  0, -ENOMEM, or
 * -EFBIG (detect_run). */
int	detect_run_many(const struct detect_options *o, size_t n,
	    const char **texts, size_t *lens,
	    const struct detect_value *const *rows, const size_t *nrows,
	    struct detect_scratch *ss) PFS_WUR;

/* The bytes of a scrubbed cell its neighbours are given (xcell37,
 * DETECT_IDENT_CELL_*): its first bytes, [0, detect_cell_head), and its
 * last, [detect_cell_tail, len), at most DETECT_CELL_END each, cut at a
 * character and never inside a word (a word cut there is left out
 * whole).  A cell of DETECT_CELL_END bytes or fewer is given whole. */
#define DETECT_CELL_END	64
/* The cells each side of a cell whose ends it is given, at most.  A
 * chain is bounded by the value it can make, not by a count of cells
 * (xcell43): the rule reads a side until it holds the row's longest name
 * part (twice its bytes, at most 128 folded) or 40 digits, the longest
 * number it reads; a cell adds one letter or digit at least, so 40 a side
 * is all a value read one character a cell needs.  xcell38 read six. */
#define DETECT_CELL_CHAIN	40
size_t	detect_cell_head(const char *v, size_t len);
size_t	detect_cell_tail(const char *v, size_t len);

/* "name", "first_name", ... as written in a policy; 0 or -EINVAL. */
int	detect_ident_parse(const char *name, enum detect_ident *out) PFS_WUR;

/* Is w (UTF-8, n bytes, any case) an ordinary word or a place rather than
 * only a person's name: a word of the French lexicon ("rose"), a common
 * English word when w is ASCII ("will"; "Léa" is no "lea") or a proper
 * noun of Dicollecte's ("Paris", "Nancy").  `folded` is w folded as
 * norm_value(NORM_TEXT) does.  For names.c, which reads a first-name list
 * beyond its own (hostile29). */
int	detect_word_ordinary(const char *w, size_t n, const char *folded,
	    size_t fn);

/* Is w (UTF-8, n bytes, its hyphens as written) a compound word of the
 * French lexicon ("pierre-ponce", "marie-louise")?  For check's kept cells
 * (check48): a compound of first names that is an ordinary word. */
int	detect_compound_ordinary(const char *w, size_t n);

/* The French month name of m (1-12), accented, lower case. */
const char *detect_month_name(int m);

/* Checks, exposed for the unit tests. */
int	detect_luhn(const char *digits, size_t n);
int	detect_iban_valid(const char *s, size_t len);

void	detect_scratch_free(struct detect_scratch *s);

#endif
