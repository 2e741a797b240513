package vn.tincay.register;

/** How far an activity of a work plan has got. */
public enum PlanActivityStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
