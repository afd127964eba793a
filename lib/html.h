/* SPDX-License-Identifier: ISC */
/*
 * html.h - a compact, read-only DOM built from libxml2's HTML parser.
 *
 * This is the only module that includes libxml2.  The parser runs in SAX
 * mode and the events are stored as a flat array of nodes in document
 * order, so every element's subtree is the contiguous index range
 * [i, node.end).  Walks are loops over that range: no recursion, whatever
 * the nesting depth of the page.
 *
 * The input must already be UTF-8 (see decode.h); the page's own charset
 * declarations are ignored.  Nothing is fetched: no network, no external
 * entities, no XInclude.
 *
 * Ownership: rw_doc_parse returns a document the caller frees with
 * rw_doc_free; every const char * it hands out lives as long as the doc.
 */
#ifndef RW_HTML_H
#define RW_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define RW_NONE	UINT32_MAX

/* Tags the extractors look at; everything else is RW_TAG_OTHER. */
enum rw_tag {
	RW_TAG_TEXT = 0,	/* a text node */
	RW_TAG_OTHER,
	RW_TAG_A, RW_TAG_ABBR, RW_TAG_ADDRESS, RW_TAG_ARTICLE, RW_TAG_ASIDE,
	RW_TAG_AUDIO, RW_TAG_B, RW_TAG_BASE, RW_TAG_BLOCKQUOTE, RW_TAG_BODY,
	RW_TAG_BR, RW_TAG_BUTTON, RW_TAG_CANVAS, RW_TAG_CAPTION, RW_TAG_CENTER,
	RW_TAG_CITE, RW_TAG_CODE, RW_TAG_DD, RW_TAG_DEL, RW_TAG_DETAILS,
	RW_TAG_DIALOG, RW_TAG_DIV, RW_TAG_DL, RW_TAG_DT, RW_TAG_EM,
	RW_TAG_EMBED, RW_TAG_FIELDSET, RW_TAG_FIGCAPTION, RW_TAG_FIGURE,
	RW_TAG_FONT, RW_TAG_FOOTER, RW_TAG_FORM, RW_TAG_FRAME,
	RW_TAG_FRAMESET, RW_TAG_H1, RW_TAG_H2, RW_TAG_H3, RW_TAG_H4,
	RW_TAG_H5, RW_TAG_H6, RW_TAG_HEAD, RW_TAG_HEADER, RW_TAG_HR,
	RW_TAG_HTML, RW_TAG_I, RW_TAG_IFRAME, RW_TAG_IMG, RW_TAG_INPUT,
	RW_TAG_INS, RW_TAG_LABEL, RW_TAG_LI, RW_TAG_LINK, RW_TAG_MAIN,
	RW_TAG_MAP, RW_TAG_MARK, RW_TAG_MENU, RW_TAG_META, RW_TAG_NAV,
	RW_TAG_NOSCRIPT, RW_TAG_OBJECT, RW_TAG_OL, RW_TAG_OPTION, RW_TAG_P,
	RW_TAG_PICTURE, RW_TAG_PRE, RW_TAG_Q, RW_TAG_S, RW_TAG_SCRIPT,
	RW_TAG_SECTION, RW_TAG_SELECT, RW_TAG_SMALL, RW_TAG_SOURCE,
	RW_TAG_SPAN, RW_TAG_STRONG, RW_TAG_STYLE, RW_TAG_SUB, RW_TAG_SUMMARY,
	RW_TAG_SUP, RW_TAG_SVG, RW_TAG_TABLE, RW_TAG_TBODY, RW_TAG_TD,
	RW_TAG_TEMPLATE, RW_TAG_TEXTAREA, RW_TAG_TFOOT, RW_TAG_TH,
	RW_TAG_THEAD, RW_TAG_TIME, RW_TAG_TITLE, RW_TAG_TR, RW_TAG_TT,
	RW_TAG_U, RW_TAG_UL, RW_TAG_VIDEO,
	RW_TAG__COUNT
};

struct rw_node {
	uint32_t	 parent;	/* RW_NONE for top-level nodes */
	uint32_t	 end;		/* one past the last descendant */
	uint32_t	 depth;
	uint32_t	 line;		/* source line, for messages */
	uint16_t	 tag;		/* enum rw_tag */
	uint16_t	 nattrs;	/* attributes kept (at most 64) */
	uint32_t	 attrs;		/* first attribute in doc attr array */
	size_t		 name;		/* RW_TAG_OTHER: offset of its name */
	size_t		 text;		/* text nodes: offset of content */
	size_t		 textlen;	/* text nodes: bytes of content */
};

struct rw_doc;

/*
 * Parses UTF-8 HTML (len <= INT_MAX).  Parsing is error-tolerant: any
 * bytes give a document (possibly empty).  Returns NULL only when the
 * input is too large or libxml2 cannot start, with the reason in the
 * error.
 */
struct rw_doc	*rw_doc_parse(const char *utf8, size_t len, struct rw_err *);
void		 rw_doc_free(struct rw_doc *);

size_t		 rw_doc_count(const struct rw_doc *);
const struct rw_node *rw_doc_node(const struct rw_doc *, size_t);
/* Lower-case tag name ("#text" for text nodes). */
const char	*rw_doc_name(const struct rw_doc *, size_t);
/* Text node content (not NUL-terminated: use len) or NULL for elements. */
const char	*rw_doc_text(const struct rw_doc *, size_t, size_t *len);
/* Attribute value by lower-case name, or NULL. */
const char	*rw_doc_attr(const struct rw_doc *, size_t, const char *name);
/* i-th attribute of a node: name and value. */
void		 rw_doc_attr_at(const struct rw_doc *, size_t node, size_t i,
		    const char **name, const char **value);
/* Tag id of a lower-case tag name. */
enum rw_tag	 rw_tag_lookup(const char *);

#endif
