package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Keyed hash of one word of a survivor's name, so a search for part of the name finds the case. */
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

    protected SurvivorNameWord() {
    }

    public SurvivorNameWord(Long incidentId, String wordHash) {
        this.incidentId = incidentId;
        this.wordHash = wordHash;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getWordHash() {
        return wordHash;
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
