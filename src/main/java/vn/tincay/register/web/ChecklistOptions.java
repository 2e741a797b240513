package vn.tincay.register.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.register.ChecklistResult;

/** The choices of the inspection checklist's forms (/WEB-INF/register/checklist.xhtml). */
@Named
@ApplicationScoped
public class ChecklistOptions {

    private static final List<ChecklistResult> RESULTS = List.of(ChecklistResult.values());

    public List<ChecklistResult> getResults() {
        return RESULTS;
    }
}
