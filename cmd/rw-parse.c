/* SPDX-License-Identifier: ISC */
/*
 * rw-parse - HTML news snapshots to article records (JSON Lines).
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io.h"
#include "parse.h"

static const char usage_text[] =
    "usage: rw-parse [-0] [-o dir] [--max-bytes n] [--shard k/n]\n"
    "                [--files-from list] [file ...]\n"
    "  -o, --output dir      write dir/<id>.json per record, not stdout\n"
    "      --max-bytes n     refuse files larger than n bytes (32 MiB)\n"
    "      --files-from list read input names from list (- for stdin)\n"
    "  -0, --null            names in the list are NUL-separated\n"
    "      --shard k/n       process only shard k of n (split by name)\n"
    "  a file argument of - also reads names from stdin\n";

static void
usage(FILE *fp, int rc)
{
	fputs(usage_text, fp);
	exit(rc);
}

/* Writes one record to stdout, or to dir/<id>.json. */
static int
emit(const struct rw_article *a, const char *dir)
{
	struct rw_err	 e;
	char		*line, *path, hex[17];
	int		 rc = 0;

	line = rw_article_encode(a);
	if (dir == NULL) {
		fputs(line, stdout);
		putchar('\n');
	} else {
		if (a->id != NULL)
			path = xasprintf("%s/%s.json", dir, a->id);
		else {
			/* Error records have no id: name them by file. */
			rw_hex64(rw_hash64(a->file, strlen(a->file)), hex);
			path = xasprintf("%s/error-%s.json", dir, hex);
		}
		size_t n = strlen(line);
		line[n] = '\n';
		if (rw_file_write_atomic(path, line, n + 1, &e) == -1) {
			rw_warnx(NULL, "%s", e.msg);
			rc = -1;
		}
		free(path);
	}
	free(line);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "max-bytes", required_argument, NULL, 'm' },
		{ "files-from", required_argument, NULL, 'f' },
		{ "null", no_argument, NULL, '0' },
		{ "shard", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct rw_parse_opts	 opts = { RW_MAX_BYTES_DEFAULT };
	struct rw_article	*a;
	struct rw_err		 e;
	char			**files = NULL, *end;
	const char		*dir = NULL, *list = NULL;
	size_t			 nfiles = 0, i;
	unsigned		 shard_k = 0, shard_n = 0;
	unsigned long long	 max;
	int			 c, nul = 0, rc = 0;

	while ((c = getopt_long(argc, argv, "0ho:", longopts, NULL)) != -1) {
		switch (c) {
		case '0':
			nul = 1;
			break;
		case 'o':
			dir = optarg;
			break;
		case 'm':
			max = strtoull(optarg, &end, 10);
			if (end == optarg || *end != '\0' || max == 0 ||
			    max > (unsigned long long)1 << 31) {
				rw_warnx(NULL, "--max-bytes: want 1 to 2147483648");
				usage(stderr, 2);
			}
			opts.max_bytes = (size_t)max;
			break;
		case 'f':
			list = optarg;
			break;
		case 's':
			if (rw_shard_parse(optarg, &shard_k, &shard_n) == -1) {
				rw_warnx(NULL, "--shard: want k/n with 1 <= k <= n");
				usage(stderr, 2);
			}
			break;
		case 'h':
			usage(stdout, 0);
			break;
		default:
			usage(stderr, 2);
		}
	}
	if (list != NULL && rw_list_read(list, nul, &files, &nfiles, &e) == -1)
		errx(2, "%s", e.msg);
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			if (rw_list_read("-", nul, &files, &nfiles, &e) == -1)
				errx(2, "%s", e.msg);
		} else
			rw_strv_push(&files, &nfiles, argv[i]);
	}
	if (nfiles == 0 && list == NULL)
		usage(stderr, 2);
	if (dir != NULL && rw_mkdirs(dir, &e) == -1)
		errx(1, "%s", e.msg);

	for (i = 0; i < nfiles; i++) {
		if (!rw_shard_mine(files[i], shard_k, shard_n))
			continue;
		a = rw_parse_file(files[i], &opts);
		if (a->error != NULL) {
			rw_warnx(a->file, "%s", a->error);
			rc = 1;
		}
		if (emit(a, dir) == -1)
			rc = 1;
		rw_article_free(a);
	}
	rw_strv_free(files, nfiles);
	if (rw_fclose_checked(stdout, "stdout", &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		rc = 1;
	}
	return rc;
}
