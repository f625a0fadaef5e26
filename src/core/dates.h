/*
 * dates.h — the words of calendar dates that both the sentence splitter
 * and the date reader know: month names and their abbreviations.
 */
#ifndef PC_DATES_H
#define PC_DATES_H

#include "pc_internal.h"

/* The month (1 to 12) whose name's first three letters open s ("Janaury": 1), or 0. */
int			pc_month_prefix(const char *s, size_t len);

/* The month (1 to 12) the word w[0, len) names in full or shortened ("Sep", "Sept"), or 0; any case. */
int			pc_month_word(const char *w, size_t len);

/* True when the word w[0, len) is a month's name shortened ("Jan", "Sept"; not "May"). */
bool		pc_month_shortened(const char *w, size_t len);

#endif							/* PC_DATES_H */
