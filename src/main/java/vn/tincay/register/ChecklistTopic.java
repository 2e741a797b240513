package vn.tincay.register;

/**
 * What the district's inspection of a school looks at, in the order and the words of seed letter 000,
 * §4đ ("Nội dung kiểm tra tập trung vào: ..."). The school's self-inspection uses the same list.
 * Stored by name: never rename a constant.
 */
public enum ChecklistTopic {

    COMMITTEE("Tổ chức và hoạt động của Ban vì sự tiến bộ của phụ nữ"),
    POLICY("Tình hình triển khai chính sách, pháp luật, chương trình liên quan đến bình đẳng giới và vì sự tiến bộ "
            + "của phụ nữ"),
    WOMEN_STAFF("Công tác cán bộ nữ và việc quy hoạch, tạo nguồn, bổ nhiệm và sử dụng cán bộ nữ"),
    VIOLENCE("Tình trạng bạo hành với phụ nữ và trẻ em gái"),
    NEGATIVE_IMPACTS("Những vấn đề tác động tiêu cực đến sự phát triển của phụ nữ trong ngành"),
    DIFFICULTIES("Khó khăn, vướng mắc của đơn vị trong việc triển khai công tác vì sự tiến bộ của phụ nữ và bình "
            + "đẳng giới, chính sách riêng đối với phụ nữ");

    /** Longest stored name. */
    public static final int NAME = 32;

    private final String letterWording;

    ChecklistTopic(String letterWording) {
        this.letterWording = letterWording;
    }

    /** The topic as the letter words it (capitalised), for the report's Vietnamese text. */
    public String letterWording() {
        return letterWording;
    }
}
