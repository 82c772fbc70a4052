-- Issue 14 (growth): a commission's statistics counted its jurisdiction's submissions of the period
-- row by row; at national volume a province's year is millions of rows. Closed legal days
-- (Asia/Shanghai) are now rolled up once into counts per day, supervising commission, division and
-- type (submission/SubmissionDayCounts); a period reads the counts of its rolled-up days and counts
-- only the days after them (today, normally) row by row.
create table submission_day_count (
    day                      date        not null,
    supervising_authority_id varchar(16) not null,
    division_code            varchar(6)  not null,
    type                     varchar(32) not null,
    n                        bigint      not null check (n > 0),
    primary key (day, supervising_authority_id, division_code, type)
);
create index submission_day_count_supervisor_idx on submission_day_count (supervising_authority_id varchar_pattern_ops, day);

-- Which days are rolled up: every day before rolled_through (null: none yet). One row, locked by the
-- roll-up (one replica at a time).
create table submission_day_count_progress (
    singleton      boolean primary key default true check (singleton),
    rolled_through date
);
insert into submission_day_count_progress (singleton, rolled_through) values (true, null);

-- The days not rolled up, counted row by row, and a listing in order of receipt, both walk this.
create index submission_received_idx on submission (received_at, id);
