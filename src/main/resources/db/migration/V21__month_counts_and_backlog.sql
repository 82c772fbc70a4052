-- Issue 14 (growth), after V18-V20: what a province's statistics for a year still cost at 5 M
-- submissions (auto_explain): 13,080 day counts read and sorted (4-13 ms), and the backlog of its
-- 16 inboxes counted from 14,286 entries fetched from the heap for their created_at (3-18 ms).

-- Months: a closed month's day counts summed once, when its last day is rolled up
-- (submission/SubmissionDayCounts). A period reads its whole months here and only the days at its
-- edges from the day counts: a year is ~12 rows per commission, division and type instead of ~365.
create table submission_month_count (
    month                    date        not null check (extract(day from month) = 1),
    supervising_authority_id varchar(16) not null,
    division_code            varchar(6)  not null,
    type                     varchar(32) not null,
    n                        bigint      not null check (n > 0),
    primary key (month, supervising_authority_id, division_code, type)
);
create index submission_month_count_supervisor_idx on submission_month_count (supervising_authority_id varchar_pattern_ops, month);

-- Every month whose days are all rolled up already.
insert into submission_month_count (month, supervising_authority_id, division_code, type, n)
select date_trunc('month', c.day)::date, c.supervising_authority_id, c.division_code, c.type, sum(c.n)
from submission_day_count c, submission_day_count_progress p
where p.rolled_through is not null and c.day < date_trunc('month', p.rolled_through)::date
group by 1, 2, 3, 4;

-- The backlog (count and oldest entry per inbox) from the index alone: created_at carried in the
-- partial index of what waits. Same keys, so paging what waits uses it as before.
drop index if exists inbox_entry_unacknowledged_idx;
create index inbox_entry_unacknowledged_idx on inbox_entry (authority_id, txid, id) include (created_at)
    where acknowledged_at is null;

-- Index-only reads skip the heap only for pages the visibility map marks all-visible: vacuum these
-- insert-mostly tables after 1% new rows (the default, 20%, is 4 M inserts at 20 M inbox entries),
-- so what was filed recently is counted from the index too.
alter table inbox_entry set (autovacuum_vacuum_insert_scale_factor = 0.01);
alter table submission set (autovacuum_vacuum_insert_scale_factor = 0.01);
