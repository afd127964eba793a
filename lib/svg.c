/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "numfmt.h"
#include "svg.h"
#include "utf8.h"
#include "util.h"

#define FONTS	"system-ui, -apple-system, &quot;Segoe UI&quot;, " \
		"&quot;PingFang SC&quot;, &quot;Hiragino Sans GB&quot;, " \
		"&quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;, " \
		"&quot;WenQuanYi Micro Hei&quot;, sans-serif"
#define INK	"#1a1a1a"
#define MUTED	"#555555"
#define BAR	"#2f6497"
#define GRID	"#d0d0d0"
#define FS	13.0		/* body font size */
#define TITLE_H	34.0		/* room for the visible title */
#define NOTE_H	22.0
#define LABEL_MAX 200.0		/* widest category label in bar charts */

/* Sequential blues (ColorBrewer "Blues", 5 classes) with text colours
 * that keep at least 4.5:1 contrast. */
static const char *const tile_fill[5] = {
	"#eff3ff", "#bdd7e7", "#6baed6", "#2f6fad", "#08519c"
};
static const char *const tile_ink[5] = {
	INK, INK, INK, "#ffffff", "#ffffff"
};
#define TILE_NONE_FILL	"#eeeeee"
#define TILE_NONE_INK	"#4d4d4d"

static void
esc(struct rw_buf *b, const char *s)
{
	if (s == NULL)
		return;
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&':
			rw_buf_adds(b, "&amp;");
			break;
		case '<':
			rw_buf_adds(b, "&lt;");
			break;
		case '>':
			rw_buf_adds(b, "&gt;");
			break;
		case '"':
			rw_buf_adds(b, "&quot;");
			break;
		case '\'':
			rw_buf_adds(b, "&#39;");
			break;
		default:
			/* Control characters are not allowed in XML. */
			if ((unsigned char)*s < 0x20 && *s != '\t' &&
			    *s != '\n')
				rw_buf_addc(b, ' ');
			else
				rw_buf_addc(b, *s);
		}
}

/* Writes a coordinate without locale or noise: at most 1 decimal.  By
 * hand, since charts are mostly numbers and printf is slow. */
static void
num(struct rw_buf *b, double v)
{
	char		 d[32];
	long long	 t;
	unsigned long long u;
	size_t		 n = 0;

	if (!isfinite(v) || fabs(v) > 1e15)
		v = 0;
	t = llround(v * 10);
	u = t < 0 ? (unsigned long long)-t : (unsigned long long)t;
	if (u % 10 != 0) {
		d[n++] = (char)('0' + u % 10);
		d[n++] = '.';
	}
	u /= 10;
	do {
		d[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (t < 0)
		d[n++] = '-';
	while (n > 0)
		rw_buf_addc(b, d[--n]);
}

static int
wide(int32_t cp)
{
	return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 &&
	    cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
	    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 &&
	    cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
	    (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000;
}

double
rw_svg_text_width(const char *s, double size)
{
	double	 w = 0;
	size_t	 n;
	int	 k;
	int32_t	 cp;

	if (s == NULL)
		return 0;
	n = strlen(s);
	while (n > 0) {
		k = rw_utf8_decode(s, n, &cp);
		w += wide(cp) ? 1.0 : cp == ' ' ? 0.3 : 0.6;
		s += k;
		n -= (size_t)k;
	}
	return w * size;
}

/* Appends s escaped, shortened with "…" to fit maxw pixels. */
static void
fit(struct rw_buf *b, const char *s, double size, double maxw)
{
	struct rw_buf	 t = RW_BUF_INIT;
	size_t		 n;
	int		 k;
	int32_t		 cp;
	double		 w = 0, ell = size;

	if (s == NULL)
		return;
	if (rw_svg_text_width(s, size) <= maxw) {
		esc(b, s);
		return;
	}
	n = strlen(s);
	while (n > 0) {
		k = rw_utf8_decode(s, n, &cp);
		w += (wide(cp) ? 1.0 : cp == ' ' ? 0.3 : 0.6) * size;
		if (w + ell > maxw)
			break;
		rw_buf_add(&t, s, (size_t)k);
		s += k;
		n -= (size_t)k;
	}
	esc(b, rw_buf_cstr(&t));
	rw_buf_adds(b, "…");
	rw_buf_free(&t);
}

/* 1 if href may become a link: relative, or http(s). */
static int
href_ok(const char *h)
{
	const char	*p;

	if (h == NULL || *h == '\0')
		return 0;
	if (strncasecmp(h, "http://", 7) == 0 ||
	    strncasecmp(h, "https://", 8) == 0)
		return 1;
	for (p = h; *p != '\0' && *p != '/' && *p != '?' && *p != '#'; p++)
		if (*p == ':' || *p == '&' || (unsigned char)*p <= ' ')
			return 0;
	return 1;
}

static void
open_link(struct rw_buf *b, const struct rw_svg_opts *o, const char *href)
{
	if (o->links && href_ok(href)) {
		rw_buf_adds(b, "<a href=\"");
		esc(b, href);
		rw_buf_adds(b, "\">");
	}
}

static void
close_link(struct rw_buf *b, const struct rw_svg_opts *o, const char *href)
{
	if (o->links && href_ok(href))
		rw_buf_adds(b, "</a>");
}

static void
text(struct rw_buf *b, double x, double y, const char *anchor, double size,
    const char *fill, const char *weight)
{
	rw_buf_adds(b, "<text x=\"");
	num(b, x);
	rw_buf_adds(b, "\" y=\"");
	num(b, y);
	rw_buf_adds(b, "\"");
	if (anchor != NULL) {
		rw_buf_adds(b, " text-anchor=\"");
		rw_buf_adds(b, anchor);
		rw_buf_addc(b, '"');
	}
	if (size != FS) {
		rw_buf_adds(b, " font-size=\"");
		num(b, size);
		rw_buf_adds(b, "\"");
	}
	if (weight != NULL) {
		rw_buf_adds(b, " font-weight=\"");
		rw_buf_adds(b, weight);
		rw_buf_addc(b, '"');
	}
	rw_buf_adds(b, " fill=\"");
	rw_buf_adds(b, fill);
	rw_buf_adds(b, "\">");
}

static void
rect(struct rw_buf *b, double x, double y, double w, double h,
    const char *fill)
{
	rw_buf_adds(b, "<rect x=\"");
	num(b, x);
	rw_buf_adds(b, "\" y=\"");
	num(b, y);
	rw_buf_adds(b, "\" width=\"");
	num(b, w < 0 ? 0 : w);
	rw_buf_adds(b, "\" height=\"");
	num(b, h < 0 ? 0 : h);
	rw_buf_adds(b, "\" fill=\"");
	rw_buf_adds(b, fill);
	rw_buf_addc(b, '"');
}

/* The item's tooltip: "label: value". */
static void
tooltip(struct rw_buf *b, const char *label, const char *value)
{
	rw_buf_adds(b, "<title>");
	esc(b, label);
	if (value != NULL) {
		rw_buf_adds(b, ": ");
		esc(b, value);
	}
	rw_buf_adds(b, "</title>");
}

static void
head(struct rw_buf *b, const struct rw_svg_opts *o, double w, double h)
{
	const char	*id = o->id != NULL ? o->id : "chart";

	if (o->standalone)
		rw_buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	rw_buf_adds(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 ");
	num(b, w);
	rw_buf_addc(b, ' ');
	num(b, h);
	rw_buf_adds(b, "\" width=\"");
	num(b, w);
	rw_buf_adds(b, "\" height=\"");
	num(b, h);
	rw_buf_adds(b, "\"");
	if (!o->links)
		rw_buf_adds(b, " role=\"img\"");
	rw_buf_printf(b, " aria-labelledby=\"%s-t %s-d\"", id, id);
	if (o->standalone && o->lang != NULL) {
		rw_buf_adds(b, " xml:lang=\"");
		esc(b, o->lang);
		rw_buf_adds(b, "\"");
	}
	rw_buf_adds(b, " class=\"chart\" font-family=\"" FONTS "\" "
	    "font-size=\"13\">\n");
	rw_buf_printf(b, "<title id=\"%s-t\">", id);
	esc(b, o->title);
	rw_buf_printf(b, "</title>\n<desc id=\"%s-d\">", id);
	esc(b, o->desc);
	rw_buf_adds(b, "</desc>\n");
	rect(b, 0, 0, w, h, "#ffffff");
	rw_buf_adds(b, "/>\n");
	text(b, 8, 22, NULL, 15, INK, "bold");
	fit(b, o->title, 15, w - 16);
	rw_buf_adds(b, "</text>\n");
}

static void
tail(struct rw_buf *b, const struct rw_svg_opts *o, double w, double h)
{
	if (o->note != NULL && *o->note != '\0') {
		text(b, 8, h - 8, NULL, 11, MUTED, NULL);
		fit(b, o->note, 11, w - 16);
		rw_buf_adds(b, "</text>\n");
	}
	rw_buf_adds(b, "</svg>\n");
}

/* 1 if every value is a whole number: axes and legends then use whole
 * numbers too. */
static int
all_integral(const double *v, size_t n, size_t stride)
{
	size_t	 i;
	double	 x;

	for (i = 0; i < n; i++) {
		x = *(const double *)((const char *)v + i * stride);
		if (isfinite(x) && x != floor(x))
			return 0;
	}
	return 1;
}

static double
clamp0(double v)
{
	return isfinite(v) && v > 0 ? v : 0;
}

void
rw_svg_bars(struct rw_buf *b, const struct rw_svg_opts *o,
    const struct rw_svg_item *it, size_t n)
{
	const double	 rowh = 26, barh = 16, w = 640;
	double		 labelw = 0, valw = 0, max = 0, barx, barmax, h, y, bw;
	size_t		 i;

	for (i = 0; i < n; i++) {
		labelw = fmax(labelw, rw_svg_text_width(it[i].label, FS));
		valw = fmax(valw, rw_svg_text_width(it[i].value_label, FS));
		max = fmax(max, clamp0(it[i].value));
	}
	labelw = fmin(labelw, LABEL_MAX);
	barx = 8 + labelw + 8;
	barmax = fmax(w - barx - valw - 16, 60);
	h = TITLE_H + (double)n * rowh + 8 +
	    (o->note != NULL && *o->note != '\0' ? NOTE_H : 0);
	head(b, o, w, h);
	for (i = 0; i < n; i++) {
		y = TITLE_H + (double)i * rowh;
		bw = max > 0 ? clamp0(it[i].value) / max * barmax : 0;
		open_link(b, o, it[i].href);
		rw_buf_adds(b, "<g>");
		tooltip(b, it[i].label, it[i].value_label);
		text(b, barx - 8, y + 16, "end", FS, INK, NULL);
		fit(b, it[i].label, FS, labelw);
		rw_buf_adds(b, "</text>");
		rect(b, barx, y + 4, fmax(bw, clamp0(it[i].value) > 0 ? 1 : 0),
		    barh, BAR);
		rw_buf_adds(b, "/>");
		if (it[i].value_label != NULL) {
			text(b, barx + bw + 6, y + 16, NULL, FS, INK, NULL);
			esc(b, it[i].value_label);
			rw_buf_adds(b, "</text>");
		}
		rw_buf_adds(b, "</g>");
		close_link(b, o, it[i].href);
		rw_buf_addc(b, '\n');
	}
	tail(b, o, w, h);
}

/* A "nice" step (1, 2 or 5 times a power of ten) of at least raw. */
static double
nice_step(double raw)
{
	double	 p, f;

	if (!(raw > 0))
		return 1;
	p = pow(10, floor(log10(raw)));
	f = raw / p;
	if (f <= 1.0000001)
		return p;
	if (f <= 2.0000001)
		return 2 * p;
	if (f <= 5.0000001)
		return 5 * p;
	return 10 * p;
}

void
rw_svg_columns(struct rw_buf *b, const struct rw_svg_opts *o,
    const struct rw_svg_item *it, size_t n)
{
	struct rw_buf	 t = RW_BUF_INIT;
	const double	 w = 640, ploth = 170;
	double		 max = 0, step, top, axisw = 0, plotx, plotw, colw,
			 labw = 0, x, y, ch, h, v;
	size_t		 i, k, every;

	for (i = 0; i < n; i++) {
		max = fmax(max, clamp0(it[i].value));
		labw = fmax(labw, rw_svg_text_width(it[i].label, 11));
	}
	step = nice_step(max / 4);
	if (n > 0 && all_integral(&it[0].value, n, sizeof(*it)) && step < 1)
		step = 1;
	top = max > 0 ? step * ceil(max / step - 1e-9) : step;
	for (v = 0; v <= top + step / 2; v += step) {
		rw_buf_truncate(&t, 0);
		rw_numfmt_compact(&t, v, o->numlang);
		axisw = fmax(axisw, rw_svg_text_width(rw_buf_cstr(&t), 11));
	}
	plotx = 8 + axisw + 6;
	plotw = w - plotx - 12;
	colw = n > 0 ? plotw / (double)n : plotw;
	every = (size_t)ceil((labw + 8) / colw);
	if (every < 1)
		every = 1;
	h = TITLE_H + 10 + ploth + 24 +
	    (o->note != NULL && *o->note != '\0' ? NOTE_H : 0);
	head(b, o, w, h);
	/* Value axis: grid lines with compact labels. */
	for (v = 0; v <= top + step / 2; v += step) {
		y = TITLE_H + 10 + ploth - v / top * ploth;
		rw_buf_adds(b, "<line x1=\"");
		num(b, plotx);
		rw_buf_adds(b, "\" x2=\"");
		num(b, plotx + plotw);
		rw_buf_adds(b, "\" y1=\"");
		num(b, y);
		rw_buf_adds(b, "\" y2=\"");
		num(b, y);
		rw_buf_printf(b, "\" stroke=\"%s\" stroke-width=\"1\"/>",
		    v == 0 ? MUTED : GRID);
		text(b, plotx - 6, y + 4, "end", 11, MUTED, NULL);
		rw_buf_truncate(&t, 0);
		rw_numfmt_compact(&t, v, o->numlang);
		esc(b, rw_buf_cstr(&t));
		rw_buf_adds(b, "</text>\n");
	}
	for (i = 0; i < n; i++) {
		x = plotx + (double)i * colw;
		ch = clamp0(it[i].value) / top * ploth;
		y = TITLE_H + 10 + ploth - ch;
		open_link(b, o, it[i].href);
		rw_buf_adds(b, "<g>");
		tooltip(b, it[i].label, it[i].value_label);
		/* A transparent full-height hit area keeps tooltips usable
		 * on small columns. */
		rect(b, x, TITLE_H + 10, colw, ploth, "#ffffff");
		rw_buf_adds(b, " fill-opacity=\"0\"/>");
		rect(b, x + colw * 0.12, y, colw * 0.76, ch, BAR);
		rw_buf_adds(b, "/>");
		k = i % every;
		if (k == 0) {
			text(b, x + colw / 2, TITLE_H + 10 + ploth + 16,
			    "middle", 11, INK, NULL);
			fit(b, it[i].label, 11, colw * (double)every - 4);
			rw_buf_adds(b, "</text>");
		}
		rw_buf_adds(b, "</g>");
		close_link(b, o, it[i].href);
		rw_buf_addc(b, '\n');
	}
	rw_buf_free(&t);
	tail(b, o, w, h);
}

static int
tile_class(double v, double max)
{
	int	 c;

	if (!(v > 0) || !(max > 0))
		return -1;
	c = (int)ceil(5 * sqrt(v / max)) - 1;
	return c < 0 ? 0 : c > 4 ? 4 : c;
}

void
rw_svg_tiles(struct rw_buf *b, const struct rw_svg_opts *o,
    const struct rw_svg_tile *t, size_t n)
{
	struct rw_buf	 s = RW_BUF_INIT;
	const double	 size = 54, gap = 4, lw = 64;
	double		 max = 0, w, h, x, y, fs, gridh, lo, hi;
	int		 cols = 1, rows = 1, c, k, ints, shown = 0;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (t[i].col + 1 > cols)
			cols = t[i].col + 1;
		if (t[i].row + 1 > rows)
			rows = t[i].row + 1;
		if (isfinite(t[i].value) && t[i].value > max)
			max = t[i].value;
	}
	gridh = rows * (size + gap);
	w = fmax(cols * (size + gap) + 16, 6 * lw + 24);
	h = TITLE_H + gridh + 44 +
	    (o->note != NULL && *o->note != '\0' ? NOTE_H : 0);
	head(b, o, w, h);
	for (i = 0; i < n; i++) {
		if (t[i].col < 0 || t[i].row < 0)
			continue;
		x = 8 + t[i].col * (size + gap);
		y = TITLE_H + t[i].row * (size + gap);
		c = tile_class(t[i].value, max);
		open_link(b, o, t[i].href);
		rw_buf_adds(b, "<g>");
		tooltip(b, t[i].label, t[i].value_label);
		rect(b, x, y, size, size, c < 0 ? TILE_NONE_FILL :
		    tile_fill[c]);
		rw_buf_adds(b, " rx=\"4\"/>");
		fs = fmin(FS, FS * (size - 6) /
		    fmax(rw_svg_text_width(t[i].label, FS), 1));
		text(b, x + size / 2, y + 23, "middle", fs,
		    c < 0 ? TILE_NONE_INK : tile_ink[c], "bold");
		fit(b, t[i].label, fs, size - 4);
		rw_buf_adds(b, "</text>");
		if (t[i].value_label != NULL) {
			text(b, x + size / 2, y + 42, "middle", 11,
			    c < 0 ? TILE_NONE_INK : tile_ink[c], NULL);
			fit(b, t[i].value_label, 11, size - 4);
			rw_buf_adds(b, "</text>");
		}
		rw_buf_adds(b, "</g>");
		close_link(b, o, t[i].href);
		rw_buf_addc(b, '\n');
	}
	/* Legend: the range of each class, then "no data".  With whole
	 * numbers, classes that hold no whole number are left out. */
	ints = n > 0 && all_integral(&t[0].value, n, sizeof(*t));
	y = TITLE_H + gridh + 8;
	for (k = 0, shown = 0, lo = 0; k < 5 && max > 0; k++) {
		hi = max * (k + 1) * (k + 1) / 25.0;
		if (ints) {
			hi = k == 4 ? max : floor(hi);
			if (hi < floor(lo) + 1) {
				continue;
			}
		}
		x = 8 + shown * lw;
		rect(b, x, y, lw - 4, 12, tile_fill[k]);
		rw_buf_printf(b, " stroke=\"%s\" stroke-width=\"0.5\"/>",
		    GRID);
		text(b, x, y + 26, NULL, 11, INK, NULL);
		rw_buf_truncate(&s, 0);
		if (ints && hi == floor(lo) + 1)
			rw_numfmt_compact(&s, hi, o->numlang);
		else if (ints) {
			rw_numfmt_compact(&s, floor(lo) + 1, o->numlang);
			rw_buf_adds(&s, "–");
			rw_numfmt_compact(&s, hi, o->numlang);
		} else {
			rw_buf_adds(&s, "≤ ");
			rw_numfmt_compact(&s, hi, o->numlang);
		}
		fit(b, rw_buf_cstr(&s), 11, lw - 4);
		rw_buf_adds(b, "</text>\n");
		lo = hi;
		shown++;
	}
	if (o->none_label != NULL) {
		x = 8 + shown * lw;
		rect(b, x, y, lw - 4, 12, TILE_NONE_FILL);
		rw_buf_printf(b, " stroke=\"%s\" stroke-width=\"0.5\"/>",
		    GRID);
		text(b, x, y + 26, NULL, 11, INK, NULL);
		fit(b, o->none_label, 11, w - x - 8);
		rw_buf_adds(b, "</text>\n");
	}
	rw_buf_free(&s);
	tail(b, o, w, h);
}
