-- Each branch office hands out the ids of its new records from a block of its own (block n: from
-- n * 10^12; central keeps block 0), so that an id means the same record in every register of
-- the city. An office registered before blocks existed has none, and central takes no files of it.
alter table branch_office add column id_block bigint;
alter table branch_office add constraint branch_office_id_block unique (id_block);
