/*
 * The roles and relatives (roles26): one table of the words that name a
 * person by what they are to the patient or what they do ("fille",
 * "voisin", "IDE", "kiné", "cadre", "OPJ"), each with its kind.  The
 * rules that read a role before or after a name (a capitalized name
 * after "sa fille", "IDE : Pansement refait", "l'ash caron", "Voisine
 * appelle") asked a list of their own, written pass after pass, and a
 * word added to one was missing from the next.  Each now asks this table
 * for the kinds it reads (role_kinds); the dictionary's D_RELATIVE and
 * D_RELATION tables are its entries marked ROLE_CUE and ROLE_RELATION
 * (dict_build), and every entry has D_ROLE, which tokenize moves to the
 * word's W_ROLE (detect_int.h DICT_MOVED_FLAGS): a word without it is
 * asked nothing more.  docs/scrub.md, "Roles, one table (roles26)".
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "detect_int.h"

/* Folded (lower case, no accent), one entry a word.  The kind says who
 * the person is; ROLE_CUE and ROLE_RELATION say which of the
 * dictionary's two tables of cues the word is in (a distinction on
 * purpose: docs/scrub.md). */
const struct role_word role_words[] = {
	/* kin: by blood, by marriage, by a sacrament; "papa", "maman" as a
	 * paediatric note calls the parents */
	{ "epouse", ROLE_KIN | ROLE_CUE },
	{ "epoux", ROLE_KIN | ROLE_CUE },
	{ "mari", ROLE_KIN | ROLE_CUE },
	{ "femme", ROLE_KIN | ROLE_CUE },
	{ "fils", ROLE_KIN | ROLE_CUE },
	{ "fille", ROLE_KIN | ROLE_CUE },
	{ "conjoint", ROLE_KIN | ROLE_CUE },
	{ "conjointe", ROLE_KIN | ROLE_CUE },
	{ "compagnon", ROLE_KIN | ROLE_CUE },
	{ "compagne", ROLE_KIN | ROLE_CUE },
	{ "concubin", ROLE_KIN | ROLE_RELATION },
	{ "concubine", ROLE_KIN | ROLE_RELATION },
	{ "mere", ROLE_KIN | ROLE_CUE },
	{ "pere", ROLE_KIN | ROLE_CUE },
	{ "frere", ROLE_KIN | ROLE_CUE },
	{ "soeur", ROLE_KIN | ROLE_CUE },
	{ "neveu", ROLE_KIN | ROLE_CUE },
	{ "niece", ROLE_KIN | ROLE_CUE },
	{ "oncle", ROLE_KIN | ROLE_CUE },
	{ "tante", ROLE_KIN | ROLE_CUE },
	{ "cousin", ROLE_KIN | ROLE_CUE },
	{ "cousine", ROLE_KIN | ROLE_CUE },
	{ "gendre", ROLE_KIN | ROLE_CUE },
	{ "bru", ROLE_KIN | ROLE_CUE },
	{ "parrain", ROLE_KIN | ROLE_CUE },
	{ "marraine", ROLE_KIN | ROLE_CUE },
	{ "filleul", ROLE_KIN | ROLE_RELATION },
	{ "filleule", ROLE_KIN | ROLE_RELATION },
	{ "papa", ROLE_KIN | ROLE_CUE | ROLE_CALLED },
	{ "maman", ROLE_KIN | ROLE_CUE | ROLE_CALLED },
	/* kin in a note written in English ("his wife Aoife"; not "son",
	 * French) */
	{ "wife", ROLE_ENGLISH | ROLE_CUE },
	{ "husband", ROLE_ENGLISH | ROLE_CUE },
	{ "daughter", ROLE_ENGLISH | ROLE_CUE },
	{ "mother", ROLE_ENGLISH | ROLE_CUE },
	{ "father", ROLE_ENGLISH | ROLE_CUE },
	{ "brother", ROLE_ENGLISH | ROLE_CUE },
	{ "sister", ROLE_ENGLISH | ROLE_CUE },
	/* who holds a legal mandate for the patient, or is named to speak
	 * for them */
	{ "tuteur", ROLE_GUARD | ROLE_CUE },
	{ "tutrice", ROLE_GUARD | ROLE_CUE },
	{ "curateur", ROLE_GUARD | ROLE_CUE },
	{ "curatrice", ROLE_GUARD | ROLE_CUE },
	{ "mandataire", ROLE_GUARD | ROLE_RELATION },
	{ "confiance", ROLE_GUARD | ROLE_CUE },
	/* what brings another name of the same person ("née Dupont", "veuve
	 * Martin", "dit Jojo") */
	{ "nee", ROLE_BYNAME | ROLE_CUE },
	{ "ne", ROLE_BYNAME | ROLE_CUE },
	{ "veuve", ROLE_BYNAME | ROLE_CUE },
	{ "veuf", ROLE_BYNAME | ROLE_CUE },
	{ "dite", ROLE_BYNAME | ROLE_CUE },
	{ "dit", ROLE_BYNAME | ROLE_CUE },
	/* names36: "surnommée Guite", a nickname with no quotes, as "dite
	 * Guite" (cue_nicknames read them before a quote already) */
	{ "surnomme", ROLE_BYNAME | ROLE_CUE },
	{ "surnommee", ROLE_BYNAME | ROLE_CUE },
	{ "ep", ROLE_BYNAME | ROLE_CUE | ROLE_CLIPPED },
	/* people of the patient's life who are no kin */
	{ "voisin", ROLE_NEAR | ROLE_RELATION },
	{ "voisine", ROLE_NEAR | ROLE_RELATION },
	{ "ami", ROLE_NEAR | ROLE_RELATION },
	{ "amie", ROLE_NEAR | ROLE_RELATION },
	{ "copain", ROLE_NEAR | ROLE_RELATION },
	{ "copine", ROLE_NEAR | ROLE_RELATION },
	{ "aidant", ROLE_NEAR | ROLE_RELATION },
	{ "aidante", ROLE_NEAR | ROLE_RELATION },
	{ "collegue", ROLE_NEAR | ROLE_RELATION },
	{ "employeur", ROLE_NEAR | ROLE_RELATION },
	{ "colocataire", ROLE_NEAR | ROLE_RELATION },
	{ "nounou", ROLE_NEAR | ROLE_RELATION },
	{ "coequipier", ROLE_NEAR | ROLE_RELATION },
	{ "coequipiere", ROLE_NEAR | ROLE_RELATION },
	{ "equipier", ROLE_NEAR | ROLE_RELATION },
	{ "equipiere", ROLE_NEAR | ROLE_RELATION },
	{ "camarade", ROLE_NEAR | ROLE_RELATION },
	{ "benevole", ROLE_NEAR | ROLE_RELATION },
	{ "partenaire", ROLE_NEAR | ROLE_RELATION },
	/* carers at the bedside, who sign a transmission by role ("IDE :",
	 * "AS :", "Kiné :") and whom a note calls by their first name */
	{ "ide", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "idel", ROLE_CARER | ROLE_RELATION | ROLE_CLIPPED },
	{ "ibode", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "iade", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "ipa", ROLE_CARER | ROLE_CLIPPED },
	{ "inf", ROLE_CARER | ROLE_CLIPPED },
	{ "infirmier", ROLE_CARER | ROLE_CUE },
	{ "infirmiere", ROLE_CARER | ROLE_CUE | ROLE_RELATION },
	{ "kine", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "kinesitherapeute", ROLE_CARER | ROLE_CUE },
	{ "as", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "ash", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "aes", ROLE_CARER | ROLE_CLIPPED },
	{ "aide", ROLE_CARER | ROLE_CUE | ROLE_HEAD },
	{ "soignant", ROLE_CARER | ROLE_CUE },
	{ "soignante", ROLE_CARER | ROLE_CUE },
	{ "auxiliaire", ROLE_CARER | ROLE_CUE | ROLE_RELATION },
	{ "diet", ROLE_CARER | ROLE_CUE | ROLE_CLIPPED },
	{ "dieteticien", ROLE_CARER | ROLE_CUE },
	{ "dieteticienne", ROLE_CARER | ROLE_CUE },
	{ "ergo", ROLE_CARER | ROLE_CLIPPED },
	{ "ergotherapeute", ROLE_CARER | ROLE_CUE },
	{ "orthophoniste", ROLE_CARER | ROLE_CUE },
	{ "psychomotricien", ROLE_CARER | ROLE_RELATION },
	{ "psychomotricienne", ROLE_CARER | ROLE_CUE },
	{ "puericultrice", ROLE_CARER },
	{ "sage", ROLE_CARER | ROLE_CUE | ROLE_HEAD },
	{ "sf", ROLE_CARER | ROLE_CLIPPED },
	{ "interne", ROLE_CARER | ROLE_CUE },
	{ "externe", ROLE_CARER | ROLE_CUE },
	{ "ambulancier", ROLE_CARER | ROLE_CUE },
	{ "ambulanciere", ROLE_CARER | ROLE_RELATION },
	{ "brancardier", ROLE_CARER | ROLE_CUE },
	{ "brancardiere", ROLE_CARER },
	{ "manipulateur", ROLE_CARER | ROLE_RELATION },
	{ "manipulatrice", ROLE_CARER | ROLE_RELATION },
	/* the other staff of care and of the social sector: physicians and
	 * specialists, managers, secretaries, students */
	{ "medecin", ROLE_STAFF | ROLE_CUE },
	{ "generaliste", ROLE_STAFF | ROLE_CUE },
	{ "chirurgien", ROLE_STAFF | ROLE_CUE },
	{ "chirurgienne", ROLE_STAFF | ROLE_CUE },
	{ "anesthesiste", ROLE_STAFF | ROLE_CUE },
	{ "psychiatre", ROLE_STAFF | ROLE_CUE },
	{ "pediatre", ROLE_STAFF | ROLE_RELATION },
	{ "cardiologue", ROLE_STAFF | ROLE_RELATION },
	{ "pneumologue", ROLE_STAFF | ROLE_RELATION },
	{ "neurologue", ROLE_STAFF | ROLE_RELATION },
	{ "geriatre", ROLE_STAFF | ROLE_RELATION },
	{ "urgentiste", ROLE_STAFF | ROLE_RELATION },
	{ "radiologue", ROLE_STAFF | ROLE_RELATION },
	{ "gynecologue", ROLE_STAFF | ROLE_RELATION },
	{ "addictologue", ROLE_STAFF | ROLE_RELATION },
	{ "oncologue", ROLE_STAFF | ROLE_RELATION },
	{ "dentiste", ROLE_STAFF | ROLE_RELATION },
	{ "osteopathe", ROLE_STAFF | ROLE_RELATION },
	{ "podologue", ROLE_STAFF | ROLE_RELATION },
	{ "orthoptiste", ROLE_STAFF | ROLE_RELATION },
	{ "docteur", ROLE_STAFF },
	{ "praticien", ROLE_STAFF | ROLE_RELATION },
	{ "praticienne", ROLE_STAFF | ROLE_RELATION },
	{ "attache", ROLE_STAFF },
	{ "attachee", ROLE_STAFF },
	{ "chef", ROLE_STAFF },
	{ "cadre", ROLE_STAFF | ROLE_CUE },
	{ "secretaire", ROLE_STAFF | ROLE_CUE },
	{ "assistant", ROLE_STAFF | ROLE_CUE },
	{ "assistante", ROLE_STAFF | ROLE_CUE },
	{ "pharmacien", ROLE_STAFF | ROLE_CUE },
	{ "pharmacienne", ROLE_STAFF | ROLE_CUE },
	{ "preparateur", ROLE_STAFF | ROLE_RELATION },
	{ "preparatrice", ROLE_STAFF | ROLE_RELATION },
	{ "psychologue", ROLE_STAFF | ROLE_CUE },
	{ "educateur", ROLE_STAFF | ROLE_RELATION },
	{ "educatrice", ROLE_STAFF | ROLE_RELATION },
	{ "coordinateur", ROLE_STAFF | ROLE_RELATION },
	{ "coordinatrice", ROLE_STAFF | ROLE_RELATION },
	{ "agent", ROLE_STAFF | ROLE_RELATION },
	{ "aumonier", ROLE_STAFF | ROLE_RELATION },
	/* recall27: the ministers of a cult at the bedside, whose surname
	 * follows their title ("le rabbin Elbaz", "l'imam Diallo"); "pere",
	 * "soeur", "frere" are kin already.  Not "pasteur", "abbé", "pope":
	 * surnames too ("Sophie Pasteur", "Marie Abbé"), which a relation's
	 * word is never taken as (the name sweep lost them) */
	{ "aumoniere", ROLE_STAFF | ROLE_RELATION },
	{ "rabbin", ROLE_STAFF | ROLE_RELATION },
	{ "imam", ROLE_STAFF | ROLE_RELATION },
	{ "pretre", ROLE_STAFF | ROLE_RELATION },
	{ "diacre", ROLE_STAFF | ROLE_RELATION },
	{ "stagiaire", ROLE_STAFF | ROLE_RELATION },
	{ "etudiant", ROLE_STAFF | ROLE_RELATION },
	{ "etudiante", ROLE_STAFF | ROLE_RELATION },
	/* police and justice, who requisition or hear a patient ("OPJ
	 * Marchand", "le greffier Pigeon") */
	{ "opj", ROLE_LAW | ROLE_CUE | ROLE_CLIPPED },
	{ "apj", ROLE_LAW | ROLE_CUE | ROLE_CLIPPED },
	{ "gendarme", ROLE_LAW | ROLE_CUE },
	{ "brigadier", ROLE_LAW | ROLE_CUE },
	{ "policier", ROLE_LAW | ROLE_CUE },
	{ "policiere", ROLE_LAW | ROLE_CUE },
	{ "enqueteur", ROLE_LAW | ROLE_CUE },
	{ "enqueteuse", ROLE_LAW | ROLE_CUE },
	{ "adjudant", ROLE_LAW | ROLE_CUE },
	{ "greffier", ROLE_LAW | ROLE_CUE },
	{ "greffiere", ROLE_LAW | ROLE_CUE },
	{ "lieutenant", ROLE_LAW | ROLE_CUE },
	{ "capitaine", ROLE_LAW | ROLE_CUE },
	{ "commandant", ROLE_LAW | ROLE_CUE },
	{ NULL, 0 },
};

/* The table by the words' hashes (hash(), the word's fhash): open
 * addressing, built once on the first ask and read-only afterwards
 * (role_init, from dict_init: the threads share it).  Asked only of a
 * word with W_ROLE, whose fold is an entry. */
#define ROLE_SLOTS	512	/* a power of two, three times the table */
static struct {
	uint64_t	h;	/* 0: empty */
	unsigned	kinds;
} role_table[ROLE_SLOTS];
static pthread_once_t role_once = PTHREAD_ONCE_INIT;

static void
role_table_init(void)
{
	for (const struct role_word *r = role_words; r->word != NULL; r++) {
		uint64_t h = hash(r->word, strlen(r->word));
		size_t k;

		h |= h == 0;
		for (k = (size_t)h & (ROLE_SLOTS - 1); role_table[k].h != 0 &&
		    role_table[k].h != h; k = (k + 1) & (ROLE_SLOTS - 1))
			;
		role_table[k].h = h;
		role_table[k].kinds |= r->kinds;
	}
}

void
role_init(void)
{
	pthread_once(&role_once, role_table_init);
}

/* No pthread_once here: a word with W_ROLE comes from tokenize, after
 * dict_init built the table (role_init), and this is asked at every role
 * word a rule reads. */
unsigned
role_kinds_of_hash(uint64_t h)
{
	size_t k;

	h |= h == 0;
	for (k = (size_t)h & (ROLE_SLOTS - 1); role_table[k].h != 0;
	    k = (k + 1) & (ROLE_SLOTS - 1))
		if (role_table[k].h == h)
			return role_table[k].kinds;
	return 0;
}

unsigned
role_kinds_of(const char *w, size_t n)
{
	role_init();
	return n == 0 ? 0 : role_kinds_of_hash(hash(w, n));
}
