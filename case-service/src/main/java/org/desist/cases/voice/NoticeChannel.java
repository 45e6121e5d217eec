package org.desist.cases.voice;

/** How the person was told: by their officer in person, or by acknowledging the notice themselves. */
public enum NoticeChannel {
    IN_PERSON, ACKNOWLEDGED_ONLINE
}
