package vn.tincay.register;

/** A member's place in the Committee for the Advancement of Women, as the decision names it. */
public enum CommitteeRole {
    HEAD, DEPUTY_HEAD, MEMBER, SECRETARY
}
