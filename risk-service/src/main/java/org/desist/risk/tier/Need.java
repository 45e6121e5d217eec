package org.desist.risk.tier;

/** The assessed needs and their weight in the change level (shared/facts/TIER.md, "Change level"). */
public enum Need {
    ACCOMMODATION(1),
    EDUCATION_TRAINING_EMPLOYMENT(1),
    RELATIONSHIPS(1),
    LIFESTYLE(1),
    DRUGS(1),
    ALCOHOL(1),
    THINKING_AND_BEHAVIOUR(2),
    ATTITUDES(2),
    FINANCE(0),
    EMOTIONAL_WELLBEING(0);

    private final int weight;

    Need(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public enum Severity {
        STANDARD(1),
        SEVERE(2);

        private final int factor;

        Severity(int factor) {
            this.factor = factor;
        }

        public int factor() {
            return factor;
        }
    }
}
