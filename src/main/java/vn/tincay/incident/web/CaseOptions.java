package vn.tincay.incident.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.PlaceType;
import vn.tincay.incident.Relationship;
import vn.tincay.incident.Sex;
import vn.tincay.incident.SurvivorKind;

/** The fixed choices of the case pages' drop-downs, as {@code #{caseOptions.…}}; labels come from the bundle. */
@Named
@ApplicationScoped
public class CaseOptions {

    public PlaceType[] getPlaceTypes() {
        return PlaceType.values();
    }

    public AgeGroup[] getAgeGroups() {
        return AgeGroup.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public SurvivorKind[] getSurvivorKinds() {
        return SurvivorKind.values();
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }

    public ConsentGiver[] getConsentGivers() {
        return ConsentGiver.values();
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    public GbvType[] getTypes() {
        return GbvType.values();
    }

    public CloseReason[] getCloseReasons() {
        return CloseReason.values();
    }
}
