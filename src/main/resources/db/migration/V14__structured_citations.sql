-- Issue 11: every basis is shown as a structured legal citation (instrument, document number,
-- article in Chinese and English). The rendered short citation stays in `basis`; the basis itself
-- is stored beside it as Basis#key() (SOURCE|PROVENANCE|article) so the citation is rebuilt from
-- the current instrument metadata when read. Rows written before this migration keep a null key:
-- their citation is shown as null, never reconstructed by guessing from the rendered text.
-- Obligations are re-derived by the ledger, which fills the key on the institution's next derivation.
alter table inbox_entry add column basis_key varchar(400);
alter table inbox_entry add column clock_basis_key varchar(400);
alter table obligation add column basis_key varchar(400);
