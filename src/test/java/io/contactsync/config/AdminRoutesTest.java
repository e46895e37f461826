package io.contactsync.config;

import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which routes are left out when the admin API is not opened: by route group, whatever their ids. */
class AdminRoutesTest {

    @Test
    void aRouteOfTheAdminGroupIsAnAdminRouteWhateverItsId() {
        RouteDefinition route = new RouteDefinition("direct:close-the-books").routeId("close-the-books");
        route.setGroup("admin");

        assertThat(ContactSyncConfiguration.isAdminRoute(route)).isTrue();
    }

    @Test
    void aRouteOutsideTheAdminGroupIsNotAnAdminRouteEvenWithAnAdminLookingId() {
        RouteDefinition route = new RouteDefinition("direct:api-something").routeId("api-something");

        assertThat(ContactSyncConfiguration.isAdminRoute(route)).isFalse();
    }

    @Test
    void theRoutesOfTheRestServicesAreAdminRoutes() {
        RouteDefinition route = new RouteDefinition("rest:get:/api/conflicts").routeId("route-42");

        assertThat(ContactSyncConfiguration.isAdminRoute(route)).isTrue();
    }
}
