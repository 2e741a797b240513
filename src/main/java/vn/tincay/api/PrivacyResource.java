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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tincay.privacy.BreachRegister;
import vn.tincay.privacy.BreachView;
import vn.tincay.privacy.RetentionRow;
import vn.tincay.privacy.RetentionService;

/** Retention of the district's closed cases (coordinator) and the breach register (administrator). */
@Path("privacy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Retention and the personal data breach register")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
public class PrivacyResource {

    @EJB
    private RetentionService retention;

    @EJB
    private BreachRegister breaches;

    @GET
    @Path("retention")
    @Operation(summary = "Closed cases of the district due for anonymisation soon, and those kept (coordinator)")
    public List<RetentionRow> retention() {
        return retention.dueOrHeld();
    }

    @GET
    @Path("breaches")
    @Operation(summary = "The breach register with each 72-hour deadline (administrator)")
    public List<BreachView> breaches() {
        return breaches.list();
    }

    @POST
    @Path("breaches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a suspected breach (administrator)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(ref = "CreatedId")))
    public Response record(@Valid @NotNull RightsRequests.BreachRequest body) {
        long id = breaches.record(body.discoveredAt(), body.description(), body.dataAffected(), body.peopleAffected());
        return Response.status(Response.Status.CREATED).entity(new CreatedId(id)).build();
    }

    @POST
    @Path("breaches/{id}/notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what was notified about a breach, to whom, how and when (administrator)")
    @APIResponse(responseCode = "204", description = "Recorded")
    public Response notified(@PathParam("id") long id, @Valid @NotNull RightsRequests.BreachNotificationRequest body) {
        breaches.notified(id, body.recipient(), body.recipientName(), body.channel(), body.notifiedAt(), body.content());
        return Response.noContent().build();
    }

    @POST
    @Path("breaches/{id}/close")
    @Operation(summary = "Close a breach (administrator)")
    @APIResponse(responseCode = "204", description = "Closed")
    public Response close(@PathParam("id") long id) {
        breaches.close(id);
        return Response.noContent().build();
    }
}
