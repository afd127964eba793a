/* SPDX-License-Identifier: ISC */
/*
 * org.h - names of civil-affairs and charity bodies in text: 青海省民政厅,
 * 渭南市民政局, 省慈善总会, 中华慈善总会, 大竹县惠民帮扶中心.
 *
 * A name is a known head (民政局, 慈善总会, 红十字会, 福利院, 人民政府 ...)
 * with what names it: the place mentions just before it (perhaps with a
 * few characters between: 湖南省绿之韵公益基金会), a bare level character
 * that refers to the place in focus (省民政厅, 市慈善会), or 中华/中国.
 * A head with nothing naming it (各地慈善会, 该局) is not a name.
 */
#ifndef RW_ORG_H
#define RW_ORG_H

#include <stddef.h>
#include <stdint.h>

struct rw_cpview;
struct rw_places;
struct rw_region;

struct rw_org {
	size_t			 start;	/* code points, the name as written */
	size_t			 end;
	int			 src;
	const struct rw_region	*region;	/* the place its name gives */
	int32_t			 rel;	/* 省 市 县 区 州 旗: the place in
					   focus at that level; 0 if none */
	int			 national;	/* 中华慈善总会, 民政部 */
	int			 facility;	/* a home or station (敬老院,
						   救助站), not an authority */
};

struct rw_orgs {
	struct rw_org	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Appends the names in view code points [start, end), using the resolved
 * place mentions of ps tagged src for the places they name.  Initialise
 * out with zeros; free with rw_orgs_free.
 */
void	 rw_orgs_find(struct rw_orgs *out, const struct rw_cpview *,
	    size_t start, size_t end, const struct rw_places *ps, int src);
void	 rw_orgs_free(struct rw_orgs *);

#endif
