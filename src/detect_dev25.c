/*
 * detect_dev25.c - heldout25's dev families (dev25, twenty-seventh pass,
 * issue 10; docs/scrub.md "heldout25's dev families (dev25)"):
 *
 * - a message's signature after a sign-off word ("Thanks, Aigerim",
 *   "Merci, Aigerim", "Best regards, Aigerim") or, a first name of the
 *   lists, after a sentence's end before a closing guillemet ("... Call
 *   me on ... Ann »"): scan_signoff_names;
 * - a variant spelling after its cue ("prénom aussi écrit Phonsavan",
 *   "orthographié Dzhumabaeva"): scan_variant_spellings;
 * - a first name in lower case after "signé" or a message's "de" ("signé
 *   fatou", "msg portail de marie-claude hoarau :"): scan_cued_lower_names;
 * - an interpreter's or a service's booking code after "code" ("code
 *   ISM-5531"): scan_booking_codes.
 *
 * Each starts from its own cue word (no dictionary bit: none is free),
 * behind detect_run's gates on the word flags and the text's bytes.
 */
#include "detect_int.h"

/* ---- signatures ---- */

/* The words that close a message before its first name (folded). */
const char *const dev25_signoff_words[] = {
	"thanks", "thx", "regards", "cheers", "best", "love", "merci",
	"cordialement", "amicalement", "bises", "bisous", "amities",
	"salutations", "respectueusement", "remerciements", NULL,
};
/* "thank" of "thank you", a cue beside them (C_SIGNOFF) */
const char *const signoff_thank_words[] = { "thank", NULL };

/* Word i closes a message: from byte b (its end) only spaces, '.', '!',
 * a no-break space and at most one closing quote ('"', U+00BB) up to
 * the text's or the line's end.  Returns 2 when a closing guillemet
 * came, 1 otherwise, 0 if the text goes on. */
static int
ends_message(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p = s->words[i].end, len = s->text_len;
	int quote = 0;

	for (int n = 0; p < len && n < 8; n++) {
		if (t[p] == ' ' || t[p] == '.' || t[p] == '!')
			p++;
		else if (!quote && t[p] == '"')
			p++, quote = 1;
		else if (len - p >= 2 && (unsigned char)t[p] == 0xc2 &&
		    (unsigned char)t[p + 1] == 0xa0)
			p += 2;
		else if (!quote && len - p >= 2 &&
		    (unsigned char)t[p] == 0xc2 &&
		    (unsigned char)t[p + 1] == 0xbb)
			p += 2, quote = 2;
		else
			break;
	}
	if (p < len && t[p] != '\n' && t[p] != '\r')
		return 0;
	return quote == 2 ? 2 : 1;
}

/* Between words i - 1 and i: spaces and line breaks with a ',', a '.',
 * a '!' or a line break among them ("Thanks, Ann", "Merci.\nAnn"). */
static int
signoff_gap(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i - 1].end, b = s->words[i].start;
	int stop = 0;

	if (b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (util_in_set(",.!\n\r", t[k]))
			stop = 1;
		else if (t[k] != ' ')
			return 0;
	}
	return stop;
}

/* Word i may sign: capitalized, three letters or more, untaken, no word
 * of the tables (title, relative, month, clinical, eponym, closing), and
 * a name of the lists or no ordinary word nor word of the keep lists. */
static int
signer_word(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT |
	    W_CLOSING)) || w->nchars < 3 || word_taken(s, i) ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_MONTH |
	    D_CLINICAL | D_EPONYM | D_STREET | D_UNIT | D_TERM)))
		return 0;
	if (w->dflags & (D_FIRST | D_LAST))
		return !(w->dflags & D_WEAK) || !word_lexicon(t, s, i);
	return !word_lexicon(t, s, i) && !dict_keep_has(w->fhash);
}

/* Word i, the last of a message, is its signature: after a sign-off
 * word, or (a first name of the lists, not a weak one) after a
 * sentence's end when a closing guillemet ends the message (the '"'
 * and the text's end are scan_signatures'). */
static int
signoff_at(const char *t, struct detect_scratch *s, size_t i, int quote)
{
	const struct detect_word *w = &s->words[i];
	size_t p = i - 1, b;

	if (i == 0 || !signer_word(t, s, i))
		return 0;
	if (signoff_gap(t, s, i) &&
	    (in_list(dev25_signoff_words, wf(s, &s->words[p]),
	    s->words[p].fold_len) || (word_is(s, p, "you") && p > 0 &&
	    word_is(s, p - 1, "thank"))))
		return add_span(s, w->start, w->end, DETECT_NAME, -1) < 0 ?
		    -1 : 1;
	if (quote != 2 || !(w->dflags & D_FIRST) || (w->dflags & D_WEAK))
		return 0;
	for (b = w->start; b > s->words[p].end && t[b - 1] == ' '; b--)
		;
	if (b == s->words[p].end || !util_in_set("?!.", t[b - 1]))
		return 0;
	return add_span(s, w->start, w->end, DETECT_NAME, -1) < 0 ? -1 : 1;
}

/* Messages signed by a first name or a name no list has: the word
 * before each line's end, closing quote and the text's end (detect_run's
 * gate: a capitalized word). */
int
scan_signoff_names(const char *t, struct detect_scratch *s)
{
	/* a sign-off word (C_SIGNOFF) or a closing guillemet's byte (U+00BB:
	 * c2 bb), or no signature: signoff_at asks one or the other */
	if (!comment_cue(s, 0, C_SIGNOFF) &&
	    memchr(t, 0xbb, s->text_len) == NULL)
		return 0;
	for (size_t i = 1; i < s->nwords; i++) {
		int q;

		/* the last word of the text, or one a line break, a stop,
		 * or a quote follows: cheap byte tests first */
		if (i + 1 < s->nwords && s->words[i + 1].start ==
		    s->words[i].end + 1 && t[s->words[i].end] == ' ')
			continue;
		if (!(s->words[i].flags & W_CAP) ||
		    (q = ends_message(t, s, i)) == 0)
			continue;
		if (signoff_at(t, s, i, q) < 0)
			return -ENOMEM;
	}
	return 0;
}

/* ---- variant spellings ---- */

/* Word i (capitalized or in capitals) may be a spelling of a name: what
 * signer_word asks, capitals allowed. */
static int
spelling_word(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT) ||
	    w->nchars < 3 || word_taken(s, i) ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_MONTH |
	    D_CLINICAL | D_EPONYM | D_STREET | D_UNIT | D_TERM)))
		return 0;
	if (w->dflags & (D_FIRST | D_LAST))
		return 1;
	return !word_lexicon(t, s, i) && !dict_keep_has(w->fhash) &&
	    !acronym_shape(t, s, i);
}

/* The words of the cues of this file's rules, folded: a cue of the
 * comment each (detect_int.h C_VARIANT, C_SIGNED, C_BOOKING), the gates of
 * scan_variant_spellings, scan_cued_lower_names and scan_booking_codes. */
const char *const variant_cue_words[] = {
	"orthographie", "orthographiee", "epele", "epelee", "ecrit", "ecrite",
	NULL,
};
const char *const signed_cue_words[] = {
	"signe", "signee", "msg", "message", "sms", "mail", "courriel",
	"texto", NULL,
};
const char *const booking_cue_words[] = { "code", "codes", NULL };

/* Word i is a cue of a variant spelling: "orthographié(e)", "épelé(e)",
 * or "écrit(e)" with "aussi", "parfois", "également", "autrement" right
 * before or after it.  Returns the index of the word after the cue, or 0. */
static size_t
spelling_cue(const struct detect_scratch *s, size_t i)
{
	if (word_is(s, i, "orthographie") || word_is(s, i, "orthographiee") ||
	    word_is(s, i, "epele") || word_is(s, i, "epelee"))
		return i + 1;
	if (!word_is(s, i, "ecrit") && !word_is(s, i, "ecrite"))
		return 0;
	if (i > 0 && (word_is(s, i - 1, "aussi") || word_is(s, i - 1,
	    "parfois") || word_is(s, i - 1, "egalement") ||
	    word_is(s, i - 1, "autrement")))
		return i + 1;
	if (i + 1 < s->nwords && (word_is(s, i + 1, "aussi") ||
	    word_is(s, i + 1, "parfois") || word_is(s, i + 1, "egalement") ||
	    word_is(s, i + 1, "autrement")))
		return i + 2;
	return 0;
}

/* A name's other spelling after its cue: "prénom aussi écrit Phonsavan",
 * "nom orthographié Dzhumabaeva", "écrit aussi « Nurzay »": the
 * capitalized words right after it (a colon or a guillemet between),
 * each a name of the lists or no ordinary word (detect_run's gate: a
 * capitalized word or one in capitals). */
int
scan_variant_spellings(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j = spelling_cue(s, i), e, k;

		if (j == 0 || j >= s->nwords)
			continue;
		/* only spaces, ':' and a guillemet or '"' between */
		for (k = s->words[j - 1].end; k < s->words[j].start; k++)
			if (!util_in_set(" :\"\xc2\xab\xa0", t[k]))
				break;
		if (k < s->words[j].start || !spelling_word(t, s, j))
			continue;
		for (e = j; e + 1 < s->nwords && e < j + 2 && joined(t, s, e) &&
		    spelling_word(t, s, e + 1); e++)
			;
		if (add_span(s, s->words[j].start, s->words[e].end,
		    DETECT_NAME, -1) < 0)
			return -ENOMEM;
		i = e;
	}
	return 0;
}

/* ---- first names in lower case after a cue ---- */

/* Word k, in lower case, is a first name of the lists no list calls
 * ambiguous or weak, or the first part of a compound of two ("marie-
 * claude": each part a first name of the lists).  Returns the last word
 * of it, or 0. */
static size_t
lower_cued_first(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k], *x;

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || word_taken(s, k) ||
	    !(w->dflags & D_FIRST) || w->nchars < 3 ||
	    (w->dflags & (D_TITLE | D_RELATIVE | D_CLINICAL | D_TERM |
	    D_NOTNAME | D_MONTH)))
		return 0;
	if (k + 1 < s->nwords && t[w->end] == '-' &&
	    s->words[k + 1].start == w->end + 1) {
		x = &s->words[k + 1];
		if (!(x->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
		    (x->dflags & D_FIRST) && !word_taken(s, k + 1))
			return k + 1;
		return 0;
	}
	return lower_sure_first(t, s, k) ? k : 0;
}

/* "signé fatou", "signée aminata diallo", "msg portail de marie-claude
 * hoarau :", "sms de karim :": a first name in lower case after
 * "signé(e)" or after "de" that a message's word (msg, message, sms,
 * mail, courriel, texto, and "portail" or "vocal" between) opens, with
 * the word after it when it is a surname in lower case (a surname of
 * the lists, or a word no dictionary has).  "signé par le médecin",
 * "message de la pharmacie", "sms de sa fille" stay (detect_run's gate:
 * a first name of the lists). */
int
scan_cued_lower_names(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t k = i + 1, e;

		if (word_is(s, i, "de")) {
			size_t m = i;

			if (m > 0 && (word_is(s, m - 1, "portail") ||
			    word_is(s, m - 1, "vocal")))
				m--;
			if (m == 0 || !(word_is(s, m - 1, "msg") ||
			    word_is(s, m - 1, "message") ||
			    word_is(s, m - 1, "sms") || word_is(s, m - 1, "mail") ||
			    word_is(s, m - 1, "courriel") ||
			    word_is(s, m - 1, "texto")))
				continue;
		} else if (!word_is(s, i, "signe") && !word_is(s, i, "signee"))
			continue;
		if ((e = lower_cued_first(t, s, k)) == 0)
			continue;
		if (e + 1 < s->nwords && joined(t, s, e) &&
		    !(s->words[e + 1].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
		    (lower_unknown(t, s, e + 1) ||
		    ((s->words[e + 1].dflags & D_LAST) &&
		    !word_lexicon(t, s, e + 1) && !word_taken(s, e + 1))))
			e++;
		if (add_span(s, s->words[k].start, s->words[e].end,
		    DETECT_NAME, -1) < 0)
			return -ENOMEM;
		i = e;
	}
	return 0;
}

/* ---- booking codes ---- */

/* Code systems whose codes follow "code" and name no person. */
static const char *const code_systems[] = {
	"cim", "icd", "ccam", "atc", "cip", "ucd", "lpp", "ngap", "nabm",
	"rome", "naf", "ape", "insee", "finess", NULL,
};

/* A booking code after "code" (a colon or "de réservation" between):
 * two to six capitals, '-', more capitals and '-' maybe, then four
 * digits or more, glued ("code ISM-5531", "code de réservation
 * TRAD-LAO-0931"): the interpreter's or a service's booking, which leads
 * to the patient.  A code system's ("code CIM-10", "code ATC-2024") and
 * shorter numbers stay (detect_run's gate: a digit, capitals, '-'). */
int
scan_booking_codes(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j = i + 1, p, a, nl = 0, nd = 0;

		if (!word_is(s, i, "code") && !word_is(s, i, "codes"))
			continue;
		if (j + 1 < s->nwords && word_is(s, j, "de") &&
		    word_is(s, j + 1, "reservation"))
			j += 2;
		if (j >= s->nwords || !(s->words[j].flags & W_UPPER) ||
		    word_taken(s, j) || in_list(code_systems,
		    wf(s, &s->words[j]), s->words[j].fold_len))
			continue;
		for (p = s->words[j - 1].end; p < s->words[j].start; p++)
			if (t[p] != ' ' && t[p] != ':')
				break;
		if (p < s->words[j].start)
			continue;
		/* capitals and '-', then digits, to the token's end */
		a = p;
		while (p < s->text_len && ((t[p] >= 'A' && t[p] <= 'Z') ||
		    t[p] == '-')) {
			nl += t[p] != '-';
			p++;
		}
		if (nl < 2 || p == a || t[p - 1] != '-')
			continue;
		while (p < s->text_len && t[p] >= '0' && t[p] <= '9')
			p++, nd++;
		if (nd < 4 || (p < s->text_len && (is_alnum_byte(t[p]) ||
		    t[p] == '-' || t[p] == '/')))
			continue;
		if (add_span(s, a, p, DETECT_ID, -1) < 0)
			return -ENOMEM;
	}
	return 0;
}

/* ---- a surname and its given names before an age or a kin word ---- */

/* Word x may be a word of a name written without a title: capitalized,
 * untaken or a name's, no word of the tables. */
static int
bare_name_word(const struct detect_scratch *s, size_t x)
{
	const struct detect_word *w = &s->words[x];
	const struct detect_span *sp = span_of(s, x);

	return (w->flags & W_CAP) && !(w->flags & W_DIGIT) && w->nchars >= 2 &&
	    (sp == NULL || is_name_span(sp)) &&
	    !(w->dflags & (D_TITLE | D_RELATIVE | D_STREET | D_CLINICAL |
	    D_EPONYM | D_UNIT | D_NOTNAME | D_TERM | D_INSTHEAD | D_PLACE |
	    D_PARTICLE));
}

/* Word x (bare_name_word) is a name's by itself: a name found, a name of
 * the lists, or no ordinary word. */
static int
bare_namey(const char *t, struct detect_scratch *s, size_t x)
{
	const struct detect_word *w = &s->words[x];

	return is_name_span(span_of(s, x)) || ((w->dflags & (D_FIRST |
	    D_LAST)) && !(w->dflags & D_WEAK)) || (!word_lexicon(t, s, x) &&
	    !dict_keep_has(w->fhash) && !acronym_shape(t, s, x));
}

/* The words b..e (joined, bare_name_word) before an age or a kin word in
 * parentheses: each a name's by itself, but the last (a given name that
 * is an ordinary word: "Mbemba Exaucé") after a name's word, and one
 * between two names' words ("Thao Mai Yia"). */
static int
bare_accept(const char *t, struct detect_scratch *s, size_t b, size_t e,
    size_t x)
{
	if (bare_namey(t, s, x))
		return 1;
	if (x > b && bare_namey(t, s, x - 1))
		return x == e || bare_namey(t, s, x + 1);
	return 0;
}

/* "Passage de Mbemba Exaucé, 7 ans", "Thao Mai Yia (mère)": a surname
 * and its given names with no title, two words or three, before ", N
 * ans" (or "mois") or a kin word alone in parentheses: the words no rule
 * took go, each a name's by itself but a given name that is an ordinary
 * word after a name's word ("Exaucé", "Mai" between "Thao" and "Yia").
 * "Service Pédiatrie, 7 ans", "Hôpital de Jour (mère)" stay: no name's
 * word (detect_run's gate: a capitalized word, a ',' or a '('). */
int
scan_bare_names_before_age(const char *t, struct detect_scratch *s)
{
	/* the words of a digit or of a relative's family (WCB_RELTITLE
	 * holds D_RELATIVE) by their class bytes, sixteen a step, in the
	 * text's order: the walk of every word tested each word's flags
	 * (0.65 M instructions a pass; speed34a) */
	for (size_t i = 2; (i = wcls_find_any(s, i, W_DIGIT |
	    WCB_RELTITLE)) < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		size_t e = i - 1, b, x;

		if ((w->flags & W_DIGIT) && i + 1 < s->nwords &&
		    (word_is(s, i + 1, "ans") || word_is(s, i + 1, "an") ||
		    word_is(s, i + 1, "mois"))) {
			if (s->words[e].end + 2 != w->start ||
			    t[s->words[e].end] != ',' || w->end - w->start > 2)
				continue;
		} else if (w->dflags & D_RELATIVE) {
			if (s->words[e].end + 2 != w->start ||
			    t[w->start - 1] != '(' || w->end >= s->text_len ||
			    t[w->end] != ')')
				continue;
		} else
			continue;
		if (!bare_name_word(s, e))
			continue;
		for (b = e; b > 0 && b + 2 > e && joined(t, s, b - 1) &&
		    bare_name_word(s, b - 1); b--)
			;
		if (b == e)
			continue;
		for (x = b; x <= e && bare_accept(t, s, b, e, x); x++)
			;
		if (x <= e)
			continue;
		for (x = b; x <= e; x++) {
			size_t y = x;

			if (word_taken(s, x))
				continue;
			while (y < e && !word_taken(s, y + 1))
				y++;
			if (add_span(s, s->words[x].start, s->words[y].end,
			    DETECT_NAME, -1) < 0)
				return -ENOMEM;
			x = y;
		}
	}
	return 0;
}

/* ---- a unit of a building and its building ---- */

/* "l'appartement 5 de la résidence Les Cèdres", "appt 12 du bâtiment B
 * de la cité des Fleurs": an address that opens with a unit's word
 * (D_UNIT: "appartement", "appt", "bâtiment", "chambre"...) and the
 * address right after it past "de la", "du", "de l'" or "des", spaces
 * alone between: one address (add_address joins them; the small words
 * between were raw).  "(ch. 12) de l'EHPAD" (a parenthesis) stays two.
 * From each address found (detect_run's gate). */
int
scan_unit_of_building(const char *t, struct detect_scratch *s)
{
	const uint64_t cand = words_mask64(s, D_UNIT, 0);

	for (size_t i = words_mask_next(cand, 0, s->nwords); i + 2 < s->nwords;
	    i = words_mask_next(cand, i + 1, s->nwords)) {
		const struct detect_span *a = span_of(s, i), *b;
		size_t k, j;

		if (a == NULL || a->kind != DETECT_ADDRESS ||
		    a->start != s->words[i].start || !word_has(s, i, D_UNIT))
			continue;
		for (k = i; k + 1 < s->nwords && span_of(s, k + 1) == a; k++)
			;
		j = k + 1;
		/* spaces alone after the unit ("(ch. 12) de l'EHPAD": no) */
		if (j >= s->nwords || a->end > s->words[j].start)
			continue;
		for (b = NULL, k = a->end; k < s->words[j].start; k++)
			if (t[k] != ' ')
				break;
		if (k < s->words[j].start)
			continue;
		if (j + 1 < s->nwords && word_is(s, j, "de") &&
		    (word_is(s, j + 1, "la") || word_is(s, j + 1, "l")))
			j += 2;
		else if (j < s->nwords && (word_is(s, j, "du") ||
		    word_is(s, j, "des")))
			j += 1;
		else
			continue;
		if (j >= s->nwords || word_taken(s, j - 1) ||
		    (b = span_of(s, j)) == NULL || b->kind != DETECT_ADDRESS ||
		    b->start != s->words[j].start ||
		    s->words[j].start - s->words[j - 1].end > 1)
			continue;
		if (add_address(s, a->start, b->end) < 0)
			return -ENOMEM;
		i = j;
	}
	return 0;
}
