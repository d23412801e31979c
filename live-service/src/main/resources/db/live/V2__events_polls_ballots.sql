-- Live events (竞职演讲与现场答辩), their verifiable speaking-order draw and stage, ballot tokens,
-- polls and ballots. See DESIGN.md, "Exact tallies" and "Integrity of the process".

CREATE TABLE events (
  id             bigserial PRIMARY KEY,
  campaign_id    bigint NOT NULL REFERENCES core.campaigns (id),
  position_id    bigint NOT NULL REFERENCES core.positions (id),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  venue          text NOT NULL DEFAULT '' CHECK (length(venue) <= 200),
  -- The draw: the published list and the seed's commitment before, the seed and the order after.
  draw_names     jsonb,
  draw_commitment text CHECK (draw_commitment ~ '^[0-9a-f]{64}$'),
  draw_seed      text,
  draw_order     jsonb,
  drawn_at       timestamptz,
  created_by     bigint REFERENCES core.users (id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_campaign ON events (campaign_id, id);

-- The run-of-show: each candidate speaks, then answers questions; list_order is the published list.
CREATE TABLE event_candidates (
  event_id       bigint NOT NULL REFERENCES events (id),
  candidate_id   bigint NOT NULL REFERENCES core.candidates (id),
  list_order     integer NOT NULL,
  speaking_order integer,
  speech_seconds integer NOT NULL CHECK (speech_seconds BETWEEN 30 AND 7200),
  qa_seconds     integer NOT NULL CHECK (qa_seconds BETWEEN 0 AND 7200),
  PRIMARY KEY (event_id, candidate_id),
  UNIQUE (event_id, list_order)
);

-- Who may observe and vote: 领导班子成员, 中层干部, 基层干部群众, 网络观众 …
CREATE TABLE voter_categories (
  id          bigserial PRIMARY KEY,
  event_id    bigint NOT NULL REFERENCES events (id),
  ordinal     integer NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  entitled    integer NOT NULL CHECK (entitled BETWEEN 0 AND 1000000),
  weight      numeric(6, 4) NOT NULL DEFAULT 0 CHECK (weight >= 0 AND weight <= 1),
  multiplier  numeric(8, 2) NOT NULL DEFAULT 1 CHECK (multiplier > 0),
  UNIQUE (event_id, name),
  UNIQUE (event_id, ordinal)
);

-- Stage control: the current candidate and phase, and a timer kept by the server.
-- Remaining time = remaining_ms − (now − started_at) while running, remaining_ms while paused.
CREATE TABLE stages (
  event_id      bigint PRIMARY KEY REFERENCES events (id),
  candidate_id  bigint,
  phase         text NOT NULL DEFAULT 'waiting' CHECK (phase IN ('waiting', 'speech', 'qa', 'finished')),
  running       boolean NOT NULL DEFAULT false,
  remaining_ms  bigint NOT NULL DEFAULT 0,
  started_at    timestamptz,
  version       bigint NOT NULL DEFAULT 1
);

-- Ballot tokens: only the SHA-256 of each token is kept; the token itself is printed once.
CREATE TABLE ballot_tokens (
  token_hash   bytea PRIMARY KEY,
  event_id     bigint NOT NULL REFERENCES events (id),
  category_id  bigint NOT NULL REFERENCES voter_categories (id),
  batch        integer NOT NULL
);
CREATE INDEX ballot_tokens_event ON ballot_tokens (event_id, category_id);

CREATE TABLE polls (
  id            bigserial PRIMARY KEY,
  event_id      bigint NOT NULL REFERENCES events (id),
  kind          text NOT NULL CHECK (kind IN ('choose', 'approval', 'recommendation', 'rating', 'score')),
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  status        text NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'open', 'closed', 'certified', 'published')),
  revealed      boolean NOT NULL DEFAULT false,
  -- Candidates, categories and rules, fixed once the poll is set up.
  definition    jsonb NOT NULL,
  -- The voter categories whose tokens may vote in this poll (also in the definition; here for the
  -- ballot statement's check).
  category_ids  bigint[] NOT NULL,
  runoff_of     bigint REFERENCES polls (id),
  opened_at     timestamptz,
  closed_at     timestamptz,
  certified_at  timestamptz,
  published_at  timestamptz,
  -- What was certified: the count in PostgreSQL after close, the watermark it reached, and the head
  -- of the audit trail at that moment.
  certified_result    jsonb,
  certified_watermark bigint,
  certified_ballots   bigint,
  certified_audit_hash text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX polls_event ON polls (event_id, id);

-- One use of a token per poll. The receipt of the first ballot is kept sealed under a key derived
-- from the token, which the server never stores: a repeat gets it back, nobody else can read it.
-- No id, no time: nothing here orders or dates a use.
CREATE TABLE token_uses (
  poll_id         bigint NOT NULL REFERENCES polls (id),
  token_hash      bytea NOT NULL,
  sealed_receipt  bytea NOT NULL,
  PRIMARY KEY (poll_id, token_hash)
);

-- The ballot box. No token, no voter: the poll, the category (for weights), the choices, a receipt.
CREATE TABLE ballots (
  id          bigserial PRIMARY KEY,
  poll_id     bigint NOT NULL REFERENCES polls (id),
  category_id bigint NOT NULL REFERENCES voter_categories (id),
  receipt     text NOT NULL UNIQUE,
  choices     jsonb NOT NULL
);
CREATE INDEX ballots_poll ON ballots (poll_id, id);
