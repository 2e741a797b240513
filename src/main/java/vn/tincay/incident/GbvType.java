package vn.tincay.incident;

/**
 * The six GBVIMS core incident types, in the priority order of the classification rule, plus
 * "not GBV". Exactly one applies to an incident; see {@link GbvClassification}.
 */
public enum GbvType {
    RAPE,
    SEXUAL_ASSAULT,
    PHYSICAL_ASSAULT,
    FORCED_MARRIAGE,
    DENIAL_OF_RESOURCES,
    PSYCHOLOGICAL_ABUSE,
    NOT_GBV;

    public boolean isSexualViolence() {
        return this == RAPE || this == SEXUAL_ASSAULT;
    }
}
