-- A rejected row is kept as it was read, however long: a 9,000-character name is a reason to
-- reject its row, not to fail the import. Its reasons are not bounded either.
alter table import_reject alter column original set data type varchar;
alter table import_reject alter column reason_ja set data type varchar;
alter table import_reject alter column reason_en set data type varchar;
