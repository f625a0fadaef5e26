/*
 * layout.c — writing, checking and reading the stored form of an analysis.
 */
#include <string.h>

#include "layout.h"
#include "pc_internal.h"

/* Store a 16-bit value little-endian. */
static void
put16(unsigned char *p, uint16_t v)
{
	p[0] = (unsigned char) v;
	p[1] = (unsigned char) (v >> 8);
}

/* Store a 32-bit value little-endian. */
static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char) v;
	p[1] = (unsigned char) (v >> 8);
	p[2] = (unsigned char) (v >> 16);
	p[3] = (unsigned char) (v >> 24);
}

/* Load a little-endian 16-bit value. */
static uint16_t
get16(const unsigned char *p)
{
	return (uint16_t) (p[0] | (p[1] << 8));
}

/* Load a little-endian 32-bit value. */
static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) |
		((uint32_t) p[2] << 16) | ((uint32_t) p[3] << 24);
}

/* Bytes needed to store analysis a; 0 when it cannot be stored. */
size_t
pc_layout_size(const PcAnalysis *a)
{
	uint64_t	size = PC_LAYOUT_PREFIX_SIZE +
		(uint64_t) a->nclauses * PC_LAYOUT_CLAUSE_SIZE +
		(uint64_t) a->nfacts * PC_LAYOUT_FACT_SIZE + a->len;

	return size > PC_MAX_INPUT ? 0 : (size_t) size;
}

/* Write the summary fields at p. */
static void
write_summary(unsigned char *p, const PcSummary *s)
{
	put32(p + 0, s->shares);
	put32(p + 4, s->shares_denied);
	put32(p + 8, s->collects);
	put32(p + 12, s->collects_denied);
	put32(p + 16, s->rights);
	put32(p + 20, (uint32_t) s->laws);
	p[24] = s->retention_bases;
	p[25] = (unsigned char) s->sells;
	p[26] = (unsigned char) s->honors_dnt;
	p[27] = s->has_retention_period;
	put32(p + 28, (uint32_t) s->retention_months);
	put32(p + 32, (uint32_t) s->retention_days);
	put32(p + 36, (uint32_t) s->retention_seconds);
	put32(p + 40, (uint32_t) s->min_age);
	put32(p + 44, (uint32_t) s->effective_date);
	put32(p + PC_LAYOUT_LAWS_HIGH_OFFSET, (uint32_t) (s->laws >> 32));
}

/* Write analysis a into out, which has pc_layout_size(a) bytes. */
void
pc_layout_write(const PcAnalysis *a, unsigned char *out)
{
	uint32_t	off_clauses = PC_LAYOUT_PREFIX_SIZE;
	uint32_t	off_facts = off_clauses + a->nclauses * PC_LAYOUT_CLAUSE_SIZE;
	uint32_t	off_strings = off_facts + a->nfacts * PC_LAYOUT_FACT_SIZE;
	uint32_t	off_text = off_strings;
	unsigned char *p;

	memset(out, 0, PC_LAYOUT_PREFIX_SIZE);
	put32(out + 0, PC_LAYOUT_MAGIC);
	put16(out + 4, PC_LAYOUT_VERSION);
	put16(out + 6, PC_ANALYZER_VERSION);
	put32(out + 8, PC_LAYOUT_FLAG_LANGUAGE);
	put32(out + 12, a->nclauses);
	put32(out + 16, a->nfacts);
	put32(out + 20, (uint32_t) a->len);
	put32(out + 24, pc_utf8_count(a->text, a->len));
	put32(out + 28, off_clauses);
	put32(out + 32, off_facts);
	put32(out + 36, off_strings);
	put32(out + 40, 0);
	put32(out + 44, off_text);
	if (a->language[0] != '\0')
		memcpy(out + PC_LAYOUT_LANGUAGE_OFFSET, a->language, 2);
	write_summary(out + PC_LAYOUT_HEADER_SIZE, &a->summary);

	p = out + off_clauses;
	for (uint32_t i = 0; i < a->nclauses; i++, p += PC_LAYOUT_CLAUSE_SIZE)
	{
		const PcClause *c = &a->clauses[i];

		put32(p + 0, c->start);
		put32(p + 4, c->end);
		put32(p + 8, c->char_start);
		put32(p + 12, c->char_end);
		put32(p + 16, (uint32_t) c->section);
		put32(p + 20, (uint32_t) c->lead_in);
		put16(p + 24, c->categories);
		p[26] = c->category;
		p[27] = c->kind;
	}
	p = out + off_facts;
	for (uint32_t i = 0; i < a->nfacts; i++, p += PC_LAYOUT_FACT_SIZE)
	{
		const PcFact *f = &a->facts[i];

		p[0] = f->kind;
		p[1] = f->flags;
		p[2] = f->bound;
		p[3] = f->data_type;
		put16(p + 4, f->value);
		put16(p + 6, 0);
		put32(p + 8, (uint32_t) f->clause);
		put32(p + 12, f->ev_start);
		put32(p + 16, f->ev_end);
		put32(p + 20, (uint32_t) f->number);
		put32(p + 24, (uint32_t) f->months);
		put32(p + 28, (uint32_t) f->days);
		put32(p + 32, (uint32_t) f->seconds);
	}
	if (a->len)
		memcpy(out + off_text, a->text, a->len);
}

/* True for an ASCII lower-case letter. */
static inline bool
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * Decode the language bytes p[0, 2) into code; false unless they are two
 * lower-case letters, or two zero bytes (always so without the flag).
 */
static bool
read_language(const unsigned char *p, uint32_t flags, char code[3])
{
	code[0] = code[1] = code[2] = '\0';
	if (p[0] == 0 && p[1] == 0)
		return true;
	if (!(flags & PC_LAYOUT_FLAG_LANGUAGE) || !is_lower(p[0]) || !is_lower(p[1]))
		return false;
	code[0] = (char) p[0];
	code[1] = (char) p[1];
	return true;
}

/* Decode and check the header and summary. */
const char *
pc_layout_read_prefix(const unsigned char *buf, size_t len, size_t total_len,
					  PcLayoutHeader *h, PcSummary *s)
{
	const unsigned char *p = buf + PC_LAYOUT_HEADER_SIZE;
	uint64_t	expect;

	if (len < PC_LAYOUT_PREFIX_SIZE)
		return "value is shorter than its header";
	h->magic = get32(buf);
	h->layout_version = get16(buf + 4);
	h->analyzer_version = get16(buf + 6);
	h->flags = get32(buf + 8);
	h->nclauses = get32(buf + 12);
	h->nfacts = get32(buf + 16);
	h->text_len = get32(buf + 20);
	h->text_chars = get32(buf + 24);
	h->off_clauses = get32(buf + 28);
	h->off_facts = get32(buf + 32);
	h->off_strings = get32(buf + 36);
	h->strings_len = get32(buf + 40);
	h->off_text = get32(buf + 44);
	if (h->magic != PC_LAYOUT_MAGIC)
		return "bad magic number";
	if (h->layout_version == 0 || h->layout_version > PC_LAYOUT_VERSION)
		return "unknown layout version";
	if (h->analyzer_version == 0 || h->analyzer_version > PC_ANALYZER_VERSION)
		return "unknown analyzer version";
	if (h->flags & ~PC_LAYOUT_KNOWN_FLAGS)
		return "unknown flags";
	if (!read_language(buf + PC_LAYOUT_LANGUAGE_OFFSET, h->flags, h->language))
		return "bad language code";
	if (h->off_clauses != PC_LAYOUT_PREFIX_SIZE ||
		(uint64_t) h->off_facts != (uint64_t) h->off_clauses + (uint64_t) h->nclauses * PC_LAYOUT_CLAUSE_SIZE ||
		(uint64_t) h->off_strings != (uint64_t) h->off_facts + (uint64_t) h->nfacts * PC_LAYOUT_FACT_SIZE ||
		(uint64_t) h->off_text != (uint64_t) h->off_strings + h->strings_len)
		return "table offsets do not match their counts";
	expect = (uint64_t) h->off_text + h->text_len;
	if (expect > PC_MAX_INPUT || (total_len && expect != total_len))
		return "value length does not match its header";
	if (h->text_chars > h->text_len)
		return "character count exceeds byte count";

	s->shares = get32(p + 0);
	s->shares_denied = get32(p + 4);
	s->collects = get32(p + 8);
	s->collects_denied = get32(p + 12);
	s->rights = get32(p + 16);
	s->laws = get32(p + 20) | (uint64_t) get32(p + PC_LAYOUT_LAWS_HIGH_OFFSET) << 32;
	s->retention_bases = p[24];
	s->sells = (int8_t) p[25];
	s->honors_dnt = (int8_t) p[26];
	s->has_retention_period = p[27];
	s->retention_months = (int32_t) get32(p + 28);
	s->retention_days = (int32_t) get32(p + 32);
	s->retention_seconds = (int32_t) get32(p + 36);
	s->min_age = (int32_t) get32(p + 40);
	s->effective_date = (int32_t) get32(p + 44);
	if ((s->shares | s->shares_denied) >> PC_NUM_PARTIES ||
		(s->collects | s->collects_denied) >> PC_NUM_DATA_TYPES ||
		s->rights >> PC_NUM_RIGHTS || s->laws >> PC_NUM_LAWS ||
		s->retention_bases >> PC_NUM_RETENTION_BASES ||
		s->sells < -1 || s->sells > 1 || s->honors_dnt < -1 || s->honors_dnt > 1 ||
		s->has_retention_period > 1 || s->min_age < PC_NO_AGE)
		return "summary holds values out of range";
	return NULL;
}

/* Decode clause i of a checked value. */
void
pc_layout_clause(const unsigned char *buf, const PcLayoutHeader *h, uint32_t i,
				 PcClause *c)
{
	const unsigned char *p = buf + h->off_clauses + (size_t) i * PC_LAYOUT_CLAUSE_SIZE;

	c->start = get32(p + 0);
	c->end = get32(p + 4);
	c->char_start = get32(p + 8);
	c->char_end = get32(p + 12);
	c->section = (int32_t) get32(p + 16);
	c->lead_in = (int32_t) get32(p + 20);
	c->categories = get16(p + 24);
	c->category = p[26];
	c->kind = p[27];
}

/* Decode fact i of a checked value. */
void
pc_layout_fact(const unsigned char *buf, const PcLayoutHeader *h, uint32_t i,
			   PcFact *f)
{
	const unsigned char *p = buf + h->off_facts + (size_t) i * PC_LAYOUT_FACT_SIZE;

	f->kind = p[0];
	f->flags = p[1];
	f->bound = p[2];
	f->data_type = p[3];
	f->value = get16(p + 4);
	f->reserved = get16(p + 6);
	f->clause = (int32_t) get32(p + 8);
	f->ev_start = get32(p + 12);
	f->ev_end = get32(p + 16);
	f->number = (int32_t) get32(p + 20);
	f->months = (int32_t) get32(p + 24);
	f->days = (int32_t) get32(p + 28);
	f->seconds = (int32_t) get32(p + 32);
}

/* True when byte offset off of text starts a character (or is its end). */
static bool
on_boundary(const unsigned char *text, uint32_t len, uint32_t off)
{
	return off == len || (off < len && (text[off] & 0xC0) != 0x80);
}

/* The largest value a fact of this kind may carry, plus one. */
static uint32_t
fact_value_limit(uint8_t kind)
{
	switch ((PcFactKind) kind)
	{
		case PC_FACT_SHARES:
		case PC_FACT_PARTY_NAME:
			return PC_NUM_PARTIES;
		case PC_FACT_COLLECTS:
			return PC_NUM_DATA_TYPES;
		case PC_FACT_RIGHT:
			return PC_NUM_RIGHTS;
		case PC_FACT_RETENTION:
			return PC_NUM_RETENTION_BASES;
		case PC_FACT_LAW:
			return PC_NUM_LAWS;
		case PC_FACT_DNT:
			return 2;
		default:
			return 1;
	}
}

/* Check one clause record against the text and the clause count. */
static const char *
check_clause(const PcClause *c, const PcLayoutHeader *h, const unsigned char *text)
{
	if (c->start > c->end || c->end > h->text_len ||
		!on_boundary(text, h->text_len, c->start) || !on_boundary(text, h->text_len, c->end))
		return "clause offsets out of range";
	if (c->char_start > c->char_end || c->char_end > h->text_chars)
		return "clause character offsets out of range";
	if (c->section < -1 || c->section >= (int64_t) h->nclauses ||
		c->lead_in < -1 || c->lead_in >= (int64_t) h->nclauses)
		return "clause refers to a clause that does not exist";
	if (c->category >= PC_NUM_CATEGORIES || c->categories >> PC_NUM_CATEGORIES ||
		c->kind >= PC_NUM_CLAUSE_KINDS)
		return "clause category or kind out of range";
	return NULL;
}

/* Check one fact record against the text and the clause count. */
static const char *
check_fact(const PcFact *f, const PcLayoutHeader *h, const unsigned char *text)
{
	if (f->kind >= PC_NUM_FACT_KINDS || f->value >= fact_value_limit(f->kind) ||
		f->flags > (PC_FACT_NEGATED | PC_FACT_AGGREGATE_ONLY | PC_FACT_COLLECTED_BY) ||
		f->bound >= PC_NUM_BOUNDS ||
		(f->data_type >= PC_NUM_DATA_TYPES && f->data_type != PC_DATA_NONE))
		return "fact kind or value out of range";
	if (f->clause < 0 || f->clause >= (int64_t) h->nclauses)
		return "fact refers to a clause that does not exist";
	if (f->ev_start > f->ev_end || f->ev_end > h->text_len ||
		!on_boundary(text, h->text_len, f->ev_start) || !on_boundary(text, h->text_len, f->ev_end))
		return "fact evidence out of range";
	return NULL;
}

/* Check a whole stored value, every count and offset; NULL when sound. */
const char *
pc_layout_check(const unsigned char *buf, size_t len)
{
	PcLayoutHeader h;
	PcSummary	s;
	const char *err = pc_layout_read_prefix(buf, len, len, &h, &s);
	const unsigned char *text;

	if (err)
		return err;
	text = buf + h.off_text;
	if (!pc_utf8_valid((const char *) text, h.text_len))
		return "text is not valid UTF-8";
	if (memchr(text, '\0', h.text_len) != NULL)
		return "text contains a NUL byte";
	if (pc_utf8_count((const char *) text, h.text_len) != h.text_chars)
		return "character count does not match the text";
	for (uint32_t i = 0; i < h.nclauses; i++)
	{
		PcClause	c;

		pc_layout_clause(buf, &h, i, &c);
		if ((err = check_clause(&c, &h, text)) != NULL)
			return err;
	}
	for (uint32_t i = 0; i < h.nfacts; i++)
	{
		PcFact		f;

		pc_layout_fact(buf, &h, i, &f);
		if ((err = check_fact(&f, &h, text)) != NULL)
			return err;
	}
	return NULL;
}
