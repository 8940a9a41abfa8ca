package org.waymark.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.boundary.ItemFilter;
import org.waymark.authoring.boundary.Items;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.entity.ContentItem;
import org.waymark.authoring.entity.ItemState;
import org.waymark.authoring.entity.ItemType;
import org.waymark.authoring.entity.TargetSystem;

/**
 * authoring/content.xhtml?system=…: the content list of one system. Filtering, searching, sorting
 * and paging happen in the database, one page at a time, so thousands of items stay fast.
 */
@Named
@ViewScoped
public class ContentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Items items;

    @Inject
    transient Systems systems;

    @Inject
    transient AccessControl access;

    private String system;
    private List<TargetSystem> visibleSystems = List.of();
    private boolean mayEdit;
    private String search;
    private String tag;
    /** Names, as the check-box menus submit them (a collection's element type is unknown to Faces). */
    private List<String> types = List.of();
    private List<String> states = List.of();
    private final LazyDataModel<ContentItem> model = new Page();

    /** f:viewAction: without a system in the address, the first one the user may see content of. */
    public void load() {
        Optional<Set<Long>> viewable = access.callerSystemsWith(Permission.CONTENT_VIEW);
        visibleSystems = systems.list().stream().filter(s -> viewable.map(ids -> ids.contains(s.getId())).orElse(true)).toList();
        if ((system == null || system.isBlank()) && !visibleSystems.isEmpty()) {
            system = visibleSystems.get(0).getKey();
        }
        Long systemId = system == null ? null : access.systemIdOf(system);
        mayEdit = systemId != null && access.callerMay(Permission.CONTENT_EDIT, systemId);
    }

    /** The rows of one page, read when the table asks for them. */
    private final class Page extends LazyDataModel<ContentItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return system == null ? 0 : (int) items.count(system, filter());
        }

        @Override
        public List<ContentItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (system == null) {
                return List.of();
            }
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            ItemFilter.Sort by = sort == null ? ItemFilter.Sort.UPDATED : switch (sort.getField()) {
                case "name" -> ItemFilter.Sort.NAME;
                case "type" -> ItemFilter.Sort.TYPE;
                case "state" -> ItemFilter.Sort.STATE;
                case "owner" -> ItemFilter.Sort.OWNER;
                default -> ItemFilter.Sort.UPDATED;
            };
            boolean descending = sort == null || sort.getOrder() == SortOrder.DESCENDING;
            return items.page(system, filter(), by, descending, first, Math.min(pageSize, Items.MAX_PAGE));
        }

        @Override
        public String getRowKey(ContentItem item) {
            return String.valueOf(item.getId());
        }
    }

    private ItemFilter filter() {
        return new ItemFilter(types.stream().map(ItemType::valueOf).collect(Collectors.toSet()),
                states.stream().map(ItemState::valueOf).collect(Collectors.toSet()), search, tag, null);
    }

    public List<ItemType> getAllTypes() {
        return List.of(ItemType.values());
    }

    public List<ItemState> getAllStates() {
        return List.of(ItemState.values());
    }

    public LazyDataModel<ContentItem> getModel() {
        return model;
    }

    public List<TargetSystem> getVisibleSystems() {
        return visibleSystems;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? List.of() : List.copyOf(types);
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states == null ? List.of() : List.copyOf(states);
    }
}
