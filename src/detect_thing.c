/* Names of the lists used bare as things (docs/scrub.md
 * "precision11"): a medical eponym with no title, no first
 * name and no cue beside it, read from the clinical context around it
 * ("Fazekas 2", "(Simpson biplan)", "Stevens-Johnson ou Lyell", "Redon :
 * 80 ml"), and a word shaped as a heading that is a compound of an
 * ordinary word ("Identitovigilance :").  Asked through eponym_position
 * (detect_name.c thing_in_context): once a word, only of a capitalized
 * word a name rule is about to take; no pass of its own.  The row's own
 * values are not kept by these rules (eponym_position_row): the
 * patient's name in such a place still goes. */
#include <stddef.h>
#include <string.h>

#include "detect.h"
#include "detect_int.h"

/* What a word before or after a bare eponym must not be: a word that
 * makes the next one a person's. */
#define PERSON_CUES	(D_TITLE | D_RELATIVE | D_RELATION | D_RELCUE | \
    D_NAMECUE | D_PARTICLE | D_SPEECH | D_SUBJVERB)

/* Word k is a name of the lists written as one: "Jean Fazekas 2",
 * "Fazekas Jean 2" are a person. */
static int
listed_cap(const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & (W_CAP | W_UPPER)) &&
	    (s->words[k].dflags & (D_FIRST | D_LAST));
}

/* Word i stands alone: capitalized, no person's cue before it, no name
 * of the lists or initial joined to it on either side. */
static int
bare_word(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    (w->dflags & PERSON_CUES))
		return 0;
	if (i > 0) {
		const struct detect_word *p = &s->words[i - 1];

		if ((p->dflags & PERSON_CUES) || (joined(t, s, i - 1) &&
		    (listed_cap(s, i - 1) || (p->nchars == 1 &&
		    !(p->flags & W_DIGIT)))))
			return 0;
	}
	return !(i + 1 < s->nwords && joined(t, s, i) && listed_cap(s, i + 1));
}

/* Units of a volume, a dose or a pressure (not an age, a time, a weight
 * or a height: "Dupont 45 ans", "Dupont 80 kg" are a person's). */
static const char *const dose_units[] = {
	"ml", "mg", "ug", "mcg", "g", "l", "dl", "cl", "cc", "ui", "mmhg",
	"cmh2o", "inhalation", "inhalations", "bouffee", "bouffees", "cp",
	"cps", "gel", "amp", "gouttes", "sachet", "sachets", NULL,
};
static uint64_t dose_units_filter;	/* word_in_filtered_list */

/* Roman numerals of a grade: I to V, a letter after ("IIIb"). */
static size_t
grade_roman(const char *p, size_t n)
{
	size_t k = 0;

	while (k < n && k < 4 && (p[k] == 'I' || p[k] == 'V'))
		k++;
	if (k > 0 && k < n && (p[k] == 'a' || p[k] == 'b' || p[k] == 'c'))
		k++;
	return k;
}

/* Word i comes right after a word of a name found (joined to it): the
 * rest of that name, whatever follows it, never a product or a graded
 * eponym ("vu avec Kerouredan Bounmy 20 1 cp", "... Bounmy 1 cp"). */
static int
rest_of_name(const char *t, const struct detect_scratch *s, size_t i)
{
	return i > 0 && joined(t, s, i - 1) && word_taken(s, i - 1) &&
	    is_name_span(span_of(s, i - 1));
}

/* After the bytes [a, e) of a grade: the end of the text, a
 * punctuation, or "-" / "+" and a letter or digit ("0-Is", "3+4"). */
static int
grade_ends(const char *t, size_t len, size_t e)
{
	if (e >= len || util_in_set(".,;:)/", t[e]))
		return 1;
	return (t[e] == '-' || t[e] == '+') && e + 1 < len &&
	    is_alnum_byte(t[e + 1]);
}

/* Word i followed by a grade or a measure: "leucopathie Fazekas 2.",
 * "(Paris 0-Is)", "Salter II", "Redon : 80 ml", "Ellipta 1
 * inhalation/j".  One digit or a Roman numeral then a punctuation (not
 * "Dupont 45 ans", "Dupont 2 rue"), or a number and a unit of a dose.
 * A first name only before a dose ("Louis XIV", "Jean-Paul II"). */
static int
eponym_grade(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end, len = s->text_len, a, k;

	/* a word right after a name found is the rest of the name ("vu
	 * avec Kerouredan Bounmy 1 cp" left Bounmy raw as a product before
	 * its dose), as posology_after says */
	if (rest_of_name(t, s, i))
		return 0;

	/* most words: a letter or a punctuation after their space */
	while (e < len && t[e] == ' ')
		e++;
	if (e >= len || (!util_is_digit(t[e]) && t[e] != ':' && t[e] != '=' &&
	    t[e] != 'I' && t[e] != 'V'))
		return 0;
	if (t[e] == ':' || t[e] == '=') {
		e++;
		while (e < len && t[e] == ' ')
			e++;
	}
	if (e >= len || e - s->words[i].end > 4)
		return 0;
	if (!util_is_digit(t[e])) {
		k = grade_roman(t + e, len - e);
		/* French sets a space before ";" ("Breslow 0,6 mm, Clark
		 * III ; reprise"): eponyms26 */
		return k > 0 && !(s->words[i].dflags & D_FIRST) &&
		    (grade_ends(t, len, e + k) || (e + k + 1 < len &&
		    t[e + k] == ' ' && t[e + k + 1] == ';'));
	}
	a = e;
	while (e < len && e - a < 5 && (util_is_digit(t[e]) ||
	    ((t[e] == ',' || t[e] == '.') && e + 1 < len &&
	    util_is_digit(t[e + 1]))))
		e++;
	if (e - a == 1 && grade_ends(t, len, e) && (e >= len || t[e] != '/'))
		return 1;
	if (e < len && t[e] == '%')
		return 1;
	if (e >= len || t[e] != ' ')
		return 0;
	k = word_at(s, e + 1);
	return k < s->nwords && s->words[k].start == e + 1 &&
	    word_in_filtered_list(s, &s->words[k], dose_units);
}

/* Words after which a number is a person's: an age, a room, a bed, a
 * phone, a weight ("(Dupont, 45 ans)", "(Martin, lit 3)"). */
static const char *const person_numbers[] = {
	"ans", "an", "mois", "lit", "ch", "chambre", "box", "tel", "port",
	"poste", "bureau", "kg", "ne", "nee", NULL,
};
static uint64_t person_numbers_filter;	/* word_in_filtered_list */

/* Is there a comma between words k - 1 and k? */
static int
comma_before(const char *t, const struct detect_scratch *s, size_t k)
{
	return memchr(t + s->words[k - 1].end, ',', s->words[k].start -
	    s->words[k - 1].end) != NULL;
}

/* Word i first in parentheses with clinical words only after it: after
 * a measure ("FEVG 60 % (Simpson biplan)"), with a number of its own
 * ("(Bruce, palier 4)") or in a list of three single words ("(Moro,
 * succion, grasping)").  Not with another capital, a person's cue, an
 * age, a room or a phone there ("(Dupont, 45 ans)", "(Martin, fils)"),
 * nor after a name or a relation ("M. Dufour (ALS)", "sa fille
 * (Martin, 4 ans)"). */
static int
eponym_in_parentheses(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *c;
	size_t b = w->start - 1, close, items = 1, lower = 0;
	int digit = 0, single = 1, measured;

	if (w->start == 0 || t[b] != '(' ||
	    (c = memchr(t + w->end, ')', s->text_len - w->end < 60 ?
	    s->text_len - w->end : 60)) == NULL)
		return 0;
	close = (size_t)(c - t);
	while (b > 0 && t[b - 1] == ' ')
		b--;
	measured = b > 0 && (util_is_digit(t[b - 1]) || t[b - 1] == '%');
	if (i > 0 && ((s->words[i - 1].dflags & PERSON_CUES) ||
	    listed_cap(s, i - 1)))
		return 0;
	for (size_t k = i + 1; k < s->nwords && s->words[k].start < close;
	    k++) {
		const struct detect_word *q = &s->words[k];

		if ((q->flags & (W_CAP | W_UPPER)) || (q->dflags & PERSON_CUES))
			return 0;
		if (q->flags & W_DIGIT) {
			digit = 1;
			continue;
		}
		if (word_in_filtered_list(s, q, person_numbers))
			return 0;
		lower++;
		if (comma_before(t, s, k))
			items++;
		else if (k > i + 1)
			single = 0;
	}
	return lower > 0 && (measured || digit || (items >= 3 && single));
}

/* Words k and k + 1 are joined by a hyphen alone, k + 1 capitalized. */
static int
hyphen_cap(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = s->words[k].end;

	return k + 1 < s->nwords && s->words[k + 1].start == e + 1 &&
	    t[e] == '-' && (s->words[k + 1].flags & W_CAP);
}

/* Word i in a chain of two or three capitalized words joined by hyphens,
 * one of them an eponym of the English medical dictionary
 * (hunspell-en-med, medical_has) or of eponyms.txt, none a first name
 * only, and the chain bare: "pas de Salter-Harris", "plutôt que
 * Stevens-Johnson", "House-Brackmann III".  "Mme Lemarchand-Viot"
 * (a title), "Jean-Pierre" (first names), "appel de Martin-Dupont" (a
 * cue before "de") are a person's. */
static int
eponym_chain(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = i, b = i;
	int medical = 0;

	while (a > 0 && i - a < 2 && hyphen_cap(t, s, a - 1) &&
	    (s->words[a - 1].flags & W_CAP))
		a--;
	while (b - a < 2 && hyphen_cap(t, s, b))
		b++;
	if (a == b)
		return 0;
	/* "Jean-Pierre", "Marie-Claire": first names */
	if (s->words[a].dflags & D_FIRST)
		return 0;
	for (size_t k = a; k <= b; k++) {
		const struct detect_word *q = &s->words[k];

		if ((q->flags & W_UPPER) || (q->dflags & PERSON_CUES))
			return 0;
		medical += (q->dflags & D_EPONYM) || medical_has(q->fhash);
	}
	if (medical == 0 || (b + 1 < s->nwords && joined(t, s, b) &&
	    listed_cap(s, b + 1)))
		return 0;
	/* "pas de Salter-Harris": "de" is a particle, the word before it
	 * decides ("appel de", "Marie de") */
	if (a >= 2 && (word_is(s, a - 1, "de") || word_is(s, a - 1, "d")) &&
	    !(s->words[a - 1].flags & (W_CAP | W_UPPER)))
		return !(s->words[a - 2].dflags & (PERSON_CUES | D_RELCUE |
		    D_RELATION | D_RELATIVE)) && !listed_cap(s, a - 2);
	/* names36: elsewhere two of the commonest French surnames
	 * (last_names.txt, D_COMMONLAST), no eponym of eponyms.txt, are a
	 * person's double name ("vu avec Durand-Martin", "service
	 * Petit-Martin", "Durand-Bernard"), though the English medical
	 * dictionary holds both ("Martin-Bell", "Bernard-Soulier",
	 * "Durand-Nicolas-Favre"); after "de" the word before decided
	 * above ("maladie de Nicolas-Favre") */
	if (b == a + 1 && word_has(s, a, D_COMMONLAST) &&
	    word_has(s, b, D_COMMONLAST) &&
	    !((s->words[a].dflags | s->words[b].dflags) & D_EPONYM))
		return 0;
	/* elsewhere every part an eponym ("que Stevens-Johnson") or a grade
	 * after ("(House-Brackmann III)"); "cabinet Guérin-Loaëc" is a
	 * nurse's name */
	if ((size_t)medical != b - a + 1 && !eponym_grade(t, s, b))
		return 0;
	if (a > 0 && ((s->words[a - 1].dflags & PERSON_CUES) ||
	    (joined(t, s, a - 1) && (listed_cap(s, a - 1) ||
	    (s->words[a - 1].nchars == 1 &&
	    !(s->words[a - 1].flags & W_DIGIT))))))
		return 0;
	return 1;
}

/* Word i after "ou" / "et" and an eponym: "Stevens-Johnson ou Lyell",
 * "Crohn ou Behçet".  Not a first name, not before a capital ("ou
 * Lyell Martin"). */
static int
eponym_coordinated(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (i < 2 || !(word_is(s, i - 1, "ou") || word_is(s, i - 1, "et")) ||
	    !joined(t, s, i - 1) || !joined(t, s, i - 2) ||
	    ((w->dflags & D_FIRST) && !(w->dflags & D_LAST)))
		return 0;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)))
		return 0;
	return (s->words[i - 2].dflags & D_EPONYM) || eponym_chain(t, s, i - 2);
}

/* A capitalized word no list has, ten letters or more, that is a
 * learned compound of an ordinary word: a head of four letters or more
 * ending in "o", then a word of the lexicon of six letters or more
 * ("Identito-vigilance", "Pharmaco-vigilance", "Hémo-vigilance").  A
 * heading, no name ("Identitovigilance :"); in lower case, a word of
 * the lexicon for word_lexicon (lexicon_variant: "signalé à
 * l'identitovigilance"). */
int
learned_compound(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = t + w->start;
	size_t n = w->end - w->start;

	if (n < 10 || (w->dflags & (D_FIRST | D_LAST)))
		return 0;
	for (size_t p = 4; p + 6 <= n; p++)
		if (f[p - 1] == 'o' && lexicon_has(f + p, n - p))
			return 1;
	return 0;
}

/* Word k has two capitals or more after its first letter and no list of
 * names holds it: an acronym written in mixed case ("DTCaP", "CeGIDD";
 * "McDonald", "DeVito" have one). */
static int
camel_word(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	size_t caps = 0;

	/* in capitals, every word has them: "PETIT-FRÈRE" */
	if ((w->flags & W_UPPER) || !(w->flags & W_CAP) ||
	    (w->dflags & (D_FIRST | D_LAST)))
		return 0;
	for (size_t x = w->start + 1; x < w->end; x++)
		caps += t[x] >= 'A' && t[x] <= 'Z';
	return caps >= 2;
}

/* Word i in a chain of hyphens with such an acronym: a vaccine or a
 * product ("DTCaP-Hib-HépB", "DTCaP-IPV"), no compound name. */
static int
camel_chain(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = i, b = i;

	while (a > 0 && i - a < 3 && s->words[a].start ==
	    s->words[a - 1].end + 1 && t[s->words[a - 1].end] == '-')
		a--;
	while (b + 1 < s->nwords && b - a < 3 && s->words[b + 1].start ==
	    s->words[b].end + 1 && t[s->words[b].end] == '-')
		b++;
	for (size_t k = a; k <= b; k++)
		if (camel_word(t, s, k))
			return 1;
	return 0;
}

/* Word i, with the capitalized word joined before or after it, after
 * "pas de" or "sans": a finding denied ("pas de Ramsay Hunt", "sans
 * Babinski"), when every word is an entry of the medical dictionary or of
 * eponyms.txt and none a first name of the lists ("pas de Martin
 * aujourd'hui" is a person). */
static int
denied_eponym(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = i, b = i;

	if (i >= 1 && joined(t, s, i - 1) && (s->words[i - 1].flags & W_CAP))
		a = i - 1;
	else if (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & W_CAP))
		b = i + 1;
	if (a < 1 || !joined(t, s, a - 1) || (s->words[a - 1].flags &
	    (W_CAP | W_UPPER)))
		return 0;
	if (!word_is(s, a - 1, "sans") && !(a >= 2 &&
	    (word_is(s, a - 1, "de") || word_is(s, a - 1, "d")) &&
	    word_is(s, a - 2, "pas") && joined(t, s, a - 2)))
		return 0;
	if (b + 1 < s->nwords && joined(t, s, b) &&
	    (s->words[b + 1].flags & (W_CAP | W_UPPER)))
		return 0;
	for (size_t k = a; k <= b; k++) {
		const struct detect_word *q = &s->words[k];

		if (!(q->flags & W_CAP) || (q->flags & W_UPPER) ||
		    (q->dflags & (D_FIRST | PERSON_CUES)) ||
		    !((q->dflags & D_EPONYM) || medical_has(q->fhash)))
			return 0;
	}
	return 1;
}

/* Heads of eponyms (eponym_heads, D_EPOHEAD) that French writes without
 * "de" before the name: "loi Claeys-Leonetti", "score Wells", "méthode
 * Mézières", "sonde Foley", "classification Paris", "rééducation
 * McKenzie". */
static const char *const bare_heads[] = {
	"loi", "methode", "technique", "score", "echelle", "classification",
	"test", "protocole", "sonde", "criteres", "stade", "regime",
	"manoeuvre", "triade", "signe", "reeducation", NULL,
};
static uint64_t bare_heads_filter;	/* word_in_filtered_list */

/* Word i, or the chain of hyphens it is in, right after one of them in
 * lower case: the thing's name.  Not a first name only, not before a
 * name of the lists ("test Jean Dupont" would be a person's). */
static int
eponym_after_bare_head(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *h;
	size_t a = i, b = i;

	while (a > 0 && i - a < 2 && hyphen_cap(t, s, a - 1))
		a--;
	while (b - a < 2 && hyphen_cap(t, s, b))
		b++;
	if (a == 0 || !joined(t, s, a - 1))
		return 0;
	h = &s->words[a - 1];
	if (!(h->dflags & D_EPOHEAD) || (h->flags & (W_CAP | W_UPPER)) ||
	    !word_in_filtered_list(s, h, bare_heads))
		return 0;
	/* a first name only when the English medical dictionary has it
	 * as a method's ("rééducation McKenzie"; "test Jean" stays) */
	if ((s->words[a].dflags & D_FIRST) && !(s->words[a].dflags & D_LAST) &&
	    !(a == b && medical_has(s->words[a].fhash)))
		return 0;
	/* after "rééducation" a surname of the lists is the physiotherapist
	 * who gives it ("rééducation Lebrun 2x/sem") unless an eponym or
	 * the English medical dictionary names a method so ("rééducation
	 * McKenzie", "Bobath", "Perfetti") */
	if (a == b && (s->words[a].dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[a].dflags & D_EPONYM) && lit_is("reeducation",
	    wf(s, h), h->fold_len) && h->fold_len == 11 &&
	    !medical_has(s->words[a].fhash))
		return 0;
	return !(b + 1 < s->nwords && joined(t, s, b) && listed_cap(s, b + 1));
}

/* Scores, scales and classifications named after people, that a note
 * writes with their value or their stage ("Barthel 35", "Karnofsky 80
 * %", "stade II Ann Arbor", "selon Lauge-Hansen"), folded, the first
 * word of a compound.  From domain knowledge (geriatrics, oncology,
 * anaesthesia, orthopaedics, neurology; no such list is on the machine:
 * Debian's hunspell-en-med holds 25 of them among its first and last
 * names, "Ann", "Lee", "Denis"), docs/scrub.md "Precision, eighteenth
 * pass".  Left out: those that are common first names or French
 * surnames ("Fontaine", "Hamilton", "Wells", "Beck", "Clark", "Fisher":
 * the stage or the value is all that tells them from a person). */
static const char *const score_eponyms[] = {
	/* dependence, falls, pressure sores, cognition */
	"barthel", "katz", "lawton", "tinetti", "braden", "norton",
	"waterlow", "folstein", "karnofsky", "rankin", "charlson", "hoehn",
	/* obstetrics, anaesthesia, sleep, addiction */
	"apgar", "bishop", "silverman", "mallampati", "cormack", "aldrete",
	"ramsay", "epworth", "fagerstrom", "caprini",
	/* oncology, cardiology, digestive, urology */
	"gleason", "breslow", "killip", "ranson", "balthazar", "bosniak",
	"hinchey", "forrest", "wexner", "child", "durie", "binet", "dukes",
	"astler", "masaoka", "scarff", "fazekas",
	/* orthopaedics, trauma */
	"lauge", "danis", "salter", "gustilo", "schatzker", "frykman",
	"gartland", "neer", "tossy", "kellgren", "outerbridge", "ficat",
	"pauwels", "spetzler", "hunt", NULL,
};
static uint64_t score_eponyms_filter;	/* word_in_filtered_list */

static size_t number_end(const char *t, size_t len, size_t e);

/* The hashes of score_eponyms and of "ann", "arbor" as a filter of 1024
 * bits (a word whose bit is clear is none of them): most capitalized
 * words before a number or after a capital are asked nothing more.
 * Built once with the dictionary (dict_init), read-only afterwards. */
static uint64_t score_filter[16];

static void
score_filter_add(const char *w)
{
	uint64_t h = hash(w, strlen(w));

	score_filter[h >> 60] |= (uint64_t)1 << ((h >> 54) & 63);
}

static void named_thing_init(void);

void
score_eponym_init(void)
{
	for (size_t k = 0; score_eponyms[k] != NULL; k++)
		score_filter_add(score_eponyms[k]);
	score_filter_add("ann");
	score_filter_add("arbor");
	named_thing_init();
}

static inline int
score_filter_has(uint64_t h)
{
	return score_filter[h >> 60] >> ((h >> 54) & 63) & 1;
}

/* Heads before a stage and a score eponym: "stade II Ann Arbor", "grade
 * 3 Fazekas". */
static const char *const stage_heads[] = {
	"stade", "grade", "classe", "type", NULL,
};
static uint64_t stage_heads_filter;	/* word_in_filtered_list */

/* Word k is a stage: a number of one or two digits, or a Roman numeral
 * of I to V with a substage's letter ("IIB", "IVa"). */
static int
stage_word(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	size_t n = w->end - w->start, r;

	if (w->flags & W_DIGIT)
		return n <= 2 && util_is_digit(t[w->start]) &&
		    (n == 1 || util_is_digit(t[w->start + 1]));
	r = grade_roman(t + w->start, n);
	if (r < n && r > 0 && util_in_set("ABCES", t[w->start + r]))
		r++;
	return r > 0 && r == n;
}

/* After word b: a score's value (one to three digits, a decimal, then
 * "/N", "%", a punctuation or the end; not an age, a room, a weight:
 * "Barthel 35 ans") or a stage (eponym_grade's Roman numerals). */
static int
score_value_after(const char *t, const struct detect_scratch *s, size_t b)
{
	size_t e = s->words[b].end, len = s->text_len, a, k;

	while (e < len && e < s->words[b].end + 2 && t[e] == ' ')
		e++;
	if (e < len && (t[e] == ':' || t[e] == '=')) {
		e++;
		while (e < len && t[e] == ' ')
			e++;
	}
	if (e >= len || e - s->words[b].end > 4)
		return 0;
	if (!util_is_digit(t[e])) {
		/* "Ann Arbor IIB", "Salter II," */
		k = word_at(s, e);
		return (t[e] == 'I' || t[e] == 'V') && k < s->nwords &&
		    s->words[k].start == e && stage_word(t, s, k) &&
		    grade_ends(t, len, s->words[k].end);
	}
	a = e;
	e = number_end(t, len, e);
	if (e - a > 4)
		return 0;
	if (e >= len || t[e] == '/' || t[e] == '%' || util_in_set(".,;:)",
	    t[e]))
		return 1;
	if (t[e] != ' ')
		return 0;
	while (e < len && t[e] == ' ')
		e++;
	if (e >= len || t[e] == '%' || t[e] == '/' || t[e] == '(')
		return 1;
	k = word_at(s, e);
	/* a lower-case word that makes no person of the word before:
	 * not an age, a room, a weight, a street, a verb ("Barthel 35 a
	 * appelé") */
	return k < s->nwords && s->words[k].start == e &&
	    !(s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    !(s->words[k].dflags & (PERSON_CUES | D_STREET | D_UNIT)) &&
	    !word_in_filtered_list(s, &s->words[k], person_numbers) && !word_in_filtered_list(s, &s->words[k], dose_units);
}

/* Words after which a word is a person's, whatever its value after:
 * "vu avec Barthel 35", "appel de Barthel 3", "Vu par : Rankin 2". */
static const char *const person_links[] = {
	"avec", "par", "chez", "pour", "de", "du", "d", "a", "au", "selon",
	"appel", "vers", "contre", "et", "ou", NULL,
};
static uint64_t person_links_filter;	/* word_in_filtered_list */

/* Word a opens a clause: after a punctuation (a comma, a colon, a dot,
 * a parenthesis, a dash), not joined to the word before, and that word
 * no cue of a person unless a sentence ends between them ("Dr Martin
 * vu. Barthel 35"; never after a title, a relative or a relation:
 * "Dr. Barthel 35", "ép. Barthel 35", "sa fille : Barthel 35"). */
static int
score_boundary(const char *t, const struct detect_scratch *s, size_t a)
{
	const struct detect_word *p = &s->words[a - 1];
	size_t n = s->words[a].start - p->end;
	int sentence = 0, clause = 0;

	if (joined(t, s, a - 1))
		return 0;
	for (size_t k = p->end; k < p->end + n; k++) {
		sentence |= t[k] == '.' || t[k] == ';' || t[k] == '!' ||
		    t[k] == '?';
		clause |= util_in_set(".,;:!?()-/", t[k]);
	}
	if (!clause || (p->dflags & (D_TITLE | D_RELATIVE | D_RELATION)))
		return 0;
	return sentence || (!(p->dflags & PERSON_CUES) &&
	    !word_in_filtered_list(s, p, person_links));
}

/* Word i is (a word of) a score eponym where its value or its stage
 * says it is one: "Barthel 35", "Rankin 3", "stade II Ann Arbor",
 * "Ann Arbor IIB", "selon Lauge-Hansen" (a compound only after
 * "selon": "selon Barthel" may be a carer's word).  No title, cue or
 * name of the lists beside it ("Mme Barthel 35 ans", "Marie Barthel
 * 35", "vu avec Barthel 3") and no first name but "Ann" of "Ann Arbor";
 * the row's own values are not kept by it (eponym_position_row). */
static int
score_eponym(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *h;
	size_t a = i, b = i;
	int pair = 0;

	/* most words: none of the list, no capital joined before by a
	 * hyphen ("Lauge-Hansen" is asked of "Hansen" too) */
	if (!score_filter_has(s->words[i].fhash) && (i == 0 ||
	    !hyphen_cap(t, s, i - 1)))
		return 0;
	while (a > 0 && i - a < 2 && hyphen_cap(t, s, a - 1))
		a--;
	while (b - a < 2 && hyphen_cap(t, s, b))
		b++;
	if (a == b && word_is(s, i, "arbor") && i > 0 && joined(t, s, i - 1) &&
	    word_is(s, i - 1, "ann"))
		a = i - 1, pair = 1;
	else if (a == b && word_is(s, i, "ann") && i + 1 < s->nwords &&
	    joined(t, s, i) && word_is(s, i + 1, "arbor"))
		b = i + 1, pair = 1;
	h = &s->words[a];
	if (!(h->flags & W_CAP) || (h->flags & W_UPPER) || (!pair &&
	    ((h->dflags & D_FIRST) || !word_in_filtered_list(s, h, score_eponyms))))
		return 0;
	if (b + 1 < s->nwords && joined(t, s, b) && listed_cap(s, b + 1))
		return 0;
	if (a > 0 && word_is(s, a - 1, "selon") && b > a)
		return 1;
	if (a >= 2 && joined(t, s, a - 1) && joined(t, s, a - 2) &&
	    stage_word(t, s, a - 1) && word_in_filtered_list(s, &s->words[a - 2], stage_heads))
		return 1;
	if (a > 0 && !score_boundary(t, s, a))
		return 0;
	return score_value_after(t, s, b);
}

/*
 * Programmes of care or of study and networks of medical laboratories
 * named like people or written where a person would be (eponyms26):
 * "programme PRADO", "PRADO maternité" (the Assurance Maladie's return
 * home after a stay; "Prado" is a Faker surname), "en Erasmus",
 * "étudiante Erasmus" (the EU's exchange programme; a Faker surname),
 * "programme Sophia" (the Assurance Maladie's programme for chronic
 * illness; a given name), "infirmière Asalée" (the cooperation protocol
 * of general practice); "chez Biogroup", "à Eurofins", "laboratoire
 * Cerba" (the private laboratory networks of France, in no list of
 * names).  Closed lists, each word kept only where its context says
 * what it is (programme_context, lab_network); a name of the lists
 * joined after it makes it a person's again ("programme Sophia Martin").
 */
static const char *const named_programmes[] = {
	"prado", "erasmus", "sophia", "asalee", NULL,
};
static uint64_t named_programmes_filter;	/* word_in_filtered_list */

/* The words a programme's name follows: its kind, the stay it is for,
 * "en" ("en Erasmus", "sortie en PRADO"), English "on" ("on
 * Erasmus").  The first six alone before a given name ("programme
 * Sophia"; "visite Sophia" is a visit to someone). */
static const char *const programme_heads[] = {
	"programme", "programmes", "dispositif", "protocole", "service",
	"plateforme", "projet", "echange", "sejour", "stage", "semestre",
	"annee", "bourse", "visite", "en", "on", NULL,
};
enum { PROGRAMME_HEADS_STRICT = 6 };

/* Who is in a programme or works for it ("étudiante Erasmus", "interne
 * Erasmus", "sage-femme PRADO", "conseillère PRADO"): a person's role,
 * so only Erasmus and a programme written in capitals, never a given
 * name ("l'interne Sophia" is a person) nor before a verb.  The
 * programmes' own members, not every carer and staff of the role table
 * (roles26 read them there: "cardiologue PRADO", "cadre PRADO",
 * "chirurgien Erasmus" kept a surname main hid, and no hand set holds
 * such a programme; review25). */
static const char *const programme_members[] = {
	"etudiant", "etudiante", "etudiants", "etudiantes", "interne",
	"internes", "externe", "femme", "infirmier", "infirmiere", "ide",
	"conseiller", "conseillere", NULL,
};
static uint64_t programme_members_filter;	/* word_in_filtered_list */

/* What PRADO's branches are called after it ("PRADO maternité"). */
static const char *const programme_branches[] = {
	"maternite", "chirurgie", "orthopedie", "insuffisance", "bpco",
	"ic", "avc", "sortie", "personnes", "accouchement", NULL,
};
static uint64_t programme_branches_filter;	/* word_in_filtered_list */

/* The networks of private medical laboratories of France (the groups
 * and their brands), which no list of names holds. */
static const char *const lab_networks[] = {
	"cerba", "biogroup", "eurofins", "synlab", "inovie", "unilabs",
	"biomnis", "cerballiance", "bioclinic", "novescia", "laborizon",
	"oriade", "bioavenir", "biolam", NULL,
};
static uint64_t lab_networks_filter;	/* word_in_filtered_list */

/* precision27: the hospitals, psychiatric hospitals and cancer centres of
 * France named after a person, written as French typography writes a
 * place named so, a given name and a surname joined by a hyphen
 * ("suivi à Henri-Mondor", "transféré à Robert-Debré", "Hôpital Necker,
 * Robert-Debré, Trousseau"): the name of the institution alone, which
 * the notes use as the place of care it is (AP-HP's and the CHUs' sites,
 * the CHS, the centres of the Unicancer network, overseas CHUs).  A
 * person is written with a space ("Robert Debré"), after a title ("M.
 * Robert-Debré"), or with a surname of his own, which no entry here is
 * (a closed list: "Henri-Pigeon" is no institution).  Folded pairs, the
 * given name then the surname; three-part names are left out. */
static const char *const person_hospitals[][2] = {
	{ "robert", "debre" }, { "henri", "mondor" }, { "georges", "pompidou" },
	{ "ambroise", "pare" }, { "antoine", "beclere" },
	{ "louis", "mourier" },
	{ "jean", "verdier" }, { "paul", "brousse" }, { "raymond", "poincare" },
	{ "charles", "foix" }, { "albert", "chenevier" }, { "emile", "roux" },
	{ "rene", "muret" }, { "corentin", "celton" }, { "fernand", "widal" },
	{ "georges", "clemenceau" }, { "paul", "doumer" },
	{ "adelaide", "hautval" }, { "edouard", "herriot" },
	{ "louis", "pradel" }, { "pierre", "wertheimer" },
	{ "henry", "gabrielle" }, { "roger", "salengro" },
	{ "claude", "huriez" }, { "albert", "calmette" },
	{ "xavier", "arnozan" }, { "charles", "perrens" },
	{ "guillaume", "regnier" }, { "albert", "michallon" },
	{ "jean", "minjoz" }, { "gabriel", "montpied" },
	{ "charles", "nicolle" },
	{ "paul", "guiraud" }, { "philippe", "pinel" },
	{ "gerard", "marchant" },
	{ "edouard", "toulouse" }, { "gustave", "roussy" },
	{ "leon", "berard" }, { "oscar", "lambret" }, { "paul", "strauss" },
	{ "eugene", "marquis" }, { "henri", "becquerel" },
	{ "francois", "baclesse" }, { "jean", "perrin" }, { "paul", "papin" },
	{ "antoine", "lacassagne" }, { "alexis", "vautrin" },
	{ "jean", "godinot" }, { "claudius", "regaud" },
	{ "rene", "gauducheau" },
	{ "emile", "muller" }, { "jacques", "monod" }, { "gaston", "bourret" },
	{ "felix", "guyon" }, { "andre", "rosemon" }, { "louis", "domergue" },
	{ "robert", "picque" }, { "francois", "mitterrand" },
};
enum { N_PERSON_HOSPITALS = sizeof person_hospitals /
    sizeof person_hospitals[0] };
static uint64_t person_hospitals_hash[N_PERSON_HOSPITALS][2];

/* The hashes of the two lists of names above, as score_filter (built with the
 * dictionary, read-only afterwards): most capitalized words stop at one
 * bit. */
static uint64_t named_filter[16];

/* Hash h may be a word of the lists above: one bit, asked before the
 * call (bare_thing, listed_thing), as most words stop there. */
static inline int
named_filter_has(uint64_t h)
{
	return (named_filter[h >> 60] >> ((h >> 54) & 63)) & 1;
}

static void
named_filter_add(const char *const *list)
{
	for (size_t k = 0; list[k] != NULL; k++) {
		uint64_t h = hash(list[k], strlen(list[k]));

		named_filter[h >> 60] |= (uint64_t)1 << ((h >> 54) & 63);
	}
}

static void
named_thing_init(void)
{
	named_filter_add(named_programmes);
	named_filter_add(lab_networks);
	for (size_t k = 0; k < N_PERSON_HOSPITALS; k++)
		for (int j = 0; j < 2; j++) {
			const char *w = person_hospitals[k][j];

			person_hospitals_hash[k][j] = hash(w, strlen(w));
		}
}

/* precision27: word i is a part of a hospital's name of person_hospitals,
 * its two parts capitalized and joined by a hyphen and by nothing else
 * ("à Henri-Mondor,", not "Jean-Henri-Mondor" nor "Henri-Mondor-Martin"),
 * no title, relative, relation or capitalized word before it, no
 * capitalized word after it ("Robert-Debré Marie" is a person's double
 * name).  No entry is a compound given name ("Jean-Bernard", Poitiers'
 * CHU, is left out: "Dupont Jean-Bernard" is a person). */
static int
person_hospital(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *a, *b;
	size_t f = i;
	uint64_t h0, h1;

	if (i > 0 && s->words[i - 1].end + 1 == s->words[i].start &&
	    t[s->words[i - 1].end] == '-')
		f = i - 1;
	if (f + 1 >= s->nwords)
		return 0;
	a = &s->words[f];
	b = &s->words[f + 1];
	if (a->end + 1 != b->start || t[a->end] != '-' ||
	    (a->flags & (W_CAP | W_UPPER | W_DIGIT)) != W_CAP ||
	    (b->flags & (W_CAP | W_UPPER | W_DIGIT)) != W_CAP)
		return 0;
	h0 = a->fhash;
	h1 = b->fhash;
	for (size_t k = 0; k < N_PERSON_HOSPITALS; k++) {
		if (person_hospitals_hash[k][0] != h0 ||
		    person_hospitals_hash[k][1] != h1)
			continue;
		/* a third part, before or after */
		if ((f > 0 && s->words[f - 1].end + 1 == a->start &&
		    t[s->words[f - 1].end] == '-') || (b->end < s->text_len &&
		    t[b->end] == '-'))
			return 0;
		/* a title, a relative, a relation, or a capitalized word
		 * joined before it (an initial, a surname before given
		 * names: "Pigeon Robert-Debré"), but a care place's head
		 * ("CHU Robert-Debré") */
		if (f > 0 && ((s->words[f - 1].dflags & (D_TITLE |
		    D_RELATIVE | D_RELATION)) || (joined(t, s, f - 1) &&
		    (s->words[f - 1].flags & (W_CAP | W_UPPER)) &&
		    !word_has(s, f - 1, D_INSTHEAD))))
			return 0;
		return !(f + 2 < s->nwords && joined(t, s, f + 1) &&
		    (s->words[f + 2].flags & (W_CAP | W_UPPER)) &&
		    !(s->words[f + 2].flags & W_DIGIT));
	}
	return 0;
}

/* Word i, of named_programmes or lab_networks, is a programme no given
 * name spells (Erasmus, or one written in capitals: "PRADO") or a
 * laboratory network. */
static int
named_no_given(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (word_in_filtered_list(s, w, lab_networks))
		return 1;
	return word_in_filtered_list(s, w, named_programmes) &&
	    !(w->dflags & D_FIRST) && (word_is(s, i, "erasmus") ||
	    (w->flags & W_UPPER));
}

/* precision24: word i, named_no_given, is a note's heading: it starts
 * the note, a line or a sentence, and a colon follows it ("Erasmus : M.
 * Kelly", "PRADO : Mme Rigaud", "Cerba : électrophorèse").  The heading
 * rules read a surname there ("Dupont : chute"); a given name of the
 * lists ("Sophia :") and a title before ("Mme Prado :") still make it a
 * person's. */
static int
named_heading(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end;

	if (!named_no_given(s, i) || !sentence_start(t, s, i) ||
	    (i > 0 && (s->words[i - 1].dflags & (D_TITLE | D_RELATIVE |
	    D_RELATION)) && joined(t, s, i - 1)))
		return 0;
	while (e < s->text_len && e < s->words[i].end + 2 && t[e] == ' ')
		e++;
	return e < s->text_len && t[e] == ':' &&
	    !(e + 1 < s->text_len && util_is_digit(t[e + 1]));
}

/* precision24: word i, a programme of named_no_given, after a member's
 * role joined to it ("l'interne Erasmus :", "étudiante Erasmus",
 * "Sage-femme PRADO :"), with no verb after it ("l'étudiante Prado a
 * appelé" is a person).  "femme" only as "sage-femme": "sa femme PRADO"
 * is a wife. */
static int
programme_member(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;

	if (i == 0 || !word_in_filtered_list(s, w, named_programmes) ||
	    !named_no_given(s, i) || !joined(t, s, i - 1))
		return 0;
	p = &s->words[i - 1];
	if ((p->flags & (W_UPPER | W_DIGIT)) || (i + 1 < s->nwords &&
	    (s->words[i + 1].dflags & D_SUBJVERB)) ||
	    !word_in_filtered_list(s, p, programme_members))
		return 0;
	return !word_is(s, i - 1, "femme") || (i >= 2 && p->start >= 1 &&
	    t[p->start - 1] == '-' && s->words[i - 2].end + 1 == p->start &&
	    word_is(s, i - 2, "sage"));
}

static int
named_thing(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;
	uint64_t h = w->fhash;

	if (!named_filter_has(h) || (w->flags & W_DIGIT))
		return 0;
	if (i + 1 < s->nwords && joined(t, s, i) && listed_cap(s, i + 1))
		return 0;
	/* "PRADO maternité", at the start of a line too */
	if (word_is(s, i, "prado") && i + 1 < s->nwords && joined(t, s, i) &&
	    word_in_filtered_list(s, &s->words[i + 1], programme_branches) && (i == 0 ||
	    !(s->words[i - 1].dflags & (D_TITLE | D_RELATIVE | D_RELATION))))
		return 1;
	if (named_heading(t, s, i))
		return 1;
	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	/* after a member, Erasmus (a surname only of the Faker lists) or
	 * PRADO in capitals: asked before the relatives' test below, as
	 * "interne", "externe" and "femme" are relatives ("l'interne
	 * Erasmus :", "Sage-femme PRADO :" were taken at c506a12) */
	if (programme_member(t, s, i))
		return 1;
	/* a laboratory after the adjective of a noun, no carer ("labo
	 * externe (Cerba)": role_adjective; "externe" is a relative) */
	if (word_in_filtered_list(s, w, lab_networks) &&
	    role_adjective(t, s, i - 1))
		return 1;
	/* a title or a relative right before, or a first name or an
	 * initial joined: a person ("Mme Prado", "M. Cerba", "Lucia
	 * Prado") */
	if ((p->dflags & (D_TITLE | D_RELATIVE)) || (joined(t, s, i - 1) &&
	    (listed_cap(s, i - 1) || p->nchars == 1)))
		return 0;
	if (word_in_filtered_list(s, w, lab_networks))
		return !(p->dflags & D_RELATION);
	if (!word_in_filtered_list(s, w, named_programmes) ||
	    !joined(t, s, i - 1) || (p->flags & (W_UPPER | W_DIGIT)))
		return 0;
	for (size_t k = 0; programme_heads[k] != NULL; k++)
		if ((k < PROGRAMME_HEADS_STRICT || !(w->dflags & D_FIRST)) &&
		    word_is_str(s, i - 1, programme_heads[k]))
			return 1;
	return 0;
}

/* Participles of a treatment changed, which no person is: the word
 * before them, a capitalized word no list of names holds, is a drug
 * ("Spéciafoldine arrêtée", "Xeplion débuté", "Kardegic suspendu").  Not
 * "repris" nor "diminué": a patient is "repris au bloc", "diminué". */
static const char *const treatment_participles[] = {
	"arrete", "arretee", "arretes", "arretees", "debute", "debutee",
	"debutes", "debutees", "majore", "majoree", "majores", "majorees",
	"suspendu", "suspendue", "suspendus", "suspendues", "introduit",
	"introduite", "introduits", "introduites", "stoppe", "stoppee",
	"relaye", "relayee", "augmente", "augmentee", "switche", "switchee",
	NULL,
};
static uint64_t treatment_participles_filter;	/* word_in_filtered_list */

static int
drug_before_participle(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *v;

	if ((w->dflags & (D_FIRST | D_LAST)) || i + 1 >= s->nwords ||
	    !joined(t, s, i))
		return 0;
	v = &s->words[i + 1];
	return !(v->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    v->fold_len >= 6 && v->fold_len <= 11 &&
	    word_in_filtered_list(s, v, treatment_participles);
}

/* Operations a surgeon's name says alone, as notes write them
 * ("Hartmann en urgence", "Whipple prévu", "Bricker réalisé"): those of
 * eponyms26's act_eponyms (detect_name.c: "bentall", "bricker",
 * "latarjet", "jatene", "senning", "finsterer") and the operations of
 * the English medical dictionary eponyms26 named (Hartmann, Whipple,
 * Billroth, Nissen, Fontan, Kapandji, Lichtenstein); not "Miles",
 * "Gilliam" nor "Kocher" (a first name, a manoeuvre). */
static const char *const operation_eponyms[] = {
	"hartmann", "whipple", "billroth", "nissen", "fontan", "kapandji",
	"lichtenstein", "bentall", "bricker", "latarjet", "jatene",
	"senning", "finsterer", NULL,
};
static uint64_t operation_eponyms_filter;	/* word_in_filtered_list */

/* After the operation's name: what a note says of an operation and of
 * no person, its time or its having been done ("prévu", "réalisé",
 * "programmé", "en urgence", "sous cœlioscopie"). */
static const char *const operation_states[] = {
	"prevu", "prevue", "realise", "realisee", "programme", "programmee",
	"envisage", "envisagee", "indique", "indiquee", "pratique",
	"pratiquee", "effectue", "effectuee", "propose", "proposee",
	"differe", "differee", "converti", "convertie", NULL,
};
static uint64_t operation_states_filter;	/* word_in_filtered_list */

/* Word i, an operation of operation_eponyms, used as the operation
 * (precision25): right before one of operation_states, or before "en
 * urgence", "sous cœlio(scopie)"; not after a title, a relative's or a
 * role's word ("Dr Hartmann prévu", "sa fille Whipple prévue": the title
 * and relative rules take the word after them first anyway) nor after
 * what names a person doing or receiving ("vu par Hartmann en urgence",
 * "avec", "chez", "pour", "à").  A surname
 * no such list holds stays one: "Pigeon prévu", "Vigneron en urgence"
 * (the lists are closed). */
static int
operation_eponym_bare(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *v;

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) || i + 1 >= s->nwords ||
	    !joined(t, s, i) || w->fold_len < 6 || w->fold_len > 12 ||
	    !word_in_filtered_list(s, w, operation_eponyms))
		return 0;
	if (i > 0 && ((s->words[i - 1].dflags & (D_TITLE | D_RELATIVE |
	    D_ROLE)) || word_is(s, i - 1, "par") || word_is(s, i - 1, "avec") ||
	    word_is(s, i - 1, "chez") || word_is(s, i - 1, "pour") ||
	    word_is(s, i - 1, "a")))
		return 0;	/* "vu par Hartmann en urgence": the surgeon */
	v = &s->words[i + 1];
	if (v->flags & (W_CAP | W_UPPER | W_DIGIT))
		return 0;
	if (word_in_filtered_list(s, v, operation_states))
		return 1;
	if (i + 2 >= s->nwords || !joined(t, s, i + 1))
		return 0;
	return (word_is(s, i + 1, "en") && word_is(s, i + 2, "urgence")) ||
	    (word_is(s, i + 1, "sous") && (word_is(s, i + 2, "coelio") ||
	    word_is(s, i + 2, "coelioscopie") ||
	    word_is(s, i + 2, "laparoscopie")));
}

/* The nouns of a device or a vehicle, which a note writes right before
 * its maker and model ("stimulateur Abbott Assurity MRI", "TAVI Edwards
 * Sapien 3", "couverture chauffante Bair Hugger", "voiture Renault
 * Mégane grise": precision23).  D_DEVICE in the dictionary, W_DEVICE on
 * the word. */
const char *const device_nouns[] = {
	"stimulateur", "stimulateurs", "neurostimulateur", "pacemaker",
	"pacemakers", "pm", "defibrillateur", "dai", "valve", "valves",
	"bioprothese", "tavi", "pompe", "pompes", "capteur", "capteurs",
	"glucometre", "lecteur", "prothese", "protheses", "implant",
	"implants", "couverture", "matelas", "concentrateur", "respirateur",
	"ventilateur", "appareil", "appareils", "fauteuil", "voiture",
	"vehicule", "moto", "scooter", NULL,
};

/* Makers of implanted and home devices that a list of names holds or
 * might ("Abbott", "Edwards", "Philips"), and of vehicles
 * (detect_num.c detect_car_makes: "Renault", "Ford"), asked only right
 * after a device's noun (device_maker_at). */
static const char *const device_makers[] = {
	"abbott", "biotronik", "medtronic", "boston", "sorin", "microport",
	"livanova", "edwards", "medtrum", "dexcom", "insulet", "tandem",
	"ypsomed", "resmed", "philips", "lowenstein", "stryker", "zimmer",
	"roche", NULL,
};
static uint64_t device_makers_filter;	/* word_in_filtered_list */

/* Word k (the first capitalized word of a product) comes right after a
 * device's noun: joined to it, or after " (" ("PM (Biotronik Edora"),
 * with at most one lower-case word between, an adjective of five letters
 * or more that is no particle, cue or relation ("couverture chauffante",
 * "pompe externe"): "voiture de Vigneron" has "de", a person's cue. */
static int
device_noun_before(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t p;

	if (k == 0)
		return 0;
	p = k - 1;
	if (!joined(t, s, p) && !(s->words[k].start >= 2 &&
	    t[s->words[k].start - 1] == '(' && (s->words[p].end ==
	    s->words[k].start - 1 || (s->words[p].end + 2 ==
	    s->words[k].start && t[s->words[p].end] == ' '))))
		return 0;
	if (s->words[p].flags & W_DEVICE)
		return 1;
	/* "pompe externe Medtrum": "externe" after the noun is its
	 * adjective, no carer (precision24; role_adjective) */
	if (p == 0 || (s->words[p].flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    s->words[p].fold_len < 5 || ((s->words[p].dflags & (D_PARTICLE |
	    D_RELCUE | D_RELATION | D_BRIDGE | D_TITLE | D_RELATIVE |
	    D_NAMECUE)) && !word_is(s, p, "externe") &&
	    !word_is(s, p, "interne")) || !joined(t, s, p - 1))
		return 0;
	return (s->words[p - 1].flags & W_DEVICE) != 0;
}

/* A name of the lists that no list calls weak: no model's name. */
static int
device_listed_name(const struct detect_word *w)
{
	return (w->dflags & (D_FIRST | D_LAST)) && !(w->dflags & D_WEAK);
}

/* Cars whose model is a given name of the lists ("Renault Clio", "Dacia
 * Logan", "Seat Leon", "Opel Adam"; the makers' catalogues), each with
 * its maker (precision24).  The last field: 1 when the model alone after
 * "voiture" or "véhicule" is the car ("voiture Clio immatriculée"), 0
 * when the given name is too common a man's name to be read so ("Adam",
 * "Karl": only after their maker). */
static const struct car_model {
	const char	*maker, *model;
	int		bare;
} car_models[] = {
	{ "renault", "clio", 1 }, { "renault", "megane", 1 },
	{ "renault", "zoe", 1 }, { "dacia", "logan", 1 },
	{ "seat", "leon", 1 }, { "seat", "arona", 1 },
	{ "seat", "toledo", 1 }, { "seat", "cordoba", 1 },
	{ "skoda", "fabia", 1 }, { "skoda", "felicia", 1 },
	{ "toyota", "carina", 1 }, { "nissan", "silvia", 1 },
	{ "ford", "orion", 1 }, { "volkswagen", "eos", 1 },
	{ "opel", "adam", 0 }, { "opel", "karl", 0 },
};

/* Word k is a car's model of car_models (maker m its maker, or any
 * when m is NO_WORD and the model may stand alone), capitalized, and no
 * word with a capital joined after it: a given name then a surname,
 * listed or an ordinary word ("voiture Clio Dupont", "voiture Renault
 * Clio Tisserand"), is a person. */
static int
car_model_is(const char *t, const struct detect_scratch *s, size_t k,
    size_t m)
{
	const struct detect_word *w = &s->words[k];

	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT) ||
	    w->fold_len < 3 || w->fold_len > 9 ||
	    (k + 1 < s->nwords && joined(t, s, k) &&
	    (s->words[k + 1].flags & (W_CAP | W_UPPER)) &&
	    s->words[k + 1].nchars >= 2))
		return 0;
	for (size_t c = 0; c < sizeof(car_models) / sizeof(car_models[0]);
	    c++) {
		if (!word_is_str(s, k, car_models[c].model))
			continue;
		if (m == NO_WORD ? car_models[c].bare :
		    word_is_str(s, m, car_models[c].maker))
			return 1;
	}
	return 0;
}

/* Word k, a car's model, alone right after "voiture" or "véhicule"
 * ("voiture Clio immatriculée GH-482-TK"): a given name there has "de"
 * before it ("la voiture de Zoé"). */
static int
car_model_bare(const char *t, const struct detect_scratch *s, size_t k)
{
	return k > 0 && joined(t, s, k - 1) && (word_is(s, k - 1, "voiture") ||
	    word_is(s, k - 1, "vehicule")) && car_model_is(t, s, k, NO_WORD);
}

/* Word k is a maker of device_makers right after a device's noun, not
 * before a name of the lists ("voiture Renault Marie", "TAVI Edwards
 * Paul": a surname and a given name, a person). */
static int
device_maker_at(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    (word_in_filtered_list(s, w, device_makers) ||
	    in_list(detect_car_makes, wf(s, w), w->fold_len)) &&
	    !(k + 1 < s->nwords && joined(t, s, k) &&
	    (s->words[k + 1].flags & (W_CAP | W_UPPER)) &&
	    device_listed_name(&s->words[k + 1]) &&
	    !car_model_is(t, s, k + 1, k)) &&
	    device_noun_before(t, s, k);
}

/* Word i, capitalized, is the maker of a device or a vehicle after its
 * noun, or its model, one or two words right after such a maker
 * ("valve Edwards Sapien", "stimulateur Abbott
 * Assurity MRI"), whatever the name lists hold of the maker (precision23):
 * a surname right after "valve" or "voiture" has "de" or a title before
 * it.  A model that is a name of the lists ends the product, and the
 * maker before one is no maker ("voiture Renault Marie" goes whole, as
 * before), but for a car's model after its maker or alone after
 * "voiture" (car_models, precision24: "voiture Renault Mégane",
 * "voiture Clio").  The row's own values do not heed it (eponym_bare). */
static int
device_product(const char *t, const struct detect_scratch *s, size_t i)
{
	if (device_maker_at(t, s, i) || car_model_bare(t, s, i))
		return 1;
	for (size_t k = i, hops = 0; hops < 2 && k > 0 && joined(t, s, k - 1);
	    hops++) {
		/* a model named like a person of the lists is not told
		 * from a person ("voiture Renault Dupont" is a person's
		 * car), but a car's model after its maker (car_models:
		 * "Renault Mégane", precision24) */
		if (device_listed_name(&s->words[k]) &&
		    !car_model_is(t, s, k, k - 1))
			return 0;
		k--;
		if (!(s->words[k].flags & (W_CAP | W_UPPER)) ||
		    (s->words[k].flags & W_DIGIT))
			return 0;
		if (device_maker_at(t, s, k))
			return 1;
	}
	return 0;
}

/* A disease's or a lesion's noun or adjective by its ending, six letters
 * or more ("oesophagite", "peptique", "gastropathie", "sténose"). */
static int
disease_ending(const struct detect_scratch *s, const struct detect_word *q)
{
	const char *f = wf(s, q);
	size_t n = q->fold_len;

	if (n < 6)
		return 0;
	return (f[n - 3] == 'i' && f[n - 2] == 't' && f[n - 1] == 'e') ||
	    (f[n - 4] == 'i' && f[n - 3] == 'q' && f[n - 2] == 'u' &&
	    f[n - 1] == 'e') || (f[n - 3] == 'o' && f[n - 2] == 's' &&
	    f[n - 1] == 'e') || (f[n - 3] == 'p' && f[n - 2] == 'i' &&
	    f[n - 1] == 'e');
}

/* precision28: the article of a place abroad, capitalized, before a
 * second capitalized word ("Los Angeles", "New York", "San Francisco",
 * "Santa Cruz", "Las Vegas", "São Paulo"): a city, never a French name's
 * particle (D_PARTICLE holds "de", "le", "van", "di"...). */
static const char *const place_articles[] = {
	"los", "las", "san", "santa", "sao", "new", NULL,
};
static uint64_t place_articles_filter;	/* word_in_filtered_list */

/* Classifications written before a grade or a stage without "de"
 * (precision28): the oesophagitis' Savary-Miller, Los Angeles and Hill,
 * the ulcer's Forrest, the caustic burn's Zargar, Barrett's Prague, the
 * cancers' Lauren, Borrmann, Siewert, Bismuth, the hidradenitis' Hurley,
 * the arteritis' Fontaine and Leriche, the neck of femur's Garden, the
 * ankle's Weber, the dissection's Stanford and DeBakey, the diabetic
 * foot's Wagner, puberty's Tanner, surgery's Clavien-Dindo; with
 * score_eponyms and the eponyms of the lists (D_EPONYM). */
static const char *const grade_eponyms[] = {
	"savary", "miller", "hill", "forrest", "zargar", "prague", "lauren",
	"borrmann", "siewert", "bismuth", "hurley", "fontaine", "leriche",
	"garden", "weber", "stanford", "debakey", "wagner", "tanner",
	"clavien", "dindo", "kyoto", "paris", "angeles",
	/* the limb ischaemia's Rutherford, the haemorrhage's Fisher and
	 * Hunt-Hess, the spine's Meyerding and Pfirrmann, the hip's Tönnis,
	 * Crowe and Brooker, the nerve's Sunderland and Seddon, the face's
	 * House-Brackmann, the rhythm's Lown, the open fracture's Tscherne,
	 * the shoulder's Rockwood, the tumours' Enneking, Fuhrman and
	 * Elston, the liver's Ishak, the stomach's Sydney, the scoliosis'
	 * Lenke */
	"rutherford", "fisher", "hess", "meyerding", "pfirrmann", "tonnis",
	"crowe", "brooker", "sunderland", "seddon", "brackmann", "lown",
	"tscherne", "rockwood", "enneking", "fuhrman", "elston", "ishak",
	"sydney", "lenke", NULL,
};
static uint64_t grade_eponyms_filter;	/* word_in_filtered_list */

/* Words f to k (excluded) are a classification of the lists: each one
 * in grade_eponyms, score_eponyms or D_EPONYM, or a place's article
 * first ("Los Angeles", "New York"). */
static int
grade_eponym_words(const struct detect_scratch *s, size_t f, size_t k)
{
	for (size_t x = f; x < k; x++) {
		const struct detect_word *w = &s->words[x];

		if ((w->dflags & D_EPONYM) ||
		    word_in_filtered_list(s, w, grade_eponyms) ||
		    word_in_filtered_list(s, w, score_eponyms) ||
		    (x == f && x + 1 < k &&
		    word_in_filtered_list(s, w, place_articles)))
			continue;
		return 0;
	}
	return 1;
}

/* Word i, capitalized, or the first of two capitalized words, right
 * before "grade", "stade" or "classe" and a stage (a capital A to E
 * alone, a Roman numeral, one or two digits): a classification named
 * after a place or a person ("Œsophagite de Los Angeles grade C",
 * "œsophagite Savary grade II"; dev23), no person: a clinical word (the
 * lexicon of medicine, D_CLINICAL, an eponym's head) right before, or
 * "de" between.  "Mme Pigeon grade 2", "vu Vigneron Paul grade C" are
 * persons and their grades. */
/* names39: word q may head a classification named after a person or a
 * place: a clinical word, an eponym's head, a word of medicine or a
 * disease by its ending ("Œsophagite", capitalized at a sentence's start,
 * is the head of "Œsophagite Savary grade II.", not the first of two words
 * of its name as "Los" is of "Los Angeles"). */
static int
classification_head(const struct detect_scratch *s,
    const struct detect_word *q)
{
	return !(q->flags & (W_DIGIT | W_UPPER)) && !(q->dflags & (D_FIRST |
	    D_LAST | D_TITLE)) && ((q->dflags & (D_CLINICAL | D_EPOHEAD)) ||
	    medical_has(q->fhash) || disease_ending(s, q));
}

static int
classification_before_grade(const char *t, const struct detect_scratch *s,
    size_t i)
{
	size_t k = i + 1, f = i, p;
	const struct detect_word *g, *v, *q;

	if (k < s->nwords && (s->words[k].flags & W_CAP) &&
	    !(s->words[k].flags & W_DIGIT) &&
	    s->words[k].start == s->words[i].end + 1 && t[s->words[i].end] == ' ')
		k++;	/* "Los Angeles" */
	else if (i > 0 && (s->words[i - 1].flags & W_CAP) &&
	    s->words[i - 1].end + 1 == s->words[i].start &&
	    t[s->words[i - 1].end] == ' ' &&
	    !classification_head(s, &s->words[i - 1]))
		f = i - 1;
	/* a first name first is a person's name ("gastrite de Marie
	 * Pigeon grade B") */
	if (k + 1 >= s->nwords || f == 0 || (s->words[f].dflags & D_FIRST))
		return 0;
	/* a clinical word before, "de" or "d'" between ("Œsophagite de
	 * Los Angeles", "classification de Los Angeles"): "vu Vigneron Paul
	 * grade C", "appel de Tisserand Marie grade B" are persons */
	p = f - 1;
	if (p > 0 && (word_is(s, p, "de") || word_is(s, p, "d")))
		p--;
	/* without "de", only a classification of the lists: a person's
	 * surname right after a disease's word is no classification
	 * ("gastrite Dupont grade B", "hépatite Tisserand stade II" of a
	 * stranger go; "œsophagite Savary grade II", "ulcère Forrest grade
	 * II", "œsophagite Los Angeles grade C" stay; precision28) */
	if (p == f - 1 && !grade_eponym_words(s, f, k))
		return 0;
	q = &s->words[p];
	if ((q->flags & (W_DIGIT | W_UPPER)) || (q->dflags & (D_FIRST |
	    D_LAST | D_TITLE)) || !((q->dflags & (D_CLINICAL | D_EPOHEAD)) ||
	    medical_has(q->fhash) || disease_ending(s, q)))
		return 0;
	g = &s->words[k];
	v = &s->words[k + 1];
	if (g->start != s->words[k - 1].end + 1 || (g->flags & (W_CAP | W_UPPER)) ||
	    !(word_is(s, k, "grade") || word_is(s, k, "stade") ||
	    word_is(s, k, "classe")) || v->start != g->end + 1)
		return 0;
	if (v->nchars == 1 && v->end - v->start == 1 && t[v->start] >= 'A' &&
	    t[v->start] <= 'E')
		return grade_ends(t, s->text_len, v->end) ||
		    (v->end < s->text_len && t[v->end] == ' ');
	return stage_word(t, s, k + 1);
}

/* The heads a classification, a set of criteria or a disease named after
 * a place is written after ("classification de Los Angeles", "critères
 * de New York", "œsophagite Los Angeles B"): a closed list, not every
 * eponym head ("intervention de San Martin", "chambre de San Martin"
 * name the surgeon and the resident). */
static const char *const place_eponym_heads[] = {
	"classification", "criteres", "critere", "score", "echelle", "grade",
	"stade", "maladie", "syndrome", "signe", "test", "regle", "regles",
	"selon", NULL,
};
static uint64_t place_eponym_heads_filter;	/* word_in_filtered_list */

/* Word i, capitalized, is a place's article or the word after one in a
 * classification named after the place: the article, capitalized and
 * one space from the next capitalized word, after "de"/"d'" and a head
 * of place_eponym_heads, or after a disease's word ("œsophagite Los
 * Angeles B", disease_ending) with or without "de".  Not after a
 * title, a first name or a relative (their D_TITLE, D_FIRST, D_LAST,
 * D_RELATIVE words fail the head test); "M. San Martin", "Dr Los
 * Santos", "intervention de San Martin" stay persons. */
static int
place_article_eponym(const char *t, const struct detect_scratch *s,
    size_t i)
{
	size_t a = i, p;
	const struct detect_word *q;

	if (i > 0 && s->words[i - 1].end + 1 == s->words[i].start &&
	    t[s->words[i - 1].end] == ' ' && (s->words[i - 1].flags & W_CAP) &&
	    !(s->words[i - 1].flags & W_UPPER) &&
	    word_in_listf(s, i - 1, place_articles))
		a = i - 1;
	else if (!(i + 1 < s->nwords && s->words[i].end + 1 ==
	    s->words[i + 1].start && t[s->words[i].end] == ' ' &&
	    (s->words[i + 1].flags & W_CAP) &&
	    !(s->words[i + 1].flags & (W_UPPER | W_DIGIT)) &&
	    (s->words[i].flags & W_CAP) && !(s->words[i].flags & W_UPPER) &&
	    word_in_listf(s, i, place_articles)))
		return 0;
	if (a == 0)
		return 0;
	p = a - 1;
	if (p > 0 && (word_is(s, p, "de") || word_is(s, p, "d")) &&
	    joined(t, s, p)) {
		q = &s->words[p - 1];
		if (!(q->flags & (W_UPPER | W_DIGIT)) &&
		    !(q->dflags & (D_FIRST | D_LAST | D_TITLE | D_RELATIVE)) &&
		    (word_in_filtered_list(s, q, place_eponym_heads) ||
		    disease_ending(s, q)))
			return 1;
		return 0;
	}
	q = &s->words[p];
	return !(q->flags & (W_UPPER | W_DIGIT)) && joined(t, s, p) &&
	    !(q->dflags & (D_FIRST | D_LAST | D_TITLE | D_RELATIVE)) &&
	    disease_ending(s, q);
}

/* Nouns and participles of a journey before "de" and the place it
 * started from ("rentré de Colombo", "en provenance de Colombo",
 * "appelle de Colombo"); the nouns ("départ", "retour", "arrivée") only
 * after a possessive ("son départ de Colombo": "le départ de Florence"
 * is Florence's). */
static const char *const journey_words[] = {
	"rentre", "rentree", "rentres", "rentrees", "revenu", "revenue",
	"revenus", "revenues", "arrive", "arrivee", "arrives", "arrivees",
	"rapatrie", "rapatriee", "evasane", "evasanee", "provenance",
	"originaire", "originaires", "appelle", "appelait", "appele",
	"telephone", NULL,
};
static uint64_t journey_words_filter;	/* word_in_filtered_list */
static const char *const journey_nouns[] = {
	"depart", "retour", "arrivee", "voyage", NULL,
};
static uint64_t journey_nouns_filter;	/* word_in_filtered_list */
static const char *const possessives[] = {
	"son", "sa", "ses", "leur", "leurs", "mon", "ma", "notre", "votre",
	NULL,
};
static uint64_t possessives_filter;	/* word_in_filtered_list */

/* Word i, capitalized, a town of the proper nouns' list (Dicollecte's:
 * "Colombo", "Alep", "Florence") or a commune of one word, right after
 * "de"/"d'" and a journey's word (journey_words, or journey_nouns after
 * a possessive): the place the journey started from, no person
 * (precision28).  Not before a capitalized name of the lists ("rentré
 * de Florence Martin"), nor after a title ("retour de Mme Colombo": the
 * title is the word before "de"... no journey word). */
static int
place_after_journey(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *v;

	if (i < 2 || !(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    !joined(t, s, i - 1) || !joined(t, s, i - 2) ||
	    !(word_is(s, i - 1, "de") || word_is(s, i - 1, "d")) ||
	    (s->words[i - 1].flags & (W_CAP | W_UPPER)))
		return 0;
	v = &s->words[i - 2];
	/* capitalized at a sentence's start too ("Appelle de Florence ce
	 * matin.", names39); "Appel de Florence" is no journey's word */
	if ((v->flags & (W_UPPER | W_DIGIT)) || ((v->flags & W_CAP) &&
	    !sentence_start(t, s, i - 2)))
		return 0;
	if (!word_in_filtered_list(s, v, journey_words) &&
	    !(i >= 3 && word_in_filtered_list(s, v, journey_nouns) &&
	    joined(t, s, i - 3) &&
	    word_in_listf(s, i - 3, possessives)))
		return 0;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)) &&
	    (s->words[i + 1].dflags & (D_FIRST | D_LAST)))
		return 0;
	return dict_proper_noun_has(w->fhash) || single_commune(s, i);
}

/* Word i, capitalized, names a dish after a person ("Charlotte aux
 * fraises", "Madeleine au citron", "Pêche Melba" is another shape):
 * "aux", "au" or "à la" right after it, then a food (a local list; dev23).
 * Not after a title ("Mme Pigeon aux urgences", "M. Prince au
 * chocolat" are persons), a relative or a first name. */
static const char *const dish_foods[] = {
	"fraises", "fraise", "framboises", "framboise", "pommes", "pomme",
	"poires", "poire", "abricots", "abricot", "cerises", "myrtilles",
	"fruits", "peches", "chocolat", "citron", "vanille", "caramel",
	"marrons", "creme", "cafe", "amandes", "noisettes", "orange",
	"rhubarbe", "mangue", "praline", NULL,
};
static uint64_t dish_foods_filter;	/* word_in_filtered_list */

static int
dish_after_name(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;

	if (k + 1 >= s->nwords || (i > 0 && word_has(s, i - 1, D_TITLE |
	    D_RELATIVE)))
		return 0;
	/* nor after a first name, capitalized ("Paul Prince au chocolat",
	 * "Anne Dauphin aux pommes": the person's surname; review28b) */
	if (i > 0 && (s->words[i - 1].flags & W_CAP) &&
	    (s->words[i - 1].dflags & D_FIRST))
		return 0;
	/* "à la", not the verb ("Charlotte a la fraise") */
	if (word_is(s, k, "a") && (unsigned char)t[s->words[k].start] == 0xc3 &&
	    word_is(s, k + 1, "la"))
		k++;
	else if (!word_is(s, k, "aux") && !word_is(s, k, "au"))
		return 0;
	k++;
	return k < s->nwords && !(s->words[k].flags & (W_CAP | W_UPPER)) &&
	    word_in_filtered_list(s, &s->words[k], dish_foods);
}

/* The rules above, for eponym_position_of: a capitalized word only,
 * each rule behind the byte before or after the word (a hyphen, "(")
 * or a word's length, so that most words cost a few loads. */
int
bare_thing(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	char before = w->start > 0 ? t[w->start - 1] : '\0';

	size_t e = w->end;
	char c;

	/* "PaCO2", "PAPP-A": a laboratory notation, for recall first too
	 * (precision16) */
	if (e < s->text_len && (util_is_digit(t[e]) || t[e] == '-') &&
	    lab_notation(t, s, i))
		return 1;
	if (before == '-' || (e < s->text_len && t[e] == '-'))
		return eponym_chain(t, s, i) || camel_chain(t, s, i) ||
		    eponym_after_bare_head(t, s, i) || score_eponym(t, s, i) ||
		    person_hospital(t, s, i);
	/* a heading: the word before a colon */
	while (e < s->text_len && e < w->end + 2 && t[e] == ' ')
		e++;
	if (e < s->text_len && t[e] == ':' && learned_compound(t, s, i))
		return 1;
	/* "ou", "et", "de", "d'", "sans" before, or before a capitalized
	 * word joined to it: their first letter */
	if (before == ' ' && i > 0) {
		const struct detect_word *p = &s->words[i - 1];

		c = p->fold_len > 0 ? wf(s, p)[0] : '\0';
		if ((p->flags & W_CAP) && i > 1 && s->words[i - 2].fold_len > 0)
			c = wf(s, &s->words[i - 2])[0];
		if ((c == 'o' || c == 'e') && eponym_coordinated(t, s, i))
			return 1;
		if ((c == 'd' || c == 's') && denied_eponym(t, s, i))
			return 1;
		if ((p->dflags & D_EPOHEAD) && eponym_after_bare_head(t, s, i))
			return 1;
	}
	if (e < s->text_len && t[e] >= 'a' && t[e] <= 'z' &&
	    (drug_before_participle(t, s, i) ||
	    operation_eponym_bare(t, s, i)))
		return 1;
	/* "Charlotte aux fraises" (dev23) */
	if (e < s->text_len && (t[e] == 'a' || (unsigned char)t[e] == 0xc3) &&
	    dish_after_name(t, s, i))
		return 1;
	/* "classification de Los Angeles", "rentré de Colombo"
	 * (precision28) */
	if (before == ' ' && i > 0 && (place_article_eponym(t, s, i) ||
	    place_after_journey(t, s, i)))
		return 1;
	/* "Los Angeles grade C" (dev23) */
	if (e < s->text_len && (t[e] == 'g' || t[e] == 's' || t[e] == 'c' ||
	    (t[e] >= 'A' && t[e] <= 'Z')) && classification_before_grade(t, s, i))
		return 1;
	/* "programme PRADO", "en Erasmus", "chez Biogroup" (eponyms26) */
	if (named_filter_has(w->fhash) && named_thing(t, s, i))
		return 1;
	/* "valve Edwards Sapien", "voiture Renault grise" (precision23):
	 * a device's noun up to four words back, a bit each */
	if (i > 0 && ((s->words[i - 1].flags & W_DEVICE) || (i > 1 &&
	    ((s->words[i - 2].flags & W_DEVICE) || (i > 2 &&
	    (s->words[i - 3].flags & W_DEVICE)) || (i > 3 &&
	    (s->words[i - 4].flags & W_DEVICE))))) && device_product(t, s, i))
		return 1;
	/* "Seretide 500 1 inhalation": a product, its strength and a
	 * count (precision16) */
	if (e < s->text_len && util_is_digit(t[e]) && posology_after(t, s, i))
		return 1;
	/* "Barthel 35", "stade II Ann Arbor": a score eponym after a
	 * stage or before its value (precision18) */
	if (((e < s->text_len && (util_is_digit(t[e]) || t[e] == ':' ||
	    t[e] == '=' || t[e] == 'I' || t[e] == 'V' || t[e] == 'A')) ||
	    (i > 0 && (s->words[i - 1].flags & (W_DIGIT | W_UPPER))) ||
	    word_is(s, i, "arbor")) && score_eponym(t, s, i))
		return 1;
	/* most words end here: no "(" before, no digit, colon or Roman
	 * numeral after ("e" is past the spaces, at most two) */
	if (before != '(' && (e >= s->text_len || (!util_is_digit(t[e]) &&
	    t[e] != ':' && t[e] != '=' && t[e] != 'I' && t[e] != 'V')))
		return 0;
	return bare_word(t, s, i) && ((before == '(' &&
	    eponym_in_parentheses(t, s, i)) || eponym_grade(t, s, i));
}

/* precision24: word i, right after a role's or a relation's word (the
 * name rules of titles and relatives: scan_titles, relation_name), is a
 * thing of the closed lists, no person: a programme after its member
 * ("Sage-femme PRADO :", "l'interne Erasmus :"), a laboratory network
 * after a noun's adjective ("labo externe (Cerba)"), a device's maker
 * after its noun ("pompe externe Medtrum :").  Those rules took them
 * before eponym_position was asked.  Only words of the lists: a surname
 * there ("l'interne Pigeon", "pompe externe Vigneron") is no thing. */
int
listed_thing(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT))
		return 0;
	if (named_filter_has(w->fhash) && named_thing(t, s, i))
		return 1;
	return i > 0 && ((s->words[i - 1].flags & W_DEVICE) || (i > 1 &&
	    ((s->words[i - 2].flags & W_DEVICE) || (i > 2 &&
	    (s->words[i - 3].flags & W_DEVICE))))) && device_product(t, s, i);
}

/* Word k, in lower case after a name written with capitals, is a common
 * English word (wamerican, english_has) that no list of names holds: the
 * verb of an English note ("Mr Fernandes João prefers Portuguese"), not
 * more of the name.  Asked by scan_lower_names after a name only. */
int
lower_english(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    w->fold_len >= 3 && !(w->dflags & (D_FIRST | D_LAST)) &&
	    english_has(w->fhash);
}

/* The bytes from e are a number (digits, a decimal comma or point);
 * where it ends, or e if none. */
static size_t
number_end(const char *t, size_t len, size_t e)
{
	size_t a = e;

	while (e < len && e - a < 6 && (util_is_digit(t[e]) ||
	    ((t[e] == ',' || t[e] == '.') && e > a && e + 1 < len &&
	    util_is_digit(t[e + 1]))))
		e++;
	return e;
}

/* Word i is followed by a posology (precision16): a strength, then a
 * count of one or two digits and a unit of a dose ("Seretide Diskus 500
 * 1 inhalation", "Solupred 20 1 cp", "Kardégic 75 1 sachet").  A
 * person's name is followed by an age, a room, a phone (eponym_grade's
 * negatives), a weight in thousands ("bébé Elif 4 210 g") or how often
 * a carer comes ("rééducation Lebrun 2x/sem", "IDE Kerouredan 2/j": a
 * frequency alone is no product's), never by a strength and a count. */
int
posology_after(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end, len = s->text_len, b, k;

	/* a name of the lists stays the name rules' ("Dupont 500 1 cp");
	 * so does a word right after a name found ("vu avec Kerouredan
	 * Bounmy 20 1 cp": the rest of the name, whatever follows it) */
	if ((s->words[i].dflags & (D_FIRST | D_LAST)) || rest_of_name(t, s, i))
		return 0;
	while (e < len && e < s->words[i].end + 2 && t[e] == ' ')
		e++;
	if (e >= len || !util_is_digit(t[e]))
		return 0;
	b = number_end(t, len, e);
	if (b >= len || t[b] != ' ' || b + 1 >= len || !util_is_digit(t[b + 1]))
		return 0;
	e = number_end(t, len, b + 1);
	if (e - (b + 1) > 2 || e >= len || t[e] != ' ')
		return 0;
	k = word_at(s, e + 1);
	return k < s->nwords && s->words[k].start == e + 1 &&
	    word_in_filtered_list(s, &s->words[k], dose_units);
}

/* Two capitalized words that no list of names holds, before a grade or a
 * dose (pair_thing, detect_name.c): a classification or a device ("BI-RADS
 * ACR 4", "Trelegy Ellipta 1 inhalation/j"), no person. */
int
graded_after(const char *t, const struct detect_scratch *s, size_t i)
{
	return eponym_grade(t, s, i) || posology_after(t, s, i);
}

/* Word j comes after a contracted article ("du", "au", "aux"): after a
 * relation, an acronym there is a place ("l'infirmière du CDPS", "le
 * médecin du CMP"), no person's name (relation_name_word, with the
 * acronym's shape). */
int
article_before(const struct detect_scratch *s, size_t j)
{
	return j > 0 && (word_is(s, j - 1, "du") || word_is(s, j - 1, "au") ||
	    word_is(s, j - 1, "aux"));
}

/* After a comma at q - 1, spaces, then a letter in lower case (ASCII):
 * no first name of a heading "NOM, Prénom :" (heading_colon,
 * detect_shape.c): "(OCR, français) :". */
int
lower_after_comma(const char *t, size_t len, size_t q)
{
	while (q < len && t[q] == ' ')
		q++;
	return q < len && t[q] >= 'a' && t[q] <= 'z';
}

/* Word j, two or three letters in lower case with no vowel, that no list
 * of names holds: an abbreviation of a note ("sn" for "son", "ss" for
 * "sous", "pr" for "pour"), no name after a relation ("adressé par sn MT",
 * "pt ss O2"); "Ng" is a name of the lists and still goes. */
int
short_lower_abbrev(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    w->fold_len >= 2 && w->fold_len <= 3 &&
	    !(w->dflags & (D_FIRST | D_LAST)) && acronym_shape(t, s, j);
}

/* Word i is the letters of a laboratory or physiological notation, no
 * name (precision16): written in mixed case, a capital after a letter in
 * lower case, and glued at once to a digit ("PaCO2", "SpO2", "HbA1c",
 * "FiO2": "PaCO" is "Paco" of the lists), or in capitals and glued by a
 * hyphen to one capital and maybe digits that end the token ("PAPP-A",
 * "HLA-B27": "Papp" is a surname).  A name is never glued to a digit
 * with a capital inside it ("McDonald2" is no note's), nor to a single
 * capital ("DUPONT-A" is none; "J-P." and "MARIE-J. DUPONT", a letter
 * and its dot, are left to the name rules, and so is a first name of
 * the lists before a capital alone: "JEAN-P MARTIN").  Asked by
 * scan_dictionary of a name of the lists about to be taken. */
int
lab_notation(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t e = w->end, x;

	if (e >= s->text_len || (w->flags & W_DIGIT))
		return 0;
	if (util_is_digit(t[e])) {
		for (x = w->start + 1; x < e; x++)
			if (t[x] >= 'A' && t[x] <= 'Z' && t[x - 1] >= 'a' &&
			    t[x - 1] <= 'z')
				return 1;
		return 0;
	}
	if (!(w->flags & W_UPPER) || w->nchars < 3 || t[e] != '-' ||
	    e + 1 >= s->text_len || t[e + 1] < 'A' || t[e + 1] > 'Z')
		return 0;
	for (x = e + 2; x < s->text_len && util_is_digit(t[x]); x++)
		;
	/* "JEAN-P MARTIN", "MARIE-J DUPONT": a first name of the lists
	 * and the initial of its second half, written without its dot
	 * (review, seventeenth pass); a notation's letter before no digit
	 * follows no first name ("PAPP-A", "DIFFU-K") */
	if (x == e + 2 && (w->dflags & D_FIRST))
		return 0;
	return x >= s->text_len || (!is_alnum_byte(t[x]) && t[x] != '.');
}

/* Word j, in capitals, two to five letters, no name of the lists, comes
 * after the article "la" or "l'" in lower case after "de" or "à": a
 * body's acronym, no person ("le pharmacien de la PUI", "l'assistante
 * sociale de la CAF", "appel à l'ARS"; precision16).  French writes no
 * article before a person's name; a particle written so is capitalized
 * ("de La Fontaine") and "de la FONTAINE" is a name of the lists. */
int
article_acronym(const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (!(w->flags & W_UPPER) || w->nchars < 2 || w->nchars > 5 ||
	    (w->dflags & (D_FIRST | D_LAST)) || j < 2 ||
	    (s->words[j - 1].flags & (W_CAP | W_UPPER)) ||
	    !(word_is(s, j - 1, "la") || word_is(s, j - 1, "l")))
		return 0;
	return word_is(s, j - 2, "de") || word_is(s, j - 2, "a");
}

/* Endings of the genera of bacteria and fungi (Latin of the taxonomy:
 * "Salmonella", "Enterobacter", "Enterococcus", "Pseudomonas",
 * "Mycobacterium", "Actinomyces"). */
static const char *const genus_endings[] = {
	"ella", "bacter", "coccus", "bacillus", "bacterium", "monas",
	"myces", NULL,
};

/* Word i is the genus of a germ written before its species or serovar
 * (precision16): capitalized, no name of the lists, a word of the
 * English medical dictionary (medical_has) with a genus's ending
 * ("Salmonella Enteritidis", "Salmonella Typhimurium" of a stool
 * culture: two capitalized words no list holds, taken as a name by
 * scan_unknown_pairs, which asks it, the serovar a word of the same
 * dictionary).  Both conditions: the medical dictionary holds surnames
 * too ("Hartmann"), and a surname in "-ella" no list has is no word of
 * it. */
int
organism_genus(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);

	(void)t;
	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    (w->dflags & (D_FIRST | D_LAST)) || w->fold_len < 6)
		return 0;
	for (size_t k = 0; genus_endings[k] != NULL; k++) {
		size_t m = strlen(genus_endings[k]);

		if (w->fold_len > m && memcmp(f + w->fold_len - m,
		    genus_endings[k], m) == 0)
			return medical_has(w->fhash);
	}
	return 0;
}

/* The devices a drug's brand is sold in, written after it as a second
 * capitalized word: inhalers and pens of the French market
 * ("Symbicort Turbuhaler", "Ventoline Evohaler", "Novorapid Flexpen",
 * "Lantus Solostar"); none is a name of the lists. */
static const char *const drug_devices[] = {
	"turbuhaler", "diskus", "evohaler", "autohaler", "easyhaler",
	"breezhaler", "ellipta", "genuair", "nexthaler", "spiromax",
	"respimat", "handihaler", "novolizer", "inhaler", "flexpen",
	"flextouch", "kwikpen", "solostar", "penfill", "innolet", "novopen",
	"clikstar", NULL,
};
static uint64_t drug_devices_filter;	/* word_in_filtered_list */

/* Forms of a treatment written right before its brand ("aérosols
 * Atrovent Bricanyl", "collyre Timoptol"), and "sous" ("patient sous
 * Coversyl Bisoce": under a treatment; a person after "sous" has a
 * title or "de": "sous la tutelle de Mme X"). */
static const char *const drug_forms[] = {
	"sous", "aerosol", "aerosols", "nebulisation", "nebulisations",
	"collyre", "collyres", "creme", "pommade", "sirop", "spray",
	"patch", "gelules", "comprimes", "suppositoire", "suppositoires",
	"ovule", "ovules", "perfusion", "perf", NULL,
};
static uint64_t drug_forms_filter;	/* word_in_filtered_list */

/* Two capitalized words from word j to word o (either order), no name
 * of the lists (pair_thing's test), are a drug's brand (precision16):
 * the second is a device of drug_devices, or the pair (or a list of
 * capitalized words no list of names holds that it ends) follows a form
 * of a treatment or "sous", joined to it. */
static int
drug_form(const struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & W_DIGIT) &&
	    word_in_filtered_list(s, &s->words[k], drug_forms);
}

/* Word i is written as a brand (precision22): capitalized, in ASCII
 * letters, with a capital inside after two lower-case letters at least
 * ("OxyDom", "ResMed", "AirSense", "MiniMed", "CareLink", "FreeStyle":
 * devices and their makers, which a delivery note or a nurse's note
 * writes as a pair, "PSAD OxyDom", "Medtronic MiniMed"), ten letters at
 * most.  Names written
 * so have a particle or a short prefix first ("McDonald", "LeBlanc",
 * "DiCaprio": one lower-case letter), or glue two names ("MacArthur",
 * "FitzGerald", "DupontMarie" of OCR, "DelRio", "BenSalah"): neither
 * part may be a name of the lists or a particle, nor both words of the
 * lexicon, and each has five letters at most: a brand glues syllables
 * or short words, a double surname whose hyphen was lost glues two
 * surnames ("PrinceDauphin", "KerouredanChapelle", "SparrowKettle"). */
static int
brand_shape(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *c = t + w->start, *f;
	size_t n = w->end - w->start, p = 0;

	if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    n < 6 || n > 10 || n != w->fold_len)
		return 0;
	for (size_t k = 3; k + 2 < n && p == 0; k++)
		if (c[k] >= 'A' && c[k] <= 'Z' && c[k - 1] >= 'a' &&
		    c[k - 1] <= 'z' && c[k - 2] >= 'a' && c[k - 2] <= 'z')
			p = k;
	if (p == 0 || p > 5 || n - p > 5)
		return 0;
	for (size_t k = 1; k < n; k++)
		if (!((c[k] >= 'a' && c[k] <= 'z') || (c[k] >= 'A' &&
		    c[k] <= 'Z')))
			return 0;
	f = wf(s, w);
	return !(dict_flags_hashed(f, p, hash(f, p)) & (D_FIRST | D_LAST |
	    D_PARTICLE)) && !(dict_flags_hashed(f + p, n - p, hash(f + p,
	    n - p)) & (D_FIRST | D_LAST | D_PARTICLE)) &&
	    !(lexicon_has(f, p) && lexicon_has(f + p, n - p));
}

int
product_pair(const char *t, const struct detect_scratch *s, size_t j,
    size_t o)
{
	size_t a = j < o ? j : o, b = j < o ? o : j;

	if (word_in_filtered_list(s, &s->words[b], drug_devices))
		return 1;
	/* "PSAD OxyDom", "Medtronic MiniMed" */
	if (brand_shape(t, s, a) || brand_shape(t, s, b))
		return 1;
	/* "PM (Biotronik Edora", "couverture chauffante Bair Hugger": a
	 * pair no list holds after a device's noun (precision23) */
	if (device_noun_before(t, s, a))
		return 1;
	/* back over a list of brands: "sous Kardegic Tahor Coversyl" */
	for (int k = 0; k < 4 && a > 0 && joined(t, s, a - 1); k++, a--) {
		const struct detect_word *p = &s->words[a - 1];

		if (drug_form(s, a - 1))
			return 1;
		if (!(p->flags & W_CAP) || (p->flags & (W_UPPER | W_DIGIT)) ||
		    (p->dflags & (D_FIRST | D_LAST | D_TITLE)))
			return 0;
	}
	return 0;
}
