package vn.tincay.admin;

import java.io.Serializable;

/** The counts on the administrator's home page. */
public class AdminSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long schools;
    private final long services;
    private final long accounts;
    private final long disabledAccounts;

    public AdminSummary(long schools, long services, long accounts, long disabledAccounts) {
        this.schools = schools;
        this.services = services;
        this.accounts = accounts;
        this.disabledAccounts = disabledAccounts;
    }

    public long getSchools() {
        return schools;
    }

    public long getServices() {
        return services;
    }

    public long getAccounts() {
        return accounts;
    }

    public long getDisabledAccounts() {
        return disabledAccounts;
    }
}
