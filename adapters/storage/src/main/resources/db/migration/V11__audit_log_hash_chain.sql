-- The audit log as a hash chain: each write's hash covers its content and the hash of the write
-- before it, so a write changed, removed or inserted afterwards breaks the chain at that point,
-- which `accord audit verify` finds. Writes from before the chain get their hashes, in order, with
-- the first write appended after it.
ALTER TABLE audit_log ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_log ADD COLUMN hash CHAR(64);

-- The chain's head: the last write chained. Appenders lock this row, so two processes writing to
-- one PostgreSQL database still make one chain.
CREATE TABLE audit_head (
    id       INTEGER  PRIMARY KEY,
    last_id  BIGINT   NOT NULL,
    hash     CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_id, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
