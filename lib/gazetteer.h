/* SPDX-License-Identifier: ISC */
/*
 * gazetteer.h - the GB/T 2260 divisions of data/regions.tsv (embedded in
 * the library) with their retired codes, full names, short names and the
 * name index that place scanning matches against.
 *
 * Load it once per process with rw_gazetteer_new; everything it returns
 * is borrowed from it and lives until rw_gazetteer_free.  A loaded
 * gazetteer is never modified, so it may be shared read-only.  It also
 * holds the Traditional-to-Simplified converter used to match names on
 * Traditional pages (rw_gazetteer_hans).
 */
#ifndef RW_GAZETTEER_H
#define RW_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct rw_hans;

enum rw_level {
	RW_LEVEL_PROVINCE = 1,	/* code ends in 0000 */
	RW_LEVEL_PREFECTURE,	/* ends in 00 */
	RW_LEVEL_COUNTY
};

/* Region flags. */
#define RW_REGION_COMMON	0x1	/* short name is an everyday word */

struct rw_region {
	char			 code[8];	/* six digits */
	const char		*name;		/* full name: 临渭区 */
	const char		*short_name;	/* 临渭, or NULL when none */
	enum rw_level		 level;
	const struct rw_region	*parent;	/* NULL for provinces */
	const struct rw_region	*province;	/* itself for a province */
	const struct rw_region	*const *children;	/* code order */
	size_t			 nchildren;
	unsigned		 flags;
};

/* How a name string refers to a region. */
enum rw_name_kind {
	RW_NAME_FULL,		/* current full name: 牡丹江市 */
	RW_NAME_ALIAS,		/* short name + suffix: 恩施州, 互助县 */
	RW_NAME_RETIRED,	/* a retired full name: 库车县 -> 652902 */
	RW_NAME_SHORT		/* short name: 牡丹江, 青海 */
};

struct rw_name_cand {
	const struct rw_region	*region;
	enum rw_name_kind	 kind;
	int			 assigned;	/* SHORT: the region the short
						   form was given to */
};

/* Name flags. */
#define RW_NAME_WEAK	0x1	/* a full name that is also a generic word
				   (城区, 市中区, 光明区, two-character 范县) */

/* One distinct name string (Simplified) and the regions it may mean. */
struct rw_name {
	const char			*text;
	size_t				 len;	/* code points */
	const struct rw_name_cand	*cands;	/* FULL first, then ALIAS,
						   RETIRED, SHORT; assigned
						   first; then by code */
	size_t				 ncands;
	unsigned			 flags;
};

struct rw_gazetteer;

/* Parses the embedded data; NULL and the error on failure. */
struct rw_gazetteer	*rw_gazetteer_new(struct rw_err *);
void			 rw_gazetteer_free(struct rw_gazetteer *);

/* The current regions in code order: index 0 .. count - 1. */
size_t			 rw_gazetteer_count(const struct rw_gazetteer *);
const struct rw_region	*rw_gazetteer_at(const struct rw_gazetteer *, size_t);

/* A current code, or NULL. */
const struct rw_region	*rw_gazetteer_get(const struct rw_gazetteer *,
			    const char *code);
/*
 * A current code, or a retired one mapped to its successor (the smallest
 * common ancestor when it was split between several), or NULL.
 */
const struct rw_region	*rw_gazetteer_code(const struct rw_gazetteer *,
			    const char *code);
/*
 * The current successors of a retired code (followed through later
 * retirements), at most max of them in code order; returns their number
 * (0 for an unknown code; a current code is its own successor).
 */
size_t			 rw_gazetteer_successors(const struct rw_gazetteer *,
			    const char *code, const struct rw_region **out,
			    size_t max);

/* The entry of a name string (full, alias, retired or short), or NULL. */
const struct rw_name	*rw_gazetteer_name(const struct rw_gazetteer *,
			    const char *name);
/*
 * The names that are prefixes of text[0..n) (Simplified code points),
 * shortest first, at most max; returns how many were stored.
 */
size_t			 rw_gazetteer_match(const struct rw_gazetteer *,
			    const int32_t *text, size_t n,
			    const struct rw_name **out, size_t max);

/* The Traditional-to-Simplified converter (see hans.h). */
const struct rw_hans	*rw_gazetteer_hans(const struct rw_gazetteer *);

/* r itself or its ancestor at level; NULL if r is coarser than level. */
const struct rw_region	*rw_region_ancestor(const struct rw_region *r,
			    enum rw_level level);
/* 1 if a is b or lies within b. */
int			 rw_region_within(const struct rw_region *a,
			    const struct rw_region *b);
/* The smallest region holding both, or NULL (different provinces). */
const struct rw_region	*rw_region_lca(const struct rw_region *a,
			    const struct rw_region *b);

#endif
