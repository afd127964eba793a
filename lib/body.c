/* SPDX-License-Identifier: ISC */
/*
 * Placeholder until the real extractor lands: the text of every <p>.
 */
#include <stdlib.h>
#include <string.h>

#include "body.h"

int
rw_body_extract(const struct rw_doc *d, struct rw_body *b, struct rw_err *e)
{
	struct rw_buf		 text = RW_BUF_INIT;
	const struct rw_node	*nd;
	const char		*t;
	size_t			 i, j, len, n = rw_doc_count(d);

	(void)e;
	memset(b, 0, sizeof(*b));
	b->root = RW_NONE;
	for (i = 0; i < n; i++) {
		nd = rw_doc_node(d, i);
		if (nd->tag != RW_TAG_P)
			continue;
		if (text.len > 0)
			rw_buf_adds(&text, "\n\n");
		for (j = i + 1; j < nd->end; j++)
			if ((t = rw_doc_text(d, j, &len)) != NULL)
				rw_buf_add(&text, t, len);
	}
	b->len = text.len;
	b->text = rw_buf_take(&text);
	return 0;
}

void
rw_body_clear(struct rw_body *b)
{
	size_t	 i;

	free(b->text);
	free(b->blocks);
	for (i = 0; i < b->nimages; i++) {
		free(b->images[i].src);
		free(b->images[i].caption);
	}
	free(b->images);
	for (i = 0; i < b->nrelated; i++) {
		free(b->related[i].title);
		free(b->related[i].href);
		free(b->related[i].date);
		free(b->related[i].snippet);
	}
	free(b->related);
	memset(b, 0, sizeof(*b));
	b->root = RW_NONE;
}
