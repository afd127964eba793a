/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <opencc.h>

#include "util.h"
#include "utf8.h"
#include "hans.h"

struct rw_hans {
	opencc_t	 cc;
};

/*
 * Frequent characters of news and civil-affairs vocabulary that OpenCC's
 * t2s changes (so Simplified writing does not use them), sorted for
 * bsearch: 個們傳內區參國園報場壽學實對師帶幫廣廳後復慶應戶據數時書會東業
 * 樂機歲溫為無異發眾種紀約給經縣與舉萬處號衛補視親記訪說請證護費貼資贈車轉
 * 這進過達遠遷還鄉長門開關險難電頁項領頭題點.
 */
static const int32_t trad_only[] = {
	0x500b, 0x5011, 0x50b3, 0x5167, 0x5340, 0x53c3, 0x570b, 0x5712,
	0x5831, 0x5834, 0x58fd, 0x5b78, 0x5be6, 0x5c0d, 0x5e2b, 0x5e36,
	0x5e6b, 0x5ee3, 0x5ef3, 0x5f8c, 0x5fa9, 0x6176, 0x61c9, 0x6236,
	0x64da, 0x6578, 0x6642, 0x66f8, 0x6703, 0x6771, 0x696d, 0x6a02,
	0x6a5f, 0x6b72, 0x6eab, 0x70ba, 0x7121, 0x7570, 0x767c, 0x773e,
	0x7a2e, 0x7d00, 0x7d04, 0x7d66, 0x7d93, 0x7e23, 0x8207, 0x8209,
	0x842c, 0x8655, 0x865f, 0x885b, 0x88dc, 0x8996, 0x89aa, 0x8a18,
	0x8a2a, 0x8aaa, 0x8acb, 0x8b49, 0x8b77, 0x8cbb, 0x8cbc, 0x8cc7,
	0x8d08, 0x8eca, 0x8f49, 0x9019, 0x9032, 0x904e, 0x9054, 0x9060,
	0x9077, 0x9084, 0x9109, 0x9577, 0x9580, 0x958b, 0x95dc, 0x96aa,
	0x96e3, 0x96fb, 0x9801, 0x9805, 0x9818, 0x982d, 0x984c, 0x9ede,
};

static int
cmp_cp(const void *a, const void *b)
{
	int32_t	 x = *(const int32_t *)a, y = *(const int32_t *)b;

	return x < y ? -1 : x > y;
}

size_t
rw_hans_traditional(const int32_t *cp, size_t n, size_t enough)
{
	size_t	 i, hits = 0;

	if (n > RW_HANS_LOOK)
		n = RW_HANS_LOOK;
	for (i = 0; i < n && hits < enough; i++)
		if (cp[i] >= 0x4e00 && bsearch(&cp[i], trad_only,
		    sizeof(trad_only) / sizeof(trad_only[0]),
		    sizeof(trad_only[0]), cmp_cp) != NULL)
			hits++;
	return hits;
}

struct rw_hans *
rw_hans_new(struct rw_err *err)
{
	struct rw_hans	*h;
	opencc_t	 cc;

	cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
	if (cc == (opencc_t)-1) {
		rw_err_set(err, "opencc: cannot open %s",
		    OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
		return NULL;
	}
	h = xcalloc(1, sizeof(*h));
	h->cc = cc;
	return h;
}

void
rw_hans_free(struct rw_hans *h)
{
	if (h == NULL)
		return;
	opencc_close(h->cc);
	free(h);
}

/*
 * Converts in[0..n) as one piece; stores the result in out and returns 1
 * only when it has exactly n code points.
 */
static int
convert(const struct rw_hans *h, const int32_t *in, int32_t *out, size_t n)
{
	struct rw_buf	 b = RW_BUF_INIT;
	char		 u[4], *r;
	size_t		 i, len, m;
	int		 k, ok = 1;
	int32_t		 c;

	for (i = 0; i < n; i++) {
		c = in[i] > 0 && in[i] <= 0x10ffff &&
		    (in[i] < 0xd800 || in[i] > 0xdfff) ? in[i] : 0xfffd;
		rw_buf_add(&b, u, rw_utf8_encode(c, u));
	}
	r = opencc_convert_utf8(h->cc, rw_buf_cstr(&b), b.len);
	rw_buf_free(&b);
	if (r == NULL)
		return 0;
	len = strlen(r);
	for (i = 0, m = 0; i < len; m++) {
		k = rw_utf8_decode(r + i, len - i, &c);
		if (m >= n) {
			ok = 0;
			break;
		}
		out[m] = c < 0 ? in[m] : c;
		i += k;
	}
	opencc_convert_utf8_free(r);
	return ok && m == n;
}

/* Code points that end a conversion segment: not Han, not letters. */
static int
is_break(int32_t c)
{
	return c < 0x2e80 || (c >= 0x3000 && c <= 0x303f) ||
	    (c >= 0xff00 && c <= 0xffef);
}

void
rw_hans_map(const struct rw_hans *h, const int32_t *in, int32_t *out,
    size_t n)
{
	size_t	 s, e, i;

	if (n == 0)
		return;
	if (convert(h, in, out, n))
		return;
	for (s = 0; s < n; s = e) {
		for (e = s; e < n && !is_break(in[e]); e++)
			continue;
		if (e == s) {
			out[s] = in[s];
			e = s + 1;
			continue;
		}
		if (convert(h, in + s, out + s, e - s))
			continue;
		for (i = s; i < e; i++)
			if (!convert(h, in + i, out + i, 1))
				out[i] = in[i];
	}
}
