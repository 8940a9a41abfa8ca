package org.waymark.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.waymark.authoring.boundary.Items;
import org.waymark.authoring.control.ItemCheck;
import org.waymark.authoring.control.ItemDocument;
import org.waymark.web.faces.Flash;

/**
 * authoring/translate.xhtml?system=…&id=…&locale=…: a Translator's view of one item: each text in
 * the item's language next to its translation into the chosen locale. Saving changes only the
 * translations (CONTENT_TRANSLATE, checked by the service).
 */
@Named
@ViewScoped
public class TranslateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Items items;

    @Inject
    transient Flash flash;

    private String system;
    private Long id;
    private String locale;
    private String name;
    private String sourceLocale;
    private int revision;
    private final List<Row> rows = new ArrayList<>();
    private List<String> otherLocales = List.of();

    /** One text: its id, the original and its translation as edited. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String textId;
        private final String original;
        private final boolean rich;
        private String translation;

        Row(String textId, String original, boolean rich, String translation) {
            this.textId = textId;
            this.original = original;
            this.rich = rich;
            this.translation = translation;
        }

        public String getTextId() {
            return textId;
        }

        public String getOriginal() {
            return original;
        }

        public boolean isRich() {
            return rich;
        }

        public String getTranslation() {
            return translation;
        }

        public void setTranslation(String translation) {
            this.translation = translation;
        }
    }

    /** f:viewAction: the item's texts and, for the chosen locale, their translations so far. */
    public void load() {
        Items.Item item = items.get(system, id);
        ItemDocument document = item.document();
        name = item.item().getName();
        sourceLocale = document.locale();
        revision = item.item().getLatestRevision();
        otherLocales = List.copyOf(document.translations().keySet());
        rows.clear();
        if (locale != null && !locale.isBlank()) {
            // as the service stores it: pt-br is pt-BR (the service refuses what is no tag)
            locale = Objects.requireNonNullElse(ItemCheck.languageTag(locale), locale);
            Map<String, String> translated = document.translations().getOrDefault(locale, Map.of());
            document.texts().forEach((textId, text) -> rows.add(new Row(textId, text.value(), text.rich(), translated.get(textId))));
        }
    }

    public String save() {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.stream().filter(row -> row.translation != null && !row.translation.isBlank())
                .forEach(row -> texts.put(row.textId, row.translation));
        Items.Item saved = items.translate(system, id, locale, texts, revision);
        return flash.redirect("authoring.translate.saved", saved.item().getName(), locale, saved.item().getLatestRevision());
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getName() {
        return name;
    }

    public String getSourceLocale() {
        return sourceLocale;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getOtherLocales() {
        return otherLocales;
    }
}
