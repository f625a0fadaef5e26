/*
 * load.c — `policy-clauses load`: stream policy files into a table with COPY.
 *
 *   policy-clauses load --table NAME [--key-column COL] [--policy-column COL]
 *                       [--create] [--skip-existing] [--format FMT]
 *                       [--batch-files N] [--batch-mb N] [-d CONNINFO] PATH...
 *
 * Each file becomes one row: its key (the path below the directory named on
 * the command line, or the path as given for a file) and its text, read and
 * converted as the rest of the tool does (encoding detected, HTML and
 * Markdown turned into text).  The server analyzes the text on the way in.
 * Rows go in batches, each one transaction; a batch the server refuses is
 * retried file by file, so one bad file is reported and the others land.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli_arena.h"
#include "input.h"
#include "libpq_runtime.h"
#include "load.h"

/* What the command line asked for. */
typedef struct LoadOptions
{
	const char *table;
	const char *key_column;
	const char *policy_column;
	const char *conninfo;
	const char *format;			/* NULL: by the file's extension */
	bool		create;
	bool		skip_existing;
	int			batch_files;
	size_t		batch_bytes;
} LoadOptions;

/* One file to load: where it is and the key its row gets. */
typedef struct LoadFile
{
	char	   *path;
	char	   *key;
} LoadFile;

/* A growing list of files. */
typedef struct FileList
{
	LoadFile   *files;
	size_t		n;
	size_t		cap;
} FileList;

/* The connection to the server and the opened libpq that serves it. */
typedef struct Server
{
	Libpq		pq;
	PGconn	   *conn;
} Server;

/* A growing byte buffer. */
typedef struct Buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

/* The rows of one batch: COPY text lines, and where each file's line starts. */
typedef struct Batch
{
	Buf			rows;
	size_t	   *row_start;		/* [nfiles + 1] */
	const LoadFile **files;
	size_t		nfiles;
	size_t		cap;
} Batch;

/* Counts and the progress display. */
typedef struct Progress
{
	size_t		total;
	size_t		done;			/* files looked at */
	size_t		loaded;
	size_t		skipped;
	size_t		failed;
	double		bytes;			/* text bytes committed */
	double		started;
	double		last_drawn;
	bool		tty;
} Progress;

/* Exit quietly-but-clearly when malloc fails. */
static void *
xrealloc(void *p, size_t size)
{
	void	   *q = realloc(p, size ? size : 1);

	if (q == NULL)
	{
		fprintf(stderr, "policy-clauses load: out of memory\n");
		exit(3);
	}
	return q;
}

/* Duplicate a string, or exit when out of memory. */
static char *
xstrdup(const char *s)
{
	size_t		n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

/* Append len bytes to a buffer. */
static void
buf_append(Buf *b, const char *s, size_t len)
{
	if (b->len + len > b->cap)
	{
		b->cap = (b->len + len) * 2 + 4096;
		b->data = xrealloc(b->data, b->cap);
	}
	memcpy(b->data + b->len, s, len);
	b->len += len;
}

/* Append s escaped for COPY's text format. */
static void
buf_append_copy_field(Buf *b, const char *s, size_t len)
{
	size_t		from = 0;

	for (size_t i = 0; i < len; i++)
	{
		const char *esc;

		switch (s[i])
		{
			case '\\':
				esc = "\\\\";
				break;
			case '\t':
				esc = "\\t";
				break;
			case '\n':
				esc = "\\n";
				break;
			case '\r':
				esc = "\\r";
				break;
			default:
				continue;
		}
		buf_append(b, s + from, i - from);
		buf_append(b, esc, 2);
		from = i + 1;
	}
	buf_append(b, s + from, len - from);
}

/* Seconds since an arbitrary start, monotonic. */
static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Add one file to the list. */
static void
add_file(FileList *list, const char *path, const char *key)
{
	if (list->n == list->cap)
	{
		list->cap = list->cap ? list->cap * 2 : 64;
		list->files = xrealloc(list->files, list->cap * sizeof(LoadFile));
	}
	list->files[list->n].path = xstrdup(path);
	list->files[list->n].key = xstrdup(key);
	list->n++;
}

/* Add every file under dir (recursively, hidden entries skipped); keys are relative to root. */
static bool
add_directory(FileList *list, const char *dir, size_t root_len)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	bool		ok = true;

	if (d == NULL)
	{
		fprintf(stderr, "policy-clauses load: %s: %s\n", dir, strerror(errno));
		return false;
	}
	while ((e = readdir(d)) != NULL)
	{
		size_t		n = strlen(dir) + strlen(e->d_name) + 2;
		char	   *path;
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		path = xrealloc(NULL, n);
		snprintf(path, n, "%s/%s", dir, e->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			ok &= add_directory(list, path, root_len);
		else
			add_file(list, path, path + root_len);	/* unreadable ones fail later, by name */
		free(path);
	}
	closedir(d);
	return ok;
}

/* Order files by key, so runs are repeatable. */
static int
cmp_file_key(const void *a, const void *b)
{
	return strcmp(((const LoadFile *) a)->key, ((const LoadFile *) b)->key);
}

/* Order strings, for the sorted list of keys already in the table. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Draw the progress line (terminal) at most ten times a second, or when forced. */
static void
progress_draw(Progress *p, bool force)
{
	double		t = now_seconds();
	double		rate;
	int			filled;

	if (!p->tty || (!force && t - p->last_drawn < 0.1))
		return;
	p->last_drawn = t;
	rate = t > p->started ? p->done / (t - p->started) : 0;
	filled = p->total ? (int) (p->done * 20 / p->total) : 20;
	fprintf(stderr, "\rload [%.*s%*s] %zu/%zu files  %.1f MB  %.1f files/s  %zu error%s\033[K",
			filled, "####################", 20 - filled, "", p->done, p->total,
			p->bytes / 1e6, rate, p->failed, p->failed == 1 ? "" : "s");
	fflush(stderr);
}

/* Report one file that did not load; the progress line is redrawn after. */
static void
report_failure(Progress *p, const char *path, const char *why)
{
	if (p->tty)
		fputs("\r\033[K", stderr);
	fprintf(stderr, "load: %s: %s\n", path, why);
	p->failed++;
	progress_draw(p, true);
}

/* Put a failed result's message on one line: "message: detail (SQLSTATE xxxxx)". */
static void
describe_error(const Server *db, const PGresult *r, char *why, size_t whylen)
{
	const char *primary = r ? db->pq.result_error_field(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = r ? db->pq.result_error_field(r, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *state = r ? db->pq.result_error_field(r, PG_DIAG_SQLSTATE) : NULL;
	size_t		n;

	if (primary == NULL)
	{
		snprintf(why, whylen, "%s", db->pq.error_message(db->conn));
		n = strlen(why);
		while (n > 0 && (why[n - 1] == '\n' || why[n - 1] == ' '))
			why[--n] = '\0';
		return;
	}
	snprintf(why, whylen, "%s%s%s (SQLSTATE %s)", primary, detail ? ": " : "",
			 detail ? detail : "", state ? state : "?????");
}

/* Run one statement; on failure put the server's message in why. */
static bool
exec_ok(const Server *db, const char *sql, char *why, size_t whylen)
{
	PGresult   *r = db->pq.exec(db->conn, sql);
	ExecStatusType st = db->pq.result_status(r);
	bool		ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;

	if (!ok)
		describe_error(db, r, why, whylen);
	db->pq.clear(r);
	return ok;
}

/* COPY rows [from, to) of the batch in one transaction; false with the reason on failure. */
static bool
copy_rows(const Server *db, const char *copy_sql, const Batch *b, size_t from, size_t to,
		  char *why, size_t whylen)
{
	PGresult   *r;
	bool		ok;
	const char *data = b->rows.data + b->row_start[from];
	size_t		len = b->row_start[to] - b->row_start[from];

	if (!exec_ok(db, "BEGIN", why, whylen))
		return false;
	r = db->pq.exec(db->conn, copy_sql);
	ok = db->pq.result_status(r) == PGRES_COPY_IN;
	if (!ok)
		describe_error(db, r, why, whylen);
	db->pq.clear(r);
	if (ok)
	{
		/* in slices, so that one call never passes more than libpq's int can say */
		for (size_t off = 0; ok && off < len; off += 1 << 20)
			ok = db->pq.put_copy_data(db->conn, data + off, (int) (len - off < (1 << 20) ? len - off : (1 << 20))) == 1;
		ok = db->pq.put_copy_end(db->conn, NULL) == 1 && ok;
		while ((r = db->pq.get_result(db->conn)) != NULL)
		{
			if (db->pq.result_status(r) != PGRES_COMMAND_OK)
			{
				if (ok)
					describe_error(db, r, why, whylen);
				ok = false;
			}
			db->pq.clear(r);
		}
	}
	if (ok)
		return exec_ok(db, "COMMIT", why, whylen);
	{
		char		ignored[256];

		exec_ok(db, "ROLLBACK", ignored, sizeof(ignored));
	}
	return false;
}

/* Send the batch; if the server refuses it, send its files one by one. */
static void
flush_batch(const Server *db, const char *copy_sql, Batch *b, Progress *p)
{
	char		why[1024];

	if (b->nfiles == 0)
		return;
	if (copy_rows(db, copy_sql, b, 0, b->nfiles, why, sizeof(why)))
	{
		p->loaded += b->nfiles;
		p->bytes += b->rows.len;
	}
	else if (b->nfiles == 1 || db->pq.status(db->conn) != CONNECTION_OK)
		for (size_t i = 0; i < b->nfiles; i++)
			report_failure(p, b->files[i]->path, why);
	else
		for (size_t i = 0; i < b->nfiles; i++)
		{
			if (copy_rows(db, copy_sql, b, i, i + 1, why, sizeof(why)))
			{
				p->loaded++;
				p->bytes += b->row_start[i + 1] - b->row_start[i];
			}
			else
				report_failure(p, b->files[i]->path, why);
		}
	if (!p->tty)
		fprintf(stderr, "load: %zu/%zu files done, %zu loaded, %zu skipped, %zu failed\n",
				p->done, p->total, p->loaded, p->skipped, p->failed);
	b->rows.len = 0;
	b->nfiles = 0;
	progress_draw(p, true);
}

/* Add one file's row to the batch. */
static void
batch_add(Batch *b, const LoadFile *f, const char *text, size_t len)
{
	if (b->nfiles + 1 >= b->cap)
	{
		b->cap = b->cap ? b->cap * 2 : 64;
		b->row_start = xrealloc(b->row_start, (b->cap + 1) * sizeof(size_t));
		b->files = xrealloc(b->files, b->cap * sizeof(LoadFile *));
	}
	b->row_start[b->nfiles] = b->rows.len;
	buf_append_copy_field(&b->rows, f->key, strlen(f->key));
	buf_append(&b->rows, "\t", 1);
	buf_append_copy_field(&b->rows, text, len);
	buf_append(&b->rows, "\n", 1);
	b->files[b->nfiles++] = f;
	b->row_start[b->nfiles] = b->rows.len;
}

/* Fetch the keys already in the table, sorted; returns their count or -1. */
static long
existing_keys(const Server *db, const char *qtable, const char *qkey, char ***keys)
{
	char	   *sql;
	size_t		n = strlen(qtable) + strlen(qkey) + 32;
	PGresult   *r;
	long		count;

	sql = xrealloc(NULL, n);
	snprintf(sql, n, "SELECT %s::text FROM %s", qkey, qtable);
	r = db->pq.exec(db->conn, sql);
	free(sql);
	if (db->pq.result_status(r) != PGRES_TUPLES_OK)
	{
		fprintf(stderr, "policy-clauses load: %s", db->pq.error_message(db->conn));
		db->pq.clear(r);
		return -1;
	}
	count = db->pq.ntuples(r);
	*keys = xrealloc(NULL, (count ? count : 1) * sizeof(char *));
	for (long i = 0; i < count; i++)
		(*keys)[i] = xstrdup(db->pq.getvalue(r, (int) i, 0));
	db->pq.clear(r);
	qsort(*keys, count, sizeof(char *), cmp_str);
	return count;
}

/* Print the usage of `load` to f. */
static void
load_usage(FILE *f)
{
	fputs("usage: policy-clauses load --table NAME [--key-column COL] [--policy-column COL]\n"
		  "                           [--create] [--skip-existing] [--format text|html|markdown]\n"
		  "                           [--batch-files N] [--batch-mb N] [-d CONNINFO] PATH...\n"
		  "Loads each file (directories recursively) as one row (key, policy) with COPY.\n"
		  "Connects with CONNINFO or the usual PG* environment variables.\n", f);
}

/* Parse a positive integer option value; false when it is not one. */
static bool
parse_positive(const char *s, long *out)
{
	char	   *end;
	long		v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v <= 0 || v > 1000000)
		return false;
	*out = v;
	return true;
}

/* Parse the command line into opts and the list of paths; false on a usage error. */
static bool
parse_load_args(int argc, char **argv, LoadOptions *opts, FileList *paths)
{
	for (int i = 0; i < argc; i++)
	{
		const char *arg = argv[i];
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;
		long		n;

		if (strcmp(arg, "--create") == 0)
			opts->create = true;
		else if (strcmp(arg, "--skip-existing") == 0)
			opts->skip_existing = true;
		else if (arg[0] == '-' && arg[1] != '\0' && val == NULL)
		{
			fprintf(stderr, "policy-clauses load: option \"%s\" needs a value\n", arg);
			return false;
		}
		else if (strcmp(arg, "--table") == 0)
			opts->table = argv[++i];
		else if (strcmp(arg, "--key-column") == 0)
			opts->key_column = argv[++i];
		else if (strcmp(arg, "--policy-column") == 0)
			opts->policy_column = argv[++i];
		else if (strcmp(arg, "--format") == 0)
			opts->format = argv[++i];
		else if (strcmp(arg, "-d") == 0 || strcmp(arg, "--dbname") == 0)
			opts->conninfo = argv[++i];
		else if (strcmp(arg, "--batch-files") == 0 || strcmp(arg, "--batch-mb") == 0)
		{
			if (!parse_positive(argv[++i], &n))
			{
				fprintf(stderr, "policy-clauses load: %s takes a positive number, not \"%s\"\n",
						arg, argv[i]);
				return false;
			}
			if (arg[8] == 'f')
				opts->batch_files = (int) n;
			else
				opts->batch_bytes = (size_t) n << 20;
		}
		else if (arg[0] == '-' && arg[1] != '\0')
		{
			fprintf(stderr, "policy-clauses load: unknown option \"%s\"\n", arg);
			return false;
		}
		else
			add_file(paths, arg, arg);
	}
	if (opts->table == NULL || opts->table[0] == '\0' || paths->n == 0)
	{
		fprintf(stderr, "policy-clauses load: %s\n",
				paths->n == 0 ? "no files or directories given" : "--table is required");
		return false;
	}
	return true;
}

/* Expand the paths given into the sorted list of files to load. */
static bool
collect_files(const FileList *paths, FileList *files)
{
	bool		ok = true;

	for (size_t i = 0; i < paths->n; i++)
	{
		const char *p = paths->files[i].path;
		struct stat st;

		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
		{
			size_t		root = strlen(p);

			while (root > 1 && p[root - 1] == '/')
				root--;
			ok &= add_directory(files, p, root + 1);
		}
		else
			add_file(files, p, p);
	}
	qsort(files->files, files->n, sizeof(LoadFile), cmp_file_key);
	return ok;
}

/* Quote an identifier for SQL, or exit with libpq's message. */
static char *
quote_ident(const Server *db, const char *name)
{
	char	   *q = db->pq.escape_identifier(db->conn, name, strlen(name));

	if (q == NULL)
	{
		fprintf(stderr, "policy-clauses load: %s", db->pq.error_message(db->conn));
		exit(1);
	}
	return q;
}

/* The `load` subcommand; argv holds the arguments after "load".  Returns the exit status. */
int
cli_load(int argc, char **argv)
{
	LoadOptions opts = {NULL, "vendor", "policy", NULL, NULL, false, false, 100, 16u << 20};
	FileList	paths = {0};
	FileList	files = {0};
	Batch		batch = {0};
	Progress	prog = {0};
	PcMallocArena arena = CLI_ARENA_INIT(arena);
	char	  **keys = NULL;
	long		nkeys = 0;
	Server		server;
	Server	   *db = &server;
	char	   *qtable, *qkey, *qpolicy, *sql;
	size_t		sqlcap;
	char		why[1024];
	int			status;

	if (argc > 0 && (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0))
	{
		load_usage(stdout);
		return 0;
	}
	if (!parse_load_args(argc, argv, &opts, &paths))
	{
		load_usage(stderr);
		return 2;
	}
	if (!collect_files(&paths, &files))
		prog.failed++;

	if (!libpq_open(&db->pq, why, sizeof(why)))
	{
		fprintf(stderr, "policy-clauses load: %s\n", why);
		return 1;
	}
	db->conn = db->pq.connectdb(opts.conninfo ? opts.conninfo : "");
	if (db->pq.status(db->conn) != CONNECTION_OK)
	{
		fprintf(stderr, "policy-clauses load: cannot connect: %s", db->pq.error_message(db->conn));
		db->pq.finish(db->conn);
		libpq_close(&db->pq);
		return 1;
	}
	db->pq.set_client_encoding(db->conn, "UTF8");
	qtable = quote_ident(db, opts.table);
	qkey = quote_ident(db, opts.key_column);
	qpolicy = quote_ident(db, opts.policy_column);
	sqlcap = strlen(qtable) + strlen(qkey) + strlen(qpolicy) + 128;
	sql = xrealloc(NULL, sqlcap);

	if (opts.create)
	{
		snprintf(sql, sqlcap, "CREATE TABLE IF NOT EXISTS %s (%s text PRIMARY KEY, %s policy NOT NULL)",
				 qtable, qkey, qpolicy);
		if (!exec_ok(db, sql, why, sizeof(why)))
		{
			fprintf(stderr, "policy-clauses load: cannot create the table: %s\n", why);
			db->pq.finish(db->conn);
			libpq_close(&db->pq);
			return 1;
		}
	}
	if (opts.skip_existing && (nkeys = existing_keys(db, qtable, qkey, &keys)) < 0)
	{
		db->pq.finish(db->conn);
		libpq_close(&db->pq);
		return 1;
	}
	snprintf(sql, sqlcap, "COPY %s (%s, %s) FROM STDIN", qtable, qkey, qpolicy);

	prog.total = files.n;
	prog.tty = isatty(fileno(stderr));
	prog.started = now_seconds();
	for (size_t i = 0; i < files.n; i++)
	{
		const LoadFile *f = &files.files[i];
		char	   *text;
		size_t		len;

		prog.done++;
		if (nkeys > 0 && bsearch(&f->key, keys, nkeys, sizeof(char *), cmp_str))
			prog.skipped++;
		else if (!cli_read_policy(f->path, opts.format, &arena.arena, &text, &len, why, sizeof(why)))
			report_failure(&prog, f->path, why);
		else if (memchr(text, '\0', len) != NULL)
			report_failure(&prog, f->path, "contains a NUL byte, which text cannot hold");
		else
			batch_add(&batch, f, text, len);
		pc_malloc_arena_reset(&arena);
		if (batch.nfiles >= (size_t) opts.batch_files || batch.rows.len >= opts.batch_bytes)
			flush_batch(db, sql, &batch, &prog);
		progress_draw(&prog, false);
	}
	flush_batch(db, sql, &batch, &prog);
	if (prog.tty)
		fputc('\n', stderr);
	fprintf(stderr, "load: %zu loaded, %zu skipped, %zu failed in %.1f s\n",
			prog.loaded, prog.skipped, prog.failed, now_seconds() - prog.started);
	status = prog.failed > 0 ? 1 : 0;

	db->pq.freemem(qtable);
	db->pq.freemem(qkey);
	db->pq.freemem(qpolicy);
	db->pq.finish(db->conn);
	libpq_close(&db->pq);
	free(sql);
	free(batch.rows.data);
	free(batch.row_start);
	free(batch.files);
	for (long i = 0; i < nkeys; i++)
		free(keys[i]);
	free(keys);
	for (size_t i = 0; i < files.n; i++)
	{
		free(files.files[i].path);
		free(files.files[i].key);
	}
	for (size_t i = 0; i < paths.n; i++)
	{
		free(paths.files[i].path);
		free(paths.files[i].key);
	}
	free(files.files);
	free(paths.files);
	return status;
}
