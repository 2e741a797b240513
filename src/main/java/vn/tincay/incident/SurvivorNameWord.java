package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tincay.security.crypto.NameIndex;

/**
 * Keyed hash of one word of a survivor's name, so a search for part of the name finds the case. It
 * carries the case's district and report date (V52): a search for common words then reads one word's
 * entries of the district newest first and stops after a page; and the signature of all the name's
 * words ({@link NameIndex#mask}, V66), so that the other searched words are looked up only for the names
 * whose signature has them all.
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

    @Column(name = "name_mask", nullable = false)
    private long nameMask;

    protected SurvivorNameWord() {
    }

    private SurvivorNameWord(Incident incident, String wordHash, long nameMask) {
        this.incidentId = incident.getId();
        this.wordHash = wordHash;
        this.districtId = incident.getDistrict().getId();
        this.reportedDate = incident.getReportedDate();
        this.nameMask = nameMask;
    }

    /** The entries of the (saved) incident's survivor name: one per distinct word, each with the name's signature. */
    public static List<SurvivorNameWord> of(Incident incident, Set<String> wordHashes) {
        long mask = NameIndex.mask(wordHashes);
        return wordHashes.stream().map(hash -> new SurvivorNameWord(incident, hash, mask)).toList();
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

    public long getNameMask() {
        return nameMask;
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
