/* SPDX-License-Identifier: ISC */
/*
 * Placeholder until the real metadata extractor lands: <title> only.
 */
#include <string.h>

#include "meta.h"

int
rw_meta_extract(const struct rw_doc *d, const struct rw_body *b,
    struct rw_article *a, struct rw_err *e)
{
	struct rw_buf		 title = RW_BUF_INIT;
	const struct rw_node	*nd;
	const char		*t;
	size_t			 i, j, len, n = rw_doc_count(d);

	(void)b;
	(void)e;
	for (i = 0; i < n && a->title == NULL; i++) {
		nd = rw_doc_node(d, i);
		if (nd->tag != RW_TAG_TITLE)
			continue;
		for (j = i + 1; j < nd->end; j++)
			if ((t = rw_doc_text(d, j, &len)) != NULL)
				rw_buf_add(&title, t, len);
		if (title.len > 0)
			a->title = rw_buf_take(&title);
	}
	rw_buf_free(&title);
	if (a->lang == NULL)
		a->lang = xstrdup("zh-Hans");
	return 0;
}
