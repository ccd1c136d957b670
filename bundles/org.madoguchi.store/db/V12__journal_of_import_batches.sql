-- An import batch is one journal entry: the versions of the up to a thousand residents it read and
-- the records it created do not fit 4,000 characters, so neither is bounded.
alter table journal_entry alter column reads set data type varchar;
alter table journal_entry alter column created set data type varchar;
