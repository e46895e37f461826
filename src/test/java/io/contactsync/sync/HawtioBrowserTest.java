package io.contactsync.sync;

import io.contactsync.api.HawtioConsole;
import org.apache.camel.Route;
import org.apache.camel.api.management.ManagedCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Hawtio console from the jar in a real headless Chromium, reading the running sync through Jolokia on the
 * management server (forwarded at /hawtio/jolokia): the Camel tree with every route, and the routes table with the
 * exchange counts of a sync run.
 */
class HawtioBrowserTest extends BrowserScenario {

    /**
     * The console's first start: 18 MB of script to parse on a busy machine, then the JMX tree from Jolokia, whose
     * route groups the tree test opens one at a time. In the full suite on 2 cores this once took longer than 2
     * minutes.
     */
    static final Duration CONSOLE_START = Duration.ofSeconds(240);

    @BeforeEach
    void start() {
        assumeTrue(new HawtioConsole().built(), "the console was not built (npm not found)");
        sync = new SyncHarness(data, Map.of(), HawtioServingScenarioTest.withManagementServer(Map.of()));
        sync.apis.seedBothSides(6, 1);
        page = new DashboardPage(profile);
    }

    @Test
    void theCamelTreeListsEveryRouteOfTheSync() {
        List<String> routeIds = sync.context().getRoutes().stream().map(Route::getRouteId).sorted().toList();
        assertThat(routeIds).contains("sync-cycle", "poll-salesforce", "poll-genesys", "route-pair", "write-genesys",
                "write-salesforce", "hawtio-console");

        page.open(sync.adminUrl() + "/hawtio/camel");

        List<String> shown = page.waitFor(CONSOLE_START, () -> {
            // one closed group at a time: opening one renders the tree anew
            page.findAll(routeGroups() + "[aria-expanded='false'] > div .pf-v6-c-tree-view__node-toggle").stream()
                    .findFirst().ifPresent(WebElement::click);
            List<String> names = page.findAll(routeItems()).stream().map(item -> item.getAttribute("textContent")).toList();
            return names.containsAll(routeIds) ? names : null;
        });
        assertThat(shown).containsExactlyInAnyOrderElementsOf(routeIds);
    }

    @Test
    void theRoutesTableShowsTheExchangeCountsOfASyncRun() {
        sync.runCycle();
        ManagedCamelContext managed = sync.context().getCamelContextExtension().getContextPlugin(ManagedCamelContext.class);
        List<String> syncRoutes = List.of("sync-cycle", "poll-salesforce", "poll-genesys", "correlate", "route-pair",
                "write-salesforce", "write-genesys");
        Map<String, String> completed = syncRoutes.stream().collect(Collectors.toMap(Function.identity(),
                id -> String.valueOf(managed.getManagedRoute(id).getExchangesCompleted())));
        assertThat(completed).allSatisfy((id, count) -> assertThat(Long.parseLong(count)).as(id).isPositive());

        page.open(sync.adminUrl() + "/hawtio/camel/routes");
        page.waitFor(CONSOLE_START, () -> page.findAll(routeGroups()));
        page.click("a[href='/hawtio/camel/routes']");

        Map<String, String> shown = page.waitFor(() -> {
            Map<String, String> rows = page.findAll("#camel-routes-table tbody tr").stream().collect(Collectors.toMap(
                    row -> cell(row, "Name"), row -> cell(row, "Completed"), (a, b) -> a));
            return rows.keySet().containsAll(syncRoutes) ? rows : null;
        });
        assertThat(syncRoutes.stream().collect(Collectors.toMap(Function.identity(), shown::get))).isEqualTo(completed);
        page.screenshot("hawtio-routes");
    }

    /**
     * The Camel tree's folder of this sync's routes; the tree names the context by its JMX name, which is
     * contact-sync unless another context of that name is registered.
     */
    private String routesFolder() {
        return "li[id='org.apache.camel-CamelContexts-" + sync.context().getManagementName() + "-routes-folder']";
    }

    /** The route groups' folders in it (admin, and default for the routes without a group), open or closed. */
    private String routeGroups() {
        return routesFolder() + " > ul > li";
    }

    /** The routes in the open groups. */
    private String routeItems() {
        return routeGroups() + " > ul > li > div .pf-v6-c-tree-view__node-text";
    }

    private static String cell(WebElement row, String label) {
        return row.findElement(By.cssSelector("td[data-label='" + label + "']")).getText().strip();
    }
}
