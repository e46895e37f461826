package io.contactsync.sandbox;

import io.vertx.ext.web.handler.BodyHandler;

/**
 * How the emulators read request bodies: JSON and forms, in memory, up to a size. They take no file uploads,
 * so Vert.x creates no {@code file-uploads/} folder in the working directory.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static BodyHandler upTo(long limitBytes) {
        return BodyHandler.create(false).setBodyLimit(limitBytes);
    }
}
