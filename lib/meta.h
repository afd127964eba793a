/* SPDX-License-Identifier: ISC */
/*
 * meta.h - article metadata: title, published date, source (来源), origin
 * (本文转自, 稿源, 转载自, a closing (据…)), authors (作者, 本报记者, 记者,
 * 通讯员, a trailing credit; never editors), category (类别, 栏目), URL
 * (canonical, og:url, a snapshot's original address), snapshot details
 * (快照生成时间, 信息原文地址) and language.
 */
#ifndef RW_META_H
#define RW_META_H

#include "body.h"
#include "html.h"
#include "record.h"

/*
 * Fills url, title, published, source, origin, authors, category, lang
 * and snapshot of a, using the page and its extracted body.  Fields that
 * are already set are left alone.  Returns 0 or -1.
 */
int	 rw_meta_extract(const struct rw_doc *, const struct rw_body *,
	    struct rw_article *, struct rw_err *);

#endif
