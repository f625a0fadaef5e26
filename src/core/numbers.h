/*
 * numbers.h — numbers written in digits or English words, and durations
 * ("sixty (60) days", "thirty-six months", "a 24-month period").
 */
#ifndef PC_NUMBERS_H
#define PC_NUMBERS_H

#include "pc_internal.h"

/* A length of time as PostgreSQL's interval keeps it. */
typedef struct PcDuration
{
	uint32_t	start;			/* where the words begin and end in the text */
	uint32_t	end;
	int32_t		months;
	int32_t		days;
	int32_t		seconds;
	bool		range;			/* "7-10 days": the larger end was taken */
	bool		recurrence;		/* named by its adverb: "monthly", "fortnightly" */
} PcDuration;

/* The value of a number in digits or words ("12", "twelve", "thirty-six"); -1 if none. */
int32_t		pc_number_value(const char *s, size_t len);

/* Find the next duration in s[from, len); false when there is none. */
bool		pc_find_duration(const PcSearch *search, const char *s, size_t len, size_t from,
							 PcDuration *out);

#endif							/* PC_NUMBERS_H */
