-- Whether the filed network is CII: core data on a CII network is protected under CII rules
-- rather than at MLPS level 4 (2026 Data Measures art. 11 ¶1). Filings before this column: false.
alter table mlps_filing add column critical_information_infrastructure boolean not null default false;

create table catalogue_report (
    submission_id    uuid        primary key references submission (id),
    institution_uscc varchar(18) not null,
    report_type      varchar(16) not null,
    reviewed_on      date        not null,
    received_at      timestamptz not null
);
create index catalogue_report_institution_idx on catalogue_report (institution_uscc, received_at);

-- One row per item per report: metadata only. The current catalogue is the latest row of each
-- (institution, item) pair.
create table catalogue_item (
    submission_id                 uuid         not null references submission (id),
    institution_uscc              varchar(18)  not null,
    item_id                       varchar(64)  not null,
    name                          varchar(200) not null,
    source                        varchar(200) not null,
    category                      varchar(24)  not null,
    grade                         varchar(12)  not null,
    records                       bigint       not null,
    personal_information_subjects bigint       not null,
    volume_bytes                  bigint,
    storage_domestic              boolean      not null,
    storage_region                varchar(100),
    cross_border                  boolean      not null,
    cross_border_legal_basis      varchar(24),
    reviewed_on                   date         not null,
    received_at                   timestamptz  not null,
    primary key (submission_id, item_id)
);
create index catalogue_item_current_idx on catalogue_item (institution_uscc, item_id, received_at desc);

create table risk_assessment (
    submission_id    uuid        primary key references submission (id),
    institution_uscc varchar(18) not null,
    assessment_type  varchar(24) not null,
    year             integer     not null,
    assessed_on      date        not null,
    received_at      timestamptz not null
);
create index risk_assessment_institution_idx on risk_assessment (institution_uscc, assessment_type, received_at);

-- The current catalogue of each institution: a PERIODIC_REVIEW is the complete catalogue and
-- supersedes every earlier item; later GRADE_CHANGE and REORGANIZATION reports amend it item by
-- item. So: the latest version of each item reported since the latest periodic review.
create view current_catalogue_item as
select distinct on (ci.institution_uscc, ci.item_id) ci.*
from catalogue_item ci
where ci.received_at >= coalesce(
        (select max(cr.received_at) from catalogue_report cr
          where cr.institution_uscc = ci.institution_uscc and cr.report_type = 'PERIODIC_REVIEW'),
        '-infinity'::timestamptz)
order by ci.institution_uscc, ci.item_id, ci.received_at desc;
