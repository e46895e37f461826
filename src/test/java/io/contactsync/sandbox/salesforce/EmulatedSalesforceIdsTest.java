package io.contactsync.sandbox.salesforce;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EmulatedSalesforceIdsTest {

    @Test
    void computesTheCaseInsensitiveSuffixLikeSalesforce() {
        assertThat(EmulatedSalesforceIds.normalise("a0D30000001n7Pi")).contains("a0D30000001n7PiEAI");
        assertThat(EmulatedSalesforceIds.normalise("a0D30000001n7PiEAI")).contains("a0D30000001n7PiEAI");
        assertThat(EmulatedSalesforceIds.normalise("a0D30000001n7Pieai")).contains("a0D30000001n7PiEAI");
    }

    @Test
    void refusesTextThatIsNoId() {
        assertThat(EmulatedSalesforceIds.normalise("a0D30000001n7PiAAA")).isEqualTo(Optional.empty());
        assertThat(EmulatedSalesforceIds.normalise("003-not-an-id!!")).isEmpty();
        assertThat(EmulatedSalesforceIds.normalise("003")).isEmpty();
        assertThat(EmulatedSalesforceIds.normalise(null)).isEmpty();
    }

    @Test
    void issuedIdsAreEighteenCharactersWithTheirPrefixAndSortInIssueOrder() {
        List<String> ids = new ArrayList<>();
        for (long n : new long[]{1, 9, 10, 61, 62, 3_843, 3_844, 1_000_000, 56_800_235_583L}) {
            ids.add(EmulatedSalesforceIds.id(EmulatedSalesforceIds.CONTACT_PREFIX, n));
        }

        assertThat(ids).allSatisfy(id -> {
            assertThat(id).hasSize(18).startsWith("003");
            assertThat(EmulatedSalesforceIds.normalise(id.substring(0, 15))).contains(id);
        });
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
