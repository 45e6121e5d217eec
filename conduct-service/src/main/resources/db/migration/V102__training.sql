-- Required training per role and staff completions (TrainingProjection), for the overdue list (000 6.1, 6.2).
CREATE TABLE training_requirements (
    course           TEXT PRIMARY KEY,
    roles            TEXT NOT NULL,
    validity_months  INT NOT NULL
);

CREATE TABLE training_completions (
    staff_id      TEXT NOT NULL,
    course        TEXT NOT NULL,
    completed_on  DATE NOT NULL,
    PRIMARY KEY (staff_id, course, completed_on)
);
