/*
 * detect_docid.c - numbers of identity, insurance and travel documents
 * after the noun that names the document, and file codes of capitals and
 * digits joined by hyphens (dev18, twenty-first pass, issue 10).
 *
 * Two shapes the id rules of detect_num.c leave (they read a number as
 * runs of digits after a label of a French file):
 *
 * - scan_document_numbers, first part: a document's own noun, in the
 *   languages of the EU and its neighbours (detect_document_labels: the
 *   names of the national identity, social security, tax and health
 *   insurance numbers and cards, the passport, the driving licence, a
 *   ship's IMO and MMSI numbers), then at most four words that qualify it
 *   ("carte d'identité italienne n°", "tarjeta sanitaria CatSalut",
 *   "permis G n°"), then a code: groups of capitals and digits joined by
 *   '-', '.', '/' or one space, each group after a space holding a digit
 *   ("NIE X4417821L", "passeport M 0992 4471", "NISS 71.04.12-233.05",
 *   "codice fiscale BRTPRI58L22L741Y", "carte européenne 80705 002 441
 *   873 209").  Seven digits or more, or five with a capital in the code;
 *   no date (dd.mm.yyyy) nor a quantity before its unit.
 *
 * - second part: a code of three to five groups joined by '-' (a '/'
 *   before a group of capitals), some group with two capitals (a word of
 *   capitals in the comment and a '-' are the part's gate), seven to
 *   sixteen digits ("EI-HAD-2025-077", "BL-HAD-25-04418",
 *   "ANONYME-25-1204-07", "FFESSM-29-11874"); after a "n°", "numéro" or
 *   an id label within three words, two groups and four digits are
 *   enough ("prélèvement n° HC-0447-S2", "numéro de participant
 *   HC-0447").  Not a standard's number (ISO, EN, NF...), nor a thing's
 *   (a lot, a model, a reference) named just before, nor a date written
 *   with hyphens.
 */
#include "detect_int.h"

/* The documents' nouns (folded).  D_DOCLABEL in the dictionary, moved
 * to the word's W_DOCLABEL by tokenize (the gate: a comment with none is
 * not walked).  From the names the documents bear in their countries:
 * Belgium's NISS/INSS (rijksregisternummer), Spain's DNI, NIE, NIF and
 * regional health card (tarjeta sanitaria, CatSalut's CIP being a drug
 * code in France, left out), Italy's codice fiscale and tessera
 * sanitaria, Portugal's cartão de cidadão and número de utente,
 * Germany's Personalausweis, Reisepass and Versichertennummer, the
 * Netherlands' BSN, Poland's PESEL, Romania's CNP, Bulgaria's EGN,
 * Croatia's OIB, Greece's AMKA, Sweden's personnummer, Finland's
 * henkilötunnus, Iceland's kennitala, Estonia's isikukood, Switzerland's
 * AVS/AHV, the United Kingdom's NHS number, Ireland's PPSN, Monaco's
 * CCSS, the Maghreb's and Madagascar's CIN and CNIE, the French CNI,
 * "carte", "permis" and "licence"; a ship's IMO and MMSI.  Not "CPR"
 * (the English resuscitation) nor "visa" (a doctor's). */
const char *const detect_document_labels[] = {
	"imo", "mmsi", "niss", "inss", "rijksregisternummer", "nie", "dni",
	"nif", "tarjeta", "catsalut", "codice", "tessera", "passaporto",
	"pasaporte", "passeport", "passport", "reisepass", "personalausweis",
	"versichertennummer", "krankenversichertennummer",
	"sozialversicherungsnummer", "bsn", "burgerservicenummer", "pesel",
	"cnp", "egn", "oib", "amka", "personnummer", "henkilotunnus",
	"kennitala", "isikukood", "avs", "ahv", "nhs", "ppsn", "ccss", "cin",
	"cnie", "cni", "carte", "cartao", "utente", "permis", "licence",
	"license", NULL,
};

static int
docid_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
docid_alnum(char c)
{
	return util_is_digit(c) || docid_upper(c);
}

/* What a code holds (docid_code). */
struct docid_shape {
	size_t	digits, letters, groups;
	size_t	glen[8];	/* each group's length */
	uint8_t	gcaps[8];	/* each group's capitals */
	int	all_digits_groups;	/* no group holds a capital */
	char	sep;		/* the first separator, 0 if none */
	int	hyphen;		/* some '-' joins two groups */
	/* some group holds two capitals, or capitals and digits */
	int	caps2;
};

/* The code at byte a: groups of capitals and digits joined by '-',
 * '.' (between digits), '/' (before a capital) or one space (before a
 * group with a digit), at most eight groups and 40 bytes.  A group glued
 * to a lower-case or non-ASCII letter ends the code before it.  Returns
 * the code's end, a if none. */
static size_t
docid_code(const char *t, size_t len, size_t a, struct docid_shape *sh)
{
	size_t b = a, end = a;
	char joiner = 0;

	memset(sh, 0, sizeof(*sh));
	sh->all_digits_groups = 1;
	while (b < len && sh->groups < 8 && b - a < 40) {
		size_t g = b, gd = 0, gl = 0, run = 0, best = 0;

		while (b < len && docid_alnum(t[b])) {
			if (util_is_digit(t[b])) {
				gd++;
				run = 0;
			} else {
				gl++;
				if (++run > best)
					best = run;
			}
			b++;
		}
		if (b == g || (b < len && is_alnum_byte(t[b])) ||
		    (joiner == ' ' && gd == 0) || (joiner == '.' &&
		    (gl != 0 || !util_is_digit(t[g - 2]))))
			break;
		sh->glen[sh->groups] = b - g;
		sh->gcaps[sh->groups] = (uint8_t)gl;
		sh->groups++;
		sh->digits += gd;
		sh->letters += gl;
		if (gl != 0)
			sh->all_digits_groups = 0;
		if (best >= 2 || (gl != 0 && gd != 0))
			sh->caps2 = 1;
		if (joiner == '-')
			sh->hyphen = 1;
		end = b;
		if (b + 1 >= len || !docid_alnum(t[b + 1]))
			break;
		joiner = t[b];
		if (joiner != '-' && joiner != '.' && joiner != ' ' &&
		    !(joiner == '/' && docid_upper(t[b + 1])))
			break;
		if (sh->sep == 0)
			sh->sep = joiner;
		b++;
	}
	return end;
}

/* Groups g to g + 2 are a date's: "22.08.1984", "12-03-25",
 * "2025-03-12". */
static int
docid_date_at(const struct docid_shape *sh, size_t g)
{
	const size_t *n = sh->glen + g;

	if (g + 3 > sh->groups || sh->gcaps[g] || sh->gcaps[g + 1] ||
	    sh->gcaps[g + 2])
		return 0;
	return (n[0] <= 2 && n[1] <= 2 && (n[2] == 2 || n[2] == 4)) ||
	    (n[0] == 4 && n[1] <= 2 && n[2] <= 2);
}

/* A date written in groups, the whole code. */
static int
docid_date_like(const struct docid_shape *sh)
{
	return sh->all_digits_groups && sh->groups == 3 && docid_date_at(sh, 0);
}

/* The word that starts at byte a, from word k on; NO_WORD if none. */
static size_t
docid_word_at(const struct detect_scratch *s, size_t k, size_t a)
{
	for (; k < s->nwords && s->words[k].start <= a; k++)
		if (s->words[k].start == a)
			return k;
	return NO_WORD;
}

/* After the code's end e: a unit ("10000 UI", "12 %") says a quantity. */
static int
docid_unit_after(const char *t, size_t len, const struct detect_scratch *s,
    size_t k, size_t e)
{
	size_t w;

	if (e < len && t[e] == ' ')
		e++;
	if (e < len && t[e] == '%')
		return 1;
	w = docid_word_at(s, k, e);
	return w != NO_WORD && (s->words[w].dflags & D_UNIT);
}

/* The bytes between the words a label's walk crosses: spaces, a colon,
 * the "°" of "n°" (U+00B0, U+00BA), an apostrophe, '=' and '#'. */
static size_t
docid_gap(const char *t, size_t len, size_t a)
{
	while (a < len) {
		unsigned char c = (unsigned char)t[a];
		size_t n;

		if (c == ' ' || c == ':' || c == '=' || c == '#')
			a++;
		else if (c == 0xc2 && a + 1 < len &&
		    ((unsigned char)t[a + 1] == 0xb0 ||
		    (unsigned char)t[a + 1] == 0xba))
			a += 2;
		else if ((n = apostrophe_len(t, len, a)) != 0)
			a += n;
		else
			break;
	}
	return a;
}

/* The code [a, e) as an id: a span of its own, or the one id or phone
 * span an earlier rule found inside it widened to it (the digits after
 * the capitals, "passeport N 12239407", "BL-HAD-25-04418": the whole
 * code is the document's number).  Nothing if another span overlaps. */
int
docid_take(struct detect_scratch *s, size_t k, size_t a, size_t e)
{
	long found = -1;

	if (!overlaps(s, a, e))
		return add_span(s, a, e, DETECT_ID, -1);
	/* the spans over the code's words (wspan): one word at a time, not
	 * every span of the comment for each code */
	for (; k != NO_WORD && k < s->nwords && s->words[k].start < e; k++) {
		long sp = s->wspan[k];

		if (sp < 0)
			continue;
		if ((found >= 0 && sp != found) || s->spans[sp].start < a ||
		    s->spans[sp].end > e || (s->spans[sp].kind != DETECT_ID &&
		    s->spans[sp].kind != DETECT_PHONE))
			return 0;
		found = sp;
	}
	if (found < 0)
		return 0;
	/* (the kind's bit goes with its last span: has_span_kind's gates) */
	span_kind_change(s, s->spans[found].kind, DETECT_ID);
	s->spans[found].kind = DETECT_ID;
	s->spans[found].start = a;
	s->spans[found].end = e;
	take_bytes(s, a, e);
	if (s->tokenized)
		mark_words(s, (size_t)found);
	return 1;
}

/* The code after the document's noun at word i, or nothing. */
static int
docid_after_label(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	size_t a = s->words[i].end, k = i + 1;

	for (int skipped = 0; skipped <= 4; skipped++) {
		struct docid_shape sh;
		size_t e, w;

		a = docid_gap(t, len, a);
		if (a >= len)
			return 0;
		if (docid_alnum(t[a]) && (a == 0 || !is_alnum_byte(t[a - 1]))) {
			e = docid_code(t, len, a, &sh);
			if (e > a && ((sh.letters == 0 && sh.digits >= 7 &&
			    !docid_date_like(&sh)) || (sh.letters != 0 &&
			    sh.digits >= 5)) &&
			    !docid_unit_after(t, len, s, k, e)) {
				return docid_take(s, docid_word_at(s, k, a),
				    a, e);
			}
		}
		/* a word of letters qualifies the noun: crossed */
		if (skipped == 4 || (w = docid_word_at(s, k, a)) == NO_WORD ||
		    (s->words[w].flags & W_DIGIT))
			return 0;
		for (size_t b = s->words[w].start; b < s->words[w].end; b++)
			if (util_is_digit(t[b]))
				return 0;
		a = s->words[w].end;
		k = w + 1;
	}
	return 0;
}

/* Things whose number names no person, and standards, named before a
 * code or as its first group. */
static const char *const docid_not_person[] = {
	"lot", "lots", "batch", "norme", "normes", "serie", "modele",
	"version", "article", "commande", "ref", "reference", "iso", "en",
	"nf", "din", "cei", "iec", "astm", "ce", NULL,
};
static uint64_t docid_not_person_filter;	/* word_in_filtered_list */

/* A number's labels that let a short code go: "n°", "numéro". */
static const char *const docid_number_words[] = {
	"n", "no", "num", "numero", NULL,
};
static uint64_t docid_number_words_filter;	/* word_in_filtered_list */

/* The code of capitals and digits joined by hyphens around the digit
 * word j (second part of scan_document_numbers); its end, so that its
 * other digit words are not asked again. */
static int
docid_hyphen_code(const char *t, size_t len, struct detect_scratch *s,
    size_t j, size_t *done)
{
	struct docid_shape sh;
	size_t a = s->words[j].start, e, k, label = 0;

	/* back to the code's first byte: capitals, digits, '-', '/'; 40
	 * bytes at most (docid_code's length: a longer run is no code, and
	 * each digit word of it walks back a bounded way) */
	*done = s->words[j].end;
	while (a > 0 && s->words[j].start - a < 40 &&
	    (docid_alnum(t[a - 1]) || ((t[a - 1] == '-' ||
	    t[a - 1] == '/') && a > 1 && docid_alnum(t[a - 2]))))
		a--;
	if (a > 0 && is_alnum_byte(t[a - 1]))
		return 0;
	if (!docid_upper(t[a]))
		return 0;
	e = docid_code(t, len, a, &sh);
	if (e < s->words[j].end)
		return 0;
	*done = e;
	if (!sh.hyphen || sh.sep != '-' || !sh.caps2 || sh.letters == 0 ||
	    (e < len && (t[e] == '-' || is_alnum_byte(t[e]))))
		return 0;
	/* the first group a standard's or a thing's name */
	if ((k = docid_word_at(s, j > 4 ? j - 4 : 0, a)) == NO_WORD)
		return 0;
	if (word_in_filtered_list(s, &s->words[k], docid_not_person))
		return 0;
	/* three words back, in the code's clause (only docid_gap's bytes
	 * between: "n° 27614, cellule B2-114" is a cell's, not a n°) */
	for (size_t h = 1; h <= 3 && h <= k; h++) {
		const struct detect_word *w = &s->words[k - h];

		if (docid_gap(t, len, w->end) != s->words[k - h + 1].start)
			break;
		if (word_in_filtered_list(s, w, docid_not_person))
			return 0;
		if ((w->flags & (W_IDLABEL | W_DOCLABEL)) ||
		    word_in_filtered_list(s, w, docid_number_words))
			label = 1;
	}
	/* a short code after its label opens with two capitals ("HC-0447"),
	 * not a room's letter and floor ("B2-114") */
	if (sh.glen[0] < 2 || sh.gcaps[0] != sh.glen[0])
		label = 0;
	/* a date among the groups: "RDV-12-03-2025" */
	for (size_t g = 0; g + 3 <= sh.groups; g++)
		if (docid_date_at(&sh, g))
			return 0;
	/* seven digits and three groups as dev17's id_hyphen_code asks
	 * ("EI-2025-44" stays); sixteen digits and five groups at most: a
	 * longer run is an account's or a card's shape, its rules' (a
	 * hyphenated IBAN with a wrong key stays, test_scrub) */
	if (sh.digits > 16 || sh.groups > 5 ||
	    (!(sh.groups >= 3 && sh.digits >= 7) &&
	    !(label && sh.groups >= 2 && sh.digits >= 4)))
		return 0;
	return docid_take(s, k, a, e);
}

/* The numbers after a document's noun and the hyphenated file codes
 * (detect_run's gate: ids, a digit in the comment).  0 or -ENOMEM. */
int
scan_document_numbers(const char *t, size_t len, struct detect_scratch *s)
{
	size_t done = 0;
	int r;

	if (comment_has(s, W_DOCLABEL, 0))
		for (size_t i = 0; i < s->nwords; i++)
			if ((s->words[i].flags & W_DOCLABEL) &&
			    (r = docid_after_label(t, len, s, i)) < 0)
				return r;
	/* no '-' in the text (tokenize's TB_BULLET, which '*' and the
	 * bullets' bytes share) or no word of two capitals (the code's
	 * group of letters, W_UPPER): no hyphenated code */
	if (!(comment_has(s, W_UPPER, 0) & (detect_no_gates |
	    ((s->text_bytes & TB_BULLET) != 0))))
		return 0;
	for (size_t x = 0; x < s->ndwords; x++) {
		size_t j = s->dwords[x], a = s->words[j].start;

		/* most digit words: no '-' glued before them */
		if (a < 2 || t[a - 1] != '-' || a < done)
			continue;
		if ((r = docid_hyphen_code(t, len, s, j, &done)) < 0)
			return r;
	}
	return 0;
}
