-- A partner agency records its own contacts on a case shared with it (000 4.2): the officer sees which agency.
ALTER TABLE contacts ADD COLUMN recorded_by_agency TEXT;
