-- clause_explain(text): one row per category, consistent with clause_categories.
-- Twelve rows, one per category, each with at most four reasons.
SELECT count(*) AS categories, count(DISTINCT category) AS distinct_categories,
       bool_and(cardinality(features) = cardinality(weights)) AS aligned,
       max(cardinality(features)) <= 4 AS at_most_four
FROM clause_explain('We share your email address with advertising partners.');
-- The chosen categories are exactly those clause_categories returns.
SELECT array_agg(category ORDER BY category) FILTER (WHERE chosen)
       = (SELECT array_agg(c ORDER BY c)
          FROM unnest(clause_categories('We share your email address with advertising partners.')) c)
       AS same_as_clause_categories
FROM clause_explain('We share your email address with advertising partners.');
-- Sharing is chosen, above its threshold, and "share" is among its reasons.
SELECT category, chosen, score > threshold AS above_threshold, 'share' = ANY (features) AS names_share
FROM clause_explain('We share your email address with advertising partners.')
WHERE category = 'third_party_sharing';
-- Reasons are ordered by the size of their weight.
SELECT bool_and(abs(weights[1]) >= abs(weights[cardinality(weights)])) AS largest_first
FROM clause_explain('You may opt out of receiving our newsletter at any time.')
WHERE cardinality(weights) > 0;
-- A cue phrase is a reason of its own.
SELECT category, chosen, 'cue phrase' = ANY (features) AS cue_named
FROM clause_explain('Our pages ignore DNT.')
WHERE category = 'do_not_track';
-- A passage without a word the classifier knows is "other", with no reasons.
SELECT category, chosen, cardinality(features) AS reasons
FROM clause_explain('zzqx vvbw') WHERE chosen;
-- NULL in, no rows out (STRICT).
SELECT count(*) FROM clause_explain(NULL);
