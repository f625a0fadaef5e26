/*
 * retention_keeping.h — whether a clause speaks of keeping data and whether
 * that keeping is denied (retention_keeping.c), and the reach around a
 * retention phrase that the retention files search.
 */
#ifndef PC_RETENTION_KEEPING_H
#define PC_RETENTION_KEEPING_H

#include "pc_internal.h"

/* How far around a phrase the retention files look for its verb, data and traps. */
#define PC_RETENTION_REACH 250

/*
 * After "retain": "retains the right to", "you retain control", "you retain
 * any and all of your ownership rights", "has retained both privacy and
 * publicity rights", "retain all copyright notices" are reservations of a
 * right or a notice, and "retain any and all revenue" one of money, not
 * keeping data.
 */
#define PC_NOT_A_RIGHT "(?!\\s+(?:(?:any\\s+and\\s+)?(?:the|all|any|its|our|your|their|sole|full|both)\\s+(?:of\\s+)?)?" \
	"(?:(?:the|its|our|your|their)\\s+)?(?:[a-z]+\\s+(?:(?:and|or)\\s+[a-z]+\\s+)?)?" \
	"(?:rights?|ownership|title|discretion|authority|control|choice|copyrights?|intellectual\\s+property" \
	"|proprietary|trademarks?|notices?|legends?|revenues?|proceeds|profits|royalties)\\b)"

/*
 * Data that expires, its kind the subject: "log entries expire", "your
 * uploads will automatically expire"; not a cookie's or a session's data,
 * nor links, tokens or offers, which lapse.
 */
#define PC_DATA_EXPIRES "(?<!cookie )(?<!session )(?:logs?|entries|data|information|records?|files?|" \
	"uploads?|backups?|cop(?:y|ies)|recordings?|messages?|attachments?|snapshots?|transcripts?)\\s+" \
	"(?:will\\s+)?(?:automatically\\s+)?expir(?:e|es|ed)"

/*
 * True when the clause, its lead-in or the heading above speaks of keeping
 * data; memo (a PcAnswer per clause, zeroed for the analysis) keeps what is
 * found of lead-ins and headings.
 */
bool		pc_retention_keeps(const PcWork *w, uint8_t *memo, uint32_t clause, size_t from,
							   size_t to);

/* True when the nearest keeping verb before pos in the clause is denied ("we do not store"). */
bool		pc_retention_denied(const PcWork *w, uint32_t clause, size_t pos);

/*
 * True when the nearest keeping verb before pos in the clause is denied at
 * every time or to every keeper ("In no case are backups kept", "Nobody keeps").
 */
bool		pc_retention_denied_to_all(const PcWork *w, uint32_t clause, size_t pos);

/* Find a verb of keeping (not of deleting) in s[from, to); *ms and *me are offsets into s. */
bool		pc_retention_find_keeping(const PcSearch *search, const char *s, size_t from, size_t to,
									  size_t *ms, size_t *me);

#endif							/* PC_RETENTION_KEEPING_H */
