package vn.tincay.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tincay.followup.ReferralContact;
import vn.tincay.followup.ReferralService;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.followup.ServiceReferralRow;
import vn.tincay.followup.ServiceReferralView;
import vn.tincay.security.Role;

/**
 * Referrals as the receiving support service works on them, through {@link ReferralService}: only
 * those sent to its own organisation, with the minimum about the case. The referring side closes
 * its referrals here too; it sends and lists them per case ({@link CaseReferralResource}).
 */
@Path("referrals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals of cases to service organisations, and the services' answers")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "404", description = "No such case or referral, or outside the caller's scope", content = @Content(schema = @Schema(ref = "ApiError")))
public class ReferralResource {

    @EJB
    private ReferralService referrals;

    // ---- The receiving service

    @GET
    @Operation(summary = "A page of the referrals sent to the caller's organisation (support services)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only referrals in this status",
            schema = @Schema(ref = "ReferralStatus"))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "25"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "referredAt (default), status or caseCode",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ascending", in = ParameterIn.QUERY, description = "Sort ascending (default: descending)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(ref = "ServiceReferralPage")))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read", content = @Content(schema = @Schema(ref = "ApiError")))
    public ApiPage<ServiceReferralRow> received(@QueryParam("status") String status,
                                                @QueryParam("page") @DefaultValue("0") String page,
                                                @QueryParam("size") @DefaultValue("25") String size,
                                                @QueryParam("sort") String sort,
                                                @QueryParam("ascending") String ascending) {
        ReferralStatus wanted = QueryParameters.parse("status", status, ReferralStatus::valueOf);
        int pageNumber = QueryParameters.range("page", page, 0, 0, IncidentQuery.MAX_PAGE);
        int pageSize = QueryParameters.range("size", size, IncidentQuery.DEFAULT_SIZE, 1, IncidentQuery.MAX_SIZE);
        List<ServiceReferralRow> rows = referrals.received(wanted, pageNumber * pageSize, pageSize,
                QueryParameters.blankToNull(sort), QueryParameters.flag("ascending", ascending));
        return new ApiPage<>(rows, referrals.countReceived(wanted), pageNumber, pageSize);
    }

    @GET
    @Path("{referralId}")
    @Operation(summary = "One referral sent to the caller's organisation, with the minimum about the case (audited)")
    @APIResponse(responseCode = "200", description = "The referral", content = @Content(schema = @Schema(ref = "ServiceReferralView")))
    public ServiceReferralView view(@PathParam("referralId") long referralId) {
        return referrals.view(referralId);
    }

    @GET
    @Path("{referralId}/contact")
    @Operation(summary = "Contact details of the survivor and guardian (audited)",
            description = "Only when the survivor agreed to share them with services; otherwise 422.")
    @APIResponse(responseCode = "200", description = "The contact details", content = @Content(schema = @Schema(ref = "ReferralContact")))
    @APIResponse(responseCode = "422", description = "No consent to share contact details", content = @Content(schema = @Schema(ref = "ApiError")))
    public ReferralContact contact(@PathParam("referralId") long referralId) {
        return referrals.contactDetails(referralId);
    }

    @POST
    @Path("{referralId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a referral sent to the caller's organisation (note optional)")
    @APIResponse(responseCode = "200", description = "The referral as it now stands", content = @Content(schema = @Schema(ref = "ServiceReferralView")))
    @APIResponse(responseCode = "409", description = "The referral changed since that version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "Not allowed in its status", content = @Content(schema = @Schema(ref = "ApiError")))
    public ServiceReferralView accept(@PathParam("referralId") long referralId, @Valid @NotNull VersionedNote body) {
        return referrals.accept(referralId, body.getVersion(), body.getNote());
    }

    @POST
    @Path("{referralId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline a referral sent to the caller's organisation (the note is the reason, required)")
    @APIResponse(responseCode = "200", description = "The referral as it now stands", content = @Content(schema = @Schema(ref = "ServiceReferralView")))
    @APIResponse(responseCode = "409", description = "The referral changed since that version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "No reason, or not allowed in its status", content = @Content(schema = @Schema(ref = "ApiError")))
    public ServiceReferralView decline(@PathParam("referralId") long referralId, @Valid @NotNull VersionedNote body) {
        return referrals.decline(referralId, body.getVersion(), body.getNote());
    }

    @POST
    @Path("{referralId}/service-provided")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the service provided on an accepted referral (the note says what, required)")
    @APIResponse(responseCode = "200", description = "The referral as it now stands", content = @Content(schema = @Schema(ref = "ServiceReferralView")))
    @APIResponse(responseCode = "409", description = "The referral changed since that version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "No service described, or not allowed in its status", content = @Content(schema = @Schema(ref = "ApiError")))
    public ServiceReferralView serviceProvided(@PathParam("referralId") long referralId,
                                               @Valid @NotNull VersionedNote body) {
        return referrals.recordServiceProvided(referralId, body.getVersion(), body.getNote());
    }

    @POST
    @Path("{referralId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a referral once the service has answered",
            description = "By the receiving service (answers the referral as it now stands) or by the referring "
                    + "side for a case in its scope (answers 204).")
    @APIResponse(responseCode = "200", description = "Closed by the service", content = @Content(schema = @Schema(ref = "ServiceReferralView")))
    @APIResponse(responseCode = "204", description = "Closed by the referring side")
    @APIResponse(responseCode = "409", description = "The referral changed since that version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "Not allowed in its status", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response close(@PathParam("referralId") long referralId, @Valid @NotNull VersionedNote body,
                          @Context SecurityContext security) {
        if (security.isUserInRole(Role.SUPPORT_SERVICE_NAME)) {
            return Response.ok(referrals.closeReceived(referralId, body.getVersion())).build();
        }
        referrals.close(referralId, body.getVersion());
        return Response.noContent().build();
    }
}
