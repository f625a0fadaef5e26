/*
 * extract_emails.c — the e-mail addresses a policy gives as ways to reach
 * the company ("privacy@...", "support@..."), also when spelled out against
 * harvesters ("privacy [at] acme [dot] com", "privacy(at)acme.com",
 * "privacy at acme dot com").  Example and placeholder addresses
 * ("name@example.com", "you@domain.com") and no-reply senders are left out;
 * the SQL layer lower-cases and de-duplicates.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "policy_facts.h"
#include "window.h"

#define MAX_LOCAL 64
#define MAX_DOMAIN 253
#define MAX_SPELLED 400			/* the longest spelled-out address, markers included */

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

/* A spelled dot between spaces, which a bare spelled-out address holds */
static PcRegex bare_dot_re = {.pattern = "(?<= )(?:dot|DOT)(?= )"};

/* Words that stand before a bare "at" in a sentence ("visit us at acme dot com"): no local part. */
static const char *const sentence_words[] = {
	"us", "me", "you", "them", "him", "her", "it", "look", "looking", "online", "site", "website",
	"web", "here", "there", "home", "find", "visit", "available", "located"
};

/* The ASCII lower case of c, whatever the locale. */
static char
ascii_lower(unsigned char c)
{
	return (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

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

/*
 * The length of a spelled marker of word ("at", "dot", ".") at s[i, n), with
 * the spaces around it: the word in brackets ("[at]", "( dot )") or, when
 * bare is allowed, between spaces (" at "); 0 when there is none.
 */
static size_t
spelled_marker(const char *s, size_t i, size_t n, const char *word, bool bare)
{
	size_t		j = i;
	size_t		wl = strlen(word);
	char		close = 0;

	while (j < n && s[j] == ' ')
		j++;
	if (j < n && (s[j] == '[' || s[j] == '(' || s[j] == '{'))
	{
		close = s[j] == '[' ? ']' : s[j] == '(' ? ')' : '}';
		for (j++; j < n && s[j] == ' '; j++)
			;
	}
	else if (!bare || j == i)
		return 0;
	if (j + wl > n || strncasecmp(s + j, word, wl) != 0)
		return 0;
	j += wl;
	if (close)
	{
		while (j < n && s[j] == ' ')
			j++;
		if (j >= n || s[j] != close)
			return 0;
		j++;
	}
	else if (j >= n || s[j] != ' ')
		return 0;
	while (j < n && s[j] == ' ')
		j++;
	return j - i;
}

/*
 * The end of the domain spelled from s[d]: two labels or more, joined by
 * dots or spelled dots ("acme [dot] co.uk"), the last one cut where a page
 * that lost its line breaks runs the next word into it ("[dot] comContact");
 * 0 when there is none.  *spelled counts the spelled dots.
 */
static size_t
spelled_domain_end(const char *s, size_t d, size_t n, int *spelled)
{
	size_t		end = 0;
	size_t		last = d;
	size_t		i = d;
	int			labels = 0;

	*spelled = 0;
	while (i < n && i - d < MAX_SPELLED)
	{
		size_t		k = i;
		size_t		m;

		while (k < n && (isalnum((unsigned char) s[k]) || s[k] == '-'))
			k++;
		if (k == i)
			break;
		labels++;
		last = i;
		end = k;
		if (k + 1 < n && s[k] == '.' && isalnum((unsigned char) s[k + 1]))
		{
			i = k + 1;
			continue;
		}
		m = spelled_marker(s, k, n, "dot", true);
		if (m == 0)
			m = spelled_marker(s, k, n, ".", false);
		if (m == 0)
			break;
		(*spelled)++;
		i = k + m;
	}
	for (size_t j = last + 1; j < end; j++)
		if (islower((unsigned char) s[j - 1]) && isupper((unsigned char) s[j]))
			end = j;
	return labels >= 2 ? end : 0;
}

/* Add the address spelled with the at marker s[ms, me) when it is one; returns its end or 0. */
static size_t
add_spelled(PcWork *w, size_t ms, size_t me, bool bare)
{
	const char *s = w->text.norm;
	size_t		l = ms;
	size_t		r;
	int			spelled;
	char		address[PC_EMAIL_MAX];
	size_t		len;
	const char *at;
	int32_t		clause;
	PcFact		f;

	while (l > 0 && local_char((unsigned char) s[l - 1]) && ms - l < MAX_LOCAL)
		l--;
	if (l > 0 && local_char((unsigned char) s[l - 1]))
		return 0;
	while (l < ms && !isalnum((unsigned char) s[l]))
		l++;
	r = spelled_domain_end(s, me, w->text.len, &spelled);
	if (l == ms || r == 0 || r - l > MAX_SPELLED ||
		(bare && (spelled == 0 || in_list(s + l, ms - l, sentence_words, PC_LENGTH(sentence_words)))))
		return 0;
	len = pc_email_address(s + l, r - l, address, sizeof(address));
	at = memchr(address, '@', len);
	if (at == NULL || !valid_domain(at + 1, len - (size_t) (at - address) - 1) ||
		placeholder(address, 0, (size_t) (at - address), len))
		return 0;
	clause = pc_clause_at(w, (uint32_t) l);
	if (clause < 0)
		return 0;
	f = pc_fact_make(PC_FACT_CONTACT_EMAIL, clause, (uint32_t) l, (uint32_t) r);
	pc_add_fact(w, &f);
	return r;
}

/* Addresses whose at is a word in brackets: "privacy [at] acme [dot] com", "privacy(at)acme.com". */
static void
extract_bracketed_at(PcWork *w, char close)
{
	const char *s = w->text.norm;
	size_t		n = w->text.len;
	const char	open = close == ']' ? '[' : close == ')' ? '(' : '{';
	const char *p = s;

	while ((p = memchr(p, close, n - (size_t) (p - s))) != NULL)
	{
		size_t		c = (size_t) (p - s);
		size_t		j = c;
		size_t		ms;

		p++;
		while (j > 0 && s[j - 1] == ' ')
			j--;
		if (j < 3 || strncasecmp(s + j - 2, "at", 2) != 0)
			continue;
		for (j -= 2; j > 0 && s[j - 1] == ' '; j--)
			;
		if (j == 0 || s[j - 1] != open)
			continue;
		for (ms = j - 1; ms > 0 && s[ms - 1] == ' '; ms--)
			;
		add_spelled(w, ms, ms + spelled_marker(s, ms, n, "at", false), false);
	}
}

/* Addresses spelled in words between spaces: "privacy at acme dot com", found from their first dot. */
static void
extract_bare_at(PcWork *w)
{
	const char *s = w->text.norm;
	size_t		pos = 0;
	size_t		end = w->text.len;
	size_t		done = 0;
	size_t		dot;
	size_t		after;

	while (pos < end && pc_window_find(w->search, &bare_dot_re, s, pos, end, &dot, &after))
	{
		size_t		h = dot - 1;	/* the space before it */
		size_t		j = h;
		size_t		ms;

		pos = after;
		if (h < done)
			continue;
		while (j > 0 && (isalnum((unsigned char) s[j - 1]) || s[j - 1] == '-' || s[j - 1] == '.'))
			j--;
		if (j == h || j < 4 || s[j - 1] != ' ' || strncasecmp(s + j - 3, "at", 2) != 0 ||
			s[j - 4] != ' ')
			continue;
		for (ms = j - 4; ms > 0 && s[ms - 1] == ' '; ms--)
			;
		done = add_spelled(w, ms, j, true);
	}
}

/* The address in an e-mail fact's evidence, lower-cased, with spelled markers put back. */
size_t
pc_email_address(const char *evidence, size_t len, char *out, size_t cap)
{
	bool		plain = memchr(evidence, '@', len) != NULL;
	size_t		n = 0;
	size_t		i = 0;

	while (i < len && n + 1 < cap)
	{
		size_t		k = i;

		if (plain)
		{
			out[n++] = ascii_lower((unsigned char) evidence[i++]);
			continue;
		}
		while (k < len && local_char((unsigned char) evidence[k]))
			k++;
		if (k == i)
		{
			i++;
			continue;
		}
		if (k - i == 2 && strncasecmp(evidence + i, "at", 2) == 0)
			out[n++] = '@';
		else if (k - i == 3 && strncasecmp(evidence + i, "dot", 3) == 0)
			out[n++] = '.';
		else
			for (; i < k && n + 1 < cap; i++)
				out[n++] = ascii_lower((unsigned char) evidence[i]);
		i = k;
	}
	out[n] = '\0';
	return n;
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
	extract_bracketed_at(w, ']');
	extract_bracketed_at(w, ')');
	extract_bracketed_at(w, '}');
	extract_bare_at(w);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {PC_PATTERN(bare_dot_re)};

const PcPatternSet pc_extract_emails_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};

/* The words fact f of text stands for: its evidence, or an e-mail fact's address written into buf. */
const char *
pc_fact_words(const char *text, const PcFact *f, char buf[PC_EMAIL_MAX], size_t *len)
{
	*len = f->ev_end - f->ev_start;
	if (f->kind != PC_FACT_CONTACT_EMAIL)
		return text + f->ev_start;
	*len = pc_email_address(text + f->ev_start, *len, buf, PC_EMAIL_MAX);
	return buf;
}
