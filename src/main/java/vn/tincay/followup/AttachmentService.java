package vn.tincay.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.CaseAudit;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.RevealPurpose;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.Confidentiality;
import vn.tincay.security.crypto.FieldCipher;

/**
 * Evidence attached to a case. Uploads are accepted by their content (see {@link AttachmentTypeCheck})
 * and stored encrypted, name included; listing and downloading take the same need-to-know scope
 * as the case itself (the reporter, the school focal point, the district coordinator), and every
 * upload and download is audited.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class AttachmentService {

    /** More attachments than this on one case are refused. */
    public static final int MAX_PER_CASE = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @Inject
    private Confidentiality confidentiality;

    @EJB
    private IncidentService incidents;

    private final Clock clock = Clock.systemUTC();

    /**
     * Attaches a file to a case and returns its row.
     *
     * @throws vn.tincay.platform.UserFacingException when the content is not an accepted type or is too large
     */
    public AttachmentRow upload(long incidentId, String fileName, byte[] content) {
        Caller caller = callers.get();
        Incident incident = incidents.visible(caller, incidentId);
        AttachmentType type = AttachmentTypeCheck.check(content);
        long count = em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.incident = :i", Long.class)
                .setParameter("i", incident).getSingleResult();
        if (count >= MAX_PER_CASE) {
            throw new UserFacingException("attachment.error.tooMany", MAX_PER_CASE);
        }
        String name = Attachment.cleanFileName(fileName, type);
        FieldCipher cipher = confidentiality.cipher();
        Attachment attachment = new Attachment(incident, type, content.length,
                cipher.encrypt(name, Attachment.namePurpose(incident.getId())),
                cipher.encryptBytes(content, Attachment.contentPurpose(incident.getId())),
                caller.username(), Instant.now(clock));
        em.persist(attachment);
        em.flush();
        // Never the file name: it may name the survivor.
        audit.record(caller, AuditAction.ATTACHMENT_UPLOADED, "Attachment", attachment.getId(),
                incident.getCaseCode(), type + ", " + content.length + " bytes");
        return new AttachmentRow(attachment.getId(), name, type, content.length, caller.username(),
                attachment.getUploadedAt());
    }

    /**
     * The case's attachments, newest first, without their content or names: a file name may well
     * name the survivor, so names come only with {@link #listWithNames}.
     */
    public List<AttachmentRow> list(long incidentId) {
        return rows(callers.get(), incidentId, false, null);
    }

    /** The attachments with their names, after the same deliberate reveal as the identity; audited. */
    public List<AttachmentRow> listWithNames(long incidentId, RevealPurpose purpose) {
        return rows(callers.get(), incidentId, true, purpose);
    }

    private List<AttachmentRow> rows(Caller caller, long incidentId, boolean withNames, RevealPurpose purpose) {
        Incident incident = incidents.readable(caller, incidentId);
        FieldCipher cipher = confidentiality.cipher();
        String purposeOfNames = Attachment.namePurpose(incident.getId());
        List<AttachmentRow> rows = em.createQuery("SELECT a.id, a.fileNameEncrypted, a.contentType, a.sizeBytes, "
                        + "COALESCE(u.displayName, a.uploadedBy), a.uploadedAt FROM Attachment a "
                        + "LEFT JOIN UserAccount u ON u.username = a.uploadedBy "
                        + "WHERE a.incident = :i ORDER BY a.uploadedAt DESC, a.id DESC", Object[].class)
                .setParameter("i", incident)
                .getResultList().stream()
                .map(row -> new AttachmentRow((Long) row[0],
                        withNames ? cipher.decrypt((String) row[1], purposeOfNames) : null,
                        AttachmentType.ofContentType((String) row[2]), (Integer) row[3], (String) row[4],
                        (Instant) row[5]))
                .toList();
        if (withNames && !rows.isEmpty()) {
            audit.record(caller, AuditAction.ATTACHMENT_NAMES_VIEWED, "Incident", incident.getId(),
                    incident.getCaseCode(), RevealPurpose.auditDetail(purpose));
        }
        return rows;
    }

    /** Opens an attachment for download; audited. */
    public AttachmentDownload download(long attachmentId) {
        Caller caller = callers.get();
        Long incidentId = em.createQuery("SELECT a.incident.id FROM Attachment a WHERE a.id = :id", Long.class)
                .setParameter("id", attachmentId)
                .getResultStream().findFirst().orElse(null);
        if (incidentId == null) {
            incidents.refused(caller, "Attachment", attachmentId, "attachment download, no such attachment");
            throw new RecordNotFoundException();
        }
        Incident incident = incidents.visible(caller, incidentId);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        FieldCipher cipher = confidentiality.cipher();
        AttachmentDownload file = new AttachmentDownload(
                cipher.decrypt(attachment.getFileNameEncrypted(), Attachment.namePurpose(incident.getId())),
                attachment.getContentType(),
                cipher.decryptBytes(attachment.getContentEncrypted(), Attachment.contentPurpose(incident.getId())));
        audit.record(caller, AuditAction.ATTACHMENT_DOWNLOADED, "Attachment", attachmentId, incident.getCaseCode(),
                attachment.getContentType() + ", " + attachment.getSizeBytes() + " bytes");
        return file;
    }
}
