/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "gazetteer.h"
#include "items.h"
#include "utf8.h"

struct rw_facts_ctx {
	struct rw_gazetteer	*gz;
};

struct rw_facts_ctx *
rw_facts_ctx_new(struct rw_err *e)
{
	struct rw_facts_ctx	*c = xcalloc(1, sizeof(*c));

	if ((c->gz = rw_gazetteer_new(e)) == NULL) {
		free(c);
		return NULL;
	}
	return c;
}

void
rw_facts_ctx_free(struct rw_facts_ctx *c)
{
	if (c == NULL)
		return;
	rw_gazetteer_free(c->gz);
	free(c);
}

/* One item spanning the whole text, when the analysis fails. */
static void
whole_text(const struct rw_article *a, struct rw_facts *f)
{
	f->items = xcalloc(1, sizeof(*f->items));
	f->nitems = 1;
	f->items[0].end = rw_utf8_count(a->text, strlen(a->text));
}

struct rw_facts *
rw_facts_extract(struct rw_facts_ctx *c, const struct rw_article *a)
{
	struct rw_facts	*f = rw_facts_new();
	struct rw_items	*its;
	struct rw_err	 e;

	f->id = xstrdup(a->id);
	f->file = xstrdup(a->file);
	if ((its = rw_items_new(c->gz, a, &e)) == NULL) {
		whole_text(a, f);
		return f;
	}
	rw_items_export(its, &f->items, &f->nitems);
	rw_items_free(its);
	return f;
}
