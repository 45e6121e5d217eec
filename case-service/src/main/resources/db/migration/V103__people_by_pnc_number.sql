-- A PNC number identifies one person: registration looks it up to refuse a second record for them.
CREATE INDEX people_by_pnc_number ON people (upper(pnc_number)) WHERE pnc_number IS NOT NULL;
