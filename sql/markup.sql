-- policy_from_html and policy_from_markdown: markup read as structure, the
-- text a reader sees stored and analyzed.  The policies are written for
-- these tests.
SET client_min_messages = warning;

CREATE TABLE markup_docs (name text PRIMARY KEY, p policy);

INSERT INTO markup_docs VALUES ('markdown', policy_from_markdown($md$
Quillfeather Books Privacy Notice
=================================

_Last updated: 2 March 2025_

Quillfeather Books ("we") runs an online bookshop. This notice explains what
we do with information about you.

## 1\. What We Collect

We collect the following information when you place an order:

1. your **name** and postal address;
2. your e-mail address, which we use to send receipts;
3. payment details:
   * the card number, handled by our payment processor;
   * the billing address.

Information we receive automatically
------------------------------------

Our servers record your IP address and the pages you visit.

## How Long We Keep It

| Record | Kept for |
|--------|----------|
| Orders | 6 years |
| Server logs | 90 days |

> We do **not** sell your personal information.

---

### Contact

Write to [our privacy team](mailto:privacy@quillfeather.example) or see our
[help pages](https://quillfeather.example/help).

<div class="note"><p>Readers under <b>13</b> may not open an account.</p></div>
$md$));

INSERT INTO markup_docs VALUES ('html', policy_from_html($html$<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Privacy | Tidewater Kayaks</title>
<style>body { font-family: serif; }</style>
<script>window.banner = "We sell your data to advertisers and keep it forever.";</script>
</head><body>
<header class="site"><a href="/">Tidewater Kayaks</a><nav><ul><li><a href="/shop">Shop</a></li>
<li><a href="/tours">Tours</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<div id="cookie-consent-banner" class="cookie-banner">This site uses cookies. <button>Accept all</button></div>
<main><article>
<h1>Privacy Policy</h1>
<p>Effective date: April 4, 2024</p>
<h2>Information we collect</h2>
<p>When you book a tour we collect:</p>
<ul>
  <li>your name and phone number;</li>
  <li>your date of birth, to check you are old enough to paddle;</li>
  <li>emergency contact details.</li>
</ul>
<p><strong>Sharing</strong></p>
<p>We share your booking with the guide who leads your tour &amp; with our insurer.<br>
We do not sell personal information.</p>
<h2>Retention</h2>
<table><tr><th>Record</th><th>How long</th></tr>
<tr><td>Bookings</td><td>3 years</td></tr></table>
<h3>Contact us</h3>
<p>Questions? <a href="mailto:privacy@tidewater.example">E-mail us</a>.</p>
</article></main>
<aside>Related: our tour calendar</aside>
<footer><p>&copy; 2024 Tidewater Kayaks. All rights reserved.</p></footer>
<noscript>Please enable JavaScript to see our prices.</noscript>
</body></html>$html$));

-- the stored text is what a reader sees
SELECT name, p::text FROM markup_docs ORDER BY name;

-- every clause, with the heading it sits under and its kind
SELECT name, clause_no, section, body FROM markup_docs, policy_clauses(p) ORDER BY name, clause_no;

-- no markup remains in any clause body
SELECT name, count(*) AS clauses,
       count(*) FILTER (WHERE body ~ '\*\*|__|\]\(|\[[^]]*\]|</?[a-z]+[ >/]|&[a-z]+;|&#|^#|```|^ *[-*+] |^=+$|^-{3,}$')
         AS with_markup
FROM markup_docs, policy_clauses(p) GROUP BY name ORDER BY name;

-- list items keep their lead-in: the items' facts are read with the sentence before the list
SELECT name, clause_no, value, evidence FROM markup_docs, policy_facts(p)
WHERE kind = 'collects' ORDER BY name, clause_no, value;

-- what the analysis concludes; the script's "We sell your data" is not read
SELECT name, sells_data(p), effective_date(p), contact_emails(p), retention_period(p),
       children_min_age(p), policy_language(p)
FROM markup_docs ORDER BY name;

-- the stored text analyzes the same way again: policy_reanalyze and a plain cast agree
SELECT name,
       (SELECT array_agg(c) FROM policy_clauses(p) c) =
       (SELECT array_agg(c) FROM policy_clauses(policy_reanalyze(p)) c) AS reanalyzed_same,
       (SELECT array_agg(c) FROM policy_clauses(p) c) =
       (SELECT array_agg(c) FROM policy_clauses(p::text::policy) c) AS cast_same
FROM markup_docs ORDER BY name;

-- plain text passes through policy_from_markdown with its words intact
SELECT policy_from_markdown('We keep logs for 30 days.')::text;
SELECT policy_from_html('')::text = '' AS empty_page, policy_from_markdown('')::text = '' AS empty_doc;

-- hostile HTML ends in a result
SELECT p::text FROM (SELECT policy_from_html(
  '<p>We collect your <b>name<p>and your <i>e-mail<ul><li>to ship orders<li>to answer you<table><tr><td>a<td>b')) s(p);
SELECT octet_length(p::text) AS text_bytes, (SELECT count(*) FROM policy_clauses(p)) AS clauses,
       shares_with(p, 'advertisers') AS shares_advertisers
FROM (SELECT policy_from_html(repeat('<div><span>', 10000) ||
      'We share your address with advertisers.' || repeat('</span></div>', 5000)) AS p) s;
SELECT octet_length(p::text) AS text_bytes, (SELECT count(*) FROM policy_clauses(p)) AS clauses
FROM (SELECT policy_from_html(repeat('<ul><li>', 10000) || 'deep item') AS p) s;
-- a 50 MB page: markup and scripts around a short policy
SELECT octet_length(page) AS page_bytes, octet_length(p::text) AS text_bytes,
       sells_data(p) AS sells
FROM (SELECT page, policy_from_html(page) AS p
      FROM (SELECT '<html><body>' || repeat('<div class="row"><script>var sold = true;</script><span></span></div>', 750000) ||
                   '<p>We never sell personal information.</p></body></html>' AS page) s1) s2;
-- binary garbage (every byte value a text may hold, scrambled) and a lone <script>
SELECT octet_length(p::text) > 0 AS has_text
FROM (SELECT policy_from_html(string_agg(chr(1 + (i * 7919) % 55000), '')) AS p
      FROM generate_series(1, 200000) i) s;
SELECT p::text = '' AS nothing_shown, sells_data(p) AS sells
FROM (SELECT policy_from_html('<script>We sell your personal information to data brokers.</script>') AS p) s;

-- hostile Markdown ends in a result
SELECT octet_length(p::text) > 0 AS has_text, (SELECT count(*) FROM policy_clauses(p)) > 0 AS has_clauses
FROM (SELECT policy_from_markdown(repeat('> ', 5000) || repeat('- ', 5000) || 'We sell data.' || E'\n' ||
                                  repeat('[', 20000) || 'x' || repeat(']', 20000) || repeat('*', 30000)) AS p) s;

DROP TABLE markup_docs;
