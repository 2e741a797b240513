package vn.tincay.followup.web;

import org.omnifaces.util.Faces;
import vn.tincay.security.Role;

/**
 * Whether the signed-in user follows cases up (the school's focal point, the district coordinator), so
 * that the case page asks for the follow-up sections only then, instead of letting the services refuse
 * every other role on every view.
 */
final class FollowUpRoles {

    private FollowUpRoles() {
    }

    static boolean ofCaller() {
        return Faces.isUserInRole(Role.SCHOOL_FOCAL_POINT_NAME) || Faces.isUserInRole(Role.DISTRICT_COORDINATOR_NAME);
    }
}
