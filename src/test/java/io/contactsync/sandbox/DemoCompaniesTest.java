package io.contactsync.sandbox;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCompaniesTest {

    private final SeedRequest request = new SeedRequest(200, 42L, 0.5, 0.1, false, 4);

    @Test
    void theSameRequestGivesTheSameCompaniesAndEmployers() {
        SeedRequest again = new SeedRequest(200, 42L, 0.5, 0.1, false, 4);

        assertThat(DemoCompanies.company(again, 3)).isEqualTo(DemoCompanies.company(request, 3));
        assertThat(IntStream.range(0, 200).mapToObj(i -> DemoCompanies.employer(again, i)))
                .containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> DemoCompanies.employer(request, i)).toList());
    }

    @Test
    void mostPeopleWorkForOneOfTheRequestsCompanies() {
        long employed = IntStream.range(0, 200).mapToObj(i -> DemoCompanies.employer(request, i))
                .filter(OptionalInt::isPresent).count();

        assertThat(employed).isBetween(140L, 180L);
        assertThat(IntStream.range(0, 200).mapToObj(i -> DemoCompanies.employer(request, i))
                .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt)).allMatch(c -> c >= 0 && c < 4);
        assertThat(IntStream.range(0, 4).mapToObj(c -> DemoCompanies.company(request, c).name()).distinct()).hasSize(4);
    }

    @Test
    void withoutCompaniesNobodyHasAnEmployer() {
        SeedRequest peopleOnly = new SeedRequest(50, 42L, 0.5, 0.1, false);

        assertThat(IntStream.range(0, 50).mapToObj(i -> DemoCompanies.employer(peopleOnly, i))).allMatch(OptionalInt::isEmpty);
    }
}
