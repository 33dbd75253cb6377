-- Routing: who each record went to on entering a routed stage, and why, one row per decision in
-- the order made; and the ledger that lets round-robin and capacity carry on from one import to
-- the next. Append-only, like the event log: a rebuild keeps the decisions as they were made.

CREATE TABLE routing_decisions (
    record_id   VARCHAR(1000) NOT NULL,
    position    INTEGER       NOT NULL,
    stage       VARCHAR(1000) NOT NULL,
    decided_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    owner_kind  VARCHAR(16),
    owner_id    VARCHAR(1000),
    rule        VARCHAR(1000),
    matched_on  VARCHAR       NOT NULL,
    explanation VARCHAR       NOT NULL,
    event_key   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (record_id, position)
);

-- The routing context as the last decision left it: the next turn in each team's rotation and
-- each person's open records, both JSON objects of whole numbers. Always exactly one row.
CREATE TABLE routing_ledger (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    turns        VARCHAR NOT NULL,
    open_records VARCHAR NOT NULL
);
INSERT INTO routing_ledger (id, turns, open_records) VALUES (1, '{}', '{}');
