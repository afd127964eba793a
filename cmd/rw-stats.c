/* SPDX-License-Identifier: ISC */
/*
 * rw-stats - article and facts records in, stories, de-duplicated figures
 * and aggregates out (see rw-stats.1 and doc/stats-format.md).
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inputs.h"
#include "io.h"
#include "stats.h"

static const char *const outnames[] = { "stats.json", "stories.jsonl",
    "regions.jsonl", "index.jsonl" };

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: rw-stats [-h] [-o dir] -a [file ...] [-T list] "
	    "-f [file ...] [-T list]\n"
	    "  -a, --articles       the following inputs are article records\n"
	    "  -f, --facts          the following inputs are facts records\n"
	    "  -T, --files-from list\n"
	    "                       read more inputs of the current kind from "
	    "list,\n"
	    "                       one path per line (- is standard input)\n"
	    "  -o, --output dir     write stats.json, stories.jsonl, "
	    "regions.jsonl and\n"
	    "                       index.jsonl into dir (default: all to "
	    "standard\n"
	    "                       output, in that order)\n"
	    "  -h, --help           print this help and exit\n"
	    "exit status: 0 success, 1 bad input (reported, output still "
	    "written),\n"
	    "2 bad usage\n");
}

/* Writes the four outputs into dir, or all to stdout; 0 or -1. */
static int
write_out(struct rw_stats *s, const char *dir, struct rw_err *e)
{
	struct rw_afile	 af[4];
	char		*path;
	int		 i, n, rc;

	if (dir == NULL || strcmp(dir, "-") == 0) {
		rc = rw_stats_write(s, stdout, stdout, stdout, stdout, e);
		if (rw_fclose_checked(stdout, "standard output",
		    rc == 0 ? e : NULL) == -1)
			rc = -1;
		return rc;
	}
	for (n = 0; n < 4; n++) {
		path = xasprintf("%s/%s", dir, outnames[n]);
		rc = rw_afile_open(&af[n], path, e);
		free(path);
		if (rc == -1)
			break;
	}
	if (n == 4)
		rc = rw_stats_write(s, af[0].fp, af[1].fp, af[2].fp, af[3].fp,
		    e);
	for (i = 0; i < n; i++) {
		if (rc == 0)
			rc = rw_afile_commit(&af[i], NULL, e);
		else
			rw_afile_abort(&af[i]);
	}
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "articles",	no_argument,		NULL, 'a' },
		{ "facts",	no_argument,		NULL, 'f' },
		{ "files-from",	required_argument,	NULL, 'T' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 }
	};
	struct rw_stats	*s;
	struct rw_err	 e;
	struct rw_input	*in;
	const char	*out = NULL, *w, *m, *nl;
	enum rw_input_kind kind = 0;
	size_t		 nin = 0, i;
	int		 c, rc = 0;

	in = xreallocarray(NULL, (size_t)argc + 1, sizeof(*in));
	/* A leading '-' returns operands in place, so "-a x -f y" keeps
	 * each file with the kind named before it.  Our own messages name
	 * the program the same way however it was invoked. */
	opterr = 0;
	while ((c = getopt_long(argc, argv, "-:afho:T:", longopts, NULL)) !=
	    -1) {
		switch (c) {
		case 'a':
			kind = RW_INPUT_ARTICLES;
			break;
		case 'f':
			kind = RW_INPUT_FACTS;
			break;
		case 'o':
			out = optarg;
			break;
		case 'h':
			usage(stdout);
			free(in);
			return 0;
		case 1:
		case 'T':
			if (kind == 0) {
				fprintf(stderr, "rw-stats: %s before -a or "
				    "-f\n", optarg);
				goto bad;
			}
			memset(&in[nin], 0, sizeof(in[nin]));
			in[nin].kind = kind;
			in[nin].path = optarg;
			in[nin++].list = c == 'T';
			break;
		case ':':
			fprintf(stderr, "rw-stats: %s needs an argument\n",
			    argv[optind - 1]);
			goto bad;
		default:
			if (optopt != 0)
				fprintf(stderr, "rw-stats: unknown option "
				    "-%c\n", optopt);
			else
				fprintf(stderr, "rw-stats: unknown option "
				    "%s\n", argv[optind - 1]);
			goto bad;
		}
	}
	if (nin == 0) {
		fprintf(stderr, "rw-stats: no input files\n");
		goto bad;
	}
	if ((s = rw_stats_new(&e)) == NULL)
		errx(1, "%s", e.msg);
	rw_inputs_read(s, in, nin);
	for (i = 0; i < nin; i++) {
		for (m = rw_buf_cstr(&in[i].msgs); *m != '\0'; m = nl + 1) {
			nl = strchr(m, '\n');
			fprintf(stderr, "rw-stats: %.*s\n", (int)(nl - m), m);
		}
		rc |= in[i].failed;
		rw_buf_free(&in[i].msgs);
	}
	free(in);
	if (rw_stats_finish(s, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		rw_stats_free(s);
		return 1;
	}
	for (i = 0; (w = rw_stats_warning(s, i)) != NULL; i++) {
		rw_warnx(NULL, "%s", w);
		rc = 1;
	}
	if (write_out(s, out, &e) == -1) {
		rw_warnx(out, "%s", e.msg);
		rc = 1;
	}
	rw_stats_free(s);
	return rc;
bad:
	usage(stderr);
	free(in);
	return 2;
}
