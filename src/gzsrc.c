/* Random access into gzip sources, after zlib's examples/zran.c. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "gzsrc.h"
#include "util.h"

#define GZ_CHUNK	(64u << 10)	/* compressed bytes read at once */
#define MODE_GZIP	31		/* inflateInit2: a gzip header */
#define MODE_RAW	(-15)		/* inflateInit2: raw deflate */

struct gz_point {
	off_t		 out;		/* decompressed offset */
	off_t		 in;		/* compressed offset of the next byte */
	int		 bits;		/* bits of the byte before `in` still unread */
	unsigned	 dict;		/* bytes of window */
	unsigned char	*window;	/* the output before `out` */
};

struct gzsrc_index {
	struct gz_point	*pts;
	size_t		 n, cap;
	off_t		 span;
	size_t		 max_points;
	int		 complete;	/* points up to the end of the data */
};

struct gzsrc {
	int		 fd;
	z_stream	 strm;
	int		 strm_ready;	/* inflateInit2 done */
	int		 valid;		/* strm stands at decompressed `pos` */
	int		 raw;		/* restarted inside a member: raw deflate */
	int		 at_end;	/* no data after `pos` */
	int		 in_eof;	/* no compressed bytes after in_off */
	off_t		 pos;
	off_t		 in_off;	/* compressed offset of the next pread */
	off_t		 history;	/* decompressed offset the history starts at */
	size_t		 ring_pos;	/* next write in ring */
	struct gzsrc_index *own;	/* recorded by this reader */
	int		 own_taken;
	const struct gzsrc_index *use;	/* complete index to restart from */
	unsigned char	 in[GZ_CHUNK];
	unsigned char	 ring[GZSRC_WINDOW];	/* the last 32 KiB of output */
};

int
gzsrc_detect(int fd)
{
	unsigned char magic[3];
	ssize_t n;

	if ((n = util_pread(fd, magic, sizeof(magic), 0)) < 0)
		return (int)n;
	return n == 3 && magic[0] == 0x1f && magic[1] == 0x8b && magic[2] == 8;
}

int
gzsrc_open(int fd, struct gzsrc **out)
{
	struct gzsrc *g;

	if ((g = calloc(1, sizeof(*g))) == NULL)
		return -ENOMEM;
	if ((g->own = calloc(1, sizeof(*g->own))) == NULL) {
		free(g);
		return -ENOMEM;
	}
	g->own->span = GZSRC_SPAN;
	g->own->max_points = GZSRC_MAX_POINTS;
	g->fd = fd;
	*out = g;
	return 0;
}

static void
point_free(struct gz_point *p)
{
	/* Windows are decompressed source bytes: raw cells. */
	explicit_bzero(p->window, p->dict);
	free(p->window);
}

void
gzsrc_index_free(struct gzsrc_index *idx)
{
	if (idx == NULL)
		return;
	for (size_t i = 0; i < idx->n; i++)
		point_free(&idx->pts[i]);
	free(idx->pts);
	free(idx);
}

size_t
gzsrc_index_points(const struct gzsrc_index *idx)
{
	return idx ? idx->n : 0;
}

size_t
gzsrc_index_bytes(const struct gzsrc_index *idx)
{
	size_t n = 0;

	if (idx == NULL)
		return 0;
	for (size_t i = 0; i < idx->n; i++)
		n += sizeof(idx->pts[i]) + idx->pts[i].dict;
	return n + sizeof(*idx);
}

void
gzsrc_close(struct gzsrc *g)
{
	if (g == NULL)
		return;
	if (g->strm_ready)
		inflateEnd(&g->strm);
	if (!g->own_taken)
		gzsrc_index_free(g->own);
	explicit_bzero(g->ring, sizeof(g->ring));
	explicit_bzero(g->in, sizeof(g->in));
	free(g);
}

struct gzsrc_index *
gzsrc_take_index(struct gzsrc *g)
{
	if (g->own == NULL || g->own_taken || !g->own->complete)
		return NULL;
	g->own_taken = 1;
	g->use = g->own;
	return g->own;
}

void
gzsrc_tune(struct gzsrc *g, off_t span, size_t max_points)
{
	if (g->own != NULL && g->own->n == 0) {
		g->own->span = span;
		g->own->max_points = max_points < 2 ? 2 : max_points;
	}
}

void
gzsrc_use_index(struct gzsrc *g, const struct gzsrc_index *idx)
{
	if (idx == NULL || g->use == idx)
		return;
	if (!g->own_taken)
		gzsrc_index_free(g->own);
	g->own = NULL;
	g->own_taken = 0;
	g->use = idx;
}

/* Drop every other point (never the first) and double the span: memory
 * stays under GZSRC_MAX_POINTS windows whatever the file's size. */
static void
thin(struct gzsrc_index *idx)
{
	size_t keep = 0;

	for (size_t i = 0; i < idx->n; i++) {
		if (i % 2 == 0)
			idx->pts[keep++] = idx->pts[i];
		else
			point_free(&idx->pts[i]);
	}
	idx->n = keep;
	idx->span *= 2;
}

/* An access point here: the decoder is at a block boundary. */
static int
add_point(struct gzsrc *g)
{
	struct gzsrc_index *idx = g->own;
	struct gz_point *p;
	off_t hist = g->pos - g->history;
	size_t dict = hist > (off_t)GZSRC_WINDOW ? GZSRC_WINDOW : (size_t)hist;
	size_t tail;

	if (idx->n >= idx->max_points)
		thin(idx);
	if (idx->n == idx->cap) {
		size_t cap = idx->cap ? idx->cap * 2 : 16;
		struct gz_point *pts = realloc(idx->pts, cap * sizeof(*pts));
		if (pts == NULL)
			return -ENOMEM;
		idx->pts = pts;
		idx->cap = cap;
	}
	p = &idx->pts[idx->n];
	p->out = g->pos;
	p->in = g->in_off - (off_t)g->strm.avail_in;
	p->bits = g->strm.data_type & 7;
	p->dict = (unsigned)dict;
	if ((p->window = malloc(dict ? dict : 1)) == NULL)
		return -ENOMEM;
	/* The last `dict` bytes of the ring, which wraps at ring_pos. */
	tail = dict < g->ring_pos ? dict : g->ring_pos;
	memcpy(p->window + dict - tail, g->ring + g->ring_pos - tail, tail);
	memcpy(p->window, g->ring + GZSRC_WINDOW - (dict - tail), dict - tail);
	idx->n++;
	return 0;
}

static int
want_point(const struct gzsrc *g)
{
	const struct gzsrc_index *idx = g->own;

	if (idx == NULL || g->own_taken || idx->complete)
		return 0;
	/* End of a header or of a block that is not the last. */
	if ((g->strm.data_type & 0xc0) != 0x80)
		return 0;
	if (idx->n == 0)
		return 1;
	return g->pos > idx->pts[idx->n - 1].out &&
	    g->pos - idx->pts[idx->n - 1].out >= idx->span;
}

static int
refill(struct gzsrc *g)
{
	ssize_t n;

	if (g->strm.avail_in > 0 || g->in_eof)
		return 0;
	if ((n = util_pread(g->fd, g->in, sizeof(g->in), g->in_off)) < 0)
		return (int)n;
	if (n == 0)
		g->in_eof = 1;
	g->in_off += n;
	g->strm.next_in = g->in;
	g->strm.avail_in = (uInt)n;
	return 0;
}

static int
reset_stream(struct gzsrc *g, int mode)
{
	if (!g->strm_ready) {
		memset(&g->strm, 0, sizeof(g->strm));
		if (inflateInit2(&g->strm, mode) != Z_OK)
			return -ENOMEM;
		g->strm_ready = 1;
		return 0;
	}
	return inflateReset2(&g->strm, mode) == Z_OK ? 0 : -EIO;
}

/* Back to the start of the data. */
static int
restart_at_zero(struct gzsrc *g)
{
	int r;

	g->valid = 0;
	if ((r = reset_stream(g, MODE_GZIP)) != 0)
		return r;
	g->strm.avail_in = 0;
	g->in_off = 0;
	g->in_eof = 0;
	g->pos = g->history = 0;
	g->ring_pos = 0;
	g->raw = 0;
	g->at_end = 0;
	g->valid = 1;
	return 0;
}

/* At an access point: raw deflate, primed with the bits of the byte the
 * block starts in and with the window before it. */
static int
restart_at(struct gzsrc *g, const struct gz_point *p, const char **what)
{
	unsigned char ch = 0;
	ssize_t n;
	int r;

	g->valid = 0;
	if ((r = reset_stream(g, MODE_RAW)) != 0)
		return r;
	g->strm.avail_in = 0;
	g->in_eof = 0;
	g->in_off = p->in;
	if (p->bits) {
		if ((n = util_pread(g->fd, &ch, 1, p->in - 1)) != 1) {
			*what = "the gzip data is truncated";
			return n < 0 ? (int)n : -EIO;
		}
		if (inflatePrime(&g->strm, p->bits, ch >> (8 - p->bits)) != Z_OK)
			return -EIO;
	}
	if (p->dict && inflateSetDictionary(&g->strm, p->window, p->dict) != Z_OK)
		return -EIO;
	memcpy(g->ring, p->window, p->dict);
	g->ring_pos = p->dict % GZSRC_WINDOW;
	g->pos = p->out;
	g->history = p->out - p->dict;
	g->raw = 1;
	g->at_end = 0;
	g->valid = 1;
	return 0;
}

/* Stand at or before off, as close as the points allow. */
static int
seek_to(struct gzsrc *g, off_t off, const char **what)
{
	const struct gzsrc_index *idx = g->use ? g->use : g->own;
	const struct gz_point *best = NULL;
	size_t lo = 0, hi;

	if (idx != NULL && idx->n > 0) {
		hi = idx->n;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (idx->pts[mid].out <= off)
				lo = mid;
			else
				hi = mid;
		}
		if (idx->pts[lo].out <= off)
			best = &idx->pts[lo];
	}
	/* Going on is cheaper than a restart behind where we stand. */
	if (g->valid && g->pos <= off && (best == NULL || g->pos >= best->out))
		return 0;
	if (best == NULL || best->out == 0)
		return restart_at_zero(g);
	return restart_at(g, best, what);
}

/* The end of a member: skip a raw restart's trailer, then another member
 * or the end of the data. */
static int
member_end(struct gzsrc *g, const char **what)
{
	int r;

	if (g->raw) {
		for (unsigned skip = 8; skip > 0; ) {
			if ((r = refill(g)) != 0)
				return r;
			if (g->strm.avail_in == 0) {
				*what = "the gzip data is truncated";
				return -EIO;
			}
			unsigned take = g->strm.avail_in < skip ? g->strm.avail_in : skip;
			g->strm.next_in += take;
			g->strm.avail_in -= take;
			skip -= take;
		}
	}
	if ((r = refill(g)) != 0)
		return r;
	if (g->strm.avail_in == 0) {
		g->at_end = 1;
		if (g->own != NULL && !g->own_taken)
			g->own->complete = 1;
		return 0;
	}
	/* Another member (gzip -c a b > c): its header is checked, and its
	 * CRC at its end. */
	if (inflateReset2(&g->strm, MODE_GZIP) != Z_OK)
		return -EIO;
	g->raw = 0;
	g->history = g->pos;
	return 0;
}

/* Inflate from pos up to off + n, copying what falls in [off, off + n). */
static ssize_t
advance(struct gzsrc *g, unsigned char *buf, size_t n, off_t off,
    const char **what)
{
	size_t got = 0;
	int flush, ret, r;

	while (!g->at_end && g->pos < off + (off_t)n) {
		off_t want = off + (off_t)n - g->pos;
		size_t room = GZSRC_WINDOW - g->ring_pos, made;
		unsigned char *start = g->ring + g->ring_pos;

		if ((r = refill(g)) != 0)
			return r;
		g->strm.next_out = start;
		g->strm.avail_out = (uInt)(want < (off_t)room ? (size_t)want : room);
		made = g->strm.avail_out;
		flush = g->own != NULL && !g->own_taken && !g->own->complete ?
		    Z_BLOCK : Z_NO_FLUSH;
		ret = inflate(&g->strm, flush);
		made -= g->strm.avail_out;
		if (ret == Z_MEM_ERROR)
			return -ENOMEM;
		if (ret == Z_NEED_DICT || ret == Z_DATA_ERROR ||
		    ret == Z_STREAM_ERROR) {
			*what = "the gzip data is corrupt";
			return -EIO;
		}
		if (ret == Z_BUF_ERROR && g->in_eof && g->strm.avail_in == 0) {
			*what = "the gzip data is truncated";
			return -EIO;
		}
		/* The part of this output the caller asked for. */
		if (made > 0 && g->pos + (off_t)made > off) {
			off_t from = g->pos > off ? g->pos : off;
			memcpy(buf + (from - off), start + (from - g->pos),
			    (size_t)(g->pos + (off_t)made - from));
			got = (size_t)(g->pos + (off_t)made - off);
		}
		g->pos += (off_t)made;
		g->ring_pos = (g->ring_pos + made) % GZSRC_WINDOW;
		if (ret == Z_STREAM_END) {
			if ((r = member_end(g, what)) != 0)
				return r;
		} else if (want_point(g) && (r = add_point(g)) != 0) {
			return r;
		}
	}
	return (ssize_t)got;
}

ssize_t
gzsrc_pread(struct gzsrc *g, void *buf, size_t n, off_t off,
    struct pfs_error *err)
{
	ssize_t r;
	int s;

	/* The steps below name what went wrong in err->what. */
	*err = (struct pfs_error){ .code = EIO };
	if (n == 0)
		return 0;
	if ((s = seek_to(g, off, &err->what)) != 0) {
		g->valid = 0;
		return s;
	}
	if ((r = advance(g, buf, n, off, &err->what)) < 0)
		g->valid = 0;
	return r;
}

/* ---- writing gzip (pseudonymize export --gzip) ---- */

struct gzout {
	z_stream	 strm;
	unsigned char	 buf[GZ_CHUNK];
};

int
gzout_new(int level, struct gzout **out)
{
	struct gzout *z;

	if ((z = calloc(1, sizeof(*z))) == NULL)
		return -ENOMEM;
	if (deflateInit2(&z->strm, level, Z_DEFLATED, MODE_GZIP, 8,
	    Z_DEFAULT_STRATEGY) != Z_OK) {
		free(z);
		return -ENOMEM;
	}
	*out = z;
	return 0;
}

int
gzout_write(struct gzout *z, const void *p, size_t n, int finish,
    gzout_emit emit, void *arg)
{
	int ret, r;

	z->strm.next_in = (unsigned char *)(uintptr_t)p;
	z->strm.avail_in = (uInt)n;
	do {
		z->strm.next_out = z->buf;
		z->strm.avail_out = sizeof(z->buf);
		ret = deflate(&z->strm, finish ? Z_FINISH : Z_NO_FLUSH);
		if (ret == Z_STREAM_ERROR)
			return -EIO;
		if (z->strm.avail_out < sizeof(z->buf) &&
		    (r = emit(arg, z->buf, sizeof(z->buf) - z->strm.avail_out)) != 0)
			return r;
	} while (z->strm.avail_out == 0 || (finish && ret != Z_STREAM_END));
	return 0;
}

void
gzout_free(struct gzout *z)
{
	if (z == NULL)
		return;
	deflateEnd(&z->strm);
	free(z);
}
