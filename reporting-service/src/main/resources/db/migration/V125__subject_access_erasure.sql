-- When a subject access request's gathered data was erased (its data key destroyed): the lists show it, and the
-- service looks for requests kept past their time among those not yet erased.
ALTER TABLE subject_access_requests ADD COLUMN erased_at TIMESTAMPTZ;
CREATE INDEX subject_access_requests_to_erase ON subject_access_requests (finished_at) WHERE erased_at IS NULL;
