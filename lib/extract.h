/* SPDX-License-Identifier: ISC */
/*
 * extract.h - the article in a parsed page: main text, images and
 * captions, related lists, and metadata (title, dates, source, origin,
 * authors, category, URL, snapshot details, language).
 *
 * Generic and layout-independent: the DOM is scored by text density, link
 * density, punctuation and paragraph structure; there are no per-site
 * rules.
 */
#ifndef RW_EXTRACT_H
#define RW_EXTRACT_H

#include "html.h"
#include "record.h"

/*
 * Fills the extracted fields of a (new, empty) article from doc: url,
 * title, published, source, origin, authors, category, text, images,
 * related, lang, snapshot.  Fields already set are left alone.  Returns
 * 0, or -1 with the reason when the page holds no article at all.
 */
int	 rw_extract(const struct rw_doc *, struct rw_article *, struct rw_err *);

#endif
