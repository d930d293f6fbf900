/* The scrub detector's word lists, generated from conf/detect/NAME.txt into
 * build/detect_lists.c by gen/embed_words.sh. */
#ifndef PSEUDONYMFS_DETECT_LISTS_H
#define PSEUDONYMFS_DETECT_LISTS_H

extern const char *const	detect_list_first_names[];
extern const unsigned		detect_list_first_names_count;
extern const char *const	detect_list_last_names[];
extern const unsigned		detect_list_last_names_count;
/* Surnames that are also common French words ("Petit", "Blanc"). */
extern const char *const	detect_list_ambiguous[];
extern const unsigned		detect_list_ambiguous_count;
/* Names that live on in diseases and signs ("Parkinson", "Crohn"). */
extern const char *const	detect_list_eponyms[];
extern const unsigned		detect_list_eponyms_count;
/* First names of the Dicollecte dictionary (hunspell-fr, MPL-2.0). */
extern const char *const	detect_list_first_names_dicollecte[];
extern const unsigned		detect_list_first_names_dicollecte_count;
/* Of them, the feminine only, and the fake lists' female first names. */
extern const char *const	detect_list_first_names_female[];
extern const unsigned		detect_list_first_names_female_count;
/* First names and surnames of Faker for PHP (php-faker, MIT), the person
 * providers of the locales tests/gen/faker_names.sh names. */
extern const char *const	detect_list_first_names_faker[];
extern const unsigned		detect_list_first_names_faker_count;
extern const char *const	detect_list_last_names_faker[];
extern const unsigned		detect_list_last_names_faker_count;
/* First names and surnames of Faker for JavaScript (@faker-js/faker, MIT):
 * the West African and Kurdish locales tests/gen/fakerjs_names.sh names,
 * which php-faker has not. */
extern const char *const	detect_list_first_names_fakerjs[];
extern const unsigned		detect_list_first_names_fakerjs_count;
extern const char *const	detect_list_last_names_fakerjs[];
extern const unsigned		detect_list_last_names_fakerjs_count;
/* Words that name no person (D_KEEP): the proper nouns of Dicollecte
 * that are no first name or surname (places, organizations, acronyms),
 * and the words of the ATC substance names (gnumed-server, GPL-2+). */
extern const char *const	detect_list_proper_nouns_dicollecte[];
extern const unsigned		detect_list_proper_nouns_dicollecte_count;
extern const char *const	detect_list_drugs_atc[];
extern const unsigned		detect_list_drugs_atc_count;
/* Ordinary French words (wfrench), as hashes of their folded form in an
 * open-addressed table (build/lexicon.s from gen/gen_lexicon.c -t, as
 * assembly: its counts are written as eight-byte words):
 * detect_lexicon_buckets buckets of LEXICON_BUCKET_SLOTS hashes (a cache
 * line, aligned), 0 for an empty slot; detect_lexicon_count hashes. */
#include <stddef.h>
#include <stdint.h>
#define LEXICON_BUCKET_SLOTS	8
extern const uint64_t		detect_lexicon[];
extern const size_t		detect_lexicon_count;
extern const size_t		detect_lexicon_buckets;
_Static_assert(sizeof(size_t) == 8, "build/lexicon.s writes size_t in 8 bytes");
/* The common words of English (wamerican, no capital, no apostrophe),
 * hashed and sorted the same way (gen_lexicon -n detect_english). */
extern const uint64_t		detect_english[];
extern const size_t		detect_english_count;
/* wfrench's compounds with a hyphen (gen_lexicon -n detect_compound -c). */
extern const uint64_t		detect_compound[];
extern const size_t		detect_compound_count;
/* wamerican's adjectives of nations in -ian with a plural (gen_lexicon -n
 * detect_demonym -s). */
extern const uint64_t		detect_demonym[];
extern const size_t		detect_demonym_count;
/* The prepositions of hunspell-fr (po:prep: "via", "dixit"; gen_lexicon
 * -n detect_prep -s). */
extern const uint64_t		detect_prep[];
extern const size_t		detect_prep_count;
/* The stems of hunspell-en-med (gen_lexicon -n detect_medical). */
extern const uint64_t		detect_medical[];
extern const size_t		detect_medical_count;

#endif
