/* Names by the shape of a note: the patient's
 * name where no row value and no identity source gives it, read from how
 * notes write a person: "NOM (Prénom)", "NOM, Prénom", a heading "NOM :",
 * a first name as the subject of "a bien mangé".  docs/scrub.md, "Names
 * with no row values". */
#include <errno.h>
#include <string.h>

#include "detect.h"
#include "detect_int.h"

/* Words of the tables, which no rule here takes. */
#define SHAPE_TABLES	(D_TITLE | D_NOTNAME | D_RELATIVE | D_STREET | \
    D_MONTH | D_UNIT | D_DATECUE | D_TERM | D_CLINICAL | D_EPONYM | \
    D_EPOHEAD | D_PLACE | D_RELATION | D_SUBJVERB | D_PARTICLE | D_SPEECH | \
    D_INSTHEAD)

/* Word i may be a word of a name where it stands: letters, two at least,
 * not glued to another word, not taken, no word of the tables, not an
 * eponym's place. */
static int
shape_word(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if ((i > 0 && s->words[i - 1].end == w->start) ||
	    (i + 1 < s->nwords && s->words[i + 1].start == w->end))
		return 0;	/* "SpO2", "HbA1c" */
	return !(w->flags & W_DIGIT) && w->nchars >= 2 && !word_taken(s, i) &&
	    !(w->dflags & SHAPE_TABLES) && !eponym_position(t, s, i) &&
	    !after_saint(s, i);
}

/* Word i is no ordinary word, no word of the tables, no place or
 * substance of the keep lists and no acronym by its shape: "Peio",
 * "ZUBIRI", "Anghjulu" ("MGEN", "Morlaix", "TPHA" are not). */
static int
shape_unknown(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return shape_word(t, s, i) && w->nchars >= 3 &&
	    !(w->dflags & (D_FIRST | D_LAST)) && !word_lexicon(t, s, i) &&
	    !dict_keep_has(w->fhash) && !acronym_shape(t, s, i);
}

/* Word i is a name of the lists, written as one or in lower case: the
 * lists' ordinary words too ("Marine", "Constant") where the shape says
 * a person. */
static int
shape_listed(const char *t, const struct detect_scratch *s, size_t i)
{
	return shape_word(t, s, i) && (s->words[i].dflags & (D_FIRST | D_LAST));
}

/* Word i starts a sentence or an item of a note: after ".", ":", ";",
 * " - " (sentence_start), or after "/", "--", "|" or a comma, which
 * notes put between items ("T° 38,2 / Anaïg a bien mangé", "diurèse ok,
 * Mirosław a bien mangé"). */
static int
item_start(const char *t, const struct detect_scratch *s, size_t i)
{
	if (sentence_start(t, s, i))
		return 1;
	for (size_t k = s->words[i - 1].end; k < s->words[i].start; k++)
		if (t[k] == '/' || t[k] == ',' || t[k] == '|' ||
		    (t[k] == '-' && k + 1 < s->words[i].start && t[k + 1] == '-'))
			return 1;
	return 0;
}

/* Only spaces (one or two) between words i and i + 1.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
spaced(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start;

	return (b == a + 1 && t[a] == ' ') ||
	    (b == a + 2 && t[a] == ' ' && t[a + 1] == ' ');
}

/* Word k, in capitals, is an acronym of the English medical dictionary
 * (hunspell-en-med: "ALS", "COPD"): a disease written after the
 * patient's name, "cas de M. Dufour (ALS)", no first name. */
static int
paren_disease(const struct detect_scratch *s, size_t k)
{
	return (s->words[k].flags & W_UPPER) && medical_has(s->words[k].fhash);
}

/* Word k, capitalized in parentheses after the name found that ends at
 * word p, comes before a word of that name again ("M. Tandia Boubou (Samba
 * Tandia)": a relative of the same surname), an ordinary word too. */
static int
paren_before_same(const char *t, const struct detect_scratch *s, size_t p,
    size_t k)
{
	uint64_t h;

	if (k + 1 >= s->nwords || !joined(t, s, k) ||
	    !(s->words[k].flags & W_CAP) || !shape_word(t, s, k))
		return 0;
	h = s->words[k + 1].fhash;
	/* the name's words back from p, joined, each found */
	for (size_t q = p + 1; q > 0 && is_name_span(span_of(s, q - 1)) &&
	    (q == p + 1 || joined(t, s, q - 1)); q--)
		if (s->words[q - 1].fhash == h)
			return 1;
	return 0;
}

/* Word i, capitalized, alone in parentheses right after a surname in
 * capitals found ("M. PAGE (Modeste)", "Mme MARTIN (Colombe)"): the
 * first name written as the surname's convention wants it, an ordinary
 * word too, as comma_at takes it after ", ".  Not a word of the tables,
 * of the keep lists (places, bodies, drugs), of the medical dictionary
 * or a nation's, nor a participle in -é(e)(s) ("(Décédé)", "(Hospitalisée)")
 * or a word that ends as an adjective ("(Diabétique)", "(Portugaise)"). */
static const char *const adjective_ends[] = { "ique", "iques", "ais",
    "aise", "aises", "ien", "iens", "ienne", "iennes", "ois", "oise",
    "oises", "eux", "euse", "euses", "ant", "ante", "ants", "antes", "ent",
    "ente", "ents", "entes", "if", "ifs", "ive", "ives", "el", "elle",
    "al", "ale", "aux", "aire", "aires", "able", "ible", "ain", "aine",
    "in", "ine", "ise", "is", "e", NULL };

/* The fold of word i ends as an adjective or a participle of French
 * does (adjective_ends; "e" alone: a feminine in -ée, -ie, -ue... of
 * four letters or more before it, "Diabétique", "Portugaise",
 * "Hospitalisée"), the first names of the lists aside. */
static int
adjective_end(const struct detect_scratch *s, size_t i)
{
	const char *f = wf(s, &s->words[i]);
	size_t n = s->words[i].fold_len;

	for (const char *const *e = adjective_ends; *e != NULL; e++) {
		size_t k = strlen(*e);

		if (k == 1 ? n >= 5 && f[n - 1] == 'e' && util_in_set("eiu",
		    f[n - 2]) : k < n && memcmp(f + n - k, *e, k) == 0)
			return 1;
	}
	return 0;
}

static int
paren_cap_word(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t e = w->end;

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) || w->nchars < 3 ||
	    e >= s->text_len || t[e] != ')' ||
	    !(s->words[i - 1].flags & W_UPPER) || !shape_word(t, s, i) ||
	    dict_keep_has(w->fhash) || medical_has(w->fhash) ||
	    demonym_has(w->fhash) || adjective_end(s, i))
		return 0;
	for (size_t k = e - 2, n = 0; k > w->start && n < 3; k--, n++)
		if ((unsigned char)t[k] == 0xc3 && (unsigned char)t[k + 1] == 0xa9)
			return 0;
	return 1;
}

/* "NOM (Prénom)": one to three words alone in parentheses right after a
 * name found ("MR FILIPPI (Anghjulu)", "mme chauvin (marcel)", "MME LY
 * (KADIATOU)", "GUEYE (Affoue)"): a first name of the lists in any case,
 * or a word no dictionary has, or a capitalized word before a word of
 * that name again ("M. Tandia Boubou (Samba Tandia)": paren_before_same),
 * or after the first a word found already (the words before it are then
 * taken one by one), or one capitalized word after a surname in capitals
 * (paren_cap_word: "M. PAGE (Modeste)").  "(fille)", "(sic)",
 * "(décédé)", "(Ajaccio)", "(MGEN)", "(Mamoudzou)" stay. */
static int
paren_at(const char *t, struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].start, k, p;

	if (i == 0 || a == 0 || t[a - 1] != '(')
		return 0;
	/* the name before the parenthesis, spaces between */
	for (p = a - 1; p > s->words[i - 1].end && t[p - 1] == ' '; p--)
		;
	if (p != s->words[i - 1].end || a - 1 - p > 2 ||
	    !is_name_span(span_of(s, i - 1)))
		return 0;
	for (k = i; k < s->nwords && k < i + 3; k++) {
		if (!shape_listed(t, s, k) && !(shape_unknown(t, s, k) &&
		    !paren_disease(s, k)) && !paren_before_same(t, s, i - 1, k) &&
		    !(k > i && is_name_span(span_of(s, k))) &&
		    !(k == i && paren_cap_word(t, s, i)))
			return 0;
		if (s->words[k].end < s->text_len && t[s->words[k].end] == ')')
			break;
		if (k + 1 >= s->nwords || !joined(t, s, k))
			return 0;
	}
	if (k >= s->nwords || k >= i + 3)
		return 0;
	/* "M. Madi (Mamoudzou)": one word that is a commune and no name of
	 * the lists is where the person lives or comes from, as "(Ajaccio)" */
	if (k == i && !(s->words[i].dflags & (D_FIRST | D_LAST)) &&
	    single_commune(s, i))
		return 0;
	/* a word found already ("(Samba Tandia)"): the others one by one */
	if (is_name_span(span_of(s, k))) {
		for (size_t q = i; q < k; q++)
			if (!word_taken(s, q) && add_span(s, s->words[q].start,
			    s->words[q].end, DETECT_NAME, -1) < 0)
				return -1;
		return 1;
	}
	return add_span(s, s->words[i].start, s->words[k].end, DETECT_NAME,
	    -1) < 0 ? -1 : 1;
}

/* "NOM, Prénom" after a surname found: "MR THEOPHILE, Rosette ;", "MME
 * HEITZ, Materne ;", "MR ZIELIŃSKA, ZBIGNIEW, NÉ(E)", "m. woźniak,
 * mirosław a appelé".  The word after the comma is a first name of the
 * lists (in lower case only after a surname in lower case), a word no
 * dictionary has (capitalized, or in lower case after a surname in lower
 * case), or, capitalized after a surname in capitals, an ordinary word
 * that a clause end follows (";", ")", the end, "né"): "Mme DUPONT,
 * Retraitée, ...", "DAMBRINE, Traitement :" and "Dupont, diabétique"
 * stay. */
static int
comma_at(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *f;
	int lower = !(w->flags & (W_CAP | W_UPPER));
	size_t e;

	if (i + 1 >= s->nwords)
		return 0;
	f = &s->words[i + 1];
	if (f->start != w->end + 2 || t[w->end] != ',' ||
	    t[w->end + 1] != ' ' || !is_name_span(span_of(s, i)) ||
	    !shape_word(t, s, i + 1) ||
	    (!lower && !(f->flags & (W_CAP | W_UPPER))) ||
	    (lower && (f->flags & (W_CAP | W_UPPER))) ||
	    ((f->flags & W_UPPER) && !(w->flags & W_UPPER)) ||
	    ((f->dflags & D_FIRST) && nation_adjective(t, s, i + 1)))
		return 0;	/* "Dr Mendy-Faye, CECOS.", "Stefan, German national" */
	e = f->end;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (lower ? !((f->dflags & D_FIRST) && !(f->dflags & D_WEAK)) &&
	    !shape_unknown(t, s, i + 1) :
	    !(f->dflags & D_FIRST) && !shape_unknown(t, s, i + 1) &&
	    !((w->flags & W_UPPER) && !(f->flags & W_UPPER) &&
	    (e == s->text_len || t[e] == ';' || t[e] == ')' ||
	    (i + 2 < s->nwords && (word_is(s, i + 2, "ne") ||
	    word_is(s, i + 2, "nee"))))))
		return 0;
	return add_span(s, f->start, f->end, DETECT_NAME, -1) < 0 ? -1 : 1;
}

/* "NOM, Prénom" and "NOM (Prénom)": from each name found, the comma or
 * the parenthesis right after it (a pass over the spans, not the
 * words). */
static inline __attribute__((always_inline)) int
scan_after_names(const char *t, struct detect_scratch *s)
{
	size_t n = s->nspans;
	int r;

	if (!has_span_kind(s, DETECT_BIT(DETECT_NAME)))
		return 0;
	for (size_t k = 0; k < n; k++) {
		size_t e = s->spans[k].end, w;

		if (s->spans[k].kind != DETECT_NAME || e >= s->text_len ||
		    (t[e] != ',' && t[e] != ' ' && t[e] != '('))
			continue;
		/* paren_at's "(" after two spaces at most: most names are
		 * followed by a space and a word, looked for no further */
		if (t[e] == ' ' && !(e + 1 < s->text_len && (t[e + 1] == '(' ||
		    (t[e + 1] == ' ' && e + 2 < s->text_len && t[e + 2] == '('))))
			continue;
		w = word_at(s, e);
		if (w == 0 || w >= s->nwords)
			continue;
		if (t[e] == ',' && (r = comma_at(t, s, w - 1)) < 0)
			return r;
		if (t[e] != ',' && (r = paren_at(t, s, w)) < 0)
			return r;
	}
	return 0;
}

/* Word k may be a word of a heading's name: in capitals, a word no
 * dictionary has or a name of the lists that is no ordinary word (or is
 * one, when an initial or a first name makes the heading a name: "L.
 * ROUX :", "LUTZ, Alphonse :"); capitalized or in lower case, a word no
 * dictionary has or a name of the lists. */
static int
heading_word(const char *t, struct detect_scratch *s, size_t k, int named)
{
	const struct detect_word *w = &s->words[k];

	if (shape_unknown(t, s, k))
		return 1;
	if (!shape_listed(t, s, k) || ((w->dflags & D_WEAK) && !named))
		return 0;
	return named || !word_lexicon(t, s, k);
}

/* The word at or after byte q (spaces first) is an English adjective of
 * a nation (detect_demonym: "Swedish", "Belgian"), capitalized. */
static int
heading_nation(const struct detect_scratch *s, size_t q)
{
	size_t k = word_at(s, q);

	return k < s->nwords && (s->words[k].flags & W_CAP) &&
	    !(s->words[k].flags & W_UPPER) && s->words[k].fold_len >= 5 &&
	    demonym_has(s->words[k].fhash);
}

/* The end of a heading's name at e: over "(Prénom)" or ", Prénom" (the
 * rules below take them), then spaces and ":"?  *named says a first name
 * was there. */
static int
heading_colon(const char *t, const struct detect_scratch *s, size_t e,
    int *named)
{
	*named = 0;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e < s->text_len && (t[e] == '(' || t[e] == ',')) {
		size_t q = e + 1;

		/* ", Prénom" has a capital: "(OCR, français) :" is a
		 * comment on a document */
		if (t[e] == ',' && lower_after_comma(t, s->text_len, q))
			return 0;
		/* ", Swedish :" after a word is a nation's adjective, no
		 * first name ("Tourist, Swedish : Mrs ...") */
		if (t[e] == ',' && heading_nation(s, q))
			return 0;
		/* "(in English)", "(via l'interprète)": a remark, not a
		 * first name, unless the lists have it ("dupont (jean) :")
		 */
		if (t[e] == '(' && lower_after_comma(t, s->text_len, q) &&
		    !(s->words[word_at(s, q)].dflags & D_FIRST))
			return 0;

		/* a name's letters only: "(Battittu)", ", Itziar" */
		while (q < s->text_len && q < e + 40 && (t[q] == ' ' ||
		    t[q] == '-' || t[q] == '\'' || (unsigned char)t[q] >= 0x80 ||
		    is_alnum_byte(t[q])) && !util_is_digit(t[q]))
			q++;
		if (t[e] == '(' && (q >= s->text_len || t[q] != ')'))
			return 0;
		if (q < s->text_len && t[q] == ')')
			q++;
		while (q < s->text_len && t[q] == ' ')
			q++;
		e = q;
		*named = 1;
	}
	return e < s->text_len && t[e] == ':' &&
	    !(e + 1 < s->text_len && util_is_digit(t[e + 1]));
}

/* Word i is the note's first word, in lower case, five letters at
 * least, no word of any table but the names': where lower_unknown_pair
 * may start. */
static int
lower_head(const struct detect_scratch *s, size_t i)
{
	return i == 0 && !(s->words[0].dflags & ~(uint64_t)(D_FIRST | D_LAST |
	    D_COMMONLAST | D_FEMALE)) && s->words[0].nchars >= 5;
}

/* Words [j, n) of a heading in lower case are two words no dictionary
 * has (a surname of the lists that is no ordinary word too), five
 * letters at least each: "jakez quemener : chute", "battittu bidegain :
 * chute", where the lists hold no first name; the
 * clipped words and acronyms of a heading are shorter ("ttt perso :",
 * "crp pct :"), and the drugs are kept (shape_unknown). */
static int
lower_unknown_pair(const char *t, struct detect_scratch *s, size_t j,
    size_t n)
{
	for (size_t k = j; k < n; k++)
		if (s->words[k].nchars < 5 || !(shape_unknown(t, s, k) ||
		    (shape_listed(t, s, k) && !word_lexicon(t, s, k))))
			return 0;
	return n == j + 2;
}

/* Word j, capitalized (not in capitals), of nine bytes or more and no
 * name of the lists, is a word of the lexicon slipped in typing or
 * inflected: a heading of the note, no name ("Transmision :";
 * precision16).  Shorter, a surname no list has is as often one
 * consonant away from a word ("Fillon : chute", "Poullain :", "Bonet :"
 * went through raw; review, seventeenth pass): of the surnames of the
 * lists, one in 95 of eight bytes or fewer has lexicon_misspelt's
 * shape, one in 2,900 of nine or more. */
static int
heading_misspelt(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    !(w->dflags & (D_FIRST | D_LAST)) && w->end - w->start >= 9 &&
	    lexicon_misspelt(t + w->start, w->end - w->start);
}

/* Word j, capitalized and of no list of names, is "Re" or "Ré" before
 * the stem of a verb of the lexicon, six bytes or more: the noun of a
 * verb done again that notes coin ("Recontact :": contacter,
 * "Reconvoc", "Retransfert"), a heading of the note, no name
 * (precision25).  The stem a word of its own and a verb's: "Rebillard",
 * "Rebourgeon" (surnames of "re" and a noun no verb has), "Remarquet"
 * (marqueter, but no "marquet") stay names; so does "Remond" (a stem of
 * four bytes: monder). */
static int
heading_repeated(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	const char *f = t + w->start;
	size_t n = w->end - w->start, p;
	char verb[40];

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    (w->dflags & (D_FIRST | D_LAST)) || n < 8 ||
	    n + 2 > sizeof(verb) || f[0] != 'R')
		return 0;
	if (f[1] == 'e')
		p = 2;
	else if ((unsigned char)f[1] == 0xc3 && (unsigned char)f[2] == 0xa9)
		p = 3;
	else
		return 0;
	if (n - p < 6 || f[p] < 'a' || f[p] > 'z')
		return 0;
	if (!lexicon_has(f + p, n - p))
		return 0;	/* "Remarquet": marqueter, but no "marquet" */
	memcpy(verb, f + p, n - p);
	memcpy(verb + n - p, "er", 2);
	return lexicon_has(verb, n - p + 2);
}

/* The folded word f of n bytes, spelt the British way ("haematology",
 * "paediatrics", "gynaecology", "oesophagoscopy"), is in the American
 * spelling a word of English or of the English medical dictionary: "ae"
 * and "oe" written "e". */
static int
british_spelling_has(const char *f, size_t n)
{
	char us[24];
	size_t m = 0;
	int changed = 0;

	for (size_t k = 0; k < n; k++) {
		if (k + 1 < n && (f[k] == 'a' || f[k] == 'o') && f[k + 1] == 'e') {
			changed = 1;
			continue;
		}
		us[m++] = f[k];
	}
	if (!changed)
		return 0;
	return english_has(hash(us, m)) || medical_has(hash(us, m));
}

/* Word k names a specialty, a carer by trade, an examination or a
 * section of an English clinical note by its ending ("Cardiology",
 * "Geriatrics", "Radiologist", "Colonoscopy", "Assessment",
 * "Examination", "Diagnosis"; "Haematology", "Paediatrics" spelt the
 * British way), or is one of the sections a discharge
 * letter or a SOAP note heads with no such ending ("Summary", "History",
 * "Complaint", "Vitals"), and no name of the lists: a word of English
 * (wamerican's common words, english_has) or of the English medical
 * dictionary (hunspell-en-med, medical_has). */
static int
english_section_word(const struct detect_scratch *s, size_t k)
{
	static const char *const endings[] = {
		"logy", "logist", "iatrics", "iatry", "ician", "therapy",
		"scopy", "graphy", "ics", "ment", "ments", "tion", "tions",
		"sion", "sis", NULL,
	};
	static const char *const sections[] = {
		"summary", "findings", "history", "impression", "complaint",
		"discharge", "outcome", "imaging", "bloods", "labs", "vitals",
		"allergies", "background", "plan", "review", NULL,
	};
	const struct detect_word *w = &s->words[k];
	const char *f = wf(s, w);
	size_t len = w->fold_len;

	if (len < 4 || len > 24 || (w->dflags & (D_FIRST | D_LAST)) ||
	    !(english_has(w->fhash) || medical_has(w->fhash) ||
	    british_spelling_has(f, len)))
		return 0;
	if (in_list(sections, f, len))
		return 1;
	for (size_t e = 0; endings[e] != NULL; e++) {
		size_t el = strlen(endings[e]);

		if (len >= el + 3 && memcmp(f + len - el, endings[e], el) == 0)
			return 1;
	}
	return 0;
}

/* Words [j, n) before a heading's colon, one or two, are a section of
 * an English clinical note, no name (precision22): one word of
 * english_section_word ("Cardiology :", "Geriatrics :", "Assessment :");
 * two, the last one of them and the first one too, or a word of the
 * English medical dictionary, or a modifier of a section ("Discharge
 * Summary :", "Cardiology Review :", "Physical Examination :", "Drug
 * History :", "Past History :", "Presenting Complaint :").  A heading
 * that no dictionary of French has and that is no such section still
 * goes: "Kettle :", "Sparrow Review :" (common English words no medical
 * dictionary holds), "Hicks :" (a name of the lists). */
static int
english_clinical_heading(const struct detect_scratch *s, size_t j, size_t n)
{
	static const char *const modifiers[] = {
		"past", "presenting", "current", "previous", "initial",
		"final", "further", "general", NULL,
	};
	static uint64_t modifiers_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[j];

	if (!english_section_word(s, n - 1))
		return 0;
	if (n - j == 1)
		return 1;
	return n - j == 2 && !(w->dflags & (D_FIRST | D_LAST)) &&
	    w->fold_len >= 3 && (english_section_word(s, j) ||
	    medical_has(w->fhash) || word_in_filtered_list(s, w, modifiers));
}

/* The heading of scan_heading_names that starts at word i, if any: 1
 * (its span added), 0, or -1 (no memory). */
static int
heading_at(const char *t, struct detect_scratch *s, size_t i)
{
	size_t j = i, k, n;
	int named = 0, initial = 0, first = 0;

	/* cheap first: a capitalized word, an initial or a first name; or
	 * the note's first word in lower case that no table has (the
	 * lower-case pair of lower_unknown_pair) */
	if ((s->words[i].flags & W_DIGIT) || (!(s->words[i].flags &
	    (W_CAP | W_UPPER)) && !(s->words[i].dflags & D_FIRST) &&
	    !lower_head(s, i)) || !(i == 0 || item_start(t, s, i)))
		return 0;
	if (is_initial(s, j) && j + 1 < s->nwords && joined(t, s, j)) {
		initial = 1;
		j++;
	}
	/* Word j must pass heading_word below, and shape_word first: its
	 * flags and bits alone turn most headings away ("NIR :", "Mail :",
	 * "Contexte :", words of the tables) before the colon is looked
	 * for word by word. */
	if ((s->words[j].flags & W_DIGIT) || s->words[j].nchars < 2 ||
	    (s->words[j].dflags & SHAPE_TABLES))
		return 0;
	for (k = j; k < s->nwords && k < j + 2; k++) {
		first |= (s->words[k].dflags & D_FIRST) != 0;
		if (k + 1 >= s->nwords || !spaced(t, s, k)) {
			k++;
			break;
		}
	}
	/* the longest run of words before a colon */
	for (n = k; n > j; n--)
		if (heading_colon(t, s, s->words[n - 1].end, &named))
			break;
	if (n == j)
		return 0;
	/* "PAI :", "SSU Brest :", "VSAV Saint-Laurent :": a service's
	 * acronym, in text that is not all in capitals */
	if (!initial && !named && short_caps_unknown(t, s, j) &&
	    !(j > 0 && (s->words[j - 1].flags & W_UPPER)))
		return 0;
	/* "Marie Pigeon :": a first name of the lists and an ordinary word
	 * (heading_name_pair; names22), asked of two capitalized words
	 * before the tests below, which keep an ordinary word */
	if (!initial && (s->words[j].flags & W_CAP) &&
	    !(s->words[j].flags & W_UPPER) && n - j == 2 &&
	    heading_name_pair(t, s, j, n))
		return add_span(s, s->words[i].start, s->words[n - 1].end,
		    DETECT_NAME, -1) < 0 ? -1 : 1;
	for (k = j; k < n; k++) {
		const struct detect_word *w = &s->words[k];

		if (!heading_word(t, s, k, named || initial) ||
		    ((w->flags & W_UPPER) != (s->words[j].flags & W_UPPER)))
			return 0;
	}
	if (!(s->words[j].flags & (W_CAP | W_UPPER)) && (n - j < 2 ||
	    initial || !(first || lower_unknown_pair(t, s, j, n))))
		return 0;	/* "karim boukhalfa :" */
	if ((s->words[j].flags & W_CAP) && !(s->words[j].flags & W_UPPER) &&
	    !shape_unknown(t, s, j) && !named && n - j < 2)
		return 0;
	/* "Coag :", "Biochim :": a clinical word clipped */
	if (!named && !initial && n - j == 1 && (clipped_word(t, s, j) ||
	    heading_misspelt(t, s, j) || heading_repeated(t, s, j)))
		return 0;
	/* "Cardiology :", "Discharge Summary :" (english_clinical_heading) */
	if (!named && !initial && n - j <= 2 &&
	    english_clinical_heading(s, j, n))
		return 0;
	return add_span(s, s->words[i].start, s->words[n - 1].end,
	    DETECT_NAME, -1) < 0 ? -1 : 1;
}

/* A heading that names the patient at the start of a note or of an item:
 * "DANNG : chute", "A. SCHWOERER : chute", "ECHEVERRIA (Battittu) :",
 * "ZUBIRI, Itziar :", "Tahiri : chute", "jakez quemener : chute".  One
 * or two words, an initial before them, then " :" (over "(Prénom)" or
 * ", Prénom").  In capitals, each a word no dictionary has or a name of
 * the lists that is no ordinary word; capitalized, a word no dictionary
 * has; in lower case, two words, one a first name of the lists.
 * "ECBU :", "CAT :", "MOTIF :", "BILAN :", "MGEN :", "Conclusion :",
 * "Doliprane 1 g :" stay. */
static int
scan_heading_names(const char *t, struct detect_scratch *s)
{
	const char *c = t, *end = t + s->text_len;
	size_t next = 0;
	int r;

	/* From each colon: the heading starts at most five words before it
	 * ("A. ECHEVERRIA (Battittu) :").  Most comments have none
	 * (text_bytes says so: no memchr to learn it). */
	if (!(s->text_bytes & TB_COLON))
		return 0;
	while ((c = memchr(c, ':', (size_t)(end - c))) != NULL) {
		size_t w = word_at(s, (size_t)(c - t));

		c++;
		for (size_t i = w > 5 ? w - 5 : 0; i < w; i++) {
			size_t b = s->words[i].start;

			if (i < next || (!(s->words[i].flags & (W_CAP | W_UPPER |
			    W_DOT)) && !(s->words[i].dflags & D_FIRST) &&
			    !lower_head(s, i)))
				continue;
			/* cheap: what ends the gap before it starts an item */
			while (b > 0 && t[b - 1] == ' ')
				b--;
			if (b > 0 && !util_in_set(".:;/-,|(!?\n", t[b - 1]))
				continue;
			if ((r = heading_at(t, s, i)) < 0)
				return r;
			if (r > 0) {
				next = w;
				break;
			}
		}
	}
	return 0;
}

/* After word k, a verb whose subject is a person: "a bien mangé", "a
 * sonné", "n'a pas pris", "ne veut pas", "refuse", "signale", "dort"; not
 * "est", "a été", "reste", "semble", "passe" (a drug, a mass or a wound
 * is their subject as often: "Lasilix a été majoré", "Masse est
 * palpée"). */
static inline __attribute__((always_inline)) int person_verb_at(
    const struct detect_scratch *s, size_t v);

int
person_verb_follows(const char *t, const struct detect_scratch *s, size_t k)
{
	if (k + 1 >= s->nwords || !spaced(t, s, k))
		return 0;
	return person_verb_at(s, k + 1);
}

/* person_verb_follows' verbs from word v, whatever stands before it
 * (names42: a bracket or a quote closed after the subject). */
static inline __attribute__((always_inline)) int
person_verb_at(const struct detect_scratch *s, size_t v)
{
	static const char *const not_person[] = {
		"est", "etait", "sera", "s", "se", "va", "doit", "peut",
		"semble", "parait", "reste", "passe", "fait", "aura", "avait",
		"aurait", "serait", NULL,
	};
	static uint64_t not_person_filter;	/* word_in_filtered_list */
	static const char *const after_a[] = {
		"bien", "sonne", "mange", "dormi", "appele", "telephone", "dit",
		"signale", "refuse", "demande", "vomi", "chute", "pleure",
		"crie", "bu", "rappele", "fugue", "ete", "pu", "pas", NULL,
	};
	static uint64_t after_a_filter;	/* word_in_filtered_list */

	if (word_is(s, v, "a")) {
		/* "a" the verb, not "à" */
		if (s->words[v].end - s->words[v].start != 1 || v + 1 >= s->nwords)
			return 0;
		if (word_is(s, v + 1, "ete"))
			return 0;	/* "a été arrêté" */
		return word_in_filtered_list(s, &s->words[v + 1], after_a);
	}
	if (word_is(s, v, "n") || word_is(s, v, "ne"))
		return v + 1 < s->nwords && (word_is(s, v + 1, "a") ||
		    word_is(s, v + 1, "veut") || word_is(s, v + 1, "souhaite") ||
		    word_is(s, v + 1, "mange") || word_is(s, v + 1, "dort") ||
		    word_is(s, v + 1, "parle") || word_is(s, v + 1, "sait") ||
		    word_is(s, v + 1, "boit") || word_is(s, v + 1, "comprend"));
	/* names42: the future of a visit or a call, in lower case ("Hasina
	 * Rabe passera demain"; "passe" is a drug's or a mass's as often,
	 * its future a visitor's).  Not of subject_verbs: "Passera" is a
	 * surname those flags would refuse ("Nolwenn Passera"). */
	if (!(s->words[v].flags & (W_CAP | W_UPPER)) &&
	    (word_is(s, v, "passera") || word_is(s, v, "repassera") ||
	    word_is(s, v, "telephonera")))
		return 1;
	return word_has(s, v, D_SUBJVERB) &&
	    !word_in_filtered_list(s, &s->words[v], not_person);
}

/* names25: after word k, a verb of will or speech in the present and
 * what it takes: "refuse le traitement", "signale une douleur", "dit
 * que", "souhaite rentrer", "ne veut pas", "dort".  Narrower than person_verb_follows: a bare ordinary word before it is
 * taken as a surname (bare_word_subject), so the verb must be one only
 * a person is the subject of and read as a verb, not as the participle
 * of a note written without accents ("Scanner demande.", "Bilan demande
 * le 3/4", "Traitement refuse ce midi"): written without a final "é",
 * then a determiner, a pronoun, "que", "de" or an infinitive (no digit
 * after "le"; not "à": "Avis demande a la cardio"); the verbs that
 * take nothing ("dort", "pleure") may end the clause.  Not "a"
 * ("Tension a chuté": ordinary_subject keeps its own verbs), not "n'a"
 * ("Courrier n'a pas été envoyé"). */
int
person_act_follows(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const takes[] = {
		"refuse", "signale", "rapporte", "declare", "souhaite",
		"explique", "demande", "accepte", "pense", "appelle",
		"rappelle", "dit", "raconte", "prefere", "verbalise",
		"exprime", "reconnait", "affirme", "repond", "veut", "sait",
		"habite", "vit", NULL,
	};
	static uint64_t takes_filter;	/* word_in_filtered_list */
	static const char *const alone[] = {
		"dort", "pleure", "crie", "fume", "chante", "travaille", NULL,
	};
	static uint64_t alone_filter;	/* word_in_filtered_list */
	static const char *const nots[] = {
		"veut", "souhaite", "mange", "dort", "parle", "sait", "boit",
		"comprend", "accepte", NULL,
	};
	static uint64_t nots_filter;	/* word_in_filtered_list */
	static const char *const objects[] = {
		"le", "la", "les", "l", "un", "une", "des", "du", "de", "d",
		"que", "qu", "tout", "toute", "tous", "son", "sa", "ses",
		"leur", "se", "s", "ne", "n", "y", "en",
		"avoir", "etre", "faire", "voir", "partir", "rentrer", "sortir",
		"manger", "prendre", "parler", "aller", "venir", "rester",
		"revenir", "retourner", "rencontrer", "quitter", NULL,
	};
	static uint64_t objects_filter;	/* word_in_filtered_list */
	size_t v = k + 1, o;
	const struct detect_word *w;

	if (v >= s->nwords || !spaced(t, s, k))
		return 0;
	w = &s->words[v];
	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	if (word_is(s, v, "n") || word_is(s, v, "ne"))
		return v + 1 < s->nwords && word_in_filtered_list(s, &s->words[v + 1], nots);
	/* "demandé", "refusé": the participle */
	if (w->end - w->start > 2 && (unsigned char)t[w->end - 1] == 0xa9 &&
	    (unsigned char)t[w->end - 2] == 0xc3)
		return 0;
	o = v + 1;
	if (word_in_filtered_list(s, w, alone))
		return o >= s->nwords || !spaced(t, s, v) ||
		    !(s->words[o].flags & W_DIGIT);
	if (!word_in_filtered_list(s, w, takes) || o >= s->nwords ||
	    s->words[o].start > w->end + 2 || (s->words[o].flags &
	    (W_CAP | W_UPPER | W_DIGIT)) ||
	    !word_in_filtered_list(s, &s->words[o], objects))
		return 0;
	/* "Bilan demande le 3/4": a date after the article */
	return !(o + 1 < s->nwords && (s->words[o + 1].flags & W_DIGIT) &&
	    s->words[o + 1].start <= s->words[o].end + 1);
}

/* Things and words for a person that are the subject of a person's
 * verbs ("Pompe a sonné", "Maman a appelé"): ordinary_subject's and
 * scan_comma_subject_firsts' exceptions. */
static const char *const not_persons[] = {
	"pompe", "alarme", "scope", "sonnette", "telephone", "reveil",
	"perfusion", "seringue", "moniteur", "bip", "appareil",
	"machine", "bebe", "nourrisson", "resident", "residente",
	"chat", "chien", "tout", "personne", "chacun", "papa", "maman",
	"papi", "mamie", "pepe", "meme", "equipe", "service", "standard",
	"labo", "laboratoire", "pharmacie", "ambulance", "taxi",
	"police", "samu", "secretariat", "accueil", "cadre", "quelqu",
	NULL,
};
static uint64_t not_persons_filter;	/* word_in_filtered_list */

/* Word i, capitalized at the start of an item, an ordinary word no list
 * has, is a first name when what follows it only a person does: "a
 * sonné", "a bien mangé", "a appelé", "a pleuré" ("Materne a sonné",
 * "Colombe a bien mangé"); not a device ("Pompe a sonné"), a word for a
 * person ("Bébé a bien mangé", "Maman a appelé"), a body, a plural, an
 * acronym or a keep-list word. */
static int
ordinary_subject(const char *t, struct detect_scratch *s, size_t i, size_t v)
{
	static const char *const verbs[] = {
		"sonne", "appele", "telephone", "pleure", "crie", "fugue",
		"rappele", NULL,
	};
	static uint64_t verbs_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i];
	size_t n = w->fold_len, a = v + 1;

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) || w->nchars < 4 ||
	    !word_is(s, v, "a") || s->words[v].end - s->words[v].start != 1 ||
	    a >= s->nwords || !shape_word(t, s, i) ||
	    (w->dflags & (D_FIRST | D_LAST)) || !word_lexicon(t, s, i) ||
	    dict_keep_has(w->fhash) || acronym_shape(t, s, i) ||
	    wf(s, w)[n - 1] == 's' || wf(s, w)[n - 1] == 'x' ||
	    in_list(not_persons, wf(s, w), n))
		return 0;
	if (word_is(s, a, "bien") && a + 1 < s->nwords)
		return word_is(s, a + 1, "mange") || word_is(s, a + 1, "dormi");
	return word_in_filtered_list(s, &s->words[a], verbs);
}

/* Word i, in lower case at the start of an item, a first name of the
 * lists that is also an ordinary word (D_WEAK or D_AMBIG: "céleste",
 * "colombe", "modeste") or two first names joined by a hyphen
 * ("ange-marie"), is the subject of what only a person does: "a sonné",
 * "a appelé", "a pleuré", "a bien mangé" (ordinary_subject's verbs; not
 * "a été", "est", "reste").  The word's end in *last.  Not a device or a
 * word for a person (ordinary_subject's list), nor a plural. */
static __attribute__((noinline)) int
lower_weak_subject(const char *t, struct detect_scratch *s, size_t i,
    size_t v, size_t *last)
{
	const struct detect_word *w = &s->words[i];
	size_t n = w->fold_len, a = v + 1, k = i;

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || !(w->dflags & D_FIRST) ||
	    w->nchars < 4 || (w->dflags & SHAPE_TABLES) || word_taken(s, i) ||
	    wf(s, w)[n - 1] == 's' || wf(s, w)[n - 1] == 'x' ||
	    !word_is(s, v, "a") || s->words[v].end - s->words[v].start != 1 ||
	    a >= s->nwords)
		return 0;
	if (k + 2 == v && s->words[k].end + 1 == s->words[k + 1].start &&
	    t[s->words[k].end] == '-' && (s->words[k + 1].dflags & D_FIRST) &&
	    !(s->words[k + 1].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[k + 1].dflags & SHAPE_TABLES))
		k++;	/* "ange-marie a bien mangé" */
	else if (k + 1 != v || !spaced(t, s, k))
		return 0;
	if (word_is(s, a, "bien")) {
		if (a + 1 >= s->nwords || !(word_is(s, a + 1, "mange") ||
		    word_is(s, a + 1, "dormi")))
			return 0;
	} else if (!(word_is(s, a, "sonne") || word_is(s, a, "appele") ||
	    word_is(s, a, "telephone") || word_is(s, a, "pleure") ||
	    word_is(s, a, "crie") || word_is(s, a, "fugue") ||
	    word_is(s, a, "rappele")))
		return 0;
	*last = k;
	return 1;
}

/* names42: word k may be a person's name alone, capitalized (not in
 * capitals): no dictionary's word (shape_unknown: "Tursun", "Hasina"),
 * or a name of the lists that is no ordinary word and that no list
 * calls weak or ambiguous. */
static int
lone_name_word(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) != W_CAP)
		return 0;
	if (shape_unknown(t, s, k))
		return 1;
	return shape_listed(t, s, k) && w->nchars >= 3 &&
	    !(w->dflags & (D_WEAK | D_AMBIG)) && !word_lexicon(t, s, k) &&
	    !dict_keep_has(w->fhash);
}

/*
 * names42: word k, right after "que" (word v after it), is the subject
 * of the clause "que" opens: "a dit que Tursun a appelé", "demande que
 * Hasina ne soit pas informée", "pense que Tursun viendra".  The item's
 * start the other subjects need is "que" here; the word a name alone
 * (lone_name_word: no drug, place, acronym or ordinary word: "que
 * Lasilix ne soit", "que Paris", "que Patient"), a person's verb after
 * it, or "ne"/"n'" (the subject of a negation: "que le traitement ne
 * soit" has an article, an ordinary word).
 */
/* names43: word k follows "que" and a space, or "qu" and an apostrophe
 * glued ("qu'Anh", "qu’Anh"): the clause "que" opens starts at it. */
static int
que_opens(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k - 1].end, b = s->words[k].start;

	if (word_is(s, k - 1, "que"))
		return spaced(t, s, k - 1);
	return word_is(s, k - 1, "qu") && ((b == a + 1 && t[a] == '\'') ||
	    (b == a + 3 && (unsigned char)t[a] == 0xe2 &&
	    (unsigned char)t[a + 1] == 0x80 &&
	    (unsigned char)t[a + 2] == 0x99));
}

static int
que_subject(const char *t, struct detect_scratch *s, size_t k, size_t v)
{
	const struct detect_word *w = &s->words[k];

	if (k == 0 || v != k + 1 ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) != W_CAP ||
	    !que_opens(t, s, k) || !spaced(t, s, k))
		return 0;
	if (lone_name_word(t, s, k))
		return person_verb_at(s, v) || word_is(s, v, "ne") ||
		    word_is(s, v, "n");
	/* names43: an ordinary word capitalized there, no sentence's start,
	 * before a person's verb, is a surname that is a word ("dit que
	 * Rabe viendra", "que Martin a appelé"): not a word of the tables,
	 * a drug, a kept word, a proper noun of the lexicon (a place's, a
	 * god's: "que Paris", "que Dieu veut", whatever list holds them too)
	 * or an acronym ("que Lasilix a été", "que Patient") */
	return w->nchars >= 3 && shape_word(t, s, k) &&
	    !dict_keep_has(w->fhash) && !dict_drug_has(w->fhash) &&
	    !dict_proper_noun_has(w->fhash) &&
	    !acronym_shape(t, s, k) && person_verb_at(s, v);
}

/* names42: bytes [a, b) of the text, the gap before a word, end with an
 * opening bracket or quote: "(", '"', "«" and a space (plain or
 * no-break) or none.  Its offset, or (size_t)-1. */
static size_t
gap_opens(const char *t, size_t a, size_t b)
{
	if (b > a && (t[b - 1] == '(' || t[b - 1] == '"'))
		return b - 1;
	if (b > a && t[b - 1] == ' ')
		b--;
	else if (b >= a + 2 && (unsigned char)t[b - 2] == 0xc2 &&
	    (unsigned char)t[b - 1] == 0xa0)
		b -= 2;
	if (b >= a + 2 && (unsigned char)t[b - 2] == 0xc2 &&
	    (unsigned char)t[b - 1] == 0xab)
		return b - 2;
	return (size_t)-1;
}

/* names42: the closing mark of the opening one at t[open] at byte x (a
 * word's end), before byte b: ")", '"', "»" after a space (plain or
 * no-break) or none.  The offset after it, or (size_t)-1. */
static size_t
closes_at(const char *t, size_t x, size_t b, size_t open)
{
	if (t[open] == '(' || t[open] == '"')
		return x < b && t[x] == (t[open] == '(' ? ')' : '"') ?
		    x + 1 : (size_t)-1;
	if (x < b && t[x] == ' ')
		x++;
	else if (x + 1 < b && (unsigned char)t[x] == 0xc2 &&
	    (unsigned char)t[x + 1] == 0xa0)
		x += 2;
	return x + 2 <= b &&
	    (unsigned char)t[x] == 0xc2 && (unsigned char)t[x + 1] == 0xbb ?
	    x + 2 : (size_t)-1;
}

/*
 * names42: word k alone in brackets or quotes is a person's name where a
 * sentence starts and a person's verb follows the closing mark ("(Tursun)
 * a appelé", "« Tursun » a appelé"), or after a presentation's "comme"
 * ("se présentant comme « Tursun »", "connu comme « Tursun »"): no verb
 * after it then.  A name alone (lone_name_word): "(Lasilix) a été",
 * "« Patient » refuse", "(Morlaix)" stay.
 */
static int
wrapped_subject(const char *t, struct detect_scratch *s, size_t k)
{
	static const char *const presenting[] = {
		"presente", "presentant", "presentait", "presentee", "connu",
		"connue", "identifie", "identifiee", "enregistre",
		"enregistree", NULL,
	};
	static uint64_t presenting_filter;	/* word_in_filtered_list */
	static const char *const speakers[] = {
		"le", "la", "l", "les", "son", "sa", "ses", "mon", "ma", "un",
		"une", "il", "elle", "on", NULL,
	};
	static uint64_t speakers_filter;	/* word_in_filtered_list */
	size_t a = k > 0 ? s->words[k - 1].end : 0, open, b, x;

	/* the marks, the verb, then the word (its dictionaries last) */
	if ((open = gap_opens(t, a, s->words[k].start)) == (size_t)-1)
		return 0;
	b = k + 1 < s->nwords ? s->words[k + 1].start : s->text_len;
	if ((x = closes_at(t, s->words[k].end, b, open)) == (size_t)-1)
		return 0;
	/* after a presentation's "comme": the closing mark alone */
	if (k >= 2 && word_is(s, k - 1, "comme") &&
	    word_in_filtered_list(s, &s->words[k - 2], presenting))
		return lone_name_word(t, s, k);
	/* then one space or two and a person's verb */
	if (k + 1 >= s->nwords || !(b == x + 1 || b == x + 2) || t[x] != ' ' ||
	    t[b - 1] != ' ')
		return 0;
	/* the opening mark where a sentence starts */
	while (open > a && t[open - 1] == ' ')
		open--;
	if (k > 0 && (open == a || !util_in_set(".!?:;\n", t[open - 1])))
		return 0;
	/* a quote's speaker after it: "« Kenavo » dit-il", "« Bonjour »
	 * dit le patient" (the quoted words are speech, not a subject) */
	if (s->words[k + 1].end < s->text_len &&
	    t[s->words[k + 1].end] == '-')
		return 0;
	if (t[open] != '(' && k + 2 < s->nwords &&
	    word_in_filtered_list(s, &s->words[k + 2], speakers))
		return 0;
	return person_verb_at(s, k + 1) && lone_name_word(t, s, k);
}

/* names42: the words wrapped_subject reads, from each opening mark
 * ("(", '"', the last byte of "«": memchr, no walk of the words): spans
 * of one word. */
static int
scan_wrapped_subjects(const char *t, struct detect_scratch *s)
{
	static const unsigned char marks[] = { '(', '"', 0xab };
	static const uint32_t bits[] = { TB_PAREN, TB_DQUOTE, TB_XAB };
	const char *end = t + s->text_len;
	int r;

	for (size_t m = 0; m < sizeof(marks); m++) {
		const char *c = t;

		if (!detect_no_gates && !(s->text_bytes & bits[m]))
			continue;

		while ((c = memchr(c, marks[m], (size_t)(end - c))) != NULL) {
			size_t k;

			c++;
			if (c >= end)
				break;
			if ((k = word_at(s, (size_t)(c - t))) >= s->nwords ||
			    s->words[k].start > (size_t)(c - t) + 2 ||
			    (s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) !=
			    W_CAP || word_taken(s, k) || !wrapped_subject(t, s, k))
				continue;
			if ((r = add_span(s, s->words[k].start, s->words[k].end,
			    DETECT_NAME, -1)) < 0)
				return r;
		}
	}
	return 0;
}

/* names42: the local part of the e-mail at bytes [a, e) (before its
 * "@") holds word k's letters as one of its pieces, runs of letters
 * between dots, hyphens, underscores and digits ("c.dumas",
 * "anjali.menon82"): the word folded (ASCII) against each piece. */
static int
local_part_holds(const char *t, size_t a, size_t e,
    const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	while (a < e) {
		size_t b = a;

		while (b < e && ((t[b] >= 'a' && t[b] <= 'z') ||
		    (t[b] >= 'A' && t[b] <= 'Z')))
			b++;
		if (b - a == n) {
			size_t x = 0;

			while (x < n && (t[a + x] | 0x20) == f[x])
				x++;
			if (x == n)
				return 1;
		}
		a = b + 1;
	}
	return 0;
}

/*
 * names42: a capitalized word that an e-mail a few words after it spells
 * in its local part is the name the address is made of ("Claire Dumas,
 * c.dumas@nutridom-sante.fr", "(Anjali, anjali.menon82@gmail.com)"):
 * the address says a person, the word which piece.  Up to eight words
 * back in its sentence, three letters or more, no word of the tables,
 * no ordinary word (but a name of the lists no list calls weak: "Dumas",
 * "Claire"), no drug or kept place, not after a shop's or a place of
 * care's word ("pharmacie Bonnefoy, pharmacie.bonnefoy@...": a firm's
 * name).  A first name of the lists capitalized right before it comes
 * with it ("Claire").
 */
static int
scan_email_names(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		const struct detect_span *sp = &s->spans[x];
		size_t a = sp->start, e, k, first, lo;

		if (sp->kind != DETECT_EMAIL)
			continue;
		e = a;
		while (e < sp->end && t[e] != '@')
			e++;
		if (e >= sp->end || (k = word_at(s, a)) == 0)
			continue;
		lo = k > 8 ? k - 8 : 0;
		while (k-- > lo) {
			const struct detect_word *w = &s->words[k];

			/* the sentence's start (sentence_start's bytes; its
			 * " - " apart): a stop in the gap after it */
			if (k + 1 < s->nwords && s->words[k + 1].start < a) {
				size_t g = w->end;

				while (g < s->words[k + 1].start &&
				    !util_in_set(".!?:;\n\r(\"", t[g]))
					g++;
				if (g < s->words[k + 1].start)
					break;
			}
			if (!(w->flags & (W_CAP | W_UPPER)) ||
			    (w->flags & W_DIGIT) || w->nchars < 3 ||
			    word_taken(s, k) || (w->dflags & SHAPE_TABLES) ||
			    !local_part_holds(t, a, e, s, k) ||
			    (k > 0 && (s->words[k - 1].dflags & D_INSTHEAD)) ||
			    (word_lexicon(t, s, k) && (!(w->dflags &
			    (D_FIRST | D_LAST)) || (w->dflags & D_WEAK))) ||
			    dict_keep_has(w->fhash) || dict_drug_has(w->fhash))
				continue;
			first = k;
			if (k > 0 && spaced(t, s, k - 1) && !word_taken(s, k - 1) &&
			    (s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
			    (s->words[k - 1].dflags & D_FIRST) &&
			    !(s->words[k - 1].dflags & SHAPE_TABLES))
				first = k - 1;
			if ((r = add_span(s, s->words[first].start,
			    w->end, DETECT_NAME, -1)) < 0)
				return r;
			break;
		}
	}
	return 0;
}

/* A person as the subject at the start of a sentence, one or two words:
 * "Conceição a bien mangé", "Nuit calme. Toussaint a sonné", "MIROSŁAW
 * REFUSE", "thu trang a sonné".  A word no dictionary has (capitalized,
 * or in lower case from four letters), or a name of the lists in any
 * case, ordinary word or not; never an ordinary word that no list has
 * ("Patient a bien mangé", "Personne ne sait"). */
static int
scan_subject_names(const char *t, struct detect_scratch *s)
{
	size_t nv;
	const uint32_t *verbs;
	int r;

	if (!comment_has(s, 0, D_SUBJVERB))
		return 0;
	verbs = word_class(s, WC_SUBJVERB, &nv);
	/* From the verb, not the first word (WC_SUBJVERB): one or two words
	 * before it, the first at the start of an item. */
	for (size_t x = 0; x < nv; x++) {
		size_t v = verbs[x], i, k = v - 1;

		if (word_taken(s, k))
			continue;
		/* names42: "demande que Hasina ne soit pas informée" */
		if (que_subject(t, s, k, v)) {
			if ((r = add_span(s, s->words[k].start,
			    s->words[k].end, DETECT_NAME, -1)) < 0)
				return r;
			continue;
		}
		if (!person_verb_follows(t, s, k))
			continue;
		/* "céleste a sonné", "ange-marie a bien mangé" */
		for (i = k > 0 && !spaced(t, s, k - 1) ? k - 1 : k; i <= k; i++) {
			size_t last;

			if (item_start(t, s, i) &&
			    lower_weak_subject(t, s, i, v, &last)) {
				if ((r = add_span(s, s->words[i].start,
				    s->words[last].end, DETECT_NAME, -1)) < 0)
					return r;
				break;
			}
		}
		if (i <= k)
			continue;
		if (item_start(t, s, k))
			i = k;
		else if (k > 0 && spaced(t, s, k - 1) && item_start(t, s, k - 1))
			i = k - 1;
		else
			continue;
		/* names25: "Pigeon refuse le traitement" */
		if (i == v - 1 && bare_word_subject(t, s, i) &&
		    !word_in_filtered_list(s, &s->words[i], not_persons)) {
			if ((r = add_span(s, s->words[i].start, s->words[i].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			continue;
		}
		if (i == v - 1 && ordinary_subject(t, s, i, v)) {
			if ((r = add_span(s, s->words[i].start, s->words[i].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			continue;
		}
		for (k = i; k < v; k++) {
			const struct detect_word *w = &s->words[k];
			int ok;

			if (shape_listed(t, s, k))
				ok = !(w->dflags & D_WEAK) || k > i ||
				    (w->flags & (W_CAP | W_UPPER)) ||
				    (k + 1 < v && shape_listed(t, s, k + 1));
			else	/* "reprélèvement demandé": a French word
				 * derived or slipped (precision18) */
				ok = shape_unknown(t, s, k) && ((w->flags &
				    (W_CAP | W_UPPER)) || (w->nchars >= 4 &&
				    !lower_ordinary_word(t, s, k)));
			if (!ok)
				break;
		}
		if (k < v)
			continue;
		if ((r = add_span(s, s->words[i].start, s->words[v - 1].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word i is "pr" in lower case before a word that can only be a name:
 * no dictionary has it, or a name of the lists that no list calls
 * ambiguous or weak and that is no ordinary word ("vu avec pr kouyaté",
 * "cf courrier pr hiriart").  Notes also write "pr" for "pour" ("ok pr
 * rdv", "pr la suite", "pr info") and "la PR" is an arthritis: those
 * stay. */
static int
lower_pr_title(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i + 1];

	if ((s->words[i].flags & (W_CAP | W_UPPER)) || (i > 0 &&
	    (word_is(s, i - 1, "la") || word_is(s, i - 1, "une"))))
		return 0;
	if (shape_unknown(t, s, i + 1))
		return 1;
	return shape_listed(t, s, i + 1) && w->nchars >= 3 &&
	    !(w->dflags & (D_AMBIG | D_WEAK)) && !word_lexicon(t, s, i + 1);
}

/* Word k, in lower case right after a title and a first name of the
 * lists in lower case (word k - 1, the title rule's only word), is the
 * surname when what follows it only a person does (person_verb_follows:
 * "mme gwendal page n'a pas pris", "mr violette page verbalise"): an
 * ordinary word too ("page", "fortune"), as the title says a name
 * follows.  Not a word of the tables or a function word (D_NOTNAME),
 * an adverb ("mme marie toujours refuse", "-ment"), a participle or a
 * plural ("mme marie fatiguée refuse", "agitée", "seules"). */
static __attribute__((noinline)) int
lower_title_surname(const char *t, struct detect_scratch *s, size_t k)
{
	static const char *const adverbs[] = {
		"toujours", "encore", "aussi", "jamais", "souvent", "deja",
		"bien", "tres", "plus", "moins", "alors", "donc", "puis",
		"ensuite", "enfin", "parfois", "ici", "hier", "demain", "meme",
		"seule", "seul", "calme", "elle", "lui", "qui", "aujourd",
		"tjs", "ce", "cette", "matin", "soir", "nuit", NULL,
	};
	const struct detect_word *w = &s->words[k], *f = &s->words[k - 1];
	const char *fo = wf(s, w);
	size_t n = w->fold_len;

	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
	    word_taken(s, k) || (w->dflags & (SHAPE_TABLES | D_NOTNAME)) ||
	    !(f->dflags & D_FIRST) || (f->flags & (W_CAP | W_UPPER)) ||
	    !spaced(t, s, k - 1) || in_list(adverbs, fo, n) ||
	    (n > 4 && memcmp(fo + n - 4, "ment", 4) == 0) ||
	    fo[n - 1] == 's' || fo[n - 1] == 'x' ||
	    (n > 2 && fo[n - 2] == 'e' && fo[n - 1] == 'e') ||
	    ((unsigned char)t[w->end - 1] == 0xa9 && w->end - w->start > 2 &&
	    (unsigned char)t[w->end - 2] == 0xc3))
		return 0;
	return person_verb_follows(t, s, k);
}

/* After a relative, a title in lower case (word i) says a name follows
 * whatever the word: "son fils m. garat" ("garât" is a word), "son mari
 * m. saint-cyr" (a saint's name, which the name rules leave): word i +
 * 1 in lower case, no word of the tables but a particle glued by '-' to
 * the next ("saint-cyr"), no function word, three letters at least; the
 * last word of the name, or NO_WORD.  "son fils m. de retour" (a
 * function word), "sa fille mme 2" stay. */
static __attribute__((noinline)) size_t
kin_title_surname(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;
	const struct detect_word *w;

	if (i == 0 || k >= s->nwords || !word_has(s, i - 1, D_RELATIVE) ||
	    !spaced(t, s, i - 1) || (s->words[i].flags & (W_CAP | W_UPPER)))
		return NO_WORD;
	w = &s->words[k];
	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || word_taken(s, k) ||
	    w->nchars < 3)
		return NO_WORD;
	if ((w->dflags & D_PARTICLE) && k + 1 < s->nwords &&
	    s->words[k + 1].start == w->end + 1 && t[w->end] == '-' &&
	    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    !word_taken(s, k + 1) && s->words[k + 1].nchars >= 3 &&
	    !(s->words[k + 1].dflags & (SHAPE_TABLES | D_NOTNAME)))
		return k + 1;	/* "saint-cyr" */
	if (w->dflags & (SHAPE_TABLES | D_NOTNAME))
		return NO_WORD;
	return k;
}

/* A title written in lower case, or "MR" before lower case ("mr
 * violette page", "m. el amrani", "mme duc fortune", "MR felicite
 * page"): up to three lower-case words, each a name of the lists (its
 * ordinary words too: a title says a name follows) or a word no
 * dictionary has, particles between; the title rules leave them ("m" in
 * lower case is a unit without its dot, and the lists' ordinary words
 * need a capital there).  A verb, an ordinary word no list has or a word
 * of the tables ends it: "mme a bien mangé", "mr présente une toux",
 * "mme refuse", "3 m. de haut". */
static int
scan_lower_titles(const char *t, struct detect_scratch *s)
{
	int r;

	size_t next = 0, run_from = NO_WORD, run_end = 0;

	if (!comment_has(s, 0, D_TITLE))
		return 0;
	/* the title words alone (s->twords); next: past the last name */
	for (size_t x = 0; x < s->ntwords; x++) {
		size_t i = s->twords[x];
		const struct detect_word *w = &s->words[i];
		size_t k, n = 0, end = 0, first, tail = NO_WORD;

		if (i + 1 >= s->nwords)
			break;
		/* "3 m. de haut" is a length; "13h30 : m. bernard" (a stop
		 * between) a title */
		if (i < next || (word_is(s, i, "pr") &&
		    !lower_pr_title(t, s, i)) ||
		    word_is(s, i, "dr") || (word_is(s, i, "m") &&
		    (!(w->flags & W_DOT) || (w->flags & W_CAP) || (i > 0 &&
		    (s->words[i - 1].flags & W_DIGIT) &&
		    joined(t, s, i - 1)))) || !joined(t, s, i))
			continue;
		/* The lower initials right after the title ("m. p. lebrun"),
		 * walked once: whether word k joins them depends on k alone
		 * (an initial joined to the next word), so the run from any
		 * of its words ends where the run from the first did.  Each
		 * "m." of "m. m. m. ..." is a title and an initial: walked
		 * from each title, the run cost n^2/2 steps (linear26). */
		if (run_from == NO_WORD || i + 1 < run_from || i + 1 > run_end) {
			run_from = i + 1;
			for (run_end = i + 1; run_end + 1 < s->nwords &&
			    lower_initial(s, run_end) && joined(t, s, run_end);
			    run_end++)
				;
		}
		first = run_end;	/* i + 1 when no initial */
		for (k = run_end; k < s->nwords && n < 3; k++) {
			const struct detect_word *v = &s->words[k];

			if (k > i + 1 && !joined(t, s, k - 1))
				break;
			if (v->flags & (W_CAP | W_UPPER | W_DIGIT))
				break;
			if (n == 0 && lower_initial(s, k) && k + 1 < s->nwords &&
			    joined(t, s, k)) {
				first = k + 1;	/* "m. p. lebrun" */
				continue;
			}
			if (is_name_span(span_of(s, k))) {
				n++;	/* "mr [violette] page" */
				end = v->end;
				continue;
			}
			if (word_has(s, k, D_PARTICLE) && n > 0 && k + 1 < s->nwords &&
			    joined(t, s, k))
				continue;	/* "el amrani": after a word */
			if (word_has(s, k, D_PARTICLE) && n == 0 &&
			    k + 1 < s->nwords && joined(t, s, k) &&
			    (shape_listed(t, s, k + 1) || shape_unknown(t, s, k + 1)))
				continue;	/* "m. el amrani" */
			if (!shape_listed(t, s, k) && !shape_unknown(t, s, k))
				break;
			n++;
			end = v->end;
		}
		if (n == 0 && first == i + 1 &&
		    (k = kin_title_surname(t, s, i)) != NO_WORD) {
			if ((r = add_span(s, s->words[i + 1].start,
			    s->words[k].end, DETECT_NAME, -1)) < 0)
				return r;
			next = k + 1;
			continue;
		}
		if (n == 0)
			continue;
		if (n == 1 && k == first + 1 && k < s->nwords &&
		    lower_title_surname(t, s, k))
			tail = k++;	/* "mme gwendal page n'a" */
		for (size_t q = i + 1; q < first; q++)
			if ((r = add_span(s, s->words[q].start, s->words[q].end + 1,
			    DETECT_INITIAL, -1)) < 0)
				return r;
		if ((r = add_span(s, s->words[first].start, end, DETECT_NAME,
		    -1)) < 0)
			return r;
		/* the first name found before (the title rule's "mme
		 * gwendal"): the surname alone */
		if (tail != NO_WORD && (r = add_span(s, s->words[first].start,
		    s->words[tail].end, DETECT_NAME, -1)) == 0)
			r = add_span(s, s->words[tail].start, s->words[tail].end,
			    DETECT_NAME, -1);
		if (r < 0)
			return r;
		next = k;
	}
	return 0;
}

/* Word j, in lower case, is a two-letter name right after a lower-case
 * title: Vietnamese, Chinese, West African names the tables also hold
 * ("vu") or the lists have ("ka", "li", "ly"), or two letters with a
 * diacritic ("dô", "lê", "vũ"); a particle or a function word without
 * one ("le", "do", "sa", "ne") never.  A clause end or a name word must follow: "m. vu, bpco",
 * "dr dô ?", "dr ka.", "m. li wei"; "mme vu 2 passages", "m. et mme"
 * stay. */
static int
lower_short_name(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	uint32_t f = w->dflags;
	size_t e = w->end;

	if (w->nchars != 2 || (w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    word_taken(s, j) || (f & (D_TITLE | D_MONTH | D_UNIT |
	    D_RELATIVE)))
		return 0;
	/* a diacritic says a name ("lê", "dô"); without one, "vu" or a
	 * name of the lists that is no function word ("sa", "ne", "le") */
	if (!(w->end - w->start > 2 || word_is(s, j, "vu") ||
	    ((f & (D_FIRST | D_LAST)) && !(f & (D_NOTNAME | D_PARTICLE)))))
		return 0;
	if (e < s->text_len && t[e] == ' ' && e + 1 < s->text_len &&
	    util_in_set(";:?!", t[e + 1]))
		return 1;	/* "dr dô ? non" */
	if (e >= s->text_len || util_in_set(",.;:?!)", t[e]))
		return 1;
	return j + 1 < s->nwords && joined(t, s, j) &&
	    (is_name_span(span_of(s, j + 1)) || shape_unknown(t, s, j + 1) ||
	    shape_listed(t, s, j + 1));
}

/* Two-letter names after a title in lower case (lower_short_name):
 * "m. vu,", "dr dô ?", "mme ly passera" is found by the title rule. */
static int
scan_lower_short_names(const char *t, struct detect_scratch *s)
{
	int r;

	if (!comment_has(s, 0, D_TITLE))
		return 0;
	for (size_t x = 0; x < s->ntwords; x++) {
		size_t i = s->twords[x];
		const struct detect_word *w = &s->words[i];

		if (i + 1 >= s->nwords)
			break;
		if ((w->flags & (W_CAP | W_UPPER)) ||
		    word_is(s, i, "pr") || (word_is(s, i, "m") &&
		    (!(w->flags & W_DOT) || (i > 0 &&
		    (s->words[i - 1].flags & W_DIGIT) && joined(t, s, i - 1)))) ||
		    !joined(t, s, i) || !lower_short_name(t, s, i + 1))
			continue;
		if ((r = add_span(s, s->words[i + 1].start, s->words[i + 1].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* After a title, a word of the tables that the name lists also hold
 * (Vietnamese "Vũ", "Vu"; notname_as_name in detect_name.c) before
 * other capitalized parts of a name: "Mme Vũ Minh Châu", "M. VU Van
 * Long".  The title rule stopped at it ("M. Dupont vu ce jour", "VU
 * PAR" stay: no title right before, or no name after). */
static int
scan_title_notnames(const char *t, struct detect_scratch *s)
{
	int r;

	size_t next = 0;

	if (!comment_has(s, 0, D_TITLE))
		return 0;
	for (size_t x = 0; x < s->ntwords; x++) {
		size_t i = s->twords[x];
		const struct detect_word *w = &s->words[i + 1];
		size_t k, end = 0;

		if (i + 2 >= s->nwords)
			break;
		if (i < next ||
		    (w->dflags & (D_NOTNAME | D_WEAK)) != (D_NOTNAME | D_WEAK) ||
		    !(w->flags & (W_CAP | W_UPPER)) ||
		    word_taken(s, i + 1) || !joined(t, s, i) || !is_title(t, s, i))
			continue;
		for (k = i + 2; k < s->nwords && k < i + 5 && joined(t, s, k - 1);
		    k++) {
			if (!(s->words[k].flags & (W_CAP | W_UPPER)))
				break;
			if (is_name_span(span_of(s, k))) {
				end = s->words[k].end;	/* "Minh Châu" found */
				continue;
			}
			if (word_has(s, k, D_PARTICLE) && k + 1 < s->nwords &&
			    joined(t, s, k))
				continue;	/* "VU Van Long" */
			if (!(shape_listed(t, s, k) || shape_unknown(t, s, k)))
				break;
			end = s->words[k].end;
		}
		if (end == 0)
			continue;
		/* word by word: a part found already keeps its span */
		for (size_t q = i + 1; q < k; q++)
			if (!word_taken(s, q) && (r = add_span(s, s->words[q].start,
			    s->words[q].end, DETECT_NAME, -1)) < 0)
				return r;
		next = k;
	}
	return 0;
}

/* Word i is "patient", "patiente", "pt", "pte" (a note names its
 * patient after it: "même patient bun né(e) le"). */
static int
patient_word(const struct detect_scratch *s, size_t i)
{
	return word_is(s, i, "patient") || word_is(s, i, "patiente") ||
	    word_is(s, i, "pt") || word_is(s, i, "pte");
}

/* "Jérôme Castel, né le 30/11/1984": a name, a comma, then "né(e) le"
 * and a date (i is "né"): up to three words before the comma,
 * capitalized or in capitals, each a name of the lists, a word no
 * dictionary has, or an ordinary word after a first name of the lists
 * ("Castel").  1 when taken, 0, or -1. */
static int
born_after_comma(const char *t, struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].start, k, first = NO_WORD;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	if (e == 0 || t[e - 1] != ',' || s->words[i - 1].end != e - 1)
		return 0;
	for (k = i; k > 0 && k + 3 > i; k--) {
		const struct detect_word *w = &s->words[k - 1];

		if (k < i && !joined(t, s, k - 1))
			break;
		if (!(w->flags & (W_CAP | W_UPPER)) || !shape_word(t, s, k - 1) ||
		    !(shape_listed(t, s, k - 1) || shape_unknown(t, s, k - 1) ||
		    (k >= 2 && (s->words[k - 2].dflags & D_FIRST) &&
		    (s->words[k - 2].flags & (W_CAP | W_UPPER)) &&
		    joined(t, s, k - 2))))
			break;
		first = k - 1;
	}
	if (first == NO_WORD)
		return 0;
	return add_span(s, s->words[first].start, s->words[i - 1].end,
	    DETECT_NAME, -1) < 0 ? -1 : 1;
}

/* Word i, capitalized or in capitals, is glued by a hyphen to the word
 * before or after it: a part of a compound name ("Petit-Frère"). */
static int
hyphen_compound(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & (W_CAP | W_UPPER)))
		return 0;	/* "patiente post-op née le" */
	return (i > 0 && w->start == s->words[i - 1].end + 1 &&
	    t[w->start - 1] == '-') || (i + 1 < s->nwords &&
	    s->words[i + 1].start == w->end + 1 && t[w->end] == '-');
}

/* "même patient X né(e) le <date>": the words between "patient" and
 * "né" name the patient, whatever their case or shape ("bun", "M.
 * LEROY", "PETIT-FRÈRE", "CESARI (Toussaint)", "a. harispe"), up to
 * five, no digit, no word of the tables but a title; the date must have
 * been found ("le patient ne le sait pas" has none). */
static int
scan_patient_born(const char *t, struct detect_scratch *s)
{
	int r;

	/* born_on_date: "né" or "née" and a date or an id found */
	if (!has_span_kind(s, DETECT_BIT(DETECT_DATE) | DETECT_BIT(DETECT_ID)) ||
	    !summary_has(s, NS_BORN))
		return 0;
	for (size_t i = 2; i + 2 < s->nwords; i++) {
		size_t p, first = NO_WORD;

		if (!word_has(s, i, D_SUBJVERB | D_RELATIVE) ||
		    !born_on_date(t, s, i))
			continue;
		if ((r = born_after_comma(t, s, i)) != 0) {
			if (r < 0)
				return r;
			continue;
		}
		for (p = i; p > 0 && p + 6 > i; p--) {
			const struct detect_word *w = &s->words[p - 1];

			if (patient_word(s, p - 1)) {
				first = p;
				break;
			}
			/* "a. harispe", "PETIT-FRÈRE": an initial in lower
			 * case, a compound's words whatever they are */
			if (!(w->flags & W_DIGIT) && (lower_initial(s, p - 1) ||
			    hyphen_compound(t, s, p - 1)))
				continue;
			if ((w->flags & W_DIGIT) || (w->dflags & (SHAPE_TABLES &
			    ~(D_TITLE | D_PARTICLE | D_HOLIDAY))) ||
			    eponym_position(t, s, p - 1))
				break;
		}
		if (first == NO_WORD || first >= i)
			continue;
		for (size_t k = first; k < i; k++) {
			if (word_taken(s, k) || word_has(s, k, D_TITLE))
				continue;
			if ((r = add_span(s, s->words[k].start, s->words[k].end +
			    (is_initial(s, k) || lower_initial(s, k) ? 1 : 0),
			    DETECT_NAME, -1)) < 0)
				return r;
		}
	}
	return 0;
}

/* "Psy ado : Imène, 17 ans", "Klervi Le Roux, 16 ans", "Inaya, 3
 * mois": a name, a comma, then an age (a number of three digits at most
 * and "ans", "an" or "mois"); the words before the comma as
 * born_after_comma takes them ("Homme, 45 ans", "Tabac, 20 ans",
 * "Metformine, 3 ans", "Patient, 45 ans" stay). */
static int
scan_age_names(const char *t, struct detect_scratch *s)
{
	/* Over the runs of digits alone (tokenize's dwords), where some
	 * word says an age */
	if (!summary_has(s, NS_AGE))
		return 0;
	for (size_t d = 0; d < s->ndwords; d++) {
		size_t i = s->dwords[d];

		if (i == 0 || i + 1 >= s->nwords || s->words[i].nchars > 3 ||
		    s->words[i + 1].start != s->words[i].end + 1 ||
		    !(word_is(s, i + 1, "ans") || word_is(s, i + 1, "an") ||
		    word_is(s, i + 1, "mois")))
			continue;
		if (born_after_comma(t, s, i) < 0)
			return -ENOMEM;
	}
	return 0;
}

/* A nickname or a first name before the full name in parentheses,
 * title first: "Dédé (M. André Lacombe) a bien dormi", "Titi (Mme
 * Martin)" at the start of an item: capitalized, a word no dictionary
 * has or a name of the lists; "Patient (M. X)", "Voisin (Mme Y)",
 * "Doliprane (Dr X)" (tables, ordinary words), "Tel pharmacie Lafayette
 * (M. Chen)" (no item starts) stay. */
static int
scan_alias_names(const char *t, struct detect_scratch *s)
{
	int r;

	if (!comment_has(s, 0, D_TITLE) ||
	    !has_span_kind(s, DETECT_BIT(DETECT_NAME)))
		return 0;
	for (size_t x = 0; x < s->ntwords; x++) {
		size_t i = s->twords[x];
		const struct detect_word *w, *p;

		if (i + 1 >= s->nwords)
			break;
		if (i == 0)
			continue;
		w = &s->words[i];
		p = &s->words[i - 1];
		if (w->start < 2 ||
		    t[w->start - 1] != '(' || p->end != w->start - 2 ||
		    !item_start(t, s, i - 1) ||
		    t[p->end] != ' ' || !(p->flags & W_CAP) ||
		    !is_name_span(span_of(s, i + 1)) || !is_title(t, s, i) ||
		    !(shape_unknown(t, s, i - 1) || (shape_listed(t, s, i - 1) &&
		    !(p->dflags & D_WEAK))))
			continue;
		if ((r = add_span(s, p->start, p->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* dev23: a nickname beside a person's name found.  At byte a, an
 * opening quote ('"', « or “, one space after it at most): the byte
 * after it, or a.  NO_WORD when none. */
static size_t
nick_open_quote(const char *t, size_t len, size_t a)
{
	if (a < len && t[a] == '"')
		a++;
	else if (a + 1 < len && (unsigned char)t[a] == 0xc2 &&
	    (unsigned char)t[a + 1] == 0xab)
		a += 2;
	else if (a + 2 < len && (unsigned char)t[a] == 0xe2 &&
	    (unsigned char)t[a + 1] == 0x80 && (unsigned char)t[a + 2] == 0x9c)
		a += 3;
	else
		return NO_WORD;
	if (a < len && t[a] == ' ')
		a++;
	else if (a + 1 < len && (unsigned char)t[a] == 0xc2 &&
	    (unsigned char)t[a + 1] == 0xa0)
		a += 2;
	return a;
}

/* A closing quote at byte e (one space or no-break space before it at
 * most): the byte after it, or NO_WORD. */
static size_t
nick_close_quote(const char *t, size_t len, size_t e)
{
	if (e < len && t[e] == ' ')
		e++;
	else if (e + 1 < len && (unsigned char)t[e] == 0xc2 &&
	    (unsigned char)t[e + 1] == 0xa0)
		e += 2;
	if (e < len && t[e] == '"')
		return e + 1;
	if (e + 1 < len && (unsigned char)t[e] == 0xc2 &&
	    (unsigned char)t[e + 1] == 0xbb)
		return e + 2;
	if (e + 2 < len && (unsigned char)t[e] == 0xe2 &&
	    (unsigned char)t[e + 1] == 0x80 && (unsigned char)t[e + 2] == 0x9d)
		return e + 3;
	return NO_WORD;
}

/* Word i may be a nickname: capitalized (not all capitals), a word no
 * dictionary has or a name of the lists that is no weak one, no title,
 * month, clinical or relative word ("« Guite »", "Lulu", "« Jipé »";
 * "« Urgent »", "Doliprane", "« Papa »" stay). */
static int
nick_word(const char *t, struct detect_scratch *s, size_t i, int quoted)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    (w->dflags & (D_TITLE | D_MONTH | D_CLINICAL | D_RELATIVE |
	    D_RELATION | D_NOTNAME)))
		return 0;
	if (shape_unknown(t, s, i) || (shape_listed(t, s, i) &&
	    !(w->dflags & D_WEAK)))
		return 1;
	/* a word of the lexicon: in quotes after the name, three letters
	 * or more ("« Polo »"); before the name, reduplicated only, as
	 * nicknames are ("Lulu", "Mimi", "Jojo"; "Patient", "Doliprane"
	 * stay) */
	if (!shape_word(t, s, i) || acronym_shape(t, s, i))
		return 0;
	if (quoted)
		return w->nchars >= 3;
	return (n == 4 || n == 6) && memcmp(f, f + n / 2, n / 2) == 0;
}

/* From word k, right after a '(': two to four words, each in a name
 * span (one or several: "Lucienne" and "Marchand" are two until
 * finish_spans joins them), one space between, then ')'. */
static int
paren_full_name(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = k;

	if (!is_name_span(span_of(s, k)) ||
	    span_of(s, k)->start != s->words[k].start)
		return 0;
	while (e + 1 < s->nwords && e < k + 3 &&
	    s->words[e + 1].start == s->words[e].end + 1 &&
	    t[s->words[e].end] == ' ' && is_name_span(span_of(s, e + 1)))
		e++;
	return e > k && s->words[e].end < s->text_len &&
	    t[s->words[e].end] == ')' && span_of(s, e)->end == s->words[e].end;
}

/* A nickname beside a person's name found (dev23), at each '(':
 * - after the name, in quotes, in the parentheses: "Mme Petit
 *   Marguerite (« Guite » pour l'équipe)", "M. Roux Paul (\"Polo\")";
 * - before the full name in parentheses with no title: "c'est Lulu
 *   (Lucienne Marchand) de la chambre 5" (scan_alias_names asks a title
 *   in the parentheses and an item's start).
 * A name span of two words or more (or a title's) only: "Doliprane
 * (Lucienne)", "Voisin (Marchand)" stay, and so does what a quote holds
 * that is no name's shape ("(« Urgent »)", "(« la Pie »)"). */
static int
scan_nickname_beside_name(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;
	const char *c = t;

	while ((c = memchr(c, '(', (size_t)(t + len - c))) != NULL) {
		size_t at = (size_t)(c - t), k, a, p, e;
		const struct detect_span *sp;

		c++;
		/* one byte each side first: a space before, a quote or a
		 * capital after ('"', the first byte of «, “, of an accented
		 * capital); most parentheses hold a number or a word in
		 * lower case ("(x2)", "(si besoin)") */
		if (at < 2 || at + 1 >= len || t[at - 1] != ' ' ||
		    !(t[at + 1] == '"' || (t[at + 1] >= 'A' && t[at + 1] <= 'Z') ||
		    (unsigned char)t[at + 1] == 0xc2 ||
		    (unsigned char)t[at + 1] == 0xc3 ||
		    (unsigned char)t[at + 1] == 0xc5 ||
		    (unsigned char)t[at + 1] == 0xe2))
			continue;
		k = word_at(s, at + 1);
		if (k == 0 || k >= s->nwords)
			continue;
		p = k - 1;
		if (s->words[p].end != at - 1)
			continue;
		/* the full name in the parentheses, the nickname before */

		if (s->words[k].start == at + 1 && paren_full_name(t, s, k) &&
		    !word_taken(s, p) && s->words[p].nchars >= 3 &&
		    nick_word(t, s, p, 0)) {
			if (add_span(s, s->words[p].start, s->words[p].end,
			    DETECT_NAME, -1) < 0)
				return -ENOMEM;
			continue;
		}
		/* the name before, the nickname in quotes */
		sp = span_of(s, p);
		if (!is_name_span(sp) || sp->end != s->words[p].end ||
		    (a = nick_open_quote(t, len, at + 1)) == NO_WORD ||
		    s->words[k].start != a || !nick_word(t, s, k, 1))
			continue;
		e = k;
		if (e + 1 < s->nwords && s->words[e + 1].start ==
		    s->words[e].end + 1 && t[s->words[e].end] == ' ' &&
		    nick_word(t, s, e + 1, 1))
			e++;	/* "« Ti Jean »" */
		if (nick_close_quote(t, len, s->words[e].end) == NO_WORD)
			continue;
		if (add_span(s, s->words[k].start, s->words[e].end, DETECT_NAME,
		    -1) < 0)
			return -ENOMEM;
	}
	return 0;
}

/* Word i signs a message: a first name of the lists (any case, not a
 * weak one), last before a closing quote or the end of the text, after
 * "merci", "bises", "cordialement" or a sentence's end ("... on peut
 * venir a 10h ? sabrina\"", "merci erwan\""). */
static int
signature_at(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t b;

	if (i == 0 || word_taken(s, i) || w->nchars < 3 ||
	    !(w->dflags & D_FIRST) || (w->dflags & (D_WEAK | SHAPE_TABLES)))
		return 0;
	if (word_is(s, i - 1, "merci") || word_is(s, i - 1, "bises") ||
	    word_is(s, i - 1, "bisous") || word_is(s, i - 1, "cordialement"))
		return add_span(s, w->start, w->end, DETECT_NAME, -1) < 0 ? -1 : 1;
	for (b = w->start; b > s->words[i - 1].end && t[b - 1] == ' '; b--)
		;
	if (b == s->words[i - 1].end || !util_in_set("?!.", t[b - 1]))
		return 0;
	return add_span(s, w->start, w->end, DETECT_NAME, -1) < 0 ? -1 : 1;
}

/* Messages copied into a note, signed: from each closing quote (a
 * quote after a word) and the end of the text. */
static int
scan_signatures(const char *t, struct detect_scratch *s)
{
	const char *c = t, *end = t + s->text_len;
	size_t e;

	if (!comment_has(s, 0, D_FIRST) || s->nwords < 2)
		return 0;
	/* (no quote in the text: text_bytes says so, no memchr) */
	while ((s->text_bytes & TB_DQUOTE) &&
	    (c = memchr(c, '"', (size_t)(end - c))) != NULL) {
		size_t q = (size_t)(c - t), w;

		c++;
		for (e = q; e > 0 && t[e - 1] == ' '; e--)
			;
		w = word_at(s, e);
		if (w == 0 || w > s->nwords || s->words[w - 1].end != e ||
		    (e > 0 && !is_alnum_byte(t[e - 1])))
			continue;
		if (signature_at(t, s, w - 1) < 0)
			return -ENOMEM;
	}
	for (e = s->text_len; e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n');
	    e--)
		;
	if (e > 0 && s->words[s->nwords - 1].end == e &&
	    signature_at(t, s, s->nwords - 1) < 0)
		return -ENOMEM;
	return 0;
}

/* The words that close a letter or a message before its signature:
 * D_CLOSING in the dictionary, which tokenize moves to the word's
 * W_CLOSING (speed23c). */
const char *const detect_closing_words[] = {
	"amities", "amicalement", "cordialement", "confraternellement",
	"bises", "salutations", "sincerement", "respectueusement", NULL,
};

/* Word i, capitalized, is the surname alone that signs a letter: right
 * after its closing word ("Amitiés, Ponsard.", "Cordialement,\nLebrun"),
 * only a comma, a full stop, a '!' and spaces or a line break between,
 * and nothing after it but a full stop and spaces before the text's or
 * the line's end.  A word of the lexicon that no list names ("Amitiés,
 * Merci.") stays. */
static int
closing_surname_at(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;
	size_t e;

	if (i == 0 || !(w->flags & (W_CAP | W_UPPER)) ||
	    (w->flags & W_DIGIT) || w->nchars < 3 || word_taken(s, i))
		return 0;
	p = &s->words[i - 1];
	if (w->start - p->end > 4 || !(p->flags & W_CLOSING))
		return 0;
	for (size_t k = p->end; k < w->start; k++)
		if (!util_in_set(",.! \n\r", t[k]))
			return 0;
	e = w->end;
	if (e < s->text_len && t[e] == '.')
		e++;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e < s->text_len && t[e] != '\n' && t[e] != '\r')
		return 0;
	if ((w->dflags & D_NOTNAME) || (!(w->dflags & (D_FIRST | D_LAST)) &&
	    (word_lexicon(t, s, i) || dict_keep_has(w->fhash))))
		return 0;
	return add_span(s, w->start, w->end, DETECT_NAME, -1) < 0 ? -1 : 1;
}

/* Letters signed by a surname alone after their closing word. */
static int
scan_closing_surnames(const char *t, struct detect_scratch *s)
{
	/* A closing word is a word flag (W_CLOSING): a comment with none
	 * is not walked (speed23c: the walk, with speed21's mask of the
	 * closing words' lengths, cost 0.74 M instructions a pass). */
	if (!comment_has(s, W_CLOSING, 0))
		return 0;
	for (size_t i = 1; i < s->nwords; i++)
		if ((s->words[i - 1].flags & W_CLOSING) &&
		    closing_surname_at(t, s, i) < 0)
			return -ENOMEM;
	return 0;
}

/* A first name of the lists, a Portuguese particle and a word: "maria
 * do ceu", "Maria da Graça", "maria dos anjos", the compound first names
 * of Portugal and Brazil, which notes write in lower case too (the
 * particle rules start from a surname found).  The word after the
 * particle is a name of the lists or a word no dictionary has; "marie
 * dos bloqué" (the back, an ordinary word) stays.  From the particles
 * (WC_PARTICLE). */
static __attribute__((noinline)) int
scan_particle_first_names(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *ps;
	int r;

	/* (scan_shape_names' gate: D_FEWCUE, "do", "da"...; D_FIRST) */
	ps = word_class(s, WC_PARTICLE, &n);
	for (size_t x = 0; x < n; x++) {
		size_t p = ps[x], f = p - 1, a = p + 1;
		const struct detect_word *fw;

		const char *pf = wf(s, &s->words[p]);

		/* "do", "da", "dos", "das"; not "de", "du", "des" */
		if (s->words[p].fold_len < 2 || s->words[p].fold_len > 3 ||
		    pf[0] != 'd' || (pf[1] != 'o' && pf[1] != 'a') ||
		    p == 0 || a >= s->nwords || !(word_is(s, p, "do") ||
		    word_is(s, p, "da") || word_is(s, p, "dos") ||
		    word_is(s, p, "das")) || !spaced(t, s, f) ||
		    !spaced(t, s, p) || word_taken(s, p) || word_taken(s, a))
			continue;
		fw = &s->words[f];
		if (!(fw->dflags & D_FIRST) || (fw->flags & W_DIGIT) ||
		    fw->nchars < 3 || (fw->dflags & (SHAPE_TABLES & ~D_PARTICLE)) ||
		    (s->words[a].flags & W_DIGIT) ||
		    !(shape_listed(t, s, a) || shape_unknown(t, s, a)))
			continue;
		if ((r = add_span(s, word_taken(s, f) ? s->words[p].start :
		    fw->start, s->words[a].end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* After a title and a surname found, a first name that is also an
 * acronym, written as a name ("M. Arbeletche Iban, 71 ans": the Basque
 * Iban, not the IBAN): capitalized, lower case after its first letter,
 * three to six letters, a word of the keep lists or of the tables of
 * words that name no one (D_NOTNAME), no ordinary word, then a clause's
 * end.  "Mme Dupont Iban FR76..." (the number after it), "M. Dupont
 * IBAN :" (capitals) stay.  From the title words (s->twords). */
static __attribute__((noinline)) int
scan_title_acronym_firsts(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t x = 0; x < s->ntwords; x++) {
		size_t i = s->twords[x], j = i + 1, c = i + 2, e;
		const struct detect_word *w;

		if (c >= s->nwords || (s->words[c].flags & (W_UPPER | W_DIGIT)) ||
		    !(s->words[c].flags & W_CAP) || !(s->words[j].flags & W_CAP) ||
		    !is_name_span(span_of(s, j)) || word_taken(s, c) ||
		    !joined(t, s, i) || !spaced(t, s, j) || !is_title(t, s, i))
			continue;
		w = &s->words[c];
		e = w->end;
		if ((w->flags & (W_UPPER | W_DIGIT | W_DOT)) || !(w->flags & W_CAP) ||
		    w->nchars < 3 || w->nchars > 6 || acronym_shape(t, s, c) ||
		    !((w->dflags & D_NOTNAME) || dict_keep_has(w->fhash)) ||
		    word_lexicon(t, s, c))
			continue;
		if (e < s->text_len && t[e] == ' ' && e + 1 < s->text_len &&
		    t[e + 1] == ':')
			e++;
		if (e < s->text_len && !util_in_set(",;:.)", t[e]))
			continue;
		/* after a colon, words in lower case: "Iban : aller-retour";
		 * not the number a label announces ("Iban : FR76 3000") */
		if (e < s->text_len && t[e] == ':' && c + 1 < s->nwords &&
		    (s->words[c + 1].flags & (W_DIGIT | W_UPPER | W_CAP)))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word x, in capitals, is a name after people counted or a relative
 * in capitals, where an ordinary word would agree with them or be a
 * word of the tables: no plural ("2 PATIENTES DIABETIQUES"), no
 * function word, no word of the keep lists, the tables or the medical
 * dictionary, no acronym, three letters at least, not taken. */
static int
caps_name_word(const char *t, struct detect_scratch *s, size_t x)
{
	const struct detect_word *w = &s->words[x];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	return (w->flags & W_UPPER) && !(w->flags & W_DIGIT) &&
	    w->nchars >= 3 && !word_taken(s, x) &&
	    !(w->dflags & (SHAPE_TABLES | D_NOTNAME)) &&
	    f[n - 1] != 's' && f[n - 1] != 'x' &&
	    !(n > 4 && memcmp(f + n - 4, "ment", 4) == 0) &&
	    !dict_keep_has(w->fhash) && !medical_has(w->fhash) &&
	    !acronym_shape(t, s, x);
}

/* The first names of the people counted, in the parentheses that
 * follow their surname (word x) in the same clause: "2 PATIENTES BEGUM
 * DANS LE SERVICE (FATEMA ET SHIRIN, CH 12)": up to three words, each a
 * name of the lists or a word no dictionary has, linked by "et", "ou"
 * or a comma, from the parenthesis on; the first other word ends them
 * ("CH 12" stays).  0 or -ENOMEM. */
static int
counted_first_names(const char *t, struct detect_scratch *s, size_t x)
{
	size_t k = x + 1, taken = 0;
	int r;

	/* no '(' in the text (tokenize's text bytes): none to find */
	if (!(s->text_bytes & TB_PAREN))
		return 0;
	for (; k < s->nwords && k <= x + 6; k++) {
		/* the gap's bytes read once (four memchr calls a gap of a
		 * byte or two before, speed27b) */
		unsigned open = 0, stop = 0;

		for (size_t b = s->words[k - 1].end; b < s->words[k].start;
		    b++) {
			open |= t[b] == '(';
			stop |= (t[b] == '.') | (t[b] == ';') | (t[b] == ')');
		}
		if (open)
			break;
		if (stop)
			return 0;
	}
	if (k >= s->nwords || k > x + 6)
		return 0;
	while (k < s->nwords && taken < 3) {
		if (word_taken(s, k) || (s->words[k].flags & W_DIGIT) ||
		    !(shape_listed(t, s, k) || shape_unknown(t, s, k)))
			return 0;
		if ((r = add_span(s, s->words[k].start, s->words[k].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		taken++;
		if (k + 2 < s->nwords && spaced(t, s, k) && (word_is(s, k + 1, "et") ||
		    word_is(s, k + 1, "ou")))
			k += 2;
		else if (k + 1 < s->nwords && s->words[k].end + 2 ==
		    s->words[k + 1].start && t[s->words[k].end] == ',' &&
		    t[s->words[k].end + 1] == ' ')
			k += 1;
		else
			break;
	}
	return 0;
}

/* D_FEWCUE: people counted in the plural (scan_counted_names), the
 * extensions of files (detect_namecue.c file_exts), the heads of web
 * addresses (scan_url_names), the particles of "maria do ceu"
 * (scan_particle_first_names), the "Thi" of Vietnamese names
 * (scan_thi_names). */
const char *const fewcue_words[] = {
	"patients", "patientes", "residents", "residentes", "enfants",
	"freres", "soeurs", "filles", "jumeaux", "jumelles", "homonymes",
	"dames", "messieurs", "femmes", "hommes", "personnes", "malades",
	"pdf", "jpg", "jpeg", "png", "tif", "tiff", "heic", "doc", "docx",
	"odt", "txt", "rtf", "xls", "xlsx", "csv", "bmp", "gif",
	"http", "https", "www",
	/* the Portuguese particles of compound first names
	 * (scan_particle_first_names) */
	"do", "da", "dos", "das",
	/* the middle name of Vietnamese women's names (scan_thi_names) */
	"thi", NULL,
};

/* In capitals, a surname after people counted: "2 PATIENTES BEGUM DANS
 * LE SERVICE", "3 ENFANTS TRAORE", homonyms a note warns of; the word
 * after the surname a function word, a clause's end or the end.  Not
 * "2 PATIENTES DIABETIQUES" (a plural), "2 PATIENTS COVID" (the
 * keep lists), "2 ENFANTS EN BAS AGE". */
static __attribute__((noinline)) int
scan_counted_names(const char *t, struct detect_scratch *s)
{
	int r;

	/* (scan_shape_names' gate: a digit, D_FEWCUE, the people counted
	 * and the files' words) */
	for (size_t p = 1; p + 1 < s->nwords; p++) {
		size_t i = p - 1, x = p + 1, e;

		if (!word_has(s, p, D_FEWCUE) || s->words[p].nchars < 5 ||
		    !(s->words[i].flags & W_DIGIT) || !spaced(t, s, i) ||
		    !spaced(t, s, p) ||
		    !(((s->words[p].flags & W_UPPER) && caps_name_word(t, s, x)) ||
		    is_name_span(span_of(s, x))))
			continue;
		e = s->words[x].end;
		if (!(x + 1 >= s->nwords || util_in_set(",;:.()", t[e]) ||
		    (t[e] == ' ' && t[e + 1] == '(') ||
		    (spaced(t, s, x) && word_has(s, x + 1, D_NOTNAME))))
			continue;
		if ((r = add_span(s, s->words[x].start, e, DETECT_NAME, -1)) < 0 ||
		    (r = counted_first_names(t, s, x)) < 0)
			return r;
	}
	return 0;
}

/* In capitals, a relative's first name that is also an ordinary word,
 * between the relative after a possessive and what the relative does
 * or is: "SA TANTE NENE PRESENTE", "SON FILS ANGE PASSERA".  Not the
 * relative's adjective ("SA FILLE AINEE PRESENTE"), a function word
 * ("SA FILLE TRES PRESENTE"), a plural. From the relatives
 * (WC_RELATION). */
static __attribute__((noinline)) int
scan_relative_caps_names(const char *t, struct detect_scratch *s)
{
	static const char *const possessives[] = {
		"sa", "son", "ses", "ma", "mon", "leur", "notre", "votre", NULL,
	};
	static uint64_t possessives_filter;	/* word_in_filtered_list */
	static const char *const adjectives[] = {
		"aine", "ainee", "cadet", "cadette", "paternel", "paternelle",
		"maternel", "maternelle", "unique", "jumeau", "jumelle",
		"adoptif", "adoptive", "majeur", "majeure", "mineur", "mineure",
		"benjamin", "benjamine", "referent", "referente", "actuel",
		"actuelle", "ancien", "ancienne", "seul", "seule", "meme",
		"biologique", "handicape", "handicapee", "malade", "agee",
		"age", NULL,
	};
	static uint64_t adjectives_filter;	/* word_in_filtered_list */
	static const char *const predicates[] = {
		"presente", "present", "passera", "viendra", "appelle",
		"appellera", "prevenue", "prevenu", "informee", "informe",
		"joignable", "absente", "absent", "arrive", "arrivee",
		"rappelle", "rappellera", "demande", "refuse", "souhaite",
		"signale", "accompagne", "accompagnee", NULL,
	};
	static uint64_t predicates_filter;	/* word_in_filtered_list */
	size_t n;
	const uint32_t *rel;
	int r;

	/* (scan_shape_names' gate: capitals, a relative) */
	rel = word_class(s, WC_RELATION, &n);
	for (size_t q = 0; q < n; q++) {
		size_t i = rel[q], x = i + 1, y = i + 2;
		const struct detect_word *w = &s->words[x];

		if (!(s->words[i].flags & W_UPPER) || i == 0 || y >= s->nwords ||
		    !word_has(s, i, D_RELATIVE) || !spaced(t, s, i - 1) ||
		    !spaced(t, s, i) || !spaced(t, s, x) ||
		    !word_in_filtered_list(s, &s->words[i - 1], possessives) || !caps_name_word(t, s, x) ||
		    word_in_filtered_list(s, w, adjectives) ||
		    /* a trade (detect_role.c): "SA FILLE INFIRMIERE" */
		    role_is(s, x, ROLE_CARER | ROLE_STAFF, ROLE_HEAD) ||
		    !(s->words[y].flags & W_UPPER) ||
		    !word_in_filtered_list(s, &s->words[y], predicates))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* A first name of the lists in lower case, alone in parentheses right
 * after a relative or a relation (up to two words of it between: "le
 * voisin du dessus (marine)", "sa compagne (céleste)"): its ordinary
 * words too, which the relation says name a person here.  Not a word of
 * the tables, a plural, a word of two letters; "sa fille (lyon)" (no
 * first name), "son fils (malade)" stay.  From the relations
 * (WC_RELATION). */
static __attribute__((noinline)) int
scan_relative_paren_firsts(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *rel;
	int r;

	/* (scan_shape_names' gate: a '(', a first name, a relative or a
	 * relation) */
	rel = word_class(s, WC_RELATION, &n);
	for (size_t q = 0; q < n; q++) {
		size_t i = rel[q], k;

		if (!word_has(s, i, D_RELATIVE | D_RELATION))
			continue;
		for (k = i + 1; k < s->nwords && k <= i + 3; k++)
			if (s->words[k].start > 0 && t[s->words[k].start - 1] == '(')
				break;
		if (k >= s->nwords || k > i + 3 || s->words[k].end >= s->text_len ||
		    t[s->words[k].end] != ')' ||
		    memchr(t + s->words[i].end, ',', s->words[k].start -
		    s->words[i].end) != NULL ||
		    memchr(t + s->words[i].end, '.', s->words[k].start -
		    s->words[i].end) != NULL)
			continue;
		{
			const struct detect_word *w = &s->words[k];
			const char *f = wf(s, w);

			if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
			    !(w->dflags & D_FIRST) || w->nchars < 3 ||
			    word_taken(s, k) || (w->dflags & SHAPE_TABLES) ||
			    f[w->fold_len - 1] == 's' || f[w->fold_len - 1] == 'x')
				continue;
		}
		if ((r = add_span(s, s->words[k].start, s->words[k].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* After a title, a surname in capitals and a comma, a capitalized word
 * before what only a person does is the first name, an ordinary word
 * too: "Mme BUCHERT, Materne n'a pas pris", "M. PAGE, Modeste refuse"
 * (the comma's first-name rule takes the names of the lists).  Not a
 * word of the tables or a function word ("Mme DUPONT, Elle refuse"),
 * nor what a thing does ("Mme DUPONT, Pompe a sonné": ordinary
 * words need person_verb_follows' verbs).  From the words in capitals
 * after a title (WC_CAPTITLED). */
static __attribute__((noinline)) int
scan_comma_subject_firsts(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *caps;
	int r;

	/* (scan_shape_names' gate: the comma first-name rule's, which
	 * lists the class too; a name found) */
	caps = word_class(s, WC_CAPTITLED, &n);
	for (size_t q = 0; q < n; q++) {
		size_t j = caps[q], k = j + 1, e = s->words[j].end;
		const struct detect_word *w;

		if (k >= s->nwords || s->words[k].start != e + 2 || t[e] != ',' ||
		    t[e + 1] != ' ' || !is_name_span(span_of(s, j)))
			continue;
		w = &s->words[k];
		if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
		    w->nchars < 3 || word_taken(s, k) ||
		    (w->dflags & (SHAPE_TABLES | D_NOTNAME)) ||
		    word_in_filtered_list(s, w, not_persons) ||
		    !person_verb_follows(t, s, k))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* After a surname found in capitals, a capitalized word written as a
 * first name (capital, then lower case) before a clause's end is the
 * first name, an ordinary word too: "vu par BOEHM Materne, PSL prévu",
 * "appel de SIMON Colombe." (the case says a name's two parts).  Not a
 * word of the tables or a function word, a participle ("Mme DURAND Vue,
 * RAS"), a thing (not_persons), a word at a sentence's start.  From the
 * capitalized pairs (WC_PAIR). */
static __attribute__((noinline)) int
scan_caps_then_first(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *pairs = word_class(s, WC_PAIR, &n);
	int r;

	for (size_t q = 0; q < n; q++) {
		size_t j = pairs[q], k = j + 1, e;
		const struct detect_word *w;
		const char *f;

		if (k >= s->nwords || !(s->words[j].flags & W_UPPER) ||
		    s->words[j].nchars < 3 || !is_name_span(span_of(s, j)) ||
		    s->words[k].start != s->words[j].end + 1 ||
		    t[s->words[j].end] != ' ')
			continue;
		w = &s->words[k];
		f = wf(s, w);
		e = w->end;
		if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
		    w->nchars < 4 || word_taken(s, k) ||
		    (w->dflags & (SHAPE_TABLES | D_NOTNAME)) ||
		    in_list(not_persons, f, w->fold_len) ||
		    (w->fold_len > 2 && f[w->fold_len - 1] == 'e' &&
		    (unsigned char)t[e - 1] == 0xa9) ||
		    ((unsigned char)t[e - 1] == 0xa9 && t[e - 2] == (char)0xc3) ||
		    acronym_shape(t, s, k) || dict_keep_has(w->fhash))
			continue;
		if (!(e >= s->text_len || util_in_set(",.;)", t[e])))
			continue;
		if ((r = add_span(s, w->start, e, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* The Vietnamese family names of two letters (Lê, Vũ, Võ, Đỗ, Hồ, Lý:
 * six of the twenty most borne), each also a French word or syllable
 * ("le", "vu", "do"), which every rule of capitals leaves. */
static const char *const viet_short_surnames[] = { "le", "vu", "vo", "do",
    "ho", "ly", NULL };
static uint64_t viet_short_surnames_filter;	/* word_in_filtered_list */

/* Word j is such a surname written in capitals before the given name,
 * as Vietnamese names are written in France ("VU Ngoc Anh", "LE Van
 * Minh"): two or three words found as a name after it, one space apart,
 * each capitalized and not in capitals, of two to five letters.  "VU PAR"
 * (capitals), "VU Jean Dupont" (a word of six letters), "LE Dr" stay.
 * At most four words read a call. */
static int
viet_surname_head(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j + 1, nw = 0;

	if (!(s->words[j].flags & W_UPPER) ||
	    !word_in_filtered_list(s, &s->words[j], viet_short_surnames))
		return 0;
	/* the syllables: the words of name spans one space apart */
	for (; k < s->nwords && nw <= 3 && is_name_span(span_of(s, k)) &&
	    (k == j + 1 || (s->words[k].start == s->words[k - 1].end + 1 &&
	    t[s->words[k - 1].end] == ' ')); k++, nw++) {
		const struct detect_word *w = &s->words[k];

		if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
		    w->nchars < 2 || w->nchars > 5)
			return 0;
	}
	return nw >= 2 && nw <= 3;
}

/* A name of two letters found, written again right before the rest of
 * the name found ("Mme Vu Thi Hong Nhung (passeport : VU THI HONG
 * NHUNG)": the repeats rule leaves words of two letters, which are
 * function words as often): word j, two letters, no digit, one space
 * before a name span, the same fold as a word of another name span of
 * the comment.  Eight such words a comment at most are compared with
 * the spans (each walk over the words is bounded, the rule linear).
 * "de MARTIN" (no "de" in a name found) stays.  Also a Vietnamese
 * surname of two letters before the given name (viet_surname_head).
 * From the capitalized pairs (WC_PAIR). */
static __attribute__((noinline)) int
scan_short_name_heads(const char *t, struct detect_scratch *s)
{
	size_t n, tries = 0;
	const uint32_t *pairs = word_class(s, WC_PAIR, &n);
	int r;

	for (size_t q = 0; q < n && tries < 8; q++) {
		size_t j = pairs[q], k;
		const struct detect_word *w = &s->words[j];
		uint64_t h = w->fhash;

		if (w->nchars != 2 || w->end - w->start > 4 || word_taken(s, j) ||
		    (w->flags & W_DIGIT) || j + 1 >= s->nwords ||
		    s->words[j + 1].start != w->end + 1 || t[w->end] != ' ' ||
		    !is_name_span(span_of(s, j + 1)) ||
		    span_of(s, j + 1)->start != s->words[j + 1].start)
			continue;
		if (viet_surname_head(t, s, j)) {
			if ((r = add_span(s, w->start, w->end, DETECT_NAME,
			    -1)) < 0)
				return r;
			continue;
		}
		if ((s->name_mask & name_bits(h)) != name_bits(h))
			continue;
		tries++;
		for (k = 0; k < s->nwords; k++)
			if (k != j && s->words[k].fhash == h &&
			    s->words[k].fold_len == w->fold_len &&
			    is_name_span(span_of(s, k)))
				break;
		if (k >= s->nwords)
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word j may be a syllable of a Vietnamese name after "Thi": written
 * as a name (capitalized or in capitals), letters only, not glued, free,
 * no word of the tables but a month ("Mai" is one: "Thi Mai"); the
 * first one after "Thi" may be an ordinary word too ("Thi Hoa"), the
 * next ones only a name of the lists or a word no dictionary has ("THI
 * MAI VUE CE MATIN": "VUE" stays). */
static int
thi_syllable(const char *t, struct detect_scratch *s, size_t j, int first)
{
	const struct detect_word *w = &s->words[j];

	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT) ||
	    w->nchars < 2 || w->nchars > 12 || word_taken(s, j) ||
	    (j + 1 < s->nwords && s->words[j + 1].start == w->end) ||
	    (w->dflags & (SHAPE_TABLES & ~D_MONTH)) ||
	    eponym_position(t, s, j))
		return 0;
	if (first)
		return 1;
	return !(w->dflags & D_MONTH) && ((w->dflags & (D_FIRST | D_LAST)) ||
	    shape_unknown(t, s, j));
}

/* A Vietnamese name by its middle name "Thi" (the women's; no French or
 * English word is spelled so), written as a name: "NGUYEN Thi Mai",
 * "Thi Mai signale", "Madame VU (Thi Mai)", "Tran Thi Hong Nhung": "Thi"
 * and up to three syllables after it (thi_syllable), and the surname
 * before it (a name found, or a capitalized word of the lists or no
 * dictionary's, one space before "Thi").  The syllables are short and
 * often no list's ("Nhung", "Hanh") or an ordinary word ("Mai", a
 * month), which the other rules leave.  From the capitalized pairs
 * (WC_PAIR); "thi" is a word of D_FEWCUE (scan_shape_names' gate). */
static __attribute__((noinline)) int
scan_thi_names(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *pairs = word_class(s, WC_PAIR, &n);
	int r;

	for (size_t q = 0; q < n; q++) {
		size_t p = pairs[q], e = p + 1, a;
		const struct detect_word *w = &s->words[p];

		/* "Thi" free, or found with the surname before it
		 * ("NGUYEN Thi" found, "Mai" left: a month) */
		if (w->nchars != 3 || !(w->dflags & D_FEWCUE) ||
		    !word_is(s, p, "thi") || (word_taken(s, p) &&
		    !is_name_span(span_of(s, p))) ||
		    !spaced(t, s, p) || !thi_syllable(t, s, e, 1))
			continue;
		while (e + 1 < s->nwords && e < p + 3 && spaced(t, s, e) &&
		    thi_syllable(t, s, e + 1, 0))
			e++;
		a = s->words[word_taken(s, p) ? p + 1 : p].start;
		if (!word_taken(s, p) && p > 0 && spaced(t, s, p - 1) &&
		    !word_taken(s, p - 1) &&
		    (s->words[p - 1].flags & (W_CAP | W_UPPER)) &&
		    (shape_listed(t, s, p - 1) || shape_unknown(t, s, p - 1)))
			a = s->words[p - 1].start;
		if ((r = add_span(s, a, s->words[e].end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* A first name of the lists glued by "-" to a capital alone, the
 * initial of its second half (its dot or not), one space before a name
 * found: "MARIE-J DUPONT vue", "JEAN-P DUPONT", "JEAN-P. DUPONT" (review, seventeenth pass: a weak or
 * ambiguous first name stayed raw there; "ANNE-S DUPONT" went).  The
 * first name and the initial go.  Each name span is read once, its three
 * bytes before it first. */
static int
scan_first_initial_heads(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t a = s->spans[x].start, k, i, f, dot;
		int kind = s->spans[x].kind;
		unsigned char ini;

		/* "JEAN-P. DUPONT" too: the initial's dot (review,
		 * eighteenth pass).  The kind and the four bytes before
		 * in one test, read with no branch but the rare start of
		 * the text (speed31c) */
		if (a < 5)
			continue;
		dot = t[a - 2] == '.';
		ini = (unsigned char)t[a - 2 - dot];
		if (!(((kind == DETECT_NAME) | (kind == DETECT_INITIAL)) &
		    (t[a - 1] == ' ') & ((unsigned)(ini - 'A') < 26u) &
		    (t[a - 3 - dot] == '-')))
			continue;
		k = word_at(s, a);
		if (k < 2 || k >= s->nwords || s->words[k].start != a)
			continue;
		i = k - 1;
		f = k - 2;
		if (s->words[i].start != a - 2 - dot ||
		    s->words[i].end != a - 1 - dot ||
		    s->words[f].end != a - 3 - dot || word_taken(s, i) ||
		    word_taken(s, f) || !(s->words[f].dflags & D_FIRST) ||
		    !(s->words[f].flags & (W_UPPER | W_CAP)) ||
		    (s->words[f].flags & W_DIGIT))
			continue;
		if ((r = add_span(s, s->words[f].start, s->words[f].end,
		    DETECT_NAME, -1)) < 0 || (r = add_span(s, s->words[i].start,
		    s->words[i].end, DETECT_INITIAL, -1)) < 0)
			return r;
	}
	return 0;
}

/* The word right after a name found, one space between (the name
 * spans read once, one lookup of the word each; only when a capital
 * starts it):
 *
 * - A capital alone, the initial of the first name written after the
 *   surname ("Transmis à Kerouredan M pour suite", "vu avec Kerouredan
 *   M. ce matin", "Kerouredan M, IDE"): after it (its dot or not) the
 *   end, a comma, a semicolon, a colon or a parenthesis, or a word in
 *   lower case.  Not before a capitalized word, a digit or a sign
 *   ("DUPONT A ÉTÉ VU", "M. Durand" after a name is a title, "A 38",
 *   "A+", "T°"), and not "A" nor "Y" without a dot before a word ("Dr
 *   Martin A revoir": "À" unaccented): the letter goes as an initial
 *   (its dot with it).
 * - One capitalized word alone between two names found: a middle name
 *   or a second surname ("Mme Abdallah Msa Moinaecha", the Comorian
 *   father's name between the row's surname and first name; "DUPONT
 *   Marie Lou JEANNE").  Not a title, a relative, a month, a date's
 *   word, a street's or a unit's, a verb of speech, no digit; in
 *   capitals, only a word no lexicon nor table has ("DUPONT ET DURAND",
 *   "MARTIN VOIT DURAND" stay). */
static int
initial_after_name(const char *t, struct detect_scratch *s, size_t b,
    size_t k)
{
	size_t len = s->text_len, e = b + 2, n;
	unsigned char c;

	if (e < len && t[e] == '.')
		e++;
	if (e < len) {
		c = (unsigned char)t[e];
		if (c == ' ') {
			/* the next word in lower case */
			n = k + 1;
			if (n >= s->nwords || s->words[n].start != e + 1 ||
			    (s->words[n].flags & (W_CAP | W_UPPER | W_DIGIT)))
				return 0;
			/* "A revoir", "Y a-t-il": "À" unaccented and a
			 * pronoun before a word, not an initial */
			if (e == b + 2 && (t[b + 1] == 'A' || t[b + 1] == 'Y'))
				return 0;
		} else if (c != ',' && c != ';' && c != ':' && c != ')' &&
		    c != '\n' && !(c == '.' && t[e - 1] != '.'))
			return 0;
	}
	return add_span(s, b + 1, e > b + 2 && t[b + 2] == '.' ? b + 3 : b + 2,
	    DETECT_INITIAL, -1);
}

static int
word_between_names(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	const struct detect_span *next;

	if (k + 1 >= s->nwords || (w->flags & W_DIGIT) || w->nchars < 2 ||
	    w->end + 1 != s->words[k + 1].start || t[w->end] != ' ' ||
	    !is_name_span(next = span_of(s, k + 1)) ||
	    next->start != s->words[k + 1].start)
		return 0;
	/* capitalized, a clinical acronym's letters may be a name's
	 * ("Msa"); in capitals, what a word of the tables or the lexicon
	 * says wins */
	if ((w->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_MONTH |
	    D_DATECUE | D_UNIT | D_STREET | D_SUBJVERB | D_SPEECH |
	    D_PARTICLE)) || ((w->flags & W_UPPER) && ((w->dflags &
	    ~(uint64_t)(D_FIRST | D_LAST | D_COMMONLAST | D_FEMALE)) ||
	    word_lexicon(t, s, k))))
		return 0;
	return add_span(s, w->start, w->end, DETECT_NAME, -1);
}

static int
scan_words_after_names(const char *t, struct detect_scratch *s)
{
	size_t nsp = s->nspans, len = s->text_len;
	int r;

	for (size_t x = 0; x < nsp; x++) {
		size_t b = s->spans[x].end, k;
		unsigned char c;

		if (!is_name_span(&s->spans[x]) || b + 2 > len || t[b] != ' ' ||
		    !(((c = (unsigned char)t[b + 1]) >= 'A' && c <= 'Z') ||
		    c >= 0xc0) || (k = word_at(s, b + 1)) >= s->nwords ||
		    s->words[k].start != b + 1 || word_taken(s, k) ||
		    !(s->words[k].flags & (W_CAP | W_UPPER)))
			continue;
		r = s->words[k].end == b + 2 ? initial_after_name(t, s, b, k) :
		    word_between_names(t, s, k);
		if (r < 0)
			return r;
	}
	return 0;
}

/* The shapes above, in the order each needs the others' spans: a
 * heading's name before its "(Prénom)", a name before its comma. */
int
scan_shape_names(const char *t, struct detect_scratch *s)
{
	int r;

	/* The title words, once for the four rules that start at one: a
	 * store a word and no branch, where each rule's walk tested the bit
	 * of every word. */
	s->ntwords = 0;
	if (comment_has(s, 0, D_TITLE)) {
		/* (in locals: stored through s, the count and the words were
		 * reloaded at every word; speed23c) */
		const struct detect_word *w = s->words;
		size_t n = s->nwords, nt = 0, *tw = s->twords;

		/* Only the words whose class byte has WCB_RELTITLE (a
		 * superset of D_TITLE, the D_SPLITT words scan_split_names
		 * made titles among them), sixteen bytes a step: a comment
		 * has a title or two, where the walk of every word cost
		 * some five instructions a word (speed30c). */
		for (size_t i = wcls_find(s, 0, WCB_RELTITLE, 0); i < n;
		    i = wcls_find(s, i + 1, WCB_RELTITLE, 0)) {
			tw[nt] = i;
			nt += (w[i].dflags & D_TITLE) != 0;
		}
		s->ntwords = nt;
	}
	if ((r = scan_heading_names(t, s)) != 0 ||
	    (r = scan_lower_titles(t, s)) != 0 ||
	    (r = scan_lower_short_names(t, s)) != 0 ||
	    (r = scan_title_notnames(t, s)) != 0 ||
	    (r = scan_patient_born(t, s)) != 0 ||
	    (r = scan_age_names(t, s)) != 0 ||
	    (r = scan_after_names(t, s)) != 0 ||
	    (r = scan_subject_names(t, s)) != 0 ||
	    (((detect_no_gates | ((s->text_bytes & (TB_PAREN | TB_DQUOTE |
	    TB_XAB)) != 0)) & comment_has(s, W_CAP, 0)) &&
	    (r = scan_wrapped_subjects(t, s)) != 0) ||
	    (((s->text_bytes & TB_AT) != 0 || detect_no_gates) &&
	    has_span_kind(s, DETECT_BIT(DETECT_EMAIL)) &&
	    (r = scan_email_names(t, s)) != 0) ||
	    (r = scan_alias_names(t, s)) != 0 ||
	    (((detect_no_gates | ((s->text_bytes & TB_PAREN) != 0)) &
	    has_span_kind(s, DETECT_BIT(DETECT_NAME))) &&
	    (r = scan_nickname_beside_name(t, s)) != 0) ||
	    (r = scan_signatures(t, s)) != 0 ||
	    (r = scan_closing_surnames(t, s)) != 0 ||
	    ((comment_has(s, 0, D_FEWCUE) & comment_has(s, 0, D_FIRST)) &&
	    (r = scan_particle_first_names(t, s)) != 0) ||
	    (comment_has(s, 0, D_FEWCUE) && comment_has(s, W_CAP, 0) &&
	    (r = scan_thi_names(t, s)) != 0) ||
	    (((s->ntwords > 0) & has_span_kind(s, DETECT_BIT(DETECT_NAME))) &&
	    (r = scan_title_acronym_firsts(t, s)) != 0) ||
	    (comment_has(s, W_DIGIT, D_FEWCUE) &&
	    (r = scan_counted_names(t, s)) != 0) ||
	    (comment_has(s, W_UPPER, D_RELATIVE) &&
	    (r = scan_relative_caps_names(t, s)) != 0) ||
	    (((detect_no_gates | ((s->text_bytes & TB_PAREN) != 0)) &
	    comment_has(s, 0, D_FIRST) &
	    comment_has(s, 0, D_RELATIVE | D_RELATION)) &&
	    (r = scan_relative_paren_firsts(t, s)) != 0) ||
	    ((comment_has(s, W_UPPER, D_TITLE) &
	    has_span_kind(s, DETECT_BIT(DETECT_NAME))) &&
	    (detect_no_gates || (s->text_bytes & TB_COMMA) != 0) &&
	    (r = scan_comma_subject_firsts(t, s)) != 0) ||
	    ((comment_has(s, W_UPPER, 0) & comment_has(s, W_CAP, 0) &
	    has_span_kind(s, DETECT_BIT(DETECT_NAME))) &&
	    (r = scan_caps_then_first(t, s)) != 0) ||
	    (((s->name_mask != 0) & comment_has(s, W_UPPER, 0)) &&
	    (r = scan_short_name_heads(t, s)) != 0) ||
	    (has_span_kind(s, DETECT_BIT(DETECT_NAME)) &&
	    (detect_no_gates || (s->text_bytes & TB_HYPHEN) != 0) &&
	    (r = scan_first_initial_heads(t, s)) != 0) ||
	    (has_span_kind(s, DETECT_BIT(DETECT_NAME)) &&
	    (r = scan_words_after_names(t, s)) != 0))
		return r;
	return 0;
}
