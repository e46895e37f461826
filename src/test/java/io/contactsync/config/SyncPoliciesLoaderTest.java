package io.contactsync.config;

import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.ContactField;
import io.contactsync.model.DeletePolicy;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Side;
import io.contactsync.model.SyncPolicies;
import io.contactsync.settings.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncPoliciesLoaderTest {

    @TempDir
    Path dir;

    @Test
    void thePackagedFileStatesTheDefaults() {
        assertThat(SyncPoliciesLoader.load(null, FieldMapping.defaults())).isEqualTo(SyncPolicies.defaults());
    }

    @Test
    void theDefaultsFollowTheBrief() {
        SyncPolicies defaults = SyncPolicies.defaults();

        assertThat(defaults.policyFor(ContactField.FIRST_NAME)).isEqualTo(FieldPolicy.SALESFORCE);
        assertThat(defaults.policyFor(ContactField.LAST_NAME)).isEqualTo(FieldPolicy.SALESFORCE);
        assertThat(defaults.policyFor(ContactField.TITLE)).isEqualTo(FieldPolicy.SALESFORCE);
        assertThat(defaults.policyFor(ContactField.EMAIL)).isEqualTo(FieldPolicy.LAST_WRITE);
        assertThat(defaults.policyFor(ContactField.MOBILE_PHONE)).isEqualTo(FieldPolicy.LAST_WRITE);
        assertThat(defaults.policyFor(ContactField.CITY)).isEqualTo(FieldPolicy.LAST_WRITE);
        assertThat(defaults.clockSkewTolerance()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.tieBreaker()).isEqualTo(Side.SALESFORCE);
        assertThat(defaults.deletePolicy()).isEqualTo(DeletePolicy.UNLINK);
        assertThat(defaults.resolver()).isEqualTo("threeWayMerge");
        assertThat(defaults.matchByPhone()).isFalse();
    }

    @Test
    void aSmallFileOverridesOnlyWhatItNames() throws IOException {
        Path file = Files.writeString(dir.resolve("policies.yaml"), """
                resolver: fieldPriority
                fieldPolicies:
                  city: genesys
                  email: MANUAL
                clockSkewTolerance: 1.5s
                deletePolicy: propagate
                matchByPhone: true
                defaultPhoneRegion: gb
                massDisappearance: {minLinks: 500}
                """);

        SyncPolicies policies = SyncPoliciesLoader.load(file.toString(), FieldMapping.defaults());

        assertThat(policies.resolver()).isEqualTo("fieldPriority");
        assertThat(policies.policyFor(ContactField.CITY)).isEqualTo(FieldPolicy.GENESYS);
        assertThat(policies.policyFor(ContactField.EMAIL)).isEqualTo(FieldPolicy.MANUAL);
        assertThat(policies.policyFor(ContactField.FIRST_NAME)).isEqualTo(FieldPolicy.SALESFORCE);
        assertThat(policies.clockSkewTolerance()).isEqualTo(Duration.ofMillis(1500));
        assertThat(policies.tieBreaker()).isEqualTo(Side.SALESFORCE);
        assertThat(policies.deletePolicy()).isEqualTo(DeletePolicy.PROPAGATE);
        assertThat(policies.matchByPhone()).isTrue();
        assertThat(policies.defaultPhoneRegion()).isEqualTo("GB");
        assertThat(policies.massDisappearance()).isEqualTo(new MassDisappearance(0.2, 500));
    }

    @Test
    void aFieldsPolicyIsItsMappingsElseTheFilesElseThePackagedOneElseTheDefaultFieldPolicy() throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                extends: classpath:mapping/contact-mapping.yaml
                fields:
                  tier:
                    type: picklist
                    salesforce: { field: Tier__c }
                    genesys: { path: customFields.tier_enum }
                    policy: SALESFORCE
                  language:
                    salesforce: { field: Language__c }
                    genesys: { path: customFields.language_text }
                  score:
                    type: number
                    salesforce: { field: Score__c }
                    genesys: { path: customFields.score_number }
                """);
        Path file = Files.writeString(dir.resolve("policies.yaml"), """
                defaultFieldPolicy: MANUAL
                fieldPolicies:
                  tier: GENESYS
                  language: GENESYS
                """);

        SyncPolicies policies = SyncPoliciesLoader.load(file.toString(), FieldMapping.load(mapping.toString()));

        assertThat(policies.policyFor(new ContactField("tier"))).as("the mapping's").isEqualTo(FieldPolicy.SALESFORCE);
        assertThat(policies.policyFor(new ContactField("language"))).as("the file's").isEqualTo(FieldPolicy.GENESYS);
        assertThat(policies.policyFor(ContactField.CITY)).as("the packaged one").isEqualTo(FieldPolicy.LAST_WRITE);
        assertThat(policies.policyFor(new ContactField("score"))).as("the default").isEqualTo(FieldPolicy.MANUAL);
        assertThat(policies.fields()).hasSize(19);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("policies.yaml"), """
                resolver: newestWins
                fieldPolicies:
                  nickname: GENESYS
                  title: MANUAL
                  tags: GENESYS
                clockSkewTolerance: soon
                defaultPhoneRegion: XX
                massDisappearance: {maxFraction: 1.5}
                """);

        assertThatThrownBy(() -> SyncPoliciesLoader.load(file.toString(), FieldMapping.defaults())).isInstanceOf(SettingsException.class)
                .hasMessageContaining("resolver: Unknown resolver 'newestWins' (known: threeWayMerge, fieldPriority,"
                        + " lastWriteWins)")
                .hasMessageContaining("fieldPolicies.nickname: not a field of the mapping")
                .hasMessageContaining("fieldPolicies.title: MANUAL cannot apply, the mapping makes the field"
                        + " SALESFORCE_TO_GENESYS (settled by its owner, SALESFORCE)")
                .satisfies(e -> assertThat(e.getMessage()).as("tags: GENESYS agrees with its owner")
                        .doesNotContain("fieldPolicies.tags"))
                .hasMessageContaining("clockSkewTolerance: 'soon' is not a duration")
                .hasMessageContaining("defaultPhoneRegion: Unknown phone region 'XX'")
                .hasMessageContaining("massDisappearance.maxFraction must be above 0 and at most 1, not 1.5");
    }

    @Test
    void anUnknownPolicyOrKeyIsAStartupError() throws IOException {
        Path badPolicy = Files.writeString(dir.resolve("a.yaml"), "fieldPolicies:\n  title: NEWEST\n");
        Path badKey = Files.writeString(dir.resolve("b.yaml"), "tieBraker: GENESYS\n");

        assertThatThrownBy(() -> SyncPoliciesLoader.load(badPolicy.toString(), FieldMapping.defaults()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("NEWEST");
        assertThatThrownBy(() -> SyncPoliciesLoader.load(badKey.toString(), FieldMapping.defaults()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("tieBraker");
    }

    @ParameterizedTest
    @CsvSource({"2s, PT2S", "1.5s, PT1.5S", "1m, PT1M", "PT2S, PT2S", "0s, PT0S"})
    void readsDurations(String text, Duration expected) {
        assertThat(SyncPoliciesLoader.parseDuration(text)).isEqualTo(expected);
    }
}
