/*
 * detect_record.c - the fields of a record typed as KEY=VALUE in a note
 * (dev18, twenty-first pass, issue 10): "NOM_NAISSANCE=KARLSSON ;
 * NOM_USAGE=LEHMANN ; PRENOM=INGRID ; CP=67500 ; VILLE=HAGUENAU", an
 * export's line pasted from an identity system.  The keys are the
 * records' of detect_addr.c (keyed_values: the JSON, XML and web
 * address forms of the same fields); the value is a name's or a place's
 * whatever its words, as there.
 */
#include "detect_int.h"

/* A key starts the text or follows a field's separator. */
static int
record_key_start(const char *t, size_t a)
{
	return a == 0 || t[a - 1] == ' ' || t[a - 1] == ';' ||
	    t[a - 1] == '|' || t[a - 1] == ',' || t[a - 1] == '\t' ||
	    t[a - 1] == '\n' || t[a - 1] == '(';
}

/* Each '=' after a key of keyed_values (letters and '_', at most 24
 * bytes, after a separator), no space before it: the value after it, up
 * to ';', '|', ',', '&', a tab or a line's end, 60 bytes at most (a
 * field, not a sentence), trimmed; added by add_keyed_value (a name's
 * value holds no digit, a placeholder stays).  Other keys ("IPP=",
 * "DDN=", "TA=12") stay for the rules of their values.  (detect_run's
 * gate: names or addresses asked, an '=' in the text.) */
int
scan_equal_records(const char *t, size_t len, struct detect_scratch *s,
    int names, int places)
{
	const char *q = t, *end = t + len;
	int r;

	while ((q = memchr(q, '=', (size_t)(end - q))) != NULL) {
		size_t b = (size_t)(q - t), a = b, v, w;
		int kind;

		q++;
		while (a > 0 && b - a < 24 && (((t[a - 1] | 0x20) >= 'a' &&
		    (t[a - 1] | 0x20) <= 'z') || t[a - 1] == '_'))
			a--;
		if (a == b || !record_key_start(t, a) ||
		    (kind = keyed_kind(t, a, b)) == 0)
			continue;
		for (w = v = b + 1; w < len && w - v <= 60 && t[w] != ';' &&
		    t[w] != '|' && t[w] != ',' && t[w] != '&' && t[w] != '\t' &&
		    t[w] != '\n' && t[w] != '='; w++)
			;
		if (w - v > 60 || (w < len && t[w] == '='))
			continue;
		if ((r = add_keyed_value(t, s, v, w, kind, names, places)) < 0)
			return r;
		q = t + w;
	}
	return 0;
}
