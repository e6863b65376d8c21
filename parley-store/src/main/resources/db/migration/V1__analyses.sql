-- SPDX-License-Identifier: GPL-3.0-or-later
-- Parley store, schema version 1: one row set per analysed article, derived from the contract object
-- (kept whole in articles.analysis so the API and the JSONL export return exactly what was analysed).
-- Written in the SQL that DuckDB and PostgreSQL share; ${double} is the one type spelled differently.

CREATE TABLE articles (
  id          VARCHAR(200) PRIMARY KEY,
  content_key VARCHAR(40)  NOT NULL UNIQUE,
  seq         BIGINT       NOT NULL,
  title       TEXT,
  published   DATE,
  url         TEXT,
  source      TEXT,
  origin      TEXT,
  story       VARCHAR(200) NOT NULL,
  text        TEXT         NOT NULL,
  analysis    TEXT         NOT NULL,
  ingested_at TIMESTAMP    NOT NULL
);

CREATE TABLE actors (
  article_id   VARCHAR(200) NOT NULL,
  actor_id     VARCHAR(100) NOT NULL,
  name         TEXT         NOT NULL,
  code         VARCHAR(40),
  country      VARCHAR(8),
  sector       VARCHAR(16),
  organization TEXT,
  role         TEXT,
  mentions     INTEGER      NOT NULL,
  PRIMARY KEY (article_id, actor_id)
);

CREATE TABLE events (
  article_id     VARCHAR(200) NOT NULL,
  event_id       VARCHAR(100) NOT NULL,
  type           VARCHAR(20)  NOT NULL,
  mode           VARCHAR(40),
  cameo          VARCHAR(8),
  polarity       VARCHAR(16)  NOT NULL,
  modality       VARCHAR(16)  NOT NULL,
  source_id      VARCHAR(100),
  source_name    TEXT,
  source_code    VARCHAR(40),
  source_country VARCHAR(8),
  target_id      VARCHAR(100),
  target_name    TEXT,
  target_code    VARCHAR(40),
  target_country VARCHAR(8),
  attributed_to  VARCHAR(100),
  stance         VARCHAR(16),
  issues         TEXT         NOT NULL,
  event_date     VARCHAR(10),
  date_text      TEXT,
  place_name     TEXT,
  place_country  VARCHAR(8),
  lat            ${double},
  lon            ${double},
  confidence     ${double}    NOT NULL,
  evidence_text  TEXT         NOT NULL,
  PRIMARY KEY (article_id, event_id)
);

-- Every span the analysis points at: event evidence and triggers, actor mentions, quote cues, round and
-- position evidence. owner_kind + owner_ref name what the span belongs to within its article.
CREATE TABLE spans (
  article_id VARCHAR(200) NOT NULL,
  owner_kind VARCHAR(16)  NOT NULL,
  owner_ref  VARCHAR(200) NOT NULL,
  role       VARCHAR(16)  NOT NULL,
  seq        INTEGER      NOT NULL,
  start_char INTEGER      NOT NULL,
  end_char   INTEGER      NOT NULL,
  text       TEXT         NOT NULL,
  PRIMARY KEY (article_id, owner_kind, owner_ref, role, seq)
);

CREATE TABLE quotes (
  article_id   VARCHAR(200) NOT NULL,
  seq          INTEGER      NOT NULL,
  text         TEXT         NOT NULL,
  start_char   INTEGER      NOT NULL,
  end_char     INTEGER      NOT NULL,
  speaker_id   VARCHAR(100),
  speaker_name TEXT,
  direct       BOOLEAN      NOT NULL,
  PRIMARY KEY (article_id, seq)
);

-- A negotiation board of one article. track_id names the set of parties (sorted actor codes or names), so
-- boards of different articles about the same talks share a track.
CREATE TABLE negotiations (
  article_id VARCHAR(200) NOT NULL,
  seq        INTEGER      NOT NULL,
  track_id   VARCHAR(200) NOT NULL,
  parties    TEXT         NOT NULL,
  mediators  TEXT         NOT NULL,
  PRIMARY KEY (article_id, seq)
);

CREATE TABLE rounds (
  article_id      VARCHAR(200) NOT NULL,
  negotiation_seq INTEGER      NOT NULL,
  seq             INTEGER      NOT NULL,
  name            TEXT,
  round_date      VARCHAR(10),
  place_name      TEXT,
  place_country   VARCHAR(8),
  level           VARCHAR(40),
  outcome         VARCHAR(20)  NOT NULL,
  PRIMARY KEY (article_id, negotiation_seq, seq)
);

CREATE TABLE positions (
  article_id      VARCHAR(200) NOT NULL,
  negotiation_seq INTEGER      NOT NULL,
  seq             INTEGER      NOT NULL,
  issue           VARCHAR(60)  NOT NULL,
  detail          TEXT,
  actor_id        VARCHAR(100) NOT NULL,
  actor_name      TEXT,
  stance          VARCHAR(16)  NOT NULL,
  position_date   VARCHAR(10),
  PRIMARY KEY (article_id, negotiation_seq, seq)
);

CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX actors_name ON actors (name);
CREATE INDEX negotiations_track ON negotiations (track_id);
