package vn.tincay.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tincay.incident.IncidentDetail;
import vn.tincay.incident.IncidentDraft;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentRow;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.IntakeResult;
import vn.tincay.incident.ResultPage;
import vn.tincay.incident.RevealPurpose;
import vn.tincay.incident.RevealedIdentity;
import vn.tincay.incident.SurvivorIdentity;

/** Incident reports and cases, through {@link IncidentService} with its role and record-scope rules. */
@Path("incidents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incident reports and their cases, within the caller's scope")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "403", description = "The caller's role may not do this", content = @Content(schema = @Schema(ref = "ApiError")))
@APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope", content = @Content(schema = @Schema(ref = "ApiError")))
public class IncidentResource {

    @EJB
    private IncidentService incidents;

    @GET
    @Operation(summary = "A page of the caller's cases",
            description = "Filtered, sorted and paged in the database; rows hold no identity. To search by the "
                    + "survivor's name use POST /incidents/search, so that names never appear in URLs.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only cases in this status",
            schema = @Schema(ref = "IncidentStatus"))
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Only cases of this GBV type",
            schema = @Schema(ref = "GbvType"))
    @Parameter(name = "schoolId", in = ParameterIn.QUERY, description = "Only cases of this school",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Incident date on or after (yyyy-MM-dd)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Incident date on or before (yyyy-MM-dd)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "urgent", in = ParameterIn.QUERY, description = "Only urgent (true) or non-urgent (false) cases",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "overdueOnly", in = ParameterIn.QUERY, description = "Only cases with an overdue next step",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "openOnly", in = ParameterIn.QUERY, description = "Only cases that are not closed",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "caseCode", in = ParameterIn.QUERY, description = "Part of the case code",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "25"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort field: caseCode, incidentDate, "
            + "reportedDate (default), status, type, schoolName, urgent", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ascending", in = ParameterIn.QUERY, description = "Sort ascending (default: descending)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(ref = "IncidentPage")))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read", content = @Content(schema = @Schema(ref = "ApiError")))
    public ApiPage<IncidentRow> list(@BeanParam IncidentQuery query,
                                     @Parameter(hidden = true) @QueryParam("survivorName") String survivorName) {
        if (survivorName != null) {
            // A name in a URL lands in access logs and browser histories: refuse it.
            throw new InvalidParameterException("survivorName");
        }
        return page(query.toFilter(), query.page(), query.size(), query.sort(), query.ascending());
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the caller's cases, including by the survivor's name",
            description = "The name is matched word by word without diacritics (\"nguyen thi lan\" finds "
                    + "\"Nguyễn Thị Lan\") through keyed hashes; each name search is audited.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(ref = "IncidentPage")))
    @APIResponse(responseCode = "422", description = "Invalid paging", content = @Content(schema = @Schema(ref = "ApiError")))
    public ApiPage<IncidentRow> search(@Valid @NotNull IncidentSearch search) {
        IncidentFilter filter = search.getFilter() == null ? new IncidentFilter() : search.getFilter();
        if (filter.getSurvivorName() != null && filter.getSurvivorName().length() > SurvivorIdentity.NAME) {
            throw new InvalidParameterException("filter.survivorName");
        }
        return page(filter, search.getPage(), search.getSize(), search.getSort(), search.isAscending());
    }

    private ApiPage<IncidentRow> page(IncidentFilter filter, int page, int size, String sort, boolean ascending) {
        ResultPage<IncidentRow> result = incidents.list(filter, page * size, size, sort, ascending);
        return new ApiPage<>(result.rows(), result.total(), page, size, result.exact());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case without the survivor's identity or the narrative")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(ref = "IncidentDetail")))
    public IncidentDetail detail(@PathParam("id") long id) {
        return incidents.detail(id);
    }

    @GET
    @Path("{id}/identity")
    @Operation(summary = "The survivor's identity and the narrative (audited)",
            description = "Only for the reporter, the school's focal point and the district's coordinators; "
                    + "every call is written to the audit log.")
    @APIResponse(responseCode = "200", description = "Identity and narrative", content = @Content(schema = @Schema(ref = "RevealedIdentity")))
    public RevealedIdentity identity(@PathParam("id") long id,
                                     @Parameter(description = "Why the identity is opened; written to the audit log")
                                     @QueryParam("purpose") RevealPurpose purpose) {
        return incidents.revealIdentity(id, purpose);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an incident report",
            description = "Send a submissionToken (a UUID) of your own: sending the same report again returns the "
                    + "case it created (200) instead of a second case. A report that may duplicate existing cases "
                    + "(same survivor in the district, close dates) that the caller may open is not saved (409) unless "
                    + "duplicatesReviewed=true; one the caller may not open is never shown: the report is saved and "
                    + "duplicateForReview tells that the coordinators will check. Every check is audited and "
                    + "limited per hour. Every question of answers must be answered YES, NO or UNKNOWN (422 "
                    + "incident.error.answersMissing naming the unanswered ones); UNKNOWN is shown to the district "
                    + "coordinator, who must answer it while verifying.")
    @APIResponse(responseCode = "201", description = "Saved; Location names the case", content = @Content(schema = @Schema(ref = "FiledIncident")))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier submission: that case", content = @Content(schema = @Schema(ref = "FiledIncident")))
    @APIResponse(responseCode = "409", description = "Possible duplicates, nothing saved", content = @Content(schema = @Schema(ref = "DuplicatesFound")))
    @APIResponse(responseCode = "422", description = "Invalid fields or a rule refused the report", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response file(@Valid @NotNull IncidentDraft draft,
                         @Parameter(description = "The reporter has looked at the possible duplicates")
                         @QueryParam("duplicatesReviewed") boolean duplicatesReviewed,
                         @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        IntakeResult result = incidents.fileReport(draft, duplicatesReviewed);
        if (!result.saved()) {
            Locale locale = ApiMessages.locale(headers.getAcceptableLanguages());
            return Response.status(Response.Status.CONFLICT)
                    .entity(new DuplicatesFound(ApiErrorMapping.DUPLICATES,
                            ApiMessages.text(ApiErrorMapping.DUPLICATES, locale), result.possibleDuplicates()))
                    .build();
        }
        FiledIncident filed = new FiledIncident(result.incidentId(), result.caseCode(), result.repeatedSubmission(),
                result.duplicateForReview());
        URI location = uriInfo.getBaseUriBuilder().path(IncidentResource.class).path(result.incidentId().toString())
                .build();
        return result.repeatedSubmission()
                ? Response.ok(filed).contentLocation(location).build()
                : Response.created(location).entity(filed).build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case to another status (school focal point, district coordinator)",
            description = "reported → verifying → in progress → closed (with a reason), and reopen. Send the "
                    + "version you last read: if someone changed the case since, the answer is 409. A case with a "
                    + "question answered UNKNOWN cannot move to IN_PROGRESS (422 incident.error.unknownAnswers); "
                    + "closing a case with referrals still SENT needs referralsSentConfirmed=true "
                    + "(422 incident.error.referralsSent otherwise).")
    @APIResponse(responseCode = "204", description = "Done")
    @APIResponse(responseCode = "409", description = "The case changed since the given version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "The transition is not allowed or a reason is missing", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response changeStatus(@PathParam("id") long id, @Valid @NotNull StatusChange change) {
        incidents.changeStatus(id, change.getVersion(), change.getStatus(), change.getReason(), change.getNote(),
                change.isReferralsSentConfirmed());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the GBVIMS questions again (district coordinator, while verifying)",
            description = "All six answers, each YES, NO or UNKNOWN; the type and the flags are derived again. A case "
                    + "with a question answered UNKNOWN cannot move to IN_PROGRESS until the coordinator answers it.")
    @APIResponse(responseCode = "204", description = "Done")
    @APIResponse(responseCode = "409", description = "The case changed since the given version", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "422", description = "A question is not answered", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response reviseAnswers(@PathParam("id") long id, @Valid @NotNull AnswersRevision revision) {
        incidents.reviseAnswers(id, revision.getVersion(), revision.getAnswers());
        return Response.noContent().build();
    }
}
