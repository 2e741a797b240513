package vn.tincay.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import vn.tincay.followup.CoordinationService;

/** Actions on one coordination entry, through {@link CoordinationService}. */
@Path("coordination-entries/{entryId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "404", description = "No such entry, or outside the caller's scope", content = @Content(schema = @Schema(ref = "ApiError")))
public class CoordinationEntryResource {

    @EJB
    private CoordinationService coordination;

    @POST
    @Path("next-step-done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an entry's next step done", description = "Send the entry's version you last read.")
    @APIResponse(responseCode = "204", description = "Done")
    @APIResponse(responseCode = "409", description = "The entry changed since that version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "The entry has no open next step", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response nextStepDone(@PathParam("entryId") long entryId, @Valid @NotNull VersionedNote body) {
        coordination.markNextStepDone(entryId, body.getVersion());
        return Response.noContent().build();
    }
}
