-- What all services share: people, campaigns, the full-process record and the outbox.

CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL,
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  roles         text[] NOT NULL CHECK (cardinality(roles) > 0
                  AND roles <@ ARRAY['organizer', 'proctor', 'examiner']::text[]),
  all_campaigns boolean NOT NULL DEFAULT false,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE campaigns (
  id           bigserial PRIMARY KEY,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organizer    text NOT NULL DEFAULT '' CHECK (length(organizer) <= 200),
  description  text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'finished')),
  version      integer NOT NULL DEFAULT 1,
  created_by   bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_campaigns (
  user_id     bigint NOT NULL REFERENCES users (id),
  campaign_id bigint NOT NULL REFERENCES campaigns (id),
  PRIMARY KEY (user_id, campaign_id)
);

CREATE TABLE positions (
  id          bigserial PRIMARY KEY,
  campaign_id bigint NOT NULL REFERENCES campaigns (id),
  code        text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  unit        text NOT NULL DEFAULT '' CHECK (length(unit) <= 200),
  seats       integer NOT NULL CHECK (seats BETWEEN 1 AND 1000),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (campaign_id, code)
);

CREATE TABLE candidates (
  id           bigserial PRIMARY KEY,
  campaign_id  bigint NOT NULL REFERENCES campaigns (id),
  position_id  bigint NOT NULL REFERENCES positions (id),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  id_card      text NOT NULL CHECK (id_card ~ '^[0-9]{17}[0-9X]$'),
  unit         text NOT NULL CHECK (length(unit) BETWEEN 1 AND 200),
  current_post text NOT NULL DEFAULT '' CHECK (length(current_post) <= 200),
  phone        text NOT NULL DEFAULT '' CHECK (length(phone) <= 32),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (campaign_id, id_card)
);
CREATE INDEX candidates_position ON candidates (position_id);

-- 全程纪实: the full-process record. Append-only; each entry's hash covers the previous entry's hash.
CREATE TABLE audit (
  id          bigint PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_id    bigint,
  actor       text NOT NULL,
  action      text NOT NULL,
  object_type text NOT NULL,
  object_id   text NOT NULL,
  campaign_id bigint,
  detail      text NOT NULL,
  prev_hash   text NOT NULL,
  hash        text NOT NULL
);
CREATE SEQUENCE audit_id_seq OWNED BY audit.id;
CREATE INDEX audit_campaign ON audit (campaign_id, id);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_no_update_or_delete BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

-- Facts that cross services, written in the same transaction as the change they report.
CREATE TABLE outbox (
  id          bigint PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  source      text NOT NULL,
  topic       text NOT NULL,
  campaign_id bigint,
  payload     jsonb NOT NULL
);
CREATE SEQUENCE outbox_id_seq OWNED BY outbox.id;

CREATE TABLE outbox_offsets (
  consumer   text PRIMARY KEY,
  last_id    bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
