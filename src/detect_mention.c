/* Names where a chat mention or a file's name puts them (issue 10;
 * docs/scrub.md "dev27", from heldout27's dev half): a name after '@'
 * in a mention ("@Nzinga tu peux faxer"), and a name inside a file's
 * name, its parts split by '_', '-' or '.' read as words
 * ("CR_Virtanen_07122025.pdf").  Both were left raw: the mention's '@'
 * and the file's '_' stood where no name rule looks.  Ordinary words
 * (`@tous`, `@Pharmacie`, `CR_Bilan_2023.pdf`) and acronyms stay. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "detect_int.h"

/* How many parts of a file's name are read back from its extension. */
#define FILE_PARTS	8

/* Word i may be a name where a mention or a file's name puts it: a name
 * of the lists, or a capitalized word (or one in capitals) no
 * dictionary has, no commune and no acronym; a word in lower case only when the
 * lists have it and no lexicon does. */
static int
placed_name_word(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if ((w->flags & W_DIGIT) || w->nchars < 3 || word_taken(s, i) ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_MONTH |
	    D_CLINICAL | D_EPONYM | D_STREET | D_UNIT | D_TERM | D_PLACE)) ||
	    single_commune(s, i))
		return 0;
	if (!(w->flags & (W_CAP | W_UPPER)))
		return (w->dflags & (D_FIRST | D_LAST)) != 0 &&
		    !word_lexicon(t, s, i);
	if ((w->dflags & (D_FIRST | D_LAST)) &&
	    !(w->dflags & D_AMBIG))
		return 1;
	return !word_lexicon(t, s, i) && !dict_keep_has(w->fhash) &&
	    !acronym_shape(t, s, i);
}

/* "@Nzinga tu peux faxer", "merci @Kiala !": the word glued after an
 * '@' that starts the text or follows a space or a bracket (an e-mail's
 * '@' follows its user), when placed_name_word takes it, with the next
 * word when it is one too and glued by a space ("@Marie Kiala")
 * (detect_run's gate: '@'). */
int
scan_chat_mentions(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i < s->nwords; i++) {
		size_t a = s->words[i].start, e = i;

		if (a == 0 || t[a - 1] != '@' ||
		    (a >= 2 && !util_in_set(" \t\n([,;", t[a - 2])))
			continue;
		if (!placed_name_word(t, s, i))
			continue;
		if (i + 1 < s->nwords && s->words[i].end + 1 ==
		    s->words[i + 1].start && t[s->words[i].end] == ' ' &&
		    (s->words[i + 1].flags & (W_CAP | W_UPPER)) &&
		    (s->words[i + 1].dflags & (D_FIRST | D_LAST)) &&
		    placed_name_word(t, s, i + 1))
			e = i + 1;
		if (add_span(s, a, s->words[e].end, DETECT_NAME, -1) < 0)
			return -ENOMEM;
		i = e;
	}
	return 0;
}

/* The extensions of a file sent with a record. */
static const char *const file_exts[] = {
	"pdf", "doc", "docx", "odt", "rtf", "txt", "jpg", "jpeg", "png",
	"tif", "tiff", "heic", "xls", "xlsx", "ods", "csv", "msg", "eml",
	"zip", "dcm", NULL,
};

/* "CR_Virtanen_07122025.pdf": a capitalized part no dictionary has
 * (scan_file_names, detect_namecue.c, takes the names of the lists in
 * any case, and reads no unknown word).  From a file's
 * extension (a known one after a '.' glued to the word before), back
 * over the parts glued by one '_', '-' or '.', at most FILE_PARTS: each
 * part placed_name_word takes is a name (a date or a number is left to
 * the rules of its kind) (detect_run's gate: '_' or '-'). */
int
scan_file_name_caps(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i < s->nwords; i++) {
		size_t a = s->words[i].start, k, n;
		int under = 0;

		if (t[a - 1] != '.' || s->words[i - 1].end + 1 != a ||
		    (s->words[i].flags & W_DIGIT) ||
		    !in_list(file_exts, wf(s, &s->words[i]),
		    s->words[i].fold_len))
			continue;
		/* the parts before the extension: k the first */
		for (k = i - 1, n = 0; k > 0 && n < FILE_PARTS; k--, n++) {
			size_t b = s->words[k - 1].end;

			if (b + 1 != s->words[k].start ||
			    !util_in_set("_-.", t[b]))
				break;
			under |= t[b] == '_';
		}
		/* one part alone is a word with an extension, not a name
		 * ("rapport.pdf"); a name written with '-' alone between
		 * is the hyphen rules' ("courrier-dupont.docx") unless '_'
		 * says a file's name */
		if (k + 1 < i && under) {
			for (size_t j = k; j < i; j++) {
				if (!(s->words[j].flags & (W_CAP | W_UPPER)) ||
				    !placed_name_word(t, s, j))
					continue;
				if (add_span(s, s->words[j].start,
				    s->words[j].end, DETECT_NAME, -1) < 0)
					return -ENOMEM;
			}
		}
	}
	return 0;
}
