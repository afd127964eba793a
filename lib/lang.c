/* SPDX-License-Identifier: ISC */
#include <ctype.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include <opencc/opencc.h>

#include "lang.h"
#include "utf8.h"
#include "util.h"

/* Han characters looked at for Simplified/Traditional. */
#define HAN_SAMPLE	200
/* Code points counted for the script decision. */
#define SCRIPT_SAMPLE	600

enum script {
	S_HAN, S_KANA, S_HANGUL, S_LATIN, S_CYRILLIC, S_GREEK, S_ARABIC,
	S_HEBREW, S_THAI, S_DEVANAGARI, S__COUNT
};

static int
script_of(int32_t c)
{
	if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f))
		return S_HAN;
	if ((c >= 0x3041 && c <= 0x30ff && c != 0x30fb && c != 0x30fc) ||
	    (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d))
		return S_KANA;
	if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) ||
	    (c >= 0x3130 && c <= 0x318f))
		return S_HANGUL;
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7))
		return S_LATIN;
	if (c >= 0x400 && c <= 0x4ff)
		return S_CYRILLIC;
	if (c >= 0x370 && c <= 0x3ff)
		return S_GREEK;
	if (c >= 0x600 && c <= 0x6ff)
		return S_ARABIC;
	if (c >= 0x590 && c <= 0x5ff)
		return S_HEBREW;
	if (c >= 0xe00 && c <= 0xe7f)
		return S_THAI;
	if (c >= 0x900 && c <= 0x97f)
		return S_DEVANAGARI;
	return -1;
}

/* The code point at s[*i] (fast for ASCII and three-byte forms); moves
 * *i past it.  Invalid bytes give -1. */
static inline int32_t
next_cp(const char *s, size_t n, size_t *i)
{
	const unsigned char	*u = (const unsigned char *)s + *i;
	int32_t			 cp;

	if (u[0] < 0x80) {
		(*i)++;
		return u[0];
	}
	if (u[0] >= 0xe1 && u[0] <= 0xec && *i + 2 < n &&
	    (u[1] & 0xc0) == 0x80 && (u[2] & 0xc0) == 0x80) {
		*i += 3;
		return ((u[0] & 0x0f) << 12) | ((u[1] & 0x3f) << 6) |
		    (u[2] & 0x3f);
	}
	*i += (size_t)rw_utf8_decode(s + *i, n - *i, &cp);
	return cp;
}

/* Frequent short words of Latin-script languages: <html lang> is a
 * template default as often as not. */
static const struct {
	const char	*tag;
	const char	*words;
} latin[] = {
	{ "en", " the and of to is that for with was are this from have it on "
	    "by be as at an or not but which " },
	{ "de", " der die und das ist nicht ein eine mit auf den von sich des "
	    "dem zu im auch es für wird sind werden dass " },
	{ "fr", " le la les et des est une du que dans pour pas sur au qui ne "
	    "avec ce il sont par plus " },
	{ "es", " el la los las y de que en un una es por con para del se no "
	    "al lo como más su " },
	{ "pt", " o a os as e de que do da em um uma para com não no na por "
	    "mais dos das se " },
	{ "it", " il la di e che un una per del della non con sono gli le da "
	    "in è al si nel più " },
	{ "nl", " de het een en van is dat niet op te met voor zijn die in er "
	    "ook aan om wordt " },
	{ "id", " yang dan di ini itu dengan untuk dari dalam tidak akan pada "
	    "adalah juga ke oleh " },
};

/*
 * The Latin-script language whose frequent words dominate the sample
 * (at least 10 hits and half again as many as the next), or NULL.
 */
static const char *
latin_words(const char *s, size_t n)
{
	size_t	 score[sizeof(latin) / sizeof(latin[0])] = { 0 };
	size_t	 i = 0, a, k, words = 0, best = 0, second = 0, top = 0;
	char	 w[16];

	while (i < n && words < 400) {
		while (i < n && !isalpha((unsigned char)s[i]) &&
		    (unsigned char)s[i] < 0x80)
			i++;
		for (a = i; i < n && (isalpha((unsigned char)s[i]) ||
		    (unsigned char)s[i] >= 0x80); i++)
			continue;
		if (i - a == 0 || i - a > sizeof(w) - 3)
			continue;
		w[0] = ' ';
		for (k = 0; k < i - a; k++)
			w[k + 1] = (char)tolower((unsigned char)s[a + k]);
		w[k + 1] = ' ';
		w[k + 2] = '\0';
		words++;
		for (k = 0; k < sizeof(latin) / sizeof(latin[0]); k++)
			if (strstr(latin[k].words, w) != NULL)
				score[k]++;
	}
	for (k = 0; k < sizeof(latin) / sizeof(latin[0]); k++) {
		if (score[k] > best) {
			second = best;
			best = score[k];
			top = k;
		} else if (score[k] > second)
			second = score[k];
	}
	if (best < 10 || best * 2 < second * 3)
		return NULL;
	return latin[top].tag;
}

/* The primary subtag of a declared language, lower-case, or "". */
static void
primary(const char *declared, char out[9])
{
	size_t	 i = 0;

	out[0] = '\0';
	if (declared == NULL)
		return;
	while (*declared == ' ')
		declared++;
	while (i < 8 && isalpha((unsigned char)declared[i])) {
		out[i] = (char)tolower((unsigned char)declared[i]);
		i++;
	}
	if (i < 2 || i > 3 || (declared[i] != '\0' && declared[i] != '-' &&
	    declared[i] != '_' && declared[i] != ' '))
		i = 0;
	out[i] = '\0';
}

/* 1 if the declared primary tag is one of the space-separated tags. */
static int
declared_in(const char *tag, const char *list)
{
	size_t	 n = strlen(tag);
	const char *p;

	if (n == 0)
		return 0;
	for (p = list; (p = strstr(p, tag)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' ||
		    p[n] == '\0'))
			return 1;
	return 0;
}

/* Appends the Han characters of s (at most limit) to b; returns how many. */
static size_t
han_only(const char *s, size_t n, size_t limit, struct rw_buf *b)
{
	size_t	 i = 0, j, nhan = 0;
	int32_t	 cp;

	rw_buf_grow(b, limit * 4);
	while (i < n && nhan < limit) {
		j = i;
		cp = next_cp(s, n, &i);
		if (cp >= 0 && script_of(cp) == S_HAN) {
			memcpy(b->data + b->len, s + j, i - j);
			b->len += i - j;
			nhan++;
		}
	}
	b->data[b->len] = '\0';
	return nhan;
}

/*
 * Han characters of the sample that GB2312 (the Simplified repertoire)
 * lacks; nhan gets the number looked at.  In GB18030 the GB2312 hanzi are
 * exactly the two-byte codes B0-F7 A1-FE.
 */
static size_t
outside_gb2312(const char *s, size_t n, size_t limit, size_t *nhan)
{
	struct rw_buf	 han = RW_BUF_INIT;
	iconv_t		 cd;
	char		*in, *out, *o;
	size_t		 il, ol, k, inside = 0, bad;
	unsigned char	 c, t;

	*nhan = han_only(s, n, limit, &han);
	if (*nhan == 0 || (cd = iconv_open("GB18030", "UTF-8")) ==
	    (iconv_t)-1) {
		rw_buf_free(&han);
		return 0;
	}
	in = han.data;
	il = han.len;
	ol = han.len / 3 * 4 + 16;
	out = o = xmalloc(ol);
	if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1)
		o = out;	/* cannot happen: GB18030 covers Unicode */
	iconv_close(cd);
	for (k = 0; k < (size_t)(o - out); ) {
		c = (unsigned char)out[k];
		if (c < 0x80) {
			k++;
			continue;
		}
		t = k + 1 < (size_t)(o - out) ? (unsigned char)out[k + 1] : 0;
		if (t >= 0x30 && t <= 0x39) {
			k += 4;		/* a four-byte code: outside */
			continue;
		}
		if (c >= 0xb0 && c <= 0xf7 && t >= 0xa1 && t <= 0xfe)
			inside++;
		k += 2;
	}
	free(out);
	rw_buf_free(&han);
	bad = inside < *nhan ? *nhan - inside : 0;
	return bad;
}

double
rw_lang_traditional_share(const char *s, size_t n, size_t limit)
{
	struct rw_buf	 han = RW_BUF_INIT;
	opencc_t	 cc;
	char		*conv;
	size_t		 i = 0, j = 0, nhan, changed = 0, m;
	int32_t		 a, b;

	/* Only the Han characters: conversion by character and phrase. */
	nhan = han_only(s, n, limit, &han);
	if (nhan == 0) {
		rw_buf_free(&han);
		return 0;
	}
	cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
	if (cc == (opencc_t)-1) {
		rw_buf_free(&han);
		return 0;
	}
	conv = opencc_convert_utf8(cc, han.data, han.len);
	if (conv != NULL) {
		m = strlen(conv);
		i = 0;
		while (i < han.len && j < m) {
			i += (size_t)rw_utf8_decode(han.data + i, han.len - i,
			    &a);
			j += (size_t)rw_utf8_decode(conv + j, m - j, &b);
			if (a != b)
				changed++;
		}
		opencc_convert_utf8_free(conv);
	}
	opencc_close(cc);
	rw_buf_free(&han);
	return (double)changed / (double)nhan;
}

/* Simplified or Traditional Chinese. */
static const char *
chinese(const char *s, size_t n)
{
	size_t	 nhan, bad;

	bad = outside_gb2312(s, n, HAN_SAMPLE, &nhan);
	/* Simplified text stays inside GB2312 but for rare names;
	 * Traditional text leaves it at every third character. */
	if (bad < 3 || bad * 50 < nhan)
		return "zh-Hans";
	if (bad * 5 >= nhan)
		return "zh-Hant";
	/* In between, OpenCC decides. */
	return rw_lang_traditional_share(s, n, HAN_SAMPLE) >= 0.05 ?
	    "zh-Hant" : "zh-Hans";
}

char *
rw_lang_detect(const char *s, size_t n, const char *declared)
{
	size_t		 count[S__COUNT] = { 0 }, i = 0, seen = 0, best;
	int32_t		 cp;
	int		 k, top;
	char		 tag[9];
	const char	*w;

	while (i < n && seen < SCRIPT_SAMPLE) {
		cp = next_cp(s, n, &i);
		if (cp >= 0 && (k = script_of(cp)) >= 0) {
			count[k]++;
			seen++;
		}
	}
	primary(declared, tag);
	/* Japanese mixes kana into Han text; a few kana are enough. */
	if (count[S_KANA] >= 10 && count[S_KANA] * 20 >= count[S_HAN] +
	    count[S_KANA])
		return xstrdup("ja");
	/* A Han character carries about a word: weigh letters as words. */
	best = 0;
	top = -1;
	for (k = 0; k < S__COUNT; k++) {
		size_t	 w = k == S_HAN || k == S_HANGUL || k == S_KANA ?
		    count[k] * 4 : count[k];

		if (w > best) {
			best = w;
			top = k;
		}
	}
	switch (top) {
	case S_HAN:
		return xstrdup(chinese(s, n));
	case S_KANA:
		return xstrdup("ja");
	case S_HANGUL:
		return xstrdup("ko");
	case S_CYRILLIC:
		return xstrdup(declared_in(tag,
		    "ru uk be bg sr mk kk ky tg mn") ? tag : "ru");
	case S_GREEK:
		return xstrdup("el");
	case S_ARABIC:
		return xstrdup(declared_in(tag, "ar fa ur ps ku sd ug") ? tag :
		    "ar");
	case S_HEBREW:
		return xstrdup(declared_in(tag, "yi") ? tag : "he");
	case S_THAI:
		return xstrdup("th");
	case S_DEVANAGARI:
		return xstrdup(declared_in(tag, "hi mr ne sa") ? tag : "hi");
	case S_LATIN:
		/*
		 * The words, unless the page declares a language they
		 * do not know (cs, pl, sv ...); else the declared tag when
		 * it names a Latin-script language.
		 */
		if ((tag[0] == '\0' || declared_in(tag,
		    "en de fr es pt it nl id")) &&
		    (w = latin_words(s, n)) != NULL)
			return xstrdup(w);
		if (tag[0] != '\0' && !declared_in(tag,
		    "zh ja ko ru uk be bg sr mk kk el ar fa ur he yi th hi mr "
		    "ne iw"))
			return xstrdup(tag);
		return xstrdup("en");
	default:
		return xstrdup(tag[0] != '\0' ? tag : "und");
	}
}
