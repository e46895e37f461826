package io.contactsync.sync;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;

/** One scrape of {@code /observe/metrics} (Prometheus text format), read by metric name and labels. */
record PrometheusScrape(String text) {

    /** The value of the sample with this name whose labels include all of {@code labels}; empty when none. */
    OptionalDouble value(String name, Map<String, String> labels) {
        return Arrays.stream(text.split("\n"))
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    double value(String name) {
        return value(name, Map.of()).orElseThrow(() -> new AssertionError("no metric " + name + " in\n" + text));
    }

    /** The sum over every sample of this name whose labels include all of {@code labels}. */
    double sum(String name, Map<String, String> labels) {
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
