package vn.tincay.register;

/** How a communication activity was held. Stored by name: never rename a constant, only add. */
public enum ActivityForm {
    MEETING, TALK, CONTEST, POSTER, ONLINE_POST, LESSON_INTEGRATED, OTHER
}
