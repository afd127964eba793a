/* SPDX-License-Identifier: ISC */
#include <stdlib.h>

#include "body.h"
#include "extract.h"
#include "meta.h"

int
rw_extract(const struct rw_doc *d, struct rw_article *a, struct rw_err *e)
{
	struct rw_body	 b;

	if (rw_body_extract(d, &b, e) == -1)
		return -1;
	if (rw_meta_extract(d, &b, a, e) == -1) {
		rw_body_clear(&b);
		return -1;
	}
	/* Move the body's results into the article. */
	free(a->text);
	a->text = b.text;
	b.text = NULL;
	a->images = b.images;
	a->nimages = b.nimages;
	b.images = NULL;
	b.nimages = 0;
	a->related = b.related;
	a->nrelated = b.nrelated;
	b.related = NULL;
	b.nrelated = 0;
	rw_body_clear(&b);
	return 0;
}
