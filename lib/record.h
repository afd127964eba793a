/* SPDX-License-Identifier: ISC */
/*
 * record.h - the article and facts records of ../design/records.md and
 * their one JSON encoder and decoder each (the only place that knows the
 * field names).
 *
 * All strings are UTF-8 and owned by the record; NULL means JSON null.
 * Encoders produce one compact line with sorted keys and no newline.
 */
#ifndef RW_RECORD_H
#define RW_RECORD_H

#include <stddef.h>

#include "util.h"

#define RW_ARTICLE_SCHEMA	"rw-article/1"
#define RW_FACTS_SCHEMA		"rw-facts/1"

struct rw_image {
	char	*src;
	char	*caption;
};

struct rw_link {
	char	*title;
	char	*href;
	char	*date;
	char	*snippet;
};

struct rw_snapshot {
	char	*site;
	char	*time;
	char	*original_url;
};

struct rw_article {
	char		*id;		/* content-derived, [0-9a-f]{16} */
	char		*file;		/* input path as given */
	char		*error;		/* set: this is an error record */
	char		*url;
	char		*title;
	char		*published;	/* ISO 8601 date or date-time */
	char		*source;
	char		*origin;
	char		*site;		/* the publishing site's own name */
	char		*site_code;	/* GB/T 2260 code of its registration */
	char		**authors;
	size_t		 nauthors;
	char		*category;
	char		*text;		/* paragraphs joined by "\n\n" */
	struct rw_image	*images;
	size_t		 nimages;
	struct rw_link	*related;
	size_t		 nrelated;
	char		*lang;
	char		*encoding;
	struct rw_snapshot *snapshot;	/* NULL if not a snapshot page */
	char		*sha;		/* hash of the input bytes (cache key) */
};

struct rw_article *rw_article_new(void);
void	 rw_article_free(struct rw_article *);
/* Returns one JSON line (no newline); caller frees. */
char	*rw_article_encode(const struct rw_article *);
/*
 * Decodes one line.  Unknown keys are ignored; a missing required key or
 * a wrong type is an error.  Returns NULL and fills the error on failure.
 */
struct rw_article *rw_article_decode(const char *, size_t, struct rw_err *);

/* A figure of the text (see records.md for each field). */
struct rw_measure {
	char	*text;
	size_t	 start;		/* code points into article text */
	size_t	 end;
	char	*sentence;
	double	 value;
	char	*unit;
	char	*qualifier;	/* exact | approx | over | under */
	char	*per;		/* NULL unless a rate */
	int	 has_max;
	double	 max;
	char	*kind;
	char	*region;	/* 6-digit code or NULL */
};

struct rw_region_ref {
	char	*code;
	char	*name;
	int	 mentions;
};

struct rw_item {
	char			*title;		/* item headline (roundups) */
	char			*origin;	/* item attribution (据…) */
	char			*region;
	char			*province;
	struct rw_region_ref	*regions;
	size_t			 nregions;
	char			**campaigns;
	size_t			 ncampaigns;
	char			**organizations;
	size_t			 norganizations;
	struct rw_measure	*measures;
	size_t			 nmeasures;
	size_t			 start;		/* item span in article text */
	size_t			 end;
};

struct rw_facts {
	char		*id;
	char		*file;
	char		*error;
	struct rw_item	*items;
	size_t		 nitems;
};

struct rw_facts *rw_facts_new(void);
void	 rw_facts_free(struct rw_facts *);
void	 rw_item_clear(struct rw_item *);
void	 rw_measure_clear(struct rw_measure *);
char	*rw_facts_encode(const struct rw_facts *);
struct rw_facts *rw_facts_decode(const char *, size_t, struct rw_err *);

#endif
