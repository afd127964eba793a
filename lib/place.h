/* SPDX-License-Identifier: ISC */
/*
 * place.h - place mentions in text: full names, aliases, retired names,
 * short names under the guards of data/SOURCE.md, and deictic references
 * (我省, 全市, 本县, 该区), resolved against the gazetteer.
 *
 * Use: rw_places_init, then rw_places_find on each text that shares a
 * context (an item's headline and body), then rw_places_resolve once with
 * the page's home places (the outlet's place).  Resolution drops what the
 * guards reject, picks one region for each ambiguous name from context,
 * and leaves the accepted mentions in text order per text.
 *
 * Offsets are code points of the original text; names are matched on the
 * view's key[] (Simplified), so Traditional pages match too.  The struct
 * owns its array; regions and views are borrowed (the views must outlive
 * rw_places_resolve).
 */
#ifndef RW_PLACE_H
#define RW_PLACE_H

#include <stddef.h>
#include <stdint.h>

struct rw_cpview;
struct rw_gazetteer;
struct rw_name;
struct rw_region;

#define RW_MENTION_MAXNAMES	4

enum rw_mention_kind {
	RW_MENTION_NAME,	/* a place name */
	RW_MENTION_DEICTIC	/* 我省 全市 本县 该区: region found later */
};

struct rw_mention {
	size_t			 start;	/* code points */
	size_t			 end;
	int			 src;	/* caller's text number */
	enum rw_mention_kind	 kind;
	const struct rw_region	*region;	/* NAME: resolved region */
	int32_t			 level;	/* DEICTIC: 省 市 县 区 州 旗 */
	int			 own;	/* DEICTIC 我X: the writer's home */
	int			 qualifier;	/* a descendant follows at
						   once: 黑龙江省 in
						   黑龙江省牡丹江市 */
	/* internal: candidate names, shortest first */
	const struct rw_cpview	*view;
	int			 dropped;
	const struct rw_name	*names[RW_MENTION_MAXNAMES];
	size_t			 nnames;
};

struct rw_places {
	const struct rw_gazetteer *gz;
	const struct rw_region	*frame;	/* see rw_places_resolve */
	struct rw_mention	*v;
	size_t			 n;
	size_t			 cap;
};

void	 rw_places_init(struct rw_places *, const struct rw_gazetteer *);
void	 rw_places_free(struct rw_places *);

/*
 * Appends the raw mentions of view code points [start, end) (longest
 * match first, left to right), tagged with src.
 */
void	 rw_places_find(struct rw_places *, const struct rw_cpview *,
	    size_t start, size_t end, int src);

/*
 * Resolves the mentions found so far.  home[0..nhome) are places known to
 * frame the texts (the outlet's place); with the unambiguous mentions
 * they form the context that settles ambiguous and guarded names.  A
 * frame set in ps (NULL after rw_places_init: where the site is
 * registered) is weaker: it settles only the names that the context
 * leaves without a reading.
 */
void	 rw_places_resolve(struct rw_places *,
	    const struct rw_region *const *home, size_t nhome);

/*
 * The region a deictic of level lv (省 市 县 区 州 旗) means seen from
 * focus: focus itself or its nearest ancestor whose full name ends in
 * that character; NULL if none.
 */
const struct rw_region *rw_place_deictic(int32_t lv,
	    const struct rw_region *focus);

/*
 * The place of an outlet or body named like 陕西日报, 渭南市民政局 or
 * 廣東福彩網: the most specific place its name gives (the smallest common
 * ancestor if it names several), or NULL.  frame (or NULL) settles an
 * ambiguous name as in rw_places_resolve: 长安区民政局 on a site
 * registered in 石家庄.
 */
const struct rw_region *rw_place_outlet(const struct rw_gazetteer *,
	    const char *name, const struct rw_region *frame);

#endif
