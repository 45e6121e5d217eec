package org.desist.eventstore.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.WholeNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every service answers for the integrity of its own log, to auditors: the hash chain walked ({@code verify}), and the
 * log's Merkle tree — signed checkpoints and the RFC 9162 proofs that let anyone check, without trusting this service,
 * that an event is in the log and that the log was only ever appended to.
 */
@Path("/admin/audit")
@Tag(name = "Audit")
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The answer of {@code GET /admin/audit/verify}; {@code firstInvalidPosition} is null when the log is intact. */
    public record VerifyResponse(boolean valid, long checked,
            @JsonInclude(JsonInclude.Include.ALWAYS) Long firstInvalidPosition,
            @JsonInclude(JsonInclude.Include.NON_NULL) String problem) {
    }

    /**
     * A background full walk as {@code GET /admin/audit/verify/full} reports it: {@code state} is running, finished,
     * failed or none; once finished, {@code valid}, {@code checked}, {@code firstInvalidPosition} and {@code problem}
     * are as {@link VerifyResponse} has them.
     */
    public record FullVerifyStatus(String state, long checked, Optional<Long> total, Optional<String> startedBy,
            Optional<Instant> startedAt, Optional<Instant> finishedAt, Optional<Boolean> valid,
            @JsonInclude(JsonInclude.Include.ALWAYS) Long firstInvalidPosition, Optional<String> problem) {

        static final FullVerifyStatus NONE = new FullVerifyStatus("none", 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), null, Optional.empty());

        static FullVerifyStatus of(FullVerifications.Walk walk) {
            return new FullVerifyStatus(walk.state().name().toLowerCase(), walk.checked(), walk.total(),
                    Optional.of(walk.startedBy()), Optional.of(walk.startedAt()), walk.finishedAt(),
                    walk.result().map(Verification::valid),
                    walk.result().flatMap(Verification::firstInvalidPosition).orElse(null),
                    walk.result().flatMap(Verification::problem).or(walk::failure));
        }
    }

    public record InclusionProof(long leafIndex, long treeSize, String leafHash, List<String> auditPath) {
    }

    public record ConsistencyProof(long from, long to, List<String> proof) {
    }

    public record PublicKey(String keyId, String algorithm, String publicKey) {
    }

    private static final String FULL_VERIFY = "/admin/audit/verify/full";

    private final AuditVerifier verifier;
    private final FullVerifications fullVerifications;
    private final AuditTree tree;
    private final Checkpoints checkpoints;
    private final CurrentActor actor;

    AuditResource(AuditVerifier verifier, FullVerifications fullVerifications, AuditTree tree, Checkpoints checkpoints,
            CurrentActor actor) {
        this.verifier = verifier;
        this.fullVerifications = fullVerifications;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.actor = actor;
    }

    @GET
    @Path("/verify")
    @RolesAllowed("auditor")
    @Operation(summary = "Check the event log's hash chain",
            description = "Checks the events recorded since the last check that found the log intact, and every stream's "
                    + "head; full=true walks the whole log while the request waits (POST /admin/audit/verify/full "
                    + "walks it in the background). Reports the first changed, removed or reordered event by its "
                    + "position.")
    public VerifyResponse verify(@QueryParam("full") boolean full) {
        Verification result = full ? verifier.verifyAll() : verifier.verify();
        return new VerifyResponse(result.valid(), result.checked(), result.firstInvalidPosition().orElse(null),
                result.problem().orElse(null));
    }

    @POST
    @Path("/verify/full")
    @RolesAllowed("auditor")
    @APIResponse(responseCode = "202", description = "Started; follow it at the Location")
    @APIResponse(responseCode = "409", description = "A full verify is running already (rule full-verify-running)")
    @Operation(summary = "Start a full walk of the log's hash chain in the background",
            description = "One at a time; GET /admin/audit/verify/full reports its progress and, once finished, its "
                    + "result.")
    public Response startFullVerify() {
        FullVerifyStatus started = FullVerifyStatus.of(fullVerifications.start(actor.actor().subject()));
        return Response.accepted(started).location(URI.create(FULL_VERIFY)).build();
    }

    @GET
    @Path("/verify/full")
    @RolesAllowed("auditor")
    @Operation(summary = "The latest full walk of the log: running (events checked of the total), finished (with its "
            + "result), failed, or none")
    public FullVerifyStatus fullVerify() {
        return fullVerifications.latest().map(FullVerifyStatus::of).orElse(FullVerifyStatus.NONE);
    }

    @GET
    @Path("/checkpoint")
    @RolesAllowed("auditor")
    @Operation(summary = "The latest signed checkpoint of the log's Merkle tree",
            description = "Tree size, root hash (hex), time and Ed25519 signature (base64) over "
                    + "treeSize + \"\\n\" + rootHash + \"\\n\" + issuedAt; signed now if the log has grown since the last.")
    public Checkpoints.Checkpoint checkpoint() {
        return checkpoints.current();
    }

    @GET
    @Path("/proof/inclusion")
    @RolesAllowed("auditor")
    @Operation(summary = "An RFC 9162 inclusion proof of one event in a tree of the given size",
            description = "Name the event by its log position (position=) or its 0-based leaf index (leafIndex=); "
                    + "treeSize defaults to the latest checkpoint's.")
    public InclusionProof inclusion(@QueryParam("position") String positionParameter,
            @QueryParam("leafIndex") String leafIndexParameter, @QueryParam("treeSize") String treeSizeParameter) {
        Long position = WholeNumber.parse("position", positionParameter).orElse(null);
        Long leafIndex = WholeNumber.parse("leafIndex", leafIndexParameter).orElse(null);
        long size = WholeNumber.parse("treeSize", treeSizeParameter).orElseGet(() -> checkpoints.current().treeSize());
        long available = tree.catchUp();
        if (size < 1 || size > available) {
            throw new InvalidField("treeSize", "between 1 and " + available,
                    "treeSize " + size + " is not a tree this log has had: its tree has " + available + " leaves", null);
        }
        long index;
        if (leafIndex != null) {
            index = leafIndex;
        } else if (position != null) {
            index = tree.leafIndexOf(position).orElseThrow(() -> new NotFound("no event at position " + position
                    + " is in this log's tree: check the position (GET .../history shows events with theirs)"));
        } else {
            throw new InvalidField("position", "position or leafIndex", "name the event: position= or leafIndex=", null);
        }
        if (index < 0 || index >= size) {
            throw new InvalidField(leafIndex != null ? "leafIndex" : "position", "in the tree of treeSize leaves",
                    "leaf " + index + " is not in a tree of " + size + " leaves: ask for a larger treeSize", null);
        }
        MerkleTree.Subtrees subtrees = tree.subtrees();
        return new InclusionProof(index, size, hex(subtrees.hash(index, 1)),
                MerkleTree.inclusionProof(subtrees, index, size).stream().map(AuditResource::hex).toList());
    }

    @GET
    @Path("/proof/consistency")
    @RolesAllowed("auditor")
    @Operation(summary = "An RFC 9162 consistency proof that the tree of size from is a prefix of the tree of size to")
    public ConsistencyProof consistency(@QueryParam("from") String fromParameter, @QueryParam("to") String toParameter) {
        Long from = WholeNumber.parse("from", fromParameter).orElse(null);
        Long to = WholeNumber.parse("to", toParameter).orElse(null);
        long available = tree.catchUp();
        if (from == null || from < 1) {
            throw new InvalidField("from", "at least 1", "from must name a tree size of at least 1", null);
        }
        if (to == null || to < from || to > available) {
            throw new InvalidField("to", "between from and " + available,
                    "to must be a tree size between from (" + from + ") and this log's " + available, null);
        }
        return new ConsistencyProof(from, to,
                MerkleTree.consistencyProof(tree.subtrees(), from, to).stream().map(AuditResource::hex).toList());
    }

    @GET
    @Path("/public-key")
    @PermitAll
    @Operation(summary = "The Ed25519 public key that checks this service's checkpoints (raw 32 bytes, base64)")
    public PublicKey publicKey() {
        return new PublicKey(checkpoints.keyId(), "Ed25519", Base64.getEncoder().encodeToString(checkpoints.publicKey()));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
