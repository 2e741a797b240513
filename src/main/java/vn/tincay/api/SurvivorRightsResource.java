package vn.tincay.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tincay.privacy.DataCopyService;
import vn.tincay.privacy.RetentionService;
import vn.tincay.privacy.RightsHistory;
import vn.tincay.privacy.SurvivorRightsService;

/**
 * The survivor's rights on one case (withdraw consent, correct identity, copy of the data) and its
 * retention hold, through the same services as the pages; each call is audited.
 */
@Path("incidents/{id}/rights")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survivor's rights", description = "Consent withdrawal, identity corrections, data copy, retention holds")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope", content = @Content(schema = @Schema(ref = "ApiError")))
public class SurvivorRightsResource {

    @EJB
    private SurvivorRightsService rights;

    @EJB
    private DataCopyService copies;

    @EJB
    private RetentionService retention;

    @GET
    @Operation(summary = "The consents as they stand, withdrawals and corrections (without values)")
    public RightsHistory history(@PathParam("id") long id) {
        return rights.history(id);
    }

    @POST
    @Path("consent-withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a consent at the survivor's or guardian's request; takes effect at once",
            description = "Withdrawing consent to referral withdraws every open referral and tells its service.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "422", description = "That consent was not given", content = @Content(schema = @Schema(ref = "ApiError")))
    public RightsRequests.WithdrawalResult withdraw(@PathParam("id") long id,
                                                    @Valid @NotNull RightsRequests.ConsentWithdrawalRequest body) {
        return new RightsRequests.WithdrawalResult(rights.withdrawConsent(id, body.kind(), body.requestedBy()));
    }

    @POST
    @Path("identity-corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an identity field; the old value is kept in the history")
    @APIResponse(responseCode = "204", description = "Corrected")
    @APIResponse(responseCode = "422", description = "The value is not valid for the field", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response correct(@PathParam("id") long id, @Valid @NotNull RightsRequests.IdentityCorrectionRequest body) {
        rights.correctIdentity(id, body.field(), body.value(), body.requestedBy());
        return Response.noContent().build();
    }

    @POST
    @Path("data-copy")
    @Produces("application/pdf")
    @Operation(summary = "A PDF copy of what the system holds about the survivor (district coordinator)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response dataCopy(@PathParam("id") long id) {
        return Response.ok(copies.issue(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ban-sao-du-lieu-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("retention-hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a closed case beyond its retention period, with a reason (district coordinator)")
    @APIResponse(responseCode = "204", description = "Kept")
    public Response hold(@PathParam("id") long id, @Valid @NotNull RightsRequests.RetentionHoldRequest body) {
        retention.hold(id, body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("retention-release")
    @Operation(summary = "Stop keeping a case beyond its retention period (district coordinator)")
    @APIResponse(responseCode = "204", description = "Released")
    public Response release(@PathParam("id") long id) {
        retention.release(id);
        return Response.noContent().build();
    }
}
