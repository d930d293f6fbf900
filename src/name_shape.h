/* Names by the shape of one word, for the families no packaged list holds
 * in Latin script: romanized Chinese given names of two pinyin syllables
 * ("Xiaoyu", "Xiuying") and Malagasy surnames ("Rakotomalala",
 * "Andrianarivo").  docs/scrub.md, "names37". */
#ifndef NAME_SHAPE_H
#define NAME_SHAPE_H

#include <stddef.h>

/* The commonest Chinese surnames in pinyin (a hand table: no Debian or
 * npm package has them romanized), read like the Faker lists. */
extern const char *const name_shape_chinese_surnames[];
extern const unsigned name_shape_chinese_surname_count;

/* w (n bytes, folded: lower case ASCII) is two pinyin syllables with a
 * mark of pinyin ("x", "zh", "ao", "-ng"...: name_shape.c), the
 * second starting with a consonant, five letters at least. */
int	name_shape_pinyin_given(const char *w, size_t n);

/* names38: w (n bytes, folded) is one toneless syllable of Hanyu pinyin
 * (the table of 403: "wei", "na", "lei"). */
int	name_shape_pinyin_syllable(const char *w, size_t n);

/* w (folded) has a Malagasy surname's shape: "ra" or "andri"/"andry"
 * first, eight letters at least, Malagasy letters only (no c, q, u, w,
 * x), no consonant cluster Malagasy does not write, a vowel or "y" last. */
int	name_shape_malagasy(const char *w, size_t n);

/* names38: w (folded) opens with a nasal before a consonant ("Msa",
 * "Mze", "Mbae", "Ndzaou"), a Bantu name's shape (name_shape.c). */
int	name_shape_bantu_initial(const char *w, size_t n);

#endif
