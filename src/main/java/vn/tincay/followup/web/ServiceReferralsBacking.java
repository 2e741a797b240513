package vn.tincay.followup.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tincay.followup.ReferralService;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.followup.ServiceReferralRow;

/** /service/referrals.xhtml: the referrals sent to the support service's organisation, paged in the database. */
@Named
@ViewScoped
public class ServiceReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferralService referralService;

    private ReferralStatus status;
    private final LazyDataModel<ServiceReferralRow> referrals = new ReceivedReferrals();

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public List<ReferralStatus> getStatuses() {
        return List.of(ReferralStatus.values());
    }

    public LazyDataModel<ServiceReferralRow> getReferrals() {
        return referrals;
    }

    private final class ReceivedReferrals extends LazyDataModel<ServiceReferralRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) referralService.countReceived(status);
        }

        @Override
        public List<ServiceReferralRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null || sort.getOrder() == SortOrder.UNSORTED ? null : sort.getField();
            return referralService.received(status, first, pageSize, field,
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(ServiceReferralRow row) {
            return String.valueOf(row.getId());
        }
    }
}
