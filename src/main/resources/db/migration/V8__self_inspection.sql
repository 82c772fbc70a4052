-- The annual security self-inspection and rectification report (2022 Measures art. 9): what later
-- reports and the obligation ledger count from. The report itself is the submission's payload.
create table self_inspection (
    submission_id    uuid        primary key references submission (id),
    institution_uscc varchar(18) not null,
    year             integer     not null,
    completed_on     date        not null,
    received_at      timestamptz not null
);
create index self_inspection_institution_idx on self_inspection (institution_uscc, year, received_at);

-- Each rectification item as one report states it; the institution's item id is stable across
-- reports, so the latest report that names an item says where it stands.
create table rectification_item (
    submission_id    uuid         not null references submission (id),
    item_id          varchar(64)  not null,
    institution_uscc varchar(18)  not null,
    target_date      date         not null,
    state            varchar(16)  not null check (state in ('OPEN', 'IN_PROGRESS', 'DONE')),
    completed_on     date,
    received_at      timestamptz  not null,
    constraint rectification_item_pk primary key (submission_id, item_id)
);
create index rectification_item_institution_idx on rectification_item (institution_uscc, item_id, received_at);
