package org.waymark.authoring.boundary;

import java.util.Set;
import org.waymark.authoring.entity.ItemState;
import org.waymark.authoring.entity.ItemType;

/**
 * Which items of a system the content list shows; empty sets and nulls do not filter.
 *
 * @param search words found in the name or description, in any letter case
 * @param tag    exactly, in any letter case
 */
public record ItemFilter(Set<ItemType> types, Set<ItemState> states, String search, String tag, String owner) {

    public ItemFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        states = states == null ? Set.of() : Set.copyOf(states);
        search = search == null || search.isBlank() ? null : search.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** The orders the content list offers. */
    public enum Sort {
        NAME, TYPE, STATE, OWNER, UPDATED
    }
}
