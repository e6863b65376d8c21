-- SPDX-License-Identifier: GPL-3.0-or-later
-- Parley store, schema version 2: negotiation tracks are made by the negotiation tracker from the stored
-- contract objects (see StoredTracks), so the per-board track_id that version 1 computed by a grouping of its
-- own (sorted actor codes) goes: one way only of telling which boards belong to the same talks.
-- The table is rebuilt rather than altered because DuckDB cannot drop a column an index was built on.

CREATE TABLE negotiations_v2 (
  article_id VARCHAR(200) NOT NULL,
  seq        INTEGER      NOT NULL,
  parties    TEXT         NOT NULL,
  mediators  TEXT         NOT NULL,
  PRIMARY KEY (article_id, seq)
);

INSERT INTO negotiations_v2 (article_id, seq, parties, mediators)
  SELECT article_id, seq, parties, mediators FROM negotiations;

DROP TABLE negotiations;

ALTER TABLE negotiations_v2 RENAME TO negotiations;

CREATE INDEX negotiations_article ON negotiations (article_id);
