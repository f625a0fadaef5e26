/*
 * enums.c — OIDs of the extension's enum labels, looked up once per call site.
 */
#include "postgres.h"

#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "pg_policy.h"

/* Label OIDs of one enum type, cached in fn_extra. */
typedef struct EnumCacheEntry
{
	Oid			enumtype;
	int			nnames;
	Oid			oids[FLEXIBLE_ARRAY_MEMBER];
} EnumCacheEntry;

/* At most this many enum types are used by one function. */
#define ENUM_CACHE_SLOTS 4

typedef struct EnumCache
{
	EnumCacheEntry *entries[ENUM_CACHE_SLOTS];
} EnumCache;

/* Look up every label of an enum type. */
static EnumCacheEntry *
load_enum(MemoryContext mcxt, Oid enumtype, const char *const *names, int nnames)
{
	EnumCacheEntry *e = MemoryContextAlloc(mcxt, offsetof(EnumCacheEntry, oids) +
										   nnames * sizeof(Oid));

	e->enumtype = enumtype;
	e->nnames = nnames;
	for (int i = 0; i < nnames; i++)
	{
		e->oids[i] = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
									 ObjectIdGetDatum(enumtype),
									 CStringGetDatum(names[i]));
		if (!OidIsValid(e->oids[i]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_OBJECT),
					 errmsg("enum %s has no label \"%s\"",
							format_type_be(enumtype), names[i]),
					 errhint("Reinstall or update the policy_clauses extension.")));
	}
	return e;
}

/* The OID of an extension enum's label (cached per type in fn_mcxt). */
Oid
policy_enum_oid(FunctionCallInfo fcinfo, Oid enumtype, const char *const *names,
				int nnames, int index)
{
	EnumCache  *cache = fcinfo->flinfo->fn_extra;
	int			slot;

	if (cache == NULL)
		cache = fcinfo->flinfo->fn_extra =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(EnumCache));
	for (slot = 0; slot < ENUM_CACHE_SLOTS; slot++)
	{
		if (cache->entries[slot] == NULL)
		{
			cache->entries[slot] = load_enum(fcinfo->flinfo->fn_mcxt, enumtype, names, nnames);
			break;
		}
		if (cache->entries[slot]->enumtype == enumtype)
			break;
	}
	if (slot == ENUM_CACHE_SLOTS)
		elog(ERROR, "too many enum types in one function");
	Assert(index >= 0 && index < nnames);
	return cache->entries[slot]->oids[index];
}

/* An array of enum OIDs for the set bits of mask, of element type enumtype. */
Datum
policy_enum_array(FunctionCallInfo fcinfo, Oid enumtype, const char *const *names,
				  int nnames, uint32 mask)
{
	Datum		elems[32];
	int			n = 0;

	for (int i = 0; i < nnames && i < 32; i++)
		if (mask & (1u << i))
			elems[n++] = ObjectIdGetDatum(policy_enum_oid(fcinfo, enumtype, names, nnames, i));
	return PointerGetDatum(construct_array(elems, n, enumtype, sizeof(Oid), true, TYPALIGN_INT));
}
