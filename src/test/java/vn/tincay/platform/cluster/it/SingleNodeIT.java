package vn.tincay.platform.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * A single node, the default, stays what it was before the application became distributable: plain
 * in-memory sessions known by their id alone (no version cookie of Payara's replicated sessions), and the
 * coordination tables of a cluster work the same with one node.
 */
@ExtendWith(TinCayServer.class)
class SingleNodeIT {

    @Test
    void aSingleNodeKnowsASessionByItsIdAlone(RunningApp app) {
        WebClient staff = new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        assertTrue(staff.cookie("JSESSIONIDVERSION").isEmpty(), "no replicated-session version cookie");
        // The API helper sends the session cookie only, as a hand-written API client might.
        assertEquals(200, Api.of(app, staff).get("/api/v1/incidents").status());
    }

    @Test
    void aSingleNodeReadsNoSessionEndsFromTheDatabase(RunningApp app) {
        assertTrue(app.logSince(0).contains("Single node (no cluster): session ends apply at once"),
                "no polling without a cluster");
    }

    @Test
    void theJobsOfASingleNodeAreClaimedInTheDatabaseLikeThoseOfACluster(RunningApp app) throws Exception {
        try (Connection db = app.connect(); Statement sql = db.createStatement();
             ResultSet demo = sql.executeQuery("SELECT COUNT(*) FROM job_run WHERE job = 'demo-data'")) {
            demo.next();
            assertEquals(1, demo.getInt(1), "the demo data load was claimed once");
        }
    }
}
