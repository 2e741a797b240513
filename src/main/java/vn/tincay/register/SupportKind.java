package vn.tincay.register;

/** Whether a partner's support came as money or in kind (its value estimated in VND). */
public enum SupportKind {
    CASH, IN_KIND
}
