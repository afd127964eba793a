/* SPDX-License-Identifier: ISC */
/*
 * inputs.h - feeding article and facts inputs (JSON Lines files, and
 * lists of such files) to a struct rw_stats.
 *
 * Articles and facts are read by two threads at once when both kinds are
 * given and none is standard input: decoding JSON is most of the cost and
 * the aggregator does not depend on the order of records.  Problems are
 * collected per input, never printed.
 */
#ifndef RW_INPUTS_H
#define RW_INPUTS_H

#include "stats.h"
#include "util.h"

enum rw_input_kind {
	RW_INPUT_ARTICLES = 1,
	RW_INPUT_FACTS
};

struct rw_input {
	enum rw_input_kind kind;
	const char	*path;		/* borrowed; "-" is standard input */
	int		 list;		/* path names a list, one path a line */
	/* Filled by rw_inputs_read: */
	struct rw_buf	 msgs;		/* "where: reason\n" per problem */
	int		 failed;	/* 1 if msgs is not empty */
};

/*
 * Reads every input into s.  A file that cannot be opened, a line that
 * is not a valid record, a duplicate record, or a list naming "-" is
 * noted in that input's msgs (as "file:line: reason" or "file: reason")
 * and reading goes on.  The caller frees each msgs with rw_buf_free.
 */
void	 rw_inputs_read(struct rw_stats *, struct rw_input *, size_t n);

#endif
