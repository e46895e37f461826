package io.contactsync.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A file of the web pages this server serves from the jar (the dashboard, the Hawtio console): its content type,
 * its bytes and an entity tag, so that a browser that has it already gets a 304 instead of the bytes again.
 */
public record WebFile(String contentType, byte[] content, String etag) {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "ttf", "font/ttf");

    /** Reads a classpath resource; empty when it is not there. */
    public static Optional<WebFile> load(String resource) {
        return bytes(resource).map(content -> new WebFile(contentType(resource), content, etag(content)));
    }

    /** The bytes of a classpath resource; empty when it is not there. */
    static Optional<byte[]> bytes(String resource) {
        try (InputStream in = WebFile.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content type by the name's extension; a file type not listed is a programming error. */
    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = CONTENT_TYPES.get(extension);
        if (type == null) {
            throw new IllegalArgumentException("no content type for web file " + name);
        }
        return type;
    }

    /** Answers the request with this file, or 304 when the browser's copy ({@code If-None-Match}) is this one. */
    public void answer(Message message) {
        String cached = message.getHeader("If-None-Match", String.class);
        // platform-http copies the message's headers into the response: drop the request's
        message.removeHeaders("*");
        message.setHeader("Cache-Control", "no-cache");
        message.setHeader("ETag", etag);
        if (etag.equals(cached)) {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 304);
            message.setBody(null);
        } else {
            message.setHeader(Exchange.CONTENT_TYPE, contentType);
            message.setBody(content);
        }
    }

    /** Answers 404 with {@code {"error": ...}}. */
    public static void notFound(Message message, String error) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(AdminApi.JSON.createObjectNode().put("error", error).toString());
    }

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
