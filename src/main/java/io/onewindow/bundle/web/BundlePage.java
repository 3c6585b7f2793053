package io.onewindow.bundle.web;

import io.onewindow.bundle.internal.BundleCases;
import io.onewindow.bundle.internal.BundleGuide;
import io.onewindow.casework.BundleMembers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the bundle page shows, read off the member cases: the merged form's values, uploads and the due date. */
final class BundlePage {

    private BundlePage() {
    }

    /** Each merged field's value: the first member that has one (the members were filled from the same form). */
    static Map<String, String> values(BundleCases.View view) {
        Map<String, String> values = new HashMap<>();
        for (BundleGuide.MergedField f : view.guide().form()) {
            for (BundleCases.MemberView m : view.members()) {
                String key = f.memberKeys().get(m.definition().position());
                String value = key == null ? null : m.member().form().get(key);
                if (value != null && !value.isBlank()) {
                    values.put(f.key(), value);
                    break;
                }
            }
        }
        return values;
    }

    /** Merged fields holding verified identity in any member (shown, not editable). */
    /** Merged fields only the new 市场主体's members have, filled from its registration (never typed). */
    static Set<String> registered(BundleCases.View view) {
        Set<String> registered = new HashSet<>();
        for (BundleGuide.MergedField f : view.guide().form()) {
            boolean all = !f.memberKeys().isEmpty();
            for (var e : f.memberKeys().entrySet()) {
                var m = view.members().stream().filter(x -> x.definition().position() == e.getKey()).findFirst();
                all &= m.isPresent() && m.get().definition().forNewEnterprise()
                        && io.onewindow.bundle.internal.BundleCases.firmFields(m.get(), view).contains(e.getValue());
            }
            if (all) {
                registered.add(f.key());
            }
        }
        return registered;
    }

    static Set<String> verified(BundleCases.View view) {
        Set<String> verified = new HashSet<>();
        for (BundleGuide.MergedField f : view.guide().form()) {
            for (BundleCases.MemberView m : view.members()) {
                String key = f.memberKeys().get(m.definition().position());
                if (key != null && m.member().verifiedKeys().contains(key)) {
                    verified.add(f.key());
                }
            }
        }
        return verified;
    }

    /** The file given for each material the applicant hands in (by material name). */
    static Map<String, String> uploads(BundleCases.View view) {
        Map<String, String> uploads = new HashMap<>();
        for (BundleCases.MemberView m : view.members()) {
            for (BundleMembers.Slot s : m.member().materials()) {
                if (s.fileName() != null) {
                    uploads.putIfAbsent(s.name(), s.fileName());
                }
            }
        }
        return uploads;
    }

    /** The latest statutory due date among the members accepted so far: what bounds the whole, for now. */
    static LocalDate dueOn(BundleCases.View view) {
        return view.members().stream().map(m -> m.member().statutoryDue()).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
    }
}
