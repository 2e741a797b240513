package vn.tincay.register;

/** Kind of a document the unit issued (ke hoach, chuong trinh, huong dan, quyet dinh, bao cao...). */
public enum DocumentType {
    PLAN, PROGRAMME, GUIDANCE, DECISION, REPORT, OTHER
}
