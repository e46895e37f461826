package io.contactsync.sandbox.salesforce;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed WHERE clause. Values are already converted to the field's Java type by the parser, so evaluating
 * a condition never fails. Null is a value like any other, as in SOQL: {@code Email = null} matches a
 * missing email and {@code Email != 'x'} matches it too; an ordering comparison with null never matches.
 */
sealed interface SoqlCondition {

    boolean matches(SObjectRecord record);

    enum Operator { EQUALS, NOT_EQUALS, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL }

    record Comparison(SalesforceField field, Operator operator, Object value) implements SoqlCondition {
        @Override
        public boolean matches(SObjectRecord record) {
            Object actual = record.get(field);
            return switch (operator) {
                case EQUALS -> FieldValues.equal(field.type(), actual, value);
                case NOT_EQUALS -> !FieldValues.equal(field.type(), actual, value);
                case LESS -> ordered(actual) && FieldValues.compare(field.type(), actual, value) < 0;
                case LESS_OR_EQUAL -> ordered(actual) && FieldValues.compare(field.type(), actual, value) <= 0;
                case GREATER -> ordered(actual) && FieldValues.compare(field.type(), actual, value) > 0;
                case GREATER_OR_EQUAL -> ordered(actual) && FieldValues.compare(field.type(), actual, value) >= 0;
            };
        }

        private boolean ordered(Object actual) {
            return actual != null && value != null;
        }
    }

    record Like(SalesforceField field, Pattern pattern) implements SoqlCondition {
        @Override
        public boolean matches(SObjectRecord record) {
            Object actual = record.get(field);
            return actual != null && pattern.matcher((String) actual).matches();
        }
    }

    record In(SalesforceField field, List<Object> values, boolean negated) implements SoqlCondition {
        public In {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        @Override
        public boolean matches(SObjectRecord record) {
            Object actual = record.get(field);
            boolean found = values.stream().anyMatch(v -> FieldValues.equal(field.type(), actual, v));
            return found != negated;
        }
    }

    record And(List<SoqlCondition> operands) implements SoqlCondition {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(SObjectRecord record) {
            for (SoqlCondition operand : operands) {
                if (!operand.matches(record)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(List<SoqlCondition> operands) implements SoqlCondition {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(SObjectRecord record) {
            for (SoqlCondition operand : operands) {
                if (operand.matches(record)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(SoqlCondition operand) implements SoqlCondition {
        @Override
        public boolean matches(SObjectRecord record) {
            return !operand.matches(record);
        }
    }

    /** No WHERE clause. */
    record Always() implements SoqlCondition {
        @Override
        public boolean matches(SObjectRecord record) {
            return true;
        }
    }
}
