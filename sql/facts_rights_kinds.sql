-- User rights, kinds of sentences that look like grants and are not, in text
-- written for these tests: a policy's overview of itself, rights a user will
-- not be able to use, what parents may do about a child's data, signing in
-- to an account; and grants in other words (asking for no further mailings).
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.p(body text) RETURNS policy LANGUAGE sql AS $$ SELECT policy(body) $$;

-- an overview names rights it describes later; only the later sentence grants them
SELECT user_rights(pg_temp.p(
  'This policy explains what we collect and how you can request the correction or deletion of it. '
  'You can correct your shipping address in your account.'));

-- a section on children: what parents may ask for there is a parent's, not every user's
SELECT user_rights(pg_temp.p(E'# Privacy notice\n\n'
  '## Your choices\n\nYou can unsubscribe from our newsletter at any time.\n\n'
  '## Children\n\nIf you believe your child gave us personal information, '
  'you may ask us to review or delete it.\n'));

-- ... but rights stated as rights there are every user's
SELECT user_rights(pg_temp.p(E'# Privacy notice\n\n'
  '## Children\n\nWe do not knowingly collect data from children under 13.\n\n'
  'We respect your right to access, correct and delete your personal information.\n'));

-- content that others posted and a user cannot remove is a denied erasure
SELECT kind, value, negated FROM policy_facts(pg_temp.p(
  'Messages you send to other members stay in their inboxes, and you will not be able to delete them.'))
WHERE kind = 'right';

-- asking for no further mailings, or not to be on a list, opts out of marketing
SELECT user_rights(pg_temp.p(
  'If you would rather we not send you our catalog, you can request no future mailings by calling us.'));
SELECT user_rights(pg_temp.p(
  'Let us know if you prefer not to be included in our mailing list.'));

-- logging in to an account is not the right of access
SELECT user_rights(pg_temp.p('You can access or edit your shop account on the settings page.'));
