package org.desist.eventstore.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.desist.eventstore.Actor;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.access.AccessLog;
import org.desist.eventstore.access.Reader;

/**
 * Third parties in a subject access answer (UK GDPR art. 15(4): the right of access must not adversely affect the
 * rights of others): staff appear by role and team unless policy names them ({@code
 * desist.eventstore.subject-access.staff-names}); fields naming other people are withheld; other people's names in
 * free text are replaced, and staff's too unless policy names staff (see {@link ThirdParties}).
 */
@ApplicationScoped
public class Redaction {

    public static final String WITHHELD = "[withheld: third party]";
    public static final String THIRD_PARTY = "[third party]";
    public static final String STAFF_MEMBER = "[member of staff]";
    /** Payload fields that name a member of staff, whatever the service. */
    public static final Set<String> STAFF_FIELDS = Set.of("staffId", "previousStaffId", "assessedBy", "decidedBy",
            "reviewedBy", "recordedBy", "registeredBy", "approvedBy", "countersignedBy", "author", "lineManager",
            "excluded", "restrictedTo", "requestedBy");

    private final boolean staffNames;

    @Inject
    Redaction(EventStoreConfig config) {
        this(config.subjectAccess().staffNames());
    }

    public Redaction(boolean staffNames) {
        this.staffNames = staffNames;
    }

    /** What every answer says of staff, as policy shows them. */
    public String staffShown() {
        return staffNames ? "Staff are shown by user name, role and team, as this service's policy directs."
                : "Staff are shown by role and team, not by name; fields naming a member of staff read " + WITHHELD + ".";
    }

    /** An event as a held record: its payload with staff fields withheld (unless policy names staff). */
    public HeldRecord record(StoredEvent event) {
        return record(event, event.payload());
    }

    /** An event as a held record with details the service has already narrowed or redacted. */
    public HeldRecord record(StoredEvent event, JsonNode details) {
        return new HeldRecord(event.type(), event.occurredAt(), event.recordedAt(), staff(event.actor()),
                staffNames ? details : withhold(details, STAFF_FIELDS));
    }

    /** Who did it, as the person is shown it: role and team or agency; the name too only where policy says so. */
    public String staff(Actor actor) {
        return who(actor.subject(), actor.role(), actor.team(), actor.agency());
    }

    String reader(AccessLog.Entry entry) {
        return who(entry.subject(), entry.role(), entry.team(), entry.agency());
    }

    private String who(String subject, String role, Optional<String> team, Optional<String> agency) {
        if (Reader.PERSON_ON_PROBATION.equals(role)) {
            return "you";
        }
        if ("system".equals(role)) {
            return "the service itself (" + subject + ")";
        }
        String placed = role + team.map(t -> ", team " + t).orElse("") + agency.map(a -> ", agency " + a).orElse("");
        return staffNames ? subject + " (" + placed + ")" : placed;
    }

    /** A copy with every field of these names, at any depth, replaced by {@link #WITHHELD}. */
    public static JsonNode withhold(JsonNode node, Set<String> fields) {
        return map(node, (name, value) -> fields.contains(name) ? TextNode.valueOf(WITHHELD) : null, UnaryOperator.identity());
    }

    /** A copy without the fields of these names, at any depth: what the person is not told exists. */
    public static JsonNode leaveOut(JsonNode node, Set<String> fields) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            object.properties().forEach(e -> {
                if (!fields.contains(e.getKey())) {
                    copy.set(e.getKey(), leaveOut(e.getValue(), fields));
                }
            });
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(leaveOut(item, fields)));
            return copy;
        }
        return node;
    }

    /** A copy with each of these names replaced by {@link #THIRD_PARTY} wherever it appears in text. */
    public static JsonNode names(JsonNode node, Collection<String> names) {
        NameMatcher matcher = NameMatcher.of(names);
        return matcher.isEmpty() ? node : map(node, (name, value) -> null, text -> matcher.replace(text, THIRD_PARTY));
    }

    /** The text with each of these names (whole words, any case) replaced by {@link #THIRD_PARTY}. */
    public static String names(String text, Collection<String> names) {
        return NameMatcher.of(names).replace(text, THIRD_PARTY);
    }

    /**
     * What redacts the names of these third parties in a record's details, at any depth: other people's as
     * {@link #THIRD_PARTY}, staff's as {@link #STAFF_MEMBER} unless policy names staff; the person's own names stay.
     */
    public UnaryOperator<JsonNode> thirdParties(ThirdParties parties) {
        Set<String> own = parties.own().stream().map(NameMatcher::folded).collect(Collectors.toSet());
        NameMatcher people = NameMatcher.of(parties.people().stream().filter(n -> !own.contains(NameMatcher.folded(n)))
                .toList());
        NameMatcher staff = NameMatcher.of(staffNames ? List.of() : parties.staff().stream()
                .filter(n -> !own.contains(NameMatcher.folded(n))).toList());
        if (people.isEmpty() && staff.isEmpty()) {
            return UnaryOperator.identity();
        }
        return details -> map(details, (name, value) -> null,
                text -> staff.replace(people.replace(text, THIRD_PARTY), STAFF_MEMBER));
    }

    /** What every answer says of third parties named in its text. */
    public String thirdPartiesShown() {
        return "Other people named in your records (other people on probation, victims) are shown as " + THIRD_PARTY
                + (staffNames ? "." : "; members of staff named in free text as " + STAFF_MEMBER + ".");
    }

    /** Copies the tree: {@code field} may replace a named field's value (null keeps it), {@code text} maps every text. */
    private static JsonNode map(JsonNode node, java.util.function.BiFunction<String, JsonNode, JsonNode> field,
            UnaryOperator<String> text) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            object.properties().forEach(e -> {
                JsonNode replaced = field.apply(e.getKey(), e.getValue());
                copy.set(e.getKey(), replaced != null ? replaced : map(e.getValue(), field, text));
            });
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(map(item, field, text)));
            return copy;
        }
        if (node != null && node.isTextual()) {
            return TextNode.valueOf(text.apply(node.textValue()));
        }
        return node;
    }
}
