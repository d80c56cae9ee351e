-- Trigram search for customer names and their pinyin keys. Created in public so that every schema on the
-- search path (and the per-file test schemas) resolves gin_trgm_ops the same way.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
