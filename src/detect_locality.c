/*
 * detect_locality.c - the line of an address before its street or its
 * postcode: a lieu-dit, a named farm or estate, a shop or a restaurant
 * where someone lives or works (dev19a, twenty-second pass, issue 10):
 * "Mme Jouve, La Croix du Pal, 07530 Antraigues", "domicile le bourg,
 * 46160 Cajarc", "restaurant de la famille, La Route des Épices, 21 rue
 * de Wazemmes", "Maison de santé des Tilleuls, 2 rue du Four".
 *
 * A French address is written line by line: the person, then the
 * building, lieu-dit or business, then the street, then the postcode and
 * the town; in a note the lines become commas.  detect_addr.c finds the
 * street and the postcode, and before a postcode a lieu-dit of
 * capitalized words that are no name of the lists (address_lead); it
 * leaves a lieu-dit whose words are in the name lists ("Croix", "Pal"),
 * one before a street rather than a postcode, one in lower case after a
 * cue ("le bourg"), and the article that opens a place it found ("La" of
 * "La Route des Épices", "la" of "la Ferme du Haut").  Here, from each
 * address span that opens with a digit (a house number or a postcode),
 * right after ", " or " - ": the words before it back to the clause's
 * start (a comma, a semicolon, a colon, a parenthesis, " - ", the
 * text's start) or to an address cue ("domicile", "adresse"), six at
 * most, each capitalized or a small word of a place's name ("de", "du",
 * "la", "sur"), or, after a head that names a place or a shop by its
 * noun (D_PLACE: "maison", "ferme", "hôtel"; locality_heads: "pharmacie",
 * "restaurant", "bourg"), any word of letters.  A person before a
 * postcode ("Dr Martin, 29200 Brest") stays a name's: a word of the name
 * lists is allowed only after an article or a head; a title, a
 * relation, a clinical word, a month or a hospital's head stops the
 * walk.  And an address span that opens with a capital right after an
 * article at a clause's start grows over the article.
 */
#include "detect_int.h"

/* Shops, trades and lieux-dits by their noun, besides D_PLACE's words
 * (folded): before them a place's name may hold ordinary words
 * ("Pharmacie du Marché", "Boulangerie de la Gare", "le bourg"). */
static const char *const locality_heads[] = {
	"boulangerie", "patisserie", "boucherie", "charcuterie",
	"epicerie", "restaurant", "brasserie", "cafe", "bar", "auberge",
	"gite", "garage", "salon", "boutique", "magasin", "tabac", "librairie",
	"fromagerie", "poissonnerie", "bourg", "moulin", "metairie", "grange",
	"granges", "borie", "bergerie", "chateau", "ecurie", "ecuries",
	"scierie", "ferme", NULL,
};
static uint64_t locality_heads_filter;	/* word_in_listf */

/* The small words inside a place's name ("La Croix du Pal", "Saint-Jean
 * sur Mer", "Le Mas des Oliviers"). */
static const char *const locality_links[] = {
	"de", "du", "des", "d", "la", "le", "les", "l", "sur", "sous", "en",
	"aux", "au", "les", "lez", NULL,
};
static uint64_t locality_links_filter;	/* word_in_listf */

static const char *const locality_articles[] = {
	"la", "le", "les", "l", NULL,
};
static uint64_t locality_articles_filter;	/* word_in_listf */

/* Address cues before a lieu-dit in lower case ("domicile le bourg"). */
static const char *const locality_cues[] = {
	"adresse", "domicile", "domicilie", "domiciliee", "habite", "vit",
	"demeurant", "reside", "residant", NULL,
};
static uint64_t locality_cues_filter;	/* word_in_listf */

/* hospitals by their kind: the place of care names no one's home */
static const char *const locality_hospitals[] = {
	"hopital", "chu", "chr", "chru", "ch", "chi", "clinique",
	"polyclinique", "cabinet", "service", "centre", NULL,
};
static uint64_t locality_hospitals_filter;	/* word_in_listf */

static int
loc_lower(const struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & (W_CAP | W_UPPER));
}

/* Words k and k + 1 of one line: a space, a hyphen or an apostrophe
 * between, nothing else. */
static int
loc_glued(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k].end, b = s->words[k + 1].start;

	if (b == a + 1)
		return t[a] == ' ' || t[a] == '-' || t[a] == '\'';
	return b == a + 3 && apostrophe_len(t, b, a) == 3;
}

/* Bytes a .. b - 1 (between two words) are a clause's end: a comma, a
 * semicolon, a colon, an opening parenthesis or a dash between spaces,
 * spaces around.  With comma_only, ", " alone or " - " (a line of an
 * address before the next). */
static int
loc_break(const char *t, size_t a, size_t b, int comma_only)
{
	size_t marks = 0;
	char m = 0;

	for (size_t p = a; p < b; p++) {
		if (t[p] == ' ')
			continue;
		if (t[p] != ',' && t[p] != ';' && t[p] != ':' && t[p] != '(' &&
		    t[p] != '-')
			return 0;
		m = t[p];
		marks++;
	}
	if (marks != 1)
		return 0;
	if (m == '-' && (a == b || t[a] != ' ' || t[b - 1] != ' '))
		return 0;
	return !comma_only || m == ',' || m == '-';
}

/* Word x opens a clause: the text's start or a break before it. */
static int
loc_clause_start(const char *t, const struct detect_scratch *s, size_t x)
{
	if (x == 0) {
		for (size_t p = 0; p < s->words[0].start; p++)
			if (t[p] != ' ')
				return 0;
		return 1;
	}
	return loc_break(t, s->words[x - 1].end, s->words[x].start, 0);
}

/* A word that cannot be one of a place's: a digit, a title, a
 * relation, a month; in lower case, a clinical word or term or a unit
 * ("Consultation de cardiologie, 3 rue ..."). */
static int
loc_stop(const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & W_DIGIT) || word_taken(s, k) ||
	    word_has(s, k, D_TITLE | D_RELATIVE | D_MONTH) ||
	    (loc_lower(s, k) && word_has(s, k, D_CLINICAL | D_TERM | D_UNIT));
}

/* The first word of a place's name (after its article) is no clinical
 * word, term, unit or place of care ("Urgences, 3 rue ...", "CHU de
 * Rennes, 2 rue ...": the hospital's address names no one's home);
 * inside the name a capitalized one is the name's ("La Croix du Pal"). */
static int
loc_bad_first(const struct detect_scratch *s, size_t k)
{
	return word_has(s, k, D_CLINICAL | D_TERM | D_UNIT | D_INSTHEAD) ||
	    word_in_listf(s, k, locality_hospitals);
}

static int
loc_head(const struct detect_scratch *s, size_t k)
{
	return word_has(s, k, D_PLACE) || word_in_listf(s, k, locality_heads);
}

/* Some capitalized word of first .. f - 1 is an ordinary word: a line
 * with neither an article nor a head is a lieu-dit only when its words
 * are proper ("Kerlann, 29000 Quimper"; "CHUTE, 8 RUE DU CALVAIRE" is a
 * note in capitals). */
static int
loc_ordinary(const char *t, struct detect_scratch *s, size_t first, size_t f)
{
	for (size_t j = first; j < f; j++)
		if (!loc_lower(s, j) && word_lexicon(t, s, j))
			return 1;
	return 0;
}

/* The place's line before word f (an address span's first word, after
 * ", "): its first word, or NO_WORD. */
static size_t
locality_before(const char *t, struct detect_scratch *s, size_t f)
{
	size_t x, best = NO_WORD;

	if (f == 0 || !loc_break(t, s->words[f - 1].end, s->words[f].start, 1))
		return NO_WORD;
	/* walk back over the words of one line, six at most; each start
	 * that opens a clause or follows a cue is a candidate, the
	 * farthest that passes wins */
	for (x = f; x > 0 && f - x < 6; x--) {
		size_t k = x - 1, first, h;
		int names = 0, lower = 0, proper = 0, cued;

		if (loc_stop(s, k) || (x < f && !loc_glued(t, s, k)))
			break;
		cued = k > 0 && s->words[k].start == s->words[k - 1].end + 1 &&
		    t[s->words[k - 1].end] == ' ' && !word_taken(s, k - 1) &&
		    word_in_listf(s, k - 1, locality_cues);
		if (!cued && !loc_clause_start(t, s, k))
			continue;
		/* the line k .. f - 1: an article, a head, then the name */
		first = k;
		if (word_in_listf(s, first, locality_articles) && first + 1 < f)
			first++;
		else if (loc_lower(s, first))
			continue;
		h = loc_head(s, first);
		if ((loc_lower(s, first) && !h) || (!h &&
		    loc_bad_first(s, first)))
			continue;
		for (size_t j = first; j < f; j++) {
			if (loc_lower(s, j)) {
				if (!word_in_listf(s, j, locality_links))
					lower = 1;
				continue;
			}
			if (j > first)
				proper = 1;
			if (word_has(s, j, D_FIRST | D_LAST) && !loc_head(s, j))
				names = 1;
		}
		/* a head names a place by a name of its own ("Maison de
		 * santé des Tilleuls"; "Maison de santé", "Foyer de jeunes
		 * travailleuses" are kinds), or in lower case after an
		 * address cue ("domicile le bourg") */
		if (h && !proper && !cued)
			continue;
		/* ordinary words in lower case only in a shop's or a
		 * place's name; a word of the name lists only after an
		 * article or a head (a person before a postcode stays a
		 * name's) */
		if (lower && !h)
			continue;
		if (!h && first == k && (names ||
		    loc_ordinary(t, s, first, f)))
			continue;
		best = k;
	}
	return best;
}

/* (detect_run's gate: addresses asked, an address found.)  0 or
 * -ENOMEM. */
int
scan_address_lines(const char *t, struct detect_scratch *s)
{
	size_t n = s->nspans;

	for (size_t x = 0; x < n; x++) {
		const struct detect_span *sp = &s->spans[x];
		size_t f, k, start = sp->start, end = sp->end;
		int r;

		if (sp->kind != DETECT_ADDRESS || end <= start || start < 3)
			continue;
		/* ", " or "- " before a line (the digit branch), or an
		 * article's last letter or apostrophe (the article's): most
		 * address spans have neither, and no word is looked up */
		if (!((t[start - 1] == ' ' && (t[start - 2] == ',' ||
		    t[start - 2] == '-' || t[start - 2] == 'a' ||
		    t[start - 2] == 'e' || t[start - 2] == 's' ||
		    t[start - 2] == 'A' || t[start - 2] == 'E' ||
		    t[start - 2] == 'S')) || t[start - 1] == '\'' ||
		    (unsigned char)t[start - 1] == 0x99))
			continue;
		f = word_at(s, start);
		if (f >= s->nwords || s->words[f].start != start || f == 0)
			continue;
		/* a house number, a postcode, or a postcode in words
		 * ("douze mille Rodez") */
		if ((s->words[f].flags & W_DIGIT) || (loc_lower(s, f) &&
		    date_spelled_1_99(t, s, f, &k) > 0)) {
			if ((k = locality_before(t, s, f)) == NO_WORD)
				continue;
			if ((r = add_address(s, s->words[k].start,
			    s->words[f - 1].end)) < 0)
				return r;
			continue;
		}
		/* "La Route des Épices", "la Ferme du Haut": the article
		 * that opens the place's name at a clause's start */
		k = f - 1;
		if (!(s->words[f].flags & (W_CAP | W_UPPER)) ||
		    !word_in_listf(s, k, locality_articles) ||
		    word_taken(s, k) ||
		    !loc_glued(t, s, k) || t[s->words[k].end] == '-' ||
		    !loc_clause_start(t, s, k))
			continue;
		if ((r = add_address(s, s->words[k].start, end)) < 0)
			return r;
	}
	return 0;
}
