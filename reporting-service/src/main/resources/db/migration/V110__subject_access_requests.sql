-- Subject access requests (SubjectAccessRequestsProjection): where each stands, for the progress list and the auditor's
-- list of overdue ones. The parts themselves are in each request's stream.
CREATE TABLE subject_access_requests (
    request_id    UUID PRIMARY KEY,
    crn           TEXT NOT NULL,
    requester     TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    assemble_by   TIMESTAMPTZ NOT NULL,
    respond_by    DATE NOT NULL,
    status        TEXT NOT NULL,
    finished_at   TIMESTAMPTZ
);
CREATE INDEX subject_access_requests_open ON subject_access_requests (assemble_by) WHERE status <> 'COMPLETE';
CREATE INDEX subject_access_requests_by_crn ON subject_access_requests (crn);
