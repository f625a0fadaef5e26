/*
 * summary.c — the policy-level answers derived from the fact list.
 *
 * Affirmations win over denials: "we do not share your data" said in
 * general terms never erases "we share it with our service providers".
 */
#include "pc_internal.h"

/* Compare two retention periods by their length, counting a month as 30 days. */
static int64_t
period_seconds(int32_t months, int32_t days, int32_t seconds)
{
	return ((int64_t) months * 30 + days) * 86400 + seconds;
}

/* Recompute the summary from a fact list. */
void
pc_summarize(const PcFact *facts, uint32_t nfacts, PcSummary *out)
{
	PcSummary	s = {0};
	uint32_t	denied_shares = 0;
	uint32_t	denied_collects = 0;
	bool		sells_yes = false,
				sells_no = false,
				dnt_yes = false,
				dnt_no = false;

	s.sells = -1;
	s.honors_dnt = -1;
	s.min_age = PC_NO_AGE;
	s.effective_date = PC_NO_DATE;

	for (uint32_t i = 0; i < nfacts; i++)
	{
		const PcFact *f = &facts[i];
		bool		neg = (f->flags & PC_FACT_NEGATED) != 0;

		switch ((PcFactKind) f->kind)
		{
			case PC_FACT_SHARES:
				if (f->value >= PC_NUM_PARTIES)
					break;
				if (neg)
					denied_shares |= 1u << f->value;
				else
					s.shares |= 1u << f->value;
				break;
			case PC_FACT_SELLS:
				if (neg)
					sells_no = true;
				else
					sells_yes = true;
				break;
			case PC_FACT_COLLECTS:
				if (f->value >= PC_NUM_DATA_TYPES)
					break;
				if (neg)
					denied_collects |= 1u << f->value;
				else
					s.collects |= 1u << f->value;
				break;
			case PC_FACT_RIGHT:
				if (!neg && f->value < PC_NUM_RIGHTS)
					s.rights |= 1u << f->value;
				break;
			case PC_FACT_RETENTION:
				if (neg || f->value >= PC_NUM_RETENTION_BASES)
					break;
				s.retention_bases |= 1u << f->value;
				if (f->value == PC_RETENTION_STATED_PERIOD &&
					(!s.has_retention_period ||
					 period_seconds(f->months, f->days, f->seconds) >
					 period_seconds(s.retention_months, s.retention_days, s.retention_seconds)))
				{
					s.has_retention_period = 1;
					s.retention_months = f->months;
					s.retention_days = f->days;
					s.retention_seconds = f->seconds;
				}
				break;
			case PC_FACT_MIN_AGE:
				if (!neg && f->number > s.min_age)
					s.min_age = f->number;
				break;
			case PC_FACT_EFFECTIVE_DATE:
				if (!neg && f->number > s.effective_date)
					s.effective_date = f->number;
				break;
			case PC_FACT_LAW:
				if (!neg && f->value < PC_NUM_LAWS)
					s.laws |= UINT64_C(1) << f->value;
				break;
			case PC_FACT_DNT:
				if (f->value)
					dnt_yes = true;
				else
					dnt_no = true;
				break;
			case PC_FACT_CONTACT_EMAIL:
			case PC_FACT_PARTY_NAME:
			case PC_NUM_FACT_KINDS:
				break;
		}
	}
	s.shares_denied = denied_shares & ~s.shares;
	s.collects_denied = denied_collects & ~s.collects;
	/* an explicit sale outweighs a denial; a contradiction on DNT is unclear */
	s.sells = sells_yes ? 1 : sells_no ? 0 : -1;
	s.honors_dnt = (dnt_yes == dnt_no) ? -1 : dnt_yes ? 1 : 0;
	*out = s;
}
