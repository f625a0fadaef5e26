/*
 * names.c — the SQL names of the analyzer's enum values.
 */
#include <strings.h>

#include "pc.h"

const char *const pc_category_names[PC_NUM_CATEGORIES] = {
	"first_party_collection", "third_party_sharing", "user_choice",
	"user_access", "data_retention", "data_security", "policy_change",
	"do_not_track", "specific_audiences", "introductory", "contact", "other"
};

const char *const pc_data_type_names[PC_NUM_DATA_TYPES] = {
	"contact", "financial", "government_id", "health", "biometric",
	"location", "demographic", "device", "online_activity", "cookies",
	"communications", "audio_visual", "account", "social_media"
};

const char *const pc_right_names[PC_NUM_RIGHTS] = {
	"access", "rectification", "erasure", "portability", "restriction",
	"objection", "withdraw_consent", "opt_out_marketing", "opt_out_sale",
	"complaint", "non_discrimination", "appeal"
};

const char *const pc_retention_basis_names[PC_NUM_RETENTION_BASES] = {
	"stated_period", "limited", "indefinitely", "unspecified"
};

const char *const pc_bound_names[PC_NUM_BOUNDS] = {
	"exactly", "at_most", "at_least"
};

const char *const pc_law_names[PC_NUM_LAWS] = {
	"GDPR", "CCPA", "CPRA", "COPPA", "CAN-SPAM", "CalOPPA", "PIPEDA", "LGPD",
	"HIPAA", "GLBA", "FERPA", "DMCA", "PECR", "VCDPA", "CPA", "UK-GDPR",
	"Privacy-Shield", "ECPA", "TCPA", "PDPA", "DPF", "CTDPA", "UCPA", "TDPSA", "OCPA",
	"MCDPA", "POPIA", "APPI", "PIPL", "AU-Privacy-Act", "Law-25", "UK-DPA", "ICDPA", "INCDPA",
	"DPDPA", "NJDPA", "TIPA", "NDPA", "NHDPA", "KCDPA", "MODPA", "MNCDPA", "RIDTPPA", "FDBR", "MHMDA",
	"NRS-603A", "DPDP-Act", "FADP"
};

const char *const pc_fact_kind_names[PC_NUM_FACT_KINDS] = {
	"shares", "sells", "collects", "right", "retention", "min_age",
	"effective_date", "contact_email", "law", "dnt", "party_name"
};

const char *const pc_clause_kind_names[PC_NUM_CLAUSE_KINDS] = {
	"sentence", "item", "heading", "nav"
};

/* Index of name in a names table, or -1; case-insensitive. */
int
pc_lookup_name(const char *const *names, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcasecmp(names[i], name) == 0)
			return i;
	return -1;
}
