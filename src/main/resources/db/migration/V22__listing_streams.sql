-- Issue 14 (growth): a county health commission's submission listing took 40 ms p50 / 67 ms p99 at
-- 5 M submissions. Its plan walked every submission in received order and decided each row by the
-- visibility rule (SubmissionQueries.maySee): ~20 rows read and probed for each one a county sees,
-- and ~3,000 per row nationally. An authority's listing is now the merge of three streams, each
-- read in (received_at, id) order from an index keyed by who may see it:
--   1. what it supervises: the submissions of the institutions the registry puts under it;
--   2. what was delivered to it (routing's `delivery`);
--   3. what it may see because another report of the same incident thread, or another version of
--      the same submission, was delivered to it (routing's `delivered_relative`, new here).
-- The rule itself is unchanged; the streams are its indexes (SubmissionListingTest compares the two).

-- 1. The supervising commission of a submission's institution, as the registry has it now: set by
-- this trigger when the submission is stored, and rewritten for the institution's submissions when
-- the registry moves it to another commission (submission/SupervisorCopies, in the registry's
-- transaction). Both take the registry's lock of the institution's supervisor
-- (institution/InstitutionService.SUPERVISOR_LOCK: exclusive for a move, shared here), so a filing
-- that commits while its institution moves still ends with the new commission.
alter table submission add column supervising_authority_id varchar(16);
update submission s set supervising_authority_id = r.supervising_authority_id
from registered_institution r where r.uscc = s.institution_uscc;
create index submission_supervisor_idx on submission (supervising_authority_id, received_at, id)
    where supervising_authority_id is not null;

create function submission_supervisor() returns trigger language plpgsql as $$
begin
    -- Volatile: the select below takes its snapshot after the lock is granted (read committed).
    perform pg_advisory_xact_lock_shared(hashtextextended('institution-supervisor:' || new.institution_uscc, 0));
    select r.supervising_authority_id into new.supervising_authority_id
    from registered_institution r where r.uscc = new.institution_uscc;
    return new;
end
$$;
create trigger submission_supervisor before insert on submission for each row execute function submission_supervisor();

-- 2. An authority's deliveries in received order (a delivery carries its submission's received_at,
-- Deliveries.entry). `delivery` publishes the instant so the listing can page by it.
create index inbox_entry_delivered_idx on inbox_entry (authority_id, received_at, submission_id) where kind = 'SUBMISSION';
create or replace view delivery as
select authority_id, submission_id, received_at from inbox_entry where submission_id is not null and kind = 'SUBMISSION';

-- 3. The submissions an authority may see through a relative: another report of the same incident
-- thread, or another version of the same lineage, was delivered to it and this one was not
-- (SubmissionQueries.related). Written by routing when a filing is delivered (Deliveries.deliver),
-- which is the only moment a relation or a delivery is made.
create table delivered_relative (
    authority_id  varchar(16) not null,
    received_at   timestamptz not null,
    submission_id uuid        not null references submission (id),
    primary key (authority_id, received_at, submission_id)
);
insert into delivered_relative (authority_id, received_at, submission_id)
select distinct d.authority_id, r.received_at, r.id
from (select s.id, s.received_at, t.id as relative from submission s join submission t on t.thread_id = s.thread_id and t.id <> s.id
      union
      select s.id, s.received_at, t.id from submission s join submission t on t.lineage_id = s.lineage_id and t.id <> s.id) r
join inbox_entry d on d.submission_id = r.relative and d.kind = 'SUBMISSION'
where not exists (select 1 from inbox_entry x where x.submission_id = r.id and x.authority_id = d.authority_id and x.kind = 'SUBMISSION');
