/* SPDX-License-Identifier: ISC */
/*
 * render_int.h - what the parts of the renderer (render.c: model, site
 * pages; render_story.c: story pages, downloads; render_list.c: region,
 * list, explorer pages, feed and sitemap) share.  Not a public header.
 */
#ifndef RW_RENDER_INT_H
#define RW_RENDER_INT_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "gazetteer.h"
#include "map.h"
#include "numfmt.h"
#include "render.h"
#include "site.h"
#include "svg.h"
#include "tmpl.h"
#include "util.h"

#define NONE		UINT32_MAX
#define PER_PAGE	100	/* stories per list page */
#define FACTS_PER_PAGE	1000	/* rows per facts explorer page */
#define LINE_MAX_BYTES	((size_t)512 * 1024 * 1024)

struct u32v {
	uint32_t	*v;
	size_t		 n, cap;
};

/* Strings stored once, numbered from 0. */
struct intern {
	struct rw_map	*map;
	char		**v;
	size_t		 n;
};

/* One story, from index.jsonl (what list pages need). */
struct story {
	char		 id[17];
	char		*title;
	char		 date[11];	/* "" when unknown */
	char		 season[8];	/* "" when none */
	int32_t		 month;		/* index into stats "months", or -1 */
	int32_t		 region;	/* 0: none */
	uint32_t	 outlet;	/* names id or NONE */
	uint32_t	 npages, nfigures;
	uint32_t	*campaigns;	/* names ids */
	size_t		 ncampaigns;
	uint32_t	*sources;	/* names ids */
	size_t		 nsources;
	int32_t		*regions;
	size_t		 nregions;
	int		 seen;		/* met again in stories.jsonl */
};

/* One region of stats.json. */
struct region {
	int32_t		 code;
	int32_t		 parent;	/* 0: none */
	int		 level;		/* enum rw_level */
	const char	*name;		/* borrowed (gazetteer) or owned */
	char		*owned_name;
	const char	*en_name;	/* provinces only, else NULL */
	json_t		*rec;		/* borrowed from the stats tree */
	struct u32v	 stories;	/* story indices, in story order */
	uint32_t	 last;		/* last story added (dedup) */
};

/*
 * A campaign or an outlet/source.  stories holds story indices in story
 * order; for outlets the top bits tell the role (ROLE_OUTLET: the story's
 * outlet, ROLE_SOURCE: a page of it was published there).
 */
#define ROLE_OUTLET	(1U << 30)
#define ROLE_SOURCE	(1U << 31)
#define ROLE_MASK	(ROLE_OUTLET | ROLE_SOURCE)
struct entity {
	uint32_t	 name;		/* names id */
	struct u32v	 stories;
	uint32_t	 last;
	json_t		*as_outlet;	/* borrowed stats buckets, or NULL */
	json_t		*as_source;
	json_t		*bucket;	/* campaigns */
};

/* One figure, compact, for the explorer and the home headlines. */
struct fig {
	uint32_t	 story;
	uint32_t	 index;
	double		 value;
	double		 max;		/* NAN: not a range */
	int32_t		 region;
	uint32_t	 unit, per, kind, qual;	/* words ids or NONE */
	uint32_t	 text;		/* offset into the text arena */
};

struct lang {
	int		 en;
	const char	*code;		/* "zh", "en" */
	const char	*prefix;	/* "" or "en/" */
	enum rw_lang	 num;
	json_t		*t;		/* i18n strings */
	json_t		*t_units, *t_kinds, *t_quals, *t_levels;
};

struct ctx {
	const struct rw_render_opts *o;
	struct rw_render_counts	*counts;
	struct rw_gazetteer	*gaz;
	struct rw_tmpl_set	*tmpl;
	struct rw_site		*site;
	struct lang		 langs[2];
	size_t			 nlangs;
	json_t			*stats;
	struct story		*st;
	size_t			 nst;
	struct rw_map		*story_by_id;
	struct intern		 names;
	struct intern		 words;
	struct region		*rg;
	size_t			 nrg;
	struct rw_map		*region_by_code;
	struct entity		*camps;		/* by names id order */
	size_t			 ncamps;
	struct entity		*outlets;
	size_t			 noutlets;
	struct rw_map		*camp_by_name;	/* names id -> camps index */
	struct rw_map		*outlet_by_name;
	struct fig		*figs;
	size_t			 nfigs, capfigs;
	struct rw_buf		 arena;		/* figure texts, NUL-ended */
	char			**urls;		/* sitemap entries */
	size_t			 nurls;
	struct rw_buf		 out;		/* page buffer, reused */
	struct rw_buf		 tmp;
};

/* render.c */
void		 u32v_push(struct u32v *, uint32_t);
uint32_t	 intern_id(struct intern *, const char *);
uint32_t	 intern_find(const struct intern *, const char *);
const char	*intern_str(const struct intern *, uint32_t);
void		 warn(struct ctx *, const char *where, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
json_t		*jstr(const char *);
json_t		*jstrn(const char *, size_t);
const char	*jget_s(const json_t *, const char *key);
long long	 jget_i(const json_t *, const char *key);
int		 code_parse(const char *);
struct region	*region_get(struct ctx *, int32_t code);
const char	*region_name(struct ctx *, const struct lang *, int32_t code);
const char	*word_label(const json_t *table, const char *word);
json_t		*page_new(struct ctx *, const struct lang *, const char *rel,
		    const char *title);
int		 page_emit(struct ctx *, const struct lang *, const char *tmpl,
		    const char *rel, json_t *data, int sitemap,
		    struct rw_err *);
void		 page_index(struct ctx *, const struct lang *, json_t *);
json_t		*crumbs_for(struct ctx *, const struct lang *, int32_t code,
		    const char *root);
json_t		*story_row(struct ctx *, const struct lang *, uint32_t s,
		    const char *root);
void		 value_strings(struct ctx *, const struct lang *, json_t *obj,
		    double value, double max, const char *unit,
		    const char *per);
int		 chart_emit(struct ctx *, const struct lang *, const char *name,
		    int kind, struct rw_svg_opts *, const void *items,
		    size_t n, json_t *page, const char *key, struct rw_err *);
const char	*tstr(const struct lang *, const char *key);
/* Prefixes the message in e with what (a path): "what: message". */
void		 err_prefix(struct rw_err *, const char *what);
/* Sets key to list and, when it is not empty, has_KEY to true. */
void		 set_list(json_t *, const char *key, json_t *list);

#define CHART_BARS	1
#define CHART_COLUMNS	2
#define CHART_TILES	3

/* render_story.c */
int		 render_stories(struct ctx *, struct rw_err *);

/* render_list.c */
int		 render_regions(struct ctx *, struct rw_err *);
int		 render_entities(struct ctx *, struct rw_err *);
int		 render_all_stories(struct ctx *, struct rw_err *);
int		 render_explorer(struct ctx *, struct rw_err *);
int		 render_feed(struct ctx *, struct rw_err *);
int		 render_sitemap(struct ctx *, struct rw_err *);
int		 render_list_pages(struct ctx *, const struct lang *,
		    const char *base, const char *heading, json_t *intro,
		    const struct u32v *stories, json_t *crumbs,
		    struct rw_err *);
void		 entity_order(const struct ctx *, const struct entity *,
		    size_t, struct u32v *out);
void		 newest_first(const struct ctx *, const struct u32v *,
		    struct u32v *out);

#endif
