/* SPDX-License-Identifier: ISC */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "html.h"

/* Bounds that keep hostile pages (attribute floods, millions of empty
 * elements) to memory proportional to a sane page. */
#define MAX_ATTRS	64
#define MAX_NODES	(1u << 23)

/* Sorted for bsearch; index i holds the name of tag (i + RW_TAG_A). */
static const char *const tag_names[] = {
	"a", "abbr", "address", "article", "aside", "audio", "b", "base",
	"blockquote", "body", "br", "button", "canvas", "caption", "center",
	"cite", "code", "dd", "del", "details", "dialog", "div", "dl", "dt",
	"em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
	"form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
	"head", "header", "hr", "html", "i", "iframe", "img", "input", "ins",
	"label", "li", "link", "main", "map", "mark", "menu", "meta", "nav",
	"noscript", "object", "ol", "option", "p", "picture", "pre", "q", "s",
	"script", "section", "select", "small", "source", "span", "strong",
	"style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
	"template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
	"tt", "u", "ul", "video",
};

struct attr {
	size_t		 name;		/* offsets into the string buffer */
	size_t		 value;
};

struct rw_doc {
	struct rw_node	*nodes;
	size_t		 n;
	size_t		 cap;
	struct attr	*attrs;
	size_t		 nattrs;
	size_t		 acap;
	struct rw_buf	 str;		/* names, values and text, NUL-separated */
	uint32_t	 cur;		/* innermost open element */
	uint32_t	 depth;
	int		 in_text;	/* nodes[n-1] is a text node still growing */
	int		 full;		/* MAX_NODES reached: ignore the rest */
	xmlParserCtxtPtr ctxt;		/* during the parse, for line numbers */
};

static int
cmp_name(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

enum rw_tag
rw_tag_lookup(const char *name)
{
	const char *const	*p;

	p = bsearch(name, tag_names, sizeof(tag_names) / sizeof(tag_names[0]),
	    sizeof(tag_names[0]), cmp_name);
	return p == NULL ? RW_TAG_OTHER : (enum rw_tag)(p - tag_names + RW_TAG_A);
}

/* Appends s plus a NUL to the string buffer; returns its offset. */
static size_t
intern(struct rw_doc *d, const char *s, size_t n)
{
	size_t	 off = d->str.len;

	rw_buf_add(&d->str, s, n);
	rw_buf_addc(&d->str, '\0');
	return off;
}

static struct rw_node *
push_node(struct rw_doc *d)
{
	struct rw_node	*nd;

	if (d->n >= MAX_NODES) {
		d->full = 1;
		xmlStopParser(d->ctxt);
		return NULL;
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 256;
		d->nodes = xreallocarray(d->nodes, d->cap, sizeof(*d->nodes));
	}
	nd = &d->nodes[d->n++];
	memset(nd, 0, sizeof(*nd));
	nd->parent = d->cur;
	nd->depth = d->depth;
	nd->line = (uint32_t)xmlSAX2GetLineNumber(d->ctxt);
	nd->end = (uint32_t)d->n;
	return nd;
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct rw_doc	*d = ctx;
	struct rw_node	*nd;
	size_t		 i;
	const char	*nm = (const char *)name;

	d->in_text = 0;
	if (d->full || (nd = push_node(d)) == NULL)
		return;
	nd->tag = (uint16_t)rw_tag_lookup(nm);
	if (nd->tag == RW_TAG_OTHER)
		nd->name = intern(d, nm, strlen(nm));
	nd->attrs = (uint32_t)d->nattrs;
	for (i = 0; atts != NULL && atts[i] != NULL && nd->nattrs < MAX_ATTRS;
	    i += 2) {
		const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";

		if (d->nattrs == d->acap) {
			d->acap = d->acap ? d->acap * 2 : 256;
			d->attrs = xreallocarray(d->attrs, d->acap,
			    sizeof(*d->attrs));
		}
		d->attrs[d->nattrs].name = intern(d,
		    (const char *)atts[i], strlen((const char *)atts[i]));
		d->attrs[d->nattrs].value = intern(d, v, strlen(v));
		d->nattrs++;
		nd->nattrs++;
	}
	d->cur = (uint32_t)(d->n - 1);
	d->depth++;
}

static void
on_end(void *ctx, const xmlChar *name)
{
	struct rw_doc	*d = ctx;

	(void)name;
	d->in_text = 0;
	/* libxml2 balances start and end events (it closes what the page
	 * left open), so the end always belongs to the innermost element. */
	if (d->cur == RW_NONE)
		return;
	d->nodes[d->cur].end = (uint32_t)d->n;
	d->cur = d->nodes[d->cur].parent;
	d->depth--;
}

static void
on_text(void *ctx, const xmlChar *ch, int len)
{
	struct rw_doc	*d = ctx;
	struct rw_node	*nd;

	if (len <= 0 || d->full)
		return;
	if (d->in_text) {
		/* The text node's bytes are the last thing in the buffer:
		 * overwrite its NUL and extend it. */
		nd = &d->nodes[d->n - 1];
		rw_buf_truncate(&d->str, d->str.len - 1);
		rw_buf_add(&d->str, ch, (size_t)len);
		rw_buf_addc(&d->str, '\0');
		nd->textlen += (size_t)len;
		return;
	}
	if ((nd = push_node(d)) == NULL)
		return;
	nd->tag = RW_TAG_TEXT;
	nd->text = intern(d, (const char *)ch, (size_t)len);
	nd->textlen = (size_t)len;
	d->in_text = 1;
}

static void
on_message(void *ctx, const char *msg, ...)
{
	/* Scraped HTML is never valid; the parser's chatter is noise. */
	(void)ctx;
	(void)msg;
}

struct rw_doc *
rw_doc_parse(const char *utf8, size_t len, struct rw_err *e)
{
	struct rw_doc		*d;
	xmlParserCtxtPtr	 ctxt;
	htmlSAXHandler		*sax;

	if (len > INT_MAX - 1) {
		rw_err_set(e, "document of %zu bytes is too large to parse",
		    len);
		return NULL;
	}
	/* libxml2 needs at least one byte of input to create a context. */
	ctxt = htmlCreateMemoryParserCtxt(len > 0 ? utf8 : " ",
	    len > 0 ? (int)len : 1);
	if (ctxt == NULL) {
		rw_err_set(e, "cannot create the HTML parser");
		return NULL;
	}
	d = xcalloc(1, sizeof(*d));
	d->cur = RW_NONE;
	d->ctxt = ctxt;

	/* Only our callbacks: libxml2 builds no tree, resolves no DTD. */
	sax = ctxt->sax;
	memset(sax, 0, sizeof(*sax));
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = on_text;
	sax->error = on_message;
	sax->warning = on_message;
	sax->initialized = 1;
	ctxt->userData = d;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	htmlParseDocument(ctxt);
	if (ctxt->myDoc != NULL)
		xmlFreeDoc(ctxt->myDoc);
	htmlFreeParserCtxt(ctxt);
	d->ctxt = NULL;

	/* Close whatever is still open (a stopped parse). */
	while (d->cur != RW_NONE) {
		d->nodes[d->cur].end = (uint32_t)d->n;
		d->cur = d->nodes[d->cur].parent;
	}
	rw_buf_cstr(&d->str);
	return d;
}

void
rw_doc_free(struct rw_doc *d)
{
	if (d == NULL)
		return;
	free(d->nodes);
	free(d->attrs);
	rw_buf_free(&d->str);
	free(d);
}

size_t
rw_doc_count(const struct rw_doc *d)
{
	return d->n;
}

const struct rw_node *
rw_doc_node(const struct rw_doc *d, size_t i)
{
	return &d->nodes[i];
}

const char *
rw_doc_name(const struct rw_doc *d, size_t i)
{
	const struct rw_node	*nd = &d->nodes[i];

	if (nd->tag == RW_TAG_TEXT)
		return "#text";
	if (nd->tag == RW_TAG_OTHER)
		return d->str.data + nd->name;
	return tag_names[nd->tag - RW_TAG_A];
}

const char *
rw_doc_text(const struct rw_doc *d, size_t i, size_t *len)
{
	const struct rw_node	*nd = &d->nodes[i];

	if (nd->tag != RW_TAG_TEXT) {
		if (len != NULL)
			*len = 0;
		return NULL;
	}
	if (len != NULL)
		*len = nd->textlen;
	return d->str.data + nd->text;
}

const char *
rw_doc_attr(const struct rw_doc *d, size_t i, const char *name)
{
	const struct rw_node	*nd = &d->nodes[i];
	size_t			 k;

	for (k = 0; k < nd->nattrs; k++)
		if (strcmp(d->str.data + d->attrs[nd->attrs + k].name,
		    name) == 0)
			return d->str.data + d->attrs[nd->attrs + k].value;
	return NULL;
}

void
rw_doc_attr_at(const struct rw_doc *d, size_t i, size_t k, const char **name,
    const char **value)
{
	const struct rw_node	*nd = &d->nodes[i];

	*name = d->str.data + d->attrs[nd->attrs + k].name;
	*value = d->str.data + d->attrs[nd->attrs + k].value;
}
