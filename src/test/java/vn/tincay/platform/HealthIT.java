package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

@ExtendWith(TinCayServer.class)
class HealthIT {

    @Test
    void readinessAnswersUpWhileTheDatabaseAnswers(RunningApp app) {
        HttpResponse<String> ready = new WebClient(app).get("/health/ready");

        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().replace(" ", "").startsWith("{\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\""), "the database check takes part: " + ready.body());
    }
}
