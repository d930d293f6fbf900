/* Recall first (scrub: mode = recall): after every other detector, what is
 * not known to be safe goes; and the measurement units the date detectors
 * also read.  docs/scrub.md. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"

/* ---- recall first (scrub: mode = recall) ---- */

/* Units that make the number before them a measurement: "1 000 mg",
 * "12500 /mm3", "30000 UI". */
static const char *const measure_units[] = {
	"mg", "g", "kg", "ug", "mcg", "ng", "pg", "ml", "l", "dl", "cl", "ul",
	"mmol", "umol", "nmol", "mol", "\xc2\xb5mol", "\xce\xbcmol",
	"\xc2\xb5g", "\xce\xbcg", "meq", "mosm", "ui", "u", "mui", "kui",
	"mmhg", "cmh2o", "cm", "mm", "mm3", "m", "km", "h", "min", "s", "j",
	"jours", "jour", "mois", "ans", "an", "semaines", "sa", "bpm", "kcal",
	"cp", "cps", "gel", "amp", "gouttes", "fois", "x", "giga", "g/l",
	"elements", "cellules", "copies", "pas", "metres", "calories", NULL,
};
static uint64_t measure_units_filter;	/* word_in_filtered_list */

int
is_measure_unit(const char *w, size_t n)
{
	return in_list(measure_units, w, n);
}

/* Is the digit word i a measurement: a unit, '%' or '°' right after it,
 * a decimal or a fraction written with it? */
static int
recall_measure(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t e = w->end;

	if (e < len && (t[e] == '%' || (unsigned char)t[e] == 0xc2))
		return 1;	/* "%", "°C" (U+00B0 starts with 0xc2) */
	if (e + 1 < len && (t[e] == ',' || t[e] == '.' || t[e] == '/') &&
	    util_is_digit(t[e + 1]))
		return 1;	/* "12,5", "130/80" */
	if (w->start > 0 && (t[w->start - 1] == ',' || t[w->start - 1] == '.' ||
	    t[w->start - 1] == '/'))
		return 1;
	if (i + 1 < s->nwords && s->words[i + 1].start - e <= 1) {
		const struct detect_word *u = &s->words[i + 1];

		if (word_in_filtered_list(s, u, measure_units))
			return 1;
	}
	return 0;
}

/* A clinical token glued to its digits ("HbA1c", "SpO2", "mm3"): the
 * folded letters and digits of the run around word i, looked up whole in
 * the two tables above.  Only for a word glued to another. */
static int
recall_glued_clinical(const struct detect_scratch *s, size_t i)
{
	char run[24];
	size_t a = i, b = i, n = 0;

	while (a > 0 && s->words[a - 1].end == s->words[a].start)
		a--;
	while (b + 1 < s->nwords && s->words[b + 1].start == s->words[b].end)
		b++;
	if (a == b)
		return 0;
	for (size_t k = a; k <= b; k++) {
		const struct detect_word *w = &s->words[k];

		if (n + w->fold_len >= sizeof(run))
			return 0;
		memcpy(run + n, wf(s, w), w->fold_len);
		n += w->fold_len;
	}
	run[n] = '\0';
	return (dict_flags_hashed(run, n, hash(run, n)) & D_CLINICAL) ||
	    in_list(measure_units, run, n);
}

/* Endings of clinical words the lexicon lacks, folded: inflammations,
 * conditions, blood and urine levels, procedures ("pyélonéphrite",
 * "kaliémie", "cholécystectomie", "coronarographie").  No name of the
 * lists has them; a word that is one stays a name. */
static const char *const clinical_endings[] = {
	"ite", "ites", "ose", "oses", "emie", "emies", "algie", "algies",
	"ectomie", "otomie", "ostomie", "plastie", "scopie", "graphie",
	"pathie", "pathies", "penie", "cytose", "iase", NULL,
};

static int
ends_with(const char *w, size_t n, const char *end)
{
	size_t m = strlen(end);

	return n > m && memcmp(w + n - m, end, m) == 0;
}

/* A word the lexicon lacks but is made of one (recall mode only, and
 * not for a word written as a name: "Bartholomé", "Hippolyte"): a
 * participle or adjective in -é, -ée, -és, -ées of a noun in -e it has
 * ("hémolysé" of "hémolyse", "dosée" of "dose"), or a clinical word by
 * its ending, seven letters at least. */
static int
recall_derived_word(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const participle[] = {
		"\xc3\xa9" "es", "\xc3\xa9" "e", "\xc3\xa9" "s", "\xc3\xa9",
		"\xc3\x89" "ES", "\xc3\x89" "E", "\xc3\x89" "S", "\xc3\x89",
		"ees", "ee", "es", NULL,
	};
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w), *word = t + w->start;
	size_t n = w->end - w->start;
	char stem[72];

	if (w->dflags & (D_FIRST | D_LAST))
		return 0;
	if (w->nchars >= 7)
		for (size_t k = 0; clinical_endings[k] != NULL; k++)
			if (ends_with(f, w->fold_len, clinical_endings[k]))
				return 1;
	for (size_t k = 0; participle[k] != NULL; k++) {
		size_t m = strlen(participle[k]);

		if (n <= m + 2 || n - m + 1 > sizeof(stem) ||
		    memcmp(word + n - m, participle[k], m) != 0)
			continue;
		memcpy(stem, word, n - m);
		stem[n - m] = 'e';
		return lexicon_has(stem, n - m + 1);
	}
	return 0;
}

/* Word i is joined to a name: a name span, an initial ("L. BLANC") or a
 * capitalized word no list knows, which this pass takes ("Identité :
 * Blanc Wojciech"). */
static int
recall_beside_name(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t side[4] = { across_particles(t, s, i, -1),
	    across_particles(t, s, i, 1),
	    i > 0 && joined(t, s, i - 1) ? i - 1 : NO_WORD,
	    i + 1 < s->nwords && joined(t, s, i) ? i + 1 : NO_WORD };

	for (int k = 0; k < 4; k++) {
		size_t j = side[k];

		if (j != NO_WORD && (is_name_span(span_of(s, j)) ||
		    is_initial(s, j) || unknown_capitalized(t, s, j)))
			return 1;
	}
	return 0;
}

/* Words after which a capitalized word is a drug: "sous Genvoya",
 * "relais par Topalgic", "traitée par Leponex", "arrêt du Deroxat",
 * "refuse son Orocal", "n'a pas pris son Spasfon", "Traitement : Smecta",
 * "Renouvellement Coversyl" (folded; a pair is "word next"). */
static const char *const drug_cues[] = {
	"sous", "renouvellement", "traitement", "ordonnance", "prescription",
	"relais par", "traite par", "traitee par", "arret du", "arret de",
	"refuse son", "refuse sa", "pris son", "pris sa", "introduction de",
	"introduction du", NULL,
};
static uint64_t drug_cues_filter;	/* word_in_filtered_list */

/* Word i, no word of the lexicon, is a drug by where it stands (recall
 * mode; brand names are in no dictionary Debian ships): after a cue
 * above, or before a dose or a posology ("Kardégic 75", "Skenan LP 30",
 * "Ogast 1 cp", "Primpéran si douleur", "Lantus 18UI"). */
static int
recall_drug_context(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *n;
	char pair[48];

	if (s->words[i].dflags & (D_FIRST | D_LAST))
		return 0;
	if (i > 0 && word_in_filtered_list(s, &s->words[i - 1], drug_cues))
		return 1;
	if (i > 1) {
		const struct detect_word *a = &s->words[i - 2], *b = &s->words[i - 1];

		if (a->fold_len + b->fold_len + 2 < sizeof(pair)) {
			memcpy(pair, wf(s, a), a->fold_len);
			pair[a->fold_len] = ' ';
			memcpy(pair + a->fold_len + 1, wf(s, b), b->fold_len);
			if (in_list(drug_cues, pair, a->fold_len + 1 + b->fold_len))
				return 1;
		}
	}
	if (i + 1 >= s->nwords || s->words[i + 1].start != s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ')
		return 0;
	n = &s->words[i + 1];
	if (word_is(s, i + 1, "lp") || word_is(s, i + 1, "si") ||
	    word_is(s, i + 1, "cp"))
		return 1;
	/* a dose: digits, then a unit or a posology, or the end of an item */
	if (!(n->flags & W_DIGIT) || n->end - n->start > 4 || t[n->start] == '0')
		return 0;	/* "Tiago 07/60/36/55/78" is a phone */
	if (i + 2 >= s->nwords)
		return 1;
	if (s->words[i + 2].start == n->end || word_is(s, i + 2, "cp") ||
	    word_in_filtered_list(s, &s->words[i + 2], measure_units))
		return 1;	/* "18UI", "1 cp", "20 mg" */
	return util_in_set(",;.)/", t[n->end]);	/* "Kardégic 75," */
}

/* The folded word f (n bytes, ASCII) is one slip away from an ordinary
 * word: a letter too many ("rappelle" typed "rapellle"), two letters
 * swapped, a letter not doubled ("rapelle", "rapelé") or a vowel left out
 * ("demin").  No letter changed for another: "manex" is not "manie".
 * Six letters at least ("linh" is one letter from "lin", "pieri" from
 * "péri"). */
static int
lexicon_slip(const char *f, size_t n)
{
	static const char vowels[] = "aeiou";
	char b[48];

	if (n < 6 || n + 2 > sizeof(b))
		return 0;
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)f[k] >= 0x80 || !(f[k] >= 'a' && f[k] <= 'z'))
			return 0;
	for (size_t k = 0; k < n; k++) {	/* a letter too many */
		memcpy(b, f, k);
		memcpy(b + k, f + k + 1, n - k - 1);
		if (lexicon_has(b, n - 1))
			return 1;
	}
	for (size_t k = 0; k + 1 < n; k++) {	/* two swapped */
		if (f[k] == f[k + 1])
			continue;
		memcpy(b, f, n);
		b[k] = f[k + 1];
		b[k + 1] = f[k];
		if (lexicon_has(b, n))
			return 1;
	}
	for (size_t k = 0; k <= n; k++) {	/* a letter left out */
		memcpy(b, f, k);
		memcpy(b + k + 1, f + k, n - k);
		if (k > 0 && !util_in_set(vowels, f[k - 1])) {
			b[k] = f[k - 1];	/* not doubled */
			if (lexicon_has(b, n + 1))
				return 1;
		}
		for (const char *v = vowels; *v != '\0'; v++) {
			b[k] = *v;
			if (lexicon_has(b, n + 1))
				return 1;
		}
	}
	return 0;
}

/* The folded word f is an elided pronoun or article glued to an
 * ordinary word of three letters or more that starts with a consonant,
 * as text messages write them: "jpeu" (j'peux), "lhopital", "jsuis". */
static int
glued_elision(const char *f, size_t n)
{
	return n >= 4 && util_in_set("jlmnstdc", f[0]) &&
	    !util_in_set("aeiouyh", f[1]) && lexicon_has(f + 1, n - 1);
}

/* Word i, in lower case, is an ordinary word typed with a slip (recall
 * mode: "rapelle", "jpeu"), not a name: no name of the lists. */
static int
recall_slip(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if ((w->flags & (W_CAP | W_UPPER)) || (w->dflags & (D_FIRST | D_LAST)))
		return 0;
	return lexicon_slip(wf(s, w), w->fold_len) ||
	    glued_elision(wf(s, w), w->fold_len);
}

/* Word i has no vowel ("VDRL", "BMR", "svp", "tjrs", "pdt"): an
 * abbreviation, which no name is (folded: accents off; "y" is a vowel:
 * "Ly").  Two letters at least. */
static int
no_vowel(const struct detect_scratch *s, size_t i)
{
	const char *f = wf(s, &s->words[i]);
	size_t n = s->words[i].fold_len;

	if (n < 2)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (util_in_set("aeiouy", f[k]) || (unsigned char)f[k] >= 0x80)
			return 0;
	return 1;
}

/* The two first letters of the folded word f start a name's syllable in
 * one of the languages of the name lists: a vowel, or a consonant and a
 * vowel, or a pair that names start with ("Bl", "Ch", "Ph", "Tr",
 * Vietnamese "Ng", "Nh", West African "Mb", "Nd", "Dj", "Kp", Comorian
 * "Mz", "Ms", Chinese "Zh", Tamil "Sr").  "MGEN", "NPAI", "TPHA", "SSA",
 * "CNI" start with none: acronyms. */
static int
name_onset(const char *f, size_t n)
{
	static const char *const onsets[] = {
		"bh", "bl", "br", "ch", "cl", "cr", "dh", "dj", "dr", "dz",
		"fl", "fr", "gb", "gh", "gl", "gn", "gr", "gw", "kh", "kl",
		"kp", "kr", "kw", "mb", "mc", "md", "mk", "mn", "ms", "mt",
		"mz", "nd", "ng", "nh", "nj", "nk", "nt", "ny", "nz", "ph",
		"pl", "pr", "ps", "rh", "sc", "sh", "sk", "sl", "sm", "sn",
		"sp", "sr", "st", "sv", "sw", "sz", "th", "tj", "tr", "ts",
		"tz", "vl", "vr", "wr", "zh", "zw", NULL,
	};

	if (n < 2 || util_in_set("aeiouy", f[0]) ||
	    util_in_set("aeiouy", f[1]))
		return 1;
	return in_list(onsets, f, 2);
}

/* Word i is written as an acronym, not a name: no vowel ("VDRL",
 * "BMR", "svp"); two to five capitals that no name starts so ("MGEN",
 * "NPAI", "TPHA", "CSAPA"; "WANG", "NGO", "MZE" may be names); capitals
 * after the first letter ("CeGIDD"; not "McDonald", one); a Roman
 * numeral ("III").  Also read by the name shapes (detect_shape.c). */
int
acronym_shape(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *p = t + w->start, *f = wf(s, w);
	size_t caps = 0;

	if (no_vowel(s, i))
		return 1;
	if (w->flags & W_UPPER) {
		for (size_t k = 0; k < w->fold_len; k++)
			if (f[k] != 'i' && f[k] != 'v' && f[k] != 'x')
				return w->nchars <= 5 && !name_onset(f, w->fold_len);
		return 1;	/* "NYHA III", "stade IV" */
	}
	for (size_t k = 1; k < w->end - w->start; k++)
		caps += p[k] >= 'A' && p[k] <= 'Z';
	return caps >= 2;
}

/* An acronym for recall first: never a name of the lists ("LY",
 * "DIOP") nor the subject of a verb ("YAYA A BIEN MANGÉ"). */
static int
recall_acronym(const char *t, const struct detect_scratch *s, size_t i)
{
	if ((s->words[i].dflags & (D_FIRST | D_LAST)) || subject_follows(t, s, i))
		return 0;
	return acronym_shape(t, s, i);
}

/* Word i is joined to a name found or an initial, or alone in
 * parentheses right after one ("RIEGERT (ORSU)"; not a place, "Dr
 * Casanova (Ajaccio)"): an acronym or a slip there is a name.  Not to an unknown word (which recall_beside_name
 * counts): "NYHA III", "Bilan : AAN, anti-SSA". */
static int
recall_beside_found(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t side[2] = { across_particles(t, s, i, -1),
	    across_particles(t, s, i, 1) };

	for (int k = 0; k < 2; k++)
		if (side[k] != NO_WORD && (is_name_span(span_of(s, side[k])) ||
		    is_initial(s, side[k])))
			return 1;
	return i > 0 && !dict_keep_has(s->words[i].fhash) &&
	    in_parentheses(t, s, i) &&
	    s->words[i].start - s->words[i - 1].end <= 3 &&
	    is_name_span(span_of(s, i - 1));
}

/* Word i, a place of the keep lists, is part of an address: beside a
 * number of five digits ("97300 Cayenne", "CAYENNE 97300") or right
 * after an address found ("rue des Lilas, Kourou"): recall first takes
 * it there, as the city of a postcode. */
static int
recall_in_address(const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp;

	if (i > 0 && (s->words[i - 1].flags & W_DIGIT) &&
	    s->words[i - 1].nchars == 5)
		return 1;
	if (i + 1 < s->nwords && (s->words[i + 1].flags & W_DIGIT) &&
	    s->words[i + 1].nchars == 5)
		return 1;
	return i > 0 && (sp = span_of(s, i - 1)) != NULL &&
	    sp->kind == DETECT_ADDRESS;
}

/* Word i names the town of a hospital: "CHU de Brest", "hôpital de
 * Lannion", "clinique de Lorient" (where care was given, not where the
 * patient lives; recall mode). */
static int
recall_hospital_town(const struct detect_scratch *s, size_t i)
{
	return i >= 2 && (word_is(s, i - 1, "de") || word_is(s, i - 1, "d")) &&
	    (word_is(s, i - 2, "chu") || word_is(s, i - 2, "ch") ||
	    word_is(s, i - 2, "chr") || word_is(s, i - 2, "chi") ||
	    word_is(s, i - 2, "hopital") || word_is(s, i - 2, "clinique") ||
	    word_is(s, i - 2, "polyclinique") ||
	    word_is(s, i - 2, "hospitalier"));
}

/* The digit word i is a lot number: "lot 4417", "lot n° 184127512345699",
 * "n° de lot 1234567" (a drug's or a device's, not a person's). */
static int
recall_lot_number(const struct detect_scratch *s, size_t i)
{
	for (size_t k = i, back = 0; k > 0 && back < 3; k--, back++)
		if (word_is(s, k - 1, "lot"))
			return 1;
		else if (!word_is(s, k - 1, "n") && !word_is(s, k - 1, "no") &&
		    !word_is(s, k - 1, "numero") && !word_is(s, k - 1, "de"))
			return 0;
	return 0;
}

/*
 * Recall first, as Philter does: after every other detector, what is not
 * known to be safe goes.  A word of letters that is no ordinary French
 * word (the wfrench lexicon, lower-cased with its accents), no word of
 * the detectors' tables (titles, months, street words, particles, the
 * sensitive lexicon's words, eponyms) and no clinical abbreviation above,
 * becomes [NOM]; a run of five digits or more that is no measurement
 * becomes [ID].  docs/scrub.md measures what it costs in precision.
 */
/* A word of the English medical dictionary (hunspell-en-med: eponyms,
 * drugs' brand names, clinical words) that no name list has: "Kernig",
 * "Homans", "Lachman", "Xanax", "Lucentis", "Vicryl", "stent".  A name of
 * the lists ("Weber", "Murphy", "Roux", "Petit") is decided as before,
 * and so is any word beside a name found (scan_recall), and a word glued
 * to digits, directly or by '-', '/', '_': a part of a code ("arrêté
 * n° 2026-PREF-0912": "PREF" is an acronym of the dictionary), and a
 * city beside its postcode ("Cayenne 97300": a pepper too). */
static int
recall_medical(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t a = w->start, e = w->end;

	if (w->nchars < 3 || (w->dflags & (D_FIRST | D_LAST)) ||
	    recall_in_address(s, i))
		return 0;
	if ((a >= 1 && util_is_digit(t[a - 1])) || (a >= 2 &&
	    util_in_set("-/_", t[a - 1]) && util_is_digit(t[a - 2])) ||
	    (e < len && util_is_digit(t[e])) || (e + 1 < len &&
	    util_in_set("-/_", t[e]) && util_is_digit(t[e + 1])))
		return 0;
	return medical_has(w->fhash);
}

int
scan_recall(const char *t, size_t len, struct detect_scratch *s)
{
	const uint64_t safe = D_TITLE | D_MONTH | D_STREET | D_PARTICLE |
	    D_NOTNAME | D_RELATIVE | D_UNIT | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_EPONYM | D_CLINICAL;
	int r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if (w->flags & W_DIGIT) {
			if (w->end - w->start < 5 || recall_measure(t, len, s, i) ||
			    recall_lot_number(s, i))
				continue;
			if ((r = add_span(s, w->start, w->end, DETECT_ID, -1)) < 0)
				return r;
			continue;
		}
		if (w->nchars <= 1 || (w->dflags & safe) ||
		    eponym_position(t, s, i) || after_saint(s, i) ||
		    word_in_filtered_list(s, w, measure_units) ||
		    recall_glued_clinical(s, i))
			continue;
		/* An ordinary word stays, unless it is a name of the lists
		 * used as one: written as a name ("Patiente Blanc vue",
		 * "Rose PETIT"), joined to a name ("L. ROCHER"), or a first
		 * name as the subject of a verb ("Jean dit", "Blanche a").
		 * At the start of a sentence otherwise it is the word
		 * ("Petit appétit", "Masse abdominale", "Prudence à la
		 * mobilisation", "Marine nationale"). */
		if (word_lexicon(t, s, i)) {
			if (!(w->flags & (W_CAP | W_UPPER)) ||
			    !(w->dflags & (D_FIRST | D_LAST)))
				continue;
			/* "Appel", "Gros": only beside a name */
			if ((w->dflags & D_WEAK) && !weak_beside(t, s, i))
				continue;
			if (!written_as_name(t, s, i) &&
			    !recall_beside_name(t, s, i) &&
			    !((w->dflags & D_FIRST) && (subject_follows(t, s, i) ||
			    in_parentheses(t, s, i))))
				continue;
		} else if ((!written_as_name(t, s, i) &&
		    recall_derived_word(t, s, i)) || recall_drug_context(t, s, i) ||
		    recall_hospital_town(s, i) || (((dict_keep_has(w->fhash) &&
		    !recall_in_address(s, i)) ||
		    recall_acronym(t, s, i) || recall_slip(s, i) ||
		    recall_medical(t, len, s, i)) && !recall_beside_found(t, s, i)))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}
