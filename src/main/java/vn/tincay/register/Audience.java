package vn.tincay.register;

/** Who a communication activity was for (several may apply). */
public enum Audience {
    STAFF, STUDENTS, PARENTS
}
