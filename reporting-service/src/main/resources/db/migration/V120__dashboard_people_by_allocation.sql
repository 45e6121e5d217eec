-- The cases held on a day (DashboardQueries.HELD_ON): only a case reallocated after that day is looked up among its
-- allocations, found by this index instead of a second scan of everyone (bench/dashboard).
CREATE INDEX dashboard_people_by_allocation ON dashboard_people (allocated_on);
