/* The text the scrub detectors read: NFKC (full-width digits, U+202F and
 * other compatibility spaces, ligatures such as "ﬁ", decomposed accents)
 * with zero-width and other default-ignorable characters removed, and a
 * map from each normalized byte back to the source bytes it came from, so
 * that spans found in the normalized text replace the right source bytes
 * ("Mme D<U+200B>UPONT": DUPONT is found, D<U+200B>UPONT replaced).
 * Superscripts, subscripts and fractions are kept as they are: "m²" must
 * not become "m2", nor "10⁹" a longer number. */
#ifndef PSEUDONYMFS_TEXTNORM_H
#define PSEUDONYMFS_TEXTNORM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "pfs_error.h"

struct textnorm {
	int		 changed;	/* 0: the source needs nothing, use it */
	struct buf	 text;		/* the normalized text, when changed */
	uint32_t	*map;		/* text.len + 1 source offsets */
	size_t		 map_cap;
	int		 apostrophes;	/* 1: U+2018, U+00B4 between letters
					 * as U+2019 (the scrub detectors';
					 * names.c's keys stay as they were) */
	int		 backticks;	/* 1: a backtick between letters as
					 * U+2019 too (names29: the scrub
					 * detectors', asked again only when
					 * the tokenizer saw one) */
	int		 controls;	/* 1: the C0 control bytes but tab
					 * and line ends (LF, VT, CR), DEL,
					 * the C1 controls U+0080-U+009F
					 * and U+2028, U+2029 read as a
					 * space: the scrub detectors'
					 * (names.c's keys stay as they
					 * were) */
	int		 evasion;	/* 1: the look-alikes of a disguise
					 * read as what they draw (hostile32:
					 * a word mixing Latin with Cyrillic
					 * or Greek look-alikes, small
					 * capitals, marks piled on Latin
					 * letters, runs of superscript or
					 * dingbat digits, a right-to-left
					 * override): the scrub detectors'
					 * (names.c's keys stay as they
					 * were) */
	int		 escapes;	/* 1: an HTML reference or a \u, \x,
					 * %XX escape glued to a letter read
					 * as its character (hostile32: the
					 * scrub detectors', asked again only
					 * when textnorm_has_escape) */
	int		 ev_seen;	/* textnorm_run: a character the
					 * evasion pass reads was met */
	size_t		 nrlo;		/* right-to-left overrides met */
	size_t		 nbidi;		/* bidirectional marks met */
	size_t		(*rlo)[3];	/* each bidirectional mark (the
					 * embeddings, overrides, isolates
					 * and their pops, hostile33): its
					 * place in the text, its code point,
					 * its source offset (all of them: a
					 * fixed eight let a ninth run go
					 * unreversed, review29a) */
	size_t		 rlo_cap;
	/* ev_pass's scratch (ops34): the characters it classes (the text's
	 * own: wiped when freed), and the text and map it writes, swapped
	 * with text and map, so that a cell of look-alikes or marks
	 * allocates nothing once a worker has seen one; kept up to
	 * TEXTNORM_EV_KEEP characters, freed after a longer text. */
	void		*ev;		/* struct ev_char[ev_cap] */
	size_t		 ev_cap;
	struct buf	 ev_text;
	uint32_t	*ev_map;
	size_t		 ev_map_cap;
};

/* What ev_pass keeps of its scratch from cell to cell, in characters
 * (and bytes of text): some 100 KB a worker at most. */
#define TEXTNORM_EV_KEEP	4096

/* Normalize src[0..len) into n (reused from cell to cell).  Sets
 * n->changed; 0, or -ENOMEM. */
int	textnorm_run(struct textnorm *n, const char *src, size_t len) PFS_WUR;

/* After textnorm_run, for the scrub detectors: the letters an OCR reads
 * for digits (l, I, O, o) inside a date's, a postcode's or a house
 * number's shape ("l8/O4/l947", "5l100 Reims", "l2 rue") written as the
 * digits, byte for byte (src/textnorm.c).  Sets n->changed when it
 * writes; 1 when it wrote, 0 when not, or -ENOMEM. */
int	textnorm_ocr(struct textnorm *n, const char *src, size_t len) PFS_WUR;

/* Does src[0..len) hold an escape textnorm reads with n->escapes
 * ("DUP&shy;ONT", "Du&#112;ont", "Du\x70ont", "Du%70ont")?  1 or 0. */
int	textnorm_has_escape(const char *src, size_t len);

/* The source offsets of a span [b, e) of the normalized text. */
size_t	textnorm_src_start(const struct textnorm *n, size_t b);
size_t	textnorm_src_end(const struct textnorm *n, size_t e);

void	textnorm_free(struct textnorm *n);

/* The ASCII letter or digit code point uc (U+0080 and above) draws, as
 * the evasion pass reads it (UTS #39's skeleton: Cyrillic "О" 'O'), or 0
 * (leaks47: a word that mixes look-alikes with letters of their own
 * script, which the pass leaves as written). */
int	textnorm_draws(uint32_t uc);

#endif
