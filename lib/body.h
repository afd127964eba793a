/* SPDX-License-Identifier: ISC */
/*
 * body.h - the main text of a page: which element holds the article, its
 * paragraphs and subheads (boilerplate lines removed), its images with
 * captions, and the related/more-news lists of the page.
 *
 * Generic: the DOM is cut into text blocks (paragraphs, lines between
 * <br>, list items, cells); each block is weighed by its text, its link
 * text and its punctuation; the element whose subtree holds the largest
 * total weight is the content root.  Inside the root, blocks that are
 * boilerplate by structure (link lists, captions, navigation, share bars)
 * or by their wording (editor, byline, source, disclaimer lines, an
 * editor's lead or table of contents before the text: 导读：…) are
 * dropped.  No per-site rules.  Every pass is a loop over the document's
 * flat node array: the cost is linear in the page.
 *
 * A page without article text gives an empty text and root RW_NONE; that
 * is not an error.
 */
#ifndef RW_BODY_H
#define RW_BODY_H

#include <stddef.h>

#include "html.h"
#include "record.h"

/* One kept paragraph or subhead of the text, in order. */
struct rw_block {
	size_t	 node;		/* the element it came from */
	size_t	 start;		/* byte offset of the block in body text */
	size_t	 len;		/* bytes */
	int	 heading;	/* a subhead (h1-h6 inside the content) */
};

/*
 * root: the main content element (RW_NONE if the page has no body text).
 * text: the kept blocks joined by "\n\n"; never NULL, "" when empty.
 * images: the root's images in order, src as written in the page (or its
 * lazy-loading data-src), caption NULL when none.  related: the page's
 * related/more-news/hot list items in page order, title and href always
 * set, date (as written) and snippet NULL when absent.  Everything is
 * owned by the struct until moved out; rw_body_clear frees the rest.
 */
struct rw_body {
	size_t		 root;
	char		*text;
	size_t		 len;		/* of text, bytes */
	struct rw_block	*blocks;
	size_t		 nblocks;
	struct rw_image	*images;
	size_t		 nimages;
	struct rw_link	*related;
	size_t		 nrelated;
};

/*
 * Extracts the body of doc into b (zeroed first).  Returns 0; -1 is kept
 * for the interface (no input makes it fail: out of memory exits).
 */
int	 rw_body_extract(const struct rw_doc *, struct rw_body *,
	    struct rw_err *);
/* Frees what b still owns; b can be reused. */
void	 rw_body_clear(struct rw_body *);

#endif
