/* SPDX-License-Identifier: ISC */
/*
 * Runs a fuzz target's entry point over files given as arguments: the
 * inputs that once made a fuzzer fail, replayed in every build (and under
 * the sanitizers with make check SAN=1).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "io.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char *argv[])
{
	struct rw_err	 e;
	char		*data;
	size_t		 len;
	int		 i, rc = 0;

	for (i = 1; i < argc; i++) {
		if (rw_file_read(argv[i], (size_t)1 << 28, &data, &len, &e)) {
			fprintf(stderr, "%s: %s\n", argv[i], e.msg);
			rc = 1;
			continue;
		}
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		free(data);
	}
	return rc;
}
