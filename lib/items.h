/* SPDX-License-Identifier: ISC */
/*
 * items.h - the news items of an article and what each is about: where
 * (region, province, regions), which campaigns, which bodies.
 *
 * A roundup page (records.md, corpus layout L5) is split into items at
 * its (据…) attributions that are followed by the next item's headline; a
 * normal article is one item.  An item's region is the jurisdiction whose
 * relief work it reports: evidence from its headline, the bodies it names
 * (渭南市民政局, 省民政厅), its other place names, deictics (我省, 全市)
 * and the outlets' places (source, origin, site) is weighed (the site's
 * registration, site_code, only settles ambiguous names), the province
 * with most support is taken, and the choice descends to a child only while that child holds
 * most of the support (an anecdote about one village does not narrow it;
 * several places that do not nest give their smallest common ancestor).
 *
 * Each item gets: title (its headline; the page title for a normal
 * article), origin (its (据…) outlet; else, for a normal article, the
 * page's origin), start/end (code points of its paragraphs in the text),
 * region and province (6-digit codes or NULL), regions (every place named,
 * by name, deictic or relative body, with its count; most mentioned
 * first, then by code), campaigns (campaign.h; text order, then a normal
 * article's title; repeats and a generic trailing 活动 dropped) and
 * organizations (body names as written, in order, without repeats).
 *
 * rw_items_new analyses an article once; the result answers where each
 * figure is (rw_items_region_at) for the measure extractor, and fills
 * struct rw_item of record.h (everything except measures).  The analysis
 * borrows the gazetteer and the article, which must outlive it.
 */
#ifndef RW_ITEMS_H
#define RW_ITEMS_H

#include <stddef.h>

#include "util.h"

struct rw_article;
struct rw_gazetteer;
struct rw_item;
struct rw_items;

/* Analyses art (its text, title, source, origin, lang); NULL on error. */
struct rw_items	*rw_items_new(const struct rw_gazetteer *,
		    const struct rw_article *art, struct rw_err *);
void		 rw_items_free(struct rw_items *);

/* Number of items (at least 1). */
size_t		 rw_items_count(const struct rw_items *);
/*
 * 1 if item 0 is the lead of a roundup: the text before the first item's
 * headline (an editor's lead, a table of contents), which the caller
 * keeps as an item only if it has figures and a place of its own.
 */
int		 rw_items_lead(const struct rw_items *);
/* The item whose span holds text code point offset (the last if past). */
size_t		 rw_items_index_at(const struct rw_items *, size_t offset);
/*
 * The region (6-digit code, borrowed from the gazetteer) of a figure at
 * text code point offset: the places of its clause, else of its sentence
 * (the deepest when they nest, their common ancestor when not), else its
 * item's region.  NULL when nothing is known.
 */
const char	*rw_items_region_at(const struct rw_items *, size_t offset);

/*
 * Appends the items, as struct rw_item with no measures, to *items
 * (reallocated; *n counts them).  The caller owns the new entries and
 * clears them with rw_item_clear.
 */
void		 rw_items_export(const struct rw_items *,
		    struct rw_item **items, size_t *n);

/*
 * rw_items_new, rw_items_export and rw_items_free in one call: *items and
 * *n are set to a new array.  Returns 0, or -1 and the error.
 */
int		 rw_items_build(const struct rw_gazetteer *,
		    const struct rw_article *, struct rw_item **items,
		    size_t *n, struct rw_err *);

#endif
