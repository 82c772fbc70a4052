-- Issue 25 §4: push delivery. Owned by webhook (subscriptions, their deliveries, the institutions'
-- event outbox). New tables only: nothing existing is rewritten.
--
-- What a subscriber receives is a stream, in the order its owner would page it:
--   * an authority's: its inbox itself (routing's inbox_entry, ordered by (txid, id) below
--     writer_horizon(), V23). The inbox is the outbox: an entry and its event are one row, written in
--     the filing's transaction; replaying from any inbox cursor needs nothing more;
--   * an institution's: institution_event below, written by the capability that decides, returns,
--     issues a notice or notices an overdue obligation, in that transaction, ordered the same way.
-- A subscription keeps its position in its stream (cursor_txid, cursor_id): the last event it is
-- done with (delivered, or dead-lettered after its retries). The sender moves it only after the
-- receiver answered 2xx, so nothing accepted is lost; a crash between a delivery and the move sends
-- the event again (at least once; webhook-id lets the receiver drop the repeat).

-- Routing publishes the positions of its inbox entries, which the sender asks "is anything after this
-- subscription's position?" of every authority subscription at once (webhook/WebhookSender.due).
create view inbox_stream as select authority_id, txid, id, created_at from inbox_entry;

create table institution_event (
    id            bigint       generated always as identity primary key,
    txid          bigint       not null default (pg_current_xact_id()::text::bigint),
    institution_uscc varchar(18) not null,
    type          varchar(64)  not null,
    subject       varchar(200) not null,
    occurred_at   timestamptz  not null,
    -- The view the API serves the institution for this subject, as it was when the event happened,
    -- as serialised (json keeps its text and field order; nothing queries into it).
    data          json         not null
);
create index institution_event_stream_idx on institution_event (institution_uscc, txid, id);

create table webhook_subscription (
    id               uuid         primary key,
    owner_kind       varchar(16)  not null,
    owner_id         varchar(18)  not null,
    url              varchar(2000) not null,
    description      varchar(500),
    types            text[]       not null,
    -- The signing secret's key bytes, sealed with AES-256-GCM under an operator's key
    -- (webhook/SecretBox; the subscription id is the associated data). Never stored in clear.
    secret_sealed    bytea        not null,
    -- During a rotation's overlap the previous secret still signs (one signature per valid secret).
    previous_secret_sealed bytea,
    previous_secret_until  timestamptz,
    state            varchar(16)  not null,
    ended_reason     varchar(32),
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    deleted_at       timestamptz,
    -- The last event of its stream it is done with; the stream's position when it was created.
    cursor_txid      bigint       not null,
    cursor_id        bigint       not null,
    -- The head event may not be tried again before this (backoff, Retry-After); null: at once.
    next_attempt_at  timestamptz,
    -- One sender at a time: the replica holding an unexpired lease (database time) sends.
    lease_owner      varchar(64),
    lease_until      timestamptz,
    constraint webhook_subscription_owner_ck check (owner_kind in ('AUTHORITY', 'INSTITUTION')),
    constraint webhook_subscription_state_ck check (state in ('ACTIVE', 'PAUSED', 'ENDED')),
    constraint webhook_subscription_previous_ck check ((previous_secret_sealed is null) = (previous_secret_until is null))
);
create index webhook_subscription_owner_idx on webhook_subscription (owner_kind, owner_id, created_at, id) where deleted_at is null;
create index webhook_subscription_due_idx on webhook_subscription (next_attempt_at) where state = 'ACTIVE' and deleted_at is null;

-- One row per event a subscription tried to deliver (and per redelivery asked for): its state, the
-- attempts made, when the next may be. Response bodies are never stored.
create table webhook_delivery (
    id               bigint       generated always as identity primary key,
    subscription_id  uuid         not null references webhook_subscription (id),
    event_id         varchar(64)  not null,
    event_type       varchar(64)  not null,
    position_txid    bigint       not null,
    position_id      bigint       not null,
    redelivery       boolean      not null default false,
    state            varchar(16)  not null,
    attempts         int          not null default 0,
    created_at       timestamptz  not null,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz,
    last_status      int,
    last_error       varchar(32),
    finished_at      timestamptz,
    constraint webhook_delivery_state_ck check (state in ('PENDING', 'DELIVERED', 'FAILED'))
);
-- The stream's head: at most one delivery of an event in progress (a replay may deliver it again later).
create unique index webhook_delivery_head_uq on webhook_delivery (subscription_id, event_id) where state = 'PENDING' and not redelivery;
create index webhook_delivery_listing_idx on webhook_delivery (subscription_id, id);
create index webhook_delivery_redelivery_idx on webhook_delivery (subscription_id, next_attempt_at) where redelivery and state = 'PENDING';

create table webhook_attempt (
    delivery_id   bigint      not null references webhook_delivery (id),
    attempt       int         not null,
    attempted_at  timestamptz not null,
    status        int,
    error         varchar(32),
    duration_ms   int         not null,
    primary key (delivery_id, attempt)
);
