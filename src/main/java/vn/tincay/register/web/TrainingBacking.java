package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;
import vn.tincay.register.TrainingDraft;

/** /register/training.xhtml?id=: records or changes a training (read-only for other units). */
@Named
@ViewScoped
public class TrainingBacking extends RegisterRecordBacking<TrainingDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected RegisterKind<?, TrainingDraft> kind() {
        return RegisterKinds.TRAINING;
    }

    @Override
    protected String listPage() {
        return "/register/trainings";
    }
}
