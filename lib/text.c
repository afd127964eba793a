/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <opencc/opencc.h>
#include <utf8proc.h>

#include "text.h"
#include "utf8.h"
#include "util.h"

/* Character-level t2s table, read from OpenCC once per context. */
struct rw_text_ctx {
	opencc_t	 cc;
	unsigned	 flags;		/* RW_TEXT_* */
	int32_t		*from;		/* sorted */
	int32_t		*to;
	size_t		 n;
	uint8_t		 trad[0x10000 / 8];	/* BMP bitmap of from[] */
};

/* The CJK blocks whose characters t2s may change. */
static const int32_t cjk_blocks[][2] = {
	{ 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xf900, 0xfaff },
};

static int
is_ideo(int32_t c)
{
	return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff);
}

/*
 * Converts every CJK character on a line of its own (a phrase cannot span
 * a newline) and keeps those that come out as one different character.
 */
static int
build_table(struct rw_text_ctx *x, struct rw_err *err)
{
	struct rw_buf	 in = RW_BUF_INIT;
	char		*out, *p, *q, *pe, *qe, u[4];
	size_t		 b, cap = 0;
	int32_t		 c, f, t;
	int		 k;

	for (b = 0; b < sizeof(cjk_blocks) / sizeof(cjk_blocks[0]); b++)
		for (c = cjk_blocks[b][0]; c <= cjk_blocks[b][1]; c++) {
			k = rw_utf8_encode(c, u);
			rw_buf_add(&in, u, (size_t)k);
			rw_buf_addc(&in, '\n');
		}
	out = opencc_convert_utf8(x->cc, in.data, in.len);
	if (out == NULL) {
		rw_buf_free(&in);
		rw_err_set(err, "opencc: %s", opencc_error());
		return -1;
	}
	p = in.data;
	q = out;
	while ((pe = strchr(p, '\n')) != NULL &&
	    (qe = strchr(q, '\n')) != NULL) {
		rw_utf8_decode(p, (size_t)(pe - p), &f);
		k = rw_utf8_decode(q, (size_t)(qe - q), &t);
		if (t >= 0 && t != f && q + k == qe) {
			if (x->n == cap) {
				cap = cap ? cap * 2 : 4096;
				x->from = xreallocarray(x->from, cap,
				    sizeof(*x->from));
				x->to = xreallocarray(x->to, cap,
				    sizeof(*x->to));
			}
			x->from[x->n] = f;
			x->to[x->n] = t;
			x->n++;
			x->trad[f >> 3] |= (uint8_t)(1u << (f & 7));
		}
		p = pe + 1;
		q = qe + 1;
	}
	opencc_convert_utf8_free(out);
	rw_buf_free(&in);
	return 0;
}

struct rw_text_ctx *
rw_text_ctx_new(struct rw_err *err)
{
	return rw_text_ctx_open("t2s.json", 0, err);
}

struct rw_text_ctx *
rw_text_ctx_open(const char *config, unsigned flags, struct rw_err *err)
{
	struct rw_text_ctx	*x;

	x = xcalloc(1, sizeof(*x));
	x->flags = flags;
	x->cc = opencc_open(config);
	if (x->cc == (opencc_t)-1) {
		rw_err_set(err, "opencc: %s: %s", config, opencc_error());
		free(x);
		return NULL;
	}
	if (build_table(x, err) == -1) {
		rw_text_ctx_free(x);
		return NULL;
	}
	return x;
}

void
rw_text_ctx_free(struct rw_text_ctx *x)
{
	if (x == NULL)
		return;
	opencc_close(x->cc);
	free(x->from);
	free(x->to);
	free(x);
}

int
rw_text_is_trad(const struct rw_text_ctx *x, int32_t c)
{
	return c >= 0 && c < 0x10000 && (x->trad[c >> 3] & (1u << (c & 7)));
}

static int32_t
t2s_char(const struct rw_text_ctx *x, int32_t c)
{
	size_t	 lo = 0, hi = x->n, mid;

	if (!rw_text_is_trad(x, c))
		return c;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (x->from[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n && x->from[lo] == c ? x->to[lo] : c;
}

/*
 * NFKC for full-width digits, Latin letters and the punctuation of
 * numbers only; everything else (Chinese punctuation included) is kept.
 */
static int32_t
fold(int32_t c)
{
	utf8proc_int32_t	 d[4];
	int			 last = 0;
	utf8proc_ssize_t	 n;

	if (c < 0xff04 || c > 0xffe5)
		return c;
	if (!((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) ||
	    (c >= 0xff41 && c <= 0xff5a) || c == 0xff04 || c == 0xff05 ||
	    c == 0xff0b || c == 0xff0d || c == 0xff0e || c == 0xff0f ||
	    c == 0xff5e || c == 0xffe5))
		return c;
	n = utf8proc_decompose_char(c, d, 4, UTF8PROC_COMPAT |
	    UTF8PROC_DECOMPOSE, &last);
	return n == 1 ? d[0] : c;
}

static int
pinyin_letter(int32_t c, int *tone)
{
	static const int32_t	 toned[] = {
		0xe0, 0xe1, 0xe8, 0xe9, 0xec, 0xed, 0xf2, 0xf3, 0xf9, 0xfa,
		0xfc, 0x101, 0x113, 0x11b, 0x12b, 0x144, 0x148, 0x14d, 0x16b,
		0x1ce, 0x1d0, 0x1d2, 0x1d4, 0x1d6, 0x1d8, 0x1da, 0x1dc, 0x1f9,
	};
	size_t			 i;

	if (c >= 'a' && c <= 'z')
		return 1;
	for (i = 0; i < sizeof(toned) / sizeof(toned[0]); i++)
		if (c == toned[i]) {
			*tone = 1;
			return 1;
		}
	return 0;
}

static int
numeral_char(int32_t c)
{
	static const char	 s[] = "零〇一二两兩三四五六七八九十百千万萬亿億";
	const char		*p = s;
	int32_t			 d;

	while (*p != '\0') {
		p += rw_utf8_decode(p, strlen(p), &d);
		if (d == c)
			return 1;
	}
	return 0;
}

/*
 * Length of a pinyin annotation "(wàn)" starting at o[k], or 0: 1 to 8
 * lower-case letters in ASCII or full-width parentheses right after a
 * Chinese character, with a tone mark or after a numeral.
 */
static size_t
pinyin_len(const int32_t *o, size_t n, size_t k)
{
	size_t	 j;
	int	 tone = 0;

	if (k == 0 || !is_ideo(o[k - 1]) || (o[k] != '(' && o[k] != 0xff08))
		return 0;
	for (j = k + 1; j < n && j - k <= 8; j++)
		if (!pinyin_letter(o[j], &tone))
			break;
	if (j == k + 1 || j >= n || (o[j] != ')' && o[j] != 0xff09))
		return 0;
	if (!tone && !numeral_char(o[k - 1]))
		return 0;
	return j + 1 - k;
}

/* Maps run v[a..b) character by character. */
static void
t2s_run(const struct rw_text_ctx *x, int32_t *v, size_t a, size_t b)
{
	for (; a < b; a++)
		v[a] = t2s_char(x, v[a]);
}

/*
 * Takes OpenCC's conversion o[0..no) of view v[0..nv) run by run: a run
 * of ideographs of the same length is copied, any other run is converted
 * character by character; non-ideographs must come out unchanged.
 */
static void
align(const struct rw_text_ctx *x, int32_t *v, size_t nv, const int32_t *o,
    size_t no)
{
	size_t	 i = 0, j = 0, ie, je;

	if (nv == no) {
		memcpy(v, o, nv * sizeof(*v));
		return;
	}
	while (i < nv && j < no) {
		if (!is_ideo(v[i])) {
			if (o[j] != v[i])
				break;
			i++;
			j++;
			continue;
		}
		for (ie = i; ie < nv && is_ideo(v[ie]); ie++)
			;
		for (je = j; je < no && is_ideo(o[je]); je++)
			;
		if (ie - i == je - j)
			memcpy(v + i, o + j, (ie - i) * sizeof(*v));
		else
			t2s_run(x, v, i, ie);
		i = ie;
		j = je;
	}
	t2s_run(x, v, i, nv);
}

static int
convert(const struct rw_text_ctx *x, struct rw_text *t, struct rw_err *err)
{
	struct rw_buf	 b = RW_BUF_INIT;
	char		*out, u[4];
	int32_t		*o, c;
	size_t		 i, no, len;
	int		 k;

	for (i = 0; i < t->ncp; i++) {
		k = rw_utf8_encode(t->cp[i], u);
		rw_buf_add(&b, u, (size_t)k);
	}
	out = opencc_convert_utf8(x->cc, b.data, b.len);
	rw_buf_free(&b);
	if (out == NULL) {
		rw_err_set(err, "opencc: %s", opencc_error());
		return -1;
	}
	len = strlen(out);
	o = xreallocarray(NULL, len + 1, sizeof(*o));
	for (i = 0, no = 0; i < len; no++) {
		i += (size_t)rw_utf8_decode(out + i, len - i, &c);
		o[no] = c < 0 ? 0xfffd : c;
	}
	opencc_convert_utf8_free(out);
	align(x, t->cp, t->ncp, o, no);
	free(o);
	t->converted = 1;
	return 0;
}

struct rw_text *
rw_text_new(const struct rw_text_ctx *x, const char *s, size_t len,
    struct rw_err *err)
{
	struct rw_text	*t;
	int32_t		*o, c;
	size_t		 i, k, skip;
	int		 trad = 0;

	t = xcalloc(1, sizeof(*t));
	t->src = xmalloc(len + 1);
	memcpy(t->src, s, len);
	t->src[len] = '\0';
	t->srclen = len;
	o = xreallocarray(NULL, len + 1, sizeof(*o));
	t->ob = xreallocarray(NULL, len + 1, sizeof(*t->ob));
	for (i = 0, k = 0; i < len; k++) {
		t->ob[k] = i;
		i += (size_t)rw_utf8_decode(s + i, len - i, &c);
		o[k] = c < 0 ? 0xfffd : c;
	}
	t->ob[k] = len;
	t->norig = k;
	t->cp = xreallocarray(NULL, k + 1, sizeof(*t->cp));
	t->map = xreallocarray(NULL, k + 1, sizeof(*t->map));
	for (k = 0; k < t->norig; k++) {
		if ((skip = pinyin_len(o, t->norig, k)) > 0) {
			k += skip - 1;
			continue;
		}
		c = fold(o[k]);
		if (!trad && rw_text_is_trad(x, c))
			trad = 1;
		t->cp[t->ncp] = c;
		t->map[t->ncp++] = k;
	}
	t->cp[t->ncp] = 0;
	t->map[t->ncp] = t->norig;
	free(o);
	if (!trad)
		return t;
	if (x->flags & RW_TEXT_PHRASES) {
		if (convert(x, t, err) == -1) {
			rw_text_free(t);
			return NULL;
		}
	} else {
		t2s_run(x, t->cp, 0, t->ncp);
		t->converted = 1;
	}
	return t;
}

void
rw_text_free(struct rw_text *t)
{
	if (t == NULL)
		return;
	free(t->cp);
	free(t->map);
	free(t->src);
	free(t->ob);
	free(t);
}

size_t
rw_text_ostart(const struct rw_text *t, size_t a)
{
	return a < t->ncp ? t->map[a] : t->norig;
}

size_t
rw_text_oend(const struct rw_text *t, size_t b)
{
	if (b == 0)
		return 0;
	if (b > t->ncp)
		b = t->ncp;
	return t->map[b - 1] + 1;
}

char *
rw_text_orig(const struct rw_text *t, size_t os, size_t oe)
{
	if (oe > t->norig)
		oe = t->norig;
	if (os > oe)
		os = oe;
	return xstrndup(t->src + t->ob[os], t->ob[oe] - t->ob[os]);
}

char *
rw_text_view(const struct rw_text *t, size_t a, size_t b)
{
	struct rw_buf	 buf = RW_BUF_INIT;
	char		 u[4];
	int		 k;

	if (b > t->ncp)
		b = t->ncp;
	for (; a < b; a++) {
		k = rw_utf8_encode(t->cp[a], u);
		rw_buf_add(&buf, u, (size_t)k);
	}
	return rw_buf_take(&buf);
}

int
rw_text_at(const struct rw_text *t, size_t i, const char *w)
{
	const unsigned char	*p = (const unsigned char *)w;
	int32_t			 c;

	while (*p != '\0') {
		if (i >= t->ncp)
			return 0;
		/* the words are literals: decode without checks */
		if (p[0] < 0x80) {
			c = p[0];
			p++;
		} else if (p[0] < 0xe0) {
			c = (p[0] & 0x1f) << 6 | (p[1] & 0x3f);
			p += 2;
		} else if (p[0] < 0xf0) {
			c = (p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 |
			    (p[2] & 0x3f);
			p += 3;
		} else {
			c = (p[0] & 0x07) << 18 | (p[1] & 0x3f) << 12 |
			    (p[2] & 0x3f) << 6 | (p[3] & 0x3f);
			p += 4;
		}
		if (t->cp[i] != c)
			return 0;
		i++;
	}
	return 1;
}

size_t
rw_text_wlen(const char *w)
{
	return rw_utf8_count(w, strlen(w));
}
