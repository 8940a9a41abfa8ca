package org.waymark.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.waymark.authoring.boundary.Items;

/** authoring/reviews.xhtml: what waits for the user's review, with the changes since the last approved revision. */
@Named
@RequestScoped
public class ReviewsBacking {

    @Inject
    Items items;

    private List<Items.Waiting> queue;

    public List<Items.Waiting> getQueue() {
        if (queue == null) {
            queue = items.reviewQueue();
        }
        return queue;
    }
}
