/*
 * pc.h — the policy analyzer's public interface.
 *
 * Plain C11, no PostgreSQL headers: UTF-8 bytes in, an analysis out.  Every
 * allocation comes from a PcArena the caller provides, so the server can use
 * palloc and the command-line tool malloc.  The enum orders below are the
 * order of the SQL enums of the same names and of the stored value: append
 * only, never reorder.
 */
#ifndef PC_H
#define PC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bumped whenever the same text would analyze differently. */
#define PC_ANALYZER_VERSION 41
#define PC_ANALYZER_VERSION_STRING "41.0"

/* Largest input the analyzer accepts (offsets are 32-bit). */
#define PC_MAX_INPUT ((size_t) 0x3FFFFFFF)

/* ----------------------------------------------------------------- memory */

/* Where the analyzer gets memory; alloc never returns NULL (it may longjmp). */
typedef struct PcArena
{
	void	   *(*alloc) (void *ctx, size_t size);
	void	   *ctx;
	/* called often during long loops; may longjmp out to cancel; may be NULL */
	void		(*check_interrupts) (void);

	/*
	 * moves a block alloc returned, of old_size bytes, into size bytes and
	 * returns where it is now, its first min(old_size, size) bytes kept;
	 * size 0 frees it and returns NULL.  May be NULL: a block is then
	 * copied to grow, and freed only with the whole arena.
	 */
	void	   *(*resize) (void *ctx, void *block, size_t old_size, size_t size);
} PcArena;

/* ------------------------------------------------------------------ enums */

typedef enum PcCategory
{
	PC_CAT_FIRST_PARTY_COLLECTION,
	PC_CAT_THIRD_PARTY_SHARING,
	PC_CAT_USER_CHOICE,
	PC_CAT_USER_ACCESS,
	PC_CAT_DATA_RETENTION,
	PC_CAT_DATA_SECURITY,
	PC_CAT_POLICY_CHANGE,
	PC_CAT_DO_NOT_TRACK,
	PC_CAT_SPECIFIC_AUDIENCES,
	PC_CAT_INTRODUCTORY,
	PC_CAT_CONTACT,
	PC_CAT_OTHER,
	PC_NUM_CATEGORIES
} PcCategory;

/* PcParty, the kinds of third party: generated from rules/parties.rules */
#include "rules_parties.h"

typedef enum PcDataType
{
	PC_DATA_CONTACT,
	PC_DATA_FINANCIAL,
	PC_DATA_GOVERNMENT_ID,
	PC_DATA_HEALTH,
	PC_DATA_BIOMETRIC,
	PC_DATA_LOCATION,
	PC_DATA_DEMOGRAPHIC,
	PC_DATA_DEVICE,
	PC_DATA_ONLINE_ACTIVITY,
	PC_DATA_COOKIES,
	PC_DATA_COMMUNICATIONS,
	PC_DATA_AUDIO_VISUAL,
	PC_DATA_ACCOUNT,
	PC_DATA_SOCIAL_MEDIA,
	PC_NUM_DATA_TYPES
} PcDataType;

/* "no particular data type" where a fact may name one (retention) */
#define PC_DATA_NONE 0xFF

typedef enum PcRight
{
	PC_RIGHT_ACCESS,
	PC_RIGHT_RECTIFICATION,
	PC_RIGHT_ERASURE,
	PC_RIGHT_PORTABILITY,
	PC_RIGHT_RESTRICTION,
	PC_RIGHT_OBJECTION,
	PC_RIGHT_WITHDRAW_CONSENT,
	PC_RIGHT_OPT_OUT_MARKETING,
	PC_RIGHT_OPT_OUT_SALE,
	PC_RIGHT_COMPLAINT,
	PC_RIGHT_NON_DISCRIMINATION,
	PC_RIGHT_APPEAL,
	PC_NUM_RIGHTS
} PcRight;

typedef enum PcRetentionBasis
{
	PC_RETENTION_STATED_PERIOD,
	PC_RETENTION_LIMITED,
	PC_RETENTION_INDEFINITELY,
	PC_RETENTION_UNSPECIFIED,
	PC_NUM_RETENTION_BASES
} PcRetentionBasis;

typedef enum PcBound
{
	PC_BOUND_EXACTLY,
	PC_BOUND_AT_MOST,
	PC_BOUND_AT_LEAST,
	PC_NUM_BOUNDS
} PcBound;

/*
 * Laws and regulations the analyzer recognizes; names in pc_law_names.  A
 * law's number is stored (facts, the summary's 64-bit bitmap): new laws go
 * last, and there may be at most 64.
 */
typedef enum PcLaw
{
	PC_LAW_GDPR,
	PC_LAW_CCPA,
	PC_LAW_CPRA,
	PC_LAW_COPPA,
	PC_LAW_CAN_SPAM,
	PC_LAW_CALOPPA,
	PC_LAW_PIPEDA,
	PC_LAW_LGPD,
	PC_LAW_HIPAA,
	PC_LAW_GLBA,
	PC_LAW_FERPA,
	PC_LAW_DMCA,
	PC_LAW_PECR,
	PC_LAW_VCDPA,
	PC_LAW_CPA,
	PC_LAW_UK_GDPR,
	PC_LAW_PRIVACY_SHIELD,
	PC_LAW_ECPA,
	PC_LAW_TCPA,
	PC_LAW_PDPA,
	PC_LAW_DPF,
	PC_LAW_CTDPA,
	PC_LAW_UCPA,
	PC_LAW_TDPSA,
	PC_LAW_OCPA,
	PC_LAW_MCDPA,
	PC_LAW_POPIA,
	PC_LAW_APPI,
	PC_LAW_PIPL,
	PC_LAW_AU_PRIVACY_ACT,
	PC_LAW_QUEBEC_LAW_25,
	PC_LAW_UK_DPA,
	PC_LAW_ICDPA,
	PC_LAW_INCDPA,
	PC_LAW_DPDPA,
	PC_LAW_NJDPA,
	PC_LAW_TIPA,
	PC_LAW_NDPA,
	PC_LAW_NHDPA,
	PC_LAW_KCDPA,
	PC_LAW_MODPA,
	PC_LAW_MNCDPA,
	PC_LAW_RIDTPPA,
	PC_LAW_FDBR,
	PC_LAW_MHMDA,
	PC_LAW_NRS_603A,
	PC_LAW_DPDP_ACT,
	PC_LAW_FADP,
	PC_NUM_LAWS
} PcLaw;

typedef enum PcClauseKind
{
	PC_CLAUSE_SENTENCE,
	PC_CLAUSE_ITEM,				/* a list item */
	PC_CLAUSE_HEADING,
	PC_CLAUSE_NAV,				/* navigation or menu debris */
	PC_NUM_CLAUSE_KINDS
} PcClauseKind;

typedef enum PcFactKind
{
	PC_FACT_SHARES,				/* value: PcParty */
	PC_FACT_SELLS,				/* value: unused; NEGATED when denied */
	PC_FACT_COLLECTS,			/* value: PcDataType */
	PC_FACT_RIGHT,				/* value: PcRight */
	PC_FACT_RETENTION,			/* value: PcRetentionBasis; period fields */
	PC_FACT_MIN_AGE,			/* number: age in years */
	PC_FACT_EFFECTIVE_DATE,		/* number: days since 2000-01-01 */
	PC_FACT_CONTACT_EMAIL,		/* the evidence span is the address */
	PC_FACT_LAW,				/* value: PcLaw */
	PC_FACT_DNT,				/* value: 1 honored, 0 not honored */
	PC_FACT_PARTY_NAME,			/* the evidence span is the name; value: PcParty */
	PC_NUM_FACT_KINDS
} PcFactKind;

/* Fact flags */
#define PC_FACT_NEGATED			0x01	/* the statement denies the fact */
#define PC_FACT_AGGREGATE_ONLY	0x02	/* only aggregated / de-identified data */
#define PC_FACT_COLLECTED_BY	0x04	/* shares: the party collects it itself (cookies, pixels) */

/* ---------------------------------------------------------------- results */

/* One clause: a sentence, a list item or a heading.  Offsets are [start, end). */
typedef struct PcClause
{
	uint32_t	start;			/* byte offset into the original text */
	uint32_t	end;
	uint32_t	char_start;		/* the same offsets counted in characters */
	uint32_t	char_end;
	int32_t		section;		/* index of the heading clause above, or -1 */
	int32_t		lead_in;		/* index of the sentence a list item completes, or -1 */
	uint16_t	categories;		/* bitmask over PcCategory */
	uint8_t		category;		/* the best PcCategory */
	uint8_t		kind;			/* PcClauseKind */
} PcClause;

/* One extracted fact, tied to its clause and evidence. */
typedef struct PcFact
{
	uint8_t		kind;			/* PcFactKind */
	uint8_t		flags;			/* PC_FACT_NEGATED, PC_FACT_AGGREGATE_ONLY */
	uint8_t		bound;			/* retention: PcBound */
	uint8_t		data_type;		/* retention: PcDataType or PC_DATA_NONE */
	uint16_t	value;			/* see PcFactKind */
	uint16_t	reserved;
	int32_t		clause;			/* index into PcAnalysis.clauses */
	uint32_t	ev_start;		/* evidence: byte offsets into the original text */
	uint32_t	ev_end;
	int32_t		number;			/* see PcFactKind */
	int32_t		months;			/* retention period, as an interval */
	int32_t		days;
	int32_t		seconds;
} PcFact;

/* Sentinels in PcSummary */
#define PC_NO_AGE	(-1)
#define PC_NO_DATE	INT32_MIN

/* The policy-level answers, derived from the facts by pc_summarize. */
typedef struct PcSummary
{
	uint32_t	shares;			/* bitmask over PcParty: affirmed */
	uint32_t	shares_denied;	/* bitmask over PcParty: denied, never affirmed */
	uint32_t	collects;		/* bitmask over PcDataType: affirmed */
	uint32_t	collects_denied;	/* bitmask over PcDataType: denied */
	uint32_t	rights;			/* bitmask over PcRight */
	uint64_t	laws;			/* bitmask over PcLaw */
	uint8_t		retention_bases;	/* bitmask over PcRetentionBasis */
	int8_t		sells;			/* 1 sells, 0 says it does not, -1 silent */
	int8_t		honors_dnt;		/* 1 honors, 0 does not, -1 silent or unclear */
	uint8_t		has_retention_period;
	int32_t		retention_months;	/* the longest stated period */
	int32_t		retention_days;
	int32_t		retention_seconds;
	int32_t		min_age;		/* PC_NO_AGE when none */
	int32_t		effective_date; /* days since 2000-01-01, PC_NO_DATE when none */
} PcSummary;

/* A whole analysis.  text points at the caller's input (not copied). */
typedef struct PcAnalysis
{
	const char *text;
	size_t		len;
	PcClause   *clauses;
	uint32_t	nclauses;
	PcFact	   *facts;
	uint32_t	nfacts;
	PcSummary	summary;
	char		language[3];	/* ISO 639-1 code, "" when too short to tell */
} PcAnalysis;

/* ------------------------------------------------------------- functions */

/* Result codes */
typedef enum PcStatus
{
	PC_OK = 0,
	PC_ERR_TOO_LARGE,			/* input longer than PC_MAX_INPUT */
	PC_ERR_INIT,				/* the analyzer could not be set up */
	PC_ERR_MARKUP,				/* the markup parser could not start */
	PC_ERR_NO_MEMORY			/* memory ran out outside the arena (compiling the patterns) */
} PcStatus;

/* Build the analyzer's process-wide tables once; idempotent. */
PcStatus	pc_init(void);

/* Free what pc_init set up (for tools that check for leaks at exit). */
void		pc_shutdown(void);

/* Analyze a policy: normalize, segment, classify, extract, summarize. */
PcStatus	pc_analyze(const char *text, size_t len, const PcArena *arena,
					   PcAnalysis *out);

/* Classify a passage of one or more sentences into *mask (PcCategory bits) and *best. */
PcStatus	pc_classify_passage(const char *text, size_t len, const PcArena *arena,
								uint16_t *mask, PcCategory *best);

/*
 * The language of a policy text as an ISO 639-1 code in code[3] ("" when the
 * text is too short to tell); pc_analyze stores the same in PcAnalysis.
 * Only English is analyzed: other languages get category "other" and no facts.
 */
void		pc_language(const char *text, size_t len, const PcArena *arena, char code[3]);

/* Recompute the summary from a fact list. */
void		pc_summarize(const PcFact *facts, uint32_t nfacts, PcSummary *out);

/* Human and SQL names of enum values (snake_case, as in the SQL enums). */
extern const char *const pc_category_names[PC_NUM_CATEGORIES];
extern const char *const pc_party_names[PC_NUM_PARTIES];
extern const char *const pc_data_type_names[PC_NUM_DATA_TYPES];
extern const char *const pc_right_names[PC_NUM_RIGHTS];
extern const char *const pc_retention_basis_names[PC_NUM_RETENTION_BASES];
extern const char *const pc_bound_names[PC_NUM_BOUNDS];
extern const char *const pc_law_names[PC_NUM_LAWS];	/* upper case: "GDPR" */
extern const char *const pc_fact_kind_names[PC_NUM_FACT_KINDS];
extern const char *const pc_clause_kind_names[PC_NUM_CLAUSE_KINDS];

/* Index of name in a names table, or -1; case-insensitive. */
int			pc_lookup_name(const char *const *names, int n, const char *name);

/* Room for the longest e-mail address (64 + 1 + 253 characters) and its NUL. */
#define PC_EMAIL_MAX 320

/*
 * The address an e-mail fact's evidence gives, lower-cased and with the
 * words of a spelled-out address put back ("Privacy [at] acme [dot] com" is
 * "privacy@acme.com"), in out, cut at cap - 1 bytes; returns its length.
 */
size_t		pc_email_address(const char *evidence, size_t len, char *out, size_t cap);

/*
 * The words fact f of text stands for: its evidence, or for an e-mail fact
 * its address, written into buf; *len is their length.
 */
const char *pc_fact_words(const char *text, const PcFact *f, char buf[PC_EMAIL_MAX], size_t *len);

/* True when the bytes are valid UTF-8. */
bool		pc_utf8_valid(const char *s, size_t len);

#endif							/* PC_H */
