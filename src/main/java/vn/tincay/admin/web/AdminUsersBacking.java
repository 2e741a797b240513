package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.tincay.admin.AccountRow;
import vn.tincay.admin.AccountSearch;
import vn.tincay.admin.AdministrationService;
import vn.tincay.security.Role;

/** /admin/users.xhtml?q=&amp;role=: the user accounts, paged and filtered in the database. */
@Named
@ViewScoped
public class AdminUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService administration;

    @Inject
    @Param(name = "q")
    private String text;

    @Inject
    @Param(name = "role")
    private Role role;

    private LazyRows<AccountRow> accounts;

    @PostConstruct
    void load() {
        AccountSearch search = new AccountSearch(text, role);
        accounts = new LazyRows<>(() -> administration.countAccounts(search),
                (first, max, sorting) -> administration.findAccounts(search, first, max, sorting));
    }

    public void search() {
        Faces.redirect("admin/users.xhtml?q=%s&role=%s", Filters.value(text), Filters.value(role));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyRows<AccountRow> getAccounts() {
        return accounts;
    }
}
