-- Binary send/receive: a COPY round-trip, and malformed input rejected.
SET client_min_messages = warning;

CREATE TABLE t_src (id int, p policy);
INSERT INTO t_src VALUES
  (1, E'Privacy Policy\nWe share your address with our delivery partners. Logs are kept for 13 months.'),
  (2, ''),
  (3, E'Ünïcödé 😀 text.\nAnother line.');

-- the files go into the server's own data directory, where no other
-- cluster on the machine can have left one of the same name
SELECT current_setting('data_directory') || '/policy_clauses_regress.bin' AS bin_file \gset
COPY t_src TO :'bin_file' (FORMAT binary);
CREATE TABLE t_dst (id int, p policy);
COPY t_dst FROM :'bin_file' (FORMAT binary);
SELECT s.id, d.p::text = s.p::text AS same_text,
       policy_summary(d.p) = policy_summary(s.p) AS same_summary,
       (SELECT array_agg(c) FROM policy_clauses(d.p) c) IS NOT DISTINCT FROM
       (SELECT array_agg(c) FROM policy_clauses(s.p) c) AS same_clauses
FROM t_src s JOIN t_dst d USING (id) ORDER BY id;

-- Feed crafted bytes to policy_recv: a bytea column copied out in binary
-- form is read back as a policy column, so its bytes reach recv unchanged.
CREATE TABLE t_bytes (b bytea);
CREATE TABLE t_bad (p policy);
CREATE FUNCTION pg_temp.try_recv(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE t_bytes; TRUNCATE t_bad;
  INSERT INTO t_bytes VALUES (payload);
  EXECUTE format('COPY t_bytes TO %L (FORMAT binary)',
                 current_setting('data_directory') || '/policy_clauses_regress_bad.bin');
  EXECUTE format('COPY t_bad FROM %L (FORMAT binary)',
                 current_setting('data_directory') || '/policy_clauses_regress_bad.bin');
  RETURN 'accepted';
EXCEPTION WHEN others THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- a valid value goes through
SELECT pg_temp.try_recv((SELECT policy_send(p) FROM t_src WHERE id = 1));
-- truncated
SELECT pg_temp.try_recv(substr((SELECT policy_send(p) FROM t_src WHERE id = 1), 1, 100));
SELECT pg_temp.try_recv(substr((SELECT policy_send(p) FROM t_src WHERE id = 1), 1, 200));
SELECT pg_temp.try_recv(''::bytea);
-- wrong magic, wrong layout version, unknown analyzer version
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1), 0, 0));
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1), 4, 9));
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1), 7, 200));
-- clause count out of range
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1), 15, 127));
-- a clause offset past the text (the high byte of the first clause's end)
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1), 135, 100));
-- a clause category out of range (first clause's category, byte 154)
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1), 154, 99));
-- text that is not UTF-8 (last byte of the text)
SELECT pg_temp.try_recv(set_byte((SELECT policy_send(p) FROM t_src WHERE id = 1),
                                 length((SELECT policy_send(p) FROM t_src WHERE id = 1)) - 1, 255));
-- random bytes
SELECT pg_temp.try_recv(decode(repeat('deadbeef', 64), 'hex'));

DROP TABLE t_src, t_dst, t_bytes, t_bad;
