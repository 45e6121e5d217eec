-- Whether the current sentence gives a mandate for change work (shared/facts/TIER.md, "Change level").
ALTER TABLE risk_profiles ADD COLUMN mandate_for_change BOOLEAN;
