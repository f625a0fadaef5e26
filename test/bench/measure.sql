-- Measuring helpers for the sharded scan benchmark (test/bench/shards.sh),
-- created on the coordinator and on every shard.

-- The median time of n runs of a query, in milliseconds.
CREATE FUNCTION median_ms(query text, n int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE times float8[] := '{}'; t0 timestamptz;
BEGIN
  FOR i IN 1..n LOOP
    t0 := clock_timestamp();
    EXECUTE query;
    times := times || extract(epoch FROM clock_timestamp() - t0)::float8 * 1000;
  END LOOP;
  RETURN (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM unnest(times) t);
END $$;

-- The plan of a query as it ran, with buffers.
CREATE FUNCTION executed_plan(query text) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE plan jsonb;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) ' || query INTO plan;
  RETURN plan -> 0 -> 'Plan';
END $$;

-- Bytes of table and index pages a query reads (shared buffers hit or read).
CREATE FUNCTION bytes_read(query text) RETURNS bigint LANGUAGE sql AS $$
  SELECT ((p ->> 'Shared Hit Blocks')::bigint + (p ->> 'Shared Read Blocks')::bigint)
         * current_setting('block_size')::bigint
  FROM executed_plan(query) p $$;

-- The rows of a query and their size as text, which is how postgres_fdw
-- moves them: run on a shard with the Remote SQL, what travels from it.
CREATE FUNCTION result_size(query text, OUT rows bigint, OUT bytes bigint) LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'SELECT count(*), coalesce(sum(octet_length(r::text)), 0) FROM (' || query || ') r'
    INTO rows, bytes;
END $$;
