/*
 * detect_spelled.c - a name spelled letter by letter (dev19a,
 * twenty-second pass, issue 10): "L'interprète épelle : « G-U-E-Y-E,
 * Fatou Bintou »", "nom épelé G U E Y E", "M. D.U.P.O.N.T".
 *
 * At an identity desk, on the phone or through an interpreter, a name is
 * spelled: capitals alone, one sign between them (a hyphen, a dot, a
 * space, an underscore), the same sign all along.  detect_name.c's
 * scan_spelled_name_tails takes the rest of such a run when a title's
 * rule took its first letter; a run after a spelling verb, or beside
 * the given names it spells the surname of, no rule read.  Here: a run
 * of four capitals or more, each one letter, one sign between, nothing
 * alphanumeric glued at either end, is a name after a spelling verb
 * (spell_cues, among the four words before), after a title, or (a
 * hyphen, a space or an underscore between its letters: dotted capitals
 * are acronyms, "S.A.M.U.") right beside a name found (", Fatou").
 * "V I H" and "T.S." have three letters or fewer; "bilan A-B-C-D" has
 * no cue and no name beside it.
 */
#include "detect_int.h"

/* The verbs and nouns of spelling (folded), and "s'écrit". */
static const char *const spell_cues[] = {
	"epelle", "epellent", "epeler", "epele", "epelee", "epeles",
	"epelees", "epelez", "epelons", "epelant", "epellation",
	"orthographe", "ecrit", "ecrivent", NULL,
};
static uint64_t spell_cues_filter;	/* word_in_filtered_list */

/* Word i is one capital, ASCII. */
static int
spelled_letter(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->end - w->start == 1 && t[w->start] >= 'A' &&
	    t[w->start] <= 'Z';
}

/* A spelling cue among the four words before word i. */
static int
spell_cue_before(const struct detect_scratch *s, size_t i)
{
	for (size_t k = i; k > 0 && i - k < 4; k--)
		if (word_in_filtered_list(s, &s->words[k - 1], spell_cues))
			return 1;
	return 0;
}

/* The word before i or the word after e (", " or " " between) is a
 * name's. */
static int
spelled_beside_name(const char *t, const struct detect_scratch *s, size_t i,
    size_t e)
{
	size_t a = s->words[e].end;

	if (i > 0 && s->words[i].start == s->words[i - 1].end + 1 &&
	    t[s->words[i - 1].end] == ' ' && is_name_span(span_of(s, i - 1)))
		return 1;
	if (e + 1 >= s->nwords)
		return 0;
	if (t[a] == ',')
		a++;
	return t[a] == ' ' && s->words[e + 1].start == a + 1 &&
	    is_name_span(span_of(s, e + 1));
}

/* (detect_run's gate: names asked, a capital alone before a sign and a
 * capital, W_SPACED or W_ACRO.)  0 or -ENOMEM. */
int
scan_spelled_names(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 3 < s->nwords; i++) {
		size_t k, e, a, b;
		char sep;
		int r, cue, taken = 0;

		if (!(s->words[i].flags & (W_SPACED | W_ACRO)) ||
		    !spelled_letter(t, s, i) || (sep = t[s->words[i].end]) == 0 ||
		    (sep != '-' && sep != '.' && sep != ' ' && sep != '_'))
			continue;
		a = s->words[i].start;
		/* nothing glued before: "AG-U-E" is no run */
		if (a > 0 && (is_alnum_byte(t[a - 1]) || (i > 0 &&
		    s->words[i - 1].end + 1 == a && t[a - 1] == sep &&
		    spelled_letter(t, s, i - 1))))
			continue;
		for (k = i + 1; k < s->nwords; k++)
			if (s->words[k].start != s->words[k - 1].end + 1 ||
			    t[s->words[k].start - 1] != sep ||
			    !spelled_letter(t, s, k))
				break;
		e = k - 1;
		b = s->words[e].end;
		if (sep == '.' && b < s->text_len && t[b] == '.')
			b++;
		if (e < i + 3 || (b < s->text_len && (is_alnum_byte(t[b]) ||
		    (t[b] == sep && sep != ' ' && b + 1 < s->text_len &&
		    is_alnum_byte(t[b + 1]))))) {
			i = e;
			continue;
		}
		cue = spell_cue_before(s, i) || (i > 0 && is_title_word(s, i - 1)) ||
		    (sep != '.' && spelled_beside_name(t, s, i, e));
		for (size_t j = i; j <= e; j++) {
			const struct detect_span *sp = span_of(s, j);

			if (word_taken(s, j) && !is_name_span(sp))
				cue = 0;
			taken |= word_taken(s, j);
		}
		if (!cue) {
			i = e;
			continue;
		}
		if (!taken) {
			if ((r = add_span(s, a, s->words[e].end, DETECT_NAME,
			    -1)) < 0)
				return r;
		} else {
			for (size_t j = i; j <= e; j++)
				if (!word_taken(s, j) && (r = add_span(s,
				    s->words[j].start, s->words[j].end,
				    DETECT_NAME, -1)) < 0)
					return r;
		}
		i = e;
	}
	return 0;
}

/* names39: word k is one capital of ASCII, alone. */
static int
lone_capital(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return w->end == w->start + 1 && t[w->start] >= 'A' &&
	    t[w->start] <= 'Z';
}

/* names39: two initials written with a space or a hyphen and no dot
 * beside a name found, one space between ("vu avec A V Dupont", "Mme
 * Dupont A V", "A-V Dupont"): the given names' initials (a compound
 * given name's, "Anne-Victoire"), one span.  The pair only: three
 * capitals or more so are a spelled name's (scan_spelled_names) or an
 * acronym's; nothing glued after the second.  (detect_run's gate: names
 * asked, a name found, a capital alone a space or a hyphen from a
 * capital, W_SPACED.)  0 or -ENOMEM. */
int
scan_spaced_initials(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		const struct detect_word *a = &s->words[i], *v;
		char sep;
		int r, beside;

		if (!(a->flags & W_SPACED) || !lone_capital(t, s, i))
			continue;
		sep = t[a->end];
		v = &s->words[i + 1];
		if ((sep != ' ' && sep != '-') || v->start != a->end + 1 ||
		    !lone_capital(t, s, i + 1) || word_taken(s, i) ||
		    word_taken(s, i + 1) || (v->end < s->text_len &&
		    is_alnum_byte(t[v->end])))
			continue;
		/* a run of three letters or more: not a pair */
		if ((i > 0 && s->words[i - 1].end + 1 == a->start &&
		    lone_capital(t, s, i - 1)) || (i + 2 < s->nwords &&
		    s->words[i + 2].start == v->end + 1 && t[v->end] == sep &&
		    lone_capital(t, s, i + 2)))
			continue;
		beside = (i + 2 < s->nwords && s->words[i + 2].start ==
		    v->end + 1 && t[v->end] == ' ' &&
		    (s->words[i + 2].flags & (W_CAP | W_UPPER)) &&
		    is_name_span(span_of(s, i + 2))) || (i > 0 &&
		    s->words[i - 1].end + 1 == a->start &&
		    t[a->start - 1] == ' ' && is_name_span(span_of(s, i - 1)));
		if (!beside)
			continue;
		if ((r = add_span(s, a->start, v->end, DETECT_INITIAL, -1)) < 0)
			return r;
		i++;
	}
	return 0;
}

/*
 * A name dictated letter by letter the French or the NATO way (recall25):
 * "D comme Denis, U comme Ursule, P comme Pierre, O comme Oscar, N comme
 * Nicolas, T comme Thérèse", "épelé D comme Delta U comme Uniform P comme
 * Papa".  On the phone, at a desk, through an interpreter, a name is
 * dictated as letters each with a word that starts with it; the words
 * are first names or the alphabet's code words, which the name rules
 * took one by one or not at all ("Denis", "Ursule", but not "Pierre",
 * "Oscar" nor the letters), and the letters spell the name.  Here: three
 * units or more of a letter alone (either case, ASCII), "comme", and a
 * capitalized word that starts with that letter, each unit one to four
 * bytes of spaces, commas, semicolons, hyphens or slashes from the next:
 * the run is a name (one span, or its letters and words that no span
 * holds).  And the name the letters spell, a word of the comment that
 * folds to them ("... soit DUPONT", "nom : Dupont, D comme Denis..."),
 * is a name too.  "vitamine D comme prévu" (one unit, a word in lower
 * case), "groupe A comme Avant, B comme Bien" (two units), "D comme
 * Denis, U comme Zoé" (a word of another letter) stay.  (detect_run's
 * gate: names asked, a capitalized word and "comme", a word of
 * dictated_cue_words, D_BIRTHCUE: a walk over the words of every comment
 * with a capital cost 1.0 M instructions a pass, a memmem of "comme "
 * 1.5 M.)  0 or -ENOMEM.
 */

/* The word of a dictated spelling's unit (D_BIRTHCUE, with the dictated
 * comma's "virgule": the comment's union only, the gate of
 * scan_dictated_spellings). */
const char *const dictated_cue_words[] = {
	"comme",
	/* the words that say a spelling follows ("épelle D de Denis, U de
	 * Ursule...", "orthographe : D pour Denis..."; recall26) */
	"epelle", "epeler", "epellation", "orthographe",
	NULL,
};

/* The code words of the radio's alphabet (NATO's, folded), which a
 * spelling without "comme" reads ("D Delta U Uniform P Papa"). */
static const char *const radio_alphabet[] = {
	"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
	"golf", "hotel", "india", "juliett", "juliet", "kilo", "lima", "mike",
	"november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
	"uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu",
	NULL,
};
static uint64_t radio_alphabet_filter;	/* word_in_listf */

/* Word i opens a unit: one ASCII letter, a link ("comme", "de",
 * "pour") or none, then a capitalized word (no digit) whose fold starts
 * with the letter, one space between each: "D comme Denis", "D de
 * Denis", "D pour Denis", "D Delta" (a radio's alphabet without its
 * link, recall26).  Returns the words of the unit (3, or 2 without a
 * link), or 0. */
static size_t
dictated_unit(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *l = &s->words[i], *w;
	size_t k = i + 1;
	int link = 0;
	char c;

	if (i + 1 >= s->nwords || l->end - l->start != 1)
		return 0;
	c = t[l->start];
	if (c >= 'A' && c <= 'Z')
		c = (char)(c + 32);
	if (c < 'a' || c > 'z' || s->words[k].start != l->end + 1 ||
	    t[l->end] != ' ')
		return 0;
	if (word_is(s, k, "comme") || word_is(s, k, "de") ||
	    word_is(s, k, "pour")) {
		if (k + 1 >= s->nwords || (s->words[k].flags &
		    (W_CAP | W_UPPER)))
			return 0;
		k++;
		link = 1;
	}
	w = &s->words[k];
	if (!(w->start == s->words[k - 1].end + 1 && t[w->start - 1] == ' ' &&
	    (w->flags & (W_CAP | W_UPPER)) && !(w->flags & W_DIGIT) &&
	    w->fold_len >= 2 && wf(s, w)[0] == c))
		return 0;
	/* without a link, a word of the radio's alphabet, a first name of
	 * the lists (not an ambiguous one) or no lexicon word ("D Delta",
	 * "P Pierre"; "A Avril B Bien C Calme" stays) */
	if (!link && !word_in_listf(s, k, radio_alphabet) &&
	    !(word_has(s, k, D_FIRST) && !word_has(s, k, D_AMBIG)) &&
	    word_lexicon(t, s, k))
		return 0;
	return k - i + 1;
}

/* Between words a and b: one to four bytes of ' ', ',', ';', '-', '/'. */
static int
dictated_gap(const char *t, const struct detect_scratch *s, size_t a,
    size_t b)
{
	size_t p = s->words[a].end, q = s->words[b].start;

	if (q <= p || q - p > 4)
		return 0;
	for (; p < q; p++)
		if (t[p] != ' ' && t[p] != ',' && t[p] != ';' && t[p] != '-' &&
		    t[p] != '/')
			return 0;
	return 1;
}

/* The words of [a, b] no span holds, each a name span ("comme" apart). */
static int
dictated_take(struct detect_scratch *s, size_t a, size_t b)
{
	int r;

	if (!overlaps(s, s->words[a].start, s->words[b].end))
		return add_span(s, s->words[a].start, s->words[b].end,
		    DETECT_NAME, -1) < 0 ? -ENOMEM : 0;
	for (size_t j = a; j <= b; j++)
		if (!word_taken(s, j) && !word_is(s, j, "comme") &&
		    !word_is(s, j, "de") && !word_is(s, j, "pour") &&
		    (r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	return 0;
}

/* The words the letters of a spelling may name (review29b): the indexes
 * of the words of two to 32 bytes folded, no digit, sorted by their fold
 * and then by their place, so that each spelling finds its words by a
 * binary search, not a walk of the comment (a comment of 60000 spellings
 * walked its 600000 words 60000 times: quadratic, 7 s for 720 KB). */
struct spelled_index {
	uint32_t	*w;		/* word indexes, sorted */
	uint8_t		*done;		/* done[lo]: range lo's fold searched */
	size_t		n;
};

static int
spelled_cmp(const void *a, const void *b, void *arg)
{
	const struct detect_scratch *s = arg;
	const struct detect_word *x = &s->words[*(const uint32_t *)a];
	const struct detect_word *y = &s->words[*(const uint32_t *)b];
	int c;

	if (x->fold_len != y->fold_len)
		return x->fold_len < y->fold_len ? -1 : 1;
	if ((c = memcmp(wf(s, x), wf(s, y), x->fold_len)) != 0)
		return c;
	return x < y ? -1 : x > y;
}

/* The index's arrays: the scratch's (ops34: a malloc and a calloc per
 * comment of a spelling before), grown to DETECT_SPELLED_KEEP words at
 * most; a comment of more words has arrays of its own, freed after it
 * (spelled_index_free). */
static int
spelled_index_make(struct detect_scratch *s, struct spelled_index *ix)
{
	size_t need = s->nwords + 1;

	ix->n = 0;
	if (need <= DETECT_SPELLED_KEEP) {
		if (s->spelled_cap < need) {
			size_t cap = s->spelled_cap ? s->spelled_cap : 64;
			uint32_t *w;
			uint8_t *d;

			while (cap < need)
				cap *= 2;
			if (cap > DETECT_SPELLED_KEEP)
				cap = DETECT_SPELLED_KEEP;
			if ((w = realloc(s->spelled_w, cap * sizeof(*w))) == NULL)
				return -ENOMEM;
			s->spelled_w = w;
			if ((d = realloc(s->spelled_done, cap)) == NULL)
				return -ENOMEM;
			s->spelled_done = d;
			s->spelled_cap = cap;
		}
		ix->w = s->spelled_w;
		ix->done = s->spelled_done;
		memset(ix->done, 0, need);
	} else {
		ix->w = malloc(need * sizeof(*ix->w));
		ix->done = calloc(need, 1);
		if (ix->w == NULL || ix->done == NULL) {
			/* (both, or the caller's test of ix->w would leave
			 * done behind: review30) */
			free(ix->w);
			free(ix->done);
			ix->w = NULL;
			ix->done = NULL;
			return -ENOMEM;
		}
	}
	for (size_t k = 0; k < s->nwords; k++)
		if (s->words[k].fold_len >= 2 && s->words[k].fold_len <= 32 &&
		    !(s->words[k].flags & W_DIGIT))
			ix->w[ix->n++] = (uint32_t)k;
	qsort_r(ix->w, ix->n, sizeof(*ix->w), spelled_cmp, (void *)s);
	return 0;
}

/* The first entry of ix whose fold is not below letters[0, n). */
static size_t
spelled_lower(const struct detect_scratch *s, const struct spelled_index *ix,
    const char *letters, size_t n)
{
	size_t lo = 0, hi = ix->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct detect_word *w = &s->words[ix->w[mid]];
		int c = w->fold_len != n ? (w->fold_len < n ? -1 : 1) :
		    memcmp(wf(s, w), letters, n);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The name the letters spell (n of them), a word of the comment outside
 * the spelling's words [a, b] that folds to them and no span holds: a
 * name.  A fold searched before is not searched again: its words are
 * taken, by that search or by its spelling's dictated_take ("comme" apart,
 * which dictated_take leaves: searched each time). */
static int
spelled_name_take(struct detect_scratch *s, struct spelled_index *ix,
    const char *letters, size_t n, size_t a, size_t b)
{
	size_t lo = spelled_lower(s, ix, letters, n);
	int r;

	if (lo >= ix->n || ix->done[lo] || s->words[ix->w[lo]].fold_len != n ||
	    memcmp(wf(s, &s->words[ix->w[lo]]), letters, n) != 0)
		return 0;	/* searched, or no word of that fold */
	if (n != 5 || memcmp(letters, "comme", 5) != 0)
		ix->done[lo] = 1;
	for (size_t x = lo; x < ix->n; x++) {
		size_t k = ix->w[x];
		const struct detect_word *w = &s->words[k];

		if (w->fold_len != n || memcmp(wf(s, w), letters, n) != 0)
			break;
		if ((k >= a && k <= b) || word_taken(s, k))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

int
scan_dictated_spellings(const char *t, struct detect_scratch *s)
{
	struct spelled_index ix = { NULL, NULL, 0 };
	char letters[32];
	int r = 0;

	/* three units at least: "D comme Dé, U comme Us, P comme Pi" */
	if (s->text_len < 18 || s->nwords < 6)
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j = i, n = 0, u, e;

		/* the first test inline: a one-byte word */
		if (s->words[i].end - s->words[i].start != 1 ||
		    (u = dictated_unit(t, s, i)) == 0)
			continue;
		for (;;) {
			e = j + u - 1;	/* the unit's word */
			if (n < sizeof(letters))
				letters[n] = wf(s, &s->words[e])[0];
			n++;
			if (e + 2 < s->nwords && dictated_gap(t, s, e, e + 1) &&
			    (u = dictated_unit(t, s, e + 1)) != 0)
				j = e + 1;
			else
				break;
		}
		if (n < 3) {
			i = e;
			continue;
		}
		if ((r = dictated_take(s, i, e)) < 0)
			break;
		/* the name the letters spell, elsewhere in the comment */
		if (n <= sizeof(letters)) {
			if (ix.w == NULL && (r = spelled_index_make(s, &ix)) < 0)
				break;
			if ((r = spelled_name_take(s, &ix, letters, n, i,
			    e)) < 0)
				break;
		}
		i = e;
	}
	if (ix.w != s->spelled_w) {	/* made for this comment alone */
		free(ix.w);
		free(ix.done);
	}
	return r < 0 ? r : 0;
}
