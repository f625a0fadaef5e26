/*
 * policy_read.c — getting at stored policy values: whole, or only their
 * header and summary through a detoast slice.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "pg_policy.h"

/* Raise the error for a stored value that does not decode. */
static void
report_corrupt(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("stored policy value is corrupt: %s", why)));
}

/* Detoast and decode a whole policy argument. */
void
policy_value_read(Datum d, PolicyValue *v)
{
	struct varlena *p = PG_DETOAST_DATUM(d);
	const char *err;

	v->buf = (const unsigned char *) VARDATA_ANY(p);
	v->len = VARSIZE_ANY_EXHDR(p);
	err = pc_layout_read_prefix(v->buf, v->len, v->len, &v->header, &v->summary);
	if (err)
		report_corrupt(err);
	v->text = (const char *) v->buf + v->header.off_text;
}

/* Detoast only the header and summary of a policy argument. */
void
policy_summary_read(Datum d, PcLayoutHeader *h, PcSummary *s)
{
	struct varlena *p = PG_DETOAST_DATUM_SLICE(d, 0, PC_LAYOUT_PREFIX_SIZE);
	const char *err = pc_layout_read_prefix((const unsigned char *) VARDATA_ANY(p),
											VARSIZE_ANY_EXHDR(p), 0, h, s);

	if (err)
		report_corrupt(err);
}

/* A text datum from bytes. */
Datum
policy_text_datum(const char *s, size_t len)
{
	return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
}
