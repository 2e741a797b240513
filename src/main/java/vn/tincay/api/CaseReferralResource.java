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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tincay.followup.CaseReferralRow;
import vn.tincay.followup.OrganisationOption;
import vn.tincay.followup.ReferralDraft;
import vn.tincay.followup.ReferralService;

/** A case's referrals, as the referring side (school focal point, district coordinator) sends and follows them. */
@Path("incidents/{id}/referrals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope", content = @Content(schema = @Schema(ref = "ApiError")))
public class CaseReferralResource {

    @EJB
    private ReferralService referrals;

    @GET
    @Operation(summary = "The case's referrals, newest first")
    @APIResponse(responseCode = "200", description = "The referrals")
    public List<CaseReferralRow> ofCase(@PathParam("id") long incidentId) {
        return referrals.ofCase(incidentId);
    }

    @GET
    @Path("receivers")
    @Operation(summary = "The service organisations the case can be referred to")
    @APIResponse(responseCode = "200", description = "Active organisations of the case's district")
    public List<OrganisationOption> receivers(@PathParam("id") long incidentId) {
        return referrals.receivers(incidentId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer the case to a service organisation",
            description = "Needs the survivor's recorded consent to referral (basis CONSENT), or else a legal basis "
                    + "(CHILD_PROTECTION_DUTY, IMMEDIATE_DANGER) with a written reason, which is audited.")
    @APIResponse(responseCode = "201", description = "Sent; Location names the referral", content = @Content(schema = @Schema(ref = "CreatedId")))
    @APIResponse(responseCode = "422", description = "No consent and no legal basis, or another rule refused it", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response send(@PathParam("id") long incidentId, @Valid @NotNull ReferralDraft draft,
                         @Context UriInfo uriInfo) {
        long id = referrals.send(incidentId, draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("referrals").path(Long.toString(id)).build())
                .entity(new CreatedId(id)).build();
    }
}
