-- Issue 16: each submit, publish and schedule records the proofreading findings of the working copy
-- at that moment (a JSON array of {category, severity, field, line, offset, text, suggestion,
-- context}; also each import step) and the reason given to let blocking findings pass. NULL for
-- steps that are not checked.
ALTER TABLE workflow_event
  ADD COLUMN findings LONGTEXT NULL,
  ADD COLUMN override_reason TEXT NULL;
