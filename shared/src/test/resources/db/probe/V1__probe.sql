-- A test-only service schema with one table, for platform tests (outbox consumers write here).
CREATE TABLE received (
  fact_id bigint PRIMARY KEY,
  topic   text NOT NULL,
  node    text NOT NULL
);
