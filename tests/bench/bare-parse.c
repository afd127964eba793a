/* SPDX-License-Identifier: ISC */
/*
 * bare-parse - the speed floor for rw-parse: libxml2's HTML parser on the
 * same text, building its tree and walking it, nothing else.
 *
 *	bare-parse FILE...   (or --files-from LIST)
 * Prints: pages bytes seconds nodes; seconds count the parse and walk
 * only.  Pages are decoded to UTF-8 first, as rw-parse does (rw_decode):
 * libxml2 told "UTF-8" for GBK bytes falls into its encoding-error path,
 * several times slower than parsing, which is no floor.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include "decode.h"
#include "io.h"

static size_t
walk(xmlNodePtr n)
{
	size_t	 count = 0;

	/* Iterative pre-order walk, as deep pages would overflow recursion. */
	while (n != NULL) {
		count++;
		if (n->type == XML_TEXT_NODE && n->content != NULL)
			count += n->content[0] != 0;
		if (n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent;
		if (n != NULL)
			n = n->next;
	}
	return count;
}

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
	struct rw_lines	 lines;
	struct rw_decoded d;
	struct rw_err	 e;
	char		**files = NULL, *data;
	size_t		 nfiles = 0, len, i, bytes = 0, nodes = 0;
	double		 t0, t;
	int		 rc;

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
	t = 0;
	for (i = 0; i < nfiles; i++) {
		xmlDocPtr doc;

		if (rw_file_read(files[i], 1 << 28, &data, &len, &e) == -1)
			continue;
		if (rw_decode(data, len, &d, &e) == -1) {
			free(data);
			continue;
		}
		t0 = now();
		doc = htmlReadMemory(d.text, (int)d.len, NULL, "UTF-8",
		    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
		if (doc != NULL) {
			nodes += walk(xmlDocGetRootElement(doc));
			xmlFreeDoc(doc);
		}
		t += now() - t0;
		bytes += len;
		rw_decoded_free(&d);
		free(data);
	}
	printf("%zu %zu %.6f %zu\n", nfiles, bytes, t, nodes);
	rw_strv_free(files, nfiles);
	return 0;
}
