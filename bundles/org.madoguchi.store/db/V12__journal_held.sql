-- An entry of central's that a branch office could not apply yet, because the office's own
-- entries central has still to decide hold the same records or numbers (the office and central
-- both registered one Individual Number, say): kept in the journal, so that a reply carrying it
-- again skips it, and marked held, so that the office applies it once central's decision is taken.
alter table journal_entry add column held boolean default false not null;
