package org.desist.eventstore.relay;

/**
 * Kafka header names of CloudEvents in binary mode (CloudEvents Kafka protocol binding), with Desist's extension
 * attributes: the stream version, the hash chain and the accountability that travels with every event.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String DATA_SCHEMA_VERSION = "ce_dataschemaversion";
    public static final String STREAM_TYPE = "ce_streamtype";
    public static final String STREAM_VERSION = "ce_streamversion";
    public static final String POSITION = "ce_position";
    public static final String HASH = "ce_hash";
    public static final String PREVIOUS_HASH = "ce_previoushash";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String ACTOR_SUBJECT = "ce_actorsubject";
    public static final String ACTOR_ROLE = "ce_actorrole";
    public static final String RECORDED_AT = "ce_recordedat";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }
}
