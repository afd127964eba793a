/* SPDX-License-Identifier: ISC */
/*
 * decode.h - bytes of a web page to UTF-8.
 *
 * Order of evidence: a byte-order mark; then the bytes themselves (text
 * that is valid UTF-8 is UTF-8, whatever the page declares: Chinese
 * GB/Big5 text is practically never valid UTF-8); then the declaration
 * (<meta charset>, http-equiv Content-Type, the XML declaration) when it
 * decodes cleanly; then uchardet.  GB2312 and GBK are decoded as their
 * superset GB18030, Big5 as Big5-HKSCS, ISO-8859-1 as windows-1252 (as
 * browsers do).  Undecodable bytes become U+FFFD and NUL bytes are
 * dropped, so the result is always valid UTF-8 without NULs.
 */
#ifndef RW_DECODE_H
#define RW_DECODE_H

#include <stddef.h>

#include "util.h"

struct rw_decoded {
	char		*text;		/* UTF-8, NUL-terminated; caller frees */
	size_t		 len;
	const char	*encoding;	/* static name: "UTF-8", "GB18030", ... */
	const char	*declared;	/* static canonical name, or NULL */
	size_t		 errors;	/* bytes replaced by U+FFFD */
};

/*
 * Decodes a page.  Returns 0, or -1 when the bytes are not a text
 * document at all (empty, whitespace only, or binary such as gzip, PDF or
 * images), with the reason in the error.
 */
int	 rw_decode(const char *bytes, size_t len, struct rw_decoded *,
	    struct rw_err *);
void	 rw_decoded_free(struct rw_decoded *);

/* Canonical encoding name for a declared charset label, or NULL. */
const char *rw_decode_canonical(const char *label, size_t len);

#endif
