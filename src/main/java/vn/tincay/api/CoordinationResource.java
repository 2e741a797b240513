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
import vn.tincay.followup.CoordinationDraft;
import vn.tincay.followup.CoordinationEntryRow;
import vn.tincay.followup.CoordinationService;

/** A case's coordination log, through {@link CoordinationService} (school focal point, district coordinator). */
@Path("incidents/{id}/coordination-entries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination", description = "Who a case was coordinated with, what was done, and the next step")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "404", description = "No such case or entry, or outside the caller's scope", content = @Content(schema = @Schema(ref = "ApiError")))
public class CoordinationResource {

    @EJB
    private CoordinationService coordination;

    @GET
    @Operation(summary = "The case's coordination log, newest first, overdue next steps marked")
    @APIResponse(responseCode = "200", description = "The entries")
    public List<CoordinationEntryRow> timeline(@PathParam("id") long incidentId) {
        return coordination.timeline(incidentId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what was done with an agency, the outcome and the next step",
            description = "Refused while the case is closed, and for a due date without a next step or in the past.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the entry", content = @Content(schema = @Schema(ref = "CreatedId")))
    @APIResponse(responseCode = "422", description = "Invalid fields or a rule refused the entry", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response record(@PathParam("id") long incidentId, @Valid @NotNull CoordinationDraft draft,
                           @Context UriInfo uriInfo) {
        long id = coordination.record(incidentId, draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(new CreatedId(id)).build();
    }
}
