package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits SOQL text into tokens; refuses characters and escapes SOQL does not have. */
final class SoqlLexer {

    private final String text;
    private int position;

    private SoqlLexer(String text) {
        this.text = text;
    }

    static List<SoqlToken> tokenize(String text) {
        return new SoqlLexer(text).all();
    }

    /** "Row:r:Column:c" of an offset, the way Salesforce reports query errors. */
    static String where(String text, int offset) {
        int row = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                row++;
                column = 1;
            } else {
                column++;
            }
        }
        return "Row:" + row + ":Column:" + column;
    }

    private List<SoqlToken> all() {
        List<SoqlToken> tokens = new ArrayList<>();
        while (true) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position >= text.length()) {
                tokens.add(new SoqlToken(SoqlToken.Kind.END, "", null, position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private SoqlToken next() {
        int start = position;
        char c = text.charAt(position);
        if (Character.isLetter(c) || c == '_') {
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                    || text.charAt(position) == '_')) {
                position++;
            }
            return token(SoqlToken.Kind.IDENTIFIER, start);
        }
        if (Character.isDigit(c) || (c == '-' && position + 1 < text.length()
                && Character.isDigit(text.charAt(position + 1)))) {
            return numberOrDate(start);
        }
        if (c == '\'') {
            return string(start);
        }
        position++;
        return switch (c) {
            case ',' -> token(SoqlToken.Kind.COMMA, start);
            case '.' -> token(SoqlToken.Kind.DOT, start);
            case '(' -> token(SoqlToken.Kind.LEFT_PAREN, start);
            case ')' -> token(SoqlToken.Kind.RIGHT_PAREN, start);
            case '=' -> token(SoqlToken.Kind.OPERATOR, start);
            case '<', '>' -> {
                if (position < text.length() && (text.charAt(position) == '='
                        || (c == '<' && text.charAt(position) == '>'))) {
                    position++;
                }
                yield token(SoqlToken.Kind.OPERATOR, start);
            }
            case '!' -> {
                if (position < text.length() && text.charAt(position) == '=') {
                    position++;
                    yield token(SoqlToken.Kind.OPERATOR, start);
                }
                throw unexpected(start, "'!'");
            }
            case '"' -> throw ApiException.malformedQuery("ERROR at " + where(text, start)
                    + "\nstring literals must be enclosed in single quotes");
            case ':' -> token(SoqlToken.Kind.COLON, start);
            default -> throw unexpected(start, "'" + c + "'");
        };
    }

    private SoqlToken numberOrDate(int start) {
        if (text.charAt(position) == '-') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        boolean date = position - start == 4 && position < text.length() && text.charAt(position) == '-';
        if (date) {
            while (position < text.length() && isDateTimeChar(text.charAt(position))) {
                position++;
            }
            String literal = text.substring(start, position);
            return new SoqlToken(literal.contains("T") ? SoqlToken.Kind.DATETIME : SoqlToken.Kind.DATE, literal,
                    null, start);
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
        }
        return token(SoqlToken.Kind.NUMBER, start);
    }

    private static boolean isDateTimeChar(char c) {
        return Character.isDigit(c) || c == '-' || c == ':' || c == '.' || c == '+' || c == 'T' || c == 'Z';
    }

    private SoqlToken string(int start) {
        StringBuilder value = new StringBuilder();
        StringBuilder like = new StringBuilder();
        StringBuilder literalRun = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                throw ApiException.malformedQuery("ERROR at " + where(text, start)
                        + "\nunterminated string literal");
            }
            char c = text.charAt(position++);
            if (c == '\'') {
                like.append(Pattern.quote(literalRun.toString()));
                return new SoqlToken(SoqlToken.Kind.STRING, value.toString(),
                        Pattern.compile(like.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                                | Pattern.DOTALL), start);
            }
            if (c == '%' || c == '_') {
                like.append(Pattern.quote(literalRun.toString())).append(c == '%' ? ".*" : ".");
                literalRun.setLength(0);
                value.append(c);
                continue;
            }
            char decoded = c == '\\' ? escape(start) : c;
            value.append(decoded);
            literalRun.append(decoded);
        }
    }

    private char escape(int literalStart) {
        if (position >= text.length()) {
            throw ApiException.malformedQuery("ERROR at " + where(text, literalStart)
                    + "\nunterminated string literal");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case 'n', 'N' -> '\n';
            case 'r', 'R' -> '\r';
            case 't', 'T' -> '\t';
            case 'b', 'B' -> '\b';
            case 'f', 'F' -> '\f';
            case '"', '\'', '\\', '%', '_' -> c;
            default -> throw ApiException.malformedQuery("ERROR at " + where(text, position - 2)
                    + "\nInvalid string literal: illegal escape sequence '\\" + c + "'");
        };
    }

    private SoqlToken token(SoqlToken.Kind kind, int start) {
        return new SoqlToken(kind, text.substring(start, position), null, start);
    }

    private ApiException unexpected(int offset, String what) {
        return ApiException.malformedQuery("ERROR at " + where(text, offset) + "\nunexpected character: " + what);
    }
}
