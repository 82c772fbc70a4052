-- The audit trail becomes tamper-evident (issue 12).
--   2026 Data Measures arts. 12, 19 (logs kept at least three years), 22(5); Internet Health
--   Standard: audit records protected from deletion, modification and overwriting.
--
-- * audit_record: partitioned by month (Asia/Shanghai months), so retention drops whole partitions.
--   The service may only INSERT and SELECT. It cannot choose a record's id, its transaction or its
--   time: those come from the database (column privileges below).
-- * audit_seal: the sealer (audit/AuditSealer) seals every record of the transactions that have
--   finished, in batches. It chains each record's digest onto the previous one. Each seal stores
--   the chain head and its own hash, and each seal's hash starts the next seal's chain. Writers
--   never wait for one another: no chain head is locked while a request runs.
-- * audit_retention: the partitions dropped by retention, so that verification knows which
--   records are gone by design.
-- The three tables are owned by ${audit_owner_role}, a role without login. The service's role
-- ${app_role} keeps every right on its other tables.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${audit_owner_role}') then
        execute format('create role %I nologin', '${audit_owner_role}');
    end if;
    if not exists (select 1 from pg_roles where rolname = '${app_role}') then
        execute format('create role %I nologin', '${app_role}');
    end if;
    -- Whoever runs the migrations hands the tables to the owner, so must be able to act as it.
    if not pg_has_role(current_user, '${audit_owner_role}', 'MEMBER') then
        execute format('grant %I to %I', '${audit_owner_role}', current_user);
    end if;
end
$$;

grant usage, create on schema ${flyway:defaultSchema} to ${audit_owner_role};
grant usage on schema ${flyway:defaultSchema} to ${app_role};

create sequence audit_record_id_seq as bigint;

create table audit_record (
    id           bigint       not null default nextval('audit_record_id_seq'),
    -- The writing transaction: a seal takes all records of the transactions that have finished.
    txid         bigint       not null default (pg_current_xact_id()::text::bigint),
    occurred_at  timestamptz  not null default clock_timestamp(),
    request_id   varchar(64),
    actor        varchar(200) not null,
    actor_role   varchar(32)  not null,
    actor_org    varchar(32),
    action       varchar(64)  not null,
    target_type  varchar(32),
    target_id    varchar(200),
    outcome      varchar(16)  not null,
    status       smallint,
    reason       varchar(64),
    primary key (id, occurred_at)
) partition by range (occurred_at);
alter sequence audit_record_id_seq owned by audit_record.id;
create index audit_record_tx_idx on audit_record (txid, id);
create index audit_record_actor_idx on audit_record (actor, id);
create index audit_record_target_idx on audit_record (target_type, target_id, id);

-- A record whose month has no partition yet lands here rather than being refused.
create table audit_record_default partition of audit_record default;

create table audit_seal (
    seal_no           bigint      primary key,
    sealed_at         timestamptz not null,
    -- The transactions sealed: txid_from <= txid < txid_to. The next seal starts at txid_to.
    txid_from         bigint      not null,
    txid_to           bigint      not null,
    record_count      integer     not null,
    first_occurred_at timestamptz,
    last_occurred_at  timestamptz,
    -- The records in chain order (by txid, then id), and the first 16 bytes of each one's digest,
    -- so that verification can name the first record that differs.
    record_ids        bigint[]    not null,
    record_digests    bytea       not null,
    previous_hash     bytea       not null,
    head              bytea       not null,
    seal_hash         bytea       not null,
    constraint audit_seal_range_ck check (txid_from <= txid_to)
);
-- Which seal holds a record (the listing's sealNo): the first seal whose range ends above its txid.
create index audit_seal_txid_idx on audit_seal (txid_to);

create table audit_retention (
    dropped_before timestamptz primary key,
    dropped_at     timestamptz not null default clock_timestamp(),
    dropped_by     name        not null default session_user,
    partitions     text[]      not null
);

-- Create the monthly partitions from a month through some months ahead (Asia/Shanghai months).
-- Runs as the owner; the service may call it (the sealer does, so that the months ahead exist).
create function audit_ensure_partitions(first_month date, months_ahead integer) returns integer
    language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    m       date := date_trunc('month', first_month)::date;
    last_m  date := (date_trunc('month', (clock_timestamp() at time zone 'Asia/Shanghai'))
                     + make_interval(months => greatest(months_ahead, 0)))::date;
    name    text;
    created integer := 0;
begin
    if m < date '2000-01-01' then
        raise exception 'audit partitions start in 2000 at the earliest';
    end if;
    while m <= last_m loop
        name := 'audit_record_' || to_char(m, 'YYYY_MM');
        if to_regclass(name) is null then
            execute format('create table %I partition of audit_record for values from (%L) to (%L)',
                           name,
                           (m::timestamp at time zone 'Asia/Shanghai'),
                           ((m + interval '1 month')::timestamp at time zone 'Asia/Shanghai'));
            created := created + 1;
        end if;
        m := (m + interval '1 month')::date;
    end loop;
    return created;
end
$$;

-- Drop the monthly partitions that end on or before a month, never less than three years ago
-- (2026 Data Measures art. 19). Only the owner (an operator acting as it) may run this: nothing in
-- the service or its API deletes audit records.
create function audit_drop_expired(before_month date) returns text[]
    language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    cutoff  date := date_trunc('month', before_month)::date;
    horizon date := (date_trunc('month', (clock_timestamp() at time zone 'Asia/Shanghai')) - interval '36 months')::date;
    p       record;
    dropped text[] := '{}';
begin
    if cutoff > horizon then
        raise exception 'audit records are kept at least three years: the earliest allowed cutoff is %', horizon;
    end if;
    for p in
        select c.relname
          from pg_inherits i
          join pg_class c on c.oid = i.inhrelid
          join pg_class parent on parent.oid = i.inhparent
         where parent.relname = 'audit_record'
           and parent.relnamespace = to_regnamespace('${flyway:defaultSchema}')
           and c.relname ~ '^audit_record_[0-9]{4}_[0-9]{2}$'
           and to_date(substring(c.relname from 14), 'YYYY_MM') + interval '1 month' <= cutoff
         order by c.relname
    loop
        execute format('drop table %I', p.relname);
        dropped := dropped || p.relname::text;
    end loop;
    insert into audit_retention (dropped_before, partitions)
    values (cutoff::timestamp at time zone 'Asia/Shanghai', dropped);
    return dropped;
end
$$;

-- The records kept so far move into the new table, in their order; they are sealed by the first seal.
select audit_ensure_partitions(
    coalesce((select min(occurred_at) at time zone 'Asia/Shanghai' from audit_event)::date,
             (clock_timestamp() at time zone 'Asia/Shanghai')::date),
    3);
insert into audit_record (id, occurred_at, actor, actor_role, actor_org, action, target_type, target_id, outcome, status, reason)
select id, occurred_at, actor, actor_role, actor_org, action, target_type, target_id, outcome, status, reason
  from audit_event
 order by id;
select setval('audit_record_id_seq', greatest(coalesce((select max(id) from audit_event), 0), 1),
              (select count(*) > 0 from audit_event));
drop table audit_event;

-- The service's role: every right on the other tables, now and in later migrations ...
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${app_role};
grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${app_role};
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema ${flyway:defaultSchema} grant usage, select on sequences to ${app_role};
revoke all on flyway_schema_history from ${app_role};
grant select on flyway_schema_history to ${app_role};

-- Ownership: the owner role owns the tables, every partition, the sequence and the functions; the
-- service has nothing at all on the partitions themselves ("all tables" above included them).
alter table audit_record owner to ${audit_owner_role};
do $$
declare p record;
begin
    for p in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
              where i.inhparent = 'audit_record'::regclass
    loop
        execute format('alter table %I owner to %I', p.relname, '${audit_owner_role}');
        execute format('revoke all on %I from public, %I', p.relname, '${app_role}');
    end loop;
end
$$;
alter table audit_seal owner to ${audit_owner_role};
alter table audit_retention owner to ${audit_owner_role};
alter function audit_ensure_partitions(date, integer) owner to ${audit_owner_role};
alter function audit_drop_expired(date) owner to ${audit_owner_role};

-- ... and on the audit trail only this: read, append (never choosing id, txid or time), seal.
revoke all on audit_record, audit_seal, audit_retention from public, ${app_role};
revoke all on sequence audit_record_id_seq from public, ${app_role};
grant select on audit_record, audit_seal, audit_retention to ${app_role};
grant insert (request_id, actor, actor_role, actor_org, action, target_type, target_id, outcome, status, reason)
    on audit_record to ${app_role};
grant insert on audit_seal to ${app_role};
grant usage on sequence audit_record_id_seq to ${app_role};
revoke all on function audit_ensure_partitions(date, integer) from public;
revoke all on function audit_drop_expired(date) from public;
grant execute on function audit_ensure_partitions(date, integer) to ${app_role};
