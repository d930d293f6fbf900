/*
 * detect_apos.c - a surname's part after an apostrophe inside it
 * (dev18, twenty-first pass, issue 10): "Mme Prud'homme Annie", "Julie
 * Prud'homme", "M. Aujourd'hui".  The tokenizer cuts the surname at the
 * apostrophe; the name rules take "Prud" and leave "'homme", a word of
 * the language in lower case.  A name span that ends right before an
 * apostrophe (' or U+2019), whose last word is capitalized and three
 * letters or more (not an elision: "d'", "l'", "Jusqu'"), followed by
 * two to eight lower-case letters and no letter after: the span takes
 * them.  "O'Brien", "N'Diaye", "Dell'Acqua" (a capital after the
 * apostrophe) are whole names already.
 */
#include "detect_int.h"

/* Elided words of three letters or more, written with a capital at a
 * sentence's start ("Jusqu'ici", "Lorsqu'il", "Quelqu'un"). */
static const char *const apos_elisions[] = {
	"jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", NULL,
};

/* t[a, e) is an elided word of apos_elisions, any case. */
static int
apos_elided(const char *t, size_t a, size_t e)
{
	char f[8];

	if (e - a >= sizeof(f))
		return 0;
	for (size_t b = a; b < e; b++)
		f[b - a] = (char)(t[b] >= 'A' && t[b] <= 'Z' ? t[b] | 0x20 :
		    t[b]);
	return in_list(apos_elisions, f, e - a);
}

/* (detect_run's gate: a name span.)  0. */
int
scan_name_apostrophe_tails(const char *t, struct detect_scratch *s)
{
	size_t len = s->text_len;

	for (size_t k = 0; k < s->nspans; k++) {
		struct detect_span *sp = &s->spans[k];
		size_t e = sp->end, a, f, w;

		if (sp->kind != DETECT_NAME || (a = apostrophe_len(t, len, e)) == 0 ||
		    e == sp->start)
			continue;
		/* lower-case letters (ASCII, or the bytes of an accented
		 * one), then no letter */
		for (f = e + a; f < len && f - (e + a) <= 8 &&
		    ((t[f] >= 'a' && t[f] <= 'z') ||
		    (unsigned char)t[f] >= 0x80); f++)
			;
		if (f - (e + a) < 2 || f - (e + a) > 8 ||
		    (f < len && is_alnum_byte(t[f])) || overlaps(s, e, f))
			continue;
		/* the word (the tokenizer may hold "Prud'homme" whole)
		 * opens with a capital, three bytes at least before the
		 * apostrophe, no elision */
		for (w = word_at(s, sp->start); w + 1 < s->nwords &&
		    s->words[w + 1].start < e; w++)
			;
		if (w >= s->nwords || !(s->words[w].flags & W_CAP) ||
		    s->words[w].start < sp->start || e - s->words[w].start < 3 ||
		    apos_elided(t, s->words[w].start, e))
			continue;
		take_bytes(s, e, f);
		sp->end = f;
		mark_words(s, k);
	}
	return 0;
}
