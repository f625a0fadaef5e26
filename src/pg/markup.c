/*
 * markup.c — policies from web pages and Markdown documents, and the
 * language a policy is written in.
 *
 * policy_from_html and policy_from_markdown convert their markup to the
 * text a reader sees (src/core/convert.c) and analyze that text: the value
 * stores the extracted text, so policy::text, offsets and evidence refer to
 * it, and policy_reanalyze gives the same analysis again.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

#include "convert.h"
#include "pg_policy.h"

PG_FUNCTION_INFO_V1(policy_from_html);
PG_FUNCTION_INFO_V1(policy_from_markdown);
PG_FUNCTION_INFO_V1(policy_language);

/* Convert the markup argument from format and analyze the text it shows. */
static struct varlena *
policy_from_markup(text *markup, PcFormat format, const char *function)
{
	MemoryContext work = AllocSetContextCreate(CurrentMemoryContext, "policy markup",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);
	size_t		len = VARSIZE_ANY_EXHDR(markup);
	PcArena		arena;
	PcStatus	st;
	char	   *plain;
	size_t		plain_len;
	struct varlena *result;

	policy_require_utf8(function);
	policy_arena_init(&arena);
	st = pc_convert(format, VARDATA_ANY(markup), len, &arena, &plain, &plain_len);
	if (st == PC_ERR_TOO_LARGE)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: input is too long (%zu bytes)", function, len)));
	if (st != PC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("%s could not start its markup parser.", function)));
	MemoryContextSwitchTo(old);
	result = policy_from_text(plain, plain_len);
	MemoryContextDelete(work);
	return result;
}

/* policy_from_html(text): analyze the text an HTML page shows. */
Datum
policy_from_html(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(policy_from_markup(PG_GETARG_TEXT_PP(0), PC_FORMAT_HTML,
										 "policy_from_html"));
}

/* policy_from_markdown(text): analyze the text a Markdown document shows. */
Datum
policy_from_markdown(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(policy_from_markup(PG_GETARG_TEXT_PP(0), PC_FORMAT_MARKDOWN,
										 "policy_from_markdown"));
}

/*
 * policy_language(policy): the ISO 639-1 code of the policy's language, or
 * NULL when its text is too short to tell.  A value stored before language
 * detection has its text looked at now.
 */
Datum
policy_language(PG_FUNCTION_ARGS)
{
	PcLayoutHeader h;
	PcSummary	s;
	char		code[3];

	policy_summary_read(PG_GETARG_DATUM(0), &h, &s);
	if (h.flags & PC_LAYOUT_FLAG_LANGUAGE)
		memcpy(code, h.language, sizeof(code));
	else
	{
		PolicyValue v;
		PcArena		arena;

		policy_value_read(PG_GETARG_DATUM(0), &v);
		policy_arena_init(&arena);
		pc_language(v.text, v.header.text_len, &arena, code);
	}
	if (code[0] == '\0')
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(code));
}
