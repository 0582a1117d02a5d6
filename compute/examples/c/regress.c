/* regress: a least-squares line through the first two columns of the CSV on
 * stdin; the same output as ../go/regress, byte for byte.
 * Build: clang --target=wasm32-wasi -O2 -o regress.wasm regress.c */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static char line[1 << 20];

/* parse reads a decimal number at s and sets *end past it. Numbers with at
 * most 15 significant digits and a small decimal exponent (what a CSV of
 * measurements holds) are converted exactly as strtod would, with one
 * multiplication or division of two exact doubles (Clinger's fast path);
 * anything else falls back to strtod. */
static double parse(const char *s, char **end) {
	static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
	                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
	const char *p = s;
	int neg = 0, digits = 0, frac = 0, any = 0;
	unsigned long long m = 0;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	for (; *p >= '0' && *p <= '9'; p++, any = 1)
		if (m || *p != '0')
			m = m * 10 + (*p - '0'), digits++;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, any = 1)
			if (m || *p != '0')
				m = m * 10 + (*p - '0'), digits++, frac++;
			else
				frac++;
	if (!any || digits > 15 || frac > 22 || *p == 'e' || *p == 'E' || *p == 'n' || *p == 'i')
		return strtod(s, end);
	*end = (char *)p;
	double v = (double)m / pow10[frac];
	return neg ? -v : v;
}

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
		double x = parse(line, &end);
		if (*end != ',') {
			fprintf(stderr, "regress: bad row\n");
			return 1;
		}
		double y = parse(end + 1, &end);
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
