-- An audit entry's detail as the message it was written from: its key and arguments (JSON), so
-- that the audit view reads it in the reader's language. The detail itself stays the English text
-- the hash chain covers; a message that no longer renders to it is not shown.
alter table audit_entry add column detail_message varchar(4000);
