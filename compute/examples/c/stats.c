/* stats: summary statistics (count, mean, min, max) of every numeric column
 * of the CSV on stdin; the same output as ../go/stats, byte for byte.
 * Build: clang --target=wasm32-wasi -O2 -o stats.wasm stats.c */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCOLS 64
#define MAXLINE (1 << 20)

struct column {
	char name[128];
	int numeric;
	long count;
	double sum, min, max;
};

static char line[MAXLINE];
static struct column cols[MAXCOLS];

static void chomp(char *s) {
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = 0;
}

int main(void) {
	int ncols = 0;
	if (!fgets(line, sizeof line, stdin)) {
		fprintf(stderr, "stats: empty input\n");
		return 1;
	}
	chomp(line);
	for (char *p = line;;) {
		char *comma = strchr(p, ',');
		if (comma)
			*comma = 0;
		if (ncols < MAXCOLS) {
			struct column *c = &cols[ncols++];
			snprintf(c->name, sizeof c->name, "%s", p);
			c->numeric = 1;
			c->min = INFINITY;
			c->max = -INFINITY;
		}
		if (!comma)
			break;
		p = comma + 1;
	}
	while (fgets(line, sizeof line, stdin)) {
		chomp(line);
		if (!line[0])
			continue;
		int i = 0;
		for (char *p = line;; i++) {
			char *comma = strchr(p, ',');
			if (comma)
				*comma = 0;
			if (i < ncols && *p && cols[i].numeric) {
				char *end;
				double v = strtod(p, &end);
				if (*end) {
					cols[i].numeric = 0;
				} else {
					struct column *c = &cols[i];
					c->count++;
					c->sum += v;
					c->min = fmin(c->min, v);
					c->max = fmax(c->max, v);
				}
			}
			if (!comma)
				break;
			p = comma + 1;
		}
	}
	for (int i = 0; i < ncols; i++) {
		struct column *c = &cols[i];
		if (!c->numeric || c->count == 0)
			continue;
		printf("%s count=%ld mean=%.6f min=%.6f max=%.6f\n", c->name, c->count, c->sum / c->count, c->min, c->max);
	}
	return 0;
}
