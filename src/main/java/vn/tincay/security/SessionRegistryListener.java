package vn.tincay.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps the session registry free of sessions that timed out or were signed out. */
@WebListener
public class SessionRegistryListener implements HttpSessionListener {

    @Inject
    private SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.forget(event.getSession());
    }
}
