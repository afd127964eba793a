/* SPDX-License-Identifier: ISC */
/*
 * md.h - Markdown to HTML through cmark with safe settings, and escaping
 * of scraped text for inclusion in Markdown.
 *
 * This is the only module that includes cmark.  Rendering never passes
 * CMARK_OPT_UNSAFE: raw HTML (blocks and inline) is dropped from the
 * tree, and links or images whose destination is not http:, https: or
 * relative (rw_tmpl_url_safe in tmpl.h) are replaced by their text.
 * Invalid UTF-8 becomes U+FFFD.
 */
#ifndef RW_MD_H
#define RW_MD_H

#include <stddef.h>

#include "util.h"

/* Inputs larger than this are refused (bounded work per page). */
#define RW_MD_MAX	(64 * 1024 * 1024)

/*
 * Renders len bytes of CommonMark to an HTML fragment.  Returns a
 * NUL-terminated string the caller frees with free(3), or NULL (input
 * too large, or cmark failed) with err filled.
 */
char	*rw_md_render(const char *markdown, size_t len, struct rw_err *);

/*
 * Appends text to b so that Markdown shows exactly that text as inline
 * content: every ASCII punctuation character is backslash-escaped (so no
 * link, emphasis, code, HTML, entity, heading, list, quote or thematic
 * break can start), line breaks, tabs and other ASCII control
 * characters become spaces (the result is one line), NUL bytes are
 * dropped, and leading and trailing ASCII whitespace is trimmed (so no
 * indented code block starts).  rw_md_escapen takes a length and may
 * see NUL bytes.
 */
void	 rw_md_escape(struct rw_buf *b, const char *text);
void	 rw_md_escapen(struct rw_buf *b, const char *text, size_t len);

#endif
