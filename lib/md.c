/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "md.h"
#include "tmpl.h"

/* Safe by default in cmark >= 0.29; CMARK_OPT_UNSAFE is never passed. */
#define MD_OPTS	CMARK_OPT_VALIDATE_UTF8

static int
is_punct(unsigned char c)
{
	return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) ||
	    (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

static int
is_space_or_ctl(unsigned char c)
{
	return c <= 0x20 || c == 0x7f;
}

void
rw_md_escapen(struct rw_buf *b, const char *text, size_t len)
{
	const unsigned char	*s = (const unsigned char *)text;
	size_t			 i, beg, end, run;
	unsigned char		 c;

	beg = 0;
	while (beg < len && is_space_or_ctl(s[beg]))
		beg++;
	end = len;
	while (end > beg && is_space_or_ctl(s[end - 1]))
		end--;
	rw_buf_grow(b, end - beg + 16);
	run = beg;
	for (i = beg; i < end; i++) {
		c = s[i];
		if (!is_punct(c) && (c == ' ' || !is_space_or_ctl(c)))
			continue;
		rw_buf_add(b, s + run, i - run);
		run = i + 1;
		if (is_punct(c)) {
			rw_buf_addc(b, '\\');
			rw_buf_addc(b, c);
		} else if (c != '\0')
			rw_buf_addc(b, ' ');
	}
	rw_buf_add(b, s + run, end - run);
}

void
rw_md_escape(struct rw_buf *b, const char *text)
{
	rw_md_escapen(b, text, strlen(text));
}

/*
 * Nodes to drop from the tree: raw HTML, and links or images with a
 * destination our URL policy refuses (their children, the link text or
 * the image description, take their place).
 */
static int
md_refused(cmark_node *n)
{
	const char	*url;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_HTML_INLINE:
		return 1;
	case CMARK_NODE_LINK:
	case CMARK_NODE_IMAGE:
		url = cmark_node_get_url(n);
		return url != NULL && !rw_tmpl_url_safe(url, strlen(url));
	default:
		return 0;
	}
}

char *
rw_md_render(const char *markdown, size_t len, struct rw_err *err)
{
	cmark_node	 *root, *n, *child, **drop = NULL;
	cmark_iter	 *it;
	size_t		  ndrop = 0, cap = 0, i;
	char		 *html;

	if (len > RW_MD_MAX) {
		rw_err_set(err, "markdown is %zu bytes, over the limit of %d",
		    len, RW_MD_MAX);
		return NULL;
	}
	if ((root = cmark_parse_document(markdown, len, MD_OPTS)) == NULL) {
		rw_err_set(err, "cmark cannot parse the markdown");
		return NULL;
	}
	/* Collect first: the iterator must not see the tree change. */
	it = cmark_iter_new(root);
	while (cmark_iter_next(it) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		if (cmark_iter_get_event_type(it) != CMARK_EVENT_ENTER ||
		    !md_refused(n))
			continue;
		if (ndrop == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			drop = xreallocarray(drop, cap, sizeof(*drop));
		}
		drop[ndrop++] = n;
	}
	cmark_iter_free(it);
	/*
	 * Document order: a dropped node's dropped descendants are moved
	 * out before it is freed, so every pointer stays valid.
	 */
	for (i = 0; i < ndrop; i++) {
		n = drop[i];
		if (cmark_node_get_type(n) == CMARK_NODE_LINK ||
		    cmark_node_get_type(n) == CMARK_NODE_IMAGE)
			while ((child = cmark_node_first_child(n)) != NULL)
				cmark_node_insert_before(n, child);
		cmark_node_free(n);
	}
	free(drop);
	html = cmark_render_html(root, MD_OPTS);
	cmark_node_free(root);
	if (html == NULL)
		rw_err_set(err, "cmark cannot render the markdown");
	return html;
}
