-- The exception queue becomes a workflow: each exception has an owner, a severity and a due date
-- (the accord's exception policies), a resolution code once closed, comments, and an audit trail
-- of every change people make to it. Exceptions queued before this version had none of these:
-- they go to revops at medium severity, due when they were raised.

ALTER TABLE exceptions ADD COLUMN owner VARCHAR(1000) DEFAULT 'revops' NOT NULL;
ALTER TABLE exceptions ADD COLUMN severity VARCHAR(16) DEFAULT 'medium' NOT NULL;
ALTER TABLE exceptions ADD COLUMN due_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE exceptions SET due_at = occurred_at;
ALTER TABLE exceptions ALTER COLUMN due_at SET NOT NULL;
ALTER TABLE exceptions ADD COLUMN resolution_code VARCHAR(1000);
CREATE INDEX exceptions_queue ON exceptions (status, type, owner);

-- What people said about an exception, oldest first.
CREATE TABLE exception_comments (
    exception_id CHAR(64)      NOT NULL REFERENCES exceptions (id),
    position     INTEGER       NOT NULL,
    written_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    author       VARCHAR(1000) NOT NULL,
    body         VARCHAR       NOT NULL,
    PRIMARY KEY (exception_id, position)
);

-- Every change made to an exception: who, when, which property, from what to what. Append-only.
CREATE TABLE exception_audit (
    exception_id CHAR(64)      NOT NULL REFERENCES exceptions (id),
    position     INTEGER       NOT NULL,
    changed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(1000) NOT NULL,
    what         VARCHAR(40)   NOT NULL,
    before_value VARCHAR       NOT NULL,
    after_value  VARCHAR       NOT NULL,
    PRIMARY KEY (exception_id, position)
);
