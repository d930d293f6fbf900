/* Normalization of values before keyed hashing and of headers before rule
 * matching: what makes "Hélène" and "HELENE", or "1 84 12 75 123 456 78" and
 * "184127512345678", the same input to the pseudonym function. */
#ifndef PSEUDONYMFS_NORM_H
#define PSEUDONYMFS_NORM_H

#include <stddef.h>
#include <sys/types.h>

#include "buf.h"
#include "pfs_error.h"

enum norm_kind {
	NORM_TEXT,	/* case, accents, ligatures, apostrophes, hyphens, spaces */
	NORM_NIR,	/* NIR/INS: drop spaces, dots, hyphens; upper-case; 15 -> 13 */
	NORM_DIGITS,	/* keep digits only (phones, IPP written with spaces) */
	NORM_EXACT,	/* bytes as they are */
};

/* Parse a kind name as written in a policy ("text", "nir", "digits",
 * "exact"); 0 or -EINVAL. */
int	norm_kind_parse(const char *name, enum norm_kind *kind) PFS_WUR;

/* Replace `out` with the normalized form of the UTF-8 string s[0..len).
 * 0, -EILSEQ (not UTF-8) or -ENOMEM. */
int	norm_value(enum norm_kind kind, const char *s, size_t len, struct buf *out)
	    PFS_WUR;

/* NORM_TEXT, then only letters and digits survive: "N° Séjour" -> "nsejour",
 * "Né(e) le" -> "neele"; in between, the UTS #39 confusable skeleton (ICU),
 * so "Nоm" with a Cyrillic о is "Nom" ("norn", as "m" is "rn" there).
 * NUL-terminated: a key to compare, not text to show.  0, -EILSEQ or
 * -ENOMEM. */
int	norm_header(const char *s, size_t len, struct buf *out) PFS_WUR;

/* Does a header key (norm_header's result) say that its column holds a
 * direct identifier of a person: a name, a birth date, a NIR, a phone, an
 * email, an address or a patient number, in French or English and in the
 * abbreviations exports write ("Nom", "NOM_PAT", "Surname", "DOB",
 * "Tel1", "N° SS", "Téléphone fixe")?  1 or 0.  The whole key must be a
 * run of such words and of words that only qualify them ("de", "n",
 * "usuel", "patient", a digit), so "Nom du médecin", "Drug name" or
 * "Année de naissance" is not one. */
int	norm_header_identifying(const char *key);

/* The header key (as norm_header) of s[0..len) once what an encoding lost
 * or escaped on the way is taken out: every character beyond ASCII, '?',
 * and escapes (%XX, \uXXXX, \xXX, &#NNN;, &#xHH;, &name;, =XX).  Each run of
 * these is replaced by fill[k] for the k-th run ('-', or past fill's
 * end, or fill NULL: removed); *runs, how many runs; *signs, whether one
 * is a sign of a lost letter (U+FFFD, '?', an escape, two signs beyond
 * ASCII in a row: "Pr?nom", "Pr\uFFFDnom", "Pr%C3%A9nom", "Pr\u251c\u00aenom").
 * "Prénom", "Pr?nom" and "Prnom" have one key, "prnom".  s is UTF-8.
 * 0, -EILSEQ or -ENOMEM. */
int	norm_header_lost(const char *s, size_t len, const char *fill,
	    struct buf *out, size_t *runs, int *signs) PFS_WUR;

/* The ASCII letter a Latin letter beyond ASCII is drawn as, read from its
 * Unicode name: a small capital ("ᴅ", "ɴ": LATIN LETTER SMALL CAPITAL D),
 * a letter with a stroke, bar, hook or accent ("Ø", "Đ", "Ŧ", "Ɲ", "é":
 * LATIN CAPITAL LETTER O WITH STROKE), a dotless or script letter ("ı",
 * "ɡ"); upper case but for a LATIN SMALL LETTER.  Neither NFKC nor UTS #39's
 * skeleton reads most of these as their letter, so "ᴅᴜᴘᴏɴᴛ", "DUPØNT" or
 * "Pʀénom" hid a name or a header.  0 for any other code point. */
int	norm_latin_base(unsigned uc);

/* The number a character draws in a disc or as a dingbat, which NFKC
 * leaves as it is ("⓿➏➎➊➒" a phone, "⓬" NEGATIVE CIRCLED NUMBER
 * TWELVE, "❿" DINGBAT NEGATIVE CIRCLED NUMBER TEN: category No, a
 * whole value of 0 to 99), as its decimal digits into digits: 1 or 2, 0
 * if uc draws none.  One reading for the kept names (names.c) and check's
 * kept cells (keptscan.c): each read "⓬" as "1" and "2" alike
 * (review23; keptscan stopped at 9). */
int	norm_drawn_number(unsigned uc, char digits[2]);

/* Does a word of the UTF-8 text s[0..len) mix the letters of two scripts
 * ("DУPONT", "Nоm"): UTS #39's mixed-script look-alike?  1 or 0. */
int	norm_mixed_script(const char *s, size_t len);

/* The same, on a header folded as NORM_TEXT folds it (full-width and
 * mathematical letters are Latin).  0, -EILSEQ or -ENOMEM. */
int	norm_header_mixed(const char *s, size_t len, int *mixed) PFS_WUR;

/* s[0..n) lower-cased as u8_tolower(s, n, NULL, UNINORM_NFC) would, into
 * out[0..cap), when s is ASCII and U+0080-U+024F only: the length, or -1
 * (another character, or no room: ask libunistring). */
ssize_t	norm_lower_latin(const char *s, size_t n, char *out, size_t cap)
	    PFS_WUR;

/* What norm_value (NORM_TEXT) makes of the code point uc in any place of a
 * word (U+0080-U+024F, no space in it: "é" -> "e", "ß" -> "ss"): its
 * bytes at *out, their number; -1 when it is not known alone (another
 * code point, one whose fold holds a space, no table): fold the whole
 * word with norm_value.  Folding a word of ASCII letters and such code
 * points one at a time gives norm_value's fold of the word (norm_text's
 * own fast path does just that). */
int	norm_latin_fold(unsigned uc, const char **out);

/* NORM_TEXT through libunistring alone, without the Latin table: the
 * reference the fast path is tested against. */
int	norm_text_reference(const char *s, size_t len, struct buf *out) PFS_WUR;

#endif
