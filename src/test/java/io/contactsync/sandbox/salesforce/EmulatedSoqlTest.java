package io.contactsync.sandbox.salesforce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatedSoqlTest {

    private static final List<SObjectRecord> RECORDS = new ArrayList<>();

    static {
        add(1, "Ada", "Lovelace", "ada@example.com", "Engineer", "London", "1815-12-10", 51.5, "2024-01-01T00:00:00Z");
        add(2, "Grace", "Hopper", "grace@example.com", "Admiral", "New York", "1906-12-09", 40.7, "2024-01-02T00:00:00Z");
        add(3, "Alan", "Turing", null, "Engineer", "London", null, null, "2024-01-03T00:00:00Z");
        add(4, "Maureen", "O'Hara", "o'hara@x.com", null, "Dublin", null, null, "2024-01-04T12:00:00Z");
        add(5, null, "Discount", "discount@x.com", "50% off", null, null, null, "2024-01-05T00:00:00Z");
        add(6, null, "Bargain", "bargain@x.com", "50X off", null, null, null, "2024-01-06T00:00:00Z");
        SObjectRecord gone = record(7, "Gus", "Gone", "gone@x.com", "Engineer", "London", null, null,
                "2024-01-07T00:00:00Z");
        RECORDS.add(gone.deleted("005", Instant.parse("2024-01-08T00:00:00Z")));
    }

    private static void add(int n, String first, String last, String email, String title, String city,
                            String birthdate, Double latitude, String created) {
        RECORDS.add(record(n, first, last, email, title, city, birthdate, latitude, created));
    }

    private static SObjectRecord record(int n, String first, String last, String email, String title, String city,
                                        String birthdate, Double latitude, String created) {
        Map<SalesforceField, Object> values = new LinkedHashMap<>();
        values.put(SalesforceContactField.FIRST_NAME, first);
        values.put(SalesforceContactField.LAST_NAME, last);
        values.put(SalesforceContactField.EMAIL, email);
        values.put(SalesforceContactField.TITLE, title);
        values.put(SalesforceContactField.MAILING_CITY, city);
        values.put(SalesforceContactField.BIRTHDATE, birthdate == null ? null : LocalDate.parse(birthdate));
        values.put(SalesforceContactField.MAILING_LATITUDE, latitude);
        return SObjectRecord.created(id(n), values, "005000000000001AAA", Instant.parse(created));
    }

    private static String id(int n) {
        return EmulatedSalesforceIds.id(EmulatedSalesforceIds.CONTACT_PREFIX, n);
    }

    private static List<String> lastNames(String soql, boolean includeDeleted) {
        return SoqlExecution.run(SoqlParser.parse(soql, new SalesforceSchema()), RECORDS, includeDeleted).stream()
                .map(r -> (String) r.get(SalesforceContactField.LAST_NAME)).toList();
    }

    private static List<String> where(String condition) {
        return lastNames("SELECT Id FROM Contact WHERE " + condition, false);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("Email = 'ada@example.com'", List.of("Lovelace")),
                Arguments.of("email = 'ADA@EXAMPLE.COM'", List.of("Lovelace")),
                Arguments.of("Email != 'ada@example.com'", List.of("Hopper", "Turing", "O'Hara", "Discount", "Bargain")),
                Arguments.of("Email <> 'ada@example.com'", List.of("Hopper", "Turing", "O'Hara", "Discount", "Bargain")),
                Arguments.of("Email = null", List.of("Turing")),
                Arguments.of("Email != NULL", List.of("Lovelace", "Hopper", "O'Hara", "Discount", "Bargain")),
                Arguments.of("Email = 'o\\'hara@x.com'", List.of("O'Hara")),
                Arguments.of("Email = 'x\\' OR LastName != \\''", List.of()),
                Arguments.of("LastName = 'O\\'Hara'", List.of("O'Hara")),
                Arguments.of("Title < 'B'", List.of("Hopper", "Discount", "Bargain")),
                Arguments.of("Title <= 'admiral'", List.of("Hopper", "Discount", "Bargain")),
                Arguments.of("Title > 'Admiral'", List.of("Lovelace", "Turing")),
                Arguments.of("Title >= 'Engineer'", List.of("Lovelace", "Turing")),
                Arguments.of("CreatedDate > 2024-01-02T00:00:00Z", List.of("Turing", "O'Hara", "Discount", "Bargain")),
                Arguments.of("CreatedDate >= 2024-01-02T00:00:00.000Z",
                        List.of("Hopper", "Turing", "O'Hara", "Discount", "Bargain")),
                Arguments.of("CreatedDate < 2024-01-02T01:00:00+01:00", List.of("Lovelace")),
                Arguments.of("CreatedDate <= 2024-01-02T00:00:00+00:00", List.of("Lovelace", "Hopper")),
                Arguments.of("SystemModstamp = 2024-01-04T12:00:00.000Z", List.of("O'Hara")),
                Arguments.of("CreatedDate > 2024-01-04T08:00:00-05:00", List.of("Discount", "Bargain")),
                Arguments.of("Birthdate < 1900-01-01", List.of("Lovelace")),
                Arguments.of("Birthdate = 1906-12-09", List.of("Hopper")),
                Arguments.of("MailingLatitude > 45", List.of("Lovelace")),
                Arguments.of("MailingLatitude <= 40.7", List.of("Hopper")),
                Arguments.of("Title LIKE 'eng%'", List.of("Lovelace", "Turing")),
                Arguments.of("Title LIKE '50\\% off'", List.of("Discount")),
                Arguments.of("Title LIKE '50_ off'", List.of("Discount", "Bargain")),
                Arguments.of("Title LIKE '50%'", List.of("Discount", "Bargain")),
                Arguments.of("Email LIKE '%@x.com'", List.of("O'Hara", "Discount", "Bargain")),
                Arguments.of("MailingCity IN ('London', 'Dublin')", List.of("Lovelace", "Turing", "O'Hara")),
                Arguments.of("MailingCity NOT IN ('London')", List.of("Hopper", "O'Hara", "Discount", "Bargain")),
                Arguments.of("MailingCity IN ('london', null)", List.of("Lovelace", "Turing", "Discount", "Bargain")),
                Arguments.of("IsDeleted = false", List.of("Lovelace", "Hopper", "Turing", "O'Hara", "Discount", "Bargain")),
                Arguments.of("Title = 'Engineer' AND MailingCity = 'London'", List.of("Lovelace", "Turing")),
                Arguments.of("Title = 'Engineer' AND MailingCity = 'London' AND FirstName = 'Ada'", List.of("Lovelace")),
                Arguments.of("Title = 'Engineer' OR MailingCity = 'Dublin'", List.of("Lovelace", "Turing", "O'Hara")),
                Arguments.of("NOT Title = 'Engineer'", List.of("Hopper", "O'Hara", "Discount", "Bargain")),
                Arguments.of("NOT Title = 'Engineer' AND MailingCity = 'Dublin'", List.of("O'Hara")),
                Arguments.of("(Title = 'Engineer' OR MailingCity = 'Dublin') AND FirstName = 'Alan'", List.of("Turing")),
                Arguments.of("Title = 'Engineer' OR (MailingCity = 'Dublin' AND FirstName = 'Alan')",
                        List.of("Lovelace", "Turing")),
                Arguments.of("Title = 'Engineer' AND (NOT FirstName = 'Ada')", List.of("Turing")),
                Arguments.of("NOT (Title = 'Engineer' OR Title = null)", List.of("Hopper", "Discount", "Bargain")),
                Arguments.of("((LastName = 'Hopper'))", List.of("Hopper")),
                Arguments.of("Id = '" + id(1) + "'", List.of("Lovelace")),
                Arguments.of("Id = '" + id(2).substring(0, 15) + "'", List.of("Hopper")),
                Arguments.of("Id > '" + id(5) + "'", List.of("Bargain")),
                Arguments.of("Contact.LastName = 'Turing'", List.of("Turing")));
    }

    @ParameterizedTest(name = "WHERE {0}")
    @MethodSource("filters")
    void filtersLikeSalesforce(String condition, List<String> expected) {
        assertThat(where(condition)).containsExactlyElementsOf(expected);
    }

    @Test
    void queryAllIncludesDeletedRecordsAndQueryDoesNot() {
        assertThat(lastNames("SELECT Id FROM Contact WHERE Title = 'Engineer'", false))
                .containsExactly("Lovelace", "Turing");
        assertThat(lastNames("SELECT Id FROM Contact WHERE Title = 'Engineer'", true))
                .containsExactly("Lovelace", "Turing", "Gone");
        assertThat(lastNames("SELECT Id FROM Contact WHERE IsDeleted = true", true)).containsExactly("Gone");
    }

    static Stream<Arguments> orderings() {
        return Stream.of(
                Arguments.of("ORDER BY LastName", List.of("Bargain", "Discount", "Hopper", "Lovelace", "O'Hara", "Turing")),
                Arguments.of("ORDER BY CreatedDate DESC LIMIT 2", List.of("Bargain", "Discount")),
                Arguments.of("ORDER BY Title, LastName DESC",
                        List.of("O'Hara", "Discount", "Bargain", "Hopper", "Turing", "Lovelace")),
                Arguments.of("ORDER BY Title ASC NULLS LAST, LastName ASC",
                        List.of("Discount", "Bargain", "Hopper", "Lovelace", "Turing", "O'Hara")),
                Arguments.of("ORDER BY MailingCity DESC, CreatedDate DESC",
                        List.of("Hopper", "Turing", "Lovelace", "O'Hara", "Bargain", "Discount")),
                Arguments.of("ORDER BY MailingCity DESC NULLS FIRST, FirstName",
                        List.of("Discount", "Bargain", "Hopper", "Lovelace", "Turing", "O'Hara")),
                Arguments.of("ORDER BY SystemModstamp, Id LIMIT 3", List.of("Lovelace", "Hopper", "Turing")),
                Arguments.of("LIMIT 0", List.of()),
                Arguments.of("", List.of("Lovelace", "Hopper", "Turing", "O'Hara", "Discount", "Bargain")));
    }

    @ParameterizedTest(name = "SELECT Id FROM Contact {0}")
    @MethodSource("orderings")
    void sortsAndLimits(String tail, List<String> expected) {
        assertThat(lastNames("SELECT Id FROM Contact " + tail, false)).containsExactlyElementsOf(expected);
    }

    @Test
    void projectsSelectedFieldsInQueryOrderWithCanonicalNamesAndAnEmptyAccount() {
        SoqlQuery query = SoqlParser.parse("select email, ID, account.name, createddate from contact "
                + "where lastname = 'Lovelace'", new SalesforceSchema());
        SObjectRecord ada = SoqlExecution.run(query, RECORDS, false).get(0);

        Map<String, Object> row = query.row(ada, "v56.0", id -> Optional.empty());

        assertThat(row.keySet()).containsExactly("attributes", "Email", "Id", "Account", "CreatedDate");
        assertThat(row.get("Account")).isNull();
        assertThat(row.get("CreatedDate")).isEqualTo("2024-01-01T00:00:00.000+0000");
        assertThat(row.get("Id")).isEqualTo(id(1));
    }

    @Test
    void mergesTheSelectedFieldsOfTheAccountIntoOneNestedRecord() {
        SoqlQuery query = SoqlParser.parse("SELECT Account.Name, LastName, account.phone FROM Contact",
                new SalesforceSchema());
        Instant stamp = Instant.parse("2024-01-01T00:00:00Z");
        SObjectRecord acme = SObjectRecord.created(EmulatedSalesforceIds.id(EmulatedSalesforceIds.ACCOUNT_PREFIX, 1),
                Map.of(SalesforceAccountField.NAME, "Acme", SalesforceAccountField.PHONE, "555-0100"), "005", stamp);
        SObjectRecord ada = SObjectRecord.created(id(1), Map.of(SalesforceContactField.LAST_NAME, "Lovelace",
                SalesforceContactField.ACCOUNT_ID, acme.id()), "005", stamp);

        Map<String, Object> row = query.row(ada, "v56.0", id -> id.equals(acme.id()) ? Optional.of(acme) : Optional.empty());

        assertThat(row.keySet()).containsExactly("attributes", "Account", "LastName");
        assertThat(row.get("Account")).isEqualTo(Map.of("attributes", Map.of("type", "Account",
                "url", "/services/data/v56.0/sobjects/Account/" + acme.id()), "Name", "Acme", "Phone", "555-0100"));
    }

    @Test
    void queriesAccountsByTheirOwnFields() {
        SoqlQuery query = SoqlParser.parse("SELECT Account.Id, Name FROM Account WHERE Industry = 'Retail'"
                + " ORDER BY SystemModstamp, Id", new SalesforceSchema());

        assertThat(query.from()).isEqualTo(EmulatedSObject.ACCOUNT);
        assertThat(query.select()).containsExactly(new SoqlQuery.FieldColumn(SalesforceAccountField.ID),
                new SoqlQuery.FieldColumn(SalesforceAccountField.NAME));
    }

    @Test
    void countReturnsOnlyTheNumberOfMatches() {
        SoqlQuery query = SoqlParser.parse("SELECT COUNT() FROM Contact WHERE MailingCity = 'London'", new SalesforceSchema());

        assertThat(query.count()).isTrue();
        assertThat(SoqlExecution.run(query, RECORDS, false)).hasSize(2);
    }

    static Stream<Arguments> unsupported() {
        return Stream.of(
                Arguments.of("SELECT Id FROM Contact GROUP BY LastName", "GROUP is not supported"),
                Arguments.of("SELECT COUNT(Id) FROM Contact", "functions such as COUNT()"),
                Arguments.of("SELECT FIELDS(ALL) FROM Contact", "functions such as FIELDS()"),
                Arguments.of("SELECT Id, (SELECT Id FROM Cases) FROM Contact", "relationship subqueries"),
                Arguments.of("SELECT Id FROM Contact WHERE Id IN (SELECT ContactId FROM Case)", "semi-join"),
                Arguments.of("SELECT Id FROM Contact LIMIT 10 OFFSET 5", "OFFSET is not supported"),
                Arguments.of("SELECT Id FROM Contact FOR UPDATE", "FOR is not supported"),
                Arguments.of("SELECT Id FROM Contact WITH SECURITY_ENFORCED", "WITH is not supported"),
                Arguments.of("SELECT Id FROM Contact WHERE CreatedDate = TODAY", "date literals such as TODAY"),
                Arguments.of("SELECT Id FROM Contact WHERE CreatedDate > LAST_N_DAYS:3", "date literals"),
                Arguments.of("SELECT Id FROM Contact WHERE Email = :email", "bind variables"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = \"x\"", "single quotes"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 'x' AND Email = 'y' OR Title = 'z'",
                        "needs parentheses to combine AND and OR"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 'x' OR Email = 'y' AND Title = 'z'",
                        "needs parentheses to combine AND and OR"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 'x' AND NOT Email = 'y'", "unexpected token: NOT"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 'open", "unterminated string literal"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 'a\\qb'", "illegal escape sequence '\\q'"),
                Arguments.of("SELECT Id Contact", "expected FROM"),
                Arguments.of("SELECT Id FROM Contact WHERE", "unexpected token: <EOF>"),
                Arguments.of("SELECT Id FROM Contact WHERE (LastName = 'x'", "expected ')'"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 'x')", "unexpected token: )"),
                Arguments.of("SELECT Id, id FROM Contact", "duplicate field selected: Id"),
                Arguments.of("SELECT Id FROM Contact LIMIT -1", "LIMIT must be a non-negative whole number"),
                Arguments.of("SELECT Id FROM Contact WHERE CreatedDate > 2024-13-01T00:00:00Z", "not a datetime"),
                Arguments.of("SELECT Id FROM Contact WHERE Email INCLUDES ('a')", "multi-select picklists"),
                Arguments.of("SELECT Id FROM Contact ORDER BY LastName NULLS MIDDLE", "unexpected token: MIDDLE"),
                Arguments.of("DELETE FROM Contact", "expected SELECT"));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("SELECT Foo FROM Contact", "INVALID_FIELD", "No such column 'Foo' on entity 'Contact'"),
                Arguments.of("SELECT Id FROM Contact WHERE Foo__c = 'x'", "INVALID_FIELD", "No such column 'Foo__c'"),
                Arguments.of("SELECT Id FROM Contact ORDER BY Bar", "INVALID_FIELD", "No such column 'Bar'"),
                Arguments.of("SELECT Owner.Name FROM Contact", "INVALID_FIELD", "Didn't understand relationship 'Owner'"),
                Arguments.of("SELECT Id FROM Contact WHERE LastName = 5", "INVALID_FIELD",
                        "must be of type string and should be enclosed in quotes"),
                Arguments.of("SELECT Id FROM Contact WHERE CreatedDate > '2024-01-01T00:00:00Z'", "INVALID_FIELD",
                        "must be of type dateTime and should not be enclosed in quotes"),
                Arguments.of("SELECT Id FROM Contact WHERE CreatedDate > 2024-01-01", "INVALID_FIELD",
                        "must be of type dateTime"),
                Arguments.of("SELECT Id FROM Contact WHERE Birthdate > 2024-01-01T00:00:00Z", "INVALID_FIELD",
                        "must be of type date"),
                Arguments.of("SELECT Id FROM Contact WHERE IsDeleted = 'true'", "INVALID_FIELD", "must be of type boolean"),
                Arguments.of("SELECT Id FROM Contact WHERE IsDeleted > false", "INVALID_FIELD", "invalid operator"),
                Arguments.of("SELECT Id FROM Contact WHERE CreatedDate LIKE 'x%'", "INVALID_FIELD", "LIKE applies to text"),
                Arguments.of("SELECT Id FROM Contact WHERE Description = 'x'", "INVALID_FIELD", "can not be filtered"),
                Arguments.of("SELECT Id FROM Contact ORDER BY Description", "INVALID_FIELD", "can not be sorted"),
                Arguments.of("SELECT Id FROM Contact WHERE Account.Name = 'Acme'", "INVALID_FIELD", "in SELECT only"),
                Arguments.of("SELECT Account.Owner.Name FROM Contact", "INVALID_FIELD", "one level deep"),
                Arguments.of("SELECT Account.Shoe_Size__c FROM Contact", "INVALID_FIELD",
                        "No such column 'Shoe_Size__c' on entity 'Account'"),
                Arguments.of("SELECT Id, LastName FROM Account", "INVALID_FIELD", "No such column 'LastName' on entity 'Account'"),
                Arguments.of("SELECT Id FROM Contact WHERE Id = 'not-an-id'", "INVALID_QUERY_FILTER_OPERATOR",
                        "invalid ID field"),
                Arguments.of("SELECT Id FROM Opportunity", "INVALID_TYPE", "sObject type 'Opportunity' is not supported"));
    }

    static Stream<Arguments> refused() {
        return Stream.concat(unsupported().map(a -> Arguments.of(a.get()[0], "MALFORMED_QUERY", a.get()[1])),
                invalidFields());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refused")
    void refusesWhatTheSubsetDoesNotCoverWithAClearError(String soql, String errorCode, String explanation) {
        assertThatThrownBy(() -> SoqlParser.parse(soql, new SalesforceSchema())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).isEqualTo(errorCode);
            assertThat(e.errors().get(0).message()).contains(explanation).contains("ERROR at Row:1:Column:");
        });
    }

    @Test
    void decodesEveryStringEscape() {
        SoqlToken literal = SoqlLexer.tokenize("'a\\'b\\\\c\\nd\\te\\\"f\\rg\\bh\\fi\\%j\\_k'").get(0);

        assertThat(literal.value()).isEqualTo("a'b\\c\nd\te\"f\rg\bh\fi%j_k");
    }

    @Test
    void reportsTheRowAndColumnOfAnError() {
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id\nFROM Contact\nWHERE Email = = 'x'", new SalesforceSchema()))
                .hasMessageContaining("ERROR at Row:3:Column:15");
    }
}
