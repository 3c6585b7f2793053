package io.onewindow.catalog;

import java.util.List;

/**
 * Plan targets carried by other modules (e.g. 一件事一次办 ≥ 10), shown on the targets page beside the items'
 * figures. Implemented by those modules; the catalogue does not depend on them.
 */
public interface MoreTargets {

    List<Target> targets();

    /** A live count against the plan's target, with where to see what it counts. */
    record Target(String label, long count, long target, String link) {

        public boolean met() {
            return count >= target;
        }
    }
}
