/* join: an analysis over two datasets from two sellers, framed on stdin as
 * package compute/job describes: people ("id,age") and purchases
 * ("id,amount"), joined on id and reported only as aggregates per age
 * bracket. The same output as ../go/join, byte for byte.
 * Build: clang --target=wasm32-wasi -O2 -o join.wasm join.c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BRACKETS 10

struct person {
	long long id, age;
	size_t pos; /* row number, so that the last row of an id wins */
};

static char hdr[256];

/* readDataset reads one "#dataset <listing> <length>" line and the bytes
 * after it into a NUL-terminated buffer. */
static char *readDataset(size_t *len) {
	unsigned long long listing, n;
	if (!fgets(hdr, sizeof hdr, stdin) || sscanf(hdr, "#dataset %llu %llu", &listing, &n) != 2) {
		fprintf(stderr, "join: bad dataset header\n");
		exit(1);
	}
	char *buf = malloc(n + 1);
	if (!buf || fread(buf, 1, n, stdin) != n) {
		fprintf(stderr, "join: truncated dataset\n");
		exit(1);
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

/* nextRow returns the next non-empty line after *p (skipping a header when
 * asked), NUL-terminated in place, or NULL at the end. */
static char *nextRow(char **p) {
	while (**p) {
		char *s = *p, *e = strchr(s, '\n');
		if (e) {
			*e = 0;
			*p = e + 1;
		} else
			*p = s + strlen(s);
		size_t n = strlen(s);
		if (n && s[n - 1] == '\r')
			s[--n] = 0;
		if (n)
			return s;
	}
	return NULL;
}

static int byID(const void *a, const void *b) {
	long long x = ((const struct person *)a)->id, y = ((const struct person *)b)->id;
	return (x > y) - (x < y);
}

static int byIDPos(const void *a, const void *b) {
	int c = byID(a, b);
	if (c)
		return c;
	size_t x = ((const struct person *)a)->pos, y = ((const struct person *)b)->pos;
	return (x > y) - (x < y);
}

int main(void) {
	unsigned count;
	if (!fgets(hdr, sizeof hdr, stdin) || sscanf(hdr, "#datatrade-datasets %u", &count) != 1 || count != 2) {
		fprintf(stderr, "join: want two framed datasets (people, purchases)\n");
		return 1;
	}
	size_t n;
	char *people = readDataset(&n), *p = people, *row;
	struct person *ps = NULL;
	size_t np = 0, cap = 0;
	nextRow(&p); /* header */
	while ((row = nextRow(&p))) {
		struct person x = {.pos = np};
		if (sscanf(row, "%lld,%lld", &x.id, &x.age) != 2 || x.age < 0) {
			fprintf(stderr, "join: bad person row\n");
			return 1;
		}
		if (np == cap) {
			cap = cap ? cap * 2 : 256;
			ps = realloc(ps, cap * sizeof *ps);
			if (!ps) {
				fprintf(stderr, "join: out of memory\n");
				return 1;
			}
		}
		ps[np++] = x;
	}
	/* The last row of an id wins, as in the Go version: sort by id, then
	 * row, and keep the last of each run. */
	qsort(ps, np, sizeof *ps, byIDPos);
	size_t k = 0;
	for (size_t i = 0; i < np; i++) {
		if (k && ps[k - 1].id == ps[i].id)
			k--;
		ps[k++] = ps[i];
	}
	np = k;

	char *purchases = readDataset(&n);
	p = purchases;
	long cnt[BRACKETS] = {0}, matched = 0, unmatched = 0;
	double total[BRACKETS] = {0};
	nextRow(&p);
	while ((row = nextRow(&p))) {
		struct person key;
		char *comma = strchr(row, ',');
		if (!comma || sscanf(row, "%lld", &key.id) != 1) {
			fprintf(stderr, "join: bad purchase row\n");
			return 1;
		}
		char *end;
		double amount = strtod(comma + 1, &end);
		if (end == comma + 1) {
			fprintf(stderr, "join: bad amount\n");
			return 1;
		}
		struct person *hit = bsearch(&key, ps, np, sizeof *ps, byID);
		if (!hit) {
			unmatched++;
			continue;
		}
		long long b = hit->age / 10;
		if (b > BRACKETS - 1)
			b = BRACKETS - 1;
		matched++;
		cnt[b]++;
		total[b] += amount;
	}
	printf("people=%zu matched=%ld unmatched=%ld\n", np, matched, unmatched);
	for (int b = 0; b < BRACKETS; b++) {
		if (!cnt[b])
			continue;
		if (b == BRACKETS - 1)
			printf("age %d- purchases=%ld total=%.6f mean=%.6f\n", b * 10, cnt[b], total[b], total[b] / cnt[b]);
		else
			printf("age %d-%d purchases=%ld total=%.6f mean=%.6f\n", b * 10, b * 10 + 9, cnt[b], total[b], total[b] / cnt[b]);
	}
	return 0;
}
