-- policy_language: the language a policy is written in.  Only English is
-- analyzed: clauses in another language are "other" and state no facts.
-- The samples are written for these tests.
SET client_min_messages = warning;

CREATE TABLE lang_samples (lang text PRIMARY KEY, p policy);
INSERT INTO lang_samples VALUES
('en', 'We collect your name and e-mail address when you create an account. We share this information with our payment processor and never sell it. You may ask us to delete your account at any time.'),
('de', 'Wir erheben Ihren Namen und Ihre E-Mail-Adresse, wenn Sie ein Konto anlegen. Wir geben diese Daten an unseren Zahlungsdienstleister weiter und verkaufen sie niemals. Sie können jederzeit verlangen, dass wir Ihr Konto löschen.'),
('fr', 'Nous recueillons votre nom et votre adresse électronique lorsque vous créez un compte. Nous partageons ces informations avec notre prestataire de paiement et ne les vendons jamais. Vous pouvez nous demander de supprimer votre compte à tout moment.'),
('es', 'Recopilamos su nombre y su dirección de correo electrónico cuando crea una cuenta. Compartimos esta información con nuestro procesador de pagos y nunca la vendemos. Puede pedirnos que eliminemos su cuenta en cualquier momento.'),
('it', 'Raccogliamo il tuo nome e il tuo indirizzo di posta elettronica quando crei un account. Condividiamo queste informazioni con il nostro fornitore di servizi di pagamento e non le vendiamo mai. Puoi chiederci di cancellare il tuo account in qualsiasi momento.'),
('nl', 'Wij verzamelen uw naam en uw e-mailadres wanneer u een account aanmaakt. Wij delen deze gegevens met onze betalingsverwerker en verkopen ze nooit. U kunt ons op elk moment vragen uw account te verwijderen.'),
('pt', 'Recolhemos o seu nome e o seu endereço de correio eletrónico quando cria uma conta. Partilhamos estas informações com o nosso processador de pagamentos e nunca as vendemos. Pode pedir-nos que eliminemos a sua conta a qualquer momento.');

-- each sample is recognized; only the English one is analyzed
SELECT lang, policy_language(p) AS detected,
       (SELECT count(*) FROM policy_clauses(p)) AS clauses,
       (SELECT count(*) FROM policy_clauses(p) WHERE category <> 'other') AS categorized,
       (SELECT count(*) FROM policy_facts(p)) AS facts,
       sells_data(p), policy_labels(p) = '{}' AS no_labels
FROM lang_samples ORDER BY lang;

-- the same through HTML and Markdown
SELECT policy_language(policy_from_html('<html lang="en"><body><h1>Datenschutz</h1><p>' ||
         (SELECT p::text FROM lang_samples WHERE lang = 'de') || '</p></body></html>')) AS html_de,
       policy_language(policy_from_markdown('# Confidentialité' || E'\n\n' ||
         (SELECT p::text FROM lang_samples WHERE lang = 'fr'))) AS markdown_fr;

-- too short to tell: NULL, and analyzed as English
SELECT policy_language('We sell data.') IS NULL AS short_is_null, sells_data('We sell data.') AS sells,
       policy_language('') IS NULL AS empty_is_null;

-- a policy in two languages, each part longer than a run of clauses judged
-- together (about 1,500 bytes): the English part keeps its analysis, the
-- Spanish part does not
SELECT policy_language(p) AS detected,
       (SELECT array_agg(DISTINCT category ORDER BY category) FROM policy_clauses(p)
         WHERE body ~ 'datos|nombre|cuenta') AS spanish_categories,
       collects(p, 'contact') AS collects_contact, sells_data(p) AS sells
FROM (SELECT (repeat((SELECT p::text FROM lang_samples WHERE lang = 'en') || E'\n\n', 10) ||
              repeat((SELECT p::text FROM lang_samples WHERE lang = 'es') || E'\n\n', 12))::policy AS p) s;

-- where the language is stored: header flag 1 and two letters at bytes 48-49
SELECT lang, get_byte(b, 8) AS flags, convert_from(substr(b, 49, 2), 'UTF8') AS stored
FROM (SELECT lang, policy_send(p) AS b FROM lang_samples WHERE lang IN ('en', 'de')) s ORDER BY lang;
SELECT get_byte(b, 8) AS flags, get_byte(b, 48) AS byte48, get_byte(b, 49) AS byte49
FROM (SELECT policy_send('We sell data.'::policy) AS b) s;

-- a value from before language detection (no flag, no code) still reads,
-- and its language is told from its text; recv checks the language bytes
CREATE TABLE lang_bytes (b bytea);
CREATE TABLE lang_back (p policy);
CREATE FUNCTION pg_temp.recv_back(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE lang_bytes; TRUNCATE lang_back;
  INSERT INTO lang_bytes VALUES (payload);
  -- in the server's own directory, where no other cluster's file can be in the way
  EXECUTE format('COPY lang_bytes TO %L (FORMAT binary)',
                 current_setting('data_directory') || '/policy_clauses_language.bin');
  EXECUTE format('COPY lang_back FROM %L (FORMAT binary)',
                 current_setting('data_directory') || '/policy_clauses_language.bin');
  RETURN 'accepted';
EXCEPTION WHEN others THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
CREATE FUNCTION pg_temp.as_old(b bytea) RETURNS bytea LANGUAGE sql AS
  $$ SELECT set_byte(set_byte(set_byte(b, 8, 0), 48, 0), 49, 0) $$;

SELECT pg_temp.recv_back(pg_temp.as_old((SELECT policy_send(p) FROM lang_samples WHERE lang = 'de')));
SELECT policy_language(p) AS old_value_language, (SELECT count(*) FROM policy_clauses(p)) AS clauses
FROM lang_back;
-- old values keep the analysis they were made with until reanalyzed
SELECT policy_language(policy_reanalyze(p)) AS reanalyzed, get_byte(policy_send(policy_reanalyze(p)), 8) AS flags
FROM lang_back;
-- a code that is not two lower-case letters, a code without its flag, an unknown flag
SELECT pg_temp.recv_back(set_byte((SELECT policy_send(p) FROM lang_samples WHERE lang = 'de'), 48, 65));
SELECT pg_temp.recv_back(set_byte((SELECT policy_send(p) FROM lang_samples WHERE lang = 'de'), 8, 0));
SELECT pg_temp.recv_back(set_byte((SELECT policy_send(p) FROM lang_samples WHERE lang = 'de'), 8, 3));

DROP TABLE lang_samples, lang_bytes, lang_back;
