-- Issue 14 (growth): a commission's statistics counted the obligations due in the period row by row
-- (the rows of a province's year read from the heap: 10-72 ms at 200,000 obligations, growing with
-- the jurisdiction). They now read counts per supervising commission, due day (legal day,
-- Asia/Shanghai), division and outcome (obligation/ObligationCounts).
--
-- The state of an open obligation depends on the moment of reading (PENDING until overdue_from,
-- OVERDUE from then on: ObligationQueries.stateCondition), so open ones are counted per overdue_from
-- ('infinity': never overdue), and a reading compares it with its own now. Obligations of one kind
-- fall due together, so this is few rows per day.
create table obligation_count (
    supervising_authority_id varchar(16) collate "C" not null,
    due_day                  date        not null,
    division_code            varchar(6)  not null,
    outcome                  varchar(4)  not null check (outcome in ('MET', 'LATE', 'OPEN')),
    overdue_from             timestamptz not null,
    n                        bigint      not null,
    primary key (supervising_authority_id, due_day, division_code, outcome, overdue_from)
);
-- The rows a fold left at zero, deleted by the next fold.
create index obligation_count_zero_idx on obligation_count (supervising_authority_id) where n = 0;

-- What changed since the last fold, appended by the triggers below (no row is updated, so two
-- derivations in one county never wait for each other or deadlock on a shared count), folded into
-- obligation_count by one replica at a time every few seconds. A reading adds both, in one
-- statement, so a fold is never seen half done.
create table obligation_count_change (
    id                       bigint generated always as identity primary key,
    supervising_authority_id varchar(16) collate "C" not null,
    due_day                  date        not null,
    division_code            varchar(6)  not null,
    outcome                  varchar(4)  not null,
    overdue_from             timestamptz not null,
    n                        bigint      not null
);
create index obligation_count_change_supervisor_idx on obligation_count_change (supervising_authority_id, due_day);

-- Which count an obligation adds to. An obligation without a due day is never due in a period and
-- is not counted (a null due_day).
create function obligation_count_key(o obligation, out supervising_authority_id varchar, out due_day date,
                                     out division_code varchar, out outcome varchar, out overdue_from timestamptz)
language sql stable as $$
    select o.supervising_authority_id, coalesce(o.due_on, (o.due_at at time zone 'Asia/Shanghai')::date), o.division_code,
           case when o.met_on is null then 'OPEN' when o.late then 'LATE' else 'MET' end,
           case when o.met_on is null then coalesce(o.overdue_from, 'infinity') else 'infinity' end
$$;

-- Each statement that writes the ledger appends its net change per count: whoever writes it (the
-- ledger's derivation, a migration, a bulk load) keeps the counts true.
create function obligation_count_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into obligation_count_change (supervising_authority_id, due_day, division_code, outcome, overdue_from, n)
        select k.*, count(*) from new_rows o, lateral obligation_count_key(o) k
        where k.due_day is not null group by 1, 2, 3, 4, 5;
    elsif tg_op = 'DELETE' then
        insert into obligation_count_change (supervising_authority_id, due_day, division_code, outcome, overdue_from, n)
        select k.*, -count(*) from old_rows o, lateral obligation_count_key(o) k
        where k.due_day is not null group by 1, 2, 3, 4, 5;
    else
        insert into obligation_count_change (supervising_authority_id, due_day, division_code, outcome, overdue_from, n)
        select supervising_authority_id, due_day, division_code, outcome, overdue_from, sum(n)
        from (select k.*, -1 as n from old_rows o, lateral obligation_count_key(o) k
              union all
              select k.*, 1 from new_rows o, lateral obligation_count_key(o) k) c
        where due_day is not null group by 1, 2, 3, 4, 5 having sum(n) <> 0;
    end if;
    return null;
end $$;

create trigger obligation_count_insert after insert on obligation referencing new table as new_rows
    for each statement execute function obligation_count_change();
create trigger obligation_count_update after update on obligation referencing old table as old_rows new table as new_rows
    for each statement execute function obligation_count_change();
create trigger obligation_count_delete after delete on obligation referencing old table as old_rows
    for each statement execute function obligation_count_change();

-- The ledger as it stands.
insert into obligation_count (supervising_authority_id, due_day, division_code, outcome, overdue_from, n)
select k.*, count(*) from obligation o, lateral obligation_count_key(o) k
where k.due_day is not null group by 1, 2, 3, 4, 5;
