package vn.tincay.register.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.tincay.register.Money;

/** #{moneyFormat.vnd(amount)}: whole VND the Vietnamese way, "1.500.000 đ". */
@Named
@ApplicationScoped
public class MoneyFormat {

    public String vnd(Long amount) {
        return amount == null ? "" : Money.format(amount);
    }
}
