/*
 * Scrub detectors: names after a relation or a role (issue 10).
 *
 * "sa fille Aminata passera", "famille : Tiago", "le voisin du dessus
 * santu filippi", "l'aide à domicile (Krzysztof)", "Visite de le curateur
 * (Aloyse)", "vu par sa belle-fille battittu elizondo": after a relation
 * or a role (the relatives table of detect_name.c, and relation_nouns),
 * or a verb and a preposition that announce a person (relation_cues),
 * over determiners, other relations and their complements ("du dessus",
 * "à domicile", "de vie", "de santé"), titles in any case and " : " or
 * " (", the next one to four words that are no ordinary word (the
 * lexicon), no word of the tables and no clinical abbreviation are a
 * name, whatever their case.  An ordinary word counts as used as a name:
 * a name of the lists with a capital ("Sa fille Gilbert") or after a name
 * word ("coulibaly moussa"), a first name before a name word ("olive
 * nowak"), a capitalized word before a name word no dictionary has
 * ("Rosette JEAN-LOUIS"), alone in parentheses ("sa voisine (Materne)")
 * or with a capital where no sentence starts ("son voisin Olive").
 * Particles go with the words they join ("dos santos", "Le Berre", "AIT
 * OUALI", "Van Hung").  "sa fille présente", "famille prévenue", "vu par
 * le médecin", "appel de la pharmacie", "veuf(ve)" stay.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "detect_int.h"

#define MAX_NAME_WORDS	4	/* words of the name taken after the cue */

/* Verbs of a person who speaks or asks, after their subject, with the
 * word that follows them ("Thu Trang VU signale que", "GHJULIA SIGNALE
 * QUE", "Félicité demande si"): a drug or a test does not signal. */
const char *const speech_verbs[] = {
	"signale", "rapporte", "declare", "explique", "demande", "souhaite",
	"indique", "confirme", "affirme", "raconte", "precise", "informe",
	"refuse", "accepte", "verbalise", "exprime", NULL,
};

/* Relations the relatives table lacks, folded, that are no role: the
 * roles of D_RELATION are detect_role.c's entries marked ROLE_RELATION
 * (roles26). */
const char *const relation_nouns[] = {
	"voisins", "famille", "enfant", "mt", "tuteurs", "parents", "proche",
	"proches", "ex",
	/* the patient named after the word ("le pt thomas roussel",
	 * "Patiente Maëlys Perrot"), and relatives in the plural ("ses
	 * enfants : Claude et Dominique") */
	"patient", "patiente", "pt", "pte", "enfants", "filles",
	/* the patient in a nursing home ("Résidente Dumenica a fait une
	 * chute") */
	"resident", "residente", NULL,
};

/* What may stand between a relation and the name: determiners,
 * complements of the relation ("voisin du dessus", "aide à domicile",
 * "auxiliaire de vie", "cadre de santé", "médecin traitant"). */
const char *const relation_bridges[] = {
	"le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "un",
	"une", "mon", "ma", "mes", "du", "de", "d", "des",
	"dessus", "dessous", "palier", "face", "en", "domicile", "vie", "sante",
	"confiance", "traitant", "traitante", "liberal", "liberale",
	"referent", "referente", "soignante", "soignant", "sociale", "social",
	"femme", "petit", "petite", "beau", "belle", "grand", "demi", NULL,
};

/* Verbs and nouns that announce a person with the preposition after
 * them ("vu par", "appel de", "vit avec", "hébergé chez", "communiqué
 * à"), or alone ("prévenu Malika", "joint DEMBÉLÉ Oumar", "chez Zbigniew"). */
static const struct { const char *w, *prep; } relation_cues[] = {
	{ "vu", "par" }, { "vue", "par" }, { "suivi", "par" },
	{ "suivie", "par" }, { "adresse", "par" }, { "adressee", "par" },
	{ "accompagne", "par" }, { "accompagnee", "par" },
	{ "amene", "par" }, { "amenee", "par" }, { "examine", "par" },
	{ "examinee", "par" }, { "contacte", "par" }, { "contactee", "par" },
	{ "trouve", "par" }, { "trouvee", "par" }, { "retrouve", "par" },
	{ "retrouvee", "par" }, { "ramene", "par" }, { "ramenee", "par" },
	{ "raccompagne", "par" }, { "raccompagnee", "par" },
	{ "appele", "par" }, { "appelee", "par" },
	{ "accompagne", "de" }, { "accompagnee", "de" }, { "appel", "de" },
	{ "appels", "de" }, { "visite", "de" }, { "visites", "de" },
	{ "demande", "de" }, { "tel", "de" }, { "telephone", "de" },
	{ "portable", "de" }, { "numero", "de" }, { "message", "de" },
	{ "nouvelles", "de" }, { "part", "de" }, { "pharmacie", "de" },
	{ "vit", "avec" }, { "vu", "avec" }, { "vue", "avec" },
	{ "ok", "avec" }, { "voir", "avec" }, { "entretien", "avec" },
	{ "rdv", "avec" }, { "echange", "avec" }, { "contact", "avec" },
	{ "discute", "avec" }, { "parle", "avec" },
	{ "heberge", "chez" }, { "hebergee", "chez" }, { "vit", "chez" },
	{ "chez", NULL }, { "prevenu", NULL }, { "prevenue", NULL },
	{ "joint", NULL }, { "jointe", NULL }, { "communique", "a" },
	{ "communiquee", "a" }, { "transmis", "a" }, { "transmise", "a" },
	{ "laisse", "a" }, { "laissee", "a" }, { "signale", "a" },
	/* who translated ("traduction par Nassur"); not "l'interprète",
	 * which a language follows as often as a name ("interprète
	 * soninké") */
	{ "explique", "a" }, { "traduit", "par" }, { "traduite", "par" },
	{ "traduction", "par" },
	/* what a note asks to do to someone, and whose word it reports
	 * ("appeler Fatou au 06...", "rappeler Oumar demain", "selon
	 * Fatou,"); "rappeler après 17h", "prévenir la famille" stay */
	{ "appeler", NULL }, { "rappeler", NULL }, { "prevenir", NULL },
	{ "contacter", NULL }, { "joindre", NULL }, { "selon", NULL },
	/* "elle s'appelle Sandrine", "il se nomme X": only after "s'", "se"
	 * (relation_cue_end) */
	{ "appelle", NULL }, { "nomme", NULL },
};

/* The verbs and nouns of the relation cues, for dict_init: each with
 * the flag of its preposition (D_CUE_*), so that a cue is told by the
 * next word alone. */
int
dict_add_relation_cues(void)
{
	static const struct { const char *prep; uint64_t flag; } preps[] = {
		{ "par", D_CUE_PAR }, { "de", D_CUE_DE }, { "avec", D_CUE_AVEC },
		{ "chez", D_CUE_CHEZ }, { "a", D_CUE_A },
	};

	for (size_t k = 0; k < sizeof(relation_cues) / sizeof(relation_cues[0]);
	    k++) {
		const char *w[] = { relation_cues[k].w, NULL };
		uint64_t flag = D_CUE_ALONE;
		int r;

		for (size_t p = 0; p < sizeof(preps) / sizeof(preps[0]); p++)
			if (relation_cues[k].prep != NULL &&
			    strcmp(relation_cues[k].prep, preps[p].prep) == 0)
				flag = preps[p].flag;
		if ((r = dict_add_words(w, flag)) != 0)
			return r;
	}
	return 0;
}

/* Word i is a title, in any case, with its dot ("le curateur m. dos
 * santos", "MT : Dr"). */
static int
relation_title(const struct detect_scratch *s, size_t i)
{
	return word_has(s, i, D_TITLE);
}

/* The bytes relation_gap lets through anywhere in a gap (one table
 * lookup rather than a test each). */
static const uint8_t relation_gap_bytes[256] = {
	[' '] = 1, [':'] = 1, ['('] = 1, ['\''] = 1, ['"'] = 1, ['='] = 1,
};

/* May the bytes between words i and i+1 lie inside a relation phrase:
 * spaces, " : ", " (", an apostrophe or a hyphen ("l'aide",
 * "belle-fille"), a dot after a title ("m. dos santos")?
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
static inline __attribute__((always_inline)) int
relation_gap(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start;
	const unsigned char *u = (const unsigned char *)t;

	/* one space, most gaps: the loop's answer without its four
	 * tests of the byte (speed32a) */
	if (b == a + 1 && t[a] == ' ')
		return 1;
	if (b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		/* not "veuf(ve)", "Accompagné(e)" */
		if (t[k] == '(' && k == a)
			return 0;
		/* "belle-fille"; not " - ", which ends a sentence; a key
		 * of structured data pasted ("medecin_traitant") */
		if ((t[k] == '-' || t[k] == '_') && b - a == 1)
			continue;
		/* ' ', ':', '(', '\'' and, in structured data pasted (JSON,
		 * a form's "key=value": "medecin_traitant": "X"), '"', '=' */
		if (relation_gap_bytes[u[k]])
			continue;
		if (t[k] == '.' && k == a && relation_title(s, i))
			continue;
		if (u[k] == 0xc2 && k + 1 < b && u[k + 1] == 0xa0) {
			k++;
			continue;
		}
		if (u[k] == 0xe2 && k + 2 < b && u[k + 1] == 0x80 &&
		    u[k + 2] == 0x99) {	/* ’ */
			k += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

/* The preposition flag (D_CUE_*) word p is, or 0. */
static uint64_t
relation_prep(const struct detect_scratch *s, size_t p)
{
	if (word_is(s, p, "par"))
		return D_CUE_PAR;
	if (word_is(s, p, "de") || word_is(s, p, "d"))
		return D_CUE_DE;
	if (word_is(s, p, "avec"))
		return D_CUE_AVEC;
	if (word_is(s, p, "chez"))
		return D_CUE_CHEZ;
	if (word_is(s, p, "a"))
		return D_CUE_A;
	return 0;
}

/* The word after the "par" that a verb of cue word i takes a few words
 * later ("suivie au CMP par", "trouvé(e) à domicile (12 rue X, 75011
 * Paris) par", "vu ce jour par"): up to four words between, and groups
 * in parentheses, in one clause (no punctuation but "/" and the "." of
 * a number); NO_WORD if none. */
#define PAR_REACH	4	/* words between the verb and "par" */
#define PAR_BYTES	160	/* and bytes */

static size_t
par_later(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t pos = s->words[i].end, lim = pos + PAR_BYTES, w;
	int nw = 0, depth = 0;

	if (lim > s->text_len)
		lim = s->text_len;
	while (pos < lim) {
		char c = t[pos];

		if (c == '(' || c == ')') {
			depth += c == '(' ? 1 : -1;
			if (depth < 0)
				return NO_WORD;
			pos++;
			continue;
		}
		if (depth > 0 || c == ' ' || c == '\'' || c == '/' ||
		    (c == '.' && pos + 1 < lim && util_is_digit(t[pos + 1]))) {
			pos++;
			continue;
		}
		if (!is_alnum_byte(c))
			return NO_WORD;
		w = word_at(s, pos);
		if (w >= s->nwords || s->words[w].start != pos)
			return NO_WORD;
		if (word_is(s, w, "par"))
			return w + 1 < s->nwords ? w + 1 : NO_WORD;
		if (++nw > PAR_REACH || word_has(s, w, D_CUE_PAR))
			return NO_WORD;
		pos = s->words[w].end;
	}
	return NO_WORD;
}

/* Words of work a few words before "chez" ("travaille chez Onet",
 * "agent de propreté chez Onet", "en CDI chez Renault"). */
static const char *const work_words[] = {
	"travaille", "travaillait", "travaillent", "employe", "employee",
	"salarie", "salariee", "stage", "embauche", "embauchee", "interimaire",
	"apprenti", "apprentie", "agent", "ouvrier", "ouvriere", "poste", "cdi",
	"cdd", "interim", "emploi", "alternance", "chauffeur", "cariste",
	"magasinier", "vendeur", "vendeuse", "caissier", "caissiere", NULL,
};
static uint64_t work_words_filter;	/* word_in_filtered_list */

/* Word i, "chez", names an employer, not a person's home: a word of
 * work up to four words before it in the clause, or right before it a
 * trade in lower case (or a sentence's capital) in -eur, -euse, -ier,
 * -ière, -iste, -ien, -ienne, -trice ("mareyeur chez Le Guilvinec
 * Marée", "Technicienne chez Thales"; the lexicon lacks some trades,
 * "fileteur") that is no relative or carer ("infirmière chez Mme X",
 * "sa soeur chez", "aide chez sa fille" stay cues). */
int
employer_chez(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const trades[] = {
		"eur", "euse", "ier", "iere", "iste", "ien", "ienne", "trice",
		NULL,
	};
	size_t k;

	for (k = i; k > 0 && k + 4 > i; k--) {
		if (!joined(t, s, k - 1) && k != i)
			break;
		if (word_in_filtered_list(s, &s->words[k - 1], work_words))
			return 1;
	}
	k = i - 1;
	if (i == 0 || !joined(t, s, k) || (s->words[k].flags & (W_UPPER |
	    W_DIGIT)) || ((s->words[k].flags & W_CAP) &&
	    !sentence_start(t, s, k)) || word_has(s, k, D_RELATIVE | D_RELATION))
		return 0;
	for (const char *const *x = trades; *x != NULL; x++) {
		size_t n = strlen(*x);

		if (s->words[k].fold_len > n + 2 && memcmp(wf(s, &s->words[k]) +
		    s->words[k].fold_len - n, *x, n) == 0)
			return 1;
	}
	return 0;
}

/* recall27: a minister of a cult (detect_role.c: "le rabbin Elbaz",
 * "l'imam Diallo") cues the surname right after the title only.  Not a
 * place after "de" ("le rabbin de Paris", "l'aumônier du CHU"), nor the
 * word with a capital inside an institution's name ("Institut Rabbin
 * X"), where no article or sentence start is before it.  1: word i is such a minister, no cue. */
static int
minister_no_cue(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const ministers[] = {
		"rabbin", "imam", "pretre", "diacre", "aumonier", "aumoniere",
		NULL,
	};
	static const char *const articles[] = {
		"le", "la", "l", "un", "une", "du", "au", "son", "sa", "leur",
		"notre", "votre", "ce", "cet", "cette", NULL,
	};

	if (!(s->words[i].flags & W_ROLE) ||
	    !in_list(ministers, wf(s, &s->words[i]), s->words[i].fold_len))
		return 0;
	if (i + 1 < s->nwords && (word_is(s, i + 1, "de") ||
	    word_is(s, i + 1, "du") || word_is(s, i + 1, "d") ||
	    word_is(s, i + 1, "des")))
		return 1;
	return (s->words[i].flags & (W_CAP | W_UPPER)) && i > 0 &&
	    !sentence_start(t, s, i) &&
	    !in_list(articles, wf(s, &s->words[i - 1]),
	    s->words[i - 1].fold_len);
}

/* The word after the cue that ends at word i ("appel de", "vu par",
 * "son voisin", "prévenu"), or NO_WORD if word i ends none. */
static size_t
relation_cue_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p = i + 1;

	if ((word_is(s, i, "appelle") || word_is(s, i, "nomme")) &&
	    !word_has(s, i, D_RELATIVE | D_RELATION))
		return i > 0 && (word_is(s, i - 1, "s") || word_is(s, i - 1, "se")) &&
		    joined(t, s, i - 1) ? i + 1 : NO_WORD;
	if (word_has(s, i, D_RELATIVE | D_RELATION))
		/* "née X", "dit X", "ne veut" are the title rules' */
		return word_is(s, i, "ne") || word_is(s, i, "dit") ||
		    word_is(s, i, "dite") ? NO_WORD : i + 1;
	/* "Accompagné(e) de" */
	if (p + 1 < s->nwords && (word_is(s, p, "e") || word_is(s, p, "es")) &&
	    t[s->words[p].start - 1] == '(')
		p++;
	if (p < s->nwords && word_has(s, i, relation_prep(s, p)) &&
	    s->words[p].start - s->words[p - 1].end <= 3 &&
	    memchr(t + s->words[p - 1].end, '.',
	    s->words[p].start - s->words[p - 1].end) == NULL)
		return p + 1;
	if (word_has(s, i, D_CUE_PAR))
		return par_later(t, s, i);
	if (word_is(s, i, "chez") && employer_chez(t, s, i))
		return NO_WORD;
	return word_has(s, i, D_CUE_ALONE) ? i + 1 : NO_WORD;
}

/* Word j may be a word of the name after a relation: no word of the
 * tables (a month only after a first name: "Thi Mai"; an eponym only if
 * also a name of the lists: "Gilbert"), and no ordinary word unless used
 * as a name: a name of the lists with a capital, or after a name word
 * ("coulibaly moussa"), or before one ("olive nowak", "laurent
 * vigneron"); any word with a capital before a name word that is no
 * ordinary word ("Rosette JEAN-LOUIS"), alone in parentheses ("sa
 * voisine (Materne)") or, after a relation noun, with a capital where no
 * sentence starts ("son voisin Olive"; not "adressé par la Clinique"). */
#define RN_NAME		1	/* right after a word of the name */
#define RN_AHEAD	2	/* looking one word ahead */
#define RN_NOUN		4	/* after a relation or a role, not a verb */
#define RN_PAR		8	/* right after the "par" of a verb */
#define RN_PATIENT	16	/* after "patient", "pt" */
#define RN_APPOS	32	/* between commas after a relation */
#define RN_NOKIN	64	/* not lower_first_after_kin (lower_pair's turn) */

/* Word j names a service, a specialty or a specialist by its ending
 * ("Cardiologie", "Pneumologue", "Pédiatrie", "Kinésithérapie"): what
 * "vu par" takes that is no person's name. */
int
service_word(const struct detect_scratch *s, size_t j)
{
	static const char *const ends[] = {
		"logie", "logue", "iatre", "iatrie", "pedie", "therapie",
		"therapeute", "graphie", "scopie", "urgences", "ique", "ie",
		"police", "gendarmerie", "samu", "smur", "justice", "tribunal",
		"prefecture", "securite", NULL,
	};
	const char *f = wf(s, &s->words[j]);
	size_t n = s->words[j].fold_len;

	for (size_t k = 0; ends[k] != NULL; k++) {
		size_t m = strlen(ends[k]);

		if (n >= m && memcmp(f + n - m, ends[k], m) == 0)
			return 1;
	}
	return 0;
}

/* Word j, capitalized after "par", names a unit of care or a carer by
 * its trade rather than a person (precision19, from the lexicon sweep):
 * a word of the lexicon that ends as a unit ("-ation": "Réanimation",
 * "Hospitalisation", "Consultation") or an agent of care ("-iste":
 * "Interniste", "Urgentiste"; "-ateur": "Régulateur", "Réanimateur",
 * "Coordinateur"; eight letters or more: "Batiste" is a surname too),
 * or one of the units no ending tells ("Médecine",
 * "Dialyse", "Ambulatoire", "Pédicure").  Asked only where the name rule
 * of "par" is about to take the word, after the lists' names (a first
 * name ending so, "Baptiste", is taken before).  "vu par Materne", "par
 * Kerouredan" still go. */
static int ends_in(const struct detect_scratch *s, size_t j,
    const char *const *ends);

int
care_unit_or_agent(const char *t, struct detect_scratch *s, size_t j)
{
	static const char *const ends[] = { "ation", "iste", "ateur", NULL };
	static const char *const units[] = { "medecine", "dialyse",
	    "ambulatoire", "pedicure", NULL };
	static uint64_t units_filter;	/* word_in_filtered_list */

	static const char *const learned[] = { "ologiste", NULL };
	const struct detect_word *w = &s->words[j];

	if (word_in_filtered_list(s, w, units) || ends_in(s, j, learned))
		return 1;	/* "Néonatologiste", no lexicon has it */
	return w->fold_len >= 8 && ends_in(s, j, ends) && word_lexicon(t, s, j);
}

/* Word j is an acronym by its length: four capitals or fewer that no
 * list has, among words that are not in capitals ("Demande d'ASPA",
 * "AT declare", "amené par la BAC"); "LY", "VU", "NGO" of the lists are
 * names. */
int
short_caps_unknown(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & W_UPPER) && w->nchars <= 4 &&
	    !(w->dflags & (D_FIRST | D_LAST)) &&
	    !(j > 0 && joined(t, s, j - 1) && (s->words[j - 1].flags & W_UPPER)) &&
	    !(j + 1 < s->nwords && joined(t, s, j) &&
	    (s->words[j + 1].flags & W_UPPER));
}

/* Word j ends as a French plural ("Pompiers", "Urgences", "Secours"):
 * a body or a service after "par", not a name the lists lack. */
static int
plural_like(const struct detect_scratch *s, size_t j)
{
	const char *f = wf(s, &s->words[j]);
	size_t n = s->words[j].fold_len;

	return n > 3 && (f[n - 1] == 's' || f[n - 1] == 'x');
}

/* Word j in capitals where the words around it are not (a word glued by
 * a hyphen is part of it: "PETIT-FRÈRE"): a surname written as one
 * ("Blanche MARTEAU, 104 quai"). */
static int
caps_alone(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j;

	if (!(s->words[j].flags & W_UPPER) || (j > 0 && joined(t, s, j - 1) &&
	    (s->words[j - 1].flags & W_UPPER)))
		return 0;
	while (k + 1 < s->nwords && s->words[k + 1].start == s->words[k].end + 1 &&
	    t[s->words[k].end] == '-' && (s->words[k + 1].flags & W_UPPER))
		k++;
	/* what a comma or a dot parts from it does not count: "AEG" */
	return !(k + 1 < s->nwords && joined(t, s, k) &&
	    (s->words[k + 1].flags & W_UPPER));
}

/* Word j, in capitals after a word of a name in capitals, ends that
 * name: an ordinary word (no list has it) that a clause end follows (",",
 * ".", ";", ":", "/", "(", ")", a number, the end), after a first name of
 * the lists or a word no dictionary has ("PEIO GARAT /", "PÉTRONILLE
 * BONHEUR (", "DR MANEX GARAT ;"); not a word of the tables, a participle
 * or an adjective by its ending ("MR LEROY CONFUSE.", "PAUL ALGIQUE,",
 * "JEAN PRÉVENU,"). */
int
caps_surname_at_end(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *p = &s->words[j - 1];
	size_t e = s->words[j].end;

	if (!(s->words[j].flags & W_UPPER) || !caps_word_name_shape(t, s, j))
		return 0;
	if (!((p->dflags & D_FIRST) && !(p->dflags & (D_AMBIG | D_WEAK))) &&
	    word_lexicon(t, (struct detect_scratch *)s, j - 1))
		return 0;	/* after a first name or an unknown word */
	while (e < s->text_len && t[e] == ' ')
		e++;
	return e >= s->text_len || util_in_set(",.;:/()", t[e]) ||
	    util_is_digit(t[e]);
}

/* Word j, in capitals, may be an ordinary word used as a surname: no
 * word of the tables, not ending as a participle or an adjective does
 * ("PRÉVENU", "CONFUSE", "ALGIQUE", "CALME", "INQUIÈTE"). */
int
caps_word_name_shape(const char *t, const struct detect_scratch *s, size_t j)
{
	return caps_word_name_shape_iu(t, s, j, 0);
}

/* caps_word_name_shape; iu: a word ending in "-i" or "-u" may be a
 * surname ("POLI", "JOLI", "HARDI"), where the caller knows no
 * participle stands (names43: after "PAR LE DR"). */
int
caps_word_name_shape_iu(const char *t, const struct detect_scratch *s,
    size_t j, int iu)
{
	static const char *const ends[] = {
		"ique", "able", "ible", "ant", "ante", "ent", "ente", "eux",
		"euse", "aire", "ment", "if", "ee", "es", "ise", "ire", "me",
		"ble", "ete", "ste", "eul", "eule", "ux", "ale", "aite", "ade",
		"et", "ra", "ait", "ont", NULL,
	};
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (w->nchars < 3 || (w->flags & W_DIGIT) ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION |
	    D_RELCUE | D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE |
	    D_TERM | D_CLINICAL | D_MONTH | D_PARTICLE | D_SUBJVERB |
	    D_SPEECH | D_BRIDGE)) || eponym_position(t, s, j))
		return 0;
	/* "É", "é" last: a participle ("PRÉVENU" is caught below by "u") */
	if (w->end >= 2 && (unsigned char)t[w->end - 2] == 0xc3 &&
	    ((unsigned char)t[w->end - 1] == 0x89 ||
	    (unsigned char)t[w->end - 1] == 0xa9))
		return 0;
	if (!(iu & 1) && (f[n - 1] == 'u' || f[n - 1] == 'i'))
		return 0;	/* "PRÉVENU", "AVERTI" */
	/* names45: "-oux" where the caller allows it, a surname's
	 * ending as often as an adjective's ("DR DOUX", "DR ROUX") */
	if ((iu & CAPS_SHAPE_OUX) && n > 3 && memcmp(f + n - 3, "oux", 3) == 0)
		return 1;
	for (size_t k = 0; ends[k] != NULL; k++) {
		size_t m = strlen(ends[k]);

		if (n > m && memcmp(f + n - m, ends[k], m) == 0)
			return 0;
	}
	return 1;
}

/* Word q may be a name by its shape: a name of the lists, a word no
 * dictionary has, or an ordinary word that does not end as a
 * participle or an adjective does ("Bonheur", not "Faite", "Vitale",
 * "Inquiète"). */
static int	hyphen_glued(const char *t, const struct detect_scratch *s,
		    size_t j);

static int
name_shaped(const char *t, const struct detect_scratch *s, size_t q)
{
	if ((s->words[q].dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[q].dflags & D_WEAK))
		return 1;
	if (!word_lexicon(t, (struct detect_scratch *)s, q))
		return !(s->words[q].flags & W_DIGIT);
	return caps_word_name_shape(t, s, q);
}

/* Words j and j + 1 after a cue or a relation are a first name
 * capitalized and a surname in capitals, ordinary words both, as notes
 * write a person ("vu par Colombe VIGNERON", "appel de Rosette
 * BOULANGER"): three letters each or more, no word of the tables, of the
 * keep lists (places, bodies) or a service's, the first not a plural,
 * the first no group's head ("Équipe", "Centre"), the second not an
 * acronym by its shape nor ending as an adjective.  "vu par SOS
 * Médecins", "adressé par CMP Rivière", "vu par Cardiologie CHU", "vu par
 * Équipe MOBILE", "appel de Pharmacie CENTRALE" stay. */
static const char *const group_heads[] = { "equipe", "unite", "cellule",
    "centre", "cabinet", "maison", "pole", "reseau", "association",
    "service", "residence", "foyer", "accueil", "plateforme", "dispositif",
    "mission", "brigade", "caserne", "mairie", "ecole", "college", "lycee",
    "agence", "bureau", "conseil", "comite", "groupe", "institut",
    "office", "point", "relais", "secours", "antenne", NULL };
static uint64_t group_heads_filter;	/* word_in_filtered_list */
/* The endings of an adjective in capitals after a group's head
 * ("MOBILE", "CENTRALE", "SOCIALE", "MEDICALE", "SANITAIRE"). */
static const char *const caps_adjective_ends[] = { "ile", "ale", "ique",
    "aire", "ive", "elle", "ante", "ente", NULL };

static int
ends_in(const struct detect_scratch *s, size_t j, const char *const *ends)
{
	const char *f = wf(s, &s->words[j]);
	size_t n = s->words[j].fold_len;

	for (; *ends != NULL; ends++) {
		size_t m = strlen(*ends);

		if (n > m && memcmp(f + n - m, *ends, m) == 0)
			return 1;
	}
	return 0;
}

/* The tests of a word of caps_pair (either word): three letters or
 * more, free, no word of the tables or of the keep lists. */
static int
caps_pair_word(const struct detect_scratch *s, size_t q)
{
	return s->words[q].nchars >= 3 && !word_taken(s, q) &&
	    !(s->words[q].flags & W_DIGIT) &&
	    !(s->words[q].dflags & (D_TITLE | D_NOTNAME | D_RELATIVE |
	    D_RELATION | D_RELCUE | D_BRIDGE | D_STREET | D_UNIT | D_PLACE |
	    D_EPOHEAD | D_DATECUE | D_TERM | D_CLINICAL | D_MONTH |
	    D_PARTICLE | D_SUBJVERB | D_SPEECH | D_EPONYM | D_INSTHEAD)) &&
	    !dict_keep_has(s->words[q].fhash);
}

/* Word j, capitalized, right after a surname in capitals found at j - 1
 * after a cue ("Visite de SIMON Colombe cet après-midi"): the first name
 * as the convention "NOM Prénom" writes it, an ordinary word too, as
 * caps_pair takes "Prénom NOM".  Not a service, a plural, a group's
 * head, a participle in -é(e) or a word ending as an adjective or a
 * present participle ("DUPONT Concernant"), nor before another
 * capitalized word. */
static __attribute__((noinline)) int
caps_then_cap(const char *t, struct detect_scratch *s, size_t j)
{
	static const char *const ends[] = { "ique", "ale", "ile", "aire",
	    "ive", "elle", "ant", "ante", "ent", "ente", NULL };
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);

	if (!joined(t, s, j - 1) || !is_name_span(span_of(s, j - 1)) ||
	    hyphen_glued(t, s, j) || !caps_pair_word(s, j) ||
	    plural_like(s, j) || service_word(s, j) ||
	    in_list(group_heads, f, w->fold_len) || ends_in(s, j, ends) ||
	    ((unsigned char)t[w->end - 1] == 0xa9 &&
	    (unsigned char)t[w->end - 2] == 0xc3) ||
	    (f[w->fold_len - 1] == 'e' && f[w->fold_len - 2] == 'e') ||
	    (j + 1 < s->nwords && s->words[j + 1].start == w->end + 1 &&
	    (s->words[j + 1].flags & (W_CAP | W_UPPER))))
		return 0;
	return 1;
}

static __attribute__((noinline)) int
caps_pair(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *f = &s->words[j], *l;

	if (j + 1 >= s->nwords || !joined(t, s, j) ||
	    !(f->flags & W_CAP) || (f->flags & (W_UPPER | W_DIGIT)))
		return 0;
	l = &s->words[j + 1];
	if (!(l->flags & W_UPPER) || (l->flags & W_DIGIT) || f->nchars < 3 ||
	    l->nchars < 3 || word_taken(s, j) || word_taken(s, j + 1) ||
	    hyphen_glued(t, s, j + 1) ||
	    (j + 2 < s->nwords && s->words[j + 2].start == l->end))
		return 0;
	if (!caps_pair_word(s, j) || !caps_pair_word(s, j + 1))
		return 0;
	return !plural_like(s, j) && !service_word(s, j) &&
	    !word_in_filtered_list(s, f, group_heads) &&
	    !ends_in(s, j + 1, caps_adjective_ends) &&
	    !acronym_shape(t, s, j + 1);
}

/* At byte e, a dot, or a run of them ("..", "...") or an ellipsis
 * ("…"), then the end or a space: a clause's end ("modeste barbier.",
 * "rosette ursulet.. famille"); a dot glued to a letter is a domain's or
 * an abbreviation's ("barbier.fr"). */
static int
dots_end_clause(const char *t, size_t len, size_t e)
{
	if (e + 2 < len && (unsigned char)t[e] == 0xe2 &&
	    (unsigned char)t[e + 1] == 0x80 && (unsigned char)t[e + 2] == 0xa6)
		e += 3;
	else if (e < len && t[e] == '.') {
		/* a run: bounded by the text, read once */
		while (e < len && t[e] == '.')
			e++;
	} else
		return 0;
	return e >= len || t[e] == ' ';
}

/* names43: word q, in lower case, may be a given name that is an
 * ordinary word before a surname of the lists ("son fils modeste
 * barbier ;", "sa sœur colombe durand,"): not ending as a participle,
 * an adjective or a state does ("son fils malade", "sa fille aînée",
 * "son frère handicapé"); the caller asks the surname. */
static int
lower_given_word(const char *t, const struct detect_scratch *s, size_t q)
{
	static const char *const ends[] = {
		"ique", "if", "ive", "eux", "euse", "able", "ible", "ant",
		"ante", "ent", "ente", "aire", "al", "ale", "ee", "ade", "ier",
		"iere", "el", "elle", "in", "ine", "ais", "aise", "ois", "oise",
		"ain", "aine", "ien", "ienne", "eur", "rice", "et", NULL,
	};
	const struct detect_word *w = &s->words[q];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (n < 4 || w->end < 2 ||
	    ((unsigned char)t[w->end - 2] == 0xc3 &&
	    (unsigned char)t[w->end - 1] == 0xa9))
		return 0;	/* "handicapé" */
	return !fold_ends_in(ends, f, n, 0);
}

/* Words j and j + 1, in lower case after a relation, are a first name
 * and a surname one of which is an ordinary word: a name of the lists
 * (not ambiguous, not weak) or a word no dictionary has beside an
 * ordinary word shaped as a name (name_shaped), before a clause end or
 * a verb of speech ("laurent vigneron (05...", "rosette theophile
 * signale", "modeste barbier ;"); "son fils paul malade,", "sa fille
 * marie inquiète" stay. */
/* names45: after word k, the auxiliary and the participle of a visit
 * or a call ("sa fille ferdinand bonheur est passée", "son mari jean
 * petit était venu"): said of a person, not of a state ("est
 * fatiguée"). */
static int
visit_after(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const came[] = {
		"venu", "venue", "passe", "passee", "revenu", "revenue",
		"arrive", "arrivee", "parti", "partie", "reparti", "repartie",
		"present", "presente", "prevenu", "prevenue", "joint",
		"jointe", "informe", "informee", NULL,
	};

	return k + 2 < s->nwords && joined(t, s, k) &&
	    joined(t, s, k + 1) && (word_is(s, k + 1, "est") ||
	    word_is(s, k + 1, "etait")) && in_list(came,
	    wf(s, &s->words[k + 2]), s->words[k + 2].fold_len);
}

/* named: the first word is a name by itself (names45), the pair only
 * before a person's act or place ("sa fille nadia chanson." keeps its
 * noun). */
static int
lower_pair(const char *t, struct detect_scratch *s, size_t j, int named)
{
	size_t e;
	int strong = 0, ordinary = 0, given = 0;

	if (j + 1 >= s->nwords || !joined(t, s, j) ||
	    s->words[j].start == s->words[j].end)
		return 0;
	for (size_t q = j; q <= j + 1; q++) {
		const struct detect_word *w = &s->words[q];

		if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
		    word_taken(s, q) || hyphen_glued(t, s, q) ||
		    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION |
		    D_RELCUE | D_BRIDGE | D_STREET | D_UNIT | D_PLACE |
		    D_EPOHEAD | D_DATECUE | D_TERM | D_CLINICAL | D_MONTH |
		    D_PARTICLE | D_SUBJVERB | D_SPEECH | D_EPONYM)))
			return 0;
		if (q == j && prep_has(w->fhash))
			return 0;	/* "aide à domicile via adpa" */
		if (((w->dflags & (D_FIRST | D_LAST)) &&
		    !(w->dflags & (D_AMBIG | D_WEAK))) || (!word_lexicon(t, s,
		    q) && !lower_ordinary_word(t, s, q)))
			strong++;
		else if (name_shaped(t, s, q))
			ordinary++;
		else if (q == j && lower_given_word(t, s, q))
			given++;
		else
			return 0;
	}
	/* names43: an ordinary given name before a surname of the lists
	 * that no list calls ambiguous ("modeste barbier") */
	if (given && (strong != 1 || !(s->words[j + 1].dflags & D_LAST) ||
	    (s->words[j + 1].dflags & (D_AMBIG | D_WEAK))))
		return 0;
	if (strong == 0 || strong + ordinary + given != 2)
		return 0;
	e = s->words[j + 1].end;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (!named && (e >= s->text_len || util_in_set(",;()+", t[e]) ||
	    util_is_digit(t[e]) || dots_end_clause(t, s->text_len, e)))
		return 1;
	/* names43: a place after the person ("sa sœur ferdinand bonheur
	 * à l'hôpital"; "à" folds as "a", the verb's: "a appelé" too) */
	return j + 2 < s->nwords && joined(t, s, j + 1) &&
	    (word_has(s, j + 2, D_SPEECH) || (word_is(s, j + 2, "a") &&
	    s->words[j + 2].start == e) || visit_after(t, s, j + 1));
}

/* names46: word q, in lower case, may be the given name of a pair whose
 * surname has a particle or whose second member is a hyphenated given
 * name: a name of the lists (not ambiguous, not weak), a word no
 * dictionary has, or an ordinary word shaped as a given name
 * (lower_given_word: "colombe", "rosette"). */
static int
lower_wide_first(const char *t, const struct detect_scratch *s, size_t q)
{
	const struct detect_word *w = &s->words[q];

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
	    word_taken(s, q) || hyphen_glued(t, s, q) ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION |
	    D_RELCUE | D_BRIDGE | D_STREET | D_UNIT | D_PLACE | D_EPOHEAD |
	    D_DATECUE | D_TERM | D_CLINICAL | D_MONTH | D_PARTICLE |
	    D_SUBJVERB | D_SPEECH | D_EPONYM)) || prep_has(w->fhash))
		return 0;
	return ((w->dflags & (D_FIRST | D_LAST)) &&
	    !(w->dflags & (D_AMBIG | D_WEAK))) || (!word_lexicon(t,
	    (struct detect_scratch *)s, q) &&
	    !lower_ordinary_word(t, (struct detect_scratch *)s, q)) ||
	    lower_given_word(t, s, q);
}

/* names46: a name word of the lists in lower case, no weak one (nor an
 * ambiguous one unless `ambig` lets it: a half of a hyphenated given
 * name, "pierre-charles"), no word of the tables. */
static int
lower_listed(const struct detect_scratch *s, size_t q, uint64_t kind,
    uint64_t ambig)
{
	const struct detect_word *w = &s->words[q];

	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && w->nchars >= 3 &&
	    (w->dflags & kind) && !(w->dflags & ((D_AMBIG & ~ambig) | D_WEAK |
	    D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION | D_STREET |
	    D_UNIT | D_PLACE | D_TERM | D_CLINICAL | D_MONTH | D_EPONYM |
	    D_SUBJVERB | D_SPEECH)) && !word_taken(s, q);
}

/*
 * names46: word j after a relation starts a lower-case pair lower_pair
 * cannot read, whose second member is more than one word: a surname
 * with one or two particles ("sa sœur colombe le bris à l'hôpital",
 * "son fils modeste le bris ;": the particles in lower case, the
 * surname after them a name of the lists), or a hyphenated given name of
 * the lists ("sa fille rosette pierre-charles est passée": both halves
 * first names).  As lower_pair's, only before a clause end, a verb of
 * speech, "à" or the auxiliary of a visit ("sa sœur colombe le bris
 * gâteau" stays).  The index of the pair's last word, or 0.
 */
static size_t
lower_pair_wide(const char *t, struct detect_scratch *s, size_t j)
{
	size_t k = j + 1, e;

	if (k + 1 >= s->nwords || !joined(t, s, j) ||
	    !lower_wide_first(t, s, j))
		return 0;
	if (word_has(s, k, D_PARTICLE) &&
	    !(s->words[k].flags & (W_CAP | W_UPPER))) {
		/* "le bris", "de la fontaine" */
		if (!joined(t, s, k))
			return 0;
		k++;
		if (k + 1 < s->nwords && word_has(s, k, D_PARTICLE) &&
		    !(s->words[k].flags & (W_CAP | W_UPPER)) && joined(t, s, k))
			k++;
		if (!lower_listed(s, k, D_LAST, 0) || hyphen_glued(t, s, k))
			return 0;
	} else if (k + 1 < s->nwords && hyphen_glued(t, s, k + 1) &&
	    lower_listed(s, k, D_FIRST, D_AMBIG) &&
	    lower_listed(s, k + 1, D_FIRST, D_AMBIG)) {
		k++;	/* "pierre-charles" */
		if (k + 1 < s->nwords && hyphen_glued(t, s, k + 1))
			return 0;
	} else
		return 0;
	e = s->words[k].end;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e >= s->text_len || util_in_set(",;()+", t[e]) ||
	    util_is_digit(t[e]) || dots_end_clause(t, s->text_len, e))
		return k;
	return k + 1 < s->nwords && joined(t, s, k) &&
	    (word_has(s, k + 1, D_SPEECH) || (word_is(s, k + 1, "a") &&
	    s->words[k + 1].start == e) || visit_after(t, s, k)) ? k : 0;
}

/* Word j is one of two or three capitalized words alone in
 * parentheses: "(Materne Bonheur)", "(Rosette Marie Désir)". */
static int
in_paren_group(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t a = j, b = j;

	while (a > 0 && a + 2 > j && s->words[a].start > 0 &&
	    t[s->words[a].start - 1] != '(' && joined(t, s, a - 1) &&
	    (s->words[a - 1].flags & W_CAP))
		a--;
	while (b + 1 < s->nwords && b < a + 2 && (s->words[b].end >=
	    s->text_len || t[s->words[b].end] != ')') && joined(t, s, b) &&
	    (s->words[b + 1].flags & W_CAP))
		b++;
	if (!(b > a && s->words[a].start > 0 &&
	    t[s->words[a].start - 1] == '(' && s->words[b].end < s->text_len &&
	    t[s->words[b].end] == ')'))
		return 0;
	for (size_t q = a; q <= b; q++)
		if (!name_shaped(t, s, q))
			return 0;
	return 1;
}

/* Word k starts one to three capitalized words between commas right
 * after a relation ("Le fils, Materne, a appelé", "la fille, Colombe
 * Page, passera"). */
static int
apposition(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t b = k, a = s->words[k - 1].end;

	if (s->words[k].start != a + 2 || t[a] != ',' || t[a + 1] != ' ')
		return 0;
	while (b + 1 < s->nwords && b < k + 2 && joined(t, s, b) &&
	    (s->words[b + 1].flags & W_CAP))
		b++;
	for (size_t q = k; q <= b; q++)
		if (!(s->words[q].flags & W_CAP) || (s->words[q].flags & W_UPPER) ||
		    !name_shaped(t, s, q))
			return 0;
	return s->words[b].end < s->text_len && t[s->words[b].end] == ',';
}

/* Word j is glued to the word before it by a hyphen ("Petit-Frère",
 * "Saint-Cyr" after a first name). */
static int
hyphen_glued(const char *t, const struct detect_scratch *s, size_t j)
{
	return j > 0 && s->words[j].start == s->words[j - 1].end + 1 &&
	    t[s->words[j - 1].end] == '-';
}

/* Word j, in a run of capitals right after a relation or a role ("SA
 * FILLE OLIVE PASSERA", "VU PAR IDE VIGNERON,", "L'ASH OLIVE, 135"): an
 * ordinary word no list of names has, taken as a name where nothing else
 * can tell it (written_as_name asks of a word in capitals that its
 * neighbours are not; in a note all in capitals, none is).  Shaped as a
 * name (caps_word_name_shape), no acronym, and none of what follows a
 * relation or a role as its attribute: a participle, an adjective or a
 * trade by its ending ("FAMILLE PREVENUE", "INFIRMIER LIBERAL", "KINE
 * MOTRICE", "SON FILS POMPIER", "SON MARI PARKINSONIEN") or the words
 * below ("SA FILLE CADETTE", "IDE NUIT", "AS MATIN", "IDE ASTREINTE");
 * an unaccented participle by its ending ("SA SŒUR RASSURE.", "(MARI
 * DECEDE)"); right after the relation or the role and a space, not after
 * a particle ("IDE DE NUIT") nor a hyphen ("AIDE-MÉNAGÈRE"); then what ends a name: a clause end,
 * a number, a verb the name is the subject of, "PASSERA", "TEL", "CET". */
static int
caps_run_relation_name(const char *t, struct detect_scratch *s, size_t j)
{
	static const char *const attr[] = {
		"cadet", "cadette", "jumeau", "jumelle", "seul", "seule",
		"majeur", "majeure", "mineur", "mineure", "malade", "veuf",
		"veuve", "sourd", "sourde", "aveugle", "handicape", "aine",
		"present", "absent", "unique", "adoptif", "nuit", "jour",
		"matin", "soir", "triage", "astreinte", "garde", NULL,
	};
	static const char *const ends[] = {
		"ue", "ie", "al", "ice", "ien", "ienne", "ier", "iere", "eur",
		"eure", "ape", "ure", "ede", "cte", "ele", "sse", "ite", "ere",
		"che", NULL,
	};
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);
	size_t n = w->fold_len, e = w->end;

	if (j == 0 || !(w->flags & W_UPPER) || !joined(t, s, j - 1) ||
	    t[w->start - 1] != ' ' ||
	    !(s->words[j - 1].flags & W_UPPER) ||
	    !word_has(s, j - 1, D_RELATIVE | D_RELATION) ||
	    !caps_word_name_shape(t, s, j) || plural_like(s, j) ||
	    acronym_shape(t, s, j) || short_caps_unknown(t, s, j) ||
	    dict_keep_has(w->fhash))
		return 0;
	for (size_t k = 0; attr[k] != NULL; k++)
		if (word_is_str(s, j, attr[k]))
			return 0;
	for (size_t k = 0; ends[k] != NULL; k++) {
		size_t m = strlen(ends[k]);

		if (n > m && memcmp(f + n - m, ends[k], m) == 0)
			return 0;
	}
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e >= s->text_len || util_in_set(",;:/()", t[e]) ||
	    util_is_digit(t[e]) || (t[e] == '.' && (e + 1 >= s->text_len ||
	    t[e + 1] == ' ')))
		return 1;
	return j + 1 < s->nwords && joined(t, s, j) &&
	    (word_has(s, j + 1, D_SUBJVERB | D_SPEECH) ||
	    word_is(s, j + 1, "tel") || word_is(s, j + 1, "cet") ||
	    word_is(s, j + 1, "passera"));
}

/* month word j is the first name of a name after a relation
 * ("Sa fille Mai Xiong traduit", "sa sœur Avril Lavigne"): capitalized
 * (not in capitals), right after the relation noun, before a capitalized
 * word no dictionary has (or a surname of the lists, no weak one) and no
 * table holds ("sa fille Mai 2021", "son
 * fils Mars Attacks" stay). */
static int
month_first_name(const char *t, const struct detect_scratch *s, size_t j,
    int how)
{
	const struct detect_word *n;

	if (!(how & RN_NOUN) || !(s->words[j].flags & W_CAP) ||
	    (s->words[j].flags & W_UPPER) || j + 1 >= s->nwords ||
	    !joined(t, s, j))
		return 0;
	n = &s->words[j + 1];
	/* or a name of the lists that is no weak one and no word of the
	 * tables ("Sa fille Mai Dupont", "Mai Xiong" since names37 lists
	 * the Chinese surnames) */
	return (n->flags & W_CAP) && !(n->flags & (W_UPPER | W_DIGIT)) &&
	    n->nchars >= 3 && (n->dflags == 0 ||
	    ((n->dflags & (D_FIRST | D_LAST)) && !(n->dflags & (D_WEAK |
	    D_AMBIG | D_MONTH | D_TITLE | D_NOTNAME | D_RELATIVE |
	    D_RELATION | D_CLINICAL | D_TERM | D_PLACE | D_STREET | D_UNIT |
	    D_EPONYM)))) && (!word_taken(s, j + 1) ||
	    ((n->dflags & (D_FIRST | D_LAST)) &&
	    is_name_span(span_of(s, j + 1)))) &&
	    !word_lexicon(t, (struct detect_scratch *)s, j + 1);
}

/* Word k is "germain", "germaine", "germains" or "germaines" and word i a
 * cousin, a brother or a sister: the adjective of full kinship ("sa
 * cousine germaine", "frères germains"), no given name (precision28:
 * "sa cousine germaine Manon Rivière" took "germaine").  In lower case:
 * in capitals ("SA COUSINE GERMAINE") the word may be a given name, and
 * the name rules decide; "sa fille germaine" is left to them too. */
int
germain_after_kin(const struct detect_scratch *s, size_t k, size_t i)
{
	static const char *const kin[] = {
		"cousin", "cousine", "cousins", "cousines", "frere", "freres",
		"soeur", "soeurs", NULL,
	};
	static uint64_t kin_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[k];

	return w->fold_len >= 7 && w->fold_len <= 9 &&
	    !(w->flags & (W_CAP | W_UPPER)) &&
	    memcmp(wf(s, w), "germain", 7) == 0 &&
	    (w->fold_len == 7 || in_list((const char *const[]){ "germaine",
	    "germains", "germaines", NULL }, wf(s, w), w->fold_len)) &&
	    word_in_filtered_list(s, &s->words[i], kin);
}

/* Word j, in lower case right after a possessive and a relative ("son
 * fils marc malade", "son mari aurore", "sa fille jean-marie"), is a
 * first name of the lists that is also an ordinary word (the words no
 * dictionary has were taken already): the possessive and the relative
 * say a person follows.  Not a weak name of the lists (two letters,
 * "Vu"), not a participle in -é, -ée, -ées ("sa fille mariée", "son
 * fils aimé", "désirée": "son fils rené" is lost with them); "son fils malade", "sa fille aînée",
 * "son mari présent" hold no first name and stay. */
static int
lower_first_after_kin(const char *t, const struct detect_scratch *s,
    size_t j)
{
	const struct detect_word *w = &s->words[j];
	const char *f;

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || !(w->dflags & D_FIRST) ||
	    (w->dflags & (D_WEAK | D_NOTNAME | D_EPONYM)) || w->fold_len < 3 ||
	    j < 2 || germain_after_kin(s, j, j - 1) ||
	    !joined(t, s, j - 1) || !joined(t, s, j - 2) ||
	    !word_has(s, j - 1, D_RELATIVE | D_RELATION) ||
	    (s->words[j - 1].flags & (W_CAP | W_UPPER)) ||
	    !(word_is(s, j - 2, "son") || word_is(s, j - 2, "sa") ||
	    word_is(s, j - 2, "mon") || word_is(s, j - 2, "ma") ||
	    word_is(s, j - 2, "leur")))
		return 0;
	f = wf(s, w);
	/* a participle: "-é", "-ée", "-ées" as written ("son fils aimé") */
	if (w->end - w->start >= 2 && (unsigned char)t[w->end - 2] == 0xc3 &&
	    (unsigned char)t[w->end - 1] == 0xa9)
		return 0;
	return !(f[w->fold_len - 1] == 'e' && f[w->fold_len - 2] == 'e') &&
	    !(w->fold_len > 3 && f[w->fold_len - 1] == 's' &&
	    f[w->fold_len - 2] == 'e' && f[w->fold_len - 3] == 'e');
}

/* Word j, in lower case right after a carer's role and before a colon,
 * is a first name of the lists that is also an ordinary word ("ide
 * claire : pansement fait", "as rose : toilette au lit"): a transmission
 * signed with the carer's first name, which the case lost.  The colon
 * closes the name: "ide claire et précise", "urines claires :" (no
 * role) stay; not a weak name of the lists, an eponym, a participle
 * ("as aimée :" is lost with them, as lower_first_after_kin's). */
static int
carer_first_before_colon(const char *t, const struct detect_scratch *s,
    size_t j)
{
	const struct detect_word *w = &s->words[j];
	size_t e = w->end;

	if (j == 0 || (w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    !(w->dflags & D_FIRST) || (w->dflags & (D_WEAK | D_NOTNAME |
	    D_EPONYM | D_TERM | D_CLINICAL)) || w->fold_len < 3 ||
	    !joined(t, s, j - 1))
		return 0;
	if (!(role_kinds(s, j - 1) & ROLE_CARER))	/* detect_role.c */
		return 0;
	if (e < s->text_len && t[e] == ' ')
		e++;
	if (e >= s->text_len || t[e] != ':')
		return 0;
	/* a participle: "-é", "-ée" as written */
	return !(w->end - w->start >= 2 &&
	    (unsigned char)t[w->end - 2] == 0xc3 &&
	    (unsigned char)t[w->end - 1] == 0xa9) &&
	    !(w->end - w->start >= 3 && t[w->end - 1] == 'e' &&
	    (unsigned char)t[w->end - 2] == 0xa9);
}

/*
 * names41: word j, in lower case right after "avec", "par" or a call's
 * "de" (RN_PAR), is a surname of the lists that is an ordinary word too
 * ("vu avec martin ce jour", "rdv avec moreau.", "entretien avec roux
 * lundi"): the lists' other surnames go by the lexicon's silence, these
 * only when alone there, as lower_person_cue reads the row's surname:
 * the clause ends after it, or goes on with a time or "pour", or "et"
 * and another surname or first name of the lists in lower case.  A noun
 * there has a word after it ("vu avec martin pêcheur", "avec blanc
 * d'oeuf", "avec petit appétit") or its article ("avec le médecin").
 */
static int
lower_surname_alone(const char *t, const struct detect_scratch *s, size_t j)
{
	static const char *const goes_on[] = {
		"ce", "cet", "cette", "pour", "hier", "demain", "aujourd",
		"concernant", "le", "lundi", "mardi", "mercredi", "jeudi",
		"vendredi", "samedi", "dimanche", NULL,
	};
	const struct detect_word *w = &s->words[j], *x;
	size_t e = w->end, n = w->fold_len;
	char fem[32];

	/* not a woman's first name that is a flower's or a colour's word
	 * ("rose", "violette"), nor an adjective, which has its feminine in
	 * the lexicon ("normand": "normande"; "brun", "petit"): the
	 * lexicon sweep's "Vu avec rose ce jour", "Vu avec normand ce
	 * jour" */
	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 4 ||
	    !(w->dflags & D_LAST) || (w->dflags & (D_WEAK | D_FEMALE)) ||
	    n + 1 >= sizeof(fem))
		return 0;
	memcpy(fem, wf(s, w), n);
	fem[n] = 'e';
	if (lexicon_has(fem, n + 1))
		return 0;
	if (e >= s->text_len || util_in_set(".,;:)!?\n\r", t[e]))
		return 1;
	if (t[e] != ' ' || j + 1 >= s->nwords)
		return 0;
	x = &s->words[j + 1];
	if (x->start != e + 1 || (x->flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	if (in_list(goes_on, wf(s, x), x->fold_len))
		return 1;
	/* "vu avec martin et durand" */
	if (!word_is(s, j + 1, "et") || j + 2 >= s->nwords ||
	    s->words[j + 2].start != x->end + 1)
		return 0;
	x = &s->words[j + 2];
	e = x->end;
	return !(x->flags & (W_CAP | W_UPPER | W_DIGIT)) && x->nchars >= 4 &&
	    (x->dflags & (D_FIRST | D_LAST)) && !(x->dflags & D_WEAK) &&
	    (e >= s->text_len || util_in_set(".,;:)!?\n\r", t[e]) ||
	    (t[e] == ' ' && j + 3 < s->nwords &&
	    in_list(goes_on, wf(s, &s->words[j + 3]),
	    s->words[j + 3].fold_len)));
}

static int	kin_adjective_name(const char *t,
		    const struct detect_scratch *s, size_t k);

static int
relation_name_word(const char *t, struct detect_scratch *s, size_t j,
    int how)
{
	const struct detect_word *w = &s->words[j];
	uint64_t f = w->dflags;

	if (!(how & RN_AHEAD) && notname_as_name(t, s, j))
		return 1;	/* "l'AS VU ;", "Van Hung Vu" */
	/* "chez Blanche MARTEAU,", "Ruddy PETIT-FRÈRE": a surname in
	 * capitals after a name word, an ordinary word or a bridge too */
	if ((how & RN_NAME) && !(how & RN_AHEAD) && caps_alone(t, s, j) &&
	    !(f & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE |
	    D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_CLINICAL | D_MONTH | D_PARTICLE)) && !(w->flags & W_DIGIT) &&
	    !eponym_position(t, s, j))
		return 1;
	/* "LA TUTRICE PEIO GARAT /", "PÉTRONILLE BONHEUR (": all in
	 * capitals, an ordinary word after a first name or a word no
	 * dictionary has, before a clause end */
	if ((how & RN_NAME) && !(how & RN_AHEAD) && (w->flags & W_UPPER) &&
	    j > 0 && joined(t, s, j - 1) && (s->words[j - 1].flags & W_UPPER) &&
	    caps_surname_at_end(t, s, j))
		return 1;
	if ((w->flags & W_DIGIT) || w->nchars < 2 || (f & (D_TITLE |
	    D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE |
	    D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_CLINICAL | D_SUBJVERB | D_PARTICLE)) || ((f & D_BRIDGE) &&
	    !((how & RN_PAR) && kin_adjective_name(t, s, j))) ||
	    ((f & D_EPONYM) && !(f & (D_FIRST | D_LAST))) ||
	    ((f & D_MONTH) && (!(how & RN_NAME) || !(w->flags & W_CAP) ||
	    (j + 1 < s->nwords && joined(t, s, j) &&
	    (s->words[j + 1].flags & W_DIGIT))) &&
	    !month_first_name(t, s, j, how)) ||
	    eponym_position(t, s, j) || after_saint(s, j))
		return 0;
	/* "patient SDF", "le pt BPCO": an acronym by its shape */
	if (((how & RN_PATIENT) || article_before(s, j)) &&
	    (w->flags & W_UPPER) && !(f & (D_FIRST | D_LAST)) &&
	    acronym_shape(t, s, j))
		return 0;
	if (article_acronym(s, j))
		return 0;	/* "le pharmacien de la PUI" */
	if (short_lower_abbrev(t, s, j))
		return 0;	/* "adressé par sn MT", "pt ss O2" */
	/* after a verb, a place, a body or an acronym of the keep lists is
	 * none ("rappeler Doctolib", "appel de la MGEN", "demande d'ASPA") */
	if (!(how & RN_NOUN) && !(f & (D_FIRST | D_LAST)) &&
	    (dict_keep_has(w->fhash) || ((w->flags & W_UPPER) &&
	    !beyond_latin(t + w->start) &&
	    (acronym_shape(t, s, j) || short_caps_unknown(t, s, j)))))
		return 0;
	if (!word_lexicon(t, s, j))
		return !lower_ordinary_word(t, s, j);
	/* "le patient pigeon marie a appelé", "le patient marie pigeon
	 * refuse": an ordinary word beside a first name of the lists before
	 * a person's verb (lower_first_surname; names22) */
	if (!(w->flags & (W_CAP | W_UPPER)) && (lower_first_surname(t, s, j) ||
	    (j > 0 && lower_first_surname(t, s, j - 1))))
		return 1;
	/* in lower case, not a weak one of two letters: "appel de Ibrahim
	 * si besoin" */
	if ((f & (D_FIRST | D_LAST)) && ((w->flags & (W_CAP | W_UPPER)) ||
	    ((how & (RN_NAME | RN_AHEAD)) && !((f & D_WEAK) &&
	    w->nchars <= 2))))
		return 1;
	if (how & RN_AHEAD)
		return 0;	/* looking ahead: one word */
	/* "vu avec martin ce jour", "rdv avec moreau." (names41) */
	if ((how & RN_PAR) && !(how & RN_NOUN) &&
	    lower_surname_alone(t, s, j))
		return 1;
	if ((how & RN_NOUN) && !(how & (RN_NAME | RN_PATIENT | RN_NOKIN)) &&
	    lower_first_after_kin(t, s, j))
		return 1;	/* "son fils marc malade" */
	if ((how & RN_NOUN) && !(how & (RN_NAME | RN_PATIENT)) &&
	    carer_first_before_colon(t, s, j))
		return 1;	/* "ide claire :" */
	/* "SA FILLE OLIVE PASSERA": a note in capitals */
	if ((how & RN_NOUN) && !(how & (RN_PATIENT | RN_NAME)) &&
	    caps_run_relation_name(t, s, j))
		return 1;
	/* "vu par Materne", "suivie au CMP par Rosette": capitalized where
	 * no sentence starts, right after "par", no determiner between; not
	 * "vu par Cardiologie", nor a place or a body of the keep lists,
	 * nor a unit or a carer by their ending ("adressé par
	 * Réanimation", "par Interniste": care_unit_or_agent) */
	if ((how & RN_PAR) && (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    !(f & D_INSTHEAD) &&
	    written_as_name(t, s, j) && !dict_keep_has(w->fhash) &&
	    !service_word(s, j) && !care_unit_or_agent(t, s, j) &&
	    !plural_like(s, j) &&
	    !(j + 1 < s->nwords && joined(t, s, j) &&
	    (s->words[j + 1].flags & (W_CAP | W_UPPER))))
		return 1;
	/* "par MARTEAU Ambre": a surname in capitals before a first name */
	if (caps_alone(t, s, j) && j + 1 < s->nwords && joined(t, s, j) &&
	    !hyphen_glued(t, s, j + 1) && (s->words[j + 1].flags & W_CAP) &&
	    !(s->words[j + 1].flags & W_UPPER) &&
	    (s->words[j + 1].dflags & D_FIRST) &&
	    !(s->words[j + 1].dflags & (D_NOTNAME | D_TITLE | D_EPONYM)))
		return 1;
	if ((w->flags & (W_CAP | W_UPPER)) && (in_parentheses(t, s, j) ||
	    ((how & RN_NOUN) && written_as_name(t, s, j))))
		return 1;	/* "(Materne)", "son voisin Olive" */
	/* "fils (Materne Bonheur)", "le fils, Colombe Page,": capitalized
	 * words alone in parentheses or between commas after a relation */
	if ((how & (RN_NOUN | RN_APPOS)) && (w->flags & W_CAP) &&
	    !(w->flags & W_UPPER) && !plural_like(s, j) &&
	    caps_word_name_shape(t, s, j) &&
	    ((how & RN_APPOS) || in_paren_group(t, s, j)))
		return 1;
	if (j + 1 >= s->nwords || !joined(t, s, j) ||
	    (word_taken(s, j + 1) && !is_name_span(span_of(s, j + 1))))
		return 0;
	if (is_name_span(span_of(s, j + 1)))	/* "marie-josee LEBRUN" */
		return (w->flags & (W_CAP | W_UPPER)) ||
		    (f & (D_FIRST | D_LAST));
	if (!relation_name_word(t, s, j + 1, RN_AHEAD))
		return 0;
	/* capitalized before an unknown word; a first name before a name;
	 * a name of the lists before a first name ("chauvin bernadette") */
	return ((w->flags & (W_CAP | W_UPPER)) && !word_lexicon(t, s, j + 1) &&
	    !acronym_shape(t, s, j + 1) && !plural_like(s, j)) ||
	    ((f & D_FIRST) && (!word_lexicon(t, s, j + 1) ||
	    (s->words[j + 1].dflags & (D_FIRST | D_LAST)))) ||
	    ((f & D_LAST) && (s->words[j + 1].dflags & D_FIRST) &&
	    !(s->words[j + 1].dflags & D_WEAK));
}

/* Word k follows the word before it after one space: an adjective
 * beside its noun ("son fils cadet"), not the first word of what a
 * heading introduces ("Note pharmacien : interaction Préviscan +
 * Bactrim": "interaction" is no adjective of "pharmacien"; precision16). */
static int
adjective_spaced(const char *t, const struct detect_scratch *s, size_t k)
{
	return k > 0 && s->words[k].start == s->words[k - 1].end + 1 &&
	    t[s->words[k - 1].end] == ' ';
}

/* word k, right after a relation noun, is an adjective in lower
 * case (an ordinary word no table holds: "laotienne", "cadet", "aînée")
 * before a name capitalized where no sentence starts, a word no
 * dictionary has or a name of the lists ("Épouse laotienne Bounmy ne
 * parle pas", "son fils cadet Kevin"): the name is the next word's.
 * "sa fille présente Lundi", "son fils malade Parkinson" stay (a table's
 * word, an eponym). */
static int
adjective_then_name(const char *t, struct detect_scratch *s, size_t k,
    int how)
{
	const struct detect_word *w = &s->words[k], *n;

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 4 ||
	    w->dflags != 0 || word_taken(s, k) || k + 1 >= s->nwords ||
	    !joined(t, s, k) || s->words[k + 1].start != w->end + 1 ||
	    !adjective_spaced(t, s, k) || !word_lexicon(t, s, k))
		return 0;
	n = &s->words[k + 1];
	if (!(n->flags & W_CAP) || (n->flags & W_UPPER) || word_taken(s, k + 1) ||
	    (word_lexicon(t, s, k + 1) && !((n->dflags & (D_FIRST | D_LAST)) &&
	    !(n->dflags & (D_WEAK | D_AMBIG)))))
		return 0;
	return relation_name_word(t, s, k + 1, how | RN_AHEAD);
}

/* The bridges [start, k) of a relation phrase lead to a place or a body,
 * not to a person's name at word k: "en" right after "né",
 * "née" before a place of the keep lists or a word of the lexicon ("sa
 * sœur née en Martinique", "né en Algérie": a place of birth, which no
 * label covers, like "né à Vannes"; "née en Kerouredan", a word no list
 * of places has, is a birth name written after a slip), or a lower-case article
 * before a capitalized word of the lexicon that no list of names holds
 * ("médecin de l'Éducation nationale", "assistante sociale de la
 * Mairie").  "née Kerouredan", "la kiné Le Berre" (the particle's
 * capital), "fille de la Fontaine" (a name of the lists) still go.  Out
 * of line: asked once a phrase, after its bridges, of a capitalized word
 * that no list of names holds (the caller's test). */
static __attribute__((noinline)) int
bridged_to_place(const char *t, struct detect_scratch *s, size_t start,
    size_t k)
{
	for (size_t j = start > 0 ? start : 1; j < k; j++)
		if (word_is(s, j, "en") && (word_is(s, j - 1, "nee") ||
		    word_is(s, j - 1, "ne")))
			return dict_keep_has(s->words[k].fhash) ||
			    word_lexicon(t, s, k) || demonym_has(s->words[k].fhash);
	return !(s->words[k].flags & W_UPPER) &&
	    !(s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
	    (word_is(s, k - 1, "l") || word_is(s, k - 1, "la") ||
	    word_is(s, k - 1, "du")) && word_lexicon(t, s, k);
}

/* Word k, after "en", is a name of the lists that is also an ordinary
 * word or a place (ambiguous.txt: "France", "Rose"): "son frère en
 * France" (precision16).  French writes no "en" before a person's name;
 * "en Kerouredan", a word no list has, is left to the name rules as
 * before. */
static int
place_after_en(const struct detect_scratch *s, size_t k)
{
	return (s->words[k].dflags & D_AMBIG) != 0;
}

/* Word k follows the "de" of a call, a visit or a message, right after
 * its noun ("Appel de Pigeon pour avoir des nouvelles", "visite de
 * Vigneron", "de la part de Chapelle"): the one who called, as "vu par"
 * names who saw (names20).  Not "demande de", "numéro de", "pharmacie
 * de", whose "de" leads to a thing or a place as often. */
static int
call_de(const struct detect_scratch *s, size_t k)
{
	static const char *const calls[] = {
		"appel", "appels", "visite", "visites", "message", "messages",
		"nouvelles", "tel", "telephone", "part", NULL,
	};
	static uint64_t calls_filter;	/* word_in_filtered_list */

	return k >= 2 && word_is(s, k - 1, "de") &&
	    !(s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
	    word_in_filtered_list(s, &s->words[k - 2], calls);
}

/* Where the name after the cue at word `cue` starts (its first word,
 * at or after word k) and how it was announced (RN_* in *how); 0 when no
 * name can follow there. */
/* names45: word k, a bridge of kinship ("petit", "grand", "beau",
 * "belle": "petit-fils", "beau-frère") that the lists hold as a surname,
 * written as one: capitalized mid-sentence, or in capitals in a note in
 * lower case, right after "avec", "par" or a call's "de", with no kin
 * after it ("Vu avec Petit ce jour", "vu par BEAU ce matin"; not "vu
 * avec Petit-fils", "appel de Grand Mère", "avec Petit Bateau").  In lower
 * case it stays a bridge: the lexicon sweep's "Vu avec petit ce jour" is
 * that shape. */
static int
kin_adjective_name(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const kin_adjectives[] = {
		"petit", "petite", "grand", "grande", "beau", "belle", NULL,
	};
	const struct detect_word *w = &s->words[k];
	size_t e = w->end;

	if (k == 0 || !(w->dflags & D_LAST) || (w->flags & W_DIGIT) ||
	    !(w->flags & (W_CAP | W_UPPER)) || ((w->flags & W_UPPER) &&
	    (s->words[k - 1].flags & W_UPPER)) ||
	    !in_list(kin_adjectives, wf(s, w), w->fold_len) ||
	    !(word_is(s, k - 1, "avec") || word_is(s, k - 1, "par") ||
	    call_de(s, k)) || (e < s->text_len && (t[e] == '-' ||
	    t[e] == '\'')))
		return 0;
	/* "Vu avec Petit Bateau": a capitalized word after it that is no
	 * first name makes a brand's or a place's name */
	return k + 1 >= s->nwords || !joined(t, s, k) ||
	    (!word_has(s, k + 1, D_RELATIVE | D_RELATION | D_BRIDGE) &&
	    (!(s->words[k + 1].flags & (W_CAP | W_UPPER)) ||
	    word_has(s, k + 1, D_FIRST)));
}

static int
relation_name_first(const char *t, struct detect_scratch *s, size_t k,
    size_t cue, int *howp, size_t *firstp)
{
	size_t first, start = k;
	int how = word_has(s, cue, D_RELATIVE | D_RELATION) ||
	    word_is(s, cue, "appelle") || word_is(s, cue, "nomme") ? RN_NOUN : 0;

	if (how && (word_is(s, cue, "patient") || word_is(s, cue, "patiente") ||
	    word_is(s, cue, "pt") || word_is(s, cue, "pte")))
		how |= RN_PATIENT;

	/* the cue as if right before its preposition: "par" may come a
	 * few words after its verb (par_later) */
	if (!how && start >= 2 && start > cue + 2)
		cue = start - 2;

	for (; k < s->nwords && k < cue + 8; k++) {
		if (!relation_gap(t, s, k - 1) && !(k == start &&
		    (how & RN_NOUN) && apposition(t, s, k)))
			return 0;
		if (word_taken(s, k)) {
			/* a name found already: its other words follow */
			if (is_name_span(span_of(s, k)))
				break;
			return 0;
		}
		/* "aide à domicile"; not "ses parents à Quimper" */
		if (word_is(s, k, "a") && k + 1 < s->nwords &&
		    word_is(s, k + 1, "domicile"))
			continue;
		/* "Épouse laotienne Bounmy", "son fils cadet Kevin" */
		if (k == start && (how & RN_NOUN) && adjective_then_name(t, s, k,
		    how))
			continue;
		/* names45: "Vu avec Petit ce jour": a bridge of kinship
		 * written as a name (a capital mid-sentence, or capitals in
		 * a note in lower case) right after "avec", "par" or a
		 * call's "de", before no kin, is the surname it is too */
		if (k == start && !(how & RN_NOUN) && kin_adjective_name(t, s,
		    k))
			break;
		if (!word_has(s, k, D_RELATIVE | D_RELATION | D_BRIDGE |
		    D_TITLE))
			break;
		if (word_has(s, k, D_RELATIVE | D_RELATION))
			how |= RN_NOUN;	/* "appel de sa voisine Olive" */
	}
	if (k >= s->nwords || k >= cue + 8)
		return 0;
	/* "son fils en Martinique", "patient en Guyane": French writes "en"
	 * before a country or a region ("à" before a town), never before a
	 * relative's name, even one a list holds as a surname: a word the
	 * lexicon, the keep list (the proper nouns: "Guyane", "Bretagne") or
	 * the nations know is the place, as after "née en" (bridged_to_place;
	 * an unknown word there goes on to the name rules); "voisin d'en
	 * face" bridges on to "face". */
	if (k > start && word_is(s, k - 1, "en") &&
	    (s->words[k].flags & (W_CAP | W_UPPER)) &&
	    (dict_keep_has(s->words[k].fhash) || word_lexicon(t, s, k) ||
	    demonym_has(s->words[k].fhash) || place_after_en(s, k)))
		return 0;
	/* "le patient de Roscoff": a commune no list of names holds after
	 * "patient de" is where the patient comes from (precision16) */
	if (k == start + 1 && word_is(s, k - 1, "de") && (how & RN_PATIENT) &&
	    (s->words[k].flags & W_CAP) &&
	    !(s->words[k].dflags & (D_FIRST | D_LAST)) && single_commune(s, k))
		return 0;
	if (k > start && (s->words[k].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[k].dflags & (D_FIRST | D_LAST)) &&
	    bridged_to_place(t, s, start, k))
		return 0;
	if (k == start && !(how & RN_NOUN) && k > 0 &&
	    (word_is(s, k - 1, "par") || word_is(s, k - 1, "avec") ||
	    call_de(s, k)))
		how |= RN_PAR;	/* "vu par Materne", "voir avec Rosette" */
	/* "Le fils, Materne, a appelé", "la fille, Colombe Page,": a name
	 * in apposition after a relation, between commas */
	if (k == start && (how & RN_NOUN) && apposition(t, s, k))
		how |= RN_APPOS;
	first = k;
	/* "la kiné Le Berre", "LA DIET LE BRIS": a capitalized particle
	 * before the name is the name's; so is "le"/"la" right after the
	 * preposition of a verb before a name in lower case ("msg laissé à le
	 * meur youenn": "à le" is no French; not "vu par l'EMSP") */
	if (k > cue + 1 && !word_taken(s, k) && word_has(s, k - 1, D_PARTICLE) &&
	    ((s->words[k - 1].flags & W_CAP) || ((s->words[k - 1].flags &
	    W_UPPER) && !(s->words[k - 2].flags & W_UPPER)) ||
	    (k == cue + 3 && !(how & RN_NOUN) &&
	    !(s->words[k].flags & (W_CAP | W_UPPER)))) &&
	    relation_name_word(t, s, k, how))
		first = k - 1;
	*howp = how;
	*firstp = first;
	return 1;
}

/* Word j is one capital alone or two glued, in capitals: an initial's
 * letters without a dot; at the head of initials (tables set), no word
 * of the tables either ("APPEL DE URSULET": "DE" is a particle; the "A"
 * of "SOPHIE-A" is an initial after its hyphen). */
static int
bare_capitals(const char *t, const struct detect_scratch *s, size_t j,
    int tables)
{
	const struct detect_word *w = &s->words[j];

	if (w->end - w->start < 1 || w->end - w->start > 2 || (tables &&
	    (w->dflags & (D_PARTICLE | D_BRIDGE | D_NOTNAME | D_TITLE |
	    D_RELATIVE | D_RELATION | D_UNIT | D_CLINICAL | D_MONTH |
	    D_DATECUE | D_STREET | D_TERM))))
		return 0;
	for (size_t x = w->start; x < w->end; x++)
		if (t[x] < 'A' || t[x] > 'Z')
			return 0;
	return 1;
}

/* Right after the cue, at word j, the initials of a first name written
 * without their dots ("J", "JP", "J-P", or a first name found and the
 * initial of its second half: "JEAN-P") and one space, then a surname in
 * capitals or capitalized that a list holds or no dictionary has: "vu
 * avec J-P MARTIN", "appel de JP KEROUREDAN" (review, seventeenth pass:
 * the surname went through raw; "J.-P. MARTIN" with its dots was taken).
 * The initials and the surname added (1), none (0), or -ENOMEM. */
static int
bare_initials_name(const char *t, struct detect_scratch *s, size_t j)
{
	size_t last = j, k, a = s->words[j].start;
	const struct detect_word *n;
	int r, named = word_taken(s, j);

	/* "JEAN-P MARTIN": a first name (found or not), its second half's
	 * initial */
	if (named && (!is_name_span(span_of(s, j)) ||
	    !(s->words[j].dflags & D_FIRST)))
		return 0;
	if (!named && (s->words[j].dflags & D_FIRST) &&
	    (s->words[j].flags & W_UPPER) && s->words[j].nchars >= 3)
		named = 2;
	else if (!named && !bare_capitals(t, s, j, 1))
		return 0;
	/* "J-P": two capitals alone joined by "-" */
	if ((named || s->words[j].end - s->words[j].start == 1) &&
	    j + 1 < s->nwords && t[s->words[j].end] == '-' &&
	    s->words[j + 1].start == s->words[j].end + 1 &&
	    s->words[j + 1].end - s->words[j + 1].start == 1 &&
	    bare_capitals(t, s, j + 1, 0) && !word_taken(s, j + 1)) {
		last = j + 1;
		if (named)
			a = s->words[last].start;
	} else if (named)
		return 0;
	k = last + 1;
	if (k >= s->nwords || s->words[k].start != s->words[last].end + 1 ||
	    t[s->words[last].end] != ' ' || word_taken(s, k))
		return 0;
	n = &s->words[k];
	if (!(n->flags & (W_UPPER | W_CAP)) || (n->flags & W_DIGIT) ||
	    n->nchars < 3 || (n->dflags & (D_NOTNAME | D_TITLE | D_RELATIVE |
	    D_RELATION | D_CLINICAL | D_MONTH | D_UNIT | D_STREET | D_TERM |
	    D_DATECUE | D_EPONYM)) || (n->end < s->text_len &&
	    (is_alnum_byte(t[n->end]) || t[n->end] == '-')))
		return 0;
	if (!(n->dflags & (D_FIRST | D_LAST)) && (word_lexicon(t, s, k) ||
	    dict_keep_has(n->fhash) || medical_has(n->fhash)))
		return 0;
	if (named == 2 && (r = add_span(s, s->words[j].start, s->words[j].end,
	    DETECT_NAME, -1)) < 0)
		return r;
	if ((r = add_span(s, a, s->words[last].end, DETECT_INITIAL, -1)) < 0)
		return r;
	if ((r = add_span(s, n->start, n->end, DETECT_NAME, -1)) < 0)
		return r;
	return 1;
}

/*
 * names46: word j, in lower case, is a Vietnamese family name of two
 * letters that is a word of the tables too ("vu", "do", "ho", "le"),
 * after a lower-case name from word first whose words hold a Vietnamese
 * middle name ("van", "thi": "son père van hung vu.") and before a
 * clause end: written in the order of French names, the family name
 * last.  "son fils van hung vu par le médecin", "son père van hung vu
 * hier" keep their word (a participle as often).
 */
static int
lower_viet_family(const char *t, const struct detect_scratch *s,
    size_t first, size_t j)
{
	static const char *const fam[] = {
		"vu", "vo", "do", "ho", "le", "ly", "lu", "ma", "ha", NULL,
	};
	const struct detect_word *w = &s->words[j];
	size_t e = w->end;
	int middle = 0;

	if (j <= first || w->nchars != 2 || w->end - w->start != 2 ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) || word_taken(s, j) ||
	    !joined(t, s, j - 1) || !in_list(fam, wf(s, w), w->fold_len))
		return 0;
	for (size_t q = first; q < j && !middle; q++)
		middle = !(s->words[q].flags & (W_CAP | W_UPPER)) &&
		    (word_is(s, q, "van") || word_is(s, q, "thi"));
	if (!middle)
		return 0;
	return e >= s->text_len || util_in_set(",;()\n", t[e]) ||
	    dots_end_clause(t, s->text_len, e);
}

/* The name after the relation phrase that starts at word k (its bridge
 * words first); 0 or -ENOMEM. */
static int
relation_name(const char *t, struct detect_scratch *s, size_t k, size_t cue)
{
	size_t n = 0, j, first;
	int r, how;

	if (!relation_name_first(t, s, k, cue, &how, &first))
		return 0;
	/* "IDE : paracetamol fait": a transmission, no carer's name */
	if (first == cue + 1 && role_colon_content(t, s, cue, first))
		return 0;
	/* "labo externe (Cerba)", "pompe externe Medtrum :": a thing of
	 * the closed lists, no person (listed_thing; precision24) */
	if (!word_taken(s, first) && listed_thing(t, s, first))
		return 0;
	/* "sa cousine germaine Manon Rivière": the adjective of full
	 * kinship, then the name (precision28) */
	if (first > 0 && germain_after_kin(s, first, first - 1)) {
		if (first + 1 >= s->nwords || !joined(t, s, first))
			return 0;
		first++;
	}
	/* "Vu avec JD.": initials, not a name's word */
	if ((how & RN_PAR) && (r = checked_with_initials(t, s, first)) != 0)
		return r < 0 ? r : 0;
	if ((r = bare_initials_name(t, s, first)) != 0)
		return r < 0 ? r : 0;
	for (j = first; j < s->nwords && n < MAX_NAME_WORDS; j++) {
		int named;
		size_t wide;

		if (j > first && !joined(t, s, j - 1))
			break;
		if (word_taken(s, j)) {
			if (!is_name_span(span_of(s, j)))
				break;
			n++;
			how |= RN_NAME;
			continue;
		}
		/* names46: "son père van hung vu.": a Vietnamese family
		 * name of two letters, a word of the tables ("vu", "do"),
		 * closing a lower-case name with a middle name (a particle
		 * counts no word in n: "van hung" is one) */
		if ((how & RN_NAME) && n >= 1 && j >= first + 2 &&
		    lower_viet_family(t, s, first, j)) {
			if ((r = add_span(s, s->words[j].start, s->words[j].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			n++;
			break;
		}
		/* "jocelyne saint-cyr": "Saint-" glued to a word after a
		 * word of the name */
		if ((how & RN_NAME) && (word_is(s, j, "saint") ||
		    word_is(s, j, "sainte")) && j + 1 < s->nwords &&
		    hyphen_glued(t, s, j + 1) && !word_taken(s, j + 1) &&
		    !(s->words[j + 1].flags & W_DIGIT)) {
			if ((r = add_span(s, s->words[j].start,
			    s->words[j + 1].end, DETECT_NAME, -1)) < 0)
				return r;
			j++;
			n++;
			continue;
		}
		/* "dos santos", "n'guessan", "AIT OUALI", "Van Hung" */
		if (word_has(s, j, D_PARTICLE) && j + 1 < s->nwords &&
		    joined(t, s, j) && (is_name_span(span_of(s, j + 1)) ||
		    (!word_taken(s, j + 1) && relation_name_word(t, s, j + 1,
		    how | (particle_french(s, j) ? 0 : RN_NAME))))) {
			if ((r = add_span(s, s->words[j].start, s->words[j].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			if (!particle_french(s, j))
				how |= RN_NAME;	/* "dos reis" */
			continue;
		}
		/* "Claude et Dominique Lagarde": a first name, "et", then a
		 * word of a name with a capital */
		if ((how & RN_NAME) && word_is(s, j, "et") && j > first &&
		    j + 1 < s->nwords && joined(t, s, j) &&
		    (s->words[j + 1].flags & W_CAP) && !word_taken(s, j + 1) &&
		    (s->words[j - 1].dflags & D_FIRST) &&
		    relation_name_word(t, s, j + 1, how & ~RN_NAME))
			continue;
		/* "sa fille Vu Thi Mai": a word of the tables that is also a
		 * name of the lists ("Vu"), capitalized before a name */
		if (n == 0 && j == first &&
		    (s->words[j].dflags & (D_NOTNAME | D_WEAK)) ==
		    (D_NOTNAME | D_WEAK) && (s->words[j].flags & W_CAP) &&
		    !(s->words[j].flags & W_UPPER) && j + 1 < s->nwords &&
		    joined(t, s, j) && (s->words[j + 1].flags & W_CAP) &&
		    (is_name_span(span_of(s, j + 1)) ||
		    relation_name_word(t, s, j + 1, RN_NAME | RN_AHEAD))) {
			if ((r = add_span(s, s->words[j].start, s->words[j].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			n++;
			how |= RN_NAME;
			continue;
		}
		/* "son compagnon laurent vigneron (05...", "son petit-fils
		 * rosette theophile signale": two words in lower case (before
		 * lower_first_after_kin takes the first alone) */
		/* names45: asked too where the first word is a name by
		 * itself ("sa sœur ferdinand bonheur à l'hôpital": the lists
		 * took "ferdinand" alone, "bonheur" raw), the second of
		 * kin_word_shape's (no state, adverb, participle: "son fils
		 * paul toujours", "sa fille anne enceinte"), and then only
		 * before an act or a place ("sa fille nadia chanson." stays) */
		if (n == 0 && j == first && (how & RN_NOUN) &&
		    ((named = relation_name_word(t, s, j, how | RN_NOKIN)) == 0 ||
		    (!(s->words[j].flags & (W_CAP | W_UPPER)) &&
		    j + 1 < s->nwords && kin_word_shape(t, s, j + 1))) &&
		    lower_pair(t, s, j, named)) {
			if ((r = add_span(s, s->words[j].start,
			    s->words[j + 1].end, DETECT_NAME, -1)) < 0)
				return r;
			n += 2;
			how |= RN_NAME;
			j++;
			continue;
		}
		/* names46: a particle inside the pair's surname, or a
		 * hyphenated given name ("sa sœur colombe le bris à", "sa
		 * fille rosette pierre-charles.": lower_pair_wide) */
		if (n == 0 && j == first && (how & RN_NOUN) &&
		    !(how & RN_PATIENT) && (wide = lower_pair_wide(t, s, j)) != 0) {
			if ((r = add_span(s, s->words[j].start,
			    s->words[wide].end, DETECT_NAME, -1)) < 0)
				return r;
			n += wide - j + 1;
			how |= RN_NAME;
			j = wide;
			continue;
		}
		/* "vu par Colombe VIGNERON": a first name and a surname
		 * in capitals, ordinary words both (caps_pair) */
		if (n == 0 && j == first && (s->words[j].flags & (W_CAP |
		    W_UPPER)) == W_CAP && j + 1 < s->nwords &&
		    (s->words[j + 1].flags & W_UPPER) && !(how & RN_PATIENT) &&
		    caps_pair(t, s, j)) {
			if ((r = add_span(s, s->words[j].start,
			    s->words[j + 1].end, DETECT_NAME, -1)) < 0)
				return r;
			n += 2;
			how |= RN_NAME;
			j++;
			continue;
		}
		/* "Visite de SIMON Colombe": a first name after the
		 * surname in capitals (caps_then_cap) */
		if (n == 1 && j == first + 1 && (s->words[j].flags & (W_CAP |
		    W_UPPER)) == W_CAP && (s->words[j - 1].flags & W_UPPER) &&
		    caps_then_cap(t, s, j)) {
			if ((r = add_span(s, s->words[j].start, s->words[j].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			n++;
			continue;
		}
		/* "Conjoint Rh+", "Conjoint AB+": a blood group or a
		 * result after the relative, no name */
		if (n == 0 && j == first && sign_result_word(t, s, j))
			break;
		/* "Ruddy PETIT-FRÈRE", "jocelyne saint-cyr": a word glued
		 * by a hyphen to a word of the name is the name's */
		if (!((how & RN_NAME) && j > first && hyphen_glued(t, s, j) &&
		    !(s->words[j].flags & W_DIGIT) && s->words[j].nchars >= 2) &&
		    !relation_name_word(t, s, j, how))
			break;
		if ((r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		n++;
		how = (how | RN_NAME) & ~RN_PAR;
	}
	return 0;
}

/* One or two words alone in parentheses from word k, each passing
 * is_name (the lower-case and the capitalized tests below differ only
 * there): the words become a name.  0 or -ENOMEM. */
static int
paren_name_run(const char *t, struct detect_scratch *s, size_t k,
    int (*is_name)(const char *, struct detect_scratch *, size_t))
{
	size_t m;
	int r;

	for (m = k; m < s->nwords && m < k + 2; m++) {
		if (!is_name(t, s, m))
			return 0;
		if (s->words[m].end < s->text_len && t[s->words[m].end] == ')')
			break;
		if (m + 1 >= s->nwords || !joined(t, s, m))
			return 0;
	}
	if (m >= s->nwords || m >= k + 2)
		return 0;
	r = add_span(s, s->words[k].start, s->words[m].end, DETECT_NAME, -1);
	return r < 0 ? r : 0;
}

/* Text in lower case: a word in parentheses after a relation or a role
 * is a name when it is a first name of the lists that no list calls
 * ambiguous or weak (an ordinary word too); relation_paren_later's,
 * right after the relation too ("fils unique (patrick)", "mari au mali
 * (oumar)", "ide astreinte (pauline)").  Not a word only no dictionary
 * has: a town there ("sa mere (lyon)") is as likely as a name.  "sa
 * fille (inquiete)", "maman (present)", "sa mere (ehpad)" stay. */
static int
paren_lower_word(const char *t, struct detect_scratch *s, size_t m)
{
	const struct detect_word *w = &s->words[m];

	return !((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
	    word_taken(s, m) || !relation_name_word(t, s, m, RN_NOUN) ||
	    !(w->dflags & D_FIRST) || (w->dflags & (D_AMBIG | D_WEAK |
	    D_NOTNAME | D_TERM | D_CLINICAL | D_PLACE)) ||
	    dict_keep_has(w->fhash));
}

/* Capitalized: a first name of the lists or a word no dictionary has
 * (no place or body of the keep lists, no acronym). */
static int
paren_cap_word(const char *t, struct detect_scratch *s, size_t m)
{
	const struct detect_word *w = &s->words[m];

	return !(!(w->flags & (W_CAP | W_UPPER)) || w->nchars < 3 ||
	    word_taken(s, m) || !relation_name_word(t, s, m, RN_NOUN) ||
	    dict_keep_has(w->fhash) || acronym_shape(t, s, m) ||
	    (word_lexicon(t, s, m) && !(w->dflags & D_FIRST)));
}

/* "Mari au Mali (Oumar)", "sa sœur, à Lyon (Fatou)": after a relation,
 * one to four words later in the same clause, one or two words alone in
 * parentheses, each a first name of the lists or a word no dictionary
 * has (no place or body of the keep lists, no acronym); "sa mère au
 * téléphone (Orange)", "son fils au Mali (Bamako)" stay.  0 or -ENOMEM. */
static int
relation_paren_later(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k;

	for (k = i + 1; k < s->nwords && k <= i + 5; k++) {
		size_t a = s->words[k - 1].end, b = s->words[k].start;

		if (b == a + 2 && t[a] == ' ' && t[a + 1] == '(')
			break;
		if (word_taken(s, k) || !relation_gap(t, s, k - 1) ||
		    memchr(t + a, '(', b - a) != NULL)
			return 0;
	}
	if (k >= s->nwords || k > i + 5)
		return 0;
	if (!(s->words[k].flags & (W_CAP | W_UPPER)))
		return paren_name_run(t, s, k, paren_lower_word);
	if (k == i + 1)
		return 0;
	return paren_name_run(t, s, k, paren_cap_word);
}

/* "Aya, fille de Mme Koné", "Colombe, sa fille, a appelé": a name at
 * the start of an item, a comma, then the relation (after a possessive
 * or an article) and a comma or "de": the name's words are names of the
 * lists or words no dictionary has, capitalized; "Douleurs, fille
 * inquiète", "Bien, sa fille, ok" stay.
 * 0 or -ENOMEM. */
static int
relation_apposed_before(const char *t, struct detect_scratch *s, size_t i)
{
	size_t c = i, a, e = s->words[i].end;
	int r;

	if (c > 0 && (word_is(s, c - 1, "sa") || word_is(s, c - 1, "son") ||
	    word_is(s, c - 1, "la") || word_is(s, c - 1, "le") ||
	    word_is(s, c - 1, "l")) && joined(t, s, c - 1))
		c--;
	if (c < 1 || s->words[c].start != s->words[c - 1].end + 2 ||
	    t[s->words[c - 1].end] != ',' || t[s->words[c - 1].end + 1] != ' ')
		return 0;
	if (!((e < s->text_len && t[e] == ',') || (i + 1 < s->nwords &&
	    (word_is(s, i + 1, "de") || word_is(s, i + 1, "du") ||
	    word_is(s, i + 1, "d")) && joined(t, s, i))))
		return 0;
	for (a = c - 1; ; a--) {
		const struct detect_word *w = &s->words[a];

		if (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
		    word_taken(s, a) || w->nchars < 3 || (w->dflags &
		    (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE |
		    D_BRIDGE | D_STREET | D_UNIT | D_PLACE | D_EPOHEAD |
		    D_DATECUE | D_TERM | D_CLINICAL | D_MONTH | D_PARTICLE |
		    D_EPONYM)) || dict_keep_has(w->fhash) || plural_like(s, a) ||
		    acronym_shape(t, s, a) || (word_lexicon(t, s, a) &&
		    !((w->dflags & (D_FIRST | D_LAST)) && !(w->dflags & D_WEAK))))
			return 0;
		if (a == 0 || sentence_start(t, s, a) || !joined(t, s, a - 1) ||
		    a + 2 < c)
			break;
	}
	if (a + 2 < c || !(a == 0 || sentence_start(t, s, a)))
		return 0;
	r = add_span(s, s->words[a].start, s->words[c - 1].end, DETECT_NAME, -1);
	return r < 0 ? r : 0;
}

/* Word a may be a word of a name written just before its relation:
 * capitalized, three letters or more, no word of the tables, no place,
 * no acronym, and no ordinary word unless a first or last name of the
 * lists that no list calls weak ("Kodjo", "Fatma"); two letters before a
 * hyphen ("Ti-Jean"). */
static int
name_before_word(const char *t, struct detect_scratch *s, size_t a)
{
	const struct detect_word *w = &s->words[a];

	return (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    (w->nchars >= 3 || (w->nchars == 2 && w->end < s->text_len &&
	    t[w->end] == '-')) && !word_taken(s, a) && !(w->dflags & (D_TITLE |
	    D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE | D_BRIDGE |
	    D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_CLINICAL | D_MONTH | D_PARTICLE | D_EPONYM | D_SPEECH)) &&
	    !dict_keep_has(w->fhash) && !plural_like(s, a) &&
	    !acronym_shape(t, s, a) && !eponym_position(t, s, a) &&
	    (!word_lexicon(t, s, a) || ((w->dflags & (D_FIRST | D_LAST)) &&
	    !(w->dflags & (D_WEAK | D_AMBIG))));
}

/* The first word of a compound relation ending with word i ("petite"
 * of "sa petite-fille", "belle" of "(belle-sœur)"), else i.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) size_t
compound_relation_start(const char *t, const struct detect_scratch *s,
    size_t i)
{
	if (i == 0 || s->words[i - 1].end + 1 != s->words[i].start ||
	    t[s->words[i - 1].end] != '-')
		return i;
	if (word_is(s, i - 1, "petit") || word_is(s, i - 1, "petite") ||
	    word_is(s, i - 1, "belle") || word_is(s, i - 1, "beau") ||
	    word_is(s, i - 1, "arriere") || word_is(s, i - 1, "demi"))
		return i - 1;
	return i;
}

/* Word a, in lower case, may be a word of a name before its relation:
 * a first name of the lists that is no ordinary word, or a word no
 * dictionary or table has ("oumou", "sidibé", "dupont"; not "douleur",
 * "doliprane", "ecbu"), nor a preposition ("sic, dixit son épouse": a
 * Faker surname, a preposition of hunspell-fr). */
static int
lower_name_before_word(const char *t, struct detect_scratch *s, size_t a)
{
	return !(s->words[a].dflags & (D_NOTNAME | D_RELATION | D_RELATIVE)) &&
	    (lower_sure_first(t, s, a) || lower_unknown(t, s, a)) &&
	    !prep_has(s->words[a].fhash);
}

/* The text between words a - 1 and a holds a stop (":", ",", ";", "(",
 * "."), or a is the first word or follows "et": where a lower-case item
 * may start ("m. baldé agité, oumou sa sœur rassure"). */
static int
item_start(const char *t, const struct detect_scratch *s, size_t a)
{
	if (a == 0 || word_is(s, a - 1, "et"))
		return 1;
	for (size_t p = s->words[a - 1].end; p < s->words[a].start; p++)
		if (util_in_set(":;,(.!?", t[p]))
			return 1;
	return 0;
}

/* relation_before in lower case ("dupont sa fille appellera", ":
 * rachid son mari passera", "oumou (sœur)"): one or two words
 * (lower_name_before_word) at the start of an item (item_start), the
 * relation c; "douleur sa fille inquiète", "doliprane son fils", "vu ce
 * jour karim son fils" (no stop before) stay.  0 or -ENOMEM. */
static int
relation_before_lower(const char *t, struct detect_scratch *s, size_t c)
{
	size_t a = c - 1;
	int r;

	if (!lower_name_before_word(t, s, a))
		return 0;
	if (!item_start(t, s, a) && a > 0 && joined(t, s, a - 1) &&
	    lower_name_before_word(t, s, a - 1))
		a--;
	if (!item_start(t, s, a))
		return 0;
	r = add_span(s, s->words[a].start, s->words[c - 1].end, DETECT_NAME, -1);
	return r < 0 ? r : 0;
}

/* "Kodjo (frère) au Bénin", ": Fatma sa sœur est malade", "que Ti-Jean
 * son neveu passera": a relation of the family or a role in parentheses
 * of its own, or after a possessive, right after one or two words of a
 * name (name_before_word, joined by a space or a hyphen).  The relation
 * is word i.  "Parkinson (mère)", "HTA (père)", "Lyon (fils)", "Appel
 * Orange (fils)", "Douleurs sa fille" stay.  0 or -ENOMEM. */
static int
relation_before(const char *t, struct detect_scratch *s, size_t i)
{
	size_t c, a, e = s->words[i].end;
	int r;

	i = compound_relation_start(t, s, i);
	c = i;
	/* the bytes around the relation first: most relations have
	 * neither form */
	if (!(e < s->text_len && t[e] == ')' && s->words[i].start >= 2 &&
	    t[s->words[i].start - 1] == '(' && t[s->words[i].start - 2] == ' ')) {
		if (c < 2 || s->words[c - 1].fold_len > 3 ||
		    !(word_is(s, c - 1, "sa") || word_is(s, c - 1, "son") ||
		    word_is(s, c - 1, "ses")) || !joined(t, s, c - 1))
			return 0;
		c--;
	}
	if (c < 1 || s->words[c].start != s->words[c - 1].end + 1 + (c == i))
		return 0;
	if (!(s->words[c - 1].flags & (W_CAP | W_UPPER)))
		return relation_before_lower(t, s, c);
	for (a = c - 1; ; a--) {
		if (!name_before_word(t, s, a))
			return 0;
		if (a == 0 || a + 1 < c || !joined(t, s, a - 1) ||
		    !name_before_word(t, s, a - 1))
			break;
	}
	r = add_span(s, s->words[a].start, s->words[c - 1].end, DETECT_NAME, -1);
	return r < 0 ? r : 0;
}

/* word a, the word before a name that says who speaks: "c",
 * "c'est", "cest", "ici", "suis" ("c kevin le fils de", "c'est Kevin, le
 * fils", "ici jessica la fille", "je suis Sonia l'aide à domicile"). */
static int
intro_cue(const struct detect_scratch *s, size_t a)
{
	if (a == 0)
		return 0;
	if (word_is(s, a - 1, "est"))
		return a >= 2 && word_is(s, a - 2, "c");
	return word_is(s, a - 1, "c") || word_is(s, a - 1, "cest") ||
	    word_is(s, a - 1, "ici") || word_is(s, a - 1, "suis");
}

/* Word a may be a word of the name of someone who says who they are: a
 * first name of the lists that no list calls ambiguous or weak, or a word
 * no dictionary has, in lower case (lower_name_before_word) or
 * capitalized (name_before_word); "bien", "moi", "elle" are none. */
static int
intro_word(const char *t, struct detect_scratch *s, size_t a)
{
	return (s->words[a].flags & (W_CAP | W_UPPER)) ?
	    name_before_word(t, s, a) : lower_name_before_word(t, s, a);
}

/* "c kevin le fils de mr gomez", "slt c jess l'IDE de nuit",
 * "c'est Kevin, le fils de Mme Martin": a person who says who they are
 * (an SMS or a voicemail relayed) names themself between "c'est" (and
 * intro_cue's others) and their relation or role, word i, with its
 * article ("le", "la", "l'", "ton", "ta", "votre"; a comma may stand
 * before it); one or two words.  "c'est bien le fils", "c'est moi la
 * fille", "c'est elle la mère" stay.  0 or -ENOMEM. */
static int
intro_before(const char *t, struct detect_scratch *s, size_t i)
{
	size_t c = compound_relation_start(t, s, i), a, g;
	char f0;
	int r;

	if (c < 3)
		return 0;
	/* most relations follow "sa", "son", "de", "par": one byte says so */
	f0 = wf(s, &s->words[c - 1])[0];
	if ((f0 != 'l' && f0 != 't' && f0 != 'v') || !(word_is(s, c - 1, "le") || word_is(s, c - 1, "la") ||
	    word_is(s, c - 1, "l") || word_is(s, c - 1, "ton") ||
	    word_is(s, c - 1, "ta") || word_is(s, c - 1, "votre")) ||
	    !joined(t, s, c - 1))
		return 0;
	a = c - 2;
	g = s->words[c - 1].start - s->words[a].end;
	if (!(g == 1 && t[s->words[a].end] == ' ') && !(g == 2 &&
	    t[s->words[a].end] == ',' && t[s->words[a].end + 1] == ' '))
		return 0;
	if (!intro_word(t, s, a))
		return 0;
	if (!intro_cue(s, a) && a > 1 && joined(t, s, a - 1) &&
	    intro_word(t, s, a - 1))
		a--;
	if (!intro_cue(s, a))
		return 0;
	r = add_span(s, s->words[a].start, s->words[c - 2].end, DETECT_NAME, -1);
	return r < 0 ? r : 0;
}

int
scan_relations(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *from = word_class(s, WC_RELATION, &n);
	int r;

	/* From a relation, a role or a verb that announces a person
	 * (detect_run's gate; WC_RELATION). */
	for (size_t x = 0; x < n; x++) {
		size_t i = from[x], k;

		if (minister_no_cue(t, s, i))
			continue;
		if (i >= 3 && word_has(s, i, D_RELATIVE | D_RELATION) &&
		    (r = intro_before(t, s, i)) < 0)
			return r;
		if ((k = relation_cue_end(t, s, i)) == NO_WORD ||
		    k >= s->nwords)
			continue;
		if ((r = relation_name(t, s, k, i)) < 0)
			return r;
		if (word_has(s, i, D_RELATIVE | D_RELATION) && !word_taken(s, k) &&
		    (r = relation_paren_later(t, s, i)) < 0)
			return r;
		if (word_has(s, i, D_RELATIVE | D_RELATION) &&
		    (r = relation_apposed_before(t, s, i)) < 0)
			return r;
		if (word_has(s, i, D_RELATIVE | D_RELATION) &&
		    (r = relation_before(t, s, i)) < 0)
			return r;
	}
	return 0;
}

/* Word j may be a word of the subject of a verb of speech: capitalized,
 * no word of the tables, and no ordinary word unless a name of the lists
 * ("Félicité"); "Vu" too ("Thu Trang VU signale"). */
static int
speaker_word(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	uint64_t f = w->dflags;

	if (!(w->flags & (W_CAP | W_UPPER)) || w->nchars < 2 ||
	    (w->flags & W_DIGIT))
		return 0;
	if ((f & (D_NOTNAME | D_WEAK)) == (D_NOTNAME | D_WEAK))
		return 1;
	if (short_caps_unknown(t, s, j))
		return 0;	/* "AT declare" */
	if (f & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE |
	    D_BRIDGE | D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE |
	    D_TERM | D_CLINICAL | D_SUBJVERB | D_PARTICLE | D_MONTH |
	    D_EPONYM | D_SPEECH))
		return 0;
	return !word_lexicon(t, s, j) || ((f & (D_FIRST | D_LAST)) &&
	    !(f & D_WEAK));
}

/* Word j, capitalized, right after a relation or a role and before a
 * verb of speech: "L'IDE DÉSIR SIGNALE", "SA FILLE COLOMBE DEMANDE";
 * no word of the tables, not taken ("la famille signale"). */
static int
role_speaker(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    w->nchars >= 3 && !word_taken(s, j) && joined(t, s, j - 1) &&
	    word_has(s, j - 1, D_RELATIVE | D_RELATION) && !(w->dflags &
	    (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE |
	    D_BRIDGE | D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE |
	    D_TERM | D_CLINICAL | D_SUBJVERB | D_PARTICLE | D_MONTH |
	    D_EPONYM | D_SPEECH)) && !eponym_position(t, s, j);
}

/*
 * The subject of a verb of speech, one to three capitalized words at the
 * start of a sentence or after " : " ("Appel reçu le 17/09 : Thu Trang VU
 * signale que", "GHJULIA SIGNALE QUE", "Félicité demande si"); "Le patient
 * signale", "La famille demande", "L'IDE signale", "Kardégic arrêté"
 * stay.  0 or -ENOMEM.
 */
int
scan_speakers(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a verb of speech (detect_run's gate). */
	for (size_t v = 1; v < s->nwords; v++) {
		size_t a = v, g = s->words[v].start - s->words[v - 1].end;

		/* the subject, then one or two spaces, then the verb */
		if (!word_has(s, v, D_SPEECH) || g > 2 ||
		    t[s->words[v - 1].end] != ' ' ||
		    t[s->words[v].start - 1] != ' ')
			continue;
		/* over the words of the name found already ("Thu Trang") */
		while (a > 0 && v - a < 3 && (a == v || joined(t, s, a - 1)) &&
		    (word_taken(s, a - 1) ? is_name_span(span_of(s, a - 1)) :
		    speaker_word(t, s, a - 1)))
			a--;
		/* "L'IDE DÉSIR SIGNALE QUE": after a relation or a role,
		 * an ordinary word too */
		if (a == v && v >= 2 && role_speaker(t, s, v - 1))
			a = v - 1;
		else if (a == v || !sentence_start(t, s, a))
			continue;
		for (size_t j = a; j < v; j++)
			if (!word_taken(s, j) && (r = add_span(s, s->words[j].start,
			    s->words[j].end, DETECT_NAME, -1)) < 0)
				return r;
	}
	return 0;
}
