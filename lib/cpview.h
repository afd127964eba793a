/* SPDX-License-Identifier: ISC */
/*
 * cpview.h - a UTF-8 text as code points, with byte offsets and a matching
 * view (Simplified when the text is Traditional) of the same length.
 *
 * Scanners match on key[] and report code-point offsets, which are the
 * offsets of records (records.md); strings "as written" are cut from the
 * original bytes with rw_cpview_strdup.
 */
#ifndef RW_CPVIEW_H
#define RW_CPVIEW_H

#include <stddef.h>
#include <stdint.h>

struct rw_hans;

struct rw_cpview {
	const char	*text;	/* borrowed */
	size_t		 len;
	int32_t		*cp;	/* code points; invalid bytes read as U+FFFD */
	int32_t		*key;	/* matching view; == cp when not converted */
	size_t		*boff;	/* byte offset of each code point, n + 1 */
	size_t		 n;
};

/* Traditional-only characters that make a text Traditional. */
#define RW_CPVIEW_TRAD	3

/*
 * Fills v for text[0..len).  With hans not NULL the matching view is
 * converted to Simplified when the text holds at least trad characters
 * that only Traditional writing uses (0: always; RW_CPVIEW_TRAD for text
 * of unknown script).  Free with rw_cpview_free.
 */
void	 rw_cpview_init(struct rw_cpview *v, const char *text, size_t len,
	    const struct rw_hans *hans, size_t trad);
void	 rw_cpview_free(struct rw_cpview *v);
/* The original text of code points [start, end); caller frees. */
char	*rw_cpview_strdup(const struct rw_cpview *v, size_t start, size_t end);

#endif
