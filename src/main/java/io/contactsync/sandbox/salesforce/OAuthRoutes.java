package io.contactsync.sandbox.salesforce;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /services/oauth2/token} (password, refresh_token and client_credentials grants), {@code revoke} and
 * {@code userinfo}, served on the same port as the API: camel-salesforce logs in again at its instance URL.
 */
final class OAuthRoutes {

    static final String TOKEN_PATH = "/services/oauth2/token";

    private final DemoOrg org;
    private final SalesforceTokenStore tokens;
    private final String baseUrl;

    OAuthRoutes(DemoOrg org, SalesforceTokenStore tokens, String baseUrl) {
        this.org = org;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    void mount(ApiRouter api) {
        api.open(HttpMethod.POST, TOKEN_PATH, this::token);
        api.open(HttpMethod.GET, "/services/oauth2/revoke", this::revoke);
        api.open(HttpMethod.POST, "/services/oauth2/revoke", this::revoke);
        api.open(HttpMethod.GET, "/services/oauth2/userinfo", this::userInfo);
    }

    private void token(RoutingContext ctx) {
        MultiMap params = params(ctx);
        String grant = params.get("grant_type");
        String clientId = params.get("client_id");
        if (grant == null || !List.of("password", "refresh_token", "client_credentials").contains(grant)) {
            oauthError(ctx, "unsupported_grant_type", "grant type not supported");
            return;
        }
        if (!org.settings().clientId().equals(clientId)) {
            oauthError(ctx, "invalid_client_id", "client identifier invalid");
            return;
        }
        String secret = params.get("client_secret");
        boolean secretRequired = !grant.equals("refresh_token");
        if ((secretRequired || secret != null) && !org.settings().clientSecret().equals(secret)) {
            oauthError(ctx, "invalid_client", "invalid client credentials");
            return;
        }
        Optional<DemoUser> user = switch (grant) {
            case "password" -> org.authenticate(params.get("username"), params.get("password"));
            case "refresh_token" -> Optional.ofNullable(params.get("refresh_token")).flatMap(tokens::refreshTokenUser);
            default -> Optional.of(org.integrationUser());
        };
        if (user.isEmpty()) {
            oauthError(ctx, "invalid_grant", grant.equals("refresh_token") ? "expired access/refresh token"
                    : "authentication failure");
            return;
        }
        SalesforceSession session = tokens.issue(user.get(), clientId);
        String id = baseUrl + "/id/" + org.orgId() + "/" + user.get().userId();
        String issuedAt = String.valueOf(session.issuedAt().toEpochMilli());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", session.accessToken());
        if (grant.equals("password")) {
            body.put("refresh_token", tokens.issueRefreshToken(user.get()));
        }
        body.put("signature", signature(id + issuedAt));
        body.put("scope", "api refresh_token");
        body.put("instance_url", baseUrl);
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        SalesforceJson.respond(ctx, 200, body);
    }

    private void revoke(RoutingContext ctx) {
        String token = params(ctx).get("token");
        if (token != null) {
            tokens.revoke(token);
        }
        ctx.response().setStatusCode(200).end();
    }

    private void userInfo(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String token = header == null ? "" : header.substring(header.indexOf(' ') + 1).trim();
        Optional<SalesforceSession> session = tokens.validSession(List.of(token));
        if (session.isEmpty()) {
            ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain").end("Bad_OAuth_Token");
            return;
        }
        DemoUser user = session.get().user();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", baseUrl + "/id/" + org.orgId() + "/" + user.userId());
        body.put("user_id", user.userId());
        body.put("organization_id", org.orgId());
        body.put("preferred_username", user.username());
        body.put("name", user.displayName());
        SalesforceJson.respond(ctx, 200, body);
    }

    /** Form fields and query parameters together: Salesforce accepts OAuth parameters in either. */
    private static MultiMap params(RoutingContext ctx) {
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.addAll(ctx.request().params());
        params.addAll(ctx.request().formAttributes());
        return params;
    }

    private String signature(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(org.settings().clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void oauthError(RoutingContext ctx, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        SalesforceJson.respond(ctx, 400, body);
    }
}
