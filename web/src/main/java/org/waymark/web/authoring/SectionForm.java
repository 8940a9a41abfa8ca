package org.waymark.web.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.waymark.authoring.control.ItemDocument.Entry;
import org.waymark.authoring.control.ItemDocument.Section;

/** A section of a resource menu as the form edits it: a title and its entries, in order. */
public class SectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String title;
    private final List<EntryForm> entries = new ArrayList<>();

    static SectionForm of(Section section) {
        SectionForm form = new SectionForm();
        form.id = section.id();
        form.title = section.title();
        section.entries().forEach(entry -> form.entries.add(EntryForm.of(entry)));
        return form;
    }

    Section toSection() {
        return new Section(id, title, entries.stream().map(EntryForm::toEntry).toList());
    }

    public void addEntry() {
        entries.add(new EntryForm());
    }

    public void removeEntry(EntryForm entry) {
        entries.remove(entry);
    }

    /** Moves the entry at {@code index} one place up ({@code by} -1) or down (1); at an end it stays. */
    public void moveEntry(int index, int by) {
        ItemForm.move(entries, index, index + by);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    /** A walk-thru of the same system, or a titled link. */
    public static class EntryForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private Long walkthru;
        private String title;
        private String url;

        static EntryForm of(Entry entry) {
            EntryForm form = new EntryForm();
            form.id = entry.id();
            form.walkthru = entry.walkthru();
            form.title = entry.title();
            form.url = entry.url();
            return form;
        }

        Entry toEntry() {
            return walkthru != null ? new Entry(id, walkthru, null, null) : new Entry(id, null, title, url);
        }

        public Long getWalkthru() {
            return walkthru;
        }

        public void setWalkthru(Long walkthru) {
            this.walkthru = walkthru;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }
}
