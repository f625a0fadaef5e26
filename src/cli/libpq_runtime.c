/*
 * libpq_runtime.c — open libpq when the loader runs (see libpq_runtime.h).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "libpq_runtime.h"

/* The shared library opened: libpq's soname, stable since PostgreSQL 8.2. */
#define LIBPQ_SONAME "libpq.so.5"

/* One function of the table and the name libpq exports it under. */
typedef struct LibpqSymbol
{
	size_t		offset;
	const char *name;
} LibpqSymbol;

#define LIBPQ_SYMBOL(field, name) {offsetof(Libpq, field), name}

static const LibpqSymbol libpq_symbols[] = {
	LIBPQ_SYMBOL(connectdb, "PQconnectdb"),
	LIBPQ_SYMBOL(status, "PQstatus"),
	LIBPQ_SYMBOL(error_message, "PQerrorMessage"),
	LIBPQ_SYMBOL(set_client_encoding, "PQsetClientEncoding"),
	LIBPQ_SYMBOL(escape_identifier, "PQescapeIdentifier"),
	LIBPQ_SYMBOL(freemem, "PQfreemem"),
	LIBPQ_SYMBOL(finish, "PQfinish"),
	LIBPQ_SYMBOL(exec, "PQexec"),
	LIBPQ_SYMBOL(result_status, "PQresultStatus"),
	LIBPQ_SYMBOL(result_error_field, "PQresultErrorField"),
	LIBPQ_SYMBOL(ntuples, "PQntuples"),
	LIBPQ_SYMBOL(getvalue, "PQgetvalue"),
	LIBPQ_SYMBOL(clear, "PQclear"),
	LIBPQ_SYMBOL(put_copy_data, "PQputCopyData"),
	LIBPQ_SYMBOL(put_copy_end, "PQputCopyEnd"),
	LIBPQ_SYMBOL(get_result, "PQgetResult"),
};

/* Open libpq and fill pq; false with the reason in why when something is missing. */
bool
libpq_open(Libpq *pq, char *why, size_t whylen)
{
	memset(pq, 0, sizeof(*pq));
	pq->handle = dlopen(LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (pq->handle == NULL)
	{
		snprintf(why, whylen, "cannot load " LIBPQ_SONAME " (install PostgreSQL's client library): %s",
				 dlerror());
		return false;
	}
	for (size_t i = 0; i < sizeof(libpq_symbols) / sizeof(libpq_symbols[0]); i++)
	{
		void	   *fn = dlsym(pq->handle, libpq_symbols[i].name);

		if (fn == NULL)
		{
			snprintf(why, whylen, LIBPQ_SONAME " has no %s", libpq_symbols[i].name);
			libpq_close(pq);
			return false;
		}
		/* POSIX makes a function pointer and void * convertible, as dlsym needs */
		memcpy((char *) pq + libpq_symbols[i].offset, &fn, sizeof(fn));
	}
	return true;
}

/* Close the library libpq_open opened. */
void
libpq_close(Libpq *pq)
{
	if (pq->handle)
		dlclose(pq->handle);
	memset(pq, 0, sizeof(*pq));
}
