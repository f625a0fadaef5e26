/*
 * policy_io.c — the policy type: input, output, binary send and receive,
 * casts, and re-analysis.
 */
#include "postgres.h"

#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "pg_policy.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(policy_in);
PG_FUNCTION_INFO_V1(policy_out);
PG_FUNCTION_INFO_V1(policy_recv);
PG_FUNCTION_INFO_V1(policy_send);
PG_FUNCTION_INFO_V1(policy_from_text_fn);
PG_FUNCTION_INFO_V1(policy_to_text);
PG_FUNCTION_INFO_V1(policy_reanalyze);
PG_FUNCTION_INFO_V1(policy_analyzer_version);

/* Arena callback: huge allocations in the current memory context. */
static void *
arena_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

/* Arena callback: move a block into size bytes, or free it for size 0. */
static void *
arena_resize(void *ctx, void *block, size_t old_size, size_t size)
{
	if (size == 0)
	{
		pfree(block);
		return NULL;
	}
	return repalloc_huge(block, size);
}

/* Arena callback: let a cancel or statement_timeout stop the analysis. */
static void
arena_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* An arena over the current memory context that honours query cancellation. */
void
policy_arena_init(PcArena *arena)
{
	arena->alloc = arena_alloc;
	arena->ctx = CurrentMemoryContext;
	arena->check_interrupts = arena_check_interrupts;
	arena->resize = arena_resize;
}

/* Fail unless the database encoding is UTF-8 (the analyzer reads UTF-8). */
void
policy_require_utf8(const char *function)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s requires a UTF8 database", function),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/* Report an analyzer status other than PC_OK and PC_ERR_TOO_LARGE as an error. */
void
policy_analyzer_status(PcStatus st)
{
	if (st == PC_ERR_NO_MEMORY)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("The policy analyzer could not compile its patterns.")));
	if (st != PC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("policy analyzer could not start")));
}

/* Analyze text[0, len) and return a new policy value. */
struct varlena *
policy_from_text(const char *text, size_t len)
{
	MemoryContext work = AllocSetContextCreate(CurrentMemoryContext, "policy analysis",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);
	PcArena		arena;
	PcAnalysis	a;
	PcStatus	st;
	size_t		size;
	struct varlena *result;

	policy_require_utf8("policy");
	policy_arena_init(&arena);
	st = pc_analyze(text, len, &arena, &a);
	if (st == PC_ERR_TOO_LARGE)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("policy text is too long (%zu bytes)", len),
				 errdetail("The maximum is %zu bytes.", (size_t) PC_MAX_INPUT)));
	policy_analyzer_status(st);
	size = pc_layout_size(&a);
	if (size == 0 || size + VARHDRSZ > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("analysis of a policy of %zu bytes is too large to store", len)));
	MemoryContextSwitchTo(old);
	result = (struct varlena *) palloc(size + VARHDRSZ);
	SET_VARSIZE(result, size + VARHDRSZ);
	pc_layout_write(&a, (unsigned char *) VARDATA(result));
	MemoryContextDelete(work);
	return result;
}

/* Text input: analyze the text. */
Datum
policy_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);

	PG_RETURN_POINTER(policy_from_text(str, strlen(str)));
}

/* Text output: the original text, unchanged. */
Datum
policy_out(PG_FUNCTION_ARGS)
{
	PolicyValue v;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	PG_RETURN_CSTRING(pnstrdup(v.text, v.header.text_len));
}

/* Binary input: the stored layout, checked count by count before it is trusted. */
Datum
policy_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len = buf->len - buf->cursor;
	const char *err;
	struct varlena *result;

	policy_require_utf8("policy_recv");
	if (len + VARHDRSZ > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary policy: %zu bytes is too long", len)));
	err = pc_layout_check((const unsigned char *) buf->data + buf->cursor, len);
	if (err)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary policy: %s", err)));
	result = (struct varlena *) palloc(len + VARHDRSZ);
	SET_VARSIZE(result, len + VARHDRSZ);
	pq_copymsgbytes(buf, VARDATA(result), len);
	PG_RETURN_POINTER(result);
}

/* Binary output: the stored layout, which is the same on every platform. */
Datum
policy_send(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	StringInfoData buf;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) v.buf, v.len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* policy(text): analyze a text value. */
Datum
policy_from_text_fn(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_POINTER(policy_from_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
}

/* policy::text: the original text. */
Datum
policy_to_text(PG_FUNCTION_ARGS)
{
	PolicyValue v;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	PG_RETURN_DATUM(policy_text_datum(v.text, v.header.text_len));
}

/* policy_reanalyze(policy): the same text analyzed by this analyzer version. */
Datum
policy_reanalyze(PG_FUNCTION_ARGS)
{
	PolicyValue v;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	PG_RETURN_POINTER(policy_from_text(v.text, v.header.text_len));
}

/* policy_analyzer_version(): the analyzer version that new values get. */
Datum
policy_analyzer_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(PC_ANALYZER_VERSION_STRING));
}
