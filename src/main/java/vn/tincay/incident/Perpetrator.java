package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** One alleged perpetrator, described without identifying them. */
@Entity
@Table(name = "perpetrator")
public class Perpetrator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Relationship relationship;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Sex sex;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false, length = 16)
    private AgeGroup ageGroup;

    protected Perpetrator() {
    }

    Perpetrator(Incident incident, int position, Relationship relationship, Sex sex, AgeGroup ageGroup) {
        this.incident = incident;
        this.position = position;
        this.relationship = relationship;
        this.sex = sex;
        this.ageGroup = ageGroup;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public Sex getSex() {
        return sex;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }
}
