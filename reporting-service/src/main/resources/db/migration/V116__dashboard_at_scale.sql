-- The dashboard at 100,000 people (bench/dashboard): contacts and actions carry the team responsible when they
-- happened, so that a panel reads one covering index rather than joining everyone; the first proven reoffence since
-- supervision began is kept on the person, so outcomes read one row a person.
ALTER TABLE dashboard_contacts ADD COLUMN team TEXT;
ALTER TABLE dashboard_actions ADD COLUMN team TEXT;
UPDATE dashboard_contacts c SET team = p.team FROM dashboard_people p WHERE p.crn = c.crn;
UPDATE dashboard_actions a SET team = p.team FROM dashboard_people p WHERE p.crn = a.crn;
DROP INDEX dashboard_contacts_by_date;
CREATE INDEX dashboard_contacts_by_date ON dashboard_contacts (occurred_on) INCLUDE (team, outcome, crn);
CREATE INDEX dashboard_contacts_by_team ON dashboard_contacts (team, occurred_on) INCLUDE (outcome, crn);
DROP INDEX dashboard_actions_by_kind;
CREATE INDEX dashboard_actions_by_kind ON dashboard_actions (kind, on_date) INCLUDE (team, crn);
CREATE INDEX dashboard_actions_by_person ON dashboard_actions (crn, kind, on_date);

ALTER TABLE dashboard_people ADD COLUMN reoffended_on DATE;
UPDATE dashboard_people p SET reoffended_on = (SELECT min(a.on_date) FROM dashboard_actions a WHERE a.crn = p.crn
    AND a.kind = 'CONVICTION' AND a.on_date >= p.supervision_start) WHERE p.supervision_start IS NOT NULL;
