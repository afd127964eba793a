/* SPDX-License-Identifier: ISC */
/*
 * text.h - the normalised view of an article text that every matching
 * rule reads, with an exact map back to the original.
 *
 * The view is an array of code points:
 *   - full-width digits, Latin letters and number punctuation (．－＋％／
 *     ～ ￥ ＄) are folded to ASCII with utf8proc's NFKC; Chinese
 *     punctuation (，。：（）…) is kept as it is;
 *   - Traditional characters are converted to Simplified with OpenCC's
 *     t2s.json, only when the text holds a character that t2s changes.
 *     By default the conversion is OpenCC's character conversion, read
 *     from OpenCC once per context into a table (one code point for one:
 *     OpenCC 1.1.5's t2s phrase dictionary has three entries, and a whole
 *     text through OpenCC runs at 2-8 MB/s, a table at hundreds).  With
 *     RW_TEXT_PHRASES the whole text goes through OpenCC; a phrase
 *     conversion that changes the length of a run of ideographs is then
 *     replaced by the character conversion of that run, so that every
 *     view code point still stands for exactly one original code point;
 *   - stray pinyin annotations after a Chinese character, such as the
 *     "(wàn)" of 17萬(wàn)3千, are left out of the view.
 * map[i] is the original code-point index of view code point i, strictly
 * increasing; a view span [a, b) is the original span
 * [map[a], map[b - 1] + 1).  Invalid UTF-8 bytes count as one code point
 * each and appear in the view as U+FFFD.
 *
 * Ownership: rw_text_ctx_new returns a context (the OpenCC converter and
 * a table derived from it) owned by the caller; create one per process
 * and pass it to every call; it is only read after creation.
 * rw_text_new copies the text it is given; free it with rw_text_free.
 */
#ifndef RW_TEXT_H
#define RW_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct rw_text_ctx;

struct rw_text {
	int32_t		*cp;	/* view code points, cp[ncp] == 0 */
	size_t		*map;	/* view index -> original code point */
	size_t		 ncp;
	char		*src;	/* copy of the original, NUL-terminated */
	size_t		 srclen;
	size_t		*ob;	/* original code point -> byte offset */
	size_t		 norig;	/* original length in code points */
	int		 converted;	/* 1 if OpenCC changed the view */
};

#define RW_TEXT_PHRASES	0x1u	/* whole texts through OpenCC (slow) */

/* Opens OpenCC's t2s.json; NULL and the error filled on failure. */
struct rw_text_ctx *rw_text_ctx_new(struct rw_err *);
/* The same with another OpenCC configuration and RW_TEXT_* flags (tests
 * use s2twp.json, whose phrases change length). */
struct rw_text_ctx *rw_text_ctx_open(const char *config, unsigned flags,
	    struct rw_err *);
void	 rw_text_ctx_free(struct rw_text_ctx *);

/* 1 if t2s changes code point c on its own (a Traditional character). */
int	 rw_text_is_trad(const struct rw_text_ctx *, int32_t c);

/*
 * Builds the view of s[0..len).  Returns NULL and fills the error only
 * when OpenCC fails; the text itself may hold any bytes.
 */
struct rw_text *rw_text_new(const struct rw_text_ctx *, const char *s,
	    size_t len, struct rw_err *);
void	 rw_text_free(struct rw_text *);

/* Original code-point span of view span [a, b); a < b <= ncp. */
size_t	 rw_text_ostart(const struct rw_text *, size_t a);
size_t	 rw_text_oend(const struct rw_text *, size_t b);

/* Copy of the original text of original code points [os, oe). */
char	*rw_text_orig(const struct rw_text *, size_t os, size_t oe);
/* UTF-8 copy of view code points [a, b). */
char	*rw_text_view(const struct rw_text *, size_t a, size_t b);

/*
 * 1 if the view holds the word w starting at index i; w must be valid
 * UTF-8 (a literal: it is decoded without checks).
 */
int	 rw_text_at(const struct rw_text *, size_t i, const char *w);
/* Code-point length of UTF-8 word w. */
size_t	 rw_text_wlen(const char *w);

#endif
