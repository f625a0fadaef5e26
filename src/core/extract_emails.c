/*
 * extract_emails.c — the e-mail addresses a policy gives as ways to reach
 * the company ("privacy@...", "support@...").  Example and placeholder
 * addresses ("name@example.com", "you@domain.com") and no-reply senders are
 * left out; the SQL layer lower-cases and de-duplicates.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "policy_facts.h"
#include "window.h"

#define MAX_LOCAL 64
#define MAX_DOMAIN 253

static const char *const placeholder_domains[] = {
	"example.com", "example.org", "example.net", "domain.com", "yourdomain.com",
	"email.com", "mail.com", "company.com", "yourcompany.com"
};

/* generic top-level domains, which an address may write capitalized */
static const char *const generic_domains[] = {"com", "org", "net", "edu", "gov", "info", "biz"};

static const char *const placeholder_locals[] = {
	"name", "yourname", "your.name", "you", "your", "user", "username", "someone",
	"email", "youremail", "your.email", "firstname.lastname", "john.doe", "jane.doe",
	"noreply", "no-reply", "donotreply", "do-not-reply", "do_not_reply", "mailer-daemon"
};

/* True for a byte that may appear in the local part of an address. */
static bool
local_char(unsigned char c)
{
	return isalnum(c) || strchr("._%+-'", c) != NULL;
}

/* True for a byte that may appear in a domain name. */
static bool
domain_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '-';
}

/* True when s[0, n) equals one of the n_names names, ignoring case. */
static bool
in_list(const char *s, size_t n, const char *const *names, size_t n_names)
{
	for (size_t i = 0; i < n_names; i++)
		if (strlen(names[i]) == n && strncasecmp(s, names[i], n) == 0)
			return true;
	return false;
}

/* True when s[0, n) is a domain with a dot, no empty label and a top level of letters. */
static bool
valid_domain(const char *s, size_t n)
{
	size_t		last_dot = 0;
	bool		has_dot = false;

	if (n < 4 || s[0] == '.' || s[0] == '-')
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '.')
		{
			if (i + 1 == n || s[i + 1] == '.')
				return false;
			has_dot = true;
			last_dot = i;
		}
	if (!has_dot || n - last_dot - 1 < 2)
		return false;
	for (size_t i = last_dot + 1; i < n; i++)
		if (!isalpha((unsigned char) s[i]))
			return false;
	return true;
}

/*
 * The end of the address whose domain starts after at and ends at r, where
 * a page that lost its line breaks runs the next word into it
 * ("help@acme.comContact", "help@acme.com.CHANGES", "help@acme.com.Notice"):
 * from a capital right after a small letter in the last label, and a last
 * label in capitals, or capitalized and not a generic top-level domain
 * ("Com"), after one in small letters only, is not part of the domain.
 */
static size_t
run_on_end(const char *s, size_t at, size_t r)
{
	size_t		last_dot = at,
				prev_dot = at;
	bool		capitals = true,
				small_before = true;

	for (size_t i = at + 1; i < r; i++)
		if (s[i] == '.')
		{
			prev_dot = last_dot;
			last_dot = i;
		}
	if (last_dot == at)
		return r;
	for (size_t i = last_dot + 2; i < r; i++)
		if (islower((unsigned char) s[i - 1]) && isupper((unsigned char) s[i]))
		{
			r = i;
			break;
		}
	for (size_t i = last_dot + 1; i < r; i++)
		if (!isupper((unsigned char) s[i]))
			capitals = false;
	for (size_t i = prev_dot + 1; i < last_dot; i++)
		if (!islower((unsigned char) s[i]) && s[i] != '-')
			small_before = false;
	if (small_before && isupper((unsigned char) s[last_dot + 1]) &&
		(capitals || !in_list(s + last_dot + 1, r - last_dot - 1, generic_domains, PC_LENGTH(generic_domains))))
		return last_dot;
	return r;
}

/* True when the address s[l, r) with its '@' at at is a placeholder or a no-reply sender. */
static bool
placeholder(const char *s, size_t l, size_t at, size_t r)
{
	const size_t nd = sizeof(placeholder_domains) / sizeof(placeholder_domains[0]);
	const size_t nl = sizeof(placeholder_locals) / sizeof(placeholder_locals[0]);

	for (size_t d = at + 1; d < r; d++)
		if ((d == at + 1 || s[d - 1] == '.') && in_list(s + d, r - d, placeholder_domains, nd))
			return true;
	return in_list(s + l, at - l, placeholder_locals, nl);
}

/* Contact e-mail addresses. */
void
pc_extract_emails(PcWork *w)
{
	const char *s = w->text.norm;
	size_t		len = w->text.len;
	const char *p = s;

	while ((p = memchr(p, '@', len - (size_t) (p - s))) != NULL)
	{
		size_t		at = (size_t) (p - s);
		size_t		l = at,
					r = at + 1;
		int32_t		clause;
		bool		too_long;
		PcFact		f;

		pc_check_interrupts(w->arena);
		while (l > 0 && local_char((unsigned char) s[l - 1]) && at - l < MAX_LOCAL)
			l--;
		too_long = l > 0 && local_char((unsigned char) s[l - 1]);
		while (l < at && !isalnum((unsigned char) s[l]))
			l++;
		while (r < len && domain_char((unsigned char) s[r]) && r - at <= MAX_DOMAIN)
			r++;
		while (r > at + 1 && (s[r - 1] == '.' || s[r - 1] == '-'))
			r--;
		r = run_on_end(s, at, r);
		p = s + (r > at + 1 ? r : at + 1);
		if (l == at || too_long ||
			(l >= 3 && memcmp(s + l - 3, "://", 3) == 0) ||
			!valid_domain(s + at + 1, r - at - 1) || placeholder(s, l, at, r))
			continue;
		clause = pc_clause_at(w, (uint32_t) l);
		if (clause < 0)
			continue;
		f = pc_fact_make(PC_FACT_CONTACT_EMAIL, clause, (uint32_t) l, (uint32_t) r);
		pc_add_fact(w, &f);
	}
}
