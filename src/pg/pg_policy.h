/*
 * pg_policy.h — what the PostgreSQL glue files share.
 *
 * A policy datum is a varlena whose payload is the stored layout of
 * src/core/layout.h.  Readers either detoast the whole value (clauses,
 * facts, text) or only its first PC_LAYOUT_PREFIX_SIZE bytes (summary).
 */
#ifndef PG_POLICY_H
#define PG_POLICY_H

#include "postgres.h"
#include "fmgr.h"

#if PG_VERSION_NUM < 150000
#error "policy_clauses requires PostgreSQL 15 or later"
#endif

/* the varlena macros (VARDATA, SET_VARSIZE, ...) moved to varatt.h in 16 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "pc.h"
#include "layout.h"

/* A whole stored value, detoasted and decoded. */
typedef struct PolicyValue
{
	const unsigned char *buf;	/* the layout bytes */
	size_t		len;
	PcLayoutHeader header;
	PcSummary	summary;
	const char *text;			/* the original text, header.text_len bytes */
} PolicyValue;

/* Detoast and decode a whole policy argument. */
void		policy_value_read(Datum d, PolicyValue *v);

/* Detoast only the header and summary of a policy argument. */
void		policy_summary_read(Datum d, PcLayoutHeader *h, PcSummary *s);

/* Analyze text[0, len) and return a new policy value. */
struct varlena *policy_from_text(const char *text, size_t len);

/* Report an analyzer status other than PC_OK and PC_ERR_TOO_LARGE as an error. */
void		policy_analyzer_status(PcStatus st);

/* Fail unless the database encoding is UTF-8 (the analyzer reads UTF-8). */
void		policy_require_utf8(const char *function);

/* An arena over the current memory context that honours query cancellation. */
void		policy_arena_init(PcArena *arena);

/* The OID of an extension enum's label (cached per type in fn_mcxt). */
Oid			policy_enum_oid(FunctionCallInfo fcinfo, Oid enumtype, const char *const *names,
							int nnames, int index);

/* An array of enum OIDs for the set bits of mask, of element type enumtype. */
Datum		policy_enum_array(FunctionCallInfo fcinfo, Oid enumtype, const char *const *names,
							  int nnames, uint32 mask);

/* A text datum from bytes. */
Datum		policy_text_datum(const char *s, size_t len);

#endif							/* PG_POLICY_H */
