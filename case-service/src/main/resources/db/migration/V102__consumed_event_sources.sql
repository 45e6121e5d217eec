-- Consumed events are now recorded by (source, id): the events recorded before came from these sources.
UPDATE consumed_events SET source = '/desist/risk-service' WHERE consumer = 'case-service:risk' AND source = '';
UPDATE consumed_events SET source = '/desist/conduct-service' WHERE consumer = 'case-service:conduct' AND source = '';
