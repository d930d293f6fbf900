/*
 * detect_stay.c - places of stay that identify and have no street: a
 * ship someone works or lives on, named after its kind ("matelot sur le
 * porte-conteneurs MSC Aurelia", "palangrier Saint-Louis III", "à bord
 * du Marion Dufresne"), and the pitch of a campsite, a travellers' site
 * or a marina after the place's name ("camping Les Dunes, mobil-home
 * 22", "port de plaisance, ponton B, anneau 45"): recall20, twenty-third
 * pass (issue 10).
 *
 * A ship's name is what the hand sets label (the kind word stays, as a
 * car's make beside its plate): after a vessel's noun in lower case
 * (detect_stay_nouns: D_STAY, moved to W_STAY by tokenize), or after "à
 * bord du", "à bord de la", "à bord de l'", one space away, up to five
 * capitalized words (a first one in capitals, "MSC", "CMA", only before
 * a capitalized one), "de", "des", "du", "la" between them when a
 * capitalized word follows ("Notre-Dame des Flots"), a rank in
 * capitals after ("III").  The first word is no title, month, unit, clinical word,
 * sensitive term, relative, car make or device: "à bord du SMUR", "à
 * bord de la Clio" would be vehicles of care or of the road.  A span
 * there already (the row's name, an id) is left as it is.
 *
 * A pitch: right after an address span and ", " (or " - "), a pitch's
 * noun ("mobil-home", "mobilhome", "bungalow", "caravane", "ponton",
 * "anneau", "parcelle") and its value (one to four digits, or a capital
 * and up to three digits: "B12", "B"), "n°" allowed between; a chain of
 * them ("ponton B, anneau 45").  Alone ("vit en caravane 3 mois", "le
 * ponton 2 est fermé") they stay: the place before says it is a home.
 */
#include "detect_int.h"

/* A pitch of a campsite, a travellers' site or a marina (stay_pitch),
 * and a person found or located somewhere (stay_found_cue): written once,
 * in the gate's list below and in their own. */
#define STAY_PITCH_WORDS						\
	"mobilhome", "mobil", "mobile", "bungalow", "caravane", "ponton",	\
	"anneau", "parcelle"
#define STAY_FOUND_CUE_WORDS						\
	"retrouve", "retrouvee", "retrouves", "retrouvees", "localise",	\
	"localisee", "localisation", "trouve", "trouvee", "decouvert",	\
	"decouverte"

/* The gate's words (folded): the vessels, the pitches of a place of stay,
 * a home's units, the finding cues. */
const char *const detect_stay_nouns[] = {
	"navire", "bateau", "cargo", "chalutier", "palangrier", "thonier",
	"conteneurs", "petrolier", "paquebot", "ferry", "voilier",
	"catamaran", "trimaran", "remorqueur", "caboteur", "vraquier",
	"methanier", "chimiquier", "fileyeur", "caseyeur", "senneur",
	"coquillier", "langoustier", "goelette", "yacht", "peniche",
	"roulier", "baliseur", "bord",
	STAY_PITCH_WORDS,
	/* a unit of a home named with its article ("unité Les Bleuets",
	 * "pavillon Les Glycines": stay_unit_name; recall21) */
	"unite", "pavillon",
	STAY_FOUND_CUE_WORDS, NULL,
};

/* The outdoor places of a town with a name of their own where someone
 * is found ("parc de la Tête d'Or", "bois de Vincennes", "plage des
 * Catalans"): the place is labeled with its noun, as living_place's.
 * Not "canal" ("canal de Wirsung"), nor the streets' words ("quai",
 * "square": the streets' rules). */
static const char *const stay_found_places[] = {
	"parc", "bois", "jardin", "jardins", "foret", "plage", "berges",
	"esplanade", "parvis", "etang", "lac", "falaise", NULL,
};
static uint64_t stay_found_places_filter;	/* word_in_filtered_list */

static const char *const stay_found_cues[] = { STAY_FOUND_CUE_WORDS, NULL };
static uint64_t stay_found_cues_filter;	/* word_in_filtered_list */

static int
stay_found_cue(const struct detect_scratch *s, size_t i)
{
	return word_in_filtered_list(s, &s->words[i], stay_found_cues);
}

static const char *const stay_pitches[] = { STAY_PITCH_WORDS, NULL };
static uint64_t stay_pitches_filter;	/* word_in_filtered_list */

static int
stay_pitch(const struct detect_scratch *s, size_t i)
{
	return word_in_filtered_list(s, &s->words[i], stay_pitches);
}

/* Between words k and k + 1: one space (or one of `also`). */
static int
stay_gap(const char *t, const struct detect_scratch *s, size_t k,
    const char *also)
{
	size_t a = s->words[k].end, b = s->words[k + 1].start;

	return b == a + 1 && (t[a] == ' ' || (also != NULL &&
	    strchr(also, t[a]) != NULL));
}

static int
stay_small(const struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    (word_is(s, k, "de") || word_is(s, k, "des") ||
	    word_is(s, k, "du") || word_is(s, k, "la") || word_is(s, k, "d"));
}

static int
stay_capital(const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[k].flags & W_DIGIT);
}

/* The ship's name from word k (a capital first): its end byte, 0 if
 * none. */
static size_t
stay_ship_name(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = k, n = 1;

	if (!stay_capital(s, k) || word_taken(s, k) ||
	    word_has(s, k, D_TITLE | D_MONTH | D_UNIT | D_CLINICAL | D_TERM |
	    D_RELATIVE) || (s->words[k].flags & (W_PLATECUE | W_DEVICE |
	    W_STAY)))
		return 0;
	/* an acronym only before a capitalized word: "MSC Aurelia", not
	 * "SMUR", "VSAV" */
	if ((s->words[k].flags & W_UPPER) && (k + 1 >= s->nwords ||
	    !stay_gap(t, s, k, NULL) || !(s->words[k + 1].flags & W_CAP) ||
	    word_taken(s, k + 1)))
		return 0;
	while (e + 1 < s->nwords && n < 5) {
		size_t q = e + 1;

		if (!stay_gap(t, s, e, "-'"))
			break;
		if (stay_small(s, q) && q + 1 < s->nwords &&
		    stay_gap(t, s, q, "'") && stay_capital(s, q + 1) &&
		    !word_taken(s, q + 1))
			q++;
		else if (!stay_capital(s, q) || word_taken(s, q) ||
		    word_has(s, q, D_TITLE | D_MONTH | D_UNIT))
			break;
		if (q > e + 1 && word_has(s, q, D_TITLE | D_MONTH | D_UNIT))
			break;
		e = q;
		n++;
	}
	return s->words[e].end;
}

/* Word i is a vessel's noun in lower case (or "bord" after "à" and
 * before "du", "de la", "de l'"): the first word of the name after it,
 * or NO_WORD. */
static size_t
stay_ship_start(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;

	if ((s->words[i].flags & (W_CAP | W_UPPER)) || k >= s->nwords)
		return NO_WORD;
	if (word_is(s, i, "bord")) {
		if (i == 0 || !word_is(s, i - 1, "a") ||
		    !stay_gap(t, s, i - 1, NULL) || !stay_gap(t, s, i, NULL))
			return NO_WORD;
		if (word_is(s, k, "du") && k + 1 < s->nwords &&
		    stay_gap(t, s, k, NULL))
			return k + 1;
		if (word_is(s, k, "de") && k + 2 < s->nwords &&
		    stay_gap(t, s, k, NULL) && ((word_is(s, k + 1, "la") &&
		    stay_gap(t, s, k + 1, NULL)) || (word_is(s, k + 1, "l") &&
		    stay_gap(t, s, k + 1, "'"))))
			return k + 2;
		return NO_WORD;
	}
	/* "porte-conteneurs": the noun's first half before it */
	if (word_is(s, i, "conteneurs") && (i == 0 ||
	    !word_is(s, i - 1, "porte") || !stay_gap(t, s, i - 1, "-")))
		return NO_WORD;
	return stay_gap(t, s, i, NULL) ? k : NO_WORD;
}

/* The pitch's value after pitch noun word i (and its "-home"): its end
 * byte, 0 if none. */
static size_t
stay_pitch_value(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;
	const struct detect_word *w;

	if (word_is(s, i, "mobil") || word_is(s, i, "mobile")) {
		if (k >= s->nwords || !word_is(s, k, "home") ||
		    !stay_gap(t, s, i, "-"))
			return 0;
		i = k++;
	}
	size_t from = s->words[i].end;	/* the value's gap starts here */

	if (k < s->nwords && word_is(s, k, "n") && stay_gap(t, s, i, NULL) &&
	    s->words[k].end + 2 < s->text_len &&
	    (unsigned char)t[s->words[k].end] == 0xc2 &&
	    (unsigned char)t[s->words[k].end + 1] == 0xb0) {
		from = s->words[k].end + 2;	/* "n°" */
		k++;
	}
	if (k >= s->nwords || s->words[k].start < from + 1 ||
	    s->words[k].start > from + 2 || word_taken(s, k))
		return 0;
	w = &s->words[k];
	if (w->flags & W_DIGIT) {
		if (w->end - w->start > 4)
			return 0;
	} else if (w->end - w->start != 1 || !(t[w->start] >= 'A' &&
	    t[w->start] <= 'Z')) {
		return 0;
	} else if (k + 1 < s->nwords && s->words[k + 1].start == w->end &&
	    (s->words[k + 1].flags & W_DIGIT) &&
	    s->words[k + 1].end - s->words[k + 1].start <= 3) {
		w = &s->words[++k];	/* "B12": a capital and its digits */
	}
	/* nothing glued after: "caravane 3 mois" is a time */
	if (w->end < s->text_len && (is_alnum_byte(t[w->end]) ||
	    (k + 1 < s->nwords && s->words[k + 1].start == w->end + 1 &&
	    t[w->end] == ' ' && !(s->words[k + 1].flags & (W_CAP | W_UPPER)))))
		return 0;
	return w->end;
}

/* The places whose pitches are homes, named in the clause before a
 * pitch when no address span is ("au port de plaisance de La Rochelle,
 * ponton 12", "amarré au port des Minimes, ponton F"). */
static const char *const stay_pitch_places[] = {
	"plaisance", "marina", "port", "camping", "aire", "bassin", NULL,
};
static uint64_t stay_pitch_places_filter;	/* word_in_filtered_list */

/* Pitch noun word i right after an address span (", " or " - "), or
 * after ", " and a clause that names a marina or a campsite (six words
 * back at most). */
static int
stay_pitch_placed(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp;
	size_t a, b = s->words[i].start;

	if (i == 0)
		return 0;
	a = s->words[i - 1].end;
	if (!((b == a + 2 && t[a] == ',' && t[a + 1] == ' ') ||
	    (b == a + 3 && t[a] == ' ' && t[a + 1] == '-' && t[a + 2] == ' ')))
		return 0;
	if ((sp = span_of(s, i - 1)) != NULL)
		return sp->kind == DETECT_ADDRESS && sp->end == a;
	for (size_t k = i - 1, n = 0; n < 6; k--, n++) {
		if (!(s->words[k].flags & (W_CAP | W_UPPER)) &&
		    word_in_filtered_list(s, &s->words[k], stay_pitch_places))
			return 1;
		if (k == 0)
			return 0;
		for (b = s->words[k - 1].end; b < s->words[k].start; b++)
			if (t[b] != ' ' && t[b] != '\'' && t[b] != '-')
				return 0;
	}
	return 0;
}

/* Word i is "place" right after a pitch found and ", " ("ponton 12,
 * place 45"): the pitch's own place. */
static int
stay_pitch_place(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp;
	size_t a;

	if (i == 0 || !word_is(s, i, "place") ||
	    (s->words[i].flags & (W_CAP | W_UPPER)) ||
	    (sp = span_of(s, i - 1)) == NULL || sp->kind != DETECT_ADDRESS ||
	    (a = sp->end) != s->words[i - 1].end ||
	    s->words[i].start != a + 2 || t[a] != ',')
		return 0;
	return stay_pitch(s, word_at(s, sp->start));
}

/* After a cue of someone found or located at word i ("retrouvé au",
 * "localisation par la police :"), in its clause (eight words at most, a
 * colon allowed, no other sign), a place of stay_found_places in lower
 * case, "de", "du", "des", "d'" (and "la", "l'"), then its name as a
 * ship's is read (capitalized, small words inside): the noun's first
 * word or NO_WORD, *end the name's last byte. */
static size_t
stay_found_place(const char *t, struct detect_scratch *s, size_t i,
    size_t *end)
{
	for (size_t k = i + 1; k < s->nwords && k <= i + 8; k++) {
		size_t a = s->words[k - 1].end, n;

		for (; a < s->words[k].start; a++)
			if (t[a] != ' ' && t[a] != '\'' && t[a] != ':')
				return NO_WORD;
		if (word_taken(s, k) || (s->words[k].flags & W_DIGIT))
			return NO_WORD;
		if ((s->words[k].flags & (W_CAP | W_UPPER)) ||
		    !word_in_filtered_list(s, &s->words[k], stay_found_places))
			continue;
		n = k + 1;
		if (n + 1 >= s->nwords || !stay_gap(t, s, k, NULL) ||
		    !stay_small(s, n) || word_is(s, n, "la"))
			return NO_WORD;
		if (!word_is(s, n, "d") && (word_is(s, n + 1, "la") ||
		    word_is(s, n + 1, "l")) && !(s->words[n + 1].flags & W_CAP) &&
		    stay_gap(t, s, n, NULL) && n + 2 < s->nwords)
			n++;
		if (!stay_gap(t, s, n, "'") || word_has(s, n + 1, D_EPONYM) ||
		    (*end = stay_ship_name(t, s, n + 1)) == 0)
			return NO_WORD;
		return k;
	}
	return NO_WORD;
}

static int
stay_unit(const struct detect_scratch *s, size_t i)
{
	return word_is(s, i, "unite") || word_is(s, i, "pavillon");
}

/* After a unit's word at i ("unité", "pavillon"), one
 * space, the name's own article capitalized ("Les Bleuets", "Le Phare",
 * "La Source") and a capitalized name as a ship's is read (no title,
 * month, unit, clinical word, term, relative): the name's end byte, 0
 * if none.  The kind word stays, as the hand sets label ("unité [Les
 * Bleuets]"); an article in lower case or none
 * ("unité de soins", "unité Alzheimer", "unité Kangourou") is a kind of
 * unit, not a name, and so is a word no name has ("unité Le Patient
 * Traceur": D_NOTNAME) (recall21). */
static size_t
stay_unit_name(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = i + 1;

	if (a + 1 >= s->nwords || !stay_gap(t, s, i, NULL) ||
	    !(s->words[a].flags & W_CAP) ||
	    (s->words[a].flags & (W_UPPER | W_DIGIT)) ||
	    !(word_is(s, a, "le") || word_is(s, a, "la") ||
	    word_is(s, a, "les")) || word_taken(s, a) ||
	    !stay_gap(t, s, a, NULL) || word_has(s, a + 1, D_NOTNAME))
		return 0;
	return stay_ship_name(t, s, a + 1);
}

/* (detect_run's gate: addresses asked, a vessel's or a pitch's noun.)
 * 0 or -ENOMEM. */
int
scan_stays(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i < s->nwords; i++) {
		size_t k, e;
		int r;

		if (word_taken(s, i))
			continue;
		/* "place": a street's word, no W_STAY; asked after a pitch */
		if (!(s->words[i].flags & W_STAY)) {
			if (!stay_pitch_place(t, s, i) ||
			    (e = stay_pitch_value(t, s, i)) == 0)
				continue;
			if ((r = add_span(s, s->words[i].start, e,
			    DETECT_ADDRESS, -1)) < 0)
				return r;
			continue;
		}
		if (stay_pitch(s, i)) {
			if (!stay_pitch_placed(t, s, i) ||
			    (e = stay_pitch_value(t, s, i)) == 0 ||
			    overlaps(s, s->words[i].start, e))
				continue;
			if ((r = add_span(s, s->words[i].start, e,
			    DETECT_ADDRESS, -1)) < 0)
				return r;
			continue;
		}
		if (stay_unit(s, i)) {
			if ((e = stay_unit_name(t, s, i)) == 0 ||
			    overlaps(s, s->words[i + 1].start, e))
				continue;
			if ((r = add_address(s, s->words[i + 1].start, e)) < 0)
				return r;
			continue;
		}
		if (stay_found_cue(s, i)) {
			if ((k = stay_found_place(t, s, i, &e)) == NO_WORD ||
			    overlaps(s, s->words[k].start, e))
				continue;
			if ((r = add_address(s, s->words[k].start, e)) < 0)
				return r;
			continue;
		}
		if ((k = stay_ship_start(t, s, i)) == NO_WORD ||
		    (e = stay_ship_name(t, s, k)) == 0 ||
		    overlaps(s, s->words[k].start, e))
			continue;
		if ((r = add_address(s, s->words[k].start, e)) < 0)
			return r;
	}
	return 0;
}
