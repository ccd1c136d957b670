-- An entry of central's that a branch office could not apply yet, because the office's own
-- entries central has still to decide hold the same records or numbers (the office and central
-- both registered one Individual Number, say): kept in the journal, so that a reply carrying it
-- again skips it, and marked held, so that the office applies it once central's decision is taken.
alter table journal_entry add column held boolean default false not null;
-- An import batch is one journal entry: the versions of the up to a thousand residents it read and
-- the records it created do not fit 4,000 characters, so neither is bounded.
alter table journal_entry alter column reads set data type varchar;
alter table journal_entry alter column created set data type varchar;
