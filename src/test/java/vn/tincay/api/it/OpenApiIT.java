package vn.tincay.api.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/** The REST API is documented by OpenAPI at /openapi, for incidents, coordination entries and referrals. */
@ExtendWith(TinCayServer.class)
class OpenApiIT {

    /** The paths of the YAML document: keys indented by two spaces under "paths:". */
    private static List<String> paths(String yaml) {
        int start = yaml.indexOf("\npaths:");
        if (start < 0) {
            return List.of();
        }
        Matcher path = Pattern.compile("\n  (/[^:\\s]*):").matcher(yaml);
        path.region(start, yaml.length());
        List<String> found = new java.util.ArrayList<>();
        while (path.find() && !yaml.substring(start, path.start()).contains("\ncomponents:")) {
            found.add(path.group(1));
        }
        return found;
    }

    @Test
    void theOpenApiDocumentDescribesTheIncidentEndpoints(RunningApp app) {
        HttpResponse<String> document = new WebClient(app).get("/openapi");

        assertEquals(200, document.statusCode(), document.body());
        List<String> paths = paths(document.body());
        assertTrue(paths.containsAll(List.of("/api/v1/incidents", "/api/v1/incidents/{id}",
                "/api/v1/incidents/{id}/identity", "/api/v1/incidents/{id}/status", "/api/v1/incidents/search")),
                "documented paths: " + paths);
    }

    @Test
    void theApiOffersCoordinationEntriesAndReferralsAsTheIssueAsks(RunningApp app) {
        List<String> paths = paths(new WebClient(app).get("/openapi").body());

        assertTrue(paths.stream().anyMatch(path -> path.contains("coordination")), "documented paths: " + paths);
        assertTrue(paths.stream().anyMatch(path -> path.contains("referral")), "documented paths: " + paths);
    }

    @Test
    void eachGbvimsQuestionIsAnsweredYesNoOrUnknownAndTheCoordinatorCanAnswerAgain(RunningApp app) {
        String document = new WebClient(app).get("/openapi").body();

        assertTrue(paths(document).contains("/api/v1/incidents/{id}/answers"), "documented paths: " + paths(document));
        int answer = document.indexOf("Answer:");
        assertTrue(answer >= 0, "an Answer schema");
        String schema = document.substring(answer, Math.min(document.length(), answer + 600));
        assertTrue(schema.contains("YES") && schema.contains("NO") && schema.contains("UNKNOWN"), schema);
        assertTrue(document.contains("referralsSentConfirmed"), "closing with referrals still sent is documented");
    }
}
