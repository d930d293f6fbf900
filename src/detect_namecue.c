/*
 * Names announced by a cue of their own (issue 10, helper namesrec10):
 * a nickname in quotes ("dit « Ti Jean »", "\"Dédé\" (M. André
 * Fournier)"), a name given after a label ("Nom : Ben Salah Anis"), a
 * name corrected ("Mme Moulin (et non Moulinier !)"), first names listed
 * after a relation in the plural ("ses filles ana et ines") or said
 * before their relation at the start of a clause ("M. Tran : thi lan sa
 * fille"), and a name read by OCR with a digit or a symbol inside
 * ("B0UAZ1Z", "Gh€rbi").  Each rule starts from its cue, a word of
 * D_NAMECUE or a quote (detect_run's gate), so a comment with neither
 * does not enter the file.
 *
 * The words these rules take would be ordinary words, weak names or
 * unknown words anywhere else: the cue is what makes them names, and a
 * rule never takes a word of the tables (a clinical word, a drug kept,
 * a title, a word of the notes) whatever its cue.
 */
#include <errno.h>
#include <string.h>

#include "detect_int.h"

/* The cue words (D_NAMECUE): dict_init adds them. */
const char *const name_cues[] = {
	"dit", "dite", "alias", "surnomme", "surnommee", "non", "nom",
	"prenom", "prenoms", "ses", "sa", "son", NULL,
};

#define CUE_MAX_WORDS	4	/* words of one name a cue takes */

/* The tables a name is never a word of. */
#define CUE_NOT_NAME	(D_TITLE | D_NOTNAME | D_RELATIVE | D_CLINICAL | \
    D_STREET | D_MONTH | D_UNIT | D_DATECUE | D_TERM | D_EPOHEAD | \
    D_PARTICLE | D_SUBJVERB | D_RELATION | D_BRIDGE | D_RELCUE | D_PLACE | \
    D_NAMECUE)

/* Byte c opens or closes a quote: '"', or the last byte of « » “ ”. */
static int
cue_quote_at(const char *t, size_t len, size_t k, int open)
{
	unsigned char c = (unsigned char)t[k];

	if (c == '"')
		return 1;
	if (open)
		return (k >= 1 && c == 0xab && (unsigned char)t[k - 1] == 0xc2) ||
		    (k >= 2 && c == 0x9c && (unsigned char)t[k - 1] == 0x80 &&
		    (unsigned char)t[k - 2] == 0xe2);
	return (k + 1 < len && c == 0xc2 && (unsigned char)t[k + 1] == 0xbb) ||
	    (k + 2 < len && c == 0xe2 && (unsigned char)t[k + 1] == 0x80 &&
	    (unsigned char)t[k + 2] == 0x9d);
}

/* Word j may be a word of a name a cue announces: written with a capital
 * (or in capitals), no number, no word of the tables.  A word kept (a
 * drug, a place: dict_keep_has) may be one beside a name ("Ti Jean"),
 * never the name alone (cue_name_itself). */
static int
cue_cap_word(const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    !(w->dflags & CUE_NOT_NAME) && !word_taken(s, j);
}

/* Word j is a name by what it is: a name of the lists, or a word no
 * dictionary has ("Dédé", "Moulinier"); no word kept ("Doliprane"). */
static int
cue_name_itself(const char *t, struct detect_scratch *s, size_t j)
{
	return ((s->words[j].dflags & (D_FIRST | D_LAST)) ||
	    !word_lexicon(t, s, j)) && !dict_keep_has(s->words[j].fhash);
}

/* Words [a, b] become a name. */
static int
cue_take(struct detect_scratch *s, size_t a, size_t b)
{
	int r;

	for (size_t k = a; k <= b; k++)
		if ((r = add_span(s, s->words[k].start, s->words[k].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	return 0;
}

/* The capitalized words from a, joined, up to CUE_MAX_WORDS: the last
 * one's index, or NO_WORD if word a is none; *named: one of them is a
 * name by itself (cue_name_itself). */
static size_t
cue_cap_run(const char *t, struct detect_scratch *s, size_t a, int *named)
{
	size_t b = NO_WORD;

	*named = 0;
	for (size_t k = a; k < s->nwords && k < a + CUE_MAX_WORDS; k++) {
		/* a word found already is a name ("Ti Jean": "Jean" of
		 * the row's "Jean-Claude") */
		if (is_name_span(span_of(s, k)))
			*named = 1;
		else if (!cue_cap_word(s, k))
			break;
		else
			*named |= cue_name_itself(t, s, k);
		b = k;
		if (!joined(t, s, k))
			break;
	}
	return b;
}

/*
 * A nickname in quotes: after "dit", "dite", "alias", "surnommé(e)"
 * ("M. Payet dit \"Ti Jean\""), or right before a person given in
 * parentheses with a title ("\"Dédé\" (M. André Fournier)").  The words
 * in quotes are all capitalized and one of them is a name by itself:
 * "il dit \"Merci Docteur\"", "dit \"je veux partir\"", "\"Urgent\"
 * (M. Martin)" stay.
 */
static int
cue_nicknames(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;

	for (size_t i = 0; i < s->nwords; i++) {
		size_t a = s->words[i].start, b, e, k;
		int named, cue = 0;

		size_t q = a > 1 && t[a - 1] == ' ' ? a - 2 : a - 1;

		if (a == 0 || !cue_quote_at(t, len, q, 1) ||
		    (b = cue_cap_run(t, s, i, &named)) == NO_WORD || !named)
			continue;
		e = s->words[b].end;
		if (e + 1 < len && t[e] == ' ')
			e++;	/* "« Ti Jean »" */
		if (e >= len || !cue_quote_at(t, len, e, 0))
			continue;
		/* the cue before the quote: "dit « X »" */
		if (i > 0 && s->words[i - 1].end + 4 >= a &&
		    word_has(s, i - 1, D_NAMECUE) && (word_is(s, i - 1, "dit") ||
		    word_is(s, i - 1, "dite") || word_is(s, i - 1, "alias") ||
		    word_is(s, i - 1, "surnomme") ||
		    word_is(s, i - 1, "surnommee")))
			cue = 1;
		/* or the person after it: "\"X\" (M. Y" */
		for (k = e + 1; !cue && k < len && (t[k] == ' ' ||
		    (unsigned char)t[k] == 0xbb || (unsigned char)t[k] == 0x9d);
		    k++)
			;
		if (!cue && k < len && t[k] == '(' && b + 1 < s->nwords &&
		    s->words[b + 1].start == k + 1 && word_has(s, b + 1, D_TITLE))
			cue = 1;
		if (cue) {
			int r = cue_take(s, i, b);
			if (r < 0)
				return r;
		}
		i = b;
	}
	return 0;
}

/*
 * A name corrected after a name found: "Mme Moulin (et non Moulinier !)",
 * "M. Durand, et non Durant": the capitalized words after "et non" or
 * "(non", when a name span ends right before the cue, even ordinary
 * words (a moulinier is a trade): the name replaced says what they are.
 * Not a word kept: "M. Martin (et non Doliprane)" stays (a drug).
 */
static int
cue_corrections(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t p, b;
		int named;

		if (!word_has(s, i, D_NAMECUE) || !word_is(s, i, "non") ||
		    !joined(t, s, i))
			continue;
		p = i - 1;
		if (word_is(s, p, "et")) {
			if (p == 0)
				continue;
			p--;
		} else if (t[s->words[i].start - 1] != '(')
			continue;
		if (!is_name_span(span_of(s, p)) ||
		    s->words[p + 1].start - s->words[p].end > 3)
			continue;
		/* the name it replaces says what it is: an ordinary word
		 * too ("Moulinier"), not a word kept */
		if ((b = cue_cap_run(t, s, i + 1, &named)) == NO_WORD ||
		    dict_keep_has(s->words[i + 1].fhash))
			continue;
		{
			int r = cue_take(s, i + 1, b);
			if (r < 0)
				return r;
		}
	}
	return 0;
}

/* The word after a label's complement from word k ("d'usage", "de
 * naissance", "de jeune fille", "usuel", "marital"), or k. */
static size_t
cue_label_end(const struct detect_scratch *s, size_t k)
{
	static const char *const words[] = { "usage", "naissance", "usuel",
	    "usuelle", "marital", "jeune", "fille", "epouse", NULL };
	size_t j = k;

	while (j < s->nwords && j < k + 3 && (word_is(s, j, "d") ||
	    word_is(s, j, "de") || in_list(words, wf(s, &s->words[j]),
	    s->words[j].fold_len)))
		j++;
	return j < s->nwords && j > k && !word_is(s, j - 1, "d") &&
	    !word_is(s, j - 1, "de") ? j : k;
}

/*
 * A name after a label: "Nom : Ben Salah Anis, 19 ans", "Prénom :
 * Myriam", "NOM : DIALLO". The capitalized words up to the clause's end
 * (a comma, a full stop, a parenthesis: what cue_cap_run's joined stops
 * at); the first one must be a name by itself: "Nom : Inconnu",
 * "Nom : Non renseigné", "Nom du médecin : ..." stay.
 */
static int
cue_labels(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t a = s->words[i].end, n = i + 1, b, k;
		int named, r;

		if (!word_has(s, i, D_NAMECUE) || !(word_is(s, i, "nom") ||
		    word_is(s, i, "prenom") || word_is(s, i, "prenoms")))
			continue;
		/* "Nom d'usage :", "Nom de naissance :", "Prénom usuel :" */
		n = cue_label_end(s, i + 1);
		a = s->words[n - 1].end;
		while (a < s->words[n].start && t[a] == ' ')
			a++;
		if (a >= s->words[n].start || t[a] != ':')
			continue;
		/* past the words found already ("Ben Salah" after a label
		 * another rule read) */
		for (k = n; k + 1 < s->nwords && is_name_span(span_of(s, k)) &&
		    joined(t, s, k); k++)
			;
		if (k == n ? !cue_name_itself(t, s, k) :
		    !is_name_span(span_of(s, k - 1)))
			continue;
		if ((b = cue_cap_run(t, s, k, &named)) == NO_WORD)
			continue;
		if ((r = cue_take(s, k, b)) < 0)
			return r;
		i = b;
	}
	return 0;
}

/* Word j, in lower case, is a first name of the lists (a weak one too:
 * "ana", "ines", "thi", "lan"), and no word of the tables but the
 * clinical abbreviations that are first names too ("eva"). */
static int
cue_lower_first(const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	/* "eva" in lower case among first names is no pain scale */
	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    (w->dflags & D_FIRST) && !(w->dflags & (CUE_NOT_NAME &
	    ~(uint64_t)D_CLINICAL)) && w->nchars >= 2 && !word_taken(s, j);
}

/* Word j is an item of a list of first names: one (cue_lower_first) or
 * a name found already ("ses fils luc et marc": "luc" after "fils"). */
static int
cue_list_item(const struct detect_scratch *s, size_t j)
{
	return is_name_span(span_of(s, j)) || cue_lower_first(s, j);
}

/*
 * First names listed after a relation in the plural: "ses filles ana et
 * ines passeront", "ses fils, marc, luc et jean". Every item must be a
 * first name of the lists and the list must close with "et": "ses filles
 * passeront", "ses enfants grands et autonomes", "ses filles et ses
 * fils" stay.
 */
static int
cue_plural_relatives(const char *t, struct detect_scratch *s)
{
	/* as folded, with or without the plural's s ("ses" says it) */
	static const char *const plural[] = {
		"filles", "fille", "fils", "fil", "enfants", "enfant", "freres",
		"frere", "soeurs", "soeur", "parents", "parent", "neveux",
		"neveu", "nieces", "niece", "petits", "petit", "cousins",
		"cousin", "cousines", "cousine", NULL,
	};

	for (size_t i = 0; i + 3 < s->nwords; i++) {
		size_t k = i + 1, last = NO_WORD;
		int r;

		if (!word_has(s, i, D_NAMECUE) || !word_is(s, i, "ses") ||
		    !in_list(plural, wf(s, &s->words[k]), s->words[k].fold_len))
			continue;
		/* "ses petits-enfants" */
		if ((word_is(s, k, "petits") || word_is(s, k, "petit")) &&
		    k + 1 < s->nwords &&
		    s->words[k + 1].start == s->words[k].end + 1 &&
		    t[s->words[k].end] == '-')
			k++;
		for (k++; k < s->nwords && cue_list_item(s, k); k += 2) {
			if (k + 2 < s->nwords && word_is(s, k + 1, "et") &&
			    cue_list_item(s, k + 2)) {
				last = k + 2;
				break;
			}
			if (k + 1 >= s->nwords || t[s->words[k].end] != ',')
				break;
			k--;	/* a comma: the next word is the next item */
		}
		if (last == NO_WORD)
			continue;
		for (size_t j = i + 2; j <= last; j++)
			if (cue_lower_first(s, j) && (r = cue_take(s, j, j)) < 0)
				return r;
		i = last;
	}
	return 0;
}

/* Word j may be a word of a name said before its relation: a first name
 * of the lists (a weak one too: "Fatma", "thi"), or a word no dictionary
 * has, whatever its case; a particle that is no French word ("van
 * tuan"); no word of the tables.  A word kept (TI, an acronym) is one
 * only beside a name (*named says one was). */
static int
cue_before_word(const char *t, struct detect_scratch *s, size_t j,
    int *named)
{
	const struct detect_word *w = &s->words[j];
	int name;

	if ((w->flags & W_DIGIT) || word_taken(s, j) || w->nchars < 2 ||
	    (w->dflags & (CUE_NOT_NAME & ~(uint64_t)D_PARTICLE)))
		return 0;
	if (w->dflags & D_PARTICLE)
		return !particle_french(s, j);
	name = (w->dflags & D_FIRST) || (w->nchars >= 3 && !word_lexicon(t, s, j));
	if (dict_keep_has(w->fhash))
		return name;
	*named |= name;
	return name;
}

/* Word j, capitalized and no word of the tables, is joined to the next
 * by a hyphen: the first part of a name ("Ti-Jean"). */
static int
cue_hyphen_part(const char *t, const struct detect_scratch *s, size_t j)
{
	return s->words[j].end + 1 == s->words[j + 1].start &&
	    t[s->words[j].end] == '-' && cue_cap_word(s, j);
}

/*
 * A name said before its relation at the start of a clause: "M. Tran :
 * thi lan sa fille vient", "Mme Demir : Fatma sa sœur est malade",
 * "signale que Ti-Jean son neveu passera". The words between the clause
 * start (a colon, a full stop, "que") and "sa"/"son"/"ses" + a relative
 * of the family, one to three, are all first names of the lists or
 * unknown words: ": douleur sa fille inquiète", ": Visite de sa fille"
 * stay.
 */
static int
cue_before_relatives(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t a, j;
		int r, named = 0;

		if (!word_has(s, i, D_NAMECUE) || !(word_is(s, i, "sa") ||
		    word_is(s, i, "son") || word_is(s, i, "ses")) ||
		    !joined(t, s, i) || !word_has(s, i + 1, D_RELATIVE) ||
		    !joined(t, s, i - 1))
			continue;
		a = i;
		while (a > 0 && i - a < 3 && joined(t, s, a - 1) &&
		    (cue_before_word(t, s, a - 1, &named) || (a < i &&
		    cue_hyphen_part(t, s, a - 1))))
			a--;
		/* the clause starts right before word a; the word next to
		 * "sa" is no particle */
		if (a == i || !named || word_has(s, i - 1, D_PARTICLE) ||
		    !(sentence_start(t, s, a) || (a > 0 &&
		    word_is(s, a - 1, "que"))))
			continue;
		for (j = a; j < i; j++)
			if ((r = cue_take(s, j, j)) < 0)
				return r;
	}
	return 0;
}

/* Cues (detect_run's gate: a word of D_NAMECUE, or a quote). */
int
scan_name_cues(const char *t, struct detect_scratch *s)
{
	int r;

	if ((r = cue_nicknames(t, s)) < 0 || (r = cue_corrections(t, s)) < 0 ||
	    (r = cue_labels(t, s)) < 0 || (r = cue_plural_relatives(t, s)) < 0 ||
	    (r = cue_before_relatives(t, s)) < 0)
		return r;
	return 0;
}

/* The bytes at k continue a word as OCR writes it: an ASCII letter or
 * digit, "€" (an e), a Latin-1 letter (C3 80..BF but × and ÷). */
static size_t
glued_at(const char *t, size_t len, size_t k)
{
	unsigned char c = (unsigned char)t[k];

	if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))
		return 1;
	if (c == 0xc3 && k + 1 < len && (unsigned char)t[k + 1] >= 0x80 &&
	    (unsigned char)t[k + 1] <= 0xbf && (unsigned char)t[k + 1] != 0x97 &&
	    (unsigned char)t[k + 1] != 0xb7)
		return 2;
	if (c == 0xe2 && k + 2 < len && (unsigned char)t[k + 1] == 0x82 &&
	    (unsigned char)t[k + 2] == 0xac)
		return 3;
	return 0;
}

/*
 * A name span that stops inside a word goes to the word's end: OCR cuts
 * a name where it read a digit or a symbol ("B0UAZ1Z": "B0UAZ" found,
 * "Gh€rbi": "Gh"), and the rest of the word is the rest of the name.
 * Only letters, digits and "€" glued to the span; a hyphen, an
 * apostrophe, a slash end it ("Dupont-Durand", "Martin's" as they were).
 * (detect_run's gate: a name span.)
 */
int
scan_name_glued(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;

	for (size_t k = 0; k < s->nspans; k++) {
		struct detect_span *sp = &s->spans[k];
		size_t e = sp->end, n, st = sp->start;

		if (sp->kind != DETECT_NAME || e >= len || e == st ||
		    glued_at(t, len, e) == 0 || glued_at(t, len, e - 1) == 0)
			continue;
		while (e < len && (n = glued_at(t, len, e)) != 0 &&
		    !overlaps(s, e, e + n))
			e += n;
		if (e < len && glued_at(t, len, e) != 0)
			continue;	/* another span inside: left as it is */
		take_bytes(s, sp->end, e);
		sp->end = e;
		mark_words(s, k);
	}
	return 0;
}
