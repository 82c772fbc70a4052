package cn.healthsec.reporting.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.OffsetDateTime;

/**
 * The body of every push: a CloudEvents 1.0 event in structured JSON mode
 * ({@code application/cloudevents+json}). {@code id} is also the {@code webhook-id}: the same for
 * every attempt and replay of one event, so a receiver drops what it has seen. {@code cursor} (an
 * extension attribute) is the event's place in its stream: for an authority, the inbox cursor of the
 * entry, which {@code listInbox?after=} and a subscription's replay both take.
 */
@JsonPropertyOrder({"specversion", "id", "source", "type", "subject", "time", "datacontenttype", "cursor", "data"})
public record CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
                         String datacontenttype, String cursor, @JsonRawValue String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
}
