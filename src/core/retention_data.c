/*
 * retention_data.c — which kind of data a retention statement is about:
 * the data-type words nearest to it in its clause ("server logs are kept
 * for 13 months" → online_activity).  The more specific words come first and
 * win a tie ("chat logs" are communications).
 */
#include "retention_data.h"
#include "retention_keeping.h"
#include "window.h"

/* A data type and the words that name it. */
typedef struct DataWords
{
	PcDataType	type;
	PcRegex		re;
} DataWords;

static DataWords data_words[] = {
	{PC_DATA_FINANCIAL, {"\\b(?:credit\\s+card|debit\\s+card|card\\s+(?:details|information|"
		"numbers?|data)|payment\\s+(?:information|details|data)|billing\\s+(?:information|"
		"details|records)|bank\\s+account|financial\\s+(?:information|data|records)|"
		"transaction\\s+(?:records|history|data)|"
		/* records kept for tax and accounting, and what stands for a card */
		"tax\\s+(?:returns?|records|documents|forms)|invoices?|accounting\\s+(?:records|documents|"
		"data|information)|bookkeeping|payment\\s+(?:tokens?|cards?|methods?)|card\\s+tokens?|"
		"digits\\s+of\\s+(?:your|the)\\s+(?:[a-z]+\\s+)?card)", PCRE2_CASELESS, NULL,
		.starts = "acco data|acco docu|acco info|acco reco|bank acco|bill deta|bill info|bill reco"
			"|book|card data|card deta|card info|card numb|card toke|cred card|debi card|digi of"
			"|fina data|fina info|fina reco|invo|paym card|paym data|paym deta|paym info|paym meth"
			"|paym toke|tax docu|tax form|tax reco|tax retu|tran data|tran hist|tran reco",
		.first_words = "accounti|bank|billing|bookkeep|card|credit|debit|digits|financia|invo*"
			"|payment|tax|transact"}},
	{PC_DATA_GOVERNMENT_ID, {"\\b(?:passport|driv(?:er'?s|ing)\\s+licen[cs]e|social\\s+security|"
		"national\\s+id|identity\\s+(?:card|documents?))", PCRE2_CASELESS, NULL,
		.starts = "driv lice|driv s|iden card|iden docu|nati|pass|soci secu",
		.first_words = "driver|drivers|driving|identity|national|passport|social"}},
	{PC_DATA_HEALTH, {"\\b(?:health|medical)\\s+(?:information|data|records)", PCRE2_CASELESS, NULL,
		.starts = "heal data|heal info|heal reco|medi data|medi info|medi reco",
		.first_words = "health|medical"}},
	{PC_DATA_BIOMETRIC, {"\\b(?:biometric|fingerprints?|face\\s*prints?|voiceprints?)",
		PCRE2_CASELESS, NULL, .starts = "biom|face|fing|voic",
			.first_words = "biometri|face|faceprin|fingerpr|voicepri"}},
	{PC_DATA_LOCATION, {"\\b(?:location\\s+(?:data|information|history)|geo-?location|gps)",
		PCRE2_CASELESS, NULL}},
	{PC_DATA_DEVICE, {"\\b(?:ip\\s+address(?:es)?|device\\s+(?:information|identifiers?|data|ids?)|"
		"crash\\s+(?:dumps|reports|logs)|telemetry)",
		PCRE2_CASELESS, NULL, .starts = "cras dump|cras logs|cras repo|devi|ip addr|tele",
			.first_words = "crash|device|ip|telemetr"}},
	/* recordings of a visit, before recordings of sound and image: "session replays" */
	{PC_DATA_ONLINE_ACTIVITY, {"\\bsession\\s+(?:replays?|recordings?)", PCRE2_CASELESS, NULL}},
	{PC_DATA_AUDIO_VISUAL, {"\\b(?:(?:call|voice|audio|video)\\s+recordings?|recordings|"
		"photo(?:graph)?s|videos|voicemails?|(?:video|motion|doorbell|camera)\\s+clips|"
		"recorded\\s+(?:(?:tele)?phone\\s+)?calls?|calls|cctv)", PCRE2_CASELESS, NULL,
		.starts = "audi reco|call|came clip|cctv|door clip|moti clip|phot|reco|vide|voic",
		.first_words = "audio|call*|camera|cctv*|doorbell|motion|phot*|recorded|recordin|vide*"
			"|voice|voicemai"}},
	{PC_DATA_COMMUNICATIONS, {"\\b(?:messages?|correspondence|communications|chat\\s+"
		"(?:logs|transcripts|history|sessions?)|e-?mails?\\s+(?:you|content))", PCRE2_CASELESS, NULL,
		.starts = "chat hist|chat logs|chat sess|chat tran|comm|corr|e mail|emai|mess",
		.first_words = "chat|communic|correspo|e|email|emails|mess*"}},
	{PC_DATA_ONLINE_ACTIVITY, {"\\b(?:(?:server\\s+|access\\s+|web\\s+)?logs?\\b(?!\\s+in)|"
		"log\\s+(?:files|data)|usage\\s+(?:data|information)|browsing\\s+(?:data|history)|"
		"analytics(?!\\s+(?:cookies?|providers?|partners?|vendors?|services?|tools?|"
		"compan(?:y|ies)|firms?)\\b))", PCRE2_CASELESS, NULL,
		.starts = "acce log|acce logs|anal|brow data|brow hist|log|logs|serv log|serv logs"
			"|usag data|usag info|web log|web logs",
		.first_words = "access|analytic|browsing|log|logs|server|usage|web"}},
	{PC_DATA_CONTACT, {"\\b(?:e-?mail\\s+address(?:es)?|contact\\s+(?:information|details|data)|"
		"phone\\s+numbers?|mailing\\s+address(?:es)?|postal\\s+address(?:es)?|"
		/* a label bears the name and address it is sent to */
		"(?:shipping|mailing|address|postage|parcel)\\s+labels?)",
		PCRE2_CASELESS, NULL,
		.starts = "addr labe|cont data|cont deta|cont info|e mail|emai addr|mail addr|mail labe"
			"|parc labe|phon numb|post addr|post labe|ship labe",
		.first_words = "address|contact|e|email|mailing|parcel|phone|postage|postal|shipping"}},
	{PC_DATA_ACCOUNT, {"\\b(?:account\\s+(?:information|data|details|records)|profile\\s+"
		"(?:information|data)|user\\s*names?|passwords?|credentials)", PCRE2_CASELESS, NULL,
		.starts = "acco data|acco deta|acco info|acco reco|cred|pass|prof data|prof info|user",
		.first_words = "account|credenti|password|profile|user|username"}},
};

#define NUM_DATA_WORDS (sizeof(data_words) / sizeof(data_words[0]))

/* The data type named nearest to [start, end) in the clause, or PC_DATA_NONE. */
uint8_t
pc_retention_data_type(const PcWork *w, uint32_t clause, size_t start, size_t end)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		from = pc_back(start, sp.start, PC_RETENTION_REACH);
	size_t		to = pc_ahead(end, sp.end, PC_RETENTION_REACH / 2);
	size_t		best_distance = SIZE_MAX;
	uint8_t		best = PC_DATA_NONE;

	for (size_t i = 0; i < NUM_DATA_WORDS; i++)
	{
		size_t		pos = from,
					ms,
					me;

		while (pc_window_find(w->search, &data_words[i].re, s, pos, to, &ms, &me))
		{
			size_t		distance = me <= start ? start - me : ms >= end ? ms - end : 0;

			if (distance < best_distance)
			{
				best_distance = distance;
				best = (uint8_t) data_words[i].type;
			}
			pos = me;
		}
	}
	return best;
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_FIELD(data_words, re)
};

const PcPatternSet pc_retention_data_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
