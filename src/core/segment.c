/*
 * segment.c — document → lines → headings, list items, sentences.
 * (baseline: one clause per line, split at sentence ends)
 */
#include <ctype.h>

#include "pc_internal.h"

/* Split the normalized text into clauses with sections and lead-ins. */
void
pc_segment(PcWork *w)
{
	const char *s = w->text.norm;
	uint32_t	len = w->text.len;
	uint32_t	i = 0;

	while (i < len)
	{
		uint32_t	start,
					end;

		pc_check_interrupts(w->arena);
		while (i < len && isspace((unsigned char) s[i]))
			i++;
		start = i;
		while (i < len && s[i] != '\n' &&
			   !((s[i] == '.' || s[i] == '?' || s[i] == '!') &&
				 (i + 1 == len || s[i + 1] == ' ' || s[i + 1] == '\n')))
			i++;
		if (i < len && s[i] != '\n')
			i++;
		end = i;
		while (end > start && isspace((unsigned char) s[end - 1]))
			end--;
		if (end > start)
			pc_add_clause(w, start, end, PC_CLAUSE_SENTENCE, -1, -1);
	}
}
