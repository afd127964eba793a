/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "gazetteer.h"
#include "items.h"
#include "measure.h"
#include "text.h"
#include "utf8.h"

struct rw_facts_ctx {
	struct rw_gazetteer	*gz;
	struct rw_text_ctx	*text;	/* normalisation for the figures */
};

struct rw_facts_ctx *
rw_facts_ctx_new(struct rw_err *e)
{
	struct rw_facts_ctx	*c = xcalloc(1, sizeof(*c));

	if ((c->gz = rw_gazetteer_new(e)) == NULL ||
	    (c->text = rw_text_ctx_new(e)) == NULL) {
		rw_facts_ctx_free(c);
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
	rw_text_ctx_free(c->text);
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

/*
 * A roundup's lead keeps its own item when it has a place and a figure
 * of its own: one that the items after it do not repeat (a table of
 * contents repeats their headlines' figures).
 */
static int
own_lead(const struct rw_facts *f, const struct rw_items *its,
    const struct rw_measure *m, size_t n)
{
	size_t	 i, j;

	if (f->items[0].region == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		if (rw_items_index_at(its, m[i].start) != 0)
			continue;
		for (j = 0; j < n; j++)
			if (rw_items_index_at(its, m[j].start) != 0 &&
			    m[j].value == m[i].value &&
			    strcmp(m[j].unit, m[i].unit) == 0)
				break;
		if (j == n)
			return 1;
	}
	return 0;
}

/* Drops item 0, the lead. */
static void
drop_lead(struct rw_facts *f)
{
	rw_item_clear(&f->items[0]);
	memmove(f->items, f->items + 1, (f->nitems - 1) * sizeof(*f->items));
	f->nitems--;
}

/*
 * Moves each figure into the item whose span holds it, with the region
 * of its clause or sentence (or its item's).  Figures stay in text order
 * within an item.  With the lead dropped (skip 1), its figures go too: a
 * lead is not an item's text.
 */
static void
place_figures(struct rw_facts *f, const struct rw_items *its,
    struct rw_measure *m, size_t n, size_t skip)
{
	struct rw_item	*it;
	const char	*region;
	size_t		 i, k;

	for (i = 0; i < n; i++) {
		k = its != NULL ? rw_items_index_at(its, m[i].start) : 0;
		if (k < skip)
			continue;
		k -= skip;
		if (k >= f->nitems)
			k = f->nitems - 1;
		it = &f->items[k];
		region = its != NULL ? rw_items_region_at(its, m[i].start) :
		    NULL;
		free(m[i].region);
		m[i].region = region != NULL ? xstrdup(region) : NULL;
		it->measures = xreallocarray(it->measures, it->nmeasures + 1,
		    sizeof(*it->measures));
		it->measures[it->nmeasures++] = m[i];
		memset(&m[i], 0, sizeof(m[i]));
	}
}

struct rw_facts *
rw_facts_extract(struct rw_facts_ctx *c, const struct rw_article *a)
{
	struct rw_facts		*f = rw_facts_new();
	struct rw_items		*its;
	struct rw_measure	*m = NULL;
	struct rw_err		 e;
	size_t			 n = 0, skip = 0;

	f->id = xstrdup(a->id);
	f->file = xstrdup(a->file);
	if ((its = rw_items_new(c->gz, a, &e)) != NULL)
		rw_items_export(its, &f->items, &f->nitems);
	else
		whole_text(a, f);
	/* A text the scanner refuses (it never should) has no figures. */
	if (rw_measure_scan(c->text, a->text, strlen(a->text), &m, &n,
	    &e) == 0) {
		if (its != NULL && rw_items_lead(its) && f->nitems > 1 &&
		    !own_lead(f, its, m, n)) {
			drop_lead(f);
			skip = 1;
		}
		place_figures(f, its, m, n, skip);
		rw_measures_free(m, n);
	}
	rw_items_free(its);
	return f;
}
