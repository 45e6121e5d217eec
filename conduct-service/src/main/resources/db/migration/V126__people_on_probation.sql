-- People on case-service's register, learnt from its events (PeopleOnProbationConsumer), so that a gift's donor is
-- recognised as a person on probation (002 7.4). Only a keyed hash of name and date of birth is kept beside the CRN:
-- enough to recognise a donor, nothing to read a name back from.
CREATE TABLE people_on_probation (
    crn        TEXT PRIMARY KEY,
    donor_key  TEXT NOT NULL
);
CREATE INDEX people_on_probation_by_donor_key ON people_on_probation (donor_key);
