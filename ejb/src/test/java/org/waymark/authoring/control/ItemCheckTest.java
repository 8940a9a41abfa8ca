package org.waymark.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.authoring.control.ItemDocument.StepKind;
import org.waymark.authoring.control.ItemDocument.WhenMissing;
import org.waymark.authoring.control.JsonDiff.FieldChange;
import org.waymark.common.boundary.Refusal;

class ItemCheckTest {

    /** The request of the issue, as written. */
    static final String WALKTHRU = """
            {"type": "WALKTHRU", "name": "Create an opportunity", "steps": [
              {"kind": "BALLOON", "title": "New", "body": "Click <b>New</b> to start",
               "element": {"selector": "#new-opportunity", "text": "New"}},
              {"kind": "POPUP", "title": "Done", "body": "That is all"}]}""";

    @Test
    void theWalkthruOfTheIssueIsTakenWithDefaultsWrittenOut() {
        ItemDocument clean = ItemCheck.checked(ItemJson.read(json(WALKTHRU)), ItemCheck.References.NONE);

        assertEquals("Create an opportunity", clean.name());
        assertEquals("en", clean.locale());
        assertEquals(2, clean.steps().size());
        ItemDocument.Step balloon = clean.steps().get(0);
        assertEquals(StepKind.BALLOON, balloon.kind());
        assertEquals("Click <b>New</b> to start", balloon.body());
        assertEquals("#new-opportunity", balloon.element().selector());
        assertEquals(WhenMissing.SKIP, balloon.whenMissing());
        assertNotNull(balloon.id());
        assertEquals(null, clean.steps().get(1).element());
    }

    @Test
    void checkingTheStoredFormAgainChangesNothing() {
        ItemDocument clean = ItemCheck.checked(ItemJson.read(json(WALKTHRU)), ItemCheck.References.NONE);
        ItemDocument stored = ItemJson.read(json(ItemJson.write(clean).toString()));

        assertEquals(clean, stored);
        assertEquals(clean, ItemCheck.checked(stored, ItemCheck.References.NONE));
    }

    @Test
    void everyProblemIsNamedByItsPathAtOnce() {
        String broken = """
                {"type": "WALKTHRU", "name": " ", "label": "x", "steps": [
                  {"kind": "BALLOON", "title": "t"},
                  {"kind": "POPUP", "element": {"selector": "#a"}},
                  {"kind": "WAIT_FOR", "whenMissing": "CENTER", "element": {"selector": "div[[["}}]}""";

        Refusal refusal = assertThrows(Refusal.class, () -> ItemCheck.checked(ItemJson.read(json(broken)), ItemCheck.References.NONE));

        String reason = refusal.getMessage();
        for (String expected : new String[] {"name: required", "label: only for LAUNCHER", "steps[0].element: the element",
            "steps[1]: a popup shows a title", "steps[1].element: a pop-up points at no element", "steps[2].whenMissing",
            "steps[2].element.selector: not a CSS selector"}) {
            assertTrue(reason.contains(expected), () -> expected + " missing in: " + reason);
        }
    }

    @Test
    void theShapeIsCheckedBeforeTheContent() {
        Refusal refusal = assertThrows(Refusal.class, () -> ItemJson.read(json("""
                {"type": "WALKTHRU", "nmae": "x", "steps": [{"kind": "BALOON", "waitSeconds": "ten"}, 3]}""")));

        String reason = refusal.getMessage();
        assertTrue(reason.contains("nmae: no such field"), reason);
        assertTrue(reason.contains("steps[0].kind: one of [BALLOON, POPUP, WAIT_FOR, AUTO], not 'BALOON'"), reason);
        assertTrue(reason.contains("steps[0].waitSeconds: a whole number"), reason);
        assertTrue(reason.contains("steps[1]: an object"), reason);
    }

    @Test
    void aLauncherStartsAWalkthruOfTheSameSystemOrOpensALink() {
        String launcher = """
                {"type": "LAUNCHER", "name": "Help", "label": "?", "element": {"selector": "#save"}, "walkthru": 7}""";

        assertEquals(7L, ItemCheck.checked(ItemJson.read(json(launcher)), new ItemCheck.References(id -> id == 7, id -> false)).walkthru());
        Refusal unknown = assertThrows(Refusal.class, () -> ItemCheck.checked(ItemJson.read(json(launcher)), ItemCheck.References.NONE));
        assertTrue(unknown.getMessage().contains("walkthru: there is no walk-thru 7 in this system"), unknown.getMessage());
        String both = """
                {"type": "LAUNCHER", "name": "Help", "label": "?", "element": {"selector": "#save"}, "walkthru": 7,
                 "url": "javascript:alert(1)"}""";
        Refusal twoActions = assertThrows(Refusal.class, () -> ItemCheck.checked(ItemJson.read(json(both)), new ItemCheck.References(id -> true, id -> false)));
        assertTrue(twoActions.getMessage().contains("one of the two"), twoActions.getMessage());
        assertTrue(twoActions.getMessage().contains("url: an http or https address"), twoActions.getMessage());
    }

    @Test
    void translationsNameTheTextsOfTheItemAndAreSanitizedLikeThem() {
        ItemDocument clean = ItemCheck.checked(ItemJson.read(json(WALKTHRU)), ItemCheck.References.NONE);
        String stepId = clean.steps().get(0).id();

        Map<String, String> german = ItemCheck.checkedTranslation(clean, "de", Map.of("steps." + stepId + ".body",
                "Klicken Sie auf <b onclick=x>Neu</b><script>alert(1)</script>"));

        assertEquals(Map.of("steps." + stepId + ".body", "Klicken Sie auf <b>Neu</b>"), german);
        Refusal refusal = assertThrows(Refusal.class, () -> ItemCheck.checkedTranslation(clean, "en", Map.of("steps.nope.title", "x")));
        assertTrue(refusal.getMessage().contains("the item's own locale"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("steps.nope.title: the item has no such text"), refusal.getMessage());
    }

    @Test
    void controlCharactersDirectionOverridesAndOverlongTextsAreRefused() {
        String hostile = WALKTHRU.replace("\"title\": \"New\"", "\"title\": \"evil\\u202Etxt.exe\"")
                .replace("That is all", "x".repeat(ItemCheck.BODY_INPUT_MAX + 1));

        Refusal refusal = assertThrows(Refusal.class, () -> ItemCheck.checked(ItemJson.read(json(hostile)), ItemCheck.References.NONE));

        assertTrue(refusal.getMessage().contains("steps[0].title: no control characters or direction overrides"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("steps[1].body: at most 5000 characters"), refusal.getMessage());
    }

    @Test
    void aDescriptionKeepsItsLinesButNoOtherControlCharacters() {
        String described = WALKTHRU.replace("\"name\": \"Create an opportunity\"",
                "\"name\": \"Create an opportunity\", \"description\": \"For sales:\\r\\n\\tnew deals\\nonly\"");

        assertEquals("For sales:\n\tnew deals\nonly", ItemCheck.checked(ItemJson.read(json(described)), ItemCheck.References.NONE).description());
        Refusal refusal = assertThrows(Refusal.class, () -> ItemCheck.checked(ItemJson.read(json(described.replace("only", "\\u0007only"))),
                ItemCheck.References.NONE));
        assertTrue(refusal.getMessage().contains("description: no control characters other than line ends"), refusal.getMessage());
        assertThrows(Refusal.class, () -> ItemCheck.checked(ItemJson.read(json(described.replace("only", "\\u202Eonly"))),
                ItemCheck.References.NONE), "no direction override");
    }

    @Test
    void aLibraryElementIsWrittenFirstAndFollowedByItsSelector() {
        ItemDocument tip = ItemCheck.checked(ItemJson.read(json("""
                {"type": "SMART_TIP", "name": "Tip", "body": "b", "element": {"selector": "#new", "elementId": 12}}""")),
                new ItemCheck.References(id -> false, id -> id == 12));

        // Elements.remove finds the items that use an element by this form of the stored document
        assertTrue(ItemJson.write(tip).toString().contains("\"element\":{\"elementId\":12,\"selector\":\"#new\""),
                ItemJson.write(tip)::toString);
    }

    @Test
    void aMovedStepIsAChangeOfOrderNotOfEveryStep() {
        ItemDocument clean = ItemCheck.checked(ItemJson.read(json(WALKTHRU)), ItemCheck.References.NONE);
        ItemDocument swapped = new ItemDocument(clean.type(), clean.name(), clean.description(), clean.tags(), clean.locale(),
                clean.display(), clean.startUrl(), List.of(clean.steps().get(1), clean.steps().get(0)), null, null, null, null, null,
                null, null, null, null, null, null, clean.translations());

        List<FieldChange> changes = JsonDiff.between(ItemJson.write(clean), ItemJson.write(swapped));

        assertEquals(1, changes.size(), changes::toString);
        assertEquals("steps (order)", changes.get(0).field());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
