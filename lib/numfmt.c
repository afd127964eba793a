/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

struct scale {
	double		 factor;
	const char	*word;
};

/* Largest first; the next larger factor / this factor is the roll-over. */
static const struct scale zh_scales[] = {
	{ 1e12, "万亿" }, { 1e8, "亿" }, { 1e4, "万" }
};
static const struct scale en_scales[] = {
	{ 1e12, " trillion" }, { 1e9, " billion" }, { 1e6, " million" }
};

/* Appends a plain decimal string ("-1234.5"), grouping the integer part. */
static void
add_grouped(struct rw_buf *b, const char *s)
{
	size_t	 i, n, intlen;

	if (*s == '-') {
		rw_buf_addc(b, '-');
		s++;
	}
	if (strchr(s, 'e') != NULL || strchr(s, 'E') != NULL) {
		rw_buf_adds(b, s);
		return;
	}
	n = strlen(s);
	for (intlen = 0; intlen < n && s[intlen] != '.'; intlen++)
		continue;
	for (i = 0; i < intlen; i++) {
		if (i > 0 && (intlen - i) % 3 == 0)
			rw_buf_addc(b, ',');
		rw_buf_addc(b, s[i]);
	}
	rw_buf_add(b, s + intlen, n - intlen);
}

/* Drops trailing zeros of a fraction, and the point if nothing is left. */
static void
trim_zeros(char *s)
{
	char	*p, *end;

	if ((p = strchr(s, '.')) == NULL)
		return;
	end = s + strlen(s);
	while (end > p + 1 && end[-1] == '0')
		end--;
	if (end == p + 1)
		end = p;
	*end = '\0';
}

void
rw_numfmt_exact(struct rw_buf *b, double v)
{
	char	 s[64];

	if (!isfinite(v)) {
		rw_buf_addc(b, '?');
		return;
	}
	if (v == 0)
		v = 0;		/* no "-0" */
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		snprintf(s, sizeof(s), "%lld", (long long)v);
	else {
		snprintf(s, sizeof(s), "%.15g", v);
		trim_zeros(s);
	}
	add_grouped(b, s);
}

/* The scaled value x with 3 significant digits (0 to 2 decimals). */
static void
sig3(char *s, size_t n, double x)
{
	int	 dec;

	dec = x >= 99.995 ? 0 : x >= 9.9995 ? 1 : 2;
	snprintf(s, n, "%.*f", dec, x);
	trim_zeros(s);
}

void
rw_numfmt_compact(struct rw_buf *b, double v, enum rw_lang lang)
{
	const struct scale	*sc;
	size_t			 nsc, i;
	double			 a;
	char			 s[64];

	if (!isfinite(v)) {
		rw_buf_addc(b, '?');
		return;
	}
	sc = lang == RW_LANG_EN ? en_scales : zh_scales;
	nsc = 3;
	a = fabs(v);
	for (i = 0; i < nsc; i++) {
		if (a < sc[i].factor)
			continue;
		sig3(s, sizeof(s), a / sc[i].factor);
		/* 9999.5万 rounds to 10000万: say 1亿 instead. */
		if (i > 0 && strtod(s, NULL) * sc[i].factor >=
		    sc[i - 1].factor) {
			i--;
			sig3(s, sizeof(s), a / sc[i].factor);
		}
		if (v < 0)
			rw_buf_addc(b, '-');
		rw_buf_adds(b, s);
		rw_buf_adds(b, sc[i].word);
		return;
	}
	snprintf(s, sizeof(s), "%.2f", a);
	trim_zeros(s);
	/* Below the first scale, rounding may still reach it (9999.996). */
	if (strtod(s, NULL) >= sc[nsc - 1].factor) {
		if (v < 0)
			rw_buf_addc(b, '-');
		rw_buf_adds(b, "1");
		rw_buf_adds(b, sc[nsc - 1].word);
		return;
	}
	if (v < 0 && strcmp(s, "0") != 0)
		rw_buf_addc(b, '-');
	add_grouped(b, s);
}

void
rw_numfmt_compact_unit(struct rw_buf *b, double v, const char *unit,
    enum rw_lang lang)
{
	rw_numfmt_compact(b, v, lang);
	if (unit == NULL || *unit == '\0')
		return;
	if (lang == RW_LANG_EN)
		rw_buf_addc(b, ' ');
	rw_buf_adds(b, unit);
}
