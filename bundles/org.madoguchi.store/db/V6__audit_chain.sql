-- The audit trail as a hash chain: each entry holds the SHA-256 of its content and of the entry
-- before it (org.madoguchi.store.internal.AuditChain says exactly what is hashed), and
-- audit_head the newest entry, so that removing the newest entries shows too. Appends take the
-- head's row lock: the chain has one order whichever process appends. The entries already there
-- are chained by the migration, in id order.
alter table audit_entry add column previous_hash char(64);
alter table audit_entry add column entry_hash char(64);
create table audit_head (
  id int primary key,
  entry_id bigint,
  entry_hash char(64),
  constraint audit_head_one_row check (id = 1)
);
insert into audit_head (id, entry_id, entry_hash) values (1, null, null);
-- Failed logins in a row per operator ID, known or not (a guessed ID is locked like a real one),
-- and until when the ID is locked.
create table login_failure (
  operator_id varchar(64) primary key,
  failures int not null,
  locked_until timestamp
);
-- A disabled operator cannot log in, and stays listed: the audit trail names them.
alter table operator add column active boolean default true not null;
