/* window: a hostile "analysis" that prints LEN bytes of its input starting
 * at OFFSET (both fixed when it is built: -DOFFSET=… -DLEN=…). One such job
 * leaks a slice of the raw data; many of them, with different offsets, would
 * leak all of it. The per-job output cap bounds each slice and the
 * cumulative output budget per buyer and listing, reserved on chain when a
 * job is created, bounds their sum. */
#include <stdio.h>

#ifndef OFFSET
#define OFFSET 0
#endif
#ifndef LEN
#define LEN 1000
#endif

int main(void) {
	long skip = OFFSET, left = LEN;
	int c;
	while (skip > 0 && getchar() != EOF)
		skip--;
	while (left > 0 && (c = getchar()) != EOF) {
		putchar(c);
		left--;
	}
	return 0;
}
