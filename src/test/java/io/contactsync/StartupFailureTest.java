package io.contactsync;

import io.contactsync.genesys.GenesysApiException;
import io.contactsync.mapping.MappingMismatchException;
import org.apache.camel.FailedToStartComponentException;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed start in one line naming the setting to fix, from the exception Camel or a login throws; a mapping that
 * does not fit the systems in a line per problem.
 */
class StartupFailureTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("SALESFORCE_LOGIN_URL", "https://login.example.org",
            "GENESYS_LOGIN_URL", "https://login.genesys.example.org");

    @Test
    void aRefusedSalesforceLoginNamesThePasswordAndTheSecurityToken() {
        Exception failure = new FailedToStartComponentException("salesforce", "login", new SalesforceException(
                "{errors:[{\"errorCode\":\"invalid_grant\",\"message\":\"Login error code:[invalid_grant]"
                        + " description:[authentication failure]\"}],statusCode:400}", 400));

        assertThat(StartupFailure.describe(failure, ENVIRONMENT)).startsWith("Salesforce refused the login")
                .contains("SALESFORCE_PASSWORD", "security token");
    }

    @Test
    void aMappingThatDoesNotFitTheSystemsIsReportedALineForEachProblem() {
        Exception failure = new IllegalStateException("the start failed", new MappingMismatchException(List.of(
                "fields.tier.salesforce.field: Tier__c is not a field of Contact",
                "genesys.schema: Genesys Cloud has no External Contact data schema named 'Tiers'")));

        assertThat(StartupFailure.lines(failure, ENVIRONMENT)).containsExactly(
                "fields.tier.salesforce.field: Tier__c is not a field of Contact",
                "genesys.schema: Genesys Cloud has no External Contact data schema named 'Tiers'");
    }

    @Test
    void anyOtherFailureIsOneLine() {
        Exception failure = new BindException("Address already in use");

        assertThat(StartupFailure.lines(failure, ENVIRONMENT)).containsExactly(
                StartupFailure.describe(failure, ENVIRONMENT));
    }

    @Test
    void anUnknownConnectedAppNamesTheClientVariables() {
        Exception failure = new SalesforceException("{errors:[{\"errorCode\":\"invalid_client\"}]}", 400);

        assertThat(StartupFailure.describe(failure, ENVIRONMENT)).contains("SALESFORCE_CLIENT_ID", "SALESFORCE_CLIENT_SECRET");
    }

    @Test
    void anUnreachableSalesforceNamesTheLoginUrl() {
        Exception failure = new FailedToStartComponentException("salesforce", "login",
                new SalesforceException("login failed", new ConnectException("Connection refused")));

        assertThat(StartupFailure.describe(failure, ENVIRONMENT)).isEqualTo("Salesforce cannot be reached at"
                + " SALESFORCE_LOGIN_URL=https://login.example.org (ConnectException: Connection refused)");
    }

    @Test
    void anUnreachableGenesysCloudNamesItsLoginHost() {
        Exception failure = new GenesysApiException(0, null, "Genesys Cloud login failed: ConnectException", null,
                new ConnectException());

        assertThat(StartupFailure.describe(failure, ENVIRONMENT)).startsWith("Genesys Cloud cannot be reached")
                .contains("GENESYS_REGION", "GENESYS_LOGIN_URL=https://login.genesys.example.org");
    }

    @Test
    void aRefusedGenesysClientNamesTheClientVariables() {
        Exception failure = new GenesysApiException(401, "{}", "Genesys Cloud login at https://login/oauth/token answered 401",
                null, null);

        assertThat(StartupFailure.describe(failure, ENVIRONMENT)).contains("GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET");
    }

    @Test
    void aTakenPortNamesThePortVariables() {
        Exception failure = new IllegalStateException("server", new BindException("Address already in use"));

        assertThat(StartupFailure.describe(failure, ENVIRONMENT)).contains("CAMEL_SERVER_PORT", "CAMEL_MANAGEMENT_PORT");
    }

    @Test
    void anythingElseNamesItsRootCause() {
        Exception failure = new IllegalStateException("start", new IllegalArgumentException("the disk is full"));

        assertThat(StartupFailure.describe(failure, ENVIRONMENT))
                .isEqualTo("Could not start: IllegalArgumentException: the disk is full");
    }
}
