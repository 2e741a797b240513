package vn.tincay.register;

/**
 * Where the money of a plan's activity comes from: the state budget for gender-equality work
 * (Thong tu 191/2009/TT-BTC), the unit's own funds, or what was mobilised from partners (xa hoi hoa).
 */
public enum FundingSource {
    STATE_BUDGET, UNIT_OWN, MOBILISED, OTHER
}
