-- Tamper-evident audit log: every event gets a place in one hash chain (chain_seq, prev_hash, chain_hash), and
-- the hub signs the head of the chain periodically (audit_checkpoint). Events are chained by one worker in the
-- order they become visible, so a transaction that commits late still gets the next place, never a gap.
ALTER TABLE audit_events ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_events ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_events ADD COLUMN chain_hash VARCHAR(64);
CREATE INDEX audit_events_chain_seq ON audit_events (chain_seq);

CREATE TABLE audit_chain_head (
    name      VARCHAR(16) NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (name, last_seq, last_hash)
VALUES ('chain', 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_checkpoint (
    chain_seq  BIGINT      NOT NULL PRIMARY KEY,
    chain_hash VARCHAR(64) NOT NULL,
    signed_at  TIMESTAMP   NOT NULL,
    signature  VARCHAR(400) NOT NULL
);
