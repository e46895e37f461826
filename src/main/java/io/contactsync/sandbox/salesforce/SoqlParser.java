package io.contactsync.sandbox.salesforce;

import io.contactsync.sandbox.salesforce.SoqlCondition.Operator;
import io.contactsync.sandbox.salesforce.SoqlToken.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A recursive-descent parser for the SOQL subset the emulator answers:
 * <pre>
 * query     := SELECT ( COUNT '(' ')' | path {',' path} ) FROM sObject
 *              [WHERE condition] [ORDER BY key {',' key}] [LIMIT integer]
 * path      := [sObject '.'] field | relationship '.' field          (relationship paths in SELECT only)
 * condition := operand { AND operand } | operand { OR operand }   (mixing AND and OR needs parentheses)
 * operand   := [NOT] ( '(' condition ')' | predicate )            (NOT only first in a condition)
 * predicate := path op value | path LIKE string | path [NOT] IN '(' value {',' value} ')'
 * key       := path [ASC | DESC] [NULLS (FIRST | LAST)]
 * </pre>
 * Anything else is refused with MALFORMED_QUERY; unknown fields and values of the wrong type with
 * INVALID_FIELD; both name the position like Salesforce's messages do.
 */
final class SoqlParser {

    private static final Set<String> UNSUPPORTED_CLAUSES = Set.of("GROUP", "HAVING", "OFFSET", "FOR", "WITH",
            "USING", "UPDATE", "TYPEOF", "ALL");
    private static final String NO_SUCH_COLUMN = "No such column '%s' on entity '%s'. If you are attempting"
            + " to use a custom field, be sure to append the '__c' after the custom field name. Please reference"
            + " your WSDL or the describe call for the appropriate names.";

    private final String text;
    private final List<SoqlToken> tokens;
    private final SalesforceSchema schema;
    /** The queried sObject's fields, known once FROM is read. */
    private FieldCatalogue catalogue;
    private int index;

    private SoqlParser(String text, SalesforceSchema schema) {
        this.text = text;
        this.tokens = SoqlLexer.tokenize(text);
        this.schema = schema;
    }

    /** Parses a query against the org's sObjects and their fields. */
    static SoqlQuery parse(String text, SalesforceSchema schema) {
        return new SoqlParser(text, schema).query();
    }

    private SoqlQuery query() {
        expectKeyword("SELECT");
        boolean count = false;
        List<Path> selected = new ArrayList<>();
        if (peek().isKeyword("COUNT") && peekAt(1).is(Kind.LEFT_PAREN) && peekAt(2).is(Kind.RIGHT_PAREN)) {
            index += 3;
            count = true;
        } else {
            selectList(selected);
        }
        expectKeyword("FROM");
        SoqlToken object = expect(Kind.IDENTIFIER, "an sObject name");
        catalogue = schema.catalogue(EmulatedSObject.named(object.value()).orElseThrow(() -> new ApiException(400,
                "INVALID_TYPE", at(object) + "\nsObject type '" + object.value() + "' is not supported. The sandbox"
                + " emulates " + EmulatedSObject.apiNames()
                + " only.")));
        List<SoqlQuery.Column> select = columns(selected);
        SoqlCondition where = new SoqlCondition.Always();
        if (peek().isKeyword("WHERE")) {
            index++;
            where = condition();
        }
        List<SoqlQuery.OrderKey> order = new ArrayList<>();
        if (peek().isKeyword("ORDER")) {
            if (count) {
                throw ApiException.malformedQuery(at(peek()) + "\nORDER BY is not allowed with COUNT()");
            }
            index++;
            expectKeyword("BY");
            do {
                order.add(orderKey());
            } while (accept(Kind.COMMA));
        }
        OptionalInt limit = OptionalInt.empty();
        if (peek().isKeyword("LIMIT")) {
            index++;
            limit = OptionalInt.of(nonNegativeInteger(expect(Kind.NUMBER, "a number after LIMIT")));
        }
        SoqlToken end = peek();
        if (!end.is(Kind.END)) {
            throw unexpected(end);
        }
        return new SoqlQuery(catalogue.sObject(), select, count, where, order, limit);
    }

    private void selectList(List<Path> selected) {
        do {
            SoqlToken start = peek();
            if (start.is(Kind.LEFT_PAREN)) {
                throw ApiException.malformedQuery(at(start)
                        + "\nrelationship subqueries are not supported by the sandbox's SOQL subset");
            }
            if (start.is(Kind.IDENTIFIER) && peekAt(1).is(Kind.LEFT_PAREN)) {
                throw ApiException.malformedQuery(at(start) + "\nfunctions such as " + start.keyword()
                        + "() are not supported by the sandbox's SOQL subset (only COUNT() alone)");
            }
            if (start.isKeyword("TYPEOF")) {
                throw unexpected(start);
            }
            selected.add(path());
        } while (accept(Kind.COMMA));
    }

    /**
     * The selected paths as columns of the queried sObject, the fields of one parent merged into one column at
     * the place of the first.
     */
    private List<SoqlQuery.Column> columns(List<Path> selected) {
        Set<String> seen = new HashSet<>();
        List<SoqlQuery.Column> columns = new ArrayList<>();
        for (Path path : selected) {
            List<String> parts = withoutQueriedObject(path);
            String key;
            if (parts.size() == 2) {
                SalesforceField lookup = lookup(parts.get(0), path);
                SalesforceField field = parentField(lookup, parts.get(1), path);
                key = lookup.relationshipName() + "." + field.apiName();
                addParentField(columns, lookup, field);
            } else {
                SalesforceField field = field(path);
                key = field.apiName();
                columns.add(new SoqlQuery.FieldColumn(field));
            }
            if (!seen.add(key)) {
                throw ApiException.malformedQuery(at(path.start()) + "\nduplicate field selected: " + key);
            }
        }
        return columns;
    }

    private static void addParentField(List<SoqlQuery.Column> columns, SalesforceField lookup, SalesforceField field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) instanceof SoqlQuery.ParentColumn parent && parent.lookup() == lookup) {
                columns.set(i, parent.with(field));
                return;
            }
        }
        columns.add(new SoqlQuery.ParentColumn(lookup, List.of(field)));
    }

    /** The queried sObject's lookup whose relationship name is {@code relationship}, to an emulated sObject. */
    private SalesforceField lookup(String relationship, Path path) {
        return catalogue.all().stream()
                .filter(f -> relationship.equalsIgnoreCase(f.relationshipName()))
                .filter(f -> EmulatedSObject.named(f.referenceTo()).isPresent())
                .findFirst().orElseThrow(() -> ApiException.invalidField(at(path.start())
                        + "\nDidn't understand relationship '" + relationship + "' in field path. If you are"
                        + " attempting to use a custom relationship, be sure to append the '__r' after the custom"
                        + " relationship name. The sandbox follows lookups to " + EmulatedSObject.apiNames() + " only."));
    }

    private SalesforceField parentField(SalesforceField lookup, String name, Path path) {
        FieldCatalogue parent = schema.catalogue(EmulatedSObject.named(lookup.referenceTo()).orElseThrow());
        return parent.byName(name).orElseThrow(() -> ApiException.invalidField(at(path.start()) + "\n"
                + String.format(NO_SUCH_COLUMN, name, parent.sObject().apiName())));
    }

    /** A dotted field path with the position of its first token. */
    private record Path(List<String> parts, SoqlToken start) {
    }

    private Path path() {
        SoqlToken start = expect(Kind.IDENTIFIER, "a field name");
        List<String> parts = new ArrayList<>(List.of(start.value()));
        while (accept(Kind.DOT)) {
            parts.add(expect(Kind.IDENTIFIER, "a field name after '.'").value());
        }
        return new Path(parts, start);
    }

    /** The path's names after a leading name of the queried sObject ({@code Contact.Email} is {@code Email}). */
    private List<String> withoutQueriedObject(Path path) {
        List<String> parts = path.parts();
        if (parts.size() > 1 && parts.get(0).equalsIgnoreCase(catalogue.sObject().apiName())) {
            return parts.subList(1, parts.size());
        }
        return parts;
    }

    /** A field of the queried sObject itself. */
    private SalesforceField field(Path path) {
        List<String> parts = withoutQueriedObject(path);
        if (parts.size() == 2) {
            lookup(parts.get(0), path);
        }
        if (parts.size() > 1) {
            throw ApiException.invalidField(at(path.start()) + "\nthe sandbox follows a relationship ('"
                    + parts.get(0) + "') in SELECT only, one level deep: filter and sort on the queried sObject's"
                    + " own fields");
        }
        String name = parts.get(0);
        return catalogue.byName(name).orElseThrow(() -> ApiException.invalidField(at(path.start()) + "\n"
                + String.format(NO_SUCH_COLUMN, name, catalogue.sObject().apiName())));
    }

    private SoqlCondition condition() {
        List<SoqlCondition> operands = new ArrayList<>();
        operands.add(operand(true));
        String connective = null;
        while (peek().isKeyword("AND") || peek().isKeyword("OR")) {
            SoqlToken token = next();
            if (connective != null && !connective.equals(token.keyword())) {
                throw ApiException.malformedQuery(at(token) + "\nunexpected token: " + token.keyword()
                        + " (SOQL needs parentheses to combine AND and OR)");
            }
            connective = token.keyword();
            operands.add(operand(false));
        }
        if (connective == null) {
            return operands.get(0);
        }
        return connective.equals("AND") ? new SoqlCondition.And(operands) : new SoqlCondition.Or(operands);
    }

    private SoqlCondition operand(boolean first) {
        if (peek().isKeyword("NOT")) {
            SoqlToken not = next();
            if (!first) {
                throw ApiException.malformedQuery(at(not) + "\nunexpected token: NOT (put the negated condition"
                        + " in parentheses: AND (NOT ...))");
            }
            return new SoqlCondition.Not(simple());
        }
        return simple();
    }

    private SoqlCondition simple() {
        if (accept(Kind.LEFT_PAREN)) {
            SoqlCondition inner = condition();
            expect(Kind.RIGHT_PAREN, "')'");
            return inner;
        }
        return predicate();
    }

    private SoqlCondition predicate() {
        SalesforceField field = usableField("filtered");
        SoqlToken token = next();
        if (token.isKeyword("LIKE")) {
            return like(field, token);
        }
        if (token.isKeyword("IN")) {
            return in(field, false);
        }
        if (token.isKeyword("NOT") && peek().isKeyword("IN")) {
            index++;
            return in(field, true);
        }
        if (token.isKeyword("INCLUDES") || token.isKeyword("EXCLUDES")) {
            throw ApiException.malformedQuery(at(token) + "\n" + token.keyword()
                    + " on multi-select picklists is not supported by the sandbox's SOQL subset");
        }
        if (!token.is(Kind.OPERATOR)) {
            throw unexpected(token);
        }
        Operator operator = switch (token.value()) {
            case "=" -> Operator.EQUALS;
            case "!=", "<>" -> Operator.NOT_EQUALS;
            case "<" -> Operator.LESS;
            case "<=" -> Operator.LESS_OR_EQUAL;
            case ">" -> Operator.GREATER;
            default -> Operator.GREATER_OR_EQUAL;
        };
        if (field.type() == DescribeFieldType.BOOLEAN && operator != Operator.EQUALS && operator != Operator.NOT_EQUALS) {
            throw ApiException.invalidField(at(token) + "\ninvalid operator on boolean field '" + field.apiName()
                    + "'", field.apiName());
        }
        return new SoqlCondition.Comparison(field, operator, value(field));
    }

    private SoqlCondition like(SalesforceField field, SoqlToken like) {
        if (!field.type().isText()) {
            throw ApiException.invalidField(at(like) + "\ninvalid operator on field '" + field.apiName()
                    + "': LIKE applies to text fields", field.apiName());
        }
        SoqlToken pattern = next();
        if (!pattern.is(Kind.STRING)) {
            throw ApiException.malformedQuery(at(pattern) + "\nLIKE needs a quoted pattern, not "
                    + pattern.describe());
        }
        return new SoqlCondition.Like(field, pattern.like());
    }

    private SoqlCondition in(SalesforceField field, boolean negated) {
        expect(Kind.LEFT_PAREN, "'(' after IN");
        if (peek().isKeyword("SELECT")) {
            throw ApiException.malformedQuery(at(peek())
                    + "\nsemi-join subqueries are not supported by the sandbox's SOQL subset");
        }
        List<Object> values = new ArrayList<>();
        do {
            values.add(value(field));
        } while (accept(Kind.COMMA));
        expect(Kind.RIGHT_PAREN, "')' after the IN list");
        return new SoqlCondition.In(field, values, negated);
    }

    /** Reads a literal and converts it to the field's Java type, refusing a literal of another type. */
    private Object value(SalesforceField field) {
        SoqlToken token = next();
        if (token.isKeyword("NULL")) {
            return null;
        }
        DescribeFieldType type = field.type();
        boolean fits = switch (type) {
            case ID, REFERENCE, STRING, EMAIL, PHONE, URL, LONG_TEXT, PICKLIST, MULTIPICKLIST -> token.is(Kind.STRING);
            case DOUBLE -> token.is(Kind.NUMBER);
            case DATE -> token.is(Kind.DATE);
            case DATETIME -> token.is(Kind.DATETIME);
            case BOOLEAN -> token.isKeyword("TRUE") || token.isKeyword("FALSE");
        };
        if (!fits) {
            if (token.is(Kind.COLON)) {
                throw ApiException.malformedQuery(at(token)
                        + "\nbind variables (':name') exist only in Apex, not in the REST API");
            }
            if (token.is(Kind.IDENTIFIER) && !token.isKeyword("TRUE") && !token.isKeyword("FALSE")) {
                throw ApiException.malformedQuery(at(token) + "\nunexpected token: " + token.value()
                        + " (date literals such as TODAY or LAST_N_DAYS:n are not supported by the sandbox;"
                        + " use a datetime like 2024-01-01T00:00:00Z)");
            }
            if (token.is(Kind.END) || token.is(Kind.RIGHT_PAREN) || token.is(Kind.COMMA)) {
                throw unexpected(token);
            }
            boolean quoted = type.isText() || type.isIdentifier();
            throw ApiException.invalidField(at(token) + "\nvalue of filter criterion for field '" + field.apiName()
                    + "' must be of type " + type.soqlName() + " and should " + (quoted ? "" : "not ")
                    + "be enclosed in quotes", field.apiName());
        }
        return switch (type) {
            case ID, REFERENCE -> EmulatedSalesforceIds.normalise(token.value()).orElseThrow(() -> new ApiException(400,
                    "INVALID_QUERY_FILTER_OPERATOR", at(token) + "\ninvalid ID field: " + token.value()));
            case DOUBLE -> new BigDecimal(token.value()).doubleValue();
            case DATE -> date(token);
            case DATETIME -> SalesforceDates.parse(token.value()).orElseThrow(() -> ApiException.malformedQuery(
                    at(token) + "\nline 1:" + token.start() + " no viable alternative at character '"
                            + token.value() + "': not a datetime like 2024-01-01T00:00:00Z"));
            case BOOLEAN -> token.isKeyword("TRUE");
            default -> token.value();
        };
    }

    private LocalDate date(SoqlToken token) {
        try {
            return LocalDate.parse(token.value());
        } catch (DateTimeParseException e) {
            throw ApiException.malformedQuery(at(token) + "\nnot a date like 2024-01-31: " + token.value());
        }
    }

    private SoqlQuery.OrderKey orderKey() {
        SalesforceField field = usableField("sorted");
        boolean ascending = true;
        if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
            ascending = next().isKeyword("ASC");
        }
        boolean nullsFirst = ascending;
        if (peek().isKeyword("NULLS")) {
            index++;
            SoqlToken which = next();
            if (!which.isKeyword("FIRST") && !which.isKeyword("LAST")) {
                throw unexpected(which);
            }
            nullsFirst = which.isKeyword("FIRST");
        }
        return new SoqlQuery.OrderKey(field, ascending, nullsFirst);
    }

    /** A field of the queried sObject that can be filtered or sorted: not a long text area. */
    private SalesforceField usableField(String use) {
        Path path = path();
        SalesforceField field = field(path);
        if (!field.type().isFilterable()) {
            throw ApiException.invalidField(at(path.start()) + "\nfield '" + field.apiName()
                    + "' can not be " + use + " in a query call", field.apiName());
        }
        return field;
    }

    private int nonNegativeInteger(SoqlToken token) {
        try {
            int value = Integer.parseInt(token.value());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.malformedQuery(at(token) + "\nLIMIT must be a non-negative whole number, not "
                + token.value());
    }

    private SoqlToken peek() {
        return tokens.get(index);
    }

    private SoqlToken peekAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private SoqlToken next() {
        SoqlToken token = tokens.get(index);
        if (!token.is(Kind.END)) {
            index++;
        }
        return token;
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            index++;
            return true;
        }
        return false;
    }

    private SoqlToken expect(Kind kind, String what) {
        SoqlToken token = next();
        if (!token.is(kind)) {
            throw ApiException.malformedQuery(at(token) + "\nunexpected token: " + token.describe()
                    + " (expected " + what + ")");
        }
        return token;
    }

    private void expectKeyword(String keyword) {
        SoqlToken token = next();
        if (!token.isKeyword(keyword)) {
            throw ApiException.malformedQuery(at(token) + "\nunexpected token: " + token.describe()
                    + " (expected " + keyword + ")");
        }
    }

    private ApiException unexpected(SoqlToken token) {
        String hint = token.is(Kind.IDENTIFIER) && UNSUPPORTED_CLAUSES.contains(token.keyword())
                ? " (" + token.keyword() + " is not supported by the sandbox's SOQL subset: SELECT fields FROM"
                + " sObject [WHERE ...] [ORDER BY ...] [LIMIT n])"
                : "";
        return ApiException.malformedQuery(at(token) + "\nunexpected token: " + token.describe() + hint);
    }

    private String at(SoqlToken token) {
        return "ERROR at " + SoqlLexer.where(text, token.start());
    }
}
