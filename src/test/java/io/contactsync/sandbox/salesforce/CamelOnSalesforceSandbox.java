package io.contactsync.sandbox.salesforce;

import io.contactsync.testing.PlainHttp;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox on free ports, and camel-salesforce 4.18.0, unchanged, in a real CamelContext logged in to it. */
final class CamelOnSalesforceSandbox implements AutoCloseable {

    final Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts());
    final SalesforceEmulator emulator = (SalesforceEmulator) sandbox.salesforce().emulator();
    final SandboxSettings.Salesforce settings = sandbox.settings().salesforce();
    final HttpClient http = PlainHttp.client();
    private CamelContext camel;

    /** A started CamelContext whose salesforce component logs in to the emulator as {@code login} sets up. */
    ProducerTemplate camelWith(Consumer<SalesforceComponent> login) {
        SalesforceComponent salesforce = new SalesforceComponent();
        salesforce.setLoginUrl(sandbox.salesforce().baseUrl());
        salesforce.setClientId(settings.clientId());
        salesforce.setClientSecret(settings.clientSecret());
        login.accept(salesforce);
        camel = new DefaultCamelContext();
        camel.addComponent("salesforce", salesforce);
        camel.start();
        return camel.createProducerTemplate();
    }

    ProducerTemplate camelWithPassword() {
        return camelWith(sf -> {
            sf.setUserName(settings.username());
            sf.setPassword(settings.password());
        });
    }

    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** A {@code POST /__sandbox/...} call, which must succeed; returns the answer's body. */
    String control(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.salesforce().baseUrl()
                + "/__sandbox" + path)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static String query(ProducerTemplate template, String soql) {
        return template.requestBodyAndHeader("salesforce:query?rawPayload=true", null, "sObjectQuery", soql,
                String.class);
    }

    static String queryAll(ProducerTemplate template, String soql) {
        return template.requestBodyAndHeader("salesforce:queryAll?rawPayload=true", null, "sObjectQuery", soql,
                String.class);
    }

    @Override
    public void close() {
        stopCamel();
        sandbox.close();
    }
}
