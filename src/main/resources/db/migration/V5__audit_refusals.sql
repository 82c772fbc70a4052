-- Every refusal is audited with the status it got and why (the problem type), never the body:
-- 401, 403, and every other 4xx but 404 (validation, personal data, conflicts, limits of the HTTP
-- layer). Request paths of the longest operations (an incident's final report) need more than 64
-- characters.
alter table audit_event add column status smallint;
alter table audit_event add column reason varchar(64);
alter table audit_event alter column target_id type varchar(200);
