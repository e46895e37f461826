package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The link from a contact to its external organization ({@code externalOrganization: {id}}): a contact may
 * only name an organization that exists, {@code expand=externalOrganization} puts the whole organization in
 * its place, and deleting an organization detaches its contacts (both UNCONFIRMED, see {@link GenesysBehaviour}).
 */
final class OrganizationLinks {

    static final String EXPAND = "externalOrganization";

    private final GenesysRecordStore<ContactFields, ExternalContact> contacts;
    private final GenesysRecordStore<OrganizationFields, ExternalOrganization> organizations;
    private final Supplier<GenesysBehaviour> behaviour;

    OrganizationLinks(GenesysRecordStore<ContactFields, ExternalContact> contacts,
                      GenesysRecordStore<OrganizationFields, ExternalOrganization> organizations,
                      Supplier<GenesysBehaviour> behaviour) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.behaviour = behaviour;
    }

    /**
     * Checks that the organization a contact is given exists; one it already names may be gone (when deleting an
     * organization leaves its contacts naming it), so that such a contact can still be updated.
     *
     * @param current the contact's current fields, null on create
     * @throws EmulatedGenesysError 400 {@code invalid.property} (or 404, as configured) naming the missing one
     */
    void requireOrganization(ContactFields contact, ContactFields current) {
        ExternalOrganizationRef ref = contact.externalOrganization();
        if (ref == null || current != null && ref.equals(current.externalOrganization())
                || organizations.get(ref.id()).isPresent()) {
            return;
        }
        String problem = "no external organization " + ref.id() + " exists";
        if (behaviour.get().missingOrganizationStatus() == 404) {
            throw new EmulatedGenesysError(404, "not.found", "The contact's externalOrganization: " + problem + ".");
        }
        throw EmulatedGenesysError.invalidFields("The contact is invalid",
                List.of(new FieldError("externalOrganization.id", ref.id(), problem)));
    }

    /** The contacts that name the organization, in id order. */
    List<ExternalContact> contactsOf(String organizationId) {
        return contacts.all().stream().filter(c -> names(c, organizationId)).toList();
    }

    /** Detaches the deleted organization's contacts, when so configured. */
    void organizationDeleted(String organizationId) {
        if (!behaviour.get().detachContactsOfDeletedOrganization()) {
            return;
        }
        for (ExternalContact contact : contactsOf(organizationId)) {
            contacts.update(contact.id(), current -> names(current, organizationId)
                    ? current.fields().withExternalOrganization(null) : current.fields());
        }
    }

    /**
     * The contact as answered: with {@code expand=externalOrganization}, its organization in full (when it still
     * exists), otherwise as stored ({@code {id, selfUri}}).
     */
    Object render(ExternalContact contact, Set<String> expand) {
        ExternalOrganizationRef ref = contact.fields().externalOrganization();
        if (ref == null || !expand.contains(EXPAND)) {
            return contact;
        }
        return organizations.get(ref.id()).<Object>map(org -> GenesysJson.MAPPER.<ObjectNode>valueToTree(contact)
                .set(EXPAND, GenesysJson.MAPPER.valueToTree(org))).orElse(contact);
    }

    private static boolean names(ExternalContact contact, String organizationId) {
        ExternalOrganizationRef ref = contact.fields().externalOrganization();
        return ref != null && organizationId.equals(ref.id());
    }
}
