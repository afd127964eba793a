/* SPDX-License-Identifier: ISC */
/*
 * parse.h - one snapshot file to one article record: read (bounded),
 * decode to UTF-8, parse HTML, extract, derive the id.
 */
#ifndef RW_PARSE_H
#define RW_PARSE_H

#include <stddef.h>

#include "record.h"

#define RW_MAX_BYTES_DEFAULT	(32u << 20)

struct rw_parse_opts {
	size_t	 max_bytes;	/* larger files are refused */
};

/*
 * Always returns a record: an article, or an error record (error set,
 * naming the reason) for a file that cannot be parsed.  file is copied
 * into the record as given.
 */
struct rw_article *rw_parse_file(const char *file, const struct rw_parse_opts *);
/* The same for bytes already in memory. */
struct rw_article *rw_parse_bytes(const char *file, const char *bytes,
	    size_t len, const struct rw_parse_opts *);

#endif
