-- Need-to-know: the kernel's case access register (V1.12) is kept from the log by CaseAccessProjection; the
-- allocations recorded before it existed are replayed into it.
INSERT INTO projections_pending_rebuild (name) VALUES ('case-access') ON CONFLICT (name) DO NOTHING;
