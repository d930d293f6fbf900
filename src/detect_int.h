/*
 * Internal to the scrub detectors (src/detect*.c), as policy_column.h is
 * to the policy: what the files of one family share, and nothing the rest
 * of the engine may use (include/detect.h is its interface).  One family
 * of detectors a file, so that a rule is added where its kind of value is
 * found, beside the tables it reads:
 *
 *   detect.c         the driver (detect_run: which detector runs when,
 *                    strongest first), the span list, the gates, the word
 *                    predicates every family uses (word_lexicon)
 *   detect_dict.c    the tokenizer (which words are joined), the dictionary
 *                    of folded words (D_* flags), the lexicon of ordinary
 *                    words, the word cache
 *   detect_num.c     numbers: NIR, phones, emails, IBAN, RPPS, FINESS,
 *                    ids (by length, by label), the key checks
 *   detect_date.c    full and partial dates, months
 *   detect_addr.c    streets, units, places, postcodes and cities
 *   detect_name.c    names: titles, relatives, the dictionary, unknown
 *                    capitalized words, lower case, initials, particles
 *   detect_row.c     the row's own values and the identity source's
 *   detect_term.c    diagnosis terms, abbreviations, drugs (sensitive.c)
 *   detect_recall.c  recall first (scrub mode = recall)
 *   detect_relation.c  names after a relation, a role or a verb that
 *                    announces a person ("sa fille Aminata", "vu par X")
 *   detect_namecue.c names announced by a cue of their own (a nickname
 *                    in quotes, "Nom :", "et non X"), names cut by OCR
 *   detect_locality.c the line of an address before its street or
 *                    postcode (a lieu-dit, a farm, a shop)
 *   detect_spelled.c names spelled letter by letter ("G-U-E-Y-E")
 *
 * A helper used by one file stays static there; the small ones every
 * family calls in its loops are static inline below (a call into another
 * file for each word would cost what the gates saved).
 */
#ifndef PSEUDONYMFS_DETECT_INT_H
#define PSEUDONYMFS_DETECT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "detect.h"
#include "identity.h"
#include "util.h"

#define MAX_ROW		DETECT_MAX_ROW	/* row values looked at */

enum {
	W_DIGIT	= 1 << 0,	/* a run of digits */
	W_UPPER	= 1 << 1,	/* two or more letters, all upper case */
	W_CAP	= 1 << 2,	/* first letter upper case */
	W_DOT	= 1 << 3,	/* followed at once by '.' */
	/* a capital alone, then '.' and a capital: "T.S.", "I.V.G." */
	W_ACRO	= 1 << 4,
	/* seven letters or more, no dictionary bit, the first three
	 * letters of a sensitive entry: maybe a slip of typing in it
	 * (scan_slips) */
	W_NEW	= 1 << 5,
	/* a word that announces a phone number (detect_num.c detect_phone_cues: "tél",
	 * "portable", "joignable"): the dictionary's D_PHONECUE, which tokenize moves
	 * here from the word's dflags (one lookup gives both; a rule that walked the
	 * list for each word before a number tests a bit, and a comment with none is
	 * not asked) */
	W_PHONECUE = 1 << 6,
	/* a word that labels an identifier (detect_num.c detect_id_labels: "IPP",
	 * "dossier", "séjour", "allocataire"...): D_IDLABEL moved here as D_PHONECUE
	 * is (the label walk of scan_labeled_ids tested each word against
	 * the list of some sixty labels) */
	W_IDLABEL = 1 << 7,
	/* a letter of Greek, Cyrillic or the full-width forms: maybe a
	 * look-alike of a Latin one ("VІH", Cyrillic І: scan_disguised) */
	W_LOOK	= 1 << 8,
	/* a capital alone, then one to three spaces, hyphens, underscores
	 * or slashes and a capital: "V-I-H", "V I H" (scan_disguised) */
	W_SPACED = 1 << 9,
	/* a label of an account (detect_num.c detect_account_labels:
	 * "skype", "pseudo", "identifiant"): D_ACCOUNT moved here as
	 * D_PHONECUE is (scan_account_handles tested each word's fold) */
	W_ACCOUNT = 1 << 10,
	/* a cue of a car's plate (detect_num.c detect_plate_cues: "plaque",
	 * "immatriculation", "voiture"): D_PLATECUE moved here as
	 * D_PHONECUE is (scan_plates walked the words for one) */
	W_PLATECUE = 1 << 11,
	/* a first word of a table's name heading (detect_namecue.c
	 * detect_name_heading_firsts: "nom", "prenom", "patient"):
	 * D_HEADFIRST moved here as D_PHONECUE is (table_heading_word walked
	 * the words for one) */
	W_HEADFIRST = 1 << 12,
	/* a word that closes a letter before its signature (detect_shape.c
	 * detect_closing_words: "cordialement", "amities", "bises"):
	 * D_CLOSING moved here as D_PHONECUE is (scan_closing_surnames
	 * walked every word for one, speed23c) */
	W_CLOSING = 1 << 13,
	/* a document's own noun (detect_docid.c detect_document_labels:
	 * "passeport", "NIE", "codice", "tessera", "IMO"): D_DOCLABEL moved
	 * here as D_PHONECUE is (scan_document_numbers' gate) */
	W_DOCLABEL = 1 << 26,
	/* a shelter's noun (detect_shelter.c detect_shelter_nouns: "squat",
	 * "campement", "pont"): D_SHELTER moved here (scan_shelters' gate) */
	W_SHELTER = 1 << 27,
	/* a vessel's or a pitch's noun (detect_stay.c detect_stay_nouns:
	 * "chalutier", "bord", "mobil", "ponton"): D_STAY moved here
	 * (scan_stays' gate) */
	W_STAY = 1 << 14,
	/* a device's or a vehicle's noun (detect_thing.c device_nouns:
	 * "stimulateur", "valve", "pompe", "voiture"): D_DEVICE moved here
	 * as D_PHONECUE is (device_after_noun, precision23) */
	W_DEVICE = 1 << 24,
	/* the words name_summary_make looked for by their hash in a walk
	 * of every comment (detect_name.c detect_summary_etou,
	 * detect_summary_age, detect_summary_rare): "et",
	 * "ou" (NS_ETOU); "an", "ans", "mois" (NS_AGE); "né", "née",
	 * "mille", "cents", "avec" (NS_BORN, NS_MILLE, NS_AVEC, told apart
	 * by a walk only when a comment has one).  D_SUMETOU, D_SUMAGE and
	 * D_SUMRARE moved here as D_PHONECUE is (speed24b) */
	W_SUMETOU = 1 << 19,
	W_SUMAGE = 1 << 20,
	W_SUMRARE = 1 << 21,
	/* an Arabic or Berber particle of a name ("abou", "ben", "ould":
	 * detect_name.c arabic_particles): D_ARABPART moved here as
	 * D_PHONECUE is (scan_arabic_particle_tails' gate; "ould", "ibn"
	 * keep dflags 0, which other rules read as "in no list"), names25 */
	W_ARABPART = 1 << 22,
	/* "initiale", "initiales" (detect_name.c initials_cues): D_INITCUE
	 * moved here as D_PHONECUE is (scan_initials_table's gate), names27 */
	W_INITCUE = 1 << 25,
	/* a word of the table of roles and relatives (detect_role.c
	 * role_words: "fille", "voisin", "ide", "kine", "cadre"): D_ROLE
	 * moved here as D_PHONECUE is; role_kinds asks the table only of a
	 * word with it (roles26) */
	W_ROLE = 1 << 15,
	/* the dictionary says the word is no typo of a row's name (one of
	 * FUZZY_NOT below, detect_dict.c word_wbits): scan_row_names' walk
	 * of every word tests it in the flags it loads, where it tested
	 * the dflags' mask (speed29b).  Exact as tokenize made the word;
	 * a bit of FUZZY_NOT added later is read in dflags (fuzzy_skip). */
	W_NOFUZZY = 1 << 16,

	/* a call or a visit made to a person, or to make ("rappeler",
	 * "prévenu", "appelé", "vu", "prévu"...: detect_namecue.c
	 * person_act_*): D_PERSONACT moved here as D_PHONECUE is
	 * (scan_cue_word_surnames starts from it, names32) */
	W_PERSONACT = 1 << 18,

	/* a word that may open one of eponym_position_of's rules for a
	 * capitalized word up to four words after it: a cue of a firm
	 * (detect_name.c org_cues, by their filter), "et", "à", "selon",
	 * or a place of care (D_INSTHEAD).  Made by tokenize from the fold
	 * (word_wbits, eponym_cue_word), a superset: eponym_may reads the
	 * four words before only when one of them has it (speed30d) */
	W_EPOCUE = 1 << 17,

	/* a digit word where a position may start or end (detect_addr.c
	 * scan_gps_coordinates): four digits or more after a '.' or a ','
	 * (a decimal degree's decimals), a degree sign after it (c2 b0 or
	 * c2 ba), or the "3" of "what3words".  Made by tokenize
	 * (detect_dict.c gps_number), exactly the digit test gps_may_hold
	 * walked the digit words for: the rule's gate with '/' (speed31f) */
	W_GPSNUM = 1 << 23,
};

/* 48 bytes, not 64: the export runs each rule over a batch of comments
 * (detect_run_many), and the batch's words are most of what a rule reads
 * there.  The offsets are 32 bits: a text is at most DETECT_MAX_TEXT
 * bytes and its folds at most UINT32_MAX (detect_begin and tokenize
 * refuse more: docs/performance.md, "Scrub, eighteenth pass"). */
struct detect_word {
	uint32_t	start, end;	/* bytes of the text */
	uint32_t	fold_off;	/* in s->fold */
	uint32_t	fold_len;
	uint32_t	flags;
	uint32_t	nchars;
	uint64_t	dflags;		/* D_*: what the dictionary says */
	uint64_t	fhash;		/* hash() of the folded word */
	/* 0 or 1, -1: not asked yet; one byte each, so that the word
	 * stays 48 bytes with dflags 64 bits */
	int8_t		epo;		/* eponym_position? */
	int8_t		lex;		/* an ordinary word? */
	uint8_t		touched;	/* a span holds some of its bytes */
	/* joined to the next word (detect_dict.c words_joined), set once
	 * by tokenize: the detectors ask it some twenty times a comment */
	uint8_t		joined;
};
_Static_assert(sizeof(struct detect_word) == 48, "struct detect_word");

/* The bytes of struct detect_scratch.text_bytes: the text (as the
 * detectors read it) holds that byte somewhere.  Set by tokenize as it
 * reads the text (the bytes between words, and those of the characters
 * it skips or reads beyond ASCII), for the gates and
 * scans that asked memchr each for its own byte ('@' for scan_emails,
 * '(' and '[' for scan_bracket_emails, the opening quotes for
 * scan_name_cues): test a bit rather than read the text again.  0xab is
 * the second byte of U+00AB, 0x9c the last of U+201C (and of other
 * characters: a hint, as memchr was). */
enum {
	TB_AT = 1 << 0,		/* '@' */
	TB_PAREN = 1 << 1,	/* '(' */
	TB_BRACKET = 1 << 2,	/* '[' or '{' */
	TB_DQUOTE = 1 << 3,	/* '"' */
	TB_XAB = 1 << 4,	/* 0xab, or 0xb9 (the last of U+2039 ‹, quotes27) */
	TB_X9C = 1 << 5,	/* 0x9c */
	TB_COLON = 1 << 6,	/* ':' */
	TB_CODE = 1 << 7,	/* '%' or '&': a coded "@" (scan_coded_emails) */
	TB_CELL = 1 << 8,	/* '|' or a tab: a table's cells (scan_table_cells) */
	TB_QMARK = 1 << 9,	/* '?': a letter a code page lost (scan_lost_letter_names) */
	TB_CHATMARK = 1 << 10,	/* '>' or '~': a chat's quote or unknown sender (scan_chat_senders) */
	TB_SEMI = 1 << 12,	/* ';': a CSV line's cells (scan_table_name_columns) */
	TB_BULLET = 1 << 11,	/* '-', '*', 0xa2 or 0x93 (the last bytes of U+2022, U+2013): a list's bullet (scan_chat_senders) */
	TB_USCORE = 1 << 13,	/* '_': a name spelled "D_U_P_O_N_T" (scan_spelled_name_tails, with TB_BULLET's '-') */
	/* '\'' or 0x99 (the last byte of U+2019, and of other characters:
	 * a hint), or '`' (names29: detect_begin reads the text again with
	 * the backticks as apostrophes): a surname's apostrophe
	 * (scan_name_apostrophe_tails) */
	TB_APOS = 1 << 14,
	TB_EQUALS = 1 << 15,	/* '=': a record's KEY=VALUE (scan_equal_records) */
	/* '\\': an escape in a word ("Du\\x70ont": detect_begin reads the
	 * text again with escapes, hostile32; '&' and '%' are TB_CODE's) */
	TB_BSLASH = 1 << 19,
	/* the bytes the rules' gates asked memchr of the whole text:
	 * exact, each its own byte */
	TB_COMMA = 1 << 16,	/* ',' */
	TB_SLASH = 1 << 17,	/* '/' */
	TB_NEWLINE = 1 << 18,	/* '\n' */
	/* 0xe2, the first byte of U+2000-U+2FFF (U+2019, the apostrophe
	 * scan_glottal_names reads beside '): every one, exact, also the
	 * first byte of a letter read_word reads (speed27b) */
	TB_XE2 = 1 << 21,
	/* '-' alone (TB_BULLET has it among others): the gates that read
	 * the whole text for a hyphen (speed27b) */
	TB_HYPHEN = 1 << 22,
	/* '\r' (beside TB_NEWLINE: scan_chat_senders' lines) */
	TB_CR = 1 << 23,
	/* names40: the first byte of a letter of a script beyond Latin
	 * (0xce-0xdf: Greek from U+0380, Cyrillic, Armenian, Hebrew,
	 * Arabic...; 0xe0: the Indic scripts; 0xe3-0xed: kana, CJK,
	 * Hangul; not 0xe1, where Vietnamese writes, nor 0xe2's
	 * punctuation): exact, a lead byte is no other byte
	 * (scan_script_names; row_script_names, hostile34 and 35:
	 * script_of_word's scripts) */
	TB_SCRIPT = 1 << 20,
};

/* ---- the dictionary: folded words and what they are ---- */

enum {
	D_FIRST = 1 << 0, D_LAST = 1 << 1, D_AMBIG = 1 << 2, D_EPONYM = 1 << 3,
	/* the small tables of each family (dict_init), looked up through
	 * the same hash */
	D_PARTICLE = 1 << 4, D_TITLE = 1 << 5, D_NOTNAME = 1 << 6,
	D_RELATIVE = 1 << 7, D_STREET = 1 << 8, D_MONTH = 1 << 9,
	D_UNIT = 1 << 10, D_PLACE = 1 << 11, D_EPOHEAD = 1 << 12,
	D_DATECUE = 1 << 13, D_TERM = 1 << 14, D_CLINICAL = 1 << 15,
	D_SUBJVERB = 1 << 16, D_FEMALE = 1 << 17,
	/* a name only the Faker lists have that is an ordinary word or has
	 * three letters or fewer ("Appel", "Gros", "Si", "Thi") */
	D_WEAK = 1 << 18,
	/* relations and roles, the words between them and the name, and
	 * the verbs that announce a person with the preposition each takes
	 * (detect_relation.c: "vu par", "appel de", "vit avec", "hébergé
	 * chez", "communiqué à", "prévenu" alone) */
	D_RELATION = 1 << 19, D_BRIDGE = 1 << 20,
	D_CUE_PAR = 1 << 21, D_CUE_DE = 1 << 22, D_CUE_AVEC = 1 << 23,
	D_CUE_CHEZ = 1 << 24, D_CUE_A = 1 << 25, D_CUE_ALONE = 1 << 26,
	/* verbs of speech after their subject ("X signale que") */
	D_SPEECH = 1 << 27,
	/* the first word of an entry of two words or more of the sensitive
	 * lexicon (sensitive_first_words): a window of scan_terms with none,
	 * nor a D_TERM word, has no term to find */
	D_TFIRST = 1 << 28,
	/* a place of care before its own name and a feast (detect_name.c:
	 * institution_heads, holidays), asked of most words by
	 * eponym_position: one bit rather than a list's walk */
	D_INSTHEAD = 1 << 29, D_HOLIDAY = 1 << 30,
};
/* The flags are 64 bits (struct detect_word.dflags, dict_entry.flags,
 * the word cache): bits 31 and up are defined here, outside the enum (an
 * enum constant is an int), as uint64_t constants.  An enum bit mixed
 * with them widens to uint64_t as it should (a positive int), and ~ of
 * one is a negative int, which widens with its upper bits set. */
#define D_BIT(n)	((uint64_t)1 << (n))
/* A verb or noun of residence before a city ("vit à Lorient",
 * "domiciliée à Saint-Brieuc": detect_addr.c, residence_words). */
#define D_RESIDE	D_BIT(31)
/* An English function word ("the", "with", "since": detect.c
 * english_function): a comment with none is not written in English, and
 * comment_english does not read its words. */
#define D_ENGFUNC	D_BIT(32)
/* (D_ENGMONTH, bit 45, is the cue C_ENGMONTH: bit 45 is D_CUEWORD,
 * speed33a) */
/* A word that announces a name of its own (detect_namecue.c name_cues:
 * "dit", "alias", "non", "nom", "ses"...).  Bit 40, away from the bits
 * other passes add after 32. */
#define D_NAMECUE	D_BIT(40)
/* (D_MAILAT, bit 47, is the cue C_MAILAT: bit 47 is free, speed33a) */
/* A type of street written before its name abroad (detect_addr.c
 * foreign_street_types: "via", "calle", "rua"): the gate of the streets
 * abroad in lower case ("via roma 12"). */
#define D_FSTREET	D_BIT(41)
/* "pharmacie", "officine": a shop that may bear its owner's name
 * (detect_namecue.c pharmacy_words, scan_pharmacy_owners' gate). */
#define D_PHARMACY	D_BIT(42)
/* The words of detect_num.c detect_phone_cues, in the dictionary only: tokenize
 * moves the bit to the word's flags (W_PHONECUE), so that no word's dflags
 * holds it and "dflags == 0" (no entry of the lists: W_NEW, the rules that ask
 * it) means what it meant.  The other bits that become W_ flags are listed
 * beside it below (DICT_MOVED_FLAGS); they are not all 48 and up. */
#define D_PHONECUE	D_BIT(48)
#define D_IDLABEL	D_BIT(49)	/* W_IDLABEL */
#define D_ACCOUNT	D_BIT(51)	/* W_ACCOUNT */
#define D_PLATECUE	D_BIT(52)	/* W_PLATECUE */
#define D_HEADFIRST	D_BIT(53)	/* W_HEADFIRST */
#define D_CLOSING	D_BIT(38)	/* W_CLOSING */
#define D_DOCLABEL	D_BIT(59)	/* W_DOCLABEL */
#define D_SHELTER	D_BIT(60)	/* W_SHELTER */
#define D_STAY		D_BIT(46)	/* W_STAY */
#define D_SUMETOU	D_BIT(39)	/* W_SUMETOU */
#define D_SUMAGE	D_BIT(43)	/* W_SUMAGE */
#define D_SUMRARE	D_BIT(44)	/* W_SUMRARE */
#define D_DEVICE	D_BIT(35)	/* W_DEVICE */
/* The dictionary bits tokenize moves to the word's W_ flags, each with
 * its flag: one list for D_MOVED, W_MOVED and detect_dict.c word_wbits
 * (a bit added to one and not the others was a silent mistake). */
#define DICT_MOVED_FLAGS(X)						\
	X(D_PHONECUE, W_PHONECUE) X(D_IDLABEL, W_IDLABEL)		\
	X(D_ACCOUNT, W_ACCOUNT) X(D_PLATECUE, W_PLATECUE)		\
	X(D_HEADFIRST, W_HEADFIRST) X(D_CLOSING, W_CLOSING)		\
	X(D_DOCLABEL, W_DOCLABEL) X(D_SHELTER, W_SHELTER)		\
	X(D_SUMETOU, W_SUMETOU) X(D_SUMAGE, W_SUMAGE)			\
	X(D_SUMRARE, W_SUMRARE) X(D_ARABPART, W_ARABPART)		\
	X(D_DEVICE, W_DEVICE) X(D_INITCUE, W_INITCUE)			\
	X(D_STAY, W_STAY) X(D_ROLE, W_ROLE)				\
	X(D_PERSONACT, W_PERSONACT)
#define DICT_MOVED_D(d, w)	| (d)
#define DICT_MOVED_W(d, w)	| (uint32_t)(w)
/* no word's dflags holds one of D_MOVED */
#define D_MOVED		((uint64_t)0 DICT_MOVED_FLAGS(DICT_MOVED_D))
#define W_MOVED		((uint32_t)0 DICT_MOVED_FLAGS(DICT_MOVED_W))
/* (D_PROID, bit 50, is the cue C_PROID: bit 50 is free, speed33a) */
/* The end of a title OCR cut in two ("Ma dame", "Mon sieur", "Doc
 * teur": detect_namecue.c split_title_tails): scan_split_names' gate,
 * which gives such an end D_TITLE (the word's copy of the flags) when the
 * start before it makes the title.  Bit 58, away from the bits other
 * passes add after 50. */
#define D_SPLITT	D_BIT(58)
/* The words of a quoted message's greeting and kisses, "suis" ("Je suis
 * X") and "sic" (detect_namecue.c message_cues: "bonjour", "bisous",
 * "sic"): the gate
 * of cue_sic and cue_message_senders inside scan_name_cues, whose gate
 * (the common D_NAMECUE "sa", "son") most comments pass.  Bit 61. */
#define D_MSGCUE	D_BIT(61)
/* The words that open the gates of the rules of few cues
 * (detect_shape.c fewcue_words): people counted in the plural
 * ("patientes": scan_counted_names), the extensions of files and the
 * heads of web addresses ("pdf", "https", "www": scan_file_names,
 * scan_url_names), the Portuguese particles ("do", "dos":
 * scan_particle_first_names).  Each rule tests its own words.  Bit 62. */
#define D_FEWCUE	D_BIT(62)
/* (D_MOISCUE, bit 63, is the cue C_MOISCUE: bit 63 is free, speed33a) */
/* The Arabic and Berber particles of a name written before its core
 * ("Abou", "Ben", "Ould", "El", "Aït": detect_name.c arabic_particles),
 * in the dictionary only: W_ARABPART (names25). */
#define D_ARABPART	D_BIT(33)	/* W_ARABPART */
/* "initiale", "initiales": the heading of a column of initials in a
 * pasted table (detect_name.c initials_cues), in the dictionary only:
 * W_INITCUE (names27). */
#define D_INITCUE	D_BIT(36)	/* W_INITCUE */
/* Every word of the table of roles and relatives (detect_role.c
 * role_words), in the dictionary only: W_ROLE (roles26). */
#define D_ROLE		D_BIT(54)	/* W_ROLE */
/* A surname of conf/detect/last_names.txt, the commonest French
 * surnames (D_LAST too): ward_eponym reads "service Martin-Durand" as a
 * person's double name, not a ward named after "Martin Durand"
 * (names34).  A test that a word holds no bit but the names' ("no other
 * list has it": owner_like, lower_head, the city rules) lets it through
 * as it lets D_LAST. */
#define D_COMMONLAST	D_BIT(55)
/* The words of a call or a visit made to a person (detect_namecue.c
 * person_act_*), in the dictionary only: W_PERSONACT (names32). */
#define D_PERSONACT	D_BIT(37)	/* W_PERSONACT (names32) */
/*
 * The comment's cues (speed33a): words a rule's gate asks the comment to
 * hold, and that no rule asks of a word by its flags.  They are no D_
 * bit: the dictionary gives each such word one bit, D_CUE, and tokenize
 * or-s the cue table's bits of a D_CUE word (detect_dict.c cue_of, by
 * the fold's hash) into s->word_cues, a second 64-bit mask of the
 * comment beside s->word_dflags.  D_CUE is cleared from each word's
 * dflags, as the cue bits were before (a word in a cue list alone keeps
 * dflags 0: "semaine" in no list says what it said), and a word of a cue
 * list alone is no entry for the name shapes either (dict_flags_shaped).
 * A gate asks comment_cue (CUE in detect.c's RULES).  A cue list and its
 * bit are one line of DETECT_CUE_LISTS: dict_build gives its words D_CUE
 * and cue_init their bits, from the same list.
 *
 * Were D bits: D_WEEKCUE 57, D_IDCUE 56, D_BIRTHCUE 34 (34 is D_CUE
 * now); D bits 56 and 57 are free.
 */
/* the bit of the comment's union that no word's dflags keeps (tokenize) */
#define D_CUE		D_BIT(34)
/* The same for the words of DETECT_CUE_WORD_LISTS, whose D bit a rule's
 * gate read and its own walk asked of a word, and that each word's
 * dflags kept: D_CUEWORD stays in the word's dflags where that bit was
 * (a test of "a bit of no list of mine" says what it said: "arobase",
 * "january" in no other list), and word_cue asks the word's cues.  One
 * bit for D_ENGMONTH 45, D_MAILAT 47, D_PROID 50 and D_MOISCUE 63: bits
 * 47, 50 and 63 are free. */
#define D_CUEWORD	D_BIT(45)
#define C_BIT(n)	((uint64_t)1 << (n))
/* The words a week number follows (detect_week.c week_number_cues: "s",
 * "sem", "semaine"), the gate of scan_week_numbers, whose every form
 * has one of them just before its number (speed31f). */
#define C_WEEKCUE	C_BIT(0)
/* The words of a provisional identity's or a study's phrase
 * (detect_num.c recall_id_cues: "provisoire", "anonyme", "réf.",
 * "inclusion", "inclus" ...), the gate of scan_study_ids and, with a
 * hyphen, of scan_provisional_ids (recall24). */
#define C_IDCUE		C_BIT(1)
/* The cues of a baby's or a twin's given name (detect_namecue.c
 * birth_cue_words: "bébé", "jumelles", "prénommée", "s'appellera",
 * "nouveau" of "nouveau-né", "virgule" of a dictated comma), the gate of
 * scan_birth_names (dev24's rule walked every word of every comment with
 * a capital: +2.9 M modelled cycles a pass; the lead, twenty-sixth
 * pass). */
#define C_BIRTHCUE	C_BIT(2)
/* The acronyms of a home where people live and its residents, nurses and
 * units (detect_addr.c home_words, care_home_words: "ehpad", "fjt",
 * "residente", "idec", "uvp"): home_comment, where a walk of every word
 * of a comment with a room asked the two lists (speed33a). */
#define C_HOMECUE	C_BIT(3)
/* A prison and its health units (detect_addr.c detention_words: "ucsa",
 * "detenu", "parloir"): detention_comment, as C_HOMECUE (speed33a). */
#define C_DETENTION	C_BIT(4)
/* An English month's whole name ("june", "november": detect_english_date.c
 * english_month_names): with a digit, the gate of scan_english_dates
 * beside D_ENGFUNC ("DOB 4 June 1950", "Discharged on 14 April 2025."
 * have no English function word; precision22).  D_CUEWORD. */
#define C_ENGMONTH	C_BIT(5)
/* The "@" written as a word: "at", "arobase", "arobas", "chez"
 * (detect_num.c detect_mail_at_words), the gate of scan_word_emails and
 * its walk's test of a word.  D_CUEWORD. */
#define C_MAILAT	C_BIT(6)
/* The labels of a professional's or a body's number (detect_num.c
 * detect_proid_labels: "RPPS", "ADELI", "FINESS"), which is dictated in
 * groups of any length: scan_spaced_ids's gate (in scan_numbers) and
 * proid_label_before's test of a word.  D_CUEWORD. */
#define C_PROID		C_BIT(7)
/* "mois", the gate of scan_spelled_days_of_month ("le deux de ce
 * mois", "le premier du mois": a day written out with neither a digit
 * nor a month word in the comment; detect_date.c month_cue_words) and
 * its walk's test of a word (dev21).  D_CUEWORD. */
#define C_MOISCUE	C_BIT(8)
/* The cue lists whose words keep D_CUEWORD in their dflags, each with
 * its bit (dict_build, cue_init). */
#define DETECT_CUE_WORD_LISTS(X)					\
	X(english_month_names, C_ENGMONTH) X(detect_mail_at_words, C_MAILAT) \
	X(detect_proid_labels, C_PROID) X(month_cue_words, C_MOISCUE)
/* The words of a number said aloud and those that join them
 * (detect_num.c spelled_id_words: "quatre", "cent", "mille"): the gate of
 * scan_spelled_ids with a label (W_IDLABEL), whose every find holds five
 * of them (its walk compared the words after each label to sixty
 * strings). */
#define C_NUMWORD	C_BIT(9)
/* The insurers' names (detect_num.c detect_insurer_names: "MGEN",
 * "Malakoff"), the gate of scan_insurer_numbers (recall25; was D_IDCUE's,
 * a bit of its own since speed33a's cues). */
#define C_INSURER	C_BIT(10)
/* "comme" of a dictated spelling ("D comme Denis"; detect_spelled.c
 * dictated_cue_words), the gate of scan_dictated_spellings (recall25; was
 * D_BIRTHCUE's). */
#define C_DICTATED	C_BIT(11)
/* The cues of dev25's rules (detect_dev25.c): a variant spelling's
 * ("écrit", "orthographié", "épelé": variant_cue_words), a lower-case
 * first name's ("signé", a message's "msg", "sms", "mail" before "de":
 * signed_cue_words), a booking code's ("code": booking_cue_words).  Each
 * rule walked every comment with a capital (or a first name) comparing
 * words to its strings; the variant rule's memmem of "pel" found every
 * "appel": 6.2 M instructions a pass of the 8.5 M dev25 added (the lead,
 * twenty-seventh pass). */
#define C_VARIANT	C_BIT(12)
#define C_SIGNED	C_BIT(13)
#define C_BOOKING	C_BIT(14)
/* A sign-off ("merci", "cordialement", "thanks": detect_dev25.c
 * dev25_signoff_words, and "thank" of "thank you"): with a closing guillemet,
 * what scan_signoff_names starts from (its walk of every word of every
 * comment with a capital cost 1.4 M instructions a pass). */
#define C_SIGNOFF	C_BIT(15)
/* The words before a row's initials ("vu par AV", "signé A.V", "visa :
 * A V": detect_row.c row_initials_cues), the gate of row_cue_initials,
 * whose walk of every capitalized or dotted word of every comment with a
 * row asked the list of the word before it (0.63 M instructions a pass;
 * speed34a, the first cue past the sixteen). */
#define C_ROWINIT	C_BIT(16)
/* recall27's two id rules walked every digit word of every comment with
 * a digit (~1.4 M of the model a pass, gate29): a word a desk's
 * reference follows ("ticket", "référence": detect_num.c
 * id_code_words), the gate of scan_reference_codes; a verb a number's
 * last digits follow ("se terminant par": number_ending_verbs), the
 * gate of scan_number_endings. */
#define C_REFCODE	C_BIT(17)
#define C_ENDING	C_BIT(18)
/* recall28: a minister's title that is a surname too ("le pasteur
 * Ndikumana": detect_namecue.c minister_title_words), the gate of
 * scan_minister_names. */
#define C_MINISTER	C_BIT(19)
/* dev25's "euh" between a day said twice (detect_date.c
 * repeated_day_cues), the gate of scan_repeated_days, which asked
 * word_is(.., "euh") of every word of every comment with a date
 * (speed38). */
#define C_EUH		C_BIT(20)
/* dev25's words of a journey (detect_name.c travel_words: "voyage",
 * "retour", "vacances", "holiday"), the gate of travel_place, which
 * eponym_position asks of most capitalized words a rule looks at: its
 * tests of the word before and its walk back to the journey's word cost
 * ~0.5 M of the model a pass where gen_corpus's comments hold no such
 * word (speed48). */
#define C_TRAVEL	C_BIT(21)
/* the cue bits are below C_NBITS (detect.c gm_make's rows, crow: a row
 * of 64 bits a cue, zeroed once a chunk, filled from each text's set
 * bits only; 16 until speed34a, 32 since: the rows of an empty cue cost
 * their zeroing alone) */
#define C_NBITS		32
#define C_ALL		(C_BIT(C_NBITS) - 1)
/* Each cue list and its bit: dict_build (D_CUE) and cue_init (the bit)
 * read this one list. */
#define DETECT_CUE_LISTS(X)						\
	X(week_number_cues, C_WEEKCUE) X(recall_id_cues, C_IDCUE)	\
	X(birth_cue_words, C_BIRTHCUE) X(home_words, C_HOMECUE)		\
	X(care_home_words, C_HOMECUE) X(detention_words, C_DETENTION)	\
	X(spelled_id_words, C_NUMWORD) X(detect_insurer_names, C_INSURER)	\
	X(dictated_cue_words, C_DICTATED) X(variant_cue_words, C_VARIANT)	\
	X(signed_cue_words, C_SIGNED) X(booking_cue_words, C_BOOKING)	\
	X(dev25_signoff_words, C_SIGNOFF) X(signoff_thank_words, C_SIGNOFF) \
	X(row_initials_cues, C_ROWINIT) X(id_code_words, C_REFCODE)	\
	X(number_ending_verbs, C_ENDING) X(minister_title_words, C_MINISTER) \
	X(repeated_day_cues, C_EUH) X(travel_words, C_TRAVEL)
/* What the dictionary says of a word that makes it no typo of the row's
 * name (detect_row.c scan_row_fuzzy): a word of the tables, or a name of
 * someone else.  W_NOFUZZY above. */
#define FUZZY_NOT	(D_FIRST | D_LAST | D_EPONYM | D_PARTICLE | D_TITLE | \
	D_NOTNAME | D_RELATIVE | D_STREET | D_MONTH | D_UNIT | D_PLACE | \
	D_EPOHEAD | D_DATECUE | D_TERM | D_CLINICAL | D_SUBJVERB)
_Static_assert((FUZZY_NOT & D_MOVED) == 0, "FUZZY_NOT stays in dflags");

#define D_RELCUE	(D_CUE_PAR | D_CUE_DE | D_CUE_AVEC | D_CUE_CHEZ | \
    D_CUE_A | D_CUE_ALONE)

#define NO_WORD	((size_t)-1)	/* across_particles: no word there */

/* ---- small helpers of every family ---- */

/* The hash of a folded word (fhash) and of every word the dictionary,
 * the lexicons and the rules' tables look up: util_whash, eight bytes at
 * a time (LIT_HASH below is the same of a literal). */
static inline uint64_t
hash(const char *s, size_t n)
{
	return util_whash(s, n);
}

/* hash() of the n bytes at f, where at least eight bytes past them are
 * readable (tokenize's FOLD_SLACK, row_value_fast's reserve): a word of
 * eight bytes or fewer (most) is one load of eight, the bytes past it
 * masked off, where util_whash, which may not read past, makes its chunk
 * of two loads. */
#define HASH_PAD	8	/* the bytes hash_padded may read past a word */
static inline uint64_t
hash_padded(const char *f, size_t n)
{
	const unsigned char *u = (const unsigned char *)f;
	uint64_t h = UTIL_WHASH_SEED ^ (uint64_t)n;
	size_t i = 0;

	/* one chunk (most words): its bytes, masked (n is 1 to 8) */
	if (n - 1 < 8)
		return util_whash_mix(h ^ (util_whash_load8(u) &
		    (~0ULL >> (64 - 8 * n))));
	if (n == 0)
		return util_whash_mix(h);
	for (; n - i > 8; i += 8)
		h = util_whash_mix(h ^ util_whash_load8(u + i));
	return util_whash_mix(h ^ (util_whash_load8(u + n - 8) >>
	    (8 * (8 - (n - i)))));
}

/* names39: the word at p opens with a letter of a script beyond Latin
 * (Greek from U+0370, Cyrillic, Armenian, Hebrew, Arabic, the Indic
 * scripts, CJK...; not Latin Extended Additional, U+1E00-U+1EFF, where
 * Vietnamese writes its letters): no acronym of a French note is written
 * so, and a word there in capitals ("Appel de ДЮПОН") is the name a cue
 * brought, whatever its length. */
static inline int
beyond_latin(const char *p)
{
	unsigned char c = (unsigned char)p[0], d = (unsigned char)p[1];

	if (c < 0xcd || (c == 0xcd && d < 0xb0) || c >= 0xf0)
		return 0;
	return !(c == 0xe1 && d >= 0xb8 && d <= 0xbb);
}

/* hostile35: the one place that says which script a word is written in
 * (names40's scan_script_names: a word beyond Latin in a French note;
 * hostile34's row_script_names: the row's name written by sound).  By
 * the lead byte of a letter of two bytes (and the next byte where a lead
 * byte holds two scripts). */
enum text_script {
	SCRIPT_NONE = 0,	/* Latin, a digit, a sign */
	SCRIPT_GREEK,		/* U+0380-U+03FF (0xce, 0xcf) */
	SCRIPT_CYRILLIC,	/* U+0400-U+052F (0xd0-0xd3, 0xd4 to 0xaf) */
	SCRIPT_ARMENIAN,	/* U+0530-U+058F */
	SCRIPT_HEBREW,		/* U+0590-U+05FF */
	SCRIPT_ARABIC,		/* U+0600-U+06FF (0xd8-0xdb) */
	/* U+0700-U+07FF (Syriac, Thaana, NKo), 0xe0 (the Indic scripts),
	 * 0xe3-0xed (kana, CJK, Hangul) */
	SCRIPT_OTHER,
};

/* names40: c leads a letter of the scripts TB_SCRIPT marks (beyond_latin's,
 * less U+0370-U+037F, U+1000-U+2FFF and U+E000 on: Georgian, Greek
 * Extended, letterlike symbols, fullwidth forms), so that the rules and
 * their gate read the same words. */
static inline int
script_lead(unsigned char c)
{
	return (c >= 0xce && c <= 0xe0) || (c >= 0xe3 && c <= 0xed);
}

/* The script of the character at p (its lead byte and the next), of the
 * n >= 1 bytes of a word there: the next byte is read only when the word
 * holds it (a word of one byte may end the text, which a batch's texts
 * do not terminate: ASan's overflow, CI of the thirtieth pass). */
static inline enum text_script
script_at(const char *p, size_t n)
{
	const unsigned char c = (unsigned char)p[0];
	unsigned char d;

	if (!script_lead(c))
		return SCRIPT_NONE;
	d = n > 1 ? (unsigned char)p[1] : 0;
	if (c <= 0xcf)
		return SCRIPT_GREEK;
	if (c <= 0xd3 || (c == 0xd4 && d < 0xb0))
		return SCRIPT_CYRILLIC;
	if (c <= 0xd5 || (c == 0xd6 && d < 0x90))
		return SCRIPT_ARMENIAN;
	if (c <= 0xd7)
		return SCRIPT_HEBREW;
	if (c <= 0xdb)
		return SCRIPT_ARABIC;
	return SCRIPT_OTHER;
}

/* The script of the word t[a, b): its first letter's, when that is one
 * TB_SCRIPT marks and no byte of the word is ASCII ("ΔPA", "γGT" are
 * measures); SCRIPT_NONE otherwise. */
static inline enum text_script
script_of_word(const char *t, size_t a, size_t b)
{
	const enum text_script sc = script_at(t + a, b - a);

	if (sc == SCRIPT_NONE)
		return sc;
	for (size_t k = a; k < b; k++)
		if ((unsigned char)t[k] < 0x80)
			return SCRIPT_NONE;
	return sc;
}

/* The script has capitals (Greek, Cyrillic, Armenian; not Hebrew,
 * Arabic, the Indic scripts, CJK) */
static inline int
script_cased(enum text_script sc)
{
	return sc >= SCRIPT_GREEK && sc <= SCRIPT_ARMENIAN;
}

/* The literal lit is the n bytes at w.  Compared here, not through
 * strncmp: the words are short and the first byte decides most calls,
 * which the scans make for nearly every word of every comment. */
static inline int
lit_is(const char *lit, const char *w, size_t n)
{
	size_t k = 0;

	while (k < n && lit[k] != '\0' && lit[k] == w[k])
		k++;
	return k == n && lit[n] == '\0';
}

static inline int
in_list(const char *const *list, const char *w, size_t n)
{
	if (n == 0)
		return 0;	/* no list holds "" */
	for (; *list != NULL; list++)
		if ((*list)[0] == w[0] && lit_is(*list, w, n))
			return 1;
	return 0;
}

/* A list's filter for in_list_filtered: bit (hash >> 58) of each of its
 * words' hash() set, made at the first ask (the lists stay plain
 * NULL-ended arrays) and kept in *filter.  Every thread that asks first
 * makes the same value: relaxed atomics, no lock. */
static __attribute__((noinline, cold, unused)) uint64_t
list_filter_make(const char *const *list, uint64_t *filter)
{
	uint64_t f = 0;

	for (; *list != NULL; list++)
		f |= (uint64_t)1 << (hash(*list, strlen(*list)) >> 58);
	__atomic_store_n(filter, f, __ATOMIC_RELAXED);
	return f;
}

/* A word whose fold hashes to fhash may be in the list whose filter is
 * *filter (list_filter_make): 0 says it is in none, without walking the
 * list (its pointers and each string's first byte: D1 misses, and a
 * mispredicted exit at a place no predictor learns; speed31g).  A list
 * of ten words lets through one word in seven. */
static inline int
list_filter_pass(const char *const *list, uint64_t *filter, uint64_t fhash)
{
	uint64_t f = __atomic_load_n(filter, __ATOMIC_RELAXED);

	if (f == 0)
		f = list_filter_make(list, filter);
	return (int)((f >> (fhash >> 58)) & 1);
}

/* in_list of word w (a const struct detect_word *) and a list that has
 * a filter beside it (NAME_filter, a static uint64_t): the list's walk
 * only for a word whose hash's bit is in the filter (list_filter_pass). */
#define word_in_filtered_list(s, w, list) \
	(list_filter_pass((list), &list##_filter, (w)->fhash) && \
	in_list((list), wf((s), (w)), (w)->fold_len))
/* The same of word i of the comment: the one filtered ask by index of
 * the rules' files (detect_addr.c, detect_date.c, detect_locality.c,
 * detect_week.c each wrote its own before). */
#define word_in_listf(s, i, list) \
	word_in_filtered_list((s), &(s)->words[(i)], list)

/* The folded word w of n bytes ends with one of list's endings and keeps
 * more than `before` bytes in front of it ("-ance" of a noun, "-ra" of a
 * verb's future): the endings tests of the name rules, one loop
 * (detect_name.c ends_in_list asks it of a word). */
static inline int
fold_ends_in(const char *const *list, const char *w, size_t n, size_t before)
{
	for (; *list != NULL; list++) {
		size_t l = strlen(*list);

		if (n > l + before && memcmp(w + n - l, *list, l) == 0)
			return 1;
	}
	return 0;
}
/* ---- spans ---- */

static inline int
is_alnum_byte(char c)
{
	return util_is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (unsigned char)c >= 0x80;
}

/* The bytes of the apostrophe at t[a]: 1 ('), 3 (U+2019, which
 * detect_begin's textnorm makes of U+2018 and U+00B4 too), 0 if none. */
static inline size_t
apostrophe_len(const char *t, size_t len, size_t a)
{
	if (a < len && t[a] == '\'')
		return 1;
	if (a + 2 < len && (unsigned char)t[a] == 0xe2 &&
	    (unsigned char)t[a + 1] == 0x80 && (unsigned char)t[a + 2] == 0x99)
		return 3;
	return 0;
}

/* The bits of the 64-bit word of s->taken that holds byte a, from byte
 * a to byte b - 1 (a < b, the same word). */
static inline uint64_t
taken_mask(size_t a, size_t b)
{
	uint64_t m = ~(uint64_t)0 << (a & 63);

	return m & (~(uint64_t)0 >> (63 - ((b - 1) & 63)));
}

/* Some byte of [start, end) is taken: a word of the bit map at a time
 * (the scans ask it for every number they look at). */
static inline int
overlaps(const struct detect_scratch *s, size_t start, size_t end)
{
	size_t a, b;

	if (end <= start)
		return 0;
	a = start >> 6;
	b = (end - 1) >> 6;
	if (a == b)
		return (s->taken[a] & taken_mask(start, end)) != 0;
	if (s->taken[a] & taken_mask(start, (a + 1) << 6))
		return 1;
	for (size_t k = a + 1; k < b; k++)
		if (s->taken[k])
			return 1;
	return (s->taken[b] & taken_mask(b << 6, end)) != 0;
}

/* Bytes [start, end) become taken. */
static inline void
take_bytes(struct detect_scratch *s, size_t start, size_t end)
{
	size_t a, b;

	if (end <= start)
		return;
	a = start >> 6;
	b = (end - 1) >> 6;
	if (a == b) {
		s->taken[a] |= taken_mask(start, end);
		return;
	}
	s->taken[a] |= taken_mask(start, (a + 1) << 6);
	for (size_t k = a + 1; k < b; k++)
		s->taken[k] = ~(uint64_t)0;
	s->taken[b] |= taken_mask(b << 6, end);
}

/* Word w's fold.  A scratch has words only after tokenize, which makes
 * room in s->fold for the whole text and FOLD_SLACK bytes more before it
 * reads a word (a refused text has none): s->fold.data is set wherever
 * a word is.  No test of NULL then (some 200,000 asks a pass of the
 * bench: speed29c); test_tokenize checks the room. */
static inline const char *
wf(const struct detect_scratch *s, const struct detect_word *w)
{
	return s->fold.data + w->fold_off;
}

/* word_is of a string that is no literal (a list's entry).  The first
 * letters decide most calls: no strlen of the string.  Where it is a
 * constant after inlining, its length is one too: the word's length
 * turns most words away in one compare before the fold's bytes are
 * read. */
static inline int
word_is_str(const struct detect_scratch *s, size_t i, const char *lit)
{
	const struct detect_word *w = &s->words[i];
	const char *f;
	size_t n = w->fold_len;

	if (__builtin_constant_p(__builtin_strlen(lit)) &&
	    n != __builtin_strlen(lit))
		return 0;
	f = wf(s, w);
	if (n == 0)
		return lit[0] == '\0';
	return f[0] == lit[0] && lit_is(lit, f, n);
}

/* hash() of a string literal of up to LIT_MAX bytes, as a constant the
 * compiler folds: util_whash's one or two chunks of eight bytes, each a
 * little-endian number of the literal's bytes (zeros past its end), each
 * mixed by LIT_MIX (util_whash_mix's multiply). */
#define LIT_MAX			16
#define LIT_LEN(lit)		(sizeof(lit) - 1)
#define LIT_BYTE(lit, k)	((k) < LIT_LEN(lit) ? \
	(uint64_t)(uint8_t)(lit)[(k) < LIT_LEN(lit) ? (k) : 0] : 0)
#define LIT_CHUNK4(lit, k)	(LIT_BYTE(lit, k) | LIT_BYTE(lit, (k) + 1) << 8 | \
	LIT_BYTE(lit, (k) + 2) << 16 | LIT_BYTE(lit, (k) + 3) << 24)
#define LIT_CHUNK(lit, k)	(LIT_CHUNK4(lit, k) | LIT_CHUNK4(lit, (k) + 4) << 32)
#define LIT_MIX(x)		((uint64_t)((unsigned __int128)(x) * \
	UTIL_WHASH_MUL) ^ (uint64_t)(((unsigned __int128)(x) * \
	UTIL_WHASH_MUL) >> 64))
#define LIT_HASH1(lit)		LIT_MIX(UTIL_WHASH_SEED ^ \
	(uint64_t)LIT_LEN(lit) ^ LIT_CHUNK(lit, 0))
#define LIT_HASH(lit)		(LIT_LEN(lit) > 8 ? \
	LIT_MIX(LIT_HASH1(lit) ^ LIT_CHUNK(lit, 8)) : LIT_HASH1(lit))

/* Word i's fold is the literal lit (n bytes, hash h = LIT_HASH(lit)):
 * its hash first, which tokenize made (fhash), a compare that fails for
 * all words but the literal's own.  The length compare it replaces let
 * through every word of the literal's length (one in four or five, at
 * no place a predictor learns), then the first byte and the rest: the
 * 500-odd calls of the rules were a tenth of the model's mispredicted
 * branches. */
static inline int
word_is_lit(const struct detect_scratch *s, size_t i, const char *lit,
    size_t n, uint64_t h)
{
	const struct detect_word *w = &s->words[i];

	return w->fhash == h && w->fold_len == n &&
	    memcmp(wf(s, w), lit, n) == 0;
}

/* Word i's fold is the string literal lit, by its hash when it has
 * LIT_MAX bytes or fewer.  Only a literal compiles ("" lit: an array of
 * chars would hash its size, not its string); a list's entry or another
 * pointer asks word_is_str. */
#define word_is(s, i, lit)						\
	(LIT_LEN("" lit) > LIT_MAX ? word_is_str(s, i, "" lit) :	\
	    word_is_lit(s, i, "" lit, LIT_LEN("" lit), LIT_HASH("" lit)))

static inline int
word_has(const struct detect_scratch *s, size_t i, uint64_t flag)
{
	return (s->words[i].dflags & flag) != 0;
}

/* After tokenize: kept up to date by mark_words. */
static inline int
word_taken(const struct detect_scratch *s, size_t i)
{
	return s->words[i].touched;
}

/* The two bits of a word's hash in scratch.name_mask. */
static inline uint64_t
name_bits(uint64_t fhash)
{
	return (1ULL << (fhash & 63)) | (1ULL << ((fhash >> 6) & 63));
}

/* The span holding word i, if any. */
static inline const struct detect_span *
span_of(const struct detect_scratch *s, size_t i)
{
	return s->wspan[i] >= 0 ? &s->spans[s->wspan[i]] : NULL;
}

static inline int
is_name_span(const struct detect_span *sp)
{
	return sp != NULL && (sp->kind == DETECT_NAME || sp->kind == DETECT_INITIAL);
}

static inline int
is_title_word(const struct detect_scratch *s, size_t i)
{
	return word_has(s, i, D_TITLE);
}

/* Words i and i+1 belong to one name (detect_dict.c words_joined, which
 * tokenize asked once for each word; t is the text it read). */
static inline int
joined(const char *t, const struct detect_scratch *s, size_t i)
{
	(void)t;
	return s->words[i].joined;
}

/* After word i: spaces, a colon and spaces; the byte after them, or 0. */
static inline size_t
colon_then(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t b = s->words[i].end;

	if (i + 1 >= s->nwords)
		return 0;
	while (b < s->words[i + 1].start && t[b] == ' ')
		b++;
	if (b >= s->words[i + 1].start || t[b] != ':')
		return 0;
	for (b++; b < s->words[i + 1].start && t[b] == ' '; b++)
		;
	return b;
}

static inline int
digits_value(const char *p, size_t n)
{
	int v = 0;

	for (size_t i = 0; i < n && p[i] >= '0' && p[i] <= '9'; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

/* ---- detect.c: the span list, the gates, shared word predicates ---- */

/* The first word that starts at or after byte `at`.  tokenize's index
 * gives the first word at or after the start of `at`'s sixteen bytes (of
 * the text's last block past its end); the scan from there passes the
 * words that start in that block before `at`: sixteen at most, one or
 * two on most texts (a bisection of a comment's fourteen words was four
 * steps and a call, some 67 instructions: docs/performance.md, speed28b).
 * Inline: a call cost as much as the scan. */
static inline size_t
word_at(const struct detect_scratch *s, size_t at)
{
	size_t b = at >> 4, i, n = s->nwords;

	b = b < s->nwblk ? b : s->nwblk - 1;
	i = s->wblk[b];
	/* Two steps with no branch on the words' starts: how many words
	 * of the block start before `at` (0, 1, 2...) is the text's, call by
	 * call, and the loop's exit was mispredicted one call in three
	 * (speed30e).  A step past the answer adds 0 (the starts
	 * increase); only the end of the words (rare) is a branch. */
	if (i < n)
		i += s->words[i].start < at;
	for (; i < n && s->words[i].start < at; i++)
		;
	return i;
}
/* The byte t[k] of the text, or 0 past its end, read with no branch
 * (the index clamped, the byte masked: a load the compiler cannot
 * hoist under a "k < len ?" became a branch): for the scans that test
 * the bytes around a span all at once (speed31c).  The text has a
 * byte at least (a span or a word of it is being read). */
static inline unsigned char
byte_or0(const char *t, size_t len, size_t k)
{
	size_t in = k < len, at = in ? k : len - 1;

	return (unsigned char)((unsigned char)t[at] & (unsigned char)-in);
}

/* 1 to 99 written out from word k (detect_date.c), its last
 * word in *last; 0 if none. */
int	date_spelled_1_99(const char *t, const struct detect_scratch *s,
	    size_t k, size_t *last);
/* An underscore, or a punctuation or space character beyond ASCII, that
 * separates digit groups (detect_num.c): its length in bytes at t[j], or
 * 0. */
size_t	detect_wide_sep(const char *t, size_t len, size_t j);
void	mark_words(struct detect_scratch *s, size_t k);
/* s->keys: room for n (0 or -ENOMEM), sorted, and a binary search of
 * the first n: a scan that asked the same question of every word or
 * span for each word asks it of them once (scan_name_repeats,
 * scan_name_glued: issue 10, linear in the cell). */
int	detect_keys_reserve(struct detect_scratch *s, size_t n);
void	detect_keys_sort(struct detect_scratch *s, size_t n);
int	detect_keys_have(const struct detect_scratch *s, size_t n,
	    uint64_t key);
int	add_span(struct detect_scratch *s, size_t start, size_t end,
	    enum detect_kind kind, int ctx);
/* The gates: with -DDETECT_NO_GATES (tests/scrub/scrub_spans_nogates,
 * built from detect.c alone) detect_no_gates is 1 and they always say
 * yes, so a detector gates through these, never by reading s->word_flags
 * itself.  Inline, reading a flag that detect.c defines: forty calls a
 * comment into detect.c cost more than the tests. */
extern const int detect_no_gates;

/* Some word has every W_ flag of wflags, and some word one of the D_
 * flags of dflags (if any): a detector that starts from such words has
 * nothing to do otherwise, and is not run. */
static inline int
comment_has(const struct detect_scratch *s, uint32_t wflags, uint64_t dflags)
{
	/* & and | of 0s and 1s, not && and ||: a gate is one branch, not
	 * three (each taken or not as the comment goes, at forty sites). */
	return detect_no_gates | (((s->word_flags & wflags) == wflags) &
	    ((dflags == 0) | ((s->word_dflags & dflags) != 0)));
}

/* The cues of a word the dictionary gives D_CUE or D_CUEWORD (fhash
 * its fold's hash), 0 for any other (detect_dict.c, the cue table). */
uint64_t	detect_cue_of(uint64_t fhash);

/* Word w has a cue of cues: a word of DETECT_CUE_WORD_LISTS (D_CUEWORD)
 * whose cue table says so; the table asked of those words alone. */
static inline int
word_cue(const struct detect_word *w, uint64_t cues)
{
	return (w->dflags & D_CUEWORD) != 0 &&
	    (detect_cue_of(w->fhash) & cues) != 0;
}

/* Some word has every W_ flag of wflags, and some word one of the cues
 * of cues (C_*: s->word_cues, tokenize; speed33a). */
static inline int
comment_cue(const struct detect_scratch *s, uint32_t wflags, uint64_t cues)
{
	return detect_no_gates | (((s->word_flags & wflags) == wflags) &
	    ((s->word_cues & cues) != 0));
}

/*
 * The words a rule starts from, by their flags alone (never the spans,
 * which change as rules run), listed in order when a rule first asks a
 * list for the comment (word_class_early: since speed27b from the words'
 * class bytes, WCB_* below, sixteen words a load).  A
 * rule that walked every word to test its flags (a branch a word, taken or
 * not as the text goes: the CPU mispredicted it often, forty rules over
 * the same words) visits its list instead, and tests there what the
 * spans decide (word_taken...).  A list holds every word the rule's first
 * tests let through: the same spans, gates open or shut
 * (test_scrub_gates).  A flag a rule adds to a word (scan_split_names'
 * D_TITLE) is listed as what may become it (D_SPLITT), and the rule
 * that reads it tests the flag itself.
 */
enum {
	/* a capitalized word (W_CAP or W_UPPER), and the next one
	 * capitalized or a particle (scan_unknown_pairs) */
	WC_PAIR,
	/* a word that is no number: capitalized, of three letters or
	 * more (unknown_capitalized), or of two letters or fewer glued to
	 * the word before by ' or - ("Guivarc'h", "Martin-Le") (the words
	 * scan_name_neighbours may take) */
	WC_NEAR,
	/* a relation, a role or the verb of a cue (D_RELATIVE, D_RELATION,
	 * D_RELCUE), not the last word (scan_relations) */
	WC_RELATION,
	/* a title (or the end of a title OCR cut in two, D_SPLITT, which
	 * scan_split_names may make one) or a relation, not the last word
	 * (scan_titles) */
	WC_TITLE,
	/* a particle that is no letter and its dot ("D."), not the last
	 * word (scan_particles) */
	WC_PARTICLE,
	/* The classes below are asked by rules that run on fewer comments
	 * (they were made together, word_classes_late, until speed27b made
	 * each list alone cheap) */
	WC_LATE,
	/* a word that announces a name of its own (D_NAMECUE: "non",
	 * "nom", "ses", "sa"...), not the last word (scan_name_cues' four
	 * walks over the words) */
	WC_NAMECUE = WC_LATE,
	/* a letter and its dot ("J.", "m."; or a fold of one letter):
	 * what scan_initials starts from, any word */
	WC_INITIAL,
	/* a verb after its subject (D_SUBJVERB), not the first word
	 * (detect_shape.c scan_subject_names) */
	WC_SUBJVERB,
	/* a word in capitals joined to a title before it (D_TITLE, or
	 * D_SPLITT, which scan_split_names may make one): "Mme DOUMBIA,",
	 * "DR MARTEAU" (scan_comma_first_names, detect_namecue.c
	 * cue_caps_after_titles) */
	WC_CAPTITLED,
	/* Not classes: two lists a rule makes for its own walk, from what
	 * it alone knows (the spans, the names found so far), valid while
	 * it runs (word_list_own: scan_name_repeats,
	 * scan_name_coordination). */
	WC_OWN,
	WC_OWN2,
	WC_NCLASSES
};
_Static_assert(WC_NCLASSES <= DETECT_WORD_CLASSES, "DETECT_WORD_CLASSES");

void	word_class_pair(struct detect_scratch *s);
void	word_class_near(struct detect_scratch *s);
void	word_class_relation(struct detect_scratch *s);
void	word_class_title(struct detect_scratch *s);
void	word_class_particle(struct detect_scratch *s);
void	word_class_namecue(struct detect_scratch *s);
void	word_class_initial(struct detect_scratch *s);
void	word_class_subjverb(struct detect_scratch *s);
void	word_class_captitled(struct detect_scratch *s);

/* List c (before WC_OWN) for the comment (detect.c): a switch the
 * compiler folds where c is a constant, as at every rule's ask. */
static inline void
word_class_early(struct detect_scratch *s, int c)
{
	switch (c) {
	case WC_PAIR:
		word_class_pair(s);
		break;
	case WC_NEAR:
		word_class_near(s);
		break;
	case WC_RELATION:
		word_class_relation(s);
		break;
	case WC_TITLE:
		word_class_title(s);
		break;
	case WC_PARTICLE:
		word_class_particle(s);
		break;
	case WC_NAMECUE:
		word_class_namecue(s);
		break;
	case WC_INITIAL:
		word_class_initial(s);
		break;
	case WC_SUBJVERB:
		word_class_subjverb(s);
		break;
	default:
		word_class_captitled(s);
		break;
	}
}

/*
 * A byte a word (s->wcls, words_cap + 16 of them), made by tokenize:
 * what the lists above start from, so that a list is made by reading
 * eight words' bytes at once (detect.c wc_sparse) and visiting only
 * those that may belong, not by a walk that tests every word's flags
 * (some ten to thirty instructions a word and list, speed27b).  The
 * low four bits are the word's W_DIGIT, W_UPPER, W_CAP and W_DOT; the
 * next three say the word has one of a family of dictionary bits (kept
 * in the word cache's slot, detect_dict.c word_wbits); WCB_GLUED: the
 * word follows the one before after a single ' or - ("Guivarc'h",
 * "Martin-Le").  The dictionary bits are supersets: a list tests the
 * word's own flags for the words the bytes let through.  Bytes
 * nwords to nwords + 15 are 0 (read by the last sixteen's load).
 */
enum {
	WCB_TEXT	= W_DIGIT | W_UPPER | W_CAP | W_DOT,
	WCB_PART	= 1 << 4,	/* D_PARTICLE */
	WCB_RELTITLE	= 1 << 5,	/* one of WCB_D_RELTITLE */
	WCB_CUEVERB	= 1 << 6,	/* one of WCB_D_CUEVERB */
	WCB_GLUED	= 1 << 7,
};
_Static_assert(WCB_TEXT == 0xf, "a word's class byte: its text flags");
#define WCB_D_RELTITLE	(D_RELATIVE | D_RELATION | D_RELCUE | D_TITLE | \
	D_SPLITT)
#define WCB_D_CUEVERB	(D_NAMECUE | D_SUBJVERB)

/* The first word i >= from whose class byte has every bit of all and,
 * if next, word i + 1's every bit of next; s->nwords or more if none.
 * Sixteen bytes a step (eight bytes' tests without SSE2): a gate that
 * read the text for a byte (memchr) asks the words' bytes instead. */
static inline size_t
wcls_find(const struct detect_scratch *s, size_t from, unsigned all,
    unsigned next)
{
	const uint8_t *cb = s->wcls;

	for (; from < s->nwords; from += 16) {
#if defined(__SSE2__)
		const __m128i a = _mm_set1_epi8((char)all);
		const __m128i x = _mm_set1_epi8((char)next);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)
		    (cb + from)), a), a));

		if (next)
			m &= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			    _mm_and_si128(_mm_loadu_si128((const __m128i *)
			    (const void *)(cb + from + 1)), x), x));
		if (m != 0)
			return from + (size_t)__builtin_ctz(m);
#else
		for (size_t i = from; i < from + 16; i++)
			if ((cb[i] & all) == all && (!next ||
			    (cb[i + 1] & next) == next))
				return i;
#endif
	}
	return s->nwords;
}

/* The first word i >= from whose class byte has some bit of any;
 * s->nwords or more if none (as wcls_find: sixteen bytes a step).  A
 * rule that starts from words of two classes ("a digit or a relative")
 * visits them in the order of the text, as its walk of every word did
 * (speed34a). */
static inline size_t
wcls_find_any(const struct detect_scratch *s, size_t from, unsigned any)
{
	const uint8_t *cb = s->wcls;

	for (; from < s->nwords; from += 16) {
#if defined(__SSE2__)
		unsigned m = 0xffffu & ~(unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(_mm_and_si128(_mm_loadu_si128(
		    (const __m128i *)(const void *)(cb + from)),
		    _mm_set1_epi8((char)any)), _mm_setzero_si128()));

		if (m != 0)
			return from + (size_t)__builtin_ctz(m);
#else
		for (size_t i = from; i < from + 16; i++)
			if ((cb[i] & any) != 0)
				return i;
#endif
	}
	return s->nwords;
}

/* Bit k set for word k of the first 64 whose class byte has every bit
 * of all (bits past the last word 0: their bytes are).  Sixteen bytes a
 * step with SSE2. */
static inline uint64_t
wcls_mask64(const struct detect_scratch *s, unsigned all)
{
	const uint8_t *cb = s->wcls;
	size_t n = s->nwords < 64 ? s->nwords : 64;
	uint64_t m = 0;

#if defined(__SSE2__)
	const __m128i a = _mm_set1_epi8((char)all);

	for (size_t b = 0; b < n; b += 16)
		m |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)
		    (cb + b)), a), a)) << b;
#else
	for (size_t i = 0; i < n; i++)
		m |= (uint64_t)((cb[i] & all) == all) << i;
#endif
	return m;
}

/* The first word k >= from that may have D_FIRST or D_LAST: by
 * tokenize's mask (s->name_words) in a text of 64 words or fewer, else
 * from itself (every word); s->nwords if none.  For the walks that
 * start from a name of the lists (speed30c). */
static inline size_t
name_word_next(const struct detect_scratch *s, size_t from)
{
	uint64_t m;

	if (s->nwords > 64)
		return from;
	if (from >= 64 || (m = s->name_words >> from) == 0)
		return s->nwords;
	return from + (size_t)__builtin_ctzll(m);
}

/*
 * A rule's candidate words as a mask (speed38): bit k set for word k of
 * a text of 64 words or fewer whose dflags have a bit of dbits or whose
 * flags a bit of wbits; every bit (every word a candidate) for a longer
 * text.  Made with no branch a word, where the rule's walk tested each
 * word's bit and branched on it (a branch the text decides, mispredicted
 * about once a comment and rule).  A superset: the rule keeps its own
 * first test, so its answer is the walk's, word for word, in order.
 * dflags and flags are tokenize's (only scan_split_names adds a bit
 * after it, D_TITLE, which no mask asks).  Every word under no-gates,
 * so that test_scrub_gates compares the mask's walk with the walk of
 * every word.
 */
static inline uint64_t
words_mask64(const struct detect_scratch *s, uint64_t dbits, uint32_t wbits)
{
	uint64_t m = 0;

	if (s->nwords > 64 || detect_no_gates)
		return ~(uint64_t)0;
	for (size_t i = 0; i < s->nwords; i++)
		m |= (uint64_t)(((s->words[i].dflags & dbits) != 0) |
		    ((s->words[i].flags & wbits) != 0)) << i;
	return m;
}

/* The first word k >= from of mask m (words_mask64's), for a walk of
 * the words from..n: from itself past word 63 of a longer text (whose
 * mask is every word), n when no word is left. */
static inline size_t
words_mask_next(uint64_t m, size_t from, size_t n)
{
	if (from >= 64)
		return n > 64 ? from : n;
	m >>= from;
	return m != 0 ? from + (size_t)__builtin_ctzll(m) : n;
}

/* The room of list WC_OWN or WC_OWN2 (nwords indexes). */
static inline uint32_t *
word_list_own(struct detect_scratch *s, int c)
{
	return s->wclass + (size_t)c * s->wclass_cap;
}

/* The words of class c (WC_*), in order; *n: how many. */
static inline const uint32_t *
word_class(struct detect_scratch *s, int c, size_t *n)
{
	if (c < WC_OWN && s->nwclass[c] == UINT32_MAX)
		word_class_early(s, c);
	*n = s->nwclass[c];
	return s->wclass + (size_t)c * s->wclass_cap;
}

/*
 * What a few name rules start from that no word flag says, made in one
 * walk of the words when a gate first asks (name_summary_make,
 * detect_name.c), from the words alone (their folds and flags, never
 * the spans): the same answer whenever it is made.
 */
enum {
	NS_MADE		= 1 << 0,
	/* a word "et" or "ou" (folded: "où" too), which links two names
	 * (scan_name_coordination) */
	NS_ETOU		= 1 << 1,
	/* a first name of the lists in lower case that is no word of the
	 * tables (lower_first_shape): scan_lower_first_pairs starts there */
	NS_LOWER_FIRST	= 1 << 2,
	/* a word "né" or "née" (born_on_date: scan_born_names,
	 * scan_patient_born) */
	NS_BORN		= 1 << 3,
	/* a word "ans", "an" or "mois" (an age: scan_age_names) */
	NS_AGE		= 1 << 4,
	/* a word "mille" or "cents" (a postcode in words: detect_addr.c
	 * scan_spelled_postcodes, which needs one after its number:
	 * "vingt-neuf mille", "vingt-neuf deux cents"; "cent" alone shares
	 * its slot of the summary's table with another word, so the X100
	 * codes read "soixante-quatre cent" open no gate of their own) */
	NS_MILLE	= 1 << 5,
	/* a word "avec" (scan_aged_names, with NS_ETOU) */
	NS_AVEC		= 1 << 6,
	/* not of the summary: s->colon_words is made for this comment
	 * (detect_namecue.c colon_word), reset with the summary by
	 * detect_begin and kept by name_summary_make */
	NS_COLONS	= 1 << 7,
};
void	name_summary_make(struct detect_scratch *s);

/* Some word has the summary's bit ns (NS_*), as comment_has for flags.
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
static inline __attribute__((always_inline)) int
summary_has(struct detect_scratch *s, unsigned ns)
{
	if (detect_no_gates)
		return 1;
	if (!(s->name_summary & NS_MADE))
		name_summary_make(s);
	return (s->name_summary & ns) != 0;
}

/* A span of one of these kinds (DETECT_BIT) was found. */
static inline int
has_span_kind(const struct detect_scratch *s, unsigned kinds)
{
	return detect_no_gates | ((s->span_kinds & kinds) != 0);
}

/* Whether a detector may skip what cannot hold a find (scan_terms: the
 * words of a window before its first that starts an entry). */
static inline int
detect_gates(void)
{
	return !detect_no_gates;
}

/* A span's kind changed from `from` to `to` (add_address): span_kinds
 * and the counts follow.  A span made empty keeps its kind and its count,
 * as a walk of the spans would find it.  The counts are made at a
 * comment's first change (detect.c): till then span_kind_count is not
 * kept, and span_kinds' bit SPAN_KINDS_COUNTED (no kind's) says when it
 * is. */
#define SPAN_KINDS_COUNTED	(1u << 31)
void	span_kind_change(struct detect_scratch *s, enum detect_kind from,
	    enum detect_kind to);
int	word_lexicon(const char *t, struct detect_scratch *s, size_t i);
extern const char *const english_function[];	/* D_ENGFUNC */
extern const char *const english_ordinals[];	/* D_ENGFUNC */
extern const char *const english_month_names[];	/* C_ENGMONTH */
extern const char *const detect_phone_cues[];	/* D_PHONECUE (detect_num.c) */
extern const char *const detect_id_labels[];	/* D_IDLABEL (detect_num.c) */
extern const char *const detect_account_labels[];	/* D_ACCOUNT */
extern const char *const detect_plate_cues[];	/* D_PLATECUE */
extern const char *const detect_car_makes[];	/* D_PLATECUE too */
extern const char *const device_nouns[];	/* D_DEVICE */
extern const char *const detect_document_labels[];	/* D_DOCLABEL */
extern const char *const detect_shelter_nouns[];	/* D_SHELTER */
extern const char *const detect_stay_nouns[];	/* D_STAY */
extern const char *const detect_name_heading_firsts[];	/* D_HEADFIRST */
extern const char *const detect_closing_words[];	/* D_CLOSING */
/* name_summary_make's words: D_SUMETOU, D_SUMAGE, D_SUMRARE */
extern const char *const detect_summary_etou[], *const detect_summary_age[],
    *const detect_summary_rare[];

/* ---- detect_dict.c: words, the dictionary, the lexicon ---- */

/* An entry of the dictionary: the word at pool + off (folded, len
 * bytes; len 0: an empty slot) and its D_* flags. */
struct dict_entry {
	uint32_t	off, len;
	uint64_t	flags;
};

#define DICT_KEEP_SLOTS		32768	/* dict_keep_has: a power of two, four times the lists */

/* The dictionary's tables, as gen/gen_dict.c writes them at build time
 * (build/detect_dict_image.c) and dict_current describes those in use:
 * cap entries (a power of two) over pool, the hashes of dict_keep_has
 * (DICT_KEEP_SLOTS), and stamp, dict_sources_stamp() of what they were
 * made from.  (The lexicon is a table of its own, gen_lexicon -t.) */
struct dict_image {
	uint64_t			 stamp;
	const struct dict_entry		*entries;
	size_t				 cap;
	const char			*pool;
	const uint64_t			*keep;
	int				 term_first_digit;
};

int	dict_ready(void);	/* built once; 0 if it could not be */
uint64_t dict_sources_stamp(void);
int	dict_current(struct dict_image *out);
/* The program links an image: 1 if dict_build makes the same tables, 0
 * if not, -ENOENT without an image (test_dict_image). */
int	dict_built_equals_image(void);
uint64_t dict_flags_hashed(const char *w, size_t n, uint64_t h);
extern int dict_term_first_digit;	/* an entry starts with a number */
uint64_t dict_flags_cached(struct detect_scratch *s, const char *w, size_t n,
	    uint64_t h);
int	dict_add_words(const char *const *words, uint64_t flags);
int	lexicon_has(const char *w, size_t n);
/* The lexicon has the word whose lower-cased form hashes to h (hash()). */
int	lexicon_has_hash(uint64_t h);
/* A word that names no person, from real sources (conf/detect/
 * proper_nouns_dicollecte.txt, drugs_atc.txt): a place, an organization,
 * an acronym, a substance ("Morlaix", "Maroc", "RATP", "alprazolam"),
 * that no name list has; h is the hash of its folded form (fhash). */
int	dict_keep_has(uint64_t h);
/* h (fhash) is an INN of the ATC index (drugs_atc.txt), a drug and no
 * place nor firm (precision19b). */
int	dict_drug_has(uint64_t h);
/* A proper noun of Dicollecte, a name of the lists too or not ("Paris",
 * "Nancy"): detect_dict.c proper_table. */
int	dict_proper_noun_has(uint64_t h);
/* lexicon_has for word i of t, as tokenize read it, through the word
 * cache (word_lexicon asks it once a word). */
int	lexicon_has_word(const char *t, struct detect_scratch *s, size_t i);
/* h, the hash of a folded word (fhash), is a common English word. */
int	english_has(uint64_t h);
/* The lower-case word w of n bytes is a word of the lexicon slipped in
 * typing or inflected ("rapelle", "aujourdhui", "soutenante"). */
int	lexicon_misspelt(const char *w, size_t n);
/* Word j, in lower case, no name of the lists, is a common English word
 * in a comment with some English (comment_english_word) or a word of the
 * lexicon misspelt (asked of a word no lexicon has). */
int	lower_ordinary_word(const char *t, struct detect_scratch *s,
	    size_t j);
/* The comment is written in English (three English function words, two
 * of them different, or one and "(English)", "in English"); read once,
 * kept in s->english. */
int	comment_english(const char *t, struct detect_scratch *s);
/* One English function word at least, as written, in the comment, other
 * than word j (NO_WORD: any); read once, kept in s->english_word. */
int	comment_english_word(const char *t, struct detect_scratch *s,
	    size_t j);
int	compound_has(const char *w, size_t n);
int	demonym_has(uint64_t h);
/* h, the hash of a folded word, is a French preposition (hunspell-fr's
 * po:prep: "via", "dixit", "selon"). */
int	prep_has(uint64_t h);
int	clipped_word(const char *t, const struct detect_scratch *s, size_t i);
/* h, the hash of a folded word, is a word of the English medical
 * dictionary (hunspell-en-med: "kernig", "xanax", "lucentis"). */
int	medical_has(uint64_t h);
int	tokenize(const char *t, size_t len, struct detect_scratch *s);
void	wcache_free(struct detect_scratch *s);
int	wcache_alloc(struct detect_scratch *s);
void	row_cache_free(struct detect_scratch *s);
int	row_cache_alloc(struct detect_scratch *s);

/* ---- detect_num.c ---- */

int	scan_emails(const char *t, size_t len, const struct detect_value *row,
	    size_t nrow, struct detect_scratch *s);
int	scan_ibans(const char *t, size_t len, struct detect_scratch *s);
int	scan_bracket_emails(const char *t, size_t len, struct detect_scratch *s);
int	scan_word_emails(const char *t, size_t len, struct detect_scratch *s);
int	scan_coded_emails(const char *t, size_t len, struct detect_scratch *s);
int	scan_lookalike_numbers(unsigned kinds, const char *t, size_t len,
	    const struct detect_value *row, size_t nrow, struct detect_scratch *s);
int	scan_numbers(const struct detect_options *o, const char *t, size_t len,
	    const struct detect_value *row, size_t nrow, struct detect_scratch *s);
extern const char *const detect_proid_labels[];
/* A car's registration (detect_num.c). */
int	scan_plates(const char *t, size_t len, struct detect_scratch *s);
int	scan_table_row_numbers(const char *t, size_t len,
	    struct detect_scratch *s);
int	scan_gps_coordinates(const char *t, size_t len,
	    struct detect_scratch *s);
int	scan_account_handles(const char *t, size_t len,
	    struct detect_scratch *s);
int	scan_document_numbers(const char *t, size_t len,
	    struct detect_scratch *s);
/* detect_addr.c: a record's key ("nom", "ville": 1 a name, 2 a place, 0
 * none) and its value added as what the key says */
int	keyed_kind(const char *t, size_t a, size_t b);
int	add_keyed_value(const char *t, struct detect_scratch *s, size_t v,
	    size_t w, int kind, int names, int places);
int	scan_shelters(const char *t, struct detect_scratch *s);
/* detect_dev25.c (dev25): signatures after a sign-off, variant
 * spellings, first names in lower case after "signé" or a message's "de",
 * booking codes after "code" */
int	scan_signoff_names(const char *t, struct detect_scratch *s);
int	scan_variant_spellings(const char *t, struct detect_scratch *s);
int	scan_cued_lower_names(const char *t, struct detect_scratch *s);
int	scan_booking_codes(const char *t, struct detect_scratch *s);
int	scan_chat_mentions(const char *t, struct detect_scratch *s);
int	scan_file_name_caps(const char *t, struct detect_scratch *s);
int	scan_bare_names_before_age(const char *t, struct detect_scratch *s);
int	scan_unit_of_building(const char *t, struct detect_scratch *s);
int	scan_stays(const char *t, struct detect_scratch *s);
/* detect_locality.c: the line of an address before its street or
 * postcode (a lieu-dit, a farm, a shop) and a place's article. */
int	scan_address_lines(const char *t, struct detect_scratch *s);
/* A bed after a shelter's address or room ("CHRS Les Glycines, lit 3"). */
int	scan_shelter_beds(const char *t, struct detect_scratch *s);
/* detect_spelled.c: a name spelled letter by letter ("G-U-E-Y-E"). */
int	scan_spelled_names(const char *t, struct detect_scratch *s);
int	scan_spaced_initials(const char *t, struct detect_scratch *s);
int	scan_script_names(const char *t, struct detect_scratch *s);
/* A name dictated "D comme Denis, U comme Ursule..." (recall25). */
int	scan_dictated_spellings(const char *t, struct detect_scratch *s);
int	scan_name_apostrophe_tails(const char *t, struct detect_scratch *s);
int	scan_equal_records(const char *t, size_t len, struct detect_scratch *s,
	    int names, int places);
int	scan_labeled_ids(const char *t, size_t len, const struct detect_value *row,
	    size_t nrow, struct detect_scratch *s);
/* A provisional identity ("URG-X-2511-07", "ANONYME 2511"). */
int	scan_provisional_ids(const char *t, size_t len, struct detect_scratch *s);
/* A study's number after its name ("n° d'inclusion PRODIGE 2231"). */
int	scan_study_ids(const char *t, size_t len, struct detect_scratch *s);
int	scan_reference_codes(const char *t, size_t len,
	    struct detect_scratch *s);
int	scan_event_years(const char *t, size_t len, struct detect_scratch *s);
int	scan_number_endings(const char *t, size_t len,
	    struct detect_scratch *s);
/* A file's number dictated in words ("dossier quatre cinq deux huit ..."). */
int	scan_spelled_ids(const char *t, struct detect_scratch *s);
/* An insurer's member number after its name ("MGEN 0118472951"). */
int	scan_insurer_numbers(const char *t, size_t len, struct detect_scratch *s);
/* [a, e) as an id, or the one id or phone span inside it widened to it
 * (detect_docid.c; k the first word of [a, e)). */
int	docid_take(struct detect_scratch *s, size_t k, size_t a, size_t e);
int	scan_spoken_numbers(unsigned kinds, const char *t,
	    const struct detect_value *row, size_t nrow,
	    struct detect_scratch *s);
int	scan_spelled_phones(const char *t, const struct detect_value *row,
	    size_t nrow, struct detect_scratch *s);

/* ---- detect_date.c ---- */

extern const char *const months[];
extern const char *const date_cues[];
int	dict_add_month_abbrevs(void);
/* run: the digits at t[i] (number_at's, tokenize's digit word). */
int	try_date(const char *t, size_t len, size_t i, size_t run,
	    struct detect_scratch *s);
int	scan_text_dates(const char *t, size_t len, struct detect_scratch *s);
int	scan_partial_dates(const char *t, size_t len, struct detect_scratch *s);
int	scan_spelled_days_of_month(const char *t, struct detect_scratch *s);
int	scan_repeated_days(const char *t, struct detect_scratch *s);
extern const char *const month_cue_words[];	/* C_MOISCUE */
int	scan_week_numbers(const char *t, size_t len, struct detect_scratch *s);
extern const char *const week_number_cues[];	/* C_WEEKCUE */
extern const char *const recall_id_cues[];	/* C_IDCUE */
extern const char *const birth_cue_words[];	/* C_BIRTHCUE */
extern const char *const home_words[];		/* C_HOMECUE (detect_addr.c) */
extern const char *const care_home_words[];	/* C_HOMECUE */
extern const char *const detention_words[];	/* C_DETENTION */
extern const char *const spelled_id_words[];	/* C_NUMWORD (detect_num.c) */
extern const char *const dictated_cue_words[];	/* C_DICTATED (detect_spelled.c) */
extern const char *const variant_cue_words[];	/* C_VARIANT (detect_dev25.c) */
extern const char *const signed_cue_words[];	/* C_SIGNED (detect_dev25.c) */
extern const char *const booking_cue_words[];	/* C_BOOKING (detect_dev25.c) */
extern const char *const dev25_signoff_words[];	/* C_SIGNOFF (detect_dev25.c) */
extern const char *const signoff_thank_words[];	/* C_SIGNOFF */
extern const char *const row_initials_cues[];	/* C_ROWINIT (detect_row.c) */
extern const char *const id_code_words[];	/* C_REFCODE (detect_num.c) */
extern const char *const number_ending_verbs[];	/* C_ENDING (detect_num.c) */
extern const char *const repeated_day_cues[];	/* C_EUH (detect_date.c) */
extern const char *const travel_words[];	/* C_TRAVEL (detect_name.c) */
extern const char *const minister_title_words[];	/* C_MINISTER (detect_namecue.c) */
extern const char *const detect_insurer_names[];	/* C_INSURER (detect_num.c) */
/* Word i, a number, follows an "S" alone joined to it ("S12", "S06/2027"). */
int	week_joined_s(const char *t, const struct detect_scratch *s, size_t i);
int	scan_label_particle_names(const char *t, struct detect_scratch *s);
/* detect_english_date.c: "November 2nd", "3rd of March", "April 2021". */
int	scan_english_dates(const char *t, struct detect_scratch *s);

/* ---- detect_addr.c ---- */

extern const char *const street_words[];
extern const char *const place_words[];
extern const char *const unit_words[];
extern const char *const residence_words[];
extern const char *const foreign_street_types[];	/* D_FSTREET */
int	scan_addresses(const char *t, struct detect_scratch *s);
/* detect_addr.c: an address span that absorbs the names it meets. */
int	add_address(struct detect_scratch *s, size_t start, size_t end);
/* detect_home.c: homes by their name, units of homes, a city's name after
 * a particle, a postcode repeated alone (after the name rules: what they
 * took stays theirs). */
int	scan_homes(const char *t, struct detect_scratch *s);
int	scan_hl7_names(const char *t, struct detect_scratch *s);
int	scan_split_names(const char *t, struct detect_scratch *s);
int	scan_table_cells(const char *t, struct detect_scratch *s);
int	scan_file_names(const char *t, struct detect_scratch *s);
int	scan_url_names(const char *t, struct detect_scratch *s);
int	scan_lost_letter_names(const char *t, struct detect_scratch *s);
int	scan_signature_initials(const char *t, struct detect_scratch *s);
int	checked_with_initials(const char *t, struct detect_scratch *s, size_t j);
/* The note may end with initials (scan_signature_initials' gate): its
 * last word is two capitals or one.  Always inline: in run_rules_all's
 * gates gcc made it a call once the rules grew (dev19a: 84k
 * instructions a pass of calls for a test of two words). */
static inline __attribute__((always_inline)) int
signature_tail(const char *t, const struct detect_scratch *s)
{
	const struct detect_word *w;

	if (s->nwords < 2)
		return 0;
	w = &s->words[s->nwords - 1];
	return ((w->flags & W_UPPER) && w->nchars == 2) || (w->nchars == 1 &&
	    t[w->start] >= 'A' && t[w->start] <= 'Z');
}
int	scan_keyed_values(const char *t, size_t len, struct detect_scratch *s,
	    int names, int places);

/* ---- detect_name.c ---- */

extern const char *const particles[];
extern const char *const titles[];
extern const char *const not_names[];
extern const char *const eponym_heads[];
extern const char *const subject_verbs[];
extern const char *const institution_heads[], *const holidays[];
int	eponym_position(const char *t, const struct detect_scratch *s, size_t i);
/* eponym_position's filters of words, built once (dict_init). */
void	eponym_gate_init(void);
int	eponym_cue_word(uint64_t h, uint64_t d);
const char *eponym_cue_listed(size_t k);
/* score_eponym's filter of its words (detect_thing.c), built with them. */
void	score_eponym_init(void);
int	after_saint(const struct detect_scratch *s, size_t i);
int	sentence_start(const char *t, const struct detect_scratch *s, size_t i);
/* "interne", "externe" after a noun they qualify ("médecine interne"). */
int	role_adjective(const char *t, const struct detect_scratch *s, size_t i);
int	written_as_name(const char *t, const struct detect_scratch *s, size_t i);
int	subject_follows(const char *t, const struct detect_scratch *s, size_t i);
int	verb_follows(const char *t, const struct detect_scratch *s, size_t i);
/* After word k, a verb whose subject is a person (detect_shape.c) */
int	person_verb_follows(const char *t, const struct detect_scratch *s,
	    size_t k);
/* After word k, a verb of will or speech and its object (names25) */
int	person_act_follows(const char *t, const struct detect_scratch *s,
	    size_t k);
int	in_parentheses(const char *t, const struct detect_scratch *s, size_t i);
/* eponym_position for the row's own values: 1 only where a rule keeps
 * the word whoever's name it is (not the bare eponyms of detect_thing.c,
 * where the patient's name still goes). */
extern const char *const business_heads[];	/* detect_name.c */
int	business_owner_position(const char *t, const struct detect_scratch *s,
	    size_t i);
int	eponym_position_row(const char *t, const struct detect_scratch *s,
	    size_t i);

/* ---- detect_thing.c: names of the lists used bare as things ---- */
int	bare_thing(const char *t, const struct detect_scratch *s, size_t i);
/* A thing of the closed lists right after a role's word (precision24). */
int	listed_thing(const char *t, const struct detect_scratch *s, size_t i);
int	lower_english(const struct detect_scratch *s, size_t k);
int	graded_after(const char *t, const struct detect_scratch *s, size_t i);
int	article_before(const struct detect_scratch *s, size_t j);
int	lower_after_comma(const char *t, size_t len, size_t q);
/* Word i alone is a commune of one word (La Poste's list; detect_name.c). */
int	single_commune(const struct detect_scratch *s, size_t i);
/* Words a to b (a < b) are the whole name of a commune of two words or
 * more (detect_name.c; recall26: a row's cell). */
int	chain_commune(const struct detect_scratch *s, size_t a, size_t b);
/* Word k, "germain(e)(s)", after word i, a cousin, a brother or a sister:
 * the adjective of full kinship (detect_relation.c, precision28). */
int	germain_after_kin(const struct detect_scratch *s, size_t k, size_t i);
int	learned_compound(const char *t, const struct detect_scratch *s,
	    size_t i);
int	short_lower_abbrev(const char *t, const struct detect_scratch *s,
	    size_t j);
/* a body's acronym after "de la", "à l'" (precision16) */
int	article_acronym(const struct detect_scratch *s, size_t j);
/* a strength and a count after word i ("Solupred 20 1 cp"; precision16) */
int	posology_after(const char *t, const struct detect_scratch *s, size_t i);
/* Word i is followed by a number and a unit of a dose ("Doliprane 1 g",
 * "Kinésithérapie 2 séances" is not: no dose), or by a posology. */
/* Word j names a service, a specialty or a specialist by its ending
 * ("Cardiologie", "Pneumologue"), detect_relation.c. */
int	service_word(const struct detect_scratch *s, size_t j);
/* Word j, capitalized, a unit of care or a carer by its trade
 * ("Réanimation", "Interniste"), detect_relation.c. */
int	care_unit_or_agent(const char *t, struct detect_scratch *s, size_t j);
/* a germ's genus before its species ("Salmonella Enteritidis") */
int	organism_genus(const char *t, const struct detect_scratch *s, size_t i);
/* a drug's brand and its device, or after "sous" ("Coversyl Bisoce"),
 * or a device written as a brand ("PSAD OxyDom"; precision22) */
int	product_pair(const char *t, const struct detect_scratch *s, size_t j,
	    size_t o);
/* a laboratory notation's letters ("PaCO2", "PAPP-A"; precision16) */
int	lab_notation(const char *t, const struct detect_scratch *s, size_t i);
/* an agent noun of a verb of the lexicon ("adresseur";
 * detect_name.c, asked by word_lexicon). */
int	lexicon_variant(const char *t, const struct detect_scratch *s, size_t i);
int	lower_compound_part(const char *t, const struct detect_scratch *s,
	    size_t i, int self_name);
int	namelike(const struct detect_scratch *s, size_t i);
/* the first word of a transmission after a caregiver's role and its
 * colon ("IDE : Pansement refait"; precision19) */
int	role_colon_content(const char *t, struct detect_scratch *s, size_t i,
	    size_t j);
int	is_title_rest(const char *t, const struct detect_scratch *s, size_t i);

/* Word i is an abbreviation of the clinical words that a list also
 * holds as a name ("EVA", "ELSA", "MAIA", "AIT"), written in capitals
 * where the words joined to it are not ("avant-bras G. EVA enfant 8",
 * "Cs (ELSA) :", "AIT en 2019"): the abbreviation.  A title right before
 * it ("Mme EVA") or a word in capitals beside it that is no abbreviation
 * ("EVA MARTIN", "M. AIT OUALI", all-caps text) keeps it a name. */
static inline int
clinical_caps(const struct detect_scratch *s, size_t i)
{
	if (!(s->words[i].flags & W_UPPER) || !word_has(s, i, D_CLINICAL))
		return 0;
	if (i > 0 && s->words[i - 1].joined && (word_has(s, i - 1, D_TITLE) ||
	    ((s->words[i - 1].flags & W_UPPER) &&
	    !word_has(s, i - 1, D_CLINICAL))))
		return 0;
	return !(i + 1 < s->nwords && s->words[i].joined &&
	    (s->words[i + 1].flags & W_UPPER) &&
	    !word_has(s, i + 1, D_CLINICAL));
}



/* Word i is a title before a name ("M.", "Dr", "Mme"; "m" and "pr"
 * only with a capital).  The scans ask it of every word: the table's bit
 * here, the rest of the rules (is_title_rest) for the few that have it. */
static inline int
is_title(const char *t, const struct detect_scratch *s, size_t i)
{
	return word_has(s, i, D_TITLE) && is_title_rest(t, s, i);
}

/* Word i is an initial in lower case: one letter and a dot, not glued
 * to the word before ("dr c. lemaire", "m. p. lebrun"). */
static inline int
lower_initial(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->nchars == 1 && (w->flags & W_DOT) &&
	    !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    !(i > 0 && s->words[i - 1].end == w->start);
}

/* Word i is an initial: one capital letter and a dot ("J. Petit"); "17H."
 * is a time, not an initial.  Inline: the scans ask it of most words. */
static inline int
is_initial(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->nchars == 1 && (w->flags & W_CAP) && (w->flags & W_DOT) &&
	    !(i > 0 && s->words[i - 1].end == w->start &&
	    (s->words[i - 1].flags & W_DIGIT));
}
size_t	across_particles(const char *t, const struct detect_scratch *s, size_t i,
	    int dir);
int	unknown_capitalized(const char *t, const struct detect_scratch *s,
	    size_t i);
int	scan_titles(const char *t, struct detect_scratch *s);
int	scan_dictionary(const char *t, struct detect_scratch *s);
int	scan_unknown_pairs(const char *t, struct detect_scratch *s);
int	scan_name_neighbours(const char *t, struct detect_scratch *s);
int	scan_name_cut_tails(const char *t, struct detect_scratch *s);
int	scan_glottal_names(const char *t, struct detect_scratch *s);
int	scan_spelled_name_tails(const char *t, struct detect_scratch *s);
int	scan_name_repeats(const char *t, struct detect_scratch *s);
int	scan_name_coordination(const char *t, struct detect_scratch *s);
int	scan_et_word_surnames(const char *t, struct detect_scratch *s);
/* A heading's two words, a first name of the lists and an ordinary word
 * (detect_name.c, asked by heading_at) */
int	heading_name_pair(const char *t, struct detect_scratch *s, size_t j,
	    size_t n);
/* From lower-case word k after a relative, a first name of the lists and
 * an ordinary word before a person's verb (detect_name.c) */
int	lower_first_surname(const char *t, struct detect_scratch *s, size_t k);
/* Word i, a bare surname that is an ordinary word, as a sentence's
 * subject before person_act_follows (names25) */
int	bare_word_subject(const char *t, struct detect_scratch *s, size_t i);
int	scan_lower_first_pairs(const char *t, struct detect_scratch *s);
int	lower_sure_first(const char *t, struct detect_scratch *s, size_t j);
int	lower_unknown(const char *t, struct detect_scratch *s, size_t j);
int	scan_lower_names(const char *t, struct detect_scratch *s);
int	scan_comma_first_names(const char *t, struct detect_scratch *s);
int	born_on_date(const char *t, const struct detect_scratch *s,
	    size_t i);
int	scan_born_names(const char *t, struct detect_scratch *s);
int	scan_initial_particle_names(const char *t, struct detect_scratch *s);
int	scan_cue_particle_names(const char *t, struct detect_scratch *s);
int	scan_arabic_particle_tails(const char *t, struct detect_scratch *s);
int	scan_asian_tails(const char *t, struct detect_scratch *s, int tails,
	    int given);
int	kin_word_shape(const char *t, struct detect_scratch *s, size_t k);
int	scan_asian_triples(const char *t, struct detect_scratch *s);
int	row_caps_person_cue(const char *t, const struct detect_scratch *s,
	    size_t i);
int	scan_cue_word_surnames(const char *t, struct detect_scratch *s);
int	scan_head_word_surnames(const char *t, struct detect_scratch *s);
/* names32's test of an ordinary word where a surname stands (no person,
 * group, place, service or drug a note writes there); names33 asks it
 * of a core after a title and particles */
int	title_core_ending(const char *f, size_t n);
int	lower_person_cue(const char *t, const struct detect_scratch *s,
	    size_t i);
int	ordinary_surname_word(const char *t, struct detect_scratch *s,
    size_t j);
int	start_person_follows(const char *t, const struct detect_scratch *s,
	    size_t i, int row);
int	abstract_noun(const char *t, struct detect_scratch *s, size_t k);
int	scan_initials_table(const char *t, struct detect_scratch *s);
int	scan_initials(const char *t, const struct detect_value *row, size_t nrow,
	    struct detect_scratch *s);
int	scan_particles(const char *t, struct detect_scratch *s);
int	scan_capital_particle_names(const char *t, struct detect_scratch *s);
int	listed_name(const struct detect_scratch *s, size_t j);
int	notname_as_name(const char *t, const struct detect_scratch *s, size_t j);
/* Word j is glued to a result's "+" ("Rh+", "AB+"): no name after a
 * relative (detect_name.c). */
int	sign_result_word(const char *t, const struct detect_scratch *s,
	    size_t j);
/* A particle that is also a French article or preposition ("le", "de"),
 * or "Saint-"; not "van", "dos", "ait"... */
int	particle_french(const struct detect_scratch *s, size_t i);
int	weak_beside(const char *t, const struct detect_scratch *s, size_t i);

/* ---- detect_role.c ---- */

/* What a word of the table of roles and relatives names (role_words):
 * one kind a word, who the person is to the patient or what they do ... */
enum {
	ROLE_KIN = 1 << 0,	/* kin: "fille", "mari", "gendre", "papa" */
	ROLE_ENGLISH = 1 << 1,	/* kin in English: "wife", "mother" */
	/* a legal mandate, or named to speak for the patient: "tuteur",
	 * "curatrice", "mandataire", (personne de) "confiance" */
	ROLE_GUARD = 1 << 2,
	/* another name of the same person: "née", "veuve", "dit", "ép" */
	ROLE_BYNAME = 1 << 3,
	ROLE_NEAR = 1 << 4,	/* no kin: "voisin", "amie", "collègue" */
	/* a carer at the bedside: "ide", "as", "kiné", "interne",
	 * "brancardier" */
	ROLE_CARER = 1 << 5,
	/* the other staff: "médecin", "cardiologue", "cadre",
	 * "secrétaire", "stagiaire" */
	ROLE_STAFF = 1 << 6,
	ROLE_LAW = 1 << 7,	/* police and justice: "OPJ", "greffier" */
	/* ... and which of the dictionary's tables of cues holds it:
	 * D_RELATIVE (a capitalized name after it is a person's) and
	 * D_RELATION (detect_relation.c's cues, with their bridges) */
	ROLE_CUE = 1 << 8,
	ROLE_RELATION = 1 << 9,
	/* what a child calls a parent ("papa", "maman"), which a note
	 * writes as the subject of its sentence ("papa dort", "maman
	 * gère"), seldom before the parent's name in lower case */
	ROLE_CALLED = 1 << 10,
	/* a clipped form or an acronym ("ide", "as", "kiné", "diét",
	 * "ergo", "opj", "ép."): how a note names a role, seldom how a
	 * signature or a list of the staff writes it after a name */
	ROLE_CLIPPED = 1 << 11,
	/* the first word of a compound role, a role alone only with its
	 * second ("sage-femme", "aide-soignante") */
	ROLE_HEAD = 1 << 12,
};
/* the kinds of a person (not the tables' marks) */
#define ROLE_ANY	(ROLE_KIN | ROLE_ENGLISH | ROLE_GUARD | ROLE_BYNAME | \
    ROLE_NEAR | ROLE_CARER | ROLE_STAFF | ROLE_LAW)

struct role_word {
	const char	*word;	/* folded */
	unsigned	kinds;	/* ROLE_* */
};
extern const struct role_word role_words[];	/* { NULL, 0 } ends it */
/* The kinds of the folded word w (n bytes), or of the word whose
 * hash() is h; 0 for a word not in the table. */
unsigned	role_kinds_of(const char *w, size_t n);
unsigned	role_kinds_of_hash(uint64_t h);	/* after role_init */
void	role_init(void);	/* the lookup table, once (dict_init) */

/* The kinds of word k (W_ROLE: no ask of the table for the others). */
static inline unsigned
role_kinds(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return (w->flags & W_ROLE) ? role_kinds_of_hash(w->fhash) : 0;
}

/* Word k has one of kinds and none of marks (ROLE_CALLED, ROLE_CLIPPED,
 * ROLE_HEAD: what a rule leaves out). */
static inline int
role_is(const struct detect_scratch *s, size_t k, unsigned kinds,
    unsigned marks)
{
	unsigned r = role_kinds(s, k);

	return (r & kinds) && !(r & marks);
}

/* ---- detect_relation.c ---- */

extern const char *const relation_nouns[];
extern const char *const relation_bridges[];
extern const char *const speech_verbs[];
int	dict_add_relation_cues(void);
int	scan_relations(const char *t, struct detect_scratch *s);
int	caps_surname_at_end(const char *t, const struct detect_scratch *s,
	    size_t j);
int	caps_word_name_shape(const char *t, const struct detect_scratch *s,
	    size_t j);
/* caps_word_name_shape_iu's iu: 1 a final "-i", "-u" may be a
 * surname's; CAPS_SHAPE_OUX a final "-oux" may (names45: "DR DOUX") */
#define CAPS_SHAPE_OUX	2
int	caps_word_name_shape_iu(const char *t, const struct detect_scratch *s,
	    size_t j, int iu);
int	short_caps_unknown(const char *t, const struct detect_scratch *s,
	    size_t j);
int	scan_speakers(const char *t, struct detect_scratch *s);
int	employer_chez(const char *t, const struct detect_scratch *s, size_t i);
int	nation_adjective(const char *t, const struct detect_scratch *s,
	    size_t i);

/* ---- detect_namecue.c: names announced by a cue of their own ---- */

extern const char *const name_cues[];	/* D_NAMECUE */
extern const char *const message_cues[];	/* D_MSGCUE */
extern const char *const fewcue_words[];	/* D_FEWCUE (detect_shape.c) */
extern const char *const detect_mail_at_words[];	/* C_MAILAT */
int	scan_name_cues(const char *t, struct detect_scratch *s);
int	scan_minister_names(const char *t, struct detect_scratch *s);
/* dev24: given names after a birth's, the twins' or a dictated comma's
 * word ("le bébé s'appellera Lou", "jumelles Elira et Erza"). */
int	scan_birth_names(const char *t, size_t len, struct detect_scratch *s);
/* dev24: a name's spellings in a slash list beside it ("Nourzaï /
 * Noorzai / Nurzay Khalil"). */
int	scan_name_spellings(const char *t, struct detect_scratch *s);
/* A chat transcript's senders after their clock time (detect_namecue.c). */
int	scan_chat_senders(const char *t, struct detect_scratch *s);
/* The cells under a table's heading of names (detect_namecue.c). */
int	scan_table_name_columns(const char *t, struct detect_scratch *s);
int	scan_slash_table_names(const char *t, struct detect_scratch *s);
/* The persons a forwarded mail's headers name (detect_namecue.c). */
int	scan_mail_headers(const char *t, struct detect_scratch *s);
/* The display name before a mail's address (detect_namecue.c). */
int	scan_mail_names(const char *t, struct detect_scratch *s);
/* The names of a meeting's attendance list (detect_namecue.c). */
int	scan_attendance_lists(const char *t, struct detect_scratch *s);
int	scan_name_glued(const char *t, struct detect_scratch *s);
int	scan_phone_names(const char *t, struct detect_scratch *s);
extern const char *const pharmacy_words[];	/* D_PHARMACY */
extern const char *const arabic_particles[];	/* D_ARABPART, detect_name.c */
/* D_PERSONACT, detect_namecue.c */
extern const char *const person_act_to_call[], *const person_act_called[],
    *const person_act_planned[];
extern const char *const initials_cues[];	/* D_INITCUE, detect_name.c */
extern const char *const split_title_tails[];	/* D_SPLITT */
int	scan_pharmacy_owners(const char *t, struct detect_scratch *s);
int	scan_owner_compounds(const char *t, struct detect_scratch *s);
int	scan_hyphen_initials(const char *t, struct detect_scratch *s);
int	scan_aged_names(const char *t, size_t len, struct detect_scratch *s);
int	scan_name_tails(const char *t, struct detect_scratch *s);

/* ---- detect_row.c ---- */

int	row_part_usable(const char *t, const struct detect_scratch *s, size_t i,
	    const struct detect_value *row, size_t nrow, const size_t *off,
	    const size_t *flen, size_t k, int first);
int	scan_cell_ends(const char *t, const struct detect_value *row,
	    size_t nrow, struct detect_scratch *s);
int	scan_row_names(const char *t, const struct detect_value *row,
	    size_t nrow, struct detect_scratch *s);
int	row_value_fold_agrees(const char *v, size_t len);
int	row_number_pieces_agrees(const struct detect_scratch *s);
int	scan_identity_phones(const char *t, size_t len, struct detect_scratch *s,
	    const struct identity_row *id);
int	scan_identity(const char *t, struct detect_scratch *s,
	    const struct identity_row *id);

/* ---- detect_term.c ---- */

int	scan_terms(const char *t, size_t len, uint32_t groups,
	    struct detect_scratch *s);
int	scan_slips(const char *t, uint32_t groups, struct detect_scratch *s);
int	scan_sero_sign(const char *t, size_t len, uint32_t groups,
	    struct detect_scratch *s);

/* ---- detect_cue.c ---- */

int	scan_cued_terms(const char *t, size_t len, uint32_t groups,
	    struct detect_scratch *s);
int	scan_ocr_terms(const char *t, uint32_t groups,
	    struct detect_scratch *s);

/* ---- detect_recall.c ---- */

int	is_measure_unit(const char *w, size_t n);
int	scan_recall(const char *t, size_t len, struct detect_scratch *s);
int	acronym_shape(const char *t, const struct detect_scratch *s, size_t i);

/* ---- detect_shape.c: names by the shape of a note ---- */
int	scan_shape_names(const char *t, struct detect_scratch *s);

#endif
