/* hog: a hostile guest that allocates without bound and touches every byte.
 * The memory limit must stop it. The volatile sink keeps the compiler from
 * proving the allocations unused and removing them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *volatile sink;

int main(void) {
	unsigned long total = 0;
	for (;;) {
		char *p = malloc(1 << 20);
		if (!p) {
			fprintf(stderr, "hog: malloc failed after %lu MiB\n", total >> 20);
			abort();
		}
		memset(p, 1, 1 << 20);
		sink = p;
		total += 1 << 20;
	}
}
