/* SPDX-License-Identifier: ISC */
/*
 * body-bench - what rw-parse costs per page, against bare-parse.c:
 * the whole of rw_parse_bytes (decode, SAX parse, body, metadata, id) and
 * the body pass alone on an already parsed document.  Files are read
 * before timing; each page is warmed up once.
 *
 *	body-bench FILE...   (or --files-from LIST)
 * Prints: pages bytes parse_seconds body_seconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "body.h"
#include "decode.h"
#include "html.h"
#include "io.h"
#include "parse.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char *argv[])
{
	struct rw_parse_opts	 o;
	struct rw_lines		 lines;
	struct rw_decoded	 dec;
	struct rw_body		 b;
	struct rw_err		 e;
	struct rw_doc		*d;
	char			**files = NULL, *data;
	size_t			 nfiles = 0, len, i, bytes = 0;
	double			 tp = 0, tb = 0, t0;
	int			 rc;

	if (argc == 3 && strcmp(argv[1], "--files-from") == 0) {
		FILE *fp = fopen(argv[2], "r");

		if (fp == NULL) {
			perror(argv[2]);
			return 2;
		}
		rw_lines_init(&lines, fp, argv[2], 4096);
		while ((rc = rw_lines_next(&lines, &e)) != 0)
			if (rc == 1 && lines.len > 0)
				rw_strv_push(&files, &nfiles, lines.line);
		rw_lines_free(&lines);
		fclose(fp);
	} else
		for (i = 1; i < (size_t)argc; i++)
			rw_strv_push(&files, &nfiles, argv[i]);
	memset(&o, 0, sizeof(o));
	o.max_bytes = (size_t)1 << 28;
	for (i = 0; i < nfiles; i++) {
		struct rw_article *a;

		if (rw_file_read(files[i], o.max_bytes, &data, &len, &e) == -1)
			continue;
		rw_article_free(rw_parse_bytes(files[i], data, len, NULL, &o));
		t0 = now();
		a = rw_parse_bytes(files[i], data, len, NULL, &o);
		tp += now() - t0;
		rw_article_free(a);
		if (rw_decode(data, len, &dec, &e) == 0) {
			if ((d = rw_doc_parse(dec.text, dec.len, &e)) != NULL) {
				t0 = now();
				rw_body_extract(d, &b, &e);
				tb += now() - t0;
				rw_body_clear(&b);
				rw_doc_free(d);
			}
			rw_decoded_free(&dec);
		}
		bytes += len;
		free(data);
	}
	printf("%zu %zu %.6f %.6f\n", nfiles, bytes, tp, tb);
	rw_strv_free(files, nfiles);
	return 0;
}
