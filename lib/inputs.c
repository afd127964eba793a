/* SPDX-License-Identifier: ISC */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inputs.h"
#include "io.h"

#define MAXLINE	(64 * 1024 * 1024)

/* Reads every input of one kind. */
struct reader {
	struct rw_stats		*s;
	pthread_mutex_t		*lock;		/* NULL: the only reader */
	struct rw_input		*in;
	size_t			 nin;
	enum rw_input_kind	 kind;
};

static void
say(struct rw_input *in, const char *where, unsigned long line,
    const char *msg)
{
	if (line > 0)
		rw_buf_printf(&in->msgs, "%s:%lu: %s\n", where, line, msg);
	else if (where != NULL)
		rw_buf_printf(&in->msgs, "%s: %s\n", where, msg);
	else
		rw_buf_printf(&in->msgs, "%s\n", msg);
	in->failed = 1;
}

/* Feeds one JSON Lines input to the aggregator.  Records are decoded
 * outside the lock: that is the costly part. */
static void
read_records(struct reader *r, struct rw_input *in, const char *path)
{
	struct rw_stats_rec	*rec;
	struct rw_lines		 l;
	struct rw_err		 e;
	FILE			*fp;
	int			 n, rc;

	if (strcmp(path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(path, "r")) == NULL) {
		say(in, path, 0, strerror(errno));
		return;
	}
	rw_lines_init(&l, fp, path, MAXLINE);
	while ((n = rw_lines_next(&l, &e)) != 0) {
		if (n == -1) {
			say(in, NULL, 0, e.msg);
			if (ferror(fp))
				break;
			continue;
		}
		rec = rw_stats_rec_decode(r->kind == RW_INPUT_FACTS, l.line,
		    l.len);
		if (r->lock != NULL)
			pthread_mutex_lock(r->lock);
		rc = rw_stats_add_rec(r->s, rec, &e);
		if (r->lock != NULL)
			pthread_mutex_unlock(r->lock);
		if (rc == -1)
			say(in, path, l.lineno, e.msg);
	}
	rw_lines_free(&l);
	if (fp != stdin)
		fclose(fp);
}

/* Reads the paths in a list and feeds each. */
static void
read_list(struct reader *r, struct rw_input *in)
{
	struct rw_lines	 l;
	struct rw_err	 e;
	FILE		*fp;
	char		*path;
	int		 n;

	if (strcmp(in->path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(in->path, "r")) == NULL) {
		say(in, in->path, 0, strerror(errno));
		return;
	}
	rw_lines_init(&l, fp, in->path, 65536);
	while ((n = rw_lines_next(&l, &e)) != 0) {
		if (n == -1) {
			say(in, NULL, 0, e.msg);
			if (ferror(fp))
				break;
			continue;
		}
		if (l.len == 0)
			continue;
		/* Another reader may be on standard input. */
		if (strcmp(l.line, "-") == 0) {
			say(in, in->path, l.lineno,
			    "standard input cannot be named in a list");
			continue;
		}
		path = xstrdup(l.line);
		read_records(r, in, path);
		free(path);
	}
	rw_lines_free(&l);
	if (fp != stdin)
		fclose(fp);
}

static void *
run_reader(void *arg)
{
	struct reader	*r = arg;
	size_t		 i;

	for (i = 0; i < r->nin; i++) {
		if (r->in[i].kind != r->kind)
			continue;
		if (r->in[i].list)
			read_list(r, &r->in[i]);
		else
			read_records(r, &r->in[i], r->in[i].path);
	}
	return NULL;
}

void
rw_inputs_read(struct rw_stats *s, struct rw_input *in, size_t nin)
{
	pthread_mutex_t	 lock = PTHREAD_MUTEX_INITIALIZER;
	pthread_t	 t;
	struct reader	 ra, rf;
	size_t		 i, na = 0, nf = 0, nstdin = 0;

	/* Standard input can be read by one thread only. */
	for (i = 0; i < nin; i++) {
		na += in[i].kind == RW_INPUT_ARTICLES;
		nf += in[i].kind == RW_INPUT_FACTS;
		nstdin += strcmp(in[i].path, "-") == 0;
	}
	ra.s = rf.s = s;
	ra.in = rf.in = in;
	ra.nin = rf.nin = nin;
	ra.kind = RW_INPUT_ARTICLES;
	rf.kind = RW_INPUT_FACTS;
	ra.lock = rf.lock = NULL;
	if (na > 0 && nf > 0 && nstdin == 0) {
		ra.lock = rf.lock = &lock;
		if (pthread_create(&t, NULL, run_reader, &rf) == 0) {
			run_reader(&ra);
			pthread_join(t, NULL);
			return;
		}
		ra.lock = rf.lock = NULL;
	}
	run_reader(&ra);
	run_reader(&rf);
}
