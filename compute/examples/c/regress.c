/* regress: a least-squares line through the first two columns of the CSV on
 * stdin; the same output as ../go/regress, byte for byte.
 * Build: clang --target=wasm32-wasi -O2 -o regress.wasm regress.c */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static char line[1 << 20];

int main(void) {
	double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
	if (!fgets(line, sizeof line, stdin)) { /* header */
		fprintf(stderr, "regress: empty input\n");
		return 1;
	}
	while (fgets(line, sizeof line, stdin)) {
		if (line[0] == '\n' || line[0] == '\r' || !line[0])
			continue;
		char *end;
		double x = strtod(line, &end);
		if (*end != ',') {
			fprintf(stderr, "regress: bad row\n");
			return 1;
		}
		double y = strtod(end + 1, &end);
		if (*end != ',' && *end != '\n' && *end != '\r' && *end) {
			fprintf(stderr, "regress: bad row\n");
			return 1;
		}
		n++;
		sx += x;
		sy += y;
		sxx += x * x;
		sxy += x * y;
		syy += y * y;
	}
	if (n < 2) {
		fprintf(stderr, "regress: need at least two rows\n");
		return 1;
	}
	double den = n * sxx - sx * sx;
	double slope = (n * sxy - sx * sy) / den;
	double intercept = (sy - slope * sx) / n;
	double r = (n * sxy - sx * sy) / sqrt(den * (n * syy - sy * sy));
	printf("n=%d slope=%.6f intercept=%.6f r2=%.6f\n", (int)n, slope, intercept, r * r);
	return 0;
}
