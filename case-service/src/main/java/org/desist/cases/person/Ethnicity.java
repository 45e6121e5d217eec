package org.desist.cases.person;

/** The Office for National Statistics 2021 ethnic groups (England and Wales), by the codes probation records use. */
public enum Ethnicity {
    A1("Asian or Asian British: Indian"),
    A2("Asian or Asian British: Pakistani"),
    A3("Asian or Asian British: Bangladeshi"),
    A4("Asian or Asian British: Chinese"),
    A9("Asian or Asian British: any other Asian background"),
    B1("Black, Black British, Caribbean or African: Caribbean"),
    B2("Black, Black British, Caribbean or African: African"),
    B9("Black, Black British, Caribbean or African: any other Black background"),
    M1("Mixed or multiple ethnic groups: White and Black Caribbean"),
    M2("Mixed or multiple ethnic groups: White and Black African"),
    M3("Mixed or multiple ethnic groups: White and Asian"),
    M9("Mixed or multiple ethnic groups: any other Mixed or multiple background"),
    W1("White: English, Welsh, Scottish, Northern Irish or British"),
    W2("White: Irish"),
    W3("White: Gypsy or Irish Traveller"),
    W4("White: Roma"),
    W9("White: any other White background"),
    O2("Other ethnic group: Arab"),
    O9("Other ethnic group: any other ethnic group"),
    NS("Not stated");

    private final String description;

    Ethnicity(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
