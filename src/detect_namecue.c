/*
 * Names announced by a cue of their own:
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
#include <strings.h>

#include "detect_int.h"

/* The cue words (D_NAMECUE): dict_init adds them. */
const char *const name_cues[] = {
	"dit", "dite", "alias", "surnomme", "surnommee", "non", "nom",
	"prenom", "prenoms", "ses", "sa", "son", NULL,
};

/* The cue words of cue_sic and of a message's greeting, kisses and "je
 * suis" (cue_message_senders): D_MSGCUE, their gate. */
const char *const message_cues[] = {
	"sic", "bonjour", "coucou", "salut", "bisous", "bisou", "bises",
	"suis",
	/* prec48: a text message's own greetings ("slt c shanice",
	 * "bjr cest kevin", "cc c moi"), read by sms_sender */
	"slt", "bjr", "bsr", "bonsoir", "cc", "hello", NULL,
};

#define CUE_MAX_WORDS	4	/* words of one name a cue takes */

/* The tables a name is never a word of. */
#define CUE_NOT_NAME	(D_TITLE | D_NOTNAME | D_RELATIVE | D_CLINICAL | \
    D_STREET | D_MONTH | D_UNIT | D_DATECUE | D_TERM | D_EPOHEAD | \
    D_PARTICLE | D_SUBJVERB | D_RELATION | D_BRIDGE | D_RELCUE | D_PLACE | \
    D_NAMECUE | D_MSGCUE)

/* Byte c opens or closes a quote: '"', or the last byte of « » “ ”.
 * Always inline: the file's growth made GCC call it, from the nicknames'
 * loop over every word (+0.13% of scrub_spans's instructions). */
static inline __attribute__((always_inline)) int
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

/* Byte k is the last byte of a single opening quote (open) or the first
 * of a single closing one: "'", or ‘ ’ ‹ › (quotes27).  An apostrophe is
 * an elision as often ("l'Pigeon", "d’Vigneron"): "'" and ‘ open only
 * after the text's start, a space or "(", and "'", ’ and › close only
 * before the text's end, a space or a punctuation. */
static int
cue_squote_at(const char *t, size_t len, size_t k, int open)
{
	unsigned char c = (unsigned char)t[k];
	size_t n;

	if (open) {
		if (c == '\'')
			n = k;
		else if (k >= 2 && (unsigned char)t[k - 2] == 0xe2 &&
		    (unsigned char)t[k - 1] == 0x80 && (c == 0x98 || c == 0xb9))
			return c == 0xb9 || k == 2 || t[k - 3] == ' ' ||
			    t[k - 3] == '(';
		else
			return 0;
		return n == 0 || t[n - 1] == ' ' || t[n - 1] == '(';
	}
	if (c == '\'')
		n = k + 1;
	else if (k + 2 < len && c == 0xe2 && (unsigned char)t[k + 1] == 0x80 &&
	    ((unsigned char)t[k + 2] == 0x99 || (unsigned char)t[k + 2] == 0xba))
		n = k + 3;
	else
		return 0;
	return n >= len || t[n] == ' ' || t[n] == ',' || t[n] == '.' ||
	    t[n] == ';' || t[n] == ':' || t[n] == ')' || t[n] == '!' ||
	    t[n] == '?' || t[n] == '\n' || t[n] == '\t';
}

/* Bytes [a, b) between a cue word and the name after it hold spaces, a
 * dot and one opening quote ('"', « or “; "'", ‘ or ‹, quotes27) only:
 * ". « ", " \"", " '". */
static int
cue_gap_quote(const char *t, size_t a, size_t b)
{
	int quotes = 0;

	for (; a < b; a++) {
		unsigned char c = (unsigned char)t[a];

		if (c == '"')
			quotes++;
		else if (c == 0xc2 && a + 1 < b &&
		    (unsigned char)t[a + 1] == 0xab) {
			quotes++;
			a++;
		} else if (c == 0xe2 && a + 2 < b &&
		    (unsigned char)t[a + 1] == 0x80 &&
		    (unsigned char)t[a + 2] == 0x9c) {
			quotes++;
			a += 2;
		} else if (c == '\'')
			quotes++;
		else if (c == 0xe2 && a + 2 < b &&
		    (unsigned char)t[a + 1] == 0x80 &&
		    ((unsigned char)t[a + 2] == 0x98 ||
		    (unsigned char)t[a + 2] == 0xb9)) {
			quotes++;
			a += 2;
		} else if (c != ' ' && c != '.')
			return 0;
	}
	return quotes == 1;
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

/* the words that name someone before a quote, with no
 * D_NAMECUE word: "se présente comme « Tonio »", "connu comme",
 * "se fait appeler « X »", "dit s'appeler", "s'appelle « X »", "sous le
 * nom de « X »".  Asked only before a quote and a capitalized name. */
static int
quote_naming_cue(const struct detect_scratch *s, size_t c)
{
	/* "appelée « Guite » par l'équipe" (dev23): the participle too */
	if (word_is(s, c, "appeler") || word_is(s, c, "appelle") ||
	    word_is(s, c, "appele") || word_is(s, c, "appelee") ||
	    word_is(s, c, "nommer") || word_is(s, c, "prenomme") ||
	    word_is(s, c, "prenommee"))
		return 1;
	if (c == 0)
		return 0;
	if (word_is(s, c, "comme"))
		return word_is(s, c - 1, "presente") ||
		    word_is(s, c - 1, "presentee") || word_is(s, c - 1, "connu") ||
		    word_is(s, c - 1, "connue") || word_is(s, c - 1, "identifie") ||
		    word_is(s, c - 1, "identifiee");
	return (word_is(s, c, "de") || word_is(s, c, "d")) &&
	    word_is(s, c - 1, "nom");
}

/* Word i is a pet name by its shape, a syllable said twice: "Lulu",
 * "Dédé", "Titi", "Loulou" (folded: "lulu", "dede", "loulou"), which the
 * lexicon may hold ("lulu") though no one writes it in quotes before a
 * person but as a name. */
static int
cue_reduplicated(const struct detect_scratch *s, size_t i)
{
	size_t n = s->words[i].fold_len;
	const char *f;

	/* the fold itself, not wf()'s "" for no fold: gcc -O1 (make
	 * test-asan) saw that literal read at f + 2 and failed the build */
	if (s->fold.data == NULL || (n != 4 && n != 6))
		return 0;
	f = s->fold.data + s->words[i].fold_off;
	return memcmp(f, f + n / 2, n / 2) == 0;
}

/*
 * A nickname in quotes: after "dit", "dite", "alias", "surnommé(e)"
 * ("M. Payet dit \"Ti Jean\""), or right before a person given in
 * parentheses with a title ("\"Dédé\" (M. André Fournier)").  The words
 * in quotes are all capitalized and one of them is a name by itself:
 * "il dit \"Merci Docteur\"", "dit \"je veux partir\"", "\"Urgent\"
 * (M. Martin)" stay.
 */
static int quote_call_cue(const struct detect_scratch *s, size_t c);
static int quote_visit_feast(const struct detect_scratch *s, size_t i);
static int quote_ordinary_run(const char *t, struct detect_scratch *s,
    size_t a, size_t b);

/* names36: a nickname after a comma, no parentheses: the word before
 * the opening quote (byte q's) a name found, ", " between ("Mme Petit
 * Marguerite, « Guite » pour l'équipe"). */
static int
comma_nick_before(const char *t, const struct detect_scratch *s, size_t i,
    size_t q)
{
	size_t e;

	if (i == 0 || !is_name_span(span_of(s, i - 1)))
		return 0;
	e = s->words[i - 1].end;
	/* q is the quote's last byte: "«" is two bytes, '"' one */
	return q >= e + 3 && t[e] == ',' && t[e + 1] == ' ' &&
	    (q == e + 2 || (q == e + 3 && (unsigned char)t[q] == 0xab));
}

/* names36: " pour " after the closing quote at byte e, what names a
 * nickname's users ("« Guite » pour l'équipe", "pour les intimes",
 * "pour tous"). */
static int
pour_after_quote(const char *t, size_t len, size_t e)
{
	e += (unsigned char)t[e] == '"' ? 1 : (unsigned char)t[e] == 0xc2 ?
	    2 : 3;
	if (e < len && t[e] == ',')
		e++;
	return len - e >= 6 && e < len && memcmp(t + e, " pour ", 6) == 0;
}

static int
cue_nicknames(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;

	for (size_t i = 0; i < s->nwords; i++) {
		size_t a = s->words[i].start, b, e, k;
		int named, cue = 0;

		/* q: the byte before the word, over one space, read and
		 * tested with no branch (t[0] for the first word, which
		 * the test refuses): the last byte of an opening quote
		 * ('"', "'", « “ ‘ ‹) or no nickname starts here, which is
		 * nearly every word, one predicted branch where the chain
		 * below was mispredicted (speed31c) */
		size_t a1 = a > 0 ? a - 1 : 0;
		size_t q = a1 - (size_t)((a > 1) & (t[a1] == ' '));
		unsigned char qc = (unsigned char)t[q];
		int titled, single = 0, kin, comma;

		if ((a == 0) | !((qc == '"') | (qc == '\'') | (qc == 0xab) |
		    (qc == 0x9c) | (qc == 0x98) | (qc == 0xb9)))
			continue;
		if ((!cue_quote_at(t, len, q, 1) &&
		    !(single = cue_squote_at(t, len, q, 1))) ||
		    (b = cue_cap_run(t, s, i, &named)) == NO_WORD)
			continue;
		/* A title right before the quote announces a name as it
		 * does before a space ("Mme \"Vigneron\"", "Dr « Tisserand
		 * »": scan_titles stops at the quote), any capitalized
		 * word, as scan_titles takes "Mme Vigneron"; a relative or
		 * a role ("sa fille « Cordonnier »") only a name by itself
		 * (hostile27).  quotes27: in single quotes too ("Mme
		 * 'Vigneron'", "Dr ‘Pigeon’"), and after a relative or a
		 * role one capitalized word an ordinary word may be a
		 * surname by (ordinary_surname_word: "sa fille «
		 * Cordonnier »", "l'infirmière « Dauphin »"; "son fils
		 * \"Urgent\"" stays). */
		kin = i > 0 && role_is(s, i - 1, ROLE_ANY, ROLE_BYNAME);
		/* names34: after kin or a role, a phrase of two to four
		 * words of a name's shape too (quote_ordinary_run: "sa
		 * fille « Prince Cordonnier »"); after a word that brings
		 * a person (quote_call_cue: "appel de « Pigeon »"), a name
		 * by itself or one ordinary word as after kin */
		titled = i > 0 && s->words[i - 1].end + 5 >= a &&
		    cue_gap_quote(t, s->words[i - 1].end, a) &&
		    (is_title(t, s, i - 1) ||
		    (named && word_has(s, i - 1, D_RELATIVE)) ||
		    (kin && b == i && ordinary_surname_word(t, s, i)) ||
		    (kin && b > i && quote_ordinary_run(t, s, i, b)) ||
		    ((named || (b == i && ordinary_surname_word(t, s, i))) &&
		    quote_call_cue(s, i - 1) && !quote_visit_feast(s, i)));
		comma = !titled && comma_nick_before(t, s, i, q);
		if (!(titled || named || comma ||
		    (b == i && cue_reduplicated(s, i))))
			continue;
		e = s->words[b].end;
		if (e + 1 < len && t[e] == ' ')
			e++;	/* "« Ti Jean »" */
		if (e >= len || !(single ? cue_squote_at(t, len, e, 0) :
		    cue_quote_at(t, len, e, 0)))
			continue;
		/* the cue before the quote: "dit « X »" */
		if (titled)
			cue = 1;
		else if (comma && !single && pour_after_quote(t, len, e) &&
		    !(s->words[b].flags & W_UPPER) &&
		    !(s->words[b].dflags & CUE_NOT_NAME))
			cue = 1;
		else if (comma && !named)
			;
		else if (i > 0 && s->words[i - 1].end + 4 >= a &&
		    word_has(s, i - 1, D_NAMECUE) && (word_is(s, i - 1, "dit") ||
		    word_is(s, i - 1, "dite") || word_is(s, i - 1, "alias") ||
		    word_is(s, i - 1, "surnomme") ||
		    word_is(s, i - 1, "surnommee")))
			cue = 1;
		else if (i > 1 && s->words[i - 1].end + 4 >= a &&
		    quote_naming_cue(s, i - 1))
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

/* names34: words [a, b], two to four capitalized words in quotes after
 * kin or a role, are a name's: each a name by itself (cue_name_itself),
 * or an ordinary word of four letters or more that may be a surname
 * (ordinary_surname_word): "sa fille « Prince Cordonnier »"; a word of
 * three letters or fewer no list has ("sa fille « Tout Va Bien »"), a
 * word a person's noun, a label or an abstract noun is ("« Bonne Nuit
 * »", ordinary_surname_word's lists) says it is a phrase. */
static int
quote_ordinary_run(const char *t, struct detect_scratch *s, size_t a,
    size_t b)
{
	if (b < a + 1 || b > a + 3)
		return 0;
	for (size_t k = a; k <= b; k++)
		if (!is_name_span(span_of(s, k)) && !cue_name_itself(t, s, k) &&
		    (s->words[k].nchars < 4 || (s->words[k].flags & W_UPPER) ||
		    !ordinary_surname_word(t, s, k)))
			return 0;
	return 1;
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
	size_t ncue;
	const uint32_t *cues = word_class(s, WC_NAMECUE, &ncue);

	/* from a cue word, not the last (WC_NAMECUE) */
	for (size_t x = 0; x < ncue; x++) {
		size_t i = cues[x], p, b;
		int named;

		if (i == 0 || !word_is(s, i, "non") || !joined(t, s, i))
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

/*
 * A name marked "(sic)", as a secretary keeps a spelling she doubts: the
 * capitalized words right after "(sic)" go on with it ("M. Kowalsky
 * (sic) Zbigniew", one of them a name by itself), and those after "(sic,"
 * are its right spelling ("Mme Fourmier (sic, Fournier) Jaqueline", an
 * ordinary word too: the name replaced says what it is).  A name span
 * must end right before the parenthesis: "il dit (sic) Bonjour" after no
 * name stays, and a word kept ("Doliprane") is never taken.
 */
static int
cue_sic(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t a = s->words[i].start, e = s->words[i].end, b;
		int named, r, corrected;

		if (!word_has(s, i, D_MSGCUE) || !word_is(s, i, "sic") ||
		    t[a - 1] != '(' || a - s->words[i - 1].end != 2 ||
		    !is_name_span(span_of(s, i - 1)))
			continue;
		corrected = t[e] == ',';
		if (!(corrected || t[e] == ')') ||
		    s->words[i + 1].start != e + 2 || t[e + 1] != ' ')
			continue;
		if ((b = cue_cap_run(t, s, i + 1, &named)) == NO_WORD ||
		    dict_keep_has(s->words[i + 1].fhash) ||
		    (!corrected && !named))
			continue;
		if ((r = cue_take(s, i + 1, b)) < 0)
			return r;
		i = b;
	}
	return 0;
}

/* Word i is "c" of "c'est" (an apostrophe, ASCII or ’, then word i + 1
 * "est"). */
static int
cue_c_est(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end, g;

	if (i + 1 >= s->nwords || !word_is(s, i, "c") ||
	    !word_is(s, i + 1, "est"))
		return 0;
	g = s->words[i + 1].start - e;
	return (g == 1 && t[e] == '\'') ||
	    (g == 3 && memcmp(t + e, "\xe2\x80\x99", 3) == 0);
}

/* Words i and j are one space apart, or a comma and a space. */
static int
cue_next_to(const char *t, const struct detect_scratch *s, size_t i,
    size_t j)
{
	size_t e = s->words[i].end, b = s->words[j].start;

	return (b == e + 1 && t[e] == ' ') ||
	    (b == e + 2 && t[e] == ',' && t[e + 1] == ' ');
}

/* Word k, capitalized, may be the surname after a sender's first name:
 * no word of the tables but a month's name ("Avril", "Janvier" are
 * surnames), not kept, not in capitals. */
static int
cue_surname_word(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	if (is_name_span(span_of(s, k)))
		return 1;	/* "Fils-Aimé": "Aimé" found already */
	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 2 && !word_taken(s, k) &&
	    !(w->dflags & (CUE_NOT_NAME & ~(uint64_t)D_MONTH)) &&
	    !dict_keep_has(w->fhash);
}

/* names23: word j, after a sender's cue, is a surname written first
 * when a first name of the lists (capitalized, no weak one) follows it,
 * one space apart: "Je suis Dauphin Hugo, son fils", "je suis Pigeon
 * Marie, la fille" (an ordinary word, which cue_name_itself turns away,
 * left raw beside "Hugo"; "Marie" alone, ambiguous, raw too).  The
 * clause's end after the pair is cue_message_senders' test.  The surname as
 * cue_surname_word has it (no word of the tables: "Je suis Infirmière
 * Marie", "Bisous Maman Marie" stay as they were). */
static int
cue_surname_first(const char *t, const struct detect_scratch *s, size_t j)
{
	return j + 1 < s->nwords && s->words[j + 1].start ==
	    s->words[j].end + 1 && t[s->words[j].end] == ' ' &&
	    (s->words[j + 1].dflags & D_FIRST) &&
	    !(s->words[j + 1].dflags & D_WEAK) &&
	    (s->words[j + 1].flags & W_CAP) && cue_surname_word(s, j + 1) &&
	    cue_surname_word(s, j);
}

/* Word k, capitalized, is glued by a hyphen to a capitalized word
 * after it: the first part of a compound name, whatever it is ("Fils"
 * of "Fils-Aimé"). */
static int
cue_compound_head(const char *t, const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & W_CAP) && k + 1 < s->nwords &&
	    s->words[k + 1].start == s->words[k].end + 1 &&
	    t[s->words[k].end] == '-' && (s->words[k + 1].flags & W_CAP);
}

/* prec48: the word after "c" (alone, as a text message writes
 * "c'est"), "cest" or "c'est" from word k, or NO_WORD. */
static size_t
sms_c_est_next(const char *t, const struct detect_scratch *s, size_t k)
{
	if (k + 1 >= s->nwords)
		return NO_WORD;
	if (cue_c_est(t, s, k))
		return k + 2 < s->nwords && cue_next_to(t, s, k + 1, k + 2) ?
		    k + 2 : NO_WORD;
	if (!(word_is(s, k, "c") || word_is(s, k, "cest")) ||
	    (s->words[k].flags & (W_CAP | W_UPPER)) ||
	    !cue_next_to(t, s, k, k + 1))
		return NO_WORD;
	return k + 1;
}

/* prec48: a text message that opens with a greeting, "c" (or "cest",
 * "c'est") and the sender's name in lower case ("slt c shanice jpourrai
 * pa venir", "bjr cest nakato jpeux pa", "coucou c'est jessica !"): the
 * greeting first in the note or after a quote's opening or a colon, the
 * name a given name of the lists no list calls ambiguous or weak, or a
 * word no dictionary has that is no word of the register (lower_unknown:
 * sms_word);
 * a surname of the lists after it, in lower case, no word of the
 * dictionary, is its surname.  "slt c moi", "bjr c pa possible", "slt c
 * encore moi", "cc c jpeux pa" stay.  The capitalized sender is
 * cue_message_senders'.  0 or -ENOMEM. */
static int
sms_sender(const char *t, struct detect_scratch *s, size_t i)
{
	size_t j, b, p = s->words[i].start;
	const struct detect_word *w;

	if (i + 2 >= s->nwords || !cue_next_to(t, s, i, i + 1))
		return 0;
	/* the message's start: the note's, or a quote's or a colon's,
	 * one space at most between */
	if (i > 0) {
		if (p >= 1 && t[p - 1] == ' ')
			p--;
		if (p == 0 || !(t[p - 1] == ':' ||
		    cue_quote_at(t, s->text_len, p - 1, 1)))
			return 0;
	}
	if ((j = sms_c_est_next(t, s, i + 1)) == NO_WORD)
		return 0;
	w = &s->words[j];
	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
	    word_taken(s, j) || (w->dflags & CUE_NOT_NAME) ||
	    !(lower_sure_first(t, s, j) || lower_unknown(t, s, j)))
		return 0;
	b = j;
	if (j + 1 < s->nwords && cue_next_to(t, s, j, j + 1) &&
	    !(s->words[j + 1].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    (s->words[j + 1].dflags & D_LAST) &&
	    !(s->words[j + 1].dflags & (D_AMBIG | D_WEAK | CUE_NOT_NAME)) &&
	    !word_lexicon(t, s, j + 1))
		b = j + 1;
	return cue_take(s, j, b);
}

/*
 * The sender of a message a note quotes: the name after a greeting and
 * "c'est" that open it ("Bonjour c'est Hery, je suis rentré", "Coucou,
 * c'est Yasmine !"), and the name its kisses close it with ("bisous Yas
 * »", "Bises, Maryse."), or that says who writes ("Je suis Kerby
 * Fils-Aimé, le fils de"): a capitalized word that is a name by itself
 * (a name of the lists, a word no dictionary has; no word kept), up to
 * two capitalized words after it (a surname, a month's name too, a
 * compound's parts: "c'est Sandrine Avril je"), then the clause's or
 * the message's end or a word in lower case.  "Bonjour c'est Urgent", "bisous à
 * tous", "bisous Paris" (kept), "c'est Hery" with no greeting stay.
 */
static int
cue_message_senders(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j, e, b;
		int r;

		if (!word_has(s, i, D_MSGCUE))
			continue;
		if (!(s->words[i].flags & W_UPPER) && (word_is(s, i, "slt") ||
		    word_is(s, i, "bjr") || word_is(s, i, "bsr") ||
		    word_is(s, i, "cc") || word_is(s, i, "coucou") ||
		    word_is(s, i, "salut") || word_is(s, i, "bonjour") ||
		    word_is(s, i, "bonsoir") || word_is(s, i, "hello")) &&
		    (r = sms_sender(t, s, i)) < 0)
			return r;
		if (word_is(s, i, "bonjour") || word_is(s, i, "coucou") ||
		    word_is(s, i, "salut")) {
			if (i + 3 >= s->nwords || !cue_next_to(t, s, i, i + 1) ||
			    !cue_c_est(t, s, i + 1) ||
			    !cue_next_to(t, s, i + 2, i + 3))
				continue;
			j = i + 3;
		} else if (word_is(s, i, "bisous") || word_is(s, i, "bisou") ||
		    word_is(s, i, "bises") || (word_is(s, i, "suis") &&
		    i > 0 && word_is(s, i - 1, "je"))) {
			if (!cue_next_to(t, s, i, i + 1))
				continue;
			j = i + 1;
		} else
			continue;
		/* a name found already ("c'est Sandrine": the lists'), or
		 * a name by itself */
		if ((s->words[j].flags & W_UPPER) ||
		    !(is_name_span(span_of(s, j)) || (cue_cap_word(s, j) &&
		    cue_name_itself(t, s, j)) || cue_surname_first(t, s, j)))
			continue;
		/* "c'est Sandrine Avril je", "Je suis Kerby Fils-Aimé,": the
		 * surname after it (a month's name too), its compound's
		 * parts */
		for (b = j; b + 1 < s->nwords && b < j + 3 &&
		    s->words[b + 1].start == s->words[b].end + 1 &&
		    (t[s->words[b].end] == ' ' || t[s->words[b].end] == '-') &&
		    (cue_surname_word(s, b + 1) || cue_compound_head(t, s, b + 1));
		    b++)
			;
		e = s->words[b].end;
		if (e < s->text_len && !util_in_set(",.;!?)\" ", t[e]) &&
		    !cue_quote_at(t, s->text_len, e, 0))
			continue;
		if (e < s->text_len && t[e] == ' ' && b + 1 < s->nwords &&
		    s->words[b + 1].start == e + 1 &&
		    (s->words[b + 1].flags & (W_CAP | W_UPPER)))
			continue;	/* a run of capitals: a place, a firm */
		if ((r = cue_take(s, j, b)) < 0)
			return r;
		i = b;
	}
	return 0;
}

/* Only spaces and apostrophes (straight or curly, bytes beyond ASCII)
 * stand between word j and the word before it. */
static int
label_gap(const char *t, const struct detect_scratch *s, size_t j)
{
	if (j == 0)
		return 0;
	for (size_t b = s->words[j - 1].end; b < s->words[j].start; b++)
		if (t[b] != ' ' && t[b] != '\'' && (unsigned char)t[b] < 0x80)
			return 0;
	return 1;
}

/* The word after a label's complement from word k ("d'usage", "de
 * naissance", "de jeune fille", "usuel", "marital", "du patient"), or
 * k. */
static size_t
cue_label_end(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const words[] = { "usage", "naissance", "usuel",
	    "usuelle", "marital", "jeune", "fille", "epouse", NULL };
	/* whose name ("Nom du patient :", "Nom de la patiente :", "Nom du
	 * médecin traitant :": review21) */
	static const char *const whose[] = { "patient", "patiente",
	    "malade", "resident", "residente", "beneficiaire", "assure",
	    "assuree", "enfant", "referent", "referente", "prescripteur",
	    "demandeur", "traitant", "traitante", NULL };
	/* or a role of the table (detect_role.c): "Nom du père :", "Nom
	 * de l'aidant :", "Nom du médecin :" */
	const unsigned roles = ROLE_KIN | ROLE_GUARD | ROLE_NEAR |
	    ROLE_CARER | ROLE_STAFF;
	size_t j = k;

	/* the label's words only: nothing but spaces and an apostrophe
	 * between them ("Nom de naissance : DU PONT": "DU" is the value's) */
	while (j < s->nwords && j < k + 4 && label_gap(t, s, j) &&
	    (word_is(s, j, "d") ||
	    word_is(s, j, "de") || word_is(s, j, "du") ||
	    (word_is(s, j, "la") && j > k && word_is(s, j - 1, "de")) ||
	    in_list(words, wf(s, &s->words[j]), s->words[j].fold_len) ||
	    in_list(whose, wf(s, &s->words[j]), s->words[j].fold_len) ||
	    (role_kinds(s, j) & roles)))
		j++;
	return j < s->nwords && j > k && !word_is(s, j - 1, "d") &&
	    !word_is(s, j - 1, "de") && !word_is(s, j - 1, "du") &&
	    !word_is(s, j - 1, "la") ? j : k;
}

/* Byte k of t is a space or a no-break space's last byte: its length
 * back from k, or 0. */
static size_t
cue_space_back(const char *t, size_t k)
{
	if (t[k] == ' ')
		return 1;
	return k >= 1 && (unsigned char)t[k] == 0xa0 &&
	    (unsigned char)t[k - 1] == 0xc2 ? 2 : 0;
}

/* The byte before word i, spaces skipped (0 at the start). */
static unsigned char
cue_byte_before(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].start, g;

	while (a > 0 && (g = cue_space_back(t, a - 1)) != 0)
		a -= g;
	return a > 0 ? (unsigned char)t[a - 1] : 0;
}

/*
 * What stands between a label (word i, its complement up to word n) and
 * word n says it is one: a colon ("Nom : X"), or, as structured data
 * pasted into a note writes it, an equals sign ("nom=X"), a closing
 * quote first ("\"nom\": \"X\"", "« Nom » : X"), a tag ("<nom>X</nom>"),
 * a table's cell ("| Nom | X |"), or the quoted label alone ("«nom de
 * naissance» X").  Only the separator is read: what follows it up to
 * word n (a quote, spaces) is the value's.  Asked only of the words
 * "nom", "prénom" (D_NAMECUE).
 */
static __attribute__((noinline)) int
cue_label_sep(const char *t, const struct detect_scratch *s, size_t i,
    size_t n)
{
	size_t a = s->words[n - 1].end, b = s->words[n].start;
	unsigned char before = cue_byte_before(t, s, i);
	int quoted = 0;

	while (a < b && (t[a] == ' ' || t[a] == '\t'))
		a++;
	/* a closing quote: '"', '\'', » (c2 bb), ” (e2 80 9d) */
	if (a < b && (t[a] == '"' || t[a] == '\'' || (a + 1 < b &&
	    (unsigned char)t[a] == 0xc2 && (unsigned char)t[a + 1] == 0xbb) ||
	    (a + 2 < b && (unsigned char)t[a] == 0xe2 &&
	    (unsigned char)t[a + 1] == 0x80 &&
	    (unsigned char)t[a + 2] == 0x9d))) {
		quoted = before == '"' || before == '\'' || before == 0xab ||
		    before == 0x9c;
		a += (unsigned char)t[a] == 0xc2 ? 2 : (unsigned char)t[a] ==
		    0xe2 ? 3 : 1;
		while (a < b && (t[a] == ' ' || ((unsigned char)t[a] == 0xc2 &&
		    a + 1 < b && (unsigned char)t[a + 1] == 0xa0)))
			a += t[a] == ' ' ? 1 : 2;
		/* «nom de naissance» X: the quote closed the label */
		if (a == b)
			return quoted;
	}
	if (a >= b)
		return 0;
	switch (t[a]) {
	case ':':
	case '=':
		return 1;
	case '>':
		return before == '<';
	case '|':
		return before == '|';
	default:
		return 0;
	}
}

/* Words from k in lower case after a label ("nom=kerguelen"): each a
 * name by itself (listed, or a word no dictionary has) of three letters
 * or more, no word of the tables; the last one's index, or NO_WORD. */
static __attribute__((noinline)) size_t
cue_lower_run(const char *t, struct detect_scratch *s, size_t k)
{
	size_t b = NO_WORD;

	for (size_t j = k; j < s->nwords && j < k + CUE_MAX_WORDS; j++) {
		const struct detect_word *w = &s->words[j];

		if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    (w->dflags & CUE_NOT_NAME) || w->nchars < 3 ||
		    word_taken(s, j) || !cue_name_itself(t, s, j))
			break;
		b = j;
		if (!joined(t, s, j))
			break;
	}
	return b;
}

/* The tables a word after a label and its particles is never a name of:
 * fewer than CUE_NOT_NAME, since the label says a name follows ("Nom :
 * DE LA TOUR", "DU PONT", "DE LA RUE": a street's or a place's word is a
 * surname there); "Nom : Le patient", "LE MEDECIN" stay. */
#define CUE_PARTICLE_NOT_NAME	(D_TITLE | D_NOTNAME | D_RELATIVE | \
    D_CLINICAL | D_MONTH | D_UNIT | D_DATECUE | D_TERM | D_PARTICLE | \
    D_SUBJVERB | D_RELATION | D_NAMECUE)

/* Word n, a particle with a capital after a label, and up to one more
 * lead to capitalized words (cue_cap_run): the last one's index, or
 * NO_WORD ("Nom : Le patient" stays). */
static __attribute__((noinline)) size_t
cue_label_particles(const char *t, struct detect_scratch *s, size_t n)
{
	const struct detect_word *w;
	size_t q = n, b;
	int named;

	while (q < s->nwords && q < n + 2 && word_has(s, q, D_PARTICLE) &&
	    (s->words[q].flags & (W_CAP | W_UPPER)) && joined(t, s, q))
		q++;
	if (q == n || q >= s->nwords || word_has(s, q, D_PARTICLE))
		return NO_WORD;
	if ((b = cue_cap_run(t, s, q, &named)) != NO_WORD)
		return b;
	/* the first word after the particles is a street's or a place's
	 * word ("DE LA TOUR"): the label makes it the name's */
	w = &s->words[q];
	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT) ||
	    (w->dflags & CUE_PARTICLE_NOT_NAME) || word_taken(s, q))
		return NO_WORD;
	if (q + 1 < s->nwords && joined(t, s, q) &&
	    (b = cue_cap_run(t, s, q + 1, &named)) != NO_WORD)
		return b;
	return q;
}

/* Byte c ends a line of a cell's text. */
static int
cue_eol(char c)
{
	return c == '\n' || c == '\r' || c == '\v';
}

/* The cell col of the line from byte a (cells cut by sep): its first
 * and last byte in *cs, *ce; 0 if the line has fewer cells. */
static int
cue_cell(const char *t, size_t len, size_t a, char sep, size_t col,
    size_t *cs, size_t *ce)
{
	for (size_t c = 0; c < col; c++) {
		while (a < len && t[a] != sep && !cue_eol(t[a]))
			a++;
		if (a >= len || t[a] != sep)
			return 0;
		a++;
	}
	*cs = a;
	while (a < len && t[a] != sep && !cue_eol(t[a]))
		a++;
	*ce = a;
	return 1;
}

/* The capitalized words of [cs, ce), the first a name by itself
 * (cue_cap_run): taken.  1 if so, 0, or -errno. */
static int
cue_cell_name(const char *t, struct detect_scratch *s, size_t cs, size_t ce)
{
	size_t k = word_at(s, cs), b;
	int named;

	if (k >= s->nwords || s->words[k].end > ce ||
	    (b = cue_cap_run(t, s, k, &named)) == NO_WORD || !named ||
	    !cue_name_itself(t, s, k))
		return 0;
	while (b > k && s->words[b].end > ce)
		b--;
	return s->words[b].end > ce ? 0 : cue_take(s, k, b) < 0 ? -ENOMEM : 1;
}

/* The header line cue_table_column read last (cue_labels's): the byte
 * after its end (0: none yet), and how many of its labels it read. */
#define CUE_TABLE_LABELS	16
struct cue_table_line {
	size_t	end;
	int	labels;
};

/*
 * A table pasted into a note, its header on a line and its rows on the
 * next ones, cells cut by tabs, '|' or ';' ("NOM<TAB>PRENOM<TAB>DDN",
 * then "QUINIOU<TAB>Gwenaël<TAB>03/02/1951"): the label "nom"/"prénom"
 * (word i) names its column, and each row's cell in that column is a
 * name when its first word is one by itself.  Asked only at the label,
 * when a separator follows it; the header must have two cells or more.
 * 1 if the label is a table's, 0, or -errno.
 */
static __attribute__((noinline)) int
cue_table_column(const char *t, struct detect_scratch *s, size_t i,
    struct cue_table_line *line)
{
	size_t len = s->text_len, a = s->words[i].end, ls, le, col = 0, cs, ce;
	char sep;
	int r, taken = 0;

	while (a < len && t[a] == ' ')
		a++;
	if (a >= len || (t[a] != '\t' && t[a] != '|' && t[a] != ';'))
		return 0;
	sep = t[a];
	/* the labels of one line: each walks the line and the rows under
	 * it, so a line of many ("nom;nom;nom;...", a 64 kB cell took half
	 * a second, quadratic) is read for its first CUE_TABLE_LABELS only */
	if (a < line->end && ++line->labels > CUE_TABLE_LABELS)
		return 0;
	if (a >= line->end)
		line->labels = 1;
	for (ls = s->words[i].start; ls > 0 && !cue_eol(t[ls - 1]); ls--)
		col += t[ls - 1] == sep;
	for (le = a; le < len && !cue_eol(t[le]); le++)
		;
	line->end = le + 1;
	/* the label's own line: a header of two cells or more */
	if (le >= len || (col == 0 && memchr(t + a + 1, sep, le - a - 1) ==
	    NULL))
		return 0;
	for (int rows = 0; rows < 50 && le < len; rows++) {
		size_t ls2;

		while (le < len && cue_eol(t[le]))
			le++;
		for (ls2 = le; le < len && !cue_eol(t[le]); le++)
			;
		/* a row has cells: a line without the separator ends the
		 * table ("NOM;PRENOM", a row, then "KERGUELEN est venu") */
		if (memchr(t + ls2, sep, le - ls2) == NULL ||
		    !cue_cell(t, len, ls2, sep, col, &cs, &ce))
			break;
		if ((r = cue_cell_name(t, s, cs, ce)) < 0)
			return r;
		taken |= r;
	}
	return taken;
}

/* names23: a record's fields typed in capitals with no separator
 * between label and value, "NOM ZILBERMAN / PRENOM NOA / DDN ...": the
 * label "NOM" or "PRENOM" in capitals opening a field (the text's or a
 * line's start, after ":/|;(-" or a tab), the run [n, b] in capitals,
 * and a field's end right after it (" / ", "|", ";", a line's or the
 * text's end).  "au nom de", "le nom Parkinson" (lower case), "NOM DU MEDECIN
 * TRAITANT / ..." (the run's first word must still be a name by itself,
 * cue_labels) stay. */
static int
cue_caps_record_value(const char *t, const struct detect_scratch *s,
    size_t i, size_t n, size_t b)
{
	size_t e = s->words[b].end, a = s->words[i].start;

	if (!(s->words[i].flags & W_UPPER) || s->words[i].nchars < 3)
		return 0;
	/* the label opens a field: "LE NOM PARKINSON /" stays */
	while (a > 0 && t[a - 1] == ' ')
		a--;
	if (a > 0 && !util_in_set(":/|;\n\r\t(-", t[a - 1]))
		return 0;
	for (size_t k = n; k <= b; k++)
		if (!(s->words[k].flags & W_UPPER))
			return 0;
	while (e < s->text_len && t[e] == ' ')
		e++;
	return e >= s->text_len || cue_eol(t[e]) || t[e] == '/' ||
	    t[e] == '|' || t[e] == ';';
}

/* "prénom" with no separator before a capitalized run [n, b] that ends a
 * clause: "M. Martin (prénom Noël, né un 25 décembre)", "sa fille,
 * prénom Rose." (the first word a name by itself, cue_labels).  Not
 * "nom" ("au nom de", "le nom Parkinson" name no one), not a run that
 * goes on ("prénom Noël Martin est": cue_cap_run stops at lower case,
 * and the clause must end there). */
static int
cue_bare_first_name(const char *t, const struct detect_scratch *s, size_t i,
    size_t n, size_t b)
{
	size_t e = s->words[b].end;

	if (n != i + 1 || s->words[n].start != s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ')
		return 0;
	if (cue_caps_record_value(t, s, i, n, b))
		return 1;
	if (!(word_is(s, i, "prenom") || word_is(s, i, "prenoms")))
		return 0;
	return e >= s->text_len || util_in_set(",.;)", t[e]);
}

/* The placeholders a label's value may be instead of a name ("Nom :
 * Anonyme", "Prénom : Non renseigné", "Nom : Voir étiquette"), as
 * folded; not_names holds "inconnu", "patient". */
static const char *const cue_label_placeholders[] = {
	"anonyme", "anonymes", "idem", "identique", "non", "refus", "voir",
	"nc", "nr", "neant", "ignore", "ignoree", "illisible", "etiquette",
	"renseigne", "renseignee", "communique", "communiquee", "cf", "vide",
	"aucun", "aucune", "nom", "prenom", "prenoms", NULL,
};

/* A folded word of n bytes names a specialty or a service ("Nom :
 * Cardiologie", "Pédiatrie"): its ending says so. */
static int
cue_specialty(const char *f, size_t n)
{
	return (n > 6 && memcmp(f + n - 5, "logie", 5) == 0) ||
	    (n > 7 && memcmp(f + n - 6, "iatrie", 6) == 0);
}

/* The separator right before word n is a colon or an equals sign
 * (spaces and a closing quote skipped back): a label's value, not a
 * table's cell ("| Nom | Prénom | Examen |"), which cue_table_column
 * reads. */
static int
cue_label_colon(const char *t, const struct detect_scratch *s, size_t n)
{
	size_t a = s->words[n].start;

	while (a > 0 && a + 4 > s->words[n].start && (t[a - 1] == ' ' ||
	    t[a - 1] == '"' || t[a - 1] == '\t'))
		a--;
	return a > 0 && (t[a - 1] == ':' || t[a - 1] == '=');
}

/*
 * The value after a label with its separator ("Nom : PIGEON", "Nom de
 * naissance : CORDONNIER", "Nom : Vigneron   Prénom : Paul", "Nom/Prénom
 * : Tisserand Anne"), when its first word is an ordinary word
 * (cue_name_itself refused it): the label says a surname follows, as
 * it does for a street's word after particles (cue_label_particles).
 * Word n capitalized, no digit, three letters or more, no word of the
 * tables a label's value is never a name of (CUE_PARTICLE_NOT_NAME) nor
 * a placeholder; and the value ends there (the text's or a line's end,
 * ",;/|)", two spaces or a tab before the next label) or goes on with a
 * capitalized word (the first name, the next label).  "Nom : Voir
 * étiquette", "Nom : Doliprane 1 g" (a digit's word after it ends no
 * value), "Nom : Le patient" stay.  Word n, or NO_WORD.
 */
static __attribute__((noinline)) size_t
cue_label_word_value(const char *t, struct detect_scratch *s, size_t n)
{
	const struct detect_word *w = &s->words[n];
	size_t e = w->end, sp = 0;

	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT) ||
	    w->nchars < 3 || (w->dflags & CUE_PARTICLE_NOT_NAME) ||
	    word_taken(s, n) || dict_keep_has(w->fhash) ||
	    in_list(cue_label_placeholders, wf(s, w), w->fold_len) ||
	    cue_specialty(wf(s, w), w->fold_len))
		return NO_WORD;
	while (e < s->text_len && (t[e] == ' ' || t[e] == '\t') && sp < 2)
		sp += t[e++] == '\t' ? 2 : 1;
	if (e >= s->text_len || sp >= 2 || cue_eol(t[e]) ||
	    util_in_set(",;/|)", t[e]))
		return n;
	/* a capitalized word next, right after one space */
	return n + 1 < s->nwords && s->words[n + 1].start == e &&
	    (s->words[n + 1].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[n + 1].flags & W_DIGIT) ? n : NO_WORD;
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
	struct cue_table_line line = { 0, 0 };
	size_t ncue, next = 0;
	const uint32_t *cues = word_class(s, WC_NAMECUE, &ncue);

	/* from a cue word, not the last (WC_NAMECUE), past the last name
	 * taken */
	for (size_t x = 0; x < ncue; x++) {
		size_t i = cues[x], n = i + 1, b, k;
		int named, r, bare;

		if (i < next || !(word_is(s, i, "nom") ||
		    word_is(s, i, "prenom") || word_is(s, i, "prenoms")))
			continue;
		/* "NOM<TAB>PRENOM" on a line, the values on the next */
		if ((r = cue_table_column(t, s, i, &line)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		/* "Nom d'usage :", "Nom de naissance :", "Prénom usuel :" */
		n = cue_label_end(t, s, i + 1);
		/* or "prénom Noël," (cue_bare_first_name, below) */
		bare = !cue_label_sep(t, s, i, n);
		/* "(nom de naissance Rabiller)", "nom d'usage Martin": the
		 * complement says what follows is a name, one space before
		 * it, no separator needed (cue_name_itself still asked) */
		if (bare && (!(s->words[n].flags & (W_CAP | W_UPPER)) ||
		    (n != i + 1 && (s->words[n].start != s->words[n - 1].end +
		    1 || t[s->words[n - 1].end] != ' '))))
			continue;
		/* past the words found already ("Ben Salah" after a label
		 * another rule read) */
		for (k = n; k + 1 < s->nwords && is_name_span(span_of(s, k)) &&
		    joined(t, s, k); k++)
			;
		/* "Nom : LE SCORNET", "«nom» DE LA TOUR": the particles,
		 * in capitals, lead to the name */
		if (k == n && !bare &&
		    (b = cue_label_particles(t, s, n)) != NO_WORD) {
			if ((r = cue_take(s, n, b)) < 0)
				return r;
			next = b + 1;
			continue;
		}
		/* "Nom : PIGEON": a word the dictionary has, the label's
		 * value (cue_label_word_value); "NOM PIGEON / PRENOM" too,
		 * a record's field in capitals (cue_caps_record_value) */
		if (k == n && !cue_name_itself(t, s, k) &&
		    (bare ? n == i + 1 && cue_caps_record_value(t, s, i, n, n) :
		    cue_label_colon(t, s, n)) &&
		    (b = cue_label_word_value(t, s, n)) != NO_WORD) {
			if ((r = cue_take(s, n, b)) < 0)
				return r;
			next = b + 1;
			continue;
		}
		if (k == n ? !cue_name_itself(t, s, k) :
		    !is_name_span(span_of(s, k - 1)))
			continue;
		if ((b = cue_cap_run(t, s, k, &named)) == NO_WORD &&
		    (k != n || (b = cue_lower_run(t, s, k)) == NO_WORD))
			continue;
		if (bare && (k != n || (n == i + 1 &&
		    !cue_bare_first_name(t, s, i, n, b))))
			continue;
		if ((r = cue_take(s, k, b)) < 0)
			return r;
		next = b + 1;
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

	size_t ncue, next = 0;
	const uint32_t *cues = word_class(s, WC_NAMECUE, &ncue);

	/* from a cue word (WC_NAMECUE), past the last list taken */
	for (size_t x = 0; x < ncue; x++) {
		size_t i = cues[x], k = i + 1, last = NO_WORD;
		int r;

		if (i < next || i + 3 >= s->nwords || !word_is(s, i, "ses") ||
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
		next = last + 1;
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
	size_t ncue;
	const uint32_t *cues = word_class(s, WC_NAMECUE, &ncue);

	/* from a cue word, not the first nor the last (WC_NAMECUE) */
	for (size_t x = 0; x < ncue; x++) {
		size_t i = cues[x], a, j;
		int r, named = 0;

		if (i == 0 || !(word_is(s, i, "sa") ||
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

/* Word k and the next ones are a clock time ("21:03", "14:22:05": one
 * or two digits, then pairs glued by colons): the index of its last
 * word, or NO_WORD. */
static size_t
chat_clock_end(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	size_t m = k, pairs = 0;

	if (!(w->flags & W_DIGIT) || w->end - w->start > 2 ||
	    (k > 0 && s->words[k - 1].end == w->start))
		return NO_WORD;
	while (pairs < 2 && m + 1 < s->nwords && t[s->words[m].end] == ':' &&
	    s->words[m + 1].start == s->words[m].end + 1 &&
	    (s->words[m + 1].flags & W_DIGIT) &&
	    s->words[m + 1].end - s->words[m + 1].start == 2) {
		m++;
		pairs++;
	}
	return pairs == 0 ? NO_WORD : m;
}

/* The byte after the separator between a message's clock time, ending at
 * byte e, and its sender ("] ", " - ", " – ", " "), or 0 when none. */
static size_t
chat_sender_start(const char *t, size_t len, size_t e)
{
	size_t k = e;

	if (k < len && t[k] == ']')
		k++;
	if (k >= len || t[k] != ' ')
		return 0;
	k++;
	if (k + 1 < len && t[k] == '-' && t[k + 1] == ' ')
		k += 2;
	else if (k + 3 < len && memcmp(t + k, "\xe2\x80\x93 ", 4) == 0)
		k += 4;
	/* "[14:22] ~ Marie L.:": WhatsApp's mark of a number not in the
	 * contacts */
	if (k + 1 < len && t[k] == '~' && t[k + 1] == ' ')
		k += 2;
	return k;
}

/* Word j starts a line (or the text) after a chat's mark: "~ " (WhatsApp's
 * sender not in the contacts) or one to three ">" of a quoted reply, one
 * space or none after, spaces before ("~ Marie L.: ...", "> Rose : ...",
 * ">> Rose: ...").  1, or 0. */
static int
chat_mark_line_start(const char *t, const struct detect_scratch *s,
    size_t j)
{
	size_t p = s->words[j].start, q;

	if (p > 0 && t[p - 1] == ' ')
		p--;
	if (p == 0)
		return 0;
	if (t[p - 1] == '~')
		p--;
	else
		for (q = p; p > 0 && q - p < 3 && t[p - 1] == '>'; p--)
			;
	if (p == s->words[j].start || t[p] == ' ')
		return 0;
	for (q = 0; p > 0 && q < 4 && t[p - 1] == ' '; q++)
		p--;
	return p == 0 || t[p - 1] == '\n' || t[p - 1] == '\r';
}

/* Word j starts a line (or the text) after a list's bullet: '-', '*',
 * a bullet U+2022 or an en dash, one space after, spaces before ("- Rose :
 * elle a bien dormi").  1, or 0. */
static int
bullet_line_start(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t p = s->words[j].start, q;

	if (p < 2 || t[p - 1] != ' ')
		return 0;
	p--;
	if (t[p - 1] == '-' || t[p - 1] == '*')
		p--;
	else if (p >= 3 && (memcmp(t + p - 3, "\xe2\x80\xa2", 3) == 0 ||
	    memcmp(t + p - 3, "\xe2\x80\x93", 3) == 0))
		p -= 3;
	else
		return 0;
	for (q = 0; p > 0 && q < 4 && t[p - 1] == ' '; q++)
		p--;
	return p == 0 || t[p - 1] == '\n' || t[p - 1] == '\r';
}

/* Word j, after a list's bullet at a line's start, is a first name of
 * the lists written with its capital (not weak, no title).
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
bullet_sender(const char *t, const struct detect_scratch *s, size_t j)
{
	return (s->words[j].flags & W_CAP) && (s->words[j].dflags & D_FIRST) &&
	    !(s->words[j].dflags & (D_WEAK | D_NOTNAME | D_TITLE)) &&
	    bullet_line_start(t, s, j);
}

/* Words j.. are a chat message's sender before its colon: one to four
 * capitalized words (cue_cap_run), one a name by itself, an initial's
 * dot after them, then a colon that no digit follows.  The sender's last
 * word, or NO_WORD. */
static size_t
chat_sender_end(const char *t, struct detect_scratch *s, size_t j)
{
	size_t len = s->text_len, b, e;
	int named;

	if ((b = cue_cap_run(t, s, j, &named)) == NO_WORD || !named)
		return NO_WORD;
	e = s->words[b].end;
	/* "Marie L.:": an initial after the name ("L" alone is a unit of
	 * the tables, so no word of cue_cap_run) */
	if (b + 1 < s->nwords && s->words[b + 1].start == e + 1 &&
	    t[e] == ' ' && s->words[b + 1].end == e + 2 &&
	    t[e + 1] >= 'A' && t[e + 1] <= 'Z' && e + 2 < len &&
	    t[e + 2] == '.')
		e = s->words[++b].end;
	if (e < len && t[e] == '.')
		e++;
	if (e < len && t[e] == ' ')
		e++;
	if (e >= len || t[e] != ':' || (e + 1 < len &&
	    t[e + 1] >= '0' && t[e + 1] <= '9'))
		return NO_WORD;
	return b;
}

/* s->colon_words (include/detect.h) of a comment of 64 words or fewer:
 * each colon of the text, and the last word that starts before it, when
 * only spaces are between.  One walk of the colons and the words. */
static __attribute__((noinline)) void
colon_words_make(const char *t, struct detect_scratch *s)
{
	const struct detect_word *w = s->words;
	const char *c = t, *end = t + s->text_len;
	size_t k = 0, n = s->nwords;
	uint64_t m = 0;

	while (n > 0 && (c = memchr(c, ':', (size_t)(end - c))) != NULL) {
		size_t p = (size_t)(c - t), e;

		c++;
		/* the last word that starts before it (word_at: the first
		 * at or after it), where a walk of the words from the last
		 * colon's was mispredicted at its end (speed31c) */
		k = word_at(s, p);
		k = k > 0 ? k - 1 : 0;
		if (w[k].end > p)
			continue;	/* no word before it */
		for (e = w[k].end; e < p && t[e] == ' '; e++)
			;
		m |= (uint64_t)(e == p) << k;
	}
	s->colon_words = m;
	s->name_summary |= NS_COLONS;
}

/* The first word k from word i on whose first byte after it that is no
 * space is a colon, or that may be (the last word that starts before the
 * next colon, in a comment of more than 64 words); s->nwords if none.
 * The words between i and k have another byte first after them.  The
 * rules that read a label or a time before a colon ("Présents :",
 * "Radiologue : X", "De :", "21:03 - Hamza :") go from colon to colon
 * rather than test every word; the words are found once a comment for the
 * three (speed23c). */
static __attribute__((noinline)) size_t
colon_word_long(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end;
	const char *c = memchr(t + e, ':', s->text_len - e);

	if (c == NULL)
		return s->nwords;
	return word_at(s, (size_t)(c - t)) - 1;
}

static inline size_t
colon_word(const char *t, struct detect_scratch *s, size_t i)
{
	uint64_t m;

	if (s->nwords > 64)
		return colon_word_long(t, s, i);
	if (!(s->name_summary & NS_COLONS))
		colon_words_make(t, s);
	m = s->colon_words >> i;
	return m != 0 ? i + (size_t)__builtin_ctzll(m) : s->nwords;
}

/* A line's head before a chat's sender: up to four spaces, a mark or a
 * bullet of up to three bytes, a space (chat_mark_line_start,
 * bullet_line_start). */
#define CHAT_LINE_HEAD	8

/*
 * The sender of a message in a pasted chat or SMS transcript: right after
 * the message's clock time ("12/11/25 21:03 - Hamza: ...", "[03/12/2025,
 * 14:22:05] Youssef Chaoui: ...", "[14:22] Marie: ...", "03/12 10:14
 * Marie L. : ..."), the capitalized words before a colon wrote it, a
 * first name that is also a word too ("Marie", "Rose", which no other
 * rule takes alone): one to four capitalized words joined (cue_cap_run:
 * no word of the tables), one of them a name by itself
 * (cue_name_itself), an initial's dot after them, then a colon that no
 * digit follows.  "14:00 - Repas : pris", "8:30 - TA : 12/8", "21:03 -
 * Vous : ok", "10:14 Pharmacie : appel" stay (words of the lexicon or of
 * the tables).  With no time, after a chat's mark at a line's start:
 * "~ Marie L.: ...", "> Rose : ..." (chat_mark_line_start); "> Repas :
 * pris", "CRP > Rose : ..." (not at a line's start) stay.  After a
 * list's bullet at a line's start ("- Rose : elle a bien dormi",
 * bullet_line_start) when the first word is a first name of the lists,
 * not weak, and no ordinary word unless the list holds two such senders:
 * "- Neuro : RAS", "- Pulmo : ...", "- Repas : pris", "- Rose : fait."
 * alone stay.
 * (detect_run's gate: a colon, and a digit, a chat's mark or a
 * bullet.)
 */
int
scan_chat_senders(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;
	int marks = (s->text_bytes & TB_CHATMARK) != 0;
	/* (bullet_sender asks a first name of the lists: none in the
	 * comment, no sender after a bullet, asked without the walks;
	 * speed21) */
	int bullets = (s->text_bytes & TB_BULLET) != 0 &&
	    comment_has(s, 0, D_FIRST), senders = 0;
	/* A sender after a bullet or a chat's mark starts a line: with no
	 * line break in the text, a word that starts past byte
	 * CHAT_LINE_HEAD (four spaces, a mark or a bullet of three bytes, a
	 * space) is none, and only the time's arm reads it, which needs a
	 * colon right after the word: from colon to colon (colon_word).  The
	 * walks asked every word of every comment with a colon and a digit
	 * or a bullet (speed23c: 0.70 M instructions a pass).  The text's
	 * bytes say whether it has a line break (two memchr over it
	 * before, speed27b). */
	int lines = !detect_gates() ||
	    (s->text_bytes & (TB_NEWLINE | TB_CR)) != 0;

	/* the senders after a bullet, counted first (two are enough) */
	for (size_t k = 0; bullets && senders < 2 && k < s->nwords &&
	    (lines || s->words[k].start <= CHAT_LINE_HEAD); k++)
		senders += bullet_sender(t, s, k) &&
		    chat_sender_end(t, s, k) != NO_WORD;

	for (size_t k = 0; k + 1 < s->nwords; k++) {
		size_t m, j, b, a;
		int r;

		if (!lines && s->words[k].start > CHAT_LINE_HEAD &&
		    (k = colon_word(t, s, k)) + 1 >= s->nwords)
			break;

		/* "~ Marie L.: ...", "> Rose : ...": a sender with no time
		 * after a chat's mark at a line's start (leaks19b) */
		if (marks && (s->words[k].flags & (W_CAP | W_UPPER)) &&
		    chat_mark_line_start(t, s, k) &&
		    (b = chat_sender_end(t, s, k)) != NO_WORD) {
			if ((r = cue_take(s, k, b)) < 0)
				return r;
			k = b;
			continue;
		}
		/* "- Rose : elle a bien dormi": after a list's bullet, a
		 * first name of the lists first (a note's headings, "-
		 * Neuro : RAS", "- Pulmo : ...", are none); one that is an
		 * ordinary word too ("Rose", "Aim\xc3\xa9" "e") only in a list of
		 * two such senders or more ("- Rose : fait." alone is a
		 * list's item) (review20) */
		if (bullets && bullet_sender(t, s, k) &&
		    (senders >= 2 || !word_lexicon(t, s, k)) &&
		    (b = chat_sender_end(t, s, k)) != NO_WORD) {
			if ((r = cue_take(s, k, b)) < 0)
				return r;
			k = b;
			continue;
		}
		if (k + 2 >= s->nwords || t[s->words[k].end] != ':' ||
		    (m = chat_clock_end(t, s, k)) == NO_WORD) {
			continue;
		}
		k = m;
		if (m + 1 >= s->nwords || (a = chat_sender_start(t, len,
		    s->words[m].end)) == 0 || s->words[m + 1].start != a)
			continue;
		j = m + 1;
		if ((b = chat_sender_end(t, s, j)) == NO_WORD)
			continue;
		if ((r = cue_take(s, j, b)) < 0)
			return r;
		k = b;
	}
	return 0;
}

/* Words an attendance list follows, before its colon ("Présents :",
 * "Participantes :"). */
static int
attendance_label(const struct detect_scratch *s, size_t i)
{
	return word_is(s, i, "presents") || word_is(s, i, "presentes") ||
	    word_is(s, i, "present") || word_is(s, i, "presente") ||
	    word_is(s, i, "participants") || word_is(s, i, "participantes");
}

/* Between words k and k + 1 a clause ends: ';', a line's end, or a dot
 * that is no abbreviation's ("M.", "Dr.", an initial "J."). */
static int
attendance_clause_ends(const char *t, const struct detect_scratch *s,
    size_t k)
{
	for (size_t b = s->words[k].end; b < s->words[k + 1].start; b++) {
		if (t[b] == ';' || t[b] == '\n' || t[b] == '\r')
			return 1;
		if (t[b] == '.' && !(b == s->words[k].end &&
		    (word_has(s, k, D_TITLE) || s->words[k].nchars == 1)))
			return 1;
	}
	return 0;
}

/* Word i heads a list of its own: the text's or a line's first word,
 * after a clause's end or a bullet, or after "étaient" so placed
 * ("Réflexes présents :", "pouls présents :" are findings). */
static int
attendance_heading(const char *t, const struct detect_scratch *s, size_t i)
{
	if (i > 0 && word_is(s, i - 1, "etaient"))
		i--;
	if (i == 0)
		return s->words[0].start < 4;
	for (size_t b = s->words[i - 1].end; b < s->words[i].start; b++)
		if (util_in_set(".;:|-*\n\r", t[b]) ||
		    (unsigned char)t[b] == 0xa2)
			return 1;	/* 0xa2: the last byte of "•" */
	return 0;
}

/*
 * Word i ends a label of the person who did or asked for an act, the
 * label's own word a role ("Radiologue", "Prescripteur", "Référent",
 * "Préleveur", "Médecin", "Interne", "Signé") or "par" after the act
 * ("Demandé par", "Interprété par", "Validé par"): what follows its
 * colon is a person (precision21).
 */
static int
role_label(const struct detect_scratch *s, size_t i)
{
	static const char *const roles[] = {
		"radiologue", "prescripteur", "prescriptrice", "referent",
		"referente", "preleveur", "preleveuse", "demandeur",
		"demandeuse", "medecin", "interne", "signe", "signee",
		"operateur", "operatrice", "anesthesiste", "chirurgien",
		"redacteur", "redactrice", NULL,
	};
	static const char *const acts[] = {
		"demande", "demandee", "interprete", "interpretee", "signe",
		"signee", "valide", "validee", "prescrit", "prescrite",
		"redige", "redigee", "dicte", "dictee", "preleve", "prelevee",
		"realise", "realisee", "effectue", "effectuee", NULL,
	};

	const struct detect_word *w = &s->words[i];

	if (word_is(s, i, "par"))
		return i > 0 && in_list(acts, wf(s, &s->words[i - 1]),
		    s->words[i - 1].fold_len);
	/* "Signé :" with its accent; "Signe :" is a clinical sign's */
	if ((word_is(s, i, "signe") || word_is(s, i, "signee")) &&
	    w->end - w->start == w->fold_len)
		return 0;
	return in_list(roles, wf(s, w), w->fold_len);
}

/*
 * Word j is a word of what a role reports or where it works, not a
 * surname: a clinical word or a term, a drug, a month, a title or a
 * role, a place of care, a service, a result or a state ("Normal",
 * "Absent", "Urgences", "Service"), a letter's subject ("Demande",
 * "Dossier"), a participle as written ("Informé"), an act, a result or
 * a state by its ending ("-ment", "-tion", "-ie", "-ique", "-yse", "-if",
 * "-able", "-eux"), when no list holds it as a name (precision21).
 */
static int
reported_word(const char *t, struct detect_scratch *s, size_t j)
{
	static const char *const states[] = {
		"normal", "normale", "normaux", "anormal", "anormale", "absent",
		"absente", "present", "presente", "negatif", "negative",
		"positif", "positive", "fait", "faite", "vu", "vue", "ras",
		"stable", "bien", "bon", "bonne", "rien", "neant", "aucun",
		"aucune", "inconnu", "inconnue", "non", "oui", "urgent",
		"urgente", "urgences", "urgence", "favorable", "defavorable",
		"correct", "correcte", "satisfaisant", "satisfaisante",
		"pathologique", "idem", "standard", "attente", "service",
		"equipe", "garde", "astreinte", "nuit", "jour", "matin", "soir",
		"moi", "lui", "elle", "patient", "patiente", "famille",
		"externe", "interne", "exterieur", "exterieure", "inconnu",
		"cabinet", "laboratoire", "labo", "centre", "clinique",
		"hopital", "pharmacie", "samu", "smur", "pompiers", "medecin",
		"collegial", "collegiale", "staff", "autre",
		/* a letter's subject ("Objet : Demande Marie") */
		"demande", "courrier", "dossier", "sortie", "admission",
		"transfert", "compte", "rendez", "suivi", "bilan", "avis",
		"resultat", "resultats", "convocation", "certificat",
		"ordonnance", "prise", "rappel", "relance", "confidentiel",
		"confidentielle", "entree", "reponse", "synthese", "lettre",
		"mail", "note", "fiche", NULL,
	};
	static const char *const endings[] = { "ment", "tion", "sion",
		"ie", "ique", "logue", "age", "yse", "ose", "ite", "emie",
		"urie", "ome", "if", "ive", "ifs", "ives", "able", "ables",
		"ible", "ibles", "eux", "euse", "euses", "ait", "aient", "ais",
		"ions", "iez", "ant", "ants", "ir", "ee", "ees", NULL };
	const struct detect_word *w = &s->words[j];
	size_t e = w->end;

	if ((w->dflags & (D_CLINICAL | D_TERM | D_MONTH | D_DATECUE |
	    D_TITLE | D_RELATIVE | D_RELATION | D_INSTHEAD | D_UNIT |
	    D_STREET | D_PLACE | D_HOLIDAY | D_EPONYM | D_NOTNAME)) ||
	    (w->dflags & (D_PHARMACY | D_ENGFUNC)) ||
	    dict_keep_has(w->fhash) ||
	    in_list(states, wf(s, w), w->fold_len))
		return 1;
	/* a past participle, its accent as written ("Informé", "Appelé",
	 * "Vérifiés"): an act done */
	if (!(w->dflags & (D_FIRST | D_LAST)) && ((e >= w->start + 2 &&
	    (unsigned char)t[e - 2] == 0xc3 && ((unsigned char)t[e - 1] ==
	    0xa9 || (unsigned char)t[e - 1] == 0x89)) || (e >= w->start + 3 &&
	    (t[e - 1] == 's' || t[e - 1] == 'S') &&
	    (unsigned char)t[e - 3] == 0xc3 && ((unsigned char)t[e - 2] ==
	    0xa9 || (unsigned char)t[e - 2] == 0x89))))
		return 1;
	for (size_t k = 0; endings[k] != NULL; k++) {
		size_t n = strlen(endings[k]);

		if (w->fold_len > n + 2 && memcmp(wf(s, w) + w->fold_len - n,
		    endings[k], n) == 0 && !(w->dflags & (D_FIRST | D_LAST)))
			return 1;
	}
	return 0;
}

/*
 * Word j after a role's label and its colon is a surname alone: one
 * capitalized word (or one in capitals of four letters or more that is
 * no acronym by its shape), the text's end, a punctuation or a
 * parenthesis right after it ("Radiologue : Dauphin", "Demandé par :
 * Cordonnier (urgences)", "Médecin : Chapelle.") -- a surname that is an
 * ordinary word, which no list holds; not a word of reported_word
 * ("Radiologue : Normal", "Demandé par : Urgences").
 */
/* Word j is one word alone after a label's colon (role_lone_surname's
 * shape, names26 shares it): " : " or ": " before it, capitalized (or
 * in capitals, four letters or more, no acronym by its shape), three
 * letters or more, the text's end, a punctuation or a parenthesis right
 * after it. */
static int
lone_after_colon(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j], *r;
	size_t e = w->end, a, b;

	if (j == 0 || (w->flags & W_DIGIT) || w->nchars < 3 ||
	    !(w->flags & (W_CAP | W_UPPER)))
		return 0;
	r = &s->words[j - 1];
	a = r->end;
	b = w->start;
	if (!((b - a == 3 && memcmp(t + a, " : ", 3) == 0) || (b - a == 2 &&
	    memcmp(t + a, ": ", 2) == 0)))
		return 0;
	/* alone: the end, a punctuation, a parenthesis */
	if (e < s->text_len && !(t[e] == '.' || t[e] == ',' || t[e] == ';' ||
	    t[e] == '\n' || t[e] == '\r' || (t[e] == ' ' && e + 1 <
	    s->text_len && (t[e + 1] == '(' || t[e + 1] == '\n' ||
	    t[e + 1] == ';' ||
	    t[e + 1] == '-' || t[e + 1] == '/')) || (t[e] == ' ' &&
	    e + 1 == s->text_len)))
		return 0;
	return !((w->flags & W_UPPER) && (w->nchars < 4 ||
	    acronym_shape(t, s, j)));
}

/* (role_lone_surname: lone_after_colon, then role_label and no
 * reported_word, asked in scan_attendance_lists once for both rules) */

/*
 * names29: word j alone after "Objet :" or "Concerne :" (not a
 * patient's field, where an adjective stands as often) is a surname that
 * is an ordinary word ("Objet : Vigneron", "Concerne : Pigeon", "Objet
 * : Chapelle."): a letter about a person names them there.  What a
 * letter's subject is otherwise is an act, a document or a state: the
 * nouns of acts and documents of reported_word and of the list below
 * ("Relance", "Convocation", "Courrier", "Devis", "Absence"), their
 * endings (reported_word's "-tion", "-ment", "-ie", "-age"..., and
 * "-ance", "-ence", "-ure", "-at", "-isme", "-aire", "-el", "-al"; not
 * "-ier" nor "-eur", a trade's and a surname's as often: "Cordonnier",
 * "Tanneur", "Chasseur", so the documents and the states of those
 * endings are listed: "Dossier", "Courrier", "Erreur", "Chaleur"), a plural,
 * a word in capitals ("OBJET : RELANCE": a heading), a person's or a
 * body's noun ("Objet : Patient", "Concerne : Famille"), a disease or
 * a care no table holds ("Objet : Cancer", "Objet : Asthme"; the English
 * medical dictionary holds "pigeon" and "prince").  Capitalized,
 * four letters at least, no word of the tables (the caller's mask).
 */
/* (subject_word_surname's nouns: word j, four letters or more, is a
 * letter's subject by the list or its ending, or a plural; names32's
 * caps_cue_surname asks it too) */
static int
subject_noun(const struct detect_scratch *s, size_t j)
{
	static const char *const subjects[] = {
		"urgent", "important", "info", "infos", "information", "devis",
		"facture", "report", "accord", "refus", "retour", "examen",
		"operation", "traitement", "transport", "ambulance", "vaccin",
		"test", "analyse", "rapport", "question", "probleme", "appel",
		"message", "contact", "copie", "document", "piece",
		"formulaire", "questionnaire", "attestation", "justificatif",
		"consentement", "visite", "passage", "absence", "presence",
		"plainte", "arret", "envoi", "reception", "rappel", "relance",
		"dossier", "courrier", "calendrier", "planning", "papier",
		"bon", "bilan", "sejour", "stage", "poste", "emploi", "travail",
		"conge", "greve", "reunion", "staff", "rdv", "rendez",
		"consultation", "hospitalisation", "intervention", "patient",
		"patiente", "famille", "personne", "enfant", "parent",
		"parents", "bebe", "nourrisson", "mineur", "majeur", "adulte",
		"medecin", "docteur", "confrere", "consoeur", "collegue",
		"madame", "monsieur", "mademoiselle", "tuteur", "tutrice",
		"tutelle", "curatelle", "mutuelle", "caisse", "assurance",
		"service", "unite", "centre", "ehpad", "domicile", "adresse",
		"telephone", "mail", "courriel", "compte", "contrat", "projet",
		"demande", "suite", "suivi", "avis", "urgence", "sortie",
		"entree", "admission", "transfert", "mutation", "deces",
		"naissance", "grossesse", "accouchement", "chute", "douleur",
		"fievre", "plaie", "fracture", "bilan", "resultat", "compte",
		"prescription", "ordonnance", "renouvellement", "prolongation",
		"remboursement", "paiement", "reglement", "tarif", "prix",
		"cotisation", "dette", "impaye", "litige", "reclamation",
		"signalement", "alerte", "incident", "accident", "erreur",
		"oubli", "retard", "annulation", "modification", "changement",
		"confirmation", "invitation", "inscription", "candidature",
		"remerciement", "felicitations", "condoleances", "voeux",
		"nouvelles", "divers", "autre", "general", "generale", "suite",
		"essai", "brouillon", "reponse", "handicap", "regime",
		"sommeil", "entretien", "tabac", "fugue", "fauteuil", "lit",
		"materiel", "soins", "soin", "repas", "toilette", "habitat",
		"logement", "hebergement", "placement", "sejour", "cancer",
		"asthme", "greffe", "prothese", "fatigue", "diabete", "deuil",
		"alcool", "drogue", "cannabis", "regime", "poids", "vue",
		"ouie", "memoire", "moral", "stress", "angoisse", "peur",
		"sida", "hepatite", "grippe", "covid", "rhume", "otite",
		"orthese", "appareil", "implant", "pacemaker", "stomie",
		"sonde", "catheter", "plan", "programme", "protocole",
		"honneur", "valeur", "faveur", "humeur", "tumeur", "chaleur",
		"rougeur", "couleur", "odeur", "peur", "lenteur", "hauteur",
		"longueur", "largeur", "fraicheur", "pudeur", "labeur",
		"secteur", "moteur", "ordinateur", "serveur", "lecteur",
		"compteur", "capteur", "detecteur", "moniteur", "radiateur",
		"ascenseur", "chauffeur", "visiteur", "donneur", "demandeur",
		"employeur", "fournisseur", "prestataire", "operateur",
		"auteur", "lecteur", NULL,
	};
	static const char *const endings[] = {
		"ance", "ence", "ure", "at", "isme", "aire", "el", "al", "aux",
		"ice", "oire", "ude", "ise", "ite", "te", NULL,
	};
	const char *f = wf(s, &s->words[j]);
	size_t n = s->words[j].fold_len;

	if (n == 0 || f[n - 1] == 's' || f[n - 1] == 'x' ||
	    in_list(subjects, f, n))
		return 1;
	return fold_ends_in(endings, f, n, 1);
}

static int
subject_word_surname(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (!(word_is(s, j - 1, "objet") || word_is(s, j - 1, "concerne")) ||
	    !(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    w->nchars < 4 || (w->dflags & D_FIRST) || !word_lexicon(t, s, j))
		return 0;
	return !subject_noun(s, j);
}

/* The tables that hold no surname where a person stands (names32:
 * subject_lone_surname's mask, roles, stays, devices, first names). */
#define CUE_SURNAME_NOT	(D_CLINICAL | D_TERM | D_MONTH | D_DATECUE | \
	D_TITLE | D_RELATIVE | D_RELATION | D_INSTHEAD | D_UNIT | D_STREET | \
	D_PLACE | D_HOLIDAY | D_EPONYM | D_NOTNAME | D_PARTICLE | D_ENGFUNC | \
	D_SUBJVERB | D_SPEECH | D_NAMECUE | D_ROLE | D_STAY | D_DEVICE | \
	D_PHARMACY | D_SHELTER | D_FIRST)


/* the persons, means and manners a note writes after a cue of a person
 * (ordinary_surname_word) */
static const char *const after_cue[] = {
	/* persons and groups a note sees or calls */
	"kine", "psy", "ide", "ase", "infirmier", "infirmiere",
	"aide", "aidant", "aidante", "tuteur", "tutrice", "voisin",
	"voisine", "ami", "amie", "copain", "copine", "papa", "maman",
	"mari", "epoux", "epouse", "conjoint", "conjointe", "fils",
	"fille", "frere", "soeur", "mere", "pere", "enfant", "enfants",
	"entourage", "proche", "proches", "equipe", "groupe", "medecin",
	"docteur", "chirurgien", "interne", "externe", "senior",
	"chef", "cadre", "sage", "secretaire", "secretariat", "accueil",
	"regulation", "regulateur", "samu", "smur", "pompiers", "police",
	"gendarmerie", "mairie", "ehpad", "ssiad", "had", "cmp", "pmi",
	"caf", "cpam", "mdph", "assistante", "assistant", "educateur",
	"educatrice", "dieteticienne", "psychologue", "orthophoniste",
	"pharmacien", "pharmacienne", "dentiste", "laboratoire", "labo",
	"patient", "patiente", "personne", "famille", "parents",
	"elle", "lui", "eux", "soi", "nous", "vous", "moi", "toi",
	"celui", "celle", "ceux", "lequel", "laquelle", "chacun",
	/* means and manners */
	"telephone", "tel", "mail", "courriel", "fax", "sms", "visio",
	"video", "courrier", "lettre", "voie", "oral", "orale", "bouche",
	"garde", "soutien", "liaison", "sortie", "suivi", "retour",
	"prudence", "precaution", "difficulte", "plaisir", "accord",
	"attention", "douceur", "calme", "patience", "aisance", "succes",
	"echec", "erreur", "defaut", "ailleurs", "contre", "ici",
	"moment", "instant", "semaine", "mois", "jour", "nuit", "matin",
	"soir", "midi", "apres", "avant", "demain", "hier", "rapport",
	"exemple", "ailleurs", "avion", "train", "taxi", "ambulance",
	"vsl", "pied", "internet", "portable", "messagerie", "ecrit",
	"oralement", "fois", "an", "tous", "toutes", "tout", "toute",
	/* bodies a note calls */
	"banque", "agence", "magasin", "ecole", "college", "creche",
	"juge", "parquet", "employeur", "bailleur", "syndic",
	/* names33: trades a note calls back ("Plombier : rappeler
	 * demain"), those of "-ier" that are rare surnames only (a common
	 * one, "Cordonnier", "Couturier", "Charpentier", stays a name) */
	"plombier", "serrurier", "menuisier", "vitrier", "carrossier",
	"platrier", "tapissier", "banquier", "huissier", "bijoutier",
	"epicier", "patissier", "charcutier", "poissonnier", "pompier",
	"policier", "jardinier", "cuisinier", "fermier", "ouvrier",
	"notaire", "concierge", "macon", "proprio", "proprietaire",
	"assurance", "assurances",
	/* kin as a child names it, what a call or a message is */
	"papi", "papy", "mamie", "mamy", "nounou", "tata", "tonton",
	"bienvenue", "detresse", "secours", "courtoisie", "politesse",
	/* aids and things a patient walks, eats or breathes with */
	"canne", "cannes", "deambulateur", "rollator", "bequille",
	"attelle", "minerve", "corset", "oxygene", "lunettes", "appetit",
	"sucre", "eau", "glace", "aide", "masque", "gants", "pompe",
	/* groups of persons */
	"couple", "fratrie", "menage", "foyer", "tous", "autres",
	/* a note's labels before a colon ("Conseil : contacter le
	 * médecin") */
	"conseil", "consigne", "remarque", "action", "objectif", "motif",
	"ordre", "tache", "cible", "besoin", "nota", "memo", "rappel",
	"attitude", "decision", "commentaire", "projet", "proposition",
	"conduite", "idem", "plan", "but", "info", "important", "urgent",
	NULL,
};
/* a person's noun by its ending, or a verb's form */
static const char *const not_surname_endings[] = {
	"ien", "ienne", "iste", "logue", "iatre", "eute", "ant",
	"ante", "eur", "rice",
	/* a verb's form, which no note writes there */
	"erez", "eront", "erai", "eras", "erait", "eraient", "assent",
	"assiez", "erent", "ames", "ates", "iez", "ions", "ons", "ez",
	"ait", "aient", "irent", "issent", "isse", "erons", NULL,
};
/* What meets, brings or sends a person (caps_cue_surname's "VU AVEC",
 * "ADRESSE PAR"; names34: quote_call_cue's "vu avec « Pigeon »") */
static const char *const person_meets[] = {
	"vu", "vue", "vus", "entretien", "rdv", "contact", "echange",
	"echanges", "parle", "discute", "discussion", "consultation",
	"visite", "reunion", "concertation", "rencontre", "passage",
	"accompagne", "accompagnee", "venu", "venue", "lien",
	"adresse", "adressee", "envoye", "envoyee", "appele",
	"appelee", "contacte", "contactee", "amene", "amenee",
	"ramene", "ramenee", "recu", "recue", "joint", "jointe",
	"signe", "signee", "prevenu", "prevenue", NULL,
};

/* names34: word c, right before a quote, brings a person though it is no
 * title nor role: "de" after a call, a message, a letter ("appel de «
 * Pigeon »", "message de \"Vigneron\"", "de la part de « Dauphin »"),
 * "chez", or "avec", "par" after what meets or sends a person
 * (person_meets: "vu avec « Chapelle »", "adressé par 'Prince'"). */
static int
quote_call_cue(const struct detect_scratch *s, size_t c)
{
	/* names38: "passage", "visite" too, before a quote only ("passage
	 * de « Vigneron »": the quotes say a name; "passage de l'infirmière",
	 * "visite de contrôle" have none) */
	static const char *const sent[] = {
		"appel", "appels", "message", "messages", "courrier", "mail",
		"mails", "sms", "lettre", "part", "nouvelles", "coup",
		"passage", "passages", "visite", "visites", NULL,
	};

	if (word_is(s, c, "chez"))
		return 1;
	if (c == 0)
		return 0;
	if (word_is(s, c, "de") || word_is(s, c, "d"))
		return in_list(sent, wf(s, &s->words[c - 1]),
		    s->words[c - 1].fold_len);
	return (word_is(s, c, "avec") || word_is(s, c, "par")) &&
	    in_list(person_meets, wf(s, &s->words[c - 1]),
	    s->words[c - 1].fold_len);
}

/* names38: a feast after "passage de", "visite de" ("passage de «
 * Noël »": Father Christmas's round, not a Noël's visit); after a call
 * the first name is read as before ("appel de « Noël »") */
static int
quote_visit_feast(const struct detect_scratch *s, size_t i)
{
	return i >= 2 && word_has(s, i, D_HOLIDAY) &&
	    (word_is(s, i - 2, "passage") || word_is(s, i - 2, "visite") ||
	    word_is(s, i - 2, "passages") || word_is(s, i - 2, "visites"));
}

/*
 * names38: word i, in lower case, right after a cue in lower case that
 * brings a person, one space apart, and alone there (the text's end, a
 * punctuation, or "ce", "hier", "demain", "pour"...): "vu par vigneron",
 * "appel de pigeon ce matin", "signé vigneron", "rdv avec chapelle".  A
 * noun there wants its article ("vu par le médecin", "appel de la
 * famille"), so a bare word names someone; asked of the row's own
 * surname only (row_part_usable): a stranger's ordinary word in lower
 * case is no name by itself.
 */
int
lower_person_cue(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const goes_on[] = {
		"ce", "cet", "cette", "pour", "hier", "demain", "aujourd",
		"concernant", "le", "la", "a", "au", "ok", "lundi", "mardi",
		"mercredi", "jeudi", "vendredi", "samedi", "dimanche", NULL,
	};
	static const char *const signs[] = {
		"signe", "signee", "vise", "visee", "valide", "validee",
		"redige", "redigee", "transmis", "transmise", NULL,
	};
	const struct detect_word *w = &s->words[i], *c;
	size_t e = w->end;

	if (i < 1 || (w->flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	c = &s->words[i - 1];
	if (c->end + 1 != w->start || t[c->end] != ' ' ||
	    (c->flags & (W_CAP | W_UPPER)))
		return 0;
	if (e < s->text_len && !util_in_set(".,;:)!?\n\r", t[e])) {
		const struct detect_word *x;

		if (t[e] != ' ' || i + 1 >= s->nwords)
			return 0;
		x = &s->words[i + 1];
		/* ("a" of "vu par pigeon a 10h", "au" of "signé pigeon au
		 * dossier": the clause goes on) */
		if (x->start != e + 1 || !in_list(goes_on, wf(s, x),
		    x->fold_len) || (x->flags & W_UPPER))
			return 0;
	}
	if (in_list(signs, wf(s, c), c->fold_len) ||
	    word_is(s, i - 1, "chez"))
		return 1;
	if (i < 2 || s->words[i - 2].end + 1 != c->start ||
	    t[s->words[i - 2].end] != ' ')
		return 0;
	return quote_call_cue(s, i - 1);
}

/*
 * names32: word j, in capitals, right after a capital cue that brings a
 * person (names30's row_caps_person_cue: "AVEC", "CHEZ", "PAR", or "DE"
 * after "APPEL", "MESSAGE", "COURRIER", "PART"...; "AVEC" and "PAR"
 * after what meets, brings or sends a person: "VU AVEC", "ENTRETIEN
 * AVEC", "ADRESSE PAR"), alone there: the
 * text's end, a punctuation, or a word in capitals that goes on the
 * clause without naming ("CE JOUR", "POUR", "A", "AU", "HIER",
 * "DEMAIN", "CONCERNANT", "QUI"): a stranger's surname that is an
 * ordinary word ("VU AVEC PIGEON CE JOUR", "APPEL DE VIGNERON",
 * "MESSAGE DE TISSERAND POUR LE RDV").  In mixed case a capital tells it
 * ("Vu avec Pigeon"); in capitals the word itself must be no noun a
 * note writes there: a word of the lexicon (one no lexicon has is a
 * brand after "PAR" as often: "TS PAR DEXERYL"), four letters or more,
 * no acronym by its shape, no
 * word of the tables (subject_lone_surname's mask, roles, stays,
 * devices), no first name of the lists (the pair rules' part), drug,
 * place of the keep lists, service or carer; not what a role reports or
 * where it works (reported_word: states, places of care, the endings of
 * acts and adjectives), not a letter's subject (subject_noun: acts,
 * documents, persons' nouns, diseases, plurals, "-ance", "-ence",
 * "-ure", "-ite"...), not an act, discipline or disease by its ending
 * (abstract_noun), nor one of the persons, means and manners listed
 * below, or a person's noun by its ending ("-ien", "-ienne", "-iste",
 * "-logue", "-iatre", "-eute", "-ant", "-ante": "AVEC CARDIOLOGUE",
 * "PAR KINESITHERAPEUTE", "AVEC INTERVENANT") or a verb's by its
 * ending ("-erez", "-ons", "-ait"...), unless a surname of the lists.
 * The row's own surname there is names30's (row_caps_person_cue in
 * row_part_usable).
 */
static int
caps_cue_surname(const char *t, struct detect_scratch *s, size_t j)
{
	static const char *const goes_on[] = {
		"ce", "cet", "cette", "pour", "a", "au", "hier", "demain",
		"aujourd", "concernant", "qui", NULL,
	};
	/* what meets, brings or sends a person before "AVEC", "PAR" */
	const struct detect_word *w = &s->words[j], *c;
	size_t e = w->end;

	/* the cheap tests first */
	if (j < 2 || !(w->flags & W_UPPER) || (w->flags & W_DIGIT) ||
	    w->nchars < 4 || (w->dflags & CUE_SURNAME_NOT) ||
	    word_taken(s, j) || !row_caps_person_cue(t, s, j))
		return 0;
	/* "AVEC" and "PAR" bring a thing as often ("AVEC CANNE", "AVEC
	 * SOUPE", "PAR SERINGUE"): after what meets, brings or sends a
	 * person only ("VU AVEC", "ENTRETIEN AVEC", "ADRESSE PAR"); "CHEZ"
	 * and "APPEL DE" bring a person by themselves */
	c = &s->words[j - 1];
	if ((word_is(s, j - 1, "avec") || word_is(s, j - 1, "par")) &&
	    (!(s->words[j - 2].flags & W_UPPER) ||
	    s->words[j - 2].end + 1 != c->start ||
	    !in_list(person_meets, wf(s, &s->words[j - 2]),
	    s->words[j - 2].fold_len)))
		return 0;
	/* alone: the end, a punctuation, or a word that goes on */
	if (e < s->text_len && !util_in_set(".,;:)!?\n\r", t[e])) {
		const struct detect_word *x;

		if (t[e] != ' ' || j + 1 >= s->nwords)
			return 0;
		x = &s->words[j + 1];
		if (x->start != e + 1 || !(x->flags & W_UPPER) ||
		    !in_list(goes_on, wf(s, x), x->fold_len))
			return 0;
	}
	return ordinary_surname_word(t, s, j);
}

/* caps_cue_surname's and start_word_surname's test of the word j itself
 * (four letters or more, no word of the tables: the callers'): an
 * ordinary word that is no noun a note writes where a person stands
 * (the list and the endings above, reported_word, subject_noun,
 * abstract_noun, a drug, a place, a service, a carer). */
int
ordinary_surname_word(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	/* an ordinary word: a word no lexicon has is a brand there as
	 * often ("TS PAR DEXERYL", "AVEC SPASFON"), the other rules' */
	if (!word_lexicon(t, s, j) || in_list(after_cue, f, n) ||
	    acronym_shape(t, s, j) ||
	    dict_drug_has(w->fhash) || dict_keep_has(w->fhash) ||
	    service_word(s, j) || care_unit_or_agent(t, s, j) ||
	    reported_word(t, s, j) || subject_noun(s, j) ||
	    abstract_noun(t, s, j))
		return 0;
	if (w->dflags & D_LAST)
		return 1;
	return !fold_ends_in(not_surname_endings, f, n, 1);
}

/*
 * names32: what follows word i at a sentence's start says a person is
 * its subject: a colon, then a call or a meeting to make ("Pigeon :
 * rappeler demain", "Vigneron : recontacter"), or a participle of a call
 * or a visit made to a person, or a call to come ("Chapelle prévenu",
 * "Tisserand appelé ce matin", "Pigeon rappellera", "Dauphin
 * injoignable").  With row (the patient's own surname), "vu", "vue",
 * "prévu", "prévue" too ("Chapelle vu ce jour", "Tisserand prévu
 * lundi"): a thing, a wound, a body's part is seen and planned as often
 * ("Dossier vu", "Talon vu ce jour", "Escarre vue ce jour", "Scanner
 * prévu lundi"), so a stranger's word there is left.
 */
/* start_person_follows' words, in three lists that make D_PERSONACT
 * (detect_dict.c; review26 folded names32's copy of them): the calls to
 * make, the calls and visits made, and "vu", "prévu" */
const char *const person_act_to_call[] = {
	"rappeler", "appeler", "recontacter", "contacter", "joindre",
	"prevenir", "relancer", "convoquer", "rappeller", NULL,
};
const char *const person_act_called[] = {
	"appele", "appelee", "rappele", "rappelee", "prevenu", "prevenue",
	"contacte", "contactee", "joint", "jointe", "informe", "informee",
	"venu", "venue", "convoque", "convoquee", "injoignable", "rappellera",
	"passera", "viendra", "appellera", "telephonera", "reviendra",
	"repassera", NULL,
};
const char *const person_act_planned[] = {
	"vu", "vue", "vus", "prevu", "prevue", NULL,
};

int
start_person_follows(const char *t, const struct detect_scratch *s,
    size_t i, int row)
{
	const struct detect_word *x;
	size_t e = s->words[i].end, b;

	if (i + 1 >= s->nwords || !(s->words[i + 1].flags & W_PERSONACT))
		return 0;
	x = &s->words[i + 1];
	b = x->start;
	if (x->flags & (W_CAP | W_UPPER | W_DIGIT))
		return 0;
	if ((b - e == 3 && memcmp(t + e, " : ", 3) == 0) ||
	    (b - e == 2 && memcmp(t + e, ": ", 2) == 0))
		return in_list(person_act_to_call, wf(s, x), x->fold_len);
	if (b != e + 1 || t[e] != ' ')
		return 0;
	return in_list(person_act_called, wf(s, x), x->fold_len) ||
	    (row && in_list(person_act_planned, wf(s, x), x->fold_len));
}

/*
 * names32: word j, capitalized, at a sentence's start, before what
 * start_person_follows reads as a person's (a colon and a call to make,
 * a participle of a call or a visit): a stranger's surname that is an
 * ordinary word ("Pigeon : rappeler demain", "Cordonnier appelé ce
 * matin", "Vigneron prévenu").  The word is ordinary_surname_word's, four
 * letters or more, no word of the tables: "Labo : rappeler", "Dossier
 * vu ce jour", "Pansement vu ce jour", "Patient prévenu", "Famille
 * prévenue" stay.
 */
static int
start_word_surname(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 4 && !(w->dflags & CUE_SURNAME_NOT) &&
	    !word_taken(s, j) && start_person_follows(t, s, j, 0) &&
	    sentence_start(t, s, j) && ordinary_surname_word(t, s, j);
}

/* The surnames of caps_cue_surname and start_word_surname, one span
 * each: the first from the capitalized pairs (WC_PAIR: the cue in
 * capitals and the word after it), the second from a word of
 * person_act_* (the word before it).  (detect_run's gate: a word in
 * capitals, or a capitalized word and a word of person_act_*.)  0
 * or -errno. */
int
scan_cue_word_surnames(const char *t, struct detect_scratch *s)
{
	int r;

	if (comment_has(s, W_UPPER, 0)) {
		size_t n;
		const uint32_t *pairs = word_class(s, WC_PAIR, &n);

		for (size_t q = 0; q < n; q++) {
			size_t j = pairs[q] + 1;

			/* (both words in capitals: one test, speed31c) */
			if (j >= s->nwords ||
			    !(s->words[j - 1].flags & s->words[j].flags &
			    W_UPPER) || !caps_cue_surname(t, s, j))
				continue;
			if ((r = add_span(s, s->words[j].start,
			    s->words[j].end, DETECT_NAME, -1)) < 0)
				return r;
		}
	}
	if (!(comment_has(s, W_CAP, 0) & comment_has(s, W_PERSONACT, 0)))
		return 0;
	/* (from the capitalized words by their class bytes, sixteen a
	 * step, where the walk of every word loaded its flags: speed31c) */
	for (size_t c = wcls_find(s, 0, W_CAP, 0), k; (k = c + 1) < s->nwords;
	    c = wcls_find(s, k, W_CAP, 0)) {
		if (!(s->words[k].flags & W_PERSONACT) ||
		    !start_word_surname(t, s, k - 1))
			continue;
		if ((r = add_span(s, s->words[k - 1].start,
		    s->words[k - 1].end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/*
 * names33: what follows a first name at a list's or a form's head says
 * the line is a person's: an age (", 12 ans", " 12 ans", " (12 ans)",
 * ", 45 a", ", 3 mois") or a birth (" née le", ", né le", " né en",
 * "NEE LE" in capitals), after word k.
 */
static int age_in_parens(const char *t, size_t len, size_t p);

static int
age_or_birth_follows(const char *t, const struct detect_scratch *s,
    size_t k)
{
	size_t p = s->words[k].end, len = s->text_len, d;

	if (p < len && t[p] == ',')
		p++;
	if (p >= len || t[p] != ' ')
		return 0;
	p++;
	if (p < len && t[p] == '(')
		return age_in_parens(t, len, p);
	for (d = p; d < len && d - p < 3 && t[d] >= '0' && t[d] <= '9'; d++)
		;
	if (d > p) {
		if (d < len && t[d] == ' ')
			d++;
		return (len - d >= 3 && memcmp(t + d, "ans", 3) == 0) ||
		    (len - d >= 4 && memcmp(t + d, "mois", 4) == 0) ||
		    (len - d >= 1 && t[d] == 'a' && (len - d == 1 ||
		    !util_in_set("abcdefghijklmnopqrstuvwxyz", t[d + 1])));
	}
	/* "né", "née" (an accent or capitals), then "le", "en", a number */
	if (k + 2 < s->nwords && s->words[k + 1].start == p &&
	    (word_is(s, k + 1, "nee") || (word_is(s, k + 1, "ne") &&
	    ((s->words[k + 1].flags & W_UPPER) ||
	    s->words[k + 1].end - p == 3))) &&
	    (word_is(s, k + 2, "le") || word_is(s, k + 2, "en") ||
	    (s->words[k + 2].flags & W_DIGIT)))
		return 1;
	return 0;
}

/*
 * names33: word j, capitalized or in capitals, at a sentence's or a
 * cell's start, is a surname that is an ordinary word when a first name
 * of the lists follows it one space apart and an age or a birth after
 * that (age_or_birth_follows): "Vigneron Maxime, 12 ans, fracture",
 * "PIGEON Marie née le 3 mars 1950", "Chapelle Louis (12 ans)".  A
 * list's or a form's head; the word no word of the tables, and a word
 * of the lexicon ordinary_surname_word's (no person, group, service,
 * drug, place: "Enfant Lucas, 12 ans", "Patiente Marie, 45 ans",
 * "Urgences Maxime, 12 ans" stay), nor a size or an age's word ("Petit
 * Lucas, 5 ans", "Bébé Emma, 3 mois").  names34: or the first name a
 * name found and a colon or a person's act after it
 * (first_name_then_person: "Vigneron Maxime : fracture", "Pigeon Maxime
 * a appelé").
 */
/* names34: first name k, a name found already (a rule of the first
 * names took it), then a colon (a list's or a form's head: "Vigneron
 * Maxime : fracture du radius") or what start_person_follows reads as a
 * person's, "vu", "prévu" too ("Pigeon Maxime rappellera", "Dauphin
 * Emma vu ce jour"), or "a", "est" and a call or a visit made ("Pigeon
 * Maxime a appelé", "Chapelle Louis est venu"). */
static int
first_name_then_person(const char *t, const struct detect_scratch *s,
    size_t k)
{
	size_t e = s->words[k].end;
	const struct detect_word *x;

	if (!is_name_span(span_of(s, k)) || k + 1 >= s->nwords)
		return 0;
	x = &s->words[k + 1];
	if ((x->start - e == 3 && memcmp(t + e, " : ", 3) == 0) ||
	    (x->start - e == 2 && memcmp(t + e, ": ", 2) == 0))
		return 1;
	if (start_person_follows(t, s, k, 1))
		return 1;
	if (x->start != e + 1 || t[e] != ' ' ||
	    (x->flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	/* names35: or a word in lower case of three letters or more, one
	 * space apart, no particle: the line goes on with what the person
	 * is or has ("Tisserand Paul hospitalisé", "Vigneron Anne fièvre à
	 * 39", "Pigeon Hugo sortie prévue lundi"); the word before is a
	 * surname-shaped word at a sentence's start already
	 * (head_word_surname), the first name a name found */
	if (x->nchars >= 3 && !(x->dflags & D_PARTICLE))
		return 1;
	if (k + 2 >= s->nwords ||
	    !(word_is(s, k + 1, "a") || word_is(s, k + 1, "est")))
		return 0;
	/* names35: "a été", "est" and a participle ("Cordonnier Jean a été
	 * vu", "Chapelle Anne est hospitalisée") */
	if (s->words[k + 2].start == x->end + 1 && t[x->end] == ' ' &&
	    !(s->words[k + 2].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    s->words[k + 2].nchars >= 3)
		return 1;
	return start_person_follows(t, s, k + 1, 0);
}

static const char *const head_young[] = {
	"petit", "petite", "jeune", "bebe", "nourrisson", "jumeau",
	"jumelle", "garcon", "ado", "gamin", "gamine", "mademoiselle",
	"madame", "monsieur", "cher", "chere", "bonjour", "salut",
	"merci", "pour", "avec", "chez", "vu", "vue", "appel",
	/* names35: what a note says of a person before the first name
	 * ("Pauvre Anne hospitalisée") */
	"pauvre", "brave", "vieux", "vieille", "sacre", "sacree", NULL,
};

/* Word k may be (a part of) head_word_surname's surname: three letters
 * or more, no word of the tables, no size or age's word, untaken, no
 * lexicon's word or ordinary_surname_word's. */
static int
head_surname_part(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return w->nchars >= 3 && !(w->flags & (W_DIGIT | W_PERSONACT)) &&
	    !word_taken(s, k) &&
	    !(w->dflags & (CUE_SURNAME_NOT & ~(D_FIRST | D_PLACE))) &&
	    !in_list(head_young, wf(s, w), w->fold_len) &&
	    (!word_lexicon(t, s, k) || ordinary_surname_word(t, s, k));
}

/* names36: what ends a message before its signature, the word right
 * before the surname with a comma, a stop or a line's end between
 * ("Cordialement, Vigneron Anne", "Merci. Prince Stéphane »", "Bien à
 * vous,\nPigeon Marie") */
static const char *const signoff_words[] = {
	"cordialement", "amicalement", "merci", "amities", "bises",
	"bisous", "salutations", "respectueusement", "remerciements",
	"confraternellement", "vous", NULL,
};

/* Word j follows a sign-off word (signoff_words) and a comma, a stop or
 * a line's end, spaces between. */
static int
after_signoff(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *p;
	int stop = 0;

	if (j == 0)
		return 0;
	p = &s->words[j - 1];
	if (s->words[j].start - p->end > 4)
		return 0;
	for (size_t k = p->end; k < s->words[j].start; k++) {
		if (util_in_set(",.!\n\r", t[k]))
			stop = 1;
		else if (t[k] != ' ')
			return 0;
	}
	return stop && !(p->flags & W_DIGIT) &&
	    in_list(signoff_words, wf(s, p), p->fold_len);
}

/* names36: the first name k ends the message (a signature): spaces, a
 * closing quote ("»", '"') or a stop, then the text's or the line's
 * end ("Prince Stéphane »", "Vigneron Anne", "Pigeon Marie."): 2 with
 * a closing quote (a message quoted in the note ends there), 1 without
 * one, 0 if the text goes on. */
static int
message_ends_after(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t p = s->words[k].end, len = s->text_len;
	int quote = 0;

	for (int n = 0; p < len && n < 6; n++) {
		if (t[p] == ' ' || t[p] == '.' || t[p] == '!')
			p++;
		else if (!quote && t[p] == '"')
			p++, quote = 1;
		else if (!quote && len - p >= 2 &&
		    (unsigned char)t[p] == 0xc2 &&
		    ((unsigned char)t[p + 1] == 0xbb ||
		    (unsigned char)t[p + 1] == 0xa0))
			quote = (unsigned char)t[p + 1] == 0xbb, p += 2;
		else
			break;
	}
	if (!(p == len || t[p] == '\n' || t[p] == '\r'))
		return 0;
	return quote ? 2 : 1;
}

/* names36: a participle's shape in lower case after a first name no rule
 * took: "-é", "-ée", "-és", "-ées" (accented), or "-ie", "-ue", "-ise"
 * ("suivie", "revue", "admise", "hospitalisée"): the line goes on with
 * what befell the person ("Pigeon Marie suivie à Robert-Debré"). */
static int
participle_shape(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *x = &s->words[k];
	const char *f = wf(s, x);
	size_t n = x->fold_len, e = x->end;

	if (x->nchars < 3 || (x->flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	if (e >= 2 && (unsigned char)t[e - 2] == 0xc3 &&
	    (unsigned char)t[e - 1] == 0xa9)
		return 1;
	if (e >= 3 && (t[e - 1] == 'e' || t[e - 1] == 's') &&
	    (unsigned char)t[e - 3] == 0xc3 && (unsigned char)t[e - 2] == 0xa9)
		return 1;
	if (e >= 4 && memcmp(t + e - 2, "es", 2) == 0 &&
	    (unsigned char)t[e - 4] == 0xc3 && (unsigned char)t[e - 3] == 0xa9)
		return 1;
	return n >= 4 && (memcmp(f + n - 2, "ie", 2) == 0 ||
	    memcmp(f + n - 2, "ue", 2) == 0 || memcmp(f + n - 3, "ise", 3) == 0);
}

/* names36: first name k (capitalized) that no rule took, a first name
 * of the lists that is also a word or short ("Marie", "Rose", "Claude",
 * "Eva", "Lou": name_neighbour refuses them beside an ordinary word),
 * after head_word_surname's word: a person's when a colon and a call, a
 * call or a visit made (start_person_follows), or a participle's shape
 * (participle_shape) follows. */
static int
untaken_first_then_person(const char *t, struct detect_scratch *s,
    size_t k)
{
	const struct detect_word *g = &s->words[k];

	if (!(g->flags & W_CAP) || (g->flags & (W_UPPER | W_DIGIT)) ||
	    word_taken(s, k) || (g->dflags & (D_EPONYM | D_TITLE)) ||
	    k + 1 >= s->nwords)
		return 0;
	if (start_person_follows(t, s, k, 0))
		return 1;
	if (s->words[k + 1].start != g->end + 1 || t[g->end] != ' ')
		return 0;
	if (participle_shape(t, s, k + 1))
		return 1;
	/* "a", "est" and a call made or a participle ("Pigeon Eva a
	 * appelé", "Prince Rose est hospitalisée") */
	return k + 2 < s->nwords && (word_is(s, k + 1, "a") ||
	    word_is(s, k + 1, "est")) && (start_person_follows(t, s, k + 1,
	    0) || (s->words[k + 2].start == s->words[k + 1].end + 1 &&
	    participle_shape(t, s, k + 2)));
}

/* The surname's first word, or NO_WORD: j itself, or (names35) the
 * first of two or three capitalized parts a hyphen joins to j, each
 * head_surname_part's ("Tisserand-Cordonnier Marcelle vue ce jour"; j
 * may be a name found already, the parts before it not). */
static size_t
head_word_surname(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j], *g;
	size_t f = j;
	int comma, signoff = 0, named;

	/* (names35: no call's or visit's word, "Joint Nolwenn sur son
	 * portable") */
	if (j + 1 >= s->nwords || w->nchars < 3 ||
	    (w->flags & (W_DIGIT | W_PERSONACT)))
		return NO_WORD;
	/* names35: a part a rule took already, a name, may have parts
	 * glued before it that no rule took ("Dauphin-Vergeot Paul vue" of
	 * the row DAUPHIN: "Vergeot" and "Paul" went, the row's own
	 * "Dauphin" was left); the caller takes those */
	if (word_taken(s, j) && !(is_name_span(span_of(s, j)) && j > 0 &&
	    t[w->start - 1] == '-'))
		return NO_WORD;
	g = &s->words[j + 1];
	/* names35: "Vigneron, Anne", the surname first and a comma, as a
	 * list or a form writes a person */
	comma = g->start == w->end + 2 && t[w->end] == ',' &&
	    t[w->end + 1] == ' ';
	if (!(g->flags & (W_CAP | W_UPPER)) || !(g->dflags & D_FIRST) ||
	    !((g->start == w->end + 1 && t[w->end] == ' ') || comma) ||
	    (word_taken(s, j + 1) && !is_name_span(span_of(s, j + 1))) ||
	    (w->dflags & (CUE_SURNAME_NOT & ~(D_FIRST | D_PLACE))) ||
	    in_list(head_young, wf(s, w), w->fold_len) ||
	    !(age_or_birth_follows(t, s, j + 1) ||
	    first_name_then_person(t, s, j + 1) ||
	    (comma && is_name_span(span_of(s, j + 1)) &&
	    (g->end == s->text_len || util_in_set(".;\n\r", t[g->end]))) ||
	    (!comma && untaken_first_then_person(t, s, j + 1)) ||
	    (!comma && (signoff = message_ends_after(t, s, j + 1)) != 0 &&
	    (after_signoff(t, s, j) || (signoff == 2 &&
	    sentence_start(t, s, j))))))
		return NO_WORD;
	/* names35: the parts a hyphen joins before it, written as names */
	for (int k = 0; k < 2 && f > 0 && s->words[f - 1].end + 1 ==
	    s->words[f].start && t[s->words[f].start - 1] == '-' &&
	    (s->words[f - 1].flags & (W_CAP | W_DIGIT)) == W_CAP; k++)
		f--;
	/* names36: a part before it a name found (the row's surname,
	 * "Prince-Froment Anne vue" of a row PRINCE) makes j a name part
	 * whatever word it is ("-ent": a verb's form elsewhere) */
	named = f < j && is_name_span(span_of(s, j - 1));
	/* names38: a stranger's double surname, the parts before it
	 * head_surname_part's and the whole no compound of the lexicon
	 * ("Prince-Froment Anne a appelé"; not "Aide-Soignante Anne"): its
	 * last part may end as a grain or a body's part does ("-ent",
	 * "-s": title_core_ending), no drug, service or carer */
	if (!named && f < j && (w->flags & W_CAP) &&
	    title_core_ending(wf(s, w), w->fold_len) &&
	    !(w->dflags & D_CLINICAL) && !dict_drug_has(w->fhash) &&
	    !service_word(s, j) && !care_unit_or_agent(t, s, j) &&
	    !compound_has(t + s->words[f].start, w->end - s->words[f].start))
		named = 1;
	if ((f == j && word_taken(s, j)) ||
	    !(sentence_start(t, s, f) || (signoff && f == j)) ||
	    !(named || !word_lexicon(t, s, j) ||
	    ordinary_surname_word(t, s, j)))
		return NO_WORD;
	for (size_t k = f; k < j; k++)
		if (!head_surname_part(t, s, k) &&
		    !is_name_span(span_of(s, k)))
			return NO_WORD;
	return f;
}

/* The surnames of head_word_surname, from the capitalized pairs (WC_PAIR).
 * (detect_run's gate: a name found, or (names36) a capitalized word and
 * an ambiguous first name, for untaken_first_then_person.)  0 or
 * -errno. */
int
scan_head_word_surnames(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *pairs = word_class(s, WC_PAIR, &n);
	int r;

	for (size_t q = 0; q < n; q++) {
		size_t j = pairs[q], f;

		/* the cheap test first: a first name of the lists after it */
		if (j + 1 >= s->nwords ||
		    !(s->words[j + 1].dflags & D_FIRST) ||
		    (f = head_word_surname(t, s, j)) == NO_WORD)
			continue;
		/* (j taken already: the parts before it) */
		if ((r = add_span(s, s->words[f].start, word_taken(s, j) ?
		    s->words[j - 1].end : s->words[j].end, DETECT_NAME,
		    -1)) < 0)
			return r;
		/* names36: the first name no rule took (untaken_first_then_
		 * person's, a signature's), the surname's neighbour */
		if (!word_taken(s, j + 1) && (s->words[j + 1].flags & W_CAP) &&
		    !(s->words[j + 1].dflags & (D_EPONYM | D_TITLE)) &&
		    (r = add_span(s, s->words[j + 1].start,
		    s->words[j + 1].end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/*
 * names26: word j alone after a colon (lone_after_colon) and a letter's
 * subject label or a form's patient field ("Objet : Dubois", "Concerne :
 * Kowalczyk.", "Patient : Faure, 82 ans"): a surname of the lists that
 * is no weak name nor word of the tables, or a capitalized word no
 * dictionary has.  An ordinary
 * word stays, even a surname no list has ("Objet : Vigneron"): a
 * subject is a noun ("Objet : Relance", "Objet : Convocation") and a
 * patient's field an adjective as often ("Patient : Calme", "Patiente :
 * Algique").
 */
static int
subject_lone_surname(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w;
	uint64_t not = D_CLINICAL | D_TERM | D_MONTH | D_DATECUE | D_TITLE |
	    D_RELATIVE | D_RELATION | D_INSTHEAD | D_UNIT | D_STREET |
	    D_PLACE | D_HOLIDAY | D_EPONYM | D_NOTNAME | D_PARTICLE |
	    D_ENGFUNC | D_WEAK | D_SUBJVERB | D_SPEECH | D_NAMECUE;

	/* (lone_after_colon asked by the caller) */
	if (!(word_is(s, j - 1, "objet") || word_is(s, j - 1, "concerne") ||
	    word_is(s, j - 1, "patient") || word_is(s, j - 1, "patiente")))
		return 0;
	w = &s->words[j];
	if ((w->dflags & not) || dict_drug_has(w->fhash) ||
	    dict_keep_has(w->fhash) || reported_word(t, s, j))
		return 0;
	return (w->dflags & D_LAST) || (!(w->dflags & D_FIRST) &&
	    !word_lexicon(t, s, j) && !acronym_shape(t, s, j)) ||
	    subject_word_surname(t, s, j);
}

/*
 * Word j after a letter's subject label and its colon ("Objet :",
 * "Concerne :", "Réf :", "Patient(e) :", "Re:") is a surname before a
 * first name of the lists ("Objet : Vigneron Paul, 72 ans", "Concerne :
 * PIGEON Jeanne"): the subject of a letter about a patient is the
 * patient, surname first.  The surname is any capitalized word of three
 * letters or more that is no clinical word, term, drug, title, role,
 * month or place of care ("Objet : Consultation Paul" is no letter's
 * subject; "Objet : Demande Marie" keeps "Demande": reported_word);
 * the first name is
 * capitalized as the surname is, or in capitals after a surname in
 * capitals, and is none of these either.  (precision21)
 */
static int
subject_surname_first(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j], *f, *r;
	size_t a, b;
	uint64_t not = D_CLINICAL | D_TERM | D_MONTH | D_DATECUE | D_TITLE |
	    D_RELATIVE | D_RELATION | D_INSTHEAD | D_UNIT | D_STREET |
	    D_PLACE | D_HOLIDAY | D_EPONYM | D_NOTNAME | D_PARTICLE |
	    D_ENGFUNC;

	if (j == 0 || j + 1 >= s->nwords || (w->flags & W_DIGIT) ||
	    w->nchars < 3 || !(w->flags & (W_CAP | W_UPPER)))
		return 0;
	r = &s->words[j - 1];
	if (!(word_is(s, j - 1, "objet") || word_is(s, j - 1, "concerne") ||
	    word_is(s, j - 1, "ref") || word_is(s, j - 1, "re") ||
	    word_is(s, j - 1, "patient") || word_is(s, j - 1, "patiente")))
		return 0;
	a = r->end;
	b = w->start;
	if (!((b - a == 3 && memcmp(t + a, " : ", 3) == 0) || (b - a == 2 &&
	    memcmp(t + a, ": ", 2) == 0)) || !joined(t, s, j))
		return 0;
	f = &s->words[j + 1];
	if (!(f->dflags & D_FIRST) || (f->dflags & (not | D_WEAK)) ||
	    (f->flags & W_DIGIT) || f->nchars < 3 ||
	    !(f->flags & (W_CAP | W_UPPER)) ||
	    ((f->flags & W_UPPER) && !(w->flags & W_UPPER)))
		return 0;
	if ((w->dflags & not) || ((w->flags & W_UPPER) &&
	    !(f->flags & W_UPPER) && acronym_shape(t, s, j)))
		return 0;
	return !reported_word(t, s, j);
}

#define ATTENDANCE_MAX_WORDS	80	/* words of one list read */

/* A capital alone and its dot, word k: an initial ("P."). */
static int
initial_dot(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return w->nchars == 1 && (w->flags & (W_CAP | W_DOT | W_DIGIT)) ==
	    (W_CAP | W_DOT);
}

/* names35: an item of an attendance list that is a capitalized word and
 * an initial, either order ("Présents : Vigneron P., Cordonnier B.",
 * "P. Vigneron, B. Cordonnier"): the initial says the word is a
 * person's surname, an ordinary word too (head_surname_part's: no word
 * of the tables, no lexicon's or ordinary_surname_word's).  The
 * surname's index, or NO_WORD.  ("Hépatite B." is a clinical word.) */
static size_t
attendance_initial_item(const char *t, struct detect_scratch *s, size_t j)
{
	size_t w;

	if (j + 1 >= s->nwords || s->words[j + 1].start != s->words[j].end +
	    1 || t[s->words[j].end] != ' ') {
		if (j + 1 >= s->nwords || !initial_dot(s, j) ||
		    s->words[j + 1].start != s->words[j].end + 2)
			return NO_WORD;
		w = j + 1;
	} else if (initial_dot(s, j + 1) && (s->words[j].flags & W_CAP) &&
	    !(s->words[j].flags & W_UPPER)) {
		w = j;
	} else {
		return NO_WORD;
	}
	if (!(s->words[w].flags & W_CAP) || (s->words[w].flags & W_UPPER) ||
	    !head_surname_part(t, s, w))
		return NO_WORD;
	return w;
}

/*
 * The people a meeting's note lists after its label ("Présents : Rose,
 * Blanche, Olive et Violette (IDE)", "Participants : Dr Roux, Claire
 * (interne), Yannick"): each item of the list, up to the clause's end,
 * that starts with one to four capitalized words of cue_cap_run with a
 * name by itself is a name, first names that are also words too
 * ("Blanche", "Olive", which no other rule takes alone); a title before
 * it is stepped over; an item of other words ("la cadre", "IDE de nuit",
 * "Pharmacie") stays.  Items are cut by commas and "et"; a list is read
 * over ATTENDANCE_MAX_WORDS words at most.  (detect_run's gate: a colon
 * and a capitalized word.)
 */
int
scan_attendance_lists(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;

	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t e, k, last;
		int item = 1;

		/* Each of the three reads below needs a colon as the first
		 * byte after word i that is no space (role_lone_surname's and
		 * subject_surname_first's " : " or ": ", the list's label's
		 * spaces then ':'): from the next colon, the word right
		 * before it, not every word (speed23c: the walk asked each
		 * word's three tests, 1.2 M instructions a pass).  The words
		 * stepped over have another byte first after them (the colon
		 * is the first after word i), and their tests have no effect
		 * (pure, or a cache's).  Without the gates (test_scrub_gates)
		 * every word, as before. */
		if (detect_gates() && (i = colon_word(t, s, i)) + 1 >= s->nwords)
			break;
		e = s->words[i].end;

		/* "Radiologue : Dauphin": a list of one, by its role (the
		 * role_lone_surname of before); "Objet : Dubois": a letter's
		 * subject alone (names26) */
		if (lone_after_colon(t, s, i + 1) && ((role_label(s, i) &&
		    !reported_word(t, s, i + 1)) ||
		    subject_lone_surname(t, s, i + 1))) {
			int r = cue_take(s, i + 1, i + 1);

			if (r < 0)
				return r;
			continue;
		}
		/* "Objet : Vigneron Paul": a letter's subject */
		if (subject_surname_first(t, s, i + 1)) {
			int r = cue_take(s, i + 1, i + 2);

			if (r < 0)
				return r;
			continue;
		}
		if (!attendance_label(s, i) || !attendance_heading(t, s, i))
			continue;
		while (e < len && t[e] == ' ')
			e++;
		if (e >= len || t[e] != ':')
			continue;
		last = i + ATTENDANCE_MAX_WORDS < s->nwords ? i +
		    ATTENDANCE_MAX_WORDS : s->nwords;
		for (k = i + 1; k < last; k++) {
			if (k > i + 1 && attendance_clause_ends(t, s, k - 1))
				break;
			if (word_is(s, k, "et")) {
				item = 1;
				continue;
			}
			if (item) {
				size_t j = k, b;
				int named, r;

				if (word_has(s, j, D_TITLE) && j + 1 < last)
					j++;
				if ((b = cue_cap_run(t, s, j, &named)) != NO_WORD &&
				    named && b < last) {
					if ((r = cue_take(s, j, b)) < 0)
						return r;
					k = b;
				} else if ((b = attendance_initial_item(t, s, j)) !=
				    NO_WORD && b < last) {
					/* names35: "Vigneron P.", "P. Vigneron" */
					if ((r = cue_take(s, b, b)) < 0)
						return r;
					k = b > j ? b : j + 1;
				}
				item = 0;
			}
			if (k + 1 < s->nwords && memchr(t + s->words[k].end, ',',
			    s->words[k + 1].start - s->words[k].end) != NULL)
				item = 1;
		}
		i = k > i ? k - 1 : i;
	}
	return 0;
}

/*
 * dev24: given names after the words of a birth, the twins' or a
 * dictated comma, which no title or kin word before them announces:
 * "le bébé s'appellera Lou", "leurs jumelles Elira et Erza", "Jumelles
 * Merle : Rose (J1, 2600 g) et Jade (J2, 2410 g)", "nouveau-né prénommé
 * Jade", "Madame Lamour point virgule Claire" (speech to text).  A given
 * name that is also a word (Rose, Jade, Lou, Ambre) is read as one
 * after these cues, as "sa fille Rose" is after kin.  The cues:
 * "bébé(s)", "nouveau-né(e)(s)", "jumeau(x)", "jumelle(s)", "s'appellera",
 * "s'appelleront", "prénommé(e)(s)"; "virgule" only right after a
 * name found (or "point virgule" after it), and then a first name of
 * the lists only.  A cue, then a capitalized word (not in capitals)
 * that is a first name of the lists (later in a list: or a word of no
 * lexicon), no eponym,
 * no word kept (an ordinary word too when "et" and such a name follow:
 * "Elira et Erza"); after the twins' word a surname and a colon first (the
 * family's: "Jumelles Merle :"); then more of the list, each after "et"
 * or ",", past one parenthesis of the previous item's details ("(J1,
 * 2600 g)").  "le bébé va bien", "bébé Apgar 9", "jumeaux bichoriaux",
 * "virgule Rose" after no name stay.
 */
/* Every word cue_birth_names starts from, folded: the gate's list
 * (C_BIRTHCUE, a cue of the comment); birth_cue and the
 * "nouveau"/"virgule" tests below read no other word first. */
const char *const birth_cue_words[] = {
	"bebe", "bebes", "jumeau", "jumeaux", "jumelle", "jumelles",
	"prenomme", "prenommee", "prenommes", "prenommees", "appellera",
	"appelleront", "nouveau", "virgule", NULL,
};

static int
birth_cue(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);

	switch (w->fold_len) {
	case 4:
		return memcmp(f, "bebe", 4) == 0;
	case 5:
		return memcmp(f, "bebes", 5) == 0;
	case 6:
		return memcmp(f, "jumeau", 6) == 0;
	case 7:
		return memcmp(f, "jumeaux", 7) == 0 ||
		    memcmp(f, "jumelle", 7) == 0;
	case 8:
		return memcmp(f, "jumelles", 8) == 0 ||
		    memcmp(f, "prenomme", 8) == 0;
	case 9:
		return memcmp(f, "appellera", 9) == 0 ||
		    memcmp(f, "prenommee", 9) == 0 ||
		    memcmp(f, "prenommes", 9) == 0;
	case 10:
		return memcmp(f, "prenommees", 10) == 0;
	case 11:
		return memcmp(f, "appelleront", 11) == 0;
	default:
		return 0;
	}
}

/* Word k may be a baby's given name: capitalized, not in capitals, a first
 * name of the lists, or (later: an item after "et" or ",") a word of no
 * lexicon; no eponym ("Apgar"), no word kept.  A word of no lexicon
 * right after the cue may be a term ("jumeaux Bichoriaux"). */
static int
birth_name_word(const char *t, struct detect_scratch *s, size_t k, int later)
{
	const struct detect_word *w = &s->words[k];

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) || w->nchars < 2 ||
	    !cue_cap_word(s, k) || dict_keep_has(w->fhash))
		return 0;
	if (w->dflags & D_FIRST)
		return 1;
	return later && !(w->dflags & (D_EPONYM | D_LAST)) &&
	    !word_lexicon(t, s, k);
}

/* Word k, capitalized and an ordinary word too ("Elira", a verb's
 * future), is a name when "et" and a baby's name follow ("jumelles
 * Elira et Erza"): the list says what it is. */
static int
birth_listed_word(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return k + 2 < s->nwords && (w->flags & W_CAP) &&
	    !(w->flags & W_UPPER) && w->nchars >= 2 && cue_cap_word(s, k) &&
	    !(w->dflags & D_EPONYM) && !dict_keep_has(w->fhash) &&
	    word_is(s, k + 1, "et") && (birth_name_word(t, s, k + 2, 1) ||
	    is_name_span(span_of(s, k + 2)));
}

/* The byte after the parenthesis that opens at a (its details: "(J1,
 * 2600 g)"), or a if none closes within 48 bytes, nesting none. */
static size_t
birth_skip_details(const char *t, size_t len, size_t a)
{
	if (a >= len || t[a] != '(')
		return a;
	for (size_t b = a + 1; b < len && b < a + 48; b++) {
		if (t[b] == '(')
			return a;
		if (t[b] == ')')
			return b + 1;
	}
	return a;
}

static inline int
birth_first_letters(const char *f)
{
	unsigned v = (unsigned)(unsigned char)f[0] << 8 | (unsigned char)f[1];

	return v == ('b' << 8 | 'e') || v == ('j' << 8 | 'u') ||
	    v == ('p' << 8 | 'r') || v == ('a' << 8 | 'p') ||
	    v == ('v' << 8 | 'i') || v == ('n' << 8 | 'o');
}

static int
cue_birth_names(const char *t, size_t len, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t k = i + 1, items = 0;
		int first_only = 0, r;

		size_t fl = s->words[i].fold_len;

		/* one test for most words: the cues' first two letters
		 * ("be", "ju", "pr", "ap", "vi", "no") and lengths */
		if (fl < 4 || fl > 11 || !birth_first_letters(wf(s,
		    &s->words[i])))
			continue;
		if (word_is(s, i, "virgule")) {
			/* a dictated comma right after a name found */
			size_t p = i;

			if (p > 0 && word_is(s, p - 1, "point"))
				p--;
			if (p == 0 || !is_name_span(span_of(s, p - 1)))
				continue;
			first_only = 1;
		} else if (word_is(s, i, "nouveau")) {
			/* "nouveau-né(e)(s)" */
			if (k + 1 >= s->nwords || t[s->words[i].end] != '-' ||
			    s->words[k].start != s->words[i].end + 1 ||
			    !(word_is(s, k, "ne") || word_is(s, k, "nee") ||
			    word_is(s, k, "nes") || word_is(s, k, "nees")))
				continue;
			k++;
		} else if (!birth_cue(s, i))
			continue;
		if (s->words[k].start - s->words[k - 1].end > 3)
			continue;
		/* the family's surname and a colon ("Jumelles Merle :") */
		if (k + 1 < s->nwords && !first_only &&
		    (s->words[k].flags & (W_CAP | W_UPPER)) &&
		    s->words[k + 1].start - s->words[k].end <= 3 &&
		    memchr(t + s->words[k].end, ':', s->words[k + 1].start -
		    s->words[k].end) != NULL)
			k++;
		while (k < s->nwords && items < 6 &&
		    (birth_name_word(t, s, k, items > 0) || (!first_only &&
		    (birth_listed_word(t, s, k) ||
		    is_name_span(span_of(s, k)))))) {
			size_t a = s->words[k].end, n = k + 1;

			/* a name found already is an item of the list */
			if (!is_name_span(span_of(s, k)) &&
			    (r = cue_take(s, k, k)) < 0)
				return r;
			items++;
			if (first_only || n >= s->nwords)
				break;
			while (a < len && t[a] == ' ')
				a++;
			a = birth_skip_details(t, len, a);
			while (a < len && (t[a] == ' ' || t[a] == ','))
				a++;
			/* the next item, after "et" or "," */
			if (word_is(s, n, "et") && s->words[n].start == a)
				n++;
			else if (s->words[n].start != a ||
			    !memchr(t + s->words[k].end, ',', a - s->words[k].end))
				break;
			if (n >= s->nwords || (n > k + 1 &&
			    s->words[n].start - s->words[n - 1].end > 3))
				break;
			k = n;
		}
		if (k > i + 1)
			i = k - 1;
	}
	return 0;
}

int
scan_birth_names(const char *t, size_t len, struct detect_scratch *s)
{
	return cue_birth_names(t, len, s);
}

/*
 * dev24: one person's name under several spellings, in a slash list
 * beside a name found: "Nourzaï / Noorzai / Nurzay Khalil" ("Nurzay
 * Khalil" found), "M. Nourzaï Khalil (aussi Noorzai / Nurzay)".  A word
 * one '/' apart (spaces around it or none) from a name's word is a name
 * when it is a spelling of it (its first letter, its length within three:
 * "Orocal / Martin" stays) and capitalized and a name of the lists or a word of no
 * lexicon, no word of the tables, no word kept: "Mme Pigeon / Doliprane"
 * (a drug), "M. Martin / cardiologie", "Dr Roux / IDE" stay.  One pass
 * each way, each word read once each way (linear).
 */
static int
spelling_slash_gap(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k].end, b = s->words[k + 1].start;
	int slash = 0;

	if (b - a > 3)
		return 0;
	for (size_t c = a; c < b; c++) {
		if (t[c] == '/')
			slash++;
		else if (t[c] != ' ')
			return 0;
	}
	return slash == 1;
}

/* Word k is written as word n: its first letter, about its length. */
static int
spelling_alike(const struct detect_scratch *s, size_t k, size_t n)
{
	const struct detect_word *w = &s->words[k], *v = &s->words[n];

	return w->fold_len != 0 && v->fold_len != 0 &&
	    wf(s, w)[0] == wf(s, v)[0] && w->fold_len + 3 >= v->fold_len &&
	    v->fold_len + 3 >= w->fold_len;
}

static int
spelling_word(const char *t, struct detect_scratch *s, size_t k, size_t n)
{
	const struct detect_word *w = &s->words[k];
	int alike = 0;

	/* a spelling of a word of the name at n (up to three name words
	 * on n's side: "Nurzay Khalil / Noorzai"); "Orocal / Martin", a
	 * drug before a name, stays */
	for (size_t m = n, hops = 0; hops < 3 && !alike; hops++) {
		alike = spelling_alike(s, k, m);
		if (n < k ? m == 0 : m + 1 >= s->nwords)
			break;
		m = n < k ? m - 1 : m + 1;
		if (!is_name_span(span_of(s, m)))
			break;
	}
	if (!alike)
		return 0;
	return (w->flags & W_CAP) && !(w->flags & W_UPPER) && w->nchars >= 3 &&
	    cue_cap_word(s, k) && !(w->dflags & D_EPONYM) &&
	    cue_name_itself(t, s, k);
}

int
scan_name_spellings(const char *t, struct detect_scratch *s)
{
	const size_t n = s->nwords;
	uint64_t gaps = 0;
	int r;

	if (n < 2)
		return 0;
	if (n > 64 || detect_no_gates)
		goto every_word;
	/* The gaps a '/' is in, as a mask of the words before them
	 * (speed38): spelling_slash_gap's gap holds a '/', and the first
	 * word that starts after it is the gap's next.  The walks visit
	 * those gaps alone, where they asked span_of of every word (a
	 * branch a word on its span: the text's); both tests are pure, so
	 * the gap's first changes nothing.  (Every word under no-gates:
	 * test_scrub_gates compares the two walks.) */
	for (const char *p = memchr(t, '/', s->text_len); p != NULL;
	    p = memchr(p + 1, '/', s->text_len - (size_t)(p + 1 - t))) {
		size_t k = word_at(s, (size_t)(p - t));

		if (k - 1 < n - 1)
			gaps |= (uint64_t)1 << (k - 1);
	}
	for (size_t k = words_mask_next(gaps, 0, n); k + 1 < n;
	    k = words_mask_next(gaps, k + 1, n))
		if (spelling_slash_gap(t, s, k) && is_name_span(span_of(s, k)) &&
		    spelling_word(t, s, k + 1, k) && (r = cue_take(s, k + 1,
		    k + 1)) < 0)
			return r;
	/* (k - 1 from the last gap down: bit 62 at most) */
	for (uint64_t m = gaps; m != 0; m &= ~((uint64_t)1 << (63 -
	    __builtin_clzll(m)))) {
		size_t k = (size_t)(63 - __builtin_clzll(m)) + 1;

		if (spelling_slash_gap(t, s, k - 1) &&
		    is_name_span(span_of(s, k)) && spelling_word(t, s, k - 1,
		    k) && (r = cue_take(s, k - 1, k - 1)) < 0)
			return r;
	}
	return 0;
 every_word:
	for (size_t k = 0; k + 1 < n; k++)
		if (is_name_span(span_of(s, k)) && spelling_slash_gap(t, s, k) &&
		    spelling_word(t, s, k + 1, k) && (r = cue_take(s, k + 1,
		    k + 1)) < 0)
			return r;
	for (size_t k = n - 1; k > 0; k--)
		if (is_name_span(span_of(s, k)) && spelling_slash_gap(t, s,
		    k - 1) && spelling_word(t, s, k - 1, k) && (r = cue_take(s,
		    k - 1, k - 1)) < 0)
			return r;
	return 0;
}

/* recall27: "au nom de" + a capitalized run whose words are names by
 * themselves (cue_name_itself: of the lists, or no dictionary's): the
 * holder of a document, a card or a payment ("titre de séjour au nom de
 * Abubakar Musa", "une carte au nom de Ndikumana"; one word alone no
 * ordinary word).  "au nom de Dieu",
 * "au nom de la loi", "au nom de l'association" name no one (an ordinary
 * word, lower case). */
static int
cue_in_the_name_of(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i + 2 < s->nwords; i++) {
		size_t a = i + 2, b;
		int named, all = 1;

		if (!(s->words[i].dflags & D_NAMECUE) || !word_is(s, i, "nom") ||
		    !word_is(s, i - 1, "au") || !(word_is(s, i + 1, "de") ||
		    word_is(s, i + 1, "d")))
			continue;
		if ((b = cue_cap_run(t, s, a, &named)) == NO_WORD)
			continue;
		for (size_t k = a; k <= b; k++)
			all &= is_name_span(span_of(s, k)) ||
			    cue_name_itself(t, s, k);
		/* one word alone no ordinary word ("au nom de Dieu") */
		if (all && (a < b || is_name_span(span_of(s, a)) ||
		    !word_lexicon(t, s, a))) {
			int r = cue_take(s, a, b);

			if (r < 0)
				return r;
		}
	}
	return 0;
}

/* recall28: the titles of a cult's ministers that are surnames too
 * ("Sophie Pasteur", "Marie Abbé", "vaccin Pasteur", "Institut
 * Pasteur"), so kept out of the roles' table (recall27): C_MINISTER, the
 * gate of scan_minister_names, which reads them by their shape only.
 * "cure" is "curé" folded, asked with its accent ("cure de chimio"). */
const char *const minister_title_words[] = {
	"pasteur", "pasteure", "abbe", "cure", "pope", "chanoine", NULL,
};

/* Word i is a minister's title as a title is written in a sentence: in
 * lower case after an article ("le pasteur", "l'abbé", "du curé", "au
 * pasteur"); "Institut Pasteur", "vaccin Pasteur", "Sophie Pasteur" have
 * its capital and no article. */
static int
minister_title_at(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t g;

	if (i == 0 || (w->flags & W_DIGIT) ||
	    !(detect_cue_of(w->fhash) & C_MINISTER))
		return 0;
	/* in capitals, its article in capitals too ("LE PASTEUR X") */
	if ((w->flags & W_UPPER) ? !(s->words[i - 1].flags & W_UPPER) :
	    (w->flags & W_CAP) != 0)
		return 0;
	/* "curé", not "cure" (its accent's two bytes last, É or é) */
	if (word_is(s, i, "cure") && (w->end - w->start != 5 ||
	    (unsigned char)t[w->start + 3] != 0xc3 ||
	    ((unsigned char)t[w->start + 4] | 0x20) != 0xa9))
		return 0;
	/* one space or an apostrophe ("l'abbé", "l\u2019abbé") between */
	g = s->words[i - 1].end;
	if (g + 1 != w->start && apostrophe_len(t, s->text_len, g) !=
	    w->start - g)
		return 0;
	return word_is(s, i - 1, "le") || word_is(s, i - 1, "la") ||
	    word_is(s, i - 1, "l") || word_is(s, i - 1, "du") ||
	    word_is(s, i - 1, "au") || word_is(s, i - 1, "son") ||
	    word_is(s, i - 1, "sa") || word_is(s, i - 1, "leur") ||
	    word_is(s, i - 1, "notre") || word_is(s, i - 1, "votre");
}

/* names43: the word after the minister's title i is a name of the lists
 * that is an ordinary word too, after a definite article ("le pasteur
 * Martin", "du pasteur Berger", "la pasteure Petit"): "le pasteur" names
 * one person, and a capitalized name of the lists after it is his
 * (no weak one: "le pasteur Bon"?).  A possessive's title is read as a
 * form of address before a given name as often ("notre abbé Martin":
 * recall28's keep). */
static int
minister_definite_name(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i + 1];

	return (word_is(s, i - 1, "le") || word_is(s, i - 1, "la") ||
	    word_is(s, i - 1, "l") || word_is(s, i - 1, "du") ||
	    word_is(s, i - 1, "au")) && (w->dflags & (D_FIRST | D_LAST)) &&
	    !(w->dflags & (D_WEAK | D_NOTNAME)) && w->nchars >= 3;
}

/*
 * A surname after a minister's title that is a surname too (recall28):
 * "le pasteur Ndikumana", "l'abbé Kerbrat", "du curé Le Gall".  The
 * shape says a person: an article, the title in lower case, then one to
 * four capitalized words, each a name by itself (cue_name_itself), one
 * word alone no ordinary word ("le pasteur de la paroisse", "l'abbé
 * Pierre" of a foundation's name is "Abbé": capitalized, no article).
 * (detect_run's gate: a word of minister_title_words, C_MINISTER, and a
 * capital.)  0 or -ENOMEM.
 */
int
scan_minister_names(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t a = i + 1, b = NO_WORD;
		int r;

		if (!minister_title_at(t, s, i) || !joined(t, s, i) ||
		    s->words[i].end + 1 != s->words[a].start)
			continue;
		/* the name's words up to the first ordinary one ("LE
		 * PASTEUR NDIKUMANA PASSERA": capitals run on) */
		for (size_t k = a; k < s->nwords && k < a + CUE_MAX_WORDS; k++) {
			if (!is_name_span(span_of(s, k)) &&
			    (!cue_cap_word(s, k) || !cue_name_itself(t, s, k)))
				break;
			b = k;
			if (!joined(t, s, k))
				break;
		}
		if (b == NO_WORD || (a == b && !is_name_span(span_of(s, a)) &&
		    word_lexicon(t, s, a) && !minister_definite_name(s, i)))
			continue;
		if ((r = cue_take(s, a, b)) < 0)
			return r;
		i = b;
	}
	return 0;
}

/* Cues (detect_run's gate: a word of D_NAMECUE, or a quote). */
int
scan_name_cues(const char *t, struct detect_scratch *s)
{
	int r;

	/* (speed32f) cue_nicknames starts only at an opening quote
	 * (cue_quote_at, cue_squote_at: '"', "'", C2 AB, E2 80 9C, E2 80
	 * 98, E2 80 B9), each of whose bytes '"', "'", AB, 9C, E2 sets its
	 * TB_ bit wherever it is in the text (tokenize counts every byte):
	 * a text with none of the five bits has no nickname's quote */
	if (((detect_no_gates | ((s->text_bytes & (TB_DQUOTE | TB_APOS |
	    TB_XAB | TB_X9C | TB_XE2)) != 0)) &&
	    (r = cue_nicknames(t, s)) < 0) || (r = cue_corrections(t, s)) < 0 ||
	    (comment_has(s, 0, D_MSGCUE) && ((r = cue_sic(t, s)) < 0 ||
	    (r = cue_message_senders(t, s)) < 0)) ||
	    (r = cue_labels(t, s)) < 0 || (r = cue_plural_relatives(t, s)) < 0 ||
	    (r = cue_before_relatives(t, s)) < 0 ||
	    (r = cue_in_the_name_of(t, s)) < 0)
		return r;
	return 0;
}

/* The bytes at k continue a word as OCR writes it: an ASCII letter or
 * digit, "€" (an e), a Latin-1 letter (C3 80..BF but × and ÷).
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
static inline __attribute__((always_inline)) size_t
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
/* words j and f joined ("mo" "rel") are a name of the lists that
 * is no ordinary word. */
static int
split_is_name(struct detect_scratch *s, size_t j, size_t f)
{
	char key[48];
	size_t n = s->words[j].fold_len + s->words[f].fold_len;
	uint64_t fl;

	if (n > sizeof(key))
		return 0;
	memcpy(key, wf(s, &s->words[j]), s->words[j].fold_len);
	memcpy(key + s->words[j].fold_len, wf(s, &s->words[f]),
	    s->words[f].fold_len);
	fl = dict_flags_hashed(key, n, hash(key, n));
	return (fl & (D_FIRST | D_LAST)) && !(fl & (D_WEAK | D_AMBIG |
	    D_NOTNAME)) && !lexicon_has(key, n);
}

/* Word f is a piece OCR cut off a word: letters in lower case, as many
 * bytes as letters, at most `max`. */
static int
split_piece(const struct detect_scratch *s, size_t f, size_t max)
{
	const struct detect_word *w = &s->words[f];

	return w->nchars <= max && !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    w->end - w->start == w->nchars && !word_taken(s, f);
}

/* The n bytes at p (n <= 3) are a French word that follows a name in a
 * sentence ("M. Martin a vu", "Dr Mo et la", "Mme X le 3"): no piece of
 * a name is looked up for them. */
static int
split_function_word(const char *p, size_t n)
{
	/* the words packed, one byte a letter, as the bytes are below */
	static const uint32_t words[] = {
		'a', 'y', 'e' | 't' << 8, 'l' | 'e' << 8, 'l' | 'a' << 8,
		'd' | 'e' << 8, 'd' | 'u' << 8, 'e' | 'n' << 8, 'a' | 'u' << 8,
		'u' | 'n' << 8, 'i' | 'l' << 8, 'n' | 'e' << 8, 's' | 'e' << 8,
		's' | 'a' << 8, 'o' | 'u' << 8, 'o' | 'n' << 8, 'c' | 'e' << 8,
		'v' | 'a' << 8, 'v' | 'u' << 8, 'a' | 'i' << 8,
		'l' | 'e' << 8 | 's' << 16, 'd' | 'e' << 8 | 's' << 16,
		'a' | 'u' << 8 | 'x' << 16, 'u' | 'n' << 8 | 'e' << 16,
		's' | 'o' << 8 | 'n' << 16, 's' | 'e' << 8 | 's' << 16,
		'e' | 's' << 8 | 't' << 16, 'p' | 'a' << 8 | 'r' << 16,
		'q' | 'u' << 8 | 'i' << 16, 'q' | 'u' << 8 | 'e' << 16,
		'l' | 'u' << 8 | 'i' << 16, 'p' | 'a' << 8 | 's' << 16,
		'o' | 'n' << 8 | 't' << 16, 'c' | 'e' << 8 | 't' << 16,
	};
	uint32_t v = 0;

	for (size_t k = 0; k < n; k++)
		v |= (uint32_t)(unsigned char)p[k] << (8 * k);
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (words[k] == v)
			return 1;
	return 0;
}

/* the end of what OCR cut off a name span ending at byte e, one
 * space between: one to three lower-case letters that make a name of the
 * lists with the name's last word, which alone is none ("Dr Mo rel
 * certifie": morel, "M. Merten s Jozef": mertens); or a capitalized piece
 * of one to three letters and a lower-case one that make one ("Mme Sa
 * nchez Car men": carmen).  e when none ("M. Martin a vu": Martin is a
 * name already; "Mme Sanchez Le moral": "lemoral" is none). */
static size_t
split_name_end(const char *t, struct detect_scratch *s, size_t e)
{
	size_t j, f, n = 0, len = s->text_len;

	/* the bytes first (most names are followed by no such piece): one
	 * to three ASCII letters, lower case, or a capital's piece and a
	 * space and a lower-case letter */
	/* (the four bytes read and counted with no branch, past the
	 * text's end none a letter: the loop's exit, after one to four
	 * letters, was mispredicted one name in three; speed31c) */
	{
		unsigned l1 = ((unsigned)(byte_or0(t, len, e + 1) | 32) -
		    'a') < 26u, l2 = ((unsigned)(byte_or0(t, len, e + 2) |
		    32) - 'a') < 26u, l3 = ((unsigned)(byte_or0(t, len,
		    e + 3) | 32) - 'a') < 26u, l4 = ((unsigned)(byte_or0(t,
		    len, e + 4) | 32) - 'a') < 26u;

		n = l1 + (l1 & l2) + (l1 & l2 & l3) + (l1 & l2 & l3 & l4);
	}
	if (n == 0 || n > 3 || (t[e + 1] >= 'A' && t[e + 1] <= 'Z' &&
	    !(e + 3 + n < len && t[e + 1 + n] == ' ' && t[e + 2 + n] >= 'a' &&
	    t[e + 2 + n] <= 'z')))
		return e;
	j = word_at(s, e);	/* the first word from e */
	if (j == 0 || j-- >= s->nwords || j + 1 >= s->nwords ||
	    s->words[j].end != e || s->words[j + 1].start != e + 1 ||
	    t[e] != ' ' || word_taken(s, j + 1))
		return e;
	f = j + 1;
	if (!(s->words[j].dflags & (D_FIRST | D_LAST)) && split_piece(s, f, 3) &&
	    s->words[j].nchars >= 2 && !split_function_word(t + e + 1, n) &&
	    split_is_name(s, j, f))
		return s->words[f].end;
	if (f + 1 < s->nwords && (s->words[f].flags & W_CAP) &&
	    !(s->words[f].flags & W_UPPER) && s->words[f].nchars <= 3 &&
	    s->words[f].end - s->words[f].start == s->words[f].nchars &&
	    s->words[f + 1].start == s->words[f].end + 1 &&
	    t[s->words[f].end] == ' ' && split_piece(s, f + 1, 6) &&
	    split_is_name(s, f, f + 1))
		return s->words[f + 1].end;
	return e;
}

/* The bytes that glue the cells of structured data pasted into a note:
 * '^' (HL7's components), ';', '|' and a tab (CSV, a table's cells); '_'
 * the parts of a file's name ("scan_DUPONT_Jean.pdf", "C:\\dossiers\\
 * Martin_paul.jpg"), where a name is written in lower case too. */
static const uint8_t cell_glue[256] = {
	['^'] = 1, [';'] = 2, ['|'] = 2, ['\t'] = 2, ['_'] = 3,
};

/* Word j, no word of the tables, is a name's other part glued by byte g
 * (caret_names): after '^' any such word written with a capital, after
 * ';', '|', a tab one that is a name by itself ("TROADEC;Loïc"; not
 * "Loïc;Quimper", a place, nor "Martin;RAS"); after '_' that too, or a
 * name of the lists in lower case ("DUPONT_jean"; "DUPONT_cni",
 * "DUPONT_bilan" stay). */
static int
caret_word(const char *t, struct detect_scratch *s, size_t j, uint8_t g)
{
	const struct detect_word *w = &s->words[j];

	if (j >= s->nwords || (w->flags & W_DIGIT) || w->nchars < 2 ||
	    word_taken(s, j) || (w->dflags & CUE_NOT_NAME))
		return 0;
	if (!(w->flags & (W_CAP | W_UPPER)))
		return cell_glue[g] == 3 && (w->dflags & (D_FIRST | D_LAST)) &&
		    cue_name_itself(t, s, j);
	return cell_glue[g] == 1 || cue_name_itself(t, s, j);
}

/*
 * HL7 pasted into a note ("PID|1||...||TROADEC^LOIC^^^M.", "NK1|1|
 * QUERE^MARTINE|SPO"): the family name and the first name of a person
 * field are glued by '^'; a CSV line or a table row ("TROADEC;Loïc;...")
 * by ';', '|', a tab.  A word with a capital glued so to the name span
 * [st, e) (a first name a list found) is the other part. 1 if one was
 * taken, 0, or -errno.
 */
static int
caret_names(const char *t, struct detect_scratch *s, size_t st, size_t e)
{
	const uint8_t *u = (const uint8_t *)t;
	size_t j;
	int r, n = 0;

	/* word_at: the first word from a byte; the one before ends at the
	 * glue */
	if (st >= 2 && cell_glue[u[st - 1]] && (j = word_at(s, st)) > 0 &&
	    s->words[--j].end == st - 1 && caret_word(t, s, j, u[st - 1])) {
		if ((r = add_span(s, s->words[j].start, st - 1, DETECT_NAME,
		    -1)) < 0)
			return r;
		n = 1;
	}
	if (e < s->text_len && cell_glue[u[e]] && (j = word_at(s, e + 1)) <
	    s->nwords && s->words[j].start == e + 1 &&
	    caret_word(t, s, j, u[e])) {
		if ((r = add_span(s, e + 1, s->words[j].end, DETECT_NAME,
		    -1)) < 0)
			return r;
		n = 1;
	}
	return n;
}

/* caret_names from each name span found before (the spans it adds go
 * at the end, past n: a name found so is not asked again). */
static __attribute__((noinline)) int
scan_carets(const char *t, struct detect_scratch *s)
{
	size_t n = s->nspans, len = s->text_len;

	for (size_t k = 0; k < n; k++) {
		size_t st = s->spans[k].start, e = s->spans[k].end;
		int r;

		if (s->spans[k].kind == DETECT_NAME && ((st >= 2 &&
		    cell_glue[(uint8_t)t[st - 1]]) || (e + 1 < len &&
		    cell_glue[(uint8_t)t[e]])) &&
		    (r = caret_names(t, s, st, e)) < 0)
			return r;
	}
	return 0;
}

/* The ends of a title that OCR cut once, three letters or more, the
 * capitalized start before them ("Ma dame", "M adame", "Mon sieur",
 * "Made moiselle", "Doc teur"); not "ame", "eur", "elle", "selle"
 * (common words: the gate would open for most comments). */
const char *const split_title_tails[] = {
	"adame", "dame", "onsieur", "nsieur", "sieur", "ieur", "demoiselle",
	"emoiselle", "moiselle", "oiselle", "octeur", "cteur", "teur",
	/* a lawyer's or a notary's title, only with a capital and before a
	 * capitalized word (maitre_title): "maître de stage" stays */
	"maitre", NULL,
};

/* Word i > 0 (a word of split_title_tails) ends a title OCR cut in two
 * after the word before it: "Ma dame", "Mon sieur", "MA DAME". */
static int
split_title(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const whole[] = { "madame", "monsieur",
	    "mademoiselle", "docteur", NULL };
	const struct detect_word *h, *w = &s->words[i];
	char key[16];

	h = &s->words[i - 1];
	if (w->start != h->end + 1 || t[h->end] != ' ' ||
	    !(h->flags & (W_CAP | W_UPPER)) || (w->flags & W_CAP) ||
	    ((w->flags & W_UPPER) && !(h->flags & W_UPPER)) ||
	    h->fold_len + w->fold_len > sizeof(key))
		return 0;
	memcpy(key, wf(s, h), h->fold_len);
	memcpy(key + h->fold_len, wf(s, w), w->fold_len);
	return in_list(whole, key, h->fold_len + w->fold_len);
}

/* Word i, "Maître" (or "MAÎTRE"), before a capitalized word that no
 * table holds and that is no ordinary word unless a name of the lists,
 * one space between: a lawyer's or a notary's title ("Maître
 * Jouannic, avocat", "Maître Lefèvre, notaire").  "Maître de stage",
 * "maître nageur", "Maître mot" stay. */
static int
maitre_title(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *n;

	if (!word_is(s, i, "maitre") || !(w->flags & (W_CAP | W_UPPER)) ||
	    i + 1 >= s->nwords)
		return 0;
	n = &s->words[i + 1];
	if (n->start != w->end + 1 || t[w->end] != ' ')
		return 0;
	/* "MAÎTRE LE GOFF": the name after the particle decides */
	if ((n->dflags & D_PARTICLE) && (n->flags & (W_CAP | W_UPPER)) &&
	    i + 2 < s->nwords && joined(t, s, i + 1))
		n = &s->words[++i + 1];
	return (n->flags & (W_CAP | W_UPPER)) && !(n->flags & W_DIGIT) &&
	    !(n->dflags & (D_TITLE | D_PARTICLE | D_RELATIVE | D_RELATION |
	    D_MONTH | D_PLACE | D_STREET)) && (!(w->flags & W_UPPER) ||
	    (n->flags & W_UPPER)) && (((n->dflags & (D_FIRST | D_LAST)) &&
	    !(n->dflags & D_WEAK)) || (!word_lexicon(t, s, i + 1) &&
	    !dict_keep_has(n->fhash)));
}

/* Word f, in lower case after a capitalized piece, is the rest of a
 * word OCR cut: two to nine letters, each one byte folded (an accent
 * is one letter: "G érard"). */
static int
split_rest(const struct detect_scratch *s, size_t f)
{
	const struct detect_word *w = &s->words[f];

	return w->nchars >= 2 && w->nchars <= 9 && w->fold_len == w->nchars &&
	    !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && !word_taken(s, f);
}

/*
 * A name OCR cut in two standing alone ("Patient : Sapin G érard", "Ma
 * dame Fe rnandes Lu cia"): a capitalized piece of one to three ASCII
 * letters, one space, a piece in lower case (split_rest), that joined
 * are a name of the lists that is no ordinary word (split_is_name:
 * "gerard", "fernandes", "lucia").  Only in a comment that shows OCR's
 * hand (digits read as letters: textnorm_ocr changed it) or holds a
 * split title (D_SPLITT): elsewhere "Le moral", "De main" are words and
 * a pair of words is not read as one.  First, the ends of split titles
 * become titles (D_TITLE on the word).  "Le main" ("lemain": none), "La
 * ure" stay.  (detect_run's gate: s->ocr_hint or a D_SPLITT word.)
 */
int
scan_split_names(const char *t, struct detect_scratch *s)
{
	int r;

	/* what the gate asks is this rule's context, not only its cost
	 * (scrub_spans_nogates runs every rule on every comment) */
	if (!s->ocr_hint && !(s->word_dflags & D_SPLITT))
		return 0;
	/* a title cut in two, and "Maître" before a name, are titles for
	 * the rules after this one (scan_titles first: its gate reads
	 * word_dflags) */
	for (size_t j = 0; (s->word_dflags & D_SPLITT) && j < s->nwords; j++)
		if ((s->words[j].dflags & D_SPLITT) && (maitre_title(t, s, j) ||
		    (j > 0 && split_title(t, s, j)))) {
			s->words[j].dflags |= D_TITLE;
			s->word_dflags |= D_TITLE;
		}

	for (size_t j = 0; j + 1 < s->nwords; j++) {
		const struct detect_word *w = &s->words[j];

		if (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
		    w->nchars > 3 || w->end - w->start != w->nchars ||
		    s->words[j + 1].start != w->end + 1 || t[w->end] != ' ' ||
		    word_taken(s, j) || !split_rest(s, j + 1) ||
		    (s->words[j + 1].nchars <= 3 &&
		    split_function_word(t + s->words[j + 1].start,
		    s->words[j + 1].nchars)) || !split_is_name(s, j, j + 1))
			continue;
		if ((r = add_span(s, w->start, s->words[j + 1].end, DETECT_NAME,
		    -1)) < 0)
			return r;
		j++;
	}
	return 0;
}

/* Word j, two letters of the lexicon with no table's flag, is an
 * abbreviation a note ends with after "--" or "signé" rather than
 * initials: "hors service", "per os", "en cours"... ("-- HS", "-- PU",
 * "-- EC"); the lexicon's other two letters ("kl", "li", "hg") sign a
 * note as initials ("-- KL"). */
static int
initials_lexicon_tail(const struct detect_scratch *s, size_t j)
{
	static const char *const tails[] = {
		"hs", "ec", "pu", "tr", "na", "pm", "ns", "ph", "je", "qu",
		"er", "eu", "te", "th", "ve", "ae", "ab", "ac", "fi", "pe",
		"ut", "ua", "ud", "ug", "ul", "oc", "cg", "cl", "dl", "dt",
		"fs", "hm", "lm", "lx", "nm", "px", "pz", "sb", "sr", NULL,
	};

	return in_list(tails, wf(s, &s->words[j]), s->words[j].fold_len);
}

/* Words that, before "avec" or "par", say with whom a case was seen or
 * checked, folded ("vu avec JD.", "validé par MC"). */
static const char *const checked_with[] = {
	"vu", "vue", "revu", "revue", "valide", "validee", "discute",
	"discutee", "verifie", "verifiee", "signe", "signee", "fait", "faite",
	"staffe", "staffee", "voir", "cf", NULL,
};

/* Word j is two or three capitals glued to dots or not ("JD", "M.D.",
 * "J.-D." apart): the end of the initials that start at word *a.  A
 * word of two capitals that a table, the keep lists or the English words
 * have ("MT", "AS", "SF", "OK") is an abbreviation, not initials; of the
 * lexicon's two letters (units, symbols, syllables: "kl", "hg", "li"),
 * those a note ends with (initials_lexicon_tail: "HS", "PU", "EC"). */
static int
initials_word(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & W_UPPER) && w->nchars == 2 &&
	    w->end - w->start == 2 && w->dflags == 0 && !word_taken(s, j) &&
	    !dict_keep_has(w->fhash) && !english_has(w->fhash) &&
	    !(word_lexicon(t, s, j) && initials_lexicon_tail(s, j));
}

/* From word j on, one-letter capitals each with its dot ("M.D.",
 * "J. D."), two or three, taken or not (the title rule reads "M.D." as
 * "M." and an initial): the last one's index, or NO_WORD. */
static size_t
dotted_initials(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j;

	for (; k < s->nwords && k < j + 3; k++) {
		const struct detect_word *w = &s->words[k];

		if (w->nchars != 1 || w->end - w->start != 1 ||
		    t[w->start] < 'A' || t[w->start] > 'Z' || w->end >= s->text_len ||
		    t[w->end] != '.' || (k > j &&
		    w->start - s->words[k - 1].end > 2))
			break;
	}
	return k >= j + 2 ? k - 1 : NO_WORD;
}

/* After byte e only a dot, spaces, line breaks: the end of the note. */
static int
note_ends(const char *t, size_t len, size_t e)
{
	for (; e < len; e++)
		if (t[e] != '.' && t[e] != ' ' && t[e] != '\n' && t[e] != '\r')
			return 0;
	return 1;
}

/* The initials that end the note from word j to its last word: a word
 * of two capitals (initials_word) or two or three dotted capitals
 * (dotted_initials); j, or NO_WORD. */
static size_t
final_initials(const char *t, struct detect_scratch *s)
{
	size_t l = s->nwords - 1, j = l;
	const struct detect_word *w = &s->words[l];

	/* the last word's shape first: most notes end otherwise */
	if (!((w->flags & W_UPPER) && w->nchars == 2) && !(w->nchars == 1 &&
	    t[w->start] >= 'A' && t[w->start] <= 'Z'))
		return NO_WORD;
	if (!note_ends(t, s->text_len, w->end))
		return NO_WORD;
	if (initials_word(t, s, l))
		return l;
	while (j > 0 && l - j < 2 && s->words[j - 1].nchars == 1)
		j--;
	for (; j < l; j++)
		if (dotted_initials(t, s, j) == l)
			return j;
	return NO_WORD;
}

/* Initials at word j, ending at word last, a cue before them: add them
 * (one span, or letter by letter when a rule before took one of them:
 * "M.D.", "D." after the title "M."). */
static int
add_initials(struct detect_scratch *s, size_t j, size_t last)
{
	int r;

	if ((r = add_span(s, s->words[j].start, s->words[last].end,
	    DETECT_INITIAL, -1)) < 0)
		return r;
	for (size_t k = j; r == 0 && k <= last; k++)
		if (add_span(s, s->words[k].start, s->words[k].end,
		    DETECT_INITIAL, -1) < 0)
			return -ENOMEM;
	return 0;
}

/* Word j, right after "avec" or "par" and a word that says with whom a
 * case was checked ("Vu avec J.D.", "vu par J. D.,"), starts dotted
 * initials at a clause's end: added (1), none (0), or -ENOMEM.  Asked by
 * the relation rules, which read the word after "avec" and "par"
 * anyway. */
int
checked_with_initials(const char *t, struct detect_scratch *s, size_t j)
{
	size_t last, p, len = s->text_len;
	int r;

	if (j < 2 || !(s->words[j].flags & (W_UPPER | W_CAP)) ||
	    s->words[j].nchars > 2 || !(word_is(s, j - 1, "avec") ||
	    word_is(s, j - 1, "par")) || !joined(t, s, j - 2) ||
	    !joined(t, s, j - 1) || !in_list(checked_with,
	    wf(s, &s->words[j - 2]), s->words[j - 2].fold_len))
		return 0;
	/* dotted only: two capitals glued after "vu avec" are as often an
	 * abbreviation no list has ("TT", "UF", "IB") as initials */
	if ((last = dotted_initials(t, s, j)) == NO_WORD)
		return 0;
	p = s->words[last].end;
	if (!(p >= len || t[p] == '.' || t[p] == ',' || t[p] == ';' ||
	    t[p] == ')' || t[p] == '\n'))
		return 0;
	return (r = add_initials(s, j, last)) < 0 ? r : 1;
}

/*
 * Initials used as a signature: at the end of the note after "--" or
 * "signé" and a colon ("RAS. -- JD", "Signé : J.D."), dotted ones after
 * a dash too ("RAS - M.D."; "—" is read as "-"), and dotted ones after a
 * word that says with whom a case was checked and "avec" or "par", at a
 * clause's end ("Vu avec J.D.": checked_with_initials).  Two or three
 * capitals dotted one by one, or two glued when no dictionary, table or
 * keep list has them ("-- MT", "-- OK" stay); three glued never
 * (acronyms); "Dr Martin, M.D." (no signature's cue) is the title
 * rule's.  Here the note's end; after
 * "avec" and "par", checked_with_initials (the relation rules).
 * (detect_run's gate: a word in capitals or a dot after a word.)
 */
int
scan_signature_initials(const char *t, struct detect_scratch *s)
{
	size_t j, p;
	int r;

	if (s->nwords < 2)
		return 0;
	/* the note's end: the initials, then their cue before them */
	if ((j = final_initials(t, s)) != NO_WORD && j > 0) {
		for (p = s->words[j].start; p > 0 && (t[p - 1] == ' ' ||
		    t[p - 1] == ':'); p--)
			;
		/* two glued capitals after "--" or "signé" only; dotted
		 * ones after a dash too */
		if ((p >= 2 && t[p - 1] == '-' && (t[p - 2] == '-' ||
		    (t[p - 2] == ' ' && j < s->nwords - 1))) ||
		    (s->words[j - 1].end == p && (word_is(s, j - 1, "signe") ||
		    word_is(s, j - 1, "signee"))))
			if ((r = add_initials(s, j, s->nwords - 1)) < 0)
				return r;
	}
	return 0;
}

/* The extensions of the files a note names (a scan, a photo, a letter),
 * lower case. */
static const char *const file_exts[] = {
	"pdf", "jpg", "jpeg", "png", "tif", "tiff", "heic", "doc", "docx",
	"odt", "txt", "rtf", "xls", "xlsx", "csv", "bmp", "gif", NULL,
};

/* Word j ends a file's name: a dot, then an extension of file_exts, in
 * any case, then no letter or digit. */
static int
before_file_ext(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t e = s->words[j].end, n = 0, len = s->text_len;
	char ext[5];

	if (e + 3 >= len || t[e] != '.')
		return 0;
	while (n < 5 && e + 1 + n < len && is_alnum_byte(t[e + 1 + n])) {
		ext[n] = (char)(t[e + 1 + n] | 0x20);
		n++;
	}
	if (n < 3 || n > 4 || (e + 1 + n < len && is_alnum_byte(t[e + 1 + n])))
		return 0;
	return in_list(file_exts, ext, n);
}

/* A piece of a file's name is a name by itself: a name of the lists, not
 * weak, that is no ordinary word ("dupont", "kowalczyk"). */
static int
file_piece_name(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return !(w->flags & W_DIGIT) && w->nchars >= 3 &&
	    (w->dflags & (D_FIRST | D_LAST)) && !(w->dflags & (D_WEAK |
	    D_NOTNAME | D_TITLE | D_MONTH | D_EPONYM)) &&
	    !word_lexicon(t, s, j);
}

/* A piece beside a name's piece is the name's other part: a name of the
 * lists even if an ordinary word ("dupont_jean"), or a word no
 * dictionary has ("dupont_kerouredan"); not a word of the tables, an
 * ordinary word ("dupont_bilan", "dupont_cni"), digits. */
static int
file_piece_other(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if ((w->flags & W_DIGIT) || w->nchars < 3 || word_taken(s, j) ||
	    (w->dflags & (D_WEAK | D_NOTNAME | D_TITLE | D_MONTH | D_EPONYM |
	    D_TERM | D_CLINICAL | D_DATECUE | D_RELATIVE | D_STREET | D_UNIT)))
		return 0;
	if (w->dflags & (D_FIRST | D_LAST))
		return 1;
	return !word_lexicon(t, s, j) && !dict_keep_has(w->fhash);
}

/* A piece beside a first name of the lists is its surname even if an
 * ordinary word ("courrier-pigeon-jeanne.docx", "/paul-vigneron"): no
 * word of the tables, no digits, three letters or more (review20). */
static int
file_piece_surname(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	(void)t;
	return !(w->flags & W_DIGIT) && w->nchars >= 3 && !word_taken(s, j) &&
	    !(w->dflags & (D_WEAK | D_NOTNAME | D_TITLE | D_MONTH | D_EPONYM |
	    D_TERM | D_CLINICAL | D_DATECUE | D_RELATIVE | D_STREET | D_UNIT |
	    D_PLACE | D_INSTHEAD | D_EPOHEAD | D_RELATION));
}

/* The other part of a name beside piece k, a first name of the lists,
 * in pieces [a, b): the piece after it (file_piece_other, or
 * file_piece_surname), else the one before when capitalized as a name
 * is ("Courrier-Pigeon-Jeanne-2024.docx"; "lettre_jeanne.pdf" keeps
 * "lettre").  Its index, or NO_WORD. */
static size_t
first_name_partner(const char *t, struct detect_scratch *s, size_t k,
    size_t a, size_t b)
{
	if (!(s->words[k].dflags & D_FIRST) || (s->words[k].dflags & D_WEAK))
		return NO_WORD;
	if (k < b && file_piece_surname(t, s, k + 1))
		return k + 1;
	if (k > a && (k == b || (s->words[k + 1].flags & W_DIGIT)) &&
	    (s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
	    file_piece_surname(t, s, k - 1))
		return k - 1;
	return NO_WORD;
}

/*
 * The parts of a file's name that a note quotes, in any case, when no
 * rule found a part of it: "scan_dupont_jean.pdf", "cr_kowalczyk_2024.pdf",
 * "C:\\dossiers\\martin_paul.jpg": the pieces glued by '_' (one at
 * least) or '-' before ".pdf", ".jpg"... (file_exts); a piece that is a
 * name by itself (file_piece_name) is a name, and so is the piece beside
 * it that may be a name's other part (file_piece_other).  "bilan_sanguin
 * _2024.pdf", "plaie_talon.jpg", "dupont_cni" (no extension) stay.
 * (detect_run's gate: caret_hint, words glued by '_' among others.)
 */
int
scan_file_names(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t b = 0; b < s->nwords; b++) {
		size_t a = b, k, p;
		int under = 0;

		if (!before_file_ext(t, s, b))
			continue;
		while (a > 0 && b - a < 8 && s->words[a - 1].end + 1 ==
		    s->words[a].start && (t[s->words[a - 1].end] == '_' ||
		    t[s->words[a - 1].end] == '-')) {
			under |= t[s->words[a - 1].end] == '_';
			a--;
		}
		/* '-' alone: the note's words are no file's ("compte-rendu.pdf"
		 * has no name), and the gate opened on the extension
		 * (D_FEWCUE) */
		if (!under && a == b)
			continue;
		for (k = a; k <= b; k++) {
			if (word_taken(s, k) || !file_piece_name(t, s, k))
				continue;
			if ((r = add_span(s, s->words[k].start, s->words[k].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			if (k > a && file_piece_other(t, s, k - 1) &&
			    (r = add_span(s, s->words[k - 1].start,
			    s->words[k - 1].end, DETECT_NAME, -1)) < 0)
				return r;
			if (k < b && file_piece_other(t, s, k + 1) &&
			    (r = add_span(s, s->words[k + 1].start,
			    s->words[k + 1].end, DETECT_NAME, -1)) < 0)
				return r;
		}
		/* a first name found (here or by another rule): its
		 * surname beside it, an ordinary word too */
		for (k = a; k <= b; k++)
			if (is_name_span(span_of(s, k)) &&
			    (p = first_name_partner(t, s, k, a, b)) != NO_WORD &&
			    (r = add_span(s, s->words[p].start, s->words[p].end,
			    DETECT_NAME, -1)) < 0)
				return r;
	}
	return 0;
}

/* Bytes between the words of a web address ("https://", "/", ".",
 * "-", "_", "?", "=", "&", "#", "~", "+", ":"): n bytes at g. */
static int
url_gap(const char *g, size_t n)
{
	if (n == 3)
		return memcmp(g, "://", 3) == 0;
	return n == 1 && util_in_set("/.-_?=&#~+:", g[0]);
}

/*
 * The names in a web address, glued by '-' or '_': "https://www.doctolib.fr
 * /medecin/brest/anne-kerlann", "drive.example.fr/partage/martin-sophie-cr
 * .pdf": the address is the run of words glued by url_gap around a word
 * of its own (D_FEWCUE: "http", "https", "www"), with a '/' or "www"
 * in it; a piece glued by '-' or '_' to another that is a
 * name by itself (file_piece_name) is a name, and so is the piece
 * beside it that may be a name's other part (file_piece_other).
 * "www.ameli.fr/assure/remboursements" (no name), "ambulances-bretagne"
 * (no name of the lists) stay.  Each address read once.
 * (detect_run's gate: D_FEWCUE.)
 */
int
scan_url_names(const char *t, struct detect_scratch *s)
{
	size_t next = 0;
	int r;

	for (size_t h = 0; h < s->nwords; h++) {
		size_t a = h, b = h;
		int slash = 0;

		if (h < next || !word_has(s, h, D_FEWCUE))
			continue;
		while (a > 0 && h - a < 40 && url_gap(t + s->words[a - 1].end,
		    s->words[a].start - s->words[a - 1].end))
			a--;
		while (b + 1 < s->nwords && b - h < 40 && url_gap(t +
		    s->words[b].end, s->words[b + 1].start - s->words[b].end))
			b++;
		next = b + 1;
		for (size_t k = a; k < b && !slash; k++)
			slash = t[s->words[k].end] == '/';
		if (!slash && !word_is(s, a, "www"))
			continue;
		for (size_t k = a; k <= b; k++) {
			int before = k > a && s->words[k - 1].end + 1 ==
			    s->words[k].start && (t[s->words[k].start - 1] == '-' ||
			    t[s->words[k].start - 1] == '_');
			int after = k < b && s->words[k].end + 1 ==
			    s->words[k + 1].start && (t[s->words[k].end] == '-' ||
			    t[s->words[k].end] == '_');

			if ((!before && !after) || word_taken(s, k) ||
			    !file_piece_name(t, s, k))
				continue;
			if ((r = add_span(s, s->words[k].start, s->words[k].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			if (before && file_piece_other(t, s, k - 1) &&
			    (r = add_span(s, s->words[k - 1].start,
			    s->words[k - 1].end, DETECT_NAME, -1)) < 0)
				return r;
			if (after && file_piece_other(t, s, k + 1) &&
			    (r = add_span(s, s->words[k + 1].start,
			    s->words[k + 1].end, DETECT_NAME, -1)) < 0)
				return r;
			/* "/paul-vigneron": the piece glued after a first
			 * name, an ordinary word too */
			if (after && (s->words[k].dflags & D_FIRST) &&
			    !(s->words[k].dflags & D_WEAK) &&
			    file_piece_surname(t, s, k + 1) &&
			    (r = add_span(s, s->words[k + 1].start,
			    s->words[k + 1].end, DETECT_NAME, -1)) < 0)
				return r;
		}
		/* a first name another rule found in the address */
		for (size_t k = a; k < b; k++)
			if (is_name_span(span_of(s, k)) &&
			    (s->words[k].dflags & D_FIRST) &&
			    !(s->words[k].dflags & D_WEAK) &&
			    s->words[k].end + 1 == s->words[k + 1].start &&
			    (t[s->words[k].end] == '-' ||
			    t[s->words[k].end] == '_') &&
			    file_piece_surname(t, s, k + 1) &&
			    (r = add_span(s, s->words[k + 1].start,
			    s->words[k + 1].end, DETECT_NAME, -1)) < 0)
				return r;
	}
	return 0;
}

/*
 * A name whose accented letter a code page lost for a '?' (a fax, a mail
 * read in another code page: "GUERIN Aur?lie", "Fran?ois", "LO?C"): the
 * word with a capital before the '?', glued, and the letters after it,
 * are a name of the lists (not weak, not ambiguous, no eponym) when the
 * '?' is read as one of e, i, c, o, a, u ("aurelie", "francois",
 * "loic"; the lexicon is not asked: it holds "aurélie").  Not a word
 * in lower case ("kin? x 15 s?ances": "kine", "seances" are words
 * anyway), not a question ("Martin ?" has no letter glued before).
 * (detect_run's gate: a '?' in the text, TB_QMARK.)
 */
int
scan_lost_letter_names(const char *t, struct detect_scratch *s)
{
	static const char lost[] = "eicoau";
	size_t len = s->text_len, c = 0;
	const char *q;

	while ((q = memchr(t + c, '?', len - c)) != NULL) {
		size_t at = (size_t)(q - t), i, j, n;
		char key[48];
		int r;

		c = at + 1;
		if (at == 0 || (i = word_at(s, at)) == 0 ||
		    s->words[--i].end != at || word_taken(s, i) ||
		    !(s->words[i].flags & (W_CAP | W_UPPER)) ||
		    (s->words[i].flags & W_DIGIT))
			continue;
		j = i + 1;
		if (j >= s->nwords || s->words[j].start != at + 1 ||
		    (s->words[j].flags & W_DIGIT) || word_taken(s, j))
			j = i;	/* the '?' ends the word: "Andr?" */
		n = s->words[i].fold_len + 1 + (j > i ? s->words[j].fold_len : 0);
		if (n < 4 || n > sizeof(key))
			continue;
		memcpy(key, wf(s, &s->words[i]), s->words[i].fold_len);
		if (j > i)
			memcpy(key + s->words[i].fold_len + 1, wf(s, &s->words[j]),
			    s->words[j].fold_len);
		for (const char *l = lost; *l != '\0'; l++) {
			uint64_t fl;

			key[s->words[i].fold_len] = *l;
			fl = dict_flags_hashed(key, n, hash(key, n));
			if (!(fl & (D_FIRST | D_LAST)) || (fl & (D_WEAK | D_AMBIG |
			    D_NOTNAME | D_EPONYM)))
				continue;
			if ((r = add_span(s, s->words[i].start, j > i ?
			    s->words[j].end : at + 1, DETECT_NAME, -1)) < 0)
				return r;
			break;
		}
	}
	return 0;
}

/* The cell separators of a table or a CSV line pasted in a note: '|', a
 * tab, and ';' when the note glues words with it somewhere ("DUPONT;Jean;
 * 12/03/1950": caret_hint), not the ";" of a list in a sentence alone. */
static int
cell_sep_of(const struct detect_scratch *s, char c)
{
	return c == '|' || c == '\t' || (c == ';' && s->caret_hint) ||
	    (s->row_sep > ' ' && c == s->row_sep);
}

/* recall25: the cell whose first byte is a (its words') opens at a row's
 * edge: a separator before it (spaces around), the line's or the text's
 * start, or, in a row read by anchor_row_sep (s->row_sep), a run of two
 * spaces or more (its separator), a label's colon ("Liste :
 * DUPONT   Jean   12/03/1956") or a sentence's end ("transféré.
 * ROUSSEAU, Léa, 21/09/2001"). */
static int
cell_left_edge(const char *t, const struct detect_scratch *s, size_t a)
{
	size_t p = a;

	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p == 0 || t[p - 1] == '\n' || cell_sep_of(s, t[p - 1]))
		return 1;
	return s->row_sep != 0 && ((s->row_sep == ' ' && a - p >= 2) ||
	    t[p - 1] == ':' || (t[p - 1] == '.' && a > p));
}

/* The cell before the one whose first byte is a: the byte its walk back
 * starts from (the separator's, or where a run of spaces opens), or
 * NO_WORD if a is no cell's start after a separator. */
static size_t
cell_sep_before(const char *t, const struct detect_scratch *s, size_t a)
{
	size_t p = a;

	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p > 0 && cell_sep_of(s, t[p - 1]))
		return p - 1;
	if (s->row_sep == ' ' && a - p >= 2 && p > 0 && t[p - 1] != '\n')
		return p;
	return NO_WORD;
}

/* The same after a cell that ends at byte e: where the next cell's walk
 * starts (the byte after the separator, or where the run of spaces
 * opens), or NO_WORD. */
static size_t
cell_sep_after(const char *t, const struct detect_scratch *s, size_t e)
{
	size_t q = e;

	while (q < s->text_len && t[q] == ' ')
		q++;
	if (q < s->text_len && cell_sep_of(s, t[q]))
		return q + 1;
	if (s->row_sep == ' ' && q - e >= 2 && q < s->text_len &&
	    t[q] != '\n')
		return e;
	return NO_WORD;
}

/* Word j may be a word of a person's name in a cell by itself: written
 * with a capital, no digit, no word of the tables, and a name of the
 * lists or a word no dictionary has (no ordinary word, no place, firm
 * or drug of the keep lists, no acronym); a particle inside. */
static int
cell_name_word(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (word_taken(s, j) || (w->flags & W_DIGIT) || w->nchars < 2)
		return 0;
	if (w->dflags & D_PARTICLE)
		return 1;
	if (!(w->flags & (W_CAP | W_UPPER)) || (w->dflags & (D_TITLE |
	    D_NOTNAME | D_RELATIVE | D_RELATION | D_STREET | D_UNIT | D_PLACE |
	    D_EPOHEAD | D_DATECUE | D_TERM | D_CLINICAL | D_MONTH | D_EPONYM |
	    D_INSTHEAD | D_SUBJVERB | D_SPEECH)))
		return 0;
	/* "Jean", "Rose" too: a cell of its own beside a date says name */
	if ((w->dflags & (D_FIRST | D_LAST)) && !(w->dflags & D_WEAK))
		return 1;
	return !word_lexicon(t, s, j) && !dict_keep_has(w->fhash) &&
	    !((w->flags & W_UPPER) && acronym_shape(t, s, j));
}

/* The cell of a table's row that ends at byte e (dir -1: the cell before
 * a separator at e) or starts at byte e (dir 1): its words, one to four
 * (cell_name_word), between separators or the line's ends, spaces
 * around; their span in *a, *b.  1 if so. */
static int
cell_name_at(const char *t, struct detect_scratch *s, size_t e, int dir,
    size_t *a, size_t *b)
{
	size_t len = s->text_len, p = e, j, k, n = 0;

	if (dir < 0) {
		while (p > 0 && t[p - 1] == ' ')
			p--;
		if (p == 0 || (j = word_at(s, p)) == 0 || s->words[--j].end != p)
			return 0;
		for (k = j; ; k--) {
			if (!cell_name_word(t, s, k) || ++n > 4)
				return 0;
			if (k == 0 || !joined(t, s, k - 1))
				break;
		}
		if (!cell_left_edge(t, s, s->words[k].start))
			return 0;
	} else {
		while (p < len && t[p] == ' ')
			p++;
		if ((k = word_at(s, p)) >= s->nwords || s->words[k].start != p)
			return 0;
		for (j = k; ; j++) {
			if (!cell_name_word(t, s, j) || ++n > 4)
				return 0;
			if (j + 1 >= s->nwords || !joined(t, s, j))
				break;
		}
		p = s->words[j].end;
		while (p < len && t[p] == ' ')
			p++;
		if (p < len && !cell_sep_of(s, t[p]) && t[p] != '\n' &&
		    !(s->row_sep == ' ' && p - s->words[j].end >= 2))
			return 0;
	}
	/* a particle does not start nor end a name */
	if ((s->words[k].dflags & D_PARTICLE) || (s->words[j].dflags &
	    D_PARTICLE))
		return 0;
	*a = s->words[k].start;
	*b = s->words[j].end;
	return 1;
}

/* recall26: the cell that starts at byte e is a commune alone, one to
 * six capitalized words joined (La Poste's list: single_commune,
 * chain_commune), between separators or the line's ends: the row's
 * town ("Kerbrat, Yvonne, 02/04/1932, Landerneau").  Its span in *a,
 * *b.  1 if so. */
static int
cell_commune_at(const char *t, struct detect_scratch *s, size_t e,
    size_t *a, size_t *b)
{
	size_t len = s->text_len, p = e, j, k;

	while (p < len && t[p] == ' ')
		p++;
	if ((k = word_at(s, p)) >= s->nwords || s->words[k].start != p ||
	    !(s->words[k].flags & (W_CAP | W_UPPER)) ||
	    word_taken(s, k))
		return 0;
	for (j = k; j + 1 < s->nwords && j - k < 5 && joined(t, s, j) &&
	    !(s->words[j + 1].flags & W_DIGIT); j++)
		;
	p = s->words[j].end;
	while (p < len && t[p] == ' ')
		p++;
	if (p < len && !cell_sep_of(s, t[p]) && t[p] != '\n' &&
	    !(s->row_sep == ' ' && p - s->words[j].end >= 2))
		return 0;
	if (!(j == k ? single_commune(s, k) : chain_commune(s, k, j)))
		return 0;
	*a = s->words[k].start;
	*b = s->words[j].end;
	return 1;
}

/* The cell that ends at the separator at byte e is one name span found
 * before, whole (one to four words, between separators or the line's
 * ends): 1, *a its start, *first 1 if its first word is a first name of
 * the lists ("Paul"), else 0. */
static int
cell_found_name(const char *t, const struct detect_scratch *s, size_t e,
    size_t *a, int *first)
{
	const struct detect_span *sp;
	size_t p = e, j, k;

	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p == 0 || (j = word_at(s, p)) == 0 || s->words[--j].end != p ||
	    (sp = span_of(s, j)) == NULL || !is_name_span(sp) || sp->end != p)
		return 0;
	if (!cell_left_edge(t, s, sp->start))
		return 0;
	k = word_at(s, sp->start);
	if (k >= s->nwords || s->words[k].start != sp->start || j - k > 3)
		return 0;
	*a = sp->start;
	*first = (s->words[k].dflags & D_FIRST) != 0 &&
	    !(s->words[k].flags & W_UPPER);
	return 1;
}

/* The cell that ends at the separator at byte e, right before a cell of
 * a first name, is one word in capitals of three letters or more: the
 * surname of a table's "NOM | Prénom" columns, even an ordinary word
 * ("PIGEON | Marie | 12/03/1961", "014 | MARTIN | Paul"; recall24).  No
 * word of the tables (a title, a clinical word, a unit, a place...), no
 * acronym's shape ("HTA", "BPCO"), not "OUI"/"NON" (a yes/no column). */
static int
cell_capitals_surname(const char *t, struct detect_scratch *s, size_t e,
    size_t *a, size_t *b)
{
	const struct detect_word *w;
	size_t p = e, j;

	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p == 0 || (j = word_at(s, p)) == 0 || s->words[--j].end != p)
		return 0;
	w = &s->words[j];
	/* a row read by anchor_row_sep: its first cell capitalized too
	 * ("Pigeon, Marie, 12/03/1961") */
	if (s->row_sep != 0 && (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    !word_taken(s, j) && !(w->flags & W_DIGIT) && w->nchars >= 3 &&
	    !(w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION |
	    D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_CLINICAL | D_MONTH | D_EPONYM | D_INSTHEAD | D_SUBJVERB |
	    D_SPEECH | D_PARTICLE)) && (j == 0 || !joined(t, s, j - 1))) {
		for (p = w->start; p > 0 && t[p - 1] == ' '; p--)
			;
		if (p == 0 || t[p - 1] == '\n' || t[p - 1] == ':' ||
		    (t[p - 1] == '.' && p < w->start)) {
			*a = w->start;
			*b = w->end;
			return 1;
		}
		return 0;
	}
	if (word_taken(s, j) || !(w->flags & W_UPPER) || (w->flags & W_DIGIT) ||
	    w->nchars < 3 || (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE |
	    D_RELATION | D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE |
	    D_TERM | D_CLINICAL | D_MONTH | D_EPONYM | D_INSTHEAD |
	    D_SUBJVERB | D_SPEECH)) || acronym_shape(t, s, j) ||
	    word_is(s, j, "oui") || word_is(s, j, "non"))
		return 0;
	if (!cell_left_edge(t, s, w->start))
		return 0;
	*a = w->start;
	*b = w->end;
	return 1;
}

/* dev24: the text has a line of a table pasted with ';' between spaces
 * ("LECOQ ; Jean ; 03/03/1941 ; 12 rue Nationale ; 37000 ; TOURS"):
 * four cells or more on one line, each of 1 to 40 bytes, no sentence's
 * end inside.  Prose with semicolons ("vu ce jour ; pas de fièvre ;
 * revoir le 12/03") has longer clauses or fewer of them; a list of
 * three is no row.  One pass over the text. */
static int
semicolon_row_shape(const char *t, size_t len)
{
	const char *p = memchr(t, ';', len), *prev = NULL;
	size_t cells = 0;

	/* from ';' to ';' (memchr: most texts have one or two) */
	for (; p != NULL; prev = p, p = memchr(p + 1, ';', (size_t)(t + len -
	    p - 1))) {
		size_t cell = prev ? (size_t)(p - prev - 1) : 0;

		if (prev == NULL || cell < 1 || cell > 40 ||
		    memchr(prev + 1, '\n', cell) != NULL ||
		    memmem(prev + 1, cell, ". ", 2) != NULL) {
			/* a first cell, or one too long or across lines:
			 * count again from here (its head before the ';'
			 * is a cell when short and on this line): the bytes
			 * after the nearest line break or ';' (prev) of the
			 * 41 before p, or after the text's start, 1 to 40 of
			 * them (one memrchr, where a walk back read the 41
			 * bytes one by one; speed34a) */
			const char *lo = p - t > 41 ? p - 41 : t;
			const char *q = memrchr(lo, '\n', (size_t)(p - lo));
			const char *h;

			if (prev != NULL && prev >= lo &&
			    (q == NULL || prev > q))
				q = prev;
			h = q != NULL ? q + 1 : lo == t ? t : NULL;
			cells = h != NULL && p - h >= 1 && p - h <= 40 ? 1 : 0;
			continue;
		}
		if (++cells >= 3) {
			/* and the cell after the last ';' counted */
			const char *e = memchr(p + 1, '\n', (size_t)(t + len -
			    p - 1));
			const char *nx = memchr(p + 1, ';', (size_t)(t + len -
			    p - 1));
			size_t tail = (size_t)((e ? e : t + len) - p - 1);

			if ((nx != NULL && (e == NULL || nx < e)) ||
			    (tail >= 1 && tail <= 40))
				return 1;
		}
	}
	return 0;
}

/*
 * A table's row or a CSV line pasted in a note whose header names no
 * name ("Patient | Né(e) le | Tél", "KEROUREDAN Trazibule ; 12/03/1950 ;
 * 06 12 34 56 78"): the cell right before or after a date's or a phone's
 * cell (the span alone between separators '|', ';' or a tab) that holds
 * one to four words with a capital, each a name of the lists or a word
 * no dictionary has, is a name; then the cell before it too
 * ("DUPONT | Jean | 12/03/1950").  "Glycémie | 12/03/2024", "CHU Brest
 * ; 02 98 ...", "RAS | 12/03", "Dr | 12/03" stay (an ordinary word, a
 * place, an acronym, a title).  (detect_run's gate: a date or a phone
 * span, and a '|' or a tab in the comment, or words glued by a cell's
 * byte.)
 */
static int	table_cells(const char *t, struct detect_scratch *s);
static int	row_sep_cells(const char *t, struct detect_scratch *s);

int
scan_table_cells(const char *t, struct detect_scratch *s)
{
	int caret = s->caret_hint, r;

	/* a row of cells between " ; " reads as one glued by ';'
	 * (cell_sep_of), for this rule only (dev24); with no other
	 * separator ('|', a tab, a glued ';') and no such row, no cell is
	 * read by this walk (the gate's TB_SEMI alone let it in) */
	if (!caret) {
		if (s->text_len > 0 && (s->text_bytes & TB_SEMI) &&
		    semicolon_row_shape(t, s->text_len))
			s->caret_hint = 1;
		else if (!(s->text_bytes & TB_CELL))
			return row_sep_cells(t, s);
	}
	r = table_cells(t, s);
	s->caret_hint = caret;
	if (r >= 0)
		r = row_sep_cells(t, s);
	return r;
}

/* recall25: the cells of the row around [st, e) split by sep (' ': runs
 * of two spaces or more), on its line and after a label's colon or a
 * sentence's end: three or more, each of 1 to 33 bytes (41 between " /
 * "), no sentence's end inside.  Walked cell by cell from the anchor's,
 * 240 bytes each way at most: the first cell too long stops it.  Byte p
 * is the row's separator (row_sep_at). */
static int
row_sep_at(const char *t, size_t lo, size_t hi, size_t p, char sep)
{
	if (sep == ' ')
		return t[p] == ' ' && ((p + 1 < hi && t[p + 1] == ' ') ||
		    (p > lo && t[p - 1] == ' '));
	if (t[p] != sep)
		return 0;
	if (sep == ',')
		return p + 1 < hi && t[p + 1] == ' ';
	return p > lo && t[p - 1] == ' ' && p + 1 < hi && t[p + 1] == ' ';
}

/* A row's line ends at byte p going back (its start at p: a line break,
 * ". " or ": " before) or forward (its end at p: a line break, a full
 * stop before a space, a line break or the text's end). */
static int
row_start_at(const char *t, size_t p)
{
	return p == 0 || t[p - 1] == '\n' || (p >= 2 && (t[p - 2] == '.' ||
	    t[p - 2] == ':') && t[p - 1] == ' ');
}

static int
row_end_at(const char *t, size_t len, size_t p)
{
	return p >= len || t[p] == '\n' || (t[p] == '.' && (p + 1 >= len ||
	    t[p + 1] == ' ' || t[p + 1] == '\n'));
}

static int
row_cells_fit(const char *t, size_t len, size_t st, size_t e, char sep)
{
	size_t max = sep == '/' ? 41 : 33, cells = 1, cell = e - st, p;
	size_t lo = st > 240 ? st - 240 : 0, hi = e + 240 < len ? e + 240 : len;

	/* cell by cell from the anchor's, each way, up to the line's ends:
	 * the first cell too long (a clause of prose) ends the walk */
	if (cell > max)
		return 0;
	for (p = st, cell = 0; !row_start_at(t, p); p--) {
		if (p <= lo)
			return 0;
		if (row_sep_at(t, lo, hi, p - 1, sep)) {
			if (cell > 0) {
				cells++;
				cell = 0;
			}
			continue;
		}
		if (++cell > max)
			return 0;
	}
	if (cell > 0)
		cells++;
	for (p = e, cell = 0; !row_end_at(t, len, p); p++) {
		if (p >= hi)
			return 0;
		if (row_sep_at(t, lo, hi, p, sep)) {
			if (cell > 0) {
				cells++;
				cell = 0;
			}
			continue;
		}
		if (++cell > max)
			return 0;
	}
	if (cell > 0)
		cells++;
	return cells >= 3;
}

static char	anchor_sep_beside(const char *t, size_t len, size_t st,
		    size_t e);

/* recall25: the separator of a row pasted with " / ", ", " or runs of
 * spaces that [st, e) is a cell of (a date's, a phone's, a postcode's),
 * read from the bytes beside it; 0 if none or the row does not fit
 * (row_cells_fit). */
static int
anchor_row_sep(const char *t, size_t len, size_t st, size_t e)
{
	char sep = anchor_sep_beside(t, len, st, e);

	return sep != 0 && row_cells_fit(t, len, st, e, sep) ? sep : 0;
}

/* The separator of anchor_row_sep read from the bytes beside [st, e)
 * alone, or 0. */
static char
anchor_sep_beside(const char *t, size_t len, size_t st, size_t e)
{
	char sep = 0;

	if (st >= 3 && t[st - 1] == ' ' && t[st - 2] == '/' && t[st - 3] == ' ')
		sep = '/';
	else if (e + 3 <= len && t[e] == ' ' && t[e + 1] == '/' &&
	    t[e + 2] == ' ')
		sep = '/';
	else if ((st >= 2 && t[st - 1] == ' ' && t[st - 2] == ',') ||
	    (e + 2 <= len && t[e] == ',' && t[e + 1] == ' '))
		sep = ',';
	else if ((st >= 2 && t[st - 1] == ' ' && t[st - 2] == ' ') ||
	    (e + 2 <= len && t[e] == ' ' && t[e + 1] == ' '))
		sep = ' ';
	return sep;
}

/* A letter in capitals ends the cell before [st, e) or opens the one
 * after it (a name's cell is capitalized): the first test of
 * row_sep_cells, so that prose ("le 12/03/2024, revu ce jour") is not
 * walked. */
static int
capital_at(const char *t, size_t len, size_t i)
{
	return (t[i] >= 'A' && t[i] <= 'Z') || ((unsigned char)t[i] == 0xc3 &&
	    i + 1 < len && (unsigned char)t[i + 1] >= 0x80 &&
	    (unsigned char)t[i + 1] <= 0x9e);
}

static int
anchor_capital_beside(const char *t, size_t len, size_t st, size_t e)
{
	size_t p = st, q = e;

	while (p > 0 && st - p < 8 && (t[p - 1] == ' ' || t[p - 1] == ',' ||
	    t[p - 1] == '/'))
		p--;
	if (p > 0 && p < st) {
		/* the cell before's last word: back to its first letter */
		size_t b = p;

		while (b > 0 && st - b < 48 && (is_alnum_byte(t[b - 1]) ||
		    (unsigned char)t[b - 1] >= 0x80 || t[b - 1] == '-'))
			b--;
		if (b < p && capital_at(t, len, b))
			return 1;
	}
	while (q < len && q - e < 8 && (t[q] == ' ' || t[q] == ',' ||
	    t[q] == '/'))
		q++;
	return q > e && q < len && capital_at(t, len, q);
}

/* The walk of table_cells from the cell [st, e) (a date's, a phone's,
 * a postcode's): the name cells before it and, with `after`, the one
 * after it. */
static int
table_cell_anchor(const char *t, struct detect_scratch *s, size_t st,
    size_t e, int after)
{
	size_t len = s->text_len, p, q, a, b, f;
	int r, named = 0;

	for (p = st; p > 0 && t[p - 1] == ' '; p--)
		;
	for (q = e; q < len && t[q] == ' '; q++)
		;
	/* the span is a cell of its own, with a separator on one
	 * side at least */
	if ((p = cell_sep_before(t, s, st)) == NO_WORD &&
	    cell_sep_after(t, s, e) == NO_WORD)
		return 0;
	if (!cell_left_edge(t, s, st) || !(q >= len || t[q] == '\n' ||
	    cell_sep_of(s, t[q]) || (s->row_sep == ' ' && q - e >= 2)))
		return 0;
	for (int n = 0, first = 0; n < 2 && p != NO_WORD; n++) {
		if (cell_name_at(t, s, p, -1, &a, &b) ||
		    (first && cell_capitals_surname(t, s, p, &a, &b))) {
			size_t k = word_at(s, a);

			if ((r = add_span(s, a, b, DETECT_NAME, -1)) < 0)
				return r;
			named = 1;
			/* a first name's cell: the capitals before it
			 * may be its surname's */
			first = n == 0 && k < s->nwords &&
			    (s->words[k].dflags & D_FIRST) &&
			    !(s->words[k].flags & W_UPPER);
		} else if (n == 0 && cell_found_name(t, s, p, &a, &first))
			named = 1;	/* "MARTIN | Paul | 12/03/1961": Paul
				 * found before, walk on (recall24) */
		else
			break;
		p = cell_sep_before(t, s, a);
	}
	if (!after || (f = cell_sep_after(t, s, e)) == NO_WORD)
		return 0;
	/* a person's row (a name's cell before): the commune in the cell
	 * after a date's or a phone's is the row's town (recall26) */
	if (named && cell_commune_at(t, s, f, &a, &b))
		return add_span(s, a, b, DETECT_ADDRESS, -1) < 0 ? -ENOMEM : 0;
	if (cell_name_at(t, s, f, 1, &a, &b) &&
	    (r = add_span(s, a, b, DETECT_NAME, -1)) < 0)
		return r;
	return 0;
}

/* A span table_cells starts from: a date, a phone, or (recall25) a
 * postcode's cell (an address that opens with five digits). */
static int
table_anchor(const char *t, const struct detect_span *sp)
{
	if (sp->kind == DETECT_DATE || sp->kind == DETECT_PHONE)
		return 1;
	if (sp->kind != DETECT_ADDRESS || sp->end - sp->start < 5)
		return 0;
	for (size_t k = 0; k < 5; k++)
		if (!util_is_digit(t[sp->start + k]))
			return 0;
	return sp->end - sp->start == 5 || t[sp->start + 5] == ' ';
}

static int
table_cells(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t st = s->spans[x].start, e = s->spans[x].end;

		if (!table_anchor(t, &s->spans[x]))
			continue;
		if ((r = table_cell_anchor(t, s, st, e,
		    s->spans[x].kind != DETECT_ADDRESS)) < 0)
			return r;
	}
	return 0;
}

/* recall25: a row pasted with " / ", ", " or runs of spaces (each
 * anchor's own row, anchor_row_sep): its cells read as table_cells
 * reads a '|' row's, s->row_sep set for the walk. */
static int
row_sep_cells(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r = 0;

	for (size_t x = 0; x < nsp && r >= 0; x++) {
		size_t st = s->spans[x].start, e = s->spans[x].end;

		/* the span's kind first (a date's, a phone's, a
		 * postcode's: a load of the span read already; speed34a),
		 * then the bytes beside, a capital, the row */
		if (!table_anchor(t, &s->spans[x]) ||
		    anchor_sep_beside(t, s->text_len, st, e) == 0 ||
		    !anchor_capital_beside(t, s->text_len, st, e) ||
		    (s->row_sep = anchor_row_sep(t, s->text_len, st, e)) == 0)
			continue;
		/* the cell after a postcode's is no name's (the row's
		 * names come first: "98890 Païta, RAA, pénicilline") */
		r = table_cell_anchor(t, s, st, e,
		    s->spans[x].kind != DETECT_ADDRESS);
		s->row_sep = 0;
	}
	s->row_sep = 0;
	return r < 0 ? r : 0;
}

/* The byte c may be in a component of an HL7 person's name: a letter,
 * a byte of a letter beyond ASCII, a space, '-', '\''. */
static int
xpn_byte(unsigned char c)
{
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80 || c == ' ' ||
	    c == '-' || c == '\'';
}

/* The component [a, b) is a title HL7 writes as a name's prefix (XPN.5:
 * "MME", "Mr", "DR"; with a dot or not). */
static int
xpn_title(const char *t, size_t a, size_t b)
{
	static const char *const xpn_titles[] = { "M", "MR", "MME", "MLLE", "DR",
	    "PR", "MRS", "MS", "MISS", "MMES", NULL };
	char k[6];

	if (b > a && t[b - 1] == '.')
		b--;
	if (b <= a || b - a >= sizeof(k))
		return 0;
	for (size_t i = a; i < b; i++)
		k[i - a] = (char)(t[i] >= 'a' && t[i] <= 'z' ? t[i] - 32 : t[i]);
	for (size_t i = 0; xpn_titles[i] != NULL; i++)
		if (strlen(xpn_titles[i]) == b - a &&
		    memcmp(xpn_titles[i], k, b - a) == 0)
			return 1;
	return 0;
}

/* The field that starts at byte a after a '|' is a person's name field
 * of its segment: PID-5 (the patient), PID-6 (the mother's maiden
 * name), PID-9 (an alias), NK1-2 (a next of kin), GT1-3 (a guarantor),
 * IN1-16 (the insured): the segment's id, three capitals or digits
 * after a line break, a space or the text's start, then the fields
 * counted (400 bytes back at most). */
static int
xpn_segment_field(const char *t, size_t a)
{
	int field = 0;

	for (size_t p = a; p >= 4 && a - p < 400 && t[p - 1] != '\n'; p--) {
		if (t[p - 1] != '|')
			continue;
		field++;
		if (!(t[p - 4] >= 'A' && t[p - 4] <= 'Z') || (p > 4 &&
		    is_alnum_byte(t[p - 5])))
			continue;
		if (memcmp(t + p - 4, "PID", 3) == 0)
			return field == 5 || field == 6 || field == 9;
		if (memcmp(t + p - 4, "NK1", 3) == 0)
			return field == 2;
		if (memcmp(t + p - 4, "GT1", 3) == 0)
			return field == 3;
		if (memcmp(t + p - 4, "IN1", 3) == 0)
			return field == 16;
	}
	return 0;
}

/*
 * An HL7 person's name field (XPN) pasted in a note, whatever its
 * words: "PID|1||61200026^^^CHU||KEROUREDAN^TRAZIBULE^^^MME||...",
 * "NK1|1|QUERE^MARTINE|SPO", or alone, "Identité : DUPONT^JEAN^^^MME".
 * The field's components are family^given^further given^suffix^prefix:
 * letters only (a space, '-', '\'' inside), the first two non-empty,
 * and either the field is a name field of its segment
 * (xpn_segment_field) or its prefix is a title (xpn_title).  The family
 * name, the given names are names.  A field with digits ("GLU^^12345"),
 * a code ("L^Local^HL70396"), an OBX's value ("NEG^Negatif^L") and a
 * field of another segment without a title stay.  (detect_run's gate:
 * the tokenizer saw words glued by '^' or another cell glue.)
 */
int
scan_hl7_names(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len, c = 0;
	const char *q;

	while ((q = memchr(t + c, '^', len - c)) != NULL) {
		size_t a = (size_t)(q - t), comp[8], nc = 0, e, k;
		int r;

		/* back to the field's start: the caret is its first */
		while (a > 0 && xpn_byte((unsigned char)t[a - 1]) &&
		    (size_t)(q - t) - a < 48)
			a--;
		c = (size_t)(q - t) + 1;
		/* not after a '|': the family name is one word ("patient
		 * DUPONT^JEAN^^^MME") */
		if (a == 0 || t[a - 1] != '|')
			for (a = (size_t)(q - t); a > 0 && t[a - 1] != ' ' &&
			    xpn_byte((unsigned char)t[a - 1]); a--)
				;
		if (a > 0 && t[a - 1] != '|' && t[a - 1] != ' ' &&
		    t[a - 1] != ':' && t[a - 1] != '\n' && t[a - 1] != '"')
			continue;
		while (a < len && t[a] == ' ')
			a++;
		/* the components' ends, up to the field's end */
		for (e = a; nc < 8; e++) {
			if (e >= len || t[e] == '|' || t[e] == '^' ||
			    t[e] == '\n' || t[e] == '"' || (t[e] == ' ' &&
			    e + 1 < len && t[e + 1] == ' ')) {
				comp[nc++] = e;
				if (e >= len || t[e] != '^')
					break;
				continue;
			}
			if (!xpn_byte((unsigned char)t[e]))
				break;
		}
		if (nc < 2 || nc >= 8 || (e < len && t[e] != '^' &&
		    comp[nc - 1] != e) || comp[0] - a < 2 ||
		    comp[1] - comp[0] < 3 || comp[0] - a > 40 ||
		    comp[1] - comp[0] > 41)
			continue;
		c = comp[nc - 1];
		if (!((a > 0 && t[a - 1] == '|' && xpn_segment_field(t, a)) ||
		    (nc >= 5 && xpn_title(t, comp[3] + 1, comp[4]))))
			continue;
		for (k = 0; k < 3 && k < nc; k++) {
			size_t st = k == 0 ? a : comp[k - 1] + 1, en = comp[k];

			while (en > st && t[en - 1] == ' ')
				en--;
			if (en > st && (r = add_span(s, st, en, DETECT_NAME,
			    -1)) < 0)
				return r;
		}
	}
	return 0;
}

/* The starts of the name spans, sorted, into s->keys: how many, or
 * -ENOMEM.  Made once for scan_name_glued's loop, which moves the spans'
 * ends but neither their starts nor their kinds and adds none: a walk of
 * the spans for each span it asked about was quadratic ("Dupont4Martin "
 * repeated: 0.2 MB took 0.8 s). */
static long
name_starts(struct detect_scratch *s)
{
	size_t n = 0;
	int r;

	if ((r = detect_keys_reserve(s, s->nspans)) != 0)
		return r;
	for (size_t k = 0; k < s->nspans; k++)
		if (s->spans[k].kind == DETECT_NAME)
			s->keys[n++] = s->spans[k].start;
	detect_keys_sort(s, n);
	return (long)n;
}

int
scan_name_glued(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;
	long nstarts = -1;	/* name_starts: not yet */
	int r;

	/* tokenize saw two words glued by one '^', ';', '|' or tab */
	if ((detect_no_gates || s->caret_hint) && (r = scan_carets(t, s)) < 0)
		return r;
	for (size_t k = 0; k < s->nspans; k++) {
		struct detect_span *sp = &s->spans[k];
		size_t e = sp->end, n, st = sp->start;

		if (sp->kind == DETECT_NAME && e + 2 < len && e > st &&
		    t[e] == ' ' && ((t[e + 1] | 32) >= 'a' &&
		    (t[e + 1] | 32) <= 'z') &&
		    (e = split_name_end(t, s, e)) != sp->end) {
			size_t e2;

			/* "Sa nchez Car men": the next piece too */
			if (e + 2 < len && t[e] == ' ' &&
			    (e2 = split_name_end(t, s, e)) != e)
				e = e2;
			take_bytes(s, sp->end, e);
			sp->end = e;
			mark_words(s, k);
			continue;
		}
		if (sp->kind != DETECT_NAME || e >= len || e == st ||
		    glued_at(t, len, e) == 0 || glued_at(t, len, e - 1) == 0)
			continue;
		while (e < len && (n = glued_at(t, len, e)) != 0 &&
		    !overlaps(s, e, e + n))
			e += n;
		/* another span inside: left as it is, but for a digit or two
		 * between two pieces of names ("S4LHI": "S" and "LHI", a
		 * name span starting at e) */
		if (e < len && glued_at(t, len, e) != 0) {
			if (e - sp->end > 2)
				continue;
			if (nstarts < 0 && (nstarts = name_starts(s)) < 0)
				return (int)nstarts;
			if (!detect_keys_have(s, (size_t)nstarts, e))
				continue;
		}
		take_bytes(s, sp->end, e);
		sp->end = e;
		mark_words(s, k);
	}
	return 0;
}

/*
 * a first name of the lists, capitalized, right before a phone
 * number ("Contact référente : Claire 06 71 40 28 55", "rappeler Rosa
 * 07 ..."): the number's owner, as a name beside a title is.  Not a word
 * of the tables ("Tél", "Samu", a month), nor a weak one.  (detect_run's
 * gate: a phone span.)
 */
int
scan_phone_names(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t a = s->spans[x].start, k, b;
		const struct detect_word *w;

		/* the bytes first: a space, then a word that starts with a
		 * capital ("Claire 06...", not "au 06", "tel 06") */
		if (s->spans[x].kind != DETECT_PHONE || a < 4 || t[a - 1] != ' ')
			continue;
		for (b = a - 1; b > 0 && a - b < 24 && t[b - 1] != ' ' &&
		    t[b - 1] != '(' && t[b - 1] != ':'; b--)
			;
		if (!((t[b] >= 'A' && t[b] <= 'Z') || (unsigned char)t[b] == 0xc3))
			continue;
		k = word_at(s, a);
		if (k == 0 || k > s->nwords)
			continue;
		w = &s->words[--k];
		if (w->end + 1 != s->spans[x].start || t[w->end] != ' ' ||
		    !(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
		    w->nchars < 3 || word_taken(s, k) || !(w->dflags & D_FIRST) ||
		    (w->dflags & (D_WEAK | D_TITLE | D_NOTNAME | D_MONTH |
		    D_RELATIVE | D_RELATION | D_STREET | D_UNIT | D_PLACE |
		    D_TERM | D_CLINICAL | D_DATECUE | D_EPONYM)))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* ---- after a relation: the rest of a lower-case name, a surname alone
 * (scan_relation_tails) ---- */

/* What follows word j ends the name: the text's end, a comma, a
 * semicolon, a parenthesis, a full stop, a colon, a slash; a number (a phone); a name
 * found. *weak: only a preposition ("à", "au") follows, which ends a
 * name of the lists but not an ordinary word. */
static int
cue_name_ends(const char *t, const struct detect_scratch *s, size_t j,
    int *weak)
{
	size_t e = s->words[j].end;

	*weak = 0;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e >= s->text_len || util_in_set(",;.():/", t[e]))
		return 1;
	if (j + 1 >= s->nwords || s->words[j + 1].start != e)
		return 0;
	if ((s->words[j + 1].flags & W_DIGIT) ||
	    is_name_span(span_of(s, j + 1)))
		return 1;
	*weak = word_is(s, j + 1, "a") || word_is(s, j + 1, "au");
	return *weak;
}

/* Word j may end a lower-case name after a relation: in lower case, no
 * number, no word of the tables, a name of the lists or a word no
 * dictionary has (*listed says so), or an ordinary word of four letters
 * or more shaped as a name as caps9 has it (caps_word_name_shape: no
 * participle's, adjective's or adverb's ending: "aussi", "malade",
 * "seul", "inquiet", "également" are none), which cue_relation_tails
 * takes only after a family's first name and before a comma, a
 * semicolon, a parenthesis, a number or the end. */
/* The adverbs and time words a note writes after a name ("son fils
 * paul toujours,", "paul bien,"): a closed class, none a name. */
static const char *const adverbs[] = {
	"bien", "toujours", "encore", "aussi", "deja", "plus", "moins",
	"tres", "trop", "tant", "tard", "loin", "pres", "ensuite", "puis",
	"alors", "donc", "enfin", "parfois", "souvent", "jamais", "rien",
	"tout", "tous", "toute", "toutes", "seul", "seule", "hier", "demain",
	"matin", "soir", "midi", "nuit", "mieux", "pire", "ainsi", "surtout",
	"dedans", "dehors", "avant", "apres", "depuis", "pendant", NULL,
};

static int
cue_tail_word(const char *t, struct detect_scratch *s, size_t j, int *listed)
{
	const struct detect_word *w = &s->words[j];

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 2 ||
	    word_taken(s, j) || (w->dflags & CUE_NOT_NAME) ||
	    dict_keep_has(w->fhash) || in_list(adverbs, wf(s, w), w->fold_len))
		return 0;
	*listed = (w->dflags & (D_FIRST | D_LAST)) || !word_lexicon(t, s, j);
	if (*listed)
		return 1;
	return w->nchars >= 4 && (caps_word_name_shape(t, s, j) ||
	    memcmp(wf(s, w) + w->fold_len - 3, "eau", 3) == 0);
}

/* Words k.. start a name after a relative of the family, the first one
 * a first name of the lists that no list calls ambiguous or weak ("son
 * épouse nadia", "sa fille laurent"): an ordinary word may end it there
 * (cue_relation_tails). */
static int
cue_family_first(const struct detect_scratch *s, size_t k)
{
	uint64_t f = s->words[k].dflags;

	/* kin: the role table (detect_role.c) */
	return (f & D_FIRST) && !(f & (D_AMBIG | D_WEAK)) &&
	    (role_kinds(s, k - 1) & ROLE_KIN);
}

/* After word j, a comma, a semicolon, a closing parenthesis, a number
 * or the text's end: what ends a name that is an ordinary word. */
static int
cue_strong_end(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t e = s->words[j].end;

	while (e < s->text_len && t[e] == ' ')
		e++;
	return e >= s->text_len || t[e] == ',' || t[e] == ';' || t[e] == ')' ||
	    util_is_digit(t[e]);
}

/* Word j is a month in lower case: in a Vietnamese name ("thi mai
 * brun") only between two words of it. */
static int
cue_lower_month(const struct detect_scratch *s, size_t j)
{
	return word_has(s, j, D_MONTH) &&
	    !(s->words[j].flags & (W_CAP | W_UPPER | W_DIGIT));
}

/* Word k-1 is a relation and word k, in lower case, starts a name found
 * after it. */
static int
cue_relation_head(const char *t, const struct detect_scratch *s, size_t k)
{
	return word_has(s, k - 1, D_RELATIVE | D_RELATION) &&
	    joined(t, s, k - 1) && !(s->words[k].flags & (W_CAP | W_UPPER)) &&
	    is_name_span(span_of(s, k)) && !is_name_span(span_of(s, k - 1));
}

/*
 * The rest of a lower-case name after a relation: the name's first words
 * found ("son épouse nadia", "son frère thi"), the one or two words after
 * them up to what ends a name (a comma, a parenthesis, a full stop, a
 * number, the text's end; "à", "au" after a name of the lists only): "son
 * épouse nadia chaouch,", "sa petite-fille jocelyne desir,", "(son frère
 * thi mai brun)", "sa voisine thi mai dang 04...".  "sa fille marie
 * présente,", "son fils jean malade,", "son épouse nadia aussi,", "son
 * mari paul hospitalisé." stay (words of the tables, attributes, and
 * ordinary words of fewer than four letters or ending as an attribute).
 */
static int
cue_relation_tails(const char *t, struct detect_scratch *s)
{
	size_t nrel, next = 1;
	/* (from the relations' list, WC_RELATION: word k - 1 is a
	 * relation, cue_relation_head's first test, where the walk of
	 * every word asked it; in order, past the last name taken;
	 * speed31c) */
	const uint32_t *rel = word_class(s, WC_RELATION, &nrel);

	for (size_t x = 0; x < nrel; x++) {
		size_t k = (size_t)rel[x] + 1, j, a, last = NO_WORD;
		int listed = 0, l, weak, r;

		if (k < next)
			continue;
		if (k + 1 >= s->nwords)
			break;
		if (!cue_relation_head(t, s, k))
			continue;
		for (j = k + 1; j < s->nwords && joined(t, s, j - 1) &&
		    is_name_span(span_of(s, j)); j++)
			;
		for (a = j; j < s->nwords && j < a + 3 && joined(t, s, j - 1);
		    j++) {
			l = 0;
			if (cue_lower_month(s, j) && j + 1 < s->nwords)
				continue;
			if (!cue_tail_word(t, s, j, &l))
				break;
			last = j;
			listed = l;
		}
		if (last == NO_WORD || !cue_name_ends(t, s, last, &weak) ||
		    (!listed && (weak || !cue_family_first(s, k) || last != a ||
		    !cue_strong_end(t, s, last))))
			continue;
		for (j = a; j <= last; j++)
			if ((r = cue_take(s, j, j)) < 0)
				return r;
		next = last + 1;
	}
	return 0;
}

/* Word p is a caregiver or a role after which a note writes a surname
 * alone ("l'ash caron", "kiné grondin", "cadre de santé : chauvin",
 * "sage-femme sauvage"). */
static int
cue_role_before(const char *t, const struct detect_scratch *s, size_t p)
{
	/* the last word of a role of two ("cadre de santé", "auxiliaire
	 * de vie"); the roles are the table's (detect_role.c) */
	static const char *const tails[] = { "sante", "vie", NULL };

	if (word_is(s, p, "femme"))	/* "sage-femme" */
		return p > 0 && word_is(s, p - 1, "sage") &&
		    s->words[p - 1].end + 1 == s->words[p].start &&
		    t[s->words[p - 1].end] == '-';
	return (role_kinds(s, p) & (ROLE_CARER | ROLE_STAFF | ROLE_GUARD)) ||
	    in_list(tails, wf(s, &s->words[p]), s->words[p].fold_len);
}

/*
 * A surname of the lists in lower case alone after a caregiver or a
 * role, even an ordinary word ("grondin", "caron"), before what ends a
 * name, a verb of speech or a time ("ce matin", "demain"): "l'ash caron signale", "le kiné grondin,",
 * "cadre de santé : chauvin au 01 ...", "la sage-femme sauvage à la
 * clinique" (an ambiguous one not before "à").  A weak name, a first
 * name (the relation rules take those) and a word of the tables stay:
 * "l'ash passe,", "kiné respiratoire,", "l'ide de nuit", "le kiné
 * libéral,", "l'ide présente".
 */
static int
cue_role_surnames(const char *t, struct detect_scratch *s)
{
	/* (from the names of the lists: name_word_next, speed30c) */
	for (size_t k = name_word_next(s, 1); k < s->nwords;
	    k = name_word_next(s, k + 1)) {
		const struct detect_word *w = &s->words[k];
		size_t p = k - 1, g = s->words[k].start - s->words[p].end;
		int weak, r;

		if (!(w->dflags & D_LAST) || (w->dflags & (D_WEAK | D_FIRST |
		    CUE_NOT_NAME)) || (w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    word_taken(s, k) || w->nchars < 3)
			continue;
		if (!(joined(t, s, p) || (g == 3 && memcmp(t + s->words[p].end,
		    " : ", 3) == 0)) || !cue_role_before(t, s, p))
			continue;
		if (!cue_name_ends(t, s, k, &weak)) {
			/* a verb of speech, a time: "caron signale", "grondin
			 * ce matin" */
			if (!(k + 1 < s->nwords && joined(t, s, k) &&
			    (word_has(s, k + 1, D_SPEECH) || word_is(s, k + 1,
			    "ce") || word_is(s, k + 1, "cet") || word_is(s, k +
			    1, "demain") || word_is(s, k + 1, "hier"))))
				continue;
		} else if (weak && (w->dflags & D_AMBIG))
			continue;
		if ((r = cue_take(s, k, k)) < 0)
			return r;
	}
	return 0;
}

/* Word i is a title and word j, joined after it, the first word of the
 * name (word i+1 when j = i+1, a name found between them else). */
static int
cue_after_title(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t i = j;

	while (i > 0 && joined(t, s, i - 1) && i < j + 1 && j - i < 3 &&
	    is_name_span(span_of(s, i - 1)) && !is_title(t, s, i - 1))
		i--;
	return i > 0 && joined(t, s, i - 1) && is_title(t, s, i - 1);
}

/*
 * A first name of the lists that is also an eponym, second after a
 * title's name, before what ends a name: "M. Loup Gilbert :", "Mme Leroy
 * Gilbert, 45 ans" ("Gilbert" is a syndrome too). "syndrome de Gilbert",
 * "M. Dupont, Gilbert connu", "Mme Leroy Parkinson" (no first name)
 * stay.
 */
static int
cue_title_eponyms(const char *t, struct detect_scratch *s)
{
	for (size_t k = 2; k < s->nwords; k++) {
		const struct detect_word *w = &s->words[k];
		int weak, r;

		if (!(w->dflags & D_EPONYM) || !(w->dflags & D_FIRST) ||
		    !(w->flags & (W_CAP | W_UPPER)) || word_taken(s, k) ||
		    (w->dflags & (D_AMBIG | D_WEAK)) ||
		    !is_name_span(span_of(s, k - 1)) || !joined(t, s, k - 1) ||
		    !cue_after_title(t, s, k - 1) ||
		    !cue_name_ends(t, s, k, &weak) || weak)
			continue;
		if ((r = cue_take(s, k, k)) < 0)
			return r;
	}
	return 0;
}

/*
 * A word in capitals right after a title in capitals, before what ends a
 * name (a comma, a parenthesis, a full stop, a number, "RPPS"), even an
 * ordinary word or a clinical one: "DR MARTEAU, RPPS", "MME VERNE
 * (DIRECTRICE)".  Shaped as a name as caps9 has it (caps_word_name_shape;
 * "-eau" too, which it reads as a participle's "u"): "DR DE GARDE", "MME
 * AGITÉE,", "DR ABSENT,", "MME SEULE.", "MME MIEUX," stay; "LE
 * MARTEAU," has no title.  (The other title rules leave an ordinary word
 * in capitals where nothing around is not.)
 */
static int
cue_caps_after_titles(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *from = word_class(s, WC_CAPTITLED, &n);

	/* from a word in capitals joined to a title (WC_CAPTITLED) */
	for (size_t x = 0; x < n; x++) {
		size_t k = from[x];
		const struct detect_word *w = &s->words[k];
		int weak, r;

		if ((w->flags & W_DIGIT) || w->nchars < 3 || word_taken(s, k) ||
		    !(s->words[k - 1].flags & W_UPPER) || !is_title(t, s, k - 1))
			continue;
		if ((w->dflags & (CUE_NOT_NAME & ~(uint64_t)D_CLINICAL)) ||
		    !(caps_word_name_shape(t, s, k) || (w->fold_len > 4 &&
		    memcmp(wf(s, w) + w->fold_len - 3, "eau", 3) == 0) ||
		    (w->dflags & D_CLINICAL)))
			continue;
		if (!cue_name_ends(t, s, k, &weak) && !(k + 1 < s->nwords &&
		    word_is(s, k + 1, "rpps")))
			continue;
		if (weak)
			continue;
		if ((r = cue_take(s, k, k)) < 0)
			return r;
	}
	return 0;
}

/* After a relation, a role or a title (detect_run's gate: a relative or
 * a relation, and a name found or a surname of the lists; or a title and
 * a clinical word or an eponym). */
int
scan_name_tails(const char *t, struct detect_scratch *s)
{
	int r, names = has_span_kind(s, DETECT_BIT(DETECT_NAME));

	if (comment_has(s, 0, D_RELATIVE | D_RELATION)) {
		if (names && (r = cue_relation_tails(t, s)) < 0)
			return r;
		if (comment_has(s, 0, D_LAST) &&
		    (r = cue_role_surnames(t, s)) < 0)
			return r;
	}
	if (comment_has(s, 0, D_TITLE)) {
		if ((names & comment_has(s, 0, D_EPONYM)) &&
		    (r = cue_title_eponyms(t, s)) < 0)
			return r;
		if (comment_has(s, W_UPPER, 0) &&
		    (r = cue_caps_after_titles(t, s)) < 0)
			return r;
	}
	return 0;
}

/* a word that may be a person's name by itself: capitalized,
 * no word of the tables but the name lists (D_FIRST, D_LAST, D_FEMALE),
 * not ambiguous nor weak, no ordinary word, no place, firm or drug of
 * the keep lists, not taken. */
static int
owner_like(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    w->nchars >= 3 && !(w->dflags & ~(uint64_t)(D_FIRST | D_LAST |
	    D_COMMONLAST | D_FEMALE)) && !word_taken(s, j) &&
	    !dict_keep_has(w->fhash) &&
	    !word_lexicon(t, s, j);
}

/* The shops that may bear their owner's name (D_PHARMACY). */
const char *const pharmacy_words[] = {
	"pharmacie", "officine", NULL,
};

/* Pharmacies named after a chain, not an owner. */
static const char *const pharmacy_chains[] = {
	"lafayette", "giphar", "aprium", "pharmavie", "mediprix", "wellpharma",
	"boticinal", "pharmabest", "leadersante", "evolupharm", "totum",
	"univers", NULL,
};

/*
 * a pharmacy named after its owner ("pharmacie Abitbol",
 * "Pharmacie Durand-Cohen", "officine Benhamou"): the capitalized word
 * right after "pharmacie" or "officine", one space between, is the
 * pharmacist's name when it may be a name by itself (owner_like) and
 * names no chain.  Stays: "pharmacie de garde", "pharmacie du Centre",
 * "Pharmacie Centrale" (an ordinary word), "pharmacie Lafayette" (a
 * chain), "pharmacie Pasteur" (an eponym), "Pharmacie Bel-Air" (words).
 * (detect_run's gate: a word of D_PHARMACY.)
 */
int
scan_pharmacy_owners(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j = i + 1, e;
		int r;

		if (!(s->words[i].dflags & D_PHARMACY) ||
		    s->words[j].start != s->words[i].end + 1 ||
		    t[s->words[i].end] != ' ' || !owner_like(t, s, j) ||
		    in_list(pharmacy_chains, wf(s, &s->words[j]),
		    s->words[j].fold_len))
			continue;
		e = j;
		/* "Durand-Cohen": a second name joined by a hyphen */
		if (j + 1 < s->nwords && s->words[j + 1].start ==
		    s->words[j].end + 1 && t[s->words[j].end] == '-' &&
		    owner_like(t, s, j + 1))
			e = j + 1;
		if ((r = add_span(s, s->words[j].start, s->words[e].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/*
 * a business's name of two surnames joined by a hyphen, one of them found
 * ("Pharmacie Lopes-Martins", "Ambulances Dubois-Lopes" of the patient
 * Lopes; "Pharmacie Abitbol-Martins" after its owner): the owner's
 * compound surname, whose other half names the same family, goes whole.
 * The business head of business_heads, then up to three capitalized
 * words joined by hyphens only; a word of a span of another kind, a
 * digit or a word in lower case ends it.  "Taxi Bouvier-Lemaire" with
 * neither found, "Pharmacie Bel-Air" stay.  (detect_run's gate: a
 * business head and a name span.)
 */
int
scan_owner_compounds(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		const struct detect_word *h = &s->words[i];
		size_t j = i + 1, e = j, k;
		int found = 0, r;

		if (!(h->dflags & (D_INSTHEAD | D_PHARMACY)) ||
		    t[h->end] != ' ' || s->words[j].start != h->end + 1 ||
		    !in_list(business_heads, wf(s, h), h->fold_len))
			continue;
		for (k = j; k < s->nwords && k < j + 3; k++) {
			const struct detect_span *sp = span_of(s, k);
			const struct detect_word *w = &s->words[k];

			if (!(w->flags & (W_CAP | W_UPPER)) ||
			    (w->flags & W_DIGIT) || w->nchars < 2 ||
			    (sp != NULL && !is_name_span(sp)))
				break;
			found |= sp != NULL;
			e = k;
			if (k + 1 >= s->nwords || t[w->end] != '-' ||
			    s->words[k + 1].start != w->end + 1)
				break;
		}
		if (!found || e == j)
			continue;
		for (k = j; k <= e; k++)
			if (!word_taken(s, k) && (r = add_span(s,
			    s->words[k].start, s->words[k].end, DETECT_NAME,
			    -1)) < 0)
				return r;
		i = e;
	}
	return 0;
}

/* Word k is one capital letter alone (an initial's letter). */
static int
lone_capital(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return w->end - w->start == 1 && t[w->start] >= 'A' &&
	    t[w->start] <= 'Z';
}

/* Some two words in a row are lone capitals (lone_capital), and the
 * text has a hyphen: what scan_hyphen_initials' pairs need (speed23c:
 * its walk asked every word of every comment with a name found, 0.87 M
 * instructions a pass; half the comments have a hyphen, none of the bench
 * corpus such a pair).  From tokenize's text bytes and the words' class
 * bytes (two capitalized words in a row, then their bytes), not a
 * memchr walk over the hyphens (speed27b). */
static int
hyphen_capitals(const char *t, const struct detect_scratch *s)
{
	if (!(s->text_bytes & TB_HYPHEN))
		return 0;
	for (size_t k = wcls_find(s, 0, W_CAP, W_CAP); k < s->nwords;
	    k = wcls_find(s, k + 1, W_CAP, W_CAP))
		if (lone_capital(t, s, k) && lone_capital(t, s, k + 1))
			return 1;
	return 0;
}

/*
 * a compound first name's initials joined by a hyphen, one dot or none
 * ("Dr A-S. Vidal", "J-P. Martin", "avis de M-C Dupont", "vu avec A-S
 * Vidal"): the name rules read a letter and its dot ("S." went, "A"
 * stayed) or "A.-S." whole.  Two capitals alone, "-" or ".-" between,
 * a dot or none after, no letter, digit or hyphen on either side, either
 * letter already in a name's or an initial's span, the token right
 * before a name's span (one space) or right after one (one space, or in
 * parentheses: "Dr Vidal (A-S.)"): the letters not taken go as an
 * initial.  "HLA-B27", "T2-S. Vidal" (no letter alone before), "groupe
 * A-B, Dupont" (a comma) stay.  (detect_run's gate: a name's span.)
 */
int
scan_hyphen_initials(const char *t, struct detect_scratch *s)
{
	if (detect_gates() && !hyphen_capitals(t, s))
		return 0;
	for (size_t k = 0; k + 1 < s->nwords; k++) {
		const struct detect_word *a = &s->words[k], *b = &s->words[k + 1];
		size_t gap = b->start - a->end, e = b->end, n = k + 2;
		const struct detect_span *sa, *sb;
		int near, r;

		if (!lone_capital(t, s, k) || !lone_capital(t, s, k + 1) ||
		    !((gap == 1 && t[a->end] == '-') || (gap == 2 &&
		    t[a->end] == '.' && t[a->end + 1] == '-')) ||
		    (a->start > 0 && (is_alnum_byte(t[a->start - 1]) ||
		    t[a->start - 1] == '-' || t[a->start - 1] == '.')))
			continue;
		if (e < s->text_len && t[e] == '.')
			e++;
		if (e < s->text_len && (is_alnum_byte(t[e]) || t[e] == '-'))
			continue;
		sa = span_of(s, k);
		sb = span_of(s, k + 1);
		near = is_name_span(sa) || is_name_span(sb);
		/* the token, one space, a name's span on a capitalized word */
		if (!near && n < s->nwords && s->words[n].start == e + 1 &&
		    t[e] == ' ' && (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    is_name_span(span_of(s, n)))
			near = 1;
		/* after a name's span: "Mme Vidal A-S.", "Dr Vidal (A-S.)" */
		if (!near && k > 0 && is_name_span(span_of(s, k - 1)) &&
		    (s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
		    ((a->start == s->words[k - 1].end + 1 &&
		    t[a->start - 1] == ' ') || (a->start ==
		    s->words[k - 1].end + 2 && t[a->start - 2] == ' ' &&
		    t[a->start - 1] == '(' && e < s->text_len && t[e] == ')')))
			near = 1;
		if (!near || (sa != NULL && !is_name_span(sa)) ||
		    (sb != NULL && !is_name_span(sb)))
			continue;
		if (sa == NULL && sb == NULL)
			r = add_span(s, a->start, e, DETECT_INITIAL, -1);
		else if (sa == NULL)
			r = add_span(s, a->start, a->end, DETECT_INITIAL, -1);
		else if (sb == NULL)
			r = add_span(s, b->start, e, DETECT_INITIAL, -1);
		else
			r = 0;
		if (r < 0)
			return r;
		k++;
	}
	return 0;
}

/* The bytes at p ("(J4)", "(3 ans)", "(2 mois)", "(15 jours)") are an
 * age in parentheses: 1, or 0. */
static int
age_in_parens(const char *t, size_t len, size_t p)
{
	static const char *const units[] = {
		"ans)", "an)", "mois)", "jours)", "j)", "sem)", "semaines)",
		NULL,
	};
	size_t q = p + 1, d;

	if (q < len && (t[q] == 'J' || t[q] == 'j'))
		q++;
	for (d = q; d < len && d - q < 3 && t[d] >= '0' && t[d] <= '9'; d++)
		;
	if (d == q)
		return 0;
	if (q == p + 2)		/* "(J4)" */
		return d < len && t[d] == ')';
	if (d >= len || t[d] != ' ')
		return 0;
	for (size_t u = 0; units[u] != NULL; u++)
		if (len - d - 1 >= strlen(units[u]) &&
		    memcmp(t + d + 1, units[u], strlen(units[u])) == 0)
			return 1;
	return 0;
}

/*
 * a child or a relative named after "avec" or "et" with an age
 * in parentheses after the name ("sortie de maternité avec Kadidia
 * (J4)", "venue avec Inès (3 ans) et Kadidia (J4)"): the capitalized word
 * between, when it may be a name by itself (owner_like).  A drug's day
 * ("sous Doliprane (J3)": no "avec", and a drug of the keep lists), a
 * word ("avec Kiné (J3)": an ordinary word) stay.  (detect_run's gate: a
 * '(', a digit, a capital, and "avec" or "et": NS_AVEC, NS_ETOU.)
 */
int
scan_aged_names(const char *t, size_t len, struct detect_scratch *s)
{
	const char *q = t, *end = t + len;

	while ((q = memchr(q, '(', (size_t)(end - q))) != NULL) {
		size_t p = (size_t)(q - t), j;
		int r;

		q++;
		if (p < 8 || t[p - 1] != ' ' || !age_in_parens(t, len, p) ||
		    (j = word_at(s, p - 1)) == 0 || j >= s->nwords)
			continue;
		/* word_at gives the first word from p - 1: the one before */
		j--;
		if (s->words[j].end != p - 1 || !joined(t, s, j - 1) ||
		    !(word_is(s, j - 1, "avec") || word_is(s, j - 1, "et")) ||
		    !owner_like(t, s, j))
			continue;
		if ((r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word j may be a word of a mail's display name: a capital, no digit,
 * no title, no word of the tables (a service, a place, a unit, a
 * pharmacy); an ordinary word too ("Chapelle", "Prince": the address is
 * the cue, scan_mail_names asks more of the run). */
static int
mail_display_word(const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    !(w->dflags & (D_TITLE | D_INSTHEAD | D_CLINICAL | D_TERM |
	    D_STREET | D_UNIT | D_PLACE | D_MONTH | D_NOTNAME | D_RELATIVE |
	    D_RELATION | D_EPOHEAD | D_PHARMACY));
}

/* Word j names someone by itself: a name of the lists, not weak, or a
 * word no dictionary has, no acronym ("Kerouredan"; not "Secr\xc3\xa9tariat",
 * "Pharmacie", "CHU"). */
static int
mail_name_word(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (w->dflags & (D_FIRST | D_LAST))
		return !(w->dflags & D_WEAK);
	return !word_lexicon(t, s, j) && !dict_keep_has(w->fhash) &&
	    !((w->flags & W_UPPER) && acronym_shape(t, s, j));
}

/* Word j is the address's owner's: three letters or more, its fold
 * inside the address's local part t[a, b) ("Claire Tisserand
 * <claire.tisserand@...>", "Kevin Prince <kprince@...>"). */
static int
mail_owner_word(const char *t, struct detect_scratch *s, size_t j, size_t a,
    size_t b)
{
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (n < 3 || b - a < n)
		return 0;
	for (size_t p = a; p + n <= b; p++) {
		size_t i = 0;

		while (i < n && (t[p + i] | 0x20) == f[i])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/*
 * The display name before a mail's address that a forwarded or quoted
 * mail carries ("De: Claire Tisserand [mailto:claire.tisserand@orange.fr]",
 * "Le 03/03/2025, H\xc3\xa9l\xc3\xa8ne Chapelle <h.chapelle@wanadoo.fr> a
 * \xc3\xa9crit", "Kevin Prince <kprince@gmail.com> wrote:"): the address
 * found, right after '<' or "[mailto:"; before it, over spaces and a
 * quote, one to four words with a capital and no digit, joined by one
 * space or a hyphen (mail_display_word: a title, a service's or a
 * shop's word ends them); they are a person's name when one of them
 * names someone by itself (mail_name_word) and is the address's owner's
 * (mail_owner_word), or else from a first name of the lists (not weak)
 * that another word follows.  Names that are
 * ordinary words ("Chapelle", "Prince") go: the address is the cue.
 * "CHU Nantes <contact@chu.fr>", "Secr\xc3\xa9tariat G\xc3\xa9riatrie
 * <secretariat@chu.fr>" stay.  Each address reads four words back.
 * (detect_run's gate: an e-mail found, and a '>' or a '['.)
 */
int
scan_mail_names(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t es = s->spans[x].start, ee = s->spans[x].end, p, at, j, k;
		int owner = 0;

		if (s->spans[x].kind != DETECT_EMAIL)
			continue;
		if (es >= 1 && t[es - 1] == '<')
			p = es - 1;
		else if (es >= 8 && t[es - 8] == '[' &&
		    strncasecmp(t + es - 7, "mailto:", 7) == 0)
			p = es - 8;
		else
			continue;
		for (at = es; at < ee && t[at] != '@'; at++)
			;
		for (k = 0; k < 3 && p > 0 && t[p - 1] == ' '; k++)
			p--;
		if (p > 0 && (t[p - 1] == '"' || t[p - 1] == '\''))
			p--;
		if (p == 0 || (j = word_at(s, p)) == 0 || s->words[--j].end != p)
			continue;
		/* the run j back to k: capitals, no digit, no title */
		for (k = j; ; k--) {
			const struct detect_word *w = &s->words[k];
			size_t g;

			if (!mail_display_word(s, k)) {
				k++;
				break;
			}
			owner |= mail_owner_word(t, s, k, es, at) &&
			    mail_name_word(t, s, k);
			if (k == 0 || j - k >= 3)
				break;
			g = s->words[k - 1].end;
			if (w->start != g + 1 || (t[g] != ' ' && t[g] != '-'))
				break;
		}
		if (k > j)
			continue;
		/* no owner: from a first name of the lists on, a word after
		 * it ("2:02 PM Kevin Prince <kp1984@...>") */
		while (!owner && k < j && !((s->words[k].dflags & D_FIRST) &&
		    mail_name_word(t, s, k)))
			k++;
		if (!owner && k >= j)
			continue;
		/* word by word: a first name found already keeps its span */
		for (; k <= j; k++)
			if (!word_taken(s, k) && (r = add_span(s,
			    s->words[k].start, s->words[k].end, DETECT_NAME,
			    -1)) < 0)
				return r;
	}
	return 0;
}

/* The headings of a table's column of persons' names, as the folds of
 * their words ("Nom", "Pr\xc3\xa9nom", "Nom et pr\xc3\xa9nom", "Nom de naissance",
 * "Patient", "Identit\xc3\xa9"), one string a heading, words by spaces. */
static const char *const name_headings[] = {
	"nom", "prenom", "prenoms", "nom prenom", "prenom nom", "nom et prenom",
	"noms", "nom de naissance", "nom d usage", "nom usage", "nom marital",
	"nom de jeune fille", "patient", "patiente", "identite",
	"nom du patient", "nom patient", "name", "surname", "first name",
	"last name", "given name", "family name", NULL,
};

/* The headings beside "Nom" alone that say its column names persons, not
 * things ("Nom | T\xc3\xa9l", "Nom;Lien"; "NOM | RESULTAT" is a test's). */
static const char *const person_headings[] = {
	"tel", "telephone", "portable", "lien", "parente", "ddn", "naissance",
	"date de naissance", "ne le", "nee le", "ne e le", "adresse", "age",
	"sexe", "mail", "email", "courriel", "relation", "qualite", "role",
	"ville", "ipp", "nir", NULL,
};

/* The words [a, b) of a cell are a heading of name_headings (2: one
 * that names persons by itself, 1: "nom" or "name" alone) or of
 * person_headings (3); 0 if none. */
static int
name_heading(struct detect_scratch *s, size_t a, size_t b)
{
	char h[32];
	size_t n = 0;

	for (size_t k = a; k < b; k++) {
		const struct detect_word *w = &s->words[k];

		if (w->fold_len + (n > 0) > sizeof(h) - n)
			return 0;
		if (n > 0)
			h[n++] = ' ';
		memcpy(h + n, wf(s, w), w->fold_len);
		n += w->fold_len;
	}
	if (n == 0)
		return 0;
	if (in_list(name_headings, h, n))
		return (n == 3 && memcmp(h, "nom", 3) == 0) ||
		    (n == 4 && (memcmp(h, "noms", 4) == 0 ||
		    memcmp(h, "name", 4) == 0)) ? 1 : 2;
	return in_list(person_headings, h, n) ? 3 : 0;
}

/* The next cell of a line from byte *p (a separator sep or the line's end
 * ends it): its words in [*a, *b) (word indexes), 1 if one was read; *p
 * past its separator; *last set when the line ended. */
static int
table_next_cell(const char *t, struct detect_scratch *s, size_t *p, char sep,
    size_t *a, size_t *b, int *last)
{
	size_t len = s->text_len, q = *p, k;

	if (q >= len || t[q] == '\n') {
		*last = 1;
		return 0;
	}
	while (q < len && t[q] != sep && t[q] != '\n' && t[q] != '\r')
		q++;
	k = word_at(s, *p);
	*a = k;
	while (k < s->nwords && s->words[k].end <= q)
		k++;
	*b = k;
	*last = q >= len || t[q] != sep;
	*p = q < len && t[q] == sep ? q + 1 : q;
	return 1;
}

/* The separator of the table whose line starts at byte p: '|', a tab or
 * ';', the first of them on the line; 0 if none. */
static char
table_line_sep(const char *t, size_t len, size_t p)
{
	for (size_t q = p; q < len && t[q] != '\n'; q++)
		if (t[q] == '|' || t[q] == '\t' || t[q] == ';')
			return t[q];
	return 0;
}

/*
 * A table pasted in a note whose heading names a column of persons
 * ("| Nom | Pr\xc3\xa9nom | Tel |", "Nom;Pr\xc3\xa9nom;Lien;Tel", name_headings):
 * in the lines after it, up to a line with no separator (an empty one
 * too) or 200 lines, the cell of that column is a name whatever its
 * words ("| Pigeon | Jeanne |", "Cordonnier; Paul", "Dauphin;Luc;fils"):
 * its words with a letter and no digit, a title, a kin word, a particle
 * or a placeholder ("Inconnu": not_names) left out; a cell with a digit
 * stays.  Columns 0 to 31; the heading is any line whose cells hold one
 * such heading, "Nom" alone only beside a heading of a person's column
 * (person_headings: "T\xc3\xa9l", "Lien", "DDN"...: "NOM | RESULTAT" names
 * tests).  Each line read once.  (detect_run's gate: '|', a tab or ';'.)
 */
/* The first words of name_headings: a heading line needs one of them as
 * the first word of a cell. */
/* D_HEADFIRST in the dictionary, which tokenize moves to the word's
 * W_HEADFIRST (speed22: table_heading_word tested each word's length and
 * first letter, then walked this list) */
const char *const detect_name_heading_firsts[] = {
	"nom", "noms", "prenom", "prenoms", "patient", "patiente", "identite",
	"name", "surname", "first", "last", "given", "family", NULL,
};

/* Some word of the comment may open a cell of name_headings: one of
 * detect_name_heading_firsts with a separator ('|', a tab, ';') or a
 * line's start between it and the word before (a cell's words follow its
 * separator).  Without one no line is a heading and
 * scan_table_name_columns reads nothing (speed20: most comments with a
 * ';' have none, and were split in cells line by line). */
static int
table_heading_word(const char *t, const struct detect_scratch *s)
{
	if (!(s->word_flags & W_HEADFIRST))
		return 0;
	for (size_t k = 0; k < s->nwords; k++) {
		const struct detect_word *w = &s->words[k];
		size_t g;

		if (!(w->flags & W_HEADFIRST))
			continue;
		if (k == 0)
			return 1;
		for (g = s->words[k - 1].end; g < w->start; g++)
			if (t[g] == '|' || t[g] == '\t' || t[g] == ';' ||
			    t[g] == '\n')
				return 1;
	}
	return 0;
}

int
scan_table_name_columns(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len, line = 0;

	if (!table_heading_word(t, s))
		return 0;

	while (line < len) {
		size_t p = line, a, b, next;
		uint32_t cols = 0;
		char sep = table_line_sep(t, len, line);
		int last = 0, col = 0, rows = 0, persons = 0, r, h;

		for (next = line; next < len && t[next] != '\n'; next++)
			;
		next = next < len ? next + 1 : len;
		if (sep == 0) {
			line = next;
			continue;
		}
		while (col < 32 && table_next_cell(t, s, &p, sep, &a, &b, &last)) {
			if ((h = name_heading(s, a, b)) == 1 || h == 2)
				cols |= (uint32_t)1 << col;
			persons |= h >= 2;
			col++;
			if (last)
				break;
		}
		line = next;
		if (cols == 0 || !persons)
			continue;
		/* the rows: the same separator on each */
		while (line < len && rows++ < 200 && table_line_sep(t, len,
		    line) == sep) {
			p = line;
			for (next = line; next < len && t[next] != '\n'; next++)
				;
			next = next < len ? next + 1 : len;
			last = 0;
			for (col = 0; col < 32 && !last && table_next_cell(t, s,
			    &p, sep, &a, &b, &last); col++) {
				int digit = 0;

				if (!(cols & ((uint32_t)1 << col)) || a >= b)
					continue;
				for (size_t k = a; k < b; k++)
					digit |= (s->words[k].flags & W_DIGIT) != 0;
				for (size_t k = a; k < b && !digit; k++)
					if (!word_taken(s, k) && !(s->words[k].dflags &
					    (D_TITLE | D_RELATIVE | D_PARTICLE |
					    D_NOTNAME)) &&
					    (r = add_span(s, s->words[k].start,
					    s->words[k].end, DETECT_NAME, -1)) < 0)
						return r;
			}
			line = next;
		}
	}
	return 0;
}

/* The first " / " of the n bytes at t, or NULL: memmem(t, n, " / ", 3)
 * by a memchr walk over the slashes (speed20: glibc's memmem sets up for
 * some 500 instructions, more than a comment's few slashes cost). */
static const char *
slash_gap(const char *t, size_t n)
{
	const char *end = t + n, *h;

	if (n < 3)
		return NULL;
	for (h = t + 1; (h = memchr(h, '/', (size_t)(end - 1 - h))) != NULL;
	    h++)
		if (h[-1] == ' ' && h[1] == ' ')
			return h - 1;
	return NULL;
}

/* The end of a slash table's segment from byte p: " -- " (a row typed
 * on the same line as the one before) or a line's or the text's end;
 * *next past it. */
static size_t
slash_segment_end(const char *t, size_t len, size_t p, size_t *next)
{
	for (size_t q = p; q < len; q++) {
		if (t[q] == '\n' || t[q] == '\r') {
			*next = q + 1;
			return q;
		}
		if (q + 4 <= len && memcmp(t + q, " -- ", 4) == 0) {
			*next = q + 4;
			return q;
		}
	}
	*next = len;
	return len;
}

/* The next cell from byte *p of a segment ending at q, cells split by
 * " / ": its words in [*a, *b), 1 if one was read; *last when it was the
 * segment's last. */
static int
slash_next_cell(const char *t, struct detect_scratch *s, size_t *p, size_t q,
    size_t *a, size_t *b, int *last)
{
	const char *m;
	size_t e, k;

	if (*p >= q) {
		*last = 1;
		return 0;
	}
	m = slash_gap(t + *p, q - *p);
	e = m != NULL ? (size_t)(m - t) : q;
	k = word_at(s, *p);
	*a = k;
	while (k < s->nwords && s->words[k].end <= e)
		k++;
	*b = k;
	*last = m == NULL;
	*p = m != NULL ? e + 3 : q;
	return 1;
}

/*
 * A table typed with " / " between its cells and " -- " (or a line
 * break) between its rows, as a spreadsheet's lines pasted into one
 * line: "NOM / PRENOM / DDN / CHAMBRE -- BRUNET / Lucette / 03.02.1937 /
 * 112 -- FAUCON / René / ...".  The heading and its rows are read as
 * scan_table_name_columns reads a table of '|', tabs or ';' (the same
 * name_heading, a person's column needed beside "Nom"): in the rows
 * after it, up to a segment with no " / ", the words of a name column's
 * cell are a name unless the cell has a digit; titles, kin words,
 * particles and placeholders stay.  Each segment read once.
 */
int
scan_slash_table_names(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len, seg = 0;

	if (slash_gap(t, len) == NULL)
		return 0;
	while (seg < len) {
		size_t next, q = slash_segment_end(t, len, seg, &next), p = seg,
		    a, b;
		uint32_t cols = 0;
		int col = 0, last = 0, persons = 0, rows = 0, h, r;

		if (slash_gap(t + seg, q - seg) == NULL) {
			seg = next;
			continue;
		}
		while (col < 32 && slash_next_cell(t, s, &p, q, &a, &b,
		    &last)) {
			if ((h = name_heading(s, a, b)) == 1 || h == 2)
				cols |= (uint32_t)1 << col;
			persons |= h >= 2;
			col++;
			if (last)
				break;
		}
		seg = next;
		if (cols == 0 || !persons)
			continue;
		while (seg < len && rows++ < 200) {
			q = slash_segment_end(t, len, seg, &next);
			if (slash_gap(t + seg, q - seg) == NULL)
				break;
			p = seg;
			last = 0;
			for (col = 0; col < 32 && !last && slash_next_cell(t, s,
			    &p, q, &a, &b, &last); col++) {
				int digit = 0;

				if (!(cols & ((uint32_t)1 << col)) || a >= b)
					continue;
				for (size_t k = a; k < b; k++)
					digit |= (s->words[k].flags & W_DIGIT) != 0;
				for (size_t k = a; k < b && !digit; k++)
					if (!word_taken(s, k) && !(s->words[k].dflags &
					    (D_TITLE | D_RELATIVE | D_PARTICLE |
					    D_NOTNAME)) &&
					    (r = add_span(s, s->words[k].start,
					    s->words[k].end, DETECT_NAME, -1)) < 0)
						return r;
			}
			seg = next;
		}
	}
	return 0;
}

/* Word k starts a line (or the text), spaces before, and a colon follows
 * it (one space or none between): a mail header's label. */
static int
header_label_at(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t p = s->words[k].start, e = s->words[k].end, len = s->text_len;

	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p > 0 && t[p - 1] != '\n' && t[p - 1] != '\r')
		return 0;
	if (e < len && t[e] == ' ')
		e++;
	return e < len && t[e] == ':';
}

/* Word k is the label of a mail header that names persons ("De", "À",
 * "Cc", "From", "To"...) */
static int
person_header_label(const struct detect_scratch *s, size_t k)
{
	return word_is(s, k, "de") || word_is(s, k, "a") ||
	    word_is(s, k, "cc") || word_is(s, k, "cci") ||
	    word_is(s, k, "bcc") || word_is(s, k, "from") ||
	    word_is(s, k, "to") || word_is(s, k, "expediteur") ||
	    word_is(s, k, "destinataire") || word_is(s, k, "destinataires");
}

/* ... and of one that only a mail has ("Objet", "Subject", "Envoy\xc3\xa9",
 * "Sent"). */
static int
mail_header_label(const struct detect_scratch *s, size_t k)
{
	return word_is(s, k, "objet") || word_is(s, k, "subject") ||
	    word_is(s, k, "envoye") || word_is(s, k, "sent");
}

/*
 * The persons a forwarded mail's headers name, with no address ("De :
 * Claire Tisserand", "\xc3\x80 : Paul Vigneron; Luc Dauphin", "Cc : Dr Anne
 * Prince"): in a text that holds a mail's own header at a line's start
 * ("Objet :", "Subject:", "Envoy\xc3\xa9 :", "Sent:"), after a header of
 * persons at a line's start, each item to the line's end (cut by ';' or
 * ','), titles before it left out, is one to four capitalized words
 * joined (cue_cap_run, no word of the tables) that are a name when the
 * first is a first name of the lists and another follows, or one of them
 * is a name by itself (cue_name_itself).  "\xc3\x80 : Secr\xc3\xa9tariat
 * G\xc3\xa9riatrie", "De : CHU Nantes", "De : Pharmacie" stay.  Each item
 * four words, each word read once after its label.  (detect_run's
 * gate: a colon.)
 */
int
scan_mail_headers(const char *t, struct detect_scratch *s)
{
	int mail = 0;

	/* (header_label_at: a colon after the label; from colon to colon
	 * with the gates, colon_word) */
	for (size_t k = 0; k < s->nwords && !mail; k++) {
		if (detect_gates() && (k = colon_word(t, s, k)) >= s->nwords)
			break;
		mail = mail_header_label(s, k) && header_label_at(t, s, k);
	}
	if (!mail)
		return 0;
	for (size_t k = 0; k + 1 < s->nwords; k++) {
		size_t j, b, len = s->text_len;
		int named, r;

		if (detect_gates() && (k = colon_word(t, s, k)) + 1 >= s->nwords)
			break;

		if (!person_header_label(s, k) || !header_label_at(t, s, k))
			continue;
		for (j = k + 1; j < s->nwords; j = b + 1) {
			size_t p = s->words[j - 1].end;

			/* one line: nothing but spaces, a colon, a separator
			 * between */
			for (; p < s->words[j].start; p++)
				if (t[p] == '\n' || t[p] == '\r' || t[p] == '<' ||
				    t[p] == '[')
					break;
			if (p < s->words[j].start)
				break;
			while (j < s->nwords && word_has(s, j, D_TITLE) &&
			    s->words[j].end < len && t[s->words[j].end] != '\n')
				j++;
			if (j >= s->nwords || (b = cue_cap_run(t, s, j, &named)) ==
			    NO_WORD)
				break;
			if (named || (b > j && (s->words[j].dflags & D_FIRST) &&
			    !(s->words[j].dflags & (D_WEAK | D_NOTNAME)))) {
				if ((r = cue_take(s, j, b)) < 0)
					return r;
			}
			/* the next item after ';' or ',' on the line */
			p = s->words[b].end;
			while (p < len && t[p] == ' ')
				p++;
			if (p >= len || (t[p] != ';' && t[p] != ',') ||
			    b + 1 >= s->nwords)
				break;
		}
		k = j > k ? j - 1 : k;
	}
	return 0;
}
