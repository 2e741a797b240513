package vn.tincay.register;

/** Who is proposed for an emulation award: a collective (tập thể) or one person (cá nhân). */
public enum NomineeKind {
    COLLECTIVE,
    INDIVIDUAL
}
