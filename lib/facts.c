/* SPDX-License-Identifier: ISC */
/*
 * Placeholder until places and figures land: one item spanning the text.
 */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "utf8.h"

struct rw_facts_ctx {
	int	 unused;
};

struct rw_facts_ctx *
rw_facts_ctx_new(struct rw_err *e)
{
	(void)e;
	return xcalloc(1, sizeof(struct rw_facts_ctx));
}

void
rw_facts_ctx_free(struct rw_facts_ctx *c)
{
	free(c);
}

struct rw_facts *
rw_facts_extract(struct rw_facts_ctx *c, const struct rw_article *a)
{
	struct rw_facts	*f = rw_facts_new();

	(void)c;
	f->id = xstrdup(a->id);
	f->file = xstrdup(a->file);
	f->items = xcalloc(1, sizeof(*f->items));
	f->nitems = 1;
	f->items[0].end = rw_utf8_count(a->text, strlen(a->text));
	return f;
}
