/* main.c - C side of the reloc_ovfl run test: every one of the 70000
 * pointers of table.asm must point into tgt after the link. */
#include <stdio.h>

extern char *table[];
extern int nentries;
char *get_tgt(void);

int main(void)
{
	char *tgt = get_tgt();
	int good = 0;
	for (int i = 0; i < nentries; i++)
		if (table[i] == tgt + i % 16)
			good++;
	printf("entries: %d\ngood: %d\n", nentries, good);
	return good == nentries ? 0 : 1;
}
