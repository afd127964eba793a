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
#include "site.h"

static char	 dir[] = "/tmp/rw-test-site.XXXXXX";

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

static int
exists(const char *rel)
{
	char	*p;
	int	 rc;

	p = xasprintf("%s/out/%s", dir, rel);
	rc = access(p, F_OK) == 0;
	free(p);
	return rc;
}

static void
paths(void **state)
{
	(void)state;
	assert_true(rw_site_path_ok("index.html"));
	assert_true(rw_site_path_ok("region/430000.html"));
	assert_true(rw_site_path_ok("en/story/5d0c8c2a9b1e4f37.html"));
	assert_false(rw_site_path_ok(NULL));
	assert_false(rw_site_path_ok(""));
	assert_false(rw_site_path_ok("/etc/passwd"));
	assert_false(rw_site_path_ok("../x.html"));
	assert_false(rw_site_path_ok("a/../../x"));
	assert_false(rw_site_path_ok("a//b"));
	assert_false(rw_site_path_ok("a/"));
	assert_false(rw_site_path_ok(".rw-manifest"));
	assert_false(rw_site_path_ok("a/.hidden"));
	assert_false(rw_site_path_ok("湖南.html"));
	assert_false(rw_site_path_ok("a b.html"));
	assert_false(rw_site_path_ok("a\\b.html"));
}

static void
slugs(void **state)
{
	char	 a[RW_SLUG_SIZE], b[RW_SLUG_SIZE];

	(void)state;
	rw_slug("迎新春送温暖", a);
	rw_slug("迎新春送温暖", b);
	assert_string_equal(a, b);
	assert_int_equal(strlen(a), 16);
	assert_true(rw_site_path_ok(a));
	rw_slug("../../etc/passwd", b);
	assert_true(rw_site_path_ok(b));
	assert_string_not_equal(a, b);
	rw_slug("", b);
	assert_string_equal(b, "cbf29ce484222325");
}

static void
manifest_removes_stale(void **state)
{
	struct rw_site		*s;
	struct rw_site_counts	 c;
	struct rw_err		 e;
	struct stat		 st1, st2;
	char			*out, *p;

	(void)state;
	out = xasprintf("%s/out", dir);
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "a.html", "A", 1, &e), 0);
	assert_int_equal(rw_site_write(s, "sub/b.html", "B", 1, &e), 0);
	assert_int_equal(rw_site_write(s, "../evil", "X", 1, &e), -1);
	assert_int_equal(rw_site_close(s, &c, &e), 0);
	assert_int_equal(c.files, 2);
	assert_int_equal(c.written, 2);
	assert_int_equal(c.removed, 0);
	rw_site_free(s);
	assert_true(exists("sub/b.html"));

	p = xasprintf("%s/a.html", out);
	assert_int_equal(stat(p, &st1), 0);
	/* Second run: a.html unchanged, sub/b.html no longer produced. */
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "a.html", "A", 1, &e), 0);
	assert_int_equal(rw_site_write(s, "c.html", "C", 1, &e), 0);
	assert_int_equal(rw_site_close(s, &c, &e), 0);
	assert_int_equal(c.files, 2);
	assert_int_equal(c.written, 1);
	assert_int_equal(c.removed, 1);
	rw_site_free(s);
	assert_int_equal(stat(p, &st2), 0);
	assert_true(st1.st_ino == st2.st_ino);
	assert_false(exists("sub/b.html"));
	assert_false(exists("sub"));
	assert_true(exists("c.html"));
	free(p);

	/* Writing a path twice is an error. */
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "a.html", "A", 1, &e), 0);
	assert_int_equal(rw_site_write(s, "a.html", "A", 1, &e), 0);
	assert_int_equal(rw_site_close(s, &c, &e), -1);
	rw_site_free(s);
	free(out);
}

static void
tampered_manifest_stays_inside(void **state)
{
	struct rw_site		*s;
	struct rw_err		 e;
	char			*out, *victim, *m;
	FILE			*fp;

	(void)state;
	out = xasprintf("%s/out2", dir);
	victim = xasprintf("%s/victim", dir);
	assert_int_equal(rw_file_write_atomic(victim, "v", 1, &e), 0);
	m = xasprintf("%s/%s", out, RW_SITE_MANIFEST);
	assert_int_equal(rw_mkdirs(out, &e), 0);
	assert_non_null(fp = fopen(m, "w"));
	fputs("../victim\n/etc/hostname\nok.html", fp);
	fclose(fp);
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_close(s, NULL, &e), 0);
	rw_site_free(s);
	assert_int_equal(access(victim, F_OK), 0);
	free(m);
	free(victim);
	free(out);
}

static void
abort_keeps_both_runs(void **state)
{
	struct rw_site		*s;
	struct rw_site_counts	 c;
	struct rw_err		 e;
	char			*out;

	(void)state;
	out = xasprintf("%s/out4", dir);
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "old.html", "O", 1, &e), 0);
	assert_int_equal(rw_site_close(s, NULL, &e), 0);
	rw_site_free(s);
	/* A failed run wrote new.html but not old.html: nothing goes. */
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "new.html", "N", 1, &e), 0);
	assert_int_equal(rw_site_abort(s, &e), 0);
	rw_site_free(s);
	/* The next complete run removes both if it makes neither. */
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "x.html", "X", 1, &e), 0);
	assert_int_equal(rw_site_close(s, &c, &e), 0);
	assert_int_equal(c.removed, 2);
	rw_site_free(s);
	free(out);
}

static void
symlinked_dir_refused(void **state)
{
	struct rw_site		*s;
	struct rw_err		 e;
	char			*out, *link, *target;

	(void)state;
	out = xasprintf("%s/out3", dir);
	target = xasprintf("%s/elsewhere", dir);
	link = xasprintf("%s/out3/story", dir);
	assert_int_equal(rw_mkdirs(out, &e), 0);
	assert_int_equal(rw_mkdirs(target, &e), 0);
	assert_int_equal(symlink(target, link), 0);
	assert_non_null(s = rw_site_open(out, &e));
	assert_int_equal(rw_site_write(s, "story/x.html", "X", 1, &e), -1);
	rw_site_free(s);
	free(link);
	free(target);
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(paths),
		cmocka_unit_test(slugs),
		cmocka_unit_test(manifest_removes_stale),
		cmocka_unit_test(tampered_manifest_stays_inside),
		cmocka_unit_test(abort_keeps_both_runs),
		cmocka_unit_test(symlinked_dir_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
