/* groupby: per-group count, sum, mean, min and max of the second column of
 * the CSV on stdin, grouped by the first column; one line per group in byte
 * order of the keys. The same output as ../go/groupby, byte for byte.
 * Build: clang --target=wasm32-wasi -O2 -o groupby.wasm groupby.c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char line[1 << 20];

struct group {
	char *key;
	long count;
	double sum, min, max;
};

static struct group *groups;
static size_t ngroups, capgroups;
static size_t *table; /* open addressing: index+1 into groups, 0 = empty */
static size_t tablesize;

static unsigned hash(const char *s) { /* FNV-1a */
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void rehash(void) {
	size_t n = tablesize ? tablesize * 2 : 64;
	size_t *t = calloc(n, sizeof *t);
	if (!t) {
		fprintf(stderr, "groupby: out of memory\n");
		exit(1);
	}
	for (size_t g = 0; g < ngroups; g++) {
		size_t i = hash(groups[g].key) & (n - 1);
		while (t[i])
			i = (i + 1) & (n - 1);
		t[i] = g + 1;
	}
	free(table);
	table = t;
	tablesize = n;
}

static struct group *lookup(const char *key, double v) {
	if (2 * (ngroups + 1) > tablesize)
		rehash();
	size_t i = hash(key) & (tablesize - 1);
	while (table[i]) {
		struct group *g = &groups[table[i] - 1];
		if (strcmp(g->key, key) == 0)
			return g;
		i = (i + 1) & (tablesize - 1);
	}
	if (ngroups == capgroups) {
		capgroups = capgroups ? capgroups * 2 : 16;
		groups = realloc(groups, capgroups * sizeof *groups);
		if (!groups) {
			fprintf(stderr, "groupby: out of memory\n");
			exit(1);
		}
	}
	struct group *g = &groups[ngroups];
	g->key = strdup(key);
	g->count = 0;
	g->sum = 0;
	g->min = g->max = v;
	table[i] = ++ngroups;
	return g;
}

static int bykey(const void *a, const void *b) {
	return strcmp(((const struct group *)a)->key, ((const struct group *)b)->key);
}

int main(void) {
	if (!fgets(line, sizeof line, stdin)) {
		fprintf(stderr, "groupby: empty input\n");
		return 1;
	}
	while (fgets(line, sizeof line, stdin)) {
		size_t n = strlen(line);
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (!n)
			continue;
		char *comma = strchr(line, ',');
		if (!comma) {
			fprintf(stderr, "groupby: bad row\n");
			return 1;
		}
		*comma = 0;
		char *end;
		double v = strtod(comma + 1, &end);
		if (end == comma + 1 || (*end && *end != ',')) {
			fprintf(stderr, "groupby: bad value\n");
			return 1;
		}
		struct group *g = lookup(line, v);
		g->count++;
		g->sum += v;
		if (v < g->min)
			g->min = v;
		if (v > g->max)
			g->max = v;
	}
	qsort(groups, ngroups, sizeof *groups, bykey);
	for (size_t i = 0; i < ngroups; i++) {
		struct group *g = &groups[i];
		printf("%s count=%ld sum=%.6f mean=%.6f min=%.6f max=%.6f\n", g->key, g->count, g->sum,
		       g->sum / g->count, g->min, g->max);
	}
	return 0;
}
