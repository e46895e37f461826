package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Supplier;

/** The single-contact operations, shared by the one-contact endpoints and each item of the bulk endpoints. */
final class ContactOperations {

    private final GenesysContactStore store;
    private final Supplier<GenesysBehaviour> behaviour;

    ContactOperations(GenesysContactStore store, Supplier<GenesysBehaviour> behaviour) {
        this.store = store;
        this.behaviour = behaviour;
    }

    ExternalContact get(String id) {
        return store.get(id).orElseThrow(() -> EmulatedGenesysError.notFound(id));
    }

    ExternalContact create(JsonNode contact) {
        return store.create(validated(contact));
    }

    /**
     * Replaces the contact (or, when so configured, merges the sent non-null fields into it).
     *
     * @param ifMatch the request's {@code If-Match} header, checked against modifyDate only when so configured
     */
    ExternalContact update(String id, JsonNode contact, String ifMatch) {
        ContactFields sent = validated(contact);
        GenesysBehaviour b = behaviour.get();
        return store.update(id, current -> {
            if (b.enforceIfMatch() && ifMatch != null) {
                String expected = GenesysDates.format(current.modifyDate());
                if (!ifMatch.replace("\"", "").trim().equals(expected)) {
                    throw new EmulatedGenesysError(412, "precondition.failed", "If-Match " + ifMatch
                            + " does not match the contact's modifyDate " + expected + ".");
                }
            }
            return b.replaceOnUpdate() ? sent : GenesysJson.overlay(current.fields(), sent, ContactFields.class);
        }).orElseThrow(() -> EmulatedGenesysError.notFound(id));
    }

    void delete(String id) {
        if (!store.delete(id)) {
            throw EmulatedGenesysError.notFound(id);
        }
    }

    private ContactFields validated(JsonNode contact) {
        return ContactValidator.validate(GenesysJson.convert(contact, ContactFields.class), behaviour.get());
    }
}
