/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "extract.h"
#include "html.h"
#include "io.h"
#include "parse.h"

static struct rw_article *
error_record(const char *file, const char *why)
{
	struct rw_article	*a = rw_article_new();

	a->file = xstrdup(file);
	a->error = xstrdup(why);
	return a;
}

/*
 * The id names the story, not the file: a hash of the headline and the
 * text, so the same article saved twice (or re-crawled with a different
 * view counter) keeps its id and its page on the site.
 */
static char *
story_id(const struct rw_article *a, uint64_t bytes_hash)
{
	uint64_t	 h = RW_HASH64_INIT;
	char		 hex[17];

	if (a->text != NULL && a->text[0] != '\0') {
		if (a->title != NULL)
			h = rw_hash64_more(h, a->title, strlen(a->title));
		h = rw_hash64_more(h, "\n", 1);
		h = rw_hash64_more(h, a->text, strlen(a->text));
	} else
		h = bytes_hash;
	rw_hex64(h, hex);
	return xstrdup(hex);
}

struct rw_article *
rw_parse_bytes(const char *file, const char *bytes, size_t len,
    const struct rw_parse_opts *o)
{
	struct rw_decoded	 dec;
	struct rw_article	*a;
	struct rw_doc		*doc;
	struct rw_err		 e;
	uint64_t		 h;
	char			 hex[17];

	if (len > o->max_bytes) {
		rw_err_set(&e, "file is %zu bytes, over the limit of %zu", len,
		    o->max_bytes);
		return error_record(file, e.msg);
	}
	if (rw_decode(bytes, len, &dec, &e) == -1)
		return error_record(file, e.msg);
	if ((doc = rw_doc_parse(dec.text, dec.len, &e)) == NULL) {
		rw_decoded_free(&dec);
		return error_record(file, e.msg);
	}
	a = rw_article_new();
	a->file = xstrdup(file);
	a->encoding = xstrdup(dec.encoding);
	h = rw_hash64(bytes, len);
	rw_hex64(h, hex);
	a->sha = xstrdup(hex);
	if (rw_extract(doc, a, &e) == -1) {
		rw_article_free(a);
		a = error_record(file, e.msg);
	} else
		a->id = story_id(a, h);
	rw_doc_free(doc);
	rw_decoded_free(&dec);
	return a;
}

struct rw_article *
rw_parse_file(const char *file, const struct rw_parse_opts *o)
{
	struct rw_article	*a;
	struct rw_err		 e;
	char			*data;
	size_t			 len;

	if (rw_file_read(file, o->max_bytes, &data, &len, &e) == -1)
		return error_record(file, e.msg);
	a = rw_parse_bytes(file, data, len, o);
	free(data);
	return a;
}
