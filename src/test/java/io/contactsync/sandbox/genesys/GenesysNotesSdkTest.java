package io.contactsync.sandbox.genesys;

import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import com.mypurecloud.sdk.v2.model.CursorNoteListing;
import com.mypurecloud.sdk.v2.model.ExternalContact;
import com.mypurecloud.sdk.v2.model.Note;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact notes through Genesys Cloud's official Java SDK 198.1.0, unchanged: the notes scan above all. */
class GenesysNotesSdkTest extends GenesysEmulatorTestBase {

    private ExternalContactsApi api;

    @BeforeEach
    void connectSdk() {
        api = fixture.sdk(token);
    }

    @Test
    void notesScanPagesThroughEveryNoteOfEveryContactExactlyOnce() throws Exception {
        String ada = contact("Lovelace");
        String grace = contact("Hopper");
        Map<String, String> writtenOn = new HashMap<>();
        for (int i = 0; i < 25; i++) {
            String contactId = i % 3 == 0 ? grace : ada;
            Note note = api.postExternalcontactsContactNotes(contactId, note("note " + i));
            writtenOn.put(note.getId(), contactId);
        }

        List<Note> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            CursorNoteListing page = api.getExternalcontactsScanNotes(10, cursor);
            pages++;
            seen.addAll(page.getEntities());
            cursor = page.getCursors() == null ? null : page.getCursors().getAfter();
            if (cursor == null) {
                assertThat(page.getNextUri()).isNull();
            } else {
                assertThat(page.getNextUri()).startsWith("/api/v2/externalcontacts/scan/notes?limit=10&cursor=");
            }
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(Note::getId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(writtenOn.keySet());
        assertThat(seen).allSatisfy(note -> {
            assertThat(note.getEntityId()).isEqualTo(writtenOn.get(note.getId()));
            assertThat(note.getEntityType()).isEqualTo(Note.EntityTypeEnum.CONTACT);
            assertThat(note.getNoteText()).startsWith("note ");
            assertThat(note.getCreateDate()).isNotNull();
        });
    }

    @Test
    void notesScanShowsAnEditedNoteWithItsNewModifyDateAndNoDeletedOne() throws Exception {
        String ada = contact("Lovelace");
        Note kept = api.postExternalcontactsContactNotes(ada, note("Prefers email"));
        Note deleted = api.postExternalcontactsContactNotes(ada, note("Call back Monday"));
        fixture.clock.advance(Duration.ofMinutes(3));
        api.putExternalcontactsContactNote(ada, kept.getId(), note("Prefers phone"));
        api.deleteExternalcontactsContactNote(ada, deleted.getId());

        CursorNoteListing scan = api.getExternalcontactsScanNotes(null, null);

        assertThat(scan.getEntities()).singleElement().satisfies(note -> {
            assertThat(note.getNoteText()).isEqualTo("Prefers phone");
            assertThat(note.getCreateDate()).isEqualTo(kept.getCreateDate());
            assertThat(note.getModifyDate()).isAfter(kept.getModifyDate());
        });
        assertThat(scan.getCursors() == null ? null : scan.getCursors().getAfter()).isNull();
    }

    @Test
    void notesScanRefusesALimitOutsideTenToTwoHundredAndABadCursor() {
        for (Integer limit : List.of(9, 201)) {
            assertThatThrownBy(() -> api.getExternalcontactsScanNotes(limit, null))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
        }
        assertThatThrownBy(() -> api.getExternalcontactsScanNotes(10, "not-a-cursor"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    private String contact(String lastName) throws Exception {
        return api.postExternalcontactsContacts(new ExternalContact().firstName("Ada").lastName(lastName)).getId();
    }

    /** Without {@code createdBy}: the SDK's User has no id setter, and the emulator does not require an author. */
    private static Note note(String text) {
        return new Note().noteText(text);
    }
}
