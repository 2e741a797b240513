package vn.tincay.admin;

import java.io.Serializable;
import vn.tincay.security.Role;

/** Filter of the accounts list: text in the username, name or e-mail, and the role; null means any. */
public record AccountSearch(String text, Role role) implements Serializable {
}
