/* probe: a hostile guest that tries files, the clock, randomness and the
 * environment and prints what it got. In the sandbox every answer is fixed,
 * so the output is the same on every run with the same seed. It also prints
 * 0.0/0.0, whose sign WebAssembly leaves to the CPU unless canonicalized. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int main(void) {
	const char *paths[] = {"/etc/passwd", "/", ".", "/proc/self/environ"};
	for (int i = 0; i < 4; i++) {
		FILE *f = fopen(paths[i], "r");
		printf("open %s: ok=%d\n", paths[i], f != NULL);
		if (f)
			fclose(f);
	}
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	printf("realtime=%lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	printf("monotonic=%lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
	unsigned char r[8];
	getentropy(r, sizeof r);
	printf("random=");
	for (int i = 0; i < 8; i++)
		printf("%02x", r[i]);
	printf("\n");
	for (char **e = environ; *e; e++)
		printf("env %s\n", *e);
	volatile double zero = 0.0;
	printf("nan=%f\n", zero / zero);
	return 0;
}
