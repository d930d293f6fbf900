/* The sensitive lexicon: what, besides an ICD-10 code, says that a patient
 * belongs to one of the suppressed groups of src/icd10.c (hiv, mental,
 * pregnancy, sti, reproductive): lab analysis labels and codes, drug names
 * with their WHO ATC code, ward names, and the words of free text.  One
 * vocabulary, keyed by the same group bits, for op = icd10, op = scrub and
 * the analysis, drug and ward operators, so that `suppress = default` means
 * the same everywhere.  Data and sources: conf/sensitive/, docs/policy.md.
 *
 * Matching is word by word, never inside a word: case, accents and
 * punctuation are ignored, letters and digits are separate words ("VIH-1"
 * is "vih 1", "CD4" is "cd 4"), and "β" is the word "beta".  So "VIH"
 * matches "Charge virale VIH-1" but nothing matches "Créatinine". */
#ifndef PSEUDONYMFS_SENSITIVE_H
#define PSEUDONYMFS_SENSITIVE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "pfs_error.h"

/* What an entry is; consumers choose which kinds they look for. */
enum sensitive_kind {
	SENSITIVE_TERM,		/* a word naming the condition: anywhere */
	SENSITIVE_ABBREV,	/* "IVG", "TS", "PMA": also other things in prose */
	SENSITIVE_ANALYSIS,	/* a lab analysis label */
	SENSITIVE_CODE,		/* a lab analysis code (LOINC): the whole text only */
	SENSITIVE_WARD,		/* a ward or unit name */
	SENSITIVE_DRUG,		/* a drug brand or INN, with its ATC code */
	/* words that name no group although an entry starts or ends them
	 * ("dépression respiratoire"): matched like the others, whatever
	 * the kinds asked, and where one is the longest match there is no
	 * hit */
	SENSITIVE_KEEP,
	SENSITIVE_NKINDS
};
#define SENSITIVE_BIT(k)	(1u << (k))
#define SENSITIVE_ALL		((1u << SENSITIVE_NKINDS) - 1)

#define SENSITIVE_ATC_MAX	8	/* "J05AR20" and its NUL */
#define SENSITIVE_CANON_MAX	64	/* longer keys have one form: themselves */

struct sensitive_hit {
	size_t			 start, end;	/* bytes of the text */
	enum sensitive_kind	 kind;
	uint32_t		 groups;	/* ICD10_* bits; 0: an ordinary drug */
	const char		*atc;		/* drugs: the ATC code; else NULL */
};

struct sensitive_token;

/* Reused from call to call: steady-state matching allocates nothing. */
struct sensitive_scratch {
	struct sensitive_token	*toks;
	size_t			 ntoks, toks_cap;
	struct buf		 fold;		/* folded words, back to back */
	struct buf		 tmp;
	struct buf		 skel;		/* a word, look-alikes folded */
	struct sensitive_hit	*hits;
	size_t			 nhits, hits_cap;
	/* the most words a keep entry lacked after the last one, its
	 * words before matching to the end (a caller's window cut it
	 * short) */
	size_t			 short_by;
};

/* What a whole cell reveals. */
struct sensitive_result {
	uint32_t	groups;		/* union of its hits' groups */
	char		atc[SENSITIVE_ATC_MAX];	/* its first drug's code, or "" */
	size_t		nhits;
};

/* Build the tables (once per process, thread-safe; every function below
 * calls it).  0, or -ENOMEM. */
int	sensitive_init(void) PFS_WUR;

/* Every match in text (UTF-8) of the entries of `kinds` (SENSITIVE_BIT()s),
 * left to right, the longest at each word, not overlapping, into
 * s->hits[0..s->nhits).  Ordinary drugs are hits too (groups 0), so that a
 * caller can generalize them; a code entry matches only the whole text.
 * 0, or -ENOMEM. */
int	sensitive_scan(const char *text, size_t len, unsigned kinds,
	    struct sensitive_scratch *s) PFS_WUR;

/* The same over words a caller has cut and folded already (detect's
 * tokenize), to save cutting and folding them again: begin, add each word
 * in order (its bytes [start, end) in text, its fold as norm_value
 * NORM_TEXT gives it), then scan.  The words must be those tokenize
 * would make of the text between the first and the last: runs of letters
 * or of digits, nothing between them that it reads as a letter, a digit
 * or a mark; text is what start and end count from (the hits too).
 * may_start 0: the caller knows the word starts no entry (detect's
 * dictionary: no D_TFIRST, no D_TERM), and the scan does not look it up
 * (a word that join_dotted makes of several is looked up). */
void	sensitive_words_begin(struct sensitive_scratch *s);
int	sensitive_words_add(struct sensitive_scratch *s, size_t start,
	    size_t end, const char *fold, size_t n, int may_start) PFS_WUR;
int	sensitive_words_scan(const char *text, unsigned kinds,
	    struct sensitive_scratch *s) PFS_WUR;
/* The same when the caller knows no word it added is a capital letter
 * alone (one byte, A to Z): there are no dotted or spaced capitals to
 * join into one word ("T.S.", "V I H"), and they are not looked for. */
int	sensitive_words_scan_unjoined(const char *text, unsigned kinds,
	    struct sensitive_scratch *s) PFS_WUR;

/* One cell: the union of its hits' groups, and for SENSITIVE_DRUG the ATC
 * code of the first drug it names, or of the cell itself when it is an
 * ATC code ("J05AR20").  0, or -ENOMEM. */
int	sensitive_lookup(const char *cell, size_t len, unsigned kinds,
	    struct sensitive_scratch *s, struct sensitive_result *res) PFS_WUR;

/* The groups an ATC code or class falls under ("J05AR20" -> hiv): the
 * `atc` lines of the group files that are a prefix of it. */
uint32_t sensitive_atc_groups(const char *atc);

/* An ATC code written alone ("J05AR20", " j05ar20 ", a class "N05A"):
 * its canonical upper-case form into out.  0, or -EINVAL. */
int	sensitive_atc_parse(const char *s, size_t len,
	    char out[SENSITIVE_ATC_MAX]) PFS_WUR;

/* Entries of a group (an ICD10_* bit; 0: ordinary drugs) and kind: for the
 * tests and the documentation's counts. */
size_t	sensitive_count(uint32_t group, enum sensitive_kind kind);

/* Every distinct first word of the entries of two words or more of
 * `kinds` and of the keep entries, as sensitive_canon keys it: fn(word,
 * len, arg) for each, stopping at its first non-zero return, which is
 * returned.  A text none of whose words is one of these nor a one-word
 * entry has no hit: scrub skips such windows (src/detect_term.c).  0, or
 * -ENOMEM if the tables could not be built. */
int	sensitive_first_words(unsigned kinds,
	    int (*fn)(const char *, size_t, void *), void *arg) PFS_WUR;

/* The key a folded word (lower case, no accents) is matched by: its
 * plural, feminine and participle endings off ("dépressives",
 * "dépressif" -> "depressif"; "scarifiées" -> "scarifi"; "mentaux" ->
 * "mental"), in place; words under five letters and words with a digit
 * stay as they are.  Returns the key's length (never more than n). */
size_t	sensitive_canon(char *w, size_t n);

/* Every word sensitive_canon maps to the key k (k itself, "-s", "-e",
 * "-es", "-ée(s)", "-ive(s)", "-euse(s)", "-aux"...): fn(word, len, arg)
 * for each, stopping at its first non-zero return, which is returned.
 * For a dictionary that must know each written form (src/detect_dict.c). */
int	sensitive_canon_forms(const char *k, size_t n,
	    int (*fn)(const char *, size_t, void *), void *arg);

/* Words of this many letters or more are looked for one slip of typing
 * away from an entry (sensitive_near). */
#define SENSITIVE_NEAR_MIN	7
#define SENSITIVE_NEAR_BITS	8192	/* bytes: 65,536 bits */

/* One bit for each first three letters and length (one less, the same,
 * one more: a slip) of the one-word entries sensitive_near compares with,
 * hashed; filled by sensitive_init, read only after it has returned
 * (pthread_once orders the fill before every read: the detectors' word
 * cache keeps each word's answer of sensitive_near_prefix, and
 * src/detect_dict.c dict_init runs sensitive_init before any word is
 * read). */
extern uint8_t	sensitive_near_bits[SENSITIVE_NEAR_BITS];

static inline size_t
sensitive_near_bit(const char *w, size_t n)
{
	size_t b = ((((size_t)(unsigned char)w[0] * 31 +
	    (unsigned char)w[1]) * 31 + (unsigned char)w[2]) * 31 + n) *
	    2654435761u;

	return (b >> 7) % (SENSITIVE_NEAR_BITS * 8);
}

/* Another bit for the three letters after the first three and the
 * length ("eth|yli|sme"): a slip in the first three letters leaves them,
 * in their place where a letter was changed or two swapped, one to the
 * left where one was left out ("etylisme"), one to the right where one
 * was added. */
static inline size_t
sensitive_near_mid_bit(const char *w, size_t n)
{
	size_t b = ((((size_t)(unsigned char)w[0] * 37 +
	    (unsigned char)w[1]) * 37 + (unsigned char)w[2]) * 37 + n) *
	    2246822519u;

	return (b >> 9) % (SENSITIVE_NEAR_BITS * 8);
}

static inline int
sensitive_near_has(size_t b)
{
	return (sensitive_near_bits[b / 8] >> (b % 8)) & 1;
}

/* Whether some entry may be one edit from the folded word w of n letters
 * (seven at least), by its first three letters or the three after them
 * (at w + 2, w + 3 or w + 4: sensitive_near_mid_bit) and its length, with
 * the endings sensitive_canon takes off most often ("-s", "-e", "-es",
 * "-ées") off: the cheap test before sensitive_near. */
static inline int
sensitive_near_prefix(const char *w, size_t n)
{
	if (n > 5 && w[n - 1] == 's')
		n--;
	while (n > 5 && w[n - 1] == 'e')
		n--;
	if (sensitive_near_has(sensitive_near_bit(w, n)))
		return 1;
	for (size_t k = 2; k <= 4 && k + 3 <= n; k++)
		if (sensitive_near_has(sensitive_near_mid_bit(w + k, n)))
			return 1;
	return 0;
}

/* The groups of the one-word terms and drugs one edit away from w (a
 * letter changed, added or left out, two neighbours swapped), w being
 * folded and keyed by sensitive_canon; 0 when w is shorter than
 * SENSITIVE_NEAR_MIN, is an entry itself, or is near none.  Only entries
 * with w's first three letters, or with the three after them where w has
 * them (one to the left or the right), are compared. */
uint32_t sensitive_near(const char *w, size_t n);

/* text[start, end) may hold a Greek, Cyrillic or full-width look-alike
 * of a Latin letter (a lead byte of those blocks): the words whose letters
 * are folded to the Latin ones they imitate before matching ("VІH"). */
int	sensitive_maybe_lookalike(const char *text, size_t start, size_t end);
/* The Latin letter (lower case) the character c imitates, 0 if none:
 * "І" (U+0406) "i", "Ｖ" "v"; not "μ" (a unit's micro). */
char	sensitive_lookalike_latin(uint32_t c);
void	sensitive_scratch_free(struct sensitive_scratch *s);

#endif
