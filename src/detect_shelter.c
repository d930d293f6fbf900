/*
 * detect_shelter.c - where a person without a home sleeps, named by the
 * shelter and the road or the name it belongs to (dev18, twenty-first
 * pass, issue 10): "dort au squat de la rue Mollien", "tous du
 * campement du Virval", "dort sous le pont de la rocade est".
 *
 * detect_addr.c's living_place takes a thing of the town and its
 * capitalized name after a residence word ("dort sous le pont de la
 * Guillotière"); it leaves a shelter named by a street in lower case
 * ("pont de la rocade est") and a camp or a squat with no residence word
 * before it.  Here: a shelter's noun (detect_shelter_nouns: D_SHELTER,
 * moved to W_SHELTER by tokenize), then "de", "du", "des" or "d'" (and
 * "la", "l'", "le", "les"), then either a street's word (D_STREET: "rue",
 * "rocade", "avenue") and the words of its name up to the clause's end
 * (four at most), or capitalized words (the camp's or the squat's own
 * name).  A squat, a camp or a shanty town is where people live by its
 * noun; a bridge, a footbridge, an interchange or a tent only after a
 * residence word (D_RESIDE: "dort", "vit", "logé") and the small words
 * between (living_place's: "sous le", "dans une"): "pont de Varole"
 * (anatomy), "tente à oxygène", "squat de la jambe" (no name) stay.
 * The span opens at "sous" before the article when a road names the
 * bridge ("sous le pont de la rocade est": the place is under it).
 */
#include "detect_int.h"

/* The shelters (folded); the first six are named as where people live
 * by their noun alone (shelter_strong). */
const char *const detect_shelter_nouns[] = {
	"squat", "squats", "campement", "campements", "bidonville",
	"bidonvilles", "pont", "passerelle", "echangeur", "tente", NULL,
};

static int
shelter_strong(const struct detect_scratch *s, size_t i)
{
	const char *f = wf(s, &s->words[i]);

	return f[0] != 'p' && f[0] != 'e' && f[0] != 't';
}

/* Between words k and k + 1: one space, or an apostrophe ("d'"). */
static int
shelter_gap(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k].end, b = s->words[k + 1].start;

	return b == a + 1 && (t[a] == ' ' || t[a] == '\'');
}

static const char *const shelter_des[] = {
	"de", "du", "des", "d", NULL,
};
static uint64_t shelter_des_filter;	/* shelter_inf */
static const char *const shelter_articles[] = {
	"la", "l", "le", "les", NULL,
};
static uint64_t shelter_articles_filter;	/* shelter_inf */
/* the small words between a residence word and the shelter */
static const char *const shelter_fillers[] = {
	"sous", "sur", "dans", "a", "au", "aux", "pres", "le", "la", "les",
	"l", "un", "une", "sa", "son", "en", "derriere", "devant", "du", NULL,
};
static uint64_t shelter_fillers_filter;	/* shelter_inf */

static int
shelter_in(const struct detect_scratch *s, size_t k, const char *const *list)
{
	return !(s->words[k].flags & (W_CAP | W_DIGIT)) &&
	    in_list(list, wf(s, &s->words[k]), s->words[k].fold_len);
}

/* shelter_in of a list that has a filter beside it (NAME_filter, a static
 * uint64_t): a word whose hash's bit is not in it is in no list, without
 * the list's walk (list_filter_pass; speed31g). */
#define shelter_inf(s, i, list) \
	(list_filter_pass((list), &list##_filter, (s)->words[i].fhash) && \
	shelter_in((s), (i), (list)))

/* The complement after the shelter at word i: its end byte, 0 if none. */
static size_t
shelter_complement(const char *t, const struct detect_scratch *s, size_t i,
    int *street)
{
	size_t k = i + 1, n = 0;

	if (k >= s->nwords || !shelter_gap(t, s, i) ||
	    !shelter_inf(s, k, shelter_des))
		return 0;
	k++;
	if (k < s->nwords && shelter_gap(t, s, k - 1) &&
	    shelter_inf(s, k, shelter_articles))
		k++;
	if (k >= s->nwords || !shelter_gap(t, s, k - 1) || word_taken(s, k))
		return 0;
	if (s->words[k].dflags & D_STREET) {
		/* the street's name: words of letters one space apart */
		size_t e = k;

		*street = 1;
		while (e + 1 < s->nwords && n < 4 && shelter_gap(t, s, e) &&
		    t[s->words[e].end] == ' ' &&
		    !(s->words[e + 1].flags & W_DIGIT) &&
		    !word_taken(s, e + 1)) {
			e++;
			n++;
		}
		return n == 0 ? 0 : s->words[e].end;
	}
	if (!(s->words[k].flags & W_CAP) || (s->words[k].dflags & D_TITLE))
		return 0;
	while (k + 1 < s->nwords && (s->words[k + 1].flags & W_CAP) &&
	    !(s->words[k + 1].flags & W_DIGIT) && shelter_gap(t, s, k) &&
	    t[s->words[k].end] == ' ' && n < 3) {
		k++;
		n++;
	}
	return s->words[k].end;
}

/* A residence word before the shelter at word i, only fillers between;
 * *open gets the first byte of the span ("sous" if it opens them). */
static int
shelter_resided(const char *t, const struct detect_scratch *s, size_t i,
    size_t *open, int street)
{
	size_t k = i;

	while (k > 0 && i - k < 4 && shelter_gap(t, s, k - 1) &&
	    shelter_inf(s, k - 1, shelter_fillers))
		k--;
	if (k == 0 || k == i || !shelter_gap(t, s, k - 1) ||
	    !(s->words[k - 1].dflags & D_RESIDE))
		return 0;
	/* under a bridge of a road: "sous" says where (a bridge with a name
	 * of its own is living_place's, from the bridge) */
	if (street && word_is(s, k, "sous"))
		*open = s->words[k].start;
	return 1;
}

/* (detect_run's gate: addresses asked, a shelter's noun.)  0 or
 * -ENOMEM. */
int
scan_shelters(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i < s->nwords; i++) {
		size_t e, open;
		int r, street = 0;

		if (!(s->words[i].flags & W_SHELTER) || word_taken(s, i))
			continue;
		open = s->words[i].start;
		if ((e = shelter_complement(t, s, i, &street)) == 0 ||
		    (!shelter_strong(s, i) && !shelter_resided(t, s, i, &open,
		    street)))
			continue;
		/* a span there already: left as it is (add_address would
		 * walk every span to absorb it) */
		if (overlaps(s, open, e))
			continue;
		if ((r = add_address(s, open, e)) < 0)
			return r;
	}
	return 0;
}
