/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "io.h"

static char	 dir[] = "/tmp/rw-test-io.XXXXXX";

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char	*cmd;
	int	 rc;

	(void)state;
	cmd = xasprintf("rm -rf '%s'", dir);
	rc = system(cmd);
	free(cmd);
	return rc == 0 ? 0 : -1;
}

static void
write_then_read(void **state)
{
	struct rw_err	 e;
	char		*path, *data;
	size_t		 len;

	(void)state;
	path = xasprintf("%s/a/b/c.txt", dir);
	assert_int_equal(rw_file_write_atomic(path, "hello", 5, &e), 0);
	assert_int_equal(rw_file_read(path, 100, &data, &len, &e), 0);
	assert_int_equal(len, 5);
	assert_string_equal(data, "hello");
	free(data);
	/* Over the limit is an error naming the limit. */
	assert_int_equal(rw_file_read(path, 4, &data, &len, &e), -1);
	assert_non_null(strstr(e.msg, "limit"));
	assert_null(data);
	free(path);
}

static void
refuses_directories_and_missing(void **state)
{
	struct rw_err	 e;
	char		*path, *data;
	size_t		 len;

	(void)state;
	assert_int_equal(rw_file_read(dir, 100, &data, &len, &e), -1);
	assert_string_equal(e.msg, "is a directory");
	path = xasprintf("%s/missing", dir);
	assert_int_equal(rw_file_read(path, 100, &data, &len, &e), -1);
	assert_string_equal(e.msg, "No such file or directory");
	free(path);
}

static void
update_skips_same_bytes(void **state)
{
	struct rw_err	 e;
	struct stat	 st1, st2;
	char		*path;
	int		 changed;

	(void)state;
	path = xasprintf("%s/u.txt", dir);
	assert_int_equal(rw_file_update(path, "x", 1, &changed, &e), 0);
	assert_int_equal(changed, 1);
	assert_int_equal(stat(path, &st1), 0);
	assert_int_equal(rw_file_update(path, "x", 1, &changed, &e), 0);
	assert_int_equal(changed, 0);
	assert_int_equal(stat(path, &st2), 0);
	assert_true(st1.st_ino == st2.st_ino);
	assert_int_equal(rw_file_update(path, "y", 1, &changed, &e), 0);
	assert_int_equal(changed, 1);
	free(path);
}

static void
afile_stream_commit_and_abort(void **state)
{
	struct rw_afile	 a;
	struct rw_err	 e;
	struct stat	 st1, st2;
	char		*path, *data;
	size_t		 len;
	int		 changed;

	(void)state;
	path = xasprintf("%s/s/out.jsonl", dir);
	assert_int_equal(rw_afile_open(&a, path, &e), 0);
	fputs("line 1\n", a.fp);
	/* Nothing is visible before the commit. */
	assert_int_equal(stat(path, &st1), -1);
	assert_int_equal(rw_afile_commit(&a, &changed, &e), 0);
	assert_int_equal(changed, 1);
	assert_int_equal(rw_file_read(path, 100, &data, &len, &e), 0);
	assert_string_equal(data, "line 1\n");
	free(data);
	assert_int_equal(stat(path, &st1), 0);
	assert_true((st1.st_mode & 0777) == 0644);
	/* The same bytes again: the file is left alone. */
	assert_int_equal(rw_afile_open(&a, path, &e), 0);
	fputs("line 1\n", a.fp);
	assert_int_equal(rw_afile_commit(&a, &changed, &e), 0);
	assert_int_equal(changed, 0);
	assert_int_equal(stat(path, &st2), 0);
	assert_true(st1.st_ino == st2.st_ino);
	/* An aborted write changes nothing and leaves no temporary. */
	assert_int_equal(rw_afile_open(&a, path, &e), 0);
	fputs("other\n", a.fp);
	rw_afile_abort(&a);
	assert_null(a.tmp);
	assert_int_equal(rw_file_read(path, 100, &data, &len, &e), 0);
	assert_string_equal(data, "line 1\n");
	free(data);
	free(path);
}

static void
lines_reader(void **state)
{
	struct rw_lines	 l;
	struct rw_err	 e;
	FILE		*fp;
	static const char in[] = "one\r\n\ntoolongline\nlast";

	(void)state;
	fp = fmemopen((void *)in, sizeof(in) - 1, "r");
	assert_non_null(fp);
	rw_lines_init(&l, fp, "mem", 8);
	assert_int_equal(rw_lines_next(&l, &e), 1);
	assert_string_equal(l.line, "one");
	assert_int_equal(rw_lines_next(&l, &e), 1);
	assert_string_equal(l.line, "");
	assert_int_equal(rw_lines_next(&l, &e), -1);
	assert_string_equal(e.msg, "mem:3: line longer than 8 bytes");
	assert_int_equal(rw_lines_next(&l, &e), 1);
	assert_string_equal(l.line, "last");
	assert_int_equal(l.lineno, 4);
	assert_int_equal(rw_lines_next(&l, &e), 0);
	rw_lines_free(&l);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(write_then_read),
		cmocka_unit_test(refuses_directories_and_missing),
		cmocka_unit_test(update_skips_same_bytes),
		cmocka_unit_test(afile_stream_commit_and_abort),
		cmocka_unit_test(lines_reader),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
