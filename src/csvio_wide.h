/*
 * The body of csvio.c's one-pass line splitter for one vector width,
 * included once per width (csvio.c defines the WIDE_* macros before each
 * inclusion: the function's name and attribute, the vector type and its
 * load, splat, compare, or and byte mask).  Not a header of its own: it
 * belongs to csvio.c.
 */
/*
 * next_plain_line in one pass, WIDE_BYTES bytes at a time: one mask of the
 * bytes that matter (delimiter, LF, CR, quote, NUL), then a look at each of
 * those alone (mostly delimiters), and whether every byte is ASCII on the
 * way; quoted fields on one line are taken too.  The records and errors are
 * those of the general path (test_csvio checks both on the same inputs): 0
 * sends anything else there (a quote inside a field, a stray CR, a NUL, a
 * line end inside quotes, fewer than WIDE_BYTES bytes left).
 */
WIDE_ATTR static int
WIDE_FN(char delim, const char *p, size_t n, struct csvio_record *rec,
    long *used)
{
	const WIDE_VEC vd = WIDE_SET1(delim), vq = WIDE_SET1(CSVIO_QUOTE),
	    vz = WIDE_SET1(0), vcr = WIDE_SET1('\r'), vlf = WIDE_SET1('\n');
	struct csvio_field *f = rec->fields;
	size_t i = 0, at, fstart = 0, end, nf = rec->nfields;
	unsigned high = 0, hb, m;
	int high_known = 1;

	/* Fields are pushed through f[nf] and counted in rec at the end:
	 * room for a block's WIDE_BYTES and the last is made first. */
#define PUSH(s, len, q) do { f[nf].raw = (s); f[nf].raw_len = (len); \
	f[nf++].quoted = (q); } while (0)
 WIDE_BLOCK:
	while (i + WIDE_BYTES <= n) {
		WIDE_VEC v = WIDE_LOAD(p + i);

		m = WIDE_MASK(WIDE_OR(WIDE_OR(WIDE_EQ(v, vd), WIDE_EQ(v, vlf)),
		    WIDE_OR(WIDE_OR(WIDE_EQ(v, vq), WIDE_EQ(v, vz)),
		    WIDE_EQ(v, vcr))));
		hb = WIDE_MASK(v);
		while (rec->cap - nf < WIDE_BYTES + 2) {
			rec->nfields = nf;
			if (record_grow(rec) != 0)
				return -ENOMEM;
			f = rec->fields;
		}
		for (; m != 0; m &= m - 1) {
			at = i + (size_t)__builtin_ctz(m);
			if (p[at] == delim) {
				PUSH(p + fstart, at - fstart, 0);
				fstart = at + 1;
				continue;
			}
			if (p[at] == CSVIO_QUOTE && at == fstart) {
				if ((end = quoted_end(delim, p, n, at)) == 0)
					return 0;
				PUSH(p + at, end - at, 1);
				rec->nfields = nf;
				/* Bytes inside quotes are checked by the caller,
				 * all of the record's. */
				high = 1;
				rec->high = NULL;
				high_known = 0;
				i = fstart = end + (p[end] == delim);
				if (p[end] == delim)
					goto WIDE_BLOCK;
				at = end;	/* the line end after the quote */
				if (p[at] == '\r' && (at + 1 == n || p[at + 1] != '\n'))
					return 0;
				at += p[at] == '\r';
				return line_done(rec, p, at, used);
			}
			/* A CR only right before the line's LF. */
			if (p[at] == '\r' && at + 1 < n && p[at + 1] == '\n')
				continue;
			if (p[at] != '\n')
				return 0;	/* quote, NUL, stray CR */
			hb &= (1u << (at - i)) - 1;
			if (hb != 0 && high_known)
				note_high(rec, p + i, hb);
			high |= hb;
			end = at - (at > fstart && p[at - 1] == '\r');
			PUSH(p + fstart, end - fstart, 0);
			rec->nfields = nf;
			rec->ascii = high == 0;
			return line_done(rec, p, at, used);
		}
		if (hb != 0 && high_known)
			note_high(rec, p + i, hb);
		high |= hb;
		i += WIDE_BYTES;
	}
#undef PUSH
	return 0;
}

#undef WIDE_FN
#undef WIDE_BLOCK
#undef WIDE_BYTES
#undef WIDE_ATTR
#undef WIDE_VEC
#undef WIDE_LOAD
#undef WIDE_SET1
#undef WIDE_EQ
#undef WIDE_OR
#undef WIDE_MASK
