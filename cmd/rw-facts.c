/* SPDX-License-Identifier: ISC */
/*
 * rw-facts - article records to facts records (JSON Lines), in order.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "facts.h"
#include "io.h"
#include "progress.h"
#include "report.h"

/* Article records are single lines; a text of this size is absurd. */
#define MAX_LINE	((size_t)256 << 20)

static const char usage_text[] =
    "usage: rw-facts [--shard k/n] [--reuse prev.jsonl]... [--index file]\n"
    "                [--report file] [file ...]\n"
    "  reads article records (stdin when no file), writes facts records\n"
    "      --shard k/n       process only shard k of n (split by id)\n"
    "      --reuse file      copy the facts of unchanged articles from a\n"
    "                        previous output (with its file.idx)\n"
    "      --index file      write the index of stdout's lines to file\n"
    "      --report file     write counts and failures as JSON to file\n";

struct run {
	struct rw_facts_ctx	*ctx;
	struct rw_cache		*cache;
	struct rw_index		*index;
	struct rw_report	 rep;
	struct rw_progress	 prog;
	unsigned		 shard_k, shard_n;
	uint64_t		 offset;
	int			 rc;
};

static void
put(struct run *r, const char *file, const char *key, const char *line,
    size_t len)
{
	fwrite(line, 1, len, stdout);
	putchar('\n');
	if (r->index != NULL && key != NULL)
		rw_index_add(r->index, file, 0, 0, key, r->offset, len);
	r->offset += len + 1;
}

/* One input line: an article record, or something that is not. */
static void
one(struct run *r, const char *where, const char *line, size_t len)
{
	struct rw_article	*a;
	struct rw_facts		*f;
	struct rw_err		 e;
	const char		*was;
	char			 key[17], *out;
	size_t			 olen;

	rw_hex64(rw_hash64(line, len), key);
	if ((a = rw_article_decode(line, len, &e)) == NULL) {
		rw_warnx(where, "%s", e.msg);
		f = rw_facts_new();
		f->file = xstrdup(where);
		f->error = xasprintf("not an article record: %s", e.msg);
		rw_report_fail(&r->rep, where, f->error);
		r->rc = 1;
		goto emit;
	}
	if (r->shard_n > 1 && !rw_shard_mine(a->id != NULL ? a->id : a->file,
	    r->shard_k, r->shard_n)) {
		rw_article_free(a);
		return;
	}
	r->rep.inputs++;
	rw_progress_tick(&r->prog);
	if (r->cache != NULL &&
	    (out = rw_cache_by_key(r->cache, key, &olen, &was)) != NULL) {
		r->rep.reused++;
		put(r, a->file, key, out, olen);
		free(out);
		rw_article_free(a);
		return;
	}
	if (a->error != NULL) {
		/* A page that failed to parse stays failed. */
		f = rw_facts_new();
		f->file = xstrdup(a->file);
		f->error = xstrdup(a->error);
	} else {
		f = rw_facts_extract(r->ctx, a);
		r->rep.computed++;
	}
	rw_article_free(a);
emit:
	out = rw_facts_encode(f);
	put(r, f->file, f->error == NULL ? key : NULL, out, strlen(out));
	free(out);
	rw_facts_free(f);
}

static void
read_stream(struct run *r, FILE *fp, const char *name)
{
	struct rw_lines	 l;
	struct rw_err	 e;
	char		*where;
	int		 got;

	rw_lines_init(&l, fp, name, MAX_LINE);
	while ((got = rw_lines_next(&l, &e)) != 0) {
		if (got == -1) {
			rw_warnx(NULL, "%s", e.msg);
			r->rc = 1;
			if (ferror(fp))
				break;
			continue;
		}
		if (l.len == 0)
			continue;
		where = xasprintf("%s:%lu", name, l.lineno);
		one(r, where, l.line, l.len);
		free(where);
	}
	rw_lines_free(&l);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "shard", required_argument, NULL, 's' },
		{ "reuse", required_argument, NULL, 'r' },
		{ "index", required_argument, NULL, 'i' },
		{ "report", required_argument, NULL, 'R' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct run	 r;
	struct rw_err	 e;
	FILE		*fp;
	char		**reuse = NULL, self[17];
	const char	*ipath = NULL, *rpath = NULL;
	size_t		 nreuse = 0, i;
	int		 c;

	memset(&r, 0, sizeof(r));
	r.rep.stage = "facts";
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (rw_shard_parse(optarg, &r.shard_k, &r.shard_n)) {
				rw_warnx(NULL, "--shard: want k/n with 1 <= k <= n");
				fputs(usage_text, stderr);
				return 2;
			}
			break;
		case 'r':
			rw_strv_push(&reuse, &nreuse, optarg);
			break;
		case 'i':
			ipath = optarg;
			break;
		case 'R':
			rpath = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			rw_usage_error(argv[optind - 1]);
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if ((r.ctx = rw_facts_ctx_new(&e)) == NULL)
		errx(1, "%s", e.msg);
	if ((nreuse > 0 || ipath != NULL) && rw_self_id(self) == -1)
		errx(1, "cannot read my own executable to identify this build");
	if (nreuse > 0) {
		r.cache = rw_cache_new(self);
		for (i = 0; i < nreuse; i++)
			if (rw_cache_load(r.cache, reuse[i], &e) == -1)
				rw_warnx(NULL, "%s (not reused)", e.msg);
	}
	if (ipath != NULL && (r.index = rw_index_open(ipath, self, &e)) == NULL)
		errx(1, "%s", e.msg);
	rw_progress_start(&r.prog, "rw-facts", 0);
	if (optind == argc)
		read_stream(&r, stdin, "stdin");
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			read_stream(&r, stdin, "stdin");
			continue;
		}
		if ((fp = fopen(argv[i], "r")) == NULL) {
			rw_warnx(argv[i], "%s", strerror(errno));
			r.rc = 1;
			continue;
		}
		read_stream(&r, fp, argv[i]);
		fclose(fp);
	}
	rw_progress_end(&r.prog);
	if (rw_fclose_checked(stdout, "stdout", &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		r.rc = 1;
		if (r.index != NULL)
			rw_index_abandon(r.index);
	} else if (rw_index_close(r.index, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		r.rc = 1;
	}
	if (rpath != NULL && rw_report_write(&r.rep, rpath, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		r.rc = 1;
	}
	rw_report_clear(&r.rep);
	rw_cache_free(r.cache);
	rw_facts_ctx_free(r.ctx);
	rw_strv_free(reuse, nreuse);
	return r.rc;
}
