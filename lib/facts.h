/* SPDX-License-Identifier: ISC */
/*
 * facts.h - an article record to its facts record: news items, places,
 * campaigns, organisations and relief figures.
 */
#ifndef RW_FACTS_H
#define RW_FACTS_H

#include "record.h"

/* What the extraction loads once per process (gazetteer, converters). */
struct rw_facts_ctx;

struct rw_facts_ctx *rw_facts_ctx_new(struct rw_err *);
void	 rw_facts_ctx_free(struct rw_facts_ctx *);

/*
 * The facts of one article (which must not be an error record).  Never
 * fails on odd text: an article without figures has items without
 * measures.  Returns a record the caller frees.
 */
struct rw_facts *rw_facts_extract(struct rw_facts_ctx *,
	    const struct rw_article *);

#endif
