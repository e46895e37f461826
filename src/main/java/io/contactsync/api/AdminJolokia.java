package io.contactsync.api;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.component.platform.http.plugin.DefaultJolokiaPlatformHttpPlugin;

/**
 * Jolokia on the management server ({@code /observe/jolokia}) behind the same door as {@code /hawtio/jolokia}: outside
 * the sandbox every request needs the admin token ({@link AdminAccess#checkBrowser}: Bearer, or Basic with the token as
 * password, which an external Hawtio sends), and without a configured token none is answered. Bound as the
 * {@code jolokia} platform-http plugin, which the management server looks up by that name before its default.
 */
public final class AdminJolokia extends DefaultJolokiaPlatformHttpPlugin {

    private final AdminAccess access;

    public AdminJolokia(AdminAccess access) {
        this.access = access;
    }

    @Override
    public Object getHandler() {
        @SuppressWarnings("unchecked")
        Handler<RoutingContext> jolokia = (Handler<RoutingContext>) super.getHandler();
        return (Handler<RoutingContext>) request -> {
            try {
                access.checkBrowser(request.request().getHeader("Authorization"));
            } catch (ApiError refused) {
                AdminRequestGuard.refuse(request, refused);
                return;
            }
            jolokia.handle(request);
        };
    }
}
