/*
 * layout.h — the stored form of an analysis: a fixed header and summary,
 * then the clause table, the fact table, a string pool and the original
 * text.  Every integer is little-endian, so the bytes are the same on every
 * machine and can be sent and received as they are.
 *
 *   offset 0    header (64 bytes); with PC_LAYOUT_FLAG_LANGUAGE, bytes 48-49
 *               hold the policy's language (two lower-case ISO 639-1 letters,
 *               or two zero bytes when the text was too short to tell)
 *   offset 64   summary (64 bytes)      ← all that predicates read; the laws
 *               bitmap in two halves, bits 0-31 at summary byte 20 and bits
 *               32-63 at byte 48 (zero in values written before there were
 *               more than 32 laws, which therefore read as they were)
 *   offset 128  clauses (28 bytes each)
 *               facts (36 bytes each)
 *               string pool (reserved; empty in layout version 1)
 *               original text (UTF-8, not NUL-terminated)
 */
#ifndef PC_LAYOUT_H
#define PC_LAYOUT_H

#include "pc.h"

#define PC_LAYOUT_MAGIC			0x3150434Cu		/* "LCP1" read little-endian */
#define PC_LAYOUT_VERSION		1
#define PC_LAYOUT_HEADER_SIZE	64
#define PC_LAYOUT_SUMMARY_SIZE	64
#define PC_LAYOUT_PREFIX_SIZE	(PC_LAYOUT_HEADER_SIZE + PC_LAYOUT_SUMMARY_SIZE)
#define PC_LAYOUT_CLAUSE_SIZE	28
#define PC_LAYOUT_FACT_SIZE		36

/* Header flags.  A value without PC_LAYOUT_FLAG_LANGUAGE predates language detection. */
#define PC_LAYOUT_FLAG_LANGUAGE	0x01	/* the header records the language */
#define PC_LAYOUT_KNOWN_FLAGS	PC_LAYOUT_FLAG_LANGUAGE
#define PC_LAYOUT_LANGUAGE_OFFSET 48

/* Summary offset of the laws bitmap's bits 32-63 (its bits 0-31 are at 20). */
#define PC_LAYOUT_LAWS_HIGH_OFFSET 48

/* The header fields, decoded. */
typedef struct PcLayoutHeader
{
	uint32_t	magic;
	uint16_t	layout_version;
	uint16_t	analyzer_version;
	uint32_t	flags;
	uint32_t	nclauses;
	uint32_t	nfacts;
	uint32_t	text_len;		/* bytes */
	uint32_t	text_chars;		/* characters */
	uint32_t	off_clauses;
	uint32_t	off_facts;
	uint32_t	off_strings;
	uint32_t	strings_len;
	uint32_t	off_text;
	char		language[3];	/* ISO 639-1 code, or "" (see the flags) */
} PcLayoutHeader;

/* Bytes needed to store analysis a; 0 when it cannot be stored (too large). */
size_t		pc_layout_size(const PcAnalysis *a);

/* Write analysis a into out, which has pc_layout_size(a) bytes. */
void		pc_layout_write(const PcAnalysis *a, unsigned char *out);

/*
 * Decode and check the header and summary from the first len bytes (at
 * least PC_LAYOUT_PREFIX_SIZE) of a value of total size total_len (0 when
 * unknown); NULL when sound, else what is wrong.
 */
const char *pc_layout_read_prefix(const unsigned char *buf, size_t len, size_t total_len,
								  PcLayoutHeader *h, PcSummary *s);

/* Check a whole stored value, every count and offset; NULL when sound. */
const char *pc_layout_check(const unsigned char *buf, size_t len);

/* Decode clause i of a checked value. */
void		pc_layout_clause(const unsigned char *buf, const PcLayoutHeader *h,
							 uint32_t i, PcClause *c);

/* Decode fact i of a checked value. */
void		pc_layout_fact(const unsigned char *buf, const PcLayoutHeader *h,
						   uint32_t i, PcFact *f);

#endif							/* PC_LAYOUT_H */
