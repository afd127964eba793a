/* SPDX-License-Identifier: ISC */
/*
 * rw-report - the run report of the nightly pipeline, and its check
 * before publishing.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io.h"
#include "report.h"

static const char usage_text[] =
    "usage: rw-report [-o file] [--timings file] [--stats file]\n"
    "                 [--stage file]... [--prev-index file]...\n"
    "                 [--index file]... [--max-list n]\n"
    "       rw-report --check [--max-failed percent] report.json\n"
    "  -o, --output file     write the report to file (atomically), not stdout\n"
    "      --timings file    stage timings written by tools/pipeline.sh\n"
    "      --stats file      rw-stats' stats.json (story and figure counts)\n"
    "      --stage file      a stage report (--report of rw-parse, rw-facts)\n"
    "      --prev-index file last run's input index (articles.*.jsonl.idx)\n"
    "      --index file      this run's input index\n"
    "      --max-list n      list at most n new/changed/removed files (1000)\n"
    "      --check           exit 1 unless the report is fit to publish\n"
    "      --max-failed pct  the most failed inputs allowed, percent (5)\n";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "timings", required_argument, NULL, 't' },
		{ "stats", required_argument, NULL, 's' },
		{ "stage", required_argument, NULL, 'S' },
		{ "prev-index", required_argument, NULL, 'p' },
		{ "index", required_argument, NULL, 'i' },
		{ "max-list", required_argument, NULL, 'm' },
		{ "check", no_argument, NULL, 'c' },
		{ "max-failed", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct rw_run_inputs	 in = { .max_list = 1000 };
	struct rw_err		 e;
	const char		*out = NULL;
	char			*json, *end;
	double			 max_failed = 5;
	int			 c, check = 0, rc = 0;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			out = optarg;
			break;
		case 't':
			in.timings = optarg;
			break;
		case 's':
			in.stats = optarg;
			break;
		case 'S':
			rw_strv_push(&in.stages, &in.nstages, optarg);
			break;
		case 'p':
			rw_strv_push(&in.prev_index, &in.nprev, optarg);
			break;
		case 'i':
			rw_strv_push(&in.index, &in.nindex, optarg);
			break;
		case 'm':
			in.max_list = strtoul(optarg, &end, 10);
			if (*end != '\0')
				goto bad;
			break;
		case 'c':
			check = 1;
			break;
		case 'f':
			max_failed = strtod(optarg, &end);
			if (*end != '\0' || max_failed < 0 || max_failed > 100)
				goto bad;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			rw_usage_error(argv[optind - 1]);
			goto bad;
		}
	}
	if (check) {
		if (optind != argc - 1)
			goto bad;
		if (rw_run_report_check(argv[optind], max_failed, &e) == -1) {
			rw_warnx(argv[optind], "not fit to publish: %s", e.msg);
			return 1;
		}
		return 0;
	}
	if (optind != argc)
		goto bad;
	if ((json = rw_run_report(&in, &e)) == NULL)
		errx(1, "%s", e.msg);
	if (out != NULL) {
		if (rw_file_write_atomic(out, json, strlen(json), &e) == -1) {
			rw_warnx(NULL, "%s", e.msg);
			rc = 1;
		}
	} else {
		fputs(json, stdout);
		if (rw_fclose_checked(stdout, "stdout", &e) == -1) {
			rw_warnx(NULL, "%s", e.msg);
			rc = 1;
		}
	}
	free(json);
	rw_strv_free(in.stages, in.nstages);
	rw_strv_free(in.prev_index, in.nprev);
	rw_strv_free(in.index, in.nindex);
	return rc;
bad:
	fputs(usage_text, stderr);
	return 2;
}
