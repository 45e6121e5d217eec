package org.desist.cases.contact;

/** How a contact with the person took place; phone and video are the remote contacts of 004_65e84e6534087b6f.txt. */
public enum ContactType {
    OFFICE_VISIT,
    HOME_VISIT,
    PHONE,
    VIDEO,
    OTHER
}
