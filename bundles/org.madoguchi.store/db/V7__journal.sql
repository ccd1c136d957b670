-- The journal: every use case that changes data, as data, in the transaction of the change, so
-- that a register's changes can travel to another register and be applied there by the same use
-- case. An entry is known everywhere by its office and its sequence number, gapless per office:
-- the next number is the office's highest plus one, and two transactions that take the same
-- number collide on the primary key and the later one runs again.
create table journal_entry (
  office_code varchar(16) not null,
  seq bigint not null,
  operator_id varchar(64) not null,
  recorded_at timestamp not null,
  use_case varchar(40) not null,
  input varchar not null,
  reads varchar(4000) not null,
  primary key (office_code, seq)
);
-- The branch offices a central register takes change files from, each with the public half of
-- the Ed25519 key it signs them with (X.509 SubjectPublicKeyInfo, Base64).
create table branch_office (
  code varchar(16) primary key,
  name varchar(100) not null,
  public_key varchar(200) not null unique,
  added_at timestamp not null
);
