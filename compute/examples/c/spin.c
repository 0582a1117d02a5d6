/* spin: a hostile guest that never ends. The meter must stop it. */
#include <stdio.h>

int main(void) {
	volatile unsigned long i = 0;
	for (;;)
		i++;
	printf("%lu\n", i);
	return 0;
}
