package vn.tincay.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A province and its education department (Sở GD&ĐT), which receives the districts' reports. */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = Limits.CODE)
    @Column(nullable = false, unique = true, length = Limits.CODE)
    private String code;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(nullable = false, length = Limits.NAME)
    private String name;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(name = "office_name", nullable = false, length = Limits.NAME)
    private String officeName;

    @Version
    private int version;

    protected Province() {
    }

    public Province(String code, String name, String officeName) {
        this.code = code;
        this.name = name;
        this.officeName = officeName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getOfficeName() {
        return officeName;
    }
}
