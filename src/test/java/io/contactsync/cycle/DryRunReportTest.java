package io.contactsync.cycle;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Echoes;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.NewReviewItem;
import io.contactsync.store.ReviewKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

class DryRunReportTest {

    private static final Contact ANN = Contact.empty().with(ContactField.LAST_NAME, "Lee")
            .with(ContactField.EMAIL, "ann@example.com");
    private static final FieldConflict TITLE_CONFLICT = new FieldConflict(ContactField.TITLE, "Dr", "Prof", "Mx",
            Instant.EPOCH, Instant.EPOCH, FieldPolicy.SALESFORCE, Side.SALESFORCE, "Prof");
    private static final FieldConflict MANUAL_CONFLICT = new FieldConflict(ContactField.CITY, "Oslo", "Rome", "Bern",
            Instant.EPOCH, Instant.EPOCH, FieldPolicy.MANUAL, null, null);

    static Stream<Arguments> pairs() {
        return Stream.of(
                row("a Salesforce contact alone is created in Genesys Cloud, then named in its origin",
                        DryRunReportTest::createInGenesys, "CREATE_IN_GENESYS",
                        new DryRunReport.SideWrite("UPDATE", Map.of(), DryRunReport.NEW_ID),
                        new DryRunReport.SideWrite("CREATE", Map.of("email", "ann@example.com", "lastName", "Lee"),
                                "003A")),
                row("one-way mode leaves the origin unwritten", () -> {
                    PairPlan plan = createInGenesys();
                    plan.leaveOriginUnlinked();
                    return plan;
                }, "CREATE_IN_GENESYS", null,
                        new DryRunReport.SideWrite("CREATE", Map.of("email", "ann@example.com", "lastName", "Lee"),
                                "003A")),
                row("a changed pair gets a patch on each side that differs", () -> {
                    PairPlan plan = linked(PairPlan.Kind.SYNC, List.of(TITLE_CONFLICT));
                    plan.addWrite(Side.GENESYS, WriteCommand.Operation.UPDATE,
                            new Patch(Map.of(ContactField.TITLE, "Prof")), ANN, null);
                    return plan;
                }, "UPDATE", null, new DryRunReport.SideWrite("UPDATE", Map.of("title", "Prof"), null)),
                row("a new pair that agrees is only linked", () -> new PairPlan(PairPlan.Kind.SYNC, null,
                        record(Side.SALESFORCE, "003A"), record(Side.GENESYS, "g-1"), null, Echoes.none(), ANN,
                        List.of()), "LINK", null, null),
                row("a delete policy that deletes the survivor", () -> {
                    PairPlan plan = linked(PairPlan.Kind.RETIRE, List.of());
                    plan.addWrite(Side.SALESFORCE, WriteCommand.Operation.DELETE, Patch.none(), ANN, null);
                    return plan;
                }, "DELETE_IN_SALESFORCE", new DryRunReport.SideWrite("DELETE", Map.of(), null), null),
                row("a delete policy that unlinks", () -> linked(PairPlan.Kind.RETIRE, List.of()), "UNLINK", null,
                        null));
    }

    private static Arguments row(String name, Supplier<PairPlan> plan, String action, DryRunReport.SideWrite salesforce,
                                 DryRunReport.SideWrite genesys) {
        return Arguments.of(name, plan, action, salesforce, genesys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void eachPairSaysItsActionAndWhatEachSideGets(String name, Supplier<PairPlan> plan, String action,
                                                   DryRunReport.SideWrite salesforce, DryRunReport.SideWrite genesys) {
        DryRunReport.PairPreview pair = report(List.of(plan.get())).pairs().get(0);

        assertThat(pair.action()).isEqualTo(action);
        assertThat(pair.salesforce()).isEqualTo(salesforce);
        assertThat(pair.genesys()).isEqualTo(genesys);
    }

    @Test
    void countsEachActionConflictsByPolicyReviewsAndWhatIsNotWritten() {
        List<PairPlan> plans = pairs().map(row -> ((Supplier<?>) row.get()[1]).get()).map(PairPlan.class::cast)
                .toList();
        PairPlan manual = linked(PairPlan.Kind.SYNC, List.of(MANUAL_CONFLICT));
        List<PairPlan> all = Stream.concat(plans.stream(), Stream.of(manual)).toList();
        NewReviewItem review = new NewReviewItem(CONTACT, ReviewKind.DUPLICATE_EMAIL, "email:x@example.com",
                List.of("003A", "003B"), List.of(), "two contacts share x@example.com", null);

        DryRunReport report = DryRunReport.of("r1", Instant.EPOCH, all, List.of(review), 4, 2,
                List.of("GENESYS g-9: no last name"), "most contacts gone");

        assertThat(report.counts()).isEqualTo(new DryRunReport.ActionCounts(0, 2, 1, 1, 4, 2,
                Map.of("MANUAL", 1, "SALESFORCE", 1), 1, 1, 0, 1, 2, 1));
        assertThat(report.pairCount()).isEqualTo(7);
        assertThat(report.pairs().get(2).conflicts()).containsExactly(new DryRunReport.ConflictPreview("title", "Prof",
                "Mx", "SALESFORCE", Side.SALESFORCE, "Prof"));
        assertThat(report.reviews()).containsExactly(new DryRunReport.ReviewPreview("DUPLICATE_EMAIL",
                "email:x@example.com", List.of("003A", "003B"), List.of(), "two contacts share x@example.com"));
        assertThat(report.holdReason()).isEqualTo("most contacts gone");
        assertThat(report.first(2).pairs()).hasSize(2);
        assertThat(report.first(2).pairCount()).isEqualTo(7);
        assertThat(report.first(2).counts()).isEqualTo(report.counts());
    }

    @Test
    void theCsvHasARowPerFieldASideGetsWithItsConflictBesideAndQuotesWhatNeedsIt() {
        PairPlan changed = linked(PairPlan.Kind.SYNC, List.of(TITLE_CONFLICT, MANUAL_CONFLICT));
        changed.addWrite(Side.GENESYS, WriteCommand.Operation.UPDATE,
                new Patch(Map.of(ContactField.TITLE, "Prof", ContactField.STREET, "1 Main St, \"B\"")), ANN, null);

        String csv = report(List.of(changed, linked(PairPlan.Kind.RETIRE, List.of()))).csv();

        assertThat(csv.split("\r\n")).containsExactly(
                "salesforceId,genesysId,action,side,operation,field,newValue,salesforceValue,genesysValue,policy,winner",
                "003A,g-1,UPDATE,GENESYS,UPDATE,street,\"1 Main St, \"\"B\"\"\",,,,",
                "003A,g-1,UPDATE,GENESYS,UPDATE,title,Prof,Prof,Mx,SALESFORCE,SALESFORCE",
                "003A,g-1,UPDATE,,,city,,Rome,Bern,MANUAL,",
                "003A,g-1,UNLINK,,,,,,,,");
    }

    private static DryRunReport report(List<PairPlan> plans) {
        return DryRunReport.of("r1", Instant.EPOCH, plans, List.of(), 0, 0, List.of(), null);
    }

    private static PairPlan createInGenesys() {
        PairPlan plan = new PairPlan(PairPlan.Kind.SYNC, null, record(Side.SALESFORCE, "003A"), null, null,
                Echoes.none(), ANN, List.of());
        plan.addWrite(Side.GENESYS, WriteCommand.Operation.CREATE, Patch.creating(ANN), null, "003A");
        return plan;
    }

    private static PairPlan linked(PairPlan.Kind kind, List<FieldConflict> conflicts) {
        ContactLink link = new ContactLink(CONTACT, "p1", "003A", "g-1", LinkStatus.ACTIVE, null, null, null, 1, null,
                null, null, null, null, null);
        return new PairPlan(kind, link, record(Side.SALESFORCE, "003A"), record(Side.GENESYS, "g-1"), ANN,
                Echoes.none(), ANN, conflicts);
    }

    private static SideRecord record(Side side, String id) {
        return new SideRecord(side, id, Instant.EPOCH, ANN, null, null, false, List.of());
    }
}
