-- Each capability owns its tables (issue 8; ARCHITECTURE.md). What a capability needs of another's
-- records it is handed when it writes, or it asks the owner's service, or — for queries that
-- filter across owners — it reads the owner's published read model (a view below), never the
-- tables behind it.

-- An inbox entry carries the label of what it delivers: an authority's queue is read from
-- routing's own table.
alter table inbox_entry add column submission_type varchar(32);
alter table inbox_entry add column submission_reference varchar(40);
alter table inbox_entry add column received_at timestamptz;
alter table inbox_entry add column institution_uscc varchar(18);
update inbox_entry e
   set submission_type = s.type, submission_reference = s.reference, received_at = s.received_at,
       institution_uscc = s.institution_uscc
  from submission s
 where s.id = e.submission_id;
alter table inbox_entry alter column submission_type set not null;
alter table inbox_entry alter column submission_reference set not null;
alter table inbox_entry alter column received_at set not null;
alter table inbox_entry alter column institution_uscc set not null;

-- An MLPS filing carries its moment of receipt: the level on record is read from mlps_filing alone.
alter table mlps_filing add column received_at timestamptz;
update mlps_filing f set received_at = s.received_at from submission s where s.id = f.submission_id;
alter table mlps_filing alter column received_at set not null;
drop index mlps_filing_network_idx;
create index mlps_filing_network_idx on mlps_filing (institution_uscc, network_id, received_at desc, submission_id desc);

-- A catalogue report carries its submission's reference, for the catalogues authorities compile.
alter table catalogue_report add column reference varchar(40);
update catalogue_report c set reference = s.reference from submission s where s.id = c.submission_id;
alter table catalogue_report alter column reference set not null;

-- Published read models.
-- routing: which authority received which submission.
create view delivery as select authority_id, submission_id from inbox_entry;
-- institution: who is registered, under which supervising commission.
create view registered_institution as select uscc, name, supervising_authority_id from institution;
