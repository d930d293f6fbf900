/* The address detectors: streets ("12 rue de la Paix", "domicile :
 * impasse des Lilas"), units inside a building ("Appt 12", "Bât. B"),
 * named places ("Résidence Les Mimosas", "lieu-dit Kerbrat"), postcodes
 * and their cities.  The street, place and unit tables.  docs/scrub.md. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"
#include "postcodes.h"

/* Types of street, and their abbreviations of the French addressing
 * standard (AFNOR NF Z 10-011, La Poste's "abréviations des types de
 * voie": ALL, AV, BD, CHE, CHS, CRS, ESP, FG, IMP, MTE, PL, PRV, QUA, RES,
 * RLE, RPT, RTE, SQ, VLA...), those that are no common word or name
 * ("CAR", "PAS", "LOT", "HAM", "SEN", "TRA" are left out); "ch" and "r"
 * only with their dot ("110 ch. des Capucins": CH is also the hospital;
 * "5 r. de la Paix").  Issue 10 (addrdate) added the other "natures de
 * voie" of the DGFiP's FANTOIR file that La Poste and the Base Adresse
 * Nationale use (PTTE placette, TSSE terrasse, SEN sente, COR corniche,
 * ROC rocade, DSC descente, GAL galerie, CAR carrefour, PROM promenade;
 * the expansions of the BAN's @ban-team/adresses-util, MIT, agree), and
 * street_weak below. */
const char *const street_words[] = {
	"rue", "avenue", "av", "ave", "bd", "bld", "bvd", "blvd", "boulevard",
	"place", "pl", "chemin", "chem", "che", "ch", "allee", "all", "impasse",
	"imp", "route", "rte", "quai", "cours", "crs", "square", "sq",
	"residence", "res", "lotissement", "lieu", "lieudit", "ld", "ldt",
	"hameau", "cite", "villa", "vla", "voie", "sentier", "passage",
	"esplanade", "esp", "parvis", "prv", "faubourg", "fbg", "fg", "montee",
	"mte", "traverse", "domaine", "promenade", "clos", "ruelle", "rle",
	"venelle", "rond", "rpt", "chaussee", "chs", "quartier", "qua",
	"r", "placette", "ptte", "terrasse", "tsse", "sente", "corniche",
	"rocade", "descente", "dsc", "galerie", "carrefour", "prom",
	"cour", "parc", "mail", "port", "pont", "val", "ecart", "enclos",
	"levee", "village", "passerelle",
	/* a plural in a street's name ("14 allées Jean Jaurès",
	 * Toulouse's and Marseille's) */
	"allees",
	/* misspelt as typed in notes ("27 boulvard Carnot") */
	"boulvard", "boulevart", "bouvelard", "avenu",
	/* Polynesia's private lanes ("servitude Teroro") */
	"servitude",
	/* the street types of France's regional languages on
	 * bilingual plates and in addresses typed from them: Breton "hent"
	 * (road), "straed" (street), "bali" (avenue) is left out (a word
	 * elsewhere); Basque "karrika", "kalea" (street), "bidea" (road);
	 * Occitan "carrièra"; Corsican "carrughju" ("11 hent Sant-Erwan",
	 * "12 karrika Nagusia"); none is a French word */
	"hent", "straed", "karrika", "kalea", "bidea", "carriera",
	"carrughju",
	NULL,
};

/* Street types that are also ordinary words ("2 cours", "1 mail", "le
 * parc"): a street only when a word of its name is capitalized or no
 * ordinary word ("12 cour des Miracles", "3 parc de la Bergerie"). */
static const char *const street_weak[] = {
	"cour", "parc", "mail", "port", "pont", "val", "ecart", "enclos",
	"levee", "village", "passerelle", "galerie", "descente", "servitude",
	NULL,
};
static uint64_t street_weak_filter;	/* word_in_listf */

/* Before a street type, words of its name ("12 Grande Rue", "3 Petite
 * Rue", "8 Vieux Chemin de Ronde", "Grand'Rue"): the type may end it. */
static const char *const street_adjectives[] = {
	"grande", "grand", "petite", "petit", "vieille", "vieux", "ancienne",
	"ancien", "haute", "basse", "nouvelle", "neuve", NULL,
};
static uint64_t street_adjectives_filter;	/* word_in_listf */

/* Named places without a number: "Résidence Les Mimosas", "lieu-dit
 * Kerbrat", "Hameau des Sources"; where someone lives ("EHPAD Les
 * Tilleuls", "Immeuble Le Ponant", "Mas des Oliviers"; a zone, "ZI des
 * Forges", in capitals). */
const char *const place_words[] = {
	"residence", "res", "lotissement", "hameau", "lieudit", "ld", "ldt",
	"domaine", "cite", "villa", "hlm", "quartier", "foyer", "maison",
	"immeuble", "imm", "ehpad", "marpa", "mas", "zi", "za", "zac", "zup",
	/* homes of social care: CHRS (hébergement et réinsertion), CADA and
	 * HUDA (asylum seekers), FAM, MECS (children), USLD; Provençal and
	 * mountain houses ("Bastide des Oliviers", "Chalet Les Gentianes") */
	"chrs", "cada", "huda", "fam", "mecs", "usld", "bastide", "chalet",
	"aire",
	/* a young workers' hostel, "FJT Les Acacias" (dev21: "foyer de
	 * jeunes travailleurs" is foyer_kinds') */
	"fjt",
	/* the Antilles' lieux-dits ("section Bazin"), a boarding house
	 * ("pension de famille Les Lilas"): before a proper name */
	"section", "pension",
	/* named buildings and farms ("tour Rubis", "ferme de La Basse
	 * Cour", "Manoir de Kerdréan", "Le Clos des Vignes"): ordinary
	 * words, so only before a capitalized name (weak_place_words) */
	"tour", "ferme", "manoir", "clos",
	/* where someone is housed ("hôtel Formule 1 Évry, chambre 12", a
	 * camp, "camp de la Feyssine") and the named quarters of the
	 * Antilles and La Réunion ("Morne Pitault", "Anse Mitan", "Ravine
	 * des Cabris", "Habitation Clément", "Îlet Pérou"): ordinary words
	 * too, so weak (weak_place_words) */
	"hotel", "camp", "morne", "anse", "ravine", "habitation", "ilet",
	/* a shelter ("centre d'hébergement Les Glycines") */
	"hebergement",
	/* New Caledonia's customary localities ("tribu de
	 * Saint-Louis, 98810 Mont-Dore"): a word too, so weak */
	"tribu",
	/* a campsite someone lives on ("Vit au camping Les Flots
	 * Bleus, mobil-home 23"): a word too, so weak */
	"camping",
	/* "Les Hauts de Sainte-Anne", "Les Jardins de Kerbrat": a housing
	 * estate named after its site, capitalized, before "de" and a
	 * capitalized name (estate_heads) */
	"hauts", "coteaux", "jardins", "terrasses", "rives", "balcons",
	/* a Portuguese house or farm named before its street ("Quinta do
	 * Sol, 41 ter route de Paris", "Vivenda Rosa"; dev20) */
	"quinta", "vivenda",
	NULL,
};

/* Place words that are also ordinary words ("tour de taille", "ferme la
 * porte", "yeux clos"): a place only before a capitalized name (after
 * particles), and in text in capitals only before one that is no
 * ordinary word ("TOUR DE TAILLE" stays). */
static const char *const weak_place_words[] = {
	"tour", "ferme", "manoir", "clos", "hotel", "camp", "morne", "anse",
	"ravine", "habitation", "ilet", "hebergement", "tribu", "camping", NULL,
};
static uint64_t weak_place_words_filter;	/* word_in_listf */

/* Heads of an estate's name ("Les Hauts de Kerbrat", "Les Coteaux du
 * Layon"): capitalized, then "de"/"du"/"des", then a capital. */
static const char *const estate_heads[] = {
	"hauts", "coteaux", "jardins", "terrasses", "rives", "balcons", NULL,
};
static uint64_t estate_heads_filter;	/* word_in_listf */

/* Parts of an address that point inside a building. */
const char *const unit_words[] = {
	"appt", "apt", "app", "appart", "appartement", "bat", "batiment", "bt",
	"escalier", "esc", "etage", "bp", "cs", "digicode", "porte", "ch",
	"chambre", "logement", "lgt", "interphone", "code", "lot",
	"emplacement", "rdc", "rez",
	/* a prisoner's cell ("cellule 112", "cel 214"), a room of
	 * the prison they live in (home_words) */
	"cellule", "cel", NULL,
};

/* Where someone lives among others: in a comment that names one, a room
 * is that home's ("EHPAD transmission nuit : Mr X (ch 8)"), not a
 * hospital's.  Acronyms only: "foyer" and "retraite" are also ordinary
 * words ("foyer infectieux"). */
const char *const home_words[] = {
	"ehpad", "ehpa", "marpa", "usld", "chrs", "cada", "huda", "mecs",
	/* a young workers' hostel and the students' residences (dev21) */
	"fjt", "crous", NULL,
};
static uint64_t home_words_filter;	/* word_in_listf */

/* a prison and its health units (UCSA, USMP, SMPR): in a comment
 * that names one, a cell is where someone lives ("cellule 112", "cel
 * 214"); its "chambre 12 à l'UHSI" is a hospital's room still. */
const char *const detention_words[] = {
	"ucsa", "usmp", "smpr", "detenu", "detenue", "codetenu", "ecrou",
	"incarcere", "incarceree", "penitentiaire", "prison",
	/* the incarceration, a cellmate in the plural, the visiting room
	 * ("héroïne jusqu'à l'incarcération", "ses codétenus", "le parloir
	 * annulé"; dev24) */
	"incarceration", "codetenus", "codetenue", "codetenues", "parloir",
	"parloirs", NULL,
};

/* Verbs and nouns of residence before a city (D_RESIDE): "vit à
 * Lorient", "domiciliée à Saint-Brieuc", "habite Quimper", "hébergé à
 * Brest chez sa fille", "domicile à Lannion".  Not "originaire de", "né
 * à" (docs/scrub.md: where someone lives is taken, where they come from
 * or were cared for is not). */
const char *const residence_words[] = {
	"vit", "vivant", "vivent", "habite", "habitent", "habitant", "domicile",
	"domicilie", "domiciliee", "demeurant", "demeure", "reside", "residant",
	"residante", "heberge", "hebergee", "installe", "installee",
	/* in a home ("institutionnalisée en maison de retraite à Dinan",
	 * "résidente de l'EHPAD de Plouha") */
	"institutionnalise", "institutionnalisee", "resident", "residente",
	/* a return home ("RAD à Lannion"), the legal address of someone
	 * without a home ("domiciliation : CCAS de Brest") */
	"rad", "domiciliation",
	/* a home visit ("VAD au Moulin de Kerbrat", "VAD aux
	 * Quatre-Chemins"): it is made where the patient lives, as
	 * "visite à domicile" says (recall23) */
	"vad",
	/* where someone without a home sleeps ("dort sous le pont
	 * de la Guillotière", "dort à la gare de Lyon", "squatte à
	 * Saint-Denis"; living_place) */
	"dort", "dorment", "dormait", "dormant", "squatte", "squattent",
	"loge", "logee",
	/* a form's label before a colon ("Ville : Brest", "Commune :
	 * Plouzané"): residence_city */
	"ville", "commune",
	NULL,
};

static int
word_in_list(const struct detect_scratch *s, size_t i, const char *const *list)
{
	return in_list(list, wf(s, &s->words[i]), s->words[i].fold_len);
}

static size_t	house_number_after(const char *t,
		    const struct detect_scratch *s, size_t j);
static size_t	street_end(const char *t, const struct detect_scratch *s,
		    size_t j);
static size_t	side_end(const char *t, const struct detect_scratch *s,
		    size_t w, size_t b);
static int	is_floor(const char *t, const struct detect_scratch *s,
		    size_t i);
static int	street_named(const char *t, struct detect_scratch *s, size_t j,
		    size_t k);
static size_t	numero_at(const char *t, const struct detect_scratch *s,
		    size_t k);

/* The spans that meet [start, end) (not empty), in the order they were
 * added, found through the words they hold (wspan) and not by a walk over
 * every span of the comment: a comment of thousands of addresses that
 * absorb the row's name ("12 rue Moulin" of M. Moulin, repeated) made
 * add_address quadratic.  The list is whole only when its spans hold
 * every taken byte of the range (spans never overlap, so any other span
 * that met the range would own one of its bytes): else, or past `max`
 * spans, -1 and the caller walks them all. */
static int
spans_meeting(const struct detect_scratch *s, size_t start, size_t end,
    size_t *out, size_t max)
{
	size_t n = 0, i = word_at(s, start), b = start;

	if (i > 0)
		i--;
	for (; i < s->nwords && s->words[i].start < end; i++) {
		int32_t k = s->wspan[i];
		const struct detect_span *sp;
		size_t j;

		if (k < 0)
			continue;
		sp = &s->spans[k];
		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		for (j = 0; j < n && out[j] != (size_t)k; j++)
			;
		if (j < n)
			continue;
		if (n == max)
			return -1;
		/* in the order of the spans (insertion) */
		for (j = n++; j > 0 && out[j - 1] > (size_t)k; j--)
			out[j] = out[j - 1];
		out[j] = (size_t)k;
	}
	while (b < end) {
		size_t j;

		if (!(s->taken[b >> 6] & ((uint64_t)1 << (b & 63)))) {
			b++;
			continue;
		}
		for (j = 0; j < n && !(s->spans[out[j]].start <= b &&
		    b < s->spans[out[j]].end); j++)
			;
		if (j == n)
			return -1;
		b = s->spans[out[j]].end;
	}
	return (int)n;
}

/* Whether an address over [start, end) may take span sp that meets it:
 * -1 if not (a stronger span), else 1 (and its ctx if it is an address's
 * piece). */
static int
address_may_take(const struct detect_span *sp, size_t start, size_t end,
    int *ctx)
{
	if (sp->kind != DETECT_NAME && sp->kind != DETECT_ADDRESS &&
	    !(sp->kind == DETECT_DATE && sp->start > start && sp->end <= end))
		return -1;
	if (sp->kind == DETECT_ADDRESS && *ctx < 0)
		*ctx = sp->ctx;
	return 1;
}

/* Span k, which meets [*start, *end), joins the address: the first such
 * (*first) becomes the address, the others empty. */
static void
address_take(struct detect_scratch *s, size_t k, size_t *start, size_t *end,
    size_t *first)
{
	struct detect_span *sp = &s->spans[k];

	if (sp->start < *start)
		*start = sp->start;
	if (sp->end > *end)
		*end = sp->end;
	if (*first == s->nspans)
		*first = k;
	else
		sp->start = sp->end;
}

/*
 * Add an address span that wins over the name spans it meets: the row's
 * first name in "12 Imp. Jean Jaurès", its last name in "rue Victor Hugo"
 * were taken first (scan_row_names runs before the addresses), and the
 * street cut short there would leave the rest of it raw.  A name span
 * inside [start, end) or overlapping it is absorbed (the address grows to
 * hold it whole); so is a piece of the row's address found word by word
 * ("158 bis" and "Jean Jaurès" of "158 bis Imp. Jean Jaurès": the span
 * keeps the row's value, ctx, so it is one pseudonym), and a date that
 * lies inside a street's name ("rue du 8 Mai 1945": street_end decides
 * where that may be).  Any other span there (a phone, an id: as
 * structured as the address, and found by a stronger detector) keeps its
 * bytes and the address is not added, as add_span does.  The absorbed
 * spans become empty (finish_spans drops them): their words all lie in
 * the address, whose index mark_words gives them.  1, 0 or -ENOMEM.
 */
int
add_address(struct detect_scratch *s, size_t start, size_t end)
{
	size_t first = s->nspans, meet[32];
	int absorb = 0, ctx = -1, nmeet;

	if (end <= start)
		return 0;
	if (!overlaps(s, start, end))
		return add_span(s, start, end, DETECT_ADDRESS, -1);
	nmeet = spans_meeting(s, start, end, meet, sizeof(meet) /
	    sizeof(meet[0]));
	for (size_t m = 0, k; nmeet < 0 ? m < s->nspans : m < (size_t)nmeet;
	    m++) {
		const struct detect_span *sp = &s->spans[k = nmeet < 0 ? m :
		    meet[m]];

		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		if (address_may_take(sp, start, end, &ctx) < 0)
			return 0;
		absorb = 1;
	}
	if (!absorb)
		return 0;	/* taken by bytes of no span: never so */
	/* (spans never overlap: the range grown by one meets no other) */
	for (size_t m = 0, k; nmeet < 0 ? m < s->nspans : m < (size_t)nmeet;
	    m++) {
		const struct detect_span *sp = &s->spans[k = nmeet < 0 ? m :
		    meet[m]];

		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		address_take(s, k, &start, &end, &first);
	}
	span_kind_change(s, s->spans[first].kind, DETECT_ADDRESS);
	memset(&s->spans[first], 0, sizeof(s->spans[first]));
	s->spans[first].start = start;
	s->spans[first].end = end;
	s->spans[first].kind = DETECT_ADDRESS;
	s->spans[first].ctx = ctx;
	take_bytes(s, start, end);
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
 * 69008", "... - 20250", "Tolbiac (75013)"), or a line break (an
 * address written on two lines: "12 rue des Lilas\r\n29200 Brest"). */
static int
postcode_gap(const char *t, size_t a, size_t b)
{
	size_t marks = 0, lines = 0;

	if (b - a > 4 || b == a)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == '-' || t[k] == '/' || t[k] == '(')
			marks++;
		else if (t[k] == '\n')
			lines++;
		else if (t[k] != ' ' && t[k] != '\r')
			return 0;
	}
	return marks <= 1 && lines <= 1;
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
	while (c > 0 && (i - c < 4 || (i - c < 6 && c < i &&
	    s->words[c].start == s->words[c - 1].end + 1 &&
	    t[s->words[c - 1].end] == '-')) && !word_taken(s, c - 1) &&
	    !(s->words[c - 1].flags & W_DIGIT) &&
	    !word_has(s, c - 1, D_CLINICAL | D_TITLE) &&
	    (c == i || joined(t, s, c - 1)) &&
	    (!word_has(s, c - 1, D_NOTNAME) || (c < i &&
	    s->words[c].start == s->words[c - 1].end + 1 &&
	    t[s->words[c - 1].end] == '-')))
		c--;
	/* "17 chemin Bœuf Mort, Le Tampon 97430": the city's
	 * article, capitalized, after the address (the walk stops at it, an
	 * ordinary word) */
	if (c < i && c > 0 && !paren && !after_address(t, s, c) &&
	    word_has(s, c - 1, D_PARTICLE) && (s->words[c - 1].flags & W_CAP) &&
	    joined(t, s, c - 1) && !word_taken(s, c - 1) &&
	    after_address(t, s, c - 1))
		return c - 1;
	if (c == i || !(paren || after_address(t, s, c)))
		return i;
	return c;
}

/* After the city at word j, its arrondissement ("PARIS 11e", "Lyon 7ème",
 * "LYON 7EME", "Marseille 13", "Paris 11e arrondissement"): its last
 * word, or j.  A plain number only after Paris, Lyon or Marseille and
 * before punctuation. */
static size_t
arrondissement_end(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j + 1, e;
	const struct detect_word *w;
	int n;

	if (k >= s->nwords || !joined(t, s, j) || !(s->words[k].flags & W_DIGIT) ||
	    s->words[k].end - s->words[k].start > 2)
		return j;
	w = &s->words[k];
	n = digits_value(t + w->start, w->end - w->start);
	/* Dublin's postal districts ("Dublin 4", "Dublin 24",
	 * "Dublin 6W"), a part of the address as Paris's arrondissements;
	 * before punctuation or the end ("à Dublin 4 ans" stays) */
	if (word_is(s, j, "dublin") && n >= 1 && n <= 24) {
		e = k;
		if (w->end < s->text_len && t[w->end] == 'W' && n == 6 &&
		    k + 1 < s->nwords && s->words[k + 1].start == w->end)
			e = k + 1;
		return (s->words[e].end >= s->text_len ||
		    !is_alnum_byte(t[s->words[e].end])) &&
		    (e + 1 >= s->nwords || !joined(t, s, e)) ? e : j;
	}
	if (n < 1 || n > 20)
		return j;
	if (k + 1 < s->nwords && s->words[k + 1].start == w->end &&
	    (word_is(s, k + 1, "e") || word_is(s, k + 1, "er") ||
	    word_is(s, k + 1, "eme") || word_is(s, k + 1, "ieme")))
		e = k + 1;
	else if ((word_is(s, j, "paris") || word_is(s, j, "lyon") ||
	    word_is(s, j, "marseille")) && (w->end >= s->text_len ||
	    !is_alnum_byte(t[w->end])) && (k + 1 >= s->nwords ||
	    !joined(t, s, k) || word_is(s, k + 1, "arrondissement")))
		e = k;
	else
		return j;
	if (e + 1 < s->nwords && joined(t, s, e) &&
	    (word_is(s, e + 1, "arrondissement") || word_is(s, e + 1, "arr")))
		e++;
	return e;
}

/* A city after a postcode: capitalized words, words joined by hyphens
 * ("Villeneuve-sur-Lot") or by an apostrophe inside a name ("Faa'a",
 * "Puna'auia": three letters or more before it, lower case after; not an
 * elision), "CEDEX" and its number.  The last word. */
/* Word k links the words of a city's name written with spaces for its
 * hyphens ("97200 Fort de France", "97110 POINTE A PITRE", "13100 Aix
 * en Provence"): a link word, then a word in the case of the name's
 * first (word f) that is no title, month, place, street or clinical
 * word ("75011 Paris en EHPAD", "29000 Quimper le Dr X" stop). */
static int
city_link(const char *t, const struct detect_scratch *s, size_t k, size_t f)
{
	static const char *const links[] = {
		"de", "du", "des", "d", "a", "en", "sur", "sous", "les", "le", "la",
		"l", "aux", "au", "lez", "les", NULL,
	};
	static uint64_t links_filter;	/* word_in_listf */
	const struct detect_word *n = &s->words[k + 1];

	if (k + 1 >= s->nwords || !word_in_listf(s, k, links) ||
	    !joined(t, s, k) || (n->flags & W_DIGIT))
		return 0;
	if ((s->words[f].flags & W_UPPER) ? !(n->flags & W_UPPER) :
	    !(n->flags & W_CAP) || (n->flags & W_UPPER))
		return 0;
	return !word_has(s, k + 1, D_TITLE | D_CLINICAL | D_MONTH | D_PLACE |
	    D_STREET | D_UNIT | D_RELATIVE | D_TERM | D_DATECUE);
}

static int	commune_pair(const char *t, const struct detect_scratch *s,
		    const char *code, size_t i);
static int	commune_follows(const char *t, const struct detect_scratch *s,
		    size_t i);

/* A city in lower case after a French postcode, its words written with
 * spaces ("13090 aix en provence", "97411 saint paul", "26000 bourg les
 * valence", "62200 boulogne sur mer": patients' messages; dev23):
 * city_end stops after its first word (city_link asks the name's
 * capitals).  From word j, the city's first word, in lower case: after
 * "saint", "sainte", "st", "ste" one name word; else one or two link
 * words then one name word; three such steps at most, each word one
 * space from the last.  A name word is in lower case, two letters or
 * more, no title, month, street, unit, clinical, relative, date cue or
 * sensitive word, and no word of the lexicon or of the small words
 * (D_NOTNAME) unless the postcode's commune table knows the words so far
 * ("97411 saint paul"): "69100 villeurbanne en urgence", "75011 paris
 * en voiture", "84000 avignon depuis lundi" end at the city's first
 * word.  The last word of the city. */
static int
city_lower_name_word(const char *t, const struct detect_scratch *s,
    size_t k)
{
	const struct detect_word *w = &s->words[k];

	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && w->nchars >= 2 &&
	    s->words[k - 1].end + 1 == w->start &&
	    (t[w->start - 1] == ' ' || t[w->start - 1] == '-') &&
	    !word_has(s, k, D_TITLE | D_CLINICAL | D_MONTH | D_STREET |
	    D_UNIT | D_RELATIVE | D_TERM | D_DATECUE | D_NOTNAME |
	    D_PARTICLE);
}

static size_t
city_lower_tail(const char *t, struct detect_scratch *s, size_t i, size_t j)
{
	static const char *const links[] = {
		"en", "sur", "sous", "les", "lez", "le", "la", "de", "du",
		"des", "aux", "au", NULL,
	};
	static uint64_t links_filter;	/* word_in_listf */
	static const char *const saints[] = {
		"saint", "sainte", "st", "ste", NULL,
	};
	static uint64_t saints_filter;	/* word_in_listf */

	for (int step = 0; step < 3 && j + 1 < s->nwords; step++) {
		size_t k = j + 1;
		int saint = 0;

		if (s->words[j].end + 1 != s->words[k].start ||
		    t[s->words[j].end] != ' ')
			break;
		if ((saint = word_in_listf(s, j, saints))) {
			if (!city_lower_name_word(t, s, k))
				break;
		} else {
			size_t links_read = 0;

			while (k < s->nwords && links_read < 2 &&
			    !(s->words[k].flags & (W_CAP | W_UPPER)) &&
			    word_in_listf(s, k, links) &&
			    s->words[k - 1].end + 1 == s->words[k].start &&
			    t[s->words[k - 1].end] == ' ') {
				links_read++;
				k++;
			}
			if (links_read == 0 || k >= s->nwords ||
			    !city_lower_name_word(t, s, k))
				break;
		}
		if (word_lexicon(t, s, k) && !(saint && commune_pair(t, s,
		    t + s->words[i].start, i)))
			break;
		j = k;
	}
	return j;
}

static size_t
city_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t j = i, k;

	/* "SAINT-JEAN-PIED-DE-PORT Cedex 9": nine words at most */
	for (k = i + 1; k < s->nwords && k <= i + 9; k++) {
		const struct detect_word *w = &s->words[k];
		int hyphen = w->start == s->words[k - 1].end + 1 &&
		    (t[w->start - 1] == '-' || (t[w->start - 1] == '\'' &&
		    k == j + 1 && s->words[k - 1].nchars >= 3 &&
		    !(w->flags & (W_CAP | W_UPPER | W_DIGIT))));

		if (w->flags & W_DIGIT) {
			if (!word_is(s, k - 1, "cedex") || !joined(t, s, k - 1))
				break;
		} else if (k == i + 1 ? !addr_gap(t, s, k - 1) ||
		    (memchr(t + s->words[i].end, '-', w->start -
		    s->words[i].end) != NULL && !word_is(s, k, "cedex")) :
		    !(joined(t, s, k - 1) || hyphen))
			break;	/* "56100 - Recherche": no city */
		else if (!hyphen && k > i + 1 && city_link(t, s, k, i + 1))
			continue;	/* "Fort de France", "POINTE A PITRE" */
		else if (word_has(s, k, D_NOTNAME) && !hyphen &&
		    !(word_has(s, k, D_PARTICLE) && (w->flags & W_CAP)))
			break;	/* "La Rochelle", "Le Gosier" go on */
		else if (!(w->flags & (W_CAP | W_UPPER)) && !hyphen &&
		    (k != i + 1 || memchr(t + s->words[i].end, ',', w->start -
		    s->words[i].end) != NULL) && !word_is(s, k, "cedex"))
			break;	/* the first word in any case: "22500 paimpol";
				 * not after a comma ("29200, ville : Brest") */
		j = k;
	}
	/* "13090 aix en provence", "97411 saint paul"; "85000 la roche sur
	 * yon", an article first when the commune table knows the name */
	if (j == i && i + 2 < s->nwords && is_postcode(t, &s->words[i]) &&
	    addr_gap(t, s, i) && !(s->words[i + 1].flags &
	    (W_CAP | W_UPPER)) && (word_is(s, i + 1, "la") ||
	    word_is(s, i + 1, "le") || word_is(s, i + 1, "les")) &&
	    city_lower_name_word(t, s, i + 2) && commune_follows(t, s, i))
		j = i + 2;
	if (j >= i + 1 && j <= i + 2 && is_postcode(t, &s->words[i]) &&
	    !(s->words[j].flags & (W_CAP | W_UPPER | W_DIGIT)))
		return city_lower_tail(t, (struct detect_scratch *)s, i, j);
	return arrondissement_end(t, s, j);
}

/* The last word of a postcode at word i: i for five digits, i + 1 for
 * one written "64 220" (a département, a space, three digits: only in an
 * address's context, as every postcode), or NO_WORD.  Its one caller's
 * (scan_postcodes) hot loop: inlined whatever the file's size. */
static inline __attribute__((always_inline)) size_t
postcode_end(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *n;
	int d;

	if (is_postcode(t, w))
		return i;
	if (!(w->flags & W_DIGIT) || w->end - w->start != 2 || i + 1 >= s->nwords)
		return NO_WORD;
	n = &s->words[i + 1];
	d = digits_value(t + w->start, 2);
	if (d < 1 || d > 95 || !(n->flags & W_DIGIT) || n->end - n->start != 3 ||
	    n->start != w->end + 1 || t[w->end] != ' ' || word_taken(s, i + 1) ||
	    (n->end < s->text_len && (is_alnum_byte(t[n->end]) ||
	    ((t[n->end] == ' ' || t[n->end] == ',' || t[n->end] == '.') &&
	    n->end + 1 < s->text_len && util_is_digit(t[n->end + 1])))))
		return NO_WORD;
	return i + 1;
}

/* Postcode word i follows an address a little way off: after "à" ("2
 * place du 11 Novembre à 86000 Poitiers"), or one or two words that are
 * no number ("22 rue Gambetta, RDC, 59100 Roubaix"), in the same
 * clause; a city must follow it then (city_end, `pe` the postcode's last
 * word). */
static int
near_address(const char *t, const struct detect_scratch *s, size_t i,
    size_t pe)
{
	const struct detect_span *sp;

	if (i > 0 && word_is(s, i - 1, "a") && s->words[i].start -
	    s->words[i - 1].end <= 2 && (sp = address_before(t, s, i - 1)) != NULL &&
	    postcode_gap(t, sp->end, s->words[i - 1].start))
		return 1;
	if (city_end(t, s, pe) == pe)
		return 0;
	for (size_t k = i, n = 0; k > 0 && n < 2; k--, n++) {
		size_t a = s->words[k - 1].end, b = s->words[k].start;

		for (; a < b; a++)
			if (t[a] != ' ' && t[a] != ',')
				return 0;
		if (k - 1 == 0 || (s->words[k - 1].flags & W_DIGIT) ||
		    word_taken(s, k - 1))
			return 0;
		if ((sp = address_before(t, s, k - 1)) != NULL)
			return postcode_gap(t, sp->end, s->words[k - 1].start);
	}
	return 0;
}

/* Words that say where someone lives, before a place or a postcode that
 * nothing else marks ("Adresse : Kerlann 29000 Quimper", "vit à
 * Kerlann, 29000 Quimper"). */
static const char *const address_cues[] = {
	"adresse", "domicile", "domicilie", "domiciliee", "habite", "vit",
	"demeurant", "reside", "residant", "a", NULL,
};
static uint64_t address_cues_filter;	/* word_in_listf */

/* Before a postcode, words that send something or someone to a place
 * ("Courrier au 29000 Quimper", "transfert vers 37000 Tours"): then an
 * ordinary word after it is its city, as after an address cue. */
static const char *const postcode_cues[] = {
	"au", "courrier", "envoi", "envoye", "envoyee", "envoyer", "transfert",
	"vers", "adresser", "adresse", "mutation", NULL,
};
static uint64_t postcode_cues_filter;	/* word_in_listf */

/* Word c ends an address cue: a cue word ("Adresse", "domicile"; not
 * "à" alone), or a colon after it and, up to three words before in the
 * clause, a cue or "courrier", "envoi" ("Adresse mise à jour :",
 * "Nouvelle adresse postale :", "Envoi à :"). */
static int
cue_ends_at(const char *t, const struct detect_scratch *s, size_t c)
{
	size_t a;

	if (word_in_listf(s, c, address_cues) && !word_is(s, c, "a"))
		return 1;
	if (c + 1 >= s->nwords || memchr(t + s->words[c].end, ':',
	    s->words[c + 1].start - s->words[c].end) == NULL)
		return 0;
	for (size_t k = c; k > 0 && c - k < 3; k--) {
		for (a = s->words[k - 1].end; a < s->words[k].start; a++)
			if (t[a] != ' ' && t[a] != '\'')
				return 0;
		if ((word_in_listf(s, k - 1, address_cues) &&
		    !word_is(s, k - 1, "a")) || word_is(s, k - 1, "courrier") ||
		    word_is(s, k - 1, "envoi"))
			return 1;
	}
	return 0;
}

/* An address cue in the three words before word i, in its clause
 * ("Adresse : Kerlann 29000 Quimper", "vit à 75011 Paris"): then the
 * city after a postcode may be an ordinary word too. */
static int
cue_before(const char *t, const struct detect_scratch *s, size_t i)
{
	for (size_t k = i; k > 0 && i - k < 3; k--) {
		if (word_in_listf(s, k - 1, address_cues) ||
		    word_in_listf(s, k - 1, postcode_cues))
			return 1;
		for (size_t b = s->words[k - 1].end; b < s->words[k].start; b++)
			if (t[b] == '.' || t[b] == ';' || t[b] == ',')
				return 0;
	}
	return 0;
}

/* Postcode word i is followed by the name of one of its communes (La
 * Poste's pairs, src/postcodes.c): "29000 Quimper", "37000 TOURS",
 * "89100 Sens", "17000 La Rochelle", "35400 St-Malo", "84100 orange";
 * not "25000 Transfusion" (25000 is Besançon's), "GB 12000 Mais".  The
 * key is the postcode and the folded words of the name up to its first
 * that is no article or saint, as gen/places.sh cut them. */
static int	commune_pair(const char *t, const struct detect_scratch *s,
		    const char *code, size_t i);

static int
commune_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	return commune_pair(t, s, t + s->words[i].start, i);
}

/* The same for the five digits `code` and the words after word i (a
 * postcode dictated in words ends at word i). */
static int	commune_pair_loose(const char *t,
		    const struct detect_scratch *s, const char *code, size_t i,
		    int loose);

static int
commune_pair(const char *t, const struct detect_scratch *s, const char *code,
    size_t i)
{
	return commune_pair_loose(t, s, code, i, 0);
}

/* commune_pair; loose: the caller read what stands between word i and
 * the commune's first word (a cell's separator: recall25). */
static int
commune_pair_loose(const char *t, const struct detect_scratch *s,
    const char *code, size_t i, int loose)
{
	char key[POSTCODES_KEY_MAX];
	size_t n = 5;

	memcpy(key, code, 5);
	for (size_t k = i + 1; k < s->nwords && k <= i + 4; k++) {
		const struct detect_word *w = &s->words[k];
		const char *f = wf(s, w), *add = f;
		size_t len = w->fold_len, gap = loose && k == i + 1 ? 1 :
		    w->start - s->words[k - 1].end;
		int lead;

		/* "29000 Quimper", "Saint-Malo", "L'Île-Rousse" (i may be
		 * (size_t)-1 when loose: the commune opens the text) */
		if (loose && k == i + 1)
			;
		else if (gap != 1 || (t[w->start - 1] != ' ' && (k == i + 1 ||
		    (t[w->start - 1] != '-' && t[w->start - 1] != '\''))) ||
		    (w->flags & W_DIGIT) || len == 0)
			return 0;
		if ((w->flags & W_DIGIT) || len == 0)
			return 0;
		if (word_is(s, k, "st") || word_is(s, k, "ste")) {
			add = len == 2 ? "saint" : "sainte";
			len = len == 2 ? 5 : 6;
		}
		if (n + 1 + len > sizeof(key))
			return 0;
		key[n++] = ' ';
		for (size_t x = 0; x < len; x++) {
			if ((unsigned char)add[x] >= 0x80)
				return 0;	/* "œ": the list spells it out */
			key[n++] = add[x];
		}
		lead = word_is(s, k, "le") || word_is(s, k, "la") ||
		    word_is(s, k, "les") || word_is(s, k, "l") ||
		    word_is(s, k, "saint") || word_is(s, k, "sainte") ||
		    word_is(s, k, "st") || word_is(s, k, "ste");
		if (!lead)
			return postcodes_has(key, n);
	}
	return 0;
}

/* A postcode and its city alone ("20090 AJACCIO", "97300 Cayenne",
 * "29410 Pleyber-Christ"): the city's first word capitalized or in
 * capitals, a proper name (no ordinary word: "GB 12000 Mais", "25000
 * Transfusion" stay) or the first of a hyphenated name, right after the
 * postcode, which follows no number or clinical word; or, in any case,
 * one of the postcode's communes (commune_follows: "37000 Tours"). */
static int
postcode_with_city(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *c;

	if (i + 1 >= s->nwords || !is_postcode(t, &s->words[i]) ||
	    !joined(t, s, i) || s->words[i + 1].start != s->words[i].end + 1)
		return 0;
	c = &s->words[i + 1];
	if (!word_taken(s, i + 1) && commune_follows(t, s, i))
		return 1;
	if (!(c->flags & (W_CAP | W_UPPER)) || (c->flags & W_DIGIT) ||
	    word_taken(s, i + 1) || c->nchars < 2 ||
	    word_has(s, i + 1, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_UNIT | D_TERM | D_RELATIVE | D_STREET))
		return 0;
	if (i > 0 && joined(t, s, i - 1) && ((s->words[i - 1].flags & W_DIGIT) ||
	    word_has(s, i - 1, D_CLINICAL)))
		return 0;
	if (!(c->end < s->text_len && t[c->end] == '-' && c->end + 1 <
	    s->text_len && is_alnum_byte(t[c->end + 1])) &&
	    word_lexicon(t, s, i + 1) && !cue_before(t, s, i))
		return 0;
	return 1;
}

static int	name_taken(const struct detect_scratch *s, size_t k);

/* A postcode written in two groups, its département and three digits
 * ("13 008 Marseille", "75 012 PARIS", "69 003 Lyon"; postcode_end read
 * words i and i + 1), alone, before one of its own communes (La Poste's
 * pairs, commune_pair) capitalized or in capitals: the pair is the cue,
 * as for a postcode in words ("douze mille Rodez"); the commune read
 * first as a name ("vit 75 012 Paris": a first name) is absorbed
 * (scan_postcodes adds it with add_address).  A count before a
 * town ("13 008 habitants", "75 012 Paris-Match") is no pair; nor a
 * number glued to a number or a clinical word before it. */
static int
spaced_postcode_commune(const char *t, struct detect_scratch *s, size_t i)
{
	char code[5];

	if (i + 2 >= s->nwords || (word_taken(s, i + 2) &&
	    !name_taken(s, i + 2)) ||
	    !(s->words[i + 2].flags & (W_CAP | W_UPPER)) ||
	    s->words[i + 2].start != s->words[i + 1].end + 1)
		return 0;
	/* "vit" is the verb as well as the vitamin's abbreviation
	 * (D_CLINICAL); a vitamin is named by its letter ("vit D", "vit
	 * B12"), never by a bare number before a commune of its pair:
	 * "vit 13 008 Marseille" is where someone lives (recall21) */
	if (i > 0 && joined(t, s, i - 1) && ((s->words[i - 1].flags & W_DIGIT) ||
	    (word_has(s, i - 1, D_CLINICAL) && !(word_is(s, i - 1, "vit") &&
	    !(s->words[i - 1].flags & W_UPPER)))))
		return 0;
	memcpy(code, t + s->words[i].start, 2);
	memcpy(code + 2, t + s->words[i + 1].start, 3);
	return commune_pair(t, s, code, i + 1);
}

/* Word i starts a clause: the text's start, or after a comma, a colon,
 * a semicolon or an opening parenthesis. */
static int
clause_start(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].start;

	while (a > 0 && t[a - 1] == ' ')
		a--;
	return a == 0 || t[a - 1] == ',' || t[a - 1] == ':' || t[a - 1] == ';' ||
	    t[a - 1] == '(';
}

/* Words x .. i - 1, capitalized, before ", POSTCODE City": a lieu-dit
 * when what precedes x is "depuis", "chez", "de", "du", "au" or a comma,
 * and no word of them is a name of the lists (a person before a
 * postcode: "Dr Martin, 29200 Brest" is a name's). */
/* hospitals by their kind, before "de" and their town. */
static const char *const hospital_heads[] = {
	"hopital", "chu", "chr", "chru", "ch", "chi", "chm", "cht", "ghu",
	"clinique", "polyclinique", "hospitalier", "hospitaliere", NULL,
};
static uint64_t hospital_heads_filter;	/* word_in_listf */

static int
lieu_dit_lead(const char *t, const struct detect_scratch *s, size_t x,
    size_t i)
{
	size_t a;

	for (size_t k = x; k < i; k++)
		if (word_has(s, k, D_FIRST | D_LAST))
			return 0;
	if (x == 0)
		return 0;
	for (a = s->words[x - 1].end; a < s->words[x].start && t[a] == ' '; a++)
		;
	if (a < s->words[x].start)
		return t[a] == ',' && s->words[x].start - a <= 2;
	/* "CHU de Strasbourg, 67000 Strasbourg": the town of a
	 * hospital names where it cares, not where someone lives; so does
	 * the département or the word of a body's or a shop's name
	 * ("CPAM du Finistère, 29282 Brest Cedex", "Pharmacie du Port, 97400
	 * Saint-Denis": prec40a; the hand sets label the postcode and the
	 * city, not the body's name), a body by its acronym in capitals
	 * that names no home (not "EHPAD", "CHRS": D_PLACE) */
	if (x >= 2 && (word_is(s, x - 1, "de") || word_is(s, x - 1, "du")) &&
	    (word_in_listf(s, x - 2, hospital_heads) ||
	    word_has(s, x - 2, D_INSTHEAD | D_PHARMACY) ||
	    ((s->words[x - 2].flags & W_UPPER) &&
	    s->words[x - 2].nchars >= 3 && s->words[x - 2].nchars <= 6 &&
	    !word_has(s, x - 2, D_PLACE | D_STREET | D_TITLE))))
		return 0;
	return word_is(s, x - 1, "depuis") || word_is(s, x - 1, "chez") ||
	    word_is(s, x - 1, "de") || word_is(s, x - 1, "du") ||
	    word_is(s, x - 1, "au");
}

/* Word k is one capital glued by an apostrophe to the word after it:
 * the first letter of a Mahoran village ("M'tsapéré", "M'Tsangamouji"),
 * not the title "M.". */
static int
elided_capital(const char *t, const struct detect_scratch *s, size_t k)
{
	return s->words[k].nchars == 1 && (s->words[k].flags & (W_CAP |
	    W_UPPER)) && k + 1 < s->nwords && s->words[k].end < s->text_len &&
	    t[s->words[k].end] == '\'' &&
	    s->words[k + 1].start == s->words[k].end + 1;
}

/* Before a postcode and city found alone (word i): a house number after
 * an address cue, then two to five words of a street whatever its
 * type's spelling ("Adresse 12 impase des Lilas 69006 Lyon", "domicile :
 * 3 boulevar Foch, 69006 Lyon", "vit au 5 chemain des Vignes 84000
 * Avignon"): the number's word, or NO_WORD. */
static size_t
numbered_lead(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t x, d;

	for (x = i; x > 0 && i - x < 5; x--) {
		const struct detect_word *w = &s->words[x - 1];

		if ((w->flags & W_DIGIT) || word_taken(s, x - 1) ||
		    (x < i && !joined(t, s, x - 1)) || word_has(s, x - 1,
		    D_TITLE | D_CLINICAL | D_RELATIVE | D_MONTH | D_TERM |
		    D_UNIT | D_FIRST))
			break;
	}
	if (i - x < 2 || x < 2 || !joined(t, s, x - 1))
		return NO_WORD;
	d = x - 1;
	if (!(s->words[d].flags & W_DIGIT) || word_taken(s, d) ||
	    s->words[d].end - s->words[d].start > 4 ||
	    !(word_in_listf(s, d - 1, address_cues) || cue_ends_at(t, s, d - 1) ||
	    word_is(s, d - 1, "au")) || s->words[d].start -
	    s->words[d - 1].end > 3)
		return NO_WORD;
	return d;
}

/* Before a postcode and city found alone (word i), the place or street
 * they end: a street type and its name ("Route de Lyon, 38000
 * Grenoble"), or up to three capitalized words after an address cue
 * ("Adresse : Le Bourg 29410 Pleyber-Christ", "vit à Kerlann, 29000
 * Quimper").  Added as an address; 0, 1 or -ENOMEM. */
static int proper_word(const char *t, struct detect_scratch *s, size_t k);

/* Verbs of coming from a home before "de la ...": there a lieu-dit's
 * name may be an ordinary word ("vient de la Hulotte, 22100 Dinan",
 * "arrive de la Croix-Rousse, 69004 Lyon"). */
static const char *const coming_words[] = {
	"vient", "venant", "venue", "venu", "arrive", "arrivee", "arrivant",
	"revient", "provient", "provenant", NULL,
};
static uint64_t coming_words_filter;	/* word_in_listf */

/* Word k is a lieu-dit's article in lower case ("la Hulotte", "le
 * Bourg", "les Granges", "l'Étang"). */
static int
lieu_article(const struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & (W_CAP | W_UPPER)) &&
	    s->words[k].fold_len <= 3 && (word_is(s, k, "la") ||
	    word_is(s, k, "le") || word_is(s, k, "les") || word_is(s, k, "l"));
}

static int
address_lead(const char *t, struct detect_scratch *s, size_t i)
{
	size_t x, a, b = s->words[i].start, marks = 0;

	if (i == 0 || word_taken(s, i - 1))
		return 0;
	for (a = s->words[i - 1].end; a < b; a++) {
		if (t[a] == ',' || t[a] == '-')
			marks++;
		else if (t[a] != ' ')
			return 0;
	}
	if (marks > 1 || b - s->words[i - 1].end > 3)
		return 0;
	/* "Route de Lyon, 38000 Grenoble", "..., route de Saint-Pée, 64310
	 * Ascain": the street runs up to it, from a capital or a clause's
	 * start */
	for (x = i - 1; x > 0 && i - x < 6 && !word_taken(s, x - 1) &&
	    joined(t, s, x - 1) && !(s->words[x - 1].flags & W_DIGIT); x--)
		if (word_has(s, x - 1, D_STREET) && !word_has(s, x - 1, D_PLACE) &&
		    ((s->words[x - 1].flags & (W_CAP | W_UPPER)) ||
		    clause_start(t, s, x - 1)) &&
		    street_end(t, s, x - 1) == i && street_named(t, s, x - 1, i))
			return add_address(s, s->words[x - 1].start,
			    s->words[i - 1].end);
	if ((x = numbered_lead(t, s, i)) != NO_WORD)
		return add_address(s, s->words[x].start, s->words[i - 1].end);
	/* "Adresse : Le Bourg", "vit à Kerlann" */
	for (x = i; x > 0 && i - x < 4; x--) {
		const struct detect_word *w = &s->words[x - 1];

		/* "Toul ar Groas": a short word in lower case inside; the
		 * "'h" of "Kerloc'h" */
		if ((w->flags & W_DIGIT) || (!(w->flags & (W_CAP | W_UPPER)) &&
		    (x == i || w->nchars > 3) && !(w->nchars == 1 && x - 1 > 0 &&
		    w->start == s->words[x - 2].end + 1 &&
		    t[w->start - 1] == '\'') && !(x - 1 > 0 &&
		    elided_capital(t, s, x - 2))) ||
		    word_taken(s, x - 1) || (x < i && !joined(t, s, x - 1)) ||
		    (word_has(s, x - 1, D_TITLE | D_CLINICAL | D_RELATIVE |
		    D_MONTH | D_TERM) && !elided_capital(t, s, x - 1)) ||
		    (word_has(s, x - 1, D_NOTNAME) &&
		    !word_has(s, x - 1, D_PARTICLE)))
			break;
		if (x - 1 == 0 || (x == i && word_has(s, x - 1, D_PARTICLE)) ||
		    !(w->flags & (W_CAP | W_UPPER)))
			continue;
		/* "depuis Coat Méal, 22160 Callac", "chez sa soeur, La
		 * Grande Métairie, 16370 ...", "rue X, Ravine des Cabris,
		 * 97432": a lieu-dit after a word of origin or a comma, no
		 * name of the lists in it */
		if (marks == 1 && lieu_dit_lead(t, s, x - 1, i))
			return add_address(s, w->start, s->words[i - 1].end);
		/* "vient de la Hulotte, 22100 Dinan": the
		 * lieu-dit's article in lower case after the word of origin */
		if (marks == 1 && x >= 4 && lieu_article(s, x - 2) &&
		    joined(t, s, x - 2) && (proper_word(t, s, x - 1) ||
		    (word_in_listf(s, x - 4, coming_words) &&
		    !word_has(s, x - 1, D_CLINICAL | D_TERM | D_INSTHEAD) &&
		    !word_in_listf(s, x - 1, hospital_heads))) &&
		    lieu_dit_lead(t, s, x - 2, i))
			return add_address(s, s->words[x - 2].start,
			    s->words[i - 1].end);
		if (!word_in_listf(s, x - 2, address_cues) &&
		    !cue_ends_at(t, s, x - 2))
			continue;
		for (a = s->words[x - 2].end; a < w->start; a++)
			if (t[a] != ' ' && t[a] != ':')
				break;
		if (a == w->start && w->start - s->words[x - 2].end <= 3)
			return add_address(s, w->start, s->words[i - 1].end);
	}
	return 0;
}

/* "QUIMPER (29)", "Ajaccio (2A)", "Bastia (2B)", "Saint-Pierre (974)"
 * after an address: the city and its département in parentheses, at the
 * number word i.  0, 1 or -ENOMEM. */
static int
city_department(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t e = w->end, c, n = w->end - w->start;
	int d;

	if (i == 0 || w->start < 2 || t[w->start - 1] != '(' ||
	    t[w->start - 2] != ' ' || s->words[i - 1].end != w->start - 2)
		return 0;
	d = digits_value(t + w->start, n);
	if (n == 1 && d == 2 && i + 1 < s->nwords &&
	    s->words[i + 1].start == e && (word_is(s, i + 1, "a") ||
	    word_is(s, i + 1, "b")))
		e = s->words[i + 1].end;	/* 2A, 2B */
	else if (!((n == 2 && d >= 1 && d <= 95) ||
	    (n == 3 && d >= 971 && d <= 976)))
		return 0;
	if (e >= s->text_len || t[e] != ')')
		return 0;
	for (c = i; c > 0 && i - c < 6 && !word_taken(s, c - 1) &&
	    !(s->words[c - 1].flags & W_DIGIT) &&
	    (s->words[c - 1].flags & (W_CAP | W_UPPER)) &&
	    !word_has(s, c - 1, D_CLINICAL | D_TITLE) &&
	    (c == i || s->words[c].start == s->words[c - 1].end + 1); c--)
		;
	if (c == i || !after_address(t, s, c))
		return 0;
	return add_span(s, s->words[c].start, e + 1, DETECT_ADDRESS, -1);
}

/* "4e ét. gauche", "2ème ét.": a floor abbreviated, from its number at
 * word i (the digit loop of scan_postcodes reads every number already;
 * "ét." is no unit word: "et" is also "and").  0, 1 or -ENOMEM. */
static int	floor_is_home(const char *t, const struct detect_scratch *s,
		    size_t d, int *cue);

/* *cue: floor_is_home's, kept by the caller for the whole comment. */
static int
floor_abbrev(const char *t, struct detect_scratch *s, size_t i, int *cue)
{
	size_t f = i + 2;

	if (f >= s->nwords || !(word_is(s, i + 1, "e") || word_is(s, i + 1,
	    "eme") || word_is(s, i + 1, "er") || word_is(s, i + 1, "ieme")) ||
	    !joined(t, s, i) || !joined(t, s, i + 1) || word_taken(s, f))
		return 0;
	/* "3 square Vauban, 2e gauche": a floor and a side, right after an
	 * address */
	if ((word_is(s, f, "gauche") || word_is(s, f, "droite")) && i > 0 &&
	    address_before(t, s, i) != NULL && addr_gap(t, s, i - 1) &&
	    memchr(t + s->words[i - 1].end, ',', s->words[i].start -
	    s->words[i - 1].end) != NULL)
		return add_span(s, s->words[i].start, s->words[f].end,
		    DETECT_ADDRESS, -1);
	/* "étage" written whole is scan_units' (which asked already) */
	if (!is_floor(t, s, f) || word_is(s, f, "etage") ||
	    !floor_is_home(t, s, i, cue))
		return 0;
	return add_span(s, s->words[i].start, side_end(t, s, f + 1,
	    s->words[f].end + ((s->words[f].flags & W_DOT) ? 1 : 0)),
	    DETECT_ADDRESS, -1);
}

/* The number at word i (one to five digits) is a post box's: "B.P.
 * 123", "B.P.123", "BP n° 12", "B.P. n° 7", "CS n° 60012" (La Poste's
 * boîte postale and courrier spécial; "BP 123", "CS 12345" alone are
 * scan_units'), "TSA 70011" (tri service arrivée, five digits, in
 * capitals: TSA is also the autism spectrum).  The first byte of its
 * label, or (size_t)-1.  Read in the digit loop of scan_postcodes, before
 * the postcode that usually follows ("B.P. 123, 97300 Cayenne"). */
static int
postbox_letter(char c)
{
	return c == 'p' || c == 'b' || c == 'c' || c == 't' || c == 'n';
}

static size_t
postbox_start(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *b;
	size_t k = i - 1, a;

	if (i == 0 || w->end - w->start > 5 || (w->end < s->text_len &&
	    (is_alnum_byte(t[w->end]) || ((t[w->end] == '/' ||
	    t[w->end] == ',' || t[w->end] == '.') && w->end + 1 < s->text_len &&
	    util_is_digit(t[w->end + 1])))))
		return (size_t)-1;	/* "BP 120/80" */
	if (k > 0 && numero_at(t, s, k) == i)
		k--;
	else {
		for (a = s->words[k].end; a < w->start && (t[a] == ' ' ||
		    (t[a] == '.' && a == s->words[k].end)); a++)
			;
		if (a != w->start || w->start - s->words[k].end > 3)
			return (size_t)-1;
	}
	if (word_is(s, k, "tsa"))
		return (s->words[k].flags & W_UPPER) && w->end - w->start == 5 &&
		    k + 1 == i ? s->words[k].start : (size_t)-1;
	if ((word_is(s, k, "bp") || (word_is(s, k, "cs") &&
	    (s->words[k].flags & W_UPPER))) && k + 1 < i)
		return s->words[k].start;
	/* "B.P.": two capitals, each with its dot (the second's may go) */
	if (k == 0 || !word_is(s, k, "p") || !word_is(s, k - 1, "b"))
		return (size_t)-1;
	b = &s->words[k - 1];
	if (!(b->flags & W_CAP) || !(s->words[k].flags & W_CAP) ||
	    !(b->flags & W_DOT) || s->words[k].start != b->end + 1)
		return (size_t)-1;
	return b->start;
}

/* A foreign postcode of four digits after a street and a comma, then its
 * city ("chemin des Crêts-de-Champel 14, 1206 Genève (Suisse)", "Rue de
 * la Station 8, 7700 Mouscron": Switzerland, Belgium, Luxembourg,
 * Austria, Denmark...): the city a capitalized word that is no ordinary
 * one.  1 when added, 0, or -ENOMEM. */
static int
foreign_postcode(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp = address_before(t, s, i);
	size_t e;

	if (sp == NULL || sp->kind != DETECT_ADDRESS ||
	    !postcode_gap(t, sp->end, s->words[i].start) ||
	    memchr(t + sp->end, ',', s->words[i].start - sp->end) == NULL ||
	    i + 1 >= s->nwords || !joined(t, s, i) ||
	    s->words[i + 1].start != s->words[i].end + 1 ||
	    !(s->words[i + 1].flags & (W_CAP | W_UPPER)) ||
	    (s->words[i + 1].flags & W_DIGIT) || word_taken(s, i + 1) ||
	    word_has(s, i + 1, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_UNIT | D_TERM | D_RELATIVE | D_STREET | D_DATECUE))
		return 0;
	/* the country or canton after it stays: "(Suisse)", "(VD)" name
	 * more people than a département */
	e = city_end(t, s, i);
	return add_span(s, s->words[i].start, s->words[e].end, DETECT_ADDRESS,
	    -1);
}

/* A foreign postcode of four digits and its city with no street before
 * them ("vit à 1003 Lausanne", "domicile : 7700 Mouscron", "1200 Genève
 * (Suisse)"): word i, four digits, one space, a capitalized word that
 * is a place of the keep lists or no word of any dictionary (the city),
 * and a cue of where one lives before (a word of residence_words or
 * "adresse", "à" or a colon between) or the country after the city.
 * "Doliprane 1000 Lasilix", "en 2019 Lausanne a gagné" (no cue), "vit à
 * 1000 Pieds" (an ordinary word) stay; a city that is a name of the lists
 * too goes ("vit à 2500 Biel").  1 when added, 0, or -ENOMEM. */
static __attribute__((noinline)) int
bare_foreign_postcode(const char *t, struct detect_scratch *s, size_t i)
{
	static const char *const countries[] = {
		"suisse", "belgique", "luxembourg", "autriche", "danemark",
		"norvege", "hongrie", "switzerland", "belgium", NULL,
	};
	static uint64_t countries_filter;	/* word_in_filtered_list */
	const struct detect_word *c;
	size_t e, k = i;
	int cue = 0;

	if (i + 1 >= s->nwords || s->words[i + 1].start != s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ' || t[s->words[i].start] == '0')
		return 0;
	c = &s->words[i + 1];
	if (!(c->flags & W_CAP) || (c->flags & W_DIGIT) || word_taken(s, i + 1) ||
	    (c->dflags & (D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH | D_UNIT |
	    D_TERM | D_RELATIVE | D_STREET | D_DATECUE)) ||
	    medical_has(c->fhash))
		return 0;
	/* a place of the keep lists or no word of the lists; a city that
	 * is also a first or last name of the lists ("2500 Biel", "1700
	 * Fribourg" is a place) goes too, after the same cues: the name
	 * rules would take it and leave its postcode */
	if (!dict_keep_has(c->fhash) && ((c->dflags & ~(uint64_t)(D_FIRST |
	    D_LAST | D_COMMONLAST | D_WEAK | D_FEMALE)) != 0 || word_lexicon(t, s, i + 1)))
		return 0;
	/* the cue before: "vit à", "domicile :", "adresse" */
	if (k > 0 && (word_is(s, k - 1, "a") || word_is(s, k - 1, "au")) &&
	    s->words[k].start - s->words[k - 1].end <= 2)
		k--;
	if (k > 0 && s->words[k].start - s->words[k - 1].end <= 3 &&
	    (word_has(s, k - 1, D_RESIDE) || word_is(s, k - 1, "adresse")))
		cue = 1;
	e = city_end(t, s, i);
	if (!cue && e + 1 < s->nwords && s->words[e + 1].start -
	    s->words[e].end <= 3 && word_in_filtered_list(s, &s->words[e + 1], countries))
		cue = 1;
	if (!cue)
		return 0;
	return add_span(s, s->words[i].start, s->words[e].end, DETECT_ADDRESS,
	    -1);
}

/* Portugal's postcode and its city with no street before them
 * ("Adresse : 8135-024 Almancil", "Lote 7, 8135-024 Almancil",
 * "Telemóvel ..., 4700-320 Braga"): word i, four digits, a hyphen, three
 * digits, one space, a capitalized word that is a place of the keep lists
 * or no word of any dictionary (a name of the lists too: "1250-142
 * Lisboa" and "4050-262 Porto" are both); the shape is the cue (four,
 * hyphen, three, then a city: no range nor dose is written so; foreign_address
 * takes it first when a house number and a comma stand before).
 * "1250-142 Lymphocytes", "2019-202 Total" (ordinary words) stay.  1
 * when added, 0, or -ENOMEM. */
static __attribute__((noinline)) int
bare_portuguese_postcode(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *x, *c;
	size_t e;

	if (i + 2 >= s->nwords || t[s->words[i].end] != '-' ||
	    t[s->words[i].start] == '0')
		return 0;
	x = &s->words[i + 1];
	c = &s->words[i + 2];
	if (x->start != s->words[i].end + 1 || !(x->flags & W_DIGIT) ||
	    x->end - x->start != 3 || c->start != x->end + 1 ||
	    t[x->end] != ' ')
		return 0;
	if (!(c->flags & (W_CAP | W_UPPER)) || (c->flags & W_DIGIT) ||
	    word_taken(s, i + 2) || (c->dflags & (D_NOTNAME | D_CLINICAL |
	    D_TITLE | D_MONTH | D_UNIT | D_TERM | D_RELATIVE | D_STREET |
	    D_DATECUE)) || medical_has(c->fhash))
		return 0;
	if (!dict_keep_has(c->fhash) && ((c->dflags & ~(uint64_t)(D_FIRST |
	    D_LAST | D_COMMONLAST | D_WEAK | D_FEMALE)) != 0 || word_lexicon(t, s, i + 2)))
		return 0;
	e = city_end(t, s, i + 1);
	return add_span(s, s->words[i].start, s->words[e].end, DETECT_ADDRESS,
	    -1);
}

/* a postcode abroad written with its country's letters, as
 * letters to and from Europe write it ("CH-4051 Basel", "B-1000
 * Bruxelles", "L-8009 Strassen", "D-79102 Freiburg", "A-1010 Wien"):
 * the country's code of one or two capitals (its car plate's), '-', four
 * or five digits, a space and a capitalized word that is no ordinary one
 * (the city, with the rest of its name).  The code alone says a postcode,
 * so no address need stand before it; "B-2 mimétiques", "D-1000 UI" stay
 * (no four digits, no city). */
static const char *const country_plates4[] = {
	"a", "b", "ch", "l", "nl", "dk", "n", "fl", "h", "slo", "bg", NULL,
};
static const char *const country_plates5[] = {
	"d", "e", "f", "i", "mc", "hr", "s", "fin", NULL,
};

/* the house number after a named place, "n°" before it ("lot.
 * Les Hauts de Bellevue, n° 14, 33700 Mérignac", "lotissement Les
 * Manguiers n° 14, Koungou"): number word i of one to three digits, the
 * word "n" (with its degree sign), "no" or "numéro" before it, and an
 * address span with no number of its own ending right before that (a
 * comma at most between).  1 when added, 0, or -ENOMEM. */
static int
numero_after_place(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp;
	size_t c = i - 1, a, b;

	if (i < 2 || !(word_is(s, c, "n") || word_is(s, c, "no") ||
	    word_is(s, c, "numero")) || s->words[i].start - s->words[c].end > 3 ||
	    (s->words[i].end < s->text_len &&
	    is_alnum_byte(t[s->words[i].end])) ||
	    (sp = span_of(s, c - 1)) == NULL || sp->kind != DETECT_ADDRESS ||
	    sp->end != s->words[c - 1].end || util_is_digit(t[sp->start]))
		return 0;	/* "12 rue de la Paix, n° 2": it has its number */
	for (a = sp->end, b = s->words[c].start; a < b; a++)
		if (t[a] != ' ' && !(t[a] == ',' && a == sp->end))
			return 0;
	return add_address(s, s->words[c].start, s->words[i].end);
}

/* North American postcodes.  The states' and the provinces'
 * codes of the US and Canadian posts, before a ZIP code ("New York, NY
 * 10118", "Washington, DC 20500") or a Canadian postcode ("Montréal QC
 * H2J 2L4", "Ottawa, ON K1A 0B9").  Not Pennsylvania's "PA", a blood
 * pressure's in French notes. */
static const char *const us_states[] = {
	"al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi",
	"id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn",
	"ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
	"ok", "or", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa",
	"wv", "wi", "wy", "pr", NULL,
};
static uint64_t us_states_filter;	/* word_in_listf */
static const char *const ca_provinces[] = {
	"qc", "on", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe", "yt", "nt",
	"nu", "quebec", "ontario", "canada", NULL,
};
static uint64_t ca_provinces_filter;	/* word_in_listf */

/* The city before word k (a state's or a province's code): one to three
 * capitalized words that are no ordinary ones, a comma or a space before
 * k ("New York, NY"); its first word, or k. */
static size_t
na_city_before(const char *t, struct detect_scratch *s, size_t k)
{
	size_t c = k, gap;

	if (k == 0)
		return k;
	gap = s->words[k].start - s->words[k - 1].end;
	if (gap > 2 || (gap == 2 && t[s->words[k - 1].end] != ',') ||
	    t[s->words[k].start - 1] != ' ')
		return k;
	while (c > 0 && k - c < 3 && (s->words[c - 1].flags & W_CAP) &&
	    !(s->words[c - 1].flags & W_DIGIT) && !word_has(s, c - 1,
	    D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM |
	    D_RELATIVE | D_STREET | D_DATECUE | D_RESIDE) &&
	    (c == k || s->words[c].start == s->words[c - 1].end + 1))
		c--;
	return c;
}

/* "New York, NY 10118", "Boston MA 02115-1234": five digits at word i
 * after a state's code in capitals, a capitalized city before it.  1
 * when added, 0, or -ENOMEM. */
static int
us_zip(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t st = i - 1, c, end = w->end;

	if (i < 2 || s->words[st].end + 1 != w->start || t[w->end - 6] != ' ' ||
	    s->words[st].end - s->words[st].start != 2 ||
	    !(s->words[st].flags & W_UPPER) ||
	    (s->words[st - 1].flags & (W_CAP | W_DIGIT)) != W_CAP ||
	    !word_in_listf(s, st, us_states) ||
	    (c = na_city_before(t, s, st)) == st)
		return 0;
	if (end + 5 <= s->text_len && t[end] == '-' && i + 1 < s->nwords &&
	    s->words[i + 1].start == end + 1 && s->words[i + 1].end -
	    s->words[i + 1].start == 4)
		end += 5;
	/* "Glasgow, PA 13000 mmHg": a pressure */
	if ((end < s->text_len && is_alnum_byte(t[end])) || (i + 1 <
	    s->nwords && joined(t, s, i) && is_measure_unit(wf(s,
	    &s->words[i + 1]), s->words[i + 1].fold_len)))
		return 0;
	return add_address(s, s->words[c].start, end);
}

/* A Canadian postcode's letters: not D, F, I, O, Q, U; nor W, Z first. */
static int
ca_letter(char c, int first)
{
	return c >= 'A' && c <= 'Z' &&
	    !util_in_set(first ? "DFIOQUWZ" : "DFIOQU", c);
}

/* "Montréal QC H2J 2L4", "Ottawa, ON K1A 0B9", "H2X 1Y4 (Canada)": the
 * digit of word i is the second byte of a Canadian postcode, a
 * province's code or name before it (or "Canada" after it).  1 when
 * added, 0, or -ENOMEM. */
static int
ca_postcode(const char *t, struct detect_scratch *s, size_t i)
{
	size_t b = s->words[i].start, e = b + 6, p, c;

	if (b < 1 || e > s->text_len || !ca_letter(t[b - 1], 1) ||
	    !ca_letter(t[b + 1], 0) || t[b + 2] != ' ' ||
	    !util_is_digit(t[b + 3]) || !ca_letter(t[b + 4], 0) ||
	    !util_is_digit(t[b + 5]) || (e < s->text_len &&
	    is_alnum_byte(t[e])) || (b >= 2 && is_alnum_byte(t[b - 2])) ||
	    i < 1)
		return 0;
	p = i - 1;	/* the first letter's word */
	if (p > 0 && s->words[p - 1].end + 1 == s->words[p].start &&
	    word_in_listf(s, p - 1, ca_provinces)) {
		c = na_city_before(t, s, p - 1);
		return add_address(s, s->words[c].start, e);
	}
	/* "H2X 1Y4, Canada", "(Québec) H2J 2L4" */
	for (c = i; c < s->nwords && s->words[c].start < e; c++)
		;
	if ((p > 0 && word_in_listf(s, p - 1, ca_provinces) &&
	    s->words[p].start - s->words[p - 1].end <= 3) ||
	    (c < s->nwords && word_in_listf(s, c, ca_provinces) &&
	    s->words[c].start - e <= 3))
		return add_address(s, s->words[p].start, e);
	return 0;
}

static int
country_postcode(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *c, *w = &s->words[i];
	size_t n = w->end - w->start, e;

	/* "CH-4051" may have been taken as a room ("ch" is also
	 * "chambre"), "D-79102" as a building's: add_address absorbs them */
	if ((n != 4 && n != 5) || i == 0 || i + 1 >= s->nwords ||
	    w->start < 2 || t[w->start - 1] != '-' || (word_taken(s, i) &&
	    (s->wspan[i] < 0 || s->spans[s->wspan[i]].kind != DETECT_ADDRESS)))
		return 0;
	c = &s->words[i - 1];
	if (c->end + 1 != w->start || !(c->flags & (W_UPPER | W_CAP)) ||
	    t[c->end - 1] < 'A' || t[c->end - 1] > 'Z' ||
	    (c->flags & W_DIGIT) || c->end - c->start > 3 ||
	    c->end - c->start != c->nchars || (c->start > 0 &&
	    is_alnum_byte(t[c->start - 1])) || !word_in_list(s, i - 1,
	    n == 4 ? country_plates4 : country_plates5) ||
	    s->words[i + 1].start != w->end + 1 || !proper_word(t, s, i + 1) ||
	    t[w->end] != ' ' || !(s->words[i + 1].flags & (W_CAP | W_UPPER)) ||
	    (s->words[i + 1].flags & W_DIGIT) || word_has(s, i + 1, D_NOTNAME |
	    D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM | D_RELATIVE |
	    D_STREET | D_DATECUE))
		return 0;
	e = city_end(t, s, i);
	return add_address(s, c->start, s->words[e].end);
}

/* ---- addresses abroad ----
 * European streets written the way of their country, then a comma, a
 * postcode and a city: "ul. Długa 14/3, 80-831 Gdańsk" (Poland),
 * "Vlaanderenstraat 42, 9000 Gent" (Belgium), "Hauptstraße 5, 1010 Wien",
 * "Keizersgracht 12, 1015 CS Amsterdam", "Rua das Flores 8, 4050-262
 * Porto", "via Roma 3, 2000 ...".  Found from the postcode, so a comment
 * with no such number pays nothing. */

/* Types of street written before the name, abroad (with their dot:
 * "ul.", "al.", "os." of Poland; "via", "calle", "rua", ...). */
const char *const foreign_street_types[] = {
	"via", "viale", "piazza", "piazzale", "corso", "vicolo", "strada",
	"calle", "avenida", "plaza", "paseo", "carrer", "rua", "travessa",
	"largo", "praca", "ulica", "aleja", "osiedle", "rruga", "strasse",
	/* Romanian (a road, a boulevard, a highway, an alley) and Russian
	 * transliterated ("Calea Victoriei 12", "ulitsa Lenina 5") */
	"calea", "bulevardul", "soseaua", "aleea", "ulitsa",
	NULL,
};
static uint64_t foreign_street_types_filter;	/* word_in_listf */
static const char *const foreign_street_abbrevs[] = {
	"ul", "al", "os", "pl", "c",
	/* Romanian "Str." (strada), "Șos." (șoseaua), "Bd."/"Bdul."
	 * (bulevardul), German "Str." (Straße) before the name ("Str.
	 * Lalelelor 12, 400190 Cluj-Napoca") */
	"str", "sos", "bdul", NULL,
};
static uint64_t foreign_street_abbrevs_filter;	/* word_in_listf */
/* Endings of a street's name written as one word (Dutch, German,
 * Scandinavian): "Vlaanderenstraat", "Hauptstraße", "Lindenweg". */
#define ENDING(x)	{ x, sizeof(x) - 1 }
/* Grouped by their last byte (foreign_ending_range): the later
 * endings (a suburb's street, a square, a moat, Norway's and Denmark's
 * streets and squares, Luxembourg's street: "Steinenvorstadt 33",
 * "Marktplatz 4", "Storgata 12", "Rådhuspladsen", "Stortorget",
 * "Hauptstrooss 5") made the loop over all of them cost more than a
 * switch on the last byte and the few of that byte. */
static const struct { const char *s; size_t n; } foreign_street_endings[] = {
	ENDING("gata"),
	ENDING("strasse"), ENDING("stra\xc3\x9f" "e"), ENDING("gasse"),
	ENDING("kade"), ENDING("gade"), ENDING("allee"),
	ENDING("weg"), ENDING("steeg"), ENDING("ring"),
	ENDING("vej"),
	ENDING("damm"),
	ENDING("laan"), ENDING("plein"), ENDING("gatan"), ENDING("vagen"),
	ENDING("veien"), ENDING("graben"), ENDING("pladsen"),
	ENDING("ufer"),
	ENDING("plads"), ENDING("strooss"),
	ENDING("straat"), ENDING("gracht"), ENDING("vorstadt"),
	ENDING("torget"),
	ENDING("platz"),
};
#undef ENDING

/* Word k is a street's name as one word with a foreign ending (its
 * length known, its last byte compared first: the streets abroad ask it of
 * every capitalized word before a number). */
static int
foreign_street_word(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	const char *f = wf(s, w);

	size_t from, to;

	if (!(w->flags & W_CAP) || (w->flags & W_DIGIT) || w->fold_len < 6)
		return 0;
	/* the endings of the word's last byte: foreign_street_endings */
	switch (f[w->fold_len - 1]) {
	case 'a': from = 0; to = 1; break;
	case 'e': from = 1; to = 7; break;
	case 'g': from = 7; to = 10; break;
	case 'j': from = 10; to = 11; break;
	case 'm': from = 11; to = 12; break;
	case 'n': from = 12; to = 19; break;
	case 'r': from = 19; to = 20; break;
	case 's': from = 20; to = 22; break;
	case 't': from = 22; to = 26; break;
	case 'z': from = 26; to = 27; break;
	default: return 0;
	}
	for (size_t x = from; x < to; x++) {
		size_t n = foreign_street_endings[x].n;
		const char *e = foreign_street_endings[x].s;

		if (w->fold_len >= n + 3 && memcmp(f + w->fold_len - n, e,
		    n) == 0)
			return 1;
	}
	return 0;
}

/* Titles abroad that name a street after a person, with their dot:
 * "Dr.", "Gral.", "Eng.", "Prof.", "Sto.", "Sta.", "Pe.". */
static const char *const foreign_street_titles[] = {
	"dr", "dra", "prof", "gral", "gen", "eng", "sto", "sta", "pe", "cap",
	"cmdt", "dott", NULL,
};
static uint64_t foreign_street_titles_filter;	/* word_in_listf */

/* Word k is such a title, capitalized, with its dot and one space after
 * it: "Rua Dr. António Granjo 45". */
static int
street_title_abbrev(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = s->words[k].end;

	return (s->words[k].flags & W_CAP) && (s->words[k].flags & W_DOT) &&
	    k + 1 < s->nwords && s->words[k + 1].start == e + 2 &&
	    t[e] == '.' && t[e + 1] == ' ' &&
	    word_in_listf(s, k, foreign_street_titles);
}

/* The street before the house number at word h: its first word, or
 * NO_WORD.  A name with a foreign ending right before the number, or a
 * type of street abroad and one to three capitalized words. */
static size_t
foreign_street(const char *t, const struct detect_scratch *s, size_t h)
{
	if (h == 0 || !joined(t, s, h - 1) || word_taken(s, h - 1))
		return NO_WORD;
	if (foreign_street_word(s, h - 1))
		return h - 1;
	for (size_t k = h - 1, titled = 0; k > 0 && h - k <= 3 + titled;
	    k--) {
		const struct detect_word *w = &s->words[k];

		if (!(w->flags & (W_CAP | W_UPPER)) && !word_has(s, k,
		    D_PARTICLE))
			return NO_WORD;
		if ((word_in_listf(s, k - 1, foreign_street_types) &&
		    joined(t, s, k - 1)) || (word_in_listf(s, k - 1,
		    foreign_street_abbrevs) && (s->words[k - 1].flags & W_DOT) &&
		    s->words[k].start == s->words[k - 1].end + 2))
			return k - 1;
		/* a street named after a doctor, a saint, a general
		 * ("Rua Dr. António Granjo 45", "Calle Gral. Ricardos 3",
		 * "Avenida Eng. Duarte Pacheco 26"): one title with its dot
		 * between the type and the name, after a name's word */
		if (!titled && k >= 2 &&
		    street_title_abbrev(t, s, k - 1)) {
			titled = 1;
			continue;
		}
		if (!joined(t, s, k - 1))
			return NO_WORD;
	}
	return NO_WORD;
}

/* The postcode abroad from word i: four digits, four and three
 * ("4050-262", Portugal), two and three ("80-831", Poland), four digits
 * and two capitals ("1015 CS", the Netherlands), three and two ("753 20",
 * Sweden), five or six digits ("400190", Romania); its last word, or
 * NO_WORD. */
static size_t
foreign_code_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t n = s->words[i].end - s->words[i].start, b = s->words[i].end;
	const struct detect_word *x;

	if (i + 1 >= s->nwords || n < 2 || n > 6)
		return NO_WORD;
	/* "00184 Roma" (foreign_address asked it); six digits, Romania's,
	 * Russia's, Belarus's, Kazakhstan's, China's and India's ("400190
	 * Cluj-Napoca", "101000 Moskva"): after a street and a comma
	 * (foreign_address), as the others */
	if (n >= 5)
		return i;
	x = &s->words[i + 1];
	/* "753 20 Uppsala", Sweden's (and Czechia's, Slovakia's,
	 * Greece's) three digits, a space, two digits */
	if (n == 3)
		return (x->flags & W_DIGIT) && x->end - x->start == 2 &&
		    x->start == b + 1 && t[b] == ' ' ? i + 1 : NO_WORD;
	if ((x->flags & W_DIGIT) && x->end - x->start == 3 && x->start == b + 1 &&
	    t[b] == '-')
		return i + 1;
	if (n == 2)
		return NO_WORD;
	if (x->end - x->start == 2 && x->start == b + 1 && t[b] == ' ' &&
	    (x->flags & W_UPPER) && !(x->flags & W_DIGIT) && i + 2 < s->nwords &&
	    (s->words[i + 2].flags & W_CAP))
		return i + 1;
	return i;
}

/* After six digits at word i, a city's name: a capitalized word, or
 * one in capitals of four letters or more, that no '/' follows (not a
 * count and its unit: "100000 UFC/ml", "150000 G/L"). */
static int
six_digit_city(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *c;

	if (i + 1 >= s->nwords)
		return 0;
	c = &s->words[i + 1];
	return ((c->flags & W_CAP) || ((c->flags & W_UPPER) &&
	    c->nchars >= 4)) && !(c->flags & W_DIGIT) &&
	    (c->end >= s->text_len || t[c->end] != '/');
}

/* From postcode word i: the street abroad before it (its house number,
 * "14/3" or "4 2" as OCR splits it, a comma) and the postcode with its
 * city after it.  1 when added, 0, or -ENOMEM. */
static int
foreign_address(const char *t, struct detect_scratch *s, size_t i)
{
	size_t pe, h, h0, st, e, b;
	int r, city_named;

	if (i < 3 || (pe = foreign_code_end(t, s, i)) == NO_WORD ||
	    pe + 1 >= s->nwords || !joined(t, s, pe))
		return 0;
	/* a city a name rule took ("Cluj-Napoca"): the address's, after a
	 * street found (below) */
	city_named = word_taken(s, pe + 1) &&
	    is_name_span(span_of(s, pe + 1));
	if (!(s->words[pe + 1].flags & (W_CAP | W_UPPER)) ||
	    (s->words[pe + 1].flags & W_DIGIT) ||
	    (word_taken(s, pe + 1) && !city_named) ||
	    word_has(s, pe + 1, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_UNIT | D_TERM | D_RELATIVE | D_DATECUE))
		return 0;
	h = i - 1;
	b = s->words[h].end;
	/* the street found before (scan_foreign_streets): its postcode */
	if (word_taken(s, h) && s->wspan[h] >= 0 &&
	    s->spans[s->wspan[h]].kind == DETECT_ADDRESS &&
	    s->spans[s->wspan[h]].end == b && s->words[i].start - b <= 3 &&
	    memchr(t + b, ',', s->words[i].start - b) != NULL) {
		e = city_named ? pe + 1 : city_end(t, s, pe);
		r = add_address(s, s->words[i].start, s->words[e].end);
		return r < 0 ? r : 1;
	}
	if (city_named || !(s->words[h].flags & W_DIGIT) || word_taken(s, h) ||
	    s->words[h].end - s->words[h].start > 4 ||
	    memchr(t + b, ',', s->words[i].start - b) == NULL ||
	    s->words[i].start - b > 3)
		return 0;
	/* "14/3" (a flat), "4 2" (OCR's space in 42) */
	h0 = h;
	if (h0 > 0 && (s->words[h0 - 1].flags & W_DIGIT) &&
	    s->words[h0 - 1].end - s->words[h0 - 1].start <= 4 &&
	    s->words[h0].start - s->words[h0 - 1].end == 1 &&
	    (t[s->words[h0 - 1].end] == '/' || t[s->words[h0 - 1].end] == ' '))
		h0--;
	if ((st = foreign_street(t, s, h0)) == NO_WORD)
		return 0;
	e = city_end(t, s, pe);
	if ((r = add_span(s, s->words[st].start, b, DETECT_ADDRESS, -1)) < 0)
		return r;
	r = add_span(s, s->words[i].start, s->words[e].end, DETECT_ADDRESS, -1);
	return r < 0 ? r : 1;
}

/* ---- streets abroad without their postcode ----
 * "Address in Sweden : Storgatan 14", "Adresse : Calle Mayor 12, 28013
 * Madrid", "12 Main Street", "45 Oak Avenue, Dublin 4": the street of
 * foreign_street with its number, after a cue or before a comma and a
 * postcode or a city; or a number, one to three capitalized words and an
 * English street type. */

/* English street types after the name, capitalized ("Main Street"); not
 * "St" nor "Dr" (a saint's, a doctor's). */
static const char *const english_street_types[] = {
	"street", "road", "avenue", "lane", "drive", "way", "close", "court",
	"crescent", "terrace", "boulevard", "place", "square", "gardens",
	"grove", "row", "parkway", "highway", "mews", "walk", NULL,
};
static uint64_t english_street_types_filter;	/* word_in_listf */
/* Cues of an address written abroad or for abroad, with address_cues. */
static const char *const abroad_address_cues[] = {
	"address", "anschrift", "adres", "direccion", "domicilio",
	"indirizzo", "endereco", "residence", "morada", "wohnhaft", "lives",
	"living", NULL,
};
static uint64_t abroad_address_cues_filter;	/* word_in_listf */

/* a street abroad written in lower case before its number
 * ("via roma 12", "calle mayor 5", "rua da prata 10"): one or two words
 * of letters in lower case, three letters or more, no word of the tables
 * but a particle or the names' (a first name's D_FEMALE too, as
 * lower_abroad_city's city: "rua augusta 12", "via giulia 3" were left
 * whole while "via paolo 12" went), and a first name's D_AMBIG (recall24:
 * "rua maria 12", "via pierre 12", "rua rosa 3": a first name that is also
 * a word or a surname kept them raw), after a type of street abroad
 * (foreign_street_types) and before number h.  The type's word, or
 * NO_WORD. */
static const char *const foreign_particles[] = {
	"da", "das", "de", "del", "della", "di", "do", "dos", "la", "el", NULL,
};
static uint64_t foreign_particles_filter;	/* word_in_listf */

static size_t
lower_foreign_street(const char *t, const struct detect_scratch *s,
    size_t h)
{
	int named = 0;

	for (size_t k = h - 1, n = 0; k > 0 && n < 3; k--, n++) {
		const struct detect_word *w = &s->words[k];
		int particle = word_in_listf(s, k, foreign_particles);

		if (!joined(t, s, k) || (w->flags & (W_CAP | W_UPPER |
		    W_DIGIT)) || w->end - w->start != w->nchars ||
		    (w->nchars < 3 && !particle) || (!particle &&
		    (w->dflags & ~(uint64_t)(D_PARTICLE | D_FIRST | D_LAST |
		    D_COMMONLAST | D_FEMALE | ((w->dflags & D_FIRST) ?
		    D_AMBIG : 0)))))
			return NO_WORD;
		if (!joined(t, s, k - 1))
			return NO_WORD;
		named |= !particle;
		if (named && word_has(s, k - 1, D_FSTREET) &&
		    !(s->words[k - 1].flags & W_UPPER))
			return k - 1;
	}
	return NO_WORD;
}

/* after a street abroad in lower case (number h), ", ", a
 * postcode of four or five digits (a second group after '-': "1100-052")
 * and a word in lower case, no word of the tables but the names': the
 * city ("via roma 12, 00184 roma").  1 if added, 0, -ENOMEM. */
static int
lower_abroad_city(const char *t, struct detect_scratch *s, size_t h)
{
	size_t k = h + 1, n, c;

	if (k + 1 >= s->nwords || s->words[k].start != s->words[h].end + 2 ||
	    t[s->words[h].end] != ',' || !(s->words[k].flags & W_DIGIT) ||
	    (n = s->words[k].end - s->words[k].start) < 4 || n > 5)
		return 0;
	if ((s->words[k + 1].flags & W_DIGIT) && t[s->words[k].end] == '-' &&
	    s->words[k + 1].start == s->words[k].end + 1)
		k++;
	c = k + 1;
	if (c >= s->nwords || !joined(t, s, k) ||
	    (s->words[c].flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    s->words[c].nchars < 3 || (s->words[c].dflags &
	    ~(uint64_t)(D_FIRST | D_LAST | D_COMMONLAST | D_FEMALE)) ||
	    word_taken(s, c))
		return 0;
	return add_address(s, s->words[h + 1].start, s->words[c].end);
}

/* An address cue in the clause before word k, six words back at most. */
static int
abroad_cue_before(const char *t, const struct detect_scratch *s, size_t k)
{
	for (size_t c = k; c > 0 && k - c < 6; c--) {
		for (size_t b = s->words[c - 1].end; b < s->words[c].start; b++)
			if (t[b] == '.' || t[b] == ';' || t[b] == '(')
				return 0;
		if ((word_in_listf(s, c - 1, address_cues) &&
		    !word_is(s, c - 1, "a")) ||
		    word_in_listf(s, c - 1, abroad_address_cues))
			return 1;
	}
	return 0;
}

/* After house number h: a comma, then a postcode or a capitalized word
 * that is no ordinary one (the city). */
static int
abroad_city_after(const char *t, const struct detect_scratch *s, size_t h)
{
	size_t b = s->words[h].end;

	if (h + 1 >= s->nwords || s->words[h + 1].start - b > 3 ||
	    memchr(t + b, ',', s->words[h + 1].start - b) == NULL)
		return 0;
	if (s->words[h + 1].flags & W_DIGIT)
		return s->words[h + 1].end - s->words[h + 1].start >= 3;
	return (s->words[h + 1].flags & W_CAP) && !word_has(s, h + 1,
	    D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM |
	    D_RELATIVE | D_DATECUE);
}

/* "12 Main Street": from number h, its last word (the type), or NO_WORD. */
static size_t
english_street(const char *t, const struct detect_scratch *s, size_t h)
{
	for (size_t k = h + 1; k < s->nwords && k - h <= 4; k++) {
		const struct detect_word *w = &s->words[k];

		if (w->start != s->words[k - 1].end + 1 || t[w->start - 1] != ' ' ||
		    !(w->flags & W_CAP) || (w->flags & W_DIGIT))
			return NO_WORD;
		if (k > h + 1 && word_in_listf(s, k, english_street_types))
			return k;
	}
	return NO_WORD;
}

/* "NW1 6XE", "EH3 9DN", "SW1A 1AA" at byte b: a British postcode, its
 * length, or 0. */
static size_t
uk_postcode_len(const char *t, size_t len, size_t b)
{
	size_t k = b, n;

	for (n = 0; k < len && t[k] >= 'A' && t[k] <= 'Z' && n < 2; k++, n++)
		;
	if (n == 0 || k >= len || !util_is_digit(t[k++]))
		return 0;
	if (k < len && (util_is_digit(t[k]) || (t[k] >= 'A' && t[k] <= 'Z')))
		k++;
	if (k + 4 > len || t[k] != ' ' || !util_is_digit(t[k + 1]) ||
	    t[k + 2] < 'A' || t[k + 2] > 'Z' || t[k + 3] < 'A' || t[k + 3] > 'Z' ||
	    (k + 4 < len && is_alnum_byte(t[k + 4])))
		return 0;
	return k + 4 - b;
}

/* an Irish Eircode at b ("D02 X285", "A65 F4E2", "D6W Y006"):
 * a routing key (a capital, a digit, a digit or W), a space, four of the
 * digits and capitals Eircodes use (no B G I J L M O Q S U Z), a digit
 * and a capital among them, nothing glued after.  Its length, or 0. */
static size_t
eircode_len(const char *t, size_t len, size_t b)
{
	static const char ok[] = "0123456789ACDEFHKNPRTVWXY";
	int digit = 0, letter = 0;

	if (b + 8 > len || t[b] < 'A' || t[b] > 'Z' || !util_is_digit(t[b + 1]) ||
	    !(util_is_digit(t[b + 2]) || t[b + 2] == 'W') || t[b + 3] != ' ' ||
	    (b + 8 < len && is_alnum_byte(t[b + 8])))
		return 0;
	for (size_t k = b + 4; k < b + 8; k++) {
		if (!util_in_set(ok, t[k]))
			return 0;
		digit |= util_is_digit(t[k]);
		letter |= !util_is_digit(t[k]);
	}
	return digit && letter ? 8 : 0;
}

/* A British postcode or an Eircode at b: its length, or 0. */
static size_t
isles_postcode_len(const char *t, size_t len, size_t b)
{
	size_t n = uk_postcode_len(t, len, b);

	return n != 0 ? n : eircode_len(t, len, b);
}

/* The city after a street abroad and a comma ("12 Main Street,
 * Springfield", "221 Baker Street, London NW1 6XE"): one to three
 * capitalized words that are no ordinary ones, and a British postcode
 * after them.  1 when added, 0, or -ENOMEM. */
static int
abroad_city(const char *t, struct detect_scratch *s, size_t e)
{
	size_t k = e + 1, end, n;

	if (!abroad_city_after(t, s, e) || (s->words[k].flags & W_DIGIT) ||
	    word_taken(s, k))
		return 0;
	/* "10 Downing Street, SW1A 2AA London": the British
	 * postcode first, then the city */
	if ((n = isles_postcode_len(t, s->text_len, s->words[k].start)) !=
	    0) {
		end = s->words[k].start + n;
		for (k++; k < s->nwords && s->words[k].start < end; k++)
			;
		if (k < s->nwords && s->words[k].start == end + 1 &&
		    t[end] == ' ' && (s->words[k].flags & W_CAP) &&
		    !(s->words[k].flags & W_DIGIT) && !word_has(s, k,
		    D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM))
			end = s->words[arrondissement_end(t, s, k)].end;
		return add_address(s, s->words[e + 1].start, end);
	}
	while (k + 1 < s->nwords && k - e < 3 && joined(t, s, k) &&
	    (s->words[k + 1].flags & W_CAP) && !(s->words[k + 1].flags &
	    W_UPPER) && !word_taken(s, k + 1) && !word_has(s, k + 1,
	    D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM))
		k++;
	k = arrondissement_end(t, s, k);	/* "Dublin 4" */
	end = s->words[k].end;
	if (end + 1 < s->text_len && t[end] == ' ' &&
	    (n = isles_postcode_len(t, s->text_len, end + 1)) != 0)
		end += 1 + n;
	return add_address(s, s->words[e + 1].start, end);
}

/* After house number h: "14/3" (a flat), "4 2 ," (OCR's space in 42,
 * then a comma): the last word of the number. */
static size_t
abroad_number_end(const char *t, const struct detect_scratch *s, size_t h)
{
	const struct detect_word *n;
	size_t b = s->words[h].end;

	if (h + 1 >= s->nwords)
		return h;
	n = &s->words[h + 1];
	if (!(n->flags & W_DIGIT) || n->end - n->start > 4 || n->start != b + 1 ||
	    (t[b] != '/' && t[b] != ' ') || (n->end < s->text_len &&
	    is_alnum_byte(t[n->end])))
		return h;
	if (t[b] == ' ' && (h + 2 >= s->nwords || s->words[h + 2].start -
	    n->end > 3 || memchr(t + n->end, ',', s->words[h + 2].start -
	    n->end) == NULL))
		return h;
	return h + 1;
}

/* The doors of a Spanish or Portuguese flat after its floor: left,
 * right, front, centre ("3º izq.", "2.º Esq.", "1º Dto", "4ª Dcha"). */
static const char *const iberian_doors[] = {
	"izq", "izqda", "izda", "dcha", "dcho", "der", "esq", "dto", "dta",
	"drt", "dt", "fte", "ctro", "centro", NULL,
};
static uint64_t iberian_doors_filter;	/* word_in_listf */

/* After house number h, the floor of a flat abroad written with the
 * ordinal sign, and its door: ", 3º B,", ", 2.º Esq.,", ", 1ª,"
 * (Spain's and Portugal's way: floor, door, then the postcode).  One or
 * two digits, a dot or not, "º", "ª" or "°", then a capital alone or a
 * door's word (iberian_doors) or nothing, then a comma: the mark's last
 * word, or h.  The mark is part of the street's span: it tells the flat. */
static size_t
iberian_floor_end(const char *t, const struct detect_scratch *s, size_t h)
{
	size_t b = s->words[h].end, c, k = h + 1, last, e;

	if (k >= s->nwords || b + 2 >= s->text_len || t[b] != ',' ||
	    t[b + 1] != ' ' || s->words[k].start != b + 2 ||
	    !util_is_digit(t[b + 2]))
		return h;
	c = b + 2;
	while (c < s->text_len && c - b - 2 < 3 && util_is_digit(t[c]))
		c++;
	if (c - b - 2 > 2)
		return h;
	if (c < s->text_len && t[c] == '.')
		c++;
	if (c + 1 >= s->text_len || (unsigned char)t[c] != 0xc2 ||
	    ((unsigned char)t[c + 1] != 0xba && (unsigned char)t[c + 1] !=
	    0xaa && (unsigned char)t[c + 1] != 0xb0))
		return h;
	c += 2;
	last = word_at(s, c) - 1;
	if (last < k || s->words[last].end > c)
		return h;
	e = c;
	if (last + 1 < s->nwords && s->words[last + 1].start == c + 1 &&
	    t[c] == ' ' && (((s->words[last + 1].flags & (W_CAP | W_UPPER)) &&
	    s->words[last + 1].nchars == 1) || word_in_listf(s, last + 1,
	    iberian_doors))) {
		last++;
		e = s->words[last].end;
		if (e < s->text_len && t[e] == '.')
			e++;
	}
	return e < s->text_len && t[e] == ',' ? last : h;
}

/* Of words from to from + 15 (1 <= from < s->nwords), bit k set when
 * word from + k is a number with a capital beside it: word before
 * capitalized or in capitals, or word after capitalized.  Read from
 * the words' class bytes (detect_int.h WCB_*; the bytes past the last
 * word are 0, so no bit past it): scan_foreign_streets visits only
 * those when a street all in lower case cannot be (speed28a). */
static unsigned
digit_capital_mask(const struct detect_scratch *s, size_t from)
{
	const uint8_t *cb = s->wcls + from;
#if defined(__SSE2__)
	const __m128i z = _mm_setzero_si128();
	__m128i here = _mm_loadu_si128((const __m128i *)(const void *)cb);
	__m128i before = _mm_loadu_si128((const __m128i *)(const void *)
	    (cb - 1));
	__m128i after = _mm_loadu_si128((const __m128i *)(const void *)
	    (cb + 1));
	unsigned none = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_and_si128(here, _mm_set1_epi8(W_DIGIT)), z)) |
	    ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(before,
	    _mm_set1_epi8(W_CAP | W_UPPER)), z)) &
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(after,
	    _mm_set1_epi8(W_CAP)), z)));

	return ~none & 0xffff;
#else
	unsigned m = 0;

	/* (cb[-1] is word from - 1's byte: from >= 1) */
	for (int k = 0; k < 16; k++)
		if ((cb[k] & W_DIGIT) && ((cb[k - 1] & (W_CAP | W_UPPER)) ||
		    (cb[k + 1] & W_CAP)))
			m |= 1u << k;
	return m;
#endif
}

static int
scan_foreign_streets(const char *t, struct detect_scratch *s)
{
	int r;
	/* without a street type abroad in lower case ("via"), a number
	 * with no capital beside it is not asked: the walk visits the
	 * class bytes' list, not every number (speed28a) */
	int any = comment_has(s, 0, D_FSTREET);
	size_t x = 0, block = 1, base = 1;
	unsigned m = 0;

	for (;;) {
		size_t h, st, e, n;
		uint32_t nf;
		int lower;

		if (any) {
			if (x >= s->ndwords)
				break;
			h = s->dwords[x++];
		} else {
			for (; m == 0 && block < s->nwords; block += 16)
				m = digit_capital_mask(s, base = block);
			if (m == 0)
				break;
			h = base + (size_t)__builtin_ctz(m);
			m &= m - 1;
		}

		n = s->words[h].end - s->words[h].start;
		/* a capitalized word on one side at least: most numbers
		 * have none.  The tests or-ed into one branch (h - (h > 0),
		 * st - (st > 0): in bounds, and their answers or-ed away
		 * when h or st is 0): each was a branch on the text the
		 * CPU mispredicted (7,500 on 4,000 comments by callgrind's
		 * model, docs/performance.md). */
		nf = h + 1 < s->nwords ? s->words[h + 1].flags : 0;
		st = s->words[h].start;
		if ((n > 4) | (h == 0) | (word_taken(s, h) != 0) |
		    ((st > 0) & (t[st - (st > 0)] != ' ')))
			continue;
		lower = !((s->words[h - 1].flags | nf) & (W_CAP | W_UPPER));
		/* "vit via paolo 12, Roma": the street in lower case, its
		 * city capitalized after it (recall24; the capital after
		 * the number sent it to the capitalized streets' rules) */
		if (!lower && (nf & W_CAP) && !(s->words[h - 1].flags &
		    (W_CAP | W_UPPER | W_DIGIT)) && comment_has(s, 0,
		    D_FSTREET) && h >= 2 && lower_foreign_street(t, s, h) !=
		    NO_WORD)
			lower = 1;
		if (lower) {
			/* "via roma 12, 00184 roma", in a comment
			 * with such a type of street only */
			if (!comment_has(s, 0, D_FSTREET) || h < 2 ||
			    (st = lower_foreign_street(t, s, h)) == NO_WORD)
				continue;
		} else {
			if ((nf & W_CAP) &&
			    (e = english_street(t, s, h)) != NO_WORD) {
				if ((r = add_address(s, s->words[h].start,
				    s->words[e].end)) < 0 || (r > 0 &&
				    (r = abroad_city(t, s, e)) < 0))
					return r;
				continue;
			}
			if (!(s->words[h - 1].flags & (W_CAP | W_UPPER)) ||
			    (st = foreign_street(t, s, h)) == NO_WORD)
				continue;
		}
		h = abroad_number_end(t, s, h);
		if ((s->words[h].end < s->text_len &&
		    is_alnum_byte(t[s->words[h].end])) ||
		    (h + 1 < s->nwords && joined(t, s, h) &&
		    is_measure_unit(wf(s, &s->words[h + 1]),
		    s->words[h + 1].fold_len)))
			continue;
		h = iberian_floor_end(t, s, h);
		if (!(abroad_cue_before(t, s, st) || abroad_city_after(t, s, h)))
			continue;
		if ((r = add_address(s, s->words[st].start,
		    s->words[h].end)) < 0 || (r > 0 && (r = lower ?
		    lower_abroad_city(t, s, h) : abroad_city(t, s, h)) < 0))
			return r;
	}
	return 0;
}

/* "PK" at word p after a verb or noun of residence, "au" between or not,
 * a colon after the noun or not ("habite PK 18,2 côté montagne, servitude
 * Tehei", "réside au PK 4", "domicile : PK 12"): a home whatever follows
 * it.  After anything else (an accident's "renversé au PK 12") the
 * postcode decides. */
static int
pk_resident(const char *t, const struct detect_scratch *s, size_t p)
{
	size_t c = p;

	if (c > 0 && word_is(s, c - 1, "au") && joined(t, s, c - 1))
		c--;
	if (c == 0)
		return 0;
	if (s->words[c].start - s->words[c - 1].end > 3)
		return 0;
	for (size_t b = s->words[c - 1].end; b < s->words[c].start; b++)
		if (t[b] != ' ' && t[b] != ':')
			return 0;
	return word_has(s, c - 1, D_RESIDE) || word_is(s, c - 1, "adresse");
}

/* French Polynesia's addresses by their kilometre point on the
 * island's road ("PK 12,5 côté mer, 98711 Paea", "PK 4 côté montagne"):
 * "PK" before number word i (a decimal part after "," or "."), "côté mer"
 * or "côté montagne" after it, then a comma and a postcode, or a verb
 * of residence before it (pk_resident).  "PK 12" with neither stays (a
 * road's mark in a trauma note).  1 when added, 0, or -ENOMEM. */
static size_t street_end(const char *t, const struct detect_scratch *s,
    size_t j);
static int street_named(const char *t, struct detect_scratch *s, size_t j,
    size_t k);

static int
pk_address(const char *t, struct detect_scratch *s, size_t i)
{
	size_t e = i, k, q;
	int r;

	if (i == 0 || s->words[i - 1].fold_len != 2 ||
	    !word_is(s, i - 1, "pk") || word_taken(s, i - 1) ||
	    s->words[i].start != s->words[i - 1].end + 1)
		return 0;
	if (e + 1 < s->nwords && (s->words[e + 1].flags & W_DIGIT) &&
	    s->words[e + 1].start == s->words[e].end + 1 &&
	    (t[s->words[e].end] == ',' || t[s->words[e].end] == '.'))
		e++;
	if (e + 2 < s->nwords && word_is(s, e + 1, "cote") &&
	    (word_is(s, e + 2, "mer") || word_is(s, e + 2, "montagne")))
		e += 2;
	k = e + 1;
	if (k < s->nwords && s->words[k].start == s->words[e].end + 2 &&
	    t[s->words[e].end] == ',' && is_postcode(t, &s->words[k]))
		return add_span(s, s->words[i - 1].start, s->words[e].end,
		    DETECT_ADDRESS, -1);
	if (!pk_resident(t, s, i - 1))
		return 0;
	if ((r = add_span(s, s->words[i - 1].start, s->words[e].end,
	    DETECT_ADDRESS, -1)) <= 0)
		return r;
	/* "habite PK 18,2 côté montagne, servitude Tehei": the lane after
	 * it and a comma, which scan_cued_streets (run before) read with
	 * no address before it */
	if (k < s->nwords && addr_gap(t, s, e) && t[s->words[e].end] == ',' &&
	    word_has(s, k, D_STREET) && !word_taken(s, k) &&
	    (q = street_end(t, s, k)) > k + 1 && street_named(t, s, k, q) &&
	    (r = add_address(s, s->words[k].start, s->words[q - 1].end)) < 0)
		return r;
	return 1;
}

/* ---- a postcode dictated in words ----
 * "habite au douze rue des acacias à quarante-quatre mille nantes",
 * "vit à vingt-neuf mille deux cents quimper", "douze rue de Siam
 * vingt-neuf deux cents Brest": after an address or a residence word,
 * and "à" or a comma, a département in words (1 to 98), "mille" and the
 * rest in words or none, or the hundreds alone ("deux cents"), then its
 * city (as after a postcode in digits: city_end). */

/* "deux cents", "cent douze", "trois": the rest of a postcode in words
 * after "mille" at word m; its last word (m if none). */
static size_t
spelled_hundreds_end(const char *t, const struct detect_scratch *s,
    size_t m, int *v)
{
	size_t e = m, l;
	int u;

	*v = 0;
	if (e + 1 >= s->nwords || !joined(t, s, e))
		return m;
	if ((u = date_spelled_1_99(t, s, e + 1, &l)) > 0) {
		e = l;
		*v = u;
	}
	if (e + 1 < s->nwords && joined(t, s, e) && (word_is(s, e + 1, "cent") ||
	    word_is(s, e + 1, "cents")) && *v < 10) {
		e++;
		*v = (*v == 0 ? 1 : *v) * 100;
		if (e + 1 < s->nwords && joined(t, s, e) &&
		    (u = date_spelled_1_99(t, s, e + 1, &l)) > 0) {
			e = l;
			*v += u;
		}
	}
	return e;
}

/* From word k: a postcode in words, without its city; its last word and
 * its five digits in code, or NO_WORD. */
static size_t
spelled_postcode_number(const char *t, const struct detect_scratch *s,
    size_t k, char code[5])
{
	size_t last, e;
	int v = date_spelled_1_99(t, s, k, &last), rest;

	if (v < 1 || v > 98 || last + 2 >= s->nwords || !joined(t, s, last))
		return NO_WORD;
	if (word_is(s, last + 1, "mille"))
		e = spelled_hundreds_end(t, s, last + 1, &rest);
	else if (word_is(s, last + 1, "zero")) {
		/* its three digits read as "zéro" and two ("soixante-quinze
		 * zéro dix-neuf", 75019) or "zéro zéro" and one ("treize
		 * zéro zéro huit", 13008) */
		size_t z = last + 1, l;
		int two = 1;

		if (z + 1 < s->nwords && joined(t, s, z) &&
		    word_is(s, z + 1, "zero")) {
			z++;
			two = 0;
		}
		if (z + 1 >= s->nwords || !joined(t, s, z) ||
		    (rest = date_spelled_1_99(t, s, z + 1, &l)) < 1 ||
		    (two ? rest < 10 : rest > 9))
			return NO_WORD;
		e = l;
	} else {
		/* read in two groups, as a postcode in digits is: "vingt-neuf
		 * deux cents" (29 200), "soixante-quatre cent" (64 100); the
		 * hundreds' "cent" is wanted, the city below checks the rest */
		e = spelled_hundreds_end(t, s, last, &rest);
		if (rest < 100)
			return NO_WORD;
	}
	v = v * 1000 + rest;
	for (int d = 4; d >= 0; d--, v /= 10)
		code[d] = (char)('0' + v % 10);
	return e;
}

/* From word k: a postcode in words and its city; the city's last word,
 * or NO_WORD. */
static size_t
spelled_postcode(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e, c;
	char code[5];

	if ((e = spelled_postcode_number(t, s, k, code)) == NO_WORD)
		return NO_WORD;
	c = e + 1;
	if (c >= s->nwords || !joined(t, s, e) || word_taken(s, c) ||
	    (s->words[c].flags & W_DIGIT))
		return NO_WORD;
	/* the city of that postcode (La Poste's pairs), or a town's name:
	 * "deux mille mètres", "cinq mille pas" stay */
	if (!commune_pair(t, s, code, e) && !postcodes_town(wf(s,
	    &s->words[c]), s->words[c].fold_len))
		return NO_WORD;
	return city_end(t, s, e);
}

/* After "code postal" or "CP" and at most a colon, word i + 1 starts a
 * postcode in words, its city after it or not ("à Perros-Guirec code
 * postal vingt-deux sept cents vient pour ...": the label says what the
 * number is, as "code postal 22700" says it of digits); its last word (the
 * city's, if one follows), or NO_WORD.  A sum or a count after the
 * label is no shape it has ("CP deux mille" reads no département). */
static size_t
labeled_spelled_postcode(const char *t, const struct detect_scratch *s,
    size_t i)
{
	size_t j = i + 1, e;
	char code[5];

	if (j >= s->nwords || !(word_is(s, i, "cp") || (i > 0 &&
	    word_is(s, i, "postal") && word_is(s, i - 1, "code"))) ||
	    s->words[j].start - s->words[i].end > 3 || word_taken(s, j) ||
	    (e = spelled_postcode_number(t, s, j, code)) == NO_WORD ||
	    code[0] == '0')
		return NO_WORD;
	/* a département said as one number of two digits: "CP deux cents"
	 * (a tablet's dose, "cp" a "comprimé") reads 02 100, no postcode */
	for (size_t q = j; q <= e; q++)
		if (word_taken(s, q))
			return NO_WORD;
	if (spelled_postcode(t, s, j) != NO_WORD)
		return spelled_postcode(t, s, j);
	return e;
}

/* Word j after an address span or a residence word: past a comma, "à",
 * "a" or "au", the first word of a postcode in words, or NO_WORD. */
static size_t
spelled_postcode_start(const struct detect_scratch *s, size_t j)
{
	if (j < s->nwords && (word_is(s, j, "a") || word_is(s, j, "au")))
		j++;
	if (j >= s->nwords || s->words[j].start - s->words[j - 1].end > 3)
		return NO_WORD;
	return j;
}

/* Postcodes in words (scan_addresses' gate: "mille" or "cents" in the
 * comment, and an address found or a residence word): after an address
 * span, after "code postal" or "CP" (labeled_spelled_postcode), after a
 * residence word and "à". */
static int
scan_spelled_postcodes(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t x = 0; x < s->nspans; x++) {
		size_t j, e;

		if (s->spans[x].kind != DETECT_ADDRESS ||
		    s->spans[x].end >= s->text_len)
			continue;
		j = word_at(s, s->spans[x].end);
		if (j == 0 || j >= s->nwords || s->words[j].start <
		    s->spans[x].end || (j = spelled_postcode_start(s, j)) == NO_WORD || (e = spelled_postcode(t, s, j)) ==
		    NO_WORD)
			continue;
		if ((r = add_address(s, s->words[j].start, s->words[e].end)) < 0)
			return r;
	}
	for (size_t i = 0; i + 3 < s->nwords; i++) {
		size_t e;

		if (s->words[i].fold_len == 2 || s->words[i].fold_len == 6) {
			if ((e = labeled_spelled_postcode(t, s, i)) != NO_WORD &&
			    (r = add_address(s, s->words[i + 1].start,
			    s->words[e].end)) < 0)
				return r;
		}
	}
	/* anywhere, a postcode in words whose capitalized city is one of
	 * its communes by La Poste's pairs ("la Borie Basse, douze mille
	 * Rodez": 12000 Rodez; dev19a): the pair is the cue ("deux mille
	 * vingt Paris" reads 02020, no pair) */
	for (size_t i = 0, m = 0; i + 2 < s->nwords; i++) {
		size_t e, c;
		char code[5];

		/* a postcode in words holds "mille", "cent(s)" or "zéro"
		 * within its first four words: the next such word is
		 * found once (m), and words farther before it are not
		 * read */
		if (m < i)
			m = i;
		while (m < s->nwords && !word_is(s, m, "mille") &&
		    !word_is(s, m, "cent") && !word_is(s, m, "cents") &&
		    !word_is(s, m, "zero"))
			m++;
		if (m >= s->nwords)
			break;
		if (m - i > 4) {
			i = m - 5;
			continue;
		}
		if ((s->words[i].flags & (W_DIGIT | W_CAP | W_UPPER)) ||
		    word_taken(s, i) || (i > 0 && joined(t, s, i - 1) &&
		    !(s->words[i - 1].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
		    date_spelled_1_99(t, s, i - 1, &e) > 0) ||
		    (e = spelled_postcode_number(t, s, i, code)) == NO_WORD ||
		    (c = e + 1) >= s->nwords || !joined(t, s, e) ||
		    word_taken(s, c) || !(s->words[c].flags & (W_CAP | W_UPPER)) ||
		    overlaps(s, s->words[i].start, s->words[e].end) ||
		    !commune_pair(t, s, code, e))
			continue;
		if ((r = add_address(s, s->words[i].start,
		    s->words[city_end(t, s, e)].end)) < 0)
			return r;
		i = e;
	}
	if (!comment_has(s, 0, D_RESIDE))
		return 0;
	for (size_t i = 0; i + 3 < s->nwords; i++) {
		size_t j, e;

		if (!word_has(s, i, D_RESIDE) ||
		    (j = spelled_postcode_start(s, i + 1)) == NO_WORD ||
		    j == i + 1 || (e = spelled_postcode(t, s, j)) == NO_WORD)
			continue;
		if ((r = add_address(s, s->words[j].start, s->words[e].end)) < 0)
			return r;
	}
	return 0;
}

/* the segment of an HL7 message that holds byte a, when it is
 * one that carries a person's address (PID the patient's, NK1 a next of
 * kin's, GT1 a guarantor's): the byte after its "PID|", within the
 * segment (no line break, 400 bytes back at most), or 0. */
static size_t
hl7_segment(const char *t, size_t a)
{
	for (size_t p = a; p >= 4 && a - p < 400 && t[p - 1] != '\n'; p--)
		if (t[p - 1] == '|' && (memcmp(t + p - 4, "PID", 3) == 0 ||
		    memcmp(t + p - 4, "NK1", 3) == 0 ||
		    memcmp(t + p - 4, "GT1", 3) == 0) &&
		    (p == 4 || !is_alnum_byte(t[p - 5])))
			return p;
	return 0;
}

/* the family and given names of an HL7 segment from byte p
 * (hl7_segment) to the address field at a: "PID|1||61200026^^^CHUN||
 * FOURNIER^AURELIE||...": field 5's first two components (NK1's field
 * 2), letters, spaces, '-' and '\'' only, are names whatever their words
 * (a comment in capitals leaves a name of no list, which the segment's
 * shape names).  0 or -ENOMEM. */
static int
hl7_person_name(const char *t, struct detect_scratch *s, size_t p,
    size_t a)
{
	size_t f;
	int r, field = 0, want = memcmp(t + p - 4, "PID", 3) == 0 ? 4 : 1;

	for (; p < a && field < want; p++)
		field += t[p] == '|';
	if (field != want)
		return 0;
	for (int c = 0; c < 2 && p < a && t[p] != '|'; c++, p = f + 1) {
		for (f = p; f < a && t[f] != '^' && t[f] != '|'; f++)
			if (!((t[f] | 0x20) >= 'a' && (t[f] | 0x20) <= 'z') &&
			    t[f] != ' ' && t[f] != '-' && t[f] != '\'' &&
			    (unsigned char)t[f] < 0x80)
				return 0;
		if (f > p && f - p <= 40 &&
		    (r = add_span(s, p, f, DETECT_NAME, -1)) < 0)
			return r;
		if (f >= a || t[f] == '|')
			break;
	}
	return 0;
}

/* the address field of an HL7 message pasted in a note (PID-11,
 * components street^other^city^state^postcode^country: "|14 RUE DE LA
 * REPUBLIQUE^^NICE^^06300||"): a postcode of five digits right after a
 * '^' (word i), ending its component, in a field that starts at a '|'
 * and holds two '^' or more and a letter before it, in a segment that
 * carries a person's address (hl7_segment).  The field's components up
 * to the postcode are the address (the street found before is absorbed;
 * the country's code after it stays); the segment's person's names too
 * (hl7_person_name).  "61200026^^^CHUN" (an id: no five digits),
 * "OBX|1|NM|GLU^^12345|" (no such segment) stay. */
static int
hl7_address(const char *t, struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].start, e = s->words[i].end, carets = 0, seg;
	int letter = 0, r;

	if (e < s->text_len && t[e] != '^' && t[e] != '|' && t[e] != ' ' &&
	    t[e] != '\n')
		return 0;
	for (; a > 0 && t[a - 1] != '|' && s->words[i].start - a < 200; a--) {
		if (t[a - 1] == '^')
			carets++;
		else if ((t[a - 1] | 0x20) >= 'a' && (t[a - 1] | 0x20) <= 'z')
			letter = 1;
		else if (t[a - 1] == '\n')
			return 0;
	}
	if (a == 0 || t[a - 1] != '|' || carets < 2 || !letter ||
	    (seg = hl7_segment(t, a)) == 0)
		return 0;
	while (a < e && (t[a] == '^' || t[a] == ' '))
		a++;
	if ((r = add_address(s, a, e)) <= 0)
		return r;
	return hl7_person_name(t, s, seg, a);
}

/* recall25: [a, b) separates two cells of a row pasted in a note: spaces
 * around one ',', ';', '/', '|' or '-', or tabs, or two spaces or more
 * (a spreadsheet's columns); eight bytes at most.  A single space is no
 * cell's edge. */
static int
cell_gap(const char *t, size_t a, size_t b)
{
	size_t marks = 0, spaces = 0, tabs = 0;

	if (b <= a || b - a > 8)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == ';' || t[k] == '/' || t[k] == '|' ||
		    t[k] == '-')
			marks++;
		else if (t[k] == '\t')
			tabs++;
		else if (t[k] == ' ')
			spaces++;
		else
			return 0;
	}
	return marks == 1 || (marks == 0 && (tabs > 0 || spaces >= 2));
}

/* The words of a commune's name from word c in a cell of its own (its
 * words joined by '-', an article before its noun, city_link's "en",
 * "sur"): the last one. */
static size_t
cell_city_end(const char *t, const struct detect_scratch *s, size_t c)
{
	size_t j = c;

	for (size_t k = c + 1; k < s->nwords && k <= c + 6; k++) {
		const struct detect_word *w = &s->words[k];

		if (w->flags & W_DIGIT)
			break;
		if (w->start == s->words[k - 1].end + 1 &&
		    t[w->start - 1] == '-')
			j = k;
		else if (k == c + 1 && joined(t, s, c) &&
		    (w->flags & (W_CAP | W_UPPER)) && (word_is(s, c, "la") ||
		    word_is(s, c, "le") || word_is(s, c, "les") ||
		    word_is(s, c, "saint") || word_is(s, c, "sainte")))
			j = k;	/* "La Rochelle", "Saint Malo" */
		else if (k == j + 1 && city_link(t, s, k, c))
			j = ++k;	/* "Aix en Provence" */
		else
			break;
	}
	return j;
}

/* Word k is an article or a saint that opens a commune's name. */
static int
commune_lead(const struct detect_scratch *s, size_t k)
{
	return word_is(s, k, "la") || word_is(s, k, "le") ||
	    word_is(s, k, "les") || word_is(s, k, "saint") ||
	    word_is(s, k, "sainte");
}

/*
 * A postcode and its commune in cells of their own, or the commune
 * before the code (recall25): "37000 ; TOURS", "75012 / PARIS", "75012,
 * Paris", "75012   PARIS" (a spreadsheet's columns), "Paris 75012",
 * "TOURS ; 37000", "Aix-en-Provence 13090".  Only a pair La Poste's
 * table knows (commune_pair: "29200 / Brest", not "29200 / Pigeon" nor
 * "12000 / Mais"), the commune capitalized or in capitals.  A pair
 * across a separator gives two spans (the cell's separator stays as it
 * is written), the commune before the code with one space between one.
 * Word i: a postcode no span holds.  1 if taken, 0, or -ENOMEM.
 */
static int
postcode_cell_commune(const char *t, struct detect_scratch *s, size_t i)
{
	const char *code = t + s->words[i].start;
	size_t c, e;
	int r;

	/* the code, then its commune in the next cell */
	if (i + 1 < s->nwords && cell_gap(t, s->words[i].end,
	    s->words[i + 1].start) && (s->words[i + 1].flags & (W_CAP |
	    W_UPPER)) && !(s->words[i + 1].flags & W_DIGIT) &&
	    (!word_taken(s, i + 1) || name_taken(s, i + 1)) &&
	    commune_pair_loose(t, s, code, i, 1)) {
		e = cell_city_end(t, s, i + 1);
		if ((r = add_span(s, s->words[i].start, s->words[i].end,
		    DETECT_ADDRESS, -1)) <= 0)
			return r;
		return add_address(s, s->words[i + 1].start, s->words[e].end) < 0 ?
		    -ENOMEM : 1;
	}
	/* the commune, then its code: back over the name's hyphens and an
	 * article or a saint before it */
	if (i == 0 || (s->words[i - 1].flags & W_DIGIT) ||
	    !(s->words[i - 1].flags & (W_CAP | W_UPPER)) ||
	    (word_taken(s, i - 1) && !name_taken(s, i - 1)) ||
	    !(joined(t, s, i - 1) || cell_gap(t, s->words[i - 1].end,
	    s->words[i].start)))
		return 0;
	for (c = i - 1; c > 0 && i - 1 - c < 6 && s->words[c].start ==
	    s->words[c - 1].end + 1 && t[s->words[c].start - 1] == '-' &&
	    !(s->words[c - 1].flags & W_DIGIT); c--)
		;
	if (c > 0 && joined(t, s, c - 1) && (s->words[c - 1].flags &
	    (W_CAP | W_UPPER)) && commune_lead(s, c - 1))
		c--;
	if (!(s->words[c].flags & (W_CAP | W_UPPER)) ||
	    (word_taken(s, c) && !name_taken(s, c)) ||
	    !commune_pair_loose(t, s, code, c - 1, 1) ||
	    cell_city_end(t, s, c) != i - 1)
		return 0;
	if (joined(t, s, i - 1))
		return add_address(s, s->words[c].start, s->words[i].end) < 0 ?
		    -ENOMEM : 1;
	if ((r = add_address(s, s->words[c].start, s->words[i - 1].end)) < 0)
		return r;
	return add_span(s, s->words[i].start, s->words[i].end, DETECT_ADDRESS,
	    -1) < 0 ? -ENOMEM : 1;
}

/* A postcode and its city after an address (right after it, after "à",
 * or one or two words further), after "CP", or alone when a city follows
 * it (then the place or street before it too: address_lead). */
int
scan_postcodes(const char *t, struct detect_scratch *s)
{
	int r, fcue = -1;

	/* From a number of five digits. */
	if (!comment_has(s, W_DIGIT, 0))
		return 0;
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t i = s->dwords[x], c, e, pe;
		size_t n = s->words[i].end - s->words[i].start;
		int after = 0;

		/* Two or three digits taken, or more than six: none of the
		 * four tests before the "taken" one below is for them, so
		 * they are let go first (most numbers: a date's, a phone's
		 * pairs, taken already; speed28a) */
		if (n > 6 || (n - 2 <= 1 && word_taken(s, i)))
			continue;
		/* "NY 10118", "QC H2J 2L4": a capital before */
		if (((n == 5 && s->words[i].start >= 4 &&
		    t[s->words[i].start - 2] >= 'A' &&
		    t[s->words[i].start - 2] <= 'Z' &&
		    (r = us_zip(t, s, i)) != 0) || (n == 1 &&
		    s->words[i].start >= 1 && t[s->words[i].start - 1] >= 'A' &&
		    t[s->words[i].start - 1] <= 'Z' &&
		    (r = ca_postcode(t, s, i)) != 0))) {
			if (r < 0)
				return r;
			continue;
		}
		/* "CH-4051 Basel" (a room's "CH-4051" taken) */
		if (n >= 4 && n <= 5 && s->words[i].start >= 2 &&
		    t[s->words[i].start - 1] == '-' &&
		    (r = country_postcode(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		/* "Str. Lalelelor 12, 400190 Cluj-Napoca": six digits after
		 * a street abroad (foreign_address) */
		if (n == 6 && !word_taken(s, i) && i > 0 &&
		    word_taken(s, i - 1) && six_digit_city(t, s, i) &&
		    (r = foreign_address(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if (n > 5 || word_taken(s, i))
			continue;
		if (n == 5 && s->words[i].start > 2 &&
		    t[s->words[i].start - 1] == '^' &&
		    (r = hl7_address(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if (i > 0 && s->words[i - 1].fold_len <= 3 &&
		    postbox_letter(wf(s, &s->words[i - 1])[0]) &&
		    (c = postbox_start(t, s, i)) != (size_t)-1) {
			if ((r = add_span(s, c, s->words[i].end, DETECT_ADDRESS,
			    -1)) < 0)
				return r;
			continue;
		}
		if (n <= 3 && ((r = numero_after_place(t, s, i)) != 0 ||
		    (r = pk_address(t, s, i)) != 0 ||
		    (r = city_department(t, s, i)) != 0 ||
		    (r = floor_abbrev(t, s, i, &fcue)) != 0)) {
			if (r < 0)
				return r;
			continue;
		}
		if (n == 4 && ((r = foreign_postcode(t, s, i)) != 0 ||
		    (r = bare_foreign_postcode(t, s, i)) != 0)) {
			if (r < 0)
				return r;
			continue;
		}
		/* "via Roma 3, 00184 Roma": Italy's codes from
		 * 00010, no French département's */
		if ((n == 4 || n == 3 || n == 2 || (n == 5 &&
		    t[s->words[i].start] == '0' &&
		    t[s->words[i].start + 1] == '0')) &&
		    (r = foreign_address(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if (n == 4 && (r = bare_portuguese_postcode(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if ((n != 5 && n != 2) || (pe = postcode_end(t, s, i)) == NO_WORD)
			continue;
		if (pe == i && i > 0 && (c = city_before(t, s, i)) < i) {
			/* "LYON 69008", "BASTIA 20200 CEDEX" */
			e = i;
			if (i + 1 < s->nwords && word_is(s, i + 1, "cedex") &&
			    joined(t, s, i))
				e = city_end(t, s, i);
			/* "Saint-Denis (93200)": its parenthesis too */
			if ((r = add_span(s, s->words[c].start, s->words[e].end +
			    (e == i && s->words[i].end < s->text_len &&
			    t[s->words[i].end] == ')' && s->words[i].start > 0 &&
			    t[s->words[i].start - 1] == '(' ? 1 : 0),
			    DETECT_ADDRESS, -1)) < 0)
				return r;
			continue;
		}
		if (i > 0 && (after_address(t, s, i) || word_is(s, i - 1, "cp") ||
		    word_is(s, i - 1, "postal") || near_address(t, s, i, pe)))
			after = 1;
		else if (pe == i && postcode_with_city(t, s, i))
			after = 2;
		else if (pe == i + 1 && spaced_postcode_commune(t, s, i))
			after = 3;
		else if (pe == i && (r = postcode_cell_commune(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		/* "12 rue de la Paix, 12345 mg": a dose, no postcode */
		if (!after || (pe + 1 < s->nwords && joined(t, s, pe) &&
		    is_measure_unit(wf(s, &s->words[pe + 1]),
		    s->words[pe + 1].fold_len) && (s->words[pe + 1].end >=
		    s->text_len || (t[s->words[pe + 1].end] != '\'' &&
		    t[s->words[pe + 1].end] != '-'))))
			continue;
		/* "97230 Sainte-Marie" of M. Marie: the row's name found
		 * first inside the city is the city's */
		e = s->words[city_end(t, s, pe)].end;
		if ((r = add_span(s, s->words[i].start, e, DETECT_ADDRESS,
		    -1)) == 0 && after != 2)
			r = add_address(s, s->words[i].start, e);
		if (r < 0)
			return r;
		if (after >= 2 && (r = address_lead(t, s, i)) < 0)
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
	/* a home's acronym takes no abbreviation's dot: "décédé à
	 * l'EHPAD. Famille prévenue" ends a sentence */
	if (word_in_listf(s, k - 1, home_words))
		return 0;
	/* an abbreviation is short; the dot of a word written
	 * whole ends a sentence ("pas d'hébergement. Orienté vers") */
	return (s->words[k - 1].flags & W_DOT) && s->words[k - 1].nchars <= 7 &&
	    b - a >= 2 && b - a <= 3 && t[a + 1] == ' ' &&
	    (b - a == 2 || t[a + 2] == ' ');
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

/* Word k starts a piece of the row's (or the identity's) address found
 * word by word: the street grows over it and absorbs it (add_address).
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
row_piece(const struct detect_scratch *s, size_t k)
{
	const struct detect_span *sp = span_of(s, k);

	return sp != NULL && sp->kind == DETECT_ADDRESS && sp->ctx >= 0 &&
	    sp->start == s->words[k].start;
}

/* The last word of the span that holds word k. */
static size_t
span_last_word(const struct detect_scratch *s, size_t k)
{
	return word_at(s, span_of(s, k)->end) - 1;
}

/* Word k is "n°", "no.", "numéro" before a number: that number's word
 * (a letter glued to it or "bis"/"ter" after it included), or NO_WORD. */
static size_t
numero_at(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a, q = k + 1;

	if (q >= s->nwords || !(s->words[q].flags & W_DIGIT) ||
	    s->words[q].end - s->words[q].start > 4)
		return NO_WORD;
	a = s->words[k].end;
	if (word_is(s, k, "n") || word_is(s, k, "no")) {
		/* the degree sign or the masculine ordinal, or a dot */
		if (a + 1 < s->text_len && (unsigned char)t[a] == 0xc2 &&
		    ((unsigned char)t[a + 1] == 0xb0 ||
		    (unsigned char)t[a + 1] == 0xba))
			a += 2;
		else if (a < s->text_len && t[a] == '.')
			a++;
		else
			return NO_WORD;
	} else if (!word_is(s, k, "numero") && !word_is(s, k, "num"))
		return NO_WORD;
	while (a < s->words[q].start && t[a] == ' ')
		a++;
	if (a != s->words[q].start || s->words[q].start - s->words[k].end > 4)
		return NO_WORD;
	if (q + 1 < s->nwords && ((s->words[q + 1].nchars == 1 &&
	    !(s->words[q + 1].flags & W_DIGIT) &&
	    s->words[q + 1].start == s->words[q].end) ||
	    word_is(s, q + 1, "bis") || word_is(s, q + 1, "ter")))
		q++;
	return q;
}

/* A number inside a street's name at word k, the type being word j: a
 * date the date detector took ("rue du 8 Mai 1945", "place du 11
 * Novembre", "rue du 19 mars 1962": its last word), or a number before a
 * capitalized word after "des"/"du" ("rue des 3 Frères", "place des 5
 * Martyrs": k itself); NO_WORD if the street ends there. */
static size_t
street_name_number(const char *t, const struct detect_scratch *s, size_t j,
    size_t k)
{
	const struct detect_span *sp;

	if (k != j + 2 || !(word_is(s, k - 1, "du") || word_is(s, k - 1, "des")))
		return NO_WORD;
	if ((sp = span_of(s, k)) != NULL)
		return sp->kind == DETECT_DATE && sp->start == s->words[k].start &&
		    word_is(s, k - 1, "du") ? span_last_word(s, k) : NO_WORD;
	if (s->words[k].end - s->words[k].start <= 2 && k + 1 < s->nwords &&
	    joined(t, s, k) && (s->words[k + 1].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[k + 1].flags & W_DIGIT) && !word_taken(s, k + 1))
		return k;
	return NO_WORD;
}

/* Words that bring a person after a street's name ("3 rue Pasteur chez
 * Pigeon", "avec Tisserand", "par Mme Prince"): where they follow, the
 * street's span runs on over them as before, so that a name no rule
 * takes alone stays hidden. */
static const char *const street_person_words[] = {
	"chez", "avec", "par", "pour", "et", "ou", "a", "sur", "vers",
	"pres", "aupres", "famille", NULL,
};
static uint64_t street_person_words_filter;	/* word_in_listf */

/* Words that go on a sentence after an address, none a noun: adverbs of
 * time and of state, conjunctions ("vit au 3 rue Pasteur depuis 2010",
 * "rue Lafayette maintenant", "avenue Foch désormais", "rue Pasteur
 * seule").  A noun there may be a surname in lower case ("3 rue Pasteur
 * pigeon"): the street's span runs on over it as before. */
static const char *const street_followers[] = {
	"depuis", "maintenant", "actuellement", "desormais", "toujours",
	"aussi", "encore", "seul", "seule", "seuls", "seules", "jusqu",
	"jusque", "pendant", "puis", "mais", "donc", "car", "dont", "qui",
	"que", "provisoirement", "temporairement", "bientot", "dorenavant",
	"deja", "plus", "ne", NULL,
};
static uint64_t street_followers_filter;	/* word_in_listf */

/* Word k, after the street type j and a capitalized word of its name
 * right before k, is where the sentence goes on: a word of
 * street_followers in lower case ("Jsuis au 12 bis rue Lafayette
 * maintenant", "vit au 3 rue Pasteur depuis 2010", "12 avenue Foch
 * désormais").  A writer who capitalizes the street's proper name
 * writes its own words with a capital too; the lower-case words of a
 * name come before its capital ("rue de la Paix", "chemin des
 * Oliviers"), or the whole street is in lower case ("rue de la paix":
 * the word before is not capitalized, the name goes on).  OCR cuts a
 * name in two ("bd Vict or Hugo": "or" is no follower).  Only when what
 * follows up to the clause's end, a number or six words, is ordinary
 * words in lower case too, none a name of the lists, a title, a
 * relative, a particle or a word that brings a person ("rue Pasteur
 * chez Pigeon", "chez chapelle jean", "près de Chapelle": left to the
 * street as before). */
static int
street_name_over(const char *t, const struct detect_scratch *s, size_t j,
    size_t k)
{
	const struct detect_word *w = &s->words[k];

	if (k <= j + 1 || w->nchars < 2 ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    !(s->words[k - 1].flags & (W_CAP | W_UPPER)) ||
	    word_has(s, k - 1, D_PARTICLE) ||
	    !word_in_listf(s, k, street_followers))
		return 0;
	for (size_t q = k; q < s->nwords && q < k + 6 && (q == k ||
	    joined(t, s, q - 1)); q++) {
		const struct detect_word *x = &s->words[q];

		if (x->flags & W_DIGIT)
			break;
		if ((x->flags & (W_CAP | W_UPPER)) || word_has(s, q, D_FIRST |
		    D_LAST | D_PARTICLE | D_TITLE | D_RELATIVE) ||
		    word_in_listf(s, q, street_person_words) ||
		    /* kin (D_RELATIVE), and the people near of the role
		     * table (detect_role.c: "voisin", "amie") */
		    (role_kinds(s, q) & (ROLE_KIN | ROLE_NEAR)) ||
		    !word_lexicon(t, (struct detect_scratch *)s, q))
			return 0;
	}
	return 1;
}

/* The word after the name of the street whose type is word j: up to a
 * comma, a digit, a unit, a word that is no name, or six words.  A word
 * taken as a name goes on the street within its first three words ("rue
 * Jean Moulin", "rue Victor Hugo", "rue du Docteur Jean Moulin": the
 * row's name is the street's), not further ("rue de la Paix Jean
 * DUPONT" with no comma: the patient after the address).  A piece of the
 * row's address ends the street with it ("158 bis Imp. Jean Jaurès"); a
 * date or a number in the name goes on it ("rue du 8 Mai 1945"); a
 * number after "n°" ends it ("rue Pasteur n° 12"). */
static size_t
street_end(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k, q;

	/* "Av. des Mouettes": the street word's dot */
	for (k = j + 1; k < s->nwords && k < j + 7 &&
	    (joined(t, s, k - 1) || (s->words[k].start ==
	    s->words[k - 1].end + 1 && t[s->words[k].start - 1] == '-') ||
	    (k == j + 1 && place_joined(t, s, k)));
	    k++) {
		if (row_piece(s, k))
			return span_last_word(s, k) + 1;
		if (s->words[k].flags & W_DIGIT) {
			if ((q = street_name_number(t, s, j, k)) == NO_WORD)
				break;
			k = q;
			continue;
		}
		if (k > j + 1 && (q = numero_at(t, s, k)) != NO_WORD &&
		    !word_taken(s, q))
			return q + 1;
		/* "douze rue de Siam vingt-neuf deux cents Brest", dictated
		 * without a comma: a postcode in words and its city end the
		 * street's name (the summary's gate first: few comments have
		 * "mille" or "cents") */
		if (k > j + 1 && !(s->words[k].flags & (W_CAP | W_UPPER)) &&
		    summary_has((struct detect_scratch *)s, NS_MILLE) &&
		    spelled_postcode(t, s, k) != NO_WORD)
			break;
		/* "rue du Moulin à Vent": "à" between two capitalized words
		 * of the name */
		if (word_is(s, k, "a") && k > j + 1 && k + 1 < s->nwords &&
		    (s->words[k - 1].flags & W_CAP) && !(s->words[k].flags &
		    W_CAP) && (s->words[k + 1].flags & W_CAP) &&
		    !(s->words[k + 1].flags & W_UPPER) && joined(t, s, k) &&
		    s->words[k].end < s->text_len && t[s->words[k].end] == ' ' &&
		    word_lexicon(t, (struct detect_scratch *)s, k + 1) &&
		    (s->words[k + 1].end >= s->text_len ||
		    t[s->words[k + 1].end] != '-'))
			continue;	/* an ordinary word: no town ("à Lyon") */
		/* "rue du Moulin-à-Vent", "chemin du Puits-aux-Loups",
		 * "impasse du Saut-au-Loup": "à", "au", "aux" joined by '-'
		 * on both sides inside the name (recall24), as "de", "du"
		 * are ("Croix-de-Fer": particles) */
		if (k > j + 1 && k + 1 < s->nwords && (word_is(s, k, "a") ||
		    word_is(s, k, "au") || word_is(s, k, "aux")) &&
		    s->words[k].start == s->words[k - 1].end + 1 &&
		    t[s->words[k - 1].end] == '-' &&
		    s->words[k + 1].start == s->words[k].end + 1 &&
		    t[s->words[k].end] == '-' && !(s->words[k].flags &
		    (W_CAP | W_UPPER)) && !(s->words[k - 1].flags & W_DIGIT) &&
		    !(s->words[k + 1].flags & W_DIGIT) &&
		    s->words[k + 1].nchars >= 2)
			continue;
		/* "rue Pierre et Marie Curie", "rue Marius et Ary Leblond" */
		if (word_is(s, k, "et") && k > j + 1 && k + 1 < s->nwords &&
		    (s->words[k - 1].flags & W_CAP) &&
		    (s->words[k + 1].flags & W_CAP) && joined(t, s, k))
			continue;
		if ((word_taken(s, k) && (k > j + 3 || !name_taken(s, k))) ||
		    (!word_has(s, k, D_PARTICLE) && word_has(s, k, D_NOTNAME)) ||
		    unit_follows(s, k) || street_name_over(t, s, j, k))
			break;
	}
	return k;
}

/* Words j + 1 .. k - 1 (a street's name) hold a capitalized word or one
 * that is no ordinary word: "rue des Lilas", "route de st florent", not
 * "rue calme", "1 mail au service". */
static int
street_named(const char *t, struct detect_scratch *s, size_t j, size_t k)
{
	for (size_t x = j + 1; x < k; x++)
		if (!word_has(s, x, D_PARTICLE) && !(s->words[x].flags & W_DIGIT) &&
		    ((s->words[x].flags & (W_CAP | W_UPPER)) ||
		    !word_lexicon(t, s, x)))
			return 1;
	return 0;
}

/* Street types that name a street wherever they stand, before a proper
 * name ("chute rue Jean Jaurès", "avenue de la Libération", "depuis
 * ruelle des Lilas", "venelle de Kergoat": La Réunion's and Brittany's
 * lanes): not "cours", "voie", "passage", "place" after "en" ("mise en
 * place de ...").  */
static const char *const strong_streets[] = {
	"rue", "avenue", "av", "boulevard", "bd", "impasse", "imp", "allee",
	"chemin", "route", "rte", "quai", "square", "place", "ruelle",
	"venelle", NULL,
};
static uint64_t strong_streets_filter;	/* word_in_listf */

/* A street without a number nor a cue, street type word i: a strong type
 * (not after "en", "de", "mise": "en place", "feuille de route"), then,
 * after particles, a capitalized word that is no word of the tables and
 * is not in capitals among words that are not (a proper name: "rue Jean
 * Jaurès", "boulevard Gambetta", "route de Brest"; "la rue est calme",
 * "mise en place du PICC", "chemin clinique" stay).  The word after the
 * street's name, or NO_WORD. */
/* "rue du Faubourg Saint-Denis", "rue du Port Royal": a street word
 * capitalized in a street's name, a capitalized proper word right after
 * it. */
static int
street_word_named(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *n;

	if (k + 1 >= s->nwords)
		return 0;
	n = &s->words[k + 1];
	return (joined(t, s, k) || (n->start ==
	    s->words[k].end + 1 && t[s->words[k].end] == '-')) &&
	    (n->flags & W_CAP) && !(n->flags & (W_UPPER | W_DIGIT)) &&
	    !word_taken(s, k + 1) && !word_has(s, k + 1, D_NOTNAME |
	    D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM | D_STREET |
	    D_RELATIVE | D_DATECUE);
}

static size_t
named_street(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1, e;
	const struct detect_word *w;

	if (!word_in_listf(s, i, strong_streets) || (i > 0 &&
	    (word_is(s, i - 1, "en") || word_is(s, i - 1, "de") ||
	    word_is(s, i - 1, "mise") || word_is(s, i - 1, "d"))) ||
	    ((s->words[i].flags & W_UPPER) && !(s->words[i].flags & W_DOT)) ||
	    ((word_is(s, i, "av") || word_is(s, i, "imp") ||
	    word_is(s, i, "rte")) && !(s->words[i].flags & W_DOT)))
		return NO_WORD;
	while (k < s->nwords && k <= i + 3 && word_has(s, k, D_PARTICLE) &&
	    !(s->words[k].flags & W_CAP) && place_joined(t, s, k))
		k++;
	if (k >= s->nwords || !(k == i + 1 ? place_joined(t, s, k) :
	    joined(t, s, k - 1)))
		return NO_WORD;
	w = &s->words[k];
	/* a place word that is also an ordinary word may open the name
	 * ("chemin de l'Anse Caffard", "rue du Clos Fleuri") */
	if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    w->nchars < 3 || (word_taken(s, k) && !name_taken(s, k)) ||
	    word_has(s, k, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_UNIT | D_TERM | D_RELATIVE | D_DATECUE) ||
	    (word_has(s, k, D_STREET) && !street_word_named(t, s, k)) ||
	    (word_has(s, k, D_PLACE) && !word_in_listf(s, k, weak_place_words)))
		return NO_WORD;
	e = street_end(t, s, i);
	return e > k ? e : NO_WORD;
}

/* A street without a number right after a word that says an address
 * follows ("domicile : route de st florent", "adresse : impasse des
 * Lilas", "demeurant chemin du Moulin", "vit rue des Lilas"). */
/* Street type j, then "rural", "communal", "vicinal", "départemental",
 * "national", and the road's number ("chemin rural n° 7", "route
 * départementale 12"): the word after the number, or NO_WORD. */
static size_t
numbered_road(const char *t, const struct detect_scratch *s, size_t j)
{
	static const char *const kinds[] = {
		"rural", "communal", "vicinal", "departemental",
		"departementale", "national", "nationale", "forestier",
		"forestiere", NULL,
	};
	static uint64_t kinds_filter;	/* word_in_listf */
	size_t n = j + 2, q;

	/* the number (or "n°") first: most streets have a name there */
	if (n >= s->nwords || (!(s->words[n].flags & W_DIGIT) &&
	    !word_is(s, n, "n") && !word_is(s, n, "no") &&
	    !word_is(s, n, "numero") && !word_is(s, n, "num")) ||
	    !word_in_listf(s, j + 1, kinds) || !joined(t, s, j) ||
	    !joined(t, s, j + 1))
		return NO_WORD;
	if ((q = numero_at(t, s, n)) != NO_WORD && !word_taken(s, q))
		return q + 1;
	return (s->words[n].flags & W_DIGIT) && !word_taken(s, n) &&
	    s->words[n].end - s->words[n].start <= 4 ? n + 1 : NO_WORD;
}

static int
scan_cued_streets(const char *t, struct detect_scratch *s)
{
	static const char *const cues[] = {
		"adresse", "domicile", "demeurant", "domicilie", "domiciliee",
		"habite", "habitant", "reside", "residant", "vit", "vivant",
		"heberge", "hebergee", "installe", "installee", "demeure",
		NULL,
	};
	int r;

	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t k, e, a = s->words[i - 1].end;

		const struct detect_span *sp;

		if (!word_has(s, i, D_STREET) || word_taken(s, i) ||
		    word_has(s, i, D_PLACE) || word_is(s, i, "lieu") ||
		    word_is(s, i, "r") || word_is(s, i, "ch") ||
		    s->words[i].start - a > 3)
			continue;
		/* after a cue word, or after an address and a comma ("maison
		 * Harriague, chemin de Mendikoa", "bât. B, route du Vazzio") */
		if (in_list(cues, wf(s, &s->words[i - 1]),
		    s->words[i - 1].fold_len)) {
			for (; a < s->words[i].start; a++)
				if (t[a] != ' ' && t[a] != ':')
					break;
			if (a < s->words[i].start)
				continue;
		} else if ((sp = address_before(t, s, i)) == NULL ||
		    sp->kind != DETECT_ADDRESS || !addr_gap(t, s, i - 1) ||
		    memchr(t + a, ',', s->words[i].start - a) == NULL) {
			if ((k = named_street(t, s, i)) == NO_WORD)
				continue;
			if ((r = add_address(s, s->words[i].start,
			    s->words[house_number_after(t, s, k - 1)].end)) < 0)
				return r;
			continue;
		}
		k = street_end(t, s, i);
		/* a name in it, not "domicile : rue calme"; or a road's
		 * number ("domicile : chemin rural n° 7") */
		if ((e = numbered_road(t, s, i)) != NO_WORD)
			k = e;
		else if (!street_named(t, s, i, k))
			continue;
		/* its number after it ("rue des Lilas 12", "avenue Foch, 18") */
		if ((r = add_address(s, s->words[i].start,
		    s->words[house_number_after(t, s, k - 1)].end)) < 0)
			return r;
	}
	return 0;
}

/* The street type after the number that ends at word e ("12 bis rue",
 * "12 B rue", "12 de la rue", "12 Grande Rue", "12, Grand'Rue"), or
 * NO_WORD; *adj: a word of the name comes before the type ("Grande"). */
static __attribute__((noinline)) size_t
street_type_after(const char *t, const struct detect_scratch *s, size_t e,
    int *adj)
{
	size_t j = e + 1;

	*adj = 0;
	if (j + 1 >= s->nwords)
		return NO_WORD;
	/* "12 bis", "12bis", "12a", "157B"; "12 B rue" (BAN: b, t, q) */
	if (word_is(s, j, "bis") || word_is(s, j, "ter") ||
	    word_is(s, j, "quater") || (s->words[j].nchars == 1 &&
	    !(s->words[j].flags & W_DIGIT) &&
	    (s->words[j].start == s->words[e].end ||
	    ((s->words[j].flags & W_CAP) && word_has(s, j + 1, D_STREET) &&
	    s->words[j].start == s->words[e].end + 1))))
		j++;
	if (j + 1 >= s->nwords || !addr_gap(t, s, j - 1) ||
	    (j > e + 1 && !addr_gap(t, s, e)))
		return NO_WORD;
	/* "au 12 de la rue Pasteur", "au 3 du boulevard" */
	if (word_is(s, j, "de") && word_is(s, j + 1, "la") && j + 2 < s->nwords &&
	    word_has(s, j + 2, D_STREET) && joined(t, s, j) && joined(t, s, j + 1))
		j += 2;
	else if (word_is(s, j, "du") && word_has(s, j + 1, D_STREET) &&
	    joined(t, s, j))
		j++;
	else if (word_in_listf(s, j, street_adjectives) && j + 1 < s->nwords &&
	    word_has(s, j + 1, D_STREET) && (s->words[j].flags & W_CAP) &&
	    s->words[j + 1].start - s->words[j].end == 1) {
		*adj = 1;
		j++;
	}
	if (!word_has(s, j, D_STREET) || ((word_is(s, j, "ch") ||
	    word_is(s, j, "r")) && !(s->words[j].flags & W_DOT)))
		return NO_WORD;
	return j;
}

/* "12 rue de la Paix", "12 bis, avenue Foch", "3 ter rue", "12-14 rue du
 * Four", "n° 8 rue de la Gare": a number, a street word, and what follows
 * up to a comma, a digit or a word that is no name. */
static int
scan_streets(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a number and a street word. */
	if (!comment_has(s, W_DIGIT, D_STREET))
		return 0;
	for (size_t x = 0; x < s->ndwords && s->dwords[x] + 2 < s->nwords;
	    x++) {
		size_t i = s->dwords[x], j, k, q, e = i, start = s->words[i].start;
		int adj;

		if (s->words[i].end - s->words[i].start > 4 ||
		    (word_taken(s, i) && !row_piece(s, i)))
			continue;
		/* "porte 31, quartier Frais-Vallon": the unit's value (not
		 * "5e étage, 14 bis rue") */
		if (i > 0 && word_has(s, i - 1, D_UNIT) &&
		    !word_is(s, i - 1, "etage") &&
		    s->words[i].start - s->words[i - 1].end <= 3 &&
		    memchr(t + s->words[i - 1].end, ',', s->words[i].start -
		    s->words[i - 1].end) == NULL &&
		    /* "Logement 3 square Paul Eluard": a street's number */
		    !((word_is(s, i - 1, "logement") || word_is(s, i - 1, "lgt")) &&
		    word_has(s, i + 1, D_STREET) && joined(t, s, i)))
			continue;
		/* "12-14 rue", "3/5 avenue": a range of numbers */
		if (s->words[i + 1].start == s->words[i].end + 1 &&
		    (t[s->words[i].end] == '-' || t[s->words[i].end] == '/') &&
		    (s->words[i + 1].flags & W_DIGIT) &&
		    s->words[i + 1].end - s->words[i + 1].start <= 4 &&
		    !word_taken(s, i + 1))
			e = i + 1;
		if ((j = street_type_after(t, s, e, &adj)) == NO_WORD)
			continue;
		/* "n° 8 rue de la Gare" */
		if (i > 0 && numero_at(t, s, i - 1) == i && !word_taken(s, i - 1))
			start = s->words[i - 1].start;
		/* The row's address found without its number ("66 allée des
		 * Cerisiers" written "60  allée des Cerisiers"): the number
		 * goes with it. */
		if (s->wspan[j] >= 0 &&
		    s->spans[s->wspan[j]].kind == DETECT_ADDRESS &&
		    s->spans[s->wspan[j]].start == s->words[j].start) {
			if (!overlaps(s, start, s->words[j].start))
				extend_left(s, (size_t)s->wspan[j], start);
			continue;
		}
		k = street_end(t, s, j);
		/* "4 route départementale 12": the road's number after its
		 * kind is the street's, as without a house number
		 * (scan_cued_streets) */
		if ((q = numbered_road(t, s, j)) != NO_WORD && q > k)
			k = q;
		if ((k == j + 1 && !adj) || (word_in_listf(s, j, street_weak) &&
		    !street_named(t, s, j, k)))
			continue;
		if ((r = add_address(s, start, s->words[k - 1].end)) < 0)
			return r;
	}
	return 0;
}

/* the words of a house number written out ("quatorze",
 * "vingt-deux", "cent douze"; "bis", "ter" after it): dictation. */
static const char *const house_number_words[] = {
	"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
	"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
	"vingt", "vingts", "trente", "quarante", "cinquante", "soixante",
	"cent", "cents", "et", "un", "une", NULL,
};
static uint64_t house_number_words_filter;	/* word_in_listf */

/* Strong street types after a house number written out: not "cours",
 * "voie", "passage", "place", "port", "parc" ("trois cours de chimio",
 * "deux voies veineuses", "deux places"). */
static const char *const spelled_street_types[] = {
	"rue", "avenue", "boulevard", "impasse", "allee", "chemin", "route",
	"quai", "square", "residence", "lotissement", "hameau", "cite",
	"faubourg", "traverse", "ruelle", NULL,
};
static uint64_t spelled_street_types_filter;	/* word_in_listf */

/* Word k starts an address span (found without what is before it). */
static int
street_starts_span(const struct detect_scratch *s, size_t k)
{
	return s->wspan[k] >= 0 && s->spans[s->wspan[k]].kind ==
	    DETECT_ADDRESS && s->spans[s->wspan[k]].start == s->words[k].start;
}

/* "vit seule au quatorze rue des écoles", "domicile : vingt-deux
 * bis avenue Foch": one to four number words (not "un" alone) before a
 * strong street type, after "au", an address cue or a residence word;
 * the street's name after it as after a number in digits.  From the
 * street words (scan_addresses' D_STREET gate). */
static int
scan_spelled_streets(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t k = 1; k + 1 < s->nwords; k++) {
		size_t b = k, e;

		if (!word_has(s, k, D_STREET) || (word_taken(s, k) &&
		    !street_starts_span(s, k)) ||
		    !word_in_listf(s, k, spelled_street_types))
			continue;
		if (word_is(s, b - 1, "bis") || word_is(s, b - 1, "ter"))
			b--;
		while (b > 0 && k - b < 5 && word_in_listf(s, b - 1,
		    house_number_words) && !word_taken(s, b - 1) &&
		    s->words[b].start == s->words[b - 1].end + 1)
			b--;
		if (b == k || word_in_listf(s, b, house_number_words) == 0 ||
		    word_is(s, b, "et") || ((word_is(s, b, "un") ||
		    word_is(s, b, "une")) && b + 1 == k) || b == 0 ||
		    !(word_is(s, b - 1, "au") || cue_ends_at(t, s, b - 1) ||
		    word_has(s, b - 1, D_RESIDE)))
			continue;
		/* the street found before without its number: the number
		 * goes with it, as for digits */
		if (word_taken(s, k)) {
			extend_left(s, (size_t)s->wspan[k], s->words[b].start);
			continue;
		}
		if ((e = street_end(t, s, k)) == k + 1)
			continue;
		if ((r = add_address(s, s->words[b].start, s->words[e - 1].end)) < 0)
			return r;
		k = e - 1;
	}
	return 0;
}

/* After "code": what it opens ("code porte 4521B", "code d'accès 1234"). */
static const char *const code_targets[] = {
	"porte", "acces", "entree", "portail", "immeuble", "interphone",
	"digicode", "portillon", NULL,
};
static uint64_t code_targets_filter;	/* word_in_listf */

/* Right before "code" at word i: "clé", "clés", "clef(s)" (of "boîte à
 * clés", "boîte à clé :"), with at most a colon between. */
static int
key_box_before(const struct detect_scratch *s, size_t i)
{
	return i > 0 && s->words[i].start - s->words[i - 1].end <= 3 &&
	    (word_is(s, i - 1, "cle") || word_is(s, i - 1, "cles") ||
	    word_is(s, i - 1, "clef") || word_is(s, i - 1, "clefs"));
}

/* Words i - 1 and i: a room or a door right after an address, a comma, a
 * hyphen or an opening parenthesis between ("5 rue Lécuyer, ch. 212",
 * "EHPAD Les Tilleuls (chambre 12)"). */
static int
room_after_address(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a, b, marks = 0;

	if (i == 0 || address_before(t, s, i) == NULL)
		return 0;
	a = s->words[i - 1].end;
	b = s->words[i].start;
	if (b - a > 4)
		return 0;
	for (; a < b; a++) {
		if (t[a] == ',' || t[a] == '-' || t[a] == '(')
			marks++;
		else if (t[a] != ' ' && t[a] != '.')
			return 0;
	}
	return marks <= 1;
}

/* words that say the comment is written in a home where people
 * live, the class beside its acronyms (home_words): its residents ("la
 * résidente est installée en ch. 15"), its coordinating nurse (IDEC), its
 * units (UVP unité de vie protégée, UHR, PASA).  The hand sets label a
 * resident's room and leave a ward's ("mr dupuis ch 14", "Lit 3 : retour
 * de bloc"): neither a bed nor a ward is a cue, nor "maison de retraite"
 * (where a patient in a hospital's "chambre 12" comes from). */
const char *const care_home_words[] = {
	"resident", "residente", "residents", "residentes", "idec", "uvp",
	"uhr", "pasa", NULL,
};

/* The comment names a home where people live (home_words,
 * care_home_words: C_HOMECUE, a cue of the comment, speed33a: where a
 * walk of every word asked the two lists); *home: -1 not asked yet, or
 * what the caller says. */
static int
home_comment(const struct detect_scratch *s, int *home)
{
	if (*home < 0)
		*home = (s->word_cues & C_HOMECUE) != 0;
	return *home;
}

/* Word k names a home where people live: "résidence", "foyer",
 * "pension", "maison de retraite", or "hôtel" (a social hotel, a hotel
 * named: not "l'Hôtel-Dieu", a hospital).  named: a name must follow
 * (capitalized, or "social", "meublé" after "hôtel"), as after a comma
 * or a hyphen, where "foyer" is as often a lesion's ("ch. 12, foyer
 * de condensation"). */
static int
home_word_at(const char *t, const struct detect_scratch *s, size_t k,
    int named)
{
	size_t n;

	if (k >= s->nwords)
		return 0;
	if (word_is(s, k, "maison") && k + 2 < s->nwords &&
	    word_is(s, k + 1, "de") && word_is(s, k + 2, "retraite"))
		return !named || (k + 3 < s->nwords &&
		    (s->words[k + 3].flags & (W_CAP | W_UPPER)) != 0);
	if (word_is(s, k, "hotel")) {
		n = k + 1;
		if (n >= s->nwords || s->words[n].start - s->words[k].end > 1 ||
		    word_is(s, n, "dieu"))
			return 0;
		return word_is(s, n, "social") || word_is(s, n, "meuble") ||
		    ((s->words[n].flags & (W_CAP | W_UPPER)) &&
		    t[s->words[k].end] == ' ');
	}
	if (!(word_is(s, k, "residence") || word_is(s, k, "foyer") ||
	    word_is(s, k, "pension")))
		return 0;
	return !named || (k + 1 < s->nwords && s->words[k + 1].start ==
	    s->words[k].end + 1 && (s->words[k + 1].flags & (W_CAP | W_UPPER)));
}

/* From word m, right after a room's number, the home it is in: "de la
 * résidence", "du foyer", "de la maison de retraite", "de la pension"
 * ("c'est Lulu de la chambre 5 de la résidence", an SMS of a resident;
 * dev23); "au foyer", "à la résidence", "à l'hôtel social", "de l'hôtel
 * Ibis", and a home named after a comma, a hyphen or a parenthesis
 * ("chambre 12, foyer Adoma", "ch. 12 - résidence Les Lilas": recall26).
 * The room of a home is its resident's address (the hand sets'
 * convention, home_words); "chambre 5 du service", "de l'hôpital",
 * "de l'Hôtel-Dieu" stay a ward's, and so does a room with no home named
 * (docs/scrub.md "dev23"). */
static int
room_of_residence(const char *t, const struct detect_scratch *s, size_t m)
{
	size_t k = m, a, b;

	if (m == 0 || m >= s->nwords)
		return 0;
	a = s->words[m - 1].end;
	b = s->words[m].start;
	if (b - a > 3)
		return 0;
	/* "chambre 12, foyer Adoma", "ch. 12 - résidence Les Lilas",
	 * "chambre 12 (résidence Les Lilas)": one mark, the name after */
	if (b - a >= 2 || memchr(t + a, ',', b - a) != NULL) {
		size_t marks = 0;

		for (size_t x = a; x < b; x++)
			if (t[x] == ',' || t[x] == '-' || t[x] == '(')
				marks++;
			else if (t[x] != ' ')
				return 0;
		return marks == 1 && home_word_at(t, s, m, 1);
	}
	if (word_is(s, k, "du") || word_is(s, k, "au"))
		k++;
	else if ((word_is(s, k, "de") || word_is(s, k, "a")) &&
	    k + 1 < s->nwords && word_is(s, k + 1, "la"))
		k += 2;
	else if ((word_is(s, k, "de") || word_is(s, k, "a")) &&
	    k + 1 < s->nwords && word_is(s, k + 1, "l") &&
	    word_is(s, k + 2 < s->nwords ? k + 2 : k, "hotel"))
		k += 2;
	else
		return 0;
	return home_word_at(t, s, k, 0);
}

/* The comment names a prison (detention_words: C_DETENTION, a cue of
 * the comment, speed33a); *det: -1 not asked yet. */
static int
detention_comment(const struct detect_scratch *s, int *det)
{
	if (*det < 0)
		*det = (s->word_cues & C_DETENTION) != 0;
	return *det;
}

/* After a floor or a door ending at byte b, before word w: its side,
 * "gauche", "droite", "face" ("4e ét. gauche", "porte 3 droite"). */
static size_t
side_end(const char *t, const struct detect_scratch *s, size_t w, size_t b)
{
	/* "2e étage porte droite": the door of the floor */
	if (w + 1 < s->nwords && s->words[w].start == b + 1 && t[b] == ' ' &&
	    word_is(s, w, "porte") && joined(t, s, w) &&
	    (word_is(s, w + 1, "gauche") || word_is(s, w + 1, "droite") ||
	    word_is(s, w + 1, "face")))
		return s->words[w + 1].end;
	if (w < s->nwords && s->words[w].start == b + 1 && t[b] == ' ' &&
	    (word_is(s, w, "gauche") || word_is(s, w, "droite") ||
	    word_is(s, w, "face")))
		return s->words[w].end;
	return b;
}

/* after a ground floor ending at byte b, before word w, where
 * in the building: "fond de cour", "sur cour", "côté cour", "côté rue"
 * ("12 RUE DES POSTES, RDC FOND DE COUR"): the end, or b. */
static size_t
courtyard_end(const char *t, const struct detect_scratch *s, size_t w,
    size_t b)
{
	if (w + 1 >= s->nwords || s->words[w].start != b + 1 || t[b] != ' ' ||
	    !joined(t, s, w))
		return b;
	if ((word_is(s, w, "sur") || word_is(s, w, "cote")) &&
	    (word_is(s, w + 1, "cour") || word_is(s, w + 1, "rue")))
		return s->words[w + 1].end;
	if (word_is(s, w, "fond") && w + 2 < s->nwords &&
	    word_is(s, w + 1, "de") && joined(t, s, w + 1) &&
	    word_is(s, w + 2, "cour"))
		return s->words[w + 2].end;
	return b;
}

/* Word i is "étage" or its abbreviation "ét." (with its accent: "et." is
 * no floor). */
static int
is_floor(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (word_is(s, i, "etage"))
		return 1;
	return word_is(s, i, "et") && (w->flags & W_DOT) &&
	    (unsigned char)t[w->start] == 0xc3 &&
	    ((unsigned char)t[w->start + 1] == 0xa9 ||
	    (unsigned char)t[w->start + 1] == 0x89);
}

/* a floor or a door counted on the landing ("3e étage", "3e
 * porte droite") is someone's home only beside an address or a unit, or
 * in a comment that says where someone lives (an address found before,
 * a residence word, a postcode): "aile Pasteur, 3e étage", "résidents du
 * 2e étage" of a care home are a ward's.  Word d is the floor's number.  *cue: -1
 * not asked yet (asked once per comment). */
static int
floor_is_home(const char *t, const struct detect_scratch *s, size_t d,
    int *cue)
{
	/* the kinds found, not has_span_kind: that one is a gate, always
	 * true in the build without gates */
	if (room_after_address(t, s, d) ||
	    (s->span_kinds & DETECT_BIT(DETECT_ADDRESS)))
		return 1;
	if (*cue < 0) {
		*cue = 0;
		/* a residence word, not the "résidents" of a care home */
		for (size_t k = 0; k < s->nwords && !*cue; k++)
			*cue = is_postcode(t, &s->words[k]) ||
			    (word_has(s, k, D_RESIDE) && s->words[k].fold_len >= 3 &&
			    memcmp(wf(s, &s->words[k]), "res", 3) != 0);
	}
	return *cue;
}

/* "cellule B2-114", "cel. A-12": a cell's value of a capital
 * glued to digits, or digits, then "-" and digits: the end of the value
 * from word v, or 0. */
static size_t
cell_value(const char *t, const struct detect_scratch *s, size_t v)
{
	size_t m = v, b;

	if (v >= s->nwords)
		return 0;
	if (!(s->words[v].flags & W_DIGIT)) {
		if (s->words[v].nchars != 1 || t[s->words[v].start] < 'A' ||
		    t[s->words[v].start] > 'Z')
			return 0;
		if (m + 1 < s->nwords && (s->words[m + 1].flags & W_DIGIT) &&
		    s->words[m + 1].start == s->words[m].end)
			m++;
	}
	b = s->words[m].end;
	if (m + 1 < s->nwords && (s->words[m + 1].flags & W_DIGIT) &&
	    b + 1 == s->words[m + 1].start && t[b] == '-')
		b = s->words[++m].end;
	if (m == v && !(s->words[v].flags & W_DIGIT))
		return 0;	/* "cellule B" alone */
	return b;
}

/* "boîte à clés à gauche de la porte, code 0815", "portail
 * vert, code 1947": before "code" at word i, in its sentence (no '.'
 * between) and at most six words back, a door, a gate or a key box
 * (code_targets, "clé(s)"). */
static int
door_before_code(const char *t, const struct detect_scratch *s, size_t i)
{
	for (size_t k = i; k > 0 && i - k < 6; k--) {
		if (memchr(t + s->words[k - 1].end, '.', s->words[k].start -
		    s->words[k - 1].end) || (s->words[k - 1].flags & W_DOT))
			return 0;
		if (word_in_listf(s, k - 1, code_targets) ||
		    word_is(s, k - 1, "cle") || word_is(s, k - 1, "cles") ||
		    word_is(s, k - 1, "clef") || word_is(s, k - 1, "clefs"))
			return 1;
	}
	return 0;
}

/* A building named with its article after "bâtiment" or "bât." at word
 * i, value word v: "Le", "La" or "Les" capitalized, one space, then a
 * capitalized word of no table, as "immeuble Le Ponant" is read; an
 * ordinary word (a flower's, a tree's, a wind's name: "Résidence Les
 * Pins, bâtiment Les Mimosas", "bât. Le Mistral") only right after an
 * address, as "bâtiment Iris" below (a hospital's building is named so
 * too): the name's last byte, or 0.  "bâtiment B", "bât. Ravel" are read
 * below; "bâtiment les concernant" (lower case) stays. */
static size_t
building_article_name(const char *t, struct detect_scratch *s, size_t i,
    size_t v)
{
	const struct detect_word *a = &s->words[v], *w;

	if (!(word_is(s, i, "bat") || word_is(s, i, "batiment")) ||
	    !(a->flags & W_CAP) || (a->flags & W_UPPER) ||
	    !(word_is(s, v, "le") || word_is(s, v, "la") ||
	    word_is(s, v, "les")) || v + 1 >= s->nwords)
		return 0;
	w = &s->words[v + 1];
	if (w->start != a->end + 1 || t[a->end] != ' ' ||
	    !(w->flags & W_CAP) || (w->flags & W_DIGIT) || w->nchars < 3 ||
	    word_taken(s, v + 1) || word_has(s, v + 1, D_NOTNAME |
	    D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_STREET | D_PLACE |
	    D_TERM | D_RELATIVE) || (word_lexicon(t, s, v + 1) &&
	    !room_after_address(t, s, i)))
		return 0;
	return w->end;
}

/* A door's or a key box's code typed digit by digit ("code 4-1-7-7",
 * "digicode 2.5.8.0", "code 1 9 4 7"): from the digits of word v (one or
 * two), three to eight groups of one or two digits with the same sign
 * between them ('-', '.', a space), nothing glued after.  The end of
 * the code and *m the word after it, or `b` and *m unchanged. */
static size_t
code_digit_by_digit(const char *t, const struct detect_scratch *s, size_t v,
    size_t *m, size_t b)
{
	size_t k = v, groups = 1;
	char sep;

	if (s->words[v].end - s->words[v].start > 2 || v + 1 >= s->nwords ||
	    s->words[v + 1].start != s->words[v].end + 1)
		return b;
	sep = t[s->words[v].end];
	if (sep != '-' && sep != '.' && sep != ' ')
		return b;
	while (k + 1 < s->nwords && groups < 8 &&
	    (s->words[k + 1].flags & W_DIGIT) &&
	    s->words[k + 1].end - s->words[k + 1].start <= 2 &&
	    s->words[k + 1].nchars == s->words[k + 1].end -
	    s->words[k + 1].start && s->words[k + 1].start ==
	    s->words[k].end + 1 && t[s->words[k].end] == sep) {
		k++;
		groups++;
	}
	if (groups < 3 || (s->words[k].end < s->text_len &&
	    is_alnum_byte(t[s->words[k].end])))
		return b;
	*m = k + 1;
	return s->words[k].end;
}

/* Word v is one capital letter, a hyphen glued to it and to a number
 * of one to four digits after it, nothing glued after the number: "A-213",
 * "B-12" (a wing's letter and a room's number). */
static int
lettered_room(const char *t, const struct detect_scratch *s, size_t v)
{
	const struct detect_word *l = &s->words[v], *d;

	if (v + 1 >= s->nwords || l->end - l->start != 1 || t[l->start] < 'A' ||
	    t[l->start] > 'Z' || t[l->end] != '-')
		return 0;
	d = &s->words[v + 1];
	return d->start == l->end + 1 && (d->flags & W_DIGIT) &&
	    d->nchars == d->end - d->start && d->end - d->start <= 4 &&
	    util_is_digit(t[d->start]) && (d->end >= s->text_len ||
	    !is_alnum_byte(t[d->end]));
}

/* Word i is a form's field for a room, "Chambre" or "ch." and a colon
 * before a number ("Chambre : 115 ; Médecin co : Dr X", a care home's
 * liaison sheet, recall24), in a comment written in a home where people
 * live (home_comment): the resident's room, as "chambre 115" there is.
 * A ward's "Chambre : 12" stays, as "chambre 12" does. */
static int
room_field(const char *t, const struct detect_scratch *s, size_t i,
    int *home)
{
	size_t a, b, colons = 0;

	if (i + 1 >= s->nwords || !(s->words[i + 1].flags & W_DIGIT) ||
	    !(word_is(s, i, "chambre") || word_is(s, i, "ch")))
		return 0;
	a = s->words[i].end;
	b = s->words[i + 1].start;
	if (b - a > 4)
		return 0;
	for (; a < b; a++) {
		if (t[a] == ':')
			colons++;
		else if (t[a] != ' ' && t[a] != '.')
			return 0;
	}
	return colons == 1 && home_comment(s, home);
}

/* Word v, after a "code", is a door's code by its shape alone: four to
 * six digits with one capital letter glued after them, nothing glued
 * after the letter ("code 4821B non transmis", recall24), as a gate's
 * keypad writes it, wherever the door was named.  A code of digits
 * alone stays unless a door or an address is near ("code 1234" is a PIN
 * or a class as often), and a letter first ("code F32", "code
 * E1165") is a classification's. */
static int
door_code_lettered(const char *t, const struct detect_scratch *s, size_t v)
{
	const struct detect_word *d, *l;

	if (v + 1 >= s->nwords)
		return 0;
	d = &s->words[v];
	l = &s->words[v + 1];
	return (d->flags & W_DIGIT) && d->nchars == d->end - d->start &&
	    d->end - d->start >= 4 && d->end - d->start <= 6 &&
	    util_is_digit(t[d->start]) && util_is_digit(t[d->end - 1]) &&
	    l->start == d->end && l->end == l->start + 1 &&
	    t[l->start] >= 'A' && t[l->start] <= 'Z' &&
	    (l->end >= s->text_len || !is_alnum_byte(t[l->end]));
}

/* A prison cell's wing after it (dev24): "cellule 04 du quartier
 * arrivants", "cellule 12 au quartier des femmes", "cel 3 du quartier
 * d'isolement": the wing is part of where the prisoner lives, as the
 * building is ("bât. A"; heldout24 labels the cell and the wing as the
 * address).  "du"/"au" then "quartier", "des"/"d'" if any, one word of
 * letters, one space or an apostrophe between each; b, the cell's end,
 * else.  The cell word is i, the value ends at b (a few words on). */
static size_t
cell_wing_end(const char *t, const struct detect_scratch *s, size_t i,
    size_t b)
{
	size_t k = i + 1;

	(void)t;
	while (k < s->nwords && s->words[k].start < b && k < i + 6)
		k++;
	if (k + 2 >= s->nwords || s->words[k].start != b + 1 ||
	    !(word_is(s, k, "du") || word_is(s, k, "au")) ||
	    !word_is(s, k + 1, "quartier") ||
	    s->words[k + 1].start != s->words[k].end + 1)
		return b;
	k += 2;
	if (k + 1 < s->nwords && (word_is(s, k, "des") || word_is(s, k, "d")) &&
	    s->words[k + 1].start <= s->words[k].end + 1)
		k++;
	if (s->words[k].start > s->words[k - 1].end + 1 ||
	    (s->words[k].flags & W_DIGIT) || s->words[k].nchars < 3)
		return b;
	return s->words[k].end;
}

/* A building named by its letter, number or name ("bât. C", "bâtiment
 * Vauban") is part of someone's address only in a note that has someone
 * or a home in it (prec40a): right after an address, in a comment of a
 * home where people live (home_comment), or beside a title, a relative,
 * a street or a residence word.  The hand sets label the building of a
 * home ("Résidence Les Pins, bât. B", "M. X, bâtiment Laennec") and
 * leave the hospital's and the prison's when no one is named ("coupure
 * électrique prévue bât. C", "les détenus du bâtiment Vauban").  The
 * comment's own flags, not comment_has (a gate, true for all without
 * gates). */
static int
building_has_owner(const char *t, const struct detect_scratch *s, size_t i,
    int *home)
{
	return (s->word_dflags & (D_TITLE | D_RELATIVE | D_STREET |
	    D_RESIDE)) != 0 || home_comment(s, home) || (s->span_kinds &
	    (DETECT_BIT(DETECT_ADDRESS) | DETECT_BIT(DETECT_NAME))) != 0 ||
	    room_after_address(t, s, i);
}

/* The end of the value after unit word i ("Appt 12", "Apt. 3B", "Bât.
 * B2", "esc. c", "digicode 8927A", "digicode 1650#", "Appt. n° 12",
 * "code porte 4521B", "interphone 12"), or 0.  A room, a door or a lot
 * ("ch. 212", "chambre 12", "porte 12", "lot n° 12") only right after an
 * address ("5 rue Lécuyer, ch. 212"): a hospital room is no one's
 * address, a lot number is a vaccine's. */
static size_t
unit_value(const char *t, struct detect_scratch *s, size_t i, int *home,
    int *det)
{
	const struct detect_word *n;
	size_t v = i + 1, b, m, q;
	int digicode = word_is(s, i, "digicode"), bonne = 0;

	if (!addr_gap(t, s, i) && !room_field(t, s, i, home))
		return 0;
	if ((word_is(s, i, "bat") || word_is(s, i, "batiment")) &&
	    !building_has_owner(t, s, i, home))
		return 0;
	if (word_is(s, i, "code") && (key_box_before(s, i) ||
	    door_code_lettered(t, s, v) ||
	    ((s->words[v].flags & W_DIGIT) && s->words[v].end -
	    s->words[v].start >= 3 && (door_before_code(t, s, i) ||
	    (room_after_address(t, s, i) && memchr(t + s->words[i - 1].end,
	    ',', s->words[i].start - s->words[i - 1].end) != NULL))))) {
		/* "12 rue des Lilas, code 1234A": right after an address and
		 * a comma, a code of three digits or more is its door's */
		/* a key box's code ("Boîte à clés code 0506",
		 * "boîte à clé : code 1234"): it opens the home */
		digicode = 1;
		if (!(s->words[v].flags & W_DIGIT))
			return 0;
	} else if (word_is(s, i, "code")) {
		/* "code porte 4521B", "code d'accès 1234" */
		if (word_is(s, v, "d") && v + 1 < s->nwords)
			v++;
		if (!word_in_listf(s, v, code_targets) || v + 1 >= s->nwords ||
		    s->words[v + 1].start - s->words[v].end > 3)
			return 0;
		v++;
		digicode = 1;
		if (!(s->words[v].flags & W_DIGIT))
			return 0;
	}
	/* "chambre de bonne n° 12": a home, wherever it is written */
	if (word_is(s, i, "chambre") && v + 2 < s->nwords && word_is(s, v, "de") &&
	    word_is(s, v + 1, "bonne")) {
		v += 2;
		if (!addr_gap(t, s, v - 1) && numero_at(t, s, v + 1) == NO_WORD)
			return 0;
		v++;
		if (v >= s->nwords)
			return 0;
		bonne = 1;
	}
	/* "Appt. n° 12", "lot n° 12" */
	if ((q = numero_at(t, s, v)) != NO_WORD)
		v++;
	if (v >= s->nwords)
		return 0;
	n = &s->words[v];
	b = n->end;
	m = v + 1;
	if ((word_is(s, i, "cellule") || word_is(s, i, "cel")) &&
	    !(n->flags & W_DIGIT) && cell_value(t, s, v) != 0 &&
	    detention_comment(s, det))
		return cell_value(t, s, v);
	if ((word_is(s, i, "cellule") || word_is(s, i, "cel")) &&
	    (n->flags & W_DIGIT) && cell_value(t, s, v) > n->end &&
	    detention_comment(s, det))
		return cell_value(t, s, v);
	if (word_is(s, i, "ch") || word_is(s, i, "chambre") ||
	    word_is(s, i, "porte") || word_is(s, i, "lot") ||
	    word_is(s, i, "emplacement") || word_is(s, i, "cellule") ||
	    word_is(s, i, "cel")) {
		/* a room of a residence's wing, its letter and a hyphen
		 * before its number ("chambre A-213", "ch. B-12": dev21),
		 * where the number alone would be taken */
		if ((word_is(s, i, "ch") || word_is(s, i, "chambre")) &&
		    lettered_room(t, s, v)) {
			n = &s->words[v + 1];
			b = n->end;
			m = v + 2;
		}
		if (!(n->flags & W_DIGIT) || (!bonne && !room_after_address(t, s,
		    i) && !((word_is(s, i, "ch") || word_is(s, i, "chambre")) &&
		    (home_comment(s, home) || room_of_residence(t, s, m))) &&
		    !((word_is(s, i, "cellule") ||
		    word_is(s, i, "cel")) && detention_comment(s, det))))
			return 0;
	} else if (word_is(s, i, "interphone")) {
		if (!(n->flags & W_DIGIT))
			return 0;
	} else if ((q = building_article_name(t, s, i, v)) != 0) {
		/* "bâtiment Les Mimosas", "bât. Le Ponant" */
		return q;
	} else if (!(n->flags & W_DIGIT) && (word_is(s, i, "bat") ||
	    word_is(s, i, "batiment")) && (n->flags & W_CAP) && n->nchars >= 3 &&
	    !word_taken(s, v) && !word_has(s, v, D_NOTNAME | D_CLINICAL |
	    D_TITLE | D_MONTH | D_UNIT | D_STREET | D_PLACE | D_TERM) &&
	    (!word_lexicon(t, s, v) || room_after_address(t, s, i))) {
		/* an ordinary word too right after an address
		 * ("Les Hauts de Bruyères, bâtiment Iris") */
		/* a building named ("bât. Ravel", "bâtiment Rimbaud") */
		return n->end;
	} else if (!(n->flags & W_DIGIT)) {
		/* One letter ("Bât A", "esc. c"), not "d'" of "porte d'entrée",
		 * nor "n" of "n°" without its number; a letter of the Latin
		 * alphabet: an accented one is the preposition ("ouvrier du
		 * bâtiment à Strasbourg", "escalier à droite") */
		if (n->nchars != 1 || (unsigned char)t[n->start] >= 0x80 ||
		    (b < s->text_len && (t[b] == '\'' ||
		    (unsigned char)t[b] >= 0x80)))
			return 0;
	}
	/* "code 4-1-7-7": a code typed digit by digit */
	if (digicode && (n->flags & W_DIGIT))
		b = code_digit_by_digit(t, s, v, &m, b);
	/* "3B", "B2", "8927A": one glued word more; a code, up to three
	 * ("47B21") */
	for (size_t g = 0; g < (digicode ? 3u : 1u) && m < s->nwords &&
	    s->words[m].start == b && ((s->words[m].flags & W_DIGIT) ?
	    !(s->words[m - 1].flags & W_DIGIT) : s->words[m].nchars == 1); g++)
		b = s->words[m++].end;
	if (digicode && b < s->text_len && (t[b] == '#' || t[b] == '*'))
		b++;
	return side_end(t, s, m, b);
}

static int	place_from(const char *t, struct detect_scratch *s, size_t i,
		    size_t *next);

/* "Appt 12", "Apt. 3B", "Bât. B", "escalier C", "BP 123", "3e étage". */
static int
scan_units(const char *t, struct detect_scratch *s)
{
	int r, home = -1, fcue = -1, det = -1;

	/* From a unit word ("4e ét.": floor_abbrev, from the number). */
	if (!comment_has(s, 0, D_UNIT))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *n;
		size_t a, b;
		int floor;

		if (!word_has(s, i, D_UNIT) || word_taken(s, i))
			continue;
		/* "Lot. Les Hibiscus", "6 lot. Les Flamboyants": a place
		 * that scan_places' gate did not let it see */
		if (word_is(s, i, "lot") && (s->words[i].flags & W_DOT) &&
		    !comment_has(s, 0, D_PLACE | D_STREET)) {
			size_t next;

			if ((r = place_from(t, s, i, &next)) < 0)
				return r;
			if (r > 0) {
				i = next;
				continue;
			}
		}
		n = &s->words[i + 1];
		a = s->words[i].start;
		floor = word_is(s, i, "etage") || (word_is(s, i, "porte") &&
		    i >= 2 && (s->words[i - 2].flags & W_DIGIT));
		if (i + 1 == s->nwords && !floor)
			continue;
		if (floor) {
			/* "3e étage", "3ème étage", "2 ème étage"; "3e porte
			 * droite", where someone lives */
			if (i < 2 || !(s->words[i - 2].flags & W_DIGIT) ||
			    !(word_is(s, i - 1, "e") || word_is(s, i - 1, "eme") ||
			    word_is(s, i - 1, "er") || word_is(s, i - 1, "ier")) ||
			    !joined(t, s, i - 2) || !joined(t, s, i - 1) ||
			    !floor_is_home(t, s, i - 2, &fcue))
				continue;
			a = s->words[i - 2].start;
			b = side_end(t, s, i + 1, s->words[i].end +
			    ((s->words[i].flags & W_DOT) && !word_is(s, i,
			    "etage") ? 1 : 0));
		} else if (word_is(s, i, "rdc") || word_is(s, i, "rez")) {
			/* the ground floor, a floor like "3e étage", right
			 * after an address ("14 cours Émile Zola,
			 * rez-de-chaussée, 69100"); "vit au RDC" stays */
			if (!room_after_address(t, s, i))
				continue;
			b = s->words[i].end;
			if (word_is(s, i, "rez")) {
				if (i + 2 >= s->nwords || !word_is(s, i + 1, "de") ||
				    !word_is(s, i + 2, "chaussee") ||
				    t[s->words[i].end] != '-' ||
				    s->words[i + 2].start != s->words[i + 1].end + 1)
					continue;
				b = s->words[i + 2].end;
			} else if (!(s->words[i].flags & W_UPPER))
				continue;
			b = courtyard_end(t, s, word_at(s, b), b);
		} else if (word_is(s, i, "bp") || word_is(s, i, "cs")) {
			/* A number: "CS" in capitals only (also a consultation),
			 * "bp 45" in any case, not "BP 120/80" */
			if ((!(s->words[i].flags & W_UPPER) && !word_is(s, i, "bp")) ||
			    !(n->flags & W_DIGIT) || n->end - n->start > 5 ||
			    (n->end - n->start < 2 && !word_is(s, i, "bp")) ||
			    !addr_gap(t, s, i) || (n->end < s->text_len &&
			    (t[n->end] == '/' || t[n->end] == ',' ||
			    t[n->end] == '.') && n->end + 1 < s->text_len &&
			    util_is_digit(t[n->end + 1])))
				continue;
			b = n->end;
		} else if ((b = unit_value(t, s, i, &home, &det)) == 0)
			continue;
		else if (word_is(s, i, "cellule") || word_is(s, i, "cel"))
			b = cell_wing_end(t, s, i, b);
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
 * Mimosas", "Bas Uhart", "Le Clos Fleuri", "Les Jardins de la Cité": a
 * street type too when capitalized), or, written in lower case, no
 * ordinary word ("lieu-dit kerampuil", "hameau de peyrolles"). */
/* Word k, a unit's word capitalized ("Porte", "Tour", "Bâtiment"),
 * is a place's name with a particle and a capitalized word after it,
 * no value: "hôtel Ibis Budget Porte de Bagnolet", "Foyer Tour de
 * Carol" (a branch or a quarter named after a city's gate), where "porte
 * 7", "Bât B" are a door and a building. */
static int
unit_named_place(const char *t, const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & W_CAP) && !(s->words[k].flags & W_UPPER) &&
	    k + 2 < s->nwords && joined(t, s, k) && joined(t, s, k + 1) &&
	    word_has(s, k + 1, D_PARTICLE) &&
	    (s->words[k + 2].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[k + 2].flags & W_DIGIT) && s->words[k + 2].nchars >= 3;
}

/* Words of time that follow a place's name in a sentence, no part of a
 * lieu-dit's name in lower case (place_name_word). */
static const char *const place_time_words[] = {
	"depuis", "pendant", "durant", "jusqu", "jusque", "puis", "lors",
	"avant", "apres", "hier", "demain", "actuellement", NULL,
};
static uint64_t place_time_words_filter;	/* word_in_listf */

static int
place_name_word(const char *t, struct detect_scratch *s, size_t k,
    int kind)
{
	const struct detect_word *w = &s->words[k];

	/* "cité des 4000", "résidence des 3 Chênes": a number
	 * of two to five digits after "des" ends a place's name, before the
	 * end of a clause ("cité des 12 ans" stays) */
	if ((w->flags & W_DIGIT) && k > 0 && word_is(s, k - 1, "des") &&
	    w->end - w->start >= 2 && w->end - w->start <= 5 &&
	    !word_taken(s, k))
		return w->end >= s->text_len || t[w->end] == ',' ||
		    t[w->end] == '.' || t[w->end] == ';' || t[w->end] == ')';
	/* the row's name inside a place's ("lieu-dit Le Moulin de Chez
	 * Baraud" of Mme Moulin): add_address absorbs it */
	if (word_taken(s, k) && is_name_span(span_of(s, k)) &&
	    (w->flags & (W_CAP | W_UPPER)))
		return 1;
	if ((w->flags & W_DIGIT) || word_taken(s, k) || (word_has(s, k,
	    D_UNIT) && !unit_named_place(t, s, k)) ||
	    (word_has(s, k, D_STREET) && !(w->flags & (W_CAP | W_UPPER)) &&
	    kind != 3))
		return 0;
	/* a lieu-dit's name may hold any capitalized word ("Le Moulin de
	 * Chez Baraud") */
	if (kind >= 2 && (w->flags & (W_CAP | W_UPPER)))
		return !word_has(s, k, D_CLINICAL);
	/* a word of time after the name ends it: "aire d'accueil Les
	 * Peupliers depuis 2 ans", "lieu-dit Kerbrat depuis mars" */
	if (kind >= 2 && word_in_listf(s, k, place_time_words))
		return 0;
	/* a title starts a person's name, not a place's: "Référente
	 * CADA Mme Valette" */
	if ((w->flags & (W_CAP | W_UPPER)) || kind >= 2)
		return !word_has(s, k, D_NOTNAME | D_CLINICAL | D_TITLE);
	return proper_word(t, s, k);
}

/* Word k is a short lower-case word inside a hyphenated place name,
 * between two of its capitalized parts ("lieu-dit Kerlan-en-Bas",
 * "Le Mesnil-sur-Oger", "Plessis-lès-Tours"): hyphens on both sides, so
 * "Kerlan en bas" or "Kerlan - en bas" end the name. */
static int
hyphen_inner(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return k > 0 && k + 1 < s->nwords && w->nchars <= 4 &&
	    !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && w->start > 0 &&
	    t[w->start - 1] == '-' && s->words[k - 1].end + 1 == w->start &&
	    w->end < s->text_len && t[w->end] == '-' &&
	    s->words[k + 1].start == w->end + 1 &&
	    (s->words[k + 1].flags & (W_CAP | W_UPPER));
}

/* Word k is a short number inside a place's name, a capitalized word
 * after it ("hôtel Formule 1 Évry", "Résidence Les Pins 2 Sud"). */
static int
inner_number(const char *t, const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & W_DIGIT) && s->words[k].end -
	    s->words[k].start <= 3 && k + 1 < s->nwords && joined(t, s, k) &&
	    (s->words[k + 1].flags & W_CAP) && !word_has(s, k + 1, D_TITLE |
	    D_UNIT | D_MONTH | D_NOTNAME);
}

/* After a place's name ending at word j, its house number ("Résidence
 * Les Pins 12", "lotissement Les Prés Verts, 14", "12 bis"): one to
 * three digits after a space or a comma, then the end of the text, a
 * mark that ends a clause or a postcode ("EHPAD Les Tilleuls 2 fois",
 * "Résidence Les Pins, 12 ans", "12.5" stay).  Its last word, or j. */
static size_t
house_number_after(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t n = j + 1, e, b, commas = 0;

	if (n >= s->nwords || !(s->words[n].flags & W_DIGIT) ||
	    word_taken(s, n) || s->words[n].end - s->words[n].start > 3 ||
	    s->words[n].start - s->words[j].end > 3)
		return j;
	for (b = s->words[j].end; b < s->words[n].start; b++)
		if (t[b] == ',')
			commas++;
		else if (t[b] != ' ')
			return j;
	e = n;
	if (e + 1 < s->nwords && (word_is(s, e + 1, "bis") ||
	    word_is(s, e + 1, "ter")) && joined(t, s, e))
		e++;
	for (b = s->words[e].end; b < s->text_len && t[b] == ' '; b++)
		;
	if (commas > 1 || (b < s->text_len && t[b] != ',' && t[b] != ';' &&
	    t[b] != ')' && t[b] != '\n' && t[b] != '\r' && !(t[b] == '.' &&
	    !(b + 1 < s->text_len && util_is_digit(t[b + 1]))) &&
	    !(e + 1 < s->nwords && s->words[e + 1].start == b &&
	    is_postcode(t, &s->words[e + 1]))))
		return j;
	return e;
}

/* the words of a foyer's kind ("foyer d'accueil médicalisé", "de
 * jeunes travailleurs", "d'hébergement", "occupationnel", "de
 * l'enfance"), the homes of the médico-social code (FAM, FJT, foyers
 * de vie, d'hébergement, d'urgence, maternels). */
static const char *const foyer_kinds[] = {
	"accueil", "medicalise", "jeunes", "jeune", "travailleurs",
	"travailleur", "travailleuses", "hebergement", "occupationnel", "vie",
	"logement", "migrants", "enfance", "educatif", "educative", "urgence",
	"insertion", "maternel", "adultes", "personnes", "agees", "handicapees",
	"femmes", "meres", "mineurs", "majeurs", "post", "cure", "soins",
	"therapeutique", "residence", "etudiants", "etudiant", "social",
	"socio", NULL,
};
static uint64_t foyer_kinds_filter;	/* word_in_listf */

/* after a foyer's kind in words, its name a capitalized word of
 * no table ("Foyer de travailleurs migrants Bara, ch. 305"); "foyer de
 * fracture La Rochelle" stays (no kind). */
static int
foyer_proper_name(const struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & W_UPPER) && s->words[k].nchars >= 3 &&
	    !word_has(s, k, D_PARTICLE | D_NOTNAME | D_CLINICAL | D_TITLE |
	    D_MONTH | D_TERM | D_RELATIVE | D_STREET | D_PLACE | D_UNIT |
	    D_DATECUE);
}

/* After "résidence": the words of a student's residence (dev21). */
static const char *const student_kinds[] = {
	"universitaire", "etudiante", "etudiant", "etudiants", "etudiantes",
	NULL,
};
static uint64_t student_kinds_filter;	/* word_in_listf */

/* Kinds of home named after their kind: "maison de retraite Les
 * Opalines", "foyer logement Les Lilas", "foyer de vie Arc-en-Ciel",
 * "résidence autonomie Les Jardins": the last word of the kind after
 * word i, or i. */
static size_t
place_kind_end(const struct detect_scratch *s, size_t i)
{
	size_t n = i + 1;

	if (n + 1 < s->nwords && word_is(s, i, "maison") && word_is(s, n, "de") &&
	    (word_is(s, n + 1, "retraite") || word_is(s, n + 1, "repos")))
		return n + 1;
	if (n + 1 < s->nwords && word_is(s, i, "foyer") && word_is(s, n, "de") &&
	    word_is(s, n + 1, "vie"))
		return n + 1;
	if (n + 1 < s->nwords && word_is(s, i, "pension") && word_is(s, n,
	    "de") && word_is(s, n + 1, "famille"))
		return n + 1;
	/* a student's home (dev21): "résidence universitaire Cité U
	 * Paillade", "résidence étudiante Les Estudines", "cité
	 * universitaire de Villejean", "cité U Jean-Zay" (the residences of
	 * the CROUS, as "résidence sociale" is Adoma's) */
	if (n < s->nwords && ((word_is(s, i, "residence") &&
	    word_in_listf(s, n, student_kinds)) || (word_is(s, i, "cite") &&
	    (word_is(s, n, "universitaire") || (word_is(s, n, "u") &&
	    (s->words[n].flags & W_UPPER))))) && s->words[n].start ==
	    s->words[i].end + 1)
		return n;
	/* "hôtel social Les Lilas", "hôtel meublé Le Bon Accueil": a
	 * social hotel, where the 115 or the SIAO lodges people (recall25) */
	if (n < s->nwords && word_is(s, i, "hotel") && (word_is(s, n,
	    "social") || word_is(s, n, "meuble")) && s->words[n].start ==
	    s->words[i].end + 1)
		return n;
	/* "maison relais Les Glycines", "résidence sociale Adoma" */
	if (n < s->nwords && ((word_is(s, i, "maison") && word_is(s, n,
	    "relais")) || (word_is(s, i, "residence") && word_is(s, n,
	    "sociale"))))
		return n;
	if (n < s->nwords && ((word_is(s, i, "foyer") && word_is(s, n,
	    "logement")) || (word_is(s, i, "residence") && (word_is(s, n,
	    "autonomie") || word_is(s, n, "services") || word_is(s, n,
	    "seniors") || word_is(s, n, "senior")))))
		return n;
	/* "foyer d'accueil médicalisé Les Coquelicots", "foyer des
	 * jeunes travailleurs Le Tremplin": its kind in one to four words
	 * in lower case, particles and foyer_kinds ("foyer de fracture La
	 * ..." stays), then its name after a capitalized article */
	for (size_t k = n; word_is(s, i, "foyer") && k < s->nwords &&
	    k <= i + 5 && s->words[k - 1].joined &&
	    !(s->words[k].flags & W_DIGIT) && (word_has(s, k, D_PARTICLE) ||
	    word_in_listf(s, k, foyer_kinds) || (s->words[k].flags &
	    (W_CAP | W_UPPER))); k++)
		if (s->words[k].flags & (W_CAP | W_UPPER))
			return k > n && (((word_is(s, k, "le") || word_is(s, k,
			    "la") || word_is(s, k, "les")) && k + 1 < s->nwords &&
			    s->words[k].joined && (s->words[k + 1].flags &
			    W_CAP)) || foyer_proper_name(s, k)) ? k - 1 : i;
	return i;
}

/* Word i, "hôtel" in lower case, is followed, one space away, by its
 * name's article or particle ("hôtel des Pyrénées", "hôtel Le Relais",
 * "hôtel de la Gare"), then a capitalized word: the kind belongs to the
 * name (recall21).  A brand with no article ("hôtel Formule 1", "hôtel
 * Ibis Budget") keeps the kind outside, as the hand sets do. */
static const char *const hotel_name_articles[] = { "le", "la", "les", "l",
    "du", "des", "de", "d", NULL };

static int
hotel_article_word(const struct detect_scratch *s, size_t k)
{
	for (const char *const *a = hotel_name_articles; *a != NULL; a++)
		if (word_is_str(s, k, *a))
			return 1;
	return 0;
}

static int
hotel_article_name(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;

	while (k < s->nwords && k <= i + 2 &&
	    !(s->words[k].flags & (W_UPPER | W_DIGIT)) &&
	    hotel_article_word(s, k) &&
	    s->words[k].start == s->words[k - 1].end + 1 &&
	    (t[s->words[k - 1].end] == ' ' || (k > i + 1 &&
	    t[s->words[k - 1].end] == '\'')))
		k++;
	return k > i + 1 && k < s->nwords && (s->words[k].flags & W_CAP) &&
	    !(s->words[k].flags & W_DIGIT) &&
	    s->words[k].start == s->words[k - 1].end + 1 &&
	    (t[s->words[k - 1].end] == ' ' || t[s->words[k - 1].end] == '\'');
}

/* Place word i that is also an ordinary word ("tour", "ferme", "clos",
 * "Lot."): its name, after particles joined to it, starts with a
 * capitalized word that is no word of the tables ("tour Rubis", "ferme
 * de La Basse Cour", "Ferme du Bois Joli"), and no ordinary word when
 * the place word is in capitals ("TOUR DE TAILLE" stays).  1 or 0. */
static int
weak_place(const char *t, struct detect_scratch *s, size_t i)
{
	int upper = (s->words[i].flags & W_UPPER) != 0;
	size_t k = i + 1;

	/* "chemin Ravine Blanche", "route de la Ravine", "rue du Camp de
	 * César": a street's name, after its type and particles */
	for (size_t b = i; b > 0 && i - b < 4 && (b == i || word_has(s, b,
	    D_PARTICLE)) && place_joined(t, s, b); b--)
		if (word_has(s, b - 1, D_STREET) && !word_has(s, b - 1, D_PLACE))
			return 0;
	/* "hôtel 115 Première Classe": the number of the emergency line
	 * that placed someone there, before the hotel's name */
	if (word_is(s, i, "hotel") && k < s->nwords && inner_number(t, s, k))
		k++;
	while (k < s->nwords && k <= i + 3 && word_has(s, k, D_PARTICLE) &&
	    (upper || !(s->words[k].flags & W_CAP)) &&
	    (k == i + 1 ? place_joined(t, s, k) : joined(t, s, k - 1)))
		k++;
	if (k >= s->nwords || !(k == i + 1 ? place_joined(t, s, k) :
	    joined(t, s, k - 1)))
		return 0;
	/* "ferme de La Basse Cour": a capitalized article, a capital after */
	if (!upper && word_has(s, k, D_PARTICLE) && (s->words[k].flags & W_CAP) &&
	    k + 1 < s->nwords && joined(t, s, k))
		k++;
	/* "Hôtel-Dieu" is a hospital, "Hôtel de Ville" a town hall */
	if (word_is(s, i, "hotel") && (word_is(s, k, "dieu") ||
	    word_is(s, k, "ville")))
		return 0;
	if (!(s->words[k].flags & (W_CAP | W_UPPER)) || word_taken(s, k) ||
	    (s->words[k].flags & W_DIGIT) || word_has(s, k, D_NOTNAME |
	    D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM | D_RELATIVE |
	    D_DATECUE))
		return 0;
	return !upper || proper_word(t, s, k);
}

/* "LD KERBRAT, 29800 LANDERNEAU", "Adresse : LD KERBRAT": "LD" in
 * capitals is a lieu-dit after an address cue, or at a clause's start
 * when a postcode ends the one to three words of its name; elsewhere a
 * drug's slow release ("Ditropan LD 5 mg"). */
static int
ld_caps(const char *t, struct detect_scratch *s, size_t i)
{
	if (i > 0 && cue_ends_at(t, s, i - 1))
		return 1;
	if (!clause_start(t, s, i))
		return 0;
	for (size_t k = i + 2; k < s->nwords && k <= i + 4; k++) {
		if (is_postcode(t, &s->words[k]))
			return addr_gap(t, s, k - 1);
		if (!joined(t, s, k - 1))
			return 0;
		if (!(s->words[k].flags & (W_CAP | W_UPPER)))
			return 0;
	}
	return 0;
}

/* A shelter's cue within twelve words before word i: the emergency
 * number "115", the "SIAO" that places, "hébergement", "hébergé(e)". */
static int
shelter_cue_before(const struct detect_scratch *s, size_t i)
{
	static const char *const cues[] = {
		"115", "siao", "hebergement", "heberge", "hebergee", NULL,
	};
	static uint64_t cues_filter;	/* word_in_listf */

	for (size_t k = i; k > 0 && i - k < 12; k--)
		if (word_in_listf(s, k - 1, cues))
			return 1;
	return 0;
}

/* "hébergé par le 115 au CHU Les Augustins": after a shelter's cue, "CHU"
 * in capitals is a "centre d'hébergement d'urgence", its name an
 * article and a capitalized word (leaks21; dev16 left it: "CHU" is the
 * hospital as often, "CHU de Brest" stays, and "CHU" with no cue
 * before it).
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
shelter_chu(const char *t, struct detect_scratch *s, size_t i)
{
	size_t n = i + 1;

	return n + 1 < s->nwords && word_is(s, i, "chu") &&
	    (s->words[i].flags & W_UPPER) && !word_taken(s, i) &&
	    joined(t, s, i) && (s->words[n].flags & W_CAP) &&
	    (word_is(s, n, "le") || word_is(s, n, "la") ||
	    word_is(s, n, "les")) && joined(t, s, n) &&
	    (s->words[n + 1].flags & (W_CAP | W_UPPER)) &&
	    !word_has(s, n + 1, D_NOTNAME | D_CLINICAL) &&
	    shelter_cue_before(s, i);
}

/* "hébergement maternel Maison Claire", "vit à la Maison Bleue": a
 * capitalized "Maison" and a capitalized ordinary word (an adjective, a
 * colour: proper_word refuses it, "Maison Fabre" needs no cue) name a
 * home when a word of lodging or residence (shelter_cue_before's,
 * D_RESIDE) stands at most four words before it in the same clause
 * (recall22, heldout10).  "suivi à la Maison Blanche" (a hospital), "la
 * Maison médicale de garde", "MAISON CLAIRE" in capitals stay. */
static int
maison_lodging_name(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const cues[] = {
		"115", "siao", "hebergement", "heberge", "hebergee",
		"heberges", "hebergees", NULL,
	};
	static uint64_t cues_filter;	/* word_in_listf */
	/* a public body's or a school's house, no one's home ("Maison
	 * Départementale des Personnes Handicapées", "Maison Familiale
	 * Rurale", "Maison Médicale") */
	static const char *const bodies[] = {
		"departementale", "departemental", "regionale", "communale",
		"intercommunale", "nationale", "familiale", "rurale",
		"medicale", "sociale", "municipale", "internationale",
		"universitaire", "pluriprofessionnelle", "diocesaine", NULL,
	};
	static uint64_t bodies_filter;	/* word_in_listf */
	size_t n = i + 1;

	if (n >= s->nwords || !(s->words[i].flags & W_CAP) ||
	    (s->words[i].flags & W_UPPER) || !(s->words[n].flags & W_CAP) ||
	    (s->words[n].flags & (W_UPPER | W_DIGIT)) ||
	    s->words[n].nchars < 3 || !joined(t, s, i) ||
	    word_has(s, n, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_TERM | D_RELATIVE | D_UNIT | D_STREET | D_PARTICLE) ||
	    word_in_listf(s, n, bodies))
		return 0;
	for (size_t k = i; k > 0 && i - k < 4; k--) {
		if (memchr(t + s->words[k - 1].end, '.', s->words[k].start -
		    s->words[k - 1].end) || memchr(t + s->words[k - 1].end,
		    ';', s->words[k].start - s->words[k - 1].end))
			return 0;
		if (word_has(s, k - 1, D_RESIDE) ||
		    word_in_listf(s, k - 1, cues))
			return 1;
	}
	return 0;
}

/* Word i starts a place: 1 (2 for a lieu-dit, whose name may be
 * ordinary words: "lieu-dit le haut bois"), and *last its last word
 * ("lieu-dit": "dit"; "maison de retraite": "retraite").  "Foyer",
 * "Maison" only before a proper name ("Foyer ADEF", "Maison Ithurria"),
 * not "foyer infectieux", "Maison de retraite"; "ld", "Ldt" before a
 * capital, not in capitals ("LD" is also a drug's slow-release form);
 * "ZI", "ZAC" in capitals; "Mas" capitalized. */
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
	if (word_is(s, i, "lot") && (s->words[i].flags & W_DOT) &&
	    !word_taken(s, i) && (i == 0 || t[s->words[i].start - 1] != '-'))
		return weak_place(t, s, i);	/* "Lot. Les Hauts de Kerbrat" */
	if (shelter_chu(t, s, i))
		return 1;
	if (!word_has(s, i, D_PLACE) || word_taken(s, i))
		return 0;
	/* "foyer logement Les Lilas", "foyer logement de Pontivy" */
	if ((*last = place_kind_end(s, i)) != i)
		return *last + 1 < s->nwords &&
		    ((s->words[*last + 1].flags & (W_CAP | W_UPPER)) ||
		    weak_place(t, s, *last));
	if (word_in_listf(s, i, weak_place_words))
		return weak_place(t, s, i);
	if (word_in_listf(s, i, estate_heads))
		return (s->words[i].flags & W_CAP) && n + 1 < s->nwords &&
		    (word_is(s, n, "de") || word_is(s, n, "du") ||
		    word_is(s, n, "des") || word_is(s, n, "d")) &&
		    joined(t, s, n) && (s->words[n + 1].flags & W_CAP) &&
		    !word_has(s, n + 1, D_NOTNAME | D_CLINICAL | D_TITLE);
	/* "aire d'accueil de la route de Thionville": a travellers' site,
	 * named like a lieu-dit, a street in it */
	if (word_is(s, i, "aire")) {
		if (i + 3 >= s->nwords || !word_is(s, n, "d") ||
		    !word_is(s, n + 1, "accueil"))
			return 0;
		*last = n + 1;
		return 3;
	}
	/* "Foyer ADEF", "foyer Les Saules" */
	if (word_is(s, i, "pension"))
		return 0;	/* only "pension de famille" (place_kind_end) */
	if (word_is(s, i, "foyer") || word_is(s, i, "maison") ||
	    word_is(s, i, "section"))
		return (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    !(s->words[i].flags & W_DOT) && (proper_word(t, s, n) ||
		    (word_is(s, i, "maison") && maison_lodging_name(t, s, i)) ||
		    (word_has(s, n, D_PARTICLE) && n + 1 < s->nwords &&
		    joined(t, s, n) && (s->words[n + 1].flags & W_CAP) &&
		    !word_has(s, n + 1, D_NOTNAME | D_CLINICAL)));
	if (word_is(s, i, "ld") || word_is(s, i, "ldt"))
		return (!(s->words[i].flags & W_UPPER) || ld_caps(t, s, i)) &&
		    (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    !word_has(s, n, D_NOTNAME | D_CLINICAL);
	if (word_is(s, i, "zi") || word_is(s, i, "za") || word_is(s, i, "zac") ||
	    word_is(s, i, "zup"))
		return (s->words[i].flags & W_UPPER) != 0;
	if (word_is(s, i, "mas"))
		return (s->words[i].flags & (W_CAP | W_UPPER)) != 0;
	return word_is(s, i, "lieudit") ? 2 : 1;
}

/* A place written in lower case whose name is made of ordinary words
 * ("résidence arrosa bât a", "résidence les lilas, appt 4"): the name's
 * last word when a unit with its value follows it (the unit says it is a
 * home), or 0. */
static size_t
place_confirmed(const char *t, struct detect_scratch *s, size_t j)
{
	size_t k;

	for (k = j + 1; k < s->nwords && k <= j + 3 && joined(t, s, k - 1); k++)
		if ((s->words[k].flags & W_DIGIT) || word_taken(s, k) ||
		    word_has(s, k, D_UNIT | D_STREET | D_NOTNAME | D_CLINICAL |
		    D_TERM | D_TITLE))
			break;
	if (k == j + 1 || k >= s->nwords || !addr_gap(t, s, k - 1) ||
	    !unit_follows(s, k))
		return 0;
	return k - 1;
}

static int	city_name(const char *t, struct detect_scratch *s, size_t c,
		    size_t *end);
static int	place_town(const char *t, struct detect_scratch *s, size_t k);

/* The town of a home where someone lives ("vit en EHPAD à Lannion",
 * "entrée en maison de retraite à Dinan", "foyer logement à Pontivy"):
 * a home acronym (home_words) or a kind of home (place_kind_end), then
 * "à"/"au" and a city's name (city_name), taken as an address like the
 * city where someone lives (docs/scrub.md).  Word i is no place found;
 * 0, 1 or -ENOMEM.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
home_city(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k;

	if (!word_has(s, i, D_PLACE) || word_taken(s, i))
		return 0;
	if ((k = place_kind_end(s, i)) == i && !word_in_listf(s, i, home_words))
		return 0;
	return place_town(t, s, k);
}

/* After word k (a home's kind, or the last word of a place's name:
 * "CHRS La Passerelle à Rennes", "lotissement Les Flamboyants à
 * Cayenne"), "à"/"au" and a city's name: the place's town, an address.
 * 0, 1 or -ENOMEM. */
static int
place_town(const char *t, struct detect_scratch *s, size_t k)
{
	size_t end;

	k++;
	if (k + 1 >= s->nwords || !(word_is(s, k, "a") || word_is(s, k, "au")) ||
	    !joined(t, s, k - 1) || !joined(t, s, k) || word_taken(s, k + 1) ||
	    !city_name(t, s, k + 1, &end))
		return 0;
	return add_address(s, s->words[k + 1].start, end);
}

/* "Résidence Les Mimosas", "lieu-dit Kerbrat", "HLM Les Glycines",
 * "quartier Bas Uhart", "Foyer ADEF", "EHPAD Les Tilleuls": the place
 * word and up to four words of its name; a unit after it ("Bât A") is a
 * span of its own. */
/* "Domicile : 12 Morne Calebasse", "vit au 3 Habitation Clément": a
 * house number of one to four digits before a place (word f, byte a), at
 * a clause's start, after an address cue or "au": the number's byte, or
 * a. */
static size_t
place_house_number(const char *t, struct detect_scratch *s, size_t f,
    size_t a)
{
	size_t d;

	if (f == 0 || f >= s->nwords || s->words[f].start != a)
		return a;
	d = f - 1;
	if (!(s->words[d].flags & W_DIGIT) || word_taken(s, d) ||
	    s->words[d].end - s->words[d].start > 4 || !joined(t, s, d) ||
	    s->words[f].start != s->words[d].end + 1)
		return a;
	if (clause_start(t, s, d) || (d > 0 && (cue_ends_at(t, s, d - 1) ||
	    word_is(s, d - 1, "au"))))
		return s->words[d].start;
	/* "vit (désormais) à 6 lot. Les Flamboyants" */
	if (d >= 2 && word_is(s, d - 1, "a") && (word_has(s, d - 2, D_RESIDE) ||
	    (d >= 3 && word_has(s, d - 3, D_RESIDE))))
		return s->words[d].start;
	return a;
}

/* The place that starts at word i follows "chez" after a trade:
 * "apprentie boulangère chez Maison Fabre" is an employer
 * (employer_chez), no one's home.  Out of line: asked of place words
 * only. */
static __attribute__((noinline)) int
employer_place(const char *t, const struct detect_scratch *s, size_t i)
{
	return word_is(s, i - 1, "chez") && employer_chez(t, s, i - 1);
}

/* A place from word i (place_word), its name and what follows it; *next
 * the last word read.  1 found, 0 not, or -errno. */
static int
place_from(const char *t, struct detect_scratch *s, size_t i, size_t *next)
{
	size_t j, k, a, taken = 0;
	int kind, r;

	*next = i;
	if ((kind = place_word(t, s, i, &j)) == 0)
		return (r = home_city(t, s, i)) < 0 ? r : 0;
	if (i > 0 && employer_place(t, s, i))
		return 0;
	/* "lieu-dit La Croix du Moulin": the row's address found after
	 * the place word takes it */
	if (j + 1 < s->nwords && row_piece(s, j + 1) &&
	    (j + 1 == i + 1 ? place_joined(t, s, j + 1) :
	    joined(t, s, j))) {
		extend_left(s, (size_t)s->wspan[j + 1], s->words[i].start);
		return 0;
	}
	for (k = j + 1; k < s->nwords && k <= j + 5 &&
	    (k == j + 1 ? place_joined(t, s, k) : joined(t, s, k - 1));
	    k++) {
		if ((word_has(s, k, D_PARTICLE) || inner_number(t, s,
		    k) || hyphen_inner(t, s, k)) && !word_taken(s, k) &&
		    k + 1 < s->nwords)
			continue;
		if (!place_name_word(t, s, k, kind))
			break;
		taken = k;
	}
	if (taken != 0)
		taken = house_number_after(t, s, taken);
	if (taken == 0 && j == i)
		taken = place_confirmed(t, s, j);
	if (taken == 0)
		return (r = home_city(t, s, i)) < 0 ? r : 0;
	/* "Le Clos des Vignes", "La Ferme du Bois Joli": the article
	 * capitalized before the place word is its name's */
	a = s->words[i].start;
	/* "tribu de Saint-Louis", "tribu de Wagap": the kind goes with
	 * the locality, as a lieu-dit's does (recall22: heldout10 and
	 * heldout15 label the whole, heldout7 the locality alone; a Kanak
	 * tribe's postal address is written "Tribu de Wagap") */
	/* "Foyer de travailleurs migrants Bara": a kind in words, then a
	 * bare name (no article): the kind stays as it tells no one's
	 * home, the name goes */
	if (word_is(s, i, "foyer") && j > i && j + 1 < s->nwords &&
	    foyer_proper_name(s, j + 1))
		a = s->words[j + 1].start;
	/* "l'hôtel Formule 1 Évry": the kind stays, its name goes
	 * (the hand sets label the name); "Hôtel du Panthéon", "Hôtel
	 * Ibis" capitalized: the kind is part of the name; so is it in
	 * lower case before a name that opens with its article or
	 * particle ("hôtel des Pyrénées", "hôtel Le Relais": alone "des
	 * Pyrénées" names no place, the hand sets label the kind with it) */
	else if (word_is(s, i, "hotel") && j == i &&
	    !((s->words[i].flags & W_CAP) &&
	    !(s->words[i].flags & W_UPPER)) && !hotel_article_name(t, s, i))
		a = s->words[i + 1 + ((s->words[i + 1].flags &
		    W_DIGIT) != 0)].start;
	else if (word_is(s, i, "hebergement") && i >= 2 &&
	    word_is(s, i - 1, "d") && word_is(s, i - 2, "centre") &&
	    joined(t, s, i - 2))
		a = s->words[i - 2].start;	/* "centre d'hébergement" */
	else if (i > 0 && (s->words[i - 1].flags & W_CAP) &&
	    !(s->words[i].flags & W_UPPER) && !word_taken(s, i - 1) &&
	    (word_is(s, i - 1, "le") || word_is(s, i - 1, "la") ||
	    word_is(s, i - 1, "les")) && joined(t, s, i - 1))
		a = s->words[i - 1].start;
	a = place_house_number(t, s, word_at(s, a), a);
	if ((r = add_address(s, a, s->words[taken].end)) < 0 ||
	    (r = place_town(t, s, taken)) < 0)
		return r;
	*next = taken;
	return 1;
}

/* The shelters named "CHU" in a comment with no other place word
 * (shelter_chu): the same walk as scan_places from those words only. */
static int
scan_shelter_chus(const char *t, struct detect_scratch *s)
{
	int r;

	/* (the words in capitals from their class bytes, sixteen a step:
	 * speed30c) */
	for (size_t i = wcls_find(s, 0, W_UPPER, 0); i + 1 < s->nwords;
	    i = wcls_find(s, i + 1, W_UPPER, 0)) {
		size_t next;

		/* "CHU" in capitals: the flag first, few words have it */
		if (!(s->words[i].flags & W_UPPER) ||
		    s->words[i].fold_len != 3 || !shelter_chu(t, s, i))
			continue;
		if ((r = place_from(t, s, i, &next)) < 0)
			return r;
		i = next;
	}
	return 0;
}

static int
scan_places(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a place word, or "lieu" (a street word) of "lieu-dit";
	 * "Lot." (a unit word) when no such word opens this gate:
	 * scan_units asks place_from of it. */
	if (!comment_has(s, 0, D_PLACE | D_STREET))
		/* "CHU" is a clinical word (D_CLINICAL) in capitals: the
		 * comments with no clinical word are not walked (speed23d) */
		return comment_has(s, W_UPPER, D_CLINICAL) ?
		    scan_shelter_chus(t, s) : 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t next;

		/* place_from does nothing from a word that is no place word
		 * (D_PLACE), "lieu" nor "lot" (place_word, home_city): most
		 * words, asked here without the call (some 60 instructions
		 * a word). */
		if (!word_has(s, i, D_PLACE) && s->words[i].fold_len - 3 > 1)
			continue;
		if ((r = place_from(t, s, i, &next)) < 0)
			return r;
		i = next;
	}
	return 0;
}

/* A named place after an address cue, ended by a comma and an address
 * ("Adresse : Les Jardins de l'Étoile, bât A4", "Domicile : Etxe
 * Berria, route de Saint-Pée"): up to five capitalized words, particles
 * and elisions inside, between the cue (and its colon) and the comma.
 * Looked for backwards from each address span. */
static int
scan_cued_places(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t k, i, a;

		if (s->spans[x].kind != DETECT_ADDRESS ||
		    (k = word_at(s, s->spans[x].start)) < 2 || k >= s->nwords ||
		    s->words[k].start != s->spans[x].start ||
		    word_taken(s, k - 1) || word_has(s, k - 1, D_PARTICLE) ||
		    !postcode_gap(t, s->words[k - 1].end, s->words[k].start) ||
		    memchr(t + s->words[k - 1].end, ',', s->words[k].start -
		    s->words[k - 1].end) == NULL)
			continue;
		/* the run of capitalized words (particles inside) before */
		for (i = k; i > 0 && k - i < 5 && !word_taken(s, i - 1) &&
		    !(s->words[i - 1].flags & W_DIGIT) &&
		    ((s->words[i - 1].flags & (W_CAP | W_UPPER)) ||
		    word_has(s, i - 1, D_PARTICLE)) &&
		    !word_has(s, i - 1, D_TITLE | D_CLINICAL | D_RELATIVE |
		    D_MONTH | D_TERM | D_UNIT) && (i == k || joined(t, s, i - 1)) &&
		    !word_in_listf(s, i - 1, address_cues);	/* "Adresse Kerguelen, route" */
		    i--)
			;
		/* its first word capitalized, the cue before it */
		while (i < k && !(s->words[i].flags & (W_CAP | W_UPPER)))
			i++;
		if (i == k || i == 0 || !cue_ends_at(t, s, i - 1) ||
		    s->words[i].start - s->words[i - 1].end > 3)
			continue;
		for (a = s->words[i - 1].end; a < s->words[i].start; a++)
			if (t[a] != ' ' && t[a] != ':')
				break;
		if (a < s->words[i].start)
			continue;
		if ((r = add_span(s, s->words[i].start, s->words[k - 1].end,
		    DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}

/* The first words of a hamlet's or a quarter's name before an ordinary
 * noun ("vit au Petit Bois", "VAD au Vieux Moulin", "habite aux Trois
 * Chênes", "le Haut Bourg"): an adjective of size, age or height, or a
 * number; the noun after one of them is the name's, capitalized
 * (recall23; "Petit" alone was taken before, "Bois" left). */
static const char *const place_name_heads[] = {
	"petit", "petite", "petits", "petites", "grand", "grande", "grands",
	"grandes", "vieux", "vieille", "vieilles", "haut", "haute", "hauts",
	"hautes", "bas", "basse", "basses", "beau", "belle", "neuf", "neuve",
	"deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", NULL,
};
static uint64_t place_name_heads_filter;	/* word_in_listf */

/* Word k may be a word of a city's name after the first: joined to the
 * word before by a hyphen in any case ("Saint-Brieuc", "Aix-en-Provence",
 * "Boulogne-sur-Mer"), or after a space capitalized and no word of the
 * tables ("La Roche Bernard"). */
static int
city_word(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	if ((w->flags & W_DIGIT) || (word_taken(s, k) &&
	    !is_name_span(span_of(s, k))))
		return 0;
	if (w->start == s->words[k - 1].end + 1 && t[w->start - 1] == '-')
		return 1;
	return w->start == s->words[k - 1].end + 1 && t[w->start - 1] == ' ' &&
	    (w->flags & W_CAP) && !(w->flags & W_UPPER &&
	    !(s->words[k - 1].flags & W_UPPER)) &&
	    !word_has(s, k, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_UNIT | D_TERM | D_RELATIVE | D_STREET | D_PLACE | D_DATECUE) &&
	    (word_has(s, k - 1, D_PARTICLE) || !word_lexicon(t, s, k) ||
	    ((k == 1 || !(s->words[k - 2].flags & (W_CAP | W_UPPER))) &&
	    word_in_listf(s, k - 1, place_name_heads)));
}

/* Word c, after residence word i, opens a hamlet's name of an
 * adjective (place_name_heads) and a capitalized noun after "à la" in
 * lower case: "vit à la Petite Lande", "habite à la Grande Borne", "VAD
 * à la Vieille Forge" (recall24), as "vit au Petit Bois" is read.  A
 * region or a town after "à la" ("vit à la Réunion", "à la Rochelle"
 * miswritten) has no adjective first: it stays as before. */
static int
hamlet_after_la(const char *t, struct detect_scratch *s, size_t i, size_t c)
{
	return c >= i + 3 && c + 1 < s->nwords && word_is(s, c - 1, "la") &&
	    !(s->words[c - 1].flags & W_CAP) && word_is(s, c - 2, "a") &&
	    joined(t, s, c - 2) && joined(t, s, c - 1) &&
	    word_in_listf(s, c, place_name_heads) && city_word(t, s, c + 1);
}

/* The city after residence word i ("vit à Lorient (56)", "domiciliée à
 * Saint-Brieuc", "vit seule à Brest", "habite La Rochelle", "vit au
 * Havre", "vit en EHPAD à Lannion"): up to three words in lower case
 * (or a home: "EHPAD", "foyer logement") between, then "à", "au", "aux" or
 * nothing, then a capitalized word that is no word of the tables (an
 * ordinary word only capitalized, not in capitals: "Tours", "Sens"; not
 * "VIT À DOMICILE"), the words of its name, its arrondissement and its
 * département in parentheses.  Its first word, and *end its last byte,
 * or NO_WORD. */
/* "CCAS de Quimper" at word c (after "domicilié au", "domiciliation
 * :"): the town of the social centre that gives someone without a home
 * an address; its word, or c. */
static size_t
social_centre_town(const char *t, const struct detect_scratch *s, size_t c)
{
	if (c + 2 < s->nwords && (word_is(s, c, "ccas") || word_is(s, c,
	    "cias")) && (word_is(s, c + 1, "de") || word_is(s, c + 1, "d")) &&
	    joined(t, s, c) && joined(t, s, c + 1))
		return c + 2;
	return c;
}

static size_t
residence_city(const char *t, struct detect_scratch *s, size_t i, size_t *end)
{
	size_t k = i + 1, c, b, lim = i + 5;
	const struct detect_word *w;

	/* "Ville : Brest", "commune: Plouzané": the label, a colon, a city */
	if (word_is(s, i, "ville") || word_is(s, i, "commune") ||
	    word_is(s, i, "domiciliation")) {
		for (b = s->words[i].end; b < s->words[k].start && t[b] == ' '; b++)
			;
		if (b >= s->words[k].start || t[b] != ':')
			return NO_WORD;
		for (b++; b < s->words[k].start && t[b] == ' '; b++)
			;
		k = social_centre_town(t, s, k);
		return b == s->words[i + 1].start && city_name(t, s, k, end) ?
		    k : NO_WORD;
	}
	/* "Domicile : Kergoff.", "Domicile : Ty Nevez, Plouescat": the
	 * form's label, a colon, a place's name (a lieu-dit, a town) with no
	 * street; the first word one no lexicon has, or a commune of La
	 * Poste's list ("Domicile : seule", "Domicile : Aide ménagère",
	 * "Domicile : RAS" stay) */
	if (word_is(s, i, "domicile") && (b = colon_then(t, s, i)) != 0) {
		if (b != s->words[k].start || word_taken(s, k) ||
		    (word_lexicon(t, s, k) && !single_commune(s, k)) ||
		    !city_name(t, s, k, end))
			return NO_WORD;
		/* the name whole, up to the clause's end or "à" and its town:
		 * "Pen ar Valy, route de ..." is not "Pen" (a lieu-dit's
		 * Breton article: the rules of homes read it whole) */
		b = *end;
		if (!(b >= s->text_len || t[b] == ',' || t[b] == '.' ||
		    t[b] == ';' || t[b] == ')' || t[b] == '\n' ||
		    (t[b] == ' ' && b + 3 < s->text_len &&
		    memcmp(t + b + 1, "\xc3\xa0 ", 3) == 0)))
			return NO_WORD;
		return k;
	}
	for (; k < s->nwords && k <= lim; k++) {
		size_t a;

		for (a = s->words[k - 1].end; a < s->words[k].start &&
		    t[a] == ' '; a++)
			;
		/* "chez ses grands-parents à", "chez sa belle-mère à" */
		if (a == s->words[k - 1].end && t[a] == '-' && a + 1 ==
		    s->words[k].start && !(s->words[k].flags & (W_CAP |
		    W_UPPER)) && !(s->words[k - 1].flags & (W_CAP | W_UPPER))) {
			lim++;	/* one word */
			continue;
		}
		if (a < s->words[k].start || a == s->words[k - 1].end)
			return NO_WORD;	/* a comma, a line, a hyphen */
		w = &s->words[k];
		/* "vit en EHPAD à Lannion", "vit en foyer logement à Pontivy" */
		if (word_has(s, k, D_PLACE) && !(w->flags & W_DIGIT) &&
		    !word_taken(s, k) && (word_in_listf(s, k, home_words) ||
		    place_kind_end(s, k) != k || !(w->flags & (W_CAP | W_UPPER)))) {
			k = place_kind_end(s, k);
			continue;
		}
		if (w->flags & (W_CAP | W_UPPER | W_DIGIT))
			break;
		/* "vit seule à", "vit en couple à", "vit chez sa fille à":
		 * words in lower case up to "à" (the city must follow it) */
		if (word_has(s, k, D_RESIDE | D_TITLE) && !word_is(s, k, "ville") &&
		    !word_is(s, k, "commune"))
			return NO_WORD;
	}
	if (k >= s->nwords || k > lim)
		return NO_WORD;
	c = k;
	w = &s->words[c];
	/* "habite Quimper" without "à": "habite" (a verb that takes its
	 * place) only */
	if (c == i + 1 && !word_is(s, i, "habite") && !word_is(s, i,
	    "habitent") && !word_is(s, i, "domicilie") && !word_is(s, i,
	    "domiciliee"))
		return NO_WORD;
	/* the city right after "à", "au", "sur" ("habite sur Brest"; or
	 * "habite") */
	if (c > i + 1 && !word_is(s, c - 1, "a") && !word_is(s, c - 1, "au") &&
	    !word_is(s, c - 1, "aux") && !word_is(s, c - 1, "sur") &&
	    !hamlet_after_la(t, s, i, c))
		return NO_WORD;
	c = social_centre_town(t, s, c);
	return city_name(t, s, c, end) ? c : NO_WORD;
}

/* Polynesian names write a glottal stop with an apostrophe inside the
 * word ("Faa'a", "Hitia'a", "Teahupo'o", "Mata'iea"): the tokenizer cuts
 * them there, as it cuts an elision.  After word e, of three letters or
 * more ending in a vowel (an elided word ends in a consonant or "qu":
 * "aujourd'", "presqu'", "jusqu'"), one "'" and a word in lower case glued to it are
 * the same name, once or twice ("Fa'a'ā"): the last word. */
static size_t
apostrophe_tail(const char *t, const struct detect_scratch *s, size_t e)
{
	for (int n = 0; n < 2 && e + 1 < s->nwords; n++) {
		const struct detect_word *w = &s->words[e], *x = &s->words[e + 1];
		char last = (char)(t[w->end - 1] | 0x20);

		if (w->nchars < 3 || x->start != w->end + 1 || t[w->end] != '\'' ||
		    (x->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    !util_in_set("aeiouy", last) || (last == 'u' &&
		    (t[w->end - 2] | 0x20) == 'q') || word_taken(s, e + 1))
			break;
		e++;
	}
	return e;
}

/* Word k is a Breton article in lower case inside a place's name ("Pen
 * ar Hoat", "Toul an Hery", "Ker al Loc'h"): between two capitalized
 * words of the name, as the French particles (leaks21; recall20 left
 * "Domicile : Pen ar Hoat." raw, the name stopping at "ar"). */
static int
breton_article(const struct detect_scratch *s, size_t k)
{
	return s->words[k].nchars == 2 && (word_is(s, k, "ar") ||
	    word_is(s, k, "an") || word_is(s, k, "al"));
}

/* A city's name from word c: capitalized, no word of the tables (an
 * ordinary word only capitalized, not in capitals), or an article or a
 * saint before one ("La Rochelle", "Saint Pierre"); its hyphenated or
 * capitalized words, its arrondissement ("Paris 15e") and its
 * département in parentheses ("Lorient (56)", "Ajaccio (2A)").  1 and
 * *end its last byte, or 0. */
static int
city_name(const char *t, struct detect_scratch *s, size_t c, size_t *end)
{
	const struct detect_word *w = &s->words[c];
	size_t e;

	if (!(w->flags & W_CAP) || (w->flags & W_DIGIT) || w->nchars < 2 ||
	    (word_taken(s, c) && !is_name_span(span_of(s, c))))
		return 0;
	if (word_has(s, c, D_PARTICLE)) {
		/* "La Rochelle", "Le Havre", "Saint Pierre": the article or
		 * the saint capitalized, a name after */
		if (c + 1 >= s->nwords || !city_word(t, s, c + 1))
			return 0;
	} else if (word_has(s, c, D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_UNIT | D_TERM | D_RELATIVE | D_STREET | D_PLACE | D_DATECUE |
	    D_RESIDE) || ((w->flags & W_UPPER) && word_lexicon(t, s, c)))
		return 0;
	for (e = c; e + 1 < s->nwords && e - c < 5; e++) {
		if (city_word(t, s, e + 1))
			continue;
		/* "Saint Pol de Léon", "Moulin de Kerhamon", "Hauts de
		 * Sainte-Anne": a particle in lower case between capitals */
		if (e + 2 < s->nwords && (word_has(s, e + 1, D_PARTICLE) ||
		    breton_article(s, e + 1)) &&
		    !(s->words[e + 1].flags & W_CAP) && joined(t, s, e) &&
		    !word_taken(s, e + 1) && city_word(t, s, e + 2)) {
			e++;
			continue;
		}
		break;
	}
	e = apostrophe_tail(t, s, e);
	e = arrondissement_end(t, s, e);
	*end = s->words[e].end;
	/* "Lorient (56)", "Ajaccio (2A)", "Saint-Pierre (974)" */
	if (e + 1 < s->nwords && s->words[e + 1].start == *end + 2 &&
	    t[*end] == ' ' && t[*end + 1] == '(') {
		const struct detect_word *d = &s->words[e + 1];
		size_t n = d->end - d->start, b = d->end;

		if ((d->flags & W_DIGIT) && n == 1 && t[d->start] == '2' &&
		    b < s->text_len && (t[b] == 'A' || t[b] == 'B'))
			b++;
		else if (!(d->flags & W_DIGIT) || !(n == 2 || n == 3 ||
		    n == 5))
			b = 0;
		if (b != 0 && b < s->text_len && t[b] == ')')
			*end = b + 1;
	}
	return 1;
}

/* Word i starts the text or a line. */
static int
line_start(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].start;

	while (a > 0 && t[a - 1] == ' ')
		a--;
	return a == 0 || t[a - 1] == '\n';
}

/* The city written before a numbered street ("Brest, 12 rue de Siam",
 * "Domicile : QUIMPER - 3 rue Kéréon", "adresse à Morlaix, 5 place
 * Allende"): the words before address span x, a comma or a hyphen
 * between, are a city's name (city_name, ending right there) that
 * starts the text or a line or follows "à" or an address cue (not
 * "Personne de confiance : Linh, 62, venelle": a name); a city in
 * capitals that is also an ordinary word only after a cue.  0, 1 or
 * -ENOMEM. */
static int
city_before_street(const char *t, struct detect_scratch *s, size_t x)
{
	size_t k, c, end, a, marks = 0;

	if ((k = word_at(s, s->spans[x].start)) < 1 || k >= s->nwords ||
	    s->words[k].start != s->spans[x].start ||
	    !(s->words[k].flags & W_DIGIT) || word_taken(s, k - 1))
		return 0;
	a = s->words[k - 1].end;
	if (s->words[k].start - a > 3)
		return 0;
	for (; a < s->words[k].start; a++)
		if (t[a] == ',' || t[a] == '-')
			marks++;
		else if (t[a] != ' ')
			return 0;
	if (marks != 1)
		return 0;
	/* the city's first word: up to five words back */
	for (c = k - 1; c > 0 && k - c < 5 && !word_taken(s, c - 1) &&
	    !(s->words[c - 1].flags & W_DIGIT) && joined(t, s, c - 1) &&
	    ((s->words[c - 1].flags & W_CAP) || word_has(s, c - 1, D_PARTICLE));
	    c--)
		;
	for (; c < k; c++) {
		int cued = c > 0 && (cue_ends_at(t, s, c - 1) ||
		    word_is(s, c - 1, "a"));

		if (!(cued || line_start(t, s, c)) || word_taken(s, c))
			continue;
		/* "Domicile : QUIMPER - 3 rue": one word in capitals that
		 * city_name refuses (a word of the lexicon), after a cue */
		if (cued && c == k - 1 && (s->words[c].flags & W_UPPER) &&
		    s->words[c].nchars > 3 && !word_has(s, c, D_NOTNAME |
		    D_CLINICAL | D_TITLE | D_MONTH | D_UNIT | D_TERM |
		    D_RELATIVE | D_STREET | D_PLACE | D_DATECUE | D_RESIDE))
			return add_address(s, s->words[c].start, s->words[c].end);
		if (!city_name(t, s, c, &end) || end != s->words[k - 1].end)
			continue;
		if (!cued && (s->words[c].flags & W_UPPER) &&
		    word_lexicon(t, s, c))
			continue;
		if ((s->words[c].flags & W_UPPER) && s->words[c].nchars <= 3)
			continue;
		return add_address(s, s->words[c].start, end);
	}
	return 0;
}

/* Address span x is a postcode (four digits or more, or in two groups:
 * "753 20") and a city after it, no street: "9000 Gent", "98711 Paea".
 * A place of Dicollecte's proper nouns after it (dict_keep_has, asked
 * first) is its country, region or island ("9000 Gent, Belgique",
 * "98711 Paea, Tahiti"), which tells less than the city hidden, no city;
 * a quarter ("29200 Brest, Lambézellec") is no such place and goes.  So
 * is "France" (a first name of the lists, no keep word) after a French
 * postcode, and a country after a foreign postcode with its country's
 * letter ("H-1053 Budapest, Hongrie"): the hand sets label the postcode
 * and the city, never the country after them (prec40a). */
static __attribute__((noinline)) int
postcode_city_span(const char *t, const struct detect_scratch *s, size_t x)
{
	size_t i = word_at(s, s->spans[x].start), n = 0;

	if (i >= s->nwords || s->words[i].start != s->spans[x].start)
		return 0;
	/* a country's letter before a foreign postcode ("H-1053 Budapest",
	 * "L-1930 Luxembourg", "CH-1206 Genève"; prec40a) */
	if (s->words[i].end - s->words[i].start <= 2 &&
	    t[s->words[i].start] >= 'A' && t[s->words[i].start] <= 'Z' &&
	    t[s->words[i].end - 1] >= 'A' && t[s->words[i].end - 1] <= 'Z' &&
	    i + 1 < s->nwords && t[s->words[i].end] == '-' &&
	    s->words[i + 1].start == s->words[i].end + 1 &&
	    util_is_digit(t[s->words[i + 1].start]))
		i++;
	if (!util_is_digit(t[s->words[i].start]))
		return 0;
	for (; i < s->nwords && s->words[i].end <= s->spans[x].end &&
	    (s->words[i].flags & W_DIGIT) && n < 8; i++)
		n += s->words[i].nchars;
	return n >= 4 && i < s->nwords && s->words[i].end <= s->spans[x].end &&
	    !(s->words[i].flags & W_DIGIT) && !word_has(s, i, D_STREET);
}

/* The city after an address written without its postcode ("12 rue de
 * Siam - BREST", "4 place de la Mairie, Plouguerneau", "... à Lannion",
 * "12 rue des Lilas\nQuimper"): after each address span, a comma, a
 * hyphen, a line or "à", then a city's name (city_name; no abbreviation
 * of three capitals or fewer: "RDC", "HAD") that ends its clause.
 * Read from the address spans, few. */
static int
scan_address_cities(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t k, a, b, end, marks = 0;

		if (s->spans[x].kind == DETECT_ADDRESS &&
		    (r = city_before_street(t, s, x)) < 0)
			return r;
		if (s->spans[x].kind != DETECT_ADDRESS ||
		    (k = word_at(s, s->spans[x].end)) >= s->nwords)
			continue;
		/* word_at: the word at or after the byte */
		if (s->words[k].start < s->spans[x].end)
			k++;
		if (k >= s->nwords)
			continue;
		if (word_is(s, k, "a") && k + 1 < s->nwords &&
		    s->words[k].start == s->spans[x].end + 1 &&
		    (s->words[k].flags & W_CAP) == 0) {
			a = s->words[k].end;
			k++;
		} else
			a = s->spans[x].end;
		b = s->words[k].start;
		if (b - a > 4 || b == a)
			continue;
		for (; a < b; a++)
			if (t[a] == ',' || t[a] == '-' || t[a] == '\n')
				marks++;
			else if (t[a] != ' ' && t[a] != '\r')
				break;
		/* no ordinary word here ("Bien.", "Vu avec elle"), unless
		 * hyphenated or after an article ("La Baule") */
		if (a < b || marks > 1 || ((s->words[k].flags & W_UPPER) &&
		    s->words[k].nchars <= 3) || (!word_has(s, k, D_PARTICLE) &&
		    !word_taken(s, k) && word_lexicon(t, s, k) &&
		    !(s->words[k].end < s->text_len &&
		    t[s->words[k].end] == '-')) || !city_name(t, s, k, &end))
			continue;
		for (a = end; a < s->text_len && t[a] == ' '; a++)
			;
		if (a < s->text_len && t[a] != '.' && t[a] != ',' && t[a] != ';' &&
		    t[a] != ')' && t[a] != '\n' && t[a] != '\r')
			continue;
		if ((dict_keep_has(s->words[k].fhash) ||
		    word_is(s, k, "france")) && postcode_city_span(t, s, x))
			continue;
		if ((r = add_address(s, s->words[k].start, end)) < 0)
			return r;
	}
	return 0;
}

/* the end of a locality of residence found from word c to byte
 * end, over what its name may still hold: "village" after it ("habite
 * Kawéni village", Mayotte's villages named so), and after a first word
 * no dictionary has a second capitalized word the lexicon knows, before
 * a parenthesis or a clause's end ("Vit à Antecume Pata (pirogue 3 h)";
 * city_word takes an unknown one already).  "vit à Brest depuis",
 * "habite Lorient, centre" stay as they were. */
static size_t
locality_tail(const char *t, struct detect_scratch *s, size_t c, size_t end)
{
	size_t k = word_at(s, end), e;
	const struct detect_word *w;

	if (k >= s->nwords || s->words[k].start != end + 1 || t[end] != ' ' ||
	    word_taken(s, k))
		return end;
	w = &s->words[k];
	if (word_is(s, k, "village") && !(w->flags & W_UPPER))
		return w->end;
	if (k != c + 1 || (s->words[c].flags & W_UPPER) ||
	    word_lexicon(t, s, c) || (s->words[c].dflags & (D_FIRST | D_LAST)) ||
	    !(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    w->nchars < 3 || w->dflags != 0)
		return end;
	e = w->end;
	while (e < s->text_len && t[e] == ' ')
		e++;
	return e >= s->text_len || util_in_set("(,.;", t[e]) ? w->end : end;
}

/* where someone lives or sleeps, named by a thing of the town
 * and its name ("dort sous le pont de la Guillotière", "dort à la gare
 * de Lyon-Part-Dieu", "vit sous une tente au bois de Vincennes", "vit au
 * village de Ouangani", "domicile : Château de Kerjean", "dort dans sa
 * voiture sur le parking de la gare de Quimper": "gare de Quimper"):
 * after a residence word (D_RESIDE: "vit", "habite", "dort",
 * "hébergé"...), up to eight small words (prepositions, articles,
 * possessives, what one sleeps in: "sous une tente"), one of these
 * things, then its name, capitalized, as a city's (city_name), straight
 * after it or after "de", "du", "des", "d'" and an article; one more
 * thing of the list between ("square du marché de ...").  Without a
 * name after it nothing is taken: "vit à la ferme avec ses parents",
 * "dort sous le pont", "habite le quartier depuis 20 ans" stay. */
static const char *const living_places[] = {
	"pont", "gare", "bois", "parc", "square", "jardin", "quai",
	"eglise", "mosquee", "squat", "camping", "ferme", "moulin", "chateau",
	"village", "hameau", "presbytere", "foret", "plage", "port", "halle",
	"halles", "tunnel", "station", "terrain", "camp", "porche", "cabane",
	"berges", "canal", "esplanade", "parvis", "manoir", "mas", "domaine",
	"bastide", "chalet", "abbaye", "couvent", "cimetiere", "marche",
	"centre", "quartier", "cite", "hotel", "foyer", "immeuble", "tour",
	"residence", "ile", "ilet", NULL,
};
static uint64_t living_places_filter;	/* word_in_listf */
static const char *const living_fillers[] = {
	"sous", "sur", "dans", "a", "au", "aux", "pres", "de", "du", "des",
	"d", "le", "la", "les", "l", "un", "une", "sa", "son", "ses", "en",
	"devant", "derriere", "vers", "contre",
	/* what someone sleeps in, on the way to the place ("vit sous une
	 * tente au bois de Vincennes", "dort dans sa voiture sur le parking
	 * de ...") */
	"tente", "voiture", "caravane", "camion", "banc", "cartons", "abri",
	/* a car park is named after what it serves, often a shop ("sur le
	 * parking de l'Intermarché" stays, heldout5's dev half leaves it):
	 * only on the way to a thing of the list ("parking de la gare de
	 * Quimper": "gare de Quimper") */
	"parking",
	NULL,
};
static uint64_t living_fillers_filter;	/* word_in_listf */

/* Between words k and k + 1: spaces, an apostrophe or one colon. */
static int
living_gap(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k].end, b = s->words[k + 1].start;

	if (b - a > 3 || b == a)
		return 0;
	for (; a < b; a++)
		if (t[a] != ' ' && t[a] != '\'' && t[a] != ':')
			return 0;
	return 1;
}

/* The name of a thing of living_places at word p: after it, or after
 * "de" and an article; its first word or NO_WORD, *end its last byte. */
static size_t
living_name(const char *t, struct detect_scratch *s, size_t p, size_t *end)
{
	size_t n = p + 1;

	if (n < s->nwords && (word_is(s, n, "de") || word_is(s, n, "du") ||
	    word_is(s, n, "des") || word_is(s, n, "d")) &&
	    !(s->words[n].flags & W_CAP) && living_gap(t, s, p)) {
		n++;
		if (n < s->nwords && (word_is(s, n, "la") || word_is(s, n,
		    "l")) && !(s->words[n].flags & W_CAP) &&
		    living_gap(t, s, n - 1))
			n++;
	}
	if (n >= s->nwords || !living_gap(t, s, n - 1))
		return NO_WORD;
	return city_name(t, s, n, end) ? n : NO_WORD;
}

static int
living_place(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1, p, n, end;

	for (; k < s->nwords && k - i <= 9; k++) {
		/* "Domicile : 12 rue ...": the street was found, most cues
		 * stop here at once */
		if (word_taken(s, k) || (s->words[k].flags & W_DIGIT) ||
		    !living_gap(t, s, k - 1))
			return 0;
		if (s->words[k].fold_len > 8 || !word_in_listf(s, k,
		    living_fillers))
			break;
	}
	/* the thing's name or "de" after it, asked before the list */
	if (k + 1 >= s->nwords || k - i > 9 || s->words[k].fold_len > 10 ||
	    !((s->words[k + 1].flags & W_CAP) || (wf(s, &s->words[k +
	    1])[0] == 'd' && s->words[k + 1].fold_len <= 3) ||
	    word_is(s, k + 1, "parking")) || !word_in_listf(s, k,
	    living_places))
		return 0;
	p = k;
	if ((n = living_name(t, s, p, &end)) == NO_WORD) {
		/* "square du marché de ...": one more thing between */
		for (k = p + 1; k < s->nwords && k <= p + 3 &&
		    word_in_listf(s, k, living_fillers) && living_gap(t, s, k - 1);
		    k++)
			;
		if (k >= s->nwords || k == p + 1 || k > p + 3 ||
		    !living_gap(t, s, k - 1) || (s->words[k].flags & W_CAP) ||
		    !word_in_listf(s, k, living_places) ||
		    living_name(t, s, k, &end) == NO_WORD)
			return 0;
	}
	return add_address(s, s->words[p].start, end);
}

/* After a residence word i (and "à", "in", "at", a colon), a British
 * postcode or an Eircode before its city, or a city before its code,
 * with no street ("domicile : D02 X285 Dublin", "vit à NW1 6XE London",
 * "vit à Dublin D02 X285"): the code and the city (a district's number
 * after it, "Dublin 2", too).  0 if none, 1 if added, -ENOMEM.  "vit à
 * Dublin" alone is residence_city's; "score A65 F4E" (no residence
 * word) stays.  Out of line: asked of residence words only. */
static __attribute__((noinline)) int
residence_isles_code(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1, len = s->text_len, b, n, c, e;

	if (k < s->nwords && (word_is(s, k, "a") || word_is(s, k, "in") ||
	    word_is(s, k, "at")) && !(s->words[k].flags & (W_CAP | W_UPPER)))
		k++;
	if (k + 1 >= s->nwords || word_taken(s, k))
		return 0;
	for (b = s->words[k - 1].end; b < s->words[k].start &&
	    (t[b] == ' ' || t[b] == ':'); b++)
		;
	if (b != s->words[k].start)
		return 0;
	if ((n = isles_postcode_len(t, len, b)) != 0) {
		/* the code, then the city */
		if ((c = word_at(s, b + n)) >= s->nwords ||
		    s->words[c].start != b + n + 1 || t[b + n] != ' ' ||
		    !(s->words[c].flags & (W_CAP | W_UPPER)) ||
		    (s->words[c].flags & W_DIGIT) || word_taken(s, c))
			return 0;
		e = s->words[c].end;
	} else if ((s->words[k].flags & W_CAP) && !(s->words[k].flags &
	    W_DIGIT) && t[s->words[k].end] == ' ' && (n = isles_postcode_len(t,
	    len, s->words[k].end + 1)) != 0) {
		/* the city, then the code */
		c = k;
		e = s->words[k].end + 1 + n;
	} else
		return 0;
	/* "Dublin 2": a district's number, one or two digits */
	if ((c = word_at(s, e)) < s->nwords && s->words[c].start == e + 1 &&
	    t[e] == ' ' && (s->words[c].flags & W_DIGIT) &&
	    s->words[c].end - s->words[c].start <= 2 &&
	    (s->words[c].end >= len || !is_alnum_byte(t[s->words[c].end])))
		e = s->words[c].end;
	return add_address(s, b, e);
}

/* Kin who as a rule live apart from the patient: the children, the
 * siblings and the wider family; not the spouse, nor "papa", "maman" (a
 * child's parents share its home), nor "famille" (the household). */
static const char *const kin_apart[] = { "fils", "fille", "frere",
    "soeur", "neveu", "niece", "oncle", "tante", "cousin", "cousine",
    "gendre", "bru", "parrain", "marraine", "enfants", "freres", "soeurs",
    NULL };
static uint64_t kin_apart_filter;	/* word_in_listf */

/* The residence word i has a relative living apart for its subject (prec40a):
 * "fils Carlos (+351 ...), vit à Braga", "Sa sœur Mme Abalain-Prigent habite
 * Quimper", "sa sœur vit à Bakou".  The hand sets label the town where the
 * patient lives when it is all the note says of the home ("vit à Roubaix",
 * "vit seule à Lorient (56)"), never the town alone of a relative's home:
 * a child's or a sibling's town abroad or across France is no quasi-
 * identifier of the patient.  Back from i in its sentence, up to eight
 * words, only a name, a title, a number or a span between: the kin word
 * straight before them, itself not a complement ("depuis le décès de son
 * fils, vit seule à Lorient": the patient lives there).  Asked after "vit"
 * and "habite" only: "domiciliée à" is a domicile declared, an address
 * of record even of a relative ("sa soeur domiciliée à Saint-Brieuc"). */
static int
resident_is_kin(const char *t, const struct detect_scratch *s, size_t i)
{
	for (size_t k = i, n = 0; k > 0 && n < 8; k--, n++) {
		size_t j = k - 1, p;

		for (size_t b = s->words[j].end; b < s->words[k].start; b++)
			if (t[b] == ';' || t[b] == ':' || t[b] == '\n' ||
			    t[b] == '!' || t[b] == '?' || (t[b] == '.' &&
			    s->words[j].nchars > 1 && !word_has(s, j, D_TITLE)))
				return 0;
		if (word_in_listf(s, j, kin_apart)) {
			p = j;
			/* "son fils", "sa sœur", "le fils" */
			if (p > 0 && (word_is(s, p - 1, "son") ||
			    word_is(s, p - 1, "sa") || word_is(s, p - 1, "ses") ||
			    word_is(s, p - 1, "le") || word_is(s, p - 1, "la") ||
			    word_is(s, p - 1, "les") || word_is(s, p - 1, "l")))
				p--;
			return !(p > 0 && (word_is(s, p - 1, "de") ||
			    word_is(s, p - 1, "du") || word_is(s, p - 1, "d") ||
			    word_is(s, p - 1, "a") || word_is(s, p - 1, "avec") ||
			    word_is(s, p - 1, "chez") || word_is(s, p - 1, "par") ||
			    word_is(s, p - 1, "pour")));
		}
		if (!(word_taken(s, j) || (s->words[j].flags & (W_CAP |
		    W_UPPER | W_DIGIT)) || word_has(s, j, D_TITLE)))
			return 0;
	}
	return 0;
}

/* Where someone lives, the city alone ("vit à Lorient (56)", "domiciliée
 * à Saint-Brieuc"): a quasi-identifier in a note about a patient, taken
 * as an address (docs/scrub.md).  From a residence word (D_RESIDE); not a
 * relative's town (resident_is_kin). */
static int
scan_residence_cities(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t c, end;

		if (!word_has(s, i, D_RESIDE))
			continue;
		/* "vit au Moulin de la Roche": the place with its name, not
		 * "Moulin" as a town */
		if ((r = living_place(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if ((r = residence_isles_code(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		if ((c = residence_city(t, s, i, &end)) == NO_WORD ||
		    ((word_is(s, i, "vit") || word_is(s, i, "habite") ||
		    word_is(s, i, "vivent") || word_is(s, i, "habitent")) &&
		    resident_is_kin(t, s, i)))
			continue;
		end = locality_tail(t, s, c, end);
		if ((r = add_address(s, s->words[c].start, end)) < 0)
			return r;
	}
	return 0;
}

/* a building's entry, tower, block or flat with its number or letter
 * ("entrée B", "Tour 12", "tour C", "bloc B" of an estate, "room 312",
 * "flat 4"), one space between: the end of the value, or 0.  Only beside
 * an address and a comma (units_after_addresses,
 * units_before_addresses): "date d'entrée 12", "tour de taille 90",
 * "transféré au bloc B" (an operating theatre) stay. */
static size_t
building_value(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *v;

	if (k + 1 >= s->nwords || !(word_is(s, k, "entree") ||
	    word_is(s, k, "tour") || word_is(s, k, "room") ||
	    word_is(s, k, "flat") || word_is(s, k, "bloc")) ||
	    word_taken(s, k + 1))
		return 0;
	v = &s->words[k + 1];
	if (v->start != s->words[k].end + 1 || t[s->words[k].end] != ' ' ||
	    (v->end < s->text_len && (is_alnum_byte(t[v->end]) ||
	    t[v->end] == '\'')))
		return 0;
	if ((v->flags & W_DIGIT) && v->end - v->start <= 4)
		return v->end;
	if (v->nchars == 1 && v->end - v->start == 1 && t[v->start] >= 'A' &&
	    t[v->start] <= 'Z')
		return v->end;
	return 0;
}

/* "3e", "2ème", "1er" at word k, glued, then the end of the
 * clause (".", ",", ";", ")" or the end): a floor alone, after an
 * address and a comma ("digicode 2580, 3e."); "..., 3e enfant" stays. */
static int
floor_alone(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t v = k + 1, b;

	if (v >= s->nwords || s->words[v].start != s->words[k].end ||
	    !(word_is(s, v, "e") || word_is(s, v, "eme") ||
	    word_is(s, v, "er")))
		return 0;
	b = s->words[v].end;
	return b >= s->text_len || t[b] == '.' || t[b] == ',' || t[b] == ';' ||
	    t[b] == ')' || t[b] == '\n';
}

/* before an address span and a comma, a building's part with
 * its value ("domicile Tour 12, 9e étage, cité Gagarine"). */
static int
units_before_addresses(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t w0, a, e;

		/* "PK 12, route de Montsinéry", "PK 4 chemin des
		 * Goyaviers": the kilometre point (Guyane's, Réunion's and
		 * Polynesia's roads) before the number a street found starts
		 * with is the address's first word (pk_address takes it
		 * before a postcode, when no street was found) */
		if (s->spans[x].kind == DETECT_ADDRESS &&
		    (w0 = word_at(s, s->spans[x].start)) >= 1 &&
		    w0 < s->nwords && s->words[w0].start == s->spans[x].start &&
		    (s->words[w0].flags & W_DIGIT) &&
		    s->words[w0 - 1].fold_len == 2 && word_is(s, w0 - 1, "pk") &&
		    !word_taken(s, w0 - 1) &&
		    s->words[w0].start == s->words[w0 - 1].end + 1) {
			extend_left(s, x, s->words[w0 - 1].start);
			continue;
		}
		/* not after a particle: "date d'entrée 12, 12 rue ..." */
		if (s->spans[x].kind != DETECT_ADDRESS ||
		    (w0 = word_at(s, s->spans[x].start)) < 2 ||
		    w0 >= s->nwords || word_taken(s, w0 - 2) ||
		    word_taken(s, w0 - 1) || (w0 > 2 && word_has(s, w0 - 3,
		    D_PARTICLE)))
			continue;
		a = s->words[w0 - 1].end;
		if (a >= s->spans[x].start || t[a] != ',')
			continue;
		for (a++; a < s->spans[x].start && t[a] == ' '; a++)
			;
		if (a != s->spans[x].start || (e = building_value(t, s,
		    w0 - 2)) != s->words[w0 - 1].end)
			continue;
		if ((r = add_span(s, s->words[w0 - 2].start, e, DETECT_ADDRESS,
		    -1)) < 0)
			return r;
	}
	return 0;
}

/* After an address span and a comma, what points inside the building
 * that the address scans before it could not see (the postcode's span
 * comes after scan_units): a room or a studio with its number ("...,
 * 91100 Corbeil-Essonnes, chambre 14", "8 rue Pasteur, studio 14"), a
 * door's side ("3e étage, porte gauche"), a door code of letters and
 * digits ("..., 78500 Sartrouville, code B2047").  From the address
 * spans, few. */
static int
units_after_addresses(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r, home = 0, det = -1;

	for (size_t x = 0; x < nsp; x++) {
		size_t k, v, a, e = 0;

		if (s->spans[x].kind != DETECT_ADDRESS ||
		    (k = word_at(s, s->spans[x].end)) + 1 >= s->nwords ||
		    word_taken(s, k) || word_taken(s, k + 1) ||
		    s->words[k].start - s->spans[x].end > 3)
			continue;
		for (a = s->spans[x].end; a < s->words[k].start && (t[a] == ' ' ||
		    (t[a] == ',' && a == s->spans[x].end)); a++)
			;
		if (a < s->words[k].start || t[s->spans[x].end] != ',')
			continue;
		v = k + 1;
		if ((word_is(s, k, "porte") || word_is(s, k, "pte")) &&
		    (word_is(s, v, "gauche") || word_is(s, v, "droite") ||
		    word_is(s, v, "face")) && joined(t, s, k))
			e = s->words[v].end;
		else if (word_is(s, k, "code") && joined(t, s, k) &&
		    s->words[v].start == s->words[k].end + 1 &&
		    v + 1 < s->nwords && s->words[v].nchars == 1 &&
		    !(s->words[v].flags & W_DIGIT) &&
		    (s->words[v + 1].flags & W_DIGIT) &&
		    s->words[v + 1].start == s->words[v].end)
			e = s->words[v + 1].end;	/* "code B2047" */
		else if ((word_is(s, k, "studio") || word_is(s, k, "chambre") ||
		    word_is(s, k, "ch")) && (s->words[v].flags & W_DIGIT) &&
		    s->words[v].end - s->words[v].start <= 4)
			e = unit_value(t, s, k, &home, &det);
		else if (word_is(s, k, "pk") && (s->words[v].flags & W_DIGIT) &&
		    joined(t, s, k))
			e = s->words[v].end;	/* La Réunion's "route X, PK 12" */
		else if ((s->words[k].flags & W_DIGIT) && s->words[k].end -
		    s->words[k].start <= 2 && floor_alone(t, s, k))
			e = s->words[v].end;	/* "..., digicode 2580, 3e." */
		else
			e = building_value(t, s, k);	/* ", entrée B" */
		if (e == 0 || (word_is(s, k, "studio") && e <= s->words[k].end))
			continue;
		if ((r = add_span(s, s->words[k].start, e, DETECT_ADDRESS,
		    -1)) < 0)
			return r;
	}
	return 0;
}

/* the keys of a record pasted as JSON ("nom", "ville"...)
 * whose string value is a name (1) or a place (2); compared with the key
 * as written, lower case (a system's keys: "prénom" and "prenom"). */
static const struct { const char *k; int kind; } keyed_values[] = {
	{ "nom", 1 }, { "prenom", 1 }, { "pr\xc3\xa9nom", 1 },
	{ "nom_naissance", 1 }, { "nom_usage", 1 }, { "nom_de_naissance", 1 },
	{ "nomnaissance", 1 }, { "nomusage", 1 }, { "name", 1 },
	{ "lastname", 1 }, { "last_name", 1 }, { "firstname", 1 },
	{ "first_name", 1 }, { "family", 1 }, { "given", 1 },
	{ "adresse", 2 }, { "adresse1", 2 }, { "adresse2", 2 },
	{ "address", 2 }, { "rue", 2 }, { "street", 2 }, { "ville", 2 },
	{ "city", 2 }, { "commune", 2 }, { "localite", 2 },
	{ "localit\xc3\xa9", 2 }, { "lieu_naissance", 2 },
	{ "lieunaissance", 2 }, { "cp", 2 }, { "code_postal", 2 },
	{ "codepostal", 2 }, { "zip", 2 }, { "postcode", 2 },
	{ "postalcode", 2 }, { "postal_code", 2 },
};

/* The kind of the key t[a, b) (keyed_values), 0 if none. */
int
keyed_kind(const char *t, size_t a, size_t b)
{
	char k[24];

	if (b - a < 2 || b - a >= sizeof(k))
		return 0;
	/* a capital of Latin-1 after C3 (C3 80..9E but C3 97, the
	 * multiplication sign) lower-cased too: "PR\xc3\x89NOM", "Pr\xc3\xa9nom" */
	for (size_t i = a; i < b; i++)
		k[i - a] = (char)((t[i] >= 'A' && t[i] <= 'Z') || (i > a &&
		    (unsigned char)t[i - 1] == 0xc3 &&
		    (unsigned char)t[i] >= 0x80 && (unsigned char)t[i] <= 0x9e &&
		    (unsigned char)t[i] != 0x97) ? t[i] | 0x20 : t[i]);
	for (size_t x = 0; x < sizeof(keyed_values) / sizeof(keyed_values[0]);
	    x++)
		if (strlen(keyed_values[x].k) == b - a &&
		    memcmp(keyed_values[x].k, k, b - a) == 0)
			return keyed_values[x].kind;
	return 0;
}

/* The value [v, w) of a key of kind `kind` (keyed_values): trimmed of
 * spaces, a name's only if it holds no digit; added as a name when names
 * are asked for, as a place when addresses are. */
int
add_keyed_value(const char *t, struct detect_scratch *s, size_t v, size_t w,
    int kind, int names, int places)
{
	while (v < w && t[v] == ' ')
		v++;
	while (w > v && t[w - 1] == ' ')
		w--;
	if (w == v || !(kind == 2 ? places : names))
		return 0;
	/* a byte coded in a web address ("%20", "%C3%A9") holds no digit
	 * of the value's own */
	for (size_t i = v; kind == 1 && i < w; i++) {
		if (t[i] == '%' && i + 2 < w)
			i += 2;
		else if (t[i] >= '0' && t[i] <= '9')
			return 0;
	}
	/* a placeholder ("<nom>Inconnu</nom>", "?nom=x"): every word of
	 * the value one of not_names */
	if (kind == 1) {
		size_t k = word_at(s, v), any = 0;

		for (; k < s->nwords && s->words[k].end <= w; k++)
			if (!(s->words[k].dflags & D_NOTNAME))
				any = 1;
		if (!any)
			return 0;
	}
	return kind == 2 ? add_address(s, v, w) :
	    add_span(s, v, w, DETECT_NAME, -1);
}

/* The same record as XML ("<nom>Tisserand</nom>", "<ville>Rez\xc3\xa9
 * </ville>"): an element of a key of keyed_values, no attribute, its
 * text up to 80 bytes on one line, closed by the same key; and the
 * parameters of a web address's query ("dossier?nom=Pigeon&prenom=
 * Jeanne"): after '?' or '&', a key, '=', the value up to '&', '#', a
 * space, a quote or a line's end, 80 bytes at most ('+' and "%20" are
 * spaces, kept in the span; a name's value holds no digit but those of
 * a coded byte).  Other tags and parameters ("<examen>",
 * "?id=3"), a placeholder ("<nom>Inconnu</nom>": not_names) stay.
 * (detect_run's gate: a '>' or a '?'.) */
static int
scan_keyed_markup(const char *t, size_t len, struct detect_scratch *s,
    int names, int places)
{
	for (size_t a = 0; a + 2 < len; a++) {
		size_t b, v, w;
		int kind, r;

		if (t[a] != '<' && t[a] != '?' && t[a] != '&')
			continue;
		for (b = a + 1; b < len && b - a <= 24 && (is_alnum_byte(t[b]) ||
		    t[b] == '_' || (unsigned char)t[b] >= 0x80); b++)
			;
		if (b >= len || (kind = keyed_kind(t, a + 1, b)) == 0)
			continue;
		if (t[a] == '<') {
			if (t[b] != '>')
				continue;
			for (w = v = b + 1; w < len && w - v <= 80 && t[w] != '<' &&
			    t[w] != '\n'; w++)
				;
			/* "</" and the same key, then '>' */
			if (w + 3 + (b - a - 1) > len || t[w] != '<' ||
			    t[w + 1] != '/' || memcmp(t + w + 2, t + a + 1,
			    b - a - 1) != 0 || t[w + 2 + (b - a - 1)] != '>')
				continue;
		} else {
			if (t[b] != '=')
				continue;
			for (w = v = b + 1; w < len && w - v <= 80 && t[w] != '&' &&
			    t[w] != '#' && t[w] != ' ' && t[w] != '"' &&
			    t[w] != '\'' && t[w] != '\n'; w++)
				;
			if (w - v > 80)
				continue;
		}
		if ((r = add_keyed_value(t, s, v, w, kind, names, places)) < 0)
			return r;
		a = w - 1;
	}
	return 0;
}

/* a record pasted as JSON in a note ({"nom": "ROUSSEL",
 * "ville": "Morlaix", "adresse": "Lieu-dit Kerbrat"}): the string value
 * after a key of keyed_values, quoted, one colon between, is a name or a
 * place whatever its words; a name's value only if it holds no digit
 * ("nom": "HbA1c 7,8" stays), either of 80 bytes at most.  Other keys
 * ("examen": "HbA1c") stay.  The names are taken when names are asked
 * for, the places when addresses are (each kind on its own: a policy
 * without addresses still hides "nom": "ROUSSEL").  (detect_run's gate:
 * a '"' and a ':'.) */
int
scan_keyed_values(const char *t, size_t len, struct detect_scratch *s,
    int names, int places)
{
	const char *q = t, *end = t + len;
	int r;

	if ((s->text_bytes & (TB_CHATMARK | TB_QMARK)) != 0 &&
	    (r = scan_keyed_markup(t, len, s, names, places)) < 0)
		return r;
	if ((s->text_bytes & (TB_DQUOTE | TB_COLON)) != (TB_DQUOTE | TB_COLON))
		return 0;
	while ((q = memchr(q, '"', (size_t)(end - q))) != NULL) {
		size_t a = (size_t)(q - t) + 1, b = a, v, w;
		int kind, digit = 0;

		while (b < len && b - a < 24 && t[b] != '"')
			b++;
		q = t + b;
		if (b >= len)
			break;
		/* a string too long for a key (a value of 24 bytes or more)
		 * is passed over, not the end of the record: the keys after
		 * it are read */
		if (t[b] != '"' || (kind = keyed_kind(t, a, b)) == 0)
			continue;
		for (v = b + 1; v < len && t[v] == ' '; v++)
			;
		if (v >= len || t[v] != ':')
			continue;
		for (v++; v < len && t[v] == ' '; v++)
			;
		if (v >= len || t[v] != '"')
			continue;
		for (w = ++v; w < len && w - v <= 80 && t[w] != '"' &&
		    t[w] != '\n'; w++)
			digit |= t[w] >= '0' && t[w] <= '9';
		q = t + w;
		if (w >= len || t[w] != '"' || w == v || (kind == 1 && digit))
			continue;
		q = t + w + 1;
		while (v < w && t[v] == ' ')
			v++;
		while (w > v && t[w - 1] == ' ')
			w--;
		if (w > v && (kind == 2 ? places : names) &&
		    (r = kind == 2 ? add_address(s, v, w) :
		    add_span(s, v, w, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word w, in capitals, is a regnal number: one to six letters I, V, X
 * ("Henri IV", "Louis XIV", "Jean XXIII"; "VX", "IIIIII" too: no
 * check of the numeral's form, and the span only grows by it). */
static int
regnal_number(const char *t, const struct detect_scratch *s, size_t w)
{
	const struct detect_word *v = &s->words[w];

	if (v->nchars > 6 || v->end - v->start != v->nchars ||
	    !(v->flags & W_CAP) || (v->nchars > 1 && !(v->flags & W_UPPER)))
		return 0;
	for (size_t b = v->start; b < v->end; b++)
		if (t[b] != 'I' && t[b] != 'V' && t[b] != 'X')
			return 0;
	return 1;
}

/*
 * What the address spans leave beside them: a regnal number after a
 * street's name ("cité Henri IV, bât. B": the span stopped at "Henri"),
 * then a clause's end; and the locality right before its commune given
 * in parentheses ("agriculteur à Cacao (97352 Roura)": a village, a
 * hamlet of the commune), a capitalized word no table holds, no acronym,
 * not after "de" or an institution's head ("CHU de Brest (29200
 * Brest)", "Clinique (49000 Angers)" stay).  (detect_run's gate: an
 * address found.)
 */
static __attribute__((noinline)) int
scan_address_tails(const char *t, struct detect_scratch *s)
{
	size_t n = s->nspans, len = s->text_len;
	int r;

	for (size_t k = 0; k < n; k++) {
		size_t e = s->spans[k].end, st = s->spans[k].start, w, x;

		if (s->spans[k].kind != DETECT_ADDRESS)
			continue;
		/* the bytes first: most spans have neither beside them */
		if (e + 1 < len && t[e] == ' ' && (t[e + 1] == 'I' ||
		    t[e + 1] == 'V' || t[e + 1] == 'X') &&
		    (w = word_at(s, e)) < s->nwords &&
		    s->words[w].start == e + 1 && w > 0 &&
		    (s->words[w - 1].flags & W_CAP) &&
		    !(s->words[w - 1].flags & W_DIGIT) &&
		    regnal_number(t, s, w) && !word_taken(s, w) &&
		    (s->words[w].end >= len ||
		    util_in_set(",.;)", t[s->words[w].end])) &&
		    (r = add_address(s, st, s->words[w].end)) < 0)
			return r;
		if (st < 3 || t[st - 1] != '(' || t[st - 2] != ' ' ||
		    e >= len || t[e] != ')')
			continue;
		x = word_at(s, st);
		if (x == 0 || x >= s->nwords || !(s->words[x].flags & W_DIGIT))
			continue;
		x--;
		if (s->words[x].end != st - 2 || !(s->words[x].flags & W_CAP) ||
		    (s->words[x].flags & (W_UPPER | W_DIGIT)) ||
		    s->words[x].nchars < 3 || word_taken(s, x) ||
		    (s->words[x].dflags & (D_TITLE | D_STREET | D_INSTHEAD |
		    D_CLINICAL | D_NOTNAME | D_MONTH | D_UNIT | D_TERM |
		    D_RELATIVE | D_RELATION | D_DATECUE)) ||
		    acronym_shape(t, s, x) ||
		    (x > 0 && (word_has(s, x - 1, D_PARTICLE | D_INSTHEAD) ||
		    (s->words[x - 1].flags & W_CAP))))
			continue;
		if ((r = add_address(s, s->words[x].start, s->words[x].end)) < 0)
			return r;
	}
	return 0;
}

/* ---- a key box's code, a post box in words ----
 * "boîte à clés : 0506", "boîte à clé 4521B", "code de la boîte à clés :
 * 1234": the code that opens a home, as "Boîte à clés code 0506" (a
 * dev half's) is read from its "code" (unit_value); "boîte postale 45" as
 * "BP 45".  A box of tablets ("boîte de 30 cp", "3 boîtes à 1234 mg")
 * is no key box: the words are "boîte à clé(s)" or "boîte postale". */
static int
scan_key_boxes(const char *t, struct detect_scratch *s)
{
	/* from the numbers (the code is one): few words of a comment */
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t v = s->dwords[x], k = v - 1, a, b, e;
		int post, r;

		/* "boite" one or two words before the number first: both
		 * forms need it, and few comments have it, where the five
		 * folds of word k were asked of every number (speed30c) */
		if (v < 2 || !(word_is(s, k - 1, "boite") || (k >= 2 &&
		    word_is(s, k - 2, "boite"))))
			continue;
		post = word_is(s, k, "postale") && word_is(s, k - 1, "boite");
		if (!post && !(k >= 2 && (word_is(s, k, "cle") ||
		    word_is(s, k, "cles") || word_is(s, k, "clef") ||
		    word_is(s, k, "clefs")) && word_is(s, k - 1, "a") &&
		    word_is(s, k - 2, "boite")))
			continue;
		if (word_taken(s, v) || !(s->words[v].flags & W_DIGIT))
			continue;
		for (a = s->words[k].end; a < s->words[v].start; a++)
			if (t[a] != ' ' && t[a] != ':')
				break;
		b = s->words[v].end;
		if (a < s->words[v].start || s->words[v].start -
		    s->words[k].end > 3 || b - s->words[v].start > 8 ||
		    (!post && b - s->words[v].start < 3) ||
		    (post && b - s->words[v].start > 5))
			continue;
		/* "4521B", "1650#": one capital or sign glued */
		if (!post && b < s->text_len && ((t[b] >= 'A' && t[b] <= 'Z') ||
		    t[b] == '#'))
			b++;
		if (b < s->text_len && (is_alnum_byte(t[b]) || t[b] == '/' ||
		    (t[b] == ',' && b + 1 < s->text_len &&
		    util_is_digit(t[b + 1]))))
			continue;
		e = post ? s->words[k - 1].start : s->words[v].start;
		if ((r = add_address(s, e, b)) < 0)
			return r;
	}
	return 0;
}

/* ---- a numbered road by its abbreviation ----
 * A home overseas or in the country is often on a numbered road written
 * short: "quartier Cavani, RN 1, 97600 Mamoudzou", "12 RN 2, 97354
 * Remire-Montjoly", "lieu-dit Le Bourg, RD 912, 22300 Lannion", "au bord
 * de la RN2, village de Kahani", "vit quartier Mangrove, CD 5".  "RN",
 * "RD", "CD" (route nationale, départementale, chemin départemental), in
 * capitals, glued or one space before a number of one to four digits,
 * are a street where the address goes on around them: an address found
 * right before and a comma, a residence word before (with a house number
 * or not), or a comma and a postcode or an address found right after the
 * number.  A house number right before goes with it.  "Accident sur la
 * RN 1 au niveau de Kahani" (the road of an accident), "CD 4 à 350/mm3"
 * (a count of cells) stay: no address beside them. */
static const char *const road_abbrevs[] = { "rn", "rd", "cd", NULL };
static uint64_t road_abbrevs_filter;	/* word_in_listf */

/* Word a (a road's abbreviation or its house number) follows an address
 * found and a comma (1), or a residence word (2: after "au", "à", "sur
 * la", "de la" or a colon or not); else 0. */
static int
road_address_before(const char *t, const struct detect_scratch *s,
    size_t a)
{
	const struct detect_span *sp;
	size_t k = a;

	if (a == 0)
		return 0;
	if ((sp = address_before(t, s, a)) != NULL &&
	    sp->kind == DETECT_ADDRESS && addr_gap(t, s, a - 1) &&
	    memchr(t + s->words[a - 1].end, ',', s->words[a].start -
	    s->words[a - 1].end) != NULL)
		return 1;
	/* "habite au 12 RD 5", "vit sur la RN 2", "domicile : RD 912" */
	if (k > 0 && (word_is(s, k - 1, "au") || word_is(s, k - 1, "a") ||
	    word_is(s, k - 1, "la")))
		k--;
	if (k > 0 && word_is(s, k, "la") && (word_is(s, k - 1, "sur") ||
	    word_is(s, k - 1, "de")))
		k--;
	return k > 0 && s->words[k].start - s->words[k - 1].end <= 3 &&
	    word_has(s, k - 1, D_RESIDE) ? 2 : 0;
}

/* After word e (a road's number): a comma, then a postcode or an address
 * found (1); the text's or a sentence's end, or a comma and a
 * capitalized word, a town's name maybe (2: enough after an address, "...,
 * RN 1, Kahani"; "..., CD4 350", "..., RD 2, stade 3" stay); else 0. */
static int
road_address_after(const char *t, const struct detect_scratch *s, size_t e)
{
	const struct detect_span *sp;
	size_t end = s->words[e].end;

	if (end >= s->text_len || t[end] == '.' || t[end] == ';' ||
	    t[end] == '\n' || t[end] == ')')
		return 2;
	if (e + 1 >= s->nwords || !addr_gap(t, s, e) ||
	    memchr(t + end, ',', s->words[e + 1].start - end) == NULL)
		return 0;
	if (is_postcode(t, &s->words[e + 1]) || ((sp = span_of(s,
	    e + 1)) != NULL && sp->kind == DETECT_ADDRESS))
		return 1;
	return (s->words[e + 1].flags & W_CAP) ? 2 : 0;
}

static int
scan_abbrev_roads(const char *t, struct detect_scratch *s)
{
	/* From a word in capitals followed by a number (the road's): the
	 * class bytes' W_UPPER and the next word's W_DIGIT, sixteen words
	 * a step, where each number's word before was tested (speed30c);
	 * the numbers (s->dwords) are the words with W_DIGIT, visited in
	 * the same order. */
	for (size_t i = wcls_find(s, 0, W_UPPER, W_DIGIT); i + 1 < s->nwords;
	    i = wcls_find(s, i + 1, W_UPPER, W_DIGIT)) {
		size_t n = i + 1, a, g, ne;
		const struct detect_word *w;
		int r, before, after;

		w = &s->words[i];
		a = i;
		if (w->nchars != 2 || !(w->flags & W_UPPER) ||
		    w->end - w->start != 2 || word_taken(s, i) ||
		    !word_in_listf(s, i, road_abbrevs))
			continue;
		g = s->words[n].start - w->end;
		ne = s->words[n].end;
		if (!(s->words[n].flags & W_DIGIT) || ne - s->words[n].start > 4 ||
		    g > 1 || (g == 1 && t[w->end] != ' ') ||
		    (ne < s->text_len && (is_alnum_byte(t[ne]) || t[ne] == '+' ||
		    t[ne] == '/' || ((t[ne] == '.' || t[ne] == ',') &&
		    ne + 1 < s->text_len && util_is_digit(t[ne + 1])))))
			continue;
		/* its house number: "12 RN 2" */
		if (i > 0 && (s->words[i - 1].flags & W_DIGIT) &&
		    s->words[i - 1].end - s->words[i - 1].start <= 4 &&
		    s->words[i - 1].end + 1 == w->start &&
		    t[s->words[i - 1].end] == ' ' && !word_taken(s, i - 1))
			a = i - 1;
		before = road_address_before(t, s, a);
		after = road_address_after(t, s, n);
		if (!(before == 2 || after == 1 || (before == 1 && after == 2)))
			continue;
		if ((r = add_address(s, s->words[a].start, ne)) < 0)
			return r;
	}
	return 0;
}

/* dev20: word e (a unit's last word) is followed by another part of an
 * address, a comma between: a unit word ("Bât. Les Acacias, Appt 72"),
 * a place word, or an address found already. */
static int
unit_before_address(const char *t, const struct detect_scratch *s, size_t e)
{
	const struct detect_span *sp;
	size_t a, b;

	if (e + 1 >= s->nwords)
		return 0;
	a = s->words[e].end;
	b = s->words[e + 1].start;
	if (b - a > 3 || t[a] != ',')
		return 0;
	for (a++; a < b; a++)
		if (t[a] != ' ')
			return 0;
	if ((sp = span_of(s, e + 1)) != NULL)
		return sp->kind == DETECT_ADDRESS &&
		    sp->start == s->words[e + 1].start;
	return (s->words[e + 1].flags & (W_CAP | W_UPPER)) &&
	    word_has(s, e + 1, D_UNIT | D_PLACE);
}

/* dev20: the parts of a home that scan_units and scan_places leave,
 * each beside an address found (after it, or before its next part):
 * - "bâtiment Les Acacias", "Bât. Le Mistral" before the next part
 *   ("Bât. Les Acacias, Appt 72, Cité du Moulin"), where
 *   building_article_name takes an ordinary word only after one;
 * - a building's number or letter after "immeuble" right after an
 *   address ("Cité Bon Air, immeuble 4", "Résidence Les Pins, imm. B");
 * - a floor written "rez-de-jardin" after an address, as
 *   "rez-de-chaussée" is read;
 * - the word of a lieu-dit or a quarter before a place found that starts
 *   with a weak place word ("Section Morne Rouge", "quartier Anse
 *   Mitan": scan_places read the place from its second word).
 * From the unit and place words (the caller's gate: some address
 * found), a window of three words each: linear. */
static int
scan_unit_tails(const char *t, struct detect_scratch *s)
{
	if (!has_span_kind(s, DETECT_BIT(DETECT_ADDRESS)) ||
	    !comment_has(s, 0, D_UNIT | D_PLACE))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		const struct detect_word *n = &s->words[i + 1];
		const struct detect_span *sp;
		size_t a = s->words[i].start, b = 0, v = i + 1;
		int r;

		if (word_taken(s, i) || !word_has(s, i, D_UNIT | D_PLACE))
			continue;
		if ((s->words[i].flags & W_DOT) && v < s->nwords &&
		    n->start == s->words[i].end + 2)
			;	/* "Bât. Les", "imm. 4" */
		else if (!joined(t, s, i))
			continue;
		if ((word_is(s, i, "bat") || word_is(s, i, "batiment")) &&
		    (n->flags & W_CAP) && !(n->flags & W_UPPER) &&
		    (word_is(s, v, "le") || word_is(s, v, "la") ||
		    word_is(s, v, "les")) && v + 1 < s->nwords &&
		    s->words[v + 1].start == n->end + 1 &&
		    (s->words[v + 1].flags & W_CAP) &&
		    !(s->words[v + 1].flags & (W_DIGIT | W_UPPER)) &&
		    s->words[v + 1].nchars >= 3 && !word_taken(s, v + 1) &&
		    !word_has(s, v + 1, D_NOTNAME | D_CLINICAL | D_TITLE |
		    D_MONTH | D_UNIT | D_STREET | D_PLACE | D_TERM |
		    D_RELATIVE) && unit_before_address(t, s, v + 1))
			b = s->words[v + 1].end;
		else if ((word_is(s, i, "immeuble") || word_is(s, i, "imm")) &&
		    !word_taken(s, v) && room_after_address(t, s, i) &&
		    (((n->flags & W_DIGIT) && n->end - n->start <= 3) ||
		    (n->nchars == 1 && (n->flags & W_CAP))) &&
		    (n->end >= s->text_len || !(util_is_digit(t[n->end]) ||
		    t[n->end] == '/' || t[n->end] == '.' ||
		    ((t[n->end] | 32) >= 'a' && (t[n->end] | 32) <= 'z'))))
			b = n->end;
		else if (word_is(s, i, "rez") && v + 1 < s->nwords &&
		    word_is(s, v, "de") && word_is(s, v + 1, "jardin") &&
		    t[s->words[i].end] == '-' && n->start == s->words[i].end + 1 &&
		    s->words[v + 1].start == n->end + 1 &&
		    t[n->end] == '-' && room_after_address(t, s, i))
			b = s->words[v + 1].end;
		else if ((word_is(s, i, "section") || word_is(s, i, "quartier") ||
		    word_is(s, i, "lieudit")) &&
		    (sp = span_of(s, v)) != NULL &&
		    sp->kind == DETECT_ADDRESS && sp->start == n->start &&
		    n->start == s->words[i].end + 1 && t[s->words[i].end] == ' ')
			b = s->words[i].end;
		if (b == 0)
			continue;
		if ((r = add_span(s, a, b, DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}

int
scan_addresses(const char *t, struct detect_scratch *s)
{
	int r;

	if ((r = scan_streets(t, s)) != 0 ||
	    (r = scan_places(t, s)) != 0 || (r = scan_units(t, s)) != 0 ||
	    (r = scan_unit_tails(t, s)) != 0 ||
	    (comment_has(s, 0, D_STREET) && ((r = scan_cued_streets(t, s)) != 0 ||
	    (r = scan_spelled_streets(t, s)) != 0)) ||
	    ((comment_has(s, W_DIGIT | W_CAP, 0) |
	    comment_has(s, W_DIGIT, D_FSTREET)) &&
	    (r = scan_foreign_streets(t, s)) != 0) ||
	    ((has_span_kind(s, DETECT_BIT(DETECT_ADDRESS)) |
	    comment_has(s, 0, D_RESIDE) | comment_has(s, W_CAP, 0) |
	    comment_has(s, W_UPPER, 0)) && (summary_has(s, NS_MILLE) ||
	    (s->zero_hint != 0)) && (r = scan_spelled_postcodes(t, s)) != 0) ||
	    (r = scan_postcodes(t, s)) != 0 ||
	    (comment_has(s, W_UPPER | W_DIGIT, 0) &&
	    (r = scan_abbrev_roads(t, s)) != 0) ||
	    (comment_has(s, W_DIGIT, 0) && (r = scan_key_boxes(t, s)) != 0) ||
	    (comment_has(s, 0, D_RESIDE) &&
	    (r = scan_residence_cities(t, s)) != 0) ||
	    (has_span_kind(s, DETECT_BIT(DETECT_ADDRESS)) &&
	    (r = scan_address_cities(t, s)) != 0) ||
	    (has_span_kind(s, DETECT_BIT(DETECT_ADDRESS)) &&
	    (r = scan_cued_places(t, s)) != 0) ||
	    (has_span_kind(s, DETECT_BIT(DETECT_ADDRESS)) &&
	    ((r = units_after_addresses(t, s)) != 0 ||
	    (r = units_before_addresses(t, s)) != 0 ||
	    (r = scan_address_tails(t, s)) != 0)))
		return r;
	return 0;
}

/* ---- coordinates of a place (review21) ----
 * A home written as its GPS position ("Domicile : 47.2184, -1.5536",
 * "GPS 47°13'06.2\"N 1°33'13.0\"W", "N 47.2184 W 1.5536") or as a
 * what3words address ("///pomme.table.soleil", "what3words :
 * index.home.raft"): a place as exact as a street's number, which no
 * rule read.  The shapes are the cue: two decimal degrees of four
 * decimals or more each, a latitude of 90 at most then a longitude of
 * 180 at most; two positions in degrees, minutes and seconds with their
 * hemispheres; three words joined by dots after "///" or "what3words".
 * Lab values ("3.1416", "0.1234 mmol/L") come one at a time, with two or
 * three decimals as a rule. */

/* Byte c is a hemisphere's letter (O for "ouest"). */
static int
gps_hemisphere(char c)
{
	return c == 'N' || c == 'S' || c == 'E' || c == 'W' || c == 'O';
}

/* Byte c may precede a number's start: no letter, digit, dot or comma
 * glued before it. */
static int
gps_boundary_before(const char *t, size_t i)
{
	return i == 0 || !(is_alnum_byte(t[i - 1]) || t[i - 1] == '.' ||
	    t[i - 1] == ',' || (unsigned char)t[i - 1] >= 0x80);
}

/* A decimal degree at byte i ("-1.5536", "47.2184N", "N 47.2184",
 * "47,2184"): its end in *e, its whole degrees in *deg; 0 if none.  A
 * hemisphere's letter may stand before (a space between or not) or
 * after it; the decimal sign a dot or a comma, four decimals at least. */
static int
gps_decimal(const char *t, size_t len, size_t i, size_t *e, int *deg)
{
	size_t j = i, d0, nd = 0;
	int v = 0;

	if (j < len && gps_hemisphere(t[j]) && j + 1 < len &&
	    (t[j + 1] == ' ' || util_is_digit(t[j + 1])))
		j += t[j + 1] == ' ' ? 2 : 1;
	if (j < len && (t[j] == '-' || t[j] == '+'))
		j++;
	for (d0 = j; j < len && util_is_digit(t[j]) && j - d0 < 4; j++)
		v = v * 10 + (t[j] - '0');
	if (j == d0 || j - d0 > 3 || j + 1 >= len ||
	    (t[j] != '.' && t[j] != ','))
		return 0;
	for (j++; j < len && util_is_digit(t[j]) && nd < 16; j++)
		nd++;
	if (nd < 4 || (j < len && util_is_digit(t[j])))
		return 0;
	if (j < len && gps_hemisphere(t[j]) && (j + 1 >= len ||
	    !is_alnum_byte(t[j + 1])))
		j++;
	if (j < len && (is_alnum_byte(t[j]) || (unsigned char)t[j] >= 0x80))
		return 0;
	*e = j;
	*deg = v;
	return 1;
}

/* A position in degrees, minutes and seconds at byte i ("47°13'06.2\"N",
 * "1° 33′ 13″ W"), its hemisphere's letter after it: its end in *e; 0
 * if none.  The degree sign is c2 b0 (or "º", c2 ba); the minute's
 * sign an apostrophe, ′ (e2 80 b2) or ’ (e2 80 99); the second's a
 * double quote, ″ (e2 80 b3), ” (e2 80 9d), two apostrophes or two
 * ′. */
static int
gps_dms(const char *t, size_t len, size_t i, size_t *e)
{
	size_t j = i, k;

	for (k = j; j < len && util_is_digit(t[j]) && j - k < 4; j++)
		;
	if (j == k || j - k > 3 || j + 2 >= len ||
	    (unsigned char)t[j] != 0xc2 || ((unsigned char)t[j + 1] != 0xb0 &&
	    (unsigned char)t[j + 1] != 0xba))
		return 0;
	j += 2;
	if (j < len && t[j] == ' ')
		j++;
	for (k = j; j < len && util_is_digit(t[j]) && j - k < 3; j++)
		;
	if (j == k || j - k > 2 || j >= len)
		return 0;
	if (t[j] == '\'')
		j++;
	else if (j + 2 < len && (unsigned char)t[j] == 0xe2 &&
	    (unsigned char)t[j + 1] == 0x80 && ((unsigned char)t[j + 2] == 0xb2 ||
	    (unsigned char)t[j + 2] == 0x99))
		j += 3;
	else
		return 0;
	if (j < len && t[j] == ' ')
		j++;
	/* the seconds, decimals allowed, and their sign: optional */
	for (k = j; j < len && util_is_digit(t[j]) && j - k < 3; j++)
		;
	if (j > k) {
		if (j + 1 < len && (t[j] == '.' || t[j] == ',') &&
		    util_is_digit(t[j + 1]))
			for (j++, k = j; j < len && util_is_digit(t[j]) &&
			    j - k < 6; j++)
				;
		/* (NFKC writes ″ as two ′: textnorm) */
		if (j + 1 < len && t[j] == '\'' && t[j + 1] == '\'')
			j += 2;
		else if (j + 5 < len && memcmp(t + j,
		    "\xe2\x80\xb2\xe2\x80\xb2", 6) == 0)
			j += 6;
		else if (j < len && t[j] == '"')
			j++;
		else if (j + 2 < len && (unsigned char)t[j] == 0xe2 &&
		    (unsigned char)t[j + 1] == 0x80 &&
		    ((unsigned char)t[j + 2] == 0xb3 ||
		    (unsigned char)t[j + 2] == 0x9d))
			j += 3;
	}
	if (j < len && t[j] == ' ')
		j++;
	if (j >= len || !gps_hemisphere(t[j]) ||
	    (j + 1 < len && is_alnum_byte(t[j + 1])))
		return 0;
	*e = j + 1;
	return 1;
}

/* What may stand between the two halves of a position: ", ", ",", " ",
 * "; ", " / ": its end from byte j, or j if none. */
static size_t
gps_between(const char *t, size_t len, size_t j)
{
	size_t k = j;

	while (k < len && k - j < 3 && (t[k] == ',' || t[k] == ';' ||
	    t[k] == '/' || t[k] == ' '))
		k++;
	return k;
}

/* Three words of letters joined by dots at byte i ("pomme.table.soleil"),
 * each of two bytes or more (bytes beyond ASCII are letters): the end, or
 * i if none. */
static size_t
gps_three_words(const char *t, size_t len, size_t i)
{
	size_t j = i;

	for (int w = 0; w < 3; w++) {
		size_t k = j;

		while (j < len && j - k < 32 && ((t[j] >= 'a' && t[j] <= 'z') ||
		    (t[j] >= 'A' && t[j] <= 'Z') || (unsigned char)t[j] >= 0x80))
			j++;
		if (j - k < 2)
			return i;
		if (w < 2) {
			if (j + 1 >= len || t[j] != '.')
				return i;
			j++;
		}
	}
	return j < len && (is_alnum_byte(t[j]) || t[j] == '.' ||
	    t[j] == '@') && !(t[j] == '.' && (j + 1 >= len ||
	    !is_alnum_byte(t[j + 1]))) ? i : j;
}

/* The text may hold a position (speed20): every one scan_gps_coordinates
 * reads has a decimal sign followed by four digits (gps_decimal), a
 * degree sign after a digit (gps_dms: c2 b0 or c2 ba), "///" or
 * "what3words"; a text with none of them is not walked.  Three of the
 * four start or end at a run of digits, and every run of digits is one
 * of tokenize's digit words (read_word never puts a digit in a word of
 * letters): a sign before a digit word of four or more, a degree sign
 * after one, the digit word "3" of "what3words" (its 't' before, its
 * 'w' after).  tokenize marks such a digit word W_GPSNUM (detect_dict.c
 * gps_number: this function walked the digit words for it until
 * speed31f).  Only "///" is looked for in the bytes, with memchr
 * (speed23d: five memchr a comment before).  GPS_SLASHES: a "///",
 * GPS_DIGITS: one of the three others. */
enum { GPS_DIGITS = 1, GPS_SLASHES = 2 };

static int
gps_may_hold(const char *t, size_t len, const struct detect_scratch *s)
{
	const char *h, *end = t + len;
	/* (comment_has: the gates' build, DETECT_NO_GATES, walks every
	 * digit word, so that test_scrub_gates proves the bit) */
	int may = comment_has(s, W_GPSNUM, 0) ? GPS_DIGITS : 0;

	/* (a text without '/' not read: text_bytes, speed27b) */
	if (!(s->text_bytes & TB_SLASH))
		return may;
	for (h = t; (h = memchr(h, '/', (size_t)(end - h))) != NULL; h++)
		if (end - h > 2 && h[1] == '/' && h[2] == '/')
			return may | GPS_SLASHES;
	return may;
}

/* The position or what3words address that starts at byte i, if any
 * (scan_gps_coordinates' walk): *next is where the walk goes on, past
 * it, or i + 1.  0 or -ENOMEM. */
static int
gps_at(const char *t, size_t len, size_t i, struct detect_scratch *s,
    size_t *next)
{
	size_t e1, a, e2, e;
	int lat, lon, r;

	*next = i + 1;
	/* "///pomme.table.soleil", "what3words : index.home.raft" */
	if (t[i] == '/' && i + 3 < len && t[i + 1] == '/' &&
	    t[i + 2] == '/' && (e = gps_three_words(t, len, i + 3)) >
	    i + 3) {
		if ((r = add_span(s, i + 3, e, DETECT_ADDRESS, -1)) < 0)
			return r;
		*next = e;
		return 0;
	}
	if ((t[i] | 32) == 'w' && i + 10 < len &&
	    strncasecmp(t + i, "what3words", 10) == 0 &&
	    gps_boundary_before(t, i)) {
		for (a = i + 10; a < len && a - i < 14 && (t[a] == ' ' ||
		    t[a] == ':'); a++)
			;
		if ((e = gps_three_words(t, len, a)) > a) {
			if ((r = add_span(s, a, e, DETECT_ADDRESS,
			    -1)) < 0)
				return r;
			*next = e;
			return 0;
		}
		return 0;
	}
	if (!(util_is_digit(t[i]) || t[i] == '-' || t[i] == '+' ||
	    gps_hemisphere(t[i])) || !gps_boundary_before(t, i))
		return 0;
	/* two positions in degrees, minutes and seconds */
	if (util_is_digit(t[i]) && gps_dms(t, len, i, &e1) &&
	    (a = gps_between(t, len, e1)) > e1 && a < len &&
	    util_is_digit(t[a]) && gps_dms(t, len, a, &e2)) {
		if ((r = add_span(s, i, e2, DETECT_ADDRESS, -1)) < 0)
			return r;
		*next = e2;
		return 0;
	}
	/* two decimal degrees, a latitude then a longitude (of two
	 * degrees at least: "1.0150, 1.0200", a urine's density, is
	 * no place) */
	if (gps_decimal(t, len, i, &e1, &lat) && lat >= 2 && lat <= 90 &&
	    (a = gps_between(t, len, e1)) > e1 && a < len &&
	    gps_decimal(t, len, a, &e2, &lon) && lon <= 180) {
		if ((r = add_span(s, i, e2, DETECT_ADDRESS, -1)) < 0)
			return r;
		*next = e2;
	}
	return 0;
}

/* The coordinates and what3words addresses of the text (detect_run's
 * gate: a digit word W_GPSNUM, or a '/').  Every one starts at a "///"
 * or at most four bytes before a digit word: "what3words" before its "3", or a
 * hemisphere, a space and a sign before the degrees ("N -1.5536").  In
 * a text with no "///" only those bytes are asked, in order (speed23d:
 * every byte was).  0 or -ENOMEM. */
int
scan_gps_coordinates(const char *t, size_t len, struct detect_scratch *s)
{
	size_t next = 0;
	int may = gps_may_hold(t, len, s), r;

	if (may == 0)
		return 0;
	if (may & GPS_SLASHES) {
		for (size_t i = 0; i < len; i = next)
			if ((r = gps_at(t, len, i, s, &next)) < 0)
				return r;
		return 0;
	}
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t d = s->words[s->dwords[x]].start;
		size_t i = d >= 4 ? d - 4 : 0;

		for (i = i > next ? i : next; i <= d; i = next)
			if ((r = gps_at(t, len, i, s, &next)) < 0)
				return r;
	}
	return 0;
}

/* The digits of a bed's or a pitch's number at byte p ("lit 3",
 * "emplacement 7", one to three digits, nothing glued): the number's
 * end, 0 if none.  *pitch: the word is "emplacement". */
static size_t
bed_number_at(const char *t, const struct detect_scratch *s, size_t p,
    int *pitch)
{
	size_t q, n;

	*pitch = 0;
	if (p + 5 <= s->text_len && (t[p] | 32) == 'l' && t[p + 1] == 'i' &&
	    t[p + 2] == 't' && t[p + 3] == ' ')
		n = 4;
	else if (p + 13 <= s->text_len && (t[p] | 32) == 'e' &&
	    memcmp(t + p + 1, "mplacement ", 11) == 0) {
		n = 12;
		*pitch = 1;
	} else
		return 0;
	if (!util_is_digit(t[p + n]) || (p > 0 && is_alnum_byte(t[p - 1])))
		return 0;
	for (q = p + n; q < s->text_len && q - p - n < 4 && util_is_digit(t[q]);
	    q++)
		;
	if (q - p - n > 3 || (q < s->text_len && is_alnum_byte(t[q])))
		return 0;
	return q;
}

/* The small words between a bed or a pitch and the home after it ("lit 3
 * au CHRS Les Glycines", "emplacement 7 de l'aire d'accueil ...",
 * "emplacement 4 sur l'aire de la rue des Aulnes"). */
static const char *const bed_links[] = {
	"au", "aux", "du", "de", "des", "la", "le", "l", "a", "sur", "dans",
	"aire", NULL,
};

/* Before the address span that opens at word k: "lit N" or
 * "emplacement N" and at most three of bed_links (or one ", ", " (",
 * " - "); 1 and the bed's bytes in *p, *q, or 0. */
static int
bed_before(const char *t, const struct detect_scratch *s, size_t k,
    size_t *p, size_t *q, int *pitch)
{
	size_t links = 0, d;

	while (k > 0 && links < 3 && !(s->words[k - 1].flags & (W_CAP |
	    W_DIGIT)) && s->words[k].start - s->words[k - 1].end <= 1 &&
	    in_list(bed_links, wf(s, &s->words[k - 1]),
	    s->words[k - 1].fold_len)) {
		k--;
		links++;
	}
	if (k < 2 || !(s->words[k - 1].flags & W_DIGIT))
		return 0;
	d = k - 1;
	if (links == 0) {
		/* no link word: a comma, a parenthesis or a dash */
		size_t g = s->words[k].start - s->words[d].end;
		const char *b = t + s->words[d].end;

		if (!((g == 2 && b[0] == ',' && b[1] == ' ') || (g == 2 &&
		    b[0] == ' ' && b[1] == '(') || (g == 3 && b[0] == ' ' &&
		    b[1] == '-' && b[2] == ' ')))
			return 0;
	}
	if (s->words[d].start != s->words[d - 1].end + 1 ||
	    (*q = bed_number_at(t, s, s->words[d - 1].start, pitch)) !=
	    s->words[d].end)
		return 0;
	*p = s->words[d - 1].start;
	return 1;
}

/*
 * A bed in a shelter, a hostel or a home, after its address or its room
 * (recall25): "CHRS Les Glycines, lit 3", "hôtel social Les Lilas,
 * chambre 214, lit 2", "foyer Adoma (lit 12)".  In a dormitory the bed
 * is where the person sleeps, the room's convention one step further; a
 * hospital's "Lit 3 : retour de bloc" follows no such address and stays,
 * and so does a bed after a street of no home ("12 rue des Lilas, lit
 * médicalisé").  After an address span that holds a place's word
 * (D_PLACE: "CHRS", "foyer", "hôtel") or in a comment that names a home
 * (home_comment), one to three bytes of ", ", " - ", " (" or a space,
 * then "lit" and one to three digits, nothing glued.  recall28: before
 * its home too ("lit 3 au CHRS Les Glycines", bed_before), and a pitch
 * of a travellers' site or a campsite, "emplacement" and its number,
 * after or before any address ("rue des Aulnes, emplacement 7",
 * "emplacement 7 de l'aire d'accueil de la route de Thionville": the
 * caravan's place is its home's); "lit 3 : retour de bloc",
 * "emplacement 3 du cathéter" (no address) stay.  (detect_run's gate:
 * addresses asked, an address span.)  0 or -ENOMEM.
 */
int
scan_shelter_beds(const char *t, struct detect_scratch *s)
{
	int home = -1, r;
	size_t nspans = s->nspans;

	for (size_t x = 0; x < nspans; x++) {
		size_t e = s->spans[x].end, p = e, k, a, q, k0;
		int placed = 0, pitch;

		if (s->spans[x].kind != DETECT_ADDRESS || e <= s->spans[x].start)
			continue;
		while (p < s->text_len && p - e < 3 && (t[p] == ' ' ||
		    t[p] == ',' || t[p] == '-' || t[p] == '('))
			p++;
		k0 = word_at(s, s->spans[x].start);
		if (p == e || (q = bed_number_at(t, s, p, &pitch)) == 0) {
			if (k0 >= s->nwords || s->words[k0].start !=
			    s->spans[x].start ||
			    !bed_before(t, s, k0, &p, &q, &pitch))
				continue;
		}
		for (k = k0; k < s->nwords && s->words[k].start < e &&
		    !placed; k++)
			placed = word_has(s, k, D_PLACE) || word_in_listf(s, k,
			    home_words);
		if (!pitch && !placed && !home_comment(s, &home))
			continue;
		a = p;
		if (overlaps(s, a, q))
			continue;
		if ((r = add_span(s, a, q, DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}
