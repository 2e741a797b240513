package vn.tincay.privacy.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.privacy.BreachNotification;
import vn.tincay.privacy.BreachRecord;
import vn.tincay.privacy.BreachRegister;
import vn.tincay.privacy.BreachView;

/** /admin/breaches.xhtml: the breach register – record, notify (72-hour deadline), close. */
@Named
@ViewScoped
public class BreachesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    @EJB
    private BreachRegister register;

    private List<BreachView> breaches = List.of();

    private String discoveredAt;
    private String description;
    private BreachRecord.DataAffected dataAffected;
    private Integer peopleAffected;

    private Long notifyBreachId;
    private BreachNotification.Recipient recipient;
    private String recipientName;
    private BreachNotification.Channel channel;
    private String notifiedAt;
    private String content;

    @PostConstruct
    void load() {
        breaches = register.list();
    }

    public void record() {
        try {
            Instant discovered = parse(discoveredAt, "breach.error.discoveredAt");
            register.record(discovered, description, dataAffected, peopleAffected);
            Messages.addFlashGlobalInfo("breach.recorded", discovered.plus(BreachRecord.NOTIFICATION_DEADLINE)
                    .atZone(LocalTime.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        Faces.redirect("admin/breaches.xhtml");
    }

    public void notifyAbout() {
        try {
            register.notified(notifyBreachId == null ? -1 : notifyBreachId, recipient, recipientName, channel,
                    parse(notifiedAt, "breach.error.notifiedAt"), content);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("error.notFound");
            return;
        }
        Messages.addFlashGlobalInfo("breach.notifiedDone");
        Faces.redirect("admin/breaches.xhtml");
    }

    public void close(BreachView breach) {
        register.close(breach.id());
        Messages.addFlashGlobalInfo("breach.closed");
        Faces.redirect("admin/breaches.xhtml");
    }

    /** A time typed as dd/MM/yyyy HH:mm in Vietnam's zone. */
    static Instant parse(String typed, String errorKey) {
        try {
            return LocalDateTime.parse(typed == null ? "" : typed.trim(), TYPED).atZone(LocalTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserFacingException(errorKey);
        }
    }

    public List<BreachView> getBreaches() {
        return breaches;
    }

    public BreachRecord.DataAffected[] getDataKinds() {
        return BreachRecord.DataAffected.values();
    }

    public BreachNotification.Recipient[] getRecipients() {
        return BreachNotification.Recipient.values();
    }

    public BreachNotification.Channel[] getChannels() {
        return BreachNotification.Channel.values();
    }

    public String getDiscoveredAt() {
        return discoveredAt;
    }

    public void setDiscoveredAt(String discoveredAt) {
        this.discoveredAt = discoveredAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BreachRecord.DataAffected getDataAffected() {
        return dataAffected;
    }

    public void setDataAffected(BreachRecord.DataAffected dataAffected) {
        this.dataAffected = dataAffected;
    }

    public Integer getPeopleAffected() {
        return peopleAffected;
    }

    public void setPeopleAffected(Integer peopleAffected) {
        this.peopleAffected = peopleAffected;
    }

    public Long getNotifyBreachId() {
        return notifyBreachId;
    }

    public void setNotifyBreachId(Long notifyBreachId) {
        this.notifyBreachId = notifyBreachId;
    }

    public BreachNotification.Recipient getRecipient() {
        return recipient;
    }

    public void setRecipient(BreachNotification.Recipient recipient) {
        this.recipient = recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public BreachNotification.Channel getChannel() {
        return channel;
    }

    public void setChannel(BreachNotification.Channel channel) {
        this.channel = channel;
    }

    public String getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(String notifiedAt) {
        this.notifiedAt = notifiedAt;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
