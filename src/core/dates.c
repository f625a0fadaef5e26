/*
 * dates.c — month names and their abbreviations, the one list of them that
 * the date reader (extract_dates.c) and the sentence splitter
 * (segment_heading.c, segment_abbrev.c) share.
 *
 * A month is shortened to its first three letters, September also to
 * "Sept"; "May" is its own full name.
 */
#include <string.h>
#include <strings.h>

#include "dates.h"

/* Month names, January first. */
static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"
};

/* The month (1 to 12) whose name's first three letters open s ("Janaury": 1), or 0. */
int
pc_month_prefix(const char *s, size_t len)
{
	if (len < 3)
		return 0;
	for (int i = 0; i < 12; i++)
		if (strncasecmp(s, month_names[i], 3) == 0)
			return i + 1;
	return 0;
}

/* The month (1 to 12) the word w[0, len) names in full or shortened ("Sep", "Sept"), or 0; any case. */
int
pc_month_word(const char *w, size_t len)
{
	int			m = pc_month_prefix(w, len);
	size_t		full;

	if (m == 0)
		return 0;
	full = strlen(month_names[m - 1]);
	if (len > full || strncasecmp(w, month_names[m - 1], len) != 0)
		return 0;
	return (len == 3 || len == full || (m == 9 && len == 4)) ? m : 0;
}

/* True when the word w[0, len) is a month's name shortened ("Jan", "Sept"; not "May"). */
bool
pc_month_shortened(const char *w, size_t len)
{
	int			m = pc_month_word(w, len);

	return m != 0 && len < strlen(month_names[m - 1]);
}
