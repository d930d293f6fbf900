/* The address detectors: streets ("12 rue de la Paix", "domicile :
 * impasse des Lilas"), units inside a building ("Appt 12", "Bât. B"),
 * named places ("Résidence Les Mimosas", "lieu-dit Kerbrat"), postcodes
 * and their cities.  The street, place and unit tables.  docs/scrub.md. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"

/* Types of street, and their abbreviations of the French addressing
 * standard (AFNOR NF Z 10-011, La Poste's "abréviations des types de
 * voie": ALL, AV, BD, CHE, CHS, CRS, ESP, FG, IMP, MTE, PL, PRV, QUA, RES,
 * RLE, RPT, RTE, SQ, VLA...), those that are no common word or name
 * ("CAR", "PAS", "LOT", "HAM", "SEN", "TRA" are left out); "ch" only with
 * its dot ("110 ch. des Capucins": CH is also the hospital). */
const char *const street_words[] = {
	"rue", "avenue", "av", "ave", "bd", "bld", "bvd", "blvd", "boulevard",
	"place", "pl", "chemin", "chem", "che", "ch", "allee", "all", "impasse",
	"imp", "route", "rte", "quai", "cours", "crs", "square", "sq",
	"residence", "res", "lotissement", "lieu", "lieudit", "ld", "ldt",
	"hameau", "cite", "villa", "vla", "voie", "sentier", "passage",
	"esplanade", "esp", "parvis", "prv", "faubourg", "fbg", "fg", "montee",
	"mte", "traverse", "domaine", "promenade", "clos", "ruelle", "rle",
	"venelle", "rond", "rpt", "chaussee", "chs", "quartier", "qua",
	NULL,
};

/* Named places without a number: "Résidence Les Mimosas", "lieu-dit
 * Kerbrat", "Hameau des Sources". */
const char *const place_words[] = {
	"residence", "res", "lotissement", "hameau", "lieudit", "ld", "ldt",
	"domaine", "cite", "villa", "hlm", "quartier", "foyer", "maison",
	NULL,
};

/* Parts of an address that point inside a building. */
const char *const unit_words[] = {
	"appt", "apt", "app", "appart", "appartement", "bat", "batiment", "bt",
	"escalier", "esc", "etage", "bp", "cs", "digicode", "porte", "ch",
	"chambre", NULL,
};

/*
 * Add an address span that wins over the name spans it meets: the row's
 * first name in "12 Imp. Jean Jaurès", its last name in "rue Victor Hugo"
 * were taken first (scan_row_names runs before the addresses), and the
 * street cut short there would leave the rest of it raw.  A name span
 * inside [start, end) or overlapping it is absorbed (the address grows to
 * hold it whole); any other span there (a date, a phone, an id: as
 * structured as the address, and found by a stronger detector) keeps its
 * bytes and the address is not added, as add_span does.  The absorbed
 * spans become empty (finish_spans drops them): their words all lie in
 * the address, whose index mark_words gives them.  1, 0 or -ENOMEM.
 */
static int
add_address(struct detect_scratch *s, size_t start, size_t end)
{
	size_t first = s->nspans;
	int absorb = 0;

	if (end <= start)
		return 0;
	if (!overlaps(s, start, end))
		return add_span(s, start, end, DETECT_ADDRESS, -1);
	for (size_t k = 0; k < s->nspans; k++) {
		const struct detect_span *sp = &s->spans[k];
		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		if (sp->kind != DETECT_NAME)
			return 0;
		absorb = 1;
	}
	if (!absorb)
		return 0;	/* taken by bytes of no span: never so */
	for (size_t k = 0; k < s->nspans; k++) {
		struct detect_span *sp = &s->spans[k];
		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		if (sp->start < start)
			start = sp->start;
		if (sp->end > end)
			end = sp->end;
		if (first == s->nspans)
			first = k;
		else
			sp->start = sp->end;
	}
	memset(&s->spans[first], 0, sizeof(s->spans[first]));
	s->spans[first].start = start;
	s->spans[first].end = end;
	s->spans[first].kind = DETECT_ADDRESS;
	s->spans[first].ctx = -1;
	for (size_t b = start; b < end; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	mark_words(s, first);
	return 1;
}

/* Between words i and i + 1 of an address: spaces, and at most one comma
 * or hyphen ("12, rue", "Brest - CEDEX"). */
static int
addr_gap(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start, marks = 0;

	if (b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == '-' || t[k] == '\'')
			marks++;
		else if (t[k] != ' ' && t[k] != '.')
			return 0;
	}
	return marks <= 1;
}

static int
is_postcode(const char *t, const struct detect_word *w)
{
	int d;

	if (!(w->flags & W_DIGIT) || w->end - w->start != 5)
		return 0;
	/* Départements 01-95 (Corsica's 2A/2B are 20xxx), overseas 971-976,
	 * Monaco 980, the Pacific 986-988 (La Poste). */
	d = digits_value(t + w->start, 3);
	return (d >= 10 && d <= 959) || (d >= 971 && d <= 976) || d == 980 ||
	    (d >= 986 && d <= 988);
}

/* Between an address's last byte and byte b: spaces and at most one
 * comma, hyphen, slash or opening parenthesis ("..., 29200", "... /
 * 69008", "... - 20250", "Tolbiac (75013)"). */
static int
postcode_gap(const char *t, size_t a, size_t b)
{
	size_t marks = 0;

	if (b - a > 4 || b == a)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == '-' || t[k] == '/' || t[k] == '(')
			marks++;
		else if (t[k] != ' ')
			return 0;
	}
	return marks <= 1;
}

/* The address span that word i - 1 ends, or NULL; a date inside a
 * street's name counts ("rue du 8 mai 1945 59000 Lille": the date
 * detector took "8 mai 1945" from the street). */
static const struct detect_span *
address_before(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp, *st;
	size_t d;

	if (i == 0 || (sp = span_of(s, i - 1)) == NULL)
		return NULL;
	if (sp->kind == DETECT_ADDRESS)
		return sp;
	if (sp->kind != DETECT_DATE || (d = word_at(s, sp->start)) == 0 ||
	    (st = span_of(s, d - 1)) == NULL || st->kind != DETECT_ADDRESS ||
	    !joined(t, s, d - 1))
		return NULL;
	return sp;
}

/* Word i follows an address (a span of it ends just before). */
static int
after_address(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp = address_before(t, s, i);

	return sp != NULL && postcode_gap(t, sp->end, s->words[i].start);
}

/* A city written before its postcode, after an address ("166 Imp.
 * Gambetta / LYON 69008", "ld Ty Nevez - 20250 CORTE", "CORTE 20250"):
 * the first word of up to four capitalized or upper-case words joined by
 * spaces or hyphens right before postcode word i, or i itself. */
static size_t
city_before(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t c = i;

	const struct detect_word *w = &s->words[i];
	int paren = w->start > 0 && t[w->start - 1] == '(' &&
	    w->end < s->text_len && t[w->end] == ')';

	/* "Saint-Denis (93200)": the parentheses say it is a postcode */
	if (i == 0 || w->start - s->words[i - 1].end > 2 ||
	    !(joined(t, s, i - 1) || (paren && w->start - s->words[i -
	    1].end == 2 && t[w->start - 2] == ' ')))
		return i;
	/* "POINTE-À-PITRE": "à" inside a hyphenated name */
	while (c > 0 && i - c < 4 && !word_taken(s, c - 1) &&
	    !(s->words[c - 1].flags & W_DIGIT) &&
	    !word_has(s, c - 1, D_CLINICAL | D_TITLE) &&
	    (c == i || joined(t, s, c - 1)) &&
	    (!word_has(s, c - 1, D_NOTNAME) || (c < i &&
	    s->words[c].start == s->words[c - 1].end + 1 &&
	    t[s->words[c - 1].end] == '-')))
		c--;
	if (c == i || !(paren || after_address(t, s, c)))
		return i;
	return c;
}

/* A city after a postcode: capitalized words, words joined by hyphens
 * ("Villeneuve-sur-Lot"), "CEDEX" and its number.  The last word. */
static size_t
city_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t j = i, k;

	/* "SAINT-JEAN-PIED-DE-PORT Cedex 9": nine words at most */
	for (k = i + 1; k < s->nwords && k <= i + 9; k++) {
		const struct detect_word *w = &s->words[k];
		int hyphen = w->start == s->words[k - 1].end + 1 &&
		    t[w->start - 1] == '-';

		if (w->flags & W_DIGIT) {
			if (!word_is(s, k - 1, "cedex") || !joined(t, s, k - 1))
				break;
		} else if (k == i + 1 ? !addr_gap(t, s, k - 1) ||
		    (memchr(t + s->words[i].end, '-', w->start -
		    s->words[i].end) != NULL && !word_is(s, k, "cedex")) :
		    !(joined(t, s, k - 1) || hyphen))
			break;	/* "56100 - Recherche": no city */
		else if (word_has(s, k, D_NOTNAME) && !hyphen &&
		    !(word_has(s, k, D_PARTICLE) && (w->flags & W_CAP)))
			break;	/* "La Rochelle", "Le Gosier" go on */
		else if (!(w->flags & (W_CAP | W_UPPER)) && !hyphen &&
		    k != i + 1 && !word_is(s, k, "cedex"))
			break;	/* the first word in any case: "22500 paimpol" */
		j = k;
	}
	return j;
}

/* A postcode and its city after an address, or after "CP". */
static int
scan_postcodes(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a number of five digits. */
	if (!comment_has(s, W_DIGIT, 0))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		size_t c, e;
		int after = 0;

		if (!is_postcode(t, &s->words[i]) || word_taken(s, i) || i == 0)
			continue;
		if ((c = city_before(t, s, i)) < i) {
			/* "LYON 69008", "BASTIA 20200 CEDEX" */
			e = i;
			if (i + 1 < s->nwords && word_is(s, i + 1, "cedex") &&
			    joined(t, s, i))
				e = city_end(t, s, i);
			if ((r = add_span(s, s->words[c].start, s->words[e].end,
			    DETECT_ADDRESS, -1)) < 0)
				return r;
			continue;
		}
		if (after_address(t, s, i))
			after = 1;
		else if (word_is(s, i - 1, "cp") || word_is(s, i - 1, "postal"))
			after = 1;
		if (!after)
			continue;
		if ((r = add_span(s, s->words[i].start,
		    s->words[city_end(t, s, i)].end, DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}

/* Span k starts earlier, at byte `start`: the bytes and words between
 * become its own. */
static void
extend_left(struct detect_scratch *s, size_t k, size_t start)
{
	for (size_t b = start; b < s->spans[k].start; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	s->spans[k].start = start;
	mark_words(s, k);
}

/* Words k - 1 and k of an address: joined, or after an abbreviation's
 * dot ("Rés. Ker Avel", "Av. des Mouettes"). */
static int
place_joined(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k - 1].end, b = s->words[k].start;

	if (joined(t, s, k - 1))
		return 1;
	return (s->words[k - 1].flags & W_DOT) && b - a >= 2 && b - a <= 3 &&
	    t[a + 1] == ' ' && (b - a == 2 || t[a + 2] == ' ');
}

/* Word k is a unit with its value ("appt 5A", "porte 7", "esc. c"): a
 * street's name stops before it. */
static int
unit_follows(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *n = &s->words[k + 1];

	return k + 1 < s->nwords && word_has(s, k, D_UNIT) &&
	    ((n->flags & W_DIGIT) || n->nchars == 1) &&
	    n->start - s->words[k].end <= 3;
}

/* Word k is taken by a name span only (the row's name, found first),
 * which an address may absorb (add_address). */
static int
name_taken(const struct detect_scratch *s, size_t k)
{
	return word_taken(s, k) && s->wspan[k] >= 0 &&
	    s->spans[s->wspan[k]].kind == DETECT_NAME &&
	    s->spans[s->wspan[k]].start == s->words[k].start;
}

/* The word after the name of the street whose type is word j: up to a
 * comma, a digit, a unit, a word that is no name, or six words.  A word
 * taken as a name goes on the street within its first three words ("rue
 * Jean Moulin", "rue Victor Hugo", "rue du Docteur Jean Moulin": the
 * row's name is the street's), not further ("rue de la Paix Jean
 * DUPONT" with no comma: the patient after the address). */
static size_t
street_end(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k;

	/* "Av. des Mouettes": the street word's dot */
	for (k = j + 1; k < s->nwords && k < j + 7 &&
	    (joined(t, s, k - 1) || (s->words[k].start ==
	    s->words[k - 1].end + 1 && t[s->words[k].start - 1] == '-') ||
	    (k == j + 1 && place_joined(t, s, k)));
	    k++)
		if ((s->words[k].flags & W_DIGIT) ||
		    (word_taken(s, k) && (k > j + 3 || !name_taken(s, k))) ||
		    (!word_has(s, k, D_PARTICLE) && word_has(s, k, D_NOTNAME)) ||
		    unit_follows(s, k))
			break;
	return k;
}

/* A street without a number right after a word that says an address
 * follows ("domicile : route de st florent", "adresse : impasse des
 * Lilas", "demeurant chemin du Moulin"). */
static int
scan_cued_streets(const char *t, struct detect_scratch *s)
{
	static const char *const cues[] = {
		"adresse", "domicile", "demeurant", "domicilie", "domiciliee",
		"habite", "habitant", "reside", "residant", NULL,
	};
	int r;

	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t k, a = s->words[i - 1].end, real = 0;

		if (!word_has(s, i, D_STREET) || word_taken(s, i) ||
		    word_has(s, i, D_PLACE) || word_is(s, i, "lieu") ||
		    s->words[i].start - a > 3 ||
		    !in_list(cues, wf(s, &s->words[i - 1]),
		    s->words[i - 1].fold_len))
			continue;
		for (; a < s->words[i].start; a++)
			if (t[a] != ' ' && t[a] != ':')
				break;
		if (a < s->words[i].start)
			continue;
		k = street_end(t, s, i);
		/* a name in it, not "domicile : rue calme" */
		for (size_t x = i + 1; x < k; x++)
			real += !word_has(s, x, D_PARTICLE) &&
			    ((s->words[x].flags & (W_CAP | W_UPPER)) ||
			    !word_lexicon(t, s, x));
		if (real == 0)
			continue;
		if ((r = add_address(s, s->words[i].start,
		    s->words[k - 1].end)) < 0)
			return r;
	}
	return 0;
}

/* "12 rue de la Paix", "12 bis, avenue Foch", "3 ter rue": a number, a
 * street word, and what follows up to a comma, a digit or a word that is
 * no name. */
static int
scan_streets(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a number and a street word. */
	if (!comment_has(s, W_DIGIT, D_STREET))
		return 0;
	for (size_t i = 0; i + 2 < s->nwords; i++) {
		size_t j = i + 1, k;

		if (!(s->words[i].flags & W_DIGIT) ||
		    s->words[i].end - s->words[i].start > 4 || word_taken(s, i))
			continue;
		/* "12 bis", "12bis", "12a", "157B" */
		if (word_is(s, j, "bis") || word_is(s, j, "ter") ||
		    word_is(s, j, "quater") || (s->words[j].nchars == 1 &&
		    !(s->words[j].flags & W_DIGIT) &&
		    s->words[j].start == s->words[i].end))
			j++;
		if (j + 1 >= s->nwords || !word_has(s, j, D_STREET) ||
		    !addr_gap(t, s, j - 1) || (j > i + 1 && !addr_gap(t, s, i)) ||
		    (word_is(s, j, "ch") && !(s->words[j].flags & W_DOT)))
			continue;
		/* The row's address found without its number ("66 allée des
		 * Cerisiers" written "60  allée des Cerisiers"): the number
		 * goes with it. */
		if (s->wspan[j] >= 0 &&
		    s->spans[s->wspan[j]].kind == DETECT_ADDRESS &&
		    s->spans[s->wspan[j]].start == s->words[j].start) {
			if (!overlaps(s, s->words[i].start, s->words[j].start))
				extend_left(s, (size_t)s->wspan[j],
				    s->words[i].start);
			continue;
		}
		k = street_end(t, s, j);
		/* The row's street found from its name ("43, Av. des
		 * Capucins": "des Capucins"): number and type join it. */
		if (k < s->nwords && word_taken(s, k) && s->wspan[k] >= 0 &&
		    s->spans[s->wspan[k]].kind == DETECT_ADDRESS &&
		    s->spans[s->wspan[k]].start == s->words[k].start &&
		    !overlaps(s, s->words[i].start, s->words[k].start)) {
			extend_left(s, (size_t)s->wspan[k], s->words[i].start);
			continue;
		}
		if (k == j + 1)
			continue;
		if ((r = add_address(s, s->words[i].start,
		    s->words[k - 1].end)) < 0)
			return r;
	}
	return 0;
}

/* The end of the value after unit word i ("Appt 12", "Apt. 3B", "Bât.
 * B2", "esc. c", "digicode 8927A", "digicode 1650#"), or 0.  A room or a
 * door ("ch. 212", "chambre 12", "porte 12") only right after an address
 * ("5 rue Lécuyer, ch. 212"): a hospital room is no one's address. */
static size_t
unit_value(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *n = &s->words[i + 1];
	size_t b = n->end, m = i + 2;
	const struct detect_span *sp;

	if (!addr_gap(t, s, i))
		return 0;
	if (word_is(s, i, "ch") || word_is(s, i, "chambre") ||
	    word_is(s, i, "porte")) {
		if (i == 0 || !(n->flags & W_DIGIT) ||
		    (sp = address_before(t, s, i)) == NULL ||
		    !addr_gap(t, s, i - 1))
			return 0;
	} else if (!(n->flags & W_DIGIT)) {
		/* One letter ("Bât A", "esc. c"), not "d'" of "porte d'entrée" */
		if (n->nchars != 1 || (b < s->text_len && t[b] == '\''))
			return 0;
	}
	/* "3B", "B2", "8927A": one glued word more */
	if (m < s->nwords && s->words[m].start == b &&
	    ((s->words[m].flags & W_DIGIT) ? !(n->flags & W_DIGIT) :
	    s->words[m].nchars == 1))
		b = s->words[m].end;
	if (word_is(s, i, "digicode") && b < s->text_len &&
	    (t[b] == '#' || t[b] == '*'))
		b++;
	return b;
}

/* "Appt 12", "Apt. 3B", "Bât. B", "escalier C", "BP 123", "3e étage". */
static int
scan_units(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a unit word. */
	if (!comment_has(s, 0, D_UNIT))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *n = &s->words[i + 1];
		size_t a = s->words[i].start, b;

		if (!word_has(s, i, D_UNIT) || word_taken(s, i) ||
		    (i + 1 == s->nwords && !word_is(s, i, "etage")))
			continue;
		if (word_is(s, i, "etage")) {
			/* "3e étage", "3ème étage", "2 ème étage" */
			if (i < 2 || !(s->words[i - 2].flags & W_DIGIT) ||
			    !(word_is(s, i - 1, "e") || word_is(s, i - 1, "eme") ||
			    word_is(s, i - 1, "er") || word_is(s, i - 1, "ier")) ||
			    !joined(t, s, i - 2) || !joined(t, s, i - 1))
				continue;
			a = s->words[i - 2].start;
			b = s->words[i].end;
		} else if (word_is(s, i, "bp") || word_is(s, i, "cs")) {
			/* Upper case and a number: "CS" is also a consultation */
			if (!(s->words[i].flags & W_UPPER) || !(n->flags & W_DIGIT) ||
			    n->end - n->start < 2 || !addr_gap(t, s, i))
				continue;
			b = n->end;
		} else if ((b = unit_value(t, s, i)) == 0)
			continue;
		if ((r = add_span(s, a, b, DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word k is a proper name: no ordinary word, no word of the tables. */
static int
proper_word(const char *t, struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & W_DIGIT) && s->words[k].nchars >= 2 &&
	    !(s->words[k].dflags & (D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_TERM | D_RELATIVE)) && !word_lexicon(t, s, k);
}

/* Word k may be part of a place's name: capitalized or upper case ("Les
 * Mimosas", "Bas Uhart"), or, written in lower case, no ordinary word
 * ("lieu-dit kerampuil", "hameau de peyrolles"). */
static int
place_name_word(const char *t, struct detect_scratch *s, size_t k,
    int lieudit)
{
	const struct detect_word *w = &s->words[k];

	if ((w->flags & W_DIGIT) || word_taken(s, k) ||
	    word_has(s, k, D_UNIT | D_STREET))
		return 0;
	if ((w->flags & (W_CAP | W_UPPER)) || lieudit)
		return !word_has(s, k, D_NOTNAME | D_CLINICAL);
	return proper_word(t, s, k);
}

/* Word i starts a place: 1 (2 for a lieu-dit, whose name may be
 * ordinary words: "lieu-dit le haut bois"), and *last its last word
 * ("lieu-dit": "dit").  "Foyer", "Maison" only before a proper name
 * ("Foyer ADEF", "Maison Ithurria"), not "foyer infectieux", "Maison de
 * retraite"; "ld", "Ldt" before a capital, not in capitals ("LD" is also
 * a drug's slow-release form). */
static int
place_word(const char *t, struct detect_scratch *s, size_t i, size_t *last)
{
	size_t n = i + 1;

	*last = i;
	if (word_is(s, i, "lieu") && i + 2 < s->nwords &&
	    word_is(s, i + 1, "dit") && joined(t, s, i)) {
		*last = i + 1;
		return 2;
	}
	if (!word_has(s, i, D_PLACE) || word_taken(s, i))
		return 0;
	if (word_is(s, i, "foyer") || word_is(s, i, "maison"))
		return (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    proper_word(t, s, n) && !(s->words[i].flags & W_DOT);
	if (word_is(s, i, "ld") || word_is(s, i, "ldt"))
		return !(s->words[i].flags & W_UPPER) &&
		    (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    !word_has(s, n, D_NOTNAME | D_CLINICAL);
	return word_is(s, i, "lieudit") ? 2 : 1;
}

/* "Résidence Les Mimosas", "lieu-dit Kerbrat", "HLM Les Glycines",
 * "quartier Bas Uhart", "Foyer ADEF": the place word and up to four words
 * of its name; a unit after it ("Bât A") is a span of its own. */
static int
scan_places(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a place word, or "lieu" (a street word) of "lieu-dit". */
	if (!comment_has(s, 0, D_PLACE | D_STREET))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j, k, taken = 0;
		int kind;

		if ((kind = place_word(t, s, i, &j)) == 0)
			continue;
		for (k = j + 1; k < s->nwords && k <= j + 5 &&
		    (k == j + 1 ? place_joined(t, s, k) : joined(t, s, k - 1));
		    k++) {
			if (word_has(s, k, D_PARTICLE) && !word_taken(s, k) &&
			    k + 1 < s->nwords)
				continue;
			if (!place_name_word(t, s, k, kind == 2))
				break;
			taken = k;
		}
		if (taken == 0)
			continue;
		if ((r = add_span(s, s->words[i].start, s->words[taken].end,
		    DETECT_ADDRESS, -1)) < 0)
			return r;
		i = taken;
	}
	return 0;
}

int
scan_addresses(const char *t, struct detect_scratch *s)
{
	int r;

	if ((r = scan_streets(t, s)) != 0 ||
	    (comment_has(s, 0, D_STREET) && (r = scan_cued_streets(t, s)) != 0) ||
	    (r = scan_units(t, s)) != 0 ||
	    (r = scan_places(t, s)) != 0 || (r = scan_postcodes(t, s)) != 0)
		return r;
	return 0;
}
