/* SPDX-License-Identifier: ISC */
/*
 * svg.h - charts drawn at build time as SVG: horizontal bars, a column
 * timeline and a tile-grid map.
 *
 * Every chart carries a visible title, <title> and <desc> (referenced by
 * aria-labelledby), its values as text (readable without colour, script
 * or hover), and presentation attributes only (no CSS needed, so the
 * same bytes work inline in a page, printed, or as a standalone .svg an
 * editor embeds).  Text is measured by estimate (CJK characters one em,
 * others about 0.6 em) and long labels are shortened with an ellipsis.
 * Output depends only on the arguments (deterministic, no locale).
 *
 * All strings are UTF-8 and escaped here; hrefs are written only when
 * opts.links is set and only if relative or http(s) (others are
 * dropped).  Appends to a struct rw_buf; cannot fail (OOM exits).
 */
#ifndef RW_SVG_H
#define RW_SVG_H

#include <stddef.h>

#include "numfmt.h"
#include "util.h"

struct rw_svg_opts {
	const char	*id;		/* element id prefix: [A-Za-z0-9_-] */
	const char	*title;		/* shown on top and in <title> */
	const char	*desc;		/* <desc>: what the chart shows */
	const char	*note;		/* small line at the bottom, or NULL */
	const char	*none_label;	/* tile legend: "no data", or NULL */
	const char	*lang;		/* BCP 47 of the text, e.g. "zh-Hans" */
	enum rw_lang	 numlang;	/* how axis and legend numbers read */
	int		 standalone;	/* a whole .svg file: XML declaration */
	int		 links;		/* wrap items that have href in <a> */
};

struct rw_svg_item {
	const char	*label;		/* category or period */
	double		 value;		/* >= 0; negatives are drawn as 0 */
	const char	*value_label;	/* shown beside the bar, or NULL */
	const char	*href;		/* link target, or NULL */
};

struct rw_svg_tile {
	int		 col, row;	/* grid position, from 0 */
	const char	*label;		/* short name inside the tile */
	double		 value;		/* < 0: no data */
	const char	*value_label;	/* second line inside the tile */
	const char	*href;
};

/* Horizontal bars, one row per item, in the order given. */
void	 rw_svg_bars(struct rw_buf *, const struct rw_svg_opts *,
	    const struct rw_svg_item *, size_t n);

/*
 * Columns over time (or any ordered categories) with a value axis;
 * every k-th label is drawn so that labels never overlap, and each
 * column has a <title> tooltip "label: value_label".
 */
void	 rw_svg_columns(struct rw_buf *, const struct rw_svg_opts *,
	    const struct rw_svg_item *, size_t n);

/*
 * A tile-grid map: one square per tile at (col, row), shaded in five
 * classes by value (square-root scale up to the largest value), with a
 * legend.  Tiles with no data are grey.  It shows no boundaries.
 */
void	 rw_svg_tiles(struct rw_buf *, const struct rw_svg_opts *,
	    const struct rw_svg_tile *, size_t n);

/* Estimated width in pixels of UTF-8 text at a font size. */
double	 rw_svg_text_width(const char *, double size);

#endif
