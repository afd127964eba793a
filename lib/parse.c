/* SPDX-License-Identifier: ISC */
#include <sys/stat.h>

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
story_id(const struct rw_article *a, const char *sha)
{
	uint64_t	 h = RW_HASH64_INIT;
	char		 hex[17];

	if (a->text != NULL && a->text[0] != '\0') {
		if (a->title != NULL)
			h = rw_hash64_more(h, a->title, strlen(a->title));
		h = rw_hash64_more(h, "\n", 1);
		h = rw_hash64_more(h, a->text, strlen(a->text));
	} else
		return xstrdup(sha);
	rw_hex64(h, hex);
	return xstrdup(hex);
}

void
rw_parse_key(const char *bytes, size_t len, char key[17])
{
	rw_hex64(rw_digest64(bytes, len), key);
}

struct rw_article *
rw_parse_bytes(const char *file, const char *bytes, size_t len,
    const char *sha, const struct rw_parse_opts *o)
{
	struct rw_decoded	 dec;
	struct rw_article	*a;
	struct rw_doc		*doc;
	struct rw_err		 e;
	char			 key[17];

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
	if (sha == NULL) {
		rw_parse_key(bytes, len, key);
		sha = key;
	}
	a->sha = xstrdup(sha);
	if (rw_extract(doc, a, &e) == -1) {
		rw_article_free(a);
		a = error_record(file, e.msg);
	} else
		a->id = story_id(a, sha);
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
	a = rw_parse_bytes(file, data, len, NULL, o);
	free(data);
	return a;
}

/* Encodes a record into the result and takes its error message. */
static void
take(struct rw_article *a, struct rw_parse_result *r)
{
	r->line = rw_article_encode(a);
	r->len = strlen(r->line);
	if (a->error != NULL) {
		r->status = RW_FAILED;
		r->error = a->error;
		a->error = NULL;
	}
	rw_article_free(a);
}

void
rw_parse_refuse(const char *file, const char *why, struct rw_parse_result *r)
{
	memset(r, 0, sizeof(*r));
	take(error_record(file, why), r);
}

void
rw_parse_cached(struct rw_cache *c, const char *file,
    const struct rw_parse_opts *o, struct rw_parse_result *r)
{
	struct rw_article	*a;
	struct rw_err		 e;
	struct stat		 st;
	const char		*was;
	char			*data;
	size_t			 len;

	memset(r, 0, sizeof(*r));
	r->status = RW_PARSED;
	if (stat(file, &st) == 0 && S_ISREG(st.st_mode)) {
		r->size = (uint64_t)st.st_size;
		r->mtime = (int64_t)st.st_mtim.tv_sec * 1000000000 +
		    st.st_mtim.tv_nsec;
		if (c != NULL && (r->line = rw_cache_by_stat(c, file, r->size,
		    r->mtime, &r->len, r->key)) != NULL) {
			r->status = RW_REUSED;
			r->indexable = 1;
			goto reused;
		}
	}
	if (rw_file_read(file, o->max_bytes, &data, &len, &e) == -1) {
		take(error_record(file, e.msg), r);
		return;
	}
	rw_parse_key(data, len, r->key);
	r->size = len;
	r->indexable = 1;
	if (c != NULL && (r->line = rw_cache_by_key(c, r->key, &r->len,
	    &was)) != NULL) {
		free(data);
		r->status = RW_REUSED;
		if (strcmp(was, file) == 0)
			goto reused;
		/* The same bytes under another name: relabel the record. */
		a = rw_article_decode(r->line, r->len, &e);
		free(r->line);
		r->line = NULL;
		if (a != NULL) {
			free(a->file);
			a->file = xstrdup(file);
			take(a, r);
			if (r->status != RW_FAILED)
				r->status = RW_REUSED;
			return;
		}
		r->status = RW_PARSED;
		if (rw_file_read(file, o->max_bytes, &data, &len, &e) == -1) {
			take(error_record(file, e.msg), r);
			return;
		}
	}
	take(rw_parse_bytes(file, data, len, r->key, o), r);
	free(data);
	return;
reused:
	/* A reused error record still counts as a failure.  Keys are
	 * sorted, so an error record starts with its "error" key: only
	 * those need decoding. */
	if (!rw_has_prefix(r->line, "{\"error\":"))
		return;
	if ((a = rw_article_decode(r->line, r->len, &e)) != NULL &&
	    a->error != NULL) {
		r->status = RW_FAILED;
		r->error = a->error;
		a->error = NULL;
	}
	rw_article_free(a);
}
