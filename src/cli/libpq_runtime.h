/*
 * libpq_runtime.h — libpq, opened only when the loader runs.
 *
 * Only `policy-clauses load` talks to a server, so the tool is not linked
 * with libpq: analyzing files then does not load libpq and the libraries it
 * needs (TLS, GSSAPI, LDAP ...), which cost every run time and memory.  The
 * loader opens libpq.so.5 and reaches the few functions it calls through
 * this table; their types are libpq's own declarations.
 */
#ifndef CLI_LIBPQ_RUNTIME_H
#define CLI_LIBPQ_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

/* The libpq functions the loader calls, reached in the opened library. */
typedef struct Libpq
{
	void	   *handle;
	__typeof__(PQconnectdb) *connectdb;
	__typeof__(PQstatus) *status;
	__typeof__(PQerrorMessage) *error_message;
	__typeof__(PQsetClientEncoding) *set_client_encoding;
	__typeof__(PQescapeIdentifier) *escape_identifier;
	__typeof__(PQfreemem) *freemem;
	__typeof__(PQfinish) *finish;
	__typeof__(PQexec) *exec;
	__typeof__(PQresultStatus) *result_status;
	__typeof__(PQresultErrorField) *result_error_field;
	__typeof__(PQntuples) *ntuples;
	__typeof__(PQgetvalue) *getvalue;
	__typeof__(PQclear) *clear;
	__typeof__(PQputCopyData) *put_copy_data;
	__typeof__(PQputCopyEnd) *put_copy_end;
	__typeof__(PQgetResult) *get_result;
} Libpq;

/*
 * Open libpq and fill pq; false with the reason in why when the library or
 * one of its functions is missing.
 */
bool		libpq_open(Libpq *pq, char *why, size_t whylen);

/* Close the library libpq_open opened. */
void		libpq_close(Libpq *pq);

#endif							/* CLI_LIBPQ_RUNTIME_H */
