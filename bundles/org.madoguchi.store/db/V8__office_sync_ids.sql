-- Each branch office hands out the ids of its new records from a block of its own (block n: from
-- n * 10^12; central keeps block 0), so that an id means the same record in every register of
-- the city. An office registered before blocks existed has none, and central takes no files of it.
alter table branch_office add column id_block bigint;
alter table branch_office add constraint branch_office_id_block unique (id_block);
-- The records a journaled use case created, by the same keys as its reads (["resident/1000000000000",
-- "card/1000000000001"]), so that the register applying the entry creates them under the same ids.
alter table journal_entry add column created varchar(4000) default '[]' not null;
