package org.desist.cases.access;

/** Why sharing is lawful: the person's recorded consent, or without it public protection (000 4.2), on a senior's rationale. */
public enum SharingBasis {
    CONSENT, PUBLIC_PROTECTION
}
