/* Homes named without a number or a street word, and what repeats an
 * address (issue 10, sixteenth pass; docs/scrub.md, "Sensitive terms and
 * homes, sixteenth pass").
 *
 * A note names a home as often as it numbers one: a farm ("(La Grande
 * Métairie, 16140 Aigre)"), a Breton house ("domicile : Pen ar Valy, route
 * de Lanvéoc"), a Portuguese quinta or lugar ("Quinta da Fonte, 12 rue des
 * Vignes"), a quarter of Mayotte ("à Kawéni, rue de la Mosquée").  Its
 * name is capitalized words and the particles between them, after a cue
 * of a place (a parenthesis, a colon, a comma, "à", "chez lui") and
 * before a comma and an address found already; or, with no address after
 * it, after such a cue and headed by a word that names a home ("Quinta",
 * "Lugar", "Mas"...).  Then the unit of a home after an address ("villa
 * 9", "lote 7"), a city's name that goes on after a particle ("4900-281
 * Viana do Castelo"), a postcode repeated alone ("Code postal confirmé :
 * 76800"), and a street abroad whose type follows its name ("Kossuth Lajos
 * utca 17").  Every rule reads the address spans found and a few
 * words around each, or the words of digits once: linear in the comment.
 * The foreign postcodes before a city and the names are other rules'
 * (detect_addr.c, detect_name*.c). */
#include <string.h>

#include "detect.h"
#include "detect_int.h"

/* Words that head a home's own name, Portuguese, Galician and Provençal
 * ("Quinta do Vale", "Lugar de Cima", "Casal da Serra", "Mas des
 * Oliviers", "Habitation Céron" of the Antilles); "Villa" (clinics and
 * EHPADs are named so) and "Domaine" are not. */
static const char *const home_heads[] = { "quinta", "quintinha", "casal",
    "lugar", "herdade", "casa", "mas", "bastide", "manoir", "habitation",
    NULL };
static uint64_t home_heads_filter;	/* in_wordsf */

/* Breton articles inside a name ("Pen ar Valy", "Ty an Dour", "Park
 * al Lann"): between two capitalized words only. */
static const char *const breton_articles[] = { "ar", "an", "al", "er",
    NULL };
static uint64_t breton_articles_filter;	/* in_wordsf */

/* The unit of a home after its address: a villa of a residence, a lot of
 * a Portuguese or overseas subdivision, a chalet, a bungalow. */
static const char *const home_units[] = { "villa", "lote", "lot",
    "chalet", "bungalow", NULL };
static uint64_t home_units_filter;	/* in_wordsf */

/* Words no home's name holds: titles, places of care, months, units,
 * terms, relations, streets (found by their own rules), the kinds of
 * place detect_addr.c reads. */
#define HOME_NOT	(D_TITLE | D_INSTHEAD | D_CLINICAL | D_MONTH | D_UNIT | \
    D_TERM | D_RELATIVE | D_RELATION | D_DATECUE | D_STREET | D_PLACE | \
    D_PHARMACY | D_HOLIDAY | D_FSTREET)

static int
in_words(const struct detect_scratch *s, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (word_is_str(s, i, *list))
			return 1;
	return 0;
}

/* in_words of a list that has a filter beside it (NAME_filter, a static
 * uint64_t): a word whose hash's bit is not in it is in no list, without
 * the list's walk (list_filter_pass; speed31g). */
#define in_wordsf(s, i, list) \
	(list_filter_pass((list), &list##_filter, (s)->words[i].fhash) && \
	in_words((s), (i), (list)))

/* Word k, the first of a home's name, is an article ("Le", "Les") whose
 * only flag of HOME_NOT is a date's cue ("le 12", "les lundis"): the
 * name's, as "La" is ("Les Grands Chênes, 11 route de Blois", "Le Grand
 * Chêne, ..." as "La Grande Métairie, ..."). */
static int
home_article(const struct detect_scratch *s, size_t c, size_t k)
{
	return k == c && word_has(s, k, D_PARTICLE) &&
	    !word_has(s, k, HOME_NOT & ~(uint64_t)D_DATECUE);
}

/* The last word of a home's name that starts at word c, or NO_WORD:
 * capitalized words joined, the particles and Breton articles between
 * them, five words at most; none taken, but by a name span when a head
 * word opens it ("Quinta" read as a surname). */
static size_t
home_name_end(const struct detect_scratch *s, size_t c, int headed)
{
	size_t last = NO_WORD;

	for (size_t k = c; k < s->nwords && k < c + 5; k++) {
		const struct detect_word *w = &s->words[k];

		if (k > c && !s->words[k - 1].joined)
			break;
		if ((w->flags & W_DIGIT) || (word_has(s, k, HOME_NOT) &&
		    !home_article(s, c, k)) ||
		    (word_taken(s, k) && !(headed &&
		    is_name_span(span_of(s, k)))))
			return NO_WORD;
		if (w->flags & W_CAP) {
			if ((w->flags & W_UPPER) && w->nchars <= 3)
				return NO_WORD;
			last = k;
		} else if (k == c || !(word_has(s, k, D_PARTICLE) ||
		    in_wordsf(s, k, breton_articles)))
			break;
	}
	return last;
}

/* A word of [c, e] is capitalized and in no lexicon ("Valy" of "Pen ar
 * Valy"). */
static int
home_proper_word(const char *t, struct detect_scratch *s, size_t c,
    size_t e)
{
	for (size_t k = c; k <= e; k++)
		if ((s->words[k].flags & W_CAP) && !word_lexicon(t, s, k))
			return 1;
	return 0;
}

/* A cue of a place before word c: the text's or a line's start, an
 * opening parenthesis, a colon or a comma, "à", "au", or "chez lui"
 * ("rentré chez lui Quinta do Vale"), or a verb of residence. */
static int
home_cue_before(const char *t, const struct detect_scratch *s, size_t c)
{
	size_t a = s->words[c].start;

	while (a > 0 && t[a - 1] == ' ')
		a--;
	if (a == 0 || t[a - 1] == '\n' || t[a - 1] == '(' || t[a - 1] == ':' ||
	    t[a - 1] == ',')
		return 1;
	if (c == 0 || s->words[c - 1].end != a)
		return 0;
	return word_is(s, c - 1, "a") || word_is(s, c - 1, "au") ||
	    ((word_is(s, c - 1, "lui") || word_is(s, c - 1, "elle") ||
	    word_is(s, c - 1, "eux")) && c >= 2 && word_is(s, c - 2, "chez")) ||
	    word_has(s, c - 1, D_RESIDE);
}

/* The kinds of place whose own name a note writes before its address:
 * a building ("Bât. Les Cèdres, 12 av. ..."), an association that
 * domiciles ("association Emmaüs, BP 17"), both part of the name the
 * hands label; a business where the patient works or lives
 * ("restaurant Le Petit Lisbonne, rue des Carmes"), whose kind is no
 * part of it. */
static const char *const place_kinds_named[] = { "bat", "batiment",
    "immeuble", "association", "bois", NULL };
static uint64_t place_kinds_named_filter;	/* in_wordsf */
static const char *const place_kinds_business[] = { "restaurant", "hotel",
    "cafe", "bar", "brasserie", "boulangerie", "garage", "commerce",
    "magasin", "boutique", "epicerie", "pizzeria", "camping", "gite",
    "auberge", "ferme", "exploitation", "chalet", NULL };
static uint64_t place_kinds_business_filter;	/* in_wordsf */
/* Between a kind and the capitalized name, the name's own article or
 * particle ("exploitation les Granges Basses", "hôtel des Pyrénées",
 * "bois de la Garenne"), one or two words in lower case. */
static const char *const place_name_articles[] = { "le", "la", "les", "l",
    "du", "des", "de", NULL };
static uint64_t place_name_articles_filter;	/* in_wordsf */

/* Word c, the first of a home's name, follows the word of a kind of
 * place (place_kinds_named, place_kinds_business) in lower case or
 * capitalized, one space or ". " between: that word's index when it is
 * part of the name, c when not, NO_WORD when no kind precedes. */
static size_t
place_kind_right_before(const char *t, const struct detect_scratch *s,
    size_t c)
{
	const struct detect_word *w;
	size_t gap;

	if (c == 0)
		return NO_WORD;
	w = &s->words[c - 1];
	gap = s->words[c].start - w->end;
	if ((w->flags & (W_UPPER | W_DIGIT)) || !((gap == 1 && t[w->end] ==
	    ' ') || (gap == 2 && t[w->end] == '.' && t[w->end + 1] == ' ')))
		return NO_WORD;
	if (in_wordsf(s, c - 1, place_kinds_named))
		return c - 1;
	return gap == 1 && in_wordsf(s, c - 1, place_kinds_business) ? c :
	    NO_WORD;
}

/* place_kind_right_before, or the same across the name's article or
 * particle in lower case, one or two words ("exploitation les Granges
 * Basses", "bois de la Garenne"): the article then opens the name. */
static size_t
place_kind_before(const char *t, const struct detect_scratch *s, size_t c)
{
	size_t r = place_kind_right_before(t, s, c), k = c;

	for (int a = 0; r == NO_WORD && a < 2 && k >= 2; a++) {
		const struct detect_word *w = &s->words[k - 1];

		if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    !in_wordsf(s, k - 1, place_name_articles) ||
		    !((w->end + 1 == s->words[k].start && t[w->end] == ' ') ||
		    (w->end + 1 == s->words[k].start && t[w->end] == '\'')))
			break;
		k--;
		r = place_kind_right_before(t, s, k);
	}
	return r;
}

/* Address span x opens with a post box ("BP 17", "CS 40217", "TSA
 * 70011"): a domiciliation's address, as a street is a home's. */
static int
post_box_span(const struct detect_scratch *s, size_t x)
{
	size_t k = word_at(s, s->spans[x].start);

	return k < s->nwords && s->words[k].start == s->spans[x].start &&
	    (word_is(s, k, "bp") || word_is(s, k, "cs") ||
	    word_is(s, k, "tsa"));
}

/* Address span x opens with a number or a street's word (a street or a
 * postcode and its city, not a unit such as "bâtiment C"). */
static int
street_or_postcode(const struct detect_scratch *s, size_t x)
{
	size_t k = word_at(s, s->spans[x].start);

	return k < s->nwords && s->words[k].start == s->spans[x].start &&
	    ((s->words[k].flags & W_DIGIT) || word_has(s, k, D_STREET |
	    D_FSTREET));
}

/* The home's name that ends at word e, a comma before address span x:
 * its first word from the farthest back a cue allows.  1, 0, -ENOMEM. */
static int
home_before(const char *t, struct detect_scratch *s, size_t e)
{
	size_t c;

	/* "Domicile M'tsapéré, rue du Stade", "M'Tsangamouji, route ...":
	 * a Mahoran village's elided capital glued to a word no lexicon
	 * has, after a cue; "L'Hôpital, 3 rue" stays */
	if (e > 0 && s->words[e - 1].nchars == 1 &&
	    (s->words[e - 1].flags & W_CAP) && !word_taken(s, e - 1) &&
	    s->words[e].start == s->words[e - 1].end + 1 &&
	    t[s->words[e - 1].end] == '\'' && s->words[e].nchars >= 4 &&
	    !(s->words[e].flags & (W_UPPER | W_DIGIT)) &&
	    home_cue_before(t, s, e - 1) && !word_lexicon(t, s, e))
		return add_address(s, s->words[e - 1].start, s->words[e].end);
	/* "G5P4, Kawéni village, 97600 Mamoudzou": Mayotte's villages
	 * named so (locality_tail's after a residence word); one name
	 * before "village", capitalized, no ordinary word nor first name,
	 * after a cue ("Paris village", "Grand village" stay) */
	if (e > 0 && word_is(s, e, "village") &&
	    !(s->words[e].flags & (W_CAP | W_UPPER))) {
		c = e - 1;
		if (!s->words[c].joined || !(s->words[c].flags & W_CAP) ||
		    (s->words[c].flags & (W_UPPER | W_DIGIT)) ||
		    s->words[c].nchars < 3 || word_taken(s, c) ||
		    word_has(s, c, HOME_NOT | D_FIRST | D_LAST | D_NOTNAME |
		    D_PARTICLE) || !home_cue_before(t, s, c) ||
		    word_lexicon(t, s, c) || dict_keep_has(s->words[c].fhash))
			return 0;
		return add_address(s, s->words[c].start, s->words[e].end);
	}
	c = e;
	while (c > 0 && e - c < 4 && s->words[c - 1].joined &&
	    !(s->words[c - 1].flags & W_DIGIT) && ((s->words[c - 1].flags &
	    W_CAP) || word_has(s, c - 1, D_PARTICLE) ||
	    in_wordsf(s, c - 1, breton_articles)))
		c--;
	for (; c <= e; c++) {
		int headed = in_wordsf(s, c, home_heads), kinded = 0;
		size_t from = c;

		/* a cue of a place, or the word of its kind */
		if (!(s->words[c].flags & W_CAP) || (!home_cue_before(t, s, c) &&
		    (from = place_kind_before(t, s, c)) == NO_WORD) ||
		    home_name_end(s, c, headed) != e)
			continue;
		/* the word of its kind and the name's own article in lower
		 * case say a place is named ("exploitation les Granges
		 * Basses", "bois de la Garenne"): its words may be ordinary
		 * words, as a house's names are ("bar Cordonnier" stays) */
		kinded = c > 0 && !(s->words[c - 1].flags & (W_CAP |
		    W_UPPER)) && in_wordsf(s, c - 1, place_name_articles) &&
		    place_kind_before(t, s, c) != NO_WORD &&
		    place_kind_right_before(t, s, c) == NO_WORD;
		/* one word alone: no ordinary word nor first name ("Suite,
		 * 12 rue"); more: an article first, a head word, or a word
		 * no lexicon has ("Conseil Départemental, 3 rue" stays) */
		if (kinded && !word_has(s, c, D_NOTNAME))
			return add_address(s, s->words[from].start,
			    s->words[e].end);
		if (c == e ? word_has(s, c, D_PARTICLE | D_NOTNAME | D_FIRST) ||
		    word_lexicon(t, s, c) : !headed && !word_has(s, c,
		    D_PARTICLE) && !home_proper_word(t, s, c, e))
			return 0;
		return add_address(s, s->words[from].start, s->words[e].end);
	}
	return 0;
}

/* Named homes before an address span ("Pen ar Valy, route de ...") and
 * named homes a head word opens with no address after them. */
static int
scan_named_homes(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans, npairs;
	const uint32_t *pairs;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t k, a;

		/* the bytes first: a comma and a space before the span */
		if (s->spans[x].kind != DETECT_ADDRESS ||
		    s->spans[x].end <= s->spans[x].start ||
		    s->spans[x].start < 3 || (t[s->spans[x].start - 1] != ',' &&
		    (t[s->spans[x].start - 1] != ' ' ||
		    (t[s->spans[x].start - 2] != ',' &&
		    t[s->spans[x].start - 2] != ' '))) ||
		    (!street_or_postcode(s, x) && !post_box_span(s, x)) ||
		    (k = word_at(s, s->spans[x].start)) == 0 ||
		    k >= s->nwords || word_taken(s, k - 1))
			continue;
		/* a comma, spaces, between the name and the address */
		a = s->words[k - 1].end;
		while (a < s->spans[x].start && t[a] == ' ')
			a++;
		if (a >= s->spans[x].start || t[a] != ',')
			continue;
		for (a++; a < s->spans[x].start && t[a] == ' '; a++)
			;
		if (a != s->spans[x].start)
			continue;
		if ((r = home_before(t, s, k - 1)) < 0)
			return r;
	}
	/* a head word is capitalized, and a capitalized word or a
	 * particle follows it: the words of WC_PAIR */
	pairs = word_class(s, WC_PAIR, &npairs);
	for (size_t q = 0, c; q < npairs; q++) {
		size_t e, b;

		c = pairs[q];
		if (!(s->words[c].flags & W_CAP) || s->words[c].nchars < 3 ||
		    s->words[c].nchars > 10 || !in_wordsf(s, c, home_heads) ||
		    !s->words[c].joined || !home_cue_before(t, s, c) ||
		    (e = home_name_end(s, c, 1)) == NO_WORD || e == c)
			continue;
		b = s->words[e].end;
		if (b < s->text_len && !util_in_set(",.;)\n", t[b]))
			continue;
		if ((r = add_address(s, s->words[c].start, b)) < 0)
			return r;
	}
	return 0;
}

/* The unit of a home after an address and a comma ("Les Hauts de
 * Sainte-Anne, villa 9", "Quinta do Vale, lote 7"): a word of home_units,
 * a number, then the clause's end ("29200 Brest, lot 12 de Lovenox"
 * stays). */
static int
scan_home_units(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t e = s->spans[x].end, k, a;

		/* the bytes first: a comma after the span */
		if (s->spans[x].kind != DETECT_ADDRESS ||
		    e <= s->spans[x].start || e + 1 >= s->text_len ||
		    (t[e] != ',' && (t[e] != ' ' || t[e + 1] != ',')) ||
		    (k = word_at(s, e)) + 1 >= s->nwords)
			continue;
		for (a = e; a < s->words[k].start && t[a] == ' '; a++)
			;
		if (a >= s->words[k].start || t[a] != ',' ||
		    !in_wordsf(s, k, home_units) || word_taken(s, k) ||
		    word_taken(s, k + 1) || !(s->words[k + 1].flags & W_DIGIT) ||
		    s->words[k + 1].start != s->words[k].end + 1 ||
		    s->words[k + 1].nchars > 4 || (s->words[k + 1].end <
		    s->text_len && !util_in_set(",.;)\n", t[s->words[k + 1].end])))
			continue;
		if ((r = add_address(s, s->words[k].start,
		    s->words[k + 1].end)) < 0)
			return r;
	}
	return 0;
}

/* A city's name that goes on after a particle ("4900-281 Viana do
 * Castelo", "4520-211 Santa Maria da Feira", "Póvoa de Varzim"): after an
 * address span that opens with a postcode of four digits or more and ends
 * on a capitalized word, a particle and a capitalized word, twice at
 * most; a name rule's span there ("da Feira" read as a name) joins the
 * city. */
static int
scan_city_tails(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t k, e, n;

		/* the bytes first: a postcode's digit, a particle after */
		if (s->spans[x].kind != DETECT_ADDRESS ||
		    s->spans[x].end <= s->spans[x].start ||
		    !util_is_digit(t[s->spans[x].start]) ||
		    s->spans[x].end + 4 >= s->text_len ||
		    t[s->spans[x].end] != ' ' ||
		    (t[s->spans[x].end + 1] != 'd' &&
		    t[s->spans[x].end + 1] != 'D'))
			continue;
		k = word_at(s, s->spans[x].start);
		if (k >= s->nwords ||
		    s->words[k].start != s->spans[x].start ||
		    !(s->words[k].flags & W_DIGIT) || s->words[k].nchars < 4)
			continue;
		e = word_at(s, s->spans[x].end);
		if (e == 0 || e + 1 >= s->nwords ||
		    !(s->words[e - 1].flags & W_CAP) ||
		    s->words[e - 1].end != s->spans[x].end)
			continue;
		for (n = 0; n < 2 && e + 1 < s->nwords; n++, e += 2) {
			if (!s->words[e - 1].joined || !s->words[e].joined ||
			    !word_has(s, e, D_PARTICLE) ||
			    (s->words[e].flags & W_CAP) ||
			    (word_taken(s, e) && !is_name_span(span_of(s, e))) ||
			    (word_taken(s, e + 1) &&
			    !is_name_span(span_of(s, e + 1))) ||
			    !(s->words[e + 1].flags & W_CAP) ||
			    (s->words[e + 1].flags & (W_DIGIT | W_UPPER)) ||
			    word_has(s, e + 1, HOME_NOT))
				break;
		}
		if (n > 0 && (r = add_address(s, s->spans[x].start,
		    s->words[e - 1].end)) < 0)
			return r;
	}
	return 0;
}

/* A postcode repeated alone ("..., 76800 Saint-Étienne-du-Rouvray. Code
 * postal confirmé : 76800."): a number of five digits, or of four, a
 * hyphen and three (Portugal), standing alone, the same digits as the
 * postcode an address span opens with. */
#define HOME_POSTCODES	8

static int
scan_repeated_postcodes(const char *t, struct detect_scratch *s)
{
	size_t at[HOME_POSTCODES], len[HOME_POSTCODES], n = 0;
	int r;

	for (size_t x = 0; x < s->nspans && n < HOME_POSTCODES; x++) {
		size_t k, b;

		if (s->spans[x].kind != DETECT_ADDRESS ||
		    s->spans[x].end <= s->spans[x].start ||
		    !util_is_digit(t[s->spans[x].start]))
			continue;
		k = word_at(s, s->spans[x].start);
		if (k >= s->nwords ||
		    s->words[k].start != s->spans[x].start ||
		    !(s->words[k].flags & W_DIGIT) ||
		    (s->words[k].nchars != 5 && s->words[k].nchars != 4))
			continue;
		b = s->words[k].end;
		if (s->words[k].nchars == 4 && (b + 4 > s->text_len ||
		    t[b] != '-' || !util_is_digit(t[b + 1]) ||
		    !util_is_digit(t[b + 2]) || !util_is_digit(t[b + 3])))
			continue;
		if (s->words[k].nchars == 4)
			b += 4;
		at[n] = s->words[k].start;
		len[n++] = b - s->words[k].start;
	}
	for (size_t q = 0; n > 0 && q < s->ndwords; q++) {
		size_t i = s->dwords[q], a = s->words[i].start;

		/* not a quantity ("29200 UI") */
		if (word_taken(s, i) || (s->words[i].nchars != 5 &&
		    s->words[i].nchars != 4) || (i + 1 < s->nwords &&
		    joined(t, s, i) && is_measure_unit(wf(s, &s->words[i + 1]),
		    s->words[i + 1].fold_len)) || (a > 0 &&
		    (is_alnum_byte(t[a - 1]) || t[a - 1] == '-' ||
		    t[a - 1] == '/' || t[a - 1] == '.' || t[a - 1] == ',')))
			continue;
		for (size_t p = 0; p < n; p++) {
			size_t b = a + len[p];

			if (b > s->text_len || memcmp(t + a, t + at[p],
			    len[p]) != 0 || (b < s->text_len &&
			    (is_alnum_byte(t[b]) || t[b] == '-' || t[b] == '/' ||
			    ((t[b] == ',' || t[b] == '.') && b + 1 <
			    s->text_len && util_is_digit(t[b + 1])))) ||
			    overlaps(s, a, b))
				continue;
			if ((r = add_address(s, a, b)) < 0)
				return r;
			break;
		}
	}
	return 0;
}

/* The types of street written after their name, then the number, in
 * Hungarian ("Kossuth Lajos utca 17", "Petőfi tér 3", "Andrássy út 12",
 * "Szent István körút 5"), folded. */
static const char *const street_types_after[] = { "utca", "ut", "ter",
    "korut", "setany", "fasor", NULL };
static uint64_t street_types_after_filter;	/* in_wordsf */

/* A street whose type follows its name: from each number, the type
 * before it and one to three capitalized words before the type. */
static int
scan_types_after(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t q = 0; q < s->ndwords; q++) {
		size_t d = s->dwords[q], c;

		if (d < 2 || word_taken(s, d) || s->words[d].nchars > 4 ||
		    (s->words[d - 1].flags & (W_CAP | W_DIGIT)) ||
		    s->words[d].start != s->words[d - 1].end + 1 ||
		    !in_wordsf(s, d - 1, street_types_after) ||
		    word_taken(s, d - 1) || !s->words[d - 2].joined ||
		    !(s->words[d - 2].flags & W_CAP))
			continue;
		for (c = d - 2; c > 0 && d - 2 - c < 2 && s->words[c - 1].joined &&
		    (s->words[c - 1].flags & W_CAP) &&
		    !(s->words[c - 1].flags & W_DIGIT) &&
		    !word_has(s, c - 1, D_TITLE); c--)
			;
		for (size_t k = c; k < d - 1; k++)
			if ((word_taken(s, k) && !is_name_span(span_of(s, k))) ||
			    word_has(s, k, HOME_NOT))
				c = k + 1;
		if (c >= d - 1 || (s->words[d].end < s->text_len &&
		    is_alnum_byte(t[s->words[d].end])))
			continue;
		if ((r = add_address(s, s->words[c].start, s->words[d].end)) < 0)
			return r;
	}
	return 0;
}

/* The overseas localities named after a person and a comma, where a note
 * says where the person lives (Wallis-et-Futuna's villages, districts and
 * kingdoms, New Caledonia's tribes, Mayotte's and Guyane's villages and
 * écarts: "Mme Lauhea Malia, village de Leava, royaume de Sigave", "M.
 * Takala, village de Vailala, district de Hihifo").  After a name the
 * kind opens it; after a locality found, the next of the chain.  Not
 * "quartier" (a prison's: "M. X, quartier de Haute sécurité"), nor a
 * kingdom after a name ("M. X, royaume de Belgique"). */
static const char *const locality_after_name[] = { "village", "tribu",
    "hameau", NULL };
static const char *const locality_in_chain[] = { "village", "tribu",
    "hameau", "district", "royaume", "ecart", NULL };

/* The locality that starts at word k after span x and a comma: its kind
 * (a lower-case word of the lists above), "de" or "d'", then a name of
 * capitalized words (home_name_end) one of which no lexicon has; its
 * last word, or NO_WORD. */
static size_t
locality_end(const char *t, struct detect_scratch *s, size_t k,
    const char *const *kinds)
{
	size_t c = k + 2, e;

	if (c >= s->nwords || (s->words[k].flags & (W_CAP | W_UPPER |
	    W_DIGIT)) || word_taken(s, k) || !in_words(s, k, kinds) ||
	    !(word_is(s, k + 1, "de") || word_is(s, k + 1, "d")) ||
	    !s->words[k].joined || (word_is(s, k + 1, "de") &&
	    !s->words[k + 1].joined) || (word_is(s, k + 1, "d") &&
	    (s->words[c].start != s->words[k + 1].end + 1 ||
	    t[s->words[k + 1].end] != '\'')) || word_taken(s, c) ||
	    !(s->words[c].flags & W_CAP) ||
	    (e = home_name_end(s, c, 0)) == NO_WORD ||
	    !home_proper_word(t, s, c, e))
		return NO_WORD;
	return e;
}

static int
scan_localities(const char *t, struct detect_scratch *s)
{
	int r;

	/* the spans added are read too: the chain's next */
	for (size_t x = 0; x < s->nspans; x++) {
		const struct detect_span *sp = &s->spans[x];
		size_t b = sp->end, k, e;
		int named = is_name_span(sp);

		if ((!named && sp->kind != DETECT_ADDRESS) || b + 2 >=
		    s->text_len || t[b] != ',' || t[b + 1] != ' ' ||
		    (k = word_at(s, b + 2)) >= s->nwords ||
		    s->words[k].start != b + 2 ||
		    (e = locality_end(t, s, k, named ? locality_after_name :
		    locality_in_chain)) == NO_WORD)
			continue;
		if ((r = add_address(s, s->words[k].start, s->words[e].end)) < 0)
			return r;
	}
	return 0;
}

int
scan_homes(const char *t, struct detect_scratch *s)
{
	int r;

	/* run after a name as after an address (detect.c's gate); the
	 * others read an address found */
	if ((r = scan_localities(t, s)) != 0)
		return r < 0 ? r : 0;
	if (!has_span_kind(s, DETECT_BIT(DETECT_ADDRESS)))
		return 0;
	if ((r = scan_types_after(t, s)) != 0 ||
	    (r = scan_named_homes(t, s)) != 0 ||
	    (r = scan_home_units(t, s)) != 0 ||
	    (r = scan_city_tails(t, s)) != 0)
		return r < 0 ? r : 0;
	r = scan_repeated_postcodes(t, s);
	return r < 0 ? r : 0;
}
