-- Delegated filing (issue 10 §2): a HIS vendor or regional platform (2022 Measures art. 3 ¶3)
-- files for the institutions that granted it the right, each grant with an expiry; a revoked or
-- expired grant stops at once (checked on every request). Nothing is deleted: a revocation is
-- recorded on its grant. Owned by security (who may act for whom).
create table filing_grant (
    id               bigint        generated always as identity primary key,
    institution_uscc varchar(18)   not null,
    delegate         varchar(200)  not null,
    granted_by       varchar(200)  not null,
    granted_by_role  varchar(16)   not null,
    granted_at       timestamptz   not null,
    expires_at       timestamptz   not null,
    revoked_at       timestamptz,
    revoked_by       varchar(200),
    constraint filing_grant_expiry_ck check (expires_at > granted_at)
);
create index filing_grant_delegate_idx on filing_grant (delegate, institution_uscc) where revoked_at is null;
create index filing_grant_institution_idx on filing_grant (institution_uscc, id);

-- Who filed: the institution's own client, or a delegate filing for it.
alter table submission add column submitted_by_role varchar(16) not null default 'institution';
