-- Consumed events are now recorded by (source, id): the events recorded before came from case-service.
UPDATE consumed_events SET source = '/desist/case-service' WHERE consumer = 'risk-service:case-facts' AND source = '';
