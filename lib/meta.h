/* SPDX-License-Identifier: ISC */
/*
 * meta.h - article metadata: title, published date, source (来源), origin
 * (本文转自, 稿源, 转载自, a closing (据…)), authors (作者, 本报记者, 记者,
 * 通讯员, a trailing credit; never editors), site (the publishing site's
 * name) and site_code (where it is registered: 网站标识码, 公网安备, ICP
 * licence), category (类别, 栏目), URL (canonical, og:url, a snapshot's
 * original address), snapshot details (快照生成时间, 信息原文地址) and
 * language.
 *
 * Generic and layout-independent: the page is read as text lines, and
 * each field is chosen among candidates by where they stand relative to
 * the headline (the headline is the line that agrees with <title> or
 * og:title).  The lines right below it hold the article's own date,
 * source and byline; links, lists, sidebars and footers hold other
 * articles'.  Metadata (<meta>, JSON-LD, <time>) and the URL are weighed
 * against what the page shows.  See byline.h for the field words, date.h
 * for date forms and lang.h for the language.
 *
 * Cost: one pass over the nodes and bounded work per line; long lines are
 * running text and are never scanned for fields.
 */
#ifndef RW_META_H
#define RW_META_H

#include "body.h"
#include "html.h"
#include "record.h"

/*
 * Fills url, title, published, source, origin, site, site_code, authors,
 * category, lang and snapshot of a, using the page and its extracted body (root and
 * blocks, when the body extractor found them).  Fields that are already
 * set are left alone.  Every string set is trimmed, valid UTF-8 and owned
 * by a.  Returns 0 (no page makes it fail; a page without metadata leaves
 * the fields NULL).
 */
int	 rw_meta_extract(const struct rw_doc *, const struct rw_body *,
	    struct rw_article *, struct rw_err *);

#endif
