/*
 * classify_rules.c — the model of the rules-only build (make CLASSIFIER=rules),
 * which holds nothing learned from OPP-115: hand-written cue words and word
 * pairs, each speaking for one category with the same weight, next to the
 * cue phrases of classify_cues.c.  A passage's score for a category is the
 * share of its cue words that speak for it (their count over the square
 * root of all its cue words); a category whose share exceeds 1/2 applies,
 * and a passage with no cue word and no cue phrase is "other".  Headings
 * count as in the default build.  The default build compiles
 * classify_model.c instead.
 */
#include "classify.h"

#ifdef PC_CLASSIFIER_RULES

/* Every cue word or pair (as the word stream reads it) and its category. */
#define RULES_CUES(X) \
	/* first_party_collection */ \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "we collect") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "collect") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "collected") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "collects") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "collecting") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "we use") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "we gather") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "we receive") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "we obtain") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "cookies") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "cookie") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "ip address") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "log files") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "web beacons") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "automatically") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "information we") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "you provide") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "we process") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "browser type") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "device information") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "usage data") \
	X(PC_CAT_FIRST_PARTY_COLLECTION, "analytics") \
	/* third_party_sharing */ \
	X(PC_CAT_THIRD_PARTY_SHARING, "third parties") \
	X(PC_CAT_THIRD_PARTY_SHARING, "third party") \
	X(PC_CAT_THIRD_PARTY_SHARING, "share") \
	X(PC_CAT_THIRD_PARTY_SHARING, "shared") \
	X(PC_CAT_THIRD_PARTY_SHARING, "sharing") \
	X(PC_CAT_THIRD_PARTY_SHARING, "disclose") \
	X(PC_CAT_THIRD_PARTY_SHARING, "disclosed") \
	X(PC_CAT_THIRD_PARTY_SHARING, "disclosure") \
	X(PC_CAT_THIRD_PARTY_SHARING, "we share") \
	X(PC_CAT_THIRD_PARTY_SHARING, "partners") \
	X(PC_CAT_THIRD_PARTY_SHARING, "service providers") \
	X(PC_CAT_THIRD_PARTY_SHARING, "sell") \
	X(PC_CAT_THIRD_PARTY_SHARING, "affiliates") \
	X(PC_CAT_THIRD_PARTY_SHARING, "advertisers") \
	X(PC_CAT_THIRD_PARTY_SHARING, "advertising networks") \
	X(PC_CAT_THIRD_PARTY_SHARING, "law enforcement") \
	X(PC_CAT_THIRD_PARTY_SHARING, "subpoena") \
	X(PC_CAT_THIRD_PARTY_SHARING, "merger") \
	X(PC_CAT_THIRD_PARTY_SHARING, "acquisition") \
	X(PC_CAT_THIRD_PARTY_SHARING, "transfer") \
	/* user_choice */ \
	X(PC_CAT_USER_CHOICE, "opt out") \
	X(PC_CAT_USER_CHOICE, "unsubscribe") \
	X(PC_CAT_USER_CHOICE, "your choices") \
	X(PC_CAT_USER_CHOICE, "choose") \
	X(PC_CAT_USER_CHOICE, "choice") \
	X(PC_CAT_USER_CHOICE, "choices") \
	X(PC_CAT_USER_CHOICE, "consent") \
	X(PC_CAT_USER_CHOICE, "preferences") \
	X(PC_CAT_USER_CHOICE, "disable") \
	X(PC_CAT_USER_CHOICE, "settings") \
	X(PC_CAT_USER_CHOICE, "decline") \
	X(PC_CAT_USER_CHOICE, "opt in") \
	X(PC_CAT_USER_CHOICE, "withdraw") \
	X(PC_CAT_USER_CHOICE, "refuse") \
	/* user_access */ \
	X(PC_CAT_USER_ACCESS, "access") \
	X(PC_CAT_USER_ACCESS, "update") \
	X(PC_CAT_USER_ACCESS, "correct") \
	X(PC_CAT_USER_ACCESS, "delete") \
	X(PC_CAT_USER_ACCESS, "edit") \
	X(PC_CAT_USER_ACCESS, "review") \
	X(PC_CAT_USER_ACCESS, "your account") \
	X(PC_CAT_USER_ACCESS, "account settings") \
	X(PC_CAT_USER_ACCESS, "deactivate") \
	X(PC_CAT_USER_ACCESS, "rectify") \
	X(PC_CAT_USER_ACCESS, "remove") \
	X(PC_CAT_USER_ACCESS, "deletion") \
	X(PC_CAT_USER_ACCESS, "inaccurate") \
	X(PC_CAT_USER_ACCESS, "copy of") \
	/* data_retention */ \
	X(PC_CAT_DATA_RETENTION, "retain") \
	X(PC_CAT_DATA_RETENTION, "retention") \
	X(PC_CAT_DATA_RETENTION, "retained") \
	X(PC_CAT_DATA_RETENTION, "keep") \
	X(PC_CAT_DATA_RETENTION, "kept") \
	X(PC_CAT_DATA_RETENTION, "as long as") \
	X(PC_CAT_DATA_RETENTION, "stored") \
	X(PC_CAT_DATA_RETENTION, "store") \
	X(PC_CAT_DATA_RETENTION, "period") \
	X(PC_CAT_DATA_RETENTION, "no longer") \
	X(PC_CAT_DATA_RETENTION, "destroy") \
	X(PC_CAT_DATA_RETENTION, "archive") \
	/* data_security */ \
	X(PC_CAT_DATA_SECURITY, "security") \
	X(PC_CAT_DATA_SECURITY, "secure") \
	X(PC_CAT_DATA_SECURITY, "protect") \
	X(PC_CAT_DATA_SECURITY, "protection") \
	X(PC_CAT_DATA_SECURITY, "safeguards") \
	X(PC_CAT_DATA_SECURITY, "encryption") \
	X(PC_CAT_DATA_SECURITY, "encrypted") \
	X(PC_CAT_DATA_SECURITY, "unauthorized") \
	X(PC_CAT_DATA_SECURITY, "ssl") \
	X(PC_CAT_DATA_SECURITY, "firewall") \
	X(PC_CAT_DATA_SECURITY, "firewalls") \
	X(PC_CAT_DATA_SECURITY, "password") \
	X(PC_CAT_DATA_SECURITY, "breach") \
	/* policy_change */ \
	X(PC_CAT_POLICY_CHANGE, "changes") \
	X(PC_CAT_POLICY_CHANGE, "change this") \
	X(PC_CAT_POLICY_CHANGE, "update this") \
	X(PC_CAT_POLICY_CHANGE, "modify") \
	X(PC_CAT_POLICY_CHANGE, "modifications") \
	X(PC_CAT_POLICY_CHANGE, "revised") \
	X(PC_CAT_POLICY_CHANGE, "revise") \
	X(PC_CAT_POLICY_CHANGE, "amend") \
	X(PC_CAT_POLICY_CHANGE, "effective date") \
	X(PC_CAT_POLICY_CHANGE, "last updated") \
	X(PC_CAT_POLICY_CHANGE, "material changes") \
	X(PC_CAT_POLICY_CHANGE, "posting") \
	X(PC_CAT_POLICY_CHANGE, "notify you") \
	/* do_not_track */ \
	X(PC_CAT_DO_NOT_TRACK, "not track") \
	X(PC_CAT_DO_NOT_TRACK, "dnt") \
	X(PC_CAT_DO_NOT_TRACK, "track signals") \
	/* specific_audiences */ \
	X(PC_CAT_SPECIFIC_AUDIENCES, "children") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "child") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "under 0") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "minors") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "parents") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "parental") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "coppa") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "california") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "european") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "eu") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "residents") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "gdpr") \
	X(PC_CAT_SPECIFIC_AUDIENCES, "age of") \
	/* introductory */ \
	X(PC_CAT_INTRODUCTORY, "this policy") \
	X(PC_CAT_INTRODUCTORY, "privacy policy") \
	X(PC_CAT_INTRODUCTORY, "this statement") \
	X(PC_CAT_INTRODUCTORY, "privacy statement") \
	X(PC_CAT_INTRODUCTORY, "this notice") \
	X(PC_CAT_INTRODUCTORY, "describes") \
	X(PC_CAT_INTRODUCTORY, "explains") \
	X(PC_CAT_INTRODUCTORY, "applies to") \
	X(PC_CAT_INTRODUCTORY, "welcome") \
	X(PC_CAT_INTRODUCTORY, "committed") \
	X(PC_CAT_INTRODUCTORY, "respect your") \
	X(PC_CAT_INTRODUCTORY, "your privacy") \
	X(PC_CAT_INTRODUCTORY, "agree") \
	X(PC_CAT_INTRODUCTORY, "terms of") \
	/* contact */ \
	X(PC_CAT_CONTACT, "contact us") \
	X(PC_CAT_CONTACT, "contact") \
	X(PC_CAT_CONTACT, "questions") \
	X(PC_CAT_CONTACT, "email us") \
	X(PC_CAT_CONTACT, "write to") \
	X(PC_CAT_CONTACT, "mailing address") \
	X(PC_CAT_CONTACT, "telephone") \
	X(PC_CAT_CONTACT, "phone") \
	X(PC_CAT_CONTACT, "privacy officer") \
	X(PC_CAT_CONTACT, "inquiries") \
	X(PC_CAT_CONTACT, "concerns") \
	X(PC_CAT_CONTACT, "reach us")

const int32_t pc_cls_bias[PC_NUM_CATEGORIES] = {0};

const int32_t pc_cls_threshold[PC_NUM_CATEGORIES] = {
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500
};

/* Every category over its threshold is chosen, however far behind the best. */
const int32_t pc_cls_window = INT32_MAX;

/* Each cue's one weight, in the order of pc_cls_terms. */
#define RULES_WEIGHT(category, text) {category, PC_CLS_SCALE},
const PcClsWeight pc_cls_weights[] = {RULES_CUES(RULES_WEIGHT)};

/* Each cue as a term of idf 1, whose weight is the one at its own position. */
enum
{
	RULES_FIRST = __COUNTER__ + 1
};
#define RULES_TERM(category, text) {text, PC_CLS_SCALE, __COUNTER__ - RULES_FIRST, 1},
const PcClsTerm pc_cls_terms[] = {RULES_CUES(RULES_TERM)};

const uint32_t pc_cls_nterms = sizeof(pc_cls_terms) / sizeof(pc_cls_terms[0]);

#endif							/* PC_CLASSIFIER_RULES */
