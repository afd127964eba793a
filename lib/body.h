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
 * or by their wording (editor, byline, source, disclaimer lines) are
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

struct rw_body {
	size_t		 root;		/* main content element, RW_NONE if none */
	char		*text;		/* blocks joined by "\n\n"; never NULL */
	size_t		 len;
	struct rw_block	*blocks;
	size_t		 nblocks;
	struct rw_image	*images;	/* owned until moved into the article */
	size_t		 nimages;
	struct rw_link	*related;	/* in page order; date/snippet may be NULL */
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
