-- Examiner panels, scoring sheets, stages with their results, the selection decision and the notice.

-- Settings of a campaign that only scoring uses (kept here rather than in core.campaigns).
CREATE TABLE campaign_settings (
  campaign_id        bigint PRIMARY KEY REFERENCES core.campaigns (id),
  blind_scoring      boolean NOT NULL DEFAULT false,
  differential_ratio numeric(6,4) NOT NULL DEFAULT 0.20 CHECK (differential_ratio BETWEEN 0 AND 10),
  updated_at         timestamptz NOT NULL DEFAULT now()
);

-- The stages of a campaign in order (seq): where scores come from, their weight in the composite, the
-- points that normalize to 100, and the optional pass mark (on the scale of 100) and shortlist ratio.
CREATE TABLE stages (
  id              bigserial PRIMARY KEY,
  campaign_id     bigint NOT NULL REFERENCES core.campaigns (id),
  seq             integer NOT NULL CHECK (seq BETWEEN 1 AND 50),
  code            text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  source          text NOT NULL CHECK (source IN ('exam', 'assessment', 'panel', 'poll', 'manual')),
  source_ref      text NOT NULL DEFAULT '' CHECK (length(source_ref) <= 100),
  weight          numeric(7,4) NOT NULL CHECK (weight BETWEEN 0 AND 1),
  max_points      numeric(12,4) NOT NULL DEFAULT 100 CHECK (max_points > 0),
  pass_mark       numeric(5,2) CHECK (pass_mark BETWEEN 0 AND 100),
  shortlist_ratio numeric(6,2) CHECK (shortlist_ratio BETWEEN 1 AND 100),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT stages_campaign_code_key UNIQUE (campaign_id, code),
  CONSTRAINT stages_campaign_seq_key UNIQUE (campaign_id, seq)
);

-- 考官组: a panel scores some candidates of one stage on a rubric.
CREATE TABLE panels (
  id                   bigserial PRIMARY KEY,
  campaign_id          bigint NOT NULL REFERENCES core.campaigns (id),
  stage_id             bigint NOT NULL REFERENCES stages (id),
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  drop_highest         integer NOT NULL CHECK (drop_highest BETWEEN 0 AND 5),
  drop_lowest          integer NOT NULL CHECK (drop_lowest BETWEEN 0 AND 5),
  minimum_for_dropping integer NOT NULL CHECK (minimum_for_dropping > drop_highest + drop_lowest),
  outlier_limit        numeric(7,2) NOT NULL CHECK (outlier_limit >= 0),
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT panels_campaign_name_key UNIQUE (campaign_id, name)
);
CREATE INDEX panels_stage ON panels (stage_id);

CREATE TABLE rubric_dimensions (
  panel_id bigint NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
  seq      integer NOT NULL,
  name     text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  maximum  numeric(7,2) NOT NULL CHECK (maximum > 0),
  weight   numeric(7,4) NOT NULL CHECK (weight > 0),
  guidance text NOT NULL DEFAULT '' CHECK (length(guidance) <= 1000),
  PRIMARY KEY (panel_id, seq),
  UNIQUE (panel_id, name)
);

-- seat is the examiner's number on the panel (评委 1..n): the order of the sheet, and the name shown
-- when sheets are anonymized.
CREATE TABLE panel_examiners (
  panel_id bigint NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
  user_id  bigint NOT NULL REFERENCES core.users (id),
  seat     integer NOT NULL CHECK (seat BETWEEN 1 AND 99),
  chief    boolean NOT NULL DEFAULT false,
  PRIMARY KEY (panel_id, user_id),
  -- deferred: seats are renumbered in one transaction when the panel changes
  CONSTRAINT panel_examiners_seat_key UNIQUE (panel_id, seat) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX panel_examiners_one_chief ON panel_examiners (panel_id) WHERE chief;
CREATE INDEX panel_examiners_user ON panel_examiners (user_id);

-- The candidates a panel scores, each at most once per stage; draw_number is the 抽签号 shown instead of
-- the name under blind scoring. status 'confirmed' is the chief's countersignature (双签字).
CREATE TABLE panel_candidates (
  panel_id     bigint NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
  stage_id     bigint NOT NULL REFERENCES stages (id),
  candidate_id bigint NOT NULL REFERENCES core.candidates (id),
  draw_number  integer CHECK (draw_number BETWEEN 1 AND 9999),
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed')),
  confirmed_by bigint REFERENCES core.users (id),
  confirmed_at timestamptz,
  PRIMARY KEY (panel_id, candidate_id),
  CONSTRAINT panel_candidates_stage_candidate_key UNIQUE (stage_id, candidate_id),
  CONSTRAINT panel_candidates_draw_key UNIQUE (panel_id, draw_number) DEFERRABLE INITIALLY DEFERRED
);

-- 回避: the examiner neither sees nor scores the candidate.
CREATE TABLE recusals (
  panel_id     bigint NOT NULL,
  examiner_id  bigint NOT NULL,
  candidate_id bigint NOT NULL,
  declared_by  bigint NOT NULL REFERENCES core.users (id),
  by_examiner  boolean NOT NULL,
  reason       text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (panel_id, examiner_id, candidate_id),
  FOREIGN KEY (panel_id, examiner_id) REFERENCES panel_examiners (panel_id, user_id) ON DELETE CASCADE,
  FOREIGN KEY (panel_id, candidate_id) REFERENCES panel_candidates (panel_id, candidate_id) ON DELETE CASCADE
);

-- One examiner's current sheet for one candidate; every submission (the first and each re-score) is kept
-- in sheet_submissions under the id the tablet generated, which makes a repeated submission harmless.
CREATE TABLE sheets (
  id           bigserial PRIMARY KEY,
  panel_id     bigint NOT NULL,
  candidate_id bigint NOT NULL,
  examiner_id  bigint NOT NULL,
  scores       jsonb NOT NULL,
  total        numeric NOT NULL CHECK (total >= 0),
  version      integer NOT NULL DEFAULT 1,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (panel_id, candidate_id, examiner_id),
  FOREIGN KEY (panel_id, examiner_id) REFERENCES panel_examiners (panel_id, user_id),
  FOREIGN KEY (panel_id, candidate_id) REFERENCES panel_candidates (panel_id, candidate_id)
);

CREATE TABLE sheet_submissions (
  submission_id uuid PRIMARY KEY,
  sheet_id      bigint NOT NULL REFERENCES sheets (id),
  version       integer NOT NULL,
  scores        jsonb NOT NULL,
  total         numeric NOT NULL,
  reason        text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
  submitted_by  bigint NOT NULL REFERENCES core.users (id),
  received_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (sheet_id, version)
);

-- A candidate's result at a stage, whatever its source: a confirmed panel, a fact from another service,
-- a score entered by hand or imported from a file. source_ref says which panel, fact or file.
CREATE TABLE stage_results (
  stage_id     bigint NOT NULL REFERENCES stages (id),
  candidate_id bigint NOT NULL REFERENCES core.candidates (id),
  points       numeric(12,4) NOT NULL CHECK (points >= 0),
  max_points   numeric(12,4) NOT NULL CHECK (max_points > 0),
  source       text NOT NULL CHECK (source IN ('panel', 'fact', 'manual', 'import')),
  source_ref   text NOT NULL DEFAULT '',
  note         text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  recorded_by  bigint REFERENCES core.users (id),
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stage_id, candidate_id),
  CHECK (points <= max_points)
);

-- Results other services published (exam results, assessment scores, certified polls), kept whether or
-- not a stage uses them yet: a stage defined later picks them up.
CREATE TABLE received_results (
  campaign_id  bigint NOT NULL,
  source       text NOT NULL CHECK (source IN ('exam', 'assessment', 'poll')),
  source_ref   text NOT NULL,
  candidate_id bigint NOT NULL,
  points       numeric(12,4) NOT NULL,
  max_points   numeric(12,4) NOT NULL,
  fact_id      bigint NOT NULL,
  topic        text NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, source, source_ref, candidate_id)
);

-- The organizer's order for candidates the ranking could not separate, per position and round (a stage
-- code, or 'final' for the final list).
CREATE TABLE tie_decisions (
  id            bigserial PRIMARY KEY,
  campaign_id   bigint NOT NULL REFERENCES core.campaigns (id),
  position_id   bigint NOT NULL REFERENCES core.positions (id),
  round         text NOT NULL CHECK (length(round) BETWEEN 1 AND 32),
  candidate_ids bigint[] NOT NULL CHECK (cardinality(candidate_ids) >= 2),
  reason        text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  decided_by    bigint NOT NULL REFERENCES core.users (id),
  decided_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tie_decisions_position ON tie_decisions (position_id, round);

-- 公示: the nominated, published for a period in which objections are received.
CREATE TABLE notices (
  id           bigserial PRIMARY KEY,
  campaign_id  bigint NOT NULL REFERENCES core.campaigns (id),
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  starts_on    date NOT NULL,
  ends_on      date NOT NULL,
  contact      text NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
  published_by bigint NOT NULL REFERENCES core.users (id),
  published_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE notice_entries (
  notice_id    bigint NOT NULL REFERENCES notices (id),
  candidate_id bigint NOT NULL REFERENCES core.candidates (id),
  position_id  bigint NOT NULL REFERENCES core.positions (id),
  seq          integer NOT NULL,
  composite    numeric(7,2),
  status       text NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'held')),
  hold_reason  text NOT NULL DEFAULT '' CHECK (length(hold_reason) <= 500),
  PRIMARY KEY (notice_id, candidate_id)
);

CREATE TABLE objections (
  id           bigserial PRIMARY KEY,
  notice_id    bigint NOT NULL REFERENCES notices (id),
  candidate_id bigint REFERENCES core.candidates (id),
  received_on  date NOT NULL,
  channel      text NOT NULL CHECK (channel IN ('letter', 'phone', 'visit', 'email', 'other')),
  summary      text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
  recorded_by  bigint NOT NULL REFERENCES core.users (id),
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX objections_notice ON objections (notice_id);
