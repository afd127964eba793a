/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "quantity.h"
#include "text.h"
#include "util.h"

/* --- exact decimals: value = m * 10^e ------------------------------------ */

#define MMAX	999999999999999999ULL	/* RW_QTY_MAXDIG nines */

struct dec {
	uint64_t	 m;
	int		 e;
};

static int
ndig(uint64_t m)
{
	int	 k = 1;

	while (m >= 10) {
		m /= 10;
		k++;
	}
	return k;
}

static void
dnorm(struct dec *d)
{
	if (d->m == 0) {
		d->e = 0;
		return;
	}
	while (d->m % 10 == 0) {
		d->m /= 10;
		d->e++;
	}
}

/* Below the cap of 10^16. */
static int
dok(const struct dec *d)
{
	return d->m == 0 || ndig(d->m) + d->e <= 16;
}

static int
dscale(struct dec *d, int k)
{
	if (d->m == 0)
		return 0;
	if (k > 40 || k < -40)
		return -1;
	d->e += k;
	return dok(d) ? 0 : -1;
}

static int
dadd(struct dec *r, struct dec a, struct dec b)
{
	int	 e;

	if (a.m == 0 || b.m == 0) {
		*r = a.m == 0 ? b : a;
		return 0;
	}
	e = a.e < b.e ? a.e : b.e;
	for (; a.e > e; a.e--) {
		if (a.m > MMAX / 10)
			return -1;
		a.m *= 10;
	}
	for (; b.e > e; b.e--) {
		if (b.m > MMAX / 10)
			return -1;
		b.m *= 10;
	}
	if (a.m > MMAX - b.m)
		return -1;
	r->m = a.m + b.m;
	r->e = e;
	dnorm(r);
	return dok(r) ? 0 : -1;
}

/* Nearest double: both operands are exact doubles below 2^53 or 10^22. */
static double
ddbl(struct dec d)
{
	static const double	 p10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
		1e22,
	};
	double			 v;
	int			 e;

	if (d.e >= 0) {
		while (d.e > 0) {
			d.m *= 10;	/* below 10^16 by dok() */
			d.e--;
		}
		return (double)d.m;
	}
	v = (double)d.m;
	for (e = -d.e; e > 22; e -= 22)
		v /= p10[22];
	return v / p10[e];
}

/* --- characters ----------------------------------------------------------- */

static int
is_digit(int32_t c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_ideo(int32_t c)
{
	return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff);
}

/* Chinese digit 0..9 or -1; *weak for characters that are mostly words. */
static int
cdig(int32_t c, int *weak)
{
	*weak = 0;
	switch (c) {
	case 0x96f6: case 0x3007:			/* 零 〇 */
		return 0;
	case 0x4e00: case 0x58f9: case 0x5f0c:		/* 一 壹 弌 */
		return 1;
	case 0x5e7a:					/* 幺 */
		*weak = 1;
		return 1;
	case 0x4e8c: case 0x8d30: case 0x8cb3:		/* 二 贰 貳 */
	case 0x4e24: case 0x5169: case 0x4fe9: case 0x5006: /* 两 兩 俩 倆 */
		return 2;
	case 0x4e09: case 0x53c1: case 0x53c4:		/* 三 叁 叄 */
		return 3;
	case 0x53c2: case 0x53c3:			/* 参 參 */
		*weak = 1;
		return 3;
	case 0x56db:					/* 四 */
		return 4;
	case 0x8086:					/* 肆 */
		*weak = 1;
		return 4;
	case 0x4e94:					/* 五 */
		return 5;
	case 0x4f0d:					/* 伍 */
		*weak = 1;
		return 5;
	case 0x516d:					/* 六 */
		return 6;
	case 0x9646: case 0x9678:			/* 陆 陸 */
		*weak = 1;
		return 6;
	case 0x4e03: case 0x67d2:			/* 七 柒 */
		return 7;
	case 0x516b: case 0x634c:			/* 八 捌 */
		return 8;
	case 0x4e5d: case 0x7396:			/* 九 玖 */
		return 9;
	}
	return -1;
}

/* Digits after 点: not 两 (一点两小时), not 参 (三点参加). */
static int
frac_dig(int32_t c)
{
	int	 weak;

	if (c == 0x4e24 || c == 0x5169 || c == 0x53c2 || c == 0x53c3 ||
	    c == 0x5e7a)
		return -1;
	return cdig(c, &weak);
}

/* Power of ten of a magnitude character, 0 if none; *big for 万 亿 兆. */
static int
cmag(int32_t c, int *big, int *weak)
{
	*big = 0;
	*weak = 0;
	switch (c) {
	case 0x62fe:					/* 拾 */
		*weak = 1;
		return 1;
	case 0x5341:					/* 十 */
		return 1;
	case 0x767e: case 0x4f70:			/* 百 佰 */
		return 2;
	case 0x5343: case 0x4edf:			/* 千 仟 */
		return 3;
	case 0x4e07: case 0x842c:			/* 万 萬 */
		*big = 1;
		return 4;
	case 0x4ebf: case 0x5104:			/* 亿 億 */
		*big = 1;
		return 8;
	case 0x5146:					/* 兆 */
		*big = 1;
		return 12;
	}
	return 0;
}

#define C_DIAN		0x70b9	/* 点 */
#define C_DIAN_T	0x9ede	/* 點 */
#define C_YU		0x4f59	/* 余 */
#define C_YU_T		0x9918	/* 餘 */
#define C_DUO		0x591a	/* 多 */
#define C_JI		0x51e0	/* 几 */
#define C_JI_T		0x5e7e	/* 幾 */
#define C_SHU		0x6570	/* 数 */
#define C_BAN		0x534a	/* 半 */
#define C_NIAN20	0x5eff	/* 廿 */
#define C_SA30		0x5345	/* 卅 */
#define C_XI40		0x534c	/* 卌 */
#define C_FU		0x8d1f	/* 负 */
#define C_FU_T		0x8ca0	/* 負 */
#define C_DI		0x7b2c	/* 第 */
#define C_DA12		0x6253	/* 打 */
#define C_LIANG		0x4e24	/* 两 */
#define C_LIANG_T	0x5169	/* 兩 */

static int
is_over(int32_t c)
{
	return c == C_YU || c == C_YU_T || c == C_DUO || c == C_JI ||
	    c == C_JI_T;
}

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == 0xa0;
}

/* --- word lists on code-point arrays -------------------------------------- */

/*
 * The word tables are UTF-32 literals (U"…"), compared code point by code
 * point with the view without decoding.
 */
static size_t
u32len(const char32_t *w)
{
	size_t	 k = 0;

	while (w[k] != 0)
		k++;
	return k;
}

/* Code points of w if s[i..] starts with word w, else 0. */
static size_t
wat(const int32_t *s, size_t n, size_t i, const char32_t *w)
{
	size_t	 k;

	for (k = 0; w[k] != 0; k++)
		if (i + k >= n || s[i + k] != (int32_t)w[k])
			return 0;
	return k;
}

/* Longest word of list (NULL-terminated) at s[i..]; its index in *idx. */
static size_t
wlist(const int32_t *s, size_t n, size_t i, const char32_t *const *list,
    size_t *idx)
{
	size_t	 k, len, best = 0;

	for (k = 0; list[k] != NULL; k++)
		if ((len = wat(s, n, i, list[k])) > best) {
			best = len;
			if (idx != NULL)
				*idx = k;
		}
	return best;
}

/* --- numerals ------------------------------------------------------------- */

enum { T_NUM, T_SMALL, T_BIG, T_POINT, T_OVER, T_HALF };

struct tok {
	int		 type;
	struct dec	 v;	/* T_NUM value, T_POINT fraction */
	int		 exp;	/* T_SMALL, T_BIG */
	int		 digit;	/* T_NUM: Chinese digit, -1 Arabic; T_BIG: -2
				   for a Latin k, w, M */
	int		 weak;
	int		 vague;	/* 几/数 read as a digit */
	size_t		 s;
	size_t		 e;
};

#define MAXTOK	64

/* Internal mode: after "2222." an Arabic number takes no decimals. */
#define NODEC	0x100u

/*
 * An Arabic number at s[0]: digits, groups of three after ',' or '，',
 * a decimal part; in plain mode also a leading '.' and an exponent.
 * Returns its length; *ovf when it needs more digits than the cap.
 */
static size_t
arabic(const int32_t *s, size_t n, unsigned mode, struct dec *v, int *lead0,
    int *ovf)
{
	size_t	 i = 0, g, k;
	int	 sig = 0, first = 1, x, neg;

	v->m = 0;
	v->e = 0;
	*lead0 = 0;
	while (i < n && is_digit(s[i])) {
		if (first && s[i] == '0' && i + 1 < n && is_digit(s[i + 1]))
			*lead0 = 1;
		first = 0;
		if (v->m != 0 || s[i] != '0') {
			if (++sig > RW_QTY_MAXDIG)
				*ovf = 1;
			else
				v->m = v->m * 10 + (uint64_t)(s[i] - '0');
		}
		if (sig > RW_QTY_MAXDIG)
			v->e++;
		i++;
		/* thousands separators: groups of exactly three digits */
		if (i <= 3 && i < n && (s[i] == ',' || s[i] == 0xff0c)) {
			for (g = i; g + 4 <= n && (s[g] == ',' ||
			    s[g] == 0xff0c) && is_digit(s[g + 1]) &&
			    is_digit(s[g + 2]) && is_digit(s[g + 3]) &&
			    (g + 4 == n || !is_digit(s[g + 4])); g += 4)
				;
			if (g == i)
				continue;
			for (; i < g; i++) {
				if (!is_digit(s[i]))
					continue;
				if (v->m != 0 || s[i] != '0') {
					if (++sig > RW_QTY_MAXDIG)
						*ovf = 1;
					else
						v->m = v->m * 10 +
						    (uint64_t)(s[i] - '0');
				}
				if (sig > RW_QTY_MAXDIG)
					v->e++;
			}
			break;
		}
	}
	if (!(mode & NODEC) && i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
		/* 2222.2222.22 is not one number: keep the integer part */
		for (k = i + 1; k < n && is_digit(s[k]); k++)
			;
		if (k + 1 < n && s[k] == '.' && is_digit(s[k + 1]))
			goto done;
		for (i++; i < n && is_digit(s[i]); i++) {
			if (v->m == 0 && s[i] == '0') {
				v->e--;
				continue;
			}
			if (sig >= RW_QTY_MAXDIG)
				continue;	/* further decimals dropped */
			sig++;
			v->m = v->m * 10 + (uint64_t)(s[i] - '0');
			v->e--;
		}
	}
	if ((mode & RW_QTY_PLAIN) && i > 0 && i + 1 < n &&
	    (s[i] == 'e' || s[i] == 'E')) {
		k = i + 1;
		neg = 0;
		if (s[k] == '+' || s[k] == '-') {
			neg = s[k] == '-';
			k++;
		}
		for (x = 0, g = k; g < n && is_digit(s[g]); g++)
			if (x < 1000)
				x = x * 10 + (s[g] - '0');
		if (g > k && (g == n || !is_alpha(s[g]))) {
			v->e += neg ? -x : x;
			i = g;
		}
	}
done:
	dnorm(v);
	if (v->e > 40 || v->e < -40 || !dok(v))
		*ovf = 1;
	return i;
}

/* Chinese decimal digits after 点 at s[0]; returns their count. */
static size_t
cfrac(const int32_t *s, size_t n, struct dec *f)
{
	size_t	 i;
	int	 d;

	f->m = 0;
	f->e = 0;
	for (i = 0; i < n && i < RW_QTY_MAXDIG; i++) {
		/* 零點77: Arabic decimals after a Chinese point */
		if (is_digit(s[i]) && (i > 0 || (i + 1 < n &&
		    !is_ideo(s[i + 1]))))
			d = s[i] - '0';
		else if ((d = frac_dig(s[i])) < 0 || is_digit(s[i]))
			break;
		/* 五点陆续, 八点伍: a word, not a decimal */
		if (i == 0 && (s[i] == 0x9646 || s[i] == 0x9678) &&
		    i + 1 < n && s[i + 1] == 0x7eed)
			break;
		f->m = f->m * 10 + (uint64_t)d;
		f->e--;
	}
	dnorm(f);
	return i;
}

static int
tok_chinese(const struct tok *t)
{
	return (t->type == T_NUM && t->digit >= 0) || t->type == T_SMALL ||
	    (t->type == T_BIG && t->digit != -2);
}

/*
 * Splits the numeral at s[0] into tokens.  Returns the end of the last
 * token; *ovf is set when an Arabic part is beyond the cap.
 */
static size_t
tokenize(const int32_t *s, size_t n, unsigned mode, struct tok *tk,
    size_t *ntk, int *ovf)
{
	struct tok	*t, *p;
	size_t		 i = 0, j, nt = 0, k;
	int		 d, weak, big, e, lead0;

	while (nt + 2 <= MAXTOK) {
		p = nt > 0 ? &tk[nt - 1] : NULL;
		j = i;
		if (p != NULL)
			while (j < n && is_space(s[j]))
				j++;
		if (j >= n)
			break;
		t = &tk[nt];
		memset(t, 0, sizeof(*t));
		t->s = j;
		t->digit = -1;
		if (is_digit(s[j]) || ((mode & RW_QTY_PLAIN) && p == NULL &&
		    s[j] == '.' && j + 1 < n && is_digit(s[j + 1]))) {
			/* 1万2千, 2千零30万; not 3 4 */
			if (p != NULL && ((p->type == T_NUM &&
			    p->digit != 0) || p->type == T_POINT ||
			    p->type == T_HALF || p->type == T_OVER ||
			    (j > i && p->type != T_BIG && p->type != T_SMALL)))
				break;
			t->type = T_NUM;
			t->e = j + arabic(s + j, n - j, mode, &t->v, &lead0,
			    ovf);
		} else if ((d = cdig(s[j], &weak)) >= 0) {
			if (p != NULL && (p->type == T_POINT ||
			    p->type == T_HALF || p->type == T_OVER ||
			    (p->type == T_NUM && p->digit < 0)))
				break;
			/* 二两: 两 after a digit is a weight (liang) */
			if ((s[j] == C_LIANG || s[j] == C_LIANG_T) &&
			    p != NULL && p->type == T_NUM)
				break;
			/* 两两 is "in pairs" */
			if ((s[j] == C_LIANG || s[j] == C_LIANG_T) &&
			    j + 1 < n && (s[j + 1] == C_LIANG ||
			    s[j + 1] == C_LIANG_T))
				break;
			t->type = T_NUM;
			t->digit = d;
			t->weak = weak;
			t->v.m = (uint64_t)d;
			t->e = j + 1;
		} else if (s[j] == C_NIAN20 || s[j] == C_SA30 ||
		    s[j] == C_XI40) {
			if (p != NULL && p->type == T_NUM && p->digit != 0)
				break;
			t->type = T_NUM;
			t->digit = s[j] == C_NIAN20 ? 2 :
			    s[j] == C_SA30 ? 3 : 4;
			t->v.m = (uint64_t)t->digit;
			t->e = j + 1;
			nt++;
			t = &tk[nt];
			memset(t, 0, sizeof(*t));
			t->type = T_SMALL;
			t->exp = 1;
			t->s = j;
			t->e = j + 1;
		} else if ((e = cmag(s[j], &big, &weak)) > 0) {
			/* a bare 万 (万余人, 近万户) is one 万 */
			if (p == NULL && big) {
				t->type = T_NUM;
				t->digit = 1;
				t->v.m = 1;
				t->e = j;
				nt++;
				t = &tk[nt];
				memset(t, 0, sizeof(*t));
				t->s = j;
				t->digit = -1;
			}
			if (p != NULL && !big && (p->type == T_POINT ||
			    p->type == T_OVER))
				break;
			t->type = big ? T_BIG : T_SMALL;
			t->exp = e;
			t->weak = weak;
			t->e = j + 1;
		} else if ((s[j] == C_DIAN || s[j] == C_DIAN_T) && p != NULL &&
		    tok_chinese(p)) {
			for (k = j + 1; k < n && is_space(s[k]); k++)
				;
			if (k >= n || (frac_dig(s[k]) < 0 && !is_digit(s[k])) ||
			    cfrac(s + k, n - k, &t->v) == 0)
				break;
			t->type = T_POINT;
			t->e = k + cfrac(s + k, n - k, &t->v);
		} else if (is_over(s[j]) && p != NULL &&
		    (p->type == T_NUM || p->type == T_SMALL ||
		    p->type == T_BIG)) {
			t->type = T_OVER;
			t->e = j + 1;
		} else if ((mode & RW_QTY_VAGUE) && p == NULL &&
		    (s[j] == C_JI || s[j] == C_JI_T || s[j] == C_SHU) &&
		    j + 1 < n && cmag(s[j + 1], &big, &weak) > 0 && !big) {
			t->type = T_NUM;
			t->digit = 1;
			t->vague = 1;
			t->v.m = 1;
			t->e = j + 1;
		} else if (s[j] == C_BAN && p == NULL) {
			t->type = T_HALF;
			t->v.m = 5;
			t->v.e = -1;
			t->e = j + 1;
		} else if ((mode & RW_QTY_PLAIN) && p != NULL &&
		    p->type == T_NUM && p->digit < 0 &&
		    (s[j] == 'k' || s[j] == 'K' || s[j] == 'w' || s[j] == 'W' ||
		    s[j] == 'M') && (j + 1 >= n || !is_alpha(s[j + 1])) &&
		    (j == i || s[j] == 'M')) {
			t->type = T_BIG;
			t->digit = -2;
			t->exp = s[j] == 'M' ? 6 :
			    (s[j] == 'k' || s[j] == 'K') ? 3 : 4;
			t->e = j + 1;
		} else
			break;
		i = t->e;
		nt++;
		/* 两个亿: a 个 between a number and 万/亿 */
		if (t->type == T_NUM && i + 1 < n && s[i] == 0x4e2a &&
		    cmag(s[i + 1], &big, &weak) > 0 && big)
			i++;
	}
	*ntk = nt;
	return nt > 0 ? tk[nt - 1].e : 0;
}

/*
 * Evaluates tokens tk[0..nt) leaving out tk[skip] (skip >= nt: none).
 * Returns the number of tokens used (a prefix), 0 if none; *ovf on
 * arithmetic beyond the cap; *trail is the power of ten of a final
 * magnitude, else -1.
 */
static size_t
evaluate(const struct tok *tk, size_t nt, size_t skip, struct dec *out,
    int *over, int *trail, int *ovf)
{
	struct dec	 total = { 0, 0 }, section = { 0, 0 }, pend = { 0, 0 };
	struct dec	 frac = { 0, 0 }, cur, x;
	const struct tok *t;
	size_t		 k, used = 0;
	int		 has_pend = 0, single = 0, zero = 0, any = 0;
	int		 last_big = 0, last_small = 99, last_exp = 0;
	int		 after_over = 0, has_frac = 0;

	*over = 0;
	*trail = -1;
	for (k = 0; k < nt; k++) {
		if (k == skip)
			continue;
		t = &tk[k];
		switch (t->type) {
		case T_NUM:
			if (after_over || has_frac)
				goto stop;
			if (t->digit == 0) {
				if (has_pend)
					goto stop;
				zero = 1;
				if (!any) {
					pend = t->v;
					has_pend = 1;
				}
				break;
			}
			if (has_pend)
				goto stop;
			pend = t->v;
			has_pend = 1;
			single = t->digit > 0;
			if (t->vague)
				*over = 1;
			break;
		case T_SMALL:
			if (after_over || has_frac)
				goto stop;
			if (has_pend && !(zero && pend.m == 0))
				x = pend;
			else if (!any || zero || (t->exp == 1 &&
			    last_small > 1 && last_small != 99)) {
				x.m = 1;
				x.e = 0;
			} else
				goto stop;
			if (section.m != 0 && last_small <= t->exp)
				goto stop;
			if (dscale(&x, t->exp) == -1 ||
			    dadd(&section, section, x) == -1)
				goto overflow;
			last_small = t->exp;
			last_exp = t->exp;
			has_pend = single = zero = 0;
			break;
		case T_BIG:
			/* 百二万 = 120万: a last digit after 百 or 千 */
			if (has_pend && single && !zero && last_small >= 2 &&
			    last_small != 99 && dscale(&pend, last_small - 1) ==
			    -1)
				goto overflow;
			if (has_pend && dadd(&section, section, pend) == -1)
				goto overflow;
			/* 二十点一万 */
			if (has_frac) {
				if (dadd(&section, section, frac) == -1)
					goto overflow;
				frac.m = 0;
				frac.e = 0;
				has_frac = 0;
				after_over = 1;
			}
			cur = section;
			if (cur.m == 0 && total.m == 0)
				goto stop;
			if (t->exp >= last_big) {
				if (dadd(&total, total, cur) == -1 ||
				    dscale(&total, t->exp) == -1)
					goto overflow;
			} else if (dscale(&cur, t->exp) == -1 ||
			    dadd(&total, total, cur) == -1)
				goto overflow;
			last_big = t->exp;
			last_exp = t->exp;
			last_small = 99;
			section.m = 0;
			section.e = 0;
			has_pend = single = zero = 0;
			break;
		case T_POINT:
			if (has_frac)
				goto stop;
			if (has_pend && section.m == 0 && total.m == 0) {
				if (dadd(&pend, pend, t->v) == -1)
					goto overflow;
				single = 0;
			} else {
				frac = t->v;
				has_frac = 1;
			}
			break;
		case T_OVER:
			if (after_over)
				goto stop;
			*over = 1;
			after_over = 1;
			break;
		case T_HALF:
			if (any)
				goto stop;
			pend = t->v;
			has_pend = 1;
			break;
		}
		any = 1;
		used = k + 1 == skip && skip < nt ? k + 2 : k + 1;
		*trail = (t->type == T_BIG || t->type == T_SMALL) ? t->exp :
		    t->type == T_OVER ? *trail : -1;
	}
stop:
	if (used == 0)
		return 0;
	if (has_pend) {
		/* 一万三 = 13000, 四百五 = 450: a last digit after a unit */
		if (single && !zero && last_exp > 0 &&
		    dscale(&pend, last_exp - 1) == -1)
			goto overflow;
		if (dadd(&section, section, pend) == -1)
			goto overflow;
	}
	if (dadd(&section, section, frac) == -1 ||
	    dadd(out, total, section) == -1)
		goto overflow;
	return used;
overflow:
	*ovf = 1;
	return 0;
}

/* Digit-by-digit reading (二〇二四, 一九九一, 一二点三零). */
static size_t
digit_string(const struct tok *tk, size_t nt, struct dec *out, int *ovf)
{
	size_t	 k;
	int	 sig = 0;

	out->m = 0;
	out->e = 0;
	for (k = 0; k < nt && tk[k].type == T_NUM && tk[k].digit >= 0; k++) {
		if (out->m != 0 || tk[k].digit != 0) {
			if (++sig > RW_QTY_MAXDIG) {
				*ovf = 1;
				return k + 1;
			}
		}
		out->m = out->m * 10 + (uint64_t)tk[k].digit;
	}
	if (k < nt && tk[k].type == T_POINT) {
		if (dadd(out, *out, tk[k].v) == -1)
			*ovf = 1;
		k++;
	}
	dnorm(out);
	return k;
}

size_t
rw_qty_number(const int32_t *s, size_t n, unsigned mode, struct rw_num *out)
{
	struct tok	 tk[MAXTOK];
	struct dec	 v, hi;
	size_t		 nt, k, used, end;
	int		 ovf = 0, over, trail, o2, t2, d1, d2, twin;

	memset(out, 0, sizeof(*out));
	end = tokenize(s, n, mode, tk, &nt, &ovf);
	if (nt == 0)
		return 0;
	if (ovf) {
		out->flags = RW_QF_OVERFLOW;
		out->len = out->core = end;
		return end;
	}
	for (k = 0; k < nt; k++)
		if (tk[k].digit >= 0 || tk[k].type == T_SMALL ||
		    (tk[k].type == T_BIG && tk[k].digit != -2))
			out->flags |= RW_QF_CHINESE;
	/* two Chinese digits in a row: a colloquial range or digit by digit */
	for (k = 0; k + 1 < nt; k++) {
		if (tk[k].type != T_NUM || tk[k + 1].type != T_NUM ||
		    tk[k].digit < 0 || tk[k + 1].digit < 0 ||
		    tk[k + 1].s != tk[k].e)
			continue;
		/* 一千零一: 零 after a unit only fills a place */
		if (tk[k].digit == 0 && k > 0 && (tk[k - 1].type == T_SMALL ||
		    tk[k - 1].type == T_BIG))
			continue;
		d1 = tk[k].digit;
		d2 = tk[k + 1].digit;
		twin = d1 > 0 && (d2 == d1 + 1 || d2 == d1 + 2) &&
		    !(k + 2 < nt && tk[k + 2].type == T_NUM) &&
		    ((k + 2 < nt && (tk[k + 2].type == T_SMALL ||
		    tk[k + 2].type == T_BIG)) || (k > 0 &&
		    (tk[k - 1].type == T_SMALL || tk[k - 1].type == T_BIG)));
		if (twin) {
			used = evaluate(tk, nt, k + 1, &v, &over, &trail, &ovf);
			if (used == nt && evaluate(tk, nt, k, &hi, &o2, &t2,
			    &ovf) == nt) {
				out->value = ddbl(v);
				out->max = ddbl(hi);
				out->has_max = 1;
				out->over = over;
				out->trail = trail;
				out->len = out->core = tk[nt - 1].e;
				if (over && tk[nt - 1].type == T_OVER)
					out->core = tk[nt - 2].e;
				out->flags |= RW_QF_MAG;
				return out->len;
			}
			nt = k + 1;
			break;
		}
		if (k > 0) {
			nt = k + 1;
			break;
		}
		used = digit_string(tk, nt, &v, &ovf);
		out->len = out->core = tk[used - 1].e;
		if (ovf) {
			out->flags = RW_QF_OVERFLOW;
			return out->len;
		}
		out->value = ddbl(v);
		out->trail = -1;
		out->flags |= RW_QF_DIGITS;
		return out->len;
	}
	used = evaluate(tk, nt, nt, &v, &over, &trail, &ovf);
	if (ovf) {
		out->flags = RW_QF_OVERFLOW;
		out->len = out->core = end;
		return end;
	}
	if (used == 0)
		return 0;
	out->value = ddbl(v);
	out->over = over;
	out->trail = trail;
	out->len = out->core = tk[used - 1].e;
	if (tk[used - 1].type == T_OVER)
		out->core = used > 1 ? tk[used - 2].e : 0;
	for (k = 0; k < used; k++) {
		if (tk[k].type == T_SMALL || tk[k].type == T_BIG)
			out->flags |= RW_QF_MAG;
		if (tk[k].type == T_BIG)
			out->flags |= RW_QF_BIG;
	}
	if (used == 1 && tk[0].type == T_NUM && tk[0].digit == 1 &&
	    s[tk[0].s] == 0x4e00)
		out->flags |= RW_QF_LONE_YI;
	/* counts say 两: a lone 二 names a rank (二期工程, 二次整改) */
	if (used == 1 && tk[0].type == T_NUM && s[tk[0].s] == 0x4e8c)
		out->flags |= RW_QF_ORDINAL;
	if (used == 1 && tk[0].weak)
		out->flags |= RW_QF_WEAK;
	if (tk[0].type == T_NUM && tk[0].digit < 0 && used == 1 &&
	    s[0] == '0' && out->len > 1 && is_digit(s[1]))
		out->flags |= RW_QF_CODE;
	return out->len;
}

/* --- units ---------------------------------------------------------------- */

enum ucls {
	U_MONEY,	/* 元 and friends: "yuan" */
	U_FOREIGN,	/* other currencies */
	U_FIXED,	/* a fixed unit */
	U_GE,		/* 个: decided by the phrase after it */
	U_JIA,		/* 家: household or institution */
	U_MAYBE_ITEM,	/* 条 份: item for goods, else raw */
	U_JIAN,		/* 件: item unless counting events */
	U_KUAI,		/* 块: money when nothing follows */
	U_QI		/* 起: cases, only before a stop or a case noun */
};

struct unit {
	const char32_t	*w;
	int		 cls;
	const char	*unit;
	const char	*iso;
	const char32_t	*bad;	/* next characters that make another word */
};

static const struct unit units[] = {
	{ U"元人民币", U_MONEY, "yuan", "CNY", NULL },
	{ U"元钱", U_MONEY, "yuan", "CNY", NULL },
	{ U"元整", U_MONEY, "yuan", "CNY", NULL },
	{ U"圆整", U_MONEY, "yuan", "CNY", NULL },
	{ U"元正", U_MONEY, "yuan", "CNY", NULL },
	{ U"圆正", U_MONEY, "yuan", "CNY", NULL },
	{ U"块钱", U_MONEY, "yuan", "CNY", NULL },
	{ U"人民币", U_MONEY, "yuan", "CNY", NULL },
	{ U"元", U_MONEY, "yuan", "CNY", U"旦宵素老月首帅件气器朝代年音" },
	{ U"圆", U_MONEY, "yuan", "CNY", U"满形明桌心珠" },
	{ U"块", U_KUAI, "yuan", "CNY", NULL },
	{ U"美元", U_FOREIGN, "美元", "USD", NULL },
	{ U"美金", U_FOREIGN, "美金", "USD", NULL },
	{ U"美圆", U_FOREIGN, "美圆", "USD", NULL },
	{ U"美刀", U_FOREIGN, "美刀", "USD", NULL },
	{ U"欧元", U_FOREIGN, "欧元", "EUR", NULL },
	{ U"英镑", U_FOREIGN, "英镑", "GBP", NULL },
	{ U"日元", U_FOREIGN, "日元", "JPY", NULL },
	{ U"日币", U_FOREIGN, "日币", "JPY", NULL },
	{ U"港元", U_FOREIGN, "港元", "HKD", NULL },
	{ U"港币", U_FOREIGN, "港币", "HKD", NULL },
	{ U"澳门币", U_FOREIGN, "澳门币", "MOP", NULL },
	{ U"新台币", U_FOREIGN, "新台币", "TWD", NULL },
	{ U"台币", U_FOREIGN, "台币", "TWD", NULL },
	{ U"澳元", U_FOREIGN, "澳元", "AUD", NULL },
	{ U"加元", U_FOREIGN, "加元", "CAD", NULL },
	{ U"新加坡元", U_FOREIGN, "新加坡元", "SGD", NULL },
	{ U"卢布", U_FOREIGN, "卢布", "RUB", NULL },
	{ U"韩元", U_FOREIGN, "韩元", "KRW", NULL },
	{ U"泰铢", U_FOREIGN, "泰铢", "THB", NULL },
	{ U"瑞士法郎", U_FOREIGN, "瑞士法郎", "CHF", NULL },
	{ U"奈拉", U_FOREIGN, "奈拉", "NGN", NULL },
	{ U"卢比", U_FOREIGN, "卢比", "INR", NULL },
	{ U"马来西亚令吉", U_FOREIGN, "马来西亚令吉", "MYR", NULL },
	{ U"令吉", U_FOREIGN, "令吉", "MYR", NULL },
	{ U"比特币", U_FOREIGN, "比特币", "BTC", NULL },
	{ U"人次", U_FIXED, "person_time", NULL, NULL },
	{ U"户次", U_FIXED, "household_time", NULL, NULL },
	{ U"人", U_FIXED, "person", NULL, U"民们口数力才格权性" },
	{ U"名", U_FIXED, "person", NULL, U"义单称额字片录誉次牌列胜校声下气" },
	{ U"位", U_FIXED, "person", NULL, U"于置数居列次" },
	{ U"户", U_FIXED, "household", NULL, U"口籍外型主头内" },
	{ U"家", U_JIA, "household", NULL, U"乡长属务具电门园里中常居政用族境教风书宴访当底业产" },
	{ U"个", U_GE, "个", NULL, U"体性别案" },
	{ U"件", U_JIAN, "item", NULL, NULL },
	{ U"套", U_FIXED, "item", NULL, U"路" },
	{ U"床", U_FIXED, "item", NULL, U"位上头" },
	{ U"张", U_FIXED, "item", NULL, U"贴开扬罗口望" },
	{ U"条", U_MAYBE_ITEM, "条", NULL, U"件例款约" },
	{ U"双", U_FIXED, "item", NULL, U"方向节休胞重职边亲语" },
	{ U"袋", U_FIXED, "item", NULL, U"鼠" },
	{ U"桶", U_FIXED, "item", NULL, NULL },
	{ U"箱", U_FIXED, "item", NULL, U"子" },
	{ U"罐", U_FIXED, "item", NULL, U"头" },
	{ U"盒", U_FIXED, "item", NULL, U"子" },
	{ U"瓶", U_FIXED, "item", NULL, U"子" },
	{ U"幅", U_FIXED, "item", NULL, U"度员" },
	{ U"册", U_FIXED, "item", NULL, NULL },
	{ U"份", U_MAYBE_ITEM, "份", NULL, U"额子量" },
	{ U"所", U_FIXED, "institution", NULL, U"有以在属得需谓处说做知长" },
	{ U"场次", U_FIXED, "times", NULL, NULL },
	{ U"批次", U_FIXED, "times", NULL, NULL },
	{ U"次", U_FIXED, "times", NULL, U"日年月要数序生级" },
	{ U"场", U_FIXED, "times", NULL, U"所地景合馆面站上内外部" },
	{ U"期", U_FIXED, "times", NULL, U"间限待望货刊末中初满工项建" },
	{ U"批", U_FIXED, "times", NULL, U"准评复示判" },
	{ U"台次", U_FIXED, "台次", NULL, NULL },
	{ U"辆次", U_FIXED, "辆次", NULL, NULL },
	{ U"车次", U_FIXED, "车次", NULL, NULL },
	{ U"架次", U_FIXED, "架次", NULL, NULL },
	{ U"辆", U_FIXED, "辆", NULL, NULL },
	{ U"台", U_FIXED, "台", NULL, U"湾风阶上下前账词球" },
	{ U"吨", U_FIXED, "吨", NULL, NULL },
	{ U"公斤", U_FIXED, "公斤", NULL, NULL },
	{ U"千克", U_FIXED, "千克", NULL, NULL },
	{ U"斤", U_FIXED, "斤", NULL, NULL },
	{ U"种类", U_FIXED, "种类", NULL, NULL },
	{ U"种", U_FIXED, "种", NULL, U"植子地养族田" },
	{ U"处", U_FIXED, "处", NULL, U"理置于长在室罚分境所" },
	{ U"间", U_FIXED, "间", NULL, U"隔断接歇" },
	{ U"头", U_FIXED, "头", NULL,
	    U"脑等条号发部像痛顶目领版绪衔雁儿子上跑戴巾盔" },
	{ U"顶", U_FIXED, "顶", NULL, U"级端部层点峰替住着岗楼尖上棚梁用多好" },
	{ U"起", U_QI, "起", NULL, NULL },
	{ U"只", U_FIXED, "只", NULL, U"有需是要能好得限剩怕管顾为因" },
	{ U"床位", U_FIXED, "床位", NULL, NULL },
};
#define NUNITS	(sizeof(units) / sizeof(units[0]))

/* Money sub-units after 元/块: 角 毛 = 0.1, 分 = 0.01 (and foreign cents). */
static const struct {
	const char32_t	*w;
	const char	*iso;
	int		 exp;
} subunits[] = {
	{ U"角", "CNY", -1 }, { U"毛", "CNY", -1 }, { U"分", "CNY", -2 },
	{ U"美分", "USD", -2 }, { U"日本銭", "JPY", -2 }, { U"仙", "HKD", -2 },
};

/* Currency names written before the number. */
static const struct {
	const char32_t	*w;
	const char	*unit;
	const char	*iso;
} prefix_money[] = {
	{ U"人民币", "yuan", "CNY" }, { U"￥", "yuan", "CNY" },
	{ U"¥", "yuan", "CNY" }, { U"港币", "港币", "HKD" },
	{ U"港元", "港元", "HKD" }, { U"新台币", "新台币", "TWD" },
	{ U"台币", "台币", "TWD" }, { U"$", "美元", "USD" },
	{ U"美元", "美元", "USD" },
};

static const char32_t *const goods_words[] = {
	U"物资", U"棉被", U"被子", U"棉衣", U"棉服", U"衣物", U"衣服", U"大衣",
	U"羽绒服", U"防寒服", U"毛毯", U"毯子", U"围巾", U"手套", U"帽子", U"鞋",
	U"袜", U"大米", U"面粉", U"食用油", U"米面油", U"粮油", U"食品", U"礼包",
	U"年货", U"慰问品", U"春联", U"福字", U"灯笼", U"取暖器", U"电暖器",
	U"电热毯", U"口罩", U"药品", U"盒饭", U"饺子", U"汤圆", U"牛奶", U"书包",
	U"文具", U"玩具", U"爱心包", U"暖心包", U"温暖包", U"资料", U"手册",
	U"宣传", U"材料", U"折页", U"传单", U"明白纸", U"倡议书", U"联系卡",
	U"引导卡", U"牌匾", U"锦旗", U"煤", U"炉", U"棉鞋", U"床单", U"被褥",
	U"衣裤", U"绒衣", U"热水袋", U"餐", U"饭", U"物品", U"用品", U"包裹",
	NULL
};

static const char32_t *const household_words[] = {
	U"家庭", U"户", U"人家", U"家", NULL
};

static const char32_t *const institution_words[] = {
	U"机构", U"福利院", U"敬老院", U"养老院", U"幸福院", U"互助院", U"服务点",
	U"场所", U"救助站", U"服务站", U"站点", U"中心", U"学校", U"医院", U"单位",
	U"组织", U"企业", U"公司", U"食堂", U"基地", U"协会", U"商会", U"社团",
	U"驿站", U"避寒点", U"院", U"站", U"超市", U"银行", U"商户", U"门店",
	U"社会组织", U"养老机构", U"安置点", NULL
};

static const char32_t *const admin_words[] = {
	U"省", U"市", U"州", U"县", U"区", U"乡", U"镇", U"村", U"社区", U"街道", U"乡镇",
	U"旗", U"盟", U"地区", U"自治州", U"片区", U"行政村", U"自然村", U"小区",
	U"部门", U"地市", U"县区", U"县市区", U"网格", U"嘎查", NULL
};

static const char32_t *const team_words[] = {
	U"组", U"小组", U"工作组", U"慰问组", U"督导组", U"检查组", U"专班", U"分队",
	U"小分队", U"队", U"工作队", U"服务队", U"突击队", U"团队", U"支队", NULL
};

static const char32_t *const category_words[] = {
	U"重点", U"方面", U"类", U"类别", U"环节", U"层面", U"领域", U"渠道", U"方式",
	U"机制", U"原则", U"步骤", U"阶段", U"目标", U"任务", U"要点", U"板块",
	U"维度", U"确保", U"意识", U"自信", U"维护", U"全面", U"代表", U"必须",
	NULL
};

static const char32_t *const duration_words[] = {
	U"月", U"多月", U"半月", U"小时", U"钟头", U"星期", U"礼拜", U"工作日",
	U"季度", U"年头", U"周", U"晚上", U"夜晚", U"昼夜", U"日夜", U"半小时",
	NULL
};

static int
in_set(int32_t c, const char32_t *set)
{
	if (set == NULL)
		return 0;
	for (; *set != 0; set++)
		if ((int32_t)*set == c)
			return 1;
	return 0;
}

/* Characters that end the noun phrase after a counter. */
static int
phrase_stop(int32_t c)
{
	if (c < 0x80)
		return !is_alpha(c) && c != '(';
	return in_set(c, U"的和与及、，。；：！？等共在并为向对给让把被从将已均各每"
	    U"以）");
}

/* End of the noun phrase that starts at s[i] (at most 8 code points). */
static size_t
phrase_end(const int32_t *s, size_t n, size_t i)
{
	size_t	 j, depth = 0;

	for (j = i; j < n && j - i < 8; j++) {
		if (s[j] == '(' || s[j] == 0xff08) {
			depth++;
			continue;
		}
		if ((s[j] == ')' || s[j] == 0xff09) && depth > 0) {
			depth--;
			continue;
		}
		if (depth == 0 && phrase_stop(s[j]))
			break;
	}
	return j;
}

/*
 * The list whose word ends last in s[a..b) (the head noun of a Chinese
 * phrase is its end); returns 1 + the index of that list in lists, or 0.
 */
static int
head_noun(const int32_t *s, size_t n, size_t a, size_t b,
    const char32_t *const *const *lists, int nlists)
{
	size_t	 i, len, best_end = 0, e;
	int	 l, best = 0;

	for (i = a; i < b; i++)
		for (l = 0; l < nlists; l++) {
			len = wlist(s, n, i, lists[l], NULL);
			e = i + len;
			if (len > 0 && e <= b && e > best_end) {
				best_end = e;
				best = l + 1;
			}
		}
	return best;
}

/* 1 if a word of list ends right before s[e]. */
static int
ends_with(const int32_t *s, size_t n, size_t e, const char32_t *const *list)
{
	size_t	 k, l;

	for (k = 0; list[k] != NULL; k++) {
		l = u32len(list[k]);
		if (l <= e && wat(s, n, e - l, list[k]) == l)
			return 1;
	}
	return 0;
}

/* 1 if a goods word stands in s[a..b). */
static int
has_goods(const int32_t *s, size_t n, size_t a, size_t b)
{
	size_t	 i;

	for (i = a; i < b; i++)
		if (wlist(s, n, i, goods_words, NULL) > 0)
			return 1;
	return 0;
}

/* Nouns of cases after 起: 3起火灾, 5起纠纷. */
static const char32_t *const case_words[] = {
	U"案件", U"案", U"事故", U"事件", U"纠纷", U"警情", U"火灾", U"火情",
	U"案例", U"问题", U"隐患", U"求助", NULL
};

/* Start of the clause that holds s[i], at most lim code points back. */
static size_t
clause_start(const int32_t *s, size_t i, size_t lim)
{
	size_t	 j = i;

	while (j > 0 && i - j < lim && !in_set(s[j - 1], U"，,。；;：:、！!？?\n"))
		j--;
	return j;
}


/*
 * Matches the counter or currency at s[j]; fills q (unit, iso, noun,
 * flags) and returns its length, 0 if none.
 */
static size_t
match_unit(const int32_t *s, size_t n, size_t j, size_t nstart,
    struct rw_qty *q)
{
	static const char32_t *const *const ge_lists[] = {
		household_words, institution_words, admin_words, team_words,
		category_words, duration_words,
	};
	const struct unit	*u = NULL;
	size_t			 k, len, best = 0, pe, cs;
	int			 h;

	for (k = 0; k < NUNITS; k++) {
		len = wat(s, n, j, units[k].w);
		if (len > best) {
			best = len;
			u = &units[k];
		}
	}
	if (u == NULL)
		return 0;
	if (j + best < n && in_set(s[j + best], u->bad))
		return 0;
	q->unit = u->unit;
	q->iso = u->iso;
	len = best;
	switch (u->cls) {
	case U_MONEY:
		/* 三万元欧元, 9000元日币: the currency named last */
		for (k = 0; k < NUNITS; k++)
			if (units[k].cls == U_FOREIGN &&
			    (best = wat(s, n, j + len, units[k].w)) > 0) {
				q->unit = units[k].unit;
				q->iso = units[k].iso;
				len += best;
				break;
			}
		break;
	case U_KUAI:
		/* 光荣牌9860块: pieces of the goods named before */
		if (nstart > 0 && in_set(s[nstart - 1], U"牌匾皂饼糕砖毯巾")) {
			q->unit = "item";
			q->iso = NULL;
			break;
		}
		/* 4176亿块 are pieces, not money */
		if (j > 0 && (s[j - 1] == 0x4ebf || s[j - 1] == 0x5104) &&
		    !wat(s, n, j + 1, U"钱"))
			return 0;
		if (j + 1 < n && is_ideo(s[j + 1]) && frac_dig(s[j + 1]) < 0 &&
		    !is_over(s[j + 1]) && wat(s, n, j + 1, U"左右") == 0 &&
		    wat(s, n, j + 1, U"以上") == 0 && s[j + 1] != 0x94b1)
			return 0;
		break;
	case U_QI:
		/* 23起 (cases), 3起火灾; not 1日起, 一起, 起来 */
		if (j + 1 < n && !in_set(s[j + 1], U"，,。；;、！!？?）)") &&
		    wlist(s, n, j + 1, case_words, NULL) == 0)
			return 0;
		break;
	case U_JIAN:
		/* 十件民生实事: 件 counting events */
		for (k = j + 1; k < n && k <= j + 5 && !phrase_stop(s[k]); k++)
			if (s[k] == 0x4e8b)	/* 事 */
				q->flags |= RW_QF_EVENT;
		break;
	case U_JIA:
		pe = phrase_end(s, n, j + 1);
		if (pe == j + 1) {
			/* 企业有43家: the institutions named before; else
			 * 两家: households */
			for (k = nstart; k > 0 && nstart - k < 3 &&
			    in_set(s[k - 1], U"有共计达约近超过逾多"); k--)
				continue;
			if (ends_with(s, n, k, institution_words))
				q->unit = "institution";
			break;
		}
		if (s[j + 1] == 0x5ead) {	/* 庭 */
			len++;
			break;
		}
		h = head_noun(s, n, j + 1, pe, ge_lists, 2);
		if (h != 1)
			q->unit = "institution";
		break;
	case U_GE:
		/* 20个比特币 */
		for (k = 0; k < NUNITS; k++)
			if (units[k].cls == U_FOREIGN &&
			    (best = wat(s, n, j + 1, units[k].w)) > 0) {
				q->unit = units[k].unit;
				q->iso = units[k].iso;
				return len + best;
			}
		if (wat(s, n, j + 1, U"人") && !wat(s, n, j + 1, U"人所得")) {
			q->unit = "person";
			len++;
			break;
		}
		if ((k = wat(s, n, j + 1, U"种类")) > 0) {
			q->unit = "种类";
			len += k;
			break;
		}
		if (wat(s, n, j + 1, U"百分点")) {
			q->noun = RW_NOUN_PERCENT;
			break;
		}
		if (wat(s, n, j + 1, U"半")) {
			q->noun = RW_NOUN_DURATION;
			break;
		}
		pe = phrase_end(s, n, j + 1);
		h = head_noun(s, n, j + 1, pe, ge_lists, 6);
		switch (h) {
		case 1:
			q->unit = "household";
			break;
		case 2:
			q->unit = "institution";
			break;
		case 3:
			q->noun = RW_NOUN_ADMIN;
			break;
		case 4:
			q->noun = RW_NOUN_TEAM;
			break;
		case 5:
			q->noun = RW_NOUN_CATEGORY;
			break;
		case 6:
			q->noun = RW_NOUN_DURATION;
			break;
		default:
			cs = clause_start(s, nstart, 12);
			if (has_goods(s, n, j + 1, pe) ||
			    has_goods(s, n, cs, nstart))
				q->unit = "item";
			/* 设立临时避寒点45个: the noun before the number */
			else if (pe == j + 1 && ends_with(s, n, nstart,
			    institution_words))
				q->unit = "institution";
		}
		break;
	case U_MAYBE_ITEM:
		pe = phrase_end(s, n, j + 1);
		cs = clause_start(s, nstart, 12);
		if (has_goods(s, n, j + 1, pe) || has_goods(s, n, cs, nstart))
			q->unit = "item";
		break;
	}
	return len;
}

/*
 * Money sub-units: 123元1角1分, 五元三毛, 十块三毛, 两美元又三美分, and
 * after 块 a bare digit for 角 and 零 + digit for 分 (三块五, 三块零四).
 */
static size_t
subunit(const int32_t *s, size_t n, size_t j, unsigned mode, const char *iso,
    int kuai, double *value)
{
	struct rw_num	 num;
	size_t		 k, i = j, len, l;
	int		 any = 0, d, weak;

	if (kuai && j < n) {
		k = s[j] == 0x96f6 ? j + 1 : j;
		if (k < n && (d = cdig(s[k], &weak)) > 0 && !weak &&
		    (k + 1 >= n || (!is_ideo(s[k + 1]) ||
		    wat(s, n, k + 1, U"毛") || wat(s, n, k + 1, U"角") ||
		    wat(s, n, k + 1, U"分")))) {
			if (k == j && k + 1 < n && (wat(s, n, k + 1, U"毛") ||
			    wat(s, n, k + 1, U"角")))
				goto units;
			if (k + 1 < n && wat(s, n, k + 1, U"分"))
				goto units;
			*value += d * (k > j ? 0.01 : 0.1);
			return k + 1 - j;
		}
	}
units:
	for (;;) {
		k = i;
		if (wat(s, n, k, U"又") || wat(s, n, k, U"零"))
			k++;
		if (k >= n || (len = rw_qty_number(s + k, n - k,
		    mode & ~RW_QTY_PLAIN, &num)) == 0 ||
		    (num.flags & (RW_QF_OVERFLOW | RW_QF_DIGITS)) ||
		    num.has_max || num.over)
			break;
		for (l = 0; l < sizeof(subunits) / sizeof(subunits[0]); l++)
			if (strcmp(subunits[l].iso, iso) == 0 &&
			    wat(s, n, k + len, subunits[l].w) > 0)
				break;
		if (l == sizeof(subunits) / sizeof(subunits[0]))
			break;
		*value += num.value * (subunits[l].exp == -1 ? 0.1 : 0.01);
		i = k + len + wat(s, n, k + len, subunits[l].w);
		any = 1;
	}
	if (any && wat(s, n, i, U"钱"))
		i++;
	return any ? i - j : 0;
}

/* --- qualifiers and rates ------------------------------------------------- */

static const struct {
	const char32_t	*w;
	enum rw_qual	 q;
} prefix_quals[] = {
	{ U"约", RW_QUAL_APPROX }, { U"大约", RW_QUAL_APPROX },
	{ U"约为", RW_QUAL_APPROX }, { U"大概", RW_QUAL_APPROX },
	{ U"近", RW_QUAL_APPROX }, { U"将近", RW_QUAL_APPROX },
	{ U"接近", RW_QUAL_APPROX }, { U"约有", RW_QUAL_APPROX },
	{ U"超过", RW_QUAL_OVER }, { U"超", RW_QUAL_OVER },
	{ U"逾", RW_QUAL_OVER }, { U"不少于", RW_QUAL_OVER },
	{ U"不低于", RW_QUAL_OVER }, { U"至少", RW_QUAL_OVER },
	{ U"最少", RW_QUAL_OVER }, { U"多于", RW_QUAL_OVER },
	{ U"高于", RW_QUAL_OVER }, { U"大于", RW_QUAL_OVER },
	{ U"起码", RW_QUAL_OVER }, { U"不下", RW_QUAL_OVER },
	{ U"不足", RW_QUAL_UNDER }, { U"不到", RW_QUAL_UNDER },
	{ U"不超过", RW_QUAL_UNDER }, { U"不高于", RW_QUAL_UNDER },
	{ U"不满", RW_QUAL_UNDER }, { U"少于", RW_QUAL_UNDER },
	{ U"低于", RW_QUAL_UNDER }, { U"小于", RW_QUAL_UNDER },
	{ U"最多", RW_QUAL_UNDER }, { U"至多", RW_QUAL_UNDER },
	{ U"未满", RW_QUAL_UNDER }, { U"上", RW_QUAL_OVER },
	{ U"过", RW_QUAL_OVER },
};
#define NPREFIX	(sizeof(prefix_quals) / sizeof(prefix_quals[0]))

static const struct {
	const char32_t	*w;
	enum rw_qual	 q;
} suffix_quals[] = {
	{ U"以上", RW_QUAL_OVER }, { U"(含)以上", RW_QUAL_OVER },
	{ U"（含）以上", RW_QUAL_OVER }, { U"及以上", RW_QUAL_OVER },
	{ U"或以上", RW_QUAL_OVER }, { U"之多", RW_QUAL_OVER },
	{ U"有余", RW_QUAL_OVER }, { U"出头", RW_QUAL_OVER },
	{ U"开外", RW_QUAL_OVER }, { U"多", RW_QUAL_OVER },
	{ U"余", RW_QUAL_OVER },
	{ U"以下", RW_QUAL_UNDER }, { U"(含)以下", RW_QUAL_UNDER },
	{ U"（含）以下", RW_QUAL_UNDER }, { U"及以下", RW_QUAL_UNDER },
	{ U"或以下", RW_QUAL_UNDER }, { U"以内", RW_QUAL_UNDER },
	{ U"左右", RW_QUAL_APPROX }, { U"上下", RW_QUAL_APPROX },
};
#define NSUFFIX	(sizeof(suffix_quals) / sizeof(suffix_quals[0]))

/* Characters before 近/约/超 that make them part of another word. */
static const char32_t *
prefix_bad(const char32_t *w)
{
	if (w[1] != 0)
		return NULL;
	if (w[0] == U'近')
		return U"最附临靠邻贴就亲将接";
	if (w[0] == U'约')
		return U"节签制合公协预条契守相履违解誓大";
	if (w[0] == U'超')
		return U"高赶";
	return NULL;
}

/* 上/过 qualify only a bare magnitude: 上万人, 过千户. */
static int
prefix_bare_only(const char32_t *w)
{
	return w[1] == 0 && (w[0] == U'上' || w[0] == U'过');
}

static const struct {
	const char32_t	*w;
	const char	*per;
} per_words[] = {
	{ U"户", "household" }, { U"家庭", "household" },
	{ U"家", "household" }, { U"户家庭", "household" },
	{ U"人", "person" }, { U"名", "person" }, { U"位", "person" },
	{ U"人次", "person_time" },
	{ U"月", "month" }, { U"天", "day" }, { U"日", "day" },
	{ U"晚", "day" }, { U"夜", "day" },
	{ U"年", "year" }, { U"周", "week" }, { U"星期", "week" },
	{ U"季度", "quarter" }, { U"次", "times" },
	{ U"社区", "community" }, { U"村", "community" },
	{ U"所", "institution" }, { U"机构", "institution" },
	{ U"院", "institution" }, { U"家机构", "institution" },
	{ U"吨", "吨" }, { U"公斤", "公斤" }, { U"千克", "千克" },
	{ U"斤", "斤" }, { U"袋", "袋" }, { U"床", "床" },
};
#define NPER	(sizeof(per_words) / sizeof(per_words[0]))

/* Denominator word at s[i] (after 每, '/', 一); its length in *len. */
static const char *
per_at(const int32_t *s, size_t n, size_t i, size_t *len)
{
	size_t	 k, l, best = 0, ge = 0;
	const char *per = NULL;

	if (wat(s, n, i, U"个"))
		ge = 1;
	for (k = 0; k < NPER; k++)
		if ((l = wat(s, n, i + ge, per_words[k].w)) > best) {
			best = l;
			per = per_words[k].per;
		}
	if (per == NULL)
		return NULL;
	*len = ge + best;
	return per;
}

/* The rate marker ending right before s[e]: 每X, 人均, 户均, 各. */
static const char *
per_before(const int32_t *s, size_t n, size_t e, size_t *start,
    unsigned *flags)
{
	size_t	 k, len;
	const char *per;

	if (e >= 2 && (wat(s, n, e - 2, U"人均") || wat(s, n, e - 2, U"户均"))) {
		*start = e - 2;
		return s[e - 2] == 0x4eba ? "person" : "household";
	}
	if (e >= 1 && s[e - 1] == 0x5404) {	/* 各 */
		*start = e - 1;
		*flags |= RW_QF_EACH;
		return "type";
	}
	for (k = e >= 5 ? e - 5 : 0; k + 1 < e; k++) {
		if (s[k] != 0x6bcf)	/* 每 */
			continue;
		per = per_at(s, n, k + 1, &len);
		if (per != NULL && k + 1 + len == e) {
			*start = k;
			return per;
		}
	}
	return NULL;
}

/* --- scanning ------------------------------------------------------------- */

/* Words that begin with a numeral but are no number. */
static const char32_t *const lexicon[] = {
	U"一切", U"一看", U"一样", U"一般", U"一些", U"一直", U"一起", U"一定",
	U"一致", U"一旦", U"一向", U"一律", U"一同", U"一道", U"一贯", U"一边",
	U"一面", U"一下子", U"一味", U"一再", U"一心", U"一举", U"一经", U"一流",
	U"一共",
	U"四川", U"四周", U"四处", U"四面", U"十足", U"十分", U"万一", U"三明治",
	U"七夕", U"九州", NULL
};

/* Words that end in a numeral: 统一, 唯一, 万一. */
static const char32_t *const lexicon_end[] = {
	U"统一", U"唯一", U"万一", U"划一", U"专一", U"同一", U"单一", U"逐一",
	U"初一", NULL
};

static int
in_word_end(const int32_t *s, size_t n, size_t i)
{
	size_t	 k, l;

	for (k = 0; lexicon_end[k] != NULL; k++) {
		l = u32len(lexicon_end[k]);
		if (i + 1 >= l && wat(s, n, i + 1 - l, lexicon_end[k]) == l)
			return 1;
	}
	return 0;
}

/* The characters a numeral can start with, before any context. */
static int
start_char(const int32_t *s, size_t n, size_t i, unsigned mode)
{
	int	 weak, big, d;
	int32_t	 c = s[i];

	if (is_digit(c) || c == 0x3007)
		return 1;
	if (c == '.')
		return (mode & RW_QTY_PLAIN) && i + 1 < n &&
		    is_digit(s[i + 1]) && (i == 0 ||
		    (!is_digit(s[i - 1]) && s[i - 1] != '.'));
	if (!is_ideo(c))
		return 0;
	if (cdig(c, &weak) >= 0)
		return 1;
	if (c == C_NIAN20 || c == C_SA30 || c == C_XI40)
		return 1;
	if ((d = cmag(c, &big, &weak)) == 1)
		return 1;
	/* 百余名, 千余户, 万余人; 近万户, 逾千人, 上百名 */
	if (d > 1 && ((i + 1 < n && is_over(s[i + 1]) && s[i + 1] != C_JI &&
	    s[i + 1] != C_JI_T) || (i > 0 && in_set(s[i - 1], U"近逾超过上"))))
		return 1;
	/* 半万; 半吨 and 半袋 (goods, as the README reads 半) */
	if (c == C_BAN)
		return i + 1 < n && (cmag(s[i + 1], &big, &weak) > 0 ||
		    in_set(s[i + 1], U"吨袋桶箱") || wat(s, n, i + 1,
		    U"公斤") > 0);
	/* 百三, 千三, 萬九: a leading magnitude needs a digit after it */
	if ((mode & RW_QTY_PLAIN) && d > 1 && d < 8)
		return i + 1 < n && cdig(s[i + 1], &weak) >= 0 && !weak;
	if ((mode & RW_QTY_VAGUE) && (c == C_JI || c == C_JI_T || c == C_SHU))
		return i + 1 < n && cmag(s[i + 1], &big, &weak) > 0 && !big;
	return 0;
}

static int
may_start(const int32_t *s, size_t n, size_t i, unsigned mode)
{
	int	 weak, big;
	int32_t	 c = s[i];

	if (!start_char(s, n, i, mode))
		return 0;
	if (!is_ideo(c))
		return 1;
	if (wlist(s, n, i, lexicon, NULL) > 0 || in_word_end(s, n, i))
		return 0;
	/* 几十万, 数百: an amount without a numeral */
	if (!(mode & RW_QTY_VAGUE) && i > 0 && (s[i - 1] == C_JI ||
	    s[i - 1] == C_JI_T || s[i - 1] == C_SHU) &&
	    cmag(c, &big, &weak) > 0)
		return 0;
	/* 二两: 两 after a digit is a weight; 两两: in pairs */
	if ((c == C_LIANG || c == C_LIANG_T) && i > 0 &&
	    (cdig(s[i - 1], &weak) >= 0 || s[i - 1] == C_LIANG_T))
		return 0;
	if ((c == C_LIANG || c == C_LIANG_T) && i + 1 < n &&
	    (s[i + 1] == C_LIANG || s[i + 1] == C_LIANG_T))
		return 0;
	return 1;
}

static int
is_sep(int32_t c)
{
	return c == '-' || c == '~' || c == 0x2014 || c == 0x2013 ||
	    c == 0x301c || c == 0x81f3 || c == 0x5230 || c == 0x2015;
}

static size_t
skip_spaces(const int32_t *s, size_t n, size_t j)
{
	while (j < n && is_space(s[j]))
		j++;
	return j;
}

/* "(含)" after the lower bound of a range. */
static size_t
inclusive_mark(const int32_t *s, size_t n, size_t j)
{
	if (wat(s, n, j, U"(含)"))
		return 3;
	if (wat(s, n, j, U"（含）"))
		return 3;
	return 0;
}

/* Fractions in plain mode: 五分之一, 3又2分之1, 3/5, 1 3/5, 负3分之负1. */
static size_t
fraction(const int32_t *s, size_t n, size_t j, unsigned mode, double a,
    double *value)
{
	struct rw_num	 b, c;
	size_t		 k, l;
	double		 sb = 1;

	k = skip_spaces(s, n, j);
	if (wat(s, n, k, U"分")) {
		k = skip_spaces(s, n, k + 1);
		if (!wat(s, n, k, U"之"))
			return 0;
		k = skip_spaces(s, n, k + 1);
		if (k < n && (s[k] == C_FU || s[k] == C_FU_T)) {
			sb = -1;
			k++;
		}
		if (k >= n || !may_start(s, n, k, mode) ||
		    (l = rw_qty_number(s + k, n - k, mode & ~RW_QTY_VAGUE,
		    &b)) == 0 || (b.flags & RW_QF_OVERFLOW) || a == 0)
			return 0;
		*value = sb * b.value / a;
		return k + b.core - j;
	}
	if (k < n && s[k] == '/' && k + 1 < n && is_digit(s[k + 1])) {
		l = rw_qty_number(s + k + 1, n - k - 1, 0, &b);
		if (l == 0 || (b.flags & (RW_QF_OVERFLOW | RW_QF_CHINESE)) ||
		    b.value == 0 || b.over)
			return 0;
		*value = a / b.value;
		return k + 1 + b.core - j;
	}
	/* 1 3/5: an integer, a space, a fraction */
	if (k > j && k < n && is_digit(s[k]) && a == (double)(long long)a) {
		l = rw_qty_number(s + k, n - k, 0, &c);
		if (l == 0 || (c.flags & (RW_QF_OVERFLOW | RW_QF_CHINESE)) ||
		    c.over || k + c.core >= n || s[k + c.core] != '/')
			return 0;
		l = fraction(s, n, k + c.core, mode, c.value, &sb);
		if (l == 0)
			return 0;
		*value = (a < 0 ? -1 : 1) * (a < 0 ? -a + sb : a + sb);
		return k + c.core + l - j;
	}
	return 0;
}

/* The numeral at s[i] starts with a magnitude (万余, 近千). */
static int
tk_bare(const int32_t *s, size_t n, size_t i)
{
	int	 big, weak;

	return i < n && cmag(s[i], &big, &weak) > 1;
}

static void
add_qty(struct rw_qty **out, size_t *n, size_t *cap, const struct rw_qty *q)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*out = xreallocarray(*out, *cap, sizeof(**out));
	}
	(*out)[(*n)++] = *q;
}

static int
prefix_ok(const int32_t *s, size_t n, size_t at, const char32_t *w)
{
	const char32_t	*bad = prefix_bad(w);

	(void)n;
	return at == 0 || !in_set(s[at - 1], bad);
}

static int	 may_start(const int32_t *, size_t, size_t, unsigned);

/* A rate over time (每月) rather than over recipients (每人). */
static int
per_is_period(const char *per)
{
	return strcmp(per, "month") == 0 || strcmp(per, "day") == 0 ||
	    strcmp(per, "year") == 0 || strcmp(per, "week") == 0 ||
	    strcmp(per, "quarter") == 0;
}

/* 七八, 三五: two rising digits read as a range. */
static int
pair_range(const int32_t *s, double *lo, double *hi)
{
	int	 d1, d2, weak;

	d1 = cdig(s[0], &weak);
	d2 = cdig(s[1], &weak);
	if (d1 < 1 || !(d2 == d1 + 1 || d2 == d1 + 2))
		return 0;
	*lo = d1;
	*hi = d2;
	return 1;
}

/* Currency written before the number (人民币3.14, $20, 港币两千元). */
static size_t
money_prefix(const int32_t *s, size_t n, size_t ps, struct rw_qty *q)
{
	size_t	 k, l, j;

	j = ps;
	while (j > 0 && is_space(s[j - 1]))
		j--;
	for (k = 0; k < sizeof(prefix_money) / sizeof(prefix_money[0]); k++) {
		l = u32len(prefix_money[k].w);
		if (l > j || wat(s, n, j - l, prefix_money[k].w) != l)
			continue;
		/* 4人民币 5美元: the currency of the number before */
		if (j - l > 0 && (is_digit(s[j - l - 1]) ||
		    may_start(s, n, j - l - 1, 0)))
			return 0;
		if (q->unit != NULL && q->iso == NULL)
			return 0;
		if (q->unit == NULL || strcmp(q->unit, "yuan") == 0) {
			q->unit = prefix_money[k].unit;
			q->iso = prefix_money[k].iso;
		}
		return ps - (j - l);
	}
	return 0;
}

/* Suffix qualifier at s[e] (以上, 左右 …); its length, q->qual updated. */
static size_t
suffix_qual(const int32_t *s, size_t n, size_t e, const struct rw_num *num,
    struct rw_qty *q)
{
	size_t	 k, len, l = 0, idx = 0;

	for (k = 0; k < NSUFFIX; k++)
		if ((len = wat(s, n, e, suffix_quals[k].w)) > l) {
			l = len;
			idx = k;
		}
	/* a lone 多/余 after a counter starts another word (3人多次) */
	if (l == 1 && (q->unit != NULL || num->over))
		return 0;
	if (l > 0 && !(q->qual == RW_QUAL_OVER &&
	    suffix_quals[idx].q == RW_QUAL_APPROX))
		q->qual = suffix_quals[idx].q;
	return l;
}

/* Rate after the unit: 200元/人, 元/人/月, 490元一吨, 600元每户. */
static size_t
suffix_rate(const int32_t *s, size_t n, size_t e, struct rw_qty *q)
{
	const char	*per;
	size_t		 l, k = e;

	if (k + 1 < n && s[k] == '/' && (per = per_at(s, n, k + 1, &l)) !=
	    NULL) {
		q->per = per;
		for (k += 1 + l; k + 1 < n && s[k] == '/' &&
		    per_at(s, n, k + 1, &l) != NULL; k += 1 + l)
			;
		return k - e;
	}
	if (q->iso != NULL && k + 1 < n && (s[k] == 0x4e00 ||
	    s[k] == 0x6bcf) && (per = per_at(s, n, k + 1, &l)) != NULL &&
	    strcmp(per, "person_time") != 0) {
		q->per = per;
		return 1 + l;
	}
	return 0;
}

/* Prefix qualifier ending at s[ps]; its length, q->qual updated. */
static size_t
prefix_qual(const int32_t *s, size_t n, size_t ps, size_t i, struct rw_qty *q)
{
	size_t	 k, len, l = 0, idx = 0;

	for (k = 0; k < NPREFIX; k++) {
		len = u32len(prefix_quals[k].w);
		if (len > l && len <= ps &&
		    wat(s, n, ps - len, prefix_quals[k].w) == len &&
		    prefix_ok(s, n, ps - len, prefix_quals[k].w) &&
		    (!prefix_bare_only(prefix_quals[k].w) ||
		    tk_bare(s, n, i))) {
			l = len;
			idx = k;
		}
	}
	/* an inner 余/多 is more precise than 约 */
	if (l > 0 && !(q->qual == RW_QUAL_OVER &&
	    prefix_quals[idx].q == RW_QUAL_APPROX))
		q->qual = prefix_quals[idx].q;
	return l;
}

/*
 * The upper end of a range starting at s[l] (a separator): 3000-6000元,
 * 1000元—2000元, 两到三万 (20000..30000), 8500到3万 (8500..30000).
 * Returns the new end of the quantity, or 0.
 */
static size_t
range_hi(const int32_t *s, size_t n, size_t l, unsigned mode,
    const struct rw_num *num, struct rw_qty *q)
{
	struct rw_num	 hi;
	struct rw_qty	 hq;
	size_t		 k, len, nend, ul;
	double		 v;
	int		 x;

	k = l + 1;
	if (k < n && s[k] == s[l] && s[l] != 0x81f3 && s[l] != 0x5230)
		k++;	/* —— */
	k = skip_spaces(s, n, k);
	if (k >= n || !may_start(s, n, k, mode & ~RW_QTY_PLAIN) ||
	    (len = rw_qty_number(s + k, n - k, mode, &hi)) == 0 ||
	    (hi.flags & (RW_QF_OVERFLOW | RW_QF_DIGITS)) || hi.has_max)
		return 0;
	memset(&hq, 0, sizeof(hq));
	nend = skip_spaces(s, n, k + len);
	if ((ul = match_unit(s, n, nend, k, &hq)) == 0)
		return 0;
	hq.value = hi.value;
	if (hq.iso != NULL)
		ul += subunit(s, n, nend + ul, mode, hq.iso,
		    s[nend] == 0x5757 && wat(s, n, nend + 1, U"钱") == 0,
		    &hq.value);
	hi.value = hq.value;
	v = q->value;
	if (q->unit == NULL && hi.trail > 0 && !(num->flags & RW_QF_BIG) &&
	    (hi.trail >= 4 || !(num->flags & RW_QF_MAG))) {
		for (x = 0; x < hi.trail && x < 16; x++)
			v *= 10;
		if (v > hi.value)
			v = q->value;
	}
	if (v >= hi.value || (q->unit != NULL && strcmp(q->unit, hq.unit) != 0))
		return 0;
	if (q->unit == NULL) {
		q->unit = hq.unit;
		q->iso = hq.iso;
		q->noun = hq.noun;
		q->flags |= hq.flags & RW_QF_EVENT;
	}
	q->value = v;
	q->max = hi.value;
	q->has_max = 1;
	q->ustart = nend;
	q->uend = nend + ul;
	if (hi.over)
		q->qual = RW_QUAL_OVER;
	return nend + ul;
}

/* Plain mode: a sign, a fraction, 又 + fraction, 打; returns the new j. */
static size_t
plain_extras(const int32_t *s, size_t n, size_t lo, size_t i, size_t j,
    unsigned mode, const struct rw_num *num, struct rw_qty *q, int *neg)
{
	struct rw_num	 whole;
	size_t		 l, k, y;
	double		 v;

	k = i;
	if (k > lo + 1 && s[k - 1] == ' ' && is_digit(s[i]))
		k--;	/* 负 1,200,000 */
	if (k > lo && (s[k - 1] == C_FU || s[k - 1] == C_FU_T ||
	    (s[k - 1] == '-' && (k < 2 || (s[k - 2] != '-' &&
	    !is_digit(s[k - 2]) && !is_alpha(s[k - 2])))))) {
		*neg = 1;
		q->nstart = q->start = k - 1;
		q->value = -q->value;
	}
	if (num->has_max || num->over)
		return j;
	if ((l = fraction(s, n, j, mode, q->value, &v)) > 0) {
		q->value = v;
		q->flags |= RW_QF_INEXACT;
		return q->nend = j + l;
	}
	y = skip_spaces(s, n, j);
	if (wat(s, n, y, U"又")) {
		y = skip_spaces(s, n, y + 1);
		if (y < n && (l = rw_qty_number(s + y, n - y, mode, &whole)) >
		    0 && !(whole.flags & RW_QF_OVERFLOW) && (k = fraction(s, n,
		    y + whole.core, mode, whole.value, &v)) > 0) {
			q->value += *neg ? -v : v;
			q->flags |= RW_QF_INEXACT;
			return q->nend = y + whole.core + k;
		}
	}
	/* 十打 = 120, but not 一三三…打电话 */
	if (j < n && s[j] == C_DA12 && !(num->flags & RW_QF_DIGITS) &&
	    !(j + 1 < n && in_set(s[j + 1], U"电开算工造击扫卡印通车针破听"))) {
		q->value *= 12;
		return q->nend = j + 1;
	}
	return j;
}

/*
 * Reads the quantity whose numeral starts at s[i] into q (q->unit NULL
 * for a bare number); its prefixes stay at or after lo, the end of the
 * quantity before.  Returns 1 if there is one to report; *skip is where
 * scanning goes on either way.
 */
static int
read_qty(const int32_t *s, size_t n, size_t lo, size_t i, unsigned mode,
    struct rw_qty *q, size_t *skip)
{
	struct rw_num	 num;
	const int32_t	*b;
	const char	*per;
	size_t		 len, j, k, l, e, ps, ul, bn;
	unsigned	 outer = 0;
	int		 neg = 0;

	memset(q, 0, sizeof(*q));
	if (i >= 2 && s[i - 1] == '.' && is_digit(s[i - 2]))
		mode |= NODEC;
	len = rw_qty_number(s + i, n - i, mode, &num);
	if (len == 0) {
		*skip = i + 1;
		return 0;
	}
	*skip = i + len;
	if (num.flags & RW_QF_OVERFLOW)
		return 0;
	/* a lone 陆, 伍, 拾, 肆 is a word (陆地, 入伍, 收拾, 放肆) */
	if (num.flags & RW_QF_WEAK)
		return 0;
	q->flags = num.flags;
	q->value = num.value;
	q->max = num.max;
	q->has_max = num.has_max;
	q->nstart = q->start = i;
	q->nend = i + num.core;
	q->qual = num.over ? RW_QUAL_OVER : RW_QUAL_EXACT;
	j = i + len;
	if (mode & RW_QTY_PLAIN) {
		j = plain_extras(s, n, lo, i, j, mode, &num, q, &neg);
		/* percentages are another kind of figure */
		if (j < n && s[j] == '%')
			return 0;
	}
	if (q->nend > *skip)
		*skip = q->nend;

	k = skip_spaces(s, n, j);
	if ((ul = match_unit(s, n, k, i, q)) > 0) {
		/* 七八英镑, 三五户: two digits before a unit are a range */
		if ((q->flags & RW_QF_DIGITS) && num.len == 2 && k == j &&
		    pair_range(s + i, &q->value, &q->max)) {
			q->has_max = 1;
			q->flags &= ~RW_QF_DIGITS;
		}
		q->ustart = k;
		q->uend = e = k + ul;
		/* 3万件(套); 2.1万人(次) counts person-times */
		if (e + 2 < n && (s[e] == '(' || s[e] == 0xff08) &&
		    (s[e + 2] == ')' || s[e + 2] == 0xff09) &&
		    is_ideo(s[e + 1])) {
			if (s[e + 1] == 0x6b21 && strcmp(q->unit, "person") == 0)
				q->unit = "person_time";
			else if (s[e + 1] == 0x6b21 &&
			    strcmp(q->unit, "household") == 0)
				q->unit = "household_time";
			e += 3;
		}
		if (q->iso != NULL)
			e += subunit(s, n, e, mode, q->iso, s[k] == 0x5757 &&
			    ul == 1, &q->value);
		if (q->iso != NULL && strcmp(q->iso, "CNY") == 0)
			e += wat(s, n, e, U"人民币");
	} else {
		q->unit = NULL;
		q->noun = RW_NOUN_NONE;
		/* a trailing 余/多 stays with a bare number only before a unit */
		e = q->nend;
		if (num.core < num.len && !(mode & RW_QTY_PLAIN))
			e = j;
		else if (num.core < num.len)
			q->qual = RW_QUAL_EXACT;
	}
	/* the prefixes are read on s[lo..]: b */
	b = s + lo;
	bn = n - lo;
	ps = q->start - money_prefix(b, bn, q->start - lo, q);

	/* a range after the lower bound and its (含) */
	l = skip_spaces(s, n, e + inclusive_mark(s, n, e));
	if (!num.has_max && !neg && l < n && is_sep(s[l]) &&
	    (k = range_hi(s, n, l, mode, &num, q)) > 0) {
		e = k;
		/* 从8500到3万港元 */
		if (ps > lo && s[ps - 1] == 0x4ece)
			ps--;
	}
	if (q->unit == NULL && !(mode & RW_QTY_PLAIN))
		return 0;
	if (q->unit == NULL)
		q->ustart = q->uend = q->nend;

	e += suffix_qual(s, n, e, &num, q);
	if (q->unit != NULL)
		e += suffix_rate(s, n, e, q);
	q->end = e;

	ps -= prefix_qual(b, bn, ps - lo, i - lo, q);
	if (q->unit != NULL && q->per == NULL &&
	    (q->per = per_before(b, bn, ps - lo, &k, &q->flags)) != NULL) {
		ps = lo + k;
		/* 每人每月722元, 每月每人300元: per person, not month */
		if (s[ps] == 0x6bcf && (per = per_before(b, bn, ps - lo, &l,
		    &outer)) != NULL && b[l] == 0x6bcf) {
			if (per_is_period(q->per))
				q->per = per;
			ps = lo + l;
		}
	}
	q->start = ps;
	if (ps > 0 && s[ps - 1] == C_DI)
		q->flags |= RW_QF_ORDINAL;
	if ((i > 0 && (is_alpha(s[i - 1]) || s[i - 1] == '+' ||
	    s[i - 1] == '#')) || (q->nend < n && (s[q->nend] == '+' ||
	    (q->ustart == q->nend && is_alpha(s[q->nend])))))
		q->flags |= RW_QF_CODE;
	if (q->end > *skip)
		*skip = q->end;
	return 1;
}

int
rw_qty_scan(const struct rw_text *t, unsigned mode, struct rw_qty **out,
    size_t *nout, struct rw_err *err)
{
	struct rw_qty	 q;
	const int32_t	*s = t->cp;
	size_t		 n = t->ncp, i = 0, skip, cap = 0, lo = 0;

	(void)err;
	*out = NULL;
	*nout = 0;
	while (i < n) {
		if (!may_start(s, n, i, mode)) {
			i++;
			continue;
		}
		/* inside a word of letters and digits (A2021, 5G) */
		if (is_digit(s[i]) && i > 0 && is_alpha(s[i - 1]) &&
		    !(mode & RW_QTY_PLAIN)) {
			while (i < n && (is_digit(s[i]) || is_alpha(s[i])))
				i++;
			continue;
		}
		if (read_qty(s, n, lo, i, mode, &q, &skip)) {
			add_qty(out, nout, &cap, &q);
			lo = q.end;
		}
		i = skip > i ? skip : i + 1;
	}
	return 0;
}

const char *
rw_qty_per_word(const int32_t *s, size_t n, size_t i, size_t *len)
{
	return per_at(s, n, i, len);
}

const char *
rw_qual_name(enum rw_qual q)
{
	switch (q) {
	case RW_QUAL_APPROX:
		return "approx";
	case RW_QUAL_OVER:
		return "over";
	case RW_QUAL_UNDER:
		return "under";
	default:
		return "exact";
	}
}
