/* SPDX-License-Identifier: ISC */
/*
 * bench-time - runs a command and reports what it cost, including every
 * process it waited for (getrusage RUSAGE_CHILDREN), so `make -j2` counts
 * its children.
 *
 *	bench-time -o FILE command [arg ...]
 *
 * Writes one line to FILE: wall seconds, user seconds, system seconds,
 * peak resident set size of the largest process in KiB, exit status
 * (128 + signal number when killed).  Exits with the command's status.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
seconds(struct timeval tv)
{
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static void
usage(FILE *fp, int rc)
{
	fputs("usage: bench-time -o file command [arg ...]\n", fp);
	exit(rc);
}

int
main(int argc, char *argv[])
{
	struct rusage	 ru;
	const char	*out = NULL;
	FILE		*fp;
	double		 t0, wall;
	pid_t		 pid;
	int		 c, status, rc;

	while ((c = getopt(argc, argv, "+ho:")) != -1) {
		switch (c) {
		case 'o':
			out = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		default:
			usage(stderr, 2);
		}
	}
	if (out == NULL || optind >= argc)
		usage(stderr, 2);
	t0 = now();
	if ((pid = fork()) == -1)
		err(2, "fork");
	if (pid == 0) {
		execvp(argv[optind], argv + optind);
		warn("%s", argv[optind]);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) == -1)
		err(2, "waitpid");
	wall = now() - t0;
	if (getrusage(RUSAGE_CHILDREN, &ru) == -1)
		err(2, "getrusage");
	rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	if ((fp = fopen(out, "w")) == NULL)
		err(2, "%s", out);
	fprintf(fp, "%.3f %.3f %.3f %ld %d\n", wall, seconds(ru.ru_utime),
	    seconds(ru.ru_stime), ru.ru_maxrss, rc);
	if (fclose(fp) == EOF)
		err(2, "%s", out);
	return rc;
}
