package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Keyed hash of one word of a survivor's name, so a search for part of the name finds the case. It
 * carries the case's district and report date (V52): a search for common words then reads one word's
 * entries of the district newest first and stops after a page.
 */
@Entity
@Table(name = "survivor_name_word")
@IdClass(SurvivorNameWord.Key.class)
public class SurvivorNameWord {

    @Id
    @Column(name = "incident_id")
    private Long incidentId;

    @Id
    @Column(name = "word_hash", length = 43)
    private String wordHash;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "reported_date")
    private LocalDate reportedDate;

    protected SurvivorNameWord() {
    }

    /** A word of the (saved) incident's survivor name. */
    public SurvivorNameWord(Incident incident, String wordHash) {
        this.incidentId = incident.getId();
        this.wordHash = wordHash;
        this.districtId = incident.getDistrict().getId();
        this.reportedDate = incident.getReportedDate();
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getWordHash() {
        return wordHash;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public LocalDate getReportedDate() {
        return reportedDate;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long incidentId;
        private String wordHash;

        public Key() {
        }

        public Key(Long incidentId, String wordHash) {
            this.incidentId = incidentId;
            this.wordHash = wordHash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(incidentId, key.incidentId)
                    && Objects.equals(wordHash, key.wordHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(incidentId, wordHash);
        }
    }
}
