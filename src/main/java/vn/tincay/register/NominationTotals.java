package vn.tincay.register;

/** Nominations proposed in a range: collectives, and the individuals as women and men. */
public record NominationTotals(long collectives, WomenShare individuals) {
}
