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
#include "progress.h"
#include "report.h"

static const char usage_text[] =
    "usage: rw-parse [-0] [-o dir] [--max-bytes n] [--shard k/n] [--root dir]\n"
    "                [--reuse prev.jsonl]... [--index file] [--report file]\n"
    "                [--files-from list] [file ...]\n"
    "  -o, --output dir      write dir/<id>.json per record, not stdout\n"
    "      --max-bytes n     refuse files larger than n bytes (32 MiB)\n"
    "      --files-from list read input names from list (- for stdin)\n"
    "  -0, --null            names in the list are NUL-separated\n"
    "      --shard k/n       process only shard k of n (split by name)\n"
    "      --reuse file      copy records of unchanged inputs from a\n"
    "                        previous output (with its file.idx)\n"
    "      --index file      write the index of stdout's lines to file\n"
    "      --report file     write counts and failures as JSON to file\n"
    "      --root dir        refuse inputs that resolve outside dir\n"
    "  a file argument of - also reads names from stdin\n";

static void
usage(FILE *fp, int rc)
{
	fputs(usage_text, fp);
	exit(rc);
}

/*
 * Writes one record line to dir/<name>.json, named by the record's id
 * (error records, which have none, by a hash of the file name).
 */
static int
emit_file(const char *dir, const char *file, char *line, size_t len)
{
	struct rw_err	 e;
	const char	*id;
	char		*path, hex[17];
	int		 rc = 0;

	/* Ids are [0-9a-f]{16} by construction: safe as file names. */
	if ((id = strstr(line, "\"id\":\"")) != NULL && !rw_has_prefix(line,
	    "{\"error\":"))
		path = xasprintf("%s/%.16s.json", dir, id + 6);
	else {
		rw_hex64(rw_hash64(file, strlen(file)), hex);
		path = xasprintf("%s/error-%s.json", dir, hex);
	}
	line[len] = '\n';
	if (rw_file_write_atomic(path, line, len + 1, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		rc = -1;
	}
	line[len] = '\0';
	free(path);
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
		{ "reuse", required_argument, NULL, 'r' },
		{ "index", required_argument, NULL, 'i' },
		{ "report", required_argument, NULL, 'R' },
		{ "root", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct rw_parse_opts	 opts = { RW_MAX_BYTES_DEFAULT };
	struct rw_parse_result	 r;
	struct rw_report	 rep = { .stage = "parse" };
	struct rw_progress	 prog;
	struct rw_cache		*cache = NULL;
	struct rw_index		*index = NULL;
	struct rw_err		 e;
	char			**files = NULL, *end, **reuse = NULL, self[17];
	char			 label[32] = "rw-parse";
	const char		*dir = NULL, *list = NULL, *ipath = NULL;
	const char		*rpath = NULL;
	char			*root = NULL;
	size_t			 nfiles = 0, nreuse = 0, i;
	uint64_t		 offset = 0;
	unsigned		 shard_k = 0, shard_n = 0;
	unsigned long long	 max;
	int			 c, nul = 0, rc = 0;

	opterr = 0;
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
		case 'r':
			rw_strv_push(&reuse, &nreuse, optarg);
			break;
		case 'i':
			ipath = optarg;
			break;
		case 'R':
			rpath = optarg;
			break;
		case 'T':
			free(root);
			if ((root = realpath(optarg, NULL)) == NULL)
				err(2, "--root %s", optarg);
			break;
		case 'h':
			usage(stdout, 0);
			break;
		default:
			rw_usage_error(argv[optind - 1]);
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
	if (dir != NULL && ipath != NULL) {
		rw_warnx(NULL, "--index indexes stdout: not with -o");
		usage(stderr, 2);
	}
	if (dir != NULL && rw_mkdirs(dir, &e) == -1)
		errx(1, "%s", e.msg);
	if ((nreuse > 0 || ipath != NULL) && rw_self_id(self) == -1)
		errx(1, "cannot read my own executable to identify this build");
	if (nreuse > 0) {
		cache = rw_cache_new(self);
		for (i = 0; i < nreuse; i++)
			if (rw_cache_load(cache, reuse[i], &e) == -1)
				rw_warnx(NULL, "%s (not reused)", e.msg);
	}
	if (ipath != NULL && (index = rw_index_open(ipath, self, &e)) == NULL)
		errx(1, "%s", e.msg);

	if (shard_n > 1)
		snprintf(label, sizeof(label), "rw-parse %u/%u", shard_k,
		    shard_n);
	/* A shard's share of the inputs is about 1/n of them. */
	rw_progress_start(&prog, label, shard_n > 1 ? nfiles / shard_n :
	    nfiles);
	for (i = 0; i < nfiles; i++) {
		if (!rw_shard_mine(files[i], shard_k, shard_n))
			continue;
		rw_progress_tick(&prog);
		rep.inputs++;
		if (root != NULL && !rw_path_inside(files[i], root))
			rw_parse_refuse(files[i], "outside the snapshot folder "
			    "(or unresolvable)", &r);
		else
			rw_parse_cached(cache, files[i], &opts, &r);
		if (r.status == RW_FAILED) {
			rw_warnx(files[i], "%s", r.error);
			rw_report_fail(&rep, files[i], r.error);
			rc = 1;
		} else if (r.status == RW_REUSED)
			rep.reused++;
		else
			rep.computed++;
		if (dir != NULL) {
			if (emit_file(dir, files[i], r.line, r.len) == -1)
				rc = 1;
		} else {
			fwrite(r.line, 1, r.len, stdout);
			putchar('\n');
			if (index != NULL && r.indexable)
				rw_index_add(index, files[i], r.size, r.mtime,
				    r.key, offset, r.len);
			offset += r.len + 1;
		}
		free(r.line);
		free(r.error);
	}
	rw_progress_end(&prog);
	/* The index goes last and only after a good write: it must never
	 * describe lines that are not there. */
	if (rw_fclose_checked(stdout, "stdout", &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		rc = 1;
		if (index != NULL)
			rw_index_abandon(index);
	} else if (rw_index_close(index, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		rc = 1;
	}
	if (rpath != NULL && rw_report_write(&rep, rpath, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		rc = 1;
	}
	rw_report_clear(&rep);
	rw_cache_free(cache);
	rw_strv_free(files, nfiles);
	rw_strv_free(reuse, nreuse);
	free(root);
	return rc;
}
