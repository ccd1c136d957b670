-- Central's order of applying: each entry the central register journals (its counter's, and the
-- branch offices' as it applies them, a decided conflict when it is decided) takes the next
-- number, which replies carry to the offices so that they apply the city's changes in the order
-- central did. Unique, so two transactions taking the same number collide and the later one runs
-- again after the first committed: a number is never committed after a higher one. An office's own
-- entries have none. Entries journaled before this version have none either: every register made
-- from a backup since holds them already.
alter table journal_entry add column central_order bigint;
create unique index journal_entry_central_order on journal_entry (central_order);
