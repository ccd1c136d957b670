-- The auditor filters the trail by operator (workbench audit view).
create index audit_operator on audit_entry(operator_id, at);
